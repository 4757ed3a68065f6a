"""Claims: the modality of a figure — denied, expected, projected, confirmed, estimated, reported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..quantities import Quantity
from .sentences import Sentences
from .source import _Attribution
from .words import _CONFIRM_VERBS, _DENY_VERBS, _ESTIMATE_VERBS, _PROJECT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def modality(q: Quantity, tok: "Token", attribution: _Attribution, ctx: Sentences) -> str:
    verb = ctx.clause_verb(tok)
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

