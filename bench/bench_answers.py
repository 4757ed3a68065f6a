"""Benchmark: `dossier ask` from the index built with the dossier against the whole-dossier path, at 10k articles.

The dossier: the corpora of `dossier eval ask` (the seeds when ../shared is present, the
bundled examples, tests/fixtures/ask_corpus) and the multi-story fixture folder, built with the
real pipeline, then replicated until it holds N articles (default 10,000). Each copy is a new
story with new ids, its names changed (every name word of its entities respelt, same length,
so offsets still hold) and its figures scaled, so that copies neither merge nor share names.
It is written through the real `store.write_outputs` (dossier.json, dossier.duckdb, search.sqlite).

Then every question of `dossier eval ask` (nine kinds) is answered twice in the same process:

- old: `answer_in_story(q, body, index=...)` over the whole dossier dict (loaded once, not timed;
  what `dossier ask` and `dossier serve` did), on a sample of questions (it is slow at 10k);
- new: `ask_output(q, OUT)`: open the index, pick the story by the word index, load its part,
  answer (everything a fresh `dossier ask` does after start-up, timed per question).

It prints p50/p95 of each, their ratio, and checks that both give the same answer.

Usage: PYTHONPATH=src python bench/bench_answers.py [--articles 10000] [--old-sample 9] [--out DIR [--reuse]]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = Path("/work/shared/seeds")


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def _respell(word: str, k: int) -> str:
    """A same-length respelling of a name word for copy ``k`` (first letter kept)."""
    out = [word[0]]
    for i, ch in enumerate(word[1:], 1):
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k * 7 + i) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def _ids(body: dict[str, Any]) -> set[str]:
    out = set()
    for rows in body.values():
        if isinstance(rows, list):
            for r in rows:
                if isinstance(r, dict) and isinstance(r.get("id"), str):
                    out.add(r["id"])
    return out


def _copy(body: dict[str, Any], k: int, ids: set[str], names: re.Pattern[str] | None) -> dict[str, Any]:
    """Copy ``k`` of a dossier dict: every id suffixed, name words respelt, figures scaled."""

    def walk(v: Any, key: str = "") -> Any:
        if isinstance(v, dict):
            return {kk: walk(vv, kk) for kk, vv in v.items()}
        if isinstance(v, list):
            return [walk(x, key) for x in v]
        if isinstance(v, str):
            if v in ids:
                return f"{v}-k{k}"
            return names.sub(lambda m: _respell(m.group(0), k), v) if names is not None else v
        if key in ("value", "low", "high") and isinstance(v, (int, float)) and not isinstance(v, bool):
            return v + k * 3
        return v

    return {key: (walk(rows) if isinstance(rows, list) else rows) for key, rows in body.items()}


def synthesize(bases: list[dict[str, Any]], n_articles: int) -> dict[str, Any]:
    """The bases (copy 0) and their copies, one after another, until ``n_articles``."""
    out: dict[str, Any] = {"schema_version": bases[0]["schema_version"]}
    keys = [k for k, v in bases[0].items() if isinstance(v, list)]
    for key in keys:
        out[key] = []
    prepared = []
    for b in bases:
        words = {w for e in b.get("entities") or [] for w in re.findall(r"[A-Z][a-z]{3,}", str(e.get("name") or ""))}
        pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b") if words else None
        prepared.append((b, _ids(b), pattern))
    k = 0
    while len(out["articles"]) < n_articles:
        for b, ids, pattern in prepared:
            c = b if k == 0 else _copy(b, k, ids, pattern)
            for key in keys:
                out[key].extend(copy.deepcopy(c.get(key) or []) if k == 0 else c.get(key) or [])
            if len(out["articles"]) >= n_articles:
                break
        k += 1
    return out


def build_bases() -> dict[str, dict[str, Any]]:
    from dossier.evaluation.ask import CORPORA
    from dossier.model import dossier_to_dict
    from dossier.pipeline import build_dossier
    from dossier.settings import make_settings

    settings = make_settings(progress="never")
    folders = dict(CORPORA)
    if SEEDS.is_dir():
        folders["seeds"] = SEEDS
    folders["mixed"] = ROOT / "tests" / "fixtures" / "stories" / "mixed"
    return {name: dossier_to_dict(build_dossier(path, settings=settings)) for name, path in folders.items() if path.is_dir()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--old-sample", type=int, default=9,
                    help="questions answered by the old path too (one per kind first; it grows with stories x articles: "
                         "~4.5 s a question at 600 articles, minutes at 10k)")
    ap.add_argument("--out", type=Path, default=None, help="keep the synthetic dossier here (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true", help="with --out: time the dossier already there instead of building one")
    args = ap.parse_args()

    from dossier.evaluation.ask import load_questions
    from dossier.model import to_dict
    from dossier.present.ask import classify_question
    from dossier.present.stories import answer_in_story, ask_output
    from dossier.store import SEARCH_INDEX, open_search_index, read_dossier, write_outputs

    reuse = args.out is not None and args.reuse and (args.out / "dossier.json").exists()
    if not reuse:
        t0 = time.perf_counter()
        bases = build_bases()
        print(f"built the eval corpora ({', '.join(bases)}): {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        body = synthesize(list(bases.values()), args.articles)
        print(f"synthesised {len(body['articles'])} articles, {len(body['stories'])} stories, {len(body['claims'])} claims, "
              f"{len(body['entities'])} entities: {time.perf_counter() - t0:.1f} s")
    corpora = {"examples", "fixtures", "seeds"} if SEEDS.is_dir() else {"examples", "fixtures"}
    questions = [q for q in load_questions() if q["corpus"] in corpora]
    with tempfile.TemporaryDirectory(prefix="bench-answers-") as tmp:
        out = args.out or Path(tmp) / "out"
        if not reuse:
            t0 = time.perf_counter()
            write_outputs(body, out)  # type: ignore[arg-type]  # write_outputs takes the dict form as well
            print(f"write_outputs: {time.perf_counter() - t0:.1f} s")
        print(f"dossier.json {(out / 'dossier.json').stat().st_size / 1e6:.1f} MB, search.sqlite {(out / SEARCH_INDEX).stat().st_size / 1e6:.1f} MB")

        # the new path: what a fresh `dossier ask` does after start-up, per question
        ask_output(questions[0]["q"], out)  # warm the process-wide caches (gazetteer, aliases) once
        new_times, new_answers = [], {}
        for q in questions:
            t0 = time.perf_counter()
            new_answers[q["id"]] = ask_output(q["q"], out)
            new_times.append(time.perf_counter() - t0)

        # the old path on a sample: one question of each kind first
        t0 = time.perf_counter()
        whole = read_dossier(out)
        load = time.perf_counter() - t0
        body = whole
        index = open_search_index(out / SEARCH_INDEX, whole)
        by_kind: dict[str, dict[str, Any]] = {}
        for q in questions:
            by_kind.setdefault(classify_question(q["q"]), q)
        sample = list(by_kind.values()) + [q for q in questions if q not in by_kind.values()]
        sample = sample[: args.old_sample]
        old_times, same = [], 0
        for q in sample:
            t0 = time.perf_counter()
            old = answer_in_story(q["q"], whole, index=index)
            old_times.append(time.perf_counter() - t0)
            same += to_dict(old) == to_dict(new_answers[q["id"]])
            if to_dict(old) != to_dict(new_answers[q["id"]]):
                print(f"  DIFFERENT: {q['id']} {q['q']}")
        if index is not None:
            index.close()
        sample_new = [new_times[questions.index(q)] for q in sample]
    print(f"{len(questions)} questions of {len(by_kind)} kinds at {len(body['articles'])} articles")
    if not sample:
        print(f"new (index, one story loaded):  p50 {statistics.median(new_times) * 1000:7.1f} ms   p95 {_pct(new_times, 95) * 1000:7.1f} ms"
              f"   max {max(new_times) * 1000:7.1f} ms   (old path not run: --old-sample 0)")
        return
    print(f"new (index, one story loaded):  p50 {statistics.median(new_times) * 1000:7.1f} ms   p95 {_pct(new_times, 95) * 1000:7.1f} ms"
          f"   max {max(new_times) * 1000:7.1f} ms")
    print(f"old (whole dossier in memory):  p50 {statistics.median(old_times) * 1000:7.1f} ms   p95 {_pct(old_times, 95) * 1000:7.1f} ms"
          f"   ({len(sample)} questions; loading the dossier once: {load:.1f} s)")
    print(f"same questions, new:            p50 {statistics.median(sample_new) * 1000:7.1f} ms   p95 {_pct(sample_new, 95) * 1000:7.1f} ms")
    print(f"speed-up on the same questions: p50 {statistics.median(old_times) / statistics.median(sample_new):.0f}x, "
          f"p95 {_pct(old_times, 95) / _pct(sample_new, 95):.0f}x; answers equal: {same}/{len(sample)}")
    if same != len(sample):
        sys.exit(1)


if __name__ == "__main__":
    main()
