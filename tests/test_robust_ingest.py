"""Ingest never skips silently and never lets a control character through.

Symlink loops, dangling links, unreadable folders, special files and unsupported formats
are rejections with their reason; dossier's own output folders are never read; NUL bytes
and other control characters are removed from every text and the removal recorded.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dossier.errors import InputError
from dossier.ingest.read import read_inputs, strip_control
from dossier.settings import Settings
from dossier.store import write_outputs
from dossier.model import Dossier

from .test_ingest import SECOND, STORY, THIRD

SETTINGS = Settings(progress="never")


def _reasons(folder: Path) -> tuple[list[str], dict[str, str]]:
    raws, rejections = read_inputs(folder, settings=SETTINGS)
    return [r.source for r in raws], {r.source: r.reason for r in rejections}


def test_links_loops_and_special_files_are_rejections(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "story.txt").write_text(STORY)
    (d / "sub" / "second.txt").write_text(SECOND)
    os.symlink("..", d / "sub" / "loop")  # a loop back to the input folder
    os.symlink("nowhere.txt", d / "dangling.txt")
    os.symlink("self", d / "self")  # a link to itself: ELOOP
    os.symlink("sub", d / "zz-again")  # the same folder a second way
    os.mkfifo(d / "pipe.txt")
    (d / "scan.pdf").write_bytes(b"%PDF-1.4")
    (d / "README.md").write_text("what this folder is")  # describes the folder: skipped quietly
    sources, reasons = _reasons(d)
    assert sources == ["story.txt", "sub/second.txt"]
    assert "dangling" in reasons["dangling.txt"]
    assert "loop" in reasons["self"]
    assert "already read" in reasons["sub/loop/"] and "already read" in reasons["zz-again/"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert "not supported" in reasons["scan.pdf"] and ".pdf" in reasons["scan.pdf"]
    assert "README.md" not in reasons
    for reason in reasons.values():
        assert "expected" in reason and ("Remove" in reason or "remove" in reason)


def test_unreadable_folder_is_a_rejection(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder; the permission error cannot happen")
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "story.txt").write_text(STORY)
    (d / "locked").chmod(0)
    try:
        sources, reasons = _reasons(d)
    finally:
        (d / "locked").chmod(0o700)
    assert sources == ["story.txt"] and "could not be read" in reasons["locked/"]


def test_own_output_folder_is_never_input(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "story.txt").write_text(STORY)
    write_outputs(Dossier(), d / "out", render_report=lambda body: "<html><body><p>" + STORY + "</p></body></html>")
    (d / "out" / "claims.csv").write_text("id,value\n")
    legacy = d / "old-out"  # an output written before the marker file existed
    legacy.mkdir()
    (legacy / "dossier.json").write_text("{}")
    (legacy / "dossier.duckdb").write_bytes(b"")
    (legacy / "report.html").write_text("<p>" + SECOND + "</p>")
    sources, reasons = _reasons(d)
    assert sources == ["story.txt"] and reasons == {}
    with pytest.raises(InputError, match="output folder"):
        read_inputs(d / "out", settings=SETTINGS)


def test_nul_bytes_after_the_first_8k_are_removed_and_recorded(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    body = ("Flood news\n\n" + (STORY + "\n\n") * 30)
    assert len(body) > 8192
    (d / "late_nul.txt").write_text(body + "\x00\x00" + THIRD + "\x01\x7f\n")
    feed = {"id": "feed-1", "title": "Flood\u0000 funds\ud800", "text": "Council\u0000 news\n\n" + SECOND + "\u0085" + THIRD}
    (d / "feed.jsonl").write_text(json.dumps(feed) + "\n")
    html = "<html><body><article><h1>Flood</h1>" + "".join(f"<p>{STORY}</p>" for _ in range(30)) + "<p>x\x00y " + THIRD + "</p></article></body></html>"
    (d / "page.html").write_text(html)
    raws, rejections = read_inputs(d, settings=SETTINGS)
    assert sorted(r.source for r in raws) == ["feed-1", "late_nul.txt", "page.html"]
    for raw in raws:
        for value in (raw.text, raw.html, raw.title):
            if value:
                assert strip_control(value) == (value, 0), raw.source
    notes = {r.source: r.reason for r in rejections}
    assert "4 control characters" in notes["late_nul.txt"] and "kept" in notes["late_nul.txt"]
    assert "feed-1" in notes and "page.html" in notes


def test_strip_control_keeps_text_and_layout() -> None:
    text = "Tab\there, CR\r\nLF\n\u200fRTL mark \u2018quotes\u2019 \u00e9"
    assert strip_control(text) == (text, 0)
    assert strip_control("a\x00b\x0cc\x1bd\ud800e\x85f") == ("ab\ncd" + "e\nf", 3)
