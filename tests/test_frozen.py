"""The frozen model (pagesift.frozen) scores as the scikit-learn Pipeline does, without
importing scikit-learn."""

from __future__ import annotations

import pickletools
import subprocess
import sys

import joblib
import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.preprocessing import StandardScaler, normalize

from conftest import labelled_pages
from pagesift.batch import Segments
from pagesift.frozen import Chain, Idf, Scale, freeze, l2_rows
from pagesift.model import build_pipeline, load_model, save_model


def _pages(n, seed):
    return [[t for t, _ in p] for p in labelled_pages(n, seed=seed)]


def _pickled_strings(payload: bytes) -> set[str]:
    """Every string a pickle pushes: among them, the modules of the classes it imports."""
    return {str(arg) for op, arg, _ in pickletools.genops(payload)
            if op.name in ("SHORT_BINUNICODE", "BINUNICODE", "UNICODE", "GLOBAL")}


def test_idf_scale_and_l2_compute_as_scikit_learn():
    rng = np.random.RandomState(0)
    for dtype in (np.float32, np.float64):
        dense = np.ceil(rng.rand(60, 40) * 5) * (rng.rand(60, 40) < 0.2)
        dense[3] = 0  # an empty row
        counts = sp.csr_matrix(dense.astype(dtype))
        fitted = TfidfTransformer(sublinear_tf=True).fit(counts)
        ours = Idf(fitted.idf_, True, "l2").transform(counts)
        theirs = fitted.transform(counts)
        assert ours.dtype == theirs.dtype
        assert np.array_equal(ours.toarray(), theirs.toarray())
        assert np.array_equal(l2_rows(counts.copy()).toarray(), normalize(counts).toarray())
        shapes = rng.rand(50, 7).astype(dtype) * 10
        scaler = StandardScaler().fit(shapes)
        scaled = Scale(scaler.mean_, scaler.scale_).transform(shapes)
        assert scaled.dtype == dtype and np.array_equal(scaled, scaler.transform(shapes))


@pytest.mark.parametrize("params", [{}, {"cohesion": True}])
def test_frozen_pipeline_scores_as_the_pipeline(train_tsv, params):
    from pagesift.io import read_labeled
    from pagesift.features import make_rows

    pages = list(read_labeled(str(train_tsv)))
    pipeline = build_pipeline(**params).fit(make_rows([p.texts for p in pages]), [l for p in pages for l in p.labels])
    frozen = freeze(pipeline)
    assert isinstance(frozen, Chain) and list(frozen.classes_) == list(pipeline.classes_)
    batch = Segments.from_pages(_pages(12, seed=7))
    ours, theirs = frozen.predict_proba(batch), pipeline.predict_proba(batch)
    assert np.allclose(ours, theirs, rtol=0, atol=1e-12)
    assert np.array_equal(ours.argmax(axis=1), theirs.argmax(axis=1))
    assert ours.shape == (len(batch), 3) and not np.allclose(ours, ours[0])  # not a constant


def test_saved_model_scores_with_the_frozen_form_without_scikit_learn(tiny_model):
    record = joblib.load(tiny_model)
    assert "scorer" in record
    strings = _pickled_strings(record["scorer"])
    assert "pagesift.frozen" in strings
    assert not [s for s in strings if s.startswith("sklearn")]
    assert [s for s in _pickled_strings(record["payload"]) if s.startswith("sklearn.")]  # the check can fail
    page = "\n".join(_pages(1, seed=3)[0]) + "\n"
    code = (
        "import sys\n"
        "from pagesift.model import load_model\n"
        "from pagesift.labelling import label_pages, PageInput\n"
        f"model = load_model({str(tiny_model)!r})\n"
        f"[r] = label_pages(model, [PageInput('p', {page!r})])\n"
        "print(' '.join(r.labels))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))\n"
    )
    labels, modules = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                     check=True).stdout.splitlines()
    assert modules == "[]"
    model = load_model(tiny_model)
    gold = [l for _, l in labelled_pages(1, seed=3)[0]]
    assert labels.split() == [model.labels[k] for k in model.pipeline.predict_proba(
        Segments.from_pages(_pages(1, seed=3))).argmax(axis=1)]
    assert sum(a == b for a, b in zip(labels.split(), gold)) >= len(gold) - 2  # a real model, not a constant


def test_frozen_and_pipeline_label_the_same(tiny_model):
    model = load_model(tiny_model)
    batch = Segments.from_pages(_pages(8, seed=11))
    assert np.allclose(model.predict_proba(batch), model.pipeline.predict_proba(batch)[:, [
        list(model.pipeline.classes_).index(l) for l in ("news", "press_release", "boilerplate")]], atol=1e-12)


def test_a_step_without_a_frozen_form_is_scored_by_scikit_learn(train_tsv, tmp_path):
    from pagesift.features import make_rows
    from pagesift.io import read_labeled

    pages = list(read_labeled(str(train_tsv)))
    pipeline = build_pipeline(issuer_focus=True).fit(make_rows([p.texts for p in pages]),
                                                      [l for p in pages for l in p.labels])
    assert freeze(pipeline) is None
    path = tmp_path / "issuer.joblib"
    save_model(pipeline, {"name": "issuer"}, path)
    assert "scorer" not in joblib.load(path)
    model = load_model(path)
    assert model.scorer is None
    batch = Segments.from_pages(_pages(4, seed=5))
    assert np.array_equal(model.predict_proba(batch).argmax(axis=1),
                          pipeline.predict_proba(batch)[:, [list(pipeline.classes_).index(l) for l in
                                                            ("news", "press_release", "boilerplate")]].argmax(axis=1))


@pytest.mark.parametrize("seed", [0, 1])
def test_frozen_scores_do_not_depend_on_the_batch(tiny_model, seed):
    model = load_model(tiny_model)
    assert model.scorer is not None
    pages = _pages(6, seed=seed)
    together = model.predict_proba(Segments.from_pages(pages))
    alone = np.concatenate([model.predict_proba(Segments.from_pages([p])) for p in pages])
    assert np.array_equal(together, alone)
