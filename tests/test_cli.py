"""The command line, run through click's CliRunner (the real commands, no mocks)."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from dossier.cli import cli
from dossier.settings import SETTINGS

from .conftest import EXAMPLES


def test_every_command_has_help_with_an_example() -> None:
    for name, command in cli.commands.items():
        assert isinstance(command, click.Command)
        assert command.help and "Example:" in command.help, name


def test_every_setting_is_a_build_option() -> None:
    names = {p.name for p in cli.commands["build"].params}
    for s in SETTINGS:
        assert s.name in names, s.name


def test_schema_prints_json() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "dossier.json"


def test_bad_setting_value_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--runner", "cloud"])
    assert result.exit_code != 0
    assert "local" in result.output and "Traceback" not in result.output


def test_eval_without_data_says_where_it_looked(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "timex", "--data", str(tmp_path / "missing")])
    assert result.exit_code == 1
    assert "--data" in result.output


def test_build_examples_writes_the_three_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--out", str(out), "--progress", "never"])
    assert result.exit_code == 0, result.output
    for name in ("dossier.json", "dossier.duckdb", "report.html"):
        assert (out / name).is_file(), name
    body = json.loads((out / "dossier.json").read_text())
    assert len(body["articles"]) >= 6
    assert "articles" in result.output


def test_a_one_story_jsonl_folder_builds_with_its_search_index(tmp_path: Path) -> None:
    """A folder of one story (fictional JSONL with urls): the dossier, its search index and the outlet from the url."""
    src = tmp_path / "in"
    src.mkdir()
    rows = [
        {"url": "https://www.varnia-courier.example/news/2031/06/14/floods", "published": "2031-06-14",
         "text": "Flood toll in Castellan rises to 40\n\nThe death toll from the floods in Castellan rose to 40 on "
                 "Friday, the fire service said. Another 12 people were missing. Rescue teams from three provinces searched "
                 "the river banks and the flooded villages below the broken levee through the night, and the "
                 "government sent 400 soldiers to help with the search."},
        {"url": "https://www.orlen-daily.example/world/castellan-floods", "published": "2031-06-15",
         "text": "Castellan flood toll reaches 52\n\nThe death toll from the floods in Castellan reached 52 on "
                 "Saturday, the fire service said, and eight people were still missing. The 400 soldiers the government "
                 "sent on Friday searched the flooded villages below the broken levee, and families waited at the "
                 "school in Castellan for news of the missing."},
    ]
    (src / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    body = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert len(body["stories"]) == 1 and len(body["articles"]) == 2
    assert (out / "search.sqlite").exists()
    assert all(a.get("outlet") for a in body["articles"])
