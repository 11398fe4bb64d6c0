"""Property tests: parse() is total, and its spans account for the whole input.

Two kinds of input: any text at all, and generated wire-like stories built
from invented words in the agencies' layouts, with random line ends,
indentation and transmission control characters.  The profile (number of
examples) comes from ``HYPOTHESIS_PROFILE``; see ``conftest.py``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import textwrap
from pathlib import Path
from typing import Any

import attrs
import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import wirecopy
from strategies import hostile_stories
from wirecopy import Document, Envelope, Field, ParseError
from wirecopy._dates import month_number
from wirecopy._envelope import parse_envelope
from wirecopy._header import parse_scrape_header
from wirecopy._lines import PADDING, scan_lines
from wirecopy._notebook import find_notebook, parse_notebook
from wirecopy._places import resolve_place

# A foreign month word loads dateparser, which takes a good part of a second
# once; load it now so that the first example does not run into the deadline.
month_number("août")
# So does the gazetteer's city table, the first time a dateline's city is
# looked up.
resolve_place("KESTERVIK", None, "Norway", None)

Span = tuple[int, int]


# Control characters that are not white space: no text field keeps them.
CONTROLS = {
    code: None for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if not chr(code).isspace()
}


def collapse(text: str) -> str:
    return " ".join(text.translate(CONTROLS).split())


# The names the checks below give the parts of Document.parts().
PART_NAMES = {
    "headline": "headline",
    "byline": "byline",
    "dateline": "dateline",
    "paragraphs": "paragraph",
    "credits": "credit",
    "notes": "note",
    "signoff": "signoff",
    "metadata": "metadata",
    "unclaimed": "unclaimed",
}


def top_level(doc: Document) -> list[tuple[str, Span]]:
    """Every top-level part's span, identical credit spans counted once."""
    # "(Additional reporting and writing by A)" gives two credits of one span.
    named = dict.fromkeys((PART_NAMES[field], part.span) for field, part in doc.parts())
    parts: list[tuple[str, Span]] = list(named)
    if doc.envelope is not None:
        spans = (doc.envelope.header_span, doc.envelope.trailer_span)
        parts.extend(("envelope", span) for span in spans if span[0] < span[1])
    return parts


def envelope_fields(doc: Document) -> list[Field]:
    """Every value an envelope read, each with its span."""
    envelope = doc.envelope
    if envelope is None:
        return []
    values = [getattr(envelope, name) for name in attrs.fields_dict(Envelope)]
    fields = [value for value in values if isinstance(value, Field)]
    return fields + list(envelope.keywords)


def markers(text: str) -> list[Span]:
    """Markup that belongs to no part: the "--" markers of a scrape header,
    what an envelope claims, ANPA "___" rules and a notebook's headings."""
    found = parse_envelope(text, 0, len(text))
    if found is None:
        lines = scan_lines(text)
        header = parse_scrape_header(text, lines)
        spans = [] if header is None else list(header.markup)
        spans.extend(match.span() for match in CONTROL_REFERENCES.finditer(text))
    else:
        lines = scan_lines(text, *found.body)
        spans = list(found.claimed)
        spans.extend((line.start, line.end) for line in lines if RE_RULE.fullmatch(line.text))
    notebook = find_notebook(lines, 0, len(lines))
    if notebook is not None:
        spans.extend(parse_notebook(text, lines[notebook:]).markup)
    return spans


# Control characters written as references ("&#2;", "&#x3;") that open or
# close the text, with only padding before or after them.
_REFERENCE = r"&\#(?:0*(?:[1-9]|[12][0-9]|3[01]|127)|[xX]0*(?:[1-9a-fA-F]|1[0-9a-fA-F]|7[fF]));"
_PAD = regex.escape(PADDING)
CONTROL_REFERENCES = regex.compile(
    rf"\A[{_PAD}]*\K{_REFERENCE}(?:[{_PAD}]*{_REFERENCE})*"
    rf"|{_REFERENCE}(?:[{_PAD}]*{_REFERENCE})*(?=[{_PAD}]*\Z)"
)

