"""Transmission envelopes: ANPA-1312 and IPTC 7901 headers, trailers and bodies."""

from __future__ import annotations

import datetime as dt

import pytest

import wirecopy
from wirecopy._envelope import parse_envelope
from wirecopy._lines import scan_lines
from wirecopy._notebook import find_notebook, parse_notebook

ANPA = (
    "\x16\x16\x01a0042\x1fwire\n"
    "r a\x13\x11 BC-NO--Ferry-Crossi 1stLd-Writethru   03-03 0412\n"
    "\x02^BC-NO--Ferry-Crossing, 1st Ld-Writethru,0400<\n"
    "^Ferry line adds a night crossing to the outer islands<\n"
    "^AP Photo TRM101, TRM102<\n"
    "^Eds: Moves with photos.<\n"
    "^By MIRA HOLT and HAL BRENNER=\n"
    "^Associated Press=\n"
    "\t   TROMVIK, Norway (AP) _ Nordvik Ferries will add a night crossing, the company said. \n"
    " \n"
    "\t   ``It is a long wait for the islanders,'' the mayor said.\n"
    " \n"
    "\t   ___\n"
    " \n"
    "\t   Holt reported from Oslo. Associated Press writer Ines Kohl contributed to this report.\n"
    "\n"
    "\t   \x03AP-WF-03-03-25 1409GMT<\n"
    "\n"
    "\x0c\n"
    "\x04"
)

IPTC = (
    "\x01eca0012 3 i 120 cb  dpa 0007\n"
    "\n"
    "Norway/ferry/islands/\n"
    "\x02REFILE\n"
    "1ST LEAD\n"
    "Ferry line adds night crossing =\n"
    "By Ines Kohl, dpa =\n"
    "\n"
    "Tromvik (dpa) - Nordvik Ferries will add a night crossing to the\n"
    "outer islands, the company said on Monday.\n"
    "\n"
    "The crossing will run twice a week.\n"
    "\n"
    "# Notebook\n"
    "\n"
    "## Note to editors\n"
    "- adds fares\n"
    "\n"
    "## Internet links\n"
    "- [Timetable](http://example.com/t)\n"
    "\n"
    "* * * *\n"
    "Not for publication\n"
    "\n"
    "## Desk contacts\n"
    "- Reporting by: Ines Kohl in Tromvik\n"
    "  and Piet Aalders in Oslo\n"
    "- Editing by: Tom Hale, +49 30 0000 0000, <desk@example.com>\n"
    "- Tel: +49 30 0000 0001\n"
    "\n"
    "dpa ik ta\n"
    "\n"
    "\x03031409 GMT Okt 25\n"
    "\x7f\n"
    "\x7f\x04"
)


def test_anpa_header_fields() -> None:
    env = wirecopy.parse(ANPA).envelope
    assert env is not None
    assert env.format == "anpa-1312"
    values = {
        name: getattr(env, name).text
        for name in ("service", "number", "selector", "priority", "category", "filing_date")
    }
    assert values == {
        "service": "a",
        "number": "0042",
        "selector": "wire",
        "priority": "r",
        "category": "a",
        "filing_date": "03-03",
    }
    assert [k.text for k in env.keywords] == ["BC-NO--Ferry-Crossi"]
    assert env.slug is not None and env.slug.text == "BC-NO--Ferry-Crossing"
    assert env.take is not None and env.take.text == "1st Ld-Writethru"
    assert env.word_count == 412
    assert env.trailer is not None and env.trailer.text == "AP-WF-03-03-25 1409GMT"
    assert env.date == dt.date(2025, 3, 3)
    assert env.source is None and env.flags is None


