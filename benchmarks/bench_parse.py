"""Benchmark wirecopy.parse against the floor and the peer tools.

    python benchmarks/bench_parse.py [--repeat N] [--peer-stories N] [--corpus DIR]
                                     [--output FILE] [--rss PARSES]

Parses every story of ``../shared/corpus`` (or, when it is absent, stories
generated from invented templates) and prints:

1. wirecopy per source: mean, median and 99th-percentile microseconds per
   story, stories and megabytes (UTF-8) per second; each parse is paired
   with the **floor**, ``" ".join(text.split())`` over the same story timed
   right after it, and the ratio wirecopy / floor is taken over those pairs;
2. the peers (trafilatura, newspaper4k, ``dateparser.search_dates``; see
   ``peers.py``) over ``--peer-stories`` stories spread across the sources,
   each run between wirecopy runs over the same stories (five before, five
   after, their median the reference): time per story, peer / wirecopy,
   and, with the corpus, how often each tool finds the byline's authors
   and the dateline's full date of the gold;
3. memory: the tracemalloc peak of one parse over the story's UTF-8 size;
4. growth: the cost of a story 100 times longer than its template;
5. ``import wirecopy`` against ``import regex, attrs`` in fresh interpreters.

``--rss N`` also parses the stories N times in one process and prints the
resident memory as it goes (200,000 parses take a few minutes).  Everything
is written as JSON to ``benchmarks/results/latest.json``.  The machine is
shared and noisy: compare ratios taken in the same run, not absolute times
across runs.  This is a measurement, not a test: nothing here asserts a
speed.  Times in this process are CPU time (``time.process_time``), so
that waiting for a busy machine's cores is not counted; the import is
timed on the wall clock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.util
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import peers

import wirecopy

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
OUTPUT = HERE / "results" / "latest.json"

# Parses are timed in the process's CPU time: on a busy machine a parse of
# a long story is preempted more often than a short one or the floor, and
# wall-clock time would charge it for the wait.
CLOCK = time.process_time


class Story(NamedTuple):
    """One story to parse: where it comes from, its text, its reference date, its gold."""

    source: str
    text: str
    reference: dt.date | None
    gold: dict[str, Any] | None


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
            Story(
                gold_path.parent.name,
                text_path.read_bytes().decode("utf-8"),
                dt.date.fromisoformat(reference) if reference else None,
                gold,
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
LAYOUTS = 5


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(1, 3)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def generated_story(rng: random.Random, layout: int, paras: list[str]) -> tuple[str, str]:
    """An invented story in one of five agency layouts: (layout name, text)."""
    city = rng.choice(CITIES)
    credit = f"(Reporting by {rng.choice(NAMES)}; Editing by {rng.choice(NAMES)})"
    headline = " ".join(rng.choice(WORDS) for _ in range(7)).capitalize()
    if layout == 0:  # Reuters 1987: indents, hard wrap, sign-off
        body = "\n".join(
            "\n".join(textwrap.wrap(p, 64, initial_indent="    "))
            for p in [f"{city}, March 8 - {paras[0]}", *paras[1:]]
        )
        return "generated-reuters1987", f"{headline.upper()}\n{body}\n Reuter\n"
    if layout == 1:  # Reuters web: one paragraph per line
        text = f"{headline}\n\n{city} (Reuters) - " + "\n".join(paras) + f"\n{credit}\n"
        return "generated-reuters-web", text
    if layout == 2:  # hard-wrapped at 64, no blank lines
        body = "\n".join(textwrap.fill(p, 64) for p in [f"{city} March 8 {paras[0]}", *paras[1:]])
        text = f"By {rng.choice(NAMES)}\n{body}\n{textwrap.fill(credit, 64)}\n"
        return "generated-wrapped64", text
    if layout == 3:  # AP: blank lines, "(AP) —"
        text = f"{headline}\n\nBy {rng.choice(NAMES).upper()}, Associated Press\n\n"
        return "generated-ap", text + f"{city}, Peru (AP) — " + "\n\n".join(paras) + "\n"
    # AFP with CRLF and a desk code
    text = f"{headline}\r\n\r\n{city}, Greece, March 8, 2016 (AFP) - "
    return "generated-afp-crlf", text + "\r\n\r\n".join(paras) + "\r\n\r\ndmh/ns\r\n"


def generated_stories(count: int = 300, seed: int = 1987) -> list[Story]:
    """Invented stories in five agency layouts, for when the corpus is absent."""
    rng = random.Random(seed)
    reference = dt.date(2016, 3, 8)
    stories = []
    for number in range(count):
        paras = [_paragraph(rng) for _ in range(rng.randint(2, 12))]
        name, text = generated_story(rng, number % LAYOUTS, paras)
        stories.append(Story(name, text, reference, None))
    return stories


def spread(stories: list[Story], count: int) -> list[Story]:
    """About ``count`` stories taken evenly from each source in turn."""
    by_source: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        by_source[story.source].append(story)
    queues = [list(reversed(group)) for group in by_source.values()]
    chosen: list[Story] = []
    while len(chosen) < count and any(queues):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop())
    return chosen


# ---------------------------------------------------------------- timing


def parse(story: Story) -> wirecopy.Document:
    """Parse one story with its reference date."""
    return wirecopy.parse(story.text, reference_date=story.reference)


def time_against_floor(
    stories: list[Story], repeat: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Seconds per parse and per floor call, per source, each parse paired with
    the floor over the same story; ``repeat`` rounds after one warm-up."""
    for story in stories:
        parse(story)
    ours: dict[str, list[float]] = defaultdict(list)
    floors: dict[str, list[float]] = defaultdict(list)
    clock = CLOCK
    for _ in range(repeat):
        for story in stories:
            text = story.text
            start = clock()
            wirecopy.parse(text, reference_date=story.reference)
            middle = clock()
            " ".join(text.split())
            end = clock()
            ours[story.source].append(middle - start)
            floors[story.source].append(end - middle)
    return ours, floors


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


