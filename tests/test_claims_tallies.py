"""Claim frames on fictional pages written in the shapes of real tallies of developing stories:
health-ministry tolls with their parts, rights monitors' counts of deaths and injuries, floods that
kill livestock, crowds of half a million, and attributions that close a long sentence."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

MINISTRY = """Fighting in Ostvale leaves thousands dead

Ramsford, The death toll from the ongoing shelling of the Ostvale Strip since March 3rd has risen to over 9,400, including approximately 3,100 children, 2,250 women, and 410 elderly individuals, with more than 21,000 people injured, according to the Ostvale Ministry of Health today.

The death toll from the fighting in the Brenmoor region has risen to over 4,300, including approximately 1,200 children, 850 women and 140 elderly people, the Brenmoor Ministry of Health said on Tuesday. The ministry said 112 medical workers have been martyred. It also counted 75 martyrs in the western districts.
"""

MONITORS = """Monitors count the dead in Tarnow

The UN monitoring team recorded the deaths of 2,917 civilians and injuries to 3,120 people since March. Investigators documented the murders of more than 240 civilians in Tarnow and the death of 31 patients at the Lindqvist hospital. The war has caused the displacement of 9 million people.
"""

FLOODS = """Floods sweep Vellmark

The floods have displaced more than 2 million people in Vellmark, officials said. More than 350,000 sheep have been killed in the floods, and 1,200 head of cattle are missing.
"""

CROWDS = """Marches across Corvania

Organizers told the Corvan Post they estimated the turnout at half a million. More than half a million people also filled the streets of Delmont. One officer agreed that the crowd appeared to be close to a half-million. The marchers claimed there were 90,000 people out today - the police said more like 30-40,000.
"""


def test_parts_of_a_toll_share_its_state_and_its_closing_source() -> None:
    art, claims = page_claims(MINISTRY)
    for words in ("3,100 children", "2,250 women", "410 elderly", "1,200 children", "850 women", "140 elderly"):
        c = claim_at(art, claims, words)
        assert c.state == "killed", (words, c.state)
    for words in ("over 4,300", "1,200 children", "140 elderly"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name and "Brenmoor Ministry of Health" in c.source.name, (words, c.source)
    assert claim_at(art, claims, "112 medical").state == "killed"  # "have been martyred"
    assert claim_at(art, claims, "75 martyrs").state == "killed"


def test_what_happened_named_by_a_noun_before_the_figure() -> None:
    art, claims = page_claims(MONITORS)
    assert claim_at(art, claims, "2,917").state == "killed"  # "the deaths of 2,917 civilians"
    assert claim_at(art, claims, "3,120").state == "wounded"  # "injuries to 3,120 people"
    assert claim_at(art, claims, "more than 240").state == "killed"  # "the murders of"
    assert claim_at(art, claims, "31 patients").state == "killed"  # "the death of 31 patients"
    assert claim_at(art, claims, "9 million").state == "displaced"  # "the displacement of"


def test_animals_are_killed_too_but_only_people_are_missing() -> None:
    art, claims = page_claims(FLOODS)
    assert claim_at(art, claims, "350,000 sheep").state == "killed"
    assert claim_at(art, claims, "2 million").state == "displaced"


def test_half_a_million_and_thousands_written_once() -> None:
    art, claims = page_claims(CROWDS)
    c = claim_at(art, claims, "half a million.")
    assert c.value == 500_000 and c.qualifier == "exact"
    assert c.measure == "turnout" and c.modality == "estimated"  # "estimated the turnout at"
    c = claim_at(art, claims, "More than half a million")
    assert c.value == 500_000 and c.qualifier == "over"
    c = claim_at(art, claims, "close to a half-million")
    assert c.value == 500_000 and c.qualifier == "nearly"
    c = claim_at(art, claims, "30-40,000")
    assert (c.low, c.high, c.qualifier) == (30_000, 40_000, "range")
