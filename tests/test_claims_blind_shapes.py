"""Claim frames on shapes met on news never seen before (fictional text in the same shape)."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims


def test_a_figure_of_another_place_does_not_take_the_source_before() -> None:
    art, claims = page_claims("""Storm toll rises

At least 40 people were killed in Peru, with some 90 injured according to the Velkan relief service. At least three people were killed in Bolivia.

According to Chiba Prefecture, 12 houses have collapsed. In Chiba City, 5 people died. In neighbouring Saitama Prefecture, 8 people were injured.

The regional health office said 70 people died in the port. About 20 more were killed elsewhere in the country.
""")
    assert claim_at(art, claims, "40").source is not None
    for words in ("three", "8 people", "20 more"):
        c = claim_at(art, claims, words)
        assert c.source is None, (words, c.source)
    # a part of the place the source spoke of keeps the source
    c = claim_at(art, claims, "5 people")
    assert c.source is not None and "Chiba" in (c.source.name or ""), c.source


def test_an_outlet_closing_the_sentence_citing_others_relays_them() -> None:
    art, claims = page_claims("""Flood toll in Norland

The number of missing people has risen to 40. Earlier reports indicated 117 fatalities and 39 missing people, Velkor.Az reports, citing Norland media.
""")
    for words in ("117", "39"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Norland media", (words, c.source)
        assert [v.name for v in c.via] == ["Velkor.Az"], (words, c.via)


def test_according_without_to_and_a_plural_that_is_no_body_named_before() -> None:
    art, claims = page_claims("""Quake in Norland

A total of 44 people were confirmed dead in the province, according the Velka provincial government and the Orsk city government.

According to the provincial and city governments, 21 people died in Orsk and 12 in Velka.
""")
    c = claim_at(art, claims, "44")
    assert c.source is not None and "Velka provincial government" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "21")
    assert c.source is not None and "governments" in (c.source.name or ""), c.source


def test_it_said_and_it_added_name_the_body_before() -> None:
    art, claims = page_claims("""Velkan troops suffer losses

Norland officials say Velka has deployed some 6,000 troops in the Orsk region.

Velka sustained the losses in fighting near three villages, according to the Norland Directorate of Intelligence.

"At least four Velkan soldiers went missing" near the village of Tamir, it said on its channel.

The relief agency revised the number of families affected to 21,028. People are returning home, with 6,807 persons still staying in 51 shelters, it added.
""")
    c = claim_at(art, claims, "four")
    assert c.source is not None and "Directorate" in (c.source.name or ""), c.source
    for words in ("6,807", "51"):
        c = claim_at(art, claims, words)
        assert c.source is not None and "agency" in (c.source.name or ""), (words, c.source)


def test_the_number_of_missing_counts_the_missing() -> None:
    art, claims = page_claims("""Quake in Norland

The fire service said two bodies were found in the hills. It put the number of missing at 18.
""")
    c = claim_at(art, claims, "18")
    assert c.state == "missing", (c.state, c.measure)


def test_another_group_doing_something_is_not_the_dead_before_it() -> None:
    art, claims = page_claims("""Velkans in the Norland army

Five Velkans have been killed while serving in the Norland army while another 43 are seeking early discharge.
""")
    assert claim_at(art, claims, "Five").state == "killed"
    c = claim_at(art, claims, "43")
    assert c.state != "killed" and "killed" not in (c.measure or ""), (c.state, c.measure)


def test_a_distance_with_nothing_measured_is_no_figure() -> None:
    art, claims = page_claims("""Quake in Norland

About 300 people were missing in the district of Orla, 12 km west of the capital, where a landslide buried 330 homes.
""")
    assert not any("12 km" in c.text for c in claims), [c.text for c in claims]
    assert claim_at(art, claims, "300").state == "missing"


def test_an_outlet_named_with_news_agency_keeps_no_dangling_news() -> None:
    art, claims = page_claims("""Floods in Norland

Mara Velk, the Norland Red Cross head, told The Associated Press news agency another 2,100 people are reported missing in the city.
""")
    c = claim_at(art, claims, "2,100")
    assert [v.name for v in c.via] in (["Associated Press"], ["Associated Press news agency"]), c.via


def test_held_as_prisoners_of_war_are_captured() -> None:
    art, claims = page_claims("""Velkans in the Norland war

The Velkan foreign ministry stated that four Velkan fighters are being held in Norland as prisoners of war.
""")
    assert claim_at(art, claims, "four").state == "captured"


def test_a_sentence_led_by_for_the_missing_counts_the_missing() -> None:
    art, claims = page_claims("""Floods in Norland

