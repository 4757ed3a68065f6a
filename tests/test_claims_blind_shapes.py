"""Claim frames on shapes met on news never seen before (fictional text in the same shape)."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims


def test_a_figure_of_another_place_does_not_take_the_source_before() -> None:
    art, claims = page_claims("""Gale toll climbs

At least 52 people died in Peru, with some 70 hurt according to the Ostrel relief service. At least four people lost their lives in Bolivia.

According to Chiba Prefecture, 9 homes have collapsed. In Chiba City, 6 people died. In neighbouring Saitama Prefecture, 7 people were injured.

The district health office said 64 people died in the harbour town. Roughly 25 more were killed elsewhere across the country.
""")
    assert claim_at(art, claims, "52").source is not None
    for words in ("four", "7 people", "25 more"):
        c = claim_at(art, claims, words)
        assert c.source is None, (words, c.source)
    # a part of the place the source spoke of keeps the source
    c = claim_at(art, claims, "6 people")
    assert c.source is not None and "Chiba" in (c.source.name or ""), c.source


def test_an_outlet_closing_the_sentence_citing_others_relays_them() -> None:
    art, claims = page_claims("""Flood toll in Tarvia

The count of people missing has grown to 52. Previous reports indicated 96 fatalities and 27 missing people, Brenfold.Az reports, citing Tarvia media.
""")
    for words in ("96", "27"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Tarvia media", (words, c.source)
        assert [v.name for v in c.via] == ["Brenfold.Az"], (words, c.via)


def test_according_without_to_and_a_plural_that_is_no_body_named_before() -> None:
    art, claims = page_claims("""Quake in Tarvia

In all, 51 people were confirmed dead across the province, according the Morvan provincial government and the Kostin municipal government.

According to the provincial and city governments, 23 people died in Kostin and 14 in Morvan.
""")
    c = claim_at(art, claims, "51")
    assert c.source is not None and "Morvan provincial government" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "23")
    assert c.source is not None and "governments" in (c.source.name or ""), c.source


def test_it_said_and_it_added_name_the_body_before() -> None:
    art, claims = page_claims("""Tarvian troops take losses

Ostrel officials say Tarvia has sent some 5,000 troops into the Kostin region.

Tarvia took the losses in fighting close to two villages, according to the Ostrel Directorate of Intelligence.

"At least five Tarvian soldiers went missing" near the hamlet of Dorum, it said on its channel.

The relief agency raised the count of affected families to 18,412. People are going back home, with 5,903 persons still staying in 47 shelters, it added.
""")
    c = claim_at(art, claims, "five")
    assert c.source is not None and "Directorate" in (c.source.name or ""), c.source
    for words in ("5,903", "47"):
        c = claim_at(art, claims, words)
        assert c.source is not None and "agency" in (c.source.name or ""), (words, c.source)


def test_the_number_of_missing_counts_the_missing() -> None:
    art, claims = page_claims("""Quake in Tarvia

The fire brigade said two bodies were recovered on the slopes. It put the number of missing at 17.
""")
    c = claim_at(art, claims, "17")
    assert c.state == "missing", (c.state, c.measure)


def test_another_group_doing_something_is_not_the_dead_before_it() -> None:
    art, claims = page_claims("""Tarvians in the Ostrel army

Six Tarvians have been killed while serving in the Ostrel army while another 38 are seeking early discharge.
""")
    assert claim_at(art, claims, "Six").state == "killed"
    c = claim_at(art, claims, "38")
    assert c.state != "killed" and "killed" not in (c.measure or ""), (c.state, c.measure)


def test_a_distance_with_nothing_measured_is_no_figure() -> None:
    art, claims = page_claims("""Quake in Tarvia

About 260 people were missing in the district of Hesk, 15 km east of the capital, where a mudslide buried 310 homes.
""")
    assert not any("15 km" in c.text for c in claims), [c.text for c in claims]
    assert claim_at(art, claims, "260").state == "missing"


def test_an_outlet_named_with_news_agency_keeps_no_dangling_news() -> None:
    art, claims = page_claims("""Floods in Tarvia

Ilse Morro, the Tarvia Red Cross chief, told The Associated Press news agency another 1,800 people are reported missing in the town.
""")
    c = claim_at(art, claims, "1,800")
    assert [v.name for v in c.via] in (["Associated Press"], ["Associated Press news agency"]), c.via


def test_held_as_prisoners_of_war_are_captured() -> None:
    art, claims = page_claims("""Tarvians in the Ostrel war

