"""The command line: ``wirecopy parse``, ``show``, ``schema`` and ``sample``.

``python -m wirecopy`` and the ``wirecopy`` script are the same program.
With no command it shows the bundled sample story.  Files are read as bytes
and decoded (UTF-8 unless ``--encoding`` says otherwise; ``auto`` tells
ASCII, UTF-8, CP1252 and Latin-1 apart), so ``\\r\\n`` line ends and every
other character reach :func:`wirecopy.parse` unchanged.

Exit status: 0 when every story was read and parsed, 1 when any story
failed (each failure is reported on stderr with its path, and the batch
goes on), 2 for a usage error.

>>> main(["parse", "-", "--format", "jsonl"], stdin=io.BytesIO(b"OSLO (Reuters) - Snow fell."))
... # doctest: +ELLIPSIS
{"source": "OSLO (Reuters) - Snow fell.", "agency": "Reuters", "headline": null, ...}
0
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import functools
import io
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from importlib.resources import files
from typing import IO, Any, BinaryIO

import attrs

from wirecopy._batch import ordered_map
from wirecopy._dates import iso_day, reference_day
from wirecopy._inputs import Story, one_story, read_stories
from wirecopy._parse import parse
from wirecopy._serialize import json_schema, to_dict, to_json, to_record
from wirecopy._show import format_document
from wirecopy.errors import ParseError

PROG = "wirecopy"


def read_sample() -> str:
    """The bundled sample story, an invented Reuters-style wire story.

    >>> read_sample().splitlines()[0]
    'UPDATE 1-Crane fault halts night shifts at Dutch container terminal'
    """
    return (files("wirecopy") / "data" / "sample.txt").read_bytes().decode("utf-8")


# ------------------------------------------------------------------ arguments


def _reference_date(text: str) -> dt.date:
    """An argument in ISO 8601 form (``YYYY-MM-DD``, or a date and time) as a date.

    >>> _reference_date("2025-03-04"), _reference_date("2025-03-04T08:00Z")
    (datetime.date(2025, 3, 4), datetime.date(2025, 3, 4))
    """
    try:
        return iso_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _encoding(text: str) -> str:
    """An ``--encoding`` argument: a codec Python knows, or ``auto``.

    >>> _encoding("Latin-1"), _encoding("auto")
    ('Latin-1', 'auto')
    >>> _encoding("utf8x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    argparse.ArgumentTypeError: unknown encoding 'utf8x': name one such as utf-8, ...
    """
    if text == "auto":
        return text
    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {text!r}: name one such as utf-8, cp1252 or latin-1, or pass auto"
        ) from None
    return text


def _workers(text: str) -> int:
    """A ``--workers`` argument: a count of processes, 0 for one per CPU.

    >>> _workers("2"), _workers("0") >= 1
    (2, True)
    """
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}")
    return count or os.cpu_count() or 1


def _parser() -> argparse.ArgumentParser:
    """The argument parser of the whole program, its three commands included.

    >>> _parser().parse_args(["parse", "a.txt", "--workers", "2"]).workers
    2
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parse news-agency wire stories into typed documents. "
        "Without a command, show the bundled sample story.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="the filing date, used to give a dateline's month and day their year",
    )
    common.add_argument(
        "--strict",
        action="store_true",
        help="count a story with an error-level finding as failed",
    )
    common.add_argument(
        "--encoding",
        default="utf-8",
        type=_encoding,
        help="the encoding of the input files, or auto to tell ASCII, UTF-8, CP1252 and "
        "Latin-1 apart by their bytes (default: utf-8)",
    )

    parse_command = _command(
        commands,
        "parse",
        "parse stories to JSON or JSONL",
        "Parse every story the paths hold and write them out in input order.",
        common,
    )
    parse_command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a story file, a directory (searched recursively), '-' for standard input, "
        "or a JSONL or CSV file with a story per row; any of them may be gzipped",
    )
    parse_command.add_argument(
        "--glob", default="*.txt", help="the files to take from a directory (default: *.txt)"
    )
    parse_command.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the column of a JSONL or CSV row that holds the story (default: text); "
        "the other columns are passed through",
    )
    parse_command.add_argument(
        "--date-field",
        metavar="NAME",
        help="the column of a JSONL or CSV row that holds the story's filing date in "
        "ISO 8601 form, its reference date (a row without one takes --reference-date)",
    )
    parse_command.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl", "csv"),
        default="auto",
        help="how to read the paths (default: from the file name; '-' is one story)",
    )
    parse_command.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        help="json for one story, a JSON list for many; jsonl, one line per story; "
        "text, the readable view (default: json for one story, jsonl for many)",
    )
    parse_command.add_argument(
        "--flat",
        action="store_true",
        help="write flat records (one column per field, for tables) instead of documents",
    )
    parse_command.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )
    parse_command.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="parse in N processes, output still in input order (0: one per CPU; default 1)",
    )
    parse_command.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on stderr (default: when stderr is a terminal)",
    )

    show_command = _command(
        commands,
        "show",
        "show one story's parts for reading",
        "Show the parts of one parsed story, each labelled.",
        common,
    )
    show_command.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="the story file; '-' reads standard input (default: the bundled sample)",
    )
    show_command.add_argument("--spans", action="store_true", help="show each part's span")
    show_command.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the labels (default: when standard output is a terminal and "
        "NO_COLOR is not set)",
    )

    for name, summary, description in (
        (
            "sample",
            "print the bundled sample story, to try the other commands on",
            "Print the raw text of the bundled sample story.",
        ),
        (
            "schema",
            "print the JSON Schema of the document JSON",
            "Print the JSON Schema of the JSON that 'wirecopy parse' writes per story.",
        ),
    ):
        _command(commands, name, summary, description)
    return parser


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    description: str,
    *parents: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Add a command: a line for the command list, a sentence for its own help page.

    >>> commands = argparse.ArgumentParser().add_subparsers()
    >>> _command(commands, "show", "show a story", "Show the parts of a story.").description
    'Show the parts of a story.'
    """
    return commands.add_parser(name, parents=parents, help=summary, description=description)


# ------------------------------------------------------------------- commands


def main(argv: Sequence[str] | None = None, *, stdin: BinaryIO | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); return the exit status.

    ``stdin`` stands in for standard input (for tests).

    >>> main(["show", "no/such/story.txt"])
    2
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has reported
        return exc.code if isinstance(exc.code, int) else 2
    _tolerant_output()
    input_stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        if args.command == "parse":
            return _parse_command(args, input_stream)
        if args.command == "sample":
            _write(sys.stdout, read_sample())
            return 0
        if args.command == "schema":
            _write(sys.stdout, json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
            return 0
        return _show_command(args, input_stream)
    except BrokenPipeError:
        # The reader (``| head``) has gone; keep Python from failing again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _show_command(args: argparse.Namespace, stdin: BinaryIO) -> int:
    """``wirecopy show``: one story as labelled sections (the sample without a path).

    >>> _show_command(_parser().parse_args(["show"]), io.BytesIO())  # doctest: +ELLIPSIS
    Agency
      Reuters
    ...
    0
    """
    if args.command is None:  # no command at all: the sample, with the defaults
        args = _parser().parse_args(["show"])
    if args.path is None:
        story = Story(label="<sample>", text=read_sample())
    else:
        found = next(_stories(args, [args.path], "text", stdin), None)
        story = found or Story(label=args.path, error=f"no story in {args.path}")
    if story.text is None:
        print(f"{PROG}: {story.label}: {story.error}", file=sys.stderr)
        return 2
    if story.warning:
        print(f"{PROG}: {story.label}: warning: {story.warning}", file=sys.stderr)
    try:
        document = parse(story.text, reference_date=args.reference_date, strict=args.strict)
    except ParseError as exc:
        print(f"{PROG}: {story.label}: {exc}", file=sys.stderr)
        return 1
    color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    )
    _write(sys.stdout, format_document(document, color=color, spans=args.spans) + "\n")
    return 0


def _stories(
    args: argparse.Namespace, paths: Sequence[str], input_format: str, stdin: BinaryIO
) -> Iterator[Story]:
    """The stories of ``paths``, standard input read from ``stdin``.

    >>> args = _parser().parse_args(["parse", "-"])
    >>> [s.text for s in _stories(args, ["-"], "auto", io.BytesIO(b"Snow."))]
    ['Snow.']
    """
    return read_stories(
        paths,
        glob=getattr(args, "glob", "*.txt"),
        text_field=getattr(args, "text_field", "text"),
        input_format=input_format,  # type: ignore[arg-type]
        encoding=args.encoding,
        stdin=stdin,
    )


@attrs.frozen
class _Options:
    """What every worker needs to know to turn a story into output text."""

    reference_date: dt.date | None
    """The reference date for every story (a row's own date field wins)."""
    strict: bool
    """Whether an error-level finding fails the story."""
    form: str
    """The output: "json" (indented), "jsonl" (one line) or "text"."""
    flat: bool
    """Write flat records instead of documents."""
    many: bool
    """Whether the output holds many stories (labels and inputs shown)."""
    date_field: str | None = None
    """The field of a row that holds its story's reference date."""


def _render(options: _Options, story: Story) -> tuple[str, str | None, str | None]:
    """Parse one story and write it out: ``(label, output, None)``, or ``(label, None, reason)``.

    Runs in the worker processes, so parsing and writing are both parallel.

    >>> options = _Options(None, False, "jsonl", True, True)
    >>> _render(options, Story(label="a.txt", text="OSLO (Reuters) - Snow."))[1][:60]
    '{"input": "a.txt", "agency": "Reuters", "headline_text": nul'
    >>> _render(options, Story(label="b.txt", error="cannot read b.txt"))
    ('b.txt', None, 'cannot read b.txt')
    """
    if story.text is None:
        return story.label, None, story.error
    output, error = _render_text(options, story.text, story)
    return story.label, output, error


def _render_text(options: _Options, text: str, story: Story) -> tuple[str | None, str | None]:
    """The output text of the story ``text``, or the reason it failed.

    >>> options = _Options(None, True, "text", False, False)
    >>> output, error = _render_text(options, "OSLO, Feb 30 - x", Story("a"))
    >>> output, error.splitlines()[0]
    (None, 'impossible-date at line 1, column 7: February 30 is not a date')
    """
    reference = options.reference_date
    if options.date_field is not None and story.fields:
        written = story.fields.get(options.date_field)
        if written is not None and written != "":
            try:
                reference = reference_day(written)
            except (TypeError, ValueError):
                return None, f"{options.date_field} is not an ISO 8601 date: {written!r}"
    try:
        document = parse(text, reference_date=reference, strict=options.strict)
        if options.form == "text":
            view = format_document(document)
            return (f"==> {story.label} <==\n{view}" if options.many else view), None
        data: dict[str, Any] = {"input": story.label} if options.many else {}
        if options.flat:
            record = to_record(document)
            for key, value in (story.fields or {}).items():
                data[f"input_{key}" if key in record or key == "input" else key] = value
            data.update(record)
        else:
            if story.fields is not None:
                data["fields"] = story.fields
            data.update(to_dict(document))
        if options.form == "json" and not options.many:
            return (to_json(document) if not options.flat else _dumps(data, 2)), None
        return _dumps(data, 2 if options.form == "json" else None), None
    except ParseError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug in the parser must not stop the batch
        return None, f"internal error: {type(exc).__name__}: {exc}"


def _dumps(data: dict[str, Any], indent: int | None) -> str:
    """``data`` as JSON, dates written in ISO form.

    >>> _dumps({"date": dt.date(2024, 5, 2)}, None)
    '{"date": "2024-05-02"}'
    """
    return json.dumps(data, indent=indent, ensure_ascii=False, default=_iso)


def _iso(value: object) -> str:
    """A date (the only non-JSON value a record holds) in ISO form.

    >>> _iso(dt.date(2024, 5, 2))
    '2024-05-02'
    """
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _parse_command(args: argparse.Namespace, stdin: BinaryIO) -> int:
    """``wirecopy parse``: every story out in input order; 1 if any failed."""
    single = one_story(args.paths, args.input_format)
    form = args.format or ("json" if single else "jsonl")
    options = _Options(
        args.reference_date, args.strict, form, args.flat, not single, args.date_field
    )
    # Files are read here and the stories sent to the workers, which parse
    # them and write their output text; results come back in input order.
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _Progress(sys.stderr) if show else None
    stories = _warned(_stories(args, args.paths, args.input_format, stdin), progress)
    results = ordered_map(functools.partial(_render, options), stories, workers=args.workers)
    try:
        output: IO[str] = (
            open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
        )
    except OSError as exc:
        print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    failed = 0
    written = 0
    try:
        as_list = form == "json" and not single
        for label, text, error in results:
            if error is not None:
                failed += 1
                if progress:
                    progress.clear()
                print(f"{PROG}: {label}: {error}", file=sys.stderr, flush=True)
            elif text is not None:
                separator = "\n\n" if form == "text" else ",\n" if as_list else "\n"
                opening = "[\n" if as_list and written == 0 else separator if written else ""
                _write(output, opening + text)
                written += 1
            if progress:
                progress.update(written, failed)
        if as_list:
            _write(output, "\n]\n" if written else "[]\n")
        elif written:
            _write(output, "\n")
    finally:
        if progress:
            progress.finish(written, failed)
        if output is not sys.stdout:
            output.close()
        else:
            output.flush()
    return 1 if failed else 0


def _warned(stories: Iterable[Story], progress: _Progress | None) -> Iterator[Story]:
    """``stories``, each one's reading warning reported on stderr as it is read.

    >>> stories = [Story("a.txt", text="x", warning="1 byte with no character")]
    >>> sys.stderr = sys.stdout  # for the example
    >>> [story.label for story in _warned(stories, None)]
    wirecopy: a.txt: warning: 1 byte with no character
    ['a.txt']
    >>> sys.stderr = sys.__stderr__
    """
    for story in stories:
        if story.warning:
            if progress:
                progress.clear()
            print(f"{PROG}: {story.label}: warning: {story.warning}", file=sys.stderr, flush=True)
        yield story


def _write(stream: IO[str], text: str) -> None:
    """Write ``text`` to ``stream``.

    >>> _write(sys.stdout, "Snow\\n")
    Snow
    """
    stream.write(text)


class _Progress:
    """A one-line progress counter on stderr, redrawn at most ten times a second.

    >>> bar = _Progress(io.StringIO())
    >>> bar.update(3, 1)
    >>> bar.finish(3, 1)
    >>> bar.stream.getvalue().split("\\r")[-1]
    '3 stories parsed, 1 failed (... stories/s)\\n'
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.started = time.perf_counter()
        self.drawn = 0.0

    def _line(self, done: int, failed: int) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        return (
            f"\r{done} stories parsed, {failed} failed ({(done + failed) / elapsed:.0f} stories/s)"
        )

    def update(self, done: int, failed: int) -> None:
        """Redraw the line if a tenth of a second has passed since the last time."""
        now = time.perf_counter()
        if now - self.drawn >= 0.1:
            self.drawn = now
            self.stream.write(self._line(done, failed))
            self.stream.flush()

    def clear(self) -> None:
        """Blank the line, so a message can be printed in its place."""
        self.stream.write("\r\x1b[K")

    def finish(self, done: int, failed: int) -> None:
        """Draw the final count and end the line."""
        self.stream.write(self._line(done, failed) + "\n")
        self.stream.flush()


def _tolerant_output() -> None:
    """Let wire text print on a terminal whose encoding cannot show all of it."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    sys.exit(main())