The agency has tallied three deaths in the north and eight in the south.

For the missing people, the agency said eight were in the north, 12 in the centre and three in the south.
""")
    for words in ("eight were", "12 in", "three in the south"):
        c = claim_at(art, claims, words)
        assert c.state == "missing", (words, c.state, c.measure)
    assert claim_at(art, claims, "three deaths").state == "killed"


def test_a_closing_speech_verb_read_as_a_noun_and_speaking_of_a_figure() -> None:
    art, claims = page_claims("""Floods in Norland

MORVA (Velkan News - 3rd March, 2031) The death toll from the floods in Norland has reached 14, while another six people were injured, the country's National Flood Response Council (NFRC) informs.

There are said to be hundreds of Norlanders fighting abroad. The government of Norland officially only speaks of 300. At least nine are now said to have died.
""")
    for words in ("14", "six"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "National Flood Response Council", (words, c.source)
    c = claim_at(art, claims, "300")
    assert c.source is not None and "government of Norland" in (c.source.name or ""), c.source
    # "are said to have died": unnamed others speak, not the government of the sentence before
    assert claim_at(art, claims, "nine").source is None


def test_pulled_out_alive_from_a_wrecked_place_and_trapping_many() -> None:
    art, claims = page_claims("""Quake in Norland

In Orsk, rescuers are searching the rubble of a hotel where 30 people were staying when the quake struck. A dozen have been pulled out alive, so far.

Three people were also pulled from a flattened mall there on Monday.

The quake toppled a school in Velm, trapping as many as 700 students, the Velkan news agency said.
""")
    for words in ("A dozen", "Three"):
        c = claim_at(art, claims, words)
        assert c.state == "rescued", (words, c.state)
    assert claim_at(art, claims, "30").state == "present"
    assert claim_at(art, claims, "700").state == "missing"  # trapped: not known safe


def test_a_date_parsed_as_the_subject_of_a_since_clause_keeps_the_closing_source() -> None:
    art, claims = page_claims("""Floods in Norland

VELMA: The death toll from the heavy rains and floods that have hit a large part of the country since Jan. 2 has climbed to 43, the Office of Flood Defense reported on Monday.
""")
    c = claim_at(art, claims, "43")
    assert c.source is not None and c.source.name == "Office of Flood Defense", c.source


def test_a_death_count_expected_to_climb_past_a_figure() -> None:
    art, claims = page_claims("""Quake in Norland

The death count from the quake was expected to climb past 75 with 300 people still missing.
""")
    c = claim_at(art, claims, "75")
    assert (c.measure, c.state, c.qualifier) == ("death count", "killed", "over"), (c.measure, c.state, c.qualifier)
    assert c.modality != "reported", c.modality


def test_figures_given_respectively_take_their_own_states() -> None:
    art, claims = page_claims("""Floods in Norland

The death toll from the floods has climbed to 43, the regional flood office said on Monday. The number of injured and missing persons are placed at 11 and eight, respectively.
""")
    assert claim_at(art, claims, "11").state == "wounded"
    assert claim_at(art, claims, "eight").state == "missing"


def test_a_part_named_right_after_its_total_shares_what_happened() -> None:
    art, claims = page_claims("""Quake in Norland

Norland's fire department said two bodies were found in the mountains, but did not immediately update the death toll. It put the number of missing at 18, three of them foreigners of Velkan and Ostish nationality.
""")
    assert claim_at(art, claims, "18").state == "missing"
    assert claim_at(art, claims, "three").state == "missing"


def test_the_newspaper_is_the_outlet_that_reported_it_before() -> None:
    art, claims = page_claims("""Norland recruits citizens of 21 countries for war - Velkan Times

This is reported by the Velkan Times, Orsk.NET reports.

According to the newspaper, Norland has recently hired and sent at least 35 Ostish citizens to the war.
""")
    c = claim_at(art, claims, "35")
    assert c.source is not None and c.source.name == "Velkan Times", c.source


def test_one_of_the_survivors_speaks_of_more_buried() -> None:
    art, claims = page_claims("""Quake in Norland

Three people were also pulled from a flattened mall in Orsk on Monday. One of the survivors told rescuers there may be as many as 30 more buried beneath the rubble.
""")
    c = claim_at(art, claims, "as many as 30")
    assert c.state == "missing", c.state
    assert c.source is not None and (c.source.name or "").lower().startswith("one of the survivors"), c.source


def test_a_body_name_with_and_inside_is_kept_whole() -> None:
    art, claims = page_claims("""Floods in Norland

