"""Output store: dossier.json, dossier.duckdb and report.html, written atomically.

``write_outputs`` builds every file in a fresh generation folder inside the output folder
and switches to it with one atomic rename only when all of them are complete, so a failed,
interrupted or killed build leaves the previous output untouched and readable at the same
path. ``output_lock`` makes one build at a time own an output folder; ``recover_output``
cleans up what killed builds left. ``read_dossier`` checks a dossier.json's schema
version and shape before anyone uses it. ``Store`` wraps the DuckDB file (or ``:memory:``) with named methods.

DuckDB layout: one table per top-level key of dossier.json (``table_columns``): scalar fields
are typed columns under SQL-safe names (``start_char``, ``end_char``, ``from_article``,
``to_article``), references to people and bodies are flat columns (``source_name``,
``speaker_entity``, ...), dates are ``DATE`` columns (``earliest``, ``latest``,
``as_of_earliest``, ``published_date``, ...), lists of ids are ``VARCHAR[]`` and other nested
fields are ``JSON`` (queried with ``->>``). Views join claims and quotes to their sources,
articles and tracks (``claims_full``, ``quotes_full``, ``event_evidence``); docs/sql.md shows
how to query them. dossier.json keeps the contract's field names.
Rows are bulk-loaded from newline-delimited JSON with ``read_json`` (no per-row inserts).
The ``meta`` table records the schema version and the applied migrations.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import fcntl
import functools
import hashlib
import io
import json
import logging
import os
import pickle
import re
import shutil
import sqlite3
import socket
import tempfile
import threading
import time
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from . import __version__, model
from .errors import StoreError
from .model import SCHEMA_VERSION, Dossier, Entity

log = logging.getLogger(__name__)
_timing = logging.getLogger("dossier.timing")  # each output's seconds (DEBUG; see pipeline.timed)

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

MIGRATIONS: tuple[str, ...] = ("0001_initial_tables_v1", "0002_sql_names_dates_flat_refs_views")

# fields whose contract name is an SQL reserved word (or reads like one) -> the column name
RENAMED: dict[str, str] = {"start": "start_char", "end": "end_char", "from_": "from_article", "to": "to_article"}
# TIMEX3 text fields that also get typed DATE columns ``<field>_earliest`` / ``<field>_latest``
DATED_TEXT = frozenset({"as_of", "date"})
# window ends stored as DATE: ``earliest`` is the first day its value covers, ``latest`` the last
# (a track's ``latest`` is a claim id, not a date)
WINDOW_ENDS = frozenset({"earliest", "latest"})
WINDOW_RECORDS: tuple[type, ...] = (model.Event, model.Story, model.TimeExpression)

_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_ISO_MONTH = re.compile(r"(\d{4})-(\d\d)")
_ISO_YEAR = re.compile(r"\d{4}")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d\d)(?:-WE)?")


def day_bounds(value: object) -> tuple[str | None, str | None]:
    """Return the first and last ISO day a date value covers (day, month, ISO week or year).

    Args:
        value: ``2024-10-24``, ``2024-10``, ``2024-W45``, ``2024``, an ISO datetime; anything else
            (TIMEX3 values without a year, durations, non-strings) has no days.

    Returns:
        ``(first, last)`` as ``YYYY-MM-DD``, or ``(None, None)``.
    """
    if not isinstance(value, str):
        return None, None
    v = value.strip().split("T")[0]
    try:
        if m := _ISO_DAY.fullmatch(v):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), d.isoformat()
        if m := _ISO_MONTH.fullmatch(v):
            y, mo = int(m[1]), int(m[2])
            last = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)) if 1 <= mo <= 12 else None
            return (dt.date(y, mo, 1).isoformat(), last.isoformat()) if last else (None, None)
        if m := _ISO_WEEK.fullmatch(v):
            y, w = int(m[1]), int(m[2])
            first = dt.date.fromisocalendar(y, w, 6 if v.endswith("-WE") else 1)
            return first.isoformat(), dt.date.fromisocalendar(y, w, 7).isoformat()
        if _ISO_YEAR.fullmatch(v):
            return f"{v}-01-01", f"{v}-12-31"
    except ValueError:
        return None, None
    return None, None


@dataclasses.dataclass(frozen=True)
class Column:
    """One DuckDB column: its name, SQL type and how its value is read from a dossier.json row."""

    name: str
    sql_type: str
    get: Callable[[Mapping[str, Any]], Any]


def _strip_optional(tp: Any) -> Any:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return tp


def _scalar_type(tp: Any) -> str | None:
    return {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}.get(tp)


def _field(key: str, sub: str | None = None) -> Callable[[Mapping[str, Any]], Any]:
    def get(row: Mapping[str, Any]) -> Any:
        v = row.get(key)
        if sub is not None:
            v = v.get(sub) if isinstance(v, Mapping) else None
        return v

    return get


def _bound(key: str, end: int, sub: str | None = None) -> Callable[[Mapping[str, Any]], Any]:
    inner = _field(key, sub)
    return lambda row: day_bounds(inner(row))[end]


def _names(key: str) -> Callable[[Mapping[str, Any]], Any]:
    def get(row: Mapping[str, Any]) -> Any:
        refs = row.get(key)
        if not isinstance(refs, list):
            return []
        return [str(r.get("name") or r.get("text")) for r in refs if isinstance(r, Mapping) and (r.get("name") or r.get("text"))]

    return get


@functools.lru_cache(maxsize=None)
def _columns_of(record_type: type) -> tuple[Column, ...]:
    """The columns of a record type's table (computed once per type: type hints are slow to read)."""
    return tuple(_compute_columns(record_type))


def _compute_columns(record_type: type) -> list[Column]:
    hints = typing.get_type_hints(record_type)
    cols: list[Column] = []
    for f in dataclasses.fields(record_type):
        key = "from" if f.name == "from_" else f.name
        name = RENAMED.get(f.name, f.name)
        tp = _strip_optional(hints[f.name])
        scalar = _scalar_type(tp)
        if tp is model.SourceRef:
            for sub in ("entity", "name", "text"):
                cols.append(Column(f"{name}_{sub}", "VARCHAR", _field(key, sub)))
            for sub in ("start", "end"):
                cols.append(Column(f"{name}_{RENAMED[sub]}", "BIGINT", _field(key, sub)))
        elif tp is model.PublishedDate:
            cols += [
                Column(f"{name}_date", "DATE", _bound(key, 0, "date")),
                Column(f"{name}_basis", "VARCHAR", _field(key, "basis")),
                Column(f"{name}_earliest", "DATE", _bound(key, 0, "earliest")),
                Column(f"{name}_latest", "DATE", _bound(key, 1, "latest")),
                Column(f"{name}_evidence", "VARCHAR", _field(key, "evidence")),
            ]
        elif f.name in WINDOW_ENDS and tp is str and record_type in WINDOW_RECORDS:
            cols.append(Column(name, "DATE", _bound(key, 0 if f.name == "earliest" else 1)))
        elif scalar:
            cols.append(Column(name, scalar, _field(key)))
            if f.name in DATED_TEXT and tp is str:
                cols.append(Column(f"{name}_earliest", "DATE", _bound(key, 0)))
                cols.append(Column(f"{name}_latest", "DATE", _bound(key, 1)))
        elif typing.get_origin(tp) is tuple and typing.get_args(tp)[:1] == (str,):
            cols.append(Column(name, "VARCHAR[]", _field(key)))
        elif typing.get_origin(tp) is tuple and typing.get_args(tp)[:1] == (model.SourceRef,):
            cols.append(Column(name, "JSON", _field(key)))
            cols.append(Column(f"{name}_names", "VARCHAR[]", _names(key)))
        else:
            cols.append(Column(name, "JSON", _field(key)))
    return cols


def table_columns(record_type: type) -> dict[str, str]:
    """Return the DuckDB column name -> SQL type mapping for one record type.

    Contract names that are SQL reserved words are renamed (``start`` -> ``start_char``, ``end`` ->
    ``end_char``, ``from`` -> ``from_article``, ``to`` -> ``to_article``); a reference to a person or
    body becomes flat columns (``source_name``, ``source_entity``, ``source_text``, ...); a list of
    references keeps its JSON and adds ``<field>_names``; lists of ids or names are ``VARCHAR[]``;
    window ends (``earliest``, ``latest``) are ``DATE``; TIMEX3 fields (``as_of``, ``date``) keep their
    value and add ``DATE`` columns ``<field>_earliest`` / ``<field>_latest``; a publication date becomes
    ``published_date``, ``published_basis``, ``published_earliest``, ``published_latest``, ...

    Args:
        record_type: a record type of ``TABLES``.

    Returns:
        Column name -> SQL type, in table order.
    """
    return {c.name: c.sql_type for c in _columns_of(record_type)}


def flat_row(record_type: type, row: Mapping[str, Any]) -> dict[str, Any]:
    """Return a dossier.json row as the values of its table's columns (``table_columns``).

    Args:
        record_type: the record type of the row's table.
        row: one record of dossier.json (contract field names).

    Returns:
        Column name -> value.
    """
    return {c.name: c.get(row) for c in _columns_of(record_type)}


