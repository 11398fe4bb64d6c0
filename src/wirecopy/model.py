"""The document model: frozen, slotted attrs classes and nothing else.

Every part carries ``span``, a half-open ``(start, end)`` pair of character
offsets into the exact string given to :func:`wirecopy.parse`, so that
``doc.source[start:end]`` is the text the part was read from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

Span = tuple[int, int]

#: The kinds a :class:`Note` can have, as the corpus schema names them.
NOTE_KINDS = frozenset(
    {
        "advisory",
        "story-type",
        "correction",
        "editors-note",
        "contact",
        "conversion",
        "graphic",
        "keywords",
        "take",
        "summary",
        "other",
    }
)

#: The severities a :class:`Diagnostic` can have.
SEVERITIES = frozenset({"info", "warning", "error"})


@attrs.frozen
class Headline:
    """The headline line, without any story-type prefix.

    >>> import wirecopy
    >>> doc = wirecopy.parse("UPDATE 1-Ferry line adds night crossing\\n\\nBody text.\\n")
    >>> doc.headline.text
    'Ferry line adds night crossing'
    """

    text: str
    """The headline as written, whitespace collapsed."""
    span: Span
    """Where the headline stands in the source."""


@attrs.frozen
class Person:
    """One person named in a byline or a credit.

    >>> import wirecopy
    >>> doc = wirecopy.parse("By Ana Ruiz, AP Science Writer\\nLIMA, Peru (AP) - Rain fell.\\n")
    >>> person = doc.byline.people[0]
    >>> person.name, person.title
    ('Ana Ruiz', 'AP Science Writer')
    """

    name: str
    """The name as written, case kept."""
    span: Span
    """Where the name stands in the source."""
    title: str | None = None
    """The title attached to this person ("AP Business Writer"), if any."""
    location: str | None = None
    """The place given for this person ("Islamabad" for "A in Islamabad")."""


@attrs.frozen
class Byline:
    """The byline: who wrote the story, and for which outlet.

    >>> import wirecopy
    >>> doc = wirecopy.parse("By Tom Hale and Ines Kohl, Reuters\\n    OSLO, May 2 - Snow fell.\\n")
    >>> [p.name for p in doc.byline.people], doc.byline.affiliation
    (['Tom Hale', 'Ines Kohl'], 'Reuters')
    """

    people: tuple[Person, ...]
    """The people named, in order (empty for "By The Associated Press")."""
    affiliation: str | None
    """The outlet named in the byline ("Reuters"), as written, or None."""
    text: str
    """The whole byline as written, whitespace collapsed."""
    span: Span
    """Where the byline stands in the source."""


@attrs.frozen
class Place:
    """Where a dateline's city is: the place resolved through the gazetteer.

    ``country_code`` is ISO 3166-1 alpha-2; ``region_code`` is ISO 3166-2
    where the place has one the parser knows.  Latitude and longitude are
    None for a place the gazetteer lacks but whose country the dateline
    writes.

    >>> import wirecopy
    >>> place = wirecopy.parse("PARIS, Texas (AP) _ Rain fell.\\n").dateline.place
    >>> place.name, place.country_code, place.region_code, place.region
    ('Paris', 'US', 'US-TX', 'Texas')
    """

    name: str
    """The canonical name ("Beijing" for "PEKING"), or the city as written."""
    country_code: str
    """The ISO 3166-1 alpha-2 code of the country ("US", "PK")."""
    country: str
    """The country's English short name ("United States")."""
    region_code: str | None = None
    """The ISO 3166-2 code of the state or province ("US-MO"), where known."""
    region: str | None = None
    """The state or province's name ("Missouri"), where known."""
    latitude: float | None = None
    """Degrees north, where the gazetteer has the place."""
    longitude: float | None = None
    """Degrees east, where the gazetteer has the place."""


