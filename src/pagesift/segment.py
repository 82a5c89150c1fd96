"""Turn page text into segments: one non-blank line each, whitespace folded."""

from __future__ import annotations

import re
from collections.abc import Sequence
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


# Hard-wrapped text (html2text's default 78 columns, lynx, w3m, textwrap): a paragraph cut
# into lines of at most a fixed width. Read line by line, its pieces are fragments the
# model never saw in training; read as the paragraphs they were cut from, they are lines
# like the corpora's. A page is wrapped when its lines stop at a width (no more than
# WRAP_LONG of them past it) and many lines were cut there, which a line is when it is
# near that width and the next line's first word would not have fitted on it.
WRAP_WIDTHS = (40, 120)  # the widths looked for (textwrap: 70, html2text: 78, w3m: 80)
WRAP_NEAR = 25  # a cut line is at most this many characters short of the width
WRAP_LONG = 0.02  # share of lines allowed past the width (an unbreakable URL)
WRAP_MIN_CUTS = 4
# A page whose blocks a blank line parts (most lines after one) says by its blanks where a
# paragraph ends, and a line near the width with no blank after it was cut: there two
# cuts are enough. A short story wrapped at 100 columns has three (data/examples, the
# formats benchmark: a Philippine paper's story read as chrome, every line).
WRAP_MIN_CUTS_FEW, WRAP_BLANK_SHARE = 2, 0.5
# A cut line whose next line opens in lower case ("1823 by a local clockmaker" is a digit,
# "stores in 2022" a small letter) goes on there: when most cuts do, the page is wrapped
# however many of its lines end near the width (a short release wrapped at 78 columns
# with no blank lines, whose sentences end near the width too). On the corpora's 7,593
# pages, as scraped: none taken for wrapped, before or after (forty-eighth round).
WRAP_GOES_ON_SHARE = 0.5
# A short page (a release of ten lines) has too few cuts for WRAP_MIN_CUTS; when two of them
# go on in lower case, or the cuts are most of the lines near the width and each goes on to
# a sentence's end, two are enough. Sixty-sixth round: the formats benchmark's pages wrapped
# with no blank lines taken for wrapped 1,305 -> 1,726 of 1,790 (their lines right 0.891 ->
# 0.955), and with the lines that end a sentence no longer counted as near the width (below)
# 1,769 -> 1,790 of 1,836 (0.955 -> 0.958); as scraped (the corpora's 7,593 pages, the
# processed splits' 14,343), as written, a sentence per line, with lynx's link numbers: none
# more.
WRAP_MIN_GOES_ON = 2
WRAP_CUT_SHARE = 0.1  # of the page's lines; on unwrapped pages at most 0.03 (corpora: 14,343 pages)
WRAP_NEAR_SHARE = 0.5  # of the lines near the width


# a sentence's end at a line's end and a capital or a quote next: where a paragraph ends on
# a page with no blank line between paragraphs (and where one of its sentences ends, which
# leaves two pieces of prose)
_BLOCK_END = re.compile(r"[.!?][\"'”’)]?\n[\"“‘(]?[A-Z]")
# lynx's link number opening a line ("[8]Share"): a link starts there, most often a line of
# its own (a menu's, a list's, a teaser's), so the line above was not cut there
_LINK_MARK = re.compile(r"\[\d+\]\S")
# how a sentence (or a clause before a quote or a list) ends, at the end of a line
_SENTENCE_CLOSE = ".!?:;\"'”’)"


