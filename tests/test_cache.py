"""The analysis cache and `dossier add`: reusing earlier analyses gives the dossier a full build gives.

Built on the repository's fictional examples (text, HTML and JSONL inputs), through the
real CLI. "Identical" is byte for byte: dossier.json holds no build timestamp.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from dossier.cache import AnalysisCache, analysis_version, record_key
from dossier.cli import cli
from dossier.pipeline import clean_batch
from dossier.ingest.read import read_inputs
from dossier.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _build(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output


def _copy_examples(dest: Path, skip: str = "") -> Path:
    dest.mkdir(parents=True)
    for f in EXAMPLES.iterdir():
        if f.is_file() and f.name != skip:
            shutil.copy(f, dest / f.name)
    return dest


def test_add_equals_full_build(tmp_path: Path) -> None:
    new = "03_northern_ledger_toll_rises.txt"
    folder = _copy_examples(tmp_path / "in", skip=new)
    _build(["build", str(folder), "--out", str(tmp_path / "inc"), "--progress", "never"])
    before = (tmp_path / "inc" / "dossier.json").read_bytes()
    # the new article dropped into the input folder, then added
    shutil.copy(EXAMPLES / new, folder / new)
    _build(["add", str(folder / new), "--to", str(tmp_path / "inc"), "-q"])
    _build(["build", str(folder), "--out", str(tmp_path / "full"), "--progress", "never", "--no-cache"])
    added = (tmp_path / "inc" / "dossier.json").read_bytes()
    assert added != before
    assert added == (tmp_path / "full" / "dossier.json").read_bytes()
    # the cache holds exactly this build's articles: one clean and one analysis entry per input
    with AnalysisCache(tmp_path / "inc") as cache:
        kinds = [k.split(":")[0] for (k,) in cache.conn.execute("SELECT key FROM entries")]
    n_articles = len(json.loads(added)["articles"])
    assert kinds.count("analysis") == n_articles
    assert kinds.count("clean") >= n_articles


def test_add_file_from_elsewhere_counts_as_copied_in(tmp_path: Path) -> None:
    new = "07_orlen_herald_no_title.txt"
    folder = _copy_examples(tmp_path / "in", skip=new)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.copy(EXAMPLES / new, outside / new)
    _build(["build", str(folder), "--out", str(tmp_path / "inc"), "--progress", "never"])
    _build(["add", str(outside / new), "--to", str(tmp_path / "inc"), "-q"])
    full = _copy_examples(tmp_path / "all")
    _build(["build", str(full), "--out", str(tmp_path / "full"), "--progress", "never", "--no-cache"])
    assert (tmp_path / "inc" / "dossier.json").read_bytes() == (tmp_path / "full" / "dossier.json").read_bytes()


def test_rebuild_reuses_every_analysis(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(["build", str(EXAMPLES), "--out", str(out), "--progress", "never"])
    first = (out / "dossier.json").read_bytes()
    settings = Settings(progress="never")
    raws, _ = read_inputs(EXAMPLES, settings=settings)
    with AnalysisCache(out) as cache:
        articles, _ = clean_batch(raws, settings=settings, cache=cache)
        assert cache.misses == 0 and cache.hits == len(raws)
        keys = [record_key("analysis", a, settings) for a in articles]
        assert len(cache.get_many(keys)) == len(articles)
    _build(["build", str(EXAMPLES), "--out", str(out), "--progress", "never"])
    assert (out / "dossier.json").read_bytes() == first


def test_key_changes_with_text_metadata_and_result_settings() -> None:
    settings = Settings(progress="never")
    raws, _ = read_inputs(EXAMPLES, settings=settings)
    articles, _ = clean_batch(raws[:1], settings=settings)
    a = articles[0]
    key = record_key("analysis", a, settings)
    assert record_key("analysis", dataclasses.replace(a, text=a.text + " More."), settings) != key
    assert record_key("analysis", dataclasses.replace(a, id=a.id + "-1"), settings) != key
    # scheduling settings never change a result, so never the key; result settings do
    assert record_key("analysis", a, dataclasses.replace(settings, n_process=2, batch_size=64)) == key
    assert analysis_version(dataclasses.replace(settings, min_words=41)) != analysis_version(settings)
