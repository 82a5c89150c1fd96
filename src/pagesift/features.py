"""Feature steps of the model, as scikit-learn transformers.

The model's input X is a list of rows `(page, text)`: `page` is any key that
is equal for the segments of one page, and the rows of a page are consecutive
and in reading order. The first step, `Annotate`, turns them into `Segments`
(texts, page bounds and shape vectors, computed once); every feature step
reads those. Steps that look at neighbours use the page order, which is how a
short line inside an article and the same line inside a menu end up with
different features.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

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

TOKEN_PATTERN = r"(?u)\b\w[\w'’]*\b"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# Patterns run over a whole batch of text, so they are written to be cheap: each
# starts on a rare character or a capital, and case-insensitivity is scoped.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*\.?"
_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:[aApP]\.?[mM]\b\.?)")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b")
_EMAIL = re.compile(r"(?<=[\w.+-])@[\w-]+\.\w|\[email[^\]\x00]*\]")
_URL = re.compile(r"https?://|www\.|(?<=\w)\.(?:com|org|net|gov|edu|io|co)\b")
_PRICE = re.compile(r"[$€£¥]\s?\d|(?<=\d)\s?(?i:usd|eur|dollars|euros|pounds)\b")
_COPYRIGHT = re.compile(r"©|\([cC]\)|(?<![a-zA-Z])(?i:copyright|all rights reserved)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
SEP = "\x00"  # joins segments for whole-batch regex passes; no pattern crosses it
_SENTENCE = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[A-Z\"“‘(])")
_BULLET = re.compile(r"^[-–—•·*>»|►▪◦]+\s*")
_SEPARATORS = re.compile(r"\s[|•·»/]\s|\s[|•·»](?=\x00|$)|(?:^|(?<=\x00))[|•·»]\s")
_QUOTES = re.compile(r"[\"“”]")

SHAPE_NAMES = (
    "log_chars", "log_words", "mean_word_len", "digit_ratio", "upper_ratio", "punct_ratio",
    "ends_sentence", "ends_colon", "starts_upper", "titlecase_ratio", "stopword_ratio",
    "has_date", "has_time", "has_phone", "has_email", "has_url", "has_price", "has_copyright",
    "has_quote", "log_sentences", "has_separator", "all_caps", "starts_bullet", "long_prose",
)


_FLAGS = {"has_date": _DATE, "has_time": _TIME, "has_phone": _PHONE, "has_email": _EMAIL, "has_url": _URL,
          "has_price": _PRICE, "has_copyright": _COPYRIGHT, "has_quote": _QUOTES, "has_separator": _SEPARATORS}
_COL = {name: i for i, name in enumerate(SHAPE_NAMES)}


def _char_classes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """isalpha, isupper, isdigit, isspace for an array of code points (tables for the few distinct ones)."""
    uniq, inverse = np.unique(codes, return_inverse=True)
    chars = [chr(c) for c in uniq]
    tables = [np.fromiter(map(f, chars), dtype=bool, count=len(chars))
              for f in (str.isalpha, str.isupper, str.isdigit, str.isspace)]
    return tuple(t[inverse] for t in tables)


def shape_matrix(texts: Sequence[str]) -> np.ndarray:
    """Numbers that describe how each segment looks, independent of its words.

    Computed for a whole batch at once: the segments are joined and every
    regular expression and character count runs once over the joined text.
    """
    n = len(texts)
    out = np.zeros((n, len(SHAPE_NAMES)))
    if not n:
        return out
    texts = [t.replace(SEP, " ") for t in texts]
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    offsets = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    joined = SEP.join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    alpha, upper, digit, space = _char_classes(codes)
    seg_of_char = np.repeat(np.arange(n), lengths + 1)[: len(codes)]

    def per_segment(flags: np.ndarray) -> np.ndarray:
        return np.bincount(seg_of_char, weights=flags, minlength=n)

    letters, uppers, digits, spaces = (per_segment(f) for f in (alpha, upper, digit, space))
    spans = [(m.start(), m.end()) for m in _WORD.finditer(joined)]
    starts = np.fromiter((a for a, _ in spans), dtype=np.int64, count=len(spans))
    word_len = np.fromiter((b - a for a, b in spans), dtype=np.float64, count=len(spans))
    word_seg = np.searchsorted(offsets, starts, side="right") - 1
    lowered = joined.lower()
    stop = np.fromiter((lowered[a:b] in STOPWORDS for a, b in spans), dtype=np.float64, count=len(spans))
    nw = np.bincount(word_seg, minlength=n).astype(np.float64)
    safe_nw = np.maximum(nw, 1)
    safe_n = np.maximum(lengths, 1)
    stop_ratio = np.bincount(word_seg, weights=stop, minlength=n) / safe_nw
    ends = np.fromiter((bool(_SENTENCE_END.search(t[-6:])) for t in texts), dtype=bool, count=n)

    def has(pattern: re.Pattern) -> np.ndarray:
        hits = np.fromiter((m.start() for m in pattern.finditer(joined)), dtype=np.int64)
        found = np.zeros(n)
        found[np.searchsorted(offsets, hits, side="right") - 1] = 1.0
        return found

    sentences = np.bincount(
        np.searchsorted(offsets, np.fromiter((m.start() for m in _SENTENCE.finditer(joined)), dtype=np.int64),
                        side="right") - 1, minlength=n)
    out[:, _COL["log_chars"]] = np.log1p(lengths)
    out[:, _COL["log_words"]] = np.log1p(nw)
    out[:, _COL["mean_word_len"]] = np.bincount(word_seg, weights=word_len, minlength=n) / safe_nw
    out[:, _COL["digit_ratio"]] = digits / safe_n
    out[:, _COL["upper_ratio"]] = np.where(letters > 0, uppers / np.maximum(letters, 1), 0.0)
    out[:, _COL["punct_ratio"]] = (lengths - letters - digits - spaces) / safe_n
    out[:, _COL["ends_sentence"]] = ends
    out[:, _COL["ends_colon"]] = [t.endswith(":") for t in texts]
    out[:, _COL["starts_upper"]] = upper[offsets]
    out[:, _COL["titlecase_ratio"]] = np.bincount(word_seg, weights=upper[starts], minlength=n) / safe_nw
    out[:, _COL["stopword_ratio"]] = stop_ratio
    for name, pattern in _FLAGS.items():
        out[:, _COL[name]] = has(pattern)
    out[:, _COL["log_sentences"]] = np.log1p(sentences + ends)
    out[:, _COL["all_caps"]] = (letters > 3) & (uppers == letters)
    out[:, _COL["starts_bullet"]] = [bool(_BULLET.match(t)) for t in texts]
    out[:, _COL["long_prose"]] = (nw >= 20) & ends & (stop_ratio > 0.25)
    return out


def shape_vector(text: str) -> list[float]:
    """The shape of one segment (see shape_matrix)."""
    return shape_matrix([text])[0].tolist()


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


class Segments:
    """Rows of pages with what every feature step needs, computed once."""

    __slots__ = ("texts", "start", "end", "shapes")

    def __init__(self, texts: list[str], start: np.ndarray, end: np.ndarray, shapes: np.ndarray):
        self.texts, self.start, self.end, self.shapes = texts, start, end, shapes

    @classmethod
    def from_rows(cls, X: Sequence[Row]) -> "Segments":
        texts = [row[1] for row in X]
        start, end = page_bounds(X)
        return cls(texts, start, end, shape_matrix(texts))

    def __len__(self) -> int:
        return len(self.texts)

    def take(self, idx: np.ndarray) -> "Segments":
        """A subset of rows, each then its own page (for steps that look at one row only)."""
        idx = np.asarray(idx, dtype=np.int64)
        own = np.arange(len(idx))
        return Segments([self.texts[i] for i in idx], own, own + 1, self.shapes[idx])

    def page_numbers(self) -> np.ndarray:
        return np.cumsum(self.start == np.arange(len(self))) - 1


def _segments(X) -> Segments:
    return X if isinstance(X, Segments) else Segments.from_rows(X)


class Annotate(BaseEstimator, TransformerMixin):
    """Rows -> Segments: texts, page bounds and shape vectors, computed once for all steps."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return _segments(X)


