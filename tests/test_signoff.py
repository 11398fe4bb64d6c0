"""Sign-offs: agency words, desk codes, run-on trailers and AFP index lines."""

from __future__ import annotations

import pytest

import wirecopy
from wirecopy._signoff import find_trailer, is_index_line, is_time_line, parse_signoff


@pytest.mark.parametrize(
    ("src", "start", "end", "text", "span"),
    [
        ("Reuter", 0, 6, "Reuter", (0, 6)),
        ("REUTER", 0, 6, "REUTER", (0, 6)),
        (" Reuter", 1, 7, "Reuter", (1, 7)),
        ("Enditem", 0, 7, "Enditem", (0, 7)),
        ("Enditem.", 0, 8, "Enditem", (0, 7)),  # the full stop is no part of it
        ("dmh/ns", 0, 6, "dmh/ns", (0, 6)),
        ("tn/jah", 0, 6, "tn/jah", (0, 6)),
        ("bur-kd-ays/mw", 0, 13, "bur-kd-ays/mw", (0, 13)),
        # A desk code of a story written and edited on many desks: ten groups.
        ("bur-kd-ays-ph/mw/jt/rl/nb/sk/dc", 0, 31, "bur-kd-ays-ph/mw/jt/rl/nb/sk/dc", (0, 31)),
        ("(pvs/ji)", 0, 8, "pvs/ji", (1, 7)),
        ("ser", 0, 3, "ser", (0, 3)),  # one desk's initials, on a line of its own
        ("The ferry sailed.\n Reuter\n", 19, 25, "Reuter", (19, 25)),
        # The end mark of PA and AAP copy, its dashes no part of it.
        ("ENDS", 0, 4, "ENDS", (0, 4)),
        ("-ENDS-", 0, 6, "ENDS", (1, 5)),
        ("-- ENDS --", 0, 10, "ENDS", (3, 7)),
    ],
)
def test_signoff(src: str, start: int, end: int, text: str, span: tuple[int, int]) -> None:
    assert parse_signoff(src, start, end) == (text, span)


@pytest.mark.parametrize(
    "src",
    [
        "",
        "Reuters",
        "Reuters said",
        "abcdef",  # one word of initials has at most five letters
        "a",
        "(ab/cd",  # unbalanced
        "DMH/NS",  # desk codes are lower case
        "ab/cd/ef/gh/ij/kl/mn/op/qr/st/uv",  # too many parts: ten at most
        "abcdef/gh",  # initials have at most five letters
        "The ferry sailed.",
        "24/7",
        "Ends",  # the end mark is written in capitals
        "ENDS here",
        "ENDSTATE",
    ],
)
def test_not_a_signoff(src: str) -> None:
    assert parse_signoff(src, 0, len(src)) is None


@pytest.mark.parametrize(
    ("src", "code"),
    [
        ("The ferry left. mt/pst", "mt/pst"),
        ('He said: "No." ab/cd', "ab/cd"),
        ("The ferry left (at dawn). bur-kd/mw", "bur-kd/mw"),
        ("The ferry left. (ab-cde)", "ab-cde"),  # AP, in parentheses
        ("The ferry left. ( ab-cde )", "ab-cde"),  # spaces inside them
        ("The ferry left. UR (ab-xx)", "ab-xx"),  # after a stripped format code
        ("The ferry left.\nmt/pst", None),  # a line of its own is not run on
        ("The ferry left mt/pst", None),  # run on only after a sentence end
        ("The ferry left.", None),
        ("The 24/7 ferry service.", None),
        ("The ferry left. ser", None),  # one word run on is text
        ("The ferry left. Enditem", "Enditem"),  # a registry word run on
        ('The ferry left." REUTER', "REUTER"),
        ("The ferry left Enditem", None),  # run on only after a sentence end
        ("The ferry left. Enditems", None),
        ("The ferry left. Enditem.", "Enditem"),
        ("The ferry left. mt/pst.", None),  # a desk code takes no full stop
    ],
)
def test_run_on_signoff(src: str, code: str | None) -> None:
    trailer = find_trailer(src, 0, len(src))
    if code is None:
        assert trailer is None or trailer.signoff is None
    else:
        assert trailer is not None
        assert trailer.signoff is not None
        assert trailer.signoff[0] == code
        assert src[slice(*trailer.signoff[1])] == code


LONG_OPENING = "Ferries resumed along the coast after a strike that lasted " * 2


@pytest.mark.parametrize(
    ("src", "pickup", "code", "rest"),
    [
        (
            "Ferries resumed. UR The strike, 4th graf pvs (ab/cd)",
            "The strike, 4th graf pvs",
            "ab/cd",
            "Ferries resumed.",
        ),
        (
            "Ferries resumed. The strike, 3rd graf pvs.",
            "The strike, 3rd graf pvs.",
            None,
            "Ferries resumed.",
        ),
        # A pickup line of its own, as AP's last line.
        ("The strike, 3rd graf pvs", "The strike, 3rd graf pvs", None, ""),
        # Past the longest pickup line's opening words: text.
        (LONG_OPENING + ", 3rd graf pvs.", None, None, None),
    ],
)
def test_pickup_trailer(src: str, pickup: str | None, code: str | None, rest: str | None) -> None:
    trailer = find_trailer(src, 0, len(src))
    if rest is None:
        assert trailer is None
        return
    assert trailer is not None
    assert src[: trailer.start].rstrip() == rest
    assert (src[slice(*trailer.pickup)] if trailer.pickup else None) == pickup
    assert (trailer.signoff[0] if trailer.signoff else None) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NORTHWIND AIRWAYS", True),
        ("Kestrel", True),
        ("Orbis Holdings Ltd", True),
        ("He left.", False),
        ("the port", False),
        ("A name far too long to be an index line of any kind at all", False),
    ],
)
def test_index_line(text: str, expected: bool) -> None:
    assert is_index_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234 GMT", True),
        ("0915 GMT", True),
        ("1234 ET", True),
        ("12:34 GMT", True),
        ("2515 GMT", False),  # no hour 25
        ("1234 votes", False),
        ("NORTHWIND AIRWAYS", False),
    ],
)
def test_time_line(text: str, expected: bool) -> None:
    assert is_time_line(text) is expected


