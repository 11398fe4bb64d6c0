"""The stories of a batch, read from files, directories, archives and standard input.

A path is a story file, a directory (searched recursively), ``-`` for
standard input, or a JSONL or CSV file with one story per row in a named
column; any of these files may be gzip-compressed (``.gz``).  Each story
becomes a :class:`Story`; what cannot be read becomes a story with an
``error`` instead of text, so one bad file never stops a batch.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("OSLO (Reuters) - Snow fell.")
>>> _ = (folder / "b.jsonl").write_text('{"id": 7, "text": "Rain fell."}\\n')
>>> for story in read_stories([str(folder)], glob="*"):
...     print(story.label.replace(str(folder), "DIR"), repr(story.text), story.fields)
DIR/a.txt 'OSLO (Reuters) - Snow fell.' None
DIR/b.jsonl:1 'Rain fell.' {'id': 7}
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast

import attrs

#: The input formats a path can have; "auto" picks one from the file name.
InputFormat = Literal["auto", "text", "jsonl", "csv"]

# File name endings of the row formats (after any ".gz").
_ROW_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


@attrs.frozen
class Story:
    """One story of a batch, or the reason it could not be read.

    >>> Story(label="a.txt", text="Snow fell.").error is None
    True
    """

    label: str
    """Where the story comes from: a path, ``path:line`` for a row, ``<stdin>``."""
    text: str | None = None
    """The story, decoded; None when it could not be read."""
    fields: dict[str, Any] | None = None
    """The row's other columns, for a story read from a JSONL or CSV row."""
    error: str | None = None
    """Why the story could not be read, or None."""


def read_stories(
    paths: Sequence[str],
    *,
    glob: str = "*.txt",
    text_field: str = "text",
    input_format: InputFormat = "auto",
    encoding: str = "utf-8",
    stdin: BinaryIO | None = None,
) -> Iterator[Story]:
    """Every story the ``paths`` hold, in order: paths as given, directories sorted.

    A directory yields the files under it that match ``glob``.  A file
    whose name ends in ``.jsonl``, ``.ndjson`` or ``.csv`` (before any
    ``.gz``), or any file when ``input_format`` says so, holds one story per
    row in the column ``text_field``.  ``-`` reads ``stdin`` (default:
    standard input), as one story unless ``input_format`` names a row format.

    >>> [s.error for s in read_stories(["no/such/file.txt"])]
    ['cannot read: No such file or directory']
    """
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            form = "text" if input_format == "auto" else input_format
            yield from _read_stream("<stdin>", stream, form, text_field, encoding)
            continue
        target = Path(path)
        if target.is_dir():
            files = sorted(p for p in target.rglob(glob) if p.is_file())
            for file in files:
                yield from _read_file(str(file), input_format, text_field, encoding)
        else:
            yield from _read_file(path, input_format, text_field, encoding)


def one_story(paths: Sequence[str], input_format: InputFormat = "auto") -> bool:
    """Whether ``paths`` name exactly one story: one text file or standard input.

    >>> one_story(["a.txt"]), one_story(["a.txt", "b.txt"]), one_story(["dump.jsonl.gz"])
    (True, False, False)
    """
    if len(paths) != 1 or Path(paths[0]).is_dir():
        return False
    return _format_of(paths[0], input_format) == "text"


def _format_of(path: str, input_format: InputFormat) -> str:
    """The format of the file ``path``: "text", "jsonl" or "csv".

    >>> _format_of("dump.ndjson.gz", "auto"), _format_of("a.txt", "auto"), _format_of("-", "csv")
    ('jsonl', 'text', 'csv')
    """
    if input_format != "auto":
        return input_format
    name = path[: -len(".gz")] if path.endswith(".gz") else path
    return _ROW_SUFFIXES.get(Path(name).suffix.lower(), "text")


