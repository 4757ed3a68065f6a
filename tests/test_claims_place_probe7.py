"""The place of a figure in shapes a seventh probe round on real pages found wrong: a news agency
named after a town, an armed group's name before "attack" in a title, a country's coast named by its
sea, a lead that calls the country of the soldiers it counts "the country". The events are invented;
the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_news_agency_named_after_a_town_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll from a strong earthquake in Ecuador's remote highlands rose on Monday, officials said.\n\n"
            "\"A total of 52 people have been confirmed dead and 80 others injured as of noon,\" "
            "Manta news agency reported.")
    claims = _claims(nlp, text, title="Quake toll rises in Ecuador")
    for value in (52, 80):
        assert _at(claims, value).location == "Ecuador", _why(claims)


def test_an_armed_group_before_attack_in_the_title_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Militants killed 12 soldiers and wounded 20 in an attack on an army base on Friday, an army spokesman said."
    claims = _claims(nlp, text, title="Soldiers killed in Boko Haram attack")
    assert all(c.location != "Boko Haram" for c in claims), _why(claims)


def test_a_countrys_coast_named_by_its_sea_is_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The toll from the storm along Peru's Pacific coast has risen to 31, the deputy minister said.\n\n"
            "More than 400 people were injured, he added.")
    claims = _claims(nlp, text, title="Storm toll rises to 31")
    assert _at(claims, 31).location == "Peru", _why(claims)
    assert _at(claims, 400).location == "Peru", _why(claims)


def test_the_country_a_lead_calls_back_is_where_its_soldiers_fell(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed eight Malian soldiers in an attack on an army post in the north of the West African "
            "country, a military spokesman said.\n\n"
            "The group has carried out most of its attacks in Burkina Faso, and in Burkina Faso it holds "
            "large areas. Troops from Mali also serve in a regional force in Burkina Faso.")
    claims = _claims(nlp, text, title="Eight soldiers killed in attack on army post")
    assert _at(claims, 8).location == "Mali", _why(claims)


def test_the_country_is_not_called_back_by_the_attackers_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Peruvian drones struck a village in the south of the country overnight, killing 14 people, "
            "local officials said.")
    claims = _claims(nlp, text, title="Drone strike kills 14")
    assert _at(claims, 14).location != "Peru", _why(claims)
