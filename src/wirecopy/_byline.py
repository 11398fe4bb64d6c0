"""Bylines: ``By NAME[ and NAME][, Title][, Affiliation]``.

Grammar::

    byline   = ([kind] "By" / label ["By"]) [lead] names *(cut segment) ["="] [NL below]
    label    = "BYLINE:"                                 ; as news archives export it
    bare     = names 1*(cut segment) ["="]         ; naming the outlet: "Ana Ruiz, AP"
    kind     = "Analysis" / "Written" / "Story" / ...  ; "Analysis by Ana Ruiz"
    lead     = outlet [word] job-noun                ; Xinhua: "by Xinhua writer Li Wei"
    cut      = "," / " | " / " / " / " - " / " for " / " of "  ; "/", "for", "of": before an outlet
    below    = affiliation / title                  ; a line of its own
    names    = name ["in" place] *(("," / "and" / "&" / "with") name ["in" place])
    name     = words ["," suffix]                       ; suffix: "Jr.", "Sr.", "II", "III", "IV"
    segment  = title / affiliation / place / names  ; a place only after " | "
    title    = words with a lower-case word or a job noun ("AP Business Writer")

A byline names no one when its names are an outlet ("By The Associated
Press", "By dpa correspondents", "By Reuters Staff").
"""

from __future__ import annotations

import attrs
import regex

from wirecopy._agencies import TAG_LAST_WORDS, TAG_PATTERN, resolve_agency
from wirecopy._credits import _PARTICLE, RE_IN, RE_NAME
from wirecopy._lines import collapse
from wirecopy._pattern import lazy
from wirecopy._places import resolve_place
from wirecopy.model import Byline, Person

RE_PARTICLE = lazy(rf"{_PARTICLE}|and")

RE_BY = lazy(
    r"""
    (?:
        (?i:byline)[ \t\u00a0]*+:[ \t\u00a0]*+        # "BYLINE: Ana Ruiz", as archives label it
        (?:(?i:by)[ \t\u00a0]++)?                     # "BYLINE: By Ana Ruiz"
      | (?:(?i:(?:news[ \t]+)?analysis|commentary|column|opinion|interview|profile|review
          |feature|story|text|words|written)[ \t\u00a0]+)?  # "Analysis by", "Written by"
        (?i:by)[ \t\u00a0]+
    )
    (?=\p{Lu}|\p{Ll}{2,}\ \p{Lu}|dpa\b)                # before a name or an outlet
    """,
    regex.VERBOSE,
)

# Between two names: a comma, a semicolon, "and" ("AND" in capitals), "&"
# or "/".  White space before it is taken only from the start of its run:
# otherwise a search would rescan a long run of spaces from each of its
# positions.
RE_NAME_SEPARATOR = lazy(
    r"""
    (?:(?<!\s)\s++)?         # the white space before, from where it starts
    (?:[,;&/]|\b(?:and|with|AND)\b)  # the separator: "with" in AFP bylines
    \s*                      # the white space after
    """,
    regex.VERBOSE,
)

# A name's suffix after a comma ("Ana Ruiz, Jr.", "TOM HALE, III"), at the
# end of the names or before the next separator: part of the name, not a
# name of its own nor an outlet.
RE_NAME_SUFFIX = lazy(
    r"""
    (?:(?i:jr|sr)\.?+|II|III|IV)            # the suffix
    (?=[ \t\u00a0]*+(?:[,;&/]|\b(?:and|with|AND)\b|$))  # where the name ends
    """,
    regex.VERBOSE,
)

# The same suffix ending a name, with its comma: the name is checked without it.
RE_COMMA_SUFFIX = lazy(r",[ \t\u00a0]*+(?:(?i:jr|sr)\.?+|II|III|IV)$")

# Where a byline's names may end and a title or an outlet begin: a comma,
# and as web pages write them " | ", " - " and " for ".
RE_SEGMENT_CUT = lazy(
    r"""
    (?P<separator>,
      | [ \t\u00a0]*[|/]
      | (?<=[ \t\u00a0])(?:[-–—]{1,2}|[Ff]or|of)(?=[ \t\u00a0])
    )
    """,
    regex.VERBOSE,
)

