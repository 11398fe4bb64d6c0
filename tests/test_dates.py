"""Month words, impossible dates and the nearest-year rule."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import wirecopy
from wirecopy._dates import check_date, month_number, reference_day, resolve_date

D = dt.date


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("Jan", 1),
        ("Jan.", 1),
        ("January", 1),
        ("JANUARY", 1),
        ("Feb.", 2),
        ("May", 5),
        ("Sept", 9),
        ("Sept.", 9),
        ("Sep", 9),
        ("sep", 9),
        ("DEC", 12),
        # Other languages go through dateparser.
        ("août", 8),
        ("Juni", 6),
        ("marzo", 3),
        ("junho", 6),
        ("Mai", 5),
    ],
)
def test_month_number(word: str, month: int) -> None:
    assert month_number(word) == month


@pytest.mark.parametrize("word", ["", "x", "12", "Smarch", "Martes", "Tromvik", "Ja"])
def test_not_a_month(word: str) -> None:
    assert month_number(word) is None


@pytest.mark.parametrize(
    ("month", "day", "year", "problem"),
    [
        (2, 30, None, "February 30 is not a date"),
        (4, 31, None, "April 31 is not a date"),
        (1, 0, None, "January 0 is not a date"),
        (13, 1, None, "month 13 does not exist"),
        (0, 1, None, "month 0 does not exist"),
        (2, 29, 2021, "February 29, 2021 is not a date"),
        (2, 29, 1900, "February 29, 1900 is not a date"),
        # Fine dates.
        (2, 29, None, None),  # without a year, February 29 may be
        (2, 29, 2024, None),
        (2, 29, 2000, None),
        (12, 31, None, None),
        (1, 1, 1987, None),
    ],
)
def test_check_date(month: int, day: int, year: int | None, problem: str | None) -> None:
    assert check_date(month, day, year) == problem


@pytest.mark.parametrize(
    ("month", "day", "year", "reference", "expected"),
    [
        # The year boundary, both ways.
        (12, 31, None, D(2020, 1, 2), (D(2019, 12, 31), True)),
        (1, 1, None, D(2019, 12, 30), (D(2020, 1, 1), True)),
        (1, 2, None, D(2020, 1, 2), (D(2020, 1, 2), True)),
        (12, 30, None, D(2020, 12, 31), (D(2020, 12, 30), True)),
        # Half a year either side.
        (7, 1, None, D(2020, 1, 1), (D(2020, 7, 1), True)),
        (7, 3, None, D(2020, 1, 1), (D(2019, 7, 3), True)),
        # February 29: the nearest leap year within a year either side, else None.
        (2, 29, None, D(2020, 3, 1), (D(2020, 2, 29), True)),
        (2, 29, None, D(2020, 2, 28), (D(2020, 2, 29), True)),
        (2, 29, None, D(2021, 3, 1), (D(2020, 2, 29), True)),
        (2, 29, None, D(2019, 3, 1), (D(2020, 2, 29), True)),
        (2, 29, None, D(2023, 3, 1), (D(2024, 2, 29), True)),
        (2, 29, None, D(2022, 6, 1), (None, False)),
        # A written year wins, whatever the reference.
        (2, 29, 2020, None, (D(2020, 2, 29), False)),
        (12, 31, 2014, D(2015, 1, 2), (D(2014, 12, 31), False)),
        (3, 1, 1987, D(2020, 1, 1), (D(1987, 3, 1), False)),
        # An impossible written date resolves to nothing.
        (2, 29, 2021, None, (None, False)),
        # No year and no reference: nothing to resolve against.
        (3, 1, None, None, (None, False)),
    ],
)
def test_resolve_date(
    month: int,
    day: int,
    year: int | None,
    reference: dt.date | None,
    expected: tuple[dt.date | None, bool],
) -> None:
    assert resolve_date(month, day, year, reference) == expected


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (None, None),
        (D(2020, 1, 2), D(2020, 1, 2)),
        (dt.datetime(2020, 1, 2, 23, 30), D(2020, 1, 2)),
        (
            dt.datetime(2020, 1, 2, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            D(2020, 1, 2),
        ),
        ("2020-01-02", D(2020, 1, 2)),
        ("2020-01-02T23:30:00Z", D(2020, 1, 2)),
        ("2020-01-02T23:30:00-05:00", D(2020, 1, 2)),
    ],
)
def test_reference_day(value: dt.date | str | None, day: dt.date | None) -> None:
    assert reference_day(value) == day


def test_one_parser_is_made_once() -> None:
    from wirecopy import _dates
    from wirecopy._once import Once

    assert isinstance(_dates.PARSER, Once)
    month_number("août")
    assert _dates.PARSER.made
    assert _dates.PARSER() is _dates.PARSER()


def test_foreign_months_from_threads() -> None:
    from wirecopy import _dates

    _dates._foreign_month.cache_clear()
    words = {"août": 8, "Juni": 6, "marzo": 3, "junho": 6, "dicembre": 12, "Oktober": 10}
    found: dict[str, int | None] = {}

    def work(word: str) -> None:
        found[word] = month_number(word)

    threads = [threading.Thread(target=work, args=(word,)) for word in words for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == words


# English stories in every English month form, month first and day first.
ENGLISH_STORIES = [
    "KESTERVIK, Norway, Jan 4 (Reuters) - Drift ice closed the harbour.\n",
    "TROMVIK, Sept. 30, 2019 (AP) _ The ferry ran late.\n",
    "PARIS, Texas, SEPT 3 (AP) - Hail fell.\n",
    "    OSLO, Sep 3 - Snow fell.\n Reuter\n",
    "Kestervik, 12 January 2021 (AFP) - The port closed.\n",
    "KESTERVIK, 18 jun (Xinhua) -- A ferry line added a crossing.\n",
    "WASHINGTON, DECEMBER 31 (Reuters) - Congress met.\n",
    "KESTERVIK Shr 12 cts vs 10 cts\n",
    "-- Mill shuts\n-- \n-- Tue Mar 3, 2009 9:01am EST\n-- http://example.com/a\n\n"
    " OSLO, March 2 (Reuters) - The mill shut.\n",
]


def test_english_datelines_never_import_dateparser() -> None:
    code = (
        "import json, sys, wirecopy\n"
        f"stories = {ENGLISH_STORIES!r}\n"
        "dates = [str(wirecopy.parse(s).dateline.month) for s in stories]\n"
        "print(json.dumps({'months': dates, 'dateparser': 'dateparser' in sys.modules}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    found = json.loads(out.stdout)
    assert found["months"] == ["1", "9", "9", "9", "1", "6", "12", "None", "3"]
    assert found["dateparser"] is False


EST = dt.timezone(dt.timedelta(hours=-5))
TOKYO = dt.timezone(dt.timedelta(hours=9))


@pytest.mark.parametrize(
    ("written", "reference", "expected"),
    [
        # Dec 31 against Jan 1 and Jan 2 references; Jan 1 against Dec 30.
        ("Dec 31", D(2020, 1, 1), D(2019, 12, 31)),
        ("Dec 31", D(2020, 1, 2), D(2019, 12, 31)),
        ("Jan 1", D(2019, 12, 30), D(2020, 1, 1)),
        ("Jan 1", D(2019, 12, 31), D(2020, 1, 1)),
        ("Dec 31", D(2019, 12, 31), D(2019, 12, 31)),
        # Feb 29 in and out of leap years.
        ("Feb 29", D(2024, 3, 1), D(2024, 2, 29)),
        ("Feb 29", D(2025, 1, 15), D(2024, 2, 29)),
        ("Feb 29", D(2027, 12, 1), D(2028, 2, 29)),
        ("Feb 29", D(2026, 6, 1), None),
        # Naive datetimes count by their calendar day.
        ("Dec 31", dt.datetime(2020, 1, 1, 0, 5), D(2019, 12, 31)),
        ("Jan 1", dt.datetime(2019, 12, 31, 23, 55), D(2020, 1, 1)),
        # Aware datetimes count by the day in their own time zone.
        ("Dec 31", dt.datetime(2019, 12, 31, 20, 0, tzinfo=EST), D(2019, 12, 31)),
        ("Jan 1", dt.datetime(2020, 1, 1, 8, 0, tzinfo=TOKYO), D(2020, 1, 1)),
        ("Jan 1", dt.datetime(2019, 12, 31, 23, 0, tzinfo=EST), D(2020, 1, 1)),
        # A written year wins over any reference.
        ("Dec 31, 2014", D(2020, 1, 2), D(2014, 12, 31)),
    ],
)
def test_year_rule_through_parse(
    written: str, reference: dt.date | dt.datetime, expected: dt.date | None
) -> None:
    doc = wirecopy.parse(f"KESTERVIK, {written} (Reuters) - Snow fell.\n", reference_date=reference)
    assert doc.dateline is not None
    assert doc.dateline.date == expected
    inferred = expected is not None and "," not in written
    assert doc.dateline.year_inferred is inferred
    assert doc.dateline.reference == ("argument" if inferred else None)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("Feb 30", "February 30 is not a date"),
        ("April 31", "April 31 is not a date"),
        ("Jan 0", "January 0 is not a date"),
        ("Feb 29, 2021", "February 29, 2021 is not a date"),
    ],
)
def test_impossible_dates_through_parse(written: str, message: str) -> None:
    doc = wirecopy.parse(f"KESTERVIK, Norway, {written} (Reuters) - Snow fell.\n")
    assert doc.dateline is not None and doc.dateline.date is None
    [diagnostic] = doc.diagnostics
    assert (diagnostic.code, diagnostic.message) == ("impossible-date", message)


def test_reference_from_a_scrape_header() -> None:
    src = (
        "-- Mill shuts\n-- \n-- Tue Jan 2, 2009 9:01am EST\n-- http://example.com/a\n\n"
        " OSLO, Dec 31 (Reuters) - The mill shut.\n"
    )
    dateline = wirecopy.parse(src).dateline
    assert dateline is not None
    assert (dateline.date, dateline.reference) == (D(2008, 12, 31), "header")
    # The argument wins over the header.
    dateline = wirecopy.parse(src, reference_date=D(2015, 1, 1)).dateline
    assert dateline is not None
    assert (dateline.date, dateline.reference) == (D(2014, 12, 31), "argument")


def test_no_reference_no_year() -> None:
    dateline = wirecopy.parse("OSLO, Dec 31 (Reuters) - The mill shut.\n").dateline
    assert dateline is not None
    assert (dateline.date, dateline.year_inferred, dateline.reference) == (None, False, None)


@pytest.mark.parametrize(
    ("ending", "expected", "source"),
    [
        ("Copyright 2016 Kestrel Wire. All rights reserved.", dt.date(2016, 1, 1), "copyright"),
        ("(c) 1999 Kestrel Wire", dt.date(1999, 1, 1), "copyright"),
        ("Copyright law was argued in 2016.", None, None),
    ],
)
def test_copyright_year_is_the_last_reference(
    ending: str, expected: dt.date | None, source: str | None
) -> None:
    doc = wirecopy.parse(f"OSLO, Jan 1 (AP) - The mill shut.\n\n{ending}\n")
    assert doc.dateline is not None
    assert doc.dateline.date == expected
    assert doc.dateline.reference == source


def test_argument_wins_over_copyright_year() -> None:
    doc = wirecopy.parse(
        "OSLO, Jan 1 (AP) - The mill shut.\n\nCopyright 2016 Kestrel Wire.\n",
        reference_date=dt.date(2020, 12, 30),
    )
    assert doc.dateline is not None
    assert doc.dateline.date == dt.date(2021, 1, 1)
    assert doc.dateline.reference == "argument"
