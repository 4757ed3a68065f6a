"""``dossier eval claims``: the claim frame on a hand-annotated dev set of real developing stories.

The dev set (``evaluation/data/claims_dev.jsonl``, format in ``evaluation/data/README.md``) holds
the key figures of real news articles from ``../shared/data`` (ECB+, the SemEval-2015 TimeLine
stock-market articles, FNC-1 bodies, BBC News) — the figures a journalist would put in a dossier
table (tolls, casualties, cases, votes, displaced, arrests, money, percentages), not ages, years,
times of day or scores — each with its full frame: value, qualifier, what is counted and what
happened to it, place (with basis), as-of date (with basis), source, relays and modality. It also
holds one line per document with the publication date the text states (or null). Only offsets
and a few words are committed, never article text: the documents are read in place.

Loading. ``load_document`` turns one source document into the plain text a scraper would have
saved (one deterministic function per format): ECB+ and TimeLine token XML are detokenised
(``detokenize``: no space before closing punctuation and clitics, none after opening brackets and
currency signs, PTB quotes to ``"``, split decimals/thousands/times re-joined, intra-word hyphens
re-joined), one sentence per paragraph; the ECB+ ``ecbplus`` sentence 0 (the source URL) becomes
the article's URL; FNC-1 bodies and BBC files are taken as they are. The text then goes through the
REAL build: ``ingest.clean.clean_article`` (so the publication date is what the text itself
states, as in a real build; a dataset DCT is never given to the pipeline) and the whole
``pipeline.build_from_articles``, one build per story: what is scored is the claims as the
finished dossier states them (names linked, as-of dates from the timeline windows), not one
stage's output. (``evaluation`` may import ``pipeline``: it sits after the whole flow.)

Offsets. Gold ``start``/``end`` point into the loaded text; the cleaner may drop lines (a
headline, a date line), so each gold span is mapped into the cleaned ``Article.text`` line by
line (each loaded line is found, whitespace-stripped, in the cleaned text after the previous
one). A gold figure whose line the cleaner dropped cannot be found and counts as missed (its count
is reported as ``dropped_by_cleaning``).

Matching rules (one-to-one, gold in text order, the first fitting prediction wins):
- a predicted claim matches a gold figure when their spans overlap in the cleaned text and their
  values are equal (relative tolerance 1e-6): the predicted ``value`` equals the gold value, or,
  for a gold range, the predicted ``low``/``high`` equal the gold ones.

Figures (per split: ``tune``, ``heldout``, and ``all`` for both; ``fresh`` scores the separate
never-tuned set ``data/claims_fresh.jsonl`` alone; ``evaluate(..., show_misses=True)`` lists the
tune split's misses and wrong attributes, never the held-out or fresh ones):
- ``found``: matched gold figures / gold figures (value recall).
- ``precision``: matched predictions / predictions whose span lies in a sentence holding a gold
  figure (predictions elsewhere are not judged: the gold only covers key figures).
- per attribute, over found figures: ``qualifier`` (equal), ``state`` (what happened; equal,
  null = null), ``place`` (see below), ``as_of`` (see below), ``source`` (see below), ``modality``
  (equal), and, not part of "fully right", ``location_basis``, ``as_of_basis``, ``via`` and
  ``measure`` (the gold measure's first content word, usually what is counted, appears in the
  predicted measure; plural-blind).
- ``fully_right_dated_docs`` / ``as_of_dated_docs``: the same over the figures of documents whose
  text states their publication date (the others' relative dates can only be windows).
- ``fully_right``: gold figures found with qualifier, state, place, source, as-of and modality
  all right, over all gold figures.
- ``published``: documents whose predicted ``published.date`` equals the date the text states
  (a stated null is right when the prediction has no ``date``; an inferred window is not a date).

Lenient comparisons (what a human reader would accept):
- places: names normalised (``places.norm_name``: case, accents, "the", possessives, punctuation)
  after dropping generic words (region, province, state, county, district, city, strip, island(s),
  area, oblast); equal, or the same row of the alias table (``places.lookup_alias``: "DPRK" =
  "North Korea"), or one name's words a contiguous run of the other's ("the Kursk region" =
  "Kursk", "West Papua" ~ "Papua"). A gold value may list alternatives separated by ``|``.
  Null = null.
- sources: the gold name (or any ``|`` alternative) against the predicted ``name`` and ``text``:
  equal, case-insensitive containment either way, or the same last word (the head: "Health
  Minister Ali Hassan" = "Hassan"; not for generic heads: "Central Election Commission" is not
  "the European Commission"). Null = null.
- via: every gold relay matched (as a source) by some predicted relay, and none predicted when
  the gold has none.
- as-of: equal values; or windows one inside the other where the wider one is at most a month
  ("2009-01" holds "2009-01-07"); week and year values are windows too. Null = null.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..extract.places import lookup_alias, norm_name
from ..ingest.clean import clean_article
from ..model import Article, RawArticle, Rejection, dossier_to_dict
from ..reconcile.tracks import location_key
from ..settings import Settings

SPLITS = ("tune", "heldout")
FRESH = "fresh"  # a separate, never-tuned set (``data/claims_fresh.jsonl``); not part of ``all``
QUALIFIERS = ("exact", "about", "at_least", "at_most", "over", "under", "up_to", "nearly", "range")
MODALITIES = ("reported", "confirmed", "estimated", "projected", "expected", "denied")
STATES = (
    "present",
    "killed",
    "wounded",
    "casualties",
    "dead_or_missing",
    "missing",
    "captured",
    "displaced",
    "evacuated",
    "arrested",
    "charged",
    "rescued",
    "affected",
    "destroyed",
    "damaged",
    "cases",
    "votes",
    "turnout",
    "seats",
    "amount",
    "change",
    "level",
)
ATTRIBUTES = ("qualifier", "state", "place", "as_of", "source", "modality")


# --- loading -------------------------------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "...", "’s"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "#", "US$", "C$", "A$"}
_DIGITS = re.compile(r"\d+$")


def detokenize(tokens: Sequence[str]) -> str:
    """Join one sentence's tokens (ECB+/TimeML style) into the text a reader would see.

    Args:
        tokens: the tokens in order ("6", ".", "1", "-", "magnitude", "``", "quake", "''").

    Returns:
        The sentence ("6.1-magnitude "quake"").
    """
    toks = [t.strip() for t in tokens if t and t.strip()]
    out = ""
    glue = True  # no space before the next token
    for i, tok in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if tok in ("``", "''", '"'):
            # a bare quote opens when the quotes so far are balanced and words follow it
            opening = tok == "``" or (tok == '"' and out.count('"') % 2 == 0 and bool(nxt) and nxt not in _NO_SPACE_BEFORE)
            out += ("" if glue or not opening else " ") + '"'
            glue = opening
            continue
        # split decimals, thousands, clock times and numeric dates: "6 . 1", "1 , 000", "05 : 31AM", "11 / 28 / 05"
        if _DIGITS.match(prev) and (
            (tok == "." and _DIGITS.match(nxt))
            or (tok == "," and _DIGITS.match(nxt) and len(nxt) == 3)
            or (tok in (":", "/") and nxt[:1].isdigit())
        ):
            out += tok
            glue = True
            continue
        # intra-word hyphens: "6 - magnitude", "hit - and - run"
        if tok == "-" and prev and nxt and re.search(r"[A-Za-z0-9]$", prev) and (nxt[:1].islower() or _DIGITS.match(prev)):
            out += tok
            glue = True
            continue
        space = not glue and tok not in _NO_SPACE_BEFORE
        out += (" " if space else "") + tok
        glue = tok in _NO_SPACE_AFTER
    return out


def _xml_sentences(root: ET.Element) -> list[list[str]]:
    sents: dict[int, list[str]] = defaultdict(list)
    for t in root.iter("token"):
        sents[int(t.get("sentence", "0"))].append(t.text or "")
    return [sents[k] for k in sorted(sents)]


@dataclass(frozen=True)
class Document:
    """One source document as the pipeline is given it: loaded text, URL, the dataset's DCT."""

    path: str  # relative to the data root ("ecbplus/.../41_1ecb.xml", "fnc1/competition_test_bodies.csv#2008")
    text: str
    url: str | None = None
    dct: str | None = None  # the dataset's creation time, kept only as a reference for annotators


