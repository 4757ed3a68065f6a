"""The package type-checks under ``mypy --strict`` (configured in pyproject.toml [tool.mypy])."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    # from the repo root, so that mypy reads pyproject.toml (strict, files = src/dossier)
    monkeypatch.chdir(ROOT)
    stdout, stderr, status = api.run([])
    report = stdout + stderr
    print(report)
    assert status == 0, f"mypy --strict found errors:\n{report}"