def _read_file(
    path: str, input_format: InputFormat, text_field: str, encoding: str
) -> Iterator[Story]:
    """The stories of one file; a file that cannot be opened gives one failed story.

    >>> next(_read_file("no/such.csv", "auto", "text", "utf-8")).error
    'cannot read: No such file or directory'
    """
    try:
        raw: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield Story(label=path, error=f"cannot read: {exc.strerror or exc}")
        return
    with raw:
        stream = cast("BinaryIO", gzip.GzipFile(fileobj=raw)) if path.endswith(".gz") else raw
        yield from _read_stream(path, stream, _format_of(path, input_format), text_field, encoding)


def _read_stream(
    label: str, stream: BinaryIO, input_format: str, text_field: str, encoding: str
) -> Iterator[Story]:
    """The stories of one open binary stream in ``input_format``.

    >>> story, = _read_stream("x", io.BytesIO(b"Snow\\xff"), "text", "text", "utf-8")
    >>> story.error
    'not utf-8 text (byte 0xff at offset 4)'
    """
    try:
        if input_format == "jsonl":
            yield from _jsonl_rows(label, stream, text_field, encoding)
        elif input_format == "csv":
            yield from _csv_rows(label, stream, text_field, encoding)
        else:
            yield Story(label=label, text=stream.read().decode(encoding))
    except UnicodeDecodeError as exc:
        byte = exc.object[exc.start]
        yield Story(
            label=label,
            error=f"not {encoding} text (byte 0x{byte:02x} at offset {exc.start})",
        )
    except (OSError, EOFError, csv.Error) as exc:
        yield Story(label=label, error=f"cannot read: {exc}")


def _jsonl_rows(label: str, stream: BinaryIO, text_field: str, encoding: str) -> Iterator[Story]:
    """One story per JSON object line; a bad line is a failed story, the rest go on.

    >>> data = io.BytesIO(b'{"text": "Snow.", "id": 1}\\n\\nnot json\\n{"body": "x"}\\n')
    >>> for story in _jsonl_rows("d.jsonl", data, "text", "utf-8"):
    ...     print(story.label, story.text, story.fields, story.error)
    d.jsonl:1 Snow. {'id': 1} None
    d.jsonl:3 None None not a JSON object: Expecting value at column 1
    d.jsonl:4 None None no "text" field holding a string
    """
    for number, line in enumerate(io.TextIOWrapper(stream, encoding=encoding, newline="\n"), 1):
        if not line.strip():
            continue
        row_label = f"{label}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Story(row_label, error=f"not a JSON object: {exc.msg} at column {exc.colno}")
            continue
        yield _row_story(row_label, row, text_field)


def _csv_rows(label: str, stream: BinaryIO, text_field: str, encoding: str) -> Iterator[Story]:
    """One story per CSV row (the first row names the columns), labelled by its line.

    >>> data = io.BytesIO(b'id,text\\n1,"Snow\\nfell."\\n2,Rain.\\n')
    >>> [(s.label, s.text, s.fields) for s in _csv_rows("d.csv", data, "text", "utf-8")]
    [('d.csv:2', 'Snow\\nfell.', {'id': '1'}), ('d.csv:4', 'Rain.', {'id': '2'})]
    """
    # A story is longer than csv's default field limit of 128 KiB at times.
    csv.field_size_limit(2**31 - 1)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    reader = csv.DictReader(text)
    start = 2
    for row in reader:
        yield _row_story(f"{label}:{start}", row, text_field)
        start = reader.line_num + 1


def _row_story(label: str, row: object, text_field: str) -> Story:
    """The story in the column ``text_field`` of a row, the other columns as its fields.

    >>> _row_story("r:1", {"text": "Snow.", "id": 3}, "text")
    Story(label='r:1', text='Snow.', fields={'id': 3}, error=None)
    """
    if not isinstance(row, dict):
        return Story(label, error=f"not a JSON object but {type(row).__name__}")
    text = row.get(text_field)
    if not isinstance(text, str):
        return Story(label, error=f'no "{text_field}" field holding a string')
    fields = {key: value for key, value in row.items() if key != text_field}
    return Story(label, text=text, fields=fields)