def load_document(data_root: Path, rel: str) -> Document:
    """Load one document of the data root as plain text (deterministic per format).

    Args:
        data_root: the shared data folder (``../shared/data``).
        rel: the document's path relative to it; FNC-1 bodies as
            ``fnc1/competition_test_bodies.csv#<Body ID>``.

    Returns:
        The ``Document``.
    """
    path, _, frag = rel.partition("#")
    full = Path(data_root) / path
    if path.endswith(".csv"):
        with full.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("Body ID") == frag:
                    return Document(path=rel, text=row["articleBody"].replace("\r\n", "\n"))
        raise KeyError(rel)
    if path.endswith(".txt"):
        data = full.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        return Document(path=rel, text=text.replace("\r\n", "\n"))
    root = ET.parse(full).getroot()
    if path.endswith(".tml"):
        dct_el = root.find("DCT/TIMEX3")
        dct = dct_el.get("value") if dct_el is not None else None
        sents = [(s.text or "").split() for s in root.iter("s")]
        return Document(path=rel, text="\n\n".join(detokenize(s) for s in sents if s), dct=dct)
    sents = _xml_sentences(root)
    url: str | None = None
    if path.endswith("ecbplus.xml") and sents and re.match(r"https?:|www\.", "".join(sents[0])):
        url = "".join(sents[0])
        sents = sents[1:]
    return Document(path=rel, text="\n\n".join(detokenize(s) for s in sents if s), url=url)


