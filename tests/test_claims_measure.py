"""What happened to the counted, in the measure's words and its state (issue 10, part 1).

Fictional pages in real shapes: the measure ends in the text's own word for what happened
("people injured", "officers hurt", "troops sent", "villagers sheltering"), "killed" for every
death word, "injured" for people and "wounded" for forces when the text names no word; a part
("including 20 children") shares what happened to the whole.
"""

from __future__ import annotations

import pytest

from dossier.ingest.clean import clean_article
from dossier.model import Article, NumericClaim, RawArticle
from dossier.pipeline import analyze_batch
from dossier.settings import Settings

from .claims_helpers import claim_at

_PAGE = """Floods and clashes in Varnia
Published: 14 June 2023
At least 40 people were injured and 12 died when the Varn river burst its banks, the council said.
The army has sent 8,500 troops to the valley, where 14 soldiers were wounded on Monday.
Some 350 villagers were taking shelter in the school, and 2,000 others had fled to the hills.
Rescuers found 31 people dead in the rubble, and 60 remained missing.
Around 1,000 people are housed in tents and another 2,000 are waiting to be housed.
Police arrested 45 protesters and 3 officers were hurt.
The strike killed 17 civilians and injured at least 50 others, including 20 children.
Forty people were killed in Kestel, among them 12 children.
Eight people had suffered serious injuries, the hospital said.
"""


@pytest.fixture(scope="module")
def page() -> tuple[Article, list[NumericClaim]]:
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="measure.txt", fmt="txt", text=_PAGE), settings=settings)
    assert isinstance(art, Article)
    return art, list(analyze_batch([art], settings=settings)[0].claims)




@pytest.mark.parametrize(
    ("words", "n", "measure", "state"),
    [
        ("40 people", 0, "people injured", "wounded"),
        ("12 died", 0, "people killed", "killed"),
        ("8,500", 0, "troops sent", "present"),
        ("14 soldiers", 0, "soldiers wounded", "wounded"),
        ("350", 0, "villagers sheltering", "displaced"),
        ("31", 0, "people killed", "killed"),  # "found dead"
        ("60", 0, "people missing", "missing"),
        ("1,000", 0, "people housed", "displaced"),
        ("2,000", 1, "people housed", "displaced"),  # a bare figure keeps the measure and its state
        ("45", 0, "protesters arrested", "arrested"),
        ("3 officers", 0, "officers hurt", "wounded"),
        ("17", 0, "civilians killed", "killed"),
        ("20 children", 0, "children injured", "wounded"),  # a part shares what happened to the whole
        ("12 children", 0, "children killed", "killed"),
        ("Eight", 0, "people injured", "wounded"),  # no word in the text: people are injured
    ],
)
def test_measure_names_what_happened(page: tuple[Article, list[NumericClaim]], words: str, n: int, measure: str, state: str) -> None:
    art, claims = page
    c = claim_at(art, claims, words, n)
    assert (c.measure, c.state) == (measure, state)


_MARKETS = """Markets slide in Varna
Published: 4 September 2023
The Varna Composite fell 2.4 percent while the Orlen 40 index rose 0.8 percent.
The main Kestrian index, the KX 50, dropped by 1.9% to 4,907.2.
"""


@pytest.mark.parametrize(
    ("words", "measure", "state"),
    [
        ("2.4 percent", "Varna Composite fall", "change"),
        ("0.8 percent", "Orlen 40 index rise", "change"),
        ("1.9%", "KX 50 fall", "change"),  # the apposition names the index
        ("4,907.2", "KX 50 level", "level"),
    ],
)
def test_measure_of_a_rise_fall_or_level_names_what_moved(words: str, measure: str, state: str) -> None:
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="markets.txt", fmt="txt", text=_MARKETS), settings=settings)
    assert isinstance(art, Article)
    c = claim_at(art, list(analyze_batch([art], settings=settings)[0].claims), words)
    assert (c.measure, c.state) == (measure, state)


_DAMAGE = """Storm damage in Orlen
Published: 4 September 2023
The cost of damage to shops in Orlen was estimated by the chamber of commerce at about 20 million euros.
Property damage is an estimated $2 million, the mayor said.
The storm caused damage estimated at around 54 million dollars.
"""


@pytest.mark.parametrize(
    ("words", "measure"),
    [("20 million euros", "cost of damage"), ("$2 million", "Property damage"), ("54 million dollars", "damage")],
)
def test_measure_of_an_amount_says_what_it_is(words: str, measure: str) -> None:
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="damage.txt", fmt="txt", text=_DAMAGE), settings=settings)
    assert isinstance(art, Article)
    c = claim_at(art, list(analyze_batch([art], settings=settings)[0].claims), words)
    assert (c.measure, c.state) == (measure, "amount")


def test_a_crowd_is_counted_in_the_words_of_what_it_does() -> None:
    text = (
        "Protests in Orlen\nPublished: 4 September 2023\n"
        "Police said 14 people were injured in the clashes near the port.\n"
        "In the main square, where 10,000 gathered for a rally, police fired tear gas.\n"
        "More than 2,000 people had been marching through the old town.\n"
    )
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="crowd.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    claims = list(analyze_batch([art], settings=settings)[0].claims)
    gathered, marching = claim_at(art, claims, "10,000"), claim_at(art, claims, "2,000")
    assert gathered.state == marching.state == "present"  # not the injured of the sentence before
    assert "gathered" in (gathered.measure or "") and marching.measure == "people marching"


def test_missing_parsed_as_a_verb_stays_missing() -> None:
    text = (
        "Ferry capsizes on Lake Orlen\nPublished: 4 September 2023\n"
        "The coast guard said on Friday that 15 people were still missing after the ferry capsized, "
        "while the operator said only 8 passengers were unaccounted for.\n"
    )
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="ferry.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    claims = list(analyze_batch([art], settings=settings)[0].claims)
    assert (claim_at(art, claims, "15").measure, claim_at(art, claims, "15").state) == ("people missing", "missing")
