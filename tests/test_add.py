"""`dossier add` against a full rebuild, on the fictional examples plus fictional articles written here.

"Equal" is byte for byte: dossier.json holds no build timestamp. Each test adds one article
to a built dossier and compares with a build of the same files without any cache.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cache import CACHE_DIR, CACHE_FILE, AnalysisCache
from dossier.cli import cli
from dossier.pipeline import build_dossier
from dossier.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# fiction: a later report on the examples' dam collapse (joins that story)
DAM_FOLLOW_UP = """Orlen valley takes stock as Kessara dam inquiry begins
ORLENBURG, Varnia - Eight days after floodwater tore through Brask, Hollin and Steyr, an
independent inquiry into the failure of the Kessara dam held its first session in Orlenburg
on Monday. Interior Minister Oskar Brenn told the panel that the flood had killed at least 63
people, and that some 2,400 residents of the Orlen valley were still housed in shelters by the
regional emergency service. Engineers told the hearing that the Kessara dam's spillway was last
inspected two years before it gave way. Relatives of the missing from Brask urged the panel to make
all inspection reports on the dam public; the minister pledged to release them within a month.
"""

# fiction: an unrelated event in invented places (starts a story of its own)
FERRY_FIRE = """Engine-room blaze on Marrow Sound ferry: 386 passengers taken off
HALDEN QUAY, Ostmark - Fire broke out below deck on the ferry Lady Averil on Thursday night
while she was crossing Marrow Sound, and lifeboats and trawlers brought all 386 passengers
ashore, the Ostmark coast guard said.
Coast guard captain Soren Vallick said 14 people were treated at Halden Quay infirmary for
breathing in smoke and that everyone was accounted for. Soundlink Ferries, which runs the
vessel, said it had passed a yearly safety check in February. Marine accident investigators
went aboard the Lady Averil on Friday to establish how the fire began.
"""


def _run(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output


def _folder(dest: Path, skip: str = "") -> Path:
    dest.mkdir(parents=True)
    for f in EXAMPLES.iterdir():
        if f.is_file() and f.name != skip and f.suffix != ".md":
            shutil.copy(f, dest / f.name)
    return dest


def _story_keys(out: Path, kind: str = "story") -> set[str]:
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as conn:
        # report blocks are kept as texts (uncompressed), the stories' results as entries
        table = "texts" if kind == "block" else "entries"
        return {k for (k,) in conn.execute(f"SELECT key FROM {table} WHERE key LIKE ?", [kind + ":%"])}


def _add_and_compare(
    tmp_path: Path, name: str, text: str, built: dict[str, str] | None = None
) -> tuple[dict[str, object], set[str], set[str]]:
    folder = _folder(tmp_path / "in")
    for other, other_text in (built or {}).items():
        (folder / other).write_text(other_text, encoding="utf-8")
    out = tmp_path / "inc"
    _run(["build", str(folder), "--out", str(out), "--progress", "never"])
    before = _story_keys(out)
    blocks_before = _story_keys(out, "block")
    (folder / name).write_text(text, encoding="utf-8")
    _run(["add", str(folder / name), "--to", str(out), "-q"])
    _run(["build", str(folder), "--out", str(tmp_path / "full"), "--progress", "never", "--no-cache"])
    added = (out / "dossier.json").read_bytes()
    assert added == (tmp_path / "full" / "dossier.json").read_bytes()
    _same_outputs(out, tmp_path / "full")
    # a report of several stories keeps its story blocks in the cache: the add rendered the
    # block of the story it changed and reused the blocks of the stories it did not
    blocks_after = _story_keys(out, "block")
    if blocks_before:
        assert blocks_after - blocks_before and blocks_after & blocks_before
    return json.loads(added), before, _story_keys(out)


def _same_outputs(out: Path, full: Path) -> None:
    """The report (story blocks reused from the cache or not), the search index and the DuckDB
    tables equal a full build's, row for row in order."""
    import duckdb

    assert (out / "report.html").read_bytes() == (full / "report.html").read_bytes()
    with sqlite3.connect(out / "search.sqlite") as a, sqlite3.connect(full / "search.sqlite") as b:
        listing = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        tables = [t for (t,) in a.execute(listing) if not t.startswith(("passages_", "docs_"))]
        assert tables == [t for (t,) in b.execute(listing) if not t.startswith(("passages_", "docs_"))]
        for t in tables:
            assert a.execute(f'SELECT * FROM "{t}"').fetchall() == b.execute(f'SELECT * FROM "{t}"').fetchall(), t
    a_db, b_db = duckdb.connect(str(out / "dossier.duckdb"), read_only=True), duckdb.connect(str(full / "dossier.duckdb"), read_only=True)
    try:
        listing = "SELECT table_name FROM information_schema.tables ORDER BY table_name"
        tables = [t for (t,) in a_db.execute(listing).fetchall()]
        assert tables == [t for (t,) in b_db.execute(listing).fetchall()]
        for t in tables:
            assert a_db.execute(f'SELECT * FROM "{t}"').fetchall() == b_db.execute(f'SELECT * FROM "{t}"').fetchall(), t
    finally:
        a_db.close()
        b_db.close()


