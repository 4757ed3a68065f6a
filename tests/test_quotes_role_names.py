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


PAGE2 = """Marches and floods

"We did a lot of work with the organizers," said Steve Linders, a spokesman for the Delmont Police Department.

A city official said people were standing along the entire route. The official said there could be more than half a million people on the Mall.

The health ministry in a statement also raised the alarm over the spread of disease.
- How to Combine Analysis for Success
- How cyber-attacks exposed security in 2023
"The humanitarian and health conditions of the displaced have reached catastrophic levels," it said.

Scores of people died on Tuesday. The quake in 1999 claimed approximately 2,400 lives. Almost the same number was added by the Red Cross.
"""


def _quotes(text: str) -> tuple[str, list]:  # type: ignore[type-arg]
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    return art.text, list(analyze_batch([art], settings=settings)[0].quotes)


def test_the_official_after_an_unnamed_official_is_not_the_named_spokesman() -> None:
    text, quotes = _quotes(PAGE2)
    q = next(q for q in quotes if text[q.start : q.end].startswith("there could be"))
    assert q.speaker is not None and q.speaker.name != "Steve Linders"


def test_it_after_link_lines_is_the_body_before_them() -> None:
    text, quotes = _quotes(PAGE2)
    q = next(q for q in quotes if text[q.start : q.end].startswith("The humanitarian"))
    assert q.speaker is not None and q.speaker.name == "health ministry"


def test_a_toll_claimed_and_a_name_added_to_a_list_are_no_quotes() -> None:
    text, quotes = _quotes(PAGE2)
    assert not [q for q in quotes if q.cue in ("claimed", "was added")]


def test_an_infinitive_of_purpose_is_no_speech_cue() -> None:
    text, quotes = _quotes("""Early results in Marovia

Only four parties have cleared the 5% threshold needed to endorse candidates through the party-list system. The ruling party needs to endorse its candidates in at least 40 constituencies. The opposition said the vote was held under pressure.
""")
    assert not [q for q in quotes if q.cue and "endorse" in q.cue]
    assert any(q.speaker is not None and q.speaker.text == "The opposition" for q in quotes)
