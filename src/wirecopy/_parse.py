"""parse(): the pipeline from wire text to a Document."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import os

import regex

from wirecopy._agencies import TAG_PATTERN, agency_of_separator, agency_of_signoff, resolve_agency
from wirecopy._byline import (
    RE_BY,
    RE_CORRESPONDENTS,
    bare_candidate,
    byline_below,
    names_a_place,
    parse_byline,
)
from wirecopy._credits import (
    MAX_CREDIT,
    RE_BARE_CREDIT_START,
    RE_CREDIT_START,
    RE_NAME,
    RE_NEWSROOM,
    is_credit,
    parse_credits,
    parse_dashed_credit,
    parse_sentence_credits,
)
from wirecopy._dateline import (
    RE_BRAND,
    SEPARATOR_ENDS,
    Reading,
    agency_of,
    parse_dateline,
    read_dateline,
)
from wirecopy._dates import reference_day
from wirecopy._envelope import (
    Transmission,
    header_line_kind,
    parse_envelope,
    read_line_codes,
)
from wirecopy._header import parse_scrape_header, web_timestamp
from wirecopy._lines import (
    LEAD_DASHES,
    PADDING,
    PADDING_ALLOWANCE,
    RE_VISIBLE_RUN,
    SHORT_LINE,
    Line,
    collapse,
    fits,
    scan_lines,
    short_line_runs,
)
from wirecopy._notebook import find_notebook, parse_notebook
from wirecopy._notes import (
    RE_ATTENTION_LINE,
    RE_DISCLAIMER,
    RE_EDITORS_NOTE,
    RE_LINKS_HEADING,
    copyright_year,
    find_link_line,
    is_link_entry,
    make_note,
    make_notes,
    note_kind,
    split_story_types,
)
from wirecopy._paragraphs import (
    CLOSERS,
    MAX_WRAP_WIDTH,
    RULE_CHARACTERS,
    ends_sentence,
    is_rule,
    split_paragraphs,
)
from wirecopy._pattern import lazy
from wirecopy._signoff import (
    RE_DESK_CODE,
    find_trailer,
    is_index_line,
    is_time_line,
    parse_signoff,
)
from wirecopy._title import split_title_line
from wirecopy.errors import ParseError
from wirecopy.model import (
    Byline,
    Credit,
    Dateline,
    Diagnostic,
    Document,
    Envelope,
    Fragment,
    Headline,
    Metadata,
    Note,
    Paragraph,
    Signoff,
)

# The host of a URL.
RE_HOST = lazy(r"(?:https?://)?(?:www\.)?([^/]+)")

# Where a word starts after another.
RE_WORD_START = lazy(r"(?<=\S[ \t\u00a0]+)(?=\S)")

# The end of a byline's text whose names go on after it: "By Ana Ruiz and".
RE_OPEN_NAMES = lazy(r"(?:[,&]|\b(?i:and|with))\Z")

# ANPA format codes left at the end of a paragraph: "&QL;", "&UR;".
RE_FORMAT_CODE = lazy(r"(?:[ \t]*&[A-Z]{2};)+[ \t]*$")

# A control character written as an SGML or HTML character reference, as
# an archive's markup keeps them: "&#2;" (STX) before a story, "&#3;" (ETX)
# after its sign-off (the Reuters-21578 collection ends every story so).
RE_CONTROL_REFERENCE = lazy(
    r"&\#(?:0*(?:[1-9]|[12][0-9]|3[01]|127)|[xX]0*(?:[1-9a-fA-F]|1[0-9a-fA-F]|7[fF]));"
)

# The site a web page's title ends with: "Mill shuts | Reuters", "Mill shuts
# - AP News".
# The search starts only where a run of spaces starts and takes it whole,
# and only the title's last characters are searched: on a header line of
# thousands of spaces, a search started from every space takes minutes.
RE_SITE_SUFFIX = lazy(
    rf"(?<![ \t])[ \t]++[|\-–—][ \t]++(?P<site>(?:{TAG_PATTERN})(?:[ \t]+News)?)[ \t]*+$",
    regex.IGNORECASE,
)

# How far from a title's end its site suffix starts, at most.
SITE_SUFFIX_REACH = 60

# An editorial's opening line names the paper whose editorial it is:
# "<Paper> says in an editorial on Sunday, Feb. 9:".
RE_EDITORIAL_INTRO = lazy(
    rf"(?P<outlet>{TAG_PATTERN})[ \t]+(?:said|says)[ \t]+in[ \t]+(?:an[ \t]+)?editorial\b",
    regex.IGNORECASE,
)

# A rule between the story and its closing lines: "___".
RE_RULE = lazy(r"_{3,}")

# The most lines a blank-line block of IPTC copy has when it is one paragraph.
MAX_BLOCK = 12

# The longest line that can still be a headline.
MAX_HEADLINE = 160

# The longest credit line without parentheses.
MAX_BARE_CREDIT = 400

# The dash before a credit line without parentheses that closes web copy:
# "-- Reporting by A; Editing by B", "--Reporting by A".
RE_CREDIT_DASH = lazy(rf"[{LEAD_DASHES}]{{1,2}}[ \t]*")

# The most groups read off the end of a paragraph: a credit line and a few
# notes after it.  More are not the story's closing groups (and each costs
# a look at its opening).
MAX_TRAILING = 8

# Top matter above a dateline: at most this many lines, none longer than
# this (lines of wrapped prose are longer)...
MAX_LINES_ABOVE = 6
MAX_LINE_ABOVE = 60
# ...except in a block with a blank line below it: a headline wrapped at the
# copy's width.  Wrapped prose runs on into the dateline.
MAX_WRAPPED_ABOVE = 80

# What may stand after a group's closing parenthesis.
_PADDING_OR_DOT = PADDING + "."


_Readings = dict[tuple[int, int, str], tuple[bool, "Reading | None"]]


class _Parts:
    """What the pipeline has found so far."""

    def __init__(self) -> None:
        self.headline: Headline | None = None
        self.byline: Byline | None = None
        self.dateline: Dateline | None = None
        self.paragraphs: list[Paragraph] = []
        self.credits: list[Credit] = []
        self.notes: list[Note] = []
        self.signoff: Signoff | None = None
        self.metadata: list[Metadata] = []
        self.markup: list[tuple[int, int]] = []
        self.diagnostics: list[Diagnostic] = []
        self.envelope: Envelope | None = None
        # The date of a web page's time stamp line in the top matter.
        self.stamp: dt.date | None = None
        # Stretches of too many short lines in a row, left unread.
        self.unread: list[tuple[int, int]] = []
        # Dateline readings of this story's lines: a line is asked whether it
        # opens with a dateline up to four times (as a headline, above the
        # body, as the body's first line), and each reading cost about 40 us.
        self.readings: _Readings = {}


def parse(
    text: str,
    *,
    reference_date: dt.date | dt.datetime | str | None = None,
    strict: bool = False,
) -> Document:
    """Parse one wire story into a :class:`~wirecopy.Document`.

    ``reference_date`` is the filing or publication date known from outside
    the text (a date, a datetime or an ISO 8601 string such as
    ``"2021-01-02"``); a dateline's month and day are resolved to the year
    nearest it.  Without it, a date the copy carries (a scrape header's
    timestamp) is used.  ``strict=True`` raises :class:`~wirecopy.ParseError`
    for the first error-level diagnostic instead of recording it.

    >>> import datetime, wirecopy
    >>> doc = wirecopy.parse(
    ...     "Mill shuts\\n\\nOSLO, Dec 31 (Reuters) - The mill shut.\\n"
    ...     "(Reporting by Ana Ruiz; Editing by Tom Hale)\\n",
    ...     reference_date=datetime.date(2021, 1, 2),
    ... )
    >>> doc.headline.text, doc.dateline.city, doc.dateline.date
    ('Mill shuts', 'OSLO', datetime.date(2020, 12, 31))
    >>> [p.text for p in doc.paragraphs], [c.role for c in doc.credits]
    (['The mill shut.'], ['reporting', 'editing'])
    """
    if not isinstance(text, str):
        raise TypeError(_type_message(text))
    reference = reference_day(reference_date)
    # Where the reference date comes from, as Dateline.reference says.
    reference_source = "argument" if reference is not None else None
    parts = _Parts()

    # 0. A transmission envelope (ANPA-1312, IPTC 7901) wraps the story.
    transmission = parse_envelope(text, 0, len(text))
    header_lines: set[int] = set()
    if transmission is None:
        # A byte-order mark is no part of the first line: the line's length
        # tells the wrap width.
        lines = _scan(text, 1 if text.startswith("\ufeff") else 0, len(text), parts)
        _strip_control_references(text, lines, parts)
    else:
        lines, header_lines = _open_envelope(text, transmission, parts)
        if reference is None and transmission.envelope.date is not None:
            reference = _envelope_reference(transmission.envelope, parts)
            reference_source = "envelope"

    # 1. A scrape header ("-- " lines) gives headline, byline, timestamp, URL.
    index = 0
    header = parse_scrape_header(text, lines) if transmission is None else None
    if header is not None:
        index = header.next_line
        if header.headline is not None:
            _set_headline(text, parts, *header.headline)
        if header.byline is not None:
            parts.byline = parse_byline(text, *header.byline)
        parts.metadata.extend(header.metadata)
        parts.markup.extend(header.markup)
        if reference is None and header.reference is not None:
            reference, reference_source = header.reference, "header"

    if reference is None:
        # A copyright line gives the year at least: its middle day is
        # nearest every date of that year.
        year = copyright_year(lines)
        if year is not None:
            reference, reference_source = dt.date(year, 7, 2), "copyright"

    # 2. Top matter: headline, byline lines and notes above the body.
    if header_lines:
        index = _envelope_top_matter(text, lines, header_lines, parts)
    index = _top_matter(text, lines, index, parts, first=header is None and not header_lines)
    index = _lines_above_dateline(text, lines, index, parts)
    if parts.stamp is not None and reference_source in (None, "copyright"):
        # A web page's time stamp line, read with the top matter, comes
        # before a copyright line's year.
        reference, reference_source = parts.stamp, "header"
    if parts.headline is None and transmission is not None and transmission.slug_title:
        # An ANPA story with no headline line is known by its slug.
        start, end = transmission.slug_title
        parts.headline = Headline(text=collapse(text[start:end]), span=(start, end))

    # 3. The dateline opens the body's first line.
    body_start = lines[index].cstart if index < len(lines) else len(text)
    if index < len(lines):
        found = _dateline_at(text, lines[index], parts, reference, reference_source)
        if found is not None:
            body_start = found

    # 4. The sign-off closes the story on a line of its own, and a notebook
    #    of notes and credits may stand above it.
    stop = _signoff_line(text, lines, index, parts)
    notebook = find_notebook(lines, index, stop)
    if notebook is not None:
        book = parse_notebook(text, lines[notebook:stop])
        parts.notes.extend(book.notes)
        parts.credits.extend(book.credits)
        parts.markup.extend(book.markup)
        stop = notebook

    # 5. The body: paragraphs, with credits and notes among them.
    body_lines = lines[index:stop]
    if transmission is not None and transmission.envelope.format == "anpa-1312":
        spans = _anpa_paragraphs(text, body_lines, body_start, parts)
    elif transmission is not None and _short_blocks(body_lines):
        spans = _block_paragraphs(body_lines, body_start)
    else:
        spans = split_paragraphs(
            body_lines,
            body_start,
            lambda line: _opens_note(text, line),
            lambda start, end: _closing_matter(text, start, end),
        )
    _classify(text, spans, parts)

    # 6. The agency, from the strongest evidence the copy gives.
    agency = _agency(text, parts)

    # 7. Whatever no part covers is kept and reported, never dropped.
    spans = _spans(parts)
    unclaimed = _unclaimed(text, [*spans, *parts.markup, *parts.unread])
    if parts.unread:
        unclaimed = sorted([*unclaimed, *_unread(text, parts, spans)], key=lambda f: f.span)
    for fragment in unclaimed:
        parts.diagnostics.append(
            Diagnostic(
                "unclaimed-text",
                "text that is no part of the story was kept in Document.unclaimed",
                "warning",
                fragment.span,
            )
        )
    diagnostics = tuple(sorted(parts.diagnostics, key=lambda d: d.span))
    if strict:
        for diagnostic in diagnostics:
            if diagnostic.severity == "error":
                raise ParseError(diagnostic.code, diagnostic.message, text, diagnostic.span)
    return Document(
        source=text,
        agency=agency,
        headline=parts.headline,
        byline=parts.byline,
        dateline=parts.dateline,
        paragraphs=tuple(parts.paragraphs),
        credits=tuple(parts.credits),
        notes=tuple(sorted(parts.notes, key=lambda note: note.span)),
        signoff=parts.signoff,
        metadata=tuple(parts.metadata),
        envelope=parts.envelope,
        unclaimed=tuple(unclaimed),
        diagnostics=diagnostics,
    )


def _strip_control_references(src: str, lines: list[Line], parts: _Parts) -> None:
    """Take control characters written as references ("&#3;") off the text's ends.

    A run of them opening the first line or closing the last is markup, as
    the control characters themselves would be; a line left with nothing
    else is dropped from ``lines``.

    >>> src = "&#2;\\nSnow fell.\\n Reuter\\n&#3;"
    >>> lines, parts = scan_lines(src), _Parts()
    >>> _strip_control_references(src, lines, parts)
    >>> [line.text for line in lines], parts.markup
    (['Snow fell.', 'Reuter'], [(24, 28), (0, 4)])
    >>> src = "Snow fell&#3;\\n Reuter\\n\\x0c\\n\\x04"
    >>> lines, parts = scan_lines(src), _Parts()
    >>> _strip_control_references(src, lines, parts)
    >>> parts.markup
    []
    """
    # The first and the last line with content (lines of padding, a form
    # feed or an end-of-transmission code, may stand after it).
    last_at = len(lines) - 1
    while last_at >= 0 and lines[last_at].blank:
        last_at -= 1
    if last_at < 0:
        return
    first_at = 0
    while lines[first_at].blank:
        first_at += 1
    last = lines[last_at]
    start = last.cend
    # Read back one reference at a time: a pattern searched for a run that
    # ends the line would rescan the run from each "&" of a long one.
    while (found := src.rfind("&#", last.cstart, start)) >= 0 and RE_CONTROL_REFERENCE.fullmatch(
        src, found, start
    ):
        start = found
        while start > last.cstart and src[start - 1] in PADDING:
            start -= 1
    if start < last.cend:
        parts.markup.append((start, last.cend))
        lines[last_at] = Line(src, last.start, start)
        if lines[last_at].blank:
            del lines[last_at]
            if first_at == last_at:
                return
    first = lines[first_at]
    end = first.cstart
    while (match := RE_CONTROL_REFERENCE.match(src, end, first.cend)) is not None:
        end = match.end()
        while end < first.cend and src[end] in PADDING:
            end += 1
    if end > first.cstart:
        parts.markup.append((first.cstart, end))
        lines[first_at] = Line(src, end, first.end)
        if lines[first_at].blank:
            del lines[first_at]


def _open_envelope(
    src: str, transmission: Transmission, parts: _Parts
) -> tuple[list[Line], set[int]]:
    """The lines of the story inside an envelope, and which are header lines.

    The envelope's header, trailer and slug line are claimed; in ANPA copy
    every line's ``^``, ``<`` and ``=`` codes are taken off, and the lines
    that opened with ``^`` are header lines.  In IPTC copy the lines above
    the first blank line are header lines when the last of them ends " =".
    """
    parts.envelope = transmission.envelope
    parts.markup.extend(transmission.claimed)
    lines = _scan(src, *transmission.body, parts)
    if transmission.envelope.slug is not None and lines:
        # The slug line belongs to the envelope; its take is also a note.
        lines = lines[1:]
        take = transmission.envelope.take
        if take is not None and take.span[0] >= transmission.body[0]:
            parts.notes.append(make_note(src, "take", *take.span))
    if transmission.envelope.format == "anpa-1312":
        codes, carets = read_line_codes(src, lines, opening="^", ending="<=")
        parts.markup.extend(codes)
        return lines, carets
    top: list[Line] = []
    for line in lines:
        if line.blank and top:
            break
        if not line.blank:
            top.append(line)
    if top and top[-1].text.endswith("="):
        codes, _ = read_line_codes(src, top, opening="", ending="=")
        parts.markup.extend(codes)
        return lines, {id(line) for line in top}
    return lines, set()


def _envelope_reference(envelope: Envelope, parts: _Parts) -> dt.date | None:
    """The envelope's date as the reference date, with a note that says so."""
    if envelope.date is None or envelope.trailer is None:
        return None
    parts.diagnostics.append(
        Diagnostic(
            "envelope-reference-date",
            "the dateline's date is resolved against the envelope's trailer date",
            "info",
            envelope.trailer.span,
        )
    )
    return envelope.date


