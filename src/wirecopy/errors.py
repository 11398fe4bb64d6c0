"""The errors wirecopy raises."""

from __future__ import annotations


class WirecopyError(Exception):
    """The base class of every error wirecopy raises on purpose.

    >>> import wirecopy
    >>> issubclass(wirecopy.ParseError, wirecopy.WirecopyError)
    True
    """


class ParseError(WirecopyError, ValueError):
    """An error-level finding in strict mode, with its line and column.

    The message names the diagnostic code, the 1-based line and column, and
    shows the offending line with a caret under the span.

    >>> import wirecopy
    >>> try:
    ...     wirecopy.parse("    OSLO, Feb 30 - Snow fell.\\n", strict=True)
    ... except wirecopy.ParseError as exc:
    ...     print(exc)
    impossible-date at line 1, column 11: February 30 is not a date
        OSLO, Feb 30 - Snow fell.
              ^^^^^^
    """

    def __init__(self, code: str, message: str, source: str, span: tuple[int, int]) -> None:
        self.code = code
        self.message = message
        self.source = source
        self.span = span
        start = span[0]
        # Lines end as the parser reads them: at CRLF, CR or LF.
        self.line = _line_number(source, start)
        line_start = max(source.rfind("\n", 0, start), source.rfind("\r", 0, start)) + 1
        self.column = start - line_start + 1
        line_end = min(_find(source, "\n", start), _find(source, "\r", start))
        shown, offset = _window(source, line_start, line_end, start)
        width = max(1, min(span[1], line_end) - start)
        width = min(width, len(shown) - offset) if offset < len(shown) else 1
        # Tabs before the span stay tabs, so that the caret lines up.
        lead = "".join("\t" if char == "\t" else " " for char in shown[:offset])
        super().__init__(
            f"{code} at line {self.line}, column {self.column}: {message}\n"
            f"{shown}\n{lead}{'^' * width}"
        )

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, str, tuple[int, int]]]:
        """Pickle by the constructor's arguments, so the error crosses process bounds.

        >>> import pickle, wirecopy
        >>> error = wirecopy.ParseError("impossible-date", "no date", "OSLO, Feb 30", (6, 12))
        >>> copy = pickle.loads(pickle.dumps(error))
        >>> copy.code, copy.line, copy.column, str(copy) == str(error)
        ('impossible-date', 1, 7, True)
        """
        return (type(self), (self.code, self.message, self.source, self.span))


#: The most characters of a line an error message shows.
MAX_SHOWN = 120


def _line_number(source: str, at: int) -> int:
    """The 1-based line of offset ``at``, counting CRLF, CR and LF as line ends.

    >>> _line_number("a\\r\\nb\\rc\\nd", 7)
    4
    """
    return source.count("\n", 0, at) + source.count("\r", 0, at) - source.count("\r\n", 0, at) + 1


def _find(source: str, char: str, start: int) -> int:
    """Where ``char`` next occurs from ``start``, or the end of ``source``."""
    found = source.find(char, start)
    return len(source) if found == -1 else found


def _window(source: str, line_start: int, line_end: int, at: int) -> tuple[str, int]:
    """The line to show, cut to :data:`MAX_SHOWN` around ``at``; ``at``'s offset in it.

    >>> shown, offset = _window("a" * 140 + "Feb 30" + "b" * 140, 0, 286, 140)
    >>> shown[:6], len(shown), offset, shown[offset : offset + 6]
    ('...aaa', 126, 43, 'Feb 30')
    """
    if line_end - line_start <= MAX_SHOWN:
        return source[line_start:line_end], at - line_start
    first = max(line_start, at - 40)
    last = min(line_end, first + MAX_SHOWN)
    before = "..." if first > line_start else ""
    after = "..." if last < line_end else ""
    return before + source[first:last] + after, len(before) + at - first
