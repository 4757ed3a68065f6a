"""Clean: remove page clutter from a raw article and read its metadata.

STUB — to be implemented (issue 2).
"""

from __future__ import annotations

from .model import Article, RawArticle, Rejection, stable_id
from .settings import Settings


def clean_article(raw: RawArticle, *, settings: Settings) -> Article | Rejection:
    """Turn one raw article into a cleaned ``Article`` with metadata, or a ``Rejection``."""
    text = raw.text or ""
    return Article(id=stable_id("art", raw.source), source=raw.source, text=text.strip())
