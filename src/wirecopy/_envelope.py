"""Transmission envelopes: ANPA-1312 and IPTC 7901.

Grammar (control characters by their ASCII names)::

    anpa     = SYN* SOH service number [US selector] EOL
               priority SP category *(DC1-DC4) SP keyword [SP take] [SP reference]
               SP date ["  " words] EOL
               STX slug-line text ETX [trailer ["<"]] *(EOL / FF) [EOT]
    slug-line = "^" ["*" format "<" SP "^"] slug ["," take] ["," words] "<"
    trailer  = agency "-" desk "-" MM "-" DD "-" YY SP HHMM "GMT"   ; AP-WF-11-13-13 1509GMT
    iptc     = SOH source number SP priority SP category SP words [SP flags]
               [SP service [SP service-number]] EOL *(keyword-line EOL)
               STX text ETX [DDHHMM SP "GMT" SP Mon SP YY] *(EOL / DEL) [EOT]

The envelope is read around the story, never into it: :func:`parse_envelope`
returns the :class:`~wirecopy.Envelope`, where the story's text starts and
ends, and the spans the envelope claims.  Inside an ANPA body the ``^`` that
opens a header line and the ``<`` or ``=`` that ends a line are format codes;
:func:`read_line_codes` takes them off the scanned lines so that the story
is read as if they were not there.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from wirecopy._dates import month_number
from wirecopy._lines import PADDING, Line, collapse
from wirecopy._notes import _STORY_TYPES
from wirecopy._pattern import lazy
from wirecopy.model import Envelope, Field

Span = tuple[int, int]

# The ANPA-1312 header: two lines before STX.
RE_ANPA_HEADER = lazy(
    r"""
    \x16*\x01                                          # SYN SYN SOH
    (?P<service>[A-Za-z])                              # service level: "a"
    (?P<number>[0-9]{4})                               # story number: "0042"
    (?:\x1f(?P<selector>[!-~]{1,8})?)?                 # US and selector code: "wire"
    [\x20\t]*(?:\r\n|\r|\n)
    (?P<priority>[!-~])\x20                            # priority: "r"
    (?P<category>[!-~])                                # category: "a"
    [\x11-\x14]*                                       # DC1-DC4 format codes
    \x20+(?P<keyword>[!-~]+)                           # keyword: "BC-Ferry-Crossing"
    (?:\x20+(?![0-9]{2}-[0-9]{2}\b)(?P<take>[!-~]+))?  # version or take: "1stLd-Writethru"
    (?:\x20+(?![0-9]{2}-[0-9]{2}\b)(?P<reference>[!-~]+))?  # reference number
    \x20+(?P<date>[0-9]{2}-[0-9]{2})                   # filing date: "03-03"
    (?:\x20+(?P<words>[0-9]{1,6}))?                    # word count
    [\x20\t]*
    """,
    regex.VERBOSE,
)

# The IPTC 7901 header line after SOH.
RE_IPTC_HEADER = lazy(
    r"""
    \x01                                               # SOH
    (?P<source>[A-Za-z]{2,4})                          # source identifier: "eca"
    (?P<number>[0-9]{1,5})                             # message number: "0012"
    \x20+(?P<priority>[0-9])                           # priority: "3"
    \x20+(?P<category>[A-Za-z]{1,3})                   # category: "i"
    \x20+(?P<words>[0-9]{1,6})                         # word count: "120"
    (?:\x20+(?P<flags>[A-Za-z]{1,8})(?=\x20+[A-Za-z]))?  # flags before a service: "ccccb"
    (?:\x20+(?P<service>[A-Za-z]{2,8}))?               # service: "dpa"
    (?:\x20+(?P<service_number>[0-9]{1,6}))?           # the service's number: "0007"
    [\x20\t]*
    """,
    regex.VERBOSE,
)

# The ANPA trailer time line after ETX.
RE_ANPA_TRAILER = lazy(
    r"""
    [\x20\t]*
    (?P<trailer>
        [A-Z]{1,5}-[A-Z]{1,5}-                         # agency and desk: "AP-WF-"
        (?P<month>[0-9]{2})-(?P<day>[0-9]{2})-(?P<year>[0-9]{2})  # "03-03-25"
        [\x20\t]+[0-9]{4}[\x20\t]*GMT                  # time: "1409GMT"
    )
    <?                                                 # the line-end code
    """,
    regex.VERBOSE,
)

# The IPTC 7901 date line after ETX.
RE_IPTC_TRAILER = lazy(
    r"""
    [\x20\t]*
    (?P<trailer>
        (?P<day>[0-9]{2})[0-9]{4}                      # DDHHMM: "031409"
        [\x20\t]+GMT[\x20\t]+
        (?P<month>\p{L}{3,9})\.?                       # month, English or German: "Okt"
        [\x20\t]+(?P<year>[0-9]{2}(?:[0-9]{2})?)       # year: "25" or "2025"
    )
    """,
    regex.VERBOSE,
)

# A photo list in a header: "AP Photo XAB101, XAB102".
RE_PHOTO_LINE = lazy(r"(?:[A-Z]{2,5}[ \t]+)?Photos?[ \t]+[A-Z]*[0-9]")

# The time zone of a listing's times: "All Times EDT".
RE_TIMES_LINE = lazy(r"(?i:all[ \t]+times)[ \t]+[A-Z]{2,5}")

# A story type alone on a line: "REFILE".
RE_STORY_TYPE_LINE = lazy(_STORY_TYPES, regex.IGNORECASE)

# A few words in parentheses alone on a line: "(Achtung)".
RE_PARENTHESISED_WORDS = lazy(r"\([\p{L}]+(?:[ \t][\p{L}]+){0,2}\)")

# German month abbreviations that English does not share.
_GERMAN_MONTHS = {"mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12}

# How far past the header STX may stand (keyword lines in between).
MAX_HEADER = 400


@attrs.frozen
class Transmission:
    """An envelope found around a story, with where the story's text lies.

    >>> src = "\\x01eca0012 3 i 120  dpa 0007\\n\\x02Snow.\\n\\x03"
    >>> found = parse_envelope(src, 0, len(src))
    >>> found.envelope.format, found.body
    ('iptc-7901', (28, 34))
    """

    envelope: Envelope
    """The envelope."""
    body: Span
    """Where the story's text starts (after STX) and ends (at ETX)."""
    claimed: tuple[Span, ...]
    """Spans the envelope accounts for: its header, trailer and slug line."""
    slug_title: Span | None = None
    """ANPA: the slug's words after its category code, a headline of last resort."""


