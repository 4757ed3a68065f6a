"""Every setting of the dossier build, declared once: name, default, help.

The CLI options of ``dossier build``, the docs and a test are driven by ``SETTINGS``.
``make_settings`` is the one function that turns option values into a ``Settings`` object;
it validates them (type, choices, range, NaN/infinity) and names the allowed values in its
errors, so a bad option stops the build before any analysis starts.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    name: str
    default: Any
    help: str
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None  # smallest allowed value (numbers)
    maximum: float | None = None  # largest allowed value (numbers)

    def allowed(self) -> str:
        """Describe the allowed values in words, for help texts and error messages."""
        if self.choices is not None:
            return "one of: " + ", ".join(map(str, self.choices))
        kind = "a whole number" if isinstance(self.default, int) else "a number" if isinstance(self.default, float) else "text"
        if self.minimum is not None and self.maximum is not None:
            return f"{kind} from {_num(self.minimum)} to {_num(self.maximum)}"
        if self.minimum is not None:
            return f"{kind} of at least {_num(self.minimum)}"
        if self.maximum is not None:
            return f"{kind} of at most {_num(self.maximum)}"
        return kind


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


SETTINGS: tuple[Setting, ...] = (
    Setting("batch_size", 16, "Articles per spaCy batch.", minimum=1, maximum=10_000),
    Setting("n_process", 1, "Processes for spaCy's nlp.pipe (local runner).", minimum=1, maximum=256),
    Setting(
        "max_chars",
        500_000,
        "Longest article text analysed (long texts are parsed in paragraph-aligned pieces); longer ones are cut "
        "at a paragraph and the cut recorded.",
        minimum=1_000,
        maximum=100_000_000,
    ),
    Setting("min_words", 40, "Fewest words a cleaned text needs to count as an article (a news brief of 15+ words with a full sentence of 12+ words counts too).", minimum=1, maximum=100_000),
    Setting("progress", "auto", "Progress bar: auto (only on a terminal), always, never.", ("auto", "always", "never")),
    Setting(
        "near_duplicate_threshold",
        0.8,
        "Jaccard similarity (MinHash estimate) above which two articles are near-duplicates.",
        minimum=0.01,
        maximum=1.0,
    ),
    Setting(
        "conflict_window_days", 3, "Figures dated further apart than this are evolution, never a contradiction.",
        minimum=0, maximum=36_500,
    ),
    Setting(
        "story_threshold", 0.08,
        "Average TF-IDF cosine at which groups of articles merge into one story (lower: fewer, larger stories).",
        minimum=0.0, maximum=1.0,
    ),
    Setting(
        "story_split_threshold", 0.055,
        "Within a story, the average cosine (weights re-read inside the story) below which it splits into two events of one kind.",
        minimum=0.0, maximum=1.0,
    ),
    Setting("runner", "local", "Where per-article stages run: local, or dask (needs the [scale] extra).", ("local", "dask")),
    Setting("dask_scheduler", "", "Dask scheduler address (empty: a local multiprocessing scheduler)."),
)


@dataclass(frozen=True)
class Settings:
    """Validated settings, passed to every stage."""

    batch_size: int = 16
    n_process: int = 1
    max_chars: int = 500_000
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
        ValueError: an unknown name, a value of the wrong type, outside its allowed choices or
            range, or not a finite number.
    """
    known = {s.name: s for s in SETTINGS}
    chosen: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known:
            raise ValueError(f"Unknown setting {name!r}; known settings: {', '.join(sorted(known))}.")
        if value is None:
            continue
        chosen[name] = check_value(known[name], value)
    return dataclasses.replace(Settings(), **chosen)


def check_value(setting: Setting, value: Any) -> Any:
    """Convert one option value to the setting's type and check it is allowed.

    Args:
        setting: the declared setting.
        value: the value given (a string from the command line, or a Python value).

    Returns:
        The value, of the type of the setting's default.

    Raises:
        ValueError: the value has the wrong type, is not among the choices, is outside the
            range, or is NaN/infinite; the message names the option and the allowed values.
    """
    opt = "--" + setting.name.replace("_", "-")
    shown = value if isinstance(value, str) and value.strip() and len(value) < 60 else repr(value)
    if setting.choices is not None:
        if value not in setting.choices:
            raise ValueError(f"{opt} {shown} is not allowed; choose {setting.allowed()}.")
        return value
    kind = type(setting.default)
    if kind is bool or kind is str:
        return kind(value)
    try:
        if kind is int:
            if isinstance(value, float) and not value.is_integer():
                raise ValueError
            converted: Any = int(value)
        else:
            converted = float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{opt} {shown} is not {setting.allowed()}.") from None
    if isinstance(converted, float) and not math.isfinite(converted):
        raise ValueError(f"{opt} {shown} is not a finite number; use {setting.allowed()}.")
    if (setting.minimum is not None and converted < setting.minimum) or (
        setting.maximum is not None and converted > setting.maximum
    ):
        raise ValueError(f"{opt} {shown} is out of range; use {setting.allowed()}.")
    return converted
