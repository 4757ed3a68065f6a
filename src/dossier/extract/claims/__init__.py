"""Claims: quantities with qualifier, measure, location, as-of date, modality, source and relay.

A numeric claim is a figure an article states or reports about the world: a count of
people, things or events, a toll, a share or a sum of money. ``extract_claims`` finds the
quantities of an article (``quantities.find_quantities``) and keeps those that make such a
statement, leaving out dates, times, years, temperatures, ages, durations ("86 minutes" is
a measurement, not a claim about a population), restatements ("equivalent to two
brigade-sized units"), and numbers that only describe who speaks ("two officials said").

For each claim it reads, from the dependency parse of the sentence:

- ``state`` (``state``): what happened to the counted, read from the predicate first
  ("60 soldiers were killed", "killed or wounded 45", "312 remained missing", "captured three
  soldiers", "8,500 troops were sent"): present, killed, wounded, casualties, missing,
  captured, displaced, evacuated, arrested, rescued, cases, votes, turnout, seats, amount,
  change, level, damaged, destroyed, ...; a force's size and its losses are never one state;
- ``measure``: what is counted and what happened to it ("North Korean troops", "people
  killed"); a bare figure takes it from "the number of X", the total it is the value of
  ("cases topped 10,000"), or the nearest earlier figure with a measure;
- ``location`` with ``location_basis``: ``stated`` from a place phrase on the figure or its
  verb ("sent to eastern Russia"), a locative phrase elsewhere in the sentence unless
  another figure is nearer to it, a place the sentence names, or the place of the counting
  body ("Kestria's health ministry said"); else ``inherited`` from the article's scope
  (title, dateline, lead, then the place it keeps coming back to), ``location_from`` saying
  where it came from and its words;
- ``qualifier``: the quantity's ("more than", "almost", "as many as", ranges, which also
  take the middle of their ends as value) or its verb's ("passed 2,000" is over);
- ``source`` and ``via``: who gives the figure and who relays it, from speech and cognition
  verbs that govern the figure ("X said", "X estimates", "X told CNN"), "according to X",
  "X cited by Y", "..., citing Y", "X quoted Y as saying", "figures released by X",
  quotes (the speaker of the quote), first-person subjects inside quotes ("I can confirm",
  "we assess"), and, when a sentence has no attribution, the attribution of the sentence
  before it in the same paragraph; a figure repeated later without attribution keeps the
  source of its earlier mention; a source is never "statement", "unit", a number or a date;
- ``modality``: denied, expected ("expected to"), projected ("could exceed", "may send"),
  confirmed, estimated ("estimates", "an estimated", "were believed") or reported (default;
  "about" qualifies a figure, it does not make it an estimate);
- ``as_of`` with ``as_of_basis``: ``stated`` for a date in the figure's own clause ("killed
  on Sunday", "in the three days to 9 May"; target dates of projections and the starts of
  windows skipped), ``reported`` for the date of the statement ("said Monday"), else
  ``published`` (the article's explicit date); a date without a year takes the article's.

Names: ``SourceRef.name`` is the fullest name the article gives (from ``local_entities`` or
the article's own PERSON/ORG mentions, so "Patel" becomes "Vedant Patel"); ``text`` is the
words used, with their offsets. ``entity`` is left for the cross-article linker.

The reading is split by job: ``figure`` (which quantities are claims and what they count),
``place``, ``when`` and ``modality`` (the frame), ``source`` and ``names`` (who gives the
figure), all over the line-cut sentences of ``sentences``.
"""

from __future__ import annotations

import logging

import re
from typing import TYPE_CHECKING, Any

from ...model import Article, LocalEntity, NumericClaim, Quote, TimeExpression, stable_id
from ...settings import Settings
from ..quantities import Quantity, counted_noun, find_quantities, number_token
from .figure import _noun_phrase, _context_measure, _names_people, _predicate_measure, _total_measure, clean_measure, resolve_anaphoric, verb_qualifier, _is_claim_candidate, _measure_from_earlier, _unit_measure, stays_somewhere
from .modality import modality as _modality
from .names import Names
from .place import PlaceScope
from .sentences import Sentences, rehang_cut_off_numbers, rehang_intransitive_participles, rehang_of_qualifiers, rehang_said_subjects
from .state import (_MARK_NOUNS, _PEOPLE_STATES, amount_measure, bare_total, harm_pair_state, index_measure, measure_with_state, read_state,
                    respective_state, valued_noun)
from .source import Attributor, _Attribution
from .when import as_of as _as_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_claims", "claims_debug"]


