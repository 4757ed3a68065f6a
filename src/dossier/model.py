"""Typed records shared by every stage of the dossier pipeline.

Records are frozen dataclasses and collections are tuples, so that stages stay pure:
records in, new records out. ``to_dict`` turns any record into the JSON shape of
``../shared/CONTRACT.md`` (field ``from_`` is written as ``from``).

Ownership: each record belongs to the stage that makes it (see the comment above it).
Add fields at the end of a record, with a default, so older callers keep working.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1"


def stable_id(prefix: str, *parts: object) -> str:
    """Return a short id that depends only on ``parts`` (same input, same id).

    Args:
        prefix: a readable prefix such as ``"art"`` or ``"q"``.
        parts: values that identify the record.

    Returns:
        ``prefix-`` followed by 12 hex digits of a SHA-1 of the parts.
    """
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


# --- ingest.py ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input article as read from disk, before any cleaning."""

    source: str  # path relative to INPUT_DIR, or "file.jsonl#L3" / the line's url or id
    fmt: str  # "txt" | "html" | "jsonl"
    text: str | None = None  # decoded plain text (txt, or jsonl "text")
    html: str | None = None  # decoded HTML (html, or jsonl "html")
    title: str | None = None  # given by the input (jsonl) — trusted over guesses
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    encoding: str | None = None  # the encoding the bytes were decoded from
    sitename: str | None = None  # the site that carried the page (HTML metadata, JSONL "sitename")
    cut_chars: int = 0  # characters cut off the end because the input was longer than max_chars


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input (or one article at one stage) that could not be used, and why."""

    source: str
    stage: str  # "ingest" | "clean" | "nlp" | "quotes" | ...
    reason: str  # what was found, what was expected, what to do


# --- clean.py / metadata.py ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of page clutter taken out of an article, with the reason."""

    text: str
    reason: str  # navigation|advertisement|donation|comments|caption|related|copyright|byline|dateline|other
    line: int | None = None  # 0-based line number in the raw text, where known


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """When an article was published: explicit, inferred with a window, or unknown."""

    date: str | None = None  # ISO date, only when explicit (or an inferred single day)
    basis: str = "unknown"  # "explicit" | "inferred" | "unknown"
    earliest: str | None = None
    latest: str | None = None
    evidence: str | None = None  # the words the date was read or inferred from


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article with its metadata. ``text`` is what every offset points into."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None  # whose journalism it is (CNN for a CNN wire copy)
    publisher: str | None = None  # the site that carried it, where different
    authors: tuple[str, ...] = ()
    published: PublishedDate = field(default_factory=PublishedDate)
    language: str = "en"
    removed: tuple[Removed, ...] = ()
    dateline: str | None = None  # place of the dateline ("TAIPEI, Taiwan")
    url: str | None = None
    wire: str | None = None  # wire service credited ("CNN", "AP", "Reuters"), if any
    encoding: str | None = None
    story: str | None = None  # the story it belongs to (set by reconcile.stories)


# --- shared references -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A reference to a person or body: canonical entity (if known) and the words used.

    Per-article stages fill ``text`` (and ``start``/``end`` offsets of those words) and
    ``name`` when the article itself identifies who it is; entity linking fills ``entity``.
    """

    entity: str | None
    name: str | None
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that supports an item."""

    article: str
    start: int
    end: int
    sentence: str


# --- dates.py ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression normalised to a TIMEX3 value."""

    article: str
    start: int
    end: int
    text: str
    value: str | None  # "2024-11-12", "2024-10", "2024-W45", "XXXX-11-03", "PRESENT_REF", "P3D"
    anchor: str  # "publication" | "previous" | "none"
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    earliest: str | None = None  # for fuzzy or ranged spans ("early to mid-October")
    latest: str | None = None
    mod: str | None = None  # TIMEX3 mod: EARLY, MID, LATE, BEFORE, AFTER, ...


# --- entities.py -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in one article where an entity is named."""

    article: str
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class Role:
    """A role or affiliation of an entity, with where it was read and when it held."""

    title: str
    article: str
    start: int
    end: int
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Gazetteer facts about a GPE/LOC entity."""

    country: str | None  # ISO 3166-1 alpha-2
    latitude: float | None
    longitude: float | None
    kind: str | None = None  # "country" | "city" | "region" | ...
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place merged within and across articles."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | ...
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    role_details: tuple[Role, ...] = ()
    place: Place | None = None
    country_of: str | None = None  # for capitals used as actors: the country entity id


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """An entity as one article knows it: its names, mentions and roles in that article.

    Made per article by ``entities.extract_local_entities``; merged across articles by
    ``entities.build_entities``. Quotes and claims use it to resolve "the top US diplomat"
    or "he" to a name the article gives.
    """

    key: str  # "<article id>:<n>", unique within the build
    article: str
    name: str  # the fullest name the article uses ("Antony Blinken")
    type: str  # PERSON | ORG | GPE | LOC | NORP | ...
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()  # other names used in the article ("Blinken", "DPRK")


# --- quotes.py ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct, partial or indirect quote with its speaker and cue."""

    id: str
    article: str
    start: int
    end: int
    text: str
    kind: str  # direct | partial | indirect
    speaker: SourceRef | None
    cue: str | None
    date: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None


