"""parse() end to end, on small invented stories.

Every person, place, company and event here is invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import wirecopy
from wirecopy import Document, ParseError, WirecopyError, parse
from wirecopy._credits import MAX_CREDIT
from wirecopy._parse import MAX_TRAILING
from wirecopy.model import PART_FIELDS


def spans(doc: Document) -> list[tuple[int, int]]:
    found = []
    for part in (doc.headline, doc.byline, doc.dateline, doc.signoff):
        if part is not None:
            found.append(part.span)
    for group in (doc.paragraphs, doc.credits, doc.notes, doc.metadata, doc.unclaimed):
        found.extend(item.span for item in group)
    return found


def plain(doc: Document) -> dict[str, Any]:
    """The parts of a document as texts, without spans."""
    return {
        "agency": doc.agency,
        "headline": doc.headline.text if doc.headline else None,
        "byline": [p.name for p in doc.byline.people] if doc.byline else None,
        "dateline": doc.dateline.text if doc.dateline else None,
        "date": doc.dateline.date if doc.dateline else None,
        "paragraphs": [p.text for p in doc.paragraphs],
        "credits": [(c.role, [p.name for p in c.people]) for c in doc.credits],
        "notes": [(n.kind, n.text) for n in doc.notes],
        "signoff": doc.signoff.text if doc.signoff else None,
        "metadata": [(m.name, m.text) for m in doc.metadata],
        "diagnostics": [(d.code, d.severity) for d in doc.diagnostics],
    }


WEB_STORY = (
    "UPDATE 1-Nordlys Sjo adds night crossing to outer islands\n"
    "\n"
    "BERGEN, Norway, May 4 (Reuters) - Ferry operator Nordlys Sjo will add a night"
    " crossing to the outer islands from June, it said on Tuesday.\n"
    "The company said bookings rose 14 percent in the first quarter.\n"
    "($1 = 8.7120 Norwegian crowns)\n"
    "(Reporting by Lena Vosk; Editing by Cora Manning)\n"
)


# ---------------------------------------------------------------- input types


@pytest.mark.parametrize("value", [b"OSLO (Reuters) - Snow.", bytearray(b"x"), memoryview(b"x")])
def test_bytes_are_refused_with_a_hint_to_decode(value: object) -> None:
    with pytest.raises(TypeError, match=r"decode") as info:
        parse(value)  # type: ignore[arg-type]
    assert type(value).__name__ in str(info.value)
    assert "str" in str(info.value)


@pytest.mark.parametrize("value", [None, 3, 2.5, ["OSLO"], object()])
def test_non_strings_are_refused(value: object) -> None:
    with pytest.raises(TypeError, match=r"takes the story as str, not ") as info:
        parse(value)  # type: ignore[arg-type]
    assert type(value).__name__ in str(info.value)
    assert "decode" not in str(info.value)


@pytest.mark.parametrize(
    "reference", ["2021-01-02", "2021-01-02T08:30:00Z", " 2021-01-02 ", "2021-01-02 23:59+05:00"]
)
def test_reference_date_may_be_an_iso_string(reference: str) -> None:
    text = "OSLO, Dec 31 (Reuters) - The mill shut.\n"
    doc = parse(text, reference_date=reference)
    assert doc.dateline is not None
    assert doc.dateline.date == dt.date(2020, 12, 31)
    assert doc == parse(text, reference_date=dt.date(2021, 1, 2))


@pytest.mark.parametrize("reference", ["Jan 2, 2021", "2021-13-02", "", "20210102x"])
def test_reference_date_string_must_be_iso(reference: str) -> None:
    with pytest.raises(ValueError) as info:
        parse("OSLO (Reuters) - Snow.", reference_date=reference)
    assert str(info.value) == (
        f"reference_date must be an ISO 8601 date such as '2020-01-02', not {reference!r}"
    )


@pytest.mark.parametrize("reference", [20210102, 2021.0, (2021, 1, 2)])
def test_reference_date_of_another_type_is_refused(reference: object) -> None:
    with pytest.raises(TypeError) as info:
        parse("OSLO (Reuters) - Snow.", reference_date=reference)  # type: ignore[arg-type]
    assert str(info.value) == (
        "reference_date takes a datetime.date, a datetime.datetime or an ISO 8601 string"
        f" such as '2020-01-02', not {type(reference).__name__}"
    )


def test_str_subclass_is_accepted() -> None:
    class Story(str):
        pass

    text = Story("OSLO (Reuters) - The fjord froze.\n")
    doc = parse(text)
    assert doc.source is text
    assert [p.text for p in doc.paragraphs] == ["The fjord froze."]


# ---------------------------------------------------------------- empty input


@pytest.mark.parametrize(
    "text", ["", " ", "\n", "\r\n\r\n", "\t \u00a0\n", "   \n\n\t\r", "\u2003\u3000", "\ufeff"]
)
def test_empty_and_whitespace_give_an_empty_document(text: str) -> None:
    doc = parse(text)
    assert doc == Document(source=text)
    assert doc.source is text


def test_control_characters_only() -> None:
    text = "\x01\x02\x03\x7f"
    doc = parse(text)
    assert doc.paragraphs == ()
    assert doc.source is text


# ---------------------------------------------------------------- the parts


def test_web_story() -> None:
    doc = parse(WEB_STORY, reference_date=dt.date(2021, 5, 4))
    assert doc.source is WEB_STORY
    assert plain(doc) == {
        "agency": "Reuters",
        "headline": "Nordlys Sjo adds night crossing to outer islands",
        "byline": None,
        "dateline": "BERGEN, Norway, May 4 (Reuters) -",
        "date": dt.date(2021, 5, 4),
        "paragraphs": [
            "Ferry operator Nordlys Sjo will add a night crossing to the outer islands from"
            " June, it said on Tuesday.",
            "The company said bookings rose 14 percent in the first quarter.",
        ],
        "credits": [("reporting", ["Lena Vosk"]), ("editing", ["Cora Manning"])],
        "notes": [("story-type", "UPDATE 1"), ("conversion", "($1 = 8.7120 Norwegian crowns)")],
        "signoff": None,
        "metadata": [],
        "diagnostics": [],
    }


def test_every_span_reads_back_its_text() -> None:
    doc = parse(WEB_STORY)
    for part in (doc.headline, doc.dateline, *doc.paragraphs, *doc.notes, *doc.credits):
        assert part is not None
        assert " ".join(WEB_STORY[slice(*part.span)].split()) == part.text


def test_a_clean_story_leaves_nothing_unclaimed() -> None:
    doc = parse(WEB_STORY)
    assert doc.unclaimed == ()
    assert doc.diagnostics == ()


def test_ap_story_with_byline_and_title() -> None:
    text = (
        "By ANA RUIZ, AP Science Writer\n"
        "\n"
        "LIMA, Peru (AP) — A glacier above the village of Huaraz Alto shrank by a third.\n"
        "\n"
        "Scientists measured it from the air.\n"
    )
    doc = parse(text)
    assert doc.agency == "AP"
    assert doc.byline is not None
    assert [(p.name, p.title) for p in doc.byline.people] == [("ANA RUIZ", "AP Science Writer")]
    assert doc.dateline is not None
    assert (doc.dateline.city, doc.dateline.country, doc.dateline.agency) == ("LIMA", "Peru", "AP")
    assert [p.text for p in doc.paragraphs] == [
        "A glacier above the village of Huaraz Alto shrank by a third.",
        "Scientists measured it from the air.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "TROMVIK, Norway, May 4, 2021 (AFP) - A ferry sailed.\n\nIt docked at noon.\n\ndmh/ns\n",
        "TROMVIK, Norway, May 4, 2021 (AFP) - A ferry sailed.\n\nIt docked at noon. dmh/ns\n",
        "TROMVIK, Norway, May 4, 2021 (AFP) - A ferry sailed.\nIt docked at noon.\ndmh/ns\n",
    ],
)
def test_dateline_on_the_first_line(text: str) -> None:
    doc = parse(text)
    assert doc.headline is None
    assert doc.dateline is not None
    assert doc.dateline.date == dt.date(2021, 5, 4)
    assert doc.agency == "AFP"
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed.", "It docked at noon."]
    assert doc.signoff is not None
    assert doc.signoff.text == "dmh/ns"


def test_reference_date_may_be_a_datetime() -> None:
    text = "By Lena Vosk\nTROMVIK May 4 A ferry sailed from the harbour at dawn.\n"
    doc = parse(text, reference_date=dt.datetime(2021, 5, 4, 23, 59))
    assert doc.byline is not None
    assert [p.name for p in doc.byline.people] == ["Lena Vosk"]
    assert doc.dateline is not None
    assert (doc.dateline.city, doc.dateline.date) == ("TROMVIK", dt.date(2021, 5, 4))
    assert doc.dateline.year_inferred


def test_scrape_header_gives_the_reference_date() -> None:
    text = (
        "-- Ferry line adds crossing\n"
        "-- By Lena Vosk\n"
        "-- Tue Jan 2, 2021 9:01am EST\n"
        "-- http://www.reuters.com/article/idUSX0001\n"
        "\n"
        " TROMVIK, Dec 31  (Reuters) - A ferry sailed. \n"
        "\n"
        "  It docked.\n"
    )
    doc = parse(text)
    assert doc.agency == "Reuters"
    assert doc.headline is not None
    assert doc.headline.text == "Ferry line adds crossing"
    assert doc.byline is not None
    assert [p.name for p in doc.byline.people] == ["Lena Vosk"]
    assert [(m.name, m.text) for m in doc.metadata] == [
        ("timestamp", "Tue Jan 2, 2021 9:01am EST"),
        ("url", "http://www.reuters.com/article/idUSX0001"),
    ]
    assert doc.dateline is not None
    assert doc.dateline.date == dt.date(2020, 12, 31)
    # The caller's reference date wins over the header's.
    later = parse(text, reference_date=dt.date(2022, 12, 30)).dateline
    assert later is not None
    assert later.date == dt.date(2022, 12, 31)
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed.", "It docked."]


def test_dpa_byline_with_equals_sign() -> None:
    text = "By Manuela Grunwald, dpa =\n\nBerlin (dpa) - A ferry sailed.\n\nIt docked.\n"
    doc = parse(text)
    assert doc.agency == "dpa"
    assert doc.byline is not None
    assert ([p.name for p in doc.byline.people], doc.byline.affiliation) == (
        ["Manuela Grunwald"],
        "dpa",
    )
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed.", "It docked."]
    assert doc.unclaimed == ()
    assert doc.diagnostics == ()


def test_unclosed_credit_is_a_warning() -> None:
    text = (
        "BERGEN (Reuters) - A ferry sailed.\n\nIt docked.\n\n"
        "(Reporting by Lena Vosk; Editing by Cora Manning\n"
    )
    doc = parse(text)
    assert [(c.role, [p.name for p in c.people]) for c in doc.credits] == [
        ("reporting", ["Lena Vosk"]),
        ("editing", ["Cora Manning"]),
    ]
    start = text.index("(Reporting")
    assert ("unclosed-credit", "warning", (start, len(text) - 1)) in [
        (d.code, d.severity, d.span) for d in doc.diagnostics
    ]
    # A warning does not stop strict mode.
    assert parse(text, strict=True).credits == doc.credits


@pytest.mark.parametrize(
    ("below", "paragraphs", "notes"),
    [
        ("The company was founded in 1921.", ["The company was founded in 1921."], []),
        ("Keywords: NORWAY FERRY", [], [("keywords", "Keywords: NORWAY FERRY")]),
        (
            "Lena Vosk can be reached at lvosk@example.org",
            [],
            [("contact", "Lena Vosk can be reached at lvosk@example.org")],
        ),
    ],
)
def test_an_unclosed_credit_ends_at_a_blank_line(
    below: str, paragraphs: list[str], notes: list[tuple[str, str]]
) -> None:
    text = (
        "BERGEN (Reuters) - A ferry sailed.\n\nIt docked.\n\n"
        f"(Reporting by Lena Vosk; Editing by Cora Manning\n\n{below}\n"
    )
    doc = parse(text)
    assert [(c.role, [p.name for p in c.people]) for c in doc.credits] == [
        ("reporting", ["Lena Vosk"]),
        ("editing", ["Cora Manning"]),
    ]
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed.", "It docked.", *paragraphs]
    assert [(n.kind, n.text) for n in doc.notes] == notes
    assert [d.code for d in doc.diagnostics] == ["unclosed-credit"]


def test_a_credit_line_longer_than_any_credit_stays_text() -> None:
    people = " and ".join(f"Reporter Number{n} in Tromvik, Norway" for n in range(40))
    for close in ("", ")"):
        text = f"A ferry sailed.\n\n(Reporting by {people}{close}\n"
        assert len(text) > MAX_CREDIT
        doc = parse(text)
        assert doc.credits == ()
        assert [p.text for p in doc.paragraphs][-1] == f"(Reporting by {people}{close}"
    # Within the bound it is a credit line, closed or not.
    text = f"A ferry sailed.\n\n(Reporting by {people[:300].rsplit(' and ', 1)[0]}\n"
    assert [c.role for c in parse(text).credits] == ["reporting"]


def test_groups_read_off_a_paragraph_end_are_bounded() -> None:
    conversions = " ($1 = 8.70 crowns)" * 3
    text = f"A ferry sailed.{conversions} (Reporting by Lena Vosk)"
    doc = parse(text)
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed."]
    assert [n.kind for n in doc.notes] == ["conversion"] * 3
    # At most MAX_TRAILING groups are read off the end; the rest stay text.
    many = " ($1 = 8.70 crowns)" * MAX_TRAILING
    doc = parse(f"A ferry sailed.{many} (Reporting by Lena Vosk)")
    assert [c.role for c in doc.credits] == ["reporting"]
    assert len(doc.notes) == MAX_TRAILING - 1
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed. ($1 = 8.70 crowns)"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(
    "blank",
    [
        "\n",
        "",
    ],
)
def test_credit_line_wrapped_over_two_lines(blank: str, newline: str) -> None:
    text = (
        "TROMVIK (Reuters) - The ferry sailed.\n" + blank + "(Reporting by Ana Ruiz;\n"
        "Editing by Cora Manning)\n"
    ).replace("\n", newline)
    doc = parse(text)
    assert [p.text for p in doc.paragraphs] == ["The ferry sailed."]
    assert [(c.role, [p.name for p in c.people]) for c in doc.credits] == [
        ("reporting", ["Ana Ruiz"]),
        ("editing", ["Cora Manning"]),
    ]


# ---------------------------------------------------------------- strict mode

BAD_DATE = "Ferry line adds crossing\n\n    OSLO, Feb 30 - The fjord froze.\n"
BAD_DATE_MESSAGE = (
    "impossible-date at line 3, column 11: February 30 is not a date\n"
    "    OSLO, Feb 30 - The fjord froze.\n"
    "          ^^^^^^"
)


def test_impossible_date_is_recorded_when_not_strict() -> None:
    doc = parse(BAD_DATE)
    start = BAD_DATE.index("Feb 30")
    assert [(d.code, d.severity, d.span) for d in doc.diagnostics] == [
        ("impossible-date", "error", (start, start + len("Feb 30")))
    ]
    assert doc.dateline is not None
    assert (doc.dateline.month, doc.dateline.day, doc.dateline.date) == (2, 30, None)


def test_strict_raises_parse_error_with_line_column_and_caret() -> None:
    with pytest.raises(ParseError) as info:
        parse(BAD_DATE, strict=True)
    error = info.value
    assert str(error) == BAD_DATE_MESSAGE
    assert (error.code, error.line, error.column) == ("impossible-date", 3, 11)
    assert error.message == "February 30 is not a date"
    assert error.source is BAD_DATE
    assert BAD_DATE[slice(*error.span)] == "Feb 30"
    assert isinstance(error, ValueError)
    assert isinstance(error, WirecopyError)


def test_strict_message_on_crlf_text_has_no_carriage_return() -> None:
    text = BAD_DATE.replace("\n", "\r\n")
    with pytest.raises(ParseError) as info:
        parse(text, strict=True)
    assert str(info.value) == BAD_DATE_MESSAGE
    assert text[slice(*info.value.span)] == "Feb 30"


def test_strict_message_on_the_first_line() -> None:
    text = "SEOUL, April 31 - Exports of paper lanterns rose."
    with pytest.raises(ParseError) as info:
        parse(text, strict=True)
    assert str(info.value) == (
        "impossible-date at line 1, column 8: April 31 is not a date\n"
        "SEOUL, April 31 - Exports of paper lanterns rose.\n"
        "       ^^^^^^^^"
    )


def test_strict_passes_a_clean_story() -> None:
    doc = parse("OSLO, Feb 28 - The fjord froze.\n", strict=True)
    assert doc.dateline is not None
    assert doc.dateline.day == 28


def test_parse_error_is_importable_from_the_facade() -> None:
    assert wirecopy.ParseError is ParseError
    assert issubclass(ParseError, WirecopyError)


# ---------------------------------------------------------------- line ends

CRLF_STORIES = [
    WEB_STORY,
    "Nordlys Sjo adds crossing\n\nBERGEN (Reuters) - A ferry sailed\nat dawn.\n\nIt docked"
    " at noon.\n\n(Reporting by Lena Vosk in Bergen; Editing by Cora Manning)\n",
    "NORDLYS SJO ADDS CROSSING\n    BERGEN, May 4 - A ferry sailed\nat dawn.\n    It docked"
    " at noon.\n    Shr 12 cts vs 10 cts\n Reuter\n",
    "By Lena Vosk\nTROMVIK May 4 A ferry sailed from the harbour at dawn with\n"
    "240 passengers and a cargo of fish feed for the islands.\n"
    "It docked at noon.\n",
]


@pytest.mark.parametrize("text", CRLF_STORIES)
@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_gives_the_same_parts(text: str, newline: str) -> None:
    reference = dt.date(2021, 5, 4)
    other = text.replace("\n", newline)
    lf = parse(text, reference_date=reference)
    crlf = parse(other, reference_date=reference)
    assert plain(crlf) == plain(lf)
    for start, end in spans(crlf):
        assert 0 <= start <= end <= len(other)
    for part in (
        crlf.headline,
        crlf.byline,
        crlf.dateline,
        *crlf.paragraphs,
        *crlf.credits,
        *crlf.notes,
    ):
        if part is not None:
            assert " ".join(other[slice(*part.span)].split()) == part.text


# ---------------------------------------------------------------- odd characters


@pytest.mark.parametrize(
    ("text", "dateline", "first"),
    [
        (
            "\tBERGEN, Norway (Reuters) -\tA ferry sailed.\n",
            "BERGEN, Norway (Reuters) -",
            "A ferry sailed.",
        ),
        (
            "BERGEN, Norway (Reuters) — A ferry sailed.\n",
            "BERGEN, Norway (Reuters) —",
            "A ferry sailed.",
        ),
        (
            "BERGEN, Norway (Reuters) – A ferry sailed.\n",
            "BERGEN, Norway (Reuters) –",
            "A ferry sailed.",
        ),
        (
            "\u00a0\u00a0BERGEN (Reuters) -\u00a0A ferry sailed.\n",
            "BERGEN (Reuters) -",
            "A ferry sailed.",
        ),
        (
            "\x02BERGEN (Reuters) - A ferry sailed.\x03\n",
            "BERGEN (Reuters) -",
            "A ferry sailed.",
        ),
        (
            "\ufeffBERGEN (Reuters) - A ferry sailed.\n",
            "BERGEN (Reuters) -",
            "A ferry sailed.",
        ),
        (
            "BERGEN,\u00a0Norway\u00a0(Reuters)\u00a0-\u00a0A ferry sailed.\n",
            "BERGEN, Norway (Reuters) -",
            "A ferry sailed.",
        ),
        (
            "BERGEN (Reuters)\u00a0- A ferry sailed.\n",
            "BERGEN (Reuters) -",
            "A ferry sailed.",
        ),
    ],
)
def test_padding_and_dashes_in_the_dateline(text: str, dateline: str, first: str) -> None:
    doc = parse(text)
    assert doc.dateline is not None
    assert doc.dateline.text == dateline
    assert doc.agency == "Reuters"
    assert doc.paragraphs[0].text == first
    assert doc.source is text


def test_control_characters_inside_a_paragraph_stay_in_its_span_not_its_text() -> None:
    text = "BERGEN (Reuters) - A\x07 ferry\x1b sailed.\n"
    doc = parse(text)
    assert doc.paragraphs[0].text == "A ferry sailed."
    assert text[slice(*doc.paragraphs[0].span)] == "A\x07 ferry\x1b sailed."


def test_tabs_inside_paragraphs_collapse() -> None:
    text = "BERGEN (Reuters) - A\tferry\t\tsailed.\nIt\u00a0docked.\n"
    doc = parse(text)
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed.", "It docked."]


def test_text_without_a_dateline_is_all_paragraphs() -> None:
    text = "A ferry sailed from the harbour.\n\nIt docked at noon.\n\nNobody was hurt.\n"
    doc = parse(text)
    assert doc.dateline is None
    assert doc.headline is None
    assert [p.text for p in doc.paragraphs] == [
        "A ferry sailed from the harbour.",
        "It docked at noon.",
        "Nobody was hurt.",
    ]
    assert doc.diagnostics == ()


@pytest.mark.parametrize("gap", ["\n", "\n(Adds quotes)\n", "\n(Adds quotes)\n    By Ana Ruiz\n"])
def test_a_headline_in_capitals_with_a_dash_over_a_dateline(gap: str) -> None:
    text = (
        "KESTREL SAYS FARE CUT POSSIBLE - SOURCES\n"
        f"{gap}"
        "    KESTERVIK, March 9 - Nordvik Ferries could cut fares\n"
        "again, sources said.\n"
    )
    doc = parse(text)
    assert doc.headline is not None
    assert doc.headline.text == "KESTREL SAYS FARE CUT POSSIBLE - SOURCES"
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text for p in doc.paragraphs] == [
        "Nordvik Ferries could cut fares again, sources said."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "KESTERVIK - FERRY SAILS\n\nThe ferry sailed at noon.\n",  # no dateline below
        "KESTERVIK _\n\nTROMVIK (Reuters) - The ferry sailed at noon.\n",  # nothing after it
    ],
)
def test_a_dateline_over_a_blank_line_stays_one(text: str) -> None:
    doc = parse(text)
    assert doc.headline is None
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"


@pytest.mark.parametrize(
    ("first", "city"),
    [
        ("DALLAS, March 2 -", "DALLAS"),
        ("KESTERVIK, Norway, March 2 --", "KESTERVIK"),
        ("DALLAS _", "DALLAS"),
    ],
)
def test_a_dateline_alone_above_indented_text_is_no_headline(first: str, city: str) -> None:
    # Copy whose first line, once stripped, is the dateline: the story's
    # text goes on in indented lines below it.
    text = f"{first}\n    Kestrel Corp said it set a dividend of 12 cts a share.\n"
    doc = parse(text)
    assert doc.headline is None
    assert doc.dateline is not None
    assert (doc.dateline.text, doc.dateline.city) == (first, city)
    assert [p.text for p in doc.paragraphs] == [
        "Kestrel Corp said it set a dividend of 12 cts a share."
    ]


@pytest.mark.parametrize(
    ("text", "headline", "dateline"),
    [
        (
            "RATE CUT POSSIBLE - SOURCES\n    KESTERVIK, March 2 - Rates may fall.\n",
            "RATE CUT POSSIBLE - SOURCES",
            "KESTERVIK, March 2 -",
        ),
        (
            "KESTREL CORP <KST> 4TH QTR NET\n    DALLAS, March 2 -\n    Shr 12 cts vs 10 cts\n",
            "KESTREL CORP <KST> 4TH QTR NET",
            "DALLAS, March 2 -",
        ),
        (
            # A headline ending in a dash, with the dateline below it.
            "FERRY SALES -\n    KESTERVIK, March 2 - Sales rose.\n",
            "FERRY SALES -",
            "KESTERVIK, March 2 -",
        ),
    ],
)
def test_a_headline_above_an_indented_dateline_stays_one(
    text: str, headline: str, dateline: str
) -> None:
    doc = parse(text)
    assert doc.headline is not None and doc.headline.text == headline
    assert doc.dateline is not None and doc.dateline.text == dateline


def test_headline_directly_above_a_long_line_opening_with_a_city() -> None:
    # Web copy with a paragraph on each line and no blank line under the
    # headline: the city alone opens the first paragraph's line.
    text = (
        "Ferry line adds night crossing to the outer islands\n"
        "KESTERVIK Nordvik Ferries will add a night crossing to the outer islands from April, "
        "the company said on Monday.\n"
        "The crossing will run twice a week in summer.\n"
    )
    doc = parse(text)
    assert doc.headline is not None
    assert doc.headline.text == "Ferry line adds night crossing to the outer islands"
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text.split()[0] for p in doc.paragraphs] == ["Nordvik", "The"]


def test_a_preface_over_a_byline_and_a_dateline() -> None:
    text = (
        "Ferry line adds night crossing\n\n"
        "Mira Holt writes about the ferries of the north every week.\n\n"
        "By Mira Holt\n\n"
        "KESTERVIK, Norway, March 3 (Reuters) - A ferry line added a crossing.\n"
    )
    doc = parse(text)
    assert [n.kind for n in doc.notes] == ["editors-note"]
    assert doc.byline is not None and [p.name for p in doc.byline.people] == ["Mira Holt"]
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text for p in doc.paragraphs] == ["A ferry line added a crossing."]


@pytest.mark.parametrize(
    "top",
    [
        "Ferry line adds night crossing\nMarch 4, 2015 / 9:01 AM / 2 years ago\n\n",
        "March 4, 2015 / 9:01 AM\n\nFerry line adds night crossing\n\n",
        "Ferry line adds night crossing\n\nBy Mira Holt\nUpdated 9:01 AM ET, Wed March 4, 2015\n\n",
    ],
)
def test_a_web_page_time_stamp_line(top: str) -> None:
    doc = parse(top + "KESTERVIK, March 3 (Reuters) - The ferry line added a crossing.\n")
    assert doc.headline is not None and doc.headline.text == "Ferry line adds night crossing"
    stamps = [m for m in doc.metadata if m.name == "timestamp"]
    assert len(stamps) == 1 and doc.source[slice(*stamps[0].span)] == stamps[0].text
    assert doc.dateline is not None
    assert (doc.dateline.date, doc.dateline.reference) == (dt.date(2015, 3, 3), "header")
    assert doc.unclaimed == () and doc.notes == ()


def test_headline_directly_above_a_hard_wrapped_dateline() -> None:
    text = (
        "Ferry line adds night crossing\n"
        "TROMVIK Mar 7 Nordlys Sjo will add a night crossing to the\n"
        "outer islands from April, the company said on Monday.\n"
        "The crossing will run twice a week in summer.\n"
    )
    doc = parse(text)
    assert doc.headline is not None and doc.headline.text == "Ferry line adds night crossing"
    assert doc.dateline is not None and (doc.dateline.city, doc.dateline.day) == ("TROMVIK", 7)
    assert [p.text for p in doc.paragraphs] == [
        "Nordlys Sjo will add a night crossing to the outer islands from April, "
        "the company said on Monday.",
        "The crossing will run twice a week in summer.",
    ]


@pytest.mark.parametrize(
    ("headline", "gap"),
    [
        ("Is the ferry boom over?", "\n\n"),
        ("Is the ferry boom over?", "\n"),
        ("Ferry fares to rise!", "\n\n"),
        ("Ferry boom over...", "\n\n"),
        ('"Who pays for the bridge?"', "\n\n"),
        ("Is the ferry boom over?", "\n\nBy Mira Holt\n\n"),
    ],
)
def test_a_headline_asking_or_crying_out_over_a_dateline(headline: str, gap: str) -> None:
    text = f"{headline}{gap}TROMVIK, Norway, March 3 (Reuters) - Fares fell by a third.\n"
    doc = parse(text, reference_date=dt.date(2021, 6, 1))
    assert doc.headline is not None and doc.headline.text == headline
    assert doc.dateline is not None and doc.dateline.city == "TROMVIK"
    assert [p.text for p in doc.paragraphs] == ["Fares fell by a third."]
    assert doc.notes == () and doc.unclaimed == ()


def test_a_story_type_is_taken_off_an_asking_headline() -> None:
    doc = parse("ANALYSIS-Is the ferry boom over?\n\nTROMVIK (Reuters) - Fares fell.\n")
    assert doc.headline is not None and doc.headline.text == "Is the ferry boom over?"
    assert [(note.kind, note.text) for note in doc.notes] == [("story-type", "ANALYSIS")]


@pytest.mark.parametrize(
    "text",
    [
        # The last words of a sentence wrapped from above stay what they were.
        "who pays for the bridge?\n\nTROMVIK (Reuters) - Fares fell.\n",
        # With no dateline below, a question is the story's first paragraph.
        "Is the ferry boom over?\n\nFares fell by a third, the council said.\n",
    ],
)
def test_a_question_is_no_headline_without_a_dateline_below(text: str) -> None:
    assert parse(text).headline is None


def test_every_public_name_resolves_and_is_listed() -> None:
    import wirecopy as package

    assert package.__all__ == sorted(package.__all__)
    assert set(package.__all__) == set(package._HOMES)
    for name in package.__all__:
        assert getattr(package, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        package.nothing  # noqa: B018


def test_import_loads_no_submodule() -> None:
    import subprocess
    import sys

    code = (
        "import sys, wirecopy; print(sorted(m for m in sys.modules if m.startswith('wirecopy.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_every_document_field_is_a_part_or_named_as_not_one() -> None:
    # A new field that holds parts of the story must join PART_FIELDS, so
    # that Document.parts() and the lossless property see it.
    others = {"source", "agency", "envelope", "diagnostics"}
    fields = set(attrs.fields_dict(Document))
    assert fields == set(PART_FIELDS) | others
    assert not set(PART_FIELDS) & others


def test_parts_come_in_source_order_with_every_part() -> None:
    doc = parse(
        "-- Ferry line adds crossing\n-- By Mira Holt\n-- Tue Mar 3, 2009 9:01am EST\n\n"
        "KESTERVIK, March 3 (Reuters) - The ferry line will add a night crossing.\n\n"
        "The crossing starts in May.\n\n($1 = 8.7 crowns)\n\n"
        "(Reporting by Mira Holt; Editing by Hal Brenner)\n"
    )
    fields = [field for field, _ in doc.parts()]
    assert fields == [
        "headline", "byline", "metadata", "dateline", "paragraphs", "paragraphs",
        "notes", "credits", "credits",
    ]  # fmt: skip
    starts = [part.span[0] for _, part in doc.parts()]
    assert starts == sorted(starts)
    assert {id(part) for _, part in doc.parts()} == {
        id(part)
        for part in (
            doc.headline, doc.byline, doc.dateline, *doc.paragraphs, *doc.credits, *doc.notes,
            *doc.metadata,
        )
    }  # fmt: skip


def test_short_lines_above_a_dateline_are_top_matter() -> None:
    # A slug line no rule knows stops the top matter; the dateline below it
    # is still found, and the slug stays unclaimed.
    src = (
        "BC-Ferry-Kestervik,0210\n"
        "Ferry runs aground off Kestervik\n"
        "Eds: Updates with rescue.\n"
        "By INES KOHL\n"
        "Associated Press Writer\n"
        "   KESTERVIK, Norway (AP) _ A ferry ran aground on Tuesday.\n"
        "   All 40 passengers were taken off.\n"
    )
    doc = wirecopy.parse(src)
    assert doc.headline is not None and doc.headline.text == "Ferry runs aground off Kestervik"
    assert doc.byline is not None
    assert [(p.name, p.title) for p in doc.byline.people] == [
        ("INES KOHL", "Associated Press Writer")
    ]
    assert [(n.kind, n.text) for n in doc.notes] == [("editors-note", "Eds: Updates with rescue.")]
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text for p in doc.paragraphs] == [
        "A ferry ran aground on Tuesday.",
        "All 40 passengers were taken off.",
    ]
    assert [f.text for f in doc.unclaimed] == ["BC-Ferry-Kestervik,0210"]


@pytest.mark.parametrize(
    "src",
    [
        # Sentences above: the story's own text, not top matter.
        "Snow fell.\nIt melted.\nOSLO (Reuters) - Rain fell.\n",
        # Lines of wrapped prose are too long to be top matter.
        "The council met on Monday to weigh a new ferry timetable for the\n"
        "winter and heard that\n"
        "OSLO - the capital - would get two more crossings a day.\n",
    ],
)
def test_text_above_a_dateline_stays_text(src: str) -> None:
    doc = wirecopy.parse(src)
    assert doc.dateline is None
    assert doc.unclaimed == ()
    assert " ".join(p.text for p in doc.paragraphs) == " ".join(src.split())


@pytest.mark.parametrize("blank", ["", " ", "\t", "   "])
def test_a_dateline_alone_above_a_blank_line_of_spaces(blank: str) -> None:
    # A blank line's spaces are no indent: the line above stays a dateline.
    text = f"KESTERVIK _\n{blank}\nA ferry line added a night crossing.\n{blank}\nIt sails.\n"
    doc = parse(text)
    assert doc.headline is None
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text for p in doc.paragraphs] == [
        "A ferry line added a night crossing.",
        "It sails.",
    ]


def test_a_byte_order_mark_is_no_part_of_the_first_line() -> None:
    text = "\ufeffKESTERVIK, March 3 (Reuters) - A ferry sailed.\n"
    doc = parse(text)
    assert doc.dateline is not None and doc.dateline.span[0] == 1
    assert doc.unclaimed == ()


def test_an_open_note_above_the_dateline_does_not_run_into_it() -> None:
    text = (
        "Ferry line adds night crossing\n"
        "(Updates with fares\n"
        "KESTERVIK, March 3 (Reuters) - The ferry line added a night crossing.\n"
        "Bookings rose.\n"
        "(Reporting by Lena Vosk)\n"
    )
    doc = parse(text)
    assert [(n.kind, n.text) for n in doc.notes] == [("advisory", "(Updates with fares")]
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text for p in doc.paragraphs] == [
        "The ferry line added a night crossing.",
        "Bookings rose.",
    ]
    assert [c.role for c in doc.credits] == ["reporting"]


@pytest.mark.parametrize(
    ("line", "kind", "headline"),
    [
        ("PRESS DIGEST- Norway - March 3", "PRESS DIGEST", "Norway - March 3"),
        ("FACTBOX - Key facts on the ferry line", "FACTBOX", "Key facts on the ferry line"),
    ],
)
def test_a_story_type_before_a_dash_is_no_dateline(line: str, kind: str, headline: str) -> None:
    doc = parse(f"{line}\n\nKESTERVIK (Reuters) - The ferry sailed.\n")
    assert doc.headline is not None and doc.headline.text == headline
    assert [(n.kind, n.text) for n in doc.notes] == [("story-type", kind)]
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"


def test_a_place_and_dash_before_a_lower_case_word_is_no_dateline() -> None:
    text = "NATO - the alliance - said on Tuesday it would meet.\n"
    doc = parse(text)
    assert doc.dateline is None
    assert [p.text for p in doc.paragraphs] == [text.strip()]
    # An agency's tag or a date still marks a dateline before such a word.
    for marked in ("KESTERVIK (Reuters) - the", "KESTERVIK, March 3 - the"):
        doc = parse(f"{marked} ferry sailed.\n")
        assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"


def test_summary_bullets_under_the_headline_are_notes() -> None:
    doc = wirecopy.parse(
        "UPDATE 1-Kestrel Mills profit beats forecasts\n\n"
        "* Q4 net profit up 20 pct\n\n"
        "* Shares rise 3 pct\n\n"
        "(Adds analyst comment)\n\n"
        "By Ana Ruiz\n\n"
        "OSLO, Feb 12 (Reuters) - Kestrel Mills beat forecasts.\n\n"
        "* The mill sold more paper.\n\n"
        "* Costs fell.\n"
    )
    assert [(n.kind, n.text) for n in doc.notes] == [
        ("story-type", "UPDATE 1"),
        ("summary", "* Q4 net profit up 20 pct"),
        ("summary", "* Shares rise 3 pct"),
        ("advisory", "(Adds analyst comment)"),
    ]
    assert doc.headline.text == "Kestrel Mills profit beats forecasts"
    assert doc.byline.people[0].name == "Ana Ruiz"
    # Bullets in the body are story text.
    assert [p.text for p in doc.paragraphs] == [
        "Kestrel Mills beat forecasts.",
        "* The mill sold more paper.",
        "* Costs fell.",
    ]
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    ("line", "headline", "notes"),
    [
        (
            "REFILE-Ferry line adds crossing (Corrects typo in headline)",
            "Ferry line adds crossing",
            [("story-type", "REFILE"), ("correction", "(Corrects typo in headline)")],
        ),
        (
            "Ferry line adds crossing (Adds fares)",
            "Ferry line adds crossing",
            [("advisory", "(Adds fares)")],
        ),
        ("Ferry line (KFL.OL) adds crossing", "Ferry line (KFL.OL) adds crossing", []),
        ("Ferry line adds crossing (update)", "Ferry line adds crossing (update)", []),
    ],
)
def test_an_advisory_at_the_end_of_the_headline(
    line: str, headline: str, notes: list[tuple[str, str]]
) -> None:
    doc = wirecopy.parse(f"{line}\n\nOSLO, March 3 (Reuters) - The ferry sailed.\n")
    assert doc.headline is not None and doc.headline.text == headline
    assert [(n.kind, n.text) for n in doc.notes] == notes


def test_a_headline_wrapped_over_two_lines() -> None:
    doc = wirecopy.parse(
        "Ferry line adds a night crossing as summer demand\n"
        "grows along the coast\n"
        "\n"
        "OSLO, March 3 (Reuters) - The ferry sailed.\n"
    )
    assert doc.headline is not None
    assert (
        doc.headline.text
        == "Ferry line adds a night crossing as summer demand grows along the coast"
    )
    assert doc.unclaimed == ()
    # A line in capitals below is no continuation.
    doc = wirecopy.parse(
        "Ferry line adds a night crossing\nBC-Ferry-Norway,0210\n\n"
        "OSLO, March 3 (Reuters) - The ferry sailed.\n"
    )
    assert doc.headline is not None and doc.headline.text == "Ferry line adds a night crossing"
    assert [f.text for f in doc.unclaimed] == ["BC-Ferry-Norway,0210"]


@pytest.mark.parametrize(
    ("second", "headline", "byline"),
    [
        (
            "harbour after storms close the coast road",
            " harbour after storms close the coast road",
            None,
        ),
        ("Kestervik route", " Kestervik route", None),
        ("By Mira Holt", "", "Mira Holt"),
    ],
)
def test_a_headline_wrapped_at_the_copy_width(
    second: str, headline: str, byline: str | None
) -> None:
    # The first line is as wide as wrapped prose: with a blank line below its
    # block it is a headline all the same, and a second line of words goes on.
    first = "Ferry line adds a night crossing as demand rises sharply at the"
    doc = wirecopy.parse(f"{first}\n{second}\n\nKESTERVIK, March 4 (Reuters) - The ferry sailed.\n")
    assert doc.headline is not None and doc.headline.text == first + headline
    names = [p.name for p in doc.byline.people] if doc.byline else []
    assert names == ([byline] if byline else [])
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text for p in doc.paragraphs] == ["The ferry sailed."]
    assert doc.unclaimed == ()


def test_bullets_with_no_dateline_below_are_story_text() -> None:
    doc = wirecopy.parse(
        "FACTBOX-Key facts about the ferry line\n\n"
        "* The line was founded in 1902.\n\n"
        "* It carries 2 million passengers a year.\n"
    )
    assert [(n.kind, n.text) for n in doc.notes] == [("story-type", "FACTBOX")]
    assert [p.text for p in doc.paragraphs] == [
        "* The line was founded in 1902.",
        "* It carries 2 million passengers a year.",
    ]


def test_afp_desk_lines_of_their_own_above_the_dateline() -> None:
    doc = wirecopy.parse(
        "Ferry line cuts winter routes\n\n"
        "=(PICTURE)=\n\n"
        "ATTENTION - ADDS union reaction ///\n\n"
        "TROMVIK, Norway, March 13, 2007 (AFP) - A ferry line cut four routes.\n\n"
        "Fares rose.\n\nhol/ag\n"
    )
    assert doc.headline is not None and doc.headline.text == "Ferry line cuts winter routes"
    assert [(n.kind, n.text) for n in doc.notes] == [
        ("graphic", "=(PICTURE)="),
        ("advisory", "ATTENTION - ADDS union reaction ///"),
    ]
    assert doc.dateline is not None and doc.dateline.city == "TROMVIK"
    assert [p.text for p in doc.paragraphs] == ["A ferry line cut four routes.", "Fares rose."]
    assert doc.signoff is not None and doc.signoff.text == "hol/ag"
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("&#2;\n", "\n&#3;"),  # as the Reuters-21578 markup keeps them
        ("", "\n&#3;\n"),
        ("&#2; ", " &#5;&#5;&#5;\n"),
        ("&#x2;\n", "\n&#X03; &#127;"),
        ("\x16\n\x01\n&#2;", "\n&#3;\n\x0c\n\x04"),  # lines of codes around them
    ],
)
def test_control_characters_written_as_references_at_the_ends(opening: str, closing: str) -> None:
    story = "FERRY LINE CUTS ROUTES\n    TROMVIK, March 13 - A ferry line cut routes.\n Reuter"
    src = opening + story + closing
    doc = wirecopy.parse(src)
    assert doc.headline is not None and doc.headline.text == "FERRY LINE CUTS ROUTES"
    assert [p.text for p in doc.paragraphs] == ["A ferry line cut routes."]
    assert doc.signoff is not None and doc.signoff.text == "Reuter"
    assert doc.agency == "Reuters"
    assert doc.unclaimed == ()
    # Printable characters' references are text: the parser leaves them as written.
    doc = wirecopy.parse("TROMVIK, March 13 - A ferry sailed.\n&#39;Reuter&#39;\n")
    assert doc.signoff is None and doc.paragraphs[-1].text == "&#39;Reuter&#39;"


def test_a_conversion_run_on_after_a_credit_line_is_split_off() -> None:
    doc = wirecopy.parse(
        "TROMVIK (Reuters) - A ferry line cut four routes.\n\n"
        "(Reporting by Lena Vosk; Editing by Cora Manning)  ($1 = 8.61 Norwegian crowns)\n"
    )
    assert [(c.role, c.people[0].name) for c in doc.credits] == [
        ("reporting", "Lena Vosk"),
        ("editing", "Cora Manning"),
    ]
    assert [(n.kind, n.text) for n in doc.notes] == [("conversion", "($1 = 8.61 Norwegian crowns)")]
    assert [p.text for p in doc.paragraphs] == ["A ferry line cut four routes."]
    # Without a credit before it, a conversion in a sentence stays in the sentence.
    doc = wirecopy.parse("TROMVIK (Reuters) - It cost 10 crowns ($1 = 8.61 crowns).\n")
    assert doc.notes == () and doc.paragraphs[0].text.endswith("($1 = 8.61 crowns).")


def test_an_outlet_in_parentheses_after_the_byline_is_no_dateline() -> None:
    doc = wirecopy.parse(
        "Ferry line cuts routes\n\nBy Lena Vosk (Reuters)\n\n"
        "TROMVIK (Reuters) - A ferry line cut four routes.\n"
    )
    assert doc.byline is not None and doc.byline.affiliation == "Reuters"
    assert [p.name for p in doc.byline.people] == ["Lena Vosk"]
    assert doc.dateline is not None and doc.dateline.city == "TROMVIK"
    assert [p.text for p in doc.paragraphs] == ["A ferry line cut four routes."]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("story_type", ["URGENT", "REFILE", "UPDATE 2"])
def test_a_story_type_alone_above_the_headline_is_a_note(gap: str, story_type: str) -> None:
    doc = wirecopy.parse(
        f"{story_type}{gap}Ferry crews strike along the coast\n\n"
        "TROMVIK, Norway (dpa) - Ferry crews went on strike on Tuesday.\n"
    )
    assert doc.headline is not None and doc.headline.text == "Ferry crews strike along the coast"
    assert [(n.kind, n.text) for n in doc.notes] == [("story-type", story_type)]
    assert doc.unclaimed == ()


def test_the_photo_list_above_a_headline_is_a_note() -> None:
    doc = wirecopy.parse(
        "AP Photo TRM101\nFerry crews strike\n\nTROMVIK, Norway (AP) _ Crews struck.\n"
    )
    assert [(n.kind, n.text) for n in doc.notes] == [("other", "AP Photo TRM101")]
    assert doc.headline is not None and doc.headline.text == "Ferry crews strike"


def test_credit_sentences_before_the_closing_lines_of_web_copy() -> None:
    doc = wirecopy.parse(
        "TROMVIK, Norway (AP) — A ferry line cut four routes.\n\n"
        "___\n\n"
        "Associated Press writer Lena Vosk in Oslo contributed to this report.\n\n"
        "___\n\n"
        "Follow Cora Manning on Twitter at https://example.com/cmanning\n\n"
        "Copyright 2019 The Kestrel Wire. All rights reserved.\n"
    )
    assert [p.text for p in doc.paragraphs] == ["A ferry line cut four routes."]
    assert [(c.role, [(p.name, p.location) for p in c.people]) for c in doc.credits] == [
        ("contributing", [("Lena Vosk", "Oslo")])
    ]
    assert [n.kind for n in doc.notes] == ["other", "other"]
    assert doc.unclaimed == ()
    # A story sentence with the verb is still story text.
    doc = wirecopy.parse("TROMVIK (AP) _ The council contributed 5 million crowns.\n\nIt sailed.\n")
    assert doc.credits == () and len(doc.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "headline", "site", "agency"),
    [
        ("Ferry line cuts routes | Reuters", "Ferry line cuts routes", "Reuters", "Reuters"),
        ("Ferry line cuts routes - AP News", "Ferry line cuts routes", "AP News", "AP"),
        ("Ferry line cuts routes – AFP", "Ferry line cuts routes", "AFP", "AFP"),
        # A name that is no agency's, or an agency inside the headline, stays.
        (
            "Ferry line cuts routes | Tromvik Post",
            "Ferry line cuts routes | Tromvik Post",
            None,
            None,
        ),
        ("Reuters-Tromvik deal signed", "Reuters-Tromvik deal signed", None, None),
    ],
)
def test_the_site_a_web_page_title_ends_with(
    line: str, headline: str, site: str | None, agency: str | None
) -> None:
    doc = wirecopy.parse(f"{line}\n\nTROMVIK, Norway - A ferry line cut routes.\n")
    assert doc.headline is not None and doc.headline.text == headline
    assert [(m.name, m.text) for m in doc.metadata] == ([("site", site)] if site else [])
    assert doc.agency == agency and doc.unclaimed == ()


_FERRY = (
    "KESTERVIK, Norway (Reuters) - A ferry line added a night crossing.\n\n"
    "The crossing will run twice a week.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "-- Contact: Mira Holt, mira.holt@example.com",
        "Contact: Mira Holt, +47 22 00 00 00",
        "Media contact: Nordvik Ferries, tel. (22) 555-0100",
    ],
)
def test_a_contact_line_closing_the_story_is_a_note(line: str) -> None:
    doc = wirecopy.parse(_FERRY + line + "\n")
    assert [(n.kind, n.text) for n in doc.notes] == [("contact", line)]
    assert [p.text for p in doc.paragraphs] == [
        "A ferry line added a night crossing.",
        "The crossing will run twice a week.",
    ]
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Contact with the ferry was lost at 9 p.m., the coastguard said.",
        "Contact: the harbour master.",  # no address, no number
    ],
)
def test_a_sentence_opening_with_contact_stays_a_paragraph(line: str) -> None:
    doc = wirecopy.parse(_FERRY + line + "\n")
    assert doc.notes == ()
    assert [p.text for p in doc.paragraphs][-1] == line


_CROSSING = "TROMVIK, Norway (AP) _ Nordvik Ferries will add a night crossing.\n"


@pytest.mark.parametrize(
    ("top", "kind", "note"),
    [
        (
            "EDITOR'S NOTE _ This story contains language some readers may find\noffensive.\n\n",
            "editors-note",
            "EDITOR'S NOTE _ This story contains language some readers may find offensive.",
        ),
        (
            "Eds: Updates with mayor's comment, adds photos. With AP Photos and\nvideo.\n\n",
            "editors-note",
            "Eds: Updates with mayor's comment, adds photos. With AP Photos and video.",
        ),
        (
            "Editor's note: Mira Holt is a freelance journalist based in Tromvik\n"
            "who has covered the ferry line since 2015.\n\n",
            "editors-note",
            "Editor's note: Mira Holt is a freelance journalist based in Tromvik"
            " who has covered the ferry line since 2015.",
        ),
        (
            "Ferry line adds night crossing\n\n"
            "This story has been corrected to show that the crossing starts in\n"
            "April, not March.\n\n",
            "correction",
            "This story has been corrected to show that the crossing starts in April, not March.",
        ),
        # Right above the dateline, with no blank line between.
        (
            "EDITOR'S NOTE _ This story contains language some readers may find\noffensive.\n",
            "editors-note",
            "EDITOR'S NOTE _ This story contains language some readers may find offensive.",
        ),
    ],
)
def test_a_note_wrapped_above_the_dateline_is_one_note(top: str, kind: str, note: str) -> None:
    doc = wirecopy.parse(top + _CROSSING)
    assert [(n.kind, n.text) for n in doc.notes] == [(kind, note)]
    assert doc.dateline is not None and doc.dateline.city == "TROMVIK"
    assert [p.text for p in doc.paragraphs] == ["Nordvik Ferries will add a night crossing."]
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    ("top", "notes", "byline"),
    [
        # A note of its own, a byline and a line that ends no sentence stay apart.
        (
            "EDITOR'S NOTE _ This story contains language some readers may find\n(Adds quote)\n\n",
            ["EDITOR'S NOTE _ This story contains language some readers may find", "(Adds quote)"],
            None,
        ),
        (
            "Ferry line adds night crossing\n\n"
            "This story has been corrected to show that the crossing starts in\n"
            "By MIRA HOLT\n\n",
            ["This story has been corrected to show that the crossing starts in"],
            "By MIRA HOLT",
        ),
        (
            "Eds: Moves on general news and financial services, sports and business wires\n"
            "By MIRA HOLT\nAssociated Press Writer\n\n",
            ["Eds: Moves on general news and financial services, sports and business wires"],
            "By MIRA HOLT Associated Press Writer",
        ),
        # A line ending a sentence was not wrapped.
        (
            "Eds: Adds details throughout, with photos of the ferry and its crew.\n"
            "Moves on the ferry wire.\n\n",
            [
                "Eds: Adds details throughout, with photos of the ferry and its crew.",
                "Moves on the ferry wire.",
            ],
            None,
        ),
    ],
)
def test_lines_below_a_note_above_the_dateline_stay_apart(
    top: str, notes: list[str], byline: str | None
) -> None:
    doc = wirecopy.parse(top + _CROSSING)
    assert [n.text for n in doc.notes] == notes
    assert (doc.byline.text if doc.byline else None) == byline
    assert doc.dateline is not None and doc.dateline.city == "TROMVIK"
