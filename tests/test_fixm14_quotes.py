"""A name the small tagger leaves unlabelled, in apposition with a role ("X Y, head of the ...
delegation, gave the numbers"), is a person's: a later "she said" finds it. Written from a miss on a
fresh set of real pages (measure14, 2026-12-08; not committed); fictional sentences, the names are
ones the tagger is known to miss in this position."""

from __future__ import annotations

import pytest

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.pipeline import build_from_articles
from dossier.settings import Settings

_SETTINGS = Settings(progress="never", min_words=5)


def _quotes(text: str):  # type: ignore[no-untyped-def]
    art = clean_article(RawArticle(source="q.txt", fmt="txt", text="Floods hit Tessia\nPublished: 3 May 2024\n" + text),
                        settings=_SETTINGS)
    assert isinstance(art, Article)
    return build_from_articles([art], settings=_SETTINGS).quotes


@pytest.mark.parametrize("text, name", [
    ("Tamer Ramadan, head of the Tessian Relief Society delegation in Orla, gave the numbers to reporters on Tuesday. "
     "“The losses are enormous,” she said.", "Tamer Ramadan"),
    ("Sami Ayoub, head of the Orla rescue teams, spoke to reporters at the harbour. “We are still searching,” he said.",
     "Sami Ayoub"),
    ("Tamer Ramadan, a spokesman for the Brask water board, toured the valley on Monday. “Nothing is left of the bridge,” "
     "he told reporters.", "Tamer Ramadan"),
])
def test_an_untagged_name_with_a_role_in_apposition_speaks(text: str, name: str) -> None:
    quotes = _quotes(text)
    assert quotes, "no quote found"
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == name, [(q.text, q.speaker) for q in quotes]


def test_a_place_before_a_role_is_no_person() -> None:
    quotes = _quotes("In Orla, the head of the Tessian Relief Society said the roads were gone. "
                     "“We cannot reach the villages,” he said.")
    assert all((q.speaker.name or "") != "Orla" for q in quotes if q.speaker is not None)