@attrs.frozen
class Dateline:
    """Where and when the story was filed, as written, with the date resolved.

    >>> import datetime, wirecopy
    >>> doc = wirecopy.parse(
    ...     "    PORTLAND, Ore., Dec 31 - Rain fell.\\n",
    ...     reference_date=datetime.date(2020, 1, 2),
    ... )
    >>> d = doc.dateline
    >>> d.city, d.region, d.month, d.day, d.date, d.year_inferred
    ('PORTLAND', 'Ore.', 12, 31, datetime.date(2019, 12, 31), True)
    """

    text: str
    """The dateline as written, separator included, whitespace collapsed."""
    span: Span
    """Where the dateline stands in the source."""
    city: str | None = None
    """The city as written, case kept ("NEW YORK", "Paris", "BEIRUT/GENEVA")."""
    region: str | None = None
    """A US state or Canadian province as written ("Calif.", "Texas")."""
    country: str | None = None
    """A country as written ("Pakistan")."""
    agency: str | None = None
    """The agency tag as written ("Reuters", "AP"), without parentheses."""
    month: int | None = None
    """The month, when the dateline writes one."""
    day: int | None = None
    """The day of the month, when the dateline writes one."""
    year: int | None = None
    """The year, only when the dateline writes one."""
    date: dt.date | None = None
    """The full date: the written year, else the one nearest the reference date."""
    year_inferred: bool = False
    """True when the year of ``date`` comes from the reference date."""
    place: Place | None = None
    """The resolved place of the (first) city, or None when unknown or ambiguous."""
    reference: str | None = None
    """Where the reference date that gave ``date`` its year came from:
    ``"argument"`` (``parse(reference_date=...)``), ``"header"`` (a scrape
    header's timestamp or a web page's time stamp line), ``"envelope"`` (a
    transmission envelope's filing date) or ``"copyright"`` (the year of a
    copyright line); None when the year is written or the date unresolved."""


@attrs.frozen
class Paragraph:
    """A body paragraph, rebuilt from its (possibly hard-wrapped) lines.

    >>> import wirecopy
    >>> doc = wirecopy.parse("    OSLO, May 2 - Snow fell\\non the hills.\\n    It melted.\\n")
    >>> [p.text for p in doc.paragraphs]
    ['Snow fell on the hills.', 'It melted.']
    """

    text: str
    """The span's text with every run of whitespace collapsed to one space."""
    span: Span
    """Where the paragraph stands in the source."""


@attrs.frozen
class Credit:
    """One role of a credit line, with the people who filled it.

    >>> import wirecopy
    >>> doc = wirecopy.parse("Body text.\\n(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)\\n")
    >>> [(c.role, [p.name for p in c.people]) for c in doc.credits]
    [('reporting', ['Ana Ruiz']), ('editing', ['Tom Hale'])]
    >>> doc.credits[0].people[0].location
    'Lima'
    """

    role: str
    """The role, lower case ("reporting", "additional reporting", "editing")."""
    people: tuple[Person, ...]
    """Who filled the role; each person's ``location`` is set where written."""
    text: str
    """This role's part of the credit line, whitespace collapsed."""
    span: Span
    """Where this role's part stands in the source."""


@attrs.frozen
class Note:
    """Editorial material that is not story text.

    ``kind`` is one of :data:`NOTE_KINDS`.

    >>> import wirecopy
    >>> doc = wirecopy.parse("Body text.\\n($1 = 0.9120 euros)\\n")
    >>> [(n.kind, n.text) for n in doc.notes]
    [('conversion', '($1 = 0.9120 euros)')]
    """

    kind: str
    """What the note is: advisory, story-type, correction, editors-note, ..."""
    text: str
    """The note as written, whitespace collapsed."""
    span: Span
    """Where the note stands in the source."""


@attrs.frozen
class Signoff:
    """The closing sign-off: "Reuter", "Enditem", an AFP desk code.

    >>> import wirecopy
    >>> wirecopy.parse("    OSLO, May 2 - Snow fell.\\n Reuter\\n").signoff.text
    'Reuter'
    """

    text: str
    """The sign-off as written."""
    span: Span
    """Where the sign-off stands in the source."""


@attrs.frozen
class Metadata:
    """A line of a scrape header that is neither headline nor byline, or a page's site.

    ``name`` is ``"timestamp"`` or ``"url"``, or ``"site"`` for the site a web
    page's title ends with ("Mill shuts | Reuters").  A web page's time stamp
    line above the dateline ("January 5, 2015 / 10:01 AM") is a
    ``"timestamp"`` too.

    >>> import wirecopy
    >>> doc = wirecopy.parse(
    ...     "-- Mill shuts\\n-- \\n-- Tue Mar 3, 2009 9:01am EST\\n"
    ...     "-- http://example.com/a\\n\\n OSLO  (Reuters) - Snow fell.\\n"
    ... )
    >>> [(m.name, m.text) for m in doc.metadata]
    [('timestamp', 'Tue Mar 3, 2009 9:01am EST'), ('url', 'http://example.com/a')]
    """

    name: str
    """What the line holds: "timestamp", "url" or "site"."""
    text: str
    """The value as written."""
    span: Span
    """Where the value stands in the source."""


