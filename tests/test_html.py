"""HTML pages read as their visible text, one block per line (html.py)."""

import pytest

from pagesift.html import html_to_text, looks_like_html
from pagesift.io import decode


def lines(markup):
    return [line for line in html_to_text(markup).splitlines() if line]


def test_blocks_are_lines_and_inline_elements_stay_on_their_line():
    markup = ("<html><body><header><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li></ul></header>"
              "<h1>Bridge  to <em>close</em></h1><div class=meta><span>By Ana Lorn</span> <time>May 2</time></div>"
              "<p>The bridge will close for <a href=#>six weeks</a>, the council said.<br>Traffic will divert.</p>"
              "<table><tr><td>Mon</td><td>Closed</td></tr><tr><td>Tue</td><td>Open</td></tr></table>"
              "<section>Share</section><footer>&copy; 2025 Lorn &amp; Sons</footer></body></html>")
    assert lines(markup) == ["Home", "World", "Bridge to close", "By Ana Lorn May 2",
                             "The bridge will close for six weeks, the council said.", "Traffic will divert.",
                             "Mon Closed", "Tue Open", "Share", "\u00a9 2025 Lorn & Sons"]


def test_what_no_reader_sees_is_dropped():
    markup = ("<!doctype html><html><head><title>Headline | Site</title><style>p{color:red}</style>"
              "<script>var a = '<p>not text</p>';</script></head><body><p>Seen.</p>"
              "<noscript><p>Enable JavaScript.</p></noscript><template><p>{{ row }}</p></template>"
              "<div hidden><p>Mobile menu</p></div><div style=\"DISPLAY: None\"><p>Paywall</p></div>"
              "<p style=\"visibility:hidden\">Ghost</p><!-- a comment --><p aria-hidden=\"true\">Icon label</p>"
              "<p>Also seen.</p></body></html>")
    # aria-hidden is kept: a page saved with a dialog open carries it on the whole page
    assert lines(markup) == ["Seen.", "Icon label", "Also seen."]


def test_text_around_a_dropped_element_is_kept():
    assert lines("<div><p>One <span hidden>hidden</span>two</p></div>") == ["One two"]


@pytest.mark.parametrize("markup", ["", "   ", "<!-- only a comment -->", "<html><head><title>t</title></head></html>"])
def test_markup_with_no_visible_text_is_empty(markup):
    assert html_to_text(markup).strip() == ""


@pytest.mark.parametrize("text, html", [
    ("<!DOCTYPE html><html><head></head><body><p>x</p></body></html>", True),
    ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html><body><p>x</p></body></html>", True),
    ("  <div class=\"story\"><p>Officials said.</p></div>", True),  # a fragment that starts with a block
    ("<p>Officials said.</p>\n<p>The bridge reopens.</p>", True),
    ("<!-- saved by a scraper -->\nHome\nThe port reopened on Monday.", False),  # one tag-like thing only
    ("Every page starts with <html> and ends with </html>, the course said.", False),
    ("<b>Breaking:</b> the port reopened", False),  # inline markup first: not a page's markup
    ("Home | News\nThe port reopened.", False),
])
def test_looks_like_html(text, html):
    assert looks_like_html(text) is html


def test_a_saved_page_is_decoded_as_its_meta_tag_says():
    page = "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</p>"
    assert decode(page.encode("cp1251")) == page
    # a server's ISO-8859-1 means windows-1252, as in browsers; UTF-8 bytes stay UTF-8 whatever is declared
    assert decode("\u201cCaf\u00e9\u201d".encode("cp1252"), declared="ISO-8859-1") == "\u201cCaf\u00e9\u201d"
    assert decode("Caf\u00e9".encode("utf-8"), declared="ISO-8859-1") == "Caf\u00e9"
    assert decode("Caf\u00e9 ouvert".encode("cp1252"), declared="no-such-charset").startswith("Caf")


def test_the_example_page_reads_as_its_labelled_lines():
    from conftest import ROOT

    path = ROOT / "data" / "examples" / "article.html"
    gold = [line.split("\t", 1)[1] for line in path.with_suffix(".labels.tsv").read_text(encoding="utf-8").splitlines()]
    assert lines(path.read_text(encoding="utf-8")) == gold


def test_a_page_that_says_it_is_html_needs_only_a_few_tags():
    fragment = "Officials said on Monday that the <a href=\"/bridge\">bridge</a> would reopen.<br>Traffic will divert."
    assert not looks_like_html(fragment) and looks_like_html(fragment, declared=True)
    # a scraper's text saved under a URL's file name has no tags: it stays text
    assert not looks_like_html("Home | News\nThe port reopened on Monday.\n", declared=True)


@pytest.fixture
def named_pages(tmp_path):
    """A fragment named .html, a scraper's text named .html, and markup named .txt."""
    (tmp_path / "fragment.html").write_text("Officials said the <b>bridge</b> would reopen.<br>Traffic will divert.")
    (tmp_path / "mirrored.html").write_text("Home | News\nThe port reopened on Monday.\n")
    (tmp_path / "page.txt").write_text("The port reopened on <b>Monday</b>.<br>Ferries run again.")
    return tmp_path


def test_file_names_and_content_types_say_which_pages_are_html(named_pages):
    from pagesift.labelling import PageInput, read_inputs

    found = {PageInput.load(p).source.rsplit("/", 1)[-1]: p for p in read_inputs([str(named_pages)], defer=True)}
    assert {name: p.html for name, p in found.items()} == {"fragment.html": True, "mirrored.html": True, "page.txt": None}


def test_declared_html_is_read_as_markup_and_text_stays_text(tiny_model, named_pages):
    from pagesift.labelling import predict

    texts = {r.source.rsplit("/", 1)[-1]: [s.text for s in r.segments]
             for r in predict([str(named_pages)], model=tiny_model)}
    assert texts == {"fragment.html": ["Officials said the bridge would reopen.", "Traffic will divert."],
                     "mirrored.html": ["Home | News", "The port reopened on Monday."],
                     "page.txt": ["The port reopened on <b>Monday</b>.<br>Ferries run again."]}


def test_gzipped_pages_are_unpacked(tiny_model, tmp_path):
    import gzip

    from pagesift.labelling import predict

    (tmp_path / "story.html.gz").write_bytes(gzip.compress(b"<p>The port <b>reopened</b>.</p><p>Ferries run again.</p>"))
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress("Home | News\nThe caf\u00e9 reopened.\n".encode("cp1252")))
    (tmp_path / "broken.txt.gz").write_bytes(gzip.compress(b"The port reopened.\n")[:15])
    results = {r.source.rsplit("/", 1)[-1]: r for r in predict([str(tmp_path)], model=tiny_model)}
    assert [s.text for s in results["story.html.gz"].segments] == ["The port reopened.", "Ferries run again."]
    assert [s.text for s in results["story.txt.gz"].segments] == ["Home | News", "The caf\u00e9 reopened."]
    assert results["broken.txt.gz"].error.startswith(f"{tmp_path / 'broken.txt.gz'}: not a readable gzip file (")
