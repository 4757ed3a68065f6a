"""Quote spans: where the quote marks are, and the sentences around them.

The first job of the quotes stage, on the text alone: read curly (“…”) and straight ("…")
double quotes paragraph by paragraph, with single quotes (‘…’) inside them treated as nested.
A quote left open at the end of a paragraph is a multi-paragraph quote: it ends there and the
next paragraph's quote continues it. Single-quoted fragments outside double quotes are
candidates too (the stage keeps them only when a cue governs them). Each paragraph is then
cut into sentences at terminal punctuation *outside* quotes, so a quote that spans several
sentences stays in one segment. ``TextIndex`` holds the result for one parsed article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .words import ABBREVIATIONS, DQ_CLOSE, DQ_OPEN, MINOR_WORDS, SQ_OPEN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class QSpan:
    """A quoted stretch of text: marks at ``open``/``close`` (close = -1 if left open)."""

    open: int
    close: int
    start: int  # content start (no marks, no spaces)
    end: int
    double: bool = True

    @property
    def outer_end(self) -> int:
        """Just past the closing mark, or the content end of a quote left open."""
        return self.close + 1 if self.close >= 0 else self.end



class TextIndex:
    """One article's paragraphs, quote spans and quoted-character mask, with token lookups."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.text: str = doc.text
        self.starts = [t.idx for t in doc]
        self.paragraphs = paragraphs(self.text)
        self.qspans: list[QSpan] = []
        for p_start, p_end in self.paragraphs:
            self.qspans.extend(find_quote_spans(self.text, p_start, p_end))
        self.quoted = mask(len(self.text), [(q.open, q.outer_end) for q in self.qspans])

    def tokens_in(self, start: int, end: int) -> list["Token"]:
        """Tokens whose first character lies in [start, end)."""
        a = bisect.bisect_left(self.starts, start)
        b = bisect.bisect_left(self.starts, end)
        return [self.doc[k] for k in range(a, b)]

    def in_quote(self, tok: "Token") -> bool:
        """Whether a token lies inside quote marks."""
        return bool(self.quoted[tok.idx]) if tok.idx < len(self.quoted) else False


