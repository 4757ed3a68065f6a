"""Claim tracks: group claims about the same measure and scope; ranges, trends, conflicts.

A *track* holds every figure for one thing counted in one place ("North Korean troops" in
"Russia"; "people killed" in "Gaza"), across sources and time. The rule, in short (the full
rule with its reasons is in ``docs/tracks.md``):

1. **Measure key** = population + head class. The head noun is mapped to a class by a
   synonym table (troops = soldiers = personnel = forces = servicemen; killed = dead = deaths
   = death toll = fatalities; wounded = injured; casualties = killed or wounded; missing).
   The population is the nationality/group modifier, normalised to its country
   (North Korean = DPRK = North Koreans). Determiners, numbers and adjectives that don't
   change the population ("additional", "more", "total", ...) are dropped. A bare demonym
   ("11,000 North Koreans") takes the head class the story uses for that population when there
   is exactly one, and a bare head ("3,000 soldiers") the one population its article (else the
   story) counts with that head; generic measures ("people", "times", no measure) are left out of tracks.
2. **Location key**: lower-cased, "the" and administrative suffixes dropped (Kursk = Kursk
   Oblast = Kursk region = Russia's Kursk region); "X's Y", "Y, X" and "Y of X" keep the inner
   place Y; directional areas roll up into the place they qualify ("eastern Russia" -> russia).
   A named region inside a country (Kursk) is its own scope, never rolled up.
3. Per track: claims in date order (as-of date, else the article's date/window), each source's
   latest figure, the low/high over reported figures, the trend, contradictions and the number
   of independent sources (copies and relays collapsed, after Dong, Berti-Equille & Srivastava
   2009, simplified).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from rapidfuzz import fuzz
from unidecode import unidecode

from ..extract.events import date_window, days_between, iso_day, windows_overlap
from ..model import Article, Entity, Evidence, NumericClaim, Place, Relation, Track, stable_id
from ..unionfind import UnionFind
from ..extract.places import (
    DIRECTIONS,
    AliasEntry,
    alias_table,
    capital_of,
    country_by_name,
    country_name,
    lookup_alias,
    lookup_demonym,
    resolve_place,
)
from ..extract.quantities import is_number_word
from ..settings import Settings

log = logging.getLogger(__name__)

# --- measure normalisation -------------------------------------------------------------------

# head word -> head class (plural and singular forms; compared after lower-casing)
_HEADS: dict[str, str] = {
    **dict.fromkeys(
        ["troop", "troops", "soldier", "soldiers", "personnel", "force", "forces", "serviceman", "servicemen",
         "servicemember", "servicemembers", "service members", "military personnel", "fighter", "fighters",
         "combatant", "combatants", "militants", "militant", "mercenaries", "mercenary", "conscripts",
         "conscript", "recruits", "recruit", "reservists", "reservist", "marines", "infantry"],
        "troops",
    ),
    **dict.fromkeys(
        ["killed", "dead", "death", "deaths", "death toll", "toll", "fatalities", "fatality", "lives",
         "bodies", "killings", "people killed", "people dead", "died", "dead bodies"],
        "killed",
    ),
    **dict.fromkeys(["wounded", "injured", "injuries", "injury", "hurt", "people injured", "people wounded"], "wounded"),
    **dict.fromkeys(["casualties", "casualty", "killed or wounded", "killed and wounded", "dead or wounded",
                     "dead and wounded", "killed or injured", "killed and injured"], "casualties"),
    **dict.fromkeys(["missing", "people missing", "unaccounted", "disappeared"], "missing"),
    **dict.fromkeys(["refugees", "refugee", "displaced", "evacuees", "asylum seekers"], "displaced"),
    **dict.fromkeys(["prisoners", "prisoner", "captives", "hostages", "hostage", "pows", "detainees",
                     "captured", "arrested", "arrests"], "captives"),
}
# adjectives/participles that stand for a head class when they follow the noun ("people killed")
_STATE_WORDS = {
    "killed": "killed", "dead": "killed", "died": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
    "missing": "missing", "displaced": "displaced", "captured": "captives", "detained": "captives",
    "arrested": "captives", "evacuated": "displaced", "unaccounted": "missing", "perished": "killed",
    "drowned": "killed", "slain": "killed", "hospitalised": "wounded", "hospitalized": "wounded",
    "homeless": "displaced", "rescued": "rescued",
}
# heads that say nothing on their own about what is counted
_GENERIC = {
    "people", "person", "persons", "individuals", "thing", "things", "time", "times", "one", "ones", "others",
    "number", "numbers", "figure", "figures", "total", "unit", "units", "percent", "per cent", "%", "cases",
    "year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours", "minute", "minutes",
    "second", "seconds", "dollar", "dollars", "usd", "more", "many", "most", "some", "all", "half",
}
# words dropped because they don't change the population
_DROP = {
    "the", "a", "an", "some", "these", "those", "this", "that", "its", "their", "his", "her", "our",
    "additional", "more", "other", "total", "estimated", "overall", "further", "extra", "new", "about",
    "approximately", "around", "roughly", "nearly", "almost", "least", "at", "over", "under", "up", "to", "as",
    "many", "much", "than", "only", "just", "all", "of", "both", "reported", "confirmed", "deployed",
    "sent", "stationed", "now", "currently", "already", "so-called", "another", "such",
}

# Population modifiers (demonym, country, abbreviation) -> population key. Countries come from the
# alias table that ``dossier.extract.places`` owns (``data/entity_aliases.tsv``: names, short forms,
# official names, demonyms and their plurals); the key of a country is its canonical name in
# lower case ("north korea"). Only what that table does not hold is listed here.
_POPULATION_EXTRAS: dict[str, tuple[str, ...]] = {
    # capitals standing for their government ("Pyongyang sent ..."), armed forces
    "north korea": ("pyongyang",),
    "south korea": ("seoul",),
    "russia": ("moscow",),
    "ukraine": ("kyiv", "kiev"),
    "china": ("beijing",),
    "israel": ("idf",),
    "palestinian territories": ("gazan", "gazans"),
    # "Chad" is also a given name, so it is not in the shared alias table
    "chad": ("chad", "chadian", "chadians"),
    # groups that are not countries
    "nato": ("nato", "allied"),
    "un": ("un", "u.n.", "united nations", "peacekeepers"),
    "civilian": ("civilian", "civilians", "non-combatants"),
    "child": ("child", "children", "minors", "kids"),
    "journalist": ("journalist", "journalists", "reporters"),
    "aid worker": ("aid worker", "aid workers", "humanitarian workers"),
    "foreign": ("foreign", "foreigners"),
    "rebel": ("rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas"),
}
# population keys that are groups of people, not places
_GROUP_POPULATIONS = frozenset({"civilian", "child", "journalist", "aid worker", "foreign", "rebel"})
# groups a count of soldiers never belongs to
_UNARMED = frozenset({"civilian", "child", "journalist", "aid worker"})


def _norm_text(text: str) -> str:
    text = unidecode(text).lower()
    text = text.replace("\u2019", "'").replace("'s ", " ").replace("'", "")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s.%-]", " ", text)).strip()


def _country_forms(row: AliasEntry) -> set[str]:
    """The normalised forms that name a country or its people, from its alias-table row."""
    names = [row.canonical, *row.aliases]
    demonyms = [*row.demonyms]
    for d in row.demonyms:
        if not d.isupper():  # "Ukrainians", "Frenchmen"; not "U.S." -> "U.S.s"
            demonyms.append(d + "s")
            if d.endswith("man"):
                demonyms.append(d[:-3] + "men")
    forms: set[str] = set()
    for name in names + demonyms:
        if name.lower().startswith("the "):
            continue  # "the Netherlands" is also listed bare; "the States" alone is too vague
        f = _norm_text(name)
        forms.update({f, f.rstrip("."), f.replace(".", "")} if "." in f else {f})
    for name in names:  # "North Korea's troops"
        if not name.lower().startswith("the "):
            forms.add(_norm_text(name) + "'s")
    return {f for f in forms if f}


def _build_populations() -> dict[str, str]:
    """Population modifier -> population key: the alias table's countries plus the extras above."""
    out: dict[str, str] = {}
    for row in alias_table():
        if row.type != "GPE" or not row.iso2:
            continue
        key = _norm_text(row.canonical)
        for f in sorted(_country_forms(row)):
            out.setdefault(f, key)
    for key, forms in _POPULATION_EXTRAS.items():
        for f in forms:
            out.setdefault(f, key)
    return out


_POPULATIONS: dict[str, str] = _build_populations()
# ISO code -> the key of a country (its alias table's canonical name, as ``_POPULATIONS`` has it)
_COUNTRY_KEYS: dict[str, str] = {
    row.iso2: _norm_text(row.canonical) for row in alias_table() if row.type == "GPE" and row.iso2
}


# participles that count captives after a noun of people ("protesters arrested"), but say that a
# thing was taken after any other noun ("villages captured")
_SEIZED = frozenset({"captured", "seized", "taken", "occupied"})
# plural endings of nouns for people who do something or are something (protesters, residents,
# patients, tourists, evacuees, villagers, civilians): counts of people, whatever the word
_AGENT_PLURAL = re.compile(r"\w{3,}(?:ers|ors|ists|ants|ents|ees|ians|ans)$")
# plurals with those endings that name things, not people
_THING_PLURALS = frozenset(
    "containers computers towers centers centres shelters quarters headquarters orders borders letters "
    "numbers members chambers layers meters metres liters litres barrels dollars documents apartments "
    "incidents elements departments governments settlements payments instruments monuments segments "
    "tents plants restaurants grants assets buildings".split()
)


# nouns of people the endings above miss
_PERSON_NOUNS = frozenset(
    "victims martyrs survivors men women girls boys adults staff crew pilgrims patients".split()
)


def _person_word(word: str) -> bool:
    """True for a word that counts people: a generic people word, a people's name, a head of
    people (troops, refugees ...) or a plural agent noun that names no thing."""
    w = word.strip(".").removesuffix("'s")
    if w in _PEOPLE or w in _POPULATIONS or w in _HEADS or w in _PERSON_NOUNS:
        return True
    return bool(_AGENT_PLURAL.fullmatch(w)) and w not in _THING_PLURALS


def _counts_persons(measure: str | None) -> bool:
    """True for a measure whose counted noun is people ("people sheltering", "protesters
    detained", "patients treated", "residents"), however the rest is worded."""
    words = [w for w in _norm_text(measure or "").split() if w not in _DROP and not is_number_word(w)]
    if words and all(w in _STATE_WORDS for w in words):
        return True  # "evacuated", "hospitalised": the people are understood
    nouns = [w for w in words if not w.endswith(("ed", "ing"))] or words
    return bool(nouns) and _person_word(nouns[0])


@dataclasses.dataclass(frozen=True)
class _Measure:
    population: str | None
    head: str | None  # head class, or None for a bare demonym
    generic: bool


def _parse_measure(measure: str | None) -> _Measure | None:
    """Split a measure phrase into population and head class (None: no measure)."""
    pops: Mapping[str, str] = _POPULATIONS
    if not measure or not measure.strip():
        return None
    text = _norm_text(measure)
    # a proper name before the counted noun that the table lacks names its population
    # ("Karsk soldiers", "Velmar's troops"): kept as written, in lower case
    named = [_norm_text(w).removesuffix("'s") for w in re.findall(r"\b[A-Z][a-z][\w'-]*", measure)]
    # cut "of"-PPs that restate the count ("troops of the 11th corps" keeps troops)
    words = [w.strip(".") for w in text.split() if w.strip(".")]
    words = [w for w in words if w not in _DROP and not is_number_word(w)]
    if not words:
        return None
    population: str | None = None
    head: str | None = None
    generic_head = False
    i = 0
    rest: list[str] = []
    while i < len(words):
        two = " ".join(words[i : i + 2])
        three = " ".join(words[i : i + 3])
        if " " in three and three.count(" ") == 2 and three in _HEADS:
            head, i = _refine(head, _HEADS[three]), i + 3
            continue
        if " " in two and two in pops and population is None:
            population = pops[two]
            i += 2
            continue
        if " " in two and two in _HEADS:
            head, i = _refine(head, _HEADS[two]), i + 2
            continue
        w = words[i]
        if w in _SEIZED and head is None and rest and not _person_word(rest[-1]):
            # "university campuses captured", "villages seized": things taken, never captives
            rest.append(w)
            i += 1
            continue
        if w in _HEADS:
            cls = _HEADS[w]
            # a state word refines a population noun: "soldiers killed" -> killed
            if head is None or (head == "troops" and cls != "troops"):
                head = cls
        elif w in _STATE_WORDS and head is not None:
            head = _STATE_WORDS[w]
        elif w in pops and population is None:
            population = pops[w]
        elif w in _GENERIC:
            generic_head = True
        else:
            rest.append(w)
        i += 1
    if population is None and head is not None:
        for w in rest:
            if w.removesuffix("'s") in named and w.removesuffix("'s") not in pops:
                population = w.removesuffix("'s")
                rest = [r for r in rest if r != w]
                break
    if head is None and rest and words[-1] not in _GENERIC:
        # an unknown counted noun ("settlements", "homes destroyed", "North Korean workers"): the last
        # word that is not a participle is the head
        nouns = [w for w in rest if not w.endswith("ed")] or rest
        head = _singular(nouns[-1])
    if head is None and population is None:
        return _Measure(None, None, True) if generic_head else None
    return _Measure(population, head, False)


# a figure dated this long before the story's first report is background, not the story's count
_BACKGROUND_DAYS = 365
_BACKGROUND_MARK = " @"

# states of a figure in a unit that name what it measures on their own
_SELF_NAMED_STATES = frozenset({"turnout"})

# marks the head of a track of figures in a unit ("turnout|@percentage"): never a head class
_UNIT_MARK = "@"