_DEATH_RE = re.compile(r"\b(?:deaths?|dead|killed|fatalit\w*|toll|bodies|victims)\b", re.IGNORECASE)
_COMPARED_RE = re.compile(r"\b(?:up|down|rising|falling|increasing|decreasing|rose|fell|jumped|climbed)\s+from\s+(?:about\s+|around\s+|some\s+)?$|\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+$", re.IGNORECASE)


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
    try:  # parse repairs: a repair spaCy refuses leaves the parse as it was, never the claims lost
        rehang_of_qualifiers(doc)
        rehang_said_subjects(doc)
        rehang_intransitive_participles(doc)
        rehang_cut_off_numbers(doc)
    except (ValueError, IndexError) as err:
        logging.getLogger(__name__).debug("claims: a parse repair was refused in %s: %s", article.id, err)
    sents = Sentences(doc)
    names = Names(sents, local_entities, quotes)
    sources = Attributor(sents, names)
    times = tuple(t for t in time_expressions if t.end <= len(text))
    scope = PlaceScope(doc, sents, article.title, article.dateline, _parse_title(article.title))
    quantities = find_quantities(text, doc)
    # the figures of the article (not its times, dates or ages), for which figure a place is nearest
    figure_tokens = tuple(t.i for t in (number_token(q, doc) for q in quantities if _is_claim_candidate(q, doc, text))
                          if t is not None)
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
        appos_noun = _apposed_noun(tok) if q.measure is None and q.kind in ("number", "count") else None
        if appos_noun is not None:
            tok = appos_noun  # "the maximum deaths - 15 - were reported in": the figure counts the noun it stands beside
        sent = sents.segment(tok)
        if sources.is_source_phrase(tok):
            continue
        measure = q.measure if appos_noun is None else appos_noun.text
        if measure is None and q.kind in ("percent", "money", "measure", "fraction"):
            measure = _unit_measure(q, doc, tok, sent)
        if measure is None:
            measure = _context_measure(q, doc, tok, sent)
        if measure is None and q.kind in ("number", "count"):
            measure = _total_measure(doc, tok, sent)
        if measure is None and q.kind in ("number", "count") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in ("population", "populace"):
            measure = "population"  # "a nation with a population of nearly 30 million": who lives there, not an earlier figure's people
        if measure is None and q.kind in ("number", "count"):
            # the earlier figure's people ("Palestinians ... around 3,000 have been wounded"), else
            # people when the predicate says so ("1,200 had been evacuated")
            earlier = _measure_from_earlier(q, measured, text)
            if _COMPARED_RE.search(text[max(0, q.start - 30) : q.start]):
                # "5,100 have now died in six countries, up from 4,900": the figure it is compared with
                in_sentence = [m for prev, m in measured if sent.start_char <= prev.start < q.start]
                earlier = in_sentence[0] if in_sentence else earlier
            predicate = _predicate_measure(tok, sent)
            measure = earlier if earlier is not None and (predicate is None or _names_people(earlier)) else predicate
            if predicate is not None and earlier is not None and _DEATH_RE.search(earlier) and stays_somewhere(tok, sent):
                measure = predicate  # "202 deaths ... About 28,000 were still at shelters": the living, not the dead
            carried = measure is not None and measure == earlier
        else:
            carried = False
        whole = _whole_of_part(q, tok, sent, claims, quantities, text) if q.kind in ("number", "count") else None
        if whole is not None and (measure is None or carried or measure.lower() in _BARE_PART_MEASURES):
            measure = whole.measure
        else:
            whole = None
        share_of = _SHARE_OF_RE.match(text[q.end : q.end + 80]) if q.kind in ("number", "count") else None
        if share_of is not None and (measure is None or carried):
            measure = share_of.group(1).lower()  # "As many as 412, or more than half of the deaths, were in Brask"
        if measure is None and q.kind in ("number", "fraction"):
            continue  # a bare number with nothing counted: not a claim we can use
        if measure is None and q.kind == "measure" and q.unit in _DISTANCE_UNITS:
            continue  # "12 km west of the capital": where something is, no figure of the story
        before_anaphora = clean_measure(measure)
        measure = resolve_anaphoric(before_anaphora, measured[-1][1] if measured else None)
        carried = carried or measure != before_anaphora
        state, state_word = read_state(tok, number_token(q, doc), measure, sent, q.kind)
        if state in ("killed", "wounded") and harm_pair_state(text, q.start, q.end, sent.start_char, sent.end_char) \
                or state in (None, "level", "present") and q.kind in ("count", "number") \
                and harm_pair_state(text, q.start, q.end, sent.start_char, sent.end_char, total=True):
            state = "casualties"  # "troops killed or injured": both harms in one count, read from the words
        valued = valued_noun(number_token(q, doc), sent)
        if valued is not None and state_word is not None and valued.i == state_word.i:
            # "estimates deaths at around 25,000 and total casualties at nearly 95,000": what each figure values
            measure = " ".join(t.text for t in [*(w for w in valued.lefts if w.dep_ in ("amod", "compound")), valued])
        if q.kind == "percent" and state in _PEOPLE_STATES and measure \
                and measure.lower().split()[-1] in ("toll", "tally", "total", "count", "figure", "number") \
                and not re.match(r"\s*of\b", text[q.end : q.end + 6]):
            state = None  # "the toll is likely to exceed 10,000, putting the probability at 71%": a share, no count
        if tok.lemma_.lower() in _MARK_NOUNS and state_word is not None and state_word.i != tok.i \
                and state_word.lemma_.lower() in ("toll", "tally", "total", "count", "number"):
            measure = _noun_phrase(doc, state_word)  # "the 1,000 mark" of "the death toll": the toll is counted
        respective = respective_state(number_token(q, doc), sent) if q.kind in ("count", "number") else None
        if respective is not None:
            state, state_word = respective  # "... injured and missing ... at 11 and eight, respectively"
        label = _LABEL_LEAD_RE.match(text[text.rfind("\n", 0, q.start) + 1 : q.start])
        if label is not None:
            # "Casualties by district: Lenna 140, Dorsk 96": the label before the colon says what the list counts
            word = label.group(1).lower()
            state, state_word = _LABEL_STATES[word], None
            measure = word if word in ("casualties", "deaths", "fatalities", "cases", "infections") \
                else "people " + word.replace("dead", "killed")
        topic = _TOPIC_LEAD_RE.match(text[sent.start_char : q.start]) if carried or state is None else None
        if topic is not None:
            # "For the missing, the agency said eight were in the north": the sentence is about them
            state, state_word = _TOPIC_STATES[topic.group(1).lower()], None
            measure = "people " + topic.group(1).lower().replace("dead", "killed")
        if carried and measure and state == "killed" and _acts_otherwise(tok):
            # "Five were killed while another 43 are seeking discharge": the 43 are the earlier figure's
            # people, not the dead (the dead do nothing); what they do says nothing of harm
            bare = read_state(tok, number_token(q, doc), None, sent, q.kind)[0]
            if bare is None or bare == "present":
                state, state_word = bare, None
                measure = _strip_state_words(measure)
        if share_of is not None and measure == share_of.group(1).lower():
            state, state_word = _LABEL_STATES[share_of.group(1).lower()], None
        carried_state = _carried_total_state(tok, number_token(q, doc), sent, claims, q)
        if carried_state is not None:
            state, measure, state_word = carried_state[0], carried_state[1], None
        if whole is not None and state in (None, "present", "cases", whole.state):
            # "Of these, 69 were in Brask": a part of the total before it counts what the total counts
            state, measure, state_word = whole.state, whole.measure, None
        if carried and state in _PEOPLE_STATES and measure and not _names_people(measure) \
                and not re.search(r"toll|death|dead|casualt|injur|wound|missing|victim|fatalit|case", measure, re.IGNORECASE):
            # "71 others missing" after "a 6.7-magnitude quake": people, not the quake's magnitude
            measure = "people"
        if state in (None, "present") and _COMPARED_RE.search(text[max(0, q.start - 30) : q.start]):
            # "566 troops were killed in 2011, down from 711 in 2010": the figure compared with the one
            # before it in the sentence counts what happened to that one
            compared = [c for c in claims if sent.start_char <= c.start < q.start and c.state not in (None, "present")]
            if compared:
                state, state_word = compared[-1].state, None
        # (not a new group: "has sent an additional 3,000 troops" after "3,000 killed or injured")
        again = _mentioned_before(q, measure, state, claims) if not (
            _NEW_GROUP_BEFORE_RE.search(text[max(0, q.start - 25) : q.start])
            or state == "present" and state_word is not None and state_word.pos_ == "VERB"
            or state == "present" and _held_force(tok)) else None
        if again is not None:
            state, measure, state_word = again.state, again.measure, None  # "these 89 active cases" again
        measure = measure_with_state(measure, state, state_word)
        fig_tok = number_token(q, doc)
        named = index_measure(fig_tok, sent, state) if fig_tok is not None else None
        if named is not None:
            measure = named  # "S&P 500 fall": what rose or fell, by its name
        if measure is None and state == "amount":
            money = doc.char_span(q.start, q.end, alignment_mode="expand")
            measure = amount_measure(money.root, sent) if money is not None else None  # "damage estimated at $54m"
        if q.measure and measure:
            measured.append((q, measure))  # with what happened, for bare figures after it
        attribution = sources.attribute(q, tok, sent)
        if attribution.source is not None and attribution.source.start is not None and attribution.source.end is not None \
                and attribution.source.start <= q.start < attribution.source.end:
            attribution = _Attribution(None)
        if attribution.source is None and not _another_group(q, sent, text):
            attribution = sources.earlier_attribution(q, measure) or attribution
        attribution = _outlet_relays_again(attribution, claims, sent)
        location, location_basis, location_from = scope.claim_place(tok, sent, state=state, others=figure_tokens,
                                                                    source=attribution.source, number=fig_tok)
        modality = _modality(q, tok, attribution, sents)
        # the figure itself is never its date ("the toll rose to 1850": a count the tagger took for a year)
        own_times = tuple(te for te in times if not (te.start < q.end and q.start < te.end))
        as_of, as_of_basis = _as_of(sents, own_times, article, tok, sent, attribution, modality)
        if as_of_basis == "published" and _AT_THE_TIME_RE.search(text[sent.start_char : q.start]) and claims \
                and claims[-1].as_of_basis in ("stated", "reported") and claims[-1].end <= sent.start_char \
                and "\n" not in text[claims[-1].end : sent.start_char]:
            # "At the time, officials said the numbers were closer to 25,000": the time of the figure just before
            as_of, as_of_basis = claims[-1].as_of, claims[-1].as_of_basis
        s_start, s_end = sents.sentence_bounds(sent, q)
        unit = q.unit if q.kind in ("percent", "money", "measure", "fraction") else None
        claim = NumericClaim(
            id=stable_id("c", article.id, q.start, q.end),
            article=article.id,
            start=q.start,
            end=q.end,
            sentence=text[s_start:s_end],
            # "between 4,000 and 5,500": a range keeps its ends and takes their middle as its value
            value=(q.low + q.high) / 2 if q.value is None and q.qualifier == "range" and q.low is not None
            and q.high is not None else q.value,
            low=q.low,
            high=q.high,
            qualifier=verb_qualifier(q, doc, number_token(q, doc)),
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
            state=state,
            location_basis=location_basis,
            as_of_basis=as_of_basis,
            location_from=location_from,
        )
        claims.append(claim)
        sources.remember(q, measure, attribution)
    return tuple(claims)


