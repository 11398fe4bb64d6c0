"""Datelines: ``CITY, Region, Mon D, YYYY (AGENCY) -`` in all their forms.

Grammar (each part optional unless said)::

    dateline  = [place] [date] [tag] [separator]
    place     = city [enclosed] *("," part)  ; part: a region, a country or a date
    enclosed  = "[" part "]" / "(" part ")"   ; "New Delhi [India]", "Mossoul (Irak) (AFP)"
    city      = caps-words / mixed-words  ; "NEW YORK", "Nice", "WASHINGTON/NEW YORK"
    date      = month day ["," year] / day month [year]
    tag       = "(" agency ")" / "AAP" / ". /" agency "/." / "--(" agency ")" [sep date]
              / "(" words ")" separator             ; an agency not in the registry
    separator = "-" / "--" / "—" / "–" / "_" / ".-"    ; and the figure dash, bar, minus

How much evidence is needed depends on what the dateline writes.  A tag
or a separator is enough on its own; a date needs an upper-case city
(``ISLAMABAD Jan 12``); a bare upper-case city (``TUNIS Dozens of ...``) is
taken only when the text after it starts like a sentence, or, when the
gazetteer knows the city and it has several words, with any word after it
(``NEW YORK police said ...``).  Mixed-case
cities (``Paris``) need a tag or separator, since a sentence can start
with a capitalised word.
"""

from __future__ import annotations

import datetime as dt

import regex

from wirecopy._agencies import BARE_TAG_PATTERN, TAG_PATTERN, resolve_agency
from wirecopy._dates import MONTH_NAMES, MONTH_PATTERN, check_date, month_number, resolve_date
from wirecopy._notes import _STORY_TYPES
from wirecopy._pattern import lazy
from wirecopy._places import (
    is_country,
    is_place_phrase,
    is_region,
    may_open_qualifier,
    resolve_place,
)
from wirecopy.model import Dateline, Diagnostic, Place

# One word of a place name.  Upper case: "NEW", "ST.", "D'ITALIA",
# "WINSTON-SALEM", "LAHORE/ISLAMABAD", two letters at least and no inner
# dots, so that "A" and "U.S." at the start of a lead are not taken.
# Mixed case: "Nice", "La", "Unión".  A word joined by "&" is a company's
# ("AT&T", "PG&E"), never a place's.
_CAPS_WORD = (
    r"\p{Lu}[\p{Lu}\p{M}'’\-]*\p{Lu}\.?(?:/\p{Lu}[\p{Lu}\p{M}'’\-]*\p{Lu}\.?)*(?![\p{L}\p{M}\d&])"
)
# A hyphen may join words ("Winston-Salem"), but "--" is a separator.
_TITLE_PIECE = r"[\p{Lu}][\p{L}\p{M}'’.]*+(?:-(?!-)[\p{L}\p{M}'’.]*+)*+"
_TITLE_WORD = rf"{_TITLE_PIECE}(?:/{_TITLE_PIECE})*(?![\p{{L}}\p{{M}}\d])"
_PARTICLE = r"(?:de|del|la|le|el|da|do|dos|das|di|du|des|al|am|an|of|upon|sur|en|es|and|the)"
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
# A lower-case particle joined to the next word: "Cote d'Ivoire", "Sharm
# el-Sheikh", "Deir ez-Zor".
_JOINED = r"(?:[dl]['’]|(?:al|el|ad|an|ar|as|ash|at|az|ez)-)"
# The space between two words of a place: copy with odd spacing has a run
# of spaces or a tab there ("NEW  YORK").
_WORD_GAP = r"[ \t\u00a0]{1,4}+"
# What stands between two capitalised words of a place: a space and up to
# two particles ("Saint Vincent and the Grenadines").
_BETWEEN = rf"{_WORD_GAP}(?:{_PARTICLE}{_WORD_GAP}){{0,2}}{_JOINED}?"
# A month and a day are the date, not the place's last word ("PARIS JAN 7").
_NO_DATE = rf"(?!(?i:{MONTH_PATTERN})\.?[ \t\u00a0]+\d)"

RE_CAPS_CITY = lazy(
    rf"""
    {_CAPS_WORD}              # first word, upper case
    (?:{_WORD_GAP}{_NO_DATE}{_CAPS_WORD}){{0,5}} # more upper-case words: "IN THE GULF OF MEXICO"
    """,
    regex.VERBOSE,
)

RE_TITLE_CITY = lazy(
    rf"""
    {_TITLE_WORD}                                  # a capitalised first word
    (?:{_BETWEEN}{_NO_DATE}{_TITLE_WORD}){{0,4}}   # more words, maybe a particle
    """,
    regex.VERBOSE,
)

# A comma and what follows it: a region, a country, or the date.
# The spaces a dateline's parts may stand apart by: white space and the
# zero-width and narrow spaces of copy taken from web pages.
_GAPS = " \t\u00a0\u202f\u205f\u2060\u3000\ufeff" + "".join(map(chr, range(0x2000, 0x200C)))
# The same as a pattern class.
_GAP = f"[{regex.escape(_GAPS)}]"

