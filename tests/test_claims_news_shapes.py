"""Frames of figures in shapes seen on real news of new stories (fictional text written in
the same shapes): parts of a total by place, people whose safety is unconfirmed, relays
closing a sentence ("..., according to a Meridian report"), quoting agencies, confirmed
totals, beliefs and plans, and numbers that are no figures (list items, scale readings)."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

BREAKDOWN = """Storm toll rises in Norland

The safety of 95 people remains unknown in the region. Rain is expected to slow the search.

According to the Velka regional office, the number of people killed in the storm has risen to 84. Of these, 40 were in Velka, 22 in Orsk City, nine in Tarn and two each in the towns of Bel and Ark.

According to Norland's NTV, the number of deaths in the region has increased to 44. There were 31 cases in Velka City, 12 cases in Orsk City and 1 death in Tarn. The safety of 150 people remains unconfirmed in the region.
"""


def test_parts_of_a_total_by_place_count_what_the_total_counts() -> None:
    art, claims = page_claims(BREAKDOWN)
    for words in ("40", "22", "nine"):
        c = claim_at(art, claims, words)
        assert (c.state, c.measure) == ("killed", "people killed"), (words, c.state, c.measure)
    for words in ("31", "12"):
        c = claim_at(art, claims, words)
        assert c.state == "killed" and c.measure is not None and "death" in c.measure, (words, c.state, c.measure)
    for words in ("150", "95"):
        assert claim_at(art, claims, words).state == "missing", words


def test_a_disease_count_after_a_total_of_cases_stays_cases() -> None:
    art, claims = page_claims("""Fever in Norland

Health officials said 300 people have fallen ill. There were 120 cases in Velka and 80 cases in Tarn.
""")
    assert claim_at(art, claims, "120").state != "killed"


RELAYS = """Quake in Norland

Marshal Oren Velk said that the quake had claimed at least 900 lives, according to a Meridian report.

State-run television NTV reported that 320 people have now been found dead, according to a statement from the military council.

The death toll has risen to 820, the Ruvia news agency quoting the ruling council has said.
"""


def test_a_closing_relay_and_a_statement_behind_a_broadcaster() -> None:
    art, claims = page_claims(RELAYS)
    c = claim_at(art, claims, "at least 900")
    assert c.source is not None and c.source.name == "Oren Velk", c.source
    assert c.via and "Meridian" in (c.via[0].name or c.via[0].text or ""), c.via
    c = claim_at(art, claims, "320")
    assert c.source is not None and "council" in (c.source.name or c.source.text or ""), c.source
    assert c.via and "NTV" in (c.via[0].name or c.via[0].text or ""), c.via
    c = claim_at(art, claims, "820")
    assert c.source is not None and "council" in (c.source.name or c.source.text or ""), c.source
    assert c.via and "Ruvia" in (c.via[0].name or c.via[0].text or ""), c.via


def test_confirmed_totals_beliefs_and_plans() -> None:
    art, claims = page_claims("""Quake in Norland

A total of 64 people were confirmed dead in the region, according to the Velka regional office. The confirmed death toll is 13, with 74 people still missing.

It is believed that around 300 Velkans are currently serving in the Norland army.

The Defence Ministry on Thursday will present plans to the cabinet to send up to 5,000 more troops to the region, officials said.
""")
    assert claim_at(art, claims, "64").modality == "confirmed"
    assert claim_at(art, claims, "13").modality == "confirmed"
    assert claim_at(art, claims, "74").modality == "reported"
    assert claim_at(art, claims, "around 300").modality == "estimated"
    assert claim_at(art, claims, "up to 5,000").modality == "projected"


def test_list_numbers_and_scale_readings_are_no_figures() -> None:
    art, claims = page_claims("""Velkans killed in Norland war

Seven more Velkans have died while serving in the Norland army.

Velkans killed recently

  1. Aro Benn – Velka
  2. Tam Orr – Tarn
  3. Iko Dem – Bel

The toll of the magnitude 7 earthquake has now risen to 2,960. The death toll in the earthquake that measured 6.8 on the Richter scale has gone up to 2,497. The quake registered 7, the highest level on the intensity scale, in Tarn. It measured 7 — the highest level — in Bel. It registered upper 6 elsewhere. A magnitude 6.1 aftershock followed and 14 people were hurt.
""")
    assert sorted(c.value for c in claims) == [7, 14, 2497, 2960]


def test_a_tally_of_a_group_said_killed() -> None:
    art, claims = page_claims("""Three more Tarnis die

The ministry on Tuesday confirmed the death of three more Tarnis serving in the Norland army.
This takes the official tally of Tarnis killed in the Norland-Ostria war to ten.
""")
    c = claim_at(art, claims, "ten")
    assert (c.state, c.measure) == ("killed", "Tarnis killed"), (c.state, c.measure)


def test_a_surname_the_tagger_cut_off_and_a_nested_addition() -> None:
    art, claims = page_claims("""Quake toll in Norland