_STORY = "FERRY LINE ADDS CROSSING\n    KESTERVIK, March 3 - A ferry line added a crossing.\n"


@pytest.mark.parametrize(
    ("tail", "code", "notes"),
    [
        # The end mark alone on the last line.
        ("ENDS\n", "ENDS", []),
        ("\n-ENDS-\n", "ENDS", []),
        ("\n-- ENDS --\n", "ENDS", []),
        # A transmission time under the sign-off is a note, as under a desk code.
        (" Reuter\n1234 GMT\n", "Reuter", ["1234 GMT"]),
        (" REUTER\n0915 GMT\n", "REUTER", ["0915 GMT"]),
        (" Reuter\n1234 ET\n", "Reuter", ["1234 ET"]),
        ("bur-mh/jd\n1234 GMT\n", "bur-mh/jd", ["1234 GMT"]),
    ],
)
def test_a_signoff_on_the_last_lines(tail: str, code: str, notes: list[str]) -> None:
    doc = wirecopy.parse(_STORY + tail)
    assert doc.signoff is not None and doc.signoff.text == code
    assert [p.text for p in doc.paragraphs] == ["A ferry line added a crossing."]
    assert [(n.kind, n.text) for n in doc.notes] == [("other", note) for note in notes]
    assert doc.unclaimed == ()


@pytest.mark.parametrize(
    "tail",
    [
        # "Reuter" stands above a transmission time, not above any short line.
        " Reuter\nNORTHWIND AIRWAYS\n",
        # A lower-case word above a time line is no desk code.
        "ser\n1234 GMT\n",
        # The end mark in a sentence is story text.
        "The talks ENDS here.\n",
    ],
)
def test_no_signoff_on_the_last_lines(tail: str) -> None:
    doc = wirecopy.parse(_STORY + tail)
    assert doc.signoff is None


@pytest.mark.parametrize(
    ("story", "code"),
    [
        ("ACCRA, May 2 (Xinhua) -- Cocoa rose.\n\nEnditem.\n", "Enditem"),
        ("ACCRA (Xinhua) -- Cocoa rose. Enditem.\n", "Enditem"),
        # Spaces inside the parentheses of a desk code.
        ("TROMVIK, Norway (AP) _ Cocoa rose. (ab/cd )\n", "ab/cd"),
        ("TROMVIK, Norway (AP) _ Cocoa rose.\n\n( ab/cd )\n", "ab/cd"),
    ],
)
def test_the_marks_around_a_signoff_are_claimed(story: str, code: str) -> None:
    doc = wirecopy.parse(story)
    assert doc.signoff is not None and doc.signoff.text == code
    assert [p.text for p in doc.paragraphs] == ["Cocoa rose."]
    assert doc.unclaimed == ()
    assert not any(d.code == "unclaimed-text" for d in doc.diagnostics)


@pytest.mark.parametrize(
    ("story", "code", "agency"),
    [
        # A one-line alert: the headline and the desk code, no body.
        ("Ferry sinks off Tromvik: coastguard\n\nbur-mh/th\n", "bur-mh/th", "AFP"),
        ("FERRY SINKS OFF TROMVIK\n\nREUTER\n", "REUTER", "Reuters"),
        ("Ferry sinks off Tromvik\n\nReuter\n", "Reuter", "Reuters"),
        ("Ferry sinks off Tromvik\r\n\r\nEnditem\r\n", "Enditem", "Xinhua"),
        ("Ferry sinks off Tromvik\n\nENDS\n", "ENDS", None),  # the end mark names no agency
    ],
)
def test_a_signoff_under_a_headline_alone(story: str, code: str, agency: str | None) -> None:
    doc = wirecopy.parse(story)
    assert doc.signoff is not None and doc.signoff.text == code
    assert (doc.byline, doc.paragraphs, doc.unclaimed, doc.agency) == (None, (), (), agency)


@pytest.mark.parametrize(
    ("story", "affiliation"),
    [
        ("Ferry sinks off Tromvik\n\nBy Mira Holt\n", None),
        ("Ferry sinks off Tromvik\n\nThe Associated Press\n", "The Associated Press"),
        ("Ferry sinks off Tromvik\n\nReuter\n\nThe ferry sank.\n", "Reuter"),
    ],
)
def test_a_byline_under_a_headline_stays_one(story: str, affiliation: str | None) -> None:
    doc = wirecopy.parse(story)
    assert doc.byline is not None and doc.byline.affiliation == affiliation
    assert doc.signoff is None
