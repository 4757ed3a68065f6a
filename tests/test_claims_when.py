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
_PAGE = """Quake strikes the Taskian coast
Published: 14 June 2023
MERVINBURG (Mervin Wire) - A powerful earthquake hit the coast of Taskia on Sunday, killing 10 people and injuring 80.
Twelve villagers were killed and at least 50 injured when the quake razed houses on Dunhollow island Sunday, officials said.
The death toll has risen to 45, the health ministry said on Tuesday.
The toll rose to 45 on Monday, up from 31 on Sunday.
More than 600 homes have been damaged since the first tremor on Sunday.
The Mervin index closed at 1,204.5, a 2.1 percent fall from the close of trading Monday.
Rescuers said 30 people remained missing.
"""

# The same shapes on a page that states no date: relative days stay unresolved.
_UNDATED = """Quake strikes the Taskian coast
MERVINBURG - A powerful earthquake hit the coast of Taskia on Sunday, killing 10 people and injuring 80.
The death toll has risen to 45, the health ministry said on Tuesday, and rescuers said 30 people remained missing.
"""

# A dateline day with the year the page names elsewhere is the article's day (9 August 2023 a Wednesday).
_DATELINE = """Floods cut off Mervin valley
TASKA CITY, Aug 9 (Mervin Wire) - At least 212 people have been killed in the floods, the interior ministry said.
The army has sent 3,000 soldiers to the valley, where 40 bridges were destroyed on Monday.
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
        ("10 people", 0, "2023-06-11", "stated"),  # "hit ... on Sunday, killing 10"
        ("80", 0, "2023-06-11", "stated"),  # coordinated participle
        ("Twelve", 0, "2023-06-11", "stated"),  # "killed ... when the quake razed ... Sunday"
        ("at least 50", 0, "2023-06-11", "stated"),
        ("45", 0, "2023-06-13", "reported"),  # "has risen to 45, ... said on Tuesday"
        ("45", 1, "2023-06-12", "stated"),  # "rose to 45 on Monday"
        ("31", 0, "2023-06-11", "stated"),  # "up from 31 on Sunday": the figure's own date
        ("600", 0, "2023-06-14", "published"),  # "since ... Sunday": a window that runs to today
        ("1,204.5", 0, "2023-06-14", "published"),  # "from the close of trading Monday": where the fall starts
        ("30", 0, "2023-06-14", "published"),  # nothing dates it: the article's day
    ],
)
def test_as_of_on_a_dated_page(dated: tuple[Article, list[NumericClaim]], words: str, n: int, as_of: str, basis: str) -> None:
    art, claims = dated
    c = claim_at(art, claims, words, n)
    assert (c.as_of, c.as_of_basis) == (as_of, basis)


def test_no_day_is_invented_on_an_undated_page() -> None:
    art, claims = _claims(_UNDATED)
    assert art.published.date is None
    for words in ("10 people", "45", "30"):
        assert claim_at(art, claims, words).as_of is None


def test_a_dateline_day_dates_the_figures() -> None:
    art, claims = _claims(_DATELINE)
    assert art.published.date == "2023-08-09"
    assert (claim_at(art, claims, "212").as_of, claim_at(art, claims, "212").as_of_basis) == ("2023-08-09", "published")
    assert claim_at(art, claims, "3,000").as_of == "2023-08-09"
    assert (claim_at(art, claims, "40 bridges").as_of, claim_at(art, claims, "40 bridges").as_of_basis) == ("2023-08-07", "stated")


# The day a statement was made, in the shapes real reports give it (19 December 2024 a Thursday).
_STATEMENTS = """Ruvish troops in Mervin
Published: Thursday 19 December 2024
The Taskian spy agency told lawmakers on Thursday that at least 100 Ruvish soldiers had been killed.
According to the spy agency, which briefed lawmakers on Wednesday, about 11,000 troops had been sent to Mervin.
The Taskian president said in a video address Monday that 3,000 Ruvishs had been killed or wounded.
In a statement released on Tuesday, the defence ministry said 200 soldiers were captured.
Last month, Taska City said 10,000 troops had been deployed.
The number of troops has grown from 3,000 in October to 12,000.
Taskian forces launched an offensive on Aug. 6 and have captured 24 villages, according to the army.
"""


@pytest.mark.parametrize(
    ("words", "n", "as_of", "basis"),
    [
        ("at least 100", 0, "2024-12-19", "reported"),
        ("11,000", 0, "2024-12-18", "reported"),  # a relative clause of the source
        ("3,000", 0, "2024-12-16", "reported"),  # "said in a video address Monday"
        ("200", 0, "2024-12-17", "reported"),  # "a statement released on Tuesday"
        ("10,000", 0, "2024-11", "reported"),
        ("3,000", 1, "2024-10", "stated"),
        ("12,000", 0, "2024-12-19", "published"),
        ("24 villages", 0, "2024-12-19", "published"),  # a perfect count runs to today, not to Aug. 6
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
_MONTH = """ date 2025-04 Taskia quake deaths likely to exceed 3,000
MERVINBURG — The death toll from a major earthquake last week in Taskia is at 2,719, the chief of the ruling council said on Tuesday.
In a speech on state television he also said there were 4,521 people injured.
There were 441 people missing in the capital.
"""


def test_a_page_dated_to_its_month_dates_its_figures_to_that_month() -> None:
    art, claims = _claims(_MONTH)
    assert art.published.date is None and (art.published.earliest, art.published.latest) == ("2025-04-01", "2025-04-30")
    c = claim_at(art, claims, "2,719")
    assert (c.as_of, c.as_of_basis) == ("2025-04", "reported")  # "said on Tuesday": a day of that month
    assert claim_at(art, claims, "441").as_of == "2025-04"


# Two pages of one fictional story: one dated, one that states no date of its own.
_STORY_DATED = """Floods kill dozens in the Mervin valley
Published: Thursday 14 September 2023
MERVINBURG (Mervin Wire) - Floods in the Mervin valley have killed at least 212 people, the interior ministry of Taskia said on Thursday, as rescuers searched for 400 missing in Mervinburg.
"""
_STORY_UNDATED = """Mervin valley floods: toll rises to 212
Rescuers in Mervinburg searched for 400 missing people after the floods in the Mervin valley, which killed 212 people, the interior ministry of Taskia said.
The Mervinburg mayor said on September 12 that 90 bodies had been recovered from the river in Mervinburg.
Another 30 people were missing in the hills above the Mervin valley, rescuers said.
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
    # "on September 12" takes the story's year; a figure with no date of its own, the story's month
    assert mine[90].as_of == "2023-09-12", [(c.value, c.as_of) for c in mine.values()]
    assert (mine[30].as_of, mine[30].as_of_basis) == ("2023-09", "published")


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
    assert mine[30].as_of is None  # a page that speaks of October may be from after the story's September


