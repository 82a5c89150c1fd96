"""Feature steps of the model, as scikit-learn transformers: how each is fitted.

How each scores lives in the class of the same name in `frozen.py`, which these
extend; the rows, segments and context helpers they read are in `batch.py`.
"""

from __future__ import annotations

import operator
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.preprocessing import StandardScaler

from . import frozen
from .batch import (SHAPE_NAMES, STOPWORDS, Row, ScaledContext, Segments, _COL, _context_block, fold_of,  # noqa: F401
                    _page_sums, _segments, make_rows, page_bounds, shape_matrix, shape_vector)
from .blocks import DefaultsOnLoad, n_workers
from .terms import TermCounts


class Annotate(frozen.Annotate, BaseEstimator, TransformerMixin):
    """Rows -> Segments: texts, page bounds and shape vectors, computed once for all steps."""

    def fit(self, X, y=None):
        return self


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



class NeighbourWords(frozen.NeighbourWords, BaseEstimator, TransformerMixin):
    """TF-IDF of the words in the `window` segments before, and separately after, each
    segment; with `page`, also the `page` words that most mark its page (highest TF-IDF
    of the page as one text).

    Each segment is tokenised once; a window's counts are sums of its rows. A page's
    words are cut to its most distinctive few so that a row does not grow with its page.
    """

    def __init__(self, window: int = 2, max_features: int = 15000, min_df: int = 3, page: int = 0):
        self.window = window
        self.max_features = max_features
        self.min_df = min_df
        self.page = page

    def fit(self, X, y=None):
        seg = _segments(X)
        self.vectorizer_ = TermCounts(min_df=self.min_df, max_features=self.max_features, tfidf=False).fit(seg)
        counts = self.vectorizer_.transform(seg)
        self.tfidf_ = [TfidfTransformer(sublinear_tf=True).fit(side) for side in self._sides(seg, counts)]
        if self.page:
            self.page_tfidf_ = TfidfTransformer(sublinear_tf=True).fit(_page_sums(seg, counts)[0])
        return self

    def get_feature_names_out(self, input_features=None):
        vocab = self.vectorizer_.get_feature_names_out()
        names = [f"before:{w}" for w in vocab] + [f"after:{w}" for w in vocab]
        return np.asarray(names + ([f"page:{w}" for w in vocab] if self.page else []), dtype=object)


class StructureFeatures(frozen.StructureFeatures, BaseEstimator, TransformerMixin):
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

    def get_feature_names_out(self, input_features=None):
        return np.asarray(_context_names(SHAPE_NAMES, self.window, f"near{self.wide}", with_position=True), dtype=object)


def _context_names(names, window, near, with_position=False, runs=False, run_max=False):
    out = [f"self:{s}" for s in names]
    for off in [o for o in range(-window, window + 1) if o]:
        out += [f"nb{off:+d}:{s}" for s in names] + [f"nb{off:+d}:missing"]
    out += [f"{near}:{s}" for s in names] + [f"page:{s}" for s in names]
    if runs:
        out += [f"run:{s}" for s in names]
    if run_max:
        out += [f"run_max:{s}" for s in names]
    if with_position:
        out += ["pos:relative", "pos:log_from_start", "pos:log_from_end", "pos:log_page_len", "pos:first", "pos:last"]
    return out


def unbuilt_block(transformer, X):
    """A ScaledContext for a Pipeline of a context step (one with `context_of`) and a
    StandardScaler; None for any other feature block."""
    return frozen.unbuilt_block(transformer, X, (StandardScaler, frozen.Scale))


class SparseScaler(StandardScaler):
    """StandardScaler that centres only the columns nonzero in more than `dense` of the
    rows: the others stay mostly zero, so the matrix the solver multiplies at every
    iteration keeps them sparse. Most structure and marker columns are flags or counts
    that are 0 on most lines; centred, each was a stored number on every row (about
    three quarters of all the stored numbers). A column's mean only moves the intercept,
    which is not penalised."""

    def __init__(self, *, copy: bool = True, with_mean: bool = True, with_std: bool = True, dense: float = 0.5):
        super().__init__(copy=copy, with_mean=with_mean, with_std=with_std)
        self.dense = dense

    def fit(self, X, y=None, sample_weight=None):
        super().fit(X, y, sample_weight)
        if self.with_mean:
            X = np.asarray(X)
            share = np.count_nonzero(X, axis=0) / max(X.shape[0], 1)
            self.mean_ = np.where(share > self.dense, self.mean_, 0.0)
        return self


class OwnShape(frozen.OwnShape, BaseEstimator, TransformerMixin):
    """The shape vector of each segment alone."""

    def fit(self, X, y=None):
        return self