# ---------------------------------------------------------------- peers


def _expected_date(corpus: Path) -> Callable[[dict[str, Any]], dt.date | None]:
    """The scorer's own rule for the full date a dateline resolves to."""
    spec = importlib.util.spec_from_file_location("wirecopy_corpus_score", corpus / "score.py")
    if spec is None or spec.loader is None:
        return lambda gold: None
    module = importlib.util.module_from_spec(spec)
    sys.dont_write_bytecode = True  # leave no __pycache__ in the shared corpus
    spec.loader.exec_module(module)
    return module.expected_date  # type: ignore[no-any-return]


def _gold_authors(gold: dict[str, Any] | None) -> list[str]:
    byline = gold.get("byline") if gold else None
    if not isinstance(byline, dict) or not isinstance(byline.get("people"), list):
        return []
    return [person["name"] for person in byline["people"] if person.get("name")]


def _run_tool(tool: peers.Tool, stories: list[Story]) -> tuple[list[float], list[peers.Found]]:
    """Seconds per story and what the tool found, over the stories in turn."""
    gc.collect()  # no collection left over from the tool before
    seconds = []
    found = []
    clock = CLOCK
    for story in stories:
        start = clock()
        found.append(tool(story.text, story.reference))
        seconds.append(clock() - start)
    return seconds, found


# wirecopy's passes over the peers' stories before each peer, and after it.
WIRECOPY_PASSES = 5