def to_article(doc: Document, *, settings: Settings) -> Article | Rejection:
    """Clean a loaded document as a real build would (``ingest.clean.clean_article``).

    Args:
        doc: the loaded document.
        settings: build settings.

    Returns:
        The cleaned ``Article`` (its date read from its own text), or the cleaner's rejection.
    """
    raw = RawArticle(source=doc.path, fmt="txt", text=doc.text, url=doc.url)
    return clean_article(raw, settings=settings)


def map_offsets(loaded: str, cleaned: str) -> Callable[[int, int], tuple[int, int] | None]:
    """Map spans of the loaded text into the cleaned text, line by line.

    Args:
        loaded: the text the loader produced.
        cleaned: the cleaned article text.

    Returns:
        A function (start, end) -> (start, end) in ``cleaned``, or None when the span's line was
        dropped by the cleaner (or the span crosses lines).
    """
    table: list[tuple[int, int, int]] = []  # loaded line start, loaded line end, cleaned start
    cursor = 0
    pos = 0
    for line in loaded.split("\n"):
        stripped = line.replace("\u00a0", " ").replace("\u200b", "").strip()
        lead = len(line) - len(line.lstrip())
        if stripped and len(stripped) == len(line.strip()):
            at = cleaned.find(stripped, cursor)
            if at >= 0:
                table.append((pos + lead, pos + lead + len(stripped), at))
                cursor = at + len(stripped)
        pos += len(line) + 1

    def mapper(start: int, end: int) -> tuple[int, int] | None:
        for lo, hi, at in table:
            if lo <= start and end <= hi:
                return at + start - lo, at + end - lo
        return None

    return mapper


# --- gold ----------------------------------------------------------------------------------


def gold_path() -> Path:
    """The dev set file shipped with the package (``evaluation/data/claims_dev.jsonl``)."""
    return Path(str(resources.files("dossier.evaluation").joinpath("data/claims_dev.jsonl")))


def fresh_path() -> Path:
    """The never-tuned fresh set (``evaluation/data/claims_fresh.jsonl``, split ``fresh``)."""
    return Path(str(resources.files("dossier.evaluation").joinpath("data/claims_fresh.jsonl")))


