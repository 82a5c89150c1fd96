"""Accuracy of the default model next to baselines, on the site-grouped test split.

    python benchmarks/accuracy.py [--test data/processed/test.jsonl.gz] [--train data/processed/train.jsonl.gz]
        [--model FILE] [--against FILE]

Baselines: keep everything; C4's line rules; jusText's rules; a word-TF-IDF logistic
regression with no context features (trained here on the train split). Rules only decide
boilerplate vs not, so they are compared on that; the TF-IDF baseline on all classes.

How sure those numbers are: the test split is a sample of sites, so F1s come with 95%
intervals over resampled sites (whole sites drawn with replacement), and each comparison
with the interval of the paired difference (both systems scored on the same draws).
`--against FILE` adds another model (a candidate) to that comparison: a change is real on
this split when its paired interval leaves out zero.

Then the default model on the same pages with every year in their text moved, as pages
of other years would read: by a few years (into years the training data also has, with
another mix of sources) and by 60 (years no training page has).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import warnings

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.pipeline import Pipeline

from pagesift.baselines import c4_keep, justext_keep
from pagesift.errors import PagesiftError
from pagesift.evaluation import bootstrap_f1, line_sites
from pagesift.features import SegmentText, make_rows
from pagesift.io import read_labeled_many
from pagesift.labels import BOILERPLATE, CONTENT, LABELS
from pagesift.model import load_model
from pagesift.training import other_genre, sample_weights


def binary(gold, keep):
    """Boilerplate-decision scores: F1 of 'kept' (content) and of boilerplate."""
    gold_keep = np.asarray([g != BOILERPLATE for g in gold])
    keep = np.asarray(keep)
    p, r, f, _ = precision_recall_fscore_support(gold_keep, keep, labels=[True, False], zero_division=0)
    return {"keep_f1": f[0], "boilerplate_f1": f[1], "keep_p": p[0], "keep_r": r[0]}


def span(values: np.ndarray) -> str:
    """The 95% percentile interval of resampled values (".." so negative differences read clearly)."""
    return f"{np.nanpercentile(values, 2.5):.3f}..{np.nanpercentile(values, 97.5):.3f}"


def per_class(gold, pred):
    mask = np.asarray([g != CONTENT for g in gold])
    g, p = np.asarray(gold)[mask], np.asarray(pred)[mask]
    _, _, f, _ = precision_recall_fscore_support(g, p, labels=list(LABELS), zero_division=0)
    return dict(zip(LABELS, f)) | {"macro_f1": float(np.mean(f))}


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def move_years(texts: list[str], by: int) -> list[str]:
    return [YEAR.sub(lambda m: str(int(m.group()) + by), t) for t in texts]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", default="data/processed/test.jsonl.gz")
    ap.add_argument("--train", default="data/processed/train.jsonl.gz")
    ap.add_argument("--model", default=None, help="model file (default: the shipped model)")
    ap.add_argument("--against", default=None, help="another model file to compare with, paired by site draws")
    ap.add_argument("--baseline-pages", type=int, default=4000, help="train pages for the TF-IDF baseline")
    ap.add_argument("--resamples", type=int, default=1000, help="site resamples for the intervals")
    args = ap.parse_args()
    if args.resamples < 1:
        ap.error("--resamples must be at least 1")

    test = read_labeled_many([args.test])
    rows = make_rows([p.texts for p in test])
    gold = [l for p in test for l in p.labels]
    sites = line_sites(test)
    print(f"test split: {args.test}: {len(test)} pages, {len(rows)} segments")

    against = load_model(args.against) if args.against else None  # a bad file fails before any work
    t = time.perf_counter()
    model = load_model(args.model)
    pred = [LABELS[k] for k in model.predict_proba(rows).argmax(1)]
    print(f"default model scored in {time.perf_counter() - t:.1f}s")
    # the same model with its refiner taken off (refine.py): what the trees add
    last = model._scoring().steps[-1][1]
    refiner = getattr(last, "refiner_", None)
    linear_pred = None
    if refiner is not None:
        last.refiner_ = None
        linear_pred = [LABELS[k] for k in model.predict_proba(rows).argmax(1)]
        last.refiner_ = refiner

    against_pred, against_name = None, f"  {os.path.basename(args.against or '')}"[:30]
    if against is not None:
        against_pred = [LABELS[k] for k in against.predict_proba(rows).argmax(1)]

    train = read_labeled_many([args.train])
    train = random.Random(0).sample(train, min(args.baseline_pages, len(train)))
    y, w = sample_weights(train)
    tfidf = Pipeline([("text", SegmentText()),
                      ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=60000, sublinear_tf=True)),
                      ("lr", LogisticRegression(C=2.0, max_iter=150))])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # max_iter is a time budget here too
        tfidf.fit(make_rows([p.texts for p in train]), y, lr__sample_weight=w)
    tfidf_pred = list(tfidf.predict(rows))

    systems = {
        "keep everything": [True] * len(rows),
        "C4 line rules": [c4_keep(r[1]) for r in rows],
        "jusText rules": [k for p in test for k in justext_keep(p.texts)],
        "word TF-IDF LR, no context": [p != BOILERPLATE for p in tfidf_pred],
        "pagesift default": [p != BOILERPLATE for p in pred],
    }
    print("\nboilerplate decision (all test segments; content counts as keep)")
    print(f"{'system':<30}{'keep P':>8}{'keep R':>8}{'keep F1':>9}{'boilerplate F1':>16}")
    scores = {}
    for name, keep in systems.items():
        s = scores[name] = binary(gold, keep)
        print(f"{name:<30}{s['keep_p']:>8.3f}{s['keep_r']:>8.3f}{s['keep_f1']:>9.3f}{s['boilerplate_f1']:>16.3f}")

    print("\nthree classes (segments with a news/press_release/boilerplate label)")
    print(f"{'system':<30}" + "".join(f"{l:>15}" for l in LABELS) + f"{'macro-F1':>10}")
    full = {"word TF-IDF LR, no context": per_class(gold, tfidf_pred), "pagesift default": per_class(gold, pred)}
    if linear_pred is not None:
        full["  the same, refiner off"] = per_class(gold, linear_pred)
    if against_pred is not None:
        full[against_name] = per_class(gold, against_pred)
    for name, s in full.items():
        print(f"{name:<30}" + "".join(f"{s[l]:>15.3f}" for l in LABELS) + f"{s['macro_f1']:>10.3f}")

    ours = scores["pagesift default"]
    beaten = all(ours["keep_f1"] > s["keep_f1"] and ours["boilerplate_f1"] > s["boilerplate_f1"]
                 for n, s in scores.items() if n != "pagesift default")
    beaten &= all(full["pagesift default"][l] > full["word TF-IDF LR, no context"][l] for l in LABELS)
    print(f"\ndefault model beats every baseline on every comparable class: {'yes' if beaten else 'NO'}")

    # The same site draws for every system (paired), so differences are judged draw by draw.
    print(f"\nhow sure: 95% intervals over {args.resamples} resamples of the test split's sites "
          f"({len({s for s, g in zip(sites, gold) if g != CONTENT})} with labelled lines; whole sites with replacement)")
    print(f"{'system':<36}" + "".join(f"{l:>15}" for l in LABELS) + f"{'macro-F1':>15}")
    print("(rows 'minus ...': the default's F1 minus that system's, draw by draw)")
    draws = {name: bootstrap_f1(gold, labels, sites, args.resamples)
             for name, labels in (("word TF-IDF LR, no context", tfidf_pred), ("pagesift default", pred),
                                  ("  the same, refiner off", linear_pred), (against_name, against_pred))
             if labels is not None}
    columns = list(LABELS) + ["macro_f1"]
    for name, f1 in draws.items():
        print(f"{name:<36}" + "".join(f"{span(f1[c]):>15}" for c in columns))
    default = draws["pagesift default"]
    for name, f1 in draws.items():
        if name != "pagesift default":
            print(f"{'  minus ' + name.strip().removeprefix('the same, '):<36}"
                  + "".join(f"{span(default[c] - f1[c]):>15}" for c in columns))
    wins = np.all([default[l] > draws["word TF-IDF LR, no context"][l] for l in LABELS], axis=0).mean()
    print(f"draws in which the default beats the TF-IDF baseline on all three classes: {wins:.1%}")

    other = other_genre(test)  # the reference page's pattern
    print(f"\nlines of the other genre than their page's ({other.sum()}: a press release's teaser on a news"
          " page, a news teaser on a press-release page), labelled as")
    print(f"{'system':<30}" + "".join(f"{l:>15}" for l in ("their genre", "page's genre", "boilerplate")))
    for name, labels in (("word TF-IDF LR, no context", tfidf_pred), ("pagesift default", pred),
                         ("  the same, refiner off", linear_pred)):
        if labels is None:
            continue
        g, p_ = np.asarray(gold)[other], np.asarray(labels)[other]
        shares = [np.mean(p_ == g), np.mean((p_ != g) & (p_ != BOILERPLATE)), np.mean(p_ == BOILERPLATE)]
        print(f"{name:<30}" + "".join(f"{x:>15.3f}" for x in shares))

    print("\npagesift default, the test pages with every year (1900-2099) in their text moved")
    print(f"{'years':<30}" + "".join(f"{l:>15}" for l in LABELS) + f"{'macro-F1':>10}")
    for by in (0, 5, -12, 60, -60):
        moved = make_rows([move_years(p.texts, by) for p in test])
        s = per_class(gold, [LABELS[k] for k in model.predict_proba(moved).argmax(1)])
        name = "as written" if by == 0 else f"{by:+d}"
        print(f"{name:<30}" + "".join(f"{s[l]:>15.3f}" for l in LABELS) + f"{s['macro_f1']:>10.3f}")


if __name__ == "__main__":
    try:
        main()
    except PagesiftError as exc:  # a missing or bad file: one line, no traceback
        sys.exit(f"error: {exc}")
