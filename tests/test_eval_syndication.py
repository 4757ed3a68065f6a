"""Test of ``dossier eval syndication``: PolNeAR's ``wire`` column (read in place from ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.evaluation.syndication import evaluate


@pytest.fixture(scope="module")
def figures(data_dir: Path) -> dict[str, object]:
    polnear = data_dir / "polnear"
    if not polnear.exists():
        pytest.skip(f"{polnear} is not present")
    return evaluate(polnear)


def test_wire_copies_detected_on_dev_and_test(figures: dict[str, object]) -> None:
    # measured: dev 6/6 found, 0 false; test 8/9 found, 0 false; all wire names right
    assert figures["dev_wire_copies"] == 6 and figures["test_wire_copies"] == 9
    assert float(figures["all_precision"]) >= 0.95  # type: ignore[arg-type]
    assert float(figures["all_recall"]) >= 0.9  # type: ignore[arg-type]
    assert float(figures["all_f1"]) >= 0.93  # type: ignore[arg-type]
    assert float(figures["dev_f1"]) >= 0.95  # type: ignore[arg-type]
    assert figures["all_wire_name_accuracy"] == 1.0
