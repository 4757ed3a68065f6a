"""As-of dates and publication dates on page shapes seen on real news (fictional text, invented places,
outlets and numbers):

- a wire dateline whose full date follows the agency's credit ("Marrow (Nordpress) Oct 27, 2008 The ...")
  dates the page;
- a bare weekday inside the subject of a past-tense figure ("A fire at a tannery Sunday killed 14") dates it;
- a figure's verb read as a participle on the counted noun when a dateline opens the sentence still takes
  the date of its "when" clause;
- a page with no date of its own reads its weekdays in the week of the day its photo caption states
  (never a publication date of its own);
- a dateline a day or two before the page's stamp is the day the undated figures were stated;
- a date after a figure the count is compared with is that figure's, not the count's.
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_at, page_claims


# --- a wire's full date after its credit -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("Marrow (NPA) Oct 27, 2008 The number of blue helmets killed in Ostrava has passed 310, a monitoring group said.",
         "2008-10-27"),
        ("TESSEL (VNA) 4 March 2019 - The toll from the dam burst rose to 57, the regional governor said.",
         "2019-03-04"),
        ("Pellham (AFP) Jan 5, 2021: Rescuers have pulled 12 survivors from the collapsed market, the fire brigade said.",
         "2021-01-05"),
    ],
)
def test_a_wire_date_after_the_credit_dates_the_page(lead: str, date: str) -> None:
    art, claims = page_claims("Toll climbs in the valley\n" + lead + "\nMore teams are on their way.\n")
    assert art.published.date == date
    assert claims and all(c.as_of == date for c in claims)


def test_a_date_that_opens_the_story_after_the_credit_dash_is_not_the_pages() -> None:
    art, _ = page_claims("Looking back\nBRASK (Nordpress) - May 3, 2020 was the day the river rose and 40 homes were lost.\n")
    assert art.published.date is None


# --- a weekday in the subject of a past-tense figure ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "day"),
    [
        ("A fire at a textile mill Sunday killed 14 workers, police said.", "14 workers", "2024-03-10"),
        ("An early-morning blast at a quarry Monday apparently buried 13 workers under the rock face, state officials said.",
         "13 workers", "2024-03-11"),
        ("A fire at a tannery in Dorval Sunday killed 14 workers, police said.", "14 workers", "2024-03-10"),
        ("An explosion at the Kessel colliery Monday trapped 13 miners underground, the operator said.", "13 miners", "2024-03-11"),
        ("A blast at an arms depot outside Vrana Saturday wounded 22 soldiers, the army said.", "22 soldiers", "2024-03-09"),
    ],
)
def test_a_weekday_inside_the_subject_dates_a_past_figure(sentence: str, figure: str, day: str) -> None:
    art, claims = page_claims("Deadly day in the north\nWednesday 13 March 2024\n" + sentence + "\n")
    c = claim_at(art, claims, figure)
    assert (c.as_of, c.as_of_basis) == (day, "stated")


def test_a_weekday_in_the_subject_of_a_perfect_is_the_things_not_the_counts() -> None:
    art, claims = page_claims(
        "Deadly day in the north\nWednesday 13 March 2024\nA fire at a tannery Sunday has killed 14 workers, police said.\n"
    )
    assert claim_at(art, claims, "14 workers").as_of == "2024-03-13"


# --- a dateline in the sentence: the figure's verb read as a participle -------------------------------------


@pytest.mark.parametrize(
    ("lead", "figure"),
    [
        ("KELMAR, May 14 (Nordpress) - At least 23 passengers drowned when a ferry capsized on Tuesday, port officials said.",
         "23 passengers"),
        ("VELLO, May 14 (OPA) - Eleven miners perished when a tunnel collapsed on Tuesday, rescuers said.", "Eleven miners"),
        ("VELLO, May 14 (OPA) - At least 17 hikers died when a bridge gave way on Tuesday, rescuers said.", "17 hikers"),
    ],
)
def test_a_when_clause_dates_the_figure_under_a_dateline(lead: str, figure: str) -> None:
    art, claims = page_claims("Disaster at sea and on the peaks\nPublished: 15 May 2024\n" + lead + "\n")
    c = claim_at(art, claims, figure)
    assert (c.as_of, c.as_of_basis) == ("2024-05-14", "stated")


# --- a page with no date: the caption's day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "weekday", "day"),
    [
        ("Rescuers wade through water in Tessel on March 3, 2024. (Photo: Ana Brix)", "Sunday", "2024-03-03"),
        ("Volunteers fill sandbags in Pell on Saturday, March 2, 2024. (Photo: R. Oster)", "Sunday", "2024-03-03"),
        ("Volunteers fill sandbags in Pell on Saturday, March 2, 2024. (Photo: R. Oster)", "Friday", "2024-03-01"),
        ("A boat carries families out of Orla, Tuesday, March 5, 2024. (AP Photo/Lena Voss)", "Sunday", "2024-03-03"),
    ],
)
def test_a_caption_day_reads_the_weekdays_of_an_undated_page(caption: str, weekday: str, day: str) -> None:
    art, claims = page_claims(
        "Floods sweep the Orvania valley\n" + caption + "\n"
        f"The death toll from the floods in the Orvania valley rose to 41 on {weekday}, the civil defence agency said.\n"
        "Another 12 people remain missing.\n"
    )
    assert art.published.date is None  # a caption's day is not the page's
    assert claim_at(art, claims, "41").as_of == day
    assert claim_at(art, claims, "12 people").as_of is None  # nothing dates it


def test_an_undated_page_without_a_caption_day_leaves_its_weekdays_undated() -> None:
    art, claims = page_claims(
        "Floods sweep the Orvania valley\nThe death toll from the floods rose to 41 on Sunday, the civil defence agency said.\n"
        "Another 12 people remain missing.\n"
    )
    assert art.published.date is None
    assert claim_at(art, claims, "41").as_of is None


# --- a dateline a day before the stamp ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "dateline", "day"),
    [
        ("Published: 15 May 2024", "KELMAR, May 14 (Nordpress) -", "2024-05-14"),
        ("Thursday 16 May 2024", "VELLO, May 14 (Ostra Press) -", "2024-05-14"),
        ("Published: 15 May 2024", "KELMAR, May 15 (Nordpress) -", "2024-05-15"),  # the same day
        ("Published: 25 May 2024", "KELMAR, May 14 (Nordpress) -", "2024-05-25"),  # far apart: an old dateline, the stamp holds
        ("Published: 1 January 2025", "KELMAR, Dec 31 (Nordpress) -", "2024-12-31"),
    ],
)
def test_a_dateline_just_before_the_stamp_dates_what_was_said(stamp: str, dateline: str, day: str) -> None:
    art, claims = page_claims(
        "Ferry search goes on\n" + stamp + "\n" + dateline + " Divers have recovered 31 bodies from the ferry, port officials said.\n"
    )
    assert art.published.date is not None
    assert claim_at(art, claims, "31 bodies").as_of == day


# --- a date after the figure compared with -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The number of peacekeepers killed in the first ten months of this year, at 253, is well beyond the 237 for the whole of 2019.",
         "253"),
        ("Deaths on the pass this season stand at 48, compared with 31 in 2016.", "48"),
    ],
)
def test_a_date_after_the_compared_figure_is_that_figures(sentence: str, figure: str) -> None:
    art, claims = page_claims("A deadly year\n28 October 2021\n" + sentence + "\n")
    assert claim_at(art, claims, figure).as_of == "2021-10-28"


# --- stamp shapes: publication dates the page states, and dates it does not -----------------------------------

_BODY = ("The toll from the floods in the Kessa basin rose to 63 on Sunday, the relief agency said. "
         "Another 19 people are missing and teams expect the number to change as the water goes down.\n")


@pytest.mark.parametrize(
    ("page", "date"),
    [
        ("Kessa floods\nKESSA: " + _BODY + "Published in The Kessa Courier, April 7th, 2025\n", "2025-04-07"),
        ("Kessa floods\nKESSA: " + _BODY + "Published in Morning Ledger, April 8th, 2025\n", "2025-04-08"),
        ("Kessa floods\nBrenna, 7 April 2025 (KNA) - " + _BODY, "2025-04-07"),
        ("Kessa floods\nPort Alder, 6th April 2025 (VPA): " + _BODY, "2025-04-06"),
        ("Kessa floods\nReuters Published on 07 Apr 2025\n" + _BODY, "2025-04-07"),
        ("Kessa floods\n" + _BODY + "This article was originally published on April 7, 2025.\n", "2025-04-07"),
        ("Kessa floods\n" + _BODY + "The story was first published in The Kessa Courier on 7 April 2025.\n", "2025-04-07"),
        # a picture's date is not the page's
        ("Kessa floods\n" + _BODY + "Photo: Kessa Relief Agency, 7 April 2025\n", None),
        ("Kessa floods\n" + _BODY + "Image: Dora Vint / Kessa Courier, April 7, 2025\n", None),
        # a lowercase word after the place: not a credited dateline
        ("Kessa floods\nBrenna, 7 April 2025 - " + _BODY, None),
    ],
)
def test_stamp_shapes(page: str, date: str | None) -> None:
    art, _ = page_claims(page)
    assert art.published.date == date


# --- a count over the period running at publication; an estimate's day ------------------------------------------

_DAY = "Losses on the front\nThursday 14 November 2024\n"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("So far this year, 340 Varnian soldiers have died, the ministry said.", "340"),
        ("This year the number of Varnian soldiers killed has reached 275, the monitor said.", "275"),
        ("In 2024, 190 peacekeepers have lost their lives in Ostland.", "190"),
        ("Thus far this year 61 climbers died on the massif, the guides' union said.", "61"),
    ],
)
def test_a_count_over_the_running_year_holds_on_the_pages_day(sentence: str, figure: str) -> None:
    art, claims = page_claims(_DAY + sentence + "\n")
    assert claim_at(art, claims, figure).as_of == "2024-11-14"


@pytest.mark.parametrize(
    ("sentence", "figure", "day"),
    [
        ("In 2023, 410 soldiers were killed in the region.", "410", "2023"),  # a closed year keeps its year
        ("This year 58 miners died in the province's pits.", "58", "2024"),  # no sign the count runs to now
    ],
)
def test_a_count_over_a_year_told_in_the_past_keeps_the_year(sentence: str, figure: str, day: str) -> None:
    art, claims = page_claims(_DAY + sentence + "\n")
    assert claim_at(art, claims, figure).as_of == day


@pytest.mark.parametrize(
    ("sentence", "figure", "day"),
    [
        ("The agency estimated in September that 3,000 troops had been deployed.", "3,000", "2024-09"),
        ("The monitor estimated on Tuesday that 870 soldiers had been wounded.", "870", "2024-11-12"),
    ],
)
def test_an_estimate_is_dated_by_the_day_it_was_made(sentence: str, figure: str, day: str) -> None:
    art, claims = page_claims(_DAY + sentence + "\n")
    assert claim_at(art, claims, figure).as_of == day


# --- a stamp a day behind the dateline -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "lead", "figure", "day"),
    [
        ("2024-12-23 21:40", "SEOUL, Dec. 24 (KPA) -- About 1,100 Varnian soldiers have been killed or wounded, the spy agency said Tuesday.",
         "1,100", "2024-12-24"),
        ("Monday 23 December 2024", "PORT ALDER, Dec. 24 (VPA) - The navy said on Tuesday that 46 sailors were missing.", "46", "2024-12-24"),
        ("Published: 31 December 2024", "TESSEL, Jan. 1 (NPA) - The toll from the landslide reached 27 on Wednesday, the mayor said.",
         "27", "2025-01-01"),
    ],
)
def test_a_dateline_a_day_after_the_stamp_reads_the_weekdays(stamp: str, lead: str, figure: str, day: str) -> None:
    art, claims = page_claims("Front-line update\n" + stamp + "\n" + lead + "\n")
    assert art.published.date is not None and art.published.date < day  # the stamp stays the page's date
    assert claim_at(art, claims, figure).as_of == day


def test_undated_figures_take_a_dateline_a_day_after_the_stamp() -> None:
    art, claims = page_claims(
        "Front-line update\n2024-12-23 21:40\nSEOUL, Dec. 24 (KPA) -- The spy agency said 300 Varnian soldiers had died.\n"
    )
    assert claim_at(art, claims, "300").as_of == "2024-12-24"


# --- a dateline without a year on a page of a dated story -------------------------------------------------------

from pathlib import Path  # noqa: E402

from dossier.pipeline import build_dossier  # noqa: E402
from dossier.settings import Settings  # noqa: E402

_DATED = ("Floods in the Kessa basin kill dozens\nPublished: 3 March 2024\n"
          "The toll from floods in the Kessa basin rose to 41 on Sunday, the Kessa relief agency said. "
          "Rescuers in the Kessa basin searched for 12 people still missing in the flooded towns.\n")


def _story(tmp_path: Path, *pages: str) -> dict[str, tuple[str | None, str | None]]:
    for n, page in enumerate(pages):
        (tmp_path / f"p{n}.txt").write_text(page, encoding="utf-8")
    d = build_dossier(tmp_path, settings=Settings(progress="never", min_words=5))
    return {c.text: (c.as_of, c.as_of_basis) for c in d.claims}


@pytest.mark.parametrize(
    ("lead", "figure", "day", "filed"),
    [
        ("BRENNA, March 4 (KNA) - The toll from floods in the Kessa basin climbed to 48 on Monday, the Kessa relief agency said.",
         "48", "2024-03-04", "2024-03-04"),
        ("BRENNA, March 5 (KNA) - The toll from floods in the Kessa basin reached 53 on Monday, the Kessa relief agency said.",
         "53", "2024-03-04", "2024-03-05"),
        ("PORT ALDER, March 6 (VPA) -- Kessa basin flood deaths stood at 57 on Tuesday, the Kessa relief agency said.",
         "57", "2024-03-05", "2024-03-06"),
    ],
)
def test_a_weekday_under_a_yearless_dateline_takes_the_storys_year(tmp_path: Path, lead: str, figure: str, day: str,
                                                                    filed: str) -> None:
    page = "Kessa basin flood toll climbs\n" + lead + " Another 9 people in the Kessa basin remain missing, officials said.\n"
    got = _story(tmp_path, _DATED, page)
    assert got[figure] == (day, "stated")
    assert got["9"] == (filed, "published")  # no date of its own: the dateline's day


def test_a_yearless_dateline_alone_dates_nothing(tmp_path: Path) -> None:
    got = _story(tmp_path, "Kessa basin flood toll climbs\nBRENNA, March 4 (KNA) - The toll from floods in the Kessa basin "
                           "climbed to 48 on Monday, the Kessa relief agency said. Another 9 people in the Kessa basin "
                           "remain missing, officials said.\n")
    assert got["48"] == (None, None) and got["9"] == (None, None)


def test_a_sentence_with_another_date_word_keeps_its_weekday_unread(tmp_path: Path) -> None:
    page = ("Kessa basin flood toll climbs\nBRENNA, March 4 (KNA) - The toll from floods in the Kessa basin climbed to 48 "
            "on Monday, up from 30 a week earlier, the Kessa relief agency said.\n")
    got = _story(tmp_path, _DATED, page)
    assert got["48"][0] is None
