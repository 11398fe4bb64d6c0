"""Values made on first use, once, whichever thread asks first.

The gazetteer's tables and the dateparser parser are costly to make and
not always needed, so they are made when first asked for.  Two threads
asking at the same moment must not make two: :class:`Once` makes its value
under a lock, and afterwards hands it out without taking the lock.

>>> table = Once(lambda: {"made": True})
>>> table.made, table(), table.made
(False, {'made': True}, True)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Once(Generic[T]):
    """A callable that returns ``factory()``, called the first time only.

    >>> calls = []
    >>> answer = Once(lambda: calls.append(1) or 42)
    >>> answer(), answer(), len(calls)
    (42, 42, 1)
    """

    __slots__ = ("_factory", "_lock", "_value")

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._value: list[T] = []

    def __call__(self) -> T:
        value = self._value
        if not value:
            with self._lock:
                if not value:
                    value.append(self._factory())
        return value[0]

    @property
    def made(self) -> bool:
        """True once the value has been made."""
        return bool(self._value)
