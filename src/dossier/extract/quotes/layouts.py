"""Layouts: attributions made by punctuation rather than a verb.

Three shapes of a news page, whose cue is the punctuation itself (":" or the dash): a
transcript or headline label opening a line ("PENCE: ...", "Kirby: ..."; only names of people,
never "UPDATE:"), a name signed after a quote with a dash ("“…” ― Jane Doe"), and a headline
crediting its quote after a colon ("Deployment “a mistake”: opposition leader"). (The lead-in
closing a paragraph, "The governor added:", is read by the stage, which knows the next
paragraph.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import SourceRef
from ..places import resolve_place
from .cues import Attribution, find_cues
from .spans import QSpan, TextIndex
from .speakers import Speakers, looks_like_person, strip_name
from .words import DQ_CLOSE, INLINE_LABEL, LABEL, NOT_SPEAKER_LABELS, ROLE_WORDS, SIGNATURE, TRANSCRIPT_ROLES


@dataclass(frozen=True)
class LabelLine:
    """A "NAME: what was said" line: the speaker, the colon and the content span."""

    speaker: SourceRef
    colon: int
    start: int
    end: int


def label_counts(index: TextIndex) -> dict[str, int]:
    """How many lines each "NAME:" label opens (a transcript repeats its speakers).

    Args:
        index: the article's text index.

    Returns:
        Label text -> number of paragraphs it opens.
    """
    counts: dict[str, int] = {}
    for p_start, p_end in index.paragraphs:
        m = LABEL.match(index.text, p_start, p_end)
        if m is not None:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    # a label in capitals that also starts a turn inside a line ("... now? PETAR NOVAK: Well ...")
    for m in INLINE_LABEL.finditer(index.text):
        if m.group(1) in counts and m.group(1).isupper():
            counts[m.group(1)] += 1
    return counts


def _label_line(m: "re.Match[str]", speaker: SourceRef, text: str, c_start: int, c_end: int) -> LabelLine:
    colon = m.end(1) + text[m.end(1) : m.end()].index(":")
    return LabelLine(speaker, colon, c_start, c_end)


def _reported_in_third_person(index: TextIndex, c_start: int, c_end: int) -> bool:
    """Whether a line's first sentence reports someone else's words: a cue with a subject of its
    own before it, and no first person outside quote marks."""
    first_end = c_end
    for k in range(c_start, c_end):
        if index.text[k] in ".!?" and (k + 1 == c_end or index.text[k + 1].isspace()):
            first_end = k + 1
            break
    if re.search(r"\b(?:I|we|We|my|My|our|Our)\b", _outside_quotes(index.text[c_start:first_end])):
        return False
    for cue in find_cues(index, c_start, first_end):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i and c.idx >= c_start
               and c.lower_ not in ("i", "we", "you") for c in cue.children):
            return True
    return False


def _outside_quotes(text: str) -> str:
    return re.sub(r"[“\"][^”\"]*[”\"]", " ", text)


def speaker_label(index: TextIndex, speakers: Speakers, counts: dict[str, int], p_start: int, p_end: int) -> LabelLine | None:
    """A line that opens with a person's name and a colon: "PENCE: Well, look, ...".

    Interview transcripts and headlines ("Kirby: Troops are in Kursk") attribute the rest
    of the line to the named person. The name must be a person the article names (a
    PERSON name, or in capitals the surname of one), so "UPDATE:" or "Poll:" are no speakers.

    Args:
        index: the article's text index.
        speakers: the article's people.
        counts: ``label_counts`` of the article.
        p_start: start of the paragraph.
        p_end: end of the paragraph.

    Returns:
        The labelled line, or None.
    """
    m = LABEL.match(index.text, p_start, p_end)
    if m is None:
        return None
    n_start, n_end = m.start(1), m.end(1)
    c_start = m.end()
    c_end = p_end
    while c_end > c_start and (index.text[c_end - 1].isspace() or index.text[c_end - 1] in DQ_CLOSE + '"'):
        c_end -= 1
    if len(re.findall(r"\w+", index.text[c_start:c_end])) < 3:
        return None
    label = index.text[n_start:n_end]
    toks = index.tokens_in(n_start, n_end)
    name: str | None = None
    if label.lower() in NOT_SPEAKER_LABELS:
        return None
    if len(toks) == 1 and not label.isupper() and (resolve_place(label) is not None or toks[0].ent_type_ in ("GPE", "LOC")):
        return None  # "Gaza: The death toll ...": a dateline, not a speaker
    if len(toks) <= 3 and label.isupper() and counts.get(label, 0) < 2 and (
            resolve_place(label.title()) is not None
            or p_start == index.paragraphs[0][0] and find_cues(index, c_start, c_end)):
        # "BANGALORE: The death toll rose to 172, officials said": a dateline in capitals, a place or the
        # page's opening line that reports its own source (a transcript repeats its labels)
        return None
    if label.isupper() and counts.get(label, 0) < 2 and _reported_in_third_person(index, c_start, c_end):
        # "SAINT-PIERRE DE LA MER: Local officials said Sunday that ...": a dateline of several words
        # before a line that tells who said what; a speaker's own line speaks in the first person
        return None
    if toks and any(e.start <= toks[-1].i < e.end for e in speakers.person_spans):
        name = speakers.fullest_person(strip_name(label))
    elif label.isupper() and len(label) > 2:
        name = speakers.fullest_person(label.title(), strict=True)
        if name is None and counts.get(label, 0) >= 2:
            # a transcript: the same speaker label opens several lines; a role ("HOST",
            # "MODERATOR") is a speaker the reader can't name
            if label.lower() in TRANSCRIPT_ROLES or label.lower() in ROLE_WORDS:
                speaker = SourceRef(entity=None, name=None, text=label, start=n_start, end=n_end)
                return _label_line(m, speaker, index.text, c_start, c_end)
            name = label.title()
        if name is not None and name.isupper():
            name = name.title()
    elif looks_like_person(toks):
        name = speakers.fullest_person(strip_name(label), strict=True)
    if name is None:
        return None
    speaker = SourceRef(entity=None, name=name, text=label, start=n_start, end=n_end)
    return _label_line(m, speaker, index.text, c_start, c_end)


def _after_quote_on_its_line(pattern: re.Pattern[str], index: TextIndex, q: QSpan) -> re.Match[str] | None:
    """``pattern`` matched from just after a closed quote to the end of its line, or None."""
    if q.close < 0:
        return None
    line_end = index.text.find("\n", q.close)
    return pattern.match(index.text, q.close + 1, len(index.text) if line_end < 0 else line_end)


def signature(index: TextIndex, speakers: Speakers, q: QSpan) -> Attribution | None:
    """A name signed after a quote with a dash: “…” ― Jane Doe (reader voices, pull quotes).

    Args:
        index: the article's text index.
        speakers: the article's people.
        q: the quote span.

    Returns:
        The attribution with the dash as its cue, or None.
    """
    m = _after_quote_on_its_line(SIGNATURE, index, q)
    if m is None:
        return None
    n_start, n_end = m.start(2), m.end(2)
    toks = index.tokens_in(n_start, n_end)
    if not toks or not all(t.text[:1].isupper() or t.is_punct for t in toks):
        return None
    if index.text[n_end - 1] == "." and n_end - n_start > 3 and index.text[n_end - 3] != " ":
        n_end -= 1  # the full stop after the name, not an initial ("Edwin G. Monroy")
    toks = index.tokens_in(n_start, n_end)
    label = index.text[n_start:n_end]
    if not looks_like_person([t for t in toks if not t.is_punct]):
        return None
    name = speakers.fullest_person(strip_name(label))
    speaker = SourceRef(entity=None, name=name, text=label, start=n_start, end=n_end)
    dash = m.start(1)
    return Attribution(index.text[dash], dash, dash + 1, speaker, None, dash)


#: After a quote closing a headline: a colon and a short name or role, to the end of the line.
_COLON_CREDIT = re.compile(r"\s*:\s*([A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5})\s*$")


def colon_credit(index: TextIndex, speakers: Speakers, q: QSpan) -> Attribution | None:
    """A headline that credits its quote after a colon: Deployment “a mistake”: Varnian opposition leader.

    The line must end with the credit (no full stop: a headline), and the credit must name
    someone the article can resolve, a person or a role held by one.

    Args:
        index: the article's text index.
        speakers: the article's people.
        q: the quote span.

    Returns:
        The attribution with the colon as its cue, or None.
    """
    m = _after_quote_on_its_line(_COLON_CREDIT, index, q)
    if m is None:
        return None
    n_start, n_end = m.start(1), m.end(1)
    toks = [t for t in index.tokens_in(n_start, n_end) if not t.is_punct]
    if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    ids = {t.i for t in toks}
    root = next((t for t in reversed(toks) if t.head.i not in ids or t.head == t), toks[-1])
    ref = speakers.speaker_ref(root, root, n_start, n_end)
    if ref is None or ref.name is None:
        return None
    colon = index.text.index(":", q.close)
    return Attribution(":", colon, colon + 1, ref, None, colon)


def colon_lead(index: TextIndex, speakers: Speakers, q: QSpan) -> Attribution | None:
    """A headline whose quote follows a colon after a person: A lesson from Jane Doe: “Be heard.”

    The quote must run to the end of its line and the words before the colon (at least three,
    so that a "NAME:" label is left to ``speaker_label``) must name a person; the first one
    named is the speaker.

    Args:
        index: the article's text index.
        speakers: the article's people.
        q: the quote span.

    Returns:
        The attribution with the colon as its cue, or None.
    """
    text = index.text
    line_start = text.rfind("\n", 0, q.open) + 1
    head = text[line_start : q.open].rstrip()
    if not head.endswith(":") or q.close < 0:
        return None
    line_end = text.find("\n", q.close)
    line_end = len(text) if line_end < 0 else line_end
    if text[q.close + 1 : line_end].strip(" .!?”’\"'"):
        return None  # more words after the quote: not a headline's quote
    colon = line_start + len(head) - 1
    if len(re.findall(r"\w+", head)) < 3 or any(c in head for c in "“”\"‘"):
        return None
    for ent in speakers.person_spans:
        if line_start <= ent.start_char and ent.end_char <= colon:
            name = speakers.fullest_person(strip_name(ent.text))
            if name is None:
                return None
            speaker = SourceRef(entity=None, name=name, text=ent.text, start=ent.start_char, end=ent.end_char)
            return Attribution(":", colon, colon + 1, speaker, None, colon)
    return None
