"""Scores and their intervals over resampled sites."""

import json
import random
import re

import numpy as np
import pytest
from sklearn.metrics import f1_score

from conftest import labelled_pages, write_sites_jsonl
from pagesift.evaluation import MIN_SITES, bootstrap_f1, intervals, score
from pagesift.labels import LABELS

from test_cli import run


def sites_data(n_sites: int, seed: int = 0):
    """Gold and predicted labels for n_sites sites whose error rates differ, plus content
    lines and a predicted label outside LABELS (as a baseline's `content`)."""
    rng = random.Random(seed)
    gold, pred, groups = [], [], []
    for s in range(n_sites):
        wrong = rng.random() * 0.5
        for _ in range(rng.randint(5, 40)):
            g = rng.choice([*LABELS, "content"])
            p = rng.choice([*LABELS, "content"]) if rng.random() < wrong else (g if g != "content" else "news")
            gold.append(g)
            pred.append(p)
            groups.append(f"site{s}")
    return gold, pred, groups


def test_each_draw_is_the_f1_of_the_sites_it_drew():
    gold, pred, groups = sites_data(15)
    f1 = bootstrap_f1(gold, pred, groups, resamples=20, seed=3)
    # the same draws, rebuilt: site s repeated counts[s] times (sites in sorted order)
    names = sorted(set(groups))
    draws = np.random.default_rng(3).multinomial(len(names), np.full(len(names), 1 / len(names)), size=20)
    for r in range(20):
        g, p = [], []
        for site, times in zip(names, draws[r]):
            rows = [i for i, x in enumerate(groups) if x == site and gold[i] != "content"]
            g += [gold[i] for i in rows] * times
            p += [pred[i] for i in rows] * times
        expected = f1_score(g, p, labels=list(LABELS), average=None, zero_division=0)
        for k, label in enumerate(LABELS):
            assert f1[label][r] == pytest.approx(expected[k])
        present = [k for k, label in enumerate(LABELS) if label in g]
        assert f1["macro_f1"][r] == pytest.approx(np.mean(expected[present]))


def test_draws_are_paired_and_a_better_system_wins_every_draw():
    gold, pred, groups = sites_data(30)
    better = [g if g != "content" else "news" for g in gold]  # right everywhere
    a = bootstrap_f1(gold, pred, groups, resamples=200, seed=0)
    b = bootstrap_f1(gold, better, groups, resamples=200, seed=0)
    assert np.all(b["macro_f1"] == 1.0)
    assert np.all(b["macro_f1"] - a["macro_f1"] > 0)
    again = bootstrap_f1(gold, pred, groups, resamples=200, seed=0)
    assert all(np.array_equal(a[k], again[k]) for k in a)


def test_intervals_need_enough_sites_and_widen_with_uneven_sites():
    gold, pred, groups = sites_data(MIN_SITES - 1)
    assert intervals(gold, pred, groups) is None
    gold, pred, groups = sites_data(40)
    spread = intervals(gold, pred, groups)
    assert spread["sites"] == 40 and spread["unit"] == "site"
    lo, hi = spread["macro_f1"]
    assert 0 <= lo < hi <= 1
    for label in LABELS:
        assert spread["per_class"][label][0] <= spread["per_class"][label][1]
    # score() reads predictions from scores, so they are LABELS only
    pred = [p if p in LABELS else "news" for p in pred]
    point = score(gold, np.eye(len(LABELS))[[LABELS.index(p) for p in pred]], groups)
    assert point["intervals"] == intervals(gold, pred, groups)
    # every site the same: every draw is the same page mix, so the interval is a point
    same = intervals(gold[:10] * 12, pred[:10] * 12, [f"s{i // 10}" for i in range(120)])
    assert same["macro_f1"][0] == pytest.approx(same["macro_f1"][1])


