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
        ("The death toll in Tessmark reached 1800 by Wednesday.", 1800),
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
        "Gales struck on the 21st and 22nd of April.",
        "The fair runs March 3-5 in Varnholt.",
        "The market was held on October 21, 22 and 23.",
        "Talks were held on 14 and 15 December.",
        "The ballot is planned for April 8 or 9.",
        "Meetings on August 21, 22, and 23 ended calmly.",
        "Storms hit on Dec. 14 and 15.",
        "On 7, 8 and 9 August, the envoys met.",
    ],
)
def test_days_of_a_month_are_no_figures(text: str) -> None:
    assert values(text) == []


def test_day_list_keeps_real_figures() -> None:
    assert values("On October 21, 22 people were injured in Tessmark.") == [22]
    assert values("From May 3, 4,000 people have fled Quillmoor.") == [4000]
    assert values("On May 3 and 4 people died.") == [4]
    assert values("On August 21, 22 and 23 wounded were carried in.") == [23]


def test_only_one_counted() -> None:
    assert values("Only one person was injured in Tessmark, police said.") == [1]
    assert values("She was the only one who stayed.") == []
    assert values("It was his only one chance.") == []


def test_a_number_after_a_told_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A rescuer told the Tessmark Ledger 37 bodies lay in the rubble."
    assert [q.value for q in find_quantities(text, nlp(text))] == [37]
    text = "The Boeing 737 jets were grounded."
    assert [q.value for q in find_quantities(text, nlp(text))] == []


@pytest.mark.parametrize(
    "text",
    [
        "In Tessmark the toll mounted from 76 to 93.",
        "The toll swelled from 98 to 112 overnight.",
        "Infections doubled from 76 to 152 within days.",
        "The count spiked from 98 to 112.",
        "The toll climbed from 98 to 112.",
    ],
)
def test_change_from_to_is_no_range(text: str) -> None:
    assert [(q.value, q.link) for q in find_quantities(text)][-1][1] == "to"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Five pupils aged from one to 11 were killed in Tessmark.", ["number", "age"]),
        ("Children aged 5 to 12 were hurt.", ["age"]),
        ("Reservists between the ages of 20 and 55 were mobilised.", ["age", "age"]),
        ("A girl aged 9 and 240 others were saved.", ["age", "number"]),
    ],
)
def test_ages_after_aged(text: str, kinds: list[str]) -> None:
    assert [q.kind for q in find_quantities(text)] == kinds


def test_change_verb_a_few_words_before_from() -> None:
    found = find_quantities("The new law raised the number of council seats from 48 to 90.")
    assert [(q.value, q.link) for q in found] == [(48, "from"), (90, "to")]
    found = find_quantities("Prices in Quillmoor ranged from 65 to 125.")
    assert [(q.low, q.high) for q in found] == [(65, 125)]


def test_thousands_grouped_by_spaces_are_one_number() -> None:
    """Fictional: '14 572 troops' (a regular or no-break space) is one figure; a day or an age before
    a figure is not joined to it ('On May 5 300 people', 'aged 5 300 others')."""
    from dossier.extract.quantities import find_quantities

    def values(text: str) -> list[float | None]:
        return [q.value for q in find_quantities(text)]

    assert values("Drevo said 14 572 Tessmarkian troops had died.") == [14572]
    assert values("Losses reached 1\u00a0220 troops on Monday.") == [1220]
    assert values("On May 5 300 people fled Brask.") == [300]
    assert 5300 not in values("A boy aged 5 300 others fled Brask.")
