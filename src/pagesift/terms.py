"""Words and n-grams, counted from one tokenisation of a whole batch.

scikit-learn's text vectorizers tokenise every segment again for every block
and count n-grams in a Python loop per token; that was most of the time spent
labelling a page. Here a batch is tokenised once (`Tokens`: one regular
expression over the joined text, each distinct token looked up once), and
every block (`TermCounts`) turns token ids into counts with numpy alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer

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


def _df_and_tf(rows: np.ndarray, terms: np.ndarray, n_terms: int) -> tuple[np.ndarray, np.ndarray]:
    """Document frequency and total count of each term, from (row, term) occurrences."""
    tf = np.bincount(terms, minlength=n_terms)
    pairs = np.unique(rows.astype(np.int64) * n_terms + terms)
    df = np.bincount(pairs % n_terms, minlength=n_terms)
    return df, tf


def _count_matrix(rows, cols, n_rows, n_cols) -> sp.csr_matrix:
    """CSR counts of (row, col) occurrences, built directly (scipy's COO route costs more than the counting)."""
    keys, counts = np.unique(np.asarray(rows, dtype=np.int64) * n_cols + cols, return_counts=True)
    indptr = np.searchsorted(keys, np.arange(n_rows + 1, dtype=np.int64) * n_cols)
    return sp.csr_matrix((counts.astype(np.float32), (keys % max(n_cols, 1)).astype(np.int32), indptr),
                         shape=(n_rows, n_cols))


def _grams(piece: str, lo: int, hi: int) -> list[str]:
    padded = f" {piece} "
    return [padded[i: i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]


class TermCounts(BaseEstimator, TransformerMixin):
    """TF-IDF (or raw counts) of a segment's terms, read from the batch's `Tokens`.

    analyzer="word": lowercased words and, with ngram_range=(1, 2), pairs of
    adjacent words. analyzer="char": character n-grams inside each
    whitespace-separated piece padded with spaces (scikit-learn's "char_wb"),
    case kept. `min_df` and `max_features` prune as scikit-learn's vectorizers
    do (most frequent terms kept). With `max_chars`, longer segments get an
    empty row: character n-grams are for short lines (dates, names, menu items).
    """

    def __init__(self, analyzer: str = "word", ngram_range: tuple[int, int] = (1, 1), min_df: int = 2,
                 max_features: int | None = None, max_chars: int | None = None, tfidf: bool = True):
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.max_chars = max_chars
        self.tfidf = tfidf

    # -- the occurrences of terms, as (row, term id) arrays over a batch-local term list

    def _short(self, seg) -> np.ndarray | None:
        if self.max_chars is None:
            return None
        return np.fromiter(map(len, seg.texts), dtype=np.int64, count=len(seg)) <= self.max_chars

    def _word_tokens(self, seg):
        words, ids = seg.tokens.lower()
        rows = seg.tokens.seg
        short = self._short(seg)
        if short is not None:
            keep = short[rows]
            ids, rows = ids[keep], rows[keep]
        return words, ids, rows

    def _pieces(self, seg) -> tuple[list[str], sp.csr_matrix]:
        """The distinct whitespace-separated pieces of the (short) segments, and how often
        each row holds each of them (rows x pieces)."""
        short = self._short(seg)
        rows_used = np.arange(len(seg)) if short is None else np.where(short)[0]
        found = f" {SEP} ".join(seg.texts[i].replace(SEP, " ") for i in rows_used).split()
        distinct = list(dict.fromkeys(itertools.chain([SEP], found)))  # SEP first: id 0
        index = dict(zip(distinct, itertools.count()))
        piece_ids = np.fromiter(map(index.__getitem__, found), dtype=np.int32, count=len(found))
        boundary = piece_ids == 0
        piece_rows = rows_used[np.cumsum(boundary) - boundary][~boundary] if len(rows_used) else piece_ids[:0]
        return distinct, _count_matrix(piece_rows, piece_ids[~boundary], len(seg), len(distinct))

    def _char_occurrences(self, seg):
        """Batch-local n-grams: (their strings, rows x n-grams counts)."""
        pieces, occ = self._pieces(seg)
        lo, hi = self.ngram_range
        grams_of = [_grams(p, lo, hi) for p in pieces[1:]]
        gram_index: dict[str, int] = {}
        flat = np.fromiter([gram_index.setdefault(g, len(gram_index)) for gs in grams_of for g in gs],
                           dtype=np.int32)
        owner = np.repeat(np.arange(1, len(pieces), dtype=np.int32), [len(gs) for gs in grams_of])
        # piece x n-gram counts, then each occurrence of a piece adds its n-grams
        per_piece = _count_matrix(owner, flat, len(pieces), len(gram_index))
        return list(gram_index), occ @ per_piece

    def _gram_lookup(self) -> tuple[np.ndarray, int, np.ndarray, np.ndarray]:
        """How the model's n-grams are found with numpy alone: each character of the
        vocabulary gets a small number (`alphabet`: code point -> 1..k, 0 for any other
        character), an n-gram's key packs its characters' numbers, and `keys` (sorted)
        with `cols` maps a key to its column. Derived from vocabulary_ once per process."""
        lookup = self.__dict__.get("_lookup")
        if lookup is None:
            chars = sorted({c for g in self.vocabulary_ for c in g})
            bits = max(len(chars).bit_length(), 1)
            if bits * self.ngram_range[1] > 63:
                raise ValueError(f"{len(chars)} distinct characters in {self.ngram_range[1]}-grams do not fit a 64-bit key")
            alphabet = np.zeros(max(map(ord, chars), default=0) + 1, dtype=np.int64)
            alphabet[[ord(c) for c in chars]] = np.arange(1, len(chars) + 1)
            grams = list(self.vocabulary_)
            keys = np.zeros(len(grams), dtype=np.int64)
            for k in range(max(map(len, grams), default=0)):
                # characters one at a time, for all n-grams still that long
                has = np.fromiter((len(g) > k for g in grams), dtype=bool, count=len(grams))
                keys[has] = (keys[has] << bits) | alphabet[[ord(g[k]) for g, h in zip(grams, has) if h]]
            order = np.argsort(keys)
            cols = np.fromiter(self.vocabulary_.values(), dtype=np.int64, count=len(grams))
            lookup = self.__dict__["_lookup"] = (alphabet, bits, keys[order], cols[order])
        return lookup

    def _char_counts(self, seg) -> sp.csr_matrix:
        """Rows x model n-grams. The n-grams of every distinct piece of the batch are
        keyed and looked up at once, in numpy (`_gram_lookup`)."""
        pieces, occ = self._pieces(seg)
        alphabet, bits, keys, cols = self._gram_lookup()
        # every piece padded with a space on each side, one after another
        padded = f" {'  '.join(pieces[1:])} " if len(pieces) > 1 else ""
        codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        num = np.where(codes < len(alphabet), alphabet[np.minimum(codes, len(alphabet) - 1)], 0)
        lens = np.fromiter(map(len, pieces[1:]), dtype=np.int64, count=len(pieces) - 1) + 2
        piece_end = np.repeat(np.cumsum(lens), lens)
        owner = np.repeat(np.arange(1, len(pieces), dtype=np.int64), lens)
        unknown_before = np.concatenate([[0], np.cumsum(num == 0)])
        lo, hi = self.ngram_range
        key = np.zeros(len(num), dtype=np.int64)
        found_piece, found_col = [], []
        for n in range(1, min(hi, len(num)) + 1):
            m = len(num) - n + 1  # n-grams start at 0..m-1
            key[:m] = (key[:m] << bits) | num[n - 1:]  # the (n-1)-gram at each start, one character longer
            if n < lo or not len(keys):
                continue
            start = np.arange(m)
            # inside one padded piece, and no character the vocabulary lacks
            ok = np.flatnonzero((start + n <= piece_end[:m]) & (unknown_before[n:] == unknown_before[:m]))
            ok = ok[np.argsort(key[ok])]  # sorted queries search several times faster
            at = np.minimum(np.searchsorted(keys, key[ok]), len(keys) - 1)
            hit = keys[at] == key[ok]
            found_piece.append(owner[ok[hit]])
            found_col.append(cols[at[hit]])
        per_piece = _count_matrix(_concat(found_piece, np.int64), _concat(found_col, np.int64),
                                  len(pieces), self.n_features_out_)
        counts = (occ @ per_piece).tocsr()
        # columns in order: the product leaves them in the order pieces first appeared in
        # the batch, and later sums over a row must not depend on the batch
        counts.sort_indices()
        return counts

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_lookup", None)  # derived from vocabulary_ in each process
        return state

    # -- fitting: choose the terms

    def fit(self, X, y=None):
        self.fit_transform(X)
        return self

    def fit_transform(self, X, y=None):
        seg = _as_segments(X)
        if self.analyzer == "word":
            self._fit_words(seg)
        elif self.analyzer == "char":
            self._fit_chars(seg)
        else:
            raise ValueError(f"analyzer must be 'word' or 'char', not {self.analyzer!r}")
        counts = self._counts(seg)
        if self.tfidf:
            self.tfidf_ = TfidfTransformer(sublinear_tf=True).fit(counts)
            return self.tfidf_.transform(counts).astype(np.float32)
        return counts

    def _select(self, df: np.ndarray, tf: np.ndarray) -> np.ndarray:
        """Indices of the kept candidates: df >= min_df, then the max_features most frequent."""
        ok = np.where(df >= self.min_df)[0]
        if self.max_features is not None and len(ok) > self.max_features:
            order = np.lexsort((ok, -tf[ok]))  # most frequent first; ties in a fixed order
            ok = np.sort(ok[order[: self.max_features]])
        return ok

    def _fit_words(self, seg):
        words, ids, rows = self._word_tokens(seg)
        n_words = len(words)
        df1, tf1 = _df_and_tf(rows, ids, n_words)
        base = np.where(df1 >= self.min_df)[0]  # only these can be in a frequent pair
        base_of = np.full(n_words, -1, dtype=np.int64)
        base_of[base] = np.arange(len(base))
        b = base_of[ids]
        cand_words = base
        if self.ngram_range[1] >= 2:
            first, second = self._pairs(b, rows)
            keys = b[first] * len(base) + b[second]
            uniq, key_idx = np.unique(keys, return_inverse=True)
            df2, tf2 = _df_and_tf(rows[first], key_idx.astype(np.int64), len(uniq))
        else:
            uniq, df2, tf2 = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
        uni_ok = self.ngram_range[0] <= 1
        df = np.concatenate([df1[cand_words] if uni_ok else np.zeros(0, np.int64), df2])
        tf = np.concatenate([tf1[cand_words] if uni_ok else np.zeros(0, np.int64), tf2])
        kept = self._select(df, tf)
        n_uni = len(cand_words) if uni_ok else 0
        kept_uni = cand_words[kept[kept < n_uni]]
        kept_pairs = uniq[kept[kept >= n_uni] - n_uni]
        pair_words = base[np.concatenate([kept_pairs // len(base), kept_pairs % len(base)])] if len(base) else kept_uni
        # the words the model needs: its own unigrams and the halves of its pairs
        needed = np.unique(np.concatenate([kept_uni, pair_words]))
        self.vocabulary_ = {words[w]: i for i, w in enumerate(needed)}
        new_of = np.full(n_words, -1, dtype=np.int64)
        new_of[needed] = np.arange(len(needed))
        self.unigram_col_ = np.full(len(needed), -1, dtype=np.int32)
        self.unigram_col_[new_of[kept_uni]] = np.arange(len(kept_uni), dtype=np.int32)
        pair_keys = new_of[base[kept_pairs // len(base)]] * len(needed) + new_of[base[kept_pairs % len(base)]] \
            if len(base) else np.zeros(0, np.int64)
        order = np.argsort(pair_keys)
        self.pair_keys_ = pair_keys[order]
        self.pair_cols_ = (len(kept_uni) + order).astype(np.int32)
        self.n_features_out_ = len(kept_uni) + len(pair_keys)

    @staticmethod
    def _pairs(b: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Positions of adjacent tokens in the same segment, both known."""
        first = np.where((rows[1:] == rows[:-1]) & (b[1:] >= 0) & (b[:-1] >= 0))[0]
        return first, first + 1

    def _fit_chars(self, seg):
        grams, counts = self._char_occurrences(seg)
        binary = counts.copy()
        binary.data[:] = 1
        df = np.asarray(binary.sum(axis=0)).ravel().astype(np.int64)
        tf = np.asarray(counts.sum(axis=0)).ravel()
        kept = self._select(df, tf)
        self.vocabulary_ = {grams[g]: i for i, g in enumerate(kept)}
        self.n_features_out_ = len(kept)

    # -- transforming

    def _counts(self, seg) -> sp.csr_matrix:
        n = len(seg)
        if self.analyzer == "char":
            return self._char_counts(seg)
        words, ids, rows = self._word_tokens(seg)
        to_model = np.fromiter(map(self.vocabulary_.get, words, itertools.repeat(-1)), dtype=np.int64, count=len(words))
        b = to_model[ids] if len(ids) else np.zeros(0, np.int64)
        known = b >= 0
        cols = self.unigram_col_[b[known]]
        r = rows[known][cols >= 0]
        c = cols[cols >= 0]
        if len(self.pair_keys_) and self.ngram_range[1] >= 2:
            first, second = self._pairs(b, rows)
            # pair key and row in one sortable number: sorted queries search much faster
            packed = np.sort((b[first] * len(self.vocabulary_) + b[second]) * n + rows[first])
            keys = packed // max(n, 1)
            pos = np.minimum(np.searchsorted(self.pair_keys_, keys), len(self.pair_keys_) - 1)
            hit = self.pair_keys_[pos] == keys
            r = np.concatenate([r, packed[hit] % max(n, 1)])
            c = np.concatenate([c, self.pair_cols_[pos[hit]]])
        return _count_matrix(r, c, n, self.n_features_out_)

    def transform(self, X):
        counts = self._counts(_as_segments(X))
        return self.tfidf_.transform(counts).astype(np.float32) if self.tfidf else counts

    def get_feature_names_out(self, input_features=None):
        if self.analyzer == "char":
            names = [""] * self.n_features_out_
            for g, i in self.vocabulary_.items():
                names[i] = g
            return np.asarray(names, dtype=object)
        words = [""] * len(self.vocabulary_)
        for w, i in self.vocabulary_.items():
            words[i] = w
        names = [""] * self.n_features_out_
        for i, col in enumerate(self.unigram_col_):
            if col >= 0:
                names[col] = words[i]
        n = len(words)
        for key, col in zip(self.pair_keys_, self.pair_cols_):
            names[col] = f"{words[key // n]} {words[key % n]}"
        return np.asarray(names, dtype=object)


def _as_segments(X):
    from .features import _segments  # features imports this module

    return _segments(X)
