"""Tests of the exports (export.py): CSV files and the Markdown brief."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from dossier.present.export import CLAIM_COLUMNS, export_csv, export_markdown, md_escape
from dossier.model import dossier_to_dict
from tests.test_report import fictional_dossier


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_files_hold_every_claim_quote_and_event(tmp_path: Path) -> None:
    d = fictional_dossier()
    paths = export_csv(d, tmp_path / "x")
    assert [p.name for p in paths] == ["claims.csv", "quotes.csv", "events.csv"]
    claims = _read(paths[0])
    assert len(claims) == len(d["claims"]) and tuple(claims[0]) == CLAIM_COLUMNS
    c5 = next(r for r in claims if r["id"] == "c5")
    assert c5["figure"] == "400–600" and c5["low"] == "400" and c5["high"] == "600" and c5["source"] == "The Red Cross"
    c3 = next(r for r in claims if r["id"] == "c3")
    assert c3["as_of"] == "" and c3["date_used"] == "8 Mar 2031" and c3["date_basis"] == "published"
    assert c3["date_earliest"] == c3["date_latest"] == "2031-03-08" and c3["unit"] == "count"
    art = {a["id"]: a for a in d["articles"]}
    for r in claims:
        assert art[r["article"]]["text"][int(r["start"]):int(r["end"])] == r["text"]
    quotes = _read(paths[1])
    assert quotes[0]["speaker"] == "Ilse Brand" and quotes[0]["outlet"] == "Vale Courier"
    events = _read(paths[2])
    assert events[0]["date"] == "3 Mar 2031" and events[0]["earliest"] == "2031-03-03" and events[0]["evidence_count"] == "1"


def test_csv_cells_cannot_run_as_formulas(tmp_path: Path) -> None:
    d = fictional_dossier()
    d["claims"][0]["source"] = {"entity": None, "name": "=HYPERLINK(\"http://x\")", "text": "+1"}
    d["claims"][0]["value"] = -5
    rows = _read(export_csv(d, tmp_path)[0])
    row = next(r for r in rows if r["id"] == "c1")
    assert row["source"].startswith("'=") and row["source_text"] == "'+1"
    assert row["value"] == "-5"  # numbers stay numbers


def test_markdown_brief_cites_every_figure() -> None:
    d = fictional_dossier()
    md = export_markdown(d)
    for heading in ("## Summary", "## Figures", "## Timeline", "## Key quotes", "## Sources"):
        assert heading in md
    assert "### people killed — Varnel" in md
    assert "| 2031\\-03\\-03 |" not in md  # dates are not needlessly escaped
    assert "| 3 Mar 2031 | Emergency services | at least 12 | [2] |" in md
    assert "| 8 Mar 2031 (published) | Officials | 41 |" in md
    assert "“We have never seen water like this.” — Ilse Brand" in md
    # the numbered sources list names each cited article
    assert "2. Vale Courier: Floods hit Varnel, 3 Mar 2031 <https://example.org/a1>" in md
    assert "1. Vale Courier: Varnel toll at 41, 8 Mar 2031 (file art-ccc333.txt)" in md
    assert "javascript:" not in md


def test_markdown_escapes_untrusted_text() -> None:
    md = export_markdown(fictional_dossier(payload=True))
    assert not re.search(r"(?<!\\)<(script|b |/b)", md)
    assert "\\<script\\>" in md
    assert md_escape("a|b *c* [d](e)") == "a\\|b \\*c\\* \\[d\\](e)"


def test_exports_of_an_empty_dossier(tmp_path: Path) -> None:
    paths = export_csv({}, tmp_path)
    assert all(len(p.read_text(encoding="utf-8").splitlines()) == 1 for p in paths)
    assert "_No claim tracks._" in export_markdown({})


@pytest.mark.shared
def test_exports_of_the_seeds(seed_dossier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = dossier_to_dict(seed_dossier)
    claims = _read(export_csv(d, tmp_path)[0])
    assert len(claims) == len(d["claims"])
    md = export_markdown(d)
    assert md.startswith("# Brief:") and "from 5 article(s)" in md
