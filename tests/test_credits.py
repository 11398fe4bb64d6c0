"""Credit lines: roles, names, shared and separate places, and their spans."""

from __future__ import annotations

from typing import Any

import pytest

import wirecopy
from wirecopy._credits import is_credit, parse_credits, roles_of


def triples(src: str) -> list[tuple[str, str, str | None]]:
    return [
        (credit.role, person.name, person.location)
        for credit in parse_credits(src, 0, len(src))
        for person in credit.people
    ]


CREDITS: list[Any] = [
    (
        # "at" and "from" give a place too; an article before it is dropped.
        "(Reporting by Lena Vosk at the United Nations and Piet Aalders from Tromvik;"
        " Editing by Cora Manning)",
        [
            ("reporting", "Lena Vosk", "United Nations"),
            ("reporting", "Piet Aalders", "Tromvik"),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        # An e-mail address after the names is no person.
        "(Reporting by Lena Vosk; Editing by Cora Manning; lena.vosk@example.com)",
        [("reporting", "Lena Vosk", None), ("editing", "Cora Manning", None)],
    ),
    (
        # Nor is a telephone number, or a messaging address.
        "(Reporting by Lena Vosk in Tromvik; Editing by Cora Manning; lena.vosk@example.com;"
        " +47 555 0100; Kestrel Messaging: lena.vosk.example.com@kestrel.net)",
        [("reporting", "Lena Vosk", "Tromvik"), ("editing", "Cora Manning", None)],
    ),
    (
        # A region's dot and a suffix's dot stay with the place and the name.
        "(Reporting by Lena Vosk in Tromvik,\nMich.; Editing by Cora Manning Jr.)",
        [
            ("reporting", "Lena Vosk", "Tromvik, Mich."),
            ("editing", "Cora Manning Jr.", None),
        ],
    ),
    (
        "(Reporting by Lena Vosk in Paris and Piet Aalders in Rome; Editing by Cora Manning)",
        [
            ("reporting", "Lena Vosk", "Paris"),
            ("reporting", "Piet Aalders", "Rome"),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        "(Reporting by Lena Vosk; additional reporting by Omar Qadri and Sana Mirza in "
        "Islamabad; Editing by Cora Manning)",
        [
            ("reporting", "Lena Vosk", None),
            ("additional reporting", "Omar Qadri", "Islamabad"),
            ("additional reporting", "Sana Mirza", "Islamabad"),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        "(Additional reporting and writing by Teodor Ranz; Editing by Mila Strand)",
        [
            ("additional reporting", "Teodor Ranz", None),
            ("writing", "Teodor Ranz", None),
            ("editing", "Mila Strand", None),
        ],
    ),
    (
        "(Reporting by Lena Vosk; Editor by Cora Manning)",
        [("reporting", "Lena Vosk", None), ("editing", "Cora Manning", None)],
    ),
    (
        "(Reporting By Lena Vosk; Edited by Cora Manning)",
        [("reporting", "Lena Vosk", None), ("editing", "Cora Manning", None)],
    ),
    (
        "(Writing by Ida Brun and Ola Nes; Editing by Per Dahl and Kari Lie)",
        [
            ("writing", "Ida Brun", None),
            ("writing", "Ola Nes", None),
            ("editing", "Per Dahl", None),
            ("editing", "Kari Lie", None),
        ],
    ),
    (
        "(Reporting by Lena Vosk, Piet Aalders and Ida Brun; Editing by Cora Manning)",
        [
            ("reporting", "Lena Vosk", None),
            ("reporting", "Piet Aalders", None),
            ("reporting", "Ida Brun", None),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        "(Reporting by Lena Vosk in Austin, Texas; Editing by Cora Manning)",
        [("reporting", "Lena Vosk", "Austin, Texas"), ("editing", "Cora Manning", None)],
    ),
    (
        "(Reporting by Lena Vosk in Washington, D.C.; Editing by Cora Manning)",
        [("reporting", "Lena Vosk", "Washington, D.C."), ("editing", "Cora Manning", None)],
    ),
    (
        "(Reporting by Lena Vosk in Hasaka, Syria; Editing by Cora Manning)",
        [("reporting", "Lena Vosk", "Hasaka, Syria"), ("editing", "Cora Manning", None)],
    ),
    (
        "(Reporting by Lena Vosk and Oslo newsroom; Editing by Cora Manning)",
        [
            ("reporting", "Lena Vosk", None),
            ("reporting", "Oslo newsroom", None),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        "(With additional reporting by Ida Brun in Bergen)",
        [("additional reporting", "Ida Brun", "Bergen")],
    ),
    (
        "(Reporting by Lena Vosk & Piet Aalders; Editing by Cora Manning)",
        [
            ("reporting", "Lena Vosk", None),
            ("reporting", "Piet Aalders", None),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        "(Reporting by Lena Vosk. Editing by Cora Manning.)",
        [("reporting", "Lena Vosk", None), ("editing", "Cora Manning", None)],
    ),
    (
        "(Writing by Ida Brun, editing by Per Dahl)",
        [("writing", "Ida Brun", None), ("editing", "Per Dahl", None)],
    ),
    (
        # Unclosed: the line ran out before its parenthesis.
        "(Reporting by Lena Vosk; Editing by Cora Manning",
        [("reporting", "Lena Vosk", None), ("editing", "Cora Manning", None)],
    ),
    (
        # Hard-wrapped across lines.
        "(Reporting by Lena Vosk in\nParis; additional reporting by Omar\nQadri; Editing by "
        "Cora Manning)",
        [
            ("reporting", "Lena Vosk", "Paris"),
            ("additional reporting", "Omar Qadri", None),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        "(Compiled by Ida Brun; Editing by Per Dahl)",
        [("compiled", "Ida Brun", None), ("editing", "Per Dahl", None)],
    ),
    (
        "(Reporting by Lena Vosk; additional\r\nreporting by Omar Qadri; Editing by Cora Manning)",
        [
            ("reporting", "Lena Vosk", None),
            ("additional reporting", "Omar Qadri", None),
            ("editing", "Cora Manning", None),
        ],
    ),
    (
        "(Reporting by Lena Vosk; Editing\u00a0by Cora Manning)",
        [("reporting", "Lena Vosk", None), ("editing", "Cora Manning", None)],
    ),
    (
        "(Compiled by Ida Brun for the Oslo desk; Editing by Per Dahl)",
        [("compiled", "Ida Brun", None), ("editing", "Per Dahl", None)],
    ),
    (
        "(Reporting by Ida Brun; Graphic by Per Dahl; Video by Lena Vosk)",
        [
            ("reporting", "Ida Brun", None),
            ("graphic", "Per Dahl", None),
            ("video", "Lena Vosk", None),
        ],
    ),
    (
        # In capitals: "AND", "IN", "AT" and "FOR" part the names and places.
        "(REPORTING BY IDA BRUN AND PER DAHL IN OSLO, LENA VOSK AT THE UNITED NATIONS; "
        "EDITING BY CORA MANNING FOR THE OSLO DESK)",
        [
            ("reporting", "IDA BRUN", "OSLO"),
            ("reporting", "PER DAHL", "OSLO"),
            ("reporting", "LENA VOSK", "UNITED NATIONS"),
            ("editing", "CORA MANNING", None),
        ],
    ),
    (
        "(REPORTING BY IDA BRUN. EDITING BY PER DAHL, CORA MANNING.)",  # no initial: no dot
        [
            ("reporting", "IDA BRUN", None),
            ("editing", "PER DAHL", None),
            ("editing", "CORA MANNING", None),
        ],
    ),
    (
        "(Reporting by Ida Brun; Editing by Per A.)",  # an initial keeps its dot
        [("reporting", "Ida Brun", None), ("editing", "Per A.", None)],
    ),
    (
        "(Reporting by Ida Brun in Oslo - Editing by Per Dahl)",  # a dash between roles
        [("reporting", "Ida Brun", "Oslo"), ("editing", "Per Dahl", None)],
    ),
    (
        "(Reporting by Ida Brun \u2013 Editing by Per Dahl)",
        [("reporting", "Ida Brun", None), ("editing", "Per Dahl", None)],
    ),
    (
        # "and by" repeats the role's "by": it is no part of the next name.
        "(Reporting by Mira Holt in Kestervik and by Jon Ulvik in Bergen;"
        " Editing by Hal Brenner and by Ines Kohl)",
        [
            ("reporting", "Mira Holt", "Kestervik"),
            ("reporting", "Jon Ulvik", "Bergen"),
            ("editing", "Hal Brenner", None),
            ("editing", "Ines Kohl", None),
        ],
    ),
    (
        "(Additional reporting by Jon Ulvik, by Ines Kohl\nand by Ana Ruiz)",
        [
            ("additional reporting", "Jon Ulvik", None),
            ("additional reporting", "Ines Kohl", None),
            ("additional reporting", "Ana Ruiz", None),
        ],
    ),
    (
        "(REPORTING BY MIRA HOLT AND BY JON ULVIK; EDITING BY HAL BRENNER)",
        [
            ("reporting", "MIRA HOLT", None),
            ("reporting", "JON ULVIK", None),
            ("editing", "HAL BRENNER", None),
        ],
    ),
    (
        # A name that starts with "By" keeps it.
        "(Editing by Hal Brenner and Byron Kohl)",
        [("editing", "Hal Brenner", None), ("editing", "Byron Kohl", None)],
    ),
]


@pytest.mark.parametrize(("src", "expected"), CREDITS)
def test_credits(src: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert is_credit(src, 0, len(src))
    assert triples(src) == expected


# Every credit line of the table, whatever its names and places come out as.
SOURCES = [case.values[0] if hasattr(case, "values") else case[0] for case in CREDITS]


@pytest.mark.parametrize("src", SOURCES)
def test_credit_spans(src: str) -> None:
    for credit in parse_credits(src, 0, len(src)):
        assert credit.text == " ".join(src[slice(*credit.span)].split())
        start, end = credit.span
        for person in credit.people:
            assert start <= person.span[0] < person.span[1] <= end
            assert " ".join(src[slice(*person.span)].split()) == person.name


def test_credit_parts_and_spans() -> None:
    src = "(Reporting by Lena Vosk in Paris and Piet Aalders in Rome; Editing by Cora Manning)"
    credits = parse_credits(src, 0, len(src))
    assert [(c.role, c.text) for c in credits] == [
        ("reporting", "Reporting by Lena Vosk in Paris and Piet Aalders in Rome"),
        ("editing", "Editing by Cora Manning"),
    ]
    assert [src[slice(*c.span)] for c in credits] == [c.text for c in credits]
    assert [src[slice(*p.span)] for c in credits for p in c.people] == [
        "Lena Vosk",
        "Piet Aalders",
        "Cora Manning",
    ]


def test_two_roles_share_one_span() -> None:
    src = "(Additional reporting and writing by Teodor Ranz)"
    first, second = parse_credits(src, 0, len(src))
    assert (first.role, second.role) == ("additional reporting", "writing")
    assert first.span == second.span
    assert first.people == second.people


def test_credit_spans_are_absolute() -> None:
    src = "The ferry sailed.\n\n(Reporting by Lena Vosk; Editing by Cora Manning)\n"
    start = src.index("(")
    end = src.index(")") + 1
    credits = parse_credits(src, start, end)
    assert [src[slice(*c.span)] for c in credits] == [
        "Reporting by Lena Vosk",
        "Editing by Cora Manning",
    ]


@pytest.mark.parametrize(
    "src",
    [
        "(Adds quote from mayor)",
        "Reporting by Lena Vosk",  # a credit line opens with a parenthesis
        "(Reporters said the mill shut)",
        "(Reportedly, the mill shut)",
        "The ferry sailed.",
        "",
        "(",
    ],
)
def test_not_a_credit(src: str) -> None:
    assert not is_credit(src, 0, len(src))


@pytest.mark.parametrize(
    ("phrase", "roles"),
    [
        ("Reporting by", ["reporting"]),
        ("Additional reporting and writing by", ["additional reporting", "writing"]),
        ("With additional reporting", ["additional reporting"]),
        ("Editor by", ["editing"]),
        ("Edited by", ["editing"]),
        ("Written by", ["writing"]),
        ("Compiling by", ["compiled"]),
        ("Reported by", ["reporting"]),
        ("EDITING BY", ["editing"]),
    ],
)
def test_roles_of(phrase: str, roles: list[str]) -> None:
    assert roles_of(phrase) == roles


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Reporting by Ida Brun in Oslo; Editing by Per Dahl and Lena Vosk",
            [
                ("reporting", "Ida Brun", "Oslo"),
                ("editing", "Per Dahl", None),
                ("editing", "Lena Vosk", None),
            ],
        ),
        (
            "Writing By Ida Brun, Editing by Per Dahl.",
            [("writing", "Ida Brun", None), ("editing", "Per Dahl", None)],
        ),
        ("Reporting by the Kestrel council showed a rise in fares.", []),
        ("Editing by hand took weeks.", []),
    ],
)
def test_credit_line_without_parentheses(
    line: str, expected: list[tuple[str, str, str | None]]
) -> None:
    doc = wirecopy.parse(f"OSLO (Reuters) - Ferry fares rose.\n\n{line}\n")
    found = [(c.role, p.name, p.location) for c in doc.credits for p in c.people]
    assert found == expected
    assert [p.text for p in doc.paragraphs] == ["Ferry fares rose."] + ([] if expected else [line])
    assert doc.unclaimed == ()


def test_region_run_on_to_the_next_name() -> None:
    # The comma after "D.C." is missing: the region still ends the place before.
    src = "(Reporting by Ana Ruiz and Tom Hale in Washington, D.C.\nIda Brun in Oslo)"
    assert triples(src) == [
        ("reporting", "Ana Ruiz", "Washington, D.C."),
        ("reporting", "Tom Hale", "Washington, D.C."),
        ("reporting", "Ida Brun", "Oslo"),
    ]


def test_bloomberg_credit_lines() -> None:
    text = (
        "KESTERVIK, March 3 (Bloomberg) -- The ferry line added a night crossing.\n\n"
        "--With assistance from Lena Vosk in Tromvik and Piet Aalders.\n"
        "--Editors: Cora Manning, Omar Qadri\n"
    )
    doc = wirecopy.parse(text)
    assert [(c.role, [(p.name, p.location) for p in c.people]) for c in doc.credits] == [
        ("additional reporting", [("Lena Vosk", "Tromvik"), ("Piet Aalders", None)]),
        ("editing", [("Cora Manning", None), ("Omar Qadri", None)]),
    ]
    assert [p.text for p in doc.paragraphs] == ["The ferry line added a night crossing."]
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "-- Reporting by Mira Holt; Editing by Hal Brenner",
            [("reporting", "Mira Holt", None), ("editing", "Hal Brenner", None)],
        ),
        (
            "--Reporting by Mira Holt in Kestervik, editing by Hal Brenner",
            [("reporting", "Mira Holt", "Kestervik"), ("editing", "Hal Brenner", None)],
        ),
        (
            "\u2014 Additional reporting by Ines Kohl; Editing by Hal Brenner",
            [("additional reporting", "Ines Kohl", None), ("editing", "Hal Brenner", None)],
        ),
    ],
)
def test_credit_line_after_a_dash(line: str, expected: list[tuple[str, str, str | None]]) -> None:
    text = f"KESTERVIK, Norway (Reuters) - A ferry line added a night crossing.\n\n{line}\n"
    doc = wirecopy.parse(text)
    assert [(c.role, p.name, p.location) for c in doc.credits for p in c.people] == expected
    assert [p.text for p in doc.paragraphs] == ["A ferry line added a night crossing."]
    assert doc.credits[0].text.startswith(("Reporting", "Additional"))
    assert doc.unclaimed == ()


def test_credit_line_after_a_dash_under_hard_wrapped_copy() -> None:
    text = (
        "KESTERVIK, Norway, March 3 (Reuters) - Nordvik Ferries said on\n"
        "Tuesday it would add a night crossing to the outer islands and\n"
        "the harbour of Tromvik from April, the company said in a filing.\n"
        "-- Reporting by Mira Holt; Editing by Hal Brenner\n"
    )
    doc = wirecopy.parse(text)
    assert [(c.role, [p.name for p in c.people]) for c in doc.credits] == [
        ("reporting", ["Mira Holt"]),
        ("editing", ["Hal Brenner"]),
    ]
    assert [p.text[-17:] for p in doc.paragraphs] == ["said in a filing."]
    assert doc.unclaimed == ()


def test_a_wrapped_line_opening_with_a_dash_stays_in_its_paragraph() -> None:
    text = (
        "KESTERVIK, Norway, March 3 (Reuters) - Nordvik Ferries said the\n"
        "crossing to the outer islands and the harbour of Tromvik will run\n"
        "-- Reporting by staff showed -- twice a week from April this year.\n"
    )
    doc = wirecopy.parse(text)
    assert doc.credits == ()
    assert len(doc.paragraphs) == 1


@pytest.mark.parametrize(
    "line",
    [
        "-- the end of the line",
        "--Editors: the night desk",
        "-- Reporting by the local paper showed the ferry was late.",
        "--Reporting by Mira Holt showed the ferry was late.",
    ],
)
def test_dashed_lines_that_credit_no_one(line: str) -> None:
    doc = wirecopy.parse(f"The ferry sailed.\n\n{line}\n")
    assert doc.credits == ()
    assert [p.text for p in doc.paragraphs][-1] == line


@pytest.mark.parametrize(
    ("closing", "credits"),
    [
        ("Editor: Chen Lu", [("editing", "Chen Lu", None)]),  # Xinhua
        ("Editors: Chen Lu, Wu Ping", [("editing", "Chen Lu", None), ("editing", "Wu Ping", None)]),
        (
            "Associated Press writer Ana Ruiz contributed.",
            [("contributing", "Ana Ruiz", None)],
        ),
        (
            "Associated Press writer Ana Ruiz contributed from Lima.",
            [("contributing", "Ana Ruiz", "Lima")],
        ),
        # Initials and abbreviations end no sentence.
        (
            "Associated Press writer Ana J. Ruiz contributed.",
            [("contributing", "Ana J. Ruiz", None)],
        ),
        (
            "T.R. Hale reported from St. Paul. AP writers Ana Ruiz Jr. and Ola Berg contributed.",
            [
                ("reporting", "T.R. Hale", "St. Paul"),
                ("contributing", "Ana Ruiz Jr.", None),
                ("contributing", "Ola Berg", None),
            ],
        ),
        (
            "Hale reported from Washington, D.C. AP writer Ana Ruiz contributed.",
            [("reporting", "Hale", "Washington, D.C."), ("contributing", "Ana Ruiz", None)],
        ),
        (
            "Ana de la Cruz reported from Lima. AP writer Ola Berg contributed.",
            [("reporting", "Ana de la Cruz", "Lima"), ("contributing", "Ola Berg", None)],
        ),
        (
            "AP writer Omar al-Qadri contributed from Washington, D.C.",
            [("contributing", "Omar al-Qadri", "Washington, D.C.")],
        ),
        # Wrapped with the paragraph, between any two words, or double-spaced.
        (
            "Associated Press writer Ines Kohl in Oslo contributed to this\nreport.",
            [("contributing", "Ines Kohl", "Oslo")],
        ),
        (
            "Associated Press writer Ines Kohl in Oslo contributed\nto this report.",
            [("contributing", "Ines Kohl", "Oslo")],
        ),
        (
            "Associated Press\nwriter Ines Kohl in Oslo contributed to this report.",
            [("contributing", "Ines Kohl", "Oslo")],
        ),
        (
            "Associated Press writer Ines Kohl in Oslo contributed to  this report.",
            [("contributing", "Ines Kohl", "Oslo")],
        ),
        ("Holt reported from\nTromvik.", [("reporting", "Holt", "Tromvik")]),
        ("Mira\nHolt reported from Tromvik.", [("reporting", "Mira Holt", "Tromvik")]),
        (
            "Holt reported from Tromvik.\nAP writer Ines Kohl contributed.",
            [("reporting", "Holt", "Tromvik"), ("contributing", "Ines Kohl", None)],
        ),
        # The paragraph's last full stop may be missing.
        (
            "Associated Press writer Ines Kohl in Oslo contributed to this report",
            [("contributing", "Ines Kohl", "Oslo")],
        ),
        (
            "Holt reported from Tromvik. AP writer Ines Kohl contributed",
            [("reporting", "Holt", "Tromvik"), ("contributing", "Ines Kohl", None)],
        ),
        # An agency or a paper credited without "writer"; "The" is no part of its name.
        ("Reuters contributed to this report.", [("contributing", "Reuters", None)]),
        (
            "The Associated Press contributed to this report.",
            [("contributing", "Associated Press", None)],
        ),
        (
            "The Kestervik Herald and Reuters contributed to this story",
            [("contributing", "Kestervik Herald", None), ("contributing", "Reuters", None)],
        ),
        (
            "Holt reported from Tromvik. Reuters contributed to this\nreport.",
            [("reporting", "Holt", "Tromvik"), ("contributing", "Reuters", None)],
        ),
        (
            "Reuters and the Associated Press contributed to this report.",
            [("contributing", "Reuters", None), ("contributing", "Associated Press", None)],
        ),
    ],
)
def test_closing_credit_sentences(closing: str, credits: list[tuple[str, str, str | None]]) -> None:
    doc = wirecopy.parse(f"LIMA (AP) -- The ferry sailed.\n\n{closing}\n")
    assert [(c.role, p.name, p.location) for c in doc.credits for p in c.people] == credits
    assert [p.text for p in doc.paragraphs] == ["The ferry sailed."]


@pytest.mark.parametrize(
    "closing",
    [
        "Editor: the night desk held the story.",
        "Editor: Snow fell on the hills for three days and nights.",
        "Reporters said the ferry had contributed.",
        "Reporters said the ferry had contributed",
        "AP writer Ana Ruiz contributed to this report and more",
        "AP writer Ana Ruiz contributed to this report. The ferry sailed",
        # Without "writer", only "contributed to this report" credits, and
        # only sources that read as names.
        "Heavy rain contributed to this report.",
        "Heavy rain and the storm contributed to this report.",
        "Staff writers contributed to this report.",
        "Reuters contributed.",
        "Reuters contributed to the report.",
        "The ferry was late. Reuters contributed to this report.",
    ],
)
def test_closing_sentences_that_credit_no_one(closing: str) -> None:
    doc = wirecopy.parse(f"LIMA (AP) -- The ferry sailed.\n\n{closing}\n")
    assert doc.credits == ()
    assert [p.text for p in doc.paragraphs][-1] == closing


def test_credit_sentence_wrapped_in_anpa_copy() -> None:
    # ANPA copy indents each paragraph's first line; a credit sentence wraps
    # with its paragraph onto the next line.
    text = (
        "\t   TROMVIK, Norway (AP) _ The ferry line will add a night crossing to\n"
        "the outer islands from April, the company said Tuesday.\n"
        "\t   Associated Press writer Ines Kohl in Oslo contributed to this\n"
        "report.\n"
    )
    doc = wirecopy.parse(text)
    assert [(c.role, p.name, p.location) for c in doc.credits for p in c.people] == [
        ("contributing", "Ines Kohl", "Oslo")
    ]
    assert doc.credits[0].text == (
        "Associated Press writer Ines Kohl in Oslo contributed to this report."
    )
    assert [p.text for p in doc.paragraphs] == [
        "The ferry line will add a night crossing to the outer islands from April,"
        " the company said Tuesday."
    ]
    assert doc.unclaimed == ()


def test_body_sentence_that_opens_like_a_credit_stays_a_paragraph() -> None:
    text = (
        "KESTERVIK, Norway (Reuters) - A ferry line added a night crossing.\n\n"
        "Reporting by the local paper showed the ferry was late.\n\n"
        "-- Reporting by the local paper showed the ferry was late.\n\n"
        "The crossing will run twice a week.\n\n"
        "-- Reporting by Mira Holt; Editing by Hal Brenner\n"
    )
    doc = wirecopy.parse(text)
    assert [p.text for p in doc.paragraphs] == [
        "A ferry line added a night crossing.",
        "Reporting by the local paper showed the ferry was late.",
        "-- Reporting by the local paper showed the ferry was late.",
        "The crossing will run twice a week.",
    ]
    assert [c.role for c in doc.credits] == ["reporting", "editing"]
