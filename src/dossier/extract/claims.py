"""Claims: quantities with qualifier, measure, location, as-of date, modality, source and relay.

A numeric claim is a figure an article states or reports about the world: a count of
people, things or events, a toll, a share or a sum of money. ``extract_claims`` finds the
quantities of an article (``quantities.find_quantities``) and keeps those that make such a
statement, leaving out dates, times, years, temperatures, ages, durations ("86 minutes" is
a measurement, not a claim about a population), restatements ("equivalent to two
brigade-sized units"), and numbers that only describe who speaks ("two officials said").

For each claim it reads, from the dependency parse of the sentence:

- ``measure``: what is counted ("North Korean troops"); when the number stands alone ("the
  10,000 the US says were deployed") the measure comes from "the number of X" in the clause
  or from the nearest earlier figure with a measure;
- ``location``: the place the count is about, from "in/into/to/at ..." phrases attached to
  the counted noun or its verb ("sent to eastern Russia", "in Russia's Kursk region");
- ``source`` and ``via``: who gives the figure and who relays it, from speech and cognition
  verbs that govern the figure ("X said", "X estimates", "X told CNN"), "according to X",
  "X cited by Y", quotes (the speaker of the quote), first-person subjects inside quotes
  ("I can confirm", "we assess"), and, when a sentence has no attribution, the attribution
  of the sentence before it in the same paragraph; a figure repeated later without
  attribution ("the 8,000 troops") keeps the source of its earlier mention;
- ``modality``: denied, projected ("could reach"), expected ("expected to"), confirmed,
  estimated ("estimates", "we assess", "approximately") or reported (default);
- ``as_of``: the date of the statement or of the figure, from a time expression in the
  sentence (the one attached to the speech verb first; target dates of projections, "by
  December", are skipped), else the article's explicit publication date.

Names: ``SourceRef.name`` is the fullest name the article gives (from ``local_entities`` or
the article's own PERSON/ORG mentions, so "Patel" becomes "Vedant Patel"); ``text`` is the
words used, with their offsets. ``entity`` is left for the cross-article linker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Article, LocalEntity, NumericClaim, Quote, SourceRef, TimeExpression, stable_id
from .quantities import Quantity, counted_noun, find_quantities, number_token
from ..settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# verbs whose subject gives a figure (lemmas)
_SAY_VERBS = {
    "say", "tell", "report", "announce", "state", "confirm", "estimate", "assess", "believe",
    "project", "indicate", "warn", "note", "add", "claim", "deny", "reveal", "suggest", "think",
    "brief", "inform", "disclose", "acknowledge", "insist", "allege", "write", "tweet", "post",
    "declare", "explain", "testify", "predict", "forecast", "calculate", "conclude", "determine",
    "verify", "publish", "release", "put", "show", "find", "record", "count", "stress", "emphasize",
    "emphasise", "tally", "signal", "assert", "argue", "admit", "concede", "mention", "cite",
    "quote", "detail", "update", "expect", "fear", "understand", "know", "learn", "hear", "dispute",
    "reject", "dismiss", "refute", "say", "confirms", "observe", "comment", "respond", "reply",
    "answer", "caution", "boast", "accuse", "describe", "raise", "lower", "revise", "put",
}
# verbs that give a figure only when their subject is a person, a body or a speaker noun
# ("Sales showed a rise" is not an attribution, "the ministry's figures show" is)
_WEAK_VERBS = {"show", "find", "record", "put", "count", "release", "publish", "detail", "update", "raise",
               "lower", "revise", "expect", "fear", "know", "understand", "learn", "hear", "signal", "think",
               "describe", "note", "add", "respond", "reply", "answer", "comment", "observe", "mention"}
# of these, the ones that only name a relay when their subject is an outlet ("CNN reports")
_ESTIMATE_VERBS = {"estimate", "assess", "believe", "think", "calculate", "reckon", "put", "suggest", "gauge",
                   "judge", "understand", "figure", "guess"}
_CONFIRM_VERBS = {"confirm", "verify", "acknowledge", "corroborate"}
_DENY_VERBS = {"deny", "dismiss", "reject", "refute", "dispute", "rebut"}
_PROJECT_VERBS = {"project", "predict", "forecast", "anticipate", "warn"}
_EXPECT_WORDS = {"expect", "likely", "set", "poised", "due", "slate", "plan", "intend", "anticipate"}
_MODALS = {"could", "might", "may", "would", "will", "should", "can", "'ll", "shall"}
_FIRST_PERSON = {"i", "we", "me", "us"}
_THIRD_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them"}
_LOC_PREPS = {"in", "into", "to", "inside", "within", "across", "at", "near", "throughout", "on", "from",
              "toward", "towards", "around", "outside"}
_ORG_LABELS = {"ORG", "GPE", "NORP", "PERSON", "FAC"}
_TOTAL_NOUNS = {"number", "total", "toll", "tally", "count", "figure", "strength", "size", "estimate"}
_DROP_KINDS = {"temperature", "age", "duration"}
_RESTATE_RE = re.compile(r"\b(?:equivalent to|the equivalent of|the size of|equal to|as large as|the same as)\s*$", re.I)
_DET_RE = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|one|two|three|four|five|several|top|senior)\s+", re.I)
_QUOTE_OPEN = "“\"«„"
_QUOTE_CLOSE = "”\"»“"


@dataclass(frozen=True)
class _Attribution:
    """Who gives a figure: the source, relays (nearest first), the cue verb's lemma."""

    source: SourceRef | None
    via: tuple[SourceRef, ...] = ()
    cue: str | None = None  # lemma of the speech verb ("confirm", "estimate", "say")
    cue_token: int | None = None  # doc index of the cue verb
    cues: tuple[int, ...] = ()  # doc indexes of every speech verb of the chain, innermost first


