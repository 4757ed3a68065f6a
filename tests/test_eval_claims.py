"""The claims dev set (``evaluation/data/claims_dev.jsonl``) and its scorer (``evaluation/claims.py``).

The annotations must still point at the right words of the documents they were made on (read in
place from ../shared/data); the scorer's matching and lenient comparisons are checked on small
hand-made predictions; the tune-split figures of today's extractor are pinned as floors.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from dossier.evaluation import claims as ev

from .claims_helpers import assert_figure_fields


def _gold() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    return ev.load_gold()


# --- the annotations -------------------------------------------------------------------------


def test_annotation_fields_are_valid() -> None:
    figures, docs = _gold()
    assert len(figures) >= 200
    for f in figures:
        where = f"{f['doc']} {f['words']!r}"
        assert f["doc"] in docs, where
        assert f["split"] in ev.SPLITS, where
        assert_figure_fields(f, where)
        assert 0 <= f["start"] < f["end"], where


def test_split_is_by_story_and_kinds_are_in_both_halves() -> None:
    figures, docs = _gold()
    story_split: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    for d in docs.values():
        story_split[d["story"]].add(d["split"])
        kinds[d["split"]].add(d["kind"])
    assert all(len(s) == 1 for s in story_split.values()), story_split
    assert len(story_split) >= 8
    assert len(kinds["tune"] & kinds["heldout"]) >= 4
    per_story: dict[str, int] = defaultdict(int)
    for f in figures:
        per_story[f["story"]] += 1
    assert all(n >= 5 for n in per_story.values()), per_story


@pytest.mark.shared
def test_every_annotation_matches_its_words_in_the_loaded_text(data_dir: Path) -> None:
    figures, docs = _gold()
    texts = {p: ev.load_document(data_dir, p).text for p in docs}
    wrong = [f"{f['doc']} {f['start']}: {f['words']!r}" for f in figures if texts[f["doc"]][f["start"] : f["end"]] != f["words"]]
    assert not wrong, wrong[:5]


@pytest.mark.shared
def test_loader_reads_each_format(data_dir: Path) -> None:
    ecb = ev.load_document(data_dir, "ecbplus/ECB+_LREC2014/ECB+/37/37_1ecbplus.xml")
    assert ecb.url and ecb.url.startswith("http")  # sentence 0 of an ecbplus file is its URL
    assert "6.1-magnitude quake" in ecb.text  # split decimals and hyphens re-joined
    tml = next((data_dir / "semeval2015-timeline").rglob("*.tml"))
    doc = ev.load_document(data_dir, str(tml.relative_to(data_dir)))
    assert doc.dct and doc.text.count("\n\n") >= 3
    bbc = ev.load_document(data_dir, "bbc-news/bbc/business/001.txt")
    assert bbc.text.startswith("Ad sales boost Time Warner profit")
    fnc = ev.load_document(data_dir, "fnc1/competition_test_bodies.csv#2")
    assert len(fnc.text) > 100


# --- loading helpers ---------------------------------------------------------------------------


def test_detokenize_joins_tokens_as_a_reader_sees_them() -> None:
    toks = ["The", "6", ".", "1", "-", "magnitude", "quake", "hit", "Varnia", "'s", "coast", ",", "killing", "1", ",", "200", "."]
    assert ev.detokenize(toks) == "The 6.1-magnitude quake hit Varnia's coast, killing 1,200."
    quoted = ["``", "We", "found", "$", "5", "million", ",", "''", "said", "Orlen", "(", "AFP", ")", "."]
    assert ev.detokenize(quoted) == '"We found $5 million," said Orlen (AFP).'
    bare = ['"A', "man", "was", "hurt", ",", '"', "he", "said", "."]
    assert ev.detokenize(bare) == '"A man was hurt," he said.'
    dates = ["Posted", "11", "/", "27", "/", "2031", "7", ":", "21AM"]
    assert ev.detokenize(dates) == "Posted 11/27/2031 7:21AM"
    dash = ["BREAKING", "-", "3", "DEAD", "in", "hit", "-", "and", "-", "run"]
    assert ev.detokenize(dash) == "BREAKING - 3 DEAD in hit-and-run"


def test_map_offsets_follows_lines_the_cleaner_keeps() -> None:
    loaded = "Headline about Varnia\n\nMarch 3, 2031\n\nSome 40 people were hurt in Orlen.\n\nMore text."
    cleaned = "Some 40 people were hurt in Orlen.\n\nMore text."
    mapper = ev.map_offsets(loaded, cleaned)
    start = loaded.index("40")
    got = mapper(start, start + 2)
    assert got is not None and cleaned[got[0] : got[1]] == "40"
    assert mapper(0, 8) is None  # the headline line is not in the cleaned text


# --- comparisons -------------------------------------------------------------------------------


def test_places_compare_leniently() -> None:
    assert ev.same_place("Kursk", "the Kursk region")
    assert ev.same_place("West Papua", "Papua")
    assert ev.same_place("Constitution Square|Athens", "Athens")
    assert ev.same_place("North Korea", "DPRK")
    assert ev.same_place(None, None)
    assert not ev.same_place("Gaza", None)
    assert not ev.same_place("Manokwari", "Indonesia")
    assert not ev.same_place(None, "Athens")


def test_sources_compare_by_head_or_containment() -> None:
    assert ev.same_source("Sutopo Purwo Nugroho", {"entity": None, "name": None, "text": "Nugroho"})
    assert ev.same_source("UN", {"entity": "e1", "name": "UN", "text": "the UN"})
    assert ev.same_source("United States Geological Survey|USGS", {"entity": None, "name": None, "text": "the USGS"})
    assert ev.same_source(None, None)
    assert not ev.same_source("Fauzi", None)
    assert not ev.same_source(None, {"entity": None, "name": None, "text": "officials"})
    assert not ev.same_source("Ema Suryani", {"entity": None, "name": None, "text": "Fauzi"})
    assert ev.same_source("Health Minister Ali Hassan", {"entity": None, "name": None, "text": "Mr Hassan"})
    assert not ev.same_source("Central Election Commission", {"entity": None, "name": "European Commission", "text": "the Commission"})
    assert ev.same_via(["AFP"], [{"entity": None, "name": "Agence France-Presse", "text": "AFP"}])
    assert not ev.same_via([], [{"entity": None, "name": None, "text": "Reuters"}])


def test_as_of_equal_day_or_window_within_a_month() -> None:
    assert ev.same_as_of("2009-01-06", "2009-01-06")
    assert ev.same_as_of("2008-12", "2008-12-13")
    assert ev.same_as_of("2009-01-07", "2009-01")
    assert ev.same_as_of("2009-01-07", "2009-W02")
    assert not ev.same_as_of("2009-01-07", "2009")  # a year is too wide to count as the date
    assert not ev.same_as_of("2009-01-07", "2009-01-08")
    assert not ev.same_as_of("2009-01-07", None)
    assert ev.same_as_of(None, None)


def _claim(start: int, end: int, value: float | None, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "start": start, "end": end, "value": value, "low": None, "high": None, "qualifier": "exact",
        "measure": "people killed", "state": "killed", "location": "Orlen", "location_basis": "stated",
        "as_of": "2031-03-03", "as_of_basis": "published", "modality": "reported",
        "source": {"entity": None, "name": "Varnia police", "text": "police"}, "via": [],
    }
    base.update(kw)
    return base


def _gold_fig(start: int, end: int, value: float | None, **kw: Any) -> dict[str, Any]:
    g: dict[str, Any] = {
        "doc": "d", "words": "x", "start": start, "end": end, "value": value, "low": None, "high": None,
        "qualifier": "exact", "measure": "people killed in the blast", "state": "killed", "location": "Orlen",
        "location_basis": "stated", "as_of": "2031-03-03", "as_of_basis": "published", "source": "police",
        "via": [], "modality": "reported",
    }
    g.update(kw)
    return g


def test_scorer_matches_by_overlap_and_value_and_judges_attributes() -> None:
    gold = [
        _gold_fig(10, 20, 12),
        _gold_fig(40, 50, 300, state="wounded", qualifier="at_least"),
        _gold_fig(70, 80, None, low=60, high=100, qualifier="range", state="present"),
        _gold_fig(100, 110, 5),
    ]
    spans: list[tuple[int, int] | None] = [(g["start"], g["end"]) for g in gold]
    spans[3] = None  # dropped by the cleaner
    preds = [
        _claim(12, 14, 12),  # right in every attribute
        _claim(42, 45, 300, state="killed", qualifier="at_least"),  # found, state wrong
        _claim(71, 79, None, low=60, high=100, qualifier="range", state="present", location=None),  # place missing
        _claim(30, 35, 7),  # in no gold span: a false positive inside a gold sentence
        _claim(200, 203, 9),  # outside the annotated sentences: not judged
    ]
    tally = ev.Tally()
    misses: list[str] = []
    ev.score_document(gold, spans, preds, [(0, 60), (60, 90)], tally, misses)
    fig = ev.figures_of(tally)
    assert tally.gold == 4 and tally.found == 3 and tally.dropped == 1
    assert fig["found"] == 0.75
    assert fig["fully_right"] == 0.25
    assert fig["state"] == round(2 / 3, 4)
    assert fig["place"] == round(2 / 3, 4)
    assert fig["qualifier"] == 1.0
    assert tally.judged_predictions == 4 and tally.matched_predictions == 3
    assert fig["precision"] == 0.75
    assert len(misses) == 3


def test_scorer_needs_equal_values_not_just_overlap() -> None:
    gold = [_gold_fig(10, 20, 12)]
    tally = ev.Tally()
    ev.score_document(gold, [(10, 20)], [_claim(10, 20, 13)], [(0, 30)], tally)
    assert tally.found == 0 and tally.judged_predictions == 1
    tally = ev.Tally()
    ev.score_document(gold, [(10, 20)], [_claim(25, 28, 12)], [(0, 30)], tally)
    assert tally.found == 0  # same value elsewhere in the sentence is another figure


# --- today's figures on the tune split -----------------------------------------------------------


@pytest.mark.shared
def test_tune_split_floors(data_dir: Path) -> None:
    fig = ev.evaluate(data_dir, split="tune")
    assert fig["tune_gold_figures"] >= 150
    assert fig["tune_dropped_by_cleaning"] <= 3
    # floors a little under today's figures with main's extractor; they rise as the extractor improves
    assert fig["tune_found"] >= FLOORS["found"]
    assert fig["tune_precision"] >= FLOORS["precision"]
    assert fig["tune_fully_right"] >= FLOORS["fully_right"]
    for attr in ("qualifier", "state", "place", "as_of", "source", "modality"):
        assert fig[f"tune_{attr}"] >= FLOORS[attr], attr
    assert fig["tune_published"] >= FLOORS["published"]
    assert fig["tune_measure"] >= FLOORS["measure"]
    assert fig["tune_as_of_dated_docs"] >= FLOORS["as_of_dated_docs"]
    # the split's six stories built as ONE folder: found apart, no track across them, pure tracks
    assert fig["tune_track_cross_story_tracks"] == 0
    assert fig["tune_track_stories"] == fig["tune_track_gold_stories"]
    assert fig["tune_track_purity"] >= FLOORS["track_purity"]
    # and tracks that keep a scope's figures together (purity alone rewards cutting them up)
    assert fig["tune_track_completeness"] >= FLOORS["track_completeness"]


FLOORS = {  # measured 2026-12-07 on the tune split (198 figures, 44 documents), after the as-of and measure work
    "found": 0.95,  # 0.985
    "precision": 0.73,  # 0.760
    "fully_right": 0.16,  # 0.182
    "qualifier": 0.97,  # 0.995
    "state": 0.92,  # 0.948
    "place": 0.89,  # 0.917 (0.757 before the place rules of issue 10 part 2)
    "as_of": 0.24,  # 0.264 (most tune documents state no date of their own)
    "source": 0.85,  # 0.881
    "modality": 0.96,  # 0.990
    "published": 0.97,  # 1.000
    "measure": 0.77,  # 0.798
    "as_of_dated_docs": 0.88,  # 0.911
    "track_purity": 0.92,  # 0.969 (2026-12-07, third round): 31 of 32 tracks with two or more gold figures hold one story and one state
    "track_completeness": 0.55,  # 0.594: a gold scope's figures in its largest track (0.529 before rates and sums got tracks)
}


# measured 2026-12-07 (third round) on the held-out half (168 figures, 52 documents) and the never-tuned
# fresh set (302 figures, 57 documents); the scorer prints no misses for them: floors only guard against regressions
UNSEEN_FLOORS = {
    # (2026-12-08: fully right, as-of and as-of on dated documents re-pinned lower, a convention chosen on purpose: a figure
    # on a page that states no date is no longer given the month of the story's other pages, which this set's annotation
    # gives and four fresh real-page sets annotated since do not (README, known gaps): 0.256 -> 0.220, as-of 0.667 -> 0.603,
    # dated documents 0.857 -> 0.773, as the pages this set counts as dated include some whose date the cleaner misses)
    "heldout": {"found": 0.90, "fully_right": 0.20, "state": 0.82, "place": 0.51, "as_of": 0.58, "source": 0.77,
                "modality": 0.86, "published": 0.86, "as_of_dated_docs": 0.75},  # 0.929 0.220 0.853 0.526 0.603 0.833 0.885 0.904 0.773
    "fresh": {"found": 0.89, "fully_right": 0.15, "state": 0.47, "place": 0.59, "as_of": 0.32, "source": 0.75,
              "modality": 0.89, "published": 0.96, "as_of_dated_docs": 0.88},  # 0.917 0.176 0.498 0.617 0.350 0.787 0.917 0.982 0.928 (as-of dated 0.898 at the sixth session: lost one figure, not looked at)
}


@pytest.mark.parametrize("split", ["heldout", "fresh"])
def test_unseen_floors(data_dir: Path, split: str) -> None:
    fig = ev.evaluate(data_dir, split=split)
    for attr, floor in UNSEEN_FLOORS[split].items():
        assert fig[f"{split}_{attr}"] >= floor, (split, attr, fig[f"{split}_{attr}"])
