"""The place of figures in shapes news pages use (probe of deployments abroad and disaster tolls):
a figure reported in the passive ("were confirmed dead there"), an area called back ("in their
regions"), a town glossed in an aside between commas, "in and around" a town, a country the tagger
calls an organisation after "sent ... to", a toll the parser hung on a verb of saying, a country
naming the event in a title's kicker, and a sentence that goes on about another country's place
with "also". The events are invented; the places are real where a rule needs the gazetteer."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


# --- a figure reported in the passive: the verb's own phrases place it --------------------------------

@pytest.mark.parametrize("text, value, place", [
    ("Heavy rain hit the country this week.\n\nThe agency running relief work in the battered Oaxaca state said 31 "
     "people had been confirmed dead there.", 31, "Oaxaca"),
    ("Storms swept the coast on Sunday.\n\nA spokesman for the rescue teams in the northern Sumy region said 17 "
     "bodies had been reported found there.", 17, "Sumy"),
    ("Fighting went on along the front.\n\nThe governor said 12 civilians were confirmed killed in Kharkiv overnight.",
     12, "Kharkiv"),
])
def test_a_figure_reported_in_the_passive_takes_its_own_place(nlp, text, value, place) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text, title="Toll climbs after week of disaster in Ukraine and Mexico")
    assert place in (_at(claims, value).location or ""), _why(claims)


# --- "in their regions": the places the sentence named before ----------------------------------------

@pytest.mark.parametrize("text, value, places", [
    ("Officials in Cuenca and Albacete have reported a combined five deaths in their provinces.", 5, ("Cuenca", "Albacete")),
    ("Authorities in Oaxaca said four people drowned in their state on Monday.", 4, ("Oaxaca",)),
    ("Emergency services in the Murcia region counted nine deaths in their area by Tuesday evening.", 9, ("Murcia",)),
])
def test_an_area_called_back_is_the_place_named_before(nlp, text, value, places) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Floods battered the east of the country on Sunday.\n\n" + text, title="Flood toll rises")
    got = _at(claims, value).location or ""
    assert all(p in got for p in places), _why(claims)


# --- a town glossed by an aside between commas ---------------------------------------------------------

@pytest.mark.parametrize("sentence, value, town", [
    ("Officials said Kramatorsk, in the Donetsk region, suffered the heaviest losses, with 25 people killed.", 25, "Kramatorsk"),
    ("Rescuers said Torrent, near the city of Valencia, was hardest hit, with about 18 residents dead.", 18, "Torrent"),
    ("Police said Sumy, in the north of the country, recorded the most victims, with 14 people missing.", 14, "Sumy"),
])
def test_a_town_glossed_between_commas_is_the_place(nlp, sentence, value, town) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The storm tore through the region overnight.\n\n" + sentence, title="Storm leaves dozens dead")
    assert _at(claims, value).location == town, _why(claims)


# --- "in and around" a town -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, town", [
    ("The damage was worst in the hills, where at least 33 residents perished in and around Asheville on Friday.", 33, "Asheville"),
    ("Flooding was severe along the river, where 21 people were killed in and near the town of Kharkiv.", 21, "Kharkiv"),
    ("The fires spread across the valley, where nine residents perished in and around Valparaiso.", 9, "Valparaiso"),
])
def test_a_figure_in_and_around_a_town_is_the_town(nlp, sentence, value, town) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, sentence, title="Disaster toll climbs")
    assert town in (_at(claims, value).location or ""), _why(claims)


# --- a country after "sent ... to", whatever the tagger calls it ----------------------------------------

@pytest.mark.parametrize("sentence, value, country", [
    ("Ghana deployed a battalion of 800 soldiers to Mali to secure the northern border.", 800, "Mali"),
    ("Senegal sent a force of 600 troops to Chad to help guard the camps.", 600, "Chad"),
    ("Jamaica dispatched a unit of 150 police officers to Haiti to help fight the gangs.", 150, "Haiti"),
])
def test_the_country_a_force_is_sent_to(nlp, sentence, value, country) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, sentence, title="Troops sent abroad")
    assert _at(claims, value).location == country, _why(claims)


# --- a toll the parser hung on the verb of saying ------------------------------------------------------

@pytest.mark.parametrize("sentence, value, country", [
    ("The army has announced the death toll of its soldiers in the Central African Republic (CAR) has risen to 9 "
     "after a wounded corporal died.", 9, "Central African Republic"),
    ("The ministry announced the number of casualties among its troops in South Sudan (SSD) has climbed to 31 "
     "since the deployment began.", 31, "South Sudan"),
    ("The force has confirmed the death toll of its peacekeepers in Democratic Republic of Congo (DRC) has reached "
     "seven after an ambush.", 7, "Congo"),
])
def test_a_toll_object_of_a_verb_of_saying_keeps_its_place(nlp, sentence, value, country) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, sentence + "\n\nThey were killed near Juba and Bangui last week.", title="Troop deaths rise")
    assert country in (_at(claims, value).location or ""), _why(claims)


# --- a country that names the event in a title's kicker -------------------------------------------------

@pytest.mark.parametrize("title, text, value, country", [
    ("Chile Wildfire Update: Toll Climbs to 112 As Crews Battle Flames",
     "Buenos Aires, Feb 4: The toll from the fires rose to 112 on Sunday, officials said. Another 40 people were missing "
     "after flames reached more hillside neighbourhoods.", 40, "Chile"),
    ("Peru Landslide Latest: 23 Dead As Search Goes On",
     "Quito, May 2: Rescuers pulled 23 bodies from the mud by Tuesday, officials said. Some 60 homes were buried, "
     "they said.", 23, "Peru"),
    ("Nepal Flood Tracker: Missing Rise to 80 After Night of Rain",
     "New Delhi, July 9: Authorities said 80 people were still missing on Tuesday and 12 bodies had been found.",
     80, "Nepal"),
])
def test_a_country_naming_the_event_in_a_title_kicker_is_the_scope(nlp, title, text, value, country) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text, title=title, dateline=text.split(",")[0])
    assert _at(claims, value).location == country, _why(claims)


# --- a sentence that goes on about another country's place with "also" ----------------------------------

@pytest.mark.parametrize("follow, value", [
    ("Officials also said 40 workers were missing at the site.", 40),
    ("The city's governor also announced that 25 people were injured.", 25),
    ("Rescuers have also pulled 7 survivors from the wreckage of the tower.", 7),
])
def test_also_goes_on_about_the_other_country(nlp, follow, value) -> None:  # type: ignore[no-untyped-def]
    text = ("The quake killed 300 people across Myanmar, the military said.\n\n"
            "At least 9 people were also killed in Bangkok, the Thai capital, where a tower collapsed. " + follow)
    claims = _claims(nlp, text, title="Myanmar quake kills hundreds")
    assert _at(claims, value).location == "Bangkok", _why(claims)


@pytest.mark.parametrize("follow, value", [
    ("\n\nOfficials also said 500 people were missing.", 500),
    (" Officials said 500 people were missing.", 500),
])
def test_without_also_or_in_a_new_paragraph_the_story_place_stays(nlp, follow, value) -> None:  # type: ignore[no-untyped-def]
    text = ("The quake killed 300 people across Myanmar, the military said.\n\n"
            "At least 9 people were also killed in Bangkok, the Thai capital, where a tower collapsed." + follow)
    claims = _claims(nlp, text, title="Myanmar quake kills hundreds")
    assert _at(claims, value).location == "Myanmar", _why(claims)


# --- a figure outside a town: the rest of its country --------------------------------------------------

@pytest.mark.parametrize("text, value, country", [
    ("Russian drones killed 4 people in Kharkiv overnight, and 9 others died in strikes outside the city, the governor said.",
     9, "Ukraine"),
    ("Floodwaters killed 16 residents of Lima on Monday.\n\nOutside the capital, 27 people were swept away.", 27, "Peru"),
    ("At least 31 people were reported dead outside Valparaiso as the fires spread, officials said.", 31, "Chile"),
])
def test_a_figure_outside_a_town_is_the_rest_of_its_country(nlp, text, value, country) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text, title="Deadly night for the region")
    assert _at(claims, value).location == country, _why(claims)


def test_the_other_figure_outside_the_capital_leaves_the_town_figure_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The fever killed 17 more people this week.\n\nOf the new deaths, 14 were reported in Lima and the "
            "remaining three from outside the capital, health officials said.")
    claims = _claims(nlp, text, title="Fever toll rises")
    assert _at(claims, 14).location == "Lima", _why(claims)


# --- a paragraph that sets the scene in a place, then counts -------------------------------------------

@pytest.mark.parametrize("text, value, town", [
    ("Floods swept through Spain this week.\n\nIn the town of Alzira, the river rose four metres in an hour. "
     "Nineteen people died there and 30 are missing.", 19, "Alzira"),
    ("A strong quake struck Afghanistan on Saturday.\n\nIn Zinda Jan district, whole villages were flattened. "
     "At least 800 people were killed, a local official said.", 800, "Zinda Jan district"),
    ("The cyclone hit Mozambique overnight.\n\nIn Beira, roofs were torn off across the port. Officials counted "
     "46 deaths by Friday.", 46, "Beira"),
])
def test_an_opening_in_place_frames_the_next_sentence(nlp, text, value, town) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text, title="Disaster toll climbs")
    assert _at(claims, value).location == town, _why(claims)


def test_a_new_paragraph_or_a_running_toll_is_not_framed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A strong quake struck Afghanistan on Saturday.\n\nIn Zinda Jan district, whole villages were flattened.\n\n"
            "At least 800 people were killed, a local official said. In Herat city, homes cracked. The death toll rose to 1,200.")
    claims = _claims(nlp, text, title="Afghanistan quake kills hundreds")
    assert _at(claims, 800).location == "Afghanistan", _why(claims)
    assert _at(claims, 1200).location == "Afghanistan", _why(claims)


# --- a country's losses inherited from a title that names the sender: where it sent its men ----------------

@pytest.mark.parametrize("title, text, value, place", [
    ("Kenya's losses mount in Haiti mission",
     "Kenya has deployed 800 police officers to Haiti since June.\n\nTwo officers have been killed and 5 wounded.", 5, "Haiti"),
    ("North Korea's losses in Russia's war mount a year on",
     "A year after North Korea first sent troops to help Moscow, its toll has grown.\n\nAbout 6,000 of its soldiers have "
     "been killed or wounded, according to British officials.\n\nNorth Korea has also sent 1,000 engineers to Russia.",
     6000, "Russia"),
    ("Chad's casualties climb",
     "Chad dispatched a contingent of 1,400 soldiers to Mali last year.\n\nSince then, 19 of them have died, the army said.",
     19, "Mali"),
])
def test_losses_of_a_sending_country_are_where_it_sent_its_men(nlp, title, text, value, place) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text, title=title)
    assert _at(claims, value).location == place, _why(claims)


def test_a_country_that_sends_rescuers_abroad_keeps_its_own_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The quake killed 4,500 people across Turkey, officials said.\n\nTurkey also sent 300 rescue workers to Syria.\n\n"
            "More than 20,000 people were injured.")
    claims = _claims(nlp, text, title="Turkey's quake toll rises")
    assert _at(claims, 20000).location == "Turkey", _why(claims)


# --- a dateline the parser took for the subject -------------------------------------------------------

@pytest.mark.parametrize("text, dateline, value", [
    ("SEOUL — North Korean troops have suffered about 1,100 casualties, lawmakers said on Monday after a briefing "
     "by the spy agency.\n\nThe soldiers are fighting for Russia against Ukraine.", "SEOUL", 1100),
    ("NAIROBI — Kenyan police units have suffered 40 casualties since March, a spokesman said after a meeting with "
     "the minister.\n\nThe units serve in Haiti under a UN-backed mission.", "NAIROBI", 40),
])
def test_a_dateline_taken_for_the_subject_is_not_the_place(nlp, text, dateline, value) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text, title="Losses mount abroad", dateline=dateline)
    assert (_at(claims, value).location or "").lower() != dateline.lower(), _why(claims)


# --- "the city" / "the province" calling back the one town or region of the sentence before ---------------

@pytest.mark.parametrize("text, value, town", [
    ("The quake struck Turkey on Monday.\n\nAntakya was among the worst hit. The city lost at least 1,000 residents, "
     "its mayor said.", 1000, "Antakya"),
    ("The floods swept Pakistan in August.\n\nSindh suffered most. The province recorded 600 deaths by September.",
     600, "Sindh"),
    ("Storms battered India over the weekend.\n\nKerala bore the brunt of the rain. The state counted 27 dead on Monday.",
     27, "Kerala"),
])
def test_the_kind_of_place_calls_back_the_one_named_before(nlp, text, value, town) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text, title="Disaster toll rises")
    assert _at(claims, value).location == town, _why(claims)


def test_a_kind_called_back_in_a_new_paragraph_is_not_carried(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The quake struck Turkey on Monday.\n\nAntakya was among the worst hit.\n\n"
            "The country lost at least 1,000 residents, officials said.")
    claims = _claims(nlp, text, title="Turkey quake toll rises")
    assert _at(claims, 1000).location == "Turkey", _why(claims)
