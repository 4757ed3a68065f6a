"""Output store: dossier.json, dossier.duckdb and report.html, written atomically.

``write_outputs`` builds every file in a fresh sibling folder and swaps it into place only
when all of them are complete, so a failed or interrupted build leaves the previous
output untouched. ``Store`` wraps the DuckDB file (or ``:memory:``) with named methods.

DuckDB layout: one table per top-level key of dossier.json. Scalar fields are typed
columns; nested fields (objects, lists) are ``JSON`` columns, queried with ``->>``.
Rows are bulk-loaded from newline-delimited JSON with ``read_json`` (no per-row inserts).
The ``meta`` table records the schema version and the applied migrations.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import duckdb

from . import model
from .errors import StoreError
from .model import Dossier, dossier_to_dict

# top-level key -> record type of its rows
TABLES: dict[str, type] = {
    "articles": model.Article,
    "entities": model.Entity,
    "quotes": model.Quote,
    "claims": model.NumericClaim,
    "tracks": model.Track,
    "time_expressions": model.TimeExpression,
    "events": model.Event,
    "relations": model.Relation,
    "rejections": model.Rejection,
    "summary": model.SummarySentence,
    "stories": model.Story,
}

MIGRATIONS: tuple[str, ...] = ("0001_initial_tables_v1",)


def _column_type(tp: Any) -> str:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 1:
        tp = args[0]
    if tp is str:
        return "VARCHAR"
    if tp is int:
        return "BIGINT"
    if tp is float:
        return "DOUBLE"
    if tp is bool:
        return "BOOLEAN"
    return "JSON"


def table_columns(record_type: type) -> dict[str, str]:
    """Return the DuckDB column name -> type mapping for one record type."""
    hints = typing.get_type_hints(record_type)
    return {
        ("from" if f.name == "from_" else f.name): _column_type(hints[f.name])
        for f in dataclasses.fields(record_type)
    }


class Store:
    """A DuckDB database holding one dossier, opened on a path or ``:memory:``."""

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        try:
            self.conn = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"Cannot open the DuckDB store {path}: {exc}") from exc
        self.path = str(path)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write_dossier(self, body: dict[str, Any]) -> None:
        """Create (or replace) every table from a dossier.json dict.

        Args:
            body: the dict ``dossier_to_dict`` returns (or a parsed dossier.json).
        """
        with tempfile.TemporaryDirectory(prefix="dossier-store-") as tmp:
            for name, record_type in TABLES.items():
                cols = table_columns(record_type)
                rows = body.get(name, [])
                self.conn.execute(f'DROP TABLE IF EXISTS "{name}"')
                col_sql = ", ".join(f'"{c}" {t}' for c, t in cols.items())
                self.conn.execute(f'CREATE TABLE "{name}" ({col_sql})')
                if not rows:
                    continue
                path = Path(tmp) / f"{name}.ndjson"
                with path.open("w", encoding="utf-8") as fh:
                    for row in rows:
                        fh.write(json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False))
                        fh.write("\n")
                spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in cols.items()) + "}"
                self.conn.execute(
                    f'INSERT INTO "{name}" SELECT * FROM read_json(?, format=\'newline_delimited\', '
                    f"columns={spec}, maximum_object_size=268435456)",
                    [str(path)],
                )
            self.conn.execute("DROP TABLE IF EXISTS meta")
            self.conn.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
            self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", [body.get("schema_version", "")])
            for m in MIGRATIONS:
                self.conn.execute("INSERT INTO meta VALUES ('migration', ?)", [m])

    def tables(self) -> list[str]:
        """Return the names of the tables in the store."""
        return sorted(r[0] for r in self.conn.execute("SELECT table_name FROM information_schema.tables").fetchall())

    def rows(self, table: str, where: str = "", params: Iterable[Any] = (), *, limit: int | None = None) -> list[dict[str, Any]]:
        """Return rows of one table as dicts (JSON columns parsed).

        Args:
            table: a table name from ``TABLES``.
            where: an optional SQL condition using ``?`` placeholders.
            params: values for the placeholders.
            limit: the most rows to return.

        Raises:
            StoreError: the table is unknown.
        """
        if table not in TABLES:
            raise StoreError(f"Unknown table {table!r}; tables: {', '.join(TABLES)}.")
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.conn.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        json_cols = {c for c, t in table_columns(TABLES[table]).items() if t == "JSON"}
        out = []
        for rec in cur.fetchall():
            row = dict(zip(names, rec))
            for c in json_cols:
                if isinstance(row.get(c), str):
                    row[c] = json.loads(row[c])
            out.append(row)
        return out

    def count(self, table: str) -> int:
        """Return the number of rows in a table."""
        if table not in TABLES:
            raise StoreError(f"Unknown table {table!r}; tables: {', '.join(TABLES)}.")
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # type: ignore[index]


def write_outputs(
    dossier: Dossier,
    out_dir: Path,
    *,
    render_report: Callable[[dict[str, Any]], str] | None = None,
) -> Path:
    """Write dossier.json, dossier.duckdb and report.html to ``out_dir``, atomically.

    The files are written to a new sibling folder; only when all are complete is it
    swapped with ``out_dir``. Until then the previous output stays as it was.

    Args:
        dossier: the built dossier.
        out_dir: the output folder (created if missing; owned by dossier).
        render_report: turns the dossier dict into report HTML; None skips the report.

    Returns:
        The output folder.

    Raises:
        StoreError: a file cannot be written.
    """
    out_dir = Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    body = dossier_to_dict(dossier)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    tmp.chmod(0o755)
    try:
        (tmp / "dossier.json").write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
        with Store(tmp / "dossier.duckdb") as store:
            store.write_dossier(body)
        if render_report is not None:
            (tmp / "report.html").write_text(render_report(body), encoding="utf-8")
        _swap_into_place(tmp, out_dir)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, (OSError, duckdb.Error)):
            raise StoreError(f"Cannot write the dossier to {out_dir}: {exc}") from exc
        raise
    return out_dir


def _swap_into_place(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` with two renames; keep any file of target the build doesn't make."""
    if target.exists():
        for child in target.iterdir():
            if not (new / child.name).exists():
                # exports and other user files placed in the output folder survive a rebuild
                if child.is_dir():
                    shutil.copytree(child, new / child.name)
                else:
                    shutil.copy2(child, new / child.name)
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
        os.replace(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, target)


def read_dossier(out_dir: Path) -> dict[str, Any]:
    """Read ``OUT_DIR/dossier.json`` (or a path to the file itself) as a dict.

    Raises:
        StoreError: the file is missing or not valid JSON.
    """
    path = Path(out_dir)
    if path.is_dir():
        path = path / "dossier.json"
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise StoreError(f"No dossier at {path}: run `dossier build INPUT_DIR --out {path.parent}` first.") from exc
    except json.JSONDecodeError as exc:
        raise StoreError(f"{path} is not valid JSON ({exc}); rebuild it with `dossier build`.") from exc