def test_add_article_that_joins_a_story(tmp_path: Path) -> None:
    body, before, after = _add_and_compare(tmp_path, "08_dam_inquiry.txt", DAM_FOLLOW_UP)
    story_of = {a["source"]: a["story"] for a in body["articles"]}
    assert story_of["08_dam_inquiry.txt"] == story_of["01_valley_courier_dam_breaks.txt"]
    # the dam story was redone (its key changed); nothing else needed it
    assert after and after != before


def test_add_article_that_starts_a_story(tmp_path: Path) -> None:
    body, before, after = _add_and_compare(tmp_path, "09_ferry_fire.txt", FERRY_FIRE)
    story_of = {a["source"]: a["story"] for a in body["articles"]}
    ferry = story_of["09_ferry_fire.txt"]
    assert ferry != story_of["01_valley_courier_dam_breaks.txt"]
    assert [a["source"] for a in body["articles"] if a["story"] == ferry] == ["09_ferry_fire.txt"]
    # the stories the new article does not touch kept their reconciliation: their cache
    # entries (keyed by a digest of everything they read) were reused, one entry was added
    assert before < after
    assert len(after - before) == 1
    assert _story_keys(tmp_path / "inc", "block")


def test_add_to_several_stories_reuses_the_report_blocks(tmp_path: Path) -> None:
    # built: the examples' dam story and the ferry story; added: an article joining the dam story
    body, _before, _after = _add_and_compare(tmp_path, "08_dam_inquiry.txt", DAM_FOLLOW_UP, {"09_ferry_fire.txt": FERRY_FIRE})
    assert len(body["stories"]) == 2  # type: ignore[arg-type]
    # the blocks are found by the digests of the parts written to the search index: the same
    # keys as the parts of dossier.json give (so a block is found whichever way it is asked for)
    from dossier.present.report import _block_key_of, block_key
    from dossier.store import part_digest, story_slices

    with sqlite3.connect(tmp_path / "inc" / "search.sqlite") as conn:
        texts = [t for (t,) in conn.execute("SELECT part FROM story_parts ORDER BY ord")]
    assert [_block_key_of(part_digest(t)) for t in texts] == [block_key(part) for _s, part, _w in story_slices(body)]
    assert set(map(_block_key_of, map(part_digest, texts))) <= _story_keys(tmp_path / "inc", "block")


def test_add_reads_only_the_added_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", skip="03_northern_ledger_toll_rises.txt")
    out = tmp_path / "inc"
    _run(["build", str(folder), "--out", str(out), "--progress", "never"])
    # a file dropped in the folder but not added stays out; a file of the build that is
    # gone from the folder stays in (the cache holds it)
    (folder / "09_ferry_fire.txt").write_text(FERRY_FIRE, encoding="utf-8")
    moved = tmp_path / "gone.txt"
    shutil.move(str(folder / "07_orlen_herald_no_title.txt"), moved)
    shutil.copy(EXAMPLES / "03_northern_ledger_toll_rises.txt", folder)
    _run(["add", str(folder / "03_northern_ledger_toll_rises.txt"), "--to", str(out), "-q"])
    shutil.move(str(moved), folder / "07_orlen_herald_no_title.txt")
    (folder / "09_ferry_fire.txt").unlink()
    _run(["build", str(folder), "--out", str(tmp_path / "full"), "--progress", "never", "--no-cache"])
    assert (out / "dossier.json").read_bytes() == (tmp_path / "full" / "dossier.json").read_bytes()


