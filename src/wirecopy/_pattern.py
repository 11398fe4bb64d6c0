"""Regular expressions compiled on first use.

Compiling the package's patterns costs tens of milliseconds, which a
program that imports wirecopy but parses nothing (or parses later, in a
worker) should not pay at import.  :func:`lazy` returns a stand-in that
compiles its pattern the first time a method is looked up and then keeps
the compiled pattern's methods as its own attributes, so later calls cost
one instance-dictionary look-up more than calling the compiled pattern.

>>> RE_WORD = lazy(r"\\w+")
>>> RE_WORD.findall("two words")
['two', 'words']
"""

from __future__ import annotations

from typing import Any, cast

import regex

# The methods copied onto the stand-in after the first look-up.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """A pattern compiled when one of its attributes is first read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet in the instance dictionary.
        compiled = regex.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]!r})"


# Inline letters of the flags a pattern may be compiled with.
_FLAG_LETTERS = (
    (regex.IGNORECASE, "i"),
    (regex.MULTILINE, "m"),
    (regex.DOTALL, "s"),
    (regex.VERBOSE, "x"),
)


def any_of(*patterns: regex.Pattern[str]) -> regex.Pattern[str]:
    """A lazy pattern that matches where any of ``patterns`` (made by :func:`lazy`) matches.

    Each pattern keeps its own flags.  A text that many patterns are tried
    on in turn and that usually fails them all is screened by one call of
    the union instead of one call of each.

    >>> RE_DIGITS, RE_WORD = lazy(r"\\d+"), lazy(r"word", regex.IGNORECASE)
    >>> RE_EITHER = any_of(RE_DIGITS, RE_WORD)
    >>> [bool(RE_EITHER.match(text)) for text in ("42", "WORD", "none")]
    [True, True, False]
    """
    branches = []
    for pattern in patterns:
        source, flags = cast("_LazyPattern", pattern)._source
        letters = "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)
        if flags & ~sum(flag for flag, _ in _FLAG_LETTERS):
            raise ValueError(f"any_of() cannot scope the flags of {pattern!r}")
        if flags & regex.VERBOSE:
            source += "\n"  # the line end closes a verbose pattern's last comment
        branches.append(f"(?{letters}:{source})")
    return lazy("|".join(branches))


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Return *pattern* compiled with *flags* on first use.

    The result behaves as ``regex.compile(pattern, flags)`` for matching,
    searching, substituting and splitting.

    >>> RE_DIGITS = lazy(r"\\d+")
    >>> RE_DIGITS.search("take 2").group()
    '2'
    """
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))