# views that join what an analyst wants on one row; documented in docs/sql.md
VIEWS: dict[str, str] = {
    "claims_full": """
        SELECT c.id AS claim_id, c.value, c.low, c.high, c.qualifier, c.unit, c.measure, c.state,
               c.location, c.location_basis, c.as_of, c.as_of_earliest, c.as_of_latest, c.as_of_basis,
               coalesce(c.as_of_earliest, a.published_date, a.published_earliest) AS date_earliest,
               coalesce(c.as_of_latest, a.published_date, a.published_latest) AS date_latest,
               c.modality, c.source_name, c.source_entity, c.source_text, se.type AS source_type,
               c.via_names, c.text, c.sentence, c.start_char, c.end_char,
               c.track, t.measure AS track_measure, t.location AS track_location,
               t.independent_sources AS track_independent_sources, t.conflict AS track_conflict,
               c.article, a.title AS article_title, a.outlet, a.publisher, a.url,
               a.published_date, a.published_earliest, a.published_latest, a.published_basis, c.story
        FROM claims c
        LEFT JOIN articles a ON a.id = c.article
        LEFT JOIN tracks t ON t.id = c.track
        LEFT JOIN entities se ON se.id = c.source_entity
    """,
    "quotes_full": """
        SELECT q.id AS quote_id, q.kind, q.text, q.cue, q.speaker_name, q.speaker_entity, q.speaker_text,
               se.type AS speaker_type, se.roles AS speaker_roles,
               q.date, q.date_earliest, q.date_latest,
               coalesce(q.date_earliest, a.published_date, a.published_earliest) AS date_used_earliest,
               coalesce(q.date_latest, a.published_date, a.published_latest) AS date_used_latest,
               q.start_char, q.end_char,
               q.article, a.title AS article_title, a.outlet, a.publisher, a.url,
               a.published_date, a.published_earliest, a.published_latest, a.published_basis
        FROM quotes q
        LEFT JOIN articles a ON a.id = q.article
        LEFT JOIN entities se ON se.id = q.speaker_entity
    """,
    "event_evidence": """
        SELECT e.id AS event_id, e.date, e.date_earliest, e.date_latest, e.earliest, e.latest, e.kind, e.summary,
               x.ev->>'article' AS article, CAST(x.ev->>'start' AS BIGINT) AS start_char,
               CAST(x.ev->>'end' AS BIGINT) AS end_char, x.ev->>'sentence' AS sentence,
               a.title AS article_title, a.outlet
        FROM events e, unnest(CAST(e.evidence AS JSON[])) AS x(ev)
        LEFT JOIN articles a ON a.id = x.ev->>'article'
    """,
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

    def write_dossier(
        self, body: Mapping[str, Any], *, search: bool = True, tmp_dir: Path | None = None, part_digests: list[str] | None = None
    ) -> None:
        """Create (or replace) every table and view from a dossier.json dict.

        A store on a file also gets the full-text index of the same dossier beside it
        (``search.sqlite``, see ``write_search_index``), so that both are swapped into the
        output folder together.

        Args:
            body: the dict ``dossier_to_dict`` returns (or a parsed dossier.json).
            search: also write the full-text index beside a file store.
            tmp_dir: where the bulk-load files go (default: the system temp folder); the
                build passes its generation folder, so a killed build leaves nothing elsewhere.
            part_digests: a list that gets each story part's digest (``write_search_index``).
        """
        if search and self.path != ":memory:":
            write_search_index(body, Path(self.path).with_name(SEARCH_INDEX), part_digests=part_digests).close()
        with tempfile.TemporaryDirectory(prefix="dossier-store-", dir=tmp_dir) as tmp:
            loads: dict[str, tuple[Path, int]] = {}
            for name, record_type in TABLES.items():
                path = Path(tmp) / f"{name}.ndjson"
                n = 0
                # row by row into the load file: no list of the table's rows is ever held
                with path.open("w", encoding="utf-8") as fh:
                    for row in body.get(name) or []:
                        if isinstance(row, Mapping):
                            fh.write(json.dumps(flat_row(record_type, row), ensure_ascii=False))
                            fh.write("\n")
                            n += 1
                loads[name] = (path, n)
            self.load_tables(loads, body.get("schema_version", ""))

    def load_tables(self, loads: Mapping[str, tuple[Path, int]], schema_version: Any) -> None:
        """Create (or replace) every table and view, each table bulk-loaded from its file of rows.

        Args:
            loads: table name -> (a newline-delimited JSON file of its rows as ``flat_row`` gives
                them, one per line, in order; how many rows it holds).
            schema_version: the dossier's schema version (kept in ``meta``).
        """
        for view in VIEWS:
            self.conn.execute(f'DROP VIEW IF EXISTS "{view}"')
        for name, record_type in TABLES.items():
            cols = table_columns(record_type)
            self.conn.execute(f'DROP TABLE IF EXISTS "{name}"')
            col_sql = ", ".join(f'"{c}" {t}' for c, t in cols.items())
            self.conn.execute(f'CREATE TABLE "{name}" ({col_sql})')
            path, n = loads.get(name, (Path(), 0))
            if not n:
                continue
            spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in cols.items()) + "}"
            self.conn.execute(
                f'INSERT INTO "{name}" SELECT * FROM read_json(?, format=\'newline_delimited\', '
                f"columns={spec}, maximum_object_size=268435456)",
                [str(path)],
            )
        for view, sql in VIEWS.items():
            self.conn.execute(f'CREATE VIEW "{view}" AS {sql}')
        self.conn.execute("DROP TABLE IF EXISTS meta")
        self.conn.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
        self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", [schema_version])
        for m in MIGRATIONS:
            self.conn.execute("INSERT INTO meta VALUES ('migration', ?)", [m])

    def tables(self) -> list[str]:
        """Return the names of the tables (and views) in the store."""
        return sorted(r[0] for r in self.conn.execute("SELECT table_name FROM information_schema.tables").fetchall())

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Run one SQL query and return its rows as dicts.

        Args:
            sql: a query over the tables and views (``claims_full``, ``quotes_full``, ``event_evidence``).
            params: values for ``?`` placeholders.

        Returns:
            One dict per row, column name -> value.
        """
        cur = self.conn.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, rec)) for rec in cur.fetchall()]

    def rows(self, table: str, where: str = "", params: Iterable[Any] = (), *, limit: int | None = None) -> list[dict[str, Any]]:
        """Return rows of one table as dicts (JSON columns parsed), by their column names.

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
        json_cols = {c for c, t in table_columns(TABLES[table]).items() if t == "JSON"}
        out = self.query(sql, params)
        for row in out:
            for c in json_cols:
                if isinstance(row.get(c), str):
                    row[c] = json.loads(row[c])
        return out

    def count(self, table: str) -> int:
        """Return the number of rows in a table."""
        if table not in TABLES:
            raise StoreError(f"Unknown table {table!r}; tables: {', '.join(TABLES)}.")
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # type: ignore[index]


# --- full-text search index (SQLite FTS5) ----------------------------------------------------

