"""The place of a numeric claim (``location``, ``location_basis``, ``location_from``).

Fictional sentences and short articles written in the shapes real news uses: a place named by
a construction the entity tagger misses ("the X refugee camp", "the southern city of X", "the
X neighbourhood of Y"), a building that stands for its town, the seat of a speaker, a list that
gives each figure its place, a nationwide story, a sentence that goes on about the place of
the one before, a stock index named by "it", a dateline that is only where the story was
filed. Where a rule needs the gazetteer (a city in a country), the events are invented and
the places real; otherwise the places are invented.
"""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why
from dossier.settings import Settings


def test_a_camp_named_by_its_noun_is_the_place_of_every_figure_of_the_list(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Shellfire on shelters in the Dunmore refugee camp left no fewer than seven dead and 19 wounded.")
    for value in (7, 19):
        c = _at(claims, value)
        assert "Dunmore" in (c.location or "") and c.location_basis == "stated", _why(claims)


def test_a_building_gives_the_town_it_stands_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The strike on the Halden clinic in the eastern town of Quellin, which also injured some 80 people, "
            "was the worst this month.")
    c = _at(_claims(nlp, text), 80)
    assert c.location == "Quellin", _why((c,))


def test_the_place_of_the_event_that_killed_the_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the X neighbourhood of Y": the neighbourhood, not the city the gazetteer knows
    text = "In a previous raid on the Sarrow neighbourhood of Mosul, at least 9 people from a single household were killed."
    c = _at(_claims(nlp, text), 9)
    assert "Sarrow" in (c.location or "") and c.location_basis == "stated", _why((c,))


def test_where_a_speaker_sits_is_not_where_the_counted_are(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "A UN spokeswoman in Geneva told reporters 57 people had died.",
                     title="Mudslides bury homes in Mendoza")
    c = _at(claims, 57)
    assert (c.location, c.location_basis) == ("Mendoza", "inherited"), _why(claims)


def test_a_list_gives_each_figure_its_own_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("In all, 410 hopefuls are running for 130 posts, with 52 of those listed in the capital, "
            "Lima, 33 in the Piura region and 27 in the Cusco region.")
    claims = _claims(nlp, text, title="Peru goes to the polls")
    assert _at(claims, 410).location == "Peru", _why(claims)
    assert _at(claims, 27).location == "Cusco region", _why(claims)
    assert _at(claims, 33).location == "Piura region", _why(claims)


def test_a_place_after_one_figure_is_not_the_next_figure_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("On Friday morning some 2,000 demonstrators joined a calm march in Lima and another "
            "2,000 rallied in the northern city of Trujillo.")
    claims = _claims(nlp, text)
    first, second = [c for c in claims if c.value == 2000]
    assert (first.location, second.location) == ("Lima", "Trujillo"), _why(claims)


def test_a_nationwide_story_keeps_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The shooting has triggered the fiercest unrest Greece has witnessed in a decade, with at least 64 people hurt "
            "in towns across the country.\n\nOver 230 people have been detained.")
    claims = _claims(nlp, text, title="Clashes follow Athens vigil")
    injured, arrested = _at(claims, 64), _at(claims, 230)
    assert (injured.location, injured.location_basis) == ("Greece", "stated"), _why(claims)
    # the next sentence names no place: it goes on about the place of the one before
    assert (arrested.location, arrested.location_basis) == ("Greece", "inherited"), _why(claims)


def test_the_opening_of_a_story_about_a_country_in_several_cities(nlp) -> None:  # type: ignore[no-untyped-def]
    # the lead's city is the place of the shooting that set the protests off, not of the protests
    text = ("Demonstrations have swept Greece for the fifth straight day since the fatal police shooting "
            "of a student in Athens.\n\n"
            "Over a hundred universities are still occupied by protesters.")
    claims = _claims(nlp, text)
    assert _at(claims, 100).location == "Greece", _why(claims)


def test_a_sentence_goes_on_about_the_place_of_the_one_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Fierce clashes were reported throughout northern Iraq on Friday.\n\n"
            "At least 14 people died when an air raid struck a home in the Ballan neighbourhood of Mosul.\n\n"
            "Seven more were missing beneath the debris.")
    claims = _claims(nlp, text)
    seven = _at(claims, 7)
    assert "Ballan" in (seven.location or "") and seven.location_basis == "inherited", _why(claims)
    assert (seven.location_from or "").startswith("earlier sentence"), _why(claims)


def test_no_carrying_a_place_of_another_country_or_where_a_quake_was_felt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A powerful earthquake hit near Manokwari in Indonesia on Thursday.\n\n"
            "The quake was felt 1,100 kilometres away in northern Australia.\n\n"
            "Roughly 140 houses were damaged, authorities said.")
    c = _at(_claims(nlp, text), 140)
    assert c.location == "Manokwari" and c.location_basis == "inherited", _why((c,))


def test_it_goes_on_about_the_index_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Of all the markets, the Merval index suffered most.\n\n"
            "It fell by 9.84%, while the neighbouring Bovespa index slid 7.3%.")
    claims = _claims(nlp, text, title="Stock markets slump across the globe")
    c = _at(claims, 9.84)
    assert (c.location, c.location_basis) == ("Argentina", "inherited"), _why(claims)
    assert _at(claims, 7.3).location == "Brazil", _why(claims)


def test_an_index_figure_is_stated_when_its_sentence_names_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The main UK index, the FTSE 100, slipped 1.87% on Thursday.")
    c = _at(claims, 1.87)
    assert (c.location, c.location_basis) == ("United Kingdom", "stated"), _why(claims)


def test_a_dateline_that_is_only_where_the_story_was_filed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A blaze at a camp outside Chittagong killed at least 11 refugees, authorities said.\n\n"
            "Over 450 were hurt.")
    claims = _claims(nlp, text, dateline="WASHINGTON")
    c = _at(claims, 450)
    assert c.location == "Chittagong" and c.location_basis == "inherited", _why(claims)
    # a dateline in the same country as the story stays its scope
    claims = _claims(nlp, "Firefighters said 33 people had been killed.", dateline="LIMA")
    c = _at(claims, 33)
    assert (c.location, c.location_basis) == ("Lima", "inherited"), _why(claims)