def _envelope_top_matter(src: str, lines: list[Line], header: set[int], parts: _Parts) -> int:
    """Read the header lines an envelope marks; return the index of the first other line.

    Each is a byline (with an agency line below it), a note, or the headline;
    the first header line that is none of these, once the headline is read,
    starts the body.
    """
    byline_index = -1
    for index, line in enumerate(lines):
        if line.blank:
            continue
        if id(line) not in header:
            return index
        if _take_byline(src, line, parts, bare=parts.headline is not None):
            byline_index = index
        elif (
            parts.byline is not None
            and index == byline_index + 1
            and (below := byline_below(src, parts.byline, line.cstart, line.cend)) is not None
        ):
            _take_below(parts, below, line)
        else:
            kind = note_kind(src, line.cstart, line.cend, top=True) or header_line_kind(
                line.text, headline=parts.headline is None
            )
            if kind is not None:
                parts.notes.append(make_note(src, kind, line.cstart, line.cend))
            elif parts.headline is None:
                _set_headline(src, parts, line.cstart, line.cend)
            else:
                return index
    return len(lines)


def _anpa_paragraphs(
    src: str, lines: list[Line], first_start: int, parts: _Parts
) -> list[tuple[int, int]]:
    """ANPA paragraphs: every indented or ``^`` line starts one; ``___`` rules are markup.

    A line that opens a note or a credit starts a part of its own, indented or not.
    """
    spans: list[tuple[int, int]] = []
    for line in lines:
        if line.blank:
            continue
        if RE_RULE.fullmatch(line.text):
            parts.markup.append((line.cstart, line.cend))
            continue
        start = max(first_start, line.cstart)
        if start >= line.cend:
            continue
        if (
            spans
            and line.cstart == line.start
            and src[line.start] != "^"
            and spans[-1][1] > first_start
            and not (line.text[0] == "(" and _opens_note(src, line))
        ):
            spans[-1] = (spans[-1][0], line.cend)
        else:
            spans.append((start, line.cend))
    return spans