def parse_envelope(src: str, start: int, end: int) -> Transmission | None:
    """The ANPA-1312 or IPTC 7901 envelope opening ``src[start:end]``, or None.

    >>> src = (
    ...     "\\x16\\x16\\x01a0042\\x1fwire\\nr a\\x13 BC-Ferry  03-03 0012\\n"
    ...     "\\x02^BC-Ferry,0010<\\nSnow.\\x03"
    ... )
    >>> found = parse_envelope(src, 0, len(src))
    >>> found.envelope.keywords[0].text, found.envelope.filing_date.text
    ('BC-Ferry', '03-03')
    >>> parse_envelope("Snow fell.", 0, 10) is None
    True
    """
    pos = start
    while pos < end and src[pos] in " \t\r\n\x00\ufeff":
        pos += 1
    if pos >= end or src[pos] not in "\x01\x16":
        return None
    found = _header_at(src, pos, end)
    if found is None:
        # A start code written twice ("\x01\x01", a capture that kept a
        # retransmission's first byte): the header opens at the last one,
        # and the codes before it are left to be reported.
        run = pos
        while run < end and src[run] in "\x01\x16":
            run += 1
        last = src.rfind("\x01", pos, run)
        if last > pos:
            found = _header_at(src, last, end)
    return found


def _header_at(src: str, pos: int, end: int) -> Transmission | None:
    """The envelope whose header opens at ``pos`` (a SYN or an SOH), or None."""
    anpa = RE_ANPA_HEADER.match(src, pos, end)
    if anpa is not None:
        return _anpa(src, pos, end, anpa)
    while pos < end and src[pos] == "\x16":
        pos += 1
    iptc = RE_IPTC_HEADER.match(src, pos, end)
    if iptc is not None:
        return _iptc(src, pos, end, iptc)
    return None


def _field(match: regex.Match[str], group: str) -> Field | None:
    """A header group as a :class:`Field`, or None when it did not match.

    Its text is whitespace-collapsed, as every part's is.
    """
    text = match.group(group)
    return None if not text else Field(text=collapse(text), span=match.span(group))


def _words(match: regex.Match[str], group: str) -> int | None:
    """A word count group as a number."""
    text = match.group(group)
    return int(text) if text else None


def _stx(src: str, pos: int, end: int) -> int | None:
    """The offset just past the STX that closes a header read up to ``pos``."""
    stx = src.find("\x02", pos, min(end, pos + MAX_HEADER))
    return None if stx < 0 else stx + 1


def _keyword_lines(src: str, start: int, end: int) -> list[Field]:
    """The visible lines between an IPTC header and STX, as fields."""
    fields = []
    pos = start
    for raw in src[start:end].splitlines(keepends=True):
        text = raw.strip(PADDING)
        if text:
            at = pos + raw.index(text)
            fields.append(Field(text=collapse(text), span=(at, at + len(text))))
        pos += len(raw)
    return fields


