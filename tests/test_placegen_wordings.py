"""The place rules hold for the family of wordings a reporter uses, not only for the words a rule was
first written on: each case is tried with several wordings of one construction. The events, people
and small places are invented; the big places are real where a rule needs the gazetteer."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


@pytest.mark.parametrize("link", ["when", "after", "as", "while"])
@pytest.mark.parametrize("blow", ["an air raid struck a home", "a blast tore through a market", "shells hit a school"])
def test_the_blow_that_harmed_the_counted_gives_their_place(nlp, link: str, blow: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Heavy fighting was reported across northern Iraq on Friday.\n\n"
            f"At least 14 people were hurt {link} {blow} in the Dallen neighbourhood of Mosul.")
    claims = _claims(nlp, text)
    assert "Dallen" in (_at(claims, 14).location or ""), _why(claims)


@pytest.mark.parametrize("link", ["after", "since"])
def test_what_the_counted_did_before_is_still_another_event(nlp, link: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Heavy rain fell across Iraq on Friday.\n\n"
            f"Some 40 people have died {link} fleeing their homes in Mosul, officials said.")
    claims = _claims(nlp, text)
    assert _at(claims, 40).location != "Mosul", _why(claims)
