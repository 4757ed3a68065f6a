"""Timeline: event detection, dates, merging across articles, evidence, undated-article windows.

Unit tests use short fictional articles with time expressions built by hand (the values the
dates stage gives); end-to-end tests read the seeds through ``seed_dossier``.
"""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from dossier.extract.events import date_window, window_of, window_value, windows_overlap
from dossier.model import Article, ArticleAnalysis, PublishedDate, TimeExpression
from dossier.settings import Settings
from dossier.reconcile.timeline import build_timeline, detect_event_mentions

SETTINGS = Settings(progress="never")


def _article(aid: str, text: str, date: str | None = None) -> Article:
    pub = PublishedDate(date=date, basis="explicit") if date else PublishedDate()
    return Article(id=aid, source=f"{aid}.txt", text=text, published=pub)


def _analysis(nlp, article: Article, tes: list[tuple]) -> ArticleAnalysis:  # type: ignore[no-untyped-def]
    doc = nlp(article.text)
    out = []
    for phrase, value, *window in tes:
        i = article.text.index(phrase)
        out.append(
            TimeExpression(
                article=article.id, start=i, end=i + len(phrase), text=phrase, value=value, anchor="publication",
                earliest=window[0] if window else None, latest=window[1] if window else None,
            )
        )
    return ArticleAnalysis(
        article=article.id,
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
        time_expressions=tuple(out),
        event_mentions=detect_event_mentions(article, doc, out, settings=SETTINGS),
    )


STORY = [
    (
        "x1",
        "Defence minister Lise Tormund said at a news briefing on Thursday that 200 Ostrelian troops had "
        "entered Vardania. Ostrelia moved the troops by rail between early and "
        "mid-February, she said.",
        "2023-03-10",
        [("on Thursday", "2023-03-09"), ("between early and mid-February", "2023-02", "2023-02-01", "2023-02-20")],
    ),
    (
        "x2",
        "Lise Tormund told a news briefing Thursday that 200 Ostrelian troops went into "
        "Vardania. Brevonia and Ostrelia signed the defence treaty in March.",
        None,
        [("Thursday", "XXXX-WXX-4"), ("in March", "XXXX-03")],
    ),
    (
        "x3",
        "Brevonia and Ostrelia signed a defence treaty on March 2 in Port Aldane, officials said. "
        "Floods killed 17 people in Keswater on 3 March.",
        "2023-03-15",
        [("on March 2", "2023-03-02"), ("on 3 March", "2023-03-03")],
    ),
    (
        "x4",
        "Floods killed 17 people in Keswater in early March, the provincial governor said.",
        None,
        [("in early March", "XXXX-03", "XXXX-03-01", "XXXX-03-10")],
    ),
]


@pytest.fixture(scope="module")
def story(nlp):  # type: ignore[no-untyped-def]
    articles = [_article(aid, text, date) for aid, text, date, _ in STORY]
    analyses = [_analysis(nlp, a, tes) for a, (_, _, _, tes) in zip(articles, STORY)]
    arts, events = build_timeline(articles, analyses, entities=(), relations=(), settings=SETTINGS)
    return articles, arts, events