class Cohesion(frozen.Cohesion, BaseEstimator, TransformerMixin):
    """Whether a line shares its words with the lines around it and with the paragraphs
    near it, and whether its page repeats it (frozen.cohesion); with `context`, also
    for its `window` neighbours each side, `wide` lines each side and its page; `near`:
    rows above and below that count as around."""

    def __init__(self, near: int = 2, context: bool = False, window: int = 1, wide: int = 3):
        self.near = near
        self.context = context
        self.window = window
        self.wide = wide

    def fit(self, X, y=None):
        return self

    def get_feature_names_out(self, input_features=None):
        if not self.context:
            return np.asarray([f"self:{name}" for name in frozen.COHESION_NAMES], dtype=object)
        return np.asarray(_context_names(frozen.COHESION_NAMES, self.window, f"near{self.wide}"), dtype=object)


class NeighbourScores(DefaultsOnLoad, frozen.NeighbourScores, BaseEstimator, TransformerMixin):
    """What the lines around a segment look like, as a first-stage model sees them alone.

    A first-stage logistic regression scores every segment from its own words
    and shape. The features are those scores for the segment, for each
    neighbour within `window`, over `wide` segments each side and over the
    whole page. A date line or headline next to press-release paragraphs is
    thereby pulled towards press_release. Training rows get out-of-fold scores
    (pages split in `folds`; whole sites with `site_folds`, see batch.fold_of), so the
    second stage learns how far the first stage can be trusted on text it has not
    seen. Rows whose label is not one of the three classes (corpus `content`) are
    scored but not learnt from.
    """

    def __init__(self, window: int = 2, wide: int = 4, folds: int = 2, C: float = 1.0,
                 max_features: int = 30000, max_iter: int = 100, min_sites: int = 0, site_folds: bool = False,
                 source_folds: bool = False, n_jobs: int | None = None, sparse_scaling: bool = False):
        self.n_jobs = n_jobs
        self.sparse_scaling = sparse_scaling
        self.min_sites = min_sites
        self.site_folds = site_folds
        self.source_folds = source_folds
        self.window = window
        self.wide = wide
        self.folds = folds
        self.C = C
        self.max_features = max_features
        self.max_iter = max_iter

    def _base(self):
        from sklearn.pipeline import Pipeline

        from .blocks import BlockLogisticRegression, BlockUnion

        return Pipeline([
            ("features", BlockUnion([
                ("words", TermCounts(ngram_range=(1, 2), min_df=2, max_features=self.max_features,
                                     min_groups=self.min_sites)),
                ("shape", Pipeline([("shape", OwnShape()),
                                    ("scale", SparseScaler() if self.sparse_scaling else StandardScaler())])),
            ])),
            ("classifier", BlockLogisticRegression(C=self.C, max_iter=self.max_iter, class_weight="balanced")),
        ])

    def _fit_base(self, seg: Segments, y, rows):
        labels = [y[i] for i in rows]
        if len(set(labels)) < 2:
            return None  # nothing to tell apart: scores stay 0
        weights = None if seg.weights is None else seg.weights[rows]
        return self._base().fit(seg.take(rows), labels, classifier__sample_weight=weights)

    def fit(self, X, y):
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X, y):
        from .labels import LABELS

        seg = _segments(X)
        y = list(y)
        known = np.array([label in LABELS for label in y], dtype=bool)
        # pages to folds at random, with a fixed seed: input order may follow the label
        fold = fold_of(seg, self.folds, 0, self.site_folds, self.source_folds)
        proba = np.zeros((len(seg), len(LABELS)))
        # the fold fits and the fit on all rows do not depend on each other: on threads, as
        # the stacked classifier's (the solver's sparse products release the GIL); each fit
        # is the same as one at a time
        with ThreadPoolExecutor(n_workers(self.n_jobs)) as pool:
            folds = [(pool.submit(self._fit_base, seg, y, np.where(known & (fold != k))[0]), np.where(fold == k)[0])
                     for k in range(self.folds)]
            full = pool.submit(self._fit_base, seg, y, np.where(known)[0])
            for fitted, held in folds:
                proba[held] = self._proba(fitted.result(), seg.take(held))
            self.base_ = full.result()
        return _context_block(seg, proba, self.window, self.wide)

    def get_feature_names_out(self, input_features=None):
        from .labels import LABELS

        return np.asarray(_context_names(LABELS, self.window, f"near{self.wide}"), dtype=object)


