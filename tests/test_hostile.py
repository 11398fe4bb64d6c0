"""Hostile input: parse() is total, lossless, fast, deterministic and thread-safe.

The property tests (``test_properties.py``) search for failures; these tests
pin the cases the project promises by name: odd characters and line ends,
huge inputs, non-str arguments, strict mode's messages, repeatability
across runs, processes and threads, and the adversarial inputs of
``benchmarks/adversarial.py`` within a time bound.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import importlib.util
import os
import pathlib
import pickle
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import wirecopy
from test_properties import check, parse_and_check
from wirecopy import Document, ParseError
from wirecopy._lines import RUN_EDGE, SHORT_LINE

ROOT = Path(__file__).resolve().parent.parent

STORY = (
    "Ferry line adds night crossing\n"
    "\n"
    "By Mira Holt\n"
    "\n"
    "KESTERVIK, Norway, March 3 (Reuters) - Nordvik Ferries will add a\n"
    "night crossing to the outer islands from April, the company said.\n"
    "\n"
    "A return ticket will cost 450 crowns ($43).\n"
    "\n"
    "(Reporting by Mira Holt; Editing by Hal Brenner)\n"
)


def _latin1_garbage() -> str:
    rng = random.Random(7901)
    return bytes(rng.randrange(256) for _ in range(4000)).decode("latin-1")


# ---------------------------------------------------------------- total and lossless

HOSTILE = {
    "empty": "",
    "spaces": " ",
    "whitespace only": " \t\r\n\x0b\x0c\u00a0\u3000\n\n",
    "NUL only": "\x00" * 10,
    "NUL inside words": "KESTER\x00VIK (Reuters) - Snow\x00 fell.\x00\n",
    "C0 and C1 controls": "".join(map(chr, range(0x20))) + "Snow fell." + "\x7f\x85\x9b",
    "lone surrogates": "\ud800KESTERVIK (Reuters) - Snow \udfff fell.\n\udc00",
    "surrogate pair halves reversed": "\udc00\ud800 Snow fell.",
    "byte-order mark": "\ufeff" + STORY,
    "UTF-8 BOM read as Latin-1": "\u00ef\u00bb\u00bf" + STORY,
    "CR only": STORY.replace("\n", "\r"),
    "CRLF": STORY.replace("\n", "\r\n"),
    "mixed line ends": STORY.replace("\n", "\r\n", 3).replace("\n\n", "\r\r", 1),
    "LF CR": STORY.replace("\n", "\n\r"),
    "form feeds": STORY.replace("\n\n", "\n\x0c\n"),
    "Unicode line separators": STORY.replace("\n", "\u2028").replace("\u2028\u2028", "\u2029"),
    "NBSP everywhere": STORY.replace(" ", "\u00a0"),
    "zero-width characters": STORY.replace(" ", " \u200b").replace("(", "\u200d(\u2060"),
    "right-to-left marks": "\u202e" + STORY.replace("\n", "\u200f\n\u200e"),
    "bidi isolates": "\u2067" + STORY + "\u2069",
    "replacement characters": STORY.replace("a", "\ufffd"),
    "astral characters": STORY.replace("e", "\U0001d41e"),
    "combining marks": STORY.replace("e", "e\u0301\u0301"),
    "Latin-1 garbage": _latin1_garbage(),
    "unclosed everything": '(((("[[{ By (Reporting by ($1 = (Adds -- ',
    "only punctuation": "();,.:-/=" * 50,
    "truncated mid-dateline": STORY[: STORY.index("(Reuters") + 4],
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_gives_a_document_that_accounts_for_every_character(text: str) -> None:
    doc = parse_and_check(text)
    assert isinstance(doc, Document)


def test_a_story_survives_its_decoration() -> None:
    # The same story under odd characters still reads as a story.
    for name in ("byte-order mark", "CR only", "CRLF", "NBSP everywhere", "form feeds"):
        doc = wirecopy.parse(HOSTILE[name])
        assert doc.dateline is not None, name
        assert doc.dateline.city == "KESTERVIK", name
        assert [c.role for c in doc.credits] == ["reporting", "editing"], name


def test_a_single_five_megabyte_line() -> None:
    line = "snow fell on the hill " * (5_000_000 // 22)
    start = time.perf_counter()
    doc = wirecopy.parse(line)
    seconds = time.perf_counter() - start
    assert seconds < 20, seconds
    assert [p.span for p in doc.paragraphs] == [(0, len(line) - 1)]
    assert doc.unclaimed == ()


def test_five_megabytes_of_nul() -> None:
    doc = wirecopy.parse("\x00" * 5_000_000)
    assert (doc.paragraphs, doc.unclaimed, doc.diagnostics) == ((), (), ())


# ---------------------------------------------------------------- only str

TYPE_ERRORS = [
    (
        b"KESTERVIK (Reuters) - Snow fell.",
        "parse() takes the story as str, not bytes: decode it first, "
        "e.g. parse(data.decode('utf-8')), or parse(wirecopy.decode(data).text)"
        " when the encoding is unknown",
    ),
    (
        bytearray(b"Snow fell."),
        "parse() takes the story as str, not bytearray: decode it first, "
        "e.g. parse(data.decode('utf-8')), or parse(wirecopy.decode(data).text)"
        " when the encoding is unknown",
    ),
    (
        memoryview(b"Snow fell."),
        "parse() takes the story as str, not memoryview: decode it first, "
        "e.g. parse(bytes(data).decode('utf-8')), or parse(wirecopy.decode(data).text)"
        " when the encoding is unknown",
    ),
    (
        pathlib.PurePosixPath("story.txt"),
        "parse() takes the story as str, not PurePosixPath: read the file first, "
        "e.g. parse(path.read_bytes().decode('utf-8'))",
    ),
    (None, "parse() takes the story as str, not NoneType"),
    (42, "parse() takes the story as str, not int"),
    (["Snow fell."], "parse() takes the story as str, not list"),
]


@pytest.mark.parametrize(("value", "message"), TYPE_ERRORS, ids=lambda v: type(v).__name__)
def test_a_non_str_story_is_a_type_error_that_says_what_to_pass(
    value: object, message: str
) -> None:
    with pytest.raises(TypeError) as info:
        wirecopy.parse(value)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_an_open_file_is_a_type_error_that_says_to_read_it(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    with path.open(encoding="utf-8") as handle, pytest.raises(TypeError) as info:
        wirecopy.parse(handle)  # type: ignore[arg-type]
    assert str(info.value) == (
        "parse() takes the story as str, not TextIOWrapper: read it first, e.g. parse(f.read())"
    )


def test_a_str_subclass_is_a_str() -> None:
    class Story(str):
        pass

    text = Story(STORY)
    doc = wirecopy.parse(text)
    assert doc.source is text
    assert doc.dateline is not None


# ---------------------------------------------------------------- strict mode

#: Every error-level diagnostic code, with stories that raise it in strict
#: mode and the exact message each gives.
STRICT = {
    "impossible-date": [
        (
            "KESTERVIK, Feb 30 (Reuters) - Snow fell.\n",
            "impossible-date at line 1, column 12: February 30 is not a date\n"
            "KESTERVIK, Feb 30 (Reuters) - Snow fell.\n"
            "           ^^^^^^",
        ),
        (
            "Ferry adds crossing\n\nKESTERVIK, Feb. 29, 2021 (AP) _ Snow fell.\n",
            "impossible-date at line 3, column 12: February 29, 2021 is not a date\n"
            "KESTERVIK, Feb. 29, 2021 (AP) _ Snow fell.\n"
            "           ^^^^^^^^^^^^^",
        ),
        (
            "KESTERVIK, Jan 0 - Snow fell.",
            "impossible-date at line 1, column 12: January 0 is not a date\n"
            "KESTERVIK, Jan 0 - Snow fell.\n"
            "           ^^^^^",
        ),
        (
            # Bare CR line ends count as line ends, and are not shown.
            "Ferry adds crossing\r\rKESTERVIK, March 32 - Snow fell.\r",
            "impossible-date at line 3, column 12: March 32 is not a date\n"
            "KESTERVIK, March 32 - Snow fell.\n"
            "           ^^^^^^^^",
        ),
        (
            # A tab before the span stays a tab under it.
            "\tKESTERVIK, April 31 - Snow fell.\n",
            "impossible-date at line 1, column 13: April 31 is not a date\n"
            "\tKESTERVIK, April 31 - Snow fell.\n"
            "\t           ^^^^^^^^",
        ),
        (
            # A long line is shown cut around the span.
            "KESTERVIK, June 31 (Reuters) - " + "Snow fell. " * 20,
            "impossible-date at line 1, column 12: June 31 is not a date\n"
            + ("KESTERVIK, June 31 (Reuters) - " + "Snow fell. " * 20)[:120]
            + "...\n"
            "           ^^^^^^^",
        ),
    ],
}


@pytest.mark.parametrize(
    ("code", "text", "message"),
    [(code, text, message) for code, cases in STRICT.items() for text, message in cases],
)
def test_strict_mode_raises_with_line_column_and_caret(code: str, text: str, message: str) -> None:
    doc = wirecopy.parse(text)
    assert [d.code for d in doc.diagnostics if d.severity == "error"] == [code]
    with pytest.raises(ParseError) as info:
        wirecopy.parse(text, strict=True)
    assert str(info.value) == message
    assert info.value.code == code


def test_every_error_level_diagnostic_has_a_strict_test() -> None:
    # Every Diagnostic(...) the source builds with severity "error".
    source = "".join(path.read_text() for path in (ROOT / "src" / "wirecopy").glob("*.py"))
    built = re.findall(r'Diagnostic\(\s*"([a-z-]+)",[^()]*(?:\([^()]*\)[^()]*)*"error"', source)
    assert built, "no error-level diagnostic found: the pattern above is out of date"
    assert set(built) <= set(STRICT), set(built) - set(STRICT)


def test_strict_mode_passes_warnings() -> None:
    text = "Snow fell.\n(Reporting by Mira Holt"
    doc = wirecopy.parse(text)
    assert "unclosed-credit" in [d.code for d in doc.diagnostics]
    assert wirecopy.parse(text, strict=True) == doc


# ---------------------------------------------------------------- deterministic

#: Stories that take different paths through the parser.
VARIED = [
    STORY,
    HOSTILE["CR only"],
    HOSTILE["Latin-1 garbage"],
    HOSTILE["lone surrogates"],
    "-- Ferry adds crossing\n-- By Mira Holt\n-- Tue Mar 3, 2026 9:01am EST\n"
    "-- http://example.com/a\n\n KESTERVIK (Reuters) - Snow fell.\n",
    "    KESTERVIK, March 3 - Snow fell\non the hills.\n    Shr 12 cts vs 10 cts\n Reuter\n",
    "KESTERVIK, 10 août (AFP) - La neige est tombée.\n\nbur-kd/mw\n",
    "By MIRA HOLT, Associated Press\n\nKESTERVIK, Norway (AP) _ Snow fell.\n"
    "Eds: Moves with photos.\n",
]


def test_the_same_input_gives_an_equal_document_every_time() -> None:
    for text in VARIED:
        first = wirecopy.parse(text, reference_date=dt.date(2026, 3, 4))
        for _ in range(3):
            assert wirecopy.parse(text, reference_date=dt.date(2026, 3, 4)) == first


def _parse_in_a_process(hash_seed: str) -> Any:
    """Parse VARIED in a fresh interpreter with the given hash seed."""
    code = (
        "import datetime, pickle, sys, wirecopy\n"
        "texts = pickle.load(sys.stdin.buffer)\n"
        "docs = [wirecopy.parse(t, reference_date=datetime.date(2026, 3, 4)) for t in texts]\n"
        "sys.stdout.buffer.write(pickle.dumps(docs))\n"
    )
    return _run_python(code, VARIED, PYTHONHASHSEED=hash_seed)


def _run_python(code: str, texts: list[str], **env: str) -> Any:
    """Run ``code`` in a fresh interpreter: texts pickled in, its result pickled out."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=pickle.dumps(texts),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env},
        check=True,
        timeout=120,
    )
    return pickle.loads(result.stdout)


