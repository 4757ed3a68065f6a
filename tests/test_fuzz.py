"""Property-based fuzzing (hypothesis): random and adversarial text through every per-article stage.

Text is built from unicode of every category, quote marks of every kind, numbers, dates,
names with speech verbs, RTL and zero-width marks, NUL and other controls, and very long
lines. Properties: no stage raises, and every offset any stage returns lies inside the
article and slices the article's own text. The ingest readers get random bytes, broken
HTML and broken JSON Lines and must answer with articles or rejections, never an exception.

The default run is short (a few hundred examples in all); ``DOSSIER_SLOW=1`` runs a profile
ten times longer.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.extract import claims as claims_stage
from dossier.extract import dates as dates_stage
from dossier.extract import entities as entities_stage
from dossier.extract import quotes as quotes_stage
from dossier.extract.nlp import parse_texts, split_pieces
from dossier.ingest.clean import clean_article
from dossier.ingest.read import read_inputs, strip_control
from dossier.model import Article, RawArticle, Rejection
from dossier.pipeline import analyze_batch
from dossier.reconcile import timeline as timeline_stage
from dossier.settings import Settings

SLOW = bool(os.environ.get("DOSSIER_SLOW"))
SETTINGS = Settings(progress="never", min_words=1)
FUZZ = settings(
    max_examples=800 if SLOW else 80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=not SLOW,  # the default run is reproducible
)

FRAGMENTS = [
    "Ada Morrow said", "said the mayor of Varnia,", "according to officials in Orlen", "told reporters.",
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u2039", "\u203a", "``", "''",
    "1,200", "3.5", "-4", "10%", "\u00bd", "two dozen", "at least 40", "about 3,000 people", "1e9", "0", "99999999999999999999",
    "$5 million", "12-15", "\u0661\u0662\u0663", "March 3, 2031", "3/4/2031", "last Tuesday", "2031-13-45", "on Monday",
    "yesterday", "in 2031", "Feb 30", "\u200f", "\u200e", "\u202e", "\u2066", "\u200b", "\ufeff", "\x00", "\x07", "\u0085",
    "\n", "\n\n", "\t", "  ", ".", "!", "?", "...", "(", ")", "[", "]", ";", ":", "\u2014", "-",
    "killed", "wounded", "evacuated", "troops", "Lowmere", "Korl", "Velmora", "Mr. Ekel", "Dr", "U.S.", "UN",
]  # fmt: skip

texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(max_size=12),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6),
        st.integers(min_value=-(10**12), max_value=10**12).map(str),
        st.builds(lambda c, n: c * n, st.sampled_from(["a", "1", "\u201c", " ", ".", "\n", "x y "]), st.integers(1, 3000)),
    ),
    min_size=1,
    max_size=60,
).map(" ".join)


def _article(text: str) -> Article:
    text = strip_control(text)[0]
    got = clean_article(RawArticle(source="fuzz.txt", fmt="txt", text=text), settings=SETTINGS)
    if isinstance(got, Rejection):
        return Article(id="art-fuzz", source="fuzz.txt", text=text)
    return got


def _offsets_ok(item: Any, text: str, path: str = "") -> None:
    """Every start/end pair of a record (and of the records inside it) lies in ``text``."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        fields = {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
        for name, value in fields.items():
            if name.endswith("start") and isinstance(value, int) and not isinstance(value, bool):
                end = fields.get(name[: -len("start")] + "end")
                assert 0 <= value <= len(text), (path, name, value, len(text))
                if isinstance(end, int):
                    assert value <= end <= len(text), (path, name, value, end, len(text))
            _offsets_ok(value, text, f"{path}.{name}")
        if isinstance(fields.get("start"), int) and isinstance(fields.get("end"), int) and fields.get("text"):
            kind = type(item).__name__
            if kind in ("TimeExpression", "Mention"):  # these records carry their own span's text
                assert text[fields["start"] : fields["end"]] == fields["text"], (kind, fields)
    elif isinstance(item, (tuple, list)):
        for x in item:
            _offsets_ok(x, text, path)