RE_COMMA = lazy(rf"{_GAP}*,{_GAP}*")

RE_PART = lazy(
    rf"""
    {_TITLE_WORD}                                  # "Calif.", "Kenya", "N.Y."
    (?:{_BETWEEN}{_TITLE_WORD}){{0,3}}             # "South Dakota", "Isle of Man"
    """,
    regex.VERBOSE,
)

RE_DATE = lazy(
    rf"""
    (?:
        (?P<month>(?i:{MONTH_PATTERN})\.?)  # "Jan", "Sept.", "DECEMBER"
        {_GAP}+(?P<day>\d{{1,2}})(?!\d)       # "12"
        (?i:st|nd|rd|th)?(?!\p{{L}})          # "3rd"
      |
        (?P<day2>\d{{1,2}})(?:\.|(?i:st|nd|rd|th|er))?{_GAP}+  # "10 août", "3. März", "1er mars"
        (?P<month2>\p{{L}}{{3,12}}\.?)
      |
        (?P<numeric>                                # in figures, before a tag or dash only
            (?P<year3>(?:19|20)\d\d)-(?P<month3>\d\d)-(?P<day3>\d\d)      # "2015-03-04"
          | (?P<day4>\d{{1,2}})\.(?P<month4>\d{{1,2}})\.(?P<year4>(?:19|20)\d\d)  # "4.3.2015"
        )(?![\d.\-])
    )
    (?:,?{_GAP}+(?P<year>(?:1[89]|20)\d\d)(?!\d))?  # ", 2014"
    """,
    regex.VERBOSE,
)

# The tag of an agency the registry does not know: one to four capitalised
# words ("Bernama", "Prensa Latina"), or one word in lower case, as German
# services write theirs ("epd", "dpa-AFX"); taken only before a separator
# and the start of a sentence.  A ticker ("KST.OL") is no tag.
_OTHER_TAG = (
    r"(?-i:\p{Lu}[\p{L}&'’\-]*(?:[ ][\p{Lu}&][\p{L}&'’\-]*){0,3}"
    r"|\p{Ll}[\p{L}&'’\-]{1,15})"
)

