"""Line scanning: offsets of every line and of its visible content.

Wire copy arrives with LF, CRLF or bare CR line ends, tabs, no-break spaces
and transmission control characters.  The scanner never changes the text:
it records, for each line, where the line starts and ends in the source and
where its visible content starts and ends, so that every later step works
on absolute offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from wirecopy._pattern import lazy

# Characters that are padding rather than content: Unicode white space,
# C0/C1 control characters (ANPA and IPTC transmission codes), zero-width
# characters and the byte-order mark.
PADDING = "".join(chr(c) for c in (*range(0x00, 0x21), *range(0x7F, 0xA1))) + (
    "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202f\u205f\u3000\ufeff"
)

# A run of visible text on one line, from its first to its last visible
# character.
RE_VISIBLE_RUN = lazy(rf"[^{regex.escape(PADDING)}\r\n](?:[^\r\n]*[^{regex.escape(PADDING)}\r\n])?")

# A line end: CRLF first, so that it counts as one break.
RE_BREAK = lazy(r"\r\n|\r|\n")

#: A line of at most this many characters is short: copy is wrapped wider.
SHORT_LINE = 40

#: More short lines in a row than this are not read line by line.
MAX_SHORT_RUN = 256

#: How many lines at each end of a run of short lines are still read.
RUN_EDGE = 16

# A line end and the short lines after it, each with its line end, taken
# whole: eight or more, so that a line end inside a shorter run, tried
# again from each of the run's lines, is tried at most eight times, and
# prose, whose runs are a blank line or two, leaves the pattern no match to
# hand back.  The standard library's engine runs it (compiled on first use
# and kept in its cache): it finds the line ends three times as fast as
# regex does.  About 3 us a kilobyte of prose, 15 of one-character lines.
_SHORT_LINES = rf"\n((?:[^\n]{{0,{SHORT_LINE}}}+\n){{8,}}+)"


class Line:
    """One line of the source: its bounds and its visible content's bounds.

    >>> line = scan_lines("  Snow fell.  \\r\\nNext")[0]
    >>> (line.start, line.end, line.cstart, line.cend, line.indent)
    (0, 14, 2, 12, 2)
    """

    __slots__ = ("blank", "cend", "cstart", "end", "indent", "start", "text")

    def __init__(self, src: str, start: int, end: int) -> None:
        self.start = start
        self.end = end
        raw = src[start:end]
        self.text = raw.strip(PADDING)
        # Most lines have no padding; then one strip() call is all it takes
        # (0.4 us a line less than lstrip() and rstrip()).
        lead = 0 if len(self.text) == len(raw) else len(raw) - len(raw.lstrip(PADDING))
        self.indent = _columns(raw[:lead]) if lead else 0
        """How many columns of white space come before the content."""
        self.cstart = start + lead
        self.cend = self.cstart + len(self.text)
        self.blank = not self.text
        """True when the line has no visible content."""

    def __repr__(self) -> str:
        return f"Line({self.start}, {self.end}, {self.text!r})"


def scan_lines(
    src: str, start: int = 0, end: int | None = None, skip: Sequence[tuple[int, int]] = ()
) -> list[Line]:
    """Split ``src[start:end]`` into lines, keeping absolute offsets.

    A run of empty lines after a blank one is not listed: one blank line
    stands for the run.  Each stretch in ``skip`` (from a line's start to
    another's, as :func:`short_line_runs` gives them) is not read: one
    blank line stands for it.

    >>> [line.text for line in scan_lines("a\\r\\nb\\rc\\n")]
    ['a', 'b', 'c']
    >>> [line.text for line in scan_lines("a\\n\\n\\n\\nb\\n")]
    ['a', '', 'b']
    >>> [line.text for line in scan_lines("a\\nb\\nc\\nd\\n", skip=[(2, 6)])]
    ['a', '', 'd']
    """
    if end is None:
        end = len(src)
    scan = _scan_lf if src.find("\r", start, end) < 0 else _scan_breaks
    if not skip:
        return scan(src, start, end)
    lines: list[Line] = []
    for stop, resume in [*skip, (end, end)]:
        piece = scan(src, start, stop)
        if piece and piece[0].blank and lines and lines[-1].blank:
            del piece[0]
        lines.extend(piece)
        if stop < end and not (lines and lines[-1].blank):
            lines.append(Line(src, stop, stop))
        start = resume
    return lines


def short_line_runs(src: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The stretches of ``src[start:end]`` that are too many short lines in a row.

    More than :data:`MAX_SHORT_RUN` lines in a row of at most
    :data:`SHORT_LINE` characters each are a table, a list or garbage rather
    than prose, or padding when none has visible text.  Each line costs the
    parser a few microseconds however short it is, so that read line by line
    such a run cost up to 84 times what prose costs per byte (62,500 lines
    of "-- ").  Each stretch runs from the start of the run's line
    :data:`RUN_EDGE` + 1 to the start of its last :data:`RUN_EDGE` lines,
    which are read as usual: a sign-off or a credit line below a table is
    still found.

    >>> text = "Results\\n" + "a 1\\n" * 300 + "REUTER\\n"
    >>> [(start, end) for start, end in short_line_runs(text)]
    [(68, 1148)]
    >>> [piece.count("\\n") for piece in (text[:68], text[68:1148], text[1148:])]
    [16, 270, 16]
    >>> short_line_runs("a\\n" * 200)
    []
    """
    if end is None:
        end = len(src)
    # A run of more than MAX_SHORT_RUN lines has at least that many line
    # ends (a CR, an LF or both): counting them is all most stories cost.
    if src.count("\n", start, end) + src.count("\r", start, end) < MAX_SHORT_RUN:
        return []
    piece = src[start:end]
    if "\r" in piece:
        # The same length, so that offsets hold; CRLF makes an empty line more,
        # which is short as well and not counted.
        piece = piece.replace("\r", "\n")
    # A line end before the first line and after the last: every line
    # stands between two.
    text = "\n" + piece if piece.endswith("\n") else "\n" + piece + "\n"
    base = start - 1  # text[i] is src[base + i]
    runs = []
    for found in re.finditer(_SHORT_LINES, text):
        first, last = found.span(1)
        if first > 1 and src.startswith("\r\n", base + first - 1, end):
            first += 1  # the run opens at a CRLF's LF, an empty line that is not one
        top = first
        lines = text.count("\n", first, last) - src.count("\r\n", base + first, base + last)
        if lines <= MAX_SHORT_RUN:
            continue
        for _ in range(RUN_EDGE):
            # A line on from the top and back from the bottom, a CRLF one line end.
            brk = text.index("\n", first)
            first = brk + 2 if src.startswith("\r\n", base + brk, end) else brk + 1
            crlf = src.startswith("\r\n", base + last - 2, end)
            last = text.rindex("\n", top - 1, last - 2 if crlf else last - 1) + 1
        runs.append((base + first, base + last))
    return runs


def _scan_breaks(src: str, start: int, end: int) -> list[Line]:
    """:func:`scan_lines` for text with CR or CRLF line ends: any line end.

    >>> [(line.start, line.text) for line in _scan_breaks("a\\r\\n\\r\\nb", 0, 6)]
    [(0, 'a'), (3, ''), (5, 'b')]
    """
    lines: list[Line] = []
    pos = start
    for match in RE_BREAK.finditer(src, start, end):
        if match.start() > pos or not lines or not lines[-1].blank:
            lines.append(Line(src, pos, match.start()))
        pos = match.end()
    if pos < end:
        lines.append(Line(src, pos, end))
    return lines


def _scan_lf(src: str, start: int, end: int) -> list[Line]:
    """:func:`scan_lines` for text whose only line end is LF (most copy).

    >>> [(line.start, line.text) for line in _scan_lf("a\\n\\n\\n  b\\n", 0, 8)]
    [(0, 'a'), (2, ''), (4, 'b')]
    """
    # str.split() cuts every line in one C call, and each Line is filled in
    # here rather than by its __init__: a third less time than a find() and
    # a constructor call per line, about 15 us of a corpus story's 500.
    lines: list[Line] = []
    new = object.__new__
    pos = start
    blank = False
    for raw in src[start:end].split("\n"):
        stop = pos + len(raw)
        if not raw and blank:
            # A run of empty lines reads as one blank line: no part of the
            # parser counts them, and 1 MB of line ends costs no more than
            # 1 MB of text.
            pos = stop + 1
            continue
        line = new(Line)
        line.start = pos
        line.end = stop
        line.text = text = raw.strip(PADDING)
        if len(text) == len(raw):
            line.cstart = pos
            line.indent = 0
        else:
            lead = len(raw) - len(raw.lstrip(PADDING))
            line.indent = _columns(raw[:lead]) if lead else 0
            line.cstart = pos + lead
        line.cend = line.cstart + len(text)
        line.blank = blank = not text
        lines.append(line)
        pos = stop + 1
    if lines and lines[-1].start == end:
        lines.pop()  # the empty piece after a final line end is no line
    return lines


def _columns(padding: str) -> int:
    """How many columns ``padding`` takes: its white space, not its control characters.

    A transmission code before a line's first word (STX, SYN) indents it by
    nothing, and a zero-width space or a byte-order mark by nothing.

    >>> _columns("  "), _columns("\\x02"), _columns("\\x16\\x16\\t"), _columns("\\ufeff")
    (2, 0, 1, 0)
    """
    if padding.isspace():
        return len(padding)
    return sum(1 for ch in padding if ch.isspace())


#: The dashes that may lead a closing line ("-- Reporting by ...",
#: "— Contact: ..."): a hyphen, an en dash and an em dash.
LEAD_DASHES = "-\u2013\u2014"

# Control characters that are not white space: transmission and table codes
# (BS, DLE, DC1-DC4, SOH, STX, ...) inside a line are dropped from texts.
_CONTROLS = {
    code: None for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if not chr(code).isspace()
}


def collapse(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends.

    Control characters that are not white space are dropped.

    >>> collapse("  Snow\\n fell\\t today ")
    'Snow fell today'
    >>> collapse("Port\\x10 Vell\\x08")
    'Port Vell'
    """
    # A printable text holds no white space but the ASCII space: without two
    # spaces in a row or one at either end it is collapsed already.  Most
    # paragraphs of web copy are (4 to 5 us a paragraph less than joining
    # its words again).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    joined = " ".join(text.split())
    # Every dropped character is unprintable and no white space is left in
    # the joined text: when it is printable there was nothing to drop.  The
    # test reads the joined text once, about 2.5 us a paragraph less than
    # looking for control characters in the text before joining it.
    if joined.isprintable():
        return joined
    return " ".join(text.translate(_CONTROLS).split())


# How many times its limit a span may run with the white space that pads
# its lines, for fits().
PADDING_ALLOWANCE = 4


def fits(src: str, start: int, end: int, limit: int) -> bool:
    """True when ``src[start:end]``, white space collapsed, has at most ``limit`` characters.

    The length limits of notes and credit lines hold for their text: spaces
    and tabs at the ends of their lines (up to :data:`PADDING_ALLOWANCE`
    times the limit in all) do not make one a paragraph.

    >>> fits("Oslo", 0, 4, 4), fits("Os \\t\\n lo", 0, 8, 5), fits("Oslo.", 0, 5, 4)
    (True, True, False)
    """
    if end - start <= limit:
        return True
    return end - start <= PADDING_ALLOWANCE * limit and len(collapse(src[start:end])) <= limit