The Tarvian foreign ministry stated that three Tarvian fighters are being held in Ostrel as prisoners of war.
""")
    assert claim_at(art, claims, "three").state == "captured"


def test_a_sentence_led_by_for_the_missing_counts_the_missing() -> None:
    art, claims = page_claims("""Floods in Tarvia

The agency has counted two deaths in the east and five in the west.

For the missing people, the agency said five were in the east, 14 in the centre and two in the west.
""")
    for words in ("five were", "14 in", "two in the west"):
        c = claim_at(art, claims, words)
        assert c.state == "missing", (words, c.state, c.measure)
    assert claim_at(art, claims, "two deaths").state == "killed"


def test_a_closing_speech_verb_read_as_a_noun_and_speaking_of_a_figure() -> None:
    art, claims = page_claims("""Floods in Tarvia

KESTRA (Ostrel News - 5th April, 2032) The death toll from the floods in Tarvia has reached 17, while another four people were injured, the country's National Flood Relief Council (NFRC) informs.

There are said to be several hundred Tarvians fighting abroad. The government of Tarvia officially only speaks of 250. At least twelve are now said to have died.
""")
    for words in ("17", "four"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "National Flood Relief Council", (words, c.source)
    c = claim_at(art, claims, "250")
    assert c.source is not None and "government of Tarvia" in (c.source.name or ""), c.source
    # "are said to have died": unnamed others speak, not the government of the sentence before
    assert claim_at(art, claims, "twelve").source is None


def test_pulled_out_alive_from_a_wrecked_place_and_trapping_many() -> None:
    art, claims = page_claims("""Quake in Tarvia

In Kestra, rescuers are combing the wreckage of a hotel where 40 people were staying when the quake hit. So far a dozen have been pulled out alive.

Four people were also pulled from a flattened market there on Tuesday.

The quake toppled a college in Doma, trapping as many as 650 students, the Ostrel news agency said.
""")
    for words in ("a dozen", "Four"):
        c = claim_at(art, claims, words)
        assert c.state == "rescued", (words, c.state)
    assert claim_at(art, claims, "40").state == "present"
    assert claim_at(art, claims, "650").state == "missing"  # trapped: not known safe


def test_a_date_parsed_as_the_subject_of_a_since_clause_keeps_the_closing_source() -> None:
    art, claims = page_claims("""Floods in Tarvia

KESTRA: The death toll from heavy rain and flooding that have struck much of the country since Feb. 4 has risen to 38, the Office of Flood Control reported on Tuesday.
""")
    c = claim_at(art, claims, "38")
    assert c.source is not None and c.source.name == "Office of Flood Control", c.source


def test_a_death_count_expected_to_climb_past_a_figure() -> None:
    art, claims = page_claims("""Quake in Tarvia

With 260 people still missing, the death count from Sunday's quake was expected to climb past 80.
""")
    c = claim_at(art, claims, "80")
    assert (c.measure, c.state, c.qualifier) == ("death count", "killed", "over"), (c.measure, c.state, c.qualifier)
    assert c.modality != "reported", c.modality


def test_figures_given_respectively_take_their_own_states() -> None:
    art, claims = page_claims("""Floods in Tarvia

The flood death toll has risen to 38, the district flood office said on Tuesday. The numbers of injured and missing persons were placed at 13 and five, respectively.
""")
    assert claim_at(art, claims, "13").state == "wounded"
    assert claim_at(art, claims, "five").state == "missing"


def test_a_part_named_right_after_its_total_shares_what_happened() -> None:
    art, claims = page_claims("""Quake in Tarvia

Tarvia's fire department said three bodies were found in the hills, but gave no fresh toll. It put the number of missing at 17, two of them foreigners of Ostrel and Brenish nationality.
""")
    assert claim_at(art, claims, "17").state == "missing"
    assert claim_at(art, claims, "two").state == "missing"


def test_the_newspaper_is_the_outlet_that_reported_it_before() -> None:
    art, claims = page_claims("""Ostrel hires citizens of 19 countries for war - Tarvian Times

This is reported by the Tarvian Times, Kestra.NET reports.

According to the newspaper, Ostrel has lately hired and sent at least 28 Brenish citizens to the war.
""")
    c = claim_at(art, claims, "28")
    assert c.source is not None and c.source.name == "Tarvian Times", c.source


def test_one_of_the_survivors_speaks_of_more_buried() -> None:
    art, claims = page_claims("""Quake in Tarvia

Four people were also pulled from a collapsed mall in Kestra on Tuesday. One of the survivors told medics there could be as many as 25 more buried under the rubble.
""")
    c = claim_at(art, claims, "as many as 25")
    assert c.state == "missing", c.state
    assert c.source is not None and (c.source.name or "").lower().startswith("one of the survivors"), c.source


def test_a_body_name_with_and_inside_is_kept_whole() -> None:
    art, claims = page_claims("""Floods in Tarvia

