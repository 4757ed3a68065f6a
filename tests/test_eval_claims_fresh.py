"""The fresh claims set (``evaluation/data/claims_fresh.jsonl``): a second, never-tuned annotated set.

It is checked for form only: fields and values valid, at least five stories of at least five
kinds and 120 figures, no story shared with the dev set, and every annotation still pointing at
its words in the documents it was made on (read in place from ../shared/data; skipped with a
reason when that is absent). No quality floors here: the set is scored, never tuned on.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from dossier.evaluation import claims as ev

from .claims_helpers import assert_figure_fields


def _fresh() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    return ev.load_gold(ev.fresh_path())


def test_fresh_fields_are_valid() -> None:
    figures, docs = _fresh()
    assert len(figures) >= 120
    for d in docs.values():
        assert d["split"] == ev.FRESH, d
        assert d["kind"] in ("war", "disaster", "epidemic", "election", "protest", "displacement", "economy", "crime"), d
        assert d["published"] is None or len(d["published"]) == 10, d
    for f in figures:
        where = f"{f['doc']} {f['words']!r}"
        assert f["doc"] in docs, where
        assert f["split"] == ev.FRESH and f["story"] == docs[f["doc"]]["story"], where
        for key in ("value", "low", "high", "qualifier", "measure", "state", "location", "location_basis",
                    "as_of", "as_of_basis", "source", "via", "modality", "words", "start", "end"):
            assert key in f, (where, key)
        assert_figure_fields(f, where)
        assert 0 <= f["start"] < f["end"] and len(f["words"].split()) <= 8, where  # a few words, never article text


def test_fresh_stories_are_new_and_of_several_kinds() -> None:
    figures, docs = _fresh()
    _, dev_docs = ev.load_gold()
    stories = {d["story"] for d in docs.values()}
    kinds = {d["kind"] for d in docs.values()}
    assert len(stories) >= 5 and len(kinds) >= 5, (stories, kinds)
    assert not stories & {d["story"] for d in dev_docs.values()}
    assert not set(docs) & set(dev_docs)  # no document of the dev set is reused
    per_story: dict[str, int] = defaultdict(int)
    for f in figures:
        per_story[f["story"]] += 1
    assert set(per_story) == stories and all(n >= 10 for n in per_story.values()), per_story


@pytest.mark.shared
def test_fresh_annotations_match_their_words_in_the_loaded_text(data_dir: Path) -> None:
    figures, docs = _fresh()
    texts = {p: ev.load_document(data_dir, p).text for p in docs}
    wrong = [f"{f['doc']} {f['start']}: {f['words']!r}" for f in figures if texts[f["doc"]][f["start"] : f["end"]] != f["words"]]
    assert not wrong, wrong[:5]


def test_fresh_is_a_split_of_its_own() -> None:
    with pytest.raises(ValueError):
        ev.evaluate(Path("."), split="nonsense")
    assert ev.FRESH not in ev.SPLITS  # "all" keeps meaning tune + heldout
