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
    # the expected rows are built from the fixture's own words (tests/test_report.py writes them)
    c1 = next(c for c in d["claims"] if c["id"] == "c1")
    assert f"| 3 Mar 2031 | {c1['source']['name']} | {c1['text']} | [2] |" in md
    assert "| 8 Mar 2031 (published) | Officials | 41 |" in md
    q1 = d["quotes"][0]
    assert f"“{q1['text']}” — {q1['speaker']['name']}" in md
    # the numbered sources list names each cited article
    art = {a["id"]: a for a in d["articles"]}
    a1, a3 = art["art-aaa111"], art["art-ccc333"]
    assert f"2. {a1['outlet']}: {a1['title']}, 3 Mar 2031 <{a1['url']}>" in md
    assert f"1. {a3['outlet']}: {a3['title']}, 8 Mar 2031 (file art-ccc333.txt)" in md
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
    # the span comes from the day-dated articles, not from a year-wide window
    assert "24 Oct – 13 Nov 2024" in md
    quotes = _read(export_csv(d, tmp_path)[1])
    assert all(q["date"] for q in quotes)
    # no whole number is written as a float, no raw TIMEX code reaches people
    assert not any(c["value"].endswith(".0") for c in claims)
    for text in (md, *(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.csv"))):
        assert not re.search(r"XXXX|\bP[X\d]+[DWMY]\b|\d{4}-W\d\d|PRESENT_REF", text)


def test_csv_numbers_bounds_and_excel_option(tmp_path: Path) -> None:
    d = fictional_dossier()
    d["claims"][0]["value"] = 11000.0
    rows = _read(export_csv(d, tmp_path / "plain")[0])
    c1 = next(r for r in rows if r["id"] == "c1")
    # whole numbers are integers; "at least" fills the low end only; a count says so
    assert c1["value"] == "11000" and c1["low"] == "11000" and c1["high"] == "" and c1["unit"] == "count"
    exact = next(r for r in rows if r["qualifier"] == "exact")
    assert exact["low"] == exact["high"] == exact["value"]
    raw = (export_csv(d, tmp_path / "excel", excel=True)[0]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert raw[3:].decode("utf-8").replace("\r\n", "\n") == (tmp_path / "plain" / "claims.csv").read_text(encoding="utf-8")


def test_quotes_are_dated_by_their_article_when_the_text_gives_no_date(tmp_path: Path) -> None:
    d = fictional_dossier()
    rows = _read(export_csv(d, tmp_path)[1])
    assert rows and all(r["date"] for r in rows)
    assert {r["date_basis"] for r in rows} <= {"stated", "published"}
    assert not any(re.search(r"\d{4}-\d\d|XXXX|W\d\d", r["date"]) for r in rows)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2024-10-24", "24 Oct 2024"), ("2024-10", "Oct 2024"), ("2024-W45", "4–10 Nov 2024"), ("2024", "2024"),
        ("XXXX-11-03", "3 Nov (year not stated)"), ("XXXX-WXX-4", "a Thursday (date not stated)"), ("P3D", "3 days"),
        ({"earliest": "2023-12-01", "latest": None}, "after 1 Dec 2023"),
        ({"earliest": "2024-10-24", "latest": "2024-11-13"}, "between 24 Oct and 13 Nov 2024"),
        ({"date": None, "earliest": "2024-10-01", "latest": "2024-10-31"}, "Oct 2024"),
        (None, ""),
    ],
)
def test_one_date_formatter_for_people(value: object, words: str) -> None:
    from dossier.present.views import human_date

    assert human_date(value) == words


def test_relative_dates_are_placed_against_a_day_dated_article() -> None:
    from dossier.present.views import resolve_date

    assert resolve_date("XXXX-WXX-4", {"date": "2031-03-12"}) == "2031-03-06"  # the Thursday before a Wednesday
    assert resolve_date("XXXX-12-20", "2031-01-05") == "2030-12-20"
    assert resolve_date("XXXX-WXX-4", {"earliest": "2031-03-01"}) == "XXXX-WXX-4"  # no day to count from
