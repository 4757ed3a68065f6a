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
                     "A landslide in the remote east of Chile killed one person on Sunday, the mayor said.", "one")
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
    """A strike on troops of a named people "killing four of them": those four belong to the troops
    the sentence names, not to the people whose dead the place's track counts."""
    sentence = "A drone struck a barracks occupied by Norwegian troops, killing four of them late on Tuesday."
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
        _page("g1", "2031-04-02", "Floods hit Brask", "Swollen streams flooded farmland across the Brask region of Tessia overnight."),
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


def test_a_foreign_forces_losses_in_its_host_country_join_the_one_part_it_fights_in() -> None:
    """A force sent abroad (a made-up deployment: Chilean troops in Peru's Tacna region) loses its
    men where it fights: "killed in the Tacna region" and "killed fighting in Peru" are one
    series, and a count without a place joins it. A page that gives both counts tells two scopes
    apart; the host's own people keep their national toll beside a region's."""
    track = _tracks_of([
        _claim("k1", "a1", 100, "at_least", "Chilean soldiers killed", "the Tacna region of Peru", "Lima's spy agency"),
        _claim("k2", "a2", 300, "over", "Chilean soldiers killed", "Peru", "Lima's spy agency"),
        _claim("k3", "a3", 600, "about", "Chilean soldiers killed", "Peru", "Lima's spy agency"),
        _claim("k4", "a4", 2000, "about", "Chilean soldiers killed", None, "Lima's spy agency"),
        _claim("p1", "a1", 40, "at_least", "Peruvian civilians killed", "the Tacna region of Peru", "the Peruvian army"),
        _claim("p2", "a2", 90, "at_least", "Peruvian civilians killed", "Peru", "the Peruvian army"),
    ])
    assert track["k1"] == track["k2"] == track["k3"] == track["k4"] is not None
    assert track["p1"] != track["p2"]  # the host's own people: a region's toll is no country's
    both = _tracks_of([
        _claim("b1", "a1", 100, "at_least", "Chilean soldiers killed", "the Tacna region of Peru", "the agency"),
        _claim("b2", "a1", 300, "over", "Chilean soldiers killed", "Peru", "the agency"),
        _claim("b3", "a2", 350, "over", "Chilean soldiers killed", "Peru", "the agency"),
    ])
    assert both["b2"] == both["b3"] != both["b1"]  # one page gives both: two scopes


def test_the_group_that_suffered_losses_is_the_one_counted() -> None:
    """"X troops sent to Y had suffered N casualties": the casualties are X's, though Y (a place)
    comes nearer; "X claims it suffered only N casualties" likewise."""
    from dossier.reconcile.tracks import _population_from_sentence

    c = _stated(_in_sentence(_claim("s1", "a1", 3200, "about", "casualties", "Peru", None),
                             "Intelligence officials told reporters on Wednesday that Chilean troops sent to Peru "
                             "had suffered roughly 3,200 casualties, over 300 of them fatal.", "3,200"), "casualties")
    assert _population_from_sentence(c) == "chile"
    d = _stated(_in_sentence(_claim("s2", "a1", 410, "exact", "casualties", "Peru", "Chile"),
                             "Chile, for its part, claims it suffered only 410 casualties during the opening weeks.",
                             "410"),
                "casualties")
    assert _population_from_sentence(d) == "chile"
    # no verb of loss: the nearest people before a count of troops acting stays undecided
    e = _in_sentence(_claim("s3", "a1", 300, "over", "casualties", "Peru", None),
                     "Chilean troops kept advancing while 300 casualties were tallied.", "300")
    assert _population_from_sentence(e) != "chile"


def test_a_country_written_with_of_or_its_initials_is_one_place() -> None:
    """"the Democratic Republic of Congo", "DR Congo" and "DRC" are one country's key (the split on
    "of" that reads "the Kursk region of Russia" must not cut a country's own name)."""
    keys = {location_key(w) for w in ("the Democratic Republic of Congo", "Democratic Republic of the Congo",
                                      "DR Congo", "DRC", "eastern DR Congo")}
    assert len(keys) == 1 and "" not in keys
    assert location_key("the Tacna region of Peru") == "tacna"
    assert location_key("Republic of Korea") == location_key("South Korea")


def test_a_count_placed_at_an_organisation_has_no_place() -> None:
    """"9 members killed | Monusco" (a mission, an organisation) is no place: the count joins the
    measure's one country track."""
    from dossier.model import Entity

    ents = (Entity(id="e1", name="Monusco", type="ORG"),)
    claims = [
        _claim("m1", "a1", 9, "exact", "Chilean soldiers killed", "Monusco", "the army"),
        _claim("m2", "a2", 13, "exact", "Chilean soldiers killed", "Peru", "the army"),
        _claim("m3", "a3", 14, "exact", "Chilean soldiers killed", "Peru", "the army"),
    ]
    out, _ = build_tracks(claims, articles=ARTICLES, relations=(), entities=ents, settings=SETTINGS)
    track = {c.id: c.track for c in out}
    assert track["m1"] == track["m2"] == track["m3"] is not None


