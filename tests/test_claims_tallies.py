"""Claim frames on fictional pages written in the shapes of real tallies of developing stories:
health-ministry tolls with their parts, rights monitors' counts of deaths and injuries, floods that
kill livestock, crowds of half a million, and attributions that close a long sentence."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

MINISTRY = """Fighting in Halvern leaves thousands dead

Pellworth, The death toll from the continuing bombardment of the Halvern Strip since April 5th has climbed to over 8,700, including approximately 2,900 children, 2,040 women, and 380 elderly individuals, with more than 19,000 people wounded, according to the Halvern Ministry of Health on Monday.

The death toll from the fighting in the Saltmere district has climbed to over 3,900, including approximately 1,050 children, 790 women and 125 elderly people, the Saltmere Ministry of Health said on Wednesday. The ministry said 98 medical workers have been martyred. It also counted 64 martyrs in the eastern districts.
"""

MONITORS = """Monitors count the dead in Korvic

The UN observer mission recorded the deaths of 2,644 civilians and injuries to 2,980 people since April. Investigators documented the murders of more than 215 civilians in Korvic and the death of 27 patients at the Aberlin clinic. The conflict has caused the displacement of 8 million people.
"""

FLOODS = """Floods sweep Dunmarra

Flooding has displaced more than 3 million people in Dunmarra, officials said. More than 410,000 sheep have been killed by the floods, and 1,500 head of cattle are missing.
"""

CROWDS = """Marches across Ilvania

Organisers told the Ilvan Herald they estimated the turnout at half a million. Rain fell for most of the day. More than half a million people also packed the streets of Rasmere. One officer agreed the crowd looked to be close to a half-million. The protesters claimed 80,000 people were out today - the police said more like 20-30,000.
"""


def test_parts_of_a_toll_share_its_state_and_its_closing_source() -> None:
    art, claims = page_claims(MINISTRY)
    for words in ("2,900 children", "2,040 women", "380 elderly", "1,050 children", "790 women", "125 elderly"):
        c = claim_at(art, claims, words)
        assert c.state == "killed", (words, c.state)
    for words in ("over 3,900", "1,050 children", "125 elderly"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name and "Saltmere Ministry of Health" in c.source.name, (words, c.source)
    assert claim_at(art, claims, "98 medical").state == "killed"  # "have been martyred"
    assert claim_at(art, claims, "64 martyrs").state == "killed"


def test_what_happened_named_by_a_noun_before_the_figure() -> None:
    art, claims = page_claims(MONITORS)
    assert claim_at(art, claims, "2,644").state == "killed"  # "the deaths of N civilians"
    assert claim_at(art, claims, "2,980").state == "wounded"  # "injuries to N people"
    assert claim_at(art, claims, "more than 215").state == "killed"  # "the murders of"
    assert claim_at(art, claims, "27 patients").state == "killed"  # "the death of N patients"
    assert claim_at(art, claims, "8 million").state == "displaced"  # "the displacement of"


def test_animals_are_killed_too_but_only_people_are_missing() -> None:
    art, claims = page_claims(FLOODS)
    assert claim_at(art, claims, "410,000 sheep").state == "killed"
    assert claim_at(art, claims, "3 million").state == "displaced"


def test_half_a_million_and_thousands_written_once() -> None:
    art, claims = page_claims(CROWDS)
    c = claim_at(art, claims, "half a million.")
    assert c.value == 500_000 and c.qualifier == "exact"
    assert c.measure == "turnout" and c.modality == "estimated"  # "estimated the turnout at"
    c = claim_at(art, claims, "More than half a million")
    assert c.value == 500_000 and c.qualifier == "over"
    c = claim_at(art, claims, "close to a half-million")
    assert c.value == 500_000 and c.qualifier == "nearly"
    c = claim_at(art, claims, "20-30,000")
    assert (c.low, c.high, c.qualifier) == (20_000, 30_000, "range")


ELECTION = """Early results in Sendaria

With nearly half of the ballots counted, results show the ruling party will take at least 38 seats. The Unity Party leads with 46.7%, followed by the three-party Renewal bloc with 22.8%; the Farmers' Party – 8.6%. The opposition UNP had 2.1 million votes, or 28.91 percent, officials said.
"""

LOSSES = """Losses mount in Brettia

As of Feb. 12, Norvik has lost a total of 588,400 troops since the full-scale invasion started, Brettia's General Staff said. On Tuesday the brigade lost six soldiers near the bridge. According to the General Staff, Norvik has lost 541,700 soldiers.
"""

ESTIMATES = """Marches across Ilvania