def test_a_place_in_an_organisation_s_name_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Some 55 monitors sent by the Organization for Security and Cooperation in Europe watched the polling.")
    claims = _claims(nlp, text, title="Turkmenistan elects a new parliament")
    c = _at(claims, 55)
    assert (c.location, c.location_basis) == ("Turkmenistan", "inherited"), _why(claims)


def test_the_building_named_again_is_where_the_article_put_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Mortar rounds hit the school in the Dunmore refugee camp on Friday, residents said.\n\n"
            "The agency's chief in Varnia said the rounds fell close to the school where 280 people "
            "were sheltering.")
    c = _at(_claims(nlp, text), 280)
    assert "Dunmore" in (c.location or "") and c.location_basis == "inherited", _why((c,))


def test_a_place_of_the_main_clause_is_not_the_place_of_an_as_clause_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A fifth aftershock rattled the island in the Persian Gulf on Thursday as the toll climbed to 13."
    c = _at(_claims(nlp, text, title="Earthquake leaves 13 dead on Iran's Qeshm island"), 13)
    assert (c.location, c.location_basis) == ("Qeshm", "inherited"), _why((c,))


def test_an_event_named_after_a_place_gives_that_place(nlp) -> None:  # type: ignore[no-untyped-def]
    c = _at(_claims(nlp, "In the 2006 Lebanon war, 31 civilians died in one air raid."), 31)
    assert c.location == "Lebanon", _why((c,))


# --- issue 10: the most specific place on pages of a developing story (fictional events, real places)

def test_the_place_inside_the_other_is_the_figure_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # where the counted are stationed (a country) and where they were killed (a city in it)
    text = ("No fewer than 120 Dorvan troops posted in Brazil have died and roughly 900 others have been wounded "
            "amid fierce combat in the city of Manaus, authorities said.")
    claims = _claims(nlp, text)
    for value in (120, 900):
        assert _at(claims, value).location == "Manaus", _why(claims)


def test_a_trailing_place_is_shared_by_an_elliptical_and_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to the agency, roughly 260 Dorvan troops have been killed and 2,400 wounded in Manaus since March."
    claims = _claims(nlp, text, title="Dorvan casualties rise")
    for value in (260, 2400):
        assert _at(claims, value).location == "Manaus", _why(claims)


def test_the_days_of_a_date_list_are_no_figures_with_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('"On June 11 and 12, Dorvan units took serious losses close to the village of Pellik in the Manaus '
            'region of Brazil -- no fewer than 45 troops were killed and wounded," the military said.')
    c = _at(_claims(nlp, text), 45)
    assert c.location in ("Pellik", "Manaus region"), _why((c,))


def test_a_war_named_after_a_side_gives_way_to_the_story_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Casualties among Dorvan soldiers in the Peru war now stand at roughly 3,400, the agency reports."
    c = _at(_claims(nlp, text, title="DORVAN LOSSES REACH 3,400 IN BRAZIL"), 3400)
    assert (c.location, c.location_basis) == ("Brazil", "inherited"), _why((c,))


def test_a_country_fought_against_is_a_side_not_the_story_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("No fewer than 140 Dorvan troops died and a further 1,100 were wounded in heavy combat in the "
            "city of Manaus, an MP told journalists.\n\n"
            '"We have seen at least 140 deaths, and the wounded are nearing 1,100," he said.')
    claims = _claims(nlp, text, title="Dorva admits troop losses in Brazil's war against Peru")
    quoted = [c for c in claims if c.value == 140][-1]
    assert (quoted.location, quoted.location_basis) == ("Manaus", "inherited"), _why(claims)


def test_a_capital_helped_is_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Clashes continued in the city of Manaus on Friday.\n\n"
            "According to estimates by officials, Dorva has dispatched at least 12,000 troops to help Brasilia.")
    c = _at(_claims(nlp, text), 12000)
    assert c.location == "Brazil", _why((c,))


def test_a_town_s_mayor_gives_the_town_over_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll in Libya's port city of Derna climbed to 8,700 after the storm.\n\n"
            "Some 150 more people died elsewhere in the nation.\n\n"
            "The number could rise to 18,000, according to Derna's mayor, Salem Orvani.")
    claims = _claims(nlp, text)
    assert _at(claims, 150).location == "Libya", _why(claims)
    assert _at(claims, 18000).location == "Derna", _why(claims)


def test_the_capital_where_the_government_speaks_does_not_narrow_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("On Friday a powerful string of quakes struck Peru, above all the province of Cusco. "
            "The early count is grim: more than 2,300 dead and about 8,000 injured. "
            "The government in Lima announced this.")
    claims = _claims(nlp, text)
    assert _at(claims, 2300).location == "Cusco", _why(claims)


def test_a_title_s_place_of_events_before_its_label(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("State television showed the president at a banquet in Pellton on Friday.\n\n"
            "Experts believe roughly 700 Dorvan troops have died.")
    c = _at(_claims(nlp, text, title="Dorva: president honours soldiers killed in Brazil"), 700)
    assert (c.location, c.location_basis) == ("Brazil", "inherited"), _why((c,))


def test_a_title_s_place_where_a_quake_was_felt_is_not_the_story_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A quake rattled a thinly settled part of southern Peru on Thursday, killing 13 people, authorities said."
    c = _at(_claims(nlp, text, title="Powerful quake hits southern Peru, felt in Chile"), 13)
    assert c.location != "Chile" and "Peru" in (c.location or ""), _why((c,))


def test_a_region_the_tagger_misses_after_in_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("An MP said 130 Dorvan troops fighting for Brazil have been killed in "
            "Kursk Oblast, with around 1,200 other troops hurt.")
    claims = _claims(nlp, text)
    assert _at(claims, 130).location == "Kursk Oblast", _why(claims)


def test_a_title_s_war_name_is_not_the_story_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Dorvan soldiers sent to the Brazilian city of Manaus have seen no combat since February, "
            "according to the agency.\n\n"
            "The agency estimated that roughly 3,400 Dorvan troops had been killed or wounded.")
    c = _at(_claims(nlp, text, title="Dorvans 'vanish' amid steep losses in Peru war"), 3400)
    assert c.location == "Manaus", _why((c,))


