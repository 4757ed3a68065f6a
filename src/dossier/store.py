"""Output store: dossier.json, dossier.duckdb and report.html, written atomically.

``write_outputs`` builds every file in a fresh sibling folder and swaps it into place only
when all of them are complete, so a failed or interrupted build leaves the previous
output untouched. ``Store`` wraps the DuckDB file (or ``:memory:``) with named methods.

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

import dataclasses
import datetime as dt
import hashlib
import json
import re
import sqlite3
import os
import shutil
import tempfile
import types
import typing
from collections.abc import Callable, Iterable, Mapping
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


def _columns_of(record_type: type) -> list[Column]:
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

    def write_dossier(self, body: dict[str, Any], *, search: bool = True) -> None:
        """Create (or replace) every table and view from a dossier.json dict.

        A store on a file also gets the full-text index of the same dossier beside it
        (``search.sqlite``, see ``write_search_index``), so that both are swapped into the
        output folder together.

        Args:
            body: the dict ``dossier_to_dict`` returns (or a parsed dossier.json).
            search: also write the full-text index beside a file store.
        """
        if search and self.path != ":memory:":
            write_search_index(body, Path(self.path).with_name(SEARCH_INDEX)).close()
        for view in VIEWS:
            self.conn.execute(f'DROP VIEW IF EXISTS "{view}"')
        with tempfile.TemporaryDirectory(prefix="dossier-store-") as tmp:
            for name, record_type in TABLES.items():
                cols = table_columns(record_type)
                rows = [r for r in body.get(name) or [] if isinstance(r, Mapping)]
                self.conn.execute(f'DROP TABLE IF EXISTS "{name}"')
                col_sql = ", ".join(f'"{c}" {t}' for c, t in cols.items())
                self.conn.execute(f'CREATE TABLE "{name}" ({col_sql})')
                if not rows:
                    continue
                path = Path(tmp) / f"{name}.ndjson"
                with path.open("w", encoding="utf-8") as fh:
                    for row in rows:
                        fh.write(json.dumps(flat_row(record_type, row), ensure_ascii=False))
                        fh.write("\n")
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
            self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", [body.get("schema_version", "")])
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
SEARCH_INDEX_VERSION = "1"
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
    for a in body.get("articles") or []:
        if isinstance(a, Mapping):
            h.update(f"\x1e{a.get('id')}\x1f{a.get('title')}\x1f{a.get('text')}".encode("utf-8", "replace"))
    for q in body.get("quotes") or []:
        if isinstance(q, Mapping):
            sp_raw = q.get("speaker")
            sp: Mapping[str, Any] = sp_raw if isinstance(sp_raw, Mapping) else {}
            h.update(f"\x1e{q.get('id')}\x1f{q.get('text')}\x1f{sp.get('name') or sp.get('text')}".encode("utf-8", "replace"))
    return h.hexdigest()


def write_search_index(body: Mapping[str, Any], path: str | Path) -> sqlite3.Connection:
    """Build the full-text index of a dossier: every article sentence, title and quote, ranked by bm25.

    The index is an SQLite FTS5 table (``porter unicode61`` tokens: case, accents and word
    endings folded) of passages with their article and character offsets, so that a hit
    links back into the article text.

    Args:
        body: the dossier.json dict.
        path: the index file to write (replaced), or ``":memory:"``.

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
    rows: list[tuple[Any, ...]] = []

    def text_of(v: object) -> str:
        return v if isinstance(v, str) else ""

    def int_of(v: object) -> int | None:
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    for a in body.get("articles") or []:
        if not isinstance(a, Mapping):
            continue
        text, aid = text_of(a.get("text")), str(a.get("id"))
        conn.execute("INSERT INTO docs VALUES (?, ?)", [text, aid])
        for s, e in split_sentences(text):
            rows.append((text[s:e], "", "", "article", aid, s, e, None))
        if text_of(a.get("title")):
            rows.append(("", text_of(a.get("title")), "", "title", aid, None, None, None))
    for q in body.get("quotes") or []:
        if not isinstance(q, Mapping):
            continue
        sp_raw = q.get("speaker")
        sp: Mapping[str, Any] = sp_raw if isinstance(sp_raw, Mapping) else {}
        name = text_of(sp.get("name")) or text_of(sp.get("text"))
        rows.append((text_of(q.get("text")), "", name, "quote", str(q.get("article")), int_of(q.get("start")),
                     int_of(q.get("end")), str(q.get("id"))))
    conn.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("fingerprint", index_fingerprint(body)), ("version", SEARCH_INDEX_VERSION)])
    conn.commit()
    return conn


def open_search_index(path: str | Path, body: Mapping[str, Any]) -> sqlite3.Connection | None:
    """Open a built index when it is the index of ``body`` (None when missing, unreadable or stale)."""
    p = Path(path)
    if not p.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False)
        row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return None
    if not row or row[0] != index_fingerprint(body):
        conn.close()
        return None
    return conn


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


def search_index(conn: sqlite3.Connection, q: str, *, limit: int = 100, any_word: bool = False, width: int = 90) -> list[dict[str, Any]]:
    """Search the index: hits ranked by bm25 (best first), each with its match in context.

    Every word must occur (``"phrases"`` as phrases) unless ``any_word``; case, accents and
    word endings are folded ("soldier" finds "soldiers").

    Args:
        conn: from ``write_search_index`` or ``open_search_index``.
        q: the words or "phrases" people typed.
        limit: the most hits.
        any_word: match passages holding any of the words (to find what is close).
        width: characters of context on each side of the match.

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
        rows = conn.execute(select + " ORDER BY score LIMIT ?", [fts, int(limit)]).fetchall()
        if not any_word and len(rows) < limit:
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
