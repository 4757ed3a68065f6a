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
