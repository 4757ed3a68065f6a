"""Quantities: numbers in digits and words, bounds, ranges, units, and what is not a quantity."""

from __future__ import annotations

import pytest

from dossier.extract.quantities import Quantity, find_quantities


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "written"),
    [
        ("Officials said 8,000 troops arrived.", 8000, "exact", "8,000"),
        ("Nearly 50,000 people fled the city.", 50000, "nearly", "Nearly 50,000"),
        ("As many as 8,000 soldiers are there.", 8000, "up_to", "As many as 8,000"),
        ("Up to 300 houses burned.", 300, "up_to", "Up to 300"),
        ("At least 40 people were killed.", 40, "at_least", "At least 40"),
        ("More than two dozen villages were hit.", 24, "over", "More than two dozen"),
        ("Over 1,200 flights were cancelled.", 1200, "over", "Over 1,200"),
        ("Around 11,000 recruits were trained.", 11000, "about", "Around 11,000"),
        ("Some 3,000 workers walked out.", 3000, "about", "Some 3,000"),
        ("An estimated 600 families were moved.", 600, "about", "An estimated 600"),
        ("Fewer than 20 ships docked.", 20, "under", "Fewer than 20"),
        ("No more than 15 guests came.", 15, "at_most", "No more than 15"),
        ("Almost 900 patients were treated.", 900, "nearly", "Almost 900"),
        ("The fund holds 1.5 million shares.", 1_500_000, "exact", "1.5 million"),
        ("Two hundred and fifty volunteers came.", 250, "exact", "Two hundred and fifty"),
        ("Twenty-five boats sank.", 25, "exact", "Twenty-five"),
    ],
)
def test_values_and_qualifiers(text: str, value: float, qualifier: str, written: str) -> None:
    q = one(text)
    assert q.value == value
    assert q.qualifier == qualifier
    assert q.text == written
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 11,000 and 12,000 troops were sent.", 11000, 12000),
        ("Some 10,000 to 12,000 troops were sent.", 10000, 12000),
        ("There are four to five thousand people.", 4000, 5000),
        ("Prices range from $1 million to $1.25 million.", 1_000_000, 1_250_000),
        ("Analysts expect growth of 4 to 6 per cent.", 4, 6),
        ("Tens of thousands of people marched.", 10_000, 100_000),
        ("Several hundred soldiers deserted.", 300, 900),
    ],
)
def test_ranges_and_vague_amounts(text: str, low: float, high: float) -> None:
    q = one(text)
    assert q.value is None
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Turnout rose to 40% this year.", 40, "percentage"),
        ("The deficit was 3.5 per cent of output.", 3.5, "percentage"),
        ("The bill costs $2bn over a decade.", 2e9, "dollar"),
        ("A £5m grant was agreed.", 5e6, "pound sterling"),
        ("It paid €300,000 in fines.", 300_000, "euro"),
        ("The convoy drove 120 kilometres.", 120, "kilometre"),
        ("Winds reached 155mph overnight.", 155, "mile per hour"),
        ("Oil fell to $52 a barrel.", 52, "dollar per barrel"),
        ("A third of voters stayed home.", 1 / 3, None),
        ("One in five children is affected.", 0.2, None),
    ],
)
def test_units(text: str, value: float, unit: str | None) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_negative_numbers() -> None:
    assert one("The offense finished with minus-5 yards.").value == -5
    assert one("The balance fell to $-50.8bn.").value == pytest.approx(-50.8e9)


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held on 3 November 2024.",
        "The hearing opened at 6:20 a.m. ET on Thursday.",
        "It happened in 2022 and again in 1998.",
        "Troops arrived by the 23rd of October.",
        "Call 555-123-4567 for details.",
        "The match ended 2-2 on aggregate.",
        "Ministers discussed the F-16 deal and the COVID-19 rules.",
        "He lives at Section 427, Row 21.",
        "The ship sailed on Nov. 9, in the 1980s.",
        "The pair spoke on the first day of the third week.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == ()


