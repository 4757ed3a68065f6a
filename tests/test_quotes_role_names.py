"""A name the tagger reads as an organisation is still a person's after a role noun
("UNHCR representative Ilsevaar Duroque-Mbeki"): "he said" after it is that person, and so is the
source of the figures in the quote."""

from __future__ import annotations

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.pipeline import analyze_batch
from dossier.settings import Settings
from tests.claims_helpers import claim_at, page_claims

PAGE = """Millions displaced in Marovia

The United Nations said on Monday that over 9 million people have been displaced by the war. UNHCR representative Ilsevaar Duroque-Mbeki, in an interview with AFP, shared the staggering toll of the war.
"The conflict has provoked the displacement of 9 million people, including 6.1 million internally displaced people and 2.9 million refugees," he said.
"""


def test_he_after_a_role_named_person_is_that_person() -> None:
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=PAGE), settings=settings)
    assert isinstance(art, Article)
    quotes = analyze_batch([art], settings=settings)[0].quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].speaker is not None
    assert direct[0].speaker.name == "Ilsevaar Duroque-Mbeki"


def test_figures_in_the_quote_are_the_persons() -> None:
    art, claims = page_claims(PAGE)
    for words in ("9 million people,", "6.1 million", "2.9 million"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Ilsevaar Duroque-Mbeki", (words, c.source)
