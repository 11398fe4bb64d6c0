"""Agency conventions end to end, on invented stories in each agency's style."""

from __future__ import annotations

import pytest

import wirecopy
from wirecopy._agencies import AGENCIES, agency_of_separator, agency_of_signoff, resolve_agency
from wirecopy._title import split_title_line


def notes(doc: wirecopy.Document) -> list[tuple[str, str]]:
    return [(note.kind, note.text) for note in doc.notes]


# ---------------------------------------------------------------- AFP


def test_afp_header_line_title() -> None:
    doc = wirecopy.parse(
        "Ferry sinks off Lindholm by Marit Aasen =(GRAPHIC+PICTURE)= "
        "ATTENTION - ADDS toll, quotes ///\n\n"
        "LINDHOLM, Norway, March 3, 2007 (AFP) - A ferry sank on Saturday.\n\n"
        "Rescuers pulled 40 people from the sea.\n\n"
        "ma/kd\n"
    )
    assert doc.headline is not None
    assert doc.headline.text == "Ferry sinks off Lindholm"
    assert doc.byline is not None
    assert [p.name for p in doc.byline.people] == ["Marit Aasen"]
    assert doc.byline.affiliation is None
    assert notes(doc) == [
        ("graphic", "=(GRAPHIC+PICTURE)="),
        ("advisory", "ATTENTION - ADDS toll, quotes ///"),
    ]
    assert doc.agency == "AFP"
    assert doc.signoff is not None and doc.signoff.text == "ma/kd"


@pytest.mark.parametrize(
    ("line", "headline", "byline", "kinds"),
    [
        ("Toll rises = (PICTURES) =", "Toll rises", None, ["graphic"]),
        ("Toll rises ATTENTION - UPDATES toll ///", "Toll rises", None, ["advisory"]),
        ("Toll rises by Ana Ruiz =(PICTURE)=", "Toll rises", "Ana Ruiz", ["graphic"]),
        # Without a marker or advisory, "by NAME" is the headline's.
        ("Bill passed by Senate", "Bill passed by Senate", None, []),
        ("Storm = calm", "Storm = calm", None, []),
        ("ATTENTION - ADDS quotes ///", "ATTENTION - ADDS quotes ///", None, []),
    ],
)
def test_split_title_line(line: str, headline: str, byline: str | None, kinds: list[str]) -> None:
    parts = split_title_line(line, 0, len(line))
    assert line[: parts.headline_end] == headline
    assert (parts.byline.people[0].name if parts.byline else None) == byline
    assert [note.kind for note in parts.notes] == kinds


def test_afp_urgent_prefix() -> None:
    doc = wirecopy.parse(
        "URGENT ¥¥¥ Dam bursts in Karsk\n\nKARSK, Russia, May 2 (AFP) - A dam burst. bk/ds\n"
    )
    assert doc.headline is not None and doc.headline.text == "Dam bursts in Karsk"
    assert notes(doc) == [("story-type", "URGENT")]
    assert doc.signoff is not None and doc.signoff.text == "bk/ds"
    assert [p.text for p in doc.paragraphs] == ["A dam burst."]


def test_afp_signoff_above_index_lines() -> None:
    doc = wirecopy.parse(
        "Airline cuts routes\n\n"
        "Vantaa, Finland, June 4, 2015 (AFP) - Northwind Air cut ten routes.\n\n"
        "The airline blamed fuel costs.\n\n"
        "jk-pl/ds\n\n"
        "NORTHWIND AIR\n\n"
        "Kestrel Holdings\n"
    )
    assert doc.signoff is not None and doc.signoff.text == "jk-pl/ds"
    assert notes(doc) == [("other", "NORTHWIND AIR"), ("other", "Kestrel Holdings")]
    assert [p.text for p in doc.paragraphs] == [
        "Northwind Air cut ten routes.",
        "The airline blamed fuel costs.",
    ]


