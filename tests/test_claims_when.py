"""The as-of date of a figure on fictional pages in real shapes (issue 10, part 3).

The day of the statement ("said on Tuesday"), a date in the figure's own clause, in a clause
coordinated with it, on the verb a participle hangs on ("hit on Sunday, killing 10") or in a
"when" clause; a date where a window or a change starts ("from", "since") is not the figure's;
else the article's day for a figure with nothing dating it; nothing when the article has no day.
"""

from __future__ import annotations

import pytest

from dossier.model import Article, NumericClaim

from .claims_helpers import LIVE_PAGE_SOME_YEARS, claim_at, page_claims

# Published on Wednesday 14 June 2023: Sunday is the 11th, Monday the 12th, Tuesday the 13th.
_PAGE = """Strong quake jolts Taskian shore
Published: 14 June 2023
MERVINBURG (Mervin Wire) - A strong earthquake struck the Taskian shore on Sunday, killing 14 people and injuring 65.
Twelve residents were killed and at least 44 injured when the quake flattened homes on Dunhollow island Sunday, local officials said.
The death toll has risen to 52, the health ministry said on Tuesday.
That figure rose to 47 on Monday, up from 33 on Sunday.
More than 720 houses have been damaged since the first shock on Sunday.
The Mervin share index ended at 1,318.5, a 1.7 percent drop from the close of trading Monday.
Rescuers said 27 people were still missing.
"""

# The same shapes on a page that states no date: relative days stay unresolved.
_UNDATED = """Strong quake jolts Taskian shore
MERVINBURG - A strong earthquake struck the Taskian shore on Sunday, killing 14 people and injuring 65.
The death toll has risen to 52, the health ministry said on Tuesday, and rescuers reported 27 people still missing.
"""

# A dateline day with the year the page names elsewhere is the article's day (9 August 2023 a Wednesday).
_DATELINE = """Floods isolate Mervin valley
TASKA CITY, Aug 9 (Mervin Wire) - At least 187 people have died in the flooding, the interior ministry said.
The army has deployed 2,500 soldiers to the valley, where 35 bridges were destroyed on Monday.
Copyright 2023 Mervin Wire. All rights reserved.
"""


def _claims(text: str) -> tuple[Article, list[NumericClaim]]:
    return page_claims(text, "when.txt")




@pytest.fixture(scope="module")
def dated() -> tuple[Article, list[NumericClaim]]:
    return _claims(_PAGE)


@pytest.mark.parametrize(
    ("words", "n", "as_of", "basis"),
    [
        ("14 people", 0, "2023-06-11", "stated"),  # "struck ... on Sunday, killing 14"
        ("65", 0, "2023-06-11", "stated"),  # coordinated participle
        ("Twelve", 0, "2023-06-11", "stated"),  # "killed ... when the quake razed ... Sunday"
        ("at least 44", 0, "2023-06-11", "stated"),
        ("52", 0, "2023-06-13", "reported"),  # "has risen to 52, ... said on Tuesday"
        ("47", 0, "2023-06-12", "stated"),  # "rose to 47 on Monday"
        ("33", 0, "2023-06-11", "stated"),  # "up from 33 on Sunday": the figure's own date
        ("720", 0, "2023-06-14", "published"),  # "since ... Sunday": a window that runs to today
        ("1,318.5", 0, "2023-06-14", "published"),  # "from the close of trading Monday": where the fall starts
        ("27", 0, "2023-06-14", "published"),  # nothing dates it: the article's day
    ],
)
def test_as_of_on_a_dated_page(dated: tuple[Article, list[NumericClaim]], words: str, n: int, as_of: str, basis: str) -> None:
    art, claims = dated
    c = claim_at(art, claims, words, n)
    assert (c.as_of, c.as_of_basis) == (as_of, basis)


def test_no_day_is_invented_on_an_undated_page() -> None:
    art, claims = _claims(_UNDATED)
    assert art.published.date is None
    for words in ("14 people", "52", "27"):
        assert claim_at(art, claims, words).as_of is None


def test_a_dateline_day_dates_the_figures() -> None:
    art, claims = _claims(_DATELINE)
    assert art.published.date == "2023-08-09"
    assert (claim_at(art, claims, "187").as_of, claim_at(art, claims, "187").as_of_basis) == ("2023-08-09", "published")
    assert claim_at(art, claims, "2,500").as_of == "2023-08-09"
    assert (claim_at(art, claims, "35 bridges").as_of, claim_at(art, claims, "35 bridges").as_of_basis) == ("2023-08-07", "stated")


