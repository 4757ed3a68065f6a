"""Quantities: shapes seen on news pages (fictional sentences): a bare 4-digit count after a value verb,
hyphenated written magnitudes, and days of a month listed together."""

from __future__ import annotations

import pytest

from dossier.extract.quantities import find_quantities


def values(text: str) -> list[float | None]:
    return [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The death toll in Varnholt reached 1700 on Monday.", 1700),
        ("The number of victims has reached 1700 people.", 1700),
        ("The toll in Quillmoor rose to 1850 overnight.", 1850),
        ("The tally climbed to 2050 by evening.", 2050),
        ("Casualties mounted to 1620 after the storm.", 1620),
        ("The count stood at 1900 on Friday.", 1900),
        ("Arrivals hit 1750 last week.", 1750),
        ("Deaths have now passed 1600, medics said.", 1600),
        ("The figure exceeded 2100 for the first time.", 2100),
        ("Applications topped 1800 in the first hour.", 1800),
        ("Officials counted 1700 dead in Ostrava Minor.", 1700),
        ("Some 1900 soldiers crossed the river.", 1900),
        ("A further 2000 troops were sent.", 2000),
        ("The toll reached nearly 1700.", 1700),
        ("The death toll in Varnholt is now 1700.", 1700),
        ("The toll was 1700 on Monday.", 1700),
        ("The number of dead totalled 1700.", 1700),
        ("A total of 1700 people died.", 1700),
        ("The 1700-strong garrison left.", 1700),
    ],
)
def test_four_digit_count_is_no_year(text: str, value: float) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the town of Varnholt grew.",
        "Since 1999 the bridge has stood.",
        "The 2015 quake flattened the market.",
        "The toll reached its peak in 2021.",
        "Exports rose to a record in 2019.",
        "The plan dates back to 1850.",
        "The dam was built by 1900.",
        "The ferry service reached 2030 targets early.",
        "In 1700 people lived there.",
        "The bill passed 2030 deadline talks.",
        "The figure for 1999 was lower.",
        "The 2019-2020 season ended.",
    ],
)
def test_years_stay_dates(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 27-hundred people fled Varnholt.", 2700),
        ("Twenty-seven hundred people fled Varnholt.", 2700),
        ("About four-thousand-100 troops were moved.", 4100),
        ("Nearly 15-thousand troops were moved.", 15000),
        ("About twenty-seven-hundred people fled.", 2700),
    ],
)
def test_hyphenated_magnitudes(text: str, value: float) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "On December 14 and 15, storms hit Quillmoor.",
        "Storms hit on the 14th and 15th of May.",
        "The fair runs March 3-5 in Varnholt.",
        "The fair ran on December 14, 15 and 16.",
        "Talks were held on 14 and 15 December.",
        "The vote is set for May 3 or 4.",
        "Talks on June 14, 15, and 16 went well.",
        "Storms hit on Dec. 14 and 15.",
        "On 3, 4 and 5 June, talks were held.",
    ],
)
def test_days_of_a_month_are_no_figures(text: str) -> None:
    assert values(text) == []


def test_day_list_keeps_real_figures() -> None:
    assert values("On December 14, 15 people were hurt in Varnholt.") == [15]
    assert values("From May 3, 4,000 people have fled Quillmoor.") == [4000]
    assert values("On May 3 and 4 people died.") == [4]
    assert values("On June 14, 15 and 16 injured were brought in.") == [16]


def test_only_one_counted() -> None:
    assert values("Officials said only one person was hurt in Varnholt.") == [1]
    assert values("She was the only one who stayed.") == []
    assert values("It was his only one chance.") == []


def test_a_number_after_a_told_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman told the Quillmoor Herald 41 bodies had been found."
    assert [q.value for q in find_quantities(text, nlp(text))] == [41]
    text = "The Boeing 737 jets were grounded."
    assert [q.value for q in find_quantities(text, nlp(text))] == []


@pytest.mark.parametrize(
    "text",
    [
        "The toll in Varnholt mounted from 98 to 112.",
        "The toll swelled from 98 to 112 overnight.",
        "Cases doubled from 98 to 196 in a week.",
        "The count spiked from 98 to 112.",
        "The toll climbed from 98 to 112.",
    ],
)
def test_change_from_to_is_no_range(text: str) -> None:
    assert [(q.value, q.link) for q in find_quantities(text)][-1][1] == "to"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Seven children aged from one to 12 died in Varnholt.", ["number", "age"]),
        ("Children aged 5 to 12 were hurt.", ["age"]),
        ("Men between the ages of 18 and 60 were called up.", ["age", "age"]),
        ("A boy aged 12 and 300 others were rescued.", ["age", "number"]),
    ],
)
def test_ages_after_aged(text: str, kinds: list[str]) -> None:
    assert [q.kind for q in find_quantities(text)] == kinds


def test_change_verb_a_few_words_before_from() -> None:
    found = find_quantities("The charter raised the number of seats from 65 to 125.")
    assert [(q.value, q.link) for q in found] == [(65, "from"), (125, "to")]
    found = find_quantities("Prices in Quillmoor ranged from 65 to 125.")
    assert [(q.low, q.high) for q in found] == [(65, 125)]


def test_thousands_grouped_by_spaces_are_one_number() -> None:
    """Fictional: '16 291 soldiers' (a regular or no-break space) is one figure; a day or an age before
    a figure is not joined to it ('On May 5 300 people', 'aged 5 300 others')."""
    from dossier.extract.quantities import find_quantities

    def values(text: str) -> list[float | None]:
        return [q.value for q in find_quantities(text)]

    assert values("Orlen said 16 291 Varnian soldiers had been killed.") == [16291]
    assert values("Losses reached 1\u00a0220 troops on Monday.") == [1220]
    assert values("On May 5 300 people fled Brask.") == [300]
    assert 5300 not in values("A boy aged 5 300 others fled Brask.")
