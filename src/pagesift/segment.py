"""Turn page text into segments: one non-blank line each, whitespace folded."""

from __future__ import annotations

from dataclasses import dataclass

# str.splitlines also splits on \x0b, \x0c, \x1c-\x1e, \x85, \u2028, \u2029;
# a scraper's "line" is only \n, \r\n or \r.


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    line: int  # 1-based line number in the source file
    blank_before: bool  # a blank line (or the page start) came right before


def fold(text: str) -> str:
    """Runs of whitespace (Unicode's, as str.split sees it) to one space, none at the ends."""
    return " ".join(text.split())


def segment_text(text: str) -> list[Segment]:
    """Split page text into segments. The first segment counts as after a blank."""
    segments: list[Segment] = []
    blank = True
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        folded = fold(raw)
        if not folded:
            blank = True
            continue
        segments.append(Segment(folded, number, blank))
        blank = False
    return segments
