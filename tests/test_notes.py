"""Editing notes: what kind each note is, and story-type headline prefixes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecopy
from wirecopy._notes import (
    _BODY_SCREEN,
    _TOP_SCREEN,
    RE_LINK_LINE,
    _may_open_note,
    _reached_at,
    find_link_line,
    make_note,
    note_kind,
    split_story_types,
)
from wirecopy.model import NOTE_KINDS

KINDS = [
    ("($1 = 0.9120 euros)", "conversion"),
    ("($1 = 7.8 Norwegian crowns)", "conversion"),
    ("($1 = 109.40 yen) ", "conversion"),
    ("(1 euro = $1.12)", "conversion"),
    ("(£1 = $1.27)", "conversion"),
    ("(US$1 = 1.35 Canadian dollars)", "conversion"),
    ("(Adds quote from harbour master)", "advisory"),
    ("(Updates with closing prices)", "advisory"),
    ("(Recasts with ministry statement)", "advisory"),
    ("(Repeats to more subscribers)", "advisory"),
    ("(Corrects spelling of ferry captain's name in paragraph 4)", "correction"),
    ("(This version of the story corrects the date in paragraph 2)", "correction"),
    ("(Graphic: tmsnrt.rs/3xAmPlE)", "graphic"),
    ("For a graph of grain prices, click here", "graphic"),
    ("Eds: Moves with photos.", "editors-note"),
    ("(Eds: Minor edits.)", "editors-note"),
    ("EDITOR'S NOTE: This story contains strong language.", "editors-note"),
    ("Keywords: SHIPPING/FERRY", "keywords"),
    ("((lena.vosk@example.com; +47 22 00 00 00))", "contact"),
    ("(lena.vosk@example.com)", "contact"),
    (
        "To contact the reporter on this story: Lena Vosk in Oslo at lvosk@example.com",
        "contact",
    ),
    ("Lena Vosk can be reached at lvosk@example.com", "contact"),
    ("Lena Vosk and Per Lund can be reached on Twitter at @lvosk and @plund.", "contact"),
    ("(Tromvik Newsroom: +47-555-0100)", "contact"),
    ("(Tromvik Newsroom)", "contact"),
    # A closing contact line: the label, and an address or a telephone number.
    ("Contact: Mira Holt, mira.holt@example.com", "contact"),
    ("-- Contact: Mira Holt, mira.holt@example.com", "contact"),
    ("Contact: Mira Holt, +47 22 00 00 00", "contact"),
    ("Media contact: Nordvik Ferries, tel. (22) 555-0100", "contact"),
    ("Related Coverage", "other"),
    ("Slideshow (3 Images)", "other"),
    ("Advertisement", "other"),
    ("Read more:", "other"),
    ("1st Ld-Writethru", "take"),
    ("3RD LEAD", "take"),
    ("(See index on ABCD)", "other"),
    ("For more on the storm, see:", "other"),
    ("For the full interview, please see the harbour blog: here", "other"),
    ("For a chart of the fares, see: https://example.org/fares", "graphic"),
    (
        "For the ministry statement, click here",
        "other",
    ),
    (
        "For top shipping news, click on",
        "other",
    ),
    ("Our Standards: The Kestrel Wire Trust Principles.", "other"),
    ("c.1998 Kestrel Times News Service", "other"),  # NYT's copyright line
    ("(c) Copyright Kestrel Wire 2016. Click For Restrictions - http://example.com/x", "other"),
    ("Copyright Kestrel Wire 2016", "other"),
    ("(Copyright 2016 by Kestrel Wire. All Rights Reserved.)", "other"),
    ("Source text for Eikon: http://example.com/x", "other"),  # Reuters briefs
    ("Further company coverage: http://example.com/y", "other"),
    ("On the Net:", "other"),  # AP's links heading
    ("Online:", "other"),
    ("On the Web: Tromvik harbour, http://www.example.org", "other"),
    ("(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "advisory"),
    ("(New throughout, updates with quotes from the harbour master)", "advisory"),
    ("Graphic: http://example.com/ferry-routes", "graphic"),  # a link line, no parentheses
    ("FACTBOX - Ferry fares by route: tmsnrt.rs/2xYzAbC", "graphic"),
    ("(Releads with fares, adds quote)", "advisory"),
    ("(Re-leads, updates timetable)", "advisory"),
    ("(Overhauls with vote results)", "advisory"),
    ("(Official results, adds details)", "advisory"),  # a few words before the verb
    ("(Tromvik harbour, updates with sailing times)", "advisory"),
    ("(Story corrects spelling of the harbour's name in paragraph 6)", "correction"),
    ("(In U.S. dollars unless noted)", "other"),
    ("(All figures in millions of crowns unless otherwise stated)", "other"),
    ("2 Min Read", "other"),  # a web page's reading time
    ("Follow Lena Vosk on Twitter at https://example.com/lvosk", "other"),
]


@pytest.mark.parametrize(("src", "kind"), KINDS)
def test_note_kind(src: str, kind: str) -> None:
    assert kind in NOTE_KINDS
    assert note_kind(src, 0, len(src)) == kind


@pytest.mark.parametrize(
    "src",
    [
        "FILE PHOTO: A ferry leaves Tromvik harbour, March 3, 2015.",
        "A ferry leaves Tromvik harbour, March 3, 2015. REUTERS/Lena Vosk/File Photo",
        "A ferry leaves Tromvik harbour. REUTERS/Lena Vosk",
        "A ferry leaves Tromvik harbour. (AP Photo/Lena Vosk)",
        "A ferry leaves Tromvik harbour. AFP PHOTO / LENA VOSK",
    ],
)
def test_a_photo_caption_is_a_graphic_note(src: str) -> None:
    # Read by its credit at the end, past the screen of openings.
    assert note_kind(src, 0, len(src)) == "graphic"
    assert note_kind(src, 0, len(src), top=True) == "graphic"


@pytest.mark.parametrize(
    "src",
    [
        "",
        "The ferry sailed.",
        "(The mill, built in 1902, shut.)",
        "(Copyright law changed in 2016, the court said.)",
        "(Tromvik harbour, updated in 2016, is the oldest.)",  # "updated" is no verb of a note
        "Charter ferries sailed, see http://example.com/ferry.",  # no "Chart:"
        "Graphic designers protested - see http://example.com/x",
        "Chart: fares rose 3 percent, see www.example.com. " + "Ferries sailed late. " * 20,
        "(the harbour master, adds the mayor, is away)",  # an aside opens in lower case
        "Updates are due on Friday, the harbour master said.",
        "Adds to the cost, the mayor said.",
        "(Reporting by Lena Vosk; Editing by Cora Manning)",  # a credit, not a note
        "$1 = 0.9120 euros",  # a conversion note is parenthesised
        "For the first time, the ferry sailed at night.",
        "Online: sales of tickets rose 9 percent, the ferry line said.",
        "Copyright laws passed in 1998 changed the trade.",
        "Copyright Office data from 2016 showed a rise.",
        "On the net, the ferry line sold more tickets than ever.",
        "Fares rose 3/4 point on the Tromvik/Carvell route.",
        "The ferry runs every 2 min.",
        "Follow the ferry on its route, the mayor said on Twitter.",
        "File photos of the ferry were shown to the court.",
    ],
)
def test_not_a_note(src: str) -> None:
    assert note_kind(src, 0, len(src)) is None


@pytest.mark.parametrize(
    "src",
    [
        "Corrects the tonnage in paragraph 3",
        "In an earlier version of this story, the captain's name was misspelled.",
    ],
)
def test_a_correction_without_parentheses_only_above_the_dateline(src: str) -> None:
    assert note_kind(src, 0, len(src), top=True) == "correction"
    assert note_kind(src, 0, len(src)) is None


@pytest.mark.parametrize(
    "src",
    ["* Net profit up 20 pct", "• Shares rise 3 pct", "*  Fares to rise from June 1."],
)
def test_a_summary_bullet_only_above_the_dateline(src: str) -> None:
    assert note_kind(src, 0, len(src), top=True) == "summary"
    assert note_kind(src, 0, len(src)) is None  # a factbox's point in the body


@pytest.mark.parametrize("src", ["* * *", "*", "*Net profit", "** Net profit", "* " + "x" * 300])
def test_no_summary_bullet(src: str) -> None:
    assert note_kind(src, 0, len(src), top=True) != "summary"


@pytest.mark.parametrize(
    ("src", "kind"),
    [
        ("ATTENTION - ADDS harbour master's comment ///", "advisory"),
        ("ATTENTION: UPDATES toll, RECASTS ///", "advisory"),
        ("=(PICTURE)=", "graphic"),
        ("= (GRAPHIC+PICTURES) =", "graphic"),
    ],
)
def test_afp_desk_lines_only_above_the_dateline(src: str, kind: str) -> None:
    # On the title line they are split off with the headline (wirecopy._title).
    assert note_kind(src, 0, len(src), top=True) == kind
    assert note_kind(src, 0, len(src)) is None


@pytest.mark.parametrize(
    "src",
    [
        "(In Tromvik, fares rose unless noted otherwise.)",
        "(Story of the week: the ferry that never sailed)",
        "Attention - the harbour is closed, the council said.",
        "= (the sum of all fares) = 12",
    ],
)
def test_text_that_opens_like_those_notes(src: str) -> None:
    assert note_kind(src, 0, len(src)) is None
    assert note_kind(src, 0, len(src), top=True) is None


@pytest.mark.parametrize(
    "src",
    [
        "Fixes to the bridge will cost 2 million crowns, the council said.",
        "For a chart-topping band, the tour was a modest one.",
        "To contact the embassy, travellers should call the hotline.",
        "The hotline can be reached at help@example.org, police said.",
        "Read more books, the council urged.",
        "Advertisement spending rose 4 percent.",
        "Full coverage of the fjord is planned.",
        "Lena Vosk could not be reached at the weekend.",
        "Lena Vosk can be reached at lvosk@example.com, " + "and the fares rose " * 20,
        "Police corrected the figure on Tuesday.",
        "Source texts differ: the court will decide.",
        "(The newsroom was closed on Sunday)",
        "For now, islanders see two choices: wait for the bridge or move.",
        "For investors, analysts see three risks: fuel, weather and the bridge.",
        "For the harbour master, who asked to see the timetable: it was late.",
        "Contact with the ferry was lost at 9 p.m., the coastguard said.",
        "Contact with the ferry was lost at 2115, and mira.holt@example.com got no reply.",
        "Contacts: the mayor and the harbour master met in 2015.",  # no address, no number
        "Contact: Mira Holt, mira.holt@example.com " + "and the fares rose " * 20,  # too long
    ],
)
def test_story_sentences_that_start_like_notes(src: str) -> None:
    assert note_kind(src, 0, len(src)) is None
    assert note_kind(src, 0, len(src), top=True) is None


def test_note_kind_reads_only_its_bounds() -> None:
    src = "The ferry sailed.\n($1 = 0.9120 euros)\n"
    start = src.index("(")
    assert note_kind(src, start, src.index(")") + 1) == "conversion"
    assert note_kind(src, 0, start - 1) is None


def test_make_note() -> None:
    src = "Body.\n(Adds  quote from\n harbour master)\n"
    start = src.index("(")
    end = src.rindex(")") + 1
    note = make_note(src, "advisory", start, end)
    assert (note.kind, note.text, note.span) == (
        "advisory",
        "(Adds quote from harbour master)",
        (start, end),
    )


STORY_TYPES = [
    # (headline, [story-type notes], rest of the headline)
    ("UPDATE 2-Ferry line adds night crossing", ["UPDATE 2"], "Ferry line adds night crossing"),
    ("REFILE-Ferry line adds crossing", ["REFILE"], "Ferry line adds crossing"),
    ("CORRECTED-Ferry line adds crossing", ["CORRECTED"], "Ferry line adds crossing"),
    ("RPT-Ferry line adds crossing", ["RPT"], "Ferry line adds crossing"),
    ("WRAPUP 1-Storm closes ports", ["WRAPUP 1"], "Storm closes ports"),
    ("EXCLUSIVE-Ferry line weighs sale", ["EXCLUSIVE"], "Ferry line weighs sale"),
    ("Exclusive: Ferry line weighs sale", ["Exclusive"], "Ferry line weighs sale"),
    ("UPDATE 1 - Ferry line adds crossing", ["UPDATE 1"], "Ferry line adds crossing"),
    ("Corrected: Analysis: Mills shut", ["Corrected", "Analysis"], "Mills shut"),
    ("BRIEF-Kestrel says Q3 revenue up 4 pct", ["BRIEF"], "Kestrel says Q3 revenue up 4 pct"),
    ("EXPLAINER-Why ferries cost more", ["EXPLAINER"], "Why ferries cost more"),
    ("Q+A-What the new route means", ["Q+A"], "What the new route means"),
    ("DEALTALK-Ferry bidders circle", ["DEALTALK"], "Ferry bidders circle"),
    ("CORRECTED-(OFFICIAL)-Ferry fares rise", ["CORRECTED", "(OFFICIAL)"], "Ferry fares rise"),
    ("WITNESS-A night on the ferry", ["WITNESS"], "A night on the ferry"),
    ("POLL-Voters back ferry plan", ["POLL"], "Voters back ferry plan"),
    ("REUTERS POLL-Fares to rise", ["REUTERS POLL"], "Fares to rise"),
    ("RPT-FOCUS-Ferry towns wait", ["RPT", "FOCUS"], "Ferry towns wait"),
    ("TABLE-Ferry fares by route", ["TABLE"], "Ferry fares by route"),
    ("QUOTEBOX-Harbour master on fares", ["QUOTEBOX"], "Harbour master on fares"),
    # Those words open a headline with a colon, or in lower case.
    ("Witness: Ferry ran aground", [], "Witness: Ferry ran aground"),
    ("Poll: Voters back ferry plan", [], "Poll: Voters back ferry plan"),
    ("Table-top game sells out", [], "Table-top game sells out"),
    ("Brief history of ferries", [], "Brief history of ferries"),
    ("Feature-length film wins prize", [], "Feature-length film wins prize"),
    ("Ferry line adds crossing", [], "Ferry line adds crossing"),
    ("UPDATE 2-", [], "UPDATE 2-"),  # a prefix with nothing after it is no prefix
    ("Updated timetable for ferries", [], "Updated timetable for ferries"),
]


@pytest.mark.parametrize(("src", "kinds", "rest"), STORY_TYPES)
def test_split_story_types(src: str, kinds: list[str], rest: str) -> None:
    notes, pos = split_story_types(src, 0, len(src))
    assert [n.text for n in notes] == kinds
    assert all(n.kind == "story-type" for n in notes)
    assert [src[slice(*n.span)] for n in notes] == kinds
    assert src[pos:] == rest


def test_split_story_types_spans_are_absolute() -> None:
    src = "-- UPDATE 3-Ferry line adds crossing\n"
    start = src.index("U")
    notes, pos = split_story_types(src, start, src.index("\n"))
    assert [n.span for n in notes] == [(start, start + len("UPDATE 3"))]
    assert src[pos:].startswith("Ferry line")


def test_nyt_copyright_line_gives_the_year() -> None:
    doc = wirecopy.parse(
        "Ferry crews walk out\n\nBy ANA RUIZ\n\nc.1998 Kestrel Times News Service\n\n"
        "KESTERVIK, Norway, Dec. 30 _ Ferry crews walked out on Tuesday.\n"
    )
    assert [(n.kind, n.text) for n in doc.notes] == [("other", "c.1998 Kestrel Times News Service")]
    assert doc.dateline is not None
    assert doc.dateline.date == dt.date(1998, 12, 30)
    assert doc.dateline.reference == "copyright"


def test_link_line_over_lines_inside_a_paragraph() -> None:
    doc = wirecopy.parse(
        "OSLO (Reuters) - The ferry docked at noon.  (For the timetable, please\n"
        "see the port's site: \n"
        " here ).\n"
        " Nobody was hurt.\n"
    )
    assert [p.text for p in doc.paragraphs] == ["The ferry docked at noon.", "Nobody was hurt."]
    assert [(n.kind, n.text) for n in doc.notes] == [
        ("other", "(For the timetable, please see the port's site: here ).")
    ]


LINK_PIECES = st.sampled_from(
    [
        "For ",
        "(For ",
        "For a chart of ",
        "click on: here",
        "see the blog: here",
        " here",
        ")",
        "(",
        " ",
        "\n",
        "ferry ",
        "see ",
        ": ",
        "x" * 30,
        ".",
    ]
)


@settings(max_examples=500)
@given(st.lists(LINK_PIECES, max_size=200).map("".join))
def test_link_line_search_is_the_full_search(src: str) -> None:
    # The search starts at most LINK_REACH characters before the first tail:
    # it finds what a search of the whole paragraph finds.
    full = RE_LINK_LINE.search(src)
    found = find_link_line(src, 0, len(src))
    assert (found[1:] if found else None) == (full.span() if full else None)


def test_links_under_an_on_the_net_heading_are_notes() -> None:
    text = (
        "GULLHAVEN, Maine (AP) _ Voters approved the seawall plan.\n\n"
        "Work starts in spring.\n\n___\n\nOn the Net:\n\n"
        "Town of Gullhaven: http://www.gullhaven.example.gov\n\n"
        "www.example.org/seawall\n\n"
        "The town meets again in May.\n"
    )
    doc = wirecopy.parse(text)
    assert [n.kind for n in doc.notes] == ["other"] * 3
    assert [n.text for n in doc.notes][1:] == [
        "Town of Gullhaven: http://www.gullhaven.example.gov",
        "www.example.org/seawall",
    ]
    # A paragraph without an address ends the links.
    assert [p.text for p in doc.paragraphs] == [
        "Voters approved the seawall plan.",
        "Work starts in spring.",
        "The town meets again in May.",
    ]
    # Without the heading, a paragraph with an address is story text.
    doc = wirecopy.parse("Work starts in spring.\n\nSee http://www.example.org for more.\n")
    assert doc.notes == () and len(doc.paragraphs) == 2


# Openings of notes, cut and joined at random, in upper and lower case.
NOTE_OPENINGS = [src[:cut] for src, _ in KINDS for cut in (2, 3, 5, 12)] + [
    "This story ",
    "In an earlier version",
    "Corrects ",
    "(",
    " ",
    "\t",
    "1",
    "x",
]


@settings(max_examples=1000)
@given(
    st.lists(st.sampled_from(NOTE_OPENINGS), min_size=1, max_size=6).map("".join),
    st.sampled_from([str, str.upper, str.lower]),
)
def test_the_prefix_screen_passes_every_text_the_full_screen_matches(src: str, case) -> None:
    # _may_open_note() may let story text through, never turn a note away.
    src = case(src)
    for top, screen in ((False, _BODY_SCREEN), (True, _TOP_SCREEN)):
        if screen.match(src) is not None:
            assert _may_open_note(src[:3], top), (src, top)


@pytest.mark.parametrize(
    "src",
    [
        src
        for src, _ in KINDS
        if not src.startswith(("(", "-")) and not _reached_at(src, 0, len(src))
    ],
)
def test_the_prefix_screen_passes_every_note(src: str) -> None:
    # A text that opens with "(" or a dash, or that says where writers can be
    # reached, is read by its own patterns, unscreened.
    assert _may_open_note(src[:3], False) and _may_open_note(src[:3], True)
    assert note_kind(src, 0, len(src)) is not None


def test_the_prefix_screen_turns_away_story_text() -> None:
    assert not _may_open_note("The", False) and not _may_open_note("He ", True)
    assert note_kind("Corrects name in 2nd par", 0, 24, top=True) == "correction"
