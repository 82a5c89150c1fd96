"""Feature blocks kept side by side, and a logistic regression that reads them so.

A FeatureUnion copies its blocks into one sparse matrix; for the model's dense
blocks (a few hundred shape and score columns per segment) that copy cost more
than computing them. `BlockUnion` hands the blocks on as they are (`Blocks`),
and `BlockLogisticRegression` scores them as a sum of one product per block,
which is the same linear function. Fitting still stacks them, once.
"""

from __future__ import annotations

import inspect
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted

from . import frozen
from .batch import _context_block, _segments, fold_of
from .frozen import Blocks, softmax  # Blocks: this module's API too
from .labels import CONTENT, LABELS, NEWS, PRESS_RELEASE


def as_matrix(X):
    return X.tocsr() if isinstance(X, Blocks) else X


class BlockUnion(FeatureUnion):
    """A FeatureUnion whose output is `Blocks` rather than one stacked matrix.

    When scoring, a context block that the classifier can score without building it
    (`pagesift.features.unbuilt_block`) is handed on unbuilt; fitting builds every block.
    """

    def _hstack(self, Xs):
        return Blocks(list(Xs))

    def fit_transform(self, X, y=None, **params):
        out = super().fit_transform(X, y, **params)
        out.segments = _segments(X)
        return out

    def transform(self, X):
        from .features import unbuilt_block

        unbuilt = [unbuilt_block(t, X) for _, t in self.transformer_list]
        if all(u is None for u in unbuilt):
            out = super().transform(X)
        else:
            out = Blocks([u if u is not None else t.transform(X) for u, (_, t) in zip(unbuilt, self.transformer_list)])
        out.segments = _segments(X)
        return out


class BlockLogisticRegression(LogisticRegression):
    """LogisticRegression that also accepts `Blocks` (scored block by block, never stacked)."""

    def fit(self, X, y, sample_weight=None):
        return super().fit(as_matrix(X), y, sample_weight=sample_weight)

    def decision_function(self, X):
        if not isinstance(X, Blocks):
            return super().decision_function(X)
        check_is_fitted(self)
        if X.shape[1] != self.coef_.shape[1]:
            raise ValueError(f"X has {X.shape[1]} features, but the classifier expects {self.coef_.shape[1]}")
        scores = X.matmul_t(self.coef_) + self.intercept_
        return scores.ravel() if scores.shape[1] == 1 else scores

    def predict_proba(self, X):
        if isinstance(X, Blocks) and len(self.classes_) > 2:
            return softmax(self.decision_function(X))
        return super().predict_proba(as_matrix(X))

    def predict(self, X):
        if not isinstance(X, Blocks):
            return super().predict(X)
        scores = self.decision_function(X)
        return self.classes_[(scores > 0).astype(int) if scores.ndim == 1 else scores.argmax(axis=1)]


def partial_labels(X, gold, w: np.ndarray):
    """Classifier targets. A `content` segment is known not to be boilerplate but its genre
    is unknown: it becomes two rows, news and press_release, each with half its weight, so
    the loss pushes it away from boilerplate and towards neither genre."""
    rows, y2, w2 = partial_rows(gold, w)
    return (X if rows is None else X[rows]), y2, w2


def partial_rows(gold, w: np.ndarray):
    """partial_labels' rows of X (None: all, as they are), targets and weights."""
    g = np.asarray(gold)
    content = np.where(g == CONTENT)[0]
    if not len(content):
        return None, g, w
    known = np.where(g != CONTENT)[0]
    rows = np.concatenate([known, content, content])
    y2 = np.concatenate([g[known], [NEWS] * len(content), [PRESS_RELEASE] * len(content)])
    w2 = np.concatenate([w[known], w[content] / 2, w[content] / 2])
    return rows, y2, w2


def n_workers(n_jobs: int | None) -> int:
    """Threads for `n_jobs` (None or 1: one; 0 or negative: all cores, as in joblib's -1)."""
    if n_jobs is None or n_jobs == 1:
        return 1
    return (os.cpu_count() or 1) if n_jobs <= 0 else n_jobs