The country’s National Storm Risk Reduction and Management Council said in a release that a total of 15 people were also hurt in storms and floods that struck the nation last week.
""")
    c = claim_at(art, claims, "15")
    assert c.source is not None and c.source.name == "National Storm Risk Reduction and Management Council", c.source


def test_a_body_that_validated_a_figure_confirms_it() -> None:
    art, claims = page_claims("""Floods in Tarvia

The floods' death toll has climbed to 33, the district flood council said. The council, though, has validated only 6 casualties so far.
""")
    c = claim_at(art, claims, "6 casualties")
    assert c.source is not None and "council" in (c.source.name or c.source.text or ""), c.source
    assert c.modality == "confirmed", c.modality


# -- probe round frames5: deployments with their losses, disaster tolls (fictional text in real page shapes)


def test_a_decimal_before_quake_is_its_magnitude_not_a_figure() -> None:
    art, claims = page_claims("""Rescuers search flattened blocks as Tarvian quake toll climbs

Crews say they pulled a girl from the ruins of a school brought down by Tarvia's 7.2 earthquake, which killed at least 187 people.

Yesterday's 7.2 quake hit on the anniversary of the 1958 earthquake.
""")
    assert not [c for c in claims if c.value == 7.2], [(c.text, c.value) for c in claims]
    assert claim_at(art, claims, "at least 187").state == "killed"


def test_a_dateline_before_a_dash_and_a_name_before_a_subjectless_said() -> None:
    art, claims = page_claims("""Toll climbs in Tarvia

KESTRA (OW) — Tarvia's disaster agency says the death toll from the cyclone on the southern island is now 980.

In a press statement issued here on Sunday, Ministry of Defence (MoD) said that 35 militants and 4 Tarvia National Army (TNA) troops were killed within the past 72 hours.

A search operation continues on the island to find others swept away and the Office of Civil Defence said 512 people have already been rescued.

Rescue teams searched for at least 190 missing people believed to have been carried off by the water, officials and press reports said.
""")
    c = claim_at(art, claims, "980")
    assert c.source is not None and "disaster agency" in (c.source.name or ""), c.source
    for words in ("35 militants", "4 Tarvia"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Ministry of Defence", (words, c.source)
        assert c.state == "killed", (words, c.state)
    assert "troops" in (claim_at(art, claims, "4 Tarvia").measure or "")
    c = claim_at(art, claims, "512")
    assert c.source is not None and "Office of Civil Defence" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "at least 190")
    assert c.state == "missing", c.state
    assert c.source is not None and (c.source.name or c.source.text or "").startswith("officials"), c.source


def test_a_rank_abbreviation_gives_the_person_named_after_it() -> None:
    art, claims = page_claims("""4 Tarvian soldiers killed in large assault

"It saddens me to report that four Tarvian soldiers were killed in today's operations" in the Kestra district, said Tarvian Brig.-Gen. Anton Reisz at a press briefing.
""")
    c = claim_at(art, claims, "four Tarvian")
    assert c.source is not None and c.source.name == "Anton Reisz", c.source


def test_what_happened_to_the_counted_in_loss_reports() -> None:
    art, claims = page_claims("""Toll climbs in Ostrel

Reports also say five Ostrel soldiers and two Ostrel police were killed in action. In its statement the ministry also adds that 9 Ostrel army soldiers suffered martyrdom in the latest operations.

The death toll stood at 240, with at least 310 others hospitalized. Those killed include one Kestran citizen and four Tarvians.

In the eastern region, the deaths have climbed to 388, while in the western region three deaths and 19 injured have been reported.

Also, 3 soldiers were killed, one listed missing and 17 suffered injuries in these clashes.

Rebels suffered heavy casualties/ more than 140 killed and wounded within 48 hours

Dr Lena Ostrova said 655 people are severely injured. The Health Minister claims to have identified 117 confirmed cases.
""")
    for words, state in (("two Ostrel police", "killed"), ("9 Ostrel", "killed"), ("at least 310", "wounded"),
                         ("four Tarvians", "killed"), ("three deaths", "killed"), ("19 injured", "wounded"),
                         ("17 suffered", "wounded"), ("more than 140", "casualties"), ("655", "wounded"),
                         ("117", "cases")):
        c = claim_at(art, claims, words)
        assert c.state == state, (words, c.state, c.measure)


def test_modality_and_qualifier_from_the_clause_that_gives_the_figure() -> None:
    art, claims = page_claims("""Quake toll passes 3,000

