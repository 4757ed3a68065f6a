"""Frames of figures that earlier rules read right only with the exact words they were written on: each
case here holds several wordings reporters use for the same construction (fictional sentences, invented
places, bodies and numbers)."""

from __future__ import annotations

import pytest

from dossier.model import Article, NumericClaim, PublishedDate


def _claims(nlp, text: str) -> tuple[NumericClaim, ...]:  # type: ignore[no-untyped-def]
    from dossier.extract.claims import extract_claims
    from dossier.settings import Settings

    art = Article(id="a", source="a.txt", text=text, published=PublishedDate(date="2025-05-12", basis="explicit"))
    return extract_claims(art, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings())


def _of(claims: tuple[NumericClaim, ...], value: float) -> NumericClaim:
    found = [c for c in claims if c.value == value]
    assert found, [(c.text, c.value, c.state) for c in claims]
    return found[0]


# 1. a bare total (count, figure, number, total, tally) whose level the clause gives is a figure; after a
# death count it counts the dead
@pytest.mark.parametrize("second", [
    "The count in Kessa has gone up to 1,149.",
    "The tally in Kessa has climbed to 1,149.",
    "The total in Kessa reached 1,149 on Friday.",
    "The figure in Kessa now stands at 1,149.",
    "The number in Kessa has risen to 1,149.",
])
def test_a_bare_total_after_a_death_count_counts_the_dead(nlp, second: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, "At least 1,500 people died in the Dorvian quake. " + second), 1149)
    assert c.state == "killed"


@pytest.mark.parametrize("text,state", [
    ("The ministry keeps the count of the dead, whose figure now stands at 2,517.", "killed"),
    ("Officials gave the number of deaths, whose figure now stands at 2,517.", "killed"),
    ("Officials released the death toll, whose figure now stands at 2,517.", "killed"),
    ("The quake killed at least 2,300 people in Dorvia. The figure now stands at 2,517, officials said.", "killed"),
    ("Rescuers are still searching for the missing, whose number now stands at 2,517.", "missing"),
    ("The ministry updated the tally of the injured, whose total has risen to 2,517.", "wounded"),
])
def test_whose_figure_stands_at_is_a_figure(nlp, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), 2517).state == state


@pytest.mark.parametrize("text", [
    "The number killed by earthquakes in the province had risen to 76 on Friday.",
    "The number killed in the quake has risen to 76.",
    "The total dead from the earthquakes in the province reached 76.",
    "The toll from earthquakes in the province has risen to 76.",
])
def test_the_number_killed_is_the_dead(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), 76).state == "killed"


# 2. an inverted past condition is a counterfactual about a real count
@pytest.mark.parametrize("cond", ["Had it done so", "Had the council acted", "If it had", "Were it not for the levee"])
def test_an_inverted_condition_states_the_figure(nlp, cond: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, f"{cond}, we would not have 212 ruined stalls, the trader said."), 212)
    assert c.modality == "reported"


def test_a_condition_still_to_come_is_projected(nlp) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, "Should the rain continue, we would have 212 ruined stalls, the trader said."), 212)
    assert c.modality == "projected"


# 3. left N <anything> with injuries
@pytest.mark.parametrize("text", [
    "The gas blast left more than 60 workers with serious injuries in Marrow.",
    "The gas blast left more than 60 miners with serious injuries in Marrow.",
    "The gas blast left more than 60 residents with severe burns in Marrow.",
    "The crash left 60 passengers with broken bones and head injuries, police said.",
])
def test_left_with_injuries_is_wounded(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), 60).state == "wounded"


# 4. numbers/figures/statistics/tallies/data published, released, issued or compiled by X are X's
@pytest.mark.parametrize("noun", ["Numbers", "Figures", "Statistics", "Tallies", "Data"])
@pytest.mark.parametrize("verb", ["published", "released", "issued", "compiled"])
def test_numbers_published_by_a_body_are_its(nlp, noun: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, f"{noun} {verb} by the health ministry showed 2,400 infections."), 2400)
    assert c.source is not None and c.source.name == "health ministry"


# 5. remained/stayed/went without, were left without power or water
@pytest.mark.parametrize("text", [
    "Over 1 million customers remained without electricity after the storm, the grid operator said.",
    "About 1 million homes stayed without power on Monday, the utility said.",
    "Some 1 million residents were left without water after the pipe burst, officials said.",
    "About 1 million households went without power overnight, the utility said.",
    "The grid operator said more than 1 million homes were still without electricity.",
    "Some 1 million customers remain without power in Orla, the utility said.",
    "Roughly 1 million properties were still without running water on Sunday, the council said.",
])
def test_without_power_is_affected(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), 1_000_000).state == "affected"


# 6. a force still alive is present, not rescued; people found alive are rescued
@pytest.mark.parametrize("text", [
    "Right now 1,200 mercenaries are still alive out there, the commander said.",
    "Right now 1,200 contractors are still alive out there, the commander said.",
    "Right now 1,200 troops are still alive out there, the commander said.",
    "Right now 1,200 fighters are still alive out there, the commander said.",
    "For the time being 1,200 soldiers remain alive, the commander said.",
    "Of the unit, 1,200 soldiers have survived so far, the commander said.",
])
def test_a_force_still_alive_is_present(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), 1200).state == "present"


@pytest.mark.parametrize("text", ["Eight hikers were found alive after three days, police said.",
                                  "Rescuers pulled eight miners out alive on Friday."])
def test_people_found_alive_are_rescued(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), 8).state == "rescued"