def test_evaluate_reports_intervals_over_sites(tiny_model, tmp_path):
    data = write_sites_jsonl(tmp_path / "pages.jsonl", labelled_pages(24, seed=5), 12)
    code, text, err = run("evaluate", data, "--model", tiny_model)
    assert code == 0, err
    assert "95% over sites" in text and "resamples of the 12 sites" in text
    # two files: a row each, an interval only for the one of enough sites
    few = write_sites_jsonl(tmp_path / "few.jsonl", labelled_pages(6, seed=9), 3, prefix="other")
    code, text, err = run("evaluate", data, few, "--model", tiny_model)
    assert code == 0, err
    rows = {line.split()[0]: line.split() for line in text.splitlines()[-2:]}
    assert set(rows) == {"pages.jsonl", "few.jsonl"}
    assert rows["few.jsonl"][3] == "-" and re.fullmatch(r"\d\.\d{3}-\d\.\d{3}", rows["pages.jsonl"][3])
    code, out_json, err = run("evaluate", data, "--model", tiny_model, "--json")
    report = json.loads(out_json)
    lo, hi = report["intervals"]["macro_f1"]
    assert lo <= hi and report["intervals"]["sites"] == 12


def test_card_shows_the_heldout_intervals():
    from pagesift.card import render_card, render_markdown

    gold, pred, groups = sites_data(20)
    pred = [p if p in LABELS else "news" for p in pred]
    metrics = score(gold, np.eye(len(LABELS))[[LABELS.index(p) for p in pred]], groups)
    card = {"heldout": {"how": "test", "summary": {}, "metrics": metrics}}
    lo, hi = metrics["intervals"]["macro_f1"]
    expected = f"resamples of the 20 held-out sites: macro-F1 {lo:.3f}-{hi:.3f}"
    assert expected in render_card(card)
    assert expected in render_markdown(card)


def test_a_class_a_draw_lacks_is_not_scored_zero():
    # news on one site of 12: draws without that site say nothing about news
    gold, pred, groups = [], [], []
    for s in range(12):
        labels = ["news", "boilerplate"] if s == 0 else ["press_release", "boilerplate"]
        for label in labels * 5:
            gold.append(label)
            pred.append(label)
            groups.append(f"site{s}")
    f1 = bootstrap_f1(gold, pred, groups, resamples=300)
    missing = np.isnan(f1["news"])
    assert 0 < missing.sum() < 300  # some draws lack site0
    assert np.all(f1["news"][~missing] == 1.0) and np.all(f1["macro_f1"] == 1.0)
    spread = intervals(gold, pred, groups)
    assert spread["per_class"]["news"] == [1.0, 1.0] and spread["macro_f1"] == [1.0, 1.0]
    # a class the data has no gold line of has no interval
    only = [g if g != "news" else "press_release" for g in gold]
    assert intervals(only, only, groups)["per_class"]["news"] is None


