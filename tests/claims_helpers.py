"""Helpers shared by the claim tests: build a fictional page's claims, find a claim by its words,
check an annotated figure's fields."""

from __future__ import annotations

from typing import Any

from dossier.evaluation import claims as ev
from dossier.extract.claims import extract_claims
from dossier.ingest.clean import clean_article
from dossier.model import Article, NumericClaim, PublishedDate, RawArticle
from dossier.pipeline import analyze_batch
from dossier.settings import Settings


def page_claims(text: str, source: str = "page.txt") -> tuple[Article, list[NumericClaim]]:
    """Clean a fictional page and return it with its claims."""
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source=source, fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    return art, list(analyze_batch([art], settings=settings)[0].claims)


def claim_at(art: Article, claims: list[NumericClaim], words: str, n: int = 0) -> NumericClaim:
    """The claim over the ``n``-th occurrence of ``words`` in the cleaned text."""
    pos = -1
    for _ in range(n + 1):
        pos = art.text.index(words, pos + 1)
    hit = next((c for c in claims if c.start < pos + len(words) and pos < c.end), None)
    assert hit is not None, words
    return hit


def assert_figure_fields(f: dict[str, Any], where: str) -> None:
    """An annotated figure's attributes take the values the scorer knows."""
    assert f["qualifier"] in ev.QUALIFIERS, where
    assert f["modality"] in ev.MODALITIES, where
    assert f["state"] is None or f["state"] in ev.STATES, where
    assert f["location_basis"] in (None, "stated", "inherited"), where
    assert (f["location"] is None) == (f["location_basis"] is None), where
    assert f["as_of_basis"] in (None, "stated", "reported", "published"), where
    assert f["value"] is not None or (f["low"] is not None and f["high"] is not None), where
    assert isinstance(f["via"], list), where


def place_claims(nlp: Any, text: str, title: str | None = None, dateline: str | None = None) -> tuple[NumericClaim, ...]:
    """The claims of one fictional text with its title and dateline (published 2025-05-12), as the place tests read them."""
    art = Article(id="a", source="a.txt", text=text, title=title, dateline=dateline,
                  published=PublishedDate(date="2025-05-12", basis="explicit"))
    return extract_claims(art, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings())


def claim_of_value(claims: tuple[NumericClaim, ...], value: float) -> NumericClaim:
    """The first claim of ``value`` (failing with every claim's text and value when there is none)."""
    found = [c for c in claims if c.value == value]
    assert found, [(c.text, c.value) for c in claims]
    return found[0]


def place_why(claims: tuple[NumericClaim, ...]) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each claim's text with its place, the place's basis and the words it came from (for failure messages)."""
    return [(c.text, c.location, c.location_basis, c.location_from) for c in claims]


# a fictional live page whose entry stamps carry a year only on the oldest entry (the clean and as-of tests)
LIVE_PAGE_SOME_YEARS = """Orla floods: live updates
Aug 28, 9:10 a.m.
The death toll from the floods in Orla has risen to 41, the civil protection agency said.
Aug 27, 6:30 p.m.
Rescuers said 12 people remain missing after the river burst its banks.
Aug 26, 2016, 5:46 p.m.
At least 20 people were killed when the river burst its banks in the Orla valley, officials said.
"""