def test_date_windows() -> None:
    assert date_window("2024-10-31") == ("2024-10-31", "2024-10-31")
    assert date_window("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_window("2024-W45") == ("2024-11-04", "2024-11-10")
    assert date_window("XXXX-11-03") is None and date_window("PRESENT_REF") is None
    assert date_window("2024-W45-WE") == ("2024-11-09", "2024-11-10")  # the weekend of that week
    assert date_window("2024-WI") == ("2024-12-01", "2025-02-28")
    assert date_window("2024-10-31T09:00") == ("2024-10-31", "2024-10-31")
    assert date_window("202") is None  # a decade does not date an event
    assert window_of("2024-10", "2024-10-01", "2024-10-20") == ("2024-10-01", "2024-10-20")
    assert window_value(("2024-10-01", "2024-10-20")) == "2024-10"
    assert windows_overlap(("2024-10-01", "2024-10-20"), ("2024-10-20", "2024-10-20"))
    assert not windows_overlap(("2024-10-01", "2024-10-20"), ("2024-10-23", "2024-10-23"))


def test_events_are_dated_merged_and_ordered(story) -> None:  # type: ignore[no-untyped-def]
    articles, _, events = story
    dates = [e.earliest for e in events]
    assert dates == sorted(dates)
    treaty = next(e for e in events if e.kind == "treaty")
    assert treaty.date == "2023-03-02"
    assert {ev.article for ev in treaty.evidence} == {"x2", "x3"}  # "in March" (x2) merges with "March 2"
    assert "treaty" in treaty.summary and "March" not in treaty.summary
    moved = next(e for e in events if e.kind == "movement")
    assert (moved.earliest, moved.latest, moved.date) == ("2023-02-01", "2023-02-20", "2023-02")
    # what floods do is a disaster, not an attack or a killing by someone
    flood = next(e for e in events if e.kind == "disaster")
    assert flood.date == "2023-03-03" and "Floods killed" in flood.summary


def test_statement_dated_when_said_with_evidence_from_both_articles(story) -> None:  # type: ignore[no-untyped-def]
    articles, _, events = story
    said = next(e for e in events if e.kind == "statement")
    assert said.date == "2023-03-09"
    assert {ev.article for ev in said.evidence} == {"x1", "x2"}
    text = {a.id: a.text for a in articles}
    for ev in said.evidence:
        assert text[ev.article][ev.start : ev.end] == ev.sentence


def test_undated_article_gets_window_from_the_story(story) -> None:  # type: ignore[no-untyped-def]
    _, arts, _ = story
    by_id = {a.id: a for a in arts}
    pub = by_id["x2"].published
    assert pub.basis == "inferred"
    assert (pub.earliest, pub.latest) == ("2023-03-09", "2023-03-15")  # "Thursday" = 9 March, or up to 6 days later
    assert pub.date is None  # never a date unless the window is one day
    assert "Thursday" in (pub.evidence or "")
    assert by_id["x1"].published.basis == "explicit"


def test_undated_article_is_no_older_than_the_past_events_it_reports(story) -> None:  # type: ignore[no-untyped-def]
    _, arts, events = story
    pub = {a.id: a for a in arts}["x4"].published
    assert pub.basis == "inferred" and pub.earliest == "2023-03-01" and pub.latest is None and pub.date is None
    flood = next(e for e in events if e.kind == "disaster")
    assert {ev.article for ev in flood.evidence} == {"x3", "x4"}  # the year comes from the story


def test_ids_are_stable(nlp, story) -> None:  # type: ignore[no-untyped-def]
    articles = [_article(aid, text, date) for aid, text, date, _ in STORY]
    analyses = [_analysis(nlp, a, tes) for a, (_, _, _, tes) in zip(articles, STORY)]
    _, again = build_timeline(articles, analyses, entities=(), relations=(), settings=SETTINGS)
    assert [e.id for e in again] == [e.id for e in story[2]]
    assert all(e.id.startswith("ev-") for e in again)


def test_event_mentions_are_picklable_records_with_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    aid, text, date, tes = STORY[0]
    article = _article(aid, text, date)
    an = _analysis(nlp, article, tes)
    assert an.event_mentions and pickle.loads(pickle.dumps(an)) == an
    for m in an.event_mentions:
        assert m.article == aid
        assert text[m.sent_start : m.sent_end].strip() == text[m.sent_start : m.sent_end]
        assert m.sent_start <= m.time_start < m.time_end <= m.sent_end
        assert m.sent_start <= m.trigger_start < m.sent_end
    said = next(m for m in an.event_mentions if text[m.time_start : m.time_end] == "on Thursday")
    assert said.kind == "statement" and text[said.trigger_start :].startswith("said")


def test_analyses_without_event_mentions_give_no_parsed_events(nlp, story) -> None:  # type: ignore[no-untyped-def]
    articles, _, _ = story
    analyses = [dataclasses.replace(_analysis(nlp, a, tes), event_mentions=()) for a, (_, _, _, tes) in zip(articles, STORY)]
    arts, events = build_timeline(articles, analyses, entities=(), relations=(), settings=SETTINGS)
    assert events == () and [a.published for a in arts] == [a.published for a in articles]


def test_no_time_expressions_no_events() -> None:
    a = _article("y1", "Nothing dated happens here at all, officials said.", "2023-01-01")
    arts, events = build_timeline([a], [ArticleAnalysis(article="y1")], entities=(), relations=(), settings=SETTINGS)
    assert events == () and arts == (a,)


# --- end to end on the seeds -------------------------------------------------------------------


def _events(seed_dossier):  # type: ignore[no-untyped-def]
    assert seed_dossier.time_expressions, "no time expressions in the seed build"
    return seed_dossier.events


def _on(events, day: str, kind: str | None = None):  # type: ignore[no-untyped-def]
    return [e for e in events if e.earliest and e.earliest <= day <= (e.latest or e.earliest)
            and (kind is None or e.kind == kind)]


def test_seed_timeline_key_events(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    events = _events(seed_dossier)
    treaty = [e for e in events if e.date == "2024-06-19" and e.kind == "treaty"]
    assert treaty and "treaty" in treaty[0].summary.lower()
    assert len({ev.article for ev in treaty[0].evidence}) == 2  # "June 19" and "in June" merge
    incursion = [e for e in events if e.date == "2024-08-06" and e.kind == "combat"]
    assert incursion and len({ev.article for ev in incursion[0].evidence}) == 2
    transfer = [e for e in events if (e.earliest, e.latest) == ("2024-10-01", "2024-10-20")]
    assert transfer and transfer[0].kind == "movement"
    assert [e for e in events if e.date == "2024-10-23" and e.kind in {"statement", "confirmation"}]
    assert [e for e in events if e.date == "2024-11-03"]
    assert [e for e in events if e.date == "2024-11-11" and e.kind == "statement"]
    confirmation = [e for e in events if e.date == "2024-11-12" and e.kind == "confirmation"]
    assert confirmation and "10,000" in confirmation[0].summary


def test_seed_evidence_offsets(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    events = _events(seed_dossier)
    text = {a.id: a.text for a in seed_dossier.articles}
    assert events
    for e in events:
        assert e.evidence
        for ev in e.evidence:
            assert text[ev.article][ev.start : ev.end] == ev.sentence


def test_seed_inferred_windows_never_contradict_the_truth(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    """The CNN and Guardian seeds report the 31 October 2024 press conference and have no date.

    Nothing dated in the story describes that press conference (the Guardian seed is undated
    too), so the timeline cannot pin their "Thursday"; whatever window they carry must still
    hold the true date.
    """
    _events(seed_dossier)
    for a in seed_dossier.articles:
        p = a.published
        if p.basis != "inferred" or "Kursk" not in a.text or "8,000" not in a.text:
            continue
        assert (p.earliest or "0000") <= "2024-10-31" <= (p.latest or "9999")


@pytest.mark.xfail(reason="stretch: the Thursday briefing is told by no page that carries a date, "
                          "so nothing else in the story pins it to 31 October", strict=False)
def test_seed_thursday_press_conference_dated(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    events = _events(seed_dossier)
    assert [e for e in events if e.date == "2024-10-31"]


# --- the bundled fictional example corpus ------------------------------------------------------


def test_example_corpus_timeline(example_dossier) -> None:  # type: ignore[no-untyped-def]
    assert example_dossier.time_expressions, "no time expressions in the example build"
    events = example_dossier.events
    collapse = [e for e in events if e.kind == "disaster" and e.date == "2025-03-03"]
    assert collapse and len({ev.article for ev in collapse[0].evidence}) >= 2
    by_source = {a.source: a for a in example_dossier.articles}
    roundup = next((a for s, a in by_source.items() if s.startswith("04_")), None)
    if roundup is None:
        pytest.skip("the round-up page without a date has left the example corpus")
    pub = roundup.published
    # it cites the Northern Ledger's Thursday (6 March) report: published that day or within six days
    assert pub.basis == "inferred" and pub.earliest == "2025-03-06" and pub.latest == "2025-03-12"


def test_a_fronted_aside_stays_out_of_the_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to a tally kept by the Dunmere Courier, 41 people in all were hurt across four "
        "districts by Tuesday. As reported on Monday, 58 confirmed infections with 5 deaths have been "
        "logged in Tarvel province."
    )
    article = _article("y1", text, "2025-03-05")
    analysis = _analysis(nlp, article, [("by Tuesday", "2025-03-04"), ("on Monday", "2025-03-03")])
    _, events = build_timeline([article], [analysis], entities=(), relations=(), settings=SETTINGS)
    summaries = [e.summary for e in events]
    assert summaries, "no event found"
    for s in summaries:
        assert not any(w in s for w in ("According", "tally", "As reported")), s


def test_what_a_quake_does_in_a_relative_clause_is_a_disaster(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A magnitude 6.4 earthquake, which struck on Friday night, levelled 52 hamlets across the Brenn valley."
    article = _article("y2", text, "2025-03-09")
    analysis = _analysis(nlp, article, [("on Friday night", "2025-03-07TNI")])
    _, events = build_timeline([article], [analysis], entities=(), relations=(), settings=SETTINGS)
    assert events and {e.kind for e in events} == {"disaster"}, [(e.kind, e.summary) for e in events]


def test_a_past_month_in_an_undated_report_is_not_after_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = [
        _article("z1", "Tarvel's ambassador said on Monday that 450 troops had entered Dunmere.", "2025-01-13"),
        _article("z2", "A ministry spokesman said on Friday the troops had arrived at the front outside Ketterby.", "2025-04-25"),
    ]
    undated = _article("z3", "In June, the Tarvel president visited Dunmere and signed a security pact with its leader.")
    analyses = [
        _analysis(nlp, dated[0], [("on Monday", "2025-01-13")]),
        _analysis(nlp, dated[1], [("on Friday", "2025-04-25")]),
        _analysis(nlp, undated, [("In June", "XXXX-06")]),
    ]
    _, events = build_timeline([*dated, undated], analyses, entities=(), relations=(), settings=SETTINGS)
    visit = [e for e in events if "visited" in e.summary]
    # the story's reports run January to April 2025: a visit they tell in the past was in June 2024
    assert visit and visit[0].date == "2024-06", [(e.date, e.summary) for e in events]


def test_a_count_since_a_day_is_no_event_on_that_day_and_released_figures_are_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At least 512 people have died in Tarvel province since June 14, the emergency office said. "
        "A report released by the office on Saturday night put the number of children among the victims at 301. "
        "Police released three demonstrators on Sunday."
    )
    article = _article("y3", text, "2025-08-25")
    analysis = _analysis(nlp, article, [("June 14", "2025-06-14"), ("on Saturday night", "2025-08-23TNI"),
                                        ("on Sunday", "2025-08-24")])
    _, events = build_timeline([article], [analysis], entities=(), relations=(), settings=SETTINGS)
    assert not any(e.date == "2025-06-14" for e in events), [(e.date, e.summary) for e in events]
    report = [e for e in events if "report" in e.summary]
    assert report and {e.kind for e in report} == {"statement"}, [(e.kind, e.summary) for e in events]
    freed = [e for e in events if "demonstrators" in e.summary]
    assert freed and freed[0].kind == "legal"  # a release from custody stays one


def test_a_dateline_is_no_part_of_an_event_s_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "PORT-VALENCE (AP): The national emergency office said Sunday that the toll from the earthquake had risen to 1,874."
    article = _article("y4", text, "2025-08-22")
    analysis = _analysis(nlp, article, [("Sunday", "2025-08-22")])
    _, events = build_timeline([article], [analysis], entities=(), relations=(), settings=SETTINGS)
    assert events and not any("VALENCE" in e.summary or "(AP)" in e.summary for e in events), [e.summary for e in events]


def test_a_page_s_own_dateline_day_beats_a_day_the_story_would_pin(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _article("d1", "Authorities said on Monday that the flood death toll has climbed to 58.", "2024-09-03")
    undated = _article(
        "d2", "VARNELL, Jul 4 (KNA-BSS) – The flood death toll has climbed above 100, officials said yesterday.")
    analyses = [
        _analysis(nlp, dated, [("on Monday", "2024-09-02")]),
        _analysis(nlp, undated, [("Jul 4", "XXXX-07-04"), ("yesterday", "XXXX-XX-XX")]),
    ]
    arts, _ = build_timeline([dated, undated], analyses, entities=(), relations=(), settings=SETTINGS)
    pub = next(a for a in arts if a.id == "d2").published
    # the page was filed on a 4 July: neither the story's 3 September nor the dateline's day as an event's
    assert pub.date is None or pub.date.endswith("-07-04"), pub


def test_a_past_event_is_never_dated_after_its_own_dated_report(nlp) -> None:  # type: ignore[no-untyped-def]
    """"killed in fighting with the March 23 Movement" (a rebel group's name read as a date) on a
    page of 2 February: a past event cannot come after the report that tells it."""
    page = _article("m1", "The defence ministry has made public the names of troops killed in fighting with the "
                          "March 23 Movement outside Ketterby.", "2031-02-02")
    analyses = [_analysis(nlp, page, [("March 23", "2031-03-23")])]
    _, events = build_timeline([page], analyses, entities=(), relations=(), settings=SETTINGS)
    assert not [e for e in events if e.date and e.date > "2031-02-02"], [(e.date, e.summary) for e in events]


def test_a_past_month_in_a_report_known_only_after_a_day_is_the_one_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """An undated page that says "on December 18" in the past tense was published after it: the
    June it tells in the past ("the president visited Dunmere in June") is the June before, not the
    next one the story's later reports reach."""
    dated = [
        _article("y1", "Tarvel's ambassador said on Monday that 450 troops had entered Dunmere.", "2031-01-13"),
        _article("y2", "A ministry spokesman said on Friday the troops had arrived at the front outside Ketterby.", "2031-09-05"),
    ]
    page = dataclasses.replace(
        _article("y3", "The ambassador told reporters on December 18 that casualties had mounted. The Tarvel president "
                       "visited Dunmere in June and signed a security pact."),
        published=PublishedDate(basis="inferred", earliest="2030-12-18"))
    analyses = [
        _analysis(nlp, dated[0], [("on Monday", "2031-01-13")]),
        _analysis(nlp, dated[1], [("on Friday", "2031-09-05")]),
        _analysis(nlp, page, [("in June", "XXXX-06")]),
    ]
    _, events = build_timeline([*dated, page], analyses, entities=(), relations=(), settings=SETTINGS)
    visit = [e for e in events if "visited" in e.summary]
    assert visit and visit[0].date == "2030-06", [(e.date, e.summary) for e in events]
