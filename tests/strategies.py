"""Hypothesis strategies that damage wire stories the way feeds damage copy.

The stories themselves are built from invented parts (scrape headers,
headlines, bylines, datelines of each agency's form, wrapped paragraphs,
tables, notes, credit lines, sign-offs, ANPA and IPTC envelopes) by
``stories()`` in ``test_properties.py``.  :func:`damaged` breaks one:
truncated takes, duplicated or dropped lines, a line repeated hundreds of
times, swapped line ends, injected control, format and surrogate
characters, a byte-order mark, Latin-1 mojibake, runs of one character.
:func:`hostile_stories` draws from the stories as they are, damaged, and
plain garbage.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Characters a damaged feed injects: C0 and C1 controls, format characters
# (zero-width, right-to-left and left-to-right marks), no-break and odd
# spaces, a byte-order mark, lone surrogates, a form feed and line
# separators that str.splitlines() would honour but wire copy does not.
INJECTED = [
    *(chr(c) for c in (0x00, 0x01, 0x02, 0x03, 0x04, 0x07, 0x08, 0x0B, 0x0C, 0x16, 0x1B, 0x1F)),
    *"\x7f\x85\x9b\u00a0\u00ad\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202e\u2066",
    *"\u3000\ufeff\ufffd\ud800\udfff\U0001f600",
    "&#2;",  # control characters as an archive's markup writes them
    "&#3;",
]


@st.composite
def damaged(draw: st.DrawFn, story: st.SearchStrategy[str]) -> str:
    """``story`` broken the way feeds break copy, one to four times over."""
    text = draw(story)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.integers(0, 8))
        if how == 0:  # a truncated take
            text = text[: draw(st.integers(0, len(text)))]
        elif how in (1, 2):  # a duplicated or a dropped line
            lines = text.splitlines(keepends=True)
            if lines:
                at = draw(st.integers(0, len(lines) - 1))
                lines[at : at + 1] = [lines[at]] * (2 if how == 1 else 0)
                text = "".join(lines)
        elif how == 3:  # line ends swapped for another kind, everywhere
            lf = text.replace("\r\n", "\n").replace("\r", "\n")
            text = lf.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\n\r", "\x0c\n"])))
        elif how == 4:  # characters injected anywhere
            for _ in range(draw(st.integers(1, 6))):
                at = draw(st.integers(0, len(text)))
                text = text[:at] + draw(st.sampled_from(INJECTED)) + text[at:]
        elif how == 5:  # a byte-order mark, or the UTF-8 one read as Latin-1
            text = draw(st.sampled_from(["\ufeff", "\u00ef\u00bb\u00bf"])) + text
        elif how == 6:  # UTF-8 read as Latin-1 (mojibake)
            text = text.encode("utf-8", "surrogatepass").decode("latin-1")
        elif how == 7:  # a line repeated, as a runaway table repeats its rows
            lines = text.splitlines(keepends=True)
            if lines:
                at = draw(st.integers(0, len(lines) - 1))
                lines[at : at + 1] = [lines[at]] * draw(st.integers(250, 300))
                text = "".join(lines)
        else:  # a run of one character, as a stuck key or a padded field makes
            at = draw(st.integers(0, len(text)))
            run = draw(st.sampled_from(["(", ")", "-", "=", " ", "\n", "_", "A and "]))
            text = text[:at] + run * draw(st.integers(2, 60)) + text[at:]
    return text


def latin1_garbage() -> st.SearchStrategy[str]:
    """Random bytes decoded as Latin-1: binary garbage that is still a str."""
    return st.binary(max_size=400).map(lambda data: data.decode("latin-1"))


def any_characters() -> st.SearchStrategy[str]:
    """Any text at all, lone surrogates included (``st.text()`` leaves them out)."""
    return st.text(st.characters(exclude_categories=()), max_size=200)


def hostile_stories(stories: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Wire ``stories`` as they are or damaged, and plain garbage."""
    return st.one_of(stories, damaged(stories), latin1_garbage(), any_characters())
