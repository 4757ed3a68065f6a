"""Frames of war figures in shapes a probe round on deployment and casualty pages left wrong
(fictional text in real page shapes): hedged estimates of losses, estimated ranges, warnings that
tell what already happened, presumed deaths beside plain missing counts."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

_LOSSES = """Ostrian losses pass 90,000, Valdor's defence ministry says

12 March 2025

Valdor's Defence Ministry said on Tuesday that Ostrian forces had likely suffered around 90,000 casualties since the invasion began.

As the ministry's analysts see it, from 3 January 2023 to January 2025 the Ostrian regular army likely suffered between 40,000 and 55,000 personnel wounded and approximately 12,000 killed.

That yields an estimated span of between 66,000 and 80,000 Ostrian casualties in all. The midpoint of that estimate range is 73,000.

In a later note the ministry said Ostrian units had probably sustained roughly 95,000 casualties.

The Varn Food Agency has raised the alarm over the deepening crisis, warning of hunger, with over three million people having fled the country.

Six sailors are presumed dead and 14 others are still missing after the ferry went down, the coast guard said on Monday.
"""


def test_a_hedge_on_losses_already_suffered_is_an_estimate() -> None:
    art, claims = page_claims(_LOSSES)
    assert claim_at(art, claims, "around 90,000").modality == "estimated"
    assert claim_at(art, claims, "roughly 95,000").modality == "estimated"


def test_every_figure_a_hedged_verb_governs_is_an_estimate() -> None:
    art, claims = page_claims(_LOSSES)
    c = claim_at(art, claims, "between 40,000")
    assert (c.state, c.modality) == ("wounded", "estimated")
    c = claim_at(art, claims, "approximately 12,000")
    assert (c.state, c.modality) == ("killed", "estimated")


def test_an_estimated_span_and_the_midpoint_of_an_estimate_are_estimates() -> None:
    art, claims = page_claims(_LOSSES)
    c = claim_at(art, claims, "66,000")
    assert (c.low, c.high, c.modality) == (66000.0, 80000.0, "estimated")
    assert c.source is None or "estimat" not in (c.source.text or "")
    assert claim_at(art, claims, "73,000").modality == "estimated"


def test_a_warning_that_tells_who_has_fled_is_no_projection() -> None:
    art, claims = page_claims(_LOSSES)
    c = claim_at(art, claims, "three million")
    assert (c.state, c.modality) == ("displaced", "reported")


def test_presumed_dead_does_not_spread_to_a_missing_count_with_its_own_verb() -> None:
    art, claims = page_claims(_LOSSES)
    assert claim_at(art, claims, "Six").modality == "estimated"
    c = claim_at(art, claims, "14 others")
    assert (c.state, c.modality) == ("missing", "reported")


_HARM = """Clashes near Varn leave scores dead

The fighting around Varn has claimed the lives of 75 civilians and left 410 others hurt, the regional health director said.

The army announced that 30 rebels were slain near the ridge and that three soldiers were lost.

"From what I have heard, more than 60 people were killed and over 12 are in captivity," the commander told his followers.

A port source said five crew members had been badly burned and two were missing after the blast.

On March 2 the defence minister said that in February the Varn army lost over 9,000 servicemen, and more than 300 of its guns were destroyed.
"""


def test_the_lives_a_war_claims_are_its_dead() -> None:
    art, claims = page_claims(_HARM)
    c = claim_at(art, claims, "75 civilians")
    assert c.state == "killed"
    assert claim_at(art, claims, "410").state == "wounded"


def test_rebels_slain_are_killed() -> None:
    art, claims = page_claims(_HARM)
    assert claim_at(art, claims, "30 rebels").state == "killed"
    assert claim_at(art, claims, "three soldiers").state == "killed"


def test_people_in_captivity_are_captured() -> None:
    art, claims = page_claims(_HARM)
    assert claim_at(art, claims, "over 12").state == "captured"


def test_people_badly_burned_are_wounded() -> None:
    art, claims = page_claims(_HARM)
    assert claim_at(art, claims, "five crew").state == "wounded"
    assert claim_at(art, claims, "two were").state == "missing"


def test_a_force_the_verb_before_lost_is_its_loss_however_the_parse_hangs_it() -> None:
    art, claims = page_claims(_HARM)
    c = claim_at(art, claims, "over 9,000")
    assert c.state in ("killed", "casualties")


_CARRIED = """Volunteers flock to Ostria

Published 8 February 2025

In July 2024, the Valdor defence ministry reported that since March 2022 a total of 9,600 volunteers from 40 countries had arrived in Ostria to fight. The largest groups came from Pellan (more than 2,100 people), Sorrin (over 700 people) and Kesk (more than 600 people).

On February 2 the defence minister Arno Pell said that Ostria lost over 9,000 servicemen in January. In total, Ostria has lost more than 120,000 people since the beginning of the war.

