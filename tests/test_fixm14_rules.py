"""Rules written from the misses of two fresh sets of real pages (measure14/15, 2026-12-08; the pages
stay outside the repository). Fictional text in the shapes those pages had, each rule over several
wordings: a place-tagged word inside a person's name is no place, a figure's source named by an office
of a body keeps the body, "according to details sent by X" is X's, and a yearless day far from every
dated page of its story takes no year."""

from __future__ import annotations

import pytest

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.pipeline import build_from_articles
from dossier.settings import Settings

_SETTINGS = Settings(progress="never", min_words=5)


def _build(*pages: tuple[str, str]):  # type: ignore[no-untyped-def]
    arts = [clean_article(RawArticle(source=name, fmt="txt", text=text), settings=_SETTINGS) for name, text in pages]
    assert all(isinstance(a, Article) for a in arts)
    return build_from_articles([a for a in arts if isinstance(a, Article)], settings=_SETTINGS)


def _claims(text: str) -> dict[float, object]:
    built = _build(("page.txt", "Losses mount for Tessia\nPublished: 3 May 2024\n" + text))
    return {c.value: c for c in built.claims}


@pytest.mark.parametrize("text, value, not_place", [
    ("The Tessian envoy to Orla, Milan Brosk Telli, said 40 Tessians had died.", 40, "Milan"),
    ("The Varnian ambassador, Milan Oster Kell, told reporters that 17 sailors were missing.", 17, "Milan"),
    ("Tessia's consul, Florence Adu Mensel, said 23 Tessian workers had been wounded.", 23, "Florence"),
    ("The deaths of two Tessian soldiers, Arno Vell and Tesk Orlan, were confirmed on Friday.", 2, "Tesk Orlan"),
    ("Three volunteers, Pell Darrow and Keso Marrin among them, were killed near the front.", 3, "Keso Marrin"),
])
def test_a_place_word_in_a_persons_name_is_no_place(text: str, value: int, not_place: str) -> None:
    claims = _claims(text)
    assert value in claims, list(claims)
    assert getattr(claims[value], "location") != not_place


@pytest.mark.parametrize("text, value, place", [
    ("Lyon Mayor Arno Vell said 5 people died in the blast.", 5, "Lyon"),
    ("Milan police said 14 people were wounded in the crash.", 14, "Milan"),
    ("In Florence, rescuers said 9 people were still missing.", 9, "Florence"),
])
def test_a_place_before_an_office_or_a_body_stays_a_place(text: str, value: int, place: str) -> None:
    claims = _claims(text)
    assert getattr(claims[value], "location") == place


@pytest.mark.parametrize("text, value, words", [
    ("According to the head of the Brask civil defence agency, 300 people died in the floods.", 300, "civil defence agency"),
    ("The director of the Orla regional health department said 45 people were injured.", 45, "health department"),
    ("As many as 900 people may have died, according to the leader of the rebel council in northern Tessia.", 900,
     "rebel council"),
    ("The spokesman of the Tessian army told reporters 12 soldiers were killed.", 12, "army"),
])
def test_an_office_of_a_body_is_named_with_the_body(text: str, value: int, words: str) -> None:
    claims = _claims(text)
    source = getattr(claims[value], "source")
    assert source is not None and words in (source.name or ""), source


@pytest.mark.parametrize("text, value, words", [
    ("According to details sent by the Tessian Embassy in Orla, the death toll of Tessians in the war has reached 44.",
     44, "Embassy"),
    ("According to details released by the Orla interior ministry, 63 people died in the storm.", 63, "ministry"),
    ("Details shared by the Brask fire service showed 18 people were hurt.", 18, "fire service"),
])
def test_details_sent_by_a_body_are_the_bodys(text: str, value: int, words: str) -> None:
    claims = _claims(text)
    source = getattr(claims[value], "source")
    assert source is not None and words in (source.name or ""), source
    assert (source.name or "").lower() not in ("details", "detail")


