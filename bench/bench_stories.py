"""Story clustering and per-story reconciliation: time per 1,000 articles, against a baseline.

Prints, for growing slices of a folder, the seconds per 1,000 articles of
(a) the baseline measured in the same run: reading every article's words once (the regex
    tokenisation any text stage pays), and
(b) ``stories.build_stories`` (term bags, rare-term blocking, sparse similarity, average linkage),
and their ratio. A flat "per 1k" column as the slice grows means the clustering is linear in
articles. Then, on a smaller slice with the language analysis done once, the cross-article
reconciliation (timeline + tracks + summary) run per story against the same run on the whole
folder as one story. No assertions: read the ratios.

Usage: .venv/bin/python bench/bench_stories.py [INPUT_DIR] [--sizes 250,500,1000,2000] [--analyse 120]
Default input: ../shared/data/bbc-news/bbc (plain-text BBC articles, five unrelated sections).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from dossier.ingest.read import read_inputs
from dossier.model import Story
from dossier.pipeline import _dedupe_ids, analyze_all, clean_batch, reconcile_stories
from dossier.extract import entities as entities_stage
from dossier.reconcile import relations as relations_stage
from dossier.reconcile.stories import build_stories, story_id
from dossier.settings import Settings

_WORD = re.compile(r"\w+")


def _per_k(seconds: float, n: int) -> float:
    return 1000 * seconds / max(n, 1)


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("input_dir", nargs="?", default=str(root.parent / "shared" / "data" / "bbc-news" / "bbc"))
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--analyse", type=int, default=120, help="articles for the reconciliation timing (needs spaCy)")
    args = parser.parse_args()
    settings = Settings(progress="never")
    raws, _ = read_inputs(Path(args.input_dir), settings=settings)
    sizes = [int(s) for s in args.sizes.split(",")]
    raws = raws[: max(sizes + [args.analyse])]
    articles, _ = clean_batch(raws, settings=settings)
    articles = _dedupe_ids(articles)
    print(f"articles read: {len(articles)}")
    print(f"{'articles':>9} {'baseline s/1k':>14} {'stories s/1k':>13} {'ratio':>7} {'stories':>8}")
    for n in sizes:
        part = articles[:n]
        if len(part) < n:
            break
        t0 = time.perf_counter()
        words = sum(len(_WORD.findall(a.text)) for a in part)
        t_base = time.perf_counter() - t0
        t0 = time.perf_counter()
        _, stories = build_stories(part, settings=settings)
        t_st = time.perf_counter() - t0
        print(
            f"{n:>9} {_per_k(t_base, n):>14.3f} {_per_k(t_st, n):>13.3f} {t_st / max(t_base, 1e-9):>7.1f}x {len(stories):>8}"
            f"   ({words / n:.0f} words/article)"
        )
    # reconciliation per story vs the whole folder as one story (same analyses)
    part = articles[: args.analyse]
    analyses = analyze_all(part, settings=settings)
    all_local = [le for an in analyses for le in an.local_entities]
    entities, _linker = entities_stage.build_entities(part, all_local, settings=settings)
    claims = [c for an in analyses for c in an.claims]
    relations = relations_stage.detect_relations(part, settings=settings)
    arts_s, stories = build_stories(part, relations=relations, settings=settings)
    t0 = time.perf_counter()
    reconcile_stories(arts_s, analyses, claims, stories, relations=relations, entities=entities, settings=settings)
    t_per = time.perf_counter() - t0
    one_id = story_id(a.id for a in part)
    one = (Story(id=one_id, title=None, earliest=None, latest=None, articles=tuple(a.id for a in part)),)
    import dataclasses

    arts_one = [dataclasses.replace(a, story=one_id) for a in part]
    t0 = time.perf_counter()
    reconcile_stories(arts_one, analyses, claims, one, relations=relations, entities=entities, settings=settings)
    t_one = time.perf_counter() - t0
    print(
        f"reconcile {len(part)} articles: per story ({len(stories)} stories) {_per_k(t_per, len(part)):.2f} s/1k, "
        f"as one story {_per_k(t_one, len(part)):.2f} s/1k = {t_per / max(t_one, 1e-9):.2f}x"
    )


if __name__ == "__main__":
    main()
