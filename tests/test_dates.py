"""Time expressions: TIMEX3 normalisation on the seeds and on short fictional sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dossier.extract.dates import extract_time_expressions, find_expressions, normalize_expression, tag_text, value_bounds
from dossier.model import Article, PublishedDate, TimeExpression


def _article(path: Path, published: PublishedDate) -> Article:
    return Article(id=path.stem, source=path.name, text=path.read_text(encoding="utf-8"), published=published)


def _tag(article: Article, nlp, settings) -> tuple[TimeExpression, ...]:  # type: ignore[no-untyped-def]
    times = extract_time_expressions(article, nlp(article.text), settings=settings)
    for t in times:  # provenance: offsets point at the words
        assert article.text[t.start : t.end] == t.text
        assert t.article == article.id
    return times


def _find(times: tuple[TimeExpression, ...], words: str) -> list[TimeExpression]:
    return [t for t in times if words.lower() in t.text.lower()]


@pytest.fixture(scope="module")
def seed_004(seeds_dir, nlp, settings):  # type: ignore[no-untyped-def]
    path = next(seeds_dir.glob("004_*.txt"))
    return _tag(_article(path, PublishedDate(date="2024-11-13", basis="explicit")), nlp, settings)


@pytest.fixture(scope="module")
def seed_003(seeds_dir, nlp, settings):  # type: ignore[no-untyped-def]
    path = next(seeds_dir.glob("003_*.txt"))
    return _tag(_article(path, PublishedDate(date="2024-10-24", basis="explicit")), nlp, settings)


def test_seed_weekdays_resolve_to_the_most_recent_day(seed_004) -> None:  # type: ignore[no-untyped-def]
    tuesday = _find(seed_004, "Tuesday")
    assert tuesday and all(t.value == "2024-11-12" and t.anchor == "publication" for t in tuesday)
    assert [t.value for t in _find(seed_004, "Monday")] == ["2024-11-11"]


def test_seed_absolute_dates_take_the_article_year(seed_004) -> None:  # type: ignore[no-untyped-def]
    assert [t.value for t in _find(seed_004, "June 19")] == ["2024-06-19"]
    assert [t.value for t in _find(seed_004, "Aug. 6")] == ["2024-08-06"]
    last_week = _find(seed_004, "last week")
    assert [t.value for t in last_week] == ["2024-W45"]
    assert last_week[0].type == "DATE"


def test_seed_october_article(seed_003) -> None:  # type: ignore[no-untyped-def]
    assert [t.value for t in _find(seed_003, "October 23")] == ["2024-10-23"]
    window = _find(seed_003, "mid-October")
    assert len(window) == 1
    assert window[0].value == "2024-10"
    assert (window[0].earliest, window[0].latest) == ("2024-10-01", "2024-10-20")
    december = [t for t in seed_003 if t.text == "December"]
    assert december and all(t.value == "2024-12" and t.mod == "BEFORE" for t in december)
    the_23rd = _find(seed_003, "the 23rd")
    assert len(the_23rd) == 1
    assert (the_23rd[0].value, the_23rd[0].anchor) == ("2024-10-23", "previous")
    assert [t.value for t in seed_003 if t.text == "June"] == ["2024-06"]


def test_seed_unknown_date_keeps_what_is_known(seeds_dir, nlp, settings) -> None:  # type: ignore[no-untyped-def]
    path = next(seeds_dir.glob("000_*.txt"))
    times = _tag(_article(path, PublishedDate()), nlp, settings)
    nov3 = _find(times, "3 November")
    assert [(t.value, t.anchor) for t in nov3] == [("XXXX-11-03", "none")]


def test_seed_durations_and_quantities(seeds_dir, nlp, settings) -> None:  # type: ignore[no-untyped-def]
    path = next(seeds_dir.glob("002_*.txt"))
    times = _tag(_article(path, PublishedDate(date="2024-10-31", basis="explicit")), nlp, settings)
    assert [(t.type, t.value) for t in _find(times, "86 minutes")] == [("DURATION", "PT86M")]
    assert [t.value for t in _find(times, "December 2023")] == ["2023-12"]
    # counts such as "8,000" and the modal "may indicate" are not time expressions
    assert not [t for t in times if "8,000" in t.text or t.text.lower() == "may"]


# --- short fictional sentences, article dated Wednesday 13 November 2024 ---------------------

ANCHOR = date(2024, 11, 13)

CASES: list[tuple[str, str, str, str | None, str]] = [
    # sentence, expression, type, value, anchor
    ("The mayor resigned on Tuesday.", "Tuesday", "DATE", "2024-11-12", "publication"),
    ("The council will vote on Thursday.", "Thursday", "DATE", "2024-11-14", "publication"),
    ("The council voted on Thursday.", "Thursday", "DATE", "2024-11-07", "publication"),
    ("The talks resume next Monday.", "next Monday", "DATE", "2024-11-18", "publication"),
    ("The river flooded the valley today.", "today", "DATE", "2024-11-13", "publication"),
    ("Rescuers found two survivors yesterday.", "yesterday", "DATE", "2024-11-12", "publication"),
    ("The storm hit the coast last week.", "last week", "DATE", "2024-W45", "publication"),
    ("Prices rose this week.", "this week", "DATE", "2024-W46", "publication"),
    ("Exports fell last month.", "last month", "DATE", "2024-10", "publication"),
    ("Exports fell earlier this month.", "earlier this month", "DATE", "2024-11", "publication"),
    ("The dam failed earlier in October.", "earlier in October", "DATE", "2024-10", "publication"),
    ("The election was held in June.", "June", "DATE", "2024-06", "publication"),
    ("The ferry sank in December, officials said.", "December", "DATE", "2023-12", "publication"),
    ("The bridge will reopen in February.", "February", "DATE", "2025-02", "publication"),
    ("The agency reported on 3 November that casualties climbed.", "3 November", "DATE", "2024-11-03", "publication"),
    ("The plant closed on Oct. 23, 2024.", "Oct. 23, 2024", "DATE", "2024-10-23", "none"),
    ("The law passed in 2017.", "2017", "DATE", "2017", "none"),
    ("The fire started two years ago.", "two years ago", "DATE", "2022", "publication"),
    ("The strike lasted two years.", "two years", "DURATION", "P2Y", "none"),
    ("The flight lasted 86 minutes.", "86 minutes", "DURATION", "PT86M", "none"),
    ("The army is now in control.", "now", "DATE", "PRESENT_REF", "publication"),
    ("Ten people are currently missing.", "currently", "DATE", "PRESENT_REF", "publication"),
    ("The agency publishes figures every week.", "every week", "SET", "P1W", "none"),
    ("Inspections take place daily.", "daily", "SET", "P1D", "none"),
    ("The harvest failed last summer.", "last summer", "DATE", "2024-SU", "publication"),
    ("The camp opened in the 1990s.", "the 1990s", "DATE", "199", "none"),
    ("The siege began late last July.", "late last July", "DATE", "2024-07", "publication"),
    ("Gunfire erupted at 4:50 a.m. on Monday.", "4:50 a.m. on Monday", "TIME", "2024-11-11T04:50", "publication"),
    ("Shelling resumed at 9 p.m.", "9 p.m.", "TIME", "2024-11-13T21:00", "publication"),
    ("Fighting eased on Friday afternoon.", "Friday afternoon", "TIME", "2024-11-08TAF", "publication"),
    ("The report is due by December.", "December", "DATE", "2024-12", "publication"),
]


@pytest.mark.parametrize(("sentence", "words", "type_", "value", "anchor"), CASES)
def test_fictional_sentences(nlp, sentence, words, type_, value, anchor) -> None:  # type: ignore[no-untyped-def]
    times = tag_text(sentence, ANCHOR, doc=nlp(sentence))
    found = [t for t in times if t.text == words]
    assert found, f"no {words!r} among {[t.text for t in times]}"
    t = found[0]
    assert (t.type, t.value, t.anchor) == (type_, value, anchor)
    assert sentence[t.start : t.end] == words


def test_not_time_expressions(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "As many as 6,500 reservists may point to a change.",
        "Page 31 of the audit lists 1998 rifles and 2000 trucks.",
        "Some 2,300 residents left, and 40% of them may come back, aid workers said.",
        "The 23rd Infantry Brigade moved north.",
        "They march to the capital.",
    ):
        assert tag_text(sentence, ANCHOR, doc=nlp(sentence)) == (), sentence


def test_fuzzy_and_windows(nlp) -> None:  # type: ignore[no-untyped-def]
    s = "Between early to mid-October the militia advanced; more fighters are expected in the coming days."
    times = {t.text: t for t in tag_text(s, ANCHOR, doc=nlp(s))}
    fuzzy = times["early to mid-October"]
    assert (fuzzy.value, fuzzy.earliest, fuzzy.latest) == ("2024-10", "2024-10-01", "2024-10-20")
    coming = times["the coming days"]
    assert coming.earliest == "2024-11-13" and coming.latest is not None and coming.latest > "2024-11-13"
    s2 = "Aid has slowed in recent months."
    recent = [t for t in tag_text(s2, ANCHOR, doc=nlp(s2)) if t.text == "recent months"][0]
    assert recent.latest == "2024-11-13" and recent.earliest is not None and recent.earliest < "2024-11-01"
    early = normalize_expression("early December", date(2013, 3, 22), tense="past")
    assert early is not None and (early.value, early.mod) == ("2012-12", "START")


def test_reference_and_unknown_anchor() -> None:
    prev = tag_text("The accord was initialled on October 23. By the 23rd, 1,200 families had gone.", date(2024, 10, 24))
    assert [(t.text, t.value, t.anchor) for t in prev] == [
        ("October 23", "2024-10-23", "publication"),
        ("the 23rd", "2024-10-23", "previous"),
    ]
    tuesday = normalize_expression("Tuesday", None)
    assert tuesday is not None and tuesday.value == "XXXX-WXX-2" and tuesday.anchor == "none"
    month_day = normalize_expression("3 November", None, anchor_year=2024)
    assert month_day is not None and month_day.value == "2024-11-03"
    by = normalize_expression("by December", date(2024, 10, 24), tense="future")
    assert by is not None and (by.value, by.mod) == ("2024-12", "BEFORE")


def test_inferred_window_year(nlp, settings) -> None:  # type: ignore[no-untyped-def]
    text = "The agency reported on 3 November that casualties climbed, and further victims were recovered on Tuesday."
    same_year = PublishedDate(basis="inferred", earliest="2024-11-03", latest="2024-11-20")
    art = Article(id="a", source="a.txt", text=text, published=same_year)
    times = {t.text: t for t in extract_time_expressions(art, nlp(text), settings=settings)}
    assert times["3 November"].value == "2024-11-03"
    assert times["Tuesday"].value == "XXXX-WXX-2"
    two_years = PublishedDate(basis="inferred", earliest="2024-12-20", latest="2025-01-10")
    art2 = Article(id="b", source="b.txt", text=text, published=two_years)
    times2 = {t.text: t for t in extract_time_expressions(art2, nlp(text), settings=settings)}
    assert times2["3 November"].value == "XXXX-11-03"


def test_references_rates_and_holidays() -> None:
    text = "Output dropped in 2003; the previous year it grew. The mill began work in 1998 and shut later that year."
    got = [(t.text, t.value, t.anchor) for t in tag_text(text, date(2005, 3, 15))]
    assert ("the previous year", "2002", "previous") in got
    assert ("later that year", "1998", "previous") in got
    rate = tag_text("The fund pays out 57 billion a year in grants.", date(2005, 3, 15))
    assert [(t.type, t.value) for t in rate] == [("SET", "P1Y")]
    assert tag_text("They needed a second goal.", date(2005, 3, 15)) == ()
    xmas = tag_text("Firing went on over Christmas Day; the next day a ceasefire held.", date(2024, 12, 27))
    assert [(t.text, t.value) for t in xmas] == [("Christmas Day", "2024-12-25"), ("the next day", "2024-12-26")]


def test_helpers() -> None:
    assert value_bounds("2024-W45") == (date(2024, 11, 4), date(2024, 11, 10))
    assert value_bounds("2024-10") == (date(2024, 10, 1), date(2024, 10, 31))
    assert value_bounds("P2Y") is None
    assert find_expressions("It rained on Monday.") == [(13, 19)]
    assert normalize_expression("on Monday", date(2024, 11, 13)) is not None
    assert normalize_expression("banana", date(2024, 11, 13)) is None
