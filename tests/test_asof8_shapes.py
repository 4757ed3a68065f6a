"""The as-of date of a figure in page shapes met on new real pages (issue 10, eighth round).

Fictional pages in the shapes of real ones: a timeline whose entries open with their date ("June 5,
2019 – In Port Elias, gunmen ... kill 24 ..."), a window in the subject of the figure's verb ("the
casualties recorded between March 2003 and July 2009 stand at 5,970"), "last week" in a clause on the
subject of a perfect ("the storm that lashed the coast last week has climbed to 208"), and "killed
during the deployment last year".
"""

from __future__ import annotations

from .claims_helpers import claim_at, page_claims

# A fact sheet dated by a stamp, its timeline one entry a line: each entry's figures hold on its date.
_TIMELINE = """date 2024-09-08 Orlen Editorial Research

Here is a look at attacks on Varnian peacekeepers. This is a selected list of incidents.

Since 1990, at least 412 peacekeepers have been killed in operations (as of June 30, 2024).

Timeline

1993 – At least 16 peacekeepers are killed in Tessaly, allegedly by rebels.

June 5, 1993 – In Port Elias, forces loyal to a warlord ambush and kill 24 Varnian peacekeepers.

September 5, 1993 – Seven peacekeepers from Orlen are killed in Port Elias in an ambush.

May 4, 2000 – In Kestel, eleven peacekeepers from Brask are killed by rebels.
"""


def test_timeline_entries_keep_their_dates() -> None:
    art, claims = page_claims(_TIMELINE)
    assert art.published.date == "2024-09-08"
    assert "June 5, 1993 – In Port Elias" in art.text  # the entry's date is no stamp of the page
    assert claim_at(art, claims, "24 Varnian").as_of == "1993-06-05"
    assert claim_at(art, claims, "Seven peacekeepers").as_of == "1993-09-05"
    assert claim_at(art, claims, "eleven peacekeepers").as_of == "2000-05-04"
    assert claim_at(art, claims, "16 peacekeepers").as_of == "1993"  # a bare year before a dash opens its entry
    assert claim_at(art, claims, "412").as_of == "2024-06-30"


def test_one_dated_line_is_still_a_stamp() -> None:
    # a single date run into the story with a dash is the page's stamp, not a timeline
    art, _ = page_claims("June 5, 2024 – The death toll from the floods in Varnia has risen to 48, officials said on Wednesday.\n")
    assert art.published.date == "2024-06-05"
    assert not art.text.startswith("June 5")


_WINDOWS = """British-style casualty summary
Friday, January 29, 2010
A summary table of Varnian military casualties during the Kestel war has been added to the casualty page.
The total of the casualties recorded between March 2003 and July 2009 stands at 5,970.
"The number of troops killed or hurt in the build-up, from December 12, 2001 to October 16, 2002, was 1,862," the defence minister said on Wednesday.
"""


def test_a_window_in_the_subject_dates_the_figure_at_its_end() -> None:
    art, claims = page_claims(_WINDOWS)
    assert claim_at(art, claims, "5,970").as_of == "2009-07"
    assert claim_at(art, claims, "1,862").as_of == "2002-10-16"


_LAST_WEEK = """Death toll in Varnian typhoon climbs to 208
date 2021-12-20 The death toll from Typhoon Ilse that lashed the Varnian islands last week has climbed to 208, a police spokesperson said on Monday, adding that 52 more remain missing.
In sharp contrast, almost 2,000 soldiers were killed or wounded during the forward deployment along the Brask border last year.
"""


def test_last_week_on_the_subject_of_a_perfect_is_not_the_figures() -> None:
    art, claims = page_claims(_LAST_WEEK)
    assert claim_at(art, claims, "208").as_of == "2021-12-20"  # said on Monday, the 20th


def test_killed_during_a_deployment_last_year() -> None:
    art, claims = page_claims(_LAST_WEEK)
    assert claim_at(art, claims, "2,000").as_of == "2020"