def _short_blocks(lines: list[Line]) -> bool:
    """True when blank lines cut the lines into blocks of paragraph size."""
    run = 0
    for line in lines:
        run = 0 if line.blank else run + 1
        if run > MAX_BLOCK:
            return False
    return True


def _block_paragraphs(lines: list[Line], first_start: int) -> list[tuple[int, int]]:
    """Paragraphs as blank-line blocks, as IPTC 7901 copy sets them."""
    spans: list[tuple[int, int]] = []
    start = -1
    previous: Line | None = None
    for line in [*lines, None]:
        if line is None or line.blank:
            if previous is not None and start >= 0 and previous.cend > start:
                spans.append((start, previous.cend))
            start, previous = -1, None
            continue
        if start < 0:
            start = max(first_start, line.cstart)
        previous = line
    return spans


def _type_message(value: object) -> str:
    """What a TypeError for a non-str story says: what to pass instead.

    >>> print(_type_message(memoryview(b"x")))
    parse() takes the story as str, not memoryview: decode it first, e.g.
    parse(bytes(data).decode('utf-8')), or parse(wirecopy.decode(data).text)
    when the encoding is unknown
    """
    name = type(value).__name__
    if isinstance(value, (bytes, bytearray)):
        decode = "data.decode('utf-8')"
    elif isinstance(value, memoryview):
        decode = "bytes(data).decode('utf-8')"
    elif isinstance(value, os.PathLike):
        return (
            f"parse() takes the story as str, not {name}: read the file first, "
            "e.g. parse(path.read_bytes().decode('utf-8'))"
        )
    elif hasattr(value, "read"):
        return f"parse() takes the story as str, not {name}: read it first, e.g. parse(f.read())"
    else:
        return f"parse() takes the story as str, not {name}"
    return (
        f"parse() takes the story as str, not {name}: decode it first, e.g. parse({decode}),"
        " or parse(wirecopy.decode(data).text) when the encoding is unknown"
    )


def _set_headline(src: str, parts: _Parts, start: int, end: int) -> None:
    notes, rest = split_story_types(src, start, end)
    parts.notes.extend(notes)
    while rest < end and src[rest] in PADDING:
        rest += 1
    if notes:
        # The separators between prefixes ("UPDATE 2-") belong to the line.
        parts.markup.append((start, rest))
    if rest >= end:
        return
    title = split_title_line(src, rest, end)
    parts.notes.extend(title.notes)
    end = title.headline_end
    group = _trailing_group(src, rest, end)
    if group is not None and group[2] in ("advisory", "correction"):
        # "REFILE-Mill shuts (Corrects typo in headline)": the desk's note
        # runs on at the end of the headline.
        opening, _, kind = group
        if kind == "advisory" and _after_correction(parts):
            kind = "correction"
        parts.notes.append(make_note(src, kind, opening, end))
        end = opening
        while end > rest and src[end - 1] in PADDING:
            end -= 1
    site = RE_SITE_SUFFIX.search(src, max(rest, end - SITE_SUFFIX_REACH), end)
    if site is not None and site.start() > rest:
        # "Mill shuts | Reuters": a web page's title names its site.
        parts.metadata.append(
            Metadata(name="site", text=site.group("site"), span=site.span("site"))
        )
        parts.markup.append((site.start(), site.start("site")))
        end = site.start()
    if title.byline is not None and parts.byline is None:
        parts.byline = title.byline
    elif title.byline is not None:
        end = title.byline.span[1]  # a second byline stays in the headline
    text = src[rest:end].rstrip()
    if text.endswith((" =", "\t=")):
        # IPTC 7901 ends a header line with " =", with or without the envelope.
        markup_end = end
        end = rest + len(text[:-1].rstrip())
        parts.markup.append((end, markup_end))
    parts.headline = Headline(text=collapse(src[rest:end]), span=(rest, end))


