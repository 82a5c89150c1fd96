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
