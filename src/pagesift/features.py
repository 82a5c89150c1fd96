"""Feature steps of the model, as scikit-learn transformers.

The model's input X is a list of rows `(page, text)`: `page` is any key that
is equal for the segments of one page, and the rows of a page are consecutive
and in reading order. Steps that look at neighbours use that order, which is
how a short line inside an article and the same line inside a menu end up
with different features.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

Row = tuple[object, str]

# A small English stopword list: the density of function words separates
# running prose from menus and link lists (the jusText observation).
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom
    why will with would you your yours yourself yourselves said says also""".split()
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_MONTH}\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[email[^\]]*\]", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|gov|edu|io|co)\b", re.IGNORECASE)
_PRICE = re.compile(r"[$€£¥]\s?\d|\b\d+(?:\.\d+)?\s?(?:usd|eur|dollars|euros|pounds)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|all rights reserved", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_SENTENCE = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[A-Z\"“‘(])")
_BULLET = re.compile(r"^[-–—•·*>»|►▪◦]+\s*")
_SEPARATORS = re.compile(r"\s[|•·»/]\s|\s[|•·»]$|^[|•·»]\s")
_QUOTES = re.compile(r"[\"“”]")

SHAPE_NAMES = (
    "log_chars", "log_words", "mean_word_len", "digit_ratio", "upper_ratio", "punct_ratio",
    "ends_sentence", "ends_colon", "starts_upper", "titlecase_ratio", "stopword_ratio",
    "has_date", "has_time", "has_phone", "has_email", "has_url", "has_price", "has_copyright",
    "has_quote", "log_sentences", "has_separator", "all_caps", "starts_bullet", "long_prose",
)


def shape_vector(text: str) -> list[float]:
    """Numbers that describe how a segment looks, independent of its words."""
    n = len(text) or 1
    words = _WORD.findall(text)
    nw = len(words)
    letters = sum(map(str.isalpha, text))
    upper = sum(map(str.isupper, text))
    digits = sum(map(str.isdigit, text))
    spaces = text.count(" ")
    punct = n - letters - digits - spaces
    lower_words = [w.lower() for w in words]
    stop = sum(w in STOPWORDS for w in lower_words)
    title = sum(w[0].isupper() for w in words)
    ends = bool(_SENTENCE_END.search(text))
    return [
        np.log1p(len(text)),
        np.log1p(nw),
        (sum(map(len, words)) / nw) if nw else 0.0,
        digits / n,
        upper / letters if letters else 0.0,
        punct / n,
        float(ends),
        float(text.endswith(":")),
        float(text[:1].isupper()),
        title / nw if nw else 0.0,
        stop / nw if nw else 0.0,
        float(bool(_DATE.search(text))),
        float(bool(_TIME.search(text))),
        float(bool(_PHONE.search(text))),
        float(bool(_EMAIL.search(text))),
        float(bool(_URL.search(text))),
        float(bool(_PRICE.search(text))),
        float(bool(_COPYRIGHT.search(text))),
        float(bool(_QUOTES.search(text))),
        np.log1p(len(_SENTENCE.findall(text)) + (1 if ends else 0)),
        float(bool(_SEPARATORS.search(text))),
        float(letters > 3 and upper == letters),
        float(bool(_BULLET.match(text))),
        float(nw >= 20 and ends and stop / nw > 0.25) if nw else 0.0,
    ]


def texts_of(X: Sequence[Row]) -> list[str]:
    return [row[1] for row in X]


def page_bounds(X: Sequence[Row]) -> tuple[np.ndarray, np.ndarray]:
    """For each row, the index of its page's first row and one past its last."""
    n = len(X)
    start = np.zeros(n, dtype=np.int64)
    end = np.zeros(n, dtype=np.int64)
    i = 0
    while i < n:
        j = i + 1
        key = X[i][0]
        while j < n and X[j][0] == key:
            j += 1
        start[i:j] = i
        end[i:j] = j
        i = j
    return start, end


class SegmentText(BaseEstimator, TransformerMixin):
    """The segment's own text, for a text vectorizer."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return texts_of(X)


class NeighbourText(BaseEstimator, TransformerMixin):
    """The text of the `window` segments before (or after) each segment on its page."""

    def __init__(self, side: str = "before", window: int = 2):
        self.side = side
        self.window = window

    def fit(self, X, y=None):
        if self.side not in ("before", "after"):
            raise ValueError(f"side must be 'before' or 'after', not {self.side!r}")
        return self

    def transform(self, X):
        texts = texts_of(X)
        start, end = page_bounds(X)
        out = []
        for i in range(len(texts)):
            if self.side == "before":
                out.append(" ".join(texts[max(start[i], i - self.window) : i]))
            else:
                out.append(" ".join(texts[i + 1 : min(end[i], i + 1 + self.window)]))
        return out


class StructureFeatures(BaseEstimator, TransformerMixin):
    """Shape of the segment, of its neighbours and of its page, and its position.

    Columns: own shape; shape of each neighbour within `window` (zeros and a
    'missing' flag past the page edge); mean shape over `wide` segments each
    side and over the whole page; position in the page.
    """

    def __init__(self, window: int = 2, wide: int = 6):
        self.window = window
        self.wide = wide

    def fit(self, X, y=None):
        self.n_features_out_ = self._transform(X).shape[1]
        return self

    def transform(self, X):
        return self._transform(X)

    def get_feature_names_out(self, input_features=None):
        names = [f"self:{s}" for s in SHAPE_NAMES]
        for off in self._offsets():
            names += [f"nb{off:+d}:{s}" for s in SHAPE_NAMES] + [f"nb{off:+d}:missing"]
        names += [f"near{self.wide}:{s}" for s in SHAPE_NAMES]
        names += [f"page:{s}" for s in SHAPE_NAMES]
        names += ["pos:relative", "pos:log_from_start", "pos:log_from_end", "pos:log_page_len",
                  "pos:first", "pos:last"]
        return np.asarray(names, dtype=object)

    def _offsets(self):
        return [o for o in range(-self.window, self.window + 1) if o != 0]

    def _transform(self, X):
        n = len(X)
        shapes = np.asarray([shape_vector(t) for t in texts_of(X)], dtype=np.float64).reshape(n, len(SHAPE_NAMES))
        start, end = page_bounds(X)
        idx = np.arange(n)
        blocks = [shapes]
        for off in self._offsets():
            j = idx + off
            ok = (j >= start) & (j < end)
            nb = np.zeros_like(shapes)
            nb[ok] = shapes[j[ok]]
            blocks += [nb, (~ok).astype(np.float64)[:, None]]
        csum = np.vstack([np.zeros((1, shapes.shape[1])), np.cumsum(shapes, axis=0)])
        lo = np.maximum(start, idx - self.wide)
        hi = np.minimum(end, idx + self.wide + 1)
        blocks.append((csum[hi] - csum[lo]) / (hi - lo)[:, None])
        blocks.append((csum[end] - csum[start]) / (end - start)[:, None])
        length = (end - start).astype(np.float64)
        before = (idx - start).astype(np.float64)
        after = (end - idx - 1).astype(np.float64)
        blocks.append(
            np.column_stack([
                before / np.maximum(length - 1, 1), np.log1p(before), np.log1p(after), np.log1p(length),
                (before == 0).astype(float), (after == 0).astype(float),
            ])
        )
        return np.hstack(blocks)


def make_rows(pages: Sequence[Sequence[str]], first_key: int = 0) -> list[Row]:
    """Rows for the model from pages given as lists of segment texts."""
    return [(first_key + p, text) for p, texts in enumerate(pages) for text in texts]


class OwnShape(BaseEstimator, TransformerMixin):
    """The shape vector of each segment alone."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return np.asarray([shape_vector(t) for t in texts_of(X)], dtype=np.float64).reshape(len(X), len(SHAPE_NAMES))


class NeighbourScores(BaseEstimator, TransformerMixin):
    """What the lines around a segment look like, as a first-stage model sees them alone.

    A first-stage logistic regression scores every segment from its own words
    and shape. The features are those scores for the segment, for each
    neighbour within `window`, and averaged over the `window` before, the
    `window` after and the whole page. A date line or headline between two
    press-release paragraphs is thereby pulled towards press_release.
    Training rows get out-of-fold scores (pages split in `folds`), so the
    second stage learns how far the first stage can be trusted on unseen text.
    Rows whose label is not one of the three classes (corpus `content`) are
    scored but not learnt from.
    """

    def __init__(self, window: int = 3, folds: int = 2, C: float = 1.0, max_features: int = 30000,
                 max_iter: int = 100):
        self.window = window
        self.folds = folds
        self.C = C
        self.max_features = max_features
        self.max_iter = max_iter

    def _base(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, Pipeline
        from sklearn.preprocessing import StandardScaler

        return Pipeline([
            ("features", FeatureUnion([
                ("words", Pipeline([("text", SegmentText()), ("tfidf", TfidfVectorizer(
                    ngram_range=(1, 2), min_df=2, max_features=self.max_features, sublinear_tf=True,
                    dtype=np.float32))])),
                ("shape", Pipeline([("shape", OwnShape()), ("scale", StandardScaler())])),
            ])),
            ("classifier", LogisticRegression(C=self.C, max_iter=self.max_iter, class_weight="balanced")),
        ])

    def _fit_base(self, X, y, rows):
        labels = [y[i] for i in rows]
        if len(set(labels)) < 2:
            return None  # nothing to tell apart: scores stay 0
        base = self._base()
        base.fit([X[i] for i in rows], labels)
        return base

    def fit(self, X, y):
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X, y):
        from .labels import LABELS

        y = list(y)
        known = np.array([label in LABELS for label in y])
        start, _ = page_bounds(X)
        page_number = np.cumsum(start == np.arange(len(X))) - 1
        # pages to folds at random, with a fixed seed: input order may follow the label
        fold = np.random.RandomState(0).randint(self.folds, size=page_number[-1] + 1)[page_number] if len(X) else page_number
        proba = np.zeros((len(X), len(LABELS)))
        for k in range(self.folds):
            base = self._fit_base(X, y, np.where(known & (fold != k))[0])
            held = np.where(fold == k)[0]
            proba[held] = self._proba(base, [X[i] for i in held])
        self.base_ = self._fit_base(X, y, np.where(known)[0])
        return self._features(X, proba)

    def transform(self, X):
        return self._features(X, self._proba(self.base_, X))

    @staticmethod
    def _proba(base, X):
        from .labels import LABELS

        out = np.zeros((len(X), len(LABELS)))
        if base is None:
            return out
        p = base.predict_proba(X)
        for k, label in enumerate(base.classes_):
            if label in LABELS:  # a fold may lack a class; its score stays 0
                out[:, LABELS.index(label)] = p[:, k]
        return out

    def get_feature_names_out(self, input_features=None):
        from .labels import LABELS

        names = [f"self:{l}" for l in LABELS]
        for off in [o for o in range(-self.window, self.window + 1) if o]:
            names += [f"nb{off:+d}:{l}" for l in LABELS] + [f"nb{off:+d}:missing"]
        names += [f"before:{l}" for l in LABELS] + [f"after:{l}" for l in LABELS] + [f"page:{l}" for l in LABELS]
        return np.asarray(names, dtype=object)

    def _features(self, X, proba):
        n = len(X)
        start, end = page_bounds(X)
        idx = np.arange(n)
        blocks = [proba]
        for off in [o for o in range(-self.window, self.window + 1) if o]:
            j = idx + off
            ok = (j >= start) & (j < end)
            nb = np.zeros_like(proba)
            nb[ok] = proba[j[ok]]
            blocks += [nb, (~ok).astype(np.float64)[:, None]]
        csum = np.vstack([np.zeros((1, proba.shape[1])), np.cumsum(proba, axis=0)])
        lo = np.maximum(start, idx - self.window)
        hi = np.minimum(end, idx + self.window + 1)
        blocks.append((csum[idx] - csum[lo]) / np.maximum(idx - lo, 1)[:, None])
        blocks.append((csum[hi] - csum[idx + 1]) / np.maximum(hi - idx - 1, 1)[:, None])
        blocks.append((csum[end] - csum[start]) / (end - start)[:, None])
        return np.hstack(blocks)