"According to my information, more than 60 people were killed," the commander told his followers.
"""


def test_a_statement_carried_on_from_the_sentence_before_dates_the_figure_that_day() -> None:
    art, claims = page_claims(_CARRIED)
    c = claim_at(art, claims, "more than 120,000")
    assert c.source is not None and c.source.name == "Arno Pell"
    assert (c.as_of, c.as_of_basis) == ("2025-02-02", "reported")


def test_where_the_counted_come_from_does_not_stop_the_carried_source() -> None:
    art, claims = page_claims(_CARRIED)
    c = claim_at(art, claims, "more than 2,100")
    assert c.source is not None and "ministry" in (c.source.text or "").lower()
    assert (c.as_of, c.as_of_basis) == ("2024-07", "reported")


def test_according_to_my_information_is_the_speaker_speaking() -> None:
    art, claims = page_claims(_CARRIED)
    c = claim_at(art, claims, "more than 60 people were")
    assert c.source is not None and c.source.text == "the commander"


_SIZES = """Varn war toll nears 50,000

4 May 2025

The combined number of Varn and Ostrian troops killed or wounded since the fighting started a year and a half ago is close to 50,000, officials said on Friday.

Varn has around 50,000 troops, counting active-duty and reserve units, according to analysts.

The Kessel institute puts Ostrian deaths at around 25,000 and total casualties, including the wounded, at nearly 95,000, the Herald reported.
"""


def test_a_force_a_side_has_is_its_size_not_the_losses_of_the_same_number() -> None:
    art, claims = page_claims(_SIZES)
    assert claim_at(art, claims, "50,000, officials").state == "casualties"
    c = claim_at(art, claims, "around 50,000")
    assert c.state == "present"
    assert "killed" not in (c.measure or "")


def test_each_figure_after_at_values_the_noun_before_it() -> None:
    art, claims = page_claims(_SIZES)
    c = claim_at(art, claims, "around 25,000")
    assert c.state == "killed" and "deaths" in (c.measure or "")
    c = claim_at(art, claims, "nearly 95,000")
    assert c.state == "casualties" and "casualties" in (c.measure or "")


_MORE = """Kessel forces publish their losses

8 October 2025

The Kessel Defence Forces said on Sunday that at least 410 have lost their lives since the border war began last autumn.

The Pellan ministry says over a million Ostrian soldiers have died or suffered injuries in two years of fighting.

Back then, officials conceded in private that the true figures were closer to 90,000 killed and wounded.

A harbour official said three mariners had been badly burned when the tanker was hit.

In June 2025, the Varn interior ministry reported that a total of 5,200 foreign fighters had arrived in Ukraine since the war began. Most came from Poland (more than 1,900 people), then the US and Canada (over 800 people) and Georgia (more than 500 people).
"""


def test_a_bare_count_of_those_who_lost_their_lives_is_a_death_toll() -> None:
    art, claims = page_claims(_MORE)
    c = claim_at(art, claims, "at least 410")
    assert (c.value, c.qualifier, c.state) == (410.0, "at_least", "killed")


def test_died_or_suffered_injuries_is_casualties() -> None:
    art, claims = page_claims(_MORE)
    assert claim_at(art, claims, "over a million").state == "casualties"


def test_closer_to_is_nearly() -> None:
    art, claims = page_claims(_MORE)
    c = claim_at(art, claims, "closer to 90,000")
    assert (c.qualifier, c.state) == ("nearly", "casualties")


def test_burned_mariners_are_wounded() -> None:
    art, claims = page_claims(_MORE)
    assert claim_at(art, claims, "three mariners").state == "wounded"


def test_a_list_of_countries_of_origin_keeps_the_carried_source() -> None:
    art, claims = page_claims(_MORE)
    for words in ("more than 1,900", "over 800", "more than 500"):
        c = claim_at(art, claims, words)
        assert c.source is not None and "ministry" in (c.source.text or "").lower(), words
        assert c.as_of == "2025-06", words


_THEN = """Varn war casualties near 50,000, officials say

23 August 2025

The government's most recent public tally of casualties came in November, when Gen. Arno Pell, the chief of staff, said that more than 20,000 troops of either army were dead or wounded after the fighting started in March 2024. At the time, officials told colleagues in private that the true numbers were closer to 25,000 killed and wounded.
"""


def test_a_statement_in_a_when_clause_takes_the_date_the_clause_hangs_on() -> None:
    art, claims = page_claims(_THEN)
    c = claim_at(art, claims, "more than 20,000")
    assert (c.as_of, c.as_of_basis, c.state) == ("2024-11", "reported", "casualties")


def test_at_the_time_is_the_time_of_the_figure_before() -> None:
    art, claims = page_claims(_THEN)
    c = claim_at(art, claims, "closer to 25,000")
    assert (c.as_of, c.qualifier) == ("2024-11", "nearly")


def test_the_date_of_a_since_clause_starts_the_count_and_does_not_date_it() -> None:
    art, claims = page_claims(_SIZES.replace("since the fighting started a year and a half ago",
                                             "since the war in Ostria began 18 months ago"))
    c = claim_at(art, claims, "50,000, officials")
    assert c.state == "casualties"
    assert c.as_of == "2025-05-02" or c.as_of_basis == "published"


def test_a_qualifier_read_as_a_preposition_leaves_the_figure_the_subject_of_the_verb_after() -> None:
    art, claims = page_claims(_HARM.replace("over 12 are in captivity,", "over 12 are in captivity from that raid,"))
    assert claim_at(art, claims, "over 12").state == "captured"


_CONCLUDED = """Ostria losses mount

