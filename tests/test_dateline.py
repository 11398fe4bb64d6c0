"""Datelines: every form the module docstring lists, year resolution, findings.

All places, people and events are invented; the dateline shapes are those of
the agencies.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import wirecopy
from wirecopy._dateline import agency_of, parse_dateline
from wirecopy.model import Dateline

REF = dt.date(2021, 3, 10)


def read(src: str, reference: dt.date | None = REF, **kwargs: Any) -> tuple[Dateline, str]:
    found = parse_dateline(src, 0, len(src), reference=reference, **kwargs)
    assert found is not None, src
    dateline, resume, diagnostics = found
    assert diagnostics == []
    return dateline, src[resume:]


def fields(dateline: Dateline) -> dict[str, Any]:
    """The written parts of a dateline, leaving out unset ones."""
    names = ("city", "region", "country", "agency", "month", "day", "year")
    return {name: getattr(dateline, name) for name in names if getattr(dateline, name)}


FORMS = [
    # (source, written text of the dateline, its parts, where the text resumes)
    (
        # A date in figures, ISO or day first with dots, before a tag or a dash.
        "TROMVIK, 2021-03-04 (dpa) - Ferries sailed.",
        "TROMVIK, 2021-03-04 (dpa) -",
        {"city": "TROMVIK", "agency": "dpa", "month": 3, "day": 4, "year": 2021},
        "Ferries sailed.",
    ),
    (
        # ANSA writes the tag first, then the place and the date.
        "(ANSA) - TROMVIK, March 4 - Ferries sailed.",
        "(ANSA) - TROMVIK, March 4 -",
        {"city": "TROMVIK", "agency": "ANSA", "month": 3, "day": 4},
        "Ferries sailed.",
    ),
    (
        # Without a date after the tag, the place is the text's.
        "(Reuters) - Tromvik, the port, said on March 4 - the first time.",
        "(Reuters) -",
        {"agency": "Reuters"},
        "Tromvik, the port, said on March 4 - the first time.",
    ),
    (
        # German copy writes the day with a dot.
        "TROMVIK, 4. März 2021 (dpa) - Die Fähren fuhren.",
        "TROMVIK, 4. März 2021 (dpa) -",
        {"city": "TROMVIK", "agency": "dpa", "month": 3, "day": 4, "year": 2021},
        "Die Fähren fuhren.",
    ),
    (
        "Tromvik, 4.3.2021 (dpa) - Ferries sailed.",
        "Tromvik, 4.3.2021 (dpa) -",
        {"city": "Tromvik", "agency": "dpa", "month": 3, "day": 4, "year": 2021},
        "Ferries sailed.",
    ),
    (
        "NEW YORK, March 12 - Shares of the ferry line rose.",
        "NEW YORK, March 12 -",
        {"city": "NEW YORK", "month": 3, "day": 12},
        "Shares of the ferry line rose.",
    ),
    (
        "MILWAUKEE, Wis., March 2- Snow closed the county fair.",
        "MILWAUKEE, Wis., March 2-",
        {"city": "MILWAUKEE", "region": "Wis.", "month": 3, "day": 2},
        "Snow closed the county fair.",
    ),
    (
        "NAIROBI, Kenya (AP) _ A minibus driver named Otieno Mwai won the race.",
        "NAIROBI, Kenya (AP) _",
        {"city": "NAIROBI", "country": "Kenya", "agency": "AP"},
        "A minibus driver named Otieno Mwai won the race.",
    ),
    (
        "WASHINGTON (AP) — The Senate voted to rename a post office.",
        "WASHINGTON (AP) —",
        {"city": "WASHINGTON", "agency": "AP"},
        "The Senate voted to rename a post office.",
    ),
    (
        "WASHINGTON (AP) – The Senate voted to rename a post office.",
        "WASHINGTON (AP) –",
        {"city": "WASHINGTON", "agency": "AP"},
        "The Senate voted to rename a post office.",
    ),
    (
        "LONDON, Oct 24, 2014 (AFP) - The price of tea fell.",
        "LONDON, Oct 24, 2014 (AFP) -",
        {"city": "LONDON", "agency": "AFP", "month": 10, "day": 24, "year": 2014},
        "The price of tea fell.",
    ),
    (
        "JOHANNESBURG, August 7 (Xinhua) -- Platinum miners at Kwena Deep struck.",
        "JOHANNESBURG, August 7 (Xinhua) --",
        {"city": "JOHANNESBURG", "agency": "Xinhua", "month": 8, "day": 7},
        "Platinum miners at Kwena Deep struck.",
    ),
    (
        "SEOUL Feb 12 Exports of paper lanterns rose.",
        "SEOUL Feb 12",
        {"city": "SEOUL", "month": 2, "day": 12},
        "Exports of paper lanterns rose.",
    ),
    (
        "TUNIS Dozens of beekeepers marched on the ministry.",
        "TUNIS",
        {"city": "TUNIS"},
        "Dozens of beekeepers marched on the ministry.",
    ),
    (
        "FLINT, Mich/WASHINGTON Jan 23 The county named a water monitor.",
        "FLINT, Mich/WASHINGTON Jan 23",
        {"city": "FLINT, Mich/WASHINGTON", "month": 1, "day": 23},
        "The county named a water monitor.",
    ),
    (
        "FLINT, Mich/WASHINGTON Lawmakers asked for a hearing.",
        "FLINT, Mich/WASHINGTON",
        {"city": "FLINT, Mich/WASHINGTON"},
        "Lawmakers asked for a hearing.",
    ),
    (
        "(Reuters) - Shares of Vellmar Freight fell.",
        "(Reuters) -",
        {"agency": "Reuters"},
        "Shares of Vellmar Freight fell.",
    ),
    (
        "Paris (Reuters) - A baker named Lise Morand won a prize.",
        "Paris (Reuters) -",
        {"city": "Paris", "agency": "Reuters"},
        "A baker named Lise Morand won a prize.",
    ),
    (
        "RIO DE JANEIRO, Brazil, Jan 5 (Reuters) - The carnival opened.",
        "RIO DE JANEIRO, Brazil, Jan 5 (Reuters) -",
        {"city": "RIO DE JANEIRO", "country": "Brazil", "agency": "Reuters", "month": 1, "day": 5},
        "The carnival opened.",
    ),
    (
        "SYDNEY, Dec 7 AAP - Surf clubs closed the beaches.",
        "SYDNEY, Dec 7 AAP -",
        {"city": "SYDNEY", "agency": "AAP", "month": 12, "day": 7},
        "Surf clubs closed the beaches.",
    ),
    (
        "BEIRUT/GENEVA (Reuters) - Talks on the canal resumed.",
        "BEIRUT/GENEVA (Reuters) -",
        {"city": "BEIRUT/GENEVA", "agency": "Reuters"},
        "Talks on the canal resumed.",
    ),
    (
        "OSLO, Sept. 3 - The fjord froze.",
        "OSLO, Sept. 3 -",
        {"city": "OSLO", "month": 9, "day": 3},
        "The fjord froze.",
    ),
    (
        "TORONTO, Ont. (CP) - The rink reopened.",
        "TORONTO, Ont. (CP) -",
        {"city": "TORONTO", "region": "Ont.", "agency": "CP"},
        "The rink reopened.",
    ),
    (
        "PORTLAND, Ore., Dec 31 - Rain fell on the parade.",
        "PORTLAND, Ore., Dec 31 -",
        {"city": "PORTLAND", "region": "Ore.", "month": 12, "day": 31},
        "Rain fell on the parade.",
    ),
    (
        "JOHANNESBURG, South Africa The rand fell.",
        "JOHANNESBURG, South Africa",
        {"city": "JOHANNESBURG", "country": "South Africa"},
        "The rand fell.",
    ),
    (
        "PARIS, 10 août (AFP) - Le vin a coulé.",
        "PARIS, 10 août (AFP) -",
        {"city": "PARIS", "agency": "AFP", "month": 8, "day": 10},
        "Le vin a coulé.",
    ),
    (
        # French copy writes the first of the month "1er".
        "Tromvik, 1er mars 2009 (AFP) - Un ferry a sombré.",
        "Tromvik, 1er mars 2009 (AFP) -",
        {"city": "Tromvik", "agency": "AFP", "month": 3, "day": 1, "year": 2009},
        "Un ferry a sombré.",
    ),
    (
        "PARIS, 1er fév (AFP) - Un ferry a sombré.",
        "PARIS, 1er fév (AFP) -",
        {"city": "PARIS", "agency": "AFP", "month": 2, "day": 1},
        "Un ferry a sombré.",
    ),
    (
        "MUNICH BMX maker Velotek is selling bikes.",
        "MUNICH",
        {"city": "MUNICH"},
        "BMX maker Velotek is selling bikes.",
    ),
    (
        # The gazetteer knows LONDON and not "LONDON BP": BP opens the text.
        "LONDON BP Velotek Plc is selling bikes.",
        "LONDON",
        {"city": "LONDON"},
        "BP Velotek Plc is selling bikes.",
    ),
    (
        # It knows neither "KESTERVIK FERRY" nor KESTERVIK: the run is the city.
        "KESTERVIK FERRY Line is selling tickets.",
        "KESTERVIK FERRY",
        {"city": "KESTERVIK FERRY"},
        "Line is selling tickets.",
    ),
    (
        "OSLO - The fjord froze.",
        "OSLO -",
        {"city": "OSLO"},
        "The fjord froze.",
    ),
    (
        "OSLO Feb 12",
        "OSLO Feb 12",
        {"city": "OSLO", "month": 2, "day": 12},
        "",
    ),
    (
        "BERGEN,\tNorway\t(Reuters)\t-\tA ferry sailed.",
        "BERGEN, Norway (Reuters) -",
        {"city": "BERGEN", "country": "Norway", "agency": "Reuters"},
        "A ferry sailed.",
    ),
    (
        "BERGEN,\u00a0Norway (Reuters) - A ferry sailed.",
        "BERGEN, Norway (Reuters) -",
        {"city": "BERGEN", "country": "Norway", "agency": "Reuters"},
        "A ferry sailed.",
    ),
    (
        "BERGEN\u00a0(Reuters) - A ferry sailed.",
        "BERGEN (Reuters) -",
        {"city": "BERGEN", "agency": "Reuters"},
        "A ferry sailed.",
    ),
    (
        "BERGEN (Reuters)\u00a0- A ferry sailed.",
        "BERGEN (Reuters) -",
        {"city": "BERGEN", "agency": "Reuters"},
        "A ferry sailed.",
    ),
    (
        "NEW\u00a0YORK (Reuters) - A ferry sailed.",
        "NEW YORK (Reuters) -",
        {"city": "NEW YORK", "agency": "Reuters"},
        "A ferry sailed.",
    ),
    (
        "BERGEN, March\u00a012 (Reuters) - A ferry sailed.",
        "BERGEN, March 12 (Reuters) -",
        {"city": "BERGEN", "agency": "Reuters", "month": 3, "day": 12},
        "A ferry sailed.",
    ),
    (
        "BERGEN,\u200b March 12 (Reuters) - A ferry sailed.",  # a zero-width space
        "BERGEN,\u200b March 12 (Reuters) -",
        {"city": "BERGEN", "agency": "Reuters", "month": 3, "day": 12},
        "A ferry sailed.",
    ),
    (
        "BERGEN, March\u202f12\u2009(Reuters)\ufeff- A ferry sailed.",  # narrow spaces
        "BERGEN, March 12 (Reuters)\ufeff-",
        {"city": "BERGEN", "agency": "Reuters", "month": 3, "day": 12},
        "A ferry sailed.",
    ),
    (
        "BERGEN, March 12 (Reuters) -A ferry sailed.",  # the dash run on to the text
        "BERGEN, March 12 (Reuters) -",
        {"city": "BERGEN", "agency": "Reuters", "month": 3, "day": 12},
        "A ferry sailed.",
    ),
    (
        "BERGEN (AP) _A ferry sailed.",
        "BERGEN (AP) _",
        {"city": "BERGEN", "agency": "AP"},
        "A ferry sailed.",
    ),
    (
        "BERGEN, June 3rd (Reuters) - A ferry sailed.",  # an ordinal day
        "BERGEN, June 3rd (Reuters) -",
        {"city": "BERGEN", "agency": "Reuters", "month": 6, "day": 3},
        "A ferry sailed.",
    ),
    (
        "BERGEN, 21st June 2010 (AFP) - A ferry sailed.",
        "BERGEN, 21st June 2010 (AFP) -",
        {"city": "BERGEN", "agency": "AFP", "month": 6, "day": 21, "year": 2010},
        "A ferry sailed.",
    ),
    (
        "BERGEN (Reuters)—A ferry sailed.",
        "BERGEN (Reuters)—",
        {"city": "BERGEN", "agency": "Reuters"},
        "A ferry sailed.",
    ),
    (
        "MURMANSK, May 3. /TASS/. A ferry sailed.",  # the tag between slashes
        "MURMANSK, May 3. /TASS/.",
        {"city": "MURMANSK", "agency": "TASS", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "NEW YORK, Feb. 3, 2015 /PRNewswire/ -- Kestrel Corp. sold a ferry.",
        "NEW YORK, Feb. 3, 2015 /PRNewswire/ --",
        {"city": "NEW YORK", "agency": "PRNewswire", "month": 2, "day": 3, "year": 2015},
        "Kestrel Corp. sold a ferry.",
    ),
    (
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Oct. 12, 2016--Kestrel Inc. sold a ferry.",
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Oct. 12, 2016--",
        {
            "city": "SAN JOSE",
            "region": "Calif.",
            "agency": "BUSINESS WIRE",
            "month": 10,
            "day": 12,
            "year": 2016,
        },
        "Kestrel Inc. sold a ferry.",
    ),
    (
        "WINSTON-SALEM, N.C.--(BUSINESS WIRE)--Kestrel Inc. sold a ferry.",
        "WINSTON-SALEM, N.C.--(BUSINESS WIRE)--",
        {"city": "WINSTON-SALEM", "region": "N.C.", "agency": "BUSINESS WIRE"},
        "Kestrel Inc. sold a ferry.",
    ),
    (
        "KOTA BARU, Feb 3 (Warta Kita) -- A ferry sailed.",  # a tag the registry lacks
        "KOTA BARU, Feb 3 (Warta Kita) --",
        {"city": "KOTA BARU", "agency": "Warta Kita", "month": 2, "day": 3},
        "A ferry sailed.",
    ),
    (
        "Kota Baru (WARTA) —A ferry sailed.",
        "Kota Baru (WARTA) —",
        {"city": "Kota Baru", "agency": "WARTA"},
        "A ferry sailed.",
    ),
    (
        "BERGEN, Norway, Tuesday (UPI) -- A ferry sailed.",  # a weekday is no place
        "BERGEN, Norway, Tuesday (UPI) --",
        {"city": "BERGEN", "country": "Norway", "agency": "UPI"},
        "A ferry sailed.",
    ),
    (
        "MURMANSK, May 3 /ITAR-TASS/ - A ferry sailed.",
        "MURMANSK, May 3 /ITAR-TASS/ -",
        {"city": "MURMANSK", "agency": "ITAR-TASS", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "MURMANSK. May 3 (Interfax) - A ferry sailed.",  # a full stop after the city
        "MURMANSK. May 3 (Interfax) -",
        {"city": "MURMANSK", "agency": "Interfax", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "IN THE GULF OF BOTHNIA (AP) _ A ferry sailed.",  # five words
        "IN THE GULF OF BOTHNIA (AP) _",
        {"city": "IN THE GULF OF BOTHNIA", "agency": "AP"},
        "A ferry sailed.",
    ),
    (
        "WASHINGTON D.C. (AP) _ A ferry sailed.",  # a dotted abbreviation before the tag
        "WASHINGTON D.C. (AP) _",
        {"city": "WASHINGTON D.C.", "agency": "AP"},
        "A ferry sailed.",
    ),
    (
        "ST. OLAF (AP) _ A ferry sailed.",  # an abbreviation keeps its dot
        "ST. OLAF (AP) _",
        {"city": "ST. OLAF", "agency": "AP"},
        "A ferry sailed.",
    ),
    (
        "NEW  TROMVIK,\tMay 3 (Reuters) - A ferry sailed.",  # odd spacing inside the city
        "NEW TROMVIK, May 3 (Reuters) -",
        {"city": "NEW TROMVIK", "agency": "Reuters", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "NEW TROMVIK MAY 3 (Reuters) - A ferry sailed.",  # the month is no word of the city
        "NEW TROMVIK MAY 3 (Reuters) -",
        {"city": "NEW TROMVIK", "agency": "Reuters", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "Tromvik May 3, 2015 (AFP) - A ferry sailed.",
        "Tromvik May 3, 2015 (AFP) -",
        {"city": "Tromvik", "agency": "AFP", "month": 5, "day": 3, "year": 2015},
        "A ferry sailed.",
    ),
    (
        "TROMVIK, May 3, 2015, (AFP) - A ferry sailed.",  # a comma before the tag
        "TROMVIK, May 3, 2015, (AFP) -",
        {"city": "TROMVIK", "agency": "AFP", "month": 5, "day": 3, "year": 2015},
        "A ferry sailed.",
    ),
    (
        "TROMVIK Norway, May 3, 2015 (AFP) - A ferry sailed.",  # no comma before the country
        "TROMVIK Norway, May 3, 2015 (AFP) -",
        {
            "city": "TROMVIK",
            "country": "Norway",
            "agency": "AFP",
            "month": 5,
            "day": 3,
            "year": 2015,
        },
        "A ferry sailed.",
    ),
    (
        "NEW TROMVIK Calif. (AP) _ A ferry sailed.",
        "NEW TROMVIK Calif. (AP) _",
        {"city": "NEW TROMVIK", "region": "Calif.", "agency": "AP"},
        "A ferry sailed.",
    ),
    (
        "TROMVIK, Norway (Tuesday) - A ferry sailed.",  # a weekday in parentheses is no agency
        "TROMVIK, Norway (Tuesday) -",
        {"city": "TROMVIK", "country": "Norway"},
        "A ferry sailed.",
    ),
    (
        # A tag the registry does not know, in lower case as German services write it.
        "FRANKFURT (dpa-AFX) - Shares of Kestrel rose.",
        "FRANKFURT (dpa-AFX) -",
        {"city": "FRANKFURT", "agency": "dpa-AFX"},
        "Shares of Kestrel rose.",
    ),
    (
        "Tromvik (epd) - Die Kirche hat beschlossen.",
        "Tromvik (epd) -",
        {"city": "Tromvik", "agency": "epd"},
        "Die Kirche hat beschlossen.",
    ),
    (
        "TROMVIK Mich. May 3 (Reuters) - A ferry sailed.",  # no comma after the state either
        "TROMVIK Mich. May 3 (Reuters) -",
        {"city": "TROMVIK", "region": "Mich.", "agency": "Reuters", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "TROMVIK N.J., May 3 - A ferry sailed.",  # a state in dotted capitals
        "TROMVIK N.J., May 3 -",
        {"city": "TROMVIK", "region": "N.J.", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "Port Tromvik Marshall Islands, May 3 (AFP) - A ferry sailed.",  # mixed case
        "Port Tromvik Marshall Islands, May 3 (AFP) -",
        {
            "city": "Port Tromvik",
            "country": "Marshall Islands",
            "agency": "AFP",
            "month": 5,
            "day": 3,
        },
        "A ferry sailed.",
    ),
    (
        "Port of Spain, May 3 (AFP) - A ferry sailed.",  # a city the gazetteer knows
        "Port of Spain, May 3 (AFP) -",
        {"city": "Port of Spain", "agency": "AFP", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        # A province the region table does not hold, then the country.
        "GOMA, North Kivu, Congo (Reuters) - Rebels advanced.",
        "GOMA, North Kivu, Congo (Reuters) -",
        {"city": "GOMA", "region": "North Kivu", "country": "Congo", "agency": "Reuters"},
        "Rebels advanced.",
    ),
    (
        "Tromvik, Bavaria, Germany, March 3, 2009 (AFP) - A ferry sailed.",
        "Tromvik, Bavaria, Germany, March 3, 2009 (AFP) -",
        {
            "city": "Tromvik",
            "region": "Bavaria",
            "country": "Germany",
            "agency": "AFP",
            "month": 3,
            "day": 3,
            "year": 2009,
        },
        "A ferry sailed.",
    ),
    (
        # Two countries: the first is the country, as before.
        "TROMVIK, Norway, Sweden (AP) - A ferry sailed.",
        "TROMVIK, Norway, Sweden (AP) -",
        {"city": "TROMVIK", "country": "Norway", "agency": "AP"},
        "A ferry sailed.",
    ),
    (
        "New Jersey (AFP) - A ferry sailed.",  # a state's whole name
        "New Jersey (AFP) -",
        {"city": "New Jersey", "agency": "AFP"},
        "A ferry sailed.",
    ),
    (
        "NEW TROMVIK may 3 (Reuters) - A ferry sailed.",  # the month in lower case
        "NEW TROMVIK may 3 (Reuters) -",
        {"city": "NEW TROMVIK", "agency": "Reuters", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "TROMVIK, May 3 -A ferry sailed.",  # a dash run on to the text after a space
        "TROMVIK, May 3 -",
        {"city": "TROMVIK", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "TROMVIK -A ferry sailed.",
        "TROMVIK -",
        {"city": "TROMVIK"},
        "A ferry sailed.",
    ),
    (
        "TROMVIK, May 3 (Warta): A ferry sailed.",  # a colon after the tag
        "TROMVIK, May 3 (Warta):",
        {"city": "TROMVIK", "agency": "Warta", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "TROMVIK, May 3 (Reuters): A ferry sailed.",
        "TROMVIK, May 3 (Reuters):",
        {"city": "TROMVIK", "agency": "Reuters", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        "TROMVIK, 3 May: A ferry sailed.",  # a colon after the date
        "TROMVIK, 3 May:",
        {"city": "TROMVIK", "month": 5, "day": 3},
        "A ferry sailed.",
    ),
    (
        # An unknown city of several words, tagged: the whole run.
        "PORT KESTER, Norway (Reuters) - A ferry sailed.",
        "PORT KESTER, Norway (Reuters) -",
        {"city": "PORT KESTER", "country": "Norway", "agency": "Reuters"},
        "A ferry sailed.",
    ),
    (
        # A town the gazetteer lacks whose first word is a city it knows.
        "ORANGE BEACH, Ala. (AP) _ A ferry sailed.",
        "ORANGE BEACH, Ala. (AP) _",
        {"city": "ORANGE BEACH", "region": "Ala.", "agency": "AP"},
        "A ferry sailed.",
    ),
    (
        # ANI: the country in brackets, a colon after the tag.
        "New Delhi [India], March 3 (ANI): The ferry sailed.",
        "New Delhi [India], March 3 (ANI):",
        {"city": "New Delhi", "country": "India", "agency": "ANI", "month": 3, "day": 3},
        "The ferry sailed.",
    ),
    (
        "Tromvik [Texas] - A ferry sailed.",
        "Tromvik [Texas] -",
        {"city": "Tromvik", "region": "Texas"},
        "A ferry sailed.",
    ),
    (
        # AFP and dpa in French and German: the country in parentheses.
        "Mossoul (Irak) (AFP) - Les ferries ont navigué.",
        "Mossoul (Irak) (AFP) -",
        {"city": "Mossoul", "country": "Irak", "agency": "AFP"},
        "Les ferries ont navigué.",
    ),
    (
        "Kestervik (Norwegen) (dpa) - Eine Fähre ist gesunken.",
        "Kestervik (Norwegen) (dpa) -",
        {"city": "Kestervik", "country": "Norwegen", "agency": "dpa"},
        "Eine Fähre ist gesunken.",
    ),
    (
        "KESTERVIK (Norvège), 3 mars (AFP) - Un ferry s'est échoué.",
        "KESTERVIK (Norvège), 3 mars (AFP) -",
        {"city": "KESTERVIK", "country": "Norvège", "agency": "AFP", "month": 3, "day": 3},
        "Un ferry s'est échoué.",
    ),
]


@pytest.mark.parametrize(("src", "text", "parts", "rest"), FORMS)
def test_dateline_forms(src: str, text: str, parts: dict[str, Any], rest: str) -> None:
    dateline, resume = read(src)
    assert dateline.text == text
    assert " ".join(src[slice(*dateline.span)].split()) == text
    assert fields(dateline) == parts
    assert resume == rest


@pytest.mark.parametrize(
    "src",
    [
        "",
        "   ",
        "Rain fell on Oslo.",
        "The mayor of Tromvik said.",
        "Oslo Snow fell.",  # title case needs a tag or a separator
        "OSLO",  # a bare city with nothing after it
        "OSLO snow fell",  # a bare city must be followed by a sentence
        "12 (Reuters) - x",
        "a (Reuters) x",
        "X - The fjord froze.",  # one letter is no city
        "2014 - The fjord froze.",
        "TROMVIK, 4.3 percent of the vote went to the ferry party.",
        "TROMVIK, 2021-03-04, the ferry sailed.",  # a date in figures needs a tag or a dash
        "TROMVIK: A ferry sailed.",  # a colon after a place alone is the text's
        "Tromvik -A ferry sailed.",  # a run-on dash needs a date or a city in capitals
        "TROMVIK -based ferries sailed.",
        "NOTE: The ferry sailed.",
        "TROMVIK, May 3: the ferry sailed.",  # a colon needs a sentence after it
    ],
)
def test_not_a_dateline(src: str) -> None:
    assert parse_dateline(src, 0, len(src), reference=REF) is None


@pytest.mark.parametrize(
    ("src", "bare", "found"),
    [
        ("TUNIS Dozens of beekeepers marched.", True, True),
        ("TUNIS Dozens of beekeepers marched.", False, False),
        ("SEOUL Feb 12 Exports rose.", False, True),
        ("OSLO - The fjord froze.", False, True),
    ],
)
def test_bare_flag(src: str, bare: bool, found: bool) -> None:
    assert (parse_dateline(src, 0, len(src), bare=bare) is not None) is found


@pytest.mark.parametrize(
    "src",
    [
        "OSLO Norway's ferries sailed.",
        "OSLO Norway, Sweden and Finland signed the ferry pact.",
        "OSLO Norway May 3 ferries sailed.",  # the longer reading fails: the city alone
    ],
)
def test_a_sentence_opening_with_a_country_keeps_it(src: str) -> None:
    dateline, rest = read(src)
    assert (dateline.city, dateline.country) == ("OSLO", None)
    assert rest == src[5:]


@pytest.mark.parametrize(
    ("lead", "city", "rest"),
    [
        # Reuters web pages run the city on to the lead with nothing between.
        # The gazetteer knows the whole run: it is the city, even before a
        # lower-case word.
        ("NEW YORK police said the ferry was found.", "NEW YORK", "police said"),
        # A company in capitals after the city: the longest leading run the
        # gazetteer knows as one place is the city.
        ("ZURICH KESTREL AG said profit rose.", "ZURICH", "KESTREL AG said"),
        ("SAO PAULO NORDVIK SA said profit fell.", "SAO PAULO", "NORDVIK SA said"),
        ("LONDON KFX 100 shares fell.", "LONDON", "KFX 100 shares"),
        ("LONDON NVF, the ferry group, said profit rose.", "LONDON", "NVF, the ferry group"),
        ("VIENNA KESTREL, Europe's biggest ferry line, said.", "VIENNA", "KESTREL, Europe's"),
        # A brand with a lower-case first letter, or a company joined by "&".
        ("SAN FRANCISCO eKest Inc said it would cut jobs.", "SAN FRANCISCO", "eKest Inc"),
        ("SEATTLE eKest Inc said it would cut jobs.", "SEATTLE", "eKest Inc"),
        ("LOS ANGELES iFerry sales rose in March.", "LOS ANGELES", "iFerry sales"),
        ("DALLAS KT&T Inc said it would buy a ferry line.", "DALLAS", "KT&T Inc"),
        ("SAN FRANCISCO KT&E Corp said it would cut power.", "SAN FRANCISCO", "KT&E Corp"),
        # With the date, as the layout wrapped at 64 columns writes it.
        ("SAN FRANCISCO Jan 12 eKest Inc said it would cut jobs.", "SAN FRANCISCO", "eKest"),
        # What the gazetteer does not know stays as before.
        ("KESTERVIK Nordvik Ferries said profit rose.", "KESTERVIK", "Nordvik Ferries"),
        ("KESTERVIK NORDVIK is selling ferries.", "KESTERVIK", "NORDVIK is"),
        ("MUNICH KESTREL is selling bikes.", "MUNICH", "KESTREL is"),
        ("KESTERVIK FERRY Line is selling tickets.", "KESTERVIK FERRY", "Line is"),
    ],
)
def test_city_run_on_to_the_lead(lead: str, city: str, rest: str) -> None:
    doc = wirecopy.parse(f"Ferry news of the day\n\n{lead}\n")
    assert doc.dateline is not None and doc.dateline.city == city
    assert doc.dateline.text == " ".join(lead[: lead.index(rest)].split())
    assert doc.paragraphs[0].text == lead[lead.index(rest) :]


@pytest.mark.parametrize(
    "lead",
    [
        "OSLO snow fell on Tuesday.",  # one word before a lower-case one: no city
        "NEW YORK - the ferry line said on Tuesday.",  # a dash before a lower-case word
        "KESTERVIK HARBOUR, the port, said on Tuesday.",  # the gazetteer knows no word
    ],
)
def test_no_city_run_on_to_the_lead(lead: str) -> None:
    doc = wirecopy.parse(f"Ferry news of the day\n\n{lead}\n")
    assert doc.dateline is None
    assert doc.paragraphs[0].text == lead


def test_spans_are_absolute() -> None:
    src = "Ferry line adds crossing\n\n    BERGEN, Norway, May 4 (Reuters) - A ferry.\n"
    start = src.index("BERGEN")
    end = src.index("\n", start)
    found = parse_dateline(src, start, end, reference=REF)
    assert found is not None
    dateline, resume, _ = found
    assert dateline.span == (start, src.index(" A ferry"))
    assert src[slice(*dateline.span)] == "BERGEN, Norway, May 4 (Reuters) -"
    assert src[resume:end] == "A ferry."


def test_end_bound_is_respected() -> None:
    src = "OSLO (Reuters) - The fjord froze."
    assert parse_dateline(src, 0, 4, reference=REF) is None
    found = parse_dateline(src, 0, 16, reference=REF)
    assert found is not None
    assert found[0].agency == "Reuters"
    assert found[1] == 16


def test_text_collapses_whitespace() -> None:
    dateline, _ = read("NEW YORK,  March 12  (Reuters)  -  Shares rose.")
    assert dateline.text == "NEW YORK, March 12 (Reuters) -"


@pytest.mark.parametrize(
    ("src", "reference", "date", "inferred"),
    [
        # The year nearest the reference date: across the new year both ways.
        ("PORTLAND, Ore., Dec 31 - Rain.", dt.date(2020, 1, 2), dt.date(2019, 12, 31), True),
        ("OSLO, Jan 1 - Snow.", dt.date(2019, 12, 30), dt.date(2020, 1, 1), True),
        ("OSLO, Jan 2 - Snow.", dt.date(2020, 1, 2), dt.date(2020, 1, 2), True),
        ("OSLO, July 1 - Sun.", dt.date(2020, 1, 1), dt.date(2020, 7, 1), True),
        ("OSLO, July 3 - Sun.", dt.date(2020, 1, 1), dt.date(2019, 7, 3), True),
        # February 29: the leap year nearest the reference, or none at all.
        ("OSLO, Feb 29 - Snow.", dt.date(2020, 3, 1), dt.date(2020, 2, 29), True),
        ("OSLO, Feb 29 - Snow.", dt.date(2021, 3, 1), dt.date(2020, 2, 29), True),
        ("OSLO, Feb 29 - Snow.", dt.date(2023, 3, 1), dt.date(2024, 2, 29), True),
        ("OSLO, Feb 29, 2024 - Snow.", dt.date(2022, 6, 1), dt.date(2024, 2, 29), False),
        # A written year wins over the reference.
        ("LONDON, Dec 31, 2014 (AFP) - Tea.", dt.date(2015, 1, 2), dt.date(2014, 12, 31), False),
        ("LONDON, Oct 24, 2014 (AFP) - Tea.", None, dt.date(2014, 10, 24), False),
        # No reference, no year: the month and day stay, the date is unknown.
        ("OSLO, Jan 1 - Snow.", None, None, False),
        # No date written at all.
        ("OSLO (Reuters) - Snow.", dt.date(2020, 1, 2), None, False),
    ],
)
def test_year_resolution(
    src: str, reference: dt.date | None, date: dt.date | None, inferred: bool
) -> None:
    dateline, _ = read(src, reference=reference)
    assert (dateline.date, dateline.year_inferred) == (date, inferred)


def test_feb_29_with_no_leap_year_near_the_reference() -> None:
    src = "OSLO, Feb 29 - Snow."
    found = parse_dateline(src, 0, len(src), reference=dt.date(2022, 6, 1))
    assert found is not None
    dateline, _, diagnostics = found
    assert (dateline.month, dateline.day, dateline.date) == (2, 29, None)
    assert [(d.code, d.severity, d.message) for d in diagnostics] == [
        ("unresolved-date", "warning", "no year within one of 2022 has February 29")
    ]
    assert src[slice(*diagnostics[0].span)] == "Feb 29"


@pytest.mark.parametrize(
    ("src", "start", "message", "span_text"),
    [
        ("OSLO, Feb 30 - Snow fell.", 0, "February 30 is not a date", "Feb 30"),
        ("OSLO, April 31 - Snow fell.", 0, "April 31 is not a date", "April 31"),
        ("OSLO, Feb 29, 2021 - Snow.", 0, "February 29, 2021 is not a date", "Feb 29, 2021"),
        ("OSLO, Jan 0 - Snow fell.", 0, "January 0 is not a date", "Jan 0"),
        ("SEOUL Feb 31 Exports rose.", 0, "February 31 is not a date", "Feb 31"),
        ("Ferry\n\n    OSLO, Feb 30 - Snow.", 11, "February 30 is not a date", "Feb 30"),
    ],
)
def test_impossible_date(src: str, start: int, message: str, span_text: str) -> None:
    found = parse_dateline(src, start, len(src), reference=REF)
    assert found is not None
    dateline, _, diagnostics = found
    assert [(d.code, d.severity, d.message) for d in diagnostics] == [
        ("impossible-date", "error", message)
    ]
    span = diagnostics[0].span
    assert span == (src.index(span_text), src.index(span_text) + len(span_text))
    # The written parts are kept; only the full date is missing.
    assert dateline.date is None
    assert dateline.day is not None


@pytest.mark.parametrize(
    ("tag", "agency"),
    [
        ("Reuters", "Reuters"),
        ("Reuter", "Reuters"),
        ("AP", "AP"),
        ("AFP", "AFP"),
        ("Xinhua", "Xinhua"),
        ("dpa", "dpa"),
        (None, None),
    ],
)
def test_agency_of(tag: str | None, agency: str | None) -> None:
    assert agency_of(Dateline(text="", span=(0, 0), agency=tag)) == agency


@pytest.mark.parametrize("dash", ["—", "–", "‒", "―", "−"])
def test_web_page_dashes_separate_a_dateline(dash: str) -> None:
    doc = wirecopy.parse(f"BERGEN, Norway (AP) {dash} A ferry sailed.\n")
    assert doc.dateline is not None and doc.dateline.text == f"BERGEN, Norway (AP) {dash}"
    assert [p.text for p in doc.paragraphs] == ["A ferry sailed."]
    doc = wirecopy.parse(f"BERGEN {dash} A ferry sailed.\n")  # no tag: the dash marks it
    assert doc.dateline is not None and doc.dateline.city == "BERGEN"


def test_a_dotted_abbreviation_before_the_text_is_no_part_of_the_city() -> None:
    found = parse_dateline("OSLO U.S. officials met.", 0, 24, reference=REF)
    assert found is not None and found[0].city == "OSLO"


@pytest.mark.parametrize(
    ("place", "city", "country"),
    [
        # Lower-case particles between the capitalised words of a place.
        ("Port of Tromvik, Vesland and Oster", "Port of Tromvik", "Vesland and Oster"),
        ("Kestervik, Saint Arden and the Isles", "Kestervik", "Saint Arden and the Isles"),
        ("Dar es Tromvik, Vesland", "Dar es Tromvik", "Vesland"),
        ("Abidjan, Cote d'Ivoire", "Abidjan", "Cote d'Ivoire"),
        # Arabic articles joined by a hyphen.
        ("Sharm el-Sheikh, Egypt", "Sharm el-Sheikh", "Egypt"),
        ("Deir ez-Zor, Syria", "Deir ez-Zor", "Syria"),
    ],
)
def test_places_with_lower_case_particles(place: str, city: str, country: str) -> None:
    dateline, rest = read(f"{place}, Feb 3, 2012 (AFP) - A ferry sailed.")
    assert (dateline.city, dateline.country, dateline.agency) == (city, country, "AFP")
    assert dateline.date == dt.date(2012, 2, 3)
    assert rest == "A ferry sailed."


def test_a_country_with_and_in_its_name_resolves() -> None:
    doc = wirecopy.parse("Sarajevo, Bosnia and Herzegovina, Feb 3, 2012 (AFP) - A tram ran.\n")
    assert doc.dateline is not None and doc.dateline.place is not None
    assert (doc.dateline.place.name, doc.dateline.place.country_code) == ("Sarajevo", "BA")


@pytest.mark.parametrize(
    ("src", "text"),
    [
        # An agency's tag, a day or a ticker in parentheses is no country.
        ("WASHINGTON (AP) (Reuters) - The ferry sailed.", "WASHINGTON (AP)"),
        ("KESTERVIK (Tuesday) (AP) - The ferry sailed.", "KESTERVIK"),
        # Without a tag or a date after it, a parenthesis is a tag or the text's.
        ("TROMVIK (Bernama) - The ferry sailed.", "TROMVIK (Bernama) -"),
        ("KESTERVIK (Norway officials) said the ferry sailed.", "KESTERVIK"),
    ],
)
def test_a_parenthesis_after_the_city_that_holds_no_place(src: str, text: str) -> None:
    dateline, _ = read(src)
    assert dateline.text == text
    assert dateline.country is None


@pytest.mark.parametrize(
    "src",
    [
        "Kestrel Corp (KST), March 3 - Shares rose.",
        "Kestrel (Oslo) said on March 3 it would sail.",
        "Tromvik [Texas] said the ferry sailed.",
    ],
)
def test_an_enclosed_word_opening_the_text_is_no_dateline(src: str) -> None:
    assert parse_dateline(src, 0, len(src), reference=REF) is None
