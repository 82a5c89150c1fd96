"""Labelling on local worker processes: the model loaded once per worker, output in input order."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from .labelling import PageInput, PageResult, _batches, in_order, label_batch, label_rendered, read_inputs

_worker_model = None


def _init_worker(model_path: str | None) -> None:
    global _worker_model
    from .model import load_model

    _worker_model = load_model(model_path)


def _label_in_worker(batch: list[PageInput], render: tuple[str, tuple[str, ...]] | None) -> list[PageResult]:
    return label_rendered(_worker_model, batch, render)


def _model_path(model) -> str | None:
    from .model import Model

    if isinstance(model, Model):
        return model.path
    return str(model) if model else None


def predict_parallel(inputs: Iterable[str], model, jobs: int, batch_pages: int = 32,
                     render: tuple[str, tuple[str, ...]] | None = None) -> Iterator[PageResult]:
    """Label pages on `jobs` processes. At most 2 batches per worker are in flight, so
    memory stays flat however many pages come in. With `render` = (format, keep), the
    workers also write each page's output (pagesift.output.render) and send that text
    in `PageResult.rendered` instead of the segments."""
    from .model import Model, as_model, verify_model

    path = _model_path(model)
    if isinstance(model, Model):
        frozen = model.scorer is not None
    else:
        frozen = "scorer" in verify_model(path)  # fail fast on a bad file; only the workers unpickle it
    batches = _batches(read_inputs(inputs, defer=True), batch_pages)
    first = list(itertools.islice(batches, 2))
    if len(first) < 2:  # one batch of work: worker start-up would cost more than it saves
        local = as_model(model)
        for batch in first:
            yield from label_batch(local, batch)
        return  # rendered by the caller
    context = multiprocessing.get_context("forkserver")
    # the fork server imports what scoring needs once, while this process reads inputs;
    # workers fork from it. A model without a frozen form is scored by scikit-learn.
    preload = ["pagesift.parallel", "pagesift.model", "pagesift.frozen", "pagesift.output"]
    context.set_forkserver_preload(preload + ([] if frozen else ["pagesift.features", "pagesift.blocks"]))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(path,)) as pool:
        yield from in_order(lambda batch: pool.submit(_label_in_worker, batch, render),
                            itertools.chain(first, batches), 2 * jobs)