# The day a statement was made, in the shapes real reports give it (19 December 2024 a Thursday).
_STATEMENTS = """Ruvish soldiers in Mervin
Published: Thursday 19 December 2024
The Taskian intelligence service told legislators on Thursday that at least 120 Ruvish soldiers had died.
According to the intelligence service, which briefed legislators on Wednesday, about 9,000 troops had been dispatched to Mervin.
The Taskian president said in a video message Monday that 2,600 Ruvish had been killed or wounded.
In a statement issued on Tuesday, the defence ministry said 180 soldiers were captured.
Last month, Taska City said 8,000 troops had been deployed.
Troop numbers have risen from 2,600 in October to 14,000.
Taskian forces opened an offensive on Aug. 6 and have taken 19 villages, according to the army.
"""


@pytest.mark.parametrize(
    ("words", "n", "as_of", "basis"),
    [
        ("at least 120", 0, "2024-12-19", "reported"),
        ("9,000", 0, "2024-12-18", "reported"),  # a relative clause of the source
        ("2,600", 0, "2024-12-16", "reported"),  # "said in a video message Monday"
        ("180", 0, "2024-12-17", "reported"),  # "a statement issued on Tuesday"
        ("8,000", 0, "2024-11", "reported"),
        ("2,600", 1, "2024-10", "stated"),
        ("14,000", 0, "2024-12-19", "published"),
        ("19 villages", 0, "2024-12-19", "published"),  # a perfect count runs to today, not to Aug. 6
    ],
)
def test_as_of_is_the_day_of_the_statement(statements: tuple[Article, list[NumericClaim]], words: str, n: int, as_of: str, basis: str) -> None:
    art, claims = statements
    c = claim_at(art, claims, words, n)
    assert (c.as_of, c.as_of_basis) == (as_of, basis)



@pytest.fixture(scope="module")
def statements() -> tuple[Article, list[NumericClaim]]:
    return _claims(_STATEMENTS)


# A page dated only to its month (" date 2025-04 "): its figures hold within that month.
_MONTH = """ date 2025-04 Taskia quake toll expected to pass 3,000
MERVINBURG — The death toll from a strong earthquake last week in Taskia is at 2,684, the ruling council's chief said on Tuesday.
In a televised speech he also said there were 4,390 people injured.
There were 417 people missing in the capital.
"""


def test_a_page_dated_to_its_month_dates_its_figures_to_that_month() -> None:
    art, claims = _claims(_MONTH)
    assert art.published.date is None and (art.published.earliest, art.published.latest) == ("2025-04-01", "2025-04-30")
    c = claim_at(art, claims, "2,684")
    assert (c.as_of, c.as_of_basis) == ("2025-04", "reported")  # "said on Tuesday": a day of that month
    assert claim_at(art, claims, "417").as_of == "2025-04"


# Two pages of one fictional story: one dated, one that states no date of its own.
_STORY_DATED = """Dozens dead as floods hit the Mervin valley
Published: Thursday 14 September 2023
MERVINBURG (Mervin Wire) - Flooding in the Mervin valley has killed at least 187 people, the interior ministry of Taskia said on Thursday, as rescuers looked for 350 missing in Mervinburg.
"""
_STORY_UNDATED = """Mervin valley floods: toll climbs to 187
Rescuers in Mervinburg looked for 350 missing people after the flooding in the Mervin valley, which killed 187 people, the interior ministry of Taskia said.
The Mervinburg mayor said on September 12 that 75 bodies had been pulled from the river in Mervinburg.
Another 26 people were missing in the hills above the Mervin valley, rescuers said.
"""


def test_an_undated_page_is_dated_from_its_story() -> None:
    from dossier.ingest.clean import clean_article
    from dossier.model import RawArticle
    from dossier.pipeline import build_from_articles
    from dossier.settings import Settings

    settings = Settings(progress="never", min_words=5)
    arts = [clean_article(RawArticle(source=f"{n}.txt", fmt="txt", text=t), settings=settings)
            for n, t in (("dated", _STORY_DATED), ("undated", _STORY_UNDATED))]
    assert all(isinstance(a, Article) for a in arts)
    built = build_from_articles([a for a in arts if isinstance(a, Article)], settings=settings)
    undated = next(a for a in built.articles if a.source == "undated.txt")
    assert undated.published.date is None
    mine = {c.value: c for c in built.claims if c.article == undated.id}
    # "on September 12" takes the story's year; a figure with no date of its own stays undated: its page
    # states no publication date, and the other pages' month is no date of this page ("published" would lie)
    assert mine[75].as_of == "2023-09-12", [(c.value, c.as_of) for c in mine.values()]
    assert (mine[26].as_of, mine[26].as_of_basis) == (None, None)


