"""A name the tagger reads as an organisation is still a person's after a role noun
("UNHCR representative Tovhild Asmaran-Keita"): "he said" after it is that person, and so is the
source of the figures in the quote."""

from __future__ import annotations

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.pipeline import analyze_batch
from dossier.settings import Settings
from tests.claims_helpers import claim_at, page_claims

PAGE = """Nine million uprooted across Marovia

On Monday the United Nations reported that more than 9 million people had fled their homes since the fighting began. UNHCR representative Tovhild Asmaran-Keita, speaking to AFP by phone, described the scale of the upheaval.
"In all, 9 million people, among them 6.1 million uprooted inside the country and 2.9 million who crossed borders, have lost their homes," he said.
"""


def test_he_after_a_role_named_person_is_that_person() -> None:
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=PAGE), settings=settings)
    assert isinstance(art, Article)
    quotes = analyze_batch([art], settings=settings)[0].quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].speaker is not None
    assert direct[0].speaker.name == "Tovhild Asmaran-Keita"


def test_figures_in_the_quote_are_the_persons() -> None:
    art, claims = page_claims(PAGE)
    for words in ("9 million people,", "6.1 million", "2.9 million"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Tovhild Asmaran-Keita", (words, c.source)


PAGE2 = """Rallies and high water

"Our officers planned every block with the march committee," said Dario Quenneth, a spokesman for the Halbrook Police Department.

A municipal official said crowds lined the whole length of the parade. The official said there could be well over 400,000 marchers downtown by noon.

The health ministry in a statement also warned about outbreaks of illness in the camps.
- Five Habits of Careful Investors
- What the 2022 data leaks taught us
"Living conditions for the families in the shelters are now beyond desperate," it said.

Dozens of people died on Wednesday. The tremor in 1987 claimed roughly 3,100 lives. A similar number was added by the Red Crescent.
"""


def _quotes(text: str) -> tuple[str, list]:  # type: ignore[type-arg]
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    return art.text, list(analyze_batch([art], settings=settings)[0].quotes)


def test_the_official_after_an_unnamed_official_is_not_the_named_spokesman() -> None:
    text, quotes = _quotes(PAGE2)
    q = next(q for q in quotes if text[q.start : q.end].startswith("there could be"))
    assert q.speaker is not None and q.speaker.name != "Dario Quenneth"


def test_it_after_link_lines_is_the_body_before_them() -> None:
    text, quotes = _quotes(PAGE2)
    q = next(q for q in quotes if text[q.start : q.end].startswith("Living conditions"))
    assert q.speaker is not None and q.speaker.name == "health ministry"


def test_a_toll_claimed_and_a_name_added_to_a_list_are_no_quotes() -> None:
    text, quotes = _quotes(PAGE2)
    assert not [q for q in quotes if q.cue in ("claimed", "was added")]


def test_an_infinitive_of_purpose_is_no_speech_cue() -> None:
    text, quotes = _quotes("""Partial count in Marovia

Just four parties have passed the 5% bar required to endorse nominees on the national list. The governing bloc needs to endorse its nominees in no fewer than 40 districts. The opposition said the ballot took place under intimidation.
""")
    assert not [q for q in quotes if q.cue and "endorse" in q.cue]
    assert any(q.speaker is not None and q.speaker.text == "The opposition" for q in quotes)