def after_dateline(text: str, s_start: int, s_end: int) -> int:
    """Where a sentence starts once a dateline ("TAIPEI, Taiwan – ") is set aside."""
    m = re.match(r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,40})?\s*(?:\([^)]{1,30}\))?\s*(?:[–—-]{1,2}|•)\s+", text[s_start:s_end])
    if m is None:
        # "Kathmandu, Nepal (BBN)-The death toll ...": a place in title case, then the agency in brackets and a dash
        m = re.match(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?:,\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})?\s*"
                     r"\([A-Z][\w.&/ ]{0,20}\)\s*(?:[–—-]{1,2}|:)\s*(?=[A-Z0-9“\"])", text[s_start:s_end])
    if m is None:
        # "BANGALORE: The toll ...", "Kano | Thirteen soldiers ...": a place in capitals and a colon, or a bar
        m = re.match(r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}\s*:|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s+\|)\s+(?=[A-Z0-9“\"])",
                     text[s_start:s_end])
    return s_start + m.end() if m else s_start


def mask(n: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    m = bytearray(n)
    for a, b in spans:
        for k in range(max(0, a), min(n, b)):
            m[k] = 1
    return m


#: words that never end a paragraph or a heading: a line stopping on one was wrapped mid-sentence
_RUN_ON_WORDS = frozenset("""the a an of in on at to for with by from and or but nor as than that which who whose
    is are was were be been has have had will would can could may might must shall should its their his her our
    your my this these those into onto about over under after before between during against""".split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines with text; a line a page cut mid-sentence joins the next one.

    "“The thoughts of the government and the people of / New Zealand are with ...”": a line that
    stops on a word no sentence or heading ends with ("of", "the", "are") runs on in the next
    line, even when a blank line was put between them (a page wrapped by hand, then spaced).
    """
    out: list[tuple[int, int]] = []
    joined = False
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        if joined and out:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
        last = re.search(r"([A-Za-z]+)\s*$", m.group())
        nxt = re.match(r"\s*(\S)", text[m.end() :])
        joined = last is not None and last.group(1) in _RUN_ON_WORDS and nxt is not None and nxt.group(1).isalnum() \
            and len(m.group().split()) >= 3
    return out


def find_quote_spans(text: str, p_start: int, p_end: int) -> list[QSpan]:
    """Double-quoted stretches of one paragraph, then single-quoted ones outside them."""
    spans: list[QSpan] = []
    i = p_start
    open_at = -1
    straight = False
    while i < p_end:
        ch = text[i]
        if open_at < 0:
            if ch in DQ_OPEN:
                open_at, straight = i, False
            elif ch in DQ_CLOSE and not text[p_start:i].strip() and i + 1 < p_end and not text[i + 1].isspace():
                open_at, straight = i, False  # a closing mark typed for the opening one at a line start
            elif ch in DQ_CLOSE and i + 1 < p_end and text[i + 1].isupper() and i > p_start \
                    and text[i - 1].isalpha() and any(c in DQ_CLOSE for c in text[i + 1 : p_end]):
                # "... breaking their banks again”We’re going to ...,” X said": the page glued a quote to
                # the sentence before and typed a closing mark to open it
                open_at, straight = i, False
            elif ch == '"' and i + 1 < p_end and not text[i + 1].isspace():
                open_at, straight = i, True
        else:
            mixed_close = (
                not straight
                and ch == '"'
                and not text[i - 1].isspace()
                and not any(c in DQ_CLOSE for c in text[i:p_end])
            ) or (
                straight
                and ch in DQ_CLOSE
                and not text[i - 1].isspace()
                and '"' not in text[i:p_end]
            )  # “... closed with a straight mark, or "... with a curly one ("... the casualties,”General X told)
            if (not straight and ch in DQ_CLOSE) or (straight and ch == '"') or mixed_close:
                spans.append(_make_span(text, open_at, i))
                open_at = -1
            elif not straight and ch in DQ_OPEN:
                # an unclosed quote followed by a new one: close the first just before
                spans.append(_make_span(text, open_at, -1, end_hint=i))
                open_at = i
        i += 1
    if open_at >= 0:
        spans.append(_make_span(text, open_at, -1, end_hint=p_end))
    spans = [s for s in spans if s.end > s.start]
    # single quotes outside double quotes: ‘…’ with word boundaries
    covered = [(s.open, s.outer_end) for s in spans]
    for m in [*_CURLY_SINGLE_LONG.finditer(text[p_start:p_end]),
              *re.finditer(r"(?<![\w’])‘([^‘’\n]{2,200}?)’(?!\w)", text[p_start:p_end])]:
        a = p_start + m.start()
        b = p_start + m.end() - 1
        if any(x <= a < y or x < b < y for x, y in covered):
            continue
        if m.re is _CURLY_SINGLE_LONG and text[b - 1] in ".!?" and len(re.findall(r"\w+", m.group(1))) >= 6:
            spans.append(_make_span(text, a, b))  # sentences in the page's own marks: as double quotes
        else:
            spans.append(QSpan(open=a, close=b, start=a + 1, end=b, double=False))
        covered.append((a, b + 1))
    # straight single quotes as a page's own quote marks (British style): 'We were told ...,' she said.
    # Only a stretch opening on a capital and closing on punctuation, so apostrophes stay apostrophes
    covered = [(s.open, s.outer_end) for s in spans]
    for m in [*_STRAIGHT_SINGLE.finditer(text, p_start, p_end), *_HEADLINE_SINGLE.finditer(text, p_start, p_end)]:
        a, b = m.start(), m.end() - 1
        if any(x <= a < y or x < b < y for x, y in covered):
            continue
        span = _make_span(text, a, b)
        if span.end > span.start and not is_title(text[span.start : span.end].rstrip(".!?")):
            spans.append(span)  # ('All Bets Are Off.' heading a section is a title, not a quote)
    spans.sort(key=lambda s: s.open)
    return spans


#: 'We were told this was peacekeeping,' she said: a straight single quote opening on a capital after a
#: space or a line start, closing right after punctuation before a space or the end ("don't" inside is no mark)
_STRAIGHT_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–]))'(?=[A-Z])((?:[^'\n]|(?<=\w)'(?=\w)){2,600}?[.,!?])'(?=[\s)\],;:]|$)",
    re.MULTILINE)
#: a page's own quote marks in curly single quotes, a long quote of sentences: He added, ‘Every attack
#: on ... law.’ (opening on a capital, closing right after punctuation; "don’t", "workers’ " inside stay)
_CURLY_SINGLE_LONG = re.compile(r"(?<![\w’])‘(?=[A-Z])((?:[^‘’\n]|(?<=\w)’(?=\w)|(?<=s)’(?=\s))"
                                r"{2,1000}?[.,!?])’(?=[\s)\],;:]|$)")
#: a headline opening on a quote in straight single marks that a colon credits: 'We are not done': governor
_HEADLINE_SINGLE = re.compile(r"^'(?=[A-Z])((?:[^'\n]|(?<=\w)'(?=\w)){2,200}?)'(?=:\s)", re.MULTILINE)


def _make_span(text: str, open_at: int, close_at: int, *, end_hint: int | None = None) -> QSpan:
    end = close_at if close_at >= 0 else (end_hint if end_hint is not None else len(text))
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # ", at the end inside the marks belongs to the sentence, not the quote
    while end > start and text[end - 1] in ",;":
        end -= 1
    return QSpan(open=open_at, close=close_at, start=start, end=end)


def sentence_segments(text: str, p_start: int, p_end: int, quotes: list[QSpan]) -> list[tuple[int, int]]:
    """Sentences of a paragraph, never cut inside a quote."""
    inside = mask(p_end - p_start, [(q.open - p_start, q.outer_end - p_start) for q in quotes if q.double])
    cuts: list[int] = []
    k = p_start
    while k < p_end:
        ch = text[k]
        rel = k - p_start
        if ch in ".!?" and not inside[rel]:
            nxt = k + 1
            while nxt < p_end and text[nxt] in ")’'":
                nxt += 1
            if nxt >= p_end or (text[nxt] == " " and _starts_sentence(text, nxt, p_end)):
                if ch != "." or not _is_abbreviation(text, p_start, k):
                    cuts.append(nxt)
        elif ch in DQ_CLOSE + '"' and inside[rel] and (rel + 1 >= len(inside) or not inside[rel + 1]):
            # a quote that ends a sentence: “... Russia.” He added
            j = k - 1
            while j > p_start and text[j].isspace():
                j -= 1
            if (
                text[j] in ".!?"
                and k + 1 < p_end
                and text[k + 1] == " "
                and _starts_sentence(text, k + 1, p_end)
                and not TRAILING_ATTRIBUTION.match(text, k + 1, p_end)
            ):
                cuts.append(k + 1)
        k += 1
    out = []
    prev = p_start
    for c in cuts:
        if c > prev:
            out.append((prev, c))
        prev = c
    if prev < p_end:
        out.append((prev, p_end))
    # trim spaces
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


#: A short attribution after a quote that ends in "?", "!" or ".": “Why now?” Trump asked.
TRAILING_ATTRIBUTION = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:said|says|asked|asks|added|adds|wrote|writes|told|tweeted|explained|"
    r"continued|replied|answered|recalled|noted|insisted|argued|joked|exclaimed|wondered|shouted|yelled)\b"
    r"(?:\s+[A-Z][\w.'’-]*){0,4}\s*[.,;:]"
)


def _starts_sentence(text: str, pos: int, p_end: int) -> bool:
    j = pos
    while j < p_end and text[j] == " ":
        j += 1
    if j >= p_end:
        return True
    ch = text[j]
    return ch.isupper() or ch.isdigit() or ch in DQ_OPEN + '"' + SQ_OPEN + "(["


def _is_abbreviation(text: str, p_start: int, k: int) -> bool:
    m = re.search(r"([\w.]+)$", text[max(p_start, k - 20) : k])
    if not m:
        return False
    word = m.group(1)
    if "." in word:  # U.S. / a.m.
        return True
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def distance(pos: int, a: int, b: int) -> int:
    if pos < a:
        return a - pos
    if pos >= b:
        return pos - b
    return 0


def is_clause(tokens: list["Token"], content: str) -> bool:
    """A quoted clause or sentence (direct quote) rather than a fragment (partial quote)."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in ids for c in t.children):
            return True
    words = re.findall(r"\w+", content)
    if content[:1].isupper() and content.rstrip()[-1:] in ".!?" and len(words) >= 3:
        return True
    return False


def is_title(content: str) -> bool:
    """Whether quoted words are a title or name: every significant word capitalised."""
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    significant = [w for w in words if w.lower() not in MINOR_WORDS]
    return len(significant) >= 2 and all(w[:1].isupper() for w in significant)
