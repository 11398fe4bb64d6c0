"""Parse cost per byte of hostile inputs, against an ordinary story of the same size.

    python benchmarks/adversarial.py [--size BYTES] [--repeat N]

Each adversarial case is built to about ``--size`` characters (1 MB by
default) and parsed ``--repeat`` times, each run after a run of an ordinary
story of the same size, made of invented wire paragraphs (headline,
dateline, blank-line paragraphs, a credit line).  The table gives
microseconds per kilobyte of input for each and their ratio, best of the
runs.  The ordinary story is timed again beside every case because the
machine's speed drifts: one baseline taken at the start moved the ratios
of a run by up to a factor of two.  A ratio above 3 means
the case costs more than three times what ordinary copy costs per byte:
a pattern that backtracks or a step that grows faster than the input.

This is a measurement: ``tests/test_hostile.py`` guards the same cases
with a generous bound in seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import wirecopy
from wirecopy._lines import MAX_SHORT_RUN, SHORT_LINE

#: The bound on every ratio this benchmark reports.
MAX_RATIO = 3.0

_WORDS = [
    "the", "harbour", "council", "said", "on", "Tuesday", "it", "would", "add", "a", "night",
    "crossing", "to", "the", "outer", "islands", "after", "bookings", "rose", "nine", "percent",
    "in", "the", "first", "quarter", "while", "divers", "cleared", "the", "channel", "and",
    "ships", "waited", "at", "anchor", "for", "the", "storm", "to", "pass",
]  # fmt: skip


def _paragraph(number: int) -> str:
    """An invented body paragraph of about 300 characters, varied by ``number``."""
    words = [_WORDS[(number * 7 + i * 3) % len(_WORDS)] for i in range(48)]
    return " ".join(words).capitalize() + "."


def ordinary(size: int) -> str:
    """An ordinary wire story of about ``size`` characters.

    >>> story = ordinary(2000)
    >>> 2000 <= len(story) < 2400 and story.startswith("Ferry line adds")
    True
    """
    parts = [
        "Ferry line adds night crossing to outer islands\n\n",
        "KESTERVIK, Norway, March 3 (Reuters) - ",
    ]
    length = sum(map(len, parts))
    number = 0
    while length < size:
        paragraph = _paragraph(number) + "\n\n"
        parts.append(paragraph)
        length += len(paragraph)
        number += 1
    parts.append("(Reporting by Mira Holt in Kestervik; Editing by Hal Brenner)\n")
    return "".join(parts)


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """``unit`` repeated to about ``size`` characters between ``head`` and ``tail``."""
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


#: Each case: a name and a function building it to about a given size.
CASES: dict[str, Callable[[int], str]] = {
    "byline 'A and ' repeats": lambda n: _repeat("A and ", n, "By ", "\nSnow fell.\n"),
    "opening parentheses": lambda n: _repeat("(", n),
    "closing parentheses": lambda n: _repeat(")", n, "Snow fell. "),
    "unclosed credit line": lambda n: _repeat("Ana Ruiz and ", n, "Snow fell.\n(Reporting by "),
    "credit places with commas": lambda n: _repeat(
        "Ana Ruiz in Tromvik, Norway and ", n, "Snow fell.\n(Reporting by "
    ),
    "credit names apart by spaces": lambda n: _repeat(
        " ", n, "Snow fell.\n(Reporting by Ana", "x)"
    ),
    "story type then spaces": lambda n: _repeat(
        " ", n, "-- UPDATE", "x\n-- \n-- Tue Jan 12, 2010 6:41am EST\n"
    ),
    "graphic note then spaces": lambda n: _repeat(" ", n, "Snow fell.\n(for", "x)"),
    "dateline prefix on every line": lambda n: _repeat("KESTERVIK, March 3 (Reuters) - x\n", n),
    "one-character lines": lambda n: _repeat("a\n", n),
    "blank lines": lambda n: _repeat("\n", n, "Snow fell.\n", "Snow fell.\n"),
    "one line of words": lambda n: _repeat("snow fell on the hill ", n),
    "one line of one letter": lambda n: _repeat("a", n),
    "spaces after a letter": lambda n: _repeat(" ", n, "a", "b"),
    "spaces after a sentence": lambda n: _repeat(" ", n, "Snow fell.", "x"),
    "control characters": lambda n: _repeat("\x00\x01\x1b\u200b", n, "Snow", "fell."),
    "CR-only short lines": lambda n: _repeat("Snow fell.\r", n),
    "upper-case words": lambda n: _repeat("KESTERVIK ", n),
    "capitalised words": lambda n: _repeat("Kestervik ", n),
    "commas between cities": lambda n: _repeat("KESTERVIK, Norway", n, "", " (Reuters) - x"),
    "conversion notes": lambda n: _repeat("($1 = 8.7 crowns) ", n),
    "link-line openings": lambda n: _repeat("For a chart of ", n, "", "click on: here"),
    "scrape-header markers": lambda n: _repeat("-- \n", n),
    "story-type prefixes": lambda n: _repeat("UPDATE 1-", n, "", "Ferry sails\n\nSnow fell.\n"),
    "desk-code slashes": lambda n: _repeat("ab/", n, "Snow fell. "),
    "digits and months": lambda n: _repeat("Jan 12 ", n),
    "name words with dots": lambda n: _repeat("A.", n, "By "),
    "short upper-case lines": lambda n: _repeat("HEAVY SNOW\n", n),
    "indented one-word lines": lambda n: _repeat("    snow\nfell\n", n),
    # Runs of short lines too short to be left unread, each ended by a long
    # line, and paragraphs of one short sentence: many small units still
    # cost a few microseconds each.
    "short runs between long lines": lambda n: _repeat(
        "-- \n" * MAX_SHORT_RUN + "x" * (SHORT_LINE + 1) + "\n", n
    ),
    "one-sentence paragraphs": lambda n: _repeat(
        "Snow fell on the hills above the harbour.\n\n", n
    ),
}


def per_kb(text: str, repeat: int) -> float:
    """Best-of-``repeat`` microseconds per 1,000 characters to parse ``text``.

    >>> per_kb("Snow fell.", 1) > 0
    True
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        wirecopy.parse(text)
        best = min(best, time.perf_counter() - start)
    return best * 1e6 / len(text) * 1000


