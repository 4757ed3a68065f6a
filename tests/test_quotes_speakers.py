"""Speaker accuracy on fictional news pages shaped like real ones (``tests/fixtures/quotes``).

Each expected line names a quote by a few of its words and the ``speaker.name`` a reader would
give it. Files 01-10 and 21-25 are the half the rules were tuned on, 11-20 and 26-30 the held-out
half; the floors sit a little under the measured figures (see the fixtures' README).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from dossier.extract.quotes import extract_quotes
from dossier.model import Article, Quote
from dossier.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"
TUNE = tuple(f"{k:02d}" for k in (*range(1, 11), *range(21, 26)))
HELD_OUT = tuple(f"{k:02d}" for k in (*range(11, 21), *range(26, 31)))


def expectations() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """File prefix -> [(words of the quote, accepted names; () for no nameable speaker)]."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for line in (FIXTURES / "speakers.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        prefix, words, names = line.split("\t")
        accepted = () if names == "-" else tuple(n.strip() for n in names.split("|"))
        out.setdefault(prefix, []).append((words, accepted))
    return out


def _norm(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"^the\s+", "", name.strip().lower())


def quote_for(quotes: tuple[Quote, ...], text: str, words: str) -> Quote | None:
    """The quote covering ``words`` (a direct or partial one before an indirect one)."""
    start = text.index(words)
    covering = [q for q in quotes if q.start <= start < q.end]
    covering.sort(key=lambda q: q.kind == "indirect")
    return covering[0] if covering else None


def score(prefixes: tuple[str, ...], nlp: Any) -> tuple[float, list[tuple[str, str, str | None, tuple[str, ...], bool]]]:
    """Speaker accuracy over the files with the given prefixes, and one row per expectation."""
    wanted = expectations()
    rows = []
    for path in sorted(FIXTURES.glob("*.txt")):
        prefix = path.name[:2]
        if prefix not in prefixes:
            continue
        text = path.read_text(encoding="utf-8")
        article = Article(id=path.stem, source=path.name, text=text)
        quotes = extract_quotes(article, nlp(text), time_expressions=(), local_entities=(), settings=Settings(progress="never"))
        for words, accepted in wanted.get(prefix, []):
            q = quote_for(quotes, text, words)
            got = q.speaker.name if q is not None and q.speaker is not None else None
            ok = q is not None and (
                got is None if not accepted else _norm(got) in {_norm(a) for a in accepted}
            )
            rows.append((prefix, words, got if q is not None else "<no quote>", accepted, ok))
    accuracy = sum(r[-1] for r in rows) / len(rows) if rows else 0.0
    return accuracy, rows


def test_fixtures_are_fictional_and_complete() -> None:
    wanted = expectations()
    files = {p.name[:2]: p for p in FIXTURES.glob("*.txt")}
    assert set(wanted) == set(TUNE + HELD_OUT) == set(files)
    for prefix, items in wanted.items():
        text = files[prefix].read_text(encoding="utf-8")
        for words, _ in items:
            assert words in text, (prefix, words)


# measured: tune 1.000 (58 quotes; 0.828 before the rules were tuned on it), held-out 0.913
# (46 quotes; 0.848 with the rules before)
@pytest.mark.parametrize(("half", "floor"), [(TUNE, 0.95), (HELD_OUT, 0.88)], ids=["tune", "held-out"])
def test_speaker_accuracy_floor(nlp, half: tuple[str, ...], floor: float) -> None:  # type: ignore[no-untyped-def]
    accuracy, rows = score(half, nlp)
    wrong = [r for r in rows if not r[-1]]
    assert accuracy >= floor, f"speaker accuracy {accuracy:.3f} < {floor}; wrong: {wrong}"