def extract_claims(
    article: Article,
    doc: "Doc",
    *,
    time_expressions: tuple[TimeExpression, ...],
    local_entities: tuple[LocalEntity, ...],
    quotes: tuple[Quote, ...],
    settings: Settings,
) -> tuple[NumericClaim, ...]:
    """Return the numeric claims the article makes or reports.

    Args:
        article: the cleaned article; every offset points into ``article.text``.
        doc: the spaCy ``Doc`` of ``article.text`` (possibly cut at ``settings.max_chars``).
        time_expressions: the article's time expressions (TIMEX3 values) for ``as_of``.
        local_entities: the article's entities, used to give sources their fullest name.
        quotes: the article's quotes; a figure inside a direct quote is the speaker's.
        settings: build settings.

    Returns:
        The claims in text order, one per figure.
    """
    text = doc.text
    if not text.strip():
        return ()
    ctx = _Context(article, doc, time_expressions, local_entities, quotes)
    quantities = find_quantities(text, doc)
    claims: list[NumericClaim] = []
    measured: list[tuple[Quantity, str]] = []  # earlier figures with a measure (for carry-over)
    for q in quantities:
        if not _is_claim_candidate(q, doc, text):
            if q.measure:
                measured.append((q, q.measure))
            continue
        tok = counted_noun(q, doc) or number_token(q, doc)
        if tok is None:
            continue
        sent = ctx.segment(tok)
        if ctx.is_source_phrase(tok):
            continue
        measure = q.measure
        if measure is None and q.kind in ("percent", "money", "measure", "fraction"):
            measure = _unit_measure(q, doc, tok, sent)
        if measure is None:
            measure = _context_measure(q, doc, tok, sent)
        if measure is None and q.kind in ("number", "count"):
            measure = _measure_from_earlier(q, measured)
        if measure is None and q.kind in ("number", "fraction"):
            continue  # a bare number with nothing counted: not a claim we can use
        if q.measure:
            measured.append((q, q.measure))
        attribution = ctx.attribute(q, tok, sent)
        if attribution.source is not None and attribution.source.start is not None and attribution.source.end is not None \
                and attribution.source.start <= q.start < attribution.source.end:
            attribution = _Attribution(None)
        if attribution.source is None:
            attribution = ctx.earlier_attribution(q, measure) or attribution
        location = _location(doc, tok, sent, ctx)
        modality = _modality(q, tok, attribution, ctx)
        as_of = ctx.as_of(tok, sent, attribution, modality)
        s_start, s_end = ctx.sentence_bounds(sent, q)
        unit = q.unit if q.kind in ("percent", "money", "measure", "fraction") else None
        claim = NumericClaim(
            id=stable_id("c", article.id, q.start, q.end),
            article=article.id,
            start=q.start,
            end=q.end,
            sentence=text[s_start:s_end],
            value=q.value,
            low=q.low,
            high=q.high,
            qualifier=q.qualifier,
            measure=measure,
            location=location,
            as_of=as_of,
            modality=modality,
            source=attribution.source,
            via=attribution.via,
            text=q.text,
            unit=unit,
            sentence_start=s_start,
            sentence_end=s_end,
        )
        claims.append(claim)
        ctx.remember(q, measure, attribution)
    return tuple(claims)


# --- which quantities are claims ---------------------------------------------------------------


def _is_claim_candidate(q: Quantity, doc: "Doc", text: str) -> bool:
    if q.kind in _DROP_KINDS or q.unit in ("degree", "fahrenheit", "celsius"):
        return False
    if q.kind == "measure" and q.unit and q.unit.startswith(("year", "month")):
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    if _RESTATE_RE.search(text[line_start : q.start]):
        return False
    tok = number_token(q, doc)
    if tok is None:
        return False
    # "one of the reasons": a partitive one is not a figure
    if q.value is not None and q.value <= 1 and q.kind in ("number", "count"):
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False
    # "one month", "one more session": a lone "one" is a figure only when it counts people
    if q.value == 1 and q.kind in ("number", "count") and not q.text[:1].isdigit():
        noun = counted_noun(q, doc)
        if noun is None or noun.lemma_.lower() not in _PEOPLE_NOUNS:
            return False
    # "three times as many": a multiplier, not a count
    noun0 = counted_noun(q, doc)
    if noun0 is not None and noun0.lemma_.lower() == "time":
        return False
    # "the two leaders", "their three children": a small definite number refers back, it claims nothing
    if q.value is not None and q.value < 10 and not q.text[:1].isdigit() and tok.i > 0 \
            and doc[tok.i - 1].lower_ in ("the", "these", "those", "its", "their", "his", "her", "our", "both", "all"):
        return False
    # "X and Y are two independent states": a count used as a predicate is a description
    noun = counted_noun(q, doc)
    if noun is not None and noun.dep_ == "attr" and q.value is not None and q.value < 10:
        return False
    return True


def _context_measure(q: Quantity, doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """What a bare figure counts, from "the number of X could reach 10,000" or "X of the 10,000"."""
    # the clause's subject: "the number/total/toll of X"
    head = tok
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    candidates = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and sent.start <= c.i < sent.end] + [
        t for t in sent if t.lemma_.lower() in _TOTAL_NOUNS and t.i < tok.i and t.pos_ == "NOUN"
    ]
    for noun in candidates:
        if noun.lemma_.lower() in _TOTAL_NOUNS:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    if pobj:
                        return _noun_phrase(doc, pobj[0])
            if noun.lemma_.lower() in ("toll", "tally", "strength"):
                return _noun_phrase(doc, noun)  # "the death toll rose to 112"
    return None