# An ANPA rule line, with its line codes: "^___=".
RE_RULE = re.compile(r"\^?_{3,}[<=]?")


def check(text: str, doc: Document) -> None:
    """Every invariant a parsed document keeps."""
    assert doc.source is text
    size = len(text)

    # Every span lies within the text.
    def inside(span: Span) -> None:
        start, end = span
        assert 0 <= start <= end <= size, (span, size)

    parts = top_level(doc)
    for _, span in parts:
        inside(span)
        assert span[0] < span[1], span
    for diagnostic in doc.diagnostics:
        inside(diagnostic.span)
        assert diagnostic.severity in ("info", "warning", "error")
    people = [
        *(doc.byline.people if doc.byline else ()),
        *(p for c in doc.credits for p in c.people),
    ]
    for person in people:
        inside(person.span)
        assert collapse(text[slice(*person.span)]) == person.name

    # Texts are the collapsed text of their spans.
    for paragraph in doc.paragraphs:
        assert paragraph.text == collapse(text[slice(*paragraph.span)])
    written: list[Any] = [doc.headline, doc.byline, doc.dateline, doc.signoff]
    for part in [*written, *doc.notes, *doc.credits, *envelope_fields(doc)]:
        if part is not None:
            assert part.text == collapse(text[slice(*part.span)])
    exact: list[Any] = [*doc.metadata, *doc.unclaimed]
    for item in exact:
        assert item.text == text[slice(*item.span)]

    # People sit inside the part that names them.
    if doc.byline is not None:
        for person in doc.byline.people:
            assert doc.byline.span[0] <= person.span[0] <= person.span[1] <= doc.byline.span[1]
    for credit in doc.credits:
        for person in credit.people:
            assert credit.span[0] <= person.span[0] <= person.span[1] <= credit.span[1]

    # A resolved place has a country; a place only where a city is written.
    if doc.dateline is not None and doc.dateline.place is not None:
        place = doc.dateline.place
        assert doc.dateline.city is not None
        assert len(place.country_code) == 2 and place.country_code.isupper()
        assert place.country
        assert place.region_code is None or place.region_code.startswith(place.country_code + "-")
        assert (place.latitude is None) == (place.longitude is None)
    if doc.dateline is not None and doc.dateline.reference is not None:
        assert doc.dateline.year_inferred
        assert doc.dateline.reference in ("argument", "header", "envelope", "copyright")

    # No text field keeps a control character.
    texts = [part.text for part in [*written, *doc.paragraphs, *doc.notes, *doc.credits] if part]
    texts.extend(field.text for field in envelope_fields(doc))
    for value in texts:
        assert value == value.translate(CONTROLS), value

    # Parts come in order and never overlap.
    groups: list[Any] = [doc.paragraphs, doc.credits, doc.notes, doc.metadata, doc.unclaimed]
    for group in [*groups, doc.diagnostics]:
        starts = [item.span for item in group]
        assert starts == sorted(starts)
    ordered = sorted(parts, key=lambda part: part[1])
    for (name_a, a), (name_b, b) in itertools.pairwise(ordered):
        assert a[1] <= b[0], f"{name_a} {a} overlaps {name_b} {b}"

    # No visible character is dropped without being accounted for.
    assert dropped(text, doc, parts) == []


# Punctuation that parse() claims as part of a line without giving it to a
# part: a credit line's parentheses and the separators between its roles
# (a dash among them), the separator after a headline's story type ("UPDATE 2-"), and the " ="
# that ends an ANPA or IPTC byline line.  (The separator before the site a
# web page's title ends with, "| Reuters", is checked on its own.)
LINE_PUNCTUATION = "();,.:-–—/=¥"