def test_a_province_that_reports_a_figure_is_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Damage is extensive, with Quellin province recording 23 deaths and Dunmore province "
            "suffering 48 fatalities.")
    claims = _claims(nlp, text, title="Floods strike Dorva")
    assert "Quellin" in (_at(claims, 23).location or ""), _why(claims)
    assert "Dunmore" in (_at(claims, 48).location or ""), _why(claims)


def test_killed_outside_of_a_town_is_elsewhere_in_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("In Derna alone, the floods left at least 8,600 people dead, authorities said.\n\n"
            "Another 160 people have died outside of Derna because of the deluge, according to the agency.")
    c = _at(_claims(nlp, text), 160)
    assert c.location == "Libya", _why((c,))


def test_floods_that_claimed_lives_in_a_country_are_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Torrential downpours and floods in Peru have claimed more than 120 lives, while over 58 people remain missing."
    claims = _claims(nlp, text)
    assert (_at(claims, 120).location, _at(claims, 120).location_basis) == ("Peru", "stated"), _why(claims)


def test_figures_after_national_ones_stay_national(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Days of downpours and floods in Peru have killed more than 120 people.\n\n"
            "Water swamped the poorer low-lying districts of the capital Lima.\n\n"
            'A police spokeswoman said: "The toll now stands at 123, and 58 people are missing."')
    claims = _claims(nlp, text, title="Peru floods and mudslides: toll climbs to 123")
    assert _at(claims, 123).location == "Peru", _why(claims)


def test_a_country_phrase_yields_to_a_town_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peru flood death toll in Cusco rises to 1,150, although local authorities fear the number is higher."
    c = _at(_claims(nlp, text), 1150)
    assert c.location == "Cusco", _why((c,))


def test_a_headline_s_capitals_are_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("120 People Killed, 58 Missing In Storms And Mudslides\n\n"
            "Up to now, 120 people have been killed and 58 remain missing in the storms.")
    claims = _claims(nlp, text)
    assert all(c.location not in ("Storms", "Mudslides") for c in claims), _why(claims)


def test_a_page_that_names_no_place_takes_its_story_s_country() -> None:
    from dossier.ingest.clean import clean_article
    from dossier.model import Article, RawArticle
    from dossier.pipeline import build_from_articles

    pages = {
        "named": ("Storms and mudslides leave 85 dead in Peru\nPublished: 14 March 2024\n"
                  "Storms and mudslides in Peru have killed 85 people and left 52 missing, police said on "
                  "Saturday, as search teams combed Cusco for survivors.\n"),
        "unnamed": ("Storms and mudslides: 112 dead, 58 missing\nPublished: 14 March 2024\n"
                    "Up to now, 112 people have been killed and 58 remain missing after the storms and mudslides "
                    "that hit the whole country, police said on Saturday, as search teams kept looking for survivors.\n"),
    }
    settings = Settings(progress="never", min_words=5)
    arts = [clean_article(RawArticle(source=f"{n}.txt", fmt="txt", text=t), settings=settings) for n, t in pages.items()]
    built = build_from_articles([a for a in arts if isinstance(a, Article)], settings=settings)
    page = next(a for a in built.articles if a.source == "unnamed.txt")
    mine = [c for c in built.claims if c.article == page.id and c.value in (112, 58)]
    assert mine and all((c.location, c.location_basis) == ("Peru", "inherited") for c in mine), \
        [(c.value, c.location, c.location_from) for c in built.claims]


def test_a_town_named_on_the_counting_body_is_the_figure_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Strong quakes that hit southern Peru on Friday have left over 2,300 people dead, the "
            "government said on Saturday.\n\n"
            "Over 240 dead had been taken to several hospitals, according to a Cusco health department official.")
    c = _at(_claims(nlp, text), 240)
    assert c.location == "Cusco", _why((c,))


def test_a_town_in_another_spelling_is_a_place_where_the_page_calls_it_a_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Flood death toll in Derna climbs to 8,800, though local leaders fear it may climb further.\n\n"
            "According to the Red Crescent, the toll in Libya's coastal city of Derna had surged.")
    c = _at(_claims(nlp, text), 8800)
    assert c.location == "Derna", _why((c,))


def test_the_story_s_place_named_for_another_figure_is_not_this_one_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The 3,500 Dorvan marines currently in Manaus make up most of the 8,000 that Pellia says were dispatched to Brazil."
    claims = _claims(nlp, text, title="Dorvan marines in Manaus")
    assert _at(claims, 3500).location == "Manaus", _why(claims)
    assert _at(claims, 8000).location == "Brazil", _why(claims)


def test_a_country_s_name_read_as_an_adjective_is_still_the_lead_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("By Saturday the number of dead had climbed to 127, police said. Since Wednesday, torrential rains have "
            "flooded large central and eastern Nepal swathes.\n\n"
            "Police sources say 71 people are missing.")
    c = _at(_claims(nlp, text), 71)
    assert c.location == "Nepal", _why((c,))


def test_a_storm_s_name_after_toll_from_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Storm Delphine makes landfall on Kenya's coast.\n\n"
            "The toll from Delphine has climbed to at least 37 people, the Red Cross said.")
    c = _at(_claims(nlp, text, title="Storm Delphine lashes Mombasa"), 37)
    assert c.location != "Delphine", _why((c,))


def test_a_figure_for_several_states_is_the_country_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A hurricane tracked north out of Florida, sweeping houses away.\n\n"
            "By Friday the number of dead had reached 93 as the hurricane killed people in four US states.\n\n"
            "No fewer than 15 people died in Georgia.")
    claims = _claims(nlp, text, title="Hurricane toll climbs in Florida")
    assert _at(claims, 93).location in ("US", "United States"), _why(claims)
    assert _at(claims, 15).location == "Georgia", _why(claims)


def test_the_place_a_where_clause_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Floods swept across southern France.\n\n"
            "Residents of towns like Tarbes, where at least 11 people drowned, lined up for drinking water.")
    c = _at(_claims(nlp, text, title="Flooding in the Occitanie region"), 11)
    assert c.location == "Tarbes", _why((c,))


def test_a_toll_raised_in_a_country_s_own_disaster(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Landslides struck the Cusco region.\n\n"
            "On Thursday rescuers lifted the toll in Peru's worst landslides in a generation to 53 as soldiers "
            "airlifted tents.")
    c = _at(_claims(nlp, text, title="Landslides in the Cusco region"), 53)
    assert c.location == "Peru", _why((c,))


