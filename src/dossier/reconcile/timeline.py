"""Timeline: dated events across articles, merged, with evidence; dates for undated articles.

1. **Detection** (per article, ``detect_event_mentions``, called by the pipeline on the
   article's own parse; results kept as picklable ``EventMention`` records in
   ``ArticleAnalysis.event_mentions``, so nothing is parsed again here). In every sentence
   holding a time expression, the expression is attached to
   the event word it modifies: from the expression's head in the dependency parse, up the tree
   (at most four steps) to the first verb or event noun of the lexicon
   (``dossier.extract.events.EVENT_LEXICON``: deployments, movements, statements, confirmations,
   combat, treaties, launches, sanctions, attacks, deaths, ...). A light verb takes the kind of
   its event object ("launched an incursion" is combat). The event's date is the attached
   expression's window (a statement's date is when it was said: "said on Monday" dates the
   saying, not what was said). What depends on the story is done in ``build_timeline``:
   windows, relative days, quotes, and folding the mentions of one sentence. Values with an
   unknown year (``XXXX-11-03``) take the story's year: the one that puts the date nearest
   the dated articles of the story.
2. **Merging.** Candidates are clustered with ``dossier.extract.events.cluster_mentions`` (trigger lemma
   or kind, overlapping date windows, overlapping participants/keywords); across articles a pair
   must share at least one participant or keyword. The event's window is the intersection of
   its members' windows (else the narrowest), its evidence every member sentence.
3. **Summary**: an extractive compression of the best member sentence: the trigger's subject,
   the trigger and its objects, without the time expression, appositions, relative clauses and
   attributions; at most 18 words.
4. **Undated articles** (``published.basis != "explicit"``): a relative day in the article
   ("Thursday", "today", "yesterday") attached to an event that a dated article places on a
   given day pins the article's publication window ("Thursday" = that day -> published that
   day or within the six days after). Windows from several pins are intersected; ``date`` is
   set only when the window is one day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..extract.events import (
    LIGHT_VERBS,
    MentionFeatures,
    cluster_mentions,
    days_between,
    event_kind,
    iso_day,
    pair_score,
    window_of,
    window_value,
)
from ..ingest.metadata import parse_dateline
from ..model import (
    Article,
    ArticleAnalysis,
    Entity,
    Event,
    EventMention,
    Evidence,
    PublishedDate,
    Relation,
    TimeExpression,
    stable_id,
)
from .text import article_sentences
from ..settings import Settings
from .tracks import _POPULATIONS

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAY = re.compile(
    r"^(?:(?:on|last|this|late|early|by|since|from|until)\s+)*(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"tonight|yesterday|this morning|this afternoon|this evening|last night)(?:'s| morning| afternoon| evening| night)?$",
    re.I,
)
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "his", "her", "its", "their",
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "who", "which", "be", "have",
    "do", "'s", "one", "him", "them", "us", "me", "our", "my", "your", "there", "what", "also", "more", "most",
    "some", "any", "all", "such", "other", "time", "day", "week", "month", "year", "people", "thing", "way",
}
_DROP_DEPS = {"appos", "relcl", "acl", "advcl", "parataxis", "punct", "cc", "mark", "meta", "dep", "npadvmod", "intj"}
_MAX_WORDS = 18
_CANONICAL_LEMMA = {"statement": "say", "confirmation": "confirm"}


@dataclass
class _Candidate:
    """One event mention found in one article sentence."""

    article: str
    sent_start: int
    sent_end: int
    sentence: str
    kind: str
    lemma: str
    window: tuple[str, str] | None
    relative: str | None  # "thursday", "today", "yesterday" when the date is relative and unresolved
    time_text: str
    arguments: frozenset[str]
    summary: str
    explicit: bool  # the article's own date is explicit
    speaker: frozenset[str] = frozenset()  # for statements: words naming who spoke
    past: bool = False  # told in the past tense: it happened before publication
    trigger_i: int = -1  # token index of the trigger in the sentence parse
    subtree: frozenset[int] = frozenset()  # token indexes under the trigger


# --- dates ---------------------------------------------------------------------------------


def _story_dates(articles: Sequence[Article]) -> list[str]:
    out = []
    for a in articles:
        p = a.published
        day = iso_day(p.date) if p.basis == "explicit" else None
        if day:
            out.append(day)
    return sorted(out)


def _resolve_unknown_year(value: str, article: Article, story: list[str], past: bool = False) -> str | None:
    """Give ``XXXX-11-03`` a year: the article's window year, else the one nearest the story's dates.

    A past event ("In June, X visited Y") is not put after the story's last dated report: the
    undated article that tells it in the past tense is one of the story's reports.
    """
    rest = value[4:]
    p = article.published
    if p.earliest and p.latest and p.earliest[:4] == p.latest[:4]:
        return p.earliest[:4] + rest
    if past and p.earliest and not p.latest:
        # an undated report known only to come after a day it tells in the past ("said on
        # December 18"): a past month it names without a year ("Putin visited Pyongyang in June")
        # is the last one before that day, as news tells the months just gone
        year = int(p.earliest[:4])
        w = window_of(f"{year}{rest}")
        if w is None:
            return None
        return f"{year if w[0] <= p.earliest[:10] else year - 1}{rest}"
    if not story:
        return None
    anchor = story[len(story) // 2]
    best: tuple[int, str] | None = None
    for year in (int(anchor[:4]) - 1, int(anchor[:4]), int(anchor[:4]) + 1):
        w = window_of(f"{year}{rest}")
        if w is None:
            return None
        if past and w[0] > story[-1]:
            continue
        gap = abs(days_between(anchor, w[0]))
        if best is None or gap < best[0]:
            best = (gap, f"{year}{rest}")
    return best[1] if best else None


def _te_window(te: TimeExpression, article: Article, story: list[str], past: bool = False) -> tuple[str, str] | None:
    if te.type not in {"DATE", "TIME"}:
        return None
    value = te.value
    if value and value.startswith("XXXX") and re.match(r"^XXXX-\d{2}", value):
        value = _resolve_unknown_year(value, article, story, past)
    earliest, latest = te.earliest, te.latest
    if earliest and earliest.startswith("XXXX"):
        resolved = _resolve_unknown_year(earliest, article, story, past) if re.match(r"^XXXX-\d{2}", earliest) else None
        earliest = resolved
    if latest and latest.startswith("XXXX"):
        latest = _resolve_unknown_year(latest, article, story, past) if re.match(r"^XXXX-\d{2}", latest) else None
    w = window_of(value, earliest, latest)
    if w is None:
        return None
    span = days_between(w[0], w[1])
    return w if span <= 62 else None  # a year or a season does not date an event on a timeline


def _relative_day(te: TimeExpression) -> str | None:
    m = _RELATIVE_DAY.match(te.text.strip())
    if not m:
        return None
    word = m.group(1).lower()
    if word in {"tonight", "this morning", "this afternoon", "this evening"}:
        return "today"
    if word == "last night":
        return "yesterday"
    return word


# --- parsing helpers -----------------------------------------------------------------------


# lexicon words that are events only as verbs ("by train", "the state", "a ship")
_VERB_ONLY = {
    "train", "move", "return", "state", "fire", "hit", "name", "charge", "travel", "march", "ship", "fly",
    "cross", "report", "claim", "note", "add", "test", "free", "release", "target", "free", "storm", "brief",
}


def _is_trigger(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return event_kind(lemma) is not None or (lemma in LIGHT_VERBS and _event_object(tok) is not None)
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.dep_ != "compound"):
        # the head of a name counts too ("the Comprehensive Strategic Partnership Agreement")
        return event_kind(lemma) is not None and lemma not in _VERB_ONLY
    return False


def _governing_verb(noun: Token) -> Token | None:
    """The lexicon verb a noun trigger is the object of ("said at a press conference")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in {"dobj", "obj"}:
        return None
    if head is noun or head.pos_ != "VERB" or not _is_trigger(head):
        return None
    return head


