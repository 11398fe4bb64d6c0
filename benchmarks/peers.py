"""The floor and the peer tools that the parse benchmark compares wirecopy with.

Each competitor is a function ``(text, reference) -> Found`` that does what a
user would otherwise do to get an author and a date out of plain wire text:

- the **floor**, ``" ".join(text.split())``: the least work that produces
  whitespace-collapsed text in Python (it finds nothing);
- **trafilatura** ``bare_extraction(..., with_metadata=True)`` and
  **newspaper4k** ``Article(...).download(input_html=...).parse()``, each
  given the story as a minimal HTML page with one ``<p>`` per line;
- **dateparser** ``search_dates`` over the story's first 300 characters.

The peers are optional (``pip install -e ".[bench]"``); :func:`available`
lists those that import, and says why the others are skipped.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import warnings
from collections.abc import Callable
from typing import Any, NamedTuple


class Found(NamedTuple):
    """What a tool found in a story: author names (one string) and a date."""

    author: str | None
    date: dt.date | None


Tool = Callable[[str, "dt.date | None"], Found]

NOTHING = Found(None, None)


def floor(text: str, reference: dt.date | None) -> Found:
    """The floor: collapse the story's white space, nothing more."""
    " ".join(text.split())
    return NOTHING


def as_html(text: str) -> str:
    """The story as a minimal HTML page, one ``<p>`` per non-blank line."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><head><title></title></head><body>\n{body}</body></html>"


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _trafilatura() -> Tool:
    from trafilatura import bare_extraction

    def run(text: str, reference: dt.date | None) -> Found:
        result = bare_extraction(as_html(text), with_metadata=True)
        if result is None:
            return NOTHING
        if not isinstance(result, dict):  # trafilatura >= 1.9 returns a Document
            result = result.as_dict()
        return Found(result.get("author") or None, _as_date(result.get("date")))

    return run


def _newspaper() -> Tool:
    from newspaper import Article

    def run(text: str, reference: dt.date | None) -> Found:
        article = Article("https://example.invalid/story.html")
        article.download(input_html=as_html(text))
        article.parse()
        author = "; ".join(article.authors) if article.authors else None
        return Found(author, _as_date(article.publish_date))

    return run


def _search_dates() -> Tool:
    from dateparser.search import search_dates

    def run(text: str, reference: dt.date | None) -> Found:
        settings: dict[str, Any] = {}
        if reference is not None:
            settings["RELATIVE_BASE"] = dt.datetime(reference.year, reference.month, reference.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text[:300], languages=["en"], settings=settings)
        return Found(None, _as_date(found[0][1]) if found else None)

    return run


#: The peers: name, the module that must import, and the tool's factory.
PEERS: tuple[tuple[str, str, Callable[[], Tool]], ...] = (
    ("trafilatura", "trafilatura", _trafilatura),
    ("newspaper4k", "newspaper", _newspaper),
    ("dateparser.search_dates", "dateparser", _search_dates),
)


def available() -> tuple[dict[str, Tool], dict[str, str]]:
    """The peers that can run here, and why each of the others cannot."""
    tools: dict[str, Tool] = {}
    skipped: dict[str, str] = {}
    for name, module, factory in PEERS:
        if importlib.util.find_spec(module) is None:
            skipped[name] = f"skipped: {module} is not installed (pip install -e '.[bench]')"
            continue
        try:
            tools[name] = factory()
        except Exception as exc:  # a broken install is reported, not fatal
            skipped[name] = f"skipped: {type(exc).__name__}: {exc}"
    return tools, skipped
