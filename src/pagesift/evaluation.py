"""Scoring a model on labelled pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from .features import make_rows
from .io import LabeledPage, read_labeled_many
from .labels import BOILERPLATE, CONTENT, LABELS


def expected_calibration_error(proba: np.ndarray, y_true: Sequence[str], bins: int = 15) -> float:
    """Top-label ECE: how far the winning score is from the accuracy it promises."""
    if len(y_true) == 0:
        return float("nan")
    confidence = proba.max(axis=1)
    correct = np.asarray([LABELS[k] for k in proba.argmax(axis=1)]) == np.asarray(y_true)
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(ece)


# Fewer sites than this and an interval over sites says more about the draw than the model.
MIN_SITES = 10


def bootstrap_f1(y_true: Sequence[str], y_pred: Sequence[str], groups: Sequence[str],
                 resamples: int = 1000, seed: int = 0) -> dict[str, np.ndarray]:
    """Per-class and macro F1 over `resamples` draws of whole groups (sites) with
    replacement (NaN where a draw has no gold line of the class). The draws depend only
    on the number of groups, `resamples` and `seed`, so two systems scored on the same
    segments get the same draws (paired)."""
    y_true, y_pred = np.asarray(y_true, dtype=object), np.asarray(y_pred, dtype=object)
    known = y_true != CONTENT
    names, group_of = np.unique(np.asarray(groups, dtype=object)[known].astype(str), return_inverse=True)
    k = len(LABELS)
    index = {label: i for i, label in enumerate(LABELS)}
    # a predicted label outside LABELS (a baseline's `content`) is a column of its own: a miss
    cell = np.array([index[t] * (k + 1) + index.get(p, k) for t, p in zip(y_true[known], y_pred[known])],
                    dtype=np.intp)
    per_group = np.zeros((len(names), k * (k + 1)))
    np.add.at(per_group, (group_of, cell), 1)
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(names), np.full(len(names), 1 / len(names)), size=resamples)
    conf = (draws @ per_group).reshape(resamples, k, k + 1)
    tp = np.einsum("rii->ri", conf[:, :, :k])
    support, predicted = conf.sum(axis=2), conf[:, :, :k].sum(axis=1)
    # a class a draw has no gold line of is not measured there (NaN), as score()'s macro
    # leaves out the classes the data lacks
    present = support > 0
    f1 = np.divide(2 * tp, support + predicted, out=np.full(tp.shape, np.nan), where=present)
    macro = np.where(present, f1, 0).sum(axis=1) / np.where(present.any(axis=1), present.sum(axis=1), np.nan)
    return {label: f1[:, i] for i, label in enumerate(LABELS)} | {"macro_f1": macro}


def intervals(y_true, y_pred, groups, level: float = 0.95, resamples: int = 1000, seed: int = 0) -> dict | None:
    """Percentile intervals of per-class and macro F1 over sites resampled with
    replacement; None with fewer than MIN_SITES sites. A site's pages share a template
    and often a writer, so errors come in site-sized clumps: resampling lines would
    make the spread look far smaller than it is."""
    known = np.asarray(y_true, dtype=object) != CONTENT
    sites = len(set(np.asarray(groups, dtype=object)[known].tolist()))
    if sites < MIN_SITES:
        return None
    f1 = bootstrap_f1(y_true, y_pred, groups, resamples, seed)
    tail = (1 - level) / 2 * 100
    bounds = {name: [float(np.nanpercentile(v, tail)), float(np.nanpercentile(v, 100 - tail))]
              if not np.isnan(v).all() else None  # a class the data has no gold line of
              for name, v in f1.items()}
    return {"level": level, "unit": "site", "sites": sites, "resamples": resamples,
            "macro_f1": bounds.pop("macro_f1"), "per_class": bounds}


def score(y_true: Sequence[str], proba: np.ndarray, groups: Sequence[str] | None = None) -> dict:
    """Metrics for gold labels (content segments scored only as not-boilerplate); with
    `groups` (each segment's site), intervals of the F1s over resampled sites."""
    y_true = np.asarray(y_true, dtype=object)
    y_pred = np.asarray([LABELS[k] for k in proba.argmax(axis=1)], dtype=object)
    known = y_true != CONTENT
    report: dict = {"segments": int(known.sum())}
    if known.any():
        p, r, f, s = precision_recall_fscore_support(
            y_true[known], y_pred[known], labels=list(LABELS), zero_division=0
        )
        report["per_class"] = {
            label: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
            for i, label in enumerate(LABELS)
        }
        present = [i for i in range(len(LABELS)) if s[i] > 0]
        report["macro_f1"] = float(np.mean(f[present])) if present else 0.0
        report["accuracy"] = float((y_true[known] == y_pred[known]).mean())
        report["confusion"] = {
            "labels": list(LABELS),
            "matrix": confusion_matrix(y_true[known], y_pred[known], labels=list(LABELS)).tolist(),
        }
        report["ece"] = expected_calibration_error(proba[known], list(y_true[known]))
        if groups is not None:
            spread = intervals(y_true, y_pred, groups)
            if spread is not None:
                report["intervals"] = spread
        # Genre alone, on segments that are news or press release and predicted as either.
        genre = known & (y_true != BOILERPLATE) & (y_pred != BOILERPLATE)
        if genre.any():
            report["news_vs_press_release_accuracy"] = float((y_true[genre] == y_pred[genre]).mean())
    if (~known).any():
        kept = y_pred[~known] != BOILERPLATE
        report["content"] = {
            "segments": int((~known).sum()),
            "kept_as_not_boilerplate": float(kept.mean()),
        }
    return report


def content_page_report(y_true, proba) -> dict:
    """Boilerplate-vs-content F1 on pages labelled content/boilerplate only."""
    y_true = np.asarray(y_true, dtype=object)
    pred_bp = proba.argmax(axis=1) == LABELS.index(BOILERPLATE)
    gold_bp = y_true == BOILERPLATE
    mask = (y_true == CONTENT) | gold_bp
    p, r, f, s = precision_recall_fscore_support(~gold_bp[mask], ~pred_bp[mask], labels=[True], zero_division=0)
    return {"segments": int(mask.sum()), "content_precision": float(p[0]), "content_recall": float(r[0]),
            "content_f1": float(f[0])}


TITLE_WORDS = 15  # a line of this many words or more is a paragraph, not a title


def head_rows(labels: Sequence[str], texts: Sequence[str]) -> list[int]:
    """Rows of a page's head, headline first: its first line that is not boilerplate, when
    that line is a title (under TITLE_WORDS words), and the other lines that are not
    boilerplate above the first one that is a paragraph. [] when the first is a paragraph."""
    content = [i for i, label in enumerate(labels) if label != BOILERPLATE]
    if not content or len(texts[content[0]].split()) >= TITLE_WORDS:
        return []
    end = next((i for i in content if len(texts[i].split()) >= TITLE_WORDS), len(labels))
    return [i for i in content if i < end]


def built(page: LabeledPage) -> bool:
    """Whether the page was built from a document (dataset.PageMaker marks those)."""
    return bool((page.meta or {}).get("synthetic"))


def headline_tally(pages: Sequence[LabeledPage], pred: Sequence[str]) -> dict[tuple[bool, str], dict[str, int]]:
    """Per (real page?, source), over the pages with a headline (head_rows): pages, headlines
    kept (not boilerplate) and labelled as the gold (`content`: kept), head lines and kept."""
    out: dict[tuple[bool, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    at = 0
    for page in pages:
        rows = head_rows(page.labels, page.texts)
        if rows:
            row = out[(not built(page), page.source)]
            gold, got = [page.labels[i] for i in rows], [pred[at + i] for i in rows]
            row["pages"] += 1
            row["kept"] += got[0] != BOILERPLATE
            row["right"] += got[0] == gold[0] or (gold[0] == CONTENT and got[0] != BOILERPLATE)
            row["head lines"] += len(rows)
            row["head kept"] += sum(g != BOILERPLATE for g in got)
        at += len(page.texts)
    return out


def line_sites(pages: Sequence[LabeledPage]) -> list[str]:
    """Each line's site (source and site, as the splits group them): the unit intervals resample."""
    return [f"{p.source}::{p.site}" for p in pages for _ in p.texts]


def score_pages(model, pages: Sequence[LabeledPage], by_source: bool = True) -> dict:
    rows = make_rows([p.texts for p in pages])
    gold = [label for p in pages for label in p.labels]
    sites = line_sites(pages)
    proba = model.predict_proba(rows) if rows else np.zeros((0, len(LABELS)))
    report = score(gold, proba, sites)
    if any(label == CONTENT for label in gold):
        report["content_pages"] = content_page_report(
            [l for p in pages if CONTENT in p.labels for l in p.labels],
            proba[np.concatenate([[CONTENT in p.labels] * len(p.texts) for p in pages])],
        )
    if by_source:
        spans = defaultdict(list)
        at = 0
        for page in pages:
            spans[page.source].extend(range(at, at + len(page.texts)))
            at += len(page.texts)
        if len(spans) > 1:
            report["by_source"] = {
                src: score([gold[i] for i in idx], proba[idx], [sites[i] for i in idx])
                for src, idx in sorted(spans.items())
            }
    return report


def evaluate(data: Sequence[str], model=None) -> dict:
    """Score a model (path, Model or None for the default) on labelled data files."""
    from .model import as_model

    model = as_model(model)
    pages = read_labeled_many(data)
    report = score_pages(model, pages)
    report["model"] = model.path
    report["data"] = list(data)
    report["pages"] = len(pages)
    return report