# ANPA format codes left in the text ("&QL;", and "UR" from a stripped
# "&UR;") before a trailer, which belong to no part.
FORMAT_CODES = regex.compile(r"&[A-Z]{2};|(?<=[.!?][ \t]+)UR(?=[ \t]+[(\p{Lu}])")

# A rule line between sections ("___"), which is no text of the story.
# Padding (NUL and other control characters too) may stand around it, and
# any line end (CR alone too) may close the line before and after it.  A
# note or credit in parentheses may follow the rule on its line ("___(Adds
# quote)"): the parser splits the group off and the rule is left alone.
_LINE_PADDING = regex.escape(PADDING.replace("\r", "").replace("\n", ""))
RULE_LINE = regex.compile(
    rf"(?<![^\r\n])[{_LINE_PADDING}]*\K([_\-=*~#])(?:[ \t]?\1){{2,}}"
    rf"(?=[{_LINE_PADDING}]*(?:[\r\n(]|\Z))"
)


def dropped(text: str, doc: Document, parts: list[tuple[str, Span]]) -> list[tuple[int, str]]:
    """Visible characters that no part, fragment or line punctuation accounts for."""
    owner: list[str | None] = [None] * len(text)
    for name, (start, end) in parts:
        owner[start:end] = [name] * (end - start)
    for start, end in markers(text):
        owner[start:end] = ["marker"] * (end - start)
    for match in [*FORMAT_CODES.finditer(text), *RULE_LINE.finditer(text)]:
        start, end = match.span()
        if all(owner[at] is None for at in range(start, end)):
            owner[start:end] = ["marker"] * (end - start)
    for field in envelope_fields(doc):
        owner[slice(*field.span)] = ["envelope"] * (field.span[1] - field.span[0])
    for note in doc.notes:
        if note.kind == "story-type":
            start, end = note.span
            owner[start:end] = ["story-type"] * (end - start)
    skip = PADDING + "\r\n" + LINE_PUNCTUATION
    # Inside an envelope "^" opens a header line and "<" or "=" ends a line.
    codes = "^<=" if doc.envelope is not None else ""

    def neighbour(at: int, step: int) -> str | None:
        while 0 <= at < len(text) and owner[at] is None and text[at] in skip:
            at += step
        return owner[at] if 0 <= at < len(text) else None

    missing = []
    for at, char in enumerate(text):
        if owner[at] is not None or char in PADDING or char in "\r\n":
            continue
        if char in LINE_PUNCTUATION and {neighbour(at, -1), neighbour(at, 1)} & {
            "credit",
            "story-type",
            "signoff",
        }:
            continue
        if char in "|-–—" and (neighbour(at - 1, -1), neighbour(at + 1, 1)) == (
            "headline",
            "metadata",
        ):
            continue
        # IPTC ends a byline or headline line with " =", with or without an envelope.
        if (char == "=" and neighbour(at, -1) in ("byline", "headline")) or char in codes:
            continue
        missing.append((at, char))
    return missing


def parse_and_check(
    text: str, reference: dt.date | None = None, *, record: bool = False
) -> Document:
    """Parse ``text`` leniently and strictly and check every invariant.

    With ``record``, an input that fails is written to the regression
    folder (see :func:`record_failure`) before the failure is raised.
    """
    try:
        doc = wirecopy.parse(text, reference_date=reference)
        check(text, doc)
        errors = [d for d in doc.diagnostics if d.severity == "error"]
        try:
            strict = wirecopy.parse(text, reference_date=reference, strict=True)
        except ParseError as error:
            assert errors, "strict mode raised on a document without errors"
            assert (error.code, error.message, error.span) == (
                errors[0].code,
                errors[0].message,
                errors[0].span,
            )
            assert error.source is text
        else:
            assert not errors, "strict mode passed a document with errors"
            assert strict == doc
    except BaseException:
        if record:
            record_failure(text, reference)
        raise
    return doc


# ---------------------------------------------------------------- any text