Officials fear the official count of confirmed dead could climb well above the 3,120 the ministry gave out in the capital.

Across the region, some 141 people were still missing on Saturday, while 3,800 were reported homeless and 9 confirmed dead, according to one official.

There are estimates that up to 35,000 homes in Kestra alone have been destroyed, the Red Crescent said in a release.

However, another 377 are still listed as missing and the authorities expect to find more bodies.

Ndoro has announced that three cholera cases were confirmed in the province, while six other suspected cases are under investigation.
""")
    c = claim_at(art, claims, "3,120")
    assert (c.qualifier, c.modality) == ("exact", "reported"), (c.qualifier, c.modality)
    assert claim_at(art, claims, "9 confirmed").modality == "confirmed"
    assert claim_at(art, claims, "up to 35,000").modality == "estimated"
    c = claim_at(art, claims, "377")
    assert c.source is None and c.modality == "reported", (c.source, c.modality)
    c = claim_at(art, claims, "six other")
    assert c.source is not None and c.source.name == "Ndoro", c.source


def test_rain_depths_and_price_lines_are_no_figures() -> None:
    art, claims = page_claims("""Floods in Tarvia

Kestra province, hardest hit, received 512 millimeters (20.2 inches) of rain from July 3 to July 5, and 71,000 homes were damaged, officials said.
Subscribe today to read without limits.
₹800
6 Months
₹250/Month
""")
    values = {c.value for c in claims}
    assert not values & {512, 20.2, 800, 250}, values
    assert claim_at(art, claims, "71,000").state == "damaged"


def test_a_deployment_tolls_over_months() -> None:
    art, claims = page_claims("""Tarvian death toll in Ostrel passes 150

A Tarvian soldier was killed in a roadside bomb in northern Ostrel, the Ministry of Defence said Wednesday, bringing the death toll of Tarvian troops serving there since 2003 to 164, Kestra Wire reported.

There were only four Tarvian deaths in operations in Ostrel before 2007. Another of August's grim markers came when the number of deaths surpassed the 152 suffered in Dorum. Last year a total of 97 servicemen lost their lives in Ostrel.

By contrast 168 UK personnel died in Dorum. The base had been staffed by roughly 110 Tarvian soldiers. As Tarvia deployed 2,900 troops, Holm said: "We came here to support."

Tarvia announced Wednesday another soldier's death, taking its army death toll to 251, a day after the bleak 250 milestone was reached. The newest victim, from the 45 Commando Royal Marines, died Tuesday night.

Damage was put at 912 million crowns ($90 million), and the river rose 21 feet (seven metres) in an hour.
""")
    c = claim_at(art, claims, "164")
    assert c.state == "killed", (c.state, c.measure)
    assert c.source is not None and c.source.name == "Ministry of Defence", c.source
    assert [v.name for v in c.via] == ["Kestra Wire"], c.via
    for words, state in (("four Tarvian", "killed"), ("97 servicemen", "killed"), ("168 UK", "killed"),
                         ("250 milestone", "killed"), ("roughly 110", "present")):
        c = claim_at(art, claims, words)
        assert c.state == state, (words, c.state, c.measure)
    assert claim_at(art, claims, "152").qualifier == "exact"
    assert claim_at(art, claims, "2,900").source is None
    values = {c.value for c in claims}
    assert not values & {45, 90_000_000, 7}, values


def test_soldiers_captured_alive_are_captured() -> None:
    art, claims = page_claims("""Tarvian troops in Ostrel

Three Tarvian soldiers were captured alive, the Ostrel security service said. Rescuers pulled 14 people out alive from the ruins of the barracks.
""")
    assert claim_at(art, claims, "Three").state == "captured"
    assert claim_at(art, claims, "14 people").state == "rescued"


def test_a_closing_speaker_parsed_as_a_coordinated_verb_still_speaks() -> None:
    art, claims = page_claims("""Floods in Ostrel

Swirling floods swamped more districts and villages across Ostrel, killing another 29 people over the past two days, officials and local media reported on Saturday.

However, another 377 are still listed as missing and the authorities expect to find more bodies.
""")
    c = claim_at(art, claims, "29 people")
    assert c.source is not None and "officials" in (c.source.name or c.source.text or ""), c.source
    assert claim_at(art, claims, "377").source is None


def test_people_found_injured_are_wounded() -> None:
    art, claims = page_claims("""Quake in Ostrel

Around 7,600 people have also been found injured since the tremor, according to figures put out by Ostrel police on Wednesday.
""")
    c = claim_at(art, claims, "Around 7,600")
    assert c.state == "wounded", (c.state, c.measure)
