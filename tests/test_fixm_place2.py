"""Place rules written from the misses of two fresh sets of real pages (measure14/15, 2026-12-08;
the pages stay outside the repository). Real place names with invented events, each rule over
several wordings:

- a wide-area disaster's toll with no place of its own is the country's when the page names the
  country itself as where the disaster struck ("floods in X", "the X earthquake", "a storm tore
  across X"), even when the lead is on the worst-hit town; not when the page only places the
  disaster in a part the country owns ("X's Y region was hit"), not for a point event (a blast),
  not when the sentence calls the town back ("in the port city");
- the losses of a country's citizens who serve in a foreign army ("Colombians who joined the
  Ukrainian army") are where that army is, not at home (the dateline's city, the home country).
"""

from __future__ import annotations

import pytest

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.pipeline import build_from_articles
from dossier.settings import Settings

_SETTINGS = Settings(progress="never", min_words=5)


def _claims(text: str, title: str = "Update on the disaster") -> dict[float, object]:
    raw = RawArticle(source="page.txt", fmt="txt", text=f"{title}\nPublished: 3 May 2024\n" + text)
    art = clean_article(raw, settings=_SETTINGS)
    assert isinstance(art, Article)
    built = build_from_articles([art], settings=_SETTINGS)
    return {c.value: c for c in built.claims}


@pytest.mark.parametrize("text, values, country", [
    ("Torrential floods in Chile have left the port city of Valparaiso under water, officials said on Monday.\n"
     "The floods killed 412 people, according to the interior ministry. Another 95 people are still missing, "
     "rescuers said.", (412, 95), "Chile"),
    ("A powerful earthquake struck Peru on Sunday, flattening homes in the city of Arequipa.\n"
     "The death toll rose to 318 on Tuesday, the civil defence office said, with a further 1,240 people hurt.",
     (318, 1240), "Peru"),
    ("Storm Ilka tore across Greece overnight and the town of Volos was worst hit.\n"
     "The storm has killed 27 people and injured 140, the fire brigade said.", (27, 140), "Greece"),
    ("The Ecuador earthquake flattened much of the old town of Cuenca.\n"
     "At least 733 people were confirmed dead and 2,118 others were injured due to the quake, the government said.",
     (733, 2118), "Ecuador"),
])
def test_a_wide_disasters_toll_is_the_countrys(text: str, values: tuple[int, ...], country: str) -> None:
    claims = _claims(text)
    for value in values:
        assert value in claims, list(claims)
        assert getattr(claims[value], "location") == country, (value, getattr(claims[value], "location_from"))


@pytest.mark.parametrize("text, value, country", [
    # the country only owns the part the quake hit
    ("Chile's Biobio region was hit by a strong earthquake on Sunday, the latest tremor to shake the area.\n"
     "At least 12 people were killed and hundreds injured, officials said.", 12, "Chile"),
    ("A strong quake shook the island of Chiloe off Chile's southern coast on Friday.\n"
     "Nine people were killed when the quake razed houses, officials said.", 9, "Chile"),
    # a point event keeps its town
    ("A gas explosion tore through a market in Valparaiso, Chile, on Monday.\n"
     "The blast killed 14 people, the fire brigade said.", 14, "Chile"),
    # the sentence calls the town back
    ("Floods in Peru have left thousands homeless in the city of Piura, officials said.\n"
     "Another 61 people are listed as missing in the coastal city, the Red Cross said.", 61, "Peru"),
])
def test_a_toll_the_page_places_in_a_part_keeps_the_part(text: str, value: int, country: str) -> None:
    claims = _claims(text)
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") != country, getattr(claims[value], "location_from")


@pytest.mark.parametrize("text, value, army", [
    ("BOGOTA: Dozens of Colombians who joined the Ukrainian army are unaccounted for, the foreign ministry said.\n"
     "At least 36 are missing and 12 injured, the minister told reporters on Friday.", 36, "Ukraine"),
    ("MANILA: Filipinos recruited into the Russian military have been sent to the front, officials said.\n"
     "The death toll among them has reached 23, the labour department said on Monday.", 23, "Russia"),
    ("Relatives say many Kenyan men are fighting for Russia after being promised jobs.\n"
     "Kenya's foreign minister said on Tuesday that at least 54 of them had been wounded.", 54, "Russia"),
])
def test_citizens_serving_in_a_foreign_army_are_where_it_fights(text: str, value: int, army: str) -> None:
    claims = _claims(text, title="Families wait for news")
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") == army, getattr(claims[value], "location_from")


@pytest.mark.parametrize("text, value, army", [
    ("BOGOTA: Dozens of Colombians who joined the Ukrainian army are unaccounted for, the foreign ministry said.\n"
     "Some 150 relatives of the men protested outside the ministry on Friday.", 150, "Ukraine"),
])
def test_people_at_home_stay_at_home(text: str, value: int, army: str) -> None:
    claims = _claims(text, title="Families wait for news")
    if value in claims:
        assert getattr(claims[value], "location") != army, getattr(claims[value], "location_from")


@pytest.mark.parametrize("text, value, captor", [
    ("BOGOTA: Dozens of Colombians who joined the Ukrainian army are unaccounted for, the foreign ministry said.\n"
     "Three other Colombian citizens are now in the hands of Russian forces.", 3, "Russia"),
    ("MANILA: Filipinos recruited into the Russian military have been sent to the front, officials said.\n"
     "Seven Filipinos were captured by the Ukrainian army last month, the labour department said.", 7, "Ukraine"),
])
def test_citizens_held_by_the_other_side_are_where_their_captors_are(text: str, value: int, captor: str) -> None:
    claims = _claims(text, title="Families wait for news")
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") == captor, getattr(claims[value], "location_from")


