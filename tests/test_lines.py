"""Line scanning: offsets for every kind of line end, padding and control codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy._lines import PADDING, Line, _scan_breaks, _scan_lf, collapse, scan_lines

# (start, end, cstart, cend, text) for each line.
Row = tuple[int, int, int, int, str]


@pytest.mark.parametrize(
    ("src", "rows"),
    [
        ("", []),
        ("a", [(0, 1, 0, 1, "a")]),
        ("a\n", [(0, 1, 0, 1, "a")]),
        ("\n", [(0, 0, 0, 0, "")]),
        ("a\r\nb\rc\n", [(0, 1, 0, 1, "a"), (3, 4, 3, 4, "b"), (5, 6, 5, 6, "c")]),
        # A run of empty lines reads as its first.
        ("\r\n\r\n", [(0, 0, 0, 0, "")]),
        ("a\n\n\n\nb", [(0, 1, 0, 1, "a"), (2, 2, 2, 2, ""), (5, 6, 5, 6, "b")]),
        ("a\n \n\nb", [(0, 1, 0, 1, "a"), (2, 3, 3, 3, ""), (5, 6, 5, 6, "b")]),
        # "\r\r\n" is a bare CR and then a CRLF: two breaks.
        ("a\r\r\nb", [(0, 1, 0, 1, "a"), (2, 2, 2, 2, ""), (4, 5, 4, 5, "b")]),
        ("  x \t\n\u00a0y\u00a0", [(0, 5, 2, 3, "x"), (6, 9, 7, 8, "y")]),
        ("\x01\x02abc\x03\n", [(0, 6, 2, 5, "abc")]),
        ("\ufeffHead\n", [(0, 5, 1, 5, "Head")]),
        ("\u2003Snow\u200b", [(0, 6, 1, 5, "Snow")]),
        ("\tTab\tinside\t", [(0, 12, 1, 11, "Tab\tinside")]),
    ],
)
def test_scan_lines(src: str, rows: list[Row]) -> None:
    lines = scan_lines(src)
    assert [(ln.start, ln.end, ln.cstart, ln.cend, ln.text) for ln in lines] == rows
    for line in lines:
        assert src[line.cstart : line.cend] == line.text
        assert line.indent == line.cstart - line.start
        assert line.blank is (line.text == "")


def test_scan_lines_bounds_are_absolute() -> None:
    lines = scan_lines("abc\ndef\nghi", 4, 11)
    assert [(ln.start, ln.end, ln.text) for ln in lines] == [(4, 7, "def"), (8, 11, "ghi")]


@pytest.mark.parametrize(
    "src",
    ["Head\n\n  Body line\nlast", "\n\na\n", "x", "a\n\u00a0b\u2028c\x1cd\n", "tail\n\n"],
)
def test_scan_lines_reads_lf_and_crlf_alike(src: str) -> None:
    # LF-only text takes a faster path than text with CRs: both must agree.
    crlf = src.replace("\n", "\r\n")
    lf_rows = [(ln.text, ln.indent, ln.blank) for ln in scan_lines(src)]
    crlf_rows = [(ln.text, ln.indent, ln.blank) for ln in scan_lines(crlf)]
    assert lf_rows == crlf_rows
    for lines, text in ((scan_lines(src), src), (scan_lines(crlf), crlf)):
        for line in lines:
            assert text[line.start : line.end].strip("\r\n") == text[line.start : line.end]
            assert text[line.cstart : line.cend] == line.text
    lf_bounded = scan_lines(src, 1, len(src) - 1)
    crlf_bounded = scan_lines(src + "\r", 1, len(src) - 1)
    assert [ln.text for ln in lf_bounded] == [ln.text for ln in crlf_bounded]


def test_scan_lines_of_only_breaks() -> None:
    # Three empty lines read as one blank line, at the start.
    lines = scan_lines("\n\r\n\r")
    assert [(line.start, line.end, line.blank) for line in lines] == [(0, 0, True)]


def test_indent() -> None:
    line = scan_lines("    Snow fell.  \r\nNext")[0]
    assert (line.indent, line.text) == (4, "Snow fell.")


@pytest.mark.parametrize(
    ("text", "collapsed"),
    [
        ("  Snow\n fell\t today ", "Snow fell today"),
        ("a\r\nb", "a b"),
        ("a\u00a0\u00a0b", "a b"),
        ("", ""),
        (" \n\t", ""),
    ],
)
def test_collapse(text: str, collapsed: str) -> None:
    assert collapse(text) == collapsed


@pytest.mark.parametrize("char", [" ", "\t", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u00a0"])
def test_padding_holds_spaces_and_controls(char: str) -> None:
    assert char in PADDING


@pytest.mark.parametrize("char", ["a", "-", "(", "—", "\u00e9", "$"])
def test_padding_leaves_out_visible_characters(char: str) -> None:
    assert char not in PADDING


def _fields(lines: list[Line]) -> list[tuple[object, ...]]:
    return [(x.start, x.end, x.cstart, x.cend, x.indent, x.text, x.blank) for x in lines]


@given(
    st.text(alphabet=st.sampled_from(["a", "b", " ", "\t", "\n", "\x00", "\u00a0", "é"])),
    st.data(),
)
def test_lf_scanner_agrees_with_the_general_one(text: str, data: st.DataObject) -> None:
    # The LF-only scanner builds its lines itself; the general one, which
    # reads any line end, builds them with Line(): on LF text they agree,
    # on any stretch of it.
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _fields(_scan_lf(text, start, end)) == _fields(_scan_breaks(text, start, end))
