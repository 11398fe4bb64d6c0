"""Credit lines: ``(Reporting by A in Paris and B; Editing by C)``.

Grammar::

    credit-line = "(" role-part *(sep role-part) ")"   ; ")" may be missing
    sep         = ";" / "," / "."                       ; before a role phrase
    role-part   = role-phrase names-with-places
    role-phrase = ["with"] ["additional"] role ["and" role] "by"
                / "edited by" / "editor by" / "additional reporting"
                / "graphic by" / "video by"
    names-with-places = name *(("," / "and" / "&" / "/") name) with "in PLACE"
                        after any name

``in PLACE`` is shared by every name since the last place: in "A and B in
Islamabad" both are in Islamabad, in "A in Paris and B in Rome" each has
its own.  A place keeps a following comma part that is a single word or a
region ("Washington, D.C.", "Hasaka, Syria").  A newsroom ("Oslo
newsroom") is credited without a place.
"""

from __future__ import annotations

import attrs
import regex

from wirecopy._lines import PADDING_ALLOWANCE, collapse, fits
from wirecopy._pattern import lazy
from wirecopy._places import is_region
from wirecopy.model import Credit, Person

_ROLE = (
    r"(?:reporting|writing|editing|compiled|compiling|contributing|research"
    r"|translation|graphics|production|photography)"
)