_WHILE = """Taskia honours troops
Published: 1 July 2025
The Mervin army reported the first clashes with Taskian troops in November 2024 and took at least two prisoners, while the Taskian leader confirmed their presence in Pellin in April 2025.
Twelve soldiers were killed while fighting near Pellin on Sunday.
"""


def test_a_while_clause_with_its_own_subject_is_another_event() -> None:
    art, claims = _claims(_WHILE)
    assert claim_at(art, claims, "at least two").as_of == "2024-11"  # not April 2025, the contrast's date
    assert claim_at(art, claims, "Twelve").as_of == "2025-06-29"  # "killed while fighting ... on Sunday"


_COUNT_LIKE_A_YEAR = """Taskia flood toll rises
Published: 4 May 2031
PELLINOV - The death toll from the floods in northern Taskia rose to 1850, the interior ministry said on Sunday.
"""


def test_a_count_the_tagger_takes_for_a_year_is_not_its_own_date() -> None:
    art, claims = _claims(_COUNT_LIKE_A_YEAR)
    c = claim_at(art, claims, "1850")
    assert c.value == 1850
    assert c.as_of == "2031-05-04" and c.as_of_basis == "reported"  # the statement's Sunday, never "1850"

_SINCE_AND_AS_OF = """Mervin fever outbreak grows
Published: 23 January 2025
Since January 1, 2024, Mervinia has reported 4,512 suspected fever cases and 211 deaths.
Referring to the data of Western officials, the Wire noted that as of mid-January, the total number of wounded, killed, missing and captured TDR army soldiers was about four thousand, of whom about a thousand were killed.
"""


