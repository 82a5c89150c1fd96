"""Turn page text into segments: one non-blank line each, whitespace folded."""

from __future__ import annotations

import re
from typing import NamedTuple


class Segment(NamedTuple):  # a tuple: pages have thousands of lines, and tuples are cheap to make
    text: str
    line: int  # 1-based line number in the source file
    blank_before: bool  # a blank line (or the page start) came right before


def fold(text: str) -> str:
    """Runs of whitespace (Unicode's, as str.split sees it) to one space, none at the ends."""
    return " ".join(text.split())


def segment_text(text: str) -> list[Segment]:
    """Split page text into segments. The first segment counts as after a blank."""
    # not str.splitlines, which also splits on \x0b, \x0c, \x1c-\x1e, \x85, \u2028 and
    # \u2029: a scraper's "line" ends only at \n, \r\n or \r. Each line is fold()ed, inlined.
    lines = [" ".join(raw.split()) for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return [Segment(line, i + 1, i == 0 or not lines[i - 1]) for i, line in enumerate(lines) if line]


# An HTML document or a page's <head>/<body> as the scraper saved it: markup first thing,
# and one of the document tags early on. Quoted markup inside an article's text does not
# start the page.
_HTML_START = re.compile(r"\A\s*(?:\ufeff)?<(?:!doctype\s+html|html|head|body|\?xml|!--)", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:html|head|body|meta|title|div|script)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for HTML markup rather than a page's text: labelling its lines of tags would
    say nothing about the page, so it is reported, not labelled."""
    return bool(_HTML_START.match(text)) and bool(_HTML_TAG.search(text, 0, 4000))