def test_anpa_body() -> None:
    doc = wirecopy.parse(ANPA)
    assert doc.agency == "AP"
    assert doc.headline is not None
    assert doc.headline.text == "Ferry line adds a night crossing to the outer islands"
    assert doc.byline is not None
    assert [p.name for p in doc.byline.people] == ["MIRA HOLT", "HAL BRENNER"]
    assert doc.byline.affiliation == "Associated Press"
    assert doc.dateline is not None
    assert (doc.dateline.city, doc.dateline.country, doc.dateline.agency) == (
        "TROMVIK",
        "Norway",
        "AP",
    )
    assert [p.text for p in doc.paragraphs] == [
        "Nordvik Ferries will add a night crossing, the company said.",
        "``It is a long wait for the islanders,'' the mayor said.",
    ]
    assert [(n.kind, n.text) for n in doc.notes] == [
        ("take", "1st Ld-Writethru"),
        ("other", "AP Photo TRM101, TRM102"),
        ("editors-note", "Eds: Moves with photos."),
    ]
    assert [(c.role, [(p.name, p.location) for p in c.people]) for c in doc.credits] == [
        ("reporting", [("Holt", "Oslo")]),
        ("contributing", [("Ines Kohl", None)]),
    ]
    assert doc.signoff is None
    assert doc.unclaimed == ()


def test_an_anpa_note_line_without_an_indent_is_no_paragraph_line() -> None:
    # An unindented line runs the paragraph above it on, but a line that
    # opens a note or a credit starts a part of its own.
    paragraph = "\t   ``It is a long wait for the islanders,'' the mayor said.\n"
    text = ANPA.replace(paragraph, paragraph + " \n($1 = 8.95 Norwegian crowns)\n")
    doc = wirecopy.parse(text)
    assert [p.text for p in doc.paragraphs] == [
        "Nordvik Ferries will add a night crossing, the company said.",
        "``It is a long wait for the islanders,'' the mayor said.",
    ]
    assert ("conversion", "($1 = 8.95 Norwegian crowns)") in [(n.kind, n.text) for n in doc.notes]
    assert doc.unclaimed == ()


def test_iptc_header_fields() -> None:
    env = wirecopy.parse(IPTC).envelope
    assert env is not None
    assert env.format == "iptc-7901"
    assert [env.source.text, env.number.text, env.priority.text, env.category.text] == [  # type: ignore[union-attr]
        "eca",
        "0012",
        "3",
        "i",
    ]
    assert env.flags is not None and env.flags.text == "cb"
    assert env.service is not None and env.service.text == "dpa"
    assert env.service_number is not None and env.service_number.text == "0007"
    assert env.word_count == 120
    assert [k.text for k in env.keywords] == ["Norway/ferry/islands/"]
    assert env.trailer is not None and env.trailer.text == "031409 GMT Okt 25"
    assert env.date == dt.date(2025, 10, 3)


def test_iptc_body_and_notebook() -> None:
    doc = wirecopy.parse(IPTC)
    assert doc.agency == "dpa"
    assert doc.headline is not None and doc.headline.text == "Ferry line adds night crossing"
    assert doc.byline is not None and [p.name for p in doc.byline.people] == ["Ines Kohl"]
    assert doc.dateline is not None and doc.dateline.city == "Tromvik"
    assert [p.text for p in doc.paragraphs] == [
        "Nordvik Ferries will add a night crossing to the outer islands, the company said on"
        " Monday.",
        "The crossing will run twice a week.",
    ]
    assert [(n.kind, n.text) for n in doc.notes] == [
        ("story-type", "REFILE"),
        ("take", "1ST LEAD"),
        ("editors-note", "adds fares"),
        ("other", "## Internet links - [Timetable](http://example.com/t)"),
        ("contact", "+49 30 0000 0000, <desk@example.com>"),
        ("contact", "Tel: +49 30 0000 0001"),
    ]
    assert [(c.role, [(p.name, p.location) for p in c.people]) for c in doc.credits] == [
        ("reporting", [("Ines Kohl", "Tromvik"), ("Piet Aalders", "Oslo")]),
        ("editing", [("Tom Hale", None)]),
    ]
    assert doc.signoff is not None and doc.signoff.text == "dpa ik ta"
    assert doc.unclaimed == ()


