"""Dateline places: which written parts are regions, and where a city is.

A dateline part after the city is a region when it names a US state or a
Canadian province, in any of the forms wire copy writes them: the full
name ("Texas"), the AP Stylebook abbreviation ("Calif.", "N.Y.", "W.Va."),
the upper-case abbreviation AP used on the old wire ("MO.", "CALIF.") or the
postal code ("MO").  Anything else is a country.  The AP abbreviations are
the ones listed under "state names" in the AP Stylebook.

:func:`resolve_place` turns the written city and its qualifiers into a
:class:`~wirecopy.Place`, by these rules in order:

1. A written region or country wins: only places there are candidates.
2. A city the AP Stylebook lets stand alone in a dateline ("NEW YORK",
   "SYDNEY", "UNITED NATIONS") is the place the stylebook means.
3. The agency's home conventions: the US agencies write the state of every
   home city off that list, so their bare cities are looked for abroad
   first; other agencies' bare cities are looked for at home first (a home
   place counts ten times its population).
4. The most prominent place: the biggest population, where a match on an
   old or other name (PEKING, BOMBAY) counts a tenth of its population.

A city still split between two countries (the runner-up at least half as
prominent), or one the gazetteer lacks with no written country, gets no
place.  A city split between two states of one country, or one the
gazetteer lacks in the country or state the dateline writes, gets a place
with that country (and state) and no coordinates.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from wirecopy._gazetteer import City, cities, countries, name_key
from wirecopy._once import Once
from wirecopy.model import Place

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

# (full name, Canadian Press abbreviation, postal code, GeoNames admin1 code);
# the admin1 codes are those of GeoNames' admin1CodesASCII table.
CA_PROVINCES = (
    ("Alberta", "Alta.", "AB", "01"),
    ("British Columbia", "B.C.", "BC", "02"),
    ("Manitoba", "Man.", "MB", "03"),
    ("New Brunswick", "N.B.", "NB", "04"),
    ("Newfoundland and Labrador", "N.L.", "NL", "05"),
    ("Newfoundland", "Nfld.", "NL", "05"),
    ("Nova Scotia", "N.S.", "NS", "07"),
    ("Ontario", "Ont.", "ON", "08"),
    ("Prince Edward Island", "P.E.I.", "PE", "09"),
    ("Quebec", "Que.", "QC", "10"),
    ("Saskatchewan", "Sask.", "SK", "11"),
    ("Yukon", "", "YT", "12"),
    ("Northwest Territories", "N.W.T.", "NT", "13"),
    ("Nunavut", "", "NU", "14"),
)


def _forms() -> frozenset[str]:
    forms: set[str] = set()
    for name, abbr, *_codes in (*US_STATES, *CA_PROVINCES):
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


def is_country(part: str) -> bool:
    """True when a dateline part is the name of a country the gazetteer knows.

    >>> is_country("Norway"), is_country("Ivory Coast"), is_country("Tromvik")
    (True, True, False)
    """
    return _country_code(part) is not None


def may_open_qualifier(word: str) -> bool:
    """True when ``word`` opens the name of a state, a province or a country of several words.

    A run of capitalised words whose first opens none of them can name a
    qualifier only in its first word: the longer runs need no look-up.

    >>> may_open_qualifier("South"), may_open_qualifier("St."), may_open_qualifier("Ferry")
    (True, True, False)
    """
    if word.casefold() in _OPENERS().forms:
        return True
    key = name_key(word)
    return bool(key) and key.split(" ", 1)[0] in _OPENERS().keys


class _Openers(NamedTuple):
    forms: frozenset[str]
    """First words of the written forms of states, provinces and listed places."""
    keys: frozenset[str]
    """First words of the keys of the gazetteer's country names."""


def _openers() -> _Openers:
    written = (*REGION_FORMS, *MULTI_WORD_PLACES)
    return _Openers(
        forms=frozenset(form.split(" ", 1)[0] for form in written if " " in form),
        keys=frozenset(key.split(" ", 1)[0] for key in _COUNTRY_KEYS() if " " in key),
    )


