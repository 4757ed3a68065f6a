"""``dossier eval quantities``: quantity extraction scored on NewsQuant (CQE, EMNLP 2023).

Data: ``DATA_DIR/newsquant/data/formatted_test_set/NewsQuant.json`` (590 news sentences, 904
gold quantities) and, where present, the Recognizers-Text sets beside it (currency,
dimension, temperature, age). Read ``DATA_DIR/newsquant/SOURCE.md`` for their origin.

Scoring follows the CQE evaluation script: per sentence, a gold quantity counts as found
when a predicted quantity has the same value (``isclose``, rtol 1e-5; a range matches only a
range with the same two ends); "value+unit" also needs the normalised unit to be equal
(lower-cased; ``-`` when there is none). Precision = correct / predicted, recall = correct /
gold. A stricter one-to-one matching (each prediction used once) is reported beside it.

Two representation conventions of the CQE gold are applied when turning a ``Quantity`` into
a scored prediction (the extractor finds the structure; only its encoding differs): a
"from X to Y" pair that ``find_quantities`` links (``link`` "from"/"to") is scored as the one
range (X, Y) in text order, as CQE writes it; and a fraction written in words ("a third of
voters") gets the unit ``"% <counted noun>"`` (``"% -"`` when nothing is counted).

NewsQuant has no train/test split. The rules of ``quantities.py`` were tuned by reading
errors on the even-numbered sentences only ("dev"); the odd-numbered half ("heldout") was
not looked at, and its figures are reported separately.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from ..extract.quantities import Quantity, find_quantities

MAIN_SET = "NewsQuant"
EXTRA_SETS = ("currency-model", "dimension-model", "temperature-model", "age-model")


def _gold_value(raw: str) -> float | tuple[float, float]:
    raw = raw.strip()
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        a, b = raw.split("-", 1)
        return (float(a), float(b))
    return float(raw)


def _pred_value(q: Quantity) -> float | tuple[float, float] | None:
    # CQE writes "from X to Y" as the range (X, Y), in text order; the X figure is inside it
    if q.link == "from":
        return None
    if q.link == "to" and q.value is not None and q.linked_value is not None:
        return (float(q.linked_value), float(q.value))
    if q.value is not None:
        return float(q.value)
    if q.low is not None and q.high is not None:
        return (float(q.low), float(q.high))
    return None


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8) or abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def _values_match(gold: float | tuple[float, float], pred: float | tuple[float, float]) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(pred[0], gold[0]) and _close(pred[1], gold[1])
    assert not isinstance(gold, tuple) and not isinstance(pred, tuple)
    return _close(pred, gold)


def _prf(correct: int, gold: int, pred: int) -> dict[str, float]:
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "correct": correct}


def score_sentence(
    gold: list[tuple[float | tuple[float, float], str]], pred: list[tuple[float | tuple[float, float], str]]
) -> dict[str, int]:
    """Score one sentence the way CQE's evaluation does, plus a one-to-one variant.

    Args:
        gold: (value, normalised unit) of each gold quantity.
        pred: (value, normalised unit) of each predicted quantity.

    Returns:
        Counts: ``value`` and ``value_unit`` (CQE rules), ``value_1to1`` and ``value_unit_1to1``.
    """
    # CQE rules: a gold counts for value when any remaining prediction has its value (at most
    # as many value hits as gold items); a prediction matched on value+unit is used up.
    remaining = sorted(pred, key=lambda x: x[1])
    value_hits = 0
    unit_hits = 0
    budget = len(gold)
    for g_val, g_unit in sorted(gold, key=lambda x: x[1]):
        for p in list(remaining):
            if _values_match(g_val, p[0]):
                if budget > 0:
                    value_hits += 1
                    budget -= 1
                if p[1] == g_unit:
                    unit_hits += 1
                    remaining.remove(p)
                    break
    # one-to-one: each prediction matched once, unit matches preferred
    used: set[int] = set()
    v11 = vu11 = 0
    for g_val, g_unit in gold:
        best = None
        for k, p in enumerate(pred):
            if k in used or not _values_match(g_val, p[0]):
                continue
            if p[1] == g_unit:
                best = k
                break
            if best is None:
                best = k
        if best is not None:
            used.add(best)
            v11 += 1
            if pred[best][1] == g_unit:
                vu11 += 1
    return {"value": value_hits, "value_unit": unit_hits, "value_1to1": v11, "value_unit_1to1": vu11}


def _unit_of(q: Quantity) -> str:
    # CQE normalises a fraction written in words as a share: "a third of voters" -> "% voter"
    if q.kind == "fraction" and not any(ch.isdigit() for ch in q.text):
        return f"% {q.unit or '-'}".lower()
    return (q.unit or "-").lower()


def _score_set(items: list[dict[str, Any]], *, nlp: Any) -> dict[str, Any]:
    totals = {"value": 0, "value_unit": 0, "value_1to1": 0, "value_unit_1to1": 0}
    n_gold = n_pred = 0
    texts = [it["text"] for it in items]
    for it, doc in zip(items, nlp.pipe(texts, batch_size=64)):
        gold = [(_gold_value(g["value"]), str(g["normalized_unit"]).lower()) for g in it["quantities"]]
        preds = []
        for q in find_quantities(it["text"], doc):
            v = _pred_value(q)
            if v is not None:
                preds.append((v, _unit_of(q)))
        s = score_sentence(gold, preds)
        for k in totals:
            totals[k] += s[k]
        n_gold += len(gold)
        n_pred += len(preds)
    out: dict[str, Any] = {"sentences": len(items), "gold": n_gold, "predicted": n_pred}
    for k, c in totals.items():
        out[k] = _prf(c, n_gold, n_pred)
    return out


def _set_folder(data_dir: Path) -> Path:
    """The formatted_test_set folder, given the shared data folder or the newsquant folder itself."""
    data_dir = Path(data_dir)
    for cand in (data_dir / "newsquant" / "data" / "formatted_test_set", data_dir / "data" / "formatted_test_set",
                 data_dir / "formatted_test_set", data_dir):
        if (cand / f"{MAIN_SET}.json").exists():
            return cand
    return data_dir / "newsquant" / "data" / "formatted_test_set"


def evaluate(data_dir: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score ``quantities.find_quantities`` on NewsQuant and the Recognizers-Text sets.

    Args:
        data_dir: the shared data folder (holding ``newsquant/``) or the ``newsquant`` folder.
        limit: score only the first ``limit`` sentences of each set (for quick runs).

    Returns:
        A dict with the headline NewsQuant figures first (``value_f1``, ``value_unit_f1`` and
        their precision/recall, gold and predicted counts), then, for NewsQuant ("all", "dev" = even-numbered sentences, "heldout" =
        odd-numbered ones) and each extra set: sentences, gold and predicted counts, and
        precision/recall/F1 for ``value`` and ``value_unit`` (CQE rules) and their one-to-one
        variants. Published anchors: CQE value F1 0.920, value+unit 0.856; quantulum3 0.730.
    """
    from ..extract.nlp import load_model

    base = _set_folder(data_dir)
    main_path = base / f"{MAIN_SET}.json"
    if not main_path.exists():
        raise FileNotFoundError(f"{main_path} not found: expected the NewsQuant set under DATA_DIR/newsquant/.")
    nlp = load_model()
    items = json.loads(main_path.read_text("utf-8"))
    if limit is not None:
        items = items[:limit]
    all_scores = _score_set(items, nlp=nlp)
    result: dict[str, Any] = {
        "value_precision": all_scores["value"]["precision"],
        "value_recall": all_scores["value"]["recall"],
        "value_f1": all_scores["value"]["f1"],
        "value_unit_precision": all_scores["value_unit"]["precision"],
        "value_unit_recall": all_scores["value_unit"]["recall"],
        "value_unit_f1": all_scores["value_unit"]["f1"],
        "gold": all_scores["gold"],
        "predicted": all_scores["predicted"],
        "dataset": "NewsQuant (CQE, EMNLP 2023)",
        "scoring": "CQE evaluate_models.py rules (value isclose rtol 1e-5; ranges as pairs); *_1to1 = one-to-one",
        "split": "no official split: dev = even-numbered sentences (rules tuned there), heldout = odd-numbered",
        "anchors": {"CQE value F1": 0.920, "CQE value+unit F1": 0.856, "quantulum3 value F1": 0.730},
        "all": all_scores,
        "dev": _score_set(items[0::2], nlp=nlp),
        "heldout": _score_set(items[1::2], nlp=nlp),
    }
    extras: dict[str, Any] = {}
    for name in EXTRA_SETS:
        path = base / f"{name}.json"
        if path.exists():
            extra = json.loads(path.read_text("utf-8"))
            if limit is not None:
                extra = extra[:limit]
            extras[name] = _score_set(extra, nlp=nlp)
    result["extra_sets"] = extras
    return result