RE_TAG = lazy(
    rf"""
    (?:{_GAP}*,)?{_GAP}*\({_GAP}*(?P<tag>{TAG_PATTERN}){_GAP}*\)  # "(Reuters)", "( AP )", ", (AFP)"
    | {_GAP}+(?P<bare>{BARE_TAG_PATTERN})\b         # "SYDNEY, Dec 7 AAP -"
    | \.?{_GAP}+/(?P<tag>{TAG_PATTERN})/\.?          # TASS: "MOSCOW, May 3. /TASS/."
    | --\((?P<tag>{TAG_PATTERN})\)(?=--)                # "Calif.--(BUSINESS WIRE)--Oct. 12--"
    | (?:{_GAP}*,)?{_GAP}*\((?P<other>{_OTHER_TAG})\)  # an agency not in the registry
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The dashes other than "-" that separate a dateline from the text: em and
# en dashes, and in copy taken from web pages the figure dash, the
# horizontal bar and the minus sign.
_DASHES = "—–‒―−"

# The last character of a dateline's text that is a separator.
SEPARATOR_ENDS = frozenset(f"-_{_DASHES}")

# A dotted abbreviation ending an upper-case city, taken only right before a
# tag, a separator or a comma: "WASHINGTON D.C. (AP) _", but not
# "WASHINGTON U.S. officials said".
RE_CITY_ABBREVIATION = lazy(rf"[ \u00a0](?:\p{{Lu}}\.){{2,3}}(?={_GAP}*[(,\-_{_DASHES}])")

# A month and a day, in any case: "jan 12" after a city is its date.
RE_MONTH_DAY = lazy(rf"(?i:{MONTH_PATTERN})\.?{_GAP}+\d")

# The separator between dateline and text.  "_" is the ANPA dash.
RE_SEPARATOR = lazy(
    rf"""
    {_GAP}*
    (?:\.-                     # EFE: "(EFE).-"
      | ---?(?!-)              # "--", not the start of a rule "------"
      | [-_](?![\p{{L}}\d_\-])   # "-" and the ANPA "_", not a hyphen, an underscore or a rule
      | [{_DASHES}]              # an em, en or other dash, also run on: "(Reuters)—A ferry"
    )
    """,
    regex.VERBOSE,
)

# A story type standing where a city would ("PRESS DIGEST", "UPDATE 2").
RE_STORY_TYPE_WORDS = lazy(rf"(?i:{_STORY_TYPES})")

# A separator with no space after it, before the text's first word.
_RUN_ON = r"(?:--?|_)(?=[\p{Lu}\d\"“‘'$£€])"
RE_RUN_ON_SEPARATOR = lazy(rf"{_GAP}*{_RUN_ON}")

# The same after a space, where no hyphen joins two words: "NEW YORK, March
# 5 -Kestrel Corp said".
RE_SPACED_RUN_ON_SEPARATOR = lazy(rf"{_GAP}+{_RUN_ON}")

# A colon after a tag or a date, then a space and the text's first word:
# "ISLAMABAD, Jan 5 (APP): The ...", "NEW DELHI, Jan 5: The ...".  After a
# place alone a colon is left to the text ("NOTE: ...", "UPDATE: ...").
RE_COLON_SEPARATOR = lazy(rf"{_GAP}*:(?={_GAP}+[\p{{Lu}}\d\"“‘'(\[$£€])")

# A country or a state in brackets or parentheses after the city, as ANI
# and AFP's and dpa's services in French and German write it: "New Delhi
# [India], March 3 (ANI):", "Mossoul (Irak) (AFP) -".
RE_ENCLOSED_PART = lazy(
    rf"""
    {_GAP}{{1,4}}+
    (?P<open>[\[(])
    (?P<part>{_TITLE_WORD}(?:{_BETWEEN}{_TITLE_WORD}){{0,3}})  # "India", "Norvège"
    (?P<close>[\])])
    """,
    regex.VERBOSE,
)

_WEEKDAYS = frozenset(
    (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    )
)

RE_SPACES = lazy(rf"{_GAP}+")

# A brand written with a lower-case first letter ("eBay", "iPhone") may
# open a sentence.
RE_BRAND = lazy(r"\p{Ll}{1,2}\p{Lu}")

# What may follow a dateline with no separator: the start of a sentence.
RE_SENTENCE_START = lazy(rf"{_GAP}+(?:[\p{{Lu}}\d\"“‘'(\[$£€]|{RE_BRAND.pattern})")


class _Place:
    __slots__ = ("caps", "city", "country", "end", "known", "parts", "region")

    def __init__(self) -> None:
        self.city: str | None = None
        self.region: str | None = None
        self.country: str | None = None
        self.end = 0
        self.caps = False
        self.parts = 0
        # An upper-case city of several words that the gazetteer knows, before
        # a lower-case word ("NEW YORK police said").
        self.known = False


def _read_place(
    src: str, pos: int, end: int, caps: bool, greedy: bool, cut: bool = False
) -> _Place | None:
    """Read city and comma parts; ``greedy`` takes whole multi-word parts.

    ``cut`` takes of an upper-case run only the leading words the gazetteer
    knows as one place (see :func:`_known_city_end`), and returns None when
    that is the whole run or nothing.

    >>> src = "LONDON KESTREL, a ferry firm, said."
    >>> _read_place(src, 0, len(src), True, False).city
    'LONDON KESTREL'
    >>> _read_place(src, 0, len(src), True, False, cut=True).city
    'LONDON'
    """
    pattern = RE_CAPS_CITY if caps else RE_TITLE_CITY
    match = pattern.match(src, pos, end)
    if match is None:
        return None
    place = _Place()
    place.caps = caps
    city_end = match.end()
    if caps:
        words = match.group()
        last_gap = max(words.rfind(" "), words.rfind("\u00a0"))
        after = src[city_end : city_end + 2]
        if cut:
            # The caller found no dateline with the whole run: "LONDON HSBC,
            # Europe's biggest bank, said ...".
            known = _known_city_end(words)
            if known is None or known == len(words):
                return None
            city_end = pos + known
        elif (
            last_gap > 0
            and len(after) == 2
            and after[0] in " \u00a0"
            and after[1].isalnum()
            and not RE_MONTH_DAY.match(src, city_end + 1, end)
        ):
            # A word, not a date, follows an upper-case run of several words:
            # the run's last words may be the sentence's ("LONDON BP Plc
            # said", "ZURICH UBS AG said", "LONDON FTSE 100 shares"), unless
            # the gazetteer knows the whole run ("NEW YORK police said").
            known = _known_city_end(words)
            if known is not None:
                city_end = pos + known
                place.known = known == len(words) and after[1].islower()
            elif after[1].islower():
                # "KESTERVIK NORDVIK is ...": a last upper-case word before a
                # lower-case one is the sentence's subject, not the city's.
                city_end = pos + last_gap
        if (
            city_end == match.end()
            and src.startswith((" ", "\u00a0"), city_end)
            and (abbreviation := RE_CITY_ABBREVIATION.match(src, city_end, end))
            and (abbreviation.group()[1:] == "D.C." or not is_region(abbreviation.group()))
        ):
            # "WASHINGTON D.C. (AP) _"; a state ("TROMVIK N.J., May 3")
            # is the qualifier, read below.
            city_end = abbreviation.end()
    elif greedy and (split := _qualifier_in_title_city(src, pos, city_end, end)) is not None:
        city_end = split
    city = src[pos:city_end]
    if city[:3].casefold() in ("by ", "by\u00a0"):
        return None  # "By Ana Ruiz - The ferry ...": a byline, not a place
    # Most cities open with two letters; only the others are counted.
    if not (len(city) > 1 and city[:2].isalpha()) and sum(ch.isalpha() for ch in city) < 2:
        return None
    parts: list[str] = []
    cursor = pos + len(city)
    if (enclosed := _enclosed_part(src, cursor, end)) is not None:
        cursor = enclosed.end()
        parts.append(enclosed.group("part"))
    elif greedy and (qualifier := _qualifier_without_comma(src, cursor, end)):
        cursor += len(qualifier)
        parts.append(qualifier.lstrip(_GAPS))
    for _ in range(3):
        comma = RE_COMMA.match(src, cursor, end)
        if comma is None or RE_DATE.match(src, comma.end(), end):
            break
        part = RE_PART.match(src, comma.end(), end)
        if part is None:
            break
        text = part.group()
        if not greedy:
            text = _shortest_part(text)
        parts.append(text)
        cursor = comma.end() + len(text)
    place.end = cursor
    place.parts = len(parts)
    if any("/" in part for part in parts):
        # "FLINT, Mich/WASHINGTON": two places; keep the whole as the city.
        place.city = src[pos:cursor]
        return place
    last_word = city[max(city.rfind(" "), city.rfind("\u00a0")) + 1 :]
    if caps and len(last_word) > 3 and last_word.find(".") == len(last_word) - 1:
        # Interfax: "MOSCOW. March 3 (Interfax) -": a full stop after a
        # word of three letters or more ends the city, as a comma would
        # ("ST. LOUIS" keeps its abbreviation).
        city = city[:-1]
    place.city = city
    last = None
    for written in parts:
        if written.casefold().rstrip(".") in _WEEKDAYS:
            continue  # "WASHINGTON, Tuesday (UPI) --": the day, not a place
        last = written
        if is_region(written) and place.region is None:
            place.region = written
        elif place.country is None:
            place.country = written
    if (
        last is not None
        and last is not place.country
        and place.region is None
        and place.country is not None
        and is_country(last)
        and not is_country(place.country)
    ):
        # "GOMA, North Kivu, Congo": a province of a country other than the
        # United States or Canada, then the country.
        place.region, place.country = place.country, last
    return place


def _enclosed_part(src: str, cursor: int, end: int) -> regex.Match[str] | None:
    """A country or a state in brackets or parentheses after the city, or None.

    Brackets ("New Delhi [India], March 3 (ANI):") hold a place only; a
    parenthesis may hold an agency's tag ("OSLO (Reuters) -", "(Bernama)")
    or open the story's sentence, so the place in one is taken only before
    a tag or a date ("Mossoul (Irak) (AFP) -", "KESTERVIK (Norvège), 3 mars
    (AFP) -"), and never when it names an agency or a day.

    >>> src = "Kestervik (Norwegen) (dpa) - Eine Fähre sank."
    >>> _enclosed_part(src, 9, len(src)).group("part")
    'Norwegen'
    >>> src = "New Delhi [India] - The ferry sailed."
    >>> _enclosed_part(src, 9, len(src)).group("part")
    'India'
    >>> [_enclosed_part(s, 4, len(s)) for s in ("OSLO (Reuters) (AFP) -", "OSLO (Norway) said")]
    [None, None]
    >>> _enclosed_part("Kestrel (KST), March 3 - Shares rose.", 7, 37) is None
    True
    """
    # Tested first: nearly every city is followed by a comma, a tag or text.
    head = src[cursor : cursor + 6]
    if not head[:1] or head[0] not in _GAPS or ("(" not in head and "[" not in head):
        return None
    # No place is longer than MAX_QUALIFIER: a long run of letters is read no further.
    match = RE_ENCLOSED_PART.match(src, cursor, min(end, cursor + MAX_QUALIFIER + 8))
    if match is None or (match.group("open") == "[") != (match.group("close") == "]"):
        return None
    part = match.group("part")
    after = match.end()
    if match.group("open") == "[":
        found = _date_or_tag_at(src, after, end) or _marked_end(src, after, end)
    else:
        found = (
            resolve_agency(part) is None
            and part.casefold().rstrip(".") not in _WEEKDAYS
            # A few capitals are a company's ticker or initials ("(KST)"),
            # unless they name a place ("(USA)").
            and (len(part) > 4 or not part.isupper() or _names_a_qualifier(part))
            and _date_or_tag_at(src, after, end)
        )
    return match if found else None


def _qualifier_without_comma(src: str, cursor: int, end: int) -> str | None:
    """A country or a state after a city with no comma between them.

    "KESTERVIK Norway, May 3 (AFP) -": the qualifier, with the space before
    it, is taken when it names a country or a state and a date or a tag
    follows it; a sentence opening with a country ("OSLO Norway's ...",
    "OSLO Norway, Sweden and ...") keeps it.

    >>> src = "TROMVIK Norway, May 3 (AFP) - Snow fell."
    >>> _qualifier_without_comma(src, 7, len(src))
    ' Norway'
    >>> _qualifier_without_comma("OSLO Norway, Sweden and Finland agreed.", 4, 39) is None
    True
    """
    # Most places end at a comma or before a parenthesis, and few capitalised
    # words after one name a country: string tests and look-ups spare most
    # places the patterns.
    start = cursor
    while start < end and start - cursor < 4 and src[start] in " \t\u00a0":
        start += 1
    if start == cursor or not src[start : start + 1].isupper():
        return None
    part = RE_PART.match(src, start, end)
    if part is None:
        return None
    text = _shortest_part(part.group())
    if not _names_a_qualifier(text) or not _date_or_tag_at(src, start + len(text), end):
        return None
    return src[cursor:start] + text


def _date_or_tag_at(src: str, pos: int, end: int) -> bool:
    """True when a date, after a comma or a space, or a tag stands at ``pos``.

    >>> [_date_or_tag_at(s, 0, 20) for s in (", May 3", " May 3", " (AFP)", ", Sweden")]
    [True, True, True, False]
    """
    if RE_TAG.match(src, pos, end):
        return True
    gap = RE_COMMA.match(src, pos, end) or RE_SPACES.match(src, pos, end)
    return gap is not None and RE_DATE.match(src, gap.end(), end) is not None


def _qualifier_in_title_city(src: str, pos: int, city_end: int, end: int) -> int | None:
    """Where a country or a state run on to a mixed-case city starts, or None.

    "Tromvik Norway, May 3 (AFP) -": the words the city pattern took end in
    a country, with no comma before it.  Only before a date or a tag; never
    when the gazetteer knows the whole run as a city ("Port of Spain",
    "West Jordan") or it names a country or a state itself ("New Jersey"),
    and never after a particle.

    >>> src = "Tromvik Norway, May 3 (AFP) - Crowds gathered."
    >>> _qualifier_in_title_city(src, 0, 14, len(src))
    7
    >>> src = "Port of Spain, Feb 3 (AFP) - A ferry sailed."
    >>> _qualifier_in_title_city(src, 0, 13, len(src)) is None
    True
    """
    city = src[pos:city_end]
    words = city.split()
    # The words are looked up first: most runs of capitalised words end in no
    # country, and the look-ups cost less than the patterns below.
    checked = False
    at = 0
    for index in range(1, len(words)):
        at = city.index(words[index - 1], at) + len(words[index - 1])
        if words[index - 1] in _PARTICLES:
            continue
        if index < len(words) - 1 and not may_open_qualifier(words[index]):
            continue  # no qualifier of several words opens with it
        if not _names_a_qualifier(" ".join(words[index:])):
            continue
        if not checked:
            if not _date_or_tag_at(src, city_end, end) or (
                _names_a_qualifier(city) or resolve_place(" ".join(words)).code != "unknown-place"
            ):
                return None
            checked = True
        if _qualifier_without_comma(src, pos + at, end):
            return pos + at
    return None


# The longest name of a state, a province or a country, with room to spare
# ("South Georgia and the South Sandwich Islands" has 44 characters): a
# longer run is looked up nowhere.
MAX_QUALIFIER = 60


def _names_a_qualifier(text: str) -> bool:
    """True when a dateline part names a US state, a Canadian province or a country.

    >>> _names_a_qualifier("Texas"), _names_a_qualifier("Norway"), _names_a_qualifier("A." * 40)
    (True, True, False)
    """
    if len(text) > MAX_QUALIFIER:
        return False
    return is_region(text) or is_place_phrase(text) or is_country(text)


def _known_city_end(words: str) -> int | None:
    """Where the city ends in an upper-case run of words, by the gazetteer, or None.

    The whole run when the gazetteer knows it ("NEW YORK"); else the
    longest run of leading words it knows as one place, not several
    ("SAO PAULO" of "SAO PAULO JBS SA"); else None (nothing known).

    >>> _known_city_end("LONDON BP"), _known_city_end("NEW YORK")
    (6, 8)
    >>> _known_city_end("SAO PAULO KESTREL SA"), _known_city_end("KESTERVIK NORDVIK") is None
    (9, True)
    """
    if resolve_place(words).code != "unknown-place":
        return len(words)
    gap = len(words)
    while True:
        gap = max(words.rfind(" ", 0, gap), words.rfind("\u00a0", 0, gap))
        if gap <= 0:
            return None
        # A run of spaces between two words: the city ends before its first.
        gap = len(words[:gap].rstrip(" \t\u00a0"))
        if resolve_place(words[:gap]).code is None:
            return gap


def _shortest_part(text: str) -> str:
    """The words of a comma part that name a place, when nothing marks its end."""
    words = text.split(" ")
    if len(words) > 1 and not may_open_qualifier(words[0]):
        return words[0]
    for count in range(len(words), 1, -1):
        candidate = " ".join(words[:count])
        if _names_a_qualifier(candidate):
            return candidate
    return words[0]


def parse_dateline(
    src: str,
    start: int,
    end: int,
    *,
    reference: dt.date | None = None,
    source: str | None = None,
    resolve: bool = False,
    bare: bool = True,
    forms: tuple[str, ...] = ("caps", "title", "none"),
    memo: dict[tuple[int, int, str], tuple[bool, Reading | None]] | None = None,
) -> tuple[Dateline, int, list[Diagnostic]] | None:
    """Read a dateline at ``start``; return it, where the text resumes, and findings.

    ``reference`` resolves the year; ``source`` says where it came from
    (``"argument"``, ``"header"``, ``"envelope"``) and becomes
    ``Dateline.reference`` when it gives the year.  ``resolve`` looks the
    city up (:func:`~wirecopy._places.resolve_place`) and reports a city
    that names no place, or more than one.  ``bare`` allows the weakest
    form, an upper-case city with nothing after it (``TUNIS Dozens of
    ...``).  ``forms`` names the city forms to try: upper case, title case,
    and none at all (``(Reuters) -``).  ``memo``, a dictionary kept for
    one story, spares reading the same line again.  Returns None when no
    dateline starts here.

    >>> src = "NAIROBI, Kenya (AP) _ Rain fell."
    >>> dateline, resume, _ = parse_dateline(src, 0, len(src))
    >>> dateline.city, dateline.country, dateline.agency, src[resume:]
    ('NAIROBI', 'Kenya', 'AP', 'Rain fell.')
    >>> parse_dateline("Rain fell on Oslo.", 0, 18) is None
    True
    >>> src = "HAMILTON, Ontario, May 2 (CP) - Snow fell."
    >>> dateline, _, found = parse_dateline(
    ...     src, 0, len(src), reference=dt.date(2020, 5, 1), source="argument", resolve=True
    ... )
    >>> dateline.place.region_code, dateline.date, dateline.reference, found
    ('CA-ON', datetime.date(2020, 5, 2), 'argument', [])
    """
    reading = read_dateline(src, start, end, bare=bare, forms=forms, memo=memo)
    if reading is None:
        return None
    return _build(src, reading, reference, source, resolve)


class Reading:
    """Where a dateline's parts stand in the text, before its date and place are resolved."""

    __slots__ = (
        "agency",
        "date_span",
        "day",
        "month",
        "place",
        "resume",
        "start",
        "text_end",
        "year",
    )

    def __init__(self) -> None:
        self.start = 0
        self.text_end = 0
        self.resume = 0
        self.place: _Place | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.year: int | None = None
        self.date_span: tuple[int, int] | None = None
        self.agency: str | None = None

    def marked(self, src: str) -> bool:
        """True when the dateline writes an agency, a date or a separator.

        >>> src = "OSLO - Snow fell."
        >>> read_dateline(src, 0, len(src)).marked(src)
        True
        """
        return (
            self.agency is not None
            or self.month is not None
            or src[self.text_end - 1 : self.text_end] in SEPARATOR_ENDS
        )


def read_dateline(
    src: str,
    start: int,
    end: int,
    *,
    bare: bool = True,
    forms: tuple[str, ...] = ("caps", "title", "none"),
    memo: dict[tuple[int, int, str], tuple[bool, Reading | None]] | None = None,
) -> Reading | None:
    """Find the dateline's parts at ``start``, as :func:`parse_dateline` does, or None.

    A reading with ``bare`` allowed is the same as one without whenever
    the latter finds a dateline (``bare`` only accepts more), so ``memo``
    keeps one reading for each form and what ``bare`` was.

    >>> src = "OSLO, May 2 (Reuters) - Snow fell."
    >>> reading = read_dateline(src, 0, len(src))
    >>> reading.month, reading.day, reading.agency, src[reading.resume :]
    (5, 2, 'Reuters', 'Snow fell.')
    """
    for form in forms:
        known = memo.get((start, end, form)) if memo is not None else None
        if known is not None and (known[0] == bare or (known[1] is None) == known[0]):
            # Same ``bare``; or a reading without it found a dateline; or one
            # with it found none.
            reading = known[1]
        elif form == "none":
            reading = _finish(src, start, end, None, start, bare=False)
            if reading is not None:
                _place_after_tag(src, reading, end)
        else:
            reading = _attempt(src, start, end, caps=form == "caps", bare=bare)
        if memo is not None:
            memo[(start, end, form)] = (bare, reading)
        if reading is not None or form == "none":
            return reading
    return None


def _place_after_tag(src: str, reading: Reading, end: int) -> None:
    """Extend a dateline of a tag alone by the place and date after it.

    ANSA writes the tag first: "(ANSA) - ROME, MARCH 3 - Italy's ...".  The
    place is taken only with a date and nothing of its own in parentheses.

    >>> src = "(ANSA) - ROME, March 3 - Snow fell."
    >>> reading = read_dateline(src, 0, len(src))
    >>> reading.place.city, reading.month, reading.agency, src[reading.resume :]
    ('ROME', 3, 'ANSA', 'Snow fell.')
    """
    if reading.agency is None or reading.resume >= end:
        return
    for caps in (True, False):
        after = _attempt(src, reading.resume, end, caps=caps, bare=False)
        if after is not None:
            break
    else:
        return
    if after.place is None or after.date_span is None or after.agency is not None:
        return
    if src[after.text_end - 1 : after.text_end] not in SEPARATOR_ENDS:
        return
    reading.place = after.place
    reading.month, reading.day, reading.year = after.month, after.day, after.year
    reading.date_span = after.date_span
    reading.text_end = after.text_end
    reading.resume = after.resume


def _attempt(src: str, start: int, end: int, *, caps: bool, bare: bool) -> Reading | None:
    """Read the place greedily, then with its comma parts cut short.

    A story type is no place: "PRESS DIGEST- Norway - March 3" is a headline.
    """
    place = _read_place(src, start, end, caps, greedy=True)
    if place is None or RE_STORY_TYPE_WORDS.fullmatch(place.city or "") is not None:
        return None
    if place.parts:
        found = _finish(src, start, end, place, place.end, bare=bare and caps, greedy=True)
        if found is not None:
            return found
        place = _read_place(src, start, end, caps, greedy=False)
        if place is None:
            return None
    # Without comma parts both readings are the same place, and the greedy
    # one only rejects more: it is skipped (a third of the dateline time).
    found = _finish(src, start, end, place, place.end, bare=bare and caps)
    city = place.city or ""
    if found is None and caps and src.startswith(",", start + len(city)) and " " in city:
        # "LONDON HSBC, Europe's biggest bank, said ...": no dateline with
        # the whole upper-case run before the comma; the city may be the
        # run's first words and the rest the sentence's subject.
        place = _read_place(src, start, end, caps, greedy=False, cut=True)
        if place is not None:
            found = _finish(src, start, end, place, place.end, bare=bare)
    return found


def _finish(
    src: str,
    start: int,
    end: int,
    place: _Place | None,
    pos: int,
    *,
    bare: bool,
    greedy: bool = False,
) -> Reading | None:
    month = day = year = None
    date_span = None
    comma = RE_COMMA.match(src, pos, end)
    date_at = comma.end() if comma else pos
    spaces = RE_SPACES.match(src, date_at, end)
    if spaces and not comma:
        date_at = spaces.end()
    date = RE_DATE.match(src, date_at, end) if (comma or spaces or place is None) else None
    if (
        date is not None
        and (date.group("month2") or date.group("numeric"))
        and not _marked_end(src, date.end(), end)
    ):
        # A day-first date ("10 août") or one in figures counts only before a
        # tag or separator, so that "Shr 12 cts" in a results table never
        # asks dateparser, and "BERLIN, 4.3 percent" is no date.
        date = None
    written = _date_of(date) if date is not None else None
    if date is not None and written is not None:
        month, day, year = written
        date_span = (date.start(), date.end())
        pos = date.end()
    tag = RE_TAG.match(src, pos, end)
    if tag is not None and tag.group("other") and not _opens_text(src, tag.end(), end):
        tag = None  # "(Kestrel Corp)" is no tag without a separator after it
    agency = None
    if tag is not None:
        agency = tag.group("tag") or tag.group("bare") or tag.group("other")
        if tag.group("other") and agency.casefold().rstrip(".") in _WEEKDAYS:
            agency = None  # "OSLO, Norway (Tuesday) -": the day, no agency
        pos = tag.end()
    separator = RE_SEPARATOR.match(src, pos, end)
    if separator is None and tag is not None and not tag.group("other"):
        # A known agency's tag before a dash run on to the text: "(Reuters) -The".
        separator = RE_RUN_ON_SEPARATOR.match(src, pos, end)
    if separator is None and (date_span is not None or (place is not None and place.caps)):
        separator = RE_SPACED_RUN_ON_SEPARATOR.match(src, pos, end)
    if separator is None and (tag is not None or date_span is not None):
        separator = RE_COLON_SEPARATOR.match(src, pos, end)
    if separator is not None:
        pos = separator.end()
        if date_span is None and tag is not None:
            # The date after the tag: "--(BUSINESS WIRE)--Oct. 12, 2016--".
            date = RE_DATE.match(src, pos, end)
            after = RE_SEPARATOR.match(src, date.end(), end) if date else None
            written = _date_of(date) if date is not None and date.group("month") else None
            if date is not None and after is not None and written is not None:
                month, day, year = written
                date_span = (date.start(), date.end())
                pos = after.end()

    strong = tag is not None or separator is not None
    if greedy and not strong and date_span is None:
        # Whole multi-word parts are taken only where something marks their end.
        return None
    if place is None and tag is None:
        return None
    if place is not None and not place.caps and not strong:
        return None
    if not strong:
        if place is None or not place.caps:
            return None
        if date_span is None and not bare:
            return None
        if (
            pos < end
            and not RE_SENTENCE_START.match(src, pos, end)
            and not (place.known and pos == place.end)
        ):
            # Only a city the gazetteer knows, of several words, may stand
            # before a lower-case word: "NEW YORK police said", not "OSLO
            # snow fell".
            return None
        if pos >= end and date_span is None:
            return None
    if separator is None and tag is None and pos < end and src[pos] not in _GAPS:
        return None

    reading = Reading()
    reading.start = start
    text_end = pos
    while text_end > start and src[text_end - 1] in _GAPS:
        text_end -= 1
    reading.text_end = text_end
    resume = pos
    while resume < end and src[resume] in _GAPS:
        resume += 1
    reading.resume = resume
    reading.place = place
    reading.month = month
    reading.day = day
    reading.year = year
    reading.date_span = date_span
    reading.agency = " ".join(agency.split()) if agency else None
    return reading


def _date_of(date: regex.Match[str]) -> tuple[int, int, int | None] | None:
    """Month, day and year of a ``RE_DATE`` match, or None for a word no month names.

    >>> _date_of(RE_DATE.match("Sept. 3, 2014")), _date_of(RE_DATE.match("3 Shr"))
    ((9, 3, 2014), None)
    >>> _date_of(RE_DATE.match("2015-03-04")), _date_of(RE_DATE.match("4.3.2015"))
    ((3, 4, 2015), (3, 4, 2015))
    """
    if date.group("numeric"):
        if date.group("year") is not None:
            return None  # a second year after one in figures: no date
        iso = date.group("year3") is not None
        return (
            int(date.group("month3" if iso else "month4")),
            int(date.group("day3" if iso else "day4")),
            int(date.group("year3" if iso else "year4")),
        )
    month = month_number(date.group("month") or date.group("month2"))
    if month is None:
        return None
    year = date.group("year")
    return month, int(date.group("day") or date.group("day2")), int(year) if year else None


def _build(
    src: str, reading: Reading, reference: dt.date | None, source: str | None, resolve: bool
) -> tuple[Dateline, int, list[Diagnostic]]:
    """The dateline a reading finds, its date and (with ``resolve``) its place resolved."""
    diagnostics: list[Diagnostic] = []
    month, day, year, date_span = reading.month, reading.day, reading.year, reading.date_span
    resolved = None
    inferred = False
    if month is not None and day is not None and date_span is not None:
        problem = check_date(month, day, year)
        if problem is not None:
            diagnostics.append(Diagnostic("impossible-date", problem, "error", date_span))
        else:
            resolved, inferred = resolve_date(month, day, year, reference)
            if resolved is None and reference is not None:
                diagnostics.append(
                    Diagnostic(
                        "unresolved-date",
                        f"no year within one of {reference.year} has "
                        f"{MONTH_NAMES[month - 1]} {day}",
                        "warning",
                        date_span,
                    )
                )
    place = reading.place
    city = _collapsed(place.city) if place else None
    region = _collapsed(place.region) if place else None
    country = _collapsed(place.country) if place else None
    found = None
    if resolve and city is not None:
        found = _resolve(city, region, country, reading.agency, reading.start, diagnostics)
    start, text_end = reading.start, reading.text_end
    dateline = Dateline(
        text=" ".join(src[start:text_end].split()),
        span=(start, text_end),
        city=city,
        region=region,
        country=country,
        agency=reading.agency,
        month=month,
        day=day,
        year=year,
        date=resolved,
        year_inferred=inferred,
        place=found,
        reference=source if inferred else None,
    )
    return dateline, reading.resume, diagnostics


def _resolve(
    city: str,
    region: str | None,
    country: str | None,
    agency: str | None,
    start: int,
    diagnostics: list[Diagnostic],
) -> Place | None:
    """The place a dateline's city names; a city that names none is reported."""
    known = resolve_agency(agency)
    resolution = resolve_place(city, region, country, known.name if known else None)
    if resolution.place is None and resolution.code is not None:
        span = (start, start + len(city))
        diagnostics.append(Diagnostic(resolution.code, resolution.message or "", "info", span))
    return resolution.place


def _opens_text(src: str, pos: int, end: int) -> bool:
    """True when a separator follows ``pos``, then a sentence's start or nothing.

    >>> _opens_text(" - Snow fell.", 0, 13), _opens_text(" - the firm said", 0, 16)
    (True, False)
    """
    separator = RE_SEPARATOR.match(src, pos, end) or RE_COLON_SEPARATOR.match(src, pos, end)
    if separator is None:
        return False
    at = separator.end()
    while at < end and src[at] in _GAPS:
        at += 1
    return at >= end or src[at].isupper() or src[at].isdigit() or src[at] in "\"“‘'([$£€"


def _marked_end(src: str, pos: int, end: int) -> bool:
    """True when a tag or a separator follows ``pos``."""
    return (
        RE_TAG.match(src, pos, end) is not None
        or RE_SEPARATOR.match(src, pos, end) is not None
        or RE_COLON_SEPARATOR.match(src, pos, end) is not None
    )


def _collapsed(text: str | None) -> str | None:
    return " ".join(text.split()) if text else text


def agency_of(dateline: Dateline) -> str | None:
    """The canonical agency a dateline's tag names, or None.

    >>> agency_of(Dateline(text="X (Reuter) -", span=(0, 12), agency="Reuter"))
    'Reuters'
    """
    agency = resolve_agency(dateline.agency)
    return agency.name if agency else None