def hstack_csr(a: sp.csr_matrix, b: sp.csr_matrix) -> sp.csr_matrix:
    """[a, b] for CSR matrices of the same rows, built directly (scipy goes through COO
    for this, with row and column arrays of 64-bit integers the size of the data)."""
    a, b = a.tocsr(), b.tocsr()
    la, lb = np.diff(a.indptr), np.diff(b.indptr)
    indptr = np.concatenate([[0], np.cumsum(la + lb)]).astype(np.int64)
    nnz = int(indptr[-1])
    data = np.empty(nnz, dtype=np.result_type(a.dtype, b.dtype))
    indices = np.empty(nnz, dtype=np.int64 if a.shape[1] + b.shape[1] > np.iinfo(np.int32).max else np.int32)
    # each row: a's entries, then b's (columns shifted past a's)
    pos_a = np.arange(a.nnz) - np.repeat(a.indptr[:-1], la) + np.repeat(indptr[:-1], la)
    pos_b = np.arange(b.nnz) - np.repeat(b.indptr[:-1], lb) + np.repeat(indptr[:-1] + la, lb)
    data[pos_a], indices[pos_a] = a.data, a.indices
    data[pos_b], indices[pos_b] = b.data, b.indices + a.shape[1]
    return sp.csr_matrix((data, indices, indptr), shape=(a.shape[0], a.shape[1] + b.shape[1]))


def warm_start(fold_models, classes) -> tuple[np.ndarray, np.ndarray] | None:
    """The fold models' mean weights and intercepts, where a fit on all rows can start; None
    unless every fold model knows the same classes as that fit (a fold without pages of
    one class gives weights of another shape)."""
    if not fold_models or any(list(m.classes_) != list(classes) for m in fold_models):
        return None
    return (np.mean([m.coef_ for m in fold_models], axis=0), np.mean([m.intercept_ for m in fold_models], axis=0))


class DefaultsOnLoad:
    """An estimator saved before one of its parameters existed (run_max, n_jobs,
    site_folds) gets that parameter's default when loaded, so that get_params, repr and
    clone work on it as on a new one."""

    def __setstate__(self, state):
        defaults = {name: p.default for name, p in inspect.signature(type(self).__init__).parameters.items()
                    if p.default is not inspect.Parameter.empty}
        super().__setstate__({**defaults, **state})