def test_a_while_clause_counting_in_the_same_frame_shares_its_date() -> None:
    page = ("Border toll: minister answers parliament\nPublished: 11 August 2023\n"
            "There were 24 fatal casualties among troops in 2020 from shelling, while there were 22 casualties "
            "of civilians, according to the data shared.\n"
            "In 2021, 19 soldiers died on the line, while the ministry confirmed the figures in March.\n")
    art, claims = page_claims(page)
    assert claim_at(art, claims, "24 fatal").as_of == "2020"
    assert claim_at(art, claims, "22 casualties").as_of == "2020"


def test_said_on_a_day_dates_the_figure_when_the_speaker_is_not_read() -> None:
    # the parser hangs the ministry under the update, so "said" has no subject; its day still dates the statement
    page = ('Press "Enter" to skip to content\n\nTalks are the way : edit in Orlen Daily, March 08, 2016\n\n'
            "There has been a steep rise in Varnian army casualties as the defence ministry reported at least 26 deaths.\n"
            "In its newest Operational Update, the Defence Ministry (MoD), said Monday that 13 soldiers of the "
            "Varnian National Army (VNA) lost their lives during operations in the past 24 hours.\n")
    art, claims = page_claims(page)
    assert art.title == "Talks are the way : edit in Orlen Daily, March 08, 2016"
    assert art.published.date == "2016-03-08"  # the title cites its edition's day
    assert claim_at(art, claims, "13 soldiers").as_of == "2016-03-07"  # Monday before Tuesday 8 March


_WAR_YEAR = """Varnian troops in Kestel: a year of losses
Published: 14 June 2024
TESSA (Orlen Wire) - Varnia has lost 212 soldiers since the start of the war, the defence ministry said on Tuesday.
The ministry said 14 soldiers were killed over the past 24 hours, and 31 in the three days to 9 June.
The 2015 quake killed 900 people, and 3,000 troops have been deployed to the region since the 1982 war.
The 2023 death toll has reached 364, officials say.
"""


def test_a_gapped_conjuncts_date_is_not_the_first_figures() -> None:
    art, claims = page_claims(_WAR_YEAR)
    assert claim_at(art, claims, "14 soldiers").as_of != "2024-06-09"
    assert claim_at(art, claims, "31 in").as_of == "2024-06-09"


def test_a_dated_subject_in_the_simple_past_dates_the_figure() -> None:
    art, claims = page_claims(_WAR_YEAR)
    assert claim_at(art, claims, "900").as_of == "2015"
    assert claim_at(art, claims, "3,000").as_of == "2024-06-14"  # a present count since a named past war
    assert claim_at(art, claims, "364").as_of != "2023"  # a perfect runs to now
    assert claim_at(art, claims, "212").as_of == "2024-06-11"


def _dated_page(day: str) -> str:
    return f"Varnian border losses\nPublished: {day}\nTESSA (Orlen Wire) - Soldiers were killed on the border, the ministry said.\n"


def test_a_story_told_over_years_gives_no_year_to_a_yearless_day() -> None:
    from dossier.extract.claims.when import date_in_story

    art, claims = page_claims("Varnian border losses\nAccording to ministry sources, 60 soldiers were killed in Kestel till December 15 this year.\n")
    c = claim_at(art, claims, "60 soldiers")
    assert c.as_of == "XXXX-12-15"
    assert len({art.id, *(page_claims(_dated_page(d), source=f"{d}.txt")[0].id for d in ("1 May 2003", "25 July 2018"))}) == 3
    over_years = [page_claims(_dated_page(d), source=f"{d}.txt")[0] for d in ("1 May 2003", "25 July 2018", "11 August 2023")]
    assert date_in_story([c], [art, *over_years])[0].as_of == "XXXX-12-15"  # 2003, 2018 or 2023: none is fixed
    within_months = [page_claims(_dated_page(d), source=f"{d}.txt")[0] for d in ("10 October 2024", "20 January 2025")]
    assert date_in_story([c], [art, *within_months])[0].as_of == "2024-12-15"
