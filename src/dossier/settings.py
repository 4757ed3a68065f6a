"""Every setting of the dossier build, declared once: name, default, help.

The CLI options of ``dossier build``, the docs and a test are driven by ``SETTINGS``.
``make_settings`` is the one function that turns option values into a ``Settings`` object;
it validates them and names the allowed values in its errors.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    name: str
    default: Any
    help: str
    choices: tuple[Any, ...] | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("batch_size", 16, "Articles per spaCy batch."),
    Setting("n_process", 1, "Processes for spaCy's nlp.pipe (local runner)."),
    Setting("max_chars", 2_000_000, "Longest article text analysed; longer ones are cut at a paragraph and the cut recorded."),
    Setting("min_words", 40, "Fewest words a cleaned text needs to count as an article."),
    Setting("progress", "auto", "Progress bar: auto (only on a terminal), always, never.", ("auto", "always", "never")),
    Setting("near_duplicate_threshold", 0.8, "Jaccard similarity (MinHash estimate) above which two articles are near-duplicates."),
    Setting("conflict_window_days", 3, "Figures dated further apart than this are evolution, never a contradiction."),
    Setting("story_threshold", 0.08, "Average TF-IDF cosine at which groups of articles merge into one story (lower: fewer, larger stories)."),
    Setting("story_split_threshold", 0.055, "Within a story, the average cosine (weights re-read inside the story) below which it splits into two events of one kind."),
    Setting("runner", "local", "Where per-article stages run: local, or dask (needs the [scale] extra).", ("local", "dask")),
    Setting("dask_scheduler", "", "Dask scheduler address (empty: a local multiprocessing scheduler)."),
)


@dataclass(frozen=True)
class Settings:
    """Validated settings, passed to every stage."""

    batch_size: int = 16
    n_process: int = 1
    max_chars: int = 2_000_000
    min_words: int = 40
    progress: str = "auto"
    near_duplicate_threshold: float = 0.8
    conflict_window_days: int = 3
    story_threshold: float = 0.08
    story_split_threshold: float = 0.055
    runner: str = "local"
    dask_scheduler: str = ""


def make_settings(**values: Any) -> Settings:
    """Build validated ``Settings`` from option values (``None`` means the default).

    Args:
        values: setting name to value.

    Returns:
        A ``Settings`` object.

    Raises:
        ValueError: an unknown name, or a value outside its allowed choices.
    """
    known = {s.name: s for s in SETTINGS}
    chosen: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known:
            raise ValueError(f"Unknown setting {name!r}; known settings: {', '.join(sorted(known))}.")
        if value is None:
            continue
        setting = known[name]
        if setting.choices is not None and value not in setting.choices:
            allowed = ", ".join(map(str, setting.choices))
            raise ValueError(f"Setting {name}={value!r} is not allowed; choose one of: {allowed}.")
        chosen[name] = type(setting.default)(value)
    return dataclasses.replace(Settings(), **chosen)
