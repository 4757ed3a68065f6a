"""TempEval-3 Task A: time expression extent and normalisation (``dossier eval timex``).

Reads the TimeML files of ``tempeval3/`` (see its SOURCE.md): ``te3-platinum/`` (test, 20
documents, 138 TIMEX3) or ``TBAQ-cleaned/`` (train: TimeBank + AQUAINT). Each document's
``<TEXT>`` is stripped of its tags; gold TIMEX3 offsets are computed on that same plain text,
our tagger (``dossier.extract.dates``) runs on it anchored at the document's DCT, and the results
are scored as TempEval-3 defines it:

* relaxed match: a system expression overlaps a gold one (one-to-one, in text order);
* strict match: identical extent (after trimming spaces);
* value/type accuracy: share of relaxed matches with exactly the gold value/type;
* **value F1 = value accuracy x relaxed F1** (likewise type F1) — the official ranking.

Published anchors on the platinum set: HeidelTime value F1 77.61, SUTime 67.38.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..extract.dates import tag_text
from ..model import TimeExpression

_TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 of a document: extent in the plain text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    """A TimeML document reduced to what Task A needs."""

    docid: str
    dct: str
    text: str
    gold: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> TimeMLDoc:
    """Read one TimeML file: DOCID, DCT, the plain ``<TEXT>`` and its gold TIMEX3.

    Args:
        path: a ``.tml`` file.

    Returns:
        The document, with gold offsets into its plain text.
    """
    raw = path.read_text(encoding="utf-8")
    docid_m = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", raw, re.S)
    dct_m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw, re.S)
    body_m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    parts: list[str] = []
    pos = 0
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG_RE.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR_RE.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            gold.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    return TimeMLDoc(
        docid=docid_m.group(1) if docid_m else path.stem,
        dct=(dct_m.group(1) if dct_m else "")[:10],
        text=text,
        gold=tuple(gold),
    )


def _files(data_dir: Path, split: str) -> list[Path]:
    if split == "test":
        folder = data_dir / "te3-platinum"
        return sorted(folder.glob("*.tml"))
    if split == "train":
        return sorted((data_dir / "TBAQ-cleaned").glob("*/*.tml"))
    raise ValueError(f"Unknown split {split!r}; choose 'test' (te3-platinum) or 'train' (TBAQ-cleaned).")


def _align(gold: tuple[GoldTimex, ...], system: tuple[TimeExpression, ...]) -> list[tuple[GoldTimex, TimeExpression]]:
    """One-to-one overlap alignment of gold and system expressions, in text order."""
    pairs: list[tuple[GoldTimex, TimeExpression]] = []
    used: set[int] = set()
    for g in gold:
        for i, s in enumerate(system):
            if i in used:
                continue
            if s.start < g.end and g.start < s.end:
                pairs.append((g, s))
                used.add(i)
                break
    return pairs


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_document(doc: TimeMLDoc, nlp: Any = None) -> dict[str, Any]:
    """Tag one document and count matches against its gold TIMEX3.

    Args:
        doc: the TimeML document.
        nlp: a spaCy pipeline to parse the text with (None: tag without a parse).

    Returns:
        Counts (gold, system, relaxed, strict, value, type) and the error list.
    """
    anchor = date.fromisoformat(doc.dct) if re.fullmatch(r"\d{4}-\d\d-\d\d", doc.dct) else None
    parsed = nlp(doc.text) if nlp is not None else None
    system = tag_text(doc.text, anchor, doc=parsed, article_id=doc.docid)
    pairs = _align(doc.gold, system)
    strict = sum(1 for g, s in pairs if g.start == s.start and g.end == s.end or g.text.strip() == s.text.strip())
    value = sum(1 for g, s in pairs if g.value == s.value)
    typ = sum(1 for g, s in pairs if g.type == s.type)
    matched_sys = {id(s) for _, s in pairs}
    matched_gold = {id(g) for g, _ in pairs}
    errors = [
        {"doc": doc.docid, "kind": "value", "gold": g.text, "gold_value": g.value, "system": s.text, "value": s.value}
        for g, s in pairs
        if g.value != s.value
    ]
    errors += [{"doc": doc.docid, "kind": "missed", "gold": g.text, "gold_value": g.value} for g in doc.gold if id(g) not in matched_gold]
    errors += [{"doc": doc.docid, "kind": "spurious", "system": s.text, "value": s.value} for s in system if id(s) not in matched_sys]
    return {"gold": len(doc.gold), "system": len(system), "relaxed": len(pairs), "strict": strict, "value": value, "type": typ, "errors": errors}


def evaluate(data_dir: Path, *, split: str = "test", limit: int | None = None, use_parser: bool = True, errors: bool = False) -> dict[str, Any]:
    """Score the time-expression tagger on TempEval-3.

    Args:
        data_dir: the ``tempeval3`` folder (with ``te3-platinum/`` and ``TBAQ-cleaned/``).
        split: "test" (te3-platinum, the reported figure) or "train" (TBAQ-cleaned, for tuning).
        limit: score only the first N documents (sorted by file name).
        use_parser: parse each text with spaCy for tense (as the pipeline does).
        errors: include the list of errors under ``"errors"``.

    Returns:
        Figures: docs, gold, system, strict/relaxed precision, recall and F1, value and type
        accuracy over relaxed matches, value F1 and type F1.
    """
    files = _files(Path(data_dir), split)
    if limit is not None:
        files = files[:limit]
    nlp = None
    if use_parser:
        from ..extract.nlp import load_model

        nlp = load_model()
    totals = {"gold": 0, "system": 0, "relaxed": 0, "strict": 0, "value": 0, "type": 0}
    all_errors: list[dict[str, Any]] = []
    for path in files:
        result = score_document(read_timeml(path), nlp)
        for key in totals:
            totals[key] += result[key]
        all_errors.extend(result["errors"])
    g, s = totals["gold"], totals["system"]
    rp = totals["relaxed"] / s if s else 0.0
    rr = totals["relaxed"] / g if g else 0.0
    sp = totals["strict"] / s if s else 0.0
    sr = totals["strict"] / g if g else 0.0
    relaxed_f1 = _f1(rp, rr)
    value_acc = totals["value"] / totals["relaxed"] if totals["relaxed"] else 0.0
    type_acc = totals["type"] / totals["relaxed"] if totals["relaxed"] else 0.0
    out: dict[str, Any] = {
        "split": split,
        "docs": len(files),
        "gold": g,
        "system": s,
        "strict_precision": sp,
        "strict_recall": sr,
        "strict_f1": _f1(sp, sr),
        "relaxed_precision": rp,
        "relaxed_recall": rr,
        "relaxed_f1": relaxed_f1,
        "value_accuracy": value_acc,
        "value_f1": value_acc * relaxed_f1,
        "type_accuracy": type_acc,
        "type_f1": type_acc * relaxed_f1,
        "anchor_heideltime_value_f1": 0.7761,
        "anchor_sutime_value_f1": 0.6738,
    }
    if errors:
        out["errors"] = all_errors
    return out


if __name__ == "__main__":  # pragma: no cover - manual tuning aid
    import json
    import sys

    figures = evaluate(Path(sys.argv[1]), split=sys.argv[2] if len(sys.argv) > 2 else "test", errors=True)
    errs = figures.pop("errors")
    print(json.dumps(figures, indent=2))
    for e in errs:
        print(e)