def test_one_word_signoff() -> None:
    doc = wirecopy.parse("Port reopens\n\nRiga, Aug 1 (AFP) - The port reopened.\n\nvo\n")
    assert doc.signoff is not None and doc.signoff.text == "vo"
    assert [p.text for p in doc.paragraphs] == ["The port reopened."]


def test_short_last_lines_without_signoff_stay_paragraphs() -> None:
    doc = wirecopy.parse("Port reopens\n\nRiga, Aug 1 (AFP) - It reopened.\n\nMORE TO COME\n")
    assert doc.signoff is None
    assert [p.text for p in doc.paragraphs] == ["It reopened.", "MORE TO COME"]


def test_alert_agency_from_desk_code() -> None:
    doc = wirecopy.parse("null\n\nRebels take the airport: army\n\nbur/kd\n")
    assert doc.agency == "AFP"


# ---------------------------------------------------------------- AP and NYT


def test_ap_trailer_with_pickup_and_signoff() -> None:
    doc = wirecopy.parse(
        "OSLO, Norway (AP) _ The strike ended on Tuesday. Buses ran again. "
        "UR The strike, 4th graf pvs (kd-lm)\n"
    )
    assert [p.text for p in doc.paragraphs] == ["The strike ended on Tuesday. Buses ran again."]
    assert notes(doc) == [("other", "The strike, 4th graf pvs")]
    assert doc.signoff is not None and doc.signoff.text == "kd-lm"
    assert doc.agency == "AP"
    assert doc.unclaimed == ()


def test_parenthesised_signoff_names_ap() -> None:
    doc = wirecopy.parse("The strike ended on Tuesday. Buses ran again. (kd/lm)\n")
    assert doc.signoff is not None and doc.signoff.text == "kd/lm"
    assert doc.agency == "AP"


def test_nyt_untagged_dateline() -> None:
    doc = wirecopy.parse("DENVER _ The council voted on Monday.\n\nIt passed 7-2.\n")
    assert doc.dateline is not None and doc.dateline.city == "DENVER"
    assert doc.agency == "NYT"


def test_editorial_intro_names_the_paper() -> None:
    doc = wirecopy.parse(
        "The New York Times said in an editorial on Friday, May 5: &QL;\n\n"
        "The council was right to wait.\n"
    )
    assert doc.agency == "NYT"
    assert doc.paragraphs[0].text == "The New York Times said in an editorial on Friday, May 5:"


# ---------------------------------------------------------------- the registry


def test_registry_tags_are_unique() -> None:
    tags = [tag.casefold() for agency in AGENCIES for tag in agency.tags]
    assert len(tags) == len(set(tags))


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda agency: agency.name)
def test_every_tag_resolves_to_its_agency(agency: wirecopy._agencies.Agency) -> None:
    for tag in agency.tags:
        found = resolve_agency(tag.upper())
        assert found is not None and found.name == agency.name


@pytest.mark.parametrize(
    ("signoff", "parenthesised", "name"),
    [
        ("Reuter", False, "Reuters"),
        ("ENDITEM", False, "Xinhua"),
        ("kd/mw", False, "AFP"),
        ("kd/mw", True, "AP"),
        ("KD/MW", False, None),
    ],
)
def test_agency_of_signoff(signoff: str, parenthesised: bool, name: str | None) -> None:
    found = agency_of_signoff(signoff, parenthesised=parenthesised)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("dateline", "name"),
    [("DENVER _", "NYT"), ("DENVER (AP) _", None), ("DENVER (AP)_", None), ("DENVER --", None)],
)
def test_agency_of_separator(dateline: str, name: str | None) -> None:
    found = agency_of_separator(dateline)
    assert (found.name if found else None) == name


# ---------------------------------------------------------------- other agencies


def test_editors_note_line_is_not_a_dateline() -> None:
    doc = wirecopy.parse(
        "Plan stalls\n\nEDITOR'S NOTE _ Strong language.\n\nCASPER, Wyo. (AP) _ It stalled.\n"
    )
    assert notes(doc) == [("editors-note", "EDITOR'S NOTE _ Strong language.")]
    assert doc.dateline is not None and doc.dateline.city == "CASPER"