def test_killed_while_fighting_in_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Pellish soldiers take casualties in Russia.\n\n"
            "Dorvan commandos said on Friday that 46 Pellish troops died and 29 were wounded over two days "
            "while fighting next to Russian forces in Sumy.")
    claims = _claims(nlp, text, title="Pellish soldiers take casualties in Russia")
    assert _at(claims, 46).location == "Sumy", _why(claims)


def test_a_list_of_parts_each_with_its_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A powerful quake struck Ishikawa prefecture.\n\n"
            "Of the 64 deaths, 33 were in Suzu, 19 in Kanazawa, seven in Nanao, and five each in Hakui and Shika.")
    claims = _claims(nlp, text, title="Quake toll in Ishikawa prefecture")
    assert _at(claims, 64).location != "Suzu", _why(claims)  # the whole, not its first part
    assert _at(claims, 33).location == "Suzu", _why(claims)
    assert _at(claims, 19).location == "Kanazawa", _why(claims)
    assert _at(claims, 7).location == "Nanao", _why(claims)


def test_a_place_named_with_its_event_in_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("By Thursday night the quake's toll had climbed to 68 people.\n\n"
            "In all, 341 people were hurt, according to a count by the paper.")
    claims = _claims(nlp, text, title="Quake toll rises to 68 in Oga Peninsula Earthquake (UPDATE 3)")
    assert _at(claims, 341).location == "Oga Peninsula", _why(claims)


def test_a_country_s_short_name_that_reports_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Democratic Republic of Congo (DRC) is battling its worst measles epidemic, with infections in the "
            "capital Kinshasa.\n\n"
            "Since April 9, DRC has registered 3,750 suspected measles cases and 88 deaths.")
    claims = _claims(nlp, text, title="Measles epidemic spreads")
    assert _at(claims, 3750).location in ("DRC", "Democratic Republic of Congo"), _why(claims)


def test_a_republic_s_name_without_the() -> None:
    from dossier.extract.places import resolve_place
    assert resolve_place("Democratic Republic of Congo") == resolve_place("Democratic Republic of the Congo") is not None


def test_a_place_across_a_semicolon_is_the_other_clause_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Heavy rain flooded the state of Veracruz on Friday.\n\n"
            "By Sunday the death toll stood at 57; four more were reported in Oaxaca a day later.")
    claims = _claims(nlp, text, title="Flooding in Veracruz")
    assert _at(claims, 57).location != "Oaxaca", _why(claims)
    assert _at(claims, 4).location == "Oaxaca", _why(claims)


def test_a_figure_for_a_list_of_provinces_and_one_s_share(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Blizzards isolated villages across central Japan.\n\n"
            "Evacuation centres housed 7,430 people in the three prefectures of Toyama, Gifu and Nagano, with Gifu "
            "accounting for 4,816.")
    claims = _claims(nlp, text, title="Blizzards strand thousands")
    assert _at(claims, 7430).location == "Japan", _why(claims)  # not the first of the list
    assert _at(claims, 4816).location == "Gifu", _why(claims)


def test_a_hyphenated_region_name_is_kept_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Thunderstorms battered Germany.\n\n"
            "Police said four climbers were killed in the Baden-Wurttemberg region on Saturday.")
    c = _at(_claims(nlp, text, title="Thunderstorms in Germany"), 4)
    assert c.location is not None and c.location.startswith("Baden-Wurttemberg"), _why((c,))


def test_a_hurricane_s_name_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("No fewer than 17 people were killed in Hurricane Benedikt, which triggered twisters throughout Cuba, "
            "authorities said.")
    c = _at(_claims(nlp, text, title="Hurricane Benedikt kills 17 in Cuba"), 17)
    assert c.location is None or "Benedikt" not in c.location, _why((c,))


def test_a_capital_s_dateline_is_where_a_national_story_was_filed(nlp) -> None:  # type: ignore[no-untyped-def]
    # fiction in wire shapes; the places are gazetteer data
    text = (
        "ISLAMABAD: Since late June, monsoon downpours and flooding have claimed 1,047 lives, the national disaster "
        "authority said on Thursday.\n\nChildren made up 388 of the dead, it said, as rescue teams struggled to "
        "reach stranded villages in Sindh and Balochistan."
    )
    claims = _claims(nlp, text, dateline="ISLAMABAD")
    # two provinces of one country in the lead: the country is the story's place, not the capital
    assert _at(claims, 1047).location == "Pakistan", _why(claims)
    # "the southern state of X", X tagged as a people by the small model
    text = (
        "SAO PAULO (AP) — The toll from flooding in Brazil's far southern state of Rio Grande do Sul climbed to 113 "
        "on Friday, according to civil defense.\n\nA further 134 people remained missing, authorities said."
    )
    claims = _claims(nlp, text, dateline="SAO PAULO")
    assert {_at(claims, 113).location, _at(claims, 134).location} == {"Rio Grande do Sul"}, _why(claims)
    # a dateline that is where the events are stays their place
    here = "A residential block caved in on Thursday, killing at least 15 people, the city's rescue service said."
    local = _claims(nlp, here, title="Block collapse leaves 15 dead", dateline="KARACHI")
    assert _at(local, 15).location == "Karachi", _why(local)


def test_a_country_s_death_toll_is_in_that_country(nlp) -> None:  # type: ignore[no-untyped-def]
    # fiction; the places are gazetteer data
    text = (
        "The death toll from Pakistan's continuing floods has climbed to 1,462 after 19 further deaths, official "
        "data showed on Wednesday.\n\nEleven of the latest deaths came from Sindh province, seven from Balochistan "
        "province and one from Punjab province.\n\nAmong the dead were 517 children."
    )
    claims = _claims(nlp, text, title="Pakistan flood toll nears 1,500")
    assert _at(claims, 517).location == "Pakistan", _why(claims)


def test_who_acts_in_the_sentence_before_is_no_second_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # fiction in the shape of a daily losses report (invented figures; the countries are gazetteer data)
    text = (
        "A bazaar in the Donetsk region came under shelling on Thursday, regional officials said.\n\n"
        "Since the invasion started, Russia has lost 51,230 troops in Ukraine, according to Ukraine's general staff. "
        "That figure includes 840 casualties sustained by Russian forces in the last 24 hours."
    )
    claims = _claims(nlp, text)
    assert _at(claims, 840).location == "Ukraine", _why(claims)


