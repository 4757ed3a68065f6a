"""Where a figure took place, for shapes that a sixth probe round on real pages got wrong: an outlet's
initials glued to the dateline's city, a city with a wire's credit in brackets on a line of its own,
a country's official name with "of" in it, a lead placing events all over the dateline's country,
people counted by the country they come from. The events are invented; the places are real where a
rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_outlet_initials_glued_to_the_dateline_and_a_country_wide_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("XT-KABUL: Thirty-two insurgents and three police officers died in fighting in several parts of the country.\n\n"
            "Over the last two days 32 insurgents and three police officers lost their lives, the interior office said.")
    claims = _claims(nlp, text, title="Fighting leaves 32 insurgents, 3 police dead", dateline="XT-KABUL")
    assert {c.location for c in claims} == {"Afghanistan"}, _why(claims)


def test_a_glued_dateline_city_alone_is_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "XT-KABUL: A roof gave way over a bus depot on Tuesday, hurting seven people."
    c = _at(_claims(nlp, text, title="Seven hurt as depot roof falls", dateline="XT-KABUL"), 7)
    assert c.location in ("Kabul", "Afghanistan"), _why((c,))
    assert c.location != "Xt-Kabul"


def test_a_country_name_with_of_in_it_is_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Officials on Saturday said four army troops and upwards of ten blue-helmets died overnight in the "
            "Democratic Republic of the Congo.")
    claims = _claims(nlp, text)
    assert _at(claims, 4).location in ("Democratic Republic of the Congo", "Congo"), _why(claims)


def test_a_city_with_a_wire_credit_on_its_own_line_is_only_where_it_was_filed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Paris (AFP) –\n\n\n"
            "Tuesday's roadside ambush in Mali, which left 14 peacekeepers dead, ranks among the deadliest for a decade.\n\n"
            "No fewer than 23 were hurt, a few of them gravely.")
    claims = _claims(nlp, text, title="Blue helmets under fire: a record of ambushes")
    assert _at(claims, 23).location == "Mali", _why(claims)


def test_people_from_a_country_are_not_placed_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Clashes broke out once more on Sunday in western Afghanistan.\n\n"
            "Six service members from the United States were hurt in the fighting, early reports say.\n\n"
            "Officials said 17 peacekeepers from Tanzania died in the assault.")
    claims = _claims(nlp, text)
    assert _at(claims, 6).location != "United States", _why(claims)
    assert _at(claims, 17).location != "Tanzania", _why(claims)



def test_the_seat_of_a_government_does_not_narrow_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("On Wednesday gunmen stormed a camp in Somalia where Kenyan troops are stationed. For a long time the "
            "fighters have struck across Somalia, seeking to bring down the government in Mogadishu.\n\n"
            "Eight of its men were killed in the raid, according to the army.")
    claims = _claims(nlp, text)
    assert _at(claims, 8).location == "Somalia", _why(claims)


def test_an_operation_s_name_and_its_aim_are_not_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The number of British troops lost in Afghanistan climbed once more in the past twelve months.\n\n"
            "The worst year was 2009, with 117 dead, when fighters planted roadside bombs against troops taking "
            "part in Operation Varnak, designed to shore up state control over southern Helmand.\n\n"
            "In 2010, 96 people lost their lives.")
    claims = _claims(nlp, text, title="Afghanistan: British losses now above 400")
    assert _at(claims, 117).location in ("Afghanistan", "Helmand"), _why(claims)
    assert _at(claims, 96).location == "Afghanistan", _why(claims)


def test_a_border_named_by_a_people_s_adjective_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighters overran an army post in southern Somalia on Tuesday.\n\n"
            "They said they had killed 44 Kenyan soldiers at an isolated camp in Kulbiyow, close to the Kenyan border.")
    claims = _claims(nlp, text)
    assert _at(claims, 44).location != "Kenyan border", _why(claims)


def test_a_country_the_tagger_took_for_a_person_after_in_is_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A mudslide struck Sindupalchowk district on Thursday.\n\n"
            "Besides, more than 1,300 EU citizens are unaccounted for in Himalayan Nepal, envoys said on Friday.")
    c = _at(_claims(nlp, text), 1300)
    assert c.location == "Nepal", _why((c,))


def test_a_running_toll_is_the_country_s_not_the_part_of_the_latest_death(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A blast in southern Afghanistan killed a British soldier, the ministry said on Tuesday, "
            "taking the toll of British troops who have died there since 2001 to 238.\n\n"
            "On Saturday four soldiers lost their lives in southern Afghanistan, according to the ministry.")
    claims = _claims(nlp, text)
    assert _at(claims, 238).location == "Afghanistan", _why(claims)
    assert _at(claims, 4).location == "southern Afghanistan", _why(claims)


def test_a_number_in_a_clause_on_a_district_is_the_district_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Nationwide, the quake's toll in Nepal has climbed to 6,912. The largest number of deaths was counted in the "
            "Sindhupalchowk district, which by now has climbed to 2,517, and in Kathmandu the toll has gone "
            "up to 1,149.\n\n"
            "Some 9,860 public buildings were reduced to rubble.")
    claims = _claims(nlp, text)
    assert _at(claims, 2517).location in ("Sindhupalchowk district", "Sindhupalchowk"), _why(claims)
    assert _at(claims, 9860).location == "Nepal", _why(claims)
