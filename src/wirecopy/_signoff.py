"""Sign-offs: ``Reuter``, ``Enditem``, AFP and AP desk codes.

Grammar::

    signoff   = "Reuter" / "REUTER" / "Enditem" / form / desk-code / "(" desk-code ")"
              / end-mark
    end-mark  = *3"-" "ENDS" *3"-"                 ; PA, AAP: "ENDS", "-ENDS-"
    form      = an agency registry entry's sign-off form ; "dpa bwh bag"
    desk-code = initials 1*(("/" / "-") initials)   ; "dmh/ns", "bur-kd-ays/mw"
              / 2*5lower                            ; "ser"
    trailer   = ["UR"] [pickup] ["(" desk-code ")"] ; AP: "The decision, 3rd graf pvs."
              / word                                ; Xinhua: "... it said. Enditem"

The sign-off stands on the last line of the story, above a few index lines
in AFP copy (company names) or a transmission time ("1234 GMT"), or runs on
at the end of the last paragraph.
"""

from __future__ import annotations

import attrs
import regex

from wirecopy._agencies import AGENCIES, SIGNOFF_FORM_PATTERN, SIGNOFF_WORD_PATTERN
from wirecopy._pattern import lazy

_DESK_CODE = r"[a-z]{1,5}(?:[-/][a-z]{1,5}){1,9}"

# A desk code in parentheses, as AP writes it: "(pvs/ji)", "( pvs/ji )".
_PARENTHESISED_DESK = rf"\([ \t]*(?P<desk>{_DESK_CODE})[ \t]*\)"

RE_SIGNOFF = lazy(
    rf"""
    (?P<word>(?i:{SIGNOFF_WORD_PATTERN}))\.?  # registry words: "Reuter", "Enditem."
    | (?P<form>{SIGNOFF_FORM_PATTERN})  # registry forms: "dpa bwh bag"
    | {_PARENTHESISED_DESK}             # "(pvs/ji)": AP
    | -{{0,3}}[ \t]*(?P<mark>ENDS)[ \t]*-{{0,3}}  # "ENDS", "-ENDS-": PA, AAP
    | (?P<desk>{_DESK_CODE}|[a-z]{{2,5}})  # "dmh/ns", "ser": AFP
    """,
    regex.VERBOSE,
)

# What may follow the last sentence of a paragraph: an AP pickup line and a
# parenthesised desk code, or an AFP desk code.
_DESK = rf"(?:{_PARENTHESISED_DESK}|(?<![^ \t])(?P<desk>{_DESK_CODE}))"

# Every part of a trailer but the sign-off was optional, with a run of
# spaces before and after each: a long run of spaces after a sentence took
# cubic time.  A trailer now starts at a letter or "(" (tested before the
# look-behind), has a pickup line or a desk code, and takes each run of
# spaces once.
RE_TRAILER = lazy(
    rf"""
    (?=[\p{{L}}(])                               # a letter or "(": a cheap test first
    (?:\G|(?<=[.!?\"”'’)][ \t]+))               # after a sentence, or alone
    (?:(?P<code>UR)[ \t]+)?                      # a stripped ANPA code "&UR;"
    (?:
        (?P<pickup>                             # "The decision, 3rd graf pvs."
            \p{{Lu}}[^.!?\r\n]{{0,80}},[ \t]+\d{{1,2}}(?:st|nd|rd|th)[ \t]+graf[ \t]+pvs\.?
        )
        (?:[ \t]*+{_DESK})?                     # maybe a desk code: "(pvs/ji)", "mt/pst"
      | {_DESK}                                  # or a desk code alone
      | (?P<desk>(?i:{SIGNOFF_WORD_PATTERN}))\.?  # or a registry word: "... said. Enditem"
    )
    [ \t]*+$
    """,
    regex.VERBOSE,
)

RE_DESK_CODE = lazy(_DESK_CODE)

_SIGNOFF_WORDS = frozenset(word.casefold() for agency in AGENCIES for word in agency.signoffs)

# An index line under an AFP sign-off: a company or team name.
RE_INDEX_LINE = lazy(r"[\p{Lu}\d][\p{L}\p{M}\d&.,'’ -]{0,40}(?<![.,])")

# The time a story was sent, on a line under its sign-off: "1234 GMT",
# "0915 GMT", "12:34 ET".
RE_TIME_LINE = lazy(
    r"""
    (?:[01]\d|2[0-3])[:.]?[0-5]\d                 # "1234", "12:34"
    [ \t]*+(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST)  # the zone
    """,
    regex.VERBOSE,
)


