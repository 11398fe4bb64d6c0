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
        self.line = source.count("\n", 0, start) + 1
        line_start = source.rfind("\n", 0, start) + 1
        self.column = start - line_start + 1
        line_end = source.find("\n", start)
        if line_end == -1:
            line_end = len(source)
        text = source[line_start:line_end].rstrip("\r")
        width = max(1, min(span[1], line_start + len(text)) - start)
        caret = " " * (start - line_start) + "^" * width
        super().__init__(
            f"{code} at line {self.line}, column {self.column}: {message}\n{text}\n{caret}"
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