SEARCH_INDEX = "search.sqlite"
SEARCH_INDEX_VERSION = "2"  # 2: story, article-row and label tables
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split article text into sentence offsets (end punctuation then a capital, or a line break).

    Args:
        text: an article's cleaned text.

    Returns:
        ``(start, end)`` offsets of each non-empty sentence, spaces trimmed.
    """
    out = []
    pos = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        seg_end = m.start() if m else len(text)
        seg = text[pos:seg_end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((pos + lead, pos + len(seg.rstrip())))
        if m:
            pos = m.end()
    return out


def index_fingerprint(body: Mapping[str, Any]) -> str:
    """A digest of what the search index holds (articles' ids and texts, quotes), to tell a stale index."""
    h = hashlib.sha1(SEARCH_INDEX_VERSION.encode())
    for aid, title, text in _article_fields(body):
        h.update(f"\x1e{aid}\x1f{title}\x1f{text}".encode("utf-8", "replace"))
    for q in _quote_fields(body):
        h.update(f"\x1e{q[0]}\x1f{q[2]}\x1f{q[7]}".encode("utf-8", "replace"))
    return h.hexdigest()


def _article_fields(body: Mapping[str, Any]) -> Iterator[tuple[Any, Any, Any]]:
    """``(id, title, text)`` of each article as its dossier.json dict holds them (a build's records
    read without converting them)."""
    if isinstance(body, LazyBody):
        for r in body.dossier.articles:
            yield r.id, r.title, r.text
        return
    for a in body.get("articles") or []:
        if isinstance(a, Mapping):
            yield a.get("id"), a.get("title"), a.get("text")


def _quote_fields(body: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """``(id, article, text, start, end, speaker name, speaker text, name or text)`` of each quote
    as its dossier.json dict holds them (a missing speaker: None for all three)."""
    if isinstance(body, LazyBody):
        for r in body.dossier.quotes:
            ref = r.speaker
            if ref is None:
                yield r.id, r.article, r.text, r.start, r.end, None, None, None
            else:
                yield r.id, r.article, r.text, r.start, r.end, ref.name, ref.text, ref.name or ref.text
        return
    for q in body.get("quotes") or []:
        if isinstance(q, Mapping):
            sp_raw = q.get("speaker")
            sp: Mapping[str, Any] = sp_raw if isinstance(sp_raw, Mapping) else {}
            yield (q.get("id"), q.get("article"), q.get("text"), q.get("start"), q.get("end"), sp.get("name"), sp.get("text"),
                   sp.get("name") or sp.get("text"))


class _RecordView(Mapping[str, Any]):
    """One record read as its dossier.json dict, each field converted only when it is read (the
    search index reads a few fields of each article and quote)."""

    __slots__ = ("record", "attrs")

    def __init__(self, record: Any) -> None:
        kind: type = type(record)
        self.record = record
        self.attrs = _attrs_of(kind)

    def __getitem__(self, key: str) -> Any:
        return record_dict(getattr(self.record, self.attrs[key]))

    def __iter__(self) -> Iterator[str]:
        return iter(self.attrs)

    def __len__(self) -> int:
        return len(self.attrs)


@functools.lru_cache(maxsize=None)
def _attrs_of(record_type: type) -> dict[str, str]:
    """dossier.json key -> attribute of a record type."""
    return {key: name for name, key in _field_keys(record_type) or ()}


def _rows(body: Mapping[str, Any], name: str) -> Iterable[Any]:
    """``body.get(name) or []``: for a build's ``LazyBody``, its records as lazily converted dicts."""
    if isinstance(body, LazyBody):
        return [_RecordView(r) for r in getattr(body.dossier, name)]
    return body.get(name) or []


def write_search_index(
    body: Mapping[str, Any], path: str | Path, *, part_digests: list[str] | None = None,
    fragments: TextFragments | None = None, record_digests: Mapping[str, Sequence[str]] | None = None,
) -> sqlite3.Connection:
    """Build the full-text index of a dossier: every article sentence, title and quote, ranked by bm25.

    The index is an SQLite FTS5 table (``porter unicode61`` tokens: case, accents and word
    endings folded) of passages with their article and character offsets, so that a hit
    links back into the article text.

    Args:
        body: the dossier.json dict.
        path: the index file to write (replaced), or ``":memory:"``.
        part_digests: a list that gets the SHA-256 of each story part's JSON as written to
            ``story_parts``, in the order of ``story_slices`` (nothing for a dossier of one
            story): the report keys its story blocks by them without encoding the parts again.

    Returns:
        The open connection to the new index.
    """
    if str(path) != ":memory:":
        Path(path).unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute(
        "CREATE VIRTUAL TABLE passages USING fts5(body, title, speaker, kind UNINDEXED, article UNINDEXED, "
        "start_char UNINDEXED, end_char UNINDEXED, quote UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(body, article UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    # passages go in by batches (rowid i + 1 for the i-th), so the corpus's passages are never
    # held at once; each article's runs of rowids are kept as they go (``_write_article_rows``)
    rows: list[tuple[Any, ...]] = []
    runs: list[tuple[str, int, int]] = []
    done = 0

    def flush() -> None:
        nonlocal done
        conn.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        for i, r in enumerate(rows, done + 1):
            aid = str(r[4])
            if runs and runs[-1][0] == aid and runs[-1][2] == i - 1:
                runs[-1] = (aid, runs[-1][1], i)
            else:
                runs.append((aid, i, i))
        done += len(rows)
        rows.clear()

    def text_of(v: object) -> str:
        return v if isinstance(v, str) else ""

    def int_of(v: object) -> int | None:
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    for raw_id, raw_title, raw_text in _article_fields(body):
        text, aid = text_of(raw_text), str(raw_id)
        conn.execute("INSERT INTO docs VALUES (?, ?)", [text, aid])
        for s, e in split_sentences(text):
            rows.append((text[s:e], "", "", "article", aid, s, e, None))
        if text_of(raw_title):
            rows.append(("", text_of(raw_title), "", "title", aid, None, None, None))
        if len(rows) >= 5000:
            flush()
    for qid, article, qtext, start, end, sp_name, sp_text, _either in _quote_fields(body):
        rows.append((text_of(qtext), "", text_of(sp_name) or text_of(sp_text), "quote", str(article), int_of(start), int_of(end), str(qid)))
        if len(rows) >= 5000:
            flush()
    flush()
    _write_article_rows(conn, runs)
    _write_article_labels(conn, body)
    _write_story_tables(conn, body, part_digests, fragments=fragments, record_digests=record_digests)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("fingerprint", index_fingerprint(body)), ("version", SEARCH_INDEX_VERSION)])
    conn.commit()
    return conn


# --- what questions load: one story at a time, found by its words (indexed, never a scan) ---------

STORY_WORD = re.compile(r"[a-z][a-z'-]{2,}")
# top-level lists cut down to one story's articles (the rest of the dossier dict is kept as it is)
_BY_ARTICLE = ("claims", "quotes", "time_expressions", "summary")
# left out of a story's part: nothing that answers a question reads them
_NOT_IN_PART = ("rejections",)
_LABEL_FIELDS = ("id", "title", "source", "outlet", "publisher", "published")


def story_slices(body: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], dict[str, Any], set[str]]]:
    """Every story of a dossier dict with its part of the dossier and the words that name it, in one pass.

    The part equals ``present.stories.story_body(body, id)`` (its articles, their claims, quotes,
    time expressions, summary sentences, the story's tracks and events, relations between its
    articles, entities mentioned in them with their mentions in them; ``stories`` holds the one story) without the keys of
    ``_NOT_IN_PART``; the words equal ``present.stories._story_words`` (titles and datelines of its
    articles, its tracks' measures and places, names of the entities its articles mention).
    Linear in the size of the dossier, however many stories (``story_body`` per story is not).

    Args:
        body: the dossier.json dict.

    Yields:
        ``(story, part, words)`` in the order of ``body["stories"]`` (stories that are not objects skipped).
    """
    stories = [s for s in body.get("stories") or [] if isinstance(s, Mapping)]
    first: dict[Any, int] = {}  # a story id -> the first story with it (``story_body`` finds that one)
    for i, s in enumerate(stories):
        first.setdefault(_hashable(s.get("id")), i)
    canon = [first[_hashable(s.get("id"))] for s in stories]
    of_article: dict[Any, list[int]] = defaultdict(list)
    members: dict[int, set[Any]] = {}
    for i in sorted(set(canon)):
        members[i] = {_hashable(a) for a in stories[i].get("articles") or []}
        for aid in members[i]:
            of_article[aid].append(i)
    per: dict[str, dict[int, list[Any]]] = {key: defaultdict(list) for key in ("articles", *_BY_ARTICLE, "tracks", "events", "relations", "entities")}
    for key, fld in (("articles", "id"), *((k, "article") for k in _BY_ARTICLE)):
        for x in body.get(key) or []:
            if isinstance(x, Mapping):
                for i in of_article.get(_hashable(x.get(fld)), ()):
                    per[key][i].append(x)
    for key in ("tracks", "events"):
        for x in body.get(key) or []:
            if isinstance(x, Mapping) and _hashable(x.get("story")) in first:
                per[key][first[_hashable(x.get("story"))]].append(x)
    for r in body.get("relations") or []:
        if isinstance(r, Mapping):
            for i in of_article.get(_hashable(r.get("from")), ()):
                if r.get("to") is None or _hashable(r.get("to")) in members[i]:
                    per["relations"][i].append(r)
    for e in body.get("entities") or []:
        if isinstance(e, Mapping):
            mentions = e.get("mentions") or []
            own: dict[int, list[Any]] = defaultdict(list)
            for m in mentions:
                if isinstance(m, Mapping):
                    for i in of_article.get(_hashable(m.get("article")), ()):
                        own[i].append(m)
            for i, ms in own.items():
                # a story's part holds its own mentions of an entity: a mention in another
                # story changes nothing of this story's part (its page, its cached block)
                per["entities"][i].append(e if len(ms) == len(mentions) else {**e, "mentions": ms})
    tracks: dict[Any, list[Mapping[str, Any]]] = defaultdict(list)  # a track id -> its tracks (ids may repeat)
    for t in body.get("tracks") or []:
        if isinstance(t, Mapping):
            tracks[_hashable(t.get("id"))].append(t)
    rest = {k: v for k, v in body.items() if k not in _NOT_IN_PART}
    for s, c in zip(stories, canon):
        part = dict(rest)
        for key, lists in per.items():
            part[key] = list(lists.get(c, ()))
        part["stories"] = [stories[c]]
        texts = [str(s.get("title") or "")]
        for a in part["articles"]:
            texts.append(str(a.get("title") or ""))
            texts.append(str(a.get("dateline") or ""))
        # the story's own tracks by id (not a walk of every track per story: the words are a set)
        own_tracks = {_hashable(x) for x in s.get("tracks") or []}
        texts += [f"{t.get('measure') or ''} {t.get('location') or ''}" for k in own_tracks for t in tracks.get(k, ())]
        texts += [str(e.get("name") or "") for e in part["entities"]]
        yield s, part, {w for t in texts for w in STORY_WORD.findall(t.lower())}


def story_slices_of(dossier: Dossier) -> Iterator[tuple[dict[str, Any], dict[str, Any], set[str]]]:
    """``story_slices(body_dict(dossier))`` read from the records: the same stories, parts and words,
    with only one story's part converted to dicts at a time (the whole dossier dict is never built).

    Args:
        dossier: the built dossier.

    Yields:
        ``(story, part, words)`` in the order of ``dossier.stories``, equal to ``story_slices``'s.
    """
    for _i, story, part, words in _slices_of(dossier, None):
        yield story, part, words


def story_parts_of(dossier: Dossier, wanted: Container[int]) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(k, part)`` of the k-th story for each k in ``wanted``, in order: the parts ``story_slices_of``
    gives, without converting the other stories' records (a report whose other blocks are kept).

    Args:
        dossier: the built dossier.
        wanted: positions in ``dossier.stories``.

    Yields:
        ``(position, part)`` in the order of ``dossier.stories``.
    """
    if isinstance(wanted, (set, frozenset, list, tuple, dict)) and not wanted:
        return  # nothing to cut (a report whose blocks are all kept): no index of the records
    for i, _story, part, _words in _slices_of(dossier, wanted):
        yield i, part


@dataclasses.dataclass
class _StoryIndex:
    """Where each story's records are in a dossier's tables (``_story_index``)."""

    stories: list[Any]
    canon: list[int]  # each story's position -> the first story with its id (whose part it gets)
    per: dict[str, dict[int, list[int]]]  # table -> a canonical story -> positions of its records
    own: dict[int, dict[int, list[Any]]]  # a canonical story -> an entity's position -> its mentions there
    track_at: dict[Any, list[int]]  # a track id -> positions of the tracks with it


# the story index of the dossier being written (``write_outputs``): the search index and the
# report both cut the dossier by story; made once for both, dropped when the writing ends
_KEPT_INDEX: list[Any] = [None, None]


@contextmanager
def _one_story_index(dossier: Dossier) -> Iterator[None]:
    """While the block runs, ``_story_index(dossier)`` is made once and kept (for this dossier only)."""
    _KEPT_INDEX[:] = [dossier, None]
    try:
        yield
    finally:
        _KEPT_INDEX[:] = [None, None]


def _story_index(dossier: Dossier) -> _StoryIndex:
    """Each story's records as positions in the dossier's tables, found in one pass over them."""
    if _KEPT_INDEX[0] is dossier:
        if _KEPT_INDEX[1] is None:
            _KEPT_INDEX[1] = _make_story_index(dossier)
        return typing.cast(_StoryIndex, _KEPT_INDEX[1])
    return _make_story_index(dossier)


def _make_story_index(dossier: Dossier) -> _StoryIndex:
    stories = list(dossier.stories)
    first: dict[Any, int] = {}
    for i, s in enumerate(stories):
        first.setdefault(_hashable(s.id), i)
    canon = [first[_hashable(s.id)] for s in stories]
    of_article: dict[Any, list[int]] = defaultdict(list)
    members: dict[int, set[Any]] = {}
    for i in sorted(set(canon)):
        members[i] = {_hashable(a) for a in stories[i].articles}
        for aid in members[i]:
            of_article[aid].append(i)
    # each story's records as positions in the dossier's tables (records are converted per story)
    per: dict[str, dict[int, list[int]]] = {key: defaultdict(list) for key in ("articles", *_BY_ARTICLE, "tracks", "events", "relations", "entities")}
    for key, fld in (("articles", "id"), *((k, "article") for k in _BY_ARTICLE)):
        for j, x in enumerate(getattr(dossier, key)):
            for i in of_article.get(_hashable(getattr(x, fld)), ()):
                per[key][i].append(j)
    for key in ("tracks", "events"):
        for j, x in enumerate(getattr(dossier, key)):
            if _hashable(x.story) in first:
                per[key][first[_hashable(x.story)]].append(j)
    for j, r in enumerate(dossier.relations):
        for i in of_article.get(_hashable(r.from_), ()):
            if r.to is None or _hashable(r.to) in members[i]:
                per["relations"][i].append(j)
    # an entity's mentions by story, found in one pass: a story's part converts only its own
    # mentions (converting an entity named across the corpus for each story was most of the time)
    own: dict[int, dict[int, list[Any]]] = defaultdict(dict)
    for j, e in enumerate(dossier.entities):
        for m in e.mentions:
            for i in of_article.get(_hashable(m.article), ()):
                got = own[i].get(j)
                if got is None:
                    got = own[i][j] = []
                    per["entities"][i].append(j)
                got.append(m)
    track_at: dict[Any, list[int]] = defaultdict(list)
    for j, t in enumerate(dossier.tracks):
        track_at[_hashable(t.id)].append(j)
    return _StoryIndex(stories, canon, per, own, track_at)


def _slices_of(dossier: Dossier, wanted: Container[int] | None, index: _StoryIndex | None = None) -> Iterator[tuple[int, dict[str, Any], dict[str, Any], set[str]]]:
    """``story_slices_of`` with positions, only for the stories ``wanted`` (None: every one)."""
    ix = index if index is not None else _story_index(dossier)
    stories, canon, per, own, track_at = ix.stories, ix.canon, ix.per, ix.own, ix.track_at
    names = ["schema_version", *(f.name for f in dataclasses.fields(dossier) if f.name != "schema_version")]
    for k, (s, c) in enumerate(zip(stories, canon)):
        if wanted is not None and k not in wanted:
            continue
        part: dict[str, Any] = {}
        for name in names:
            if name in _NOT_IN_PART:
                continue
            if name == "schema_version":
                part[name] = dossier.schema_version
            elif name == "stories":
                part[name] = [record_dict(stories[c])]
            elif name == "entities":
                # a story's part holds its own mentions of an entity (as ``story_slices``)
                part[name] = [_entity_in_story(dossier.entities[j], own[c][j]) for j in per[name].get(c, ())]
            elif name in per:
                table = getattr(dossier, name)
                part[name] = [record_dict(table[j]) for j in per[name].get(c, ())]
            else:  # pragma: no cover - every table of a dossier is cut by story above
                part[name] = record_dict(getattr(dossier, name))
        texts = [str(s.title or "")]
        for a in part["articles"]:
            texts.append(str(a.get("title") or ""))
            texts.append(str(a.get("dateline") or ""))
        own_tracks = {_hashable(x) for x in s.tracks}
        at = sorted(j for k in own_tracks for j in track_at.get(k, ()))
        texts += [f"{dossier.tracks[j].measure or ''} {dossier.tracks[j].location or ''}" for j in at]
        texts += [str(e.get("name") or "") for e in part["entities"]]
        yield k, record_dict(s), part, {w for t in texts for w in STORY_WORD.findall(t.lower())}


_ENTITY_FIELDS = tuple(f.name for f in dataclasses.fields(Entity) if f.name != "mentions")


def _value_digest(value: Any) -> bytes:
    """A digest of a value of records, scalars, tuples and lists: its pickle without the memo
    (equal bytes are equal values, whatever objects they share; values that pickle differently
    only miss a kept text)."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, 5)
    pickler.fast = True
    pickler.dump(value)
    return hashlib.blake2b(buf.getvalue(), digest_size=16).digest()