def test_processes_with_different_hash_seeds_give_equal_documents() -> None:
    here = [wirecopy.parse(text, reference_date=dt.date(2026, 3, 4)) for text in VARIED]
    assert _parse_in_a_process("1") == here
    assert _parse_in_a_process("2") == here


def test_threads_parsing_at_once_give_the_documents_one_thread_gives() -> None:
    expected = {text: wirecopy.parse(text) for text in VARIED}
    jobs = VARIED * 25
    random.Random(5).shuffle(jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(wirecopy.parse, jobs))
    for text, doc in zip(jobs, results, strict=True):
        assert doc == expected[text]


def test_threads_racing_a_fresh_interpreter_give_the_same_documents() -> None:
    # The patterns are compiled on first use: eight threads race to compile
    # them in an interpreter that has parsed nothing yet.
    code = (
        "import pickle, sys, threading, wirecopy\n"
        "texts = pickle.load(sys.stdin.buffer)\n"
        "barrier = threading.Barrier(8)\n"
        "out = [None] * 8\n"
        "def work(i):\n"
        "    barrier.wait()\n"
        "    out[i] = [wirecopy.parse(t) for t in texts]\n"
        "threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "sys.stdout.buffer.write(pickle.dumps(out))\n"
    )
    results = _run_python(code, VARIED)
    expected = [wirecopy.parse(text) for text in VARIED]
    for docs in results:
        assert docs == expected


