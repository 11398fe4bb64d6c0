"""Feed captures: many transmissions one after another, split and parsed.

A capture holds stories framed one of three ways, in any mix:

- ``SOH ... EOT`` transmissions (ANPA-1312, IPTC 7901), each from its
  SYN/SOH to its EOT (a form feed inside one does not split it);
- ``ZCZC`` ... ``NNNN`` telex framing, the two framing lines outside the story;
- plain stories separated by form feeds.

:func:`parse_feed` parses each story on its own and moves every span of the
result onto the whole capture, so ``doc.source`` is the capture and
``doc.source[start:end]`` still reads each part back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from wirecopy._dates import reference_day
from wirecopy._lines import PADDING
from wirecopy._parse import parse
from wirecopy._pattern import lazy
from wirecopy.model import Document

Span = tuple[int, int]

# Where a framed story starts: SYN SYN SOH, SOH, or a ZCZC line (at the
# start, or after a line end or another control character such as EOT).
RE_START = lazy(
    r"""
    \x16*\x01                                 # SYN SYN SOH
    | (?<![^\x00-\x1f])[\x20\t]*ZCZC\b        # ZCZC opening a line
      [^\r\n]*(?:\r\n|\r|\n)?                 # the rest of the ZCZC line
    """,
    regex.VERBOSE,
)

# The line that ends a telex story: NNNN.
RE_NNNN = lazy(r"(?<![^\x00-\x1f])[\x20\t]*NNNN(?=[\x20\t]*(?:[\x00-\x1f]|$))")


def split_feed(text: str) -> list[Span]:
    """The spans of the stories of a feed capture, in order.

    >>> capture = "Snow fell.\\x0cRain fell.\\nZCZC\\nHail fell.\\nNNNN\\n"
    >>> [capture[a:b] for a, b in split_feed(capture)]
    ['Snow fell.', 'Rain fell.\\n', 'Hail fell.\\n']
    """
    spans: list[Span] = []
    pos = 0
    size = len(text)
    while pos < size:
        start = RE_START.search(text, pos)
        plain_end = size if start is None else start.start()
        # Plain stories before the next framed one, separated by form feeds.
        for piece_start, piece_end in _form_feed_pieces(text, pos, plain_end):
            spans.append((piece_start, piece_end))
        if start is None:
            break
        if text[start.start()] in "\x16\x01":
            following = RE_START.search(text, start.end())
            limit = size if following is None else following.start()
            eot = text.find("\x04", start.end(), limit)
            stop = limit if eot < 0 else eot + 1
            spans.append((start.start(), stop))
        else:
            nnnn = RE_NNNN.search(text, start.end())
            following = RE_START.search(text, start.end())
            limit = size if following is None else following.start()
            if nnnn is not None and nnnn.start() < limit:
                spans.append((start.end(), nnnn.start()))
                stop = nnnn.end()
            else:
                spans.append((start.end(), limit))
                stop = limit
        pos = stop
    return [(a, b) for a, b in spans if text[a:b].strip(PADDING)]


def _form_feed_pieces(text: str, start: int, end: int) -> list[Span]:
    """The pieces of ``text[start:end]`` between form feeds."""
    pieces = []
    pos = start
    while True:
        feed = text.find("\x0c", pos, end)
        if feed < 0:
            pieces.append((pos, end))
            return pieces
        pieces.append((pos, feed))
        pos = feed + 1


def parse_feed(
    text: str,
    *,
    reference_date: dt.date | dt.datetime | str | None = None,
    strict: bool = False,
) -> Iterator[Document]:
    """Yield each story of a feed capture, parsed, with spans into the capture.

    >>> import wirecopy
    >>> capture = (
    ...     "\\x01eca0001 3 i 4  dpa 0001\\n\\x02Berlin (dpa) - Snow fell.\\n\\x03\\x04"
    ...     "\\x01eca0002 3 i 4  dpa 0002\\n\\x02Bonn (dpa) - Rain fell.\\n\\x03\\x04"
    ... )
    >>> docs = list(wirecopy.parse_feed(capture))
    >>> [(d.dateline.city, d.paragraphs[0].text) for d in docs]
    [('Berlin', 'Snow fell.'), ('Bonn', 'Rain fell.')]
    >>> capture[slice(*docs[1].paragraphs[0].span)]
    'Rain fell.'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_feed() takes the capture as str, not {type(text).__name__}")
    day = reference_day(reference_date)
    for start, end in split_feed(text):
        doc = parse(text[start:end], reference_date=day, strict=strict)
        yield attrs.evolve(_shifted(doc, start), source=text)


def _shifted(value: Any, offset: int) -> Any:
    """``value`` with every span in it moved ``offset`` characters on."""
    if isinstance(value, tuple):
        return tuple(_shifted(item, offset) for item in value)
    if not attrs.has(type(value)):
        return value
    changes = {}
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        if field.name.endswith("span") and isinstance(item, tuple):
            changes[field.name] = (item[0] + offset, item[1] + offset)
        elif isinstance(item, tuple) or attrs.has(type(item)):
            changes[field.name] = _shifted(item, offset)
    return attrs.evolve(value, **changes)
