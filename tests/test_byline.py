"""Bylines: names, titles, affiliations, and lines that only look like bylines."""

from __future__ import annotations

import pytest

import wirecopy
from wirecopy._byline import byline_below, is_title, parse_byline, split_names

BYLINES = [
    # (source, [(name, title)], affiliation)
    ("By Tom Hale", [("Tom Hale", None)], None),
    ("BY MARTA OKONJO", [("MARTA OKONJO", None)], None),
    ("BY MARTA OKONJO AND TOM HALE", [("MARTA OKONJO", None), ("TOM HALE", None)], None),
    ("By Tom Hale and Ines Kohl, Reuters", [("Tom Hale", None), ("Ines Kohl", None)], "Reuters"),
    # One word after the names is the outlet, in capitals or misspelt.
    ("By TOM HALE, REUTERS", [("TOM HALE", None)], "REUTERS"),
    ("By Tom Hale, Reuter", [("Tom Hale", None)], "Reuter"),
    ("By Tom Hale, Reutrs", [("Tom Hale", None)], "Reutrs"),
    (
        "By JOHN SMOLEK and ANA RUIZ, AP Business Writers",
        [("JOHN SMOLEK", "AP Business Writers"), ("ANA RUIZ", "AP Business Writers")],
        "AP",  # the title names the outlet
    ),
    ("By Ana Ruiz, AP Science Writer", [("Ana Ruiz", "AP Science Writer")], "AP"),
    ("By Ana Ruiz, Apex Writer", [("Ana Ruiz", "Apex Writer")], None),
    ("By Ana Ruiz, Asia auto correspondent", [("Ana Ruiz", "Asia auto correspondent")], None),
    ("By The Associated Press", [], "The Associated Press"),
    ("By Harro van der Berg", [("Harro van der Berg", None)], None),
    ("By Ana de la Cruz and Luis Ferro", [("Ana de la Cruz", None), ("Luis Ferro", None)], None),
    (
        "By Pia Lund, Ola Berg and Tor Haug",
        [("Pia Lund", None), ("Ola Berg", None), ("Tor Haug", None)],
        None,
    ),
    ("By Tom Hale & Ines Kohl", [("Tom Hale", None), ("Ines Kohl", None)], None),
    ("By Chang-Min Oh", [("Chang-Min Oh", None)], None),
    ("By J. R. Tolliver", [("J. R. Tolliver", None)], None),
    ("By Ron Smolek Jr.", [("Ron Smolek Jr.", None)], None),
    ("By Pia Lund =", [("Pia Lund", None)], None),
    # The outlet in parentheses at the end.
    ("By Tom Hale (Reuters)", [("Tom Hale", None)], "Reuters"),
    ("By Tom Hale and Ines Kohl (AP)", [("Tom Hale", None), ("Ines Kohl", None)], "AP"),
    ("By Manuela Grunwald, dpa =", [("Manuela Grunwald", None)], "dpa"),
    (
        "By Anne-Marie Toller, Associated Press",
        [("Anne-Marie Toller", None)],
        "Associated Press",
    ),
    ("By    Emily Vandersloot", [("Emily Vandersloot", None)], None),
    ("By Ana Ruiz\tand Tom Hale", [("Ana Ruiz", None), ("Tom Hale", None)], None),
    ("By\u00a0Ana Ruiz", [("Ana Ruiz", None)], None),
    (
        "By Tom Hale, Ana de la Cruz and Luis Ferro",
        [("Tom Hale", None), ("Ana de la Cruz", None), ("Luis Ferro", None)],
        None,
    ),
    (
        "By Tom Hale, Harro van der Berg",
        [("Tom Hale", None), ("Harro van der Berg", None)],
        None,
    ),
    (
        "By dpa correspondents =",
        [],
        "dpa",
    ),
    # As web pages write the outlet and the title.
    ("By Tom Hale | Reuters", [("Tom Hale", None)], "Reuters"),
    ("By Tom Hale - Reuters", [("Tom Hale", None)], "Reuters"),
    ("By Tom Hale-Vik for Reuters", [("Tom Hale-Vik", None)], "Reuters"),
    ("By Tom Hale / Reuters", [("Tom Hale", None)], "Reuters"),
    # "of" before the outlet; inside a title it cuts nothing.
    ("By Tom Hale of Reuters", [("Tom Hale", None)], "Reuters"),
    ("By Tom Hale of The Associated Press", [("Tom Hale", None)], "The Associated Press"),
    ("By Ines Kohl of the Kestervik Herald", [("Ines Kohl", None)], "the Kestervik Herald"),
    ("By Ines Kohl, Professor of History", [("Ines Kohl", "Professor of History")], None),
    # A writer who is not the outlet's own: "For The Associated Press".
    ("By INES KOHL, For The Associated Press", [("INES KOHL", None)], "The Associated Press"),
    (
        "By Ines Kohl and Tom Hale, For The Associated Press",
        [("Ines Kohl", None), ("Tom Hale", None)],
        "The Associated Press",
    ),
    ("By Tom Hale For Reuters", [("Tom Hale", None)], "Reuters"),
    # Britain's Press Association.
    ("By Ines Kohl, Press Association", [("Ines Kohl", None)], "Press Association"),
    ("By Ines Kohl, PA Media", [("Ines Kohl", None)], "PA Media"),
    # A web page's byline and title lines run together: the title names the outlet.
    ("By TOM HALE AP Business Writer", [("TOM HALE", "AP Business Writer")], "AP"),
    (
        "By Tom Hale and Ines Kohl Reuters Staff Writers",
        [("Tom Hale", "Reuters Staff Writers"), ("Ines Kohl", "Reuters Staff Writers")],
        "Reuters",
    ),
    ("By Tom Hale Writer", [("Tom Hale Writer", None)], None),  # no outlet: a name
    # An outlet's staff title after a comma is the person's title too.
    ("By Tom Hale, Reuters Staff Writer", [("Tom Hale", "Reuters Staff Writer")], "Reuters"),
    ("By Ines Kohl, dpa correspondent", [("Ines Kohl", "dpa correspondent")], "dpa"),
    # A web page's byline and outlet lines run together.
    ("By TOM HALE Associated Press", [("TOM HALE", None)], "Associated Press"),
    ("By Tom Hale The Associated Press", [("Tom Hale", None)], "The Associated Press"),
    (
        "By TOM HALE and INES KOHL Associated Press",
        [("TOM HALE", None), ("INES KOHL", None)],
        "Associated Press",
    ),
    ("By Tom Hale Reuters", [("Tom Hale", None)], "Reuters"),
    ("By Tom Hale\tReuters", [("Tom Hale", None)], "Reuters"),
    ("By Tom Hale AP", [("Tom Hale AP", None)], None),  # a short tag may end a name
    ("By Tom Hale/AFP", [("Tom Hale", None)], "AFP"),
    ("By Tom Hale | KESTERVIK", [("Tom Hale", None)], None),  # the place: see below
    # The kind of story before "by".
    ("Analysis by Tom Hale", [("Tom Hale", None)], None),
    ("NEWS ANALYSIS BY TOM HALE", [("TOM HALE", None)], None),
    ("Written by Tom Hale and Ines Kohl", [("Tom Hale", None), ("Ines Kohl", None)], None),
    ("Commentary by Tom Hale, Reuters", [("Tom Hale", None)], "Reuters"),
    (
        "By Tom Hale — AP Business Writer",
        [("Tom Hale", "AP Business Writer")],
        "AP",
    ),
    ("By Ana M. Ruiz Jr.", [("Ana M. Ruiz Jr.", None)], None),
    # A suffix after a comma is the name's, not a person nor an outlet.
    ("By Mira Holt, Jr.", [("Mira Holt, Jr.", None)], None),
    (
        "By MIRA HOLT, JR., Associated Press Writer",
        [("MIRA HOLT, JR.", "Associated Press Writer")],
        "Associated Press",
    ),
    (
        "By Mira Holt, Sr., and Tom Hale, III, Reuters",
        [("Mira Holt, Sr.", None), ("Tom Hale, III", None)],
        "Reuters",
    ),
    ("By Mira Holt, Reuters", [("Mira Holt", None)], "Reuters"),
    # The label news archives write in place of "By".
    ("BYLINE: Mira Holt", [("Mira Holt", None)], None),
    ("Byline: By Mira Holt, Reuters", [("Mira Holt", None)], "Reuters"),
    ("By Mira Holt, Tom Hale", [("Mira Holt", None), ("Tom Hale", None)], None),
    # An outlet's staff names no one.
    ("By UPI Staff", [], "UPI"),
    ("By REUTERS STAFF", [], "REUTERS"),
    ("By AP Staff Writers", [], "AP"),
    # Xinhua: the outlet's title before the names.
    ("by Xinhua writer Chen Lu", [("Chen Lu", "Xinhua writer")], "Xinhua"),
    (
        "By Xinhua Writers Chen Lu, Wu Ping",
        [("Chen Lu", "Xinhua Writers"), ("Wu Ping", "Xinhua Writers")],
        "Xinhua",
    ),
    (
        "By Xinhua sports writer Chen Lu and Wu Ping",
        [("Chen Lu", "Xinhua sports writer"), ("Wu Ping", "Xinhua sports writer")],
        "Xinhua",
    ),
    ("by AFP correspondent Lea Moreau", [("Lea Moreau", "AFP correspondent")], "AFP"),
    # A newspaper's name after the names is the affiliation, not a person.
    ("By Ines Kohl, Kestervik Herald", [("Ines Kohl", None)], "Kestervik Herald"),
    ("By INES KOHL, The Tromvik Post", [("INES KOHL", None)], "The Tromvik Post"),
    ("By Ines Kohl | Tromvik Sun-Times", [("Ines Kohl", None)], "Tromvik Sun-Times"),
    ("By Ines Kohl for The Kestervik Star", [("Ines Kohl", None)], "The Kestervik Star"),
    (
        "By Ines Kohl and Tom Hale, Daily Record",
        [("Ines Kohl", None), ("Tom Hale", None)],
        "Daily Record",
    ),
    # A particle joined to the next word.
    ("By Omar al-Qadri and Luc d'Arvieu", [("Omar al-Qadri", None), ("Luc d'Arvieu", None)], None),
    # A surname that some mastheads end in is still a name.
    ("By Ines Post and Tom Star", [("Ines Post", None), ("Tom Star", None)], None),
]


