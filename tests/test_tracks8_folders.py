"""Folders of several stories: independent sources tied to their state, period counts kept out of
the running toll, outlets' names that are no population, and two floods of one country a year
apart kept apart.

Fictional towns, provinces, people and outlets (Lorvia, Tessa, Dornik, the Daily Lantern ...);
a few real country names appear only where the shared alias table must know a people or a
country ("Canadian soldiers", "Peru").
"""

from __future__ import annotations

import dataclasses

from dossier.model import Article, NumericClaim, PublishedDate
from dossier.reconcile.stories import _seasons_apart, build_stories, stated_days, stated_years
from dossier.reconcile.tracks import _population_from_sentence, build_tracks
from dossier.settings import Settings
from tests.test_tracks import ARTICLES, _claim

SETTINGS = Settings(progress="never")


def _said(c: NumericClaim, sentence: str, figure: str) -> NumericClaim:
    start = sentence.index(figure)
    return dataclasses.replace(c, sentence=sentence, start=start, end=start + len(figure), sentence_start=0,
                               sentence_end=len(sentence))


def _unattributed(c: NumericClaim) -> NumericClaim:
    return dataclasses.replace(c, source=None)


def _build(claims: list[NumericClaim]) -> tuple[dict[str, str | None], dict[str, int]]:
    out, tracks = build_tracks(claims, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    return {c.id: c.track for c in out}, {t.id: t.independent_sources for t in tracks}


# --- independent sources ------------------------------------------------------------------------


def test_a_tolls_unattributed_figures_and_unnamed_officials_count_as_its_countrys_one_source() -> None:
    """Four pages give a quake's toll in Peru: two without a source, "local authorities", "the
    provincial government" and Peru's emergency centre are all the Peruvian government's figures;
    the Red Cross is a second source. Before: each page's unattributed figure and each unnamed
    official counted as a source of its own (5)."""
    track, indep = _build([
        _unattributed(_claim("k1", "a1", 120, "at_least", "people killed", "Peru", None)),
        _claim("k2", "a2", 134, "exact", "people killed", "Peru", "local authorities"),
        _claim("k3", "a3", 134, "exact", "people killed", "Peru", "the provincial government"),
        _claim("k4", "a4", 150, "exact", "people killed", "Peru", "Peru's emergency operations centre"),
        _unattributed(_claim("k5", "a4", 151, "exact", "people killed", "Peru", None)),
        _claim("k6", "a4", 140, "about", "people killed", "Peru", "the Red Cross"),
    ])
    assert len({track[k] for k in ("k1", "k2", "k3", "k4", "k5", "k6")}) == 1
    assert indep[track["k1"]] == 2  # type: ignore[index]


def test_a_nations_losses_without_a_source_come_from_its_own_forces_not_from_the_enemy() -> None:
    """A nation's dead counted without a source, by "military officials" and by "a military
    spokesman" are that nation's one source; the insurgents' claim is another."""
    track, indep = _build([
        _unattributed(_claim("s1", "a1", 37, "exact", "Canadian soldiers killed", "Tessa", None)),
        _unattributed(_claim("s2", "a2", 55, "exact", "Canadian soldiers killed", "Tessa", None)),
        _claim("s3", "a3", 82, "exact", "Canadian soldiers killed", "Tessa", "military officials"),
        _claim("s4", "a4", 90, "exact", "Canadian soldiers killed", "Tessa", "a military spokesman"),
        _claim("s5", "a4", 300, "exact", "Canadian soldiers killed", "Tessa", "the Dornik Liberation Front"),
    ])
    assert len({track[s] for s in ("s1", "s2", "s3", "s4", "s5")}) == 1
    assert indep[track["s1"]] == 2  # type: ignore[index]


def test_an_international_body_is_never_taken_for_the_countrys_government() -> None:
    track, indep = _build([
        _claim("u1", "a1", 60, "exact", "people killed", "Peru", "UN officials"),
        _claim("u2", "a2", 61, "exact", "people killed", "Peru", "local authorities"),
    ])
    assert track["u1"] == track["u2"] is not None
    assert indep[track["u1"]] == 2  # type: ignore[index]


# --- period counts ------------------------------------------------------------------------------


def test_a_loss_counted_over_one_month_or_year_is_not_the_running_toll() -> None:
    total = "In all, 37 Canadian soldiers have died on the mission since 2002."
    month = "Ten Canadian soldiers have died in September."
    year = "The death brings to 55 the number of Canadian troops killed this year."
    later = "He was the 90th Canadian soldier killed since the mission began in 2002."
    track, _ = _build([
        _said(_claim("t1", "a1", 37, "exact", "Canadian soldiers killed", "Tessa", None), total, "37"),
        _said(_claim("t2", "a1", 10, "exact", "Canadian soldiers killed", "Tessa", None), month, "Ten"),
        _said(_claim("t3", "a2", 55, "exact", "Canadian troops killed", "Tessa", None), year, "55"),
        _said(_claim("t4", "a4", 90, "exact", "Canadian soldiers killed", "Tessa", None), later, "90th"),
    ])
    assert track["t1"] == track["t4"] is not None
    assert track["t2"] not in {track["t1"], None}
    assert track["t3"] not in {track["t1"], track["t2"], None}


# --- populations --------------------------------------------------------------------------------


def test_a_country_inside_an_agencys_name_is_no_population() -> None:
    sentence = ("COLOMBO, Lorvia, 27 May 2017 (Agence France-Presse) - Flooding and landslides killed at least "
                "92 people and left another 110 missing in Lorvia.")
    c = _said(_claim("f1", "a1", 92, "at_least", "people killed", "Lorvia", None), sentence, "92")
    assert _population_from_sentence(c) != "france"
    c = _said(_claim("f2", "a1", 92, "at_least", "people killed", "Lorvia", None),
              "Radio France Internationale said 92 people were killed in Lorvia.", "92")
    assert _population_from_sentence(c) != "france"
    # a people right after a date or a number word stays the people counted
    c = _said(_claim("f3", "a1", 30, "exact", "soldiers", None, None),
              "On Thursday Canadian forces said 30 soldiers had arrived.", "30")
    assert _population_from_sentence(c) is not None


# --- stories ------------------------------------------------------------------------------------


def _page(aid: str, title: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title=title, text=text, published=PublishedDate())


# two monsoon floods of one (fictional) country a year apart, told by the same agency in the same
# words; most pages state no publication date, some state the flood's date in full
FLOODS = [
    _page("o1", "Lorvia floods: death toll rises to 58",
          "Update - 18 May 2016. The death toll from floods and landslides in Lorvia rose to 58, the Disaster "
          "Management Centre said. In Aranvale, where a hillside collapsed on Tuesday night, soldiers pulled 16 "
          "bodies from the mud of Pelmore village. Minister Orrin Vask said the Kesh river had burst its banks "
          "near Tollham and that Japan and India had sent tents."),
    _page("o2", "Aranvale landslide: 92 dead, 109 missing",
          "Floods and landslides have killed 92 people in Lorvia, the Disaster Management Centre said on 19 May "
          "2016, 39 of them in the Aranvale landslide, where 105 remain missing. Finance Minister Dara Quell put "
          "the cost at two billion dollars; displaced families fell from 319,000 to 186,000 in Tollham."),
    _page("o3", "Survivors of Pelmore shelter in Tollham temples",
          "Survivors of the Aranvale landslide that buried Pelmore sheltered in Tollham temples, Minister Orrin "
          "Vask said, as the Kesh river fell. The Disaster Management Centre put the toll at 92."),
    _page("n1", "Monsoon floods kill 100 in Lorvia's south",
          "Update - 27 May 2017. Monsoon rains have killed 100 people in Lorvia, the Disaster Management Centre "
          "said, 47 of them in Kelsa and 37 in Marrow, where the Gindra and Nilwe rivers overflowed. A navy "
          "helicopter crashed near Baddow while carrying food; 99 people are missing and 230,000 affected."),
    _page("n2", "Lorvia flood toll rises to 151; Indian ships arrive",
          "The Disaster Management Centre said on 28 May 2017 that 151 people have died and 112 are missing. "
          "Two Indian navy ships reached Port Saldon with divers, and Deputy Minister Tunis Brae said villagers "
          "in Kelsa were waiting on rooftops along the Gindra."),
    _page("n3", "Kelsa and Marrow count 202 dead as waters recede",
          "Floods in Lorvia have killed 202 people, the Disaster Management Centre said on 31 May 2017, as the "
          "Gindra and Nilwe fell and families returned to Kelsa and Marrow. Deputy Minister Tunis Brae said "
          "16 hospitals in Baddow had been evacuated."),
]


def test_stated_dates_are_read_from_dates_not_bare_years() -> None:
    assert stated_years(FLOODS[0]) == frozenset({2016})
    assert stated_years(FLOODS[3]) == frozenset({2017})
    assert stated_years(FLOODS[2]) == frozenset()
    text = "Since 2002, 107 soldiers died; the mission ends in May 2027. Aug 04, 2014 and 2014-08-05."
    assert stated_years(_page("x", "", text)) == frozenset({2014, 2027})
    # a story followed across a new year: its pages' dates come within weeks, never "seasons apart"
    december = stated_days(_page("d", "", "Seoul said on 18 December 2031 that 100 soldiers had died."))
    january = stated_days(_page("j", "", "By January 14, 2032, the toll had reached 300, Seoul said."))
    next_year = stated_days(_page("n", "", "On 20 December 2032 the ministry said 2,000 had died."))
    assert not _seasons_apart(december, january)
    assert _seasons_apart(december, next_year)


def test_two_floods_of_one_country_a_year_apart_are_two_stories() -> None:
    """Before: one story (the same agency, country and words; the pages state no publication date)."""
    _, stories = build_stories(FLOODS, settings=SETTINGS)
    assert len(stories) == 2
    for s in stories:
        assert len({a[0] for a in s.articles}) == 1, s.articles  # never a 2016 page with a 2017 one


def test_a_tolls_rise_through_one_day_from_unnamed_officials_is_no_contradiction() -> None:
    """56 dead from "local authorities" in the afternoon, 89 on another page of the same day with
    no source: the country's toll going on, not two sources that disagree. The Red Cross giving
    30 the same day still contradicts it."""
    day = "2024-10-31"
    _, tracks = build_tracks(
        [
            _claim("d1", "a2", 56, "exact", "people killed", "Peru", "local authorities", day),
            _unattributed(_claim("d2", "a3", 89, "exact", "people killed", "Peru", None, day)),
            _claim("d3", "a3", 30, "exact", "people killed", "Peru", "the Red Cross", day),
        ],
        articles=ARTICLES, relations=(), entities=(), settings=SETTINGS,
    )
    (t,) = tracks
    pairs = {tuple(sorted(p)) for p in t.conflicts}
    assert ("d1", "d2") not in pairs
    assert ("d1", "d3") in pairs or ("d2", "d3") in pairs