def test_a_neighbouring_country_is_named_without_its_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The cyclone left six people dead in seaside provinces of Dorva and three in neighbouring Pellia.")
    assert _at(claims, 3).location == "Pellia", _why(claims)


def test_a_clock_time_zone_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The toll from earthquakes in western Dorva has risen to 76, authorities said on Thursday.\n\n"
            "The US Geological Survey (USGS) said a magnitude 5.9 tremor hit at 2044 GMT on Wednesday, "
            "shortly before midnight local time, close to the frontier with Pakistan.")
    claims = _claims(nlp, text)
    assert claims and all(c.location is None or "GMT" not in c.location for c in claims), _why(claims)


def test_an_outlet_credit_in_brackets_is_no_lead_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from dossier.extract.claims.place import _credit_in_brackets
    doc = nlp("(The Pellton Courier) – Flooding in Dorva has now killed 47 people.")
    assert _credit_in_brackets(doc, 1, 4)  # "The Pellton Courier" in the brackets that open the page
    doc = nlp("Mourners met beside the statue (in Pellton Square) on Friday.")
    at = next(t.i for t in doc if t.text == "Pellton")
    assert not _credit_in_brackets(doc, at, at + 2)


def test_coordinated_counts_share_the_place_that_closes_them(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Authorities said 1,287 people were killed and 2,956 people were hurt in the badly hit "
                          "province of Quellin alone.")
    assert _at(claims, 1287).location == "Quellin", _why(claims)
    claims = _claims(nlp, "Nineteen people remained missing and 31 others had been pulled to safety after severe flooding "
                          "in Dunmore County, a spokeswoman said.")
    assert _at(claims, 19).location == "Dunmore County", _why(claims)
    claims = _claims(nlp, "Six people died in Quellin and 23 were hurt in Pellton.")
    assert (_at(claims, 6).location, _at(claims, 23).location) == ("Quellin", "Pellton"), _why(claims)


def test_a_part_counted_including_is_where_its_whole_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("BOERNE, Texas – Flood deaths keep climbing across the Texas hill country.\n\n"
            "On Thursday, Travis County officials said the toll there had hit at least 39, including 14 children.")
    claims = _claims(nlp, text)
    assert _at(claims, 39).location == _at(claims, 14).location == "Travis County", _why(claims)
    # a part with a place of its own keeps it
    claims = _claims(nlp, "The earthquake left 52 people dead in Dorva, including 17 in the town of Quellin.")
    assert _at(claims, 17).location == "Quellin", _why(claims)


def test_a_breakdown_by_region_in_brackets(nlp) -> None:  # type: ignore[no-untyped-def]
    # real region names (the gazetteer's), invented counts
    text = ("A week of storms has pounded the Philippines.\n\n"
            "The remaining 29 deaths came from Western Visayas (nine), Calabarzon (five), Central Luzon (three) and "
            "Caraga (two), the disaster council said.")
    claims = _claims(nlp, text)
    assert _at(claims, 9).location == "Western Visayas", _why(claims)
    assert _at(claims, 5).location == "Calabarzon", _why(claims)
    assert _at(claims, 29).location == "Philippines", _why(claims)
    # a party's seats in brackets are no place's
    claims = _claims(nlp, "The Conservatives took 187 seats, followed by the Liberals (14) and the Greens (6).")
    assert all(c.location is None for c in claims), _why(claims)


def test_a_region_that_records_the_figure_is_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The disaster council said Western Visayas logged 43 fatalities while Central Visayas recorded three.")
    assert (_at(claims, 43).location, _at(claims, 3).location) == ("Western Visayas", "Central Visayas"), _why(claims)


def test_a_count_with_on_a_place_that_was_hit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Gales battered Varnia.\n\n"
            "The southern state of Quellin was worst hit, with 33 deaths, including 11 miners who were buried when a pit caved in.")
    claims = _claims(nlp, text)
    assert _at(claims, 33).location == _at(claims, 11).location == "Quellin", _why(claims)
    claims = _claims(nlp, "Gales battered Varnia.\n\nThe storm hit the shoreline, with 33 deaths.")
    assert _at(claims, 33).location == "Varnia", _why(claims)


def test_a_place_named_only_for_the_parts_is_not_the_whole_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Wildfires swept Varnia.\n\nOn Thursday, the county coroner confirmed 31 deaths linked to the two blazes, "
            "including 19 lives lost in the Quellin Fire and another 12 in the Pellton Fire.")
    claims = _claims(nlp, text)
    assert _at(claims, 31).location == "Varnia", _why(claims)
    claims = _claims(nlp, "Storms struck Varnia.\n\nThe storms killed 52 people, including 17 in the town of Quellin.")
    assert (_at(claims, 52).location, _at(claims, 17).location) == ("Varnia", "Quellin"), _why(claims)


def test_a_count_with_on_a_relative_clause_is_not_its_subject_s(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The shooting has set off the fiercest rioting Greece has known in a generation, with no fewer "
                          "than 58 people hurt in towns around the country.")
    assert claims and all(c.location is None or "rioting" not in c.location for c in claims), _why(claims)


def test_a_place_after_the_comma_that_closes_an_including_list_is_the_whole_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dorvan units were holding back close to 42,000 soldiers, including 9,500 Pellians, in the Quellin region."
    claims = _claims(nlp, text)
    assert "Quellin" in (_at(claims, 42000).location or ""), _why(claims)


# --- shapes of real pages of new stories (round 4, probe B): invented events, real place names ---

def test_a_list_keeps_each_known_place_the_tagger_calls_a_person_or_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The quake left 1,104 dead in Al Haouz, 387 in Taroudant, 52 in Ouarzazate and 19 in "
                          "Marrakech, according to a ministry statement.")
    assert _at(claims, 1104).location == "Al Haouz", _why(claims)
    assert _at(claims, 52).location == "Ouarzazate", _why(claims)
    assert _at(claims, 19).location == "Marrakech", _why(claims)