def test_an_undated_page_that_names_another_month_keeps_no_date() -> None:
    from dossier.ingest.clean import clean_article
    from dossier.model import RawArticle
    from dossier.pipeline import build_from_articles
    from dossier.settings import Settings

    later = _STORY_UNDATED.replace("on September 12", "in mid-October")
    settings = Settings(progress="never", min_words=5)
    arts = [clean_article(RawArticle(source=f"{n}.txt", fmt="txt", text=t), settings=settings)
            for n, t in (("dated", _STORY_DATED), ("later", later))]
    built = build_from_articles([a for a in arts if isinstance(a, Article)], settings=settings)
    page = next(a for a in built.articles if a.source == "later.txt")
    mine = {c.value: c for c in built.claims if c.article == page.id}
    assert mine[26].as_of is None  # a page that speaks of October may be from after the story's September


_WHILE = """Taskia pays tribute to troops
Published: 1 July 2025
The Mervin army reported its first clashes with Taskian forces in November 2024 and took at least three prisoners, while the Taskian leader acknowledged their presence in Pellin in April 2025.
Fifteen soldiers were killed while fighting near Pellin on Sunday.
"""


def test_a_while_clause_with_its_own_subject_is_another_event() -> None:
    art, claims = _claims(_WHILE)
    assert claim_at(art, claims, "at least three").as_of == "2024-11"  # not April 2025, the contrast's date
    assert claim_at(art, claims, "Fifteen").as_of == "2025-06-29"  # "killed while fighting ... on Sunday"


_COUNT_LIKE_A_YEAR = """Taskia flood toll rises
Published: 4 May 2031
PELLINOV - The toll from flooding in northern Taskia climbed to 1870, the interior ministry said on Sunday.
"""


def test_a_count_the_tagger_takes_for_a_year_is_not_its_own_date() -> None:
    art, claims = _claims(_COUNT_LIKE_A_YEAR)
    c = claim_at(art, claims, "1870")
    assert c.value == 1870
    assert c.as_of == "2031-05-04" and c.as_of_basis == "reported"  # the statement's Sunday, never "1870"

_SINCE_AND_AS_OF = """Mervin fever outbreak spreads
Published: 23 January 2025
Since January 1, 2024, Mervinia has reported 3,987 suspected fever cases and 198 deaths.
Citing figures from Western officials, the Wire said that as of mid-January, the combined number of wounded, killed, missing and captured TDR army troops was about five thousand, of whom about a thousand were killed.
"""


def test_a_since_date_on_the_reporting_verb_starts_the_count() -> None:
    art, claims = _claims(_SINCE_AND_AS_OF)
    # "Since January 1, 2024, Mervinia has reported": where the count starts, not its day
    assert (claim_at(art, claims, "3,987").as_of, claim_at(art, claims, "3,987").as_of_basis) == ("2025-01-23", "published")
    assert claim_at(art, claims, "198").as_of == "2025-01-23"


def test_as_of_dates_a_figure_however_the_sentence_is_parsed() -> None:
    art, claims = _claims(_SINCE_AND_AS_OF)
    assert claim_at(art, claims, "about five thousand").as_of == "2025-01"
    # "of whom about a thousand were killed": the relative clause hangs off the date's reach in the parse
    whom = claim_at(art, claims, "about a thousand")
    assert (whom.as_of, whom.as_of_basis) == ("2025-01", "stated")


def test_a_since_date_leading_the_sentence_is_no_as_of() -> None:
    art, claims = _claims("""Mervin displacement
Published: 9 January 2024
Since Oct. 7, 2023, up to 1.4 million people (or more than 55% of the population) have been uprooted across Taskia, some several times, said the UN refugee agency on Sunday.
""")
    c = claim_at(art, claims, "up to 1.4 million")
    assert c.as_of != "2023-10-07"


# Dates that name something else than the count (fictional; 22 August 2021 a Sunday).
_CAUSES = """Taskia quake toll tops 2,100
Published: 22nd August 2021 06:42 PM
The death toll from Taskia's destructive earthquake earlier this month has climbed to 2,143, the civil protection agency said.
The agency said on its website that 11,905 people were injured and nearly 49,000 homes were destroyed by the August 14 quake.
The development minister told journalists today that over 28 million people have been hit by the record monsoon rains this year.
The health department says the 2021 death toll from the disease has reached 351 nationwide.
More than 71,000 residents have caught the fever since January this year, it added.
"""


