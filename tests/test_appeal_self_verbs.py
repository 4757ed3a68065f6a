"""A support appeal names its own site with many verbs ("The Independent stays / remains / is on the
ground"): the appeal is clutter and the site is the outlet. Fictional story."""

from __future__ import annotations

import pytest

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.settings import Settings


@pytest.mark.parametrize("verb", ["is", "stays", "remains"])
def test_an_appeal_names_its_site_whatever_its_verb(verb: str) -> None:
    text = (" date 2031-04-02 Your support lets us keep reporting from Dorva Read more Support Now The Independent "
            f"{verb} on the ground while the floods go on. Your gift pays for our reporters in the valley. Read more\n\n"
            "Flood deaths in Dorva rose to 27 on Wednesday, and nine people are still missing, rescuers said.\n")
    art = clean_article(RawArticle(source="p.txt", fmt="txt", text=text), settings=Settings(progress="never"))
    assert isinstance(art, Article)
    assert "Your support" not in art.text and art.text.startswith("Flood deaths in Dorva")
    assert art.outlet == "The Independent"


@pytest.mark.parametrize("note", [
    "This piece originally appeared at Kestle Online.",
    "This column first appeared in Kestle Online.",
    "This story originally appeared at Kestle Online.",
])
def test_a_note_of_where_a_piece_first_ran_names_that_outlet(note: str) -> None:
    from dossier.ingest import metadata as md

    assert md.source_credit(note) == "Kestle Online"