def _common(
    src: str, start: int, end: int, match: regex.Match[str], form: str
) -> tuple[Envelope, Span, list[Span]] | None:
    """What both envelopes share: bounds, trailer and the common header values.

    Returns the envelope, the body's bounds and the spans claimed so far.
    """
    body_start = _stx(src, match.end(), end)
    if body_start is None:
        return None
    pattern = RE_ANPA_TRAILER if form == "anpa-1312" else RE_IPTC_TRAILER
    body_end, trailer, date, trailer_span = _trailer(src, body_start, end, pattern)
    envelope = Envelope(
        format=form,
        header_span=(start, body_start),
        trailer_span=trailer_span,
        service=_field(match, "service"),
        number=_field(match, "number"),
        priority=_field(match, "priority"),
        category=_field(match, "category"),
        word_count=_words(match, "words"),
        trailer=trailer,
        date=date,
    )
    return envelope, (body_start, body_end), [(start, body_start), trailer_span]


def _anpa(src: str, head: int, end: int, match: regex.Match[str]) -> Transmission | None:
    """Read an ANPA-1312 envelope whose header ``match`` found."""
    common = _common(src, head, end, match, "anpa-1312")
    if common is None:
        return None
    envelope, body, claimed = common
    if src[match.end() : body[0] - 1].strip(PADDING):
        return None
    slug = _slug_line(src, *body)
    if slug is not None:
        claimed.extend(slug.claimed)
    # The slug line writes the take in full ("1st Ld-Writethru"); the header
    # squeezes it ("1stLd-Writethru").
    take = (None if slug is None else slug.take) or _field(match, "take")
    envelope = attrs.evolve(
        envelope,
        selector=_field(match, "selector"),
        keywords=(Field(text=match.group("keyword"), span=match.span("keyword")),),
        take=take,
        reference=_field(match, "reference"),
        filing_date=_field(match, "date"),
        format_id=None if slug is None else slug.format_id,
        slug=None if slug is None else slug.slug,
    )
    title = None if slug is None else slug.title
    return Transmission(envelope, body, tuple(claimed), title)


def _iptc(src: str, pos: int, end: int, match: regex.Match[str]) -> Transmission | None:
    """Read an IPTC 7901 envelope whose header ``match`` found."""
    common = _common(src, pos, end, match, "iptc-7901")
    if common is None:
        return None
    envelope, body, claimed = common
    envelope = attrs.evolve(
        envelope,
        source=_field(match, "source"),
        service_number=_field(match, "service_number"),
        flags=_field(match, "flags"),
        keywords=tuple(_keyword_lines(src, match.end(), body[0] - 1)),
    )
    return Transmission(envelope, body, tuple(claimed))


def _trailer(
    src: str, body_start: int, end: int, pattern: regex.Pattern[str]
) -> tuple[int, Field | None, dt.date | None, Span]:
    """Where the body ends (ETX), the trailer's time line, its date and span."""
    etx = src.find("\x03", body_start, end)
    if etx < 0:
        return end, None, None, (end, end)
    found = pattern.match(src, etx + 1, end)
    if found is None:
        return etx, None, None, (etx, _past_eot(src, etx + 1, end))
    if pattern is RE_ANPA_TRAILER:
        date = _two_digit_date(found.group("year"), found.group("month"), found.group("day"))
    else:
        date = _iptc_date(found)
    return etx, _field(found, "trailer"), date, (etx, _past_eot(src, found.end(), end))


def _past_eot(src: str, pos: int, end: int) -> int:
    """Where a trailer ends: past the padding and the EOT after ``pos``."""
    stop = pos
    while stop < end and src[stop] in PADDING and src[stop] != "\x01":
        stop += 1
        if src[stop - 1] == "\x04":
            return stop
    return pos


def _two_digit_date(year: str, month: str, day: str) -> dt.date | None:
    """A date from two-digit parts, or None when they name no date."""
    number = int(year)
    try:
        return dt.date(number + (1900 if number >= 70 else 2000), int(month), int(day))
    except ValueError:
        return None


def _iptc_date(match: regex.Match[str]) -> dt.date | None:
    """The date of an IPTC 7901 date line ("071341 GMT Okt 15")."""
    word = match.group("month").casefold()
    month = _GERMAN_MONTHS.get(word) or month_number(word)
    if month is None:
        return None
    year = match.group("year")
    if len(year) == 4:
        year = year[2:] if year.startswith(("19", "20")) else year
    return _two_digit_date(year[-2:], str(month), match.group("day"))


