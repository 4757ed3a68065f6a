"""Plain-text helpers shared by the cross-article stages (timeline, summary, relations).

* Sentence spans: the pipeline keeps each article's spaCy sentences as offsets
  (``ArticleAnalysis.sentences``); ``article_sentences`` reads them, trimmed of surrounding
  whitespace, and falls back on a punctuation splitter (``split_sentences``) when no parse is
  available.
* ``figures(text)``: the numbers a text states, normalised, for "do these texts give the same
  figure" tests (relations' same-event evidence, the summary's redundancy check).
* ``FUNCTION_WORDS``: English function words and reporting verbs that carry no content when two
  texts are compared (relations' shared wording, the summary's sentence vectors).
"""

from __future__ import annotations

import re

from ..model import Article, ArticleAnalysis

# function words and reporting verbs: no evidence that two texts say the same thing
FUNCTION_WORDS: frozenset[str] = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being has have had
    that this these those it its their they them he she his her we our you your i not no so than then there
    which who whom whose what when where while will would can could should may might must also into over
    about after before more most said says say told tells according other some such just only very""".split()
)

# a sentence ends at . ! ? (optionally followed by a closing quote or bracket) before a capital
# or a digit, or at a line break
_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets by punctuation and line breaks (used when no parse is available).

    Args:
        text: any text.

    Returns:
        ``(start, end)`` offsets into ``text`` of each non-empty piece, in order.
    """
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a span without its leading and trailing whitespace.

    Args:
        text: the text the offsets point into.
        start: the span's start.
        end: the span's end.

    Returns:
        ``(start, end)`` narrowed to the first and last non-space characters (``start == end``
        for a blank span).
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def article_sentences(article: Article, analysis: ArticleAnalysis | None) -> list[tuple[int, int]]:
    """The article's sentences as trimmed, non-empty offsets into ``article.text``.

    Args:
        article: the article.
        analysis: its analysis; its parser sentences are used when present, else
            ``split_sentences`` of the text.

    Returns:
        ``(start, end)`` offsets, in text order.
    """
    text = article.text
    spans = analysis.sentences if analysis is not None and analysis.sentences else split_sentences(text)
    out = []
    for s, e in spans:
        s, e = trim_span(text, s, min(e, len(text)))
        if e > s:
            out.append((s, e))
    return out


_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")


def figures(text: str) -> set[str]:
    """The figures a text states (10 and up; years 1900-2100 written as four digits left out).

    Args:
        text: any text.

    Returns:
        The values, normalised so that the same number compares equal: "8,000" and "8000"
        both give "8000", "2.50" gives "2.5"; large numbers stay exact.
    """
    out = set()
    for m in _NUMBER.finditer(text):
        raw = m.group(1).replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        if value < 10 or (len(raw) == 4 and 1900 <= value <= 2100 and "," not in m.group(1)):
            continue
        out.add(str(int(value)) if value.is_integer() else repr(value))  # exact: 1234567 != 1234568
    return out
