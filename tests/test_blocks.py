"""Blocks scored side by side give what the stacked matrix gives, and a page's scores do not
depend on the other pages in its batch."""

import numpy as np
import scipy.sparse as sp

from conftest import labelled_pages
from pagesift.blocks import BlockLogisticRegression, Blocks
from pagesift.features import make_rows
from pagesift.labelling import PageInput, label_batch
from pagesift.model import load_model


def test_blocks_score_like_the_stacked_matrix():
    rng = np.random.RandomState(0)
    dense = rng.normal(size=(60, 5))
    sparse = sp.random(60, 40, density=0.1, random_state=1, format="csr", dtype=np.float32)
    y = rng.choice(["a", "b", "c"], size=60)
    blocks = Blocks([sparse, dense])
    clf = BlockLogisticRegression(max_iter=500).fit(blocks, y)
    stacked = blocks.tocsr()
    assert stacked.shape == blocks.shape == (60, 45)
    assert np.allclose(clf.predict_proba(blocks), clf.predict_proba(stacked))
    assert (clf.predict(blocks) == clf.predict(stacked)).all()
    assert np.allclose(clf.decision_function(blocks), clf.decision_function(stacked))


def test_a_page_scores_the_same_alone_and_in_any_batch(tiny_model):
    model = load_model(tiny_model)
    pages = ["\n".join(t for t, _ in p) for p in labelled_pages(9, seed=11)]
    together = label_batch(model, [PageInput(f"p{i}", text) for i, text in enumerate(pages)])
    for i in (0, 4, 8):
        alone = label_batch(model, [PageInput(f"p{i}", pages[i])])[0]
        assert np.array_equal(alone.scores, together[i].scores)  # exactly, not nearly
    rows = make_rows([pages[0].splitlines()])
    assert np.array_equal(model.predict_proba(rows), together[0].scores)


def test_context_blocks_left_unbuilt_score_as_the_built_ones(tiny_model):
    from pagesift.features import ScaledContext, Segments, unbuilt_block

    model = load_model(tiny_model)
    seg = Segments.from_pages([[t for t, _ in p] for p in labelled_pages(5, seed=12)])
    union = model.pipeline.named_steps["features"]
    blocks = union.transform(seg)
    unbuilt = [p for p in blocks.parts if isinstance(p, ScaledContext)]
    assert len(unbuilt) == 2  # structure and neighbour scores
    for name, step in union.transformer_list:
        lazy = unbuilt_block(step, seg)
        if lazy is None:
            continue
        built = step.transform(seg)
        assert np.allclose(lazy.toarray(), built)
        w = np.random.RandomState(3).normal(size=(3, built.shape[1]))
        assert np.allclose(lazy.matmul_t(w), built.astype(np.float64) @ w.T, atol=1e-5)
    clf = model.pipeline.named_steps["classifier"]  # stacked: two linear models over blocks
    for linear, X in ((clf.base_, blocks), (clf.final_, clf.stacked(blocks))):
        assert np.allclose(linear.predict_proba(X), linear.predict_proba(X.tocsr()), atol=1e-6)
