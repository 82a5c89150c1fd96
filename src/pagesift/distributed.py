"""Labelling on a Dask cluster (optional extra: pip install 'pagesift[dask]').

Two ways in:

- `classify predict PAGES... --scheduler tcp://HOST:PORT` (or `predict_on_cluster`):
  pages are read here, labelled on the workers (which also format the output, so this
  process only writes it), and come back in input order.
- `label_bag(bag, model)` for people who drive Dask themselves: a `dask.bag` of
  `(source, text)` pairs in, a bag of plain-dict results out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import UsageError
from .labelling import PageInput, PageResult, _batches, in_order, label_pages, label_rendered, read_inputs


def _client(scheduler: str):
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'pagesift[dask]'") from None
    try:
        return Client(scheduler, timeout="5s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None


def predict_on_cluster(inputs: Iterable[str], model, scheduler: str, batch_pages: int = 32,
                       in_flight: int = 16, render: tuple[str, tuple[str, ...]] | None = None) -> Iterator[PageResult]:
    """Label pages on a Dask cluster; the model goes to each worker once. With `render`
    = (format, keep) the workers also write each page's output (PageResult.rendered)."""
    from .model import as_model

    model = as_model(model)
    client = _client(scheduler)
    try:
        [model_future] = client.scatter([model], broadcast=True)
        yield from in_order(lambda batch: client.submit(label_rendered, model_future, batch, render, pure=False),
                            _batches(read_inputs(inputs), batch_pages), in_flight)
    finally:
        client.close()


def result_dict(result: PageResult) -> dict:
    """A labelled page as plain data (what `label_bag` yields)."""
    from .output import segment_records

    if not result.ok:
        return {"source": result.source, "error": result.error, **result.meta}
    return {"source": result.source, "segments": list(segment_records(result)), **result.meta}


def _label_partition(pairs, model) -> list[dict]:
    return [result_dict(r) for r in label_pages(model, (PageInput(source, text) for source, text in pairs))]


def label_bag(bag, model=None):
    """Label a dask.bag of (source, text) pairs; returns a bag of result dicts.

    The model (a Model, a path, or None for the default) is loaded here once and
    shipped to the workers as a single piece of data.
    """
    import dask

    from .model import as_model

    model_delayed = dask.delayed(as_model(model), traverse=False)
    return bag.map_partitions(_label_partition, model_delayed)