def _part_key(
    dossier: Dossier, ix: _StoryIndex, k: int, digests: Mapping[str, Sequence[str]], entity_digests: dict[int, bytes] | None = None
) -> str:
    """What the k-th story's part and words are read from, as one digest: the digests of its
    records' dossier.json text (``write_outputs``'s record digests), table by table in order.

    An entity's part is its record cut to its mentions in the story's articles, and those
    articles are the canonical story's (``stories[c]``, whose record counts); the words read the
    story's own record and every track named by its ``tracks``. ``entity_digests`` keeps each
    entity's digest of its other fields between the stories that name it (made once per entity).
    """
    s, c = ix.stories[k], ix.canon[k]
    memo = entity_digests if entity_digests is not None else {}
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{_writer_digest()}\x1e{dossier.schema_version}\x1e".encode("utf-8", "surrogatepass"))
    h.update(digests["stories"][k].encode())
    h.update(digests["stories"][c].encode())
    for name, lists in ix.per.items():
        h.update(f"\x1e{name}".encode())
        if name == "entities":
            # an entity as the part holds it: its other fields and its mentions in the story's
            # articles only (a mention added in another story leaves this part as it is)
            for j in lists.get(c, ()):
                fields = memo.get(j)
                if fields is None:
                    e = dossier.entities[j]
                    fields = memo[j] = _value_digest(tuple(getattr(e, f) for f in _ENTITY_FIELDS))
                h.update(fields)
                h.update(_value_digest(ix.own[c][j]))
            continue
        table = digests[name]
        for j in lists.get(c, ()):
            h.update(table[j].encode())
    h.update(b"\x1etracks named")
    table = digests["tracks"]
    for j in sorted(j for x in {_hashable(x) for x in s.tracks} for j in ix.track_at.get(x, ())):
        h.update(table[j].encode())
    return "part:" + h.hexdigest()


def _entity_in_story(e: Entity, mentions: list[Any]) -> dict[str, Any]:
    """``_own_mentions(record_dict(e), members)`` given the entity's mentions in the story's
    articles (in order): only those are converted."""
    return {key: record_dict(mentions if name == "mentions" else getattr(e, name)) for name, key in _field_keys(Entity) or ()}


def _own_mentions(e: dict[str, Any], members: set[Any]) -> dict[str, Any]:
    """An entity's dict with only its mentions in a story's articles (``members``), as ``story_slices`` cuts it."""
    mentions = e.get("mentions") or []
    ms = [m for m in mentions if isinstance(m, Mapping) and _hashable(m.get("article")) in members]
    return e if len(ms) == len(mentions) else {**e, "mentions": ms}


def _hashable(v: object) -> Any:
    """``v`` when it can be a dict key, else a value no other equals (so it matches nothing)."""
    try:
        hash(v)
    except TypeError:
        return object()
    return v


def _lazy_rows_list(o: object) -> list[Any]:
    """JSON for a ``LazyBody`` table walked inside a story part: its rows as a list."""
    if isinstance(o, _LazyRows):
        return list(o)
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


def part_digest(part_json: str) -> str:
    """The digest a story part's JSON text is known by (``write_search_index``'s ``part_digests``)."""
    return hashlib.sha256(part_json.encode("utf-8", "surrogatepass")).hexdigest()


