"""The cheap word tests that let a regex be skipped never skip one that would match (fictional texts)."""

from __future__ import annotations

import pytest

from dossier.extract import dates
from dossier.reconcile import relations, summary

# every kind of time expression the date patterns know, in made-up news copy
TIME_TEXTS = [
    "On 2031-04-05 and 4/5/31 the Varnian council met; on Tuesday, March 4, 2031 it met again.",
    "The 5th of May 2031, last June 12, in March 2031, this coming April, fiscal 2031, FY2030, the 1990s, the '80s.",
    "The 21st century, the nineteenth century, this past Friday evening, the day before yesterday, tomorrow morning.",
    "Late this afternoon, tonight, overnight, right now, at present, nowadays, these days, at the moment, so far this year.",
    "Recently, lately, the past, the near future, the coming weeks, the next few days, last month, the same day.",
    "Next fiscal quarter, this winter, the spring of 2031, the third quarter of 2031, two years ago, a week earlier.",
    "The next day, that night, the following morning, Christmas Eve, New Year's Day, Boxing Day, Thanksgiving, Halloween.",
    "That year, for three months, almost two decades, the past 48 hours, over years, every other week, twice a year, daily.",
    "At 5:30 p.m. GMT on Monday, at noon, by midnight, at 10am, the end of the year, year-end, the month's end.",
    "This weekend, the 4th, Sept. 9, Thurs. 4 Jan., Jan. 3, mid-2031, early March, Dec 25 1999.",
    "ſeptember 5, FRİDAY 3 JANUARY, a Kelvin sign K, ıt was yesterday",  # letters folded by case-insensitive matching
    "No date here at all, only words about a fictional Varnia and its 40 ministers.",
]


@pytest.mark.parametrize("text", TIME_TEXTS)
def test_date_patterns_that_match_are_run(text: str) -> None:
    runnable = dates._runnable(text)
    matched = [name for name, search, _ in dates._patterns() if search.search(text)]
    assert matched or text.startswith("No date")
    assert [name for name in matched if not runnable(name)] == []


FURNITURE = [
    "Click here to subscribe to the Varnia Gazette newsletter for more stories.",
    "All Rights Reserved © 2031 Meridian Wire; read more at www.example.test or https://example.test",
    "SIGN UP for our community guidelines, privacy policy and terms of use before you log in.",
    "The minister of Varnia said on Monday that the budget would rise by 4%.",
    "Cooki\u0131es and ſhare this: letters that case-insensitive matching folds",
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
    "The council of Varnia met on Monday and agreed a budget.",
    "COPYRİGHT 2031 the Varnia Newsource",
]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_words_keep_the_prefilter_answer(line: str) -> None:
    assert relations._may_credit(line) == (relations._credit_prefilter().search(line) is not None)
