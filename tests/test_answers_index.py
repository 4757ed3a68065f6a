"""Answers from the index built with the dossier: one story loaded per question, the same answers.

The multi-story folder ``tests/fixtures/stories/mixed`` is fiction (five stories: two earthquakes,
two wars, an election); the examples are one fictional story.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dossier.model import to_dict
from dossier.present.ask import QUESTION_KINDS
from dossier.present.stories import _story_words, answer_from_index, answer_in_story, ask_output, story_body
from dossier.settings import Settings
from dossier.store import (
    SEARCH_INDEX,
    article_labels,
    load_story_part,
    open_index_of_output,
    open_search_index,
    read_dossier,
    story_candidates,
    story_slices,
    write_outputs,
)

MIXED = Path(__file__).parent / "fixtures" / "stories" / "mixed"
SETTINGS = Settings(progress="never")

# every kind of question `dossier eval ask` scores, about the fictional stories (and one about nothing)
QUESTIONS = [
    "How many people died in the Kestria earthquake?",
    "How many troops did Karsk send to the border?",
    "Who said 120?",
    "What did Teodor Malin say?",
    "What happened on 11 March 2025?",
    "When did the earthquake hit Marovel?",
    "Where did the earthquake strike?",
    "Which sources disagree about the death toll?",
    "Is the figure of 10,000 troops independently confirmed?",
    "What has changed since 12 March 2025?",
    "How many zebras wear hats?",
    "Qqq xyzzy?",
]


@pytest.fixture(scope="module")
def mixed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dossier.pipeline import build_dossier

    out = tmp_path_factory.mktemp("mixed") / "out"
    write_outputs(build_dossier(MIXED, settings=SETTINGS), out)
    return out


def _without_rejections(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != "rejections"}


def test_questions_cover_every_kind() -> None:
    from dossier.present.ask import classify_question

    assert {classify_question(q) for q in QUESTIONS} == set(QUESTION_KINDS)


def test_story_slices_equal_story_body_and_story_words(mixed_out: Path) -> None:
    body = read_dossier(mixed_out)
    stories = body["stories"]
    assert len(stories) == 5
    slices = list(story_slices(body))
    assert [s["id"] for s, _, _ in slices] == [s["id"] for s in stories]
    for s, part, words in slices:
        assert part == _without_rejections(story_body(body, s["id"]))
        assert words == _story_words(body, s)
        assert part["articles"] and all(a["id"] in s["articles"] for a in part["articles"])


def test_answers_from_the_index_equal_the_whole_dossier_answers(mixed_out: Path) -> None:
    body = read_dossier(mixed_out)
    old_index = open_search_index(mixed_out / SEARCH_INDEX, body)
    conn = open_index_of_output(mixed_out)
    assert old_index is not None and conn is not None
    try:
        for q in QUESTIONS:
            old = answer_in_story(q, body, index=old_index)
            new = answer_from_index(q, conn)
            assert new is not None
            assert to_dict(new) == to_dict(old), q
            assert to_dict(ask_output(q, mixed_out)) == to_dict(old), q
        # the death-toll question reads the Kestria story only, and finds its figures
        a = answer_from_index(QUESTIONS[0], conn)
        assert a is not None and a.found and "Kestria" in a.text
    finally:
        old_index.close()
        conn.close()


def test_a_question_loads_one_story_by_the_word_index(mixed_out: Path) -> None:
    conn = open_index_of_output(mixed_out)
    assert conn is not None
    try:
        plan = conn.execute("EXPLAIN QUERY PLAN SELECT ord FROM story_words WHERE word IN ('kestria', 'earthquake')").fetchall()
        assert any("USING PRIMARY KEY" in str(row[-1]) or "USING INDEX" in str(row[-1]) for row in plan), plan
        hits = story_candidates(conn, {"kestria", "marovel"})
        assert hits and max(hits)[0] == 2
        loaded = load_story_part(conn, max(hits)[2])
        assert loaded is not None and "Kestria" in str(loaded[1])
        part = loaded[2]
        assert len(part["stories"]) == 1 and "rejections" not in part
        labels = article_labels(conn, [a["id"] for a in part["articles"]])
        assert set(labels) == {a["id"] for a in part["articles"]}
        assert all(labels[a["id"]]["title"] == a["title"] for a in part["articles"])
    finally:
        conn.close()


def test_one_story_dossier_is_answered_as_a_whole(tmp_path: Path, example_dossier: Any) -> None:
    out = tmp_path / "ex"
    write_outputs(example_dossier, out)
    body = read_dossier(out)
    index = open_search_index(out / SEARCH_INDEX, body)
    try:
        for q in ("How many people died?", "Who said 41?", "Qqq xyzzy?"):
            assert to_dict(ask_output(q, out)) == to_dict(answer_in_story(q, body, index=index))
    finally:
        if index is not None:
            index.close()


def test_an_index_of_another_build_is_not_used(tmp_path: Path, mixed_out: Path) -> None:
    # a folder whose index is not in the same generation as its dossier.json: the dossier answers
    other = tmp_path / "copy"
    other.mkdir()
    (other / "dossier.json").write_bytes((mixed_out / "dossier.json").read_bytes())
    (other / SEARCH_INDEX).write_bytes((mixed_out / SEARCH_INDEX).read_bytes())
    assert open_index_of_output(other) is None
    body = read_dossier(mixed_out)
    assert to_dict(ask_output(QUESTIONS[0], other)) == to_dict(answer_in_story(QUESTIONS[0], body))
    # an index written before the story tables: None, the dossier answers
    conn = sqlite3.connect(":memory:")
    assert answer_from_index(QUESTIONS[0], conn) is None
    conn.close()


def test_search_restricted_to_some_articles_reads_their_rows(mixed_out: Path) -> None:
    from dossier.store import search_index

    body = read_dossier(mixed_out)
    conn = open_index_of_output(mixed_out)
    assert conn is not None
    try:
        story = body["stories"][0]
        own = set(story["articles"])
        whole = search_index(conn, "soldiers killed said", limit=10_000, any_word=True)
        mine = search_index(conn, "soldiers killed said", limit=10_000, any_word=True, articles=own)
        assert mine and all(h["article"] in own for h in mine)
        # the same passages with the same scores as the whole index's hits in those articles, best first
        expect = [(h["article"], h["passage_start"], round(h["score"], 9)) for h in whole if h["article"] in own]
        assert sorted(expect, key=lambda x: x[2]) == [(h["article"], h["passage_start"], round(h["score"], 9)) for h in mine]
        assert len(search_index(conn, "soldiers killed said", limit=3, any_word=True, articles=own)) == 3
    finally:
        conn.close()


def test_the_web_app_over_several_stories(mixed_out: Path) -> None:
    from dossier.present.server import make_app
    from tests.test_server import TestClient  # imported there with its deprecation warning silenced

    body = read_dossier(mixed_out)
    client = TestClient(make_app(mixed_out))
    page = client.get("/").text
    # the index only: a row per story linking to its own page, no story's tables
    assert page.count('<tr data-story="') == 5 and 'id="claims-table"' not in page
    sid = body["stories"][0]["id"]
    assert f'href="/?story={sid}"' in page
    one = client.get("/", params={"story": sid}).text
    assert 'id="claims-table"' in one
    # questions from the index: the same answer as over the whole dossier
    q = QUESTIONS[0]
    got = client.get("/api/ask", params={"q": q}).json()
    index = open_search_index(mixed_out / SEARCH_INDEX, body)
    try:
        want = to_dict(answer_in_story(q, body, index=index))
    finally:
        if index is not None:
            index.close()
    assert {k: v for k, v in got.items() if k != "formatted"} == want
    hits = client.get("/api/search", params={"q": "Marovel"}).json()["items"]
    assert hits and all(h["label"] for h in hits)
