"""Throughput of the whole build against its spaCy baseline, measured in the same run.

Prints articles/s of (a) the bare spaCy pipeline over the cleaned texts — the floor any
build pays — and (b) our full per-article analysis (spaCy + every extractor), and their
ratio; then the cross-article stages. No assertions: read the ratios.

Usage: .venv/bin/python bench/bench_pipeline.py [INPUT_DIR] [--limit N]
Default input: ../shared/data/bbc-news/bbc (plain-text BBC articles), first 200.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from dossier.extract.nlp import load_model
from dossier.pipeline import analyze_all, build_from_articles, clean_batch
from dossier.ingest.read import read_inputs
from dossier.settings import Settings


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("input_dir", nargs="?", default=str(root.parent / "shared" / "data" / "bbc-news" / "bbc"))
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    settings = Settings(progress="never")
    raws, _ = read_inputs(Path(args.input_dir), settings=settings)
    raws = raws[: args.limit]
    t0 = time.perf_counter()
    articles, _ = clean_batch(raws, settings=settings)
    t_clean = time.perf_counter() - t0
    nlp = load_model()
    texts = [a.text for a in articles]
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyses = analyze_all(articles, settings=settings)
    t_analyze = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyze_all(articles, settings=dataclasses.replace(settings, n_process=2))
    t_two = time.perf_counter() - t0
    t0 = time.perf_counter()
    build_from_articles(articles, settings=settings)
    t_build = time.perf_counter() - t0
    n = len(articles)
    words = sum(len(t.split()) for t in texts)
    print(f"articles: {n} ({words / max(n, 1):.0f} words each on average), analyses: {len(analyses)}")
    print(f"ingest+clean:          {n / t_clean:8.1f} articles/s")
    print(f"spaCy baseline:        {n / t_spacy:8.1f} articles/s")
    print(f"per-article analysis:  {n / t_analyze:8.1f} articles/s  = {t_spacy / t_analyze:.2f}x the spaCy baseline")
    print(f"analysis, --n-process 2: {n / t_two:8.1f} articles/s  = {t_analyze / t_two:.2f}x one process")
    print(f"whole build (no I/O):  {n / t_build:8.1f} articles/s  = {t_spacy / t_build:.2f}x the spaCy baseline")


if __name__ == "__main__":
    main()