def test_a_force_named_by_its_initials_counts_its_countrys_people() -> None:
    """"SANDF members killed" where the story names the South African National Defence Force
    (SANDF): South Africans, one track with "South African soldiers killed"; the country the
    sentence puts them in ("troops deployed in the Democratic Republic of Congo (DRC)") is a place, not
    the people counted; a place written with a digit ("M23", a group) or cut short ("Democratic
    Republic") is no other place."""
    from dossier.model import Entity

    ents = (Entity(id="e1", name="South African National Defence Force", type="ORG", aliases=("SANDF",)),
            Entity(id="e2", name="M23", type="GPE"),
            Entity(id="e3", name="Peru Civil Defense", type="ORG"))  # a rescue service, no army
    toll = "Deaths among SANDF troops deployed in the Democratic Republic of Congo (DRC) have now reached 13."
    claims = [
        _claim("f1", "a1", 2, "exact", "South African soldiers killed", "Democratic Republic", "the army"),
        _claim("f2", "a2", 9, "exact", "SANDF members killed", "M23", "the army"),
        _in_sentence(_claim("f3", "a3", 13, "exact", "death toll", "Democratic Republic of Congo", "the army"),
                     toll, "13"),
        _claim("f4", "a4", 14, "exact", "SANDF soldiers killed", "DRC", "the army"),
    ]
    out, _ = build_tracks(claims, articles=ARTICLES, relations=(), entities=ents, settings=SETTINGS)
    track = {c.id: c.track for c in out}
    assert track["f1"] == track["f2"] == track["f3"] == track["f4"] is not None
    rescue = _in_sentence(_claim("r1", "a1", 790, "over", "additional deaths", None, "Peru Civil Defense"),
                          "The emergency service Peru Civil Defense has logged over 790 extra deaths.", "790")
    out, _ = build_tracks([rescue], articles=ARTICLES, relations=(), entities=ents, settings=SETTINGS)
    assert not (out[0].measure_key or "").startswith("peru|")


def test_a_capital_or_a_lawmaker_briefed_speaks_for_its_state() -> None:
    """One government's figures are one independent source however they are relayed: "Lima's spy
    agency", "Peru's intelligence agency" and "Peruvian MP Ana Rivas" (a lawmaker briefed by it)
    are Peru; "Santiago officials" are Chile's; a newspaper named after a city is nobody's state."""
    from dossier.model import SourceRef
    from dossier.reconcile.tracks import _affiliation

    def said(name: str) -> NumericClaim:
        return dataclasses.replace(_claim("x", "a1", 1, "exact", "soldiers killed", None, None),
                                   source=SourceRef(entity=None, name=name, text=name, start=0, end=len(name)))

    assert _affiliation(said("Lima's spy agency"), {}) == "PE"
    assert _affiliation(said("Peru's intelligence agency"), {}) == "PE"
    assert _affiliation(said("Peruvian MP Ana Rivas"), {}) == "PE"
    assert _affiliation(said("Santiago officials"), {}) == "CL"
    assert _affiliation(said("Lima Herald"), {}) is None


def test_a_war_of_two_countries_is_no_place() -> None:
    """A count placed on "the Chile-Peru battlefronts" (a war between two countries) joins the
    measure's one country track; a place of two names that are no countries stays a place."""
    track = _tracks_of([
        _claim("w1", "a1", 300, "over", "Chilean soldiers killed", "Peru", "the agency"),
        _claim("w2", "a2", 600, "about", "Chilean soldiers killed", "Chile-Peru battlefronts", "the agency"),
        _claim("w3", "a3", 2000, "about", "Chilean soldiers killed", "Peru", "the agency"),
    ])
    assert track["w1"] == track["w2"] == track["w3"] is not None