def _unit_measure_words(measure: str | None) -> str:
    """The words that name what a figure in a unit measures ("" when none says anything).

    "the turnout" -> "turnout"; "FTSE 100 fall" -> "ftse 100 fall"; "the country's GDP growth" ->
    "country gdp growth". Unlike counts, these are keyed on their whole wording (an index's fall
    and another index's fall are two tracks), only articles, qualifiers and plurals set aside.
    """
    if not measure:
        return ""
    kept = []
    for written in measure.split():
        w = _norm_text(written).strip(".,;:()").removesuffix("'s")
        if not w or w in _DROP or w in {"percent", "per", "cent", "%"}:
            continue
        # a plural is set aside, a name's final s is not ("Dow Jones", "Lakers")
        kept.append(w if written[:1].isupper() else _singular(w))
    if not kept or all(w in _GENERIC or _singular(w) in _GENERIC for w in kept):
        return ""
    return " ".join(kept)


def _refine(head: str | None, cls: str) -> str:
    """A later head class refines a population noun ("soldiers killed" -> killed)."""
    if head is None or (head == "troops" and cls != "troops"):
        return cls
    return head


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def head_class(word: str) -> str | None:
    """Return the head class a single word names, from the synonym tables of this module.

    The tables here own the measure synonyms (troops = soldiers = forces = militants ...;
    killed = dead = deaths = toll ...); other modules (``dossier.present.ask``) read them through this.

    Args:
        word: one lower-case word ("soldiers", "hostages", "perished").

    Returns:
        The head class (``"troops"``, ``"killed"``, ``"wounded"``, ``"casualties"``, ``"missing"``,
        ``"displaced"``, ``"captives"``, ``"rescued"``), or None.
    """
    return _HEADS.get(word) or _STATE_WORDS.get(word)


def measure_key(measure: str | None) -> str | None:
    """Return the grouping key of a measure phrase, or None when it is missing or generic.

    Args:
        measure: what is counted, as the claim states it ("North Korean troops").

    Returns:
        ``"<population>|<head class>"`` (e.g. ``"north korea|troops"``; the head may be ``"?"`` for a
        bare demonym such as "North Koreans"), or None.
    """
    parsed = _parse_measure(measure)
    if parsed is None or parsed.generic:
        return None
    return f"{parsed.population or ''}|{parsed.head or '?'}"


# --- location normalisation ------------------------------------------------------------------

_ADMIN_SUFFIX = re.compile(
    r"\b(oblast|region|province|governorate|prefecture|district|county|state|territory|area|krai|kray|"
    r"republic|border region|border area|city|municipality|front|frontline|front line|border|"
    r"refugee camp|camp)$"
)
# the direction words are those of ``dossier.extract.places``; "far"/"extreme"/"the" may come first
_DIRECTION = re.compile(rf"^(?:far |extreme |the )?(?:{DIRECTIONS})\s+")
# words that describe a place and don't name it: "war-stricken Helmand", "worst-hit Ludian",
# "quake-ravaged Kestria", "the volatile Brask province" are Helmand, Ludian, Kestria, Brask
_PLACE_QUALIFIER = re.compile(
    r"^(?:[a-z]+-(?:hit|stricken|ravaged|torn|affected|battered|struck|ridden|wracked|racked|damaged|devastated)"
    r"|volatile|restive|troubled|embattled|remote|neighbouring|neighboring)\s+"
)


def location_key(location: str | None, aliases: dict[str, str] | None = None) -> str:
    """Return the grouping key of a place phrase ("" when there is none).

    Args:
        location: the place a count is about ("Russia's Kursk region", "eastern Russia").
        aliases: optional normalised alias -> canonical key map (from merged place entities).

    Returns:
        A lower-case key: ``"kursk"``, ``"russia"``, or ``""``.
    """
    if not location or not location.strip():
        return ""
    text = unidecode(location).lower().replace("\u2019", "'").strip()
    text = re.sub(r"^(in|into|to|at|inside|across|within|near|on|from)\s+", "", text)
    text = re.sub(r"^the\s+", "", text)
    cased = re.sub(r"^(?:(?:in|into|to|at|inside|across|within|near|on|from|the)\s+)+", "", location.strip(),
                   flags=re.IGNORECASE)
    whole = _whole_country_key(cased, text)
    if whole:
        # "the Democratic Republic of Congo", "DR Congo", "DRC": one country however it is written
        return aliases.get(whole, whole) if aliases else whole
    # "Russia's Kursk region" -> "kursk region"; "the Kursk region of Russia" -> "kursk region";
    # the outer place is kept as a fallback when the inner one is only a direction or a suffix
    outer = ""
    if "'s " in text:
        outer, text = text.split("'s ", 1)
    parts = re.split(r",| of (?=[a-z])", text)
    text = parts[0].strip()
    if not outer and len(parts) > 1:
        outer = parts[1].strip()
    text = re.split(r" (?:on|near|along|with|at|in|from|by|for|inside|close to) ", text)[0]
    text = re.sub(r"^the\s+", "", text)
    for _ in range(3):
        if _is_named_place(text):
            break
        new = _DIRECTION.sub("", _PLACE_QUALIFIER.sub("", text)).strip()
        new = _ADMIN_SUFFIX.sub("", new).strip()
        if not new:
            text = location_key(outer, aliases) if outer else ""
            return text
        if new == text:
            break
        text = new
    text = re.sub(r"[^\w\s-]", "", text).strip()
    text = re.sub(r"\s+", " ", text)
    if aliases and text in aliases:
        return aliases[text]
    if text in _POPULATIONS and _POPULATIONS[text] not in _GROUP_POPULATIONS:
        return _POPULATIONS[text]
    return text


@functools.lru_cache(maxsize=4096)
def _whole_country_key(cased: str, text: str) -> str:
    """The key of the country a whole place phrase names ("democratic republic of congo"), or "".

    Only phrases the place split below would cut ("of", "'s", a comma) or that name a country by
    another of its names: a country's key is its alias table's canonical name.
    """
    if not re.search(r" of |'s |,", text) and text in _POPULATIONS:
        return ""
    place = resolve_place(cased)
    if place is None or place.kind != "country" or not place.country:
        return ""
    return _COUNTRY_KEYS.get(place.country) or _norm_text(country_name(place.country) or "")


def _is_country(key: str) -> bool:
    """True for a location key that names a country (gazetteer of ``dossier.extract.places``) or a population."""
    return key in _POPULATIONS or country_by_name(key) is not None


def _is_named_place(text: str) -> bool:
    """True for a country name that starts with a direction ("North Korea", "South Sudan")."""
    return _is_country(text) or text in {"west bank", "east timor", "east jerusalem", "north caucasus"}


def _place_aliases(entities: Sequence[Entity]) -> dict[str, str]:
    """Map every alias of a merged place entity to the key of its canonical name."""
    out: dict[str, str] = {}
    for e in entities:
        if e.type not in {"GPE", "LOC", "FAC"}:
            continue
        canonical = location_key(e.name)
        if not canonical:
            continue
        for alias in (e.name, *e.aliases):
            k = location_key(alias)
            if k and k != canonical:
                out.setdefault(k, canonical)
    # an organisation is no place ("killed | Monusco" where a mission was named for a place): a
    # count placed at a name the story uses for an organisation has no place of its own
    for e in entities:
        if e.type != "ORG":
            continue
        for alias in (e.name, *e.aliases):
            k = location_key(alias)
            if k and k not in out and not _is_country(k) and resolve_place(alias) is None:
                out[k] = ""
    return out


# --- dates and sources -----------------------------------------------------------------------


def _article_window(article: Article | None) -> tuple[str, str] | None:
    if article is None:
        return None
    p = article.published
    if p.date:
        w = date_window(p.date[:10])
        if w:
            return w
    lo, hi = iso_day(p.earliest), iso_day(p.latest, end=True)
    if lo and hi and lo <= hi:
        return lo, hi
    return None


def claim_window(claim: NumericClaim, article: Article | None) -> tuple[str, str] | None:
    """The date window a figure holds for: its as-of date, else its article's date or window.

    Args:
        claim: the claim.
        article: the article it comes from (None if unknown).

    Returns:
        ``(earliest, latest)`` ISO dates, or None when nothing dates it.
    """
    w = date_window(claim.as_of) if claim.as_of else None
    if w is None and claim.as_of and claim.as_of.startswith("XXXX"):
        art = _article_window(article)
        if art is not None:  # "3 November" in an article of known year
            w = date_window(art[0][:4] + claim.as_of[4:])
    if w is not None and claim.as_of_basis == "published":
        # a figure as of its page's publication, written as the month of an undated page: the
        # page's own window, when narrower, says more ("between 6 and 12 March", not all March)
        art = _article_window(article)
        if art is not None and w[0] <= art[0] and art[1] <= w[1]:
            return art
    return w or _article_window(article)


def _source_key(claim: NumericClaim, article: Article | None) -> str:
    """Who makes the claim: the linked entity, else the name, else the words, else the outlet."""
    s = claim.source
    if s is not None:
        if s.entity:
            return "e:" + s.entity
        if s.name:
            return "n:" + _norm_text(s.name)
        if s.text:
            return "n:" + _norm_text(re.sub(r"^(the|a|an|one|two|three|some)\s+", "", s.text, flags=re.I))
    if article is not None and (article.outlet or article.publisher):
        return "o:" + _norm_text(article.outlet or article.publisher or "")
    return "a:" + claim.article


def _source_label(claim: NumericClaim, article: Article | None) -> str:
    s = claim.source
    if s is not None and (s.name or s.text):
        return s.name or s.text
    if article is not None and (article.outlet or article.publisher):
        return f"{article.outlet or article.publisher} (own reporting)"
    return "unattributed"


_PEOPLE = {"people", "persons", "person", "individuals", "residents", "inhabitants", "others", "more"}
_STATE_AFTER = re.compile(r"[\w'-]+|[.;:!?()\u201c\u201d\"]")


def _is_people(measure: str | None) -> bool:
    """True for a measure that counts people without saying what happened to them."""
    words = [w for w in _norm_text(measure or "").split() if w not in _DROP and not is_number_word(w)]
    return bool(words) and all(w in _PEOPLE or w in _POPULATIONS for w in words)


# claim.state (the claims stage's names) -> head class of this module; "present" says nothing new
_CLAIM_STATES = {
    "killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded", "casualties": "casualties",
    "missing": "missing", "captured": "captives", "detained": "captives", "arrested": "captives",
    "displaced": "displaced", "evacuated": "displaced", "rescued": "rescued",
}
# head class -> the state a track reports (``Track.state``)
_TRACK_STATES = {
    "troops": "present", "killed": "killed", "wounded": "wounded", "casualties": "casualties",
    "missing": "missing", "captives": "captured", "displaced": "displaced", "rescued": "rescued",
}
_STATE_LABEL = {"captives": "captured"}
# a head refined by a state the table above has no class for ("village ~destroyed")
_HEAD_STATE_MARK = "~"


def counts_people(measure_key: str | None) -> bool:
    """Whether a track key counts people by what happened to them (troops present, the dead,
    the wounded, the missing, the displaced ...), not things or sizes ("magnitude", "states").

    Args:
        measure_key: a claim's or track's ``"<population>|<head>"`` key.

    Returns:
        True for the head classes of this module's synonym tables.
    """
    if not measure_key or "|" not in measure_key:
        return False
    return measure_key.split("|", 1)[1] in _TRACK_STATES


def _country_of_population(key: str) -> str | None:
    """The ISO code of the country a population key names ("north korea", "rwandan"), or None."""
    if not key:
        return None
    code = country_by_name(key)
    if code:
        return code
    row = lookup_demonym(key)
    return row.iso2 if row is not None else None


def _track_state(head: str) -> str | None:
    """The state a track reports, from its head class (or the state that refines its head)."""
    if _HEAD_STATE_MARK in head:
        return head.split(_HEAD_STATE_MARK, 1)[1]
    return _TRACK_STATES.get(head)


def _claim_state(claim: NumericClaim, head: str | None) -> str | None:
    """The head class of what happened to the counted, when it changes the measure's head.

    ``claim.state`` wins where the claims stage set it; otherwise a count of troops followed
    by a state word ("50 soldiers were killed") counts that state. None: the head stands.
    """
    if claim.state:
        mapped = _CLAIM_STATES.get(claim.state.lower())
        if mapped is not None and (head is None or head in _TRACK_STATES):
            return mapped
        if claim.state.lower() != "present":
            return None
        # "present" says nothing new: a force counted by the loss its own clause tells ("this
        # war has claimed the lives of 51 French soldiers") is that loss, not the force's size
    if head == "troops":
        found = _state_after(claim, own_only=True) or _state_before(claim)
        if found is not None and found != "troops":
            return found
    return None


# verb forms right before a count that say what happened to it ("killing 14 soldiers")
_STATE_VERBS = {
    **dict.fromkeys(["killed", "killing", "kill", "kills", "slew", "slaying"], "killed"),
    **dict.fromkeys(["wounded", "wounding", "injured", "injuring", "injures", "wounds"], "wounded"),
    **dict.fromkeys(["captured", "capturing", "captures", "seized", "seizing", "abducted", "abducting",
                     "kidnapped", "kidnapping", "detained", "detaining", "arrested", "arresting"], "captives"),
    **dict.fromkeys(["rescued", "rescuing", "rescues"], "rescued"),
    **dict.fromkeys(["evacuated", "evacuating", "displaced", "displacing"], "displaced"),
}


_CLAUSE_JOINS = frozenset({"and", "or", "but", "while", "whereas", "plus"})
# a loss told as lives taken, right before the count ("has claimed the lives of at least 51")
_LIVES_OF = re.compile(
    r"\b(?:claim|claims|claimed|claiming|cost|costs|costing|take|takes|took|taken|taking) the lives of"
    r"(?: (?:at least|more than|over|about|around|nearly|almost|some|an estimated))?\s*$"
)