# A place after a byline's bar, as web pages write it: "SAO PAULO", "ST. JOHN'S", "Oslo".
RE_PLACE_SEGMENT = lazy(r"\p{Lu}[\p{L}\p{M} .'’\-/]*")

# A word of a byline's names: where each starts, for the outlet after them.
RE_WORD = lazy(r"\S+")

# Nouns that make a segment a title rather than a name.
RE_TITLE_NOUN = lazy(
    r"\b(?i:writers?|correspondents?|editors?|reporters?|columnists?|staff|"
    r"bureau|chief|analysts?|contributors?|producers?|journalists?)\b"
)

# The small words a title written on a line of its own may have in lower case.
RE_TITLE_WORD = lazy(r"of|for|and|the|in|at|on")

# The outlet a title opens with: "AP Business Writer", "Reuters Staff".
RE_TITLE_OUTLET = lazy(rf"(?i:(?P<outlet>{TAG_PATTERN}))(?=[ \t]+\p{{L}})")

# A byline names an outlet, not a person ("By The Associated Press", "By
# dpa correspondents", "By Reuters Staff").
_STAFF = r"(?:correspondents?|staff(?:[ \t]+writers?)?)"
RE_CORRESPONDENTS = lazy(rf"(?i)[ \t]+{_STAFF}$")

RE_OUTLET = lazy(rf"(?i:the[ \t]+)?(?P<outlet>\p{{L}}[\p{{L}} .\-]*?)(?i:[ \t]+{_STAFF})?")

# A newspaper's or a magazine's name: capitalised words, maybe "of" or "and"
# between them, ending in a word only mastheads end in ("Los Angeles
# Times", "The Kestervik Herald"), or in one that some surnames share
# ("Post", "Star") after "The" or "Daily" and the like.
RE_MASTHEAD = lazy(
    r"""
    (?P<the>(?i:the)[ \t]+)?
    (?P<lead>\p{Lu}[\p{L}.'’\-]*[ \t]+)?
    (?:(?:\p{Lu}[\p{L}.'’\-]*|of|and|&)[ \t]+){0,3}
    (?:\p{Lu}\p{L}*-)?                                 # "Sun-Times", "Post-Dispatch"
    (?:
        (?P<own>Times|Journal|Tribune|Globe|Herald|Gazette|Telegraph|Chronicle|Inquirer
          |Enquirer|Examiner|Dispatch|Courier|Bulletin|Sentinel|Newspapers?|Magazine
          |News[ \t]+Service)
      | (?P<shared>Post|Star|Sun|Mail|Express|News|Press|Record|Review|Mirror|Standard
          |Observer|Guardian|Independent|Register|Monitor|Leader|Reporter|Nation|Week)
    )
    (?:[ \t]+of[ \t]+\p{Lu}\p{L}*)?                     # "The Times of India"
    """,
    regex.VERBOSE,
)
_MASTHEAD_LEADS = frozenset(("Daily", "Sunday", "Evening", "Morning", "Weekly"))


def masthead(text: str) -> bool:
    """True for a newspaper's or a magazine's name, as a byline names its outlet.

    >>> masthead("Los Angeles Times"), masthead("The Kestervik Post"), masthead("Daily Star")
    (True, True, True)
    >>> masthead("Kestervik Sun-Times"), masthead("The Times of Kestervik")
    (True, True)
    >>> masthead("Emily Post"), masthead("Times"), masthead("Ana Ruiz")
    (False, False, False)
    """
    match = RE_MASTHEAD.fullmatch(text)
    if match is None or " " not in text.strip():
        return False
    lead = match.group("lead")
    return (
        match.group("own") is not None
        or match.group("the") is not None
        or (lead is not None and lead.strip() in _MASTHEAD_LEADS)
    )


