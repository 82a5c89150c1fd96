"""Training a model from labelled pages."""

from __future__ import annotations

import os
import resource
import time
import warnings
from collections import Counter
from collections.abc import Sequence

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import GroupShuffleSplit

from .errors import DataError, UsageError
from .evaluation import built, head_rows, score_pages
from .features import SparseScaler, make_rows
from .io import LabeledPage, read_labeled_many
from .labels import CONTENT, LABELS, NEWS, PRESS_RELEASE
from .blocks import StackedClassifier, as_matrix, n_workers, partial_labels
from .model import Model, build_pipeline, new_card, save_model
from .progress import say, stage
from .topics import page_genres, topic_of, topic_weights


# Share of the training weight that genre-unknown `content` segments get, relative to one class.
CONTENT_SHARE = 0.5
# Weight of a line whose genre is not its page's (a press release's teaser on a news page):
# the pattern of the reference page, rare among training lines.
TEASER_WEIGHT = 2.0
# A real page's headline (the first HEAD_LINES lines of its head, head_rows) weighs this
# much more: built pages put a headline where the recipe does, a real site under its own
# chrome, and with every line weighed alike the model kept the headline on 2 real test
# pages in 5 (benchmarks/headlines.py; RESULTS.md, thirty-first round).
HEAD_WEIGHT = 10.0
# the headline only: with the head's first four lines (byline, date too) the dates' years
# came to speak for content (test pages with their years moved -0.005; RESULTS.md)
HEAD_LINES = 1


def sample_weights(pages: Sequence[LabeledPage], balance: float = 0.5,
                   teaser_weight: float = 1.0, source_balance: float = 0.0,
                   head_weight: float = 1.0, topic_balance: float = 0.0,
                   topic: np.ndarray | None = None) -> tuple[list[str], np.ndarray]:
    """Gold labels and training weights for every segment of `pages`.

    - A line repeated across pages (a site's menu on every page) gets weight
      1/sqrt(count), so one template cannot dominate.
    - A line of the other genre than its page's (a press release's teaser on a
      news page) weighs `teaser_weight` times as much: 1.6% of the lines, and the
      pattern of the reference page.
    - The first HEAD_LINES lines of a real page's head (head_rows; pages not built from
      documents) weigh `head_weight` times as much.
    - With `source_balance`, the sources of each genre are evened out the same way
      before the classes are: a source's total s of news (or press-release) lines
      becomes proportional to s ** (1 - source_balance), so that one big kind of
      issuer does not define the genre.
    - With `topic_balance`, the lines of a page's own genre are weighed towards equal news
      and press-release totals within each subject group (topics.topic_weights; `topic`:
      topics.topic_of(pages), computed if not given).
    - Class totals are evened out: each class total t becomes proportional
      to t ** (1 - balance) (1: equal totals, 0: as in the data); `content`
      segments together get CONTENT_SHARE of the mean class total.
    """
    gold = [label for page in pages for label in page.labels]
    keys = [(label, text.lower()) for page in pages for text, label in zip(page.texts, page.labels)]
    counts = Counter(keys)
    w = np.array([1.0 / np.sqrt(counts[k]) for k in keys])
    if teaser_weight != 1.0:
        w *= np.where(other_genre(pages), teaser_weight, 1.0)
    if head_weight != 1.0:
        w *= np.where(real_heads(pages), head_weight, 1.0)
    if topic_balance:
        w *= topic_weights(pages, topic_balance, base=w, topic=topic)  # groups them itself if not given
    g = np.asarray(gold)
    if source_balance:
        sources = np.repeat([p.source for p in pages], [len(p.labels) for p in pages])
        for label in (NEWS, PRESS_RELEASE):
            for source in np.unique(sources[g == label]):
                rows = (g == label) & (sources == source)
                w[rows] *= w[rows].sum() ** -source_balance
    totals = {label: w[g == label].sum() for label in LABELS}
    missing = [label for label, total in totals.items() if total == 0]
    if missing:
        raise DataError(f"training data has no segments labelled {', '.join(missing)}")
    for label, total in totals.items():
        w[g == label] *= total ** -balance
    mean_total = np.mean([w[g == label].sum() for label in LABELS])
    content = g == CONTENT
    if content.any():
        w[content] *= CONTENT_SHARE * mean_total / w[content].sum()
    return gold, w * (len(w) / w.sum())


def other_genre(pages: Sequence[LabeledPage]) -> np.ndarray:
    """Rows labelled with the genre (news / press release) that is not their page's own:
    a press release's teaser on a news page, a news teaser on a press-release page."""
    out = []
    for page, genre in zip(pages, page_genres(pages)):
        other = NEWS if genre == PRESS_RELEASE else PRESS_RELEASE
        out.extend(label == other for label in page.labels)
    return np.asarray(out, dtype=bool)


