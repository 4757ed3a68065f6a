"""Long texts: parsed in pieces under spaCy's limit and analysed in segments, offsets exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import pipeline
from dossier.extract.nlp import PIECE_CHARS, load_model, parse_texts, split_pieces
from dossier.ingest.clean import clean_article
from dossier.model import RawArticle
from dossier.settings import Settings

from .test_ingest import SECOND, STORY, THIRD

SETTINGS = Settings(progress="never")


def _long_text(n: int) -> str:
    paras = [STORY, SECOND, THIRD]
    out = ["Flood coverage from Castellan"]
    i = 0
    while sum(len(p) + 2 for p in out) < n:
        # each paragraph its own (the cleaner drops a paragraph printed twice)
        out.append(paras[i % 3].replace("Tuesday", ["Monday", "Tuesday", "Friday"][i % 3]) + f" Bulletin {i + 1} ends here.")
        i += 1
    return "\n\n".join(out) + "\n"


def test_pieces_stay_far_under_spacys_limit() -> None:
    assert PIECE_CHARS * 10 <= load_model().max_length
    assert pipeline.SEGMENT_CHARS < load_model().max_length


def test_a_long_text_parses_in_pieces_with_exact_offsets() -> None:
    text = _long_text(30_000)
    pieces = split_pieces(text, 3_000)
    assert len(pieces) > 10 and "".join(pieces) == text
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut at paragraph breaks
    (doc,) = parse_texts([text], piece_chars=3_000)
    assert doc.text == text
    assert all(text[s.start_char : s.end_char] == s.text for s in doc.sents)
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    assert [e for e in doc.ents if e.start_char > 25_000]  # entities found in the last pieces too
    assert all(t.idx + len(t.text) <= len(text) for t in doc)


def test_a_long_article_is_analysed_in_segments_with_article_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "SEGMENT_CHARS", 6_000)  # three segments on a text the test can afford
    text = _long_text(2 * pipeline.SEGMENT_CHARS + 3_000)
    article = clean_article(RawArticle(source="long.txt", fmt="txt", text=text), settings=SETTINGS)
    assert not isinstance(article, type(None)) and hasattr(article, "text")
    (an,) = pipeline.analyze_batch([article], settings=SETTINGS)  # type: ignore[list-item]
    body = article.text  # type: ignore[union-attr]
    assert len(body) > 2 * pipeline.SEGMENT_CHARS
    assert not an.rejections
    # figures, quotes and dates from the last segment point into the article's own text
    late = [c for c in an.claims if c.start > 2 * pipeline.SEGMENT_CHARS]
    assert late and all(body[c.start : c.end] and c.sentence.strip() in body for c in an.claims)
    assert all(body[t.start : t.end] == t.text for t in an.time_expressions)
    assert [q for q in an.quotes if q.start > pipeline.SEGMENT_CHARS]
    assert all(body[m.start : m.end] == m.text for le in an.local_entities for m in le.mentions if m.text)
    ids = [q.id for q in an.quotes] + [c.id for c in an.claims]
    assert len(ids) == len(set(ids))
    keys = [le.key for le in an.local_entities]
    assert len(keys) == len(set(keys))  # one local entity per key across segments
    assert an.sentences == tuple(sorted(an.sentences))


def test_build_of_a_file_longer_than_max_chars_cuts_and_records(tmp_path: Path) -> None:
    from dossier.pipeline import build_dossier

    (tmp_path / "long.txt").write_text(_long_text(30_000))
    d = build_dossier(tmp_path, settings=Settings(progress="never", max_chars=10_000))
    (art,) = d.articles
    assert len(art.text) <= 10_000
    assert any("characters cut" in r.text for r in art.removed)
