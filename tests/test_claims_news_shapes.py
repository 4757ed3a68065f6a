"""Frames of figures in shapes seen on real news of new stories (fictional text written in
the same shapes): parts of a total by place, people whose safety is unconfirmed, relays
closing a sentence ("..., according to a Meridian report"), quoting agencies, confirmed
totals, beliefs and plans, and numbers that are no figures (list items, scale readings)."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

BREAKDOWN = """Norland storm: toll climbs

Rain is expected to slow the search. The safety of 95 people is still unknown in the district.

According to the Velka district office, the number of people killed by the storm has now risen to 71. Of these, 33 were in Velka, nine in Tarn, 19 in Orsk City and two each in the villages of Ark and Bel.

According to Norland's NTV, the total number of deaths in the district has climbed to 52. There were 38 cases in Velka City, 13 cases in Orsk City and 1 death in Bel. The safety of 150 people remains unconfirmed across the district.
"""


def test_parts_of_a_total_by_place_count_what_the_total_counts() -> None:
    art, claims = page_claims(BREAKDOWN)
    for words in ("33", "19", "nine"):
        c = claim_at(art, claims, words)
        assert (c.state, c.measure) == ("killed", "people killed"), (words, c.state, c.measure)
    for words in ("38", "13"):
        c = claim_at(art, claims, words)
        assert c.state == "killed" and c.measure is not None and "death" in c.measure, (words, c.state, c.measure)
    for words in ("150", "95"):
        assert claim_at(art, claims, words).state == "missing", words


def test_a_disease_count_after_a_total_of_cases_stays_cases() -> None:
    art, claims = page_claims("""Fever in Norland

Health workers said 260 people have caught the fever. There were 110 cases in Velka and 70 cases in Bel.
""")
    assert claim_at(art, claims, "110").state != "killed"


RELAYS = """Quake in Norland

General Ivo Darr said that the tremor had claimed at least 730 lives, according to a Meridian report.

The number of dead has climbed to 640, the Ruvia news agency quoting the governing council has said.

State-run television NTV reported that 245 people have been confirmed dead so far, according to a statement issued by the military council.
"""


def test_a_closing_relay_and_a_statement_behind_a_broadcaster() -> None:
    art, claims = page_claims(RELAYS)
    c = claim_at(art, claims, "at least 730")
    assert c.source is not None and c.source.name == "Ivo Darr", c.source
    assert c.via and "Meridian" in (c.via[0].name or c.via[0].text or ""), c.via
    c = claim_at(art, claims, "245")
    assert c.source is not None and "council" in (c.source.name or c.source.text or ""), c.source
    assert c.via and "NTV" in (c.via[0].name or c.via[0].text or ""), c.via
    c = claim_at(art, claims, "640")
    assert c.source is not None and "council" in (c.source.name or c.source.text or ""), c.source
    assert c.via and "Ruvia" in (c.via[0].name or c.via[0].text or ""), c.via


def test_confirmed_totals_beliefs_and_plans() -> None:
    art, claims = page_claims("""Quake in Norland

A total of 58 people were confirmed dead across the district, the Velka relief office said. The confirmed death toll is 17, with 66 people still missing.

It is believed that around 240 Tarnis are now fighting in the Norland army.

On Friday the Defence Ministry will put plans before parliament to deploy up to 4,000 extra soldiers to the border, officials said.
""")
    assert claim_at(art, claims, "58").modality == "confirmed"
    assert claim_at(art, claims, "17").modality == "confirmed"
    assert claim_at(art, claims, "66").modality == "reported"
    assert claim_at(art, claims, "around 240").modality == "estimated"
    assert claim_at(art, claims, "up to 4,000").modality == "projected"


def test_list_numbers_and_scale_readings_are_no_figures() -> None:
    art, claims = page_claims("""Velkans killed in Norland war

Five more Velkans have lost their lives serving in the Norland army.

Velkans killed this month

  1. Edo Marr – Bel
  2. Ula Senn – Velka
  3. Rik Tal – Tarn

The toll from the magnitude 7 earthquake has now climbed to 3,120. The death toll in the tremor that measured 6.4 on the Richter scale has gone up to 2,385. The shaking registered 7, the highest level of the intensity scale, in Velka. It measured 7 — the highest level — in Ark. It registered upper 6 elsewhere. A magnitude 5.9 aftershock came next and 11 people were injured.
""")
    assert sorted(c.value for c in claims) == [5, 11, 2385, 3120]


def test_a_tally_of_a_group_said_killed() -> None:
    art, claims = page_claims("""Two more Tarnis killed

On Wednesday the ministry confirmed the death of two more Tarnis serving in the Norland army.
That brings the official tally of Tarnis killed in the Ostria-Norland conflict to twelve.
""")
    c = claim_at(art, claims, "twelve")
    assert (c.state, c.measure) == ("killed", "Tarnis killed"), (c.state, c.measure)


def test_a_surname_the_tagger_cut_off_and_a_nested_addition() -> None:
    art, claims = page_claims("""Norland quake: toll climbs

