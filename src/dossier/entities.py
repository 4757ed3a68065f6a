"""Entities: people, organisations and places, merged within and across articles, with roles.

STUB — to be implemented (issue 4).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Article, Entity, LocalEntity, SourceRef
from .settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_local_entities(article: Article, doc: "Doc", *, settings: Settings) -> tuple[LocalEntity, ...]:
    """Return the entities one article mentions, with their names, mentions and roles."""
    return ()


class EntityLinker:
    """Maps a per-article reference (article id + words/name) to a canonical entity."""

    def __init__(self, entities: Sequence[Entity] = ()) -> None:
        self.entities = tuple(entities)

    def link(self, ref: SourceRef | None, article: str) -> SourceRef | None:
        """Return ``ref`` with ``entity`` and canonical ``name`` filled where known."""
        return ref


def build_entities(
    articles: Sequence[Article], local_entities: Sequence[LocalEntity], *, settings: Settings
) -> tuple[tuple[Entity, ...], EntityLinker]:
    """Merge per-article entities into story-wide entities and return a linker for references."""
    return (), EntityLinker()
