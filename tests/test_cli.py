"""The command line, end to end through a subprocess, and its doctests."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import wirecopy.__main__

STORY = (
    "Ferry line adds night crossing\n"
    "\n"
    "TROMVIK, Norway, Dec 31 (Reuters) - Nordlys Sjo will add a night crossing.\n"
    "(Reporting by Lena Vosk; Editing by Cora Manning)\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wirecopy", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_doctests_of_the_command_line_module() -> None:
    # pytest does not collect doctests from a module named __main__.
    result = doctest.testmod(wirecopy.__main__, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_no_argument_prints_the_bundled_sample() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    assert "Crane fault halts night shifts at Dutch container terminal" in result.stdout
    assert "ROTTERDAM" in result.stdout
    assert result.stderr == ""


def test_a_file_as_json(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.replace("\n", "\r\n").encode("utf-8"))
    result = run(str(path), "--json", "--reference-date", "2021-01-02")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["agency"] == "Reuters"
    assert data["headline"]["text"] == "Ferry line adds night crossing"
    assert data["dateline"]["city"] == "TROMVIK"
    assert data["dateline"]["date"] == "2020-12-31"
    assert [p["text"] for p in data["paragraphs"]] == ["Nordlys Sjo will add a night crossing."]
    assert [c["role"] for c in data["credits"]] == ["reporting", "editing"]
    # Spans index the CRLF text as read from the file.
    start, end = data["dateline"]["span"]
    assert STORY.replace("\n", "\r\n")[start:end] == "TROMVIK, Norway, Dec 31 (Reuters) -"


def test_standard_input() -> None:
    result = run("-", "--json", stdin=STORY)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["dateline"]["country"] == "Norway"


def test_strict_mode_fails_with_the_message_on_stderr() -> None:
    result = run("-", "--strict", stdin="    TROMVIK, Feb 30 - The fjord froze.\n")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "impossible-date at line 1, column 14: February 30 is not a date" in result.stderr


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(tmp_path / "absent.txt"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "absent.txt" in result.stderr


def test_a_bad_reference_date_is_a_usage_error() -> None:
    result = run("-", "--reference-date", "31/12/2020", stdin=STORY)
    assert result.returncode == 2
    assert result.stdout == ""
