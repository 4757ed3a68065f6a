"""Shared test fixtures: paths to ../shared, the spaCy model, and real articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("DOSSIER_SHARED", ROOT.parent / "shared")).resolve()
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


def need_shared(path: Path) -> None:
    """Skip the calling test, with a clear reason, when ../shared is not beside the clone."""
    if not path.exists():
        pytest.skip(
            f"{path} is not present: this test reads the shared seeds/evaluation data in place "
            "(CI has them beside the clone; set DOSSIER_SHARED to point elsewhere)."
        )


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    need_shared(SEEDS)
    return SEEDS


@pytest.fixture(scope="session")
def data_dir() -> Path:
    need_shared(DATA)
    return DATA


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from dossier.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def settings():  # type: ignore[no-untyped-def]
    from dossier.settings import Settings

    return Settings(progress="never")


@pytest.fixture(scope="session")
def seed_dossier(seeds_dir, settings):  # type: ignore[no-untyped-def]
    """The full dossier of the five seed articles, built once per test session."""
    from dossier.pipeline import build_dossier

    return build_dossier(seeds_dir, settings=settings)


@pytest.fixture(scope="session")
def example_dossier(settings):  # type: ignore[no-untyped-def]
    """The full dossier of the bundled fictional example corpus, built once per session."""
    from dossier.pipeline import build_dossier

    return build_dossier(EXAMPLES, settings=settings)