def _write_story_tables(
    conn: sqlite3.Connection, body: Mapping[str, Any], part_digests: list[str] | None = None, *,
    fragments: TextFragments | None = None, record_digests: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Tables that let a question load one story instead of the dossier (``load_story_part``, ``story_candidates``).

    ``story_parts``: each story's part of the dossier as JSON, keyed by its position (``whole``:
    the dossier without ``_NOT_IN_PART`` for a dossier of at most one story, which questions
    answer as a whole); ``story_words``: (word, story) with its primary key on the word.
    """
    conn.execute("CREATE TABLE story_meta (ord INTEGER PRIMARY KEY, id TEXT, articles INTEGER, title TEXT)")
    conn.execute("CREATE TABLE story_parts (ord INTEGER PRIMARY KEY, part TEXT)")
    conn.execute("CREATE TABLE story_words (word TEXT, ord INTEGER, PRIMARY KEY (word, ord)) WITHOUT ROWID")
    stories = [s for s in body.get("stories") or [] if isinstance(s, Mapping)]
    if len(stories) <= 1:
        whole = {k: v for k, v in body.items() if k not in _NOT_IN_PART}
        conn.execute("INSERT INTO story_parts VALUES (-1, ?)", [json.dumps(whole, ensure_ascii=False, default=_lazy_rows_list)])
        conn.execute("INSERT INTO meta VALUES ('stories', '0')")
        return
    n = 0
    if isinstance(body, LazyBody) and fragments is not None and record_digests is not None:
        for i, (story, ptext, pdigest, pwords) in enumerate(_kept_story_parts(body.dossier, fragments, record_digests)):
            conn.execute("INSERT INTO story_meta VALUES (?, ?, ?, ?)", [i, str(story.id), len(story.articles), str(story.title or "")])
            conn.execute("INSERT INTO story_parts VALUES (?, ?)", [i, ptext])
            if part_digests is not None:
                part_digests.append(pdigest)
            conn.executemany("INSERT INTO story_words VALUES (?, ?)", [(w, i) for w in pwords])
            n = i + 1
        conn.execute("INSERT INTO meta VALUES ('stories', ?)", [str(n)])
        return
    # a dossier's records (the build's ``LazyBody``) are cut by story without the whole dict
    slices = story_slices_of(body.dossier) if isinstance(body, LazyBody) else story_slices(body)
    for i, (s, part, words) in enumerate(slices):
        conn.execute("INSERT INTO story_meta VALUES (?, ?, ?, ?)", [i, str(s.get("id")), len(s.get("articles") or []), str(s.get("title") or "")])
        text = json.dumps(part, ensure_ascii=False, default=_lazy_rows_list)
        conn.execute("INSERT INTO story_parts VALUES (?, ?)", [i, text])
        if part_digests is not None:
            part_digests.append(part_digest(text))
        conn.executemany("INSERT INTO story_words VALUES (?, ?)", [(w, i) for w in sorted(words)])
        n = i + 1
    conn.execute("INSERT INTO meta VALUES ('stories', ?)", [str(n)])


def _kept_story_parts(
    dossier: Dossier, fragments: TextFragments, digests: Mapping[str, Sequence[str]]
) -> Iterator[tuple[Any, str, str, list[str]]]:
    """``(story, part JSON, its digest, its words sorted)`` of every story in order, as
    ``_write_story_tables`` makes them from ``story_slices_of``: a story whose records' texts
    are those of an earlier build's (``_part_key``) has its part read back from ``fragments``;
    only the others are cut and encoded again (and kept)."""
    ix = _story_index(dossier)
    entity_digests: dict[int, bytes] = {}
    keys = [_part_key(dossier, ix, k, digests, entity_digests) for k in range(len(ix.stories))]
    for lo in range(0, len(keys), 256):
        batch = keys[lo : lo + 256]
        kept = fragments.get_texts(batch)
        missing = {k for k, key in enumerate(batch, lo) if key not in kept}
        new: dict[str, str] = {}
        for k in sorted(missing):
            if keys[k] not in new:
                text, words = _part_text(dossier, ix, k, fragments, digests)
                new[keys[k]] = part_digest(text) + "\n" + " ".join(sorted(words)) + "\n" + text
        if new:
            fragments.put_texts(new)
        for k, key in enumerate(batch, lo):
            digest, words_text, text = (kept.get(key) or new[key]).split("\n", 2)
            yield ix.stories[k], text, digest, words_text.split()


def _part_text(
    dossier: Dossier, ix: _StoryIndex, k: int, fragments: TextFragments, digests: Mapping[str, Sequence[str]]
) -> tuple[str, set[str]]:
    """The k-th story's part as ``json.dumps(part, ensure_ascii=False)`` writes it (``_slices_of``'s
    part) and its words, put together from each record's compact JSON: ``json.dumps`` of a dict
    or list is its items' texts joined by ``", "`` inside brackets, so the part of a story that
    changed re-encodes only the records that changed (a record's text is kept in ``fragments`` by
    its digest; an entity, cut to its mentions in the story, is encoded each time)."""
    s, c = ix.stories[k], ix.canon[k]
    version = _writer_digest()
    wanted: list[tuple[str, int]] = [("stories", c)]
    for name, lists in ix.per.items():
        if name != "entities":
            wanted += [(name, j) for j in lists.get(c, ())]
    keys = {(name, j): f"cj:{version}:{name}:{digests[name][j]}" for name, j in wanted}
    kept = fragments.get_texts(keys.values())
    made: dict[str, str] = {}

    def compact(name: str, j: int) -> str:
        key = keys[(name, j)]
        text = kept.get(key) or made.get(key)
        if text is None:
            text = made[key] = json.dumps(record_dict(getattr(dossier, name)[j]), ensure_ascii=False)
        return text

    pieces: list[str] = []
    for f in ("schema_version", *(f.name for f in dataclasses.fields(dossier) if f.name != "schema_version")):
        if f in _NOT_IN_PART:
            continue
        if f == "schema_version":
            value = json.dumps(dossier.schema_version, ensure_ascii=False)
        elif f == "stories":
            value = "[" + compact("stories", c) + "]"
        elif f == "entities":
            value = "[" + ", ".join(json.dumps(_entity_in_story(dossier.entities[j], ix.own[c][j]), ensure_ascii=False)
                                    for j in ix.per["entities"].get(c, ())) + "]"
        else:
            value = "[" + ", ".join(compact(f, j) for j in ix.per[f].get(c, ())) + "]"
        pieces.append(json.dumps(f, ensure_ascii=False) + ": " + value)
    if made:
        fragments.put_texts(made)
    texts = [str(s.title or "")]
    for j in ix.per["articles"].get(c, ()):
        a = dossier.articles[j]
        texts.append(str(a.title or ""))
        texts.append(str(a.dateline or ""))
    own_tracks = {_hashable(x) for x in s.tracks}
    at = sorted(j for x in own_tracks for j in ix.track_at.get(x, ()))
    texts += [f"{dossier.tracks[j].measure or ''} {dossier.tracks[j].location or ''}" for j in at]
    texts += [str(dossier.entities[j].name or "") for j in ix.per["entities"].get(c, ())]
    return "{" + ", ".join(pieces) + "}", {w for t in texts for w in STORY_WORD.findall(t.lower())}


def _write_article_rows(conn: sqlite3.Connection, runs: Sequence[tuple[str, int, int]]) -> None:
    """``article_rows``: the runs of passage rowids of each article (its sentences and title, then its quotes).

    Passages are inserted in order, so the i-th has rowid ``i``; ``runs`` are ``(article, first
    rowid, last rowid)`` of consecutive passages of one article. A search restricted to some
    articles reads only their runs (``search_index(..., articles=...)``), by rowid.
    """
    conn.execute("CREATE TABLE article_rows (article TEXT, lo INTEGER, hi INTEGER)")
    conn.executemany("INSERT INTO article_rows VALUES (?, ?, ?)", runs)
    conn.execute("CREATE INDEX article_rows_article ON article_rows (article)")


def _write_article_labels(conn: sqlite3.Connection, body: Mapping[str, Any]) -> None:
    """``articles``: each article's id and the fields a search hit's label shows (JSON), keyed by id."""
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, info TEXT) WITHOUT ROWID")
    rows: dict[str, str] = {}
    for a in _rows(body, "articles"):
        if isinstance(a, Mapping):
            rows.setdefault(str(a.get("id")), json.dumps({k: a.get(k) for k in _LABEL_FIELDS if k in a}, ensure_ascii=False))
    conn.executemany("INSERT INTO articles VALUES (?, ?)", list(rows.items()))


def has_story_tables(conn: sqlite3.Connection) -> bool:
    """Tell whether an open index holds the story tables (indexes written before them do not)."""
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_meta'").fetchone() is not None
    except sqlite3.Error:
        return False


def story_count(conn: sqlite3.Connection) -> int:
    """How many stories the index's dossier has (0 when it is answered as a whole)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'stories'").fetchone()
    return int(row[0]) if row else 0


def story_candidates(conn: sqlite3.Connection, words: Iterable[str] | Mapping[str, str]) -> list[tuple[int, int, int, str]]:
    """Stories sharing words with a question: ``(shared words, articles, position, id)`` for each, by the word index.

    ``words`` may map each form looked for to the question's word it stands for (its variants):
    a story then shares that word once, whichever forms it holds."""
    groups = dict(words) if isinstance(words, Mapping) else {w: w for w in words}
    ws = sorted(groups)
    if not ws:
        return []
    values = ",".join("(?, ?)" for _ in ws)
    sql = (f"WITH q(word, g) AS (VALUES {values}) "
           "SELECT w.ord, count(DISTINCT q.g), m.articles, m.id FROM story_words w JOIN q ON q.word = w.word "
           "JOIN story_meta m ON m.ord = w.ord GROUP BY w.ord")
    args = [x for w in ws for x in (w, groups[w])]
    return [(int(c), int(a or 0), int(o), str(i)) for o, c, a, i in conn.execute(sql, args).fetchall()]


def story_order(conn: sqlite3.Connection) -> list[int]:
    """Positions of every story, in the dossier's order."""
    return list(range(story_count(conn)))


def load_story_part(conn: sqlite3.Connection, ord_: int) -> tuple[str | None, str | None, dict[str, Any]] | None:
    """One story's part of the dossier (``-1``: the whole dossier of at most one story): ``(id, title, part)``."""
    row = conn.execute("SELECT part FROM story_parts WHERE ord = ?", [int(ord_)]).fetchone()
    if row is None:
        return None
    meta = conn.execute("SELECT id, title FROM story_meta WHERE ord = ?", [int(ord_)]).fetchone() or (None, None)
    part = json.loads(row[0])
    return meta[0], meta[1], part if isinstance(part, dict) else {}


