"""The place of a figure in shapes a seventh probe round on real pages found wrong: a news agency
named after a town, an armed group's name before "attack" in a title, a country's coast named by its
sea, a lead that calls the country of the soldiers it counts "the country". The events are invented;
the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_news_agency_named_after_a_town_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Officials said on Wednesday that the number of dead from a powerful quake in Ecuador's southern "
            "mountains had climbed.\n\n"
            "\"So far 47 people have been confirmed dead and 96 others hurt,\" "
            "Manta news agency reported.")
    claims = _claims(nlp, text, title="Ecuador quake: toll climbs")
    for value in (47, 96):
        assert _at(claims, value).location == "Ecuador", _why(claims)


def test_an_armed_group_before_attack_in_the_title_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fighters stormed a military camp on Sunday, killing 9 soldiers and wounding 17, an army spokesman said."
    claims = _claims(nlp, text, title="Nine soldiers die in Boko Haram attack")
    assert all(c.location != "Boko Haram" for c in claims), _why(claims)


def test_a_countrys_coast_named_by_its_sea_is_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The number of dead from the cyclone along Peru's Pacific coast has climbed to 27, a vice minister said.\n\n"
            "Over 350 people were hurt, he added.")
    claims = _claims(nlp, text, title="Cyclone toll climbs to 27")
    assert _at(claims, 27).location == "Peru", _why(claims)
    assert _at(claims, 350).location == "Peru", _why(claims)


def test_the_country_a_lead_calls_back_is_where_its_soldiers_fell(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Attackers killed six Malian soldiers in a raid on a military outpost in the east of the West African "
            "country, an army spokesman said.\n\n"
            "Most of the group's raids have taken place in Burkina Faso, where it controls wide areas. "
            "Troops from Mali also take part in a joint force based in Burkina Faso.")
    claims = _claims(nlp, text, title="Six soldiers killed in raid on army outpost")
    assert _at(claims, 6).location == "Mali", _why(claims)


def test_the_country_is_not_called_back_by_the_attackers_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Peruvian drones hit a hamlet in the south of the country on Sunday night, killing 11 people, "
            "local authorities said.")
    claims = _claims(nlp, text, title="Drone strike kills 11")
    assert _at(claims, 11).location != "Peru", _why(claims)
