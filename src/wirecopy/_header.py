"""Scrape headers: the ``-- `` lines web-scraped Reuters copy starts with.

Grammar::

    header    = headline-line byline-line timestamp-line url-line
    *-line    = "--" [" " value]
    timestamp = weekday month day "," year time zone   ; "Mon Dec 11, 2006 11:31am EST"

The byline line may be empty (``-- ``), and a scrape may have lost a line:
two lines or more, one of them the timestamp or the URL, make a header, and
a byline first stands for a lost headline.
The timestamp is the story's own reference date.
"""

from __future__ import annotations

import datetime as dt

import regex

from wirecopy._byline import parse_byline
from wirecopy._dates import MONTH_PATTERN, month_number
from wirecopy._lines import Line
from wirecopy._pattern import lazy
from wirecopy.model import Metadata

RE_MARKER = lazy(r"--[ \t]?")

# Each run of spaces is taken whole (possessive): the token after it never
# starts with a space, and a run given back space by space would retry the
# month names at each of its positions.
RE_TIMESTAMP = lazy(
    rf"""
    (?:\p{{L}}{{3,9}},?[ \t]++)?                   # weekday: "Mon"
    (?P<month>(?i:{MONTH_PATTERN}))\.?[ \t]++     # "Dec"
    (?P<day>\d{{1,2}}),?[ \t]++                    # "11,"
    (?P<year>\d{{4}})                              # "2006"
    (?:[ \t]++\d{{1,2}}:\d\d(?:[ \t]*+(?i:[ap]\.?m\.?))?)?  # "11:31am"
    (?:[ \t]++[A-Z]{{2,5}})?                       # "EST"
    """,
    regex.VERBOSE,
)

RE_URL = lazy(r"(?:https?://|www\.)\S+")


class ScrapeHeader:
    """What a scrape header holds, as spans into the source."""

    __slots__ = ("byline", "headline", "markup", "metadata", "next_line", "reference")

    def __init__(self) -> None:
        self.headline: tuple[int, int] | None = None
        self.byline: tuple[int, int] | None = None
        self.metadata: list[Metadata] = []
        self.markup: list[tuple[int, int]] = []
        self.reference: dt.date | None = None
        self.next_line = 0


def parse_scrape_header(src: str, lines: list[Line]) -> ScrapeHeader | None:
    """Read the ``-- `` header lines at the top of ``src``, or return None.

    >>> from wirecopy._lines import scan_lines
    >>> src = "-- Mill shuts\\n-- By Ana Ruiz\\n-- Tue Mar 3, 2009 9:01am EST\\n-- http://x.com/a\\n"
    >>> header = parse_scrape_header(src, scan_lines(src))
    >>> src[slice(*header.headline)], src[slice(*header.byline)], header.reference
    ('Mill shuts', 'By Ana Ruiz', datetime.date(2009, 3, 3))
    """
    index = 0
    while index < len(lines) and lines[index].blank:
        index += 1
    values: list[tuple[int, int]] = []
    header = ScrapeHeader()
    while index < len(lines) and len(values) < 4:
        line = lines[index]
        if line.blank and values:
            index += 1  # a scrape that doubled its line ends
            continue
        marker = RE_MARKER.match(src, line.cstart, line.cend)
        if marker is None:
            break
        header.markup.append((line.cstart, marker.end()))
        start = line.cend - len(src[marker.end() : line.cend].lstrip(" \t"))
        values.append((start, line.cend))
        index += 1
    if len(values) < 2 or not any(
        RE_TIMESTAMP.match(src, a, b) or RE_URL.match(src, a, b) for a, b in values
    ):
        return None  # a timestamp or a URL tells a header from dashed lines
    header.next_line = index
    for number, (start, end) in enumerate(values):
        if start >= end:
            continue
        timestamp = RE_TIMESTAMP.match(src, start, end)
        if timestamp is not None:
            header.metadata.append(
                Metadata(name="timestamp", text=src[start:end], span=(start, end))
            )
            month = month_number(timestamp.group("month"))
            try:
                header.reference = dt.date(
                    int(timestamp.group("year")), month or 0, int(timestamp.group("day"))
                )
            except ValueError:
                header.reference = None
        elif RE_URL.match(src, start, end):
            header.metadata.append(Metadata(name="url", text=src[start:end], span=(start, end)))
        elif number == 0 and parse_byline(src, start, end) is None:
            # The first line is the headline, unless the scrape lost it and
            # the byline comes first.
            header.headline = (start, end)
        elif header.byline is None:
            header.byline = (start, end)
    return header
