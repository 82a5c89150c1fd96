"""Memory stays flat however many pages come in: peak memory of `classify predict`
over 1,000 and over 100,000 small pages (written here from templates), side by side.

    python benchmarks/many_pages.py [--pages 100000] [--jobs 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import run  # noqa: E402

TEMPLATE = ("Home | News | Sport\n\nCouncil {i} approves new budget\n\n"
            "The council of district {i} approved its budget on Tuesday, officials said, after a long debate.\n"
            "\"We kept every school open,\" the mayor told reporters.\n\nMore news\nPrivacy | Contact\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i in range(args.pages):
            path = folder / f"{i // 1000:03d}" / f"{i:06d}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(TEMPLATE.format(i=i))
            paths.append(path)
        for n in sorted({min(1000, args.pages), args.pages}):
            listing = folder / f"list{n}.txt"
            listing.write_text("".join(f"{p}\n" for p in paths[:n]))
            wall, peak = run([sys.executable, "-m", "pagesift", "predict", "--files-from", str(listing),
                              "--jobs", str(args.jobs), "-f", "jsonl"])
            print(f"{n:>7} pages, --jobs {args.jobs}: {wall:.1f}s, {n / wall:.0f} pages/s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
