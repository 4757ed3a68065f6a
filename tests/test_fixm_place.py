"""The place of a figure in shapes two scored sets of real pages found wrong: the country that owns an
intelligence service made the place of the deaths its spies estimate abroad, and more. The events are
invented; the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_the_owner_of_an_intelligence_service_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Two days after a brawl between Chilean and Peruvian patrols high in the Tamar pass, aides said "
            "that US intel believes 41 Peruvian soldiers perished, among them a colonel.\n\n"
            "The Chilean army said 14 of its men were killed in the brawl.")
    claims = _claims(nlp, text, title="Mountain brawl leaves soldiers dead")
    for value in (41, 14):
        assert _at(claims, value).location not in ("US", "United States"), _why(claims)


def test_a_storms_name_the_page_writes_as_a_cause_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Oregon is where most Marla-related deaths were recorded. At least 88 deaths were blamed on Marla "
            "in the state, and the number may climb.\n\n"
            "Two weeks after Marla swept through the Northwest, many towns are still cut off. At least 190 "
            "people are dead from Marla's devastation across five states.")
    claims = _claims(nlp, text, title="Coastal towns dig out as Marla toll passes 190 in five states")
    assert _at(claims, 88).location != "Marla", _why(claims)
    assert all(c.location != "Marla" for c in claims), _why(claims)


def test_a_capital_that_gives_the_figure_is_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighting between Peruvian and Bolivian troops along their shared border entered a fifth day on Sunday.\n\n"
            "Lima said 23 civilians had been killed in the shelling.")
    claims = _claims(nlp, text, title="Border clashes flare again")
    assert _at(claims, 23).location == "Peru", _why(claims)


def test_respectively_pairs_each_figure_with_its_own_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Monsoon floods this year have killed 940 people across India, the disaster agency said on Sunday.\n\n"
            "Bihar was the worst-hit state, where 410 people died, followed by Assam with 205 deaths, while "
            "Odisha and Gujarat recorded 188 and 137 deaths respectively.")
    claims = _claims(nlp, text, title="Floods toll tops 900")
    assert _at(claims, 188).location == "Odisha", _why(claims)
    assert _at(claims, 137).location == "Gujarat", _why(claims)


def test_respectively_pairs_places_the_tagger_reads_as_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Monsoon floods this year have killed 940 people across Pakistan, the disaster agency said on Sunday.\n\n"
            "Balochistan was the worst-hit province, with 410 dead, while Khyber Pakhtunkhwa and Punjab counted "
            "188 and 137 deaths, respectively.")
    claims = _claims(nlp, text, title="Floods toll tops 900")
    assert _at(claims, 188).location == "Khyber Pakhtunkhwa", _why(claims)
    assert _at(claims, 137).location == "Punjab", _why(claims)


def test_the_countrys_toll_given_by_its_own_body_is_that_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A powerful earthquake struck the border region of Peru and Chile early on Monday, flattening homes in "
            "both countries.\n\n"
            "Peru's civil defence institute said the country's death toll had climbed to 2,415, bringing the "
            "combined total to 3,120, including deaths reported in neighbouring Chile, since the quake and its "
            "aftershocks.")
    claims = _claims(nlp, text, title="Quake toll climbs past 3,000")
    assert _at(claims, 2415).location == "Peru", _why(claims)


def test_the_neighbouring_country_is_the_other_country_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll from the earthquake in Bolivia climbed past 900 on Tuesday, the junta said.\n\n"
            "In Peru, rescuers kept searching, and the toll there rose to 14 on Tuesday.\n\n"
            "Most of those who died in the neighbouring country were labourers at a tower under construction, "
            "rescue teams said, adding that roughly 60 people remain missing.")
    claims = _claims(nlp, text, title="Quake toll rises")
    assert _at(claims, 60).location == "Peru", _why(claims)


def test_the_ends_of_an_areas_breadth_are_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Rescuers pulled more survivors from the rubble on Thursday as hopes faded.\n\n"
            "Peruvian officials say some 2.4 million people were affected in a zone spanning about 300 miles "
            "from Trujillo in the west to Cusco in the east, and 150 miles from Cajamarca in the north to Ica "
            "in the south.")
    claims = _claims(nlp, text, title="Quake leaves millions homeless")
    place = _at(claims, 2400000).location or ""
    assert not any(end in place for end in ("Trujillo", "Cusco", "Cajamarca", "Ica", "west", "north", "south")), _why(claims)
