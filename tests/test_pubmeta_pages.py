"""Publication dates, titles, outlets, authors and clutter in page shapes met on new real pages (issue 10, points 4 and 8).

Every page here is fictional (invented towns, people and local outlets) and written in the shape of a
real page: a desk's lower-case initials under wire copy, an agency's dated credit at the foot, a
correspondent's "From NAME, TOWN" byline, a broadcast reporter's sign-off, a site advertising its own
channels, a feed's "appeared first on" note, a press office's contacts and boilerplate, a photo caption
over the date and the headline, a summary of unpunctuated points, a teaser over the byline.
"""

from __future__ import annotations

from dossier.ingest.clean import clean_article, signoff
from dossier.ingest.metadata import parse_dateline, split_title_site
from dossier.model import Article, RawArticle
from dossier.settings import Settings

_SETTINGS = Settings(progress="never")


def _clean(text: str) -> Article:
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=_SETTINGS)
    assert isinstance(art, Article)
    return art


def _removed(art: Article) -> dict[str, str]:
    return {r.text: r.reason for r in art.removed}


def test_desk_initials_in_lower_case_under_wire_copy() -> None:
    art = _clean(
        "Rains in Tessel province have left 14 people dead and 9 missing, the disaster agency said on Monday.\n\n"
        "Rescuers were searching three villages near the river, where a bridge collapsed on Sunday night.\n\n"
        "About 2,300 residents have moved to schools and mosques, the agency said.\n\n"
        "--IANS\n\n"
        "tpl/rk\n"
    )
    assert "tpl/rk" not in art.text and "IANS" not in art.text
    assert art.outlet == "IANS"
    assert art.authors == ()


def test_agency_credit_with_a_date_under_the_story_dates_the_page() -> None:
    art = _clean(
        "A total of 41 people died in floods in the hill districts of Varnia over the weekend, officials said Sunday.\n"
        "The toll in Orlen district rose to 30 from the 18 reported earlier, the district governor said.\n"
        "Relief teams were taking food and water to 5,200 people in evacuation centres.\n"
        "(Xinhua News Agency March 7, 2021)\n"
    )
    assert art.published.date == "2021-03-07"
    assert art.published.basis == "explicit"
    assert art.outlet == "Xinhua"
    assert "March 7, 2021" not in art.text


def test_lower_case_agency_in_a_dateline_and_an_office_before_its_initials() -> None:
    dl = parse_dateline("Orlen (dpa) - The toll from floods in two provinces has risen to seven, officials said.")
    assert dl is not None and dl.org == "dpa" and dl.place == "Orlen"
    # an office and its initials open a sentence: no dateline, no outlet "DRO"
    assert parse_dateline("District Relief Officer (DRO) Anna Petrel and two aides died in the blast on Monday.") is None
    art = _clean(
        "date 2022-03-02 Our Correspondent\n\nKestria\n\n"
        "District Relief Officer (DRO) Anna Petrel and two aides died in a blast near the main market on Monday, police said.\n\n"
        "Police said at least nine other people were hurt in the blast, which hit a car in the bazaar.\n\n"
        "No group has said it carried out the attack.\n"
    )
    assert art.outlet is None
    assert art.published.date == "2022-03-02"


def test_from_name_and_town_is_a_byline_not_a_title() -> None:
    art = _clean(
        "date 2021-09-14 From Ilse Marrow, Kestria\n\n"
        "Police in Tessel State have arrested five suspects over a string of robberies on the Orlen highway.\n\n"
        "One of the suspects, a former driver, led officers to a camp where two rifles were found.\n\n"
        "The state police spokesman said the suspects would be charged to court soon.\n"
    )
    assert art.title is None
    assert art.authors == ("Ilse Marrow",)
    assert art.published.date == "2021-09-14"
    assert "From Ilse Marrow" not in art.text


def test_agency_credit_ending_the_last_paragraph_is_cut_off() -> None:
    art = _clean(
        "The Tessel State Police said it had arrested four suspects over the abduction of a radio presenter.\n\n"
        "The suspects were arrested on May 2 in a forest near Orlen, a police statement said on Sunday.\n\n"
        "He urged residents to keep giving the police information that would help in these efforts. ( NAN)\n"
    )
    assert art.outlet == "NAN"
    assert "NAN" not in art.text
    assert art.text.endswith("help in these efforts.")
    assert "(NAN)" in _removed(art)