def _state_before(claim: NumericClaim) -> str | None:
    """The head class read from a verb just before the count ("had killed 60 rebel fighters").

    Only the three words before the count count ("killing at least 14 soldiers").
    """
    if claim.sentence_start is None or not claim.sentence:
        return None
    cut = claim.start - claim.sentence_start
    if not 0 < cut <= len(claim.sentence):
        return None
    if _LIVES_OF.search(unidecode(claim.sentence[:cut]).lower()):
        return "killed"
    words = re.findall(r"[\w'-]+|[.;:,!?]", unidecode(claim.sentence[:cut]).lower())[-4:]
    for w in reversed(words):
        if not re.match(r"\w", w) or w in _CLAUSE_JOINS:
            return None  # "killed 50 and captured 30": the verb belongs to another count
        if w in _STATE_VERBS:
            return _STATE_VERBS[w]
    return None


def _state_after(claim: NumericClaim, *, own_only: bool = False) -> str | None:
    """The head class read from the words right after a count of people in its sentence.

    "At least 12 people were killed and dozens more are missing" -> killed; the first state word
    within eight words counts, stopping at the end of the clause.
    """
    if claim.sentence_start is None or not claim.sentence:
        return None
    cut = claim.end - claim.sentence_start
    if not 0 <= cut <= len(claim.sentence):
        return None
    words = _STATE_AFTER.findall(unidecode(claim.sentence[cut:]).lower())[:8]
    for w in words:
        if not re.match(r"\w", w) or w[0].isdigit() or is_number_word(w):
            break  # the clause ends, or a second figure starts its own
        if own_only and w in ("the", "their", "his", "her", "its"):
            break  # "600 soldiers joined the search for the missing": other people's state, not theirs
        if w in _STATE_WORDS:
            return _STATE_WORDS[w]
        if w in _HEADS and _HEADS[w] != "troops":
            return _HEADS[w]
    # "the number of people killed ... rose to 63", "the death toll climbed to 63"
    start = max(0, claim.start - claim.sentence_start)
    before = unidecode(claim.sentence[:start]).lower()
    m = re.search(r"\b(?:number|count|tally|total) of ((?:[\w-]+ ){1,3})[^.;:]*$", before)
    if m:
        for w in m.group(1).split():
            if w in _STATE_WORDS:
                return _STATE_WORDS[w]
    if re.search(r"\b(?:death|casualty) toll\b[^.;:]*$", before):
        return "killed" if "death" in before else "casualties"
    return None


# the sentence scan leaves out the armed groups that are not states: "Rebels ... killed 14
# soldiers" names the attackers, not the counted
_POP_RE = re.compile(
    r"\b("
    + "|".join(sorted((re.escape(k) for k, v in _POPULATIONS.items() if len(k) > 2 and v != "rebel"), key=len, reverse=True))
    + r")\b"
)


_PLACE_PREPOSITIONS = frozenset("to in into from at across inside within near toward towards".split())
# a word before "of <country>" that makes the country a place ("the east of", "easternmost of", "parts of")
_PART_OF = re.compile(
    rf"^(?:{DIRECTIONS}|\w+most|parts?|areas?|regions?|provinces?|districts?|rest|coast|border|capital|"
    r"cities|towns|villages|much|most|all)$"
)


def _source_population(claim: NumericClaim) -> str | None:
    """The population a source speaks for: a country or people its words name.

    "The Karsk defence ministry" -> karsk (a name the table lacks is taken as written).
    """
    if claim.source is None:
        return None
    for words in (claim.source.name, claim.source.text):
        if not words:
            continue
        m = _POP_RE.search(_norm_text(words))
        if m:
            return _POPULATIONS[m.group(1)]
    for words in (claim.source.text, claim.source.name):
        for word in re.findall(r"[A-Z][\w-]+", words or ""):
            if word.lower() not in _DROP and word.lower() not in _GENERIC and not word.isupper():
                return _norm_text(word)
    return None


_POSSESSIVE = re.compile(r"^\s*(?:of )?(?:its|their)\b")
_POSSESSIVE_MEASURE = re.compile(r"^(?:its|their|own)\b")
# "his army had placed 6,000 soldiers": the source's own forces
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:his|her|its|their)\s+(?:own\s+)?(?:army|forces|military|troops|soldiers|navy)\b(?:\s+\w+){0,3}\s*$"
)


_SENDER = re.compile(
    r"\b([A-Z][a-z][\w-]+)(?:'s)?\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?"
    r"(?:sent|send|sends|deployed|deploy|deploys|moved|massed|stationed|dispatched|placed)\s+"
    r"(?:another\s+|some\s+|about\s+|around\s+|nearly\s+|at\s+least\s+|up\s+to\s+|more\s+than\s+)?$"
)


# "... had suffered more than 3,000 casualties", "lost some 40 soldiers": a verb of loss a few
# words before the count makes its subject the counted
_LOSS_VERB = re.compile(r"\b(?:suffered|suffer|suffers|sustained|sustain|sustains|incurred|lost|loses|lose)\b"
                        r"((?:\s+[\w,-]+){0,3})\s*$")
_LOSS_GAP = frozenset({"only", "more", "than", "over", "about", "around", "some", "nearly", "almost", "at",
                       "least", "up", "to", "roughly", "approximately", "an", "estimated", "another", "a", "further"})


def _sufferer(claim: NumericClaim, before: str) -> str | None:
    """The population that suffered a count of losses, when a verb of loss comes just before it.

    "Varnian troops sent to Ostria had suffered more than 3,000 casualties" -> varnia
    (the group named before the verb, though a place follows it); "Varnia has claimed to have
    suffered only 350 casualties" -> varnia (the source speaks of its own). Only
    for counts of people in a state (the dead, the wounded, casualties, captives, the missing).
    """
    m = _LOSS_VERB.search(before)
    if m is None or any(w.strip(",") not in _LOSS_GAP for w in m.group(1).split()):
        return None
    head = _parse_measure(claim.measure)
    state = _CLAIM_STATES.get((claim.state or "").lower())
    if state not in {"killed", "wounded", "casualties", "captives", "missing"} and not (
            head is not None and head.head in {"killed", "wounded", "casualties", "captives", "missing"}):
        return None
    subject = before[: m.start()]
    # the clause of the verb: back to the last clause mark ("said", "that", a semicolon)
    subject = re.split(r"[;:]|\bthat\b|\bsaid\b|\bsays\b|\bwhile\b|\bwhereas\b|\bbut\b", subject)[-1]
    found = None
    for p in _POP_RE.finditer(_norm_text(subject)):
        preceding = _norm_text(subject)[: p.start()].split()
        if preceding and preceding[-1] in _PLACE_PREPOSITIONS:
            continue  # "deployed to Russia": a place
        found = _POPULATIONS[p.group(1)]
    if found:
        return found
    if not subject.strip() or re.fullmatch(r"\s*(?:it|they|we|has|have|had|claimed|to|\s)*", subject):
        # "Velmar said it suffered 40 casualties", "North Korea has claimed to have suffered"
        return _source_population(claim)
    return None


def _population_from_sentence(claim: NumericClaim) -> str | None:
    """The population a bare count belongs to, read from just before it in its sentence.

    Returns the population key, None when the sentence names none, or "" when another
    counted group acts in the sentence, so that no population may be guessed for it.

    "North Korea moved at least 3,000 soldiers" -> north korea. The nearest population word
    within eight words before the number counts, unless it names another counted group
    ("Ukrainian forces were holding off 50,000 troops": "Ukrainian forces" is a group of its own)
    or lies inside the words naming the source ("South Korean intelligence said 3,000 ...").
    """
    if claim.sentence_start is None or not claim.sentence:
        return None
    cut = claim.start - claim.sentence_start
    if not 0 < cut <= len(claim.sentence):
        return None
    after = unidecode(claim.sentence[claim.end - claim.sentence_start :]).lower()
    before_own = unidecode(claim.sentence[:cut]).lower()
    if (
        _POSSESSIVE.match(after)
        or _POSSESSIVE_MEASURE.search(_norm_text(claim.measure or ""))
        or _POSSESSIVE_BEFORE.search(before_own)
    ):
        # "Velmar said 18 of its own soldiers died": the source's own people
        own = _source_population(claim)
        if own:
            return own
    cased = unidecode(claim.sentence[:cut]).replace("\u2019", "'")
    before = cased.lower()
    sufferer = _sufferer(claim, before)
    if sufferer is not None:
        return sufferer
    words_before = before.split()
    window = " ".join(words_before[-8:])
    # the same window with its capitals (ASCII after unidecode: lower-casing keeps every offset)
    window_cased = " ".join(cased.split()[-8:])
    src = _norm_text(claim.source.text) if claim.source and claim.source.text else ""
    best: str | None = None
    # only the shared table's names here: a place the table lacks may be a town ("SELMO, Lorvia")
    pops: Mapping[str, str] = _POPULATIONS
    place_end: int | None = None
    for m in _POP_RE.finditer(window):
        following = window[m.end() :].split()
        nxt = following[0].strip(".,;:'s") if following else ""
        if nxt in _HEADS and _HEADS[nxt] == "troops":
            best = ""  # another group acts here; don't guess
            continue
        # the words before the match, from before the window too ("... deployed to | Russia had")
        preceding = words_before[:-8][-2:] + window[: m.start()].split()
        if preceding and (preceding[-1] in _PLACE_PREPOSITIONS
                          or (preceding[-1] == "the" and len(preceding) > 1 and preceding[-2] in _PLACE_PREPOSITIONS)):
            place_end = m.end()
            continue  # "moved to Russia", "deployed in the DRC": a place, not the population counted
        if place_end is not None and not window[place_end : m.start()].strip(" (,") and m.group(1) != "":
            continue  # "in the Democratic Republic of Congo (DRC)": the place again
        if len(preceding) > 1 and preceding[-1] == "of" and _PART_OF.match(preceding[-2].strip(",")):
            continue  # "in the east of Indonesia", "parts of Chad": a place too
        if len(preceding) > 1 and preceding[-1] == "of" and preceding[-2] in {"side", "sides", "behalf"}:
            continue  # "soldiers fighting on the side of Russia": an ally, not the people counted
        cased_next = window_cased[m.end() :].split()
        if cased_next and cased_next[0][:1].isupper() and nxt not in _HEADS and nxt not in _POPULATIONS:
            continue  # "the Indian Ocean", "the Korean Peninsula": part of a name, not a people
        if _inside_name(window_cased, m.start(), m.end()):
            continue  # "(Agence France-Presse)", "Radio France": an outlet's or a body's name
        listed = preceding[:-1] if preceding[-1:] == ["the"] else preceding
        if listed and listed[-1] in {"and", "or"}:
            listed = listed[:-1]
        rest = window[m.end() :].replace(",", " , ").split()
        if rest[:1] == [","] or rest[:1] == ["and"] or rest[:1] == ["or"]:
            rest = [w for w in rest[1:] if w not in {",", "and", "or", "the"}]
            starts_list = bool(rest) and rest[0].strip(".;:") in _POPULATIONS
        else:
            starts_list = False
        in_list = bool(listed) and listed[-1].rstrip(",;") in _POPULATIONS
        if (in_list or starts_list) and not lookup_demonym(m.group(1)):
            continue  # "in Germany, Spain and the Netherlands": a list of places, not a people
        if src and m.group(1) in src.split(" ") + [src]:
            continue
        if src and m.group(1) in src:
            continue
        best = pops[m.group(1)]
    if best is None:
        # "Karsk has deployed about 10,000 troops": a name the table lacks, sending its forces
        m2 = _SENDER.search(unidecode(claim.sentence[:cut]))
        if m2 and m2.group(1).lower() not in _DROP:
            best = _norm_text(m2.group(1))
    if best and claim.location and location_key(claim.location) == best:
        return None  # "Russian troops in Russia" is fine, but "Russia" here is only the place
    return best


# capitalised words that may stand right before a people without making it part of a name
_BEFORE_PEOPLE = frozenset(
    "The A An Some More Over About Nearly Almost Around Up At Least Most All Many Few Two Three Four "
    "Five Six Seven Eight Nine Ten Several Dozens Hundreds Thousands Both Other Another Those These "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December But And Yet While When As After Before Since".split()
)


def _inside_name(cased: str, start: int, end: int) -> bool:
    """Whether a people's or country's name at ``cased[start:end]`` is a word inside another
    name: joined by a hyphen to a capitalised word ("France-Presse") or right after a
    capitalised word that is neither a people, a title word nor a date ("Agence France",
    "Radio Free Asia"); "The Russian", "Thursday Russian", "Putin's Russian" stay peoples."""
    if re.match(r"-[A-Z]", cased[end : end + 2]):
        return True
    before = cased[:start].split()
    if not before:
        return False
    prev = before[-1].lstrip("(\"'\u201c")
    if not re.fullmatch(r"[A-Z][a-z]+", prev) or prev in _BEFORE_PEOPLE:
        return False
    return prev.lower() not in _POPULATIONS


_OF_THEM = re.compile(r"^\s*(?:of\s+(?:them|whom|those|these|which)|among\s+them)\b", re.IGNORECASE)


def _of_them(claim: NumericClaim) -> bool:
    """True for a count of a group named before it ("killing four of them")."""
    if claim.sentence_start is None or not claim.sentence:
        return False
    return bool(_OF_THEM.match(claim.sentence[max(0, claim.end - claim.sentence_start):]))


def _named_populations(claim: NumericClaim) -> set[str]:
    """The populations the claim's sentence names anywhere."""
    return {_POPULATIONS[m.group(1)] for m in _POP_RE.finditer(_norm_text(claim.sentence or ""))}


# between a figure and a smaller one it contains: "50,000 troops, including 11,000 ..."
_SUBSET_BETWEEN = re.compile(
    r"^[\w\s'-]{0,60}?[,;:(\u2013\u2014-]?\s*(?:including|among them|among whom|of whom|of which|of them)\b",
    re.IGNORECASE,
)