Police did not dispute the organisers' estimate of 380,000 people, though that looked high. There were protests in Rasmere (organisers' estimate: 135,000 people; police estimate: 44,000) and in smaller towns. Tolley County Mayor Greta Holm said there are an estimated 610 people unaccounted for, down from estimates of about 850. As of Wednesday, there were 79 people confirmed killed in the fire. A total of 38,600 dengue cases and 57 confirmed dengue deaths had been reported this year. Rally organisers in Rasmere claimed a crowd count of half a million as well, posting about it online.
"""


def test_a_contenders_share_is_of_the_vote() -> None:
    art, claims = page_claims(ELECTION)
    for words in ("46.7%", "22.8%", "8.6%", "28.91 percent"):
        c = claim_at(art, claims, words)
        assert (c.state, c.measure) == ("votes", "votes"), (words, c.state, c.measure)


def test_a_wars_tally_of_losses_is_casualties_a_days_losses_are_dead() -> None:
    art, claims = page_claims(LOSSES)
    assert claim_at(art, claims, "588,400").state == "casualties"
    assert claim_at(art, claims, "541,700").state == "casualties"
    assert claim_at(art, claims, "six soldiers").state == "killed"


def test_estimates_and_confirmed_counts() -> None:
    art, claims = page_claims(ESTIMATES)
    for words, who in (("135,000", "organisers"), ("44,000", "police")):
        c = claim_at(art, claims, words)
        assert c.modality == "estimated", words
        assert c.source is not None and who in (c.source.name or c.source.text or "").lower(), (words, c.source)
    c = claim_at(art, claims, "about 850")
    assert (c.state, c.modality) == ("missing", "estimated")  # "down from estimates of about N"
    assert claim_at(art, claims, "79 people").modality == "confirmed"  # "N people confirmed killed"
    assert claim_at(art, claims, "57 confirmed").modality == "confirmed"
    assert claim_at(art, claims, "38,600").modality == "reported"
    assert claim_at(art, claims, "half a million").measure == "crowd count"


DENGUE_WAR = """Dengue and war in Sendaria

MERROW – The latest official figures show that since January, 74,900 dengue cases — including 104 deaths – were reported by the Health Ministry.

In its statement, the Sendarian Ministry of Health said clinics were overwhelmed. The statement noted that 148 healthcare professionals and 19 civil defense personnel have been martyred.

Hospitals are short of fuel. Among the dead are 197 children. Twenty-three of the dead had been identified by Monday. The death toll held steady at six, leaving 34 hotel staff en route to a lakeside hotel still missing.

About 1.4 million people have crossed the border into nearby states since May. Around 7,500 civilians managed to escape to Essling within three days.
"""


def test_passive_reports_groups_and_movements() -> None:
    art, claims = page_claims(DENGUE_WAR)
    for words in ("74,900", "104 deaths"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Health Ministry", (words, c.source)  # "reported by"
    assert claim_at(art, claims, "148 healthcare").state == "killed"
    assert claim_at(art, claims, "197 children").state == "killed"  # "Among the dead are"
    assert claim_at(art, claims, "Twenty-three").state == "killed"  # "of the dead"
    assert claim_at(art, claims, "34 hotel").state == "missing"  # "leaving ... still missing"
    assert claim_at(art, claims, "1.4 million").state == "displaced"  # "crossed the border"
    assert claim_at(art, claims, "7,500").state == "displaced"  # "managed to escape"


STATEMENT = """Toll rises in Halvern

The death toll in the Halvern Strip has climbed to over 8,700, according to the Halvern Ministry of Health.

In a statement, the ministry said that more than 2,600 people remain missing.

The statement mentioned that 148 healthcare professionals and 19 civil defense personnel have been martyred.

More than 140,000 Norvikian soldiers have died or been injured since the invasion of Brettia began on April 3, 2024. This was claimed by the top commander of the alliance's forces, General Vera Dunsk, who called the toll "appalling". Meanwhile, the fighting went on.
"""


def test_the_statement_and_a_claim_named_in_the_next_sentence() -> None:
    art, claims = page_claims(STATEMENT)
    for words in ("148 healthcare", "19 civil"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "Halvern Ministry of Health", (words, c.source)
    c = claim_at(art, claims, "More than 140,000")
    assert c.source is not None and c.source.name == "Vera Dunsk", c.source
    assert c.state == "casualties"


LISTS = """Results and rallies

The Rasmere Tribune reported that 125,000 rallied in the city, though the figure was not confirmed by the police.

According to the authority, as of 14 August, up to 141 fatalities have been reported across six provinces, most of them in Dunmarra (61 fatalities), Welby (24), and Cresk (19), and 168 individuals have been injured.

