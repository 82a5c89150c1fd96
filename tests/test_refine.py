"""The refiner (refine.py): trees scored with numpy as scikit-learn scores them, features
built for some rows as for all, only unsure lines decided again, and how training
fits it or leaves it out. Refiners fitted here have one set of trees (bags=1) unless the
test reads the default or the bagging: ten sets fit several times slower."""

import numpy as np
import pytest

from conftest import labelled_pages
from pagesift.batch import Segments, _context_block, _context_rows
from pagesift.frozen import Refiner as FrozenRefiner
from pagesift.frozen import _freeze
from pagesift.labels import BOILERPLATE, LABELS
from pagesift.model import load_model
from pagesift.refine import Refiner, trees_of


def _pages(n, seed=1):
    pages = labelled_pages(n, seed=seed)
    return Segments.from_pages([[t for t, _ in p] for p in pages]), np.array([l for p in pages for _, l in p], dtype=object)


def test_trees_score_as_scikit_learn():
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.RandomState(0)
    X = rng.normal(size=(3000, 12))
    y = np.array(LABELS)[(X[:, 0] > 0).astype(int) + (X[:, 1] * X[:, 2] > 0.3)]
    model = HistGradientBoostingClassifier(max_iter=20, max_leaf_nodes=15, max_depth=5, random_state=0).fit(X, y)
    X_new = rng.normal(size=(500, 12))
    # the same logits, class by class, to rounding
    np.testing.assert_allclose(trees_of(model).raw(X_new), model.decision_function(X_new), rtol=0, atol=1e-9)


def test_merged_tree_sets_score_the_mean_of_their_logits():
    from sklearn.ensemble import HistGradientBoostingClassifier

    from pagesift.refine import merge_trees

    rng = np.random.RandomState(0)
    X = rng.normal(size=(2000, 6))
    y = np.where(X[:, 0] + X[:, 1] * X[:, 2] > 0.2, "keep", "boilerplate")
    sets = [trees_of(HistGradientBoostingClassifier(max_iter=5 + 5 * k, max_depth=3 + k, random_state=0)
                     .fit(X[k::2], y[k::2])) for k in range(2)]
    X_new = rng.normal(size=(300, 6))
    merged = merge_trees(sets)
    assert len(merged.roots) == 5 + 10
    np.testing.assert_allclose(merged.raw(X_new), (sets[0].raw(X_new) + sets[1].raw(X_new)) / 2, rtol=0, atol=1e-9)


def test_bagged_trees_are_fitted_on_resampled_pages(fitted):
    """Each bag's trees see the pages drawn for it (some twice, some not at all): the
    bags differ from one another and from trees fitted on every page once."""
    seg, gold, proba, _ = fitted
    one = Refiner(max_iter=10, border=False, run_markers=False, bags=1).fit((seg, proba), gold)
    three = Refiner(max_iter=10, border=False, run_markers=False, bags=3).fit((seg, proba), gold)
    again = Refiner(max_iter=10, border=False, run_markers=False, bags=3).fit((seg, proba), gold)
    rows = one.unsure(proba)
    F = one.features(seg, proba, rows)
    bounds = [*three.trees_.roots[::10], len(three.trees_.value)]  # each bag's nodes, 10 trees each
    bags = [three.trees_.value[a:b] for a, b in zip(bounds, bounds[1:])]

    def differ(a, b):
        return len(a) != len(b) or not np.allclose(a, b)

    assert len(bags) == 3 and differ(bags[0], bags[1]) and differ(bags[1], bags[2])
    assert not np.allclose(one.trees_.raw(F), three.trees_.raw(F))
    np.testing.assert_array_equal(three.trees_.raw(F), again.trees_.raw(F))  # by seed


def test_page_draws_draw_again_a_bag_without_a_label():
    """A label whose lines are all on one page of 40 is left out of about a third of the
    bootstrap draws: those are drawn again, the others kept in order; a label with no
    weight at all can never be drawn, which is an error the caller can catch."""
    from pagesift.refine import TooFewPages, _page_draws

    page = np.repeat(np.arange(40), 5)
    target = np.where(page == 7, "rare", "common")
    weight = np.ones(len(page))
    draws = _page_draws(page, target, weight, bags=20, seed=0)
    assert len(draws) == 20 and all(d[7] > 0 and d.sum() == 40 for d in draws)
    rng = np.random.default_rng(0)
    plain = [rng.multinomial(40, np.full(40, 1 / 40)) for _ in range(60)]
    assert any(d[7] == 0 for d in plain[:20])  # the guard had work to do at this seed
    np.testing.assert_array_equal(draws, [d for d in plain if d[7] > 0][:20])
    with pytest.raises(TooFewPages, match="leaving a label out"):
        _page_draws(page, target, np.where(target == "rare", 0.0, 1.0), bags=2, seed=0)


def test_context_rows_are_the_full_blocks_rows():
    seg, _ = _pages(30)
    rng = np.random.RandomState(1)
    logp = np.log(rng.dirichlet([1, 1, 1], len(seg)))
    rows = np.sort(rng.choice(len(seg), 60, replace=False))
    rows[0] = 0  # a page's first line
    for values, window, position, run in [(logp, 3, False, 2), (seg.shapes, 2, True, None)]:
        full = _context_block(seg, values, window, 6, with_position=position, run_column=run)
        assert np.array_equal(_context_rows(seg, values, window, 6, rows, with_position=position, run_column=run),
                              full[rows])


@pytest.fixture(scope="module")
def fitted():
    seg, gold = _pages(80)
    rng = np.random.RandomState(2)
    # scores that are right more often than not, and unsure on many lines
    proba = rng.dirichlet([1, 1, 1], len(seg))
    proba[np.arange(len(seg)), [LABELS.index(g) for g in gold]] += 0.6
    proba /= proba.sum(axis=1, keepdims=True)
    # border=False: these tests read the threshold rule alone; run markers: tested below; and
    # the rules after the trees that these pages' releases trigger, off: voiced (their leads,
    # "HOLLIS, June 11, 2024 -- Northwind Labs, a leading ...", open as only a release opens)
    # and contacts ("Media contact: press@...", a heading with its e-mail on one line)
    return seg, gold, proba, Refiner(max_iter=10, border=False, run_markers=False, voiced=False,
                                     contacts=False).fit((seg, proba), gold)


def test_refiner_decides_only_unsure_lines(fitted):
    seg, gold, proba, refiner = fitted
    out = refiner.adjust(seg, proba)
    sure = proba.max(axis=1) >= refiner.threshold
    assert sure.any() and (~sure).any()
    assert np.array_equal(out[sure], proba[sure])
    assert not np.allclose(out[~sure], proba[~sure])
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    assert refiner.rows_ == (~sure).sum()
    # it learnt something: the unsure lines come out right more often than from the scores alone
    y = np.array([LABELS.index(g) for g in gold])
    assert (out[~sure].argmax(1) == y[~sure]).mean() > (proba[~sure].argmax(1) == y[~sure]).mean()


def test_with_border_it_also_decides_where_the_top_label_changes_on_a_page():
    seg = Segments.from_pages([["Home", "A headline", "The story."], ["Menu", "More menu", "Story."]])
    top = [2, 0, 0, 2, 2, 0]  # boilerplate, news, news | boilerplate, boilerplate, news
    proba = np.full((6, 3), 0.025)
    proba[np.arange(6), top] = 0.95  # every line sure
    assert list(Refiner(border=False).unsure(proba, seg)) == []
    # rows 2 and 3 differ, but across the break between two pages
    assert list(Refiner(border=True).unsure(proba, seg)) == [0, 1, 4, 5]
    proba[3] = [0.4, 0.3, 0.3]
    assert list(Refiner(border=True).unsure(proba, seg)) == [0, 1, 3, 4, 5]
    # a refiner pickled before `border` existed keeps the threshold rule alone
    old = Refiner(border=True)
    del old.__dict__["border"]
    assert list(old.unsure(proba, seg)) == [3]


def test_isolated_hands_a_block_of_few_short_lines_between_paragraphs_to_the_trees():
    from pagesift.frozen import isolated_lines

    para = "A sentence of the story that runs long enough to count as a paragraph of its own page."
    seg = Segments.from_pages([[para, "Advertisement", para, "Two", "lines", para, "Menu", "A", "B", para],
                               ["Home", para]])
    assert list(np.flatnonzero(isolated_lines(seg, 1))) == [1]
    assert list(np.flatnonzero(isolated_lines(seg, 2))) == [1, 3, 4]
    # the last page's paragraph is not above the next page's first line
    assert list(np.flatnonzero(isolated_lines(seg, 3))) == [1, 3, 4, 6, 7, 8]
    proba = np.full((len(seg), 3), 0.025)
    proba[:, 1] = 0.95  # every line sure, and of one label: neither other rule takes any
    assert list(Refiner(border=True, isolated=0).unsure(proba, seg)) == []
    assert list(Refiner(border=True).unsure(proba, seg)) == [1, 3, 4]  # the default: k = 2
    old = Refiner(border=True)
    del old.__dict__["isolated"]  # a refiner pickled before `isolated` existed
    assert list(old.unsure(proba, seg)) == []


def test_frozen_refiner_scores_the_same(fitted):
    seg, _, proba, refiner = fitted
    frozen = _freeze(refiner)
    assert type(frozen) is FrozenRefiner
    assert np.array_equal(frozen.adjust(seg, proba), refiner.adjust(seg, proba))


def test_the_trees_decide_boilerplate_the_genre_stays_the_linear_models(fitted):
    seg, gold, proba, refiner = fitted
    rows = refiner.unsure(proba)
    out = refiner.adjust(seg, proba)[rows]
    b, n, pr = (LABELS.index(l) for l in (BOILERPLATE, "news", "press_release"))
    keep = 1 / (1 + np.exp(-refiner.trees_.raw(refiner.features(seg, proba, rows))[:, 0]))
    np.testing.assert_allclose(out[:, b], 1 - keep)
    np.testing.assert_allclose(out[:, n] / (out[:, n] + out[:, pr]), proba[rows, n] / (proba[rows, n] + proba[rows, pr]))
    assert len(refiner.trees_.roots) == refiner.max_iter * refiner.bags  # one tree a round in each bag


def test_content_lines_count_as_kept(fitted):
    seg, gold, proba, _ = fitted
    as_content = np.where(gold == BOILERPLATE, gold, "content")
    # genre-free labels teach the same boilerplate decision as the full ones (at its weight)
    full = Refiner(max_iter=10, content_weight=1.0, run_markers=False, bags=1).fit((seg, proba), gold)
    np.testing.assert_allclose(Refiner(max_iter=10, content_weight=1.0, run_markers=False, bags=1)
                               .fit((seg, proba), as_content).adjust(seg, proba),
                               full.adjust(seg, proba))


def test_content_is_a_class_of_its_own_when_the_trees_decide_genres(fitted):
    """The option that lets the trees decide the genre too (measured, not the default):
    `content` is their fourth class, its share going to the genres as the linear model
    splits them, never to boilerplate."""
    from pagesift.frozen import softmax

    seg, gold, proba, _ = fitted
    gold = gold.copy()
    gold[np.flatnonzero(gold == "news")[::2]] = "content"
    refiner = Refiner(max_iter=10, linear_genres=False, run_markers=False, bags=1, voiced=False,
                      contacts=False).fit((seg, proba), gold)
    assert refiner.content_column_ is not None and len(refiner.trees_.roots) == 10 * 4 * refiner.bags
    rows = refiner.unsure(proba)
    p4 = softmax(refiner.trees_.raw(refiner.features(seg, proba, rows)))
    out = _freeze(refiner).adjust(seg, proba)[rows]
    b, n, pr = (LABELS.index(l) for l in (BOILERPLATE, "news", "press_release"))
    np.testing.assert_allclose(out[:, b], p4[:, refiner.columns_[b]])
    share = proba[rows][:, n] / (proba[rows][:, n] + proba[rows][:, pr])
    np.testing.assert_allclose(out[:, n], p4[:, refiner.columns_[n]] + p4[:, refiner.content_column_] * share)
    np.testing.assert_allclose(out.sum(axis=1), 1.0)


def test_refiner_needs_every_label_among_unsure_lines():
    seg, gold = _pages(10)
    proba = np.full((len(seg), 3), 1 / 3)
    gold = np.where(gold == BOILERPLATE, "news", gold)
    with pytest.raises(ValueError, match="every label"):
        Refiner().fit((seg, proba), gold)


def test_training_leaves_the_refiner_out_without_enough_unsure_lines(train_tsv, test_tsv, tmp_path):
    from pagesift.training import train

    # a model of 40 small fixture pages is sure of nearly every line of 10 more
    card = train([str(train_tsv)], tmp_path / "m.joblib", test_fraction=0, calibrate_on=[str(test_tsv)], quiet=True)
    assert card["parameters"]["refiner"] is False and card["refiner"] is None
    assert getattr(load_model(tmp_path / "m.joblib").pipeline.named_steps["classifier"], "refiner_", None) is None


def test_a_refined_pipeline_saves_and_scores_frozen_as_fitted(train_tsv, tmp_path):
    from pagesift.io import read_labeled_many
    from pagesift.model import save_model
    from pagesift.refine import refine
    from pagesift.training import fit_pages

    pipeline = fit_pages(read_labeled_many([str(train_tsv)]), quiet=True)
    from conftest import write_tsv

    tune = read_labeled_many([str(write_tsv(tmp_path / "tune.tsv", labelled_pages(60, seed=5)))])
    # the fixture model is sure of most lines: a high threshold leaves enough unsure ones
    report = refine(pipeline, tune, threshold=0.99999, max_iter=5)
    assert report is not None and report["unsure_segments"] > 0
    assert report["trees"] == 5 * 10 and report["parameters"]["bags"] == 10  # five rounds in each of ten bags
    # the card says which lines the trees decide
    from pagesift.card import render_card

    assert report["parameters"]["border"] is True and "differs from a neighbour's" in report["method"]
    assert "or at a label border" in render_card({"refiner": report})
    assert "label border" not in render_card({"refiner": {**report, "parameters": {"threshold": 0.9}}})
    save_model(pipeline, {}, tmp_path / "r.joblib")
    model = load_model(tmp_path / "r.joblib")
    assert isinstance(model.scorer.steps[-1][1].refiner_, FrozenRefiner)
    rows = Segments.from_pages([[t for t, _ in p] for p in labelled_pages(5, seed=6)])
    order = [list(model.pipeline.classes_).index(l) for l in LABELS]
    assert np.abs(model.predict_proba(rows) - model.pipeline.predict_proba(rows)[:, order]).max() < 1e-12


def test_sample_weights_reach_the_trees(fitted):
    seg, gold, proba, _ = fitted
    kwargs = dict(max_iter=10, border=False, run_markers=False, bags=1)
    plain = Refiner(**kwargs).fit((seg, proba), gold)
    ones = Refiner(**kwargs).fit((seg, proba), gold, sample_weight=np.ones(len(gold)))
    assert np.array_equal(ones.adjust(seg, proba), plain.adjust(seg, proba))
    heavy = np.where(gold == BOILERPLATE, 10.0, 1.0)  # boilerplate's unsure lines weigh more
    weighted = Refiner(**kwargs).fit((seg, proba), gold, sample_weight=heavy)
    unsure = plain.unsure(proba, seg)
    column = LABELS.index(BOILERPLATE)
    assert weighted.adjust(seg, proba)[unsure, column].mean() > plain.adjust(seg, proba)[unsure, column].mean()


def test_refine_weighs_a_real_pages_headline_as_told(train_tsv, tmp_path):
    """refine(head_weight=) weighs the heads training.real_heads finds (pages not built
    from a document); the card's report says by how much."""
    from conftest import write_tsv
    from pagesift.io import read_labeled_many
    from pagesift.refine import refine
    from pagesift.training import fit_pages, real_heads

    pipeline = fit_pages(read_labeled_many([str(train_tsv)]), quiet=True)
    tune = read_labeled_many([str(write_tsv(tmp_path / "tune.tsv", labelled_pages(60, seed=5)))])
    assert real_heads(tune).any()
    seg = Segments.from_pages([p.texts for p in tune])
    scores = {}
    for weight in (1.0, 10.0):
        report = refine(pipeline, tune, head_weight=weight, threshold=0.99999, max_iter=5, bags=1)
        assert report["parameters"]["head_weight"] == weight
        refiner = pipeline.named_steps["classifier"].refiner_
        proba = pipeline.named_steps["classifier"].predict_proba(pipeline[:-1].transform(seg))
        scores[weight] = proba
        assert refiner is not None
    assert not np.allclose(scores[1.0], scores[10.0])


def test_no_refiner_when_the_page_resamples_keep_leaving_a_label_out(train_tsv, tmp_path):
    """Genre lines that are all `content` at weight 0 leave only boilerplate in every
    resample of the pages: refine() fits no refiner and says so by returning None."""
    from conftest import write_sites_jsonl
    from pagesift.io import read_labeled_many
    from pagesift.refine import refine
    from pagesift.training import fit_pages

    pipeline = fit_pages(read_labeled_many([str(train_tsv)]), quiet=True)
    pages = [[(t, l if l == BOILERPLATE else "content") for t, l in p] for p in labelled_pages(60, seed=5)]
    tune = read_labeled_many([str(write_sites_jsonl(tmp_path / "tune.jsonl", pages, sites=12))])
    assert refine(pipeline, tune, threshold=0.99999, max_iter=5) is not None  # at the default weight
    assert refine(pipeline, tune, threshold=0.99999, max_iter=5, content_weight=0.0) is None
    assert pipeline.named_steps["classifier"].refiner_ is None


def test_no_refine_option(train_tsv, tmp_path):
    from pagesift.training import train

    card = train([str(train_tsv)], tmp_path / "n.joblib", test_fraction=0, calibrate_on=[str(train_tsv)],
                 quiet=True, refine=False)
    assert card["refiner"] is None and card["parameters"]["refiner"] is False


RUN_PAGE = ["Home | World | Business",
            "Harbour authority opens a new berth",
            "The Kestport harbour authority opened its fourth deep-water berth on Monday after two years of work on the quay.",
            "The berth can take ships of up to 300 metres and will handle most of the port's container traffic from next spring.",
            "###",
            "More news",
            "Ferry fares to rise in January",
            "Fares on the island routes will rise by five percent from January, the regulator said on Wednesday."]
RUN_TOP = [2, 0, 0, 0, 1, 2, 0, 0]  # boilerplate | a story and its "###" | boilerplate | a teaser


def _run_proba(top):
    proba = np.full((len(top), 3), 0.1)
    proba[np.arange(len(top)), top] = 0.8
    return proba


def test_markers_in_a_run_move_its_genres_and_nothing_else():
    from pagesift.frozen import marker_lines, shift_runs

    seg = Segments.from_pages([RUN_PAGE])
    proba = _run_proba(RUN_TOP)
    assert marker_lines(seg, 4)[:, 0].tolist() == [False] * 4 + [True] + [False] * 3  # "###", near a paragraph
    assert marker_lines(seg, 4) is marker_lines(seg, 4)  # one pass per batch, kept on it
    n, pr, b = (LABELS.index(l) for l in ("news", "press_release", BOILERPLATE))
    out = shift_runs(seg, proba, np.log(10) * np.array([1.0, -1.0, 0.0, -1.0]), LABELS, 4)
    story = [1, 2, 3, 4]
    # the story's run: press release's odds over news times 10, its lines' boilerplate share kept
    np.testing.assert_allclose(out[story, pr] / out[story, n], 10 * proba[story, pr] / proba[story, n])
    np.testing.assert_allclose(out[:, b], proba[:, b])
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    # the boilerplate lines and the teaser's run (after "More news") stay as they were
    assert np.array_equal(out[[0, 5, 6, 7]], proba[[0, 5, 6, 7]])
    # with the "###" line taken for boilerplate, the story has no marker in its run, unless
    # (`touching`) a marker line counts for the runs it ends and starts
    top = list(RUN_TOP)
    top[4] = 2
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    assert np.array_equal(shift_runs(seg, _run_proba(top), shift, LABELS, 4), _run_proba(top))
    touched = shift_runs(seg, _run_proba(top), shift, LABELS, 4, touching=True)
    np.testing.assert_allclose(touched[1:4, pr] / touched[1:4, n], 10 * _run_proba(top)[1:4, pr] / _run_proba(top)[1:4, n])
    assert np.array_equal(touched[4:], _run_proba(top)[4:])  # "###" itself and what follows "More news"
    # a marker line touches only the runs of its own page
    two = Segments.from_pages([RUN_PAGE[:4], ["###", "A story on the next page that is long enough to read as a paragraph here."]])
    top2 = [2, 0, 0, 0, 2, 0]
    out2 = shift_runs(two, _run_proba(top2), shift, LABELS, 4, touching=True)
    assert np.array_equal(out2[:4], _run_proba(top2)[:4]) and not np.array_equal(out2[5], _run_proba(top2)[5])


def test_with_follow_a_runs_short_lines_move_half_way_to_its_nearest_paragraphs_genre():
    from pagesift.frozen import FOLLOW_WEIGHT, shift_runs

    lead = "The Vessby public library reopened on Tuesday after eight months of repairs, the council said."
    page = ["More news", "Vessby library reopens after flood repairs", lead, "June 3, 2026", "Share",
            "Solar park breaks ground", "A short line", "Another short line"]
    seg = Segments.from_pages([page])
    n, pr, b = (LABELS.index(label) for label in ("news", "press_release", BOILERPLATE))
    proba = np.array([[0.05, 0.05, 0.9], [0.5, 0.4, 0.1], [0.9, 0.05, 0.05], [0.3, 0.6, 0.1], [0.05, 0.05, 0.9],
                      [0.2, 0.7, 0.1], [0.3, 0.6, 0.1], [0.6, 0.3, 0.1]])  # news, press release, boilerplate
    proba = proba[:, [("news", "press_release", BOILERPLATE).index(label) for label in LABELS]]
    shift = np.zeros(4)
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4), proba)
    out = shift_runs(seg, proba, shift, LABELS, 4, follow=True)
    logit = np.log(out[:, pr] / out[:, n])
    for i in (1, 3):  # the headline and the date line over and under the lead
        want = (1 - FOLLOW_WEIGHT) * np.log(proba[i, pr] / proba[i, n]) + FOLLOW_WEIGHT * np.log(proba[2, pr] / proba[2, n])
        assert logit[i] == pytest.approx(want)
    assert out[3].argmax() == n  # the date line was the release's below
    np.testing.assert_allclose(out[:, b], proba[:, b])
    # the lead itself, the chrome and a run with no paragraph stay as they were
    assert np.array_equal(out[[0, 2, 4, 5, 6, 7]], proba[[0, 2, 4, 5, 6, 7]])


def test_a_news_marker_moves_its_run_towards_news():
    from pagesift.frozen import shift_runs

    page = RUN_PAGE[:4] + ["Reporting by Ailsa Brodie; editing by Morven Tait"] + RUN_PAGE[5:]
    seg = Segments.from_pages([page])
    proba = _run_proba([2, 1, 1, 1, 1, 2, 1, 1])
    n, pr = LABELS.index("news"), LABELS.index("press_release")
    out = shift_runs(seg, proba, np.log(10) * np.array([1.0, -1.0, 0.0, -1.0]), LABELS, 4)
    np.testing.assert_allclose(out[1:5, n] / out[1:5, pr], 10 * proba[1:5, n] / proba[1:5, pr])
    assert np.array_equal(out[5:], proba[5:])


def test_the_run_shift_is_chosen_on_the_fitted_pages_and_old_refiners_have_none(fitted):
    from pagesift.refine import RUN_ODDS

    seg, gold, proba, no_runs = fitted
    refiner = Refiner(max_iter=10, border=False, voiced=False, contacts=False).fit((seg, proba), gold)
    assert refiner.run_shift_ is not None
    assert len(refiner.run_scores_) == 2 * len(RUN_ODDS) - 1  # 1, and the others with and without voice
    odds = np.exp(refiner.run_shift_[0])
    chosen = f"{odds:.0f}" + (" with release voice" if refiner.run_shift_[2] else "")
    assert chosen in refiner.run_scores_
    # the same trees; the shift comes after them
    assert np.array_equal(refiner.decide(seg, proba), no_runs.adjust(seg, proba))
    # a refiner pickled before run markers existed scores as the trees alone
    old = Refiner(max_iter=10, border=False, voiced=False, contacts=False).fit((seg, proba), gold)
    del old.__dict__["run_shift_"]
    assert np.array_equal(old.adjust(seg, proba), no_runs.adjust(seg, proba))


def _shift_pages(confident_news: int, misread_releases: int):
    """Pages of one story each ending in "###": news stories the model reads as news at odds
    17 to 1 (a release marker in a news story), and releases it reads as news at 2 to 1."""
    pages, gold, proba = [], [], []
    for k in range(confident_news + misread_releases):
        news = k < confident_news
        pages.append(RUN_PAGE[:5] + ["More news"])
        gold += ["boilerplate"] + ["news" if news else "press_release"] * 4 + ["boilerplate"]
        genre = [0.85, 0.05, 0.1] if news else [0.6, 0.3, 0.1]
        proba += [[0.05, 0.05, 0.9]] + [genre] * 4 + [[0.05, 0.05, 0.9]]
    return Segments.from_pages(pages), np.array(gold, dtype=object), np.array(proba)


def test_the_strongest_shift_that_validation_cannot_tell_from_the_best_is_chosen():
    # the releases need odds of 3 or more; news stories flip at 30 or more: 3 and 10 are
    # best (tied), and the stronger of them is taken
    seg, gold, proba = _shift_pages(30, 30)
    shift, scores = Refiner().choose_shift(seg, proba, gold)
    assert np.exp(shift[0]) == pytest.approx(10) and scores["3"] == scores["10"] > scores["30"]
    # the eighteenth round's rule: the best, ties to the weaker
    assert np.exp(Refiner(strongest=False).choose_shift(seg, proba, gold)[0][0]) == pytest.approx(3)
    # no news story with a marker: every shift of 3 or more ties, and the strongest is taken
    seg, gold, proba = _shift_pages(0, 30)
    shift, scores = Refiner().choose_shift(seg, proba, gold)
    assert np.exp(shift[0]) == pytest.approx(1000) and scores["1000"] == scores["3"] > scores["1"]
    # a difference on one site among many is within the interval over sites: stronger wins
    seg, gold, proba = _shift_pages(1, 30)
    sites = np.repeat(np.arange(31), 6)
    shift, scores = Refiner().choose_shift(seg, proba, gold, sites)
    assert scores["10"] > scores["1000"] and np.exp(shift[0]) == pytest.approx(1000)


def test_bridge_joins_a_story_split_by_one_clutter_line_and_not_a_teaser_block():
    from pagesift.frozen import shift_runs

    # a story split by "Advertisement", its "###" read as boilerplate, then a teaser
    page = RUN_PAGE[:3] + ["Advertisement"] + RUN_PAGE[3:]
    seg = Segments.from_pages([page])
    top = [2, 0, 0, 2, 0, 2, 2, 0, 0]
    proba = _run_proba(top)
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    n, pr = LABELS.index("news"), LABELS.index("press_release")
    apart = shift_runs(seg, proba, shift, LABELS, 4, touching=True)
    joined = shift_runs(seg, proba, shift, LABELS, 4, touching=True, bridge=True)
    assert np.array_equal(apart[:4], proba[:4])  # the "###" reaches the second part only
    np.testing.assert_allclose(joined[[1, 2, 4], pr] / joined[[1, 2, 4], n], 10 * proba[[1, 2, 4], pr] / proba[[1, 2, 4], n])
    assert np.array_equal(joined[3], proba[3])  # the bridged line keeps its own scores
    # "More news" has a headline below it, not a paragraph: the teaser stays apart
    assert np.array_equal(joined[6:], proba[6:])
    # a teaser's "###" does not reach the story above its heading
    teaser = RUN_PAGE[:4] + ["More news", RUN_PAGE[6], RUN_PAGE[7], "###"]
    seg2 = Segments.from_pages([teaser])
    top2 = [2, 0, 0, 0, 2, 0, 0, 1]
    out = shift_runs(seg2, _run_proba(top2), shift, LABELS, 4, touching=True, bridge=True)
    assert np.array_equal(out[:5], _run_proba(top2)[:5]) and not np.array_equal(out[5:7], _run_proba(top2)[5:7])


def test_bridge_needs_one_genre_on_both_sides():
    from pagesift.frozen import shift_runs

    # a release's paragraph, "Recommended for you", then a news teaser whose headline is long
    # enough to read as a paragraph: two texts, whatever the line between them
    long_headline = "Harbour pilots say the new berth is too narrow for the largest ships that call at Kestport"
    page = RUN_PAGE[:3] + ["Recommended for you", long_headline, "###"]
    seg = Segments.from_pages([page])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    for top, joined in (([2, 1, 1, 2, 0, 2], False), ([2, 0, 0, 2, 0, 2], True)):
        proba = _run_proba(top)
        out = shift_runs(seg, proba, shift, LABELS, 4, touching=True, bridge=True)
        assert np.array_equal(out[4], proba[4]) is False  # the "###" below reaches the teaser's run
        assert np.array_equal(out[1:3], proba[1:3]) is not joined


