"""The pipeline's guarantees: a failing stage never crashes a build; Dask gives the same result."""

from __future__ import annotations

import dataclasses

from dossier.model import Article, PublishedDate, Rejection
from dossier.pipeline import _guarded, analyze_all
from dossier.settings import Settings

FICTION = [
    Article(
        id="art-f1",
        source="f1.txt",
        text=(
            "At least 38 people were killed when the Tovel dam gave way, rescuers in the invented "
            "region of Hask said on Tuesday. \"The search goes on,\" Dara Wilke, who heads the "
            "region's emergency office, said. Roughly 260 houses were under water, she added."
        ),
        published=PublishedDate(date="2031-05-14", basis="explicit"),
    ),
    Article(
        id="art-f2",
        source="f2.txt",
        text=(
            "The Hask Courier, citing local officials, said the number of dead from the Tovel dam "
            "failure had climbed to 97. Officials said on Thursday that almost 1,800 people were still in shelters."
        ),
        published=PublishedDate(date="2031-05-16", basis="explicit"),
    ),
]


def test_a_failing_stage_becomes_a_rejection() -> None:
    rejections: list[Rejection] = []

    def boom() -> tuple[str, ...]:
        raise ValueError("unexpected token at offset 12")

    got = _guarded("claims", "some/file.txt", rejections, (), boom)
    assert got == ()
    (rej,) = rejections
    assert rej.source == "some/file.txt" and rej.stage == "claims"
    assert "offset 12" in rej.reason and "kept" in rej.reason


def test_dask_runner_matches_local_runner() -> None:
    local = analyze_all(FICTION, settings=Settings(progress="never"))
    dask = analyze_all(FICTION, settings=Settings(progress="never", runner="dask", batch_size=1))
    assert [dataclasses.asdict(a) for a in dask] == [dataclasses.asdict(a) for a in local]
    assert [a.article for a in local] == ["art-f1", "art-f2"]
    assert all(a.sentences for a in local)


def test_two_spacy_processes_give_the_same_analyses() -> None:
    one = analyze_all(FICTION, settings=Settings(progress="never"))
    two = analyze_all(FICTION, settings=Settings(progress="never", n_process=2, batch_size=1))
    assert [dataclasses.asdict(a) for a in two] == [dataclasses.asdict(a) for a in one]