def paired_per_kb(text: str, baseline: str, repeat: int) -> tuple[float, float]:
    """Best-of-``repeat`` costs per 1,000 characters of ``text`` and of ``baseline``.

    The two are parsed in turn, so that both bests come from the same
    stretch of time.

    >>> cost, base = paired_per_kb("Snow fell.", "Rain fell.", 2)
    >>> cost > 0 and base > 0
    True
    """
    cost = base = float("inf")
    for _ in range(repeat):
        base = min(base, per_kb(baseline, 1))
        cost = min(cost, per_kb(text, 1))
    return cost, base


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 when a ratio is above :data:`MAX_RATIO`."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    parser.add_argument("--repeat", type=int, default=3, help="runs per input (best is kept)")
    parser.add_argument("--only", default="", help="run only the cases whose name has this")
    args = parser.parse_args(argv)

    wirecopy.parse(ordinary(5000))  # load what a first parse loads
    story = ordinary(args.size)
    print(f"wirecopy {wirecopy.__version__}: {args.size:,} characters per input, best of "
          f"{args.repeat}, each case beside the ordinary story")  # fmt: skip
    print(f"{'input':<32}{'chars':>10}{'us/kB':>10}{'ordinary':>10}{'ratio':>8}")
    worst = 0.0
    for name, build in CASES.items():
        if args.only not in name:
            continue
        text = build(args.size)
        wirecopy.parse(text[:5000])  # load what this kind of input loads first
        cost, baseline = paired_per_kb(text, story, args.repeat)
        ratio = cost / baseline
        worst = max(worst, ratio)
        flag = "" if ratio <= MAX_RATIO else "  > 3"
        print(
            f"{name:<32}{len(text):>10,}{cost:>10.1f}{baseline:>10.1f}{ratio:>8.2f}{flag}",
            flush=True,
        )
    print(f"worst ratio {worst:.2f} (bound {MAX_RATIO})")
    return 0 if worst <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