def test_rule_lines_are_not_paragraphs() -> None:
    doc = wirecopy.parse("OSLO (AP) _ It stalled.\n\n___\n\nIt may return.\n\n- - -\n")
    assert [p.text for p in doc.paragraphs] == ["It stalled.", "It may return."]
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This story has been corrected to show the vote was 3-2.", "correction"),
        ("This version corrects the spelling of the mayor's name.", "correction"),
        ("Copyright 2016 The Associated Press. All rights reserved.", "other"),
        ("(c) 2019 Kestrel Wire Service", "other"),
        ("This story has been shared widely.", None),
        ("Copyright law was the issue.", None),
    ],
)
def test_closing_lines(line: str, kind: str | None) -> None:
    doc = wirecopy.parse(f"OSLO (AP) _ The vote was held.\n\n{line}\n")
    found = [n.kind for n in doc.notes]
    assert found == ([kind] if kind else [])


def test_agency_line_under_headline_is_a_byline() -> None:
    doc = wirecopy.parse("Strike ends\n\nTHE CANADIAN PRESS\n\nHALTON, Ont. _ It ended.\n")
    assert doc.byline is not None
    assert doc.byline.people == ()
    assert doc.byline.affiliation == "THE CANADIAN PRESS"
    assert doc.agency == "CP"
    # A staff line names the outlet too.
    doc = wirecopy.parse("Strike ends\n\nReuters Staff\n\nHALTON, Ont. - It ended.\n")
    assert doc.byline is not None and doc.byline.people == ()
    assert (doc.byline.text, doc.byline.affiliation) == ("Reuters Staff", "Reuters")
    assert doc.agency == "Reuters" and doc.unclaimed == ()


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("(LEAD) Ferry resumes", [("take", "LEAD")]),
        ("(2nd LD) Ferry resumes", [("take", "2nd LD")]),
        ("(URGENT) Ferry resumes", [("story-type", "URGENT")]),
        ("(News Focus) Ferry resumes", [("story-type", "News Focus")]),
        ("(Ferry) resumes", []),
    ],
)
def test_parenthesised_headline_prefixes(headline: str, expected: list[tuple[str, str]]) -> None:
    doc = wirecopy.parse(f"{headline}\n\nSEOUL, Nov. 24 (Yonhap) -- It resumed.\n")
    assert notes(doc) == expected


def test_yonhap_attn_is_an_advisory() -> None:
    doc = wirecopy.parse("Ferry resumes\n\n(ATTN: ADDS quote)\n\nSEOUL (Yonhap) -- It resumed.\n")
    assert notes(doc) == [("advisory", "(ATTN: ADDS quote)")]


def test_bloomberg_contact_lines_split() -> None:
    doc = wirecopy.parse(
        "(Bloomberg) -- Profit rose.\n\n"
        "To contact the reporter on this story: Ana Ruiz at aruiz@example.net\n"
        "To contact the editor responsible for this story: Tom Hale at th@example.net\n"
    )
    assert [n.kind for n in doc.notes] == ["contact", "contact"]
    assert doc.notes[1].text.startswith("To contact the editor")


@pytest.mark.parametrize("tag", ["AAP", "Kyodo"])
def test_bare_tags(tag: str) -> None:
    doc = wirecopy.parse(f"SYDNEY, Dec 7 {tag} - Storms cut power.\n")
    assert doc.dateline is not None and doc.dateline.agency == tag
    assert doc.agency == tag
    assert [p.text for p in doc.paragraphs] == ["Storms cut power."]


def test_run_on_signoff_above_index_lines() -> None:
    doc = wirecopy.parse(
        "Airline cuts routes\n\n"
        "Vantaa, Finland, June 4 (AFP) - Northwind Air cut ten routes.\n\n"
        "The airline blamed fuel costs. jk/ds\n\n"
        "NORTHWIND AIR\n"
    )
    assert doc.signoff is not None and doc.signoff.text == "jk/ds"
    assert notes(doc) == [("other", "NORTHWIND AIR")]
    assert doc.paragraphs[-1].text == "The airline blamed fuel costs."


