"""The output folder under stress: exclusive lock, atomic swap, recovery after kill -9.

A child process rewrites the output again and again and is killed with SIGKILL at a
random moment; after every kill a complete dossier must be at ``OUT/dossier.json`` (and its
DuckDB store must open). 10 kills in the default run, 200 in the slow one.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier.errors import StoreError
from dossier.model import Article, Dossier, NumericClaim, Rejection
from dossier.store import (
    CURRENT,
    GEN_PREFIX,
    LOCK_FILE,
    MARKER,
    Store,
    output_lock,
    read_dossier,
    recover_output,
    write_outputs,
)

ROOT = Path(__file__).resolve().parent.parent
# long profiles run with DOSSIER_SLOW=1 (they are also marked ``slow``)
SLOW = pytest.mark.skipif(not os.environ.get("DOSSIER_SLOW"), reason="long profile: set DOSSIER_SLOW=1 to run it")

CHILD = r"""
import sys
from pathlib import Path
from dossier.model import Article, Dossier, NumericClaim
from dossier.store import write_outputs
n = int(sys.argv[2])
text = "Some 40 residents of the invented village of Lowmere were moved out, the council said. " * 40
arts = tuple(Article(id=f"art-{i}", source=f"a{i}.txt", text=text, title=f"Lowmere {i}") for i in range(n))
claims = tuple(NumericClaim(id=f"c-{i}", article=f"art-{i}", start=0, end=9, sentence="s", value=float(i), low=None,
               high=None, qualifier="exact", measure="people", location=None, as_of=None, modality="reported",
               source=None) for i in range(n))
d = Dossier(articles=arts, claims=claims)
print("ready", flush=True)
while True:
    write_outputs(d, Path(sys.argv[1]), render_report=lambda body: "<html>" + str(len(body["articles"])) + "</html>")