@attrs.frozen
class Fragment:
    """Text the parser kept but could not classify.

    Unclassified body text becomes paragraphs, so ordinary copy leaves
    nothing here; transmission control characters are padding, not text.
    The middle of a run of hundreds of short lines (a long table, or
    garbage) is one fragment: it is not read line by line.

    >>> import wirecopy
    >>> wirecopy.parse("\\x16\\x16\\x01Snow fell.\\x03").unclaimed
    ()
    """

    text: str
    """The fragment as written."""
    span: Span
    """Where it stands in the source."""


@attrs.frozen
class Diagnostic:
    """Something the parser noticed and recovered from.

    ``code`` is stable kebab-case; ``severity`` is one of :data:`SEVERITIES`.

    >>> import wirecopy
    >>> doc = wirecopy.parse("    OSLO, Feb 30 - Snow fell.\\n")
    >>> [(d.code, d.severity) for d in doc.diagnostics]
    [('impossible-date', 'error')]
    """

    code: str
    """A stable kebab-case code, e.g. ``impossible-date``."""
    message: str
    """What happened, for a person."""
    severity: str
    """``info``, ``warning`` or ``error``; ``strict=True`` raises on errors."""
    span: Span
    """The text the diagnostic is about."""


@attrs.frozen
class Field:
    """One value of a transmission envelope, as written, with its span.

    >>> import wirecopy
    >>> doc = wirecopy.parse("\\x01eca0012 3 i 120  dpa 0007\\n\\x02Snow fell.\\n\\x03")
    >>> doc.envelope.source
    Field(text='eca', span=(1, 4))
    """

    text: str
    """The value as written, whitespace collapsed, control characters dropped."""
    span: Span
    """Where the value stands in the source."""


@attrs.frozen
class Envelope:
    """The transmission envelope a story arrived in: ANPA-1312 or IPTC 7901.

    Every header and trailer value is a :class:`Field` (or None when the
    envelope does not carry it).  ``header_span`` and ``trailer_span`` cover
    the control characters and header lines before the story's text and the
    trailer after it; the story inside is parsed like any other, its spans
    still indexing the whole transmission.

    >>> import wirecopy
    >>> doc = wirecopy.parse(
    ...     "\\x16\\x16\\x01a0042\\x1fwire\\nr a\\x13\\x11 BC-Ferry-Crossing     03-03 0012\\n"
    ...     "\\x02^BC-Ferry-Crossing,0010<\\n\\t   Snow fell on the harbour.\\n"
    ...     "\\x03AP-WF-03-03-25 1409GMT<\\n\\x04"
    ... )
    >>> env = doc.envelope
    >>> env.format, env.number.text, env.slug.text, env.word_count, env.date
    ('anpa-1312', '0042', 'BC-Ferry-Crossing', 12, datetime.date(2025, 3, 3))
    >>> [p.text for p in doc.paragraphs]
    ['Snow fell on the harbour.']
    """

    format: str
    """``"anpa-1312"`` or ``"iptc-7901"``."""
    header_span: Span
    """From the first control character of the header to the start of text (STX)."""
    trailer_span: Span
    """From the end of text (ETX) to the end of transmission (EOT), or the header's end."""
    source: Field | None = None
    """IPTC 7901: the source identifier ("eca")."""
    service: Field | None = None
    """ANPA: the service level letter; IPTC: the service ("dpa")."""
    number: Field | None = None
    """The story (ANPA) or message (IPTC) number."""
    service_number: Field | None = None
    """IPTC 7901: the service's own sequence number."""
    selector: Field | None = None
    """ANPA: the selector code after the unit separator."""
    priority: Field | None = None
    """The priority: an ANPA letter ("r", "f", "u") or an IPTC digit."""
    category: Field | None = None
    """The category code ("a", "s", "rs")."""
    format_id: Field | None = None
    """ANPA: the format identifier ("*9006"), where the slug line writes one."""
    flags: Field | None = None
    """IPTC 7901: the header's flag letters ("ccccb")."""
    keywords: tuple[Field, ...] = ()
    """ANPA: the header keyword; IPTC: each keyword line ("Berlin/ferry/")."""
    slug: Field | None = None
    """ANPA: the slug of the slug line after STX ("BC-US--Ferry-Crossing")."""
    take: Field | None = None
    """The version or take: ANPA "1st Ld-Writethru", IPTC "1ST LEAD"."""
    reference: Field | None = None
    """ANPA: the reference number, where the header writes one."""
    filing_date: Field | None = None
    """ANPA: the header's filing date ``MM-DD``."""
    word_count: int | None = None
    """The header's word count, where it writes one."""
    trailer: Field | None = None
    """The trailer time line ("AP-WF-11-13-13 1509GMT", "071341 GMT Okt 15")."""
    date: dt.date | None = None
    """The date the trailer resolves to, or None."""