def test_wire_datelines_are_found_on_their_rows():
    from pagesift.frozen import wire_datelines

    pages = [["Acme opens a plant",
              "SAN DIEGO, April 24, 2015 /PRNewswire/ -- Acme Corp. today opened its third plant.",
              "A wire service carried the report, PR Newswire said."],
             ["LAS VEGAS--(BUSINESS WIRE)--Acme will show its new drill at the fair.",
              "Newswise — BIRMINGHAM, Ala. – A university study finds that dry eye is common.",
              "TORONTO, Jan. 6 (GLOBE NEWSWIRE) -- Acme Canada named a new chief executive.",
              "Business wire transfers rose by a tenth in May, the bank said."],
             ["--News Direct--", "KESTPORT, ME / NewsDirect / May 2nd, 2024 / Acme Holdings named a new chief.",
              "Sellers can now list direct, and the news pleased them."]]
    seg = Segments.from_pages(pages)
    assert wire_datelines(seg).tolist() == [0, 1, 0, 1, 1, 1, 0, 1, 1, 0]
    assert wire_datelines(seg) is wire_datelines(seg)  # one pass per batch, kept on it


def test_a_copyright_line_gives_its_owner_unless_an_outlet_or_agency():
    from pagesift.frozen import copyright_owner

    assert copyright_owner("© 2026 University of Westmoor. All rights reserved.") == "University of Westmoor"
    assert copyright_owner("(c) 2024 Acme Corp. All Rights Reserved") == "Acme"
    assert copyright_owner("© 2026 Norrland Grid Systems AB") == "Norrland Grid Systems"  # as its prose says
    assert copyright_owner("© 2026 The Regents of the University of Kestport") == "University of Kestport"
    assert copyright_owner("Copyright 2025 President and Fellows of Westmoor College") == "Westmoor College"
    assert copyright_owner("Copyright © 2026 by Northgate Health and Care Trust") == "Northgate Health and Care Trust"
    assert copyright_owner("© Reserve Bank of Kestport, 2001–2024") == "Reserve Bank of Kestport"
    for line in ("© 2026 Westmoor Gazette", "Copyright 2010 The Associated Press. All rights reserved.",
                 "© 2026 Microsoft", "© 2026 Thomson Reuters", "© 2026 NewsBlaze",  # portal, agency, outlet
                 "© 2026 Reuters", "(c) The Secretary shall publish the list",  # a list item, not a notice
                 "copyright laws protect this page", "© Crown copyright", "Acme makes drills",
                 "© 2026 Acme " + "and more words " * 12):  # prose, not a notice
        assert copyright_owner(line) is None, line
    # a paper's nameplate word ends its name; a company's name may hold one elsewhere
    for paper in ("Kestport Echo", "Brannock Sentinel", "The Kestport Mirror", "Westmoor Today", "Kestport Leader",
                  "Valley Advertiser", "Northfield Standard", "Brannock Record", "Kestport Live"):
        assert copyright_owner(f"© 2026 {paper}") is None, paper
    assert copyright_owner("© 2026 Union Pacific Railroad") == "Union Pacific Railroad"
    assert copyright_owner("© 2026 Standard Brennick Foods Ltd.") == "Standard Brennick Foods"


def test_prose_naming_its_sites_owner_is_a_release_marker():
    from pagesift.frozen import own_site_lines

    own = ["Kestport Water", "Kestport Water opened a new treatment works on Monday that will serve forty "
           "thousand homes in the valley.",
           "Kestport Water opens a new works",  # short: a headline or a link
           "The works was built in two years by engineers from Kestport Water and a firm from Denmark, with a grant.",
           "The chief engineer of the works told Kestport Water staff at the opening that it had gone to plan.",
           "The works cost twelve million pounds, according to Kestport Water, and took two years to build in all.",
           "© 2026 Kestport Water Ltd. All rights reserved."]
    # a news site's story about the company: its copyright line names the outlet
    other = ["Kestport Water opened a new treatment works on Monday that will serve forty thousand homes in the "
             "valley.", "© 2026 Kestport Gazette"]
    # a TV station's copyright gives its call sign, which its stories and promos name
    promo = "Download the KWVR 7 app to get breaking news alerts on your phone and never miss a story."
    station = ["KWVR 7 News", promo, "Copyright 2026 KWVR. All rights reserved."]
    # a firm with a name of that shape, whose page shows no channel or broadcast word after it
    firm = ["KPMG today opened a new advisory centre in Kestport that will employ two hundred people.",
            "© 2026 KPMG LLP"]
    seg = Segments.from_pages([own, other, station, firm])
    assert own_site_lines(seg).tolist() == [0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]
    assert own_site_lines(seg) is own_site_lines(seg)  # one pass per batch, kept on it
    # a news site's community page runs a bank's text as it came, credited to the bank
    bank = "Dunmore Savings Bank has donated $25,000 to the Carrow County Food Pantry to help it meet demand."
    person = "Dunmore Savings Bank has donated money to the pantry again this spring, its manager told us."
    submitted = Segments.from_pages([["Bank donates to pantry", "Submitted by Dunmore Savings Bank", bank],
                                     ["Bank donates to pantry", "Submitted by jdoe on 03/02/2010", person],
                                     ["Pantry thanks donors", "Provided by Kestport Gazette", bank]])
    assert own_site_lines(submitted).tolist() == [0, 0, 1, 0, 0, 0, 0, 0, 0]  # not a user, not an outlet
    # a science news site reposts a university's release, crediting it under the text, and
    # its "Source:" line names the university, not an agency
    from pagesift.frozen import owner_source_lines
    study = "Salt marshes hold twice as much carbon as thought, according to researchers at the University of Westmoor."
    repost = Segments.from_pages([["Source: University of Westmoor", study,
                                   "Materials provided by University of Westmoor. Note: Content may be edited."],
                                  ["Source: Reuters", study, "Materials provided by Reuters."]])
    assert own_site_lines(repost).tolist() == [0, 1, 0, 0, 0, 0]
    assert owner_source_lines(repost).tolist() == [1, 0, 0, 0, 0, 0]
    # the credit alone on its line, its full stop not part of the name
    alone = Segments.from_pages([["Source: University of Westmoor", study, "Materials provided by University of Westmoor."]])
    assert owner_source_lines(alone).tolist() == [1, 0, 0]
    # a town's site carries its police department's releases; a firm's page that names the
    # department is not the department's
    police = "The Brannock Police Department has arrested a 27-year-old man in connection with the robbery."
    town = Segments.from_pages([["Police arrest man", police, "© 2026 City of Brannock"],
                                ["Police arrest man", police, "© 2026 Brannock Security Ltd"],
                                ["Fire crews called", "The Brannock Fire Department sent four crews to the mill on "
                                 "Monday, the county said.", "© 2026 Carrow County"]])
    assert own_site_lines(town).tolist() == [0, 1, 0, 0, 0, 0, 0, 0, 0]
    # the sign with no channel or broadcast word after it anywhere on its page: KPMG's case
    bare = [promo.replace("KWVR 7", "KWVR"), station[2]]
    assert own_site_lines(Segments.from_pages([bare])).tolist() == [1, 0]
    # or its web address
    web = [promo.replace("KWVR 7", "KWVR"), "Copyright 2026 KWVR.com. All rights reserved."]
    assert own_site_lines(Segments.from_pages([web])).tolist() == [0, 0]


def test_this_rounds_owners_and_outlets():
    """Forty-fourth round: a club's "Football Club" left off its name; a byline naming an
    organisation credits it with the text; a site that speaks of its owner as reporters
    speak of their paper is an outlet."""
    from pagesift.frozen import copyright_owner, own_site_lines

    assert copyright_owner("© Ashcombe Rovers Football Club 2026") == "Ashcombe Rovers"
    assert copyright_owner("© 2026 Kelso United FC") == "Kelso United"
    assert copyright_owner("© 2026 Sierra Rambling Club") == "Sierra Rambling Club"  # no sport's club
    # outlets with no outlet word in their names, whose stories name them ("the Nikkei share
    # average", "in an interview with CNBC"); a firm's name may start with such a word
    for outlet in ("Nikkei Inc.", "CNBC LLC", "Stuff Limited", "The Motley Fool"):
        assert copyright_owner(f"© 2026 {outlet}") is None, outlet
    assert copyright_owner("© 2026 Fortune Brands Innovations") == "Fortune Brands Innovations"
    assert copyright_owner("© 2026 Forbes Marshall Pvt Ltd") == "Forbes Marshall"
    library = "The Millbrook Public Library is inviting residents to check out seeds this spring from its lobby."
    pages = [["Seed library opens", "By Millbrook Public Library, Neighbor", library],
             ["Seed library opens", "By Dana Ortiz, Townline Staff", library],  # a person
             ["Seed library opens", "By School", library.replace("Millbrook Public Library", "School")],  # one word
             ["Seed library opens", "By Millbrook Public Library", library]]
    assert own_site_lines(Segments.from_pages(pages)).tolist() == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    story = "Figures obtained by Quillfeather show that 11,800 fines were issued at the two camera sites last year."
    also = "Quillfeather opened a new office in the capital this week to cover the parliament and the courts."
    outlet = [story, also, "© 2026 Quillfeather Limited"]
    company = [also, "© 2026 Quillfeather Limited"]
    asked = [also, "Quillfeather has contacted the transport agency for comment on the cameras and their signs.",
             "© 2026 Quillfeather Limited"]
    seg = Segments.from_pages([outlet, company, asked])
    assert own_site_lines(seg).tolist() == [0, 0, 0, 1, 0, 0, 0, 0]
    # a student paper on its university's site says what it is over its menu
    tuition = "Westmoor University will raise undergraduate tuition by 4 percent next fall, the trustees decided."
    paper = ["The Westmoor Lantern", "Student newspaper of Westmoor University since 1921", tuition,
             "© 2026 Westmoor University"]
    office = ["Westmoor University", "News", tuition, "© 2026 Westmoor University"]
    assert own_site_lines(Segments.from_pages([paper, office])).tolist() == [0, 0, 0, 0, 0, 0, 1, 0]


def test_an_outlets_reporter_credit_and_an_embassys_country():
    """Forty-fifth round: a page that credits its reporter to its owner, or says the owner
    is a newsroom, speaks of an outlet; an embassy's prose names its country."""
    from pagesift.frozen import own_site_lines

    appeal = "Ridgeline Report is a nonprofit newsroom funded by readers like you. Please make a donation today."
    dams = "The state's dam safety office failed to inspect nearly a third of the dams rated high-hazard, an audit found."
    credited = [dams, "Tomas Villanueva covers the environment for Ridgeline Report.", appeal, "© 2026 Ridgeline Report"]
    reporter = [dams, "Tomas Villanueva is a reporter at Ridgeline Report.", appeal, "© 2026 Ridgeline Report"]
    alone = [dams, "Ridgeline Report opened a second office in the capital to follow the legislature.",
             "© 2026 Ridgeline Report"]
    said = [dams, "Ridgeline Report is a leading provider of news software for small publishers in the West.",
            "© 2026 Ridgeline Report"]
    seg = Segments.from_pages([credited, reporter, alone, said])
    assert own_site_lines(seg).tolist() == [0, 0, 0, 0] + [0, 0, 0, 0] + [0, 1, 0] + [0, 1, 0]
    visit = ("The Minister of Foreign Affairs of the Republic of Veloria, Dr. Ilan Marescu, will pay an official "
             "visit to Australia next week.")
    embassy = ["News", visit, "Copyright © 2026 Embassy of the Republic of Veloria. All rights reserved."]
    hotel = ["News", visit, "© 2026 Embassy Suites Canberra"]  # a hotel's name is no embassy's
    assert own_site_lines(Segments.from_pages([embassy, hotel])).tolist() == [0, 1, 0, 0, 0, 0]


# a menu's line, and lines that look like one and are not (forty-fifth round)
MENUS = [("Home | About | Services | Legislation | Media | Contact", True),
         ("News • Sport • What's On • Property", True), ("Home / World / Business / Science", True),
         ("Home | News | Contact", False),  # three parts: as many as a byline's or a credit's
         ("• Armidale • Ballina • Bathurst • Bega Valley", False),  # a release's bulleted list
         ("Minister Hunt | James Perrin | 0447 534 427 | minmedia@health.gov.au", False),  # a contact
         ("Prices | rose | sharply in the first quarter of the year | said the bank", False),  # a clause
         ("Home|About|News|Contact", False),  # no space around the separators: one word each
         ("Press Releases", True), (" Latest news ", True), ("Newsroom", True), ("News & Events", True),
         ("Media Release", False),  # a release's own heading (singular), on 891 Australian MPs' releases
         ("Statements", False), ("Press releases and statements from the mayor's office", False)]


def test_menu_lines():
    from pagesift.frozen import menu_lines

    lines, want = zip(*MENUS)
    assert menu_lines(Segments.from_pages([list(lines)])).tolist() == list(want)


# a wire's mark at the end of its copy, and a desk's initials under one; lines like them
# that are not (forty-sixth round)
SIGNOFFS = [("Enditem", True), ("Analysts had expected the bank to hold rates. Enditem", True), ("(END)", True),
            ("--IANS", True), ("sd/pgh", True),  # initials under the mark
            ("-- IANS", True), ("PTI KSU RHL", True), ("bur-ap/jm", True),
            ("He spoke outside the temple in Guruvayur. (ANI)", True), ("(IANS)", True),
            ("Alliance of Nonprofits for Insurance, RRG (ANI)", False),  # an acronym after a name
            ("Source: PTI", False), ("and/or", False),  # initials' shape, under no mark
            ("ENDS", False), ("The end", False), ("PTI", False),
            ("Guwahati, Aug 14 (PTI) Authorities issued a flood alert", False)]
# a host's note on what it carries, and lines of a release or a site that speak alike
HOST_NOTES = [("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)", True),
              ("(Disclaimer: The above press release comes to you under an arrangement with NewsVoir.)", True),
              ("This press release was distributed by Newsfile. The newsroom of this site was not involved.", True),
              ("Disclaimer: ScienceWire is not responsible for the accuracy of news releases posted to it.", True),
              ("Disclaimer: This content is sponsored. Readers should do their own research.", True),
              ("Disclaimer: This is a paid press release. Readers should do their own research.", True),
              ("The information contained in this press release is provided by Acme Corp. for general purposes.",
               False),  # the issuer's own disclaimer, a release's line on the corpora
              ("The BBC is not responsible for the content of external internet sites", False),
              ("The researchers were not involved in the trial, the company said.", False),
              ("Acme issued a press release on Tuesday announcing the cuts.", False),
              # forty-eighth round: a portal's, a paper's and a regulator's notes, a page's stamp
              ("The content above was provided by a third party. MarketPulse is not responsible for it.", True),
              ("Community news is submitted by local organizations and is not written by Record staff.", True),
              ("This company announcement is posted as a public service.", True),
              ("Disclaimer: Press releases are supplied by the companies named and are not checked by us.", True),
              ("Content current as of: 12/02/2026", True), ("Last updated: April 21, 2025", True),
              ("Best-effort support is provided by contributors and from the community.", False),
              ("Updated 7:42 p.m. Dec. 3, 2026", False),  # a story's time stamp
              ("The report was last updated in 2019 and is now out of date, the auditors said.", False)]


# an outlet's word to its readers about itself (frozen.house_lines); written for this project
HOUSE = [("Support local journalism. Subscribe today.", True),
         ("Have a news tip? Email news@valleycourier.example", True),
         ("The Ridge is a nonprofit newsroom funded by readers like you.", True),
         ("You are free to republish this story under a Creative Commons licence.", True),
         ("Republish this story", True),
         ("By signing up, you agree to our Privacy Policy.", True),
         ("Jo Pell covers state government for The Standard. Reach her at jpell@standard.example.", True),
         ("Donate now!", True),
         ("Have news to share? Submit it to community@ledger.example.", True), ("Submit a story", True),
         ("Support for the bill came from local journalism schools and unions, officials said.", False),
         ("Subscribe now to catch every episode of the podcast, which is available on all platforms.", False),
         ("Anyone with information is asked to submit a tip to the FBI.", False),
         ("\"We have a story to share with every family,\" the mayor said.", False),
         ("For more information, visit the company's website or contact them at its main office.", False),
         ("Jo Pell covers state government for The Standard.", False),  # a bio alone: labels differ
         (" ".join(["The paper said it would keep its newsroom open, and asked readers like you to help."] * 5),
          False)]  # a paragraph, however it is worded


# a page's tags (frozen.tag_lines); written for this project
TAGS = [("Tags: Kelantan, floods, evacuees", True), ("Topics: Messenger", True), ("TAGS: solar | Rajasthan", True),
        ("Keywords: anxiety, depression, physical activity", True), ("Tagged with: roads", True),
        ("Tags:", False),  # nothing after it: a heading over its links
        ("Hashtags like #floods were trending: residents posted videos of the water.", False),
        ("The topics: rents, roads and schools dominated the meeting, the mayor said.", False),
        ("Tags: " + ", ".join(["word"] * 45), False)]  # a list this long is prose


@pytest.mark.parametrize("name, table", [("signoff_lines", SIGNOFFS), ("host_note_lines", HOST_NOTES),
                                         ("house_lines", HOUSE), ("tag_lines", TAGS)])
def test_signoffs_and_host_notes(name, table):
    import pagesift.frozen as frozen

    lines, want = zip(*table)
    assert getattr(frozen, name)(Segments.from_pages([list(lines)])).tolist() == list(want)


def test_a_storys_byline_is_kept_over_a_kept_paragraph():
    import numpy as np
    from pagesift.frozen import byline_lines

    body = "The state senate passed a bill on Tuesday that would cap yearly rent increases at 7 percent."
    lines = ["By Jo Pell", "Listen to this article", "6 min", body,  # the byline three lines up
             "BY JO PELL", body, "Compiled by Ruth Ambler", body, "Author: Dana Whitcomb", body,
             "By Jo Pell February 11, 2025", body, "From staff reports", body,
             "Author : Entertainment News Editor", body,  # a role's name, not a person's
             "KRVL | By Nora Castellanos", body,  # the outlet's name first
             "By Jo Pell", "a", "b", "c", "d", body,  # five lines up
             "By the way, this is a long line that is not a byline at all and goes on and on for a while", body,
             "By Jo Pell", body]
    seg = Segments.from_pages([lines])
    kept = np.ones(len(lines), dtype=bool)
    kept[-1] = False  # the paragraph under the last byline is chrome
    got = byline_lines(seg, kept).tolist()
    want = [i in (0, 4, 6, 8, 10, 12, 16) for i in range(len(lines))]
    assert got == want


def test_a_paragraph_that_opens_as_only_a_release_opens_is_voiced():
    from pagesift.frozen import voiced_lines

    lines = ["Harborline Bank is pleased to announce the appointment of Diane Foster as Chief Lending Officer, "
             "effective January 1.",
             "DETROIT, Nov. 24, 2026 /PRNewswire/ -- Voltline Energy, a provider of charging for commercial fleets, "
             "today announced a depot charging service.",
             "Harborline Bank is pleased to announce",  # a headline, not a paragraph
             "Harborline Bank named Diane Foster its chief lending officer on Tuesday, the bank said in a statement."]
    assert voiced_lines(Segments.from_pages([lines])).tolist() == [True, True, False, False]


def test_a_releases_end_mark_is_kept_under_a_kept_line():
    import numpy as np
    from pagesift.frozen import end_mark_lines

    body = "The bridge will close from 8 p.m. to 6 a.m. for repairs, the roads office said on Monday."
    lines = [body, "###", body, "Share", "-30-", body, "ENDS", "Notes to editors", body, "a", "b", "c", "# # #",
             body, "SOURCE Acme Robotics", body, "Source: Xinhua", body, "#1 in sales"]
    seg = Segments.from_pages([lines])
    kept = np.array([len(text) > 40 for text in lines])
    got = end_mark_lines(seg, kept).tolist()
    want = [i in (1, 4, 6, 7, 14) for i in range(len(lines))]  # "# # #" four lines down: too far
    assert got == want


def test_a_mastheads_lines_are_those_over_the_first_menu_at_a_pages_top():
    from pagesift.frozen import masthead_lines

    menu = "Home | Our work | News | Countries | Donate"
    body = "The agency will open 30 clinics in camps for displaced people across the Sahel next year, it said."
    pages = [["United Nations Office for Refugee Health", "Saving lives since 1951", menu, "News release", body],
             ["a", "b", "c", "d", "e", menu, body],  # the menu five lines down: not a masthead's
             [body, menu, "Related news"],  # a paragraph over the menu
             [menu, "Press Releases", body],  # nothing over the menu
             ["Agency name", "Latest News", "Flood alert for three districts", body, menu]]  # a section's name
    got = masthead_lines(Segments.from_pages(pages)).tolist()
    assert got == [True, True, False, False, False] + [False] * 7 + [False] * 3 + [False] * 3 + [True] + [False] * 4
    # a story's headline over its tags, with its lead, its date or its byline right under them
    tags = "Economy | Kenya | Banking | Interest rates"
    for under in (body, "Oct 7, 2026", "By Jane Okafor"):
        page = ["Home | World | Business", "Kenya central bank holds key rate at 9.5 percent", tags, under, body]
        assert not masthead_lines(Segments.from_pages([page])).any(), under


def test_an_indian_agencys_datelines_for_its_stories_and_for_paid_releases():
    from pagesift.frozen import news_credit_lines, wire_datelines

    lines = ["Mumbai (Maharashtra) [India], November 28 (ANI): The benchmark Sensex closed higher on Friday.",
             "Guwahati, Aug 14 (PTI) Authorities issued a flood alert for three districts in Assam.",
             "New Delhi [India], November 27 (ANI/PNN): Ardent Schools has been named the winner of the award.",
             "Pune (Maharashtra) [India], November 28 (ANI/NewsVoir): Kestrel Logistics today announced a park.",
             "The company (ANI) said it would open a plant.", "He said (PTI) that the talks had failed."]
    seg = Segments.from_pages([lines])
    assert news_credit_lines(seg).tolist() == [1, 1, 0, 0, 0, 0]
    assert wire_datelines(seg).tolist() == [0, 0, 1, 1, 0, 0]


def test_a_releases_contact_block():
    from pagesift.frozen import contact_lines

    body = "The company now expects full-year sales growth of 8% to 9%, up from 6% to 8%, it said in the release."
    pages = [[body, "Media contact", "Ana Ruiz", "Halvard Foods", "612-555-0110", "Tom Hale", "Sign up"],
             [body, "Contact", "(888) 503-6620", "Privacy"],  # a bare "Contact": a site's menu item
             [body, "Press contacts:", "Ana Ruiz", "Halvard Foods"],  # no phone, no e-mail
             ["Home", "Contacts", "Ana Ruiz, ana@halvard.example"],  # no paragraph above
             [body, "For more information, contact:", "Bulgarian", "ana@halvard.example"],  # a one-word line
             [body, "Contact:", "Maria Ocampo, Communications Manager", "555-0142", "Return to full list"],
             [body, "Press office: press@museum.example | +44 20 7946 0011", "Join our mailing list"]]
    seg = Segments.from_pages(pages)
    kept = np.ones(len(seg.texts), dtype=bool)
    assert contact_lines(seg, kept).tolist() == ([False, True, True, True, True, False, False] + [False] * 4
                                                 + [False] * 4 + [False] * 3 + [False] * 4
                                                 + [False, True, True, True, False]  # a label's colon, a local number
                                                 + [False, True, False])  # the heading and its contact on one line
    # under a paragraph the model reads as boilerplate: no block
    kept[0] = False
    assert not contact_lines(seg, kept)[:7].any()


def test_a_dateline_then_today_announced_opens_a_release():
    from pagesift.frozen import opening_lines

    lines = [("FRANKFORT — Governor Miriam Hale today announced $18 million in grants for broadband.", 1),
             ("WASHINGTON - The Justice Department announced today the launch of a video for employers.", 1),
             ("MOSCOW, March 31 (Xinhua) -- President Boris Yeltsin today announced a halt to the offensive.", 0),
             ("WASHINGTON (AP) — The Pentagon today announced new rules for contractors.", 0),  # an agency's
             ("Google today announced the second preview of its phone software.", 0),  # no dateline: a tech site's
             ('BOSTON — "We today announced a plan to cut fares," the mayor said on Monday.', 0)]  # a quote
    texts, want = zip(*lines)
    assert opening_lines(Segments.from_pages([list(texts)])).tolist() == list(want)


def test_the_refiner_keeps_a_signoff_and_drops_a_host_note():
    """After the trees: a wire's mark at most 0.01 boilerplate, a host's note at least 0.99;
    the genres keep their shares; with the options off nothing moves."""
    from pagesift.frozen import Refiner as Frozen

    lines = ["Kenya holds its key rate", "The central bank kept its rate at 9.5 percent, citing stable inflation.",
             "Enditem", "(This story is auto-generated from a syndicated feed.)"]
    seg = Segments.from_pages([lines])
    rows = [{"boilerplate": 0.1, "news": 0.8, "press_release": 0.1},
            {"boilerplate": 0.05, "news": 0.9, "press_release": 0.05},
            {"boilerplate": 0.9, "news": 0.06, "press_release": 0.04},
            {"boilerplate": 0.3, "news": 0.5, "press_release": 0.2}]
    proba = np.array([[row[label] for label in LABELS] for row in rows])
    refiner = Frozen.__new__(Frozen)
    refiner.classes, refiner.run_column_ = LABELS, LABELS.index("boilerplate")
    refiner._trees_decide = lambda seg, proba, words: proba
    b, n, pr = (LABELS.index(k) for k in ("boilerplate", "news", "press_release"))
    assert np.array_equal(refiner.decide(seg, proba), proba)
    refiner.signoffs = refiner.notes = True
    out = refiner.decide(seg, proba)
    assert np.array_equal(out[:2], proba[:2])
    assert out[2, b] == pytest.approx(0.01) and out[2, n] / out[2, pr] == pytest.approx(0.06 / 0.04)
    assert out[3, b] == pytest.approx(0.99) and out[3, n] / out[3, pr] == pytest.approx(0.5 / 0.2)
    np.testing.assert_allclose(out.sum(axis=1), 1)


# Forty-fourth round: a press office's byline, a dateline with the day first, an issuer
# "pleased to announce" outside a quote, a reporter's line under a story; each line with
# whether the pass marks it
ROUND_44_MARKERS = {
    "press_office_lines": [
        ("By Staff Sgt. Dana Ruiz, 412th Airlift Wing Public Affairs", 1), ("By NAVAIR Public Affairs.", 1),
        ("By Callum Reyes, University Communications", 1), ("Story by Jo Pell, Media Relations Office", 1),
        ("By Lt. Mara Quist, 9th Fighter Wing Public Affairs Officer", 1),
        ("By Tom Abara, Public Information Officer", 1), ("By Joab Jackson, IDG News Service", 0),
        ("By submitting your email you agree to marketing communications", 0), ("By Dana Ruiz", 0),
        # forty-seventh round: a portal's press office names whose release it carries
        ("Issued by Umoja Insurance", 1), ("Issued by: BAE Systems Australia", 1),
        ("Issued on behalf of the Department of Labour", 1),
        ("Distributed by Internet Broadcasting. This material may not be published.", 0),
        ("The warning was issued by the weather service on Monday.", 0)],
    "dated_lines": [
        ("Rotterdam, 14 September 2026 – Halden Logistics Group has opened a fully automated warehouse.", 1),
        ("HANOI, VIETNAM - Media OutReach Newswire - 5 August 2026 - The council has awarded the estate.", 1),
        ("Detainee Transfer 16 Dec 2006 -- DoD said it transferred seven detainees to three countries.", 0),
        ("Wednesday, 19 Jul, 2006 - Dark Age of Camelot Vault -- a fan site's news for the game", 0),
        ("TORONTO, May 22, 2018 - Acme Corp. today announced its results for the first quarter of the year.", 1)],
    "opening_lines": [
        ("Ashcombe Rovers are delighted to announce the signing of defender Tomas Ekdahl.", 1),
        ('"We are delighted to announce the signing of Tomas," the club said.', 0),
        ('Hodgson said: "Fulham is delighted to welcome Brede to the club."', 0),
        # a company's own post at a paragraph's start, since the forty-ninth round (on the
        # corpora 16 such release lines, 1 news): a speaker's "We" is inside a quote
        ("We are thrilled to announce our new office in Dublin.", 1),
        ("Kelvora Robotics is pleased to introduce its new warehouse robot.", 1)],
    "news_credit_lines": [
        ("Nadia Voss is a health reporter for The Harbour Post. She can be reached at nvoss@example.com.", 1),
        ("Ms. Or is a reporter for The Daily Kestport in New York.", 1),
        ("Joel Marchetti covers state government for The Standard.", 1),
        ("Reyan Perumal is a content writer at Surge Global, a digital consultancy.", 0),
        ("Dana Ruiz is a spokeswoman for the county.", 0),
        ("Jane Doe is a former reporter for The Kestport Echo who joins Acme as head of communications.", 0),
        ("Dr. Zalis tells the Health Blog that many people avoid the test.", 1),
        ("Four oncologists explained to U.S. News what parents should know about the therapy.", 1),
        ("The mayor told residents at the meeting that the road would reopen.", 0),
        # forty-seventh round: an agency's name alone on its line
        ("(PNA)", 1), ("AAP", 1), ("-- Reuters", 1), ("(AP)", 1), ("DPA", 0), ("PA", 0),
        ("Reuters reported the deal on Monday.", 0)],
}


