"""wirecopy.parse_feed(): the stories of a feed capture, in order, spans into the capture."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import wirecopy
from wirecopy._feed import split_feed

ANPA = (
    "\x16\x16\x01a0042\x1fwire\nr a\x13\x11 BC-Ferry-Crossing     03-03 0012\n"
    "\x02^BC-Ferry-Crossing,0010<\n^Ferry adds a night crossing<\n"
    "\t   TROMVIK, Norway (AP) _ The ferry will sail at night.\n"
    "\x03AP-WF-03-03-25 1409GMT<\n\x0c\n\x04"
)
IPTC = (
    "\x01eca0012 3 i 20  dpa 0007\n\nFerry/Tromvik/\n\x02Ferry sails at night =\n\n"
    "Tromvik (dpa) - The ferry sailed at night.\n\ndpa ab cd\n"
    "\x03041200 GMT Mar 25\n\x7f\n\x7f\x04"
)
TELEX = "ZCZC KES123\nCARVELL, March 5 (Reuters) - The port reopened.\nNNNN\n"
PLAIN = "VELOS, March 6 (AFP) - The storm passed.\n"


def spans_of(value: Any) -> list[tuple[int, int]]:
    """Every span in a parsed part, nested parts included."""
    found = []
    for name in getattr(value, "__attrs_attrs__", ()):
        item = getattr(value, name.name)
        if name.name.endswith("span") and isinstance(item, tuple):
            found.append(item)
        elif isinstance(item, tuple):
            for element in item:
                found.extend(spans_of(element))
        else:
            found.extend(spans_of(item))
    return found


def test_a_mixed_capture_yields_every_story_in_order() -> None:
    capture = ANPA + IPTC + TELEX + PLAIN + "\x0c" + PLAIN.replace("6", "7")
    docs = list(wirecopy.parse_feed(capture, reference_date=None))
    assert [d.agency for d in docs] == ["AP", "dpa", "Reuters", "AFP", "AFP"]
    assert [d.envelope.format if d.envelope else None for d in docs] == [
        "anpa-1312",
        "iptc-7901",
        None,
        None,
        None,
    ]
    assert docs[0].headline is not None and docs[0].headline.text == "Ferry adds a night crossing"
    assert docs[1].signoff is not None and docs[1].signoff.text == "dpa ab cd"
    assert [d.dateline.day for d in docs[2:] if d.dateline] == [5, 6, 7]


def test_spans_index_the_whole_capture() -> None:
    capture = PLAIN + "\x0c" + ANPA + IPTC
    docs = list(wirecopy.parse_feed(capture))
    assert len(docs) == 3
    for doc in docs:
        assert doc.source is capture
        for paragraph in doc.paragraphs:
            assert capture[slice(*paragraph.span)] == paragraph.text
        for start, end in spans_of(doc):
            assert 0 <= start <= end <= len(capture)
    envelope = docs[2].envelope
    assert envelope is not None and envelope.number is not None
    assert capture[slice(*envelope.number.span)] == "0012"
    assert capture[slice(*envelope.header_span)].startswith("\x01eca0012")


def test_a_form_feed_inside_a_transmission_does_not_split_it() -> None:
    assert split_feed(ANPA + ANPA) == [(0, len(ANPA)), (len(ANPA), 2 * len(ANPA))]


def test_telex_framing_lines_belong_to_no_story() -> None:
    (span,) = split_feed(TELEX)
    assert TELEX[slice(*span)] == "CARVELL, March 5 (Reuters) - The port reopened.\n"


def test_a_transmission_without_eot_ends_at_the_next_one() -> None:
    cut = ANPA[: ANPA.index("\x03")]
    assert split_feed(cut + IPTC) == [(0, len(cut)), (len(cut), len(cut) + len(IPTC))]


@pytest.mark.parametrize("capture", ["", "\x0c\x0c", "\x04", "NNNN\n", "ZCZC\n", "\x01\x01\x04"])
def test_empty_and_broken_captures_never_raise(capture: str) -> None:
    docs = list(wirecopy.parse_feed(capture))
    assert all(doc.source is capture for doc in docs)


def test_strict_and_type_errors_pass_through() -> None:
    with pytest.raises(wirecopy.ParseError):
        list(wirecopy.parse_feed("OSLO, Feb 30 (Reuters) - Snow fell.\n", strict=True))
    with pytest.raises(TypeError):
        list(wirecopy.parse_feed(b"Snow"))  # type: ignore[arg-type]


def test_a_reference_date_string_serves_every_story() -> None:
    capture = PLAIN + "\x0c" + PLAIN.replace("6", "7")
    by_string = list(wirecopy.parse_feed(capture, reference_date="2024-03-01"))
    by_date = list(wirecopy.parse_feed(capture, reference_date=dt.date(2024, 3, 1)))
    assert by_string == by_date
    assert [d.dateline.date for d in by_string if d.dateline] == [
        dt.date(2024, 3, 6),
        dt.date(2024, 3, 7),
    ]
    with pytest.raises(TypeError, match=r"^reference_date takes a datetime.date"):
        next(wirecopy.parse_feed(capture, reference_date=20240301))  # type: ignore[arg-type]
