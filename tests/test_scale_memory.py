"""Memory flat in the corpus (issue 14): the streaming paths give what the whole-dossier paths give.

The build reads each story's analyses back from the analysis cache instead of holding every
analysis, the report is written story by story from the records, and the search index and
story tables are cut by story from the records. Each is checked here against the path that
holds everything, on the fictional multi-story folder ``tests/fixtures/stories/mixed``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dossier.cache import AnalysisCache
from dossier.model import Dossier, dossier_to_dict
from dossier import pipeline
from dossier.pipeline import build_dossier
from dossier.present.report import render_report, write_dossier_report
from dossier.settings import Settings
from dossier.store import LazyBody, body_dict, story_slices, story_slices_of, write_search_index

MIXED = Path(__file__).parent / "fixtures" / "stories" / "mixed"
SETTINGS = Settings(progress="never")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    return build_dossier(MIXED, settings=SETTINGS)


@pytest.mark.parametrize("stream_above", [0, 10_000])
def test_a_build_reading_analyses_back_from_the_cache_equals_the_build_holding_them(
    mixed: Dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stream_above: int
) -> None:
    # 0: every folder counts as large (analyses, signals and term bags kept in the cache only)
    monkeypatch.setattr(pipeline, "STREAM_ABOVE", stream_above)
    with AnalysisCache(tmp_path / "out") as cache:
        fresh = build_dossier(MIXED, settings=SETTINGS, cache=cache)
    with AnalysisCache(tmp_path / "out") as cache:
        again = build_dossier(MIXED, settings=SETTINGS, cache=cache)  # every analysis found in the cache
    assert len(mixed.stories) >= 3
    assert dossier_to_dict(fresh) == dossier_to_dict(mixed)
    assert dossier_to_dict(again) == dossier_to_dict(mixed)


def test_story_slices_from_records_equal_story_slices_of_the_dict(mixed: Dossier) -> None:
    from_dict = list(story_slices(body_dict(mixed)))
    from_records = list(story_slices_of(mixed))
    assert len(from_records) == len(mixed.stories) >= 3
    assert from_records == from_dict
    assert all(part["claims"] or part["quotes"] for _s, part, _w in from_records)


def test_report_written_story_by_story_equals_the_rendered_report(mixed: Dossier, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_dossier_report(mixed, path)
    assert path.read_bytes() == render_report(body_dict(mixed)).encode("utf-8")
    assert path.read_text(encoding="utf-8").count('type="text/x-dossier-story"') == len(mixed.stories)


def test_search_index_from_records_equals_the_index_of_the_dict(mixed: Dossier, tmp_path: Path) -> None:
    tables = ("passages", "docs", "article_rows", "articles", "story_meta", "story_parts", "story_words", "meta")
    dumps = []
    for name, body in (("dict", body_dict(mixed)), ("lazy", LazyBody(mixed))):
        write_search_index(body, tmp_path / f"{name}.sqlite").close()
        conn = sqlite3.connect(str(tmp_path / f"{name}.sqlite"))
        dumps.append({t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
                      if t in ("passages", "docs", "article_rows") else sorted(conn.execute(f"SELECT * FROM {t}").fetchall())
                      for t in tables})
        conn.close()
    assert dumps[0]["passages"] and dumps[0]["article_rows"] and dumps[0]["story_parts"]
    assert dumps[0] == dumps[1]