def real_heads(pages: Sequence[LabeledPage]) -> np.ndarray:
    """Rows in the first HEAD_LINES lines of the head of a page that was not built from a
    document (dataset.PageMaker marks those `synthetic`)."""
    out = []
    for page in pages:
        rows = np.zeros(len(page.labels), dtype=bool)
        if not built(page):
            rows[head_rows(page.labels, page.texts)[:HEAD_LINES]] = True
        out.append(rows)
    return np.concatenate(out) if out else np.zeros(0, dtype=bool)


def data_summary(pages: Sequence[LabeledPage]) -> dict:
    files: dict[str, dict] = {}
    for page in pages:
        entry = files.setdefault(page.source, {"records": 0, "segments": Counter()})
        entry["records"] += 1
        entry["segments"].update(page.labels)
    return {name: {"records": e["records"], "segments": dict(sorted(e["segments"].items()))}
            for name, e in sorted(files.items())}


def site_of(page: LabeledPage) -> str:
    """The grouping key of splits and of words' site counts: a site within its source."""
    return f"{page.source}::{page.site}"


def source_order(pages: Sequence[LabeledPage], seed: int = 0) -> np.ndarray:
    """Each page's source's place in an order that deals the sources of each kind (mostly
    news, mostly press release, neither) in turn, so that folds of whole sources
    (batch.fold_of) each hold some of every kind."""
    counts: dict[str, Counter] = {}
    for p in pages:
        counts.setdefault(p.source, Counter()).update(p.labels)
    kind = {s: max((NEWS, PRESS_RELEASE), key=c.__getitem__) if c[NEWS] + c[PRESS_RELEASE] else "" for s, c in counts.items()}
    rng = np.random.RandomState(seed)
    order = [s for k in sorted(set(kind.values())) for s in rng.permutation(sorted(s for s in kind if kind[s] == k))]
    place = {s: i for i, s in enumerate(order)}
    return np.array([place[p.source] for p in pages], dtype=np.int64)


def split_by_site(pages: Sequence[LabeledPage], test_fraction: float, seed: int):
    """Hold out a fraction of pages so that no site is on both sides."""
    groups = [site_of(p) for p in pages]
    if len(set(groups)) < 2:
        raise DataError("cannot hold out a test part: the training data has only one site (use --test-fraction 0)")
    splitter = GroupShuffleSplit(n_splits=1, test_size=test_fraction, random_state=seed)
    train_idx, test_idx = next(splitter.split(np.zeros(len(pages)), groups=groups))
    return [pages[i] for i in train_idx], [pages[i] for i in test_idx]


def fit_pages(pages: Sequence[LabeledPage], seed: int = 0, quiet: bool = False, balance: float = 0.5,
              teaser_weight: float = TEASER_WEIGHT, source_balance: float = 0.0, jobs: int = 0,
              head_weight: float = HEAD_WEIGHT, topic_balance: float = 0.0, **params):
    """Fit the pipeline's steps; the classifier sees `content` rows as partial labels.
    `jobs`: threads for the classifier's fits (0: all cores); the model is the same.
    `topic_balance` (sample_weights; both stages' fits): off. At 1.0, leave-one-source-out
    (seed 0) health stories 0.893 -> 0.911 and Congress 0.912 -> 0.928 but ABC Science 0.994
    -> 0.984 and L3S-GN1 0.957 -> 0.948 (mean of 15 unchanged), at seeds 1 and 2 the weak
    sources down as often as up, test macro-F1 0.933 -> 0.931 (RESULTS.md, thirty-ninth round)."""
    rows = make_rows([p.texts for p in pages])
    topic = topic_of(pages, seed=seed) if topic_balance else None
    gold, w = sample_weights(pages, balance, teaser_weight, source_balance, head_weight, topic_balance, topic)
    pipeline = build_pipeline(seed=seed, n_jobs=jobs, **params)
    with warnings.catch_warnings():
        # max_iter is a time budget: a not-quite-converged fit is expected, not news
        warnings.simplefilter("ignore", ConvergenceWarning)
        with stage(f"features of {len(pages)} pages, {len(rows)} segments", quiet):
            segments = pipeline.named_steps["segments"].fit_transform(rows)
            sites = np.unique([site_of(p) for p in pages], return_inverse=True)[1]
            segments.groups = np.repeat(sites, [len(p.texts) for p in pages])
            segments.sources = np.repeat(source_order(pages, seed), [len(p.texts) for p in pages])
            if topic_balance:  # the first stage's genre evened out by subject too
                segments.weights = topic_weights(pages, topic_balance, topic=topic)
            X = pipeline.named_steps["features"].fit_transform(segments, gold)
        classifier = pipeline.named_steps["classifier"]
        with stage(f"fitting the classifier on {X.shape[0]} segments x {X.shape[1]} features", quiet):
            if isinstance(classifier, StackedClassifier):
                classifier.fit(X, gold, sample_weight=w)  # needs the pages whole
            else:
                X, y, w = partial_labels(as_matrix(X), gold, w)
                classifier.fit(X, y, sample_weight=w)
    return pipeline