def errors(data_dir: Path, *, split: str = "dev") -> list[dict[str, Any]]:
    """List the sentences of a NewsQuant split where predictions and gold values differ.

    Args:
        data_dir: the shared data folder.
        split: "dev" (even-numbered sentences), "heldout" or "all".

    Returns:
        One dict per sentence with a miss or a spurious value: text, gold and predicted.
    """
    from ..extract.nlp import load_model

    path = _set_folder(data_dir) / f"{MAIN_SET}.json"
    items = json.loads(path.read_text("utf-8"))
    items = {"dev": items[0::2], "heldout": items[1::2]}.get(split, items)
    nlp = load_model()
    out = []
    for it, doc in zip(items, nlp.pipe([i["text"] for i in items], batch_size=64)):
        gold = [(_gold_value(g["value"]), str(g["normalized_unit"]).lower()) for g in it["quantities"]]
        preds = [(_pred_value(q), _unit_of(q), q.text) for q in find_quantities(it["text"], doc)]
        preds = [p for p in preds if p[0] is not None]
        s = score_sentence(gold, [(p[0], p[1]) for p in preds])  # type: ignore[misc]
        if s["value_unit_1to1"] != len(gold) or len(preds) != len(gold):
            out.append({"text": it["text"], "gold": gold, "pred": preds, "score": s})
    return out