def article_labels(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The label fields of some articles (by the primary key), for search hits."""
    want = sorted(set(ids))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(want), 500):
        chunk = want[i : i + 500]
        for aid, info in conn.execute(f"SELECT id, info FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[str(aid)] = json.loads(info)
    return out


def open_index_of_output(out_dir: str | Path) -> sqlite3.Connection | None:
    """Open ``OUT/search.sqlite`` when it belongs to the same build as ``OUT/dossier.json``, without reading the dossier.

    The build writes both into one generation folder and swaps them in together (``write_outputs``),
    so the index is current when both links resolve into the same folder. None for a folder
    of another layout, an index without the story tables, or one that cannot be read.
    """
    out = Path(out_dir)
    if not out.is_dir():
        return None
    index, body = (out / SEARCH_INDEX).resolve(), (out / "dossier.json").resolve()
    if not index.is_file() or not body.is_file() or index.parent != body.parent or index.parent == out.resolve():
        return None
    opened = _open_with_meta(index, "version")
    if opened is None:
        return None
    conn, ok = opened
    if not ok or ok[0] != SEARCH_INDEX_VERSION or not has_story_tables(conn):
        conn.close()
        return None
    return conn


def _open_with_meta(path: Path, key: str) -> tuple[sqlite3.Connection, Any] | None:
    """An index opened read-only with the row of its ``meta`` table for ``key`` (None when unreadable)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return conn, conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.Error:
        return None


def open_search_index(path: str | Path, body: Mapping[str, Any]) -> sqlite3.Connection | None:
    """Open a built index when it is the index of ``body`` (None when missing, unreadable or stale)."""
    p = Path(path)
    if not p.is_file():
        return None
    opened = _open_with_meta(p, "fingerprint")
    if opened is None:
        return None
    conn, row = opened
    if not row or row[0] != index_fingerprint(body):
        conn.close()
        return None
    return conn


def _search_runs(conn: sqlite3.Connection, select: str, fts: str, articles: list[str], limit: int) -> list[Any]:
    """The best ``limit`` passages of some articles: one rowid-range query per run, merged by score."""
    runs: list[tuple[int, int]] = []
    for i in range(0, len(articles), 500):
        chunk = articles[i : i + 500]
        runs += conn.execute(f"SELECT lo, hi FROM article_rows WHERE article IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(runs):  # runs of neighbouring articles: one range
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    found: list[tuple[float, int, Any]] = []
    for lo, hi in merged:
        for row in conn.execute(select.replace("SELECT ", "SELECT rowid, ", 1) + " AND rowid BETWEEN ? AND ? ORDER BY score LIMIT ?",
                                [fts, lo, hi, limit]).fetchall():
            found.append((float(row[-1]), int(row[0]), row[1:]))
    found.sort(key=lambda x: (x[0], x[1]))
    return [r for _, _, r in found[:limit]]


def _fts_query(q: str, *, any_word: bool = False) -> str:
    """An FTS5 query from what people type: "quoted phrases" kept, every other word a term; no operators."""
    parts = [m.group(1) or m.group(2) for m in re.finditer(r'"([^"]+)"|(\S+)', q)]
    terms = []
    for p in parts:
        words = re.findall(r"\w+", p or "")
        if words:
            terms.append('"' + " ".join(words) + '"')
    return (" OR " if any_word else " ").join(terms)


def _marked_snippet(marked: str, width: int) -> tuple[str, str, str, int | None]:
    """Cut ``before``/``match``/``after`` around the first marked match; spaces kept as they are."""
    i = marked.find(_MARK_OPEN)
    if i == -1:
        clean = marked.replace(_MARK_CLOSE, "")
        return "", "", clean[: 2 * width], None
    j = marked.find(_MARK_CLOSE, i)
    # neighbouring matched words ("North Korean soldiers") are one match
    while j != -1 and (m := re.match(r"\s+" + _MARK_OPEN, marked[j + 1 :])) is not None:
        nxt = marked.find(_MARK_CLOSE, j + 1 + m.end())
        if nxt == -1:
            break
        j = nxt
    clean_before = marked[:i].replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
    match = marked[i + 1 : j].replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
    after = marked[j + 1 :].replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
    before = clean_before[-width:]
    if len(clean_before) > width:
        cut = before.find(" ")
        before = before[cut:] if 0 <= cut < 20 else before
    if len(after) > width:
        cut = after.rfind(" ", 0, width)
        after = after[: cut if cut > width // 2 else width]
    return before, match, after, len(clean_before)


def search_index(conn: sqlite3.Connection, q: str, *, limit: int = 100, any_word: bool = False, width: int = 90,
                 articles: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Search the index: hits ranked by bm25 (best first), each with its match in context.

    Every word must occur (``"phrases"`` as phrases) unless ``any_word``; case, accents and
    word endings are folded ("soldier" finds "soldiers").

    Args:
        conn: from ``write_search_index`` or ``open_search_index``.
        q: the words or "phrases" people typed.
        limit: the most hits.
        any_word: match passages holding any of the words (to find what is close).
        width: characters of context on each side of the match.
        articles: only passages of these articles (read by their rowid runs in ``article_rows``, never
            by a scan; scores are the same as over the whole index). None: every article.

    Returns:
        Hits: ``kind`` (article|title|quote), ``article``, ``quote``, ``start``/``end`` offsets
        of the match in the article text (quotes and titles: of the passage), ``passage_start``/
        ``passage_end``, ``text`` (the whole passage), ``speaker``, ``score`` (bm25, lower is
        better) and the snippet ``before``/``match``/``after``.
    """
    fts = _fts_query(q, any_word=any_word)
    if not fts:
        return []
    select = (
        "SELECT kind, article, start_char, end_char, quote, body, title, speaker, "
        f"highlight(passages, 0, '{_MARK_OPEN}', '{_MARK_CLOSE}'), highlight(passages, 1, '{_MARK_OPEN}', '{_MARK_CLOSE}'), "
        f"highlight(passages, 2, '{_MARK_OPEN}', '{_MARK_CLOSE}'), bm25(passages, 1.0, 2.0, 1.5) AS score "
        "FROM passages WHERE passages MATCH ?"
    )
    try:
        if articles is not None:
            rows = _search_runs(conn, select, fts, sorted(set(articles)), int(limit))
        else:
            rows = conn.execute(select + " ORDER BY score LIMIT ?", [fts, int(limit)]).fetchall()
        if not any_word and len(rows) < limit and articles is None:
            # articles that hold every word, though no one sentence does: their best sentence, ranked after
            seen = {r[1] for r in rows if r[0] == "article"}
            any_fts = _fts_query(q, any_word=True)
            for (article,) in conn.execute("SELECT article FROM docs WHERE docs MATCH ? ORDER BY bm25(docs)", [fts]).fetchall():
                if article in seen or len(rows) >= limit:
                    continue
                best = conn.execute(select + " AND article = ? AND kind = 'article' ORDER BY score LIMIT 1", [any_fts, article]).fetchall()
                rows += best
    except sqlite3.Error:
        return []
    hits = []
    for kind, article, s, e, quote, body, title, speaker, h_body, h_title, h_speaker, score in rows:
        marked = h_title if kind == "title" else (h_body if _MARK_OPEN in (h_body or "") else h_speaker or h_body)
        before, match, after, offset = _marked_snippet(marked or "", width)
        start = end = None
        if kind == "article" and offset is not None and isinstance(s, int):
            start, end = s + offset, s + offset + len(match)
        elif kind == "quote":
            start, end = s, e
        hits.append(
            {
                "kind": kind, "article": article, "quote": quote, "start": start, "end": end,
                "passage_start": s, "passage_end": e, "text": title if kind == "title" else body,
                "speaker": speaker or None, "score": float(score), "before": before, "match": match, "after": after,
            }
        )
    return hits

# --- the output folder: lock, generations, atomic swap -----------------------------------
#
# OUT/
#   .dossier-output          marker: this folder is dossier's output (never read as input)
#   .dossier.lock            flock'ed by the build that writes here; holds its pid, host, start
#   .gen-<ns>-<pid>/         one complete generation: dossier.json, dossier.duckdb, report.html, .complete
#   .current -> .gen-...     the generation in use; replaced atomically (rename of a symlink)
#   dossier.json -> .current/dossier.json   (likewise dossier.duckdb, report.html)
#   anything else            the user's files (exports): never touched
#
# A reader opening OUT/dossier.json always finds a complete file: the old generation until
# the rename of ``.current``, the new one after it. A killed build leaves at most an
# incomplete ``.gen-*`` folder, removed by the next build.

MARKER = ".dossier-output"
LOCK_FILE = ".dossier.lock"
CURRENT = ".current"
GEN_PREFIX = ".gen-"
COMPLETE = ".complete"
OUTPUT_FILES = ("dossier.json", "dossier.duckdb", "report.html", SEARCH_INDEX)

_held_lock = threading.Lock()
_held: dict[str, tuple[int, int]] = {}  # output folder -> (lock fd, nesting depth) held by this process


def is_dossier_output(folder: Path) -> bool:
    """Tell whether a folder is (or holds the files of) a dossier output folder.

    Args:
        folder: any folder.

    Returns:
        True for a folder with dossier's marker file, or with both ``dossier.json`` and
        ``dossier.duckdb`` (outputs written before the marker existed).
    """
    folder = Path(folder)
    try:
        return (folder / MARKER).is_file() or ((folder / "dossier.json").is_file() and (folder / "dossier.duckdb").is_file())
    except OSError:
        return False


def _lock_holder(path: Path) -> dict[str, Any]:
    try:
        got = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return got if isinstance(got, dict) else {}


def _pid_alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def prepare_output_dir(out_dir: Path) -> Path:
    """Create the output folder (or check an existing one), mark it as ours and check it is writable.

    Called before any analysis starts, so that an unusable ``--out`` fails at once.

    Args:
        out_dir: the output folder.

    Returns:
        The absolute output folder.

    Raises:
        StoreError: it is a file, is not writable, or is a folder of other files that
            is not dossier's output and not empty.
    """
    out_dir = Path(out_dir).absolute()
    _recover_legacy_swap(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise StoreError(f"--out {out_dir} is a file, not a folder; give a folder for the dossier's files.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the output folder {out_dir} ({exc.strerror or exc}); choose a writable --out.") from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise StoreError(f"The output folder {out_dir} is not writable; choose another --out or fix its permissions.")
    marker = out_dir / MARKER
    if not marker.is_file():
        try:
            marker.write_text(
                json.dumps({"tool": "dossier", "note": "dossier's output folder; never read as input"}) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            raise StoreError(f"Cannot write into the output folder {out_dir} ({exc.strerror or exc}); choose a writable --out.") from exc
    return out_dir


@contextmanager
def output_lock(out_dir: Path) -> Iterator[Path]:
    """Hold the output folder exclusively for one build (re-entrant within a process).

    The lock is an ``flock`` on ``OUT/.dossier.lock``; the kernel releases it when the
    holder dies, so the lock of a killed build is taken over by the next one. The file
    names the holder (pid, host, start time) for the error message of a second build.

    Args:
        out_dir: the output folder (created if missing).

    Yields:
        The absolute output folder.

    Raises:
        StoreError: another live build holds the folder (the message says which).
    """
    out_dir = prepare_output_dir(out_dir)
    key = str(out_dir.resolve())
    with _held_lock:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield out_dir
        finally:
            with _held_lock:
                fd, depth = _held[key]
                _held[key] = (fd, depth - 1)
        return
    path = out_dir / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"Cannot create the lock file {path} ({exc.strerror or exc}); choose a writable --out.") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        holder = _lock_holder(path)
        who = (
            f"pid {holder.get('pid', '?')} on {holder.get('host', '?')}, started {holder.get('started', '?')}"
            if holder
            else "another process"
        )
        raise StoreError(
            f"Another build is writing to {out_dir} ({who}). Wait for it to finish, or choose another --out."
        ) from None
    previous = _lock_holder(path)
    if previous.get("pid") and previous.get("host") == socket.gethostname() and not _pid_alive(previous.get("pid")):
        log.warning("%s: taking over the lock of a build that is gone (pid %s)", out_dir, previous.get("pid"))
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    os.ftruncate(fd, 0)
    os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
    with _held_lock:
        _held[key] = (fd, 1)
    try:
        yield out_dir
    finally:
        with _held_lock:
            _held.pop(key, None)
        try:
            os.ftruncate(fd, 0)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_file(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _generation_complete(gen: Path) -> bool:
    return (gen / COMPLETE).is_file() and (gen / "dossier.json").is_file()


def _generations(out_dir: Path) -> list[Path]:
    try:
        return sorted(p for p in out_dir.iterdir() if p.name.startswith(GEN_PREFIX) and p.is_dir() and not p.is_symlink())
    except OSError:
        return []


def _current_generation(out_dir: Path) -> Path | None:
    link = out_dir / CURRENT
    if not link.is_symlink():
        return None
    target = out_dir / os.readlink(link)
    return target if _generation_complete(target) else None


def _point_current(out_dir: Path, gen: Path) -> None:
    """Make ``OUT/.current`` point at ``gen`` with one atomic rename of a new symlink."""
    tmp = out_dir / f"{CURRENT}.new-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(gen.name, tmp)
    os.replace(tmp, out_dir / CURRENT)
    _fsync_dir(out_dir)


def _ensure_links(out_dir: Path) -> None:
    """Make ``OUT/dossier.json`` (and the other output files) symlinks into ``.current``.

    A regular file left by an older layout is replaced by the link atomically (rename).
    """
    for name in OUTPUT_FILES:
        path = out_dir / name
        want = f"{CURRENT}/{name}"
        if path.is_symlink() and os.readlink(path) == want:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        tmp = out_dir / f".{name}.link-{os.getpid()}"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(want, tmp)
        os.replace(tmp, path)
    _fsync_dir(out_dir)


def _recover_legacy_swap(out_dir: Path) -> None:
    """Undo what a build of the old two-rename layout left when it was killed.

    ``.OUT.old-*`` holds the previous dossier when ``OUT`` itself is missing: it is moved back.
    ``.OUT.building-*`` folders are half-written outputs: they are removed.
    """
    parent = out_dir.parent
    if not parent.is_dir():
        return
    try:
        siblings = sorted(parent.iterdir())
    except OSError:
        return
    for p in siblings:
        if p.name.startswith(f".{out_dir.name}.old-") and p.is_dir():
            if not out_dir.exists() and (p / "dossier.json").is_file():
                log.warning("%s: restoring the previous dossier a killed build left in %s", out_dir, p.name)
                os.replace(p, out_dir)
            else:
                shutil.rmtree(p, ignore_errors=True)
        elif p.name.startswith(f".{out_dir.name}.building-") and p.is_dir():
            shutil.rmtree(p, ignore_errors=True)


def recover_output(out_dir: Path) -> list[str]:
    """Clean up after killed builds (call with the output lock held).

    Points ``.current`` at the newest complete generation when it is missing or broken, and
    removes incomplete or superseded generations and stray temporary links.

    Args:
        out_dir: the output folder.

    Returns:
        The names removed or repaired (for the log).
    """
    out_dir = Path(out_dir)
    done: list[str] = []
    current = _current_generation(out_dir)
    gens = _generations(out_dir)
    if current is None:
        complete = [g for g in gens if _generation_complete(g)]
        if complete:
            current = complete[-1]
            _point_current(out_dir, current)
            _ensure_links(out_dir)
            done.append(f"{CURRENT} -> {current.name}")
    for g in gens:
        if current is None or g.name != current.name:
            shutil.rmtree(g, ignore_errors=True)
            done.append(g.name)
    for p in out_dir.iterdir():
        if p.name.startswith((f"{CURRENT}.new-", *(f".{name}.link-" for name in OUTPUT_FILES))):
            p.unlink(missing_ok=True)
            done.append(p.name)
    if done:
        log.info("%s: cleaned up after an interrupted build: %s", out_dir, ", ".join(done))
    return done


@functools.lru_cache(maxsize=None)
def _field_keys(record_type: type) -> tuple[tuple[str, str], ...] | None:
    """``(attribute, dossier.json key)`` of a dataclass type's fields (None: not a dataclass)."""
    if not dataclasses.is_dataclass(record_type):
        return None
    return tuple((f.name, "from" if f.name == "from_" else f.name) for f in dataclasses.fields(record_type))


_SCALARS = frozenset({str, int, float, bool, type(None)})
# a record type -> its ``_field_keys`` (None: not a dataclass), filled as types are met
_KEYS_OF: dict[type, tuple[tuple[str, str], ...] | None] = {}


def record_dict(value: Any) -> Any:
    """``model.to_dict`` with each record type's fields looked up once: the same dicts, faster
    (a scalar field or item is taken as it is, without a call for it)."""
    kind: type = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [v if type(v) in _SCALARS else record_dict(v) for v in value]
    keys = _KEYS_OF.get(kind, ())
    if keys == ():
        keys = _KEYS_OF[kind] = _field_keys(kind)
    if keys is not None:
        out: dict[str, Any] = {}
        for name, key in keys:
            v = getattr(value, name)
            out[key] = v if type(v) in _SCALARS else record_dict(v)
        return out
    if isinstance(value, dict):
        return {k: record_dict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [record_dict(v) for v in value]
    return value


def body_dict(dossier: Dossier) -> dict[str, Any]:
    """``model.dossier_to_dict`` through ``record_dict``: the dossier.json dict, ``schema_version`` first."""
    body = {"schema_version": dossier.schema_version}
    for f in dataclasses.fields(dossier):
        if f.name != "schema_version":
            body[f.name] = record_dict(getattr(dossier, f.name))
    return body


class _LazyRows:
    """The rows of one table of a dossier as dossier.json dicts, converted one at a time per pass."""

    def __init__(self, records: typing.Sequence[Any]) -> None:
        self.records = records

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[Any]:
        for r in self.records:
            yield record_dict(r)


class LazyBody(Mapping[str, Any]):
    """A dossier read as its dossier.json dict without building that dict: each table's rows
    are converted record by record whenever they are walked (for the DuckDB load and the
    search index, which read the rows once or twice and keep none)."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.keys_ = ["schema_version", *(f.name for f in dataclasses.fields(dossier) if f.name != "schema_version")]

    def __getitem__(self, key: str) -> Any:
        if key not in self.keys_:
            raise KeyError(key)
        value = getattr(self.dossier, key)
        return _LazyRows(value) if isinstance(value, tuple) else value

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)


_encode_str = json.encoder.encode_basestring  # the C encoder when available, as json.dumps(ensure_ascii=False)


def _json_float(x: float) -> str:
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


# a record type -> each field's attribute and its JSON key as written ('"key": ')
_KEY_TEXT: dict[type, tuple[tuple[str, str], ...] | None] = {}


def _key_text(kind: type) -> tuple[tuple[str, str], ...] | None:
    found = _KEY_TEXT.get(kind, ())
    if found == ():
        keys = _field_keys(kind)
        found = _KEY_TEXT[kind] = None if keys is None else tuple((name, _encode_str(key) + ": ") for name, key in keys)
    return found


def _emit(value: Any, level: int, out: list[str]) -> None:
    """Append ``json.dumps(record_dict(value), ensure_ascii=False, indent=1)`` at nesting
    ``level`` to ``out``, straight from the records (no intermediate dicts; strings, None and
    ints inside a record or list written without a call each)."""
    kind: type = type(value)
    if kind is str:
        out.append(_encode_str(value))
        return
    if value is None:
        out.append("null")
        return
    if kind is bool:
        out.append("true" if value else "false")
        return
    if kind is int:
        out.append(int.__repr__(value))
        return
    if kind is float:
        out.append(_json_float(value))
        return
    fields = _key_text(kind)
    if fields is not None:
        if not fields:
            out.append("{}")
            return
        inner = "\n" + " " * (level + 1)
        sep = "{" + inner
        for name, key in fields:
            v = getattr(value, name)
            t = type(v)
            if t is str:
                out.append(sep + key + _encode_str(v))
            elif v is None:
                out.append(sep + key + "null")
            elif t is int:
                out.append(sep + key + int.__repr__(v))
            else:
                out.append(sep + key)
                _emit(v, level + 1, out)
            sep = "," + inner
        out.append("\n" + " " * level + "}")
        return
    items: Iterable[tuple[str, Any]]
    if isinstance(value, dict):
        if not all(type(k) is str for k in value):
            out.append(json.dumps(record_dict(value), ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level))
            return
        items = list(value.items())
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = "\n" + " " * (level + 1)
        sep = "[" + inner
        for v in value:
            t = type(v)
            if t is str:
                out.append(sep + _encode_str(v))
            elif t is int:
                out.append(sep + int.__repr__(v))
            else:
                out.append(sep)
                _emit(v, level + 1, out)
            sep = "," + inner
        out.append("\n" + " " * level + "]")
        return
    else:
        out.append(json.dumps(value, ensure_ascii=False))
        return
    if not items:
        out.append("{}")
        return
    inner = "\n" + " " * (level + 1)
    out.append("{")
    for i, (key, v) in enumerate(items):
        out.append((inner if i == 0 else "," + inner) + _encode_str(key) + ": ")
        _emit(v, level + 1, out)
    out.append("\n" + " " * level + "}")


def _top_fields(dossier: Dossier) -> list[tuple[str, Any]]:
    """dossier.json's top-level fields in their written order: the schema version first."""
    return [("schema_version", dossier.schema_version)] + [
        (f.name, getattr(dossier, f.name)) for f in dataclasses.fields(dossier) if f.name != "schema_version"]


def _write_field(fh: Any, value: Any) -> None:
    """One top-level field's value of dossier.json: a list record by record, anything else whole."""
    if isinstance(value, tuple) and value:
        fh.write("[")
        for j, record in enumerate(value):
            out: list[str] = ["\n  "]
            _emit(record, 2, out)
            if j < len(value) - 1:
                out.append(",")
            fh.write("".join(out))
        fh.write("\n ]")
    else:
        out = []
        _emit(value, 1, out)
        fh.write("".join(out))


def write_dossier_json(dossier: Dossier, path: Path) -> None:
    """Write dossier.json record by record: the same bytes as ``json.dumps(dossier_to_dict(dossier),
    ensure_ascii=False, indent=1)``, without ever holding the whole dict or text.

    A record at depth 2 is its own ``json.dumps(..., indent=1)`` with every line indented by two
    more spaces (JSON strings hold no raw line break, so this is exact). Synced to disk.
    """
    fields = _top_fields(dossier)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("{")
        for i, (name, value) in enumerate(fields):
            fh.write("\n " + _encode_str(name) + ": ")
            _write_field(fh, value)
            if i < len(fields) - 1:
                fh.write(",")
        fh.write("\n}")
        fh.flush()
        os.fsync(fh.fileno())


class TextFragments(typing.Protocol):
    """Where the output writers keep texts between builds, by key (``cache.AnalysisCache`` is one)."""

    def get_texts(self, keys: Iterable[str]) -> dict[str, str]: ...

    def put_texts(self, items: Mapping[str, str]) -> None: ...


@functools.lru_cache(maxsize=1)
def _writer_digest() -> str:
    """A digest of the code that turns records into dossier.json text, DuckDB rows and story parts
    (this module and the record types): kept fragments from other code are never found."""
    h = hashlib.sha256()
    for f in (Path(__file__), Path(model.__file__)):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


_FRAGMENT_BATCH = 2000


def _write_json_and_rows(
    dossier: Dossier, path: Path, load_dir: Path, fragments: TextFragments
) -> tuple[dict[str, list[str]], dict[str, tuple[Path, int]]]:
    """``write_dossier_json`` and the DuckDB load files of ``Store.write_dossier`` in one pass over
    the records, with every record's DuckDB row kept in ``fragments`` by a digest of its
    dossier.json text (the row is a function of that text): only the rows of records whose text
    is new are made again. The same bytes as ``write_dossier_json`` and the same rows.

    Returns:
        The digest of each record's dossier.json text, table by table in order (what the story
        parts are keyed by, ``_part_key``), and the load files with their row counts.
    """
    version = _writer_digest()
    digests: dict[str, list[str]] = {}
    loads: dict[str, tuple[Path, int]] = {}
    fields = _top_fields(dossier)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("{")
        for i, (name, value) in enumerate(fields):
            fh.write("\n " + _encode_str(name) + ": ")
            record_type = TABLES.get(name)
            if isinstance(value, tuple) and value and record_type is not None:
                rows_path = load_dir / f"{name}.ndjson"
                table_digests: list[str] = []
                with open(rows_path, "w", encoding="utf-8") as rows_fh:
                    fh.write("[")
                    last = len(value) - 1
                    for lo in range(0, len(value), _FRAGMENT_BATCH):
                        texts: list[str] = []
                        for record in value[lo : lo + _FRAGMENT_BATCH]:
                            out: list[str] = []
                            _emit(record, 2, out)
                            texts.append("".join(out))
                        keys = [f"row:{version}:{name}:" + hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest() for t in texts]
                        kept = fragments.get_texts(keys)
                        new: dict[str, str] = {}
                        for j, (text, key) in enumerate(zip(texts, keys), lo):
                            fh.write("\n  " + text + ("," if j < last else ""))
                            row = kept.get(key)
                            if row is None:
                                row = new.get(key)
                                if row is None:
                                    row = new[key] = json.dumps(flat_row(record_type, json.loads(text)), ensure_ascii=False)
                            rows_fh.write(row)
                            rows_fh.write("\n")
                            table_digests.append(key[-32:])
                        if new:
                            fragments.put_texts(new)
                    fh.write("\n ]")
                digests[name] = table_digests
                loads[name] = (rows_path, len(value))
            else:
                _write_field(fh, value)
                if isinstance(value, tuple) and not value:
                    digests[name] = []
            if i < len(fields) - 1:
                fh.write(",")
        fh.write("\n}")
        fh.flush()
        os.fsync(fh.fileno())
    return digests, loads


def _load_store(gen: Path, loads: Mapping[str, tuple[Path, int]], schema_version: Any) -> None:
    """``dossier.duckdb`` of a generation from its load files (``write_outputs`` with fragments)."""
    t0 = time.perf_counter()
    with Store(gen / "dossier.duckdb") as store:
        store.load_tables(loads, schema_version)
    _timing.debug("write duckdb (thread) %.3f", time.perf_counter() - t0)


def _write_store(gen: Path, body: Mapping[str, Any], digests: list[str]) -> None:
    """``dossier.duckdb`` and the search index of a generation (``write_outputs``)."""
    t0 = time.perf_counter()
    with Store(gen / "dossier.duckdb") as store:
        store.write_dossier(body, tmp_dir=gen, part_digests=digests)
    _timing.debug("write duckdb+search (thread) %.3f", time.perf_counter() - t0)


def write_outputs(
    dossier: Dossier,
    out_dir: Path,
    *,
    render_report: Callable[[dict[str, Any]], str] | None = None,
    write_report: Callable[..., None] | None = None,
    fragments: TextFragments | None = None,
) -> Path:
    """Write dossier.json, dossier.duckdb and report.html to ``out_dir``, atomically.

    The files are written into a new generation folder inside ``out_dir``; only when all
    are complete (and synced to disk) does ``OUT/.current`` switch to it, with one atomic
    rename. ``OUT/dossier.json`` (a link through ``.current``) is at every moment either
    the complete old dossier or the complete new one. The user's own files in ``out_dir``
    are never touched. The folder is locked for the duration (see ``output_lock``).

    Args:
        dossier: the built dossier.
        out_dir: the output folder (created if missing; owned by dossier).
        render_report: turns the dossier dict into report HTML; None skips the report.
        write_report: ``(dossier, path, part_digests=...)`` writes the report to a path (and
            syncs it), used instead of ``render_report`` when given (a report written piece by
            piece, never held whole); it gets the story parts' digests the search index made.
        fragments: where the writers keep what they made of each record and story between
            builds (the output's analysis cache): each DuckDB row and story part is made again
            only for records whose dossier.json text is new (``_write_json_and_rows``,
            ``_kept_story_parts``). The same files either way.

    Returns:
        The output folder.

    Raises:
        StoreError: a file cannot be written, or another build holds the folder.
    """
    lazy = LazyBody(dossier)
    digests: list[str] = []
    with output_lock(out_dir) as out, _one_story_index(dossier):
        recover_output(out)
        gen = out / f"{GEN_PREFIX}{time.time_ns():020d}-{os.getpid()}"
        try:
            gen.mkdir()
            if fragments is not None:
                t0, c0 = time.perf_counter(), time.process_time()
                load_dir = gen / ".load"
                load_dir.mkdir()
                record_digests, loads = _write_json_and_rows(dossier, gen / "dossier.json", load_dir, fragments)
                _timing.debug("write dossier.json + rows %.3f (cpu %.3f)", time.perf_counter() - t0, time.process_time() - c0)
                # DuckDB bulk-loads in a second thread (its work runs without the interpreter
                # lock) while the search index is written here (the fragments are read here only)
                with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="dossier-store") as pool:
                    stored = pool.submit(_load_store, gen, loads, dossier.schema_version)
                    write_search_index(lazy, gen / SEARCH_INDEX, part_digests=digests, fragments=fragments,
                                       record_digests=record_digests).close()
                    stored.result()
                shutil.rmtree(load_dir)
                _timing.debug("write json+duckdb+search %.3f (cpu %.3f)", time.perf_counter() - t0, time.process_time() - c0)
            else:
                # the DuckDB tables and the search index in a second thread while dossier.json is
                # written here: both read the records only, and their SQLite/DuckDB work (the
                # full-text index, the bulk loads) runs without the interpreter lock
                with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="dossier-store") as pool:
                    t0, c0 = time.perf_counter(), time.process_time()
                    stored = pool.submit(_write_store, gen, lazy, digests)
                    write_dossier_json(dossier, gen / "dossier.json")
                    _timing.debug("write dossier.json %.3f", time.perf_counter() - t0)
                    stored.result()
                    _timing.debug("write json+duckdb+search %.3f (cpu %.3f)", time.perf_counter() - t0, time.process_time() - c0)
            t0, c0 = time.perf_counter(), time.process_time()
            if write_report is not None:
                write_report(dossier, gen / "report.html", part_digests=digests)
            elif render_report is not None:
                _write_file(gen / "report.html", render_report(body_dict(dossier)))
            _timing.debug("write report %.3f (cpu %.3f)", time.perf_counter() - t0, time.process_time() - c0)
            _write_file(gen / COMPLETE, "")
            _fsync_dir(gen)
            previous = _current_generation(out)
            _point_current(out, gen)
            _ensure_links(out)
        except BaseException as exc:
            if _current_generation(out) != gen:
                shutil.rmtree(gen, ignore_errors=True)
            if isinstance(exc, (OSError, duckdb.Error)):
                raise StoreError(f"Cannot write the dossier to {out}: {exc}") from exc
            raise
        if previous is not None and previous != gen:
            shutil.rmtree(previous, ignore_errors=True)
    return Path(out_dir).absolute()


def replace_output_file(out_dir: Path, name: str, text: str) -> Path:
    """Rewrite one output file (e.g. ``report.html`` by ``dossier report``) atomically, under the lock.

    In a generation layout the file of the current generation is replaced (write a
    temporary file beside it, then rename); in a plain folder the file itself.

    Args:
        out_dir: the output folder.
        name: the file name, one of ``OUTPUT_FILES``.
        text: the new content.

    Returns:
        The path users open (``OUT/name``).
    """
    with output_lock(out_dir) as out:
        gen = _current_generation(out)
        target = (gen / name) if gen is not None else (out / name)
        tmp = target.with_name(f".{name}.tmp-{os.getpid()}")
        try:
            _write_file(tmp, text)
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"Cannot write {target} ({exc.strerror or exc}).") from exc
        if gen is not None:
            _ensure_links(out)
    return Path(out_dir) / name


# --- reading -----------------------------------------------------------------------------

MAX_NESTING = 64  # deeper JSON is no dossier (ours nests < 10 levels)


def _nesting_ok(text: str) -> bool:
    """Check bracket nesting stays under ``MAX_NESTING`` without parsing (strings skipped)."""
    depth = 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return False
        elif tok in "]}":
            depth -= 1
    return True


def check_dossier_shape(body: Any, where: str = "dossier.json") -> dict[str, Any]:
    """Check that a parsed dossier.json is a dossier of the schema this version reads.

    Args:
        body: the parsed JSON.
        where: the file, for messages.

    Returns:
        The body as a dict.

    Raises:
        StoreError: not an object, no or another ``schema_version``, or a table that is not a list.
    """
    rebuild = "rebuild it with `dossier build INPUT_DIR --out FOLDER`."
    if not isinstance(body, dict):
        kind = "null" if body is None else type(body).__name__
        raise StoreError(f"{where} holds a JSON {kind}, not a dossier (a JSON object with schema_version); {rebuild}")
    version = body.get("schema_version")
    if version is None:
        raise StoreError(f"{where} has no schema_version: it is not a dossier.json written by dossier; {rebuild}")
    if str(version) != SCHEMA_VERSION:
        raise StoreError(
            f"{where} has schema_version {version!r}, but this dossier {__version__} reads schema {SCHEMA_VERSION!r}; "
            f"{rebuild}"
        )
    for name in TABLES:
        if name in body and not isinstance(body[name], list):
            kind = "null" if body[name] is None else type(body[name]).__name__
            raise StoreError(f"{where}: {name!r} is a JSON {kind}, expected a list of records; the file is damaged, {rebuild}")
    return body


def read_dossier(out_dir: Path) -> dict[str, Any]:
    """Read ``OUT_DIR/dossier.json`` (or a path to the file itself) as a dict, checked first.

    Raises:
        StoreError: the file is missing, unreadable, not valid JSON, nested absurdly deep,
            of another schema version, or not shaped like a dossier (the message says which).
    """
    path = Path(out_dir)
    if path.is_dir():
        path = path / "dossier.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise StoreError(f"No dossier at {path}: run `dossier build INPUT_DIR --out {path.parent}` first.") from exc
    except UnicodeDecodeError as exc:
        raise StoreError(f"{path} is not UTF-8 text; rebuild it with `dossier build`.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot read {path} ({exc.strerror or exc}); check its permissions.") from exc
    if not _nesting_ok(text):
        raise StoreError(f"{path} is nested more than {MAX_NESTING} levels deep: not a dossier; rebuild it with `dossier build`.")
    try:
        body = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise StoreError(f"{path} is not valid JSON ({exc}); rebuild it with `dossier build`.") from exc
    return check_dossier_shape(body, str(path))
