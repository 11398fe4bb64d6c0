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
    desk_code: str | None = None
    """How the agency signs off with desk initials: ``"bare"`` (``dmh/ns``)
    or ``"parenthesised"`` (``(pvs/ji)``); None when it does not."""
    bare_tag: bool = False
    """Whether the agency writes its tag after the date without parentheses
    (``SYDNEY, Dec 7 AAP -``)."""
    separator: str | None = None
    """The dateline separator that names the agency when the dateline has no
    tag (``WASHINGTON _`` in the New York Times News Service)."""
    signoff_form: str | None = None
    """A pattern a whole sign-off line of the agency matches ("dpa bwh bag")."""


AGENCIES: tuple[Agency, ...] = (
    Agency(
        "Reuters",
        (
            "Reuters",
            "Reuter",
            "Thomson Reuters",
            # Reuters services that tag their own datelines.
            "Reuters Health",
            "Reuters Breakingviews",
            "Breakingviews",
            "Thomson Reuters Foundation",
            "IFR",
        ),
        ("Reuter",),
    ),
    Agency(
        "AP",
        ("AP", "Associated Press", "The Associated Press", "APW"),
        desk_code="parenthesised",
    ),
    Agency("AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), desk_code="bare"),
    Agency("Xinhua", ("Xinhua", "Xinhua News Agency"), ("Enditem",)),
    Agency(
        "dpa",
        ("dpa", "Deutsche Presse-Agentur"),
        # "dpa" and the initials of the desk staff who handled the story.
        signoff_form=r"dpa(?:[ \t]+[a-z]{1,4}){1,8}",
    ),
    Agency("UPI", ("UPI", "United Press International")),
    Agency("Bloomberg", ("Bloomberg", "Bloomberg News")),
    Agency(
        "AAP",
        ("AAP", "Australian Associated Press"),
        bare_tag=True,
        # "AAP" and the desk codes: "AAP kd/jm".
        signoff_form=r"AAP[ \t]+[a-z]{1,5}(?:/[a-z]{1,5}){0,5}",
    ),
    Agency("EFE", ("EFE",)),
    Agency("PTI", ("PTI", "Press Trust of India")),
    Agency("ANI", ("ANI", "Asian News International")),
    # "--IANS" closes the story, above the desk code.
    Agency("IANS", ("IANS", "Indo-Asian News Service"), signoff_form=r"--?[ \t]*IANS"),
    Agency("TASS", ("TASS", "ITAR-TASS")),
    Agency("Yonhap", ("Yonhap",), signoff_form=r"\(END\)"),
    Agency("Kyodo", ("Kyodo", "Kyodo News"), bare_tag=True, signoff_form=r"==[ \t]*Kyodo"),
    Agency("ANSA", ("ANSA",)),
    Agency("Interfax", ("Interfax", "Interfax-Ukraine", "Interfax-AVN")),
    Agency("RIA Novosti", ("RIA Novosti",)),
    # Anadolu tags its datelines with its initials: "ANKARA (AA) -".
    Agency("Anadolu", ("Anadolu", "Anadolu Agency", "AA")),
    Agency("Antara", ("Antara",)),
    # "-- BERNAMA" closes the story.
    Agency("Bernama", ("Bernama",), signoff_form=r"--?[ \t]*BERNAMA"),
    Agency("Jiji", ("Jiji", "Jiji Press")),
    Agency("KCNA", ("KCNA", "Korean Central News Agency")),
    Agency("IRNA", ("IRNA",)),
    Agency("Lusa", ("Lusa",)),
    Agency("Prensa Latina", ("Prensa Latina",)),
    Agency("Notimex", ("Notimex",)),
    Agency("WAM", ("WAM",)),
    Agency("MENA", ("MENA",)),
    Agency(
        "NYT",
        ("NYT", "New York Times", "The New York Times", "NYT News Service"),
        separator="_",
    ),
    Agency("CP", ("CP", "Canadian Press", "The Canadian Press")),
    # Britain's national agency: "By Ana Ruiz, Press Association".
    Agency("PA", ("PA", "Press Association", "PA Media")),
    Agency("Hollywood Reporter", ("Hollywood Reporter", "The Hollywood Reporter")),
    # Press-release wires: "NEW YORK, Feb. 3, 2015 /PRNewswire/ --",
    # "SAN JOSE, Calif.--(BUSINESS WIRE)--Oct. 12, 2016--".
    Agency(
        "PR Newswire",
        ("PR Newswire", "PRNewswire", "PRNewswire-FirstCall", "PRNewswire-USNewswire"),
    ),
    Agency("Business Wire", ("Business Wire",)),
    Agency("GlobeNewswire", ("GlobeNewswire", "Globe Newswire")),
    # "TORONTO, March 3, 2015 /CNW/ -", "MONTREAL, March 3, 2015 /CNW Telbec/ -".
    Agency("CNW", ("CNW", "CNW Telbec", "Canada NewsWire")),
)

_BY_TAG = {tag.casefold(): agency for agency in AGENCIES for tag in agency.tags}

#: The last word of every tag, case folded: a set look-up that spares a
#: phrase that ends in no tag the look-ups of its endings.
TAG_LAST_WORDS = frozenset(tag.split()[-1] for tag in _BY_TAG if tag.split())

#: An alternation of every tag, longest first, for use inside patterns.
TAG_PATTERN = "|".join(regex.escape(tag) for tag in sorted(_BY_TAG, key=len, reverse=True))


#: An alternation of the tags written without parentheses, longest first.
BARE_TAG_PATTERN = "|".join(
    regex.escape(tag)
    for tag in sorted(
        (tag for agency in AGENCIES if agency.bare_tag for tag in agency.tags),
        key=len,
        reverse=True,
    )
)


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


def agency_of_signoff(signoff: str, *, parenthesised: bool = False) -> Agency | None:
    """The agency whose sign-off this is, or None.

    A desk code names the agency that writes its codes that way:
    ``parenthesised`` says the copy wrote it in parentheses.

    >>> agency_of_signoff("REUTER").name
    'Reuters'
    >>> agency_of_signoff("kd/mw").name, agency_of_signoff("kd/mw", parenthesised=True).name
    ('AFP', 'AP')
    >>> agency_of_signoff("dpa bwh bag").name
    'dpa'
    """
    folded = signoff.casefold()
    form = "parenthesised" if parenthesised else "bare"
    for agency in AGENCIES:
        if any(folded == word.casefold() for word in agency.signoffs):
            return agency
        if agency.signoff_form and regex.fullmatch(agency.signoff_form, signoff):
            return agency
    if signoff.islower():
        for agency in AGENCIES:
            if agency.desk_code == form:
                return agency
    return None


def agency_of_separator(dateline: str) -> Agency | None:
    """The agency an untagged dateline's separator names, or None.

    >>> agency_of_separator("WASHINGTON _").name
    'NYT'
    >>> agency_of_separator("WASHINGTON (AP) _") is None
    True
    """
    stripped = dateline.rstrip()
    for agency in AGENCIES:
        if agency.separator is not None and stripped.endswith(agency.separator):
            before = stripped[: -len(agency.separator)].rstrip()
            if not before.endswith(")"):
                return agency
    return None


#: An alternation of every agency's sign-off word, for use inside patterns.
SIGNOFF_WORD_PATTERN = "|".join(
    regex.escape(word) for agency in AGENCIES for word in agency.signoffs
)

#: An alternation of every agency's sign-off line form, for use inside patterns.
SIGNOFF_FORM_PATTERN = "|".join(
    f"(?:{agency.signoff_form})" for agency in AGENCIES if agency.signoff_form
)