class SegmentText(BaseEstimator, TransformerMixin):
    """The segment's own text, for a text vectorizer; with `max_chars`, longer segments give ""."""

    def __init__(self, max_chars: int | None = None):
        self.max_chars = max_chars

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        texts = _segments(X).texts
        if self.max_chars is None:
            return texts
        return [t if len(t) <= self.max_chars else "" for t in texts]


def _window_matrix(seg: Segments, offsets) -> sp.csr_matrix:
    """Sparse n x n matrix with a 1 where column j is at one of `offsets` from row i on its page."""
    n = len(seg)
    idx = np.arange(n)
    rows, cols = [], []
    for off in offsets:
        j = idx + off
        ok = (j >= seg.start) & (j < seg.end)
        rows.append(idx[ok])
        cols.append(j[ok])
    rows, cols = np.concatenate(rows or [idx[:0]]), np.concatenate(cols or [idx[:0]])
    return sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, n))


class NeighbourWords(BaseEstimator, TransformerMixin):
    """TF-IDF of the words in the `window` segments before, and separately after, each segment.

    Each segment is tokenised once; a window's counts are sums of its rows.
    """

    def __init__(self, window: int = 2, max_features: int = 15000, min_df: int = 3):
        self.window = window
        self.max_features = max_features
        self.min_df = min_df

    def _sides(self, seg: Segments):
        counts = self.vectorizer_.transform(seg.texts)
        before = _window_matrix(seg, range(-self.window, 0)) @ counts
        after = _window_matrix(seg, range(1, self.window + 1)) @ counts
        return before, after

    def fit(self, X, y=None):
        seg = _segments(X)
        self.vectorizer_ = CountVectorizer(lowercase=True, token_pattern=TOKEN_PATTERN, min_df=self.min_df,
                                           max_features=self.max_features, dtype=np.float32).fit(seg.texts)
        self.vectorizer_.stop_words_ = None  # the pruned terms are only for inspection
        before, after = self._sides(seg)
        self.before_ = TfidfTransformer(sublinear_tf=True).fit(before)
        self.after_ = TfidfTransformer(sublinear_tf=True).fit(after)
        return self

    def transform(self, X):
        before, after = self._sides(_segments(X))
        return sp.hstack([self.before_.transform(before), self.after_.transform(after)], format="csr")

    def get_feature_names_out(self, input_features=None):
        vocab = self.vectorizer_.get_feature_names_out()
        return np.asarray([f"before:{w}" for w in vocab] + [f"after:{w}" for w in vocab], dtype=object)


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
        self.n_features_out_ = len(self.get_feature_names_out())
        return self

    def transform(self, X):
        seg = _segments(X)
        return _context_block(seg, seg.shapes, self.window, self.wide, with_position=True)

    def get_feature_names_out(self, input_features=None):
        return np.asarray(_context_names(SHAPE_NAMES, self.window, f"near{self.wide}", with_position=True), dtype=object)