def load_gold(path: Path | None = None) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Read the dev set: the figures, and the document lines by document path.

    Args:
        path: the JSONL file (default: the packaged dev set).

    Returns:
        (figures in file order, documents by ``doc``).
    """
    figures: list[dict[str, Any]] = []
    docs: dict[str, dict[str, Any]] = {}
    with (path or gold_path()).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            rec = json.loads(line)
            if rec.get("type") == "document":
                docs[rec["doc"]] = rec
            else:
                figures.append(rec)
    return figures, docs


# --- comparisons -----------------------------------------------------------------------------

_GENERIC_PLACE = re.compile(
    r"\b(region|province|state|county|district|city|strip|islands?|area|oblast|governorate|prefecture|municipality|of)\b",
    re.I,
)


def _alternatives(gold: str | None) -> list[str]:
    return [g.strip() for g in (gold or "").split("|") if g.strip()]


def _place_words(name: str) -> list[str]:
    s = _GENERIC_PLACE.sub(" ", name.replace(",", " "))
    return [w for w in (norm_name(p) for p in s.split()) if w]


def _run_inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def same_place(gold: str | None, pred: str | None) -> bool:
    """Whether a predicted place names the gold place (rules in the module docstring).

    Args:
        gold: the gold place, alternatives separated by ``|``, or None.
        pred: the predicted place or None.

    Returns:
        True when a human would call them the same place.
    """
    alts = _alternatives(gold)
    if not alts or not pred:
        return not alts and not pred
    pw = _place_words(pred)
    for g in alts:
        gw = _place_words(g)
        if gw == pw or norm_name(g) == norm_name(pred):
            return True
        ga, pa = lookup_alias(g), lookup_alias(pred)
        if ga is not None and pa is not None and ga.canonical == pa.canonical:
            return True
        if _run_inside(pw, gw) or _run_inside(gw, pw):
            return True
    return False


def _ref_texts(ref: Any) -> list[str]:
    if not ref:
        return []
    if isinstance(ref, str):
        return [ref]
    return [str(ref[k]) for k in ("name", "text") if isinstance(ref, Mapping) and ref.get(k)]


def _words_of(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", s.lower())


# heads shared by many different bodies: "the same last word" is no evidence for these
_GENERIC_HEADS = {
    "agency", "association", "authorities", "authority", "bank", "center", "centre", "commission",
    "committee", "council", "department", "fund", "government", "group", "ministry", "news", "office",
    "officials", "organisation", "organization", "party", "police", "press", "reports", "service",
    "survey", "times", "post", "media", "sources", "witnesses", "source", "official", "spokesman",
}


def same_source(gold: str | None, pred: Any) -> bool:
    """Whether a predicted source (``{"entity","name","text"}`` or None) is the gold claimant.

    Args:
        gold: the gold name or description, alternatives separated by ``|``, or None.
        pred: the predicted reference.

    Returns:
        True on equal names, containment either way (case-insensitive) or the same head word
        (unless the head is a generic one such as "commission" or "officials").
    """
    alts = _alternatives(gold)
    texts = _ref_texts(pred)
    if not alts or not texts:
        return not alts and not texts
    for g in alts:
        gw = _words_of(g)
        for t in texts:
            tw = _words_of(t)
            if not gw or not tw:
                continue
            if _run_inside(gw, tw) or _run_inside(tw, gw):
                return True
            if gw[-1] == tw[-1] and gw[-1] not in _GENERIC_HEADS:
                return True
    return False


def same_via(gold: Sequence[str] | None, pred: Sequence[Any] | None) -> bool:
    """Whether the predicted relays cover the gold relays (and none are invented)."""
    g = list(gold or [])
    p = list(pred or [])
    if not g:
        return not p
    return all(any(same_source(x, r) for r in p) for x in g)


def _window(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value[:10]) if len(value) >= 10 else None
    try:
        if m:
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d, d
        m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if m:
            d = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return d, d + dt.timedelta(days=6)
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})", value)
        if m:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def same_as_of(gold: str | None, pred: str | None) -> bool:
    """Whether a predicted as-of date fits the gold one (equal, or nested within a month).

    Args:
        gold: gold ISO/TIMEX3 value or None.
        pred: predicted value or None.

    Returns:
        True when equal, or when one window holds the other and the wider spans at most 31 days.
    """
    if not gold or not pred:
        return not gold and not pred
    if gold == pred or gold[:10] == pred[:10] and len(gold) >= 10 and len(pred) >= 10:
        return True
    gw, pw = _window(gold), _window(pred)
    if gw is None or pw is None:
        return False
    inner, outer = (pw, gw) if gw[0] <= pw[0] and pw[1] <= gw[1] else (gw, pw)
    if not (outer[0] <= inner[0] and inner[1] <= outer[1]):
        return False
    return (outer[1] - outer[0]).days <= 31


_STOP = {"the", "a", "an", "of", "in", "on", "at", "by", "for", "and", "to", "from", "as", "who", "that", "were", "was", "people"}


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def same_measure(gold: str | None, pred: str | None) -> bool:
    """Whether the predicted measure names what the gold counts (its first content word, plural-blind)."""
    gw = [_stem(w) for w in _words_of(gold or "") if w not in _STOP]
    pw = {_stem(w) for w in _words_of(pred or "")}
    if not gw:
        return not pw
    return gw[0] in pw


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def values_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Equal values: the predicted value equals the gold value, or a gold range's low and high."""
    if gold.get("value") is not None and _num_eq(gold["value"], pred.get("value")):
        return True
    if gold.get("low") is not None and gold.get("high") is not None:
        return _num_eq(gold["low"], pred.get("low")) and _num_eq(gold["high"], pred.get("high"))
    return False


