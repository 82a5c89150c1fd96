"""The `classify` command. Each command parses arguments and calls the API function of its name."""

from __future__ import annotations

import json
import os
import sys
from functools import wraps
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import PagesiftError, UsageError
from .labels import LABELS

app = typer.Typer(
    name="classify",
    help="Label every line of a scraped web page as news, press_release or boilerplate.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(help="Build the processed training data from the shared corpora.", no_args_is_help=True)
app.add_typer(data_app, name="data")


def reported(func):
    """Turn pagesift errors into one line on stderr and the error's exit code."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except PagesiftError as exc:
            print(f"error: {exc}", file=sys.stderr)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _labels(value: str) -> tuple[str, ...]:
    keep = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in keep if v not in LABELS]
    if unknown or not keep:
        raise UsageError(f"--keep: unknown label {', '.join(unknown) or '(none)'}; choose from {', '.join(LABELS)}")
    return keep


def _paths_from(list_file: str) -> list[str]:
    from .io import read_text

    text = sys.stdin.read() if list_file == "-" else read_text(list_file)
    return [line.strip() for line in text.splitlines() if line.strip()]


@app.command("predict")
@reported
def predict_command(
    pages: Annotated[Optional[list[str]], typer.Argument(help="Page files (text, markdown or HTML), directories, globs, WARC/WET files, or - for stdin.", show_default=False)] = None,
    model: Annotated[Optional[Path], typer.Option("--model", "-m", help="Model file (default: the model shipped with pagesift).")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="table | jsonl | csv | text (default: table on a terminal, else jsonl).")] = None,
    keep: Annotated[str, typer.Option(help="Labels that --format text prints, comma-separated.")] = "news,press_release",
    files_from: Annotated[Optional[str], typer.Option("--files-from", help="Read input paths from this file, one per line (- for stdin).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0: all cores).")] = 0,
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (tcp://HOST:PORT) to label on a cluster.")] = None,
) -> None:
    """Label the segments of pages."""
    if jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    jobs = jobs or os.cpu_count() or 1
    if jobs != 1 and not scheduler:
        from .parallel import start_fork_server

        start_fork_server()  # it imports numpy and the model code on another core meanwhile
    from .output import FORMATS, Writer
    from .labelling import predict
    from .progress import PageProgress

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt not in FORMATS:
        raise UsageError(f"--format: unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    kept = _labels(keep)
    inputs = list(pages or [])
    if files_from:
        inputs += _paths_from(files_from)
    if not inputs:
        if sys.stdin.isatty():
            raise UsageError("no pages given (name files, directories, globs, or - for stdin)")
        inputs = ["-"]
    writer = Writer(fmt, kept)
    failed = 0
    total = None
    if sys.stderr.isatty():
        from .io import expand_inputs
        from .labelling import is_warc

        # for the ETA; a WARC file holds an unknown number of pages
        inputs = list(expand_inputs(inputs))
        total = None if any(p == "-" or is_warc(p) for p in inputs) else len(inputs)
    with PageProgress(total=total) as progress:
        render = None if fmt == "table" else (fmt, kept)
        for result in predict(inputs, model=model, jobs=jobs, scheduler=scheduler, render=render):
            writer.write(result)
            failed += not result.ok
            progress.advance(result.size)
    if failed:
        raise typer.Exit(1)


@app.command("train")
@reported
def train_command(
    data: Annotated[list[str], typer.Argument(help="Labelled data: corpus JSONL(.gz) or label<TAB>text files, directories or globs.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the model (.joblib).")],
    seed: Annotated[int, typer.Option(help="Random seed: same data and seed give the same model.")] = 0,
    test_fraction: Annotated[float, typer.Option(help="Fraction of pages, grouped by site, held out for the report.")] = 0.2,
    heldout: Annotated[Optional[list[str]], typer.Option("--heldout", help="Score on these files instead of a held-out fraction.")] = None,
    calibrate_on: Annotated[Optional[list[str]], typer.Option("--calibrate-on", help="Temperature-scale the scores on these labelled files (e.g. a validation split).")] = None,
    class_balance: Annotated[float, typer.Option(help="0: classes weighted as in the data; 1: equal total weight per class.", min=0, max=1)] = 0.5,
    teaser_weight: Annotated[Optional[float], typer.Option(help="Training weight of a line whose genre is not its page's, as a press release's teaser on a news page (default: pagesift.training.TEASER_WEIGHT, 2).", min=0)] = None,
    head_weight: Annotated[Optional[float], typer.Option(help="Training weight of a real page's headline (not of pages built from documents; default: pagesift.training.HEAD_WEIGHT, 10).", min=0)] = None,
    stacked: Annotated[bool, typer.Option(help="A final stage that reads how the full model scores the lines around (--no-stacked: one classifier, 2.3x faster to train, test macro-F1 0.007 lower).")] = True,
    refine: Annotated[bool, typer.Option(help="With --calibrate-on and a stacked model: fit the refiner on those files (trees that decide whether a line the model is unsure of is boilerplate, then the genre odds that a release or news marker gives its run of lines; test macro-F1 0.890 -> 0.924).")] = True,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Threads for the classifier's fits (0: all cores); the model is the same whatever the number.", min=0)] = 0,
) -> None:
    """Train a model and report its held-out scores."""
    from .output import print_report
    from .training import train

    card = train(data, out, seed=seed, test_fraction=test_fraction, heldout=heldout or (),
                 calibrate_on=calibrate_on or (), balance=class_balance, stacked=stacked, refine=refine, jobs=jobs,
                 **({} if teaser_weight is None else {"teaser_weight": teaser_weight}),
                 **({} if head_weight is None else {"head_weight": head_weight}))
    if card.get("heldout"):
        print_report(card["heldout"]["metrics"])


@app.command("evaluate")
@reported
def evaluate_command(
    data: Annotated[list[str], typer.Argument(help="Labelled data files, directories or globs.")],
    model: Annotated[Optional[Path], typer.Option("--model", "-m", help="Model file (default: the shipped model).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score a model on labelled data."""
    from .evaluation import evaluate
    from .output import print_report

    report = evaluate(data, model=model)
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)


