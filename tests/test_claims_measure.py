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

_PAGE = """Floods and unrest in Taldor
Published: 14 June 2023
At least 38 people were injured and 11 died when the Tal river overflowed its banks, the district council said.
The army has sent 7,200 troops to the valley, where 13 soldiers were wounded on Tuesday.
Some 420 villagers were taking shelter in the church, and 1,800 others had fled to the forest.
Rescuers found 29 people dead under the debris, and 55 remained missing.
Around 900 people are housed in tents and another 1,800 are waiting to be housed.
Police arrested 41 protesters and 4 officers were hurt.
The strike killed 16 civilians and injured at least 47 others, including 19 children.
Thirty people were killed in Brakken, among them 11 children.
Seven people had suffered serious injuries, the clinic said.
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
        ("38 people", 0, "people injured", "wounded"),
        ("11 died", 0, "people killed", "killed"),
        ("7,200", 0, "troops sent", "present"),
        ("13 soldiers", 0, "soldiers wounded", "wounded"),
        ("420", 0, "villagers sheltering", "displaced"),
        ("29", 0, "people killed", "killed"),  # "found dead"
        ("55", 0, "people missing", "missing"),
        ("900", 0, "people housed", "displaced"),
        ("1,800", 1, "people housed", "displaced"),  # a bare figure keeps the measure and its state
        ("41", 0, "protesters arrested", "arrested"),
        ("4 officers", 0, "officers hurt", "wounded"),
        ("16", 0, "civilians killed", "killed"),
        ("19 children", 0, "children injured", "wounded"),  # a part shares what happened to the whole
        ("11 children", 0, "children killed", "killed"),
        ("Seven", 0, "people injured", "wounded"),  # no word in the text: people are injured
    ],
)
def test_measure_names_what_happened(page: tuple[Article, list[NumericClaim]], words: str, n: int, measure: str, state: str) -> None:
    art, claims = page
    c = claim_at(art, claims, words, n)
    assert (c.measure, c.state) == (measure, state)


_MARKETS = """Markets slide in Taldor City
Published: 4 September 2023
The Taldor Composite fell 2.1 percent while the Brakken 30 index rose 0.6 percent.
The main Ruvish index, the DX 30, dropped by 1.7% to 5,213.4.
"""


@pytest.mark.parametrize(
    ("words", "measure", "state"),
    [
        ("2.1 percent", "Taldor Composite fall", "change"),
        ("0.6 percent", "Brakken 30 index rise", "change"),
        ("1.7%", "DX 30 fall", "change"),  # the apposition names the index
        ("5,213.4", "DX 30 level", "level"),
    ],
)
def test_measure_of_a_rise_fall_or_level_names_what_moved(words: str, measure: str, state: str) -> None:
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="markets.txt", fmt="txt", text=_MARKETS), settings=settings)
    assert isinstance(art, Article)
    c = claim_at(art, list(analyze_batch([art], settings=settings)[0].claims), words)
    assert (c.measure, c.state) == (measure, state)


_DAMAGE = """Storm damage in Brakken
Published: 5 September 2023
The cost of damage to stores in Brakken was estimated by the local chamber of commerce at about 18 million euros.
Property damage is an estimated $3 million, the town mayor said.
The gale caused damage estimated at around 47 million dollars.
"""


@pytest.mark.parametrize(
    ("words", "measure"),
    [("18 million euros", "cost of damage"), ("$3 million", "Property damage"), ("47 million dollars", "damage")],
)
def test_measure_of_an_amount_says_what_it_is(words: str, measure: str) -> None:
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="damage.txt", fmt="txt", text=_DAMAGE), settings=settings)
    assert isinstance(art, Article)
    c = claim_at(art, list(analyze_batch([art], settings=settings)[0].claims), words)
    assert (c.measure, c.state) == (measure, "amount")


def test_a_crowd_is_counted_in_the_words_of_what_it_does() -> None:
    text = (
        "Protests in Brakken\nPublished: 4 September 2023\n"
        "Police said 16 people were injured in fighting near the harbour.\n"
        "In the central square, where 9,000 gathered for a demonstration, police fired tear gas.\n"
        "More than 1,500 people had been marching through the old quarter.\n"
    )
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="crowd.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    claims = list(analyze_batch([art], settings=settings)[0].claims)
    gathered, marching = claim_at(art, claims, "9,000"), claim_at(art, claims, "1,500")
    assert gathered.state == marching.state == "present"  # not the injured of the sentence before
    assert "gathered" in (gathered.measure or "") and marching.measure == "people marching"


def test_missing_parsed_as_a_verb_stays_missing() -> None:
    text = (
        "Ferry overturns on Lake Brakken\nPublished: 4 September 2023\n"
        "The coastguard said on Saturday that 13 people were still missing after the ferry overturned, "
        "while the operator said only 6 passengers were unaccounted for.\n"
    )
    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="ferry.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    claims = list(analyze_batch([art], settings=settings)[0].claims)
    assert (claim_at(art, claims, "13").measure, claim_at(art, claims, "13").state) == ("people missing", "missing")
