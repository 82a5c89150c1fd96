"""Every command through the real entry point, as a user runs it."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from pagesift.labels import LABELS
from pagesift.training import HEAD_WEIGHT


def run(*args, stdin: bytes | None = None):
    proc = subprocess.run([sys.executable, "-m", "pagesift", *map(str, args)], input=stdin,
                          capture_output=True, timeout=300)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def one_line_error(err: str) -> str:
    lines = [l for l in err.splitlines() if l.strip() and not l.startswith(("warning:", "pagesift:"))]
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_predict_jsonl_schema(tiny_model, example_page):
    code, out, err = run("predict", example_page, "--model", tiny_model, "--format", "jsonl")
    assert code == 0, err
    records = [json.loads(l) for l in out.splitlines()]
    lines = [i + 1 for i, l in enumerate(example_page.read_text().splitlines()) if l.strip()]
    assert [r["line"] for r in records] == lines
    assert [r["index"] for r in records] == list(range(len(lines)))
    for r in records:
        assert set(r) == {"source", "index", "line", "text", "label", "scores"}
        assert set(r["scores"]) == set(LABELS)
        assert abs(sum(r["scores"].values()) - 1) < 1e-4
        assert r["label"] == max(r["scores"], key=r["scores"].get)


def test_predict_csv_and_text_and_table(tiny_model, example_page):
    code, out, _ = run("predict", example_page, "--model", tiny_model, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and rows[0]["source"] == str(example_page)
    code, text, _ = run("predict", example_page, "--model", tiny_model, "--format", "text", "--keep", "boilerplate")
    kept = [r["text"] for r in rows if r["label"] == "boilerplate"]
    assert code == 0 and text.splitlines() == kept
    code, table, _ = run("predict", example_page, "--model", tiny_model, "--format", "table")
    assert code == 0 and "boilerplate" in table


def test_predict_reads_stdin(tiny_model):
    code, out, _ = run("predict", "-", "--model", tiny_model, "-f", "jsonl", stdin=b"Home\n\nSome text here.\n")
    assert code == 0 and [json.loads(l)["source"] for l in out.splitlines()] == ["-", "-"]


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--format", "xml"], 2, "unknown format 'xml'"),
        (["--keep", "news,opinion"], 2, "unknown label opinion"),
        (["--jobs", "-3"], 2, "--jobs"),
    ],
)
def test_predict_usage_errors(tiny_model, example_page, args, code, message):
    got, _, err = run("predict", example_page, "--model", tiny_model, *args)
    assert got == code and message in one_line_error(err)


def test_unknown_option_is_one_line(example_page):
    code, _, err = run("predict", example_page, "--colour")
    assert code == 2 and "--colour" in one_line_error(err)


def test_bad_pages_are_reported_and_the_batch_goes_on(tiny_model, example_page, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    code, out, err = run("predict", tmp_path / "missing.txt", empty, binary, example_page,
                         "--model", tiny_model, "-f", "jsonl")
    assert code == 1
    records = [json.loads(l) for l in out.splitlines()]
    errors = [r for r in records if "error" in r]
    assert [r["source"] for r in errors] == [str(tmp_path / "missing.txt"), str(empty), str(binary)]
    assert "no such file" in errors[0]["error"] and "empty page" in errors[1]["error"] and "binary" in errors[2]["error"]
    assert any(r.get("source") == str(example_page) and "label" in r for r in records)
    assert err.count("error: ") == 3 and "Traceback" not in err


def test_html_pages_are_read_as_their_visible_text(tiny_model, example_page, tmp_path):
    html = tmp_path / "saved.html"
    html.write_text("<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Port news</title></head>\n"
                    "<body><nav><a href=/>Home</a> | <a href=/news>News</a></nav>\n<script>var x = 1;</script>"
                    "<p>The port <b>reopened</b> on Monday.</p></body>\n</html>\n")
    fragment = tmp_path / "body.txt"
    fragment.write_text("  <body>\n<div class=\"story\">Officials said the bridge would reopen.</div>\n</body>\n")
    # a page whose text quotes markup is still a page
    quoting = tmp_path / "quoting.txt"
    quoting.write_text("Web basics\nEvery page starts with <html> and ends with </html>, the course said.\n")
    # markup with no visible text is an empty page
    blank = tmp_path / "blank.html"
    blank.write_text("<html><head><title>Only a title</title></head><body><script>go()</script></body></html>")
    code, out, err = run("predict", html, fragment, quoting, blank, example_page, "--model", tiny_model, "-f", "jsonl")
    assert code == 1
    records = [json.loads(l) for l in out.splitlines()]
    errors = {r["source"]: r["error"] for r in records if "error" in r}
    assert errors == {str(blank): f"{blank}: empty page (no text)"}
    texts = lambda path: [(r["line"], r["text"]) for r in records if r["source"] == str(path) and "label" in r]
    assert texts(html) == [(1, "Home | News"), (3, "The port reopened on Monday.")]
    assert texts(fragment) == [(1, "Officials said the bridge would reopen.")]
    assert [t for _, t in texts(quoting)][1].startswith("Every page starts with <html>")
    assert texts(example_page) and err.count("error: ") == 1 and "Traceback" not in err


def test_empty_directory_is_a_data_error(tiny_model, tmp_path):
    code, _, err = run("predict", tmp_path, "--model", tiny_model)
    assert code == 1 and "directory has no pages" in one_line_error(err)


@pytest.mark.parametrize("content", [b"", b"not a model", b"\x80\x04\x95garbage"])
def test_bad_model_file_is_one_line(example_page, tmp_path, content):
    bad = tmp_path / "bad.joblib"
    bad.write_bytes(content)
    code, _, err = run("predict", example_page, "--model", bad)
    assert code == 1 and "bad.joblib" in one_line_error(err)


def test_train_evaluate_info(train_tsv, test_tsv, tmp_path):
    out = tmp_path / "m.joblib"
    code, report, err = run("train", train_tsv, "--out", out, "--heldout", test_tsv, "--seed", "1")
    assert code == 0, err
    assert "macro-F1" in report and "confusion" in report and "fitting" in err
    code, out_json, err = run("evaluate", test_tsv, "--model", out, "--json")
    assert code == 0, err
    result = json.loads(out_json)
    assert set(result["per_class"]) == set(LABELS)
    assert result["per_class"]["press_release"]["f1"] > 0.8  # the fixture's genres are easy
    assert sum(map(sum, result["confusion"]["matrix"])) == result["segments"]
    code, card, _ = run("info", out)
    assert code == 0 and "held-out metrics" in card and "scikit-learn" in card
    code, card_json, _ = run("info", out, "--json")
    card = json.loads(card_json)
    assert card["heldout"]["metrics"]["macro_f1"] == pytest.approx(result["macro_f1"])
    assert card["training_data"]["summary"]["train.tsv"]["records"] == 40
    assert card["parameters"]["teaser_weight"] == 2.0  # the default, recorded
    assert card["parameters"]["head_weight"] == HEAD_WEIGHT
    assert card["parameters"]["sparse_scaling"] is True  # read from the fitted pipeline's scalers
    assert card["training"]["threads"] == (os.cpu_count() or 1)  # --jobs 0: all cores


def test_train_teaser_weight_and_threads_are_recorded(train_tsv, tmp_path):
    out = tmp_path / "t.joblib"
    code, _, err = run("train", train_tsv, "--out", out, "--test-fraction", "0", "--teaser-weight", "1",
                       "--head-weight", "3", "--jobs", "1")
    assert code == 0, err
    card = json.loads(run("info", out, "--json")[1])
    assert card["parameters"]["teaser_weight"] == 1.0 and card["training"]["threads"] == 1
    assert card["parameters"]["head_weight"] == 3.0
    assert "s on 1 thread, peak memory" in run("info", out)[1]


def test_train_no_refine(train_tsv, test_tsv, tmp_path):
    out = tmp_path / "n.joblib"
    code, _, err = run("train", train_tsv, "--out", out, "--test-fraction", "0", "--calibrate-on", test_tsv,
                       "--no-refine")
    assert code == 0, err
    card = json.loads(run("info", out, "--json")[1])
    assert card["calibration"] is not None and card["refiner"] is None and card["parameters"]["refiner"] is False


def test_train_holds_out_whole_sites(tmp_path):
    from conftest import labelled_pages, write_tsv

    files = [write_tsv(tmp_path / f"site{i}.tsv", labelled_pages(6, seed=i)) for i in range(5)]
    code, _, err = run("train", *files, "--out", tmp_path / "m.joblib", "--test-fraction", "0.4")
    assert code == 0, err
    card = json.loads(run("info", tmp_path / "m.joblib", "--json")[1])
    train_files = set(card["training_data"]["summary"])
    test_files = set(card["heldout"]["summary"])
    assert train_files and test_files and not train_files & test_files


def test_train_stacked_writes_a_stacked_model(train_tsv, test_tsv, tmp_path, example_page):
    out = tmp_path / "s.joblib"
    code, _, err = run("train", train_tsv, "--out", out, "--heldout", test_tsv, "--stacked")
    assert code == 0, err
    card = json.loads(run("info", out, "--json")[1])
    assert card["parameters"]["stacked"] is True and card["file"]["frozen"] is True
    assert card["heldout"]["metrics"]["per_class"]["press_release"]["f1"] > 0.8
    code, lines, err = run("predict", example_page, "--model", out, "-f", "jsonl")
    assert code == 0, err
    assert len(lines.splitlines()) == len([l for l in example_page.read_text().splitlines() if l.strip()])


def test_train_errors(tmp_path):
    only_news = tmp_path / "news.tsv"
    only_news.write_text("news\tA story about a storm.\nnews\tAnother line.\n")
    code, _, err = run("train", only_news, "--out", tmp_path / "m.joblib", "--test-fraction", "0")
    assert code == 1 and "no segments labelled press_release, boilerplate" in one_line_error(err)
    bad = tmp_path / "bad.tsv"
    bad.write_text("news\tok\nweird line\n")
    code, _, err = run("train", bad, "--out", tmp_path / "m.joblib")
    assert code == 1 and "bad.tsv:2: malformed line" in one_line_error(err)
    assert not (tmp_path / "m.joblib").exists()
    code, _, err = run("train", bad, "--out", tmp_path / "m.joblib", "--test-fraction", "1.5")
    assert code == 2 and "--test-fraction" in one_line_error(err)


def test_progress_is_silent_when_piped_and_shown_on_a_terminal(tiny_model, example_page, capsys):
    code, _, err = run("predict", example_page, example_page, "--model", tiny_model, "-f", "jsonl")
    assert code == 0 and "pages/s" not in err
    from pagesift.progress import PageProgress

    with PageProgress(total=4, enabled=True) as progress:
        for _ in range(4):
            progress.advance(1000)
    shown = capsys.readouterr().err
    assert "4 pages" in shown and "pages/s" in shown and "MB/s" in shown


def test_python_api_labels_a_string_and_files(tiny_model, example_page):
    import pagesift
    from pagesift.errors import DataError
    from pagesift.labelling import predict_text

    result = predict_text("Home\n\nOfficials said on Tuesday the bridge would reopen.\n", model=tiny_model)
    assert [s.line for s in result.segments] == [1, 3] and len(result.labels) == 2
    with pytest.raises(DataError, match="empty page"):
        predict_text(" \n", model=tiny_model)
    (page,) = list(pagesift.predict(str(example_page), model=tiny_model))
    assert page.ok and page.source == str(example_page)
    assert pagesift.info(str(tiny_model))["labels"] == list(LABELS)
