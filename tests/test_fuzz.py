"""Arbitrary text and bytes: the reader, segmenter and predict never raise anything but DataError."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pagesift.errors import DataError
from pagesift.io import decode
from pagesift.model import load_model
from pagesift.labelling import PageInput, label_batch
from pagesift.html import html_to_text, looks_like_html
from pagesift.segment import segment_text

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.binary(max_size=2000))
def test_decode_any_bytes(data):
    try:
        text = decode(data)
    except DataError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str)


@FAST
@given(st.text(max_size=2000))
def test_segments_are_folded_nonblank_and_ordered(text):
    segments = segment_text(text)
    assert all(s.text and s.text == " ".join(s.text.split()) for s in segments)
    assert [s.line for s in segments] == sorted({s.line for s in segments})


@pytest.fixture(scope="module")
def model(tiny_model):
    return load_model(tiny_model)


@FAST
@given(st.lists(st.text(max_size=300), min_size=1, max_size=4))
def test_predict_any_text(model, pages):
    results = label_batch(model, [PageInput(f"p{i}", t) for i, t in enumerate(pages)])
    assert len(results) == len(pages)
    for result, text in zip(results, pages):
        if not segment_text(html_to_text(text) if looks_like_html(text) else text):
            assert "empty page" in result.error
        else:
            assert result.ok and len(result.labels) == len(result.segments)
            assert abs(result.scores.sum(axis=1) - 1).max() < 1e-6


@FAST
@given(st.binary(max_size=500))
def test_predict_any_bytes_from_a_file(model, tmp_path_factory, data):
    from pagesift.labelling import predict

    path = tmp_path_factory.mktemp("bytes") / "page.bin"
    path.write_bytes(data)
    (result,) = list(predict([str(path)], model=model))
    assert result.ok or result.error