@attrs.frozen
class Document:
    """A parsed wire story.

    >>> import wirecopy
    >>> doc = wirecopy.parse("Mill shuts\\n\\nOSLO (Reuters) - The mill shut.\\n")
    >>> doc.agency, doc.headline.text, doc.dateline.city, doc.paragraphs[0].text
    ('Reuters', 'Mill shuts', 'OSLO', 'The mill shut.')
    """

    source: str = attrs.field(repr=False)
    """The input, unchanged: every span indexes this string."""
    agency: str | None = None
    """The canonical agency ("Reuters", "AP", "AFP", ...), or None.  A dateline
    tag the agency registry does not know gives the agency as written."""
    headline: Headline | None = None
    """The headline, if the story has one."""
    byline: Byline | None = None
    """The byline, if the story has one."""
    dateline: Dateline | None = None
    """The dateline, if the story has one."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body paragraphs, in order."""
    credits: tuple[Credit, ...] = ()
    """The credits, one per role, in order."""
    notes: tuple[Note, ...] = ()
    """The editing notes, in order of appearance."""
    signoff: Signoff | None = None
    """The closing sign-off, if any."""
    metadata: tuple[Metadata, ...] = ()
    """Scrape-header lines (timestamp, URL), in order."""
    envelope: Envelope | None = None
    """The ANPA-1312 or IPTC 7901 transmission envelope, if the story has one."""
    unclaimed: tuple[Fragment, ...] = ()
    """Text kept but not classified (each also reported in ``diagnostics``)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the parser noticed and recovered from."""

    @property
    def text(self) -> str:
        """The body: the paragraphs' texts joined by blank lines.

        >>> import wirecopy
        >>> doc = wirecopy.parse("OSLO (Reuters) - The mill shut.\\n\\nIt may reopen.\\n")
        >>> print(doc.text)
        The mill shut.
        <BLANKLINE>
        It may reopen.
        """
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    def parts(self) -> list[tuple[str, Any]]:
        """Every part of the story that has a span, in source order, as ``(field, part)``.

        The parts are those of :data:`PART_FIELDS`.  No two overlap, except
        the credits of one phrase ("Additional reporting and writing by A"
        gives two), which share its span.  With the envelope's header and
        trailer and the markup between parts (parentheses, separators,
        rules), they cover every visible character of :attr:`source`.

        >>> import wirecopy
        >>> doc = wirecopy.parse("Mill shuts\\n\\nOSLO (Reuters) - The mill shut.\\nReuter\\n")
        >>> for field, part in doc.parts():
        ...     print(f"{field:10} {doc.source[slice(*part.span)]!r}")
        headline   'Mill shuts'
        dateline   'OSLO (Reuters) -'
        paragraphs 'The mill shut.'
        signoff    'Reuter'
        """
        found: list[tuple[str, Any]] = []
        for field in PART_FIELDS:
            value = getattr(self, field)
            if isinstance(value, tuple):
                found.extend((field, item) for item in value)
            elif value is not None:
                found.append((field, value))
        found.sort(key=lambda pair: pair[1].span)
        return found

    def to_dict(self) -> dict[str, Any]:
        """Every field as JSON types: parts as dicts, spans as ``[start, end]``, dates ISO.

        >>> import wirecopy
        >>> doc = wirecopy.parse("OSLO (Reuters) - Snow fell.\\n")
        >>> data = doc.to_dict()
        >>> data["source"], data["dateline"]["span"], data["headline"]
        ('OSLO (Reuters) - Snow fell.\\n', [0, 16], None)
        """
        from wirecopy._serialize import to_dict

        return to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text; ``indent=None`` gives one line (for JSONL).

        >>> import wirecopy
        >>> wirecopy.parse("Snow fell.").to_json(indent=None)  # doctest: +ELLIPSIS
        '{"source": "Snow fell.", "agency": null, ...[{"text": "Snow fell.", "span": [0, 10]}]...}'
        """
        from wirecopy._serialize import to_json

        return to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild the document :meth:`to_dict` gave; keys that are not fields are ignored.

        >>> import json, wirecopy
        >>> doc = wirecopy.parse("OSLO, May 2 (Reuters) - Snow fell.\\n")
        >>> wirecopy.Document.from_dict(json.loads(doc.to_json())) == doc
        True
        """
        from wirecopy._serialize import from_dict

        rebuilt: Document = from_dict(cls, data)
        return rebuilt


#: The fields of a :class:`Document` that hold parts of the story, each
#: with its span: what :meth:`Document.parts` lists.
PART_FIELDS = (
    "headline",
    "byline",
    "dateline",
    "paragraphs",
    "credits",
    "notes",
    "signoff",
    "metadata",
    "unclaimed",
)
