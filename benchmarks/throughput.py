"""Speed of `classify predict`: pages/s and MB/s, cold start, peak memory; next to the C4
and jusText rules on the same pages.

    python benchmarks/throughput.py [--pages 2000] [--corpora ../shared/corpora]

Pages are real `page` records of the shared corpora written as text files to a temporary
folder (never into the repository), and again as HTML documents. Everything is timed end
to end through the CLI.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from html import escape
from pathlib import Path

from pagesift.baselines import c4_keep, justext_keep
from pagesift.html import html_to_text
from pagesift.io import read_text
from pagesift.segment import segment_text

PAGE_SOURCES = ["l3s_gn1", "dragnet", "wcxb", "cleaneval", "doj_press", "cleanportaleval"]


def write_pages(corpora: str, n: int, folder: Path) -> tuple[list[Path], int]:
    paths, size = [], 0
    # an even share from each source; sources with fewer pages leave theirs to the next
    smallest_first = sorted(PAGE_SOURCES, key=lambda s: os.path.getsize(os.path.join(corpora, f"{s}.jsonl.gz")))
    for k, source in enumerate(smallest_first):
        share = -(-(n - len(paths)) // (len(smallest_first) - k))
        with gzip.open(os.path.join(corpora, f"{source}.jsonl.gz"), "rt", encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if i >= share:
                    break
                text = "\n".join(s["text"] for s in json.loads(line)["segments"]) + "\n"
                path = folder / f"{source}-{i:05d}.txt"
                path.write_text(text, encoding="utf-8")
                paths.append(path)
                size += len(text.encode())
    return paths, size


def write_html(paths: list[Path], folder: Path) -> int:
    """The same pages as saved HTML documents (a head with a script, each line a paragraph
    inside nested divs): what reading markup (html.py) costs on top of labelling."""
    size = 0
    for path in paths:
        body = "".join(f"<p>{escape(line)}</p>\n" for line in path.read_text(encoding="utf-8").splitlines())
        markup = ("<!DOCTYPE html><html><head><title>Page</title><script>var d = [];</script></head>"
                  f"<body><div id=\"page\"><div class=\"main\">\n{body}</div></div></body></html>\n")
        target = folder / f"{path.stem}.html"
        target.write_text(markup, encoding="utf-8")
        size += len(markup.encode())
    return size


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            for line in open(f"/proc/{p}/status"):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def run(cmd: list[str], stdin_file: Path | None = None) -> tuple[float, float]:
    """Wall time and peak memory (whole process tree) of a command."""
    start = time.perf_counter()
    with open(stdin_file or os.devnull) as stdin:
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    done = threading.Event()

    def poll():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.05)

    thread = threading.Thread(target=poll)
    thread.start()
    _, err = proc.communicate()
    done.set()
    thread.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"command failed: {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return time.perf_counter() - start, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    classify = [sys.executable, "-m", "pagesift", "predict"] + (["--model", args.model] if args.model else [])

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "pages").mkdir()
        paths, size = write_pages(args.corpora, args.pages, folder / "pages")
        list_file = folder / "list.txt"
        list_file.write_text("".join(f"{p}\n" for p in paths))
        mb = size / 1e6
        print(f"{len(paths)} pages, {mb:.1f} MB of page text, from {', '.join(PAGE_SOURCES)}")

        one = paths[0]
        colds = [run(classify + [str(one), "-f", "jsonl", "--jobs", "1"])[0] for _ in range(5)]
        cold = statistics.median(colds)
        print(f"cold start, one page (Python start-up + model load + label): median {cold:.2f}s "
              f"(min {min(colds):.2f}s)")

        results = {}
        for jobs in (1, 2):
            wall, peak = run(classify + ["--files-from", str(list_file), "--jobs", str(jobs), "-f", "jsonl"])
            results[jobs] = wall
            print(f"classify predict --jobs {jobs}: {wall:.1f}s  {len(paths) / wall:.1f} pages/s  "
                  f"{mb / wall:.2f} MB/s ({mb / wall / jobs:.2f} MB/s per core) end to end; "
                  f"{mb / (wall - cold) / jobs:.2f} MB/s per core after start-up (wall minus the cold start); "
                  f"peak memory {peak:.0f} MB")

        (folder / "html").mkdir()
        html_mb = write_html(paths, folder / "html") / 1e6
        html_paths = sorted((folder / "html").iterdir())
        start = time.perf_counter()
        for p in html_paths:
            html_to_text(read_text(str(p)))
        convert = time.perf_counter() - start
        html_list = folder / "html.txt"
        html_list.write_text("".join(f"{p}\n" for p in html_paths))
        wall, _ = run(classify + ["--files-from", str(html_list), "--jobs", "1", "-f", "jsonl"])
        print(f"the same pages as HTML ({html_mb:.1f} MB of markup): read as text (html.py, in-process) "
              f"{html_mb / convert:.1f} MB/s of markup; classify predict --jobs 1 {html_mb / wall:.2f} MB/s "
              f"of markup, {mb / wall:.2f} MB/s of their text ({results[1] / wall:.2f}x the speed on the text)")

        start = time.perf_counter()
        for p in paths:
            [c4_keep(s.text) for s in segment_text(read_text(str(p)))]
        c4 = time.perf_counter() - start
        start = time.perf_counter()
        for p in paths:
            justext_keep([s.text for s in segment_text(read_text(str(p)))])
        jt = time.perf_counter() - start
        print(f"C4 line rules (in-process, read + segment + rules): {mb / c4:.1f} MB/s")
        print(f"jusText rules (in-process, read + segment + rules): {mb / jt:.1f} MB/s")
        print(f"ratios: pagesift --jobs 1 is {results[1] / c4:.0f}x the time of C4 rules, {results[1] / jt:.0f}x jusText")
        print("targets: >= 3 MB/s per core, cold start <= 1.5 s, peak memory <= 600 MB with --jobs 2")


if __name__ == "__main__":
    main()
