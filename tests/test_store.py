"""The DuckDB store and the atomic writing of the output folder."""

from __future__ import annotations

import datetime as dt
import json
import re
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
from dossier.store import TABLES, Store, read_dossier, table_columns, write_outputs
from dossier.errors import StoreError

TEXT = "On Tuesday at least 40 residents of Lowmere, an invented town, were moved to safety, officials said."


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
        # references are flat columns; offsets and relation ends have SQL-safe names
        assert claim["source_text"] == "Officials" and claim["source_name"] is None
        assert TEXT[claim["start_char"]:claim["end_char"]] == "at least 40"
        assert claim["as_of_earliest"] == claim["as_of_latest"] == dt.date(2031, 3, 3)
        (rel,) = store.rows("relations", "kind = ?", ["cites"])
        assert rel["from_article"] == "art-1" and rel["to_article"] is None and rel["outlet"] == "Example Wire"
        (art,) = store.rows("articles")
        assert art["published_date"] == dt.date(2031, 3, 4) and art["published_basis"] == "explicit"
        assert art["authors"] == ["Ada Example"]
        (full,) = store.query("SELECT claim_id, article_title, published_date, date_earliest FROM claims_full")
        assert full == {"claim_id": "c-1", "article_title": "Lowmere evacuates",
                        "published_date": dt.date(2031, 3, 4), "date_earliest": dt.date(2031, 3, 3)}


def test_no_column_is_an_sql_reserved_word() -> None:
    reserved = {"start", "end", "from", "to", "order", "group", "select", "where", "table", "user"}
    for record_type in TABLES.values():
        assert not set(table_columns(record_type)) & reserved, record_type


def test_dates_are_typed_and_windows_stay_windows() -> None:
    body = dossier_to_dict(_dossier())
    body["articles"][0]["published"] = {"date": None, "basis": "inferred", "earliest": "2030-12-01", "latest": None}
    body["claims"][0]["as_of"] = "XXXX-11-03"  # no year: no day can be claimed
    body["events"] = [{"id": "ev-1", "date": "2031-W10", "earliest": "2031-03", "latest": "2031-03", "summary": "x",
                       "evidence": [{"article": "art-1", "start": 0, "end": 9, "sentence": "Officials"}]}]
    with Store() as store:
        store.write_dossier(body)
        (c,) = store.query("SELECT as_of, as_of_earliest, date_earliest, date_latest FROM claims_full")
        assert c == {"as_of": "XXXX-11-03", "as_of_earliest": None, "date_earliest": dt.date(2030, 12, 1), "date_latest": None}
        (e,) = store.query("SELECT date_earliest, date_latest, earliest, latest, sentence FROM event_evidence")
        assert e == {"date_earliest": dt.date(2031, 3, 3), "date_latest": dt.date(2031, 3, 9),
                     "earliest": dt.date(2031, 3, 1), "latest": dt.date(2031, 3, 31), "sentence": "Officials"}
        types = dict(store.conn.execute("SELECT column_name, data_type FROM information_schema.columns "
                                        "WHERE table_name = 'events'").fetchall())
        assert types["earliest"] == types["latest"] == "DATE"


def _doc_queries() -> list[str]:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "sql.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", doc, re.S)


def test_the_documented_queries_answer_on_the_examples(example_dossier) -> None:  # type: ignore[no-untyped-def]
    toll, quoted, disagree = _doc_queries()
    with Store() as store:
        store.write_dossier(dossier_to_dict(example_dossier))
        rows = store.query(toll)
        assert rows and all(r["date_earliest"] is not None for r in rows)
        assert [r["date_earliest"] for r in rows] == sorted(r["date_earliest"] for r in rows)
        brenn = [int(r["value"]) for r in rows if r["source_name"] == "Oskar Brenn"]
        assert brenn == [12, 40, 81]
        # the last day: the Interior Ministry's 97 and the mayor's "at least 112" (Varnia Today, 8 Mar)
        last = {(r["source_name"], int(r["value"])) for r in rows if r["date_earliest"] == rows[-1]["date_earliest"]}
        assert rows[-1]["date_earliest"] == dt.date(2025, 3, 8)
        assert last == {("Interior Ministry", 97), ("Ivo Tarrant", 112)}
        top = store.query(quoted)[0]
        assert top["speaker_name"] == "Oskar Brenn" and top["articles"] == 7 and top["first_quoted"] == dt.date(2025, 3, 1)
        missing = next(r for r in store.query(disagree) if r["track_measure"] == "people missing")
        assert (missing["lowest"], missing["highest"]) == (27, 200) and "Varnian Red Cross" in missing["sources"]


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


def test_dossier_json_is_written_record_by_record_with_the_same_bytes(example_dossier: Dossier, tmp_path: Path) -> None:
    from dossier.store import write_dossier_json

    for d in (example_dossier, Dossier()):
        write_dossier_json(d, tmp_path / "d.json")
        expected = json.dumps(dossier_to_dict(d), ensure_ascii=False, indent=1)
        assert (tmp_path / "d.json").read_text(encoding="utf-8") == expected


def test_record_dict_and_body_dict_equal_the_model_conversion(example_dossier: Dossier) -> None:
    from dossier.model import to_dict
    from dossier.store import body_dict, record_dict

    assert body_dict(example_dossier) == dossier_to_dict(example_dossier)
    assert list(body_dict(example_dossier)) == list(dossier_to_dict(example_dossier))
    for table in TABLES:
        for record in getattr(example_dossier, table):
            assert record_dict(record) == to_dict(record)