def _attach(span: Span) -> Token | None:
    """The event word a time expression modifies: up the tree from its root to a lexicon word.

    A noun found first yields to the verb it is the object of ("said at a press conference on
    Thursday" is a saying dated Thursday), unless that verb is a light verb.
    """
    tok = span.root
    for _ in range(6):
        outside = tok.i < span.start or tok.i >= span.end
        if outside and _is_trigger(tok):
            if tok.pos_ in {"NOUN", "PROPN"}:
                # "the signing of the agreement": the outer event noun
                if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _is_trigger(tok.head.head):
                    tok = tok.head.head
                return _governing_verb(tok) or tok
            return tok
        if outside and tok.pos_ == "VERB":
            # "the office said Sunday the toll had climbed": the parser hung the day that follows a
            # speech verb on the reported clause; it dates the saying
            said = span.doc[span.start - 1] if span.start > 0 else None
            if said is not None and tok.dep_ == "ccomp" and tok.head.i == said.i and _is_trigger(said) \
                    and event_kind(said.lemma_.lower()) in _SPEECH_KINDS:
                return said
            return None  # the date belongs to a verb that is no event of the lexicon ("could reach")
        if tok.head is tok:
            break
        tok = tok.head
    return None


def _event_object(verb: Token) -> Token | None:
    """The event noun object of a light verb ("launched an incursion" -> incursion)."""
    for child in verb.children:
        if child.dep_ in {"dobj", "obj", "attr"} and child.pos_ == "NOUN" and event_kind(child.lemma_.lower()):
            return child
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head is not verb:
        return _subject(verb.head)
    return None


def _summary_root(trigger: Token) -> Token:
    """The word a headline is built around: the verb of an event noun that is its subject."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.pos_ in {"VERB", "AUX"}:
        return trigger.head
    if trigger.tag_ == "VBG" and trigger.dep_ == "xcomp" and trigger.head.pos_ in {"VERB", "AUX"}:
        return trigger.head  # "forces would begin entering combat zones": the finite verb carries it
    return trigger


def _keep_tokens(root: Token, skip: set[int], *, top: bool) -> list[Token]:
    """The tokens of ``root``'s subtree, without clauses and asides that a headline drops."""
    out = [root]
    for child in root.children:
        if child.i in skip:
            continue
        if child.dep_ in _DROP_DEPS and not (child.dep_ == "cc" and not top):
            # a name in apposition to a title is kept ("the ministry spokesperson Lin Jian")
            if not (child.dep_ == "appos" and child.pos_ == "PROPN" and root.pos_ == "NOUN"):
                continue
        if top and child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            continue  # a second clause ("... and said ...")
        if top and child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"}:
            continue  # added by the caller
        if child.dep_ == "det" and child.lower_ in {"the", "a", "an"}:
            continue
        out.extend(_keep_tokens(child, skip, top=False))
    return out