RE_ROLE = lazy(
    rf"""
    \b(?:with\s+)?                                 # "With additional reporting"
    (?P<phrase>
        (?:additional\s+)?{_ROLE}                    # "additional reporting"
        (?:\s+and\s+(?:additional\s+)?{_ROLE})?      # "and writing"
        (?:\s+by\b)?                                 # "by", sometimes missing
      | (?:edited|editor|written|compiled|reported|produced)\s+by\b
      | (?:graphic|video)\s+by\b                 # by needed: "(Graphic: ...)" is a note
    )
    [\s:]*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A credit line: an opening parenthesis and a role phrase.
RE_CREDIT_START = lazy(
    rf"""
    \([ \t]*(?:with[ \t]+)?                             # "(", "(With"
    (?:
        (?:additional[ \t]+)?{_ROLE}\b                  # "Additional reporting"
        (?:[ \t]+and[ \t]+\w+)?(?:[ \t]+by)?            # "and writing by"
      | (?:edited|editor|written|compiled|graphic|video)[ \t]+by  # "Edited by"
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A credit line without parentheses ("Reporting by Ana Ruiz; Editing by
# Tom Hale"), as web pages print it: a role phrase and a capitalised name.
RE_BARE_CREDIT_START = lazy(
    rf"""
    (?i:
        (?:additional[ \t]+)?{_ROLE}(?:[ \t]+and[ \t]+(?:additional[ \t]+)?{_ROLE})?
      | edited|written|compiled|graphic|video
    )
    [ \t]+(?i:by)[ \t]+\p{{Lu}}
    """,
    regex.VERBOSE,
)

# The longest credit line: the longest in the corpus has under 300
# characters; one crediting a dozen reporters with their places would run
# to about 700.  A longer span that opens like one (a credit line left
# unclosed over the rest of a feed) stays text, rather than a credit of
# thousands of "people" that costs ten times what the same text costs as
# a paragraph.
MAX_CREDIT = 1200

_ROLE_NAMES = {
    "edited": "editing",
    "editor": "editing",
    "written": "writing",
    "compiling": "compiled",
    "reported": "reporting",
    "produced": "production",
}

# A piece with no letter is no name: "+47 555 0100".
RE_LETTER = lazy(r"\p{L}")

RE_NEWSROOM = lazy(r"(?i)\b(?:newsroom|bureau|desk|staff)\b")

# " for " and " in " between words; (?<!\s) starts the search only where a
# run of white space starts, so that a long run is scanned once.
RE_FOR = lazy(r"(?<!\s)\s++for\s+")

# A piece's first word and the white space after it, before a capital.
RE_HEAD_WORD = lazy(r"(\S++)\s++(?=\p{Lu})")

# One name: capitalised words, with particles ("Harro ten Wolde",
# "Ana de la Cruz"), also joined to the next word ("Ahmed al-Rashid", "Luc
# d'Arvieu"), initials ("A.Ananthalakshmi", "J. R. Smith") and hyphens
# ("Chang-Ran Kim").
_JOINED_PARTICLE = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ed|ez|ud|ul)-|[dl]['’])"
_NAME_WORD = rf"{_JOINED_PARTICLE}?\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|du|la|le|ten|ter|bin|al|el|dos|das|y)"
RE_NAME = lazy(
    rf"""
    {_NAME_WORD}                                      # first word
    (?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_NAME_WORD}){{0,5}}  # more words
    """,
    regex.VERBOSE,
)

# Where a person's place starts: "in Oslo", "at the United Nations", "from
# Lima" (an article before the place is no part of it).
RE_IN = lazy(r"(?<!\s)\s++(?:in|at|from)\s++(?:the\s++)?(?=\p{Lu})")


class _Words:
    """The small words between a credit's names: lower case, or upper in a credit in capitals."""

    def __init__(self, caps: bool) -> None:
        self.separator = RE_SEPARATOR_CAPS if caps else RE_SEPARATOR
        self.for_ = RE_FOR_CAPS if caps else RE_FOR
        self.in_ = RE_IN_CAPS if caps else RE_IN
        self.literals = ("FOR", "IN", "AT", "FROM") if caps else ("for", "in", "at", "from")


# "(REPORTING BY ANA RUIZ IN OSLO AND TOM HALE FOR THE DESK)": the same in capitals.
RE_FOR_CAPS = lazy(r"(?<!\s)\s++FOR\s+")
RE_IN_CAPS = lazy(r"(?<!\s)\s++(?:IN|AT|FROM)\s++(?:THE\s++)?(?=\p{Lu})")


def roles_of(phrase: str) -> list[str]:
    """The normalised roles a role phrase names.

    >>> roles_of("Additional reporting and writing by")
    ['additional reporting', 'writing']
    >>> roles_of("Editor by"), roles_of("With additional reporting")
    (['editing'], ['additional reporting'])
    """
    words = phrase.casefold().split()
    if words and words[0] == "with":
        words = words[1:]
    if words and words[-1] == "by":
        words = words[:-1]
    roles = []
    for part in " ".join(words).split(" and "):
        part = part.strip()
        if part:
            roles.append(_ROLE_NAMES.get(part, part))
    return roles


def is_credit(src: str, start: int, end: int) -> bool:
    """True when ``src[start:end]`` is a parenthesised credit line.

    A span longer than :data:`MAX_CREDIT` characters is no credit line.

    >>> is_credit("(Editing by Tom Hale)", 0, 21), is_credit("(Adds quote)", 0, 12)
    (True, False)
    """
    # Most spans asked are plain paragraphs: the "(" test spares them a
    # pattern call (about 2 us of a parse's 15 is_credit calls).
    return (
        src.startswith("(", start, end)
        and end - start <= PADDING_ALLOWANCE * MAX_CREDIT
        and RE_CREDIT_START.match(src, start, end) is not None
        and fits(src, start, end, MAX_CREDIT)
    )


def parse_credits(src: str, start: int, end: int) -> list[Credit]:
    """The credits of a credit line ``src[start:end]``, one per role.

    >>> src = "(Reporting by Ana Ruiz in Lima and Tom Hale; Editing by Ines Kohl)"
    >>> credits = parse_credits(src, 0, len(src))
    >>> [(c.role, [(p.name, p.location) for p in c.people]) for c in credits]
    [('reporting', [('Ana Ruiz', 'Lima'), ('Tom Hale', None)]), ('editing', [('Ines Kohl', None)])]
    """
    inner_start = start + 1 if src.startswith("(", start) else start
    inner_end = end
    while inner_end > inner_start and src[inner_end - 1] in " \t\r\n.)":
        if src[inner_end - 1] == "." and _keeps_dot(src[inner_start:inner_end]):
            break
        inner_end -= 1
    roles = list(RE_ROLE.finditer(src, inner_start, inner_end))
    credits: list[Credit] = []
    for i, role in enumerate(roles):
        names_end = roles[i + 1].start() if i + 1 < len(roles) else inner_end
        names_end = _trim_separators(src, role.end(), names_end)
        people = _people(src, role.end(), names_end)
        part_start = role.start()
        part_end = max(names_end, role.end())
        while part_end > part_start and src[part_end - 1].isspace():
            part_end -= 1
        text = collapse(src[part_start:part_end])
        for name in roles_of(role.group("phrase")):
            credits.append(
                Credit(role=name, people=tuple(people), text=text, span=(part_start, part_end))
            )
    return credits


def _trim_separators(src: str, start: int, end: int) -> int:
    """Where the names before a separator end: "; ", ", ", ". " or a dash.

    >>> src = "Ana Ruiz - "
    >>> src[: _trim_separators(src, 0, len(src))]
    'Ana Ruiz'
    """
    while end > start and src[end - 1] in " \t\r\n;,.-\u2013\u2014":
        if src[end - 1] == "." and _keeps_dot(src[start:end]):
            break
        end -= 1
    return end


def _keeps_dot(text: str) -> bool:
    """True when a final dot belongs to the last word ("D.C.", "A.", "Mich.", "Jr.").

    An initial or initials keep it; a word in capitals does not ("HOLT.").

    >>> [_keeps_dot(t) for t in ("Ana Ruiz", "Washington, D.C.", "Ana J.", "ANA RUIZ.", "JR.")]
    [False, True, True, False, True]
    """
    words = text.split()
    word = words[-1] if words else ""
    return (
        (word[-2:-1].isupper() and (len(word) == 2 or "." in word[:-1]))
        or is_region(word)
        or word.casefold() in ("jr.", "sr.")
    )


#: The most comma parts a credit's place takes ("in Hasaka, Syria"): a
#: longer run of single words is a list of names, and the cap keeps the
#: place's text from being rebuilt once per comma.
MAX_PLACE_PARTS = 3


def _people(src: str, start: int, end: int) -> list[Person]:
    words = _CAPS_WORDS if src[start:end].isupper() else _WORDS
    for_, in_, at, from_ = words.literals
    pieces = _pieces(src, start, end, words.separator)
    people: list[Person] = []
    pending: list[int] = []
    # Who is where, so that "in Austin, Texas" updates only the people
    # placed in Austin, not the whole list (which made long lines quadratic).
    located: dict[str, list[int]] = {}
    last_place_index = -1
    place_parts = 0
    for piece_start, piece_end in pieces:
        if src.find("@", piece_start, piece_end) >= 0 or not RE_LETTER.search(
            src, piece_start, piece_end
        ):
            continue  # an e-mail address or a telephone number after the names is no person
        # "Ida Brun for the Oslo desk": what the person did it for is no name.
        # Most pieces are a bare name: str.find() tells that quicker than the patterns.
        for_at = (
            words.for_.search(src, piece_start, piece_end)
            if src.find(for_, piece_start, piece_end) >= 0
            else None
        )
        if for_at is not None:
            piece_end = for_at.start()
        if last_place_index >= 0 and last_place_index == len(people) - 1 and not pending:
            # "in Washington, D.C. Ana Ruiz in Oslo": the comma after the
            # region is missing; the region ends the place before.
            head = RE_HEAD_WORD.match(src, piece_start, piece_end)
            if head is not None and is_region(head.group(1)):
                _extend_place(people, located, last_place_index, head.group(1))
                place_parts += 1
                piece_start = head.end()
        place_at = (
            words.in_.search(src, piece_start, piece_end)
            if src.find(in_, piece_start, piece_end) >= 0
            or src.find(at, piece_start, piece_end) >= 0
            or src.find(from_, piece_start, piece_end) >= 0
            else None
        )
        if place_at is None:
            text = collapse(src[piece_start:piece_end])
            if (
                last_place_index >= 0
                and last_place_index == len(people) - 1
                and not pending
                and place_parts < MAX_PLACE_PARTS
                and (is_region(text) or " " not in text)
            ):
                # "in Austin, Texas": the comma part belongs to the place.
                _extend_place(people, located, last_place_index, text)
                place_parts += 1
                continue
            people.append(Person(name=text, span=(piece_start, piece_end)))
            if not _is_newsroom(text):
                pending.append(len(people) - 1)
            continue
        name_end = place_at.start()
        name = collapse(src[piece_start:name_end])
        place = collapse(src[place_at.end() : piece_end])
        if name:
            people.append(Person(name=name, span=(piece_start, name_end)))
            pending.append(len(people) - 1)
        for index in pending:
            person = people[index]
            people[index] = Person(name=person.name, span=person.span, location=place)
        located.setdefault(place, []).extend(pending)
        pending = []
        last_place_index = len(people) - 1
        place_parts = 1
    return people


def _extend_place(
    people: list[Person], located: dict[str, list[int]], index: int, text: str
) -> None:
    """Add a comma part to the place of ``people[index]`` and of all placed there."""
    place = people[index].location
    if place is None:
        return
    extended = f"{place}, {text}"
    moved = located.pop(place, [])
    for at in moved:
        person = people[at]
        people[at] = Person(name=person.name, span=person.span, location=extended)
    located.setdefault(extended, []).extend(moved)


def _is_newsroom(name: str) -> bool:
    return RE_NEWSROOM.search(name) is not None


# Between two names of a credit: a comma, a semicolon, "and", "&" or "/".
# The white space around it is trimmed from the pieces instead: a pattern
# that also took the spaces would be tried, and fail, at every position of
# a long run of them (about 0.2 us a position, against a fast scan for
# these characters).  A "by" after it repeats the role phrase's ("Reporting
# by A in Oslo and by B in Bergen") and is no part of the next name; the
# spaces before it are tried only after a separator.
RE_SEPARATOR = lazy(r"(?:[,;&/]|\band\b)(?:\s++by\b)?")
RE_SEPARATOR_CAPS = lazy(r"(?:[,;&/]|\bAND\b)(?:\s++BY\b)?")

_WORDS = _Words(caps=False)
_CAPS_WORDS = _Words(caps=True)


def _pieces(
    src: str, start: int, end: int, separator: regex.Pattern[str] = RE_SEPARATOR
) -> list[tuple[int, int]]:
    """Split a names list at commas, "and", "&" and "/" (with any "by" after), each piece trimmed.

    >>> src = "Ana Ruiz ,  Tom Hale and Ida Brun"
    >>> [src[a:b] for a, b in _pieces(src, 0, len(src))]
    ['Ana Ruiz', 'Tom Hale', 'Ida Brun']
    >>> src = "Ana Ruiz and by Tom Hale"
    >>> [src[a:b] for a, b in _pieces(src, 0, len(src))]
    ['Ana Ruiz', 'Tom Hale']
    """
    pieces = []
    pos = start
    for sep in separator.finditer(src, start, end):
        pieces.append(_trim(src, pos, sep.start()))
        pos = sep.end()
    pieces.append(_trim(src, pos, end))
    return [(a, b) for a, b in pieces if b > a]


def _trim(src: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved past the white space at both ends of ``src[start:end]``."""
    text = src[start:end]
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    return start, start + len(stripped.rstrip())


# A character of names or a place inside a credit sentence: a full stop only
# after an initial or an abbreviation ("J.R. Tolkvist", "Sven Aberg Jr.",
# "St. Louis", "Washington, D.C."), where it ends no sentence.
_ABBREVIATION = r"(?<!\p{L})(?:Jr|Sr|St|Ste|Mt|Ft)"
_SENTENCE_TEXT = rf"(?:[^.;]|(?<=(?<!\p{{L}})\p{{Lu}}|{_ABBREVIATION})\.)"

# The white space between two words of a credit sentence: a run of spaces
# ("to  this"), or a line break with the next line's indent, as a sentence
# wrapped with the paragraph runs over lines ("contributed to this\nreport.").
# Bounded and possessive: a long run of spaces is read once, not retried.
_GAP = r"(?:[ \t\u00a0]{1,8}+(?:\r?\n[ \t]{0,8}+)?|\r?\n[ \t]{0,8}+)"

# A word of a reporter's name in a credit sentence: taken whole and at most
# 40 letters long, so that a long run of letters and dots ("A.A.A. ...") is
# read once, not given back a character at a time.
_REPORTER_WORD = rf"{_JOINED_PARTICLE}?\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,40}}+"

# The end of a credit sentence: its full stop (not that of "St." or of the
# "D." of "D.C."), or the paragraph's end, where AP copy sometimes drops it.
_SENTENCE_END = rf"(?:(?<!{_ABBREVIATION})\.(?!\p{{L}})|(?=\s*+\Z))\s*+"

# A closing sentence that credits people: "Ida Brun reported from Oslo.",
# "AP writers A in X and B in Y contributed to this report.", "Staff
# contributor A in X helped with this story."
RE_SENTENCE_CREDIT = lazy(
    rf"""
    (?:
        (?P<reporter>{_REPORTER_WORD}(?:{_GAP}(?:{_PARTICLE}{_GAP})*{_REPORTER_WORD}){{0,3}})
                                                          # "Ida Brun"
        {_GAP}reported{_GAP}from{_GAP}
        (?P<from>[\p{{Lu}}]{_SENTENCE_TEXT}{{0,60}}?)           # "Oslo"
      |
        (?:(?:The{_GAP})?\p{{Lu}}\p{{L}}*(?:{_GAP}\p{{Lu}}\p{{L}}*){{0,2}}{_GAP})?
                                                          # "Associated Press "
        (?i:writers?|reporters?|correspondents?|contributors?|photographers?|researchers?){_GAP}
        (?P<names>[\p{{Lu}}]{_SENTENCE_TEXT}{{0,300}}?)         # "A in X, B in Y and C"
        {_GAP}(?:contributed(?:{_GAP}to{_GAP}this{_GAP}(?:report|story))?
                                                          # "contributed", "... to this report"
           |helped{_GAP}with{_GAP}this{_GAP}(?:report|story))
        (?:{_GAP}from{_GAP}(?P<place>[\p{{Lu}}]{_SENTENCE_TEXT}{{0,60}}?))?  # "from Oslo"
    )
    {_SENTENCE_END}
    """,
    regex.VERBOSE,
)

# Without "writer" only "contributed to this report" says that a sentence
# credits ("Reuters contributed to this report."), and the caller checks
# that each source reads as a name.  Tried only where the verb stands: a
# search for its end from every word of a paragraph costs about 100 us.
RE_SOURCES_CREDIT = lazy(
    rf"""
    (?:The{_GAP})?                                        # "The Associated Press"
    (?P<sources>[\p{{Lu}}]{_SENTENCE_TEXT}{{0,200}}?)           # "Reuters", "Ana Ruiz in Oslo"
    {_GAP}contributed{_GAP}to{_GAP}this{_GAP}(?:report|story)
    {_SENTENCE_END}
    """,
    regex.VERBOSE,
)

# Xinhua's closing line naming the story's editor: "Editor: Chen Lu".
RE_EDITOR_LINE = lazy(r"(?i:editors?)[ \t]*:[ \t]*(?P<names>\p{Lu}[^.;:\n]{0,100}?)\.?[ \t]*")


# Bloomberg's closing credit lines: "--With assistance from A in Oslo." and
# "--Editors: B, C".
RE_DASHED_CREDIT = lazy(
    r"""
    -{1,2}[ \t]*
    (?:(?P<assistance>(?i:with[ \t]+assistance[ \t]+(?:from|by)))
      | (?P<editors>(?i:editors?))[ \t]*:)
    [ \t]*(?=\p{Lu})
    """,
    regex.VERBOSE,
)

# The longest such line.
MAX_DASHED_CREDIT = 400


def _named_people(src: str, start: int, end: int, *, articles: bool = False) -> list[Person] | None:
    """The people ``src[start:end]`` credits, or None unless each reads as a name.

    With ``articles``, a name's leading "the" is no part of it ("Reuters
    and the Associated Press").

    >>> [p.name for p in _named_people("Ana Ruiz and Tom Hale", 0, 21)]
    ['Ana Ruiz', 'Tom Hale']
    >>> _named_people("the night desk", 0, 14, articles=True) is None
    True
    >>> [p.name for p in _named_people("Reuters and the Kestervik Herald", 0, 32, articles=True)]
    ['Reuters', 'Kestervik Herald']
    """
    people = _people(src, start, end)
    if articles:
        people = [
            _without_article(src, person) if person.name[:4] in ("the ", "The ") else person
            for person in people
        ]
    if not people or not all(RE_NAME.fullmatch(person.name) for person in people):
        return None
    return people


def _without_article(src: str, person: Person) -> Person:
    """``person`` without the "the" that opens the name, its span moved past it.

    >>> src = "the\\n  Kestervik Herald"
    >>> _without_article(src, Person(name="the Kestervik Herald", span=(0, len(src))))
    Person(name='Kestervik Herald', span=(6, 22), title=None, location=None)
    """
    start = person.span[0] + 3
    while src[start].isspace():
        start += 1
    return attrs.evolve(person, name=person.name[4:], span=(start, person.span[1]))


def parse_dashed_credit(src: str, start: int, end: int) -> Credit | None:
    """The credit of a line "--With assistance from ..." or "--Editors: ...", else None.

    Every person it names must read as a name.

    >>> src = "--With assistance from Ana Ruiz in Lima and Tom Hale."
    >>> credit = parse_dashed_credit(src, 0, len(src))
    >>> credit.role, [(p.name, p.location) for p in credit.people]
    ('additional reporting', [('Ana Ruiz', 'Lima'), ('Tom Hale', None)])
    >>> credit.text
    'With assistance from Ana Ruiz in Lima and Tom Hale.'
    >>> parse_dashed_credit("--Editors: Ola Berg, Mia Holt", 0, 29).role
    'editing'
    """
    if not fits(src, start, end, MAX_DASHED_CREDIT):
        return None
    match = RE_DASHED_CREDIT.match(src, start, end)
    if match is None:
        return None
    people = _named_people(src, match.end(), _trim_separators(src, match.end(), end))
    if people is None:
        return None
    role = "additional reporting" if match.group("assistance") else "editing"
    text_start = match.start("assistance") if match.group("assistance") else match.start("editors")
    return Credit(
        role=role,
        people=tuple(people),
        text=collapse(src[text_start:end]),
        span=(text_start, end),
    )


def _closed(place: str) -> str:
    """A place whose last initial lent its full stop to the sentence, given it back.

    >>> _closed("Washington, D.C"), _closed("Oslo")
    ('Washington, D.C.', 'Oslo')
    """
    return place + "." if place[-2:-1] == "." and place[-1:].isupper() else place


def parse_sentence_credits(src: str, start: int, end: int) -> list[Credit] | None:
    """The credits of a paragraph made only of credit sentences, else None.

    >>> src = "Ida Brun reported from Oslo. AP writers Ana Ruiz and Tom Hale contributed."
    >>> src = src[:-1] + " to this report."
    >>> credits = parse_sentence_credits(src, 0, len(src))
    >>> for credit in credits:
    ...     print(credit.role, [(p.name, p.location) for p in credit.people])
    reporting [('Ida Brun', 'Oslo')]
    contributing [('Ana Ruiz', None), ('Tom Hale', None)]
    >>> parse_sentence_credits("Snow fell on Oslo.", 0, 18) is None
    True
    >>> src = "The Associated Press contributed to this report."
    >>> [(c.role, c.people[0].name) for c in parse_sentence_credits(src, 0, len(src))]
    [('contributing', 'Associated Press')]
    >>> src = "Heavy rain contributed to this report."
    >>> parse_sentence_credits(src, 0, len(src)) is None
    True
    >>> [(c.role, c.people[0].name) for c in parse_sentence_credits("Editor: Chen Lu", 0, 15)]
    [('editing', 'Chen Lu')]
    """
    editor = RE_EDITOR_LINE.fullmatch(src, start, end)
    if editor is not None:
        people = _named_people(src, *editor.span("names"))
        if people is None:
            return None
        span = _trim(src, start, end)
        text = collapse(src[span[0] : span[1]])
        return [Credit(role="editing", people=tuple(people), text=text, span=span)]
    credits: list[Credit] = []
    pos = start
    while pos < end:
        match = RE_SENTENCE_CREDIT.match(src, pos, end)
        sources = None
        if match is None:
            if src.find("contributed", pos, end) < 0:
                return None
            match = RE_SOURCES_CREDIT.match(src, pos, end)
            if match is None:
                return None
            sources = match.span("sources")
        text_end = match.end()
        while text_end > match.start() and src[text_end - 1].isspace():
            text_end -= 1
        span = (match.start(), text_end)
        text = collapse(src[span[0] : span[1]])
        if sources is not None:
            # "Reuters contributed to this report.": with no "writer" before
            # them, the sources must read as names ("Heavy rain" does not).
            named = _named_people(src, *sources, articles=True)
            if named is None:
                return None
            credits.append(Credit(role="contributing", people=tuple(named), text=text, span=span))
        elif match.group("reporter"):
            name = Person(
                name=collapse(match.group("reporter")),
                span=match.span("reporter"),
                location=_closed(collapse(match.group("from"))),
            )
            credits.append(Credit(role="reporting", people=(name,), text=text, span=span))
        else:
            people = _people(src, *match.span("names"))
            place = match.group("place")
            if place:
                people = [
                    person
                    if person.location
                    else attrs.evolve(person, location=_closed(collapse(place)))
                    for person in people
                ]
            credits.append(Credit(role="contributing", people=tuple(people), text=text, span=span))
        pos = match.end()
    return credits or None
