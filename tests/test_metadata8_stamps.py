"""Publication dates and outlets in page shapes met on new real pages (issue 10, eighth round).

An agency and a place before a stamp ("PTI | New Delhi | Updated: 11-08-2023 22:33 IST"), a numeric
date whose order the time zone tells, a place and day on a line of their own ("New Delhi, July 25")
with the year a perfect names ("have lost their lives in 2018"), and no date invented without it.
"""

from __future__ import annotations

import datetime as dt

from dossier.ingest import metadata as md

from .claims_helpers import page_claims

_AGENCY_STAMP = """12 fatal casualties of soldiers in 2022 due to border firing: minister tells parliament

The minister of state for defence said this in reply to a question in the Varnian parliament.

PTI | Tessa | Updated: 11-08-2023 22:33 IST | Created: 11-08-2023 22:33 IST

There were 12 fatal casualties of soldiers in 2022 due to firing across the border, the government told parliament on Friday.
The minister said the figures came from the army's own records and that the border had been quiet since February.
"""


def test_agency_and_place_before_a_stamp() -> None:
    art, _ = page_claims(_AGENCY_STAMP)
    assert art.published.date == "2023-08-11"  # IST writes the day first; 11 August 2023 was a Friday
    assert art.outlet == "PTI"


def test_time_zone_orders_a_numeric_date() -> None:
    day_first = md.parse_stamp("Updated: 11-08-2023 22:33 IST")
    month_first = md.parse_stamp("Updated: 11-08-2023 10:33 EDT")
    unknown = md.parse_stamp("Updated: 11-08-2023")
    assert day_first is not None and day_first.date == dt.date(2023, 8, 11)
    assert month_first is not None and month_first.date == dt.date(2023, 11, 8)
    assert unknown is not None and unknown.date is None  # no clock, no zone: both readings stay a window


_PLACE_DAY = """Advertisement

Ana Ruiz

Varnia News Service

Tessa, July 25

Advertisement

Almost two months after the ceasefire, data shows that 27 border guards have lost their lives in 2024 in firing from across the line.
Besides the guards, 28 villagers have been killed in the firing, the interior ministry told parliament on Thursday.
"""


def test_place_and_day_line_with_the_year_of_a_perfect() -> None:
    art, _ = page_claims(_PLACE_DAY)
    assert art.published.date == "2024-07-25"
    assert art.published.basis == "inferred"


def test_place_and_day_line_without_a_year_invents_none() -> None:
    art, _ = page_claims(_PLACE_DAY.replace("have lost their lives in 2024", "have lost their lives this year"))
    assert art.published.date is None


def test_a_place_and_day_line_is_read_alone() -> None:
    assert md.dateline_day_line("New Delhi, July 25") == ("New Delhi", 7, 25)
    assert md.dateline_day_line("Reuters, July 25") is None  # an agency, not a place
    assert md.dateline_day_line("New Delhi, July 25: The toll") is None


def test_dateline_with_a_spaced_colon() -> None:
    dl = md.parse_dateline("TESSA, August 15 : The death toll from floods across the country has risen to 111.")
    assert dl is not None and dl.place == "TESSA" and (dl.month, dl.day) == (8, 15)


_MASTHEAD = """Varniatimes|The Varnia Times|The Varnian Economic Times|
Web (by Google)
    You are here: Home » Varnia

    Varnia suffered 1,874 casualties without fighting a war

    Ana Ruiz, VNS | May 1, 2003, 03.55AM IST
    TESSA: The life of a Varnian soldier comes cheap, officers say, and the ministry's own figures show it.
"""

_DOTTED_SITE = """. Earth Science News .
Heatwave kills at least 65 in Varnia
TESSA, Varnia (AFP) Jun 12, 2005
The death toll due to the heatwave sweeping most of Varnia climbed to at least 65 on Sunday, officials said.
"""


def test_a_masthead_of_sites_and_a_breadcrumb_are_not_the_title() -> None:
    art, _ = page_claims(_MASTHEAD)
    assert art.title == "Varnia suffered 1,874 casualties without fighting a war"
    assert art.published.date == "2003-05-01"


def test_a_site_name_between_dots_is_not_the_title() -> None:
    art, _ = page_claims(_DOTTED_SITE)
    assert art.title == "Heatwave kills at least 65 in Varnia"
    assert art.outlet == "AFP"


_PAPER_CLUTTER = """DT
PT
Subscribe To Print Edition About The Orlen Courier Code Of Ethics Download App Advertise with us Classifieds
search-icon-img
search-icon-img
Advertisement

27 border guards killed in cross-border firing this year

  • fb
  • twitter
  • whatsapp
Advertisement

Ana Ruiz

Advertisement

Courier News Service

Tessa, July 25

Advertisement

Almost two months after the ceasefire, data shows that 27 border guards have lost their lives in 2024 in firing from across the line.

Besides the guards, 28 villagers have been killed in the firing, the interior ministry told parliament on Thursday.

Advertisement
tlbr_img1 Classifieds tlbr_img2 Videos tlbr_img3 Premium
"""


def test_a_papers_page_with_its_menus_and_share_buttons() -> None:
    art, _ = page_claims(_PAPER_CLUTTER)
    assert art.title == "27 border guards killed in cross-border firing this year"
    assert art.authors == ("Ana Ruiz",)
    assert art.outlet == "Courier News Service"
    assert art.published.date == "2024-07-25"
    assert art.text.startswith("Almost two months")
