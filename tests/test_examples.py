"""The bundled fictional example corpus (examples/): metadata and cleaning of every article."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.ingest.clean import clean_article
from dossier.ingest.read import read_inputs
from dossier.model import Article, Dossier
from dossier.settings import Settings

from .conftest import EXAMPLES

FICTION = "FICTIONAL EXAMPLE"

# per article (by source): title, authors, outlet, publisher, wire, dateline, published
# (basis, date, earliest, latest), clutter that must be gone (by short fragments) and the
# first words of every story paragraph, in order
EXPECTED: dict[str, dict[str, Any]] = {
    "01_valley_courier_dam_breaks.txt": {
        "title": "Kessara dam bursts in Orlen valley, at least 12 dead and dozens missing",
        "authors": ("Mara Velden", "Tomas Reik"),
        "outlet": "Valley Courier",
        "publisher": None,
        "wire": None,
        "dateline": "ORLENBURG, Varnia",
        "published": ("explicit", "2025-03-04", "2025-03-04", "2025-03-04"),
        "clutter": ["Skip to main content", "9.5 C", "Region", "By Mara Velden", "Advertisement", "(Photo:", "Read also",
                    "farmers count the cost", "cup of coffee", "You could close this page"],
        "story": ["ORLENBURG, Varnia – At", "The earth-filled dam, built", "Interior Minister Oskar Brenn,", '"Every hour counts,"',
                  "By Tuesday afternoon, the", "Residents of Hollin described", "The government said it", "Engineers had warned in"],
    },
    "02_korl_news9_meridian_wire.txt": {
        "title": "Death toll from Varnia dam collapse climbs to 40 as search goes on",
        "authors": ("Anton Vesk", "Lina Hart"),
        "outlet": "Meridian",
        "publisher": "KORL News 9",
        "wire": "Meridian",
        "dateline": None,
        "published": ("explicit", "2025-03-05", "2025-03-05", "2025-03-05"),
        "clutter": ["Skip to Content", "47.3 F", "ADVERTISEMENT", "The-Meridian-Wire", "All rights reserved", "Article Topic Follows",
                    "Jump to comments", "Author Profile Photo", "Newsource", "BE PART OF THE CONVERSATION", "forum for civil",
                    "keep your comments", "share a story idea"],
        "story": ["(Meridian) — At least", "Interior Minister Oskar Brenn", "The Varnian Red Cross", '"Our teams are finding',
                  "The minister said on", "Prime Minister Lev Carran", "Engineers from the national"],
    },
    "03_northern_ledger_toll_rises.txt": {
        "title": None,
        "authors": (),
        "outlet": "Northern Ledger",
        "publisher": None,
        "wire": None,
        "dateline": "ORLENBURG, Varnia",
        "published": ("explicit", "2025-03-06", "2025-03-06", "2025-03-06"),
        "clutter": ["Updated on", "RELATED STORIES", "three days of mourning after", "Red Cross opens shelters", "How the Kessara dam was built",
                    "Edited by", "Updated to include", "© 2025"],
        "story": ["ORLENBURG, Varnia – The", "The regional emergency service", '"We have not given', "The minister said the",
                  "The missing figure jumped", "Engineers had flagged cracks", "Questions over the inspection",
                  "The water authority's director,", "Opposition leader Hana Dolt", "Neighbouring Estrava sent 60"],
    },
    "04_rivergate_times_roundup.txt": {
        "title": "What we know about the Kessara dam disaster",
        "authors": (),
        "outlet": "Rivergate Times",
        "publisher": None,
        "wire": None,
        "dateline": None,
        "published": ("unknown", None, None, None),
        "clutter": ["Read more", "ageing dams", "readers like you", "Donate now"],
        "story": ["The collapse of the", "The dam, which held", "Meridian reported that at", "The Northern Ledger reported",
                  "Interior Minister Oskar Brenn", "Earlier this month, the", "The authority's director, Emil", "Local officials said the"],
    },
    "05_orlen_daily_star.html": {
        "title": "Kessara dam: death toll reaches 81 as army joins search",
        "authors": ("Sofia Marek",),
        "outlet": "Orlen Daily Star",
        "publisher": None,
        "wire": None,
        "dateline": None,
        "published": ("explicit", "2025-03-07", "2025-03-07", "2025-03-07"),
        "clutter": ["loadAd", "dataLayer", "Most read", "Local team wins"],
        "story": ["The death toll from", "Interior Minister Oskar Brenn", '"The soldiers will search', "The regional emergency service",
                  "Prime Minister Lev Carran", "The national water agency"],
    },
    "https://varnia-today.example/news/2025/03/08/kessara-dam-toll": {
        "title": "Officials disagree over Kessara dam death toll",
        "authors": ("Nadia Koss",),
        "outlet": "Varnia Today",
        "publisher": None,
        "wire": None,
        "dateline": None,
        "published": ("explicit", "2025-03-08", "2025-03-08", "2025-03-08"),
        "clutter": ["RELATED:", "army joins search"],
        "story": ["Local and national officials", "The Interior Ministry said", '"The ministry counts papers,', "Interior Minister Oskar Brenn",
                  "The Varnian Red Cross", "The government said on"],
    },
    "varnia-today-dam-inquiry": {
        "title": "Parliament opens inquiry into dam collapse",
        "authors": (),
        "outlet": "Varnia Today",
        "publisher": None,
        "wire": None,
        "dateline": None,
        # "on March 3, 2025" (a past event) is a lower bound; nothing bounds it above
        "published": ("inferred", None, "2025-03-03", None),
        "clutter": ["Sponsored", "subscribe to Varnia Today"],
        "story": ["Varnia's parliament voted on", "Lawmakers from all parties", '"Nobody is above this', "Water authority director Emil",
                  "The emergency service said"],
    },
    "07_orlen_herald_no_title.txt": {
        "title": None,
        "authors": ("Irina Voss",),
        "outlet": "Orlen Herald",
        "publisher": None,
        "wire": None,
        "dateline": None,
        # "© 2025" gives the year; "Earlier in March" (past) narrows it
        "published": ("inferred", None, "2025-03-01", "2025-12-31"),
        "clutter": ["[Orlen Herald/Ben Aster]", "BY IRINA VOSS", "irina.voss@", "© 2025"],
        "story": ["Families in the Orlen", "At the cemetery in", '"He went back for', "The emergency service said",
                  "Interior Minister Oskar Brenn", "The dam was completed", "Earlier in March, a"],
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def cleaned() -> dict[str, Article]:
    """Every example article after ingest and clean (the stages this corpus pins)."""
    settings = Settings(progress="never")
    raws, rejections = read_inputs(EXAMPLES, settings=settings)
    assert rejections == ()
    out = {}
    for raw in raws:
        art = clean_article(raw, settings=settings)
        assert isinstance(art, Article), art
        out[raw.source] = art
    return out


def test_the_corpus_has_eight_articles(cleaned: dict[str, Article]) -> None:
    assert sorted(cleaned) == sorted(EXPECTED)


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_example_metadata(cleaned: dict[str, Article], source: str) -> None:
    art, exp = cleaned[source], EXPECTED[source]
    assert art.title == exp["title"]
    assert art.authors == exp["authors"]
    assert (art.outlet, art.publisher, art.wire) == (exp["outlet"], exp["publisher"], exp["wire"])
    assert art.dateline == exp["dateline"]
    pub = art.published
    assert (pub.basis, pub.date, pub.earliest, pub.latest) == exp["published"]
    if pub.basis != "unknown":
        assert pub.evidence


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_example_cleaning(cleaned: dict[str, Article], source: str) -> None:
    art, exp = cleaned[source], EXPECTED[source]
    paragraphs = art.text.split("\n\n")
    # every story paragraph kept, in order, and nothing else
    assert len(paragraphs) == len(exp["story"])
    for para, start in zip(paragraphs, exp["story"]):
        assert para.startswith(start)
    for fragment in exp["clutter"] + [FICTION]:
        assert fragment not in art.text
    # the fiction marker is clutter, recorded as such
    assert any(FICTION in r.text and r.reason == "other" for r in art.removed)
    allowed = {"navigation", "advertisement", "donation", "comments", "caption", "related", "copyright", "byline", "dateline", "other"}
    assert all(r.reason in allowed for r in art.removed)


def test_example_dossier_holds_every_article(example_dossier: Dossier, cleaned: dict[str, Article]) -> None:
    by_source = {a.source: a for a in example_dossier.articles}
    assert sorted(by_source) == sorted(EXPECTED)
    assert not [r for r in example_dossier.rejections if r.stage in {"ingest", "clean"}]
    for source, art in by_source.items():
        assert art.text == cleaned[source].text  # later stages never change the text offsets point into
        if EXPECTED[source]["published"][0] == "explicit":
            assert art.published.date == EXPECTED[source]["published"][1]
