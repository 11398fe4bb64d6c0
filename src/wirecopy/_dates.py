"""Month names, day numbers and the year rule.

English month forms of every agency (``Jan``, ``Jan.``, ``January``,
``Sept``, ``Sept.``, ``Sep``) are read by a table look-up.  Any other month
word is handed to dateparser, which is imported only then, so English copy
never pays for it.  One dateparser parser is created, on first need, and
reused; threads create it once and take turns using it.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from typing import Any

from wirecopy._once import Once

_ENGLISH = {
    "jan": 1, "january": 1,
    "feb": 2, "february": 2,
    "mar": 3, "march": 3,
    "apr": 4, "april": 4,
    "may": 5,
    "jun": 6, "june": 6,
    "jul": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

#: The English month forms, for use inside other patterns (longest first).
MONTH_PATTERN = "|".join(sorted(_ENGLISH, key=len, reverse=True))

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def month_number(word: str) -> int | None:
    """The month a written month word names, or None.

    >>> month_number("Sept."), month_number("DECEMBER"), month_number("Smarch")
    (9, 12, None)
    """
    key = word.rstrip(".").casefold()
    number = _ENGLISH.get(key)
    if number is not None:
        return number
    if not key.isalpha() or len(key) < 3:
        return None
    return _foreign_month(key)


@functools.cache
def _foreign_month(word: str) -> int | None:
    """Ask dateparser which month a non-English word names.

    >>> _foreign_month("août"), _foreign_month("tromvik")
    (8, None)
    """
    parser = PARSER()
    with _USE_LOCK:
        parsed = parser.get_date_data(f"15 {word} 2001")
    date = parsed["date_obj"] if parsed else None
    if date is None or date.day != 15 or date.year != 2001:
        return None
    return int(date.month)


def _new_parser() -> Any:
    """Create the dateparser parser for the agencies' languages."""
    # Imported here: dateparser costs a good part of a second to import and
    # English copy never needs it.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["fr", "es", "pt", "it", "de", "nl"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"]},
    )


#: The one dateparser parser, created by whichever thread first needs it.
PARSER: Once[Any] = Once(_new_parser)

# dateparser does not promise that one parser may serve two threads at once.
_USE_LOCK = threading.Lock()


def reference_day(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """The calendar day of a reference date, datetime or ISO 8601 string.

    An aware datetime counts in its own time zone.  A string, as dataset
    metadata often gives the date, is read in ISO 8601 form
    (``"2020-01-02"``, ``"2020-01-02T23:30:00Z"``).

    >>> reference_day(dt.datetime(2020, 1, 2, 23, 30))
    datetime.date(2020, 1, 2)
    >>> reference_day("2020-01-02T23:30:00-05:00")
    datetime.date(2020, 1, 2)
    >>> reference_day("Jan 2, 2020")
    Traceback (most recent call last):
      ...
    ValueError: reference_date must be an ISO 8601 date such as '2020-01-02', not 'Jan 2, 2020'
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return iso_day(value)
    raise TypeError(
        "reference_date takes a datetime.date, a datetime.datetime or an ISO 8601"
        f" string such as '2020-01-02', not {type(value).__name__}"
    )


def iso_day(text: str) -> dt.date:
    """The day of an ISO 8601 date or date and time (see :func:`reference_day`).

    >>> iso_day(" 2020-01-02 "), iso_day("2020-01-02 07:15Z")
    (datetime.date(2020, 1, 2), datetime.date(2020, 1, 2))
    """
    written = text.strip()
    try:
        if len(written) == 10:
            return dt.date.fromisoformat(written)
        # Python 3.10 reads no "Z" for UTC.
        if written.endswith(("Z", "z")):
            written = written[:-1] + "+00:00"
        return dt.datetime.fromisoformat(written).date()
    except ValueError:
        raise ValueError(
            f"reference_date must be an ISO 8601 date such as '2020-01-02', not {text!r}"
        ) from None


def check_date(month: int, day: int, year: int | None = None) -> str | None:
    """Why a month and day (and year) do not make a date, or None when they do.

    Without a year, February 29 is allowed.

    >>> check_date(2, 30)
    'February 30 is not a date'
    >>> check_date(2, 29) is None, check_date(2, 29, 2021)
    (True, 'February 29, 2021 is not a date')
    """
    if not 1 <= month <= 12:
        return f"month {month} does not exist"
    try:
        dt.date(2000 if year is None else year, month, day)
    except ValueError:
        written = f"{MONTH_NAMES[month - 1]} {day}"
        return f"{written}, {year} is not a date" if year else f"{written} is not a date"
    return None


def resolve_date(
    month: int, day: int, year: int | None, reference: dt.date | None
) -> tuple[dt.date | None, bool]:
    """The full date and whether its year was inferred.

    A written year wins.  Otherwise the year is the one that puts the month
    and day nearest the reference date, so Dec 31 filed on Jan 2 is last
    year's.  Without either, the date is None.

    >>> resolve_date(12, 31, None, dt.date(2020, 1, 2))
    (datetime.date(2019, 12, 31), True)
    >>> resolve_date(3, 1, 1987, None)
    (datetime.date(1987, 3, 1), False)
    """
    if year is not None:
        try:
            return dt.date(year, month, day), False
        except ValueError:
            return None, False
    if reference is None:
        return None, False
    best: dt.date | None = None
    for candidate_year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - reference) < abs(best - reference):
            best = candidate
    return best, best is not None