def test_build_on_an_existing_output_reuses_everything(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    out = tmp_path / "out"
    _run(["build", str(folder), "--out", str(out), "--progress", "never"])
    first = (out / "dossier.json").read_bytes()
    settings = Settings(progress="never")
    with AnalysisCache(out) as cache:
        build_dossier(folder, settings=settings, cache=cache)
        # every file's reading, every cleaning, analysis and story came from the cache
        assert cache.misses == 0 and cache.hits > 0
    _run(["build", str(folder), "--out", str(out), "--progress", "never"])
    assert (out / "dossier.json").read_bytes() == first


def test_add_near_copy_of_a_built_article(tmp_path: Path) -> None:
    # a republished copy of a built article (its header and sign-off changed): a near-duplicate
    # of the original, in the original's story, and the rest as a full build gives it
    original = (EXAMPLES / "03_northern_ledger_toll_rises.txt").read_text(encoding="utf-8")
    first_line = original.splitlines()[0]
    copy = original.replace(first_line, "Reposted Mar. 7, 2025, 9:15 a.m. CET", 1).replace("Edited by Jonas Ferrin.", "", 1)
    assert copy != original
    body, _before, _after = _add_and_compare(tmp_path, "10_ledger_copy.txt", copy)
    by_source = {a["source"]: a for a in body["articles"]}
    new, old = by_source["10_ledger_copy.txt"], by_source["03_northern_ledger_toll_rises.txt"]
    assert new["story"] == old["story"]
    assert any(
        r["kind"] == "near_duplicate" and {r["from"], r["to"]} == {new["id"], old["id"]} for r in body["relations"]
    )


def test_report_from_kept_blocks_equals_the_rendered_report(tmp_path: Path) -> None:
    # the report of several stories as a build writes it with the output's cache: the first time
    # every block is rendered and kept, the second every block is read back; both are the page
    # rendered from the dossier dict
    from dossier.present.report import render_report, write_dossier_report
    from dossier.store import LazyBody, body_dict, write_search_index

    mixed = Path(__file__).parent / "fixtures" / "stories" / "mixed"
    dossier = build_dossier(mixed, settings=Settings(progress="never"))
    assert len(dossier.stories) >= 3
    digests: list[str] = []
    write_search_index(LazyBody(dossier), tmp_path / "search.sqlite", part_digests=digests).close()
    expected = render_report(body_dict(dossier)).encode("utf-8")
    with AnalysisCache(tmp_path / "out") as cache:
        write_dossier_report(dossier, tmp_path / "first.html", fragments=cache, part_digests=digests)
        assert len(_story_keys(tmp_path / "out", "block")) == len({*digests})
        write_dossier_report(dossier, tmp_path / "again.html", fragments=cache, part_digests=digests)
    assert (tmp_path / "first.html").read_bytes() == expected
    assert (tmp_path / "again.html").read_bytes() == expected


# fiction: a follow-up from an outlet the built dossier does not hold, citing another outlet
DAM_GAZETTE = """Kessara inquiry urged by Brask families to release inspection files
By Tilde Marsk, Brask Gazette
BRASK, Varnia - On Tuesday relatives of those still missing in Brask called on the Kessara dam
inquiry to make public all inspection reports on the dam, the Orlen Herald reported. At least 63
people died in the flood, Interior Minister Oskar Brenn said, and some 2,400 Orlen valley residents
remain in shelters. Engineers who checked the Kessara dam's spillway two years before it failed
are due to give evidence to the inquiry in Orlenburg.
Copyright 2024 Brask Gazette. All rights reserved.
"""


def test_add_to_a_large_build_reuses_each_articles_kept_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build large enough to keep its per-article values in the cache only (``STREAM_ABOVE``):
    the add computes the new article's citations, same-event features, lead countries, term bag
    and signals, reads the others' back, and equals a full build (here with a new outlet, whose
    name changes the key of every article's citations)."""
    from dossier import pipeline

    monkeypatch.setattr(pipeline, "STREAM_ABOVE", 0)
    body, _before, _after = _add_and_compare(tmp_path, "08_dam_gazette.txt", DAM_GAZETTE)
    articles: list[dict[str, str]] = body["articles"]  # type: ignore[assignment]
    story_of = {a["source"]: a["story"] for a in articles}
    assert story_of["08_dam_gazette.txt"] == story_of["01_valley_courier_dam_breaks.txt"]
    kinds = {k.split(":", 1)[0] for k in _story_keys(tmp_path / "inc", "%")}
    assert {"signals", "terms", "lead", "evfeat"} <= kinds
    assert any(k.startswith("cites-") for k in kinds)
    with sqlite3.connect(tmp_path / "inc" / CACHE_DIR / CACHE_FILE) as conn:
        for kind in ("signals", "terms", "lead", "evfeat"):  # one value per article, none left over
            (n,) = conn.execute("SELECT count(*) FROM entries WHERE key LIKE ?", [kind + ":%"]).fetchone()
            assert n == len(articles), kind
