"""Line scanning: offsets for every kind of line end, padding and control codes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy._lines import (
    MAX_SHORT_RUN,
    PADDING,
    RUN_EDGE,
    SHORT_LINE,
    Line,
    _scan_breaks,
    _scan_lf,
    collapse,
    scan_lines,
    short_line_runs,
)

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
        # Columns of white space: a control character or a zero-width one is none.
        assert line.indent == sum(ch.isspace() for ch in src[line.start : line.cstart])
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
    # A transmission code before the first word moves it by no column.
    lines = scan_lines("\x02Snow fell.\n\x16\x16\tNext\n\ufeffLast")
    assert [(line.indent, line.cstart - line.start) for line in lines] == [(0, 1), (1, 3), (0, 1)]


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


# ---------------------------------------------------------------- runs of short lines


def _lines_before(text: str, offset: int) -> int:
    """How many lines of ``text`` (any line end) start before ``offset``."""
    return len(scan_lines(text[:offset].replace("\n", "\n.")))


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_run_of_short_lines_is_found_and_its_edges_kept(end: str) -> None:
    rows = [f"Row {number}" for number in range(400)]
    text = end.join(["Results of the regatta", *rows, "REUTER", ""])
    [(start, stop)] = short_line_runs(text)
    # The stretch starts and stops at line starts, never inside a CRLF.
    assert text[start - len(end) : start] == end and text[stop - len(end) : stop] == end
    assert text[start:].startswith(rows[RUN_EDGE - 1] + end)
    assert text[stop:].startswith(rows[-RUN_EDGE + 1] + end)
    assert text[stop:] == end.join([*rows[-RUN_EDGE + 1 :], "REUTER", ""])


def test_a_run_needs_more_than_its_bound_of_lines() -> None:
    assert short_line_runs("a\n" * MAX_SHORT_RUN) == []
    assert len(short_line_runs("a\n" * (MAX_SHORT_RUN + 1))) == 1
    assert short_line_runs("a\r\n" * MAX_SHORT_RUN) == []
    assert len(short_line_runs("a\r\n" * (MAX_SHORT_RUN + 1))) == 1
    # Blank lines are short lines too.
    assert len(short_line_runs("a\n\n" * (MAX_SHORT_RUN // 2 + 1))) == 1
    assert short_line_runs("\n".join(["a" * (SHORT_LINE + 1)] * 2000)) == []


def test_a_long_line_breaks_a_run_and_a_line_of_the_bound_does_not() -> None:
    short = "x" * SHORT_LINE + "\n"
    long = "x" * (SHORT_LINE + 1) + "\n"
    assert len(short_line_runs(short * 600)) == 1
    halves = short * 200 + long + short * 200
    assert short_line_runs(halves) == []
    assert len(short_line_runs(short * 300 + long + short * 300)) == 2


def test_a_run_on_the_first_line_and_without_a_final_line_end() -> None:
    text = "\n".join(["a"] * 500)
    [(start, stop)] = short_line_runs(text)
    assert (start, stop) == (2 * RUN_EDGE, len(text) - 2 * RUN_EDGE + 1)


def test_runs_are_found_within_bounds() -> None:
    text = "Head\n" + "a\n" * 600 + "Tail\n"
    [(start, stop)] = short_line_runs(text, 5, len(text) - 5)
    assert (start, stop) == (5 + 2 * RUN_EDGE, len(text) - 5 - 2 * RUN_EDGE)


def test_scan_lines_stands_one_blank_line_for_each_skipped_stretch() -> None:
    text = "Head\n" + "a\n" * 600 + "\nTail\n"
    runs = short_line_runs(text)
    lines = scan_lines(text, skip=runs)
    texts = [line.text for line in lines]
    # The run is every line: "Head" is its first and "Tail" its last.
    assert texts == ["Head", *["a"] * (RUN_EDGE - 1), "", *["a"] * (RUN_EDGE - 2), "", "Tail"]
    blank = lines[RUN_EDGE]
    assert (blank.start, blank.end) == (runs[0][0], runs[0][0])
    # No two blank lines in a row, as without a stretch skipped.
    text = "Head\n" + "\n" * 400 + "Tail\n"
    assert [line.text for line in scan_lines(text, skip=short_line_runs(text))] == [
        "Head",
        "",
        "Tail",
    ]


def _runs_line_by_line(text: str) -> list[tuple[int, int]]:
    """:func:`short_line_runs` the slow way, one line at a time."""
    starts, lengths = [], []
    pos = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        starts.append(pos)
        lengths.append(match.start() - pos)
        pos = match.end()
    if pos < len(text):
        starts.append(pos)
        lengths.append(len(text) - pos)
    runs = []
    first = 0
    for index in range(len(lengths) + 1):
        if index == len(lengths) or lengths[index] > SHORT_LINE:
            if index - first > MAX_SHORT_RUN:
                runs.append((starts[first + RUN_EDGE], starts[index - RUN_EDGE]))
            first = index + 1
    return runs


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "a", " ", "x" * SHORT_LINE, "x" * (SHORT_LINE + 1), "-- "]),
            st.sampled_from(["\n", "\r\n", "\r"]),
            st.sampled_from([1, 2, 7, 8, 9, RUN_EDGE, MAX_SHORT_RUN - 1, MAX_SHORT_RUN + 1]),
        ),
        max_size=12,
    ),
    st.booleans(),
)
def test_short_line_runs_agree_with_reading_line_by_line(
    blocks: list[tuple[str, str, int]], last_end: bool
) -> None:
    # Blocks of one line repeated, so that runs of every length near the
    # bounds are drawn cheaply.
    text = "".join((line + end) * count for line, end, count in blocks)
    if blocks and not last_end:
        text = text[: -len(blocks[-1][1])]
    expected = _runs_line_by_line(text)
    assert short_line_runs(text) == expected
    # Within bounds, as an envelope's body is read.
    framed = "Head\r\n" + text + "\r\nTail"
    shifted = [(start + 6, end + 6) for start, end in expected]
    assert short_line_runs(framed, 6, 6 + len(text)) == shifted
