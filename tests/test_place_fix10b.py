"""The place of figures against clutter and asides: a ticker's headline left in a page's text
("Regional ministers meet in Kigali over border row") does not set the story's place; a bracket that
glosses a place just named does not take the figure; a place of an unrelated sentence before does not
leak into "killed in the attack". The events are invented; the places are real where a rule needs
the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_ticker_headline_does_not_set_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Regional ministers meet in Kigali over border row\n\n"
            "Gunmen killed 14 villagers in an overnight raid on a village, officials said on Monday.\n\n"
            "The attackers also wounded 9 people and burned dozens of homes, a local official said.")
    claims = _claims(nlp, text, title="Gunmen kill villagers in overnight raid")
    assert _at(claims, 14).location != "Kigali", _why(claims)
    assert _at(claims, 9).location != "Kigali", _why(claims)


def test_a_deck_naming_the_story_place_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Rescuers search the rubble in Kigali after the storm\n\n"
            "The storm killed 14 people, officials said on Monday.\n\n"
            "Winds tore roofs off hundreds of homes across Kigali, a local official said.")
    claims = _claims(nlp, text, title="Storm kills fourteen")
    assert _at(claims, 14).location == "Kigali", _why(claims)


def test_a_bracket_glossing_the_place_does_not_take_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The floods killed 30 people in Brask district (Tessel in the old province of Kham), officials said."
    claims = _claims(nlp, text, title="Floods kill thirty")
    assert _at(claims, 30).location == "Brask district", _why(claims)


def test_a_capital_named_after_a_comma_is_still_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The storm killed 12 people in the Varnian capital, Brask, officials said."
    claims = _claims(nlp, text, title="Storm kills twelve")
    assert _at(claims, 12).location == "Brask", _why(claims)


def test_an_aside_glossing_a_struck_place_is_not_the_figure_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The quake hit Yushu county (Kyegudo in the traditional Tibetan province of Kham) and killed at least "
            "400 people, officials said.")
    claims = _claims(nlp, text, title="Earthquake strikes")
    assert _at(claims, 400).location == "Yushu county", _why(claims)


def test_the_attack_called_back_takes_its_own_place_not_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Twelve Ruritanian peacekeepers were killed in an attack on a UN base in eastern Congo, the UN said.\n\n"
            "The president said 40 guests had been invited to celebrations in Dodoma which were cancelled.\n\n"
            "At least five Congolese soldiers were also killed in the attack.")
    claims = _claims(nlp, text, title="UN peacekeepers killed")
    assert "Congo" in (_at(claims, 5).location or ""), _why(claims)


def test_a_figure_after_a_placed_one_still_carries_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Floods swept through Varnia this week.\n\n"
            "Twelve people were killed in a landslide in Brask on Monday.\n\n"
            "Nine others were missing.")
    claims = _claims(nlp, text, title="Floods sweep region")
    assert _at(claims, 9).location == _at(claims, 12).location, _why(claims)