def _context_names(names, window, near, with_position=False):
    out = [f"self:{s}" for s in names]
    for off in [o for o in range(-window, window + 1) if o]:
        out += [f"nb{off:+d}:{s}" for s in names] + [f"nb{off:+d}:missing"]
    out += [f"{near}:{s}" for s in names] + [f"page:{s}" for s in names]
    if with_position:
        out += ["pos:relative", "pos:log_from_start", "pos:log_from_end", "pos:log_page_len", "pos:first", "pos:last"]
    return out


def _context_block(seg: Segments, values: np.ndarray, window: int, wide: int, with_position: bool = False):
    """Values of each row, of its neighbours, of a wider window and of its page."""
    n = len(seg)
    start, end = seg.start, seg.end
    idx = np.arange(n)
    blocks = [values]
    for off in [o for o in range(-window, window + 1) if o]:
        j = idx + off
        ok = (j >= start) & (j < end)
        nb = np.zeros_like(values)
        nb[ok] = values[j[ok]]
        blocks += [nb, (~ok).astype(np.float64)[:, None]]
    csum = np.vstack([np.zeros((1, values.shape[1])), np.cumsum(values, axis=0)])
    lo = np.maximum(start, idx - wide)
    hi = np.minimum(end, idx + wide + 1)
    blocks.append((csum[hi] - csum[lo]) / (hi - lo)[:, None])
    blocks.append((csum[end] - csum[start]) / (end - start)[:, None])
    if with_position:
        length = (end - start).astype(np.float64)
        before = (idx - start).astype(np.float64)
        after = (end - idx - 1).astype(np.float64)
        blocks.append(np.column_stack([
            before / np.maximum(length - 1, 1), np.log1p(before), np.log1p(after), np.log1p(length),
            (before == 0).astype(float), (after == 0).astype(float),
        ]))
    # float32 like the TF-IDF blocks, so the stacked matrix is not upcast (half the memory)
    return np.hstack(blocks).astype(np.float32)