def test_a_since_date_on_the_reporting_verb_starts_the_count() -> None:
    art, claims = _claims(_SINCE_AND_AS_OF)
    # "Since January 1, 2024, Mervinia has reported": where the count starts, not its day
    assert (claim_at(art, claims, "4,512").as_of, claim_at(art, claims, "4,512").as_of_basis) == ("2025-01-23", "published")
    assert claim_at(art, claims, "211").as_of == "2025-01-23"


def test_as_of_dates_a_figure_however_the_sentence_is_parsed() -> None:
    art, claims = _claims(_SINCE_AND_AS_OF)
    assert claim_at(art, claims, "about four thousand").as_of == "2025-01"
    # "of whom about a thousand were killed": the relative clause hangs off the date's reach in the parse
    whom = claim_at(art, claims, "about a thousand")
    assert (whom.as_of, whom.as_of_basis) == ("2025-01", "stated")


def test_a_since_date_leading_the_sentence_is_no_as_of() -> None:
    art, claims = _claims("""Mervin refugees
Published: 8 January 2024
Since Oct. 7, 2023, up to 1.2 million people (or over 60% of the population) have been displaced across Taskia, some multiple times, said the UN refugee agency on Sunday.
""")
    c = claim_at(art, claims, "up to 1.2 million")
    assert c.as_of != "2023-10-07"


# Dates that name something else than the count (fictional; 22 August 2021 a Sunday).
_CAUSES = """Mervin quake toll passes 2,200
Published: 22nd August 2021 07:18 PM
The death toll from Taskia's devastating earthquake earlier this month has grown to 2,207, the civil protection agency said.
The agency said via its website that 12,268 people were injured and nearly 53,000 houses were destroyed by the August 14 quake.
The planning minister told reporters today that over 33 million people have been affected by the historic monsoon rains this year.
The health directorate reports the 2021 death toll from the fever has reached 364 in the country.
More than 78,000 people have been infected since January this year, it said.
"""


@pytest.mark.parametrize(
    ("words", "as_of"),
    [
        ("2,207", "2021-08-22"),  # "the earthquake earlier this month has grown to": the quake's date, not the count's
        ("12,268", "2021-08-22"),  # "destroyed by the August 14 quake": the cause's date
        ("53,000", "2021-08-22"),
        ("33 million", "2021-08-22"),  # "the historic monsoon rains this year"
        ("364", "2021-08-22"),  # "the 2021 death toll has reached 364": the toll's year, counted to today
        ("78,000", "2021-08-22"),  # "since January this year": where the count starts
    ],
)
def test_a_date_of_the_cause_or_the_period_is_not_the_count_date(words: str, as_of: str) -> None:
    art, claims = _claims(_CAUSES)
    assert art.published.date == "2021-08-22"
    assert claim_at(art, claims, words).as_of == as_of


_CLOCK = """Rescue operations ramp up after Dunhollow quake
2018-02-08
Rescue operations in Dunhollow have shifted into high gear after a magnitude 6 earthquake struck at 11:50 p.m., Feb. 6.
The temblor follows a magnitude 5.8 quake that hit the region two days before. As of 5 p.m., fire agency statistics confirm six dead, 88 missing and 256 injured.
"""


