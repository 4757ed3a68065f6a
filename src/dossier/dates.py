"""Time expressions: find and normalise them to TIMEX3 values against the article's date.

STUB — to be implemented (issue 3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Article, TimeExpression
from .settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_time_expressions(article: Article, doc: "Doc", *, settings: Settings) -> tuple[TimeExpression, ...]:
    """Return the article's time expressions, normalised against its publication date."""
    return ()
