"""The DuckDB store and the atomic writing of the output folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.model import (
    Article,
    Dossier,
    NumericClaim,
    PublishedDate,
    Rejection,
    Relation,
    SourceRef,
    dossier_to_dict,
)
from dossier.store import TABLES, Store, read_dossier, write_outputs
from dossier.errors import StoreError

TEXT = "Officials in the fictional town of Lowmere said at least 40 people were evacuated on Tuesday."


def _dossier() -> Dossier:
    art = Article(
        id="art-1",
        source="a.txt",
        text=TEXT,
        title="Lowmere evacuates",
        authors=("Ada Example",),
        published=PublishedDate(date="2031-03-04", basis="explicit", evidence="March 4, 2031"),
    )
    start = TEXT.index("at least 40")
    claim = NumericClaim(
        id="c-1",
        article="art-1",
        start=start,
        end=start + len("at least 40"),
        sentence=TEXT,
        value=40.0,
        low=None,
        high=None,
        qualifier="at_least",
        measure="people",
        location="Lowmere",
        as_of="2031-03-03",
        modality="reported",
        source=SourceRef(entity=None, name=None, text="Officials"),
    )
    return Dossier(
        articles=(art,),
        claims=(claim,),
        relations=(Relation(kind="cites", from_="art-1", to=None, outlet="Example Wire"),),
        rejections=(Rejection(source="bad.bin", stage="ingest", reason="binary file"),),
    )


def test_store_round_trip_in_memory() -> None:
    body = dossier_to_dict(_dossier())
    with Store() as store:
        store.write_dossier(body)
        assert set(TABLES) <= set(store.tables())
        assert store.count("articles") == 1
        assert store.count("quotes") == 0
        (claim,) = store.rows("claims")
        assert claim["value"] == 40.0 and claim["qualifier"] == "at_least"
        assert claim["source"] == {"entity": None, "name": None, "text": "Officials", "start": None, "end": None}
        (rel,) = store.rows("relations", "kind = ?", ["cites"])
        assert rel["from"] == "art-1" and rel["outlet"] == "Example Wire"
        (art,) = store.rows("articles")
        assert art["published"]["date"] == "2031-03-04"
        assert art["authors"] == ["Ada Example"]
        got = store.conn.execute("SELECT published->>'basis' FROM articles").fetchone()
        assert got == ("explicit",)


def test_store_unknown_table_is_a_clear_error() -> None:
    with Store() as store:
        with pytest.raises(StoreError, match="Unknown table"):
            store.rows("nope")


def test_write_outputs_writes_json_and_duckdb(tmp_path: Path) -> None:
    out = write_outputs(_dossier(), tmp_path / "out", render_report=lambda body: "<html>ok</html>")
    body = json.loads((out / "dossier.json").read_text())
    assert list(body)[0] == "schema_version"
    assert body["claims"][0]["text"] == ""
    assert (out / "report.html").read_text() == "<html>ok</html>"
    with Store(out / "dossier.duckdb", read_only=True) as store:
        assert store.count("claims") == 1
    assert read_dossier(out)["articles"][0]["title"] == "Lowmere evacuates"


def test_failed_write_keeps_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_outputs(_dossier(), out, render_report=lambda body: "first")
    (out / "notes.txt").write_text("user file")

    def broken(body: dict[str, object]) -> str:
        raise RuntimeError("renderer crashed half-way")

    with pytest.raises(RuntimeError):
        write_outputs(Dossier(), out, render_report=broken)
    # the previous dossier is untouched and no half-written folder is left behind
    assert (out / "report.html").read_text() == "first"
    assert len(read_dossier(out)["articles"]) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    # a successful rebuild replaces the dossier but keeps the user's own files
    write_outputs(Dossier(), out, render_report=lambda body: "second")
    assert read_dossier(out)["articles"] == []
    assert (out / "notes.txt").read_text() == "user file"


def test_read_dossier_missing_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="dossier build"):
        read_dossier(tmp_path)