def test_a_bare_clock_time_is_the_day_of_the_report() -> None:
    """Fictional: "As of 5 p.m." after "two days before" is the page's day, not the day looked back to."""
    art, claims = _claims(_CLOCK)
    assert art.published.date == "2018-02-08"
    for words in ("six dead", "88", "256"):
        assert claim_at(art, claims, words).as_of == "2018-02-08", words


_TOLL_ISSUED = """Mervin civilian toll climbs to 474
Published: 8 March 2022
The UN rights office said on Tuesday that it had verified 474 civilians killed in Mervin. Its previous death toll for civilians killed, issued on Monday, was 406 civilians.
Two more people are missing due to this week's heavy rains, raising the number of unaccounted for to six.
"""


def test_a_toll_issued_on_a_day_and_a_period_of_the_cause() -> None:
    """Fictional: "its previous death toll, issued on Monday, was 406" is Monday's; "this week's heavy rains" dates the rains."""
    art, claims = _claims(_TOLL_ISSUED)
    c = claim_at(art, claims, "406")
    assert (c.as_of, c.as_of_basis) == ("2022-03-07", "reported")
    assert claim_at(art, claims, "six").as_of == "2022-03-08"


_WITH_CLAUSE = """Taskia fever season ends
Published : 18 Jan 2024, 06:06 PM
The fever outbreak in 2023 was the worst on record in Taskia, with 321,179 patients contracting the disease and 1,705 dying from it.
"""


def test_a_with_clause_takes_the_date_of_its_verb() -> None:
    """Fictional: "the outbreak in 2023 was the worst ..., with 321,179 patients contracting the disease" is 2023's count."""
    art, claims = _claims(_WITH_CLAUSE)
    assert claim_at(art, claims, "321,179").as_of == "2023"
    assert claim_at(art, claims, "1,705").as_of == "2023"


def test_a_breakdown_with_the_figure_holds_when_the_figure_does() -> None:
    page = """Fires: toll at 24
Published: 14 June 2023
The death toll from the two fires was up to 24 people by Sunday evening, the medical examiner announced, with 16 deaths attributed to the Sorra fire.
Crews kept working on Monday, with 300 firefighters on the lines.
"""
    art, claims = _claims(page)
    assert claim_at(art, claims, "24", 0).as_of == "2023-06-11"
    assert (claim_at(art, claims, "16", 0).as_of, claim_at(art, claims, "16", 0).as_of_basis) == ("2023-06-11", "stated")


# A figure over a window of days or months holds at the window's end (fictional page).
_WINDOWS = """Floods and fighting in Taskia
Published: 14 June 2023
Some 1,500 wounded Taskian soldiers returned home in the January-March period, the agency said.
The floods killed 102 people in 27 districts between May 17 and June 10, the report showed.
"On June 10 and 11, Taskian units lost at least 30 soldiers near Dunhollow," the army said.
Rescuers pulled 12 people from the river on May 3 and 7 more on May 4.
The fighting killed 4,100 Taskian soldiers between 2020 and 2022, the ministry said.
"""


@pytest.mark.parametrize(
    ("words", "as_of"),
    [
        ("1,500", "2023-03"),  # "the January-March period": March
        ("102", "2023-06-10"),  # "between May 17 and June 10"
        ("30 soldiers", "2023-06-11"),  # "On June 10 and 11"
        ("12 people", "2023-05-03"),  # "on May 3 and 7 more": 7 is a count, not a day
        ("4,100", "2022"),  # "between 2020 and 2022"
    ],
)
def test_a_window_dates_its_figure_at_its_end(words: str, as_of: str) -> None:
    art, claims = page_claims(_WINDOWS)
    c = claim_at(art, claims, words)
    assert (c.as_of, c.as_of_basis) == (as_of, "stated")


# A date that opens its sentence dates every clause of it; a possessive day on the cause of a
# count in the present perfect dates the cause, not the count (fictional page; 14 June 2023 a Wednesday).
_FRONTED = """Storms batter Taskia
Published: 14 June 2023
On Monday, 19 people died when a ferry capsized near Dunhollow, while eight more were killed in Sorra when a wall collapsed.
Last year, Taskia suffered its worst fire season in decades, which left 27 people dead.
At least 90 people have died in Sunday's storm across the coast, officials have confirmed.
Sunday's storm killed 12 fishermen off Sorra, the coast guard said.
"""