class ReleaseMarkers(DefaultsOnLoad, frozen.ReleaseMarkers, BaseEstimator, TransformerMixin):
    """Lines only press releases carry ("MEDIA RELEASE", "Media contact:", "ENDS", "###",
    "About Acme" over a paragraph) and lines only news stories carry ("Source: Xinhua",
    "Reporting by", a byline): per row, whether it is one, whether its page has one and
    how near the nearest is above and below. A release's body reads like news line by
    line; its header and contact block, a few lines away, say whose text it is, for
    issuers of any kind (see frozen.py for the patterns). A release's heading ("MEDIA
    RELEASE", "Press Release: Acme", "For immediate release") is a marker for the lines
    under it only: a "Press Release" over a teaser says nothing of the story above it
    (frozen._RELEASE_HEADING). `reach`: lines away at which
    nearness counts half; `news`: the news markers' four columns too; `near` (0: off): a
    release marker counts only within that many lines of a paragraph, so a menu's "Press
    releases" or a footer's "Contact:" is not one; `voice`: four columns each for lines
    whose words speak as a release does of its issuer ("today announced", "issued the
    following statement", "for more information, visit") and as a reporter does of
    others ("told Reuters", "declined to comment", "who was not involved")."""

    def __init__(self, reach: float = 10.0, news: bool = True, near: int = 0, voice: bool = False,
                 voice_page: bool = True):
        self.reach = reach
        self.news = news
        self.near = near
        self.voice = voice
        self.voice_page = voice_page

    def fit(self, X, y=None):
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(self.names, dtype=object)


