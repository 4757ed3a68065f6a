"""A running toll of troops abroad against the place of its latest death: "bringing to 44 the number of
troops killed in Varnia", "the toll has reached 340, the latest of whom died in Brask district",
"with the latest soldier killed in Brask". The events are invented; the places are real where a
rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_toll_brought_to_n_is_placed_by_its_own_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kenyan troops in Somalia came under attack again this week, and three soldiers were wounded.\n\n"
            "A soldier was killed in Kismayo on Friday, bringing to 44 the number of Kenyan troops killed in Somalia "
            "since 2011.")
    claims = _claims(nlp, text, title="Ruritanian soldier killed in Somalia")
    assert _at(claims, 44).location == "Somalia", _why(claims)


def test_the_latest_of_whom_died_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ruritanian troops deployed in Somalia have suffered heavy losses this year, the defence ministry said.\n\n"
            "The toll of Ruritanian soldiers has reached 340, the latest of whom died in Afmadow district on Tuesday.")
    claims = _claims(nlp, text, title="Toll of troops in Somalia rises")
    assert _at(claims, 340).location == "Somalia", _why(claims)


def test_with_the_latest_soldier_killed_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ruritanian troops have lost 42 men in Somalia this year, with the latest soldier killed in Gedo region "
            "on Friday, the army said.")
    claims = _claims(nlp, text, title="Army counts its losses")
    assert _at(claims, 42).location == "Somalia", _why(claims)


def test_peacekeepers_from_a_country_are_not_placed_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Fifteen peacekeepers from Chad were killed in an ambush in northern Mali, the UN said on Sunday.\n\n"
            "Twenty peacekeepers from Chad were wounded, the mission said.")
    claims = _claims(nlp, text, title="UN peacekeepers killed in ambush")
    assert "Mali" in (_at(claims, 15).location or ""), _why(claims)
    assert "Mali" in (_at(claims, 20).location or ""), _why(claims)
