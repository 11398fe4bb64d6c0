"""wirecopy: news-agency wire copy parsed into a typed document model.

>>> import wirecopy
>>> doc = wirecopy.parse("    OSLO, May 2 - Snow fell.\\n Reuter\\n")
>>> doc.dateline.city, doc.paragraphs[0].text, doc.signoff.text
('OSLO', 'Snow fell.', 'Reuter')
"""

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
    Signoff,
)

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
