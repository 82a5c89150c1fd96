"""Labelling pages: read each input, segment it, score every segment."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_limits

from .errors import DataError, PagesiftError
from .io import expand_inputs, read_text
from .labels import LABELS
from .html import HTML_SUFFIXES, html_to_text, looks_like_html
from .segment import Segment, segment_text


@dataclass
class PageInput:
    """One page to label: its text, the error met while reading it, or (`path`) a file
    to read when it is labelled, so that worker processes read and decode their own pages."""

    source: str
    text: str | None = None
    error: str | None = None
    meta: dict = field(default_factory=dict)  # e.g. the WARC-Record-ID
    path: str | None = None
    # True: the page says it is HTML (its file name, a record's Content-Type); False: it
    # says it is text (a WET conversion record); None: its start tells (html.looks_like_html)
    html: bool | None = None

    def load(self) -> "PageInput":
        if self.text is None and self.error is None and self.path is not None:
            try:
                return PageInput(self.source, read_text(self.path), meta=self.meta, html=self.html)
            except PagesiftError as exc:
                return PageInput(self.source, error=str(exc), meta=self.meta)
        return self


@dataclass
class PageResult:
    source: str
    segments: list[Segment] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    scores: np.ndarray | None = None  # (segments, len(LABELS)) in LABELS order
    error: str | None = None
    meta: dict = field(default_factory=dict)
    size: int = 0  # characters of page text labelled (segments and their line ends)
    rendered: str | None = None  # the output text, when a worker wrote it instead of sending segments

    @property
    def ok(self) -> bool:
        return self.error is None

    def __reduce__(self):
        # Sent back from worker processes: plain lists pickle far faster than a Segment per line.
        segs = self.segments
        return (_page_result, (self.source, [s.text for s in segs], [s.line for s in segs],
                               [s.blank_before for s in segs], self.labels, self.scores, self.error, self.meta,
                               self.size, self.rendered))


def _page_result(source, texts, lines, blanks, labels, scores, error, meta, size, rendered) -> PageResult:
    return PageResult(source, list(map(Segment, texts, lines, blanks)), labels, scores, error, meta, size, rendered)


def is_warc(path: str) -> bool:
    return path.lower().endswith((".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet.gz"))


def read_inputs(paths: Iterable[str], defer: bool = False) -> Iterator[PageInput]:
    """Yield one PageInput per page, lazily; a bad input yields an error, never stops the batch.
    With `defer`, plain files are left for whoever labels them to read (PageInput.load)."""
    for path in expand_inputs(paths):
        if is_warc(path):
            from .warc import read_warc

            yield from read_warc(path)
            continue
        html = True if path.lower().removesuffix(".gz").endswith(HTML_SUFFIXES) else None
        if defer and path != "-":
            yield PageInput(path, path=path, html=html)
            continue
        try:
            yield PageInput(path, read_text(path), html=html)
        except PagesiftError as exc:
            yield PageInput(path, error=str(exc))


def _batches(items: Iterable[PageInput], size: int) -> Iterator[list[PageInput]]:
    batch: list[PageInput] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def label_batch(model, batch: list[PageInput]) -> list[PageResult]:
    """Label several pages with one call into the pipeline (vectorizers are cheaper in bulk)."""
    results: list[PageResult] = []
    todo: list[tuple[PageResult, list[Segment]]] = []
    for page in map(PageInput.load, batch):
        if page.error is not None:
            results.append(PageResult(page.source, error=page.error, meta=page.meta))
            continue
        text = page.text or ""
        markup = page.html is not False and looks_like_html(text, declared=bool(page.html))
        segments = segment_text(html_to_text(text) if markup else text)
        result = PageResult(page.source, segments=segments, meta=page.meta,
                            size=sum(map(len, (s.text for s in segments))) + len(segments))
        if not segments:
            result.error = f"{page.source}: empty page (no text)"
        else:
            todo.append((result, segments))
        results.append(result)
    if todo:
        pages = [[s.text for s in segs] for _, segs in todo]
        blanks = [[s.blank_before for s in segs] for _, segs in todo]
        # One thread: the few dense products are too small for BLAS threads to pay off, and
        # spinning threads would take the cores that other worker processes need.
        with threadpool_limits(limits=1):
            scores = model.predict_pages(pages, blanks)
        at = 0
        for result, segs in todo:
            result.scores = scores[at : at + len(segs)]
            result.labels = [LABELS[k] for k in result.scores.argmax(axis=1)]
            at += len(segs)
    return results


def label_rendered(model, batch: list[PageInput], render: tuple[str, tuple[str, ...]] | None) -> list[PageResult]:
    """label_batch, and with `render` = (format, keep) each page's output text
    (pagesift.output.render) in place of its segments: what a worker sends back, so the
    process that writes the output only writes it."""
    results = label_batch(model, batch)
    if render is None:
        return results
    from .output import render as render_page

    return [PageResult(r.source, error=r.error, meta=r.meta, size=r.size,
                       rendered=render_page(r, *render) if r.ok else None) for r in results]


def in_order(submit, batches: Iterable[list[PageInput]], in_flight: int) -> Iterator[PageResult]:
    """Submit batches to remote workers (`submit(batch)` returns a future), at most
    `in_flight` at a time so memory stays flat, and yield results in input order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        while len(pending) >= in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def label_pages(model, pages: Iterable[PageInput], batch_pages: int = 32) -> Iterator[PageResult]:
    for batch in _batches(pages, batch_pages):
        yield from label_batch(model, batch)


def predict(
    inputs: Iterable[str] | str,
    model=None,
    jobs: int = 1,
    scheduler: str | None = None,
    render: tuple[str, tuple[str, ...]] | None = None,
) -> Iterator[PageResult]:
    """Label pages (paths, globs, directories, WARC/WET files or '-') in input order.

    `model` is a Model, a path, or None for the default model. Yields one
    PageResult per page; a page that cannot be read has `error` set. With
    `render` = (format, keep) and several local jobs or a cluster, the workers may write
    each page's output themselves: such a result has `rendered` set and no segments.
    """
    if isinstance(inputs, str):
        inputs = [inputs]
    if scheduler:
        from .distributed import predict_on_cluster

        yield from predict_on_cluster(inputs, model, scheduler, render=render)
        return
    if jobs != 1:
        from .parallel import predict_parallel

        yield from predict_parallel(inputs, model, jobs, render=render)
        return
    from .model import as_model

    yield from label_pages(as_model(model), read_inputs(inputs))


def predict_text(text: str, model=None, source: str = "<text>") -> PageResult:
    """Label one page given as a string."""
    from .model import as_model

    result = label_batch(as_model(model), [PageInput(source, text)])[0]
    if result.error:
        raise DataError(result.error)
    return result
