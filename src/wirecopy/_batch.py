"""Many stories at once: :func:`parse_many`, in this process or in worker processes.

Work goes to the workers in chunks (one pickled message per chunk, not per
story), a bounded number of chunks is in flight at a time (so an endless
iterator of stories streams through in constant memory), and results come
back in input order.  The calling process is one of the workers: while the
next result is not back, it parses a chunk no worker has started, so no
core waits on a process that only collects results, and half the stories
of two workers never pay for pickling.

>>> docs = list(parse_many(["OSLO (Reuters) - Snow fell.", "Rain fell."], workers=2))
>>> [d.dateline.city if d.dateline else None for d in docs]
['OSLO', None]
"""

from __future__ import annotations

import collections
import concurrent.futures
import copyreg
import datetime as dt
import functools
import gc
import itertools
import operator
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import attrs

from wirecopy import model
from wirecopy._dates import reference_day
from wirecopy._parse import parse
from wirecopy.model import Document

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

#: Stories per message to a worker when ``chunksize`` is not given.
DEFAULT_CHUNKSIZE = 32

# An invented story that takes the parser through its common paths, a
# place look-up included.
_WARM_UP = (
    "UPDATE 1-Ferry line adds night crossing\n\nBy Mira Holt\n\n"
    "ROTTERDAM, March 4 (Reuters) - The ferry line will add a night crossing.\n\n"
    "($1 = 0.9120 euros)\n\n(Reporting by Mira Holt; Editing by Hal Brenner)\n"
)

# Chunks queued per worker: enough to keep each busy while results are read.
_CHUNKS_PER_WORKER = 4

# How many chunks' worth of stories per process go out in quarter chunks
# at the end of the input.
_TAPER_CHUNKS = 2

