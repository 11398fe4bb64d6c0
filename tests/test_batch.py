"""parse_many(): documents in input order, in this process or in worker processes."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import os
import pickle
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirecopy
from wirecopy._batch import _PIPE_BYTES, _Slot, _tapered_chunks, _widen_pipes, ordered_map

STORIES = [
    f"KESTERVIK, Feb {day} (Reuters) - Ferry number {day} left the harbour.\n"
    for day in range(1, 31)
]


@pytest.mark.parametrize("workers", [None, 1, 2])
@pytest.mark.parametrize("chunksize", [None, 1, 7])
def test_documents_come_in_input_order(workers: int | None, chunksize: int | None) -> None:
    docs = list(
        wirecopy.parse_many(
            STORIES, workers=workers, chunksize=chunksize, reference_date=dt.date(2024, 3, 1)
        )
    )
    assert docs == [wirecopy.parse(s, reference_date=dt.date(2024, 3, 1)) for s in STORIES]
    assert [d.paragraphs[0].text for d in docs] == [
        f"Ferry number {day} left the harbour." for day in range(1, 31)
    ]


def test_a_reference_date_string_is_read_once_for_the_batch() -> None:
    docs = list(wirecopy.parse_many(STORIES[:4], workers=2, reference_date="2024-03-01"))
    assert docs == [wirecopy.parse(s, reference_date=dt.date(2024, 3, 1)) for s in STORIES[:4]]
    # A date that is no date stops the batch, whatever errors= says.
    with pytest.raises(ValueError, match=r"^reference_date must be an ISO 8601 date"):
        list(wirecopy.parse_many(STORIES, reference_date="1 March", errors="return"))


@pytest.mark.parametrize("workers", [None, 2])
def test_each_story_may_have_its_own_reference_date(workers: int | None) -> None:
    story = "KESTERVIK, Dec 30 (Reuters) - Ice closed the harbour."
    dates: list[dt.date | str | None] = [dt.date(2021, 1, 2), "2024-01-02T08:00:00Z", None] * 20
    docs = list(
        wirecopy.parse_many([story] * 60, workers=workers, chunksize=7, reference_dates=dates)
    )
    assert docs == [wirecopy.parse(story, reference_date=date) for date in dates]
    assert [d.dateline.date for d in docs[:3] if d.dateline] == [
        dt.date(2020, 12, 30),
        dt.date(2023, 12, 30),
        None,
    ]


def test_a_story_whose_own_date_is_no_date_fails_alone() -> None:
    story = "KESTERVIK, Dec 30 (Reuters) - Ice closed the harbour."
    results = list(
        wirecopy.parse_many(
            [story] * 3, reference_dates=["2021-01-02", "30/12", None], errors="return"
        )
    )
    assert [type(r).__name__ for r in results] == ["Document", "ValueError", "Document"]
    assert (
        str(results[1])
        == "reference_date must be an ISO 8601 date such as '2020-01-02', not '30/12'"
    )
    with pytest.raises(ValueError, match=r"not '30/12'"):
        list(wirecopy.parse_many([story] * 3, reference_dates=["2021-01-02", "30/12", None]))


@pytest.mark.parametrize(
    ("count", "message"),
    [
        (2, r"^reference_dates has fewer items than texts: it ended at story 3$"),
        (4, r"^reference_dates has more items than texts, which held 3$"),
    ],
)
def test_reference_dates_must_match_the_stories(count: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(wirecopy.parse_many(STORIES[:3], reference_dates=[None] * count))


def test_one_reference_date_or_one_a_story_not_both() -> None:
    with pytest.raises(ValueError, match=r"not both"):
        next(wirecopy.parse_many(STORIES, reference_date="2024-03-01", reference_dates=[None]))


def test_a_generator_streams_through_the_workers() -> None:
    seen = []

    def texts():  # type: ignore[no-untyped-def]
        for text in STORIES:
            seen.append(text)
            yield text

    results = wirecopy.parse_many(texts(), workers=2, chunksize=2)
    first = next(results)
    # Only the chunks queued for the workers have been read, not the whole input.
    assert len(seen) < len(STORIES)
    assert first.dateline.day == 1
    assert len([first, *results]) == len(STORIES)


@pytest.mark.parametrize("workers", [1, 2])
def test_an_error_is_raised_or_returned_in_place(workers: int) -> None:
    texts = [STORIES[0], "KESTERVIK, Feb 30 (Reuters) - Ice.", STORIES[2]]
    with pytest.raises(wirecopy.ParseError) as caught:
        list(wirecopy.parse_many(texts, strict=True, workers=workers))
    assert caught.value.code == "impossible-date"
    results = list(wirecopy.parse_many(texts, strict=True, workers=workers, errors="return"))
    assert [type(r).__name__ for r in results] == ["Document", "ParseError", "Document"]
    error = results[1]
    assert isinstance(error, wirecopy.ParseError)
    assert (error.code, error.line, error.column) == ("impossible-date", 1, 12)


def test_an_item_that_is_not_text_is_a_type_error_in_place() -> None:
    results = list(wirecopy.parse_many([STORIES[0], b"bytes"], errors="return"))  # type: ignore[list-item]
    assert isinstance(results[1], TypeError)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"errors": "ignore"}, "errors must be 'raise' or 'return'"),
        ({"workers": -1}, "workers must be 0 or more"),
        ({"workers": 2, "chunksize": 0}, "chunksize must be at least 1"),
    ],
)
def test_bad_arguments(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(wirecopy.parse_many(STORIES, **arguments))  # type: ignore[arg-type]


def test_documents_and_errors_pickle() -> None:
    doc = wirecopy.parse(STORIES[3], reference_date=dt.date(2024, 3, 1))
    assert pickle.loads(pickle.dumps(doc)) == doc
    try:
        wirecopy.parse("  KESTERVIK, Feb 30 - Ice.\n", strict=True)
    except wirecopy.ParseError as exc:
        error = exc
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is wirecopy.ParseError
    assert str(copy) == str(error)
    assert (copy.code, copy.message, copy.source, copy.span) == (
        error.code,
        error.message,
        error.source,
        error.span,
    )


def test_ordered_map_raises_a_worker_exception_in_its_turn() -> None:
    results = ordered_map(_inverse, [1, 2, 0, 4], workers=2, chunksize=1)
    assert next(results) == 1.0
    assert next(results) == 0.5
    with pytest.raises(ZeroDivisionError):
        next(results)


def _inverse(number: int) -> float:
    return 1 / number


def test_the_calling_process_parses_a_share() -> None:
    pids = list(ordered_map(_slow_pid, range(40), workers=2, chunksize=1))
    assert os.getpid() in pids
    assert len(set(pids)) == 2


def _slow_pid(_: int) -> int:
    time.sleep(0.005)
    return os.getpid()


def test_a_chunk_taken_over_keeps_its_exception_for_its_turn() -> None:
    unstarted: concurrent.futures.Future[list[float]] = concurrent.futures.Future()
    slot = _Slot([2, 0], unstarted)
    assert slot.take_over(_inverse)
    assert slot.done() and unstarted.cancelled()
    with pytest.raises(ZeroDivisionError):
        slot.results()
    started: concurrent.futures.Future[list[float]] = concurrent.futures.Future()
    started.set_running_or_notify_cancel()
    assert not _Slot([1], started).take_over(_inverse)


def test_the_pipes_to_the_workers_hold_a_chunk() -> None:
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("pipe sizes can be read and set on Linux only")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        _widen_pipes(pool)
        ends = (pool._call_queue._writer, pool._result_queue._reader)  # type: ignore[attr-defined]
        sizes = [fcntl.fcntl(end.fileno(), fcntl.F_GETPIPE_SZ) for end in ends]
        assert pool.submit(abs, -3).result() == 3
    assert sizes == [_PIPE_BYTES, _PIPE_BYTES]


@given(st.integers(0, 200), st.integers(1, 40), st.integers(0, 120))
def test_tapered_chunks_keep_every_item_in_order(count: int, size: int, tail: int) -> None:
    chunks = list(_tapered_chunks(range(count), size, tail))
    assert [item for chunk in chunks for item in chunk] == list(range(count))
    # Whole chunks while more than the tail is left, then quarter chunks.
    whole = max(0, (count - tail) // size)
    rest = count - whole * size
    small = max(1, size // 4)
    expected = [size] * whole + [small] * (rest // small) + ([rest % small] if rest % small else [])
    assert [len(chunk) for chunk in chunks] == expected