def _top_matter(src: str, lines: list[Line], index: int, parts: _Parts, *, first: bool) -> int:
    """Read headline, byline and note lines; return the index of the body's first line."""
    seen_content = False
    byline_index = -1
    # "Reuter" alone under a headline signs the story off: it names no author.
    last = len(lines) - 1
    while last > index and lines[last].blank:
        last -= 1
    while index < len(lines):
        line = lines[index]
        if line.blank:
            index += 1
            continue
        if _take_stamp(src, line, parts):
            index += 1
            continue
        headline = (
            not seen_content
            and first
            and parts.headline is None
            and _is_headline(src, lines, index, parts.readings)
        )
        if (
            not headline
            and parts.dateline is None
            and not _whole_byline(src, line)
            and _strong_dateline(src, line, parts.readings)
        ):
            return index
        # The text's last line signs it off rather than name its author.
        signs_off = index == last and parse_signoff(src, line.cstart, line.cend) is not None
        # A headline is no byline without "By" ("Storm Hits Coast, AP").
        if not signs_off and _take_byline(src, line, parts, bare=not headline):
            byline_index = index
            index += 1
            seen_content = True
            continue
        if (
            parts.byline is not None
            and index == byline_index + 1
            and (below := byline_below(src, parts.byline, line.cstart, line.cend)) is not None
        ):
            # "Associated Press" or "AP Business Writer" on the line below
            # completes the byline.
            _take_below(parts, below, line)
            byline_index = index
            index += 1
            continue
        if not headline and not signs_off and _take_outlet_line(parts, line):
            index += 1
            seen_content = True
            continue
        end_index = _note_lines(src, lines, index, parts.readings)
        end = lines[end_index].cend
        kind = note_kind(src, line.cstart, end, top=True)
        if kind in _WRAPPING_KINDS and not line.text.startswith("("):
            # A note without parentheses wrapped onto the next lines ("...
            # some readers may find" over "offensive.") is one note; one in
            # parentheses runs to its ")" (see _note_lines()).
            wrapped = _wrapped_note_lines(src, lines, index, parts.readings)
            if (
                wrapped > index
                and note_kind(src, line.cstart, lines[wrapped].cend, top=True) == kind
            ):
                end_index, end = wrapped, lines[wrapped].cend
        if (
            kind is None
            and parts.headline is None
            and header_line_kind(line.text, headline=True) == "story-type"
        ):
            kind = "story-type"  # "URGENT" alone above the headline
        if kind == "summary" and not _dateline_below(src, lines, index, parts.readings):
            kind = None  # a factbox's points with no dateline are its text
        if kind is not None:
            if kind == "advisory" and _after_correction(parts):
                kind = "correction"
            parts.notes.append(make_note(src, kind, line.cstart, end))
            index = end_index + 1
            # The headline may still come below a story type alone.
            seen_content = seen_content or kind != "story-type"
            continue
        if headline:
            _set_headline(src, parts, line.cstart, line.cend)
            index += 1
            seen_content = True
            continue
        if _prose_before_dateline(src, lines, index, parts.readings):
            kind = "other" if RE_DISCLAIMER.search(line.text) else "editors-note"
            parts.notes.append(make_note(src, kind, line.cstart, line.cend))
            index += 1
            continue
        return index
    return index


def _lines_above_dateline(src: str, lines: list[Line], index: int, parts: _Parts) -> int:
    """Read short lines standing above a dateline as top matter; return the body's first line.

    Top matter with a line of no known kind (an ANPA slug such as
    "BC-Storm-Portugal,0234", a desk's code) stops :func:`_top_matter`
    before the dateline.  When a dateline with an agency, a date or a
    separator opens one of the next few lines and every line above it is
    short, as no line of wrapped prose is (or as wide as a wrap, in a block
    with a blank line below it: a headline wrapped over two lines), and
    none but a note ends a sentence, those lines are top matter: a byline
    and the title below it, notes, the headline.  A line of none of these
    kinds stays unclaimed, and is reported.
    """
    if parts.dateline is not None or index >= len(lines):
        return index
    if _strong_dateline(src, lines[index], parts.readings):
        return index
    above: list[int] = []
    wide = False  # a line of the block above is longer than MAX_LINE_ABOVE
    for at in range(index, min(len(lines), index + 2 * MAX_LINES_ABOVE)):
        line = lines[at]
        if line.blank:
            wide = False
            continue
        if above and _strong_dateline(src, line, parts.readings):
            break
        if len(line.text) > MAX_WRAPPED_ABOVE or len(above) == MAX_LINES_ABOVE:
            return index
        wide = wide or len(line.text) > MAX_LINE_ABOVE
        above.append(at)
    else:
        return index
    if wide:
        return index  # a wide line runs on into the dateline: wrapped prose
    dateline_at = at
    if any(
        _is_sentence(lines[at].text) and note_kind(src, lines[at].cstart, lines[at].cend) is None
        for at in above
    ):
        return index  # a sentence above the dateline: the story's own text
    byline_at = -1
    continued = -1
    for at in above:
        line = lines[at]
        if at == continued:
            continue
        if _take_stamp(src, line, parts):
            continue
        if _take_byline(src, line, parts, bare=parts.headline is not None):
            byline_at = at
        elif (
            parts.byline is not None
            and byline_at >= 0
            and at == byline_at + 1
            and (below := byline_below(src, parts.byline, line.cstart, line.cend)) is not None
        ):
            _take_below(parts, below, line)
        elif parts.headline is not None and _take_outlet_line(parts, line):
            continue  # "Associated Press" under the headline: a byline naming no one
        elif (
            kind := note_kind(src, line.cstart, line.cend, top=True)
            # A story type alone above the headline ("URGENT"), a photo list.
            or header_line_kind(line.text, headline=parts.headline is None)
        ) is not None:
            parts.notes.append(make_note(src, kind, line.cstart, line.cend))
        elif parts.headline is None and " " in line.text.strip():
            end = line.cend
            if at + 1 in above and _continues_headline(src, line, lines[at + 1]):
                continued = at + 1
                end = lines[continued].cend
            _set_headline(src, parts, line.cstart, end)
    return dateline_at


def _continues_headline(src: str, line: Line, follow: Line) -> bool:
    """True when ``follow``, right below a headline's line, is the rest of the headline.

    A headline wrapped over two lines goes on in lower case ("... as paper
    demand" over "soars in Asia"), or, below a line as wide as wrapped copy
    (more than :data:`MAX_LINE_ABOVE` characters), as words that are no
    byline and no note ("... on the" over "Kestervik route").  A slug
    ("BC-Ferry-Norway,0210") has no space.
    """
    if follow.text[:1].islower():
        return True
    return (
        len(line.text) > MAX_LINE_ABOVE
        and " " in follow.text
        and parse_byline(src, follow.cstart, follow.cend) is None
        and note_kind(src, follow.cstart, follow.cend, top=True) is None
        and header_line_kind(follow.text, headline=False) is None
    )


def _take_stamp(src: str, line: Line, parts: _Parts) -> bool:
    """Read a web page's time stamp line as metadata; True when it is one.

    "January 5, 2015 / 10:01 AM / 3 years ago" above the dateline gives the
    story a reference date, as a scrape header's timestamp does.
    """
    text = line.text
    if not text[:1].isalnum() or ("20" not in text and "19" not in text):
        return False  # tested first: a stamp opens with a word or a figure and has a year
    stamp = web_timestamp(src, line.cstart, line.cend)
    if stamp is None:
        return False
    parts.metadata.append(Metadata("timestamp", line.text, (line.cstart, line.cend)))
    parts.stamp = parts.stamp or stamp
    return True


def _take_outlet_line(parts: _Parts, line: Line) -> bool:
    """Read a line naming an outlet alone as the byline, if there is none; True when it is.

    "THE CANADIAN PRESS", "Reuters Staff" on a line of its own are a byline
    naming no one.
    """
    if parts.byline is not None or (outlet := _named_agency(line)) is None:
        return False
    text = line.text.rstrip("= ")
    parts.byline = Byline(
        people=(), affiliation=outlet, text=text, span=(line.cstart, line.cstart + len(text))
    )
    parts.markup.append((line.cstart, line.cend))
    return True


def _named_agency(line: Line) -> str | None:
    """The agency a line names and nothing else, maybe with its staff, as written."""
    text = line.text.rstrip("= ")
    if len(text) > 40:
        return None  # tested first: the staff pattern is searched, not anchored
    outlet = RE_CORRESPONDENTS.sub("", text)
    return outlet if resolve_agency(outlet) is not None else None


def _whole_byline(src: str, line: Line) -> bool:
    """True for a line that is a byline from end to end: "By Ana Ruiz - Reuters".

    Such a line is no byline running into a dateline ("By Ana" before
    "Ruiz -").
    """
    return (
        RE_BY.match(src, line.cstart, line.cend) is not None
        and _plausible_byline(line)
        and parse_byline(src, line.cstart, line.cend) is not None
    )


