"""Where a force abroad and its losses are, on pages about troops or police sent to another
country: a mission's sending country, a base named after its town, a subject the parser hung on
the line before, the owner of an outpost or of troops, a country a base is only near, a part of
the country named by its compass point, two place names run together without a comma.
The events and people are invented; the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_the_country_that_sends_a_mission_is_not_where_its_men_are_hurt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Three Ghanaian police officers were badly hurt in clashes with armed gangs on Tuesday, while a "
            "fourth is still unaccounted for – the heaviest losses so far in Ghana's police deployment to Liberia.")
    claims = _claims(nlp, text, title="Ghanaian police take losses battling gangs in Liberia")
    assert _at(claims, 3).location == "Liberia", _why(claims)


def test_a_base_named_after_its_town_is_in_that_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Two blue helmets were hurt at the Naqoura position when a shell hit a watchtower, "
            "the mission told reporters on Monday.")
    claims = _claims(nlp, text, title="Peacekeepers hurt as shelling spreads in Lebanon")
    assert _at(claims, 2).location == "Naqoura", _why(claims)


def test_a_subject_hung_on_the_line_before_keeps_its_own_lines_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The blue helmets' command said its compounds had been shelled again, the force wrote in a post to X.\n"
            "Two peacekeepers were hurt at the Naqoura position \"when a shell hit a watchtower,\" "
            "the force wrote.")
    claims = _claims(nlp, text, title="Peacekeepers hurt as shelling spreads in Lebanon")
    assert _at(claims, 2).location == "Naqoura", _why(claims)


def test_the_country_that_owns_an_outpost_or_troops_is_not_where_they_are(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A night-time rocket strike on a US military outpost in the desert has killed two American "
            "soldiers and left 11 more hurt, officials said on Monday.\n\n"
            "The outpost lies in eastern Jordan, a few miles from the frontier, where the rockets were fired.")
    claims = _claims(nlp, text, title="Two US soldiers killed, 11 hurt in rocket strike on desert outpost")
    for value in (2, 11):
        assert "Jordan" in (_at(claims, value).location or ""), _why(claims)


def test_a_country_a_base_is_near_is_not_where_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("About 900 foreign troops are based in Niamey, with another 300 posted at two camps in the west, "
            "near Mali, the defence ministry said.")
    claims = _claims(nlp, text, title="Foreign troops to leave Niger by December")
    assert _at(claims, 300).location != "Mali", _why(claims)
    assert "Niger" in (_at(claims, 300).location or ""), _why(claims)


def test_a_compass_point_of_the_country_is_not_the_other_figures_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Some 1,200 allied soldiers are stationed in Niamey, with another 350 deployed at forward bases "
            "in the northwest, the army said.")
    claims = _claims(nlp, text, title="Allied soldiers begin to pull out of Niger")
    assert _at(claims, 1200).location == "Niamey", _why(claims)
    assert _at(claims, 350).location == "northwest Niger", _why(claims)


def test_two_place_names_run_together_are_the_inner_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Government troops have killed 23 insurgents in Cabo Delgado northern Mozambique, one soldier "
            "was lightly wounded, a spokesman said.")
    claims = _claims(nlp, text)
    assert _at(claims, 23).location == "Cabo Delgado", _why(claims)


def test_the_attack_that_hurt_them_is_where_they_were_hurt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("\u201cEarly today, two peacekeepers were wounded after an artillery piece fired a round toward a "
            "lookout post at the force\u2019s headquarters in Naqoura, knocking them to the ground,\u201d the mission "
            "said in a statement.")
    claims = _claims(nlp, text, title="Shelling hurts peacekeepers in southern Lebanon")
    assert _at(claims, 2).location == "Naqoura", _why(claims)



def test_a_known_town_after_near_is_a_place_whatever_the_tagger_says(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A Ruritanian corporal was killed on Sunday when his truck hit a roadside bomb near Gao, and two "
            "comrades were hurt, the defence ministry said.")
    claims = _claims(nlp, text, dateline="LISBON")
    assert _at(claims, 2).location == "Gao", _why(claims)


def test_a_part_of_the_country_is_the_country_not_the_pages_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Four peacekeepers were hurt when a mortar round landed inside their camp in Gao on Monday, the "
            "mission said.\n\n"
            "Separately, the national army lost 17 soldiers in a raid on a post in the centre of the country.")
    claims = _claims(nlp, text, title="Mortar fire hurts four peacekeepers in Mali")
    assert _at(claims, 4).location == "Gao", _why(claims)
    assert _at(claims, 17).location == "Mali", _why(claims)


def test_a_compass_point_of_the_next_figure_in_a_list_is_not_this_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Some 900 foreign soldiers are posted in the country, including around 600 in Niamey and 300 at two "
            "camps in the west, the ministry said.")
    claims = _claims(nlp, text, title="Foreign soldiers to leave Niger")
    assert _at(claims, 600).location == "Niamey", _why(claims)


def test_a_country_that_backs_a_side_is_not_where_its_fighters_died(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Early findings show that two or three suspected Iran-backed gunmen were killed when helicopters "
            "returned fire, the command said.")
    claims = _claims(nlp, text, title="Rockets hit two bases in Syria")
    assert _at(claims, 2.5).location == "Syria", _why(claims)


def test_the_neighbour_across_a_border_is_not_where_the_attack_was(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A rebel raid near the country's northern border with Oman has killed 12 soldiers serving with the "
            "coalition, army sources said on Friday.")
    claims = _claims(nlp, text, title="Rebels kill coalition soldiers in Yemen")
    assert _at(claims, 12).location == "Yemen", _why(claims)


def test_troops_in_the_country_are_not_at_the_base_named_beside_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("On Tuesday Ruritania, which keeps some 800 troops in the country and a large air base in Agadez, "
            "said it would stay for now.")
    claims = _claims(nlp, text, title="Foreign troops ordered out of Niger")
    assert _at(claims, 800).location == "Niger", _why(claims)


def test_a_countrys_response_is_whose_not_where(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials believe four of the gunmen were killed during the U.S. response, the command said."
    claims = _claims(nlp, text, title="Rocket fire hits two bases in Syria")
    assert _at(claims, 4).location == "Syria", _why(claims)