def test_a_list_of_counts_keeps_its_first_counts_people() -> None:
    """A headline listing "N Chilean troops killed and M injured in Peru": the injured are Chileans;
    "some N dead" after "Chilean troops sent to Peru had suffered M casualties" likewise (Peru,
    named before the eight words the scan reads, is still only the place); "soldiers who fought
    on the side of Peru ... N other soldiers were wounded": Peru is the ally."""
    from dossier.reconcile.tracks import _population_from_sentence

    head = "At least 310 Chilean troops killed and nearly 2,700 injured in Peru, according to intelligence officials"
    track = _tracks_of([
        _stated(_in_sentence(_claim("h1", "a1", 310, "at_least", "Chilean troops killed", "Peru", None), head, "310"),
                "killed"),
        _stated(_in_sentence(_claim("h2", "a1", 2700, "about", "injured", "Peru", None), head, "2,700"), "wounded"),
        _stated(_claim("h3", "a2", 4000, "over", "Chilean soldiers wounded", "Peru", "the agency"), "wounded"),
    ])
    assert track["h2"] == track["h3"] is not None
    sent = ("Officials of the agency said on Wednesday that Chilean troops sent to Peru had suffered well over "
            "3,100 casualties, among them some 300 dead and roughly 2,700 injured.")
    dead = _stated(_in_sentence(_claim("d1", "a1", 300, "over", "dead", None, None), sent, "300"), "killed")
    assert _population_from_sentence(dead) != "peru"
    ally = ("According to the lawmaker, 100 Chilean soldiers who fought on the side of Peru have died, and roughly "
            "1,000 other soldiers were wounded.")
    other = _stated(_in_sentence(_claim("o1", "a1", 1000, "about", "soldiers wounded", None, None), ally, "1,000"),
                    "wounded")
    assert _population_from_sentence(other) != "peru"