def test_reader_prompts_and_widgets_are_clutter() -> None:
    art = _clean(
        "Connect with us\n\n"
        "Bus plunges off bridge near Orlen, killing 12\n\n"
        "Have your say\n\n"
        "Powered by automated translation\n\n"
        "Twelve people died when a bus left a bridge and fell into a dry riverbed near Orlen on Friday, police said.\n\n"
        "The driver may have fallen asleep at the wheel, a police spokesman said.\n\n"
        "Nineteen passengers were taken to hospital in Kestria.\n\n"
        "Do You Like This Story?\n"
    )
    assert art.title == "Bus plunges off bridge near Orlen, killing 12"
    for line in ("Connect with us", "Have your say", "Powered by automated translation", "Do You Like This Story?"):
        assert line not in art.text
    assert art.outlet is None


def test_a_site_advertising_its_own_channels_names_itself() -> None:
    art = _clean(
        "Storm cuts power to 30,000 homes in Orlen\n\n"
        "A storm cut power to about 30,000 homes in Orlen on Tuesday, the power company said.\n\n"
        "Crews expected to restore most lines by Wednesday evening, it said.\n\n"
        "The Kestria Ledger is now on Telegram. Tap here to follow the channel for all our news.\n"
    )
    assert art.outlet == "The Kestria Ledger"
    assert "Telegram" not in art.text
    follow = _clean(
        "Storm cuts power to 30,000 homes in Orlen\n\n"
        "A storm cut power to about 30,000 homes in Orlen on Tuesday, the power company said.\n\n"
        "Crews expected to restore most lines by Wednesday evening, it said.\n\n"
        "Follow Ilse Marrow on Twitter.\n"
    )
    assert follow.outlet is None  # the writer's account names no site


def test_a_feeds_origin_note_and_a_paywall_prompt() -> None:
    art = _clean(
        "Landslides killed at least 22 people in the hills above Orlen, officials said on Sunday.\n"
        "Roads to the capital have been blocked since Saturday, police said.\n"
        "Thanks for your patience while we check your access.\n"
        "Already a subscriber? Log in.\n"
        "Want all of The Varnia Times? Subscribe.\n"
        "The post Landslides kill 22 in the hills above Orlen appeared first on The Varnia Times.\n"
    )
    assert art.outlet == "The Varnia Times"
    for gone in ("Already a subscriber", "Want all of", "appeared first on"):
        assert gone not in art.text
    origin = _clean(
        "Mothers of two gang members were shot dead in Kestria, the police chief said | Orlen Loop\n\n"
        "The content originally appeared on: Varnia News | Orlen Loop News\n\n"
        "The police chief said 12 gang feuds were active in the parish at any time.\n\n"
        "Since January, officers have seized 59 guns, he said.\n\n"
        "He said 70 murders were recorded in the north of the parish by June 15.\n"
    )
    assert origin.outlet == "Orlen Loop News"
    assert "originally appeared" not in origin.text


def test_press_release_contacts_and_boilerplate_at_the_foot() -> None:
    art = _clean(
        "News release\n\n"
        "Tessel: Relief convoy reaches 40,000 people cut off by floods\n\n"
        "Orlen (ORF) – The Orlen Relief Fund today brought food and water to 40,000 people cut off by floods in Tessel.\n\n"
        "The convoy of 18 trucks crossed the river at Kestria after the bridge reopened on Monday.\n\n"
        "Teams will return next week with tents and medicine, the fund said.\n\n"
        "For more information, please contact:\n\n"
        "press@orlenrelief.org\n\n"
        "About the Orlen Relief Fund\n\n"
        "The Orlen Relief Fund is an independent charity that helps people hit by disasters in the region.\n"
    )
    assert art.title == "Tessel: Relief convoy reaches 40,000 people cut off by floods"
    for gone in ("please contact", "press@orlenrelief.org", "About the Orlen", "independent charity"):
        assert gone not in art.text
    assert "Teams will return next week" in art.text
    story = _clean(
        "Floods leave 40,000 cut off in Tessel\n\n"
        "Floods have cut off 40,000 people in Tessel, officials said on Monday.\n\n"
        "The river rose two metres overnight, the water agency said.\n\n"
        "Schools in Kestria have been turned into shelters, the mayor said.\n\n"
        "About the victims\n\n"
        "Most of the 14 dead were farmers caught in their fields, the police said.\n"
    )
    assert "Most of the 14 dead were farmers" in story.text  # a subhead of the story, no boilerplate


