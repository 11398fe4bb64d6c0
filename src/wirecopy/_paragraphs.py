"""Paragraphs rebuilt from lines: which line breaks end a paragraph.

Wire copy marks paragraph ends in one of four ways, and the body is read by
the strongest signal it shows:

1. **Indents** (Reuters 1987, ANPA): when some lines are indented further
   than others, every further-indented line starts a paragraph.  A table
   row is such a line, so each row is a paragraph of its own.
2. **Blank lines** (AFP, AP, most copy): when the body has several
   blank-line blocks, each block is a paragraph and breaks inside a block
   are wraps.
3. **Unwrapped lines** (web copy): when lines are too long or too uneven to
   be hard-wrapped, each line is a paragraph.
4. **Hard wrap with no other mark** (a single block wrapped near one
   width): a break ends a paragraph when the line before it is short, that
   is, when the next line's first word would have fitted on it (the wrap
   width is read from the text itself, as the longest lines' length).
   Some ends are invisible: a paragraph whose last line happens to be full.
   Those are decided from the sentence: a full line that ends a sentence
   (terminal punctuation after a word that is not an abbreviation), with
   its quotes closed, followed by a line that starts like a sentence, ends
   the paragraph.  ``docs/paragraphs.md`` gives the rule's measured
   accuracy.

Short upper-case lines (subheads) always stand alone, and a line that opens
a note or a credit (``(Reporting by ...``, ``($1 = ...``) always starts a
new paragraph, whatever the layout.  Where a line is a paragraph of its own
(indents, over-long lines), the lines that close a parenthesis it leaves
open (an aside broken over lines) belong to its paragraph.
"""

from __future__ import annotations

import itertools
import string
from collections.abc import Callable, Sequence

import regex

from wirecopy._lines import LEAD_DASHES, Line
from wirecopy._pattern import lazy

# The line lengths that can be a wrap width: wire copy is wrapped between
# about 60 and 80 columns; shorter runs of lines are tables.
MIN_WRAP_WIDTH = 45
MAX_WRAP_WIDTH = 100

# How far short of the wrap width a wrapped line may end: a greedy wrap
# leaves less room than the next word takes, and few words run to 14
# characters.  Most lines of a wrapped block end this near the width; the
# rows of a table ("Oper net profit 5,904,000 vs loss 2,271,000") end
# anywhere.
WRAP_SLACK = 14

# How far apart the lengths of two lines wrapped at one width may be at the
# long end: a longer line is no wrapped line.
WIDTH_TOLERANCE = 4

# The paragraph indent that wire copy often loses after wrapping.
FIRST_LINE_INDENT = 5

# A line that ends a sentence: terminal punctuation, maybe a closing quote
# or parenthesis.
# A rule between sections: "___", "-----", "=====", "* * *".
RE_RULE = lazy(r"([_\-=*~#])(?:[ \t]?\1){2,}")

# The characters a rule line is drawn with (RE_RULE's first part).
RULE_CHARACTERS = "_-=*~#"

# The longest line that is still a table row in a block of rows.
MAX_ROW = 40

# What may close a sentence after its full stop: '."', '.)', '.’"'.
CLOSERS = "\"”’')]"

# The last word of a line that ends with an abbreviation, not a sentence:
# an initial ("J."), a short capitalised title ("Mr.", "Sept.", "Gen."),
# or dotted capitals ("U.S.").
RE_ABBREVIATION = lazy(
    r"""
    (?:^|[ (])
    (?:
        \p{Lu}\.                                     # an initial: "J."
      | (?:\p{Lu}\.){2,}                              # "U.S.", "U.N."
      | (?:Mr|Mrs|Ms|Dr|St|Sr|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Rev|Prof|Capt|Cmdr|Adm|
           Maj|Sept|Jan|Feb|Aug|Oct|Nov|Dec|No|Nos|Co|Corp|Inc|Ltd|Bros|vs|Ave|Mt|Ft)\.
      | [ap]\.m\.                                    # "9 a.m." runs on into "(1400 GMT)"
    )$
    """,
    regex.VERBOSE,
)