# An outlet's title before the names, as Xinhua writes it: "by Xinhua
# writer Li Wei", "By Xinhua Writers Li Wei and Zhang Min".
RE_TITLE_FIRST = lazy(
    rf"""
    (?P<title>
        (?i:(?P<outlet>{TAG_PATTERN}))[ \t]+
        (?:\p{{L}}+[ \t]+)?                                 # "Xinhua staff writer"
        (?i:writers?|correspondents?|reporters?|journalists?)  # the job noun
    )
    [ \t]+(?=\p{{Lu}})                                      # the first name
    """,
    regex.VERBOSE,
)


# The job nouns that end an outlet's title after the names.
_TITLE_LAST_JOBS = ("writer", "correspondent", "reporter", "editor", "columnist")

# An outlet's title after the names with no comma between, as a web page
# runs a byline's two lines together: "By ANA RUIZ AP Business Writer".
RE_TITLE_LAST = lazy(
    rf"""
    (?<=[ \t])
    (?P<title>
        (?i:(?P<outlet>{TAG_PATTERN}))[ \t]+
        (?:\p{{Lu}}\p{{L}}*[ \t]+){{0,2}}                     # "Business", "Staff"
        (?i:(?:{"|".join(_TITLE_LAST_JOBS)})s?)              # the job noun
    )
    [ \t]*$
    """,
    regex.VERBOSE,
)

# The last words of such a title, tested before the pattern is searched for.
_TITLE_LAST_WORDS = frozenset(job + ending for job in _TITLE_LAST_JOBS for ending in ("", "s"))


def split_names(src: str, start: int, end: int) -> list[Person]:
    """The people of a names list, each with its span.

    >>> src = "Ana Ruiz, Tom Hale and Ines Kohl"
    >>> [p.name for p in split_names(src, 0, len(src))]
    ['Ana Ruiz', 'Tom Hale', 'Ines Kohl']
    >>> src = "ANA RUIZ, JR., and TOM HALE, III"
    >>> [p.name for p in split_names(src, 0, len(src))]
    ['ANA RUIZ, JR.', 'TOM HALE, III']
    """
    people = []
    pos = start
    while pos < end:
        sep = RE_NAME_SEPARATOR.match(src, pos, end)
        if sep is not None and sep.end() > pos:
            pos = sep.end()
            continue
        # A name runs to the next separator.
        nxt = RE_NAME_SEPARATOR.search(src, pos, end)
        if (
            nxt is not None
            and "," in nxt.group()
            and (suffix := RE_NAME_SUFFIX.match(src, nxt.end(), end)) is not None
        ):
            # "Ana Ruiz, Jr.": the comma stands inside the name.
            nxt = RE_NAME_SEPARATOR.search(src, suffix.end(), end)
        name_end = nxt.start() if nxt is not None else end
        while name_end > pos and src[name_end - 1] in " \t\u00a0.;":
            if src[name_end - 1] == "." and _keeps_dot(src, pos, name_end):
                break
            name_end -= 1
        if name_end > pos:
            people.append(Person(name=collapse(src[pos:name_end]), span=(pos, name_end)))
        pos = nxt.end() if nxt is not None and nxt.end() > pos else end
    return people


def _with_places(src: str, people: list[Person]) -> list[Person]:
    """Split "NAME in PLACE" into a person and a location.

    A place is shared by every name since the last place, as in a credit
    line: in "A and B in Oslo" both are in Oslo.

    >>> src = "Ana Ruiz in Oslo and Tom Hale and Ines Kohl in Bergen"
    >>> [(p.name, p.location) for p in _with_places(src, split_names(src, 0, len(src)))]
    [('Ana Ruiz', 'Oslo'), ('Tom Hale', 'Bergen'), ('Ines Kohl', 'Bergen')]
    """
    if not any(RE_IN.search(person.name) for person in people):
        return people
    placed: list[Person] = []
    pending: list[int] = []
    for person in people:
        start, end = person.span
        found = RE_IN.search(src, start, end)
        if found is None:
            pending.append(len(placed))
            placed.append(person)
            continue
        place = collapse(src[found.end() : end])
        placed.append(
            Person(name=collapse(src[start : found.start()]), span=(start, found.start()))
        )
        for index in [*pending, len(placed) - 1]:
            named = placed[index]
            placed[index] = Person(name=named.name, span=named.span, location=place)
        pending = []
    return placed