_OPENERS = Once(_openers)


class Region(NamedTuple):
    """A state, province or nation a dateline can write as its qualifier."""

    country_code: str
    """ISO 3166-1 alpha-2 of the country it lies in."""
    code: str
    """The ISO 3166-2 code ("US-MO", "CA-ON", "GB-SCT")."""
    name: str
    """Its English name."""
    admin1: str
    """Its GeoNames first-level division code, to filter gazetteer cities."""


# The nations of the United Kingdom, which datelines write as countries
# ("BELFAST, Northern Ireland"); codes from ISO 3166-2:GB.
GB_NATIONS = (
    ("England", "ENG"),
    ("Scotland", "SCT"),
    ("Wales", "WLS"),
    ("Northern Ireland", "NIR"),
)


def _regions() -> tuple[dict[str, Region], dict[tuple[str, str], Region]]:
    """Regions by the key of each written form, and by (country, GeoNames admin1)."""
    by_key: dict[str, Region] = {}
    by_admin1: dict[tuple[str, str], Region] = {}
    rows: list[tuple[Region, tuple[str, ...]]] = []
    for name, abbr, postal in US_STATES:
        rows.append((Region("US", f"US-{postal}", name, postal), (name, abbr)))
    for name, abbr, postal, admin1 in CA_PROVINCES:
        rows.append((Region("CA", f"CA-{postal}", name, admin1), (name, abbr)))
    for name, code in GB_NATIONS:
        rows.append((Region("GB", f"GB-{code}", name, code), (name,)))
    for region, written in rows:
        by_admin1.setdefault((region.country_code, region.admin1), region)
        for form in written:
            if form:
                by_key.setdefault(name_key(form), region)
    return by_key, by_admin1


# Made on first look-up, so that import wirecopy does not pay for them.
_REGIONS = Once(_regions)

# English country names wire copy writes that GeoNames spells otherwise,
# and former names (AP Stylebook country entries).
COUNTRY_ALIASES = {
    "Britain": "GB", "Great Britain": "GB", "UK": "GB", "U.K.": "GB",
    "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "United States of America": "US",
    "Netherlands": "NL", "Holland": "NL", "Czech Republic": "CZ", "Burma": "MM",
    "Cote d'Ivoire": "CI", "Cape Verde": "CV", "East Timor": "TL", "Swaziland": "SZ",
    "Macedonia": "MK", "Congo": "CD", "Democratic Republic of Congo": "CD", "Zaire": "CD",
    "Republic of Congo": "CG", "West Bank": "PS", "Gaza": "PS", "Gaza Strip": "PS",
    "Palestinian Territories": "PS", "Vatican City": "VA", "Macau": "MO", "UAE": "AE",
    "Ceylon": "LK", "Bosnia": "BA", "The Gambia": "GM", "The Bahamas": "BS",
}  # fmt: skip