def test_accuracy_benchmark_pairs_a_model_with_itself_to_zero(tiny_model, train_tsv, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py"
    test = write_sites_jsonl(tmp_path / "test.jsonl", labelled_pages(24, seed=11), 12)
    args = [sys.executable, str(script), "--test", str(test), "--train", str(train_tsv), "--model", str(tiny_model),
            "--baseline-pages", "40", "--resamples", "200"]
    proc = subprocess.run([*args, "--against", str(tiny_model)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert any("200 resamples of the test split's sites (12 with labelled lines" in l for l in lines)
    (same,) = [l for l in lines if l.strip().startswith(f"minus {tiny_model.name}")]
    assert same.split()[2:] == ["0.000..0.000"] * 4  # news, press_release, boilerplate, macro
    assert any(l.startswith("draws in which the default beats the TF-IDF baseline") for l in lines)
    bad = subprocess.run([*args, "--against", str(tmp_path / "missing.joblib")], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.strip() == f"error: {tmp_path / 'missing.joblib'}: no such model file"


def _benchmark_module(name: str):
    """A script of benchmarks/ imported as a module (the folder is no package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_pages_head_is_found_and_what_is_kept_of_it_counted():
    from pagesift.evaluation import head_rows, headline_tally
    from pagesift.io import LabeledPage

    story = "The harbour council approved the new ferry terminal on Tuesday, ending a long dispute over its costs."
    texts = ["Home", "News", "Council approves ferry terminal", "By Ana Ruiz", "Share", "May 2, 2024", story,
             story.replace("Tuesday", "Monday"), "Footer"]
    labels = ["boilerplate", "boilerplate", "news", "news", "boilerplate", "news", "news", "news", "boilerplate"]
    assert head_rows(labels, texts) == [2, 3, 5]  # headline, byline, date: not the share bar
    # a page whose first content line is a paragraph has no headline
    assert head_rows(["boilerplate", "news"], ["Home", story]) == []
    assert head_rows(["boilerplate"], ["Home"]) == []
    real = LabeledPage(source="l3s", id="a", site="a.example", kind="page", texts=texts, labels=labels, meta={})
    built = LabeledPage(source="wire", id="b", site="b.example", kind="page", texts=texts, labels=labels,
                        meta={"synthetic": True})
    kept_title = ["boilerplate"] * 2 + ["news", "boilerplate", "boilerplate", "press_release"] + ["news"] * 2 + ["boilerplate"]
    lost_title = ["boilerplate"] * 3 + ["news"] * 5 + ["boilerplate"]
    counts = headline_tally([real, built], kept_title + lost_title)
    assert dict(counts[(True, "l3s")]) == {"pages": 1, "kept": 1, "right": 1, "head lines": 3, "head kept": 2}
    assert dict(counts[(False, "wire")]) == {"pages": 1, "kept": 0, "right": 0, "head lines": 3, "head kept": 2}


def test_headlines_benchmark_prints_its_counts_and_fails_in_one_line(tiny_model, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "headlines.py"
    pages = [[("Home", "boilerplate"), ("Harbour council approves terminal", "news")] + segs
             for segs in labelled_pages(6, seed=3)]
    test = write_sites_jsonl(tmp_path / "test.jsonl", pages, 3)
    args = [sys.executable, str(script), "--test", str(test), "--model", str(tiny_model)]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1] == "real pages" and lines[-1].startswith("  all") and "of    6 pages" in lines[-1]
    bench = _benchmark_module("headlines")
    from pagesift.evaluation import headline_tally
    from pagesift.io import read_labeled_many

    read = list(read_labeled_many([str(test)]))
    counts = headline_tally(read, bench.labels_of(str(tiny_model), read))
    total = sum(c["kept"] for c in counts.values())
    assert f"[0] {total:4d} / " in lines[-1]
    bad = subprocess.run([*args[:-2], "--model", str(tmp_path / "missing.joblib")], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.strip() == f"error: {tmp_path / 'missing.joblib'}: no such model file"


def test_formats_benchmark_writes_each_block_and_scores_every_form(tiny_model, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    bench = _benchmark_module("formats")
    blocks = ["Home | World", "Officials said on Tuesday that the storm damaged " + "many homes and roads " * 8,
              "More news"]
    import re

    from pagesift.html import html_to_text, looks_like_html

    for name, render in bench.FORMS.items():
        lines, of_block = render(blocks)
        if of_block is None:  # a saved HTML document: its visible text is the blocks, a line each
            read = [" ".join(line.split()) for line in html_to_text(lines[0]).splitlines() if line]
            assert looks_like_html(lines[0]) and read == [" ".join(b.split()) for b in blocks]
            continue
        assert len(lines) == len(of_block)
        for k, block in enumerate(blocks):  # every block's words, in order, on lines of its own
            mine = [re.sub(r"^\[\d+\]", "", line) for line, b in zip(lines, of_block) if b == k]
            assert " ".join(mine).split() == block.split(), name
    wrapped, of_block = bench.FORMS["wrapped at 78"](blocks)
    assert max(map(len, wrapped)) <= 78 and of_block.count(1) > 2 and "" in wrapped
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "formats.py"
    args = [sys.executable, str(script), "--model", str(tiny_model), "--seed-labels", str(tmp_path / "none.tsv")]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "not found, the reference page is left out" in proc.stderr
    rows = proc.stdout.splitlines()[2:]
    assert [row[:32].strip() for row in rows] == list(bench.FORMS)
    assert all(row.endswith(" of 2286") for row in rows), rows  # the 2286 example pages, no reference page
    assert rows[0].split()[-3] == "2286"  # as written, every page has the labels it has as written
