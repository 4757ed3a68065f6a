"""Publication dates and outlets in page shapes met on new real pages (issue 10, eighth round).

An agency and a place before a stamp ("AGENCY | Town | Updated: DD-MM-YYYY hh:mm IST"), a numeric
date whose order the time zone tells, a place and day on a line of their own ("Town, Month DD")
with the year a present perfect names ("... have died in YYYY"), and no date invented without it.
"""

from __future__ import annotations

import datetime as dt

from dossier.ingest import metadata as md

from .claims_helpers import page_claims

_AGENCY_STAMP = """Nine troopers died on the frontier last year, deputy minister informs lawmakers

A junior defence minister gave the figure in a written answer tabled in the Varnian assembly.

PTI | Tessa | Updated: 06-10-2023 19:12 IST | Created: 06-10-2023 19:12 IST

Shelling along the frontier killed nine troopers during 2022, the assembly heard in a written reply on Friday.
According to the deputy minister, army registers were the source, and the ridge sector has been calm since March.
"""


def test_agency_and_place_before_a_stamp() -> None:
    art, _ = page_claims(_AGENCY_STAMP)
    assert art.published.date == "2023-10-06"  # IST writes the day first; 6 October 2023 was a Friday
    assert art.outlet == "PTI"


def test_time_zone_orders_a_numeric_date() -> None:
    day_first = md.parse_stamp("Updated: 11-08-2023 22:33 IST")
    month_first = md.parse_stamp("Updated: 11-08-2023 10:33 EDT")
    unknown = md.parse_stamp("Updated: 11-08-2023")
    assert day_first is not None and day_first.date == dt.date(2023, 8, 11)
    assert month_first is not None and month_first.date == dt.date(2023, 11, 8)
    assert unknown is not None and unknown.date is None  # no clock, no zone: both readings stay a window


_PLACE_DAY = """Advertisement

Ilse Morrow

Varnia News Service

Tessa, July 25

Advertisement

Some nine weeks into the truce, ministry tallies put at 19 the frontier wardens who have lost their lives in 2024 to shelling from the far ridge.
Fourteen farmers were also killed by the shelling, lawmakers were told by the home ministry on Thursday.
"""


def test_place_and_day_line_with_the_year_of_a_perfect() -> None:
    art, _ = page_claims(_PLACE_DAY)
    assert art.published.date == "2024-07-25"
    assert art.published.basis == "inferred"


def test_place_and_day_line_without_a_year_invents_none() -> None:
    art, _ = page_claims(_PLACE_DAY.replace("have lost their lives in 2024", "have lost their lives so far this year"))
    assert art.published.date is None


def test_a_place_and_day_line_is_read_alone() -> None:
    assert md.dateline_day_line("New Delhi, July 25") == ("New Delhi", 7, 25)
    assert md.dateline_day_line("Reuters, July 25") is None  # an agency, not a place
    assert md.dateline_day_line("New Delhi, July 25: The toll") is None


def test_dateline_with_a_spaced_colon() -> None:
    dl = md.parse_dateline("TESSA, August 15 : Flood deaths in the northern provinces rose overnight to 74.")
    assert dl is not None and dl.place == "TESSA" and (dl.month, dl.day) == (8, 15)


_MASTHEAD = """Korvadaily|The Korva Daily|The Korvan Business Daily|
Web (by Google)
    You are here: Home » Korva

    Korva lost 1,312 servicemen in peacetime mishaps

    Ilse Morrow, KDS | May 1, 2003, 03.55AM IST
    SELBRA: Peacetime service costs Korvan troops dearly, retired colonels argue, and army ledgers agree.
"""

_DOTTED_SITE = """. Planet Climate Wire .
Heat wave leaves at least 42 dead across Korva
SELBRA, Korva (AFP) Jun 12, 2005
Officials said on Sunday that the scorching spell gripping much of Korva had now killed no fewer than 42 people.
"""


def test_a_masthead_of_sites_and_a_breadcrumb_are_not_the_title() -> None:
    art, _ = page_claims(_MASTHEAD)
    assert art.title == "Korva lost 1,312 servicemen in peacetime mishaps"
    assert art.published.date == "2003-05-01"


def test_a_site_name_between_dots_is_not_the_title() -> None:
    art, _ = page_claims(_DOTTED_SITE)
    assert art.title == "Heat wave leaves at least 42 dead across Korva"
    assert art.outlet == "AFP"


_PAPER_CLUTTER = """DT
PT
Subscribe Now E-Paper Our Team The Halvik Courier Careers Contact Get The App Advertise with us Jobs
search-icon-img
search-icon-img
Advertisement

19 frontier wardens lost to shelling so far this year

  • fb
  • twitter
  • whatsapp
Advertisement

Ilse Morrow

Advertisement

Courier News Service

Tessa, July 25

Advertisement

Some nine weeks into the truce, ministry tallies put at 19 the frontier wardens who have lost their lives in 2024 to shelling from the far ridge.

Fourteen farmers were also killed by the shelling, lawmakers were told by the home ministry on Thursday.

Advertisement
tlbr_img1 Jobs tlbr_img2 Podcasts tlbr_img3 Puzzles
"""


def test_a_papers_page_with_its_menus_and_share_buttons() -> None:
    art, _ = page_claims(_PAPER_CLUTTER)
    assert art.title == "19 frontier wardens lost to shelling so far this year"
    assert art.authors == ("Ilse Morrow",)
    assert art.outlet == "Courier News Service"
    assert art.published.date == "2024-07-25"
    assert art.text.startswith("Some nine weeks")
