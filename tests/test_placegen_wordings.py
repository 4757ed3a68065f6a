"""The place rules hold for the family of wordings a reporter uses, not only for the words a rule was
first written on: each case is tried with several wordings of one construction. The events, people
and small places are invented; the big places are real where a rule needs the gazetteer."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


@pytest.mark.parametrize("link", ["when", "after", "as", "while"])
@pytest.mark.parametrize("blow", ["an air raid struck a home", "a blast tore through a market", "shells hit a school"])
def test_the_blow_that_harmed_the_counted_gives_their_place(nlp, link: str, blow: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Clashes flared in several towns of northern Iraq on Friday.\n\n"
            f"At least 14 people were hurt {link} {blow} in the Dallen neighbourhood of Mosul.")
    claims = _claims(nlp, text)
    assert "Dallen" in (_at(claims, 14).location or ""), _why(claims)


@pytest.mark.parametrize("sentence", [
    "At least 12 people were killed after a car bomb exploded at a market in the Dallen district of Mosul.",
    "At least 12 people died after a building collapsed in the Dallen district of Mosul.",
    "At least 12 people were killed after gunmen opened fire on a bus in the Dallen district of Mosul.",
    "At least 12 people died after a rocket slammed into a house in the Dallen district of Mosul.",
    "At least 12 people were wounded while a drone attack targeted a wedding in the Dallen district of Mosul.",
])
def test_what_happened_where_the_counted_were_harmed_gives_their_place(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Clashes flared in several towns of northern Iraq on Friday.\n\n" + sentence)
    assert "Dallen" in (_at(claims, 12).location or ""), _why(claims)


@pytest.mark.parametrize("link", ["after", "since"])
def test_what_the_counted_did_before_is_still_another_event(nlp, link: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Heavy rain fell across Iraq on Friday.\n\n"
            f"Some 40 people have died {link} fleeing their homes in Mosul, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 40).location != "Mosul", _why(claims)


@pytest.mark.parametrize("near", ["near", "close to", "not far from", "just outside", "on the outskirts of",
                                  "off the coast of", "in the vicinity of"])
def test_a_lead_s_town_the_quake_struck_near_is_the_place_for_later_figures(nlp, near: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"A powerful quake hit {near} Manokwari in Indonesia early on Sunday.\n\n"
            "Shaking was reported 900 kilometres away in northern Australia.\n\n"
            "About 230 homes were damaged, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 230).location == "Manokwari", _why(claims)


@pytest.mark.parametrize("opening", ["In a previous raid", "During a previous raid", "In an earlier air strike",
                                     "During an earlier air strike", "Amid an earlier assault"])
def test_the_raid_that_killed_the_counted_gives_its_neighbourhood_whatever_the_preposition(nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{opening} on the Vellow neighbourhood of Mosul, at least 6 people from one family were killed."
    claims = _claims(nlp, text)
    assert "Vellow" in (_at(claims, 6).location or ""), _why(claims)


@pytest.mark.parametrize("text", [
    "In the 2006 Lebanon war, 27 civilians died in one air raid.",
    "In the 2006 Lebanon war, one air raid killed 27 civilians.",
    "During the 2006 Lebanon war, one air raid killed 27 civilians.",
    "During the 2006 Lebanon war, 27 civilians died in a single air strike.",
    "Amid the 2006 Lebanon war, a single air strike killed 27 civilians.",
    "Over the course of the 2006 Lebanon war, air raids killed 27 civilians in one village.",
    "In the course of the 2006 war in Lebanon, one air raid killed 27 civilians.",
])
def test_a_war_named_after_a_place_places_its_tolls_whatever_the_preposition(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert _at(claims, 27).location == "Lebanon", _why(claims)


@pytest.mark.parametrize("second", ["another 1,500", "a further 1,500", "an additional 1,500", "some 1,500 more",
                                    "1,500 more", "1,500 others"])
def test_each_of_two_rallies_keeps_its_own_city(nlp, second: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"On Saturday about 4,000 marchers joined a peaceful protest in Lima and {second} rallied in the "
            "northern city of Trujillo, police said.")
    claims = _claims(nlp, text)
    assert _at(claims, 4000).location == "Lima", _why(claims)
    assert _at(claims, 1500).location == "Trujillo", _why(claims)


def test_a_place_closing_two_counts_is_still_both_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "At least 1,208 people were killed and 3,310 were injured in the province of Orla, officials said."
    claims = _claims(nlp, text, title="Quake strikes")
    assert _at(claims, 1208).location == _at(claims, 3310).location == "Orla", _why(claims)


@pytest.mark.parametrize("felt", ["tremors were felt", "shaking was felt", "the quake was felt", "strong shocks were felt",
                                  "the jolt could be felt"])
def test_where_a_quake_was_felt_does_not_hide_where_it_struck(nlp, felt: str) -> None:  # type: ignore[no-untyped-def]
    text = ("The toll from a strong earthquake that struck northern Chile on Tuesday could rise steeply, "
            f"rescuers warned on Wednesday, after {felt} in several large towns and as far away as "
            "the capital Lima, a broadcaster reports.\n\n"
            "The epicentre lay 40 kilometres west of the town of Quorra, the institute said.\n\n"
            "More than 65 people were injured.")
    claims = _claims(nlp, text)
    assert _at(claims, 65).location == "Chile", _why(claims)


@pytest.mark.parametrize("title", ["Mudslides bury homes in Mendoza", "Deadly storms lash Mendoza", "Storms hit Mendoza",
                                   "Heavy rains batter Mendoza", "Floods pound Mendoza", "Flash floods sweep Mendoza",
                                   "Strong quake rocks Mendoza", "Torrential rain batters Buenos Aires",
                                   "Quake Jolts Mendoza, Killing Dozens", "Heavy rain drenches Mendoza",
                                   "Wildfires ravage Mendoza as toll climbs"])
def test_the_place_a_title_s_disaster_strikes_beats_where_a_speaker_sits(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "An aid agency spokesman in Geneva told journalists 43 people had died.", title=title)
    place = "Buenos Aires" if title.endswith("Buenos Aires") else "Mendoza"
    assert (_at(claims, 43).location, _at(claims, 43).location_basis) == (place, "inherited"), _why(claims)


@pytest.mark.parametrize("aim", ["designed to shore up state control over", "meant to tighten the government's hold on",
                                 "aimed at tightening the government's grip on", "intended to extend state control over",
                                 "to secure", "in a bid to secure"])
def test_the_aim_of_an_operation_is_not_the_place_of_the_losses(nlp, aim: str) -> None:  # type: ignore[no-untyped-def]
    text = ("The number of Dorvan soldiers lost in Afghanistan rose again over the past year.\n\n"
            "The deadliest year was 2010, with 131 dead, when insurgents laid roadside bombs against units taking "
            f"part in Operation Kestrel, {aim} northern Helmand.\n\n"
            "In 2011, 88 soldiers lost their lives.")
    claims = _claims(nlp, text, title="Afghanistan: Dorvan losses pass 500")
    assert _at(claims, 88).location == "Afghanistan", _why(claims)
    assert _at(claims, 131).location in ("Afghanistan", "Helmand"), _why(claims)


def test_troops_sent_to_fight_somewhere_are_still_placed_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Some 3,000 Dorvan troops were sent to fight in Helmand last year, the ministry said."
    claims = _claims(nlp, text, title="Afghanistan: Dorvan losses pass 500")
    assert _at(claims, 3000).location == "Helmand", _why(claims)


@pytest.mark.parametrize("running", ["taking the toll of", "taking the number of", "bringing the total number of",
                                     "taking the count of", "pushing the overall total of", "taking the tally of",
                                     "raising the figure of"])
def test_a_running_total_is_the_country_s_whatever_its_noun(nlp, running: str) -> None:  # type: ignore[no-untyped-def]
    text = ("A roadside bomb in eastern Afghanistan killed a Dorvan soldier, the defence ministry said on Monday, "
            f"{running} Dorvan troops who have died there since 2002 to 174.\n\n"
            "On Friday three soldiers were killed in eastern Afghanistan, the ministry said.")
    claims = _claims(nlp, text)
    assert _at(claims, 174).location == "Afghanistan", _why(claims)
    assert _at(claims, 3).location == "eastern Afghanistan", _why(claims)


@pytest.mark.parametrize("left", ["had been evacuated from his city", "had left his city", "had fled his city",
                                  "had been moved out of his city", "had been taken out of the city"])
@pytest.mark.parametrize("named", ["The northern city of Ravenna was hit", "Ravenna, a city in the north, was hit",
                                   "The city of Ravenna, further north, was hit", "Ravenna, a town further north, was hit"])
def test_the_city_a_mayor_calls_his_is_the_one_named_before(nlp, left: str, named: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Floods in Italy’s Emilia-Romagna region have killed at least three people.\n\n"
            f"{named} badly too. Its mayor, Dario Pellin, told a local broadcaster "
            f"that 2,700 residents {left} overnight.")
    claims = _claims(nlp, text)
    assert _at(claims, 2700).location == "Ravenna", _why(claims)


@pytest.mark.parametrize("text", [
    "Flooding in Tuscany has killed at least nine people, officials said.",
    "Floods in Tuscany killed at least nine people on Sunday.",
    "The storm in Tuscany has left at least nine people dead, rescuers said.",
    "Torrential rain in Tuscany killed at least nine people overnight.",
    "Landslides in Tuscany have killed at least nine people.",
    "A storm over Tuscany has left at least nine people dead, officials said.",
    "Heavy rains over Tuscany have killed at least nine people.",
])
def test_a_place_in_the_subject_that_killed_is_the_figure_s(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert _at(claims, 9).location == "Tuscany", _why(claims)


@pytest.mark.parametrize("deaths", [
    "after the deaths of at least six Nepalis on the front line of the Ukraine war",
    "since at least six Nepalis were killed on the front lines of the Ukraine war",
    "after at least six Nepalis died on the front line of the Ukraine war",
    "as at least six Nepalis lost their lives on the battlefields of the Ukraine war",
    "following the killing of at least six Nepalis on the front lines of the Ukraine war",
    "because at least six Nepalis have died fighting in the Ukraine war",
    "since at least six Nepalis were killed while serving in the Ukraine war",
])
def test_the_front_of_a_war_beats_the_capital_an_issue_is_for(nlp, deaths: str) -> None:  # type: ignore[no-untyped-def]
    text = ("KATHMANDU: The Russian army has sent home 37 Nepali men it had signed up, the foreign ministry said on "
            "Monday.\n\n"
            f"Bringing back Nepalis who serve as cooks in Russian army units has become an urgent matter for Kathmandu {deaths}.")
    claims = _claims(nlp, text)
    assert _at(claims, 6).location == "Ukraine", _why(claims)


@pytest.mark.parametrize("area", ["Middle Corran", "Upper Dunmore", "North Vellan", "Lower Brisk", "West Tarrow"])
@pytest.mark.parametrize("noun", ["town", "village"])
def test_the_town_after_of_beats_the_area_named_before_it(nlp, area: str, noun: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"Sixteen people died when creeks near the small {area} {noun} of Harbeck overflowed after more than "
            "12 inches of rain fell in a single night.")
    claims = _claims(nlp, text, title="Flash floods in Pellia")
    assert _at(claims, 16).location == "Harbeck", _why(claims)



def test_a_camp_named_before_its_noun_is_still_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Eleven people were killed in the Jabaliya refugee camp, officials said.", title="Strike on camp")
    assert _at(claims, 11).location == "Jabaliya refugee camp", _why(claims)


@pytest.mark.parametrize("lead", [
    "The quake, which was also felt in the capital Lima, struck northern Chile on Tuesday, officials said.",
    "A strong quake struck northern Chile on Tuesday as shaking was felt as far away as the capital Lima, officials said.",
    "Shaking from the strong quake that hit northern Chile on Tuesday was felt as far away as Lima, officials said.",
])
def test_a_lead_s_struck_place_is_kept_beside_where_it_was_felt(nlp, lead: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"{lead}\n\nThe epicentre lay 40 kilometres west of the town of Quorra, the institute said.\n\n"
            "More than 65 people were injured.")
    claims = _claims(nlp, text)
    assert _at(claims, 65).location == "Chile", _why(claims)


@pytest.mark.parametrize("town", ["Ravenna, a city in the north,", "Harbeck, a town near the coast,",
                                  "Harbeck, a small town further north,"])
def test_there_after_a_town_a_settlement_noun_describes_is_that_town(nlp, town: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Floods swept northern Italy on Monday.\n\n{town} was worst hit, and 2,900 people were evacuated there."
    claims = _claims(nlp, text)
    assert _at(claims, 2900).location == town.split(",")[0], _why(claims)