@given(st.text())
@example("")
@example("\x01\x02")
@example("\r\n\r")
@example("(Reporting by")
@example("-- \n-- Jan 1, 2000")
@example("OSLO, Feb 30 -")
@example("By A\nB Jan 1 x")
def test_any_text(text: str) -> None:
    parse_and_check(text, record=True)


# Characters wire copy is made of, so that random text hits the patterns.
WIRE_ALPHABET = st.sampled_from(
    list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    + list(" \t\n\r\u00a0.,;:()-—–_/=$'\"")
    + ["By ", "(Reuters)", "(AP)", " - ", "Jan ", "Dec 31", "Reuter", "--", "(Reporting by "]
    + ["; Editing by ", " and ", " in ", "($1 = ", "(Adds ", "UPDATE 1-", "\x01", "\u2003"]
)


@given(st.lists(WIRE_ALPHABET, max_size=80).map("".join))
@example("(Reporting by A and B in C; Editing by D)")
@example("By Ana Ruiz PARIS (Reuters) - x")
def test_wire_alphabet_text(text: str) -> None:
    parse_and_check(text, dt.date(2020, 1, 2), record=True)


# ---------------------------------------------------------------- wire-like stories

FIRST = ["Ana", "Tom", "Ines", "Lena", "Piet", "Omar", "Sana", "Cora", "Mila", "Teodor"]
LAST = ["Ruiz", "Hale", "Kohl", "Vosk", "Aalders", "Qadri", "Mirza", "Manning", "de la Cruz"]
CITIES = ["TROMVIK", "CARVELL", "PUNTA QUILLCA", "SAINT-AUBIN", "KALGURRA", "VELOS", "NEW DORP"]
TITLE_CITIES = ["Tromvik", "Carvell", "Velos"]
REGIONS = ["Norway", "Neb.", "Peru", "Mauritius", "Ore.", "South Africa", "Wis."]
MONTHS = ["Jan", "Feb.", "March", "Sept.", "Dec", "August", "Oct"]
AGENCIES = ["Reuters", "AP", "AFP", "Xinhua", "dpa", "Reuters Health", "Warta Kita"]
DASHES = ["-", "--", "—", "–", "_", ".-"]
WORDS = [
    "the", "ferry", "harbour", "council", "said", "on", "Tuesday", "would", "add", "night",
    "crossing", "islands", "shares", "rose", "percent", "quarter", "company", "fishing", "boat",
    "sank", "channel", "port", "ships", "anchor", "divers", "cleared", "storm", "winter",
    "tonnes", "copper", "pit", "floods", "forecast", "output", "analyst", "mayor",
]  # fmt: skip
CAPITALISED = ["Nordlys", "Sjo", "Carvell", "Mining", "Tromvik", "Faerevaag", "Bellrock"]
PADDING_CHARS = ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u00a0", "\u200b", "\ufeff"]


@st.composite
def names(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS + CAPITALISED), min_size=3, max_size=25))
    words[0] = words[0].capitalize()
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(["12", "3.1", "$4"])))
    ending = draw(st.sampled_from([".", ".", ".", "?", '."', ",", ""]))
    opening = '"' if ending == '."' else ""
    return opening + " ".join(words) + ending


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def headlines(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS + CAPITALISED), min_size=2, max_size=12))
    headline = " ".join(words)
    headline = headline.upper() if draw(st.booleans()) else headline.capitalize()
    prefix = draw(
        st.sampled_from(["", "", "", "UPDATE 2-", "REFILE-", "Exclusive: ", "RPT-", "BRIEF-"])
    )
    return prefix + headline + draw(st.sampled_from(["", "", "", " =", " | Reuters", " - AP"]))


@st.composite
def bylines(draw: st.DrawFn) -> str:
    people = draw(st.lists(names(), min_size=1, max_size=3))
    place = draw(st.sampled_from(["", "", "", " in Tromvik"]))
    byline = "By " + " and ".join(people) + place
    byline += draw(
        st.sampled_from(
            ["", "", ", Reuters", ", AP Business Writer", ", dpa =", "\nAP Sports Writer"]
        )
    )
    return byline


