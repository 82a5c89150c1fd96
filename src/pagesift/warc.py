"""Pages from web archives: Common Crawl WET files (gzipped WARC) and plain WARC files."""

from __future__ import annotations

from collections.abc import Iterator

from .errors import DataError
from .io import decode
from .labelling import PageInput

_TEXT_TYPES = ("conversion", "resource", "response")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_TYPES = ("text/plain", *_HTML_TYPES)


def read_warc(path: str) -> Iterator[PageInput]:
    """Yield one page per text record; its source is the record's WARC-Target-URI.

    `conversion` records (WET) are plain text. `resource` and `response` records
    count when their payload is plain text or HTML (read as its visible text when it is
    labelled: html.py); other payloads (images, PDF, JSON) are reported as errors.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield PageInput(path, error=f"{path}: cannot read ({exc.strerror or exc})")
        return
    with handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if record.rec_type not in _TEXT_TYPES:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{number}"
                meta = {"warc_record_id": record.rec_headers.get_header("WARC-Record-ID"), "warc_file": path}
                content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                                else record.rec_headers.get_header("Content-Type")) or "text/plain"
                data = record.content_stream().read()
                if record.rec_type != "conversion" and not content_type.lower().startswith(_PAGE_TYPES):
                    yield PageInput(uri, error=f"{uri}: {content_type} record is not plain text or HTML", meta=meta)
                    continue
                # a WET record is text; an HTML response is markup, whatever its start looks like
                html = False if record.rec_type == "conversion" else (
                    True if content_type.lower().startswith(_HTML_TYPES) else None)
                try:
                    yield PageInput(uri, decode(data, uri, _charset(content_type)), meta=meta, html=html)
                except DataError as exc:
                    yield PageInput(uri, error=str(exc), meta=meta)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield PageInput(path, error=f"{path}: not a readable WARC file ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})")


def _charset(content_type: str) -> str | None:
    """The charset a Content-Type header declares ("text/html; charset=ISO-8859-1")."""
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(' "\''):
            return value.strip(' "\'')
    return None