def _empty_preps(doc_tokens: Sequence[Token], skip: set[int]) -> set[int]:
    """Prepositions left without an object once the time expressions are taken out ("by", "on")."""
    out = set()
    for i in list(skip):
        head = doc_tokens[i].head
        if head.i not in skip and (head.pos_ == "ADP" or head.dep_ in {"prep", "agent"}):
            if all(c.i in skip for c in head.children):
                out.add(head.i)
    return out


_DROPPABLE = {"prep", "advmod", "conj", "npadvmod", "dative", "agent", "acomp", "oprd", "prt", "amod", "compound", "nmod"}


def _compress(toks: list[Token], keep: set[int], limit: int) -> list[Token]:
    """Drop the largest optional subtrees (prepositional phrases, conjuncts, modifiers) until short."""
    chosen = {t.i: t for t in toks}
    while len(chosen) > limit:
        best: tuple[int, int, list[int]] | None = None
        for t in chosen.values():
            if t.i in keep or t.dep_ not in _DROPPABLE:
                continue
            sub = [x.i for x in t.subtree if x.i in chosen]
            if any(i in keep for i in sub):
                continue
            cand = (len(sub), t.i, sub)
            if best is None or cand[:2] > best[:2]:
                best = cand
        if best is None:
            break
        for i in best[2]:
            chosen.pop(i, None)
    out = sorted(chosen.values(), key=lambda t: t.i)
    out = out[:limit] if len(out) > limit else out
    while out and (out[-1].dep_ in {"cc", "punct", "prep", "mark", "det", "aux"} or out[-1].pos_ in {"ADP", "CCONJ", "DET"}):
        out.pop()
    return out


def _render(toks: Sequence[Token]) -> str:
    words: list[str] = []
    for t in toks:
        text = t.text
        if (t.tag_ == "POS" or text in {"'s", "\u2019s"}) and words:
            words[-1] += "'s"
            continue
        if text in {"\"", "\u201c", "\u201d", "\u2018", "\u2019", "'"}:
            continue
        if text == "-" and words:
            words[-1] += "-"
            continue
        if words and words[-1].endswith("-"):
            words[-1] += text
            continue
        words.append(text)
    label = " ".join(words)
    label = re.sub(r"\s+([,.;:!?%)])", r"\1", label)
    return label.strip(" ,;:-")


