"""The public API is exactly what ``dossier.__all__`` lists."""

from __future__ import annotations

import dossier


def test_all_names_exist() -> None:
    for name in dossier.__all__:
        assert hasattr(dossier, name), name


def test_all_is_sorted_and_unique() -> None:
    assert list(dossier.__all__) == sorted(set(dossier.__all__))