def _plain_name(name: str) -> bool:
    """True for a person's name, maybe with a suffix after a comma.

    >>> _plain_name("Ana Ruiz, Jr."), _plain_name("TOM HALE, III"), _plain_name("Ana, Oslo")
    (True, True, False)
    """
    suffix = RE_COMMA_SUFFIX.search(name)
    return RE_NAME.fullmatch(name, 0, suffix.start() if suffix else len(name)) is not None


def _keeps_dot(src: str, start: int, end: int) -> bool:
    """True when a final dot belongs to the name ("Ron Smith Jr.", "J.")."""
    word = src[start:end].split()[-1] if src[start:end].split() else ""
    return len(word) <= 3 or word in ("Jr.", "Sr.")


def is_title(segment: str) -> bool:
    """True when a byline segment is a title rather than names.

    >>> is_title("AP Business Writer"), is_title("Asia auto correspondent"), is_title("Ana Ruiz")
    (True, True, False)
    """
    words = segment.split()
    if not words:
        return False
    if RE_TITLE_NOUN.search(segment):
        return True
    return any(word[0].islower() and not RE_PARTICLE.fullmatch(word) for word in words)


def parse_byline(src: str, start: int, end: int, *, bare: bool = False) -> Byline | None:
    """Read a byline filling ``src[start:end]`` (one line or a header value).

    With ``bare``, a line without "By" is read as names of two to four
    words each and the outlet after them, or a title that names it ("Ana
    Ruiz, Reuters", "ANA RUIZ, AP Business Writer").

    >>> src = "By JOHN SMITH and ANA RUIZ, AP Business Writers"
    >>> byline = parse_byline(src, 0, len(src))
    >>> [(p.name, p.title) for p in byline.people]
    [('JOHN SMITH', 'AP Business Writers'), ('ANA RUIZ', 'AP Business Writers')]
    >>> parse_byline("By the time he came", 0, 19) is None
    True
    >>> parse_byline("By Ana Ruiz (Reuters)", 0, 21).affiliation
    'Reuters'
    >>> parse_byline("Ana Ruiz, Reuters", 0, 17, bare=True).affiliation
    'Reuters'
    >>> parse_byline("Ana Ruiz, Oslo", 0, 14, bare=True) is None
    True
    """
    by = RE_BY.match(src, start, end)
    if by is not None:
        opening = by.end()
    elif bare:
        opening = start
    else:
        return None
    stop = end
    while stop > opening and src[stop - 1] in " \t\u00a0=":
        stop -= 1
    body = src[opening:stop]
    if not body or body[-1] in "?!:" or len(body) > 120:
        return None
    title = affiliation = None
    vouched = False  # the outlet is one the parser knows, not a word after the names
    names_stop = stop
    if body[-1] == ")":
        # "By Ana Ruiz (Reuters)": the outlet in parentheses at the end.
        parenthesis = src.rfind("(", opening, stop)
        named = collapse(src[parenthesis + 1 : stop - 1]) if parenthesis > opening else ""
        if named and resolve_agency(named) is not None:
            affiliation = named
            vouched = True
            names_stop = parenthesis
    people: list[Person] = []
    for seg_start, seg_end, separator in _segments(src, opening, names_stop):
        segment = collapse(src[seg_start:seg_end])
        if resolve_agency(segment) is not None:
            affiliation = segment
            vouched = True
        elif _outlet(segment):
            # "By dpa correspondents": the outlet is "dpa".
            affiliation = RE_CORRESPONDENTS.sub("", segment)
            vouched = True
            if people and affiliation != segment and title is None:
                title = segment  # "By Ana Ruiz, Reuters Staff Writer": hers
        elif people and separator == "of" and masthead(segment):
            affiliation = affiliation or segment  # "By Ana Ruiz of the Kestervik Herald"
        elif people and is_title(segment):
            title = segment if title is None else f"{title}, {segment}"
        elif people and separator == "|" and _place_segment(segment):
            # "By Ana Ruiz | KESTERVIK": where the people filed from.
            people = [_placed(person, segment) for person in people]
        elif people and masthead(segment):
            affiliation = affiliation or segment  # "By Ana Ruiz, Los Angeles Times"
        elif people and _lone_word(segment):
            # A person has two names at least: one word after the names is
            # the outlet, however spelt ("Reuter", "REUTERS", a typo).
            affiliation = segment
        else:
            first = RE_TITLE_FIRST.match(src, seg_start, seg_end) if not people else None
            if first is not None:
                title = collapse(first.group("title"))
                affiliation = affiliation or first.group("outlet")
                vouched = True
                seg_start = first.end()
            last = (
                RE_TITLE_LAST.search(src, seg_start, seg_end)
                if _ends_in_job(src, seg_start, seg_end)
                else None
            )
            if last is not None and title is None:
                # "By ANA RUIZ AP Business Writer": the title and its outlet.
                title = collapse(last.group("title"))
                affiliation = affiliation or last.group("outlet")
                vouched = True
                seg_end = last.start()
                while seg_end > seg_start and src[seg_end - 1] in " \t\u00a0":
                    seg_end -= 1
            trailing = _trailing_outlet(src, seg_start, seg_end)
            if trailing is not None:
                # "By MIRA HOLT Associated Press": a web page's two lines run together.
                affiliation = affiliation or collapse(src[trailing:seg_end])
                vouched = True
                seg_end = trailing
                while seg_end > seg_start and src[seg_end - 1] in " \t\u00a0":
                    seg_end -= 1
            names = _with_places(src, split_names(src, seg_start, seg_end))
            if not names or not all(_plain_name(p.name) for p in names):
                return None
            people.extend(names)
    if not people and affiliation is None:
        return None
    if title is not None:
        people = [
            Person(name=p.name, span=p.span, title=title, location=p.location) for p in people
        ]
        if affiliation is None:
            # "AP Business Writer", "Associated Press Writers" name the outlet.
            outlet = RE_TITLE_OUTLET.match(title)
            affiliation = outlet.group("outlet") if outlet else None
            vouched = outlet is not None
    if by is None and (
        not _bare_names(people, vouched) or (title is not None and not title_line(title))
    ):
        return None  # without "By", only a title such as "AP Business Writer"
    return Byline(
        people=tuple(people),
        affiliation=affiliation,
        text=collapse(src[start:stop]),
        span=(start, stop),
    )


