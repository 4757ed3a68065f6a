"""Output store: dossier.json, dossier.duckdb and report.html, written atomically.

``write_outputs`` builds every file in a fresh generation folder inside the output folder
and switches to it with one atomic rename only when all of them are complete, so a failed,
interrupted or killed build leaves the previous output untouched and readable at the same
path. ``output_lock`` makes one build at a time own an output folder; ``recover_output``
cleans up what killed builds left. ``read_dossier`` checks a dossier.json's schema
version and shape before anyone uses it. ``Store`` wraps the DuckDB file (or ``:memory:``) with named methods.

DuckDB layout: one table per top-level key of dossier.json. Scalar fields are typed
columns; nested fields (objects, lists) are ``JSON`` columns, queried with ``->>``.
Rows are bulk-loaded from newline-delimited JSON with ``read_json`` (no per-row inserts).
The ``meta`` table records the schema version and the applied migrations.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import fcntl
import json
import logging
import os
import re
import shutil
import socket
import tempfile
import threading
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from . import __version__, model
from .errors import StoreError
from .model import SCHEMA_VERSION, Dossier, dossier_to_dict

log = logging.getLogger(__name__)

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

    def write_dossier(self, body: dict[str, Any], *, tmp_dir: Path | None = None) -> None:
        """Create (or replace) every table from a dossier.json dict.

        Args:
            body: the dict ``dossier_to_dict`` returns (or a parsed dossier.json).
            tmp_dir: where the bulk-load files go (default: the system temp folder); the
                build passes its generation folder, so a killed build leaves nothing elsewhere.
        """
        with tempfile.TemporaryDirectory(prefix="dossier-store-", dir=tmp_dir) as tmp:
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
OUTPUT_FILES = ("dossier.json", "dossier.duckdb", "report.html")

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
        "started": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
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
        if p.name.startswith((f"{CURRENT}.new-", ".dossier.json.link-", ".dossier.duckdb.link-", ".report.html.link-")):
            p.unlink(missing_ok=True)
            done.append(p.name)
    if done:
        log.info("%s: cleaned up after an interrupted build: %s", out_dir, ", ".join(done))
    return done


def write_outputs(
    dossier: Dossier,
    out_dir: Path,
    *,
    render_report: Callable[[dict[str, Any]], str] | None = None,
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

    Returns:
        The output folder.

    Raises:
        StoreError: a file cannot be written, or another build holds the folder.
    """
    body = dossier_to_dict(dossier)
    with output_lock(out_dir) as out:
        recover_output(out)
        gen = out / f"{GEN_PREFIX}{time.time_ns():020d}-{os.getpid()}"
        try:
            gen.mkdir()
            _write_file(gen / "dossier.json", json.dumps(body, ensure_ascii=False, indent=1))
            with Store(gen / "dossier.duckdb") as store:
                store.write_dossier(body, tmp_dir=gen)
            if render_report is not None:
                _write_file(gen / "report.html", render_report(body))
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