@pytest.mark.parametrize(
    ("story", "signoff", "agency"),
    [
        ("SYDNEY, Dec 7 AAP - Storms cut power.\n\nAAP kd/jm\n", "AAP kd/jm", "AAP"),
        ("SEOUL, Nov. 24 (Yonhap) -- The ferry resumed.\n\n(END)\n", "(END)", "Yonhap"),
        ("TOKYO, April 9 Kyodo - Talks widened.\n\n==Kyodo\n", "==Kyodo", "Kyodo"),
        ("KUANTAN, Feb 3 (Bernama) -- Fares rose.\n\n-- BERNAMA\n", "-- BERNAMA", "Bernama"),
        ("Storms cut power.\n\nAAP kd/jm\n", "AAP kd/jm", "AAP"),
    ],
)
def test_registry_signoff_forms(story: str, signoff: str, agency: str) -> None:
    doc = wirecopy.parse(story)
    assert doc.signoff is not None and doc.signoff.text == signoff
    assert doc.agency == agency
    assert len(doc.paragraphs) == 1


@pytest.mark.parametrize(
    ("story", "paragraphs"),
    [
        pytest.param(
            "LIMA, Peru (AP) _ Officials gave these figures:\n\n"
            "NORTH:\nDead: 12\nInjured: 40\n\n"
            "SOUTH:\nDead: 3\nInjured: 9\n",
            [
                "Officials gave these figures:",
                "NORTH: Dead: 12 Injured: 40",
                "SOUTH: Dead: 3 Injured: 9",
            ],
            id="a table block is one paragraph",
        ),
        pytest.param(
            "TOKYO, April 9 Kyodo - Japan and Peru agreed to widen talks on a\n"
            "trade pact, the ministry said.\n"
            "Talks resume in June.\n",
            [
                "Japan and Peru agreed to widen talks on a trade pact, the ministry said.",
                "Talks resume in June.",
            ],
            id="a sentence running on into a lower-case line",
        ),
    ],
)
def test_paragraph_layouts(story: str, paragraphs: list[str]) -> None:
    assert [p.text for p in wirecopy.parse(story).paragraphs] == paragraphs


def test_xinhua_run_on_enditem() -> None:
    doc = wirecopy.parse(
        "ACCRA, March 5 (Xinhua) -- The cocoa board raised its forecast.\n\n"
        "Output could reach 900,000 tonnes, it said. Enditem\n"
    )
    assert [p.text for p in doc.paragraphs] == [
        "The cocoa board raised its forecast.",
        "Output could reach 900,000 tonnes, it said.",
    ]
    assert doc.signoff is not None and doc.signoff.text == "Enditem"
    assert doc.unclaimed == ()


def test_ians_signoff_above_desk_code() -> None:
    src = (
        "Nagpur, Feb 9 (IANS) The metro will run extra trains, an official said.\n\n--IANS\nab/cd\n"
    )
    doc = wirecopy.parse(src)
    assert doc.dateline is not None and doc.dateline.agency == "IANS"
    assert doc.agency == "IANS"
    assert [p.text for p in doc.paragraphs] == [
        "The metro will run extra trains, an official said."
    ]
    assert doc.signoff is not None
    assert doc.signoff.text == "--IANS ab/cd"
    assert src[slice(*doc.signoff.span)] == "--IANS\nab/cd"


