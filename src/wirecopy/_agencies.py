"""The agency registry: canonical names, the tags that name them, sign-offs.

Each agency is one :class:`Agency` entry; extend the registry by adding an
entry to ``AGENCIES``.  Tags are matched case-insensitively against what
stands inside a dateline's parentheses (``(Reuters)``), after a date
(``SYDNEY, Dec 7 AAP -``) or in a byline's affiliation.
"""

from __future__ import annotations

import attrs
import regex


@attrs.frozen
class Agency:
    """One news agency and the ways copy names it.

    >>> resolve_agency("Associated Press").name
    'AP'
    """

    name: str
    """The canonical name used in ``Document.agency``."""
    tags: tuple[str, ...]
    """Every spelling that names this agency in a dateline or byline."""
    signoffs: tuple[str, ...] = ()
    """Closing sign-off words that identify the agency ("Reuter")."""


AGENCIES: tuple[Agency, ...] = (
    Agency("Reuters", ("Reuters", "Reuter", "Thomson Reuters"), ("Reuter",)),
    Agency("AP", ("AP", "Associated Press", "The Associated Press", "APW")),
    Agency("AFP", ("AFP", "Agence France-Presse", "Agence France Presse")),
    Agency("Xinhua", ("Xinhua", "XINHUA", "Xinhua News Agency"), ("Enditem",)),
    Agency("dpa", ("dpa", "Deutsche Presse-Agentur")),
    Agency("UPI", ("UPI", "United Press International")),
    Agency("Bloomberg", ("Bloomberg", "Bloomberg News")),
    Agency("AAP", ("AAP", "Australian Associated Press")),
    Agency("EFE", ("EFE",)),
    Agency("PTI", ("PTI", "Press Trust of India")),
    Agency("Yonhap", ("Yonhap",)),
    Agency("Kyodo", ("Kyodo", "Kyodo News")),
    Agency("ANSA", ("ANSA",)),
    Agency("NYT", ("NYT", "New York Times", "The New York Times", "NYT News Service")),
    Agency("CP", ("CP", "Canadian Press", "The Canadian Press")),
    Agency("Hollywood Reporter", ("Hollywood Reporter", "The Hollywood Reporter")),
)

_BY_TAG = {tag.casefold(): agency for agency in AGENCIES for tag in agency.tags}

#: An alternation of every tag, longest first, for use inside patterns.
TAG_PATTERN = "|".join(regex.escape(tag) for tag in sorted(_BY_TAG, key=len, reverse=True))


def resolve_agency(tag: str | None) -> Agency | None:
    """The agency a tag names, or None.

    >>> resolve_agency("reuters").name
    'Reuters'
    >>> resolve_agency("Daily Planet") is None
    True
    """
    if not tag:
        return None
    return _BY_TAG.get(" ".join(tag.split()).casefold())


def agency_of_signoff(signoff: str) -> Agency | None:
    """The agency whose sign-off this is, or None.

    >>> agency_of_signoff("REUTER").name
    'Reuters'
    """
    folded = signoff.casefold()
    for agency in AGENCIES:
        if any(folded == word.casefold() for word in agency.signoffs):
            return agency
    return None