# The cities the AP Stylebook ("datelines") lets stand alone, and UNITED
# NATIONS, which it also writes without a state: (as written, GeoNames name,
# country, GeoNames admin1 code where it names a region above or "",
# latitude, longitude).  Coordinates are GeoNames'
# (the United Nations row: the headquarters in New York).
STANDALONE = (
    ("ATLANTA", "Atlanta", "US", "GA", 33.7490, -84.3880),
    ("BALTIMORE", "Baltimore", "US", "MD", 39.2904, -76.6122),
    ("BOSTON", "Boston", "US", "MA", 42.3584, -71.0598),
    ("CHICAGO", "Chicago", "US", "IL", 41.8500, -87.6500),
    ("CINCINNATI", "Cincinnati", "US", "OH", 39.1271, -84.5144),
    ("CLEVELAND", "Cleveland", "US", "OH", 41.4995, -81.6954),
    ("DALLAS", "Dallas", "US", "TX", 32.7831, -96.8067),
    ("DENVER", "Denver", "US", "CO", 39.7392, -104.9847),
    ("DETROIT", "Detroit", "US", "MI", 42.3314, -83.0457),
    ("HONOLULU", "Honolulu", "US", "HI", 21.3069, -157.8583),
    ("HOUSTON", "Houston", "US", "TX", 29.7633, -95.3633),
    ("INDIANAPOLIS", "Indianapolis", "US", "IN", 39.7684, -86.1580),
    ("LAS VEGAS", "Las Vegas", "US", "NV", 36.1750, -115.1372),
    ("LOS ANGELES", "Los Angeles", "US", "CA", 34.0522, -118.2437),
    ("MIAMI", "Miami", "US", "FL", 25.7743, -80.1937),
    ("MILWAUKEE", "Milwaukee", "US", "WI", 43.0389, -87.9065),
    ("MINNEAPOLIS", "Minneapolis", "US", "MN", 44.9800, -93.2638),
    ("NEW ORLEANS", "New Orleans", "US", "LA", 29.9547, -90.0751),
    ("NEW YORK", "New York City", "US", "NY", 40.7143, -74.0060),
    ("OKLAHOMA CITY", "Oklahoma City", "US", "OK", 35.4676, -97.5164),
    ("PHILADELPHIA", "Philadelphia", "US", "PA", 39.9524, -75.1636),
    ("PHOENIX", "Phoenix", "US", "AZ", 33.4484, -112.0740),
    ("PITTSBURGH", "Pittsburgh", "US", "PA", 40.4406, -79.9959),
    ("ST. LOUIS", "St. Louis", "US", "MO", 38.6273, -90.1979),
    ("SALT LAKE CITY", "Salt Lake City", "US", "UT", 40.7608, -111.8911),
    ("SAN ANTONIO", "San Antonio", "US", "TX", 29.4241, -98.4936),
    ("SAN DIEGO", "San Diego", "US", "CA", 32.7157, -117.1647),
    ("SAN FRANCISCO", "San Francisco", "US", "CA", 37.7749, -122.4194),
    ("SEATTLE", "Seattle", "US", "WA", 47.6062, -122.3321),
    ("WASHINGTON", "Washington", "US", "DC", 38.8951, -77.0364),
    ("UNITED NATIONS", "United Nations", "US", "NY", 40.7495, -73.9681),
    ("AMSTERDAM", "Amsterdam", "NL", "", 52.3740, 4.8897),
    ("BAGHDAD", "Baghdad", "IQ", "", 33.3406, 44.4009),
    ("BANGKOK", "Bangkok", "TH", "", 13.7540, 100.5014),
    ("BEIJING", "Beijing", "CN", "", 39.9075, 116.3972),
    ("BEIRUT", "Beirut", "LB", "", 33.8933, 35.5016),
    ("BERLIN", "Berlin", "DE", "", 52.5244, 13.4105),
    ("BRUSSELS", "Brussels", "BE", "", 50.8505, 4.3488),
    ("CAIRO", "Cairo", "EG", "", 30.0626, 31.2497),
    ("COPENHAGEN", "Copenhagen", "DK", "", 55.6759, 12.5655),
    ("DJIBOUTI", "Djibouti", "DJ", "", 11.5890, 43.1450),
    ("DUBLIN", "Dublin", "IE", "", 53.3331, -6.2489),
    ("GENEVA", "Geneva", "CH", "", 46.2022, 6.1457),
    ("GIBRALTAR", "Gibraltar", "GI", "", 36.1447, -5.3526),
    ("GUATEMALA CITY", "Guatemala City", "GT", "", 14.6407, -90.5133),
    ("HAVANA", "Havana", "CU", "", 23.1330, -82.3830),
    ("HELSINKI", "Helsinki", "FI", "", 60.1695, 24.9354),
    ("HONG KONG", "Hong Kong", "HK", "", 22.2783, 114.1747),
    ("ISLAMABAD", "Islamabad", "PK", "", 33.7215, 73.0433),
    ("ISTANBUL", "Istanbul", "TR", "", 41.0138, 28.9497),
    ("JERUSALEM", "Jerusalem", "IL", "", 31.7690, 35.2163),
    ("JOHANNESBURG", "Johannesburg", "ZA", "", -26.2023, 28.0436),
    ("KABUL", "Kabul", "AF", "", 34.5281, 69.1723),
    ("KUWAIT CITY", "Kuwait City", "KW", "", 29.3670, 47.9743),
    ("LONDON", "London", "GB", "ENG", 51.5085, -0.1257),
    ("LUXEMBOURG", "Luxembourg", "LU", "", 49.6098, 6.1327),
    ("MACAU", "Macau", "MO", "", 22.2006, 113.5461),
    ("MADRID", "Madrid", "ES", "", 40.4165, -3.7026),
    ("MEXICO CITY", "Mexico City", "MX", "", 19.4285, -99.1277),
    ("MILAN", "Milan", "IT", "", 45.4643, 9.1895),
    ("MONACO", "Monaco", "MC", "", 43.7372, 7.4215),
    ("MONTREAL", "Montréal", "CA", "10", 45.5088, -73.5878),
    ("MOSCOW", "Moscow", "RU", "", 55.7520, 37.6178),
    ("MUNICH", "Munich", "DE", "", 48.1374, 11.5755),
    ("NEW DELHI", "New Delhi", "IN", "", 28.6214, 77.2148),
    ("OSLO", "Oslo", "NO", "", 59.9127, 10.7461),
    ("OTTAWA", "Ottawa", "CA", "08", 45.4112, -75.6981),
    ("PANAMA CITY", "Panama City", "PA", "", 8.9936, -79.5197),
    ("PARIS", "Paris", "FR", "", 48.8534, 2.3488),
    ("PRAGUE", "Prague", "CZ", "", 50.0880, 14.4208),
    ("QUEBEC CITY", "Québec", "CA", "10", 46.8123, -71.2145),
    ("RIO DE JANEIRO", "Rio de Janeiro", "BR", "", -22.9064, -43.1822),
    ("ROME", "Rome", "IT", "", 41.8919, 12.5113),
    ("SAN MARINO", "San Marino", "SM", "", 43.9367, 12.4464),
    ("SAO PAULO", "São Paulo", "BR", "", -23.5475, -46.6361),
    ("SHANGHAI", "Shanghai", "CN", "", 31.2222, 121.4581),
    ("SINGAPORE", "Singapore", "SG", "", 1.2897, 103.8501),
    ("STOCKHOLM", "Stockholm", "SE", "", 59.3294, 18.0687),
    ("SYDNEY", "Sydney", "AU", "", -33.8678, 151.2073),
    ("TOKYO", "Tokyo", "JP", "", 35.6895, 139.6917),
    ("TORONTO", "Toronto", "CA", "08", 43.7064, -79.3986),
    ("VATICAN CITY", "Vatican City", "VA", "", 41.9027, 12.4541),
    ("VIENNA", "Vienna", "AT", "", 48.2085, 16.3721),
    ("ZURICH", "Zürich", "CH", "", 47.3667, 8.5500),
)

