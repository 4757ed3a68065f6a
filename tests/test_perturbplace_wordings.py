"""Place rules hold for the whole family of wordings of one construction: the harm said with other
verbs ("perished", "lost their lives", "were left dead", "claimed the lives of"), other locative
prepositions, invented names the tagger does not know. The events, people and small places are
invented; the big places are real where a rule needs the gazetteer."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


@pytest.mark.parametrize("harm", ["died", "were killed", "perished", "lost their lives", "were left dead",
                                  "were found dead", "suffered injuries", "sustained wounds"])
@pytest.mark.parametrize("blow", ["a wall collapsed onto a school", "gunmen stormed a bakery", "a shell landed on a clinic"])
def test_the_blow_after_which_the_counted_died_gives_their_place_whatever_the_harm_verb(nlp, harm: str, blow: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Shelling was reported across northern Iraq on Tuesday.\n\n"
            f"At least 17 people {harm} after {blow} in the Korrin district of Mosul.")
    claims = _claims(nlp, text)
    assert "Korrin" in (_at(claims, 17).location or ""), _why(claims)


@pytest.mark.parametrize("text", [
    "In the 2006 Lebanon war, a single strike claimed the lives of 31 villagers.",
    "During the 2006 Lebanon war, one bombing claimed the lives of 31 villagers.",
    "Over the course of the 2006 Lebanon war, shelling claimed the lives of 31 villagers in one hamlet.",
    "In the 2006 Lebanon war, a single strike killed 31 villagers.",
])
def test_a_war_named_after_a_place_places_the_lives_it_claimed(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert _at(claims, 31).location == "Lebanon", _why(claims)


@pytest.mark.parametrize("said", ["said", "claimed", "told reporters"])
def test_a_claim_that_is_speech_still_stops_at_the_speaker(nlp, said: str) -> None:  # type: ignore[no-untyped-def]
    # "claimed" with a reported clause is a statement: where the speaker stands is not the counted's place
    claims = _claims(nlp, f"A rebel spokesman in Geneva {said} 23 soldiers had died.", title="Clashes in the hills of Tessaly")
    assert _at(claims, 23).location != "Geneva", _why(claims)


@pytest.mark.parametrize("first", ["in", "inside", "across", "throughout"])
@pytest.mark.parametrize("second", ["in", "inside", "across", "throughout"])
def test_a_list_by_place_gives_each_count_its_place_whatever_the_preposition(nlp, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The floods left 212 dead {first} Brescia, 87 {second} Verona and 15 in Padua, the agency said."
    claims = _claims(nlp, text)
    assert _at(claims, 212).location == "Brescia", _why(claims)
    assert _at(claims, 87).location == "Verona", _why(claims)
    assert _at(claims, 15).location == "Padua", _why(claims)


@pytest.mark.parametrize("prep", ["in", "inside", "across", "throughout"])
def test_the_parts_of_a_total_keep_their_places_whatever_the_preposition(nlp, prep: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Of the 61 deaths, 26 were {prep} Cusco, 21 {prep} Arequipa and 14 {prep} Piura."
    claims = _claims(nlp, text)
    assert [_at(claims, v).location for v in (26, 21, 14)] == ["Cusco", "Arequipa", "Piura"], _why(claims)


@pytest.mark.parametrize("prep", ["in", "inside", "across", "throughout", "within"])
@pytest.mark.parametrize("event", ["Floods {p} Umbria killed at least 13 people on Monday.",
                                   "Landslides {p} Umbria have killed at least 13 people, officials said.",
                                   "At least 13 people have died in storms {p} Umbria, rescuers said."])
def test_the_event_s_region_places_its_toll_whatever_the_preposition(nlp, prep: str, event: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, event.format(p=prep))
    assert _at(claims, 13).location == "Umbria", _why(claims)


@pytest.mark.parametrize("name", ["Varrick", "Ornhall", "Kessby", "Tolmere", "Pellow", "Dunmore"])
@pytest.mark.parametrize("camp", ["refugee camp", "displacement camp", "camp"])
def test_a_camp_with_any_invented_name_is_the_place_of_its_toll(nlp, name: str, camp: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, f"Shelling on tents in the {name} {camp} left no fewer than eight dead and 23 wounded.")
    for value in (8, 23):
        assert name in (_at(claims, value).location or ""), _why(claims)


@pytest.mark.parametrize("name", ["Varrick", "Ornhall", "Pellow", "Dalvin", "Kessby"])
@pytest.mark.parametrize("lead", ["Gales battered {n}.", "Storms struck {n} on Friday.", "Wildfires swept {n}.",
                                  "Floods swamped {n} overnight."])
def test_what_a_storm_struck_in_the_lead_is_the_place_of_later_tolls_whatever_the_name(nlp, name: str, lead: str) -> None:  # type: ignore[no-untyped-def]
    text = lead.format(n=name) + "\n\nThe damage stretched along the shoreline, with 36 deaths."
    claims = _claims(nlp, text)
    assert _at(claims, 36).location == name, _why(claims)


def test_a_company_a_flood_hit_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Floods hit Microsoft.\n\nIts shares fell 4% on Monday.")
    assert _at(claims, 4).location != "Microsoft", _why(claims)


@pytest.mark.parametrize("prep", ["in", "inside", "across", "throughout", "within"])
def test_the_first_rally_keeps_its_own_city_whatever_the_preposition(nlp, prep: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"On Sunday roughly 3,000 students joined a silent march {prep} Arequipa and 1,200 more gathered "
            "in the southern city of Tacna, organisers said.")
    claims = _claims(nlp, text)
    assert (_at(claims, 3000).location, _at(claims, 1200).location) == ("Arequipa", "Tacna"), _why(claims)


@pytest.mark.parametrize("name", ["Varrick", "Ornhall", "Brask", "Kessby"])
@pytest.mark.parametrize("text", ["A storm left 12 people dead in the Varnian capital, {n}, officials said.",
                                  "Shells fell on the coastal town, {n}, killing 12 people.",
                                  "At least 12 people died in the northern port, {n}, rescuers said."])
def test_a_name_set_beside_a_settlement_noun_is_its_place_whatever_the_name(nlp, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text.format(n=name))
    assert _at(claims, 12).location == name, _why(claims)


def test_a_person_set_beside_an_office_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The town's mayor, Ivo Stenhart, said 14 people had died.")
    assert _at(claims, 14).location is None, _why(claims)


@pytest.mark.parametrize("hit", ["quake-hit", "quake-struck", "quake-battered", "quake-rocked", "storm-ravaged", "flood-stricken"])
def test_the_stricken_region_calls_back_the_lead_s_place_whatever_the_verb(nlp, hit: str) -> None:  # type: ignore[no-untyped-def]
    text = ("A landslide buried homes in Central Java province on Tuesday, killing 19 people, the agency said.\n\n"
            "Crews were still looking for 6 people in the hamlet of Tervo.\n\n"
            f"The toll in the {hit} region rose to 27 later on Tuesday.")
    claims = _claims(nlp, text)
    assert _at(claims, 27).location == "Central Java", _why(claims)


@pytest.mark.parametrize("harm", ["killed", "claimed the lives of", "took the lives of"])
def test_what_harmed_the_counted_in_a_known_region_places_them_whatever_the_harm_verb(nlp, harm: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, f"Torrential rain in Umbria {harm} at least 11 people overnight.")
    assert _at(claims, 11).location == "Umbria", _why(claims)
