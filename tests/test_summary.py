"""Tests of summary.py: an extractive story summary with a citation for every sentence."""

from __future__ import annotations

from dossier.model import Article, ArticleAnalysis, PublishedDate, Relation
from dossier.settings import Settings
from dossier.reconcile.summary import summarize_story

SETTINGS = Settings(progress="never")


def day(value: str) -> PublishedDate:
    return PublishedDate(date=value, basis="explicit", earliest=value, latest=value)


FIRST = (
    "Sign up to get our newsletter with the day's headlines.\n"
    "Heavy rain put the river town of Eskbury under water on Monday, and 1,800 people had to quit their "
    "houses, the provincial council said. Fire brigades spent the whole night stacking sandbags along the "
    "levee by the disused grain mill. Classes will not resume before Wednesday, the town's mayor said, as "
    "surveyors inspect every school. People in Eskbury should boil tap water until the utility says otherwise."
)
SECOND = (
    "On Tuesday the provincial council raised its count of those moved out of Eskbury since Monday's "
    "flood to 2,650, according to a written notice. A ferry and a barge went down at their moorings, "
    "yet nobody was injured, the river police said. Surveyors spotted fissures along the levee and "
    "estimated that mending them needs three weeks or more. Forecasters at the state weather agency "
    "said a second band of rain might arrive on Friday."
)
THIRD = (
    "On Thursday families started going back to Eskbury once the provincial council ended the "
    "evacuation in nearly every ward. Some 250 people still sleep in shelters since their homes "
    "were ruined, officials said. The council pledged 9 million euros to mend houses and the "
    "levee. Eskbury's schools opened their doors again on Thursday morning, according to the mayor."
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
        "Eskbury, Feb. 4 (AP) -- The count of people moved out of Eskbury since Monday's "
        "flood reached 2,650 on Tuesday, the provincial council said in a notice.\n"
        "A ferry and a barge went down at their moorings, yet nobody was injured, police said."
    )
    arts = [Article(id="d", source="d.txt", text=lead, published=day("2031-02-04")), *articles()[:2]]
    first_end = lead.index("notice.") + len("notice.")
    # the sentence bounds a parser gives (the dateline's "Feb." ends no sentence)
    analysis = ArticleAnalysis(article="d", sentences=((0, first_end), (first_end + 1, len(lead))))
    summary = summarize_story(arts, [analysis], relations=[], tracks=[], settings=SETTINGS)
    from_d = [s for s in summary if s.article == "d"]
    assert from_d and all(arts[0].text[s.start : s.end] == s.text for s in from_d)
    assert not any("(AP)" in s.text for s in summary)
    assert any(s.text.startswith("The count of people moved out") for s in from_d)
