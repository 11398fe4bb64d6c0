"""Month words, impossible dates and the nearest-year rule."""

from __future__ import annotations

import datetime as dt

import pytest

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
    ],
)
def test_reference_day(value: dt.date | None, day: dt.date | None) -> None:
    assert reference_day(value) == day
