"""Quotes: direct, partial and indirect quotes with their cue verb, speaker and date.

How it works, in four passes over one article:

1. **Quote marks** are read from the text itself, paragraph by paragraph: curly (“…”) and
   straight ("…") double quotes, with single quotes (‘…’) inside them treated as nested.
   A quote left open at the end of a paragraph is a multi-paragraph quote: it ends there
   and the next paragraph's quote continues it. Single-quoted fragments outside double
   quotes are candidates too (they are kept only when a cue verb governs them).
2. **Segments**: each paragraph is cut into sentences at terminal punctuation *outside*
   quotes, so a quote that spans several sentences stays in one segment.
3. **Cues and speakers**: a speech verb from a small lexicon (said, told, warned, noted,
   added, according to, ...) found outside quotes in the segment, chosen by the dependency
   parse (the verb that governs the quote, else the nearest). Its subject is the speaker
   (``nsubj``; the head noun of a participle; the object of "according to"; the subject of
   the governing verb for "..., adding that"). A quote with no cue of its own takes the
   speaker of the previous quote of the paragraph, or of the previous paragraph's last
   attribution when the paragraph opens with the quote.

   Beyond speech verbs, the same pass reads the other ways news attributes a statement:
   stance verbs whose content is their object ("criticized [the agency for ...]", "cited
   [the report]", "endorsed [the mayor]", "spoke of [...]"), verbs of asking and promising
   with an action ("urged X [to leave]", "agreed [to ...]", "called for [...]"), verbs of
   knowing with a clause ("learned that ..."), a poll or study that "shows"/"finds" something,
   passive reports with their agent ("[the leak] was reported by [the Gazette]"), possessed
   speech nouns ("[Park's] claim [that ...]"), "it" standing for the organisation named just
   before ("It said ..."), and three layouts: a transcript or headline label ("PENCE: ...",
   "Kirby: ..."; only names of people, never "UPDATE:"), a name signed after a quote with a
   dash ("“…” ― Jane Doe"), and a lead-in closing a paragraph ("The governor added:") whose
   next paragraph is what was said. A short attribution after a quote that ends with "?",
   "!" or "." ("“Why?” Delgado asked.") stays in the quote's sentence.
4. **Resolution** of the speaker to a name the article gives: a PERSON name is expanded to
   its fullest form in the article ("Blinken" -> "Antony Blinken"); "he"/"she" take the most
   recent person who spoke or was the main subject; a definite role noun ("the top US
   diplomat", "Ukraine's president") is matched against the roles the article states for
   people ("Secretary of State Antony Blinken", "Vedant Patel, principal deputy
   spokesperson") through a small lexicon of role synonyms, and against roles in
   ``local_entities`` when given. Indefinite or plural sources ("one official") keep
   ``name=None``.

Kinds: ``direct`` (a quoted clause or sentence), ``partial`` (a quoted fragment inside the
reporter's sentence, only when a cue governs it) and ``indirect`` (the clause complement of
a speech verb, e.g. "Blinken said [the US believed that ...]", or the object, action or topic
of the cues above). A ``cue`` is the verb with its auxiliaries and the particle or
preposition that opens the content ("pointed out", "called for"); for layouts it is the
punctuation itself (":" or the dash).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Article, LocalEntity, Quote, SourceRef, TimeExpression, stable_id
from ..settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# --- lexicons ---------------------------------------------------------------------------

#: Verbs of public stance whose content is their object: "criticized [the plan as reckless]",
#: "accused [the firm of fraud]", "cited [the report]", "endorsed [the mayor]". They count only
#: in the active voice, with a subject and an object (so "the attacked convoy" is no report).
_OBJECT_CUES = frozenset(
    """criticize criticise accuse attack blast slam condemn denounce decry lambaste rebuke chide ridicule
    mock praise applaud hail commend blame cite mention reference endorse reject question propose demand
    echo highlight liken dispute challenge point support oppose defend back discuss invoke speak talk""".split()
)
#: Speech verbs that also report a statement through their object alone: "noted [the rule]",
#: "announced [the arrest]", "expressed [concern over ...]".
_OBJECT_SPEECH = frozenset(
    """note announce acknowledge claim report reveal stress declare deny indicate promise detail express
    describe offer confirm reiterate emphasize emphasise admit disclose""".split()
)
#: Verbs of speaking whose content is the topic after a preposition ("spoke of ...").
_TOPIC_CUES = frozenset({"speak", "talk"})
#: Prepositions that carry the rest of an object cue's content ("accused X [of] ...", "blamed X [for] ...").
_OBJECT_PREPS = frozenset({"for", "of", "as", "over", "to"})

#: Cues whose content can be an action asked or promised ("urged X to ...", "called for ...").
_ACTION_CUES = frozenset(
    {"call", "urge", "pledge", "vow", "promise", "threaten", "warn", "demand", "agree", "refuse", "decline", "propose", "encourage", "ask", "tell"}
)

#: Lemmas of verbs that report speech or a public statement.
CUE_LEMMAS: frozenset[str] = frozenset(
    """say tell warn note add stress confirm announce report state claim insist argue explain
    emphasize emphasise acknowledge admit deny assert reiterate suggest write tweet post declare
    comment respond reply ask urge predict caution allege contend maintain indicate reveal
    disclose recall concede assess estimate testify inform promise vow pledge threaten complain
    observe remark mention charge conclude underline underscore signal tout boast lament
    acknowledge agree dismiss describe call show find believe think expect fear hope doubt feel worry""".split()
) | _OBJECT_CUES | _OBJECT_SPEECH | _ACTION_CUES
#: Verbs of knowing and thinking: a report of someone's mind, only with a clause ("learned that ...").
_MIND_CUES = frozenset(
    "learn understand assume wonder hear discover suspect realize realise recognize recognise imagine guess speculate reckon rule".split()
)
#: Verbs of voicing that report words beside a quote or with a clause ("“…,” he continued").
_VOICE_CUES = frozenset("continue joke yell shout scream chant quip muse retort counter".split())
CUE_LEMMAS = CUE_LEMMAS | _MIND_CUES | _VOICE_CUES
#: Cues that need a clause or quote to count (they have other, non-speech uses).
_WEAK_CUES: frozenset[str] = frozenset(
    {"call", "describe", "agree", "dismiss", "post", "signal", "charge", "add", "note", "show", "find", "indicate", "suggest"}
    | {"believe", "think", "expect", "fear", "hope", "doubt", "feel", "worry"}
    | _OBJECT_CUES
    | {"refuse", "decline", "encourage", "offer", "express", "detail"}
    | _MIND_CUES
    | _VOICE_CUES
)
#: Cues that only count with a clause ("a survey found that ..."), never beside a quote alone.
_CLAUSE_ONLY_CUES: frozenset[str] = frozenset(
    {"show", "find", "indicate", "believe", "think", "expect", "fear", "hope", "doubt", "feel", "worry"}
    | _MIND_CUES
)
#: Word forms tagged as nouns by the tagger but used as speech verbs ("with the US warning that").
_CUE_FORMS: frozenset[str] = frozenset(
    {"warning", "saying", "adding", "noting", "stressing", "claiming", "insisting", "arguing", "telling"}
)


_CUE_ADVERBS = frozenset({"also", "later", "previously", "again", "repeatedly", "once", "recently", "publicly", "privately", "often", "never"})

#: How far back (in characters) "he" or "she" may look for the person it refers to.
_PRONOUN_REACH = 2500

_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUNS_OTHER = frozenset({"they", "it", "we", "i", "you", "them", "who", "which", "that"})
_INDEFINITE = frozenset(
    {"a", "an", "one", "two", "three", "four", "several", "some", "many", "another", "other", "few", "any", "multiple"}
)

#: Role synonyms: each canonical role key with the phrases that name it.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign_minister": (
        "secretary of state", "foreign minister", "foreign secretary", "minister of foreign affairs",
        "foreign affairs minister", "diplomat", "top diplomat", "chief diplomat",
    ),
    "defense_minister": (
        "secretary of defense", "secretary of defence", "defense secretary", "defence secretary",
        "defense minister", "defence minister", "minister of defense", "minister of defence", "pentagon chief",
    ),
    "president": ("president",),
    "vice_president": ("vice president", "vice-president"),
    "prime_minister": ("prime minister", "premier"),
    "chancellor": ("chancellor",),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "press secretary", "spokesperson for"),
    "secretary_general": ("secretary general", "secretary-general"),
    "security_adviser": ("national security adviser", "national security advisor"),
    "ambassador": ("ambassador", "envoy"),
    "intelligence_chief": ("intelligence director", "director of national intelligence", "spy chief"),
    "army_chief": ("army chief", "chief of staff", "commander in chief", "commander-in-chief", "general staff"),
    "governor": ("governor",),
    "mayor": ("mayor",),
    "coordinator": ("coordinator",),
    "leader": ("leader", "supreme leader"),
    "king": ("king", "queen", "monarch"),
    "minister": ("minister",),
    "director": ("director",),
    "senator": ("senator",),
    "lawmaker": ("representative", "congressman", "congresswoman", "lawmaker"),
}
#: Role words that are too generic to identify a person on their own.
_GENERIC_ROLES = frozenset({"minister", "director", "leader", "coordinator", "lawmaker"})
#: Titles and occupations written before a name ("Commissioner Rui Santos", "economist Lena Vogt").
_TITLE_WORDS = frozenset(
    """commissioner inspector sheriff judge justice captain capt colonel col major maj lieutenant lt sergeant sgt
    admiral adm commander professor prof dr doctor mr mrs ms miss sir dame lord lady rev reverend father bishop
    pope cardinal prince princess sen rep gov chairman chairwoman chair ceo founder superintendent marshal agent
    detective officer engineer economist analyst banker researcher expert lawyer attorney prosecutor mp mep
    councillor councilor alderman pastor imam rabbi sheikh emir sultan speaker premier""".split()
)

_ROLE_WORDS = frozenset(
    w for phrases in ROLE_SYNONYMS.values() for p in phrases for w in re.split(r"[\s-]+", p)
) | {"deputy", "principal", "general", "chief", "secretary", "top", "senior", "former", "acting", "press", "official"} | _TITLE_WORDS

_COUNTRY_ALIASES: dict[str, str] = {
    "us": "us", "u.s": "us", "u.s.": "us", "usa": "us", "america": "us", "american": "us", "united states": "us",
    "washington": "us", "uk": "uk", "u.k": "uk", "u.k.": "uk", "britain": "uk", "british": "uk",
    "united kingdom": "uk", "london": "uk",
}

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen sen rep gov lt col sgt st jan feb mar apr aug sep sept oct nov dec no vs etc inc corp jr sr prof maj capt adm cmdr rev fig".split()
)

#: "PENCE: ..." / "Kirby: ..." at the start of a line (an opening quote mark may come first).
_LABEL = re.compile(r"[\"“]?\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
#: Words that open a line with a colon but name no speaker ("UPDATE: ...", "Photo: ...").
_NOT_SPEAKER_LABELS = frozenset(
    """update updated note editor's note editors note breaking correction clarification watch read related photo
    photos video source sources credit warning disclaimer advertisement live poll analysis opinion exclusive""".split()
)
#: Transcript labels that name a role, not a person.
_TRANSCRIPT_ROLES = frozenset("host moderator anchor interviewer reporter audience q a question answer".split())
#: “…” ― Jane Doe: a dash and a short name closing the line after a quote.
_SIGNATURE = re.compile(r"\s*([―—–])\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*\.?\s*$")

_DQ_OPEN = "“«„"
_DQ_CLOSE = "”»"
_SQ_OPEN = "‘"
_SQ_CLOSE = "’"


# --- small records used while working ---------------------------------------------------


@dataclass
class _QSpan:
    """A quoted stretch of text: marks at ``open``/``close`` (close = -1 if left open)."""

    open: int
    close: int
    start: int  # content start (no marks, no spaces)
    end: int
    double: bool = True

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close >= 0 else self.end


@dataclass
class _Attribution:
    """A resolved cue + speaker, reused by quotes that carry it over."""

    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: SourceRef | None
    date: str | None
    position: int


@dataclass
class _Person:
    """A person the article names, with the roles it gives them."""

    name: str
    positions: list[int] = field(default_factory=list)
    roles: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)  # (role keys, countries)
    gender: str | None = None  # "m" | "f", only from the article's own words (Mr., spokeswoman, ...)


# --- entry point -------------------------------------------------------------------------


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
    ctx = _Context(article, doc, time_expressions, local_entities)
    return ctx.run()


class _Context:
    """Everything one article's extraction needs; built once per call (no global state)."""

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
        self.local = list(local_entities)
        self.starts = [t.idx for t in doc]
        self.paragraphs = _paragraphs(self.text)
        self.qspans: list[_QSpan] = []
        for p_start, p_end in self.paragraphs:
            self.qspans.extend(_find_quote_spans(self.text, p_start, p_end))
        self.quoted = _mask(len(self.text), [(q.open, q.outer_end) for q in self.qspans])
        self.person_spans = _person_spans(doc)
        self.persons = _collect_persons(doc, self.local, self.text)
        self.events: list[tuple[int, str]] = _subject_events(doc, self.persons)
        self.label_counts: dict[str, int] = {}
        for p_start, p_end in self.paragraphs:
            m = _LABEL.match(self.text, p_start, p_end)
            if m is not None:
                self.label_counts[m.group(1)] = self.label_counts.get(m.group(1), 0) + 1

    # -- helpers over tokens ----------------------------------------------------------

    def tokens_in(self, start: int, end: int) -> list["Token"]:
        """Tokens whose first character lies in [start, end)."""
        a = bisect.bisect_left(self.starts, start)
        b = bisect.bisect_left(self.starts, end)
        return [self.doc[k] for k in range(a, b)]

    def in_quote(self, tok: "Token") -> bool:
        """Whether a token lies inside quote marks."""
        return bool(self.quoted[tok.idx]) if tok.idx < len(self.quoted) else False

    # -- the passes --------------------------------------------------------------------

    def run(self) -> tuple[Quote, ...]:
        """Walk paragraphs and sentences in order, carrying speakers from quote to quote."""
        quotes: list[Quote] = []
        last_attr: _Attribution | None = None  # last attribution of the previous paragraph(s)
        lead_in: _Attribution | None = None  # "He said:" closing the previous paragraph
        for p_start, p_end in self.paragraphs:
            para_quotes = [q for q in self.qspans if p_start <= q.open < p_end]
            segments = _segments(self.text, p_start, p_end, para_quotes)
            para_last: _Attribution | None = None
            if lead_in is not None and not para_quotes and self.text[p_start:p_end].strip():
                # "The governor added:" then a paragraph of what was said, without quote marks
                quotes.append(self.block_quote(lead_in, p_start, p_end))
                last_attr = None
                lead_in = None
                continue
            lead_in = None
            label = self.speaker_label(p_start, p_end)
            if label is not None:
                quote, para_last = label
                quotes.append(quote)
                # a quote mark opening the labelled line belongs to the line, not a quote of its own
                para_quotes = [q for q in para_quotes if q.open >= (para_last.cue_start or p_start)]
            for s_start, s_end in segments:
                seg_quotes = [q for q in para_quotes if s_start <= q.open < s_end]
                cues = self.cues_in(s_start, s_end)
                for q in seg_quotes:
                    made = self.quote_from_span(q, s_start, s_end, cues, para_last, last_attr, p_start)
                    if made is None:
                        continue
                    quote, attr = made
                    quotes.append(quote)
                    para_last = attr
                # indirect speech and "according to"
                made_all = [m for m in (self.indirect(cue, s_start, s_end) for cue in cues) if m is not None]
                for quote, attr in made_all:
                    # a report nested in another's content ("said the US believed that ...") is
                    # part of that content, not a quote of its own
                    if not (attr.cue or "").lower().startswith("according") and any(
                        other is not quote and other.start <= (attr.cue_start or 0) < other.end
                        for other, _ in made_all
                    ):
                        continue
                    quotes.append(quote)
                    para_last = attr if para_last is None or attr.position >= para_last.position else para_last
            # "X said:" at the end of a paragraph introduces the next one
            if segments and self.text[p_start:p_end].rstrip().endswith(":"):
                s_start, s_end = segments[-1]
                tail = [c for c in self.cues_in(s_start, s_end) if not any(q.cue_start == c.idx for q in quotes)]
                if tail and (para_last is None or (para_last.cue_start or -1) < s_start):
                    lead_in = self.attribution_for(tail[-1], s_start, s_end)
                    if lead_in.speaker is None:
                        lead_in = None
                    else:
                        para_last = lead_in
            # a paragraph of narration with no attribution ends a carried-over speaker
            last_attr = para_last
        return _dedupe(quotes)

    def speaker_label(self, p_start: int, p_end: int) -> tuple[Quote, _Attribution] | None:
        """A line that opens with a person's name and a colon: "PENCE: Well, look, ...".

        Interview transcripts and headlines ("Kirby: Troops are in Kursk") attribute the rest
        of the line to the named person. The name must be a person the article names (a
        PERSON name, or in capitals the surname of one), so "UPDATE:" or "Poll:" are no speakers.
        """
        m = _LABEL.match(self.text, p_start, p_end)
        if m is None:
            return None
        n_start, n_end = m.start(1), m.end(1)
        c_start = m.end()
        c_end = p_end
        while c_end > c_start and (self.text[c_end - 1].isspace() or self.text[c_end - 1] in _DQ_CLOSE + '"'):
            c_end -= 1
        if len(re.findall(r"\w+", self.text[c_start:c_end])) < 3:
            return None
        label = self.text[n_start:n_end]
        toks = self.tokens_in(n_start, n_end)
        name: str | None = None
        if label.lower() in _NOT_SPEAKER_LABELS:
            return None
        if toks and any(e.start <= toks[-1].i < e.end for e in self.person_spans):
            name = self.fullest_person(_strip_name(label))
        elif label.isupper() and len(label) > 2:
            name = self.fullest_person(label.title(), strict=True)
            if name is None and self.label_counts.get(label, 0) >= 2:
                # a transcript: the same speaker label opens several lines; a role ("HOST",
                # "MODERATOR") is a speaker the reader can't name
                if label.lower() in _TRANSCRIPT_ROLES or label.lower() in _ROLE_WORDS:
                    speaker = SourceRef(entity=None, name=None, text=label, start=n_start, end=n_end)
                    return self._label_quote(speaker, m, p_start, p_end, c_start, c_end)
                name = label.title()
            if name is not None and name.isupper():
                name = name.title()
        elif _looks_like_person(toks):
            name = self.fullest_person(_strip_name(label), strict=True)
        if name is None:
            return None
        speaker = SourceRef(entity=None, name=name, text=label, start=n_start, end=n_end)
        return self._label_quote(speaker, m, p_start, p_end, c_start, c_end)

    def _label_quote(
        self, speaker: SourceRef, m: "re.Match[str]", p_start: int, p_end: int, c_start: int, c_end: int
    ) -> tuple[Quote, _Attribution]:
        """The quote and attribution of a "NAME: ..." line."""
        colon = m.end(1) + self.text[m.end(1) : m.end()].index(":")
        attr = _Attribution(":", colon, colon + 1, speaker, None, colon)
        return self.make_quote(c_start, c_end, "direct", attr, p_start, p_end), attr

    def make_quote(self, start: int, end: int, kind: str, attr: _Attribution, s_start: int, s_end: int) -> Quote:
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

    def block_quote(self, attr: _Attribution, p_start: int, p_end: int) -> Quote:
        """A whole paragraph introduced by "X said:" at the end of the one before."""
        end = p_end
        while end > p_start and self.text[end - 1].isspace():
            end -= 1
        return self.make_quote(p_start, end, "direct", attr, p_start, end)

    def thing_before(self, cue: "Token") -> "Token | None":
        """What "it" most likely stands for: the last singular non-person subject in the two
        sentences before the cue ("The lawsuit ... It says ..."), else None."""
        sent = cue.sent
        lo = sent.start
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if prev is not None:
            lo = prev.start
            if prev.start > 0:
                lo = self.doc[prev.start - 1].sent.start
        for t in reversed(self.doc[lo : cue.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP"):
                if t.ent_type_ == "PERSON" or self.in_quote(t):
                    return None
                return t
        return None

    def signature(self, q: _QSpan) -> _Attribution | None:
        """A name signed after a quote with a dash: “…” ― Jane Doe (reader voices, pull quotes)."""
        if q.close < 0:
            return None
        line_end = self.text.find("\n", q.close)
        line_end = len(self.text) if line_end < 0 else line_end
        m = _SIGNATURE.match(self.text, q.close + 1, line_end)
        if m is None:
            return None
        n_start, n_end = m.start(2), m.end(2)
        toks = self.tokens_in(n_start, n_end)
        if not toks or not all(t.text[:1].isupper() or t.is_punct for t in toks):
            return None
        if self.text[n_end - 1] == "." and n_end - n_start > 3 and self.text[n_end - 3] != " ":
            n_end -= 1  # the full stop after the name, not an initial ("Edwin G. Monroy")
        toks = self.tokens_in(n_start, n_end)
        label = self.text[n_start:n_end]
        if not _looks_like_person([t for t in toks if not t.is_punct]):
            return None
        name = self.fullest_person(_strip_name(label))
        speaker = SourceRef(entity=None, name=name, text=label, start=n_start, end=n_end)
        dash = m.start(1)
        return _Attribution(self.text[dash], dash, dash + 1, speaker, None, dash)

    def cues_in(self, s_start: int, s_end: int) -> list["Token"]:
        """Speech-verb tokens of a segment that lie outside quotes."""
        out: list[Token] = []
        for tok in self.tokens_in(s_start, s_end):
            if self.in_quote(tok):
                continue
            if _is_according(tok) or _speech_noun_clause(tok) is not None:
                out.append(tok)
                continue
            lemma = tok.lemma_.lower()
            if lemma not in CUE_LEMMAS and tok.lower_ not in _CUE_FORMS:
                continue
            if tok.pos_ not in ("VERB", "AUX") and tok.lower_ not in _CUE_FORMS:
                continue
            # participles used as modifiers ("Asked if ...", "the report posted") are not cues
            if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl", "amod", "relcl") and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children
            ):
                continue
            if any(a.lemma_.lower() == "ask" and a.tag_ == "VBN" and a.dep_ in ("advcl", "acl") for a in [tok, *tok.ancestors]):
                continue  # inside "Asked if he believed ...": a question put to someone, not a report
            if lemma in _VOICE_CUES and any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
                continue  # "continues to be", "shouted orders": not a voice framing a quote
            if (
                lemma in _WEAK_CUES
                and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
                and not (lemma in _ACTION_CUES and _action_content(tok) is not None)
                and not (lemma in ("call", "describe") and _naming_content(tok) is not None)
                and not (lemma in _OBJECT_CUES | _OBJECT_SPEECH and _object_content(tok) is not None)
                and not (lemma not in _CLAUSE_ONLY_CUES and _passive_report(tok) is not None)
                and not (lemma in _EVIDENCE_CUES and _evidence_subject(tok) and _object_content(tok) is not None)
            ):
                # weak cues only count with a clause, or right beside a quote
                if lemma in _CLAUSE_ONLY_CUES or not self._beside_quote(tok):
                    continue
            out.append(tok)
        return out

    def _beside_quote(self, tok: "Token") -> bool:
        window_l = self.text[max(0, tok.idx - 40) : tok.idx]
        window_r = self.text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 40]
        return bool(re.search(r"[”\"],?\s*(\w+\s+){0,5}$", window_l)) or bool(re.match(r"[\s\w,]{0,30}[:,]?\s*[“\"]", window_r))

    # -- direct and partial quotes -------------------------------------------------------

    def quote_from_span(
        self,
        q: _QSpan,
        s_start: int,
        s_end: int,
        cues: list["Token"],
        para_last: _Attribution | None,
        prev_attr: _Attribution | None,
        p_start: int,
    ) -> tuple[Quote, _Attribution] | None:
        """A direct or partial quote from a quoted span, with its own or a carried-over attribution."""
        if q.end - q.start < 2:
            return None
        q_tokens = [t for t in self.tokens_in(q.start, q.end)]
        if not q_tokens:
            return None
        clause = _is_clause(q_tokens, self.text[q.start : q.end])
        cue = self.choose_cue(q, q_tokens, cues, partial=not clause)
        kind = "direct" if clause and q.double else "partial"
        words = len(re.findall(r"\w+", self.text[q.start : q.end]))
        attr: _Attribution | None = self.signature(q)
        if attr is not None:
            kind = "direct" if q.double else "partial"
        elif cue is not None:
            attr = self.attribution_for(cue, s_start, s_end)
        elif kind == "direct":
            opens_paragraph = not self.text[p_start : q.open].strip()
            if para_last is not None:
                attr = para_last
            elif opens_paragraph and prev_attr is not None:
                attr = prev_attr
            elif words < 6:
                return None  # a title or slogan in quotes, not attributed
        else:
            return None  # scare quotes / titles: kept only when attributed
        if kind == "partial" and not q.double and words < 2:
            return None  # a single word in single quotes is a scare quote
        if kind == "partial" and _is_title(self.text[q.start : q.end]):
            return None  # a quoted name ("the “Comprehensive Strategic Partnership” treaty")
        if attr is None:
            attr = _Attribution(None, None, None, None, None, q.open)
        quote = self.make_quote(q.start, q.end, kind, attr, s_start, s_end)
        return quote, _Attribution(attr.cue, attr.cue_start, attr.cue_end, attr.speaker, attr.date, q.start)

    def choose_cue(self, q: _QSpan, q_tokens: list["Token"], cues: list["Token"], *, partial: bool) -> "Token | None":
        """The cue that governs the quote, else (for full quotes) the nearest one."""
        if not cues:
            return None
        q_set = {t.i for t in q_tokens}
        governing = []
        for cue in cues:
            if any(cue in t.ancestors for t in q_tokens):
                governing.append(cue)
            elif cue.dep_ == "parataxis" and any(cue.head == t or cue.head in t.ancestors for t in q_tokens):
                governing.append(cue)
            elif cue.head.i in q_set and cue.dep_ in ("parataxis", "advcl", "conj", "ccomp"):
                governing.append(cue)  # "“A,” he said" parsed with the quote as the head
        pool = governing
        if not pool:
            if partial:
                return None
            pool = cues
        return min(pool, key=lambda c: _distance(c.idx, q.open, q.outer_end))

    # -- indirect speech ------------------------------------------------------------------

    def indirect(self, cue: "Token", s_start: int, s_end: int) -> tuple[Quote, _Attribution] | None:
        """An indirect quote: the clause a cue reports, when it is not just a direct quote."""
        span = self.content_clause(cue, s_start, s_end)
        if span is None:
            return None
        c_start, c_end = span
        content = self.text[c_start:c_end]
        # the content is mostly a direct quote: the direct quote already carries it
        outside_words = [
            m for m in re.finditer(r"\w+", content) if not self.quoted[c_start + m.start()]
        ]
        if len(outside_words) < 2 or self.quoted[c_start] and self.text[c_start] not in _DQ_OPEN + '"':
            return None
        attr = self.attribution_for(cue, s_start, s_end)
        if attr.speaker is None:
            return None  # reported speech with no one to attribute it to is not a quote
        sp = attr.speaker
        if sp.start is not None and sp.end is not None and sp.start < c_end and c_start < sp.end:
            return None  # the parse took the content for the speaker
        if attr.speaker.name is None and attr.speaker.text.lower() in ("this", "that", "which"):
            return None  # "this suggests ...": nobody the reader can name
        if attr.speaker.name is None and attr.speaker.text.lower() == "it":
            antecedent = self.thing_before(cue)
            if antecedent is None:
                return None  # "it expects ...": nobody the reader can name
            if antecedent.ent_type_ == "ORG":
                org = next((e for e in self.doc.ents if e.start <= antecedent.i < e.end), None)
                if org is not None:
                    sp = attr.speaker
                    attr = _Attribution(
                        attr.cue, attr.cue_start, attr.cue_end,
                        SourceRef(entity=None, name=_strip_name(org.text), text=sp.text, start=sp.start, end=sp.end),
                        attr.date, attr.position,
                    )
        return self.make_quote(c_start, c_end, "indirect", attr, s_start, s_end), attr

    def content_clause(self, cue: "Token", s_start: int, s_end: int) -> tuple[int, int] | None:
        """Character span of the clause a cue reports, within its segment."""
        tokens: list[Token]
        object_cue = False
        if _is_according(cue):
            head = cue.head
            excluded = {t.i for t in cue.subtree}
            tokens = [t for t in head.subtree if t.i not in excluded]
            # keep the side of "according to X" with the clause
            before = [t for t in tokens if t.i < cue.i]
            after = [t for t in tokens if t.i > cue.i]
            tokens = before if len(before) >= len(after) else after
        elif _passive_report(cue) is not None and not any(c.dep_ == "ccomp" for c in cue.children):
            tokens = list(_passive_report(cue)[0].subtree)  # type: ignore[index]
            object_cue = True
        elif _speech_noun_clause(cue) is not None:
            tokens = list((_speech_noun_clause(cue) or cue).subtree)
        else:
            comps = [c for c in cue.children if c.dep_ == "ccomp"]
            if comps:
                tokens = list(comps[0].subtree)
                if len(comps) > 1:
                    tokens = [t for c in comps for t in c.subtree]
            elif cue.lemma_.lower() in ("call", "describe", "label", "brand") and _naming_content(cue) is not None:
                tokens = _naming_content(cue) or []
            elif cue.lemma_.lower() in _ACTION_CUES and _action_content(cue) is not None:
                tokens = _action_content(cue) or []
            elif cue.lemma_.lower() in _OBJECT_CUES | _OBJECT_SPEECH | _EVIDENCE_CUES and _object_content(cue) is not None:
                tokens = _object_content(cue) or []
                object_cue = True
            elif cue.dep_ in ("parataxis",) or (cue.dep_ == "ccomp" and cue.i > cue.head.i and cue.head.pos_ in ("VERB", "AUX")):
                excluded = {t.i for t in cue.subtree}
                tokens = [t for t in cue.head.subtree if t.i not in excluded]
                if cue.dep_ == "ccomp":
                    return None  # a complement of another verb, not an inverted report
            else:
                return None
        tokens = [t for t in tokens if s_start <= t.idx < s_end]
        if not tokens:
            return None
        tokens.sort(key=lambda t: t.i)
        # the longest contiguous run
        runs: list[list[Token]] = [[tokens[0]]]
        for t in tokens[1:]:
            if t.i == runs[-1][-1].i + 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        run = max(runs, key=len)
        if run[0].i > cue.i and not _is_according(cue) and not object_cue:
            # "X said that A, but B": a reported clause runs on to the end of the sentence,
            # unless a semicolon, a dash or another speech verb starts something else
            k = run[-1].i + 1
            doc = cue.doc
            extra: list[Token] = []
            while k < len(doc) and doc[k].idx < s_end:
                t = doc[k]
                if t.text in (";", "—", "–", "--") or (
                    t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" and not self.in_quote(t)
                ):
                    extra = []  # something else starts: keep the clause as parsed
                    break
                extra.append(t)
                k += 1
            run = run + extra
        while run and (run[0].is_punct or run[0].is_space) and run[0].text not in _DQ_OPEN + '"':
            run = run[1:]
        while run and (run[-1].is_punct or run[-1].is_space) and run[-1].text not in _DQ_CLOSE + '"':
            run = run[:-1]
        if len(run) < (1 if object_cue else 3):
            return None
        return run[0].idx, run[-1].idx + len(run[-1].text)

    # -- speakers -------------------------------------------------------------------------

    def attribution_for(self, cue: "Token", s_start: int, s_end: int) -> _Attribution:
        """Cue words (with auxiliaries), speaker and date of one cue token."""
        cue_start = cue.idx
        cue_end = cue.idx + len(cue.text)
        cue_text = cue.text
        if _is_according(cue):
            to = next((c for c in cue.children if c.lower_ == "to"), None)
            if to is not None:
                cue_end = to.idx + len(to.text)
                cue_text = self.text[cue_start:cue_end]
        else:
            prt = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
            if prt:  # "pointed out"
                cue_end = prt[0].idx + len(prt[0].text)
            elif cue.lemma_.lower() in _ACTION_CUES | _OBJECT_CUES:
                # the preposition that opens what is asked or pointed to: "called for", "pointed to"
                prep = [
                    c for c in cue.children
                    if c.i == cue.i + 1 and c.dep_ in ("prep", "dative")
                    and c.lower_ in (("for", "to", "on") + (("about", "of", "against") if cue.lemma_.lower() in _TOPIC_CUES else ()))
                ]
                if prep:
                    cue_end = prep[0].idx + len(prep[0].text)
            # auxiliaries, negation and "also" right before the verb: "has also said", "did not deny"
            first = cue.i
            left = {c.i: c for c in cue.children if c.i < cue.i}
            while first - 1 in left and (
                left[first - 1].dep_ in ("aux", "auxpass", "neg") or left[first - 1].lower_ in _CUE_ADVERBS
            ):
                first -= 1
            cue_start = self.doc[first].idx
            cue_text = self.text[cue_start:cue_end]
        subj = _subject_of(cue)
        lo = _after_dateline(self.text, s_start, s_end)
        if subj is not None and not (lo <= subj.idx < s_end):
            # a heading or dateline parsed into the subject: keep the part inside the sentence
            inside = [t for t in subj.subtree if lo <= t.idx < s_end and t.i < cue.i and t.pos_ in ("NOUN", "PROPN")]
            subj = inside[-1] if inside else None
        speaker = self.speaker_ref(subj, cue, lo, s_end) if subj is not None else None
        date = self.date_for(cue, s_start, s_end)
        if speaker is not None and speaker.name and self._is_person_name(speaker.name):
            self.events.append((cue_start, speaker.name))
        return _Attribution(cue_text, cue_start, cue_end, speaker, date, cue_start)

    def _is_person_name(self, name: str) -> bool:
        return any(p.name == name for p in self.persons)

    def speaker_ref(self, head: "Token", cue: "Token", lo: int = 0, hi: int = 10**12) -> SourceRef | None:
        """The SourceRef of a subject token: words used, and a name where the article gives one."""
        if self.in_quote(head):
            return None
        low = head.lower_
        if head.pos_ == "PRON" or low in _PRONOUNS_PERSON or low in _PRONOUNS_OTHER:
            if low in ("who", "that", "which") and head.head.dep_ == "relcl":
                return self.speaker_ref(head.head.head, cue, lo, hi)
            name = self.resolve_pronoun(head.idx, low) if low in _PRONOUNS_PERSON else None
            return SourceRef(entity=None, name=name, text=head.text, start=head.idx, end=head.idx + len(head.text))
        tokens = [t for t in _np_tokens(head) if lo <= t.idx < hi] or [head]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        words = self.text[start:end]
        name = self.name_in(head, tokens)
        if name is None:
            name = self.resolve_nominal(head, tokens)
        return SourceRef(entity=None, name=name, text=words, start=start, end=end)

    def name_in(self, head: "Token", tokens: list["Token"]) -> str | None:
        """A person or organisation name inside the subject phrase (or its apposition)."""
        ids = {t.i for t in tokens}
        appos = [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        appos_ids = {t.i for t in appos}
        person_ents = [
            e
            for e in self.person_spans
            if (e.start <= head.i < e.end) or e.root.i in appos_ids or (e.root.head == head and e.root.dep_ in ("compound", "appos"))
        ]
        if person_ents:
            ent = max(person_ents, key=lambda e: len(e))
            return self.fullest_person(_strip_name(ent.text))
        if head.pos_ == "PROPN" and self.fullest_person(head.text, strict=True):
            return self.fullest_person(head.text)
        # a name the article already gave a person ("Zelenskyy" tagged as an organisation)
        if head.text[:1].isupper() and self.fullest_person(head.text, strict=True):
            return self.fullest_person(head.text)
        # a trailing proper-name run after a role word ("the ministry spokesperson Lin Jian")
        run = [t for t in tokens if t.i <= head.i]
        names: list[Token] = []
        for t in reversed(run):
            if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and t.lower_ not in _ROLE_WORDS and t.ent_type_ not in ("GPE", "NORP"):
                names.insert(0, t)
            else:
                break
        if names and head.pos_ in ("PROPN", "NOUN") and _looks_like_person(names):
            has_role = any(t.lower_ in _ROLE_WORDS for t in run)
            if has_role or len(names) >= 2:
                joined = self.text[names[0].idx : names[-1].idx + len(names[-1].text)]
                full = self.fullest_person(joined)
                if full is not None:
                    self.remember_person(full, names[0].idx)
                return full
        # an organisation, country or outlet as a whole ("CNN", "the Pentagon")
        if head.ent_type_ in ("ORG", "GPE", "NORP"):
            for e in self.doc.ents:
                if e.start <= head.i < e.end and e.label_ in ("ORG", "GPE", "NORP") and any(c.isupper() for c in e.text):
                    return _strip_name(e.text)
        return None

    def fullest_person(self, name: str, *, strict: bool = False) -> str | None:
        """The fullest form of a person's name in the article ("Blinken" -> "Antony Blinken").

        A name matches a person whose name contains all its words; the surname match wins
        over another word ("Cho" -> "Cho Tae-yong" only when no other person fits better).
        """
        words = [w.lower() for w in re.split(r"[\s-]+", name) if w]
        if not words:
            return None if strict else name
        matches: list[tuple[int, int, str]] = []
        for p in self.persons:
            parts = [w.lower() for w in re.split(r"[\s-]+", p.name) if w]
            if all(w in parts for w in words):
                matches.append((0 if parts[-1] == words[-1] else 1, -len(p.name), p.name))
        if not matches:
            return None if strict else name
        matches.sort()
        best = [m for m in matches if m[0] == matches[0][0]]
        if len({m[2] for m in best}) > 1 and len(words) == 1:
            longest = best[0][2]
            if not all(m[2] in longest for m in best):
                return None if strict else name  # two different people share the word
        return best[0][2]

    def remember_person(self, name: str, position: int) -> None:
        """Add a name read from a subject phrase to the people the article knows."""
        key = name.split()[-1].lower()
        for p in self.persons:
            if p.name.split()[-1].lower() == key:
                if len(name) > len(p.name):
                    p.name = name
                p.positions.append(position)
                return
        self.persons.append(_Person(name=name, positions=[position]))

    def resolve_pronoun(self, position: int, pronoun: str = "he") -> str | None:
        """The most recent person who spoke or was the main subject before ``position``.

        A person the article marks as the other gender ("Ms. Ruiz" for "he") is passed over.
        """
        want = "f" if pronoun.lower() in ("she", "her") else "m"
        gender = {p.name: p.gender for p in self.persons}
        earlier = [
            (pos, name)
            for pos, name in self.events
            if position - _PRONOUN_REACH < pos < position and gender.get(name) in (None, want)
        ]
        if not earlier:
            return None
        return max(earlier, key=lambda e: e[0])[1]

    def resolve_nominal(self, head: "Token", tokens: list["Token"]) -> str | None:
        """Match a definite role phrase ("the top US diplomat") to a person with that role."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        first = tokens[0].lower_
        if first in _INDEFINITE or any(t.dep_ == "nummod" for t in tokens):
            return None
        phrase = " ".join(t.lower_ for t in tokens)
        keys = _role_keys(phrase)
        if not keys or keys <= _GENERIC_ROLES:
            return None
        countries = _countries_in(tokens)
        position = head.idx
        candidates: list[tuple[int, int, str]] = []
        for person in self.persons:
            for r_keys, r_countries in person.roles:
                if not (keys & r_keys):
                    continue
                if countries and r_countries and not (countries & r_countries):
                    continue
                shared = keys & r_keys
                if shared <= _GENERIC_ROLES and not (countries and r_countries):
                    continue
                dist = min((abs(position - p) for p in person.positions), default=10**9)
                before = any(p < position for p in person.positions)
                candidates.append((0 if before else 1, dist, person.name))
                break
        if not candidates:
            return None
        names = {c[-1] for c in candidates}
        if len(names) == 1:
            return names.pop()
        candidates.sort()
        return candidates[0][-1]

    # -- dates ------------------------------------------------------------------------------

    def date_for(self, cue: "Token", s_start: int, s_end: int) -> str | None:
        """The value of a time expression attached to the cue ("warned Thursday", "said on Monday")."""
        for te in self.times:
            if not (s_start <= te.start < s_end) or te.value is None:
                continue
            if self.quoted[te.start]:
                continue
            toks = self.tokens_in(te.start, te.end)
            if not toks:
                continue
            ids = {t.i for t in toks}
            root = next((t for t in toks if t.head.i not in ids or t.head == t), toks[0])
            node = root
            for _ in range(5):
                if node == cue:
                    return te.value
                if node.head == node or node.dep_ in ("ccomp", "relcl", "acl") and node.head == cue:
                    break
                node = node.head
            if node == cue:
                return te.value
        return None


# --- text-level helpers --------------------------------------------------------------------


def _after_dateline(text: str, s_start: int, s_end: int) -> int:
    """Where a sentence starts once a dateline ("TAIPEI, Taiwan – ") is set aside."""
    m = re.match(r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,40})?\s*(?:\([^)]{1,30}\))?\s*[–—-]{1,2}\s+", text[s_start:s_end])
    return s_start + m.end() if m else s_start


def _mask(n: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    m = bytearray(n)
    for a, b in spans:
        for k in range(max(0, a), min(n, b)):
            m[k] = 1
    return m


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def _find_quote_spans(text: str, p_start: int, p_end: int) -> list[_QSpan]:
    """Double-quoted stretches of one paragraph, then single-quoted ones outside them."""
    spans: list[_QSpan] = []
    i = p_start
    open_at = -1
    straight = False
    while i < p_end:
        ch = text[i]
        if open_at < 0:
            if ch in _DQ_OPEN:
                open_at, straight = i, False
            elif ch in _DQ_CLOSE and not text[p_start:i].strip() and i + 1 < p_end and not text[i + 1].isspace():
                open_at, straight = i, False  # a closing mark typed for the opening one at a line start
            elif ch == '"' and i + 1 < p_end and not text[i + 1].isspace():
                open_at, straight = i, True
        else:
            mixed_close = (
                not straight
                and ch == '"'
                and not text[i - 1].isspace()
                and not any(c in _DQ_CLOSE for c in text[i:p_end])
            )  # “... closed with a straight mark
            if (not straight and ch in _DQ_CLOSE) or (straight and ch == '"') or mixed_close:
                spans.append(_make_span(text, open_at, i))
                open_at = -1
            elif not straight and ch in _DQ_OPEN:
                # an unclosed quote followed by a new one: close the first just before
                spans.append(_make_span(text, open_at, -1, end_hint=i))
                open_at = i
        i += 1
    if open_at >= 0:
        spans.append(_make_span(text, open_at, -1, end_hint=p_end))
    spans = [s for s in spans if s.end > s.start]
    # single quotes outside double quotes: ‘…’ with word boundaries
    covered = [(s.open, s.outer_end) for s in spans]
    for m in re.finditer(r"(?<![\w’])‘([^‘’\n]{2,200}?)’(?!\w)", text[p_start:p_end]):
        a = p_start + m.start()
        b = p_start + m.end() - 1
        if any(x <= a < y for x, y in covered):
            continue
        spans.append(_QSpan(open=a, close=b, start=a + 1, end=b, double=False))
    spans.sort(key=lambda s: s.open)
    return spans


def _make_span(text: str, open_at: int, close_at: int, *, end_hint: int | None = None) -> _QSpan:
    end = close_at if close_at >= 0 else (end_hint if end_hint is not None else len(text))
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # ", at the end inside the marks belongs to the sentence, not the quote
    while end > start and text[end - 1] in ",;":
        end -= 1
    return _QSpan(open=open_at, close=close_at, start=start, end=end)


def _segments(text: str, p_start: int, p_end: int, quotes: list[_QSpan]) -> list[tuple[int, int]]:
    """Sentences of a paragraph, never cut inside a quote."""
    inside = _mask(p_end - p_start, [(q.open - p_start, q.outer_end - p_start) for q in quotes if q.double])
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
        elif ch in _DQ_CLOSE + '"' and inside[rel] and (rel + 1 >= len(inside) or not inside[rel + 1]):
            # a quote that ends a sentence: “... Russia.” He added
            j = k - 1
            while j > p_start and text[j].isspace():
                j -= 1
            if (
                text[j] in ".!?"
                and k + 1 < p_end
                and text[k + 1] == " "
                and _starts_sentence(text, k + 1, p_end)
                and not _TRAILING_ATTRIBUTION.match(text, k + 1, p_end)
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
_TRAILING_ATTRIBUTION = re.compile(
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
    return ch.isupper() or ch.isdigit() or ch in _DQ_OPEN + '"' + _SQ_OPEN + "(["


def _is_abbreviation(text: str, p_start: int, k: int) -> bool:
    m = re.search(r"([\w.]+)$", text[max(p_start, k - 20) : k])
    if not m:
        return False
    word = m.group(1)
    if "." in word:  # U.S. / a.m.
        return True
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _distance(pos: int, a: int, b: int) -> int:
    if pos < a:
        return a - pos
    if pos >= b:
        return pos - b
    return 0


# --- parse helpers -----------------------------------------------------------------------------


#: Nouns that name a statement: "Trump's claim that ...", "the ministry's warning that ...".
_SPEECH_NOUNS = frozenset(
    """claim statement assertion warning promise pledge suggestion argument allegation accusation insistence
    contention remark comment announcement prediction vow charge assurance admission denial
    acknowledgment acknowledgement complaint""".split()
)


#: Verbs by which a poll, study or record reports a finding: "the poll shows [Clinton ahead]".
_EVIDENCE_CUES = frozenset({"show", "find"})


def _evidence_subject(cue: "Token") -> bool:
    """Whether a cue's subject is a thing (a poll, a study, records), not a person or pronoun."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON"


def _passive_report(cue: "Token") -> "tuple[Token, Token] | None":
    """(what, by whom) of a passive report: "[The issue] was first reported by [The Post]"."""
    if cue.pos_ != "VERB" or cue.tag_ != "VBN":
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    for c in cue.children:
        if c.dep_ == "agent" and c.i > cue.i:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return subj, obj
    return None


def _speech_noun_clause(tok: "Token") -> "Token | None":
    """The "that" clause of a possessed speech noun ("his claim [that ...]"), else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SPEECH_NOUNS:
        return None
    if not any(c.dep_ == "poss" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "appos") and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            return c
    return None


def _is_according(tok: "Token") -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _is_clause(tokens: list["Token"], content: str) -> bool:
    """A quoted clause or sentence (direct quote) rather than a fragment (partial quote)."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in ids for c in t.children):
            return True
    words = re.findall(r"\w+", content)
    if content[:1].isupper() and content.rstrip()[-1:] in ".!?" and len(words) >= 3:
        return True
    return False


def _naming_content(cue: "Token") -> "list[Token] | None":
    """What a source calls something: "called [the plan a ploy]", "described [it as ominous]"."""
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objs:
        return None
    preds = [c for c in cue.children if c.i > objs[0].i and (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as"))]
    if not preds:
        return None
    return list(objs[0].subtree) + list(preds[0].subtree)


def _object_content(cue: "Token") -> "list[Token] | None":
    """What a stance verb is about: its object and the phrase that completes it.

    "criticized [the plan as reckless]", "accused [the firm of fraud]", "pointed to [the
    report]", "pointed out [that ...]". Only in the active voice with a subject.
    """
    if cue.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return None
    if cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children):
        return None
    if cue.lemma_.lower() in _TOPIC_CUES:
        # "spoke of the legacy of racism", "talked about the shooting", "spoke out against ..."
        for c in cue.children:
            if c.i > cue.i and c.dep_ == "prep" and c.lower_ in ("about", "of", "against", "on"):
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if objs:
                    return list(objs[0].subtree)
        return None
    if cue.lemma_.lower() == "point":
        for c in cue.children:
            if c.i > cue.i and c.lower_ == "to" and c.dep_ in ("prep", "dative"):
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if objs:
                    return list(objs[0].subtree)
            if c.i > cue.i and c.lower_ == "out" and c.dep_ == "prt":
                comp = [o for o in cue.children if o.dep_ in ("ccomp", "dobj") and o.i > c.i]
                if comp:
                    return list(comp[0].subtree)
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objs:
        return None
    out = list(objs[0].subtree)
    last = max(t.i for t in out)
    for c in cue.children:
        if c.i > last and c.dep_ in ("prep", "advcl", "oprd") and (c.lower_ in _OBJECT_PREPS or c.dep_ != "prep"):
            if c.dep_ == "advcl" and c.tag_ not in ("VBG",):
                continue
            out.extend(c.subtree)
            break
    return out


def _action_content(cue: "Token") -> "list[Token] | None":
    """The action a cue asks for or promises: "urged X [to leave]", "called for [a ceasefire]"."""
    for c in cue.children:
        if c.dep_ == "xcomp" and c.i > cue.i:
            return list(c.subtree)
    for c in cue.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("for", "against") and c.i == cue.i + 1:
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objs:
                return list(objs[0].subtree)
    if cue.lemma_.lower() in ("call",):
        for c in cue.children:
            if c.dep_ == "prep" and c.lower_ == "on":
                for x in c.children:
                    if x.dep_ in ("xcomp", "acl"):
                        return list(x.subtree)
    return None


_MINOR_WORDS = frozenset("a an the of and or for to in on at by with de la le von van der".split())


def _is_title(content: str) -> bool:
    """Whether quoted words are a title or name: every significant word capitalised."""
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    significant = [w for w in words if w.lower() not in _MINOR_WORDS]
    return len(significant) >= 2 and all(w[:1].isupper() for w in significant)


def _subject_of(cue: "Token") -> "Token | None":
    """The speaker token of a cue: its subject, or the subject of the verb it hangs from."""
    if _is_according(cue):
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is not None:
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            return obj
        return None
    if cue.pos_ == "NOUN":
        return next((c for c in cue.children if c.dep_ == "poss"), None)
    passive = _passive_report(cue)
    if passive is not None:
        return passive[1]
    node = cue
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj", "xcomp", "acl"):
        # "..., saying ..." / "..., adding that ...": the speaker of the report it extends
        for anc in cue.ancestors:
            if anc.lemma_.lower() in CUE_LEMMAS and anc.pos_ in ("VERB", "AUX"):
                node = anc
                break
    prev = cue.nbor(-1) if cue.i > 0 else None
    if prev is not None and (prev.text in _DQ_CLOSE + '",' or prev.is_quote):
        # inverted attribution after a quote: "…,” said engineer Priya Nair
        subjs = [c for c in cue.children if c.dep_ == "nsubj"]
        after = [c for c in subjs if c.i > cue.i]
        if after:
            return after[0]
        between = _np_after_quote(cue)
        if between is not None:
            return between  # "…,” Flynn, a top surrogate, said (parsed into the quote)
        subj = subjs[0] if subjs else None
        if subj is not None:
            return subj
        doc = cue.doc
        for k in range(cue.i + 1, min(len(doc), cue.i + 8)):
            t = doc[k]
            if t.is_punct or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp",):
                break
            if t.ent_type_ == "PERSON":
                while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
                    k += 1
                return doc[k]
        for c in cue.children:
            if c.i > cue.i and c.dep_ in ("dobj", "attr", "npadvmod", "oprd", "dative", "appos") and c.pos_ in ("NOUN", "PROPN"):
                return c
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj",)), None)
        if subj is None:
            subj = next((c for c in node.children if c.dep_ == "nsubjpass" and node.lemma_ in ("quote", "report")), None)
        if subj is not None:
            return subj
        if node.dep_ in ("advcl", "xcomp", "conj") and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.pos_ == "ADP" and node.head.head.pos_ in ("VERB", "AUX"):
            node = node.head.head  # "was quoted as saying"
            continue
        if node.dep_ in ("acl", "pcomp") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        break
    return None


def _np_after_quote(cue: "Token") -> "Token | None":
    """The head of a noun phrase standing between a closing quote mark and its cue.

    "“…,” Flynn, a top surrogate, said": the parser may hang "Flynn" inside the quote; the
    words between the mark and the verb are still the speaker.
    """
    doc = cue.doc
    j = cue.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    last = j
    k = j
    while k >= 0 and k > cue.i - 16:
        t = doc[k]
        if t.text in _DQ_CLOSE or (t.is_quote and t.text != "'"):
            break
        if t.pos_ in ("VERB", "AUX") or "\n" in t.whitespace_:
            return None
        k -= 1
    else:
        return None
    if k < 0:
        return None
    words = [t for t in doc[k + 1 : last + 1] if not t.is_punct]
    if not words or words[0].pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"):
        return None
    ids = {t.i for t in doc[k + 1 : last + 1]}
    roots = [t for t in words if t.head.i not in ids and t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not roots:
        return None
    return roots[0]


def _np_tokens(head: "Token") -> list["Token"]:
    """The words of a noun phrase without relative clauses, appositions and trailing commas."""
    cut_deps = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis", "dep"}
    drop: set[int] = set()
    for c in head.children:
        if c.dep_ == "punct" and c.text in ("-", "–", "'", "’", ".", "&"):
            continue
        if c.dep_ == "appos" and c.i > head.i:
            first = min(t.i for t in c.subtree)
            if first > 0 and not head.doc[first - 1].is_punct and first == max(t.i for t in head.subtree if t.i < first) + 1:
                continue  # "the spokesperson Lin Jian": a name right after the role, no comma
        if c.dep_ in cut_deps:
            drop.update(t.i for t in c.subtree)
    kept = sorted((t for t in head.subtree if t.i not in drop), key=lambda t: t.i)
    # the contiguous run around the head
    run = [head]
    pos = kept.index(head)
    j = pos - 1
    while j >= 0 and kept[j].i == run[0].i - 1:
        run.insert(0, kept[j])
        j -= 1
    j = pos + 1
    while j < len(kept) and kept[j].i == run[-1].i + 1:
        run.append(kept[j])
        j += 1
    # a prepositional tail that runs long ("officials with knowledge of ...") is cut to 6 words
    while run and (run[-1].is_punct or run[-1].is_space):
        run.pop()
    while run and (run[0].is_punct or run[0].is_space):
        run.pop(0)
    # never across a line break (a heading above the sentence)
    if head in run:
        h = run.index(head)
        left = 0
        for k in range(h):
            if "\n" in run[k].text or "\n" in run[k].whitespace_:
                left = k + 1
        right = len(run)
        for k in range(h, len(run)):
            if "\n" in run[k].text or "\n" in run[k].whitespace_:
                right = k + 1
                break
        run = [t for t in run[left:right] if not t.is_space]
    return run or [head]


_ORG_WORDS = frozenset(
    """department ministry party house council agency office service bank company inc corp news times post
    press committee union organization organisation forces army navy government university institute foundation
    group commission court police guard network center centre club league association federation fund board
    authority bureau command state states republic kingdom nations assembly parliament congress senate""".split()
)


def _looks_like_person(names: Sequence["Token"]) -> bool:
    """A run of 1-4 capitalised words that is not an acronym or an organisation's name."""
    if not 1 <= len(names) <= 4:
        return False
    for t in names:
        if t.lower_ in _ORG_WORDS or (t.text.isupper() and len(t.text) > 1) or t.lower_ in _COUNTRY_ALIASES:
            return False
    return True


def _strip_name(name: str) -> str:
    name = re.sub(r"^(the|The)\s+", "", name.strip())
    name = re.sub(r"[’']s$", "", name)
    name = name.strip(" ,")
    if name.endswith(".") and "." not in name[:-1]:
        name = name[:-1]
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".") in _ROLE_WORDS:
        words = words[1:]  # "Commissioner Rui Santos" -> "Rui Santos"
    return " ".join(words)


def _role_keys(phrase: str) -> frozenset[str]:
    phrase = " " + re.sub(r"[^\w\s-]", " ", phrase.lower()) + " "
    phrase = re.sub(r"\s+", " ", phrase)
    keys = set()
    for key, names in ROLE_SYNONYMS.items():
        for n in names:
            if f" {n} " in phrase:
                keys.add(key)
                break
    # "vice president" is not "president", "secretary general" is not a secretary of state
    if "vice_president" in keys:
        keys.discard("president")
    if keys - _GENERIC_ROLES:
        keys -= {"minister"} if ({"foreign_minister", "defense_minister", "prime_minister"} & keys) else set()
    return frozenset(keys)


def _country_key(word: str) -> str:
    w = re.sub(r"[’']s$", "", word.lower()).strip(". ")
    if w in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[w]
    return " ".join(part[:4] for part in w.split())


def _countries_in(tokens: Iterable["Token"]) -> frozenset[str]:
    out = set()
    for t in tokens:
        if t.ent_type_ in ("GPE", "NORP") or t.lower_ in _COUNTRY_ALIASES:
            if t.lower_ in ("’s", "'s"):
                continue
            out.add(_country_key(t.text))
    return frozenset(out)


def _collect_persons(doc: "Doc", local: Sequence[LocalEntity], text: str) -> list[_Person]:
    """People the article names, with the roles stated beside their names."""
    by_key: dict[str, _Person] = {}

    def person_for(name: str) -> _Person:
        parts = name.split()
        key = parts[-1].lower() if parts else name.lower()
        p = by_key.get(key)
        if p is None:
            p = _Person(name=name)
            by_key[key] = p
        elif len(name) > len(p.name) and p.name.split()[-1].lower() == key:
            p.name = name
        return p

    for ent in _person_spans(doc):
        name = _strip_name(ent.text)
        if not name or not name[0].isupper():
            continue
        p = person_for(name)
        p.positions.append(ent.start_char)
        if p.gender is None:
            p.gender = _gender_near(doc, ent)
        role = _role_near(doc, ent, text)
        if role is not None:
            p.roles.append(role)
    for le in local:
        if le.type != "PERSON":
            continue
        p = person_for(le.name)
        if len(le.name) >= len(p.name):
            p.name = le.name
        p.positions.extend(m.start for m in le.mentions)
        for r in le.roles:
            keys = _role_keys(r.title)
            if keys:
                toks = [t for t in doc if r.start <= t.idx < r.end]
                p.roles.append((keys, _countries_in(toks) or _countries_from_text(r.title)))
    return list(by_key.values())


_MALE_WORDS = frozenset(
    "mr mr. sir spokesman chairman congressman king prince lord father brother son husband businessman".split()
)
_FEMALE_WORDS = frozenset(
    """mrs mrs. ms ms. miss madam dame spokeswoman chairwoman congresswoman queen princess lady mother sister
    daughter wife businesswoman""".split()
)


def _gender_near(doc: "Doc", ent: "Span") -> str | None:
    """"m"/"f" when the words right around a name say so ("Mr. Lee", "Ana Ruiz, a spokeswoman")."""
    window = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 3) : ent.end]]
    window += [t.lower_ for t in doc[ent.end : min(ent.sent.end, ent.end + 6)]]
    if any(w in _FEMALE_WORDS for w in window):
        return "f"
    if any(w in _MALE_WORDS for w in window):
        return "m"
    return None