@pytest.mark.parametrize("name", sorted(ROUND_44_MARKERS))
def test_this_rounds_release_and_news_markers(name):
    import pagesift.frozen as frozen

    lines, want = zip(*ROUND_44_MARKERS[name])
    assert getattr(frozen, name)(Segments.from_pages([list(lines)])).tolist() == list(want)


def test_a_masthead_repeated_at_the_foot_gives_the_owner():
    from pagesift.frozen import masthead_owner

    body = ["The Kestport County Health Department is urging residents with private wells to have them tested."]
    office = ["An official website of Kestport County", "Kestport County Health Department", "Services | News"]
    assert masthead_owner(office + body + ["Kestport County Health Department, 40 Mill Road"]) == \
        {"Kestport County Health Department"}
    assert masthead_owner(office + body + ["Kestport County Health Department"]) == {"Kestport County Health Department"}
    # not at the foot, or not at the start of its line: an address in the town a station names
    assert masthead_owner(office + body) == set()
    assert masthead_owner(["KTLA", "Los Angeles", "Weather"] + body + ["5800 Sunset Blvd, Los Angeles, CA"]) == set()
    # a longer name that starts with it ("Los Angeles Times") is another name
    assert masthead_owner(["Los Angeles"] + body + ["Los Angeles Times Media Group"]) == set()
    # a menu's words, an outlet's name, one word
    for head in ("Contact Us", "Kestport Evening Post", "Kestport"):
        assert masthead_owner([head] + body + [f"{head}, 40 Mill Road"]) == set(), head


TEASERS = ["Home | World | Business",
           "Harbour authority opens a new berth",
           "The Kestport harbour authority opened its fourth deep-water berth on Monday after two years of work on the quay.",
           "More news",
           "Acme names a new chief executive",
           "KESTPORT, May 2, 2024 /PRNewswire/ -- Acme Holdings today named Ilse Varga its chief executive, from June.",
           "May 2, 2024",
           "Ferry fares to rise in January",
           "Fares on the island routes will rise by five percent from January, the regulator said on Wednesday.",
           "May 1, 2024"]


def test_a_wire_dateline_moves_its_teaser_and_not_the_next_one():
    from pagesift.frozen import shift_runs

    seg = Segments.from_pages([TEASERS])
    proba = _run_proba([2, 0, 0, 2, 0, 0, 0, 0, 0, 0])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    n, pr = LABELS.index("news"), LABELS.index("press_release")
    # the dateline is no marker of marker_lines: without `datelines` nothing moves
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, teasers=True), proba)
    # with it and without the cut, the two teasers are one run and both move
    joined = shift_runs(seg, proba, shift, LABELS, 4, passes=["datelines"])
    assert not np.array_equal(joined[7:], proba[7:])
    # the cut at the first teaser's date line: the release's teaser moves, the news teaser
    # after it and the story above "More news" do not
    out = shift_runs(seg, proba, shift, LABELS, 4, teasers=True, passes=["datelines"])
    np.testing.assert_allclose(out[4:7, pr] / out[4:7, n], 10 * proba[4:7, pr] / proba[4:7, n])
    assert np.array_equal(out[:4], proba[:4]) and np.array_equal(out[7:], proba[7:])


STATEMENT_PAGE = ["Home | News | Contact",
                  "Harbour bill passes the Senate",
                  "WASHINGTON - Senator Dana Corr issued the following statement after the Senate passed the Harbour Act:",
                  "\"Kestport's fishermen have waited ten years for this berth, and today they have it.\"",
                  "Share this",
                  "More news",
                  "Ferry fares to rise in January",
                  "Fares on the island routes will rise by five percent from January, the regulator said on Wednesday."]


def _moves_the_story_run_only_with(seg, flag, without=(), toward="press_release"):
    """On a page laid out as STATEMENT_PAGE (menu; story rows 1-3; share bar, "More
    news"; a teaser), with the release voice left out: the shift with the `without` flags
    leaves every score as it was, with `flag` the story's run moves by the odds (x10)
    `toward` press release (or news) and nothing else moves."""
    from pagesift.frozen import shift_runs

    proba = _run_proba([2, 0, 0, 0, 2, 2, 0, 0])
    no_voice = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    n, pr = LABELS.index("news"), LABELS.index("press_release")
    assert np.array_equal(shift_runs(seg, proba, no_voice, LABELS, 4, passes=without), proba)
    out = shift_runs(seg, proba, no_voice, LABELS, 4, passes=[flag])
    odds = 10.0 if toward == "press_release" else 0.1
    np.testing.assert_allclose(out[1:4, pr] / out[1:4, n], odds * proba[1:4, pr] / proba[1:4, n])
    assert np.array_equal(out[4:], proba[4:]) and np.array_equal(out[0], proba[0])


def test_a_following_statement_moves_its_run_with_the_release_voice_left_out():
    from pagesift.frozen import marker_lines, statement_lines

    seg = Segments.from_pages([STATEMENT_PAGE])
    # the phrase is in the release voice's column too, and (statement_lines) on its own row only
    assert marker_lines(seg, 4)[2].tolist() == [False, False, True, False]
    assert statement_lines(seg).tolist() == [0, 0, 1, 0, 0, 0, 0, 0]
    # the voice left out (as the validation split picks on some draws): only `statements`
    # moves the statement's run, as a "###" would
    _moves_the_story_run_only_with(seg, "statements")
    # remarks given out count too, which the release voice does not have; a reporter's
    # "said in a statement" does not
    lines = ["Congressman Lee delivered the following remarks at the harbour this morning:",
             "The senator said in a statement that the following statement was not hers."]
    assert marker_lines(Segments.from_pages([lines]), 4)[:, 2].tolist() == [False, False]
    assert statement_lines(Segments.from_pages([lines])).tolist() == [1, 0]


OPENING_PAGE = ["Home | News | Contact",
                "Corr and Lee bring the Harbour Act to the Senate",
                "WASHINGTON – Today, U.S. Senators Dana Corr (D-KS) and Sam Lee (R-KS) introduced the Harbour Act "
                "to fund a deep-water berth at Kestport.",
                "\"Kestport's fishermen have waited ten years for this berth,\" said Corr.",
                "Share this",
                "More news",
                "Ferry fares to rise in January",
                "Fares on the island routes will rise by five percent from January, the regulator said on Wednesday."]


def test_a_release_opening_today_moves_its_run_and_a_story_with_today_does_not():
    from pagesift.frozen import opening_lines

    seg = Segments.from_pages([OPENING_PAGE])
    assert opening_lines(seg).tolist() == [0, 0, 1, 0, 0, 0, 0, 0]
    # "Today, ... introduced" is not in the release voice (its "today" comes first)
    _moves_the_story_run_only_with(seg, "openings", without=("statements",))
    # a story's "today" comes after what happened, or is not the line's first word; a
    # release's opening without a dateline counts
    lines = ["The senators announced today that the Harbour Act had passed.",
             "WASHINGTON (Reuters) - Lawmakers said on Tuesday that, today, the bill was announced.",
             "Two senators today introduced a bill to fund the berth.",
             "Today, a startup called Harbourly is coming out of stealth with a berth-booking app.",
             "Today, the Kestport Harbour Trust announced a new chair.",
             "KESTPORT, KS—Today, Representatives Lee and Corr sent a letter to the Harbour Board.",
             "(KESTPORT, K.S.) - Today, Congresswoman Corr honored the harbour's pilots.",
             "Washington, D.C. Today, Senator Corr spoke on the Senate floor."]
    assert opening_lines(Segments.from_pages([lines])).tolist() == [0, 0, 0, 0, 1, 1, 1, 1]


def test_an_issuers_act_today_opens_a_release_and_an_agencys_story_does_not():
    from pagesift.frozen import opening_lines

    lines = [("The Chief Justice, Hon. Justice Amara Kessi, today opened a new High Court station in Moriva.", 1),
             ("Congressman Lee today joined colleagues of both parties to call for action on the harbour.", 1),
             ("JERUSALEM, February 15 (Xinhua) -- The president today urged Israel to halt construction.", 0),
             ("The award was today awarded to two founders of the studio, the association said.", 0),  # passive
             ("Apple today announced updates to its desktop computers.", 0),  # a product's news
             ('"We today opened a new chapter," the mayor said on Monday.', 0)]  # a quote
    texts, want = zip(*lines)
    assert opening_lines(Segments.from_pages([list(texts)])).tolist() == list(want)


def test_an_issuers_praise_of_itself_opening_a_line_moves_its_run():
    """Invented lines in the reference page's teaser form and a newswire's; a story's company
    named with what it makes, or further into a sentence, does not count."""
    from pagesift.frozen import appositive_lines, opening_lines

    page = list(OPENING_PAGE)
    page[2] = ("Accra, Nov 30: Kwanza Mobile Money, a leading digital payments provider in West Africa, has been "
               "named Fintech of the Year for the second year running.")
    seg = Segments.from_pages([page])
    assert appositive_lines(seg).tolist() == [0, 0, 1, 0, 0, 0, 0, 0]
    # (since the fifty-ninth round the teaser-act opening takes this lead too: a word may follow
    # the organisation's, "Kwanza Mobile Money"; so the openings are left out here)
    assert (opening_lines(seg) > 0).tolist() == [False, False, True] + [False] * 5
    _moves_the_story_run_only_with(seg, "appositives", without=("statements",))
    lines = ["Mumbai (Maharashtra) [India], April 20: Harbourly, the leading provider of berth-booking software, "
             "has been recognised.",
             "SINGAPORE, Dec. 2, 2026 /NewsAsia Wire/ -- Lumiq Health, a provider of imaging software, today said.",
             "Tessellate (Nasdaq: TSL), one of the world's foremost design-review platforms, raised $18 million.",
             "Hartwell Motors, a maker of delivery vans, is recalling 48,000 vehicles.",
             "Analysts said Hartwell, a leading maker of vans, would cut 200 jobs.",
             "The regulator, a leading voice on privacy, fined the exchange on Wednesday."]
    assert appositive_lines(Segments.from_pages([lines])).tolist() == [1, 1, 1, 0, 0, 0]


def test_a_dateline_with_the_year_moves_its_run_and_a_wire_story_dateline_does_not():
    from pagesift.frozen import dated_lines

    page = ["Home | Research | Contact",
            "Harbour mud holds a new antibiotic",
            "KESTPORT, Kan., May 22, 2018 - Researchers at Kestport University have found a compound in "
            "harbour mud that kills drug-resistant bacteria in the lab.",
            "The team will test it in mice next year.",
            "Share this",
            "More news",
            "Ferry fares to rise in January",
            "KESTPORT, May 23 (Harbour Wire) -- Fares on the island routes will rise by five percent from January."]
    seg = Segments.from_pages([page])
    assert dated_lines(seg).tolist() == [0, 0, 1, 0, 0, 0, 0, 0]
    _moves_the_story_run_only_with(seg, "dated", without=("statements", "openings"))
    lines = ["WEDNESDAY, Jan. 11, 2012 (Harbour Health News) -- A new stem cell treatment helped ten patients.",
             "Rockville, Md. (November 15, 2018)--Hot water treatment may help people who are unable to exercise.",
             "PORTLAND, Ore. - Dec. 8, 2015 - It's National Pear Month and the perfect time to enjoy a pear.",
             "May 22, 2018",
             "The harbour was dredged on May 22, 2018 - the first time in a decade - at a cost of four million.",
             "Ames, United States - October 27, 2025 / AmesCars.com /",  # short, the issuer between slashes
             "Ames, United States - October 27, 2025"]
    assert dated_lines(Segments.from_pages([lines])).tolist() == [0, 1, 1, 0, 0, 1, 0]


# a marker pass (frozen.RELEASE_PASSES, NEWS_PASSES): a release's (or story's) three lines (a
# headline, a lead and one more), the one of them it takes, and lines of which it takes those
# marked 1
PASS_CASES = {
    "prosecutions": (
        ["Kestport man sentenced for harbour fraud",
         "A Kestport man was sentenced to six years in state prison on Friday for defrauding the harbour "
         "pension fund of $2 million over eight years.",
         "The case was prosecuted by Senior Deputy District Attorney Sam Lee of the Major Fraud Unit."], 2,
        [("Assistant U.S. Attorney Dana Corr is prosecuting the case.", 1),
         ("This case was investigated by the Kestport Police Department and the FBI.", 1),
         ("The case is being handled by Assistant U.S. Attorney Dana Corr.", 1),
         ("Prosecutor Dana Corr told the jury the harbour fraud was planned for years.", 0),
         ("He was tried in 2019 and acquitted; the case was investigated again last year.", 0),
         ("The men will be prosecuted by the state, the attorney general said.", 0),
         ("Attorneys for the family are handling the case without a fee.", 0)]),
    "said_today": (
        ["Harbour fraud charges filed",
         "Kestport County District Attorney Dana Corr said today that her office has charged a harbour "
         "official with stealing $2 million from the pension fund.",
         "\"The harbour's workers trusted this fund,\" said Corr."], 1,
        [("KESTPORT, Kan. - Senator Sam Lee said today that the Harbour Act will pass.", 1),
         ("A harbour official was charged with fraud, District Attorney Dana Corr said today.", 0),
         ("Officials said today that the ferry would run again.", 0),
         ("The senator said on Tuesday that today was a good day for the harbour.", 0)]),
    "documents": (
        ["Corr and Lee press the Harbour Board on berth delays",
         "Senators Dana Corr and Sam Lee wrote to the Harbour Board on Thursday asking why the deep-water "
         "berth at Kestport is two years late and $40 million over budget.",
         "The full text of the letter is available here."], 2,
        [("Click here to read the letter.", 1),
         ("Senator Corr's remarks as prepared for delivery:", 1),
         ("A copy of the bill can be found on the senator's website.", 1),
         ("Her statement is below.", 1),
         ("A copy of the letter was obtained by The Kestport Times.", 0),
         ("Read the letter, which the Times obtained, in full.", 0),
         ("The text of the bill was changed twice in committee.", 0)]),
    "press_office": (
        ["Kestport study finds harbour dredging harms oyster beds",
         "Dredging the Kestport channel cut the oyster beds near the harbour by a third in two years, "
         "researchers at Kestport University found in a study of the estuary.",
         "Dr Dana Corr, the study's lead author, is available for interviews."], 2,
        [("SOURCE Kestport University", 1),
         ("To schedule an interview, contact Jo Pell at the press office.", 1),
         ("Forward-Looking Statements", 1),
         ("This press release contains forward-looking statements about the berth.", 1),
         ("Disclaimer: The information provided in this press release is not investment advice.", 1),
         ("The company issued a press release on Monday about the berth.", 0),
         ("For media inquiries, please contact Jo Pell.", 1),
         ("To view the full announcement, including images, click here.", 1),
         ("Media Inquiries", 0),
         ("View original content to download multimedia: https://example.com/kestport", 1),
         ("WHEN: Monday, 11 May 2022, 10 a.m.", 1),
         ("Founded in 1998, Kestport Ferries runs six routes.", 1),
         ("Source: Kestport Times", 0),
         ("The source of the leak was found on Monday.", 0),
         ("When: the ferry leaves at ten, the regulator said.", 0),
         ("The senator was not available for comment on Monday.", 0),
         ("Investors looking for forward guidance were disappointed.", 0)]),
    "news_credits": (
        ["Kestport dock strike ends after three weeks",
         "KESTPORT, England (Reuters) - Dock workers at Kestport went back to work on Monday after a "
         "three-week strike over pay that left dozens of ships waiting offshore.",
         "The union said its members had accepted a six percent rise."], 1,
        [("WASHINGTON, Jan 5 (AP) -- Congress passed the harbour bill on Friday.", 1),
         ("(HealthDay News) -- Dredging may harm oyster beds, a study finds.", 1),
         ("Jo Pell, Staff Writer", 1),
         ("HealthDay Reporter", 1),
         ("Write to Jo Pell at jo.pell@kestport-times.example", 1),
         ("KESTPORT, Kan. (BUSINESS WIRE)--Acme today announced a new ferry.", 0),
         ("Honolulu, HI (Newsworthy.ai) Monday Jan 22, 2024 -- Acme opened a clinic.", 0),
         ("The regulator (AP) said nothing more.", 0),
         ("Jo Pell, Staff Writer at the Times for ten years, retired on Monday.", 0)]),
}


@pytest.mark.parametrize("name", sorted(PASS_CASES))
def test_a_marker_pass_moves_its_run_and_takes_no_line_of_the_other_genre(name):
    from pagesift.frozen import NEWS_PASSES, RELEASE_PASSES

    passes = {**RELEASE_PASSES, **NEWS_PASSES}
    story, marked, lines = PASS_CASES[name]
    # STATEMENT_PAGE's layout: a menu, the story, a share bar, "More news", a news teaser
    page = ["Home | News | Contact", *story, "Share this", "More news", "Ferry fares to rise in January",
            "Fares on the island routes will rise by five percent from January, the regulator said on Wednesday."]
    seg = Segments.from_pages([page])
    mark = [1 if row == 1 + marked else 0 for row in range(len(page))]
    assert passes[name](seg).tolist() == mark
    # the other passes take nothing on the page: only this one moves the story's run
    _moves_the_story_run_only_with(seg, name, without=tuple(other for other in passes if other != name),
                                   toward="news" if name in NEWS_PASSES else "press_release")
    texts, taken = zip(*lines)
    assert passes[name](Segments.from_pages([list(texts)])).tolist() == list(taken)


def test_teaser_blocks_cut_after_a_date_line_and_not_inside_a_story():
    from pagesift.frozen import teaser_blocks

    story = ["Harbour authority opens a new berth", "May 11, 2022",
             "The Kestport harbour authority opened its fourth deep-water berth on Monday after two years of work on the quay.",
             "The berth can take ships of up to 300 metres and will handle most of the port's container traffic from next spring."]
    seg = Segments.from_pages([story, TEASERS])
    content = np.ones(len(seg), dtype=bool)
    start, stop = teaser_blocks(seg, content)
    assert start[:4].tolist() == [0] * 4 and stop[:4].tolist() == [4] * 4  # a date line then the body: one block
    # the second page: cut after each teaser's date line ("May 2, 2024"), not after the last line
    assert start[4:].tolist() == [4] * 7 + [11] * 3 and stop[4:].tolist() == [11] * 7 + [14] * 3
    # a headline long enough to be a paragraph is still a headline: it ends in no full stop
    long = ["A teaser's lead paragraph that ends the way that paragraphs mostly do, with a full stop.", "Sep 23, 2016",
            "New survey finds small businesses slow to adopt new tools and unfazed by tariffs as costs rise again",
            "Its lead paragraph, which also ends with a full stop as the first one did."]
    assert teaser_blocks(Segments.from_pages([long]), np.ones(4, dtype=bool))[0].tolist() == [0, 0, 2, 2]
    # a release's header: contacts and titles, then its date, title and body; no lead above
    # the date, so no cut parts the title and body from the header's marker
    header = ["Media inquiries: Jo Pell 0400 000 000", "Authorised by Dana Corr MP, Kestport",
              "Minister for Ports", "Monday, 11 May 2022", "New berth for Kestport harbour",
              "The Government has opened a fourth deep-water berth at Kestport, ahead of the busy season."]
    assert teaser_blocks(Segments.from_pages([header]), np.ones(6, dtype=bool))[0].tolist() == [0] * 6
    # nor does the last paragraph of the page before count as a lead
    pages = Segments.from_pages([long[:1], header[3:]])
    assert teaser_blocks(pages, np.ones(4, dtype=bool))[0].tolist() == [0, 1, 1, 1]
    # a date line taken for boilerplate cuts nothing: runs end there anyway
    content[10] = False
    assert teaser_blocks(seg, content)[0][4:].tolist() == [4] * 10


def test_headline_cuts_part_teasers_with_no_date_and_not_a_story():
    from pagesift.frozen import shift_runs, teaser_blocks

    teasers = ["More news", "Harbour dredging to start next month after two-year delay",
               "Work to deepen the Kestport harbour will begin in March, the port authority confirmed on Friday.",
               "Saltway Ferries Takes Delivery of Hybrid Vessel MV Keldra",
               "KESTPORT, Feb. 4, 2025 /PRNewswire/ -- Saltway Ferries today announced that it has taken delivery "
               "of its first hybrid vessel."]
    seg = Segments.from_pages([teasers])
    content = np.array([False, True, True, True, True])
    unmarked = np.zeros(5, dtype=bool)
    assert teaser_blocks(seg, content)[0].tolist() == [0] * 5  # no date line: one block
    assert teaser_blocks(seg, content, unmarked)[0].tolist() == [0, 0, 0, 3, 3]
    # the release's dateline no longer moves the news teaser above it
    proba = _run_proba([2, 0, 0, 1, 1])
    shift = np.log(100) * np.array([1.0, -1.0, 0.0, -1.0])
    joined = shift_runs(seg, proba, shift, LABELS, 4, teasers=True, passes=["datelines"])
    parted = shift_runs(seg, proba, shift, LABELS, 4, teasers=True, passes=["datelines"], headlines=True)
    assert (joined[1:3].argmax(axis=1) == LABELS.index("press_release")).all()
    assert (parted[1:3].argmax(axis=1) == LABELS.index("news")).all() and np.array_equal(parted[3:], joined[3:])
    # a lead that is a marker line (a release's opening under its title) is no teaser's lead when
    # more of the body follows the pair under it; when that pair is the page's last, it is
    # (seventieth round)
    marked = unmarked.copy()
    marked[2] = True
    assert teaser_blocks(seg, content, marked)[0].tolist() == [0, 0, 0, 3, 3]
    longer = Segments.from_pages([teasers + ["The vessel will enter service on the Kestport route in April, the "
                                             "company said."]])
    assert teaser_blocks(longer, np.append(content, True), np.append(marked, False))[0].tolist() == [0] * 6
    # nor is a pair that does not start its run: under a story's paragraph, no chrome above
    under = Segments.from_pages([["The berth can take ships of up to 300 metres and will handle most of the traffic.",
                                  *teasers[1:]]])
    assert teaser_blocks(under, np.ones(5, dtype=bool), unmarked)[0].tolist() == [0] * 5
    body = ["The Kestport harbour authority opened its fourth deep-water berth on Monday after two years of work.",
            "The berth can take ships of up to 300 metres and will handle most of the port's container traffic."]
    # a story's subheading: two paragraphs above it, not one lead under a headline
    story = ["Harbour authority opens a new berth", *body, "What happens next",
             "Dredging of the approach channel starts in the spring and will take about four months to finish."]
    assert teaser_blocks(Segments.from_pages([story]), np.ones(5, dtype=bool), unmarked)[0].tolist() == [0] * 5
    # a line that ends in a colon introduces what follows: no headline
    quote = ["Harbour authority opens a new berth", body[0], "The harbour master said:", body[1]]
    assert teaser_blocks(Segments.from_pages([quote]), np.ones(4, dtype=bool), unmarked[:4])[0].tolist() == [0] * 4
    # a byline under a standfirst is a marker line (shift_runs passes its markers): no headline
    standfirst = ["Harbour authority opens a new berth",
                  "The port's biggest project in a generation is finished two months early and under budget.",
                  "By Orla Kessing", *body]
    byline = np.array([False, False, True, False, False])
    assert teaser_blocks(Segments.from_pages([standfirst]), np.ones(5, dtype=bool), byline)[0].tolist() == [0] * 5


def test_touching_reaches_past_one_chrome_line():
    from pagesift.frozen import shift_runs

    # the story, then "Share this" and its "###", both read as boilerplate
    page = RUN_PAGE[:4] + ["Share this", "###"] + RUN_PAGE[5:]
    seg = Segments.from_pages([page])
    proba = _run_proba([2, 0, 0, 0, 2, 2, 2, 0, 0])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, touching=1), proba)
    out = shift_runs(seg, proba, shift, LABELS, 4, touching=2)
    assert not np.array_equal(out[1:4], proba[1:4])
    # not upwards: the teaser under "More news" is not the release's
    assert np.array_equal(out[4:], proba[4:])


def test_a_release_footer_reaches_its_body_past_chrome_and_not_the_teasers_below():
    from pagesift.frozen import footer_lines, shift_runs

    # a story, a share bar and a related link, then "About Kestport Harbour" over its
    # paragraph: two chrome lines part the About section from the body; then a teaser
    page = [*RUN_PAGE[:4], "Share this", "Related: the port's map", "About Kestport Harbour",
            "Kestport Harbour runs the island's deep-water port and its ferry terminal on behalf of the state.",
            *RUN_PAGE[5:]]
    seg = Segments.from_pages([page])
    assert footer_lines(seg).tolist() == [row == 6 for row in range(len(page))]
    proba = _run_proba([2, 0, 0, 0, 2, 2, 1, 1, 2, 0, 0])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    # touching reaches past one chrome line, not two
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, touching=2)[1:4], proba[1:4])
    out = shift_runs(seg, proba, shift, LABELS, 4, touching=2, reach=16)
    assert (out[1:4, 1] > proba[1:4, 1]).all() and (out[1:4, 0] < proba[1:4, 0]).all()
    assert np.allclose(out[1:4].sum(axis=1), proba[1:4].sum(axis=1))  # how much a line is boilerplate stays
    assert np.array_equal(out[[0, 4, 5, 8, 9, 10]], proba[[0, 4, 5, 8, 9, 10]])  # chrome, "More news", the teaser
    # three lines up is beyond a reach of two
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, touching=2, reach=2)[1:4], proba[1:4])
    # "About us" is a site's link, and an "About" line over no paragraph is a menu's
    assert not footer_lines(Segments.from_pages([["About us", RUN_PAGE[2]], ["About Kestport", "Contact"]])).any()


def test_a_contact_details_heading_is_a_footer_over_a_phone_or_an_email_only():
    from pagesift.frozen import footer_lines, shift_runs

    block = ["Contact Details", "Kestport Harbour Board", "+44 20 7946 0321", "press@kestport.example"]
    # a release's body, a share bar, then its contact block; a teaser under "More news"
    page = [*RUN_PAGE[:4], "Share this", *block, *RUN_PAGE[5:]]
    seg = Segments.from_pages([page, ["Contact Info", "Advertise", "Careers", "Sitemap", "Jobs"],
                               ["Contact information:", "Home", "News", "Sport", "Our office: +44 20 7946 0999"]])
    # a menu's "Contact Info", and a heading with the phone too far below it, are not
    assert footer_lines(seg).tolist() == [row == 5 for row in range(len(page))] + [False] * 10
    proba = _run_proba([2, 0, 0, 0, 2, 2, 2, 2, 2, 2, 0, 0])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    single = Segments.from_pages([page])
    # the heading is boilerplate, one chrome line below the body: touching alone does not reach it
    assert np.array_equal(shift_runs(single, proba, shift, LABELS, 4, touching=2)[1:4], proba[1:4])
    out = shift_runs(single, proba, shift, LABELS, 4, touching=2, reach=16)
    assert (out[1:4, 1] > proba[1:4, 1]).all() and (out[1:4, 0] < proba[1:4, 0]).all()
    assert np.array_equal(out[10:], proba[10:])  # the teaser below is not the release's


def test_an_expert_on_offer_closes_a_release_and_reaches_its_body():
    from pagesift.frozen import footer_lines, shift_runs

    page = [*RUN_PAGE[:4], "Share this",
            "Harbour master Ilse Varga is available for interviews on the berth's opening.",
            *RUN_PAGE[5:]]
    seg = Segments.from_pages([page])
    assert footer_lines(seg).tolist() == [row == 5 for row in range(len(page))]
    proba = _run_proba([2, 0, 0, 0, 2, 1, 2, 0, 0])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    out = shift_runs(seg, proba, shift, LABELS, 4, touching=2, reach=16)
    assert (out[1:4, 1] > proba[1:4, 1]).all() and np.array_equal(out[6:], proba[6:])
    # a news story's quote of someone unavailable is not
    assert not footer_lines(Segments.from_pages([["The minister was not available for comment on Monday."]])).any()


def test_a_release_footer_reaches_each_part_of_its_body_and_stops_at_a_teaser():
    from pagesift.frozen import shift_runs

    teaser = ["Ferry fares to rise in January", RUN_PAGE[7], "May 2, 2024"]
    part = ["The berth can take ships of up to 300 metres and will handle most of the port's container traffic "
            "from next spring.", "Advertisement",
            "Work on a fifth berth starts next year, once the harbour authority has approved the plans for the quay."]
    # a teaser (headline, lead, date), then a release's body parted by an advert, chrome and its "###"
    page = ["Home | World | Business", *teaser, "Read more", RUN_PAGE[2], *part, "Share this", "Print", "###"]
    seg = Segments.from_pages([page])
    proba = _run_proba([2, 0, 0, 0, 2, 0, 0, 2, 0, 2, 2, 2])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    out = shift_runs(seg, proba, shift, LABELS, 4, touching=2, reach=16)
    body = [5, 6, 8]
    assert (out[body, 1] > proba[body, 1]).all()  # both parts of the body
    assert np.array_equal(out[1:4], proba[1:4])  # not the teaser above, whose run ends in its date
    # within reach only: the nearest part is three lines up, the one above it five
    near = shift_runs(seg, proba, shift, LABELS, 4, touching=2, reach=4)
    assert (near[8, 1] > proba[8, 1]) and np.array_equal(near[5:7], proba[5:7])