@attrs.frozen
class _Slug:
    """What an ANPA slug line holds."""

    slug: Field
    """The slug ("BC-US--Ferry-Crossing")."""
    format_id: Field | None
    """The format identifier before it ("*9006"), if any."""
    take: Field | None
    """The take after it ("1st Ld-Writethru"), if any."""
    claimed: list[Span]
    """The spans of its values."""
    title: Span | None
    """The slug's words after its category code ("Ferry-Crossing")."""


def _slug_line(src: str, start: int, end: int) -> _Slug | None:
    """Read the ANPA slug line opening the body: slug, take, word count."""
    pos = start
    if pos >= end or src[pos] != "^":
        return None
    stop = pos
    while stop < end and src[stop] not in "\r\n":
        stop += 1
    line_end = src.rfind("<", pos, stop)
    if line_end < 0:
        return None
    format_id: Field | None = None
    take: Field | None = None
    claimed: list[Span] = []
    pos += 1
    if src.startswith("*", pos):
        close = src.find("<", pos, line_end)
        caret = src.find("^", pos, line_end)
        if close < 0 or caret < 0 or not src[pos + 1 : close].isdigit():
            return None
        format_id = Field(text=src[pos:close], span=(pos, close))
        claimed.append((pos, close))
        pos = caret + 1
    pieces: list[Field] = []
    at = pos
    for raw in src[pos:line_end].split(","):
        text = raw.strip(PADDING)
        if text:
            first = at + raw.index(text)
            pieces.append(Field(text=collapse(text), span=(first, first + len(text))))
        at += len(raw) + 1
    if not pieces or pieces[0].span[0] != pos:
        return None
    slug = pieces[0]
    claimed.append(slug.span)
    for piece in pieces[1:]:
        # A number is the slug line's own word count; anything else the take.
        if not piece.text.isdigit():
            take = piece
        claimed.append(piece.span)
    claimed.append((start, line_end + 1))
    title = None
    written = src[slug.span[0] : slug.span[1]]
    dashes = written.find("--")
    if dashes >= 0 and written[dashes + 2 :].strip(PADDING):
        title = (slug.span[0] + dashes + 2, slug.span[1])
    return _Slug(slug, format_id, take, claimed, title)


def header_line_kind(text: str, *, headline: bool) -> str | None:
    """The note kind of an envelope header line the note patterns do not know.

    ``headline`` is True above the headline, where IPTC version lines stand:
    a story type alone ("REFILE") and a parenthesised word ("(Achtung)").
    Anywhere in the header, a photo list and a time-zone line are ``other``.

    >>> header_line_kind("AP Photo XAB101, XAB102", headline=False)
    'other'
    >>> header_line_kind("REFILE", headline=True), header_line_kind("Snow", headline=True)
    ('story-type', None)
    """
    if RE_PHOTO_LINE.match(text) or RE_TIMES_LINE.fullmatch(text):
        return "other"
    if not headline:
        return None
    if text.isupper() and RE_STORY_TYPE_LINE.fullmatch(text):
        return "story-type"
    if RE_PARENTHESISED_WORDS.fullmatch(text):
        return "other"
    return None


def read_line_codes(
    src: str, lines: list[Line], *, opening: str, ending: str
) -> tuple[list[Span], set[int]]:
    """Take line format codes off scanned lines.

    A line's ``opening`` character (ANPA ``^``) and one of its ``ending``
    characters (ANPA ``<`` or ``=``, IPTC ``=``) are moved out of its
    content; returns the spans of those codes and the ids of the lines that
    open with the code in their first column.

    >>> from wirecopy._lines import scan_lines
    >>> src = "^By Ana Ruiz=\\n\\t   Snow fell.<\\n"
    >>> lines = scan_lines(src)
    >>> codes, carets = read_line_codes(src, lines, opening="^", ending="<=")
    >>> [line.text for line in lines], codes, len(carets)
    (['By Ana Ruiz', 'Snow fell.'], [(0, 1), (12, 13), (28, 29)], 1)
    """
    codes: list[Span] = []
    carets: set[int] = set()
    for line in lines:
        if line.blank:
            continue
        start, stop = line.cstart, line.cend
        if opening and src.startswith(opening, start):
            codes.append((start, start + 1))
            if start == line.start:
                # After a table code (BS) the line is a table row, not a header.
                carets.add(id(line))
            start += 1
        if stop > start and src[stop - 1] in ending:
            codes.append((stop - 1, stop))
            stop -= 1
        while start < stop and src[start] in PADDING:
            start += 1
        while stop > start and src[stop - 1] in PADDING:
            stop -= 1
        line.cstart, line.cend = start, stop
        line.text = src[start:stop]
        line.blank = not line.text
    return codes, carets