@pytest.mark.parametrize(("src", "people", "affiliation"), BYLINES)
def test_byline(src: str, people: list[tuple[str, str | None]], affiliation: str | None) -> None:
    byline = parse_byline(src, 0, len(src))
    assert byline is not None
    assert [(p.name, p.title) for p in byline.people] == people
    assert byline.affiliation == affiliation
    for person in byline.people:
        assert " ".join(src[slice(*person.span)].split()) == person.name
    assert byline.span[0] == 0
    assert byline.text == " ".join(src[slice(*byline.span)].split())
    assert not byline.text.endswith("=")


@pytest.mark.parametrize(
    "src",
    [
        "",
        "By",
        "By the time the ferry came, the pier was empty.",
        "By Tom Hale?",
        "By Tom Hale:",
        "Byron Hale",
        "By 2020 the mill had shut",
        "Tom Hale",
        "By noon the fjord froze.",
        "By " + "Tom Hale and " * 20 + "Ines Kohl",  # longer than any byline
        "Analysis by the bank shows a loss",
        "Story by story, the archive grew",
        "Tom Hale, Reuters",  # a byline only where a line without "By" may be one
        "By Tom Hale for the first time",
        "BYLINE: the ferry sank",
        "Bylines were cut",
    ],
)
def test_not_a_byline(src: str) -> None:
    assert parse_byline(src, 0, len(src)) is None


