"""A batch of pages, annotated once for every feature step.

The model's input X is a list of rows `(page, text)`: `page` is any key that
is equal for the segments of one page, and the rows of a page are consecutive
and in reading order. `Segments` holds what every step reads, computed once
per batch: the texts, each row's page bounds, the batch's tokens (`Tokens`)
and each segment's shape vector. The helpers below read neighbours in page
order, which is how a short line inside an article and the same line inside a
menu end up with different features.

No scikit-learn here: scoring a page needs only numpy and scipy.sparse.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from .markdown import plain_texts

SEP = "\x00"  # joins segments for whole-batch passes; no pattern crosses it
TOKEN = re.compile(r"\w+(?:['’]\w+)*|\x00")
_CHUNK = 50_000  # segments tokenised at a time, so training never holds all tokens as strings


class Tokens:
    """The tokens of a batch: `vocab` holds each distinct token once (as written), `ids`
    index it for every token in reading order, `seg` is each token's segment."""

    __slots__ = ("vocab", "ids", "seg", "_lower", "_lower_vocab")

    def __init__(self, vocab: list[str], ids: np.ndarray, seg: np.ndarray):
        self.vocab, self.ids, self.seg = vocab, ids, seg
        self._lower = self._lower_vocab = None

    @classmethod
    def of(cls, texts: Sequence[str]) -> "Tokens":
        index: dict[str, int] = {SEP: 0}
        ids, segs = [], []
        for lo in range(0, len(texts), _CHUNK):
            chunk = [t.replace(SEP, " ") for t in texts[lo: lo + _CHUNK]]
            found = TOKEN.findall(SEP.join(chunk) + SEP)
            # each new distinct token, in order of appearance, gets the next id (all in C)
            index.update(zip(itertools.filterfalse(index.__contains__, dict.fromkeys(found)), itertools.count(len(index))))
            chunk_ids = np.fromiter(map(index.__getitem__, found), dtype=np.int32, count=len(found))
            boundary = chunk_ids == 0
            seg = np.cumsum(boundary, dtype=np.int32) - boundary + lo
            ids.append(chunk_ids[~boundary])
            segs.append(seg[~boundary])
        vocab = list(index)
        return cls(vocab, _concat(ids, np.int32), _concat(segs, np.int32))

    def lower(self) -> tuple[list[str], np.ndarray]:
        """Distinct lowercased tokens, and each token's index among them."""
        if self._lower is None:
            if self._lower_vocab is None:
                lowered = list(map(str.lower, self.vocab))
                index = dict(zip(dict.fromkeys(lowered), itertools.count()))
                of_vocab = np.fromiter(map(index.__getitem__, lowered), dtype=np.int32, count=len(lowered))
                self._lower_vocab = (list(index), of_vocab, index)
            words, of_vocab, _ = self._lower_vocab
            self._lower = (words, of_vocab[self.ids])
        return self._lower

    def lower_ids(self, words) -> list[int]:
        """The indices (as in lower()) of those of `words` (lowercase) that the batch has."""
        self.lower()
        index = self._lower_vocab[2]
        return [index[w] for w in words if w in index]

    def take(self, rows: np.ndarray, n: int) -> "Tokens":
        """The tokens of segments `rows` (of `n`; a row may come more than once),
        renumbered 0..len(rows)-1 in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        counts = np.bincount(self.seg, minlength=n)
        first = np.cumsum(counts) - counts  # tokens are stored segment after segment
        lengths = counts[rows]
        seg = np.repeat(np.arange(len(rows), dtype=np.int32), lengths)
        within = np.arange(len(seg)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        taken = Tokens(self.vocab, self.ids[np.repeat(first[rows], lengths) + within], seg)
        taken._lower_vocab = self._lower_vocab  # the same vocabulary, so the same lowercased words
        return taken


def _concat(parts, dtype) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype=dtype)


def _count_matrix(rows, cols, n_rows, n_cols) -> sp.csr_matrix:
    """CSR counts of (row, col) occurrences, built directly (scipy's COO route costs more than the counting)."""
    keys, counts = np.unique(np.asarray(rows, dtype=np.int64) * n_cols + cols, return_counts=True)
    indptr = np.searchsorted(keys, np.arange(n_rows + 1, dtype=np.int64) * n_cols)
    return sp.csr_matrix((counts.astype(np.float32), (keys % max(n_cols, 1)).astype(np.int32), indptr),
                         shape=(n_rows, n_cols))



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

# Three patterns find every mark a shape flag looks for, in one pass each over a
# whole batch. Each starts on a literal or one character class, so the engine
# skips ahead fast (alternatives or groups at the front would defeat that);
# what came before a mark is checked by lookbehind after its first character.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_MONTH_DATE = re.compile(rf"{_MONTH}[a-zA-Z]*\.?(?:\s+\d{{1,2}}\b|,?\s+\d{{4}})")
_NUMERIC = re.compile(  # the group that matched names the mark
    r"\d(?:(?P<has_time>\d?:\d{2}\b|\d?\s?[aApP]\.?[mM]\b)"
    rf"|(?P<has_date>\d{{3}}-\d{{2}}-\d{{2}}\b|\d?[/.]\d{{1,2}}[/.]\d{{2,4}}\b|\d?\s+{_MONTH})"
    r"|(?P<has_price>\s?(?i:usd|eur|dollars|euros|pounds)\b)"
    r"|(?P<has_phone>\d{1,3}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b))"
)
_PUNCT = re.compile(  # the first character names the mark (_PUNCT_FLAGS)
    r"[@\[:.$€£¥©(\"“”|•·»/](?:"
    r"(?<=@)(?<=[\w.+-]@)[\w-]+\.\w|(?<=\[)email[^\]\x00]*\]"  # e-mail, or a scraper's [email protected]
    r"|(?<=:)//|(?<=\.)(?:(?<=www\.)|(?<=\w\.)(?:com|org|net|gov|edu|io|co)\b)"  # URL
    r"|(?<=[$€£¥])\s?\d|(?<=©)|(?<=\()[cC]\)|(?<=[\"“”])"  # price, copyright, quote
    r"|(?<=[\s\x00][|•·»/])(?=[\s\x00]|$))"  # a separator standing alone: "Home | News"
)
_PUNCT_FLAGS = {**dict.fromkeys("@[", "has_email"), **dict.fromkeys(":.", "has_url"),
                **dict.fromkeys("$€£¥", "has_price"), **dict.fromkeys("©(", "has_copyright"),
                **dict.fromkeys("\"“”", "has_quote"), **dict.fromkeys("|•·»/", "has_separator")}
_TERMINAL, _CLOSERS = frozenset(".!?"), frozenset("\"'”’)]")  # a sentence ends: [.!?] then closers
_SENTENCE = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[A-Z\"“‘(])")
_BULLETS = frozenset("-–—•·*>»|►▪◦")  # a line led by one of these is a list item

SHAPE_NAMES = (
    "log_chars", "log_words", "mean_word_len", "digit_ratio", "upper_ratio", "punct_ratio",
    "ends_sentence", "ends_colon", "starts_upper", "titlecase_ratio", "stopword_ratio",
    "has_date", "has_time", "has_phone", "has_email", "has_url", "has_price", "has_copyright",
    "has_quote", "log_sentences", "has_separator", "all_caps", "starts_bullet", "long_prose",
)
_COL = {name: i for i, name in enumerate(SHAPE_NAMES)}


_ALPHA, _UPPER, _DIGIT, _SPACE = 1, 2, 4, 8


def _char_classes(codes: np.ndarray) -> np.ndarray:
    """A bit set per code point (_ALPHA | _UPPER | _DIGIT | _SPACE), looked up for the few distinct ones."""
    present = np.flatnonzero(np.bincount(codes)) if len(codes) else np.zeros(0, np.int64)
    table = np.zeros(int(present[-1]) + 1 if len(present) else 1, dtype=np.uint8)
    table[present] = [_ALPHA * c.isalpha() | _UPPER * c.isupper() | _DIGIT * c.isdigit() | _SPACE * c.isspace()
                      for c in map(chr, present)]
    return table[codes]


def _in_set(codes: np.ndarray, chars: frozenset[str]) -> np.ndarray:
    """Whether each code point is one of `chars`."""
    table = np.zeros(max(map(ord, chars)) + 1, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table[np.minimum(codes, len(table) - 1)] & (codes < len(table))


def shape_matrix(texts: Sequence[str], tokens: Tokens | None = None) -> np.ndarray:
    """Numbers that describe how each segment looks, independent of its words.

    Computed for a whole batch at once: the segments are joined and every
    regular expression and character count runs once over the joined text;
    word counts come from the batch's tokens (`Tokens`), looked up per distinct token.
    """
    n = len(texts)
    out = np.zeros((n, len(SHAPE_NAMES)))
    if not n:
        return out
    texts = [t.replace(SEP, " ") for t in texts]
    tokens = tokens if tokens is not None else Tokens.of(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    # a SEP before every segment, the first too: a pattern then sees the same text
    # around a segment wherever it sits in the batch
    offsets = np.concatenate([[1], np.cumsum(lengths + 1)[:-1] + 1])
    joined = SEP + SEP.join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    classes = _char_classes(codes)
    # the leading SEP counts to segment 0: it is no letter, digit or space, so it adds nothing
    seg_of_char = np.repeat(np.arange(n, dtype=np.int64), np.concatenate([[lengths[0] + 2], lengths[1:] + 1]))[: len(codes)]
    # how many characters of each class set in each segment, in one count
    per_set = np.bincount(seg_of_char * 16 + classes, minlength=n * 16).reshape(n, 16).astype(np.float64)
    letters, uppers, digits, spaces = (per_set[:, [c for c in range(16) if c & bit]].sum(axis=1)
                                       for bit in (_ALPHA, _UPPER, _DIGIT, _SPACE))
    # properties of each distinct token, then of every token by lookup
    vocab = tokens.vocab  # its first entry is SEP, never a token's
    lower, low_ids = tokens.lower()
    v_len = np.fromiter(map(len, vocab), dtype=np.float64, count=len(vocab))
    v_stop = np.fromiter(map(STOPWORDS.__contains__, lower), dtype=np.float64, count=len(lower))
    v_title = np.fromiter(map(str.isupper, map(operator.itemgetter(0), vocab)), dtype=np.float64, count=len(vocab))
    word_seg = tokens.seg
    nw = np.bincount(word_seg, minlength=n).astype(np.float64)
    safe_nw = np.maximum(nw, 1)
    safe_n = np.maximum(lengths, 1)
    stop_ratio = np.bincount(word_seg, weights=v_stop[low_ids], minlength=n) / safe_nw
    # a segment's last characters, read from the code points: its end, after up to 5 closers
    last = offsets + lengths - 1
    back = np.zeros(n, dtype=np.int64)
    for _ in range(5):
        back += (back < lengths) & _in_set(codes[np.maximum(last - back, 0)], _CLOSERS)
    ends = (back < lengths) & _in_set(codes[np.maximum(last - back, 0)], _TERMINAL)

    def segments_of(pattern: re.Pattern) -> np.ndarray:
        hits = np.fromiter((m.start() for m in pattern.finditer(joined)), dtype=np.int64)
        return np.searchsorted(offsets, hits, side="right") - 1

    sentences = np.bincount(segments_of(_SENTENCE), minlength=n)
    out[:, _COL["log_chars"]] = np.log1p(lengths)
    out[:, _COL["log_words"]] = np.log1p(nw)
    out[:, _COL["mean_word_len"]] = np.bincount(word_seg, weights=v_len[tokens.ids], minlength=n) / safe_nw
    out[:, _COL["digit_ratio"]] = digits / safe_n
    out[:, _COL["upper_ratio"]] = np.where(letters > 0, uppers / np.maximum(letters, 1), 0.0)
    out[:, _COL["punct_ratio"]] = (lengths - letters - digits - spaces) / safe_n
    out[:, _COL["ends_sentence"]] = ends
    out[:, _COL["ends_colon"]] = (lengths > 0) & (codes[np.maximum(last, 0)] == ord(":"))
    out[:, _COL["starts_upper"]] = (classes[np.minimum(offsets, len(codes) - 1)] & _UPPER > 0) & (lengths > 0)
    out[:, _COL["titlecase_ratio"]] = np.bincount(word_seg, weights=v_title[tokens.ids], minlength=n) / safe_nw
    out[:, _COL["stopword_ratio"]] = stop_ratio
    marks = [(m.start(), m.lastgroup) for m in _NUMERIC.finditer(joined)]
    marks += [(m.start(), _PUNCT_FLAGS[joined[m.start()]]) for m in _PUNCT.finditer(joined)]
    marks += [(m.start(), "has_date") for m in _MONTH_DATE.finditer(joined)]
    if marks:
        at, flag = zip(*marks)
        out[np.searchsorted(offsets, at, side="right") - 1, [_COL[f] for f in flag]] = 1.0
    # "Copyright" and "All rights reserved" as tokens: cheaper than a pattern led by a common letter
    kind_of = np.zeros(len(lower), dtype=np.int8)
    for k, word in enumerate(("copyright", "rights", "reserved"), start=1):
        if word in lower:  # distinct words: a scan in C, not a lookup per word
            kind_of[lower.index(word)] = k
    kind = kind_of[low_ids]
    pair = np.where((kind[:-1] == 2) & (kind[1:] == 3) & (word_seg[:-1] == word_seg[1:]))[0]
    out[word_seg[kind == 1], _COL["has_copyright"]] = 1.0
    out[word_seg[pair], _COL["has_copyright"]] = 1.0
    out[:, _COL["log_sentences"]] = np.log1p(sentences + ends)
    out[:, _COL["all_caps"]] = (letters > 3) & (uppers == letters)
    out[:, _COL["starts_bullet"]] = (lengths > 0) & _in_set(codes[np.minimum(offsets, len(codes) - 1)], _BULLETS)
    out[:, _COL["long_prose"]] = (nw >= 20) & ends & (stop_ratio > 0.25)
    return out


def shape_vector(text: str) -> list[float]:
    """The shape of one segment (see shape_matrix)."""
    return shape_matrix([text])[0].tolist()


def page_bounds(X: Sequence[Row]) -> tuple[np.ndarray, np.ndarray]:
    """For each row, the index of its page's first row and one past its last."""
    n = len(X)
    keys = [row[0] for row in X]
    # a page starts where the key differs from the row before (compared in C, not a loop)
    first = np.flatnonzero(np.concatenate([[True], np.fromiter(map(operator.ne, keys[1:], keys[:-1]), dtype=bool,
                                                               count=max(n - 1, 0))])) if n else np.zeros(0, np.int64)
    bounds = np.append(first, n)
    sizes = np.diff(bounds)
    return np.repeat(first, sizes).astype(np.int64), np.repeat(bounds[1:], sizes).astype(np.int64)


class Segments:
    """Rows of pages with what every feature step needs, computed once: texts, page
    bounds, the batch's tokens and each segment's shape vector."""

    __slots__ = ("texts", "start", "end", "tokens", "shapes", "groups", "sources", "markers", "weights")

    def __init__(self, texts: list[str], start: np.ndarray, end: np.ndarray, tokens: Tokens, shapes: np.ndarray,
                 groups: np.ndarray | None = None, sources: np.ndarray | None = None):
        self.texts, self.start, self.end, self.tokens, self.shapes = texts, start, end, tokens, shapes
        self.groups = groups  # each row's site id, when training knows it
        self.sources = sources  # each row's source's place in fold order (training.source_order), when known
        self.weights = None  # training rows' weights for the first stage (topics.topic_weights), when given
        self.markers = {}  # frozen.marker_lines by `near`, frozen.wire_datelines: the features and the refiner read them

    @classmethod
    def from_rows(cls, X: Sequence[Row]) -> "Segments":
        return cls._annotated([row[1] for row in X], *page_bounds(X))

    @classmethod
    def from_pages(cls, pages: Sequence[Sequence[str]]) -> "Segments":
        """The same as from_rows(make_rows(pages)), without a tuple per line."""
        texts = [t for page in pages for t in page]
        sizes = np.fromiter(map(len, pages), dtype=np.int64, count=len(pages))
        ends = np.cumsum(sizes)
        return cls._annotated(texts, np.repeat(ends - sizes, sizes), np.repeat(ends, sizes))

    @classmethod
    def _annotated(cls, texts: list[str], start: np.ndarray, end: np.ndarray) -> "Segments":
        texts = plain_texts(texts, start)  # markdown pages as the plain text the model knows
        # a site's menu and footer come back on each of its pages: tokenise and measure
        # each distinct line once (in the order of first appearance, so the tokens'
        # vocabulary comes out the same), then copy to every row that has it
        distinct = dict.fromkeys(texts)
        once = texts if len(distinct) == len(texts) else list(distinct)
        tokens = Tokens.of(once)
        shapes = shape_matrix(once, tokens)
        if once is texts:
            return cls(texts, start, end, tokens, shapes)
        index = dict(zip(distinct, itertools.count()))
        of_row = np.fromiter(map(index.__getitem__, texts), dtype=np.int64, count=len(texts))
        return cls(texts, start, end, tokens.take(of_row, len(once)), shapes[of_row])

    def __len__(self) -> int:
        return len(self.texts)

    def take(self, idx: np.ndarray) -> "Segments":
        """A subset of rows, each then its own page (for steps that look at one row only)."""
        idx = np.asarray(idx, dtype=np.int64)
        own = np.arange(len(idx))
        return Segments([self.texts[i] for i in idx], own, own + 1, self.tokens.take(idx, len(self)),
                        self.shapes[idx], None if self.groups is None else self.groups[idx],
                        None if self.sources is None else self.sources[idx])

    def page_numbers(self) -> np.ndarray:
        return np.cumsum(self.start == np.arange(len(self))) - 1


def _segments(X) -> Segments:
    return X if isinstance(X, Segments) else Segments.from_rows(X)



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


def _page_sums(seg: Segments, counts: sp.csr_matrix) -> tuple[sp.csr_matrix, np.ndarray]:
    """The rows of each page summed (pages x columns), and each row's page number."""
    pages = seg.page_numbers()
    member = sp.csr_matrix((np.ones(len(seg), dtype=np.float32), (pages, np.arange(len(seg)))),
                           shape=(pages[-1] + 1 if len(seg) else 0, len(seg)))
    return (member @ counts).tocsr(), pages


def _top_per_row(X: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Keep the k largest entries of each row (ties: lower column first)."""
    X = X.tocsr()
    rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))
    order = np.lexsort((X.indices, -X.data, rows))
    rank = np.arange(len(order)) - X.indptr[rows[order]]
    keep = np.sort(order[rank < k])
    return sp.csr_matrix((X.data[keep], X.indices[keep], np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=X.shape[0]))])),
                         shape=X.shape)


def _inside(off: int, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Whether the row `off` away from each row is on the same page."""
    j = np.arange(len(start)) + off
    return (j >= start) & (j < end)


def _shifted(values: np.ndarray, off: int, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The values of the row `off` away from each row, zero past the page's edge."""
    out = np.zeros_like(values)
    if off > 0:
        out[:-off] = values[off:]
    elif off < 0:
        out[-off:] = values[:off]
    out[~_inside(off, start, end)] = 0
    return out


def _run_bounds(values: np.ndarray, start: np.ndarray, end: np.ndarray, column: int):
    """Start and end of each row's run: the rows around it on its page that `values`
    also put on the same side of `column` being the highest (a story's body between its
    menu and the "More news" heading after it; a menu)."""
    n = len(values)
    idx = np.arange(n)
    if not n:
        return idx, idx
    side = values.argmax(axis=1) == column
    first = idx == start
    first[1:] |= side[1:] != side[:-1]
    return _spans(first)


def _spans(first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's span start and end, where `first` marks the rows that start a span
    (row 0 among them)."""
    n = len(first)
    idx = np.arange(n)
    last = np.append(first[1:], True)
    start = np.maximum.accumulate(np.where(first, idx, 0))
    end = np.minimum.accumulate(np.where(last, idx, n)[::-1])[::-1] + 1
    return start, end


def _context_block(seg: Segments, values: np.ndarray, window: int, wide: int, with_position: bool = False,
                   run_column: int | None = None, run_max: bool = False):
    """Values of each row, of its neighbours, of a wider window and of its page (and,
    with `run_column`, the mean of its run: see _run_bounds; with `run_max` too, the
    run's highest)."""
    n, k = len(seg), values.shape[1]
    start, end = seg.start, seg.end
    offsets = [o for o in range(-window, window + 1) if o]
    runs = (run_column is not None) * (1 + run_max)
    # float32 like the TF-IDF blocks, so the stacked matrix is not upcast (half the memory)
    out = np.zeros((n, k * (3 + len(offsets) + runs) + len(offsets) + (6 if with_position else 0)),
                   dtype=np.float32)
    out[:, :k] = values
    col = k
    for off in offsets:
        out[:, col: col + k] = _shifted(values, off, start, end)
        out[:, col + k] = ~_inside(off, start, end)
        col += k + 1
    out[:, col: col + k] = _window_mean(values, wide, start, end)
    if n:
        out[:, col + k: col + 2 * k] = _page_mean(values, start, end)
    col += 2 * k
    if runs and n:
        bounds = _run_bounds(values, start, end, run_column)
        out[:, col: col + k] = _page_mean(values, *bounds)
        if run_max:
            out[:, col + k: col + 2 * k] = _page_max(values, bounds[0])
    col += k * runs
    if with_position:
        out[:, col:] = _position_columns(seg)
    return out


def _context_rows(seg: Segments, values: np.ndarray, window: int, wide: int, rows: np.ndarray,
                  with_position: bool = False, run_column: int | None = None) -> np.ndarray:
    """`_context_block(...)[rows]`, the same numbers, built for those rows alone."""
    n, k = len(seg), values.shape[1]
    start, end = seg.start[rows], seg.end[rows]
    offsets = [o for o in range(-window, window + 1) if o]
    runs = run_column is not None

    def at(off):  # values of the row `off` away from each of `rows`, zero past the page's edge
        j = rows + off
        inside = (j >= start) & (j < end)
        return np.where(inside[:, None], values[np.clip(j, 0, max(n - 1, 0))], 0).astype(values.dtype), inside

    out = np.zeros((len(rows), k * (3 + len(offsets) + runs) + len(offsets) + (6 if with_position else 0)),
                   dtype=np.float32)
    out[:, :k] = values[rows]
    col = k
    for off in offsets:
        shifted, inside = at(off)
        out[:, col: col + k] = shifted
        out[:, col + k] = ~inside
        col += k + 1
    near = values[rows].astype(np.float64)  # summed in _window_mean's order: the same rounding
    for off in [o for o in range(-wide, wide + 1) if o]:
        near += at(off)[0]
    out[:, col: col + k] = near / (np.minimum(end, rows + wide + 1) - np.maximum(start, rows - wide))[:, None]
    if n:
        out[:, col + k: col + 2 * k] = _page_mean(values, seg.start, seg.end)[rows]
    col += 2 * k
    if runs and n:
        out[:, col: col + k] = _page_mean(values, *_run_bounds(values, seg.start, seg.end, run_column))[rows]
    col += k * runs
    if with_position:
        out[:, col:] = _position_columns(seg)[rows]
    return out


# Sums over windows and pages without a running sum over the batch, whose rounding
# would make a page's features depend on what else is in its batch.

def _window_mean(values: np.ndarray, wide: int, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Each row's mean of `values` over up to `wide` rows each side, on its page."""
    idx = np.arange(len(values))
    near = values.astype(np.float64)  # a copy
    for off in [o for o in range(-wide, wide + 1) if o]:
        near += _shifted(values, off, start, end)
    return near / (np.minimum(end, idx + wide + 1) - np.maximum(start, idx - wide))[:, None]


def _page_mean(values: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Each row's page's mean of `values` (rows given: at least one)."""
    first_row = start == np.arange(len(values))
    page_sum = np.add.reduceat(values, np.flatnonzero(first_row), axis=0)
    return page_sum[np.cumsum(first_row) - 1] / (end - start)[:, None]


def _page_max(values: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Each row's highest `values` over the rows from `start` on that share its `start`
    (a page's or a run's; rows given: at least one)."""
    first_row = start == np.arange(len(values))
    return np.maximum.reduceat(values, np.flatnonzero(first_row), axis=0)[np.cumsum(first_row) - 1]


def _position_columns(seg: Segments) -> np.ndarray:
    idx = np.arange(len(seg))
    length = (seg.end - seg.start).astype(np.float64)
    before = (idx - seg.start).astype(np.float64)
    after = (seg.end - idx - 1).astype(np.float64)
    return np.column_stack([before / np.maximum(length - 1, 1), np.log1p(before), np.log1p(after),
                            np.log1p(length), before == 0, after == 0])


class ScaledContext:
    """The block `_context_block` followed by a fitted StandardScaler would build, left
    unbuilt for scoring.

    The block is linear in the few columns of `values`: each neighbour's columns are a
    shifted copy, the window and page columns are means. So its product with a linear
    model's weights is the product of `values` alone with each part's weights, then
    shifted and averaged the same way: a handful of columns moved instead of hundreds.
    Every sum runs over one page in a fixed order, so a page's scores still do not
    depend on its batch. `toarray()` builds the block (for fitting).
    """

    def __init__(self, seg: Segments, values: np.ndarray, window: int, wide: int, with_position: bool, scaler,
                 run_column: int | None = None, run_max: bool = False):
        self.seg, self.values, self.window, self.wide = seg, values, window, wide
        self.with_position, self.scaler, self.run_column, self.run_max = with_position, scaler, run_column, run_max
        k, n_off = values.shape[1], 2 * window
        runs = (run_column is not None) * (1 + run_max)
        self.shape = (len(seg), k * (3 + n_off + runs) + n_off + (6 if with_position else 0))

    def toarray(self) -> np.ndarray:
        block = _context_block(self.seg, self.values, self.window, self.wide, self.with_position, self.run_column,
                               self.run_max)
        return self.scaler.transform(block).astype(np.float32, copy=False)

    def matmul_t(self, coef: np.ndarray) -> np.ndarray:
        """self @ coef.T (coef: classes x this block's columns)."""
        seg, k = self.seg, self.values.shape[1]
        start, end = seg.start, seg.end
        w = coef / self.scaler.scale_  # (x - mean) / scale @ w  =  x @ (w / scale) - mean @ (w / scale)
        scores = np.tile(-(w * self.scaler.mean_).sum(axis=1), (len(seg), 1))
        offsets = [o for o in range(-self.window, self.window + 1) if o]
        # the weights of each part that reads `values`: self, each neighbour, window, page
        starts = [0] + [k + i * (k + 1) for i in range(len(offsets))]
        starts += [starts[-1] + k + 1, starts[-1] + 2 * k + 1] if offsets else [k, 2 * k]
        runs = self.run_column is not None
        if runs:
            starts.append(starts[-1] + k)
        weights = np.concatenate([w[:, a: a + k] for a in starts])  # (parts x classes) x k
        # einsum's own loop, as for dense blocks (blocks.Blocks.matmul_t): each row alone
        values = self.values.astype(np.float32).astype(np.float64)  # as the built block holds them
        parts = np.einsum("ij,mj->im", values, weights,
                          optimize=False).reshape(len(seg), len(starts), -1).transpose(1, 0, 2)
        scores += parts[0]
        for i, off in enumerate(offsets):
            scores += _shifted(parts[1 + i], off, start, end)
            scores += np.outer(~_inside(off, start, end), w[:, starts[1 + i] + k])
        scores += _window_mean(parts[1 + len(offsets)], self.wide, start, end)
        if len(seg):
            scores += _page_mean(parts[2 + len(offsets)], start, end)
        at = starts[-1] + k  # the columns after those `values` is multiplied into
        if runs and len(seg):
            bounds = _run_bounds(self.values, start, end, self.run_column)
            scores += _page_mean(parts[-1], *bounds)
            if self.run_max:  # not linear in `values`: the run's highest, then its weights
                scores += np.einsum("ij,cj->ic", _page_max(values, bounds[0]), w[:, at: at + k], optimize=False)
        if runs and self.run_max:
            at += k
        if self.with_position:
            scores += np.einsum("ij,cj->ic", _position_columns(seg), w[:, at: at + 6], optimize=False)
        return scores


def make_rows(pages: Sequence[Sequence[str]], first_key: int = 0) -> list[Row]:
    """Rows for the model from pages given as lists of segment texts."""
    return [(first_key + p, text) for p, texts in enumerate(pages) for text in texts]


# fewer sites than this per fold and folds by site are too lumpy (one site can be most
# of a fold, or a fold empty): folds by page instead
MIN_SITES_PER_FOLD = 10


def fold_of(seg: Segments, folds: int, seed: int, by_site: bool = False, by_source: bool = False) -> np.ndarray:
    """Each row's fold for out-of-fold scores: pages drawn at random, or (`by_site`, when
    training knows each row's site and has enough of them) whole sites, so that the scores
    a later stage learns from are those of sites the scoring model never saw, as users'
    pages will be. `by_source` (when training knows each row's source and has at least two
    per fold): whole sources, dealt in turn (`Segments.sources` is their order), so the
    scores are those of kinds of site and issuer the scoring model never saw."""
    keys = seg.page_numbers()
    if not len(keys):
        return keys
    if by_source and seg.sources is not None and len(np.unique(seg.sources)) >= 2 * folds:
        return seg.sources % folds
    if by_site and seg.groups is not None and len(np.unique(seg.groups)) >= folds * MIN_SITES_PER_FOLD:
        keys = seg.groups
    return np.random.RandomState(seed).randint(folds, size=keys.max() + 1)[keys]
