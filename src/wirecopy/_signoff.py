"""Sign-offs: ``Reuter``, ``Enditem``, AFP and AP desk codes.

Grammar::

    signoff = "Reuter" / "REUTER" / "Enditem" / desk-code / "(" desk-code ")"
    desk-code = initials 1*(("/" / "-") initials)   ; "dmh/ns", "bur-kd-ays/mw"

The sign-off stands on the last line of the story or, in AFP copy, runs on
at the end of the last paragraph.
"""

from __future__ import annotations

import regex

from wirecopy._pattern import lazy

RE_SIGNOFF = lazy(
    r"""
    (?P<word>(?i:reuter|enditem))                           # agency sign-off words
    | \(?(?P<desk>[a-z]{1,5}(?:[-/][a-z]{1,5}){1,6})\)?     # "dmh/ns", "(pvs/ji)"
    """,
    regex.VERBOSE,
)

# A desk code run on at the end of a paragraph: "... said. mt/pst".
RE_RUN_ON_DESK = lazy(r"(?<=[.!?\"”'’)][ \t]+)[a-z]{1,5}(?:[-/][a-z]{1,5}){1,6}[ \t]*$")


def parse_signoff(src: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The sign-off filling ``src[start:end]``, as written, with its span.

    >>> parse_signoff(" Reuter", 1, 7)
    ('Reuter', (1, 7))
    >>> parse_signoff("(pvs/ji)", 0, 8)
    ('pvs/ji', (1, 7))
    >>> parse_signoff("Reuters said", 0, 12) is None
    True
    """
    match = RE_SIGNOFF.fullmatch(src, start, end)
    if match is None:
        return None
    group = "word" if match.group("word") else "desk"
    return match.group(group), match.span(group)


def find_run_on_signoff(src: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a desk code run on at the end of ``src[start:end]``.

    >>> src = "He left. mt/pst"
    >>> find_run_on_signoff(src, 0, len(src))
    (9, 15)
    """
    match = RE_RUN_ON_DESK.search(src, start, end)
    return match.span() if match else None