class StackedClassifier(DefaultsOnLoad, frozen.StackedClassifier, ClassifierMixin, BaseEstimator):
    """Stacked sequential learning over feature `Blocks` (Cohen & Carvalho 2005).

    `base_` is a logistic regression over the features; `final_` reads the same
    features plus `base_`'s scores of the segment, of each neighbour within `window`,
    over `wide` segments each side, over the page and (`runs`) over the segment's run,
    the lines around it that `base_` puts on the same side of boilerplate (scaled by
    `scale_`). So a line is labelled knowing how the fully-featured model labels the
    lines around it: a date under a press-release teaser, a headline in a list of
    headlines, a body line of a release whose page says MEDIA RELEASE above it. The
    training rows' scores are out-of-fold (pages split in `folds`; whole sites with
    `site_folds`), as the final model will meet them on unseen pages. The scores are
    those of `final_` with its weights averaged with `base_`'s (`blend`: the final
    model's share), so scoring is still one linear model. Labels may include `content`
    (see partial_labels).

    With `warm`, the base and final fits start from the fold models' mean weights (the
    final one with 0 on the stacked block) rather than from 0. The solver stops at
    `max_iter`, before it converges: from there it ends nearer the optimum in the same time,
    or as near in fewer iterations (`warm_iter`: their budget; None: `max_iter`).
    """

    def __init__(self, C: float = 2.0, max_iter: int = 150, tol: float = 1e-4, folds: int = 2,
                 window: int = 2, wide: int = 4, blend: float = 0.5, runs: bool = False, run_max: bool = False,
                 random_state: int = 0, n_jobs: int | None = None, site_folds: bool = False,
                 source_folds: bool = False, warm: bool = False, warm_iter: int | None = None):
        self.C = C
        self.warm = warm
        self.warm_iter = warm_iter
        self.site_folds = site_folds
        self.source_folds = source_folds
        self.n_jobs = n_jobs
        self.runs = runs
        self.run_max = run_max
        self.blend = blend
        self.max_iter = max_iter
        self.tol = tol
        self.folds = folds
        self.window = window
        self.wide = wide
        self.random_state = random_state

    # the weights that score (the blended final model's): features first, then the stacked
    # block; settable, so calibration scales them as it scales a plain classifier's
    @property
    def coef_(self) -> np.ndarray:
        return self.final_.coef_

    @coef_.setter
    def coef_(self, value: np.ndarray) -> None:
        self.final_.coef_ = value

    @property
    def intercept_(self) -> np.ndarray:
        return self.final_.intercept_

    @intercept_.setter
    def intercept_(self, value: np.ndarray) -> None:
        self.final_.intercept_ = value

    def stacked_feature_names(self) -> list[str]:
        """Names of the stacked block's columns (after the features' in `coef_`)."""
        from .features import _context_names

        return [f"stacked:{n}" for n in _context_names(LABELS, self.window, f"near{self.wide}", runs=self.runs,
                                                                run_max=self.runs and self.run_max)]

    def _linear(self) -> BlockLogisticRegression:
        return BlockLogisticRegression(C=self.C, max_iter=self.max_iter, tol=self.tol, random_state=self.random_state)

    def _fit(self, X, y, w, start=None):
        model = self._linear()
        if start is not None:  # (coef, intercept): lbfgs starts there instead of at 0
            model.set_params(warm_start=True, max_iter=self.warm_iter or self.max_iter)
            model.coef_, model.intercept_ = start
        return model.fit(X, y, sample_weight=w)

    def _fit_rows(self, M, rows, y, w):
        """A logistic regression on some rows of M, taken once (with partial labels' rows)."""
        sub, y2, w2 = partial_rows(y[rows], w[rows])
        return self._fit(M[rows if sub is None else rows[sub]], y2, w2)

    def fit(self, X, y, sample_weight=None):
        if not isinstance(X, Blocks) or X.segments is None:
            raise ValueError("StackedClassifier needs Blocks that carry their Segments (a BlockUnion's output)")
        seg = X.segments
        y = np.asarray(y, dtype=object)
        w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        M = X.tocsr()
        # pages (or sites) to folds at random with a fixed seed, but not the partition the first stage
        # (NeighbourScores, seed 0) used: at 25% scale test macro-F1 was 0.873 with the same
        # partition and 0.884 with another
        fold = fold_of(seg, self.folds, self.random_state + 1, self.site_folds, self.source_folds)
        proba = np.zeros((len(y), len(LABELS)))
        # The two fold fits, then the base and final fits, do not depend on each other: each
        # pair runs side by side on threads (scipy's sparse products release the GIL); full
        # scale 602 s -> 341 s. BLAS keeps its own threads: the solver stops before it
        # converges, so another summation order (BLAS on one thread) gives other weights.
        with ThreadPoolExecutor(n_workers(self.n_jobs)) as pool:
            folds = []
            for k in range(self.folds):
                fit_rows, held = np.where(fold != k)[0], np.where(fold == k)[0]
                targets = set(y[fit_rows]) - {CONTENT} | ({NEWS, PRESS_RELEASE} if CONTENT in y[fit_rows] else set())
                if len(targets) < 2 or not len(held):
                    continue  # too few pages to tell classes apart without these: scores stay 0
                folds.append((pool.submit(self._fit_rows, M, fit_rows, y, w), held))
            fold_models = []
            for fitted, held in folds:
                base = fitted.result()
                fold_models.append(base)
                proba[held] = frozen._label_columns(base, base.predict_proba(M[held]))
            del folds
            # M goes first: the two full fits side by side, on Xp and F, are the memory peak
            Xp, yp, wp = partial_labels(M, y, w)
            del M
            start = warm_start(fold_models, np.unique(yp)) if self.warm else None
            del fold_models
            block = _context_block(seg, proba, self.window, self.wide, run_column=self._run_column(),
                                   run_max=self.run_max)
            self.scale_ = StandardScaler().fit(block)
            S = partial_labels(sp.csr_matrix(self.scale_.transform(block).astype(np.float32)), y, w)[0]
            del block, proba
            F = hstack_csr(Xp, S)
            del S
            start_final = None if start is None else (
                np.hstack([start[0], np.zeros((len(start[0]), F.shape[1] - Xp.shape[1]))]), start[1].copy())
            final = pool.submit(self._fit, F, yp, wp, start_final)
            base = pool.submit(self._fit, Xp, yp, wp, start)
            del F, Xp
            self.final_, self.base_ = final.result(), base.result()
        # The final model's logits averaged with the base model's (whose weights on the
        # stacked block are 0): one linear model still, and calibrated as one. Alone, the
        # final model leans too hard on the lines around; at full scale validation
        # macro-F1 was 0.860 base, 0.861 final, 0.865 blended half and half (test 0.873,
        # 0.870, 0.878).
        self.final_.coef_ = self.blend * self.final_.coef_
        self.final_.coef_[:, : self.base_.coef_.shape[1]] += (1 - self.blend) * self.base_.coef_
        self.final_.intercept_ = self.blend * self.final_.intercept_ + (1 - self.blend) * self.base_.intercept_
        return self
