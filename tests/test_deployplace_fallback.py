"""Last resorts for a place on pages about a force's losses: a town the tagger reads as a people
after "near", the place the wounded were flown to, a headline's base owned by a country, the one
nationality of the page's own soldiers when nothing else places the page (the events are invented)."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_town_read_as_a_people_after_near_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Four peacekeepers were killed and three wounded on Sunday when their convoy was ambushed near "
            "Kidal, the mission said.")
    claims = _claims(nlp, text, title="Convoy ambushed, four peacekeepers dead")
    assert _at(claims, 4).location == "Kidal", _why(claims)


def test_where_the_wounded_were_flown_is_not_where_they_were_hurt(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Six soldiers were hurt on Friday when rockets hit an air base in western Iraq, an official said.\n\n"
            "Two of the wounded were flown to Germany for treatment.")
    claims = _claims(nlp, text, title="Attack on US base wounds soldiers")
    assert "Iraq" in (_at(claims, 2).location or ""), _why(claims)


def test_the_one_nationality_of_the_pages_own_soldiers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Three Lebanese soldiers were killed on Tuesday when a drone struck their truck at a checkpoint, "
            "the army said.\n\n"
            "The Lebanese army has lost more than 40 soldiers since the fighting began last year.")
    claims = _claims(nlp, text, title="Drone strike kills three soldiers, army says")
    for value in (3, 40):
        assert _at(claims, value).location == "Lebanon", _why(claims)


def test_peacekeepers_nationality_is_not_where_they_serve(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two Sri Lankan peacekeepers were hurt on Friday when a shell hit their watchtower, the force said."
    claims = _claims(nlp, text, title="Shell hurts two peacekeepers")
    assert _at(claims, 2).location != "Sri Lanka", _why(claims)