_STANDALONE = Once(lambda: {name_key(row[0]): row for row in STANDALONE})

# Agencies that follow the AP Stylebook at home: every home city off the
# stand-alone list carries its state, so a bare city is looked for abroad.
US_STYLE_AGENCIES = frozenset({"AP", "NYT", "UPI"})

# Where the other agencies are based: their bare cities are looked for at home.
HOME_COUNTRIES = {
    "AFP": "FR", "dpa": "DE", "ANSA": "IT", "EFE": "ES", "Xinhua": "CN", "AAP": "AU",
    "Kyodo": "JP", "PTI": "IN", "Yonhap": "KR", "CP": "CA",
}  # fmt: skip

# How much more a home place counts (rule 3), and how much less a match on
# another name counts (rule 4).
HOME_WEIGHT = 10.0
ALTERNATE_WEIGHT = 0.1
# A runner-up at least this prominent, relative to the leader, leaves the
# city ambiguous.
AMBIGUOUS_RATIO = 0.5


class Resolution(NamedTuple):
    """The place a dateline names, or why there is none."""

    place: Place | None
    """The place, or None."""
    code: str | None = None
    """``unknown-place`` or ``ambiguous-place`` when ``place`` is None."""
    message: str | None = None
    """What went wrong, for a person."""


@functools.lru_cache(maxsize=4096)
def resolve_place(
    city: str, region: str | None = None, country: str | None = None, agency: str | None = None
) -> Resolution:
    """Resolve a dateline's written city and qualifiers to a place.

    ``agency`` is the canonical agency name, for its home conventions.  Of
    several cities ("BEIRUT/GENEVA") the first is resolved.  Answers are
    cached, so a city seen before costs a dictionary look-up.

    >>> resolve_place("PEKING").place.name
    'Beijing'
    >>> p = resolve_place("KANSAS CITY", region="Mo.").place
    >>> p.country_code, p.region_code, p.region
    ('US', 'US-MO', 'Missouri')
    >>> resolve_place("Tromvik", country="Atlantis").code
    'unknown-place'
    >>> resolve_place("GOMA", region="North Kivu", country="Congo").place.country_code
    'CD'
    """
    names = city.split("/")
    if "," in names[0]:
        # "FLINT, Mich/WASHINGTON": the first city carries its own qualifiers.
        name, *written = (part.strip() for part in names[0].split(","))
        region = next((part for part in written if is_region(part)), None)
        country = next((part for part in written if not is_region(part)), None)
        return _resolve_one(name, region, country, agency)
    first = _resolve_one(names[0].strip(), region, country, agency)
    if (region or country) and len(names) > 1 and first.place and first.place.latitude is None:
        # "TIRAN/KESTERVIK, Norway": the qualifier may belong to a later city
        # only; the first city the gazetteer finds there is the place.
        for other in names[1:]:
            found = _resolve_one(other.strip(), region, country, agency)
            if found.place is not None and found.place.latitude is not None:
                return found
    return first


