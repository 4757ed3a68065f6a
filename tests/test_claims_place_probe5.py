"""The place of a figure in shapes a fifth probe round on real pages found wrong (deployments
abroad with their losses, disaster tolls over days): a country's name that says whose troops or
officials they are, a force sent from one country to another, a title whose country the tagger
took for a person, a region's hyphenated name, an armed group's name with a number. The events
are invented; where a rule needs the gazetteer the places are real, otherwise invented."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_country_naming_whose_troops_they_are_is_not_their_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Four U.S. service members were killed and several wounded in a rocket attack on U.S. forces in "
            "northern Jordan near the border, U.S. officials said Sunday.\n\n"
            "At least 31 personnel are being treated for injuries, a U.S. official said.")
    claims = _claims(nlp, text)
    assert _at(claims, 4).location in ("northern Jordan", "Jordan"), _why(claims)
    assert _at(claims, 31).location in ("northern Jordan", "Jordan"), _why(claims)


def test_citing_a_country_s_officials_does_not_place_the_wounded_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Two American soldiers have been killed in Jordan in a drone attack on an outpost.\n\n"
            "At least 27 soldiers were injured, a broadcaster reports, citing US officials.")
    claims = _claims(nlp, text)
    assert _at(claims, 27).location == "Jordan", _why(claims)


def test_soldiers_from_a_country_s_force_in_another_are_placed_where_the_force_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Eleven soldiers from France’s anti-terrorist Orlan force in Mali were killed after two helicopters "
            "collided during an operation, the presidency said Tuesday.")
    c = _at(_claims(nlp, text), 11)
    assert c.location == "Mali", _why((c,))


def test_a_title_s_country_of_several_words_is_not_read_as_the_last_word_s_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("More than 200 people have been killed in a landslide in a remote region, a politician said.\n\n"
            "Early estimates put the toll at about 90 people.")
    claims = _claims(nlp, text, title="Papua New Guinea landslide: hundreds dead in remote northern region")
    c = _at(claims, 90)
    assert c.location == "Papua New Guinea", _why(claims)


def test_a_hyphenated_region_is_one_place_and_the_lead_s_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("At least four people have died and thousands have been evacuated as floods hit Italy’s northern "
            "Emilia-Romagna region.\n\n"
            "Two people remained missing on Wednesday, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 4).location == "Emilia-Romagna", _why(claims)
    assert _at(claims, 2).location == "Emilia-Romagna", _why(claims)


def test_an_armed_group_named_with_a_number_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The army said that seven soldiers were killed in Congo during a clash when the K44 rebel group "
            "wanted to take over the town.")
    c = _at(_claims(nlp, text), 7)
    assert c.location != "K44", _why((c,))


def test_a_region_s_english_name_is_read_as_the_region(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("At least six people have been killed in floods in Tuscany, the regional government said.\n\n"
            "Another 40 were injured across the country, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 6).location == "Tuscany", _why(claims)
    # the region's country (not Canada's town of the same name) is the country of the story
    assert _at(claims, 40).location == "Italy", _why(claims)


def test_a_toll_of_a_quake_that_hit_a_province_is_the_province_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll from the earthquake that shook western Afghanistan has risen to 1,200, officials said.\n\n"
            "In June last year, Paktika province was hit by a 5.9 magnitude quake which killed more than 900 people "
            "and left thousands homeless.")
    claims = _claims(nlp, text)
    assert _at(claims, 900).location == "Paktika province", _why(claims)
    assert _at(claims, 1200).location in ("Afghanistan", "western Afghanistan"), _why(claims)


def test_a_country_s_police_sent_abroad_are_not_placed_in_its_capital(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The body of a Kenyan police officer who died in a mission against gangs in Haiti has been returned home.\n\n"
            "The body was on Monday night received by his family in the capital, Nairobi.\n\n"
            "A contingent of around 700 Kenyan police is leading the mission.")
    claims = _claims(nlp, text)
    assert _at(claims, 700).location == "Haiti", _why(claims)


def test_his_city_is_the_city_whose_mayor_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("At least three people have died as floods hit Italy’s northern Emilia-Romagna region.\n\n"
            "The northern city of Ravenna was also badly affected. Its mayor, Orlo Venti, told public radio "
            "that 4,000 people had been evacuated from his city alone overnight.")
    claims = _claims(nlp, text)
    assert _at(claims, 4000).location == "Ravenna", _why(claims)


def test_a_district_s_destroyed_villages_do_not_place_the_next_toll_of_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll from the earthquake that shook western Afghanistan has risen to 1,800, authorities said.\n\n"
            "The most affected area is the Brask district, where 11 villages have been destroyed, the provincial "
            "director said on Sunday night.\n\n"
            "Earlier on Sunday, a spokesman for the disaster authority said more than 7,100 people had been injured.")
    claims = _claims(nlp, text)
    assert _at(claims, 11).location == "Brask district", _why(claims)
    assert _at(claims, 7100).location in ("Afghanistan", "western Afghanistan"), _why(claims)


def test_a_building_named_after_a_known_city_places_the_figure_in_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The army said fighting in the east of the country had claimed the lives of 13 of its soldiers this week.\n\n"
            "Three soldiers were killed in the crossfire during an exchange of mortar fire near Goma Airport on Monday.")
    claims = _claims(nlp, text)
    assert _at(claims, 3).location == "Goma", _why(claims)


def test_enemies_a_country_s_soldiers_killed_are_not_that_country_s_own_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Twelve Ugandan soldiers were killed in an attack on a base in southern Somalia, the army said.\n\n"
            "The bodies were flown home to Uganda on Thursday.\n\n"
            "Uganda’s Ministry of Defense said in a statement that Ugandan soldiers captured two of the attackers "
            "and killed 38 of them.")
    claims = _claims(nlp, text)
    assert _at(claims, 38).location != "Uganda", _why(claims)


def test_demonyms_of_countries_that_send_peacekeepers_name_their_country() -> None:
    from dossier.extract.places import lookup_demonym
    for demonym, iso in (("Ugandan", "UG"), ("Burundian", "BI"), ("Malian", "ML"), ("Rwandans", "RW")):
        row = lookup_demonym(demonym)
        assert row is not None and row.iso2 == iso, demonym


def test_towns_listed_with_their_region_named_in_the_sentence_are_the_region_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Emilia-Romagna officials said five bodies had been found in the towns of Forli, Cesena and "
            "Cesenatico.")
    c = _at(_claims(nlp, text), 5)
    assert c.location == "Emilia-Romagna", _why((c,))


def test_towns_listed_alone_are_their_country_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said five bodies had been found in the towns of Forli, Cesena and Cesenatico."
    c = _at(_claims(nlp, text), 5)
    assert c.location == "Italy", _why((c,))


def test_a_past_war_named_by_its_country_does_not_set_the_page_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Through open source research, a Tessian outlet confirmed the names of 21,400 Tessian soldiers who had "
            "been killed in the past 14 months of the war.\n\n"
            "The journalists now have also identified over 4,000 former prisoners who have been killed in Ukraine.\n\n"
            "The count has long since passed the deaths of Soviet soldiers during the nine-year war in Afghanistan. "
            "Over 15,000 Soviet troops were killed in Afghanistan from 1979 until 1989.")
    claims = _claims(nlp, text)
    assert _at(claims, 21400).location == "Ukraine", _why(claims)
    assert _at(claims, 15000).location == "Afghanistan", _why(claims)


def test_a_capital_an_issue_is_for_is_its_government_and_a_war_s_front_lines_are_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("NEW DELHI: A total of 60 Indian nationals recruited by the Russian army have been discharged, the "
            "foreign ministry said on Friday.\n\n"
            "The return of Indian nationals serving as cooks with Russian military units has become a key issue for "
            "New Delhi following the death of at least seven Indians on the front lines of the Ukraine war.")
    claims = _claims(nlp, text)
    assert _at(claims, 7).location == "Ukraine", _why(claims)
