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
    text = ("U.S. officials said Tuesday that three U.S. service members died and others were hurt when rockets "
            "struck U.S. forces close to the border in northern Jordan.\n\n"
            "A U.S. official said 26 personnel are receiving treatment for wounds.")
    claims = _claims(nlp, text)
    assert _at(claims, 3).location in ("northern Jordan", "Jordan"), _why(claims)
    assert _at(claims, 26).location in ("northern Jordan", "Jordan"), _why(claims)


def test_citing_a_country_s_officials_does_not_place_the_wounded_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A drone strike on a remote post in Jordan has killed three American troops.\n\n"
            "Some 19 soldiers were hurt, according to a network citing US officials.")
    claims = _claims(nlp, text)
    assert _at(claims, 19).location == "Jordan", _why(claims)


def test_soldiers_from_a_country_s_force_in_another_are_placed_where_the_force_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The presidency said on Friday that nine soldiers from France’s counter-insurgency Orlan force in Mali "
            "died when two of its aircraft crashed into each other on a mission.")
    c = _at(_claims(nlp, text), 9)
    assert c.location == "Mali", _why((c,))


def test_a_title_s_country_of_several_words_is_not_read_as_the_last_word_s_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A local lawmaker said upwards of 300 people died when a hillside collapsed in an isolated area.\n\n"
            "First counts had put the toll at roughly 70 people.")
    claims = _claims(nlp, text, title="Papua New Guinea hillside collapse: hundreds feared dead in isolated area")
    c = _at(claims, 70)
    assert c.location == "Papua New Guinea", _why(claims)


def test_a_hyphenated_region_is_one_place_and_the_lead_s_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Floods swept Italy’s northern Emilia-Romagna region, killing at least five people and forcing "
            "thousands from their homes.\n\n"
            "Officials said on Thursday that three people were still unaccounted for.")
    claims = _claims(nlp, text)
    assert _at(claims, 5).location == "Emilia-Romagna", _why(claims)
    assert _at(claims, 3).location == "Emilia-Romagna", _why(claims)


def test_an_armed_group_named_with_a_number_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Six soldiers died in Congo in fighting as the K44 rebel group tried to seize the town, "
            "according to the army.")
    c = _at(_claims(nlp, text), 6)
    assert c.location != "K44", _why((c,))


def test_a_region_s_english_name_is_read_as_the_region(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("At least seven people have died in floods in Tuscany, regional authorities said.\n\n"
            "A further 35 were hurt across the country, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 7).location == "Tuscany", _why(claims)
    # the region's country (not Canada's town of the same name) is the country of the story
    assert _at(claims, 35).location == "Italy", _why(claims)


def test_a_toll_of_a_quake_that_hit_a_province_is_the_province_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Officials say the number of dead from the quake that struck western Afghanistan has climbed to 1,350.\n\n"
            "Last summer a 6.1 magnitude tremor hit Paktika province, killing over 820 people "
            "and leaving thousands without shelter.")
    claims = _claims(nlp, text)
    assert _at(claims, 820).location == "Paktika province", _why(claims)
    assert _at(claims, 1350).location in ("Afghanistan", "western Afghanistan"), _why(claims)


def test_a_country_s_police_sent_abroad_are_not_placed_in_its_capital(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A Kenyan police officer killed during an anti-gang mission in Haiti has been flown back home.\n\n"
            "Relatives collected his remains late on Tuesday in the capital, Nairobi.\n\n"
            "Some 650 Kenyan police officers form the contingent in charge of the mission.")
    claims = _claims(nlp, text)
    assert _at(claims, 650).location == "Haiti", _why(claims)


def test_his_city_is_the_city_whose_mayor_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Floods in Italy’s northern Emilia-Romagna region have killed at least two people.\n\n"
            "The northern city of Ravenna was hit hard as well. Its mayor, Orlo Venti, told state radio "
            "that 3,500 people had been evacuated from his city alone during the night.")
    claims = _claims(nlp, text)
    assert _at(claims, 3500).location == "Ravenna", _why(claims)


def test_a_district_s_destroyed_villages_do_not_place_the_next_toll_of_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Authorities say the quake in western Afghanistan has now killed 1,650 people.\n\n"
            "The worst-hit area is the Brask district, where 14 villages were wiped out, a provincial official told "
            "reporters late on Saturday.\n\n"
            "On Saturday morning a disaster agency spokesman said that over 6,400 people were hurt.")
    claims = _claims(nlp, text)
    assert _at(claims, 14).location == "Brask district", _why(claims)
    assert _at(claims, 6400).location in ("Afghanistan", "western Afghanistan"), _why(claims)


def test_a_building_named_after_a_known_city_places_the_figure_in_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("This week's fighting in the country's east has cost 15 of its soldiers their lives, the army said.\n\n"
            "On Tuesday four soldiers died in crossfire as mortar rounds were traded near Goma Airport.")
    claims = _claims(nlp, text)
    assert _at(claims, 4).location == "Goma", _why(claims)


def test_enemies_a_country_s_soldiers_killed_are_not_that_country_s_own_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The army said an assault on a camp in southern Somalia killed ten Ugandan soldiers.\n\n"
            "Their remains were returned to Uganda on Friday.\n\n"
            "In a statement, Uganda’s Ministry of Defense said Ugandan troops killed 42 of the assailants "
            "and took three prisoner.")
    claims = _claims(nlp, text)
    assert _at(claims, 42).location != "Uganda", _why(claims)


def test_demonyms_of_countries_that_send_peacekeepers_name_their_country() -> None:
    from dossier.extract.places import lookup_demonym
    for demonym, iso in (("Ugandan", "UG"), ("Burundian", "BI"), ("Malian", "ML"), ("Rwandans", "RW")):
        row = lookup_demonym(demonym)
        assert row is not None and row.iso2 == iso, demonym


def test_towns_listed_with_their_region_named_in_the_sentence_are_the_region_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Six bodies were recovered in the towns of Forli, Cesena and Cesenatico, Emilia-Romagna "
            "officials said.")
    c = _at(_claims(nlp, text), 6)
    assert c.location == "Emilia-Romagna", _why((c,))


def test_towns_listed_alone_are_their_country_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Six bodies were recovered in the towns of Forli, Cesena and Cesenatico, officials said."
    c = _at(_claims(nlp, text), 6)
    assert c.location == "Italy", _why((c,))


def test_a_past_war_named_by_its_country_does_not_set_the_page_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Using public records, a Tessian newsroom has named 19,800 Tessian soldiers who died during the "
            "war's first 13 months.\n\n"
            "Its reporters have further identified more than 3,600 ex-convicts killed in Ukraine.\n\n"
            "That tally is well beyond the Soviet losses of the nine-year war in Afghanistan. "
            "Some 15,000 Soviet troops died in Afghanistan between 1979 and 1989.")
    claims = _claims(nlp, text)
    assert _at(claims, 19800).location == "Ukraine", _why(claims)
    assert _at(claims, 15000).location == "Afghanistan", _why(claims)


def test_a_capital_an_issue_is_for_is_its_government_and_a_war_s_front_lines_are_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("NEW DELHI: The Russian army has released 48 Indian nationals it had enlisted, the foreign ministry "
            "said on Tuesday.\n\n"
            "Bringing home Indians who work as helpers in Russian military units has turned into a pressing issue for "
            "New Delhi after the deaths of at least five Indians on the front line of the Ukraine war.")
    claims = _claims(nlp, text)
    assert _at(claims, 5).location == "Ukraine", _why(claims)
