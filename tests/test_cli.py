"""The command line, end to end through a subprocess, and its doctests.

Every subprocess runs this checkout's code (``PYTHONPATH`` points at
``src``), with standard output and standard error captured apart.
"""

from __future__ import annotations

import doctest
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import console
import wirecopy
import wirecopy.__main__

SRC = Path(__file__).resolve().parents[1] / "src"
DOCS = Path(__file__).resolve().parents[1] / "docs"

STORY = (
    "Ferry line adds night crossing\n"
    "\n"
    "TROMVIK, Norway, Dec 31 (Reuters) - Nordlys Sjo will add a night crossing.\n"
    "(Reporting by Lena Vosk; Editing by Cora Manning)\n"
)


def run(
    *args: str, stdin: str | bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(SRC), *filter(None, [environment.get("PYTHONPATH")])]
    )
    environment.pop("NO_COLOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "wirecopy", *args],
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        capture_output=True,
        cwd=cwd,
        env=environment,
        timeout=300,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


def story(number: int) -> str:
    return f"KESTERVIK, Jan {(number - 1) % 28 + 1} (Reuters) - Ferry {number} left the harbour.\n"


def test_doctests_of_the_command_line_module() -> None:
    # pytest does not collect doctests from a module named __main__.
    result = doctest.testmod(wirecopy.__main__, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


# ------------------------------------------------------------------ show


def test_no_argument_shows_the_bundled_sample() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    assert result.stdout == run("show").stdout
    assert (
        "Headline\n  Crane fault halts night shifts at Dutch container terminal\n" in result.stdout
    )
    assert "city: ROTTERDAM" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour
    assert result.stderr == ""


def test_show_a_file_with_spans_and_colour(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = run(
        "show", str(path), "--spans", "--color", "always", "--reference-date", "2021-01-02"
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b[1;36mHeadline\x1b[0m  \x1b[2m[0, 30]\x1b[0m" in result.stdout
    assert "date: 2020-12-31 (year inferred)" in result.stdout
    plain = run("show", str(path), "--color", "never").stdout
    assert "\x1b[" not in plain
    assert "Dateline\n  TROMVIK, Norway, Dec 31 (Reuters) -\n" in plain


def test_show_reads_standard_input_and_fails_under_strict() -> None:
    assert "country: Norway" in run("show", "-", stdin=STORY).stdout
    result = run("show", "-", "--strict", stdin="    TROMVIK, Feb 30 - The fjord froze.\n")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "impossible-date at line 1, column 14: February 30 is not a date" in result.stderr


def test_show_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("show", str(tmp_path / "absent.txt"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "absent.txt: cannot read: No such file or directory" in result.stderr


def test_sample_prints_the_raw_story() -> None:
    result = run("sample")
    assert result.returncode == 0
    assert result.stdout == wirecopy.__main__.read_sample()


# ----------------------------------------------------------------- parse


def test_one_file_gives_one_json_document(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.replace("\n", "\r\n").encode("utf-8"))
    result = run("parse", str(path), "--reference-date", "2021-01-02")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["agency"] == "Reuters"
    assert data["headline"]["text"] == "Ferry line adds night crossing"
    assert data["dateline"]["date"] == "2020-12-31"
    assert [c["role"] for c in data["credits"]] == ["reporting", "editing"]
    # Spans index the CRLF text as read from the file, and the JSON reads back.
    start, end = data["dateline"]["span"]
    assert STORY.replace("\n", "\r\n")[start:end] == "TROMVIK, Norway, Dec 31 (Reuters) -"
    document = wirecopy.Document.from_dict(data)
    assert document == wirecopy.parse(data["source"], reference_date=document.dateline.date)


def test_standard_input_is_one_story() -> None:
    result = run("parse", "-", stdin=STORY)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["dateline"]["country"] == "Norway"


def write_archive(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for day in range(1, count + 1):
        path = folder / f"{day:03d}.txt"
        path.write_text(story(day), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_directory_gives_jsonl_in_order_with_a_broken_file_in_the_middle(tmp_path: Path) -> None:
    paths = write_archive(tmp_path / "archive", 9)
    paths[4].write_bytes(b"KESTERVIK (Reuters) - \xff\xfe\n")
    (tmp_path / "archive" / "notes.md").write_text("not a story", encoding="utf-8")
    result = run("parse", str(tmp_path / "archive"))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["input"]).name for line in lines] == [
        f"{day:03d}.txt" for day in (1, 2, 3, 4, 6, 7, 8, 9)
    ]
    assert [line["paragraphs"][0]["text"] for line in lines][3:5] == [
        "Ferry 4 left the harbour.",
        "Ferry 6 left the harbour.",
    ]
    assert result.stderr == (
        f"wirecopy: {paths[4]}: not utf-8 text (byte 0xff at offset 22);"
        " name its encoding with --encoding, or pass --encoding auto\n"
    )


@pytest.mark.parametrize("workers", ["2", "3"])
def test_workers_keep_the_input_order(tmp_path: Path, workers: str) -> None:
    write_archive(tmp_path / "archive", 100)
    (tmp_path / "archive" / "050.txt").write_bytes(b"\xff")
    single = run("parse", str(tmp_path / "archive"), "--workers", "1")
    parallel = run("parse", str(tmp_path / "archive"), "--workers", workers)
    assert parallel.returncode == single.returncode == 1
    assert parallel.stdout == single.stdout
    assert parallel.stderr == single.stderr
    assert len(parallel.stdout.splitlines()) == 99
    texts = [json.loads(line)["paragraphs"][0]["text"] for line in parallel.stdout.splitlines()]
    assert texts == [f"Ferry {n} left the harbour." for n in range(1, 101) if n != 50]


def test_strict_failures_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("    TROMVIK, Feb 30 - The fjord froze.\n", encoding="utf-8")
    second.write_text(story(3), encoding="utf-8")
    result = run("parse", str(first), str(second), "--strict", "--workers", "2")
    assert result.returncode == 1
    assert [json.loads(line)["input"] for line in result.stdout.splitlines()] == [str(second)]
    assert result.stderr.startswith(
        f"wirecopy: {first}: impossible-date at line 1, column 14: February 30 is not a date\n"
    )


def test_encoding_auto_reads_each_file_and_row_in_its_own_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"T\xd8NSBERG (AP) _ The \x93night ferry\x94 sailed.\n")
    (tmp_path / "b.txt").write_bytes("TØNSBERG (AP) _ The “day ferry” sailed.\n".encode())
    (tmp_path / "c.txt").write_bytes(b"T\xd8NSBERG (AP) _ The ferry \x81 sailed.\n")
    rows = tmp_path / "d.jsonl"
    rows.write_bytes(
        b'{"text": "Caf\xe9 shut."}\n{"text": "Bar \x8d shut."}\n{"text": "Inn shut."}\n'
    )
    table = tmp_path / "e.csv"
    table.write_bytes(b'id,text\nr1,"Caf\xe9\nshut."\nr\x812,"Bar \x9d shut."\n')
    result = run("parse", str(tmp_path), "--glob", "*", "--encoding", "auto", "--flat")
    assert result.returncode == 0, result.stderr
    records = {r["input"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert {Path(name).name: r["text"] for name, r in records.items()} == {
        "a.txt": "The “night ferry” sailed.",
        "b.txt": "The “day ferry” sailed.",
        "c.txt": "The ferry \ufffd sailed.",
        "d.jsonl:1": "Café shut.",
        "d.jsonl:2": "Bar \ufffd shut.",
        "d.jsonl:3": "Inn shut.",
        "e.csv:2": "Café shut.",
        "e.csv:4": "Bar \ufffd shut.",
    }
    assert records[str(tmp_path / "a.txt")]["dateline_city"] == "TØNSBERG"
    # Only the stories whose bytes were replaced are reported, and they still count as parsed.
    warning = "warning: 1 byte with no character in CP1252 became U+FFFD"
    assert result.stderr.splitlines() == [
        f"wirecopy: {tmp_path / 'c.txt'}: {warning}",
        f"wirecopy: {rows}:2: {warning}",
        f"wirecopy: {table}:4: warning: 2 bytes with no character in CP1252 became U+FFFD",
    ]


def test_a_missing_path_fails_but_the_others_are_parsed(tmp_path: Path) -> None:
    present = tmp_path / "a.txt"
    present.write_text(story(1), encoding="utf-8")
    result = run("parse", str(tmp_path / "absent.txt"), str(present))
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert "absent.txt: cannot read: No such file or directory" in result.stderr


def test_jsonl_rows_keep_their_other_fields(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl.gz"
    rows = [
        {"id": 1, "body": story(1), "desk": "north"},
        {"id": 2, "text": "no body here"},
        {"id": 3, "body": story(3), "desk": "south"},
    ]
    with gzip.open(dump, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(json.dumps(row) for row in rows) + "\n\nnot json\n")
    result = run("parse", str(dump), "--text-field", "body")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["input"] for line in lines] == [f"{dump}:1", f"{dump}:3"]
    assert [line["fields"] for line in lines] == [
        {"id": 1, "desk": "north"},
        {"id": 3, "desk": "south"},
    ]
    assert result.stderr.splitlines() == [
        f'wirecopy: {dump}:2: no "body" field holding a string',
        f"wirecopy: {dump}:5: not a JSON object: Expecting value at column 1",
    ]


def test_each_row_may_carry_its_reference_date(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    body = "KESTERVIK, Dec 30 (Reuters) - Ice closed the harbour."
    rows = [
        {"id": 1, "text": body, "filed": "2026-01-02"},
        {"id": 2, "text": body, "filed": "2025-01-02T08:00:00Z"},
        {"id": 3, "text": body, "filed": ""},
        {"id": 4, "text": body},
        {"id": 5, "text": body, "filed": "30/12/2025"},
        {"id": 6, "text": body, "filed": 20251230},
    ]
    dump.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    result = run(
        "parse", str(dump), "--date-field", "filed", "--reference-date", "2024-01-03", "--flat"
    )
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # A row without a date takes --reference-date.
    assert [(r["id"], r["dateline_date"], r.get("filed")) for r in records] == [
        (1, "2025-12-30", "2026-01-02"),
        (2, "2024-12-30", "2025-01-02T08:00:00Z"),
        (3, "2023-12-30", ""),
        (4, "2023-12-30", None),
    ]
    assert result.stderr.splitlines() == [
        f"wirecopy: {dump}:5: filed is not an ISO 8601 date: '30/12/2025'",
        f"wirecopy: {dump}:6: filed is not an ISO 8601 date: 20251230",
    ]


def test_csv_rows_as_flat_records(tmp_path: Path) -> None:
    table = tmp_path / "dump.csv"
    table.write_text(
        'id,text,agency\nn-1,"TROMVIK (Reuters) - Snow\nfell.",wire\nn-2,"Rain.",x\n',
        encoding="utf-8",
    )
    result = run("parse", str(table), "--flat")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"] for r in records] == [f"{table}:2", f"{table}:4"]
    assert [r["id"] for r in records] == ["n-1", "n-2"]
    # A passed-through column whose name a record uses is kept under another name.
    assert [(r["agency"], r["input_agency"]) for r in records] == [("Reuters", "wire"), (None, "x")]
    assert (records[0]["dateline_city"], records[0]["text"].split()) == (
        "TROMVIK",
        ["Snow", "fell."],
    )
    assert set(wirecopy.record_columns()) <= set(records[0])


def test_formats_and_output_file(tmp_path: Path) -> None:
    write_archive(tmp_path / "archive", 3)
    as_list = run("parse", str(tmp_path / "archive"), "--format", "json")
    assert [Path(d["input"]).name for d in json.loads(as_list.stdout)] == [
        "001.txt",
        "002.txt",
        "003.txt",
    ]
    text = run("parse", str(tmp_path / "archive"), "--format", "text")
    assert text.stdout.count("==> ") == 3
    assert "Paragraphs\n  1. Ferry 2 left the harbour." in text.stdout
    one_line = run("parse", "-", "--format", "jsonl", stdin=STORY)
    assert len(one_line.stdout.splitlines()) == 1
    target = tmp_path / "out.jsonl"
    written = run("parse", str(tmp_path / "archive"), "--output", str(target))
    assert written.returncode == 0
    assert written.stdout == written.stderr == ""
    assert target.read_text(encoding="utf-8") == as_list_to_jsonl(as_list.stdout)


def as_list_to_jsonl(text: str) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in json.loads(text))


def test_an_empty_batch_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert run("parse", str(tmp_path / "empty")).stdout == ""
    assert run("parse", str(tmp_path / "empty"), "--format", "json").stdout == "[]\n"


def test_progress_goes_to_stderr_only(tmp_path: Path) -> None:
    write_archive(tmp_path / "archive", 5)
    result = run("parse", str(tmp_path / "archive"), "--progress")
    assert result.returncode == 0
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 5
    assert result.stderr.split("\r")[-1].startswith("5 stories parsed, 0 failed (")
    quiet = run("parse", str(tmp_path / "archive"))
    assert quiet.stderr == ""


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["parse", "-", "--reference-date", "31/12/2020"], "not a date in YYYY-MM-DD form"),
        (["parse"], "the following arguments are required: PATH"),
        (["parse", "-", "--workers", "-1"], "not a number of processes"),
        (["parse", "-", "--format", "xml"], "invalid choice"),
        (["parse", "-", "--encoding", "utf8x"], "unknown encoding 'utf8x': name one such as"),
        (["translate"], "invalid choice"),
    ],
)
def test_usage_errors(arguments: list[str], message: str) -> None:
    result = run(*arguments, stdin=STORY)
    assert result.returncode == 2
    assert result.stdout == ""
    assert message in result.stderr


# ---------------------------------------------------------------- schema


def test_schema_describes_what_parse_writes(tmp_path: Path) -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema == wirecopy.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    path = tmp_path / "story.txt"
    path.write_text(wirecopy.__main__.read_sample(), encoding="utf-8")
    document = json.loads(run("parse", str(path), "--reference-date", "2026-03-05").stdout)
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())


# ----------------------------------------------------------------- docs


PAGES = [DOCS / "cli.md"]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_the_documented_commands_print_what_the_page_shows(page: Path, tmp_path: Path) -> None:
    found = console.examples(page)
    assert len(found) > 10
    environment = console.shell(tmp_path)
    for example in found:
        assert console.run(example, tmp_path, environment) == example.output, (
            f"{page.name}, line {example.line}: {example.command}"
        )