_DATED_DEC = """Tessian recruits die abroad
Published: 20 December 2023
Twelve Tessian recruits serving in the Varnian army have been killed, the Tessian foreign ministry said on Wednesday.
"""
_DATED_JAN = """More Tessian recruits reported dead
Published: 15 January 2024
The foreign ministry of Tessia said 19 Tessian recruits had been killed in the Varnian army's war so far.
"""
_UNDATED_JULY = """Families of recruits protest in Orla
ORLA, July 29: More than 60 Tessians serving in the Varnian army have been killed, rights groups said.
Another 45 Tessians are still missing, the groups added.
"""
_UNDATED_JAN = """Families of recruits protest in Orla
ORLA, January 29: More than 30 Tessians serving in the Varnian army have been killed, rights groups said.
Another 25 Tessians are still missing, the groups added.
"""


def test_a_yearless_day_far_from_the_story_takes_no_year() -> None:
    built = _build(("dec.txt", _DATED_DEC), ("jan.txt", _DATED_JAN), ("july.txt", _UNDATED_JULY))
    page = next(a for a in built.articles if a.source == "july.txt")
    mine = {c.value: c for c in built.claims if c.article == page.id}
    assert 60 in mine and 45 in mine, [(c.value, c.as_of) for c in built.claims]
    for value in (60, 45):
        assert mine[value].as_of is None or mine[value].as_of.startswith("XXXX"), mine[value].as_of  # 2023 or 2024?


def test_a_yearless_day_near_the_story_takes_its_year() -> None:
    built = _build(("dec.txt", _DATED_DEC), ("jan.txt", _DATED_JAN), ("late.txt", _UNDATED_JAN))
    page = next(a for a in built.articles if a.source == "late.txt")
    mine = {c.value: c for c in built.claims if c.article == page.id}
    assert mine[30].as_of == "2024-01-29", [(c.value, c.as_of) for c in built.claims]


_DATED_OCT = """Tessian recruits come home
Published: 21 October 2024
Forty Tessian recruits have returned home from the Varnian army, the Tessian foreign ministry said on Monday.
"""
_DATED_LATE = """Tessian recruits still missing
Published: 18 December 2025
The foreign ministry of Tessia said 26 Tessian recruits had been killed in the Varnian army's war so far.
"""
_UNDATED_MARCH = """Two Tessians killed at the front
On March 6, two Tessian recruits serving in the Varnian army were killed near the front, their families said.
"""


def test_a_story_told_over_more_than_a_year_fixes_no_year() -> None:
    built = _build(("oct.txt", _DATED_OCT), ("late.txt", _DATED_LATE), ("march.txt", _UNDATED_MARCH))
    page = next(a for a in built.articles if a.source == "march.txt")
    mine = [c for c in built.claims if c.article == page.id and c.value == 2]
    assert mine, [(c.value, c.as_of) for c in built.claims]
    assert mine[0].as_of is None or mine[0].as_of.startswith("XXXX"), mine[0].as_of  # March 2024 or 2025?


@pytest.mark.parametrize("text, not_place", [
    ("Authorities lowered the toll from the quake that struck western Herat to around 900.\n"
     '"We have more than 900 people dead," the minister told reporters in Kabul.\n'
     "Officials said two more people died and 140 were injured.", "Kabul"),
    ("The floods that swamped the south have killed 212 people.\n"
     "The disaster agency chief gave the toll at a news conference in Islamabad on Monday.\n"
     "Another 35 people are missing, officials said.", "Islamabad"),
    ("Rescuers are still digging for 41 people after the landslide in the western hills.\n"
     "The interior minister told lawmakers in Nairobi that 17 bodies had been found.", "Nairobi"),
])
def test_where_figures_are_given_out_is_not_their_place(text: str, not_place: str) -> None:
    built = _build(("page.txt", "Toll revised\nPublished: 3 May 2024\n" + text))
    assert built.claims
    assert all(c.location != not_place for c in built.claims), [(c.value, c.location) for c in built.claims]


@pytest.mark.parametrize("text, place", [
    ("The quake that struck western Herat killed around 1,000 people.", "Herat"),
    ("The cyclone that battered northern Jaffna killed 64 people.", "Jaffna"),
])
def test_a_town_struck_is_the_place_whatever_the_tagger_calls_it(text: str, place: str) -> None:
    claims = _claims(text)
    assert any(getattr(c, "location") == place for c in claims.values()), \
        [(v, getattr(c, "location")) for v, c in claims.items()]