Norland Council Chief Tor Arvel Wendt said in a televised speech that the quake has claimed at least 2,580 lives, according to a Meridian dispatch.
Wendt added that the number of dead may exceed 3,000, it added. It was the strongest quake in a century.

The toll has climbed to 1,515, the Ruvia news agency quoting the army junta has said.
""")
    c = claim_at(art, claims, "at least 2,580")
    assert c.source is not None and c.source.name is not None and c.source.name.endswith("Wendt"), c.source
    c = claim_at(art, claims, "3,000")
    assert c.source is not None and c.source.name is not None and c.source.name.endswith("Wendt"), c.source
    c = claim_at(art, claims, "1,515")
    assert c.source is not None and "junta" in (c.source.text or ""), c.source


def test_notes_issued_by_a_ministry_event_clauses_hostages_odd_counts_and_as_estimated() -> None:
    art, claims = page_claims("""Velkan recruits killed

According to a press note issued on Friday by the Ministry of Foreign Affairs of Velka, five more Velkan men who had joined the Norland army were killed.

Velka and Bel have told their citizens to beware of recruiters, after it came out that hundreds of their nationals were serving as paid fighters.

The ministry said talks are under way to free one Velkan soldier, who was taken hostage by Ostria while fighting for the Norland army.

"We believe something like 20-odd people are trapped," the spokeswoman said.

There were 67 cases of active search for missing people after the floods, the authorities said.

The earlier death toll from the landslide as estimated by health authorities of Bel was 4,200.

The ministry said the toll climbed to 43 after 11 more bodies were found in Tarn.
""")
    c = claim_at(art, claims, "five")
    assert c.source is not None and "Ministry of Foreign Affairs" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "hundreds")
    assert c.source is None and c.modality == "reported", (c.source, c.modality)
    assert claim_at(art, claims, "one Velkan").state == "captured"
    assert claim_at(art, claims, "20-odd").qualifier == "about"
    assert claim_at(art, claims, "67").state == "missing"
    c = claim_at(art, claims, "4,200")
    assert c.source is not None and "health authorities" in (c.source.text or ""), c.source
    assert c.modality == "estimated"
    c = claim_at(art, claims, "11")
    assert c.source is not None and "ministry" in (c.source.text or "").lower(), c.source


def test_a_headline_participle_says_what_happened() -> None:
    art, claims = page_claims("""Norland war: live updates

The conflict entered its fourth year on Sunday, with clashes along the entire front line.

Four Velkans killed fighting for Norland

Velka said Sunday that four of its citizens had died while serving with the Norland army.
""")
    c = claim_at(art, claims, "Four")
    assert (c.state, c.measure) == ("killed", "Velkans killed"), (c.state, c.measure)


def test_every_figure_of_a_relayed_statement_a_court_of_a_region_an_agency_and_names_made_public() -> None:
    art, claims = page_claims("""Quake in Norland

State-run television NTV reported that 512 bodies have been recovered and a further 1,380 people injured, according to a statement by the military-led government.

At least 57 people are still unaccounted for, the high court of the Tarn region said.

Pia Lund, secretary-general of the Red Crescent, told The Associated Press news agency a further 8,300 people are reported missing in the capital.

The Velkan Foreign Ministry on Friday made public the names of three Velkan nationals who died while working for the Norland army.
""")
    for words in ("512", "1,380"):
        c = claim_at(art, claims, words)
        assert c.source is not None and "government" in (c.source.name or ""), (words, c.source)
        assert [v.name for v in c.via] == ["NTV"], (words, c.via)
    c = claim_at(art, claims, "At least 57")
    assert c.source is not None and "court" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "8,300")
    assert len(c.via) == 1 and "Associated Press" in (c.via[0].name or ""), c.via
    c = claim_at(art, claims, "three")
    assert c.source is not None and "Foreign Ministry" in (c.source.name or ""), c.source


def test_a_figure_named_again_keeps_what_happened() -> None:
    art, claims = page_claims("""Floods in Orsk

On Wednesday officials confirmed that there are 74 active cases of missing persons following the floods in Bel.

The officials said these 74 active cases should be weighed against the 51 bodies still unidentified.
""")
    c = claim_at(art, claims, "74", 1)
    assert c.state == "missing", (c.state, c.measure)


def test_another_group_of_the_same_size_is_not_the_figure_again() -> None:
    art, claims = page_claims("""Two Velkans killed

The Velkan foreign ministry said on Friday that two Velkan men recruited into the Norland army had been killed.

Before that, at least two Velkans had been killed in the fighting. At least two other Velkans lost their lives earlier this year fighting for Norland.
""")
    assert claim_at(art, claims, "two").source is not None
    for words, n in (("at least two", 0), ("At least two", 0)):
        c = claim_at(art, claims, words, n)
        assert c.source is None, (words, c.source)