def _unit_measure(q: Quantity, doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """What a share or sum is of: "40% of voters", "unemployment fell to 4.1%", "a $2bn package"."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    last = span[-1]
    # "40% of voters"
    if last.i + 2 < sent.end and doc[last.i + 1].lower_ == "of":
        of = doc[last.i + 1]
        pobj = [c for c in of.children if c.dep_ == "pobj"]
        if pobj and pobj[0].pos_ in ("NOUN", "PROPN"):
            return _noun_phrase(doc, pobj[0])
    # "a $2bn aid package": the noun the figure modifies
    root = span.root
    if root.head.i > last.i and root.head.pos_ in ("NOUN",) and root.dep_ in ("compound", "nmod", "amod", "nummod"):
        phrase = doc[last.i + 1 : root.head.i + 1].text.strip(" -")
        return phrase or None
    # "Unemployment fell to 4.1%": the subject of the clause (for shares only: the subject of
    # "a gamer won $26,500" is not what the money is)
    if q.kind != "percent":
        return None
    verb = root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and sent.start <= child.i < sent.end:
            if not _speaker_like(child) and child.lemma_.lower() not in _DOCUMENT_NOUNS and not child.ent_type_:
                return _noun_phrase(doc, child)
    return None


def _measure_from_earlier(q: Quantity, measured: list[tuple[Quantity, str]]) -> str | None:
    """The measure of the nearest earlier counted figure within the paragraph before."""
    for prev, measure in reversed(measured):
        if q.start - prev.end < 400:
            return measure
        break
    return None


def _noun_phrase(doc: "Doc", noun: "Token") -> str:
    """The noun with its left modifiers (no determiners), as written."""
    left = noun.i
    for child in sorted(noun.lefts, key=lambda c: -c.i):
        if child.dep_ in ("compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod") and child.i == left - 1:
            left = child.left_edge.i if child.left_edge.i < child.i and child.left_edge.i >= noun.left_edge.i else child.i
        elif child.dep_ in ("det", "predet") or child.is_punct:
            break
    span = doc[left : noun.i + 1]
    return _DET_RE.sub("", span.text).strip()


# --- location ------------------------------------------------------------------------------------


_PLACE_NOUNS = {"oblast", "region", "province", "state", "county", "district", "city", "town", "village",
                "border", "front", "area", "island", "peninsula", "coast", "valley", "republic", "territory",
                "krai", "prefecture", "governorate", "municipality", "capital", "port", "camp", "base", "zone",
                "strip", "bank", "heights", "basin", "desert", "sea", "gulf", "river", "mountains", "country"}
_PEOPLE_NOUNS = {"person", "people", "man", "woman", "child", "boy", "girl", "soldier", "civilian", "officer",
                 "worker", "patient", "victim", "resident", "passenger", "student", "journalist", "prisoner",
                 "hostage", "migrant", "refugee", "protester", "fighter", "casualty", "death", "case", "infant",
                 "baby", "teenager", "member", "employee", "policeman", "firefighter", "doctor", "nurse", "troop"}
_DOCUMENT_NOUNS = {"report", "reporting", "figure", "data", "estimate", "statement", "count", "tally", "survey",
                   "analysis", "assessment", "study", "statistic", "number", "record", "account", "briefing"}
_SPEAKER_NOUNS = {"official", "source", "diplomat", "lawmaker", "expert", "analyst", "spokesperson",
                  "spokesman", "spokeswoman", "witness", "resident", "officer", "minister", "aide", "adviser",
                  "advisor", "person", "people", "legislator", "senator", "observer", "researcher", "doctor",
                  "reporter", "journalist", "correspondent", "commander", "leader", "representative", "member"}


def _is_place(tok: "Token") -> bool:
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if tok.lemma_.lower() in _PLACE_NOUNS and any(c.pos_ == "PROPN" for c in tok.lefts):
        return True
    if tok.pos_ == "PROPN" and tok.head.lemma_.lower() in _PLACE_NOUNS:
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE", "CARDINAL", "TIME", "MONEY"):
        return True
    return False


def _place_phrase(doc: "Doc", pobj: "Token", sent: "Span") -> str | None:
    """The place named by a prepositional object ("Russia's Kursk region", "eastern Russia")."""
    if not sent.start <= pobj.i < sent.end:
        return None
    sub = [t for t in doc[max(pobj.left_edge.i, sent.start) : pobj.i + 1]]
    if not any(_is_place(t) for t in sub + [pobj]):
        return None
    if pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in ("border", "front", "frontlines"):
        if not any(_is_place(t) for t in sub):
            return None
    left = max(pobj.left_edge.i, sent.start)
    while left < pobj.i and (doc[left].dep_ in ("det", "predet") or doc[left].is_punct):
        left += 1
    right = pobj.i + 1
    # "Kursk Oblast", "Kursk region": keep flat name parts to the right
    while right < sent.end and doc[right].head.i == pobj.i and doc[right].dep_ in ("compound", "flat", "appos") \
            and doc[right].pos_ == "PROPN":
        right += 1
    phrase = doc[left:right].text.strip()
    return phrase or None


def _location(doc: "Doc", tok: "Token", sent: "Span", ctx: "_Context") -> str | None:
    """The place a figure is about, from PPs on the counted noun, then on its governing verbs."""
    seen: set[int] = set()
    cur = tok
    steps = 0
    came_from: int | None = None
    while steps < 6:
        steps += 1
        for child in cur.children:
            if child.i == came_from or child.i in seen:
                continue
            if child.dep_ in ("prep", "dative") and child.lower_ in _LOC_PREPS and ctx.same_segment(child, tok):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        phrase = _place_phrase(doc, pobj, sent)
                        if phrase:
                            return phrase
            if child.dep_ == "advmod" and child.lower_ in ("there", "here") and cur.pos_ in ("VERB", "AUX"):
                earlier = _earlier_place(doc, sent, child.i)
                if earlier:
                    return earlier
        seen.add(cur.i)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp"):
            # "are in Russia's Kursk region and are expected to enter" -> coordinated clauses
            break
        if cur.head is cur or not ctx.same_segment(cur.head, tok):
            break
        came_from = cur.i
        cur = cur.head
        if cur.lemma_ in _SAY_VERBS and cur.pos_ == "VERB":
            break
    # a place phrase elsewhere in the same clause, after the figure ("..., including 11,000 North Koreans, in Kursk")
    verb = _clause_verb(tok, ctx)
    for t in doc[tok.i + 1 : sent.end]:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "inside", "within") and _clause_verb(t, ctx).i == verb.i:
            phrase = _place_phrase(doc, t, sent)
            if phrase:
                return phrase
    return None


def _earlier_place(doc: "Doc", sent: "Span", before: int) -> str | None:
    for t in reversed(list(doc[sent.start : before])):
        if t.dep_ == "pobj" and t.head.lower_ in _LOC_PREPS:
            phrase = _place_phrase(doc, t, sent)
            if phrase:
                return phrase
    return None


# --- modality ------------------------------------------------------------------------------------


def _clause_verb(tok: "Token", ctx: "_Context") -> "Token":
    cur = tok
    for _ in range(8):
        if (cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep") or cur.head is cur or not ctx.same_segment(cur.head, tok):
            return cur
        cur = cur.head
    return cur


def _modality(q: Quantity, tok: "Token", attribution: _Attribution, ctx: "_Context") -> str:
    verb = _clause_verb(tok, ctx)
    chain = [verb]
    cur = verb
    for _ in range(4):  # "are expected to enter", "could be deployed"
        if cur.dep_ in ("xcomp", "conj") and cur.head is not cur and ctx.same_segment(cur.head, verb):
            cur = cur.head
            chain.append(cur)
        else:
            break
    # a negated predicate ("40% do not have broadband") still states the figure: only a
    # denial by the source ("denied that 200 soldiers...") makes it denied
    if attribution.cue in _DENY_VERBS:
        return "denied"
    modals = {c.lower_ for v in chain for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"}
    lemmas = {v.lemma_.lower() for v in chain}
    if lemmas & {"expect", "anticipate"} or attribution.cue in ("expect", "anticipate") or any(
        c.lemma_.lower() in ("likely", "poised", "set", "due") for v in chain for c in v.children
    ):
        return "expected"
    if modals & {"could", "might", "may", "would", "will", "'ll", "shall"} or attribution.cue in _PROJECT_VERBS \
            or lemmas & {"reach", "project", "forecast", "predict"} and modals:
        return "projected"
    if attribution.cue in _CONFIRM_VERBS:
        return "confirmed"
    if attribution.cue in _ESTIMATE_VERBS or q.qualifier == "about":
        return "estimated"
    return "reported"


# --- per-article context: names, quotes, attribution, dates ---------------------------------------


class _Context:
    """What one article knows while its claims are read (names, quotes, earlier attributions)."""

    def __init__(
        self,
        article: Article,
        doc: "Doc",
        time_expressions: tuple[TimeExpression, ...],
        local_entities: tuple[LocalEntity, ...],
        quotes: tuple[Quote, ...],
    ) -> None:
        self.article = article
        self.doc = doc
        self.text = doc.text
        self.times = tuple(t for t in time_expressions if t.end <= len(self.text))
        self.local = local_entities
        self.quotes = tuple(q for q in quotes if q.speaker is not None)
        self.quote_spans = _quote_spans(self.text)
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self.history: list[tuple[Quantity, str | None, _Attribution]] = []
        self._sent_attr: dict[int, _Attribution | None] = {}
        self.segments, self.seg_of = _segments(doc)

    def segment(self, tok: "Token") -> "Span":
        """The sentence of ``tok`` cut at line breaks (a headline is its own sentence)."""
        s, e = self.segments[self.seg_of[tok.i]]
        return self.doc[s:e]

    def subject(self, verb: "Token") -> "Token | None":
        """The subject of a speech verb within its line-cut sentence (inversions included).

        For weak cue verbs ("show", "record", "expect"...) the subject must be a person, a
        body or a speaker noun, otherwise there is no attribution ("Sales showed ...").
        """
        subj = self._subject_any(verb)
        if subj is not None and verb.lemma_.lower() in _WEAK_VERBS and not _speaker_like(subj):
            return None
        return subj

    def _subject_any(self, verb: "Token") -> "Token | None":
        seg = self.segment(verb)
        subj = _subject(verb, (seg.start, seg.end))
        if subj is not None and self.same_segment(subj, verb):
            return subj
        if subj is None:
            return None
        # the parse linked the verb's subject across a line break: take the noun right before it
        doc = self.doc
        k = verb.i - 1
        while k >= 0 and self.same_segment(doc[k], verb) and doc[k].pos_ in ("AUX", "ADV", "PART"):
            k -= 1
        if k >= 0 and self.same_segment(doc[k], verb) and doc[k].pos_ in ("PROPN", "NOUN", "PRON"):
            return doc[k]
        return None

    def same_segment(self, a: "Token", b: "Token") -> bool:
        """True when two tokens are in the same line-cut sentence."""
        return self.seg_of[a.i] == self.seg_of[b.i]

    # -- names -----------------------------------------------------------------------------

    def fullest_name(self, words: str, start: int, label: str | None, head: int | None = None) -> str | None:
        """The fullest name the article gives to ``words`` ("Patel" -> "Vedant Patel").

        A local entity names the phrase only when one of its mentions covers the phrase's
        head word (``head``, a character offset), or its name or an alias equals the words
        or contains them ("Patel" in "Vedant Patel"); "US" in "US officials" does not.
        """
        parts = {w for w in re.findall(r"[\w'-]+", words) if w[:1].isupper()}
        best: str | None = None
        low = words.lower()
        for le in self.local:
            names = [n.lower() for n in (le.name, *le.aliases) if n]
            covers = head is not None and any(m.start <= head < m.end for m in le.mentions)
            contained = le.type == "PERSON" and any(low in n and len(low) >= 3 for n in names)
            if covers or contained or any(n == low for n in names):
                if best is None or len(le.name) > len(best):
                    best = le.name
        if best:
            return best
        # a role the article gives a person: "the US secretary of state" -> that person
        if label is None and len(low) >= 6:
            for le in self.local:
                if le.type == "PERSON" and any(r.title and len(r.title) >= 5 and r.title.lower() in low for r in le.roles):
                    return le.name
        if label == "PERSON" or (parts and label is None):
            for ent in self.persons:
                ent_parts = set(re.findall(r"[\w'-]+", ent.text))
                if parts and parts & ent_parts and len(ent.text) >= len(words) and ent.start_char <= start + len(words) + 2000:
                    if best is None or len(ent.text) > len(best):
                        best = ent.text
        return best

    def ref_for(self, noun: "Token") -> SourceRef | None:
        """A SourceRef for the noun phrase headed by ``noun`` (pronouns resolved where possible)."""
        doc = self.doc
        low = noun.lower_
        if low in _FIRST_PERSON | _THIRD_PRONOUNS and noun.pos_ == "PRON":
            return self._resolve_pronoun(noun)
        if noun.pos_ == "PRON":
            return None
        # "according to reporting by X", "figures from X", "a statement by X": X gives the figure
        if noun.lemma_.lower() in _DOCUMENT_NOUNS:
            for child in noun.children:
                if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of"):
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    if pobj and (pobj[0].pos_ == "PROPN" or _speaker_like(pobj[0])):
                        return self.ref_for(pobj[0])
        seg = self.segment(noun)
        left = noun.i
        for child in sorted(noun.lefts, key=lambda c: -c.i):
            if child.dep_ in ("compound", "amod", "nmod", "poss", "case", "nummod", "det", "predet", "quantmod") \
                    and child.i <= left - 1 and child.i >= noun.left_edge.i:
                left = min(left, child.left_edge.i)
        left = max(left, seg.start)
        right = noun.i + 1
        while right < seg.end and doc[right].head.i == noun.i and doc[right].dep_ in ("compound", "flat"):
            right += 1
        # "secretary of state", "Ministry of Defence"
        if right < seg.end and doc[right].lower_ == "of" and doc[right].head.i == noun.i:
            pobj = [c for c in doc[right].children if c.dep_ == "pobj"]
            if pobj and pobj[0].right_edge.i - right <= 3 and pobj[0].right_edge.i < seg.end \
                    and not any(t.like_num for t in doc[right : pobj[0].right_edge.i + 1]):
                right = pobj[0].right_edge.i + 1
        # "President Volodymyr Zelenskyy": the person's name inside a longer phrase
        span = doc[left:right]
        text = span.text
        start, end = span.start_char, span.end_char
        label = None
        for ent in doc.ents:
            if ent.start <= noun.i < ent.end:
                label = ent.label_
                break
        person = next((e for e in self.persons if e.start >= left and e.end <= right), None)
        if person is None:
            # "The mayor of Brask, Ivo Tarrant, said": the apposition names the speaker
            for child in noun.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    person = next((e for e in self.persons if e.start <= child.i < e.end), None)
                    if person is None:
                        person = doc[child.left_edge.i : child.i + 1]
                    break
        clean = _DET_RE.sub("", text)
        clean = _DET_RE.sub("", clean)
        name: str | None
        if person is not None:
            name = self.fullest_name(person.text, person.start_char, "PERSON", person.root.idx) or person.text
        else:
            name = self.fullest_name(clean, start, label if label in ("PERSON", "ORG", "GPE", "NORP") else None, noun.idx)
            if name is None:
                name = self._resolve_definite(text, noun) or clean
        if low in ("official", "officials", "source", "sources") and not clean:
            return None
        # the quotes stage may already know who these words are ("the US secretary of defence")
        for qt in self.quotes:
            sp = qt.speaker
            if sp is not None and sp.name and sp.start is not None and sp.end is not None \
                    and sp.start <= noun.idx < sp.end:
                name = sp.name
                break
        return SourceRef(entity=None, name=name, text=text, start=start, end=end)

    def _resolve_pronoun(self, noun: "Token") -> SourceRef | None:
        low = noun.lower_
        if low in _FIRST_PERSON:
            speaker = self.speaker_at(noun.idx)
            return speaker
        if low in ("he", "she", "him", "her"):
            for ent in reversed(self.persons):
                if ent.end_char <= noun.idx:
                    name = self.fullest_name(ent.text, ent.start_char, "PERSON") or ent.text
                    return SourceRef(entity=None, name=name, text=noun.text, start=noun.idx, end=noun.idx + len(noun))
            return None
        # it/they: the last source named in the article
        for _, _, att in reversed(self.history):
            if att.source is not None:
                s = att.source
                return SourceRef(entity=None, name=s.name, text=noun.text, start=noun.idx, end=noun.idx + len(noun))
        return None

    def _resolve_definite(self, text: str, noun: "Token") -> str | None:
        """'the agency' -> the last earlier source whose words end in the same head noun."""
        if not text.lower().startswith(("the ", "this ")) or noun.pos_ != "NOUN":
            return None
        head = noun.lemma_.lower()
        for _, _, att in reversed(self.history):
            s = att.source
            if s is not None and s.text and head in s.text.lower() and (s.start or 0) < noun.idx:
                return s.name
        return None

    # -- quotes -------------------------------------------------------------------------------

    def speaker_at(self, offset: int) -> SourceRef | None:
        """The speaker of the quote that contains ``offset``, from the quotes stage or the parse."""
        for q in self.quotes:
            if q.start <= offset < q.end and q.speaker is not None and q.kind in ("direct", "partial"):
                return q.speaker
        for qs, qe in self.quote_spans:
            if qs <= offset < qe:
                return self._speaker_of_span(qs, qe)
        return None

    def _speaker_of_span(self, qs: int, qe: int) -> SourceRef | None:
        """Find who says a quotation: a speech verb outside the marks in its sentence(s)."""
        doc = self.doc
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            return None
        segs = {self.seg_of[span[0].i], self.seg_of[span[-1].i]}
        candidates = []
        for n in sorted(segs):
            a, b = self.segments[n]
            for t in doc[a:b]:
                if (t.idx < qs or t.idx >= qe) and t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS:
                    candidates.append(t)
        # the sentence right after a quote that ends a sentence ("...” he said.")
        last_seg = self.seg_of[span[-1].i]
        if not candidates and last_seg + 1 < len(self.segments):
            a, b = self.segments[last_seg + 1]
            if "\n" not in self.text[doc[a - 1].idx : doc[a].idx] if a > 0 else True:
                for t in doc[a:b]:
                    if t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS and t.i - a < 6:
                        candidates.append(t)
        for verb in candidates:
            subj = self.subject(verb)
            if subj is not None and subj.lower_ not in _FIRST_PERSON:
                return self.ref_for(subj)
        return None

    # -- attribution ------------------------------------------------------------------------------

    def is_source_phrase(self, noun: "Token") -> bool:
        """True when the counted noun names who speaks ("two officials said", "according to two officials")."""
        if noun.dep_ in ("nsubj",) and noun.head.lemma_.lower() in _SAY_VERBS and noun.head.pos_ == "VERB" \
                and noun.lemma_.lower() in _SPEAKER_NOUNS:
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
            return True
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
            return True
        return False

    def attribute(self, q: Quantity, tok: "Token", sent: "Span") -> _Attribution:
        """Who gives the figure of ``q`` (sentence-level, then the sentence before)."""
        chain = self._chain(tok)
        in_quote = self.speaker_at(q.start)
        if chain:
            # first-person subjects ("I can confirm", "we assess") are the quote's speaker
            refs: list[SourceRef] = []
            cue, cue_i = chain[0][1], chain[0][2]
            for ref, lemma, idx in chain:
                if ref is None:
                    continue
                if refs and ref.name and refs[-1].name == ref.name:
                    continue
                refs.append(ref)
            if not refs and in_quote is not None:
                refs = [in_quote]
            if refs:
                relays = self._relays(chain)
                via = tuple(r for r in refs[1:] + relays if r.name != refs[0].name)
                att = _Attribution(refs[0], _dedupe(via), cue, cue_i, tuple(i for _, _, i in chain))
                return att
        if in_quote is not None:
            return _Attribution(in_quote, (), "say", None)
        own = self.sentence_attribution(sent)
        if own is not None and own.cue_token is not None:
            return own
        prev = self._previous_sentence_attribution(sent)
        if prev is not None:
            return prev
        return _Attribution(None)

    def _chain(self, tok: "Token") -> list[tuple[SourceRef | None, str, int]]:
        """Speech verbs governing ``tok`` (nearest first) with their subjects as SourceRefs."""
        out: list[tuple[SourceRef | None, str, int]] = []
        seen: set[int] = set()
        # a speech verb inside a relative clause on the figure: "the 10,000 the US says were deployed"
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in _SAY_VERBS:
                subj = self.subject(child)
                if subj is not None:
                    out.append((self.ref_for(subj), child.lemma_.lower(), child.i))
                    seen.add(child.i)
        cur = tok
        path_ok = True  # every hop since the last source found is reported speech (ccomp/xcomp)
        for _ in range(12):
            # "according to X" attached on the way up
            for child in cur.children:
                if child.lower_ == "according" and child.i not in seen:
                    seen.add(child.i)
                    for to in child.children:
                        for pobj in to.children:
                            if pobj.dep_ == "pobj":
                                out.append((self.ref_for(pobj), "say", child.i))
            if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in _SAY_VERBS and cur.i not in seen and cur is not tok:
                # once a source is found, only reported speech nests further ("A said B estimated"),
                # not a clause beside it ("A reported X, while B said Y")
                if out and not path_ok:
                    break
                seen.add(cur.i)
                subj = self.subject(cur)
                if subj is not None and not self.same_segment(subj, cur):
                    subj = None
                if subj is None and cur.dep_ in ("conj", "advcl", "xcomp") and (
                    cur.head.lemma_.lower() in _SAY_VERBS or cur.tag_ == "VBG"
                ):
                    # "... and projected that", "gave a higher estimate, saying ..."
                    subj = self._subject_any(cur.head)
                if subj is not None:
                    path_ok = True
                    cited = _cited(cur)
                    if cited is not None:
                        # "Meridian reported ..., citing the Interior Ministry"
                        out.append((self.ref_for(cited), cur.lemma_.lower(), cur.i))
                    out.append((self.ref_for(subj), cur.lemma_.lower(), cur.i))
            if cur.head is cur or not self.same_segment(cur.head, tok):
                break
            if cur.dep_ not in ("ccomp", "xcomp", "parataxis") and cur.pos_ in ("VERB", "AUX"):
                path_ok = False
            cur = cur.head
        # "according to X" elsewhere in the sentence (attached to another clause)
        if not out:
            for t in self.segment(tok):
                if t.lower_ == "according" and t.i not in seen:
                    for to in t.children:
                        for pobj in to.children:
                            if pobj.dep_ == "pobj":
                                out.append((self.ref_for(pobj), "say", t.i))
        return out

    def _relays(self, chain: list[tuple[SourceRef | None, str, int]]) -> list[SourceRef]:
        """Outlets a source speaks to or is cited by: "told CNN", "cited by CNN"."""
        doc = self.doc
        relays: list[SourceRef] = []
        for ref, _lemma, idx in chain:
            verb = doc[idx]
            if verb.lemma_.lower() == "tell":
                for child in verb.children:
                    if child.dep_ in ("dative", "dobj") and child.ent_type_ == "ORG":
                        r = self.ref_for(child)
                        if r:
                            relays.append(r)
            subj = None
            if ref is not None and ref.start is not None:
                span = doc.char_span(ref.start, ref.end or ref.start, alignment_mode="expand")
                subj = span.root if span is not None and len(span) else None
            if subj is not None:
                for child in subj.children:
                    if child.dep_ == "acl" and child.lemma_.lower() in ("cite", "quote"):
                        for agent in child.children:
                            if agent.dep_ == "agent":
                                for pobj in agent.children:
                                    if pobj.dep_ == "pobj":
                                        r = self.ref_for(pobj)
                                        if r:
                                            relays.append(r)
        return relays

    def sentence_attribution(self, sent: "Span") -> _Attribution | None:
        """The attribution a sentence makes with its main speech verb, if any."""
        key = sent.start
        if key in self._sent_attr:
            return self._sent_attr[key]
        att: _Attribution | None = None
        for t in sent:
            if t.lower_ == "according":
                for to in t.children:
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            ref = self.ref_for(pobj)
                            if ref:
                                att = _Attribution(ref, (), "say", t.i)
        if att is None:
            for t in sent:
                if t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS and (
                    t.dep_ in ("ROOT", "conj", "parataxis") or not sent.start <= t.head.i < sent.end
                ):
                    subj = self.subject(t)
                    if subj is not None and sent.start <= subj.i < sent.end:
                        ref = self.ref_for(subj)
                        if ref is not None:
                            att = _Attribution(ref, (), t.lemma_.lower(), t.i)
                            break
        self._sent_attr[key] = att
        return att

    def _previous_sentence_attribution(self, sent: "Span") -> _Attribution | None:
        """Attribution carried over from the sentence before, within the same paragraph."""
        doc = self.doc
        n = self.seg_of[sent.start]
        if n == 0:
            return None
        a, b = self.segments[n - 1]
        prev = doc[a:b]
        if "\n" in self.text[prev.end_char : sent.start_char]:
            return None
        att = self.sentence_attribution(prev)
        if att is not None:
            return att
        # the sentence before may itself carry an attribution from a claim in it
        for prev_q, _, prev_att in reversed(self.history):
            if prev.start_char <= prev_q.start < prev.end_char and prev_att.source is not None:
                return prev_att
        return None

    def earlier_attribution(self, q: Quantity, measure: str | None) -> _Attribution | None:
        """The attribution of the same figure mentioned earlier ("the 8,000 North Korean troops")."""
        for prev_q, prev_measure, att in reversed(self.history):
            if att.source is None:
                continue
            if prev_q.value is not None and q.value is not None and abs(prev_q.value - q.value) < 1e-9:
                if measure is None or prev_measure is None or _same_measure(measure, prev_measure):
                    return att
        return None

    def remember(self, q: Quantity, measure: str | None, att: _Attribution) -> None:
        """Record a claim's attribution for later carry-over (per-article state only)."""
        self.history.append((q, measure, att))

    # -- dates -----------------------------------------------------------------------------------

    def as_of(self, tok: "Token", sent: "Span", att: _Attribution, modality: str) -> str | None:
        """The date a figure holds or was stated (see the module docstring).

        Order: a date attached to a speech verb of the attribution (outermost first: "told a
        press briefing on Tuesday"), then a date inside the figure's own clause (target dates
        of projections excluded), then the article's explicit publication date.
        """
        doc = self.doc
        usable: list[tuple[TimeExpression, Any]] = []
        for te in self.times:
            if not (sent.start_char <= te.start < sent.end_char) or te.type not in ("DATE", "TIME"):
                continue
            val = te.value or ""
            if not re.match(r"^(\d{4}|XXXX-\d\d)", val):
                continue  # "PRESENT_REF", "XXXX-WXX-4": no usable date
            span = doc.char_span(te.start, te.end, alignment_mode="expand")
            if span is not None and len(span):
                usable.append((te, span.root))
        cues = list(att.cues) or ([att.cue_token] if att.cue_token is not None else [])
        for cue_i in reversed(cues):
            for te, root in usable:
                attach = root.head if root.dep_ != "pobj" else root.head.head
                if attach.i == cue_i or root.head.i == cue_i:
                    return _date_value(te)
        verb = _clause_verb(tok, self)
        for te, root in sorted(usable, key=lambda p: abs(p[0].start - tok.idx)):
            prep = root.head if root.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in ("by", "until", "before", "through", "within") \
                    and modality in ("projected", "expected"):
                continue  # a target date, not the date of the figure
            nearest_verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None)
            if nearest_verb is not None and nearest_verb.i == verb.i:
                return _date_value(te)
        pub = self.article.published
        if pub.basis == "explicit" and pub.date:
            return pub.date
        return None

    def sentence_bounds(self, sent: "Span", q: Quantity) -> tuple[int, int]:
        """The sentence's offsets, cut at line breaks (headlines and datelines are their own line)."""
        s, e = sent.start_char, sent.end_char
        s, e = min(s, q.start), max(e, q.end)
        line_start = self.text.rfind("\n", s, q.start)
        if line_start >= 0:
            s = line_start + 1
        line_end = self.text.find("\n", q.end, e)
        if line_end >= 0:
            e = line_end
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e


