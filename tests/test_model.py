import joblib
import numpy as np
import pytest

from pagesift.errors import ModelError
from pagesift.labels import LABELS
from pagesift.model import FORMAT, load_card, load_model, save_model


def test_round_trip_keeps_card_and_predictions(tiny_model, tmp_path):
    model = load_model(tiny_model)
    assert sorted(model.labels) == sorted(LABELS)
    copy = tmp_path / "copy.joblib"
    save_model(model.pipeline, model.card, copy)
    again = load_model(copy)
    rows = [(0, "Home"), (0, "Officials said on Tuesday that the storm damaged homes.")]
    assert (again.predict_proba(rows) == model.predict_proba(rows)).all()
    card = load_card(copy)
    assert card["labels"] == list(LABELS) and len(card["file"]["sha256"]) == 64


def test_truncated_file_is_rejected(tiny_model, tmp_path):
    cut = tmp_path / "cut.joblib"
    cut.write_bytes(tiny_model.read_bytes()[:5000])
    with pytest.raises(ModelError, match="not a readable pagesift model"):
        load_model(cut)


def test_foreign_files_are_rejected(tmp_path):
    text = tmp_path / "notes.joblib"
    text.write_text("hello")
    with pytest.raises(ModelError):
        load_model(text)
    other = tmp_path / "other.joblib"
    joblib.dump({"some": "dict"}, other)
    with pytest.raises(ModelError, match="not a pagesift model"):
        load_model(other)
    with pytest.raises(ModelError, match="no such model"):
        load_model(tmp_path / "missing.joblib")