def attribute_results(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, bool]:
    """Judge each attribute of one matched prediction against its gold figure.

    Args:
        gold: one gold figure line.
        pred: the matched predicted claim (dossier.json shape).

    Returns:
        Attribute name -> right, for the six of "fully right" plus ``location_basis``,
        ``as_of_basis``, ``via`` and ``measure``.
    """
    out = {
        "qualifier": gold.get("qualifier") == pred.get("qualifier"),
        "state": (gold.get("state") or None) == (pred.get("state") or None),
        "place": same_place(gold.get("location"), pred.get("location")),
        "as_of": same_as_of(gold.get("as_of"), pred.get("as_of")),
        "source": same_source(gold.get("source"), pred.get("source")),
        "modality": gold.get("modality") == pred.get("modality"),
        "location_basis": (gold.get("location_basis") or None) == (pred.get("location_basis") or None),
        "as_of_basis": (gold.get("as_of_basis") or None) == (pred.get("as_of_basis") or None),
        "via": same_via(gold.get("via"), pred.get("via")),
        "measure": same_measure(gold.get("measure"), pred.get("measure")),
    }
    return out


@dataclass
class Tally:
    """Running counts of one split."""

    gold: int = 0
    found: int = 0
    fully_right: int = 0
    dropped: int = 0
    judged_predictions: int = 0
    matched_predictions: int = 0
    docs: int = 0
    published_right: int = 0
    # the same for figures of documents whose text states their publication date: a system that
    # never invents a date can date the others' "Tuesday" only as a window
    dated_gold: int = 0
    dated_found: int = 0
    dated_fully_right: int = 0
    dated_as_of_right: int = 0

    def __post_init__(self) -> None:
        self.right: dict[str, int] = defaultdict(int)