def peak_memory_mb() -> float:
    # ru_maxrss is in KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def train(
    data: Sequence[str],
    out: str | os.PathLike,
    seed: int = 0,
    test_fraction: float = 0.2,
    heldout: Sequence[str] = (),
    calibrate_on: Sequence[str] = (),
    balance: float = 0.5,
    teaser_weight: float = TEASER_WEIGHT,
    head_weight: float = HEAD_WEIGHT,
    refine: bool = True,
    quiet: bool = False,
    card_extra: dict | None = None,
    jobs: int = 0,
    **params,
) -> dict:
    """Train a model on labelled files and save it to `out`; returns its card.

    Held-out metrics come from `heldout` files if given, else from a
    `test_fraction` of the pages grouped by site. With `calibrate_on`, the
    scores are temperature-scaled on those files first, and (`refine`, stacked
    models) the refiner is fitted on them (refine.py). The saved model is the
    one that was scored. `jobs`: threads for the classifier's fits (0: all cores);
    the model is the same whatever their number.
    """
    if not 0 <= test_fraction < 1:
        raise UsageError("--test-fraction must be at least 0 and below 1")
    start = time.perf_counter()
    with stage("reading training data", quiet):
        pages = read_labeled_many(data)
        test_pages = read_labeled_many(heldout) if heldout else []
    if not heldout and test_fraction > 0:
        pages, test_pages = split_by_site(pages, test_fraction, seed)
    pipeline = fit_pages(pages, seed=seed, quiet=quiet, balance=balance, teaser_weight=teaser_weight, jobs=jobs,
                         head_weight=head_weight, **params)
    calibration = refinement = None
    if calibrate_on:
        from .calibrate import calibrate

        tune_pages = read_labeled_many(calibrate_on)
        with stage("calibrating on " + ", ".join(map(str, calibrate_on)), quiet):
            calibration = calibrate(pipeline, tune_pages)
        if refine and isinstance(pipeline.named_steps["classifier"], StackedClassifier):
            from .refine import refine as fit_refiner

            with stage(f"fitting the refiner on {len(tune_pages)} pages", quiet):
                refinement = fit_refiner(pipeline, tune_pages, head_weight=head_weight)
            if refinement is None and not quiet:
                say("too few lines (or pages) the model is unsure of in the --calibrate-on data to fit the "
                    "refiner: none fitted")
    model = Model(pipeline, card={})
    metrics = None
    if test_pages:
        with stage(f"scoring {len(test_pages)} held-out pages", quiet):
            metrics = score_pages(model, test_pages)
    card = new_card(
        seed=seed,
        training_data={"files": list(map(str, data)), "summary": data_summary(pages)},
        heldout={
            "how": "files " + ", ".join(map(str, heldout)) if heldout
            else f"{test_fraction:.0%} of pages grouped by site (seed {seed})",
            "summary": data_summary(test_pages),
            "metrics": metrics,
        } if test_pages else None,
        parameters={"C": pipeline.named_steps["classifier"].C, "class_balance": balance,
                    "teaser_weight": teaser_weight, "head_weight": head_weight, "refiner": refinement is not None,
                    "features": [name for name, _ in pipeline.named_steps["features"].transformer_list],
                    "stacked": isinstance(pipeline.named_steps["classifier"], StackedClassifier),
                    "runs": bool(getattr(pipeline.named_steps["classifier"], "runs", False)),
                    "run_max": bool(getattr(pipeline.named_steps["classifier"], "run_max", False)),
                    "site_folds": bool(getattr(pipeline.named_steps["classifier"], "site_folds", False)),
                    "warm": bool(getattr(pipeline.named_steps["classifier"], "warm", False)),
                    "max_iter": pipeline.named_steps["classifier"].max_iter,
                    "warm_iter": getattr(pipeline.named_steps["classifier"], "warm_iter", None),
                    "sparse_scaling": any(isinstance(step, SparseScaler)
                                          for step in pipeline.get_params(deep=True).values()),
                    "min_sites": getattr(dict(pipeline.named_steps["features"].transformer_list)["words"],
                                         "min_groups", 0),
                    **{k: v for k, v in params.items()}},
        calibration=calibration,
        refiner=refinement,
        training={"seconds": round(time.perf_counter() - start, 1), "peak_memory_mb": round(peak_memory_mb()),
                  "threads": n_workers(jobs)},
        **(card_extra or {}),
    )
    sha = save_model(pipeline, card, out)
    if not quiet:
        say(f"saved {out}")
    return {**card, "file": {"path": str(out), "sha256": sha}}