# A line that starts like a new sentence.
RE_SENTENCE_START = lazy(r"[\p{Lu}\d\"“‘'$£€]")

# A subhead: a short line in capitals ("REGIONAL JIHADISTS").
RE_SUBHEAD = lazy(r"[^\p{Ll}]{2,60}")
_ASCII_LOWER = frozenset(string.ascii_lowercase)


def is_rule(text: str) -> bool:
    """True for a rule line between sections ("___", "-----", "* * *").

    >>> is_rule("___"), is_rule("--"), is_rule("1990 - 2000")
    (True, False, False)
    """
    # Asked of every line and paragraph: testing the first character spares
    # nearly all of them the pattern call (is_rule was 5% of the profile).
    return text[:1] in RULE_CHARACTERS and RE_RULE.fullmatch(text) is not None


def is_subhead(line: Line) -> bool:
    """True for a short upper-case line standing as a subhead.

    >>> from wirecopy._lines import scan_lines
    >>> is_subhead(scan_lines("HISTORIC STORM")[0]), is_subhead(scan_lines("Year")[0])
    (True, False)
    """
    text = line.text
    return (
        len(text) <= 60
        # A lower-case letter among the first two ends most lines' test
        # without the pattern call (about 1 us a line of wrapped copy).
        and text[:1] not in _ASCII_LOWER
        and text[1:2] not in _ASCII_LOWER
        and RE_SUBHEAD.fullmatch(text) is not None
        and sum(ch.isalpha() for ch in text) >= 3
        and not ends_with_stop(text)
        # "TOM HALE)" closes a credit line in capitals wrapped above it.
        and text.count(")") <= text.count("(")
    )


def wrap_width(lines: Sequence[Line]) -> int:
    """The width the text was wrapped at: the length its longest lines share.

    A single over-long line (a URL) does not count: the width is the
    longest length reached by at least two lines within four characters.

    >>> from wirecopy._lines import scan_lines
    >>> wrap_width(scan_lines("a b c d e f g\\na b c d e f\\nab\\n" + "x" * 90))
    13
    """
    lengths = sorted(
        (line.indent + len(line.text) for line in lines if not line.blank), reverse=True
    )
    for i in range(len(lengths) - 1):
        if lengths[i] - lengths[i + 1] <= WIDTH_TOLERANCE:
            return lengths[i]
    return lengths[0] if lengths else 0


def is_hard_wrapped(lines: Sequence[Line], width: int) -> bool:
    """True when the lines look wrapped at ``width``: most end within WRAP_SLACK of it.

    >>> from wirecopy._lines import scan_lines
    >>> text = "Snow fell on the hills and the valleys of the north\\n" * 3 + "last night."
    >>> is_hard_wrapped(scan_lines(text), 52)
    True
    """
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return False
    inner = [line for line in lines[:-1] if not line.blank]
    if len(inner) < 2:
        return False
    near = sum(
        1
        for line in inner
        if width - WRAP_SLACK <= line.indent + len(line.text) <= width + WIDTH_TOLERANCE
    )
    return near >= 0.6 * len(inner)


# What opens a line that may open a note or a credit line: "(", or a dash.
_NOTE_OPENINGS = "(" + LEAD_DASHES