def _segments(doc: "Doc") -> tuple[list[tuple[int, int]], list[int]]:
    """spaCy sentences split at line breaks: [(start token, end token)], and each token's segment."""
    segs: list[tuple[int, int]] = []
    seg_of = [0] * len(doc)
    for sent in doc.sents:
        start = sent.start
        for t in sent:
            breaks = "\n" in t.text or (t.i > start and "\n" in doc[t.i - 1].whitespace_)
            if breaks and t.i > start:
                segs.append((start, t.i))
                start = t.i
        segs.append((start, sent.end))
    cleaned: list[tuple[int, int]] = []
    for s, e in segs:
        # drop whitespace-only tokens at the edges
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        if e > s:
            cleaned.append((s, e))
    for n, (s, e) in enumerate(cleaned):
        for i in range(s, e):
            seg_of[i] = n
    # whitespace tokens between segments belong to the one before
    last = 0
    for i in range(len(doc)):
        if any(s <= i < e for s, e in cleaned[seg_of[i] : seg_of[i] + 1]):
            last = seg_of[i]
        else:
            seg_of[i] = last
    return cleaned, seg_of


def _cited(verb: "Token") -> "Token | None":
    """The object of "citing X" / "quoting X" attached to a reporting verb or its reported clause."""
    places = [verb] + [c for c in verb.children if c.dep_ == "ccomp"]
    for head in places:
        for child in head.children:
            if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("advcl", "xcomp", "conj", "acl") \
                    and child.tag_ == "VBG":
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        return obj
    return None


