"""``dossier eval ask``: the share of journalists' questions that ``ask`` answers right.

The questions (``ask_questions.json`` beside this module) cover every kind ``ask`` knows
(how many, who gave a figure or said some words, what someone said, what happened on a
date, when, where, who disagrees, is a figure independent, what changed since) over three
corpora built with the real pipeline: the seeds (``../shared/seeds``, read in place), the
bundled fictional ``examples/`` and the fictional ``tests/fixtures/ask_corpus``. Each
question holds the facts a right answer must contain, never article text:

- ``found``: whether the dossier can answer it (false: the right answer is "I don't know",
  with the passages closest to the question);
- ``values``: figures that must appear among the answer's figures;
- ``names``: short keys, each of which must occur (case-insensitively) in a name of the answer;
- ``dates``: ISO days that must be among the first days of the answer's dates.

Questions are split in two: ``tune`` (used while building ``ask``) and ``test`` (held out,
looked at once). ``evaluate`` reports the share right in each split and overall, and which
questions were wrong.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..model import dossier_to_dict
from ..present.ask import Answer, answer_question, classify_question

QUESTIONS = Path(__file__).with_name("ask_questions.json")
REPO = Path(__file__).resolve().parents[3]
CORPORA = {"examples": REPO / "examples", "fixtures": REPO / "tests" / "fixtures" / "ask_corpus"}


def load_questions(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    """Read the questions with their expected facts.

    Args:
        path: the questions file.

    Returns:
        One dict per question (``id``, ``corpus``, ``split``, ``q``, ``found``, ``values``, ``names``, ``dates``).
    """
    return list(json.loads(path.read_text(encoding="utf-8"))["questions"])


def answer_facts(answer: Answer) -> tuple[set[float], list[str], set[str]]:
    """Return the figures, names and ISO first days an answer states."""
    values: set[float] = set()
    names: list[str] = []
    dates: set[str] = set()
    for s in answer.statements:
        values.update(float(v) for v in s.values)
        names += [n.casefold() for n in s.names]
        dates.update(s.dates)
    return values, names, dates


def is_right(answer: Answer, expected: Mapping[str, Any]) -> bool:
    """Whether an answer holds every fact the question expects.

    Args:
        answer: from ``answer_question``.
        expected: one question of ``load_questions``.

    Returns:
        True when ``found`` matches and every expected value, name key and date is in the
        answer; for an unanswerable question, when the answer says it does not know and
        offers the closest passages.
    """
    if not expected.get("found", True):
        return not answer.found and bool(answer.close)
    if not answer.found:
        return False
    values, names, dates = answer_facts(answer)
    if any(float(v) not in values for v in expected.get("values") or []):
        return False
    if any(not any(str(k).casefold() in n for n in names) for k in expected.get("names") or []):
        return False
    return all(d in dates for d in expected.get("dates") or [])


def score(questions: Sequence[Mapping[str, Any]], dossiers: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """Answer every question on its corpus's dossier and return the shares right.

    Args:
        questions: from ``load_questions`` (those whose corpus is missing are skipped).
        dossiers: corpus name -> dossier.json dict.

    Returns:
        ``tune_right``/``tune_total``/``tune_share``, the same for ``test`` and ``all``, the
        share per question kind, and the ids answered wrong.
    """
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kinds_right: Counter[str] = Counter()
    kinds_total: Counter[str] = Counter()
    wrong: list[str] = []
    for q in questions:
        d = dossiers.get(str(q["corpus"]))
        if d is None:
            continue
        ok = is_right(answer_question(str(q["q"]), d), q)
        kind = classify_question(str(q["q"]))
        for key in (str(q.get("split") or "tune"), "all"):
            total[key] += 1
            right[key] += ok
        kinds_total[kind] += 1
        kinds_right[kind] += ok
        if not ok:
            wrong.append(str(q["id"]))
    out: dict[str, Any] = {}
    for key in ("tune", "test", "all"):
        out[f"{key}_right"] = right[key]
        out[f"{key}_total"] = total[key]
        out[f"{key}_share"] = right[key] / total[key] if total[key] else 0.0
    for kind in sorted(kinds_total):
        out[f"kind_{kind}_share"] = kinds_right[kind] / kinds_total[kind]
    out["wrong"] = ", ".join(wrong) or "-"
    return out


def build_corpora(seeds: Path | None, build: Callable[[Path], Any]) -> dict[str, dict[str, Any]]:
    """Build the dossier of each corpus with the real pipeline (seeds only when present).

    Args:
        seeds: the seeds folder, or None.
        build: the pipeline's build function (a folder -> a ``Dossier``).

    Returns:
        Corpus name -> dossier.json dict.
    """
    folders = dict(CORPORA)
    if seeds is not None and Path(seeds).is_dir():
        folders["seeds"] = Path(seeds)
    return {name: dossier_to_dict(build(path)) for name, path in folders.items() if path.is_dir()}


def evaluate(
    data_dir: Path, *, build: Callable[[Path], Any] | None = None, split: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Build the three corpora and score ``ask`` on the questions.

    Args:
        data_dir: the seeds folder (``../shared/seeds``).
        build: a folder -> ``Dossier`` function (default: the real pipeline's ``build_dossier``).
        split: ``tune`` or ``test`` to score one split only (default: both, reported apart).
        limit: score only the first N questions.

    Returns:
        The figures of ``score``.
    """
    questions = load_questions()
    if split:
        questions = [q for q in questions if q.get("split") == split]
    if limit is not None:
        questions = questions[:limit]
    if build is None:
        from ..pipeline import build_dossier  # loads spaCy: only when a build runs
        from ..settings import make_settings

        settings = make_settings(progress="never")

        def build(folder: Path) -> Any:
            return build_dossier(folder, settings=settings)

    return score(questions, build_corpora(data_dir, build))