def _summary(trigger: Token, event_tok: Token, skip_spans: Sequence[Span]) -> str:
    """An extractive headline for an event: subject + trigger + objects, without dates and asides.

    When the reported content comes first ("'...,' Patel told a briefing"), the speaker and verb
    are put first and the content after a colon.
    """
    doc_tokens = list(trigger.doc)
    skip = {i for sp in skip_spans for i in range(sp.start, sp.end)}
    skip |= _empty_preps(doc_tokens, skip)
    subj = _subject(trigger)
    head_toks: list[Token] = []
    if subj is not None and subj.i not in skip and subj.lower_ not in {"i", "we", "it", "he", "she", "they", "who", "which", "that"}:
        head_toks.extend(_keep_tokens(subj, skip, top=False))
    for child in trigger.children:
        if child.dep_ in {"aux", "auxpass", "neg"} and child.i not in skip:
            head_toks.append(child)
    body = _keep_tokens(trigger, skip, top=True)
    content_root = next((c for c in trigger.children if c.dep_ == "ccomp" and c.i not in skip), None)
    content: list[Token] = []
    if content_root is not None and content_root.i < trigger.i:
        content = [t for t in body if t.i in {x.i for x in content_root.subtree}]
        body = [t for t in body if t not in content]
    keep = {trigger.i, event_tok.i}
    if subj is not None:
        keep |= {subj.i} | {c.i for c in subj.conjuncts} | {c.i for c in subj.children if c.dep_ == "cc"}
        keep |= {c.i for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"}
    subj_ids = {t.i for t in head_toks}
    if subj_ids and min(subj_ids) < trigger.i:
        # the subject before its verb: what comes before the subject is a fronted aside ("According
        # to a tally by X, 372 people were injured"; "As reported, ..."; "On Tuesday, ..."), which a
        # headline drops; moving the subject ahead of it would scramble the words
        body = [t for t in body if t.i > min(subj_ids) or t.i in {trigger.i, event_tok.i}]
    main = _compress(sorted({t.i: t for t in head_toks + body}.values(), key=lambda t: t.i), keep, _MAX_WORDS)
    # the subject first, even when the sentence inverts it ("..., said the spokesperson")
    main = [t for t in main if t.i in subj_ids] + [t for t in main if t.i not in subj_ids]
    label = _render(main)
    kept = list(main)
    if content:
        room = max(4, _MAX_WORDS - len(main))
        tail = _compress(sorted(content, key=lambda t: t.i), {content_root.i}, room)  # type: ignore[union-attr]
        kept.extend(tail)
        label += ": " + _render(tail)
    label = label.strip()
    label = label[:1].upper() + label[1:] if label else event_tok.text
    if not _readable(label, kept):
        label = _clause(trigger.doc[:], skip, trigger)
    return label


def _readable(label: str, kept: Sequence[Token]) -> bool:
    """A clause a person would write: four words or more, a finite verb, a subject that is no
    dateline ("MAROVEL struck ..."), not a bare date stamp."""
    words = label.split()
    if len(words) < 4:
        return False
    if not any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG"} for t in kept):
        return False
    first = words[0].strip(",.:;")
    return not (len(first) > 2 and first.isupper() and first.isalpha())


def _clause(sent: Span, skip: set[int], trigger: Token) -> str:
    """The sentence's first clause as written, when the compressed headline is unreadable.

    Time expressions stay out; the words run to the first clause break after a verb (at most
    ``_MAX_WORDS + 8`` words). Empty when no verb is found or the clause does not hold the
    event's word (it would tell another event): the mention is then dropped.
    """
    toks = [t for t in sent if t.i not in skip and t.text not in {"\"", "\u201c", "\u201d"}]
    out: list[Token] = []
    seen_verb = False
    for t in toks:
        if seen_verb and t.text in {";", ":"}:
            break
        if seen_verb and t.text == "," and t.head.dep_ in {"ROOT"} and len(out) >= 8:
            break
        out.append(t)
        if t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG":
            seen_verb = True
        if len(out) >= _MAX_WORDS + 8:
            break
    if not seen_verb or all(t.i != trigger.i for t in out):
        return ""
    while out and (out[-1].is_punct or out[-1].pos_ in {"ADP", "CCONJ", "DET", "SCONJ"}):
        out.pop()
    label = _render(out)
    return label[:1].upper() + label[1:] if len(label.split()) >= 4 else ""


def _argument_parts(sent: Span, trigger: Token, skip: set[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentence's named entity names (lowercased, leading article and possessive dropped) and
    the content lemmas under the trigger; ``_arguments`` normalises them against the story."""
    names: list[str] = []
    for ent in sent.ents:
        if ent.label_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}:
            continue
        names.append(re.sub(r"^(the|a|an)\s+|'s$|\u2019s$", "", ent.text.lower()).strip())
    keywords: list[str] = []
    for t in trigger.subtree:
        if t.i in skip or t.is_stop or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = t.lemma_.lower()
        if lemma not in _STOP and len(lemma) > 2:
            keywords.append(lemma)
    return tuple(dict.fromkeys(names)), tuple(dict.fromkeys(keywords))


def _arguments(m: EventMention, aliases: dict[str, str]) -> frozenset[str]:
    """Participants and keywords: named entities of the sentence and content lemmas near the trigger."""
    args: set[str] = set()
    for name in m.entity_names:
        name = aliases.get(name, name)
        args.add(_POPULATIONS.get(name, name))  # "North Korean" and "North Korea" are one participant
    args.update(m.keywords)
    return frozenset(args)


def _entity_aliases(entities: Sequence[Entity]) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in entities:
        for name in (e.name, *e.aliases):
            out.setdefault(name.lower(), e.name.lower())
    return out


# --- detection -----------------------------------------------------------------------------


def _quote_dates(an: ArticleAnalysis, article: Article, story: list[str]) -> list[tuple[int, int, tuple[str, str] | None]]:
    """Direct quotes as (start, end, window of when they were said or None)."""
    out = []
    for q in an.quotes:
        if q.kind != "direct":
            continue
        w = None
        if q.date:
            w = _te_window(TimeExpression(article.id, 0, 0, q.date, q.date, "none"), article, story)
        out.append((q.start, q.end, w))
    return out


def _subject_words(trigger: Token) -> tuple[str, ...]:
    """Content lemmas of the trigger's subject (who made a statement, when no quote says)."""
    subj = _subject(trigger)
    if subj is None:
        return ()
    return tuple(
        dict.fromkeys(t.lemma_.lower() for t in subj.subtree if t.pos_ in {"PROPN", "NOUN"} and t.lemma_.lower() not in _STOP)
    )


def _speaker_words(m: EventMention, an: ArticleAnalysis) -> frozenset[str]:
    """Who made a statement: the quote speaker at this cue if known, else the subject's words."""
    for q in an.quotes:
        if q.cue_start is not None and q.cue_start == m.trigger_start and q.speaker is not None:
            name = q.speaker.name or q.speaker.text
            if name:
                return frozenset(w.lower() for w in re.findall(r"[A-Za-z][\w-]+", name))
    return frozenset(m.subject_words)


def _may_date(te: TimeExpression) -> bool:
    """Whether a time expression can date an event on some story (a date or a relative day)."""
    return te.type in {"DATE", "TIME"} or _relative_day(te) is not None


# a dateline opening a sentence: "MAROVEL, Kestria – March 11, 2025 – ", "RIVNA (Wire) - "
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'\u2019-]{2,40}(?:,\s*[A-Z][\w .'\u2019-]{1,40})?(?:\s*\([^)]{1,40}\))?\s*[\u2013\u2014-]{1,2}\s*"
    r"(?:[A-Z][a-z]{2,9}\.? \d{1,2}(?:, \d{4})?\s*[\u2013\u2014-]{1,2}\s*)?"
)
# nouns of natural and technical disasters: "an earthquake struck" is no attack
_DISASTER_NOUNS = frozenset(
    """earthquake quake tremor aftershock tsunami flood flooding storm hurricane typhoon cyclone tornado
    landslide mudslide avalanche wildfire fire blaze eruption volcano drought heatwave collapse explosion
    derailment crash""".split()
)


_PUBLISHED_THINGS = {"report", "figure", "data", "statement", "statistic", "toll", "number", "result", "video", "footage",
                     "list", "tally", "update", "bulletin", "survey", "estimate", "document", "image", "photo"}