def _take_byline(src: str, line: Line, parts: _Parts, *, bare: bool) -> bool:
    """Read ``line`` as the byline if there is none yet; True when it is one.

    With ``bare``, a line without "By" is a byline when it names its outlet
    ("Ana Ruiz, Reuters").
    """
    if parts.byline is not None:
        return False
    if RE_BY.match(src, line.cstart, line.cend) is not None:
        bare = False
    elif not bare or not bare_candidate(src, line.cstart, line.cend):
        return False
    byline = parse_byline(src, line.cstart, line.cend, bare=bare)
    if byline is None or not _plausible_byline(line):
        return False
    if bare and names_a_place(byline):
        return False  # "New York, Reuters"
    parts.byline = byline
    # The ANPA and IPTC line end " =" belongs to the line.
    parts.markup.append((byline.span[1], line.cend))
    return True


def _take_below(parts: _Parts, byline: Byline, line: Line) -> None:
    """Take ``byline``, completed by ``line``; an ANPA " =" after it is markup."""
    parts.byline = byline
    if byline.span[1] < line.cend:
        parts.markup.append((byline.span[1], line.cend))


def _after_correction(parts: _Parts) -> bool:
    return any(
        note.kind == "story-type" and note.text.casefold().startswith("correct")
        for note in parts.notes
    )


def _plausible_byline(line: Line) -> bool:
    """True for a line short enough to be a byline that ends no sentence.

    A name's suffix ("By Ana Ruiz Jr.") ends none.
    """
    text = line.text
    if len(text) > 100:
        return False
    if text.endswith("."):
        return text.casefold().endswith((" jr.", " sr.", ",jr.", ",sr."))
    return not text.endswith(("?", "!", '"'))


def _dateline_below(src: str, lines: list[Line], index: int, memo: _Readings) -> bool:
    """True when a strong dateline opens one of the next few lines after ``lines[index]``.

    A few is :data:`MAX_LINES_ABOVE` lines with text, blank lines not counted.
    """
    seen = 0
    for line in itertools.islice(lines, index + 1, None):
        if line.blank:
            continue
        if _strong_dateline(src, line, memo):
            return True
        seen += 1
        if seen == MAX_LINES_ABOVE:
            return False
    return False


def _note_lines(src: str, lines: list[Line], index: int, memo: _Readings) -> int:
    """The last line of a note starting at ``lines[index]``: where its ")" is.

    A note left open does not run on into a dateline.
    """
    line = lines[index]
    if not line.text.startswith("(") or ")" in line.text:
        return index
    for follow in range(index + 1, min(index + 6, len(lines))):
        if lines[follow].blank or _strong_dateline(src, lines[follow], memo):
            break
        if lines[follow].text.endswith(")"):
            return follow
    return index


# The kinds of note above the dateline that run on as prose, and so may be
# wrapped onto lines below; a story type, a take key or a summary bullet
# stands on one line.
_WRAPPING_KINDS = frozenset(("editors-note", "correction", "advisory", "other", "contact"))

# What ends a line that ends a sentence.
_SENTENCE_ENDS = (".", "!", "?", ")", '"', "”", "’", "'")


def _wrapped_note_lines(src: str, lines: list[Line], index: int, memo: _Readings) -> int:
    """The last line of a note without parentheses wrapped from ``lines[index]``.

    A line below goes on with the note when it opens in lower case, or when
    the line above it is as wide as wrapped copy (more than
    :data:`MAX_LINE_ABOVE` characters) and stops mid-sentence, and it is
    no dateline, byline or note of its own.  Lines that go on in capitals
    must end a sentence ("April, not March."): a headline ends none.

    >>> from wirecopy._lines import scan_lines
    >>> src = "Eds: This story contains language some readers may well find\\noffensive.\\n"
    >>> _wrapped_note_lines(src, scan_lines(src), 0, {})
    1
    >>> src = "Eds: Moves on general news, sports and business wires in Tromvik\\nFerry sinks\\n"
    >>> _wrapped_note_lines(src, scan_lines(src), 0, {})
    0
    """
    last = index
    for follow in range(index + 1, min(index + MAX_LINES_ABOVE, len(lines))):
        line = lines[follow]
        if (
            line.blank
            or not _continues_note(src, lines[last], line)
            or _strong_dateline(src, line, memo)
        ):
            break
        last = follow
        if line.text.endswith(_SENTENCE_ENDS):
            break
    text = lines[last].text
    if last > index and not text.endswith(_SENTENCE_ENDS) and not text[:1].islower():
        return index  # words in capitals that end no sentence: a headline
    return last


def _continues_note(src: str, line: Line, follow: Line) -> bool:
    """True when ``follow`` may be the rest of a note wrapped at the end of ``line``.

    >>> from wirecopy._lines import scan_lines
    >>> src = "Eds: With photos of the\\nferry.\\nBy Mira Holt\\n"
    >>> note, rest, byline = scan_lines(src)[:3]
    >>> _continues_note(src, note, rest), _continues_note(src, note, byline)
    (True, False)
    """
    if line.text.endswith(_SENTENCE_ENDS) and not follow.text[:1].islower():
        return False
    if not follow.text[:1].islower() and (
        len(line.text) <= MAX_LINE_ABOVE or not line.text[-1:].isalnum()
    ):
        return False  # a short line, or one ending in a mark, was not wrapped
    return (
        RE_BY.match(src, follow.cstart, follow.cend) is None
        and note_kind(src, follow.cstart, follow.cend, top=True) is None
        and header_line_kind(follow.text, headline=False) is None
    )


def _opens_with_dateline(src: str, line: Line, memo: _Readings) -> bool:
    """True when a line starts with a dateline that names an agency or a date,
    or an upper-case city before a separator."""
    found = read_dateline(
        src, line.cstart, line.cend, bare=False, forms=("caps", "none"), memo=memo
    )
    if found is None:
        found = read_dateline(src, line.cstart, line.cend, bare=False, forms=("title",), memo=memo)
        return found is not None and (found.agency is not None or found.month is not None)
    return found.marked(src)


def _is_headline(src: str, lines: list[Line], index: int, memo: _Readings) -> bool:
    line = lines[index]
    if len(line.text) > MAX_HEADLINE or index + 1 >= len(lines):
        return False
    if _is_sentence(line.text) and not _asking_headline(src, lines, index, memo):
        return False
    following = lines[index + 1]
    if following.blank:
        # A line standing alone above a blank line is a headline unless it
        # opens with a dateline ("HAVANA (AP) --", "OSLO, Norway (AP) _ ...").
        # (A blank line of spaces has an indent, which says nothing.)
        return not _opens_with_dateline(src, line, memo) or _dashed_headline(
            src, lines, index, memo
        )
    if (
        following.indent > line.indent
        or RE_BY.match(following.text)
        or note_kind(src, following.cstart, following.cend) in ("advisory", "correction")
    ):
        # Above an indented line a headline may have a dash ("RATE CUT
        # POSSIBLE - SOURCES"), but not an agency tag; and a line that is a
        # dateline from end to end ("DALLAS, March 2 -", "DALLAS _") over
        # the story's indented text is no headline, unless the dateline
        # comes below it.
        found = read_dateline(src, line.cstart, line.cend, bare=False, memo=memo)
        if found is None:
            return True
        if found.agency is not None:
            return False
        return not (
            found.resume >= line.cend
            and found.marked(src)
            and not _opens_with_dateline(src, following, memo)
        )
    # Above a dateline with no blank line between, as in hard-wrapped copy,
    # or above a paragraph on one line too long to be wrapped that opens with
    # a city alone ("OSLO Norway's ..."), as in web copy.
    return not _opens_with_dateline(src, line, memo) and (
        _opens_with_dateline(src, following, memo)
        or (
            len(following.text) > MAX_WRAP_WIDTH
            and read_dateline(src, following.cstart, following.cend, forms=("caps",), memo=memo)
            is not None
        )
    )


