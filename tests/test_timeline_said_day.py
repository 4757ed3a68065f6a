"""A day right after a speech verb dates the saying even where the parser hung it on the reported
clause ("the office said Sunday the death toll had climbed to N"). The texts are invented."""

from __future__ import annotations

import pytest

from dossier.reconcile.timeline import build_timeline
from tests.test_timeline import SETTINGS, _analysis, _article


@pytest.mark.parametrize("text", [
    "The civil defence agency said Sunday the death toll had climbed to 412.",
    "The civil defence agency said Sunday the flood death toll had risen to 412.",
    "Officials said Sunday the number of dead had reached 412.",
    "The civil defence agency said Sunday that the toll from the floods had risen to 412.",
])
def test_the_day_after_said_dates_the_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    article = _article("s1", text, "2031-03-10")
    analysis = _analysis(nlp, article, [("Sunday", "2031-03-09")])
    _, events = build_timeline([article], [analysis], entities=(), relations=(), settings=SETTINGS)
    assert [(e.date, e.kind) for e in events] == [("2031-03-09", "statement")], [(e.date, e.kind, e.summary) for e in events]