def _resolve_one(
    name: str, region: str | None, country: str | None, agency: str | None
) -> Resolution:
    """Resolve one city name with its qualifiers."""
    key = name_key(name)
    if not key:
        return Resolution(None, "unknown-place", "the dateline names no city")
    qualifier = region or country
    if region is not None and country is not None and name_key(region) not in _REGIONS()[0]:
        # "GOMA, North Kivu, Congo": a province the table does not hold; the
        # country says where the city is.
        qualifier = country
    if qualifier is None:
        row = _STANDALONE().get(key)
        if row is not None:
            return Resolution(_standalone_place(row))
        return _from_gazetteer(name, key, None, None, agency)
    found_region = _REGIONS()[0].get(name_key(qualifier))
    code = _country_code(qualifier)
    if found_region is not None:
        resolution = _from_gazetteer(name, key, None, found_region, agency)
        if code is None or resolution.place is None or resolution.place.latitude is not None:
            return resolution
        # "TBILISI, Georgia": a state's name that is also a country's, and
        # the city is not in the state.
        in_country = _from_gazetteer(name, key, code, None, agency)
        return in_country if in_country.place and in_country.place.latitude else resolution
    if code is None:
        return Resolution(
            None, "unknown-place", f"{qualifier!r} names no country or region wirecopy knows"
        )
    return _from_gazetteer(name, key, code, None, agency)


def _country_code(written: str) -> str | None:
    """The ISO code of a written country name, or None."""
    return _COUNTRY_KEYS().get(name_key(written))