def _superset_claims(claims: Sequence[NumericClaim], named: set[str]) -> set[str]:
    """Ids of figures followed in their sentence by "including <a figure of a named population>".

    Such a figure counts a larger, mixed group, so it must not borrow that population.
    """
    out: set[str] = set()
    by_sentence: dict[tuple[str, int], list[NumericClaim]] = defaultdict(list)
    for c in claims:
        if c.sentence_start is not None:
            by_sentence[(c.article, c.sentence_start)].append(c)
    for (_, offset), members in by_sentence.items():
        for a in members:
            for b in members:
                if b.id in named and b.start > a.end:
                    if _SUBSET_BETWEEN.search(a.sentence[a.end - offset : b.start - offset]):
                        out.add(a.id)
    return out


def _outlet_key(name: str | None) -> str | None:
    return "o:" + _norm_text(name) if name else None


# government bodies named without their country, and words that mark an official source
_GOVERNMENT_BODIES = {
    "white house": "US", "pentagon": "US", "state department": "US", "kremlin": "RU",
    "downing street": "GB", "elysee": "FR", "blue house": "KR",
}
_OFFICIAL = re.compile(
    r"\b(?:president|prime minister|minister|ministry|secretary|spokes(?:person|man|woman)|officials?|"
    r"government|administration|authorities|intelligence|military|army|armed forces|defen[cs]e|"
    r"agency|department|white house|pentagon|kremlin|embassy|ambassador|envoy|director|adviser|"
    r"advisor|coordinator|general|command|police|governor|mayor|cabinet|chancellor|premier|"
    r"lawmakers?|legislators?|mps?|parliamentarians?|spy|authority|cent(?:re|er)|council|commission|"
    r"bureau|directorate|forces|troops|soldiers|navy)\b"
)
# "Seoul's spy agency", "Kyiv's defence ministry": a capital's name before an official word
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,2}?(?=\S)")


def _affiliation(
    claim: NumericClaim,
    entities: dict[str, Entity],
    places: frozenset[str] = frozenset(),
    place_country: Mapping[str, str] | None = None,
) -> str | None:
    """The state an official source speaks for (ISO2), or None for anyone else.

    Read from the source's words and name and the linked entity's roles: a demonym or country
    name together with an official word ("South Korean intelligence", "Ukrainian President",
    "spokesperson for the U.S. State Department"), a country acting ("the US"), or a government
    body named alone ("White House").
    """
    s = claim.source
    if s is None:
        return None
    ent = entities.get(s.entity) if s.entity else None
    if ent is not None and ent.type == "GPE" and ent.place is not None and ent.place.country \
            and not _OFFICIAL.fullmatch(ent.name.lower()):
        # a country acting ("China said"), or a town or province reporting its own toll ("hard-hit
        # Minxian reported 53 deaths"): its authorities, officials of the state it lies in
        return ent.place.country
    texts = [t for t in (s.text, s.name) if t]
    if ent is not None:
        texts.extend(ent.roles)
    for text in texts:
        low = unidecode(text).lower()
        for body, iso in _GOVERNMENT_BODIES.items():
            if body in low:
                return iso
        if not (_OFFICIAL.search(low) or _STATE_MEDIA.search(low)):
            continue
        words = re.findall(r"[a-z][a-z.'-]*", low)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i : i + n])
                row = lookup_demonym(gram) or lookup_alias(gram)
                if row is not None and row.iso2:
                    return row.iso2
        off = _OFFICIAL.search(low) or _STATE_MEDIA.search(low)
        head = unidecode(text)[: off.start()] if off is not None else ""
        for name, iso in (place_country or {}).items():
            # a body named after a town or province of a state ("the Sikkim State Disaster
            # Management Authority", "Gansu provincial government"), not an international one
            # working there ("the UN office in Kabul": the place comes after the official word)
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", head) and not re.search(
                    r"\b[A-Z]{2,}\b", head.replace(name, "")):
                return iso
        for cap in _CAPITAL_BEFORE.finditer(unidecode(text)):
            rest = unidecode(text)[cap.end():].lower()
            if _OFFICIAL.match(rest) or _OFFICIAL.match(rest.split(" ", 1)[-1]):
                capital = capital_of(resolve_place(cap.group(1)))
                if capital:
                    return capital  # the capital stands for its government
    if ent is None and s.text and not _OFFICIAL.search(s.text.lower()):
        row = lookup_alias(s.text)
        if row is not None and row.iso2 and row.type == "GPE":
            return row.iso2  # "the US said ..."
    for text in texts:
        # a state the table lacks, named by its adjective or its name right before an official
        # word ("the Varnian defence ministry", "a Varnian spokesman", "Karsk's defence ministry"):
        # keyed by that word
        off = _OFFICIAL.search(unidecode(text).lower())
        if off is None:
            continue
        m = _STATE_ADJECTIVE.search(text)
        if m and m.group(1) not in _TITLE_WORDS and m.group(1) in places:
            return "x:" + _state_stem(m.group(1))
        # a one-word name, not the last word of a longer one ("National Disaster Agency", "Red Cross")
        before = re.search(r"(?:^|[^\w\s]\s*|(?:^|\s)(?:[a-z][\w-]*|The|A|An)\s+)([A-Z][a-z]{2,})(?:'s|\u2019s)?(?:\s+[a-z][\w-]*){0,2}\s*$", text[: off.start()])
        if before and before.group(1) not in _TITLE_WORDS and before.group(1) in places:
            # a town's or province's government speaks for the state it lies in ("the Dingxi
            # municipal government"); a place the gazetteer lacks stands for itself
            return (place_country or {}).get(before.group(1)) or "x:" + before.group(1)
    return None


def _place_words(entities: Mapping[str, Entity]) -> frozenset[str]:
    """One-word names of the story's places and peoples (GPE, NORP, LOC entities and aliases):
    only these can name a state the alias table lacks ("Karsk", "Varnian"), never "Disaster"."""
    out: set[str] = set()
    for e in entities.values():
        if e.type in {"GPE", "NORP", "LOC"}:
            for name in (e.name, *e.aliases):
                for w in re.findall(r"[A-Z][a-z]{2,}", name):
                    out.add(w)
    return frozenset(out)


def _place_countries(entities: Mapping[str, Entity]) -> dict[str, str]:
    """One-word names of the story's towns and regions -> the country they lie in (from the
    gazetteer's place of each GPE/LOC entity): "Dingxi" -> "CN"."""
    out: dict[str, str] = {}
    for e in entities.values():
        if e.type in {"GPE", "LOC"} and e.place is not None and e.place.country and e.place.kind != "country":
            for name in (e.name, *e.aliases):
                if re.fullmatch(r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}", name):
                    out.setdefault(name, e.place.country)
    return out


# what marks a claimant as speaking for some government without naming it: state media
_STATE_MEDIA = re.compile(r"\b(?:state[- ](?:run|owned|media|television|tv|broadcaster|news)|"
                          r"(?:official|national) news agency)\b")


def _generic_official(
    claim: NumericClaim,
    entities: Mapping[str, Entity],
    place_country: Mapping[str, str] | None = None,
    home: str | None = None,
) -> bool:
    """Whether a claimant is an official who names no state or body of its own: "local
    authorities", "the provincial government", "military officials", "state media", a person
    whose roles are "Defence Minister" or "army spokesperson Colonel". Such a claimant speaks for
    the government of the place or people the figures are about; "UN officials", "a NATO
    spokesman", "Red Cross officials" name a body of their own and are left alone (a town or
    province of the ``home`` state may be named: "the Dingxi government")."""
    s = claim.source
    if s is None:
        return False
    if re.search(r"\b(?:official|state[- ]run|state[- ]owned|state)\s+(?:[a-z]+\s+){0,2}[A-Z]", s.text or ""):
        return True  # "the official Xinhua News Agency", "state broadcaster CCTV": a state's own outlet
    ent = entities.get(s.entity) if s.entity else None
    own: set[str] = set()
    if ent is not None and ent.type != "PERSON":
        texts = [s.text or "", ent.name]
    elif ent is not None:
        texts = list(ent.roles) or [s.text or ""]
        own = {w for name in (ent.name, *ent.aliases) for w in name.split()}
    else:
        texts = [s.text or s.name or ""]
    seen = False
    for text in texts:
        plain = unidecode(text)
        low = plain.lower()
        if not (_OFFICIAL.search(low) or _STATE_MEDIA.search(low)):
            continue  # "Senator": a role that says nothing of whom he speaks for
        seen = True
        for word in re.findall(r"[A-Z][\w.'-]*", plain):
            bare = word.rstrip(".'").removesuffix("'s")
            if bare in own or bare in _TITLE_WORDS or bare in _RANKS or _OFFICIAL.fullmatch(bare.lower()) \
                    or _STATE_MEDIA.search(bare.lower()):
                continue
            if bare.lower() in {"local", "provincial", "municipal", "county", "city", "district", "senior", "top"} \
                    or bare in _AGENCY_WORDS:
                continue
            if home is not None and (place_country or {}).get(bare) == home:
                continue
            return False  # a name of its own: a body, a person's organisation, a place abroad
    return seen


# the common words of a government body's name ("State Disaster Management Authority",
# "Civil Affairs Department"): a body named only by them is a government's, not a charity's
_AGENCY_WORDS = frozenset(
    "Disaster Management Emergency Response Relief Rescue Affairs Home Public Safety Operations Information "
    "Meteorological Meteorology Statistics Statistical Seismological Earthquake Geological Survey Civil Social "
    "Welfare Development Planning Interior Internal Transport Water Resources Irrigation Mitigation Reduction "
    "Risk Coordination Coordinating Situation Control Crisis Headquarters Unit Division Services".split()
)


# military ranks and titles before a name ("army spokesperson Colonel Ronald ...")
_RANKS = frozenset(
    "Colonel Col Lieutenant Lt Major Maj General Gen Brigadier Brig Captain Capt Commander Cmdr Admiral "
    "Sergeant Sgt Corporal Cpl Private Pte Marshal Air Chief Mr Mrs Ms Dr Spokesman Spokesperson".split()
)


def _unnamed(claim: NumericClaim, entities: Mapping[str, Entity]) -> bool:
    """A figure given without a source or by officials who name no body of their own."""
    return claim.source is None or _generic_official(claim, entities)


def _majority(found: Counter[str]) -> str | None:
    if not found:
        return None
    best, n = found.most_common(1)[0]
    return best if n * 2 > sum(found.values()) else None


def home_country(
    mkey: str,
    claims: Sequence[NumericClaim],
    *,
    inherited: Mapping[str, str | None] | None = None,
    entities: Mapping[str, Entity] | None = None,
    story_home: str | None = None,
) -> str | None:
    """The state whose information a track's unnamed officials and unattributed figures come
    from: the country of the people counted when the track counts a nation's people or forces
    ("canada|killed" -> "CA"); else the country most of its figures are placed in, by the place
    their sentence or their article gives (a quake's toll in a Chinese province -> "CN"); else
    the one state its named officials speak for; else ``story_home``, the country most of the
    story's places lie in. None when none is known."""
    population = mkey.split("|", 1)[0]
    iso = _country_of_population(population) if population else None
    if iso:
        return iso
    found: Counter[str] = Counter()
    for c in claims:
        written = c.location or (inherited or {}).get(c.id)
        place = resolve_place(written) if written else None
        if place is not None and place.country:
            found[place.country] += 1
    if (best := _majority(found)) is not None:
        return best
    if entities is not None:
        places = _place_words(entities)
        place_country = _place_countries(entities)
        named = {a for c in claims if (a := _affiliation(c, dict(entities), places, place_country))}
        if len(named) == 1:
            return next(iter(named))
    return story_home


def story_country(articles: Sequence[Article], entities: Iterable[Entity]) -> str | None:
    """The country most of a story's place mentions lie in (towns, regions and countries the
    gazetteer knows), when more than half do; None otherwise."""
    ids = {a.id for a in articles}
    found: Counter[str] = Counter()
    for e in entities:
        if e.type in {"GPE", "LOC"} and e.place is not None and e.place.country:
            n = sum(1 for m in e.mentions if m.article in ids)
            if n:
                found[e.place.country] += n
    return _majority(found)


def _state_stem(adjective: str) -> str:
    """The state a nationality adjective names, as well as spelling allows: "Varnian" -> "Varnia"."""
    if adjective.endswith("ian"):
        return adjective[:-1]
    return adjective


# capitalised words before an official word that name no state
_TITLE_WORDS = frozenset(
    "The A An Deputy Senior Chief Acting Former National Federal State Regional Local Provincial "
    "Interior Foreign Defence Defense Health Justice Finance Military Army Police Security Emergency "
    "Civil Border Christian Muslim Catholic European International Republican American".split()
)


# an adjective of nationality: a capitalised word ending as demonyms do (-ian, -an, -ese, -ish, -i)
_STATE_ADJECTIVE = re.compile(r"\b([A-Z][a-z]{2,}(?:ian|an|ese|ish|i))\b")


