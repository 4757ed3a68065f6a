"""The place of a toll's figures in shapes a probe round on real pages of disasters and outbreaks
found wrong. The events are invented; the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_country_the_tagger_calls_a_person_is_the_tolls_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model tags "Malawi" as a person's name: the toll's place must not become the other
    # country named next
    text = ("The death toll in Malawi from tropical storm Orla has jumped to 140 from 61 reported previously, "
            "the disaster agency said on Tuesday.\n\n"
            "Orla has wrecked homes and roads in Malawi and Mozambique since it came ashore a second time.\n\n"
            "As heavy rains continued, 412 people have been injured and 23 are still missing, the agency said.")
    claims = _claims(nlp, text, title="Storm toll jumps")
    for value in (140, 61, 412, 23):
        assert _at(claims, value).location == "Malawi", _why(claims)


def test_a_country_named_like_a_person_who_speaks_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jordan said 12 people had been rescued from the river near Kestrel Falls on Sunday."
    claims = _claims(nlp, text, title="Twelve rescued")
    assert _at(claims, 12).location != "Jordan", _why(claims)


def test_a_disease_in_lower_case_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("KAMPALA, Uganda — Health authorities reported 14 deaths from dengue on Wednesday.\n\n"
            "A total of 930 people have been hospitalised with the disease in 24 hours, the ministry said.")
    claims = _claims(nlp, text, title="Dengue deaths rise", dateline="KAMPALA, Uganda")
    for value in (14, 930):
        assert _at(claims, value).location not in ("dengue", None), _why(claims)


def test_a_possessive_before_a_fire_is_its_place_not_the_wires_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("By Jane Doe\nISTANBUL (AA) - The death toll from Nairobi's deadliest fire in decades rose to 61 on "
            "Saturday, as one more person was confirmed dead.\n\n"
            "The fire left nearly 900 people homeless.")
    claims = _claims(nlp, text)
    for value in (61, 900):
        assert _at(claims, value).location == "Nairobi", _why(claims)


def test_a_capital_counted_against_the_rest_of_the_country_leaves_the_toll_national(nlp) -> None:  # type: ignore[no-untyped-def]
    # the page never names its country: only its capital, and what happened outside it
    text = ("The health authorities reported 12 deaths from the fever on Wednesday, including some earlier "
            "fatalities in the capital.\n\n"
            "With the fresh fatalities, the total death count this year stood at 131.\n\n"
            "Among the latest deaths, 10 were reported in Kampala and the remaining two from outside the capital.\n\n"
            "The fever claimed some 240 lives in the previous year, the highest toll the country recorded.")
    claims = _claims(nlp, text, title="Fever deaths rise")
    for value in (131, 240):
        assert _at(claims, value).location == "Uganda", _why(claims)
    assert _at(claims, 10).location == "Kampala", _why(claims)


def test_a_toll_of_three_countries_named_together_is_all_three(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The number of dead from storms and floods in Greece, Turkey and Bulgaria climbed to 17 on Thursday after "
            "rescuers in the three neighbouring countries found six more bodies.\n\n"
            "A flash flood at a holiday camp in northwestern Turkey killed at least four people.")
    claims = _claims(nlp, text, title="Storm toll rises")
    for value in (17, 6):
        assert _at(claims, value).location == "Greece, Turkey and Bulgaria", _why(claims)
    assert _at(claims, 4).location == "Turkey", _why(claims)


def test_a_page_cut_into_sections_by_country_places_each_sections_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll from the storms in Greece, Turkey and Bulgaria rose to 15 on Friday.\n"
            "Greece\n"
            "In Greece, record rainfall caused at least four deaths near the city of Volos.\n"
            "Turkey\n"
            "A flash flood at a campsite in Turkey killed six people. Rescuers were still searching for one "
            "person reported missing at the site.\n"
            "Bulgaria\n"
            "In Bulgaria, the storm flooded the southern coast. The bodies of two people were recovered from the "
            "sea, raising the overall death toll to five.")
    claims = _claims(nlp, text, title="Storms sweep the region")
    assert _at(claims, 1).location == "Turkey", _why(claims)
    assert _at(claims, 5).location == "Bulgaria", _why(claims)


def test_a_story_of_countries_named_together_inherits_them_and_carries_each_ones_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("ATHENS (AP) — The toll from downpours that battered parts of Greece, Turkey and Bulgaria "
            "rose to 12 Wednesday.\n\n"
            "A flash flood at a holiday camp in northwestern Turkey close to the border with Bulgaria killed at least "
            "five people. Rescue crews kept looking for three people listed as missing at the camp.\n\n"
            "Officials said about 40 people had been rescued by boat.")
    claims = _claims(nlp, text, title="Storm toll in Greece, Turkey and Bulgaria rises to 12", dateline="ATHENS (AP)")
    assert _at(claims, 12).location == "Greece, Turkey and Bulgaria", _why(claims)
    assert _at(claims, 3).location == "Turkey", _why(claims)
    assert _at(claims, 40).location == "Greece, Turkey and Bulgaria", _why(claims)


def test_a_name_listed_with_a_district_where_people_died_is_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A strong earthquake shook remote mountain villages in western Nepal late Friday, killing at least "
            "140 people, officials said.\n\n"
            "The quake struck Brask district, where 92 people were killed, and neighbouring Tessel West, where "
            "48 died, according to police.")
    claims = _claims(nlp, text, title="Quake kills 140 in Nepal", dateline="KATHMANDU, Nepal")
    assert _at(claims, 48).location == "Tessel West", _why(claims)


def test_a_description_of_the_land_is_not_carried_the_district_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A strong earthquake killed at least 140 people in western Nepal late Friday, officials said.\n\n"
            "In Brask district alone, 92 people were killed, police said.\n\n"
            "The Himalayan nation's home ministry said 250 people were injured and the toll is likely to rise.")
    claims = _claims(nlp, text, title="Quake kills 140 in Nepal", dateline="KATHMANDU, Nepal")
    assert _at(claims, 250).location == "Nepal", _why(claims)
    text = ("A landslide buried houses in West Java province on Monday, killing 21 people, the agency said.\n\n"
            "Rescuers were searching for 8 people still missing in the village of Varno.\n\n"
            "The toll in the quake-hit region rose to 25 later on Monday.")
    claims = _claims(nlp, text, title="Landslide in West Java kills 21")
    assert _at(claims, 25).location == "West Java", _why(claims)


def test_a_regency_comes_before_the_province_that_locates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser takes the landslide for the subject of "said": the agency, not the landslide, speaks
    text = ("A landslide triggered by torrential rain buried houses in Brask regency, West Java province, killing "
            "21 people, the national disaster agency said on Monday.")
    claims = _claims(nlp, text, title="Landslide in West Java kills 21")
    assert _at(claims, 21).location in ("Brask", "Brask regency"), _why(claims)


def test_a_toll_brought_up_by_the_latest_deaths_is_the_storys_not_their_villages(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("NAIROBI (Reuters) - Floods in Kenya have killed 81 people since March, the interior ministry said.\n\n"
            "Rescuers recovered three more bodies in the village of Kestrel on Sunday, bringing the death toll from "
            "the floods to 84.\n\n"
            "Most of the deaths were in Mandera county, where 20 people died, officials said. About 15,000 people "
            "have been displaced.")
    claims = _claims(nlp, text, title="Kenya floods toll rises to 84", dateline="NAIROBI (Reuters)")
    assert _at(claims, 3).location == "Kestrel", _why(claims)
    assert _at(claims, 84).location == "Kenya", _why(claims)
    assert _at(claims, 20).location == "Mandera county", _why(claims)
    assert _at(claims, 15000).location == "Kenya", _why(claims)


def test_a_toll_said_again_takes_the_storys_place_not_the_districts_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("LUSAKA (Reuters) - Cholera has killed 45 people in Zambia since October, the health ministry said.\n\n"
            "In the district of Chongwe, 300 cases have been recorded.\n\n"
            "The toll rose to 47 on Wednesday, health officials said.")
    claims = _claims(nlp, text, title="Cholera kills 45 in Zambia", dateline="LUSAKA (Reuters)")
    assert _at(claims, 300).location == "Chongwe", _why(claims)
    assert _at(claims, 47).location == "Zambia", _why(claims)


def test_a_place_on_the_doer_of_a_with_clause_is_no_place_of_the_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll from Tropical Cyclone Orla has topped 300 as more bodies are found, "
            "with officials in Mozambique needing several days to tally the damage.\n\n"
            "Malawi has reported 225 dead so far.")
    claims = _claims(nlp, text, title="Malawi buries cyclone victims as death toll rises")
    assert _at(claims, 300).location != "Mozambique", _why(claims)


def test_a_toll_summed_across_a_world_region_is_the_regions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll in Malawi from Cyclone Orla has risen to 226, according to the country's president, "
            "raising the total number of deaths across southern Africa since February to 310.")
    claims = _claims(nlp, text, title="Cyclone toll rises")
    assert _at(claims, 226).location == "Malawi", _why(claims)
    assert _at(claims, 310).location == "southern Africa", _why(claims)


def test_across_the_prefecture_is_the_prefecture_named_before_not_the_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("TOKYO (Kyodo) - The death toll from the earthquake in Ishikawa prefecture rose to 202 on Monday, the "
            "prefectural government said.\n\n"
            "In the district of Noto, 3 people remain missing. About 24,000 people are staying in evacuation "
            "centres across the prefecture.")
    claims = _claims(nlp, text, title="Japan quake toll rises to 202", dateline="TOKYO (Kyodo)")
    assert _at(claims, 3).location == "Noto", _why(claims)
    assert _at(claims, 24000).location == "Ishikawa", _why(claims)
