"""Quotes: direct, partial and indirect quotes with their cue verb and speaker.

STUB — to be implemented (issue 4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Article, LocalEntity, Quote, TimeExpression
from .settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_quotes(
    article: Article,
    doc: "Doc",
    *,
    time_expressions: tuple[TimeExpression, ...],
    local_entities: tuple[LocalEntity, ...],
    settings: Settings,
) -> tuple[Quote, ...]:
    """Return the article's quotes with speakers resolved as far as the article allows."""
    return ()
