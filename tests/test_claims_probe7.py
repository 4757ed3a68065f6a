"""Figures on fictional pages in the shapes of the seventh probe round's real pages (issue 10).

A force's people counted after its name ("566 Velkan Guard troops"); a figure compared with the one
before it ("down from 711 in 2010") counts what happened to that one; "X was quoted by Y as saying"
(X speaks, Y relays); a figure inside a condition ("if ..., that is 105 deaths") is a case put;
a year after "since" in the figure's phrase is where a comparison starts, not its as-of; the members
of a group with a participle on the group ("members of the armed forces killed"); people left with
destroyed or damaged homes.
"""

from __future__ import annotations

from .claims_helpers import claim_at, page_claims

_WAR = """Insurgents attack Tarvian Guard troops in Velka

Posted on Jul 30 | Meridian Wire

Insurgents attacked a convoy in western Velka on Sunday, killing two soldiers, the army said.

A total of 566 Tarvian Guard troops were killed in Velka in 2031, down from 711 in 2030.

The Ministry of Defence announced that 4337 members of the Tarvian armed forces killed in the war in Velka over the past six years.

The deaths bring the number of foreign troops killed in Velka this month to 47, with 66 soldiers killed in July, the deadliest month since the 2029 invasion that began the war.
"""

_FLOOD = """Death toll from Brask floods climbs to 102

The toll from landslides striking three towns of Kestel province rose to 102 from 61 reported earlier, Governor Anna Orlen was quoted by the Brask News Agency as saying.

"If we don't find the missing or we find them dead, that is 125 deaths, which we hope not," Orlen said.

The cyclone battered the coast of Kestel late on Saturday, leaving 91,000 people with destroyed or damaged homes.
"""


def test_a_force_named_before_its_troops_is_still_counted() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "566")
    assert c.value == 566 and c.state == "killed"


def test_a_figure_compared_with_the_one_before_counts_the_same_thing() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "711")
    assert c.state == "killed"
    assert c.as_of == "2030"


def test_members_of_a_group_with_the_participle_on_the_group() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "4337")
    assert c.state == "killed"
    assert c.source is not None and "Ministry of Defence" in (c.source.name or "")


def test_a_year_after_since_is_not_the_figures_date() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "66")
    assert c.state == "killed"
    assert c.as_of != "2029"


def test_quoted_by_an_agency_as_saying_speaker_and_relay() -> None:
    art, claims = page_claims(_FLOOD)
    for words in ("102", "61"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Anna Orlen", words
        assert [v.name for v in c.via] == ["Brask News Agency"], words


def test_a_figure_inside_a_condition_is_projected() -> None:
    art, claims = page_claims(_FLOOD)
    c = claim_at(art, claims, "125")
    assert c.modality == "projected"
    assert c.state == "killed"
    # the figures stated as facts stay reported
    assert claim_at(art, claims, "102").modality == "reported"


def test_people_left_with_destroyed_or_damaged_homes_are_affected() -> None:
    art, claims = page_claims(_FLOOD)
    c = claim_at(art, claims, "91,000")
    assert c.state == "affected"


_POPULATION = """Cyclone Tessa toll rises to 80 in Velka

The death toll from Cyclone Tessa in Velka rose to 80 from a previously reported 29, the disaster agency said on Wednesday.

The island nation, which has a population of nearly 30 million, was already struggling with food shortages.
"""


def test_a_population_is_not_an_earlier_figures_people() -> None:
    art, claims = page_claims(_POPULATION)
    c = claim_at(art, claims, "30 million")
    assert c.state != "killed"
    assert c.measure == "population"