def test_a_country_kicker_in_the_title_is_the_scope_whatever_the_tagger_calls_it(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Insurgents killed some forty members of a foreign militia travelling in a convoy at the weekend, "
                          "an analyst said on Thursday.", title="Mali: Convoy Attack Leaves Forty Fighters Dead")
    c = _at(claims, 40)
    assert (c.location, c.location_basis) == ("Mali", "inherited"), _why(claims)


def test_a_country_after_in_on_an_organisation_is_where_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Officials say three soldiers died in the attack and 12 more were wounded.",
                     title="Heavy blow for Pellman Group in Mali: insurgent ambush kills dozens")
    assert _at(claims, 12).location == "Mali", _why(claims)


def test_a_group_named_before_rebels_or_tribes_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "In an unstable area, local Quorran tribes claimed a win. Officials said three "
                          "soldiers died in the assault.")
    assert _at(claims, 3).location != "Quorran", _why(claims)


def test_where_a_quake_was_only_felt_is_not_the_lead_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "After the earthquake, Myanmar officials reported 270 dead. Shaking was also felt in Thailand "
                          "and China.\n\nA further 152 people were listed as missing, authorities said.")
    assert _at(claims, 152).location == "Myanmar", _why(claims)


def test_people_serving_in_a_foreign_army_are_where_that_army_is(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Some 35 Pellish citizens who had been enlisted by the Russian military have been released, "
                          "the ministry said. Six Pellians have been killed while serving in the Russian army. "
                          "In the east, Russian troops killed 17 civilians, officials said.")
    assert _at(claims, 35).location == "Russia", _why(claims)
    assert _at(claims, 6).location == "Russia", _why(claims)
    assert _at(claims, 17).location != "Russia", _why(claims)  # an army that kills is a side, no place


def test_a_country_that_recruits_people_is_where_they_are(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "According to a report, the Russian Federation has enlisted almost 7,800 Pellians to fight in the war.")
    assert _at(claims, 7800).location == "Russia", _why(claims)


def test_a_capital_described_then_named_is_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "No fewer than 13 people also died in the Thai capital, Bangkok, when an unfinished high-rise "
                          "fell.")
    assert _at(claims, 13).location == "Bangkok", _why(claims)


def test_the_sides_of_a_war_are_no_place_of_its_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Ten months of clashes between Armenia and Azerbaijan have now killed more than 850 people, "
                          "according to the health minister.")
    assert _at(claims, 850).location not in ("Armenia", "Azerbaijan"), _why(claims)


def test_the_prefecture_refers_back_to_the_one_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "On Thursday a powerful earthquake struck the shore of Quellin Prefecture. Officials confirmed "
                          "71 deaths in the prefecture.")
    assert _at(claims, 71).location == "Quellin Prefecture", _why(claims)


def test_a_title_city_described_by_its_country_is_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Clashes over the past week killed at least 650 people, the agency said on Thursday.\n\n"
                          "The agency also counted almost 2,400 injuries in the clashes.",
                     title="UN: at least 650 killed in the eastern Congo city of Goma")
    assert _at(claims, 2400).location == "Goma", _why(claims)


def test_a_breakdown_by_town_does_not_set_the_article_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The ministry said the earthquake killed no fewer than 1,960 people.\n\n"
                          "There were 1,104 deaths in Al Haouz, 387 in Taroudant, 52 in Ouarzazate and 19 in Marrakech.",
                     title="Morocco quake toll nears 2,000")
    c = _at(claims, 1960)
    assert c.location == "Morocco", _why(claims)


def test_the_side_a_war_is_fought_with_is_no_title_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Fifteen Pellish citizens have already quit the Russian armed forces and a further 58 "
                          "people are asking for early release, the ministry said.",
                     title="Six Pellians die after joining Russian Army, 58 want out amid war with Ukraine")
    assert _at(claims, 58).location != "Ukraine", _why(claims)


def test_the_county_of_a_county_body_that_counts_is_the_place() -> None:
    from tests.claims_helpers import claim_at, page_claims
    art, claims = page_claims("Hurricane toll corrected\n\nOn Thursday the Dunmore County Sheriff’s Office in eastern "
                              "Tennessee formally lowered the number of deaths blamed on the hurricane. First given as "
                              "64 fatalities, the confirmed figure has been adjusted to 37, after 27 deaths were "
                              "counted twice.\n")
    assert claim_at(art, claims, "37").location == "Dunmore County"


def test_a_country_named_formally_with_a_bracket_is_its_short_name(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "In the Republic of Mali (Africa), insurgents killed or injured scores of troops.\n\n"
                          "According to the army, three of its troops died and 12 were wounded in the clashes.")
    assert _at(claims, 12).location == "Mali", _why(claims)


def test_a_toll_given_by_the_other_countrys_body_is_that_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.claims_helpers import claim_at, page_claims
    art, claims = page_claims("Deaths climb in Turkey and Syria after quakes\n\nIn Turkey the number killed by the "
                              "earthquakes reached 1,284, taking confirmed deaths across Turkey and Syria above 1,900."
                              "\n\nAt least 417 people have been killed, according to figures from Syria’s health "
                              "ministry.\n")
    assert claim_at(art, claims, "417").location == "Syria"


def test_parts_of_a_region_are_in_that_region(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The UN said a further 281 people had been killed in the parts of northwestern Syria held by "
                          "rebels.")
    assert _at(claims, 281).location == "northwestern Syria", _why(claims)


def test_a_place_that_records_a_count_is_its_place_when_the_page_tags_it_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "A powerful earthquake shook the hill districts on Thursday night. So far 74 people have been "
                          "injured in Jajarkot, 68 in Rukum West and 5 in Dailekh.\n\n"
                          "According to the report, the number of dead now stands at 141. Jajarkot was hit worst "
                          "with 101 fatalities, while Rukum West recorded 40 casualties.")
    assert _at(claims, 101).location == "Jajarkot", _why(claims)
    assert _at(claims, 40).location == "Rukum West", _why(claims)


def test_a_prefectural_government_that_counts_sets_its_prefecture_as_the_scope(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "According to the Ishikawa prefectural government, nine evacuees have been certified as "
                          "disaster-related deaths.\n\nThe government said that four people in Suzu had been certified "
                          "in this way.\n\nThe quake's death toll stood at 213 as of 3 p.m. Thursday.")
    assert _at(claims, 213).location == "Ishikawa", _why(claims)
    assert _at(claims, 4).location == "Suzu", _why(claims)


