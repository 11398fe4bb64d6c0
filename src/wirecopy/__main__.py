"""The command line: ``python -m wirecopy [PATH] [--reference-date D] [--json] [--strict]``.

With no PATH it parses the bundled sample story; ``-`` reads standard input.
Files are read as bytes and decoded as UTF-8, so ``\\r\\n`` line ends and
every other character reach :func:`wirecopy.parse` unchanged.

>>> main(["--json"])  # doctest: +ELLIPSIS
{
  "agency": "Reuters",
  "headline": {
    "text": "Crane fault halts night shifts at Dutch container terminal",
    "span": [9, 67]
  },
...
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import sys
import textwrap
from importlib.resources import files
from typing import cast

import attrs

from wirecopy._parse import parse
from wirecopy.errors import ParseError
from wirecopy.model import Credit, Dateline, Document, Span

# A two-number list as json.dumps indents it: a span.
RE_SPAN_LIST = re.compile(r"\[\s*(-?\d+),\s*(-?\d+)\s*\]")

# The width readable output wraps paragraphs at.
WIDTH = 88


def read_sample() -> str:
    """The bundled sample story, an invented Reuters-style wire story.

    >>> read_sample().splitlines()[0]
    'UPDATE 1-Crane fault halts night shifts at Dutch container terminal'
    """
    return (files("wirecopy") / "data" / "sample.txt").read_bytes().decode("utf-8")


def document_to_dict(document: Document) -> dict[str, object]:
    """Every field of ``document`` as JSON-ready values, without ``source``.

    Parts become dicts, tuples become lists (spans are ``[start, end]``)
    and dates are ISO strings.

    >>> import datetime, wirecopy
    >>> doc = wirecopy.parse(
    ...     "OSLO, May 2 (Reuters) - Snow fell.\\n", reference_date=datetime.date(2024, 5, 3)
    ... )
    >>> data = document_to_dict(doc)
    >>> data["dateline"]["date"], data["dateline"]["span"], data["paragraphs"]
    ('2024-05-02', [0, 23], [{'text': 'Snow fell.', 'span': [24, 34]}])
    >>> "source" in data
    False
    """
    data = _jsonable(document)
    assert isinstance(data, dict)
    return data


def document_to_json(document: Document) -> str:
    """:func:`document_to_dict` as indented JSON, each span kept on one line.

    >>> import wirecopy
    >>> print(document_to_json(wirecopy.parse("Snow fell.")))  # doctest: +ELLIPSIS
    {
      "agency": null,
      ...
      "paragraphs": [
        {
          "text": "Snow fell.",
          "span": [0, 10]
        }
      ],
    ...
    """
    text = json.dumps(document_to_dict(document), indent=2, ensure_ascii=False)
    # JSON strings hold no raw line breaks, so this only touches number pairs.
    return RE_SPAN_LIST.sub(r"[\1, \2]", text)


def _jsonable(value: object) -> object:
    if attrs.has(type(value)):
        cls = cast("type[attrs.AttrsInstance]", type(value))
        return {
            field.name: _jsonable(getattr(value, field.name))
            for field in attrs.fields(cls)
            if field.name != "source"
        }
    if isinstance(value, (tuple, list)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def format_document(document: Document) -> str:
    """The document as labelled sections, one per part, for a person to read.

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
    <BLANKLINE>
    Paragraphs
      1. Snow fell.
    <BLANKLINE>
    Credits
      reporting: Ana Ruiz (Oslo)
      editing: Tom Hale
    ...
    """
    sections = [
        ("Agency", [document.agency] if document.agency else []),
        ("Headline", [document.headline.text] if document.headline else []),
        ("Byline", _byline_lines(document)),
        ("Dateline", _dateline_lines(document.dateline)),
        ("Paragraphs", _paragraph_lines(document)),
        ("Credits", [_credit_line(credit) for credit in document.credits]),
        ("Notes", [f"[{note.kind}] {note.text}" for note in document.notes]),
        ("Sign-off", [document.signoff.text] if document.signoff else []),
    ]
    if document.metadata:
        sections.append(("Metadata", [f"{m.name}: {m.text}" for m in document.metadata]))
    sections.append(("Diagnostics", _diagnostic_lines(document)))
    blocks = []
    for label, lines in sections:
        body = [f"  {line}" for line in lines] if lines else ["  (none)"]
        blocks.append("\n".join([label, *body]))
    return "\n\n".join(blocks)


def _byline_lines(document: Document) -> list[str]:
    byline = document.byline
    if byline is None:
        return []
    lines = [byline.text]
    for person in byline.people:
        title = f" ({person.title})" if person.title else ""
        lines.append(f"person: {person.name}{title}")
    if byline.affiliation:
        lines.append(f"affiliation: {byline.affiliation}")
    return lines


def _dateline_lines(dateline: Dateline | None) -> list[str]:
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
        else:
            lines.append(f"date: {written} (year unknown: pass --reference-date)")
    return lines


def _paragraph_lines(document: Document) -> list[str]:
    lines = []
    for number, paragraph in enumerate(document.paragraphs, 1):
        marker = f"{number}. "
        lines.extend(
            textwrap.wrap(
                paragraph.text,
                width=WIDTH,
                initial_indent=marker,
                subsequent_indent=" " * len(marker),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [marker.rstrip()]
        )
    return lines


def _credit_line(credit: Credit) -> str:
    people = [
        f"{person.name} ({person.location})" if person.location else person.name
        for person in credit.people
    ]
    return f"{credit.role}: {', '.join(people)}"


def _diagnostic_lines(document: Document) -> list[str]:
    lines = []
    for diagnostic in document.diagnostics:
        line, column = _position(document.source, diagnostic.span)
        excerpt = document.source[diagnostic.span[0] : diagnostic.span[1]]
        if len(excerpt) > 40:
            excerpt = excerpt[:37] + "..."
        lines.append(
            f"{diagnostic.severity} {diagnostic.code} at line {line}, column {column}: "
            f"{diagnostic.message}: {excerpt!r}"
        )
    return lines


def _position(source: str, span: Span) -> tuple[int, int]:
    start = span[0]
    line = source.count("\n", 0, start) + 1
    column = start - (source.rfind("\n", 0, start) + 1) + 1
    return line, column


def _reference_date(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m wirecopy",
        description="Parse a news-agency wire story and print its parts.",
    )
    parser.add_argument(
        "path",
        nargs="?",
        help="the story file, UTF-8; '-' reads standard input (default: a bundled sample)",
    )
    parser.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="the filing date, used to give a dateline's month and day their year",
    )
    parser.add_argument("--json", action="store_true", help="print the document as JSON")
    parser.add_argument(
        "--strict", action="store_true", help="fail (exit 1) on the first error-level finding"
    )
    return parser


def _read(path: str | None) -> tuple[str, str]:
    """The label and text of the story to parse; raises OSError or UnicodeDecodeError."""
    if path is None:
        return "<sample>", read_sample()
    if path == "-":
        return "<stdin>", sys.stdin.buffer.read().decode("utf-8")
    with open(path, "rb") as stream:
        return path, stream.read().decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); return the exit status.

    0 on success, 1 for a :class:`~wirecopy.ParseError` under ``--strict``,
    2 for a usage error or a file that cannot be read as UTF-8.

    >>> main(["no/such/story.txt"])
    2
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has reported
        return exc.code if isinstance(exc.code, int) else 2
    _tolerant_output()
    try:
        label, text = _read(args.path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(f"wirecopy: cannot read {args.path}: {reason}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(
            f"wirecopy: {args.path or '<sample>'} is not UTF-8 text "
            f"(byte 0x{exc.object[exc.start]:02x} at offset {exc.start})",
            file=sys.stderr,
        )
        return 2
    try:
        document = parse(text, reference_date=args.reference_date, strict=args.strict)
    except ParseError as exc:
        print(f"{label}: {exc}", file=sys.stderr)
        return 1
    output = document_to_json(document) if args.json else format_document(document)
    try:
        print(output, flush=True)
    except BrokenPipeError:
        # The reader (``| head``) has gone; keep Python from failing again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def _tolerant_output() -> None:
    """Let wire text print on a terminal whose encoding cannot show all of it."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    sys.exit(main())
