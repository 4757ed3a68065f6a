"""Claims: the place a figure is about, from the prepositions on the counted noun and its verbs.

"sent to eastern Russia", "in Russia's Kursk region", "..., including 11,000 North Koreans,
in Kursk", and "there" pointing back at a place named earlier in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import Sentences
from .words import _LOC_PREPS, _PLACE_NOUNS, _SAY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


def location(doc: "Doc", tok: "Token", sent: "Span", ctx: Sentences) -> str | None:
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
    verb = ctx.clause_verb(tok)
    for t in doc[tok.i + 1 : sent.end]:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "inside", "within") and ctx.clause_verb(t).i == verb.i:
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

