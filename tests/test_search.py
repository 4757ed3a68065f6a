"""Full-text search: the SQLite FTS5 index written with the dossier, bm25 ranking, snippets in context."""

from __future__ import annotations

from pathlib import Path

from dossier.model import dossier_to_dict
from dossier.present.server import search_dossier
from dossier.store import SEARCH_INDEX, open_search_index, search_index, split_sentences, write_outputs, write_search_index
from tests.test_report import fictional_dossier


def test_index_is_written_with_the_dossier_and_knows_when_it_is_stale(tmp_path: Path, example_dossier) -> None:  # type: ignore[no-untyped-def]
    out = write_outputs(example_dossier, tmp_path / "out")
    body = dossier_to_dict(example_dossier)
    conn = open_search_index(out / SEARCH_INDEX, body)
    assert conn is not None
    hits = search_index(conn, "spillway")
    assert hits and all("spillway" in (h["before"] + h["match"] + h["after"]).casefold() for h in hits)
    changed = dict(body, articles=body["articles"][:-1])
    assert open_search_index(out / SEARCH_INDEX, changed) is None


def test_hits_are_ranked_and_snippets_keep_their_spaces() -> None:
    d = fictional_dossier()
    conn = write_search_index(d, ":memory:")
    hits = search_index(conn, "flooded homes")
    assert hits == sorted(hits, key=lambda h: h["score"])  # bm25: lower is better
    arts = {a["id"]: a["text"] for a in d["articles"]}
    for h in hits:
        assert h["match"] and h["match"].casefold().startswith(("flood", "home"))
        if h["kind"] == "article":
            text = arts[h["article"]]
            # the match is at its offsets and the context around it is the article's own text, spaces and all
            assert text[h["start"]:h["end"]] == h["match"]
            assert text[h["start"] - len(h["before"]):h["start"]] == h["before"]
            assert text[h["end"]:h["end"] + len(h["after"])] == h["after"]
    # endings and case are folded; a phrase stays a phrase; operators are words
    assert search_index(conn, "FLOOD")
    assert not search_index(conn, '"homes Varnel"')
    assert isinstance(search_index(conn, "water NOT OR AND"), list)  # no FTS syntax error reaches people
    assert search_index(conn, '"') == []


def test_server_search_uses_the_built_index(tmp_path: Path) -> None:
    d = fictional_dossier()
    hits = search_dossier(d, "water")
    assert hits and [h["score"] for h in hits] == sorted(h["score"] for h in hits)
    kinds = {h["kind"] for h in hits}
    assert "quote" in kinds and "article" in kinds
    assert all(h["link"].startswith("#") for h in hits)


def test_sentences_split_on_end_punctuation_and_lines() -> None:
    text = "Water rose. “It came fast,” she said.\nMore rain fell on Tuesday. 3 bridges closed."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Water rose.", "“It came fast,” she said.", "More rain fell on Tuesday.", "3 bridges closed."]