Norland Council Chief Tor Arvel Wendt in a televised address said that the death toll has claimed at least 2,719 lives, according to a Meridian report.
Wendt added that the death toll may exceed 3,000, it added. The quake was the strongest in a century.

The death toll has risen to 1,644, the Ruvia news agency quoting the ruling junta has said.
""")
    c = claim_at(art, claims, "at least 2,719")
    assert c.source is not None and c.source.name is not None and c.source.name.endswith("Wendt"), c.source
    c = claim_at(art, claims, "3,000")
    assert c.source is not None and c.source.name is not None and c.source.name.endswith("Wendt"), c.source
    c = claim_at(art, claims, "1,644")
    assert c.source is not None and "junta" in (c.source.text or ""), c.source


def test_notes_issued_by_a_ministry_event_clauses_hostages_odd_counts_and_as_estimated() -> None:
    art, claims = page_claims("""Velkans die in Norland army

According to a press note issued by the Ministry of Foreign Affairs of Velka, seven more Velkan people who joined the Norland army were killed.

Tarn and Velka have warned their citizens not to be lured by traffickers, after it emerged that hundreds of their nationals were fighting as mercenaries.

The ministry said diplomatic efforts are on to release one Velkan soldier, who has been made hostage by Ostria while serving in the Norland army.

"We understand that something like 20-odd people are stuck," the spokesperson said.

There were 89 cases of active search for missing after the storm, the authorities said.

The previous death toll from the floods as estimated by health authorities of Orsk was 5,500.

The ministry said the death toll rose to 50 after 12 more bodies were recovered in Velka.
""")
    c = claim_at(art, claims, "seven")
    assert c.source is not None and "Ministry of Foreign Affairs" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "hundreds")
    assert c.source is None and c.modality == "reported", (c.source, c.modality)
    assert claim_at(art, claims, "one Velkan").state == "captured"
    assert claim_at(art, claims, "20-odd").qualifier == "about"
    assert claim_at(art, claims, "89").state == "missing"
    c = claim_at(art, claims, "5,500")
    assert c.source is not None and "health authorities" in (c.source.text or ""), c.source
    assert c.modality == "estimated"
    c = claim_at(art, claims, "12")
    assert c.source is not None and "ministry" in (c.source.text or "").lower(), c.source


def test_a_headline_participle_says_what_happened() -> None:
    art, claims = page_claims("""Norland war: the latest

The war entered its third year on Monday, with fighting along the whole front.

Six Velkans killed fighting for Norland

Velka said Monday that six citizens had been killed while serving in the Norland army.
""")
    c = claim_at(art, claims, "Six")
    assert (c.state, c.measure) == ("killed", "Velkans killed"), (c.state, c.measure)


def test_every_figure_of_a_relayed_statement_a_court_of_a_region_an_agency_and_names_made_public() -> None:
    art, claims = page_claims("""Quake in Norland

State-run television NTV reported that 694 people have now been found dead and another 1,670 injured, according to a statement from the military-led government.

At least 89 people remain unaccounted for, the high court of the Orsk region said.

Jana Roe, the Red Crescent secretary-general, told The Associated Press news agency another 10,100 people are reported missing in the city.

The Velkan Foreign Ministry on Monday made public the names of six Velkan nationals who lost their life while working for the Norland army.
""")
    for words in ("694", "1,670"):
        c = claim_at(art, claims, words)
        assert c.source is not None and "government" in (c.source.name or ""), (words, c.source)
        assert [v.name for v in c.via] == ["NTV"], (words, c.via)
    c = claim_at(art, claims, "At least 89")
    assert c.source is not None and "court" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "10,100")
    assert len(c.via) == 1 and "Associated Press" in (c.via[0].name or ""), c.via
    c = claim_at(art, claims, "six")
    assert c.source is not None and "Foreign Ministry" in (c.source.name or ""), c.source


def test_a_figure_named_again_keeps_what_happened() -> None:
    art, claims = page_claims("""Floods in Orsk

Officials confirmed on Tuesday that there are 89 active cases of missing persons after the floods in Orsk.

The officials said that these 89 active cases should be set against the 62 bodies not yet identified.
""")
    c = claim_at(art, claims, "89", 1)
    assert c.state == "missing", (c.state, c.measure)


def test_another_group_of_the_same_size_is_not_the_figure_again() -> None:
    art, claims = page_claims("""Velkans killed in Norland war

The Velkan foreign ministry said on Tuesday that two Velkan nationals recruited by the Norland army were killed.

Earlier, at least two Velkans have been killed in the war. At least two other Velkans died earlier this year while fighting for Norland.
""")
    assert claim_at(art, claims, "two").source is not None
    for words, n in (("at least two", 0), ("At least two", 0)):
        c = claim_at(art, claims, words, n)
        assert c.source is None, (words, c.source)