@pytest.mark.parametrize("text, value, day", [
    ("Officials on Wednesday revised the death count from the two quakes that rocked Orla province at the weekend "
     "down to roughly 1,000.", 1000, "2024-05-01"),
    ("Officials on Thursday raised the toll from the landslide that buried Tessel village on Sunday to 58.", 58,
     "2024-05-02"),
])
def test_a_date_on_the_cause_a_toll_is_counted_from_is_not_the_tolls(text: str, value: int, day: str) -> None:
    claims = _claims(text)  # the page: Friday 3 May 2024
    assert getattr(claims[value], "as_of") == day, getattr(claims[value], "as_of")


@pytest.mark.parametrize("text, value", [
    ("In March, the envoy said he had counted 310 fighters from 12 Asian countries serving in the Russian army.", 310),
    ("Officials have identified 95 volunteers from eight countries serving in the Russian army.", 95),
])
def test_men_from_other_countries_serving_in_an_army_are_where_it_is(text: str, value: int) -> None:
    claims = _claims(text)
    assert getattr(claims[value], "location") == "Russia", getattr(claims[value], "location")


@pytest.mark.parametrize("line, stamp", [
    ("date 2024-01-25 varnia has recruited more than 200 Tessian citizens to fight abroad", "date 2024-01-25"),
    ("Published: 14 June 2023 the minister said the toll had risen to 40", "Published: 14 June 2023"),
])
def test_a_stamp_before_text_left_in_lower_case_is_still_the_pages_date(line: str, stamp: str) -> None:
    from dossier.ingest.metadata import split_leading_stamp

    assert split_leading_stamp(line) == (stamp, line[len(stamp) + 1 :])
    built = _build(("page.txt", line + ".\nMore were missing, the ministry of Tessia said on Monday.\n"))
    assert built.articles[0].published.date is not None, built.articles[0].published


@pytest.mark.parametrize("stamp, day", [
    ("World Monday 27/May/2024 14:14 PM", "2024-05-27"),
    ("Updated: 12.April.2025, 9.35 PM", "2025-04-12"),
    ("Posted 3-Feb-2023 08:10", "2023-02-03"),
])
def test_a_stamp_with_its_month_named_between_signs_dates_the_page(stamp: str, day: str) -> None:
    built = _build(("page.txt", "Storm toll rises in Tessia\n" + stamp + "\nThe storm has killed 41 people, the Tessian "
                    "disaster agency said, and 12 more are missing.\n"))
    assert built.articles[0].published.date == day, built.articles[0].published


@pytest.mark.parametrize("text, value, state", [
    ("The landslide buried more than 150 houses in Tessel village, officials said.", 150, "destroyed"),
    ("About 1,182 houses were buried under the debris, the agency said.", 1182, "destroyed"),
    ("Some 40 homes were swept away by the river.", 40, "destroyed"),
    ("The landslide buried more than 300 people in Tessel village.", 300, "missing"),
])
def test_houses_buried_or_swept_away_are_destroyed_people_missing(text: str, value: int, state: str) -> None:
    claims = _claims(text)
    assert getattr(claims[value], "state") == state, getattr(claims[value], "state")


def test_families_swept_away_are_not_buildings() -> None:
    claims = _claims("Some 40 families were swept away by the river.")
    assert getattr(claims[40], "state") != "destroyed"


@pytest.mark.parametrize("text", [
    "At least 16 Sri Lankan recruits have died in the war, the deputy minister said. The Sri Lankan government is "
    "working to bring its citizens home. The ministry has counted 288 retired soldiers in the war.",
    "The Nepali government said 40 recruits had died abroad, and 12 more were missing.",
])
def test_a_peoples_adjective_tagged_as_a_place_is_no_place(text: str) -> None:
    claims = _claims(text)
    assert claims
    assert all(getattr(c, "location") not in ("Sri Lankan", "Nepali") for c in claims.values()), \
        [(v, getattr(c, "location")) for v, c in claims.items()]