# ---------------------------------------------------------------- linear time


def _adversarial() -> ModuleType:
    """benchmarks/adversarial.py, imported from its path."""
    path = ROOT / "benchmarks" / "adversarial.py"
    spec = importlib.util.spec_from_file_location("wirecopy_adversarial", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ADVERSARIAL = _adversarial()

#: Seconds one megabyte of any adversarial case may take: generous, since
#: the machine may be busy and a megabyte of one-character lines is half a
#: million lines; a pattern that backtracks takes hours.
SECONDS_PER_MEGABYTE = 40.0

#: The size each case is built to: a quarter of a megabyte keeps the suite
#: quick, and a quadratic step is already minutes long at this size.
SIZE = 250_000


@pytest.mark.parametrize("name", list(ADVERSARIAL.CASES))
def test_adversarial_input_parses_in_linear_time(name: str) -> None:
    text = ADVERSARIAL.CASES[name](SIZE)
    start = time.perf_counter()
    doc = wirecopy.parse(text)
    seconds = time.perf_counter() - start
    assert seconds < SECONDS_PER_MEGABYTE * len(text) / 1_000_000, seconds
    assert doc.source is text


@pytest.mark.parametrize("name", list(ADVERSARIAL.CASES))
def test_adversarial_input_keeps_the_invariants(name: str) -> None:
    text = ADVERSARIAL.CASES[name](3000)
    check(text, wirecopy.parse(text))


# ---------------------------------------------------------------- runs of short lines

REGATTA_ROWS = [f"{n}. Crew {n:03d} (Kestervik) 1:{n % 60:02d}:11" for n in range(1, 301)]

REGATTA = (
    "Kestervik regatta results\n"
    "\n"
    "KESTERVIK, Norway, June 9 (Reuters) - Results of the Kestervik Cup regatta on Sunday:\n"
    "\n" + "\n".join(REGATTA_ROWS) + "\n"
    "(Reporting by Lena Vosk; Editing by Hal Brenner)\n"
)


def test_a_long_run_of_short_lines_is_kept_unread_and_reported() -> None:
    assert all(len(row) <= SHORT_LINE for row in REGATTA_ROWS)
    doc = wirecopy.parse(REGATTA, strict=True)
    check(REGATTA, doc)
    assert doc.dateline is not None and doc.dateline.city == "KESTERVIK"
    assert [c.role for c in doc.credits] == ["reporting", "editing"]
    # The run is the blank line and the 300 rows: its first 16 lines and
    # its last 16 are read (rows of one length read as a wrapped paragraph).
    read = " ".join(p.text for p in doc.paragraphs[1:])
    assert read == " ".join(REGATTA_ROWS[: RUN_EDGE - 1] + REGATTA_ROWS[-RUN_EDGE:])
    [fragment] = doc.unclaimed
    unread = REGATTA_ROWS[RUN_EDGE - 1 : -RUN_EDGE]
    assert fragment.text == "\n".join(unread)
    assert REGATTA[slice(*fragment.span)] == fragment.text
    # Reported as every unclaimed fragment is, and with the reason.
    diagnostic, unclaimed = sorted(doc.diagnostics, key=lambda d: d.code)
    assert [(d.code, d.severity, d.span) for d in (diagnostic, unclaimed)] == [
        ("short-line-run", "warning", fragment.span),
        ("unclaimed-text", "warning", fragment.span),
    ]
    assert diagnostic.message == (
        f"{len(unread)} lines of at most {SHORT_LINE} characters in a row (a table or"
        " garbage, not prose) were not read and were kept in Document.unclaimed"
    )


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_a_run_of_short_lines_reads_alike_with_any_line_end(end: str) -> None:
    doc = wirecopy.parse(REGATTA.replace("\n", end))
    lf = wirecopy.parse(REGATTA)
    assert [f.text.replace(end, "\n") for f in doc.unclaimed] == [f.text for f in lf.unclaimed]
    assert [p.text for p in doc.paragraphs] == [p.text for p in lf.paragraphs]


def test_a_run_of_blank_lines_is_one_blank_line() -> None:
    head, _, rest = STORY.partition("\n\n")
    padded = head + "\n" + " \t\n" * 2000 + "\n" + rest
    doc = wirecopy.parse(padded)
    check(padded, doc)
    assert (doc.unclaimed, doc.diagnostics) == ((), ())
    expected = wirecopy.parse(STORY)
    assert [p.text for p in doc.paragraphs] == [p.text for p in expected.paragraphs]
    assert doc.headline is not None and doc.byline is not None
    assert (doc.headline.text, doc.byline.text) == (
        "Ferry line adds night crossing",
        "By Mira Holt",
    )
