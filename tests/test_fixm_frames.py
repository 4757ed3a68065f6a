"""Frames read from measured shapes (fictional sentences, invented places, forces and numbers): a force's word
for its kills, the wounded who died, a toll's level, those named among the dead, and men at arms the tagger
does not know as people."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_at, page_claims


def _one(sentence: str, figure: str):  # type: ignore[no-untyped-def]
    art, claims = page_claims("Storm news from the Velmar coast\n\n" + sentence)
    return claim_at(art, claims, figure)


def test_a_force_destroying_people_killed_them() -> None:
    c = _one("The navy said its boats destroyed 31 raiders and four skiffs near the Orsa reef.", "31")
    assert c.state == "killed"


def test_gunned_down_is_killed() -> None:
    c = _one("Three farmers were gunned down in the Velmar hills on Sunday, police said.", "Three")
    assert c.state == "killed"
    assert c.source is not None and c.source.name == "police"


def test_destroyed_homes_stay_destroyed() -> None:
    c = _one("The storm destroyed 140 houses in Dornach, officials said.", "140")
    assert c.state == "destroyed"


def test_the_toll_remaining_at_a_level_is_the_toll() -> None:
    c = _one("The official also said the toll of civilians has remained at 61, while 900 people were rescued.", "61")
    assert c.state == "killed"


@pytest.mark.parametrize("figure", ["212", "97"])
def test_those_named_among_the_dead(figure: str) -> None:
    c = _one("According to a report issued by the agency on Friday night, 212 children and 97 women were among "
             "those who lost their lives in the Tarsa floods.", figure)
    assert c.state == "killed"


def test_the_wounded_who_later_died_are_dead() -> None:
    c = _one("The blast killed one guard, police said, while two others were wounded and later died in hospital.", "two")
    assert c.state == "killed"


@pytest.mark.parametrize("sentence,figure,state", [
    ("Two gendarmes were killed during the raid on the Orsk post, the army said.", "Two", "killed"),
    ("Four Reserve Battalion jawans were injured in the clash near Velmar, police said.", "Four", "wounded"),
    ("Four other Ostrelian military were wounded and taken at once to a field hospital.", "Four", "wounded"),
])
def test_men_at_arms_the_tagger_does_not_know(sentence: str, figure: str, state: str) -> None:
    assert _one(sentence, figure).state == state


# publication-date stamps: a "Last Update:" line with the hour in two zones, an agency credit with a full clock
def test_a_last_update_stamp_with_two_zoned_hours() -> None:
    from dossier.ingest.metadata import parse_stamp

    st = parse_stamp("Last Update: Friday, 9 May 2031 KSA 10:15 - GMT 07:15")
    assert st is not None and str(st.date) == "2031-05-09" and st.kind == "last updated"


@pytest.mark.parametrize("line", ["Source: Tarsa News| 2031-05-09 06:41:12|Editor: Mira Olt",
                                  "Source: Tarsa News| 2031-05-09 06:41:12"])
def test_an_agency_credit_with_a_clock_is_a_stamp(line: str) -> None:
    from dossier.ingest.metadata import parse_stamp

    st = parse_stamp(line)
    assert st is not None and str(st.date) == "2031-05-09"


def test_the_credit_stamp_beats_a_dateline_day() -> None:
    art, _ = page_claims("Two guards killed in raid on Velmar post\n\nSource: Tarsa News| 2031-05-10 06:41:12|Editor: Mira Olt\n\n"
                         "ORSK, May 9 (Tarsa) -- Two guards were killed on Sunday when gunmen raided a post in Velmar, "
                         "the army said.")
    assert art.published is not None and art.published.date == "2031-05-10"


# a comparison with an old disaster takes the year named before it, not the page's day
_DATED = "Floods hit the Velmar coast\n\nPublished: 12 May 2031\n\n"


@pytest.mark.parametrize("sentence,figure,year", [
    ("The storm is the deadliest since the 2019 Tarsa floods in the north that claimed 412 lives, officials said.",
     "412", "2019"),
    ("The storm ranks behind Cyclone Orla, which struck the Dornach delta in 2022, killing at least 1,120 people.",
     "1,120", "2022"),
])
def test_an_old_disaster_takes_its_year(sentence: str, figure: str, year: str) -> None:
    art, claims = page_claims(_DATED + sentence)
    assert claim_at(art, claims, figure).as_of == year


def test_a_figure_of_now_keeps_the_page_day() -> None:
    art, claims = page_claims(_DATED + "Officials said on Monday that 80 people were killed in the floods.")
    assert claim_at(art, claims, "80").as_of == "2031-05-12"


# places named side by side with "respectively" are where the figures are from, not who gives them
_REGIONS = "Floods in the south\n\nPublished: 12 May 2031\n\n"


@pytest.mark.parametrize("figure", ["512", "208", "117"])
def test_places_side_by_side_are_no_source(figure: str) -> None:
    art, claims = page_claims(_REGIONS + "Dornach was the worst-hit province, where 512 people died, while Orsa "
                              "Province and Velmar Province reported 208 and 117 deaths, respectively.")
    assert claim_at(art, claims, figure).source is None


def test_bodies_side_by_side_stay_sources() -> None:
    art, claims = page_claims(_REGIONS + "The Tarsa Red Cross and the Velmar Health Ministry reported 208 and 117 "
                              "deaths, respectively.")
    src = claim_at(art, claims, "208").source
    assert src is not None and "Red Cross" in src.name


# a claim called false later in its own sentence is denied
_CLASH = "Clashes in the Velmar hills\n\nPublished: 12 May 2031\n\n"


@pytest.mark.parametrize("sentence", [
    "The rebels had earlier announced that 14 guards were killed in the raid but the army spokesman said it was "
    "\"fake news.\"",
    "The rebels said 14 guards were killed, but the governor dismissed the claim as baseless.",
])
def test_a_claim_called_false_in_its_sentence_is_denied(sentence: str) -> None:
    art, claims = page_claims(_CLASH + sentence)
    assert claim_at(art, claims, "14").modality == "denied"


@pytest.mark.parametrize("sentence", ["Police said 14 guards were killed, but the number could rise.",
                                      "The rebels said 14 guards were killed but the army said it was still counting."])
def test_a_but_clause_that_calls_nothing_false(sentence: str) -> None:
    art, claims = page_claims(_CLASH + sentence)
    assert claim_at(art, claims, "14").modality != "denied"


# one page of a story dated in a month's first week does not give its month to the story's undated pages
def test_a_first_week_page_lends_no_month() -> None:
    from dossier.ingest.clean import clean_article
    from dossier.model import Article, RawArticle
    from dossier.pipeline import build_from_articles
    from dossier.settings import Settings

    from tests.test_claims_when import _STORY_DATED, _STORY_UNDATED

    early = _STORY_DATED.replace("Thursday 14 September 2023", "Tuesday 5 September 2023")
    settings = Settings(progress="never", min_words=5)
    arts = [clean_article(RawArticle(source=f"{n}.txt", fmt="txt", text=t), settings=settings)
            for n, t in (("dated", early), ("undated", _STORY_UNDATED.replace("on September 12", "on Monday")))]
    built = build_from_articles([a for a in arts if isinstance(a, Article)], settings=settings)
    dated = next(a for a in built.articles if a.source == "dated.txt")
    assert dated.published.date == "2023-09-05"
    undated = next(a for a in built.articles if a.source == "undated.txt")
    mine = {c.value: c for c in built.claims if c.article == undated.id}
    assert mine[26].as_of is None
