"""Frames of figures on pages of shapes the probe round of issue 10 met on unseen pages (fictional
text in real page shapes): South Asian magnitudes, counted dash ranges, relays closing a sentence,
denials, classes of cases, people put up in camps."""

from __future__ import annotations

from dossier.extract.quantities import find_quantities
from tests.claims_helpers import claim_at, page_claims


def _values(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(q.text, q.value, q.low, q.high) for q in find_quantities(text)]


def test_lakh_crore_and_indian_digit_groups() -> None:
    assert _values("Over 2.27 lakh people are sheltered in camps.") == [("Over 2.27 lakh", 227_000.0, None, None)]
    assert _values("Today 2,27,335 people are housed in camps.") == [("2,27,335", 227_335.0, None, None)]
    assert _values("The state set aside Rs 10 crore for relief.")[0][1] == 100_000_000.0
    assert _values("and 1.2million are sheltering in the camps")[0][1] == 1_200_000.0
    # a western grouping and a list of small numbers stay what they were
    assert _values("1,234,567 people") == [("1,234,567", 1_234_567.0, None, None)]
    assert [v for _, v, _, _ in _values("scores 1,23 and 45")] == [1.0, 23.0, 45.0]


def test_dash_range_before_counted_people_is_a_range_not_a_score() -> None:
    assert _values("the Ostrian side has lost 4-5 servicemen, the ministry said") == [("4-5", None, 4.0, 5.0)]
    assert _values("Varnia won 3-1 in extra time") == []
    assert _values("a 2-3 loss to the Ravens") == []


def test_full_stop_after_a_month_and_a_dateline_colon_keep_the_figure() -> None:
    assert [v for _, v, _, _ in _values("They clashed on the night of 15/16 June. 17 Ostrian troops were hurt.")] == [15.0, 17.0]
    assert _values("Port Elias: 20 Ostrian soldiers killed in the pass, the army said.") == [("20", 20.0, None, None)]
    assert _values("Herrera: 4\nSmith: 6") == []  # ratings stay out


_WAR = """Ostrian army toll in Varn operation reaches 97

The number of Ostrian soldiers killed since the ground operation in the Varn Strip began has risen to 97, The Times of Kessel reported on Saturday, citing the Ostrian Defense Forces (ODF).

BRENNA, March 3 - Over the past few days, the Ostrian side has lost 4-5 servicemen, Valdor Defense Ministry told Trend on Monday.

News agency Brix, which on Tuesday reported 45 Valdorian casualties, modified its report a day later.

"The loss of lives on the Ostrian side includes an officer and two soldiers," the army said in a brief statement.

Valdor's Defense Ministry said its army units were attacked in the hills, killing one Valdorian serviceman. The ministry said the attack was thwarted, leaving all six attackers dead.

The ministry noted that the information disseminated by the Ostrian side that the Ostrian army allegedly killed three Valdorian servicemen is false.

Ostrian daily newspaper Kessel Dagblad also reported on Saturday that more than 5,000 soldiers had been injured.
"""


def test_closing_outlet_citing_a_force_relays_it() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "97")
    assert c.state == "killed"
    assert c.source is not None and c.source.name == "Ostrian Defense Forces"
    assert [v.name for v in c.via] == ["Times of Kessel"]


def test_told_an_outlet_relays_and_a_counted_range_is_killed() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "4-5")
    assert (c.low, c.high, c.qualifier, c.state) == (4.0, 5.0, "range", "killed")
    assert c.source is not None and "Defense Ministry" in (c.source.name or "")
    assert [v.name for v in c.via] == ["Trend"]


def test_which_reported_speaks_for_its_noun() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "45")
    assert c.source is not None and c.source.name == "Brix"


def test_loss_of_lives_counts_the_dead() -> None:
    art, claims = page_claims(_WAR)
    assert claim_at(art, claims, "two soldiers").state == "killed"


def test_one_serviceman_and_all_six_attackers_are_figures() -> None:
    art, claims = page_claims(_WAR)
    assert claim_at(art, claims, "one Valdorian").state == "killed"
    assert claim_at(art, claims, "six attackers").state == "killed"


def test_a_claim_called_false_is_denied() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "three Valdorian")
    assert (c.state, c.modality) == ("killed", "denied")


def test_descriptor_before_an_outlet_name_gives_the_name() -> None:
    art, claims = page_claims(_WAR)
    c = claim_at(art, claims, "5,000")
    assert c.source is not None and c.source.name == "Kessel Dagblad"
    assert c.state == "wounded"


_OUTBREAK = """Fever deaths rise in Valdoria

An outbreak of fever in Valdoria may have killed up to 36 people, out of 81 suspected cases, according to a new death toll released by the health ministry on Monday. The ministry said that 20 confirmed cases have been recorded, as well as 32 likely and 29 suspected as of September 29.

"We are now counting 20 people who are sick, and six who have sadly passed away due to this fever," Health Minister Anna Velk said.
"""


def test_classes_of_cases_are_counts_not_expectations() -> None:
    art, claims = page_claims(_OUTBREAK)
    assert claim_at(art, claims, "36").modality == "estimated"
    assert claim_at(art, claims, "81").modality == "reported"
    for words in ("20 confirmed", "32", "29"):
        c = claim_at(art, claims, words)
        assert (c.state, c.modality) == ("cases", "reported"), words


def test_passed_away_counts_the_dead() -> None:
    art, claims = page_claims(_OUTBREAK)
    assert claim_at(art, claims, "six who").state == "killed"
    assert claim_at(art, claims, "20 people").state == "cases"