_BARE_PART_MEASURES = {"people", "persons", "person", "cases", "case", "deaths", "death", "dead"}
_PARTITIVE_LEAD_RE = re.compile(r"^\W*of\s+(?:these|them|those|whom|which|the\b[^,]{1,80}),", re.IGNORECASE)
_PLACE_PART_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:each\s+)?(?:in|at|from)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z]")


def _whole_of_part(q: Quantity, tok: "Token", sent: "Span", claims: list[NumericClaim],
                   quantities: "tuple[Quantity, ...] | list[Quantity]", text: str) -> NumericClaim | None:
    """The total a figure is a part of: "..., the toll has risen to 126. Of these, 69 were in Brask,
    38 in Orla" (a partitive lead), or a list of counts by place right after a total of the dead,
    wounded or missing whose parts add up to no more than it ("There were 39 cases in Brask City,
    23 cases in Orla City ..."). None when the figure is no such part."""
    harm = _PEOPLE_STATES
    start = sent.start_char
    # "put the missing at 18, three of them tourists": a part named right after its total
    near = next((c for c in reversed(claims) if c.end <= q.start), None)
    if near is not None and near.start >= start and near.state in harm and near.value is not None \
            and q.value is not None and q.value < near.value and re.fullmatch(r"\s*,\s*", text[near.end : q.start]) \
            and re.match(r"\s+of\s+(?:them|whom|these|those)\b", text[q.end : q.end + 20]):
        return near
    lead = _PARTITIVE_LEAD_RE.match(text[start : q.start])
    # the whole: the last figure before the sentence, or the one in its "Of the 128 dead," lead
    # (never another part of the same list)
    limit = start + lead.end() if lead is not None else start
    prev = next((c for c in reversed(claims) if c.end <= limit), None)
    if prev is None or prev.state not in harm or prev.value is None or q.value is None or q.value >= prev.value \
            or limit - prev.end > 600:
        return None
    if lead is not None:
        return prev
    if not _PLACE_PART_RE.match(text[q.end : q.end + 60]):
        return None
    parts = [x for x in quantities if start <= x.start < sent.end_char and x.value is not None
             and x.kind in ("number", "count") and _PLACE_PART_RE.match(text[x.end : x.end + 60])]
    if len(parts) < 2 or sum(x.value or 0 for x in parts) > prev.value:
        return None
    between = text[prev.end : start]
    if "\n\n" in between.strip("\n"):
        return None  # a total of another paragraph
    return prev


