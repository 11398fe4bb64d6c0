"""The stories of a batch, read from files, directories, archives and standard input.

A path is a story file, a directory (searched recursively), ``-`` for
standard input, or a JSONL or CSV file with one story per row in a named
column; any of these files may be gzip-compressed (``.gz``).  Each story
becomes a :class:`Story`; what cannot be read becomes a story with an
``error`` instead of text, so one bad file never stops a batch.  The
encoding ``"auto"`` tells each file's (or row's) encoding from its bytes
with :func:`wirecopy.decode`.

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

from wirecopy._decode import decode

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
    warning: str | None = None
    """What reading changed in the story (bytes replaced by U+FFFD), or None."""


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
    >>> print(story.error)
    not utf-8 text (byte 0xff at offset 4); name its encoding with --encoding, or pass
    --encoding auto
    >>> story, = _read_stream("x", io.BytesIO(b"Snow\\xff"), "text", "text", "auto")
    >>> story.text
    'Snowÿ'
    """
    try:
        if input_format == "jsonl":
            yield from _jsonl_rows(label, _Lines(stream, encoding, "\n"), text_field)
        elif input_format == "csv":
            yield from _csv_rows(label, _Lines(stream, encoding, ""), text_field)
        elif encoding == "auto":
            decoded = decode(stream.read())
            yield Story(label=label, text=decoded.text, warning=_replaced(len(decoded.diagnostics)))
        else:
            yield Story(label=label, text=stream.read().decode(encoding))
    except UnicodeDecodeError as exc:
        byte = exc.object[exc.start]
        yield Story(
            label=label,
            error=f"not {encoding} text (byte 0x{byte:02x} at offset {exc.start});"
            " name its encoding with --encoding, or pass --encoding auto",
        )
    except (OSError, EOFError, csv.Error) as exc:
        yield Story(label=label, error=f"cannot read: {exc}")


class _Lines:
    """The text lines of a binary stream, decoded with ``encoding`` or told apart by ``"auto"``.

    ``newline`` is as for :class:`io.TextIOWrapper`.  Under ``"auto"`` each
    line is decoded on its own by :func:`wirecopy.decode`, and the bytes it
    replaces are counted until :meth:`warning` reports them.

    >>> lines = _Lines(io.BytesIO(b"Z\\xfcrich\\n\\x81\\n"), "auto", "\\n")
    >>> list(lines), lines.warning()
    (['Zürich\\n', '\\ufffd\\n'], '1 byte with no character in CP1252 became U+FFFD')
    """

    def __init__(self, stream: BinaryIO, encoding: str, newline: str) -> None:
        self.stream = stream
        self.encoding = encoding
        self.newline = newline
        self.replaced = 0

    def __iter__(self) -> Iterator[str]:
        if self.encoding != "auto":
            yield from io.TextIOWrapper(self.stream, encoding=self.encoding, newline=self.newline)
            return
        for raw in self.stream:
            decoded = decode(raw)
            self.replaced += len(decoded.diagnostics)
            yield decoded.text

    def warning(self) -> str | None:
        """What decoding replaced since the last call, or None."""
        count, self.replaced = self.replaced, 0
        return _replaced(count)


def _replaced(count: int) -> str | None:
    """The warning for ``count`` bytes replaced in decoding, or None.

    >>> _replaced(0), _replaced(2)
    (None, '2 bytes with no character in CP1252 became U+FFFD')
    """
    if not count:
        return None
    return f"{count} byte{'s' if count > 1 else ''} with no character in CP1252 became U+FFFD"


def _jsonl_rows(label: str, lines: _Lines, text_field: str) -> Iterator[Story]:
    """One story per JSON object line; a bad line is a failed story, the rest go on.

    >>> data = io.BytesIO(b'{"text": "Snow.", "id": 1}\\n\\nnot json\\n{"body": "x"}\\n')
    >>> for story in _jsonl_rows("d.jsonl", _Lines(data, "utf-8", "\\n"), "text"):
    ...     print(story.label, story.text, story.fields, story.error)
    d.jsonl:1 Snow. {'id': 1} None
    d.jsonl:3 None None not a JSON object: Expecting value at column 1
    d.jsonl:4 None None no "text" field holding a string
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row_label = f"{label}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            lines.warning()
            yield Story(row_label, error=f"not a JSON object: {exc.msg} at column {exc.colno}")
            continue
        yield _row_story(row_label, row, text_field, lines.warning())


def _csv_rows(label: str, lines: _Lines, text_field: str) -> Iterator[Story]:
    """One story per CSV row (the first row names the columns), labelled by its line.

    >>> data = io.BytesIO(b'id,text\\n1,"Snow\\nfell."\\n2,Rain.\\n')
    >>> rows = _csv_rows("d.csv", _Lines(data, "utf-8", ""), "text")
    >>> [(s.label, s.text, s.fields) for s in rows]
    [('d.csv:2', 'Snow\\nfell.', {'id': '1'}), ('d.csv:4', 'Rain.', {'id': '2'})]
    """
    # A story is longer than csv's default field limit of 128 KiB at times.
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(iter(lines))
    start = 2
    # A row's warning counts what decoding replaced in the lines read for
    # it: the first row's, the header's too.
    for row in reader:
        yield _row_story(f"{label}:{start}", row, text_field, lines.warning())
        start = reader.line_num + 1


def _row_story(label: str, row: object, text_field: str, warning: str | None = None) -> Story:
    """The story in the column ``text_field`` of a row, the other columns as its fields.

    >>> _row_story("r:1", {"text": "Snow.", "id": 3}, "text")
    Story(label='r:1', text='Snow.', fields={'id': 3}, error=None, warning=None)
    """
    if not isinstance(row, dict):
        return Story(label, error=f"not a JSON object but {type(row).__name__}")
    text = row.get(text_field)
    if not isinstance(text, str):
        return Story(label, error=f'no "{text_field}" field holding a string')
    fields = {key: value for key, value in row.items() if key != text_field}
    return Story(label, text=text, fields=fields, warning=warning)