def test_byline_spans_are_absolute() -> None:
    src = "Ferry line adds crossing\n\nBy Tom Hale and Ines Kohl\n"
    start = src.index("By")
    end = src.index("\n", start)
    byline = parse_byline(src, start, end)
    assert byline is not None
    assert byline.span == (start, end)
    assert [src[slice(*p.span)] for p in byline.people] == ["Tom Hale", "Ines Kohl"]


@pytest.mark.parametrize(
    ("src", "names"),
    [
        ("Ana Ruiz, Tom Hale and Ines Kohl", ["Ana Ruiz", "Tom Hale", "Ines Kohl"]),
        ("Ana Ruiz & Tom Hale", ["Ana Ruiz", "Tom Hale"]),
        ("Ana Ruiz/Tom Hale", ["Ana Ruiz", "Tom Hale"]),
        ("Ana Ruiz;", ["Ana Ruiz"]),
        ("Ron Smolek Jr.", ["Ron Smolek Jr."]),
        ("Ron Smolek, Jr., Ana Ruiz", ["Ron Smolek, Jr.", "Ana Ruiz"]),
        ("RON SMOLEK, JR. and ANA RUIZ, II", ["RON SMOLEK, JR.", "ANA RUIZ, II"]),
        ("Ron Smolek, Jrs", ["Ron Smolek", "Jrs"]),
        ("", []),
    ],
)
def test_split_names(src: str, names: list[str]) -> None:
    people = split_names(src, 0, len(src))
    assert [p.name for p in people] == names
    assert [src[slice(*p.span)] for p in people] == names


