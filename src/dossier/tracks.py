"""Claim tracks: group claims about the same measure and scope; ranges, trends, conflicts.

STUB — to be implemented (issue 5).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, Entity, NumericClaim, Relation, Track
from .settings import Settings


def build_tracks(
    claims: Sequence[NumericClaim],
    *,
    articles: Sequence[Article],
    relations: Sequence[Relation],
    entities: Sequence[Entity],
    settings: Settings,
) -> tuple[tuple[NumericClaim, ...], tuple[Track, ...]]:
    """Group claims into tracks; return the claims (with ``track`` set) and the tracks."""
    return tuple(claims), ()