def parse_signoff(src: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The sign-off filling ``src[start:end]``, as written, with its span.

    >>> parse_signoff(" Reuter", 1, 7)
    ('Reuter', (1, 7))
    >>> parse_signoff("(pvs/ji)", 0, 8), parse_signoff("( pvs/ji )", 0, 10)
    (('pvs/ji', (1, 7)), ('pvs/ji', (2, 8)))
    >>> parse_signoff("dpa bwh bag", 0, 11)
    ('dpa bwh bag', (0, 11))
    >>> parse_signoff("Reuters said", 0, 12) is None
    True
    >>> parse_signoff("Enditem.", 0, 8)
    ('Enditem', (0, 7))
    >>> parse_signoff("-ENDS-", 0, 6), parse_signoff("Ends", 0, 4)
    (('ENDS', (1, 5)), None)
    """
    match = RE_SIGNOFF.fullmatch(src, start, end)
    if match is None:
        return None
    group = next(name for name in ("word", "form", "desk", "mark") if match.group(name))
    return match.group(group), match.span(group)


@attrs.frozen
class Trailer:
    """What follows the last sentence of a paragraph, split into its parts.

    >>> src = "He left. The vote, 3rd graf pvs (ab/cd)"
    >>> trailer = find_trailer(src, 0, len(src))
    >>> src[trailer.start :], src[slice(*trailer.pickup)], trailer.signoff
    ('The vote, 3rd graf pvs (ab/cd)', 'The vote, 3rd graf pvs', ('ab/cd', (33, 38)))
    """

    start: int
    """Where the trailer starts: the paragraph's text ends before it."""
    pickup: tuple[int, int] | None
    """The span of an AP pickup line ("The vote, 3rd graf pvs"), or None."""
    signoff: tuple[str, tuple[int, int]] | None
    """The sign-off (a desk code or a registry word) and its span, or None."""
    markup: tuple[tuple[int, int], ...]
    """Spans of format codes and parentheses that belong to no part."""


def find_trailer(src: str, start: int, end: int) -> Trailer | None:
    """The pickup line and sign-off run on at the end of ``src[start:end]``.

    >>> src = "He left. mt/pst"
    >>> find_trailer(src, 0, len(src)).signoff
    ('mt/pst', (9, 15))
    >>> find_trailer("He left (for good).", 0, 19) is None
    True
    >>> src = "The vote, 3rd graf pvs"
    >>> find_trailer(src, 0, len(src)).pickup  # a paragraph of its own
    (0, 22)
    """
    if not _may_close_trailer(src, start, end):
        return None
    match = RE_TRAILER.search(src, start, end)
    if match is None or (match.group("pickup") is None and match.group("desk") is None):
        return None
    markup = []
    if match.group("code"):
        markup.append(match.span("code"))
    signoff = None
    if match.group("desk"):
        desk_start, desk_end = match.span("desk")
        signoff = (match.group("desk"), (desk_start, desk_end))
        opening = desk_start
        while opening > start and src[opening - 1] in " \t":
            opening -= 1
        if src.startswith("(", opening - 1):
            markup.append((opening - 1, src.index(")", desk_end, end) + 1))
        elif src.startswith(".", desk_end, end):
            markup.append((desk_end, desk_end + 1))  # "... said. Enditem."
    pickup = None
    if match.group("pickup"):
        pickup_start, pickup_end = match.span("pickup")
        pickup = (pickup_start, pickup_end)
    return Trailer(start=match.start(), pickup=pickup, signoff=signoff, markup=tuple(markup))


def _may_close_trailer(src: str, start: int, end: int) -> bool:
    """False when ``src[start:end]`` cannot end in a trailer.

    A trailer ends in a pickup line ("pvs", "pvs."), a desk code (in
    parentheses or after a space) or a registry sign-off word.  Testing the
    last word spares nearly every last paragraph the search, which tries
    each word of it.

    >>> _may_close_trailer("He left. ab/cd", 0, 14), _may_close_trailer("He left (now).", 0, 14)
    (True, False)
    """
    stop = end
    while stop > start and src[stop - 1] in " \t\r\n":
        stop -= 1
    tail = src[max(start, stop - 4) : stop]
    if tail.endswith(("pvs", "pvs.")):
        return True
    if tail.endswith(")"):
        opening = src.rfind("(", start, stop)
        inner = src[opening + 1 : stop - 1].strip(" \t")  # "(pvs/ji)", "( pvs/ji )"
        return opening >= 0 and RE_DESK_CODE.fullmatch(inner) is not None
    word = max(src.rfind(" ", start, stop), src.rfind("\t", start, stop), start - 1) + 1
    return (
        RE_DESK_CODE.fullmatch(src, word, stop) is not None
        or src[word:stop].removesuffix(".").casefold() in _SIGNOFF_WORDS
    )


def is_index_line(text: str) -> bool:
    """True for a line that can be an index entry under an AFP sign-off.

    >>> is_index_line("NORTHWIND AIRWAYS"), is_index_line("He left.")
    (True, False)
    """
    return RE_INDEX_LINE.fullmatch(text) is not None


def is_time_line(text: str) -> bool:
    """True for a line that gives the time a story was sent: "1234 GMT".

    >>> is_time_line("1234 GMT"), is_time_line("0915 ET"), is_time_line("1234 votes")
    (True, True, False)
    """
    return RE_TIME_LINE.fullmatch(text) is not None