# --- claims.py ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumericClaim:
    """A figure stated about the world: value, qualifier, what, where, when, who, via whom."""

    id: str
    article: str
    start: int  # the quantity's words
    end: int
    sentence: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact|about|at_least|at_most|over|under|up_to|nearly|range
    measure: str | None
    location: str | None
    as_of: str | None
    modality: str  # reported|confirmed|estimated|projected|expected|denied
    source: SourceRef | None
    via: tuple[SourceRef, ...] = ()
    track: str | None = None
    text: str = ""  # the quantity as written ("as many as 8,000")
    unit: str | None = None  # "%", "USD", "minutes", ... when the count is not of things
    sentence_start: int | None = None
    sentence_end: int | None = None
    measure_key: str | None = None  # normalised measure used for grouping (set by tracks)
    location_key: str | None = None
    # what happened to the counted: present|killed|wounded|casualties|missing|captured|displaced|...
    state: str | None = None
    location_basis: str | None = None  # stated | inherited (from the title, lead or dateline)
    as_of_basis: str | None = None  # stated | reported | published
    story: str | None = None  # the story of its article (set by reconcile.stories)
    # where an inherited place came from and its words ("dateline: BRASK, Varnia", "earlier sentence: Gaza City")
    location_from: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything the per-article stages found in one article (picklable, no spaCy objects)."""

    article: str
    sentences: tuple[tuple[int, int], ...] = ()  # sentence (start, end) offsets into text
    time_expressions: tuple[TimeExpression, ...] = ()
    local_entities: tuple[LocalEntity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[NumericClaim, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()  # the timeline's parsed event words


# --- reconcile: relations, tracks, timeline, summary -------------------------------------


@dataclass(frozen=True, slots=True)
class Relation:
    """How two articles relate: a copy, a syndicated wire story, a citation, or the same event."""

    kind: str  # syndicated | near_duplicate | cites | same_event
    from_: str
    to: str | None
    outlet: str | None = None
    score: float = 1.0
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class Track:
    """Claims that measure the same thing in the same scope, across sources and time."""

    id: str
    measure: str
    location: str | None
    claims: tuple[str, ...]
    low: float | None
    high: float | None
    latest: str | None
    independent_sources: int
    conflict: bool
    trend: str | None = None  # rising | falling | stable | mixed
    conflicts: tuple[tuple[str, str], ...] = ()  # pairs of claim ids that contradict
    by_source: tuple[tuple[str, str], ...] = ()  # (source name, latest claim id)
    story: str | None = None
    state: str | None = None  # the state every claim of the track shares
    # the party each claim speaks for (claim id, party): officials, agencies and spokespeople
    # roll up to the government they speak for ("United States"), others stay themselves
    parties: tuple[tuple[str, str], ...] = ()
    # sentences of the track's articles that state a disagreement about its figures
    # ("higher than US assessments", "disputed", "denied"); start/end: the words that say so
    disputes: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event of the story with its evidence from every article that reports it."""

    id: str
    date: str | None
    earliest: str | None
    latest: str | None
    summary: str
    evidence: tuple[Evidence, ...]
    kind: str | None = None  # deployment | movement | statement | combat | treaty | launch | ...
    story: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about the same developing real-world event or situation, and what they hold."""

    id: str
    title: str | None
    earliest: str | None
    latest: str | None
    articles: tuple[str, ...]
    tracks: tuple[str, ...] = ()
    events: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of the extractive story summary, with its citation."""

    text: str
    article: str
    start: int
    end: int
    story: str | None = None  # the story it summarises (set by the pipeline)


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything the build produced, in the shape of dossier.json."""

    articles: tuple[Article, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[NumericClaim, ...] = ()
    tracks: tuple[Track, ...] = ()
    time_expressions: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    stories: tuple[Story, ...] = ()
    schema_version: str = SCHEMA_VERSION


def to_dict(record: Any) -> Any:
    """Convert a record (or tuple/list/dict of records) into plain JSON-ready values.

    Args:
        record: a dataclass instance, a collection of them, or a plain value.

    Returns:
        dicts, lists and scalars; the field ``from_`` is renamed ``from``.
    """
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(record):
            key = "from" if f.name == "from_" else f.name
            out[key] = to_dict(getattr(record, f.name))
        return out
    if isinstance(record, (list, tuple)):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def dossier_to_dict(dossier: Dossier) -> dict[str, Any]:
    """Return the dossier.json object, with ``schema_version`` first."""
    body = to_dict(dossier)
    version = body.pop("schema_version")
    return {"schema_version": version, **body}


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event word a time expression attaches to, read from the article's parse (per article).

    The timeline's cross-article stage turns these into dated candidates (windows, relative
    days and quotes depend on the story) without parsing again. Token indexes are relative to
    the sentence (``sent_start``..``sent_end``); everything else is offsets into ``article.text``.
    """

    article: str
    time_start: int  # the time expression the event word attaches to
    time_end: int
    sent_start: int
    sent_end: int
    kind: str
    lemma: str
    summary: str
    entity_names: tuple[str, ...] = ()  # the sentence's named entities, lowercased, before aliasing
    keywords: tuple[str, ...] = ()  # content lemmas under the trigger
    trigger_start: int = -1  # character offset of the trigger (a quote's cue when it is one)
    subject_words: tuple[str, ...] = ()  # content lemmas of the trigger's subject
    past: bool = False
    trigger_i: int = -1  # token index of the trigger in the sentence
    subtree: tuple[int, ...] = ()  # token indexes under the trigger
