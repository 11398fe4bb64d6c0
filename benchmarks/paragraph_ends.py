"""Measure the hard-wrap paragraph rule on the corpus's wrapped stories.

For every line break inside the body of a hard-wrapped story with no blank
lines (the corpus sources ``seed`` and ``reuters-web-2016-wrapped64``),
this counts whether the gold puts a paragraph end there, whether that end
is *visible* (the next line's first word would have fitted on the line
before, at the wrap width the text shows) or *invisible*, and whether
``wirecopy.parse`` breaks there.

    python benchmarks/paragraph_ends.py [--corpus ../shared/corpus]

It prints a table; nothing is written.  The corpus is read, never copied.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import json
from pathlib import Path

import wirecopy
from wirecopy._credits import is_credit
from wirecopy._lines import collapse, scan_lines
from wirecopy._paragraphs import wrap_width

SOURCES = ("seed", "reuters-web-2016-wrapped64")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def gold_starts(gold: dict[str, object]) -> list[str]:
    """The collapsed texts that each start a gold unit (paragraph, credit, note)."""
    units: list[str] = []
    paragraphs = gold.get("paragraphs")
    if isinstance(paragraphs, list):
        units.extend(collapse(p) for p in paragraphs)
    notes = gold.get("notes")
    if isinstance(notes, list):
        units.extend(collapse(n["text"]) for n in notes)
    return units


def measure(corpus: Path) -> collections.Counter[str]:
    """Count line breaks by (gold end?, visible?, parser breaks?)."""
    counts: collections.Counter[str] = collections.Counter()
    for source in SOURCES:
        for gold_path in sorted((corpus / source).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold.get("paragraphs") == "unscored":
                continue
            text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
            text = text_path.read_bytes().decode("utf-8")
            reference = gold.get("reference_date")
            doc = wirecopy.parse(
                text,
                reference_date=dt.date.fromisoformat(reference) if reference else None,
            )
            starts = {p.span[0] for p in (*doc.paragraphs, *doc.notes)}
            starts.update(c.span[0] - 1 for c in doc.credits)  # credit spans skip "("
            starts.update(c.span[0] for c in doc.credits)
            units = gold_starts(gold)
            lines = [line for line in scan_lines(text) if not line.blank]
            body = [
                line for line in lines if doc.dateline is None or line.cend > doc.dateline.span[1]
            ]
            width = wrap_width(body)
            for prev, line in itertools.pairwise(body):
                head = collapse(line.text)[:40]
                is_end = any(unit.startswith(head) for unit in units) or is_credit(
                    text, line.cstart, line.cend
                )
                word = line.text.split()[0]
                visible = (prev.cend - prev.start) + 1 + len(word) <= width
                broke = line.cstart in starts
                kind = "end" if is_end else "wrap"
                shape = "visible" if visible else "full"
                decision = "break" if broke else "join"
                counts[f"{kind} {shape} {decision}"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"no corpus at {args.corpus}")
    counts = measure(args.corpus)
    ends = sum(v for k, v in counts.items() if k.startswith("end"))
    invisible = sum(v for k, v in counts.items() if k.startswith("end full"))
    wraps = sum(v for k, v in counts.items() if k.startswith("wrap"))
    print(f"line breaks: {ends + wraps}  paragraph ends: {ends}  wraps: {wraps}")
    print(f"invisible ends (last line full): {invisible} = {100 * invisible / ends:.1f}% of ends")
    for key in sorted(counts):
        print(f"  {key:24} {counts[key]:6d}")
    right_invisible = counts["end full break"]
    false_breaks = counts["wrap full break"] + counts["wrap visible break"]
    print(
        f"invisible ends found: {right_invisible} of {invisible} "
        f"({100 * right_invisible / invisible:.1f}%)"
    )
    print(f"wraps broken by mistake: {false_breaks} of {wraps} ({100 * false_breaks / wraps:.2f}%)")
    missed = counts["end full join"] + counts["end visible join"]
    print(f"paragraph ends missed: {missed} of {ends} ({100 * missed / ends:.2f}%)")


if __name__ == "__main__":
    main()
