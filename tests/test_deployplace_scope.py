"""The article's own place on pages about a force abroad over months: a force's losses since it
was deployed to a region named with its country, a region the tagger reads as an organisation, a
filing dateline in the force's home country that is not the country "the country" calls back.
The events and people are invented; the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_losses_since_a_force_deployed_to_a_region_are_in_that_region(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Ruritanian defence ministry said on Monday that 9 of its soldiers have been killed and 31 hurt "
            "since it deployed to Mozambique's Cabo Delgado province in March 2022.\n\n"
            "The contingent now numbers 1,800, spokesman Piet Olo said.\n\n"
            "Last week three of its soldiers died in an ambush in Macomia district.")
    claims = _claims(nlp, text, title="Ruritania says nine soldiers killed in Mozambique since 2022")
    for value in (9, 31):
        assert _at(claims, value).location == "Cabo Delgado", _why(claims)
    assert _at(claims, 1800).location in ("Cabo Delgado", "Mozambique"), _why(claims)


def test_the_country_is_not_the_filing_datelines(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Five American sailors were hurt on Sunday when a rocket hit a logistics base in eastern Syria, the "
            "Pentagon said.\n\n"
            "Roughly 1,100 American troops are still deployed in the country.")
    claims = _claims(nlp, text, title="Rocket attack hurts five sailors at desert base", dateline="WASHINGTON")
    assert _at(claims, 1100).location == "Syria", _why(claims)


def test_a_town_of_a_region_is_in_that_region(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed 41 villagers over the weekend, a rights group said on Tuesday."
    claims = _claims(nlp, text, title="Gunmen kill 41 villagers in Tigray town, group says")
    assert _at(claims, 41).location == "Tigray", _why(claims)


def test_a_bigger_towns_other_spelling_after_in_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 600 foreign soldiers stayed in Axum over the winter, two aid workers said."
    claims = _claims(nlp, text)
    assert _at(claims, 600).location == "Axum", _why(claims)


def test_a_forces_losses_since_a_month_are_the_countrys_not_the_latest_towns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Four peacekeepers were hurt on Friday when a shell landed on their post in the southern town of "
            "Naqoura, the mission said.\n\n"
            "At least 27 peacekeepers have been hurt since October, a UN spokesman said.")
    claims = _claims(nlp, text, title="Shell hurts four peacekeepers")
    assert _at(claims, 4).location == "Naqoura", _why(claims)
    assert _at(claims, 27).location == "Lebanon", _why(claims)


def test_a_toll_told_again_with_its_place_places_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A dawn rocket barrage on a hilltop outpost killed four soldiers and left 19 more injured, "
            "officials said.\n\n"
            "Militias operating in Syria and Iraq were blamed for the strike, and militias in Syria have "
            "fired on the outpost before.\n\n"
            "The army said four soldiers were killed and 19 injured when the rockets hit a base in Jordan.")
    claims = _claims(nlp, text, title="Four soldiers killed in rocket strike")
    lead = [c for c in claims if c.start < text.index("Militias")]
    assert {c.location for c in lead} == {"Jordan"}, _why(claims)


def test_the_same_number_of_other_dead_is_another_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Six Ruritanian soldiers lost their lives on Monday, the army said, bringing its losses to 14.\n\n"
            "Elsewhere, shelling of homes in the Bureij refugee camp left at least six dead and 20 hurt.")
    claims = _claims(nlp, text, title="Six soldiers die as fighting rages in Gaza")
    assert _at(claims, 6).location == "Gaza", _why(claims)


def test_the_country_that_deploys_in_a_title_is_not_the_scope(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Intelligence officials told lawmakers that about 2,000 soldiers had already crossed and that as "
            "many as 6,000 could follow by March.\n\n"
            "Most of them are spread across training camps in Sudan, the officials said.")
    claims = _claims(nlp, text, title="Envoy confirms North Korea's deployment of 2,000 troops to Sudan's western front")
    assert _at(claims, 6000).location == "Sudan", _why(claims)