def byline_below(src: str, byline: Byline, start: int, end: int) -> Byline | None:
    """``byline`` completed by the line ``src[start:end]`` below it, or None.

    The line names the outlet ("Associated Press", "Reuters") or gives the
    people's title ("AP Business Writer", "Staff Writer"), as the same
    segment would after a comma.

    >>> src = "By DAN FOX\\nAP Business Writer"
    >>> byline = byline_below(src, parse_byline(src, 0, 10), 11, len(src))
    >>> [(p.name, p.title) for p in byline.people], byline.affiliation, byline.span
    ([('DAN FOX', 'AP Business Writer')], 'AP', (0, 29))
    >>> byline_below("By Ana Ruiz\\nThe mill shut.", parse_byline("By Ana Ruiz", 0, 11), 12, 26)
    >>> src = "By Ana Ruiz\\nFor The Associated Press"
    >>> byline_below(src, parse_byline(src, 0, 11), 12, len(src)).affiliation
    'The Associated Press'
    """
    stop = end
    while stop > start and src[stop - 1] in " \t\u00a0=":
        stop -= 1
    text = collapse(src[start:stop])
    people = byline.people
    affiliation = byline.affiliation
    # "For The Associated Press": a writer who is not the outlet's own.
    named = text[4:] if text[:4].casefold() == "for " else text
    if resolve_agency(named) is not None or (people and masthead(named)):
        affiliation = affiliation or named
    elif people and title_line(text) and all(p.title is None for p in people):
        people = tuple(
            Person(name=p.name, span=p.span, title=text, location=p.location) for p in people
        )
        if affiliation is None:
            outlet = RE_TITLE_OUTLET.match(text)
            affiliation = outlet.group("outlet") if outlet else None
    else:
        return None
    return Byline(
        people=people,
        affiliation=affiliation,
        text=collapse(src[byline.span[0] : stop]),
        span=(byline.span[0], stop),
    )