4 December 2025

As the ministry's analysts count them, from 24 March 2023 to November 2025 the Ostrian regular army likely suffered between 18,000 and 24,000 wounded and approximately 5,000 killed.

Therefore, in all, the Ostrian side has likely suffered some 22,000-28,000 wounded and approximately 7,000 killed.

Overall, 300 people attended the memorial in the capital.
"""


def test_a_paragraph_drawing_the_conclusion_of_the_one_before_keeps_its_source() -> None:
    art, claims = page_claims(_CONCLUDED.replace("As the ministry's analysts count them,", "According to the analysts,"))
    c = claim_at(art, claims, "22,000-28,000")
    assert c.source is not None and c.source.text is not None and "analysts" in c.source.text
    assert c.modality == "estimated"
    assert claim_at(art, claims, "300 people").source is None


def test_a_comparison_with_another_country_keeps_the_speaker() -> None:
    text = ("Armies compared\n\n4 December 2025\n\nPoland has around 50,000 soldiers under arms, counting reserve units, "
            "according to analysts. By contrast, Germany has almost triple that number, with 133,000 regular and reserve soldiers.\n")
    art, claims = page_claims(text)
    c = claim_at(art, claims, "133,000")
    assert c.state == "present"
    assert c.source is not None and c.source.text == "analysts"


_MOVES = """Varn troops leave Kessel

4 December 2025

About 1,200 Varn soldiers were rotated out of the Kessel region last week, two officials told the Herald on Tuesday.

The army said it had neutralised 45 militants and eliminated 12 commanders over the past year.

Some 4,000 fighters have died since the spring of 2022, the institute said, cited by the Kessel Times.
"""


def test_a_force_rotated_out_is_withdrawn() -> None:
    art, claims = page_claims(_MOVES)
    assert claim_at(art, claims, "About 1,200").state == "withdrawn"


def test_commanders_eliminated_are_killed() -> None:
    art, claims = page_claims(_MOVES)
    assert claim_at(art, claims, "45 militants").state == "killed"
    assert claim_at(art, claims, "12 commanders").state == "killed"


def test_an_outlet_citing_the_speaker_relays_the_figure() -> None:
    art, claims = page_claims(_MOVES)
    c = claim_at(art, claims, "Some 4,000")
    assert c.source is not None and c.source.text == "the institute"
    assert [v.name for v in c.via] == ["Kessel Times"]


def test_a_participle_right_after_the_counted_says_what_happened_however_it_is_hung() -> None:
    text = ("Losses\n\n4 December 2025\n\nAccording to the analysts, between 2 March 2023 and October 2025, official "
            "Ostrian MoD troops probably sustained between 180,000 and 240,000 personnel wounded and some 45,000 killed.\n")
    art, claims = page_claims(text)
    c = claim_at(art, claims, "between 180,000")
    assert (c.low, c.high, c.state, c.modality) == (180000.0, 240000.0, "wounded", "estimated")


_FRONTED = """Officer losses

21 April 2025

Since Varn began its all-out war against Ostria, over 2,700 officers, with 310 holding the rank of colonel or above, have been killed in action in Ostria.

President Arno Pell claimed in February 2025 that 18,000 Varn soldiers had died in the war. He added that 3,100 Ostrian soldiers were also killed.
"""


def test_a_figure_hung_on_a_fronted_since_clause_is_the_subject_of_the_main_verb() -> None:
    art, claims = page_claims(_FRONTED)
    assert claim_at(art, claims, "over 2,700").state == "killed"


def test_he_added_goes_on_with_the_day_of_the_claim_before() -> None:
    art, claims = page_claims(_FRONTED)
    c = claim_at(art, claims, "3,100")
    assert (c.state, c.as_of) == ("killed", "2025-02")


def test_it_said_is_the_body_that_did_what_the_sentence_before_tells() -> None:
    text = ("Ship attack\n\n4 December 2025\n\nEarlier, a port source said four mariners had been badly burned "
            "and three were missing after the attack.\n\nOn Thursday, two of the dead were identified as Pellan "
            "crew members by the Pellan ministry for overseas workers. It said in a notice that two other Pellan nationals "
            "were severely injured in the attack.\n")
    art, claims = page_claims(text)
    c = claim_at(art, claims, "two other")
    assert c.state == "wounded"
    assert c.source is not None and c.source.name is not None and "ministry" in c.source.name


def test_an_estimate_that_the_true_figure_likely_passes_a_mark_is_an_estimate() -> None:
    text = ("Named dead\n\n21 April 2025\n\nThe two newsrooms have confirmed the names of 20,310 Varn soldiers killed "
            "since the war began. The outlets estimated that the real number probably exceeds 40,000.\n")
    art, claims = page_claims(text.replace("probably exceeds", "likely exceeds"))
    c = claim_at(art, claims, "40,000")
    assert c.modality == "estimated"