@pytest.mark.parametrize(
    ("words", "as_of", "basis"),
    [
        ("19 people", "2023-06-12", "stated"),
        ("eight", "2023-06-12", "stated"),  # the "while" clause under the fronted "On Monday,"
        ("27", "2022", "stated"),  # "Last year, ...": the year before the page's
        ("At least 90", "2023-06-14", "published"),  # "have died in Sunday's storm": the storm's day, the count's now
        ("12 fishermen", "2023-06-11", "stated"),  # a past verb: the storm's day is the deaths'
    ],
)
def test_a_fronted_date_dates_its_sentence_and_a_possessive_day_its_noun(words: str, as_of: str, basis: str) -> None:
    art, claims = page_claims(_FRONTED)
    c = claim_at(art, claims, words)
    assert (c.as_of, c.as_of_basis) == (as_of, basis)


# A live page: each entry's figures are dated by the entry's stamp, with the year the page or its
# stamps give, else left for the story to give (fictional page).
_LIVE = """Taskia quake: the latest
A strong aftershock hit Taskia on Friday, and the death toll has risen to 290.
August 27 at 3:46 p.m.
The civil protection agency says the death toll has risen to 290 as of Saturday afternoon.
August 26 at 5:46 p.m.
The death toll rose to 281 as of Friday afternoon, and 12 people remain missing.
"""


def test_a_live_entry_dates_its_figures_by_its_stamp() -> None:
    art, claims = page_claims(_LIVE)
    assert claim_at(art, claims, "290", 0).as_of is None  # above the entries: nothing dates it
    assert claim_at(art, claims, "290", 1).as_of == "XXXX-08-27"
    assert claim_at(art, claims, "281").as_of == "XXXX-08-26"
    assert claim_at(art, claims, "12 people").as_of == "XXXX-08-26"
    art, claims = page_claims(_LIVE.replace("August 27 at", "August 27, 2016, at").replace("August 26 at", "August 26, 2016, at"))
    assert claim_at(art, claims, "281").as_of == "2016-08-26"


@pytest.mark.parametrize("day", ["on Thursday", "on Thursday 5th January"])
def test_a_figure_in_a_when_clause_takes_the_date_of_its_head(day: str) -> None:
    """"The first attack happened on Thursday when a bomb killed three troops" (fictional page, 6 January 2012 a Friday)."""
    page = f"""Eight Taskian troops killed
Friday, January 6, 2012
Eight Taskian troops have been killed in a series of bombings in the south, the army has announced.
The first attack happened {day} when a roadside bomb killed three troops near Sorra.
"""
    art, claims = page_claims(page)
    assert (claim_at(art, claims, "three").as_of, claim_at(art, claims, "three").as_of_basis) == ("2012-01-05", "stated")
    assert claim_at(art, claims, "Eight Taskian").as_of == "2012-01-06"


def test_a_when_clause_on_a_date_is_that_date() -> None:
    """"readiness has improved since 1999, when a cyclone killed around 10,000 people" (fictional page)."""
    page = """Cyclone Sorra toll rises
Published: 14 June 2023
The death toll from Cyclone Sorra has reached 17, officials said.
It shows improved disaster readiness in Taskia since 1999, when a cyclone killed around 10,000 people on the coast.
"""
    art, claims = page_claims(page)
    assert (claim_at(art, claims, "10,000").as_of, claim_at(art, claims, "10,000").as_of_basis) == ("1999", "stated")
    assert claim_at(art, claims, "17").as_of == "2023-06-14"


