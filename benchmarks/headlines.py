"""How often the model keeps a story's headline, on the site-grouped test split.

    python benchmarks/headlines.py [--test data/processed/test.jsonl.gz] [--model FILE] [--against FILE]

A page's headline is its first line that is not boilerplate (by the gold labels) when
that line is short (fewer than 15 words: a title, not a paragraph); its head is the
headline and the other lines above the story's first paragraph that are not boilerplate
(byline, date, subtitle): pagesift.evaluation.head_rows. For each source, on its test pages
that have a headline: how many headlines the model keeps (labels news or press release; `content` pages: not
boilerplate), how many it labels exactly as the gold does, and how many head lines it
keeps. Real pages (L3S-GN1's news sites, the general-web pages) are printed apart from
the pages built from documents: a built page's headline sits where the recipe puts it,
a real site's under its own chrome, so the real pages are the measure.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

import numpy as np

from pagesift.errors import PagesiftError
from pagesift.evaluation import headline_tally
from pagesift.features import make_rows
from pagesift.io import LabeledPage, read_labeled_many
from pagesift.labels import LABELS
from pagesift.model import load_model


def labels_of(model_path: str | None, pages: list[LabeledPage]) -> list[str]:
    proba = load_model(model_path).predict_proba(make_rows([p.texts for p in pages]))  # LABELS order
    return [LABELS[k] for k in np.asarray(proba).argmax(axis=1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", default="data/processed/test.jsonl.gz")
    ap.add_argument("--model", default=None, help="model file (default: the shipped model)")
    ap.add_argument("--against", default=None, help="a second model, printed beside the first")
    args = ap.parse_args(argv)
    try:
        pages = list(read_labeled_many([args.test]))
        models = [args.model] + ([args.against] if args.against else [])
        tallies = [headline_tally(pages, labels_of(path, pages)) for path in models]
    except (PagesiftError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    names = [path or "shipped model" for path in models]
    print(f"headlines kept / exactly right / head lines kept, on {args.test}; "
          + " | ".join(f"[{k}] {name}" for k, name in enumerate(names)))
    for real in (True, False):
        keys = sorted(k for k in tallies[0] if k[0] == real)
        if not keys:
            continue
        print("real pages" if real else "pages built from documents")
        total = [defaultdict(int) for _ in tallies]
        for key in keys:
            cells = []
            for k, t in enumerate(tallies):
                row = t[key]
                for name, value in row.items():
                    total[k][name] += value
                cells.append(f"[{k}] {row['kept']:4d} / {row['right']:4d} of {row['pages']:4d} pages"
                             f", {row['head kept']:4d} of {row['head lines']:4d} lines")
            print(f"  {key[1]:22s} " + "   ".join(cells))
        print(f"  {'all':22s} " + "   ".join(
            f"[{k}] {t['kept']:4d} / {t['right']:4d} of {t['pages']:4d} pages ({t['kept'] / t['pages']:.3f} kept)"
            f", {t['head kept']:4d} of {t['head lines']:4d} lines" for k, t in enumerate(total)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