class OwnShape(BaseEstimator, TransformerMixin):
    """The shape vector of each segment alone."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return _segments(X).shapes


class NeighbourScores(BaseEstimator, TransformerMixin):
    """What the lines around a segment look like, as a first-stage model sees them alone.

    A first-stage logistic regression scores every segment from its own words
    and shape. The features are those scores for the segment, for each
    neighbour within `window`, over `wide` segments each side and over the
    whole page. A date line or headline next to press-release paragraphs is
    thereby pulled towards press_release. Training rows get out-of-fold scores
    (pages split in `folds`), so the second stage learns how far the first
    stage can be trusted on text it has not seen. Rows whose label is not one
    of the three classes (corpus `content`) are scored but not learnt from.
    """

    def __init__(self, window: int = 2, wide: int = 4, folds: int = 2, C: float = 1.0,
                 max_features: int = 30000, max_iter: int = 100):
        self.window = window
        self.wide = wide
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
                    token_pattern=TOKEN_PATTERN, dtype=np.float32))])),
                ("shape", Pipeline([("shape", OwnShape()), ("scale", StandardScaler())])),
            ])),
            ("classifier", LogisticRegression(C=self.C, max_iter=self.max_iter, class_weight="balanced")),
        ])

    def _fit_base(self, seg: Segments, y, rows):
        labels = [y[i] for i in rows]
        if len(set(labels)) < 2:
            return None  # nothing to tell apart: scores stay 0
        return self._base().fit(seg.take(rows), labels)

    def fit(self, X, y):
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X, y):
        from .labels import LABELS

        seg = _segments(X)
        y = list(y)
        known = np.array([label in LABELS for label in y], dtype=bool)
        pages = seg.page_numbers()
        # pages to folds at random, with a fixed seed: input order may follow the label
        fold = np.random.RandomState(0).randint(self.folds, size=pages[-1] + 1)[pages] if len(seg) else pages
        proba = np.zeros((len(seg), len(LABELS)))
        for k in range(self.folds):
            base = self._fit_base(seg, y, np.where(known & (fold != k))[0])
            held = np.where(fold == k)[0]
            proba[held] = self._proba(base, seg.take(held))
        self.base_ = self._fit_base(seg, y, np.where(known)[0])
        return _context_block(seg, proba, self.window, self.wide)

    def transform(self, X):
        seg = _segments(X)
        return _context_block(seg, self._proba(self.base_, seg), self.window, self.wide)

    @staticmethod
    def _proba(base, seg):
        from .labels import LABELS

        out = np.zeros((len(seg), len(LABELS)))
        if base is None or not len(seg):
            return out
        p = base.predict_proba(seg)
        for k, label in enumerate(base.classes_):
            if label in LABELS:  # a fold may lack a class; its score stays 0
                out[:, LABELS.index(label)] = p[:, k]
        return out

    def get_feature_names_out(self, input_features=None):
        from .labels import LABELS

        return np.asarray(_context_names(LABELS, self.window, f"near{self.wide}"), dtype=object)


def make_rows(pages: Sequence[Sequence[str]], first_key: int = 0) -> list[Row]:
    """Rows for the model from pages given as lists of segment texts."""
    return [(first_key + p, text) for p, texts in enumerate(pages) for text in texts]
