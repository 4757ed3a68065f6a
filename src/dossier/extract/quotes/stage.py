"""The quotes stage: walks an article's paragraphs and sentences and assembles the quotes.

It knows the order of the parts (``spans`` -> ``cues`` -> ``content`` -> ``speakers``, with
``layouts`` for attributions by punctuation) and what carries from one quote to the next: a
quote with no cue of its own takes the speaker of the previous quote of the paragraph; when it
opens a paragraph, the named person opening the next sentence ("“…” Lindqvist, who leads the
service, said ..."), else the previous paragraph's last attribution; a quote left open at the
end of a paragraph takes the attribution of its continuation in the next one (a multi-paragraph
quote); "X said:" closing a paragraph introduces the next one; "It said ..." stands for the
organisation named just before; a verb glued to the quote ("“…,”he said") that lost its subject
keeps the paragraph's speaker.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model import Article, LocalEntity, Quote, SourceRef, TimeExpression, stable_id
from ...outlets import known_outlet
from ...settings import Settings
from .content import content_clause, is_according, noun_source
from .cues import Attribution, choose_cue, cue_words, date_for, find_cues
from .layouts import colon_credit, colon_lead, label_counts, signature, speaker_label
from .spans import QSpan, TextIndex, after_dateline, is_clause, is_title, sentence_segments
from .speakers import Speakers, maker_of_document, reported_within, strip_name, subject_of
from .words import CUE_LEMMAS, DQ_CLOSE, DQ_OPEN, FEMALE_WORDS, INLINE_LABEL, MALE_WORDS, ORG_WORDS, PERSON_NOUNS, ROLE_WORDS, SPEECH_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def extract_quotes(
    article: Article,
    doc: "Doc",
    *,
    time_expressions: tuple[TimeExpression, ...],
    local_entities: tuple[LocalEntity, ...],
    settings: Settings,
) -> tuple[Quote, ...]:
    """Return the article's quotes with speakers resolved as far as the article allows.

    Args:
        article: the cleaned article; every offset points into ``article.text``.
        doc: the spaCy parse of ``article.text`` (tagger, parser, NER).
        time_expressions: the article's normalised time expressions (for "said on Monday").
        local_entities: the article's entities with roles, when known (may be empty).
        settings: build settings (unused for now; kept for the stage signature).

    Returns:
        Quotes in text order: direct, partial and indirect, each with cue, speaker and date.
    """
    text = doc.text
    if not text.strip():
        return ()
    return _Stage(article, doc, time_expressions, local_entities).run()



#: stance verbs that in war and disaster news mostly tell of force ("militants attacked the base")
_FORCE_VERBS = frozenset({"attack", "blast", "strike", "hit"})

#: a question's label opening a transcript's line
_QUESTION_LABEL_RE = re.compile(r"\s*(?:Q|QUESTION|Question)\s*:\s+(?=\S)")
#: who put the questions: "Interview with Jo Roe", "interviewed by Jo Roe", "Jo Roe interviewed"
_INTERVIEWER_RE = re.compile(
    r"\b(?:[Ii]nterview(?:ed)?\s+(?:with|by)\s+(?P<a>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})"
    r"|(?P<b>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+interviewed\b)")

_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"})

#: heads of subjects that are a figure or an event, never someone who reports ("death toll expected
#: to rise", "the quake left ...")
_NOT_SPEAKER_HEADS = frozenset(
    """toll tally death deaths incident attack explosion blast quake earthquake
    storm flood floods fire cyclone hurricane typhoon tsunami landslide""".split()
)

#: words of someone speaking for themselves
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")

#: what a source asks or declines about their own name ("asked not to be identified", "declined to be named")
_ANONYMITY_RE = re.compile(r"(?:not\s+to\s+be|to\s+not\s+be|to\s+be|that\s+(?:his|her|their)\s+name\s+not\s+be)\s+"
                           r"(?:named|identified|quoted)\b|anonymity\b", re.IGNORECASE)

#: content that only says who reported something: "This was reported by X", "That was announced by Y"
_META_REPORT_RE = re.compile(r"(?:this|that|it)\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+ed\s+by\b", re.IGNORECASE)

class _Stage:
    """One article's pass: the parts built once, and the walk that carries speakers along."""

    def __init__(
        self,
        article: Article,
        doc: "Doc",
        time_expressions: Sequence[TimeExpression],
        local_entities: Sequence[LocalEntity],
    ) -> None:
        self.article = article
        self.doc = doc
        self.text: str = doc.text
        self.times = [t for t in time_expressions if t.end <= len(self.text)]
        self.index = TextIndex(doc)
        self.speakers = Speakers(self.index, local_entities)
        self.label_counts = label_counts(self.index)
        # a transcript: lines opened by speakers' labels ("HOST: ...", "DES BROWNE: ..."), at least
        # three of them and two speakers; each label's speaker as its line resolved it
        self.turn_speakers: dict[str, SourceRef] = {}
        labelled = 0
        for p_start, p_end in self.index.paragraphs:
            line = speaker_label(self.index, self.speakers, self.label_counts, p_start, p_end)
            if line is not None:
                labelled += 1
                self.turn_speakers.setdefault(self.text[line.speaker.start or 0 : line.speaker.end or 0], line.speaker)
        # "Q: ..." lines: the interviewer's, named when the page says who interviewed the speakers
        questions = sum(1 for p_start, p_end in self.index.paragraphs if _QUESTION_LABEL_RE.match(self.text, p_start, p_end))
        self.asker: SourceRef | None = self.interviewer() if questions and self.turn_speakers else None
        if questions and self.asker is None:
            self.asker = SourceRef(entity=None, name=None, text="Q", start=None, end=None)
        self.transcript = labelled + questions >= 3 and len(self.turn_speakers) + (questions > 0) >= 2
        self.direct_at: set[int] = set()  # where the direct quotes made so far start

    def run(self) -> tuple[Quote, ...]:
        """Walk paragraphs and sentences in order, carrying speakers from quote to quote."""
        quotes: list[Quote] = []
        last_attr: Attribution | None = None  # last attribution of the previous paragraph(s)
        lead_in: Attribution | None = None  # "He said:" closing the previous paragraph
        # a quote left open at a paragraph's end with no cue of its own: it continues in the
        # next paragraph, whose attribution is the whole quote's ("“A. / “B,” X said.")
        pending: list[int] = []
        gap = False  # a paragraph of narration was passed over, keeping ``last_attr``
        turn: Attribution | None = None  # a transcript's speaker whose turn goes on
        awaiting: int | None = None  # a quote closing its paragraph on a comma, its speaker in the next line
        for p_start, p_end in self.index.paragraphs:
            if awaiting is not None:
                opener = self.opening_cue(p_start, p_end)
                if opener is not None:
                    quotes[awaiting] = self.reattribute(quotes[awaiting], opener)
                awaiting = None
            if self.transcript:
                made_turn, turn = self.transcript_turn(turn, p_start, p_end)
                if made_turn is not None:
                    quotes.extend(made_turn)
                    last_attr = None
                    lead_in = None
                    continue
            para_quotes = [q for q in self.index.qspans if p_start <= q.open < p_end]
            segments = sentence_segments(self.text, p_start, p_end, para_quotes)
            para_last: Attribution | None = None
            if lead_in is not None and not para_quotes and self.text[p_start:p_end].strip():
                # "The governor added:" then a paragraph of what was said, without quote marks
                quotes.append(self.block_quote(lead_in, p_start, p_end))
                last_attr = None
                lead_in = None
                continue
            lead_in = None
            label = speaker_label(self.index, self.speakers, self.label_counts, p_start, p_end)
            if label is not None:
                para_last = Attribution(":", label.colon, label.colon + 1, label.speaker, None, label.colon)
                quotes.append(self.make_quote(label.start, label.end, "direct", para_last, p_start, p_end))
                # a quote mark opening the labelled line belongs to the line, not a quote of its own
                para_quotes = [q for q in para_quotes if q.open >= (para_last.cue_start or p_start)]
            continued = pending
            pending = []
            for k, (s_start, s_end) in enumerate(segments):
                seg_quotes = [q for q in para_quotes if s_start <= q.open < s_end]
                cues = find_cues(self.index, s_start, s_end)
                following = segments[k + 1] if k + 1 < len(segments) else None
                for q in seg_quotes:
                    made = self.quote_from_span(q, s_start, s_end, cues, para_last, last_attr, p_start, following, gap)
                    if made is None:
                        continue
                    quote, attr = self.unnamed_antecedent(*made, para_last or last_attr)
                    own = attr.cue_start is not None and s_start <= attr.cue_start < s_end
                    if continued and not self.text[p_start : q.open].strip():
                        if own:
                            for i in continued:
                                quotes[i] = self.reattribute(quotes[i], attr)
                        continued = []
                    quotes.append(quote)
                    if quote.kind == "direct":
                        self.direct_at.add(quote.start)
                    if q.close < 0 and not own:
                        pending = (continued if continued else []) + [len(quotes) - 1]
                        continued = []
                    para_last = attr
                # indirect speech and "according to"
                made_all = [m for m in (self.indirect(cue, s_start, s_end) for cue in cues) if m is not None]
                if label is not None:
                    # what a labelled speaker reports is part of their words, as inside quote marks
                    made_all = [(quote, attr) for quote, attr in made_all
                                if not label.start <= (attr.cue_start or -1) < label.end]
                # "According to Reuters, Ivo Brenn announced that ...": Brenn speaks (Reuters relays); the
                # "according to" quote whose content is another cue's report gives way to it
                made_all = [(quote, attr) for quote, attr in made_all if not (
                    (attr.cue or "").lower().startswith("according") and any(
                        other is not quote and not (o_attr.cue or "").lower().startswith("according")
                        and o_attr.speaker is not None and o_attr.speaker.start is not None
                        and o_attr.speaker.start < (o_attr.cue_start or -1)  # a speaker, not "is explained by X"
                        and (quote.start == other.start and quote.end == other.end  # one clause, its speaker named
                             or quote.start <= (o_attr.cue_start or -1) < quote.end
                             and quote.start <= other.start and other.end <= quote.end
                             # "The agency told lawmakers that ..., according to lawmaker X": one report, relayed
                             or other.start <= quote.start and quote.end <= other.end
                             and (attr.cue_start or 0) >= quote.end
                             # "According to the BBC, the toll rose to 417, Minister X said": X speaks
                             or other.start <= quote.start and quote.end <= other.end
                             and (o_attr.cue_start or -1) >= other.end)
                        for other, o_attr in made_all))]
                # '"A," Roe said according to Varnpress': the content holds a quote already given with its
                # own speaker; "This was reported by X, writes Y": the content only says who said it
                seg_made = [x for x in quotes if s_start <= (x.cue_start or -1) < s_end and x.speaker is not None]
                made_all = [(quote, attr) for quote, attr in made_all if not (
                    (attr.cue or "").lower().startswith("according")
                    and any(quote.start <= (x.cue_start or -1) < quote.end for x in seg_made)
                ) and not _META_REPORT_RE.match(quote.text) and not self._names_only(quote)]
                # "Officials said that ..., Reuters reported": the outlet relays a report with its own
                # speaker; the report is the quote, the relay none
                cue_at = {c.idx: c for c in cues}
                made_all = [(quote, attr) for quote, attr in made_all if not (
                    _is_outlet(attr.speaker) and any(
                        other is not quote and quote.start <= (o_attr.cue_start or -1) < quote.end
                        # (the report itself, not a word inside it: "CNN reports that many are elite,
                        # with Pyongyang believing ..." is CNN's)
                        and _reports_to(cue_at.get(o_attr.cue_start or -1), cue_at.get(attr.cue_start or -1))
                        and o_attr.speaker is not None and not _is_outlet(o_attr.speaker)
                        and (o_attr.speaker.name or o_attr.speaker.text.lower() not in ("he", "she", "it", "they", "we", "i"))
                        for other, o_attr in made_all))]
                made_all = self.split_contrasted(made_all, cues)
                for quote, attr in made_all:
                    # a report nested in another's content ("said the US believed that ...") is
                    # part of that content, not a quote of its own
                    if not (attr.cue or "").lower().startswith("according") and any(
                        other is not quote and other.start <= (attr.cue_start or 0) < other.end
                        for other, _ in made_all
                    ):
                        continue
                    quote, attr = self.unnamed_antecedent(quote, attr, para_last or last_attr)
                    quotes.append(quote)
                    # ('“A,” said Ruta, a widow who asked that her name not be used. “B.”': what the
                    # description of the speaker reports does not take the speaker's place for "B")
                    cue_tok = cue_at.get(attr.cue_start or -1)
                    described = cue_tok is not None and para_last is not None and para_last.speaker is not None \
                        and any(a.dep_ == "relcl" for a in [cue_tok, *cue_tok.ancestors])
                    if para_last is None or attr.position >= para_last.position and not described:
                        para_last = attr
            # "X said:" at the end of a paragraph introduces the next one
            if segments and self.text[p_start:p_end].rstrip().endswith(":"):
                s_start, s_end = segments[-1]
                tail = [c for c in find_cues(self.index, s_start, s_end) if not any(q.cue_start == c.idx for q in quotes)]
                if tail and (para_last is None or (para_last.cue_start or -1) < s_start):
                    lead_in = self.attribution_for(tail[-1], s_start, s_end)
                    if lead_in.speaker is None:
                        lead_in = None
                    else:
                        para_last = lead_in
            awaiting = self.awaiting_speaker(quotes, p_start, p_end)
            if para_last is None and not para_quotes:
                # "In a statement, the council extended its condolences ..." then the statement's words
                para_last = self.statement_lead(segments)
            # a paragraph of narration with no attribution ends a carried-over speaker, unless it
            # only tells what happened (no one reports, no one is named) between two quotes of one
            # speaker: "“…,” Roe said. / One was killed at once. / “We suffered two dead.”"
            if para_last is None and last_attr is not None and not gap and not para_quotes \
                    and self.plain_narration(p_start, p_end, segments):
                gap = True
                continue
            gap = False
            last_attr = para_last
        quotes = self.headline_person(_pronouns_after_names(quotes, self.text))
        return _dedupe(_cited_by_outlet(quotes, self.text))

    def narrated_by(self, prev: Attribution | None, start: int, end: int) -> bool:
        """Whether the words before a quote in its paragraph tell of the previous speaker: one
        sentence whose subject is their pronoun or their name, and no one reporting."""
        if prev is None or prev.speaker is None or not prev.speaker.name or not self.speakers.is_person_name(prev.speaker.name):
            return False
        tokens = self.index.tokens_in(start, end)
        if not tokens or any(t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" for t in tokens):
            return False
        subj = next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.sent.start != tokens[0].sent.start:
            return False
        if subj.lower_ in ("he", "she"):
            return self.speakers.resolve_pronoun(subj.idx, subj.lower_) == prev.speaker.name
        return subj.pos_ == "PROPN" and subj.text in prev.speaker.name.split()

    def awaiting_speaker(self, quotes: list[Quote], p_start: int, p_end: int) -> int | None:
        """The quote that closes a paragraph on a comma with no cue of its own in it: '"…,"' then
        "said Maj. Ivo Roe, a spokesman" opening the next line (a page that broke the line there)."""
        if not quotes:
            return None
        last = quotes[-1]
        if last.kind != "direct" or not p_start <= last.start < p_end or p_start <= (last.cue_start or -1) < p_end:
            return None
        tail = self.text[last.end : p_end].strip()
        if not re.fullmatch(r",\s*[\"”’']|[\"”’']\s*,", tail):
            return None
        return len(quotes) - 1

    def opening_cue(self, p_start: int, p_end: int) -> Attribution | None:
        """The attribution a paragraph opens with: "said Maj. Ivo Roe, ..." or "Roe said ..."."""
        tokens = self.index.tokens_in(p_start, p_end)
        for t in tokens[:6]:
            if t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" and not self.speakers.in_quote(t):
                segments = sentence_segments(self.text, p_start, p_end, [])
                s_start, s_end = segments[0] if segments else (p_start, p_end)
                attr = self.attribution_for(t, s_start, s_end)
                return attr if attr.speaker is not None and (attr.speaker.name or attr.speaker.text) else None
            if t.is_punct and t.text != ".":
                return None
        return None

    def split_contrasted(self, made: list[tuple[Quote, Attribution]], cues: list["Token"]) -> list[tuple[Quote, Attribution]]:
        """"X said A had risen to 1,900 while officials in Y said B": a second report set against
        the first by "while"/"whereas", with a speaker of its own, is no part of X's words: X's quote
        ends before it and it stands as a quote of its own."""
        by_start = {c.idx: c for c in cues}
        out = list(made)
        for k, (inner, i_attr) in enumerate(made):
            cue = by_start.get(i_attr.cue_start or -1)
            if cue is None or i_attr.speaker is None or i_attr.speaker.text.lower() in _PRONOUNS:
                continue
            mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ in ("while", "whereas")), None)
            subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
            if mark is None or subj is None or mark.i > subj.i:
                continue
            for j, (outer, o_attr) in enumerate(out):
                if j == k or not outer.start < mark.idx < outer.end or not outer.start <= inner.start < outer.end:
                    continue
                end = mark.idx
                while end > outer.start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;"):
                    end -= 1
                if end - outer.start < 10:
                    continue
                out[j] = (dataclasses.replace(outer, id=stable_id("q", self.article.id, outer.start, end), end=end,
                                              text=self.text[outer.start : end]), o_attr)
        return out

    def transcript_turn(self, turn: Attribution | None, p_start: int, p_end: int) -> tuple[list[Quote] | None, Attribution | None]:
        """A transcript's paragraph: a speaker's turn that goes on, or a label inside the line.

        "DES BROWNE: Well, ..." then paragraphs with no label: the same speaker goes on answering,
        until the next label or a heading. "... what is your message? DES BROWNE: Well ...": a
        label the transcript uses, after a question or sentence, starts the next speaker's turn
        inside the paragraph.

        Returns:
            The quotes of the paragraph when it is read here (None: the stage reads it), and the
            speaker whose turn goes on after it.
        """
        text = self.text
        asked = _QUESTION_LABEL_RE.match(text, p_start, p_end)
        if asked is not None and self.asker is not None:
            end = len(text[:p_end].rstrip())
            attr = Attribution(":", asked.end() - 1, asked.end(), self.asker, None, asked.start())
            start = asked.end()
            while start < end and text[start].isspace():
                start += 1
            return [self.make_quote(start, end, "direct", attr, p_start, p_end)], attr
        if speaker_label(self.index, self.speakers, self.label_counts, p_start, p_end) is not None:
            line = speaker_label(self.index, self.speakers, self.label_counts, p_start, p_end)
            assert line is not None
            attr = Attribution(":", line.colon, line.colon + 1, line.speaker, None, line.colon)
            label = text[line.speaker.start or 0 : line.speaker.end or 0]
            if not (label.isupper() or self.label_counts.get(label, 0) >= 2):
                return None, None  # a headline's "Pence: ..." is no turn of a transcript
            return None, attr  # the stage reads the labelled line; its speaker's turn goes on
        para = text[p_start:p_end].rstrip()
        if not para or not para.endswith((".", "?", "!", '"', "”")) or len(re.findall(r"\w+", para)) < 6:
            return None, None  # a heading, a caption, a link: the turn is over
        out: list[Quote] = []
        cut = p_end
        for m in INLINE_LABEL.finditer(text, p_start, p_end):
            who = self.turn_speakers.get(m.group(1))
            if who is None:
                continue
            cut = m.start(1)
            end = len(text[:p_end].rstrip())
            if len(re.findall(r"\w+", text[m.end() : end])) >= 3:
                colon = m.end(1) + text[m.end(1) : m.end()].index(":")
                new_turn = Attribution(":", colon, colon + 1, who, None, colon)
                said = self.make_quote(m.end(), end, "direct", new_turn, p_start, p_end)
            else:
                new_turn, said = None, None
            break
        else:
            new_turn, said = turn, None
        if turn is not None:
            start, end = p_start, cut
            while end > start and (text[end - 1].isspace() or text[end - 1] in DQ_CLOSE + '"'):
                end -= 1
            while start < end and (text[start].isspace() or text[start] in DQ_OPEN + '"'):
                start += 1  # (a transcript quoted whole: each paragraph opens on a quote mark)
            if end > start:
                out.append(self.make_quote(start, end, "direct", turn, p_start, end))
        if said is not None:
            out.append(said)
        return (out or None), new_turn

    def interviewer(self) -> SourceRef | None:
        """The person a transcript's page says put the questions: "(Interview with Jo Roe, KXTV)",
        "Jo Roe interviewed ...", "interviewed by Jo Roe" — a person who is none of the labelled speakers."""
        answering = {(sp.name or "").lower() for sp in self.turn_speakers.values()}
        for m in _INTERVIEWER_RE.finditer(self.text):
            name = m.group("a") or m.group("b")
            if not name:
                continue
            start = m.start("a") if m.group("a") else m.start("b")
            full = self.speakers.fullest_person(name, strict=True)
            if full is None or full.lower() in answering or not self.speakers.is_person_name(full):
                continue
            return SourceRef(entity=None, name=full, text="Q", start=start, end=start + len(name))
        return None

    def cue_quoted(self, q_tokens: list["Token"]) -> "Token | None":
        """The speech verb a quoted fragment opens with, when its subject stands outside the quote."""
        first = next((t for t in q_tokens if not (t.is_punct or t.is_space)), None)
        if first is None or first.pos_ != "VERB" or first.tag_ not in ("VBD", "VBZ", "VBP", "VBN") \
                or first.lemma_.lower() not in CUE_LEMMAS:
            return None
        subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= first.i or self.speakers.in_quote(subj):
            return None
        return first

    def statement_lead(self, segments: Sequence[tuple[int, int]]) -> Attribution | None:
        """The body or person that "In a statement, X ..." names, when the paragraph says no more."""
        for s_start, s_end in segments:
            for t in self.index.tokens_in(s_start, s_end):
                if t.lemma_.lower() != "statement" or t.dep_ != "pobj" or t.head.lower_ != "in":
                    continue
                verb = t.head.head
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is None or self.speakers.in_quote(subj):
                    continue
                speaker = self.speakers.speaker_ref(subj, verb, after_dateline(self.text, s_start, s_end), s_end)
                if speaker is None or speaker.text.lower() in ("it", "they", "he", "she", "we") and not speaker.name:
                    continue
                start = t.head.idx
                return Attribution("in a statement", start, t.idx + len(t.text), speaker, None, start)
        return None

    def plain_narration(self, p_start: int, p_end: int, segments: Sequence[tuple[int, int]]) -> bool:
        """A paragraph that only tells what happened: full sentences, no one reporting, no one named."""
        if not self.text[p_start:p_end].rstrip().endswith((".", "!", "?")):
            return False  # a heading, a caption or a link
        if any(find_cues(self.index, s_start, s_end) for s_start, s_end in segments):
            return False
        return not any(e.label_ in ("PERSON", "ORG") and p_start <= e.start_char < p_end and not _in_phrase_of_place(e.root)
                       for e in self.doc.ents)

    def headline_person(self, quotes: list[Quote]) -> list[Quote]:
        """A "he"/"she" that no one before stands for, ahead of any mention of the person the
        headline names: "Minister Roe confirms officer killed" / "“...,” he said." opening the page."""
        title = self.article.title or ""
        if not title:
            return quotes
        title_words = {w.lower() for w in re.findall(r"[\w'’-]+", title)}
        named = [p for p in self.speakers.persons
                 if p.name.split() and p.name.split()[-1].lower() in title_words and len(p.name.split()[-1]) > 2]
        if len(named) != 1 or not named[0].positions:
            return quotes
        person = named[0]
        first = min(person.positions)
        out = []
        for q in quotes:
            sp = q.speaker
            if sp is not None and not sp.name and sp.text.lower() in ("he", "she") and sp.start is not None \
                    and sp.start < first and not any(p.positions and min(p.positions) < sp.start for p in self.speakers.persons):
                q = dataclasses.replace(q, speaker=SourceRef(entity=None, name=person.name, text=sp.text, start=sp.start, end=sp.end))
            out.append(q)
        return out

    def unnamed_antecedent(self, quote: Quote, attr: Attribution, before: Attribution | None) -> tuple[Quote, Attribution]:
        """"“We lost four soldiers,” an officer said. ... Several were injured, he said.": a "he"/"she"
        that no named person before can stand for is the unnamed person who spoke just before."""
        sp = attr.speaker
        if sp is None or sp.text.lower() not in ("he", "she") or before is None or before.speaker is None:
            return quote, attr
        prev = before.speaker
        if prev.name or not prev.text or prev.start is None or prev.start >= (sp.start or 0):
            return quote, attr
        if sp.name:
            # "Gen. Roe said ... A senior official told CNN that ... He said ...": the unnamed person
            # who spoke after the named one is the nearer referent
            named_at = [pos for pos, who in self.speakers.events if who == sp.name and pos < (sp.start or 0)]
            if not named_at or max(named_at) >= prev.start:
                return quote, attr
        words = [w.lower() for w in re.findall(r"[\w'’-]+", prev.text)]
        if not words or words[0] not in ("a", "an", "the", "one", "this", "that", "another") \
                and not (len(words) > 1 and re.search(r"['’]s$", words[0])):  # ("Varo's wife")
            return quote, attr
        head = next((w for w in words[1:] if w in PERSON_NOUNS), None)
        if head is None or any(w in ("of", "for", "with", "in", "from") for w in words[1 : words.index(head)]):
            return quote, attr  # ("the head of the agency's officers": no person word heads the phrase)
        if sp.text.lower() == "she" and any(w in MALE_WORDS for w in words) \
                or sp.text.lower() == "he" and any(w in FEMALE_WORDS for w in words):
            return quote, attr
        return dataclasses.replace(quote, speaker=prev), dataclasses.replace(attr, speaker=prev)

    def _names_only(self, quote: Quote) -> bool:
        """An indirect quote with nothing said: a bare "this information" that a passive report
        credits ("This information is also reported by X") — no verb, so no content."""
        tokens = list(self.index.tokens_in(quote.start, quote.end))
        if any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return False
        # ("..., citing foreign media" is kept: an attribution in PolNeAR's sense)
        # "This information is also reported by X": a demonstrative for what was said before
        # ("these details", "the same figures", "such claims")
        lead = " ".join(t.lower_ for t in tokens[:-1])
        return 1 < len(tokens) <= 3 and lead in ("this", "that", "these", "those", "the same", "such", "this same") \
            and tokens[-1].lemma_.lower() in ("information", "news", "report", "data", "figure", "claim", "detail", "account",
                                              "finding", "number", "fact")

    def make_quote(self, start: int, end: int, kind: str, attr: Attribution, s_start: int, s_end: int) -> Quote:
        """The ``Quote`` record of content ``text[start:end]`` with its attribution and sentence."""
        return Quote(
            id=stable_id("q", self.article.id, start, end),
            article=self.article.id,
            start=start,
            end=end,
            text=self.text[start:end],
            kind=kind,
            speaker=attr.speaker,
            cue=attr.cue,
            date=attr.date,
            cue_start=attr.cue_start,
            cue_end=attr.cue_end,
            sentence_start=s_start,
            sentence_end=s_end,
        )

    def reattribute(self, quote: Quote, attr: Attribution) -> Quote:
        """The quote with the cue, speaker and date of ``attr`` (a multi-paragraph quote's)."""
        return dataclasses.replace(
            quote, speaker=attr.speaker, cue=attr.cue, cue_start=attr.cue_start, cue_end=attr.cue_end, date=attr.date
        )

    def forward_attribution(self, q: QSpan, following: tuple[int, int] | None) -> Attribution | None:
        """The speaker of the sentence after a quote that opens a paragraph with no cue.

        "“The water came in minutes.” Lindqvist, who leads the service, said the sirens had
        failed.": the next sentence opens with a named person who reports something, and the
        quote is theirs. Only a full sentence in quotes, and only a name (no pronoun, no role).
        """
        if following is None or q.close < 0 or self.text[q.start : q.end].rstrip()[-1:] not in ".!?":
            return None
        if self.text[q.outer_end : following[0]].strip():
            return None  # something stands between the quote and the next sentence
        s_start, s_end = following
        for cue in find_cues(self.index, s_start, s_end):
            subj = subject_of(cue)
            if subj is None or subj.i >= cue.i or subj.pos_ != "PROPN":
                continue
            if subj.left_edge.idx != s_start:
                continue  # the sentence must open with the speaker
            attr = self.attribution_for(cue, s_start, s_end)
            if attr.speaker is not None and attr.speaker.name and self.speakers.is_person_name(attr.speaker.name):
                return attr
            return None
        return None

    def block_quote(self, attr: Attribution, p_start: int, p_end: int) -> Quote:
        """A whole paragraph introduced by "X said:" at the end of the one before."""
        end = p_end
        while end > p_start and self.text[end - 1].isspace():
            end -= 1
        return self.make_quote(p_start, end, "direct", attr, p_start, end)

    def quote_from_span(
        self,
        q: QSpan,
        s_start: int,
        s_end: int,
        cues: list["Token"],
        para_last: Attribution | None,
        prev_attr: Attribution | None,
        p_start: int,
        following: tuple[int, int] | None = None,
        gap: bool = False,
    ) -> tuple[Quote, Attribution] | None:
        """A direct or partial quote from a quoted span, with its own or a carried-over attribution."""
        if q.end - q.start < 2:
            return None
        q_tokens = [t for t in self.index.tokens_in(q.start, q.end)]
        if not q_tokens:
            return None
        clause = is_clause(q_tokens, self.text[q.start : q.end])
        cue = choose_cue(q, q_tokens, cues, partial=not clause)
        kind = "direct" if clause and q.double else "partial"
        words = len(re.findall(r"\w+", self.text[q.start : q.end]))
        attr: Attribution | None = signature(self.index, self.speakers, q)
        credit = colon_credit(self.index, self.speakers, q) if attr is None else None
        if attr is not None:
            kind = "direct" if q.double else "partial"
        elif credit is not None:
            attr = credit  # a headline's quote, direct or partial as it reads
        elif cue is not None:
            attr = self.attribution_for(cue, s_start, s_end)
            if (
                attr.speaker is None
                and para_last is not None
                and para_last.speaker is not None
                and q.close >= 0
                and attr.cue_start is not None
                and 0 <= attr.cue_start - q.close <= 12
            ):
                # "“…,”he said" glued by the page: the verb right after the quote has lost its
                # subject; the paragraph's speaker goes on
                attr = dataclasses.replace(attr, speaker=para_last.speaker)
            elif (
                _is_outlet(attr.speaker)
                and cue.lemma_.lower() in ("report", "write")
                and q.close >= 0
                and (attr.cue_start or -1) > q.close
                and para_last is not None
                and para_last.speaker is not None
                and para_last.speaker.name
                and self.speakers.is_person_name(para_last.speaker.name)
            ):
                # '"…,” Roe said. “…”, reports The Guardian': the outlet relays the paragraph's speaker
                attr = dataclasses.replace(attr, speaker=para_last.speaker)
        elif (lead := colon_lead(self.index, self.speakers, q)) is not None:
            attr = credit = lead
        elif kind == "direct":
            opens_paragraph = not self.text[p_start : q.open].strip()
            forward = self.forward_attribution(q, following) if opens_paragraph and para_last is None else None
            if para_last is not None:
                attr = para_last
            elif forward is not None:
                attr = forward
            elif opens_paragraph and prev_attr is not None and (
                    not gap or _FIRST_PERSON.search(self.text[q.start : q.end])
                    or clause and words >= 6 and prev_attr.position in self.direct_at):
                # (after a paragraph of narration, only words in the first person, someone must speak
                # them, or a full sentence after a quote of the speaker's own: "“…,” said X. / A man
                # guards his shop. / “The roads are gone.”")
                attr = prev_attr
            elif not opens_paragraph and not gap and (words >= 6 or q.close < 0) and self.narrated_by(prev_attr, p_start, q.open):
                # "Roe said she saw houses fall. / She travelled to Velm to beg for aid. “Some are alive ...”":
                # the speaker of the paragraph before is the one the narration before the quote is about
                attr = prev_attr
            elif words < 6 and q.close >= 0:
                return None  # a title or slogan in quotes, not attributed (a quote left open runs on)
        elif (inner := self.cue_quoted(q_tokens)) is not None:
            # 'The council "condemned in the strongest terms" the ambush': the quoted words hold the cue itself
            attr = self.attribution_for(inner, s_start, s_end)
            if attr.speaker is None:
                return None
        else:
            return None  # scare quotes / titles: kept only when attributed
        if kind == "partial" and not q.double and words < 2:
            return None  # a single word in single quotes is a scare quote
        if kind == "partial" and words < 2 and q.close >= 0 and self.text[q.start : q.start + 1].isupper() \
                and re.match(r"[ \t]?[A-Z][a-z]", self.text[q.close + 1 : q.close + 4]):
            return None  # a quoted word inside a name ('the "Storm" Corps', '"Red" Army')
        if kind == "partial" and credit is None and is_title(self.text[q.start : q.end]):
            return None  # a quoted name ("the “Comprehensive Strategic Partnership” treaty")
        if kind == "partial" and words <= 2 and credit is None and attr is not None and self._set_off_term(q_tokens) \
                and self._thing_speaks(attr.speaker):
            return None  # 'the toll underscores the cost of the troop "surge"': a term set off, no one's words
        if attr is None:
            attr = Attribution(None, None, None, None, None, q.open)
        quote = self.make_quote(q.start, q.end, kind, attr, s_start, s_end)
        return quote, Attribution(attr.cue, attr.cue_start, attr.cue_end, attr.speaker, attr.date, q.start)

    def _set_off_term(self, q_tokens: list["Token"]) -> bool:
        """Whether quoted words are a term inside a noun phrase that opens before the quote mark
        ("the high cost of the army's "surge", begun ..."), not words that a cue reports."""
        inside = {t.i for t in q_tokens}
        roots = [t for t in q_tokens if t.head.i not in inside or t.head is t]
        if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") \
                and not (roots[0].pos_ == "ADJ" and roots[0].dep_ in ("pobj", "nsubj", "nsubjpass")):
            return False  # (a noun the tagger read as an adjective: 'the new "offensive" launched')
        root = roots[0]
        if root.head.lemma_.lower() in CUE_LEMMAS or root.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "appos"):
            return False  # ('called the raid a "massacre"', 'claimed "victory"')
        return any(c.i not in inside and c.i < root.i and c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod")
                   for c in root.children)

    def _thing_speaks(self, speaker: SourceRef | None) -> bool:
        """Whether a cue's subject is a thing that can say nothing: no name, no pronoun, no person,
        body or document word, and a phrase about an amount or change ("the record toll of 852
        soldiers", "the rise in deaths")."""
        if speaker is None or speaker.name or speaker.start is None or speaker.end is None:
            return False
        tokens = self.index.tokens_in(speaker.start, speaker.end)
        heads = [t for t in tokens if not speaker.start <= t.head.idx < speaker.end or t.head is t]
        if len(heads) != 1:
            return False
        head = heads[0]
        if not any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in head.children):
            return False  # ("fellow physicians", "the New York businessman": people, whatever the word)
        return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() not in PERSON_NOUNS \
            and head.lower_ not in ROLE_WORDS and head.lower_ not in ORG_WORDS and head.lemma_.lower() not in ORG_WORDS \
            and head.lemma_.lower() not in SPEECH_NOUNS and head.lemma_.lower() not in _DOCUMENT_WORDS

    def indirect(self, cue: "Token", s_start: int, s_end: int) -> tuple[Quote, Attribution] | None:
        """An indirect quote: the clause a cue reports, when it is not just a direct quote."""
        span = content_clause(self.index, cue, s_start, s_end)
        if span is None:
            return None
        c_start, c_end = span
        content = self.text[c_start:c_end]
        if _ANONYMITY_RE.match(content) or len(content.split()) <= 6 and _ANONYMITY_RE.search(content):
            return None  # "who asked not to be identified": why a source is unnamed, not what they said
        # the content is mostly a direct quote: the direct quote already carries it
        outside_words = [
            m for m in re.finditer(r"\w+", content) if not self.index.quoted[c_start + m.start()]
        ]
        if len(outside_words) < 2 or self.index.quoted[c_start] and self.text[c_start] not in DQ_OPEN + '"':
            return None
        if c_end <= cue.idx and any(
            q.double and q.close >= 0 and c_start <= q.open and q.close < cue.idx
            and not re.search(r"[.;]", self.text[q.close + 1 : cue.idx]) and q.close + 1 >= c_end - 1
            # (a sentence of its own in the marks, not words quoted at the end of the clause: 'due to
            # “very high flood situation,” an official said' reports the clause)
            and self.text[q.start : q.start + 1].isupper()
            and (self.text[:q.open].rstrip()[-1:] in (".", "!", "?", ":") or self.text[q.open - 1 : q.open].isalpha())
            for q in self.index.qspans
        ):
            return None  # "... X said on Saturday that A”B ...,” Y said": Y's words are the quote closing the clause
        if cue.lemma_.lower() in _FORCE_VERBS:
            subj = subject_of(cue)
            if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
                return None  # "Rebels attacked troops and motorists": force, not words (a person's attack may be either)
        attr = self.attribution_for(cue, s_start, s_end)
        if attr.speaker is None:
            return None  # reported speech with no one to attribute it to is not a quote
        sp = attr.speaker
        if sp.start is not None and sp.end is not None and sp.start < c_end and c_start < sp.end:
            return None  # the parse took the content for the speaker
        if attr.speaker.name is None and attr.speaker.text.lower() in ("this", "that", "which"):
            return None  # "this suggests ...": nobody the reader can name
        head = subject_of(cue)
        if attr.speaker.name is None and head is not None and head.lemma_.lower() in _NOT_SPEAKER_HEADS:
            return None  # "death toll expected to rise": a figure or an event, no one reporting
        if attr.speaker.name is None and attr.speaker.text.lower() == "it":
            antecedent = self.speakers.thing_before(cue)
            if antecedent is None:
                return None  # "it expects ...": nobody the reader can name
            if antecedent.ent_type_ == "ORG":
                org = next((e for e in self.doc.ents if e.start <= antecedent.i < e.end), None)
                if org is not None:
                    sp = attr.speaker
                    attr = Attribution(
                        attr.cue, attr.cue_start, attr.cue_end,
                        SourceRef(entity=None, name=strip_name(org.text, person=False), text=sp.text, start=sp.start, end=sp.end),
                        attr.date, attr.position,
                    )
        return self.make_quote(c_start, c_end, "indirect", attr, s_start, s_end), attr

    def attribution_for(self, cue: "Token", s_start: int, s_end: int) -> Attribution:
        """Cue words (with auxiliaries), speaker and date of one cue token."""
        cue_text, cue_start, cue_end = cue_words(self.text, cue)
        subj = subject_of(cue)
        lo = after_dateline(self.text, s_start, s_end)
        if subj is not None and not (lo <= subj.idx < s_end):
            # a heading or dateline parsed into the subject: keep the part inside the sentence
            inside = [t for t in subj.subtree if lo <= t.idx < s_end and t.i < cue.i and t.pos_ in ("NOUN", "PROPN")]
            subj = inside[-1] if inside else None
        speaker = self.speakers.speaker_ref(subj, cue, lo, s_end) if subj is not None else None
        if speaker is not None and speaker.name is None and speaker.text.lower() == "it" and subj is not None:
            # "“...,” it said." after "The UN gave a figure ...": the organisation last named as a subject
            org = self._organisation_subject_before(cue)
            if org is not None:
                speaker = SourceRef(entity=None, name=strip_name(org, person=False), text=speaker.text,
                                    start=speaker.start, end=speaker.end)
            else:
                # "Roe added that the toll may exceed 3,000, it added": a closing "it" after the person
                # named as the speaker of the same sentence
                named = None
                for t in cue.sent:
                    who = subject_of(t) if t.i < cue.i and t.pos_ == "VERB" and t.lemma_.lower() in CUE_LEMMAS \
                        and t.dep_ in ("ROOT", "ccomp", "conj", "parataxis") else None  # (not "When X announced ..., it ...")
                    if who is not None and (who.ent_type_ == "PERSON" or who.pos_ == "PROPN"):
                        named = self.speakers.speaker_ref(who, t, lo, s_end)
                        break
                if named is not None and named.name:
                    speaker = SourceRef(entity=named.entity, name=named.name, text=speaker.text,
                                        start=speaker.start, end=speaker.end)
        owner = noun_source(subj) if subj is not None and subj.lemma_.lower() in SPEECH_NOUNS | {"report"} else None
        if owner is None and subj is not None and subj.lemma_.lower() in SPEECH_NOUNS | {"report"}:
            owner = maker_of_document(subj)  # "according to a statement put on social media by the police"
        if owner is not None and speaker is not None:
            # "a televised statement by the ministry said": the words stay the statement's, the name is its owner's
            named = self.speakers.speaker_ref(owner, cue, lo, s_end)
            if named is not None and named.name:
                speaker = SourceRef(entity=named.entity, name=named.name, text=speaker.text, start=speaker.start, end=speaker.end)
            elif named is not None and speaker.name is None and named.text and named.text.lower() not in ("it", "they"):
                speaker = named  # "a statement by Ruvia's national police service": the body, in its words
        date = date_for(self.index, self.times, cue, s_start, s_end)
        if is_according(cue) or not reported_within(cue):  # "according to X" is the writer's credit, never nested
            self.speakers.spoke(cue_start, speaker)
        self.speakers.stated(cue, speaker)
        return Attribution(cue_text, cue_start, cue_end, speaker, date, cue_start)


    def _organisation_subject_before(self, cue: "Token") -> str | None:
        """The organisation that is the subject of a clause in the two sentences before ``cue``
        (a person subject first means "it" is no organisation of theirs)."""
        doc = self.doc
        sent = cue.sent
        lo = sent.start
        for _ in range(2):
            if lo > 0:
                lo = doc[lo - 1].sent.start
        for t in reversed(doc[lo : cue.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or self.speakers.in_quote(t):
                continue
            if t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "they"):
                return None
            if t.ent_type_ == "ORG":
                ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                return ent.text if ent is not None else None
        return None


# "..., Velkor.Az reports, citing Norland media.": an outlet closing the sentence relays whom it cites
_OUTLET_CITING_RE = re.compile(
    r",\s*((?:[A-Z0-9][\w.&'-]*\s+){0,2}[A-Z0-9][\w.&'-]*)\s+(?:reports|reported|writes|wrote),?\s+"
    r"(?:citing|quoting)\s+([^,.;:\n]{2,60}?)\s*[.\n]")


#: things that report, as a body does: "the report called it ...", "the survey described ..."
_DOCUMENT_WORDS = frozenset("report study survey poll statement document letter memo record records review audit "
                            "investigation inquiry assessment analysis paper article editorial post message "
                            "release communique bulletin data figures footage".split())


#: words for a place whose name follows "of": "the district of Kell", "the town of Marro"
_PLACE_NOUNS = frozenset("city town village district province region county state island coast port capital "
                         "municipality suburb valley area".split())


def _in_phrase_of_place(tok: "Token") -> bool:
    """Whether a name only tells where or when, inside "in ..." or "of ..." (a town the tagger took for
    a body: "his shop in the city of Varno, Kell province"), not someone who could speak."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "pobj" and a.head.lower_ in ("in", "of", "near", "at", "outside", "across"):
            # ("the wife of Ivo Roe" names a person; "the wall in Dunmore" a town the tagger took for one)
            return (tok.ent_type_ != "PERSON" or a.head.lower_ != "of" or a.head.head.lemma_.lower() in _PLACE_NOUNS) \
                and a.head.head.pos_ in ("NOUN", "PROPN", "VERB")
        if a.pos_ == "VERB":
            return False
    return False


def _cited_by_outlet(quotes: list[Quote], text: str) -> list[Quote]:
    """A quote with no named speaker in a sentence closed by "..., X reports, citing Y." is Y's (X
    only relays it); the cited words alone ("Y") are no quote."""
    out: list[Quote] = []
    for q in quotes:
        end = text.find("\n", q.start)
        stop = len(text) if end < 0 else end
        line = text.rfind("\n", 0, q.start) + 1
        cites = [m for m in _OUTLET_CITING_RE.finditer(text, line, stop + 1 if end >= 0 else stop)]
        if q.speaker is None or not q.speaker.name:
            if any(m.start(2) <= q.start and q.end <= m.end(2) + 1 for m in cites):
                continue  # the cited name taken for a quote
        m = next((m for m in cites if m.start() >= q.start), None)
        if m is None or (q.speaker is not None and q.speaker.name):
            out.append(q)
            continue
        if text[q.start : m.start()].count(".") and re.search(r"\.\s", text[q.start : m.start()]):
            out.append(q)  # (another sentence lies between)
            continue
        cited = m.group(2).strip()
        speaker = SourceRef(entity=None, name=cited, text=m.group(2).strip(), start=m.start(2), end=m.start(2) + len(m.group(2).strip()))
        end_q = min(q.end, m.start())
        if end_q <= q.start + 2:
            out.append(q)
            continue
        out.append(dataclasses.replace(q, speaker=speaker, end=end_q, text=text[q.start:end_q]))
    return out


def _reports_to(inner: "Token | None", outer: "Token | None") -> bool:
    """Whether the report ``inner`` is what the cue ``outer`` reports ("Officials said ..., Reuters reported")."""
    return inner is not None and outer is not None and inner.head.i == outer.i and inner.dep_ in ("ccomp", "parataxis")


def _is_outlet(speaker: SourceRef | None) -> bool:
    """Whether a speaker is a news outlet or wire service ("Reuters", "The Guardian")."""
    if speaker is None:
        return False
    return known_outlet(speaker.name or speaker.text) is not None


def _pronouns_after_names(quotes: list[Quote], text: str) -> list[Quote]:
    """A "he"/"she" left unresolved takes the person who spoke just before in the same sentence.

    "The army chief, Ivo Roe, stated that ..., though he warned that they are "brave"": the quote
    marks are read before the sentence's reported speech, so the name is known only afterwards.
    """
    out = list(quotes)
    for k, q in enumerate(out):
        sp = q.speaker
        if sp is None or sp.name or sp.text.lower() not in ("he", "she") or sp.start is None:
            continue
        sentence_start = max(text.rfind(". ", 0, sp.start), text.rfind("\n", 0, sp.start)) + 1
        named = [o for o in out if o.speaker is not None and o.speaker.name and o.speaker.start is not None
                 and sentence_start <= o.speaker.start < sp.start and len(o.speaker.name.split()) >= 2
                 and all(w[:1].isupper() for w in o.speaker.name.split())]
        if named:
            who = max(named, key=lambda o: (o.speaker.start or 0) if o.speaker is not None else 0).speaker
            assert who is not None
            out[k] = dataclasses.replace(q, speaker=SourceRef(entity=who.entity, name=who.name, text=sp.text,
                                                              start=sp.start, end=sp.end))
    return out


def _dedupe(quotes: list[Quote]) -> tuple[Quote, ...]:
    """One quote per span (the attributed one wins), in text order."""
    seen: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        key = (q.start, q.end)
        if key in seen:
            old = seen[key]
            if old.speaker is None and q.speaker is not None:
                seen[key] = q
            continue
        seen[key] = q
    return tuple(sorted(seen.values(), key=lambda q: (q.start, q.end)))