def _refine_kind(kind: str, trigger: Token, event_tok: Token) -> str:
    """A disaster for what a disaster noun does ("the quake struck", "floods killed 12"); a statement
    for figures or a report "released"."""
    if kind == "legal" and trigger.lemma_.lower() == "release":
        # "figures released by the ministry", "a report released on Monday": a publication, no release from custody
        published = {t.lemma_.lower() for t in (trigger, *trigger.children, trigger.head) if t.pos_ in {"NOUN", "PROPN"}}
        if published & _PUBLISHED_THINGS:
            return "statement"
    if kind not in {"attack", "combat", "death", "injury", "movement"}:
        return kind
    # the event noun ("the blaze", "an explosion") or the subject's nouns ("the quake struck");
    # a verb is no disaster noun ("the CEO was fired")
    words = {event_tok.lemma_.lower()} if event_tok.pos_ == "NOUN" else set()
    subj = _subject(trigger)
    if subj is not None:
        words |= {t.lemma_.lower() for t in subj.subtree if t.pos_ in {"NOUN", "PROPN"}}
    if trigger.dep_ == "relcl" and (subj is None or subj.lower_ in {"which", "that", "who"}):
        words.add(trigger.head.lemma_.lower())  # "the earthquake, which struck at midday"
    if words & _DISASTER_NOUNS:
        return "disaster"
    return kind


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def _root_trigger(sdoc: Doc) -> Token | None:
    """The sentence's main verb when it is an event word (else None)."""
    for tok in sdoc:
        if tok.dep_ == "ROOT":
            if not _is_trigger(tok):
                return None
            if event_kind(tok.lemma_.lower()) in _SPEECH_KINDS:
                # "the agency said a quake struck": the lead's news is what was said
                content = next((c for c in tok.children if c.dep_ == "ccomp" and _is_trigger(c)), None)
                if content is not None and event_kind(content.lemma_.lower()) not in _SPEECH_KINDS:
                    return content
            return tok
    return None


def _reparse(text: str) -> Doc:
    """Parse one sentence on its own (the article's pipeline, cached per process)."""
    from ..extract.nlp import load_model

    return load_model()(text)


def detect_event_mentions(
    article: Article, doc: Doc, time_expressions: Sequence[TimeExpression], *, settings: Settings
) -> tuple[EventMention, ...]:
    """Attach each time expression to the event word it modifies, from the article's own parse.

    Per article and independent of the story: every date or relative-day expression of a
    sentence is followed up the dependency tree to a lexicon event word; the event's kind,
    lemma, summary, participants and tense are read there. ``build_timeline`` later gives
    them windows from the story and merges them across articles.

    Args:
        article: the cleaned article.
        doc: its spaCy parse (of ``article.text``).
        time_expressions: the article's time expressions.
        settings: build settings.

    Returns:
        The event mentions, in sentence order and, within a sentence, time expression order.
    """
    if not time_expressions:
        return ()
    sentences = tuple((sent.start_char, sent.end_char) for sent in doc.sents)
    out: list[EventMention] = []
    for s, e in article_sentences(article, ArticleAnalysis(article=article.id, sentences=sentences)):
        in_sentence = [te for te in time_expressions if te.start >= s and te.end <= e]
        eligible = [te for te in in_sentence if _may_date(te)]
        if not eligible:
            continue
        try:
            prefix = _DATELINE.match(article.text[s:e])
            prefix_end = prefix.end() if prefix else None
            if (line := parse_dateline(article.text[s:e])) is not None and line.end > (prefix_end or 0):
                prefix_end = line.end  # "PORT-AU-PRINCE (Haiti): ...", "Amman, Sep. 10 (Petra) -- ..."
            if prefix_end is not None and len(article.text[s + prefix_end : e].split()) >= 4:
                # "MAROVEL, Kestria – March 11, 2025 – A quake struck ...": the parser takes the
                # dateline for the subject; parse the sentence again without it
                off = s + prefix_end
                sdoc = _reparse(article.text[off:e])
            else:
                whole = doc.char_span(s, e, alignment_mode="expand")
                if whole is None or len(whole) == 0:
                    continue
                off = whole.start_char
                sdoc = whole.as_doc()  # the sentence alone: its tree stops at the sentence's edges
            sent = sdoc[:]
            all_spans = [
                sp for te in in_sentence if (sp := sdoc.char_span(te.start - off, te.end - off, alignment_mode="expand"))
            ]
            found: list[EventMention] = []
            for te in eligible:
                if _SINCE.search(article.text[max(s, te.start - 12) : te.start]) or te.text.lower().startswith("since "):
                    continue  # "646 people have died since June 14": a count's start, no event on that day
                if te.start < off:
                    # the dateline's date: the day of the report, so of its lead's main event
                    trigger = _root_trigger(sdoc)
                    span = sdoc[0:0]
                else:
                    found_span = sdoc.char_span(te.start - off, te.end - off, alignment_mode="expand")
                    if found_span is None or len(found_span) == 0:
                        continue
                    span = found_span
                    trigger = _attach(span)
                if trigger is None:
                    continue
                event_tok = trigger
                if trigger.lemma_.lower() in LIGHT_VERBS:
                    obj = _event_object(trigger)
                    if obj is not None:
                        event_tok = obj
                lemma = event_tok.lemma_.lower()
                kind = event_kind(lemma)
                if kind is None:
                    continue
                kind = _refine_kind(kind, trigger, event_tok)
                summary = _summary(_summary_root(trigger), event_tok, all_spans)
                if not summary:
                    continue  # no readable clause: a bare verb, a date stamp or a fragment
                if kind in _CANONICAL_LEMMA:
                    lemma = _CANONICAL_LEMMA[kind]  # "said", "told", "stated" are one act across outlets
                names, keywords = _argument_parts(sent, trigger, set(range(span.start, span.end)))
                found.append(
                    EventMention(
                        article=article.id,
                        time_start=te.start,
                        time_end=te.end,
                        sent_start=s,
                        sent_end=e,
                        kind=kind,
                        lemma=lemma,
                        summary=summary,
                        entity_names=names,
                        keywords=keywords,
                        trigger_start=off + trigger.idx,
                        subject_words=_subject_words(trigger) if kind in _SPEECH_KINDS else (),
                        past=_is_past(trigger),
                        trigger_i=trigger.i,
                        subtree=tuple(t.i for t in trigger.subtree),
                    )
                )
            out.extend(found)
        except Exception as exc:  # noqa: BLE001 - one odd sentence must not stop the timeline
            log.warning("%s: timeline skipped a sentence at %d: %s", article.source, s, exc)
    return tuple(out)