def title_line(text: str) -> bool:
    """True for a line that can only be a title: a few capitalised words and a job noun.

    >>> title_line("Associated Press Writer"), title_line("Senior staff writer")
    (True, True)
    >>> title_line("Writers gathered in Oslo."), title_line("Staff cuts loom at mill")
    (False, False)
    """
    words = text.split()
    return (
        0 < len(words) <= 6
        and text[0].isupper()
        and text[-1].isalpha()
        and RE_TITLE_NOUN.search(text) is not None
        and all(
            word[0].isupper() or RE_TITLE_WORD.fullmatch(word) or RE_TITLE_NOUN.fullmatch(word)
            for word in words
        )
    )


def _ends_in_job(src: str, start: int, end: int) -> bool:
    """True when the last word of ``src[start:end]`` is a job noun ("Writer").

    >>> _ends_in_job("Ana Ruiz AP Writer", 0, 18), _ends_in_job("Ana Ruiz", 0, 8)
    (True, False)
    """
    space = max(src.rfind(" ", start, end), src.rfind("\t", start, end))
    return space >= 0 and src[space + 1 : end].casefold() in _TITLE_LAST_WORDS


def _trailing_outlet(src: str, start: int, end: int) -> int | None:
    """Where an outlet after the names of ``src[start:end]`` starts, with nothing between.

    The outlet is the longest run of the last words (up to four, "The"
    included) that the registry knows and no name ends with.

    >>> src = "ANA RUIZ The Associated Press"
    >>> src[_trailing_outlet(src, 0, len(src)) :]
    'The Associated Press'
    >>> _trailing_outlet("Ana Ruiz AP", 0, 11) is None
    True
    """
    last = src[start:end].rsplit(None, 1)
    if not last or last[-1].casefold() not in TAG_LAST_WORDS:
        return None  # tested first: nearly no byline ends in an outlet
    words = [word.start() for word in RE_WORD.finditer(src, start, end)]
    for count in range(min(4, len(words) - 1), 0, -1):
        at = words[-count]
        tail = collapse(src[at:end])
        outlet = tail[4:] if tail[:4].casefold() == "the " else tail
        if _plain_outlet(outlet) and resolve_agency(outlet) is not None:
            return at
    return None


def _plain_outlet(tag: str) -> bool:
    """True for an outlet no name ends with: two words or more, or a word of five letters.

    >>> _plain_outlet("Associated Press"), _plain_outlet("Reuters"), _plain_outlet("AP")
    (True, True, False)
    """
    return " " in tag.strip() or len(tag) >= 5


def _outlet(segment: str) -> bool:
    """True for "The Associated Press", "dpa correspondents" and the like."""
    match = RE_OUTLET.fullmatch(segment)
    return match is not None and resolve_agency(match.group("outlet")) is not None


def _lone_word(segment: str) -> bool:
    return bool(segment) and " " not in segment and segment[0].isupper()


