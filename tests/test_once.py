"""Once: a value made on first use, once, however many threads ask."""

from __future__ import annotations

import threading

from wirecopy._once import Once


def test_many_threads_make_one_value() -> None:
    calls: list[int] = []
    gate = threading.Event()

    def make() -> object:
        calls.append(1)
        # Hold the lock long enough for every other thread to arrive.
        gate.wait(0.2)
        return object()

    value = Once(make)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(value())) for _ in range(8)]
    for thread in threads:
        thread.start()
    gate.set()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len(seen) == 8 and all(item is seen[0] for item in seen)
    assert value.made


def test_nothing_is_made_until_asked() -> None:
    calls: list[int] = []
    value = Once(lambda: calls.append(1) or "made")
    assert not value.made and calls == []
    assert value() == "made" and value() == "made"
    assert calls == [1]
