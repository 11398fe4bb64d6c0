"""Benchmark wirecopy.parse on the corpus (or on generated stories) and time the import.

    python benchmarks/bench_parse.py [--repeat N] [--corpus DIR] [--output FILE]

Parses every story of ``../shared/corpus`` ``--repeat`` times (after one
warm-up pass) and prints, per source and overall: the mean, median and 99th
percentile of microseconds per story, stories per second and megabytes of
UTF-8 input per second.  Without the corpus it uses stories generated from
its own invented templates.  It also measures what ``import wirecopy``
costs in a fresh interpreter, two ways: ``python -X importtime`` and the
wall-clock difference between ``python -c "import wirecopy"`` and
``python -c "pass"``.  The table is written as JSON to
``benchmarks/results/latest.json``.

This is a measurement, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import statistics
import subprocess
import sys
import textwrap
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import wirecopy

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
OUTPUT = HERE / "results" / "latest.json"

Story = tuple[str, str, dt.date | None]  # (source, text, reference date)


# ---------------------------------------------------------------- inputs


def corpus_stories(corpus: Path) -> list[Story]:
    """Every story of the corpus with its reference date, read as the scorer reads it."""
    stories = []
    for gold_path in sorted(corpus.glob("*/*.gold.json")):
        text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if not text_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        reference = gold.get("reference_date")
        stories.append(
            (
                gold_path.parent.name,
                text_path.read_bytes().decode("utf-8"),
                dt.date.fromisoformat(reference) if reference else None,
            )
        )
    return stories


WORDS = [
    "the", "ferry", "harbour", "council", "said", "on", "Tuesday", "it", "would", "add", "a",
    "night", "crossing", "to", "outer", "islands", "after", "bookings", "rose", "percent", "in",
    "first", "quarter", "while", "divers", "cleared", "channel", "and", "ships", "waited", "at",
    "anchor", "for", "storm", "pass", "analysts",
]  # fmt: skip
NAMES = ["Lena Vosk", "Piet Aalders", "Omar Qadri", "Sana Mirza", "Cora Manning", "Ana Ruiz"]
CITIES = ["TROMVIK", "CARVELL", "KALGURRA", "VELOS", "SAINT-AUBIN", "PUNTA QUILLCA"]


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(1, 3)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def generated_stories(count: int = 300, seed: int = 1987) -> list[Story]:
    """Invented stories in five agency layouts, for when the corpus is absent."""
    rng = random.Random(seed)
    reference = dt.date(2016, 3, 8)
    stories: list[Story] = []
    for number in range(count):
        paras = [_paragraph(rng) for _ in range(rng.randint(2, 12))]
        city = rng.choice(CITIES)
        credit = f"(Reporting by {rng.choice(NAMES)}; Editing by {rng.choice(NAMES)})"
        headline = " ".join(rng.choice(WORDS) for _ in range(7)).capitalize()
        layout = number % 5
        if layout == 0:  # Reuters 1987: indents, hard wrap, sign-off
            body = "\n".join(
                "\n".join(textwrap.wrap(p, 64, initial_indent="    "))
                for p in [f"{city}, March 8 - {paras[0]}", *paras[1:]]
            )
            text = f"{headline.upper()}\n{body}\n Reuter\n"
            name = "generated-reuters1987"
        elif layout == 1:  # Reuters web: one paragraph per line
            text = f"{headline}\n\n{city} " + "\n".join(paras) + f"\n{credit}\n"
            name = "generated-reuters-web"
        elif layout == 2:  # hard-wrapped at 64, no blank lines
            body = "\n".join(
                textwrap.fill(p, 64) for p in [f"{city} March 8 {paras[0]}", *paras[1:]]
            )
            text = f"By {rng.choice(NAMES)}\n{body}\n{textwrap.fill(credit, 64)}\n"
            name = "generated-wrapped64"
        elif layout == 3:  # AP: blank lines, "(AP) —"
            text = f"{headline}\n\nBy {rng.choice(NAMES).upper()}, Associated Press\n\n"
            text += f"{city}, Peru (AP) — " + "\n\n".join(paras) + "\n"
            name = "generated-ap"
        else:  # AFP with CRLF and a desk code
            text = f"{headline}\r\n\r\n{city}, Greece, March 8, 2016 (AFP) - "
            text += "\r\n\r\n".join(paras) + "\r\n\r\ndmh/ns\r\n"
            name = "generated-afp-crlf"
        stories.append((name, text, reference))
    return stories


# ---------------------------------------------------------------- timing


def time_parses(stories: list[Story], repeat: int) -> dict[str, list[float]]:
    """Seconds per parse, per source, over ``repeat`` rounds after one warm-up."""
    for _source, text, reference in stories:
        wirecopy.parse(text, reference_date=reference)
    timings: dict[str, list[float]] = defaultdict(list)
    clock = time.perf_counter
    for _ in range(repeat):
        for source, text, reference in stories:
            start = clock()
            wirecopy.parse(text, reference_date=reference)
            timings[source].append(clock() - start)
    return timings


def summarise(seconds: list[float], size_bytes: int, stories: int) -> dict[str, float]:
    """Mean, median and p99 microseconds per story; stories and megabytes per second."""
    total = sum(seconds)
    ordered = sorted(seconds)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    parses = len(seconds)
    rounds = parses / stories if stories else 0
    return {
        "stories": stories,
        "parses": parses,
        "mean_us": 1e6 * statistics.fmean(seconds),
        "median_us": 1e6 * statistics.median(seconds),
        "p99_us": 1e6 * p99,
        "stories_per_s": parses / total if total else 0.0,
        "mb_per_s": size_bytes * rounds / total / 1e6 if total else 0.0,
    }


def import_cost(runs: int = 7) -> dict[str, float]:
    """What ``import wirecopy`` costs a fresh interpreter, in milliseconds."""
    python = sys.executable

    def wall(code: str) -> float:
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([python, "-c", code], check=True, stdin=subprocess.DEVNULL)
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    bare = wall("pass")
    with_import = wall("import wirecopy")
    cumulative = []
    for _ in range(runs):
        result = subprocess.run(
            [python, "-X", "importtime", "-c", "import wirecopy"],
            check=True,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        for line in result.stderr.splitlines():
            # "import time: self [us] | cumulative | imported package"
            fields = [field.strip() for field in line.split("|")]
            if len(fields) == 3 and fields[2] == "wirecopy":
                cumulative.append(int(fields[1]))
    return {
        "importtime_cumulative_ms": statistics.median(cumulative) / 1000 if cumulative else -1.0,
        "wall_import_ms": 1000 * (with_import - bare),
        "wall_python_ms": 1000 * bare,
    }


# ---------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed rounds over the stories")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the JSON")
    args = parser.parse_args(argv)

    stories = corpus_stories(args.corpus) if args.corpus.is_dir() else []
    origin = str(args.corpus)
    if not stories:
        stories = generated_stories()
        origin = "generated (no corpus found)"

    timings = time_parses(stories, args.repeat)
    sizes: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    for source, text, _ in stories:
        sizes[source] += len(text.encode("utf-8"))
        counts[source] += 1
    rows = {
        source: summarise(timings[source], sizes[source], counts[source])
        for source in sorted(timings)
    }
    rows["ALL"] = summarise(
        [t for source in timings for t in timings[source]], sum(sizes.values()), len(stories)
    )
    imports = import_cost()

    width = max(len(name) for name in rows) + 2
    header = ("source".ljust(width) + f"{'n':>6}{'mean us':>10}{'median us':>11}{'p99 us':>10}"
              f"{'stories/s':>11}{'MB/s':>8}")  # fmt: skip
    print(f"wirecopy {wirecopy.__version__} on {origin}, {args.repeat} rounds")
    print(header)
    for name, row in rows.items():
        print(
            name.ljust(width)
            + f"{row['stories']:>6d}{row['mean_us']:>10.1f}{row['median_us']:>11.1f}"
            + f"{row['p99_us']:>10.1f}{row['stories_per_s']:>11.0f}{row['mb_per_s']:>8.2f}"
        )
    print(
        f"import wirecopy: {imports['importtime_cumulative_ms']:.1f} ms (-X importtime, "
        f"cumulative), {imports['wall_import_ms']:.1f} ms wall over a bare interpreter "
        f"({imports['wall_python_ms']:.1f} ms)"
    )

    result: dict[str, Any] = {
        "wirecopy": wirecopy.__version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "stories_from": origin,
        "repeat": args.repeat,
        "sources": rows,
        "import": imports,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