def test_unsupported_format_version_and_damaged_payload(tiny_model, tmp_path):
    record = joblib.load(tiny_model)
    assert record["format"] == FORMAT
    newer = tmp_path / "newer.joblib"
    joblib.dump({**record, "format_version": 99}, newer)
    with pytest.raises(ModelError, match="version 99 is not supported"):
        load_model(newer)
    damaged = tmp_path / "damaged.joblib"
    payload = bytearray(record["payload"])
    payload[len(payload) // 2] ^= 0xFF
    joblib.dump({**record, "payload": bytes(payload)}, damaged)
    with pytest.raises(ModelError, match="checksum"):
        load_model(damaged)
    scorer = bytearray(record["scorer"])
    scorer[len(scorer) // 2] ^= 0xFF
    joblib.dump({**record, "scorer": bytes(scorer)}, damaged)
    with pytest.raises(ModelError, match="checksum"):
        load_model(damaged)


def test_other_scikit_learn_version_warns(tiny_model, tmp_path, capsys):
    record = joblib.load(tiny_model)
    card = {**record["card"], "versions": {**record["card"]["versions"], "scikit-learn": "0.0.1"}}
    old = tmp_path / "old.joblib"
    joblib.dump({**record, "card": card}, old)
    model = load_model(old)
    # scoring does not use scikit-learn (the frozen form); unpickling the Pipeline does
    assert model.scorer is not None and "trained with" not in capsys.readouterr().err
    model.pipeline
    assert "trained with scikit-learn 0.0.1" in capsys.readouterr().err
    without_scorer = tmp_path / "old_pipeline_only.joblib"
    joblib.dump({k: v for k, v in record.items() if not k.startswith("scorer")} | {"card": card}, without_scorer)
    load_model(without_scorer)
    assert "trained with scikit-learn 0.0.1" in capsys.readouterr().err


def test_same_data_and_seed_give_the_same_model(train_tsv, tmp_path):
    from pagesift.training import train

    a = train([str(train_tsv)], tmp_path / "a.joblib", seed=3, test_fraction=0, quiet=True)
    b = train([str(train_tsv)], tmp_path / "b.joblib", seed=3, test_fraction=0, quiet=True)
    assert joblib.load(tmp_path / "a.joblib")["payload"] == joblib.load(tmp_path / "b.joblib")["payload"]
    assert a["training_data"] == b["training_data"]


def test_calibration_folds_a_temperature_into_the_classifier(train_tsv, test_tsv, tmp_path):
    import numpy as np

    from pagesift.training import train

    card = train([str(train_tsv)], tmp_path / "c.joblib", test_fraction=0, calibrate_on=[str(test_tsv)], quiet=True)
    cal = card["calibration"]
    assert cal["temperature"] > 0 and cal["ece_after"] <= cal["ece_before"] + 1e-9
    plain = load_model(tmp_path / "c.joblib")
    uncal = train([str(train_tsv)], tmp_path / "u.joblib", test_fraction=0, quiet=True)
    assert uncal["calibration"] is None
    raw = load_model(tmp_path / "u.joblib").pipeline.named_steps["classifier"]
    scaled = plain.pipeline.named_steps["classifier"]
    assert np.allclose(raw.coef_, scaled.coef_ * cal["temperature"], atol=1e-9)
    assert np.allclose(raw.intercept_, scaled.intercept_ * cal["temperature"], atol=1e-9)


def test_lines_of_the_other_genre_weigh_more():
    from pagesift.io import LabeledPage
    from pagesift.training import sample_weights

    news_page = LabeledPage("s", "a", "site-a", "page", ["Menu", "Story one.", "Story two.", "Acme launches X", "Acme said."],
                            ["boilerplate", "news", "news", "press_release", "press_release"])
    pr_page = LabeledPage("s", "b", "site-b", "page", ["Acme opens plant.", "Acme said more.", "Rain falls.", "Footer"],
                          ["press_release", "press_release", "news", "boilerplate"])
    _, plain = sample_weights([news_page, pr_page], balance=0.0)
    _, weighted = sample_weights([news_page, pr_page], balance=0.0, teaser_weight=3.0)
    ratio = (weighted / plain) / (weighted / plain)[0]  # the normalisation is shared by every row
    # the press-release teaser on the news page and the news teaser on the press-release page
    assert np.allclose(ratio, [1, 1, 1, 3, 3, 1, 1, 3, 1])


def test_a_real_pages_head_weighs_more_and_a_built_pages_does_not():
    from pagesift.io import LabeledPage
    from pagesift.evaluation import head_rows
    from pagesift.training import HEAD_LINES, real_heads, sample_weights

    story = "The harbour council approved the new ferry terminal on Tuesday, ending a long dispute over its costs."
    texts = ["Menu", "Council approves terminal", "By Ana Ruiz", "Share", "May 2, 2024", "Updated 10:02",
             "Photo: the harbour", story, "Footer"]
    labels = ["boilerplate", "news", "news", "boilerplate", "news", "news", "news", "news", "boilerplate"]
    assert head_rows(labels, texts) == [1, 2, 4, 5, 6]
    assert head_rows(["news", "news"], [story, "Short line"]) == []  # no title: the story comes first
    real = LabeledPage("l3s", "a", "site-a", "page", texts, labels)
    built = LabeledPage("wire", "b", "site-b", "page", texts, labels, meta={"synthetic": True})
    heads = real_heads([real, built])
    # the head's first HEAD_LINES lines, on the real page only
    assert HEAD_LINES >= 1 and np.flatnonzero(heads).tolist() == [1, 2, 4, 5, 6][:HEAD_LINES]
    release = LabeledPage("pr", "c", "site-c", "page", [story.replace("council", "company"), "Footer"],
                          ["press_release", "boilerplate"])  # its first line a paragraph: no head
    _, plain = sample_weights([real, built, release], balance=0.0)
    _, weighted = sample_weights([real, built, release], balance=0.0, head_weight=5.0)
    ratio = (weighted / plain) / (weighted / plain)[0]
    assert np.allclose(ratio, np.where(real_heads([real, built, release]), 5.0, 1.0))
    assert real_heads([release]).sum() == 0 and len(real_heads([])) == 0


def test_source_balance_evens_out_the_sources_of_a_genre():
    from pagesift.io import LabeledPage
    from pagesift.training import sample_weights

    def page(source, n, label):
        texts = [f"{source} line {i}." for i in range(n)] + ["Footer"]
        return LabeledPage(source, f"{source}/{n}", source, "document", texts, [label] * n + ["boilerplate"])

    pages = [page("wire", 9, "press_release"), page("mps", 1, "press_release"),
             page("paper", 4, "news"), page("blog", 4, "news")]

    def totals(w, source, label):
        rows = np.repeat([p.source for p in pages], [len(p.labels) for p in pages])
        gold = np.concatenate([p.labels for p in pages])
        return w[(rows == source) & (gold == label)].sum()

    _, plain = sample_weights(pages, balance=0.0)
    _, even = sample_weights(pages, balance=0.0, source_balance=1.0)
    _, half = sample_weights(pages, balance=0.0, source_balance=0.5)
    assert totals(plain, "wire", "press_release") == pytest.approx(9 * totals(plain, "mps", "press_release"))
    assert totals(even, "wire", "press_release") == pytest.approx(totals(even, "mps", "press_release"))
    assert totals(half, "wire", "press_release") == pytest.approx(3 * totals(half, "mps", "press_release"))
    # boilerplate is not a genre of its sources: its rows keep their weights relative to each other
    footers = [i for i, label in enumerate(np.concatenate([p.labels for p in pages])) if label == "boilerplate"]
    assert np.allclose(even[footers], even[footers][0])


def test_scoring_no_lines_gives_no_rows(tiny_model):
    model = load_model(tiny_model)
    for scores in (model.predict_pages([]), model.predict_pages([[]]), model.predict_proba([])):
        assert scores.shape == (0, len(LABELS))
