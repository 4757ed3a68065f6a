"""A peace or security mission named after its country stands for that country when the page
names no other place, or names a place in another country (the events are invented)."""

from __future__ import annotations

from dossier.extract.places import mission_country
from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_missions_short_name_gives_its_country() -> None:
    assert mission_country("UNIFIL") == "Lebanon"
    assert mission_country("the European Union Training Mission in Mali") == "Mali"
    assert mission_country("Red Cross") is None


def test_a_page_that_names_only_the_mission_is_in_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("MINUSMA said four blue helmets were killed and seven hurt when their convoy drove over a "
            "roadside bomb on Thursday.")
    claims = _claims(nlp, text)
    for value in (4, 7):
        assert _at(claims, value).location == "Mali", _why(claims)


def test_a_mission_named_in_a_story_placed_in_another_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Israel said its forces had struck dozens of targets overnight.\n\n"
            "UNIFIL said three of its peacekeepers were lightly hurt when a shell landed near their watchtower.")
    claims = _claims(nlp, text, title="Israel steps up strikes as fighting spreads")
    assert _at(claims, 3).location == "Lebanon", _why(claims)
