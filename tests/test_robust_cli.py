"""The command line never surprises: bad options, unusable inputs and outputs, damaged dossiers.

Every case ends with one clear message and a non-zero exit, before any analysis starts
where the problem is knowable up front; no traceback reaches the user.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli import cli

from .conftest import EXAMPLES
from .test_ingest import SECOND, STORY, THIRD


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def _articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate((STORY, SECOND, THIRD)):
        (folder / f"{i}.txt").write_text(f"Flood news {i}\n\n{text}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--batch-size", "0", "--batch-size 0 is out of range"),
        ("--batch-size", "-3", "out of range"),
        ("--batch-size", "many", "not a whole number"),
        ("--near-duplicate-threshold", "nan", "not a finite number"),
        ("--near-duplicate-threshold", "inf", "not a finite number"),
        ("--near-duplicate-threshold", "1.5", "out of range"),
        ("--max-chars", "-10", "out of range"),
        ("--n-process", "0", "out of range"),
        ("--conflict-window-days", "-1", "out of range"),
        ("--progress", "loud", "loud"),
    ],
)
def test_bad_options_are_refused_up_front(tmp_path: Path, option: str, value: str, says: str) -> None:
    code, output = _run("build", str(_articles(tmp_path / "in")), "--out", str(tmp_path / "out"), option, value)
    assert code != 0
    assert says in output and "Traceback" not in output
    assert not (tmp_path / "out").exists()  # nothing was started


def test_unreachable_scheduler_fails_in_seconds(tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, output = _run("build", str(_articles(tmp_path / "in")), "--out", str(tmp_path / "out"),
                        "--runner", "dask", "--dask-scheduler", f"tcp://127.0.0.1:{port}")  # fmt: skip
    assert code != 0 and "No Dask scheduler answers" in output and "Traceback" not in output
    code, output = _run("build", str(_articles(tmp_path / "in")), "--out", str(tmp_path / "out"),
                        "--runner", "dask", "--dask-scheduler", "not an address")  # fmt: skip
    assert code != 0 and "tcp://HOST:PORT" in output


def test_output_that_cannot_be_written_fails_before_analysis(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    code, output = _run("build", str(_articles(tmp_path / "in")), "--out", str(tmp_path / "file" / "out"))
    assert code != 0 and "Cannot create the output folder" in output
    code, output = _run("build", str(_articles(tmp_path / "in")), "--out", str(tmp_path / "in"))
    assert code != 0 and "must not be the input folder" in output


def test_empty_folder_exits_non_zero_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    code, output = _run("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code != 0 and "No usable article" in output and "no article files" in output
    assert not (tmp_path / "out" / "dossier.json").exists()


def test_folder_with_nothing_usable_names_the_reasons(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "scan.pdf").write_bytes(b"%PDF-1.4 fictional")
    (d / "short.txt").write_text("Too short to be news.")
    code, output = _run("build", str(d), "--out", str(tmp_path / "out"), "--progress", "never")
    assert code != 0 and "No usable article" in output and "2 inputs rejected" in output
    assert "not supported" in output and "words" in output


def test_build_summary_json_and_quiet(tmp_path: Path) -> None:
    src = _articles(tmp_path / "in")
    (src / "notes.pdf").write_bytes(b"%PDF-1.4 fictional")
    code, output = _run("build", str(src), "--out", str(tmp_path / "out"), "--json", "--progress", "never")
    assert code == 0, output
    summary = json.loads(output)
    assert summary["counts"]["articles"] == 3
    assert summary["rejections_by_stage"] == {"ingest": 1}
    assert Path(summary["dossier"]).is_file()
    code, output = _run("build", str(src), "--out", str(tmp_path / "out"), "--quiet")
    assert code == 0 and output == ""
    code, output = _run("build", str(src), "--out", str(tmp_path / "out"), "--progress", "never")
    assert code == 0 and "3 articles" in output and "1 rejected" in output and "report:" in output


def test_output_inside_the_input_is_never_read_back(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES, src)
    out = src / "out"
    code, first = _run("build", str(src), "--out", str(out), "--json", "--progress", "never")
    assert code == 0, first
    code, second = _run("build", str(src), "--out", str(out), "--json", "--progress", "never")
    assert code == 0, second
    a, b = json.loads(first), json.loads(second)
    assert a["counts"] == b["counts"]  # report.html, dossier.json, exports: none of them became an article
    sources = {x["source"] for x in json.loads((out / "dossier.json").read_text())["articles"]}
    assert not any(s.startswith("out/") for s in sources)


@pytest.mark.parametrize("content", ["[]", "null", "3", "[" * 50_000 + "]" * 50_000, '{"schema_version": "7"}'])
def test_readers_say_what_is_wrong_with_a_damaged_dossier(tmp_path: Path, content: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "dossier.json").write_text(content)
    for args in (["ask", "How many people?", "--dossier", str(out)], ["report", str(out)], ["export", str(out)],
                 ["serve", str(out), "--port", "1"]):  # fmt: skip
        code, output = _run(*args)
        assert code == 1, (args, output)
        assert "Traceback" not in output and "Error:" in output
        assert "dossier build" in output, (args, output)


def test_serve_refuses_without_a_dossier_and_on_a_taken_port(tmp_path: Path) -> None:
    code, output = _run("serve", str(tmp_path))
    assert code == 1 and "No dossier" in output
    out = tmp_path / "out"
    out.mkdir()
    (out / "dossier.json").write_text(json.dumps({"schema_version": "1", "articles": []}))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        code, output = _run("serve", str(out), "--port", str(port))
    assert code == 1 and f"Port {port}" in output and "taken" in output


def test_second_build_into_a_locked_output_says_who_holds_it(tmp_path: Path) -> None:
    from dossier.store import output_lock

    src = _articles(tmp_path / "in")
    with output_lock(tmp_path / "out"):
        # the lock is per process and re-entrant, so take it from a child to stand for another build
        import subprocess
        import sys

        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
        got = subprocess.run([sys.executable, "-m", "dossier", "build", str(src), "--out", str(tmp_path / "out")],
                             capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    assert got.returncode != 0
    assert f"pid {os.getpid()}" in got.stderr and "Another build" in got.stderr
    assert "Traceback" not in got.stderr