The country’s National Flood Risk Reduction and Management Council said in a statement that a total of 12 people were also injured in rains and floods that hit the nation last weekend.
""")
    c = claim_at(art, claims, "12")
    assert c.source is not None and c.source.name == "National Flood Risk Reduction and Management Council", c.source


def test_a_body_that_validated_a_figure_confirms_it() -> None:
    art, claims = page_claims("""Floods in Norland

The death toll from the floods has risen to 29, the regional flood council said. The council, however, has validated only 4 casualties so far.
""")
    c = claim_at(art, claims, "4 casualties")
    assert c.source is not None and "council" in (c.source.name or c.source.text or ""), c.source
    assert c.modality == "confirmed", c.modality


# -- probe round frames5: deployments with their losses, disaster tolls (fictional text in real page shapes)


def test_a_decimal_before_quake_is_its_magnitude_not_a_figure() -> None:
    art, claims = page_claims("""Rescue teams dig through collapsed buildings as Velkan quake toll rises

Rescuers say they found a child in the ruins of a school toppled by Velkia's 6.9 earthquake, which killed at least 212 people.

Yesterday's 6.9 quake struck on the anniversary of the 1961 earthquake.
""")
    assert not [c for c in claims if c.value == 6.9], [(c.text, c.value) for c in claims]
    assert claim_at(art, claims, "at least 212").state == "killed"


def test_a_dateline_before_a_dash_and_a_name_before_a_subjectless_said() -> None:
    art, claims = page_claims("""Toll rises in Norland

ORSK (VW) — Norland's disaster agency says the death toll from the storm on the northern island is now 1,120.

In a media statement issued here on Saturday, Ministry of Defence (MoD) said that 40 militants and 6 Norland National Army (NNA) troops were killed within the past 48 hours.

A search operation is underway on the island to find others washed away and the Office of Civil Defence said 437 people have already been rescued.

Rescue teams looked for at least 266 missing people thought to have been carried off by the flood, officials and press reports said.
""")
    c = claim_at(art, claims, "1,120")
    assert c.source is not None and "disaster agency" in (c.source.name or ""), c.source
    for words in ("40 militants", "6 Norland"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Ministry of Defence", (words, c.source)
        assert c.state == "killed", (words, c.state)
    assert "troops" in (claim_at(art, claims, "6 Norland").measure or "")
    c = claim_at(art, claims, "437")
    assert c.source is not None and "Office of Civil Defence" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "at least 266")
    assert c.state == "missing", c.state
    assert c.source is not None and (c.source.name or c.source.text or "").startswith("officials"), c.source


def test_a_rank_abbreviation_gives_the_person_named_after_it() -> None:
    art, claims = page_claims("""3 Norlandic soldiers killed in major offensive

"I am saddened to announce that three Norlandic soldiers were killed during today's operations" in the Orsk district, said Norlandic Brig.-Gen. Tomas Varga at a news conference.
""")
    c = claim_at(art, claims, "three Norlandic")
    assert c.source is not None and c.source.name == "Tomas Varga", c.source


def test_what_happened_to_the_counted_in_loss_reports() -> None:
    art, claims = page_claims("""Toll rises in Velkia

Reports also indicate four Velkan soldiers and three Velkan police were killed in action. The ministry also adds in its statement that 11 Velkan army soldiers suffered martyrdom during the recent operations.

The death toll stood at 250, with at least 365 more hospitalized. Those killed include one Orskian citizen and five Norlanders.

In the western region, the deaths have risen to 421, while in the eastern region two deaths and 26 injured have been reported.

Also, 2 soldiers were killed, one reported missing and 13 suffered injuries during these clashes.

Insurgents suffered heavy casualties/ more than 150 killed and wounded within 24 hours

Dr Anna Kell said 799 people are severely injured. The Minister of Health claims to have identified 123 confirmed cases.
""")
    for words, state in (("three Velkan police", "killed"), ("11 Velkan", "killed"), ("at least 365", "wounded"),
                         ("five Norlanders", "killed"), ("two deaths", "killed"), ("26 injured", "wounded"),
                         ("13 suffered", "wounded"), ("more than 150", "casualties"), ("799", "wounded"),
                         ("123", "cases")):
        c = claim_at(art, claims, words)
        assert c.state == state, (words, c.state, c.measure)


def test_modality_and_qualifier_from_the_clause_that_gives_the_figure() -> None:
    art, claims = page_claims("""Quake toll tops 4,000

