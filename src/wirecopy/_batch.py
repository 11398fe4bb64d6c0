"""Many stories at once: :func:`parse_many`, in this process or in worker processes.

Work goes to the workers in chunks (one pickled message per chunk, not per
story), a bounded number of chunks is in flight at a time (so an endless
iterator of stories streams through in constant memory), and results come
back in input order.

>>> docs = list(parse_many(["OSLO (Reuters) - Snow fell.", "Rain fell."], workers=2))
>>> [d.dateline.city if d.dateline else None for d in docs]
['OSLO', None]
"""

from __future__ import annotations

import collections
import copyreg
import datetime as dt
import functools
import gc
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from wirecopy import model
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


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    reference_date: dt.date | dt.datetime | None = None,
    strict: bool = False,
    errors: Literal["raise", "return"] = "raise",
    chunksize: int | None = None,
) -> Iterator[Document | Exception]:
    """Parse each story of ``texts`` and yield the documents in input order.

    ``workers`` is the number of processes: None or 1 parses here, ``n > 1``
    starts ``n`` worker processes (0 means one per CPU).  Stories travel to
    the workers ``chunksize`` at a time.  ``reference_date`` and ``strict``
    are passed to :func:`wirecopy.parse` for every story.  With
    ``errors="raise"`` the first exception a story raises (a
    :class:`~wirecopy.ParseError` under ``strict``, a ``TypeError`` for an
    item that is not a ``str``) stops the batch; with ``errors="return"``
    it is yielded in that story's place and the batch goes on.

    >>> import wirecopy
    >>> stories = ["OSLO, Feb 30 (Reuters) - Snow fell.", "OSLO (Reuters) - Snow fell."]
    >>> results = wirecopy.parse_many(stories, strict=True, errors="return")
    >>> [type(r).__name__ for r in results]
    ['ParseError', 'Document']
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    task = functools.partial(
        _parse_one, reference_date=reference_date, strict=strict, keep=errors == "return"
    )
    for result in ordered_map(task, texts, workers=workers, chunksize=chunksize):
        if isinstance(result, Exception) and errors == "raise":
            raise result
        yield result


def _parse_one(
    text: str, *, reference_date: dt.date | dt.datetime | None, strict: bool, keep: bool
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

    None or 1 worker calls ``function`` here; more send the items to a pool
    of processes ``chunksize`` at a time (``function`` and the items must
    pickle).  An exception ``function`` raises in a worker is raised here
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
    chunks = _chunks(items, size)
    with ProcessPoolExecutor(max_workers=count) as pool:
        pending: collections.deque[Future[list[R]]] = collections.deque()
        # Forked workers are started by the first submit.  Frozen objects are
        # left alone by the workers' garbage collector, which would otherwise
        # write to (and so copy) every page of the inherited heap: on the
        # corpus the workers then used about a quarter less CPU.
        gc.freeze()
        try:
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(_run_chunk, function, chunk))
        finally:
            gc.unfreeze()
        for chunk in itertools.islice(chunks, count * _CHUNKS_PER_WORKER - 1):
            pending.append(pool.submit(_run_chunk, function, chunk))
        while pending:
            results = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(_run_chunk, function, chunk))
            yield from results


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


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter).

    >>> list(_chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


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
    attrs' own state dictionaries (about 57 to 32 us per corpus story), and
    the pickles are smaller.

    >>> import pickle, wirecopy
    >>> headline = wirecopy.Headline(text="Mill shuts", span=(0, 10))
    >>> _reducer(wirecopy.Headline)(headline)
    (<class 'wirecopy.model.Headline'>, ('Mill shuts', (0, 10)))
    """
    names = tuple(field.name for field in attrs.fields(cls))

    def reduce(value: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, tuple(getattr(value, name) for name in names)

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
