"""The place of a figure in shapes a sixth probe round on real pages found wrong: an outlet's
initials glued to the dateline's city, a city with a wire's credit in brackets on a line of its own,
a country's official name with "of" in it, a lead placing events all over the dateline's country,
people counted by the country they come from. The events are invented; the places are real where a
rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_outlet_initials_glued_to_the_dateline_and_a_country_wide_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("XT-KABUL: Forty rebels and six soldiers were killed in clashes in various parts of the country.\n\n"
            "The ministry said 40 rebels and six soldiers were killed within the past two days.")
    claims = _claims(nlp, text, title="40 rebels, 6 soldiers killed in clashes", dateline="XT-KABUL")
    assert {c.location for c in claims} == {"Afghanistan"}, _why(claims)


def test_a_glued_dateline_city_alone_is_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "XT-KABUL: Nine people were injured when a wall collapsed on a market on Monday."
    c = _at(_claims(nlp, text, title="Wall collapse injures nine", dateline="XT-KABUL"), 9)
    assert c.location in ("Kabul", "Afghanistan"), _why((c,))
    assert c.location != "Xt-Kabul"


def test_a_country_name_with_of_in_it_is_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("More than a dozen peacekeepers along with five soldiers have been killed in the Democratic Republic "
            "of the Congo late Thursday, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 5).location in ("Democratic Republic of the Congo", "Congo"), _why(claims)


def test_a_city_with_a_wire_credit_on_its_own_line_is_only_where_it_was_filed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Paris (AFP) –\n\n\n"
            "An ambush which killed 11 peacekeepers in Mali on Thursday is one of the worst in years.\n\n"
            "At least 20 are wounded, including several critically.")
    claims = _claims(nlp, text, title="Peacekeepers: a history of deadly ambushes")
    assert _at(claims, 20).location == "Mali", _why(claims)


def test_people_from_a_country_are_not_placed_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighting flared again in western Afghanistan on Friday.\n\n"
            "Reports indicate five service members from the United States were wounded in action.\n\n"
            "At least 12 peacekeepers from Tanzania were killed in the attack, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 5).location != "United States", _why(claims)
    assert _at(claims, 12).location != "Tanzania", _why(claims)



def test_the_seat_of_a_government_does_not_narrow_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants have attacked Kenyan troops at a military base in Somalia on Friday. The group has for years "
            "committed attacks in Somalia in a bid to topple the elected government in Mogadishu.\n\n"
            "The army says nine of its soldiers died in the attack.")
    claims = _claims(nlp, text)
    assert _at(claims, 9).location == "Somalia", _why(claims)


def test_an_operation_s_name_and_its_aim_are_not_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("British deaths in Afghanistan rose again this year.\n\n"
            "The bloodiest year was 2009, when 108 were killed, as insurgents used roadside bombs to target soldiers "
            "involved in Operation Varnak, aimed at shoring up government control in southern Helmand.\n\n"
            "In 2010, 103 people were killed.")
    claims = _claims(nlp, text, title="British death toll in Afghanistan passes 400")
    assert _at(claims, 108).location in ("Afghanistan", "Helmand"), _why(claims)
    assert _at(claims, 103).location == "Afghanistan", _why(claims)


def test_a_border_named_by_a_people_s_adjective_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants attacked a base in southern Somalia on Friday.\n\n"
            "The group claimed the deaths of 57 Kenyan soldiers in a remote military base in Kulbiyow, near the Kenyan border.")
    claims = _claims(nlp, text)
    assert _at(claims, 57).location != "Kenyan border", _why(claims)


def test_a_country_the_tagger_took_for_a_person_after_in_is_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Floods hit Sindupalchowk district on Monday.\n\n"
            "Also, over 1,000 EU citizens are still unaccounted for in Himalayan Nepal, diplomats said yesterday.")
    c = _at(_claims(nlp, text), 1000)
    assert c.location == "Nepal", _why((c,))


def test_a_running_toll_is_the_country_s_not_the_part_of_the_latest_death(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A British soldier was killed in a bomb attack in southern Afghanistan, the ministry said Thursday, "
            "bringing the death toll of British troops serving there since 2001 to 211.\n\n"
            "Three soldiers were killed in southern Afghanistan on Monday, the ministry said.")
    claims = _claims(nlp, text)
    assert _at(claims, 211).location == "Afghanistan", _why(claims)
    assert _at(claims, 3).location == "southern Afghanistan", _why(claims)


def test_a_number_in_a_clause_on_a_district_is_the_district_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The toll across Nepal from the earthquake has surged to 7,365. The highest number of deaths has been "
            "recorded in the Sindhupalchowk district, which currently has soared to 2,838, while in Kathmandu the toll "
            "has steadily risen to 1,202.\n\n"
            "As many as 10,744 government buildings have been flattened.")
    claims = _claims(nlp, text)
    assert _at(claims, 2838).location in ("Sindhupalchowk district", "Sindhupalchowk"), _why(claims)
    assert _at(claims, 10744).location == "Nepal", _why(claims)