def _date_value(te: TimeExpression) -> str | None:
    val = te.value
    if val and "T" in val:
        val = val.split("T", 1)[0]
    return val


_BODY_NOUNS = {"ministry", "agency", "government", "office", "department", "police", "army", "military",
               "company", "firm", "bank", "court", "council", "commission", "committee", "authority", "service",
               "group", "organisation", "organization", "union", "association", "institute", "survey", "report",
               "study", "figures", "data", "statistics", "intelligence", "spokesperson", "spokesman", "spokeswoman",
               "analysts", "economists", "researchers", "scientists", "officials", "experts", "observers"}


def _speaker_like(tok: "Token") -> bool:
    """A subject that can give a figure: a person, a body, a speaker noun, or a pronoun."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that"):
        return True
    low = tok.lemma_.lower()
    return low in _SPEAKER_NOUNS or low in _BODY_NOUNS or tok.lower_ in _BODY_NOUNS


def _subject(verb: "Token", bounds: tuple[int, int] | None = None) -> "Token | None":
    # "About 8,000 soldiers at the border, says US": the parse takes the figure as subject
    lo, hi = bounds if bounds is not None else (0, len(verb.doc))
    if not any(c.dep_ in ("ccomp", "xcomp") and lo <= c.i < hi for c in verb.children):
        inverted = _inverted_subject(verb)
        if inverted is not None:
            return inverted
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not (child.dep_ == "nsubjpass" and verb.lemma_ in _SAY_VERBS):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _inverted_subject(verb: "Token") -> "Token | None":
    """The subject after the verb: "..., says US", "..., said the ministry"."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None
    last = None
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
        if t.is_space:
            break
        if t.pos_ == "DET" and last is None:
            continue
        if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "ADJ" and last is None):
            last = t
            if "\n" in t.whitespace_ or (t.i + 1 < len(doc) and doc[t.i + 1].is_space):
                break
            continue
        break
    if last is not None and last.pos_ in ("PROPN", "NOUN"):
        return last
    return None


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans between typographic or straight quotation marks (one paragraph at most)."""
    spans = []
    for m in re.finditer(r"[“\"]([^“”\"\n]{3,}?)[”\"]", text):
        spans.append((m.start(), m.end()))
    # an opening mark whose quote runs to the end of the paragraph
    for m in re.finditer(r"“[^”\n]{3,}(?=\n|$)", text):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    return spans


def _same_measure(a: str, b: str) -> bool:
    wa = {w.lower().rstrip("s") for w in re.findall(r"\w+", a)}
    wb = {w.lower().rstrip("s") for w in re.findall(r"\w+", b)}
    return bool(wa & wb)


def _dedupe(refs: tuple[SourceRef, ...]) -> tuple[SourceRef, ...]:
    out: list[SourceRef] = []
    for r in refs:
        if not any((o.name or o.text) == (r.name or r.text) for o in out):
            out.append(r)
    return tuple(out)


def claims_debug(claims: tuple[NumericClaim, ...]) -> list[dict[str, Any]]:
    """A compact view of claims for reading and tests.

    Args:
        claims: claims from ``extract_claims``.

    Returns:
        One dict per claim: text, value, low, high, qualifier, measure, location, as_of,
        modality, source name and text, via names.
    """
    return [
        {
            "text": c.text,
            "value": c.value,
            "low": c.low,
            "high": c.high,
            "qualifier": c.qualifier,
            "measure": c.measure,
            "location": c.location,
            "as_of": c.as_of,
            "modality": c.modality,
            "source": c.source.name if c.source else None,
            "source_text": c.source.text if c.source else None,
            "via": [v.name for v in c.via],
        }
        for c in claims
    ]
