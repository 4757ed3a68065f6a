"""Quote speakers in shapes seen on real news of new stories (fictional text)."""

from __future__ import annotations

from dossier.extract.quotes import extract_quotes
from dossier.model import Article
from dossier.settings import Settings


def test_a_figure_reported_by_a_ministry_that_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Velkan Interior Ministry said the toll rose to 2,681 dead. "
            "The toll reported by the ministry earlier today stated that 2,497 people were killed.\n")
    art = Article(id="a", source="a.txt", text=text)
    quotes = extract_quotes(art, nlp(text), time_expressions=(), local_entities=(), settings=Settings())
    q = next(q for q in quotes if "2,497" in q.text)
    assert q.speaker is not None and "ministry" in (q.speaker.text or "").lower(), q.speaker