def _person_spans(doc: "Doc") -> list["Span"]:
    """PERSON names: the tagger's, extended left over given names it left out ("Lloyd Austin"),
    plus other places where a known surname is used but not tagged."""

    def extend(start: int, end: int, floor: int) -> int:
        while (
            start > floor
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].lower_ not in _ROLE_WORDS
            and doc[start - 1].lower_ not in _COUNTRY_ALIASES
            and doc[start - 1].ent_type_ not in ("GPE", "NORP")
            and end - start < 4
        ):
            start -= 1
        return start

    out = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start = extend(ent.start, ent.end, ent.sent.start)
        out.append(doc[start : ent.end])
        covered.update(range(start, ent.end))
    surnames = {s[-1].text for s in out if s[-1].text[:1].isupper() and len(s[-1].text) > 2}
    for tok in doc:
        if tok.i in covered or tok.text not in surnames or tok.pos_ != "PROPN":
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
            continue  # part of a longer name
        start = extend(tok.i, tok.i + 1, tok.sent.start)
        out.append(doc[start : tok.i + 1])
        covered.update(range(start, tok.i + 1))
    out.sort(key=lambda s: s.start)
    return out


def _countries_from_text(title: str) -> frozenset[str]:
    out = set()
    for w in re.findall(r"[A-Z][\w.]*", title):
        if w.lower().strip(".") in _COUNTRY_ALIASES or w.lower() in _COUNTRY_ALIASES:
            out.add(_country_key(w))
    return frozenset(out)


