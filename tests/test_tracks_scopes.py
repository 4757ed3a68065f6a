"""Track scopes: which figures of one story are one count (completeness) and which never are (purity).

Fictional stories (Tessia, Brask, Karsk, Tolmar and the like are made up); a few real country
names appear only where the shared alias table must know a people.
"""

from __future__ import annotations

import dataclasses

from dossier.model import Article, NumericClaim, PublishedDate
from dossier.reconcile.tracks import build_tracks, location_key
from dossier.settings import Settings
from tests.test_tracks import ARTICLES, _claim

SETTINGS = Settings(progress="never")


def _inherited(c: NumericClaim, origin: str) -> NumericClaim:
    return dataclasses.replace(c, location_basis="inherited", location_from=origin)


def _stated(c: NumericClaim, state: str) -> NumericClaim:
    return dataclasses.replace(c, state=state)


def _tracks_of(claims: list[NumericClaim], articles: list[Article] = ARTICLES) -> dict[str, str | None]:
    out, _ = build_tracks(claims, articles=articles, relations=(), entities=(), settings=SETTINGS)
    return {c.id: c.track for c in out}


def _in_sentence(c: NumericClaim, sentence: str, figure: str) -> NumericClaim:
    start = sentence.index(figure)
    return dataclasses.replace(c, sentence=sentence, start=start, end=start + len(figure), sentence_start=0,
                               sentence_end=len(sentence))


def test_people_counted_in_other_words_take_the_state_the_claim_gives_them() -> None:
    """"people sheltering" and "protesters detained" are the displaced and the arrested; campuses
    taken by students are never captives."""
    track = _tracks_of([
        _stated(_claim("d1", "a1", 900, "about", "people displaced", "Tessia", "the relief agency"), "displaced"),
        _stated(_claim("d2", "a2", 1000, "about", "people sheltering", "Tessia", "the relief agency"), "displaced"),
        _stated(_claim("d3", "a3", 1200, "about", "people housed", "Tessia", "the relief agency"), "displaced"),
        _stated(_claim("r1", "a1", 200, "over", "people arrested", "Tessia", "police"), "arrested"),
        _stated(_claim("r2", "a2", 400, "over", "protesters detained", "Tessia", "police"), "arrested"),
        _stated(_claim("u1", "a3", 15, "at_least", "university campuses captured", "Tessia", None), "captured"),
        _stated(_claim("w1", "a3", 50, "at_least", "patients treated", "Tessia", "the hospital"), "wounded"),
        _stated(_claim("w2", "a4", 40, "at_least", "people injured", "Tessia", "the hospital"), "wounded"),
    ])
    assert track["d1"] == track["d2"] == track["d3"] is not None
    assert track["r1"] == track["r2"] is not None
    assert track["u1"] not in {track["r1"], None}
    assert track["w1"] == track["w2"] is not None


def test_a_country_after_the_east_of_is_a_place_not_the_people_counted() -> None:
    from dossier.reconcile.tracks import _population_from_sentence

    c = _in_sentence(_claim("p1", "a1", 1, "exact", "person killed", "Kelso", None),
                     "The quake in the far east of Chile killed one person, officials said.", "one")
    assert _population_from_sentence(c) is None


def test_a_bare_toll_joins_the_one_people_counted_dead_at_its_place() -> None:
    """Karsk villagers' dead are the only dead counted in Brask; Tolmar's soldiers die elsewhere.
    "40 people were killed in Brask" is the villagers' toll; "four of them" is not."""
    track = _tracks_of([
        _claim("k1", "a1", 38, "at_least", "Karsk villagers killed", "Brask", "the Karsk health ministry"),
        _claim("k2", "a2", 52, "at_least", "Karsk villagers killed", "Brask", "the Karsk health ministry"),
        _claim("t1", "a3", 5, "exact", "Tolmar soldiers killed", None, "the Tolmar army"),
        _claim("b1", "a3", 40, "at_least", "people killed", "Brask", "a UN official"),
        _claim("b2", "a4", 12, "exact", "people killed", "Vossa", "a UN official"),  # another place
    ])
    assert track["k1"] == track["k2"] == track["b1"] is not None
    assert track["t1"] not in {track["k1"], None}
    assert track["b2"] not in {track["k1"], track["t1"]}


def test_a_bare_count_of_them_keeps_out_of_another_peoples_track() -> None:
    """"a tank fired on a building used by Norwegian troops, killing four of them": the four are
    troops the sentence names, not the people whose dead the place's track counts."""
    sentence = "A tank fired on a building used by Norwegian troops, killing four of them, on Monday."
    four = _in_sentence(_claim("n1", "a3", 4, "exact", "people killed", "Brask", None), sentence, "four")
    track = _tracks_of([
        _claim("k1", "a1", 38, "at_least", "Karsk villagers killed", "Brask", "the Karsk health ministry"),
        four,
    ])
    assert track["n1"] != track["k1"]


def test_camps_are_places_of_their_name() -> None:
    assert location_key("Tolla refugee camp") == location_key("Tolla camp") == location_key("Tolla") == "tolla"


