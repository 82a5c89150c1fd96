"""Build the shipped default model: train, score, leave-one-source-out, seed page, card.

    python -m pagesift.release --corpora ../shared/corpora --processed data/processed \\
        --out src/pagesift/models/default.joblib      (what `make model` runs)
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence

import numpy as np

from .dataset import build, load_corpora, make_pages
from .evaluation import score_pages
from .labels import LABELS, NEWS, PRESS_RELEASE
from .model import FORMAT_VERSION, Model, load_model, save_model
from .labelling import predict
from .progress import say, stage
from .training import fit_pages, train

SEED_PAGE = "seed/page.txt"
SEED_LABELS = "seed/page.labels.tsv"


def genre_sources(corpora: str) -> list[str]:
    """Sources whose records are news or press-release documents or pages."""
    import json

    manifest = json.load(open(os.path.join(corpora, "MANIFEST.json")))
    out = []
    for name, entry in sorted(manifest["files"].items()):
        labels = set(entry["segments"])
        if labels & {NEWS, PRESS_RELEASE} and entry["records"] >= 100:
            out.append(name[: -len(".jsonl.gz")])
    return out


def leave_one_source_out(corpora: str, sources: Sequence[str], seed: int, scale: float,
                         models: str | None = None, reuse: bool = False, **params) -> list[dict]:
    """For each source: train on every other source's train and test splits, calibrate and
    fit the refiner on their validation split, as the default model is; test on that
    source's records (all splits). The accuracies are given with and without the refiner.
    `params` go to `build_pipeline` (benchmarks/loso_seeds.py compares settings).

    With `models`, each held-out model is kept there with its test pages; with `reuse` too,
    a kept model trained with the same seed, scale and parameters is scored again instead of
    trained again, so that rules changed after the weights (frozen.py) are measured in
    minutes, as `--heldout-only` does for the default model."""
    rows = []
    key = {"seed": seed, "scale": scale, "params": params, "format_version": FORMAT_VERSION}
    for source in sources:
        path = os.path.join(models, f"{source}.joblib") if models else None
        kept = _kept_model(path, key) if reuse and path else None
        reused = kept is not None
        with stage(f"leave-one-source-out: {source}" + (" (kept model, scored again)" if reused else "")):
            if kept is None:
                kept = _held_out_model(corpora, source, seed, scale, **params)
                if path:
                    _keep_model(path, {**kept, "key": key})
            report = score_pages(Model(kept["pipeline"], card={}), kept["test_pages"], by_source=False)
        genre, linear = kept["genre"], kept["linear"]
        rows.append({"source": source, "label": genre, **_genre_accuracy(report, genre),
                     "macro_f1_all_classes": report["macro_f1"], "refiner": kept["refined"],
                     "trained": kept["trained"], "reused": reused,
                     "without_refiner": {**_genre_accuracy(linear, genre),
                                         "macro_f1_all_classes": linear["macro_f1"]}})
        say(f"{source}: {rows[-1]}")
    return rows


def _held_out_model(corpora: str, source: str, seed: int, scale: float, **params) -> dict:
    from .calibrate import calibrate
    from .refine import refine

    by_split = load_corpora(corpora, scale, seed)
    held = [p for split in by_split.values() for p in split if p.source == source]
    fit_records = [p for name in ("train", "test") for p in by_split[name] if p.source != source]
    tune_records = [p for p in by_split["validation"] if p.source != source]
    train_pages = make_pages(fit_records, seed, "train")
    tune_pages = make_pages(tune_records, seed, "validation")
    # the held-out documents get page chrome from other sources' pages, never their own
    chrome = [p for p in fit_records + tune_records if p.kind == "page"]
    test_pages = [p for p in make_pages(held + chrome, seed, "test") if p.source == source]
    pipeline = fit_pages(train_pages, seed=seed, quiet=True, **params)
    if tune_pages:
        calibrate(pipeline, tune_pages)
    linear = score_pages(Model(pipeline, card={}), test_pages, by_source=False)
    refined = bool(tune_pages) and refine(pipeline, tune_pages) is not None
    return {"pipeline": pipeline, "test_pages": test_pages, "linear": linear, "refined": refined,
            "genre": max((NEWS, PRESS_RELEASE), key=lambda l: sum(l in p.labels for p in held)),
            "trained": time.strftime("%Y-%m-%d")}


def _kept_model(path: str, key: dict) -> dict | None:
    """The held-out model kept at `path`, or None when there is none, it cannot be read or
    it was trained with other settings or model format (then it is trained again). Kept
    models are pickles this script wrote: keep the folder as private as the corpora."""
    import joblib

    if not os.path.exists(path):
        return None
    try:
        kept = joblib.load(path)
    except Exception as error:  # a truncated or foreign file: train the model again
        say(f"{path}: not a kept model ({type(error).__name__}); training it again")
        return None
    return kept if isinstance(kept, dict) and kept.get("key") == key else None


def _keep_model(path: str, kept: dict) -> None:
    import joblib

    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.tmp{os.getpid()}"
    joblib.dump(kept, tmp, compress=3)
    os.replace(tmp, path)


def _genre_accuracy(report: dict, genre: str) -> dict:
    k = LABELS.index(genre)
    matrix = np.array(report["confusion"]["matrix"])
    return {"segments": int(matrix[k].sum()), "accuracy": float(matrix[k, k] / max(matrix[k].sum(), 1)),
            "news_vs_press_release_accuracy": float(
                matrix[k, k] / max(matrix[k, LABELS.index(NEWS)] + matrix[k, LABELS.index(PRESS_RELEASE)], 1))}


def seed_page_result(shared: str, model_path: str) -> str | None:
    page = os.path.join(shared, SEED_PAGE)
    if not os.path.exists(page):
        return None
    gold = [line.split("\t", 1)[0] for line in open(os.path.join(shared, SEED_LABELS), encoding="utf-8") if line.strip()]
    (result,) = list(predict([page], model=model_path))
    right = sum(g == p for g, p in zip(gold, result.labels))
    return f"{right}/{len(gold)} segments labelled as in page.labels.tsv"


def rescore_heldout(path: str, test: str, corpora: str) -> dict:
    """The model at `path` with its card's held-out metrics and reference-page result
    measured again, and its refiner's description written again, by the code that runs now:
    the weights stay, the rules after them may have changed (the card says when)."""
    from .io import read_labeled_many
    from .refine import method_text

    model = load_model(path)
    card = {k: v for k, v in model.card.items() if k != "file"}
    if not card.get("heldout"):
        raise SystemExit(f"{path}: its card has no held-out metrics to rescore")
    with stage(f"scoring {test}"):
        card["heldout"]["metrics"] = score_pages(model, read_labeled_many([test]))
    card["heldout"]["rescored"] = time.strftime("%Y-%m-%d")
    refiner = getattr(model.pipeline.steps[-1][1], "refiner_", None)
    if card.get("refiner") and refiner is not None:
        # the rules that scored it, as the code that runs now describes them
        card["refiner"]["method"] = method_text(refiner)
    card["seed_page"] = seed_page_result(os.path.dirname(os.path.abspath(corpora)), path)
    save_model(model.pipeline, card, path)
    say(f"wrote {path}: held-out macro-F1 {card['heldout']['metrics']['macro_f1']:.4f}")
    return card


def main() -> None:
    ap = argparse.ArgumentParser(description="Build the default pagesift model.")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--processed", default="data/processed")
    ap.add_argument("--out", default="src/pagesift/models/default.joblib")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--loso-scale", type=float, default=0.1, help="data scale for each leave-one-source-out model")
    ap.add_argument("--skip-loso", action="store_true")
    ap.add_argument("--loso-models", default=None,
                    help="folder to keep each leave-one-source-out model and its test pages in (e.g. data/interim/loso)")
    ap.add_argument("--loso-reuse", action="store_true",
                    help="score the models kept in --loso-models again with this code's rules instead of training "
                         "them again (a source with no kept model, or one trained with other settings, is trained)")
    ap.add_argument("--loso-only", action="store_true",
                    help="keep the model at --out as it is and add the leave-one-source-out table to its card")
    ap.add_argument("--heldout-only", action="store_true",
                    help="keep the model at --out as it is and rescore its card's held-out metrics (the test split) "
                         "and the reference page with the rules of this code")
    args = ap.parse_args()
    if args.loso_reuse and not args.loso_models:
        ap.error("--loso-reuse needs --loso-models (the folder the models were kept in)")
    if args.heldout_only:
        rescore_heldout(args.out, os.path.join(args.processed, "test.jsonl.gz"), args.corpora)
        return
    if args.loso_only:
        model = load_model(args.out)
        card = {k: v for k, v in model.card.items() if k != "file"}
        card["leave_one_source_out"] = leave_one_source_out(
            args.corpora, genre_sources(args.corpora), args.seed, args.loso_scale,
            models=args.loso_models, reuse=args.loso_reuse)
        card["leave_one_source_out_scale"] = args.loso_scale
        card["leave_one_source_out_scored"] = time.strftime("%Y-%m-%d")
        save_model(model.pipeline, card, args.out)
        say(f"wrote {args.out}")
        return

    start = time.perf_counter()
    summary_path = os.path.join(args.processed, "summary.json")
    if not os.path.exists(summary_path):
        build(args.corpora, args.processed, seed=args.seed)
    import json

    data_build = json.load(open(summary_path))
    card = train([os.path.join(args.processed, "train.jsonl.gz")], args.out, seed=args.seed,
                 heldout=[os.path.join(args.processed, "test.jsonl.gz")],
                 calibrate_on=[os.path.join(args.processed, "validation.jsonl.gz")],
                 card_extra={"data_build": {k: data_build[k] for k in ("seed", "scale", "splits")}})
    say(f"default model trained in {time.perf_counter() - start:.0f}s")
    card.pop("file", None)
    card["seed_page"] = seed_page_result(os.path.dirname(os.path.abspath(args.corpora)), args.out)
    model = load_model(args.out)
    save_model(model.pipeline, card, args.out)
    say(f"wrote {args.out} (seed page: {card['seed_page']})")
    if not args.skip_loso:
        card["leave_one_source_out"] = leave_one_source_out(
            args.corpora, genre_sources(args.corpora), args.seed, args.loso_scale, models=args.loso_models)
        card["leave_one_source_out_scale"] = args.loso_scale
        card["leave_one_source_out_scored"] = time.strftime("%Y-%m-%d")
    model = load_model(args.out)
    save_model(model.pipeline, card, args.out)
    say(f"wrote {args.out}")


if __name__ == "__main__":
    main()