@st.composite
def datelines(draw: st.DrawFn) -> str:
    form = draw(st.integers(0, 10))
    city = draw(st.sampled_from(CITIES))
    date = f"{draw(st.sampled_from(MONTHS))} {draw(st.integers(0, 32))}"
    agency = f"({draw(st.sampled_from(AGENCIES))})"
    dash = draw(st.sampled_from(DASHES))
    region = draw(st.sampled_from(REGIONS))
    if form == 0:
        return f"{city}, {region}, {date} {agency} {dash} "
    if form == 1:
        return f"{city} {agency} {dash} "
    if form == 2:
        return f"{city} {date} "
    if form == 3:
        return f"{city} "
    if form == 4:
        return f"{agency} {dash} "
    if form == 5:
        return f"{draw(st.sampled_from(TITLE_CITIES))} {agency} {dash} "
    if form == 7:  # TASS, PR Newswire: the tag between slashes
        return f"{city}, {date}. /{draw(st.sampled_from(['TASS', 'PRNewswire']))}/. "
    if form == 8:  # Business Wire: the tag between separators, the date after it
        return f"{city}, {region}--(BUSINESS WIRE)--{date}, 2016--"
    if form == 10:  # ANSA: the tag first, then the place and the date
        return f"{agency} {dash} {city}, {date} {dash} "
    if form == 9:  # a date in figures, ISO or day first with dots
        day, month = draw(st.integers(0, 32)), draw(st.integers(0, 13))
        year = draw(st.integers(1980, 2030))
        figures = draw(st.sampled_from([f"{year}-{month:02}-{day:02}", f"{day}.{month}.{year}"]))
        return f"{city}, {figures} {agency} {dash} "
    year = draw(st.integers(1980, 2030))
    return f"{city}, {region}, {date}, {year} {agency} {dash}"


ROLES = [
    "Reporting by",
    "additional reporting by",
    "Additional reporting and writing by",
    "Writing by",
    "Editing by",
    "Editor by",
    "Compiled by",
    "Graphic by",
]


@st.composite
def credit_lines(draw: st.DrawFn) -> str:
    roles = draw(st.lists(st.sampled_from(ROLES), min_size=1, max_size=3))
    pieces = []
    for role in roles:
        people = draw(st.lists(names(), min_size=1, max_size=3))
        place = draw(st.sampled_from(["", "", " in Tromvik", " in Carvell, Neb."]))
        pieces.append(f"{role} {' and '.join(people)}{place}")
    closing = draw(st.sampled_from([")", ")", "", "bare", "dashed"]))
    if closing == "bare":  # as web pages print it
        return "; ".join(pieces)
    if closing == "dashed":  # Bloomberg's closing lines
        people = draw(st.lists(names(), min_size=1, max_size=3))
        editors = draw(st.lists(names(), min_size=1, max_size=2))
        return f"--With assistance from {' and '.join(people)}.\n--Editors: {', '.join(editors)}"
    return "(" + "; ".join(pieces) + closing


NOTES = [
    "($1 = 8.7120 Norwegian crowns)",
    "(Adds quote from harbour master)",
    "(Corrects spelling of captain's name in paragraph 2)",
    "Eds: Moves with photos.",
    "(Graphic: tmsnrt.rs/3xAmPlE)",
    "((lena.vosk@example.com; +47 22 00 00 00))",
    "For more on the storm, see:",
    "c.1998 Tromvik Times News Service",
    "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)",
    "Our Standards: The Tromvik Trust Principles.",
    "* Ferry fares to rise 5 pct",
    "ATTENTION - ADDS harbour master's comment ///",
    "=(PICTURE)=",
    "(In U.S. dollars unless noted)",
]
SIGNOFFS = [
    "Reuter",
    " Reuter",
    "REUTER",
    "Enditem",
    "dmh/ns",
    "bur-kd-ays/mw",
    "(pvs/ji)",
    "--IANS\nab/cd",
    "Reuter\n&#3;",
]
HEADER_LINES = [
    "-- Tue Jan 12, 2010 6:41am EST",
    "-- http://www.example.com/article/idUSX0001",
    "-- ",
]


