"""A country's name with "of the" in it that the tagger cuts short ("neighbouring Democratic Republic
of the Congo (DRC)" tagged only up to "Republic") is read whole. The events are invented; the
country is real because the rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_a_name_with_of_the_cut_short_by_the_tagger_is_read_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ruritania's army says 15 of its men died when gunmen overran a camp in neighbouring Democratic "
            "Republic of the Congo (DRC), and 50 more were hurt.\n\n"
            "President Ivo Marr mourned 14 Ruritanian blue helmets who fell at an outpost in eastern Democratic "
            "Republic of the Congo (DRC).")
    claims = _claims(nlp, text, title="Ruritanian peacekeepers killed")
    for value in (15, 50, 14):
        assert _at(claims, value).location in ("Democratic Republic of the Congo", "Democratic Republic of Congo",
                                               "eastern Democratic Republic of the Congo"), _why(claims)