def test_a_count_placed_in_another_country_never_joins_a_countrys_only_track() -> None:
    """An unplaced count joins the one country track of its measure, unless its own (inherited)
    place is another country: Peru's arrests are not Chile's."""
    track = _tracks_of([
        _claim("c1", "a1", 120, "over", "people arrested", "Chile", "police"),
        _claim("c2", "a2", 150, "over", "people arrested", "Chile", "police"),
        _inherited(_claim("c3", "a3", 160, "over", "people arrested", "Chile", "police"), "title: Chile"),
        _inherited(_claim("p1", "a4", 30, "exact", "people arrested", "Peru", "police"), "title: Peru"),
    ])
    assert track["c1"] == track["c2"] == track["c3"] is not None
    assert track["p1"] not in {track["c1"], None}


def _page(aid: str, date: str, title: str, lead: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=f"{lead}\nMore follows in a second paragraph.", title=title,
                   outlet="Lenne Herald", published=PublishedDate(date=date, basis="explicit"))


def test_a_count_placed_only_in_the_country_joins_the_one_region_its_article_is_about() -> None:
    """Floods in Tessia's Brask region: a toll whose place is only the country (from the title)
    joins the Brask toll when the page's title or lead names Brask and the story keeps no national
    toll; a page about the country at large, or one that gives Brask's toll beside it, stays apart."""
    pages = [
        _page("g1", "2031-04-02", "Floods hit Brask", "Rivers burst their banks in the Brask region of Tessia."),
        _page("g2", "2031-04-03", "Tessia floods: toll rises", "The toll in Brask rose again on Thursday."),
        _page("g3", "2031-04-03", "Tessia counts the cost", "The government met to discuss the budget."),
        _page("g4", "2031-04-04", "Tessia floods", "Brask was worst hit, officials said."),
    ]
    track = _tracks_of([
        _claim("f1", "g1", 12, "at_least", "people killed", "the Brask region of Tessia", "the disaster agency"),
        _inherited(_claim("f2", "g2", 20, "at_least", "people killed", "Tessia", "the disaster agency"), "title: Tessia"),
        _inherited(_claim("f3", "g3", 31, "at_least", "people killed", "Tessia", "the government"), "title: Tessia"),
        _claim("f4", "g4", 25, "exact", "people killed", "Brask", "the disaster agency"),
        _inherited(_claim("f5", "g4", 40, "exact", "people killed", "Tessia", "the government"), "title: Tessia"),
    ], pages)
    assert track["f1"] == track["f2"] == track["f4"] is not None
    assert track["f3"] != track["f1"]
    assert track["f5"] != track["f1"]  # the same page gives Brask's toll: 40 is the country's


def test_a_share_of_voters_that_the_claim_calls_turnout_is_the_turnout() -> None:
    def rate(cid: str, article: str, value: float, measure: str, state: str) -> NumericClaim:
        c = _claim(cid, article, value, "exact", measure, "Velmaria", "the Velmar electoral board")
        return dataclasses.replace(c, unit="percentage", state=state)

    track = _tracks_of([
        rate("v1", "a1", 88.4, "turnout", "turnout"),
        rate("v2", "a2", 90.0, "eligible voters", "turnout"),  # "90 per cent of eligible voters took part"
        rate("v3", "a3", 41.0, "eligible voters", "votes"),  # a party's share is no turnout
    ])
    assert track["v1"] == track["v2"] is not None
    assert track["v3"] != track["v1"]


def test_a_sum_worded_shorter_joins_the_one_sum_whose_words_hold_it() -> None:
    def money(cid: str, article: str, value: float, measure: str, unit: str = "euro") -> NumericClaim:
        return dataclasses.replace(_claim(cid, article, value, "about", measure, "Lenne", "the chamber of commerce"), unit=unit)

    track = _tracks_of([
        money("m1", "a1", 200e6, "cost of damage"),
        money("m2", "a2", 200e6, "damage"),
        money("m3", "a3", 5e6, "damage", unit="dollar"),  # another unit: another track
        money("f1", "a1", 2.6, "Dow Jones fall", unit="percentage"),
        money("f2", "a2", 3.1, "Nasdaq index fall", unit="percentage"),
        money("f3", "a3", 2.0, "fall", unit="percentage"),  # fits both: stays apart
    ])
    assert track["m1"] == track["m2"] is not None
    assert track["m3"] not in {track["m1"], None}
    assert track["f3"] not in {track["f1"], track["f2"]}


def test_a_bare_toll_takes_the_people_the_others_at_its_place_were_found_to_count() -> None:
    """At the Tolla school only Karsk villagers' dead are counted (one found from its article's
    only people); a third bare toll there counts them too."""
    track = _tracks_of([
        _claim("k1", "a1", 38, "at_least", "Karsk villagers killed", "Brask", "the Karsk health ministry"),
        _claim("k2", "a1", 30, "about", "people killed", "Tolla camp", "a UN official"),  # a1 counts only Karsk's dead
        _claim("t1", "a2", 5, "exact", "Tolmar soldiers killed", None, "the Tolmar army"),
        _claim("k3", "a3", 42, "exact", "people killed", "Tolla", "the hospital"),
    ])
    assert track["k2"] == track["k3"] is not None
    assert track["k3"] != track["t1"]
