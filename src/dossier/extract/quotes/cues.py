"""Cues: the words that attribute a statement, found outside the quotes.

A cue is a speech verb from a small lexicon (said, told, warned, noted, added, ...), a stance
verb whose content is its object ("criticized the plan"), a verb of asking or promising with
an action ("urged X to leave"), a verb of knowing with a clause ("learned that ..."), a poll
or study that "shows"/"finds" something, a passive report with its agent ("was reported by
the Gazette"), a possessed speech noun ("Park's claim that ..."), or "according to". Weak cues
(verbs with other uses: "add", "note", "call") count only with a clause or right beside a quote.
``choose_cue`` picks the cue of a quote from the parse (the verb that governs it, else the
nearest); ``cue_words`` gives the cue's words with auxiliaries and the particle that opens its
content ("has also said", "pointed out", "called for"); ``date_for`` the date attached to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...model import SourceRef, TimeExpression
from .content import (
    action_content,
    evidence_subject,
    is_according,
    naming_content,
    object_content,
    passive_report,
    speech_noun_clause,
)
from .spans import QSpan, TextIndex, distance
from .words import (
    ACTION_CUES,
    CLAUSE_ONLY_CUES,
    CUE_ADVERBS,
    CUE_FORMS,
    CUE_LEMMAS,
    EVIDENCE_CUES,
    OBJECT_CUES,
    OBJECT_SPEECH,
    TOPIC_CUES,
    VOICE_CUES,
    WEAK_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Attribution:
    """A resolved cue + speaker, reused by quotes that carry it over."""

    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: SourceRef | None
    date: str | None
    position: int


#: Stance verbs that still report what someone said as a participle after another act
#: ("blocked the sale, citing a threat"); the others ("highlighting", "underscoring") gloss it.
_REPORTING_PARTICIPLES = frozenset(
    "cite accuse blame criticize criticise praise mention reference condemn denounce attack slam".split()
)


#: What a disaster or a war "claims": its victims, not a statement.
_TOLL_OBJECTS = frozenset({"life", "victim", "death", "casualty", "people", "soul", "toll"})


def find_cues(index: TextIndex, s_start: int, s_end: int) -> list["Token"]:
    """Speech-verb tokens of a segment that lie outside quotes.

    Args:
        index: the article's text index (tokens and quote marks).
        s_start: start of the segment in the text.
        s_end: end of the segment in the text.

    Returns:
        The cue tokens in text order.
    """
    out: list[Token] = []
    for tok in index.tokens_in(s_start, s_end):
        if index.in_quote(tok):
            continue
        if is_according(tok) or speech_noun_clause(tok) is not None:
            out.append(tok)
            continue
        lemma = tok.lemma_.lower()
        if lemma not in CUE_LEMMAS and tok.lower_ not in CUE_FORMS:
            continue
        if tok.pos_ not in ("VERB", "AUX") and tok.lower_ not in CUE_FORMS:
            continue
        # participles used as modifiers ("Asked if ...", "the report posted") are not cues
        if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl", "amod", "relcl") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children
        ):
            continue
        if any(a.lemma_.lower() == "ask" and a.tag_ == "VBN" and a.dep_ in ("advcl", "acl") for a in [tok, *tok.ancestors]):
            continue  # inside "Asked if he believed ...": a question put to someone, not a report
        if lemma in VOICE_CUES and any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
            continue  # "continues to be", "shouted orders": not a voice framing a quote
        if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                and tok.head.lemma_.lower() not in CUE_LEMMAS and tok.head.pos_ != "AUX" \
                and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) and not _beside_quote(index.text, tok):
            continue  # "the threshold needed to endorse candidates": a purpose, not a statement
        if any(c.dep_ == "prt" and c.lower_ in ("away", "up") for c in tok.children):
            continue  # "warn away looters", "the figures add up": no statement ("backed off" a plan is a stance)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            continue  # "said Thursday without citing evidence": nothing cited
        if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_OBJECTS for c in tok.children):
            continue  # "the 1988 quake claimed 1,900 lives": a toll taken, not a claim made
        if lemma == "add" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
                c.dep_ in ("ccomp", "parataxis") for c in tok.children):
            continue  # "the same number was added by the aid group": put on a list, not said
        if (
            tok.tag_ == "VBG"
            and tok.dep_ == "advcl"
            and lemma in OBJECT_CUES
            and lemma not in _REPORTING_PARTICIPLES
            and tok.head.lemma_.lower() not in CUE_LEMMAS
        ):
            continue  # "launched a missile, highlighting ...": the reporter's gloss on an act
        if (
            lemma in WEAK_CUES
            and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
            and not (lemma in ACTION_CUES and action_content(tok) is not None)
            and not (lemma in ("call", "describe") and naming_content(tok) is not None)
            and not (lemma in OBJECT_CUES | OBJECT_SPEECH and object_content(tok) is not None)
            and not (lemma not in CLAUSE_ONLY_CUES and passive_report(tok) is not None)
            and not (lemma in EVIDENCE_CUES and evidence_subject(tok) and object_content(tok) is not None)
        ):
            # weak cues only count with a clause, or right beside a quote
            if lemma in CLAUSE_ONLY_CUES or not _beside_quote(index.text, tok):
                continue
        out.append(tok)
    return out


def _beside_quote(text: str, tok: "Token") -> bool:
    """Whether a quote mark stands a few words before or after the token."""
    window_l = text[max(0, tok.idx - 40) : tok.idx]
    window_r = text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 40]
    return bool(re.search(r"[”\"],?\s*(\w+\s+){0,5}$", window_l)) or bool(re.match(r"[\s\w,]{0,30}[:,]?\s*[“\"]", window_r))


def choose_cue(q: QSpan, q_tokens: list["Token"], cues: list["Token"], *, partial: bool) -> "Token | None":
    """The cue that governs the quote, else (for full quotes) the nearest one.

    Args:
        q: the quote span.
        q_tokens: the tokens inside the quote.
        cues: the cues of the quote's segment (``find_cues``).
        partial: True for a fragment, which only a governing cue may claim.

    Returns:
        The chosen cue token, or None.
    """
    if not cues:
        return None
    q_set = {t.i for t in q_tokens}
    governing = []
    for cue in cues:
        if any(cue in t.ancestors for t in q_tokens):
            governing.append(cue)
        elif cue.dep_ == "parataxis" and any(cue.head == t or cue.head in t.ancestors for t in q_tokens):
            governing.append(cue)
        elif cue.head.i in q_set and cue.dep_ in ("parataxis", "advcl", "conj", "ccomp"):
            governing.append(cue)  # "“A,” he said" parsed with the quote as the head
    # quoted words are voiced by a speech cue, not by a belief or intention nested under it
    # ("said he believed Putin wanted to ... and would “station troops ...”")
    pool = [c for c in governing if c.lemma_.lower() not in CLAUSE_ONLY_CUES] or governing
    # 'X said in a speech, "A," and said B': the cue above the quote speaks it, not a subjectless
    # "and said" the parse hung on the quote's own verb
    above = [c for c in pool if any(c in t.ancestors for t in q_tokens) and c.i < q_tokens[0].i
             and any(g.dep_ in ("nsubj", "nsubjpass") and g.i not in q_set for g in c.children)]
    if above:
        pool = [c for c in pool if c in above or not (
            c.dep_ == "conj" and c.head.i in q_set and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    if not pool:
        if partial:
            return None
        pool = cues
    # 'Guterres called on them to act, noting that “attacks ... are war crimes,” Dujarric said': the cue
    # that opens the quote, deepest under the others, voices it; the outer one relays
    inner = [c for c in pool if c.i < q_tokens[0].i and any(c in t.ancestors for t in q_tokens)
             and distance(c.idx, q.open, q.outer_end) <= 15
             and any(o is not c and o in c.ancestors for o in pool)]
    if inner:
        return max(inner, key=lambda c: c.i)
    return min(pool, key=lambda c: distance(c.idx, q.open, q.outer_end))


def cue_words(text: str, cue: "Token") -> tuple[str, int, int]:
    """The words of a cue with its auxiliaries and the particle that opens its content.

    Args:
        text: the article text.
        cue: the cue token.

    Returns:
        (words, start, end): "has also said", "pointed out", "called for", "according to".
    """
    cue_start = cue.idx
    cue_end = cue.idx + len(cue.text)
    cue_text = cue.text
    if is_according(cue):
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is not None:
            cue_end = to.idx + len(to.text)
            cue_text = text[cue_start:cue_end]
    else:
        prt = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
        if prt:  # "pointed out"
            cue_end = prt[0].idx + len(prt[0].text)
        elif cue.lemma_.lower() in ACTION_CUES | OBJECT_CUES:
            # the preposition that opens what is asked or pointed to: "called for", "pointed to"
            prep = [
                c for c in cue.children
                if c.i == cue.i + 1 and c.dep_ in ("prep", "dative")
                and c.lower_ in (("for", "to", "on") + (("about", "of", "against") if cue.lemma_.lower() in TOPIC_CUES else ()))
            ]
            if prep:
                cue_end = prep[0].idx + len(prep[0].text)
        # auxiliaries, negation and "also" right before the verb: "has also said", "did not deny"
        first = cue.i
        left = {c.i: c for c in cue.children if c.i < cue.i}
        while first - 1 in left and (
            left[first - 1].dep_ in ("aux", "auxpass", "neg") or left[first - 1].lower_ in CUE_ADVERBS
        ):
            first -= 1
        cue_start = cue.doc[first].idx
        cue_text = text[cue_start:cue_end]
    return cue_text, cue_start, cue_end


def date_for(index: TextIndex, times: Sequence[TimeExpression], cue: "Token", s_start: int, s_end: int) -> str | None:
    """The value of a time expression attached to the cue ("warned Thursday", "said on Monday").

    Args:
        index: the article's text index.
        times: the article's time expressions.
        cue: the cue token.
        s_start: start of the cue's segment.
        s_end: end of the cue's segment.

    Returns:
        The normalised value of the date, or None.
    """
    for te in times:
        if not (s_start <= te.start < s_end) or te.value is None:
            continue
        if index.quoted[te.start]:
            continue
        toks = index.tokens_in(te.start, te.end)
        if not toks:
            continue
        ids = {t.i for t in toks}
        root = next((t for t in toks if t.head.i not in ids or t.head == t), toks[0])
        node = root
        for _ in range(5):
            if node == cue:
                return te.value
            if node.head == node or node.dep_ in ("ccomp", "relcl", "acl") and node.head == cue:
                break
            node = node.head
        if node == cue:
            return te.value
    return None