def match_figures(
    gold_figures: Sequence[Mapping[str, Any]],
    gold_spans: Sequence[tuple[int, int] | None],
    claims: Sequence[Mapping[str, Any]],
) -> list[int | None]:
    """Match each gold figure to a predicted claim, one to one: overlapping span and equal value.

    Args:
        gold_figures: the document's gold figure lines, in text order.
        gold_spans: each gold figure's span in the cleaned text (None: the cleaner dropped it).
        claims: the predicted claims of the article, in text order.

    Returns:
        For each gold figure, the index of its claim in ``claims``, or None.
    """
    used: set[int] = set()
    hits: list[int | None] = []
    for g, span in zip(gold_figures, gold_spans):
        hit = None
        if span is not None:
            hit = next((k for k, c in enumerate(claims)
                        if k not in used and c["start"] < span[1] and span[0] < c["end"] and values_match(g, c)), None)
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def score_document(
    gold_figures: Sequence[Mapping[str, Any]],
    gold_spans: Sequence[tuple[int, int] | None],
    claims: Sequence[Mapping[str, Any]],
    sentences: Sequence[tuple[int, int]],
    tally: Tally,
    misses: list[str] | None = None,
    *,
    dated: bool = False,
) -> None:
    """Match one document's predicted claims to its gold figures and add to the tally.

    Args:
        gold_figures: the document's gold figure lines.
        gold_spans: each gold figure's span in the cleaned text (None when the cleaner dropped it).
        claims: the predicted claims of this article (dossier.json shape).
        sentences: (start, end) of the sentences holding a gold figure, for precision.
        tally: the split's counts (updated).
        misses: if given, a line per missed or partly wrong figure is appended.
        dated: the document's text states its publication date (counted apart as well).
    """
    hits = match_figures(gold_figures, gold_spans, claims)
    used = {h for h in hits if h is not None}
    for g, span, hit in zip(gold_figures, gold_spans, hits):
        tally.gold += 1
        tally.dated_gold += dated
        if span is None:
            tally.dropped += 1
            if misses is not None:
                misses.append(f"{g['doc']} {g['words']!r}: dropped by the cleaner")
            continue
        if hit is None:
            if misses is not None:
                misses.append(f"{g['doc']} {g['words']!r} {g.get('value')}: not found")
            continue
        tally.found += 1
        res = attribute_results(g, claims[hit])
        for key, ok in res.items():
            tally.right[key] += ok
        tally.dated_found += dated
        tally.dated_as_of_right += dated and res["as_of"]
        if all(res[a] for a in ATTRIBUTES):
            tally.fully_right += 1
            tally.dated_fully_right += dated
        elif misses is not None:
            wrong = [a for a in ATTRIBUTES if not res[a]]
            got = {a: claims[hit].get({"place": "location"}.get(a, a)) for a in wrong}
            misses.append(f"{g['doc']} {g['words']!r}: wrong {got}")
    for k, c in enumerate(claims):
        if any(lo <= c["start"] and c["end"] <= hi for lo, hi in sentences):
            tally.judged_predictions += 1
            tally.matched_predictions += k in used


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def figures_of(t: Tally) -> dict[str, Any]:
    """The printed figures of one split's tally."""
    out: dict[str, Any] = {
        "gold_figures": t.gold,
        "found": _ratio(t.found, t.gold),
        "precision": _ratio(t.matched_predictions, t.judged_predictions),
        "fully_right": _ratio(t.fully_right, t.gold),
    }
    for a in (*ATTRIBUTES, "location_basis", "as_of_basis", "via", "measure"):
        out[a] = _ratio(t.right[a], t.found)
    out["dated_doc_figures"] = t.dated_gold
    out["fully_right_dated_docs"] = _ratio(t.dated_fully_right, t.dated_gold)
    out["as_of_dated_docs"] = _ratio(t.dated_as_of_right, t.dated_found)
    out["published"] = _ratio(t.published_right, t.docs)
    out["documents"] = t.docs
    out["dropped_by_cleaning"] = t.dropped
    return out


def _published_right(gold: Mapping[str, Any], article: Mapping[str, Any] | None) -> bool:
    stated = gold.get("published")
    pub = (article or {}).get("published") or {}
    return (pub.get("date") or None) == (stated or None)


def _build(articles: Sequence[Article], settings: Settings) -> dict[str, Any]:
    from ..pipeline import build_from_articles  # loads spaCy: only when a build runs

    return dossier_to_dict(build_from_articles(articles, settings=settings))


