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
