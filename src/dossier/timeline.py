"""Timeline: dated events across articles, merged, with evidence; dates for undated articles.

STUB — to be implemented (issue 5).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, ArticleAnalysis, Entity, Event, Relation
from .settings import Settings


def build_timeline(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    *,
    entities: Sequence[Entity],
    relations: Sequence[Relation],
    settings: Settings,
) -> tuple[tuple[Article, ...], tuple[Event, ...]]:
    """Return the articles (undated ones given a window where evidence allows) and the events."""
    return tuple(articles), ()