def _gold_sentences(text: str, spans: Iterable[tuple[int, int] | None], sents: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for sp in spans:
        if sp is None:
            continue
        for lo, hi in sents:
            if lo <= sp[0] < hi:
                out.append((lo, hi))
    return out


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence/paragraph bounds for the precision window (no parser needed)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start = m.start()
        for s in re.finditer(r".+?(?:[.!?](?=\s+[A-Z\"“])|$)", m.group(0)):
            if s.group(0).strip():
                out.append((start + s.start(), start + s.end()))
    return out


def track_purity(
    data_dir: Path,
    docs: Mapping[str, Mapping[str, Any]],
    figures: Sequence[Mapping[str, Any]],
    split: str,
    *,
    settings: Settings,
) -> dict[str, Any]:
    """Build every document of a split as ONE folder (several stories at once) and judge its tracks.

    A track is pure when the gold figures it holds (matched as in ``score_document``) are all of
    one story and one state (what happened to the counted). Only tracks holding two or more
    matched gold figures are judged, as in the issue that asked for it.

    Purity alone rewards cutting a scope into many small tracks. Completeness is its other half:
    the gold figures of one scope (story, state and place, the place compared by its track
    location key), two or more of them matched, and the share of them that sits in the scope's
    largest track (a figure left out of every track counts as apart). It runs over all of a
    scope's figures, so populations one scope mixes (soldiers of two armies killed in one place)
    lower it a little by design.

    Args:
        data_dir: the shared data folder.
        docs: gold document lines by path.
        figures: gold figure lines.
        split: ``tune`` or ``heldout``.
        settings: build settings.

    Returns:
        ``judged_tracks``, ``pure_tracks``, ``purity``, ``cross_story_tracks``, ``completeness``
        over ``completeness_figures`` gold figures, and the number of system ``stories`` against
        the gold ``gold_stories``.
    """
    paths = sorted(p for p, d in docs.items() if d["split"] == split)
    loaded = {p: load_document(data_dir, p) for p in paths}
    arts = {p: a for p, doc in loaded.items() if isinstance(a := to_article(doc, settings=settings), Article)}
    built = _build(list(arts.values()), settings)
    claims_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in built["claims"]:
        claims_by[c["article"]].append(c)
    kinds: dict[str, list[tuple[str, str]]] = defaultdict(list)  # track -> (story, state) of its gold figures
    # gold scope (story, state, place) -> the tracks its matched figures landed in (None: no track)
    scopes: dict[tuple[str, str, str], list[str | None]] = defaultdict(list)
    for p, art in arts.items():
        gold = sorted((f for f in figures if f["doc"] == p), key=lambda f: f["start"])
        mapper = map_offsets(loaded[p].text, art.text)
        preds = sorted(claims_by.get(art.id, []), key=lambda c: c["start"])
        for g, hit in zip(gold, match_figures(gold, [mapper(g["start"], g["end"]) for g in gold], preds)):
            if hit is not None and preds[hit].get("track"):
                kinds[preds[hit]["track"]].append((str(g["story"]), str(g.get("state"))))
            if hit is not None and g.get("state"):
                scope = (str(g["story"]), str(g["state"]), location_key(g.get("location")))
                scopes[scope].append(preds[hit].get("track"))
    judged = {t: ks for t, ks in kinds.items() if len(ks) >= 2}
    pure = sum(len(set(ks)) == 1 for ks in judged.values())
    # completeness: of the figures of one gold scope (two or more), the share in its largest track
    together = total = 0
    for tracks in scopes.values():
        if len(tracks) < 2:
            continue
        total += len(tracks)
        counts = Counter(t for t in tracks if t is not None)
        together += max(counts.values()) if counts else 0
    return {
        "judged_tracks": len(judged),
        "pure_tracks": pure,
        "purity": _ratio(pure, len(judged)),
        "cross_story_tracks": sum(len({s for s, _ in ks}) > 1 for ks in judged.values()),
        "completeness": _ratio(together, total),
        "completeness_figures": total,
        "stories": len(built.get("stories") or []),
        "gold_stories": len({docs[p]["story"] for p in paths}),
    }


def evaluate(
    data_dir: Path,
    *,
    split: str = "all",
    limit: int | None = None,
    gold_file: Path | None = None,
    show_misses: bool = False,
    purity: bool = True,
) -> dict[str, Any]:
    """Build each dev-set story with the real pipeline and score its claims against the gold.

    Args:
        data_dir: the shared data folder (``../shared/data``).
        split: ``tune``, ``heldout`` or ``all`` (both, each reported, plus the total); or
            ``fresh``: the separate never-tuned set (``fresh_path``), scored alone.
        limit: score only the first N stories of each split (quick runs).
        gold_file: another annotation file in the same format.
        show_misses: add a ``misses`` list (tune split only: the held-out half is not inspected).
        purity: also build each split as one mixed folder and report its tracks' purity
            (``<split>_track_purity`` ...; see ``track_purity``).

    Returns:
        Figures per split, keys prefixed ``<split>_``.
    """
    if split not in (*SPLITS, "all", FRESH):
        raise ValueError(f"unknown split {split!r}: use tune, heldout, all or fresh")
    settings = Settings(progress="never")
    figures, docs = load_gold(gold_file or (fresh_path() if split == FRESH else None))
    wanted = SPLITS if split == "all" else (split,)
    out: dict[str, Any] = {}
    total = Tally()
    misses: list[str] = []
    for sp in wanted:
        tally = Tally()
        stories: dict[str, list[str]] = defaultdict(list)
        for d in docs.values():
            if d["split"] == sp:
                stories[d["story"]].append(d["doc"])
        for story in sorted(stories)[: limit or None]:
            loaded = {p: load_document(data_dir, p) for p in stories[story]}
            arts: dict[str, Article] = {}
            for p, doc in loaded.items():
                a = to_article(doc, settings=settings)
                if isinstance(a, Article):
                    arts[p] = a
            built = _build(list(arts.values()), settings)
            by_id = {a["id"]: a for a in built["articles"]}
            claims_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for c in built["claims"]:
                claims_by[c["article"]].append(c)
            for p, doc in loaded.items():
                art = arts.get(p)
                tally.docs += 1
                pub_ok = _published_right(docs[p], by_id.get(art.id) if art else None)
                tally.published_right += pub_ok
                if not pub_ok and show_misses and sp == "tune":
                    got = (by_id.get(art.id) or {}).get("published") if art else None
                    misses.append(f"{p}: published {docs[p].get('published')} (text), predicted {got}")
                gold = sorted((f for f in figures if f["doc"] == p), key=lambda f: f["start"])
                if art is None:
                    spans: list[tuple[int, int] | None] = [None] * len(gold)
                    score_document(gold, spans, [], [], tally, misses if show_misses and sp == "tune" else None,
                                   dated=bool(docs[p].get("published")))
                    continue
                mapper = map_offsets(doc.text, art.text)
                spans = [mapper(f["start"], f["end"]) for f in gold]
                sents = _gold_sentences(art.text, spans, _sentence_bounds(art.text))
                preds = sorted(claims_by.get(art.id, []), key=lambda c: c["start"])
                score_document(gold, spans, preds, sents, tally, misses if show_misses and sp == "tune" else None,
                               dated=bool(docs[p].get("published")))
        for key, value in figures_of(tally).items():
            out[f"{sp}_{key}"] = value
        if purity and limit is None:
            for key, value in track_purity(data_dir, docs, figures, sp, settings=settings).items():
                out[f"{sp}_track_{key}"] = value
        total.gold += tally.gold
        total.found += tally.found
        total.fully_right += tally.fully_right
        total.dropped += tally.dropped
        total.judged_predictions += tally.judged_predictions
        total.matched_predictions += tally.matched_predictions
        total.docs += tally.docs
        total.published_right += tally.published_right
        total.dated_gold += tally.dated_gold
        total.dated_found += tally.dated_found
        total.dated_fully_right += tally.dated_fully_right
        total.dated_as_of_right += tally.dated_as_of_right
        for k, v in tally.right.items():
            total.right[k] += v
    if split == "all":
        for key, value in figures_of(total).items():
            out[f"all_{key}"] = value
    if show_misses:
        out["misses"] = misses
    return out
