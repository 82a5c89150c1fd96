"""The stacked final stage (blocks.StackedClassifier): fitted on whole pages with
out-of-fold scores, scored the same by scikit-learn and by the frozen form, calibrated
through its final model."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from conftest import labelled_pages
from pagesift.batch import Segments
from pagesift.blocks import Blocks, StackedClassifier
from pagesift.features import make_rows
from pagesift.frozen import Chain, freeze
from pagesift.frozen import StackedClassifier as FrozenStacked
from pagesift.labels import CONTENT, LABELS
from pagesift.model import build_pipeline, feature_names, load_model


def _texts_labels(n, seed):
    pages = labelled_pages(n, seed=seed)
    return [[t for t, _ in p] for p in pages], [l for p in pages for _, l in p]


@pytest.fixture(scope="module")
def stacked_pipeline():
    texts, labels = _texts_labels(40, seed=1)
    return build_pipeline(stacked=True).fit(make_rows(texts), labels)


def test_stacked_frozen_scores_as_the_pipeline(stacked_pipeline):
    frozen = freeze(stacked_pipeline)
    assert isinstance(frozen, Chain) and isinstance(frozen.steps[-1][1], FrozenStacked)
    batch = Segments.from_pages(_texts_labels(12, seed=7)[0])
    ours, theirs = frozen.predict_proba(batch), stacked_pipeline.predict_proba(batch)
    assert np.abs(ours - theirs).max() < 1e-12
    assert (ours.argmax(1) == theirs.argmax(1)).all()


def test_stacked_scores_of_a_page_do_not_depend_on_its_batch(stacked_pipeline):
    frozen = freeze(stacked_pipeline)
    pages = _texts_labels(9, seed=11)[0]
    together = frozen.predict_proba(Segments.from_pages(pages))
    alone = frozen.predict_proba(Segments.from_pages(pages[:1]))
    assert np.array_equal(alone, together[: len(alone)])


def test_final_model_reads_the_base_scores_of_the_lines_around(stacked_pipeline):
    clf = stacked_pipeline.named_steps["classifier"]
    features = stacked_pipeline[:-1].transform(make_rows(_texts_labels(3, seed=5)[0]))
    stacked = clf.stacked(features)
    # the features plus one context block of the base model's scores (3 labels: self, 4
    # neighbours with a missing flag each, window, page, run)
    assert stacked.shape[1] == features.shape[1] + 3 * (3 + 4 + 1) + 4
    assert clf.final_.coef_.shape[1] == stacked.shape[1]
    assert clf.base_.coef_.shape[1] == features.shape[1]
    assert np.abs(clf.final_.coef_[:, features.shape[1]:]).sum() > 0
    names = feature_names(stacked_pipeline)
    assert len(names) == clf.coef_.shape[1] and names[-1] == "stacked:run:boilerplate"


def test_scores_are_the_final_and_base_models_averaged(stacked_pipeline):
    texts, labels = _texts_labels(20, seed=6)
    X = stacked_pipeline[:-1].transform(make_rows(texts))
    fits = {b: StackedClassifier(blend=b).fit(X, labels) for b in (0.0, 0.5, 1.0)}
    width = X.shape[1]
    # blend 0: the base model alone, the stacked block unused
    assert np.array_equal(fits[0.0].coef_[:, :width], fits[0.0].base_.coef_)
    assert not fits[0.0].coef_[:, width:].any()
    assert np.allclose(fits[0.0].predict_proba(X), fits[0.0].base_.predict_proba(X))
    # blend 0.5: half the final fit's weights plus half the base model's
    half, full = fits[0.5], fits[1.0]
    assert np.allclose(half.coef_[:, width:], 0.5 * full.coef_[:, width:])
    assert np.allclose(half.coef_[:, :width], 0.5 * full.coef_[:, :width] + 0.5 * full.base_.coef_)
    assert np.allclose(half.intercept_, 0.5 * full.intercept_ + 0.5 * full.base_.intercept_)
    assert not np.allclose(full.coef_[:, :width], full.base_.coef_)  # the two models differ


def test_training_scores_are_out_of_fold(monkeypatch):
    """The block the final model is fitted on holds, for each page, the scores of a base
    model fitted without that page: two fold models on parts of the rows, then the base
    and final models on all of them (each pair side by side on threads, so in either order)."""
    from pagesift.blocks import BlockLogisticRegression

    seen = []
    original = BlockLogisticRegression.fit

    def spy(self, X, y, sample_weight=None):
        if sample_weight is not None:  # the stacked classifier's fits (the first stage's have none)
            seen.append((X.shape[0], X.shape[1]))
        return original(self, X, y, sample_weight=sample_weight)

    monkeypatch.setattr(BlockLogisticRegression, "fit", spy)
    texts, labels = _texts_labels(30, seed=3)
    pipeline = build_pipeline(stacked=True)
    pipeline.fit(make_rows(texts), labels)
    n = len(labels)
    assert len(seen) == 4
    (f1, w), (f2, _) = seen[:2]
    base, final = sorted(seen[2:], key=lambda shape: shape[1])
    assert f1 + f2 == n and 0 < min(f1, f2)
    assert base == (n, w) and final[0] == n and final[1] > w


def test_threads_fit_side_by_side_and_give_the_same_model(monkeypatch):
    """With two threads the two fold fits, then the base and final fits, run at once (each
    waits for its pair at a barrier, which times out if they ran one after the other),
    and the weights are bitwise those of one thread."""
    import threading

    from pagesift.blocks import BlockLogisticRegression

    barrier, fits = None, []
    original = BlockLogisticRegression.fit

    def spy(self, X, y, sample_weight=None):
        if sample_weight is not None:
            fits.append(X.shape)
            if barrier is not None:
                barrier.wait()
        return original(self, X, y, sample_weight=sample_weight)

    monkeypatch.setattr(BlockLogisticRegression, "fit", spy)
    texts, labels = _texts_labels(30, seed=3)
    fitted = {}
    for jobs in (1, 2):
        barrier = threading.Barrier(2, timeout=30) if jobs == 2 else None
        fits.clear()
        fitted[jobs] = build_pipeline(stacked=True, n_jobs=jobs).fit(make_rows(texts), labels)
        assert len(fits) == 4
    one, two = (fitted[j].named_steps["classifier"] for j in (1, 2))
    for a, b in ((one.final_, two.final_), (one.base_, two.base_)):
        assert np.array_equal(a.coef_, b.coef_) and np.array_equal(a.intercept_, b.intercept_)


def test_a_model_saved_before_a_parameter_existed_gets_its_default(stacked_pipeline):
    import copy
    import pickle

    old = copy.copy(stacked_pipeline.named_steps["classifier"])
    del old.__dict__["n_jobs"], old.__dict__["run_max"]  # as pickled before they existed
    back = pickle.loads(pickle.dumps(old))
    assert back.get_params()["n_jobs"] is None and back.run_max is False
    assert back.blend == old.blend and np.array_equal(back.coef_, old.coef_)  # the rest as saved


def test_partial_rows_take_the_rows_partial_labels_stack():
    from pagesift.blocks import partial_labels, partial_rows

    X = sp.random(7, 5, density=0.6, format="csr", random_state=0)
    gold = ["news", CONTENT, "boilerplate", CONTENT, "press_release", "news", "boilerplate"]
    w = np.arange(1.0, 8.0)
    X2, y2, w2 = partial_labels(X, gold, w)
    rows, y3, w3 = partial_rows(gold, w)
    assert (X[rows] != X2).nnz == 0 and list(y2) == list(y3) and np.array_equal(w2, w3)
    assert X2.shape[0] == 9 and list(y2[-4:]) == ["news", "news", "press_release", "press_release"]
    assert partial_rows(["news", "boilerplate"], w[:2])[0] is None


def test_content_rows_are_learnt_as_not_boilerplate():
    texts, labels = _texts_labels(30, seed=4)
    labels = [CONTENT if l != "boilerplate" and i % 5 == 0 else l for i, l in enumerate(labels)]
    pipeline = build_pipeline(stacked=True).fit(make_rows(texts), labels)
    assert sorted(map(str, pipeline.classes_)) == sorted(LABELS)


def test_stacked_classifier_needs_blocks_with_their_pages():
    X = Blocks([sp.random(10, 4, density=0.5, format="csr", random_state=0)])
    with pytest.raises(ValueError, match="Segments"):
        StackedClassifier().fit(X, ["news"] * 5 + ["boilerplate"] * 5)


def test_calibration_and_saving_go_through_the_final_model(tmp_path, train_tsv, test_tsv):
    from pagesift.training import train

    card = train([str(train_tsv)], tmp_path / "m.joblib", test_fraction=0.0, calibrate_on=[str(test_tsv)],
                 quiet=True, stacked=True)
    assert card["parameters"]["stacked"] is True
    t = card["calibration"]["temperature"]
    model = load_model(tmp_path / "m.joblib")
    clf = model.pipeline.named_steps["classifier"]
    assert isinstance(clf, StackedClassifier) and t != 1.0
    rows = make_rows(_texts_labels(4, seed=9)[0])
    assert np.abs(model.predict_proba(rows) - model.pipeline.predict_proba(rows)[
        :, [list(model.pipeline.classes_).index(l) for l in LABELS]]).max() < 1e-12


def test_hstack_csr_equals_scipy():
    from pagesift.blocks import hstack_csr

    dense = sp.random(50, 30, density=0.1, random_state=0, dtype=np.float32).toarray()
    dense[5] = 0  # an empty row on one side
    a = sp.csr_matrix(dense)
    b = sp.random(50, 7, density=0.4, format="csr", random_state=1, dtype=np.float32)
    ours, theirs = hstack_csr(a, b), sp.hstack([a, b], format="csr")
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    assert np.array_equal(ours.toarray(), theirs.toarray())
    assert ours.has_sorted_indices or np.array_equal(ours.indptr, theirs.indptr)


def test_two_pages_are_enough_to_train(tmp_path):
    """With so few pages a fold can hold every page of a class (or all of them): its
    out-of-fold scores stay 0 instead of the fit failing."""
    texts, labels = _texts_labels(2, seed=8)
    for seed in range(4):
        clf = build_pipeline(stacked=True, seed=seed).fit(make_rows(texts), labels).named_steps["classifier"]
        assert sorted(map(str, clf.classes_)) == sorted(set(labels))


def test_runs_are_the_stretches_on_one_side_of_boilerplate():
    from pagesift.batch import _run_bounds

    # two pages: menu, menu, story, story, story, heading, teaser | story, menu
    side = [2, 2, 0, 1, 0, 2, 1, 0, 2]
    values = np.eye(3)[side]
    start = np.array([0] * 7 + [7] * 2)
    end = np.array([7] * 7 + [9] * 2)
    run_start, run_end = _run_bounds(values, start, end, column=2)
    assert run_start.tolist() == [0, 0, 2, 2, 2, 5, 6, 7, 8]
    assert run_end.tolist() == [2, 2, 5, 5, 5, 6, 7, 8, 9]


def test_run_means_left_unbuilt_score_as_the_built_block():
    from sklearn.preprocessing import StandardScaler

    from pagesift.batch import ScaledContext, _context_block

    seg = Segments.from_pages(_texts_labels(6, seed=13)[0])
    values = np.random.RandomState(0).dirichlet(np.ones(3), size=len(seg))
    block = _context_block(seg, values, 2, 4, run_column=2)
    plain = _context_block(seg, values, 2, 4)
    assert block.shape[1] == plain.shape[1] + 3 and np.array_equal(block[:, : plain.shape[1]], plain)
    lazy = ScaledContext(seg, values, 2, 4, False, StandardScaler().fit(block), run_column=2)
    w = np.random.RandomState(1).normal(size=(3, block.shape[1]))
    assert np.allclose(lazy.matmul_t(w), lazy.toarray().astype(np.float64) @ w.T, atol=1e-5)


def test_run_max_is_each_runs_highest_and_scores_unbuilt_as_built():
    from sklearn.preprocessing import StandardScaler

    from pagesift.batch import ScaledContext, _context_block

    # one page: menu, menu, story, story, story, heading, teaser
    values = np.array([[.1, .1, .8], [.2, .1, .7], [.6, .3, .1], [.2, .7, .1], [.5, .4, .1], [0, .1, .9], [.3, .6, .1]])
    seg = Segments.from_pages([["m1", "m2", "s1", "s2", "s3", "h", "t"]])
    block = _context_block(seg, values, 1, 2, run_column=2, run_max=True)
    assert np.allclose(block[:, -3:], [[.2, .1, .8]] * 2 + [[.6, .7, .1]] * 3 + [[0, .1, .9], [.3, .6, .1]])
    assert np.array_equal(block[:, :-3], _context_block(seg, values, 1, 2, run_column=2))
    seg = Segments.from_pages(_texts_labels(6, seed=13)[0])
    values = np.random.RandomState(0).dirichlet(np.ones(3), size=len(seg))
    block = _context_block(seg, values, 2, 4, run_column=2, run_max=True)
    lazy = ScaledContext(seg, values, 2, 4, False, StandardScaler().fit(block), run_column=2, run_max=True)
    w = np.random.RandomState(1).normal(size=(3, block.shape[1]))
    assert np.allclose(lazy.matmul_t(w), lazy.toarray().astype(np.float64) @ w.T, atol=1e-5)


def test_stacked_with_run_max_scores_as_its_final_model_on_the_built_block():
    texts, labels = _texts_labels(40, seed=1)
    pipeline = build_pipeline(stacked=True, run_max=True).fit(make_rows(texts), labels)
    clf = pipeline.named_steps["classifier"]
    names = feature_names(pipeline)
    assert names[-1] == "stacked:run_max:boilerplate" and len(names) == clf.coef_.shape[1]
    assert np.abs(clf.coef_[:, -3:]).sum() > 0  # the run's highest scores carry weight
    X = pipeline[:-1].transform(make_rows(_texts_labels(6, seed=7)[0]))
    built = sp.hstack([X.tocsr(), clf._context(X, clf.base_.predict_proba(X)).toarray()]).toarray()
    assert np.allclose(clf.decision_function(X), built @ clf.coef_.T + clf.intercept_, atol=1e-5)
    batch = Segments.from_pages(_texts_labels(12, seed=7)[0])
    assert np.abs(freeze(pipeline).predict_proba(batch) - pipeline.predict_proba(batch)).max() < 1e-12


def test_stacked_without_runs_keeps_the_block_of_earlier_models():
    texts, labels = _texts_labels(40, seed=1)
    pipeline = build_pipeline(stacked=True, runs=False).fit(make_rows(texts), labels)
    clf = pipeline.named_steps["classifier"]
    features = pipeline[:-1].transform(make_rows(_texts_labels(3, seed=5)[0]))
    assert clf.final_.coef_.shape[1] == features.shape[1] + 3 * (3 + 4) + 4
    assert feature_names(pipeline)[-1] == "stacked:page:boilerplate"
    del clf.runs  # as unpickled from a model saved before runs existed
    batch = Segments.from_pages(_texts_labels(12, seed=7)[0])
    ours, theirs = freeze(pipeline).predict_proba(batch), pipeline.predict_proba(batch)
    assert np.abs(ours - theirs).max() < 1e-12
    alone = freeze(pipeline).predict_proba(Segments.from_pages(_texts_labels(12, seed=7)[0][:1]))
    assert np.array_equal(alone, ours[: len(alone)])


def test_out_of_fold_scores_can_hold_whole_sites_out():
    from pagesift.batch import fold_of

    pages = _texts_labels(60, seed=3)[0]
    seg = Segments.from_pages(pages)
    page = seg.page_numbers()
    # three pages to a site: a site's pages share a template and an issuer
    seg.groups = page // 3
    by_site = fold_of(seg, 2, 1, by_site=True)
    for site in np.unique(seg.groups):
        assert len(set(by_site[seg.groups == site])) == 1
    assert set(by_site) == {0, 1}
    by_page = fold_of(seg, 2, 1)
    assert any(len(set(by_page[seg.groups == s])) == 2 for s in np.unique(seg.groups))  # pages split a site
    assert np.array_equal(by_page, np.random.RandomState(1).randint(2, size=page[-1] + 1)[page])
    seg.groups = None   # a model fitted outside fit_pages knows no sites: pages, as before
    assert np.array_equal(fold_of(seg, 2, 1, by_site=True), by_page)
    seg.groups = page // 4   # 15 sites, fewer than 10 a fold: too lumpy, pages again
    assert np.array_equal(fold_of(seg, 2, 1, by_site=True), by_page)


def test_training_folds_hold_whole_sites_out_in_both_stages(monkeypatch):
    import pagesift.batch
    from pagesift.io import LabeledPage
    from pagesift.training import fit_pages

    seen = []

    def spy(seg, folds, seed, by_site=False, by_source=False):
        out = fold_of(seg, folds, seed, by_site, by_source)
        seen.append((by_site, out.copy(), None if seg.groups is None else seg.groups.copy()))
        return out

    fold_of = pagesift.batch.fold_of
    monkeypatch.setattr("pagesift.features.fold_of", spy)
    monkeypatch.setattr("pagesift.blocks.fold_of", spy)
    pages = [LabeledPage("made", f"p{i}", f"site{i // 2}", "page", [t for t, _ in p], [l for _, l in p])
             for i, p in enumerate(labelled_pages(48, seed=2))]
    fit_pages(pages, quiet=True, max_iter=20)
    assert len(seen) == 2   # the first stage's (NeighbourScores) and the stacked stage's folds
    for by_site, fold, groups in seen:
        assert by_site and groups is not None and len(np.unique(groups)) == 24
        assert all(len(set(fold[groups == g])) == 1 for g in np.unique(groups))   # 24 sites, two pages each


def test_estimators_saved_before_site_folds_existed_load_with_its_default():
    import pickle

    from sklearn.base import clone

    from pagesift.features import NeighbourScores

    for est in (NeighbourScores(), StackedClassifier()):
        del est.site_folds   # as pickled by a version without the parameter
        loaded = pickle.loads(pickle.dumps(est))
        assert loaded.get_params()["site_folds"] is False
        assert clone(loaded).site_folds is False


def test_out_of_fold_scores_can_hold_whole_sources_out():
    from pagesift.batch import fold_of
    from pagesift.io import LabeledPage
    from pagesift.training import source_order

    made = labelled_pages(24, seed=4)
    # six sources: two mostly news, two mostly press release, two of neither genre
    genre = {"n1": "news", "n2": "news", "p1": "press_release", "p2": "press_release", "b1": "boilerplate",
             "b2": "boilerplate"}
    names = list(genre)
    pages = [LabeledPage(names[i % 6], f"p{i}", f"site{i}", "page", [t for t, _ in p],
                         [genre[names[i % 6]] if l != "boilerplate" else l for _, l in p])
             for i, p in enumerate(made)]
    order = source_order(pages, seed=0)
    assert all(len({o for o, p in zip(order, pages) if p.source == s}) == 1 for s in names)
    seg = Segments.from_pages([p.texts for p in pages])
    seg.sources = np.repeat(order, [len(p.texts) for p in pages])
    fold = fold_of(seg, 2, 1, by_site=False, by_source=True)
    fold_of_source = {p.source: set(fold[seg.sources == o]) for p, o in zip(pages, order)}
    assert all(len(f) == 1 for f in fold_of_source.values())   # a source is never split
    for a, b in (("n1", "n2"), ("p1", "p2"), ("b1", "b2")):   # each fold holds one source of each kind
        assert fold_of_source[a] != fold_of_source[b]
    seg.sources = order[:1].repeat(len(seg))   # one source: too few to fold, pages as before
    assert np.array_equal(fold_of(seg, 2, 1, by_source=True), fold_of(seg, 2, 1))



def _objective(model, X, y, w, C):
    """A logistic regression's penalised loss (scikit-learn's, up to a constant factor)."""
    proba = model.predict_proba(X)
    rows = np.searchsorted(model.classes_, y)
    return -(w * np.log(proba[np.arange(len(y)), rows])).sum() + 0.5 / C * (model.coef_ ** 2).sum()


def test_warm_fits_start_from_the_fold_models(monkeypatch):
    """With `warm`, the base and final fits start from the fold models' mean weights (the
    final one with 0 on the stacked block) instead of 0, and the solver's few iterations
    end nearer the optimum: a lower penalised loss than cold fits at the same budget."""
    from pagesift.blocks import BlockLogisticRegression, partial_labels

    texts, labels = _texts_labels(30, seed=3)
    X = build_pipeline(stacked=True)[:-1].fit_transform(make_rows(texts), labels)
    width = X.shape[1]
    fits = []  # (width, start weights or None, fitted model), in order (one thread)
    original = BlockLogisticRegression.fit

    def spy(self, X, y, sample_weight=None):
        start = np.array(self.coef_) if self.warm_start else None
        fits.append((X.shape[1], start, original(self, X, y, sample_weight=sample_weight)))
        return fits[-1][2]

    monkeypatch.setattr(BlockLogisticRegression, "fit", spy)
    warm = StackedClassifier(max_iter=3, warm=True).fit(X, labels)
    (_, s1, f1), (_, s2, f2), *last = fits
    assert s1 is None and s2 is None  # the fold fits start at 0
    mean = (f1.coef_ + f2.coef_) / 2
    starts = {w: s for w, s, _ in last}
    assert np.array_equal(starts[width], mean)
    final = starts[max(starts)]
    assert max(starts) > width and np.array_equal(final[:, :width], mean) and not final[:, width:].any()

    fits.clear()
    cold = StackedClassifier(max_iter=3).fit(X, labels)
    assert all(s is None for _, s, _ in fits)
    Xp, y, w = partial_labels(X.tocsr(), np.asarray(labels, dtype=object), np.ones(len(labels)))
    assert _objective(warm.base_, Xp, y, w, warm.C) < _objective(cold.base_, Xp, y, w, cold.C)


def test_warm_iter_is_the_warm_fits_budget(monkeypatch):
    """`warm_iter` bounds the iterations of the fits that start warm; the fold fits, from
    0, keep `max_iter`."""
    from pagesift.blocks import BlockLogisticRegression

    texts, labels = _texts_labels(30, seed=3)
    X = build_pipeline(stacked=True)[:-1].fit_transform(make_rows(texts), labels)
    fits = []  # (started warm, iterations run)
    original = BlockLogisticRegression.fit

    def spy(self, X, y, sample_weight=None):
        model = original(self, X, y, sample_weight=sample_weight)
        fits.append((self.warm_start, int(np.max(model.n_iter_))))
        return model

    monkeypatch.setattr(BlockLogisticRegression, "fit", spy)
    StackedClassifier(max_iter=8, warm=True, warm_iter=2, n_jobs=1).fit(X, labels)
    cold = [n for warm, n in fits if not warm]
    warm = [n for warm, n in fits if warm]
    assert len(cold) == 2 and len(warm) == 2
    assert max(cold) > 2 and max(warm) <= 2


def test_no_warm_start_when_a_fold_model_lacks_a_class():
    """A fold model that never saw one class has weights of another shape than the fit on
    all rows: that fit starts from 0 instead of failing."""
    from sklearn.linear_model import LogisticRegression

    from pagesift.blocks import warm_start

    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 4))
    three = np.array(["boilerplate", "news", "press_release"] * 20)
    two = np.where(three == "press_release", "news", three)
    full, part = LogisticRegression().fit(X, three), LogisticRegression().fit(X, two)
    start = warm_start([full, full], full.classes_)
    assert start is not None and np.array_equal(start[0], full.coef_) and np.array_equal(start[1], full.intercept_)
    assert warm_start([full, part], full.classes_) is None
    assert warm_start([part, part], full.classes_) is None
    assert warm_start([], full.classes_) is None
