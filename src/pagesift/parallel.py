"""Labelling on local worker processes: the model loaded once per worker, output in input order.

Workers fork from a fork server that has imported what scoring needs (numpy,
scipy.sparse, pagesift; a model without a frozen form imports scikit-learn in each
worker). `start_fork_server` starts it before anything else, so that its imports run
on another core while this process starts; this module imports only the standard
library for that reason.
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.forkserver
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

PRELOAD = ["pagesift.parallel", "pagesift.labelling", "pagesift.model", "pagesift.frozen", "pagesift.output"]

_worker_model = None


def start_fork_server() -> None:
    """Start the fork server, with scoring's modules imported, if it is not running."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    multiprocessing.forkserver.ensure_running()


def _init_worker(model_path: str | None, scorer: bytes | None, model=None) -> None:
    """The model: the one the parent sent; else from the frozen form the parent read and
    checked, if the file has one (no file to read, no joblib to import); else its file."""
    global _worker_model
    from .model import Model, load_model, unpickle_scorer

    if model is not None:
        _worker_model = model
    elif scorer is not None:
        _worker_model = Model(path=model_path, scorer=unpickle_scorer(scorer, model_path))
    else:
        _worker_model = load_model(model_path)


def _label_in_worker(batch: list, render: tuple[str, tuple[str, ...]] | None) -> list:
    from .labelling import label_rendered

    return label_rendered(_worker_model, batch, render)


def predict_parallel(inputs: Iterable[str], model, jobs: int, batch_pages: int = 32,
                     render: tuple[str, tuple[str, ...]] | None = None) -> Iterator:
    """Label pages on `jobs` processes. At most 2 batches per worker are in flight, so
    memory stays flat however many pages come in. With `render` = (format, keep), the
    workers also write each page's output (pagesift.output.render) and send that text
    in `PageResult.rendered` instead of the segments."""
    start_fork_server()  # no-op if the caller started it
    from .labelling import _batches, in_order, label_batch, read_inputs
    from .model import Model, as_model, verify_model

    path, scorer, sent = None, None, None
    if isinstance(model, Model):
        sent = model  # loaded or trained here: workers get it as it is
    else:
        path = str(model) if model else None
        scorer = verify_model(path).get("scorer")  # fail fast on a bad file; only the workers unpickle it
    batches = _batches(read_inputs(inputs, defer=True), batch_pages)
    first = list(itertools.islice(batches, 2))
    if len(first) < 2:  # one batch of work: worker start-up would cost more than it saves
        local = as_model(model)
        for batch in first:
            yield from label_batch(local, batch)
        return  # rendered by the caller
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(path, scorer, sent)) as pool:
        yield from in_order(lambda batch: pool.submit(_label_in_worker, batch, render),
                            itertools.chain(first, batches), 2 * jobs)
