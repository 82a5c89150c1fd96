"""Markdown pages, and lynx's link numbers, read as the plain text the model learned from.

Scrapers that write markdown (Firecrawl, Jina Reader, crawl4ai, trafilatura's and
html2text's markdown output) put link targets, heading marks and emphasis around the
words. The corpora and WET files are plain text, so to the model those marks are words
and shapes it has never seen: a teaser headline written "### [Title](url)" reads as the
start of a release. A page that looks like markdown is read through a markdown parser.
`lynx -dump` numbers every link ("[12]Home"): on a page with such numbers they are
dropped. A reader service's header over the page ("Title:", "URL Source:", "Published
Time:", "Markdown Content:", as Jina Reader writes it) is the service's, not the page's:
it reads as empty lines. The output keeps each line as the user gave it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

# an inline link or image, "[words](target)" or "![alt](target "title")"; and an ATX heading
_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_HEADING = re.compile(r"#{1,6}\s+\S")
_TAG = re.compile(r"<[^>\n]*>")

# a link's number as lynx writes it, before the link's words ("[12]Home", "[3]“Quote", a
# wire's mark "[10]--IANS", a dated link "[4]2 December 2026", "[9]###", "[9]© Owner"); a citation
# ("people[1] are", "[4],") has a space or a stop after it. Digits, "#", "©" after it: no more
# corpus lines (sixty-sixth round; a page with two links and a linked date was not lynx's)
_LYNX = re.compile(r"\[\d{1,4}\](?=[A-Za-z0-9\"“'(#©]|--?[A-Za-z])")
# Lines with a link number that make a page lynx's: on the 14,343 processed corpus pages,
# at most 2 lines of a page have one (5 lines in all, footnote marks)
MIN_LYNX_LINES = 3

# A reader service's header: "Title: X" on a page's first line, "URL Source: <address>" within
# the next READER_HEAD lines, then its other fields up to "Markdown Content:" (a release's
# "Title:" and address read as the release: sixty-fourth round; no corpus page has one).
_READER_FIELD = re.compile(r"(?:Title|URL Source|Published Time|Description|Warning|Markdown Content|"
                           r"Number of Pages)\s*:.*")
_READER_SOURCE = re.compile(r"URL Source\s*:\s*\S+\s*")
READER_HEAD = 8

# Lines with a link or a heading that make a page markdown. One is not enough: plain
# pages quote markdown now and then (a comment form's "Link: [text](url)" help line).
MIN_MARKED_LINES = 2


def is_marked(text: str) -> bool:
    """Whether a line has an inline link or image, or is an ATX heading."""
    return bool(_HEADING.match(text) or ("](" in text and _LINK.search(text)))


def _rows_of_pages_with(marked: list[int], start: np.ndarray, least: int) -> np.ndarray:
    """Indices of the rows on pages (`start`: each row's page's first row) that have at
    least `least` of the `marked` rows."""
    if len(marked) < least:
        return np.zeros(0, dtype=np.int64)
    pages, counts = np.unique(start[marked], return_counts=True)
    pages = pages[counts >= least]
    if not len(pages):
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(np.isin(start, pages))


def reader_header_rows(texts: Sequence[str], start: np.ndarray) -> list[int]:
    """Indices of the rows of a reader service's header (_READER_FIELD) at the top of pages."""
    rows: list[int] = []
    for first in np.flatnonzero(start == np.arange(len(start))):
        if not texts[first].startswith("Title:"):
            continue
        head = [i for i in range(first, min(len(texts), first + READER_HEAD)) if start[i] == first]
        if not any(_READER_SOURCE.fullmatch(texts[i]) for i in head):
            continue
        for i in head:
            if not _READER_FIELD.fullmatch(texts[i]):
                break
            rows.append(i)
    return rows


def markdown_rows(texts: Sequence[str], start: np.ndarray) -> np.ndarray:
    """Indices of the rows on pages that have at least MIN_MARKED_LINES marked lines."""
    # a cheap test first: the regexes run on the few lines that could match
    marked = [i for i, t in enumerate(texts) if ("](" in t or t[:1] == "#") and is_marked(t)]
    return _rows_of_pages_with(marked, start, MIN_MARKED_LINES)


def lynx_rows(texts: Sequence[str], start: np.ndarray) -> np.ndarray:
    """Indices of the rows on pages that have at least MIN_LYNX_LINES lines with a link
    number."""
    marked = [i for i, t in enumerate(texts) if "]" in t and _LYNX.search(t)]
    return _rows_of_pages_with(marked, start, MIN_LYNX_LINES)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # here: plain pages never need it

    return MarkdownIt("commonmark")


def plain(text: str) -> str:
    """One markdown line's text: link and image targets, heading, list and quote marks,
    emphasis, HTML tags and escapes dropped; an image's alt text and a link's words kept.
    A line with no text left (a rule, a fence, an image with no alt text, a link reference
    definition) reads as an empty line: a bare image URL as words read as a story's line,
    and took the byline above it out of the story."""
    words: list[str] = []
    for token in _parser().parse(text):
        if token.type == "html_block":  # a scraper's leftover markup: its text, not its tags
            words.append(_TAG.sub(" ", token.content))
        for child in token.children or ():
            if child.type in ("text", "code_inline", "image"):  # an image's content is its alt text
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
    return " ".join("".join(words).split())


def plain_texts(texts: list[str], start: np.ndarray) -> list[str]:
    """`texts` with the lines of markdown pages (markdown_rows) as plain text, the link
    numbers of lynx's pages (lynx_rows) dropped and reader services' headers
    (reader_header_rows) empty; `texts` itself when there are none."""
    rows, numbered = markdown_rows(texts, start), lynx_rows(texts, start)
    header = reader_header_rows(texts, start)
    if not len(rows) and not len(numbered) and not header:
        return texts
    out = list(texts)
    for i in rows:
        out[i] = plain(texts[i])
    for i in numbered:
        out[i] = _LYNX.sub("", out[i])
    for i in header:
        out[i] = ""
    return out
