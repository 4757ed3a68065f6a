"""A toll told again with its place places the lead whatever number word tells it: the value of
"seven" or "twelve" is read from the quantities' table of number words. The events are invented;
the country is real because the rule needs the gazetteer."""

from __future__ import annotations

import pytest

from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


@pytest.mark.parametrize("word, n", [("four", 4), ("seven", 7), ("twelve", 12)])
def test_a_toll_told_again_with_its_place_places_the_lead_for_any_number_word(nlp, word: str, n: int) -> None:  # type: ignore[no-untyped-def]
    text = (f"A dawn drone raid on a desert outpost killed {n} soldiers and left 23 more hurt, "
            "officials said.\n\n"
            "Armed groups active on both sides of the border were blamed, and such groups have "
            "targeted the outpost before.\n\n"
            f"The army said {word} soldiers were killed and 23 hurt when the drones hit a base in Jordan.")
    claims = _claims(nlp, text, title="Soldiers killed in drone raid")
    lead = [c for c in claims if c.start < text.index("Armed groups")]
    assert lead and {c.location for c in lead} == {"Jordan"}, _why(claims)


def test_a_number_word_has_its_value_for_the_repeated_toll_rule(nlp) -> None:  # type: ignore[no-untyped-def]
    from dossier.extract.claims.place import _num_value

    doc = nlp("seven twelve twenty 1,200 both")
    assert [_num_value(t) for t in doc] == [7, 12, 20, 1200, None]
