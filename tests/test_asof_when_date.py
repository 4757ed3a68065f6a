"""A stamp whose day is glued to its month ("10Dec 2017") dates the page, and a "when" clause after a
date ("the worst loss since June 1993, when 22 soldiers were killed") is that date's even when
the parser hangs the clause on the noun before. Fictional page in the shape of a scraped regional
paper."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims

PAGE = (
    "Ruritanian blue helmets: 15 now dead after raid\n"
    "10Dec 2017\n"
    "At least 15 Ruritanian soldiers are now known to have died in the raid on their camp in Borduria, "
    "and over 50 were hurt, the army told the press yesterday.\n\n"
    "A mission spokesman, Ivo Marr, called it the worst loss the blue helmets had suffered since June 1993, "
    "when 22 Ruritanian soldiers were killed in the Bordurian capital.\n"
)


def test_a_stamp_with_its_day_glued_to_the_month_dates_the_page() -> None:
    art, _ = page_claims(PAGE)
    assert art.published is not None and art.published.date == "2017-12-10"
    assert "10Dec" not in art.text


def test_a_when_clause_after_a_date_is_that_dates_own() -> None:
    art, claims = page_claims(PAGE)
    assert claim_at(art, claims, "22 Ruritanian").as_of == "1993-06"
    assert claim_at(art, claims, "15 Ruritanian").as_of == "2017-12-09"  # "told the press yesterday", 10 Dec
