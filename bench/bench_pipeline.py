"""Throughput of the whole build against the bare spaCy pipeline, measured in the same run.

Prints articles/s of (a) the bare ``en_core_web_sm`` ``nlp.pipe`` over the cleaned texts
(spaCy as installed, BLIS maths, spaCy's default batch size and the build's) — the floor
any build would pay —, (b) our per-article analysis (spaCy + every extractor), (c) the whole
build (analysis + every cross-article stage), (d) the analysis on two processes, each as a
ratio against its baseline. Runs are interleaved and repeated (``--repeat``) and the best
time of each kept, so that other load on the machine hits all of them alike. Also checks
that our spaCy settings give the same entities, tags, heads and labels as the bare pipeline.
No assertions: read the ratios.

Usage: PYTHONPATH=src .venv/bin/python bench/bench_pipeline.py [INPUT_DIR] [--limit N] [--repeat R]
Default input: ../shared/data/bbc-news/bbc (plain-text BBC articles), first 150.
"""

from __future__ import annotations

import argparse
import os
import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dossier.extract.nlp import MODEL_PACKAGES, load_model
from dossier.ingest.read import read_inputs
from dossier.pipeline import analyze_all, build_from_articles, clean_batch
from dossier.settings import Settings


def _bare_model() -> Any:
    import spacy

    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no spaCy model installed")


def _signature(doc: Any) -> tuple[Any, ...]:
    return (
        tuple((e.start_char, e.end_char, e.label_) for e in doc.ents),
        tuple((t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.is_sent_start) for t in doc),
    )


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _range(rounds: list[dict[str, float]], num: str, den: str) -> str:
    """The ratio den/num of each interleaved round, as 'low-high'."""
    ratios = sorted(r[den] / r[num] for r in rounds)
    return f"{ratios[0]:.2f}-{ratios[-1]:.2f}" if len(ratios) > 1 else f"{ratios[0]:.2f}"


def _records(analyses: Any) -> tuple[Any, ...]:
    """What the per-article analysis found, for comparing two runs: entities, claims, quotes."""
    return tuple(
        (an.article, an.local_entities, an.claims, an.quotes, an.time_expressions, an.event_mentions, an.sentences)
        for an in analyses
    )


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("input_dir", nargs="?", default=str(root.parent / "shared" / "data" / "bbc-news" / "bbc"))
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    settings = Settings(progress="never")
    raws, _ = read_inputs(Path(args.input_dir), settings=settings)
    raws = raws[: args.limit]
    t0 = time.perf_counter()
    articles, _ = clean_batch(raws, settings=settings)
    t_clean = time.perf_counter() - t0
    texts = [a.text for a in articles]
    bare = _bare_model()
    ours = load_model()
    # warm-up: models, gazetteers and lexicons loaded once, outside the timings
    build_from_articles(articles[:10], settings=settings)
    list(bare.pipe(texts[:3]))
    two = dataclasses.replace(settings, n_process=2)
    runs: dict[str, Callable[[], object]] = {
        "bare_default": lambda: [None for _ in bare.pipe(texts)],
        "bare": lambda: [None for _ in bare.pipe(texts, batch_size=settings.batch_size)],
        "ours_spacy": lambda: [None for _ in ours.pipe(texts, batch_size=settings.batch_size)],
        "analysis": lambda: analyze_all(articles, settings=settings),
        "analysis_2": lambda: analyze_all(articles, settings=two),
        "build": lambda: build_from_articles(articles, settings=settings),
    }
    best: dict[str, float] = {}
    cpu: dict[str, float] = {}  # CPU seconds (this process and its finished workers): less hit by other load
    rounds: list[dict[str, float]] = []
    results: dict[str, object] = {}
    for _ in range(max(1, args.repeat)):
        took: dict[str, float] = {}
        for name, fn in runs.items():
            c0 = _cpu()
            t0 = time.perf_counter()
            results[name] = fn()
            took[name] = time.perf_counter() - t0
            best[name] = min(best.get(name, float("inf")), took[name])
            cpu[name] = min(cpu.get(name, float("inf")), _cpu() - c0)
        rounds.append(took)
    # the same pipeline with spaCy's own BLIS maths: our maths must not change any annotation
    blis = load_model(numpy_blas=False)
    same = sum(_signature(a) == _signature(b) for a, b in zip(blis.pipe(texts[:40]), ours.pipe(texts[:40])))
    n = len(articles)
    base = min(best["bare"], best["bare_default"])
    words = sum(len(t.split()) for t in texts)
    print(f"articles: {n} ({words / max(n, 1):.0f} words each on average), best of {args.repeat} interleaved runs")
    print(f"ingest+clean:             {n / t_clean:8.1f} articles/s")
    print(f"bare spaCy, batch 256:    {n / best['bare_default']:8.1f} articles/s")
    print(f"bare spaCy, batch {settings.batch_size:<4d}:   {n / best['bare']:8.1f} articles/s  (baseline: the faster of the two)")
    print(f"our spaCy settings:       {n / best['ours_spacy']:8.1f} articles/s  = {base / best['ours_spacy']:.2f}x the bare pipeline"
          f"  (annotations identical to BLIS maths on {same}/{min(40, n)} texts)")
    print(f"per-article analysis:     {n / best['analysis']:8.1f} articles/s  = {base / best['analysis']:.2f}x the bare pipeline"
          f"  (rounds: {_range(rounds, 'analysis', 'bare')})")
    print(f"whole build (no I/O):     {n / best['build']:8.1f} articles/s  = {base / best['build']:.2f}x the bare pipeline"
          f"  (rounds: {_range(rounds, 'build', 'bare')})")
    cbase = min(cpu["bare"], cpu["bare_default"])
    print(f"CPU time instead of wall time (less hit by other load): our spaCy {cbase / cpu['ours_spacy']:.2f}x, analysis "
          f"{cbase / cpu['analysis']:.2f}x, whole build {cbase / cpu['build']:.2f}x the bare pipeline; two processes use "
          f"{cpu['analysis_2'] / cpu['analysis']:.2f}x the CPU of one")
    same2 = _records(results["analysis"]) == _records(results["analysis_2"])
    print(f"analysis, --n-process 2:  {n / best['analysis_2']:8.1f} articles/s  = {best['analysis'] / best['analysis_2']:.2f}x one process"
          f"  (rounds: {_range(rounds, 'analysis_2', 'analysis')}; records {'identical' if same2 else 'DIFFERENT'})")


if __name__ == "__main__":
    main()
