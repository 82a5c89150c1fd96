import gzip
import json

import pytest

from pagesift.errors import DataError, UsageError
from pagesift.io import atomic_write, decode, expand_inputs, read_corpus, read_labeled, read_tsv


def test_decode_utf8_with_and_without_bom():
    assert decode("é".encode("utf-8")) == "é"
    assert decode(b"\xef\xbb\xbf" + "é".encode("utf-8")) == "é"


def test_decode_utf16_with_bom():
    assert decode("Hello wörld\n".encode("utf-16")) == "Hello wörld\n"


@pytest.mark.parametrize("encoding, text", [
    ("cp1252", "Le président a déclaré mardi que la réforme serait adoptée avant l'été, à Paris. « Nous avons un accord », a-t-il ajouté."),
    ("cp1251", "Президент заявил во вторник, что правительство примет новый закон о бюджете до конца года."),
])
def test_decode_detects_legacy_encodings(encoding, text):
    assert decode(text.encode(encoding)) == text


def test_binary_is_an_error():
    with pytest.raises(DataError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.png")


def test_expand_directories_and_globs_in_sorted_order(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert list(expand_inputs([str(tmp_path)])) == [str(tmp_path / n) for n in ["a.txt", "b.txt", "sub/c.txt"]]
    assert list(expand_inputs([str(tmp_path / "*.txt")])) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_empty_directory_and_unmatched_glob_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="no pages"):
        list(expand_inputs([str(tmp_path / "empty")]))
    with pytest.raises(DataError, match="matches no files"):
        list(expand_inputs([str(tmp_path / "*.nothing")]))


def test_read_tsv_pages_split_on_blank_lines(tmp_path):
    path = tmp_path / "pages.tsv"
    path.write_text("boilerplate\tHome\nnews\tA story.\n\npress_release\tWe announce.\n")
    pages = list(read_tsv(str(path)))
    assert [p.labels for p in pages] == [["boilerplate", "news"], ["press_release"]]
    assert pages[0].texts == ["Home", "A story."]


@pytest.mark.parametrize(
    "content, message",
    [
        ("news\tok\nsports\tBall game\n", "pages.tsv:2: unknown label 'sports'"),
        ("news\tok\nno tab here\n", "pages.tsv:2: malformed line"),
        ("news\t   \n", "pages.tsv:1: empty segment"),
        ("content\tsome text\n", "pages.tsv:1: unknown label 'content'"),
    ],
)
def test_read_tsv_errors_name_file_and_line(tmp_path, content, message):
    path = tmp_path / "pages.tsv"
    path.write_text(content)
    with pytest.raises(DataError, match=message):
        list(read_tsv(str(path)))


def _corpus(tmp_path, records, name="c.jsonl.gz"):
    path = tmp_path / name
    with gzip.open(path, "wt") as handle:
        for r in records:
            handle.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path


def test_read_corpus_keeps_content_label_and_site(tmp_path):
    path = _corpus(tmp_path, [{"id": "x/1", "site": "a.org", "kind": "page",
                               "segments": [{"text": "Menu", "label": "boilerplate"},
                                            {"text": "Main text.", "label": "content"}]}])
    (page,) = read_corpus(str(path))
    assert page.site == "a.org" and page.labels == ["boilerplate", "content"]


@pytest.mark.parametrize(
    "record, message",
    [
        ("{not json", ":1: malformed JSON"),
        ({"segments": [{"text": "x", "label": "opinion"}]}, ":1: segment 0 has unknown label 'opinion'"),
        ({"segments": [{"text": " ", "label": "news"}]}, ":1: segment 0 is empty"),
        ({"id": "no segments"}, ":1: record has no 'segments' list"),
    ],
)
def test_read_corpus_errors(tmp_path, record, message):
    path = _corpus(tmp_path, [record])
    with pytest.raises(DataError, match=message):
        list(read_corpus(str(path)))


def test_unknown_training_format_is_a_usage_error(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("<x/>")
    with pytest.raises(UsageError):
        read_labeled(str(path))


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.bin"

    def fail(tmp):
        open(tmp, "w").write("half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert list(tmp_path.iterdir()) == []
