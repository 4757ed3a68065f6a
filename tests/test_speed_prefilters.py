"""The cheap word tests that let a regex be skipped never skip one that would match (fictional texts)."""

from __future__ import annotations

import pytest

from dossier.extract import dates
from dossier.reconcile import relations, summary

# every kind of time expression the date patterns know, in made-up news copy
TIME_TEXTS = [
    "The Oskel board sat on 2029-11-08; it sat once more on Friday, July 7, 2029, and again on 8/11/29.",
    "FY2027, fiscal 2029, the '70s, the 1980s, in October 2029, this coming May, last August 3, the 9th of June 2029.",
    "Tomorrow morning, the nineteenth century, the day before yesterday, the 21st century, this past Sunday evening.",
    "So far this year, at the moment, at present, nowadays, tonight, these days, overnight, right now, late this afternoon.",
    "The same day, last month, the coming weeks, lately, the near future, the next few days, recently, the past.",
    "A week earlier, the spring of 2029, two years ago, this winter, the third quarter of 2029, next fiscal quarter.",
    "Halloween, that night, Boxing Day, the next day, Thanksgiving, the following morning, New Year's Day, Christmas Eve.",
    "Daily, almost two decades, twice a year, that year, over years, for three months, every other week, the past 48 hours.",
    "The month's end, at noon, year-end, at 7:15 p.m. GMT on Thursday, by midnight, the end of the year, at 9am.",
    "Dec 24 1998, early April, mid-2029, Jan. 6, Thurs. 2 Feb., Oct. 8, the 6th, this weekend.",
    "ıt was yesterday, a Kelvin sign K, FRİDAY 7 JULY, ſeptember 2",  # letters folded by case-insensitive matching
    "No date here at all: a short note on the made-up Oskel board and its 28 clerks.",
]


@pytest.mark.parametrize("text", TIME_TEXTS)
def test_date_patterns_that_match_are_run(text: str) -> None:
    runnable = dates._runnable(text)
    matched = [name for name, search, _ in dates._patterns() if search.search(text)]
    assert matched or text.startswith("No date")
    assert [name for name in matched if not runnable(name)] == []


FURNITURE = [
    "For more reports, click here to subscribe to the Oskel Courier newsletter.",
    "Read more at https://example.test or www.example.test — Tarrow Wire 2029, All Rights Reserved ©",
    "Before you log in, SIGN UP for our terms of use, privacy policy and community guidelines.",
    "On Thursday the Oskel finance minister said spending would climb by 6%.",
    "ſhare this and Cooki\u0131es: folded letters for matching that ignores case",
]


@pytest.mark.parametrize("sentence", FURNITURE)
def test_furniture_words_keep_the_regex_answer(sentence: str) -> None:
    assert summary._furniture(sentence) == (summary._FURNITURE.search(sentence) is not None)


CREDITS = [
    "BRASK, Varnia (AP) — The council met on Monday.",
    "© 2031 Thomson Reuters. All rights reserved.",
    "Reporting by Ivo Brenn; writing by Ana Roe",
    "The-Meridian-Wire",
    "By Ana Roe | Agence France-Presse",
    "On Thursday the Oskel board gathered and passed its spending plan.",
    "COPYRİGHT 2031 the Varnia Newsource",
]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_words_keep_the_prefilter_answer(line: str) -> None:
    assert relations._may_credit(line) == (relations._credit_prefilter().search(line) is not None)
