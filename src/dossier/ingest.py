"""Ingest: read a folder (recursively) of .txt, .html/.htm and .jsonl files into raw articles.

STUB — to be implemented (issue 2).
"""

from __future__ import annotations

from pathlib import Path

from .model import RawArticle, Rejection
from .settings import Settings


def read_inputs(input_dir: Path, *, settings: Settings) -> tuple[tuple[RawArticle, ...], tuple[Rejection, ...]]:
    """Read every usable article under ``input_dir``; unusable files become rejections."""
    raws = []
    for path in sorted(Path(input_dir).rglob("*.txt")):
        raws.append(RawArticle(source=path.relative_to(input_dir).as_posix(), fmt="txt", text=path.read_text("utf-8")))
    return tuple(raws), ()