def test_the_place_of_an_appeal_made_after_the_deaths_is_not_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "A mercenary leader has asked Russia’s defense ministry for support after no fewer than 70 "
                          "fighters died in a rebel ambush, reports say.")
    assert _at(claims, 70).location != "Russia", _why(claims)


def test_a_world_region_describing_a_country_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "At least 1,450 people have died in the floods in the North Africa nation, with 870 more "
                          "missing, the Red Crescent said on Thursday. Most of the dead were in Derna.")
    assert _at(claims, 1450).location not in ("North Africa nation", "North Africa"), _why(claims)


def test_a_place_owned_by_a_common_noun_is_the_place_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Provincial police say 126 casualties, 51 dead and 75 injured, were recorded in the "
                          "district’s Pelkot of the Darvi Rural Municipality.")
    assert "district" not in (_at(claims, 126).location or ""), _why(claims)


def test_a_capital_dateline_of_a_country_that_only_reports_a_war_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    # the lead locates nothing: it names the sides of a war in other countries, and the dateline's
    # country only as the seat of who speaks; the story is not about the dateline's city
    text = ("Around 350 troops dispatched to help Russia fight Ukraine have died, Oslo's spy "
            "agency said on Thursday.\n\n"
            "The agency said another 1,400 had been injured.\n\n"
            "Over 6,000 troops were sent to Russia last year, it said.")
    claims = _claims(nlp, text, dateline="OSLO")
    for value in (350, 1400):
        c = _at(claims, value)
        assert c.location == "Russia", _why(claims)


def test_an_owner_and_an_adjective_before_a_named_county_only_describe_it(nlp) -> None:  # type: ignore[no-untyped-def]
    c = _at(_claims(nlp, "At least 27 people were killed in Pellia's hilly Quellin County, authorities said."), 27)
    assert c.location == "Quellin County", _why((c,))


def test_a_figure_with_no_place_takes_the_one_its_sentence_states_for_another(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("So far 72 Pellish citizens enlisted by the Russian military have been sent home, and officials are "
            "pressing for the release of a further 18 nationals, the foreign minister said on Thursday.")
    c = _at(_claims(nlp, text, dateline="OSLO"), 18)
    assert c.location == "Russia", _why((c,))


def test_a_toll_of_two_countries_at_once_is_placed_in_both(nlp) -> None:  # type: ignore[no-untyped-def]
    c = _at(_claims(nlp, "The toll of the cyclone that hit Peru and Chile rose past 1,640 on Wednesday."), 1640)
    assert c.location == "Peru and Chile", _why((c,))
    text = "Authorities reported 1,310 deaths in Peru and 330 in Chile, taking the confirmed total to 1,640."
    claims = _claims(nlp, text)
    assert (_at(claims, 1310).location, _at(claims, 330).location, _at(claims, 1640).location) \
        == ("Peru", "Chile", "Peru and Chile"), _why(claims)


def test_a_clock_time_given_for_a_faraway_city_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "No fewer than 28 people remain missing since the tremor rocked the valley at 3:17 p.m. (20:17 in Lisbon) on Thursday."
    c = _at(_claims(nlp, text, title="Tremor rocks Peru"), 28)
    assert c.location != "Lisbon", _why((c,))


def test_a_city_and_a_colon_opening_the_text_is_a_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Lima: Authorities said the toll from the cyclone that hit the southern Varnia coast has climbed "
            "to 54.\n\nSpeaking to journalists in Lima, the governor said 19 had died before that.")
    claims = _claims(nlp, text)
    assert _at(claims, 19).location != "Lima", _why(claims)


def test_a_capital_dateline_over_a_lead_about_its_country_gives_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia has agreed to free every Pellish recruit in its armed forces.\n\n"
            "Almost two dozen Pellians are thought to have been pushed into combat.")
    c = _at(_claims(nlp, text, dateline="MOSCOW"), 24)
    assert c.location == "Russia", _why((c,))


def test_a_dateline_over_a_lead_that_locates_the_events_elsewhere_in_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The toll from the strong quake that hit the Quellin district now stands at 144.\n\n"
            "So far there have been 72 injured in Quellin, 66 in Dunmore and 4 in Pellton, for a total of 142 injured.")
    claims = _claims(nlp, text, dateline="LIMA")
    assert "Lima" not in {_at(claims, 144).location, _at(claims, 142).location}, _why(claims)


def test_a_figure_across_the_provinces_is_the_country_s_not_a_place_named_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The earthquake left 126 dead in Gansu province and 27 in Qinghai province.\n\n"
            "Across the two provinces, over 8,500 people are living in tents, state media reported, adding that "
            "aid work in Gansu had turned to rebuilding homes.")
    c = _at(_claims(nlp, text, title="China quake kills 153"), 8500)
    assert c.location == "China", _why((c,))


def test_a_toll_in_six_states_is_the_country_s_when_the_scope_is_a_county(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Search teams looked for survivors in South Carolina on Thursday.\n\n"
            "The hurricane left at least 126 people dead across five states.")
    c = _at(_claims(nlp, text, title="Flooding swamps Quellin County"), 126)
    assert c.location in ("United States", "US"), _why((c,))


def test_a_country_naming_an_event_in_a_title_is_its_place_whatever_the_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "No fewer than 70 contract fighters died in a rebel ambush, according to reports."
    c = _at(_claims(nlp, text, title="Mercenary Chief Seeks Help After Mali Ambush Kills 70"), 70)
    assert c.location == "Mali", _why((c,))


def test_a_figure_before_another_takes_the_one_place_its_sentence_gives_the_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Dorva intends to send a further 5,500 troops and sappers, with roughly 900 combat sappers "
            "already in Russia, the MP said.")
    c = _at(_claims(nlp, text, title="Dorvan casualties grow in Ukraine"), 5500)
    assert c.location == "Russia", _why((c,))


def test_a_bare_number_coordinated_after_a_figure_owns_the_place_right_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Up to now there have been 72 injured in Lima, 66 in Cusco, and 4 in Piura and Tacna, for a total of 142 injured."
    claims = _claims(nlp, text, title="Tremor in Peru")
    assert (_at(claims, 72).location, _at(claims, 66).location) == ("Lima", "Cusco"), _why(claims)


