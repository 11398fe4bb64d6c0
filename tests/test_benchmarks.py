"""The benchmark suite runs anywhere: without the corpus and without the peers.

It is a measurement, so nothing here checks a speed, except that the cost
of a story stays linear in its length within a wide margin (a quadratic
step would cost a hundred times more, not twice).
"""

from __future__ import annotations

import cProfile
import importlib.util
import json
import pstats
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))  # bench_parse imports peers beside it
    try:
        spec = importlib.util.spec_from_file_location("bench_parse", BENCHMARKS / "bench_parse.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


def test_generated_stories_parse_in_every_layout(bench: ModuleType) -> None:
    stories = bench.generated_stories(count=10)
    assert {story.source for story in stories} == {
        "generated-reuters1987",
        "generated-reuters-web",
        "generated-wrapped64",
        "generated-ap",
        "generated-afp-crlf",
    }
    for story in stories:
        doc = bench.parse(story)
        assert doc.dateline is not None, story.text
        assert doc.paragraphs


def test_spread_takes_each_source_in_turn(bench: ModuleType) -> None:
    stories = bench.generated_stories(count=20)
    chosen = bench.spread(stories, 5)
    assert len({story.source for story in chosen}) == 5


def test_suite_runs_without_corpus_or_peers(
    bench: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(bench.peers, "PEERS", (("absent-tool", "no_such_module_here", None),))
    output = tmp_path / "latest.json"
    argv = ["--repeat", "1", "--peer-stories", "3", "--import-runs", "1", "--generate", "20"]
    argv += ["--corpus", str(tmp_path / "no-corpus"), "--output", str(output)]
    assert bench.main(argv) == 0
    printed = capsys.readouterr().out
    assert "generated from invented templates" in printed
    assert "absent-tool" in printed and "skipped" in printed
    result = json.loads(output.read_text(encoding="utf-8"))
    assert result["sources"]["ALL"]["stories"] == 20
    assert result["sources"]["ALL"]["ratio_to_floor"] > 1
    assert set(result["peers"]) == {"wirecopy"}
    assert result["memory"]["max_ratio"] > 0
    assert result["import"]["dateparser_after_english_parse"] is False


def test_work_grows_linearly(bench: ModuleType) -> None:
    # Function calls, counted exactly, stand for the work: a story 100 times
    # longer makes at most 110 times as many (timings are left to the suite).
    template = bench.generated_stories(count=bench.LAYOUTS)
    for story in template:
        head, _, rest = story.text.partition("\n")
        long = story._replace(text=head + "\n" + rest * 100)
        short_calls, long_calls = _calls(bench, story), _calls(bench, long)
        length_ratio = len(long.text) / len(story.text)
        assert long_calls / short_calls <= 1.1 * length_ratio, story.source


def _calls(bench: ModuleType, story: object) -> int:
    profile = cProfile.Profile()
    profile.runcall(bench.parse, story)
    return sum(row[1] for row in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def test_growth_is_measured_per_layout(bench: ModuleType) -> None:
    rows = bench.growth(factor=5)
    assert len(rows) == bench.LAYOUTS
    for row in rows.values():
        assert 4 < row["length_ratio"] < 6
        assert row["long_us"] > row["short_us"] > 0
