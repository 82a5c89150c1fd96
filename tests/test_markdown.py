"""Markdown pages read as plain text (markdown.py), and only markdown pages."""

import numpy as np
import pytest

from pagesift.batch import Segments
from pagesift.markdown import is_marked, markdown_rows, plain, plain_texts


@pytest.mark.parametrize("line, text", [
    ("# Bridge to close for six weeks", "Bridge to close for six weeks"),
    ("### [Library reopens](https://news.example/library/)", "Library reopens"),
    ("- [Home](https://news.example/)", "Home"),
    ("1. **Usability:** tools your team can run", "Usability: tools your team can run"),
    ("> \"We listened,\" she said.", "\"We listened,\" she said."),
    ("said [the agency](https://roads.example/a \"notice\") on `Thursday`", "said the agency on Thursday"),
    ("[![Gazette](https://news.example/logo.svg)](https://news.example/)", "Gazette"),
    ("Fish &amp; chips \\*not\\* emphasis", "Fish & chips *not* emphasis"),
    ("<p>Left <b>over</b> markup</p>", "Left over markup"),
    ("*Apr 20, 2024*", "Apr 20, 2024"),
])
def test_plain_keeps_the_words_and_drops_the_marks(line, text):
    assert plain(line) == text


@pytest.mark.parametrize("line", ["---", "![](https://news.example/img/bridge.jpg)", "[1]: https://news.example/",
                                  "```"])
def test_a_line_with_no_words_reads_as_empty(line):
    assert plain(line) == ""


def test_is_marked():
    assert is_marked("## More news") and is_marked("Read the [report](https://audit.example/r).")
    assert not is_marked("#MeToo spread in 2017") and not is_marked("Mumbai [India], April 20: Seclore said")
    assert not is_marked("The index [fell] (again) today")


def test_only_pages_with_two_marked_lines_are_markdown():
    pages = [
        ["Home", "A plain story.", "Link: [text to be linked](http://news.example) = text to be linked"],
        ["# Headline", "A story with a [link](https://news.example/x).", "**Bold** line"],
        ["## One heading", "and *nothing* else"],
    ]
    texts = [t for page in pages for t in page]
    start = np.repeat([0, 3, 6], [3, 3, 2])
    assert markdown_rows(texts, start).tolist() == [3, 4, 5]
    out = plain_texts(texts, start)
    # the plain page and the page with one marked line stay exactly as they are
    assert out[:3] == texts[:3] and out[6:] == texts[6:]
    assert out[3:6] == ["Headline", "A story with a link.", "Bold line"]
    only_plain = texts[:3]
    assert plain_texts(only_plain, start[:3]) is only_plain  # nothing copied for a batch of plain pages


def test_the_model_reads_the_plain_text_and_the_output_keeps_the_line():
    from pagesift.labelling import predict_text
    from pagesift.model import load_model

    seg = Segments.from_pages([["# Headline", "Text with a [link](https://news.example/x)."], ["# Plain"]])
    assert seg.texts == ["Headline", "Text with a link.", "# Plain"]
    page = "[World](https://news.example/world/)\n\n# Headline of a story\n\nIts [first](https://a.example) line."
    result = predict_text(page, load_model())
    assert [s.text for s in result.segments][0] == "[World](https://news.example/world/)"


def test_lynx_link_numbers_are_dropped_on_a_page_that_has_them():
    from pagesift.markdown import lynx_rows

    page = ["[1]Home [2]World [3]Business", "[4]Harbour bill passes the Senate",
            "The bill passed by 61 votes to 38, [5]the Senate clerk said.", "[6]“Quoted” link", "References"]
    start = np.zeros(len(page), dtype=np.int64)
    assert lynx_rows(page, start).tolist() == [0, 1, 2, 3, 4]
    assert plain_texts(page, start) == ["Home World Business", "Harbour bill passes the Senate",
                                        "The bill passed by 61 votes to 38, the Senate clerk said.", "“Quoted” link",
                                        "References"]
    # footnote marks are not link numbers, and two numbered lines do not make a lynx page
    cited = ["Roughly 600,000 people[1] are released each year [2], the report said.", "[3]Home", "[4]About"]
    assert plain_texts(cited, np.zeros(3, dtype=np.int64)) == cited
    # a wire's mark is a link's words too; a dash and a number after a citation are not
    marked = ["[1]Home", "[2]National", "[10]--IANS", "[11]sd/pgh", "Up 12%[3]-5% on the year"]
    assert plain_texts(marked, np.zeros(5, dtype=np.int64)) == ["Home", "National", "--IANS", "sd/pgh",
                                                                "Up 12%[3]-5% on the year"]


def test_a_linked_date_and_a_linked_mark_are_link_numbers_too():
    """lynx numbers a dated link ("[4]2 December 2026") and a release's "[9]###" as any
    other: with them the page has three numbered lines and is read as lynx's. Before, its
    masthead kept its "[1]" and no longer named the issuer (sixty-sixth round: the formats
    benchmark's lynx form 0.958 -> 0.964 of lines right)."""
    page = ["[1]Clean Rivers Trust", "About | Our work | News", "[4]2 December 2026",
            "Half of the river stretches tested failed a pollution standard.", "[9]###"]
    assert plain_texts(page, np.zeros(5, dtype=np.int64)) == [
        "Clean Rivers Trust", "About | Our work | News", "2 December 2026",
        "Half of the river stretches tested failed a pollution standard.", "###"]
    # a citation before a number is still not a link's
    assert plain_texts(["Up 12% [3] 5 points", "[1]Home", "[2]About"], np.zeros(3, dtype=np.int64))[0] == \
        "Up 12% [3] 5 points"


def test_a_reader_services_header_reads_as_empty_lines():
    from pagesift.markdown import reader_header_rows

    header = ["Title: Lumera Health Opens Third Clinic | Lumera Health",
              "URL Source: https://lumerahealth.example/newsroom/third-clinic",
              "Published Time: 2029-05-03T08:00:00Z", "Markdown Content:"]
    body = ["Lumera Health Opens Third Clinic", "OSTBROOK, May 3, 2029 – Lumera Health today opened its third clinic."]
    # a plain page (no markdown marks) under the header, then a page whose first line is a
    # story's "Title:" with no address under it, then a header with no "Markdown Content:"
    pages = [header + body, ["Title: Storm season begins early", "By Greta Moll"] + body[1:],
             header[:2] + body]
    texts = [t for page in pages for t in page]
    sizes = [len(page) for page in pages]
    start = np.repeat(np.cumsum([0] + sizes[:-1]), sizes)
    assert reader_header_rows(texts, start) == [0, 1, 2, 3, 9, 10]
    out = plain_texts(texts, start)
    assert out[:4] == [""] * 4 and out[4:9] == texts[4:9] and out[9:11] == [""] * 2 and out[11:] == texts[11:]
    # (a line "Title: ..." inside a page is the page's)
    assert reader_header_rows(["Home", "Title: x", "URL Source: https://x.example/"], np.zeros(3, dtype=np.int64)) == []