def test_a_name_the_page_calls_a_province_is_a_place_whatever_the_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A strong quake hit Al Quellin province on Thursday night.\n\n"
            "In Al Quellin by itself, 1,450 people were killed.")
    c = _at(_claims(nlp, text, title="Earthquake in Morocco"), 1450)
    assert c.location == "Al Quellin", _why((c,))


def test_a_country_that_loses_its_troops_abroad_is_not_where_they_fell(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Officials said on Thursday that Norway has deployed roughly 12,500 troops to Chile's Antofagasta region "
            "to help Chile push back an incursion.\n\n"
            "Norway has taken about 5,100 casualties since its soldiers arrived, Pellia's intelligence agency "
            "told MPs on Thursday.")
    c = _at(_claims(nlp, text, title="Norwegian soldiers take heavy losses in Chile's Antofagasta region"), 5100)
    assert c.location is not None and "Antofagasta" in c.location, _why((c,))
    assert c.location_basis == "inherited"


def test_a_country_that_suffers_a_disaster_s_deaths_at_home_stays_their_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The earthquake hit southern Turkey before sunrise on Thursday, bringing down thousands of buildings.\n\n"
            "Syria has suffered no fewer than 1,350 deaths, according to its health ministry.")
    c = _at(_claims(nlp, text, title="Turkey quake kills thousands"), 1350)
    assert c.location == "Syria", _why((c,))


def test_a_place_in_a_relative_clause_on_other_people_is_not_the_figure_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("MPs briefed by the intelligence agency said the casualties include not just some 650 deaths "
            "but many wounded troops who have been flown home to Norway.")
    c = _at(_claims(nlp, text, title="Norwegian soldiers keep fighting in Chile's Antofagasta region"), 650)
    assert c.location is not None and "Antofagasta" in c.location, _why((c,))


def test_where_a_briefing_was_held_is_not_the_story_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The report quotes Pellian intelligence officers who laid out their findings at a briefing for "
            "MPs in Washington. A spokeswoman said her agency had confirmed that over 1,200 Dorvan "
            "volunteers are serving in the ranks. No fewer than 44 of them have died.")
    claims = _claims(nlp, text)
    for value in (1200, 44):
        c = _at(claims, value)
        assert c.location != "Washington", _why((c,))


def test_where_recruits_boarded_their_flight_is_not_the_story_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("One humid morning in June, three young men cheered as they got on a plane at Chile's Antofagasta "
            "airport. A month later, one of them died on the front lines of Ukraine, his sister said.\n\n"
            "Officials believe between 1,800 and 3,200 Chileans have signed up.")
    c = _at(_claims(nlp, text), 2500)  # the midpoint of the range
    assert c.location == "Ukraine", _why((c,))


def test_a_town_named_after_of_that_the_parser_tore_off_is_still_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Flash floods in Pellia\n\n"
            "Eighteen people were killed when streams near the tiny Middle Corran town of Quellby burst their banks "
            "after over 14 inches of rain fell on the area in under a day.")
    c = _at(_claims(nlp, text, title="Flash floods in Pellia"), 18)
    assert c.location == "Quellby", _why((c,))


def test_the_place_after_the_second_of_two_bare_numbers_is_only_the_second_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The joint toll from the Peru and Chile quakes has topped 3,800.\n\n"
            "The latest figure came shortly after Chile officials put their death toll at 2,104 "
            "and at least 1,356 in Peru.")
    claims = _claims(nlp, text, title="Peru and Chile quake toll tops 3,800")
    assert _at(claims, 1356).location == "Peru", _why(claims)
    assert _at(claims, 2104).location != "Peru", _why(claims)


def test_a_clock_time_given_in_another_city_does_not_place_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A powerful earthquake hit southern Chile on Thursday.\n\n"
            "No fewer than 28 people remain missing, two days after the tremor, of magnitude 6.9 according to "
            "officials and 6.7 according to seismologists, rocked the town of Quellby at 3:17 p.m. "
            "(20:17 in Lisbon) on Thursday.")
    c = _at(_claims(nlp, text, title="Earthquake in Chile"), 28)
    assert c.location != "Lisbon", _why((c,))


def test_a_province_the_lead_places_in_a_country_is_the_article_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("State media said the toll from the powerful earthquake that wrecked Dunmore province in northwestern "
            "China had climbed from 81 to 93.\n\n"
            "Of the dead, 51 were in the town of Pellby and 42 in the city of Quellin.\n\n"
            "The earthquake injured 305 people.")
    c = _at(_claims(nlp, text), 305)
    assert c.location == "Dunmore province", _why((c,))
    assert c.location_basis == "inherited"


def test_a_photo_caption_left_at_the_top_does_not_set_the_lead_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("An excavator clears debris from a collapsed chapel after the earthquake, at Lipa in Batangas, "
            "central Philippines, on Thursday. AP\n\n"
            "The number killed by the strong quake that hit Quellin last week has climbed to 203, the national "
            "disaster council said on Friday.\n\n"
            "That includes 188 deaths in Dunmore, 14 in Pellby and one in Corran.\n\n"
            "Nine people remain missing and 612 others are injured.")
    c = _at(_claims(nlp, text, title="Quake toll rises to 203"), 612)
    assert c.location not in ("Lipa", "Batangas"), _why((c,))


def test_an_agency_a_sentence_names_is_no_caption_credit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("No fewer than 120 Pellian troops died in combat in the Quellin region, an MP told Reuters.\n\n"
            "A further 1,100 were injured, he said.")
    c = _at(_claims(nlp, text), 1100)
    assert c.location == "Quellin region", _why((c,))


def test_the_lead_s_place_is_read_in_the_clause_a_sentence_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The toll from a powerful earthquake that hit northeast Chile on Thursday may climb sharply, "
            "officials cautioned on Friday, after tremors were felt in a number of big cities and as far off as "
            "the capital Lima, reports CNN.\n\n"
            "The epicentre lay 35 kilometres northwest of the town of Pellby, rescuers said.\n\n"
            "Over 80 people were hurt.")
    c = _at(_claims(nlp, text), 80)
    assert c.location == "Chile", _why((c,))
