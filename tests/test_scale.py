"""Dask on a real (local) cluster: ``--dask-scheduler`` gives the dossier the local run gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_dask_scheduler_on_a_local_cluster_gives_the_local_dossier(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="the [scale] extra (dask.distributed) is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        result = CliRunner().invoke(
            cli,
            ["build", str(EXAMPLES), "--out", str(tmp_path / "dask"), "--runner", "dask", "--dask-scheduler", address,
             "--batch-size", "1", "--progress", "never", "--no-cache"],
        )
        assert result.exit_code == 0, result.output
        with distributed.Client(address) as client:
            assert len(client.scheduler_info()["workers"]) == 2
    local = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--out", str(tmp_path / "local"), "--progress", "never", "--no-cache"])
    assert local.exit_code == 0, local.output
    got = (tmp_path / "dask" / "dossier.json").read_bytes()
    assert got == (tmp_path / "local" / "dossier.json").read_bytes()
    assert len(json.loads(got)["articles"]) >= 7