def _dashed_headline(src: str, lines: list[Line], index: int, memo: _Readings) -> bool:
    """True for a headline in capitals with a dash, over a dateline.

    "FARE CUT POSSIBLE - SOURCES" read as a dateline has no agency and no
    date, only the separator, and words in capitals after it; a dateline
    stands a few lines below.  A dateline alone on its line ("MIAMI _")
    stays one.
    """
    line = lines[index]
    found = read_dateline(src, line.cstart, line.cend, bare=False, memo=memo)
    if found is None or found.agency is not None or found.month is not None:
        return False
    rest = src[found.resume : line.cend]
    return (
        rest.isupper()  # a cased letter, none of them lower case
        and _dateline_below(src, lines, index, memo)
    )


def _asking_headline(src: str, lines: list[Line], index: int, memo: _Readings) -> bool:
    """True for a question, a cry or a trailing-off line over a dateline: a headline.

    "Is the ferry boom over?", "Fares to rise!" and "Ferry boom over..."
    end as sentences do, but above a dateline no line is the story's text.
    """
    text = lines[index].text
    core = text.rstrip(CLOSERS)
    return (
        core.endswith(("?", "!", "...", "\u2026"))
        and not text[:1].islower()  # the end of a sentence wrapped from above
        and _dateline_below(src, lines, index, memo)
    )


def _is_sentence(text: str) -> bool:
    """True for a line that reads as a sentence of the body, not a headline."""
    return text.endswith((":", ";", ",")) or ends_sentence(text)


def _strong_dateline(src: str, line: Line, memo: _Readings) -> bool:
    if RE_EDITORS_NOTE.match(line.text) or RE_ATTENTION_LINE.match(line.text):
        return False  # "EDITOR'S NOTE _ ...", "ATTENTION - ..." have the look of a dateline
    found = read_dateline(src, line.cstart, line.cend, bare=False, memo=memo)
    return found is not None and found.marked(src)


def _prose_before_dateline(src: str, lines: list[Line], index: int, memo: _Readings) -> bool:
    """True for a preface paragraph standing above a dateline in a later block."""
    if index + 1 < len(lines) and not lines[index + 1].blank:
        return False
    for follow in range(index + 1, min(index + 8, len(lines))):
        line = lines[follow]
        if line.blank or _whole_byline(src, line):
            continue  # a byline may stand between ("By Ana Ruiz")
        return (
            _strong_dateline(src, line, memo)
            or _inline_byline_dateline(src, line, memo) is not None
        )
    return False


def _inline_byline_dateline(src: str, line: Line, memo: _Readings) -> tuple[int, int] | None:
    """Where a byline running into a dateline ends and the dateline starts."""
    by = RE_BY.match(src, line.cstart, line.cend)
    if by is None:
        return None
    starts = [
        by.end() + word.start() for word in RE_WORD_START.finditer(src[by.end() : line.cend][:120])
    ]
    # Upper-case cities first: in "By Ana Ruiz PARIS (Reuters)" the title-case
    # reading "Ruiz PARIS" would also parse.
    for form in ("caps", "none", "title"):
        for at in starts:
            found = read_dateline(src, at, line.cend, bare=False, forms=(form,), memo=memo)
            if found is None or not found.marked(src):
                continue
            end = at
            while end > by.end() and src[end - 1] in " \t\u00a0":
                end -= 1
            if RE_OPEN_NAMES.search(src, by.end(), end):
                continue  # "By Ana Ruiz and" before "Tom Hale -": the names go on
            byline = parse_byline(src, line.cstart, end)
            if byline is not None and all(" " in person.name for person in byline.people):
                # A person has two names at least: in "By ANA RUIZ OSLO (AP)"
                # the city is not "RUIZ OSLO".
                return end, at
    return None


def _dateline_at(
    src: str, line: Line, parts: _Parts, reference: dt.date | None, reference_source: str | None
) -> int | None:
    """Read the dateline (and a byline running into it); return where text resumes."""
    start = line.cstart
    inline = _inline_byline_dateline(src, line, parts.readings) if parts.byline is None else None
    if inline is not None:
        byline = parse_byline(src, line.cstart, inline[0])
        if byline is not None:
            parts.byline = byline
            start = inline[1]
    found = parse_dateline(
        src,
        start,
        line.cend,
        reference=reference,
        source=reference_source,
        resolve=True,
        memo=parts.readings,
    )
    if found is not None and found[0].agency is None and found[0].month is None:
        resume = found[1]
        if (
            resume < line.cend
            and src[resume].islower()
            and found[0].text[-1:] in SEPARATOR_ENDS
            and not RE_BRAND.match(src, resume, line.cend)
        ):
            # A place and a dash alone before a lower-case word open a
            # sentence ("NATO - the alliance - said"), not a dateline.
            found = None
    if found is None:
        return start if inline is not None and parts.byline is not None else None
    dateline, resume, diagnostics = found
    parts.dateline = dateline
    parts.diagnostics.extend(diagnostics)
    return resume


def _signoff_line(src: str, lines: list[Line], index: int, parts: _Parts) -> int:
    """Find a sign-off on a line of its own; return where the body's lines stop.

    The sign-off is the last line, or stands above up to three index lines
    (AFP: company names) or a transmission time ("1234 GMT"), which become
    notes of kind ``other``.
    """
    content = [at for at in range(index, len(lines)) if not lines[at].blank]
    # Below a headline, a sign-off may be all the body there is: a one-line
    # alert ("Ferry sinks: coastguard" over "bur/mh").
    topped = any(not line.blank for line in lines[:index])
    for tail in range(min(4, len(content) - (0 if topped else 1))):
        at = content[-1 - tail]
        line = lines[at]
        signoff = parse_signoff(src, line.cstart, line.cend)
        if signoff is not None:
            if (
                tail
                and "/" not in signoff[0]
                and "-" not in signoff[0]
                and (
                    signoff[0].islower()
                    or not all(is_time_line(lines[below].text) for below in content[-tail:])
                )
            ):
                # One lower-case word above index lines is not a code; "Reuter"
                # or "ENDS" stands above a transmission time ("1234 GMT") only.
                return len(lines)
            above = content[-2 - tail] if len(content) > tail + 2 else None
            if above is not None and (upper := _signoff_above(src, lines[above], signoff)):
                # "--IANS" above the desk code "ab/cd": one sign-off of two lines.
                parts.signoff = upper
                at = above
            else:
                parts.signoff = Signoff(text=signoff[0], span=signoff[1])
            if signoff[1] != (line.cstart, line.cend):
                # The parentheses of "(pvs/ji)", the full stop of "Enditem.".
                parts.markup.append((line.cstart, line.cend))
            _index_notes(src, lines, content[len(content) - tail :], parts)
            return at
        if tail and _ends_with_desk_code(src, line):
            # The sign-off runs on at the end of the paragraph above the index lines.
            _index_notes(src, lines, content[len(content) - tail :], parts)
            return at + 1
        if not is_index_line(line.text):
            break
    return len(lines)


def _signoff_above(src: str, line: Line, code: tuple[str, tuple[int, int]]) -> Signoff | None:
    """The sign-off of two lines: an agency's sign-off ``line`` above the desk ``code``."""
    if not RE_DESK_CODE.fullmatch(code[0]):
        return None
    upper = parse_signoff(src, line.cstart, line.cend)
    if upper is None or RE_DESK_CODE.fullmatch(upper[0]) or upper[0].islower():
        return None
    start, end = upper[1][0], code[1][1]
    return Signoff(text=collapse(src[start:end]), span=(start, end))


def _ends_with_desk_code(src: str, line: Line) -> bool:
    trailer = find_trailer(src, line.cstart, line.cend)
    return trailer is not None and trailer.signoff is not None and trailer.pickup is None


def _index_notes(src: str, lines: list[Line], indexes: list[int], parts: _Parts) -> None:
    for at in indexes:
        parts.notes.append(make_note(src, "other", lines[at].cstart, lines[at].cend))


