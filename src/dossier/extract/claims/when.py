"""Claims: the as-of date of a figure — when it holds or was stated.

A time expression attached to a speech verb of the attribution ("told a briefing on
Tuesday"), then one in the figure's own clause (target dates of projections, "by December",
skipped), then the article's explicit publication date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...model import Article, TimeExpression
from .sentences import Sentences
from .source import _Attribution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def as_of(sents: Sentences, times: tuple[TimeExpression, ...], article: Article, tok: "Token", sent: "Span",
          att: _Attribution, modality: str) -> str | None:
    """The date a figure holds or was stated (see the module docstring).

    Order: a date attached to a speech verb of the attribution (outermost first: "told a
    press briefing on Tuesday"), then a date inside the figure's own clause (target dates
    of projections excluded), then the article's explicit publication date.
    """
    doc = sents.doc
    usable: list[tuple[TimeExpression, Any]] = []
    for te in times:
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
    verb = sents.clause_verb(tok)
    for te, root in sorted(usable, key=lambda p: abs(p[0].start - tok.idx)):
        prep = root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("by", "until", "before", "through", "within") \
                and modality in ("projected", "expected"):
            continue  # a target date, not the date of the figure
        nearest_verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None)
        if nearest_verb is not None and nearest_verb.i == verb.i:
            return _date_value(te)
    pub = article.published
    if pub.basis == "explicit" and pub.date:
        return pub.date
    return None


def _date_value(te: TimeExpression) -> str | None:
    val = te.value
    if val and "T" in val:
        val = val.split("T", 1)[0]
    return val