@pytest.mark.parametrize(
    ("segment", "title"),
    [
        ("AP Business Writer", True),
        ("Asia auto correspondent", True),
        ("Reuters Staff", True),
        ("Bureau Chief", True),
        ("Ana Ruiz", False),
        ("Ana de la Cruz", False),
        ("", False),
    ],
)
def test_is_title(segment: str, title: bool) -> None:
    assert is_title(segment) is title


@pytest.mark.parametrize(
    ("below", "title", "affiliation"),
    [
        ("Associated Press Writer", "Associated Press Writer", "Associated Press"),
        ("AP Business Writer", "AP Business Writer", "AP"),
        ("UPI Staff Writer =", "UPI Staff Writer", "UPI"),
        ("Senior staff writer", "Senior staff writer", None),
        ("Associated Press", None, "Associated Press"),
        ("Reuters", None, "Reuters"),
        ("Kestervik Gazette", None, "Kestervik Gazette"),
        ("The Tromvik Times", None, "The Tromvik Times"),
        ("For The Associated Press", None, "The Associated Press"),
        ("for Reuters", None, "Reuters"),
    ],
)
def test_line_below_completes_byline(
    below: str, title: str | None, affiliation: str | None
) -> None:
    doc = wirecopy.parse(
        f"Ferry line adds crossing\n\nBy INES KOHL\n{below}\n\nOSLO - It sailed.\n"
    )
    assert doc.byline is not None
    assert [(p.name, p.title) for p in doc.byline.people] == [("INES KOHL", title)]
    assert doc.byline.affiliation == affiliation
    assert doc.notes == ()
    assert doc.byline.text == f"By INES KOHL {below.rstrip(' =')}"


@pytest.mark.parametrize(
    "below",
    [
        "Staff cuts loom at the mill",  # lower-case words that are no title's
        "Writers gathered in Oslo.",
        "Chief Executive Officer Of The Year Award Winner",  # too many words
        "Tromvik Post",  # a masthead's last word that some surnames share
    ],
)
def test_line_below_that_is_no_title(below: str) -> None:
    src = f"By INES KOHL\n{below}\n"
    byline = parse_byline(src, 0, 12)
    assert byline is not None
    assert byline_below(src, byline, 13, len(src) - 1) is None


@pytest.mark.parametrize(
    ("src", "people"),
    [
        (
            "By Ana Ruiz in Oslo and Tom Hale in Bergen",
            [("Ana Ruiz", "Oslo"), ("Tom Hale", "Bergen")],
        ),
        ("By Ana Ruiz and Tom Hale in Bergen", [("Ana Ruiz", "Bergen"), ("Tom Hale", "Bergen")]),
        ("by Ana Ruiz with Tom Hale", [("Ana Ruiz", None), ("Tom Hale", None)]),
        # Web pages write the place in capitals after a bar.
        ("By Ana Ruiz | KESTERVIK", [("Ana Ruiz", "KESTERVIK")]),
        (
            "By Ana Ruiz and Tom Hale | SAO PAULO",
            [("Ana Ruiz", "SAO PAULO"), ("Tom Hale", "SAO PAULO")],
        ),
        ("By Ana Ruiz | Reuters | OSLO/BERGEN", [("Ana Ruiz", "OSLO/BERGEN")]),
        ("By Ana Ruiz in Oslo | BERGEN", [("Ana Ruiz", "Oslo")]),
        # In title case, a place the gazetteer knows.
        ("By Ana Ruiz | Oslo", [("Ana Ruiz", "Oslo")]),
        # A title keeps the place.
        ("By Ana Ruiz in Oslo, AP Business Writer", [("Ana Ruiz", "Oslo")]),
    ],
)
def test_byline_places(src: str, people: list[tuple[str, str | None]]) -> None:
    byline = parse_byline(src, 0, len(src))
    assert byline is not None
    assert [(p.name, p.location) for p in byline.people] == people
    assert [src[slice(*p.span)] for p in byline.people] == [name for name, _ in people]