@pytest.mark.parametrize("text", [ANPA, IPTC])
def test_spans_read_back_and_no_control_character_leaks(text: str) -> None:
    doc = wirecopy.parse(text)
    env = doc.envelope
    assert env is not None
    fields = [
        value
        for value in (getattr(env, a.name) for a in type(env).__attrs_attrs__)
        if isinstance(value, wirecopy.Field)
    ]
    for field in [*fields, *env.keywords]:
        assert text[slice(*field.span)] == field.text
        assert not any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in field.text)
    parts = [doc.headline, doc.byline, doc.dateline, doc.signoff, *doc.paragraphs, *doc.notes]
    for part in [*parts, *doc.credits]:
        if part is not None:
            assert not any(ord(char) < 0x20 for char in part.text)
    header_end = env.header_span[1]
    assert text[header_end - 1] == "\x02"
    assert text[env.trailer_span[0]] == "\x03"
    assert text[env.trailer_span[1] - 1] == "\x04"


def test_the_envelope_date_is_the_dateline_reference() -> None:
    text = IPTC.replace("Tromvik (dpa)", "Tromvik, Sept 30 (dpa)")
    doc = wirecopy.parse(text)
    assert doc.dateline is not None and doc.dateline.date == dt.date(2025, 9, 30)
    assert doc.dateline.reference == "envelope"
    notes = [d for d in doc.diagnostics if d.code == "envelope-reference-date"]
    assert [(d.severity, text[slice(*d.span)]) for d in notes] == [("info", "031409 GMT Okt 25")]
    given = wirecopy.parse(text, reference_date=dt.date(2019, 10, 1))
    assert given.dateline is not None and given.dateline.date == dt.date(2019, 9, 30)
    assert given.dateline.reference == "argument"
    assert not [d for d in given.diagnostics if d.code == "envelope-reference-date"]


@pytest.mark.parametrize(
    ("trailer", "date"),
    [
        ("\x03AP-WF-12-31-99 2359GMT<\x04", dt.date(1999, 12, 31)),
        ("\x03AP-WF-02-30-24 0000GMT\x04", None),
        ("\x03", None),
    ],
)
def test_anpa_trailer_dates(trailer: str, date: dt.date | None) -> None:
    text = ANPA[: ANPA.index("\x03")] + trailer
    env = wirecopy.parse(text).envelope
    assert env is not None and env.date == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("311200 GMT Dez 24", dt.date(2024, 12, 31)),
        ("010000 GMT Mai 2025", dt.date(2025, 5, 1)),
        ("150000 GMT March 25", dt.date(2025, 3, 15)),
        ("300000 GMT Feb 25", None),
        ("300000 GMT Smarch 25", None),
    ],
)
def test_iptc_trailer_dates(line: str, date: dt.date | None) -> None:
    text = IPTC[: IPTC.index("\x03") + 1] + line + "\n\x7f\x04"
    env = wirecopy.parse(text).envelope
    assert env is not None and env.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Snow fell.",
        "\x01Snow fell.\x03\x04",
        "\x01eca0012 3 i 120\nno start of text",
        "\x16\x16\x01a0042\x1fwire\nnot a header line\n\x02Snow.\x03",
        "\x16\x16\x01a0042\x1fwire\nr a BC-X 03-03 0012\ntext before STX\n\x02Snow.\x03",
    ],
)
def test_no_envelope(text: str) -> None:
    assert parse_envelope(text, 0, len(text)) is None
    assert wirecopy.parse(text).envelope is None


@pytest.mark.parametrize(
    ("text", "story"),
    [("\x01" + IPTC, IPTC), ("\x01" + ANPA, ANPA), ("\x16\x01\x16" + ANPA, ANPA)],
)
def test_a_start_code_written_twice_still_opens_the_envelope(text: str, story: str) -> None:
    doc, plain = wirecopy.parse(text), wirecopy.parse(story)
    assert doc.envelope is not None and plain.envelope is not None
    assert doc.envelope.format == plain.envelope.format
    assert doc.headline is not None and plain.headline is not None
    assert doc.headline.text == plain.headline.text
    assert [p.text for p in doc.paragraphs] == [p.text for p in plain.paragraphs]
    assert [c.role for c in doc.credits] == [c.role for c in plain.credits]
    assert doc.unclaimed == ()