_STATE_WORDS_RE = re.compile(r"\s+(?:killed|dead|died|wounded|injured|missing|captured|casualties)\b.*$", re.IGNORECASE)


_OUTLET_ANAPHORA_RE = re.compile(r"(?:the\s+)?(?:newspaper|paper|daily|broadcaster|tabloid|magazine|outlet|website|channel)",
                                 re.IGNORECASE)


def _outlet_relays_again(attribution: _Attribution, claims: list[NumericClaim], sent: "Span") -> _Attribution:
    """"..., the newspaper wrote" after "The Herald newspaper reported, citing the army": the outlet
    named by its kind relays again whom it cited before (the army), not a source of its own (only
    where it speaks in the figure's own sentence)."""
    ref = attribution.source
    if ref is None or attribution.via or ref.entity is not None or ref.start is None \
            or not sent.start_char <= ref.start < sent.end_char \
            or not _OUTLET_ANAPHORA_RE.fullmatch((ref.text or ref.name or "").strip()):
        return attribution
    relayed = next((c for c in reversed(claims) if c.source is not None and c.via), None)
    if relayed is None or relayed.source is None:
        return attribution
    return _Attribution(relayed.source, (ref,), attribution.cue, attribution.cue_token, attribution.cues)


def _apposed_noun(num: "Token") -> "Token | None":
    """The plural noun a bare number stands beside between dashes, brackets or commas: "the maximum
    deaths - 15 - were reported", "casualties (40)"."""
    head = num.head
    doc = num.doc
    if num.dep_ != "appos" or head.i >= num.i or head.pos_ != "NOUN" or head.tag_ != "NNS" or num.i - head.i != 2:
        return None
    if doc[num.i - 1].text not in ("-", "–", "—", "(", ","):
        return None
    return head if num.i + 1 < len(doc) and doc[num.i + 1].text in ("-", "–", "—", ")", ",") else None


