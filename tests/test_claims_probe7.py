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

_WAR = """Tarvian Guard troops ambushed in Velka

Published Aug 14 | Harrow Wire

Rebels ambushed a supply column in northern Velka on Thursday, killing three soldiers, the military said.

Some 482 Tarvian Guard troops were killed in Velka during 2031, down from 650 in 2030.

The Ministry of Defence announced that 3915 members of the Tarvian armed forces killed during the Velka war over the last eight years.

These deaths take the number of foreign soldiers killed in Velka this month to 39, with 58 troops killed in August, the bloodiest month since the 2029 invasion that started the conflict.
"""

_FLOOD = """Brask floods: toll climbs to 102

The number of dead from mudslides that hit four villages in Kestel province climbed to 102 from 58 given earlier, Governor Mira Solt was quoted by the Brask Press Agency as saying.

"If we cannot locate the missing or we locate them dead, that is 117 deaths, which we pray will not happen," Solt said.

The storm lashed Kestel's shoreline late on Friday, leaving 84,000 people with destroyed or damaged homes.
"""


def test_a_force_named_before_its_troops_is_still_counted() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "482")
    assert c.value == 482 and c.state == "killed"


def test_a_figure_compared_with_the_one_before_counts_the_same_thing() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "650")
    assert c.state == "killed"
    assert c.as_of == "2030"


def test_members_of_a_group_with_the_participle_on_the_group() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "3915")
    assert c.state == "killed"
    assert c.source is not None and "Ministry of Defence" in (c.source.name or "")


def test_a_year_after_since_is_not_the_figures_date() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "58")
    assert c.state == "killed"
    assert c.as_of != "2029"


def test_quoted_by_an_agency_as_saying_speaker_and_relay() -> None:
    art, claims = page_claims(_FLOOD)
    for words in ("102", "58"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Mira Solt", words
        assert [v.name for v in c.via] == ["Brask Press Agency"], words


def test_a_figure_inside_a_condition_is_projected() -> None:
    art, claims = page_claims(_FLOOD)
    c = claim_at(art, claims, "117")
    assert c.modality == "projected"
    assert c.state == "killed"
    # the figures stated as facts stay reported
    assert claim_at(art, claims, "102").modality == "reported"


def test_people_left_with_destroyed_or_damaged_homes_are_affected() -> None:
    art, claims = page_claims(_FLOOD)
    c = claim_at(art, claims, "84,000")
    assert c.state == "affected"


_POPULATION = """Velka: Cyclone Tessa toll rises to 80

On Thursday the disaster agency said the toll from Cyclone Tessa in Velka had risen to 80 from an earlier reported 33.

The island state, home to a population of almost 30 million, was already facing a shortage of food.
"""


def test_a_population_is_not_an_earlier_figures_people() -> None:
    art, claims = page_claims(_POPULATION)
    c = claim_at(art, claims, "30 million")
    assert c.state != "killed"
    assert c.measure == "population"
