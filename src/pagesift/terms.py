"""Words and n-grams, counted from one tokenisation of a whole batch.

scikit-learn's text vectorizers tokenise every segment again for every block
and count n-grams in a Python loop per token; that was most of the time spent
labelling a page. Here a batch is tokenised once (`Tokens`: one regular
expression over the joined text, each distinct token looked up once), and
every block (`TermCounts`) turns token ids into counts with numpy alone.
Scoring lives in `frozen.TermCounts` (no scikit-learn); this module adds fitting.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer

from . import frozen
from .batch import SEP, TOKEN, Tokens, _count_matrix, _segments  # noqa: F401 (Tokens, TOKEN: this module's API)

__all__ = ["SEP", "TOKEN", "TermCounts", "Tokens"]


def _df_and_tf(rows: np.ndarray, terms: np.ndarray, n_terms: int) -> tuple[np.ndarray, np.ndarray]:
    """Document frequency and total count of each term, from (row, term) occurrences."""
    tf = np.bincount(terms, minlength=n_terms)
    pairs = np.unique(rows.astype(np.int64) * n_terms + terms)
    df = np.bincount(pairs % n_terms, minlength=n_terms)
    return df, tf


def _grams(piece: str, lo: int, hi: int) -> list[str]:
    padded = f" {piece} "
    return [padded[i: i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]


class TermCounts(frozen.TermCounts, BaseEstimator, TransformerMixin):
    """TF-IDF (or raw counts) of a segment's terms, read from the batch's `Tokens`.

    analyzer="word": lowercased words and, with ngram_range=(1, 2), pairs of
    adjacent words. analyzer="char": character n-grams inside each
    whitespace-separated piece padded with spaces (scikit-learn's "char_wb"),
    case kept. `min_df` and `max_features` prune as scikit-learn's vectorizers
    do (most frequent terms kept). With `max_chars`, longer segments get an
    empty row: character n-grams are for short lines (dates, names, menu items).
    With `min_groups`, fitting on Segments whose `groups` say each row's site keeps
    only terms used on at least that many sites (when there are 10 times as many).
    """

    def __init__(self, analyzer: str = "word", ngram_range: tuple[int, int] = (1, 1), min_df: int = 2,
                 max_features: int | None = None, max_chars: int | None = None, tfidf: bool = True,
                 min_groups: int = 0):
        self.min_groups = min_groups
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.max_chars = max_chars
        self.tfidf = tfidf

    def _char_occurrences(self, seg):
        """Batch-local n-grams: (their strings, rows x n-grams counts)."""
        pieces, occ = self._pieces(seg)
        lo, hi = self.ngram_range
        grams_of = [_grams(p, lo, hi) for p in pieces[1:]]
        gram_index: dict[str, int] = {}
        flat = np.fromiter([gram_index.setdefault(g, len(gram_index)) for gs in grams_of for g in gs],
                           dtype=np.int32)
        owner = np.repeat(np.arange(1, len(pieces), dtype=np.int32), [len(gs) for gs in grams_of])
        # piece x n-gram counts, then each occurrence of a piece adds its n-grams
        per_piece = _count_matrix(owner, flat, len(pieces), len(gram_index))
        return list(gram_index), occ @ per_piece

    # -- fitting: choose the terms

    def fit(self, X, y=None):
        self.fit_transform(X)
        return self

    def fit_transform(self, X, y=None):
        seg = _segments(X)
        if self.analyzer == "word":
            self._fit_words(seg)
        elif self.analyzer == "char":
            self._fit_chars(seg)
        else:
            raise ValueError(f"analyzer must be 'word' or 'char', not {self.analyzer!r}")
        counts = self._counts(seg)
        if self.tfidf:
            self.tfidf_ = TfidfTransformer(sublinear_tf=True).fit(counts)
            return self.tfidf_.transform(counts).astype(np.float32)
        return counts

    def _select(self, df: np.ndarray, tf: np.ndarray, gf: np.ndarray | None = None) -> np.ndarray:
        """Indices of the kept candidates: df >= min_df, then the max_features most frequent."""
        ok = np.where((df >= self.min_df) & (True if gf is None else gf >= self.min_groups))[0]
        if self.max_features is not None and len(ok) > self.max_features:
            order = np.lexsort((ok, -tf[ok]))  # most frequent first; ties in a fixed order
            ok = np.sort(ok[order[: self.max_features]])
        return ok

    def _fit_words(self, seg):
        words, ids, rows = self._word_tokens(seg)
        n_words = len(words)
        df1, tf1 = _df_and_tf(rows, ids, n_words)
        base = np.where(df1 >= self.min_df)[0]  # only these can be in a frequent pair
        base_of = np.full(n_words, -1, dtype=np.int64)
        base_of[base] = np.arange(len(base))
        b = base_of[ids]
        cand_words = base
        if self.ngram_range[1] >= 2:
            first, second = self._pairs(b, rows)
            keys = b[first] * len(base) + b[second]
            uniq, key_idx = np.unique(keys, return_inverse=True)
            df2, tf2 = _df_and_tf(rows[first], key_idx.astype(np.int64), len(uniq))
        else:
            uniq, df2, tf2 = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
        uni_ok = self.ngram_range[0] <= 1
        df = np.concatenate([df1[cand_words] if uni_ok else np.zeros(0, np.int64), df2])
        tf = np.concatenate([tf1[cand_words] if uni_ok else np.zeros(0, np.int64), tf2])
        gf = None
        groups = getattr(seg, "groups", None)
        if self.min_groups and groups is not None and len(np.unique(groups)) >= 10 * self.min_groups:
            # sites per term: a term of one site's template or one issuer's names is left out
            # (only with many sites: a few hand-labelled files would leave no words at all)
            g = groups[rows]
            gf1 = _df_and_tf(g, ids, n_words)[0]
            gf2 = _df_and_tf(g[first], key_idx.astype(np.int64), len(uniq))[0] if self.ngram_range[1] >= 2 \
                else np.zeros(0, np.int64)
            gf = np.concatenate([gf1[cand_words] if uni_ok else np.zeros(0, np.int64), gf2])
        kept = self._select(df, tf, gf)
        n_uni = len(cand_words) if uni_ok else 0
        kept_uni = cand_words[kept[kept < n_uni]]
        kept_pairs = uniq[kept[kept >= n_uni] - n_uni]
        pair_words = base[np.concatenate([kept_pairs // len(base), kept_pairs % len(base)])] if len(base) else kept_uni
        # the words the model needs: its own unigrams and the halves of its pairs
        needed = np.unique(np.concatenate([kept_uni, pair_words]))
        self.vocabulary_ = {words[w]: i for i, w in enumerate(needed)}
        new_of = np.full(n_words, -1, dtype=np.int64)
        new_of[needed] = np.arange(len(needed))
        self.unigram_col_ = np.full(len(needed), -1, dtype=np.int32)
        self.unigram_col_[new_of[kept_uni]] = np.arange(len(kept_uni), dtype=np.int32)
        pair_keys = new_of[base[kept_pairs // len(base)]] * len(needed) + new_of[base[kept_pairs % len(base)]] \
            if len(base) else np.zeros(0, np.int64)
        order = np.argsort(pair_keys)
        self.pair_keys_ = pair_keys[order]
        self.pair_cols_ = (len(kept_uni) + order).astype(np.int32)
        self.n_features_out_ = len(kept_uni) + len(pair_keys)

    def _fit_chars(self, seg):
        grams, counts = self._char_occurrences(seg)
        binary = counts.copy()
        binary.data[:] = 1
        df = np.asarray(binary.sum(axis=0)).ravel().astype(np.int64)
        tf = np.asarray(counts.sum(axis=0)).ravel()
        kept = self._select(df, tf)
        self.vocabulary_ = {grams[g]: i for i, g in enumerate(kept)}
        self.n_features_out_ = len(kept)

    def get_feature_names_out(self, input_features=None):
        if self.analyzer == "char":
            names = [""] * self.n_features_out_
            for g, i in self.vocabulary_.items():
                names[i] = g
            return np.asarray(names, dtype=object)
        words = [""] * len(self.vocabulary_)
        for w, i in self.vocabulary_.items():
            words[i] = w
        names = [""] * self.n_features_out_
        for i, col in enumerate(self.unigram_col_):
            if col >= 0:
                names[col] = words[i]
        n = len(words)
        for key, col in zip(self.pair_keys_, self.pair_cols_):
            names[col] = f"{words[key // n]} {words[key % n]}"
        return np.asarray(names, dtype=object)