def _detect(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    aliases: dict[str, str],
    story: list[str],
) -> list[_Candidate]:
    """Dated candidates from the analyses' event mentions: windows, relative days and quotes of the story."""
    by_article = {an.article: an for an in analyses}
    out: list[_Candidate] = []
    for article in articles:
        an = by_article.get(article.id)
        if an is None or not an.time_expressions or not an.event_mentions:
            continue
        quotes = _quote_dates(an, article, story)
        by_te: dict[tuple[int, int], TimeExpression] = {}
        for te in an.time_expressions:
            by_te.setdefault((te.start, te.end), te)
        groups: dict[tuple[int, int], list[_Candidate]] = {}
        for m in an.event_mentions:
            te_or_none = by_te.get((m.time_start, m.time_end))
            if te_or_none is None:
                continue
            te = te_or_none
            rel = _relative_day(te)
            w = _te_window(te, article, story, m.past)
            quoted = next((q for q in quotes if q[0] <= te.start < q[1]), None)
            if quoted is not None and rel is not None:
                # "today" inside a quote is the day it was said, not the day of publication
                w = quoted[2] if rel == "today" else None
                if w is None:
                    continue
            if w is not None:
                rel = None
            if w is None and rel is None:
                continue
            pub = article.published
            if w is not None and pub.basis == "explicit" and pub.date and w[0] > (pub.latest or pub.date)[:10] and (
                    m.past or _NAME_AFTER.match(article.text, te.end)):
                # dated after the dated report that tells it, yet told in the past tense, or the
                # date runs on into a name: the words were no date ("killed in clashes with the
                # March 23 Movement", on a page of 2 February)
                continue
            groups.setdefault((m.sent_start, m.sent_end), []).append(
                _Candidate(
                    article=article.id,
                    sent_start=m.sent_start,
                    sent_end=m.sent_end,
                    sentence=article.text[m.sent_start : m.sent_end],
                    kind=m.kind,
                    lemma=m.lemma,
                    window=w,
                    relative=rel,
                    time_text=te.text,
                    arguments=_arguments(m, aliases),
                    summary=m.summary,
                    explicit=article.published.basis == "explicit",
                    speaker=_speaker_words(m, an) if m.kind in _SPEECH_KINDS else frozenset(),
                    trigger_i=m.trigger_i,
                    subtree=frozenset(m.subtree),
                    past=m.past,
                )
            )
        for found in groups.values():
            out.extend(_fold_statements(found))
    return out


_SPEECH_KINDS = {"statement", "confirmation"}


# a capitalised word right after a date that is no month, weekday or zone: a name ("the March 23
# Movement"), when the date would be after its report
_NAME_AFTER = re.compile(
    r"[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC)\b)[A-Z][a-z]{3,}")


