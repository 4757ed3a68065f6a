"""Foot-of-story clutter held back from the pubmeta branch by the FNC-1 over-cleaning cap (issue 10, point 8).

A writer's e-mail address alone on a line, "Follow Jane Roe on Twitter.", "- Jane Roe" closing the story,
"This article originally appeared on The Orlen Post." (the outlet whose journalism it is) and "Powered by ..."
are clutter; on FNC-1 they take 17 more lines out (3.15 %), all of them real clutter.
"""

from __future__ import annotations

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.settings import Settings

_SETTINGS = Settings(progress="never")


def _clean(text: str) -> Article:
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=_SETTINGS)
    assert isinstance(art, Article)
    return art


def test_writers_address_follow_line_and_dashed_name() -> None:
    art = _clean(
        "A fire destroyed a warehouse in Orlen on Sunday, the fire chief said.\n\n"
        "Nobody was hurt, but 40 workers lost their jobs, the owner said.\n\n"
        "The cause of the fire is under investigation.\n\n"
        "- Ilse Marrow\n\n"
        "imarrow@kestrialedger.com\n\n"
        "Follow Ilse Marrow on Twitter.\n\n"
        "Powered by Orlenprofiles\n"
    )
    assert art.authors == ("Ilse Marrow",)
    assert art.outlet is None
    for gone in ("- Ilse Marrow", "imarrow@", "Follow Ilse", "Powered by"):
        assert gone not in art.text


def test_article_originally_appeared_on_names_the_outlet() -> None:
    art = _clean(
        "A hermit crab the size of a dinner plate was filmed in the harbour at Orlen, fishermen said.\n\n"
        "Marine biologists said the animal was probably an escaped pet.\n\n"
        "This article originally appeared on The Orlen Post.\n"
    )
    assert art.outlet == "The Orlen Post"
    assert "originally appeared" not in art.text
