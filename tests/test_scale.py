"""The scale-out recipes of docs/scale.md, run as written on a local Dask cluster and Spark.

The page's ``python`` blocks are executed as they stand; the tests feed
them invented stories and compare what comes back with ``wirecopy.parse``
run here.  The Dask test needs the ``dask`` extra (installed by the test
extra, so it runs in CI); the Spark test needs pyspark and Java and says
which is missing when it skips.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import wirecopy

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "scale.md"

STORIES = [
    f"Ferry {n} sails\n\nKESTERVIK, Jan {n} (Reuters) - Ferry {n} left the harbour.\n\n"
    f"It carried {n * 10} cars.\n\n(Reporting by Mira Holt; Editing by Hal Brenner)\n"
    for n in range(1, 13)
]


def blocks(page: Path) -> list[str]:
    """The ``python`` code blocks of a page, in order."""
    found, current = [], None
    for line in page.read_text(encoding="utf-8").splitlines():
        if current is None:
            if line.strip() == "```python":
                current = []
        elif line.startswith("```"):
            found.append("\n".join(current) + "\n")
            current = None
        else:
            current.append(line)
    return found


def recipe(engine: str) -> dict[str, Any]:
    """The namespace the page's blocks for ``engine`` ("dask" or "pyspark") define."""
    namespace: dict[str, Any] = {"__name__": f"scale_recipe_{engine}"}
    chosen = [code for code in blocks(PAGE) if engine in code or "LocalCluster" in code]
    if engine == "pyspark":
        chosen = [code for code in chosen if "pyspark" in code]
    assert chosen, f"docs/scale.md has no {engine} recipe"
    for code in chosen:
        exec(compile(code, str(PAGE), "exec"), namespace)
    return namespace


def expected_records(labels: list[str], texts: list[str]) -> list[dict[str, Any]]:
    return [
        {"input": label, **wirecopy.to_record(wirecopy.parse(text))}
        for label, text in zip(labels, texts, strict=True)
    ]


def importable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let worker processes import this checkout's wirecopy."""
    paths = [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))


def same(rows: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    """Rows read back from a table equal the records, lists and dates compared as such."""
    assert len(rows) == len(expected)
    for row, record in zip(rows, expected, strict=True):
        for name, value in record.items():
            got = row[name]
            if value is None:
                assert missing(got), (record["input"], name, got)
                continue
            if isinstance(value, list):
                got = list(got)
            if isinstance(value, dt.date) and isinstance(got, dt.datetime):
                got = got.date()
            assert got == value, (record["input"], name, got, value)


def missing(value: Any) -> bool:
    """Whether a value read back from a table is a null (None, NaN or pandas' NA)."""
    return value is None or value != value or type(value).__name__ == "NAType"


def test_the_dask_recipe_on_a_local_cluster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    pandas = pytest.importorskip("pandas")
    importable(monkeypatch)
    from dask.distributed import Client, LocalCluster

    namespace = recipe("dask")
    folder = tmp_path / "archive"
    folder.mkdir()
    paths = []
    for n, text in enumerate(STORIES, 1):
        path = folder / f"{n:02d}.txt"
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8") if n % 2 else text.encode())
        paths.append(str(path))
    dump = tmp_path / "dump.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as stream:
        for n, text in enumerate(STORIES, 1):
            stream.write(json.dumps({"id": f"n-{n}", "body": text}) + "\n")

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        # On a loaded machine the workers may register after the cluster starts.
        client.wait_for_workers(2, timeout=120)
        namespace["files_to_parquet"](paths, str(tmp_path / "files.parquet"), partitions=4)
        namespace["jsonl_to_parquet"](str(dump), str(tmp_path / "dump.parquet"), text_field="body")
        # The work ran in the cluster's worker processes, not in this one.
        assert len(client.scheduler_info()["workers"]) == 2

    files = pandas.read_parquet(tmp_path / "files.parquet").to_dict("records")
    texts = [Path(p).read_bytes().decode("utf-8") for p in paths]
    same(files, expected_records(paths, texts))
    rows = pandas.read_parquet(tmp_path / "dump.parquet").to_dict("records")
    same(rows, expected_records([f"n-{n}" for n in range(1, 13)], STORIES))
    assert rows[2]["dateline_city"] == "KESTERVIK"
    assert list(rows[2]["credits_editing"]) == ["Hal Brenner"]


def java_problem() -> str | None:
    """Why Spark cannot run here, or None when it can."""
    if shutil.which("java") is None:
        return "Java is not installed (Spark needs Java 17 or later)"
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'wirecopy[spark]')"
    check = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
    if check.returncode != 0:
        return f"java -version failed: {check.stderr.strip()[:200]}"
    return None


def test_the_spark_recipe_in_local_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = java_problem()
    if problem:
        pytest.skip(problem)
    importable(monkeypatch)
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    namespace = recipe("pyspark")
    folder = tmp_path / "archive"
    folder.mkdir()
    for n, text in enumerate(STORIES, 1):
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("wirecopy-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        frame = namespace["files_to_frame"](spark, str(folder))
        target = tmp_path / "stories.parquet"
        frame.write.parquet(str(target))
        rows = [row.asDict() for row in spark.read.parquet(str(target)).collect()]
    finally:
        spark.stop()
    rows.sort(key=lambda row: row["input"])
    labels = [row["input"] for row in rows]
    assert [Path(label.removeprefix("file:")).name for label in labels] == [
        f"{n:02d}.txt" for n in range(1, 13)
    ]
    same(rows, expected_records(labels, STORIES))
