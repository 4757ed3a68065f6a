"""Rules written from the figures two sets of real pages (measure14/15, 2026-12-08) lost or misread; the
pages stay outside the repository. Fictional text, each rule over several wordings: thousands grouped
by spaces before punctuation, a glued "2M" that speaks, people counted by a plural name, "at least
another N", "an estimated N", captives, kin, a figure restated as a share of the dead, "the number of
killed and wounded", who arrive or enlist, "the two wounded soldiers", counts of people the sentence
says nothing of, "along with N others", and the dead buried in graves."""

from __future__ import annotations

import pytest

from dossier.model import NumericClaim
from tests.claims_helpers import page_claims


def _claims(text: str) -> dict[float, NumericClaim]:
    _art, claims = page_claims("Tessia briefing\nPublished: 3 May 2024\n" + text)
    return {c.value: c for c in claims if c.value is not None}


@pytest.mark.parametrize("text, values", [
    ("The toll from the storm in Brask has reached 1 487, and the number of injured has risen to 3 902.", (1487, 3902)),
    ("Officials said 12 340 homes were flooded; 4 118.", (12340,)),
    ("By Sunday the count of the dead stood at 2 015. Rescuers kept digging.", (2015,)),
])
def test_thousands_grouped_by_spaces_before_punctuation(text: str, values: tuple[int, ...]) -> None:
    claims = _claims(text)
    for v in values:
        assert v in claims, list(claims)
    assert not any(v < 1000 and v in claims for v in (1, 2, 3, 4, 12, 487, 902, 340, 118, 15))


def test_spaces_do_not_join_a_day_or_a_text_that_groups_with_commas() -> None:
    claims = _claims("The floods began on 12 September 2 000 metres up. Later 1,250 people fled and 3 400.")
    assert 2000 not in claims
    assert 3400 not in claims


@pytest.mark.parametrize("text, kept", [
    ("The toll climbed to 1,310 on Monday, state broadcaster 2M said.", 1310),
    ("The toll rose to 870, 2M reported on Tuesday.", 870),
    ("At least 96 people died, the Orlan channel 4M said on Friday.", 96),
])
def test_a_glued_number_that_speaks_is_a_name(text: str, kept: int) -> None:
    claims = _claims(text)
    assert kept in claims
    assert not any(v >= 1_000_000 for v in claims), list(claims)


def test_a_glued_magnitude_that_counts_stays_a_figure() -> None:
    assert 2_000_000 in _claims("Some 2M people were displaced by the floods, the agency said.")


@pytest.mark.parametrize("text, value, state", [
    ("Kesso Marl said that 257 Orlanis are still missing in the north.", 257, "missing"),
    ("Officials said a total of 58 Tessians were wounded near Brask.", 58, "wounded"),
    ("A total of 116 Orlanis are injured, the campaign group said.", 116, "wounded"),
    ("The ministry has issued work permits for 152 Varnians to work in Orla.", 152, None),
])
def test_people_counted_by_a_plural_name(text: str, value: int, state: str | None) -> None:
    claims = _claims(text)
    assert value in claims, list(claims)
    if state is not None:
        assert claims[value].state == state


@pytest.mark.parametrize("text, value, qualifier", [
    ("At least another 310 people were injured, officials said.", 310, "at_least"),
    ("More than a further 75 soldiers went missing on Tuesday.", 75, "over"),
    ("Nearly another 40 villagers were evacuated from Orla.", 40, "nearly"),
    ("Another 120 people were wounded in Brask.", 120, "exact"),
])
def test_a_qualifier_before_another(text: str, value: int, qualifier: str) -> None:
    assert _claims(text)[value].qualifier == qualifier


@pytest.mark.parametrize("text, value", [
    ("An estimated 2,300 Tessian soldiers have been killed or wounded, the agency said.", 2300),
    ("An estimated 640 homes were destroyed in the valley.", 640),
    ("Officials said an estimated 18,000 people had fled Orla.", 18000),
])
def test_an_estimated_figure_is_about_and_estimated(text: str, value: int) -> None:
    # the dev set's convention (evaluation/data/README.md): "an estimated" is "about", and an estimate
    c = _claims(text)[value]
    assert c.qualifier == "about"
    assert c.modality == "estimated"


@pytest.mark.parametrize("text, value", [
    ("Three other Orlanese nationals are now in the hands of Tessian forces.", 3),
    ("Two sailors remain in the hands of the rebels, the ministry said.", 2),
    ("At least six Orlanese are Prisoners of War in Tessia.", 6),
    ("Nine Varnish fighters are prisoners of war, officials said.", 9),
])
def test_captives(text: str, value: int) -> None:
    assert _claims(text)[value].state == "captured"


@pytest.mark.parametrize("text, value", [
    ("Two of my cousins and their father were killed in the blast, she said.", 2),
    ("Four of our grandchildren were killed when the wall fell.", 4),
    ("Three of his nephews died in the flood, the farmer said.", 3),
])
def test_kin_are_people(text: str, value: int) -> None:
    assert _claims(text)[value].state == "killed"


