"""Claims: quantities with qualifier, measure, location, as-of date, modality, source and relay.

STUB — to be implemented (issue 3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Article, LocalEntity, NumericClaim, Quote, TimeExpression
from .settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_claims(
    article: Article,
    doc: "Doc",
    *,
    time_expressions: tuple[TimeExpression, ...],
    local_entities: tuple[LocalEntity, ...],
    quotes: tuple[Quote, ...],
    settings: Settings,
) -> tuple[NumericClaim, ...]:
    """Return the numeric claims the article makes or reports."""
    return ()
