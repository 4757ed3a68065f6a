"""The place of a toll's figures in shapes a probe round on real pages of disasters and outbreaks
found wrong. The events are invented; the places are real where a rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_country_the_tagger_calls_a_person_is_the_tolls_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model tags "Malawi" as a person's name: the toll's place must not become the other
    # country named next
    text = ("The death toll in Malawi from tropical storm Orla has jumped to 140 from 61 reported previously, "
            "the disaster agency said on Tuesday.\n\n"
            "Orla has left a trail of destruction in Malawi and Mozambique after it made landfall again.\n\n"
            "As heavy rains continued, 412 people have been injured and 23 are still missing, the agency said.")
    claims = _claims(nlp, text, title="Storm toll jumps")
    for value in (140, 61, 412, 23):
        assert _at(claims, value).location == "Malawi", _why(claims)


def test_a_country_named_like_a_person_who_speaks_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jordan said 12 people had been rescued from the river near Kestrel Falls on Sunday."
    claims = _claims(nlp, text, title="Twelve rescued")
    assert _at(claims, 12).location != "Jordan", _why(claims)