def test_a_release_header_reaches_its_body_below_past_chrome():
    from pagesift.frozen import header_lines, shift_runs

    page = ["Home | World | Business", "FOR IMMEDIATE RELEASE", "Share this", "Print", *RUN_PAGE[1:4], *RUN_PAGE[5:]]
    seg = Segments.from_pages([page])
    assert header_lines(seg).tolist() == [row == 1 for row in range(len(page))]
    proba = _run_proba([2, 2, 2, 2, 0, 0, 0, 2, 0, 0])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, touching=2), proba)
    out = shift_runs(seg, proba, shift, LABELS, 4, touching=2, reach=16)
    assert (out[4:7, 1] > proba[4:7, 1]).all()
    assert np.array_equal(out[:4], proba[:4]) and np.array_equal(out[7:], proba[7:])
    # a menu's "Press Release" is no header: on a news site it named the news story below
    lines = ["Press Release", "Media release", "Embargoed until 00:01, 12 May", "Media Advisory: ferry fares"]
    assert header_lines(Segments.from_pages([lines])).tolist() == [False, False, True, True]


def test_refiners_pickled_before_datelines_and_teasers_score_as_before(fitted):
    seg, gold, proba, _ = fitted
    kwargs = dict(max_iter=10, bags=1, datelines=False, teasers=False, statements=False, openings=False, dated=False,
                  prosecutions=False, said_today=False, documents=False, press_office=False, news_credits=False,
                  reach=0, opening_reach=0, cohesion=False, touching=1)
    refiner = Refiner(**kwargs).fit((seg, proba), gold)
    old = Refiner(**kwargs).fit((seg, proba), gold)
    for name in ("datelines", "teasers", "statements", "openings", "dated", "prosecutions", "said_today",
                 "documents", "press_office", "news_credits", "reach", "opening_reach", "cohesion", "words"):
        del old.__dict__[name]
    old.touching = True
    assert np.array_equal(old.adjust(seg, proba), refiner.adjust(seg, proba))


def test_a_release_opening_speaks_for_its_body_below_past_chrome_and_not_for_teasers():
    from pagesift.frozen import shift_runs

    speech = ["Senator Ilse Varga today delivered the following remarks on the floor of the Senate about the harbour bill.",
              "The harbour bill before us will decide whether the island keeps its ferries running through the winter.",
              "Anchor",
              "It is a bill that our neighbours in every port of the island have asked us to pass without any delay.",
              "Giving Back",
              "I urge my colleagues to vote for it this week, before the ferries stop for the season in November.",
              "More news",
              "Ferry fares to rise in January",
              "Fares on the island routes will rise by five percent from January, the regulator said on Wednesday."]
    seg = Segments.from_pages([speech])
    proba = _run_proba([1, 1, 2, 0, 2, 0, 2, 0, 0])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    before = shift_runs(seg, proba, shift, LABELS, 4, touching=2, passes=["statements"])
    assert np.array_equal(before[3], proba[3]) and np.array_equal(before[5], proba[5])  # chrome parts the body
    out = shift_runs(seg, proba, shift, LABELS, 4, touching=2, passes=["statements"], opening_reach=40)
    assert out[3, 1] > proba[3, 1] and out[5, 1] > proba[5, 1]  # each part of the body below
    assert np.allclose(out[[3, 5]].sum(axis=1), proba[[3, 5]].sum(axis=1))
    assert np.array_equal(out[7:], proba[7:])  # a teaser starts with a headline: not the body's
    # without the pass, or beyond the reach, nothing below moves
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, touching=2, opening_reach=40)[3:], proba[3:])
    near = shift_runs(seg, proba, shift, LABELS, 4, touching=2, passes=["statements"], opening_reach=3)
    assert near[3, 1] > proba[3, 1] and np.array_equal(near[5], proba[5])


def test_the_trees_read_how_lines_share_their_words_with_the_lines_around(fitted):
    from pagesift.batch import _context_rows
    from pagesift.frozen import COHESION_NAMES, COHESION_WINDOW, cohesion

    seg, gold, proba, _ = fitted
    rows = np.arange(0, len(seg), 3)
    plain = Refiner(cohesion=False, frames=False, max_iter=10, bags=1).fit((seg, proba), gold)
    refiner = Refiner(cohesion=True, frames=False, max_iter=10, bags=1).fit((seg, proba), gold)
    both = refiner.features(seg, proba, rows)
    block = _context_rows(seg, cohesion(seg), COHESION_WINDOW, refiner.wide, rows)
    assert block.shape[1] > len(COHESION_NAMES) and block.any()
    assert np.array_equal(both, np.hstack([plain.features(seg, proba, rows), block]))
    assert refiner.trees_.raw(both).shape[0] == len(rows)


def test_the_trees_read_the_paragraphs_that_frame_a_block_of_short_lines(fitted):
    from pagesift.frozen import list_frames

    seg, gold, proba, _ = fitted
    rows = np.arange(0, len(seg), 3)
    plain = Refiner(frames=False, max_iter=10, bags=1).fit((seg, proba), gold)
    refiner = Refiner(frames=True, max_iter=10, bags=1).fit((seg, proba), gold)
    both = refiner.features(seg, proba, rows)
    block = list_frames(seg, np.log(np.clip(proba, 1e-6, 1.0)))[rows]
    assert block[:, 0].any() and not block[:, 0].all()  # paragraphs and short lines
    assert np.array_equal(both, np.hstack([plain.features(seg, proba, rows), block]))
    assert refiner.trees_.raw(both).shape[0] == len(rows)


def test_the_trees_can_read_what_a_lines_own_words_add_to_its_scores(fitted):
    from pagesift.batch import _context_rows
    from pagesift.frozen import COHESION_WINDOW

    seg, gold, proba, _ = fitted
    words = np.random.RandomState(4).normal(size=proba.shape)
    words[:, LABELS.index(BOILERPLATE)] += 2 * (np.asarray(gold) == BOILERPLATE)
    plain = Refiner(max_iter=10, bags=1).fit((seg, proba), gold)
    refiner = Refiner(max_iter=10, words=True, bags=1).fit((seg, proba, words), gold)
    columns = refiner.word_columns(words)
    # boilerplate over the mean of the genres, press release over news
    k = {label: LABELS.index(label) for label in LABELS}
    assert np.allclose(columns[:, 0], words[:, k[BOILERPLATE]] - (words[:, k["news"]] + words[:, k["press_release"]]) / 2)
    assert np.allclose(columns[:, 1], words[:, k["press_release"]] - words[:, k["news"]])
    rows = np.arange(0, len(seg), 3)
    block = _context_rows(seg, columns, COHESION_WINDOW, refiner.wide, rows)
    assert np.array_equal(refiner.features(seg, proba, rows, words),
                          np.hstack([plain.features(seg, proba, rows), block]))
    with pytest.raises(ValueError, match="own words"):
        refiner.adjust(seg, proba)
    # the words' scores carry the gold boilerplate here: the trees split on them, and
    # other words' scores give other decisions
    out = refiner.adjust(seg, proba, words)
    assert not np.allclose(out, refiner.adjust(seg, proba, words[::-1]))
    y = np.asarray(gold) == BOILERPLATE
    unsure = refiner.unsure(proba, seg)
    assert ((out[unsure].argmax(1) == k[BOILERPLATE]) == y[unsure]).mean() > 0.9


def test_a_stacked_classifiers_word_scores_are_what_the_lines_own_words_say(train_tsv):
    from pagesift.frozen import Blocks
    from pagesift.io import read_labeled_many
    from pagesift.training import fit_pages

    pipeline = fit_pages(read_labeled_many([str(train_tsv)]), quiet=True)
    classifier = pipeline.named_steps["classifier"]
    texts = [[t for t, _ in p] for p in labelled_pages(3, seed=7)]
    X = pipeline[:-1].transform(Segments.from_pages(texts))
    gold = np.array([label for p in labelled_pages(3, seed=7) for _, label in p])
    words = classifier.word_scores(X)
    assert words.shape == (len(gold), len(classifier.classes_))
    # the line's own words: chrome's say boilerplate over the genres more than the stories' do
    refiner = Refiner(classes=[str(c) for c in classifier.classes_], words=True)
    towards = refiner.word_columns(words)[:, 0]
    assert towards[gold == BOILERPLATE].mean() > towards[gold != BOILERPLATE].mean()
    # and nothing else: with the first block emptied they are zero
    empty = Blocks([X.parts[0] * 0, *X.parts[1:]], segments=X.segments)
    assert np.array_equal(classifier.word_scores(empty), np.zeros_like(words))


PROMO = ["Home | Markets | Crypto",
         "Harbourcoin opens staking to all holders",
         "By Simon Fraiser",
         "KESTPORT, March 3, 2024 (GLOBE NEWSWIRE) -- Harbourcoin today opened staking to all of its holders, "
         "paying them a share of the network's fees every week.",
         "There is no lock-up period, and holders can leave the programme at any time, the foundation said.",
         "More news",
         "Ferry fares to rise in January"]


def test_a_byline_over_a_wire_dateline_does_not_keep_a_release_news():
    """A sponsored release with its writer's byline: the byline (news marker) and the
    distribution service's dateline (release marker) cancel in the run; with `wire_lead` the
    dateline, which only a distribution service writes, wins."""
    from pagesift.frozen import marker_lines, shift_runs, wire_datelines

    seg = Segments.from_pages([PROMO])
    assert marker_lines(seg, 4)[2, 1] and wire_datelines(seg)[3] == 1.0
    proba = _run_proba([2, 0, 0, 0, 0, 2, 2])
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    n, pr = LABELS.index("news"), LABELS.index("press_release")
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, passes=["datelines"]), proba)
    out = shift_runs(seg, proba, shift, LABELS, 4, passes=["datelines"], wire_lead=True)
    np.testing.assert_allclose(out[1:5, pr] / out[1:5, n], 10 * proba[1:5, pr] / proba[1:5, n])
    assert np.array_equal(out[[0, 5, 6]], proba[[0, 5, 6]])


def test_a_wire_dateline_does_not_outrank_a_news_marker_below_it_or_lead_a_teaser_under_a_story():
    from pagesift.frozen import shift_runs

    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    # a news teaser's byline in the release's run, below its dateline: both still count
    below = PROMO[:5] + ["Ferry fares to rise in January", "By Ailsa Brodie"]
    proba = _run_proba([2, 0, 0, 0, 0, 0, 0])
    seg = Segments.from_pages([below])
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, passes=["datelines"], wire_lead=True),
                          shift_runs(seg, proba, shift, LABELS, 4, passes=["datelines"]))
    # the dateline is a teaser's lead under a story with its byline: the story's paragraph
    # comes first in the run, so the byline stays
    story = ["Home", "Ferry fares to rise in January", "By Ailsa Brodie",
             "Fares on the island routes will rise by five percent from January, the regulator said on Wednesday.",
             PROMO[3]]
    seg = Segments.from_pages([story])
    proba = _run_proba([2, 0, 0, 0, 0])
    assert np.array_equal(shift_runs(seg, proba, shift, LABELS, 4, passes=["datelines"], wire_lead=True),
                          shift_runs(seg, proba, shift, LABELS, 4, passes=["datelines"]))


def test_a_statements_title_is_a_release_marker():
    from pagesift.frozen import statement_lines

    lines = [("Statement from Congressman Horsford on Kabul Airport Attack", 1),
             ("STATEMENT REGARDING TODD SPITZER DISSEMINATING COURT SEALED MATERIALS", 1),
             ("Statement regarding national team head coach", 1),
             ("Joint statement on the conduct of the municipal by-elections held on 2 December", 1),
             ("The senator issued the following statement:", 1),
             ("Statement on the economy draws criticism from the opposition, which called it vague.", 0),  # a sentence
             ("Statements", 0), ("A statement from the club is expected on Friday", 0),
             ("Statement by " + " ".join(["word"] * 30), 0)]  # too long for a title
    texts, want = zip(*lines)
    assert statement_lines(Segments.from_pages([list(texts)])).tolist() == list(want)


def test_a_numbered_release_and_an_issuers_source_line():
    from pagesift.frozen import footer_lines, header_lines, issuer_source_lines, named_source_lines, \
        press_office_lines

    lines = ["RELEASE 26-118", "Release No. 24-067", "News Release No: NR-123-24",
             "Release 2.3.1",  # a software release
             "Source: Novara Health Inc.", "SOURCE: Royalty Management Holding Corporation",
             "Source: Xinhua", "Source: UNICEF", "Source: GNA", "Source: Reuters Health", "Source: The Boston Globe",
             "-end-"]
    seg = Segments.from_pages([lines])
    assert header_lines(seg)[:4].tolist() == [1, 1, 1, 0]
    assert press_office_lines(seg)[:6].tolist() == [1, 1, 1, 0, 1, 1]
    assert issuer_source_lines(seg).tolist() == [False] * 4 + [True, True] + [False] * 6
    # "Source: X" for an X that is no agency's or outlet's name: no news credit
    assert named_source_lines(seg)[4:11].tolist() == [True, True, False, True, False, False, False]
    assert footer_lines(seg)[[4, 5, 11]].all() and not footer_lines(seg)[[6, 7]].any()


def test_a_run_with_an_issuers_source_line_is_a_release():
    """ "Source: Acme, Inc." under an earnings release is no agency's credit: the run shift
    reads it as the release's (an ACCESSWIRE release on a markets portal)."""
    from pagesift.model import load_model
    from pagesift.labels import LABELS

    page = ["MarketPulse", "Markets | Stocks | Crypto | Press Releases | Calendar",
            "Novara Health Announces Third Quarter Results",
            "ATLANTA, GA / ACCESSWIRE / December 3, 2026 / Novara Health Inc. (NASDAQ: NOVH), a provider of home "
            "dialysis services, today reported results for its third quarter.",
            "Revenue for the quarter was $48.2 million, compared with $39.5 million a year earlier.",
            "The Company now expects full-year revenue of $185 million to $190 million.",
            "SOURCE: Novara Health Inc.", "Trending"]
    got = [LABELS[k] for k in load_model(None).predict_pages([page]).argmax(1)]
    assert got[2:7] == ["press_release"] * 5, got


def test_an_agencys_credit_under_a_story_is_kept():
    import numpy as np
    from pagesift.frozen import credit_lines

    body = "The river reached 14.6 feet at the Harbor Street gauge by late afternoon, the weather service said."
    pages = [[body, body, "PA Media"],
             [body, body, "By Elif Kaya", "Anadolu Agency"],  # the byline between is the story's too
             ["Photo gallery", "Paul Dhaliwal of San Jose, one of two brothers injured in the attack at the zoo.", "AP"],
             [body, body, "VNA"], [body, "(Reuters)"],  # one paragraph: a caption's credit as like as not
             [body, body, "APP"]]  # no agency's name alone here: an app's link
    seg = Segments.from_pages(pages)
    kept = np.ones(len(seg.texts), dtype=bool)
    got = credit_lines(seg, kept).tolist()
    assert got == [0, 0, 1] + [0, 0, 1, 1] + [0, 0, 0] + [0, 0, 1] + [0, 0] + [0, 0, 0]
    kept[1] = False  # the line above read as chrome: no story to credit
    assert not credit_lines(seg, kept)[2]


def test_an_indian_agencys_dateline_with_no_credit_is_its_paid_feeds():
    from pagesift.frozen import wire_datelines

    lines = ["Mumbai (Maharashtra) [India], April 20: Seclore, the leading provider of security software, said.",
             "Pune (Maharashtra) [India], November 30: Skyline Realty recorded its highest-ever monthly sales.",
             "New Delhi [India], December 3 (ANI): The Sensex closed higher on Friday.",  # the agency's own copy
             "Nairobi (Kenya), Nov 27: The Central Bank of Kenya cut its key lending rate.",
             "Indian shares rose on Friday [India], traders said."]
    assert wire_datelines(Segments.from_pages([lines])).tolist() == [1, 1, 0, 0, 0]


def test_a_releases_signer_and_a_contact_under_an_end_mark():
    from pagesift.frozen import contact_lines

    body = "Proceeds will be used for drilling at the Company's Copper Ridge project and for working capital."
    pages = [[body, "ON BEHALF OF THE BOARD", '"Sarah McLeod"', "Sarah McLeod, President and CEO", "Subscribe"],
             [body, "Sincerely,", "Jo Pell", "Member of Congress"],
             [body, "-end-", "Karen Whitfield", "Headquarters, Washington", "202-555-0184", "Share"],
             [body, "###", "Related releases", "Join our list"],  # nothing to reach under the mark
             ["Home", "Sincerely,", "Jo Pell"]]  # no paragraph above
    seg = Segments.from_pages(pages)
    kept = np.ones(len(seg.texts), dtype=bool)
    assert contact_lines(seg, kept).tolist() == ([0, 1, 1, 1, 0] + [0, 1, 1, 1] + [0, 1, 1, 1, 1, 0]
                                                 + [0, 0, 0, 0] + [0, 0, 0])


def test_an_organisations_masthead_names_the_sites_owner():
    from pagesift.frozen import own_site_lines

    lead = "LAKEMONT — A 34-year-old man was arrested after a pursuit on Highway 12, the Lakemont County Sheriff's Office said."
    water = "Riverbend Water has issued a precautionary boil water notice for customers in the Eastfield neighbourhood."
    school = "Lincoln High School will hold its graduation ceremony at the county fairgrounds on Saturday morning."
    recap = "Senior guard Tia Barnes scored 24 points as Northlake State rallied past Central on Wednesday night."
    pages = [["Lakemont County Sheriff's Office", "About | Divisions | News | Contact", lead],
             ["Riverbend Water", "Pay my bill | Outages | News", water, "© 2026 Riverbend Water Utility"],
             ["High School", "Other Sports", school],  # a section's name in a menu, not the site's
             ["Northlake State Athletics", "Football | Basketball | Tickets", recap],
             ["The Valley Standard", "Local | Sports | Obituaries", lead]]  # a paper's name holds no such word
    got = own_site_lines(Segments.from_pages(pages)).tolist()
    assert got == [0, 0, 1] + [0, 0, 1, 0] + [0, 0, 0] + [0, 0, 1] + [0, 0, 0]


def test_a_source_line_naming_the_leads_subject_is_the_issuers():
    from pagesift.frozen import press_office_lines, subject_source_lines

    lead = "Meridale Hotels has opened its first hotel in Portugal, the 160-room Meridale Lisbon Baixa, near the river."
    story = "The hotel group said demand from American travellers had doubled since new flights began last year."
    pages = [["Meridale Hotels opens first property in Lisbon", lead, story, "Source: Meridale Hotels"],
             ["Hotel demand rises in Lisbon", story, story, "Source: Meridale Hotels"],  # named by no lead
             ["Meridale Hotels opens first property in Lisbon", lead, story, "Source: Reuters"]]  # an agency
    seg = Segments.from_pages(pages)
    assert subject_source_lines(seg).tolist() == [0, 0, 0, 1] + [0, 0, 0, 0] + [0, 0, 0, 0]
    assert press_office_lines(seg)[3] == 1


def test_press_office_lines_of_the_forty_ninth_round():
    from pagesift.frozen import press_office_lines

    lines = ["Coast Guard District 13 Public Affairs",  # an office's credit with its unit's name
             "News and Media Relations",  # a menu's link
             "Posted On: 03 DEC 2026 5:40PM by PIB Delhi",
             "Attribute to Detective Senior Sergeant Lisa Tan:",
             "RNS Number : 4821K",
             "This information is provided by RNS, the news service of the London Stock Exchange.",
             "Shine Minerals Corp. (TSXV: SMR) said drilling would resume in the spring at its main project.",
             "Ride-hailing companies such as Uber (NYSE: UBER) and others fell on Friday after the report.",  # a story's
             "In a report published today, the Committee says that support for households is poorly targeted.",
             "The committee said on Tuesday that support for households was poorly targeted, officials said.",
             "Ministers said the Government would respond to the report within two months, as it must."]
    assert press_office_lines(Segments.from_pages([lines])).tolist() == [1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0]


def test_openings_statements_and_credits_of_the_forty_ninth_round():
    from pagesift.frozen import document_lines, news_credit_lines, opening_lines, statement_lines, voiced_lines

    lines = ["We're thrilled to share that Tidewatch, our lighthouse-keeping survival game, will launch on PlayStation 5,"
             " Xbox and Nintendo Switch on March 12, 2027.",
             '"We are thrilled to announce this partnership," said the chief executive of the bank.',  # a quote
             "Harwick Minerals PLC (AIM: HWM), the copper explorer, is pleased to provide an update on drilling.",
             "Speech by the Minister of Finance at the Annual Banking Conference",
             "Check against delivery",
             "(With inputs from PTI)",
             "LETA"]
    seg = Segments.from_pages([lines])
    assert opening_lines(seg).tolist()[:3] == [1, 0, 0]
    assert voiced_lines(seg).tolist()[:3] == [1, 0, 1]  # the ticker opens a release's paragraph
    assert statement_lines(seg).tolist()[3] == 1 and document_lines(seg).tolist()[4] == 1
    assert news_credit_lines(seg).tolist()[5:] == [1, 1]


def test_contact_blocks_of_the_forty_ninth_round():
    from pagesift.frozen import contact_lines

    body = "The service will be available seven days a week, and visits will cost the same as in person."
    pages = [[body, "Maria Jensen", "Orchard Health", "+1 515-555-0172", "email us here", "EIN Presswire"],
             [body, "Enquiries: Nomvula Dube, Acting Government Spokesperson, 082 555 0145",
              "Issued by: Government Communication and Information System (GCIS)", "More on: Energy"],
             [body, "ENDS", "Issued by Police Media Centre", "Share this page"],
             [body, "Contact Information: Region 6 Press Office (r6press@epa.example)", "Last updated"],
             ["Home", "Maria Jensen", "email us here"]]  # no paragraph above
    seg = Segments.from_pages(pages)
    kept = np.ones(len(seg.texts), dtype=bool)
    assert contact_lines(seg, kept).tolist() == ([0, 1, 1, 1, 1, 0] + [0, 1, 1, 0] + [0, 1, 1, 0] + [0, 1, 0]
                                                 + [0, 0, 0])


def test_footers_and_end_marks_of_the_fiftieth_round():
    from pagesift.frozen import end_mark_lines, footer_lines

    body = "The company said the new ferries would cut fuel use on its coastal routes by about forty percent."
    notes = ["This content was produced by Brightside Solar. The Coastline Daily News newsroom was not involved in"
             " its creation.",
             "This post contains sponsored content.",
             "This article was written by our staff reporter in Bergen.",  # a byline's note, not a sponsor's
             "Sponsored",  # a heading: it heads teasers too
             "This information is subject to the disclosure requirements pursuant to Section 5-12 of the Norwegian"
             " Securities Trading Act."]
    assert footer_lines(Segments.from_pages([[body, *notes]])).tolist() == [0, 1, 1, 0, 0, 1]
    pages = [[body, notes[-1]],
             [body, "Photo - https://mma.example.com/prnh/20261202/verdant1.jpg",
              "Logo - https://mma.example.com/prnh/20261202/verdant_logo.jpg"],  # one under another
             [body, "Anyone with information about these crimes is asked to call the tip line at 555-0111."],
             [body, "END"],
             ["Home", "Photo - https://mma.example.com/prnh/20261202/verdant1.jpg", "END"]]  # nothing kept above
    seg = Segments.from_pages(pages)
    kept = np.array([len(t.split()) >= 12 and not t.startswith("Anyone") for t in seg.texts])
    assert end_mark_lines(seg, kept).tolist() == [0, 1] + [0, 1, 1] + [0, 1] + [0, 1] + [0, 0, 0]


def test_numbered_heads_of_the_fiftieth_round():
    from pagesift.frozen import end_mark_lines, header_lines

    lead = "Harrowgate Minerals PLC (AIM: HGM), the gold explorer, is pleased to announce further drilling results."
    pages = [["Markets | Company News", "RNS Number : 7734Q", "Harrowgate Minerals PLC", "03 December 2026", lead],
             ["Press Briefing Note 2026-41", "London, 3 December 2026", lead],
             ["RNS Number : 7734Q", "Back to Company News", "More news about the markets this week from our desk", lead]]
    seg = Segments.from_pages(pages)
    kept = np.array([bool(len(t.split()) >= 12) or t.startswith("London") for t in seg.texts])
    assert end_mark_lines(seg, kept).tolist() == [0, 1, 1, 1, 0] + [1, 0, 0] + [0, 0, 0, 0]
    assert header_lines(seg).tolist()[5] == 1


def test_contact_head_and_bylines_of_the_fiftieth_round():
    from pagesift.frozen import byline_lines, contact_lines

    body = "The transaction is expected to close in February 2027, subject to the approval of the regulators."
    story = "The council of a remote community has declared a state of emergency after its water plant broke down."
    pages = [[body, "Inquiries", "Corporate Communications Department, Kessel Holdings Corporation",
              "Tel: +81-3-5555-0100"],
             ["Inquiries", "About us"],  # a menu's link
             ["Kayla Brennan · Northern Public Broadcaster News · Posted: Dec 03, 2026 4:00 AM EST", story],
             ["Sports · Weather · Traffic", story]]
    seg = Segments.from_pages(pages)
    kept = np.ones(len(seg.texts), dtype=bool)
    assert contact_lines(seg, kept).tolist()[:6] == [0, 1, 1, 1, 0, 0]
    assert byline_lines(seg, kept).tolist()[6:] == [1, 0, 0, 0]


def test_site_owners_of_the_fiftieth_round():
    from pagesift.frozen import house_lines, host_note_lines, own_site_lines

    rescue = "Firefighters rescued two men from the water near Pelican Point on Monday after their boat capsized."
    rink = "Questions may be directed to the Parks and Recreation Department at 555-0170 during office hours."
    endorse = "The state's largest teachers' union on Tuesday endorsed Dana Whitfield in the race for the Senate seat."
    planting = "More than 400 volunteers planted 10,000 trees by the Millbrook, the most in Greenway Trust's history."
    pages = [["Bayshore Fire Rescue", "Home | About | Divisions | News", "Crews rescue two", rescue],
             ["Police Given New Recruitment Targets", "14 April 1999", rescue],  # a headline at a page's top
             ["City of Maple Ridge", "Residents | Business | Government | Services", "Rink opens", rink],
             ["Dana Whitfield for State Senate", "Meet Dana | Issues | Volunteer", endorse],
             ["Greenway Trust", "Our work | Donate | News", planting,
              "Greenway Trust is a registered charity in England and Wales, no. 1123456."],
             ["The Valley Ledger", "Local | Schools", rescue, "Download the KMRL 9 First Alert Weather app for the latest"
              " alerts.", "Download the Acme app today from the App Store."]]
    seg = Segments.from_pages(pages)
    own = own_site_lines(seg).tolist()
    assert own[:4] == [0, 0, 0, 1] and own[4:7] == [0, 0, 0]
    assert own[7:11] == [0, 0, 0, 1] and own[11:14] == [0, 0, 1]
    assert own[14:18] == [0, 0, 1, 0]  # the charity's footer line is not its prose
    assert own[18:] == [0] * 5
    assert host_note_lines(seg).tolist()[17] == 1
    assert house_lines(seg).tolist()[21:] == [1, 0]


def test_school_district_sites_of_the_fiftieth_round():
    from pagesift.frozen import host_note_lines, own_site_lines

    award = "Twelve students from two of our schools won awards at the state science fair last weekend, three of them firsts."
    notice = "Lincoln Park School District 44 does not discriminate on the basis of any protected characteristic."
    pages = [["Lincoln Park School District 44", "Parents | Students | Staff | News", award, notice],
             ["The Valley Ledger", "Local | Schools", award, "The district said it does not discriminate on the"
              " basis of income."]]  # a story's sentence, not a notice
    seg = Segments.from_pages(pages)
    assert own_site_lines(seg).tolist()[:3] == [0, 0, 1] and own_site_lines(seg).tolist()[4:] == [0] * 4
    assert host_note_lines(seg).tolist() == [0, 0, 0, 1, 0, 0, 0, 0]


def test_public_masthead_needs_a_menu_item_under_it_fifty_first_round():
    from pagesift.frozen import own_site_lines

    rescue = "Firefighters rescued two men from the water near Pelican Point on Monday after their boat capsized."
    teaser = "Passengers on the delayed flight were offered hotel rooms and meal vouchers, the airline said on Monday."
    pages = [["Brannock Police Department", "Divisions", "Home", rescue],  # a one-item menu under the name
             # a list of an agency's clients at a built page's top, the first a public body's
             ["Kansas Turnpike Authority", "PRMC Health", "Heartland Credit Union", "Cosmosphere", teaser]]
    seg = Segments.from_pages(pages)
    assert own_site_lines(seg).tolist() == [0, 0, 0, 1] + [0, 0, 0, 0, 0]


def test_bylines_and_their_dates_of_the_fifty_first_round():
    from pagesift.frozen import byline_lines

    story = "A water main break flooded the intersection of Fourth Avenue and Commerce Street on Thursday morning."
    comment = "I could not agree more with the last commenter, this has been going on for far too many years now."
    pages = [["by Jordan Ellis", "Thursday, December 3rd 2026", story],  # a TV station group's head
             ["by CapLeaker", comment],  # a comment's: lower case with no date under it
             ["By health reporter Priya Nandakumar", "Posted Thu 3 Dec 2026 at 5:12am", "Key points:", story],
             ["Story by Carla Mendes • 3h", story],
             # a list of posts: a byline and a date under each title; its dates stay as they are
             ["First post", "By Olivia Bono", "Dec 17, 2025", story, "Second post", "By Logan Jones", "Dec 16, 2025",
              story]]
    seg = Segments.from_pages(pages)
    kept = np.array([len(t.split()) >= 12 or t.startswith(("by Jordan", "By health", "First", "Second"))
                     for t in seg.texts])
    out = byline_lines(seg, kept).tolist()
    assert out[:3] == [1, 1, 0] and out[3:5] == [0, 0]
    assert out[5:9] == [1, 1, 0, 0] and out[9:11] == [1, 0]
    assert out[11:] == [0, 1, 0, 0, 0, 1, 0, 0]  # the bylines over a paragraph, not the dates


