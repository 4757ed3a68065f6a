"""Adding one article to a built dossier against building it all, measured in the same run.

Builds N-1 articles of a folder into an output folder (a full build: every article analysed),
then adds the N-th with ``dossier add`` (only it is read and analysed, the input folder is not
read again; entities, relations and stories are redone, the timeline/tracks/summary and the
report's story blocks only of the stories whose inputs changed; the output files are rewritten),
once as a user runs it (a new process that loads spaCy and the rest, on a copy of the output)
and once in this process, then rebuilds the N articles
from OUT's cache (``dossier build`` again: nothing analysed). ``--limit 2226`` takes every BBC
article. Prints the seconds of each and the ratio of add to the full build,
and whether the added dossier equals a full build byte for byte (``--check``: one more full
build without the cache; dossier.json and report.html compared byte for byte, every table of
dossier.duckdb and search.sqlite row for row in order, a view's rows in any order). Everything but the new-process
add runs in this process, so spaCy and the gazetteers load once for them.

Also prints the CPU seconds of each (this process's, or the child's for the new-process add):
on a loaded machine they are steadier than wall-clock seconds. And the stages of the in-process
add one by one (``pipeline.timed``, logged to ``dossier.timing``): wall and CPU seconds.

Usage: PYTHONPATH=src .venv/bin/python bench/bench_add.py [INPUT_DIR] [--limit N] [--check]
Default input: ../shared/data/bbc-news/bbc (every article).
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from dossier.cli import cli


CPU: dict[str, float] = {}  # the CPU seconds of the last run of each kind


def _run(args: list[str]) -> float:
    t0, c0 = time.perf_counter(), time.process_time()
    result = CliRunner().invoke(cli, args)
    if result.exit_code != 0:
        raise SystemExit(result.output)
    CPU["last"] = time.process_time() - c0
    return time.perf_counter() - t0


def _run_process(args: list[str]) -> float:
    """Seconds of one ``dossier`` command in a new Python process (this package, this interpreter)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).resolve().parent.parent / "src"), env.get("PYTHONPATH")) if p)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dossier.cli", *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stdout + done.stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["last"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - t0


class _Stages(logging.Handler):
    """Collects the ``dossier.timing`` lines of a run (stage, then its seconds)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _tables(out: Path) -> dict[str, object]:
    """Every table of an output's DuckDB store and search index, its rows in the order a scan gives."""
    import sqlite3

    import duckdb

    got: dict[str, object] = {}
    with sqlite3.connect(out / "search.sqlite") as conn:
        for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            if t.startswith(("passages_", "docs_")):  # FTS5's own tables, made from the rows compared
                continue
            got["search:" + t] = conn.execute(f'SELECT * FROM "{t}"').fetchall()
    db = duckdb.connect(str(out / "dossier.duckdb"), read_only=True)
    try:
        for t, kind in db.execute("SELECT table_name, table_type FROM information_schema.tables ORDER BY table_name").fetchall():
            rows = db.execute(f'SELECT * FROM "{t}"').fetchall()
            # a view's joins run in parallel: its rows come in no fixed order (in a full build too)
            got["duckdb:" + t] = sorted(rows, key=repr) if kind == "VIEW" else rows
    finally:
        db.close()
    return got


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("input_dir", nargs="?", default=str(root.parent / "shared" / "data" / "bbc-news" / "bbc"))
    parser.add_argument("--limit", type=int, default=0, help="articles to use (0: all)")
    parser.add_argument("--check", action="store_true", help="also compare with a full build without the cache")
    args = parser.parse_args()
    files = sorted(p for p in Path(args.input_dir).rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".jsonl"))
    if args.limit:
        files = files[: args.limit]
    src = Path(args.input_dir)
    with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        for f in files[:-1]:
            dest = folder / f.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, dest)
        _run(["build", str(Path(__file__).resolve().parent.parent / "examples"), "--out", str(Path(tmp) / "warm"), "-q"])
        t_full = _run(["build", str(folder), "--out", str(out), "-q", "--progress", "never"])
        c_full = CPU["last"]
        # the built gazetteer and map outlines are kept in the cache folder of the output a process
        # first needs them for (here the warm-up's): a build in a process of its own keeps them in
        # OUT's, where a later `dossier add` finds them
        for kept in (Path(tmp) / "warm" / ".dossier-cache").glob("*.pickle"):
            if not (out / ".dossier-cache" / kept.name).exists():
                shutil.copy(kept, out / ".dossier-cache" / kept.name)
        last = folder / files[-1].relative_to(src)
        last.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(files[-1], last)
        # the command as a user runs it: a new process (imports, spaCy, the gazetteer loaded), on a copy
        fresh = Path(tmp) / "fresh"
        shutil.copytree(out, fresh, symlinks=True)
        t_fresh = _run_process(["add", str(last), "--to", str(fresh), "-q"])
        c_fresh = CPU["last"]
        stages = _Stages()
        timing = logging.getLogger("dossier.timing")
        timing.addHandler(stages)
        timing.setLevel(logging.DEBUG)
        try:
            t_add = _run(["add", str(last), "--to", str(out), "-q"])
        finally:
            timing.removeHandler(stages)
        c_add = CPU["last"]
        t_again = _run(["build", str(folder), "--out", str(out), "-q", "--progress", "never"])
        c_again = CPU["last"]
        n = len(files)
        print(f"articles: {n}")
        print(f"full build of {n - 1}:            {t_full:8.1f} s  (cpu {c_full:.1f} s)")
        print(f"add 1 article, new process:    {t_fresh:8.1f} s  = {t_fresh / t_full:.3f}x the full build ({t_full / t_fresh:.1f}x faster)"
              f"  (cpu {c_fresh:.1f} s = {c_fresh / c_full:.3f}x)")
        print(f"add 1 article, same process:   {t_add:8.1f} s  = {t_add / t_full:.3f}x the full build ({t_full / t_add:.1f}x faster)"
              f"  (cpu {c_add:.1f} s = {c_add / c_full:.3f}x)")
        print(f"rebuild of {n} from the cache:  {t_again:8.1f} s  = {t_again / t_full:.3f}x the full build  (cpu {c_again:.1f} s)")
        print("stages of the same-process add (seconds, wall and cpu):")
        for line in stages.lines:
            print("  " + line)
        if args.check:
            _run(["build", str(folder), "--out", str(Path(tmp) / "full"), "-q", "--progress", "never", "--no-cache"])
            for name in ("dossier.json", "report.html"):
                full_bytes = (Path(tmp) / "full" / name).read_bytes()
                same = (out / name).read_bytes() == full_bytes and (fresh / name).read_bytes() == full_bytes
                print(f"added {name} == full build, byte for byte: {same}")
            full_tables = _tables(Path(tmp) / "full")
            same = _tables(out) == full_tables and _tables(fresh) == full_tables
            print(f"added dossier.duckdb and search.sqlite == full build, every table row for row in order: {same}")
        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
