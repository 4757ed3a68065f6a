"""The repository keeps no article text: no committed file shares a run of nine words with a seed
article (read in place from ../shared/seeds). The check a developer runs against the real pages
they read is ``python -m tests.real_text --pages GLOB FILES``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.real_text import real_runs, runs, shared_runs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def _tracked() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    keep = (".py", ".txt", ".md", ".html", ".jsonl", ".json", ".tsv", ".csv", ".j2", ".js", ".css")
    return [ROOT / f for f in out if f.endswith(keep) and (ROOT / f).is_file()]


def test_no_committed_file_shares_nine_words_with_a_seed_article() -> None:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds is not here (a user's clone): nothing to compare with")
    real = real_runs(seeds)
    found = [(p.relative_to(ROOT), line, run) for p in _tracked() for line, run in shared_runs(p, real)]
    assert not found, found[:20]


def test_the_check_finds_a_copied_run_and_ignores_eight_words(tmp_path: Path) -> None:
    real = runs("Rescue crews in the hill town of Varnell dug through mud for a third day on Sunday.")
    copied = tmp_path / "test_x.py"
    copied.write_text('"""Rescue crews in the hill town of Varnell dug through mud (a docstring)."""\n'
                      'TEXT = "Officials said rescue crews in the hill town of Varnell dug on."\n')
    assert [line for line, _ in shared_runs(copied, real)] == [2]
    eight = tmp_path / "test_y.py"
    eight.write_text('TEXT = "rescue crews in the hill town of Varnell went home"\n')
    assert shared_runs(eight, real) == []