def _country_table() -> dict[str, str]:
    """Country codes by the key of every GeoNames name and alias."""
    table = {name_key(name): code for code, name in countries().items()}
    table.update((name_key(alias), code) for alias, code in COUNTRY_ALIASES.items())
    return table


_COUNTRY_KEYS = Once(_country_table)


def _standalone_place(row: tuple[str, str, str, str, float, float]) -> Place:
    """The place of a stand-alone dateline city."""
    _written, name, country_code, admin1, latitude, longitude = row
    region = _REGIONS()[1].get((country_code, admin1))
    return Place(
        name=name,
        country_code=country_code,
        country=countries()[country_code],
        region_code=region.code if region else None,
        region=region.name if region else None,
        latitude=latitude,
        longitude=longitude,
    )


def _from_gazetteer(
    name: str, key: str, country_code: str | None, region: Region | None, agency: str | None
) -> Resolution:
    """Rules 1, 3 and 4: pick the city among the gazetteer's candidates."""
    index = cities()
    scored: dict[City, float] = {}
    for weight, found in (
        (1.0, index.by_name.get(key, ())),
        (ALTERNATE_WEIGHT, index.by_alternate.get(key, ())),
    ):
        for row in found:
            city = City._make(row)
            if region is not None:
                if (city.country_code, city.admin1) != (region.country_code, region.admin1):
                    continue
            elif country_code is not None and city.country_code != country_code:
                continue
            score = city.population * weight
            scored[city] = max(score, scored.get(city, 0.0))
    qualified = region is not None or country_code is not None
    if not qualified and scored:
        scored = _home_conventions(scored, agency)
    if not scored:
        if not qualified:
            return Resolution(None, "unknown-place", f"{name!r} is not in the gazetteer")
        # The written qualifier still says where the place is.
        return Resolution(_written_place(name, country_code, region))
    ranked = sorted(scored.items(), key=lambda item: -item[1])
    best, best_score = ranked[0]
    for other, other_score in ranked[1:]:
        if other_score < best_score * AMBIGUOUS_RATIO:
            break
        if other.country_code != best.country_code:
            return Resolution(
                None,
                "ambiguous-place",
                f"{name!r} may be in {_where(best)} or in {_where(other)}; "
                "write its country or state",
            )
        if other.admin1 != best.admin1:
            # Two states of one country: the country is certain, the city not.
            return Resolution(_written_place(name, best.country_code, None))
    return Resolution(_city_place(best))


def _home_conventions(scored: dict[City, float], agency: str | None) -> dict[City, float]:
    """Rule 3: the agency's home conventions for a bare city."""
    if agency in US_STYLE_AGENCIES:
        abroad = {city: score for city, score in scored.items() if city.country_code != "US"}
        return abroad or scored
    home = HOME_COUNTRIES.get(agency or "")
    if home is None:
        return scored
    return {
        city: score * HOME_WEIGHT if city.country_code == home else score
        for city, score in scored.items()
    }


def _where(city: City) -> str:
    """A short description of where a gazetteer city is."""
    region = _REGIONS()[1].get((city.country_code, city.admin1))
    country = countries().get(city.country_code, city.country_code)
    return f"{region.name}, {country}" if region else country


def _city_place(city: City) -> Place:
    """The place of a gazetteer city."""
    region = _REGIONS()[1].get((city.country_code, city.admin1))
    return Place(
        name=city.name,
        country_code=city.country_code,
        country=countries().get(city.country_code, city.country_code),
        region_code=region.code if region else None,
        region=region.name if region else None,
        latitude=city.latitude,
        longitude=city.longitude,
    )


def _written_place(name: str, country_code: str | None, region: Region | None) -> Place:
    """The place of a city the gazetteer lacks, from its written qualifier."""
    code = region.country_code if region else country_code
    assert code is not None
    return Place(
        name=name.title() if name.isupper() else name,
        country_code=code,
        country=countries().get(code, code),
        region_code=region.code if region else None,
        region=region.name if region else None,
    )