def test_embed_codes_empty_stamp_labels_and_a_tag_under_the_headline() -> None:
    art = _clean(
        "Current Affairs\n\n"
        "Festival scuffle – woman files report alleging assault by officers\n\n"
        "Published\n\n"
        "on\n\n"
        "festival\n\n"
        "The police confirmed that a woman has filed a report saying officers pushed her during Tuesday's festival.\n\n"
        "[youtube id=\"aB3dE5fG7hI\" align=\"center\" mode=\"normal\"]\n\n"
        "Three men arrested at the festival are out on bail, their lawyer said.\n\n"
        "A video posted online shows a woman falling to the ground during the scuffle.\n"
    )
    assert art.title == "Festival scuffle – woman files report alleging assault by officers"
    assert not art.text.startswith(("Published", "on", "festival"))
    assert "Published on" not in art.text
    assert "[youtube" not in art.text
    assert art.published.date is None


def test_the_second_line_of_a_stamp_does_not_join_the_headline() -> None:
    art = _clean(
        "Local News\n\n\n"
        "2-alarm fire damages 4 houses in Kestria\n\n"
        "Posted at 5:02 AM, May 29, 2018\n"
        "and last updated 2018-05-29 09:12:40-04\n\n"
        "A two-alarm fire damaged four houses and a car on Memorial Day, fire officials said.\n\n"
        "Damage was estimated at $480,000.\n\n"
        "Eleven people were displaced by the fire.\n"
    )
    assert art.title == "2-alarm fire damages 4 houses in Kestria"
    assert art.published.date == "2018-05-29"
    assert "last updated" not in art.text


def test_broadcast_sign_off_gives_the_author_and_a_follow_line_the_site() -> None:
    assert signoff("Ilse Marrow KVRN News 7.", "KVRN News 7 spoke to the owner.") == ("Ilse Marrow", "KVRN News 7")
    assert signoff("Orlen Map News", "Orlen Map News said") is None  # no person, no station
    art = _clean(
        "Kitchen fire leaves family of five homeless\n\n"
        "Fourteen firefighters took 30 minutes to put out a fire in a house on Birch Lane on Sunday.\n\n"
        "Damage was put at $40,000, the fire chief said.\n\n"
        "KVRN News 7 spoke to the father, who thanked neighbours for their help.\n\n"
        "Ilse Marrow KVRN News 7.\n"
    )
    assert art.authors == ("Ilse Marrow",)
    assert art.outlet == "KVRN News 7"
    assert not art.text.endswith("KVRN News 7.")
    site = _clean(
        "Man shot dead by police in Orlen, residents protest\n"
        "A man was shot dead by the police in Orlen early this morning.\n"
        "The police said a patrol came under fire near the post office and returned fire.\n"
        "Residents later blocked the main road in protest.\n"
        "Follow The Kestria Beacon on Twitter and Instagram @KestriaBeacon. Send us a message on WhatsApp.\n"
    )
    assert site.outlet == "The Kestria Beacon"
    signed = _clean(
        "Man shot dead by police in Orlen, residents protest\n"
        "A man was shot dead by the police in Orlen early this morning.\n"
        "The police said a patrol came under fire near the post office and returned fire.\n"
        "Residents later blocked the main road in protest.\n"
        "- Tomas Brell\n"
        "Follow The Kestria Beacon on Twitter and Instagram @KestriaBeacon. Send us a message on WhatsApp.\n"
    )
    # the dashed name at the foot, next to the site's own promotion, is taken off and names the writer
    assert signed.authors == ("Tomas Brell",)
    assert "Tomas Brell" not in signed.text
    assert "Follow The" not in site.text


def test_dateline_line_with_its_country_under_the_byline() -> None:
    art = _clean(
        "Tessel: landslides kill 17 in hill villages\n"
        "Landslides near the town of Orlen bury houses, kill 17 people\n\n"
        "By Ilse Marrow\n"
        "KESTRIA, Tessel\n"
        "At least 17 people died when landslides buried houses in the hills, police said.\n"
        "Seven people are still missing, a district official said.\n"
        "Rescuers walked for hours to reach the village after the road was cut.\n"
    )
    assert art.authors == ("Ilse Marrow",)
    assert "KESTRIA, Tessel" not in art.text
    assert _removed(art)["KESTRIA, Tessel"] == "dateline"