Officials fear the official number of confirmed dead could rise well above the 4,010 the ministry announced in the capital.

Across the county, some 163 people were still missing on Friday, while 4,300 were reported homeless and 11 confirmed dead, according to an official.

There are estimates that up to 40,000 homes in Orsk alone have been destroyed, the Red Cross said in a statement.

However, a further 458 are still listed as missing and the government expects to discover more bodies.

Masebo has announced that four cholera cases have been confirmed in the district, while seven other suspected cases are being investigated.
""")
    c = claim_at(art, claims, "4,010")
    assert (c.qualifier, c.modality) == ("exact", "reported"), (c.qualifier, c.modality)
    assert claim_at(art, claims, "11 confirmed").modality == "confirmed"
    assert claim_at(art, claims, "up to 40,000").modality == "estimated"
    c = claim_at(art, claims, "458")
    assert c.source is None and c.modality == "reported", (c.source, c.modality)
    c = claim_at(art, claims, "seven other")
    assert c.source is not None and c.source.name == "Masebo", c.source


def test_rain_depths_and_price_lines_are_no_figures() -> None:
    art, claims = page_claims("""Floods in Velkia

Orsk province, worst affected, got 489 millimeters (19.5 inches) of rain from June 8 to June 10, and 83,000 homes were damaged, officials said.
Subscribe now for unlimited access.
₹900
3 Months
₹300/Month
""")
    values = {c.value for c in claims}
    assert not values & {489, 19.5, 900, 300}, values
    assert claim_at(art, claims, "83,000").state == "damaged"


def test_a_deployment_tolls_over_months() -> None:
    art, claims = page_claims("""Norlandic death toll in Velkia passes 200

A Norlandic soldier was killed in a bomb attack in southern Velkia, the Ministry of Defence said Thursday, bringing the death toll of Norlandic troops serving there since 2001 to 211, Velka Wire reported.

There were only five Norlandic deaths in operations in Velkia before 2006. Another of July's dark markers was reached when the number of deaths surpassed the 184 suffered in Orsk. Last year a total of 108 servicemen lost their lives in Velkia.

By contrast 179 UK personnel died in Orsk. The base had been manned by roughly 120 Norlandic soldiers. As Norland deployed 3,300 troops, Reid said: "We are here to help."

Norland announced Tuesday another soldier's death, taking its military death toll to 301, a day after the grim 300 milestone was reached. The latest victim, from the 40 Commando Royal Marines, died Monday evening.

Damage was put at 837 million crowns ($100 million), and the river rose 26 feet (eight metres) in an hour.
""")
    c = claim_at(art, claims, "211")
    assert c.state == "killed", (c.state, c.measure)
    assert c.source is not None and c.source.name == "Ministry of Defence", c.source
    assert [v.name for v in c.via] == ["Velka Wire"], c.via
    for words, state in (("five Norlandic", "killed"), ("108 servicemen", "killed"), ("179 UK", "killed"),
                         ("300 milestone", "killed"), ("roughly 120", "present")):
        c = claim_at(art, claims, words)
        assert c.state == state, (words, c.state, c.measure)
    assert claim_at(art, claims, "184").qualifier == "exact"
    assert claim_at(art, claims, "3,300").source is None
    values = {c.value for c in claims}
    assert not values & {40, 100_000_000, 8}, values


def test_soldiers_captured_alive_are_captured() -> None:
    art, claims = page_claims("""Norlandic troops in Velkia

Two Norlandic soldiers were captured alive, the Velkan security service said. Rescuers pulled 12 people out alive from the rubble of the barracks.
""")
    assert claim_at(art, claims, "Two").state == "captured"
    assert claim_at(art, claims, "12 people").state == "rescued"


def test_a_closing_speaker_parsed_as_a_coordinated_verb_still_speaks() -> None:
    art, claims = page_claims("""Floods in Velkia

Swirling floods inundated more districts and towns across Velkia, killing another 34 people over the past 24 hours, officials and local media reported on Friday.

However, a further 458 are still listed as missing and the government expects to discover more bodies.
""")
    c = claim_at(art, claims, "34 people")
    assert c.source is not None and "officials" in (c.source.name or c.source.text or ""), c.source
    assert claim_at(art, claims, "458").source is None


def test_people_found_injured_are_wounded() -> None:
    art, claims = page_claims("""Quake in Velkia

Around 8,300 people have also been found injured since the quake, according to figures released by Velkan police on Tuesday.
""")
    c = claim_at(art, claims, "Around 8,300")
    assert c.state == "wounded", (c.state, c.measure)