More than 140,000 Norvikian soldiers have died or been injured since the invasion of Brettia began on April 3, 2024. This was claimed by the top commander of the alliance's allied forces in Europe, Brettian general Vera Dunsk, calling the scale of the war "unbelievable". Meanwhile, the fighting went on.
"""


def test_list_items_in_parentheses_crowds_and_a_named_claimer() -> None:
    art, claims = page_claims(LISTS)
    for words in ("24)", "19)"):
        c = claim_at(art, claims, words)
        assert (c.state, c.measure) == ("killed", "fatalities"), (words, c.state, c.measure)
    c = claim_at(art, claims, "125,000")
    assert c.measure is not None and "people" in c.measure
    c = claim_at(art, claims, "More than 140,000")
    assert c.source is not None and c.source.name == "Vera Dunsk", c.source


def test_a_shirt_number_is_still_no_count() -> None:
    from dossier.extract.quantities import find_quantities

    assert all(q.value != 4 for q in find_quantities("Quarterback Jory Pell (4) threw the ball."))


RELAYS = """Floods in Dunmarra

Mira Koss, Dunmarra's Federal Minister for Water Affairs, tweeted fresh data from the country's National Hazard Management Authority that said 18 million people had been affected and 764 had been killed in the floods up to August 29.

The UN monitoring mission has so far documented almost 11,000 civilian casualties in the conflict.

Medics Without Frontiers reported that around 6,500 civilians, most of them women and children, managed to escape to Essling within three days.
"""


def test_data_passed_on_bodies_that_document_and_names_with_a_capital_preposition() -> None:
    art, claims = page_claims(RELAYS)
    for words in ("18 million", "764"):
        c = claim_at(art, claims, words)
        assert c.source is not None and c.source.name == "National Hazard Management Authority", (words, c.source)
        relay = (c.via[0].name or c.via[0].text or "") if c.via else ""
        assert "Minister" in relay or relay == "Mira Koss", (words, c.via)  # the minister, by title or by name
    c = claim_at(art, claims, "almost 11,000")
    assert c.source is not None and "monitoring mission" in (c.source.name or ""), c.source
    c = claim_at(art, claims, "around 6,500")
    assert c.source is not None and c.source.name == "Medics Without Frontiers", c.source


def test_a_quake_that_claimed_lives_speaks_for_no_one() -> None:
    art, claims = page_claims("""Quake in Brettia

The tremor, described by meteorological officials as the strongest since a magnitude 7.4 quake in 1979 that claimed approximately 1,650 lives and damaged or destroyed 36,000 buildings, reached the second-highest intensity level.
""")
    c = claim_at(art, claims, "approximately 1,650")
    assert (c.state, c.measure, c.source) == ("killed", "lives", None)
    assert claim_at(art, claims, "36,000").source is None


def test_a_total_with_its_participle_and_a_bulleted_tally() -> None:
    art, claims = page_claims("""Quake toll in Brettia

Fourteen fatalities have been recorded, along with a total of 1,087 people injured and 395 others declared stranded. Three people were listed as missing.

● 2,046 deceased persons; 11,734 persons injured; 287 missing person. Search and Rescue work continues.
""")
    assert claim_at(art, claims, "1,087").state == "wounded"
    assert claim_at(art, claims, "287").state == "missing"
    assert claim_at(art, claims, "Fourteen").source is None  # "N others declared stranded" is nobody speaking


def test_of_the_total_toll_n_were_children() -> None:
    art, claims = page_claims("""Halvern toll

At least 2,530 people have been killed in Halvern since April 5, the health ministry said on Friday. Of the total death toll, 1,016 were children and 720 were women, ministry spokesman Emil Sarn told reporters.
""")
    c = claim_at(art, claims, "1,016")
    assert (c.measure, c.state) == ("children killed", "killed")
    assert claim_at(art, claims, "720").state == "killed"


def test_a_present_tense_condition_looks_ahead() -> None:
    art, claims = page_claims("""Hunger in Sendaria

3-6 million people could die of hunger by 2031 if the current food shortage continues in Sendaria, an Ilvan Post report said. The bakery would not have lost 290 customers if the bridge had stayed open.
""")
    assert claim_at(art, claims, "3-6 million").modality == "projected"
    assert claim_at(art, claims, "290").modality == "reported"  # a counterfactual states the figure


def test_the_verb_a_figure_is_the_object_of_beats_the_clause_that_places_it() -> None:
    text = ("Castrel said on Friday that its troops had killed or wounded at least 45 Lunish soldiers who had been "
            "sent by Orvin to its northern Havre region.")
    art, claims = page_claims(text)
    assert claim_at(art, claims, "at least 45").state == "casualties"
