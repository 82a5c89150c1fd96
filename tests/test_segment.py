from pagesift.segment import Segment, segment_text


def test_lines_become_segments_with_line_numbers_and_blank_flags():
    text = "Home\n\n  Big   news\ttoday \nsecond line\n\n\nlast"
    assert segment_text(text) == [
        Segment("Home", 1, True),
        Segment("Big news today", 3, True),
        Segment("second line", 4, False),
        Segment("last", 7, True),
    ]


def test_crlf_and_cr_line_ends():
    assert [s.line for s in segment_text("a\r\nb\rc\n")] == [1, 2, 3]
    assert [s.text for s in segment_text("a\r\n\r\nb")] == ["a", "b"]


def test_only_newlines_split_lines():
    # form feeds and unicode separators are whitespace inside a line, not line ends
    segs = segment_text("a\x0cb\u2028c\nd")
    assert [s.text for s in segs] == ["a b c", "d"]


def test_blank_page_has_no_segments():
    assert segment_text("") == []
    assert segment_text(" \n\t\n") == []
