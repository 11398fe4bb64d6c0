"""Paragraphs: the four layouts, subheads, note lines, and the wrap-width reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirecopy
from wirecopy._lines import Line, scan_lines
from wirecopy._paragraphs import (
    _lines_apart,
    _split_by_rules,
    is_hard_wrapped,
    is_subhead,
    split_paragraphs,
    wrap_width,
)


def never(line: Line) -> bool:
    return False


def opens_paren(line: Line) -> bool:
    return line.text.startswith("(")


def texts(src: str, first_start: int = 0, starts_note: Callable[[Line], bool] = never) -> list[str]:
    spans = split_paragraphs(scan_lines(src), first_start, starts_note)
    return [" ".join(src[a:b].split()) for a, b in spans]


LAYOUTS = [
    (
        "indents",
        "    The ferry sailed\nat dawn.\n    It docked\nat noon.\n    Nobody was hurt.\n",
        ["The ferry sailed at dawn.", "It docked at noon.", "Nobody was hurt."],
    ),
    (
        "indented table rows",
        "    Shr 12 cts vs 10 cts\n    Net 1,200 vs 1,000\n    Year\n    Shr 40 cts vs 38 cts\n",
        ["Shr 12 cts vs 10 cts", "Net 1,200 vs 1,000", "Year", "Shr 40 cts vs 38 cts"],
    ),
    (
        "blank lines",
        "The ferry sailed.\n\nIt docked.\n\nNobody was hurt.\n",
        ["The ferry sailed.", "It docked.", "Nobody was hurt."],
    ),
    (
        "blank lines, wrapped inside",
        "The ferry sailed\nat dawn.\n\nIt docked\nat noon.\n\nNobody was hurt.\n",
        ["The ferry sailed at dawn.", "It docked at noon.", "Nobody was hurt."],
    ),
    (
        "one paragraph per line",
        "The ferry Kittiwake sailed from Tromvik at dawn with 240 passengers and a cargo of"
        " fish feed aboard for the outer islands.\n"
        "It docked at noon on Vaeroy, where the harbour master, Signe Arntzen, said the crossing"
        " had been the calmest of the winter.\n"
        "Nobody was hurt.\n",
        [
            "The ferry Kittiwake sailed from Tromvik at dawn with 240 passengers and a cargo of"
            " fish feed aboard for the outer islands.",
            "It docked at noon on Vaeroy, where the harbour master, Signe Arntzen, said the"
            " crossing had been the calmest of the winter.",
            "Nobody was hurt.",
        ],
    ),
    (
        "hard-wrapped at 64 columns, no other mark",
        "Harbour officials in Tromvik said on Tuesday that the night\n"
        "ferry to the outer islands would run twice a week from May,\n"
        "after a winter in which storms cut the route for eleven days.\n"
        "The ferry, the Kittiwake, carries 240 passengers.\n"
        '"We have waited a long time for this," said Signe Arntzen, who\n'
        'runs a fish smokery on Vaeroy. "Now the tourists can come."\n'
        "The operator, Nordlys Sjo, said tickets would go on sale next\n"
        "week.\n",
        [
            "Harbour officials in Tromvik said on Tuesday that the night ferry to the outer"
            " islands would run twice a week from May, after a winter in which storms cut the"
            " route for eleven days.",
            "The ferry, the Kittiwake, carries 240 passengers.",
            '"We have waited a long time for this," said Signe Arntzen, who runs a fish smokery'
            ' on Vaeroy. "Now the tourists can come."',
            "The operator, Nordlys Sjo, said tickets would go on sale next week.",
        ],
    ),
    (
        "a subhead stands alone",
        "The ferry sailed.\n\nSTORMY WINTER\n\nIt docked.\n",
        ["The ferry sailed.", "STORMY WINTER", "It docked."],
    ),
    (
        "CRLF line ends",
        "The ferry sailed\r\nat dawn.\r\n\r\nIt docked.\r\n\r\nNobody was hurt.\r\n",
        ["The ferry sailed at dawn.", "It docked.", "Nobody was hurt."],
    ),
    (
        "bare CR line ends",
        "The ferry sailed.\r\rIt docked.\r\rNobody was hurt.\r",
        ["The ferry sailed.", "It docked.", "Nobody was hurt."],
    ),
    ("empty", "", []),
    ("only blank lines", "\n \n\t\n", []),
]


@pytest.mark.parametrize(("name", "src", "expected"), LAYOUTS, ids=[c[0] for c in LAYOUTS])
def test_layouts(name: str, src: str, expected: list[str]) -> None:
    assert texts(src) == expected


def test_spans_exclude_padding() -> None:
    src = "    The ferry sailed  \n  at dawn.\n\n    It docked.   \n"
    spans = split_paragraphs(scan_lines(src), 0, never)
    assert [src[a:b] for a, b in spans] == ["The ferry sailed  \n  at dawn.", "It docked."]


def test_first_start_skips_the_dateline() -> None:
    src = "    OSLO, May 2 - The ferry sailed\nat dawn.\n    It docked.\n"
    first = src.index("The")
    spans = split_paragraphs(scan_lines(src), first, never)
    assert spans[0][0] == first
    assert texts(src, first) == ["The ferry sailed at dawn.", "It docked."]


def test_a_note_line_starts_a_paragraph() -> None:
    src = "The ferry sailed.\n\nIt docked.\n(Reporting by Lena Vosk; Editing by Cora Manning)\n"
    assert texts(src, 0, opens_paren) == [
        "The ferry sailed.",
        "It docked.",
        "(Reporting by Lena Vosk; Editing by Cora Manning)",
    ]


@pytest.mark.parametrize(
    ("text", "subhead"),
    [
        ("STORMY WINTER", True),
        ("NET PROFIT 2020", True),
        ("Year", False),
        ("AB", False),  # too few letters
        ("THE FERRY SAILED.", False),  # a sentence
        ("TOM HALE)", False),  # the end of a parenthesis opened above
        ("RESULTS (PROVISIONAL)", True),
        ("X" * 61, False),  # too long
        ("ÉTÉ CHAUD À NICE", True),
        ("\u01c5UBROVNIK TALKS", True),  # a title-case letter is no lower-case one
        ("ªLPHA BETA", True),  # nor is a modifier letter
        ("iPHONE SALES", False),
        ("NEW iPHONE", False),
        ("Étés", False),
    ],
)
def test_is_subhead(text: str, subhead: bool) -> None:
    assert is_subhead(scan_lines(text)[0]) is subhead


def test_wrap_width_ignores_one_long_line() -> None:
    lines = scan_lines("a b c d e f g\na b c d e f\nab\n" + "x" * 90)
    assert wrap_width(lines) == 13


def test_wrap_width_of_nothing() -> None:
    assert wrap_width([]) == 0


WRAPPED_64 = LAYOUTS[5][1]


@pytest.mark.parametrize(
    ("src", "wrapped"),
    [
        (WRAPPED_64, True),
        ("\n".join(["x" * 60, "x" * 130, "x" * 58, "x" * 140, "x" * 20]), False),  # lines past it
        ("one\ntwo", False),  # too few lines to tell
        ("x" * 120 + "\n" + "x" * 118 + "\nab", False),  # wider than any wrap
        (LAYOUTS[4][1], False),  # one paragraph per line
    ],
)
def test_is_hard_wrapped(src: str, wrapped: bool) -> None:
    lines = scan_lines(src)
    assert is_hard_wrapped(lines, wrap_width(lines)) is wrapped


def test_wrap_width_of_64_column_copy() -> None:
    assert wrap_width(scan_lines(WRAPPED_64)) in range(58, 65)


@pytest.mark.parametrize("code", ["", "\x02", "\x16\x16\x01", "\ufeff"])
def test_a_control_character_before_the_first_line_moves_no_break(code: str) -> None:
    # The first line is the widest: counted with a start-of-text code it
    # would be 65 columns, the wrap would read as 65, and the 58-column line
    # below, with room for "routes", would end a paragraph.
    src = (
        "KESTERVIK, March 4 (Reuters) - The ferry lines said it would add\n"
        "a night crossing from next month as demand rose sharply on\n"
        "routes along the coast, and the company said the service would\n"
        "run five nights a week. Fares were not given.\n"
        "Freight volumes on the route rose by a fifth last year, it said,\n"
        "and the port authority expects more growth.\n"
    )
    lines = scan_lines(code + src)
    assert wrap_width(lines) == 64
    paragraphs = wirecopy.parse(code + src).paragraphs
    assert [p.text.split()[:2] for p in paragraphs] == [["The", "ferry"], ["Freight", "volumes"]]


@pytest.mark.parametrize(
    ("src", "roles"),
    [
        # The dateline was edited after the copy was wrapped at 64 columns:
        # its 65-column line read as the width would make the 58-column line
        # below, with room for "routes" at 65, end a paragraph.
        (
            "KESTERVIK, Sept. 30 (Reuters) - The ferry lines said it would add\n"
            "a night crossing from next month as demand rose sharply on\n"
            "routes along the coast, and the company said the service would\n"
            "run five nights a week. Fares were not given.\n"
            "Freight volumes on the route rose by a fifth last year, it said,\n"
            "and the port authority expects more growth.\n",
            [],
        ),
        # The copy is wrapped at 58 columns, the credit line was added after
        # the wrap: its 61 columns read as the width would make the 54-column
        # line below the first, with room for "routes" at 61, end a paragraph.
        (
            "KESTERVIK, Sept. 30 (Reuters) - The ferry lines said it would\n"
            "add a night crossing from next month as demand rose on\n"
            "routes along the coast, and the company said the service\n"
            "would run five nights a week. Fares were not given.\n"
            "Freight volumes on the route rose by a fifth last year, it\n"
            "said, and the port authority expects more growth.\n"
            "(Reporting by Mira Holt in Kestervik; Editing by Hal Brenner)\n",
            ["reporting", "editing"],
        ),
    ],
)
def test_a_line_wider_than_the_wrap_moves_no_break(src: str, roles: list[str]) -> None:
    doc = wirecopy.parse(src)
    assert [p.text.split()[:2] for p in doc.paragraphs] == [
        ["The", "ferry"],
        ["Freight", "volumes"],
    ]
    assert [c.role for c in doc.credits] == roles


def test_one_line_paragraphs_of_two_like_lengths_are_not_wrapped_text() -> None:
    # Two short paragraphs of about one length look like a wrap width;
    # the lines longer than any wrap show the block unwrapped.
    lines = [
        "The ferry line linking the three islands of the northern archipelago will "
        "add a night crossing from March, its operator said on Wednesday.",
        "No date has been fixed yet for the first sailing, the operator said.",
        "The council will meet on April 24 to approve the new timetable.",
        "The crossing will carry up to 300 passengers and 40 cars, and fares will "
        "stay at their winter level until the end of the season, the operator added.",
        "Two lines from Tromvik and Halden have also applied for berths.",
    ]
    src = "KESTERVIK, Feb 10 (Xinhua) --\n\n" + "\n".join(lines) + "\n"
    assert [p.text for p in wirecopy.parse(src).paragraphs] == lines


@pytest.mark.parametrize(
    "tail",
    [
        "\n\n(Reporting by Ida Brun; Editing by Per Dahl)\n",
        "\n\n($1 = 8.95 Norwegian crowns)\n\n(Reporting by Ida Brun; Editing by Per Dahl)\n",
    ],
)
def test_a_blank_line_above_the_credit_leaves_the_wrap_rules_to_the_text(tail: str) -> None:
    # Blank lines that set only notes and credits apart from one block of
    # wrapped text do not make each block a paragraph.
    src = (
        "KESTERVIK, Norway (Reuters) - The ferry line said on Tuesday it\n"
        "would add a night crossing to the outer islands from April,\n"
        "its first new route in ten years.\n"
        "Tickets will go on sale in March at the harbour office and a\n"
        "return fare will cost 40 euros, the company said." + tail
    )
    doc = wirecopy.parse(src)
    assert [p.text for p in doc.paragraphs] == [
        "The ferry line said on Tuesday it would add a night crossing to the outer islands"
        " from April, its first new route in ten years.",
        "Tickets will go on sale in March at the harbour office and a return fare will cost"
        " 40 euros, the company said.",
    ]
    assert [c.role for c in doc.credits] == ["reporting", "editing"]


@pytest.mark.parametrize(
    "credit",
    [
        "(REPORTING BY IDA BRUN; EDITING BY\nPER DAHL)",
        "(REPORTING BY IDA BRUN IN OSLO AND\nCORA MANNING IN BERGEN; EDITING\nBY PER DAHL)",
    ],
)
def test_a_credit_line_in_capitals_runs_on_over_lines_that_read_as_subheads(
    credit: str,
) -> None:
    src = (
        "KESTERVIK, Norway (Reuters) - The ferry line said on Tuesday it\n"
        "would add a night crossing to the outer islands from April.\n" + credit + "\n"
    )
    doc = wirecopy.parse(src)
    assert [p.text for p in doc.paragraphs] == [
        "The ferry line said on Tuesday it would add a night crossing to the outer islands"
        " from April."
    ]
    assert [(c.role, p.name) for c in doc.credits for p in c.people][-1] == ("editing", "PER DAHL")
    assert doc.unclaimed == ()


def test_the_line_after_a_note_line_is_read_as_a_paragraph_s_first() -> None:
    # A paragraph's first line counts as short only with room for a lost
    # indent to spare; the note's line above it is no paragraph's first.
    lines = [
        "KESTERVIK, Norway (Reuters) - The ferry line said on Tuesday it",
        "would add a night crossing to the outer islands from April, its",
        "first new route in ten years, and would hire forty new crew.",
        "(Graphic: Ferry routes of the outer islands http://example.com/x)",
        '"Islanders have asked us for a late boat for many years, and',
        'now they have one," said Hal Brenner, who runs the ferry line.',
        "Tickets will go on sale in March and a return fare will cost 40",
        "euros, the company said in a statement on its website on Monday.",
    ]
    doc = wirecopy.parse("\n".join(lines) + "\n")
    assert [" ".join(p.text.split()[:2]) for p in doc.paragraphs] == [
        "The ferry",
        '"Islanders have',
        "Tickets will",
    ]
    assert [n.kind for n in doc.notes] == ["graphic"]


def test_unwrapped_lines_stay_paragraphs_between_blank_lines() -> None:
    # Several blank-line blocks make each block a paragraph, except a block
    # whose lines are too long to have been wrapped: there each line is one.
    line = (
        "The Tromvik ferry ran {} crossings on Monday, more than on any day since the "
        "harbour reopened, its operator said."
    )
    block = "\n".join(line.format(n) for n in ("four", "five", "six"))
    src = f"{block}\n\n{block}\n\nThe harbour closes at dusk.\n"
    assert texts(src) == [line.format(n) for n in ("four", "five", "six")] * 2 + [
        "The harbour closes at dusk."
    ]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (
            # Indents: an indented line inside an open parenthesis continues it.
            " The ferry sailed at dawn. (For the timetable, please see\n"
            "the port's site: \n"
            " here ).\n"
            " It docked at noon.\n",
            [
                "The ferry sailed at dawn. (For the timetable, please see the port's site: here ).",
                "It docked at noon.",
            ],
        ),
        (
            # A parenthesis that no close line ends within three lines joins nothing.
            "The ferry (sailed\n one.\n two.\n three.\n four.)\nfive\n",
            ["The ferry (sailed", "one.", "two.", "three.", "four.) five"],
        ),
    ],
)
def test_lines_inside_open_parentheses(src: str, expected: list[str]) -> None:
    assert texts(src) == expected


def test_table_rows_of_many_lengths_are_not_wrapped_text() -> None:
    # The longest rows share a length, as wrapped lines do, but the rows end
    # anywhere short of it: each row is a paragraph.
    rows = [
        "Shr 24 cts vs 19 cts",
        "Net 811,000 vs 506,000",
        "Sales 14.6 mln vs 9,218,000",
        "Avg shrs 4,507,000 vs 4,112,000",
        "Year",
        "Oper shr profit 1.37 dlrs vs loss 62 cts",
        "Oper net profit 5,904,000 vs loss 2,271,000",
        "Sales 66.8 mln vs 51.3 mln",
        "Avg shrs 4,488,000 vs 4,090,000",
        "NOTE: Latest year net excludes 935,000 dlr tax credit.",
    ]
    src = "KESTREL CORP 4TH QTR NET\n    KESTERVIK, Norway, April 8 -\n"
    doc = wirecopy.parse(src + "".join(f"    {row}\n" for row in rows) + " Reuter\n")
    assert [p.text for p in doc.paragraphs] == rows


# Lines of the shapes the rules look at: sentences, subheads, rules, notes
# and credits (some left open), table rows, indents and padding.
_LINE_SHAPES = st.sampled_from(
    [
        "The ferry sailed at night.",
        "it docked at dawn",
        "HEAVY SNOW",
        "___",
        "(Adds quote from harbour master)",
        "(Reporting by Lena Vosk;",
        "Editing by Cora Manning)",
        "Total dead: 12",
        "    Ice closed the harbour, the council said on Tuesday, and the",
        "\tShips waited (at anchor",
        "x" * 90,
        "",
        " ",
        "\u00a0",
    ]
)


@given(st.lists(st.lists(_LINE_SHAPES, min_size=1, max_size=3), max_size=8), st.integers(0, 6))
def test_lines_apart_read_as_the_rules_read_them(blocks: list[list[str]], skip: int) -> None:
    src = "\n\n".join("\n".join(block) for block in blocks)
    lines = scan_lines(src)
    content = [line for line in lines if not line.blank]
    if not content:
        return
    first_start = min(content[0].cstart + skip, content[0].cend)
    spans = split_paragraphs(lines, first_start, lambda line: line.text.startswith("(Rep"))
    if _lines_apart(lines):
        expected = _split_by_rules(
            lines, content, first_start, lambda line: line.text.startswith("(Rep")
        )
        assert spans == expected


HARD_WRAPPED = (
    "KESTERVIK, Norway, March 3 (Reuters) - Nordvik Ferries said on\n"
    "Tuesday it would add a night crossing to the outer islands.\n"
    "The crossing will run twice a week in summer and once a week in\n"
    "winter, chief executive Ola Brenning told reporters in Kestervik.\n"
    "Shares in the company rose 4 percent to 112 crowns.\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "(Reporting by Mira Holt; Editing by Hal Brenner)\n\nKeywords: NORWAY FERRY\n",
        "Keywords: NORWAY FERRY\n\nReuter\n",
        "Reporting by Mira Holt; Editing by Hal Brenner\n\nKeywords: NORWAY FERRY\n",
        "Associated Press writer Ines Kohl contributed to this report.\n\n"
        "Copyright 2021 The Associated Press. All rights reserved.\n",
    ],
)
def test_closing_matter_set_apart_says_nothing_of_the_paragraphs_above(closing: str) -> None:
    doc = wirecopy.parse(HARD_WRAPPED + "\n" + closing)
    assert [p.text[:24] for p in doc.paragraphs] == [
        "Nordvik Ferries said on ",
        "The crossing will run tw",
        "Shares in the company ro",
    ]
    assert doc.unclaimed == ()


def test_a_short_last_paragraph_set_apart_is_still_a_paragraph() -> None:
    doc = wirecopy.parse(HARD_WRAPPED + "\nFares were not disclosed.\n")
    assert doc.paragraphs[-1].text == "Fares were not disclosed."
    assert doc.paragraphs[0].text.startswith("Nordvik Ferries said on Tuesday")
    assert doc.credits == () and doc.notes == ()


SHORT_PARAGRAPHS = [
    "KESTERVIK, Norway (Reuters) - Shares in Nordvik Ferries rose 4 percent to 112"
    " crowns after the company said it would add a night crossing.",
    "Trading was light.",
    "The route will start in April, chief executive Ola Brenning told Reuters.",
    "Fares were not disclosed, and the harbour council did not respond to a request"
    " for comment from Ostland's agriculture ministry.",
    "The crossing will run twice a week.",
]


@pytest.mark.parametrize("width", [64, 69, 72, 80])
def test_short_paragraphs_wrapped_with_no_blank_lines_keep_their_sentences(width: int) -> None:
    import textwrap

    text = "\n".join(textwrap.fill(p, width) for p in SHORT_PARAGRAPHS) + "\n"
    doc = wirecopy.parse(text)
    # A line cut where the next word did not fit runs on into the next,
    # capital or not; a paragraph's last line ends a sentence.
    assert [p.text for p in doc.paragraphs] == [
        SHORT_PARAGRAPHS[0].split(" - ", 1)[1],
        *SHORT_PARAGRAPHS[1:],
    ]


def test_table_rows_with_room_on_their_lines_stay_rows() -> None:
    text = (
        "    KESTERVIK, April 8 -\n"
        "    Shr 23 cts vs 19 cts\n"
        "    Net 812,000 vs 655,000\n"
        "    Oper shr profit 1.32 dlrs vs loss 28 cts\n"
        "    Oper net profit 4,117,000 vs loss 2,306,000\n"
        "    Sales 61.7 mln vs 48.9 mln\n"
    )
    assert len(wirecopy.parse(text).paragraphs) == 5


@pytest.mark.parametrize("bullet", ["*", "-", "\u2022"])
def test_list_items_in_one_block_are_paragraphs(bullet: str) -> None:
    text = (
        "KESTERVIK, Norway (Reuters) - Nordvik Ferries will add a night crossing.\n\n"
        "The company gave three reasons:\n\n"
        f"{bullet} rising freight demand from fish farms on the outer\n"
        "islands\n"
        f"{bullet} two new vessels from the Tromvik yard\n"
        f"{bullet} a port deal signed last year\n\n"
        "The first crossing is set for April 2.\n"
    )
    assert [p.text for p in wirecopy.parse(text).paragraphs] == [
        "Nordvik Ferries will add a night crossing.",
        "The company gave three reasons:",
        f"{bullet} rising freight demand from fish farms on the outer islands",
        f"{bullet} two new vessels from the Tromvik yard",
        f"{bullet} a port deal signed last year",
        "The first crossing is set for April 2.",
    ]


def test_one_line_opening_with_a_dash_is_no_list() -> None:
    text = (
        "KESTERVIK, Norway (Reuters) - Nordvik Ferries said the crossing\n"
        "- its first new route in a decade - would start in April.\n\n"
        "Fares were not disclosed.\n"
    )
    assert [p.text for p in wirecopy.parse(text).paragraphs] == [
        "Nordvik Ferries said the crossing - its first new route in a decade -"
        " would start in April.",
        "Fares were not disclosed.",
    ]


CAPITALS = [
    "KESTERVIK, MARCH 3 - NORDVIK FERRIES SAID IT WOULD ADD A NIGHT CROSSING TO THE OUTER"
    " ISLANDS FROM APRIL, ITS FIRST NEW ROUTE IN MORE THAN A DECADE.",
    "THE CROSSING WILL RUN TWICE A WEEK, THE COMPANY SAID, AND TICKETS GO ON SALE IN MARCH"
    " AT THE HARBOUR OFFICE IN KESTERVIK.",
]


@pytest.mark.parametrize("layout", ["blank lines", "indents"])
def test_copy_in_capitals_wrapped_short_is_no_run_of_subheads(layout: str) -> None:
    import textwrap

    if layout == "blank lines":
        text = "\n\n".join(textwrap.fill(p, 58) for p in CAPITALS) + "\n"
    else:
        text = "\n".join(textwrap.fill(p, 58, initial_indent="    ") for p in CAPITALS) + "\n"
    doc = wirecopy.parse(text)
    assert [p.text for p in doc.paragraphs] == [CAPITALS[0].split(" - ", 1)[1], CAPITALS[1]]


def test_subheads_in_capitals_between_paragraphs_stay_subheads() -> None:
    text = (
        "KESTERVIK (Reuters) - The ferry line will add a night crossing.\n"
        "TICKETS\n"
        "Tickets go on sale in March at the harbour office.\n"
        "ROUTE\n"
        "The crossing will call at Tromvik.\n"
    )
    assert [p.text for p in wirecopy.parse(text).paragraphs] == [
        "The ferry line will add a night crossing.",
        "TICKETS",
        "Tickets go on sale in March at the harbour office.",
        "ROUTE",
        "The crossing will call at Tromvik.",
    ]


@pytest.mark.parametrize(
    ("indented", "paragraphs"),
    [
        ("                         NEW VESSELS", ["NEW VESSELS"]),
        ("                     2020        2019", ["2020 2019", "Revenue 612.4 580.0"]),
    ],
)
def test_a_subhead_or_table_heading_indented_alone_is_no_paragraph_indent(
    indented: str, paragraphs: list[str]
) -> None:
    table = "Revenue             612.4       580.0\n" if "2020" in indented else ""
    text = (
        "KESTERVIK, Norway, March 3 (Reuters) - Nordvik Ferries said on\n"
        "Tuesday it would add a night crossing to the outer islands.\n"
        "The crossing will run twice a week, the company said.\n"
        f"{indented}\n{table}"
        "The company will also buy two vessels from a yard in Tromvik.\n"
        "Shares rose 4 percent.\n"
    )
    assert [p.text for p in wirecopy.parse(text).paragraphs] == [
        "Nordvik Ferries said on Tuesday it would add a night crossing to the outer islands.",
        "The crossing will run twice a week, the company said.",
        *paragraphs,
        "The company will also buy two vessels from a yard in Tromvik.",
        "Shares rose 4 percent.",
    ]