def test_an_envelope_without_a_trailer() -> None:
    text = "\x01eca0012 3 i 120\n\x02Tromvik (dpa) - Snow fell.\n"
    doc = wirecopy.parse(text)
    assert doc.envelope is not None
    assert doc.envelope.trailer is None and doc.envelope.date is None
    assert doc.envelope.trailer_span == (len(text), len(text))
    assert [p.text for p in doc.paragraphs] == ["Snow fell."]


def anpa_story(body: str) -> wirecopy.Document:
    """``body`` after the ANPA header's STX, closed by ETX, parsed."""
    return wirecopy.parse(ANPA[: ANPA.index("\x02") + 1] + body + "\x03")


def test_anpa_table_codes_stay_out_of_texts() -> None:
    doc = anpa_story(
        "^BC-NO--Timetable<\n^Ferry Timetable=\n"
        "\x08^;Dep;Arr\x10\n\x08Tromvik\x10 Pier;0900;1100\x10\n"
    )
    assert doc.headline is not None and doc.headline.text == "Ferry Timetable"
    assert [p.text for p in doc.paragraphs] == [";Dep;Arr", "Tromvik Pier;0900;1100"]


def test_anpa_slug_gives_the_headline_when_no_line_does() -> None:
    doc = anpa_story("^BC-NO--Harbour Weather,<\n\t   OSLO (AP) _ Rain.\n")
    assert doc.headline is not None and doc.headline.text == "Harbour Weather"
    assert doc.envelope is not None and doc.envelope.slug is not None
    assert doc.envelope.slug.text == "BC-NO--Harbour Weather"


def test_anpa_format_identifier_and_digest_lines() -> None:
    doc = anpa_story(
        "^*9006< ^AP-Top-Harbour-Headlines,0040<\n^AP Top Harbour News at 9 a.m.<\n"
        "^Ferry adds night crossing\n^Storm closes pier\n"
    )
    assert doc.envelope is not None and doc.envelope.format_id is not None
    assert doc.envelope.format_id.text == "*9006"
    assert doc.headline is not None and doc.headline.text == "AP Top Harbour News at 9 a.m."
    assert [p.text for p in doc.paragraphs] == ["Ferry adds night crossing", "Storm closes pier"]


def test_by_the_associated_press_names_no_person() -> None:
    doc = anpa_story(
        "^BC-NO--Results<\n^Ferry Race Results=\n^All Times CET=\n^By The Associated Press=\n"
        "^FIRST HEAT=\n"
    )
    assert doc.byline is not None
    assert (doc.byline.people, doc.byline.affiliation) == ((), "The Associated Press")
    assert [(n.kind, n.text) for n in doc.notes] == [("other", "All Times CET")]
    assert [p.text for p in doc.paragraphs] == ["FIRST HEAT"]


def test_notebook_alone() -> None:
    src = "# Notebook\n## Refile\n## Note to editors\n- adds fares\n- adds map\n"
    lines = scan_lines(src)
    assert find_notebook(lines, 0, len(lines)) == 0
    book = parse_notebook(src, lines)
    assert [(n.kind, n.text) for n in book.notes] == [
        ("editors-note", "adds fares"),
        ("editors-note", "adds map"),
    ]
    assert book.credits == []
    assert find_notebook(scan_lines("# Heading\n"), 0, 1) is None


def test_a_field_with_a_run_of_spaces_is_collapsed() -> None:
    text = (
        "\x16\x16\x01a0042\x1fwire\nr a\x13\x11 BC-Ferry     03-03 0412\n"
        "\x02^BC-Ferry,0400<\nThe ferry sailed.\n\x03AP-WF-03-03-25   1409GMT<\n\x04"
    )
    envelope = wirecopy.parse(text).envelope
    assert envelope is not None and envelope.trailer is not None
    assert envelope.trailer.text == "AP-WF-03-03-25 1409GMT"
    assert text[slice(*envelope.trailer.span)] == "AP-WF-03-03-25   1409GMT"