def _is_past(trigger: Token) -> bool:
    """A past-tense report ("reported", "had moved"), not a future or modal one ("would begin")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & {"will", "would", "could", "may", "might", "shall", "should", "can", "to", "'ll"}:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux & {"had", "has", "have", "was", "were"}))


def _fold_statements(found: list[_Candidate]) -> list[_Candidate]:
    """One event per act in a sentence: a dated statement absorbs the events it reports on the same date.

    "Patel confirmed on Tuesday that ... have begun engaging in combat" stays one confirmation; a
    confirmation verb inside a statement upgrades its kind. Events with their own, different date
    ("stated on 23 October that between early and mid-October ... moved") stay separate.
    """
    out: list[_Candidate] = []
    seen: set[tuple[int, tuple[str, str] | None, str | None]] = set()
    for c in found:
        key = (c.trigger_i, c.window, c.relative)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    result = []
    for c in out:
        outer = next(
            (o for o in out if o is not c and o.kind in _SPEECH_KINDS and c.trigger_i in o.subtree
             and o.window == c.window and o.relative == c.relative),
            None,
        )
        if outer is not None:
            if c.kind == "confirmation":
                outer.kind = "confirmation"
            continue
        result.append(c)
    return result


# --- merging and assembly ------------------------------------------------------------------


def _make_score(cands: Sequence[_Candidate]) -> Callable[[MentionFeatures, MentionFeatures], float]:
    """``pair_score`` with the timeline's extra needs.

    Mentions from two articles must share a participant or keyword; statements must share a
    speaker word; a mention dated only by a relative day ("Thursday") needs the same trigger,
    two shared arguments and, against a dated mention, the same weekday.
    """

    def score(a: MentionFeatures, b: MentionFeatures) -> float:
        ca, cb = cands[int(a.key)], cands[int(b.key)]
        if a.doc != b.doc and not (a.arguments & b.arguments):
            return 0.0
        if ca.kind in _SPEECH_KINDS and cb.kind in _SPEECH_KINDS and not (ca.speaker & cb.speaker):
            return 0.0
        if (a.window is None) != (b.window is None):
            if a.kind != b.kind or len(a.arguments & b.arguments) < 2:
                return 0.0
            rel, dated = (ca, cb) if a.window is None else (cb, ca)
            if dated.window is None or dated.window[0] != dated.window[1]:
                return 0.0
            if rel.relative in _WEEKDAYS and _WEEKDAYS.index(rel.relative) != dt.date.fromisoformat(dated.window[0]).weekday():
                return 0.0
        elif a.window is None and b.window is None:
            if ca.relative != cb.relative or a.lemma != b.lemma or len(a.arguments & b.arguments) < 2:
                return 0.0
        return pair_score(a, b)

    return score


def _intersect(windows: list[tuple[str, str]]) -> tuple[str, str] | None:
    if not windows:
        return None
    lo = max(w[0] for w in windows)
    hi = min(w[1] for w in windows)
    if lo <= hi:
        return lo, hi
    return min(windows, key=lambda w: (days_between(w[0], w[1]), w))


def _summary_key(summary: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", summary.lower()))


def _pin(relative: str, day: str) -> tuple[str, str] | None:
    """Publication window implied by a relative day that refers to ``day``."""
    d = dt.date.fromisoformat(day)
    if relative == "today":
        return day, day
    if relative == "yesterday":
        nxt = (d + dt.timedelta(days=1)).isoformat()
        return nxt, nxt
    if relative in _WEEKDAYS and _WEEKDAYS.index(relative) == d.weekday():
        return day, (d + dt.timedelta(days=6)).isoformat()
    return None


def build_timeline(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    *,
    entities: Sequence[Entity],
    relations: Sequence[Relation],
    settings: Settings,
) -> tuple[tuple[Article, ...], tuple[Event, ...]]:
    """Return the articles (undated ones given a window where evidence allows) and the events.

    Args:
        articles: the story's cleaned articles.
        analyses: per-article analyses (sentences and time expressions are used).
        entities: merged entities (their aliases normalise participants).
        relations: relations between articles (not needed by the current rules).
        settings: build settings.

    Returns:
        The articles in input order (``published`` replaced by an inferred window for undated
        articles that the story dates) and the events in date order.
    """
    story = _story_dates(articles)
    by_id = {a.id: a for a in articles}
    aliases = _entity_aliases(entities)
    cands = _detect(articles, analyses, aliases, story)
    if not cands:
        return tuple(articles), ()
    feats = [
        MentionFeatures(key=str(i), doc=c.article, lemma=c.lemma, kind=c.kind, window=c.window, arguments=c.arguments)
        for i, c in enumerate(cands)
    ]
    clusters = cluster_mentions(feats, threshold=0.5, score=_make_score(cands))

    # undated articles: pins from relative days attached to events dated elsewhere
    pins: dict[str, list[tuple[tuple[str, str], str]]] = defaultdict(list)
    events: list[Event] = []
    for idx in clusters:
        members = [cands[i] for i in idx]
        dated = [m for m in members if m.window is not None]
        if not dated:
            undated = _undated_event(members, by_id)
            if undated is not None:
                events.append(undated)
            continue
        window = _intersect([m.window for m in dated if m.window])
        assert window is not None
        if window[0] == window[1]:
            for m in members:
                if m.window is None and m.relative and not m.explicit:
                    pin = _pin(m.relative, window[0])
                    if pin is not None:
                        pins[m.article].append((pin, f"'{m.time_text}' = {window[0]}: {dated[0].summary}"))
        best = min(
            dated,
            key=lambda m: (days_between(m.window[0], m.window[1]) if m.window else 999, not m.explicit,
                           abs(len(m.summary.split()) - 10), m.article, m.sent_start),
        )
        evidence = sorted(
            {(m.article, m.sent_start): Evidence(m.article, m.sent_start, m.sent_end, m.sentence) for m in members}.values(),
            key=lambda ev: (ev.article, ev.start),
        )
        date = window_value(window)
        kinds = Counter(m.kind for m in members)
        events.append(
            Event(
                id=stable_id("ev", date or window[0], _summary_key(best.summary)),
                date=date,
                earliest=window[0],
                latest=window[1],
                summary=best.summary,
                evidence=tuple(evidence),
                kind=kinds.most_common(1)[0][0],
            )
        )
    events.sort(key=lambda e: (e.earliest or "", e.latest or "", e.id))
    # the same id twice (two clusters with one summary and date): keep the first, add evidence
    merged: dict[str, Event] = {}
    for ev in events:
        if ev.id in merged:
            prev = merged[ev.id]
            extra = tuple(x for x in ev.evidence if x not in prev.evidence)
            merged[ev.id] = dataclasses.replace(prev, evidence=prev.evidence + extra)
        else:
            merged[ev.id] = ev
    # "the Northern Ledger reported on Thursday": the cited outlet's dated article is that report
    for c in cands:
        if c.explicit or c.window is not None or c.relative not in _WEEKDAYS or c.kind not in _SPEECH_KINDS:
            continue
        for other, day in _outlet_reports(c, articles, relations):
            pin = _pin(c.relative, day)
            if pin is not None:
                pins[c.article].append((pin, f"'{c.time_text}' = {day}: the report of {other} dated {day}"))
    # an undated article is no older than the past events it reports with a dated window
    for c in cands:
        if not c.explicit and c.past and c.window is not None:
            pins[c.article].append(((c.window[0], _OPEN), f"reports '{c.time_text}' in the past tense"))
    out_articles = [_with_window(a, pins.get(a.id, [])) for a in articles]
    return tuple(out_articles), tuple(merged.values())


def _outlet_reports(c: _Candidate, articles: Sequence[Article], relations: Sequence[Relation]) -> list[tuple[str, str]]:
    """Dated articles of the outlet a statement names as its speaker ("the Northern Ledger reported").

    Only articles the citing article is linked to by a ``cites`` relation, or, when relations
    name no target, any dated article of that outlet.
    """
    cited = {r.to for r in relations if r.kind == "cites" and r.from_ == c.article and r.to}
    out = []
    for a in articles:
        if a.id == c.article or a.published.basis != "explicit" or not a.published.date or not a.outlet:
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", a.outlet) if w.lower() not in _STOP}
        if not words or not words <= c.speaker:
            continue
        if cited and a.id not in cited:
            continue
        day = iso_day(a.published.date)
        if day:
            out.append((a.outlet, day))
    return out


def _undated_event(members: list[_Candidate], by_id: dict[str, Article]) -> Event | None:
    """An event dated only by a relative day in undated articles ("Thursday's press conference").

    Kept when at least two articles report it; its window is what the articles' own publication
    windows allow (a weekday lies within the six days before publication), ``date`` is None.
    """
    arts = sorted({m.article for m in members})
    if len(arts) < 2:
        return None
    windows = []
    for m in members:
        p = by_id[m.article].published if m.article in by_id else None
        first = iso_day(p.date or p.earliest) if p else None
        last = iso_day(p.date or p.latest, end=True) if p else None
        if not (first and last):
            continue
        back = 6 if m.relative in _WEEKDAYS else (1 if m.relative == "yesterday" else 0)
        lo = (dt.date.fromisoformat(first) - dt.timedelta(days=back)).isoformat()
        windows.append((lo, last))
    window = None
    if windows:
        lo, hi = max(w[0] for w in windows), min(w[1] for w in windows)
        window = (lo, hi) if lo <= hi else None
    best = min(members, key=lambda m: (abs(len(m.summary.split()) - 10), m.article, m.sent_start))
    evidence = sorted(
        {(m.article, m.sent_start): Evidence(m.article, m.sent_start, m.sent_end, m.sentence) for m in members}.values(),
        key=lambda ev: (ev.article, ev.start),
    )
    rel = best.relative or ""
    return Event(
        id=stable_id("ev", f"undated:{rel}", _summary_key(best.summary)),
        date=None,
        earliest=window[0] if window else None,
        latest=window[1] if window else None,
        summary=best.summary,
        evidence=tuple(evidence),
        kind=Counter(m.kind for m in members).most_common(1)[0][0],
    )


def _with_window(article: Article, pins: list[tuple[tuple[str, str], str]]) -> Article:
    """Give an undated article the intersection of its pins as an inferred publication window.

    A pin's latest end may be ``_OPEN`` (a lower bound only: the article reports a past event).
    """
    if not pins or article.published.basis == "explicit":
        return article
    line = parse_dateline(article.text[:300])
    if line is not None and line.month and line.day:
        # "DHAKA, Jul 4 (Wire) -": the page's own day, with no year; a pin on another day is wrong
        pins = [p for p in pins if not _off_dateline_day(p[0], line.month, line.day)]
        if not pins:
            return article
    lo = max(p[0][0] for p in pins)
    hi = min(p[0][1] for p in pins)
    reasons = sorted({why for _, why in pins})
    prior = article.published
    if prior.basis == "inferred":  # narrow the window metadata already inferred, never widen it
        prior_lo, prior_hi = iso_day(prior.earliest), iso_day(prior.latest, end=True)
        if prior_lo and prior_lo > lo:
            lo = prior_lo
        if prior_hi and prior_hi < hi:
            hi = prior_hi
        if (prior_lo or "") >= lo and (prior_hi or _OPEN) <= hi:
            return article  # the story adds nothing to what the article itself says
        if prior.evidence:
            reasons.insert(0, prior.evidence)
    if lo > hi:
        return article  # the evidence disagrees: say nothing rather than guess
    latest = None if hi == _OPEN else hi
    published = PublishedDate(
        date=lo if lo == latest else None, basis="inferred", earliest=lo, latest=latest, evidence="; ".join(reasons)
    )
    return dataclasses.replace(article, published=published)


def _off_dateline_day(window: tuple[str, str], month: int, day: int) -> bool:
    """Whether a window of publication days holds no day with the dateline's month and day."""
    lo, hi = window
    if hi == _OPEN or lo[:4] != hi[:4]:
        return False  # open or over a year's turn: some day of it may be the dateline's
    try:
        the_day = dt.date(int(lo[:4]), month, day).isoformat()
    except ValueError:
        return False
    return not lo <= the_day <= hi


_OPEN = "9999-12-31"
