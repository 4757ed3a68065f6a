"""Frames of figures in five shapes a measurement on new pages found wrong (fictional text in real
page shapes): a partitive count of the harmed, a statement issued by a spokesman, a closing "X and Y
have confirmed", "he said" after a sentence naming an officer, and "statistics show ..., said X"."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

_PEACE = """Varnia says 10 of its peacekeepers killed in Ostrel

Varnia said on Monday that 10 of its Northern Union (NU) peacekeepers were killed in an ambush near Kessel.

Two of the five patrols returned to base.

A statement issued yesterday by spokesman Tomas Dervik said four peacekeepers were killed near Lorn.

Six soldiers were killed and 44 wounded, the army and the NU have confirmed.

Colonel Ivo Marr, the contingent's commander, told reporters in Kessel that the convoy was attacked at dawn. He said 22 soldiers were wounded.

The latest statistics show that 31 people have died, said a spokesman for the agency.

Lorn says 12 of its peacekeepers killed in Ostrel
"""


def test_n_of_its_peacekeepers_killed_is_a_count() -> None:
    art, claims = page_claims(_PEACE)
    c = claim_at(art, claims, "10 of its Northern")
    assert (c.value, c.state) == (10.0, "killed")


def test_n_of_its_peacekeepers_killed_in_a_headline_line_is_a_count() -> None:
    art, claims = page_claims(_PEACE)
    c = claim_at(art, claims, "12 of its peacekeepers")
    assert (c.value, c.state) == (12.0, "killed")


def test_a_statement_issued_by_a_spokesman_has_the_spokesman_as_source() -> None:
    art, claims = page_claims(_PEACE)
    c = claim_at(art, claims, "four peacekeepers")
    assert c.state == "killed"
    assert c.source is not None and "Dervik" in c.source.name


def test_a_closing_x_and_y_have_confirmed_is_a_confirmed_source() -> None:
    art, claims = page_claims(_PEACE)
    c = claim_at(art, claims, "Six soldiers")
    assert c.state == "killed"
    assert c.source is not None and c.source.name == "army"
    assert c.modality == "confirmed"


def test_he_said_after_a_sentence_naming_an_officer_is_the_officer() -> None:
    art, claims = page_claims(_PEACE)
    c = claim_at(art, claims, "22 soldiers")
    assert c.state == "wounded"
    assert c.source is not None and "Marr" in c.source.name


def test_statistics_show_said_a_spokesman_is_the_spokesman() -> None:
    art, claims = page_claims(_PEACE)
    c = claim_at(art, claims, "31 people")
    assert c.state == "killed"
    assert c.source is not None and "spokesman" in c.source.name
    assert c.via == ()


_WIRE = """Lorn says 10 of its peacekeepers killed in Ostrel attack

NORVIK (Wire) -Lorn's military said on Wednesday 10 of its Northern Union (NU) peacekeepers were killed in an attack on their base in Ostrel, while a security source in the region said dozens were killed.

TWO more NU peacekeepers from Lorn have been killed in Ostrel, the Lorn People's Defence Forces (LPDF) and the NU have confirmed.

KESSEL (Wire) – A senior Lornish military official said on Wednesday that about 30 peacekeepers from his country were killed after militants stormed a base in Ostrel on Tuesday.

Speaking to a news agency, the high-ranking Lornish military officer said about 400 insurgents attacked the base outside the town of Varn.

Troops retreated to a nearby hillside to fight under the support of helicopters, he added. Apart from those killed and the number of others missing, he said 22 soldiers were wounded in the assault.
"""


def test_a_closing_body_and_body_have_confirmed_after_a_place_is_the_first_body() -> None:
    art, claims = page_claims(_WIRE)
    c = claim_at(art, claims, "TWO more")
    assert c.state == "killed"
    assert c.source is not None and "Defence Forces" in c.source.name
    assert c.modality == "confirmed"


def test_a_weekday_before_n_of_its_people_is_no_date() -> None:
    art, claims = page_claims(_WIRE)
    c = claim_at(art, claims, "10 of its Northern")
    assert (c.value, c.state) == (10.0, "killed")
    assert c.source is not None and c.source.name == "Lorn's military"  # (not the dateline's outlet)


def test_he_said_after_an_unnamed_officer_spoke_is_that_officer() -> None:
    art, claims = page_claims(_WIRE)
    c = claim_at(art, claims, "22 soldiers")
    assert c.state == "wounded"
    assert c.source is not None and "officer" in c.source.name