def _strip_state_words(measure: str) -> str:
    """"Velkans killed" -> "Velkans" (the people without the state)."""
    return _STATE_WORDS_RE.sub("", measure).strip() or measure


def _acts_otherwise(tok: "Token") -> bool:
    """The figure is the subject of an active verb phrase with an object or complement of its own
    ("43 are seeking early discharge", "12 have returned home"), not a passive or a state verb."""
    fig = tok
    if fig.dep_ != "nsubj" or fig.head.pos_ != "VERB":
        return False
    verb = fig.head
    if any(c.dep_ in ("auxpass", "nsubjpass", "acomp", "oprd") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "prep", "xcomp", "advmod", "prt") for c in verb.children if c.i > verb.i)


# a label that opens a list of places and figures ("Casualties by district: Lenna 140, Dorsk 96")
_LABEL_STATES = {"deaths": "killed", "dead": "killed", "killed": "killed", "fatalities": "killed",
                 "casualties": "casualties", "injured": "wounded", "wounded": "wounded", "injuries": "wounded",
                 "missing": "missing", "displaced": "displaced", "evacuated": "evacuated", "cases": "cases",
                 "infections": "cases"}
_LABEL_LEAD_RE = re.compile(r"^\W*(deaths|dead|killed|fatalities|casualties|injured|wounded|injuries|missing|displaced|"
                            r"evacuated|cases|infections)\b[^:.;\d]{0,40}:\s*[A-Z][^:.]*$", re.IGNORECASE)
# a figure restated right after it as a share of a group ("1,684, or more than half of the deaths,"):
# the figure counts that group
_SHARE_OF_RE = re.compile(r"\s*[,(–—-]\s*(?:or|that\s+is|i\.e\.)?\s*(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|"
                          r"about\s+|around\s+|roughly\s+|some\s+|over\s+|under\s+|just\s+)?(?:an?\s+|one\s+|two\s+)?"
                          r"(?:half|third|thirds|quarter|quarters|fifth|tenth|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+"
                          r"of\s+(?:the|all)\s+(?:\w+\s+)?(deaths|dead|fatalities|casualties|injured|wounded|injuries|missing|"
                          r"displaced|evacuated|cases|infections)\b", re.IGNORECASE)
