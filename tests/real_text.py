"""Runs of nine words that committed text shares with real articles (the seeds, or real pages a
developer read and kept outside the repository): the repository keeps no article text, so test
fixtures are written fresh in the shape of real pages, never copied from them.

As a script, for a developer who read real pages (kept in /tmp, never committed)::

    python -m tests.real_text --pages '/tmp/ROUND/pages/*' tests/test_new.py ...

prints every string literal (docstrings aside) or text file line holding such a run.
"""

from __future__ import annotations

import argparse
import ast
import glob
import io
import re
import sys
import tokenize
from collections.abc import Iterable, Iterator
from pathlib import Path

RUN = 9
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-.,]*")


def words(text: str) -> list[str]:
    """The text's words, lower-cased, without edge punctuation."""
    return [w.strip(".,").lower().replace("’", "'") for w in _WORD.findall(text)]


def runs(text: str) -> set[tuple[str, ...]]:
    """Every run of ``RUN`` consecutive words of a text."""
    ws = words(text)
    return {tuple(ws[i : i + RUN]) for i in range(len(ws) - RUN + 1)}


def real_runs(paths: Iterable[Path]) -> set[tuple[str, ...]]:
    """The runs of real texts (articles read in place)."""
    out: set[tuple[str, ...]] = set()
    for p in paths:
        out |= runs(p.read_text(encoding="utf-8", errors="replace"))
    return out


def _docstring_lines(src: str) -> set[int]:
    lines: set[int] = set()
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return lines
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                lines.add(first.lineno)
    return lines


def texts_of(path: Path) -> Iterator[tuple[int, str]]:
    """The pieces of a file that could hold article text: a Python file's string literals (not its
    docstrings, which describe shapes in our words), any other file's lines."""
    src = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix != ".py":
        for n, line in enumerate(src.splitlines(), 1):
            yield n, line
        return
    doc = _docstring_lines(src)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type == tokenize.STRING and tok.start[0] not in doc:
                try:
                    value = ast.literal_eval(tok.string)
                except (ValueError, SyntaxError):
                    value = tok.string
                yield tok.start[0], value if isinstance(value, str) else str(value)
            elif tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
                yield tok.start[0], tok.string
    except (tokenize.TokenError, IndentationError):
        yield 1, src


def shared_runs(path: Path, real: set[tuple[str, ...]]) -> list[tuple[int, str]]:
    """``(line, the first shared run)`` for each piece of ``path`` that shares a run with real text."""
    found = []
    for line, text in texts_of(path):
        hit = next((r for r in runs(text) if r in real), None)
        if hit is not None:
            found.append((line, " ".join(hit)))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--pages", action="append", default=[], help="a glob of real pages read (repeatable)")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    paths = [Path(p) for pat in args.pages for p in glob.glob(pat, recursive=True) if Path(p).is_file()]
    real = real_runs([*sorted(seeds.glob("*.txt")), *paths])
    total = 0
    for f in args.files:
        for line, run in shared_runs(f, real):
            total += 1
            print(f"{f}:{line}: {run}")
    print(f"{total} pieces share a run of {RUN} words with real text", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