@app.command("info")
@reported
def info_command(
    model: Annotated[Optional[Path], typer.Argument(help="Model file (default: the shipped model).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the card as JSON.")] = False,
) -> None:
    """Show a model's card: labels, data, metrics, parameters, versions."""
    from .card import render_card
    from .card import info

    card = info(str(model) if model else None)
    print(json.dumps(card, indent=2) if as_json else render_card(card))


@data_app.command("build")
@reported
def build_command(
    corpora: Annotated[Path, typer.Option(help="Folder of the shared corpora (read in place).")] = Path("../shared/corpora"),
    out: Annotated[Path, typer.Option(help="Folder for the processed splits.")] = Path("data/processed"),
    seed: Annotated[int, typer.Option(help="Seed for splits and synthetic pages.")] = 0,
    scale: Annotated[float, typer.Option(help="Fraction of the per-source caps to use (smaller: faster builds).")] = 1.0,
) -> None:
    """Split the corpora by site and build realistic training pages."""
    from .dataset import build

    summary = build(str(corpora), str(out), seed=seed, scale=scale)
    print(json.dumps(summary, indent=2))


def main(argv: list[str] | None = None) -> None:
    """Entry point: every failure becomes one line on stderr and an exit code, never a traceback."""
    try:
        code = app(args=argv, prog_name="classify", standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        print("error: interrupted", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    except Exception as exc:
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            # the command-line parser's usage errors (typer bundles its own click)
            print(f"error: {exc.format_message()}", file=sys.stderr)
            code = exc.exit_code
        else:  # a bug: still one line
            print(f"error: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            code = 1
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