def test_release_tails_and_part_headings_of_the_fifty_first_round():
    from pagesift.frozen import end_mark_lines

    body = "Northwind Outdoor, a maker of outdoor clothing, today launched a line of jackets made with recycled down."
    about = "Founded in 2009, Northwind Outdoor makes outdoor clothing in Portland, Oregon."
    bio = "Matt Pell works on building creative educational applications for schools and libraries."
    lead = "The Minister announced an investment of more than $14 million for 11 clean energy projects in the north."
    quote = '"Rural and remote communities deserve clean, affordable and reliable energy," said the Minister today.'
    pages = [[body, "About Northwind Outdoor", about, "View original content to download multimedia: "
              "https://www.prnewswire.example/news-releases/a-302345678.html", "SOURCE Northwind Outdoor"],
             ["By Matt Pell", "About Matt Pell", bio],  # an author's box: his name only in a byline above
             [lead, "Quotes", quote, "Related links", quote, "Quick facts", "Menu"]]
    seg = Segments.from_pages(pages)
    kept = np.array([len(t.split()) >= 12 and not t.startswith("Founded") for t in seg.texts])
    kept[5] = True  # the byline
    assert end_mark_lines(seg, kept).tolist() == [0, 1, 1, 1, 1] + [0, 0, 0] + [0, 1, 0, 0, 0, 0, 0]


def test_owners_and_notes_of_the_fifty_first_round():
    from pagesift.frozen import host_note_lines, house_lines, org_masthead_owner, own_site_lines

    finding = "Two-thirds of rural health clinics lack reliable power, according to a new report from HealthPower Alliance."
    signing = "The Lake City Lynx have signed forward Mikko Laine to a two-year contract, the general manager said."
    pages = [["Home | Our Work | Research | Donate", "New report", finding,
              "HealthPower Alliance, registered charity no. 1192233"],
             ["Lake City Lynx", "Tickets | Schedule | Team | News | Shop", "Lynx sign Laine", signing],
             ["The Valley Ledger", "News | Sports | Events", "Hockey", signing]]  # a paper's page about the club
    seg = Segments.from_pages(pages)
    own = own_site_lines(seg).tolist()
    assert own[:4] == [0, 0, 1, 0] and own[4:8] == [0, 0, 0, 1] and own[8:] == [0] * 4
    assert org_masthead_owner(["Westfield University Athletics", "Schedule | Roster"], set()) \
        == {"Westfield University", "Westfield University Athletics"}
    notes = ["This summary was generated by AI and reviewed by our editors.", "Copyright Business Wire 2026",
             "Date modified: 2026-12-02", "The Market Desk News Department was not involved in the creation of this "
             "content.", "This press release was submitted by the company. The site is not responsible for it.",
             "Disclaimer: The content is provided by the company and does not reflect the views of the site.",
             "The summary of the findings was generated by the study's authors in 2024."]  # no AI: prose
    seg = Segments.from_pages([notes, ["Add The Lakeshore Journal as a preferred source on Google"]])
    assert host_note_lines(seg).tolist() == [1, 1, 1, 1, 1, 1, 0, 0]
    assert house_lines(seg).tolist()[-1] == 1


