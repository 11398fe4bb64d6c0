"""wirecopy: news-agency wire copy parsed into a typed document model.

>>> import wirecopy
>>> doc = wirecopy.parse("    OSLO, May 2 - Snow fell.\\n Reuter\\n")
>>> doc.dateline.city, doc.paragraphs[0].text, doc.signoff.text
('OSLO', 'Snow fell.', 'Reuter')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wirecopy._batch import parse_many
    from wirecopy._decode import Decoded, decode
    from wirecopy._feed import parse_feed
    from wirecopy._parse import parse
    from wirecopy._serialize import json_schema, record_columns, to_record
    from wirecopy.errors import ParseError, WirecopyError
    from wirecopy.model import (
        Byline,
        Credit,
        Dateline,
        Diagnostic,
        Document,
        Envelope,
        Field,
        Fragment,
        Headline,
        Metadata,
        Note,
        Paragraph,
        Person,
        Place,
        Signoff,
    )

# Where each public name lives.  The modules are imported when a name is
# first used, not by ``import wirecopy``: a program that imports the package
# and parses later (or never, as ``wirecopy --help`` does) does not pay for
# the model classes and the parser at import.
_HOMES = {
    "Byline": "wirecopy.model",
    "Credit": "wirecopy.model",
    "Dateline": "wirecopy.model",
    "Decoded": "wirecopy._decode",
    "Diagnostic": "wirecopy.model",
    "Document": "wirecopy.model",
    "Envelope": "wirecopy.model",
    "Field": "wirecopy.model",
    "Fragment": "wirecopy.model",
    "Headline": "wirecopy.model",
    "Metadata": "wirecopy.model",
    "Note": "wirecopy.model",
    "Paragraph": "wirecopy.model",
    "ParseError": "wirecopy.errors",
    "Person": "wirecopy.model",
    "Place": "wirecopy.model",
    "Signoff": "wirecopy.model",
    "WirecopyError": "wirecopy.errors",
    "decode": "wirecopy._decode",
    "json_schema": "wirecopy._serialize",
    "parse": "wirecopy._parse",
    "parse_feed": "wirecopy._feed",
    "parse_many": "wirecopy._batch",
    "record_columns": "wirecopy._serialize",
    "to_record": "wirecopy._serialize",
}

__all__ = [
    "Byline",
    "Credit",
    "Dateline",
    "Decoded",
    "Diagnostic",
    "Document",
    "Envelope",
    "Field",
    "Fragment",
    "Headline",
    "Metadata",
    "Note",
    "Paragraph",
    "ParseError",
    "Person",
    "Place",
    "Signoff",
    "WirecopyError",
    "decode",
    "json_schema",
    "parse",
    "parse_feed",
    "parse_many",
    "record_columns",
    "to_record",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use.

    >>> import wirecopy
    >>> wirecopy.Document.__module__
    'wirecopy.model'
    """
    try:
        home = _HOMES[name]
    except KeyError:
        raise AttributeError(f"module 'wirecopy' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the ones not yet imported included."""
    return sorted({*globals(), *_HOMES})
