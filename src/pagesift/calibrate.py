"""Temperature scaling: make the scores mean what they say, on held-out pages.

One number T is fitted on validation pages by minimising the log-loss of
softmax(z / T), where z are the classifier's logits. Dividing a logistic
regression's coefficients and intercepts by T gives exactly those scores, so
the calibrated model is still one Pipeline ending in a LogisticRegression.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax

from .evaluation import expected_calibration_error
from .features import make_rows
from .io import LabeledPage
from .labels import LABELS


def fit_temperature(logits: np.ndarray, y_index: np.ndarray) -> float:
    def nll(log_t: float) -> float:
        return -log_softmax(logits / np.exp(log_t), axis=1)[np.arange(len(y_index)), y_index].mean()

    return float(np.exp(minimize_scalar(nll, bounds=(-3, 3), method="bounded").x))


def calibrate(pipeline, pages: Sequence[LabeledPage]) -> dict:
    """Fit T on `pages` (segments with a known label), fold it into the classifier; returns a report."""
    rows = make_rows([p.texts for p in pages])
    gold = np.array([l for p in pages for l in p.labels], dtype=object)
    known = np.isin(gold, LABELS)
    classifier = pipeline.named_steps["classifier"]
    classes = [str(c) for c in classifier.classes_]
    features = pipeline[:-1].transform(rows)
    logits = classifier.decision_function(features)[known]
    y_index = np.array([classes.index(g) for g in gold[known]])
    order = [classes.index(l) for l in LABELS]

    def ece(z):
        p = np.exp(log_softmax(z, axis=1))[:, order]
        return expected_calibration_error(p, list(gold[known]))

    before = ece(logits)
    t = fit_temperature(logits, y_index)
    classifier.coef_ /= t
    classifier.intercept_ /= t
    return {"method": "temperature scaling on the validation split", "temperature": t,
            "segments": int(known.sum()), "ece_before": before, "ece_after": ece(logits / t)}