def wrap_cuts(texts: Sequence[str], blank_before: Sequence[bool] | None = None) -> list[int]:
    """Indices of the lines of a hard-wrapped page that were cut from the paragraph that
    goes on in the next line; [] for a page that is not wrapped. With `blank_before` (per
    line, whether a blank line came before it), a line is never cut from the one after a
    blank: a paragraph's last line can be as long as a cut one."""
    lengths = [len(t) for t in texts]
    low, high = WRAP_WIDTHS
    fitting = [n for n in lengths if n <= high]
    if len(texts) < 2 or not fitting or len(texts) - len(fitting) > WRAP_LONG * len(texts):
        return []
    width = max(fitting)
    if width < low:
        return []
    # near the width and not over a blank line: a paragraph's or a list item's last line
    # can be as long as a cut one, and no cut is made across a blank line
    near = [i for i in range(len(texts) - 1) if width - WRAP_NEAR <= lengths[i] <= width
            and not (blank_before and blank_before[i + 1])]
    # a line near the width that ends a sentence before a capital ends its paragraph, wrapped
    # or not: only the others could have been cut
    open_near = [i for i in near if not _BLOCK_END.search(texts[i] + "\n" + texts[i + 1])]
    cuts = [i for i in open_near if lengths[i] + 1 + len(texts[i + 1].split(" ", 1)[0]) > width
            and not _LINK_MARK.match(texts[i + 1])]
    # the few counted once per text: a menu line repeated down a page is not a paragraph cut
    # many times
    parted = blank_before is not None and sum(blank_before) >= WRAP_BLANK_SHARE * len(texts)
    goes_on = sum(texts[i + 1][:1].islower() or texts[i + 1][:1].isdigit() for i in cuts)
    near_share = 0 if goes_on >= WRAP_GOES_ON_SHARE * len(cuts) else WRAP_NEAR_SHARE * len(open_near)
    # a cut paragraph goes on to a sentence's end or to the next cut; a headline near the
    # width over its date ("Published 1 December 2030") does not
    cut = set(cuts)
    ends = all(i + 1 in cut or texts[i + 1][-1:] in _SENTENCE_CLOSE for i in cuts)
    few_enough = parted or goes_on >= WRAP_MIN_GOES_ON or (ends and len(cuts) >= WRAP_NEAR_SHARE * len(open_near))
    # on a page whose blocks blank lines part, a block's second line that goes on in lower
    # case under a line near the width is a paragraph's: one such cut is enough (a short
    # notice wrapped at 100 columns cuts one paragraph once; formats benchmark, sixty-sixth
    # round: lines right wrapped at 100 0.958 -> 0.967, at 78 0.965 -> 0.968; none more taken
    # for wrapped as written)
    if parted and cuts and goes_on == len(cuts):
        return cuts
    if (len({texts[i] for i in cuts}) < (WRAP_MIN_CUTS_FEW if few_enough else WRAP_MIN_CUTS)
            or len(cuts) < max(WRAP_CUT_SHARE * len(texts), near_share)):
        return []
    return cuts


def _joined(left: str, right: str) -> str:
    # a word hyphenated at the cut ("data-" / "centric") is one word again
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].isalpha():
        return left + right
    return left + " " + right


# A sentence splitter that ends a sentence at every full stop cuts a name after its title
# ("By Staff Sgt." / "Dana Ruiz", "pastor of St." / "Brendan Parish"): a line that ends with a
# title's or a street's abbreviation goes on in the next line when that opens with a capital
# (no blank line between). On the corpora's pages and the processed splits such a line and
# the next share their label every time (80 pairs, most of them addresses: "1504 Yale St." /
# "Houston, TX 77008"; sixty-sixth round).
_TITLES = ("Mr|Mrs|Ms|Dr|Prof|Rev|St|Sgt|Col|Gen|Lt|Capt|Cpl|Maj|Sen|Rep|Gov|Fr|Hon|Mt|Ft|Adm|Brig|Supt|Insp|Det|"
           "Cllr|Pte|Spc")
_TITLE_END = re.compile(r"(?:^|\s)(?:" + _TITLES + r")\.$")
# one search of the page's lines joined first: a loop over every line of every page cost 1.5%
# of the scoring time
_TITLE_ANYWHERE = re.compile(r"(?:" + _TITLES + r")\.\n[A-Z]")


def title_cuts(texts: Sequence[str], blank_before: Sequence[bool] | None = None) -> list[int]:
    """Indices of the lines that end with a title's abbreviation (_TITLE_END) and go on in the
    next line, which opens with a capital."""
    if not _TITLE_ANYWHERE.search("\n".join(texts)):
        return []
    return [i for i in range(len(texts) - 1) if texts[i].endswith(".") and texts[i + 1][:1].isupper()
            and not (blank_before and blank_before[i + 1]) and _TITLE_END.search(texts[i])]


def unwrap(texts: Sequence[str], blank_before: Sequence[bool] | None = None) -> tuple[list[str], list[int]]:
    """A page's lines as the paragraphs they were cut from (wrap_cuts, title_cuts), and for
    each line the index of its paragraph; an unwrapped page's lines as they are."""
    texts = list(texts)
    cuts = set(wrap_cuts(texts, blank_before)) | set(title_cuts(texts, blank_before))
    if not cuts:
        return texts, list(range(len(texts)))
    blocks: list[str] = []
    of_line: list[int] = []
    for i, text in enumerate(texts):
        if i and i - 1 in cuts:
            blocks[-1] = _joined(blocks[-1], text)
        else:
            blocks.append(text)
        of_line.append(len(blocks) - 1)
    return blocks, of_line
