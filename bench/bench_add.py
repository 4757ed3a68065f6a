"""Adding one article to a built dossier against building it all, measured in the same run.

Builds N-1 articles of a folder into an output folder (a full build: every article analysed),
then adds the N-th with ``dossier add`` (only it is read and analysed, the input folder is not
read again; entities, relations and stories are redone, the timeline/tracks/summary only of the
stories whose inputs changed; the output files are rewritten), then rebuilds the N articles
from OUT's cache (``dossier build`` again: nothing analysed). ``--limit 2226`` takes every BBC
article. Prints the seconds of each and the ratio of add to the full build,
and whether the added dossier equals a full build byte for byte (``--check``: one more full
build without the cache). The same process runs all of them, so spaCy and the gazetteers load once.

Usage: PYTHONPATH=src .venv/bin/python bench/bench_add.py [INPUT_DIR] [--limit N] [--check]
Default input: ../shared/data/bbc-news/bbc (every article).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from dossier.cli import cli


def _run(args: list[str]) -> float:
    t0 = time.perf_counter()
    result = CliRunner().invoke(cli, args)
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return time.perf_counter() - t0


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("input_dir", nargs="?", default=str(root.parent / "shared" / "data" / "bbc-news" / "bbc"))
    parser.add_argument("--limit", type=int, default=0, help="articles to use (0: all)")
    parser.add_argument("--check", action="store_true", help="also compare with a full build without the cache")
    args = parser.parse_args()
    files = sorted(p for p in Path(args.input_dir).rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".jsonl"))
    if args.limit:
        files = files[: args.limit]
    src = Path(args.input_dir)
    with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        for f in files[:-1]:
            dest = folder / f.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, dest)
        _run(["build", str(Path(__file__).resolve().parent.parent / "examples"), "--out", str(Path(tmp) / "warm"), "-q"])
        t_full = _run(["build", str(folder), "--out", str(out), "-q", "--progress", "never"])
        last = folder / files[-1].relative_to(src)
        last.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(files[-1], last)
        t_add = _run(["add", str(last), "--to", str(out), "-q"])
        t_again = _run(["build", str(folder), "--out", str(out), "-q", "--progress", "never"])
        n = len(files)
        print(f"articles: {n}")
        print(f"full build of {n - 1}:            {t_full:8.1f} s")
        print(f"add 1 article (dossier add):   {t_add:8.1f} s  = {t_add / t_full:.3f}x the full build ({t_full / t_add:.1f}x faster)")
        print(f"rebuild of {n} from the cache:  {t_again:8.1f} s  = {t_again / t_full:.3f}x the full build")
        if args.check:
            _run(["build", str(folder), "--out", str(Path(tmp) / "full"), "-q", "--progress", "never", "--no-cache"])
            same = (out / "dossier.json").read_bytes() == (Path(tmp) / "full" / "dossier.json").read_bytes()
            print(f"added dossier == full build, byte for byte: {same}")
        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
