"""Reading pages and labelled data, expanding inputs, and writing files safely."""

from __future__ import annotations

import codecs
import glob
import gzip
import json
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import DataError, UsageError
from .labels import CONTENT, LABELS
from .segment import fold

STDIN = "-"
_LATIN_LOOKALIKES = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2", "mac_roman",
})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# ---------------------------------------------------------------- pages


# a saved HTML page's own declaration, looked for where browsers look: its first 1,024 bytes
_META_CHARSET = re.compile(rb"<meta\s[^>]*charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data, 0, 1024)
    return found.group(1).decode("ascii") if found else None


def decode(data: bytes, source: str = "<bytes>", declared: str | None = None) -> str:
    """Decode page bytes: BOM first, then strict UTF-8, then the `declared` charset (a
    server's header) when the bytes fit it, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise DataError(f"{source}: undecodable bytes after a {encoding} byte-order mark") from None
    if b"\x00" in data:
        raise DataError(f"{source}: binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared or _meta_charset(data)
    if declared:
        try:
            # as browsers do (the WHATWG Encoding standard): latin-1 and ASCII labels mean windows-1252
            latin = codecs.lookup(declared).name in ("latin-1", "iso8859-1", "ascii")
            return data.decode("cp1252" if latin else declared)
        except (LookupError, UnicodeDecodeError):  # an unknown name, or a server's wrong claim
            pass
    from charset_normalizer import from_bytes  # slow import; only for non-UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise DataError(f"{source}: undecodable bytes (not UTF-8 and no other encoding fits)")
    if best.encoding in _LATIN_LOOKALIKES:
        # Detectors cannot tell the Latin code pages apart on short text; on the
        # web, windows-1252 is by far the most common of them (HTML's "latin-1").
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def read_text(path: str) -> str:
    """Read one page's text from a file path or `-` (stdin); gzipped bytes (a crawler's
    `page.html.gz`) are unpacked first."""
    if path == STDIN:
        return decode(_gunzipped(sys.stdin.buffer.read(), "<stdin>"), "<stdin>")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise DataError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(_gunzipped(data, path), path)


def _gunzipped(data: bytes, source: str) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(f"{source}: not a readable gzip file ({exc})") from None


def _has_magic(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


def _files_under(directory: Path) -> list[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    return sorted(found)


def expand_inputs(args: Iterable[str]) -> Iterator[str]:
    """Yield input paths: directories and globs expand to their files, sorted.

    A path that matches nothing is yielded as is, so that reading it reports
    the error for that one input and a batch goes on.
    """
    for arg in args:
        if arg == STDIN:
            yield arg
            continue
        path = Path(arg)
        if path.is_dir():
            files = _files_under(path)
            if not files:
                raise DataError(f"{arg}: directory has no pages")
            yield from files
        elif not path.exists() and _has_magic(arg):
            matches = sorted(m for m in glob.glob(arg, recursive=True) if os.path.isfile(m))
            if not matches:
                raise DataError(f"{arg}: pattern matches no files")
            yield from matches
        else:
            yield arg


# ---------------------------------------------------------------- labelled data


@dataclass
class LabeledPage:
    """One page (or document) with a label per segment."""

    source: str  # file it came from
    id: str
    site: str  # grouping key for splits
    kind: str  # "page" or "document"
    texts: list[str]
    labels: list[str]
    meta: dict = field(default_factory=dict)


def _open_maybe_gzip(path: str) -> IO[str]:
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8-sig")


def read_corpus(path: str) -> Iterator[LabeledPage]:
    """Read the shared corpus format (JSONL, optionally gzipped)."""
    name = os.path.basename(path)
    try:
        with _open_maybe_gzip(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                yield _corpus_record(line, f"{path}:{number}", name)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from None


def _corpus_record(line: str, where: str, name: str) -> LabeledPage:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DataError(f"{where}: malformed JSON ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("segments"), list):
        raise DataError(f"{where}: record has no 'segments' list")
    texts, labels = [], []
    for i, seg in enumerate(record["segments"]):
        if not isinstance(seg, dict):
            raise DataError(f"{where}: segment {i} is not an object")
        label, text = seg.get("label"), fold(str(seg.get("text") or ""))
        if label not in LABELS and label != CONTENT:
            raise DataError(f"{where}: segment {i} has unknown label {label!r}")
        if not text:
            raise DataError(f"{where}: segment {i} is empty")
        texts.append(text)
        labels.append(label)
    if not texts:
        raise DataError(f"{where}: record has no segments")
    return LabeledPage(
        source=str(record.get("source") or name),
        id=str(record.get("id") or where),
        site=str(record.get("site") or name),
        kind=str(record.get("kind") or "page"),
        texts=texts,
        labels=labels,
        meta={"date": record.get("date"), **(record.get("meta") or {})},
    )


def read_tsv(path: str) -> Iterator[LabeledPage]:
    """Read hand-labelled pages: `label<TAB>text` lines, a blank line between pages."""
    name = os.path.basename(path)
    text = read_text(path)
    texts: list[str] = []
    labels: list[str] = []
    page = 0

    def flush() -> Iterator[LabeledPage]:
        nonlocal page
        if texts:
            yield LabeledPage(name, f"{name}#{page}", name, "page", texts.copy(), labels.copy())
            page += 1
            texts.clear()
            labels.clear()

    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            yield from flush()
            continue
        label, tab, segment = line.partition("\t")
        if not tab:
            raise DataError(f"{path}:{number}: malformed line (expected label<TAB>text)")
        label = label.strip()
        if label not in LABELS:
            raise DataError(f"{path}:{number}: unknown label {label!r} (expected one of {', '.join(LABELS)})")
        segment = fold(segment)
        if not segment:
            raise DataError(f"{path}:{number}: empty segment")
        texts.append(segment)
        labels.append(label)
    yield from flush()


def read_labeled(path: str) -> Iterator[LabeledPage]:
    """Read labelled data in either format, chosen by the file name."""
    if not os.path.exists(path):
        raise DataError(f"{path}: no such file")
    if os.path.isdir(path):
        raise DataError(f"{path}: is a directory")
    lower = path.lower()
    if lower.endswith((".jsonl", ".jsonl.gz", ".json.gz", ".ndjson")):
        return read_corpus(path)
    if lower.endswith((".tsv", ".txt")):
        return read_tsv(path)
    raise UsageError(f"{path}: unknown training data format (use .jsonl, .jsonl.gz or .tsv)")


def read_labeled_many(paths: Iterable[str]) -> list[LabeledPage]:
    pages: list[LabeledPage] = []
    for path in expand_inputs(paths):
        pages.extend(read_labeled(path))
    if not pages:
        raise DataError("no labelled pages in the training data")
    return pages


# ---------------------------------------------------------------- writing


def atomic_write(path: str | os.PathLike, write: Callable[[str], None]) -> None:
    """Call write(tmp_path), then rename onto path, so readers never see half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a model or output file is shareable
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