def test_temperature_and_age_are_marked() -> None:
    temp = one("It was 71.8 F in the afternoon.")
    assert temp.kind == "temperature"
    age = one("The soldier, a 19-year-old recruit, was captured.")
    assert age.kind == "age" and age.value == 19


def test_counted_noun_from_the_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "As many as 6,000 North Korean troops could now be at the front, and more than two dozen villages were taken."
    found = find_quantities(text, nlp(text))
    assert [q.measure for q in found] == ["North Korean troops", "villages"]
    assert found[0].unit == "north korean troop" and found[0].kind == "count"


def test_names_with_numbers_are_not_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Boeing 787 Dreamliner flew 212 passengers, and the new iPhone 11 sells for $749."
    values = [q.value for q in find_quantities(text, nlp(text))]
    assert values == [212, 749]


def test_from_to_pairs_are_linked() -> None:
    found = find_quantities("His weight dropped from 231 pounds to 214 over the summer.")
    assert [(q.value, q.unit, q.link) for q in found] == [(231, "pound-mass", "from"), (214, "pound-mass", "to")]
    assert found[1].linked_value == 231
    # figures that are not joined by "from ... to" stay unlinked
    assert all(q.link is None for q in find_quantities("It rose 5% to 3.65 on Monday."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The fee was PS2.7m last year.", 2.7e6, "pound sterling"),  # ASCII-folded pound sign
        ("Shares fell to Y=5,182 in Tokyo.", 5182, "japanese yen"),  # ASCII-folded yen sign
        ("A laptop costs 1,200€ there.", 1200, "euro"),
        ("Deposits of 7.5 million Danish crowns were taxed.", 7.5e6, "danish krone"),
        ("Chips of sub-7 nanometer size were shown.", 7, "nanometre"),
        ("The 37m (121ft)-long skeleton was rebuilt.", 37, "metre"),
        ("The engine makes 640bhp.", 640, "brake horsepower"),
        ("It has 450 Nm of torque.", 450, "newton metre"),
        ("Gas sold at $2.24 per mmBTU.", 2.24, "dollar per mega british thermal unit"),
        ("A unit rents for $80 per sq m.", 80, "dollar per square metre"),
        ("Revenue was $6.78 billion a year earlier.", 6.78e9, "dollar"),
        ("The neck is 25.5″ long.", 25.5, "inch"),
    ],
)
def test_more_units(text: str, value: float, unit: str) -> None:
    q = find_quantities(text)[0]
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_written_fractions_and_month_ages() -> None:
    fr = [q for q in find_quantities("An ounce is 1/16 of a pint.") if q.kind == "fraction"]
    assert len(fr) == 1 and fr[0].value == pytest.approx(0.0625)
    age = one("Her 18-month-old daughter slept.")
    assert age.kind == "age" and age.unit == "month of age" and age.value == 18


@pytest.mark.parametrize(
    "text",
    [
        "The COVID -19 tests were sent.",
        "She rented a flat at 17 Larkspur Mill Lane in June.",
        "Shares fell during 2022′s rout.",
    ],
)
def test_more_non_quantities(text: str) -> None:
    assert find_quantities(text) == ()


def test_a_slash_without_of_is_not_a_fraction() -> None:
    assert all(q.kind != "fraction" for q in find_quantities("Check the 1/16 deadline."))


def test_count_units_are_normalised(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Some 1,204,000 Americans applied for aid, 12 first-team players quit and the defense allowed 431 rushing yards."
    units = [q.unit for q in find_quantities(text, nlp(text))]
    assert units == ["american", "first-team player", "yard"]


def test_hyphenated_magnitudes() -> None:
    """'15-thousand troops', '4-thousand-100' (a style some outlets use)."""
    from dossier.extract.quantities import find_quantities

    assert [q.value for q in find_quantities("The North sent a total of 15-thousand troops.")] == [15000]
    assert [q.value for q in find_quantities("Another 4-thousand-100 have been injured.")] == [4100]
    assert [q.value for q in find_quantities("More than three-thousand soldiers were wounded.")] == [3000]
    assert [q.value for q in find_quantities("Another four-thousand-100 have been injured.")] == [4100]
