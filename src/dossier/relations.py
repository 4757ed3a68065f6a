"""Relations between articles: copies, syndicated wire stories, citations, same event.

STUB — to be implemented (issue 5).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, Relation
from .settings import Settings


def detect_relations(articles: Sequence[Article], *, settings: Settings) -> tuple[Relation, ...]:
    """Return the relations found between the articles."""
    return ()