def compare_peers(
    stories: list[Story], tools: dict[str, peers.Tool], expected: Callable[..., dt.date | None]
) -> dict[str, dict[str, Any]]:
    """Each tool's time per story against wirecopy's, and what it found.

    Each tool runs over the stories between wirecopy runs over the same
    stories, ``WIRECOPY_PASSES`` before and as many after, and is compared
    with their median: a tool that fills memory and caches does not slow
    the parses it is compared with, as it would if every call alternated
    with a parse, and one pass of wirecopy over the stories (tens of
    milliseconds, against seconds for a peer) caught by a burst of other
    load does not decide the ratio.  A story's authors count as found
    when every gold name appears in what the tool gives as author
    (case-insensitive); its date when the tool's date equals the full date
    the gold's dateline resolves to.
    """

    def ours(text: str, reference: dt.date | None) -> peers.Found:
        doc = wirecopy.parse(text, reference_date=reference)
        author = "; ".join(p.name for p in doc.byline.people) if doc.byline else None
        return peers.Found(author, doc.dateline.date if doc.dateline else None)

    rows: dict[str, dict[str, Any]] = {}
    for name, tool in {"wirecopy": ours, **tools}.items():
        if not stories:
            break
        tool(stories[0].text, stories[0].reference)  # a first call loads models and caches
        passes = [sum(_run_tool(ours, stories)[0]) for _ in range(WIRECOPY_PASSES)]
        seconds, found = _run_tool(tool, stories)
        passes += [sum(_run_tool(ours, stories)[0]) for _ in range(WIRECOPY_PASSES)]
        wirecopy_total = statistics.median(passes)
        authors = [0, 0]  # found, scored
        dates = [0, 0]
        for story, result in zip(stories, found, strict=True):
            gold_authors = _gold_authors(story.gold)
            if gold_authors:
                authors[1] += 1
                text = (result.author or "").casefold()
                authors[0] += all(author.casefold() in text for author in gold_authors)
            want = expected(story.gold) if story.gold else None
            if want is not None:
                dates[1] += 1
                dates[0] += result.date == want
        rows[name] = {
            "stories": len(stories),
            "mean_us": 1e6 * statistics.fmean(seconds),
            "wirecopy_mean_us": 1e6 * wirecopy_total / len(stories),
            "ratio_to_wirecopy": sum(seconds) / wirecopy_total,
            "authors_found": authors[0],
            "authors_scored": authors[1],
            "dates_found": dates[0],
            "dates_scored": dates[1],
        }
    return rows


# ---------------------------------------------------------------- memory and growth


def peak_memory(stories: list[Story]) -> dict[str, float]:
    """The tracemalloc peak of one parse over the story's UTF-8 size.

    The document and its parts cost a few kilobytes whatever the size, so
    the ratio is also given over the stories of at least 1,000 bytes.
    """
    ratios = []
    large = []
    for story in stories:
        parse(story)  # patterns compiled, caches warm
        gc.collect()
        tracemalloc.start()
        doc = parse(story)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del doc
        size = len(story.text.encode("utf-8"))
        ratios.append(peak / max(1, size))
        if size >= 1000:
            large.append(ratios[-1])
    ordered = sorted(ratios)
    return {
        "median_ratio": statistics.median(ratios),
        "p99_ratio": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
        "max_ratio": ordered[-1],
        "max_ratio_from_1kb": max(large, default=0.0),
        "stories_from_1kb": len(large),
    }


