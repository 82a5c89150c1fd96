"""TermCounts reads the batch's one tokenisation and counts like scikit-learn's vectorizers."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from conftest import labelled_pages
from pagesift.features import Segments, make_rows, shape_matrix
from pagesift.terms import TOKEN, TermCounts, Tokens

PAGES = [[t for t, _ in p] for p in labelled_pages(12, seed=3)]


@pytest.mark.parametrize("ngrams", [(1, 1), (1, 2)])
def test_word_counts_equal_count_vectorizer(ngrams):
    rows = make_rows(PAGES)
    seg = Segments.from_rows(rows)
    ours = TermCounts(ngram_range=ngrams, min_df=2, tfidf=False).fit(seg)
    theirs = CountVectorizer(ngram_range=ngrams, min_df=2, token_pattern=TOKEN.pattern.split("|")[0]).fit(seg.texts)
    names = list(ours.get_feature_names_out())
    assert sorted(names) == sorted(theirs.get_feature_names_out())  # no max_features: the same terms
    order = [theirs.vocabulary_[n] for n in names]
    assert np.array_equal(ours.transform(seg).toarray(), theirs.transform(seg.texts).toarray()[:, order])


def test_char_counts_equal_char_wb_on_short_lines():
    seg = Segments.from_rows(make_rows(PAGES))
    ours = TermCounts(analyzer="char", ngram_range=(2, 4), min_df=3, max_chars=60, tfidf=False).fit(seg)
    short = [t if len(t) <= 60 else "" for t in seg.texts]
    theirs = CountVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3, lowercase=False).fit(short)
    names = list(ours.get_feature_names_out())
    assert sorted(names) == sorted(theirs.get_feature_names_out())
    order = [theirs.vocabulary_[n] for n in names]
    assert np.array_equal(ours.transform(seg).toarray(), theirs.transform(short).toarray()[:, order])
    long_rows = [i for i, t in enumerate(seg.texts) if len(t) > 60]
    assert long_rows and ours.transform(seg)[long_rows].nnz == 0


def test_char_counts_of_new_text_with_characters_the_vocabulary_lacks():
    fit_on = Segments.from_rows(make_rows(PAGES + [["Café naïve résumé", "Café naïve résumé", "Café résumé"]]))
    ours = TermCounts(analyzer="char", ngram_range=(2, 4), min_df=2, max_chars=60, tfidf=False).fit(fit_on)
    short = [t if len(t) <= 60 else "" for t in fit_on.texts]
    theirs = CountVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, lowercase=False).fit(short)
    new = ["Café 😀 naïve—résumé", "Apr 20, 2024", "ünïcödé ñ", "x", "日本語 Café", "a  b\tc"]
    seg = Segments.from_rows(make_rows([new]))
    order = [theirs.vocabulary_[n] for n in ours.get_feature_names_out()]
    counts = ours.transform(seg)
    assert counts.nnz and np.array_equal(counts.toarray(), theirs.transform(seg.texts).toarray()[:, order])


def test_pairs_never_cross_segments_and_max_features_keeps_the_most_frequent():
    texts = ["alpha beta", "gamma alpha", "beta gamma", "alpha beta"]
    seg = Segments.from_rows(make_rows([texts]))
    step = TermCounts(ngram_range=(1, 2), min_df=1, tfidf=False).fit(seg)
    assert "beta gamma" in step.get_feature_names_out()
    X = step.transform(Segments.from_rows(make_rows([["alpha beta", "gamma"]]))).toarray()
    names = list(step.get_feature_names_out())
    assert X[0, names.index("alpha beta")] == 1 and X[0, names.index("beta gamma")] == 0
    assert X[1, names.index("beta gamma")] == 0 and X[1, names.index("gamma")] == 1
    top = TermCounts(ngram_range=(1, 1), min_df=1, max_features=2, tfidf=False).fit(seg)
    assert sorted(top.get_feature_names_out()) == ["alpha", "beta"]  # 3 each; gamma 2


def test_unseen_words_count_nothing_and_tfidf_rows_are_unit_length():
    seg = Segments.from_rows(make_rows(PAGES))
    step = TermCounts(ngram_range=(1, 2), min_df=2).fit(seg)
    X = step.transform(Segments.from_rows(make_rows([["zyxxy qwopp", "Officials said on Tuesday"]])))
    assert X[0].nnz == 0
    assert np.isclose(np.linalg.norm(X[1].toarray()), 1.0)


def test_tokens_take_keeps_the_rows_in_the_order_asked():
    tokens = Tokens.of(["one two", "three", "four five six"])
    sub = tokens.take(np.array([2, 0]), 3)
    assert [tokens.vocab[i] for i in sub.ids] == ["four", "five", "six", "one", "two"]
    assert sub.seg.tolist() == [0, 0, 0, 1, 1]


def test_tokens_take_may_repeat_rows_and_keeps_lowercase_words():
    tokens = Tokens.of(["One two", "", "Three"])
    tokens.lower()
    sub = tokens.take(np.array([2, 0, 2, 1]), 3)
    assert [tokens.vocab[i] for i in sub.ids] == ["Three", "One", "two", "Three"]
    assert sub.seg.tolist() == [0, 1, 1, 2]
    words, ids = sub.lower()
    assert [words[i] for i in ids] == ["three", "one", "two", "three"]


def test_repeated_lines_are_annotated_once_and_come_out_as_if_each_were_done():
    pages = [["Home | News", "A story that says a thing.", "Home | News"], ["Home | News", "Other, 2024"]]
    seg = Segments.from_pages(pages)
    texts = [t for page in pages for t in page]
    each = Tokens.of(texts)
    assert [seg.tokens.vocab[i] for i in seg.tokens.ids] == [each.vocab[i] for i in each.ids]
    assert seg.tokens.seg.tolist() == each.seg.tolist()
    assert np.array_equal(seg.shapes, shape_matrix(texts))


def test_min_groups_drops_terms_of_a_single_site():
    texts = ["acme widgets announced today", "acme widgets announced profits",
             "the council announced today", "the council met today"]
    seg = Segments.from_pages([texts[:2], texts[2:]] + [["filler"]] * 18)
    seg.groups = np.array([0, 0, 1, 1] + list(range(2, 20)))  # 20 sites
    kept = TermCounts(ngram_range=(1, 2), min_df=2, min_groups=2).fit(seg).get_feature_names_out()
    assert sorted(kept) == ["announced", "announced today", "filler", "today"]
    # fewer than 10 x min_groups sites: the filter stays off rather than leave no words
    few = Segments.from_pages([texts[:2], texts[2:]])
    few.groups = np.array([0, 0, 1, 1])
    assert "acme" in TermCounts(min_df=2, min_groups=2).fit(few).get_feature_names_out()
    # without sites known (a page to label, or min_groups 0) only min_df counts
    everything = TermCounts(ngram_range=(1, 2), min_df=2).fit(seg).get_feature_names_out()
    assert {"acme", "acme widgets", "the council"} <= set(everything)
    # the sites follow the rows a fold takes
    assert seg.take(np.array([3, 0])).groups.tolist() == [1, 0]
