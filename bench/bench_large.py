"""Cost of one large article: seconds and peak memory per MB at 1, 2 and 4 MB of text.

Each size runs in a fresh process (so peak RSS is that size's own), building the dossier of a
folder holding one fictional .txt article of that size (varied paragraphs: invented places,
people, figures, dates and quotes; denser in figures and quotes than real news). A 0.01 MB
build is run first as the baseline of fixed costs (model and gazetteer loading). Prints, per
size, seconds, seconds per MB above that baseline and their ratio to the first size: a ratio
near 1.0 means the cost grows linearly with the text's length.

Run: PYTHONPATH=src python bench/bench_large.py [--sizes 1,2,4]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Varnia", "Orlen", "Lowmere", "Castellan", "Korl", "Velmora", "Brisk Harbour", "Tamsin Vale"]
PEOPLE = ["Ada Morrow", "Tomas Ekel", "Lina Varga", "Piet Oranje", "Mira Castell", "Jon Halvard", "Rena Sool"]
ROLES = ["the mayor", "a police spokesman", "the health minister", "an aid worker", "the regional governor"]
MEASURES = ["people were evacuated", "homes were damaged", "people died", "troops were deployed", "families lost power"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def fictional_text(n_chars: int, seed: int = 7) -> str:
    """Return about ``n_chars`` characters of varied, clearly fictional news paragraphs."""
    rnd = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n_chars:
        place, person, role = rnd.choice(PLACES), rnd.choice(PEOPLE), rnd.choice(ROLES)
        n = rnd.randint(2, 90_000)
        day = f"{rnd.choice(MONTHS)} {rnd.randint(1, 28)}, 20{rnd.randint(30, 39)}"
        kind = rnd.randrange(4)
        if kind == 0:
            para = f"At least {n:,} {rnd.choice(MEASURES)} in {place} by {day}, {role} said on Tuesday."
        elif kind == 1:
            para = (f"\u201cWe have counted {n:,} so far, and the number will rise,\u201d said {person}, {role} of {place}. "
                    f"The figure was {rnd.randint(2, n + 2):,} a week earlier.")
        elif kind == 2:
            para = (f"{person} told reporters in {place} that about {n:,} {rnd.choice(MEASURES)}. "
                    f"Officials in {rnd.choice(PLACES)} gave a lower estimate of {max(1, n // 2):,} on {day}.")
        else:
            para = (f"The storm reached {place} late on {day}. Roads to {rnd.choice(PLACES)} were closed and "
                    f"{rnd.randint(2, 400)} schools shut, according to {role}.")
        out.append(para)
        size += len(para) + 2
    return "Storm coverage from Varnia\n\n" + "\n\n".join(out) + "\n"


def _one(mb: float) -> dict[str, float]:
    from dossier.pipeline import build_dossier
    from dossier.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "big.txt").write_text(fictional_text(int(mb * 1_000_000)), encoding="utf-8")
        t0 = time.perf_counter()
        d = build_dossier(Path(tmp), settings=Settings(progress="never", max_chars=100_000_000))
        secs = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mb": mb, "seconds": secs, "peak_rss_mb": peak_mb, "claims": len(d.claims), "quotes": len(d.quotes),
            "rejections": len(d.rejections)}


def main() -> None:
    """Run each size in a child process and print the per-MB figures and their growth."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,2,4")
    ap.add_argument("--one", type=float, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(_one(args.one)))
        return
    rows = []
    for mb in (0.01, *(float(x) for x in args.sizes.split(","))):
        got = subprocess.run([sys.executable, __file__, "--one", str(mb)], capture_output=True, text=True, check=True)
        rows.append(json.loads(got.stdout.strip().splitlines()[-1]))
    zero = rows.pop(0)
    print(f"baseline 0.01 MB: {zero['seconds']:.1f} s, peak RSS {zero['peak_rss_mb']:.0f} MB")
    base = (rows[0]["seconds"] - zero["seconds"]) / (rows[0]["mb"] - zero["mb"])
    rss_base = (rows[0]["peak_rss_mb"] - zero["peak_rss_mb"]) / (rows[0]["mb"] - zero["mb"])
    print(f"{'MB':>5} {'seconds':>9} {'s/MB':>7} {'ratio':>6} {'peak RSS MB':>12} {'RSS/MB':>7} {'ratio':>6} {'claims':>7}")
    for r in rows:
        per = (r["seconds"] - zero["seconds"]) / (r["mb"] - zero["mb"])
        rss = (r["peak_rss_mb"] - zero["peak_rss_mb"]) / (r["mb"] - zero["mb"])
        print(f"{r['mb']:>5g} {r['seconds']:>9.1f} {per:>7.1f} {per / base:>6.2f} {r['peak_rss_mb']:>12.0f} "
              f"{rss:>7.0f} {rss / rss_base:>6.2f} {r['claims']:>7}")


if __name__ == "__main__":
    main()
