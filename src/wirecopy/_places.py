"""Which written dateline parts are regions (states, provinces).

A dateline part after the city is a region when it names a US state or a
Canadian province, in any of the forms wire copy writes them: the full
name ("Texas"), the AP Stylebook abbreviation ("Calif.", "N.Y.", "W.Va."),
the upper-case abbreviation AP used on the old wire ("MO.", "CALIF.") or the
postal code ("MO").  Anything else is a country.  The AP abbreviations are
the ones listed under "state names" in the AP Stylebook.
"""

from __future__ import annotations

# (full name, AP abbreviation or "" where AP spells the name out, postal code)
US_STATES = (
    ("Alabama", "Ala.", "AL"),
    ("Alaska", "", "AK"),
    ("Arizona", "Ariz.", "AZ"),
    ("Arkansas", "Ark.", "AR"),
    ("California", "Calif.", "CA"),
    ("Colorado", "Colo.", "CO"),
    ("Connecticut", "Conn.", "CT"),
    ("Delaware", "Del.", "DE"),
    ("District of Columbia", "D.C.", "DC"),
    ("Florida", "Fla.", "FL"),
    ("Georgia", "Ga.", "GA"),
    ("Hawaii", "", "HI"),
    ("Idaho", "", "ID"),
    ("Illinois", "Ill.", "IL"),
    ("Indiana", "Ind.", "IN"),
    ("Iowa", "", "IA"),
    ("Kansas", "Kan.", "KS"),
    ("Kentucky", "Ky.", "KY"),
    ("Louisiana", "La.", "LA"),
    ("Maine", "", "ME"),
    ("Maryland", "Md.", "MD"),
    ("Massachusetts", "Mass.", "MA"),
    ("Michigan", "Mich.", "MI"),
    ("Minnesota", "Minn.", "MN"),
    ("Mississippi", "Miss.", "MS"),
    ("Missouri", "Mo.", "MO"),
    ("Montana", "Mont.", "MT"),
    ("Nebraska", "Neb.", "NE"),
    ("Nevada", "Nev.", "NV"),
    ("New Hampshire", "N.H.", "NH"),
    ("New Jersey", "N.J.", "NJ"),
    ("New Mexico", "N.M.", "NM"),
    ("New York", "N.Y.", "NY"),
    ("North Carolina", "N.C.", "NC"),
    ("North Dakota", "N.D.", "ND"),
    ("Ohio", "", "OH"),
    ("Oklahoma", "Okla.", "OK"),
    ("Oregon", "Ore.", "OR"),
    ("Pennsylvania", "Pa.", "PA"),
    ("Rhode Island", "R.I.", "RI"),
    ("South Carolina", "S.C.", "SC"),
    ("South Dakota", "S.D.", "SD"),
    ("Tennessee", "Tenn.", "TN"),
    ("Texas", "", "TX"),
    ("Utah", "", "UT"),
    ("Vermont", "Vt.", "VT"),
    ("Virginia", "Va.", "VA"),
    ("Washington", "Wash.", "WA"),
    ("West Virginia", "W.Va.", "WV"),
    ("Wisconsin", "Wis.", "WI"),
    ("Wyoming", "Wyo.", "WY"),
)

# (full name, Canadian Press abbreviation, postal code)
CA_PROVINCES = (
    ("Alberta", "Alta.", "AB"),
    ("British Columbia", "B.C.", "BC"),
    ("Manitoba", "Man.", "MB"),
    ("New Brunswick", "N.B.", "NB"),
    ("Newfoundland and Labrador", "N.L.", "NL"),
    ("Newfoundland", "Nfld.", "NL"),
    ("Nova Scotia", "N.S.", "NS"),
    ("Ontario", "Ont.", "ON"),
    ("Prince Edward Island", "P.E.I.", "PE"),
    ("Quebec", "Que.", "QC"),
    ("Saskatchewan", "Sask.", "SK"),
    ("Northwest Territories", "N.W.T.", "NT"),
    ("Nunavut", "", "NU"),
    ("Yukon", "", "YT"),
)


def _forms() -> frozenset[str]:
    forms: set[str] = set()
    for name, abbr, _postal in (*US_STATES, *CA_PROVINCES):
        forms.add(name.casefold())
        if abbr:
            forms.add(abbr.casefold())
            forms.add(abbr.casefold().rstrip("."))
            forms.add(abbr.replace(".", "").casefold())
    # Postal codes are left out: "IN", "ME", "OR" and "OK" are words.  Old AP
    # copy wrote a few states without the dot ("Mich/WASHINGTON").
    return frozenset(forms)


REGION_FORMS = _forms()


def is_region(part: str) -> bool:
    """True when a dateline part names a US state or Canadian province.

    >>> is_region("Calif."), is_region("MO."), is_region("Texas"), is_region("Kenya")
    (True, True, True, False)
    """
    return " ".join(part.split()).casefold() in REGION_FORMS


# Countries and territories whose English short names have more than one
# word, so that "JOHANNESBURG, South Africa The ..." keeps "South Africa"
# when nothing else marks where the place ends.
MULTI_WORD_PLACES = frozenset(
    name.casefold()
    for name in (
        "Bosnia and Herzegovina", "Burkina Faso", "Cape Verde", "Central African Republic",
        "Costa Rica", "Czech Republic", "Dominican Republic", "East Timor", "El Salvador",
        "Equatorial Guinea", "Gaza Strip", "Hong Kong", "Ivory Coast", "New Caledonia",
        "New Zealand", "North Korea", "North Macedonia", "Northern Ireland", "Papua New Guinea",
        "Puerto Rico", "Saudi Arabia", "Sierra Leone", "Sri Lanka", "South Africa",
        "South Korea", "South Sudan", "United Arab Emirates", "United Kingdom",
        "United States", "Vatican City", "West Bank", "Western Sahara",
    )
)  # fmt: skip


def is_place_phrase(part: str) -> bool:
    """True when a multi-word dateline part is a known country or territory.

    >>> is_place_phrase("Sri Lanka"), is_place_phrase("Sri Lanka The")
    (True, False)
    """
    return " ".join(part.split()).casefold() in MULTI_WORD_PLACES
