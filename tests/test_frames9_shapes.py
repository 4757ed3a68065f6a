"""Frames of figures in shapes the frames8 round left wrong on its set-aside pages (fictional text in
real page shapes): relays through a named newspaper, a single person counted, harm words of
units, cases listed 'respectively', weekdays after a count, people in camps, run-on forecasts,
counted things that are not people, generic sources."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

_WAR = """Ostrian army toll in Varn operation reaches 137

The number of Ostrian soldiers killed since the ground offensive in the Varn Strip began has risen to 137, The Kessel Herald newspaper reported on Sunday, citing the ODF.

Three soldiers were killed in the north on Saturday, the newspaper wrote.

Valdor's Defense Ministry said one of its soldiers had been killed in the clash.

"Thanks to the measures taken, all six members of Ostria's illegal armed formation were eliminated", the ministry said.

Two other men, Arno Pell and Dario Venn, were also killed in the raid.

The raid brought the number of those killed in action to 20, the army said.

Three other men Hav Loran Dass and Sepoy Kenn Arvo were also killed in the attack.

Nine troops exposed to sub-zero temperatures have succumbed to their injuries, raising the number of those killed in action to 29.
"""


def test_a_named_newspaper_citing_a_force_relays_it_and_the_newspaper_relays_again() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "to 137")
    assert c.source is not None and c.source.name == "ODF"
    assert [v.name for v in c.via] == ["Kessel Herald"]
    c = claim_at(art, claims, "Three soldiers")
    assert c.state == "killed"
    assert c.source is not None and c.source.name == "ODF"
    assert [v.name for v in c.via] == ["newspaper"]


def test_one_of_its_soldiers_killed_is_a_figure() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "one of its")
    assert (c.value, c.state) == (1.0, "killed")


def test_members_eliminated_are_killed() -> None:
    art, claims = page_claims(_WAR)
    assert claim_at(art, claims, "all six").state == "killed"


def test_two_other_men_named_after_a_comma_were_killed() -> None:
    art, claims = page_claims(_WAR)
    assert claim_at(art, claims, "Two other").state == "killed"


def test_total_killed_in_action_to_a_number() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "20")
    assert (c.value, c.state) == (20.0, "killed")
    c = claim_at(art, claims, "29")
    assert (c.value, c.state) == (29.0, "killed")
    assert not any(art.text[c.start : c.end] == "zero" for c in claims)  # "sub-zero" counts nothing


def test_counted_men_then_their_names_then_the_verb() -> None:
    art, claims = page_claims(_WAR)
    assert claim_at(art, claims, "Three other").state == "killed"


_OUTBREAK = """Fever spreads in Valdoria

Lenna and Dorsk districts had 12 and one case reported respectively. The death toll rose to 445 Sunday, officials said.

The maximum deaths - 15 - were reported in Kester district.
"""


def test_respectively_keeps_a_spelled_one() -> None:
    art, claims = page_claims(_OUTBREAK)
    assert claim_at(art, claims, "12 and").state == "cases"
    c = claim_at(art, claims, "one case")
    assert (c.value, c.state) == (1.0, "cases")


def test_a_bare_weekday_after_the_count() -> None:
    art, claims = page_claims(_OUTBREAK)
    c = claim_at(art, claims, "445")
    assert c.state == "killed"


def test_maximum_deaths_between_dashes() -> None:
    art, claims = page_claims(_OUTBREAK)
    assert claim_at(art, claims, "15").state == "killed"


_FLOOD = """Floods sweep Lanmark

KESTER, Aug 13 - More than 40,000 people packed into relief camps across the state. Some 1.2million are sheltering in schools, and 3,000 more are taking shelter in churches.

At least 28 people have died and 15 are missing after heavy rain lashed the hills on Saturday and the Meteorological Department has predicted more rains in the coming days.

The floods destroyed 120 houses and damaged 40 villages, and 300 relief camps have been opened.
"""


def test_people_packed_into_camps_and_sheltering_are_displaced() -> None:
    art, claims = page_claims(_FLOOD)
    assert claim_at(art, claims, "40,000").state == "displaced"
    assert claim_at(art, claims, "1.2million").state == "displaced"
    assert claim_at(art, claims, "3,000").state == "displaced"


def test_a_weather_forecast_does_not_project_a_toll() -> None:
    art, claims = page_claims(_FLOOD)
    for words, state in (("28", "killed"), ("15 are", "missing")):
        c = claim_at(art, claims, words)
        assert (c.state, c.modality) == (state, "reported"), words
        assert c.source is None or "Meteorological" not in (c.source.name or ""), words


def test_counted_things_say_what_happened_to_them() -> None:
    # houses and villages take what happened to them; camps opened are there ("present", as the dev set
    # writes camps set up), never a people state
    art, claims = page_claims(_FLOOD)
    assert claim_at(art, claims, "120").state == "destroyed"
    assert claim_at(art, claims, "40 villages").state == "damaged"
    assert claim_at(art, claims, "300").state == "present"
