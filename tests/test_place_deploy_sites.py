"""The place of a figure on pages about troops deployed abroad and their losses, in shapes a probe
round on real pages found wrong: an operation's name or a base named by the body that holds it read
as the place, a typo or a stray full stop read as a place, and regions that are no subdivision of
their own (a disputed region). The events are invented; the places are real where a rule needs the
gazetteer."""

from __future__ import annotations

from dossier.extract.places import resolve_place
from tests.claims_helpers import claim_of_value as _at
from tests.claims_helpers import place_claims as _claims
from tests.claims_helpers import place_why as _why


def test_an_operations_name_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Norwegian defence ministry announced three of its soldiers were killed in "
            "Operation Iron Gate in northern Iraq.\n\n"
            "Some 70 soldiers have been killed in the region of the Iron Gate Operation in northern Iraq since April, "
            "the ministry said.\n\n"
            "The ministry said in July that nearly 300 militants had been killed so far in the Iron-Gate operation zone.")
    claims = _claims(nlp, text, title="Three soldiers killed, ministry says")
    assert _at(claims, 3).location == "northern Iraq", _why(claims)
    assert _at(claims, 70).location == "northern Iraq", _why(claims)
    assert "Iron" not in (_at(claims, 300).location or ""), _why(claims)


def test_a_base_named_by_the_body_that_holds_it_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Twelve Ruritanian peacekeepers were killed in Monday's attack by gunmen on an African Union (AU) base "
            "in Somalia, Ruritania's army said on Tuesday.\n\n"
            "Thirty soldiers were also wounded, it said in a statement.")
    claims = _claims(nlp, text, title="Peacekeepers killed in attack on AU base")
    assert _at(claims, 12).location == "Somalia", _why(claims)
    assert _at(claims, 30).location == "Somalia", _why(claims)


def test_a_lowercase_typo_and_a_stray_stop_are_no_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The ministry now says 46 troops have been hurt in strikes on bases in Iraq over four weeks, "
            "most in a 2-day spain in mid-October.\n\n"
            "A spokesman said in November that 21 troops were hurt in strikes on Oc. 17 and 18 at a garrison "
            "in Iraq.")
    claims = _claims(nlp, text, title="Troops injured in attacks on bases")
    assert _at(claims, 46).location == "Iraq", _why(claims)
    assert _at(claims, 21).location == "Iraq", _why(claims)


def test_a_region_with_no_subdivision_of_its_own_is_a_place_of_its_country() -> None:
    for name, iso in (("Nagorno-Karabakh", "AZ"), ("Upper Karabakh", "AZ"), ("Donbas", "UA"), ("Gaza Strip", "PS"),
                      ("Crimea", "UA"), ("Kurdistan Region", "IQ")):
        place = resolve_place(name)
        assert place is not None and place.country == iso and place.kind == "region", name


def test_a_war_named_after_a_region_is_where_the_soldiers_fell(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A total of 1,400 Ruritanian soldiers were killed in the Nagorno-Karabakh war, the defence ministry "
            "said on Thursday.")
    claims = _claims(nlp, text, title="Ministry publishes war losses")
    assert _at(claims, 1400).location == "Nagorno-Karabakh", _why(claims)


def test_a_describing_adjective_and_a_campaigns_noun_are_no_part_of_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Two Ruritanian peacekeepers died in a raid on their camp in South Sudan's troubled "
            "Jonglei state, officials said.\n\n"
            "Ruritania is the biggest non-NATO donor of forces to the Afghanistan campaign, with 1,550 troops.")
    claims = _claims(nlp, text, title="Peacekeepers killed")
    assert _at(claims, 2).location == "Jonglei state", _why(claims)
    assert _at(claims, 1550).location == "Afghanistan", _why(claims)


def test_a_gulfs_name_is_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Two sailors were killed when a helicopter crashed on the deck of a destroyer in the Red Sea, the navy "
            "said.\n\nSeparately, rebels said they had fired 12 missiles at ships in the Gulf of Aden.")
    claims = _claims(nlp, text, title="Sailors killed in helicopter crash")
    assert _at(claims, 12).location == "Gulf of Aden", _why(claims)


def test_a_missions_name_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("At least eight Ruritanian peacekeepers were killed on Sunday in an attack on a UN camp in northern Mali, "
            "a source close to the mission said.\n\n"
            "Set up in 2013, the Minusma, which counts some 12,500 soldiers and police, had lost over "
            "160 peacekeepers.")
    claims = _claims(nlp, text, title="Peacekeepers killed in Mali")
    for value in (12500, 160):
        assert _at(claims, value).location != "Minusma", _why(claims)


def test_a_peoples_name_before_civilians_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Two Ruritanian peacekeepers died in an attack on a UN compound in the town of Akobo, the ministry said.\n\n"
            "A UN spokesman said the gunmen had been hunting 32 Dinka civilians sheltering inside the compound.")
    claims = _claims(nlp, text, title="Peacekeepers killed in S Sudan attack")
    assert _at(claims, 32).location != "Dinka", _why(claims)


def test_a_countrys_own_operation_zone_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Three Ruritanian soldiers were killed during an operation in northern Iraq, the ministry said on Monday.\n\n"
            "Two others were wounded in an attack by militants in Ruritania's Operation Claw-Hold zone.")
    claims = _claims(nlp, text, title="Three soldiers killed")
    assert "Operation" not in (_at(claims, 2).location or ""), _why(claims)


def test_a_capitals_description_is_no_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "At least six Ruritanian soldiers died in an ambush near Somali capital Mogadishu, a police officer told reporters."
    claims = _claims(nlp, text, title="Soldiers killed in attack")
    assert _at(claims, 6).location == "Mogadishu", _why(claims)