class IssuerFocus(BaseEstimator, TransformerMixin):
    """How a page speaks about the organisations it names, as numbers that hold for any
    issuer: a press release keeps naming one organisation and rarely attributes
    ("said", "told"); a news story names many and attributes often.

    Per page, over its prose lines (12 words or more, ending a sentence): the share of
    capitalised name tokens that are its commonest name, that count, attributions and
    first-person-plural words per prose line; per row: whether it names the page's
    commonest name, and that name's share of its own name tokens. Counts only, so a
    page's numbers do not depend on its batch; ties for the commonest name all count.
    """

    ATTRIBUTION = frozenset({"said", "says", "told", "according"})
    WE = frozenset({"we", "our", "us", "ours"})
    NAMES = ("page:name_focus", "page:log_top_name", "page:attributions_per_line", "page:we_per_line",
             "page:log_prose_lines", "row:names_top", "row:top_share")

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        seg = _segments(X)
        n = len(seg)
        out = np.zeros((n, len(self.NAMES)), dtype=np.float32)
        if not n:
            return out
        tokens = seg.tokens
        lower, low_ids = tokens.lower()
        rows = tokens.seg
        pages = seg.page_numbers()
        n_pages = int(pages[-1]) + 1
        prose = (seg.shapes[:, _COL["log_words"]] >= np.log1p(12)) & (seg.shapes[:, _COL["ends_sentence"]] > 0)
        page_prose = np.bincount(pages, weights=prose, minlength=n_pages)
        # per distinct word, with maps that run in C
        v_cap = np.fromiter(map(str.isupper, map(operator.itemgetter(0), tokens.vocab)), dtype=bool,
                            count=len(tokens.vocab))
        n_low = len(lower)
        kind_of = 3 * (~np.fromiter(map(STOPWORDS.__contains__, lower), dtype=bool, count=n_low)
                       & (np.fromiter(map(len, lower), dtype=np.int64, count=n_low) > 1)
                       & ~np.fromiter(map(str.isdigit, lower), dtype=bool, count=n_low)).astype(np.int8)
        kind_of[tokens.lower_ids(self.ATTRIBUTION)] = 1
        kind_of[tokens.lower_ids(self.WE)] = 2
        kind = kind_of[low_ids]
        in_prose = prose[rows]
        first = np.concatenate([[True], rows[1:] != rows[:-1]]) if len(rows) else np.zeros(0, bool)
        name = (kind == 3) & v_cap[tokens.ids] & ~first & in_prose  # a line's first word may be capitalised anyway
        tok_page = pages[rows]
        keys = tok_page[name] * len(lower) + low_ids[name]
        uniq, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        top = np.zeros(n_pages)
        np.maximum.at(top, uniq // max(len(lower), 1), counts)
        total = np.bincount(tok_page[name], minlength=n_pages)
        is_top = (counts[inverse] == top[tok_page[name]]) & (top[tok_page[name]] >= 2)  # named once: no focus
        name_rows = rows[name]
        per_row_names = np.bincount(name_rows, minlength=n)
        per_row_top = np.bincount(name_rows[is_top], minlength=n)
        lines = np.maximum(page_prose, 1)
        page_cols = np.column_stack([
            np.where(total > 0, top / np.maximum(total, 1), 0.0),
            np.log1p(top),
            np.bincount(tok_page[(kind == 1) & in_prose], minlength=n_pages) / lines,
            np.bincount(tok_page[(kind == 2) & in_prose], minlength=n_pages) / lines,
            np.log1p(page_prose),
        ])
        out[:, :5] = page_cols[pages]
        out[:, 5] = per_row_top > 0
        out[:, 6] = np.where(per_row_names > 0, per_row_top / np.maximum(per_row_names, 1), 0.0)
        return out

    def get_feature_names_out(self, input_features=None):
        return np.asarray(self.NAMES, dtype=object)


class PageScores(BaseEstimator, TransformerMixin):
    """The genre of the whole page, as a page-level model reads it from all its words.

    Each page is one bag of words (TF-IDF of the sum of its segments' counts);
    a logistic regression tells news pages from press-release pages and from
    pages with neither, and every segment gets its page's scores. A menu line,
    a date or a teaser then knows what kind of page it sits on ("said",
    "according to" against "announced", "our", "media contact"), at three
    numbers per row. A page's training label is the genre most of its
    segments have; pages with only `content` segments are scored but not
    learnt from. Training rows get out-of-fold scores, as in NeighbourScores.
    """

    NONE = "none"

    def __init__(self, folds: int = 2, C: float = 1.0, max_features: int = 30000, max_iter: int = 300):
        self.folds = folds
        self.C = C
        self.max_features = max_features
        self.max_iter = max_iter

    def _page_counts(self, seg: Segments) -> sp.csr_matrix:
        return _page_sums(seg, self.vectorizer_.transform(seg))[0]

    @classmethod
    def page_labels(cls, pages: np.ndarray, y) -> np.ndarray:
        """news, press_release, none (no segment of either), or "" (only content: unknown)."""
        from .labels import BOILERPLATE, NEWS, PRESS_RELEASE

        n_pages = pages[-1] + 1 if len(pages) else 0
        y = np.asarray(y, dtype=object)
        news = np.bincount(pages, weights=(y == NEWS), minlength=n_pages)
        pr = np.bincount(pages, weights=(y == PRESS_RELEASE), minlength=n_pages)
        known = np.bincount(pages, weights=(y == BOILERPLATE), minlength=n_pages) + news + pr
        out = np.where(news + pr == 0, cls.NONE, np.where(pr > news, PRESS_RELEASE, NEWS)).astype(object)
        out[(news + pr == 0) & (known < np.bincount(pages, minlength=n_pages))] = ""
        return out

    def _fit_base(self, X, labels):
        from sklearn.linear_model import LogisticRegression

        if len(set(labels)) < 2:
            return None
        return LogisticRegression(C=self.C, max_iter=self.max_iter, class_weight="balanced").fit(X, labels)

    def _proba(self, base, X) -> np.ndarray:
        out = np.zeros((X.shape[0], len(self.classes_)))
        if base is not None and X.shape[0]:
            p = base.predict_proba(X)
            for k, label in enumerate(base.classes_):
                out[:, self.classes_.index(label)] = p[:, k]
        return out

    def fit(self, X, y):
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X, y):
        from .labels import NEWS, PRESS_RELEASE

        seg = _segments(X)
        self.classes_ = [NEWS, PRESS_RELEASE, self.NONE]
        self.vectorizer_ = TermCounts(min_df=3, max_features=self.max_features, tfidf=False).fit(seg)
        pages = seg.page_numbers()
        raw = self._page_counts(seg)
        self.tfidf_ = TfidfTransformer(sublinear_tf=True).fit(raw)
        P = self.tfidf_.transform(raw)
        labels = self.page_labels(pages, y)
        known = labels != ""
        fold = np.random.RandomState(0).randint(self.folds, size=P.shape[0])
        proba = np.zeros((P.shape[0], len(self.classes_)))
        for k in range(self.folds):
            train = np.where(known & (fold != k))[0]
            held = np.where(fold == k)[0]
            proba[held] = self._proba(self._fit_base(P[train], labels[train].tolist()), P[held])
        self.base_ = self._fit_base(P[known], labels[known].tolist())
        return proba[pages] if len(seg) else proba[:0]

    def transform(self, X):
        seg = _segments(X)
        if not len(seg):
            return np.zeros((0, len(self.classes_)))
        return self._proba(self.base_, self.tfidf_.transform(self._page_counts(seg)))[seg.page_numbers()]

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"page_genre:{c}" for c in self.classes_], dtype=object)