def test_three_more_killed_is_a_step_of_the_toll_not_a_toll() -> None:
    """Nine killed on one day, then "three more soldiers were killed" days later (an increment),
    then a toll of 13: no contradiction (a toll never falls, but 3 is no toll), and the range and
    the latest figure are the tolls'. "another N have been wounded" after a count of the dead is
    the wounded's whole count and stays a report."""
    from dossier.reconcile.tracks import _increment

    more = "Late on Tuesday three more soldiers were killed during a gunfight by the airfield."
    claims = [
        _stated(_claim("i1", "a1", 9, "exact", "Chilean soldiers killed", "Peru", "the army", as_of="2024-10-24"),
                "killed"),
        _stated(_in_sentence(_claim("i2", "a2", 3, "exact", "Chilean soldiers killed", "Peru", "a medic",
                                    as_of="2024-10-28"), more, "three"), "killed"),
        _stated(_claim("i3", "a4", 13, "exact", "Chilean soldiers killed", "Peru", "the army", as_of="2024-11-13"),
                "killed"),
    ]
    out, tracks = build_tracks(claims, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    (track,) = [t for t in tracks if "i2" in t.claims]
    assert set(track.claims) == {"i1", "i2", "i3"}
    assert not track.conflicts and track.low == 9 and track.latest == "i3"
    other = _in_sentence(_claim("w1", "a1", 1000, "about", "soldiers wounded", None, None),
                         "No fewer than 100 soldiers have died so far, and another 1,000 have been wounded.", "1,000")
    assert not _increment(other)


def test_a_countrys_people_and_the_people_counted_in_it_are_one_toll() -> None:
    """A quake in Chile: "1,204 people injured in Chile", "2,059 people wounded" (placed in Chile)
    and "329 Chileans injured" (no place) are one count; Chilean soldiers wounded in Chile (an
    army's count) stay apart."""
    track = _tracks_of([
        _stated(_claim("o1", "a1", 329, "exact", "Chileans injured", None, "the ministry"), "wounded"),
        _stated(_claim("o2", "a2", 1204, "exact", "people injured", "Chile", "the ministry"), "wounded"),
        _stated(_claim("o3", "a3", 2059, "exact", "people wounded", "Chile", "the ministry"), "wounded"),
        _stated(_claim("o4", "a3", 1000, "exact", "Chileans injured", "Chile", "the ministry"), "wounded"),
    ])
    assert track["o1"] == track["o2"] == track["o3"] == track["o4"] is not None


def test_one_days_event_count_after_a_larger_one_is_no_fall_of_the_toll() -> None:
    """Nine dead on a Friday, then three killed in crossfire on the Monday (another day's event):
    nothing is contradicted; a toll that falls is ("the death toll stood at 9", later "the toll
    is 3")."""
    fri = "Nine Chilean soldiers died on Friday after two days of heavy fighting."
    mon = "Three Chilean soldiers were killed in crossfire close to the airfield on Monday, 27 January."
    claims = [
        _stated(_in_sentence(_claim("v1", "a1", 9, "exact", "Chilean soldiers killed", "Peru", "the army",
                                    as_of="2024-10-24"), fri, "Nine"), "killed"),
        _stated(_in_sentence(_claim("v2", "a2", 3, "exact", "Chilean soldiers killed", "Peru", "a medic",
                                    as_of="2024-10-27"), mon, "Three"), "killed"),
    ]
    _, tracks = build_tracks(claims, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    (track,) = tracks
    assert not track.conflicts
    toll = [
        _stated(_in_sentence(_claim("t1", "a1", 9, "exact", "Chilean soldiers killed", "Peru", "the army",
                                    as_of="2024-10-24"), "The death toll stood at 9 on Friday.", "9"), "killed"),
        _stated(_in_sentence(_claim("t2", "a2", 3, "exact", "Chilean soldiers killed", "Peru", "a medic",
                                    as_of="2024-10-27"), "The medic said the toll is 3.", "3"), "killed"),
    ]
    _, tracks = build_tracks(toll, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    assert tracks[0].conflicts
    # the same day's toll beside that day's event count: a part of it, no contradiction
    same = [
        _stated(_in_sentence(_claim("s1", "a1", 13, "exact", "Chilean soldiers killed", "Peru", "the army",
                                    as_of="2024-10-27"), "The toll rose to 13 on Monday.", "13"), "killed"),
        _stated(_in_sentence(_claim("s2", "a2", 3, "exact", "Chilean soldiers killed", "Peru", "a medic",
                                    as_of="2024-10-27"), mon, "Three"), "killed"),
    ]
    _, tracks = build_tracks(same, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    assert not tracks[0].conflicts


def test_a_toll_on_an_undated_page_does_not_fall_below_a_dated_one() -> None:
    """An undated page (its window only inferred) gives 2,700 wounded, a dated page of the same
    days 4,000: the page may be older than its window says, so no fall of the toll is claimed;
    the same figure on a dated page is a fall."""
    undated = Article(id="u1", source="u1.txt", text="Fictional text.", title="Losses",
                      published=PublishedDate(basis="inferred", earliest="2024-11-10", latest="2024-11-16"))
    dated = Article(id="u2", source="u2.txt", text="Fictional text.", title="Losses",
                    published=PublishedDate(date="2024-11-13", basis="explicit", earliest="2024-11-13",
                                            latest="2024-11-13"))
    claims = [
        _stated(_claim("u_a", "a4", 4000, "over", "Chilean soldiers wounded", "Peru", "the agency",
                       as_of="2024-11-12"), "wounded"),
        _stated(_claim("u_b", "u1", 2700, "about", "Chilean soldiers wounded", "Peru", "a medic"), "wounded"),
    ]
    _, tracks = build_tracks(claims, articles=[*ARTICLES, undated], relations=(), entities=(), settings=SETTINGS)
    assert not tracks[0].conflicts
    firm = [claims[0], dataclasses.replace(claims[1], article="u2")]
    _, tracks = build_tracks(firm, articles=[*ARTICLES, dated], relations=(), entities=(), settings=SETTINGS)
    assert tracks[0].conflicts


def test_an_agency_and_the_same_agency_with_its_capital_are_one_source() -> None:
    """"National Intelligence Service" and "Lima's National Intelligence Service" (two entities of
    one agency) and "Peru's intelligence agency" are one independent source, Peru's."""
    from dossier.model import Entity, SourceRef
    from dossier.reconcile.tracks import independent_groups

    ents = {"e1": Entity(id="e1", name="National Intelligence Service", type="ORG", aliases=("NIS",)),
            "e2": Entity(id="e2", name="Lima's National Intelligence Service", type="ORG")}

    def by(cid: str, art: str, value: float, name: str, entity: str | None) -> NumericClaim:
        c = _claim(cid, art, value, "about", "Chilean soldiers killed", "Peru", None)
        return dataclasses.replace(c, source=SourceRef(entity=entity, name=name, text=name, start=0, end=len(name)))

    claims = [by("g1", "a1", 300, "National Intelligence Service", "e1"),
              by("g2", "a2", 600, "Lima's National Intelligence Service", "e2"),
              by("g3", "a3", 2000, "Peru's intelligence agency", None)]
    arts = {a.id: a for a in ARTICLES}
    groups = independent_groups(claims, articles=arts, relations=(), entities=ents, by_state=True)
    assert len(set(groups.values())) == 1


def test_one_page_telling_a_tolls_updates_of_one_day_is_no_contradiction() -> None:
    """A page giving a new total an hour after an earlier one (1,762, then 2,316 on the same day)
    tells a rising toll, not two sources disagreeing."""
    first = "That new total was issued less than an hour after officials put the death toll at 1,762."
    second = "Following a revision of their count, officials listed 2,316 confirmed deaths."
    claims = [
        _stated(_in_sentence(_claim("n1", "a1", 1762, "exact", "people killed", "Chile", "officials",
                                    as_of="2024-10-24"), first, "1,762"), "killed"),
        _stated(_in_sentence(_claim("n2", "a1", 2316, "exact", "people killed", "Chile", "the agency",
                                    as_of="2024-10-24"), second, "2,316"), "killed"),
    ]
    _, tracks = build_tracks(claims, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    (track,) = tracks
    assert not track.conflicts
