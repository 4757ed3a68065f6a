"""Tests of text.py: sentence spans, figures and function words shared by the cross-article stages."""

from __future__ import annotations

from dossier.model import Article, ArticleAnalysis, PublishedDate
from dossier.reconcile.text import FUNCTION_WORDS, article_sentences, figures, split_sentences, trim_span

TEXT = (
    "A storm flooded Portvale on Monday, forcing 2,300 residents to leave. \"We lost everything,\" one said.\n"
    "Crews worked through the night.  The mayor said 12.5 km of road were closed in 2024."
)


def _article(text: str) -> Article:
    return Article(id="a1", source="t.txt", text=text, published=PublishedDate(basis="unknown"))


def test_split_sentences_by_punctuation_and_lines() -> None:
    spans = split_sentences(TEXT)
    got = [TEXT[s:e].strip() for s, e in spans]
    assert got[0].endswith("to leave.")
    assert got[1] == "\"We lost everything,\" one said."
    assert got[2] == "Crews worked through the night."
    assert got[3].startswith("The mayor said")


def test_trim_span() -> None:
    assert trim_span("  abc \n", 0, 7) == (2, 5)
    assert trim_span("   ", 0, 3) == (3, 3)


def test_article_sentences_prefers_the_parse_and_trims() -> None:
    art = _article(TEXT)
    first_end = TEXT.index("leave.") + len("leave.")
    analysis = ArticleAnalysis(article="a1", sentences=((0, first_end + 1), (first_end + 1, len(TEXT))))
    spans = article_sentences(art, analysis)
    assert spans == [(0, first_end), (first_end + 1, len(TEXT))]
    # no parse: the punctuation splitter, every span trimmed and non-empty
    fallback = article_sentences(art, None)
    assert len(fallback) == 4 and all(TEXT[s:e] == TEXT[s:e].strip() and e > s for s, e in fallback)


def test_figures_normalised() -> None:
    assert figures(TEXT) == {"2300", "12.5"}  # years and numbers under 10 left out
    assert figures("8,000, officials said") == figures("about 8000 troops") == {"8000"}
    assert figures("1,234,567 and 1,234,568") == {"1234567", "1234568"}


def test_function_words() -> None:
    assert {"the", "said", "according"} <= FUNCTION_WORDS
    assert "troops" not in FUNCTION_WORDS
