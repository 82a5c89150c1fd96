"""HTML pages read as the text a reader sees: one line per block, as the corpora's pages are.

A saved page (`curl`, a browser's "save as", a WARC `response` record) is markup. Its
lines of tags say nothing about the page, so it is turned into text first: html-text
(lxml) drops scripts, styles and comments, keeps inline elements' words on their
block's line and puts each block (paragraph, heading, list item, table row, div) on a
line of its own. What no reader sees is dropped before that: the <head> (its <title>
repeats the headline with the site's name), <noscript> and <template> fallbacks, and
elements hidden by the `hidden` attribute or an inline display:none or visibility:hidden.
"""

from __future__ import annotations

import re

# Markup first thing (a document, or a fragment that starts with a block element) and
# tags throughout its start: quoted markup inside an article's text does not start the
# page, and a page that only starts with a comment or a "<" is not markup. A page that says
# it is HTML (its file name, a server's Content-Type) needs only a few tags anywhere in its
# start: a fragment may start with text or an inline element, and a scraper's text saved
# under a URL's file name ("story.html") has none.
_START = re.compile(
    r"\A\s*(?:\ufeff)?<(?:!doctype\s+html|html|head|body|\?xml|!--|div|article|main|section|header|nav|table|"
    r"p|ul|h[1-6])\b", re.IGNORECASE)
_TAG = re.compile(r"</?[a-z][a-z0-9]*[\s/>]", re.IGNORECASE)
_MIN_TAGS = 4  # in the first 4,000 characters
_MIN_TAGS_DECLARED = 2  # for a page that says it is HTML
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# html-text's block tags and these: sections, captions and dialogs (cookie notices) are
# blocks in every browser's style sheet.
_EXTRA_NEWLINE_TAGS = frozenset({"section", "address", "caption", "center", "dialog", "menu", "summary", "hgroup"})

_UNSEEN_TAGS = ("head", "noscript", "template")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _unseen(element) -> bool:
    # not aria-hidden: a page saved with a dialog open has it on the whole page behind
    return (element.tag in _UNSEEN_TAGS or element.get("hidden") is not None
            or bool(_HIDDEN_STYLE.search(element.get("style") or "")))


def looks_like_html(text: str, declared: bool = False) -> bool:
    """True for HTML markup rather than a page's text; `declared`: the page says it is HTML."""
    if declared:
        return len(_TAG.findall(text, 0, 4000)) >= _MIN_TAGS_DECLARED
    return bool(_START.match(text)) and len(_TAG.findall(text, 0, 4000)) >= _MIN_TAGS


def html_to_text(markup: str) -> str:
    """The page's visible text, one block per line; a blank line after paragraphs and
    headings, as a browser leaves space there."""
    import html_text
    from lxml.etree import ParserError

    try:
        tree = html_text.parse_html(markup)
    except (ParserError, ValueError):  # nothing but whitespace or a comment
        return ""
    # a list first: dropping while iterating would skip the dropped element's siblings
    for element in [e for e in tree.iter() if isinstance(e.tag, str) and _unseen(e)]:
        if element is not tree:
            element.drop_tree()
    return html_text.extract_text(tree, newline_tags=html_text.NEWLINE_TAGS | _EXTRA_NEWLINE_TAGS)