def layout(paras: list[str], style: int, width: int) -> list[str]:
    """Lay out body paragraphs in one of the agencies' styles."""
    lines: list[str] = []
    for number, para in enumerate(paras):
        if style == 0:  # one paragraph per line
            lines.append(para)
        elif style == 1:  # blank lines between paragraphs
            if number:
                lines.append("")
            lines.extend(textwrap.wrap(para, width) or [para])
        elif style == 2:  # Reuters 1987: 4-space indents
            lines.extend(textwrap.wrap(para, width, initial_indent="    ") or [para])
        else:  # hard-wrapped, no other mark
            lines.extend(textwrap.wrap(para, width) or [para])
    return lines


@st.composite
def stories(draw: st.DrawFn) -> str:
    lines: list[str] = []
    if draw(st.integers(0, 5)) == 0:
        lines.append(f"-- {draw(headlines())}")
        lines.append(draw(st.sampled_from(["-- ", f"-- {draw(bylines())}"])))
        lines.extend(draw(st.lists(st.sampled_from(HEADER_LINES), min_size=1, max_size=2)))
        lines.append("")
    elif draw(st.booleans()):
        if draw(st.integers(0, 4)) == 0:
            lines.append("BC-Ferry-Tromvik,0210")  # a slug line no rule knows
        lines.append(draw(headlines()))
        if draw(st.booleans()):
            lines.append("")
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(NOTES)))
    if draw(st.booleans()):
        lines.append(draw(bylines()))
        if draw(st.booleans()):
            lines.append("")
    paras = draw(st.lists(paragraphs(), min_size=0, max_size=6))
    with_dateline = draw(st.booleans())
    if paras and with_dateline:
        paras[0] = draw(datelines()) + paras[0]
    if draw(st.booleans()):
        rows = draw(st.lists(st.sampled_from(["Shr 12 cts vs 10 cts", "Net 1,200 vs 1,000"])))
        paras.extend(rows)
    body = layout(paras, draw(st.integers(0, 3)), draw(st.integers(30, 90)))
    lines.extend(body)
    for note in draw(st.lists(st.sampled_from(NOTES), max_size=2)):
        lines.append(note)
    if draw(st.booleans()):
        credit = draw(credit_lines())
        if lines and draw(st.integers(0, 3)) == 0:
            lines[-1] += "  " + credit  # run on at the end of the last paragraph
        else:
            # Role phrases stay on one line: a role phrase broken by CRLF is a
            # known failure (test_credits), which would drown every other finding.
            for phrase in ROLES:
                credit = credit.replace(phrase, phrase.replace(" ", "\u2060"))
            wrapped = textwrap.wrap(credit, draw(st.integers(30, 90)))
            lines.extend(line.replace("\u2060", " ") for line in wrapped)
    with_signoff = draw(st.booleans())
    if body and with_signoff:  # a sign-off closes a story body
        signoff = draw(st.sampled_from(SIGNOFFS))
        if draw(st.integers(0, 3)) == 0:
            lines[-1] += " " + signoff.strip()
        else:
            lines.append(signoff)

    # Indentation, line ends and control characters.
    indented = [
        draw(st.sampled_from(["", "", "", " ", "    ", "\t", "\u00a0"])) + line
        if draw(st.integers(0, 4)) == 0
        else line
        for line in lines
    ]
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    if draw(st.integers(0, 5)) == 0:
        text = "".join(line + draw(st.sampled_from(["\n", "\r\n", "\r"])) for line in indented)
    else:
        text = newline.join(indented) + draw(st.sampled_from(["", newline]))
    text = draw(envelopes(text))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(PADDING_CHARS)) + text[at:]
    return text


