"""Messages and progress on stderr: animated on a terminal, plain lines when piped."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager


def say(message: str) -> None:
    print(f"pagesift: {message}", file=sys.stderr, flush=True)


@contextmanager
def stage(message: str, quiet: bool = False):
    """Show a stage of long work; on a terminal as a spinner, else as one line."""
    start = time.perf_counter()
    if quiet:
        yield
        return
    if sys.stderr.isatty():
        from rich.console import Console

        with Console(stderr=True).status(message):
            yield
    else:
        say(f"{message} ...")
        yield
    say(f"{message}: done in {time.perf_counter() - start:.1f}s")


class PageProgress:
    """Pages done, pages/s and MB/s on stderr while labelling; silent when stderr is piped."""

    def __init__(self, total: int | None = None, enabled: bool | None = None):
        self.total = total
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.pages = 0
        self.chars = 0
        self._start = self._last = time.perf_counter()

    def __enter__(self):
        return self

    def advance(self, chars: int) -> None:
        self.pages += 1
        self.chars += chars
        now = time.perf_counter()
        if self.enabled and now - self._last >= 0.2:
            self._last = now
            self._draw(now)

    def _draw(self, now: float, end: str = "") -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.pages / elapsed
        line = f"\r{self.pages} pages  {rate:.1f} pages/s  {self.chars / elapsed / 1e6:.2f} MB/s"
        if self.total:
            left = max(self.total - self.pages, 0)
            line += f"  ETA {left / rate:.0f}s" if rate > 0 else ""
        print(line + "\x1b[K", end=end, file=sys.stderr, flush=True)

    def __exit__(self, *exc):
        if self.enabled and self.pages:
            self._draw(time.perf_counter(), end="\n")
        return False