def split_paragraphs(
    lines: Sequence[Line],
    first_start: int,
    starts_note: Callable[[Line], bool],
    closes: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Group body lines into paragraph spans.

    ``first_start`` is where the text of the first line begins (after a
    dateline); ``starts_note`` tells whether a line opens a note or credit,
    and is asked only of lines that open with "(" or a dash, as every one of
    those does ("-- Reporting by ..." is a credit line too).  ``closes``
    tells whether a span is closing matter alone (a credit, a note), and is
    asked only of short blocks at the end.

    >>> from wirecopy._lines import scan_lines
    >>> src = "    Snow fell\\non the hills.\\n    It melted.\\n"
    >>> spans = split_paragraphs(scan_lines(src), 4, lambda line: False)
    >>> [src[a:b] for a, b in spans]
    ['Snow fell\\non the hills.', 'It melted.']
    """
    content = [line for line in lines if not line.blank]
    if not content:
        return []
    if _lines_apart(lines):
        # Every line stands alone between blank lines, as in much web copy:
        # each is a paragraph (the rules below would find the same).  On
        # such stories this step took about 12 us instead of 40.
        spans = [(max(first_start, content[0].cstart), content[0].cend)]
        spans.extend((line.cstart, line.cend) for line in content[1:])
        return [(a, b) for a, b in spans if b > a]
    return _split_by_rules(lines, content, first_start, starts_note, closes)


def _split_by_rules(
    lines: Sequence[Line],
    content: list[Line],
    first_start: int,
    starts_note: Callable[[Line], bool],
    closes: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """:func:`split_paragraphs` by its rules: indents, blank lines, wrap width, notes."""
    # Each line is asked once whether it opens a note or is a subhead.
    notes = {id(line) for line in content if line.text[0] in _NOTE_OPENINGS and starts_note(line)}
    subheads = {id(line) for line in content if is_subhead(line) or is_rule(line.text)}
    if len(content) >= 4 and 2 * len(subheads) > len(content):
        # Copy in capitals: its short lines are wrapped text, not subheads.
        subheads = {id(line) for line in content if is_rule(line.text)}
    breaks = _breaks(lines, content, notes, subheads, closes)
    _keep_notes_whole(lines, content, notes, subheads, breaks)
    spans = []
    start = max(first_start, content[0].cstart)
    previous = content[0]
    for line in content[1:]:
        if id(line) in breaks:
            spans.append((start, previous.cend))
            start = line.cstart
        previous = line
    spans.append((start, previous.cend))
    return [(a, b) for a, b in spans if b > a]


def _lines_apart(lines: Sequence[Line]) -> bool:
    """True when blank lines stand between all lines and no line leaves a "(" open.

    >>> from wirecopy._lines import scan_lines
    >>> _lines_apart(scan_lines("Snow fell.\\n\\nIt melted.\\n"))
    True
    >>> _lines_apart(scan_lines("Snow fell\\non the hills.\\n"))
    False
    >>> _lines_apart(scan_lines("(Adds\\n\\nquote)"))
    False
    """
    previous_blank = True
    for line in lines:
        if line.blank:
            previous_blank = True
            continue
        text = line.text
        if not previous_blank or ("(" in text and text.count("(") > text.count(")")):
            return False
        previous_blank = False
    return True


def _breaks(
    lines: Sequence[Line],
    content: list[Line],
    notes: set[int],
    subheads: set[int],
    closes: Callable[[int, int], bool] | None,
) -> set[int]:
    """The ids of the lines that start a new paragraph."""
    blocks = _blocks(lines)
    breaks = {id(block[0]) for block in blocks[1:]}
    items: set[int] = set()
    for block in blocks:
        items.update(_list_items(block))
        for prev, line in itertools.pairwise(block):
            if id(line) in notes or id(line) in subheads or id(prev) in subheads:
                breaks.add(id(line))
    breaks.update(items)

    # 1. Indents: further-indented lines start paragraphs.
    # A centred subhead or a table's indented heading row alone is no
    # sign that indents mark the paragraphs.
    rest = content[1:]
    if rest:
        least = min(line.indent for line in rest)
        if any(
            line.indent > least and id(line) not in subheads and not _is_row(line) for line in rest
        ) and any(line.indent == least for line in rest):
            breaks.update(id(line) for line in rest if line.indent > least)
            for block in blocks:
                _join_open_parentheses(block, breaks)
            return breaks

    # 2. Blank lines: several blocks, each a paragraph, unless a block's
    #    lines are too long to be wrapped (then each line is one).  Blank
    #    lines that only set notes and credits apart from one block of text
    #    say nothing of its paragraphs.
    prose = sum(1 for block in blocks if id(block[0]) not in notes)
    closing: set[int] = set()
    if prose > 1 and closes is not None:
        closing = _closing_blocks(blocks, notes, closes, prose)
        prose -= len(closing)
    if prose > 1 and (len(blocks) >= 3 or (len(blocks) == 2 and max(len(b) for b in blocks) <= 12)):
        for block in blocks:
            if len(block) > 1 and (wrap_width(block) > MAX_WRAP_WIDTH or _unwrapped(block)):
                breaks.update(id(line) for line in block[1:])
                _join_open_parentheses(block, breaks)
            elif len(block) > 2 and all(_is_row(line) for line in block) and not items:
                # A table block ("KENYA:" over "Total dead: 10" rows) is one
                # paragraph, its heading included.
                breaks.difference_update(id(line) for line in block[1:])
        return breaks

    # The body's first line carries the dateline, often edited after the
    # wrap, and a note's or a credit's line may have been added unwrapped:
    # their lengths may be no wrapped line's.
    measured = [line for line in content[1:] if id(line) not in notes]
    width = wrap_width(measured if len(measured) > 1 else content)
    # The line after a note starts a paragraph, whose first line the wrap
    # rules read with the slack of a lost indent (the note's line is no
    # paragraph's first line).
    _keep_notes_whole(lines, content, notes, subheads, breaks)
    for block in blocks:
        if id(block[0]) in closing:
            continue  # closing matter set apart is one part, whatever its lines
        if not is_hard_wrapped(block, width):
            # 3. Unwrapped: each line a paragraph, unless a sentence runs
            #    on into a line that starts in lower case, or into one whose
            #    first word would not have fitted at the width.
            wrapped = MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH and _wrap_leaves_no_room(
                block, width
            )
            breaks.update(
                id(line)
                for prev, line in itertools.pairwise(block)
                if not (_runs_on(prev, line) or (wrapped and _wraps_into(prev, line, width)))
            )
            continue
        # 4. Hard wrap: decide each break from the text's own evidence.
        _wrap_breaks(block, width, block[0] is content[0], breaks)
    return breaks


def _unwrapped(block: list[Line]) -> bool:
    """True when a line before the block's last runs past any wrap width with a space to break at.

    A wrapped block's lines share a width, but lines of one sentence each
    may happen to: "the longest length two lines share" is then a short
    paragraph's length, and only the long lines show the block unwrapped.

    >>> from wirecopy._lines import scan_lines
    >>> long_line = "Snow fell on the hills. " * 5
    >>> _unwrapped(scan_lines("It snowed.\\n" + long_line + "\\nIt melted.\\n"))
    True
    """
    return any(
        line.indent + len(line.text) > MAX_WRAP_WIDTH and " " in line.text for line in block[:-1]
    )


def _join_open_parentheses(block: list[Line], breaks: set[int]) -> None:
    """Join to a line that leaves a parenthesis open the lines that close it.

    A line of its own is a paragraph in unwrapped copy, but an aside in
    parentheses broken over lines ("(For the timetable, please see the" over
    "port's site: here )") is one.  At most three lines are joined.
    """
    index = 0
    while index < len(block):
        depth = block[index].text.count("(") - block[index].text.count(")")
        index += 1
        stop = min(len(block), index + 3)
        joined = index
        while depth > 0 and joined < stop:
            depth += block[joined].text.count("(") - block[joined].text.count(")")
            joined += 1
        if depth <= 0 and joined > index:
            breaks.difference_update(id(line) for line in block[index:joined])
            index = joined


def _runs_on(prev: Line, line: Line) -> bool:
    """True when ``line`` continues the sentence ``prev`` leaves open."""
    return line.text[:1].islower() and not ends_sentence(prev.text)


def _wraps_into(prev: Line, line: Line, width: int) -> bool:
    """True when ``prev`` stops mid-sentence because ``line``'s first word did not fit.

    Copy of short paragraphs wrapped at ``width`` has too few full lines
    to read as hard-wrapped, but a line that ends on a word (no stop, no
    colon) where the next word would have run past the width was cut
    there by the wrap: "... chief executive Ola Brenning told" over
    "Reuters.".

    >>> from wirecopy._lines import scan_lines
    >>> told, name = scan_lines("The route starts in April, the chief told\\nReuters.")
    >>> _wraps_into(told, name, 45), _wraps_into(told, name, 60)
    (True, False)
    """
    text = prev.text
    if not text[-1:].isalnum() or ends_sentence(text):
        return False
    return not _room_for(prev, line, width)


def _room_for(prev: Line, line: Line, width: int) -> bool:
    """True when ``line``'s first word would have fitted on ``prev`` at ``width``."""
    first_word = line.text.split(None, 1)[0]
    return prev.indent + len(prev.text) + 1 + len(first_word) <= width


def _wrap_leaves_no_room(block: list[Line], width: int) -> bool:
    """True when no line of ``block`` ends mid-sentence with room for the next word.

    A wrap never leaves room on a line inside a paragraph; the rows of a
    table ("Net 812,000 vs 655,000" over "Sales 61.7 mln") do.

    >>> from wirecopy._lines import scan_lines
    >>> _wrap_leaves_no_room(scan_lines("Net 5 vs 3\\nSales 10 vs 7\\n"), 50)
    False
    """
    return not any(
        _room_for(prev, line, width) and not ends_sentence(prev.text)
        for prev, line in itertools.pairwise(block)
    )


# The marks that open the items of a list: "* ", "- ", "• ".
_BULLETS = "*•·▪‣◦+-–—"


def _list_items(block: list[Line]) -> list[int]:
    """The ids of a block's lines that open items of a list, each a paragraph.

    A line is an item when it opens with a bullet and a space, and another
    line of the block opens with the same bullet: one line opening with a
    dash may be a sentence wrapped before a spaced dash.

    >>> from wirecopy._lines import scan_lines
    >>> block = scan_lines("* fish farms\\n* two new\\nvessels\\n- a port deal")
    >>> [line.text for line in block if id(line) in _list_items(block)]
    ['* fish farms', '* two new']
    """
    # Most blocks have no line opening with a bullet: one cheap pass says so.
    marked = [line for line in block if line.text[0] in _BULLETS and line.text[1:2] == " "]
    if len(marked) < 2:
        return []
    marks = [line.text[0] for line in marked]
    return [id(line) for line, mark in zip(marked, marks, strict=True) if marks.count(mark) > 1]


def _is_row(line: Line) -> bool:
    """True for a short line that does not end a sentence: a table row."""
    return len(line.text) <= MAX_ROW and not ends_sentence(line.text)


def _closing_blocks(
    blocks: list[list[Line]], notes: set[int], closes: Callable[[int, int], bool], prose: int
) -> set[int]:
    """The ids of the first lines of the blocks at the end, not opening with "(",
    that are closing matter alone.

    A credit, a contact or a keywords line set apart at the end of
    hard-wrapped copy ("Reporting by ...", "Keywords: ...") is no paragraph
    that blank lines part from the rest.  Blocks of up to two lines are
    asked, from the last back to the first that is text; ``prose`` is how
    many blocks open with no note.
    """
    short = []
    for block in reversed(blocks[1:]):
        if id(block[0]) not in notes:
            if len(block) > 2:
                break
            short.append(block)
    # Only the blocks of text those short blocks leave matter: when more
    # than one remains, they are not asked (most copy with blank lines).
    if prose - len(short) > 1:
        return set()
    closing = set()
    for block in short:
        if not closes(block[0].cstart, block[-1].cend):
            break
        closing.add(id(block[0]))
    return closing


def _keep_notes_whole(
    lines: Sequence[Line],
    content: list[Line],
    notes: set[int],
    subheads: set[int],
    breaks: set[int],
) -> None:
    """Join the lines of a note or credit line wrapped before its ")" closes.

    A note left open runs on to its ")" but not past a blank line: what
    stands below one is the next part of the story, not the note's end.
    """
    index = 0
    apart: set[int] | None = None
    while index < len(content):
        line = content[index]
        index += 1
        if id(line) not in notes:
            continue
        depth = line.text.count("(") - line.text.count(")")
        if depth > 0 and apart is None:
            apart = _below_blank_lines(lines)
        # A note in capitals runs on over lines that read as subheads.
        capitals = depth > 0 and line.text.isupper()
        while depth > 0 and index < len(content):
            follow = content[index]
            if (
                id(follow) in notes
                or (id(follow) in subheads and not capitals)
                or (apart is not None and id(follow) in apart)
            ):
                break
            breaks.discard(id(follow))
            depth += follow.text.count("(") - follow.text.count(")")
            index += 1
        if index < len(content):
            breaks.add(id(content[index]))


def _below_blank_lines(lines: Sequence[Line]) -> set[int]:
    """The ids of the lines that have a blank line above them.

    >>> from wirecopy._lines import scan_lines
    >>> lines = scan_lines("a\\nb\\n\\nc\\n")
    >>> [line.text for line in lines if id(line) in _below_blank_lines(lines)]
    ['c']
    """
    apart = set()
    blank = False
    for line in lines:
        if line.blank:
            blank = True
        elif blank:
            apart.add(id(line))
            blank = False
    return apart


def _wrap_breaks(block: list[Line], width: int, opens_body: bool, breaks: set[int]) -> None:
    quotes = 0
    first_of_paragraph = True
    for i, (prev, line) in enumerate(itertools.pairwise(block)):
        quotes += _quotes(prev.text)
        if id(line) in breaks:
            quotes = 0
            first_of_paragraph = True
            continue
        sentence_end = ends_sentence(prev.text)
        next_word = line.text.split(maxsplit=1)[0] if line.text else ""
        # A paragraph's first line may have lost an indent after it was
        # wrapped, so it counts as short only with room for one to spare.
        slack = FIRST_LINE_INDENT if first_of_paragraph else 0
        fits = prev.indent + len(prev.text) + 1 + len(next_word) + slack <= width
        first_of_paragraph = False
        if i == 0 and opens_body and not sentence_end:
            # The first line often carries an edited dateline, so its
            # length says nothing about the wrap.
            fits = False
        if fits or (
            sentence_end and quotes % 2 == 0 and RE_SENTENCE_START.match(line.text) is not None
        ):
            breaks.add(id(line))
            quotes = 0
            first_of_paragraph = True


def _quotes(text: str) -> int:
    return text.count('"') + text.count("“") + text.count("”")


def ends_with_stop(text: str) -> bool:
    """True when ``text`` ends in a full stop, "!" or "?", maybe before quotes or ")".

    >>> ends_with_stop('He left."'), ends_with_stop("He left (for good)"), ends_with_stop("Why?")
    (True, False, True)
    """
    return text.rstrip(CLOSERS).endswith((".", "!", "?"))


def ends_sentence(text: str) -> bool:
    """True when a line ends a sentence: terminal punctuation, no abbreviation.

    >>> ends_sentence("The ferry sailed."), ends_sentence("It left at 9 a.m.")
    (True, False)
    >>> ends_sentence('"We sailed," he said.'), ends_sentence('"We sailed,"')
    (True, False)
    """
    core = text.rstrip(CLOSERS)
    if not core.endswith((".", "!", "?")):
        return False
    # An abbreviation is the last word: the search starts at the space or
    # parenthesis before it instead of trying every word of the line.
    return RE_ABBREVIATION.search(core, max(core.rfind(" "), core.rfind("("), 0)) is None


def _blocks(lines: Sequence[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks
