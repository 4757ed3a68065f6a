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


ELECTION = """Early results in Marovia

With almost half of the votes counted, results show the ruling party will have at least 40 seats. The Unity Party leads with 48.2%, followed by the three-party Renewal bloc with 21.4%; the Farmers' Party – 9.1%. The opposition UNP had 2.3 million votes, or 29.43 percent, officials said.
"""

LOSSES = """Losses mount in Varnia

As of Jan. 19, Ostland has lost a total of 641,200 troops since the full-scale invasion began, Varnia's General Staff reported. On Monday the brigade lost seven soldiers near the river. According to the General Staff, Ostland has lost 590,300 soldiers.
"""

ESTIMATES = """Marches across Corvania

Police did not quarrel with the organisers' estimate of 400,000 people, though that seemed high. There were protests in Delmont (organisers' estimate: 150,000 people; police estimate: 45,000) and in smaller towns. Maran County Mayor Ilse Brandt said there are an estimated 650 people unaccounted for, down from estimates of about 900. As of Tuesday, there were 87 people confirmed killed in the flames. A total of 41,200 dengue cases and 63 confirmed dengue deaths had been reported this year. March organizers in Delmont also claimed a crowd count of half a million, tweeting about it.
"""


def test_a_contenders_share_is_of_the_vote() -> None:
    art, claims = page_claims(ELECTION)
    for words in ("48.2%", "21.4%", "9.1%", "29.43 percent"):
        c = claim_at(art, claims, words)
        assert (c.state, c.measure) == ("votes", "votes"), (words, c.state, c.measure)


def test_a_wars_tally_of_losses_is_casualties_a_days_losses_are_dead() -> None:
    art, claims = page_claims(LOSSES)
    assert claim_at(art, claims, "641,200").state == "casualties"
    assert claim_at(art, claims, "590,300").state == "casualties"
    assert claim_at(art, claims, "seven soldiers").state == "killed"


def test_estimates_and_confirmed_counts() -> None:
    art, claims = page_claims(ESTIMATES)
    for words, who in (("150,000", "organisers"), ("45,000", "police")):
        c = claim_at(art, claims, words)
        assert c.modality == "estimated", words
        assert c.source is not None and who in (c.source.name or c.source.text or "").lower(), (words, c.source)
    c = claim_at(art, claims, "about 900")
    assert (c.state, c.modality) == ("missing", "estimated")  # "down from estimates of about 900"
    assert claim_at(art, claims, "87 people").modality == "confirmed"  # "87 people confirmed killed"
    assert claim_at(art, claims, "63 confirmed").modality == "confirmed"
    assert claim_at(art, claims, "41,200").modality == "reported"
    assert claim_at(art, claims, "half a million").measure == "crowd count"


DENGUE_WAR = """Dengue and war in Marovia

KALDRA – Latest official data show that since January, 81,200 dengue cases — including 117 deaths – were reported by the Health Ministry.

In a statement, the Marovian Ministry of Health said hospitals were overwhelmed. The statement mentioned that 160 healthcare professionals and 22 civil defense personnel have been martyred.

Among the dead are 214 children. Twenty-six of the dead had been identified by Sunday. The death toll held steady at seven, leaving 38 hotel workers en route to a park hotel still missing.

About 1.6 million people have crossed the border into neighbouring countries since April. Around 8,000 civilians managed to escape to Tarvel within two days.
"""


def test_passive_reports_groups_and_movements() -> None:
    art, claims = page_claims(DENGUE_WAR)
    for words in ("81,200", "117 deaths"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Health Ministry", (words, c.source)  # "reported by"
    assert claim_at(art, claims, "160 healthcare").state == "killed"
    assert claim_at(art, claims, "214 children").state == "killed"  # "Among the dead are"
    assert claim_at(art, claims, "Twenty-six").state == "killed"  # "of the dead"
    assert claim_at(art, claims, "38 hotel").state == "missing"  # "leaving ... still missing"
    assert claim_at(art, claims, "1.6 million").state == "displaced"  # "crossed the border"
    assert claim_at(art, claims, "8,000").state == "displaced"  # "managed to escape"


STATEMENT = """Toll rises in Ostvale

The death toll in the Ostvale Strip has risen to over 9,400, according to the Ostvale Ministry of Health.

In a statement, the ministry stated that more than 3,000 people are still missing.

The statement mentioned that 160 healthcare professionals and 22 civil defense personnel have been martyred.

More than 150,000 Ostlandic soldiers have died or been wounded since the invasion of Varnia began on March 2, 2024. This was claimed by the supreme commander of the alliance's forces, General Ilse Maranova, who called the toll "staggering". Meanwhile, fighting continued.
"""


def test_the_statement_and_a_claim_named_in_the_next_sentence() -> None:
    art, claims = page_claims(STATEMENT)
    for words in ("160 healthcare", "22 civil"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Ostvale Ministry of Health", (words, c.source)
    c = claim_at(art, claims, "More than 150,000")
    assert c.source is not None and c.source.name == "Ilse Maranova", c.source
    assert c.state == "casualties"


LISTS = """Results and rallies

The Delmont Tribune reported that 140,000 rallied in the city, although the figure was not confirmed by police.

According to the authority, as of 11 July, up to 147 fatalities have been reported across seven provinces, most of them in Vellmark (63 fatalities), Sorrin (26), and Pallat (23), and 160 individuals have been injured.

More than 150,000 Ostlandic soldiers have died or been wounded since the invasion of Varnia began on March 2, 2024. This was claimed by the supreme commander of the alliance's allied forces in Europe, Varnian general Ilse Maranova, defining the extent of the war "incredible". Meanwhile, fighting continued.
"""


def test_list_items_in_parentheses_crowds_and_a_named_claimer() -> None:
    art, claims = page_claims(LISTS)
    for words in ("26)", "23)"):
        c = claim_at(art, claims, words)
        assert (c.state, c.measure) == ("killed", "fatalities"), (words, c.state, c.measure)
    c = claim_at(art, claims, "140,000")
    assert c.measure is not None and "people" in c.measure
    c = claim_at(art, claims, "More than 150,000")
    assert c.source is not None and c.source.name == "Ilse Maranova", c.source


def test_a_shirt_number_is_still_no_count() -> None:
    from dossier.extract.quantities import find_quantities

    assert all(q.value != 4 for q in find_quantities("Quarterback Ivo Brask (4) threw the ball."))


RELAYS = """Floods in Vellmark

Ilse Varga, Vellmark's Federal Minister for Climate Change, tweeted updated data from the country's National Disaster Management Authority that said 21 million people had been affected and 812 had been killed in the floods until August 27.

The UN monitoring mission has already documented almost 12,000 civilian casualties in the war.

Doctors Without Borders reported that around 7,000 civilians, mostly women and children, managed to escape to Tarvel within two days.
"""


def test_data_passed_on_bodies_that_document_and_names_with_a_capital_preposition() -> None:
    art, claims = page_claims(RELAYS)
    for words in ("21 million", "812"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "National Disaster Management Authority", (words, c.source)
        assert c.via and "Minister" in (c.via[0].name or c.via[0].text or ""), (words, c.via)
    c = claim_at(art, claims, "almost 12,000")
    assert c.source is not None and "monitoring mission" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "around 7,000")
    assert c.source is not None and c.source.name == "Doctors Without Borders", c.source


def test_a_quake_that_claimed_lives_speaks_for_no_one() -> None:
    art, claims = page_claims("""Quake in Varnia

The earthquake, described by weather officials as the most significant since a magnitude 7.6 quake in 1988 that claimed approximately 1,900 lives and damaged or destroyed 40,000 structures, reached the second-highest intensity level.
""")
    c = claim_at(art, claims, "approximately 1,900")
    assert (c.state, c.measure, c.source) == ("killed", "lives", None)
    assert claim_at(art, claims, "40,000").source is None


def test_a_total_with_its_participle_and_a_bulleted_tally() -> None:
    art, claims = page_claims("""Quake toll in Varnia

Seventeen fatalities have been reported, along with a total of 1,145 people injured and 442 others declared stranded. Two people were listed as missing.

● 2,189 deceased persons; 12,268 persons injured; 332 missing person. Search and Rescue operations continue.
""")
    assert claim_at(art, claims, "1,145").state == "wounded"
    assert claim_at(art, claims, "332").state == "missing"
    assert claim_at(art, claims, "Seventeen").source is None  # "442 others declared stranded" is nobody speaking


def test_of_the_total_toll_n_were_children() -> None:
    art, claims = page_claims("""Ostvale toll

At least 2,785 people have been killed in Ostvale since March 3, the health ministry said on Thursday. Of the total death toll, 1,124 were children and 800 were women, ministry spokesman Ivo Qarl told a press conference.
""")
    c = claim_at(art, claims, "1,124")
    assert (c.measure, c.state) == ("children killed", "killed")
    assert claim_at(art, claims, "800").state == "killed"


def test_a_present_tense_condition_looks_ahead() -> None:
    art, claims = page_claims("""Hunger in Marovia

4-7 million people could die of starvation by 2029 if the ongoing food scarcity persists in Marovia, the Corvan Post report said. The shop would not have lost 355 customers if the road had stayed open.
""")
    assert claim_at(art, claims, "4-7 million").modality == "projected"
    assert claim_at(art, claims, "355").modality == "reported"  # a counterfactual states the figure


def test_the_verb_a_figure_is_the_object_of_beats_the_clause_that_places_it() -> None:
    text = ("Velmar said on Monday its forces had killed or wounded at least 30 Tessian soldiers who had been "
            "deployed by Karsk to its western Lenne region.")
    art, claims = page_claims(text)
    assert claim_at(art, claims, "at least 30").state == "casualties"
