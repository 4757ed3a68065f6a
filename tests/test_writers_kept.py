"""The output writers with kept fragments (`write_outputs(..., fragments=cache)`, what `dossier build`
and `dossier add` use) against the writers without them: the same files, byte for byte and row
for row, whether the fragments are new, all kept, or kept for all records but a changed one.

The dossier is built from the fictional multi-story folder ``tests/fixtures/stories/mixed``.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dossier.cache import AnalysisCache
from dossier.model import Dossier
from dossier.present.report import write_dossier_report
from dossier.settings import Settings
from dossier.store import write_outputs

MIXED = Path(__file__).parent / "fixtures" / "stories" / "mixed"


@pytest.fixture(scope="module")
def mixed() -> Dossier:
    from dossier.pipeline import build_dossier

    return build_dossier(MIXED, settings=Settings(progress="never"))


def _tables(out: Path) -> dict[str, Any]:
    """Every table of the search index and of DuckDB, its rows in the order a scan gives them."""
    got: dict[str, Any] = {}
    with sqlite3.connect(out / "search.sqlite") as conn:
        for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            got["search:" + t] = conn.execute(f'SELECT * FROM "{t}"').fetchall()
    db = duckdb.connect(str(out / "dossier.duckdb"), read_only=True)
    try:
        for (t,) in db.execute("SELECT table_name FROM information_schema.tables ORDER BY table_name").fetchall():
            got["duckdb:" + t] = db.execute(f'SELECT * FROM "{t}"').fetchall()
    finally:
        db.close()
    return got


def _write(dossier: Dossier, out: Path, cache: AnalysisCache | None) -> tuple[bytes, bytes, dict[str, Any]]:
    write_outputs(dossier, out, write_report=lambda d, p, **kw: write_dossier_report(d, p, fragments=cache, **kw), fragments=cache)
    return (out / "dossier.json").read_bytes(), (out / "report.html").read_bytes(), _tables(out)


def _changed(dossier: Dossier) -> Dossier:
    """The dossier with one article's title changed (its record, its story's part and words)."""
    first = dossier.articles[0]
    articles = (dataclasses.replace(first, title=(first.title or "") + " (updated)"), *dossier.articles[1:])
    return dataclasses.replace(dossier, articles=articles)


def test_kept_fragments_give_the_same_files(mixed: Dossier, tmp_path: Path) -> None:
    assert len(mixed.stories) > 1  # the story parts are cut and kept per story
    plain = _write(mixed, tmp_path / "plain", None)
    with AnalysisCache(tmp_path / "kept") as cache:
        assert _write(mixed, tmp_path / "kept", cache) == plain  # nothing kept yet: every fragment made
        rows = cache.conn.execute("SELECT count(*) FROM texts").fetchone()[0]
        assert rows >= len(mixed.articles) + len(mixed.stories)
        assert _write(mixed, tmp_path / "kept", cache) == plain  # every fragment read back
        changed = _changed(mixed)
        # one record changed: its row and its story's part made again, the rest read back
        assert _write(changed, tmp_path / "kept", cache) == _write(changed, tmp_path / "plain2", None)
        assert cache.conn.execute("SELECT count(*) FROM texts").fetchone()[0] > rows


def test_kept_fragments_are_pruned_with_the_cache(mixed: Dossier, tmp_path: Path) -> None:
    with AnalysisCache(tmp_path / "out") as cache:
        _write(mixed, tmp_path / "out", cache)
        cache.used.clear()
        cache.used_texts.clear()
        _write(_changed(mixed), tmp_path / "out", cache)
        before = cache.conn.execute("SELECT count(*) FROM texts").fetchone()[0]
        cache.prune()  # within the slack: nothing dropped
        assert cache.conn.execute("SELECT count(*) FROM texts").fetchone()[0] == before
        cache.texts_slack = 1.0
        cache.prune()  # the fragments of the first dossier's changed records are dropped
        after = cache.conn.execute("SELECT count(*) FROM texts").fetchone()[0]
        assert 0 < after < before
        cache.used.clear()
        cache.used_texts.clear()
        assert _write(_changed(mixed), tmp_path / "out", cache) == _write(_changed(mixed), tmp_path / "plain", None)