ANPA_HEADERS = [
    "\x16\x16\x01a0042\x1fwire\nr a\x13\x11 BC-Ferry-Crossing     03-03 0412\n\x02",
    "\x16\x16\x01f1234\x1f-----\r\nu s\x14\x12 BC-Ferry-Crossi 1stLd-Writethru 12-31 \r\n\x02",
]
ANPA_SLUGS = ["", "^BC-Ferry-Crossing,0400<\n", "^BC-Ferry--Night Crossing, 2nd Ld-Writethru,1<\n"]
ANPA_TRAILERS = ["\n\x03AP-WF-03-03-25 1409GMT<\n\x0c\n\x04", "\x03", ""]
IPTC_HEADERS = [
    "\x01eca0012 3 i 120  dpa 0007\n\nFerry/Tromvik/\n\x02",
    "\x01xyz7 1 rs 9 ccb kna 12\r\n\x02REFILE\r\n(Achtung)\r\n",
]
IPTC_TRAILERS = ["\n\x03031409 GMT Okt 25\n\x7f\n\x7f\x04", "\x03310000 GMT Feb 25", ""]


@st.composite
def envelopes(draw: st.DrawFn, text: str) -> str:
    """The story as it stands, or inside an ANPA-1312 or IPTC 7901 envelope."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        head = draw(st.sampled_from(ANPA_HEADERS)) + draw(st.sampled_from(ANPA_SLUGS))
        if draw(st.booleans()):
            text = "\n".join(
                draw(st.sampled_from(["^", "\t   ", ""]))
                + line
                + draw(st.sampled_from(["", "<", "="]))
                for line in text.split("\n")
            )
        return head + text + draw(st.sampled_from(ANPA_TRAILERS))
    if kind == 1:
        head = draw(st.sampled_from(IPTC_HEADERS))
        return head + text + draw(st.sampled_from(IPTC_TRAILERS))
    return text


@given(stories(), st.one_of(st.none(), st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31))))
@example(
    "Nordlys Sjo adds crossing\n\nTROMVIK, Norway (Reuters) - The ferry sailed.\n"
    "(Additional reporting and writing by Ana Ruiz and Tom Hale; Editing by Cora Manning)\n",
    None,
)
@example("    TROMVIK, Feb 30 - The ferry sailed.\n Reuter", dt.date(2020, 1, 2))
@example(
    # "12 cts" reads as a day and a foreign month: the first such line loads dateparser.
    "NORDLYS TUESDAY FORECAST THE\nBy Mila de la Cruz and Mila Aalders and Ines Qadri, dpa =\n"
    "Shr 12 cts vs 10 cts\n(Editor by Teodor Aalders and Teodor Manning and Tom Kohl; Editor by"
    " Mila\nKohl and Teodor Vosk in Carvell, Neb.; Editor by Piet Qadri and Piet de la\nCruz)"
    " Endit\x07em\n",
    None,
)
@example(
    "-- Ferry sails\r\n-- \r\n-- Tue Jan 12, 2010 6:41am EST\r\n\r\n TROMVIK (Reuters) - x\r\n",
    None,
)
def test_wire_stories(text: str, reference: dt.date | None) -> None:
    parse_and_check(text, reference, record=True)


REFERENCES = st.one_of(st.none(), st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31)))


@given(hostile_stories(stories()), REFERENCES)
@example("\ufeff\ud800TROMVIK, Feb 30 (Reuters) - x\u202e\r", None)
@example("\x16\x16\x01a0001 4 f BC-Ferry 03-03 0100\x1f\n\x02By Ana Ruiz=\n\x03\x04", None)
def test_hostile_stories(text: str, reference: dt.date | None) -> None:
    parse_and_check(text, reference, record=True)


# ---------------------------------------------------------------- regressions

#: Every input on which parse() once broke an invariant, one file each.
REGRESSIONS = Path(__file__).parent / "regressions"


def regression_files() -> list[Path]:
    """The regression inputs, in name order."""
    return sorted(REGRESSIONS.glob("*.txt"))


def read_regression(path: Path) -> tuple[str, dt.date | None]:
    """A regression input and its reference date ("name@2020-01-02.txt").

    Read as bytes so that "\r\n" survives; lone surrogates are stored with
    the "surrogatepass" error handler.
    """
    _, _, reference = path.stem.partition("@")
    text = path.read_bytes().decode("utf-8", "surrogatepass")
    return text, dt.date.fromisoformat(reference) if reference else None


def record_failure(text: str, reference: dt.date | None, folder: Path = REGRESSIONS) -> Path:
    """Write a failing input to ``regressions/new-<test>[@date].txt``.

    Hypothesis runs the shrunk example last, so the file left behind holds
    the smallest failing input.  Rename it after what it shows and commit it:
    ``test_regression`` then runs it for good.
    """
    test = os.environ.get("PYTEST_CURRENT_TEST", "unknown").split("::")[-1].split(" ")[0]
    name = f"new-{test}" + (f"@{reference.isoformat()}" if reference else "")
    path = folder / f"{name}.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


@pytest.mark.parametrize("path", regression_files(), ids=lambda path: path.stem)
def test_regression(path: Path) -> None:
    text, reference = read_regression(path)
    parse_and_check(text, reference)


def test_a_recorded_failure_reads_back_as_it_was(tmp_path: Path) -> None:
    text = "TROMVIK, Feb 30 -\r\n\ud800 x\r"
    path = record_failure(text, dt.date(2020, 1, 2), tmp_path)
    assert path.name == "new-test_a_recorded_failure_reads_back_as_it_was@2020-01-02.txt"
    assert read_regression(path) == (text, dt.date(2020, 1, 2))
    assert read_regression(record_failure(text, None, tmp_path)) == (text, None)


@given(stories())
@example(
    "By Ana Ruiz\nTROMVIK, Norway, Jan 0 (Reuters) - The the the.\n($1 = 8.7120 Norwegian crowns)\n"
    "(Reporting by Ana Ruiz and Ana Ruiz and Ana Ruiz in Tromvik; additional\n"
    "reporting by Ana Ruiz; Reporting by Ana Ruiz)"
)
def test_line_ends_do_not_change_the_parts(text: str) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    crlf = lf.replace("\n", "\r\n")
    assert texts_of(wirecopy.parse(lf)) == texts_of(wirecopy.parse(crlf))


@given(stories())
@example(
    # A note under its 400 characters, over them with its lines padded.
    "KESTERVIK (Reuters) - A ferry sailed.\n\nFor more on the storm, see:\n"
    + "the harbour forecast for the ferry routes of the coast\n" * 6
    + "and the bay ferries run late\n"
)
@example(
    # So is a credit line without parentheses, under its 400.
    "KESTERVIK (Reuters) - A ferry sailed.\n\nReporting by "
    + "Ana Ruiz, Tom Hale, Ines Kohl, Per Lund, Eva Berg,\n" * 6
    + "Ana Ruiz, Tom Hale, Ines Kohl,\nJo Dahl; Editing by Hal Brenner\n"
)
def test_white_space_after_the_lines_does_not_change_the_parts(text: str) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    padded = "\n".join(line + " \t " if line else line for line in lf.split("\n"))
    assert texts_of(wirecopy.parse(lf)) == texts_of(wirecopy.parse(padded))


def texts_of(doc: Document) -> dict[str, object]:
    """The texts of a document's parts: what a change of line ends or padding leaves alone."""
    return {
        "paragraphs": [p.text for p in doc.paragraphs],
        "headline": doc.headline and doc.headline.text,
        "byline": doc.byline and doc.byline.text,
        "dateline": doc.dateline and doc.dateline.text,
        "credits": [(c.role, c.text) for c in doc.credits],
        "notes": [(n.kind, n.text) for n in doc.notes],
        "signoff": doc.signoff and doc.signoff.text,
    }