@pytest.mark.parametrize(
    ("words", "as_of"),
    [
        ("2,143", "2021-08-22"),  # "the earthquake earlier this month has climbed to": the quake's date, not the count's
        ("11,905", "2021-08-22"),  # "destroyed by the August 14 quake": the cause's date
        ("49,000", "2021-08-22"),
        ("28 million", "2021-08-22"),  # "the record monsoon rains this year"
        ("351", "2021-08-22"),  # "the 2021 death toll has reached 351": the toll's year, counted to today
        ("71,000", "2021-08-22"),  # "since January this year": where the count starts
    ],
)
def test_a_date_of_the_cause_or_the_period_is_not_the_count_date(words: str, as_of: str) -> None:
    art, claims = _claims(_CAUSES)
    assert art.published.date == "2021-08-22"
    assert claim_at(art, claims, words).as_of == as_of


_CLOCK = """Search efforts step up after Dunhollow quake
2018-02-08
Search efforts in Dunhollow have moved into top gear after a magnitude 6.1 earthquake struck at 11:40 p.m., Feb. 6.
The tremor came after a magnitude 5.6 quake that hit the area two days before. As of 4 p.m., fire agency figures confirm seven dead, 74 missing and 231 injured.
"""


def test_a_bare_clock_time_is_the_day_of_the_report() -> None:
    """Fictional: a bare "As of 4 p.m." after a look back of some days is the page's day, not the earlier one."""
    art, claims = _claims(_CLOCK)
    assert art.published.date == "2018-02-08"
    for words in ("seven dead", "74", "231"):
        assert claim_at(art, claims, words).as_of == "2018-02-08", words


_TOLL_ISSUED = """Mervin civilian toll rises to 512
Published: 8 March 2022
The UN human rights office said on Tuesday it had confirmed 512 civilians killed in Mervin. Its earlier death toll of civilians killed, issued on Monday, was 438 civilians.
Two more people are missing because of this week's heavy rains, bringing the number of unaccounted for to seven.
"""


def test_a_toll_issued_on_a_day_and_a_period_of_the_cause() -> None:
    """Fictional: an earlier toll "issued on Monday" holds on that Monday; a week's rains date the rains, not the count."""
    art, claims = _claims(_TOLL_ISSUED)
    c = claim_at(art, claims, "438")
    assert (c.as_of, c.as_of_basis) == ("2022-03-07", "reported")
    assert claim_at(art, claims, "seven").as_of == "2022-03-08"


_WITH_CLAUSE = """Taskia fever season over
Published : 18 Jan 2024, 05:52 PM
The fever epidemic in 2023 was the worst ever recorded in Taskia, with 298,406 patients catching the disease and 1,562 dying of it.
"""


def test_a_with_clause_takes_the_date_of_its_verb() -> None:
    """Fictional: a "with N patients catching the disease" clause on a verb of 2023 counts for 2023."""
    art, claims = _claims(_WITH_CLAUSE)
    assert claim_at(art, claims, "298,406").as_of == "2023"
    assert claim_at(art, claims, "1,562").as_of == "2023"


def test_a_breakdown_with_the_figure_holds_when_the_figure_does() -> None:
    page = """Wildfires: toll at 26
Published: 14 June 2023
The toll from the two wildfires was up to 26 people by Sunday evening, the coroner announced, with 17 deaths blamed on the Sorra fire.
Crews kept going on Monday, with 340 firefighters on the lines.
"""
    art, claims = _claims(page)
    assert claim_at(art, claims, "26", 0).as_of == "2023-06-11"
    assert (claim_at(art, claims, "17", 0).as_of, claim_at(art, claims, "17", 0).as_of_basis) == ("2023-06-11", "stated")


# A figure over a window of days or months holds at the window's end (fictional page).
_WINDOWS = """Floods and fighting in Taskia
Published: 14 June 2023
Some 1,350 injured Taskian soldiers came home in the January-March period, the agency reported.
The floods killed 96 people across 23 districts between May 17 and June 10, the survey showed.
"On June 10 and 11, Taskian units lost at least 28 soldiers near Dunhollow," the army said.
Rescuers pulled 11 people out of the river on May 3 and 7 more the next day, May 4.
The fighting killed 3,900 Taskian soldiers between 2020 and 2022, the ministry said.
"""


