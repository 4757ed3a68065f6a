"""Whose troops vs where they are, on pages about forces deployed abroad and their losses: a named
soldier's home unit, "come from", a country that has or sends the men, an enemy's forces, a title's
town the events were only near, a filing line left in the text, a body's name taken for a dateline.
The events are invented; the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_named_soldiers_home_unit_is_not_where_the_toll_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Four Ruritanian soldiers have died and 10 more were wounded in the Democratic Republic of "
            "Congo, where they served with a UN peacekeeping mission.\n\n"
            "The soldiers killed are Tom Brask (38) from the Army College in Salima and Ben Olo (29) from Moyale "
            "Barracks in Mzuzu, the army said.")
    claims = _claims(nlp, text)
    for value in (4, 10):
        assert _at(claims, value).location == "Democratic Republic of Congo", _why(claims)


def test_where_the_dead_come_from_is_not_where_they_died(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("11 blue helmets died and 23 were hurt as a result of a raid in the northern part of Mali.\n\n"
            "The UN chief condemned the attack on the camp. The dead and injured come from Chad.")
    claims = _claims(nlp, text)
    for value in (11, 23):
        assert _at(claims, value).location == "Mali", _why(claims)


def test_a_country_that_has_the_men_is_whose_they_are(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Six Ruritanian soldiers serving with the African Union mission were killed in Somalia, the army said.\n\n"
            "Ruritania has the second-largest contingent in the mission with 5,400 troops, after Uganda, which has "
            "6,200 men.")
    claims = _claims(nlp, text, title="Soldiers killed in Somalia")
    for value in (5400, 6200):
        assert _at(claims, value).location == "Somalia", _why(claims)


def test_a_town_the_title_puts_the_attack_outside_gives_way_to_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Six Ruritanian soldiers serving with the African Union mission were killed in Somalia, the army "
            "confirmed on Sunday.\n\n"
            "\"Six of our men died at the scene. Three more were badly wounded,\" the spokesman added.")
    claims = _claims(nlp, text, title="6 soldiers killed in attack outside Mogadishu")
    assert _at(claims, 3).location == "Somalia", _why(claims)


def test_the_enemys_forces_are_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ruritania has said that 2,700 of its soldiers were killed during its war against ethnic Armenian "
            "forces over the Nagorno-Karabakh region.")
    claims = _claims(nlp, text, title="Ruritania says 2,700 soldiers killed in war")
    assert (_at(claims, 2700).location or "").startswith("Nagorno-Karabakh"), _why(claims)


def test_a_filing_line_left_in_the_text_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels ransack peacekeepers' base in Jonglei state.\n"
            "United Nations/New Delhi: Two Indian peacekeepers died after rebels overran their camp in "
            "South Sudan's Jonglei state, officials said.")
    claims = _claims(nlp, text, title="2 Indian soldiers die in raid on UN camp in South Sudan")
    assert "Delhi" not in (_at(claims, 2).location or ""), _why(claims)


def test_a_bodys_name_is_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The contingent that left on Monday belongs to a force of over 2,000 Ruritanian troops based in "
            "Cabo Delgado province.\n\n"
            "By September, more than 130,000 residents had returned to their villages.")
    claims = _claims(nlp, text, dateline="Ruritania Defence Force")
    assert _at(claims, 130000).location == "Cabo Delgado", _why(claims)


def test_where_the_wounded_were_flown_is_not_where_they_were_hurt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The bodies of 10 Ruritanian soldiers killed in Somalia arrived home on Friday, the army said.\n\n"
            "The soldiers died when militants attacked their base on Tuesday. Another 14 were wounded and flown to "
            "Nairobi for treatment.")
    claims = _claims(nlp, text, title="Bodies of soldiers killed in Somalia return home")
    assert _at(claims, 14).location != "Nairobi", _why(claims)