def test_teaser_over_the_byline_goes() -> None:
    art = _clean(
        "Guard killed, four hurt in Orlen market blast\n"
        "ORLEN: A market guard died and four people including a child were hurt in a blast at the fish market on Tuesday.Police said the bomb was hidden in a\n"
        "By our correspondents\n"
        "June 9, 2015\n"
        "ORLEN: A market guard died and four people including a child were hurt in a blast at the fish market on Tuesday.\n"
        "Police said the bomb was hidden in a sack beside the road near the market gate.\n"
        "The injured were taken to the district hospital, officials said.\n"
    )
    assert art.title == "Guard killed, four hurt in Orlen market blast"
    assert art.published.date == "2015-06-09"
    assert art.text.count("A market guard died") == 1
    assert "hidden in a\n" not in art.text + "\n"


def test_photo_caption_over_the_date_and_the_headline() -> None:
    art = _clean(
        "The scene in Brell, Tessel where two soldiers were injured in a joint operation on Thursday morning.\n"
        "June 23, 2021\n"
        "Army urges Brell residents to share information on shooting\n"
        "TESSEL, Varnia— The army is urging residents of Brell who saw this morning's shooting to come forward.\n"
        "Two soldiers were shot and injured while on patrol, the army said.\n"
        "One man also died after the early morning gunfight, the police said.\n"
        "The army asked people to call its hotline with any information.\n"
    )
    assert art.title == "Army urges Brell residents to share information on shooting"
    assert art.published.date == "2021-06-23"
    assert "The scene in Brell" not in art.text
    assert _removed(art)["The scene in Brell, Tessel where two soldiers were injured in a joint operation on Thursday morning."] == "caption"


def test_summary_points_are_no_title() -> None:
    art = _clean(
        "date 2024-12-14 The results of four constituencies in the Orlen region have been cancelled by the Varnia election commission\n\n"
        "In a briefing, the deputy chair of the commission said the count in those seats had not followed the rules\n\n"
        "The commission said party supporters stormed the counting centres and disrupted the count\n\n"
        "The Varnia election commission has cancelled the results of four constituencies in the Orlen region.\n\n"
        "The deputy chair said the results could not be upheld.\n"
    )
    assert art.title is None
    assert art.published.date == "2024-12-14"


def test_unknown_site_after_a_bar_leaves_the_title() -> None:
    assert split_title_site("Two killed in reprisals in Kestria parish | Orlen Loop") == ("Two killed in reprisals in Kestria parish", None)
    assert split_title_site("Floods in Orlen: what we know so far | Explained")[0] == "Floods in Orlen: what we know so far | Explained"


def test_breadcrumb_headline_that_is_also_a_caption_is_the_title() -> None:
    art = _clean(
        "date 2017-04-09 Home | News | General | Police parade suspected robbers in Tessel state (photo)\n"
        "Police parade suspected robbers in Tessel state (photo)\n\n"
        "Some suspected robbers who attacked travellers on the Orlen road have been arrested by the police.\n\n"
        "See photos of the arrested men below:\n\n"
        "Police parade suspected robbers in Tessel state (photo)\n\n"
        "Some of the suspects, photo credit: Ilse Marrow - Facebook\n\n"
        "The police said 14 members of two gangs were arrested in the raids.\n\n"
        "The suspects will be charged to court, the police said.\n"
    )
    assert art.title == "Police parade suspected robbers in Tessel state (photo)"
    assert art.published.date == "2017-04-09"
    assert "photo credit" not in art.text
    assert "See photos" not in art.text


def test_other_news_stories_header_is_no_outlet() -> None:
    art = _clean(
        "Police kill two in Kestria\n\n"
        "February 13, 2017\n\n"
        "Two men who reportedly fired at the police were killed in Kestria yesterday.\n\n"
        "A team of officers came under fire near the market, the police said.\n\n"
        "Other News Stories\n"
    )
    assert art.outlet is None
    assert art.published.date == "2017-02-13"
    assert "Other News Stories" not in art.text