@pytest.mark.parametrize("text, value, state", [
    ("As many as 412, or more than half of the deaths, were recorded in Brask province.", 412, "killed"),
    ("The ministry said 800 people died and 1,900 were hurt. Some 530, or nearly a third of the injured, "
     "were treated in Orla.", 530, "wounded"),
    ("About 260, or 40% of the dead, were found in Kesso district.", 260, "killed"),
])
def test_a_figure_restated_as_a_share_of_a_group(text: str, value: int, state: str) -> None:
    assert _claims(text)[value].state == state


@pytest.mark.parametrize("text, value", [
    ("The number of killed and injured Tessian soldiers fighting alongside Varnish forces in Brask has "
     "surpassed 3,000, the president said.", 3000),
    ("According to early estimates, the number of killed and wounded Varnish fighters in Orla has already "
     "exceeded 2,000 people.", 2000),
    ("Now, the number of wounded and killed Tessian soldiers in Brask exceeds 4 thousand people.", 4000),
])
def test_the_number_of_killed_and_wounded_is_casualties(text: str, value: int) -> None:
    assert _claims(text)[value].state == "casualties"


@pytest.mark.parametrize("text, value", [
    ('Marl told reporters: "Some 31 Orlanis are hurt, 90 cannot be found, and more than 620 have now '
     'enlisted with the Tessian forces."', 620),
    ('"Just look at this example, 9,000 have arrived. Today 1,800 killed or wounded," he said.', 9000),
    ("Officials said some 45 had defected since March.", 45),
])
def test_a_bare_figure_who_arrive_or_enlist(text: str, value: int) -> None:
    assert _claims(text)[value].state == "present"


@pytest.mark.parametrize("text, value, state", [
    ("The two wounded soldiers were treated in Orla and are now held by the Tessian guard.", 2, "wounded"),
    ("The three injured climbers were flown to Brask, rescuers said.", 3, "wounded"),
])
def test_the_n_harmed_is_a_figure(text: str, value: int, state: str) -> None:
    assert _claims(text)[value].state == state


def test_the_n_without_harm_still_refers_back() -> None:
    assert 2 not in _claims("The two leaders met in Orla on Friday and spoke for an hour.")


@pytest.mark.parametrize("text, value", [
    ("Families of 349 Orlanis have submitted requests to the ministry.", 349),
    ("So far, relatives of 80 Varnian sailors have written to the navy.", 80),
    ("Over 300 family members have lodged complaints with the ministry.", 300),
    ("Already, 140 Orlanis are known to have acquired Tessian citizenship.", 140),
    ("About 60 Varnish workers have obtained Tessian passports, the office said.", 60),
])
def test_counts_the_sentence_says_nothing_of(text: str, value: int) -> None:
    assert _claims(text)[value].state is None


@pytest.mark.parametrize("text, value, state", [
    ("Families of 30 dead miners gathered outside the court.", 30, "killed"),
    ("At least 400 Orlanis are now serving in the Tessian army.", 400, "present"),
])
def test_counts_that_say_their_state_keep_it(text: str, value: int, state: str) -> None:
    assert _claims(text)[value].state == state


@pytest.mark.parametrize("text, value, state", [
    ("Officials said that at least ten Orlanese serving in the Tessian Army have been killed since the war began.",
     10, "killed"),
    ("Arno Vell, along with 10 other Orlanis, was killed in the fighting.", 10, "killed"),
    ("The captain, together with four of his crew, was rescued on Monday.", 4, "rescued"),
    ("Tesk Orlan, along with three other Varnish workers, went missing near the border.", 3, "missing"),
])
def test_the_predicate_of_a_group_beside_or_after_a_name(text: str, value: int, state: str) -> None:
    assert _claims(text)[value].state == state


@pytest.mark.parametrize("text, value, state", [
    ("Many bodies were swept away and more than 900 have been buried in mass graves, the agency said.", 900, "killed"),
    ("Some 300 were buried in a cemetery outside Brask, officials said.", 300, "killed"),
    ("About 40 people remain buried under the rubble, rescuers said.", 40, "missing"),
])
def test_buried_in_graves_are_dead_under_rubble_missing(text: str, value: int, state: str) -> None:
    assert _claims(text)[value].state == state


@pytest.mark.parametrize("text, value", [
    ("Two dams gave way on Monday and 300 homes were destroyed. Of those who died, at least 145 were "
     "Orlanese, officials in Brask said on Tuesday.", 145),
    ("The quake flattened 80 homes. Of those killed, 12 were children, the agency said.", 12),
])
def test_of_those_killed_at_a_sentence_start_after_other_figures(text: str, value: int) -> None:
    assert _claims(text)[value].state == "killed"


@pytest.mark.parametrize("text, value", [
    ("Officials said at least 55 children were poisoned from drinking dirty water in Orla.", 55),
    ("The agency had found at least 40 children poisoned by polluted wells.", 40),
    ("Floods killed 12 children, and 30 more were poisoned by the water.", 30),
])
def test_the_poisoned_are_harmed_not_dead(text: str, value: int) -> None:
    assert _claims(text)[value].state == "wounded"
