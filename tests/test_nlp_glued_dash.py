"""A wire lead whose dash is a hyphen glued to the next word ("(Agency) -Country's army said"):
the word after it is read as a word of its own, so the country and the sentence's start are
found. The page is invented; the country is real because the rule needs the gazetteer."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims


def test_a_hyphen_glued_after_a_wire_credit_is_a_token_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("VARNELL, March 4 (Newswire) -Burundi's army said on Sunday 14 soldiers had died.")
    words = [t.text for t in doc]
    assert words[words.index(")") + 1:words.index(")") + 3] == ["-", "Burundi"]
    assert any(e.text == "Burundi" and e.label_ == "GPE" for e in doc.ents)


def test_a_minus_and_a_hyphen_inside_a_word_are_untouched(nlp) -> None:  # type: ignore[no-untyped-def]
    words = [t.text for t in nlp("A well-known pass fell to -12 degrees in the 2019-2020 winter.")]
    assert "-12" in words and "well" in words and "known" in words


def _lead_claim(dateline: str):  # type: ignore[no-untyped-def]
    art, claims = page_claims(
        "Burundi says 14 troops died in ambush\n\n"
        f"{dateline} -Burundi's army said on Sunday that 14 of its soldiers were killed "
        "when rebels ambushed a patrol, and that nine others were wounded.\n\n"
        "The army spokesman, Colonel Aldo Merrin, told reporters the patrol had been attacked at dawn.\n")
    return claim_at(art, claims, "14 of its soldiers")


def test_the_body_after_a_glued_hyphen_is_the_source_not_the_dateline() -> None:
    for dateline in ("VARNELL, March 4 (Newswire)", "BUJUMBURA, March 4 (Newswire)"):
        c = _lead_claim(dateline)
        assert c.source is not None and c.source.name == "Burundi's army", (dateline, c.source)


def test_the_country_after_a_glued_hyphen_gives_the_figure_its_place() -> None:
    c = _lead_claim("BUJUMBURA, March 4 (Newswire)")
    assert c.location is not None and "Burundi" in c.location