@pytest.mark.parametrize("text, value, country", [
    ("Thousands of Chinese soldiers have reached the Kursk region, officials said.\n"
     "The Chinese armed forces, numbering two million, are the largest in the world.", 2_000_000, "China"),
    ("Turkish units were deployed to the north of Syria last year.\n"
     "Analysts say the Turkish army, numbering about 355,000, is stretched thin.", 355_000, "Turkey"),
    ("Brazilian engineers are working near the border with Haiti's capital, the ministry said.\n"
     "Brazil's army of 220,000 has never sent so many abroad.", 220_000, "Brazil"),
])
def test_an_armys_whole_size_is_its_countrys(text: str, value: int, country: str) -> None:
    claims = _claims(text, title="Troops abroad")
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") == country, getattr(claims[value], "location_from")


@pytest.mark.parametrize("text, values, country", [
    ("A gas explosion hit an oil depot in Argentina on Monday.\nAt least 41 people died, mostly in Rosario and two "
     "nearby towns, the ministry said. Another 230 people were injured, 55 seriously, officials said.",
     (41, 230, 55), "Argentina"),
    ("Riots spread across Kenya on Tuesday.\nPolice said 19 protesters were killed, most of them in Nairobi. "
     "A further 310 were arrested, the interior ministry said.", (19, 310), "Kenya"),
    ("Heavy snow hit Japan over the weekend.\nThe snow left 12 people dead, largely in Sapporo, and cut power "
     "to 8,000 homes, the agency said.", (12,), "Japan"),
])
def test_a_place_that_holds_most_of_a_figure_is_a_part(text: str, values: tuple[int, ...], country: str) -> None:
    claims = _claims(text, title="News of the day")
    for value in values:
        assert value in claims, list(claims)
        assert getattr(claims[value], "location") == country, (value, getattr(claims[value], "location_from"))


@pytest.mark.parametrize("text, value, place", [
    ("A gas explosion hit an oil depot in Argentina on Monday.\nAt least 41 people died in Rosario, the ministry "
     "said.", 41, "Rosario"),
    ("Riots spread across Kenya on Tuesday.\nPolice said 19 protesters were killed in Nairobi alone.", 19, "Nairobi"),
])
def test_a_place_that_holds_all_of_a_figure_stays(text: str, value: int, place: str) -> None:
    claims = _claims(text, title="News of the day")
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") == place, getattr(claims[value], "location_from")


@pytest.mark.parametrize("text, value, army, serving", [
    ("MANILA: Filipinos recruited into the Russian military have been sent to the front, officials said.\n"
     "Over 140 families have filed petitions urging the return of their sons serving in the Russian army.",
     140, "Russia", False),
    ("Some 85 parents have written to the ministry about children fighting with the Russian forces.", 85, "Russia", False),
    ("Eight Filipinos died while serving with the Russian army, the ministry said.", 8, "Russia", True),
    ("The ministry said 50 Filipinos recruited by the Russian army had returned.", 50, "Russia", True),
])
def test_an_army_phrase_on_other_people_is_not_the_figures(text: str, value: int, army: str, serving: bool) -> None:
    claims = _claims(text, title="News of the day")
    assert value in claims, list(claims)
    assert (getattr(claims[value], "location") == army) == serving, getattr(claims[value], "location_from")


@pytest.mark.parametrize("text, value, not_place", [
    ("Floods swept across Peru this week.\nAccording to the governor of the province, Luis Arequipa Soto, 140 people "
     "had been killed.", 140, "Luis Arequipa Soto"),
    ("Fighting flared in Sudan.\nAccording to the prime minister of the region, Osman Kassala Ali, 300 people had "
     "died.", 300, "Osman Kassala Ali"),
    ("A storm hit Chile on Friday.\nThe mayor of the town, Carmen Lima Vidal, said 23 people were missing.", 23,
     "Carmen Lima Vidal"),
])
def test_a_name_after_an_office_of_an_area_is_its_holder(text: str, value: int, not_place: str) -> None:
    claims = _claims(text, title="News of the day")
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") != not_place, getattr(claims[value], "location_from")


def test_a_place_after_a_capital_of_an_area_stays_a_place() -> None:
    claims = _claims("Heavy rain fell across Peru.\nIn the capital of the region, Cusco, 40 homes collapsed.",
                     title="News of the day")
    assert getattr(claims[40], "location") == "Cusco", getattr(claims[40], "location_from")


@pytest.mark.parametrize("text, value, country", [
    ("Fierce battles raged near the village of Pokrovka in Russia's Belgorod region on Friday.\nUp to 9,000 Iranian "
     "troops have been deployed to support Russia's war effort, officials said.", 9000, "Russia"),
    ("Clashes were reported near the town of Gao on Monday.\nSome 1,500 Chadian soldiers were sent to help Mali's "
     "army, the UN said.", 1500, "Mali"),
    ("Shelling hit the village of Kessel on Sunday.\nAbout 2,000 Belarusian troops have been dispatched to back "
     "Russia, officials said.", 2000, "Russia"),
])
def test_men_sent_to_help_a_country_are_in_it(text: str, value: int, country: str) -> None:
    claims = _claims(text, title="News of the day")
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") == country, getattr(claims[value], "location_from")


def test_men_sent_to_a_place_to_help_are_in_that_place() -> None:
    claims = _claims("Heavy fighting hit the village of Tessel on Sunday.\nAbout 4,000 Chadian troops were deployed to "
                     "Niger to support the government, officials said.", title="News of the day")
    assert getattr(claims[4000], "location") == "Niger", getattr(claims[4000], "location_from")
