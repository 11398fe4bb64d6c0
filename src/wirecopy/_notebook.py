"""The dpa notebook: a markdown block of notes and credits after the story.

Grammar::

    notebook  = "#" SP title EOL *(section / separator / blank)
    section   = "##" SP heading EOL *item
    item      = "-" SP text *(EOL indent text)
    separator = "* * * *" / any other line outside an item

Items under a heading that names notes to editors are ``editors-note``
notes; an internet links section is one ``other`` note; items that name a
role ("Reporting by: A in X") are credits, a phone number or e-mail address
after the names is a ``contact`` note, and an item that is only a contact
("Tel: ...") is one as well.  A heading with no items ("## Refile") and the
separators are markup of the block.
"""

from __future__ import annotations

import attrs
import regex

from wirecopy._credits import parse_credits
from wirecopy._lines import Line
from wirecopy._notes import make_note
from wirecopy._pattern import lazy
from wirecopy.model import Credit, Note

Span = tuple[int, int]

# The line that opens a notebook: "# Notebook".
RE_NOTEBOOK = lazy(r"\#[ \t]+(?i:notebook|dpa[ \t]+notebook)")

# A section heading: "## Note to editors".
RE_HEADING = lazy(r"\#\#[ \t]+(?P<heading>\S.*)")

# An item: "- adds quotes".
RE_ITEM = lazy(r"-[ \t]+(?=\S)")

# A credit item: a role and a colon, "Reporting by:" or "Editing by:".
RE_CREDIT_ITEM = lazy(r"(?i)[\p{L} ]{2,40}?\bby[ \t]*:")

# A contact after a credit's names: ", +49 30 ..." or ", <desk@example.com>".
RE_CONTACT_TAIL = lazy(
    r"""
    [,;][ \t]*                       # the separator after the names
    (?=\+?[0-9][0-9 ()/\-]{5,}       # a phone number
      | <[^<>@\s]+@                  # an e-mail address in angle brackets
      | [\w.\-]+@[\w\-]+\.)          # a bare e-mail address
    """,
    regex.VERBOSE,
)

# A contact item: "Tel: ...", "Phone: ...", "E-mail: ...".
RE_CONTACT_ITEM = lazy(r"(?i)(?:tel|phone|fax|e-?mail|contact)[ \t]*:")


@attrs.define
class Notebook:
    """What a notebook holds: notes, credits and the spans of its markup.

    >>> from wirecopy._lines import scan_lines
    >>> src = "# Notebook\\n\\n## Note to editors\\n- adds quotes\\n"
    >>> book = parse_notebook(src, scan_lines(src))
    >>> [(n.kind, n.text) for n in book.notes]
    [('editors-note', 'adds quotes')]
    """

    notes: list[Note] = attrs.Factory(list)
    """The notes, in order."""
    credits: list[Credit] = attrs.Factory(list)
    """The credits, in order."""
    markup: list[Span] = attrs.Factory(list)
    """Headings, item dashes, separators and credit punctuation."""


def find_notebook(lines: list[Line], start: int, stop: int) -> int | None:
    """The index of the line that opens a notebook among ``lines[start:stop]``.

    >>> from wirecopy._lines import scan_lines
    >>> find_notebook(scan_lines("Snow fell.\\n\\n# Notebook\\n"), 0, 3)
    2
    """
    for index in range(start, stop):
        line = lines[index]
        if line.text.startswith("#") and RE_NOTEBOOK.fullmatch(line.text):
            return index
    return None


def parse_notebook(src: str, lines: list[Line]) -> Notebook:
    """Read the notebook filling ``lines`` (its first line is ``# Notebook``).

    >>> from wirecopy._lines import scan_lines
    >>> src = "# Notebook\\n## Desk contacts\\n- Editing by: Ana Ruiz, +47 22 00 00 00\\n"
    >>> book = parse_notebook(src, scan_lines(src))
    >>> [(c.role, c.people[0].name) for c in book.credits], [n.text for n in book.notes]
    ([('editing', 'Ana Ruiz')], ['+47 22 00 00 00'])
    """
    book = Notebook()
    heading = ""
    heading_line: Line | None = None
    section: list[Span] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.blank:
            continue
        found = RE_HEADING.fullmatch(line.text)
        if found is not None or RE_NOTEBOOK.fullmatch(line.text):
            _close_section(src, book, heading, heading_line, section)
            heading = found.group("heading").casefold() if found else ""
            heading_line, section = line, []
            continue
        item = RE_ITEM.match(src, line.cstart, line.cend)
        if item is None:
            book.markup.append((line.cstart, line.cend))
            continue
        end = line.cend
        # An item runs on over lines indented under it.
        while index < len(lines) and not lines[index].blank and lines[index].indent > line.indent:
            end = lines[index].cend
            index += 1
        book.markup.append((line.cstart, item.end()))
        section.append((item.end(), end))
    _close_section(src, book, heading, heading_line, section)
    return book


def _close_section(
    src: str, book: Notebook, heading: str, line: Line | None, items: list[Span]
) -> None:
    """Turn a section's items into notes and credits."""
    if line is not None and (not items or "link" not in heading):
        book.markup.append((line.cstart, line.cend))
    if not items:
        return
    if "link" in heading and line is not None:
        book.notes.append(make_note(src, "other", line.cstart, items[-1][1]))
        return
    kind = "editors-note" if "editor" in heading and "note" in heading else "other"
    for start, end in items:
        if RE_CREDIT_ITEM.match(src, start, end):
            _credit_item(src, book, start, end)
        elif RE_CONTACT_ITEM.match(src, start, end):
            book.notes.append(make_note(src, "contact", start, end))
        else:
            book.notes.append(make_note(src, kind, start, end))


def _credit_item(src: str, book: Notebook, start: int, end: int) -> None:
    """A credit item, with a contact after its names split off."""
    tail = RE_CONTACT_TAIL.search(src, start, end)
    names_end = end if tail is None else tail.start()
    credits = parse_credits(src, start, names_end)
    if not credits:
        book.notes.append(make_note(src, "other", start, end))
        return
    book.credits.extend(credits)
    book.markup.append((start, names_end))
    if tail is not None:
        book.markup.append((tail.start(), tail.end()))
        book.notes.append(make_note(src, "contact", tail.end(), end))
