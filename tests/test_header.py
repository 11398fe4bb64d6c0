"""Scrape headers: the ``-- `` lines at the top of web-scraped copy."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecopy._header import ScrapeHeader, parse_scrape_header, web_timestamp
from wirecopy._lines import scan_lines


def header_of(src: str) -> ScrapeHeader | None:
    return parse_scrape_header(src, scan_lines(src))


def text_at(src: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else src[span[0] : span[1]]


def test_full_header() -> None:
    src = (
        "-- Ferry line adds night crossing\n"
        "-- By Lena Vosk\n"
        "-- Tue Mar 3, 2009 9:01am EST\n"
        "-- http://www.example.com/article/idUSTRE0001\n"
        "\n"
        " BERGEN  (Reuters) - A ferry sailed.\n"
    )
    header = header_of(src)
    assert header is not None
    assert text_at(src, header.headline) == "Ferry line adds night crossing"
    assert text_at(src, header.byline) == "By Lena Vosk"
    assert [(m.name, m.text) for m in header.metadata] == [
        ("timestamp", "Tue Mar 3, 2009 9:01am EST"),
        ("url", "http://www.example.com/article/idUSTRE0001"),
    ]
    for item in header.metadata:
        assert src[slice(*item.span)] == item.text
    assert [src[a:b] for a, b in header.markup] == ["-- "] * 4
    assert header.reference == dt.date(2009, 3, 3)
    assert header.next_line == 4


@pytest.mark.parametrize(
    "stamp",
    [
        "Tue Mar 3, 2009 9:01am EST",
        "Tue Mar 3, 2009 21:01 GMT",
        "Tue Mar 3, 2009 9:01 am",
        "Tue,  Mar  3,  2009   9:01pm   EST",
        "Mar 3, 2009",
    ],
)
def test_timestamp_forms(stamp: str) -> None:
    src = f"-- Ferry line adds night crossing\n-- \n-- {stamp}\n\nA ferry sailed.\n"
    header = header_of(src)
    assert header is not None
    assert [(m.name, m.text) for m in header.metadata] == [("timestamp", stamp)]
    assert header.reference == dt.date(2009, 3, 3)


def test_empty_byline_line() -> None:
    src = "-- Ferry line adds crossing\n-- \n-- Mon Dec 11, 2006 11:31am EST\n-- http://x.com/a\n"
    header = header_of(src)
    assert header is not None
    assert header.byline is None
    assert text_at(src, header.headline) == "Ferry line adds crossing"
    assert [m.name for m in header.metadata] == ["timestamp", "url"]
    assert [src[a:b] for a, b in header.markup] == ["-- ", "--", "-- ", "-- "]
    assert header.reference == dt.date(2006, 12, 11)


def test_crlf_header_spans_index_the_crlf_text() -> None:
    src = (
        "-- Ferry line adds crossing\r\n-- By  Lena Vosk\r\n"
        "-- Tue Mar 3, 2009 9:01am EST\r\n-- http://x.com/a\r\n"
    )
    header = header_of(src)
    assert header is not None
    assert text_at(src, header.headline) == "Ferry line adds crossing"
    assert text_at(src, header.byline) == "By  Lena Vosk"
    assert [src[slice(*m.span)] for m in header.metadata] == [
        "Tue Mar 3, 2009 9:01am EST",
        "http://x.com/a",
    ]


def test_leading_blank_lines_and_two_lines() -> None:
    src = "\n\n-- Ferry line adds crossing\n-- Tue Mar 3, 2009 9:01am EST\n"
    header = header_of(src)
    assert header is not None
    assert header.headline == (src.index("Ferry"), src.index("crossing") + len("crossing"))
    assert header.next_line == 3  # the two leading empty lines read as one blank line


def test_marker_without_space() -> None:
    src = "--Ferry line adds crossing\n--Tue Mar 3, 2009\n"
    header = header_of(src)
    assert header is not None
    assert text_at(src, header.headline) == "Ferry line adds crossing"
    assert header.reference == dt.date(2009, 3, 3)


def test_impossible_timestamp_gives_no_reference() -> None:
    src = "-- Ferry line adds crossing\n-- Tue Feb 30, 2009 9:01am EST\n"
    header = header_of(src)
    assert header is not None
    assert header.reference is None
    assert [m.name for m in header.metadata] == ["timestamp"]


@pytest.mark.parametrize(
    ("src", "names"),
    [
        # A scrape that lost the timestamp line.
        (
            "-- Ferry line adds night crossing\n"
            "-- By Lena Vosk\n"
            "-- http://www.example.com/article/idUSTRE0001\n"
            "\n"
            "BERGEN (Reuters) - A ferry sailed.\n",
            ["url"],
        ),
        # A scrape that doubled its line ends.
        (
            "-- Ferry line adds night crossing\n\n"
            "-- By Lena Vosk\n\n"
            "-- Tue Mar 3, 2009 9:01am EST\n\n"
            "-- http://www.example.com/article/idUSTRE0001\n\n"
            "BERGEN (Reuters) - A ferry sailed.\n",
            ["timestamp", "url"],
        ),
    ],
)
def test_damaged_headers(src: str, names: list[str]) -> None:
    header = header_of(src)
    assert header is not None
    assert text_at(src, header.headline) == "Ferry line adds night crossing"
    assert text_at(src, header.byline) == "By Lena Vosk"
    assert [m.name for m in header.metadata] == names


@pytest.mark.parametrize(
    ("first", "headline", "byline"),
    [
        ("By Lena Vosk", None, "By Lena Vosk"),  # the headline line lost
        ("By the numbers: ferries in 2016", "By the numbers: ferries in 2016", None),
    ],
)
def test_a_byline_first_is_no_headline(
    first: str, headline: str | None, byline: str | None
) -> None:
    src = f"-- {first}\n-- Tue Mar 3, 2009 9:01am EST\n-- http://example.com/a\n"
    header = header_of(src)
    assert header is not None
    assert text_at(src, header.headline) == headline
    assert text_at(src, header.byline) == byline


@pytest.mark.parametrize(
    "src",
    [
        "",
        "Ferry line adds crossing\n\nBERGEN (Reuters) - A ferry sailed.\n",
        # One header line is not a header.
        "-- Ferry line adds crossing\n",
        # Without a timestamp or a URL among them, "--" lines are not a header.
        "-- Ferry line adds crossing\n-- By Lena Vosk\n",
        # The header starts at the top.
        "Ferry line adds crossing\n-- By Lena Vosk\n-- Tue Mar 3, 2009\n",
        # At most four header lines are read; the timestamp must be among them.
        "-- a\n-- b\n-- c\n-- d\n-- Tue Mar 3, 2009\n",
    ],
)
def test_not_a_header(src: str) -> None:
    assert header_of(src) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 3, 2009 / 9:01 AM / 3 years ago", dt.date(2009, 3, 3)),
        ("Published: March 3, 2009 9:01 a.m. ET", dt.date(2009, 3, 3)),
        ("Updated 9:01 AM ET, Tue March 3, 2009", dt.date(2009, 3, 3)),
        ("Posted on 3 March 2009 at 09:01 GMT+1", dt.date(2009, 3, 3)),
        ("2009-03-03T09:01:00Z", dt.date(2009, 3, 3)),
        ("Tuesday, March 3, 2009", dt.date(2009, 3, 3)),
        # Not a time stamp line: other words, no year, no day, no date at all.
        ("March 3, 2009: the ferry sailed", None),
        ("Updated: 2 hours ago", None),
        ("March 2009", None),
        ("PARIS MARCH 3 2009", None),  # a dateline on a line of its own
        ("Ferry line adds night crossing", None),
        ("February 30, 2009", None),
    ],
)
def test_web_timestamp(line: str, date: dt.date | None) -> None:
    assert web_timestamp(line, 0, len(line)) == date
