"""Page shapes at a story's foot: a caption credited in doubled brackets, "Share it" / "Next Story"
links, and a "Most Popular" list whose teasers are cut short with "...". The page is invented."""

from __future__ import annotations

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.settings import Settings

_PAGE = """Floods cut off three villages in Dorva

Rescue boats reached three villages cut off by floods in Dorva on Tuesday, and 14 people were taken to hospital, officials said.

A caption of the boats on the river ((Ana Merrow/Associated Press))

The river rose two metres overnight after days of rain, the water agency said. Schools in the district were closed.

Share it

Next Story

Most Popular

Storm batters the coast as ferries stay in port...

Council approves new budget for the port district...
"""


def test_foot_links_teasers_and_a_doubly_bracketed_credit_are_clutter() -> None:
    art = clean_article(RawArticle(source="p.txt", fmt="txt", text=_PAGE), settings=Settings(progress="never"))
    assert isinstance(art, Article)
    assert art.text.endswith("Schools in the district were closed."), art.text
    why = {r.text: r.reason for r in art.removed}
    assert why["A caption of the boats on the river ((Ana Merrow/Associated Press))"] == "caption"
    assert why["Share it"] == why["Next Story"] == "navigation"
    assert why["Storm batters the coast as ferries stay in port..."] == "related"


def test_a_story_sentence_ending_in_an_ellipsis_after_a_list_header_is_kept_when_it_is_prose() -> None:
    page = ("Dorva budget passes\n\nThe council of Dorva passed its budget on Monday after a long debate, the mayor said.\n\n"
            "Read more: the mayor said the port would get new cranes, and more jobs would follow...\n")
    art = clean_article(RawArticle(source="p.txt", fmt="txt", text=page), settings=Settings(progress="never"))
    assert isinstance(art, Article)
    assert "new cranes" in art.text