@pytest.mark.parametrize(
    "line",
    [
        "By Tom Hale - Reuters",
        "By Tom Hale | Reuters",
        "By Ana M. Ruiz Jr.",
        "By Mira Holt, Jr.",
        "By MIRA HOLT, JR., Associated Press Writer",
    ],
)
def test_a_byline_line_above_the_dateline(line: str) -> None:
    # The whole line is the byline: "Hale -" is no dateline after "By Tom".
    doc = wirecopy.parse(f"Ferry adds crossing\n\n{line}\n\nKESTERVIK (Reuters) - It sailed.\n")
    assert doc.byline is not None and doc.byline.text == line
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [p.text for p in doc.paragraphs] == ["It sailed."]
    assert doc.notes == ()


@pytest.mark.parametrize(
    ("src", "people", "affiliation"),
    [
        ("Ana Ruiz, Reuters", [("Ana Ruiz", None)], "Reuters"),
        (
            "Ana Ruiz and Tom Hale, Associated Press",
            [("Ana Ruiz", None), ("Tom Hale", None)],
            "Associated Press",
        ),
        ("ANA RUIZ, AP Business Writer", [("ANA RUIZ", "AP Business Writer")], "AP"),
        ("Ana Ruiz | AFP", [("Ana Ruiz", None)], "AFP"),
    ],
)
def test_bare_byline(
    src: str, people: list[tuple[str, str | None]], affiliation: str | None
) -> None:
    byline = parse_byline(src, 0, len(src), bare=True)
    assert byline is not None
    assert [(p.name, p.title) for p in byline.people] == people
    assert byline.affiliation == affiliation
    assert byline.text == src


@pytest.mark.parametrize(
    "src",
    [
        "Ana Ruiz, Oslo",  # one word after the names may be anything: it vouches for nothing
        "Ana de la Cruz",  # names alone: no outlet
        # Without "By", a title is a few capitalised words with a job noun.
        "On Saturday, the Kestrel Times printed a long report",
        "Ana Ruiz, the AP reporter who covered the ferry",
        "Ana, Reuters",  # one word is no person's name
        "Ferry Line Adds Night Crossing, Reuters",  # nor are five words
        "The ferry sank, Reuters",
    ],
)
def test_not_a_bare_byline(src: str) -> None:
    assert parse_byline(src, 0, len(src), bare=True) is None


BODY = "\n\nKESTERVIK, Norway (Reuters) - The ferry line will add a night crossing.\n"


@pytest.mark.parametrize(
    ("top", "people", "affiliation"),
    [
        ("Ana Ruiz, Reuters", ["Ana Ruiz"], "Reuters"),
        ("Ana Ruiz and Tom Hale, Associated Press", ["Ana Ruiz", "Tom Hale"], "Associated Press"),
        ("Analysis by Ana Ruiz", ["Ana Ruiz"], None),
    ],
)
def test_a_byline_without_by_below_the_headline(
    top: str, people: list[str], affiliation: str | None
) -> None:
    doc = wirecopy.parse(f"Ferry line adds night crossing\n\n{top}{BODY}")
    assert doc.headline is not None and doc.headline.text == "Ferry line adds night crossing"
    assert doc.byline is not None
    assert [p.name for p in doc.byline.people] == people
    assert doc.byline.affiliation == affiliation
    assert doc.byline.text == " ".join(top.split())
    assert doc.notes == () and doc.unclaimed == ()
    assert [p.text for p in doc.paragraphs] == ["The ferry line will add a night crossing."]


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        # The first line is the headline, whatever it looks like.
        ("Ferry Line Adds Crossing, Reuters", "Ferry Line Adds Crossing, Reuters"),
        ("Ana Ruiz, AP Business Writer", "Ana Ruiz, AP Business Writer"),
        # Words over an outlet's line are the headline, and the outlet a byline naming no one.
        ("Storm Hits Coast\nAssociated Press", "Storm Hits Coast"),
        ("Storm Hits Coast\n\nAssociated Press", "Storm Hits Coast"),
    ],
)
def test_a_headline_is_no_byline_without_by(top: str, headline: str) -> None:
    doc = wirecopy.parse(f"{top}{BODY}")
    assert doc.headline is not None and doc.headline.text == headline
    assert doc.byline is None or doc.byline.people == ()
    assert doc.unclaimed == ()