def _best(story: Story, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = CLOCK()
        parse(story)
        best = min(best, CLOCK() - start)
    return best


def growth(factor: int = 100, seed: int = 8) -> dict[str, dict[str, float]]:
    """Per layout: the time of a story ``factor`` times longer over its template's.

    The long story repeats the template's body paragraphs ``factor`` times
    under the same headline, dateline and sign-off.  ``cost_ratio`` is the
    time ratio scaled to a length ratio of exactly ``factor``.
    """
    rows = {}
    for layout in range(LAYOUTS):
        rng = random.Random(seed)
        paras = [_paragraph(rng) for _ in range(6)]
        name, short = generated_story(random.Random(seed), layout, paras)
        _, long = generated_story(random.Random(seed), layout, paras * factor)
        short_story = Story(name, short, dt.date(2016, 3, 8), None)
        long_story = Story(name, long, dt.date(2016, 3, 8), None)
        short_time = _best(short_story, 200)
        long_time = _best(long_story, 5)
        length_ratio = len(long) / len(short)
        time_ratio = long_time / short_time
        rows[name] = {
            "short_us": 1e6 * short_time,
            "long_us": 1e6 * long_time,
            "length_ratio": length_ratio,
            "time_ratio": time_ratio,
            "cost_ratio": time_ratio * factor / length_ratio,
        }
    return rows


def resident_memory(stories: list[Story], parses: int) -> list[tuple[int, float]]:
    """Resident memory in megabytes after every tenth of ``parses`` parses."""
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def rss() -> float:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * page / 1e6

    samples = [(0, rss())]
    step = max(1, parses // 10)
    for number in range(1, parses + 1):
        parse(stories[number % len(stories)])
        if number % step == 0:
            samples.append((number, rss()))
            print(f"  {number:>9,d} parses: {samples[-1][1]:.1f} MB resident", flush=True)
    return samples


# ---------------------------------------------------------------- import


def import_cost(runs: int = 15) -> dict[str, Any]:
    """What ``import wirecopy`` costs a fresh interpreter, against ``import regex, attrs``.

    The three commands run in turn, ``runs`` times, and the medians are
    compared.  Byte code is cached (in a temporary folder) as an installed
    package's is, after one warm-up run of each.
    """
    python = sys.executable
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        codes = {
            "bare": "pass",
            "regex_attrs": "import regex, attrs",
            "wirecopy": "import wirecopy",
            # The facade imports its modules on first use: this is what the
            # first call of parse() adds, the parser's modules loaded.
            "wirecopy_parser": "import wirecopy; wirecopy.parse",
        }

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [python, *args], check=True, env=env, capture_output=True, text=True
            )

        for code in codes.values():
            run("-c", code)
        samples: dict[str, list[float]] = defaultdict(list)
        for _ in range(runs):
            for name, code in codes.items():
                start = time.perf_counter()
                run("-c", code)
                samples[name].append(time.perf_counter() - start)
        importtime = []
        for _ in range(min(5, runs)):
            for line in run("-X", "importtime", "-c", "import wirecopy").stderr.splitlines():
                # "import time: self [us] | cumulative | imported package"
                fields = [field.strip() for field in line.split("|")]
                if len(fields) == 3 and fields[2] == "wirecopy":
                    importtime.append(int(fields[1]))
        english = "KESTERVIK, Norway, March 3 (Reuters) - Ferries ran late.\n"
        probe = (
            f"import sys, wirecopy; wirecopy.parse({english!r}); print('dateparser' in sys.modules)"
        )
        dateparser_loaded = run("-c", probe).stdout.strip() == "True"
    ms = {name: 1000 * statistics.median(values) for name, values in samples.items()}
    return {
        "bare_python_ms": ms["bare"],
        "regex_attrs_ms": ms["regex_attrs"],
        "wirecopy_ms": ms["wirecopy"],
        "wirecopy_parser_ms": ms["wirecopy_parser"],
        "parser_import_only_ratio": (ms["wirecopy_parser"] - ms["bare"])
        / (ms["regex_attrs"] - ms["bare"]),
        "process_ratio": ms["wirecopy"] / ms["regex_attrs"],
        "import_only_ratio": (ms["wirecopy"] - ms["bare"]) / (ms["regex_attrs"] - ms["bare"]),
        "importtime_cumulative_ms": statistics.median(importtime) / 1000 if importtime else -1.0,
        "dateparser_after_english_parse": dateparser_loaded,
    }


# ---------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    """Run every measurement, print the tables and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed rounds over the stories")
    parser.add_argument("--peer-stories", type=int, default=60, help="stories given to peers")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the JSON")
    parser.add_argument("--rss", type=int, default=0, help="parses for the resident-memory run")
    parser.add_argument("--generate", type=int, default=300, help="stories made without corpus")
    parser.add_argument("--import-runs", type=int, default=15, help="fresh interpreters per import")
    args = parser.parse_args(argv)

    stories = corpus_stories(args.corpus) if args.corpus.is_dir() else []
    origin = str(args.corpus)
    expected: Callable[..., dt.date | None] = lambda gold: None  # noqa: E731
    if stories:
        expected = _expected_date(args.corpus)
    else:
        stories = generated_stories(args.generate)
        origin = "generated from invented templates (no corpus found)"
    print(f"wirecopy {wirecopy.__version__}, Python {platform.python_version()}, "
          f"{platform.machine()} {platform.system()}; stories {origin}")  # fmt: skip

    # 1. wirecopy, paired with the floor.
    ours, floors = time_against_floor(stories, args.repeat)
    sizes: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    for story in stories:
        sizes[story.source] += len(story.text.encode("utf-8"))
        counts[story.source] += 1
    rows = {}
    for source in [*sorted(ours), "ALL"]:
        mine = [t for s in ours for t in ours[s]] if source == "ALL" else ours[source]
        floor = [t for s in floors for t in floors[s]] if source == "ALL" else floors[source]
        size = sum(sizes.values()) if source == "ALL" else sizes[source]
        count = len(stories) if source == "ALL" else counts[source]
        rows[source] = summarise(mine, size, count)
        rows[source]["floor_mean_us"] = 1e6 * statistics.fmean(floor)
        rows[source]["ratio_to_floor"] = sum(mine) / sum(floor)
    width = max(len(name) for name in rows) + 2
    print(f"\n1. wirecopy.parse, {args.repeat} rounds, each parse paired with the floor")
    print("source".ljust(width) + f"{'n':>5}{'mean us':>9}{'median':>9}{'p99 us':>9}"
          f"{'stories/s':>10}{'MB/s':>7}{'floor us':>10}{'x floor':>8}")  # fmt: skip
    for name, row in rows.items():
        print(
            name.ljust(width)
            + f"{row['stories']:>5d}{row['mean_us']:>9.1f}{row['median_us']:>9.1f}"
            + f"{row['p99_us']:>9.1f}{row['stories_per_s']:>10.0f}{row['mb_per_s']:>7.2f}"
            + f"{row['floor_mean_us']:>10.1f}{row['ratio_to_floor']:>8.2f}"
        )

    # 2. The peers, each between two wirecopy runs over the same stories.
    tools, skipped = peers.available()
    chosen = spread(stories, args.peer_stories)
    peer_rows = compare_peers(chosen, tools, expected)
    print(
        f"\n2. peers on {len(chosen)} stories, each between {WIRECOPY_PASSES} wirecopy runs"
        " over them before and as many after"
    )
    print(f"{'tool':<26}{'us/story':>11}{'x wirecopy':>12}{'authors':>12}{'dates':>12}")
    for name, row in peer_rows.items():
        authors = f"{row['authors_found']}/{row['authors_scored']}"
        dates = f"{row['dates_found']}/{row['dates_scored']}"
        print(f"{name:<26}{row['mean_us']:>11.1f}{row['ratio_to_wirecopy']:>12.1f}"
              f"{authors:>12}{dates:>12}")  # fmt: skip
    for name, reason in skipped.items():
        print(f"{name:<26}{reason}")
    if not args.corpus.is_dir():
        print("(no gold without the corpus: authors and dates are not scored)")

    # 3. Memory.
    memory = peak_memory(stories)
    print(
        "\n3. tracemalloc peak of one parse / story size (UTF-8): "
        f"median {memory['median_ratio']:.1f}x, p99 {memory['p99_ratio']:.1f}x, "
        f"max {memory['max_ratio']:.1f}x; max over the {memory['stories_from_1kb']} stories "
        f"of 1 kB or more {memory['max_ratio_from_1kb']:.1f}x"
    )

    # 4. Growth.
    grown = growth()
    print("\n4. a story 100x longer (the template's body repeated): cost over the template's")
    print(f"{'layout':<24}{'short us':>10}{'long us':>11}{'length x':>10}{'time x':>9}"
          f"{'per 100x':>10}")  # fmt: skip
    for name, row in grown.items():
        print(
            f"{name:<24}{row['short_us']:>10.1f}{row['long_us']:>11.1f}"
            f"{row['length_ratio']:>10.1f}{row['time_ratio']:>9.1f}{row['cost_ratio']:>10.1f}"
        )

    # 5. Import.
    imports = import_cost(args.import_runs)
    print(
        f"\n5. import (median of fresh interpreters, byte code cached): "
        f"python -c pass {imports['bare_python_ms']:.1f} ms, "
        f"import regex, attrs {imports['regex_attrs_ms']:.1f} ms, "
        f"import wirecopy {imports['wirecopy_ms']:.1f} ms, "
        f"with the parser loaded {imports['wirecopy_parser_ms']:.1f} ms\n"
        f"   process ratio {imports['process_ratio']:.2f}, "
        f"import-only ratio (bare interpreter subtracted) {imports['import_only_ratio']:.2f}, "
        f"parser loaded {imports['parser_import_only_ratio']:.2f}; "
        f"-X importtime cumulative {imports['importtime_cumulative_ms']:.1f} ms; "
        f"dateparser imported by an English parse: {imports['dateparser_after_english_parse']}"
    )

    result: dict[str, Any] = {
        "wirecopy": wirecopy.__version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "stories_from": origin,
        "repeat": args.repeat,
        "sources": rows,
        "peers": peer_rows,
        "skipped_peers": skipped,
        "memory": memory,
        "growth": grown,
        "import": imports,
    }
    if args.rss:
        print(f"\n6. resident memory over {args.rss:,d} parses in one process")
        samples = resident_memory(stories, args.rss)
        result["rss_mb"] = samples
        print(f"   growth after the first tenth: {samples[-1][1] - samples[1][1]:+.1f} MB")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