def independent_groups(
    claims: Sequence[NumericClaim],
    *,
    articles: dict[str, Article],
    relations: Sequence[Relation],
    entities: dict[str, Entity] | None = None,
    by_state: bool = False,
    home: str | None = None,
) -> dict[str, str]:
    """Group claims whose claimants are not independent; return claim id -> group id.

    A simplified version of copy detection in truth discovery (Dong, Berti-Equille & Srivastava
    2009): claimants are merged when (1) they are the same person/body (entity, name or words),
    (2) the claims come from articles that are copies of each other (``syndicated``,
    ``near_duplicate``) and state the same figure, (3) one article ``cites`` another and states the
    same figure without a source of its own or from the cited outlet, (4) a claim is relayed
    (``via``) through the claimant of another claim with the same figure, or (5) two claimants
    state the same figure with the same qualifier in near-identical sentences (fuzzy ratio >= 90):
    shared wording is the copying signal Dong et al. rely on; (6) with ``by_state``, officials
    and bodies of one state (its president, ministries, intelligence service, spokespeople)
    count as one source, because their figures come from one government's information.
    Contradictions are looked for between claimant groups (without step 6): two officials of
    one government who give incompatible figures still contradict each other. Also with
    ``by_state``: (7) the track's figures that name no claimant count as one source, and (8)
    with ``home`` (``home_country``) they and the officials who name no state of their own
    ("local authorities", "state media") count with that state's officials: a figure without
    a source is not independent evidence, and a nation's losses or a country's toll come from
    its government unless another claimant is named.

    Args:
        claims: the claims of one track.
        articles: article id -> article.
        relations: relations between articles.

    Returns:
        claim id -> a representative claimant key (equal keys = one independent source).
    """
    uf: UnionFind[str] = UnionFind()
    key_of = {c.id: _source_key(c, articles.get(c.article)) for c in claims}
    for k in key_of.values():
        uf.find(k)
    # one claimant named two ways: "South Korean intelligence" / "South Korean intelligence agency"
    # ... or two entities so named ("National Intelligence Service" / "Seoul's National
    # Intelligence Service"), when the entities are known
    named_as = {k: k[2:] for k in key_of.values() if k.startswith("n:")}
    for k in key_of.values():
        ent = (entities or {}).get(k[2:]) if k.startswith("e:") else None
        if ent is not None and ent.type in {"ORG", "GPE", "NORP"}:
            named_as[k] = _norm_text(ent.name)
    names = sorted(named_as)
    for i, name_x in enumerate(names):
        wx = set(named_as[name_x].split())
        for name_y in names[i + 1 :]:
            wy = set(named_as[name_y].split())
            small, large = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
            if len(small) >= 2 and small <= large:
                uf.union(name_x, name_y)
    states: set[str] = set()
    places = _place_words(entities or {}) if by_state else frozenset()
    place_country = _place_countries(entities or {}) if by_state else {}
    for c in claims if by_state else ():
        iso = _affiliation(c, entities or {}, places, place_country)
        if iso:
            uf.union(key_of[c.id], "g:" + iso)
            states.add(iso)
        elif c.source is None:
            uf.union(key_of[c.id], "u:" if home is None else "g:" + home)
        elif home is not None and _generic_official(c, entities or {}, place_country, home):
            uf.union(key_of[c.id], "g:" + home)
    bare_keys: dict[str, str] = {}
    for c in claims if by_state else ():
        bare = re.sub(r"^(?:the)\s+", "", (c.source.text or c.source.name or "") if c.source else "").strip()
        for name in {bare, (c.source.name or "").strip()} if c.source else ():
            if re.fullmatch(r"[A-Z][a-z]{2,}", name):
                bare_keys.setdefault(name, key_of[c.id])
        # "Karsk said ..." speaks for the Karsk whose ministry speaks in the same track
        if bare and "x:" + bare in states:
            uf.union(key_of[c.id], "g:x:" + bare)
    for c in claims if by_state and bare_keys else ():
        # "the Karsk defence ministry" / "Karsk's army" speak for "Karsk", a claimant of the same track
        for words in (c.source.text, c.source.name) if c.source else ():
            m = re.match(r"^(?:the\s+)?([A-Z][a-z]{2,})(?:'s|\u2019s)?\s+(.+)$", words or "")
            if m and m.group(1) in bare_keys and _OFFICIAL.search(unidecode(m.group(2)).lower()):
                uf.union(key_of[c.id], bare_keys[m.group(1)])
                break
    linked: set[tuple[str, str]] = set()
    cites: set[tuple[str, str]] = set()
    for r in relations:
        if r.to is None:
            continue
        if r.kind in {"syndicated", "near_duplicate"}:
            linked.add((r.from_, r.to))
            linked.add((r.to, r.from_))
        elif r.kind == "cites":
            cites.add((r.from_, r.to))
    same_value: dict[float, list[NumericClaim]] = defaultdict(list)
    for c in claims:
        if c.value is not None:
            same_value[c.value].append(c)
    pairs = ((a, b) for group in same_value.values() for a in group for b in group if a.id < b.id)
    for a, b in pairs:
        ka, kb = key_of[a.id], key_of[b.id]
        pair = (a.article, b.article)
        if pair in linked:
            uf.union(ka, kb)
            continue
        for x, y in ((a, b), (b, a)):
            if (x.article, y.article) in cites:
                art_y = articles.get(y.article)
                cited = _outlet_key(art_y.outlet or art_y.publisher) if art_y else None
                own = {_norm_text(t) for t in ((x.source.name, x.source.text) if x.source else ()) if t}
                own = {re.sub(r"^the ", "", t) for t in own}
                if x.source is None or (cited and cited[2:] in own) or key_of[x.id] == key_of[y.id]:
                    uf.union(key_of[x.id], key_of[y.id])
            via_keys = {"n:" + _norm_text(v.name or v.text) for v in x.via} | {
                "e:" + v.entity for v in x.via if v.entity
            }
            if key_of[y.id] in via_keys:
                uf.union(key_of[x.id], key_of[y.id])
        if (
            a.article != b.article
            and a.qualifier == b.qualifier
            and fuzz.ratio(a.sentence, b.sentence) >= 90
        ):
            uf.union(ka, kb)
    return {cid: uf.find(k) for cid, k in key_of.items()}


def claim_parties(
    claims: Sequence[NumericClaim],
    origins: Mapping[str, str],
    *,
    articles: Mapping[str, Article],
    entities: Mapping[str, Entity],
) -> dict[str, str]:
    """Name the party each claim speaks for: one name per group of dependent claimants.

    People and bodies roll up to the party they speak for: a director of an agency, the agency
    and its government's spokespeople are one party, named after the state (``"United States"``,
    ``"South Korea"``); a claimant that speaks for no state (a charity, an outlet's own reporting)
    is its own party, named by its most frequent name.

    Args:
        claims: the claims of one track.
        origins: claim id -> origin group, from ``independent_groups(..., by_state=True)``.
        articles: article id -> article (outlets name unattributed figures).
        entities: entity id -> entity (roles tell whom a person speaks for).

    Returns:
        claim id -> party name.
    """
    states: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    places = _place_words(entities)
    place_country = _place_countries(entities)
    for c in claims:
        group = origins.get(c.id, c.id)
        iso = _affiliation(c, dict(entities), places, place_country)
        if iso:
            states[group][iso] += 1
        labels[group][_source_label(c, articles.get(c.article))] += 1
    names: dict[str, str] = {}
    for group, counts in labels.items():
        if states.get(group):
            iso = states[group].most_common(1)[0][0]
            names[group] = iso[2:] if iso.startswith("x:") else country_name(iso) or iso
        else:
            best = max(counts.values())
            names[group] = min((n for n, k in counts.items() if k == best), key=lambda n: (-len(n.split()), n))
            # a body and the one-word name it belongs to ("Karsk defence ministry", "Karsk"): the name
            for n in counts:
                if re.fullmatch(r"[A-Z][a-z]{2,}", n) and any(o != n and re.match(rf"(?:the )?{n}\b", o) for o in counts):
                    names[group] = n
                    break
    return {c.id: names[origins.get(c.id, c.id)] for c in claims}


# words that state a disagreement about a figure, in the sentence that gives it: a comparison
# with other estimates ("higher than US and UK assessments"), a dispute, a denial, a discrepancy
_DISPUTE = re.compile(
    r"\b(?:"
    r"(?:higher|lower|greater|larger|smaller|fewer|less|more|above|below)\s+than\s+"
    r"(?:(?!\d)[\w.\u2019'-]+\s+){0,5}?"
    r"(?:estimates?|assessments?|figures?|counts?|tall(?:y|ies)|tolls?|numbers?|claims?|projections?|reports?)"
    r"|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)|contradict(?:s|ed|ing|ory)?|refut(?:e|es|ed|ing)"
    r"|rebut(?:s|ted|ting)?|den(?:y|ies|ied|ying)|denials?|reject(?:s|ed)|dismiss(?:es|ed)"
    r"|at\s+odds\s+with|inconsistent\s+with|discrepanc(?:y|ies)|disagree(?:s|d|ment)?"
    r"|conflicting\s+(?:figures|estimates|reports|accounts|numbers|tallies|claims|assessments)"
    r"|exaggerat(?:ed|es|ing|ion)|overstat(?:ed|es|ing)|understat(?:ed|es|ing)|inflated|differs?\s+from"
    r")\b",
    re.IGNORECASE,
)


def stated_disputes(claims: Sequence[NumericClaim]) -> tuple[Evidence, ...]:
    """Sentences holding a figure of the track that say the figures disagree.

    "a figure higher than US and UK assessments", "the ministry disputed the toll", "Moscow denied
    the figure": an article that states a disagreement is evidence of one, whether or not the
    other side's figure was extracted. A figure whose modality is ``denied`` is evidence too.

    Args:
        claims: the claims of one track.

    Returns:
        One ``Evidence`` per sentence (start/end: the words that state the disagreement, or the
        figure for a denial), in claim order.
    """
    out: list[Evidence] = []
    seen: set[tuple[str, int]] = set()
    for c in claims:
        sentence = c.sentence or ""
        base = c.sentence_start
        key = (c.article, base if base is not None else c.start)
        if key in seen:
            continue
        m = _DISPUTE.search(sentence) if base is not None else None
        if m is not None and base is not None:
            seen.add(key)
            out.append(Evidence(article=c.article, start=base + m.start(), end=base + m.end(), sentence=sentence))
        elif c.modality == "denied":
            seen.add(key)
            out.append(Evidence(article=c.article, start=c.start, end=c.end, sentence=sentence))
    return tuple(out)


def _open_window(article: Article | None, horizon: tuple[str, str] | None) -> tuple[str, str] | None:
    """An article's publication window where only one end is known, closed by the track's horizon.

    "Published on or after 1 October" in a track whose dated figures end on 13 November reads as
    1 October - 13 November: the article can't be placed more precisely, and the reader sees it
    beside everything in that span.
    """
    if article is None or horizon is None:
        return None
    p = article.published
    lo, hi = iso_day(p.earliest), iso_day(p.latest, end=True)
    if lo and not hi:
        return lo, max(lo, horizon[1])
    if hi and not lo:
        return min(hi, horizon[0]), hi
    return None


# --- per-track analysis ------------------------------------------------------------------

_NOT_REPORTS = {"projected", "expected", "denied"}
# counts that only grow over time (a death toll never falls; the missing and troops may)
_CUMULATIVE = {"killed", "wounded", "casualties"}
_LOWER_BOUND = {"at_least", "over"}
_UPPER_BOUND = {"up_to", "at_most", "under", "nearly"}
# relative tolerance around a figure: exact figures are rounded in the news; "about" is loose
_TOLERANCE = {"exact": 0.05, "about": 0.15, "range": 0.05}


def _interval(c: NumericClaim) -> tuple[float, float] | None:
    """The set of true values a claim allows, qualifiers and rounding respected."""
    if c.qualifier == "range" and c.low is not None and c.high is not None:
        lo, hi = c.low, c.high
    elif c.value is None:
        if c.low is not None or c.high is not None:
            lo = c.low if c.low is not None else float("-inf")
            hi = c.high if c.high is not None else float("inf")
            return lo, hi
        return None
    else:
        lo = hi = c.value
    if c.qualifier in _LOWER_BOUND:
        return lo, float("inf")
    if c.qualifier in _UPPER_BOUND:
        # "up to 8,000" allows fewer; "nearly 50,000" is a bit under but not far
        return (0.8 * hi if c.qualifier == "nearly" else float("-inf")), hi
    tol = _TOLERANCE.get(c.qualifier, 0.05)
    return lo * (1 - tol), hi * (1 + tol)


def _point(c: NumericClaim) -> float | None:
    if c.value is not None:
        return c.value
    if c.low is not None and c.high is not None:
        return (c.low + c.high) / 2
    return c.low if c.low is not None else c.high


def _compatible(a: NumericClaim, b: NumericClaim) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _narrow(window: tuple[str, str] | None) -> bool:
    """True for a window of at most a week (a date, a weekday, "last week")."""
    return window is not None and days_between(window[0], window[1]) <= 7


def _falls_back(earlier: NumericClaim, later: NumericClaim) -> bool:
    """True when the later figure is below what the earlier one allows (a drop, not growth)."""
    ia, ib = _interval(earlier), _interval(later)
    return ia is not None and ib is not None and ib[1] < ia[0]