def test_tass_tag_between_slashes() -> None:
    doc = wirecopy.parse("MURMANSK, May 3. /TASS/. The port will expand, a spokesman said.\n")
    assert doc.dateline is not None and doc.dateline.text == "MURMANSK, May 3. /TASS/."
    assert doc.agency == "TASS"
    assert [p.text for p in doc.paragraphs] == ["The port will expand, a spokesman said."]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Storm cuts power in Lisbon =", "Storm cuts power in Lisbon"),
        ("Storm cuts power in Lisbon\t=  ", "Storm cuts power in Lisbon"),
        ("Storm = calm", "Storm = calm"),  # an "=" inside the line is the headline's
    ],
)
def test_iptc_line_end_after_headline_without_envelope(line: str, headline: str) -> None:
    doc = wirecopy.parse(f"{line}\n\nLisbon (dpa) - A storm cut power on Tuesday.\n")
    assert doc.headline is not None and doc.headline.text == headline
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("NEW YORK, Feb. 3, 2015 /PRNewswire/ --", "PR Newswire"),
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--Oct. 12, 2016--", "Business Wire"),
        ("OSLO, Norway, Feb. 03, 2015 (GLOBE NEWSWIRE) --", "GlobeNewswire"),
        ("TORONTO, Feb. 3, 2015 /CNW/ -", "CNW"),
        ("MONTREAL, Feb. 3, 2015 /CNW Telbec/ -", "CNW"),
        ("NEW YORK (Reuters Health) -", "Reuters"),
        ("LONDON (Reuters Breakingviews) -", "Reuters"),
        ("KESTERVIK, Norway (Thomson Reuters Foundation) -", "Reuters"),
        ("LONDON, Feb 3 (IFR) -", "Reuters"),
        ("ANKARA (AA) -", "Anadolu"),
        # A tag the registry does not know is the agency as written.
        ("KOTA BARU, Feb 3 (Warta Kita) --", "Warta Kita"),
        ("FRANKFURT (dpa-AFX) -", "dpa-AFX"),
        ("Kestervik (epd) -", "epd"),
    ],
)
def test_dateline_tags(opening: str, agency: str) -> None:
    doc = wirecopy.parse(f"{opening} Ferry fares will rise in March.\n")
    assert doc.dateline is not None and doc.dateline.text == opening
    assert doc.agency == agency
    assert [p.text for p in doc.paragraphs] == ["Ferry fares will rise in March."]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Corp (KST.OL) - the ferry firm - cut fares.",  # a ticker
        "Kestrel Corp (Kestrel Ferries) - the ferry firm - cut fares.",  # no sentence after
        "Kestrel Corp (Kestrel Ferries) cut fares.",  # no separator
        "Kestrel Corp (Kestrel Ferries) -Fares rose.",  # a dash run on after no known tag
        "Kestrel Corp (kestrel) - the ferry firm - cut fares.",  # lower case, no sentence
    ],
)
def test_parenthesised_words_that_are_no_tag(text: str) -> None:
    doc = wirecopy.parse(text + "\n")
    assert doc.dateline is None
    assert doc.agency is None
    assert [p.text for p in doc.paragraphs] == [text]


def test_unknown_tag_outranks_the_credit_line() -> None:
    doc = wirecopy.parse(
        "KOTA BARU, Feb 3 (Warta Kita) -- Ferry fares rose.\n\n"
        "(Reporting by Ana Ruiz; Editing by Tom Hale)\n"
    )
    assert doc.agency == "Warta Kita"
    assert wirecopy.parse("Ferry fares rose.\n\n(Editing by Tom Hale)\n").agency == "Reuters"


@pytest.mark.parametrize(
    ("closing", "agency"),
    [
        ("(Reporting by Ana Ruiz)", "Reuters"),  # the Reuters credit line, in parentheses
        ("(Writing by Ana Ruiz; Editing by Tom Hale)", "Reuters"),
        ("Editing by Tom Hale", "Reuters"),
        ("Associated Press writer Ana Ruiz contributed to this report.", None),  # a sentence
        ("Reporting by Ana Ruiz", None),
        ("Editor: Chen Lu", None),  # Xinhua's editor line
        ("--Editors: Cora Manning, Omar Qadri", None),  # Bloomberg's
    ],
)
def test_credit_line_names_reuters(closing: str, agency: str | None) -> None:
    doc = wirecopy.parse(f"Ferry fares rose on Tuesday.\n\n{closing}\n")
    assert doc.credits
    assert doc.agency == agency
