"""Story summary: a short extractive summary with a citation for every sentence.

STUB — to be implemented (issue 5).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, ArticleAnalysis, Relation, SummarySentence, Track
from .settings import Settings


def summarize_story(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    *,
    relations: Sequence[Relation],
    tracks: Sequence[Track],
    settings: Settings,
) -> tuple[SummarySentence, ...]:
    """Return a few sentences that summarise the story, each pointing to its article."""
    return ()
