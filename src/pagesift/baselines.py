"""Rule baselines for the keep/drop (boilerplate) decision, for benchmarks/accuracy.py.

They decide only boilerplate versus not; they know nothing of genre.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import STOPWORDS
from .terms import TOKEN

_TERMINAL = re.compile(r"[.!?][\"'”’)]*$")


def c4_keep(text: str) -> bool:
    """C4's line rules: ends in terminal punctuation, at least 3 words, no 'javascript'."""
    return bool(_TERMINAL.search(text)) and len(text.split()) >= 3 and "javascript" not in text.lower()


def justext_keep(texts: Sequence[str], length_low: int = 70, length_high: int = 200,
                 stopwords_low: float = 0.30, stopwords_high: float = 0.32, max_link_density: float = 0.2) -> list[bool]:
    """jusText's block classification (Pomikálek 2011) on lines: a first pass by length and
    stopword density, then short and near-good blocks decided by their neighbours."""
    classes = []
    for text in texts:
        words = TOKEN.findall(text.lower())
        density = sum(w in STOPWORDS for w in words) / len(words) if words else 0.0
        if "©" in text or "copyright" in text.lower():
            classes.append("bad")
        elif len(text) < length_low:
            classes.append("short" if density < stopwords_high or len(text) < 10 else "near-good")
        elif density >= stopwords_high:
            classes.append("good" if len(text) > length_high else "near-good")
        elif density >= stopwords_low:
            classes.append("near-good")
        else:
            classes.append("bad")

    def neighbour(i: int, step: int, ignore: set[str]) -> str:
        j = i + step
        while 0 <= j < len(classes):
            if classes[j] not in ignore:
                return classes[j]
            j += step
        return "bad"

    final = list(classes)
    for i, c in enumerate(classes):  # short blocks: good only between good blocks
        if c == "short":
            prev, nxt = neighbour(i, -1, {"short", "near-good"}), neighbour(i, 1, {"short", "near-good"})
            final[i] = "good" if prev == nxt == "good" else "bad"
    for i, c in enumerate(classes):  # near-good blocks: good if a good block is next to them
        if c == "near-good":
            prev, nxt = neighbour(i, -1, {"short"}), neighbour(i, 1, {"short"})
            final[i] = "good" if "good" in (prev, nxt) else "bad"
    return [c == "good" for c in final]
