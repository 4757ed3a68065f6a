"""Regions: first-level (and second-level) subdivisions of every country, from ISO 3166-2 (pycountry).

Region names are real gazetteer data; the sentences around them are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from dossier.extract.claims import extract_claims
from dossier.extract.places import is_primary_name, resolve_place
from dossier.model import Article, PublishedDate
from dossier.settings import Settings


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Kerala", "IN"),
        ("Sindh", "PK"),
        ("Balochistan", "PK"),
        ("Hatay", "TR"),
        ("Rio Grande do Sul", "BR"),
        ("Dagestan", "RU"),
        ("Bavaria", "DE"),  # the English form the package ships
        ("Al Haouz", "MA"),
        ("Al Hawz", "MA"),  # another transliteration of the same province
        ("the Kursk region", "RU"),  # "Kurskaya oblast'": an adjectival name read as "X region"
        ("Kursk Oblast", "RU"),
        ("Kharkiv region", "UA"),  # "Kharkivska oblast"
        ("Odesa Oblast", "UA"),  # "Odeska oblast"
        ("Zaporizhzhia region", "UA"),  # "Zaporizka oblast"
        ("Herat province", "AF"),
        ("Ishikawa Prefecture", "JP"),
        ("the province of Hatay", "TR"),
    ],
)
def test_a_subdivision_is_a_region_of_its_country(name: str, iso: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country == iso and place.kind == "region", place


def test_a_region_named_after_a_city_keeps_its_point_others_have_none() -> None:
    kursk, city = resolve_place("Kursk region"), resolve_place("Kursk")
    assert kursk is not None and city is not None and city.kind == "city"
    assert (kursk.latitude, kursk.longitude) == (city.latitude, city.longitude)
    kerala = resolve_place("Kerala")
    assert kerala is not None and kerala.latitude is None and kerala.longitude is None  # the map shades India


def test_the_article_s_countries_settle_a_name_of_places_in_several_countries() -> None:
    assert resolve_place("Valencia").country == "VE"  # type: ignore[union-attr]  # the most populous
    spain = resolve_place("Valencia", frozenset({"ES"}))
    assert spain is not None and spain.country == "ES"
    assert resolve_place("Punjab", frozenset({"PK"})).country == "PK"  # type: ignore[union-attr]
    assert resolve_place("Punjab", frozenset({"IN"})).country == "IN"  # type: ignore[union-attr]
    # countries are never changed by the context
    assert resolve_place("Georgia", frozenset({"US"})).kind == "country"  # type: ignore[union-attr]


def test_countries_states_and_capitals_keep_their_priority() -> None:
    assert resolve_place("Georgia").kind == "country"  # type: ignore[union-attr]
    texas = resolve_place("Texas")
    assert texas is not None and texas.kind == "state" and texas.country == "US"
    washington = resolve_place("Washington")
    assert washington is not None and washington.kind == "city" and washington.country == "US"
    assert resolve_place("Gaza").kind == "city"  # type: ignore[union-attr]  # not Mozambique's province


@pytest.mark.parametrize("name", ["Central", "North West", "Capital", "Upper East", "Free", "Unity", "kerala", "Wes"])
def test_generic_words_lower_case_and_short_names_are_no_region(name: str) -> None:
    place = resolve_place(name)
    assert place is None or place.kind != "region", place


def test_a_region_s_name_is_a_primary_name_only_when_capitalised() -> None:
    assert is_primary_name("Kerala") and is_primary_name("Sindh")
    assert not is_primary_name("kerala")


def _claims(nlp: Any, text: str, title: str) -> list[Any]:
    art = Article(id="a", source="a.txt", text=text, title=title,
                  published=PublishedDate(date="2025-05-12", basis="explicit"))
    return list(extract_claims(art, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings()))


def test_a_figure_in_a_region_is_placed_there(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Officials said on Friday that at least 29 people had died in the Kerala floods this week.",
                     title="Heavy rain batters southern India")
    c = next(c for c in claims if c.value == 29)
    assert c.location == "Kerala" and c.location_basis == "stated", c


def test_a_region_name_is_taken_whole_past_its_link_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The civil defense said on Thursday that the number of dead from floods in Brazil's Rio Grande do Sul "
            "state had reached 26, and that 9 people remained missing.")
    claims = _claims(nlp, text, title="Brazil floods: 26 dead")
    for value in (26, 9):
        c = next(c for c in claims if c.value == value)
        assert c.location == "Rio Grande do Sul", (c.text, c.location, c.location_basis, c.location_from)


def test_a_city_of_the_country_the_title_names_is_the_article_s_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Valencia" is most populous in Venezuela; in a story that names Spain it is the Spanish city
    text = "Water levels rose in the eastern city of Valencia on Saturday. Officials said at least 33 people were killed."
    claims = _claims(nlp, text, title="Dozens dead as floods hit Spain")
    c = next(c for c in claims if c.value == 33)
    assert c.location == "Valencia", (c.text, c.location, c.location_basis, c.location_from)
