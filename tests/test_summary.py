"""Tests of summary.py: an extractive story summary with a citation for every sentence."""

from __future__ import annotations

from dossier.model import Article, ArticleAnalysis, PublishedDate, Relation
from dossier.settings import Settings
from dossier.reconcile.summary import summarize_story

SETTINGS = Settings(progress="never")


def day(value: str) -> PublishedDate:
    return PublishedDate(date=value, basis="explicit", earliest=value, latest=value)


FIRST = (
    "Subscribe to our newsletter for the latest updates.\n"
    "A storm flooded the harbour town of Portvale on Monday, forcing 2,300 residents to leave their homes, "
    "the regional government said. Emergency crews worked through the night to reinforce the sea wall near "
    "the old fish market. The mayor said schools would stay closed until Wednesday while engineers checked "
    "the buildings. Residents were asked to boil drinking water until further notice from the water company."
)
SECOND = (
    "The number of people evacuated from Portvale after Monday's storm rose to 3,100 on Tuesday, the regional "
    "government said in a statement. Two fishing boats sank in the harbour, but no one was hurt, the coast "
    "guard said. Engineers found cracks in the sea wall and said repairs would take at least two weeks. "
    "The national weather office warned that another storm could reach the coast on Friday."
)
THIRD = (
    "Portvale residents began returning home on Thursday after the regional government lifted the evacuation "
    "order for most districts. Officials said 400 people remained in shelters because their houses were "
    "damaged. The government promised 12 million euros in aid for repairs to homes and the harbour. "
    "Schools in the town reopened on Thursday morning, the mayor said."
)


def articles() -> list[Article]:
    return [
        Article(id="c", source="c.txt", text=THIRD, published=day("2031-02-06")),
        Article(id="a", source="a.txt", text=FIRST, published=day("2031-02-03")),
        Article(id="b", source="b.txt", text=SECOND, published=day("2031-02-04")),
        Article(id="a-copy", source="a-copy.txt", text=FIRST, published=day("2031-02-04")),
    ]


def test_summary_cites_offsets_skips_copies_and_furniture_and_follows_dates() -> None:
    arts = articles()
    relations = [Relation("near_duplicate", "a-copy", "a", None, 1.0)]
    summary = summarize_story(arts, [], relations=relations, tracks=[], settings=SETTINGS)
    by_id = {a.id: a for a in arts}
    assert 5 <= len(summary) <= 8
    for s in summary:
        assert by_id[s.article].text[s.start : s.end] == s.text
        assert "newsletter" not in s.text.casefold()
    assert "a-copy" not in {s.article for s in summary}
    assert len({s.text for s in summary}) == len(summary)
    dates = [by_id[s.article].published.date for s in summary]
    assert dates == sorted(dates)  # ordered as the story unfolded
    assert {s.article for s in summary} == {"a", "b", "c"}  # every report contributes


def test_summary_uses_sentence_offsets_from_the_analysis() -> None:
    arts = articles()[:3]
    analyses = []
    for a in arts:
        spans, start = [], 0
        for part in a.text.split(". "):
            end = start + len(part) + (1 if start + len(part) < len(a.text) else 0)
            spans.append((start, min(end, len(a.text))))
            start = end + 1
        analyses.append(ArticleAnalysis(article=a.id, sentences=tuple(spans)))
    summary = summarize_story(arts, analyses, relations=[], tracks=[], settings=SETTINGS)
    assert summary
    offsets = {a.id: {s for s, _ in an.sentences} for a, an in zip(arts, analyses)}
    assert all(s.start in offsets[s.article] for s in summary)


def test_summary_of_nothing_is_empty() -> None:
    assert summarize_story([], [], relations=[], tracks=[], settings=SETTINGS) == ()
    short = [Article(id="x", source="x.txt", text="Breaking news")]
    assert summarize_story(short, [], relations=[], tracks=[], settings=SETTINGS) == ()


def test_seed_summary(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    summary = seed_dossier.summary
    by_id = {a.id: a for a in seed_dossier.articles}
    assert 5 <= len(summary) <= 8
    for s in summary:
        assert by_id[s.article].text[s.start : s.end] == s.text
    assert len({s.article for s in summary}) >= 4  # drawn from across the coverage
    text = " ".join(s.text for s in summary)
    assert "8,000" in text  # the central figure of the coverage
    copies = {r.from_ for r in seed_dossier.relations if r.to and r.kind in ("near_duplicate", "syndicated")}
    assert not copies & {s.article for s in summary}


def test_a_dateline_stays_out_of_the_summary() -> None:
    lead = (
        "Portvale, Feb. 4 (AP) -- The number of people evacuated from Portvale after Monday's "
        "storm rose to 3,100 on Tuesday, the regional government said in a statement.\n"
        "Two fishing boats sank in the harbour, but no one was hurt, the coast guard said."
    )
    arts = [Article(id="d", source="d.txt", text=lead, published=day("2031-02-04")), *articles()[:2]]
    first_end = lead.index("statement.") + len("statement.")
    # the sentence bounds a parser gives (the dateline's "Feb." ends no sentence)
    analysis = ArticleAnalysis(article="d", sentences=((0, first_end), (first_end + 1, len(lead))))
    summary = summarize_story(arts, [analysis], relations=[], tracks=[], settings=SETTINGS)
    from_d = [s for s in summary if s.article == "d"]
    assert from_d and all(arts[0].text[s.start : s.end] == s.text for s in from_d)
    assert not any("(AP)" in s.text for s in summary)
    assert any(s.text.startswith("The number of people evacuated") for s in from_d)
