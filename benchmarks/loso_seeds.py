"""Leave-one-source-out at several data seeds: how a change carries over to sources never
seen, with the spread between draws beside it.

    python benchmarks/loso_seeds.py --sources prwire,au_parliament_press --seeds 0,1,2 \\
        [--param C=1.0 --param max_iter=250] [--scale 0.1] [--corpora ../shared/corpora]

One run of the card's table (seed 0) is one draw: another seed samples other records of
each source and builds other pages, and moves a source's news-vs-press-release accuracy
by several points with the same code (benchmarks/RESULTS.md, twelfth round). Judge a
change by running this before and after it (same sources and seeds: the draws are paired)
and comparing per seed. `--param` overrides `build_pipeline`'s or `fit_pages`' defaults. Prints one
tab-separated row per source and seed, then each source's mean, min and max.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import statistics
import sys

from pagesift.model import build_pipeline
from pagesift.release import leave_one_source_out
from pagesift.training import fit_pages


def parse_param(text: str) -> tuple[str, object]:
    key, sep, value = text.partition("=")
    if not sep or not key.isidentifier():
        raise argparse.ArgumentTypeError(f"--param {text!r}: expected name=value")
    try:
        return key, ast.literal_eval(value)
    except (ValueError, SyntaxError):
        raise argparse.ArgumentTypeError(f"--param {text!r}: the value must be a Python literal") from None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--sources", required=True, help="comma-separated source names (corpus file names)")
    ap.add_argument("--seeds", default="0,1,2", help="comma-separated data seeds")
    ap.add_argument("--scale", type=float, default=0.1, help="data scale of each model (the card's: 0.1)")
    ap.add_argument("--param", type=parse_param, action="append", default=[], help="build_pipeline or fit_pages override, name=value")
    args = ap.parse_args()
    try:
        seeds = [int(s) for s in args.seeds.split(",")]
    except ValueError:
        ap.error(f"--seeds {args.seeds!r}: expected comma-separated integers")
    sources = [s for s in args.sources.split(",") if s]
    missing = [s for s in sources if not os.path.exists(os.path.join(args.corpora, f"{s}.jsonl.gz"))]
    if not sources or missing:
        ap.error(f"--sources: no corpus file {', '.join(missing) or '(none given)'} in {args.corpora}")
    params = dict(args.param)
    known = (set(inspect.signature(build_pipeline).parameters) | set(inspect.signature(fit_pages).parameters)) \
        - {"seed", "n_jobs", "pages", "quiet", "jobs", "params"}
    if set(params) - known:
        ap.error(f"--param {', '.join(sorted(set(params) - known))}: not a build_pipeline or fit_pages parameter "
                 f"({', '.join(sorted(known))})")

    results: dict[str, list[float]] = {s: [] for s in sources}
    print("source\tseed\tnews_vs_press_release_accuracy\tsegments", flush=True)
    for seed in seeds:
        for row in leave_one_source_out(args.corpora, sources, seed, args.scale, **params):
            results[row["source"]].append(row["news_vs_press_release_accuracy"])
            print(f"{row['source']}\t{seed}\t{row['news_vs_press_release_accuracy']:.3f}\t{row['segments']}", flush=True)
    print("\nsource\tmean\tmin\tmax")
    for source, values in results.items():
        print(f"{source}\t{statistics.mean(values):.3f}\t{min(values):.3f}\t{max(values):.3f}")
    if params:
        print(f"build_pipeline overrides: {params}", file=sys.stderr)


if __name__ == "__main__":
    main()
