"""The parts an AFP header line runs on after the headline.

Older AFP copy sends one title line that holds the headline, the byline,
a picture or graphic marker and the desk's advisory::

    title-line = headline [" by " names] [marker] [attention]
    marker     = "=" *SP "(" words ")" *SP "="   ; "=(GRAPHIC+PICTURE)=", "= (PICTURES) ="
    attention  = "ATTENTION" *SP "-" text        ; "ATTENTION - ADDS quotes ///"

A trailing ``by NAME`` is taken for a byline only when a marker or an
advisory follows it, so a headline that ends "... vetoed by Senate" keeps
its words.
"""

from __future__ import annotations

import attrs

from wirecopy._byline import parse_byline
from wirecopy._lines import PADDING
from wirecopy._notes import ATTENTION, MARKER, make_note
from wirecopy._pattern import lazy
from wirecopy.model import Byline, Note

# The desk's advisory at the end of the line: "ATTENTION - ADDS quotes ///".
RE_ATTENTION = lazy(rf"(?<=[ \t]){ATTENTION}[^\r\n]*$")

# A picture or graphic marker: "=(PICTURE)=", "= (GRAPHIC+PICTURE) =".
RE_MARKER = lazy(rf"(?<=[ \t]){MARKER}[ \t]*$")

# "by NAME" at the end of the headline: the byline part of the line.
RE_TRAILING_BY = lazy(r"(?<=[ \t])by[ \t]+\p{Lu}[^\r\n]{1,60}$")


@attrs.frozen
class TitleParts:
    """A title line split: where the headline ends, the byline, the notes.

    >>> src = "Storm hits coast by Ana Ruiz =(PICTURE)="
    >>> parts = split_title_line(src, 0, len(src))
    >>> src[: parts.headline_end], parts.byline.people[0].name, parts.notes[0].text
    ('Storm hits coast', 'Ana Ruiz', '=(PICTURE)=')
    """

    headline_end: int
    """Where the headline ends (padding before the parts excluded)."""
    byline: Byline | None
    """The byline of a ``by NAME`` part, or None."""
    notes: tuple[Note, ...]
    """The marker (``graphic``) and advisory (``advisory``) notes, in order."""


def split_title_line(src: str, start: int, end: int) -> TitleParts:
    """Split the AFP header-line parts off the end of ``src[start:end]``.

    >>> src = "Flood toll rises ATTENTION - ADDS quotes ///"
    >>> parts = split_title_line(src, 0, len(src))
    >>> src[: parts.headline_end], [(n.kind, n.text) for n in parts.notes]
    ('Flood toll rises', [('advisory', 'ATTENTION - ADDS quotes ///')])
    >>> src = "Bill passed by Senate"
    >>> split_title_line(src, 0, len(src)).headline_end == len(src)
    True
    """
    notes: list[Note] = []
    stop = end
    attention = RE_ATTENTION.search(src, start, stop)
    if attention is not None and attention.start() > start:
        notes.append(make_note(src, "advisory", attention.start(), _rstrip(src, attention.end())))
        stop = _rstrip(src, attention.start())
    marker = RE_MARKER.search(src, start, stop)
    if marker is not None and marker.start() > start:
        notes.insert(0, make_note(src, "graphic", marker.start(), _rstrip(src, marker.end())))
        stop = _rstrip(src, marker.start())
    byline = None
    if notes:
        by = RE_TRAILING_BY.search(src, start, stop)
        if by is not None and by.start() > start:
            byline = parse_byline(src, by.start(), stop)
            if byline is not None:
                stop = _rstrip(src, by.start())
    return TitleParts(headline_end=stop, byline=byline, notes=tuple(notes))


def _rstrip(src: str, end: int) -> int:
    while end > 0 and src[end - 1] in PADDING:
        end -= 1
    return end