def _opens_note(src: str, line: Line) -> bool:
    """True when a line that opens with "(" or a dash opens a credit or a note.

    >>> from wirecopy._lines import scan_lines
    >>> src = "-- Reporting by Ana Ruiz; Editing by Tom Hale"
    >>> _opens_note(src, scan_lines(src)[0])
    True
    """
    if src[line.cstart] != "(":
        return _is_dashed_credit(src, line.cstart, line.cend)
    return (
        is_credit(src, line.cstart, line.cend) or note_kind(src, line.cstart, line.cend) is not None
    )


def _closing_matter(src: str, start: int, end: int) -> bool:
    """True when a span is a credit or a note alone, as may close a story.

    >>> _closing_matter("Reporting by Ana Ruiz; Editing by Tom Hale", 0, 42)
    True
    >>> _closing_matter("The ferry sailed.", 0, 17)
    False
    """
    return (
        (src[start] == "(" and is_credit(src, start, end))
        or _is_bare_credit(src, start, end)
        or parse_sentence_credits(src, start, end) is not None
        or note_kind(src, start, end) is not None
    )


def _classify(src: str, spans: list[tuple[int, int]], parts: _Parts) -> None:
    """Sort body spans into paragraphs, credits, notes and the sign-off."""
    last = len(spans) - 1
    links = False  # after "On the Net:", where each link is a note
    # Whether a credit sentence's verb is anywhere in the body: asked once
    # here rather than of every paragraph (see _classify_span()).
    verbs = bool(spans) and _has_credit_verb(src, spans[0][0], spans[-1][1])
    for number, (start, end) in enumerate(spans):
        if links and is_link_entry(src, start, end):
            parts.notes.append(make_note(src, "other", start, end))
            continue
        links = (
            src.startswith(("On", "ON"), start)
            and RE_LINKS_HEADING.match(src, start, end) is not None
        )
        # Credit and note groups run on at the end: "... said. (Reporting by
        # A) ($1 = 0.91 euros)".  They are read from the end backwards.
        # A conversion or graphic group is split off only in a chain with a
        # credit: on its own it is part of the sentence before it ("... 10
        # billion baht ($1 = 35 baht)").
        trailing: list[tuple[int, int, str]] = []
        cursor = end
        credited = False
        # Every group opens with "(": most paragraphs have none.
        while len(trailing) < MAX_TRAILING and src.find("(", start, cursor) >= 0:
            group = _trailing_group(src, start, cursor)
            if group is None:
                break
            credited = credited or group[2] == "credit"
            trailing.append(group)
            cursor = group[0]
            while cursor > start and src[cursor - 1] in PADDING:
                cursor -= 1
        if not credited and trailing and is_credit(src, start, cursor):
            # "(Reporting by A; Editing by B) ($1 = 0.91 euros)": the chain
            # reaches back to a credit line that opens the paragraph.
            credited = True
        if not credited:
            while trailing and trailing[-1][2] in ("conversion", "graphic", "other"):
                trailing.pop()
        if trailing:
            end = trailing[-1][0]
        while end > start and src[end - 1] in PADDING:
            end -= 1
        if end > start:
            _classify_span(src, start, end, parts, number == last and not trailing, verbs)
        for group_start, group_end, kind in reversed(trailing):
            if kind == "credit":
                _add_credits(src, group_start, group_end, parts)
            else:
                parts.notes.extend(make_notes(src, kind, group_start, group_end))


def _has_credit_verb(src: str, start: int, end: int) -> bool:
    """True when a credit sentence's verb is in ``src[start:end]``.

    Three finds in a row: an any() over a tuple of the verbs took twice as long.

    >>> _has_credit_verb("Ana Ruiz in Lima contributed to this report.", 0, 45)
    True
    """
    return (
        src.find(" contributed", start, end) >= 0
        or src.find(" reported from ", start, end) >= 0
        or src.find(" helped with this ", start, end) >= 0
    )


def _classify_span(src: str, start: int, end: int, parts: _Parts, last: bool, verbs: bool) -> None:
    """Sort one body span (``verbs``: the body has a credit sentence's verb)."""
    if src[start] in RULE_CHARACTERS and is_rule(src[start:end]):
        parts.markup.append((start, end))  # "___" between sections is not text
        return
    # A role phrase ends within about 40 characters: the finds spare nearly
    # every paragraph the call.
    if (src[start] == "(" and is_credit(src, start, end)) or (
        (src.find(" by ", start, start + 48) >= 0 or src.find(" By ", start, start + 48) >= 0)
        and _is_bare_credit(src, start, end)
    ):
        _add_credits(src, start, end, parts)
        return
    if src[start] in LEAD_DASHES and _is_dashed_credit(src, start, end):
        _add_credits(src, start, end, parts)  # the dash is the line's markup
        return
    while src[start] == "-":
        # Bloomberg: "--With assistance from A in Oslo." over "--Editors: B, C"
        # (a line of its own each, with no blank line between).
        next_line = src.find("\n--", start, end)
        stop = end if next_line < 0 else next_line
        while stop > start and src[stop - 1] in PADDING:
            stop -= 1
        dashed = parse_dashed_credit(src, start, stop)
        if dashed is None:
            break
        parts.credits.append(dashed)
        parts.markup.append((start, dashed.span[0]))
        if next_line < 0:
            return
        start = next_line + 1
    # Credit sentences close the story, but a rule, a link or a copyright
    # line may follow them: before the last paragraph only a paragraph with
    # a credit sentence's verb is read ("A in B contributed to this report",
    # "A reported from B", "A helped with this story").
    sentences = (
        parse_sentence_credits(src, start, end)
        if last or (verbs and _has_credit_verb(src, start, end))
        else None
    )
    if sentences is not None:
        # "X reported from Y. AP writers A and B contributed to this report."
        parts.credits.extend(sentences)
        return
    kind = note_kind(src, start, end)
    if kind is not None:
        parts.notes.extend(make_notes(src, kind, start, end))
        return
    if last and parts.signoff is None:
        trailer = find_trailer(src, start, end)
        if trailer is not None:
            if trailer.signoff is not None:
                parts.signoff = Signoff(text=trailer.signoff[0], span=trailer.signoff[1])
            if trailer.pickup is not None:
                parts.notes.append(make_note(src, "other", *trailer.pickup))
            parts.markup.extend(trailer.markup)
            end = trailer.start
            while end > start and src[end - 1] in PADDING:
                end -= 1
    _add_paragraph(src, start, end, parts)


def _add_paragraph(src: str, start: int, end: int, parts: _Parts) -> None:
    """Add a paragraph, splitting out web link lines inside it."""
    # Every format code has an "&": the search is spared without one.
    code = RE_FORMAT_CODE.search(src, start, end) if src.find("&", start, end) >= 0 else None
    if code is not None and code.start() > start:
        # ANPA format codes at the end ("... Jan. 6: &QL;") are not text.
        parts.markup.append(code.span())
        end = code.start()
        while end > start and src[end - 1] in PADDING:
            end -= 1
    if start < end and src.find("here", start, end) < 0:
        # No link line ends without "here": the paragraph is whole.
        parts.paragraphs.append(Paragraph(collapse(src[start:end]), (start, end)))
        return
    while start < end:
        link = find_link_line(src, start, end)
        stop = end if link is None else link[1]
        while stop > start and src[stop - 1] in PADDING:
            stop -= 1
        if stop > start:
            # Positional arguments: 0.3 us a paragraph less than keywords.
            parts.paragraphs.append(Paragraph(collapse(src[start:stop]), (start, stop)))
        if link is None:
            return
        kind, link_start, link_end = link
        parts.notes.append(make_note(src, kind, link_start, link_end))
        start = link_end
        while start < end and src[start] in PADDING:
            start += 1