"""


def _dossier(n: int) -> Dossier:
    text = "Some 40 residents of the invented village of Lowmere were moved out, the council said. " * 40
    arts = tuple(Article(id=f"art-{i}", source=f"a{i}.txt", text=text, title=f"Lowmere {i}") for i in range(n))
    return Dossier(articles=arts, rejections=(Rejection(source="x.bin", stage="ingest", reason="binary"),))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _check_complete(out: Path, n: int) -> None:
    body = read_dossier(out)  # parses and checks schema and shape
    assert len(body["articles"]) == n
    with Store(out / "dossier.duckdb", read_only=True) as store:
        assert store.count("articles") == n
    assert (out / "report.html").read_text() == f"<html>{n}</html>"


def _kill_loop(tmp_path: Path, kills: int, seed: int) -> None:
    rnd = random.Random(seed)
    out = tmp_path / "out"
    n = 60
    write_outputs(_dossier(n), out, render_report=lambda body: f"<html>{len(body['articles'])}</html>")
    (out / "notes.txt").write_text("the user's own file")
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, str(script), str(out), str(n)], stdout=subprocess.PIPE, env=_env())
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rnd.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        _check_complete(out, n)
        assert (out / "notes.txt").read_text() == "the user's own file"
    # the next build cleans up whatever the killed ones left, and takes over their lock
    write_outputs(_dossier(n), out, render_report=lambda body: f"<html>{len(body['articles'])}</html>")
    _check_complete(out, n)
    gens = [p.name for p in out.iterdir() if p.name.startswith(GEN_PREFIX)]
    assert len(gens) == 1 and (out / CURRENT).resolve().name == gens[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["child.py", "out"]  # nothing beside the output folder
    assert not [p for p in out.iterdir() if ".new-" in p.name or ".link-" in p.name]


def test_kill_9_at_random_moments_never_loses_the_dossier(tmp_path: Path) -> None:
    _kill_loop(tmp_path, kills=10, seed=13)


@pytest.mark.slow
@SLOW
def test_kill_9_two_hundred_times(tmp_path: Path) -> None:
    _kill_loop(tmp_path, kills=200, seed=1313)


def test_output_files_stay_at_the_same_paths(tmp_path: Path) -> None:
    out = write_outputs(_dossier(2), tmp_path / "out", render_report=lambda body: "<html>x</html>")
    for name in ("dossier.json", "dossier.duckdb", "report.html"):
        assert (out / name).is_file()
    assert (out / MARKER).is_file()
    first = (out / "dossier.json").resolve()
    write_outputs(_dossier(3), out, render_report=lambda body: "<html>y</html>")
    assert (out / "dossier.json").resolve() != first and not first.exists()  # the old generation is gone
    assert len(read_dossier(out)["articles"]) == 3


def test_second_writer_is_refused_and_told_who_holds_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\nfrom dossier.store import output_lock\n"
         "with output_lock(Path(sys.argv[1])):\n    print('locked', flush=True)\n    time.sleep(60)\n", str(out)],
        stdout=subprocess.PIPE, env=_env(),
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
        with pytest.raises(StoreError) as info:
            write_outputs(_dossier(1), out)
        msg = str(info.value)
        assert f"pid {holder.pid}" in msg and "started" in msg and "Another build" in msg
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    # the holder died: its lock is stale and the next build takes it over
    holder_info = json.loads((out / LOCK_FILE).read_text())
    assert holder_info["pid"] == holder.pid
    write_outputs(_dossier(1), out)
    assert len(read_dossier(out)["articles"]) == 1


def test_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with output_lock(out):
        write_outputs(_dossier(1), out)  # the CLI holds the lock for the whole build, then writes
    assert len(read_dossier(out)["articles"]) == 1


def test_recovery_points_at_the_newest_complete_generation(tmp_path: Path) -> None:
    out = write_outputs(_dossier(2), tmp_path / "out")
    gen = (out / CURRENT).resolve()
    (out / CURRENT).unlink()  # as if killed between removing and re-creating the link (never done, but recoverable)
    half = out / f"{GEN_PREFIX}99999999999999999999-1"
    half.mkdir()
    (half / "dossier.json").write_text("{")  # a killed build's half-written generation
    with output_lock(out):
        done = recover_output(out)
    assert half.name in done and not half.exists()
    assert (out / CURRENT).resolve() == gen
    assert len(read_dossier(out)["articles"]) == 2


def test_legacy_leftovers_are_repaired(tmp_path: Path) -> None:
    # the old layout's crash window: OUT gone, the old dossier in .out.old-PID, a .out.building-* folder
    old = tmp_path / ".out.old-4242"
    old.mkdir()
    (old / "dossier.json").write_text(json.dumps({"schema_version": "1", "articles": []}))
    (tmp_path / ".out.building-abc").mkdir()
    out = tmp_path / "out"
    with output_lock(out):
        assert read_dossier(out)["articles"] == []  # restored before anything else
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_unwritable_output_fails_before_any_work(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere; the permission check cannot fail")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="writable"):
            with output_lock(ro / "out"):
                pass
    finally:
        ro.chmod(0o700)


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        with output_lock(tmp_path / "f"):
            pass


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[]", "JSON list"),
        ("null", "JSON null"),
        ("42", "JSON int"),
        ('"text"', "JSON str"),
        ("[" * 100_000 + "]" * 100_000, "nested"),
        ('{"articles": []}', "no schema_version"),
        ('{"schema_version": "99", "articles": []}', "schema_version '99'"),
        ('{"schema_version": "1", "articles": {"a": 1}}', "'articles' is a JSON dict"),
        ('{"schema_version": "1", "claims": null}', "'claims' is a JSON null"),
        ("{not json", "not valid JSON"),
        ("\udcff", "not"),
    ],
)
def test_damaged_or_foreign_dossier_is_a_clear_error(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "dossier.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(StoreError) as info:
        read_dossier(tmp_path)
    assert says in str(info.value)
    assert "dossier build" in str(info.value)