def test_a_place_is_no_byline_without_by() -> None:
    doc = wirecopy.parse(f"Ferry line adds night crossing\n\nNew York, Reuters{BODY}")
    assert doc.byline is None
    assert [n.text for n in doc.notes] == ["New York, Reuters"]


@pytest.mark.parametrize(
    ("line", "byline", "city"),
    [
        ("By Ana Ruiz KESTERVIK, Norway (Reuters) - ", "By Ana Ruiz", "KESTERVIK"),
        # A person has two names at least: the city is not "RUIZ KESTERVIK".
        ("By ANA RUIZ KESTERVIK (Reuters) - ", "By ANA RUIZ", "KESTERVIK"),
        (
            "By Ana Ruiz and Tom Hale KESTERVIK (Reuters) - ",
            "By Ana Ruiz and Tom Hale",
            "KESTERVIK",
        ),
        ("By ANA RUIZ NEW YORK (Reuters) - ", "By ANA RUIZ", "NEW YORK"),
    ],
)
def test_a_byline_running_into_the_dateline(line: str, byline: str, city: str) -> None:
    doc = wirecopy.parse(f"{line}A ferry sailed.\n")
    assert doc.byline is not None and doc.byline.text == byline
    assert doc.dateline is not None and doc.dateline.city == city
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed."]


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Ruiz - A ferry sailed.",  # no place: "Ana Ruiz" is no city
        "BY ANA RUIZ - A ferry sailed.",
        "By Ana Ruiz and Tom Hale - A ferry sailed.",  # nor is "Tom Hale"
    ],
)
def test_names_before_a_dash_are_no_dateline(line: str) -> None:
    doc = wirecopy.parse(f"{line}\n")
    assert doc.dateline is None
    assert [p.text for p in doc.paragraphs] == [line]


def test_a_line_over_an_outlet_is_no_byline_without_by() -> None:
    # A subhead over the outlet's line reads like names over it: neither is taken.
    doc = wirecopy.parse(f"Ferry line adds night crossing\n\nStorm Warning\nReuters{BODY}")
    assert doc.byline is None or doc.byline.people == ()


def test_a_headline_below_a_slug_is_no_byline_without_by() -> None:
    # Top matter under a line of no known kind is read line by line above
    # the dateline: there too the headline is never a byline without "By".
    doc = wirecopy.parse(f"BC-Ferry-Norway,0210\nFerry Line Adds Crossing, Reuters{BODY}")
    assert doc.headline is not None and doc.headline.text == "Ferry Line Adds Crossing, Reuters"
    assert doc.byline is None
    doc = wirecopy.parse(f"BC-Ferry-Norway,0210\nFerry line adds crossing\nAna Ruiz, Reuters{BODY}")
    assert doc.byline is not None and doc.byline.text == "Ana Ruiz, Reuters"


@pytest.mark.parametrize("label", ["BYLINE:", "Byline:", "BYLINE: By"])
@pytest.mark.parametrize("headline", ["Ferry runs aground\n\n", ""])
def test_a_labelled_byline_line(label: str, headline: str) -> None:
    # News archives' exports label the byline rather than write "By".
    text = f"{headline}{label} Mira Holt\n\nKESTERVIK, Norway (Reuters) - A ferry ran aground.\n"
    doc = wirecopy.parse(text)
    assert doc.byline is not None
    assert [p.name for p in doc.byline.people] == ["Mira Holt"]
    assert doc.byline.text == f"{label} Mira Holt"
    assert (doc.headline and doc.headline.text) == (headline.strip() or None)
    assert doc.notes == ()
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
