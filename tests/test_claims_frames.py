"""The full frame of every figure on fictional news articles (tests/fixtures/claims).

Each annotated figure names its words (and which occurrence); the scorer finds the claim on
those words and checks each annotated attribute: value/low/high/qualifier, state, measure
(words it must contain), location (any of the listed), location_basis, as_of, as_of_basis,
modality (any of the listed), source and via (words the name must contain). Accuracy per
attribute and "fully right" (every annotated attribute right) are pinned a little under the
measured figures.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from dossier.ingest import read as ingest_stage
from dossier.model import NumericClaim
from dossier.pipeline import analyze_batch, clean_batch
from dossier.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "claims"
ATTRS = ("value", "qualifier", "state", "measure", "location", "location_basis", "as_of", "as_of_basis", "modality", "source", "via")


def _claim_at(claims: list[NumericClaim], text: str, figure: str, n: int) -> NumericClaim | None:
    found = [m.start() for m in re.finditer(r"(?<!\w)(?<!\d[,.])" + re.escape(figure) + r"(?!\w|[,.]\d)", text)]
    if len(found) <= n:
        return None
    pos = found[n]
    for c in claims:
        if c.start < pos + len(figure) and pos < c.end:
            return c
    return None


def _right(attr: str, want: Any, c: NumericClaim) -> bool:
    if attr == "value":
        return c.value == want
    if attr in ("measure",):
        return bool(c.measure) and want.lower() in (c.measure or "").lower()
    if attr in ("location", "modality"):
        return getattr(c, attr) in want
    if attr == "source":
        return c.source is not None and want.lower() in (c.source.name or c.source.text).lower()
    if attr == "via":
        return any(want.lower() in (v.name or v.text).lower() for v in c.via)
    return bool(getattr(c, attr) == want)


def score_frames(claims_by_file: dict[str, tuple[list[NumericClaim], str]], frames: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, float], list[str]]:
    """Accuracy per attribute and fully-right share; and a line per miss.

    Args:
        claims_by_file: file name -> (claims of the article, the article's text).
        frames: file name -> annotated figures.

    Returns:
        (scores, misses)
    """
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    for name, items in frames.items():
        claims, text = claims_by_file[name]
        for item in items:
            c = _claim_at(claims, text, item["figure"], item.get("n", 0))
            full = c is not None
            for attr in ATTRS:
                if attr not in item:
                    continue
                total[attr] += 1
                ok = c is not None and _right(attr, item[attr], c)
                if attr == "value" and c is not None:
                    ok = ok and all(getattr(c, k) == item[k] for k in ("low", "high") if k in item)
                right[attr] += ok
                full = full and ok
                if not ok:
                    got = None if c is None else (getattr(c, attr) if attr not in ("source", "via") else
                                                  (c.source.name if attr == "source" and c.source else [v.name for v in c.via]))
                    misses.append("%s %r %s: expected %r, found %r" % (name, item["figure"], attr, item[attr], got))
            total["fully right"] += 1
            right["fully right"] += full
    return {k: right[k] / total[k] for k in total}, misses


def build_fixture_claims(settings: Settings) -> dict[str, tuple[list[NumericClaim], str]]:
    """Run ingest, cleaning and the per-article stages over the fixture articles."""
    raws, _ = ingest_stage.read_inputs(FIXTURES, settings=settings)
    articles, _ = clean_batch(raws, settings=settings)
    analyses = analyze_batch(articles, settings=settings)
    return {Path(a.source).name: (list(an.claims), a.text) for a, an in zip(articles, analyses)}


@pytest.fixture(scope="module")
def fixture_scores(settings):  # type: ignore[no-untyped-def]
    frames = json.loads((FIXTURES / "frames.json").read_text("utf-8"))
    return score_frames(build_fixture_claims(settings), frames)


# measured on the 31 annotated figures of tests/fixtures/claims (floors a little under)
FLOORS = {"fully right": 0.85, "value": 0.95, "qualifier": 0.95, "state": 0.95, "measure": 0.95, "location": 0.88,
          "location_basis": 0.95, "as_of": 0.9, "as_of_basis": 0.8, "modality": 0.95, "source": 0.9, "via": 0.9}


def test_frames_on_fictional_news(fixture_scores) -> None:  # type: ignore[no-untyped-def]
    scores, misses = fixture_scores
    for attr, floor in FLOORS.items():
        assert scores[attr] >= floor, (attr, scores[attr], misses)


# the dev set's tune split (``dossier eval claims --split tune``), measured with this extractor;
# as-of stays low there because most of its documents state no date of their own
TUNE_FLOORS = {"found": 0.95, "qualifier": 0.97, "state": 0.85, "place": 0.55, "modality": 0.95, "source": 0.85,
               "location_basis": 0.74, "via": 0.93}


@pytest.mark.shared
def test_frames_on_the_dev_set_tune_split(data_dir: Path) -> None:
    from dossier.evaluation import claims as ev

    fig = ev.evaluate(data_dir, split="tune")
    for attr, floor in TUNE_FLOORS.items():
        assert fig[f"tune_{attr}"] >= floor, (attr, fig[f"tune_{attr}"])


if __name__ == "__main__":  # a reading aid: python tests/test_claims_frames.py
    frames = json.loads((FIXTURES / "frames.json").read_text("utf-8"))
    s, m = score_frames(build_fixture_claims(Settings()), frames)
    print("\n".join(m))
    for k, v in sorted(s.items()):
        print(f"{k:16} {v:.2f}")