_TOPIC_STATES = {"missing": "missing", "injured": "wounded", "wounded": "wounded", "dead": "killed",
                 "displaced": "displaced", "evacuated": "evacuated"}
_TOPIC_LEAD_RE = re.compile(r"^\W*(?:for|of|among|as for)\s+the\s+(missing|injured|wounded|dead|displaced|evacuated)"
                            r"(?:\s+(?:people|persons))?\s*,", re.IGNORECASE)
_DISTANCE_UNITS = {"kilometre", "kilometer", "mile", "metre", "meter", "foot", "yard", "nautical mile",
                   "millimetre", "millimeter", "centimetre", "centimeter", "inch"}


_OTHER_GROUP_AFTER_RE = re.compile(r"^\s+(?:other|more|further|additional|previous)\b", re.IGNORECASE)
_BACKGROUND_LEAD_RE = re.compile(r"^\W*(?:earlier|previously|before that|in the past)\b", re.IGNORECASE)


def _another_group(q: Quantity, sent: "Span", text: str) -> bool:
    """"At least two other Indians died earlier", "Earlier, two Indians were killed": another group
    than a figure of the same value before it, not that figure named again."""
    return bool(_OTHER_GROUP_AFTER_RE.match(text[q.end : q.end + 20])
                or _BACKGROUND_LEAD_RE.match(text[sent.start_char : q.start]))


_NEW_GROUP_BEFORE_RE = re.compile(r"(?i)\b(?:an?\s+)?(?:additional|another|further|extra|new|more)\s+(?:\w+\s+)?$")


_AT_THE_TIME_RE = re.compile(r"(?i)\b(?:at the time|at that time|at that point|back then)\b")


def _held_force(tok: "Token") -> bool:
    """A force a country or side has or fields ("Varn has around 50,000 troops"): its size, never the
    losses of the same number said before."""
    noun = tok.head if tok.dep_ == "nummod" else tok
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("have", "field", "keep", "maintain", "number") \
        and noun.lemma_.lower() in _FORCE_WORDS


_FORCE_WORDS = frozenset({"troop", "soldier", "force", "personnel", "fighter", "mercenary", "serviceman", "servicemen",
                          "reservist", "conscript", "man", "men"})


def _mentioned_before(q: Quantity, measure: str | None, state: str | None, claims: list[NumericClaim]) -> NumericClaim | None:
    """An earlier claim of the same value whose measure holds every word of this one ("89 active
    cases of missing persons" ... "these 89 active cases"): the same figure, with what happened
    to the counted as first said; only when this mention says no fate of its own."""
    if q.value is None or not measure or state not in (None, "present", "cases"):
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", measure)}
    if not words:
        return None
    for prev in reversed(claims):
        if prev.value != q.value or not prev.measure or prev.state not in _PEOPLE_STATES or prev.state == state:
            continue
        if words <= {w.lower() for w in re.findall(r"[A-Za-z]+", prev.measure)}:
            return prev
    return None


def _carried_total_state(tok: "Token", number: "Token | None", sent: "Span", claims: list[NumericClaim],
                         q: Quantity) -> tuple[str, str | None] | None:
    """The state and measure a bare total takes from the figure before it ("up to 4,000 wounded or
    killed ... The agency estimated the toll at around 3,000": casualties, not deaths)."""
    word = bare_total(tok, number, sent)
    if word is None:
        return None
    harm = {"killed", "wounded", "casualties", "missing"}
    prev = next((c for c in reversed(claims) if c.state in harm and 0 <= q.start - c.end <= 600), None)
    last = claims[-1] if claims else None
    if last is not None and last is not prev and last.state not in harm and sent.start_char <= last.start < q.start:
        return None  # "has sent an additional 3,000 troops, bringing the total to 14,000": the total of the troops
    if prev is None or (word == "toll" and prev.state != "casualties"):
        return None  # a bare "toll" counts the dead unless the figure before it counted casualties
    return prev.state or "", prev.measure


def _parse_title(title: str | None) -> "Doc | None":
    """The title's parse (places in a title set the article's scope); None without a title."""
    if not title or not title.strip():
        return None
    from ..nlp import parse_short

    return parse_short(title[:500])


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