def _trend(points: list[tuple[tuple[str, str], float]]) -> str | None:
    """rising / falling / stable / mixed over the reported figures in date order (None: < 2 dates)."""
    by_date: dict[tuple[str, str], list[float]] = defaultdict(list)
    for w, v in points:
        by_date[w].append(v)
    if len(by_date) < 2:
        return None
    series = [sorted(vs)[len(vs) // 2] for _, vs in sorted(by_date.items())]
    ups = downs = 0
    for x, y in zip(series, series[1:]):
        if y > x * 1.05:
            ups += 1
        elif y < x * 0.95:
            downs += 1
    if ups and downs:
        return "mixed"
    if ups:
        return "rising"
    if downs:
        return "falling"
    return "stable"


def _sort_key(c: NumericClaim, window: tuple[str, str] | None) -> tuple[str, str, str, int, str]:
    """Date order: by the middle of the claim's window (a wide article window sits mid-way), undated last."""
    if window is None:
        return ("9999", "9999", c.article, c.start, c.id)
    mid = (dt.date.fromisoformat(window[0]) + dt.timedelta(days=days_between(window[0], window[1]) // 2)).isoformat()
    return (mid, window[0], c.article, c.start, c.id)


def build_tracks(
    claims: Sequence[NumericClaim],
    *,
    articles: Sequence[Article],
    relations: Sequence[Relation],
    entities: Sequence[Entity],
    settings: Settings,
    story: str | None = None,
) -> tuple[tuple[NumericClaim, ...], tuple[Track, ...]]:
    """Group claims into tracks; return the claims (with ``track`` set) and the tracks.

    A track holds one kind of thing: its key is the population, the head class (what is
    counted and what happened to it: troops present, killed, wounded, killed-or-wounded,
    missing, captured, displaced ...) and the place. The pipeline calls this once per story,
    so that no track spans two stories.

    Args:
        claims: every numeric claim of the story (sources linked to entities).
        articles: the story's articles (for dates and outlets).
        relations: copies, wire stories and citations between articles.
        entities: merged entities (place aliases help normalise locations).
        settings: build settings (``conflict_window_days``: the contradiction window).
        story: the story these claims belong to (part of the track ids; set on tracks and claims).

    Returns:
        The claims in their input order with ``track``, ``measure_key`` and ``location_key`` set
        (``track=None`` for claims without a usable measure), and the tracks ordered by size.
    """
    # a place the claim only inherits (from its article's title, dateline or lead) or that only
    # repeats the article's own place is no evidence that two counts are of the same place:
    # tracks group on the places sentences give; each claim keeps its own place in the output
    loose = {c.id: c.location for c in claims if _inherited_place(c)}
    grouped, tracks = _group_tracks(
        [dataclasses.replace(c, location=None) if c.id in loose else c for c in claims],
        articles=articles, relations=relations, entities=entities, settings=settings, story=story,
        inherited=loose,
    )
    return tuple(dataclasses.replace(c, location=loose[c.id]) if c.id in loose else c for c in grouped), tracks


def _part_of(region: str, country_key: str, host: Place | None) -> bool:
    """True when a place as written lies inside a country: the gazetteer says so, or the words
    do ("the Brask region of Tessia", "Tessia's Brask region", "Brask, Tessia")."""
    place = resolve_place(region)
    country = host.country if host is not None else None
    if place is not None and country and place.kind != "country":
        return place.country == country
    low = unidecode(region).lower()
    if place is not None and place.kind == "country":
        return False  # a country is no part of another
    name = re.escape(country_key)
    # "the Brask region of Tessia", not "north of Tessia" (outside it)
    return bool(re.search(rf"(?:(?<!north )(?<!south )(?<!east )(?<!west )\bof (?:the )?{name}\b|\b{name}'s |, {name}$)", low))


def _article_lead(article: Article | None) -> str:
    """An article's title and first paragraph: what the article says it is about."""
    if article is None:
        return ""
    text = article.text.lstrip()
    lead = text.split("\n", 1)[0][:600]
    return f"{article.title or ''}\n{lead}"


def _names_place(text: str, written: str, key: str) -> bool:
    """True when the text names a place, by its key ("brask") or as written."""
    low = unidecode(text).lower()
    for name in {key, location_key(written)}:
        if name and re.search(rf"\b{re.escape(name)}\b", low):
            return True
    return False


def _elsewhere(place: str | None, country_key: str) -> bool:
    """True when a claim's own (inherited) place lies in another country than ``country_key``."""
    if not place:
        return False
    here, there = resolve_place(place), resolve_place(country_key)
    return bool(here is not None and there is not None and here.country and there.country
                and here.country != there.country)


def _inherited_place(claim: NumericClaim) -> bool:
    return claim.location_basis == "inherited" or (claim.location_from or "").startswith("article place")


_LOSS_HEADS = frozenset({"killed", "wounded", "casualties", "captives", "missing"})
# an armed force's name ("Defence Force", "People's Army"); never a civil defence or a rescue service
_FORCE_WORDS = re.compile(r"\b(?:force|forces|army|military|navy|marines|corps|national guard)\b")


def _force_populations(entities: Iterable[Entity]) -> dict[str, str]:
    """A country's armed force as the story names it, by its name and initials -> its people.

    "South African National Defence Force" (alias "SANDF") -> south africa: "SANDF members
    killed" counts South Africans. Only organisations whose name starts with a people's or a
    country's name and holds a word of armed forces.
    """
    out: dict[str, str] = {}
    for e in entities:
        if e.type != "ORG":
            continue
        name = _norm_text(e.name)
        m = _POP_RE.match(name)
        if m is None or not _FORCE_WORDS.search(name):
            continue
        for alias in (e.name, *e.aliases):
            key = _norm_text(alias)
            if key and key not in _POPULATIONS:
                out[key] = _POPULATIONS[m.group(1)]
    return out


def _force_of(text: str, forces: Mapping[str, str]) -> str | None:
    """The one people whose armed force the text names by a name of ``forces``, or None."""
    low = _norm_text(text)
    found = {pop for key, pop in forces.items() if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", low)}
    return found.pop() if len(found) == 1 else None


_WAR_OF_TWO = re.compile(
    r"^(?:the\s+)?([A-Z][\w ]+?)\s*[-\u2013/]\s*([A-Z][\w ]+?)"
    r"(?:\s+(?:war|conflict|battlefronts?|battlefields?|fronts?|front ?lines?|fighting))?$")


def _truncated_countries(claims: Sequence[NumericClaim], entities: Sequence[Entity], aliases: dict[str, str]) -> None:
    """A place written as the head of a country's name the story writes in full ("Democratic
    Republic" beside "Democratic Republic of Congo") is that country; a place written with a
    digit that no gazetteer knows ("M23", a group's name taken for a place) is none, and so is a
    war of two countries ("Russia-Ukraine battlefronts")."""
    names = {c.location.strip() for c in claims if c.location}
    names |= {n.strip() for e in entities if e.type in {"GPE", "LOC"} for n in (e.name, *e.aliases)}
    countries = [(unidecode(n).lower(), location_key(n)) for n in names if " of " in n]
    countries = [(n, k) for n, k in countries if k and _is_country(k)]
    for c in claims:
        written = (c.location or "").strip()
        key = location_key(written, aliases)
        if not key or key in aliases or _is_country(key) or resolve_place(written) is not None:
            continue
        if re.search(r"\d", written):
            aliases[key] = ""
            continue
        war = _WAR_OF_TWO.match(unidecode(written))
        if war and all(_is_country(location_key(w)) for w in war.groups()):
            aliases[key] = ""  # "the Russia-Ukraine battlefronts": a war between two, no one place
            continue
        low = re.sub(r"^(?:the )", "", unidecode(written).lower())
        full = {k for n, k in countries if re.sub(r"^(?:the )", "", n).startswith(low + " of ")}
        if len(full) == 1:
            aliases[key] = full.pop()


def _lists_on(prev: NumericClaim, claim: NumericClaim, population: str | None) -> bool:
    """True when a count only continues the list its sentence's count before it starts ("300
    North Korean troops killed, about 2,700 injured"): the group named between the two is that
    count's own, not another group acting."""
    if not population or claim.sentence_start is None or not claim.sentence:
        return False
    gap = claim.sentence[max(0, prev.end - claim.sentence_start) : max(0, claim.start - claim.sentence_start)]
    if len(gap.split()) > 8 or re.search(r"[;:]|\b(?:said|says|while|but|whereas)\b", gap):
        return False
    named = {_POPULATIONS[m.group(1)] for m in _POP_RE.finditer(_norm_text(gap))}
    return named == {population}


def _join_own_people(keyed: dict[str, tuple[str, str]], armed: set[str]) -> None:
    """A country's people counted in their own country and people counted there without a people
    are one scope ("632 Moroccans dead in Morocco" and "1,204 people injured in Morocco"): the bare
    counts take the country's people. Never for soldiers (a country's soldiers killed at home and
    the people killed there are two counts)."""
    by_place: dict[tuple[str, str], set[str]] = defaultdict(set)  # (head, country place) -> peoples
    soldiers: set[tuple[str, str]] = set()
    unplaced: dict[str, str] = {}  # a people's count without a place -> its own country's key
    for cid, (mkey, lkey) in keyed.items():
        pop, _sep, head = mkey.partition("|")
        if head not in _TRACK_STATES:
            continue
        if not lkey and pop and cid not in armed:
            iso = _country_of_population(pop)
            home = _COUNTRY_KEYS.get(iso or "")
            if home:
                unplaced[cid] = home
                by_place[(head, home)].add(pop)
        elif lkey and _is_country(lkey):
            by_place[(head, lkey)].add(pop)
            if cid in armed and pop:
                soldiers.add((head, lkey))
    for (head, lkey), pops in by_place.items():
        named = pops - {""}
        if "" not in pops or len(named) != 1 or (head, lkey) in soldiers:
            continue
        people = next(iter(named))
        if _country_of_population(people) is None or _country_of_population(people) != _country_of_population(lkey):
            continue
        for cid, (mkey, lk) in list(keyed.items()):
            if lk == lkey and mkey == f"|{head}":
                keyed[cid] = (f"{people}|{head}", lk)
            elif not lk and unplaced.get(cid) == lkey and mkey == f"{people}|{head}":
                keyed[cid] = (mkey, lkey)  # the people counted without a place: in their country


def _join_foreign_losses(keyed: dict[str, tuple[str, str]], article_of: Mapping[str, str],
                         written: Mapping[str, str | None]) -> None:
    """Join a foreign force's losses counted in the one part of its host country the story counts
    them in to its losses counted in that country ("Velmarian soldiers killed in the Brask region
    of Tessia" and "... killed fighting in Tessia": a force fighting abroad loses its men where it
    fights, and the story's reports count one series; counts without a place then join it too). Only for the dead, wounded, casualties, captives and missing of a
    people that is not the host's, when the story counts that measure in exactly one part of the
    host country and no page gives both counts (a page that does tells two scopes apart). A
    country's own people keep a national track beside a region's (a toll is no region's toll).
    """
    places: dict[str, set[str]] = defaultdict(set)  # measure -> its places
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)  # (measure, place) -> pages
    for cid, (mkey, lkey) in keyed.items():
        if lkey:
            places[mkey].add(lkey)
            pages[(mkey, lkey)].add(article_of[cid])
    moves: dict[tuple[str, str], str] = {}
    for mkey, lkeys in places.items():
        pop, _sep, head = mkey.partition("|")
        people = _country_of_population(pop)
        if head not in _LOSS_HEADS or people is None:
            continue
        for lkey in lkeys:
            # the key says whether the place is a country (a written form may be a metonym: "Moscow")
            host = resolve_place(lkey) if _is_country(lkey) else None
            if host is None or host.kind != "country" or not host.country or host.country == people:
                continue
            parts = {k for k in lkeys if k != lkey and not _is_country(k)
                     and (p := resolve_place(written.get(k) or k) or resolve_place(k)) is not None
                     and p.kind != "country" and p.country == host.country}
            if len(parts) != 1:
                continue
            part = next(iter(parts))
            if pages[(mkey, lkey)] & pages[(mkey, part)]:
                continue
            moves[(mkey, part)] = lkey
    for cid, (mkey, lkey) in list(keyed.items()):
        if (mkey, lkey) in moves:
            keyed[cid] = (mkey, moves[(mkey, lkey)])


# a figure the country's and a part's counts share, given on two pages, shows they count one toll;
# small figures (two dead) are too common to tell
_SHARED_FIGURE_MIN = 10


def _told_apart(first: Sequence[str], second: Sequence[str], article_of: Mapping[str, str],
                value_of: Mapping[str, float | None]) -> bool:
    """Whether a page gives both sets of claims figures (of ``_SHARED_FIGURE_MIN`` or more) and
    none of them alike ("134 killed in Peru, 90 of them in Tessa province")."""
    def figures(cids: Sequence[str], page: str) -> set[float]:
        return {v for c in cids if article_of[c] == page and (v := value_of[c]) is not None
                and v >= _SHARED_FIGURE_MIN}

    pages = {article_of[a] for a in first} & {article_of[b] for b in second}
    for page in pages:
        x, y = figures(first, page), figures(second, page)
        if x and y and x.isdisjoint(y):
            return True
    return False


_ONE_OF = re.compile(r"\bone of (?:the )?(?:(?:more than|over|about|around|some|nearly|almost|at least) )?$")


def _one_of(claim: NumericClaim) -> bool:
    """Whether a count is the group one of whom the sentence speaks of ("one of more than 2,000")."""
    if claim.sentence_start is None or not claim.sentence:
        return False
    cut = claim.start - claim.sentence_start
    return 0 < cut <= len(claim.sentence) and bool(_ONE_OF.search(unidecode(claim.sentence[:cut]).lower()))


def _join_country_toll(keyed: dict[str, tuple[str, str]], article_of: Mapping[str, str],
                       value_of: Mapping[str, float | None], written: Mapping[str, str | None]) -> None:
    """Join a country's toll to the toll of the one part of it where the story's event struck,
    when one page gives as the country's the figure another gives as the part's ("89 killed in
    China", "89 killed in Gansu province"): one disaster's toll placed at the country on one page
    and at its province on another is one series. Only for the dead, wounded, casualties,
    captives and missing counted without a people or as the country's own people (a foreign
    force's losses: ``_join_foreign_losses``); only figures of ``_SHARED_FIGURE_MIN`` or more;
    only when exactly one part shares a figure; a part that a page gives another figure beside
    the country's is no candidate (then they are two counts: the country's and the province's)."""
    by: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cid, (mkey, lkey) in keyed.items():
        if lkey:
            by[(mkey, lkey)].append(cid)
    moves: dict[tuple[str, str], str] = {}
    for (mkey, lkey), cids in by.items():
        pop, _sep, head = mkey.partition("|")
        if head not in _LOSS_HEADS or not _is_country(lkey):
            continue
        host = resolve_place(lkey)
        if host is None or host.kind != "country" or not host.country:
            continue
        if pop and _country_of_population(pop) != host.country:
            continue
        shared: set[str] = set()
        for (m2, l2), c2 in by.items():
            if m2 != mkey or l2 == lkey or _is_country(l2):
                continue
            place = resolve_place(written.get(l2) or l2) or resolve_place(l2)
            if place is not None and place.country and place.country != host.country:
                continue
            if _told_apart(cids, c2, article_of, value_of):
                continue  # a page gives the two places different figures: two counts
            if any(value_of[a] is not None and value_of[a] == value_of[b] and (value_of[a] or 0) >= _SHARED_FIGURE_MIN
                   and article_of[a] != article_of[b] for a in cids for b in c2):
                shared.add(l2)
        if len(shared) == 1:
            moves[(mkey, lkey)] = next(iter(shared))
    for cid, (mkey, lkey) in list(keyed.items()):
        if (mkey, lkey) in moves:
            keyed[cid] = (mkey, moves[(mkey, lkey)])


def _group_tracks(
    claims: Sequence[NumericClaim],
    *,
    articles: Sequence[Article],
    relations: Sequence[Relation],
    entities: Sequence[Entity],
    settings: Settings,
    story: str | None,
    inherited: Mapping[str, str | None] | None = None,
) -> tuple[tuple[NumericClaim, ...], tuple[Track, ...]]:
    by_id = {a.id: a for a in articles}
    entities_by_id = {e.id: e for e in entities}
    aliases = _place_aliases(entities)
    _truncated_countries(claims, entities, aliases)
    forces = _force_populations(entities)
    slack = settings.conflict_window_days
    story_home = story_country(articles, entities)

    # 1. keys per claim; bare demonyms take the story's head class for that population
    parsed: dict[str, tuple[str | None, str | None, str]] = {}
    heads_by_pop: dict[str, Counter[str]] = defaultdict(Counter)
    pops_by_head: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    pops_at: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (place, head) -> populations
    undecidable: set[str] = set()  # bare counts whose sentence names another acting group
    shown: dict[str, str] = {}  # the measure as displayed, when the sentence completed it
    armed: set[str] = set()  # counts of soldiers in a state ("14 soldiers killed"): never civilians
    # figures in a unit (a rate, a sum of money, an area): a track per unit and measure as worded
    in_units: dict[str, tuple[str, str]] = {}
    for c in claims:
        unit = c.unit
        if not unit and c.value is not None and 0 < c.value < 1 and c.low is None and c.high is None:
            unit = "share"  # "nearly a quarter of the soldiers": a part, never a count
        if unit and unit not in {"people", "persons", "count"}:
            # money, durations, percentages of something: not a count of a population
            words = _unit_measure_words(c.measure)
            if (c.state or "").lower() in _SELF_NAMED_STATES:
                # "90 per cent of eligible voters" who voted is the turnout, however it is worded
                words = (c.state or "").lower()
            if words and c.modality not in {"denied"}:
                in_units[c.id] = (f"{words}|{_UNIT_MARK}{unit.lower()}", location_key(c.location, aliases))
            continue
        m = _parse_measure(c.measure)
        if m is not None and m.head is None and _is_people(c.measure):
            # "12 people were killed", "120 civilians are missing": the state comes after the count
            # (or just before it: "killing at least 120 people")
            state = _state_after(c) or _state_before(c)
            if state is not None:
                m = _Measure(m.population, state, False)
                shown[c.id] = f"{(c.measure or '').strip()} {state}"
        elif m is not None and m.head is not None and m.head not in _TRACK_STATES and _HEAD_STATE_MARK not in m.head \
                and _counts_persons(c.measure):
            # people counted by what they do or undergo in other words ("people sheltering",
            # "protesters detained", "patients treated"): the state the claim says happened to them
            state = _CLAIM_STATES.get((c.state or "").lower()) or next(
                (_STATE_WORDS[w] for w in _norm_text(c.measure or "").split() if w in _STATE_WORDS), None)
            if state is not None:
                m = _Measure(m.population, state, False)
        if m is not None and not m.generic:
            # what happened to the counted: the claim's own state where the claims stage set it,
            # else the state words after the count ("50 soldiers were killed" counts the dead)
            if m.head == "troops":
                armed.add(c.id)
            state = _claim_state(c, m.head)
            if state is not None and state != m.head:
                m = _Measure(m.population, state, False)
                shown[c.id] = f"{(c.measure or '').strip()} {_STATE_LABEL.get(state, state)}"
            elif state is None and c.state and m.head is not None and m.head not in _TRACK_STATES \
                    and (c.state.lower() not in _CLAIM_STATES or not _counts_persons(c.measure)):
                # a thing counted in another state is another kind of thing: villages destroyed and
                # villages damaged, an index's level and its change, are never one track
                m = _Measure(m.population, f"{m.head} {_HEAD_STATE_MARK}{c.state.lower()}", False)
        if m is None or m.generic:
            continue
        if m.population is None and m.head is not None:
            # "SANDF members killed": a country's armed force named by its initials
            from_sentence = _force_of(c.measure or "", forces) if forces else None
            if from_sentence is None:
                from_sentence = _population_from_sentence(c)
            if from_sentence is None and forces and c.sentence and c.sentence_start is not None:
                # "the death toll for South African National Defence Force (SANDF) soldiers ...
                # has risen to thirteen": the force the sentence names before the count
                from_sentence = _force_of(c.sentence[: max(0, c.start - c.sentence_start)], forces)
            if from_sentence == "":
                undecidable.add(c.id)
            m = dataclasses.replace(m, population=from_sentence or None)
        parsed[c.id] = (m.population, m.head, location_key(c.location, aliases))
        if m.population and m.head:
            heads_by_pop[m.population][m.head] += 1
            pops_by_head[(c.article, m.head)][m.population] += 1
            pops_by_head[("", m.head)][m.population] += 1
            if parsed[c.id][2]:
                pops_at[(parsed[c.id][2], m.head)][m.population] += 1
    keyed: dict[str, tuple[str, str]] = {}
    article_of = {c.id: c.article for c in claims}
    # "50,000 troops, including 11,000 North Koreans": the bare figure is a larger, mixed group
    supersets = _superset_claims(claims, {cid for cid, (pop, _h, _l) in parsed.items() if pop})
    # "12 of its soldiers were killed and 40 were wounded": a bare count takes the population of
    # the nearest count before it in its sentence
    by_sentence: dict[tuple[str, int], list[NumericClaim]] = defaultdict(list)
    for c in claims:
        if c.id in parsed and c.sentence_start is not None:
            by_sentence[(c.article, c.sentence_start)].append(c)
    for members in by_sentence.values():
        members.sort(key=lambda c: c.start)
        for k, c in enumerate(members):
            pop, head, loc = parsed[c.id]
            if pop is None and head is not None and k > 0 and c.id not in supersets and (
                    c.id not in undecidable or _lists_on(members[k - 1], c, parsed[members[k - 1].id][0])):
                prev = parsed[members[k - 1].id][0]
                if prev and not (c.id in armed and prev in _UNARMED):
                    parsed[c.id] = (prev, head, loc)
    by_id_claim = {c.id: c for c in claims}
    for cid, (pop, head, loc) in parsed.items():
        if pop is None and head is not None and cid not in supersets:
            # a bare head ("3,000 soldiers") counts the population its own article counts with
            # that head, else the story's, when there is exactly one ...
            scopes = [] if cid in undecidable else [pops_by_head.get((article_of[cid], head), Counter()),
                                                    pops_by_head.get(("", head), Counter())]
            # ... else, when the story counts several, the one it counts with that head at the
            # count's own place ("40 people were killed in Lorvak" where only Lorvakians' dead are
            # counted in Lorvak, the other side's elsewhere or nowhere); a place only inherited
            # counts too, as it is one a sentence of the story states for the head. Where the
            # sentence names an acting group, only for those it acted on (the dead, the wounded:
            # never forces it faces), of a population it does not name, and never for "four of
            # them" (the count is of a group named before)
            # A place the count's own sentence states comes first: it is nearer evidence than the
            # article's other counts
            at = loc or location_key((inherited or {}).get(cid), aliases)
            here: Counter[str] | None = None
            if at and not (cid in undecidable and (head == "troops" or _of_them(by_id_claim[cid]))):
                here = pops_at.get((at, head), Counter())
                if loc:
                    scopes.insert(0, here)
                else:
                    scopes.append(here)
            for options in scopes:
                # a group (civilians, children, rebels) is a part, never the whole a bare count counts
                options = Counter({k: n for k, n in options.items() if k not in _GROUP_POPULATIONS})
                if len(options) == 1:
                    only = next(iter(options))
                    named_here = _named_populations(by_id_claim[cid])
                    if cid in undecidable and only in named_here:
                        break
                    if options is here and not loc and named_here - {only}:
                        break  # only the article's place, and the sentence names another people
                    pop = only
                    break
        if head is None:
            options = heads_by_pop.get(pop or "", Counter())
            if _one_of(by_id_claim[cid]):
                # "one of more than 2,000 Canadians in the region": the group the dead soldier
                # belonged to, never the story's count of the dead
                options = Counter({k: n for k, n in options.items() if k not in _LOSS_HEADS})
            if len(options) != 1:
                continue
            head = next(iter(options))
        keyed[cid] = (f"{pop or ''}|{head}", loc)
    # a bare count still left at a place its sentence states takes the one people the story's
    # other counts of that head at that place were found to count (once, not further)
    found_at: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mkey, lkey in keyed.values():
        pop, head = mkey.split("|", 1)
        if lkey and pop and pop not in _GROUP_POPULATIONS:
            found_at[(lkey, head)].add(pop)
    for cid, (mkey, lkey) in list(keyed.items()):
        pop, head = mkey.split("|", 1)
        if pop or not lkey or cid in undecidable or cid in supersets or head == "troops":
            continue
        options_at = found_at.get((lkey, head), set())
        if len(options_at) == 1:
            keyed[cid] = (f"{next(iter(options_at))}|{head}", lkey)

    # a figure in a unit worded with fewer words than one other of the story in the same unit and
    # place ("damage" in euros beside "cost of damage" in euros) is that one's figure; never when
    # its words fit two ("fall" beside "Dow Jones fall" and "Nasdaq fall")
    unit_keys = {(m, lk) for m, lk in in_units.values()}
    for cid, (mkey, lkey) in list(in_units.items()):
        words, unit = mkey.split("|", 1)
        mine = set(words.split())
        wider = {m for m, lk in unit_keys
                 if lk == lkey and m != mkey and m.split("|", 1)[1] == unit and mine < set(m.split("|", 1)[0].split())}
        if len(wider) == 1:
            in_units[cid] = (wider.pop(), lkey)
    keyed.update(in_units)

    # a count whose place is only inherited (the article's title, dateline or lead) joins the
    # measure's track at that same place when a sentence of the story states it for the measure:
    # the toll "in northern Kestria" and the toll of an article about Kestria are one scope
    stated: dict[str, set[str]] = defaultdict(set)
    for mkey, lkey in keyed.values():
        if lkey:
            stated[mkey].add(lkey)
    for cid, (mkey, lkey) in list(keyed.items()):
        own = location_key((inherited or {}).get(cid), aliases)
        if not lkey and own and own in stated.get(mkey, ()):
            keyed[cid] = (mkey, own)

    # another country's people counted in a host country the article is about ("Velmarian
    # soldiers killed", an article on Tessia): where the story's sentences put them in one part of
    # that country only ("in the Brask region"), that part is where these are counted too. A
    # country's own people keep its national track: a country's toll is no region's
    # The same holds for any count of the measure when its article is itself about that part (its
    # title or lead names it: "Floods in Brask", the count's place only "Tessia") and the story
    # gives the measure no national track of its own
    written = {location_key(c.location, aliases): c.location for c in claims if c.location}
    forms: dict[str, set[str]] = defaultdict(set)  # every way the story writes each place
    parts_of: dict[str, set[str]] = {}  # a country's key -> the story's places inside it
    given = {(article_of[o], m, lk) for o, (m, lk) in keyed.items() if lk}  # what each page places
    for c in claims:
        if c.location:
            forms[location_key(c.location, aliases)].add(c.location)
    national = {mkey for mkey, lkey in keyed.values() if lkey and _is_country(lkey)}
    for cid, (mkey, lkey) in list(keyed.items()):
        own_words = (inherited or {}).get(cid)
        if lkey or not own_words:
            continue
        host = resolve_place(own_words)
        own_key = location_key(own_words, aliases)
        people = _country_of_population(mkey.split("|", 1)[0])
        foreign = host is not None and host.kind == "country" and bool(host.country) and people not in (None, host.country)
        if foreign:
            assert host is not None
            inside = {k for k in stated.get(mkey, ())
                      if (p := resolve_place(written.get(k) or k)) is not None and p.country == host.country
                      and p.kind != "country"}
        elif mkey not in national and own_key and (host is None or host.kind == "country"):
            if own_key not in parts_of:
                parts_of[own_key] = {k for k in forms if k != own_key and any(_part_of(w, own_key, host) for w in forms[k])}
            parts = parts_of[own_key]
            inside = {k for k in stated.get(mkey, ()) if k in parts}
            # the page is about one part when its title or lead names that part and no other part
            # of the country the story places figures in ("across Pakistan including Baluchistan,
            # Sindh and ..." is about the country)
            lead = _article_lead(by_id.get(article_of[cid]))
            named = {k for k in parts if any(_names_place(lead, w, k) for w in forms[k])}
            inside = inside & named if len(named) == 1 else set()
            # an article that gives the part's own count beside this one tells two counts apart
            # (the country's toll and the region's)
            if any((article_of[cid], mkey, k) in given for k in inside):
                continue
        else:
            continue
        if len(inside) == 1:
            keyed[cid] = (mkey, inside.pop())

    _join_foreign_losses(keyed, article_of, written)
    _join_own_people(keyed, armed)

    # a count without a place is a count of the whole population: it joins the measure's track
    # at country level when the story has exactly one (else it keeps a track of its own)
    countries: dict[str, set[str]] = defaultdict(set)
    for mkey, lkey in keyed.values():
        if lkey and _is_country(lkey):
            countries[mkey].add(lkey)
    for cid, (mkey, lkey) in list(keyed.items()):
        if not lkey and len(countries.get(mkey, ())) == 1:
            country = next(iter(countries[mkey]))
            own_words = (inherited or {}).get(cid)
            if own_words and _elsewhere(own_words, country):
                # the Dow's level in an article about the US is not the UK's index level; but a
                # people's count in its own country's track stays there ("Ukrainians killed" in an
                # article about Russia)
                people = _country_of_population(mkey.split("|", 1)[0])
                there = resolve_place(country)
                if not people or there is None or people != there.country:
                    continue
            keyed[cid] = (mkey, country)
    _join_country_toll(keyed, article_of, {c.id: c.value for c in claims}, written)

    # a figure dated long before the story's first report is background ("the deadliest since
    # Katrina, which killed 1,833 people in 2005"): a track of its own year, never the story's count
    first = min((a.published.date for a in articles if a.published.basis == "explicit" and a.published.date), default=None)
    if first is not None:
        horizon = (dt.date.fromisoformat(first[:10]) - dt.timedelta(days=_BACKGROUND_DAYS)).isoformat()
        for c in claims:
            window = date_window(c.as_of) if c.id in keyed and c.as_of else None
            if window is not None and window[1] < horizon:
                mkey, lkey = keyed[c.id]
                keyed[c.id] = (mkey, f"{lkey}{_BACKGROUND_MARK}{window[1][:4]}")

    # a loss counted over one period ("ten soldiers have died in September", "the seventh this
    # year", "in 2010 there had been six deaths") is not the running toll: a track of its own
    for c in claims:
        if c.id in keyed and keyed[c.id][0].split("|", 1)[1] in _CUMULATIVE and (period := _period_count(c)):
            mkey, lkey = keyed[c.id]
            keyed[c.id] = (mkey, f"{lkey}{_BACKGROUND_MARK}{period}")

    groups: dict[tuple[str, str], list[NumericClaim]] = defaultdict(list)
    for c in claims:
        if c.id in keyed:
            groups[keyed[c.id]].append(c)

    tracks: list[Track] = []
    track_of: dict[str, str] = {}
    for (mkey, lkey), members in groups.items():
        try:
            track = _make_track(mkey, lkey, members, by_id, relations, shown, slack, entities_by_id, story,
                                inherited, story_home)
        except Exception as exc:  # noqa: BLE001 - one odd group must not stop the build
            log.warning("tracks: skipped %s / %s: %s", mkey, lkey, exc)
            continue
        tracks.append(track)
        for c in members:
            track_of[c.id] = track.id
    out_claims = tuple(
        dataclasses.replace(
            c,
            track=track_of.get(c.id),
            measure_key=keyed[c.id][0] if c.id in keyed else measure_key(c.measure),
            location_key=keyed[c.id][1] if c.id in keyed else (location_key(c.location, aliases) or None),
            story=story if story is not None else c.story,
        )
        for c in claims
    )
    tracks.sort(key=lambda t: (-len(t.claims), t.id))
    return out_claims, tuple(tracks)


_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
# words that restrict a count to one period of the story
_PERIOD = re.compile(
    rf"\b(?:(?:this|last) (?:year|month)|so far this (?:year|month)|in (?:the space|the course) of"
    rf"|in (?:{_MONTH_NAMES})(?! \d{{1,2}}\b)|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RUNNING = re.compile(r"\b(?:since|in all|overall|altogether|in total|so far)\b(?! this)", re.IGNORECASE)


def _period_count(c: NumericClaim) -> str | None:
    """The period a count is restricted to by the words of its own clause ("year" or "month"):
    after it, up to the clause's end ("died in September", "this year"), or before it in its
    clause ("in 2010 there had been six deaths"); None for a running total ("since 2002", "in
    all") or a count with no period."""
    if c.sentence_start is None or not c.sentence:
        return None
    cut, end = c.start - c.sentence_start, c.end - c.sentence_start
    if not 0 <= cut <= end <= len(c.sentence):
        return None
    after = re.split(r"[,;:]|\.(?!\d)|\b(?!(?:19|20)\d\d\b)\d", c.sentence[end:], maxsplit=1)[0]
    before = re.split(r"[,;:]|\b(?:and|but|while)\b", c.sentence[:cut])[-1]
    before = " ".join(before.split()[-6:])
    if _RUNNING.search(after) or _RUNNING.search(before):
        return None
    m = _PERIOD.search(after) or _PERIOD.search(before)
    if m is None:
        return None
    return "year" if re.search(r"year|\d", m.group(0)) else "month"


_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)
_FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|an\s+additional)\s+$", re.IGNORECASE)


def _increment(c: NumericClaim) -> bool:
    """True for a count of the newly added ("three more soldiers were killed", "a further 27"):
    a step of the toll, never the toll itself, so it bounds, dates and contradicts nothing.
    ("another 1,000 were wounded" after "100 were killed" is the wounded's whole count: not read.)"""
    if c.sentence_start is None or not c.sentence:
        return False
    end, start = c.end - c.sentence_start, c.start - c.sentence_start
    if not 0 <= start <= end <= len(c.sentence):
        return False
    return bool(_MORE_AFTER.match(c.sentence, end) or _FURTHER_BEFORE.search(c.sentence[:start]))


_EVENT_VERB = re.compile(r"\b(?:were|was)\s+(?:\w+\s+){0,2}?(?:killed|wounded|injured|hurt)\b|\bdied\b",
                         re.IGNORECASE)
_EVENT_DAY = re.compile(
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+\s+\d{1,2}|\d{1,2}\s+\w+)|"
    r"yesterday|last night|overnight)\b", re.IGNORECASE)
_TOLL_WORDS = re.compile(r"\b(?:toll|total|tally|so far|in all|bringing|brings|risen|rose|rises|climbed|cumulative)\b",
                         re.IGNORECASE)


_UPDATE_WORDS = re.compile(r"\b(?:new total|revision|revised|updated|update|up from|rose|risen|climbed|increased|"
                           r"jumped|earlier|previously)\b", re.IGNORECASE)


def _firmly_dated(c: NumericClaim, by_id: Mapping[str, Article]) -> bool:
    """A claim dated by its own words or by its page's stated date: a window only inferred for an
    undated page is too loose to say that a toll fell."""
    article = by_id.get(c.article)
    return (c.as_of is not None and len(c.as_of) >= 10) or (article is not None and article.published.basis == "explicit")


def _event_count(c: NumericClaim) -> bool:
    """True for the count of one day's event ("three soldiers were killed ... on Monday, 27
    January"), not a running toll: a smaller count after a larger one is then no fall of the toll."""
    sentence = c.sentence or ""
    return bool(_EVENT_VERB.search(sentence) and _EVENT_DAY.search(sentence) and not _TOLL_WORDS.search(sentence))


def _make_track(
    mkey: str,
    lkey: str,
    members: list[NumericClaim],
    by_id: dict[str, Article],
    relations: Sequence[Relation],
    shown: dict[str, str],
    slack: int,
    entities: dict[str, Entity],
    story: str | None = None,
    inherited: Mapping[str, str | None] | None = None,
    story_home: str | None = None,
) -> Track:
    """Order one group of claims and work out its range, trend, sources and contradictions."""
    tid = stable_id("t", mkey, lkey) if story is None else stable_id("t", story, mkey, lkey)
    windows = {c.id: claim_window(c, by_id.get(c.article)) for c in members}
    ordered = sorted(members, key=lambda c: _sort_key(c, windows[c.id]))
    indep = independent_groups(ordered, articles=by_id, relations=relations)
    origins = independent_groups(ordered, articles=by_id, relations=relations, entities=entities, by_state=True,
                                 home=home_country(mkey, ordered, inherited=inherited, entities=entities,
                                                   story_home=story_home))
    steps = {c.id for c in ordered if _increment(c)} if mkey.split("|", 1)[1] in _CUMULATIVE else set()
    reports = [c for c in ordered if c.modality not in _NOT_REPORTS and c.id not in steps] or ordered
    # a vague amount ("dozens more are missing": 12 to 120) is shown with the track, never its low or high
    ranged = [c for c in reports if c.value is not None or c.qualifier == "range"] or reports
    lows = [v for c in ranged for v in (c.low if c.low is not None else c.value,) if v is not None]
    highs = [v for c in ranged for v in (c.high if c.high is not None else c.value,) if v is not None]
    # each source's latest figure (a projection only if the source gives nothing else)
    latest_by_source: dict[str, NumericClaim] = {}
    for c in ordered:
        label = _source_label(c, by_id.get(c.article))
        prev = latest_by_source.get(label)
        if prev is None or not (c.modality in _NOT_REPORTS and prev.modality not in _NOT_REPORTS):
            latest_by_source[label] = c
    # contradictions: reported figures of different independent sources, same window, incompatible
    conflicts: list[tuple[str, str]] = []
    cumulative = mkey.split("|", 1)[1] in _CUMULATIVE
    pos = {c.id: k for k, c in enumerate(ordered)}
    # only reports dated to within a week can contradict (a figure dated to within months
    # contradicts nothing); sweep them in window order, stopping past the slack
    datable = sorted(
        (c for c in ordered if c.modality not in _NOT_REPORTS and c.id not in steps and _narrow(windows[c.id])),
        key=lambda c: ((windows[c.id] or ("", ""))[0], pos[c.id]),
    )
    for i, a in enumerate(datable):
        wa = windows[a.id]
        assert wa is not None
        for b in datable[i + 1 :]:
            wb = windows[b.id]
            assert wb is not None
            if days_between(wa[1], wb[0]) > slack:
                break  # far apart in time: evolution, never a contradiction
            if indep[a.id] == indep[b.id] or not windows_overlap(wa, wb, slack_days=slack):
                continue
            if _compatible(a, b):
                continue
            first, second = (a, b) if pos[a.id] < pos[b.id] else (b, a)
            if cumulative and _event_count(a) != _event_count(b):
                continue  # one day's event count beside a toll: a part of it, no contradiction
            if cumulative and not (_firmly_dated(a, by_id) and _firmly_dated(b, by_id)):
                continue  # a toll known only by an undated page's inferred window: may be older
            if cumulative and a.article == b.article and _UPDATE_WORDS.search(f"{a.sentence} {b.sentence}"):
                continue  # one page telling a toll's updates ("the new total comes an hour after ...")
            if cumulative and origins[a.id] == origins[b.id] and a.article != b.article \
                    and (_unnamed(a, entities) or _unnamed(b, entities)):
                # a government's toll on two pages of a day, one of them given without a source
                # or by unnamed officials: an update as the count goes on (two named ministries
                # of one government that disagree still contradict each other). No ratio limits
                # it: a toll can more than double in a day (150, then 381)
                continue
            if windows_overlap(wa, wb) or (cumulative and _falls_back(first, second) and not _event_count(second)):
                # same window: incompatible figures conflict; a few days apart, only a drop in
                # a count that can only grow does (the dead, the wounded: a toll never falls)
                conflicts.append((first.id, second.id))
    conflicts.extend(_wide_conflicts([c for c in ordered if c.id not in steps], windows, by_id, indep, origins,
                                     cumulative, set(conflicts)))
    conflicts.sort(key=lambda pair: (pos[pair[0]], pos[pair[1]]))
    disputes = stated_disputes(ordered)
    parties = claim_parties(ordered, origins, articles=by_id, entities=entities)
    points = [(windows[c.id], p) for c in reports if _narrow(windows[c.id]) and (p := _point(c)) is not None]
    # the latest figure: the last report dated to within about a month, else the last report
    def _dated(c: NumericClaim) -> bool:
        w = windows[c.id]
        return w is not None and days_between(w[0], w[1]) <= 45

    latest = next(
        (c.id for c in reversed(ordered) if c.modality not in _NOT_REPORTS and c.id not in steps and _dated(c)),
        next((c.id for c in reversed(ordered) if c.modality not in _NOT_REPORTS and c.id not in steps),
             ordered[-1].id),
    )
    return Track(
        id=tid,
        measure=_most_common(shown.get(c.id, c.measure) for c in ordered) or mkey,
        location=_most_common(c.location for c in ordered if c.location),
        claims=tuple(c.id for c in ordered),
        low=min(lows) if lows else None,
        high=max(highs) if highs else None,
        latest=latest,
        independent_sources=len(set(origins.values())),
        conflict=bool(conflicts) or bool(disputes),
        trend=_trend(points),  # type: ignore[arg-type]
        conflicts=tuple(conflicts),
        by_source=tuple(sorted((label, c.id) for label, c in latest_by_source.items())),
        story=story,
        state=_track_state(mkey.split("|", 1)[1]),
        parties=tuple((c.id, parties[c.id]) for c in ordered),
        disputes=disputes,
    )


def _wide_conflicts(
    ordered: Sequence[NumericClaim],
    windows: Mapping[str, tuple[str, str] | None],
    by_id: Mapping[str, Article],
    indep: Mapping[str, str],
    origins: Mapping[str, str],
    cumulative: bool,
    known: set[tuple[str, str]],
) -> list[tuple[str, str]]:
    """Contradictions between figures a reader sees side by side though no day dates them.

    Two reported figures of different parties (``origins``) whose value sets are disjoint conflict
    when (a) one article gives both without an as-of date of their own (they are stated as
    holding at the same time), or (b) both are known only within windows wider than a week that
    overlap, inferred publication windows included (an article "published on or after
    1 October" spans up to the track's last dated day). For counts that can only grow (the dead,
    the wounded) only (a) applies: two wide windows can't tell a rising toll from a dispute.
    Pairs dated to within a week are ``_make_track``'s business.
    """
    dated = [w for w in windows.values() if w is not None]
    horizon = (min(w[0] for w in dated), max(w[1] for w in dated)) if dated else None
    spans = {c.id: windows[c.id] or _open_window(by_id.get(c.article), horizon) for c in ordered}
    pos = {c.id: k for k, c in enumerate(ordered)}
    reports = [c for c in ordered if c.modality not in _NOT_REPORTS]
    out: list[tuple[str, str]] = []
    for i, a in enumerate(reports):
        for b in reports[i + 1 :]:
            first, second = (a, b) if pos[a.id] < pos[b.id] else (b, a)
            if (first.id, second.id) in known or origins[a.id] == origins[b.id] or indep[a.id] == indep[b.id]:
                continue
            if _compatible(a, b):
                continue
            together = a.article == b.article and not a.as_of and not b.as_of
            wa, wb = spans[a.id], spans[b.id]
            wide = (
                not cumulative
                and wa is not None
                and wb is not None
                and not _narrow(wa)
                and not _narrow(wb)
                and windows_overlap(wa, wb)
            )
            if together or wide:
                out.append((first.id, second.id))
    return out


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    # ties: the fuller phrase ("North Korean troops" over "troops"), then alphabetical
    return min((v for v, n in counts.items() if n == best), key=lambda v: (-len(v.split()), v))