def _role_near(doc: "Doc", ent: "Span", text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The role words right before a name ("Secretary of State X") or in its apposition."""
    sent = ent.sent
    # before: up to 8 tokens back, stopping at a verb, a comma or another person
    before: list[Token] = []
    j = ent.start - 1
    while j >= sent.start and len(before) < 8:
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", "—", "–") or t.ent_type_ == "PERSON":
            break
        before.insert(0, t)
        j -= 1
    keys = _role_keys(" ".join(t.text for t in before))
    countries = _countries_in(before)
    if not keys:
        # after: ", the White House ... coordinator," / ", principal deputy spokesperson for ..."
        k = ent.end
        if k < len(doc) and doc[k].text == ",":
            after: list[Token] = []
            k += 1
            while k < min(sent.end, ent.end + 16) and doc[k].text not in (",", ";", "(", "—", "–", ".") and doc[k].pos_ not in ("VERB", "AUX"):
                after.append(doc[k])
                k += 1
            keys = _role_keys(" ".join(t.text for t in after))
            countries = _countries_in(after)
    if not keys:
        # "the US secretary of defence, Lloyd Austin": role phrase then a comma, then the name
        j = ent.start - 1
        if j >= sent.start and doc[j].text == ",":
            before = []
            j -= 1
            while j >= sent.start and len(before) < 8 and doc[j].text not in (",", ";", ":", "(") and doc[j].pos_ not in ("VERB", "AUX"):
                before.insert(0, doc[j])
                j -= 1
            keys = _role_keys(" ".join(t.text for t in before))
            countries = _countries_in(before)
    if not keys:
        return None
    return keys, countries


def _subject_events(doc: "Doc", persons: Sequence[_Person]) -> list[tuple[int, str]]:
    """Where a named person is the subject of a main clause (for "he" and "she")."""
    names = {p.name.split()[-1].lower(): p.name for p in persons if p.name.split()}
    out: list[tuple[int, str]] = []
    for tok in doc:
        if tok.dep_ != "nsubj":
            continue
        verb = tok.head
        if verb.dep_ not in ("ROOT",) and verb.lemma_.lower() not in CUE_LEMMAS:
            continue
        ents = [e for e in doc.ents if e.label_ == "PERSON" and e.start <= tok.i < e.end]
        if not ents:
            appos = [c for c in tok.children if c.dep_ == "appos"]
            ents = [e for e in doc.ents if e.label_ == "PERSON" and any(e.start <= a.i < e.end for a in appos)]
        if not ents:
            continue
        last = _strip_name(ents[0].text).split()
        if last and last[-1].lower() in names:
            out.append((tok.idx, names[last[-1].lower()]))
    return out


def _dedupe(quotes: list[Quote]) -> tuple[Quote, ...]:
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