# 7. whoever gives a figure of N dead gives it, whatever the parse of the number
@pytest.mark.parametrize("n", ["290", "360", "410", "1,275"])
def test_gave_a_figure_of_n_dead_is_the_givers(nlp, n: str) -> None:  # type: ignore[no-untyped-def]
    cs = _claims(nlp, f"The UN on Friday gave an initial figure of {n} dead, but later said it was still verifying it.")
    c = _of(cs, float(n.replace(",", "")))
    assert c.source is not None and c.source.name == "UN" and c.state == "killed"


@pytest.mark.parametrize("text,who", [
    ("The Red Cross gave a first figure of 360 dead on Monday.", "Red Cross"),
    ("The ministry put the figure at 360 dead on Sunday.", "ministry"),
])
def test_gave_or_put_a_figure_names_the_giver(nlp, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), 360)
    assert c.source is not None and c.source.name == who


# 8. estimate the tally/number/count of losses/dead at N
@pytest.mark.parametrize("text,state", [
    ("Independent analysts, meanwhile, estimate the tally of losses at least 3,700 troops.", "casualties"),
    ("Independent analysts, meanwhile, estimate the tally of losses at least 5,100 troops.", "casualties"),
    ("Independent analysts estimate the number of losses at about 6,300 soldiers.", "casualties"),
    ("Independent analysts estimate the number of casualties at some 2,800 servicemen.", "casualties"),
    ("Western officials put the count of dead at 1,900 fighters.", "killed"),
    ("Independent analysts estimate the tally of wounded at 950 troops.", "wounded"),
    ("Independent analysts estimate Ostrian losses at 4,200 troops.", "casualties"),
    ("Western officials put Ostria's casualties at around 9,000 soldiers.", "casualties"),
    ("The monitor estimated the deaths at 300 civilians.", "killed"),
])
def test_the_tally_of_losses_at_n(nlp, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    (c,) = _claims(nlp, text)
    assert c.state == state


# 9. "the number of injured <adverb> surpassing N" is the injured, whatever the adverb
@pytest.mark.parametrize("adverb", ["likewise", "also", "similarly", "now"])
def test_the_number_of_injured_surpassing(nlp, adverb: str) -> None:  # type: ignore[no-untyped-def]
    cs = _claims(nlp, f"The tremor's death toll has gone past 1,600, with the number of injured {adverb} surpassing "
                      "1,350, authorities said.")
    assert (_of(cs, 1600).state, _of(cs, 1350).state) == ("killed", "wounded")


# 10. a force already in place is no projection of the clause's "will"
@pytest.mark.parametrize("tail,value", [
    ("on top of the roughly 7,500 soldiers already stationed there since the winter", 7500),
    ("on top of the roughly 7,500 troops already stationed there since the winter", 7500),
    ("joining the 4,000 fighters already deployed in the region", 4000),
    ("in addition to the 2,300 marines previously sent there", 2300),
    ("on top of the roughly 7,500 soldiers already in the region", 7500),
    ("joining the 7,500 troops already there", 7500),
])
def test_a_force_already_there_is_reported(nlp, tail: str, value: int) -> None:  # type: ignore[no-untyped-def]
    cs = _claims(nlp, f"Tomas Vell said Tarn will send 560 sappers to Dunmore, {tail}.")
    assert (_of(cs, 560).modality, _of(cs, value).modality) == ("projected", "reported")


def test_a_force_to_be_stationed_is_projected(nlp) -> None:  # type: ignore[no-untyped-def]
    cs = _claims(nlp, "Tarn will send 560 sappers to Dunmore, where 3,000 soldiers will be stationed by May.")
    assert _of(cs, 3000).modality == "projected"


# 11. people at shelters or in evacuation centres after death counts are displaced
@pytest.mark.parametrize("second", [
    "Around 24,000 were still at evacuation shelters as of Friday.",
    "About 24,000 were still at evacuation shelters as of Friday.",
    "Over 24,000 remained at evacuation shelters on Sunday.",
    "Some 24,000 remained in evacuation centres on Friday.",
    "More than 24,000 were in evacuation centers as of Friday.",
    "Roughly 24,000 are still living in relief camps.",
])
def test_people_at_shelters_are_displaced(nlp, second: str) -> None:  # type: ignore[no-untyped-def]
    cs = _claims(nlp, "Of the 187 deaths confirmed as of Friday, 84 were in Dunmore and 73 were in Tarn. " + second)
    c = _of(cs, 24000)
    assert c.state == "displaced" and "death" not in (c.measure or "")


# 12. "as reported by X", "as X reported" name the source, wherever the parser hung the clause
@pytest.mark.parametrize("text", [
    "Around 1,900 Ostrelian troops have been killed or wounded fighting alongside Marrow, as reported by Ostrel's spy service.",
    "An estimated 1,900 Ostrelian troops have been killed or wounded while fighting alongside Marrow, as reported by "
    "Ostrel's spy service.",
    "Nearly 1,900 Ostrelian troops have died or been wounded fighting alongside Marrow, as reported by Ostrel's spy service.",
    "Around 1,900 Ostrelian troops have been killed or wounded fighting alongside Marrow, as Ostrel's spy service reported.",
])
def test_as_reported_by_names_the_source(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), 1900)
    assert c.source is not None and c.source.name == "Ostrel's spy service" and c.state == "casualties"


@pytest.mark.parametrize("text,who", [
    ("Figures issued by the ministry on Sunday put the number of dead at 412.", "ministry"),
    ("The numbers released on Monday by Orla's disaster agency showed 412 people missing.", "Orla's disaster agency"),
    ("Numbers from the interior ministry showed 412 arrests.", "interior ministry"),
    ("According to tallies compiled by the Red Cross, 412 people were displaced.", "Red Cross"),
])
def test_numbers_of_a_body_in_other_shapes(nlp, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), 412)
    assert c.source is not None and c.source.name == who