def test_letterhead_lines_fifty_second_round():
    from pagesift.frozen import letterhead_lines, press_office_lines

    lead = "Regional hospitals are still waiting for the upgrade funding the Government promised last year."
    pages = [["KATE DELANEY MP", "SHADOW MINISTER FOR REGIONAL HEALTH", "HOSPITALS LEFT WAITING", lead],
             ["The Hon. Mark Tulloch MP", "Federal Member for Wyndara", lead],
             ["Related stories", "SHADOW MINISTER FOR REGIONAL HEALTH", "Markets close higher", lead]]  # alone
    seg = Segments.from_pages(pages)
    assert letterhead_lines(seg).tolist() == [1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    assert press_office_lines(seg).tolist()[:2] == [1, 1] and press_office_lines(seg).tolist()[8] == 0


def test_notes_and_bylines_of_the_fifty_second_round():
    from pagesift.frozen import byline_lines, host_note_lines, house_lines

    notes = ["Heard on Evening Report", "Accuracy and availability of Ridgeline transcripts may vary.",
             "This transcript was machine-generated and may contain errors.",
             "Market data provided by a third-party vendor. Quotes delayed at least 15 minutes.",
             "Play responsibly. Must be 18 or older to play.", "Gambling problem? Call 1-800-555-0199.",
             "She said she heard on the radio that the bridge was closed.",  # prose
             "Our Standards: The Global Wire Report Trust Principles."]
    seg = Segments.from_pages([notes])
    assert host_note_lines(seg).tolist() == [1, 1, 1, 1, 1, 1, 0, 0]
    assert house_lines(seg).tolist()[-1] == 1
    story = "Schools in the capital will reopen for physical classes from Monday after the air quality improved."
    pages = [["Schools to reopen on Monday", "TNN | Dec 3, 2026, 10:42 IST", story],
             ["Petrol price cut by Rs5", "Web Desk", "December 3, 2026", story],
             ["Driver killed in crash", "By Jessica Lund jlund@sentinel.example", story],
             [story, "Express News Service", "About us", "Contact"]]  # a footer's, with no story under it
    seg = Segments.from_pages(pages)
    kept = np.array([len(t.split()) >= 12 for t in seg.texts])
    assert byline_lines(seg, kept).tolist() == [0, 1, 0] + [0, 1, 1, 0] + [0, 1, 0] + [0, 0, 0, 0]


def test_release_heads_and_tails_of_the_fifty_second_round():
    from pagesift.frozen import end_mark_lines

    body = "The Urban Green Authority will build a new park connector linking Woodlands and Sembawang by 2028."
    method = "Roamly surveyed 2,000 adults online in November; results have a margin of error of two points."
    pages = [[body, "Issued by the Urban Green Authority", "Privacy Statement"],
             ["Embargoed until 4 p.m. ET, Monday, Dec. 7, 2026", "Read more", body],  # the header, not the line between
             ["For immediate release", body],
             [body, "Methodology", method]]
    seg = Segments.from_pages(pages)
    kept = np.array([len(t.split()) >= 12 for t in seg.texts])
    assert end_mark_lines(seg, kept).tolist() == [0, 1, 0] + [1, 0, 0] + [1, 0] + [0, 1, 0]


def test_owners_of_the_fifty_second_round():
    from pagesift.frozen import copyright_owner, masthead_owner, org_masthead_owner, own_site_lines

    assert copyright_owner("© 2026 Keystone Realty Group") == "Keystone Realty Group"
    assert copyright_owner("© 2026 Wellstead Media Group") is None  # an outlet's
    assert masthead_owner(["Helion Orbital", "Missions | Vehicles | Updates", "Updates", "Launch report",
                           "Helion Orbital © 2026"]) == {"Helion Orbital"}
    assert org_masthead_owner(["Fernhill Zoo", "Visit | Animals | News"], set()) == {"Fernhill Zoo"}
    assert org_masthead_owner(["Alder & Finch", "Women | Men | Home | Sale | Our Story"], set()) == {"Alder & Finch"}
    assert org_masthead_owner(["The Valley Ledger", "News | Sports | Opinion"], set()) == set()
    column = "This fall I visited more than a dozen towns across the district, and I heard the same thing in each."
    prize = "A Fairview woman is $2 million richer after claiming a Powerball prize from the Nov. 21 drawing."
    pages = [["State Senator Maria Delgado", "Home | About | News | District | Contact", "News", column],
             ["Lakeland State Lottery", "Games | Winning Numbers | Winners | Newsroom", prize],
             ["The Valley Ledger", "News | Sports | Opinion", column]]  # a paper's page
    seg = Segments.from_pages(pages)
    assert own_site_lines(seg).tolist() == [0, 0, 0, 1] + [0, 0, 1] + [0, 0, 0]


def test_openings_and_datelines_of_the_fifty_third_round():
    from pagesift.frozen import opening_lines, wire_datelines

    lines = ["Today we are releasing Pinecone Notes 4.0, the biggest update since we launched.",
             "Today, we launched a new app for riders.",
             "Today we are seeing the effects of the storm across the valley.",  # no release verb
             "Penang [Malaysia], December 1: Penang Precision Sdn Bhd has been named one of Asia's Best Employers.",
             "KARACHI, Pakistan, Dec 2, 2026 (PRNewswire) -- Karachi Textile Mills Limited has received an award.",
             "KIGALI, Rwanda, December 1, 2026/APO Group/ -- The Africa Finance Forum today announced its summit.",
             "DUBAI, UAE, 3rd December 2026 (Zawya) -- Emirates Logistics Group has opened a new facility.",
             "Ankara (Turkey), May 11: Turkey and Kazakhstan aim to reach 10 billion dollars in trade.",  # a story's
             "The list [see below] was published on December 1: it names nine firms."]
    seg = Segments.from_pages([lines])
    assert opening_lines(seg).tolist()[:3] == [1, 1, 0]
    assert wire_datelines(seg).tolist()[3:] == [1, 1, 1, 1, 0, 0]


def test_breadcrumbs_and_bare_names_of_the_fifty_third_round():
    from pagesift.frozen import bare_name_lines, breadcrumb_lines

    seg = Segments.from_pages([["Home > Media centre > News releases", "Press Room > Statements",
                                "Prices rose 3 > 2 percent", "Profits > expectations, analysts say.",
                                "Media > Summaries"]])
    assert breadcrumb_lines(seg).tolist() == [1, 1, 0, 0, 1]
    lead = "Pinecone Notes, the note-taking app with about 12 million users, is finally adding offline sync."
    pages = [["Pinecone Notes adds offline mode", "Maya Brennan", "Nov 30, 2026 3:40 PM", lead],
             ["Strike threat at Harlow Docks", "Jenny Marsh", "Local Democracy Reporter", "Thursday 3 December 2026",
              lead],
             ["Flood warning issued for the valley", "Save Email Print", "Nov 30, 2026", lead],  # a share bar
             ["The river rose overnight.", "Maya Brennan", "Nov 30, 2026", lead]]  # not under a headline
    seg = Segments.from_pages(pages)
    kept = np.array([not (t in ("Maya Brennan", "Jenny Marsh", "Save Email Print", "Local Democracy Reporter"))
                     for t in seg.texts])
    rows, heads = bare_name_lines(seg, kept)
    assert rows.tolist() == [1, 5, 6] and heads.tolist() == [0, 4, 4]


def test_release_tails_of_the_fifty_third_round():
    from pagesift.frozen import end_mark_lines, host_note_lines

    body = "Valley Dairy Co-operative will pay its farmer members 48 cents a litre for milk supplied in December."
    about = "Valley Dairy is owned by 870 farming families and processes more than 900 million litres of milk."
    pages = [[body, "About Valley Dairy Co-operative", about],
             [body, "About Valley Dairy Co-operative", "Valley Dairy in the news"],  # no paragraph under it
             [body, "Neither the TSX Venture Exchange nor its Regulation Services Provider takes responsibility."],
             [body, "Lt. Karen Duval, Public Information Officer"],
             ["Lt. Karen Duval, Public Information Officer", "Contact"]]  # no kept line above
    seg = Segments.from_pages(pages)
    kept = np.array([len(t.split()) >= 12 for t in seg.texts])
    kept[[2, 7]] = False
    got = end_mark_lines(seg, kept).tolist()
    assert got[:3] == [0, 1, 1] and got[3:6] == [0, 0, 0] and got[6:] == [0, 1, 0, 1, 0, 0]
    notes = ["Westmere University is a registered charity.", "The charity said it is a registered charity too."]
    assert host_note_lines(Segments.from_pages([notes])).tolist() == [1, 0]


def test_owners_of_the_fifty_third_round():
    from pagesift.frozen import own_site_lines

    church = "The Bishop of St Albright has announced the appointment of the Revd Canon Michael Adeyemi as Archdeacon."
    party = "The Progressive Alliance today said the government's new housing plan would fail thousands of families."
    stats = "The unemployment rate fell to 5.1 percent in the July to September quarter, down from 5.4 percent."
    pages = [["Diocese of St Albright", "About | Parishes | Schools | News | Contact", church],
             ["Progressive Alliance Party", "About | Our people | Policies | News | Join", party],
             ["Office for National Statistics of Corvania", "Statistics | Data | Methods | Release calendar | News",
              stats],
             ["National Weather Service of Corvania", "Forecasts | Warnings | Climate | Observations | Media", stats],
             ["The Lakeside Courier", "News | Business | Sport | Opinion", party]]  # a paper's
    seg = Segments.from_pages(pages)
    assert own_site_lines(seg).tolist() == [0, 0, 1] * 4 + [0, 0, 0]


def test_agency_credits_of_the_fifty_third_round():
    from pagesift.frozen import byline_lines, credit_lines

    lead = "Lebanon and Israel have agreed to extend US-mediated talks on their land border for three months."
    more = "The talks, which began in September, aim to settle disputes over 13 points along the border."
    pages = [["Lebanon, Israel extend border talks", "AFP | December 3, 2026", lead, more,
              "Neither government commented immediately.", "– AFP"],
             ["Border talks", "Most read", "AFP", "Latest news"]]  # a menu's "AFP": no story above
    seg = Segments.from_pages(pages)
    kept = np.array([len(t.split()) >= 4 and t != "Most read" for t in seg.texts])
    kept[[1, 5]] = False
    assert byline_lines(seg, kept).tolist()[:2] == [0, 1]
    assert credit_lines(seg, kept).tolist() == [0, 0, 0, 0, 0, 1] + [0, 0, 0, 0]


def test_labelled_teasers_of_the_fifty_fourth_round():
    from pagesift.frozen import labelled_teaser_lines

    story = "The Government has confirmed it will rebuild the hospital's main clinical block at a cost of $1.4 billion."
    lead = "Kereru Energy has signed a 15-year agreement to supply solar power to the dairy co-operative's plants."
    pages = [[story, "Business Headlines", "Kereru Energy Signs Solar Deal With Dairy Co-op",
              "Thursday, 3 December 2026, 2:05 pm", "Press Release: Kereru Energy", lead, "3 December 2026"],
             [story, "Latest", "PRESS RELEASE", "Norvik Shipping Orders Four Container Ships", lead],  # a kicker
             ["Related News", "Union threatens strike over electricity tariff",
              "PRESS RELEASE: Kolade Foods Unveils N12bn Flour Mill in Kano", lead],  # the label is the headline
             ["Press Release", "Menu", "Home | News | Contact | About", lead],  # a menu in the way
             ["Press Release: Acme", "Acme opens a plant", "Read more"]]  # no lead
    got = labelled_teaser_lines(Segments.from_pages(pages)).tolist()
    assert got[:7] == [0, 0, 1, 1, 1, 1, 1]
    assert got[7:12] == [0, 0, 0, 1, 1]  # the kicker itself is chrome, as a release page's "Press release" is
    assert got[12:16] == [0, 0, 1, 1]
    assert got[16:] == [0] * 7


def test_agency_bylines_and_notes_of_the_fifty_fourth_round():
    from pagesift.frozen import bare_name_lines, host_note_lines

    lead = "Japan will provide 15 billion yen in aid to Pacific island nations over the next three years."
    pages = [["Japan to give aid to Pacific island nations", "Kyodo", "Dec 4, 2026 - 10:21", lead],
             ["Cook Islands, NZ sign new health partnership", "Friday 4 December 2026, 9:42 am", "Press Association",
              lead],
             ["Cook Islands, NZ sign new health partnership", "Friday 4 December 2026", "Press Association",
              "Read more"],  # no lead under it
             ["Aid for the islands.", "Kyodo", "Dec 4, 2026", lead]]  # no headline over it
    seg = Segments.from_pages(pages)
    kept = np.array([t not in ("Kyodo", "Press Association", "Read more") for t in seg.texts])
    rows, heads = bare_name_lines(seg, kept)
    assert rows.tolist() == [1, 6] and heads.tolist() == [0, 4]
    notes = ["Anadolu Agency website contains only a portion of the news stories offered to subscribers.",
             "Legal Disclaimer: MarketHub provides the information \u201cas is\u201d without warranty of any kind.",
             "We do not accept any responsibility or liability for the accuracy of the information in this article.",
             "The agency contains the fire, officials said.", "The disclaimer was legal, the judge said."]
    assert host_note_lines(Segments.from_pages([notes])).tolist() == [1, 1, 1, 0, 0]


def test_a_release_heading_under_a_run_touches_the_run_below_it_only():
    from pagesift.frozen import shift_runs

    para = "The port's expansion has won final planning approval, clearing the way for a new container terminal."
    page = ["Menu", para, para, "Press Release", "Harbourside Credit Union names its new chief executive"]
    seg = Segments.from_pages([page])
    top = [2, 0, 0, 2, 0]
    shift = np.log(10) * np.array([1.0, -1.0, 0.0, -1.0])
    out = shift_runs(seg, _run_proba(top), shift, LABELS, 4, touching=2)
    assert np.array_equal(out[:4], _run_proba(top)[:4])  # the story over it stays as it was
    pr, n = LABELS.index("press_release"), LABELS.index("news")
    assert out[4, pr] / out[4, n] == pytest.approx(10 * _run_proba(top)[4, pr] / _run_proba(top)[4, n])


def test_release_openings_and_wire_marks_of_the_fifty_fifth_round():
    from pagesift.frozen import appositive_lines, news_credit_lines, opening_lines, wire_datelines

    openings = ["Arden Valley Foods is delighted to have achieved the highest grade in its food safety audit.",
                "Tidewater Hotels is proud to be named the best hotel group in the region this year.",
                "Sakura Robotics Inc. (Head Office: Osaka; President: Kenji Mori) will begin sales on February 1.",
                '"We are delighted to have achieved this," said the chief executive of Arden Valley Foods.',
                "The firm, whose head office is in Osaka, will begin sales on February 1, its president said."]
    assert (opening_lines(Segments.from_pages([openings])) > 0).tolist() == [True, True, True, False, False]
    assert appositive_lines(Segments.from_pages([[
        "Karachi, January 22: Indus Pharma Limited, one of Pakistan's leading pharmaceutical manufacturers, has",
        "Karachi, January 22: Indus Pharma, one of the city's oldest firms, said on Friday it would expand."]])).tolist() \
        == [1, 0]
    wires = ["Mumbai, Maharashtra, India (NewsVoir) Sanvi Foods Ltd has raised Rs 45 crore.",
             "Tucson, Arizona Jan 15, 2027 (Issuewire.com) - Harrow & Pine Law Group has opened an office.",
             "Sanvi Foods said it used NewsVoir to send out the news."]
    assert wire_datelines(Segments.from_pages([wires])).tolist() == [1, 1, 0]
    marks = ["==Kyodo", "dpa-AFX", "PACNEWS", "(end) hm.sd", "(end)", "The end", "Kyodo chairs"]
    assert news_credit_lines(Segments.from_pages([marks])).tolist() == [1, 1, 1, 1, 1, 0, 0]


def test_byline_roles_distributors_and_dated_leads_of_the_fifty_fifth_round():
    from pagesift.frozen import bare_name_lines, dated_lead_lines

    lead = "Sanvi Foods Ltd, a maker of packaged millet snacks, has raised Rs 45 crore in a Series B round."
    pages = [["Senate passes insulin price cap", "By Ray Kline", "Statehouse reporter", "February 2, 2027", lead],
             ["Sanvi Foods Raises Rs 45 Crore in Series B Round", "NewsVoir", lead],
             ["Business News", "NewsVoir", "Home | About"],  # a menu's item: no headline and lead around it
             ["Senate passes insulin price cap", "Ray Kline", "Statehouse reporter", lead]]  # no "By"
    seg = Segments.from_pages(pages)
    kept = np.array([t not in ("Statehouse reporter", "NewsVoir", "Business News", "Home | About", "Ray Kline")
                     for t in seg.texts])
    rows, heads = bare_name_lines(seg, kept)
    assert rows.tolist() == [2, 6] and heads.tolist() == [1, 5]
    teaser = "Kampala, Uganda, January 19, 2027 - The Board of Nile Basin Bank has appointed a new chief executive."
    pages = [["Nile Basin Bank Appoints New Chief Executive", teaser, "January 19, 2027", "Privacy | Terms"],
             ["Nile Basin Bank Appoints New Chief Executive", teaser, "January 20, 2027"],  # another day
             ["A story's last paragraph has no date in it at all, as most of them do not.", "January 19, 2027"]]
    seg = Segments.from_pages(pages)
    kept = np.array([not (t.startswith("January") or t.startswith("Privacy")) for t in seg.texts])
    rows, leads = dated_lead_lines(seg, kept)
    assert rows.tolist() == [2] and leads.tolist() == [1]


def test_release_openings_and_distributors_of_the_fifty_sixth_round():
    from pagesift.frozen import appositive_lines, end_mark_lines, submitted_lines, voiced_lines, wire_datelines

    appositives = ["Copenhagen (Denmark), February 5: NordBio A/S, a Danish biotechnology company, announced it has",
                   "Alexandria (Egypt), February 7: Delta Foods, a leading Egyptian food processor, announced the",
                   "Thundra, an early stage serverless tooling startup, announced a $4 million Series A today.",
                   "NordBio A/S, a Danish biotechnology company, said on Tuesday it had received approval."]
    assert (appositive_lines(Segments.from_pages([appositives])) > 0).tolist() == [True, True, False, False]
    wires = ["SINGAPORE - Media OutReach Newswire - 10 February 2027 - Lumina Skincare today opened a store.",
             "TOKYO, Feb 10, 2027 - (ACN Newswire) - Hoshino Electric Co., Ltd. today announced a fuel cell.",
             "MUNICH, Dec. 3, 2026 /JCN Newswire/ - Kurogane Robotics Co., Ltd. has opened its headquarters.",
             "Denver, Colorado, Feb. 9, 2027 (Newswire.com) - Orbitline Inc. today launched a service.",
             "Dresden (ots) - Rheintal Pumpen GmbH today opened a new plant for industrial pumps in Saxony.",
             "The robots (OTS) were shipped to Dresden - a first for the firm, its media outreach team said."]
    assert wire_datelines(Segments.from_pages([wires])).tolist() == [1, 1, 1, 1, 1, 0]
    # a year-dated dateline's paragraph is a release's opening, kept when read as chrome
    dated = ["Johannesburg, South Africa, 9 February 2027 - Karoo Wind Farms today reached financial close on its"
             " 140 MW wind project.",
             "Johannesburg, 9 February - Karoo Wind Farms reached financial close on its 140 MW wind project, the"
             " company said."]
    assert voiced_lines(Segments.from_pages([dated])).tolist() == [True, False]
    body = "The store offers skin analysis services and the full range of the brand's products, its director said."
    pages = [[body, "Hashtag: #LuminaSkincare", "The issuer is solely responsible for the content of this announcement.",
              "Original content from: Rheintal Pumpen GmbH, transmitted by news aktuell"],
             ["Home | Shop", "Hashtag: #LuminaSkincare"]]  # no release above
    seg = Segments.from_pages(pages)
    kept = np.array([text == body for text in seg.texts])
    assert end_mark_lines(seg, kept).tolist() == [0, 1, 1, 1, 0, 0]
    pages = [["Riverbend Library Foundation awards $40,000 in grants to schools",
              "Submitted by Riverbend Library Foundation | February 9, 2027",
              "The Riverbend Library Foundation has awarded $40,000 in grants to 12 schools in the county."],
             ["Submitted by Barbara Connolly", "I have lived on this street for thirty years and never seen it so bad."]]
    assert submitted_lines(Segments.from_pages(pages)).tolist() == [0, 1, 0, 0, 0]


def test_about_acronyms_and_dateline_credits_of_the_fifty_sixth_round():
    from pagesift.frozen import _spells, credit_lines, end_mark_lines

    assert _spells("ICSC", "The International Cable Standards Council is a non-profit body that sets standards.")
    assert _spells("NASA", "The National Aeronautics and Space Administration is the space agency.")
    assert not _spells("ICSC", "International Cable is a company.") and not _spells("Acme", "Acme Corp is a firm.")
    lead = "Geneva, 9 February 2027 - The International Cable Standards Council (ICSC) has published a standard."
    about = "The International Cable Standards Council is a non-profit body that develops standards for the cable industry."
    seg = Segments.from_pages([[lead, "About ICSC", about]])
    assert end_mark_lines(seg, np.array([True, False, False])).tolist() == [0, 1, 1]
    body = "The two sides aim to raise bilateral trade to 2 billion US dollars by 2030, the ministry said."
    pages = [["MINSK, Feb 12 (BelTA) - Belarus and Uzbekistan agreed on Friday to increase supplies of tractors.", body,
              "BelTA"],
             ["ISLAMABAD, Feb 9 (APP): Pakistan and China agreed on Tuesday to expand port operations.", body, "APP/ask"],
             ["MINSK, Feb 12 (BelTA) - Belarus and Uzbekistan agreed on Friday to increase supplies of tractors.", body,
              "Sports"],  # a menu's item: not the credited name
             [body, body, "APP"]]  # no dateline credits it: an app's link as like as not
    seg = Segments.from_pages(pages)
    kept = np.array([len(text.split()) > 3 for text in seg.texts])
    assert credit_lines(seg, kept).tolist() == [0, 0, 1] + [0, 0, 1] + [0, 0, 0] + [0, 0, 0]


def test_issuers_acts_in_teasers_of_the_fifty_seventh_round():
    from pagesift.frozen import _title_case, appositive_lines, opening_lines, teaser_act_lines

    appositives = ["Sao Paulo, Brazil, March 2: Verdana Bio, a Brazilian food company, has raised $40 million.",
                   "Santiago, Chile, February 25: Andeslux, one of Chile's largest independent solar power producers, "
                   "is celebrating 25 years of operations in the Atacama Desert.",
                   "Steppe Grain Holding, Kazakhstan's largest private grain trader, has reported record wheat exports.",
                   "Kansai Air, a Japanese airline, will start daily flights to Hanoi from April 1.",
                   # a story's: who said it, or what the company is doing that is no act of its own
                   "Meghna Textiles, a Bangladeshi knitwear exporter, has signed a deal with a Swedish retailer, "
                   "the company said on Monday.",
                   "Shares of NIO, a China-based electric car manufacturer, are soaring this morning.",
                   "Pfizer, one of the world's top biopharmaceutical companies, has given $1 million to the foundations."]
    assert (appositive_lines(Segments.from_pages([appositives])) > 0).tolist() == [True] * 4 + [False] * 3
    assert _title_case("Karoo Wines Appoints New Chief Executive")
    assert _title_case("Seclore Recognised as Great Place To Work for Fifth Consecutive Year")
    assert not _title_case("China launches weather satellite") and not _title_case("Boca sign Uruguayan striker")
    assert not _title_case("Turkey, Kazakhstan aim to reach 10 bln USD in bilateral trade: president")
    assert not _title_case("Readers Are Asked To Share Their Views.")  # a sentence
    teaser = [["Karoo Wines Appoints New Chief Executive",
               "Stellenbosch, South Africa, February 22: Karoo Wines has appointed Thandi Mokoena as chief executive.",
               "Feb 22, 2027"],
              ["Kansai Air Introduces New Route to Hanoi",
               "Osaka, Japan, March 5: Kansai Air will start daily flights between Osaka and Hanoi from April 1.",
               "Mar 5, 2027"],
              ["Merlion Foods Wins Asia Food Safety Award",  # no dateline: the headline names it, its date below
               "Merlion Foods has won the Asia Food Safety Award for the second year in a row.", "Mar 7, 2027"],
              ["Merlion Foods Wins Asia Food Safety Award",  # ... and not without the date
               "Merlion Foods has won the Asia Food Safety Award for the second year in a row.", "Read more"],
              ["karoo wines appoints new chief executive",  # a headline in sentence case (taken since the
               # fifty-eighth round: the dateline is what counts)
               "Stellenbosch, South Africa, February 22: Karoo Wines has appointed Thandi Mokoena as chief executive.",
               "Feb 22, 2027"],
              ["Riga Port Authority Opens New Terminal",  # someone said it: a story's
               "Riga, March 1 - Riga Port Authority has opened a new terminal, the transport ministry said on Monday.",
               "Mar 1, 2027"],
              ["Serena Kim Wins Singapore Open Title",  # a person, a country, a club: not an organisation's name
               "Singapore, March 12: Serena Kim has won the Singapore Open badminton title.", "Mar 12, 2027"],
              ["South Korea Opens Hydrogen Plant",
               "Seoul, March 1: South Korea has opened its largest hydrogen production plant in Ulsan.", "Mar 1, 2027"],
              ["Riberas Sports Group Signs Uruguayan Striker",  # a club signs a player, an issuer "a deal"
               "Buenos Aires, March 6: Riberas Sports Group has signed Uruguayan striker Mateo Ferrari.", "Mar 6, 2027"],
              ["Meghna Textiles Signs Deal to Supply Swedish Retailer",
               "Dhaka, Bangladesh, March 1: Meghna Textiles has signed a three-year agreement to supply a retailer.",
               "Mar 1, 2027"]]
    found = teaser_act_lines(Segments.from_pages(teaser)).reshape(-1, 3)[:, 1]
    assert found.tolist() == [1, 1, 1, 0, 1, 0, 0, 0, 0, 1]
    seg = Segments.from_pages(teaser[:1])
    assert (opening_lines(seg) > 0).tolist() == [False, True, False]  # a release opening for the run shift
    added = [["Pacific Breeze Airlines Adds Flights Between Nadi and Auckland",
              "Nadi, Fiji, March 10: Pacific Breeze Airlines will add four weekly flights between Nadi and Auckland.",
              "Mar 10, 2027"]]
    assert teaser_act_lines(Segments.from_pages(added)).tolist() == [0, 1, 0]


def test_a_pages_body_under_its_headline_of_the_fifty_seventh_round():
    from pagesift.frozen import body_lines

    page = ["City of Eastport", "Residents | Business | News",
            "City of Eastport Launches Free Wi-Fi in Downtown Parks", "Posted on: March 3, 2027",
            "The City of Eastport has launched free public Wi-Fi in four downtown parks as part of its plan.",
            "The network is available from 6 a.m. to 11 p.m. daily.", "Ends", "Notify Me | Site Map | Accessibility"]
    kept = np.array([False, False, True, True, False, False, False, False])
    seg = Segments.from_pages([page, page])
    # the paragraph past the date line and the sentence under it; not "Ends" nor what follows
    want = [False] * 4 + [True, True, False, False]
    assert body_lines(seg, np.concatenate([kept, kept])).tolist() == want * 2
    # a page that keeps a paragraph already has its body; one that keeps nothing has no headline
    kept_paragraph = kept.copy()
    kept_paragraph[4] = True
    assert not body_lines(seg, np.concatenate([kept_paragraph, np.zeros(8, dtype=bool)])).any()
    # a short line under the headline is no body's first paragraph
    short = page[:4] + ["It is free.", *page[4:]]
    assert not body_lines(Segments.from_pages([short]), np.array([False, False, True, True] + [False] * 5)).any()


def test_issuers_acts_in_teasers_of_the_fifty_eighth_round():
    from pagesift.frozen import opening_lines, teaser_act_lines

    def found(teasers):
        return teaser_act_lines(Segments.from_pages(teasers)).reshape(-1, 3)[:, 1].tolist()

    date = "October 12, 2027"
    teasers = [  # a dateline with no year and no agency, under a headline in any case
        ["Indus Valley Motors rolls out its 100,000th locally assembled car",
         "Karachi, October 12: Indus Valley Motors Ltd has rolled out its 100,000th locally assembled car.", date],
        ["Ceylon Spice Exports launches organic cinnamon range",  # the present tense
         "Colombo, December 18: Ceylon Spice Exports launches its organic cinnamon range in Germany.", date],
        ["Ravi Textiles wins water certification",  # a phrase first
         "Lahore, January 3: In a first for Pakistan's textile industry, Ravi Textiles Limited has been certified "
         "under the Alliance for Water Stewardship standard.", date],
        ["Coral Bay Hotels opens beach resort",  # a descriptor first
         "Panaji, January 3: Leading hospitality brand Coral Bay Hotels has opened a 120-room beach resort.", date],
        ["Dr. Meena Raghavan honoured with national award",  # a person's title at the issuer
         "Chennai, January 3: Dr. Meena Raghavan, Chairperson of Sunrise Eye Hospitals, has been honoured with the "
         "National Healthcare Excellence Award.", date],
        ["Pacific Reef Airways adds Nadi-Tokyo route",  # a clause between the name and the act
         "Nadi, January 3: Pacific Reef Airways, which began flying in 2019, will add a weekly service to Tokyo.", date],
        ["Banco Atlantico Sul opens first branch in Maputo",  # the organisation's word first
         "Maputo, January 9: Banco Atlantico Sul has opened its first branch in Maputo.", date],
        ["Davao Agri Ventures wins export award",  # named, or an act in the past tense
         "Davao City, January 9: Davao Agri Ventures Inc. was named Agricultural Exporter of the Year.", date],
        ["Pharaoh Bay Resorts announces Marsa Alam resort",
         "Hurghada, January 9: Pharaoh Bay Resorts announced the opening of its new 300-room resort.", date],
        ["Falcon Crest Bank reports 22% rise in profit",  # "has reported" is its own act, not a source's
         "Dubai, October 13: Falcon Crest Bank has reported a 22 per cent rise in net profit.", date],
        ["Kabul Saffron Company partners with Dubai distributor",  # a dash before the date, or the day first
         "Herat - January 12: Kabul Saffron Company has partnered with a Dubai distributor.", date],
        ["Adriatic Marinas Group acquires marina in Split",
         "Zagreb, 12 January: Adriatic Marinas Group has acquired the 300-berth Marina Sveti Luka.", date],
        ["Costa Verde Coffee & Cacao opens visitor farm",  # a name with "&" or "for" and no organisation's word
         "San Jose, January 12: Costa Verde Coffee & Cacao has opened a visitor farm in Tarrazu.", date],
        ["Clean Wells for Somalia completes 50 boreholes",
         "Mogadishu, January 12: Clean Wells for Somalia has completed 50 boreholes in the Gedo region.", date]]
    assert found(teasers) == [1] * len(teasers)
    assert (opening_lines(Segments.from_pages(teasers[:1])) > 0).tolist() == [False, True, False]
    traps = [  # someone said it; a news agency's dateline; a block's heading, a date line or a byline over it
        ["Savanna Airways resumes Mogadishu flights",
         "Nairobi, December 20: Savanna Airways resumed flights to Mogadishu on Monday, the airline said.", date],
        ["Thai bank holds rate",
         "BANGKOK, Dec. 20 (Xinhua) -- The Bank of Thailand has kept its key rate unchanged at 2 percent.", date],
        # (a section's heading; under "More news" or "Read more" it is a teaser with no headline since
        # the sixty-first round: test_issuers_acts_in_teasers_of_the_sixty_first_round)
        ["Business", "Karachi, October 12: Indus Valley Motors Ltd has rolled out its 100,000th car.", date],
        ["Friday, January 7, 2028",
         "Kochi, Jan 7: Kochi Port Trust has completed a new container berth at Vallarpadam.", date],
        ["By Rohan Pillai, Staff Reporter",
         "Kochi, Jan 7: Kochi Port Trust has completed a new container berth at Vallarpadam.", date],
        # with no dateline the present tense and a phrase first are left alone
        ["Ceylon Spice Exports Launches Organic Cinnamon Range",
         "Ceylon Spice Exports launches its organic cinnamon range in Germany.", date],
        # a title's "for" is a person's
        ["Minister opens new clinic in Mandera",
         "Nairobi, January 12: The Minister for Health has opened a new clinic in Mandera.", date]]
    assert found(traps) == [0] * len(traps)


def test_agency_leads_and_credits_of_the_fifty_eighth_round():
    from pagesift.frozen import agency_lead_lines, credit_lines, over_lead_rows

    page = ["Jakarta Business Review", "Home | Economy | Companies",
            "Indonesia's trade surplus narrows in December", "January 11, 2028",
            "Jakarta (ANTARA) - Indonesia's trade surplus narrowed to 2.1 billion U.S. dollars in December as "
            "imports of capital goods rose, the statistics agency said on Tuesday.",
            "Exports of coal and palm oil fell, the agency said.", "ANTARA", "More news"]
    seg = Segments.from_pages([page])
    leads = agency_lead_lines(seg)
    assert leads.tolist() == [False] * 4 + [True] + [False] * 3
    kept = np.array([False, False, False, False, True, True, False, False])
    rows, heads = over_lead_rows(seg, leads, kept)
    assert rows.tolist() == [2, 3] and heads.tolist() == [4, 4]  # its headline and date take its scores
    # a line over the date that shares no words with the lead is no headline of its
    other = page[:2] + ["Share | Print | Email this story", *page[3:]]
    assert over_lead_rows(Segments.from_pages([other]), leads, kept)[0].tolist() == []
    nodate = page[:3] + page[4:]
    assert over_lead_rows(Segments.from_pages([nodate]), np.array([False] * 3 + [True] + [False] * 3),
                          np.delete(kept, 3))[0].tolist() == []
    # one paragraph is enough for the credit when the lead names the same agency (listed or not)
    assert credit_lines(seg, kept).tolist() == [False] * 6 + [True, False]
    unlisted = [line.replace("ANTARA", "KPL") for line in page]
    assert credit_lines(Segments.from_pages([unlisted]), kept).tolist() == [False] * 6 + [True, False]
    other_agency = page[:6] + ["UNB", "More news"]
    assert not credit_lines(Segments.from_pages([other_agency]), kept).any()


def test_owners_and_speakers_of_the_fifty_eighth_round():
    from pagesift.frozen import copyright_owner, host_note_lines, masthead_owner, opening_lines

    assert copyright_owner("© St. Brendan's Health 2027") == "St. Brendan's Health"
    assert copyright_owner("Copyright 2028 | Dr. Reddy's Laboratories Ltd.") == "Dr. Reddy's Laboratories"
    assert copyright_owner("© 2028 J.P. Harlow & Co.") == "J.P. Harlow"
    assert copyright_owner("© 2028 - Kestrel Foods") == "Kestrel Foods"
    page = ["KESTREL BANK", "Personal | Business | Newsroom", "Kestrel Bank cuts mortgage rates",
            "KESTREL BANK PLC. Registered in England No. 01234567"]
    assert masthead_owner(page) == {"KESTREL BANK", "Kestrel Bank"}
    # a name in capitals elsewhere is left as it is
    assert masthead_owner(["Acme Bank", "Home | News", "Text", "Acme Bank PLC. Registered in England"]) == {"Acme Bank"}
    lines = ['"We\'re sorry for any inconvenience," said Gareth Pryce, our network manager.',
             "Dana Cole, our head of research, said the results were encouraging.",
             '"It is our best year," said Gareth Pryce, the company\'s network manager.',
             "Our engineers will work between 9am and 4pm each day."]
    assert (opening_lines(Segments.from_pages([lines])) > 0).tolist() == [True, True, False, False]
    notes = ["Disclaimer: This story is provided by NewsVoir. ANI will not be responsible in any way for the "
             "content of this article.",
             "Disclaimer: This content is provided by sponsor. The statements are solely those of the provider."]
    assert host_note_lines(Segments.from_pages([notes])).tolist() == [True, False]



def test_issuers_acts_in_teasers_of_the_fifty_ninth_round():
    from pagesift.frozen import teaser_act_lines

    def found(teasers):
        return [int(row.max()) for row in np.split(teaser_act_lines(Segments.from_pages(teasers)),
                                                    np.cumsum([len(t) for t in teasers])[:-1])]

    date = "Aug 4, 2028"
    teasers = [  # more organisations' words and acts; "As part of X, " first; a legal form after the name
        ["Saigon Lotus Garments commissions rooftop solar system",
         "Ho Chi Minh City (Vietnam), March 28: As part of its commitment to cutting emissions, Saigon Lotus "
         "Garments has commissioned a 4-megawatt rooftop solar system.", date],
        ["Delta Rivers Trust welcomes coastal plan",
         "Dhaka (Bangladesh), June 3: Delta Rivers Trust, a charity working with river communities, has welcomed "
         "the government's plan.", date],
        ["Accra Digital Hub to train 10,000 developers",
         "Accra (Ghana), May 16: Accra Digital Hub has signed agreements with four universities.", date],
        ["Atlas Ridge Renewables connects wind farm",
         "Tangier (Morocco), August 4: Atlas Ridge Renewables has connected its 80-megawatt wind farm to the grid.",
         date],
        ["Angkor Harvest Rice secures organic certification",
         "Phnom Penh (Cambodia), July 20: Angkor Harvest Rice Co., Ltd. has secured EU organic certification.", date],
        ["Rift Valley Water Foundation drills 100th borehole",
         "Lodwar (Kenya), September 26: Rift Valley Water Foundation has drilled its 100th borehole in Turkana.", date],
        ["Kartli Wine Cellars wins double gold",
         "Tbilisi (Georgia), August 15: Kartli Wine Cellars has won a double gold medal for its amber wine.", date],
        ["Gobi Cashmere partners with fashion house",
         "Ulaanbaatar (Mongolia), January 17: Gobi Cashmere has partnered with an Italian fashion house.", date],
        # a distribution service's credit between the headline and the lead
        ["Ceylon Hills Tea Estates Wins Gold", "By NewsVoir",
         "Kandy (Sri Lanka), June 18: Ceylon Hills Tea Estates has won a gold medal for its black tea.", date],
        # the headline and its lead on one line
        ["Sakura Drone Systems Inc. Begins Deliveries of Spraying Drone - Osaka (Japan), June 16: Sakura Drone "
         "Systems Inc. has begun deliveries of its new spraying drone.", date],
        # with no dateline, under a sponsor's heading or "Press Releases"
        ["Partner content", "Orinda Capital launches sustainable infrastructure fund",
         "Orinda Capital, an independent asset manager, has launched a fund for water infrastructure."],
        ["Press Releases", "Desert Bloom Hospitality signs hotel deal",
         "Desert Bloom Hospitality has signed an agreement to manage two new hotels in Al Ain.",
         "Emirates Crest Insurance launches digital claims",
         "Emirates Crest Insurance has launched a fully digital motor claims service."]]
    assert found(teasers) == [1] * len(teasers)
    traps = [  # a club signs a player; no sponsor's heading over a bare lead; a heading starts a new block
        ["Atletico Riberas signs striker",
         "Buenos Aires, March 6: Atletico Riberas has signed Uruguayan striker Mateo Ferrari.", date],
        ["Orinda Capital launches sustainable infrastructure fund",
         "Orinda Capital, an independent asset manager, has launched a fund for water infrastructure."],
        ["Sponsored", "Nimbus Audio headphones review", "Companies", "Straits Blue Line cuts 600 jobs",
         "Straits Blue Line Shipping has launched a review of its routes."],
        # a story line with a dash in it is no teaser's headline
        ["Kenya's tea auction prices fall for third week - Mombasa (Kenya), July 9: Average prices at the "
         "Mombasa tea auction fell on Tuesday, brokers said.", date]]
    assert found(traps) == [0] * len(traps)


def test_quotes_credits_and_chrome_of_the_fifty_ninth_round():
    from pagesift.frozen import distributor_lines, house_lines, news_credit_lines, quote_lines, tag_lines

    page = ["Load-shedding returns", "3 June 2028",
            "Rolling power cuts returned on Monday evening after breakdowns at two power stations, the utility said.",
            '"We had just started to see customers come back in the evenings," said restaurant owner Lerato Dube.',
            '"It is a disaster for us," she added.',
            "Comments are moderated.",
            '"Good news for once," said nobody, I bet.']
    seg = Segments.from_pages([page])
    kept = np.array([True, True, True, False, False, False, False])
    rows, heads = quote_lines(seg, kept)
    assert rows.tolist() == [3, 4] and heads.tolist() == [2, 2]  # the story's, down a run of quotes
    # under a kept line that is no paragraph (a commenter's name) a quote is left alone
    assert quote_lines(seg, np.array([True, True, False, False, False, True, False]))[0].tolist() == []
    lines = ["Sign up for our daily newsletter to get the latest local news in your inbox.",
             "Subscribe to the Humanscale newsletter", "Sign up for a free trial of our software.",
             "Distribution channels: Healthcare & Pharmaceuticals Industry, Business & Economy",
             "By NewsVoir", "NewsVoir", "By Kate Moran", "—APP", "APP", "Download the APP"]
    seg = Segments.from_pages([lines])
    assert house_lines(seg).tolist() == [True, True] + [False] * 8
    assert tag_lines(seg).tolist() == [False] * 3 + [True] + [False] * 6
    assert distributor_lines(seg).tolist() == [False] * 4 + [True, True] + [False] * 4
    assert (news_credit_lines(seg) > 0).tolist() == [False] * 7 + [True, False, False]


def test_teasers_on_one_line_part_runs():
    from pagesift.frozen import teaser_blocks

    page = ["More news",
            "Kenya's tea prices fall for third week - Mombasa (Kenya), July 9: Average prices at the Mombasa tea "
            "auction fell on Tuesday as supply rose, brokers said.", "Jul 9, 2028",
            "Abyssinia Leather Works Opens Export Factory in Modjo - Modjo (Ethiopia), July 6: Abyssinia Leather "
            "Works has opened a factory in the Modjo industrial park.", "Jul 6, 2028"]
    content = np.array([False, True, True, True, True])
    start, end = teaser_blocks(Segments.from_pages([page]), content)
    assert start.tolist() == [0, 0, 0, 3, 3]  # the second teaser starts a block of its own
    # a story's paragraph under a date line, with a dash in it and no dateline after, does not
    story = page[:3] + ["The auction's prices have fallen since May - a third of the lots went unsold this "
                        "week, brokers said on Tuesday.", "Jul 6, 2028"]
    assert teaser_blocks(Segments.from_pages([story]), content)[0].tolist() == [0] * 5


def test_issuers_acts_in_teasers_of_the_sixtieth_round():
    from pagesift.frozen import teaser_act_lines

    def found(teasers):
        return [int(row.max()) for row in np.split(teaser_act_lines(Segments.from_pages(teasers)),
                                                    np.cumsum([len(t) for t in teasers])[:-1])]

    date = "Jun 02, 2028"
    teasers = [  # a place with a particle; a month in capitals; a place in capitals and a dash, no date
        ["Andina Solar Starts Operation of 120 MW Plant",
         "Santiago de Chile, Jun 2: Andina Solar has started commercial operation of its photovoltaic plant.", date],
        ["Tenuta Belvedere Wins Gold Medal",
         "VERONA, APR 15 - Tenuta Belvedere has won a gold medal at an international wine competition.", date],
        ["Faros Fintech Secures $12 Million Series A",
         "CAIRO -- Faros Fintech, an Egyptian digital payments startup, has secured $12 million in a Series A "
         "funding round.", date],
        # an organisation's name with "do" or "del" in it, or first a word that names an estate or a mine
        ["Quinta do Vale Douro Wins Best Port Wine Award",
         "PORTO, FEB 16 - Quinta do Vale Douro Wines has won the best port wine award.", date],
        ["Minera Andes del Sur Completes Drilling Program",
         "Arequipa (Peru), February 5: Minera Andes del Sur has completed its 2027 drilling program.", date],
        # more words and acts; "raised" with the money after it
        ["Mutare Teachers' College Graduates Record Class",
         "Mutare (Zimbabwe), September 21: Mutare Teachers' College has graduated a record 1,200 students.", date],
        ["Hope Rising Foundation Provides Clean Water to 40 Schools",
         "Gulu (Uganda), May 30: Hope Rising Foundation has provided clean water to 40 schools.", date],
        ["Volta River Fisheries Launches Cold Chain Network",
         "Accra (Ghana), March 6: Volta River Fisheries has launched a network of solar-powered cold rooms.", date],
        ["Kredly Fintech Raises USD 8 Million",
         "Bengaluru (Karnataka) [India], August 3: Kredly Fintech has raised USD 8 million in a funding round.",
         date]]
    assert found(teasers) == [1] * len(teasers)
    traps = [  # "raised" a forecast or a price; a reason cited; the act dated by its weekday
        ["Development bank raises Egypt growth forecast",
         "WASHINGTON -- The Atlantic Development Bank has raised its forecast for Egypt's economic growth.", date],
        ["Development bank raises Egypt growth forecast",
         "WASHINGTON -- The Atlantic Development Bank has lifted its forecast to 4.2 percent, citing a recovery "
         "in tourism.", date],
        ["Manatron to go private in $66 million deal",
         "PORTAGE -- Local software developer Manatron Inc. announced Tuesday morning that it has agreed to be "
         "acquired.", date],
        # a place in capitals with an agency's credit is a story's dateline, not a release's
        ["Ferry links to be boosted",
         "(ANSA) - ROME, APR 17 - Italy and Greece agreed on Thursday to boost ferry links, the ministry said.", date]]
    assert found(traps) == [0] * len(traps)


def test_dates_and_credits_of_the_sixtieth_round():
    from pagesift.frozen import (credit_lines, date_lines, dated_lead_lines, headed_date_lines, news_credit_lines,
                                 opening_lines)

    # a date with dashes, day or month first, is a date line; a longer line or a phone number is not
    lines = ["Wed 12-04-2028 14:22", "Posted on: 07-28-2008", "14-09-2028", "Call 555-0142-2028 now",
             "The vote on 12-04-2028 was postponed again after the council failed to agree on the budget."]
    assert date_lines(Segments.from_pages([lines])).tolist() == [True, True, True, False, False]

    # an agency's credit in the dateline, listed only for names alone ("BSS") or only here ("RSS"),
    # is a news credit: the lead's "today signed" is no release's opening
    leads = ["Dhaka, Feb 19, 2028 (BSS) - Bangladesh and Bhutan today signed a memorandum of understanding.",
             "Kathmandu, Feb 2, 2028 (RSS): Nepal and India today signed seven agreements on power trade.",
             "The Chief Justice today opened a new High Court station in the district.", "RSS"]
    seg = Segments.from_pages([leads])
    assert (news_credit_lines(seg) > 0).tolist() == [True, True, False, False]
    assert (opening_lines(seg) > 0).tolist() == [False, False, True, False]

    # a date line between a story's headline and its first paragraph takes the paragraph's scores,
    # not under a body's subheading, nor a byline's or a link's date
    page = ["Markets | Companies", "Egypt's central bank holds rates steady for third meeting",
            "Thursday, 18 May 2028 - 06:12 GMT",
            "CAIRO -- Egypt's central bank kept its main interest rates unchanged on Thursday for a third meeting.",
            "Musical pants and sound sleeves", "Also read: 10 September 2020",
            "Berzowska also has musical clothes that make a sound every time you take a step forward."]
    seg = Segments.from_pages([page])
    top = np.array([2, 0, 2, 0, 0, 2, 0])  # (columns: news, press release, boilerplate)
    rows, leads = headed_date_lines(seg, top, top != 2)
    assert rows.tolist() == [2] and leads.tolist() == [3]
    byline = ["Menu", "County to close Mill Road bridge for repairs in March", "Posted by Erin Walsh | February 10, 2027",
              "The county road department will close the Mill Road bridge over Tanner Creek for four weeks."]
    top = np.array([2, 0, 2, 0])
    assert headed_date_lines(Segments.from_pages([byline]), top, top != 2)[0].tolist() == []

    # a teaser's date in numbers under a lead whose dateline has the same day, either way round
    teaser = ["Indus Weaving Mills Receives Export Excellence Award",
              "Faisalabad, Sept 12: Indus Weaving Mills has received the Export Excellence Award for the third year.",
              "12-09-2028", "Sohar, March 20: Sohar Steel Works has commissioned a new rolling mill at its plant.",
              "21.03.2028"]
    kept = np.array([True, True, False, True, False])
    rows, leads = dated_lead_lines(Segments.from_pages([teaser]), kept)
    assert rows.tolist() == [2] and leads.tolist() == [1]

    # a desk's initials under an agency's credit under a story
    story = ["Chile, Argentina agree to reopen mountain pass",
             "Santiago de Chile, Jun 4 (EFE).- The governments of Chile and Argentina agreed on Wednesday to reopen "
             "a key Andean mountain pass, officials said.",
             "Around 2,000 trucks had been stranded on both sides of the border, the ministry said on Thursday.",
             "EFE", "jm/sc", "Other news"]
    kept = np.array([True, True, True, False, False, False])
    assert credit_lines(Segments.from_pages([story]), kept).tolist() == [False] * 3 + [True, True, False]


def test_signoffs_of_the_sixtieth_round():
    from pagesift.frozen import signoff_lines

    page = ["Orders totalled 58.4 billion U.S. dollars, up 14.2 percent from a year earlier, the ministry said.",
            "(By Lin Mei-hua)", "Enditem/AW", "(By Lin Mei-hua)", "More News"]
    # the mark with the desk's initials, and the reporter's name in brackets right over it only
    assert signoff_lines(Segments.from_pages([page])).tolist() == [False, True, True, False, False]


def test_issuers_acts_in_teasers_of_the_sixty_first_round():
    from pagesift.frozen import teaser_act_lines

    def found(teasers):
        return [int(row.max()) for row in np.split(teaser_act_lines(Segments.from_pages(teasers)),
                                                    np.cumsum([len(t) for t in teasers])[:-1])]

    date = "Oct 02, 2028"
    teasers = [  # an embassy, a diocese, a city, a college "of" a field; "hosted" after a dateline
        ["Embassy of Valdoria Hosts Reception to Mark National Day",
         "Merovia City, Nov 10: The Embassy of the Republic of Valdoria hosted a reception to mark its National Day.",
         date],
        ["Diocese of Fairhaven Appoints New Pastor at St. Brendan",
         "Millbrook (US), June 1: The Diocese of Fairhaven has appointed Rev. Thomas Okafor as pastor.", date],
        ["City of Arusha Launches Online Business Permit System",
         "Arusha (Tanzania), October 2: The City of Arusha has launched an online business permit system.", date],
        ["Mindanao State College of Agriculture Graduates First Drone Pilots",
         "Davao (Philippines), November 7: Mindanao State College of Agriculture has graduated its first batch "
         "of drone pilots.", date],
        # a ticker after the name, after a dateline; "today said it has"; "switched"; "the official partner"
        ["Nusantara Battery Cells Reports Record Quarterly Output",
         "Surabaya (Indonesia), July 18: Nusantara Battery Cells (IDX: NBCL) has reported record output.", date],
        ["Andes Copper Mining Commissions New Concentrator",
         "Antofagasta (Chile), July 31: Andes Copper Mining, a unit of Pacific Metals Group, today said it has "
         "commissioned a new copper concentrator.", date],
        ["Mekong Paper Mills Switches to Biomass Boilers",
         "Ho Chi Minh City (Vietnam), June 5: In a bid to cut its emissions, Mekong Paper Mills has switched its "
         "boilers to biomass fuel.", date],
        ["Andes Sports Nutrition Becomes Official Partner of Rugby Team",
         "Santiago (Chile), July 11: Andes Sports Nutrition has become the official nutrition partner of the team.",
         date],
        ["Cape Fynbos Distillers Bags Gold at Gin Awards",
         "Stellenbosch (South Africa), October 17: Cape Fynbos Distillers has bagged a gold medal.", date],
        # no headline: a lead under the block's heading or the last teaser's link
        ["More news", "Accra (Ghana), November 1: Gold Coast Cashew Processors has commissioned a plant in Wenchi.",
         "Read more »"],
        ["Read more »", "Kumasi (Ghana), October 31: Ashanti Shea Butter Cooperative has secured organic "
         "certification.", "Oct 31, 2028"]]
    assert found(teasers) == [1] * len(teasers)
    traps = [  # who said it; a ticker with no dateline (a financial site's story prints them too);
        # "said" without "today"; "has become" without "official"
        ["City of Nairobi Launches Crackdown on Street Hawkers",
         "Nairobi (Kenya), October 5: The City of Nairobi has launched a crackdown on hawkers, the county said.",
         date],
        ["As Kestrel Systems Moves To Texas, Governor Says He Talks With CEOs",
         "Kestrel Systems Corporation (NYSE: KSTR) has joined a growing list of tech firms moving to Texas.",
         date],
        ["Andes Copper Mining Commissions New Concentrator",
         "Antofagasta (Chile), July 31: Andes Copper Mining said it has commissioned a new copper concentrator.",
         date],
        ["Andes Sports Nutrition Becomes Largest Supplement Maker",
         "Santiago (Chile), July 11: Andes Sports Nutrition has become the largest supplement maker in Chile.", date],
        # no headline and no dateline; or someone said it
        ["More news", "Gold Coast Cashew Processors has commissioned a cashew plant in Wenchi.", "Read more »"],
        ["More news", "Accra (Ghana), November 1: Gold Coast Cashew Processors has commissioned a plant, "
         "officials said.", "Read more »"]]
    assert found(traps) == [0] * len(traps)


def test_owners_and_blocks_of_the_sixty_first_round():
    from pagesift.frozen import copyright_owner, end_mark_lines, footer_owner, menu_item_lines

    # a members' union owns its site; a paper named "Union" does not
    assert copyright_owner("© 2028 Allied Health Workers Union") == "Allied Health Workers Union"
    assert copyright_owner("© 2028 Lakeshore Credit Union") == "Lakeshore Credit Union"
    assert copyright_owner("© 2028 The Riverton Union") is None
    # a footer's street address names the site's owner; an outlet's is no owner's
    assert footer_owner(["Get a library card", "Oak Hollow Public Library | 300 Elm Street | Oak Hollow"]) \
        == {"Oak Hollow Public Library"}
    assert footer_owner(["Share", "Oak Hollow Gazette | 210 Main Street | Oak Hollow"]) == set()
    assert footer_owner(["Call us on 555 0100 | Mon-Fri 9-5"]) == set()

    # a section's name that is an item of the page's menu; not a menu's own line, a sentence, or
    # a line no menu has
    page = ["Home | Health | Science | Wellness | Nutrition", "Health", "Short sleep tied to heart failure risk",
            "Science.", "Diet"]
    assert menu_item_lines(Segments.from_pages([page])).tolist() == [False, True, False, False, False]
    # (per page: another page's menu does not count)
    assert menu_item_lines(Segments.from_pages([page[:1], ["Health", "Story"]])).tolist() == [False] * 3

    # "About the X" over prose that opens "The X ...", under a release that names "The X"
    release = ["KESTREL BAY, May 22, 2028 — The Port Authority of Kestrel Bay welcomed the largest container ship "
               "ever to call at the port on Monday.", "About the Port Authority of Kestrel Bay",
               "The Port Authority of Kestrel Bay operates the state's second-largest port.", "© 2028 Port"]
    kept = np.array([True, False, False, False])
    assert end_mark_lines(Segments.from_pages([release]), kept).tolist() == [False, True, True, False]


def test_release_credits_and_fields_of_the_sixty_second_round():
    from pagesift.frozen import subject_source_lines, submitted_lines

    def found(pages, lines):
        return [int(row.max()) for row in np.split(lines(Segments.from_pages(pages)),
                                                    np.cumsum([len(p) for p in pages])[:-1])]

    lead = "Coastal Credit Union has named Maria Delgado as its new president and chief executive officer."
    named = "Engineers at the Kestrel Institute of Technology have developed a concrete that repairs its own cracks."
    # under the text: a credit that calls it X's release (X named in it), or says X gave it (X opens it)
    credits = [[lead, "— Press release from Coastal Credit Union"], [lead, "(Press release from Coastal Credit Union)"],
               [lead, "Source: Coastal Credit Union press release"],
               [named, "This article is based on a press release from the Kestrel Institute of Technology."],
               [named, "Adapted from a news release by Kestrel Institute of Technology."],
               [lead, "Information provided by Coastal Credit Union."],
               [lead, "Submitted by the Coastal Credit Union"]]
    assert found(credits, subject_source_lines) == [1] * len(credits)
    traps = [[lead, "— Press release from Westbrook University"],  # another's name
             [named, "Information provided by Kestrel Institute of Technology."],  # named, not opening it
             ["I want to thank the volunteers who cleared the storm damage on our road last weekend, all of them.",
              "Submitted by Jane Morrow"],  # a reader's letter
             [lead, "— Press release from Reuters"],  # an agency is no issuer
             [lead, "Press release from Coastal Credit Union"]]  # no dash: a link to what a story cites
    assert found(traps, subject_source_lines) == [0] * len(traps)
    # such a credit under a kept line is kept, as an end mark is (within END_REACH lines); a
    # "Source: X" that is no credit's words is not
    from pagesift.frozen import release_credit_lines
    page = [lead, "It serves 62,000 members.", "— Press release from Coastal Credit Union", "Share",
            "Source: Coastal Credit Union"]
    seg = Segments.from_pages([page])
    assert release_credit_lines(seg, np.array([True, False, False, False, False])).tolist() == \
        [False, False, True, False, False]
    assert not release_credit_lines(seg, np.zeros(5, dtype=bool)).any()

    # over the text: a host's "Source:" field among its others, its note that a release follows
    body = "MAPUTO - The World Food Programme (WFP) is scaling up emergency food assistance for 300,000 people."
    police = "The Millbrook Police Department is asking for the public's help in identifying witnesses to a crash."
    above = [["Format: News and Press Release | Source: World Food Programme | Posted: 16 Dec 2028", body],
             ["Source: World Food Programme", body],
             ["The following is a press release from the Millbrook Police Department:", police],
             ["Editor's note: This is a press release from the Millbrook Police Department.", police]]
    assert found(above, submitted_lines) == [1] * len(above)
    traps = [["Format: News | Source: Xinhua | Posted: 16 Dec 2028", body],  # an agency
             ["Source: Westbrook University", body],  # not the text's issuer
             ["The following is a news release from the Fenwick Township Police Department:",
              "On Tuesday, December 1, at approximately 9:40 p.m., an officer attempted to stop a silver car."]]
    assert found(traps, submitted_lines) == [0] * len(traps)


def test_acts_and_marks_of_the_sixty_second_round():
    from pagesift.frozen import body_lines, end_mark_lines, teaser_act_lines, today_act_lines, wire_datelines

    # an issuer's act "today" in the present tense; a story's past act on a weekday is none
    seg = Segments.from_pages([["Solbacka Hotels today opens the doors to its first hotel in Gothenburg.",
                                "Lattice Freight today launches a version of its platform for cold-chain shippers.",
                                "The hotel opened on Monday, the company said."]])
    assert today_act_lines(seg).tolist() == [1, 1, 0]
    # an Austrian service's "(OTS)" in capitals, as in lower case
    seg = Segments.from_pages([["Innsbruck (OTS) - Alpenstrom AG has commissioned its new power plant.",
                                "Wien (ots) - Donau Bank AG has appointed a new chief executive.",
                                "The plant has its own costs (OTS excluded)."]])
    assert wire_datelines(seg).tolist() == [1, 1, 0]

    # four hashes end a release as three do; a period's highlights head a part of it
    release = ["Nordvik Shipping reports revenue of USD 412 million for the third quarter, as freight rates fell.",
               "Q3 2028 highlights", "Revenue: USD 412 million (Q3 2027: USD 455 million)",
               "Full-year 2028 financial highlights", "Net profit: USD 52 million (Q3 2027: USD 80 million)", "####",
               "Q3 2028 results"]
    kept = np.array([True, False, True, False, True, False, False])
    assert end_mark_lines(Segments.from_pages([release]), kept).tolist() == [0, 1, 0, 1, 0, 1, 0]

    # a teaser's dateline with its year; "has selected"; a "Materials" company
    date = "Jan 2, 2029"
    teasers = [["Atlas Green Energy Selects Turbine Supplier for 500 MW Wind Farm",
                "Tarfaya (Morocco), January 2, 2029: Atlas Green Energy has selected a turbine supplier.", date],
               ["Tasman BioMaterials Unveils Plant-Based Fibre for Outdoor Clothing",
                "Auckland (New Zealand), Nov 23: Tasman BioMaterials today unveiled a plant-based fibre.", date]]
    found = teaser_act_lines(Segments.from_pages(teasers))
    assert found.tolist() == [0, 1, 0, 0, 1, 0]

    # a story under its headline and date past a share bar and its writer's line, none kept
    page = ["Home | News | Sport", "Bus drivers in Manchester vote to strike", "7 January 2029", "Share", "Save",
            "Ethan Brooks, Business reporter",
            "Bus drivers in Greater Manchester have voted to strike over pay, in a dispute that could disrupt services.",
            "Members of the Unite union backed action by 87%, on a turnout of 71%.", "Related topics"]
    kept = np.array([False, True, True] + [False] * 6)
    assert body_lines(Segments.from_pages([page]), kept).tolist() == [False] * 6 + [True, True, False]
    # (past three such lines at most, and not past a line that ends a sentence)
    longer = page[:3] + ["Share", "Save", "Print", "Email"] + page[6:]
    assert not body_lines(Segments.from_pages([longer]), np.array([False, True, True] + [False] * 8)).any()
    sentence = page[:3] + ["It is free."] + page[6:]
    assert not body_lines(Segments.from_pages([sentence]), np.array([False, True, True] + [False] * 4)).any()


def test_statements_headers_and_owners_of_the_sixty_third_round():
    from pagesift.frozen import header_lines, org_masthead_owner, statement_lines, today_act_lines, wire_datelines

    # a statement given out in the passive, a government's readout of a call; a story's are not
    seg = Segments.from_pages([["The following statement was issued today by the Spokesperson for the Secretary-General:",
                                "Readout of Foreign Minister Petrova's Call with Foreign Minister of Valdoria",
                                "A readout of the call released by the ministry said the two had discussed the summit.",
                                "The statement was issued after the ministers met."]])
    assert statement_lines(seg).tolist() == [1, 1, 0, 0]
    # a regional service that carries another's release names both
    seg = Segments.from_pages([["RIYADH, Saudi Arabia--(BUSINESS WIRE/AETOSWire)--Qasr Hospitality Group today "
                                "announced an agreement.", "The hotels (WIRE/ROOMS) open in 2031."]])
    assert wire_datelines(seg).tolist() == [1, 0]
    # a filed release's exhibit number, a Nordic release's kind and date, an announcement's
    # number, over the text; the same words inside a sentence are no header
    seg = Segments.from_pages([["Exhibit 99.1", "EX-99.1", "Stock exchange release 12 March 2029 at 9:00 EET",
                                "Company announcement No. 14/2029",
                                "The results were filed as Exhibit 99.1 to a report on Form 8-K.",
                                "Company announcement delayed again"]])
    assert header_lines(seg).tolist() == [1, 1, 1, 1, 0, 0]
    # a campaign group's or a federation's name over its menu is its site's owner; a paper named
    # for its town is not
    menu = "About | Campaigns | Research | News | Donate"
    assert org_masthead_owner(["Fair Food Alliance", menu], set()) == {"Fair Food Alliance"}
    assert org_masthead_owner(["Kestrian Cycling Federation", menu], set()) == {"Kestrian Cycling Federation"}
    assert org_masthead_owner(["The Alliance Review", "News | Sports | Obituaries"], set()) == set()
    # an issuer's word on "today's" news in the present; a story's past tense or a quote is none
    seg = Segments.from_pages([["Children First Network welcomes today's announcement of 12,000 new child care spaces.",
                                "Labor welcomes today’s funding commitment from the Government.",
                                "The association broadly welcomed today's proposals, saying they were overdue.",
                                "\"We welcome today's decision,\" the group said."]])
    assert today_act_lines(seg).tolist() == [1, 1, 0, 0]


def test_labels_and_bodies_of_the_sixty_third_round():
    from pagesift.frozen import body_lines, end_mark_lines, labelled_teaser_lines, lone_body_lines

    # "Inside information:" labels a teaser as "Press release:" does
    teaser = ["Related", "Inside information: Nordhavn Shipping A/S raises outlook for 2029",
              "Nordhavn Shipping A/S raises its outlook for 2029 adjusted EBITDA to USD 410-450 million from USD "
              "360-410 million.", "© 2029 Europe Daily"]
    assert labelled_teaser_lines(Segments.from_pages([teaser])).tolist() == [False, True, True, False]
    assert not labelled_teaser_lines(Segments.from_pages([["Related", "Inside information on the talks",
                                                           teaser[2], teaser[3]]])).any()

    # a short page where nothing is kept: its runs of three sentences or more are its body
    body = ["Nordhavn Shipping A/S raises its outlook for 2029 adjusted EBITDA to USD 410-450 million.",
            "The upgrade reflects higher than expected rates in the product tanker market this year.",
            "The company will publish its interim report for the first half of 2029 as planned.",
            "Contact: CFO Mette Holm, +45 3300 0000"]
    page = ["Nordhavn Shipping A/S | Investors", "Share | Reports | Governance"] + body
    none = np.zeros(len(page), dtype=bool)
    assert lone_body_lines(Segments.from_pages([page]), none).tolist() == [False, False, True, True, True, False]
    kept = none.copy()
    kept[0] = True  # a page with a kept line is the other passes'
    assert not lone_body_lines(Segments.from_pages([page]), kept).any()
    assert not lone_body_lines(Segments.from_pages([page[:3] + page[4:]]), none[:-1]).any()  # two sentences
    long_page = page + ["Menu item"] * 100  # a portal's long page
    assert not lone_body_lines(Segments.from_pages([long_page]), np.zeros(len(long_page), dtype=bool)).any()

    # a story's "Key facts" over sentences with no list mark, up to a kept line
    story = ["The agency said it needed 180 million dollars to feed them until the next harvest in April.", "Key facts",
             "Rainfall in the region was 40 percent below normal this season.", "Maize harvests fell by a third.",
             "Prices of maize meal have doubled since January.", "More on this story"]
    kept = np.array([True, False, False, False, True, False])
    assert end_mark_lines(Segments.from_pages([story]), kept).tolist() == [False, True, True, True, False, False]
    kept[4] = False  # and not when no kept line ends the list
    assert not end_mark_lines(Segments.from_pages([story]), kept).any()

    # the body under a kept headline, byline and date, none of its paragraphs kept
    page = ["News | Sports | Business", "City to ban cars from Main Street on weekends", "By Ana Ruiz", "June 12, 2029",
            "Cars will be banned from three blocks of Main Street on Saturdays and Sundays from July, the city "
            "council decided on Wednesday.", "Restaurants will be allowed to put tables in the street.",
            "What do you think? Take our poll"]
    kept = np.array([False, True, True, True, False, False, False])
    assert body_lines(Segments.from_pages([page]), kept).tolist() == [False] * 4 + [True, True, False]


def test_statements_end_marks_and_notes_of_the_sixty_fourth_round():
    from pagesift.frozen import end_mark_lines, header_lines, host_note_lines, house_lines, statement_lines, \
        wire_datelines

    # a government press office's opening lines; a story's "Following is a summary" and a
    # line that quotes the form are not
    seg = Segments.from_pages([["Following is a question by the Hon Ivan Lok and a reply by the Secretary for Health, "
                                "Dr Mei Tsang, in the Legislative Council today (May 15):",
                                "Following is the transcript of remarks by the Chief Executive at a media session today:",
                                "Following is the speech by the Secretary for Transport at the forum today (June 3):",
                                "Following is a summary of the main exchanges.",
                                "The office said: Following is the speech by the minister."]])
    assert statement_lines(seg).tolist() == [1, 1, 1, 0, 0]
    # its end marks, a distribution service's, and a release's note on itself, under a kept line
    page = ["The Government will launch an online booking system by the end of this year.",
            "This press release contains forward-looking statements, including statements about our outlook.",
            "Ends/Wednesday, May 15, 2029", "Issued at HKT 16:20", "End of News",
            "Issued at noon", "End of the road for the old ferry"]
    kept = np.array([True] + [False] * 6)
    assert end_mark_lines(Segments.from_pages([page]), kept).tolist() == [False, True, True, True, True, False, False]
    assert not end_mark_lines(Segments.from_pages([page]), np.zeros(7, dtype=bool)).any()  # under nothing kept
    # a German service's head, as a wire line and a header; inside a sentence it is neither
    seg = Segments.from_pages([["EQS-News: Helvex AG / Key word(s): Expansion",
                                "DGAP-Ad-hoc: Solvara AB: Solvara lowers full-year outlook",
                                "The company said in an EQS-News: release that sales fell."]])
    assert wire_datelines(seg).tolist() == [1, 1, 0] and header_lines(seg).tolist() == [1, 1, 0]
    # a print view's footer; a story's "printed from a single press" is prose
    seg = Segments.from_pages([["Article printed from The Marisol Gazette: https://marisolgazette.example/2029/07/09/x",
                                "URL to article: https://marisolgazette.example/?p=88412",
                                "The newspaper was first printed from a single press in 1921."]])
    assert house_lines(seg).tolist() == [True, True, False]
    # a business paper's note on a release it carries
    seg = Segments.from_pages([["The content of this press release was provided by the issuer. Kell Business Journal "
                                "is not responsible for its content.",
                                "The content of this report was provided by the ministry."]])
    assert host_note_lines(seg).tolist() == [True, False]


def test_owners_and_datelines_of_the_sixty_fourth_round():
    from pagesift.frozen import dated_lines, org_masthead_owner, own_site_lines

    # a public service's masthead: all prose under it is its own; a trade paper named for
    # what it covers is an outlet, and so is a news service
    body = ["The Valdoria Blood Service is urging people to give blood this week after stocks fell to three days.",
            "Winter illnesses have led to a sharp fall in donations, with one in five appointments cancelled."]
    for masthead, own in [("Valdoria Blood Service", [1, 1]), ("Valdoria Prison Service", [1, 1]),
                          ("Valdoria National Parks", [1, 1]), ("Kell Water", [1, 1]),
                          ("Valdorian Coast Guard | Newsroom", [1, 1]),
                          ("Health Service Review", [0, 0]), ("National Parks Traveler", [0, 0]),
                          ("Valdoria News Service", [0, 0])]:
        page = [masthead, "Donate | Where to give | About | News"] + body
        assert own_site_lines(Segments.from_pages([page])).tolist()[2:] == own, masthead
    # a transport operator's name, a membership body's, a charity's or an event's over its menu
    assert org_masthead_owner(["Kell Airport", "Flights | Parking | Shopping"], set()) == {"Kell Airport"}
    assert org_masthead_owner(["Port of Kell", "Port services | Cargo | News"], set()) == {"Port of Kell"}
    assert org_masthead_owner(["Valdoria Railways", "Tickets | Travel info"], set()) == {"Valdoria Railways"}
    assert org_masthead_owner(["Rail Business Daily", "News | Freight"], set()) == set()
    assert org_masthead_owner(["Airport World", "News | Airports"], set()) == set()
    for masthead, menu in [("Valdoria Nurses Union", "About | Join | Campaigns | News"),
                           ("Shelter Valdoria", "Get help | Campaigns | Donate | Media"),
                           ("Kell Jazz Festival", "Programme | Tickets | Venues | Press")]:
        assert org_masthead_owner([masthead, menu], set()) == {masthead}
    assert org_masthead_owner(["Kell Evening Star", "News | Sport | Opinion | Weather"], set()) == set()
    # a German issuer's places and full stop, a day as an ordinal; a story's date in a sentence is no dateline
    seg = Segments.from_pages([["Hamburg/Warsaw, 14 March 2031. Nordwerk Group has acquired a majority stake in Kodeks.",
                                "FENWICK, Valdoria, March 21st, 2031 – Brightline Dental Studios has opened its fifth clinic.",
                                "Berlin, 2nd Apr 2031 - Acme GmbH today announced a new plant in the east of the city.",
                                "The deal, agreed on 14 March 2031. was later approved by the regulator in Warsaw."]])
    assert dated_lines(seg).tolist() == [1, 1, 1, 0]


def test_dialogue_and_statement_lines_of_the_sixty_fifth_round():
    from pagesift.frozen import contact_lines, dialogue_lines, end_mark_lines, statement_lines, voiced_lines

    # a government's question and reply: the parts' labels under its kept statement line
    page = ["LCQ4: Noise from construction sites at night",
            "Following is a question by the Hon Kelly Tam and a written reply by the Secretary for Environment, "
            "Mr Wing Ho, in the Legislative Council today (November 12):",
            "Question:", "Residents in several districts have complained about noise from construction sites late at night.",
            "Reply:", "Madam President,", "In the past three years, the Department received 4,120 complaints a year.",
            "NNNN", "Reply:"]
    seg = Segments.from_pages([page])
    kept = np.array([1, 1, 0, 1, 0, 0, 1, 0, 0], dtype=bool)
    assert dialogue_lines(seg, kept).tolist() == [False, False, True, False, True, True, False, False, False]
    assert not dialogue_lines(seg, np.zeros(9, dtype=bool)).any()  # under no kept statement
    # ... and a transcript's turns; a story's quoted turns under no such line are not
    page = ["Following is the transcript of remarks by the Chief Executive, Mr Peter Lam, at a media session today:",
            "Reporter: Will the Government extend the electricity subsidy for another year?",
            "Chief Executive: We have received many views on the subsidy and will decide soon.",
            "(Please also refer to the Chinese portion of the transcript.)"]
    kept = np.array([1, 0, 0, 0], dtype=bool)
    assert dialogue_lines(Segments.from_pages([page]), kept).tolist() == [False, True, True, False]
    assert end_mark_lines(Segments.from_pages([page]), np.array([1, 1, 1, 0], dtype=bool)).tolist()[3]
    story = ["The Chief Executive said on Tuesday that no decision had been made on relief for small shops.",
             "Reporter: Will there be new relief measures in the Budget?"]
    assert not dialogue_lines(Segments.from_pages([story]), np.array([1, 0], dtype=bool)).any()
    # a ministry's briefing as given out; its long "Following is" line keeps itself, colon and all
    seg = Segments.from_pages([["Following is the transcript of the weekly press briefing by the Ministry's "
                                "spokesperson, Anna Lind, on 9 April 2031:",
                                "Following is a summary of the weekly press briefing."]])
    assert statement_lines(seg).tolist() == [1, 0] and voiced_lines(seg).tolist() == [True, False]
    # a contact block under a note only the end marks keep
    page = ["This press release contains forward-looking statements that involve risks and uncertainties, and "
            "actual results may differ.", "Investor Contact", "Paul Brenner", "+1 617 555 0142"]
    assert contact_lines(Segments.from_pages([page]), np.array([1, 0, 0, 0], dtype=bool)).tolist() == \
        [False, True, True, True]


def test_owners_of_the_sixty_fifth_round():
    from pagesift.frozen import _public_name, own_site_lines

    # councils, public offices and courts are public bodies; a legal paper and a future-minded
    # office's magazine are not
    for name, public in [("Kell District Council", True), ("Harrow City Council", True),
                         ("Office of the Data Protection Commissioner", True), ("Office of the Auditor-General", True),
                         ("Supreme Court of Valdoria", True), ("Court of Appeal", True),
                         ("High Court Daily", False), ("Office of the Future", False), ("The Regulator Review", False)]:
        assert _public_name(name) == public, name
    # an organisation's notice names it by what it is, or its office by its holder, or a
    # co-operative without the word; a story does not, nor "the Association of X"
    for masthead, line, own in [
            ("Valdoria Scout Association", "The Association aims to open 100 new groups in areas with few youth services.", 1),
            ("Valdoria Chess Federation", "Federation president Ivan Rudd said the championship would be a great boost.", 1),
            ("Valley Dairy Co-operative", "Valley Dairy will raise the price it pays its 1,400 member farmers from March.", 1),
            ("Valdoria Scout Association", "The Association of Youth Clubs said it would open 100 new groups this year.", 0),
            ("Valdoria Chess Federation", "The Federation Cup final will be played in Kell on Sunday before a big crowd.", 0)]:
        page = [masthead, "About | Join | Volunteer | News", line]
        assert own_site_lines(Segments.from_pages([page])).tolist()[2] == own, (masthead, line)
    page = ["Office of the Data Protection Commissioner", "About us | Your rights | News",
            "The Data Protection Commissioner has fined Kell Fitness Ltd after the data of 90,000 members leaked."]
    assert own_site_lines(Segments.from_pages([page])).tolist()[2] == 1
    # a council's copyright: its libraries' notices are its own
    page = ["Kell City Libraries", "Find a book | Events | News",
            "Kell Central Library will close from 1 October for six months while it is refurbished.",
            "© Kell City Council"]
    assert own_site_lines(Segments.from_pages([page])).tolist()[2] == 1


def test_story_headlines_of_the_sixty_fifth_round():
    from pagesift.frozen import story_headline_rows

    # a real site's headline over its subtitle and byline, among share buttons
    page = ["Share | Tweet | Email", "Screenwriter Apologizes For Fatal Crash",
            "'Pulp Fiction' Screenwriter Avary, Accused Of Drunk Driving, Apologizes After Fatal Car Crash",
            "By Jo Pell", "The screenwriter of a famous crime film apologized on Tuesday for a car crash that killed "
            "his friend, saying he would accept whatever sentence the court gave him."]
    kept = np.array([0, 0, 1, 1, 1], dtype=bool)
    rows, leads = story_headline_rows(Segments.from_pages([page]), kept)
    assert rows.tolist() == [1] and leads.tolist() == [4]
    # not a line that shares no words with the story, a section's title, a kicker, a field's
    # label or a byline
    for line in ["Most Popular Stories This Week", "Screenwriter Crash News", "Screenwriter crash: latest",
                 "Tags: screenwriter, crash, apologizes", "by Jo Pell screenwriter crash apologizes"]:
        page[1] = line
        rows, _ = story_headline_rows(Segments.from_pages([page]), kept)
        assert rows.tolist() == [], line
    # nor one over a paragraph that is not the page's first kept one
    page[1] = "Screenwriter Apologizes For Fatal Crash"
    rows, _ = story_headline_rows(Segments.from_pages([page]), np.array([0, 0, 0, 0, 0], dtype=bool))
    assert rows.tolist() == []


def test_a_company_or_newsroom_menu_names_the_masthead_the_sites_owner():
    from pagesift.frozen import own_site_lines

    plant = "Kessler Werke has opened a new production plant in Brno, Czech Republic, creating 240 jobs this year."
    tools = "From April, every new Tessaro cordless tool will run on the same 18-volt battery pack, old or new."
    unit = "St. Brigid's stroke unit has received the national Gold Standard award for the third year running."
    cover = "Drivers in Ridgeport pay more for car insurance than anywhere else in the state, a CoverCompare study found."
    pages = [["Kessler Werke GmbH", "Company | Products | Press | Careers", plant],
             ["Tessaro Tools", "Products | Solutions | Support | Company", tools],
             ["St. Brigid's Health", "Find a Doctor | Locations | Newsroom", unit],
             ["CoverCompare", "Car insurance | Home insurance | About", "Newsroom", cover],  # one word, section under
             ["Ostrander Valves", "Products", "Industries", "Careers", plant.replace("Kessler Werke", "Ostrander Valves")],
             ["Kessler Werke", "News | Sport | Technology | Careers", plant],  # a paper's menu
             ["Kessler Werke", "Home | About | Press | Contact", plant],  # a blog's press page
             ["Volunteer", "Events", "Newsroom", cover.replace("CoverCompare", "Volunteer")],  # items one to a line
             ["Kessler Werke | Investors", "Overview | Financials | Governance", plant],  # its section after it
             ["Kessler Werke | News", "Overview | Financials | Governance", plant]]  # a paper's section
    got = own_site_lines(Segments.from_pages(pages)).tolist()
    assert got == [0, 0, 1] + [0, 0, 1] + [0, 0, 1] + [0, 0, 0, 1] + [0, 0, 0, 0, 1] + [0, 0, 0] + [0, 0, 0] \
        + [0, 0, 0, 0] + [0, 0, 1] + [0, 0, 0]


def test_an_owners_name_without_its_legal_form_and_its_brand():
    from pagesift.frozen import org_masthead_owner, own_site_lines

    # the brand under a company's or a newsroom's menu: the first word unless a plain one, or all
    # but the last word
    assert org_masthead_owner(["Tessaro Tools", "Products | Solutions | Support | Company"], set()) \
        == {"Tessaro Tools", "Tessaro"}
    assert org_masthead_owner(["St. Brigid's Health", "Find a Doctor | Locations | Newsroom"], set()) \
        == {"St. Brigid's Health", "St. Brigid's"}
    assert org_masthead_owner(["Metro Link Transit", "Plan a trip | Fares | Newsroom"], set()) \
        == {"Metro Link Transit", "Metro Link"}
    assert org_masthead_owner(["Metro Link Transit", "Plan a trip | Fares | About"], set()) == {"Metro Link Transit"}
    # the legal form left off, on a site that is not all its owner's prose
    dairy = "Valley Dairy Company will raise the price it pays its members for milk from the first of March next year."
    page = ["Valley Dairy Company Ltd", "About | Members | News", dairy]
    assert own_site_lines(Segments.from_pages([page])).tolist() == [0, 0, 1]


def test_on_a_company_or_newsroom_site_all_prose_is_the_owners():
    from pagesift.frozen import own_site_lines

    ours = "Last week, the regulator found that some of our advertisements overstated our 5G coverage in rural towns."
    quoted = '"We know this is hard news for families in the town," said chief executive Marcus Doyle on Tuesday.'
    reported = "As we reported last week, more than 400 people signed a petition against the scheme, saying schools were full."
    pages = [["Valdorian Telecom", "Personal | Business | About us | Newsroom", ours, quoted, "Read more"],
             ["Kellford Pulse", "News | Sport | Technology | Careers", reported],  # a paper's menu and "we"
             # a built page's borrowed chrome: a company's menu and copyright over another site's story
             ["Products", "Industries", "Careers", "Company", reported, "© 2026 Accruent LLC"]]
    assert own_site_lines(Segments.from_pages(pages)).tolist() == [0, 0, 1, 1, 0] + [0, 0, 0] + [0, 0, 0, 0, 0, 0]


def test_a_hosts_note_ends_a_contact_block():
    from pagesift.frozen import contact_lines

    body = "Fishers affected by the closure will be eligible for support payments under the adjustment programme."
    pages = [[body, "Media contact", "Office of the Minister, 555-0142", "Date modified: 2032-10-04"],
             [body, "Media contact", "Office of the Minister", "555-0142"]]
    seg = Segments.from_pages(pages)
    kept = np.ones(len(seg.texts), dtype=bool)
    assert contact_lines(seg, kept).tolist() == [0, 1, 1, 0] + [0, 1, 1, 1]


def test_a_government_a_judiciary_and_a_libraries_service_are_their_sites_owners():
    from pagesift.frozen import own_site_lines

    ruling = "The Court of Appeal today dismissed an appeal by Aerolinea Kell against the ban on night flights at the airport."
    libraries = "Kellford Libraries will launch a mobile library in February, bringing books and internet access to 18 villages."
    pages = [["Judiciary of Kellmark", "Courts | Judgments | Jury service | Media | Contact", ruling],  # all its prose
             ["[1]Kellford Libraries", "Catalogue | Branches | Events | eBooks | News", libraries]]  # a link's number
    assert own_site_lines(Segments.from_pages(pages)).tolist() == [0, 0, 1] + [0, 0, 1]


def test_a_masthead_read_from_its_logo_its_tagline_or_the_pages_title():
    from pagesift.frozen import org_masthead_owner

    menu = "Company | Products | Press | Careers"
    assert org_masthead_owner(["Brandt Hydraulik logo", menu], set()) >= {"Brandt Hydraulik"}
    assert org_masthead_owner(["Lindqvist Pumps – Drive technology since 1952", menu], set()) >= {"Lindqvist Pumps"}
    assert org_masthead_owner(["Orsolya Foods opens new plant in Brno | Orsolya Foods", menu], set()) \
        == {"Orsolya Foods"}  # no brand from a part: a banner's "Use Code X" would give "Use"
    assert org_masthead_owner(["Home - Vantor Cables", menu], set()) == {"Vantor Cables"}
    # a banner over the menu names no one, and without such a menu a title is not read
    assert org_masthead_owner(["Final Call: Save $400 on Insights 2025", "Products", "Industries", "Careers"], set()) \
        == set()
    assert org_masthead_owner(["Orsolya Foods opens new plant in Brno | Orsolya Foods", "News | Sport"], set()) == set()


def test_a_shops_a_software_firms_and_a_makers_menus_make_all_prose_the_owners():
    from pagesift.frozen import own_site_lines

    ours = "Each piece is made in our Porto workshop in runs of no more than 200, and every label carries its lot number."
    pages = [["Atelier Noor", "New in | Women | Men | Accessories | Journal | Stores", ours],
             ["Quillbase", "Product | Pricing | Customers | Docs | Blog | Log in", ours],
             ["Brightline Mobile", "Phones | Plans | Broadband | Help | Coverage", ours],
             ["Hearthline", "Kitchen | Laundry | Heating | Spare parts | Support | Where to buy", ours],
             # a paper's menus: a retail paper's "Stores", and a "Help" with no product word
             ["The Retail Ledger", "News | Stores | Fashion | Grocery | Tech | Events | Subscribe", ours],
             ["The Kell Courier", "News | Sport | Puzzles | Help | Careers", ours],
             # "Product" alone is a paper's section too ("Company News" over "Product Spotlight")
             ["Quillbase", "Company News", "Design Ideas", "Product Spotlight", ours]]
    assert own_site_lines(Segments.from_pages(pages)).tolist() == [0, 0, 1] * 4 + [0, 0, 0] * 2 + [0] * 5


def test_a_bodys_initials_name_it_but_not_a_broadcasters():
    from pagesift.frozen import _acronym, own_site_lines

    assert _acronym("United Nations Relief Office") == "UNRO"
    assert _acronym("Kell Public Health Agency") == "KPHA"
    assert _acronym("Kell Water") is None  # two words
    assert _acronym("Kessler Werke Group Ltd") is None  # no body's word at its end
    assert _acronym("Valdoria Broadcasting Service") is None  # its stories name it as a source's words
    appeal = "UNRO's appeal for Kessaria is only 14 percent funded, and its teams have reached 38,000 people so far."
    pages = [["United Nations Relief Office", "Home | News | Emergencies | Donate | About us", appeal]]
    assert own_site_lines(Segments.from_pages(pages)).tolist() == [0, 0, 1]


def test_release_openings_of_the_sixty_eighth_round():
    from pagesift.frozen import opening_lines, press_office_lines, statement_lines

    pages = [["TORRANCE, Calif. – Kaito Motors North America today reported February U.S. sales of 61,208 vehicles.",
              "The state health department today reported 312 new cases of dengue in the week to Sunday.",  # a story's
              "Mumbai: Maharashtra today reported 312 new cases of dengue, the highest weekly figure this year.",
              "Today we're open-sourcing Tidewater, the job queue that runs every background task at Orbitly.",
              "The Ministry wishes to inform the public that the dam is now 87 percent complete.",
              'A spokesman said the ministry "wishes to inform the public" that the dam is nearly complete.']]
    assert opening_lines(Segments.from_pages(pages)).tolist() == [1, 0, 0, 1, 1, 0]
    pages = [["PRESS STATEMENT", "Media statement:", "In a press statement on Tuesday, the ministry said it was on time.",
              "This is a summary of what was said by UNRO spokesperson Amal Haddad at today's press briefing.",
              "The following is a news release from the Lakeport Police Department:"]]
    assert statement_lines(Segments.from_pages(pages)).tolist() == [1, 1, 0, 1, 1]
    pages = [["From: Department of Further and Higher Education", "From: Natural Resources Canada", "From: Jo Pell"]]
    assert press_office_lines(Segments.from_pages(pages)).tolist() == [1, 1, 0]


def test_a_short_about_paragraph_but_not_an_outlets_box():
    from pagesift.frozen import short_about_lines

    survey = "Nearly two in three Americans say they will travel less this holiday season, according to a new survey from Roamly."
    story = "Marlin Cruise Terminals will require every ship to plug into shore power, the company told Harbor Ledger on Friday."
    pages = [[survey, "About Roamly", "Roamly is a trip planning app used by more than 8 million travelers."],
             [story, "About Harbor Ledger", "Harbor Ledger is a newsletter about the port and its neighbours."],
             ["About Roamly", "Roamly is a trip planning app used by more than 8 million travelers."]]  # named nowhere above
    assert short_about_lines(Segments.from_pages(pages)).tolist() == [0, 1, 0] + [0, 0, 0] + [0, 0]


def test_notes_and_marks_of_the_sixty_eighth_round():
    from pagesift.frozen import end_mark_lines, host_note_lines, house_lines, news_credit_lines, release_headings

    house = ["Thanks for reading Harbor Ledger! Subscribe for free to receive new posts and support my work.",
             "This email was sent to you using GovDelivery Communications Cloud on behalf of: Kessex County.",
             "You are subscribed to News Releases for Kessex County.",
             "Having trouble viewing this email? View it as a Web page.",
             "Thanks for reading, and I hope these tips help you."]  # a blog's last line: its text
    assert house_lines(Segments.from_pages([house])).tolist() == [1, 1, 1, 1, 0]
    note = ["Police say missing Lakeport teen found safe", "The following is a news release from the Lakeport Police "
            "Department:", "A 15-year-old girl reported missing on Monday has been found safe, the department said."]
    seg = Segments.from_pages([note])
    assert host_note_lines(seg).tolist() == [0, 1, 0] and release_headings(seg).tolist() == [0, 1, 0]
    credits = ["By Rhea Castillo, Staff writer", "Rhea Castillo, Staff Writer", "By Rhea Castillo"]
    assert news_credit_lines(Segments.from_pages([credits])).tolist() == [1, 1, 0]
    body = "The Commission has today proposed new rules to cut the packaging used for goods sold online."
    seg = Segments.from_pages([[body, "For More Information", "Questions and answers", "IP/33/1187"]])
    assert end_mark_lines(seg, np.array([True, False, True, False])).tolist() == [0, 1, 0, 1]


def test_firms_hospitals_universities_and_parliaments_menus_make_all_prose_the_owners():
    from pagesift.frozen import own_site_lines

    ours = "Our crews are working to restore power to the remaining customers and expect most to be back on by 10 p.m."
    pages = [["Carrow Whitfield LLP", "People | Expertise | Sectors | Insights | News | Careers | Contact", ours],
             ["SkyTarvonia", "Book | Manage | Check in | Flight status | Help", ours],
             ["Harbour Power", "My account | Outages | Billing | Save energy | Help", ours],
             ["Northvale Hospitals Trust", "Our hospitals | Services | Patients and visitors | Work for us | News", ours],
             ["Westmoor University", "Study | Research | About | Alumni | News", ours],
             ["Kessarian Parliament", "MPs | Business | Committees | Get involved | Visit | News", ours],
             # (a public body's country after its name: the prose names the body)
             ["Department for Transport, Republic of Kessaria", "Home | Roads | Rail | Consultations | News",
              "The Department for Transport is asking for views on lowering the speed limit outside schools to 20 mph."],
             # a TV station's "Outages", a health publisher's "Find a Doctor", an education paper's
             # "Admissions" with "Careers": papers' menus
             ["KVRN 8 News", "News | Weather | Traffic | Outages | Closings | Contact | Careers", ours],
             ["WellPath Health", "Conditions | Medications | Find a Doctor | News | About | Careers", ours],
             ["The Campus Report", "News | Admissions | Study abroad | Opinion | Careers", ours]]
    assert own_site_lines(Segments.from_pages(pages)).tolist() == [0, 0, 1] * 7 + [0, 0, 0] * 3


def test_an_events_edition_year_is_no_part_of_its_name():
    from pagesift.frozen import org_masthead_owner

    menu = "Exhibit | Visit | Programme | Exhibitors | News | Contact"
    assert org_masthead_owner(["Kessaria Build Expo 2034", menu], set()) == {"Kessaria Build Expo 2034",
                                                                              "Kessaria Build Expo"}


def test_breadcrumbs_of_the_sixty_ninth_round():
    from pagesift.frozen import breadcrumb_lines, story_headline_rows

    lines = ["Statistics › Prices › Consumer price index", "Elections › Senate › District 14", "Home » Posts",
             "Home > News > Statements", "Prices rose 2.4% > forecast.", "Consumer prices rose 2.4% in March"]
    assert breadcrumb_lines(Segments.from_pages([lines])).tolist() == [1, 1, 1, 1, 0, 0]
    # a trail over the headline shares the story's words, and is no headline read as chrome
    page = ["Statistics › Prices › Consumer price index", "Consumer prices rose 2.4% in the year to March",
            "The consumer price index rose by 2.4% in the 12 months to March, down from 2.7% in February."]
    rows, _ = story_headline_rows(Segments.from_pages([page]), np.array([False, True, True]))
    assert rows.tolist() == []


def test_notes_and_marks_of_the_sixty_ninth_round():
    from pagesift.frozen import body_lines, end_mark_lines, house_lines, menu_lines

    house = ["Comments are closed.", "The Harbour Fringe Daily is an independent publication and is not affiliated "
             "with the festival.", "The council said the comments are closed until Friday."]
    assert house_lines(Segments.from_pages([house])).tolist() == [1, 1, 0]
    assert menu_lines(Segments.from_pages([["In brief", "News in brief", "Brief encounter"]])).tolist() == [1, 1, 0]
    body = "The Meridian Institute recommends a national register of landlords and longer minimum tenancies."
    page = [body, "Notes to editors", "Images are available on request from the press office.",
            "The Meridian Institute is an independent research organisation.",
            "For interviews contact press@meridian.example", "About the Courier",
            "For press enquiries about The Courier, email office@courier.example"]
    kept = np.array([True, False, False, True, False, False, False])
    assert end_mark_lines(Segments.from_pages([page]), kept).tolist() == [0, 1, 1, 0, 1, 0, 0]
    # a short story kept under its headline stops at a host's note
    story = ["Shares close higher as miners rally", "The benchmark index rose 0.8% on Tuesday, led by mining shares "
             "after copper prices hit a six-month high.", "Banks were mixed ahead of quarterly results next week.",
             "Market data provided by a third-party vendor."]
    assert body_lines(Segments.from_pages([story]), np.array([True, False, False, False])).tolist() == [0, 1, 1, 0]


def test_statement_bodies_and_end_gaps_of_the_seventieth_round():
    from pagesift.frozen import end_gap_lines, end_mark_lines, statement_body_lines

    page = ["Statement from Bishop Thomas Keane on the closure of St Brendan's Church", "12 October 2035",
            "It is with sadness that I confirm St Brendan's Church will close after Christmas Mass this year.",
            "The building needs repairs costing more than two million euro.", "Donate | Contact | Privacy"]
    assert statement_body_lines(Segments.from_pages([page])).tolist() == [1, 1, 1, 1, 0]
    # one sentence is no body; a title the page repeats (its title bar's) is not the statement's own
    assert not statement_body_lines(Segments.from_pages([page[:3]])).any()
    assert statement_body_lines(Segments.from_pages([page[:1] + page])).tolist() == [0, 0, 0, 1, 1, 0]
    release = ["Four of 20 smart doorbells we tested could be taken over by a hacker within ten minutes, our "
               "research has found.", "Our lab found weak default passwords on models sold online.",
               "Read more: How to choose a doorbell camera.", "ENDS"]
    seg = Segments.from_pages([release])
    kept = np.array([True, False, False, True])
    marks = end_mark_lines(seg, kept)
    assert marks.tolist() == [0, 0, 0, 1]
    # a link's lead stops the gap: nothing between is taken
    assert end_gap_lines(seg, kept, marks).tolist() == [0, 0, 0, 0]
    seg = Segments.from_pages([release[:2] + release[3:]])
    kept = np.array([True, False, True])
    assert end_gap_lines(seg, kept, end_mark_lines(seg, kept)).tolist() == [0, 1, 0]


def test_notes_menus_contacts_and_tables_of_the_seventieth_round():
    from pagesift.frozen import (_APPOSITIVE, _CONTACT_HEAD, _HOUSE, _SPONSOR_NOTE, _company_menu, end_mark_lines,
                                 table_lines)

    assert _HOUSE.search("Campus Chronicle is the independent student newspaper of Kellerton University.")
    assert not _HOUSE.search("The university is the largest employer in the city.")
    assert _SPONSOR_NOTE.match("Responsibility for the content of press releases lies with the issuer.")
    assert _SPONSOR_NOTE.match("The issuer is solely responsible for the content of this announcement.")
    assert not _SPONSOR_NOTE.match("The editor is responsible for the content.")
    assert _APPOSITIVE.match("Tema (Ghana), May 3: Volta Brew, one of West Africa's fastest growing beverage "
                             "companies, unveiled a plan")
    assert _company_menu(["What we do | Where we work | Get involved | Donate | News"])
    assert not _company_menu(["News | Politics | Investigations | About | Donate"])  # a nonprofit newsroom's
    assert _CONTACT_HEAD.fullmatch("Investor relations:")
    page = ["Orla Foods today reported sales of 412 million for the first quarter, up 9% from a year earlier.",
            "2035 | 2034", "Sales | 412 | 378", "Operating profit | 38 | 34", "Filter by year: 2035 | 2034 | 2033"]
    kept = np.array([True, False, False, False, False])
    assert table_lines(Segments.from_pages([page]), kept).tolist() == [0, 1, 1, 1, 0]
    assert not table_lines(Segments.from_pages([page]), np.zeros(5, dtype=bool)).any()
    portal = ["New rules to cut waiting times for driving tests", "From: Driver Licensing Agency",
              "Published 3 March 2035"]
    assert end_mark_lines(Segments.from_pages([portal]), np.array([True, False, True])).tolist() == [0, 1, 0]
    assert not end_mark_lines(Segments.from_pages([portal]), np.array([False, False, True])).any()


def test_a_marker_lead_over_the_last_teaser_cuts_the_block():
    from pagesift.frozen import teaser_blocks

    page = ["Related Stories", "Kelana Foods Wins Halal Excellence Award for Third Year",
            "KUALA LUMPUR, Sept 9 — Kelana Foods, a leading maker of ready meals, announced today that it has "
            "received the award.", "Singapore unemployment edges down to 1.9 percent",
            "SINGAPORE, Sept 9 — Singapore's unemployment rate fell to 1.9 percent in the second quarter, the "
            "ministry said.", "© 2035 The Daily Meridian"]
    seg = Segments.from_pages([page])
    content = np.array([False, True, True, True, True, False])
    markers = np.array([False, False, True, False, False, False])
    start, _ = teaser_blocks(seg, content, markers)
    assert start[3] == 3 and start[2] == start[1]
    # a release's opening over its first subheading and more of its body: no cut
    body = page[:5] + ["The rate was the lowest since 2019, and wages rose 4 percent in the quarter, figures showed.",
                       page[5]]
    start, _ = teaser_blocks(Segments.from_pages([body]), np.array([False, True, True, True, True, True, False]),
                             np.array([False, False, True, False, False, False, False]))
    assert start[3] == start[1]


def test_teaser_self_praise_and_attribution_of_the_seventy_first_round():
    from pagesift.frozen import _APPOSITIVE

    # self-praise ("X's leading ...") outweighs the lead's closing "the company said"
    assert _APPOSITIVE.match("Zanzibar (Tanzania), January 12: Zanzi Air, Tanzania's leading regional airline, has "
                             "launched daily flights between Zanzibar and Nairobi, the company said.")
    # a neutral description with it is a reporter's lead (an early round's seed-like page, news)
    assert not _APPOSITIVE.match("Tema (Ghana), January 30: Atlas Fertilizers, a Moroccan maker of crop nutrients, "
                                 "has opened a fertiliser blending plant at Tema port, the company said.")
    # nor does praise excuse "said" before the lead's end, or someone else's word
    assert not _APPOSITIVE.match("Suva (Fiji), March 2: Coral Telecom, Fiji's leading mobile network operator, has "
                                 "launched 5G, the company said on Monday, adding that prices would not rise.")
    assert not _APPOSITIVE.match("Suva (Fiji), March 2: Coral Telecom, Fiji's leading mobile network operator, has "
                                 "launched 5G in two cities, the regulator said.")
    # a quote of the issuer's own officer after the act
    assert _APPOSITIVE.match("Colombo (Sri Lanka), July 18: Ceylon Spice Exporters, the island's largest exporter of "
                             "cinnamon, has won the gold award. \"This award belongs to our growers,\" said managing "
                             "director Nimal Perera.")
    assert not _APPOSITIVE.match("Nairobi, March 28: Rift Valley Breweries, the country's largest brewer, will raise "
                                 "the price of its beers by 8 percent, managing director Joseph Mwangi said.")
    # a name that opens in lower case, and more issuers' nouns
    assert _APPOSITIVE.match("Dhaka (Bangladesh), January 5: bKash, Bangladesh's leading mobile financial service "
                             "provider, announced a partnership with a cooperative bank.")
    assert _APPOSITIVE.match("Amman (Jordan), July 29: Petra Dates Company, a grower and packer of Medjool dates in "
                             "the Jordan Valley, has received the Gulf Food Quality Award.")
    assert not _APPOSITIVE.match("Dhaka, January 5: police said two men had been arrested.")


def test_a_statements_signer_of_the_seventy_first_round():
    from pagesift.frozen import statement_body_lines

    page = ["Statement from the Mayor on the closure of the Eastgate swimming pool", "14 October 2036",
            "I know how much the Eastgate pool means to the families who use it.",
            "The engineers' report leaves us no choice: the roof is not safe.", "Mayor Alison Grant",
            "Contact | Privacy"]
    assert statement_body_lines(Segments.from_pages([page])).tolist() == [1, 1, 1, 1, 1, 0]
    # a bishop's cross before the name, and the office under it
    signed = page[:4] + ["+Thomas Keane", "Bishop of Carlow Bay", "Contact | Privacy"]
    assert statement_body_lines(Segments.from_pages([signed])).tolist() == [1, 1, 1, 1, 1, 1, 0]
    # a bare name is an author's or a link's, unless its office is under it
    bare = page[:4] + ["Alison Grant", "Contact | Privacy"]
    assert statement_body_lines(Segments.from_pages([bare])).tolist() == [1, 1, 1, 1, 0, 0]
    office = page[:4] + ["Alison Grant", "Mayor of Eastgate", "Contact | Privacy"]
    assert statement_body_lines(Segments.from_pages([office])).tolist() == [1, 1, 1, 1, 1, 1, 0]


def test_issuers_and_teasers_of_the_seventy_second_round():
    from pagesift.frozen import _APPOSITIVE, _TEASER_ACT, _public_name

    # a military service's own site, its country after it or not; not a paper about it
    assert _public_name("Royal Navy of Westland") and _public_name("Kessarian Defence Force")
    assert not _public_name("Navy Times") and not _public_name("Army Gazette")
    # a cooperative, described with a number that has a thousands' comma
    assert _APPOSITIVE.match("Inca Coffee, a cooperative of 3,000 growers in Cusco, has launched a range of coffees.")
    assert not _APPOSITIVE.match("Inca Coffee, a cooperative of 3,000 growers in Cusco, has launched a range of "
                                 "coffees, the ministry said.")
    # self-praise as "one of X's fastest-growing ...", whatever follows it
    assert _APPOSITIVE.match("Singapore, March 8: CoinHarbor Exchange, one of Southeast Asia's fastest-growing "
                             "digital asset platforms, said it has launched zero-fee trading.")
    # an act in the present tense, and "has become the first", after a teaser's dateline
    assert _TEASER_ACT.match("Puerto Montt (Chile), September 1: Patagonia Salmon Farms receives Aquaculture "
                             "Stewardship Council certification for all 22 of its sites")
    assert _TEASER_ACT.match("Belo Horizonte (Brazil), July 12: In a significant move for the coffee industry, Minas "
                             "Agro has become the first Brazilian coffee exporter to be certified carbon neutral")
    # a country is no organisation, and a story says who said it
    assert not _TEASER_ACT.match("Nairobi (Kenya), May 2: Kenya has become the first country to ban the bags")
    assert not _TEASER_ACT.match("Santiago (Chile), May 2: Andes Foods receives a state loan, the ministry said")


def test_notes_marks_and_mastheads_of_the_seventy_second_round():
    from pagesift.frozen import _SIGNOFF_END, end_gap_lines, end_mark_lines, masthead_lines, signoff_lines

    release = ["Half of upland hay meadows have been lost, according to a survey published today by the charity.",
               "ENDS", "Notes to editors", "1. The survey was carried out between May and August 2036 by 260 volunteers.",
               "2. Save the Uplands is a charity working to protect the hills. Registered charity number 1184410.",
               "For interviews contact the press office on 020 7946 0311.", "Donate"]
    kept = np.array([True, False, False, True, False, False, False])
    assert end_mark_lines(Segments.from_pages([release]), kept).tolist() == [0, 1, 1, 0, 1, 1, 0]
    # an unnumbered line after the first note stops the walk
    loose = release[:4] + ["Save the Uplands is a charity working to protect the hills.", release[6]]
    assert end_mark_lines(Segments.from_pages([loose]), kept[:6]).tolist() == [0, 1, 1, 0, 0, 0]
    # a breaking story's "More to follow." under its last paragraph is the story's
    story = ["The A40 is closed in both directions near Denham after a crash involving a lorry and two cars.",
             "More to follow.", "Latest"]
    assert end_mark_lines(Segments.from_pages([story]), np.array([True, False, False])).tolist() == [0, 1, 0]
    assert not end_mark_lines(Segments.from_pages([story]), np.zeros(3, dtype=bool)).any()
    # PTI's desk initials after the last sentence; a wire's mark closes its story's gap
    assert _SIGNOFF_END.search("A reading above 50 indicates expansion. PTI ABC DEF")
    assert not _SIGNOFF_END.search("The PTI said on Monday it would contest.")
    wire = ["Officials said the two countries would set up a joint fund for projects in both of the countries.",
            "Trade between them rose by a third last year to a record.", "--IANS"]
    seg = Segments.from_pages([wire])
    assert end_gap_lines(seg, np.array([True, False, True]), signoff_lines(seg)).tolist() == [0, 1, 0]
    # an organisation's name alone over its menu one item to a line; not a headline over a share bar
    council = ["Harlow District Council", "Bins and recycling", "Council tax", "Planning", "News"]
    assert masthead_lines(Segments.from_pages([council])).tolist() == [1, 0, 0, 0, 0]
    shared = ["County Council Approves Budget", "Share", "Tweet", "Email", "The council approved its budget."]
    assert not masthead_lines(Segments.from_pages([shared])).any()
    assert not masthead_lines(Segments.from_pages([["Harbour Times", "News", "Sport", "Weather"]])).any()


def test_statements_and_letters_of_the_seventy_second_round():
    from pagesift.frozen import statement_body_lines

    page = ["Statement: Disciplinary decision on Port Ellis United", "4 December 2037",
            "An independent disciplinary panel has fined Port Ellis United and deducted three points.",
            "Port Ellis United have 14 days to appeal against the decision.", "League table"]
    assert statement_body_lines(Segments.from_pages([page])).tolist() == [1, 1, 1, 1, 0]
    letter = ["An open letter to our customers from our CEO", "19 January 2037", "To our customers,",
              "Last week, many of you were without power for up to three days after the storm.",
              "Every customer who was without power for more than two days will receive a payment.",
              "Thank you for your patience.", "Anna Berglund", "Chief Executive, Halvard Energy", "Privacy"]
    assert statement_body_lines(Segments.from_pages([letter])).tolist() == [1, 1, 1, 1, 1, 1, 1, 1, 0]
    # a close with no signer under it is left to the model
    unsigned = letter[:6] + ["Privacy"]
    assert statement_body_lines(Segments.from_pages([unsigned])).tolist() == [1, 1, 1, 1, 1, 0, 0]
    # a headline that mentions an open letter is not its title
    story = ["Parents send open letter to council over school closures", "By Jo Pell",
             "More than 300 parents have signed a letter asking the council to keep two schools open.",
             "The council said it would reply next week."]
    assert not statement_body_lines(Segments.from_pages([story])).any()


def test_owners_voice_and_clubs_of_the_seventy_third_round():
    from pagesift.frozen import _narrator_we, _team_menu, copyright_owner, own_site_lines

    # "we" and "our" where no quote is; not in a quote, nor on a line that opens or closes one
    assert _narrator_we("We have reported the incident to the data protection authorities in the Netherlands.")
    assert _narrator_we("Our senior men's eight won the Grand Challenge Cup at Welland Regatta on Saturday.")
    assert not _narrator_we('"We will be supporting both officers and their families," the chair said today.')
    assert not _narrator_we('The company wrote: "We are deeply sorry, and we are taking this seriously," it said.')
    assert not _narrator_we("Manager Declan Hughes said: \"The lads showed real character. We were poor")
    assert not _narrator_we("The US and the UK signed the agreement in London on Tuesday after talks.")
    # a legal form written with full stops leaves no letter on the owner's name
    assert copyright_owner("© 2038 ShieldLane B.V.") == "ShieldLane"
    assert copyright_owner("© 2038 Plan B Foods") == "Plan B Foods"
    # the owner's voice near prose that names it, or under its name atop the page
    notice = ["ShieldLane", "Pricing", "Blog", "An update on the incident",
              "On February 4, we detected access to a database that stores account e-mail addresses.",
              "We are sorry this happened. Keeping your data safe is the reason ShieldLane exists.",
              "© 2038 ShieldLane B.V."]
    assert own_site_lines(Segments.from_pages([notice])).tolist() == [0, 0, 0, 0, 1, 1, 0]
    airline = ["Corvid Air", "Book", "Manage booking", "Update on disruption",
               "We are very sorry to all customers whose journeys have been disrupted by the failure.",
               "© 2038 Corvid Air Ltd"]
    assert own_site_lines(Segments.from_pages([airline])).tolist() == [0, 0, 0, 0, 1, 0]
    # a built page's borrowed chrome: a company's copyright line over a reporter's "we"
    built = ["Shop Homes for Sale", "Crime Watch joins hunt for missing teen",
             "We tracked down the witness ourselves, and he gave us the details of what he saw that night.",
             "© 2006-2012 Zillow Inc., All Rights Reserved"]
    assert not own_site_lines(Segments.from_pages([built])).any()
    # a reader's letter credited to her: her "our road" is not the site's
    letter = ["Letter: Thank you to our volunteers",
              "On behalf of the residents of Oak Street, I want to thank the volunteers who cleared our road.",
              "Submitted by Jane Morrow", "© 2028 Millbrook Weekly"]
    assert not own_site_lines(Segments.from_pages([letter])).any()
    # a club's menu one item to a line
    assert _team_menu(["First team", "Tickets", "Shop", "News"])
    assert _team_menu(["Home | Fixtures | Tickets | Shop"])
    assert not _team_menu(["News", "Sport", "Tickets"]) and not _team_menu(["First team", "Tickets"])


def test_points_entries_and_notes_of_the_seventy_third_round():
    from pagesift.frozen import _CLOSING_NOTE, _PHONE, end_mark_lines, entry_lines

    # bare points under "Highlights:" over a kept lead; not a teaser's line among them
    release = ["Cobalt Ridge Intersects 41 Metres of Nickel Sulphide", "Highlights:",
               "41.0 metres at 1.8% nickel and 0.4% copper from 212 metres in hole MC-038",
               "Mineralisation extends 300 metres below previous drilling", "Third rig mobilised to site",
               "PERTH, Australia, June 16, 2038 -- Cobalt Ridge Resources Ltd is pleased to report assay results.",
               "Subscribe"]
    kept = np.array([True, False, True, False, False, True, False])
    assert end_mark_lines(Segments.from_pages([release]), kept).tolist() == [0, 1, 0, 1, 1, 0, 0]
    teaser = release[:4] + ["Don't miss » Copper miner wins tax case"] + release[5:]
    assert end_mark_lines(Segments.from_pages([teaser]), kept).tolist()[4] == 0
    # a board's authorisation under an announcement, a spaced local number
    assert _CLOSING_NOTE.match("This announcement has been authorised for release by the Board of Cobalt Ridge Ltd.")
    assert not _CLOSING_NOTE.match("The board authorised the sale of the mine on Tuesday.")
    assert _PHONE.search("Enquiries: Integrity Department, 555 0194")
    # a live blog: its entries under their times and its "Live:" headline, not the times
    live = ["Live: Storm Orla brings flooding to coastal towns", "2:10 PM",
            "The coast guard says it has rescued three people from a car caught in floodwater.", "1:20 PM",
            "Schools in Carrick and Dunmaine will close early today, the department has announced.",
            "See also: Why are storms getting stronger?", "Share"]
    kept = np.array([False, False, True, False, False, False, False])
    assert entry_lines(Segments.from_pages([live]), kept).tolist() == [1, 0, 1, 0, 1, 0, 0]
    assert not entry_lines(Segments.from_pages([live]), np.zeros(7, dtype=bool)).any()
    one = live[:3] + ["Share"]
    assert not entry_lines(Segments.from_pages([one]), kept[:4]).any()