def _segments(src: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Split at separators that are followed by a title or an affiliation.

    A comma may stand before either; web pages also write " | Reuters",
    " / Reuters", " - Reuters", "for Reuters", "of Reuters" and
    " | KESTERVIK" (the place).  Each segment comes with the separator
    before it ("" for the first).

    >>> src = "By Ana Ruiz and Tom Hale, Staff Writers | Reuters"
    >>> [(src[a:b], cut) for a, b, cut in _segments(src, 3, len(src))]
    [('Ana Ruiz and Tom Hale', ''), ('Staff Writers', ','), ('Reuters', '|')]
    """
    cuts = [(start, start, "")]
    found = list(RE_SEGMENT_CUT.finditer(src, start, end))
    if any(cut.group("separator") == "of" for cut in found):
        # "of" inside a title ("Professor of History") cuts nothing: only
        # one before the outlet at the end does ("Ana Ruiz of Reuters").
        found = [
            cut
            for cut in found
            if cut.group("separator") != "of" or _names_outlet(collapse(src[cut.end() : end]))
        ]
    for number, cut in enumerate(found):
        last = number + 1 == len(found)
        rest = collapse(src[cut.end() : end if last else found[number + 1].start()])
        separator = cut.group("separator").strip(" \t\u00a0")
        if (
            _names_outlet(rest)
            or (separator not in ("for", "of", "/") and is_title(rest))
            or (
                separator == ","
                and last
                and _lone_word(rest)
                and not RE_NAME_SUFFIX.fullmatch(rest)  # "Ana Ruiz, Jr.": hers
            )
            or (separator == "|" and _place_segment(rest))
        ):
            cuts.append((*cut.span(), separator))
    bounds = []
    for i, (_, seg_start, separator) in enumerate(cuts):
        seg_end = cuts[i + 1][0] if i + 1 < len(cuts) else end
        while seg_start < seg_end and src[seg_start] in " \t\u00a0":
            seg_start += 1
        while seg_end > seg_start and src[seg_end - 1] in " \t\u00a0":
            seg_end -= 1
        if seg_end > seg_start:
            bounds.append((seg_start, seg_end, separator))
    return bounds


def _names_outlet(segment: str) -> bool:
    """True for an agency, an outlet's staff or a newspaper's name.

    >>> _names_outlet("The Associated Press"), _names_outlet("the Kestervik Herald")
    (True, True)
    >>> _names_outlet("History at Kestervik University")
    False
    """
    return resolve_agency(segment) is not None or _outlet(segment) or masthead(segment)


def _place_segment(segment: str) -> bool:
    """True for a place after a byline's bar: "KESTERVIK", "NEW YORK/OSLO", "Oslo".

    Web pages write it in capitals; a place in title case must be one the
    gazetteer knows.

    >>> _place_segment("SAO PAULO"), _place_segment("Oslo"), _place_segment("AP")
    (True, True, False)
    """
    if (
        len(segment.split()) > 4
        or RE_PLACE_SEGMENT.fullmatch(segment) is None
        or resolve_agency(segment) is not None
    ):
        return False
    return segment.isupper() or resolve_place(segment).place is not None


def _placed(person: Person, place: str) -> Person:
    """``person`` at ``place``, unless the byline already gave them one."""
    return person if person.location is not None else attrs.evolve(person, location=place)


def bare_candidate(src: str, start: int, end: int) -> bool:
    """True for a line that may be a byline without "By": a capital, then a cut.

    >>> bare_candidate("Ana Ruiz, Reuters", 0, 17), bare_candidate("Ana Ruiz", 0, 8)
    (True, False)
    """
    return (
        end - start <= 120
        and src[start : start + 1].isupper()
        and RE_SEGMENT_CUT.search(src, start, end) is not None
    )


def _bare_names(people: list[Person], named_outlet: bool) -> bool:
    """True when the people of a byline without "By" can only be people.

    Each has two to four words, and an outlet the parser knows follows
    them: a word after the names may be anything.
    """
    return (
        bool(people)
        and named_outlet
        and all(2 <= len(person.name.split()) <= 4 for person in people)
    )


def names_a_place(byline: Byline) -> bool:
    """True when one of a byline's people is a place the gazetteer knows ("New York").

    >>> names_a_place(parse_byline("New York, Reuters", 0, 17, bare=True))
    True
    """
    return any(resolve_place(person.name).place is not None for person in byline.people)