def _run_stages(article: Article) -> None:
    (doc,) = list(parse_texts([article.text]))
    assert doc.text == article.text
    times = dates_stage.extract_time_expressions(article, doc, settings=SETTINGS)
    local = entities_stage.extract_local_entities(article, doc, settings=SETTINGS)
    quotes = quotes_stage.extract_quotes(article, doc, time_expressions=times, local_entities=local, settings=SETTINGS)
    claims = claims_stage.extract_claims(
        article, doc, time_expressions=times, local_entities=local, quotes=quotes, settings=SETTINGS
    )
    mentions = timeline_stage.detect_event_mentions(article, doc, times, settings=SETTINGS)
    for items in (times, local, quotes, claims, mentions):
        _offsets_ok(items, article.text)


@FUZZ
@given(texts)
def test_every_per_article_stage_survives_adversarial_text(text: str) -> None:
    _run_stages(_article(text))


@settings(max_examples=100 if SLOW else 10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=not SLOW)
@given(st.lists(texts, min_size=1, max_size=40).map("\n\n".join))
def test_long_texts_in_segments_keep_offsets(text: str) -> None:
    from dossier import pipeline

    article = _article(text)
    old = pipeline.SEGMENT_CHARS
    pipeline.SEGMENT_CHARS = 400  # force several segments on a short text (restored below)
    try:
        (an,) = analyze_batch([article], settings=SETTINGS)
    finally:
        pipeline.SEGMENT_CHARS = old
    assert not [r for r in an.rejections if r.stage != "ingest"], an.rejections
    _offsets_ok((an.time_expressions, an.local_entities, an.quotes, an.claims, an.event_mentions), article.text)
    assert all(0 <= s <= e <= len(article.text) for s, e in an.sentences)
    ids = [q.id for q in an.quotes] + [c.id for c in an.claims]
    assert len(ids) == len(set(ids))


@FUZZ
@given(st.text(max_size=3000), st.integers(1, 500))
def test_split_pieces_gives_the_text_back(text: str, limit: int) -> None:
    pieces = split_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces)


HTML_BITS = ["<html>", "<body>", "<article>", "</article>", "<p>", "</p>", "<h1>", "</h1>", "<script>", "</script>",
             "<div", ">", "<", "&amp;", "&#0;", "&#xD800;", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset='bogus'>",
             "<title>", "</title>", "\x00", "Varnia flood kills 12", " said the mayor. "]  # fmt: skip
JSONL_BITS = ['{"text": ', '{"html": ', '"', "}", "{", "[", "]", ",", ":", '"\\u0000"', '"\\ud800"', "null", "1e999",
              '"title"', '"id"', "\n", "Varnia flood kills 12 people, the mayor said. " * 3]  # fmt: skip


@settings(max_examples=300 if SLOW else 30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=not SLOW)
@given(
    st.binary(max_size=4000),
    st.lists(st.sampled_from(HTML_BITS), max_size=80).map("".join),
    st.lists(st.sampled_from(JSONL_BITS), max_size=80).map("".join),
)
def test_ingest_readers_never_raise(blob: bytes, html: str, jsonl: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "random.txt").write_bytes(blob)
        (d / "random.html").write_bytes(blob)
        (d / "random.jsonl").write_bytes(blob)
        (d / "broken.html").write_text(html, encoding="utf-8", errors="surrogatepass")
        (d / "broken.jsonl").write_text(jsonl, encoding="utf-8", errors="surrogatepass")
        raws, rejections = read_inputs(d, settings=SETTINGS)
        for raw in raws:
            for value in (raw.text, raw.html, raw.title, raw.source):
                if value:
                    assert strip_control(value)[1] == 0
                    value.encode("utf-8")  # writable as UTF-8 (no lone surrogates)
        assert all(isinstance(r, Rejection) and r.reason for r in rejections)