def _trailing_group(src: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A credit or note group that ends ``src[start:end]`` after some text.

    The group is balanced parentheses, or an unclosed credit line.  Returns
    its span and ``"credit"`` or the note's kind.
    """
    close = end
    while close > start and src[close - 1] in _PADDING_OR_DOT:
        close -= 1
    if close > start and src[close - 1] == ")":
        # The group opens at the last "(" after which the parentheses
        # balance.  Counting them with str.count() between one "(" and the
        # next, each character once, is 5 to 10 times quicker than a loop
        # over the characters of a paragraph that ends in ")".
        opens = closes = 0
        below = close
        while (at := src.rfind("(", start, below)) >= 0:
            opens += src.count("(", at, below)
            closes += src.count(")", at, below)
            below = at
            if opens == closes:
                if at <= start:
                    return None
                kind = "credit" if is_credit(src, at, end) else note_kind(src, at, end)
                return None if kind is None else (at, end, kind)
        return None
    # An unclosed credit line: "... said. (Reporting by A; Editing by B"
    opening = src.rfind("(", start, end)
    if (
        opening > start
        and end - opening <= PADDING_ALLOWANCE * MAX_CREDIT
        and RE_CREDIT_START.match(src, opening, end)
        and src.find(")", opening, end) < 0
        and fits(src, opening, end, MAX_CREDIT)
    ):
        return opening, end, "credit"
    return None


def _is_bare_credit(src: str, start: int, end: int) -> bool:
    """True for a credit line without parentheses: "Reporting by A; Editing by B".

    Every person it credits must read as a name or a newsroom, so that
    "Reporting by the council showed ..." stays a paragraph.
    """
    if (
        end - start > PADDING_ALLOWANCE * MAX_BARE_CREDIT
        or RE_BARE_CREDIT_START.match(src, start, end) is None
        or not fits(src, start, end, MAX_BARE_CREDIT)
    ):
        return False
    credits = parse_credits(src, start, end)
    return bool(credits) and all(
        RE_NAME.fullmatch(person.name) or RE_NEWSROOM.search(person.name)
        for credit in credits
        for person in credit.people
    )


def _is_dashed_credit(src: str, start: int, end: int) -> bool:
    """True for a credit line without parentheses after a dash: "-- Reporting by A".

    The line after its dash must be a whole credit line, as
    :func:`_is_bare_credit` reads one.

    >>> _is_dashed_credit("-- Reporting by Ana Ruiz; Editing by Tom Hale", 0, 45)
    True
    >>> _is_dashed_credit("--Reporting by the union showed a loss.", 0, 39)
    False
    """
    dash = RE_CREDIT_DASH.match(src, start, end)
    return dash is not None and _is_bare_credit(src, dash.end(), end)


def _add_credits(src: str, start: int, end: int, parts: _Parts) -> None:
    credits = parse_credits(src, start, end)
    parts.credits.extend(credits)
    # Parentheses and the separators between roles belong to the line.
    parts.markup.append((start, end))
    if src[start] == "(" and not src[start:end].rstrip(" .").endswith(")"):
        parts.diagnostics.append(
            Diagnostic(
                "unclosed-credit",
                "a credit line has no closing parenthesis",
                "warning",
                (start, end),
            )
        )


def _agency(src: str, parts: _Parts) -> str | None:
    if parts.dateline is not None:
        name = agency_of(parts.dateline)
        if name is not None:
            return name
    if parts.byline is not None:
        found = resolve_agency(parts.byline.affiliation)
        if found is not None:
            return found.name
    if parts.signoff is not None:
        opening = parts.signoff.span[0] - 1
        parenthesised = opening >= 0 and src[opening] == "("
        found = agency_of_signoff(parts.signoff.text, parenthesised=parenthesised)
        if found is not None:
            return found.name
    if parts.dateline is not None and parts.dateline.agency is None:
        found = agency_of_separator(parts.dateline.text)
        if found is not None:
            return found.name
    if parts.paragraphs:
        intro = RE_EDITORIAL_INTRO.match(parts.paragraphs[0].text)
        found = resolve_agency(intro.group("outlet")) if intro else None
        if found is not None:
            return found.name
    for item in parts.metadata:
        if item.name == "url":
            host = RE_HOST.match(item.text)
            if host and "reuters" in host.group(1):
                return "Reuters"
        elif item.name == "site":
            found = resolve_agency(item.text.removesuffix(" News"))
            if found is not None:
                return found.name
    if parts.envelope is not None:
        name = _envelope_agency(parts.envelope)
        if name is not None:
            return name
    if parts.dateline is not None and parts.dateline.agency is not None:
        return parts.dateline.agency  # a tag the registry does not know, as written
    if any(_reuters_credit(src, credit) for credit in parts.credits):
        return "Reuters"
    return None


def _reuters_credit(src: str, credit: Credit) -> bool:
    """True for a credit of the Reuters credit line: "(Reporting by ...; Editing by ...)".

    An editing credit in the form "Editing by ..." is one (Bloomberg's
    "--Editors: ..." and Xinhua's "Editor: ..." are not); so is the first
    role of a line in parentheses, which other agencies do not write
    ("(Reporting by Ana Ruiz)").
    """
    if credit.role == "editing":
        return "by" in credit.text.casefold().split()
    start = credit.span[0]
    while start > 0 and src[start - 1] in PADDING:
        start -= 1
    return src.startswith("(", start - 1) and credit.role != "contributing"


def _envelope_agency(envelope: Envelope) -> str | None:
    """The agency an envelope names: the IPTC service, the ANPA trailer's first word."""
    names = [envelope.service.text] if envelope.service else []
    if envelope.trailer is not None:
        names.append(envelope.trailer.text.split("-", 1)[0])
    for name in names:
        agency = resolve_agency(name)
        if agency is not None:
            return agency.name
    return None


def _scan(src: str, start: int, end: int, parts: _Parts) -> list[Line]:
    """The lines of ``src[start:end]``, runs of too many short lines left unread."""
    runs = short_line_runs(src, start, end)
    parts.unread.extend(runs)
    return scan_lines(src, start, end, runs)


def _unread(src: str, parts: _Parts, spans: list[tuple[int, int]]) -> list[Fragment]:
    """The stretches of short lines left unread, one fragment each, and why.

    A part that runs on across a stretch (ANPA copy runs a paragraph on over
    blank lines) holds the stretch's text: its text is its span's.
    """
    # Parts never overlap: only the last to start before a stretch can hold it.
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    fragments = []
    for start, end in parts.unread:
        holder = bisect.bisect_right(starts, start) - 1
        if holder >= 0 and spans[holder][1] >= end:
            continue
        stretch = src[start:end]
        text = stretch.strip(PADDING)
        if not text:
            continue  # blank lines only
        start += len(stretch) - len(stretch.lstrip(PADDING))
        end = start + len(text)
        lines = 1 + text.count("\n") + text.count("\r") - text.count("\r\n")
        parts.diagnostics.append(
            Diagnostic(
                "short-line-run",
                f"{lines:,} lines of at most {SHORT_LINE} characters in a row (a table"
                " or garbage, not prose) were not read and were kept in Document.unclaimed",
                "warning",
                (start, end),
            )
        )
        fragments.append(Fragment(text=text, span=(start, end)))
    return fragments


def _unclaimed(src: str, spans: list[tuple[int, int]]) -> list[Fragment]:
    """Runs of visible text that no part of the document covers."""
    covered = sorted(spans)
    fragments = []
    pos = 0
    for start, end in [*covered, (len(src), len(src))]:
        # Most gaps are blank lines: strip() tells that quicker than the pattern.
        if start > pos and src[pos:start].strip(PADDING):
            for match in RE_VISIBLE_RUN.finditer(src, pos, start):
                a, b = match.span()
                fragments.append(Fragment(text=src[a:b], span=(a, b)))
        pos = max(pos, end)
    return fragments


def _spans(parts: _Parts) -> list[tuple[int, int]]:
    spans = []
    for part in (parts.headline, parts.byline, parts.dateline, parts.signoff):
        if part is not None:
            spans.append(part.span)
    for group in (parts.paragraphs, parts.credits, parts.notes, parts.metadata):
        spans.extend(item.span for item in group)
    return spans
