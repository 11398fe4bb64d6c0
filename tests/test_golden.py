"""Golden stories: ``tests/golden/NAME.txt`` parsed and compared with ``NAME.json``.

The stories are invented, written in the layouts of the agencies; each JSON
file was written by hand from what the story should give, not dumped from
the parser.  A story the parser gets wrong stays here as a strict expected
failure, with the reason, until the parser is fixed.

Each JSON file holds ``layout`` (a description), ``reference_date`` (ISO or
null, passed to ``parse``) and the expected parts: ``agency``, ``headline``,
``byline`` (the people's names), ``dateline`` (its written parts), ``date``
(ISO), ``paragraphs``, ``credits`` ([role, name, location]), ``notes``
([kind, text]) and ``signoff``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import wirecopy

GOLDEN = Path(__file__).resolve().parent / "golden"

# Stories the parser does not read right yet: name -> what goes wrong.
KNOWN_FAILURES: dict[str, str] = {}

EXPECTED_KEYS = {
    "layout",
    "reference_date",
    "agency",
    "headline",
    "byline",
    "dateline",
    "date",
    "paragraphs",
    "credits",
    "notes",
    "signoff",
}


def to_plain(doc: wirecopy.Document) -> dict[str, Any]:
    """A document as the plain values the JSON files hold."""
    dateline = doc.dateline
    return {
        "agency": doc.agency,
        "headline": doc.headline.text if doc.headline else None,
        "byline": [p.name for p in doc.byline.people] if doc.byline else None,
        "dateline": None
        if dateline is None
        else {
            "city": dateline.city,
            "region": dateline.region,
            "country": dateline.country,
            "month": dateline.month,
            "day": dateline.day,
            "year": dateline.year,
            "agency": dateline.agency,
        },
        "date": dateline.date.isoformat() if dateline and dateline.date else None,
        "paragraphs": [p.text for p in doc.paragraphs],
        "credits": [[c.role, p.name, p.location] for c in doc.credits for p in c.people],
        "notes": [[n.kind, n.text] for n in doc.notes],
        "signoff": doc.signoff.text if doc.signoff else None,
    }


def cases() -> list[Any]:
    names = sorted(path.stem for path in GOLDEN.glob("*.txt"))
    params = []
    for name in names:
        marks = []
        if name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[name]))
        params.append(pytest.param(name, id=name, marks=marks))
    return params


def load(name: str) -> tuple[str, dict[str, Any], dt.date | None]:
    text = (GOLDEN / f"{name}.txt").read_bytes().decode("utf-8")
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    reference = expected["reference_date"]
    return text, expected, dt.date.fromisoformat(reference) if reference else None


def test_golden_files_come_in_pairs() -> None:
    texts = {path.stem for path in GOLDEN.glob("*.txt")}
    jsons = {path.stem for path in GOLDEN.glob("*.json")}
    assert texts == jsons
    assert len(texts) >= 8
    assert set(KNOWN_FAILURES) <= texts


@pytest.mark.parametrize("name", sorted(path.stem for path in GOLDEN.glob("*.json")))
def test_golden_json_is_complete(name: str) -> None:
    _, expected, _ = load(name)
    assert set(expected) == EXPECTED_KEYS


@pytest.mark.parametrize("name", cases())
def test_golden(name: str) -> None:
    text, expected, reference = load(name)
    doc = wirecopy.parse(text, reference_date=reference)
    assert doc.source is text
    wanted = {
        key: value for key, value in expected.items() if key not in ("layout", "reference_date")
    }
    assert to_plain(doc) == wanted


@pytest.mark.parametrize("name", sorted(path.stem for path in GOLDEN.glob("*.txt")))
def test_golden_spans_read_back(name: str) -> None:
    text, _, reference = load(name)
    doc = wirecopy.parse(text, reference_date=reference)
    parts: list[Any] = [doc.headline, doc.byline, doc.dateline, *doc.paragraphs, *doc.notes]
    for part in [*parts, *doc.credits]:
        if part is not None:
            assert " ".join(text[slice(*part.span)].split()) == part.text


def test_crlf_golden_really_has_crlf() -> None:
    data = (GOLDEN / "crlf-update.txt").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 0


#: Changes that leave a story's reading as it was: a byte-order mark, blank
#: lines that hold spaces or a tab, trailing spaces, CRLF line ends.
BENIGN: dict[str, Any] = {
    "byte-order mark": lambda text: "\ufeff" + text,
    "spaces in blank lines": lambda text: text.replace("\n\n", "\n \n"),
    "tab in blank lines": lambda text: text.replace("\n\n", "\n\t\n"),
    "trailing spaces": lambda text: text.replace("\n", "  \n"),
    "CRLF": lambda text: text.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("change", sorted(BENIGN))
@pytest.mark.parametrize("name", sorted(path.stem for path in GOLDEN.glob("*.txt")))
def test_golden_survives_benign_changes(name: str, change: str) -> None:
    text, _, reference = load(name)
    if "\r" in text and change in ("trailing spaces", "CRLF"):
        pytest.skip("the story has CR line ends already")
    changed = BENIGN[change](text)
    if changed == text:
        pytest.skip("the change does not apply to the story")
    doc = wirecopy.parse(changed, reference_date=reference)
    assert to_plain(doc) == to_plain(wirecopy.parse(text, reference_date=reference))
