"""Writing labelled pages and reports for people (table, text) and programs (jsonl, csv, json)."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import TextIO

from .labels import LABELS
from .labelling import PageResult

_string = json.encoder.encode_basestring  # a JSON string literal, non-ASCII kept (C implementation)

_SCORES = ", ".join(f'"{label}": %.6f' for label in LABELS)

FORMATS = ("table", "jsonl", "csv", "text")
CSV_COLUMNS = ["source", "index", "line", "text", "label", *[f"score_{l}" for l in LABELS]]


def segment_records(result: PageResult):
    for i, (seg, label) in enumerate(zip(result.segments, result.labels)):
        scores = result.scores[i]
        record = {
            "source": result.source,
            "index": i,
            "line": seg.line,
            "text": seg.text,
            "label": label,
            "scores": {l: float(f"{scores[k]:.6f}") for k, l in enumerate(LABELS)},
        }
        record.update(result.meta)
        yield record


def render(result: PageResult, fmt: str, keep: tuple[str, ...] = ()) -> str:
    """One labelled page as text in `fmt`: jsonl records, csv rows (no header), or the
    lines whose label is in `keep` (text). Pure, so worker processes can do it."""
    if fmt == "jsonl":
        # The records of segment_records, formatted a page at a time: json.dumps per
        # segment cost more than labelling it.
        head = '{"source": ' + _string(result.source) + ', "index": '
        meta = "".join(f", {_string(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in result.meta.items())
        scores = [_SCORES % tuple(row) for row in result.scores.tolist()]
        return "".join(
            f'{head}{i}, "line": {seg.line}, "text": {_string(seg.text)}, "label": "{label}", '
            f'"scores": {{{score}}}{meta}}}\n'
            for i, (seg, label, score) in enumerate(zip(result.segments, result.labels, scores)))
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for r in segment_records(result):
            writer.writerow([r["source"], r["index"], r["line"], r["text"], r["label"],
                             *[r["scores"][l] for l in LABELS]])
        return buffer.getvalue()
    if fmt == "text":
        return "".join(f"{seg.text}\n" for seg, label in zip(result.segments, result.labels) if label in keep)
    raise ValueError(f"render: no plain-text form for format {fmt!r}")


class Writer:
    """Streams results in one format; errors go to stderr (and into jsonl as error records)."""

    def __init__(self, fmt: str, keep: tuple[str, ...], out: TextIO = sys.stdout):
        self.fmt, self.keep, self.out = fmt, keep, out
        self._first_page = True

    def write(self, result: PageResult) -> None:
        """Write one result; one rendered by a worker (`result.rendered`) is written as it is."""
        if not result.ok:
            print(f"error: {result.error}", file=sys.stderr)
            if self.fmt == "jsonl":
                self.out.write(json.dumps({"source": result.source, "error": result.error, **result.meta}) + "\n")
            return
        if self.fmt == "table":
            self._table(result)
        else:
            if self.fmt == "csv" and self._first_page:
                csv.writer(self.out).writerow(CSV_COLUMNS)
            if self.fmt == "text" and not self._first_page:
                self.out.write("\n")  # a blank line between pages
            self.out.write(result.rendered if result.rendered is not None else render(result, self.fmt, self.keep))
        self._first_page = False
        self.out.flush()

    def _table(self, result):
        from rich.console import Console
        from rich.table import Table

        table = Table(title=result.source, title_justify="left", expand=False)
        table.add_column("line", justify="right", style="dim")
        table.add_column("label")
        table.add_column("score", justify="right")
        table.add_column("text", overflow="fold")
        style = {"news": "green", "press_release": "magenta", "boilerplate": "dim"}
        for seg, label, scores in zip(result.segments, result.labels, result.scores):
            table.add_row(str(seg.line), f"[{style[label]}]{label}[/]", f"{scores.max():.2f}", seg.text)
        Console(file=self.out, soft_wrap=False).print(table)


def _span(bounds: list[float] | None) -> str:
    return f"{bounds[0]:.3f}-{bounds[1]:.3f}" if bounds else "-"


def print_report(report: dict, out: TextIO = sys.stdout) -> None:
    """Per-class metrics and the confusion matrix as plain text."""
    if "per_class" not in report:
        out.write("no news/press_release/boilerplate segments to score\n")
    else:
        spread = report.get("intervals")
        head = f"{spread['level']:.0%} over sites" if spread else ""
        out.write(f"{'label':<15}{'precision':>10}{'recall':>10}{'f1':>10}{head:>16}{'support':>10}\n")
        for label, m in report["per_class"].items():
            extra = _span(spread["per_class"][label]) if spread else ""
            out.write(f"{label:<15}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}{extra:>16}"
                      f"{m['support']:>10}\n")
        macro = f" ({_span(spread['macro_f1'])})" if spread else ""
        out.write(f"\nmacro-F1 {report['macro_f1']:.3f}{macro}   accuracy {report['accuracy']:.3f}   "
                  f"ECE {report['ece']:.3f}   segments {report['segments']}\n")
        if spread:
            out.write(f"intervals: {spread['level']:.0%} of {spread['resamples']} resamples of the "
                      f"{spread['sites']} sites (whole sites drawn with replacement)\n")
        if "news_vs_press_release_accuracy" in report:
            out.write(f"news vs press_release accuracy {report['news_vs_press_release_accuracy']:.3f}\n")
        out.write("\nconfusion (rows: gold, columns: predicted)\n")
        labels = report["confusion"]["labels"]
        out.write(" " * 15 + "".join(f"{l:>15}" for l in labels) + "\n")
        for label, row in zip(labels, report["confusion"]["matrix"]):
            out.write(f"{label:<15}" + "".join(f"{v:>15}" for v in row) + "\n")
    if "content_pages" in report:
        c = report["content_pages"]
        out.write(f"\ncontent pages (genre unknown, scored as not-boilerplate): precision {c['content_precision']:.3f} "
                  f"recall {c['content_recall']:.3f} F1 {c['content_f1']:.3f} over {c['segments']} segments\n")
    if report.get("by_source"):
        # one row per input file (or corpus source): where a mixed set's errors are
        out.write(f"\n{'source':<28}{'segments':>9}{'macro-F1':>10}{'95% over sites':>16}{'accuracy':>10}"
                  f"{'news vs PR':>12}\n")
        for source, r in report["by_source"].items():
            if "macro_f1" not in r:
                out.write(f"{source:<28}{r['segments']:>9}  (content lines only)\n")
                continue
            spread = r.get("intervals")
            genre = r.get("news_vs_press_release_accuracy")
            out.write(f"{source:<28}{r['segments']:>9}{r['macro_f1']:>10.3f}"
                      f"{_span(spread['macro_f1']) if spread else '-':>16}{r['accuracy']:>10.3f}"
                      f"{'-' if genre is None else f'{genre:.3f}':>12}\n")