# Bytes the pipes to and from the workers hold: a chunk of 32 corpus
# stories is about 90 kB on its way out and 190 kB back, more than the
# 64 kB a pipe holds by default.
_PIPE_BYTES = 1 << 20


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    reference_date: dt.date | dt.datetime | str | None = None,
    reference_dates: Iterable[dt.date | dt.datetime | str | None] | None = None,
    strict: bool = False,
    errors: Literal["raise", "return"] = "raise",
    chunksize: int | None = None,
) -> Iterator[Document | Exception]:
    """Parse each story of ``texts`` and yield the documents in input order.

    ``workers`` is the number of processes: None or 1 parses here, ``n > 1``
    parses here and in ``n - 1`` worker processes (0 means one process per
    CPU).  Stories travel to the workers ``chunksize`` at a time (the last
    few chunks a quarter as long, so that the processes finish together).
    ``reference_date`` and ``strict`` are passed to :func:`wirecopy.parse`
    for every story; ``reference_dates`` instead gives each story its own
    (one item a story, in the same order, None for a story without one).
    With ``errors="raise"`` the first exception a story raises (a
    :class:`~wirecopy.ParseError` under ``strict``, a ``TypeError`` for an
    item that is not a ``str``, a ``ValueError`` for a story's reference
    date that is no date) stops the batch; with ``errors="return"`` it is
    yielded in that story's place and the batch goes on.

    >>> import wirecopy
    >>> stories = ["OSLO, Feb 30 (Reuters) - Snow fell.", "OSLO (Reuters) - Snow fell."]
    >>> results = wirecopy.parse_many(stories, strict=True, errors="return")
    >>> [type(r).__name__ for r in results]
    ['ParseError', 'Document']
    >>> stories = ["OSLO, Dec 30 (Reuters) - Ice.", "OSLO, Dec 30 (Reuters) - Ice."]
    >>> docs = wirecopy.parse_many(stories, reference_dates=["2021-01-02", "2024-01-02"])
    >>> [doc.dateline.date.year for doc in docs]
    [2020, 2023]
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    keep = errors == "return"
    items: Iterable[Any]
    if reference_dates is not None:
        if reference_date is not None:
            raise ValueError(
                "pass reference_date (one date for every story) or reference_dates"
                " (one a story), not both"
            )
        items = _paired(texts, reference_dates)
        task: Callable[[Any], Document | Exception] = functools.partial(
            _parse_dated, strict=strict, keep=keep
        )
    else:
        # A reference date that is no date is the batch's error, not each story's.
        day = reference_day(reference_date)
        items = texts
        task = functools.partial(_parse_one, reference_date=day, strict=strict, keep=keep)
    for result in ordered_map(task, items, workers=workers, chunksize=chunksize):
        if isinstance(result, Exception) and errors == "raise":
            raise result
        yield result


# What a finished iterator gives next().
_END = object()


def _paired(texts: Iterable[str], dates: Iterable[Any]) -> Iterator[tuple[str, Any]]:
    """Each text with its reference date; a ValueError when the two run out apart.

    >>> list(_paired(["a", "b"], ["2020-01-02", None]))
    [('a', '2020-01-02'), ('b', None)]
    >>> list(_paired(["a", "b"], ["2020-01-02"]))
    Traceback (most recent call last):
      ...
    ValueError: reference_dates has fewer items than texts: it ended at story 2
    """
    remaining = iter(dates)
    number = 0
    for number, text in enumerate(texts, 1):
        date = next(remaining, _END)
        if date is _END:
            raise ValueError(
                f"reference_dates has fewer items than texts: it ended at story {number}"
            )
        yield text, date
    if next(remaining, _END) is not _END:
        raise ValueError(f"reference_dates has more items than texts, which held {number}")


def _parse_dated(
    item: tuple[str, dt.date | dt.datetime | str | None], *, strict: bool, keep: bool
) -> Document | Exception:
    """:func:`_parse_one` for a story given with its own reference date.

    >>> _parse_dated(("OSLO (Reuters) - Ice.", "2 Jan"), strict=False, keep=True)
    ValueError("reference_date must be an ISO 8601 date such as '2020-01-02', not '2 Jan'")
    """
    text, date = item
    return _parse_one(text, reference_date=date, strict=strict, keep=keep)


def _parse_one(
    text: str, *, reference_date: dt.date | dt.datetime | str | None, strict: bool, keep: bool
) -> Document | Exception:
    """Parse one story; with ``keep``, return the exception it raised instead.

    >>> _parse_one(b"Snow", reference_date=None, strict=False, keep=True)  # doctest: +ELLIPSIS
    TypeError("parse() takes the story as str, not bytes: decode it first...")
    """
    try:
        return parse(text, reference_date=reference_date, strict=strict)
    except Exception as exc:
        if not keep:
            raise
        return exc


def ordered_map(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
) -> Iterator[R]:
    """Yield ``function(item)`` for each item in order, with ``workers`` processes.

    None or 1 worker calls ``function`` here.  ``n`` workers are this
    process and ``n - 1`` worker processes: the items go to the processes
    ``chunksize`` at a time (``function`` and the items must pickle), and
    while the next result in order is not ready this process runs a chunk
    no worker has started.  An exception ``function`` raises is raised here
    when its item's turn comes.

    >>> list(ordered_map(abs, [-3, 1, -2], workers=2, chunksize=1))
    [3, 1, 2]
    """
    count = _worker_count(workers)
    if count == 1:
        yield from map(function, items)
        return
    size = DEFAULT_CHUNKSIZE if chunksize is None else chunksize
    if size < 1:
        raise ValueError(f"chunksize must be at least 1, not {size}")
    # Imported here: it brings in multiprocessing, which a single process never needs.
    from concurrent.futures import ProcessPoolExecutor

    # Compile the patterns and load the tables once, here, for the forked
    # workers to inherit, instead of once in every worker.
    parse(_WARM_UP)
    chunks = _tapered_chunks(items, size, count * size * _TAPER_CHUNKS)
    with ProcessPoolExecutor(max_workers=count - 1) as pool:
        _widen_pipes(pool)
        pending: collections.deque[_Slot[T, R]] = collections.deque()

        def submit() -> bool:
            for chunk in itertools.islice(chunks, 1):
                pending.append(_Slot(chunk, pool.submit(_run_chunk, function, chunk)))
                return True
            return False

        # The workers' own queue: chunks sent and not yet back.  Results run
        # here wait in `pending` for their turn; no more chunks than
        # `held` are read from the input at once.
        queued = (count - 1) * _CHUNKS_PER_WORKER
        held = count * _CHUNKS_PER_WORKER

        def top_up() -> None:
            # Chunks this process takes over leave the workers less to do:
            # they are replaced at once, so a worker never runs dry while
            # this process parses.
            while len(pending) < held and sum(not slot.done() for slot in pending) < queued:
                if not submit():
                    return

        # Forked workers are started by the first submit.  Frozen objects are
        # left alone by the workers' garbage collector, which would otherwise
        # write to (and so copy) every page of the inherited heap: on the
        # corpus the workers then used about a quarter less CPU.
        gc.freeze()
        try:
            submit()
        finally:
            gc.unfreeze()
        while True:
            top_up()
            if not pending:
                return
            head = pending[0]
            if head.done():
                pending.popleft()
                yield from head.results()
                continue
            # Rather than wait, run here the latest chunk no worker has
            # started: this process is one of the workers.
            for slot in reversed(pending):
                if slot.take_over(function):
                    break
            else:
                head.wait()


class _Slot(Generic[T, R]):
    """A chunk of items on its way through :func:`ordered_map`: in a worker, or run here."""

    def __init__(self, chunk: list[T], future: Future[list[R]]) -> None:
        self.chunk = chunk
        self.future: Future[list[R]] | None = future
        self.outcome: list[R] | BaseException | None = None

    def done(self) -> bool:
        return self.future is None or self.future.done()

    def wait(self) -> None:
        if self.future is not None:
            concurrent.futures.wait([self.future])

    def take_over(self, function: Callable[[T], R]) -> bool:
        """Run the chunk here if no worker has started it; True when it ran."""
        if self.future is None or not self.future.cancel():
            return False
        self.future = None
        try:
            self.outcome = _run_chunk(function, self.chunk)
        except Exception as exc:
            self.outcome = exc
        return True

    def results(self) -> list[R]:
        if self.future is not None:
            return self.future.result()
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return cast("list[R]", self.outcome)


def _widen_pipes(pool: Any) -> None:
    """Let the pipes between this process and the pool's workers hold a whole message.

    A message larger than a pipe is written a pipe's worth at a time, and
    the thread of this process that writes or reads it needs the GIL again
    for every piece, which the parsing thread holds for up to five
    milliseconds at a go.  Meanwhile the worker waits: on the corpus it sat
    idle about 3 ms between chunks, a tenth of its time.  Linux lets a pipe
    grow to a megabyte (``F_SETPIPE_SZ``); elsewhere, or when the system
    refuses, the pipes stay as they are.  The pool keeps its pipes in
    private attributes: a Python whose pool has none of them is left alone.

    >>> from concurrent.futures import ProcessPoolExecutor
    >>> with ProcessPoolExecutor(max_workers=1) as pool:
    ...     _widen_pipes(pool)
    ...     pool.submit(abs, -2).result()
    2
    """
    try:
        import fcntl

        grow = fcntl.F_SETPIPE_SZ
        ends = (pool._call_queue._writer, pool._result_queue._writer)
        for end in ends:
            fcntl.fcntl(end.fileno(), grow, _PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        return


def _worker_count(workers: int | None) -> int:
    """The number of processes ``workers`` asks for: None is 1, 0 is one per CPU.

    >>> _worker_count(None), _worker_count(3), _worker_count(0) >= 1
    (1, 3, True)
    """
    if workers is None:
        return 1
    if workers < 0:
        raise ValueError(f"workers must be 0 or more, not {workers}")
    return workers or os.cpu_count() or 1


def _tapered_chunks(items: Iterable[T], size: int, tail: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``, and the last of them in lists a quarter as long.

    The last ``tail`` items at least (and fewer than ``tail + size``) go in
    the short lists.  The processes finish a batch together only if its
    last chunks are short: a worker holds on to the two chunks it was sent
    last, and this process, once it has no chunk left to take over, waits
    for them.  Knowing where the input ends costs a look-ahead of ``tail``
    items.

    >>> [len(chunk) for chunk in _tapered_chunks(range(30), 8, 12)]
    [8, 8, 2, 2, 2, 2, 2, 2, 2]
    >>> [len(chunk) for chunk in _tapered_chunks(range(3), 8, 12)]
    [2, 1]
    """
    iterator = iter(items)
    ahead: collections.deque[T] = collections.deque(itertools.islice(iterator, tail + size))
    while len(ahead) >= tail + size:
        yield [ahead.popleft() for _ in range(size)]
        ahead.extend(itertools.islice(iterator, size))
    small = max(1, size // 4)
    while ahead:
        yield [ahead.popleft() for _ in range(min(small, len(ahead)))]


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    """``function`` applied to each item of a chunk, in a worker.

    >>> _run_chunk(abs, [-1, 2])
    [1, 2]
    """
    return [function(item) for item in chunk]


def _reducer(cls: type[Any]) -> Callable[[Any], tuple[type[Any], tuple[Any, ...]]]:
    """A pickle reducer that stores a model instance as its class and field values.

    Documents travel back from the workers as pickles; rebuilding them from
    a tuple through the constructor halves the cost of pickling against
    attrs' own state dictionaries, and the pickles are smaller.  The field
    values are read by one ``operator.attrgetter`` call, in C: on the
    corpus that took pickling from about 44 to 25 us a document.

    >>> import pickle, wirecopy
    >>> headline = wirecopy.Headline(text="Mill shuts", span=(0, 10))
    >>> _reducer(wirecopy.Headline)(headline)
    (<class 'wirecopy.model.Headline'>, ('Mill shuts', (0, 10)))
    """
    names = tuple(field.name for field in attrs.fields(cls))
    if len(names) == 1:
        (name,) = names

        def reduce_one(value: Any) -> tuple[type[Any], tuple[Any, ...]]:
            return cls, (getattr(value, name),)

        return reduce_one
    values = operator.attrgetter(*names)

    def reduce(value: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, values(value)

    return reduce


def _register_reducers() -> None:
    """Pickle every model class by :func:`_reducer`, where its constructor takes all fields.

    >>> import copyreg, wirecopy
    >>> wirecopy.Document in copyreg.dispatch_table
    True
    """
    for value in vars(model).values():
        if (
            isinstance(value, type)
            and attrs.has(value)
            and value.__module__ == model.__name__
            and all(field.init and field.alias == field.name for field in attrs.fields(value))
        ):
            copyreg.pickle(value, _reducer(value))


_register_reducers()
