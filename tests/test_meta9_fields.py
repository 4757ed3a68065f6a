"""Publication dates, titles and outlets in page shapes met on new real pages (issue 10, ninth round).

A site's own fields over the story ("ID :", a bare story number, "Story Code : 1234", "• category: ...",
"• time: 12:57 pm") are clutter, so the headline under them is the title; "• publish: 19 October 2017"
is a publication stamp; a numeric stamp whose two readings both fall on the weekday it names
("Mon, 09/05/2011") is settled by the dateline's day; "Source : Orlen Voice Agency(OVA)" credits the outlet.
"""

from __future__ import annotations

from dossier.ingest import metadata as md
from dossier.ingest.clean import PAGE_FIELD

from .claims_helpers import claim_at, page_claims

_FIELDS_OVER_HEADLINE = """ID :
204411
Mon, 09/05/2011 - 22:44
Auther :

Storm leaves 31 dead, 40 missing across Tessel valleys

PORT ELIAS, Sept. 5 Varnian News -
A storm that hit the Tessel valleys on Sunday has left 31 people dead and 40 missing in six provinces, according to a tally by the agency.
Police and soldiers resumed the search for the missing on Monday in the two worst hit provinces, officials said.
"""


def test_site_fields_and_a_numeric_stamp_of_two_mondays() -> None:
    art, claims = page_claims(_FIELDS_OVER_HEADLINE)
    # 9 May and 5 September 2011 were both Mondays: the dateline's "Sept. 5" decides
    assert art.published.date == "2011-09-05"
    assert art.title == "Storm leaves 31 dead, 40 missing across Tessel valleys"
    assert claim_at(art, claims, "31 people").as_of == "2011-09-05"


_BULLETED_FIELDS = """• publish: 19 October 2017
  • time: 12:57 pm
  • category: Security&Crime
  • No: 4411

At least 23 Varnian soldiers killed after rebels storm base in Tessa

Officials say at least 23 Varnian soldiers were killed after rebels stormed an army base late Wednesday in the south.
The defence ministry said in a statement that nine others were wounded and four are missing.
"""


def test_bulleted_publish_field() -> None:
    art, _ = page_claims(_BULLETED_FIELDS)
    assert art.published.date == "2017-10-19"
    assert art.title == "At least 23 Varnian soldiers killed after rebels storm base in Tessa"


_SOURCE_WITH_ABBREVIATION = """Publish dateThursday 27 April 2017 - 09:37
Story Code : 141716
35 killed, 14 wounded in attack on Varnian army base, ministry says
At least 35 people were killed and around 14 others were wounded in the attack on the army base in northern Tessa.
The ministry of defence said the findings were released on Wednesday after an investigation.

Source : Orlen Voice Agency(OVA)
Post a comment
"""


def test_publish_date_run_into_its_day_and_a_source_with_its_abbreviation() -> None:
    art, _ = page_claims(_SOURCE_WITH_ABBREVIATION)
    assert art.published.date == "2017-04-27"
    assert art.title == "35 killed, 14 wounded in attack on Varnian army base, ministry says"
    assert art.outlet == "Orlen Voice Agency"


def test_page_fields_are_not_sentences() -> None:
    for line in ("ID :", "Story Code : 141716", "Code 105299", "• category: Security&Crime", "• time: 12:57 pm", "Auther :"):
        assert PAGE_FIELD.match(line), line
    for line in ("Time: the death toll rose", "No one was hurt", "Code red", "Section 8 of the law", "Idaho sent troops"):
        assert not PAGE_FIELD.match(line), line
    assert md.parse_stamp("publish the report on June 4, 2019") is None
    st = md.parse_stamp("Publish: Jun 4, 2019 15:41")
    assert st is not None and str(st.date) == "2019-06-04"


def test_hyphenated_day_month_year_stamps() -> None:
    for line, day in (("04-Jun-2019", "2019-06-04"), ("Published: 04-Jun-2019 15:41", "2019-06-04"), ("Updated 12-Jan-2024 | 10:02 IST", "2024-01-12")):
        st = md.parse_stamp(line)
        assert st is not None and str(st.date) == day, line


_RUN_TOGETHER = """Flood toll in Tessa rises to 40 as rain goes on Jana Orlova, Associated Press July 2, 2021 Updated: July 2, 2021 3:41 p.m.

TESSA, Varnia (AP) — The death toll from floods in Tessa rose to 40 on Friday, officials said.
Rescuers were still searching for 12 missing people in the hills.
"""


def test_headline_byline_and_stamp_on_one_line() -> None:
    art, claims = page_claims(_RUN_TOGETHER)
    assert art.published.date == "2021-07-02"
    assert art.title == "Flood toll in Tessa rises to 40 as rain goes on"
    assert art.authors == ("Jana Orlova",)
    assert claim_at(art, claims, "12 missing").as_of == "2021-07-02"


def test_page_address_filed_by_day_dates_a_page_without_a_stamp() -> None:
    top = "https://www.orlennews.com/2021/07/02/flood-toll-tessa-rises\n\nFlood toll in Tessa rises to 40\n\n"
    body = "The death toll from floods in Tessa rose to 40 on Friday, officials said.\nRescuers were still searching for 12 missing people.\n"
    art, _ = page_claims(top + body)
    assert art.published.date == "2021-07-02"
    art, _ = page_claims("Flood toll in Tessa rises to 40\n\n" + body + "\nSource: https://www.orlennews.com/news/2021/7/2/flood-toll\n")
    assert art.published.date is None  # a source's address dates the page the text was taken from, not this one
    art, _ = page_claims("Flood toll in Tessa rises to 40\n\n" + body + "\n© 2021 Orlen Media\n")
    assert art.published.date is None  # a copyright year is a window, never a day
