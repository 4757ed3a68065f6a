"""Folders of several stories (issue 10), round 9: one disaster's toll placed at the country on one
page and at its province on another is one track; words that describe a place don't change it; a
deployment followed over two years is one story.

Fictional places, people and outlets (Tessa province, Brask, Velmar, Dornik, the Daily Lantern ...);
a real country name appears only where the shared alias table must know a country ("Peru").
"""

from __future__ import annotations

import dataclasses
from datetime import date

from dossier.model import Article, NumericClaim, PublishedDate
from dossier.reconcile.stories import build_stories
from dossier.reconcile.tracks import build_tracks, location_key
from dossier.settings import Settings
from tests.test_tracks import ARTICLES, _claim

SETTINGS = Settings(progress="never")


def _unattributed(c: NumericClaim) -> NumericClaim:
    return dataclasses.replace(c, source=None)


def _tracks(claims: list[NumericClaim]) -> dict[str, str | None]:
    out, _ = build_tracks(claims, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    return {c.id: c.track for c in out}


# --- one toll at the country and at its province ------------------------------------------------


def test_a_countrys_toll_and_its_provinces_are_one_track_when_two_pages_give_one_figure() -> None:
    """A quake in Tessa province: one page gives "134 killed in Peru", another "134 killed in
    Tessa province". Before: a Peru track and a Tessa track of one toll."""
    track = _tracks([
        _claim("p1", "a1", 120, "at_least", "people killed", "Tessa province", "local authorities"),
        _claim("p2", "a2", 134, "exact", "people killed", "Peru", "the civil defence"),
        _claim("p3", "a3", 134, "exact", "people killed", "the quake-hit Tessa province", "local authorities"),
        _claim("p4", "a4", 150, "exact", "people killed", "Peru", "the civil defence"),
    ])
    assert len({track[p] for p in ("p1", "p2", "p3", "p4")}) == 1


def test_a_page_that_gives_the_country_and_the_province_different_figures_keeps_two_tracks() -> None:
    """"134 killed in Peru, 90 of them in Tessa province" on one page: the country's toll and the
    province's are two counts, even when another page repeats 134 for the province."""
    track = _tracks([
        _claim("q1", "a2", 134, "exact", "people killed", "Peru", "the civil defence"),
        _claim("q2", "a2", 90, "exact", "people killed", "Tessa province", "the civil defence"),
        _claim("q3", "a3", 134, "exact", "people killed", "Tessa province", "local authorities"),
    ])
    assert track["q1"] != track["q2"]


def test_small_shared_figures_do_not_join_a_country_and_a_province() -> None:
    """Two dead in the country on one page, two in a province on another: too common to tell."""
    track = _tracks([
        _claim("r1", "a2", 2, "exact", "people killed", "Peru", "the civil defence"),
        _claim("r2", "a3", 2, "exact", "people killed", "Tessa province", "local authorities"),
    ])
    assert track["r1"] != track["r2"]


def test_words_that_describe_a_place_do_not_change_it() -> None:
    assert location_key("war-stricken Brask") == location_key("Brask") == "brask"
    assert location_key("the quake-ravaged Dornik province") == "dornik"
    assert location_key("worst-hit Ludra County") == "ludra"
    assert location_key("the volatile southern Kesh region") == "kesh"
    assert location_key("North Korea") == "north korea"


# --- a deployment followed over two years -------------------------------------------------------


def _page(aid: str, day: str | None, text: str, title: str) -> Article:
    published = PublishedDate(date=day, basis="explicit", earliest=day, latest=day) if day else PublishedDate()
    return Article(id=aid, source=f"{aid}.txt", title=title, text=text, published=published)


DEPLOYMENT = [
    _page("v1", "2031-07-09",
          "Velmar has sent 1,000 soldiers and police to Dornik province to fight the Kesh insurgents, the "
          "Velmar Defence Force said, at the request of the Dornik government. Velmarian troops landed at "
          "Port Alda on 9 July 2031.", "Velmar deploys 1,000 troops to Dornik"),
    _page("v2", None,
          "Velmarian troops and Dornik soldiers retook the port town of Alda from Kesh insurgents, the Velmar "
          "Defence Force said. Four Velmarian soldiers were killed in the fighting in Dornik province.",
          "Velmarian troops retake Alda from Kesh insurgents"),
    _page("v3", None,
          "The Velmar Defence Force said 2,500 Velmarian troops now serve in Dornik province, where they fight "
          "Kesh insurgents beside Dornik soldiers around Port Alda; eleven Velmarian soldiers have been killed.",
          "Velmar raises its force in Dornik to 2,500"),
    _page("v4", "2033-08-01",
          "Two years after Velmar deployed troops to Dornik province on 15 July 2031, the Velmar Defence Force "
          "said 4,000 Velmarian soldiers and police fight Kesh insurgents there and 19 Velmarian soldiers have "
          "been killed since the deployment began. Port Alda is calm, the Dornik government said.",
          "Two years on, 4,000 Velmarian troops fight in Dornik"),
]


def test_a_deployment_followed_over_two_years_is_one_story() -> None:
    """Pages of July 2031 and August 2033, the later one recalling the deployment's start on
    15 July 2031. Before: the pages' publication dates over two years apart kept them apart."""
    assert date.fromisoformat("2033-08-01").toordinal() - date.fromisoformat("2031-07-09").toordinal() > 730
    _, stories = build_stories(DEPLOYMENT, settings=SETTINGS)
    assert len(stories) == 1, [s.articles for s in stories]


# --- a force's losses are not its size ----------------------------------------------------------


def _said(c: NumericClaim, sentence: str, figure: str) -> NumericClaim:
    start = sentence.index(figure)
    return dataclasses.replace(c, sentence=sentence, start=start, end=start + len(figure), sentence_start=0,
                               sentence_end=len(sentence), state="present")


def test_a_forces_losses_told_as_lives_taken_never_share_its_sizes_track() -> None:
    """"this war has claimed the lives of 51 Canadian soldiers" beside "5,100 Canadian soldiers are
    deployed": before, both were taken as the force's size (the claims stage said `present`)."""
    track = _tracks([
        _said(_claim("f1", "a1", 5100, "exact", "Canadian soldiers", None, None),
              "Some 5,100 Canadian soldiers are deployed across the Dornik region.", "5,100"),
        _said(_claim("f2", "a2", 51, "exact", "Canadian soldiers", None, None),
              "Since the start of the operation, this war has claimed the lives of 51 Canadian soldiers.", "51"),
        _said(_claim("f3", "a3", 4500, "exact", "Canadian soldiers", None, None),
              "About 4,500 Canadian soldiers remain in the Dornik region, where 20 have been killed.", "4,500"),
        _claim("f4", "a4", 52, "exact", "Canadian soldiers killed", None, None),
    ])
    assert track["f1"] == track["f3"] != track["f2"]
    assert track["f2"] == track["f4"]


def test_the_group_one_dead_soldier_belonged_to_is_not_the_toll() -> None:
    """"..., one of more than 2,000 Canadians in the volatile southern Dornik region": the bare
    demonym is the group, never the story's count of Canadian dead (before, it took the story's
    one head for Canadians, killed, and contradicted the toll of 37)."""
    sentence = "The soldier was one of more than 2,000 Canadians in the volatile southern Dornik region."
    track = _tracks([
        dataclasses.replace(_said(_claim("g1", "a2", 2000, "over", "Canadians", "the volatile southern Dornik region",
                                         None), sentence, "more than 2,000"), start=sentence.index("2,000")),
        _claim("g2", "a2", 37, "exact", "Canadian soldiers killed", "Dornik", None),
    ])
    assert track["g1"] != track["g2"]
