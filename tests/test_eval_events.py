"""``dossier eval events``: the coreference metrics and the ECB+ figure."""

from __future__ import annotations

import pytest

from dossier.evaluation.events import b_cubed, ceaf_e, conll_scores, evaluate, muc

# Worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions"
KEY = [frozenset("abc"), frozenset("defg")]
RESPONSE = [frozenset("ab"), frozenset("cd"), frozenset("fghi")]


def test_muc_worked_example() -> None:
    r, p, f = muc(KEY, RESPONSE)
    assert r == pytest.approx(0.4) and p == pytest.approx(0.4)


def test_b_cubed_worked_example() -> None:
    r, p, _ = b_cubed(KEY, RESPONSE)
    assert r == pytest.approx(35 / 84) and p == pytest.approx(0.5)


def test_ceaf_e_worked_example() -> None:
    r, p, _ = ceaf_e(KEY, RESPONSE)
    assert r == pytest.approx(0.65) and p == pytest.approx(1.3 / 3)


def test_perfect_and_degenerate_partitions() -> None:
    s = conll_scores(KEY, KEY)
    assert s["conll_f1"] == 100.0
    singletons = [frozenset(m) for m in "abcdefg"]
    assert muc(KEY, singletons)[0] == 0.0
    assert b_cubed(singletons, singletons)[2] == pytest.approx(1.0)


def _need_ecbplus(data_dir) -> None:  # type: ignore[no-untyped-def]
    if not (data_dir / "ecbplus").exists():
        pytest.skip(f"{data_dir / 'ecbplus'} is not present (ECB+ test topics are read in place)")


@pytest.fixture(scope="module")
def ecb_figures(data_dir):  # type: ignore[no-untyped-def]
    _need_ecbplus(data_dir)
    return evaluate(data_dir)


def test_ecbplus_test_topics_conll_f1(ecb_figures) -> None:  # type: ignore[no-untyped-def]
    # the standard test split: 210 documents, 1,780 gold event mentions in validated sentences
    assert ecb_figures["documents"] == 210
    assert ecb_figures["mentions"] == 1780
    # measured 75.99 (MUC 77.45, B3 77.72, CEAF-e 72.79); published joint model: 79.5;
    # head-lemma baseline within gold topics: 72.60
    assert ecb_figures["conll_f1"] >= 75.5
    assert ecb_figures["lemma_baseline_conll_f1"] >= 72.0
    assert ecb_figures["published_conll_f1"] == 79.5


def test_ecbplus_lemma_baseline_without_document_clusters(data_dir) -> None:  # type: ignore[no-untyped-def]
    _need_ecbplus(data_dir)
    res = evaluate(data_dir, method="lemma", doc_clusters=False, limit=60)
    assert res["documents"] == 60
    assert res["conll_f1"] == res["lemma_baseline_conll_f1"]
    assert 60 <= res["conll_f1"] <= 85
