"""The release script's leave-one-source-out table and `--loso-only`, on small corpora
written here (the real run is `make model`)."""

import gzip
import json
import random
import subprocess
import sys

import pytest

from conftest import news_story, press_release
from pagesift.model import load_card
from pagesift.release import genre_sources, leave_one_source_out
from pagesift.training import train


def _write(folder, name, records):
    with gzip.open(folder / f"{name}.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records)
    labels = {}
    for r in records:
        for s in r["segments"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    return {"records": len(records), "segments": labels}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpora")
    rng = random.Random(9)
    menu = ["Home", "World", "Business", "Contact", "Privacy policy"]
    news = [{"id": f"n/{i}", "source": "n", "kind": "page", "site": f"paper{i % 12}.example",
             "segments": [{"text": m, "label": "boilerplate"} for m in menu]
             + [{"text": t, "label": "news"} for t in news_story(rng)]} for i in range(40)]
    wire = [{"id": f"w/{i}", "source": "w", "kind": "document", "site": f"issuer{i % 10}",
             "segments": [{"text": t, "label": "press_release"} for t in press_release(rng)]} for i in range(40)]
    # the one source with enough records to be held out (genre_sources: at least 100)
    gov = [{"id": f"g/{i}", "source": "g", "kind": "document", "site": f"office{i % 25}",
            "segments": [{"text": t, "label": "press_release"} for t in press_release(rng)]} for i in range(100)]
    manifest = {"files": {f"{name}.jsonl.gz": _write(folder, name, records)
                          for name, records in (("n", news), ("w", wire), ("g", gov))}}
    (folder / "MANIFEST.json").write_text(json.dumps(manifest))
    return folder


def test_genre_sources_are_those_with_enough_records(corpora):
    assert genre_sources(str(corpora)) == ["g"]


def test_leave_one_source_out_tests_on_the_held_out_source_only(corpora):
    (row,) = leave_one_source_out(str(corpora), ["g"], seed=0, scale=1.0)
    assert row["source"] == "g" and row["label"] == "press_release"
    assert row["segments"] > 100  # the held-out documents' press-release lines, in pages
    assert 0 <= row["accuracy"] <= row["news_vs_press_release_accuracy"] <= 1
    # the fixture's press releases read alike, so a model that never saw "g" still knows them
    assert row["news_vs_press_release_accuracy"] > 0.8


def test_loso_only_adds_the_table_and_keeps_the_model(corpora, tmp_path, train_tsv):
    out = tmp_path / "m.joblib"
    train([str(train_tsv)], out, test_fraction=0, quiet=True)
    before = load_card(out)
    proc = subprocess.run([sys.executable, "-m", "pagesift.release", "--corpora", str(corpora), "--out", str(out),
                           "--loso-only", "--loso-scale", "1.0"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    after = load_card(out)
    assert [r["source"] for r in after["leave_one_source_out"]] == ["g"]
    assert after["leave_one_source_out_scale"] == 1.0
    assert after["created"] == before["created"] and after["parameters"] == before["parameters"]


def test_loso_seeds_benchmark_prints_each_seed_and_the_spread(corpora):
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "loso_seeds.py"
    run = subprocess.run([sys.executable, str(script), "--corpora", str(corpora), "--sources", "g", "--seeds", "0,1",
                          "--scale", "1.0", "--param", "C=0.5"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    rows = [line.split("\t") for line in run.stdout.splitlines() if line.startswith("g\t")]
    per_seed, (summary,) = rows[:2], rows[2:]
    assert [r[1] for r in per_seed] == ["0", "1"] and all(int(r[3]) > 100 for r in per_seed)
    values = [float(r[2]) for r in per_seed]
    assert [float(x) for x in summary[1:]] == pytest.approx([sum(values) / 2, min(values), max(values)], abs=1e-3)
    assert "{'C': 0.5}" in run.stderr

    for args, message in ((["--sources", "nope"], "no corpus file nope"),
                          (["--sources", "g", "--param", "nosuch=1"], "nosuch: not a build_pipeline or fit_pages parameter"),
                          (["--sources", "g", "--param", "C=two"], "must be a Python literal")):
        bad = subprocess.run([sys.executable, str(script), "--corpora", str(corpora), *args],
                             capture_output=True, text=True)
        assert bad.returncode == 2 and message in bad.stderr and "Traceback" not in bad.stderr, bad.stderr


def test_leave_one_source_out_passes_its_parameters_to_the_pipeline(corpora, monkeypatch):
    import pagesift.training as training

    seen = []
    real = training.build_pipeline
    monkeypatch.setattr(training, "build_pipeline", lambda **kw: seen.append(kw) or real(**kw))
    leave_one_source_out(str(corpora), ["g"], seed=0, scale=1.0, C=0.5, max_iter=40)
    assert seen and all(kw["C"] == 0.5 and kw["max_iter"] == 40 for kw in seen)


def test_heldout_only_rescores_the_cards_metrics_and_keeps_the_weights(tmp_path, train_tsv, test_tsv):
    """After the rules after the weights change, `--heldout-only` measures the held-out
    split again with them; the weights and the rest of the card stay."""
    from pagesift.evaluation import score_pages
    from pagesift.io import read_tsv
    from pagesift.model import load_model, save_model

    out = tmp_path / "m.joblib"
    train([str(train_tsv)], out, heldout=[str(test_tsv)], quiet=True)
    model = load_model(out)
    stale = {k: v for k, v in model.card.items() if k != "file"}
    stale["heldout"]["metrics"] = {"macro_f1": -1.0}  # what older rules measured
    save_model(model.pipeline, stale, out)
    processed = tmp_path / "processed"
    processed.mkdir()
    pages = list(read_tsv(str(test_tsv)))
    _write_processed(processed / "test.jsonl.gz", pages)
    proc = subprocess.run([sys.executable, "-m", "pagesift.release", "--out", str(out), "--processed", str(processed),
                           "--corpora", str(tmp_path / "no-corpora"), "--heldout-only"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    after = load_model(out)
    expected = score_pages(model, pages)
    assert after.card["heldout"]["metrics"]["macro_f1"] == pytest.approx(expected["macro_f1"])
    assert after.card["heldout"]["metrics"]["per_class"] == expected["per_class"]
    assert after.card["heldout"]["rescored"] and after.card["created"] == model.card["created"]
    rows = [p.texts for p in pages]
    from pagesift.features import make_rows

    assert (after.predict_proba(make_rows(rows)) == model.predict_proba(make_rows(rows))).all()

    bare = tmp_path / "bare.joblib"
    train([str(train_tsv)], bare, test_fraction=0, quiet=True)
    proc = subprocess.run([sys.executable, "-m", "pagesift.release", "--out", str(bare), "--processed", str(processed),
                           "--heldout-only"], capture_output=True, text=True, timeout=600)
    assert proc.returncode != 0 and "no held-out metrics" in proc.stderr and "Traceback" not in proc.stderr


def test_heldout_only_describes_the_rules_as_the_code_now_does(tmp_path, test_tsv):
    """The shipped model's card, rescored: its refiner's description is the running code's
    (a rule added after the weights is named), the weights stay."""
    import shutil

    from pagesift.io import read_tsv
    from pagesift.model import default_model_path, load_model, save_model
    from pagesift.refine import method_text
    from pagesift.release import rescore_heldout

    out = tmp_path / "default.joblib"
    shutil.copy(default_model_path(), out)
    model = load_model(out)
    stale = {k: v for k, v in model.card.items() if k != "file"}
    stale["refiner"]["method"] = "older rules"  # as older code described them
    save_model(model.pipeline, stale, out)
    pages = list(read_tsv(str(test_tsv)))
    _write_processed(tmp_path / "test.jsonl.gz", pages)
    rescore_heldout(str(out), str(tmp_path / "test.jsonl.gz"), str(tmp_path / "no-corpora"))
    after = load_model(out)
    assert after.card["refiner"]["method"] == method_text(after.pipeline.steps[-1][1].refiner_)
    assert "breadcrumb trail" in after.card["refiner"]["method"]
    from pagesift.features import make_rows

    rows = make_rows([p.texts for p in pages])
    assert (after.predict_proba(rows) == model.predict_proba(rows)).all()


def _write_processed(path, pages) -> None:
    """`pages` as a processed split's file, one site each."""
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for k, p in enumerate(pages):
            handle.write(json.dumps({"id": p.id, "site": f"s{k}", "kind": "page", "source": p.source,
                                     "segments": [{"text": t, "label": l} for t, l in zip(p.texts, p.labels)]}) + "\n")


def test_kept_held_out_models_are_scored_again_not_trained_again(corpora, tmp_path, monkeypatch):
    """`--loso-models` keeps each held-out model; with `--loso-reuse` a kept model is scored
    again (the same numbers, no training), and one kept with other settings is trained again."""
    import pagesift.release as release

    first = leave_one_source_out(str(corpora), ["g"], seed=0, scale=1.0, models=str(tmp_path))
    assert (tmp_path / "g.joblib").exists()
    trained = []
    real = release._held_out_model
    monkeypatch.setattr(release, "_held_out_model", lambda *a, **kw: trained.append(kw) or real(*a, **kw))
    again = leave_one_source_out(str(corpora), ["g"], seed=0, scale=1.0, models=str(tmp_path), reuse=True)
    assert trained == [] and [{**r, "reused": False} for r in again] == first and again[0]["reused"]
    other = leave_one_source_out(str(corpora), ["g"], seed=0, scale=1.0, models=str(tmp_path), reuse=True, C=0.5)
    assert trained == [{"C": 0.5}] and other[0]["source"] == "g"


def test_loso_reuse_without_a_folder_is_refused(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pagesift.release", "--out", str(tmp_path / "m.joblib"),
                           "--loso-only", "--loso-reuse"], capture_output=True, text=True)
    assert proc.returncode == 2 and "--loso-reuse needs --loso-models" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_card_says_when_kept_held_out_models_were_scored_again():
    from pagesift.card import render_markdown

    row = {"source": "g", "label": "press_release", "segments": 10, "accuracy": 0.9,
           "news_vs_press_release_accuracy": 0.95, "without_refiner": {"news_vs_press_release_accuracy": 0.9}}
    fresh = {"leave_one_source_out": [{**row, "trained": "2026-12-07", "reused": False}],
             "leave_one_source_out_scored": "2026-12-07"}
    assert "scored again" not in render_markdown(fresh)
    kept = {"leave_one_source_out": [{**row, "trained": "2026-12-01", "reused": True},
                                     {**row, "trained": "2026-12-02", "reused": True},
                                     {**row, "trained": "2026-12-07", "reused": False}],
            "leave_one_source_out_scored": "2026-12-07"}
    assert ("2 of the 3 held-out models were kept from a run on 2026-12-01 to 2026-12-02 and scored again on "
            "2026-12-07" in render_markdown(kept))


def test_an_unreadable_kept_model_is_trained_again(corpora, tmp_path, capsys):
    (tmp_path / "g.joblib").write_bytes(b"not a pickle")
    (row,) = leave_one_source_out(str(corpora), ["g"], seed=0, scale=1.0, models=str(tmp_path), reuse=True)
    assert row["reused"] is False and row["segments"] > 100
    assert "not a kept model" in capsys.readouterr().err
    (again,) = leave_one_source_out(str(corpora), ["g"], seed=0, scale=1.0, models=str(tmp_path), reuse=True)
    assert again["reused"] is True and again["accuracy"] == row["accuracy"]
