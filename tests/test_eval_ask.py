"""Floors of ``dossier eval ask``: the share of journalists' questions ``ask`` answers right.

Measured (``PYTHONPATH=src python -m dossier eval ask``), 72 questions, 9 kinds:
seeds 13/13 tune, 13/13 held-out test; examples + fictional fixtures 22/23 tune, 20/23 test
(wrong: e18, e20, f13, f14). Floors sit a little under these figures.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from dossier.evaluation.ask import CORPORA, is_right, load_questions, score
from dossier.model import dossier_to_dict
from dossier.present.ask import QUESTION_KINDS, answer_question, classify_question


@pytest.fixture(scope="module")
def fictional(example_dossier, settings) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    from dossier.pipeline import build_dossier

    return {"examples": dossier_to_dict(example_dossier),
            "fixtures": dossier_to_dict(build_dossier(CORPORA["fixtures"], settings=settings))}


def test_the_question_set_is_split_and_covers_every_kind() -> None:
    qs = load_questions()
    assert len(qs) >= 60 and len({q["id"] for q in qs}) == len(qs)
    splits = Counter(q["split"] for q in qs)
    assert splits["tune"] == splits["test"]
    for split in ("tune", "test"):
        kinds = {classify_question(q["q"]) for q in qs if q["split"] == split}
        assert kinds == set(QUESTION_KINDS), (split, set(QUESTION_KINDS) - kinds)
        assert any(not q["found"] for q in qs if q["split"] == split)
    for q in qs:
        # facts only: short name keys, figures, ISO days; questions are a journalist's words
        assert all(len(str(n).split()) <= 3 for n in q.get("names", []))
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in q.get("dates", []))
        assert len(q["q"]) < 120


def test_fictional_questions_floor(fictional: dict[str, dict[str, Any]]) -> None:
    qs = [q for q in load_questions() if q["corpus"] in ("examples", "fixtures")]
    figures = score(qs, fictional)
    assert figures["tune_total"] == figures["test_total"] == 23
    assert figures["tune_share"] >= 0.90, figures
    assert figures["test_share"] >= 0.82, figures


@pytest.mark.shared
def test_seed_questions_floor(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    qs = [q for q in load_questions() if q["corpus"] == "seeds"]
    figures = score(qs, {"seeds": dossier_to_dict(seed_dossier)})
    assert figures["all_total"] == 26
    assert figures["tune_share"] >= 0.9 and figures["test_share"] >= 0.9, figures


def test_a_wrong_fact_makes_an_answer_wrong(fictional: dict[str, dict[str, Any]]) -> None:
    d = fictional["examples"]
    q = {"q": "Who said 154 people were still missing?", "found": True, "names": ["brenn"], "values": [154]}
    a = answer_question(q["q"], d)
    assert is_right(a, q)
    assert not is_right(a, {**q, "values": [155]})
    assert not is_right(a, {**q, "names": ["dolt"]})
    assert not is_right(a, {**q, "found": False})
