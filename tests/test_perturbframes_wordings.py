"""Frames that must not change when a sentence is reworded: the same construction with other speech verbs,
death verbs, harm words or qualifiers reads the same (fictional sentences, invented places, bodies and numbers)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_at, page_claims


def _one(sentence: str, figure: str):  # type: ignore[no-untyped-def]
    art, claims = page_claims("Storm news from the Velmar coast\n\n" + sentence)
    return claim_at(art, claims, figure)


# a closing speaker after a "but" clause gives the whole sentence, whatever its speech verb
@pytest.mark.parametrize("verb", ["said", "stated", "reported", "announced"])
def test_closing_speaker_after_a_but_clause(verb: str) -> None:
    c = _one(f"Nine bodies have been recovered from the ruins of the Hotel Tarsa, but many of its guests are still "
             f"unaccounted for, rescuers {verb}.", "Nine")
    assert c.state == "killed"
    assert c.source is not None and c.source.name == "rescuers"


def test_a_but_clause_whose_speaker_comes_first_is_not_the_figures() -> None:
    c = _one("The toll reached 4,170, but local officials stated it could be higher.", "4,170")
    assert c.source is None


# a closing "a spokesperson reported on Monday" the parser hangs on its speaker as a participle
@pytest.mark.parametrize("verb", ["said", "stated", "reported", "announced"])
def test_closing_speaker_with_a_participle_shaped_verb(verb: str) -> None:
    c = _one(f"The death toll from the storm has climbed to 187, a coast guard spokesperson {verb} on Monday.", "187")
    assert c.state == "killed"
    assert c.source is not None and c.source.name == "coast guard spokesperson"


# a verb with no passive read as a participle after the counted noun is what they did
@pytest.mark.parametrize("verb,state", [("died", "killed"), ("perished", "killed"), ("fled", "displaced")])
def test_a_verb_without_passive_after_the_counted(verb: str, state: str) -> None:
    c = _one(f"At least 37 villagers {verb} in Dornach, officials said.", "At least 37")
    assert c.state == state
    assert c.source is not None and c.source.name == "officials"


# killed or wounded, in any order and with any harm word, counts casualties
@pytest.mark.parametrize("pair", ["killed or wounded", "killed or injured", "killed or hurt", "wounded or killed",
                                  "injured or killed"])
def test_killed_or_wounded_is_casualties(pair: str) -> None:
    art, claims = page_claims("Losses mount in the Tarsa region\n\nBRELL, Jan 9 (Wire) - The number of Ostrelian troops "
                              f"{pair} has reached 2,740, President Lena Orvik said in her evening address.")
    assert claim_at(art, claims, "2,740").state == "casualties"


def test_killed_and_a_separate_wounded_count_stay_apart() -> None:
    art, claims = page_claims("Clashes in Tarsa\n\nFour were killed and 19 wounded or hurt in the clashes, police said.")
    assert claim_at(art, claims, "Four").state == "killed"
    assert claim_at(art, claims, "19").state == "wounded"


# a count cut off on a weekday keeps the state of whatever its group did
@pytest.mark.parametrize("verb", ["were killed", "died", "perished", "lost their lives"])
def test_a_count_after_a_weekday_takes_its_verb(verb: str) -> None:
    c = _one(f"Tarsa's army said on Thursday 14 of its peacekeepers {verb} in an attack on their camp.", "14")
    assert (c.value, c.state) == (14.0, "killed")


# "upwards of N" reads as "more than N"
@pytest.mark.parametrize("qual", ["More than", "Over", "Upwards of"])
def test_upwards_of_reads_like_more_than(qual: str) -> None:
    c = _one(f"{qual} 31,500 were in evacuation centers as of Friday.", "31,500")
    assert (c.value, c.qualifier, c.state) == (31500.0, "over", "displaced")
    c = _one(f"{qual} 52,000 people packed into relief camps across the province.", "52,000")
    assert (c.qualifier, c.state) == ("over", "displaced")


@pytest.mark.parametrize("qual", ["more than", "upwards of"])
def test_upwards_of_after_its_verb(qual: str) -> None:
    c = _one(f"The army has deployed {qual} 6,300 troops to the border.", "6,300")
    assert (c.qualifier, c.state) == ("over", "present")


@pytest.mark.parametrize("verb", ["said", "stated", "reported", "announced"])
def test_closing_speaker_followed_by_what_it_adds(verb: str) -> None:
    c = _one(f"The death toll from Cyclone Orma that lashed the Tarsa islands last week has climbed to 163, a coast guard "
             f"spokesperson {verb} on Monday, adding that 48 more remain missing.", "163")
    assert c.state == "killed"
    assert c.source is not None and c.source.name == "coast guard spokesperson"


# people described by what they were doing take the state of what then happened to them
@pytest.mark.parametrize("verb,state", [("were killed", "killed"), ("died", "killed"), ("lost their lives", "killed"),
                                        ("were evacuated", "evacuated")])
def test_people_doing_something_then_harmed(verb: str, state: str) -> None:
    c = _one(f"Authorities said 28 people sheltering in a clinic {verb} on Friday.", "28")
    assert c.state == state


# the number of troops killed or wounded is their casualties, whichever invented names the sentence has
@pytest.mark.parametrize("sides", ["Varn and Ostrian", "Felm and Uzkloem", "Tarsan and Brellish", "Kessel and Dornach"])
def test_combined_number_killed_or_wounded_with_any_names(sides: str) -> None:
    c = _one(f"The combined number of {sides} troops killed or wounded since the fighting started a year and a half ago "
             "is close to 47,000, officials said on Friday.", "47,000")
    assert (c.qualifier, c.state) == ("nearly", "casualties")


# a body a name owns speaks as itself, whether the tagger takes the owner's name for a person or a place
@pytest.mark.parametrize("owner", ["Ostrel", "Uzklir", "Kessin", "Marta"])
def test_a_named_owners_body_is_the_source(owner: str) -> None:
    c = _one(f"Around 1,650 troops have been killed or wounded fighting in the south, as reported by {owner}'s spy service.",
             "Around 1,650")
    assert c.state == "casualties"
    assert c.source is not None and c.source.name == f"{owner}'s spy service"


# a people's invented name is people, whatever its ending
@pytest.mark.parametrize("people", ["Marrowans", "Mirrawins", "Velmaris", "Tarsites", "Dornachers"])
def test_an_invented_peoples_name_counts_people(people: str) -> None:
    c = _one(f"Authorities said 41 {people} sheltering in a clinic were killed on Friday.", "41")
    assert c.state == "killed"
    c = _one(f"A Tessel artillery strike that killed some 23 {people} sheltering in a school Friday lent fresh urgency.", "some 23")
    assert c.state == "killed"


# a figure right after any speech verb opens the clause it is the subject of
@pytest.mark.parametrize("verb", ["said", "stated", "reported", "announced"])
def test_a_figure_after_any_speech_verb(verb: str) -> None:
    art, claims = page_claims(f"Floods in Tarsa\n\nAuthorities {verb} 265 were still missing and 1,140 had been evacuated.")
    c = claim_at(art, claims, "265")
    assert (c.value, c.state) == (265.0, "missing")
    assert c.source is not None and c.source.name == "Authorities"
    assert claim_at(art, claims, "1,140").state == "evacuated"


def test_a_counted_object_of_a_speech_verb_stays_its_object() -> None:
    art, claims = page_claims("Fever in Tarsa\n\nThe agency reported 38 new cases on Monday.")
    assert claim_at(art, claims, "38").state == "cases"


# a range whose first number the parser hangs on a word before it still counts the noun after it
@pytest.mark.parametrize("rng", ["7,000 to 8,000", "8,000 to 9,100", "6,500 to 9,000"])
def test_a_range_after_an_adjective_counts_its_noun(rng: str) -> None:
    art, claims = page_claims(f"Troops in Marrow\n\nLena Ost said that in total there might be nearer {rng} Norvian "
                              "soldiers in Marrow.")
    c = claim_at(art, claims, rng)
    assert (c.qualifier, c.state, c.modality) == ("range", "present", "estimated")


# a body named by an invented country keeps its country, whatever the tagger takes the country's word for
@pytest.mark.parametrize("country", ["Tesselian", "Kizziroem", "Norvian", "Dallish"])
def test_a_countrys_body_named_by_any_word(country: str) -> None:
    c = _one(f"Over 2,870 people were hurt, according to a report the {country} ministry published.", "Over 2,870")
    assert c.source is not None and c.source.name == f"{country} ministry"


@pytest.mark.parametrize("country", ["Norvian", "Narfuin", "Mulfoem"])
def test_a_countrys_intelligence_estimates(country: str) -> None:
    c = _one(f"According to {country} intelligence estimates, about 420 of the 8,700 soldiers sent there died.", "about 420")
    assert (c.state, c.modality) == ("killed", "estimated")
    assert c.source is not None and c.source.name == f"{country} intelligence"


# "gone up to N" reads the same whichever number it is (the parser hangs the "to" on "up" for some numbers)
@pytest.mark.parametrize("number", ["1,149", "1,310", "1,409", "2,650", "905"])
def test_gone_up_to_any_number(number: str) -> None:
    art, claims = page_claims(f"Quake in Dorvia\n\nAt least 1,500 people died in the Dorvian quake. The count in Kessa has gone "
                              f"up to {number}.")
    assert claim_at(art, claims, number).state == "killed"
    art, claims = page_claims(f"Quake in Dorvia\n\nThe count in Kessa has gone up to {number}.")
    assert claim_at(art, claims, number).state == "present"


# every "... of N" qualifier reads as its one-word kin does
@pytest.mark.parametrize("qual,code", [("More than", "over"), ("Upwards of", "over"), ("In excess of", "over"),
                                       ("At least", "at_least"), ("A minimum of", "at_least")])
def test_of_qualifiers_before_a_subject(qual: str, code: str) -> None:
    c = _one(f"{qual} 27,300 were in evacuation centers as of Friday.", "27,300")
    assert (c.qualifier, c.state) == (code, "displaced")
    c = _one(f"{qual} 31 villagers died in Dornach, officials said.", "31")
    assert (c.qualifier, c.state) == (code, "killed")


@pytest.mark.parametrize("qual,code", [("more than", "over"), ("in excess of", "over"), ("at least", "at_least"),
                                       ("a minimum of", "at_least")])
def test_of_qualifiers_after_a_verb(qual: str, code: str) -> None:
    c = _one(f"The blast killed {qual} 23 people and injured 46 in Dornach.", "23")
    assert (c.qualifier, c.state) == (code, "killed")
    c = _one(f"The gas blast left {qual} 64 workers with serious injuries in Dornach.", "64")
    assert (c.qualifier, c.state) == (code, "wounded")
