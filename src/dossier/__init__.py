"""dossier: turn the raw coverage of a developing news story into a sourced dossier.

The public API is what ``__all__`` lists; ``tests/test_api.py`` keeps it honest.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .model import (  # noqa: E402
    Article,
    Dossier,
    Entity,
    Event,
    NumericClaim,
    Quote,
    RawArticle,
    Rejection,
    Relation,
    SourceRef,
    Story,
    TimeExpression,
    Track,
    dossier_to_dict,
)
from .pipeline import build_dossier, build_from_articles  # noqa: E402
from .settings import Settings, make_settings  # noqa: E402
from .store import Store, read_dossier, write_outputs  # noqa: E402

__all__ = [
    "Article",
    "Dossier",
    "Entity",
    "Event",
    "NumericClaim",
    "Quote",
    "RawArticle",
    "Rejection",
    "Relation",
    "Settings",
    "SourceRef",
    "Store",
    "Story",
    "TimeExpression",
    "Track",
    "__version__",
    "build_dossier",
    "build_from_articles",
    "dossier_to_dict",
    "make_settings",
    "read_dossier",
    "write_outputs",
]
