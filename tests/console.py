"""Run the ``$`` lines of a page's ``console`` blocks and compare what they print.

A block is a fenced ``console`` block; each line that starts with ``$ `` is
a command for bash, and the lines after it, up to the next command, are
what it prints on standard output.  All commands of a page run in order in
one folder, with ``wirecopy`` on ``PATH`` running this checkout's code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import attrs

SRC = Path(__file__).resolve().parents[1] / "src"


@attrs.frozen
class Example:
    """One command of a page and the output the page shows for it."""

    command: str
    """The command, without the ``$ `` prompt."""
    output: str
    """The output the page shows, each line ending in a line break."""
    line: int
    """The 1-based line of the page the command stands on."""


def examples(page: Path) -> list[Example]:
    """The commands of every ``console`` block of ``page``, in order."""
    found: list[Example] = []
    inside = False
    command: tuple[str, int] | None = None
    output: list[str] = []
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if not inside:
            inside = line.strip() == "```console"
            continue
        if line.startswith("```") or line.startswith("$ "):
            if command is not None:
                found.append(Example(command[0], "".join(output), command[1]))
            command, output = None, []
            if line.startswith("$ "):
                command = (line[2:], number)
            else:
                inside = False
        else:
            output.append(line + "\n")
    return found


def shell(folder: Path) -> dict[str, str]:
    """The environment for the commands: ``wirecopy`` on PATH, this checkout importable."""
    bin_folder = folder / ".bin"
    bin_folder.mkdir(exist_ok=True)
    script = bin_folder / "wirecopy"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m wirecopy "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    environment = dict(os.environ)
    environment["PATH"] = f"{bin_folder}{os.pathsep}{environment.get('PATH', '')}"
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(SRC), *filter(None, [environment.get("PYTHONPATH")])]
    )
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = "80"
    return environment


def run(example: Example, folder: Path, environment: dict[str, str]) -> str:
    """What ``example``'s command prints on standard output, run in ``folder``."""
    result = subprocess.run(
        ["bash", "-c", example.command],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    return result.stdout
