"""Does a page's label survive the way a scraper writes it? The project's example pages
(and the reference page, where ../shared is present) written out as other tools write
text, each line scored against the label of the block it came from.

    python benchmarks/formats.py [--model FILE] [--seed-labels ../shared/seed/page.labels.tsv]

Forms: as written; hard-wrapped at 60, 78 (html2text's default) and 100 columns with a
blank line between blocks, and at 78 without one; one sentence per line; lynx's link
numbers ("[12]Home") before every short line; CRLF line ends with doubled spaces; saved as
an HTML document (read through html.py). Printed
per form: lines right against the gold labels, and pages whose every line has the label
its block has as written (the model's own answer, right or wrong). The markdown example
is itself a scraper's form; the others are plain text.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from html import escape
from pathlib import Path

from pagesift.errors import PagesiftError
from pagesift.io import read_tsv
from pagesift.labelling import predict_text
from pagesift.model import load_model

ROOT = Path(__file__).resolve().parent.parent
# a sentence ends at . ! or ? (a closing quote after it kept with it) before a capital or a quote
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])|(?<=[.!?][\"”])\s+(?=[\"“A-Z])")


def wrapped(width: int, blank: bool = True):
    def render(blocks: list[str]) -> tuple[list[str], list[int]]:
        lines, of_block = [], []
        for k, block in enumerate(blocks):
            for piece in textwrap.wrap(block, width):
                lines.append(piece)
                of_block.append(k)
            if blank:
                lines.append("")
                of_block.append(-1)
        return lines, of_block
    return render


def sentences(blocks: list[str]) -> tuple[list[str], list[int]]:
    lines, of_block = [], []
    for k, block in enumerate(blocks):
        for piece in _SENTENCE_END.split(block):
            lines.append(piece)
            of_block.append(k)
    return lines, of_block


def lynx_numbers(blocks: list[str]) -> tuple[list[str], list[int]]:
    # lynx marks each link with its number; a short line is most often a link
    return [f"[{k + 1}]{b}" if len(b.split()) <= 6 else b for k, b in enumerate(blocks)], list(range(len(blocks)))


def saved_html(blocks: list[str]) -> tuple[list[str], None]:
    """The page as a browser saves it: a head with a title, a style and scripts, runs of
    short blocks as a list of links, the rest paragraphs, all inside nested divs. The
    markup's blocks come back one segment each (of_block None)."""
    body, run = [], []
    for block in blocks:
        if len(block.split()) <= 6:
            run.append(f'<li><a href="/{len(run)}">{escape(block)}</a></li>')
            continue
        if run:
            body.append("<ul>" + "".join(run) + "</ul>")
            run = []
        body.append(f'<p class="text">{escape(block)}</p>')
    if run:
        body.append("<ul>" + "".join(run) + "</ul>")
    head = ("<head><meta charset=\"utf-8\"><title>Page | Site</title><style>p{margin:0}</style>"
            "<script>window.dataLayer = [];</script></head>")
    markup = (f"<!DOCTYPE html>\n<html lang=\"en\">{head}<body><div id=\"page\"><div class=\"wrap\">\n"
              + "\n".join(body) + "\n</div></div><script src=\"/app.js\"></script></body></html>\n")
    return [markup], None


def crlf_spaces(blocks: list[str]) -> tuple[list[str], list[int]]:
    return [b.replace(" ", "  ") + "\r" for b in blocks], list(range(len(blocks)))


FORMS = {
    "as written": lambda blocks: (list(blocks), list(range(len(blocks)))),
    "wrapped at 60": wrapped(60),
    "wrapped at 78": wrapped(78),
    "wrapped at 100": wrapped(100),
    "wrapped at 78, no blank lines": wrapped(78, blank=False),
    "a sentence per line": sentences,
    "lynx link numbers": lynx_numbers,
    "CRLF, doubled spaces": crlf_spaces,
    "saved as HTML": saved_html,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model file (default: the shipped model)")
    ap.add_argument("--seed-labels", default=str(ROOT.parent / "shared" / "seed" / "page.labels.tsv"))
    args = ap.parse_args(argv)
    try:
        model = load_model(args.model)
        paths = sorted((ROOT / "data" / "examples").glob("*.labels.tsv"))
        if Path(args.seed_labels).exists():
            paths.append(Path(args.seed_labels))
        else:
            print(f"{args.seed_labels}: not found, the reference page is left out", file=sys.stderr)
        pages = [page for path in paths for page in read_tsv(str(path))]
    except PagesiftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    baseline = [predict_text("\n".join(p.texts), model).labels for p in pages]
    names = [p.name if p.parent.name == "examples" else str(p) for p in paths]  # the reference page by its path
    print(f"{len(pages)} pages, {sum(len(p.texts) for p in pages)} blocks ({', '.join(names)})")
    print(f"{'form':32s} {'lines':>6s} {'right':>7s} {'pages as written':>17s}")
    for name, render in FORMS.items():
        lines_total = right = same_pages = 0
        for page, first in zip(pages, baseline):
            lines, of_block = render(page.texts)
            labels = predict_text("\n".join(lines), model).labels
            kept = (list(range(len(page.texts))) if of_block is None
                    else [k for line, k in zip(lines, of_block) if k >= 0 and line.strip()])
            if len(kept) != len(labels):
                raise SystemExit(f"{name}: {len(labels)} labels for {len(kept)} lines")
            lines_total += len(kept)
            right += sum(label == page.labels[k] for label, k in zip(labels, kept))
            same_pages += all(label == first[k] for label, k in zip(labels, kept))
        print(f"{name:32s} {lines_total:6d} {right / lines_total:7.3f} {same_pages:>10d} of {len(pages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
