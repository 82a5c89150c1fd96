"""The default model shipped inside the package."""

import pytest

from conftest import SEED_LABELS, SEED_PAGE, needs_shared
from pagesift.model import default_model_path, load_card, load_model
from pagesift.labelling import predict


@pytest.fixture(scope="module")
def default():
    return load_model()


def test_default_model_ships_with_a_card():
    assert default_model_path().exists()
    card = load_card()
    assert card["heldout"]["metrics"]["macro_f1"] > 0
    assert default_model_path().stat().st_size < 15 * 1024 * 1024


@needs_shared(SEED_PAGE)
def test_seed_page_is_labelled_exactly(default):
    expected = [line.split("\t", 1) for line in SEED_LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    (result,) = list(predict([str(SEED_PAGE)], model=default))
    assert [s.text for s in result.segments] == [text for _, text in expected]
    wrong = [(text[:50], want, got) for (want, text), got in zip(expected, result.labels) if want != got]
    assert wrong == []


def test_own_example_page(default, example_page):
    expected = [line.split("\t", 1) for line in example_page.with_suffix(".labels.tsv").read_text().splitlines()]
    (result,) = list(predict([str(example_page)], model=default))
    got = dict(zip([s.text for s in result.segments], result.labels))
    # the article body and the press-release teaser are the parts that matter most
    body = [(t, l) for l, t in expected if l in ("news", "press_release")]
    accuracy = sum(got[t] == l for t, l in body) / len(body)
    assert accuracy >= 0.9, [(t[:40], l, got[t]) for t, l in body if got[t] != l]
