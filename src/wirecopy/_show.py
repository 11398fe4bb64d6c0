"""A parsed story laid out for a person: one labelled section per part.

The view ``wirecopy show`` prints.  Labels can be coloured (ANSI escapes)
and each part's span shown; a document field this module does not know
gets a section of its own from its attrs fields, so new parts show up
without a change here.

>>> import wirecopy
>>> print(format_document(wirecopy.parse("OSLO (Reuters) - Snow fell.\\n"), spans=True))
... # doctest: +ELLIPSIS
Agency
  Reuters
...
Dateline  [0, 16]
  OSLO (Reuters) -
  city: OSLO
  agency: Reuters
  place:
    name: Oslo
    country_code: NO
...
Paragraphs
  1. Snow fell.  [17, 27]
...
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import attrs

from wirecopy.model import PART_FIELDS, Credit, Dateline, Document, Span

# The width readable output wraps paragraphs at.
WIDTH = 88

# ANSI styles: section labels, spans and field names, and the severities.
_STYLES = {
    "label": "1;36",
    "dim": "2",
    "error": "1;31",
    "warning": "33",
    "info": "34",
}

# Document fields with a section written by hand below.
_KNOWN = frozenset({"source", "agency", *PART_FIELDS, "diagnostics"})

# Dateline fields read out by _dateline_lines itself.
_DATELINE_DONE = frozenset(
    {"text", "span", "city", "region", "country", "agency", "month", "day", "year", "date"}
    | {"year_inferred"}
)


class _Style:
    """ANSI colouring, or none.

    >>> _Style(True).paint("label", "Headline"), _Style(False).paint("label", "Headline")
    ('\\x1b[1;36mHeadline\\x1b[0m', 'Headline')
    """

    def __init__(self, color: bool) -> None:
        self.color = color

    def paint(self, style: str, text: str) -> str:
        """``text`` in ``style`` (a key of the style table) when colouring.

        >>> _Style(True).paint("dim", "x")
        '\\x1b[2mx\\x1b[0m'
        """
        code = _STYLES.get(style)
        return f"\x1b[{code}m{text}\x1b[0m" if self.color and code else text


def format_document(document: Document, *, color: bool = False, spans: bool = False) -> str:
    """The document as labelled sections, one per part, for a person to read.

    ``color`` adds ANSI colours, ``spans`` each part's ``[start, end]``.

    >>> import wirecopy
    >>> doc = wirecopy.parse(
    ...     "By Ana Ruiz, Reuters\\nOSLO, May 2 (Reuters) - Snow fell.\\n"
    ...     "(Reporting by Ana Ruiz in Oslo; Editing by Tom Hale)\\n"
    ... )
    >>> print(format_document(doc))  # doctest: +ELLIPSIS
    Agency
      Reuters
    <BLANKLINE>
    Headline
      (none)
    <BLANKLINE>
    Byline
      By Ana Ruiz, Reuters
      person: Ana Ruiz
      affiliation: Reuters
    <BLANKLINE>
    Dateline
      OSLO, May 2 (Reuters) -
      city: OSLO
      agency: Reuters
      date: May 2 (year unknown: pass --reference-date)
      place:
        name: Oslo
    ...
    Paragraphs
      1. Snow fell.
    <BLANKLINE>
    Credits
      reporting: Ana Ruiz (Oslo)
      editing: Tom Hale
    ...
    """
    style = _Style(color)

    def at(span: Span) -> str:
        return "  " + style.paint("dim", f"[{span[0]}, {span[1]}]") if spans else ""

    def part(value: Any) -> str:
        return at(value.span) if value is not None else ""

    sections: list[tuple[str, str, list[str]]] = [
        ("Agency", "", [document.agency] if document.agency else []),
        (
            "Headline",
            part(document.headline),
            [document.headline.text] if document.headline else [],
        ),
        ("Byline", part(document.byline), _byline_lines(document)),
        ("Dateline", part(document.dateline), _dateline_lines(document.dateline)),
        ("Paragraphs", "", _paragraph_lines(document, at)),
        ("Credits", "", [_credit_line(c) + at(c.span) for c in document.credits]),
        ("Notes", "", [f"[{n.kind}] {n.text}{at(n.span)}" for n in document.notes]),
        ("Sign-off", part(document.signoff), [document.signoff.text] if document.signoff else []),
    ]
    if document.metadata:
        sections.append(
            ("Metadata", "", [f"{m.name}: {m.text}{at(m.span)}" for m in document.metadata])
        )
    for field in attrs.fields(Document):
        value = getattr(document, field.name)
        if field.name not in _KNOWN and value not in (None, ()):
            label = field.name.replace("_", " ").capitalize()
            items = value if isinstance(value, tuple) else (value,)
            lines = [line for item in items for line in _generic_lines(item)]
            sections.append((label, part(value) if not isinstance(value, tuple) else "", lines))
    sections.append(("Diagnostics", "", _diagnostic_lines(document, style)))
    blocks = []
    for label, span, lines in sections:
        body = [f"  {line}" for line in lines] if lines else ["  (none)"]
        blocks.append("\n".join([style.paint("label", label) + span, *body]))
    return "\n\n".join(blocks)


def _generic_lines(value: Any) -> list[str]:
    """``name: value`` for each set field of a part, spans left out; nested parts indented.

    >>> import wirecopy
    >>> _generic_lines(wirecopy.Person(name="Ana Ruiz", span=(0, 8), title="Writer"))
    ['name: Ana Ruiz', 'title: Writer']
    """
    if not attrs.has(type(value)):
        return [str(value)]
    lines = []
    for field in attrs.fields(type(value)):
        inner = getattr(value, field.name)
        if field.name == "span" or field.name.endswith("_span") or inner in (None, (), False):
            continue
        if attrs.has(type(inner)):
            lines.append(f"{field.name}:")
            lines.extend(f"  {line}" for line in _generic_lines(inner))
        elif isinstance(inner, tuple):
            shown = [_plain(item) for item in inner]
            lines.append(f"{field.name}: {', '.join(shown)}")
        else:
            lines.append(f"{field.name}: {_plain(inner)}")
    return lines


def _plain(value: Any) -> str:
    """A field value as a short string: a part by its name or text, a date in ISO form.

    >>> _plain(dt.date(2024, 5, 2)), _plain(7)
    ('2024-05-02', '7')
    """
    if isinstance(value, dt.date):
        return value.isoformat()
    for name in ("name", "text", "value"):
        if attrs.has(type(value)) and hasattr(value, name):
            return str(getattr(value, name))
    return str(value)


def _byline_lines(document: Document) -> list[str]:
    """The byline as written, then its people and outlet.

    >>> import wirecopy
    >>> _byline_lines(wirecopy.parse("By Ana Ruiz\\nOSLO (Reuters) - Snow fell.\\n"))
    ['By Ana Ruiz', 'person: Ana Ruiz']
    """
    byline = document.byline
    if byline is None:
        return []
    lines = [byline.text]
    for person in byline.people:
        about = ", ".join(value for value in (person.title, person.location) if value)
        lines.append(f"person: {person.name}" + (f" ({about})" if about else ""))
    if byline.affiliation:
        lines.append(f"affiliation: {byline.affiliation}")
    return lines


def _dateline_lines(dateline: Dateline | None) -> list[str]:
    """The dateline as written, its parts, its date, then any other field it has.

    >>> import wirecopy
    >>> for line in _dateline_lines(wirecopy.parse("KESTERVIK, Feb 30 (Reuters) - Snow.").dateline):
    ...     print(line)
    KESTERVIK, Feb 30 (Reuters) -
    city: KESTERVIK
    agency: Reuters
    date: February 30 (not a date)
    """
    if dateline is None:
        return []
    lines = [dateline.text]
    for label, value in (
        ("city", dateline.city),
        ("region", dateline.region),
        ("country", dateline.country),
        ("agency", dateline.agency),
    ):
        if value:
            lines.append(f"{label}: {value}")
    if dateline.date is not None:
        inferred = " (year inferred)" if dateline.year_inferred else ""
        lines.append(f"date: {dateline.date.isoformat()}{inferred}")
    elif dateline.month is not None and dateline.day is not None:
        written = f"{dt.date(2000, dateline.month, 1):%B} {dateline.day}"
        if dateline.year is not None:
            lines.append(f"date: {written}, {dateline.year} (not a date)")
        elif _impossible(dateline.month, dateline.day):
            lines.append(f"date: {written} (not a date)")
        else:
            lines.append(f"date: {written} (year unknown: pass --reference-date)")
    for field in attrs.fields(Dateline):
        value = getattr(dateline, field.name)
        if field.name in _DATELINE_DONE or field.name.endswith("_span") or value in (None, ()):
            continue
        if attrs.has(type(value)):
            lines.append(f"{field.name}:")
            lines.extend(f"  {line}" for line in _generic_lines(value))
        else:
            lines.append(f"{field.name}: {_plain(value)}")
    return lines


def _impossible(month: int, day: int) -> bool:
    """Whether no year has this month and day (a leap year has the most days).

    >>> _impossible(2, 29), _impossible(2, 30)
    (False, True)
    """
    try:
        dt.date(2000, month, day)
    except ValueError:
        return True
    return False


def _paragraph_lines(document: Document, at: Any) -> list[str]:
    """The paragraphs numbered and wrapped at :data:`WIDTH`; ``at`` gives a span's suffix.

    >>> import wirecopy
    >>> _paragraph_lines(wirecopy.parse("Snow fell.\\n\\nIt melted."), lambda span: "")
    ['1. Snow fell.', '2. It melted.']
    """
    lines = []
    for number, paragraph in enumerate(document.paragraphs, 1):
        marker = f"{number}. "
        wrapped = textwrap.wrap(
            paragraph.text,
            width=WIDTH,
            initial_indent=marker,
            subsequent_indent=" " * len(marker),
            break_long_words=False,
            break_on_hyphens=False,
        ) or [marker.rstrip()]
        wrapped[0] += at(paragraph.span)
        lines.extend(wrapped)
    return lines


def _credit_line(credit: Credit) -> str:
    """One credit as ``role: name (location), ...``.

    >>> import wirecopy
    >>> _credit_line(wirecopy.parse("Snow.\\n(Reporting by Ana Ruiz in Lima)").credits[0])
    'reporting: Ana Ruiz (Lima)'
    """
    people = [
        f"{person.name} ({person.location})" if person.location else person.name
        for person in credit.people
    ]
    return f"{credit.role}: {', '.join(people)}"


def _diagnostic_lines(document: Document, style: _Style) -> list[str]:
    """Each diagnostic with its severity, code, line and column, and an excerpt.

    >>> import wirecopy
    >>> _diagnostic_lines(wirecopy.parse("OSLO, Feb 30 (Reuters) - Snow."), _Style(False))
    ["error impossible-date at line 1, column 7: February 30 is not a date: 'Feb 30'"]
    """
    lines = []
    for diagnostic in document.diagnostics:
        line, column = _position(document.source, diagnostic.span)
        excerpt = document.source[diagnostic.span[0] : diagnostic.span[1]]
        if len(excerpt) > 40:
            excerpt = excerpt[:37] + "..."
        severity = style.paint(diagnostic.severity, diagnostic.severity)
        lines.append(
            f"{severity} {diagnostic.code} at line {line}, column {column}: "
            f"{diagnostic.message}: {excerpt!r}"
        )
    return lines


def _position(source: str, span: Span) -> tuple[int, int]:
    """The 1-based line and column where ``span`` starts.

    >>> _position("ab\\ncd", (4, 5))
    (2, 2)
    """
    start = span[0]
    line = source.count("\n", 0, start) + 1
    column = start - (source.rfind("\n", 0, start) + 1) + 1
    return line, column
