"""TempEval-3 platinum: the time-expression tagger keeps its measured quality."""

from __future__ import annotations

import pytest

from dossier.evaluation.timex import evaluate, read_timeml


@pytest.fixture(scope="module")
def platinum(data_dir):  # type: ignore[no-untyped-def]
    folder = data_dir / "tempeval3"
    if not (folder / "te3-platinum").exists():
        pytest.skip(f"{folder}/te3-platinum is not present")
    return evaluate(folder, split="test")


def test_platinum_counts(platinum) -> None:  # type: ignore[no-untyped-def]
    assert platinum["docs"] == 20
    assert platinum["gold"] == 138


def test_platinum_quality_floors(platinum) -> None:  # type: ignore[no-untyped-def]
    # measured (`dossier eval timex`): value F1 0.844, relaxed F1 0.933, strict F1 0.889, type F1 0.911
    assert platinum["relaxed_f1"] >= 0.91
    assert platinum["strict_f1"] >= 0.87
    assert platinum["value_f1"] >= 0.82  # HeidelTime, best in TempEval-3: 0.7761
    assert platinum["type_f1"] >= 0.89


def test_gold_offsets_point_at_the_words(data_dir) -> None:  # type: ignore[no-untyped-def]
    path = data_dir / "tempeval3" / "te3-platinum" / "AP_20130322.tml"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    doc = read_timeml(path)
    assert doc.dct == "2013-03-22"
    assert doc.gold and all(doc.text[g.start : g.end] == g.text for g in doc.gold)
    assert "<" not in doc.text