@pytest.mark.parametrize(
    ("words", "as_of"),
    [
        ("1,350", "2023-03"),  # "the January-March period": March
        ("96", "2023-06-10"),  # "between May 17 and June 10"
        ("28 soldiers", "2023-06-11"),  # "On June 10 and 11"
        ("11 people", "2023-05-03"),  # "on May 3 and 7 more": 7 is a count, not a day
        ("3,900", "2022"),  # "between 2020 and 2022"
    ],
)
def test_a_window_dates_its_figure_at_its_end(words: str, as_of: str) -> None:
    art, claims = page_claims(_WINDOWS)
    c = claim_at(art, claims, words)
    assert (c.as_of, c.as_of_basis) == (as_of, "stated")


# A date that opens its sentence dates every clause of it; a possessive day on the cause of a
# count in the present perfect dates the cause, not the count (fictional page; 14 June 2023 a Wednesday).
_FRONTED = """Storms lash Taskia
Published: 14 June 2023
On Monday, 21 people died when a ferry overturned near Dunhollow, while six more were killed in Sorra when a wall fell.
Last year, Taskia had its worst fire season in decades, which left 31 people dead.
At least 85 people have died in Sunday's storm along the coast, officials have confirmed.
Sunday's storm killed 14 fishermen off Sorra, the coastguard said.
"""


@pytest.mark.parametrize(
    ("words", "as_of", "basis"),
    [
        ("21 people", "2023-06-12", "stated"),
        ("six", "2023-06-12", "stated"),  # the "while" clause under the fronted "On Monday,"
        ("31", "2022", "stated"),  # "Last year, ...": the year before the page's
        ("At least 85", "2023-06-14", "published"),  # "have died in Sunday's storm": the storm's day, the count's now
        ("14 fishermen", "2023-06-11", "stated"),  # a past verb: the storm's day is the deaths'
    ],
)
def test_a_fronted_date_dates_its_sentence_and_a_possessive_day_its_noun(words: str, as_of: str, basis: str) -> None:
    art, claims = page_claims(_FRONTED)
    c = claim_at(art, claims, words)
    assert (c.as_of, c.as_of_basis) == (as_of, basis)


# A live page: each entry's figures are dated by the entry's stamp, with the year the page or its
# stamps give, else left for the story to give (fictional page).
_LIVE = """Taskia quake: live updates
A powerful aftershock struck Taskia on Friday, and the toll has climbed to 297.
August 27 at 3:52 p.m.
The civil protection agency says the toll has climbed to 297 as of Saturday afternoon.
August 26 at 5:31 p.m.
The toll rose to 284 as of Friday afternoon, and 11 people remain missing.
"""


def test_a_live_entry_dates_its_figures_by_its_stamp() -> None:
    art, claims = page_claims(_LIVE)
    assert claim_at(art, claims, "297", 0).as_of is None  # above the entries: nothing dates it
    assert claim_at(art, claims, "297", 1).as_of == "XXXX-08-27"
    assert claim_at(art, claims, "284").as_of == "XXXX-08-26"
    assert claim_at(art, claims, "11 people").as_of == "XXXX-08-26"
    art, claims = page_claims(_LIVE.replace("August 27 at", "August 27, 2016, at").replace("August 26 at", "August 26, 2016, at"))
    assert claim_at(art, claims, "284").as_of == "2016-08-26"


@pytest.mark.parametrize("day", ["on Thursday", "on Thursday 5th January"])
def test_a_figure_in_a_when_clause_takes_the_date_of_its_head(day: str) -> None:
    """A "when" clause holding the count under a head dated by a weekday (fictional page, 6 January 2012 a Friday)."""
    page = f"""Seven Taskian troops killed
Friday, January 6, 2012
Seven Taskian troops have died in a string of bombings in the south, the military has announced.
The opening attack happened {day} when a car bomb killed two troops near Sorra.
"""
    art, claims = page_claims(page)
    assert (claim_at(art, claims, "two").as_of, claim_at(art, claims, "two").as_of_basis) == ("2012-01-05", "stated")
    assert claim_at(art, claims, "Seven Taskian").as_of == "2012-01-06"


