"""Helpers shared by the quote-speaker tests: a fictional text's quotes, a quote by its words, its
speaker's name."""

from __future__ import annotations

from typing import Any

from dossier.extract.quotes import extract_quotes
from dossier.model import Article, Quote
from dossier.settings import Settings


def text_quotes(nlp: Any, text: str) -> tuple[Quote, ...]:
    """The quotes of a text read as one article, without cleaning."""
    art = Article(id="a", source="a.txt", text=text)
    return extract_quotes(art, nlp(text), time_expressions=(), local_entities=(), settings=Settings())


def find_quote(quotes: tuple[Quote, ...] | list[Quote], words: str) -> Quote:
    """The shortest quote holding ``words``."""
    found = [q for q in quotes if words in q.text]
    assert found, (words, [q.text for q in quotes])
    return min(found, key=lambda q: len(q.text))


def speaker_name(q: Quote) -> str:
    """The quote's speaker as named (its entity's name, else its words)."""
    assert q.speaker is not None, q
    return q.speaker.name or q.speaker.text