_TIMELINE = """Deadliest attacks on Taskian peacekeepers
Published: 9 December 2017
Here are the deadliest attacks on the Taskian force:

- December 7, 2017: At least 15 Taskian peacekeepers are killed near Sorra. At least 53 are wounded, including several critically.

- January 23, 2006: Eight peacekeepers are killed in a clash with armed men in the Dunhollow park.

- 25 February 2005 – Nine peacekeepers are killed in an ambush near Pellin.

2009: 108 soldiers of the force died in the north.
"""


@pytest.mark.parametrize(
    ("words", "as_of"),
    [("At least 15", "2017-12-07"), ("53", "2017-12-07"), ("Eight", "2006-01-23"), ("Nine", "2005-02-25"), ("108", "2009")],
)
def test_a_dated_list_entry_dates_its_figures(words: str, as_of: str) -> None:
    """A timeline entry that opens with its date ("- January 23, 2006: Eight ... are killed") dates every figure in it,
    the second sentence of the entry too (fictional page)."""
    art, claims = page_claims(_TIMELINE)
    c = claim_at(art, claims, words)
    assert (c.as_of, c.as_of_basis) == (as_of, "stated")



def test_a_statement_that_goes_on_keeps_the_day_it_was_made() -> None:
    """'"... two fatalities and three injured," the statement added' after "the army said Thursday"
    (fictional page, 16 February 2024 a Friday): the statement was made on the Thursday."""
    page = """Two Taskian soldiers killed in Sorra
Fri, 16 Feb 2024 00:02:56 GMT
Two Taskian soldiers have been killed in a mortar strike near Sorra, the army said Thursday.
"A mortar bomb landed inside one of our bases," the Taskian Defence Force said.
"As a result, the force suffered two fatalities and three members sustained injuries," the statement added.
The injured were taken to the nearest hospital in Sorra.
"""
    art, claims = page_claims(page)
    for words in ("two fatalities", "three members"):
        c = claim_at(art, claims, words)
        assert (c.as_of, c.as_of_basis) == ("2024-02-15", "reported"), words
    assert claim_at(art, claims, "Two Taskian soldiers have").as_of == "2024-02-15"


def test_a_date_we_cannot_resolve_on_the_figures_own_verb_blocks_a_coordinated_date() -> None:
    """"In 2010, 103 died but last year the figure fell to 46" on a page with no year: 46 is not of 2010."""
    page = """Taskian army losses fall
In 2010, 103 Taskian soldiers were killed in the north but last year the figure fell to 46.
The army has kept 9,500 troops in the north since then, officials said.
"""
    art, claims = page_claims(page)
    assert claim_at(art, claims, "103").as_of == "2010"
    assert claim_at(art, claims, "46").as_of != "2010"


def test_a_live_page_with_a_year_on_some_stamps_dates_every_entry() -> None:
    """A live page whose stamps carry a year only on the oldest entry (fictional): each entry's figures take
    its stamp's day, with the year."""
    art, claims = page_claims(LIVE_PAGE_SOME_YEARS)
    assert claim_at(art, claims, "41").as_of == "2016-08-28"
    assert claim_at(art, claims, "12 people").as_of == "2016-08-27"
    assert claim_at(art, claims, "At least 20").as_of == "2016-08-26"


def test_an_event_told_again_takes_the_day_it_was_first_told_with() -> None:
    """"Eight soldiers were killed on Wednesday ... The army said that soldiers were killed in three incidents
    and seven others were wounded" (fictional page, 3 October 2024 a Thursday): the wounded are of Wednesday."""
    page = """Eight Taskian soldiers killed in Sorra
date 2024-10-03
Eight Taskian soldiers were killed in Sorra on Wednesday, the first losses of the campaign.
The Taskian army said that soldiers were killed in three separate incidents and seven others were seriously wounded.
The army has sent 2,000 more troops to the region, officials said.
"""
    art, claims = page_claims(page)
    assert claim_at(art, claims, "seven").as_of == "2024-10-02"
    assert claim_at(art, claims, "Eight").as_of == "2024-10-02"
    assert claim_at(art, claims, "2,000").as_of == "2024-10-03"
