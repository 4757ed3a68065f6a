"""Source, modality and as-of rules read from measured shapes, on fictional text (invented places, bodies,
numbers): a broadcaster's name that starts with a digit, unnamed "reports", a dateline's place, a speech verb
that declares a thing, a hedge about what goes on now, a confirmation noun, an earlier figure, a date that
names a cause, and a clause joined by "as" to a dated one."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_at, page_claims

DATED = "date 2025-03-12 Velmar news\n\n"


def _one(sentence: str, figure: str, dated: bool = False):  # type: ignore[no-untyped-def]
    art, claims = page_claims((DATED if dated else "Storm news from the Velmar coast\n\n") + sentence)
    return claim_at(art, claims, figure)


# -- source ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,figure,name", [
    ("The toll rose to 912 on Monday evening, state-run broadcaster 7K said, with 300 people hurt.", "912", "7K"),
    ("Floods have killed 64 people in Orsk, public channel 3V reported on Friday.", "64", "3V"),
    ("The death toll climbed to 418 on Saturday night, private broadcaster 9R said, while 52 were missing.",
     "418", "9R"),
])
def test_a_broadcaster_name_that_starts_with_digits(sentence: str, figure: str, name: str) -> None:
    c = _one(sentence, figure)
    assert c.source is not None and name in (c.source.name or "").split()  # the whole name, never "K" alone


@pytest.mark.parametrize("sentence,figure", [
    ("Reports indicate that around 4,000 fighters are stationed near the Orsa river.", "4,000"),
    ("Reports suggest some 700 families fled the valley overnight.", "700"),
])
def test_unnamed_reports_that_hint_are_no_source(sentence: str, figure: str) -> None:
    assert _one(sentence, figure).source is None


def test_reports_that_say_still_relay() -> None:
    c = _one("Nearly all of the 90,000 residents on the rolls cast ballots in Orsk, reports said.", "90,000")
    assert c.source is not None and "reports" in (c.source.text or "").lower()


@pytest.mark.parametrize("text,figure,name", [
    ("Velmar has sent more than 400 engineers to the Orsa front, some of whom were wounded. Several more were "
     "captured by rebels. This was stated by Velmar's Defence Minister Ana Loris in an interview.", "400", "Loris"),
    ("At least 75 houses collapsed in Orsk. Roads were blocked for hours. This was reported by the regional council.",
     "75", "council"),
])
def test_this_was_stated_by_credits_the_paragraphs_run(text: str, figure: str, name: str) -> None:
    c = _one(text, figure)
    assert c.source is not None and name in (c.source.name or "")


def test_a_sentence_between_that_names_its_own_speaker_stops_the_credit() -> None:
    c = _one("Velmar has sent more than 400 engineers to the Orsa front. The rebels said they had captured some of "
             "them. This was stated by the defence minister.", "400")
    assert c.source is None


@pytest.mark.parametrize("sentence,figure,words", [
    ("Lindau, March 4 (Reuters) - Velmar's health minister on Tuesday said 45 people had died of the fever.",
     "45", "minister"),
    ("Dornach, Feb 9 (VNA) Velmar's Interior Minister Tom Brask on Sunday said that around 60 fishermen "
     "have been reported missing.", "60", "Brask"),
])
def test_a_datelines_place_is_no_source(sentence: str, figure: str, words: str) -> None:
    c = _one(sentence, figure, dated=True)
    assert c.source is not None and words in (c.source.name or "")
    assert c.source.name not in ("Lindau", "Dornach")


@pytest.mark.parametrize("sentence,figure", [
    ("Officials declared two days of national grief after the magnitude 5.9 tremor killed more than 410 "
     "people and injured 780, with hundreds left without shelter.", "410"),
    ("The governor announced a curfew across Orsk after the riots killed 23 people and injured 90, "
     "with many shops burned.", "23"),
])
def test_a_verb_that_declares_a_thing_does_not_give_the_figure(sentence: str, figure: str) -> None:
    assert _one(sentence, figure).source is None


@pytest.mark.parametrize("sentence,figure,name", [
    ("The ministry told reporters the storm had killed 37 people.", "37", "ministry"),
    ("The agency confirmed the deaths of 45 people in the flood.", "45", "agency"),
])
def test_a_speech_verb_with_a_person_or_a_count_still_gives_it(sentence: str, figure: str, name: str) -> None:
    c = _one(sentence, figure)
    assert c.source is not None and c.source.name == name


# -- modality ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,figure", [
    ("The mayor said last week that more than 300 Velmarians could be serving in foreign militias.", "300"),
    ("Aid groups said up to 2,000 families may be living in tents near Orsk.", "2,000"),
    ("Officials fear that 80 miners might be sheltering deep in the shaft.", "80"),
])
def test_a_hedge_about_what_goes_on_now_is_an_estimate(sentence: str, figure: str) -> None:
    assert _one(sentence, figure).modality == "estimated"


@pytest.mark.parametrize("sentence,figure", [
    ("The army said it could be sending 600 more troops to the border next month.", "600"),
    ("The toll could climb to 500 in the coming days, the agency said.", "500"),
])
def test_what_looks_ahead_stays_projected(sentence: str, figure: str) -> None:
    assert _one(sentence, figure).modality == "projected"


@pytest.mark.parametrize("sentence,figure", [
    ("With the confirmation of six more deaths, the interior ministry on Friday put the toll at 57.", "six"),
    ("Following the confirmation of 14 new cases, the health office closed two schools.", "14"),
    ("After the confirmation of nine further fatalities, rescue teams widened the search.", "nine"),
])
def test_the_confirmation_of_a_count_confirms_it(sentence: str, figure: str) -> None:
    assert _one(sentence, figure).modality == "confirmed"


# -- as of -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,figure", [
    ("The previous toll from the floods as reported by the regional council was 820.", "820"),
    ("The Red Cross had previously said that the storm had killed 950 people.", "950"),
    ("The army put the number of dead at 61, up from a previous count of 44.", "44"),
    ("The coast guard initially put the number of missing sailors at 35.", "35"),
])
def test_an_earlier_figure_is_not_dated_by_the_page(sentence: str, figure: str) -> None:
    assert _one(sentence, figure, dated=True).as_of is None


def test_the_current_figure_beside_an_earlier_one_keeps_the_page_day() -> None:
    c = _one("The army put the number of dead at 61, up from a previous count of 44.", "61", dated=True)
    assert c.as_of == "2025-03-12"


@pytest.mark.parametrize("sentence,figure", [
    ("ORSK, March 12 (VNA) -- The Velmar Ministry of Health said Wednesday that 1,210 people were confirmed "
     "dead and 3,400 others were hurt due to the powerful cyclone of last Friday.", "1,210"),
    ("The rescue office said on Wednesday that 96 people had died in the landslide of last Saturday.", "96"),
])
def test_a_date_that_names_the_cause_does_not_date_the_count(sentence: str, figure: str) -> None:
    assert _one(sentence, figure, dated=True).as_of == "2025-03-12"


@pytest.mark.parametrize("sentence,figure,day", [
    ("Fishermen searched the bay for their relatives on Monday as the toll from the cyclone rose to more "
     "than 340.", "340", "2025-03-10"),
    ("Rescuers dug through mud in Orsk on Sunday as the number of dead climbed to 212, while hundreds "
     "remained missing.", "212", "2025-03-09"),
])
def test_an_as_clause_holds_when_its_dated_clause_does(sentence: str, figure: str, day: str) -> None:
    assert _one(sentence, figure, dated=True).as_of == day


@pytest.mark.parametrize("sentence,figure", [
    ("According to the Velmari consulate in Orsk, DNA tests are underway for more than 30 Velmari citizens "
     "thought to have died while serving abroad.", "30"),
    ("Police said searches continue for 18 Orsk fishermen feared drowned off the cape.", "18"),
])
def test_a_belief_said_of_the_counted_noun_is_an_estimate(sentence: str, figure: str) -> None:
    assert _one(sentence, figure).modality == "estimated"


@pytest.mark.parametrize("sentence,figure,name", [
    ("With the confirmation of three latest deaths of Chilean nationals, the Ministry of Foreign Affairs on "
     "Friday put the total fatalities at 27.", "27", "Ministry of Foreign Affairs"),
    ("With the recovery of three more bodies, the Orsk Rescue Agency on Sunday raised the toll to 51.", "51",
     "Orsk Rescue Agency"),
])
def test_the_body_that_sets_the_toll_after_a_fronted_phrase(sentence: str, figure: str, name: str) -> None:
    c = _one(sentence, figure)
    assert c.source is not None and c.source.name == name


@pytest.mark.parametrize("sentence,figure,words", [
    ("According to fresh figures obtained from the national fire service, the blaze killed 57 workers.", "57",
     "fire service"),
    ("According to data obtained from the coast guard, the ferry fire killed 88 passengers.", "88", "coast guard"),
    ("According to the newest official numbers received from the regional Minister of Health, Ivo Tarrant, the "
     "storm took the lives of 1,412 people.", "1,412", "Minister of Health"),
])
def test_figures_received_from_a_body_are_its_figures(sentence: str, figure: str, words: str) -> None:
    c = _one(sentence, figure)
    assert c.source is not None and words in (c.source.name or "")