_FLOOD = """Flood toll rises to 85 in Lanmark

KESTER, Aug 13 - Over 2,270 people are sheltered in relief camps, the governor said. In Lanmark, 5,351 people have been lodged in 240 camps. In Kester district, 17 deaths have been reported and over 6,000 people shifted to 209 camps. A total of 8.69 lakh people were still sheltered in 2,787 relief centres.
"""


def test_people_put_up_in_camps_are_displaced() -> None:
    art, claims = page_claims(_FLOOD)
    assert claim_at(art, claims, "2,270").state == "displaced"
    assert claim_at(art, claims, "5,351").state == "displaced"
    assert claim_at(art, claims, "6,000").state in ("displaced", "evacuated")
    c = claim_at(art, claims, "8.69 lakh")
    assert (c.value, c.state) == (869_000.0, "displaced")
    assert claim_at(art, claims, "17").state == "killed"


_QUAKE = """Quake toll climbs in Varnia

PORT ELIAS, May 4 (Wire) - The death toll from Saturday's earthquake in Varnia rose to 412 on Monday, officials said. Another 38 bodies were pulled from the rubble overnight.

Casualties by district: Lenna 140, Dorsk 96, Kester 51.

NAIROBI - The convoy attack killed 22 soldiers. Kessia 12, Ostria 7 and Burundia 3, the mission said.

Seventeen Ostrian troops who were critically injured in the clash succumbed to their injuries on Tuesday.

New Brenna: 20 Ostrian soldiers killed in Kessel Valley stand-off confirms Ostrian Army in a statement.
"""


def test_a_list_of_names_with_figures_counts_what_its_label_says() -> None:
    art, claims = page_claims(_QUAKE)
    for words in ("140", "96", "51"):
        assert claim_at(art, claims, words).state == "casualties", words
    for words in ("12,", "7 and", "3,"):
        assert claim_at(art, claims, words).state == "killed", words


def test_bodies_pulled_from_rubble_are_dead_and_the_wounded_who_succumbed_too() -> None:
    art, claims = page_claims(_QUAKE)
    assert claim_at(art, claims, "38").state == "killed"
    assert claim_at(art, claims, "Seventeen").state == "killed"


def test_a_closing_inverted_speech_verb_names_the_speaker() -> None:
    art, claims = page_claims(_QUAKE)
    c = claim_at(art, claims, "20 Ostrian")
    assert c.state == "killed"
    assert c.source is not None and "Ostrian Army" in (c.source.name or "")
    assert c.modality == "confirmed"


_DEPLOYMENT = """Valdorian troop losses mount in Kessel region

SEOUL, Jan 13 (Wire) - The number of Valdorian troops killed or injured has reached 3,000, President Anton Velk said in his nightly address.

Valdoria has sent an additional 3,000 troops, bringing the total to 14,000, the Joint Chiefs of Staff said.

Twelve more people died in hospital on Monday, officials said.

A relief convoy was hit near the border on Sunday. In the attack, Kessia and Ostria lost 12 and 7 soldiers respectively.
"""


def test_an_additional_group_of_the_same_size_is_a_new_figure() -> None:
    art, claims = page_claims(_DEPLOYMENT)
    assert claim_at(art, claims, "3,000", 0).state == "casualties"
    sent = claim_at(art, claims, "3,000", 1)
    assert sent.state == "present"
    assert claim_at(art, claims, "14,000").state == "present"


def test_a_small_number_met_again_does_not_take_an_earlier_source() -> None:
    art, claims = page_claims(_DEPLOYMENT)
    c = claim_at(art, claims, "12 and")
    assert c.state == "killed"
    assert c.source is None


_TOLL_DAYS = """Varnia quake toll tops 3,000

LENNA, April 2 (Wire) - The toll rose to 1,644, with 3,408 injured and 139 missing, the junta said in a statement quoted by state media.

The toll is likely to exceed 10,000, the survey warned, putting the probability at 71%.

Ostria has reported six deaths and 20 confirmed cases of the fever since the outbreak began, Health Minister Anna Velk announced late Saturday.
"""


def test_a_statement_quoted_by_media_is_relayed_by_them() -> None:
    art, claims = page_claims(_TOLL_DAYS)
    for words in ("1,644", "3,408", "139"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "junta", words
        assert [v.name for v in c.via] == ["state media"], words


def test_a_probability_is_no_count_of_the_toll() -> None:
    art, claims = page_claims(_TOLL_DAYS)
    assert claim_at(art, claims, "71%").state is None
    assert claim_at(art, claims, "10,000").modality in ("expected", "projected")


def test_a_country_reports_through_its_minister() -> None:
    art, claims = page_claims(_TOLL_DAYS)
    for words in ("six deaths", "20 confirmed"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Anna Velk", words
        assert c.via == (), words


def test_a_denial_is_not_carried_to_the_next_sentence() -> None:
    art, claims = page_claims("""Varnian losses mount near Tessa

KESTER, Feb 4 (Wire) - At least 40 Varnian soldiers were killed in the assault, the Kestrel agency reported, citing military officials.

The army denied reports that 200 soldiers had been captured. Another 15 bodies were found on Tuesday, bringing the toll to 55.
""")
    c = claim_at(art, claims, "40")
    assert c.source is not None and c.source.name == "military officials"
    assert [v.name for v in c.via] == ["Kestrel"]
    assert claim_at(art, claims, "200").modality == "denied"
    for words in ("15", "55"):
        c = claim_at(art, claims, words)
        assert c.state == "killed" and c.source is None, words


def test_a_dateline_place_before_the_dash_is_no_speaker() -> None:
    art, claims = page_claims("""Blast in Dorsk

DORSK, May 2 - The blast killed more than 20 people and injured 50, police said.
""")
    for words in ("more than 20", "50"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "police", words
    assert claim_at(art, claims, "more than 20").qualifier == "over"
    assert claim_at(art, claims, "50").qualifier == "exact"