def test_a_when_clause_on_a_date_is_that_date() -> None:
    """A "when" clause hanging on a bare year ("since 1999, when ...") dates its count by that year (fictional page)."""
    page = """Cyclone Sorra toll climbs
Published: 14 June 2023
The toll from Cyclone Sorra has reached 19, officials said.
It points to better disaster preparedness in Taskia since 1999, when a cyclone killed around 9,000 people along the coast.
"""
    art, claims = page_claims(page)
    assert (claim_at(art, claims, "9,000").as_of, claim_at(art, claims, "9,000").as_of_basis) == ("1999", "stated")
    assert claim_at(art, claims, "19").as_of == "2023-06-14"


_TIMELINE = """Worst attacks on Taskian peacekeepers
Published: 9 December 2017
Below are the worst attacks on the Taskian mission:

- December 7, 2017: At least 14 Taskian peacekeepers are killed near Sorra. At least 47 are wounded, several of them critically.

- January 23, 2006: Seven peacekeepers are killed in a firefight with gunmen in the Dunhollow reserve.

- 25 February 2005 – Six peacekeepers are killed in an ambush close to Pellin.

2009: 97 soldiers of the mission died in the north.
"""


@pytest.mark.parametrize(
    ("words", "as_of"),
    [("At least 14", "2017-12-07"), ("47", "2017-12-07"), ("Seven", "2006-01-23"), ("Six", "2005-02-25"), ("97", "2009")],
)
def test_a_dated_list_entry_dates_its_figures(words: str, as_of: str) -> None:
    """A timeline entry that opens with its date ("- January 23, 2006: Eight ... are killed") dates every figure in it,
    the second sentence of the entry too (fictional page)."""
    art, claims = page_claims(_TIMELINE)
    c = claim_at(art, claims, words)
    assert (c.as_of, c.as_of_basis) == (as_of, "stated")



def test_a_statement_that_goes_on_keeps_the_day_it_was_made() -> None:
    """A quote closed by "the statement added", after an earlier line the army gave on a weekday
    (fictional page, 16 February 2024 a Friday): the statement was made on the Thursday."""
    page = """Two Taskian soldiers die in Sorra attack
Fri, 16 Feb 2024 00:14:09 GMT
Two Taskian troops have been killed in a mortar attack near Sorra, the army said Thursday.
"A mortar round fell inside one of our camps," the Taskian Defence Force said.
"The force consequently suffered two fatalities, and four members sustained injuries," the statement added.
The wounded were taken to the closest hospital in Sorra.
"""
    art, claims = page_claims(page)
    for words in ("two fatalities", "four members"):
        c = claim_at(art, claims, words)
        assert (c.as_of, c.as_of_basis) == ("2024-02-15", "reported"), words
    assert claim_at(art, claims, "Two Taskian troops have").as_of == "2024-02-15"


def test_a_date_we_cannot_resolve_on_the_figures_own_verb_blocks_a_coordinated_date() -> None:
    """A year-dated count coordinated with "last year ... fell to N" on a page with no year: N is not of that year."""
    page = """Taskian army deaths drop
In 2010, 117 Taskian soldiers died in the north but last year the number fell to 39.
The army has kept 8,700 troops in the north since then, officials said.
"""
    art, claims = page_claims(page)
    assert claim_at(art, claims, "117").as_of == "2010"
    assert claim_at(art, claims, "39").as_of != "2010"


def test_a_live_page_with_a_year_on_some_stamps_dates_every_entry() -> None:
    """A live page whose stamps carry a year only on the oldest entry (fictional): each entry's figures take
    its stamp's day, with the year."""
    art, claims = page_claims(LIVE_PAGE_SOME_YEARS)
    assert claim_at(art, claims, "41").as_of == "2016-08-28"
    assert claim_at(art, claims, "12 people").as_of == "2016-08-27"
    assert claim_at(art, claims, "At least 20").as_of == "2016-08-26"


def test_an_event_told_again_takes_the_day_it_was_first_told_with() -> None:
    """Deaths dated by a weekday, then told again in the next sentence with a count of wounded added
    (fictional page, 3 October 2024 a Thursday): the wounded are of that Wednesday."""
    page = """Nine Taskian soldiers die in Sorra
date 2024-10-03
Nine Taskian soldiers were killed in Sorra on Wednesday, the campaign's first losses.
The Taskian army said that soldiers were killed in two separate incidents and five others were seriously wounded.
The army has deployed 1,800 more troops to the area, officials said.
"""
    art, claims = page_claims(page)
    assert claim_at(art, claims, "five").as_of == "2024-10-02"
    assert claim_at(art, claims, "Nine").as_of == "2024-10-02"
    assert claim_at(art, claims, "1,800").as_of == "2024-10-03"
