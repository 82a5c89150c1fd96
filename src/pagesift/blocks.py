"""Feature blocks kept side by side, and a logistic regression that reads them so.

A FeatureUnion copies its blocks into one sparse matrix; for the model's dense
blocks (a few hundred shape and score columns per segment) that copy cost more
than computing them. `BlockUnion` hands the blocks on as they are (`Blocks`),
and `BlockLogisticRegression` scores them as a sum of one product per block,
which is the same linear function. Fitting still stacks them, once.
"""

from __future__ import annotations

from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.utils.validation import check_is_fitted

from .frozen import Blocks, softmax  # Blocks: this module's API too


def as_matrix(X):
    return X.tocsr() if isinstance(X, Blocks) else X


class BlockUnion(FeatureUnion):
    """A FeatureUnion whose output is `Blocks` rather than one stacked matrix.

    When scoring, a context block that the classifier can score without building it
    (`pagesift.features.unbuilt_block`) is handed on unbuilt; fitting builds every block.
    """

    def _hstack(self, Xs):
        return Blocks(list(Xs))

    def transform(self, X):
        from .features import unbuilt_block

        unbuilt = [unbuilt_block(t, X) for _, t in self.transformer_list]
        if all(u is None for u in unbuilt):
            return super().transform(X)
        return Blocks([u if u is not None else t.transform(X) for u, (_, t) in zip(unbuilt, self.transformer_list)])


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
