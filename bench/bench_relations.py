"""Benchmark: near-duplicate detection throughput against naive pairwise Jaccard.

Runs on the BBC News set (../shared/data/bbc-news, 2,225 articles) and on a synthetic set ten
times larger built from it (each article plus nine copies with 1 % of words replaced and a
few words dropped, deterministic seed). For each set it prints:

- articles/s of ``relations.near_duplicate_pairs`` (content hash + MinHash/LSH + verification),
- articles/s of ``relations.detect_relations`` (all four relation kinds) on the BBC set,
- the baseline measured in the same run: exact Jaccard of word 5-gram sets over every pair of
  a 300-article sample, timed per pair and extrapolated to all n(n-1)/2 pairs of the set,
- the ratio (MinHash/LSH speed / baseline speed), and the copies found on the synthetic set.

No assertions: speed is reported, not tested. Usage:
    .venv/bin/python bench/bench_relations.py [--data ../shared/data/bbc-news] [--no-synthetic]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import time
from pathlib import Path

from dossier.evaluation.duplicates import read_bbc
from dossier.model import Article
from dossier.reconcile.relations import _words, detect_relations, jaccard, near_duplicate_pairs, shingle_hashes
from dossier.settings import Settings

SAMPLE = 300


def perturb(article: Article, copy: int, rng: random.Random, vocab: list[str]) -> Article:
    """A lightly edited copy: about 1 % of words replaced, about 0.5 % dropped."""
    words = article.text.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < 0.005:
            continue
        out.append(rng.choice(vocab) if r < 0.015 else w)
    return dataclasses.replace(article, id=f"{article.id}#copy{copy}", source=f"{article.source}#copy{copy}", text=" ".join(out))


def synthetic(articles: list[Article], factor: int = 10, seed: int = 7) -> list[Article]:
    """The articles plus ``factor - 1`` perturbed copies of each."""
    rng = random.Random(seed)
    vocab = sorted({w for a in articles[:200] for w in a.text.split()})
    out = list(articles)
    for copy in range(1, factor):
        out.extend(perturb(a, copy, rng, vocab) for a in articles)
    return out


def baseline_pairs_per_s(articles: list[Article]) -> float:
    """Exact pairwise Jaccard over all pairs of a sample: pairs compared per second."""
    sample = articles[:SAMPLE]
    t0 = time.perf_counter()
    sets = [shingle_hashes(_words(a.text)) for a in sample]
    n_pairs = 0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            jaccard(sets[i], sets[j])
            n_pairs += 1
    elapsed = time.perf_counter() - t0
    return n_pairs / elapsed


def report(name: str, articles: list[Article], pairs_per_s: float, settings: Settings) -> None:
    n = len(articles)
    t0 = time.perf_counter()
    found = near_duplicate_pairs(articles, settings=settings)
    lsh_s = time.perf_counter() - t0
    lsh_rate = n / lsh_s
    naive_s = (n * (n - 1) / 2) / pairs_per_s
    naive_rate = n / naive_s
    print(f"{name}: {n} articles")
    print(f"  MinHash/LSH near-duplicates : {lsh_s:8.2f} s  {lsh_rate:10.1f} articles/s  ({len(found)} copies linked)")
    print(f"  naive pairwise (extrapolated): {naive_s:8.2f} s  {naive_rate:10.1f} articles/s")
    print(f"  speed-up                    : {lsh_rate / naive_rate:8.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news")
    parser.add_argument("--no-synthetic", action="store_true", help="Skip the 10x synthetic set.")
    args = parser.parse_args()
    settings = Settings(progress="never")
    articles = read_bbc(args.data)
    pairs_per_s = baseline_pairs_per_s(articles)
    print(f"baseline: exact Jaccard of word 5-gram sets, {pairs_per_s:,.0f} pairs/s on a {SAMPLE}-article sample")
    report("BBC", articles, pairs_per_s, settings)
    t0 = time.perf_counter()
    detect_relations(articles, settings=settings)
    stage_s = time.perf_counter() - t0
    print(f"  whole relations stage       : {stage_s:8.2f} s  {len(articles) / stage_s:10.1f} articles/s (all four kinds)")
    if not args.no_synthetic:
        big = synthetic(articles)
        report("synthetic 10x BBC", big, pairs_per_s, settings)
        expected = len(big) - len(articles)
        print(
            f"  (perturbed copies in the set: {expected}, about 90 % of them within Jaccard 0.8 of their original; "
            "linked copies also include the BBC's own duplicates)"
        )


if __name__ == "__main__":
    main()
