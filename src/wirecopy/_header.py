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


# A web page's time stamp on a line of its own, above the dateline: "January
# 5, 2015 / 10:01 AM / 3 years ago", "Published: Jan. 5, 2015 10:01 a.m.
# ET", "Updated 10:01 AM ET, Mon January 5, 2015".  The line is made of such
# tokens only, and one run of them is a date with a year.
_STAMP_TOKEN = rf"""
    (?i:published|updated|posted|modified|last|first|on|at|date|time)(?::|\b)
  | (?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?[.,]?(?!\p{{L}})
  | (?i:{MONTH_PATTERN})\.?,?(?!\p{{L}})
  | \d{{1,3}}[ \t]+(?i:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)[ \t]+(?i:ago)
  | \d{{1,2}}(?i:st|nd|rd|th)?,?(?![\d:])
  | (?:19|20)\d\d,?(?![\d\-])
  | \d{{4}}-\d\d-\d\d(?:T[\d:.]+Z?)?
  | \d{{1,2}}[:.]\d\d(?::\d\d)?(?i:[ \t]?[ap]\.?m\.?)?,?
  | (?i:[ap]\.?m\.?),?
  | (?:(?:GMT|UTC)[+\-]\d{{1,2}}|GMT|UTC|[ECMPA][SD]?T|BST|[CEW]ES?T|IST|JST|HKT|SGT|MSK|Z),?
  | [/|·•\-–—]
"""
RE_STAMP_LINE = lazy(rf"(?:{_STAMP_TOKEN})(?:[ \t]++(?:{_STAMP_TOKEN}))*+[ \t]*", regex.VERBOSE)
RE_STAMP_DATE = lazy(
    rf"""
    (?P<month>(?i:{MONTH_PATTERN}))\.?[ \t]+(?P<day>\d{{1,2}})(?i:st|nd|rd|th)?,?[ \t]+
      (?P<year>(?:19|20)\d\d)
  | (?P<day2>\d{{1,2}})(?i:st|nd|rd|th)?[ \t]+(?P<month2>(?i:{MONTH_PATTERN}))\.?,?[ \t]+
      (?P<year2>(?:19|20)\d\d)
  | (?P<year3>(?:19|20)\d\d)-(?P<month3>\d\d)-(?P<day3>\d\d)
    """,
    regex.VERBOSE,
)
# The longest such line.
MAX_STAMP = 80


def web_timestamp(src: str, start: int, end: int) -> dt.date | None:
    """The date of a web page's time stamp filling ``src[start:end]``, or None.

    >>> web_timestamp("January 5, 2015 / 10:01 AM / 3 years ago", 0, 41)
    datetime.date(2015, 1, 5)
    >>> web_timestamp("Updated 10:01 AM ET, Mon January 5, 2015", 0, 40)
    datetime.date(2015, 1, 5)
    >>> web_timestamp("January 5, 2015: the ferry sailed", 0, 33) is None
    True
    """
    if end - start > MAX_STAMP or RE_STAMP_LINE.fullmatch(src, start, end) is None:
        return None
    found = RE_STAMP_DATE.search(src, start, end)
    if found is None:
        return None
    if found.group("year3"):
        return _date(found.group("year3"), int(found.group("month3")), found.group("day3"))
    return _date(
        found.group("year") or found.group("year2"),
        month_number(found.group("month") or found.group("month2")),
        found.group("day") or found.group("day2"),
    )


def _date(year: str, month: int | None, day: str) -> dt.date | None:
    """The date of a written year and day and a month number, or None when there is none.

    >>> _date("2015", 1, "5"), _date("2015", 2, "30"), _date("2015", None, "5")
    (datetime.date(2015, 1, 5), None, None)
    """
    try:
        return dt.date(int(year), month or 0, int(day))
    except ValueError:
        return None


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
            header.reference = _date(
                timestamp.group("year"),
                month_number(timestamp.group("month")),
                timestamp.group("day"),
            )
        elif RE_URL.match(src, start, end):
            header.metadata.append(Metadata(name="url", text=src[start:end], span=(start, end)))
        elif number == 0 and parse_byline(src, start, end) is None:
            # The first line is the headline, unless the scrape lost it and
            # the byline comes first.
            header.headline = (start, end)
        elif header.byline is None:
            header.byline = (start, end)
    return header
