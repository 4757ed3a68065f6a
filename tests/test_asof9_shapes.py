"""As-of dates and page metadata in shapes met on new real pages (issue 10, ninth round).

"..., the minister said Wednesday, Varnian Agency reported": the day the parser hangs on the agency's
relaying verb is the statement's day. Datelines of several places under one agency ("ORLEN/TESSA,
Varnia (AA) –", "ORLEN/TESSA, Varnia. KAZINFORM The ...") name the agency. A site's "Go to contents"
link, an age instead of a date ("This was published 7 years ago"), a wire desk's note ("REVISES DECK,
ADDS AFAD STATEMENT") and an "[Editorial]" kicker are not the title.
"""

from __future__ import annotations

from dossier.ingest import metadata as md
from dossier.ingest.clean import WIRE_EDIT_NOTE

from .claims_helpers import claim_at, page_claims

_RELAYED = """ date 2023-03-16 Death toll from floods in Varnia rises to 14

The death toll rose to 13 from flash floods that hit Tessa and Orlen provinces, the country's interior minister said Wednesday, Varnian Agency reported.

He said search and rescue efforts for five people who are missing are underway in three places.
"""


def test_day_of_a_statement_relayed_by_an_agency() -> None:
    art, claims = page_claims(_RELAYED)
    assert art.published.date == "2023-03-16"
    assert claim_at(art, claims, "13").as_of == "2023-03-15"  # the Wednesday before the Thursday page


_SLASHED_PLACES = """ date 2020-08-23 REVISES DECK, ADDS AFAD STATEMENT

By Jana Orlova and Piet Varn

ORLEN/TESSA, Varnia (AA) – The death toll from flooding in Varnia's northern province of Tessa rose to six Sunday, a senior official said.

The disaster agency announced that 157 people have been rescued so far and that 11 people were reported missing.
"""


def test_agency_under_several_places_and_a_desk_note_is_no_title() -> None:
    art, claims = page_claims(_SLASHED_PLACES)
    assert art.published.date == "2020-08-23"
    assert art.title is None
    assert art.outlet in ("Anadolu Agency", "AA")
    assert claim_at(art, claims, "six").as_of == "2020-08-23"


def test_dotted_dateline_of_several_places_needs_a_known_agency() -> None:
    dl = md.parse_dateline("ORLEN/TESSA, Varnia. KAZINFORM The death toll rose to 13 on Wednesday.")
    assert dl is not None and dl.org == "KAZINFORM"
    assert md.parse_dateline("KABUL. THE Taliban said the toll rose.") is None
    assert md.parse_dateline("ORLEN. NOBODY The toll rose.") is None


_AGE_NOT_DATE = """This was published 7 years ago

Varnia earthquake: Toll climbs as crews pull bodies from the rubble

Live
UPDATED

Seven bodies have been pulled out of the rubble of the Hotel Orlen, but many of its guests are still unaccounted for, rescuers said.
More than 70 visitors were staying at the hotel when the earthquake struck the town of Tessa, the local newspaper reported.
"""


def test_an_age_is_no_date_and_no_title() -> None:
    art, claims = page_claims(_AGE_NOT_DATE)
    assert art.published.date is None and art.published.earliest is None
    assert art.title == "Varnia earthquake: Toll climbs as crews pull bodies from the rubble"
    assert claim_at(art, claims, "Seven").as_of is None


_KICKER = """Go to contents

[Editorial] Sergeant Orlov, Our Casualty of War

Posted March. 01, 2007 08:00,


Sergeant Piet Orlov of the Tessa Division, deployed with an engineer unit abroad, was killed in a bombing two days ago.
The country is deploying about 1,500 soldiers to six regions around the world as parts of peacekeeping forces.
"""


def test_accessibility_link_and_editorial_kicker() -> None:
    art, claims = page_claims(_KICKER)
    assert art.published.date == "2007-03-01"
    assert art.title == "Sergeant Orlov, Our Casualty of War"
    assert claim_at(art, claims, "1,500").as_of == "2007-03-01"


def test_wire_desk_notes() -> None:
    for line in ("REVISES DECK, ADDS AFAD STATEMENT", "UPDATES toll, ADDS quotes", "ADDS details of casualties in paragraphs 4-6"):
        assert WIRE_EDIT_NOTE.fullmatch(line), line
    for line in ("Adds up to 300 troops", "UPDATES: The death toll rose to 30. Officials said"):
        assert not WIRE_EDIT_NOTE.fullmatch(line), line
