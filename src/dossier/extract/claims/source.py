"""Claims: the source of a figure — who gives it and who relays it.

From speech and cognition verbs that govern the figure ("X said", "X estimates", "X told
CNN"), "according to X", "X cited by Y", "..., citing Y", quotes (the speaker of the quote),
first-person subjects inside quotes ("I can confirm"), and, when a sentence has no
attribution, the attribution of the sentence before it in the same paragraph; a figure
repeated later without attribution keeps the source of its earlier mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...model import SourceRef
from ..places import resolve_place
from ..quantities import Quantity
from .figure import _same_measure
from .names import _OUTLET_NOUNS as _PRINT_OUTLETS, _OUTLET_WORDS, Names
from .sentences import Sentences, _speaker_like
from .words import _BODY_NOUNS, _DENY_VERBS, _DET_RE, _DOCUMENT_NOUNS, _ISSUE_VERBS, _PROJECT_VERBS, _SAY_VERBS, _SPEAKER_NOUNS, _WEAK_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class _Attribution:
    """Who gives a figure: the source, relays (nearest first), the cue verb's lemma."""

    source: SourceRef | None
    via: tuple[SourceRef, ...] = ()
    cue: str | None = None  # lemma of the speech verb ("confirm", "estimate", "say")
    cue_token: int | None = None  # doc index of the cue verb
    cues: tuple[int, ...] = ()  # doc indexes of every speech verb of the chain, innermost first


class Attributor:
    """Reads the attribution of each figure of one article, remembering earlier ones."""

    def __init__(self, sents: Sentences, names: Names) -> None:
        self.sents = sents
        self.names = names
        self.doc = sents.doc
        self.text = sents.text
        self.history: list[tuple[Quantity, str | None, _Attribution]] = []
        self._sent_attr: dict[int, _Attribution | None] = {}

    def is_source_phrase(self, noun: "Token") -> bool:
        """True when the counted noun names who speaks ("two officials said", "according to two officials")."""
        if noun.dep_ in ("nsubj",) and noun.head.lemma_.lower() in _SAY_VERBS and noun.head.pos_ == "VERB" \
                and noun.lemma_.lower() in _SPEAKER_NOUNS \
                and not any(c.dep_ in ("oprd", "acomp") or c.dep_ == "xcomp" and c.lower_ in _SAID_STATES
                            for c in noun.head.children):
            # (not "225 people reported missing", "40 people reported dead": what is said of them)
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
            return True
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and (
                noun.head.head.lemma_.lower() in _SAY_VERBS or noun.lemma_.lower() in _SPEAKER_NOUNS):
            return True  # "confirmed by two officials" (not "manned by 120 soldiers", "attacked by 200 militants")
        return False

    def attribute(self, q: Quantity, tok: "Token", sent: "Span") -> _Attribution:
        """Who gives the figure of ``q`` (sentence-level, then the sentence before)."""
        att = self._attribute(q, tok, sent)
        if att.source is not None and self._places_side_by_side(att.source):
            return _Attribution(None)  # "while Orsa and Velmar reported 208 and 117 deaths, respectively": places
        if att.source is not None and att.cue in _HINT_VERBS \
                and _DET_RE.sub("", (att.source.name or "").strip()).lower() in _UNNAMED_HEARSAY:
            return _Attribution(None)  # "Reports indicate that ...": hearsay no one is named for hints, it gives no source
        return att

    def _attribute(self, q: Quantity, tok: "Token", sent: "Span") -> _Attribution:
        citing = self._closing_outlet_citing(sent, tok)
        if citing is not None:
            return citing
        chain = _according_in_order(_inner_first(self._chain(tok), tok, self.doc), tok, self.doc)
        in_quote = self.names.speaker_at(q.start)
        if chain:
            # first-person subjects ("I can confirm", "we assess") are the quote's speaker
            refs: list[SourceRef] = []
            cue, cue_i = chain[0][1], chain[0][2]
            for ref, lemma, idx in chain:
                if ref is None or not _names_someone(ref) or self._places_side_by_side(ref):
                    continue
                if refs and ref.name and refs[-1].name == ref.name:
                    continue
                refs.append(ref)
            if not refs and in_quote is not None:
                refs = [in_quote]
            if len(refs) > 1 and self._bare_country(refs[0]) and not self._bare_country(refs[1]):
                # "Rwanda has reported six deaths ..., Health Minister X announced": the country reports
                # through whoever speaks for it
                refs = refs[1:]
            if refs:
                relays = self._relays(chain) + self._trailing_relays(sent, chain)
                via = tuple(r for r in refs[1:] + relays if r.name != refs[0].name)
                if not via and cue_i is not None and cue_i > tok.i and _OWN_DOCUMENTS_RE.match(self.doc[cue_i : cue_i + 8].text):
                    # "TV reported that 694 died and 1,670 were injured, according to a statement from X":
                    # the reporting verb before the figure relays X's statement (for every figure of it)
                    relay = self._reporter_before(sent, tok)
                    if relay is not None and relay.name != refs[0].name:
                        via = (relay,)
                att = _Attribution(refs[0], _dedupe(via), cue, cue_i, tuple(i for _, _, i in chain))
                return att
        if in_quote is not None:
            return _Attribution(in_quote, (), "say", None)
        estimate = estimate_noun(tok)
        if estimate is not None:
            # "the organisers' estimate of 400,000", "police estimate: 45,000": whose estimate it is
            ref = self.names.ref_for(estimate)
            if ref is not None and _names_someone(ref) and (ref.start or 0) <= estimate.idx:
                return _Attribution(ref, (), "estimate", estimate.i)
        own = self.sentence_attribution(sent)
        if own is not None and own.cue_token is not None and _sibling_clause(self.doc[own.cue_token], tok):
            own = None  # "458 are still missing and the government expects to find more": not what it expects
        if own is not None and own.cue_token is not None and _declares_a_thing(self.doc[own.cue_token], tok):
            own = None  # "declared three days of mourning after the quake killed 300": it declared the mourning
        if own is not None and own.cue_token is not None and _forecasts_other(self.doc[own.cue_token], tok):
            own = None  # "28 have died ... and the weather office has predicted more rains": its forecast is of rain
        if own is not None and own.source is not None and self._places_side_by_side(own.source):
            own = None  # "while Orsa and Velmar reported 208 and 117 deaths": where they died, not who said so
        if own is not None and own.cue_token is not None and own.source is not None and _names_someone(own.source) \
                and not _contrasted(self.doc[own.cue_token], tok):
            if _in_event_clause(tok, self.doc[own.cue_token]):
                return _Attribution(None)
            return own
        closing = self._closing_speaker(sent, tok)
        if closing is not None:
            return closing
        prev = self._previous_sentence_attribution(sent)
        if prev is not None and prev.cue in _DENY_VERBS:
            prev = None  # "The army denied reports that 200 were captured. Another 15 bodies were found": not the army's
        if prev is not None and (prev.source is None or _names_someone(prev.source)) \
                and not self._other_place(sent, tok) and not _hearsay(sent):
            return prev
        after = self._claimed_in_next_sentence(sent)
        if after is not None:
            return after
        if prev is None and own is None and not self._other_place(sent, tok):
            tally = self._tally_after_paragraph(sent)
            if tally is not None:
                return tally
        if prev is None and own is None:
            closing = self._closing_of_next_sentence(sent)
            if closing is not None:
                return closing
        return _Attribution(None)

    def _tally_after_paragraph(self, sent: "Span") -> _Attribution | None:
        """A paragraph of one short sentence that only goes on with the tally of the paragraph before
        ("..., the council said the toll includes 173 in X." / "Still missing are 11 people while 583 others
        are injured."): the figures are the same speaker's, read on from its briefing."""
        doc = self.doc
        n = self.sents.seg_of[sent.start]
        if n == 0 or len(sent) > 30 or _hearsay(sent) or self.names.speaker_at(sent.start_char) is not None:
            return None
        if any(t.lower_ == "according" or t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS for t in sent):
            return None
        if not _TALLY_WORDS_RE.search(sent.text) or any(e.label_ in ("DATE", "TIME") for e in sent.ents):
            return None
        if not any(t.lower_ in _GOES_ON_WORDS for t in sent):
            return None  # (it says it goes on: "still", "another", "others"; not "The 1999 flood killed 5,000.")
        # a paragraph of its own, right after the one before
        a, b = self.sents.segments[n - 1]
        gap = self.text[doc[b - 1].idx + len(doc[b - 1].text) : sent.start_char]
        if gap.count("\n") < 1 or gap.count("\n") > 2:
            return None
        end = self.sents.segments[n + 1][0] if n + 1 < len(self.sents.segments) else None
        if end is not None and "\n" not in self.text[sent.end_char : doc[end].idx]:
            return None
        prev = doc[a:b]
        for prev_q, _, prev_att in reversed(self.history):
            if prev.start_char <= prev_q.start < prev.end_char and prev_att.source is not None \
                    and prev_att.cue_token is not None and prev.start <= prev_att.cue_token < prev.end \
                    and prev_att.cue not in _DENY_VERBS and prev_att.cue not in _PROJECT_VERBS \
                    and _TALLY_WORDS_RE.search(prev.text):
                return _Attribution(prev_att.source, prev_att.via, "say", None)
        return None

    def _closing_of_next_sentence(self, sent: "Span") -> _Attribution | None:
        """A sentence of figures with no attribution of its own, followed in its paragraph by one that
        goes on with more figures and closes on its speaker ("At least 40 died in the blast. Another 95 were
        hurt and 12 are missing, the fire service said."): the closing speaker reports the whole run."""
        doc = self.doc
        n = self.sents.seg_of[sent.start]
        if n + 1 >= len(self.sents.segments) or _hearsay(sent) or self.names.speaker_at(sent.start_char) is not None \
                or any(t.lower_ == "according" or t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS for t in sent):
            return None
        a, b = self.sents.segments[n + 1]
        if "\n" in self.text[sent.end_char : doc[a].idx]:
            return None
        nxt = doc[a:b]
        att = self.sentence_attribution(nxt)
        if att is None or att.source is None or att.cue_token is None or not _names_someone(att.source) \
                or att.cue in _DENY_VERBS or att.cue in _PROJECT_VERBS:
            return None
        cue = doc[att.cue_token]
        if cue.lower_ != "according" and (cue.dep_ != "ROOT" or not any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)):
            return None  # (the speaker closes it: "..., X said", "..., according to X")
        if (att.source.start or 0) < cue.idx and cue.lower_ != "according" and not any(
                t.text == "," for t in doc[max(a, cue.i - 8) : cue.i]):
            return None
        if any(t.tag_ == "MD" or t.lemma_.lower() in _PROJECT_VERBS or t.lemma_.lower() in ("expect", "fear")
               for t in doc[a : cue.i]):
            return None  # (it looks ahead: "Officials warned that 200 more could burn, the agency said")
        # it goes on with figures before its speaker, and names no other place or time than the first
        if not any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in doc[a : cue.i]) or _COMPARED_RE.match(nxt.text):
            return None
        return _Attribution(att.source, att.via, att.cue, None)

    def _places_side_by_side(self, ref: SourceRef) -> bool:
        """A place named with another place as the subject of a tally ("Orsa and Velmar reported 208 and 117
        deaths, respectively"): the places the figures are from, not speakers."""
        if ref.start is None or ref.end is None:
            return False
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        if root.pos_ != "PROPN" or root.ent_type_ in ("PERSON", "NORP") or "respectively" not in root.sent.text.lower():
            return False
        names = [root, *[c for c in root.children if c.dep_ == "conj"]] + ([root.head] if root.dep_ == "conj" else [])
        if len(names) < 2 or not all(n.pos_ == "PROPN" and n.ent_type_ not in ("PERSON", "NORP") for n in names):
            return False
        words = {w.lower_ for n in names for w in n.subtree if w.dep_ in ("compound", "nsubj", "conj", "ROOT") or w is n}
        return not words & _BODY_WORDS  # ("the Red Cross and the UN reported ... respectively" are speakers)

    def _bare_country(self, ref: SourceRef) -> bool:
        """A source that is only a country's name ("Rwanda", "the United States")."""
        if ref.start is None or ref.end is None:
            return False
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        words = [t for t in span if t.lower_ != "the" and not t.is_punct]
        return bool(words) and all(t.ent_type_ == "GPE" for t in words)

    def _closing_outlet_citing(self, sent: "Span", tok: "Token") -> _Attribution | None:
        """A sentence closed by "..., Velkor.Az reports, citing local media": the outlet relays
        what the cited ones gave (the tagger often reads such a "reports" as a noun)."""
        doc = self.doc
        words = [t for t in doc[tok.i + 1 : sent.end] if not t.is_space]
        for k, cite in enumerate(words):
            if cite.lower_ not in ("citing", "quoting") or k < 2:
                continue
            j = k - 1
            if words[j].text == ",":
                j -= 1
            verb = words[j]
            if verb.lower_ not in ("reports", "reported", "writes", "wrote") or j < 2:
                return None
            run: list["Token"] = []
            j -= 1
            while j >= 0 and words[j].text != "," and len(run) < 4:
                run.insert(0, words[j])
                j -= 1
            if not run or len(run) > 3 or j < 0 or words[j].text != "," \
                    or not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ == "the" for t in run):
                return None
            cited = [t for t in words[k + 1 :] if not (t.is_punct and t.text != "&")]
            if not cited or len(cited) > 7 or any(t.pos_ in ("VERB", "AUX") for t in cited):
                return None
            inside = {t.i for t in cited}
            roots = [t for t in cited if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
            if len(roots) != 1:
                return None
            ref = self.names.ref_for(roots[0])
            if ref is None:
                a, b = cited[0].idx, cited[-1].idx + len(cited[-1].text)
                ref = SourceRef(entity=None, name=doc.text[a:b], text=doc.text[a:b], start=a, end=b)
            outlet = next((self.names.ref_for(t) for t in reversed(run) if t.pos_ in ("PROPN", "NOUN")), None)
            if outlet is None or (outlet.name or "") not in doc.text[run[0].idx : run[-1].idx + len(run[-1].text)]:
                a, b = run[0].idx, run[-1].idx + len(run[-1].text)
                outlet = SourceRef(entity=None, name=doc.text[a:b], text=doc.text[a:b], start=a, end=b)
            return _Attribution(ref, (outlet,), "report", verb.i)
        return None

    def _reporter_before(self, sent: "Span", tok: "Token") -> SourceRef | None:
        """The speaker of the first speech verb before the figure in its sentence ("TV reported that ...")."""
        for t in self.doc[sent.start : tok.i]:
            if t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS and t.lemma_.lower() not in _WEAK_VERBS:
                subj = self.sents.subject(t)
                if subj is not None and subj.i < t.i:
                    ref = self.names.ref_for(subj)
                    return ref if ref is not None and _names_someone(ref) else None
        return None

    def _claimed_in_next_sentence(self, sent: "Span") -> _Attribution | None:
        """"More than 150,000 soldiers have died. This was claimed by General X.": the next sentence,
        in the same paragraph, says who made the claim ("This/That was said/claimed/stated by X"); also
        the sentence after it, when the one between, in the same paragraph, names no one ("300 were
        recruited, some of whom died. Several more were captured. This was stated by Minister X")."""
        att = self._claimed_in_sentence(sent, 1)
        if att is not None:
            return att
        doc = self.doc
        n = self.sents.seg_of[sent.start]
        if n + 2 >= len(self.sents.segments):
            return None
        a, b = self.sents.segments[n + 1]
        between = doc[a:b]
        if "\n" in self.text[sent.end_char : self.doc[self.sents.segments[n + 2][0]].idx] \
                or self.sentence_attribution(between) is not None or self.names.speaker_at(between.start_char) is not None \
                or any(t.lower_ == "according" or t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS for t in between):
            return None
        return self._claimed_in_sentence(sent, 2)

    def _claimed_in_sentence(self, sent: "Span", k: int) -> _Attribution | None:
        doc = self.doc
        n = self.sents.seg_of[sent.start]
        if n + k >= len(self.sents.segments):
            return None
        a, b = self.sents.segments[n + k]
        # (also the paragraph right after: "This was announced by X" alone on the next line credits the line before)
        if self.text[sent.end_char : doc[a].idx].count("\n") > 2 or b - a < 4:
            return None
        first = doc[a]
        if first.lower_ == "the" and doc[a + 1].lemma_.lower() in _FIGURE_NOUNS and doc[a + 1].dep_ == "nsubjpass":
            first = doc[a + 1]  # "The figure was given by the civil defence agency."
        elif first.lower_ in ("this", "these", "those") and doc[a + 1].lemma_.lower() in _FIGURE_NOUNS \
                and doc[a + 1].dep_ == "nsubjpass":
            first = doc[a + 1]  # "These figures were released by ..."
        if not (first.lower_ in ("this", "that") or first.lemma_.lower() in _FIGURE_NOUNS) or first.dep_ != "nsubjpass":
            return None
        verb = first.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAY_VERBS and not (
                first.lemma_.lower() in _FIGURE_NOUNS and verb.lemma_.lower() in _ISSUE_VERBS | _GIVE_VERBS):
            return None
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            return None
        # "..., General Ilse Maranova, who ...": the name the parser hung elsewhere in apposition
        named = next((c for c in [*doc[agent.i : b], *first.children] if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and c.i > agent.i and (c.ent_type_ == "PERSON" or c.head.i in (agent.i, first.i))), None)
        edge = agent.right_edge.i + 1
        if named is None and edge < b and doc[edge].text == ",":
            # "by the supreme commander of ..., US general Jo Roe, defining ...": the person's name after the comma
            person = [t for t in doc[edge + 1 : min(b, edge + 8)] if t.ent_type_ == "PERSON"]
            run = [t for t in person if t.i - person[0].i == person.index(t)] if person else []
            # (not a relay after the comma: "..., according to Orlen Radio", "..., citing Ana Vos")
            if run and all(t.text != "," and t.pos_ not in ("VERB", "ADP") for t in doc[edge + 1 : run[0].i]):
                named = run[-1]
        ref = self.names.ref_for(named if named is not None else agent)
        if ref is None or not _names_someone(ref):
            return None
        return _Attribution(ref, (), verb.lemma_.lower(), None)

    def _inverted_closing(self, verb: "Token", after: list["Token"]) -> _Attribution | None:
        """"... 17 troops were critically injured says Indian Army Statement", "... confirms the Army
        in a statement": a present-tense speech verb closing the sentence with its speaker after it
        (no comma before it, a style of some outlets)."""
        if verb.tag_ != "VBZ" or not after or after[0].i != verb.i + 1 and not (
                after[0].i == verb.i + 2 and self.doc[verb.i + 1].lower_ == "the"):
            return None
        name: list["Token"] = []
        for t in after:
            if t.pos_ in ("ADP", "PUNCT"):
                break
            name.append(t)
        if not name or name[-1].pos_ not in ("PROPN", "NOUN") or not any(t.pos_ == "PROPN" for t in name):
            return None
        root = name[-1]
        if root.lower_ == "statement" and len(name) > 1:
            root = name[-2]  # "says Indian Army Statement": the army's statement, the army speaks
        if not _speaker_like_noun(root) and root.ent_type_ not in ("ORG", "PERSON", "NORP"):
            return None
        ref = self.names.ref_for(root)
        if ref is None or not _names_someone(ref):
            return None
        return _Attribution(ref, (), verb.lemma_.lower(), verb.i)

    def _closing_speaker(self, sent: "Span", tok: "Token") -> _Attribution | None:
        """The speaker of a closing "..., the Health Ministry said on Tuesday." that the parser did
        not make the sentence's main verb (a long list before it can swallow the speaker as one more
        item): a speech verb after the figure with only its own words after it, and before it, back to a
        comma, a phrase that can speak."""
        doc = self.doc
        # (a past tense the tagger read as a participle keeps its subject: "The Herald newspaper reported")
        # ("..., the army and the UN have confirmed": a perfect tense with its own subject closes it too)
        # ("..., a police spokesperson reported on Monday": a past tense the parser hung on the speaker as a
        # participle "spokesperson [who was] reported"; a speaker is not reported, so the verb is the speaker's)
        verbs = [t for t in sent if t.i > tok.i and t.pos_ == "VERB" and (t.tag_ in ("VBD", "VBZ", "VBP") or t.tag_ == "VBN"
                                                                         and (any(c.dep_ == "nsubj" for c in t.children)
                                                                              or _speaker_participle(t))
                                                                         and not any(c.dep_ == "auxpass" or c.dep_ == "aux"
                                                                                     and c.lemma_.lower() != "have"
                                                                                     for c in t.children))
                 and t.lemma_.lower() in _SAY_VERBS and t.lemma_.lower() not in _WEAK_VERBS]
        if not verbs:
            # "..., the country's flood council (NFC) informs.": a closing present-tense speech verb
            # the tagger read as a noun (the sentence's last word)
            last = next((t for t in reversed(sent) if not t.is_punct and not t.is_space), None)
            if last is None or last.i <= tok.i or last.pos_ != "NOUN" or not last.lower_.endswith("s") \
                    or last.lower_[:-1] not in _SAY_VERBS or last.lower_[:-1] in _WEAK_VERBS:
                return None
            verbs = [last]
        verb = verbs[-1]
        after = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
        # "..., The Kessel Herald reported on Saturday, citing the army": the closing speaker relays whom it cites
        cite_at = next((k for k, t in enumerate(after) if t.lower_ in ("citing", "quoting") and t.i > verb.i + 1
                        and doc[t.i - 1].text == ","), None)
        cited_words = after[cite_at + 1 :] if cite_at is not None else []
        # "..., a spokesperson stated on Monday, adding that 52 remain missing": what it adds is its own clause
        adding_at = next((k for k, t in enumerate(after) if t.lower_ in ("adding", "saying") and doc[t.i - 1].text == ","
                          and t.i > verb.i + 1), None)
        if adding_at is not None and (cite_at is None or adding_at < cite_at):
            after = after[:adding_at]
            cite_at, cited_words = None, []
        if cite_at is not None:
            after = after[:cite_at]
            if not cited_words or len(cited_words) > 8 or any(t.pos_ in ("VERB", "AUX") for t in cited_words):
                return None
        if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass", "mark") for t in after) or len(after) > 6:
            return None
        inverted = self._inverted_closing(verb, after)
        if inverted is not None:
            return inverted
        k = verb.i - 1
        run: list["Token"] = []
        depth = 0
        joined: list[int] = []  # "the army and the UN have confirmed": an "and" between two who speak
        while k > tok.i and len(run) < 18:
            t = doc[k]
            if t.dep_ == "aux" and t.head.i == verb.i and t.lemma_.lower() == "have":
                k -= 1
                continue
            if t.pos_ == "CCONJ" and t.lower_ == "and" and depth == 0 and not joined and run \
                    and not (doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()):  # (not inside a name)
                joined.append(t.i)
                run.insert(0, t)
                k -= 1
                continue
            if t.text == ")":
                depth += 1
            elif t.text == "(":
                depth -= 1
            elif t.text == "," and depth == 0:
                break
            in_name = t.pos_ == "CCONJ" and 0 < k < len(doc) - 1 and doc[k - 1].text[:1].isupper() \
                and doc[k + 1].text[:1].isupper()  # "the Disaster Reduction and Management Council"
            if t.pos_ in ("VERB", "AUX", "CCONJ", "NUM", "PRON") and not in_name or t.text in (";", ":", ".", "—", "–"):
                return None
            run.insert(0, t)
            k -= 1
        if not run or doc[k].text != "," or k <= tok.i:
            return None
        parts = [[t for t in run if t.i < joined[0]], [t for t in run if t.i > joined[0]]] if joined else [run]
        roots = []
        for part in parts:
            inside = {t.i for t in part}
            part_roots = [t for t in part if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
            if len(part_roots) != 1 or not _speaker_like_noun(part_roots[0]):
                return None
            roots.append(part_roots[0])
        ref = self.names.ref_for(roots[0])
        if ref is None or not _names_someone(ref):
            return None
        lemma = verb.lemma_.lower() if verb.pos_ == "VERB" else verb.lower_[:-1]
        if cited_words:
            inside_cited = {t.i for t in cited_words}
            cited_roots = [t for t in cited_words if t.head.i not in inside_cited and t.pos_ in ("NOUN", "PROPN")]
            cited = self.names.ref_for(cited_roots[0]) if len(cited_roots) == 1 else None
            if cited is not None and _names_someone(cited) and cited.name != ref.name:
                return _Attribution(cited, (ref,), lemma, verb.i)
        # "..., the ministry told Trend on Monday": the outlet it spoke to relays it
        told = tuple(r for r in self._relays([(ref, lemma, verb.i)]) if r.name != ref.name) if verb.pos_ == "VERB" else ()
        return _Attribution(ref, told, lemma, verb.i)

    def _chain(self, tok: "Token") -> list[tuple[SourceRef | None, str, int]]:
        """Speech verbs governing ``tok`` (nearest first) with their subjects as SourceRefs."""
        out: list[tuple[SourceRef | None, str, int]] = []
        seen: set[int] = set()
        # a speech verb inside a relative clause on the figure: "the 10,000 the US says were deployed"
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in _SAY_VERBS:
                subj = self.sents.subject(child)
                if subj is not None:
                    out.append((self.names.ref_for(subj), child.lemma_.lower(), child.i))
                    seen.add(child.i)
        cur = tok
        relayed_doc = -1  # a "data that said ..." clause: the verb that passes the data on still speaks
        path_ok = True  # every hop since the last source found is reported speech (ccomp/xcomp)
        for _ in range(12):
            # "according to X" attached on the way up
            according: list[tuple[SourceRef | None, str, int]] = []
            for child in cur.children:
                if child.lower_ == "according" and child.i not in seen:
                    seen.add(child.i)
                    refs = self._according_refs(child)
                    # "According to reports by X, citing officials, ...": the officials speak, the reports relay
                    citing = next((c for c in cur.children if c.lemma_.lower() in ("cite", "quote") and c.tag_ == "VBG"
                                   and c.dep_ in ("advcl", "xcomp", "conj") and c.i > child.right_edge.i
                                   and c.i not in seen), None)
                    cited_obj = next((o for o in citing.children if o.dep_ == "dobj" and _speaker_like_noun(o)), None) \
                        if citing is not None else None
                    cited_ref = self.names.ref_for(cited_obj) if cited_obj is not None else None
                    if citing is not None and cited_ref is not None and _names_someone(cited_ref) and refs:
                        seen.add(citing.i)
                        refs = [(cited_ref, "cite", citing.i), *refs]
                    according += refs
                    # "According to X, cited by Y, ...": Y relays X
                    for c in cur.children:
                        if c.lemma_.lower() in ("cite", "quote") and c.tag_ == "VBN" and c.i > child.i and c.i not in seen:
                            for agent in c.children:
                                if agent.dep_ == "agent":
                                    seen.add(c.i)
                                    according += [(self.names.ref_for(g), "cite", c.i) for g in agent.children if g.dep_ == "pobj"]
            # "..., as reported by X" / "as announced by X": the agent of the "as" clause speaks like "according to X"
            # (also on the subject the figure is the value of: "the toll as estimated by X was 5,500")
            as_clauses = list(cur.children) + [g for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and cur is not tok
                                               and cur.lemma_.lower() == "be" for g in c.children]
            # "killed or wounded ..., as reported by X": the "as" clause hung on a verb coordinated with the figure's
            as_clauses += [g for c in cur.children if c.dep_ == "conj" and c.pos_ == "VERB" and cur is not tok
                           and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for g in c.children]
            for child in as_clauses:
                if child.dep_ == "advcl" and child.i not in seen and child.lemma_.lower() in _SAY_VERBS | {"estimate"} \
                        and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children):
                    agents = [g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                    if agents and _speaker_like_noun(agents[0]):
                        seen.add(child.i)
                        lemma = "estimate" if child.lemma_.lower() == "estimate" else "say"
                        according += [(self.names.ref_for(agents[0]), lemma, child.i)]
            speech = cur.pos_ in ("VERB", "AUX") and (cur.lemma_.lower() in _SAY_VERBS or _makes_public(cur)) \
                and cur.i not in seen and cur is not tok and not _claims_lives(cur) and not _declares_a_thing(cur, tok)
            if not speech and cur.pos_ == "VERB" and cur.lemma_.lower() in _ISSUE_VERBS | {"give", "issue", "announce"} \
                    and cur.i not in seen and cur is not tok and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENT_NOUNS | {"toll"}
                        and (c.left_edge.i <= tok.i <= c.right_edge.i
                             # "gave a figure of 360 dead" with "dead" parsed apart from the figure it counts
                             or tok.i == c.right_edge.i + 1 and c.doc[c.right_edge.i].like_num) for c in cur.children):
                speech = True  # "the UN gave a preliminary figure of 320 dead": whoever gives the figure
            # "81,200 cases were reported by the Health Ministry": the agent of a passive speech verb speaks
            # (not "were reported killed by the army": a state said of them is the army's doing)
            by_agent = next((g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
                if speech and any(c.dep_ == "auxpass" for c in cur.children) and not any(
                    c.dep_ in ("oprd", "acomp", "xcomp") or c.lower_ in _SAID_STATES for c in cur.children) else None
            if by_agent is not None and not _speaker_like_noun(by_agent):
                by_agent = None
            if speech and by_agent is None:
                own = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if own is not None and own.left_edge.i <= tok.i <= own.right_edge.i:
                    speech = False  # the figure parsed as the subject of a later "..., and X said": not what X says
            if according and speech and self.sents.subject(cur) is not None:
                # '"...," the agency told lawmakers, according to two of them': the agency speaks,
                # the lawmakers relay it; the relay goes after the verb's own speaker below
                pending = according
            else:
                out.extend(according)
                pending = []
            if speech:
                # once a source is found, only reported speech nests further ("A said B estimated"),
                # not a clause beside it ("A reported X, while B said Y")
                if out and not path_ok:
                    break
                seen.add(cur.i)
                subj = by_agent if by_agent is not None else self.sents.subject(cur)
                if subj is not None and subj.lower_ in ("that", "which") and cur.dep_ == "relcl" and cur.head.pos_ == "NOUN" \
                        and (cur.head.lemma_.lower() in _DOCUMENT_NOUNS or cur.head.lower_ in _DOCUMENT_NOUNS):
                    # "tweeted data from the authority that said 21 million ...": the data (and who made it);
                    # whoever passed the data on relays it
                    subj = cur.head
                    relayed_doc = cur.i
                elif subj is not None and subj.lower_ in ("which", "who", "that") and cur.dep_ == "relcl" \
                        and cur.head.pos_ in ("NOUN", "PROPN") and _speaker_like_noun(cur.head):
                    subj = cur.head  # "news agency Brix, which on Tuesday reported 45 casualties": Brix reports them
                if subj is not None and not self.sents.same_segment(subj, cur) and not (
                    # a person named before a long apposition the parser cut ("Jane Roe, the (IFRC) head, told")
                    subj.ent_type_ == "PERSON" and subj.i < cur.i
                    and not any(t.text in (".", "!", "?") or "\n" in t.whitespace_ for t in self.doc[subj.i : cur.i])
                ):
                    subj = None
                quoted = self._quoted_as_saying(cur) if subj is None else None
                passive_quoted = next((c for c in cur.children if c.dep_ == "nsubjpass"), None) \
                    if by_agent is not None and subj is by_agent and cur.lemma_.lower() in ("quote", "cite") else None
                if passive_quoted is not None and _speaker_like_noun(passive_quoted):
                    # "Governor X was quoted by the news agency as saying ...": X speaks, the agency relays
                    out.append((self.names.ref_for(passive_quoted), cur.lemma_.lower(), cur.i))
                    if by_agent is not None:
                        out.append((self.names.ref_for(by_agent), cur.lemma_.lower(), cur.i))
                    path_ok = True
                    subj = None
                elif quoted is not None:
                    # "State television quoted the disaster centre as saying ...": the centre
                    # speaks, the television relays
                    speaker, quote_verb = quoted
                    out.append((self.names.ref_for(speaker), cur.lemma_.lower(), cur.i))
                    seen.add(quote_verb.i)
                    relay = self.sents.subject_any(quote_verb)
                    if relay is not None:
                        out.append((self.names.ref_for(relay), quote_verb.lemma_.lower(), quote_verb.i))
                    path_ok = True
                    subj = None
                elif subj is None and cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN") \
                        and _speaker_like_noun(cur.head) and cur.head.lemma_.lower() not in _DOCUMENT_NOUNS:
                    subj = cur.head  # "with Western sources reporting over 2,000 killed": the sources report it
                elif subj is None and cur.dep_ in ("conj", "advcl", "xcomp") and (
                    cur.head.lemma_.lower() in _SAY_VERBS or cur.tag_ == "VBG"
                ):
                    # "... and projected that", "gave a higher estimate, saying ..."
                    subj = self.sents.subject_any(cur.head)
                    if subj is not None and (cur.lemma_.lower() in _WEAK_VERBS or cur.tag_ == "VBG") and not _speaker_like(subj):
                        # "one child died, raising the toll to 240": the child reports nothing; "said
                        # casualties rose, estimating that ...": the speaker is further up
                        subj = None
                if subj is not None:
                    path_ok = True
                    teller = _quoting_lead(subj)
                    if teller is not None:
                        # "Quoting Jo Roe, a spokeswoman, the Times reported ...": the parse made the quoted person
                        # the subject and the outlet its apposition; the person speaks, the outlet relays
                        out.append((self.names.ref_for(subj), cur.lemma_.lower(), cur.i))
                        subj = teller
                    cited = _cited(cur) or _cited_by_subject(subj) or _quoted_object(cur)
                    if cited is not None and (cited.lemma_.lower() in _DOCUMENT_NOUNS or cited.lower_ in _DOCUMENT_NOUNS):
                        ref = self.names.ref_for(cited)
                        if ref is None or ref.start is None or ref.start <= cited.idx < (ref.end or 0):
                            cited = None  # "citing intelligence data": a document nobody is named for relays nothing
                    if cited is not None:
                        # "Meridian reported ..., citing the Interior Ministry"
                        out.append((self.names.ref_for(cited), cur.lemma_.lower(), cur.i))
                    out.append((self.names.ref_for(subj), cur.lemma_.lower(), cur.i))
            out.extend(pending)
            if cur.head is cur or not self.sents.same_segment(cur.head, tok):
                break
            if cur.dep_ == "advcl" and cur.pos_ in ("VERB", "AUX") and _event_mark(cur) and not _reported_above(cur):
                break  # "X warned citizens, after it emerged that hundreds were fighting": not what X says
            if cur is not tok and _claims_lives(cur) and cur.dep_ in ("relcl", "acl", "advcl"):
                break  # "a quake in 1988 that claimed 1,900 lives": what the quake did, nobody's claim
            if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.lemma_.lower() in _SAY_VERBS \
                    and cur.lemma_.lower() not in _SAY_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) \
                    and any(c.dep_ == "cc" and c.lower_ == "but" for c in cur.head.children):
                break  # "the toll reaches 11,300, but officials suggest it could be higher": not what they suggest
            if cur.dep_ not in ("ccomp", "xcomp", "parataxis") and cur.pos_ in ("VERB", "AUX") and cur.i != relayed_doc and not (
                    # "that 300 were killed and 2,700 wounded": a predicate coordinated with another of the
                    # same reported clause is still what the speaker says
                    cur.dep_ == "conj" and cur.lemma_.lower() not in _SAY_VERBS and cur.head.pos_ in ("VERB", "AUX")
                    and cur.head.lemma_.lower() not in _SAY_VERBS and cur.head.dep_ in ("ccomp", "xcomp")):
                path_ok = False
            cur = cur.head
        # "X said the toll rose to 44,218, reports Reuters": the parse may hang the figure's clause on the
        # closing "reports" beside "said"; the leading speaker gives the figure, the closing one relays it
        if out and out[0][2] > tok.i and self.doc[out[0][2]].lemma_.lower() in ("report", "say", "write"):
            for c in self.doc[out[0][2]].children:
                if c.dep_ == "ccomp" and c.i < tok.i and c.pos_ == "VERB" and c.lemma_.lower() in _SAY_VERBS and c.i not in seen \
                        and not (c.left_edge.i <= tok.i <= c.right_edge.i):
                    lead = self.sents.subject(c)
                    if lead is not None and self.sents.same_segment(lead, tok):
                        out.insert(0, (self.names.ref_for(lead), c.lemma_.lower(), c.i))
                        break
        # "according to X" elsewhere in the sentence (attached to another clause)
        if not out:
            for t in self.sents.segment(tok):
                if t.lower_ == "according" and t.i not in seen:
                    out += self._according_refs(t)
        return out

    def _according_refs(self, according: "Token") -> list[tuple[SourceRef | None, str, int]]:
        """The speakers of "according to X"; "according to lawmakers briefed by the intelligence
        service": the service speaks, the lawmakers relay."""
        out: list[tuple[SourceRef | None, str, int]] = []
        for pobj in _according_to(according):
            briefer = next((g for acl in pobj.children if acl.dep_ == "acl" and acl.lemma_.lower() in ("brief", "inform")
                            for a in acl.children if a.dep_ == "agent" for g in a.children
                            if g.dep_ == "pobj" and _speaker_like_noun(g)), None)
            if briefer is not None:
                out.append((self.names.ref_for(briefer), "brief", according.i))
            out.append((self.names.ref_for(pobj), "say", according.i))
        return out

    def _quoted_as_saying(self, verb: "Token") -> "tuple[Token, Token] | None":
        """The object of "X quoted Y as saying" / "citing Y as saying" for the "saying" verb."""
        head = verb.head
        if verb.dep_ not in ("advcl", "xcomp", "prep", "pcomp") or head.lemma_.lower() not in ("quote", "cite"):
            if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in ("quote", "cite"):
                head = head.head
            else:
                return None
        if not self.sents.same_segment(head, verb):
            return None
        for child in head.children:
            if child.dep_ == "dobj":
                return child, head
        return None

    def _relays(self, chain: list[tuple[SourceRef | None, str, int]]) -> list[SourceRef]:
        """Outlets a source speaks to or is cited by: "told CNN", "cited by CNN"."""
        doc = self.doc
        relays: list[SourceRef] = []
        for ref, _lemma, idx in chain:
            verb = doc[idx]
            if verb.lemma_.lower() == "tell":
                for child in verb.children:
                    if child.dep_ in ("dative", "dobj") and (child.ent_type_ == "ORG" or any(
                            c.ent_type_ == "ORG" and c.dep_ == "compound" for c in child.children)  # "told the AP news agency"
                            # "told Trend", "told Kyodo": an outlet's name the tagger gave no type (a person is no relay)
                            or child.pos_ == "PROPN" and child.ent_type_ in ("", "ORG", "PRODUCT", "WORK_OF_ART")
                            and not any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in child.children)
                            # "told state TV", "told a local radio station", "told the daily": an outlet
                            or child.pos_ == "NOUN" and child.lemma_.lower() in _OUTLET_NOUNS):
                        r = self.names.ref_for(child)
                        if r:
                            relays.append(r)
            # "..., the think tank said, cited by the Kessel Times": whoever cited the speaker relays it
            for pobj in _cited_by(verb):
                r = self.names.ref_for(pobj)
                if r:
                    relays.append(r)
            # "the junta said in a statement quoted by state media": whoever quoted the statement relays it
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
                    for doc_noun in prep.children:
                        if doc_noun.dep_ != "pobj" or doc_noun.lemma_.lower() not in _DOCUMENT_NOUNS | {"address", "post", "message"}:
                            continue
                        for acl in doc_noun.children:
                            if acl.dep_ == "acl" and acl.lemma_.lower() in ("cite", "quote", "carry", "publish", "air", "broadcast"):
                                for agent in acl.children:
                                    for pobj in agent.children if agent.dep_ == "agent" else ():
                                        r = self.names.ref_for(pobj) if pobj.dep_ == "pobj" else None
                                        if r:
                                            relays.append(r)
            subj = None
            if ref is not None and ref.start is not None:
                span = doc.char_span(ref.start, ref.end or ref.start, alignment_mode="expand")
                subj = span.root if span is not None and len(span) else None
            if subj is not None:
                for child in subj.children:
                    if child.dep_ == "acl" and child.lemma_.lower() in ("cite", "quote"):
                        for agent in child.children:
                            if agent.dep_ == "agent":
                                for pobj in agent.children:
                                    if pobj.dep_ == "pobj":
                                        r = self.names.ref_for(pobj)
                                        if r:
                                            relays.append(r)
        return relays

    def _trailing_relays(self, sent: "Span", chain: list[tuple[SourceRef | None, str, int]]) -> list[SourceRef]:
        """Outlets that close the sentence: "..., the agency told lawmakers, Yonhap reports, UNN writes."."""
        if not chain:
            return []
        last_cue = max(i for _, _, i in chain)
        known = {i for _, _, i in chain}
        out: list[SourceRef] = []
        for t in sent:
            if t.i <= last_cue or t.i in known or t.lemma_.lower() not in ("report", "write") or t.pos_ != "VERB":
                continue
            if not any(self.doc[k].text == "," for k in range(max(sent.start, t.i - 4), t.i)):
                continue  # a closing "..., Yonhap reports": a comma shortly before
            subj = self.sents.subject_any(t)
            if subj is None:
                # "..., reports Ruvia.": the inverted outlet parsed as the verb's object
                subj = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i > t.i
                             and (c.i + 1 >= len(self.doc) or self.doc[c.i + 1].is_punct)), None)
            if subj is None or subj.i < last_cue or not (subj.ent_type_ == "ORG" or subj.pos_ == "PROPN"):
                continue
            ref = self.names.ref_for(subj)
            if ref is not None:
                out.append(ref)
        if not out:
            closing = _closing_outlet(sent, last_cue)
            if closing is not None:
                out.append(closing)
        return out

    def sentence_attribution(self, sent: "Span") -> _Attribution | None:
        """The attribution a sentence makes with its main speech verb, if any."""
        key = sent.start
        if key in self._sent_attr:
            return self._sent_attr[key]
        att: _Attribution | None = None
        for t in sent:
            if t.lower_ == "according":
                for pobj in _according_to(t):
                    ref = self.names.ref_for(pobj)
                    if ref:
                        att = _Attribution(ref, (), "say", t.i)
        if att is None:
            for t in sent:
                if t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS and (
                    t.dep_ in ("ROOT", "conj", "parataxis") or not sent.start <= t.head.i < sent.end
                ):
                    subj = self.sents.subject(t)
                    if subj is not None and sent.start <= subj.i < sent.end:
                        ref = self.names.ref_for(subj)
                        if ref is not None:
                            # "..., state broadcaster X said, quoting the information team": the team speaks
                            cited = _cited(t)
                            cited_ref = self.names.ref_for(cited) if cited is not None and _speaker_like_noun(cited) else None
                            if cited_ref is not None and _names_someone(cited_ref):
                                att = _Attribution(cited_ref, (ref,), t.lemma_.lower(), t.i)
                            else:
                                # "..., the think tank said, cited by the Kessel Times": the citing outlet relays it
                                cited_by = [r for r in (self.names.ref_for(p) for p in _cited_by(t)) if r is not None]
                                att = _Attribution(ref, tuple(cited_by), t.lemma_.lower(), t.i)
                            break
        self._sent_attr[key] = att
        return att

    def _previous_sentence_attribution(self, sent: "Span") -> _Attribution | None:
        """Attribution carried over from the sentence before, within the same paragraph."""
        doc = self.doc
        n = self.sents.seg_of[sent.start]
        if n == 0:
            return None
        a, b = self.sents.segments[n - 1]
        prev = doc[a:b]
        if "\n" in self.text[prev.end_char : sent.start_char] and not _GOES_ON_RE.match(self.text[sent.start_char : sent.end_char]):
            return None  # (a paragraph that opens "Therefore, overall, ..." draws the conclusion of the one before)
        att = self.sentence_attribution(prev)
        if att is not None:
            return att
        giver = self._update_giver(prev)
        if giver is not None:
            return giver
        # the sentence before may itself carry an attribution from a claim in it
        for prev_q, _, prev_att in reversed(self.history):
            if prev.start_char <= prev_q.start < prev.end_char and prev_att.source is not None:
                return prev_att
        # '"We are doing all we can," said Governor X. Nineteen more bodies were found.': the figures that
        # follow a named speaker's quotation in its paragraph are what that speaker gives
        words = [t for t in prev if not t.is_punct and not t.is_space]
        if words and self.names.speaker_at(words[len(words) // 2].idx) is not None:
            speaker = self.names.speaker_at(words[len(words) // 2].idx)
            if speaker is not None and _names_someone(speaker) and (speaker.start is None or speaker.start < sent.start_char):
                return _Attribution(speaker, (), "say", None)
        return None

    def _update_giver(self, prev: "Span") -> _Attribution | None:
        """Who the sentence before says gave the figures, without a figure of its own ("The civil defence
        agency gave an update on Monday.", "Governor X released the latest figures."): the figures that
        follow are theirs."""
        if any(t.like_num and t.ent_type_ not in ("DATE", "TIME", "ORDINAL") for t in prev):
            return None
        for t in prev:
            if t.pos_ != "VERB" or t.lemma_.lower() not in _ISSUE_VERBS | {"give", "hold"}:
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in _UPDATE_NOUNS for c in t.children):
                continue
            subj = self.sents.subject_any(t)
            if subj is None or not _speaker_like_noun(subj) or subj.ent_type_ in ("GPE", "LOC"):
                continue
            ref = self.names.ref_for(subj)
            if ref is not None and _names_someone(ref):
                return _Attribution(ref, (), "say", None)
        return None

    def _other_place(self, sent: "Span", tok: "Token") -> bool:
        """The figure's sentence turns to another place than the sentence before ("In neighbouring
        Y, 36 were injured" after "According to X, ..."; "... killed elsewhere in the country"):
        the earlier source, who spoke of its own place, does not give it."""
        if any(t.lower_ in _ELSEWHERE_WORDS for t in sent):
            return True
        if _COMPARED_RE.match(self.text[sent.start_char : sent.end_char]):
            return False  # "By contrast, Varn has almost triple that number": the same speaker compares
        n = self.sents.seg_of[sent.start]
        if n == 0:
            return False
        a, b = self.sents.segments[n - 1]
        prev = self.doc[a:b]

        def places(span: "Span") -> dict[str, str | None]:
            out: dict[str, str | None] = {}
            for e in span.ents:
                # ("the largest groups came from Poland": where the counted come from is not where they are)
                if e.label_ in ("GPE", "LOC") and not _origin(e.root):
                    place = resolve_place(e.text)
                    out[_place_key(e.text)] = place.kind if place is not None else None
            return out

        mine, before = places(sent), places(prev)
        if not mine or set(mine) & set(before):
            return False
        # a peer of the place before (another country, another region), not a part of it
        # ("In Wajima City, 39" after "in Ishikawa Prefecture" stays with the same source)
        return any(k in ("country", "region") and k in before.values() for k in mine.values())

    def earlier_attribution(self, q: Quantity, measure: str | None) -> _Attribution | None:
        """The attribution of the same figure mentioned earlier ("the 8,000 North Korean troops")."""
        for prev_q, prev_measure, att in reversed(self.history):
            if att.source is None:
                continue
            if prev_q.value is not None and q.value is not None and abs(prev_q.value - q.value) < 1e-9:
                if measure is None or prev_measure is None or _same_measure(measure, prev_measure) and (
                        # a small number comes back by chance: "12 more people died" and later "lost 12
                        # soldiers" are two figures (the same people, not only the same harm, say it again)
                        q.value >= 100 or _same_measure(_without_states(measure), _without_states(prev_measure))):
                    return att
        return None

    def remember(self, q: Quantity, measure: str | None, att: _Attribution) -> None:
        """Record a claim's attribution for later carry-over (per-article state only)."""
        self.history.append((q, measure, att))
        if att.source is not None:
            self.names.sources.append(att.source)

    # -- dates -----------------------------------------------------------------------------------


# nouns that stand for a figure given just before ("The figure was given by ...", "The toll was released by ...")
_FIGURE_NOUNS = {"figure", "toll", "number", "count", "tally", "total", "estimate", "data", "datum", "statistic"}
# nouns of an outlet that a speaker tells something to (and so relays it)
# an outlet a figure is told to ("told state TV", "told the daily X"): names.py's broadcast and print words and more
_OUTLET_NOUNS = _OUTLET_WORDS | _PRINT_OUTLETS | {"station", "agency", "website", "network"}
# words of a tally of people ("missing", "injured", "dead", "toll")
_TALLY_WORDS_RE = re.compile(r"(?i)\b(?:missing|injured|wounded|hurt|dead|killed|died|deaths?|fatalities|toll|trapped|"
                             r"unaccounted|displaced|evacuated|homeless|casualties)\b")
_GOES_ON_WORDS = {"still", "another", "further", "more", "others", "also", "remain", "remains", "remained", "additional"}
# what a speaker gives when it gives the figures that follow ("gave an update", "released the latest figures")
_UPDATE_NOUNS = {"update", "figure", "toll", "briefing", "count", "tally", "number", "data", "datum", "detail",
                 "bulletin", "conference", "statistic", "estimate"}
_GIVE_VERBS = {"give", "provide", "release", "issue", "publish", "compile", "supply", "put", "announce", "confirm"}
_ELSEWHERE_WORDS = {"elsewhere", "neighbouring", "neighboring"}
# openers of a sentence that sets another side beside the one the sentence before spoke of
_COMPARED_RE = re.compile(r"(?i)(?:by contrast|in contrast|in comparison|by comparison|similarly|likewise)\b")
# openers of a sentence that draws the conclusion of what the sentence before said
_GOES_ON_RE = re.compile(r"(?i)(?:therefore|thus|hence|consequently|taken together|all told|altogether)\b")


# words that make a name a body that speaks, not a place ("Health Ministry", "Red Cross", "UN"): the
# claims' body nouns and the words of a few bodies' own names
_BODY_WORDS = _BODY_NOUNS | {"authorities", "bureau", "center", "centre", "crescent", "cross", "directorate", "force", "forces",
                             "network", "ocha", "services", "society", "un", "unhcr", "unicef", "who"}


def _quoted_object(verb: "Token") -> "Token | None":
    """Whom a closing "..., the agency quoted a local official as saying" quotes: the official speaks."""
    if verb.lemma_.lower() not in ("quote", "cite") or verb.tag_ == "VBG":
        return None
    if not any(t.lower_ == "saying" and t.i > verb.i for t in verb.subtree):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and _speaker_like_noun(c)), None)


def _quoting_lead(subj: "Token") -> "Token | None":
    """The outlet of "Quoting X, (a role,) the Y reported ..." when the parser made X the subject and Y
    its apposition."""
    doc = subj.doc
    if doc[subj.left_edge.i].lower_ not in ("quoting", "citing"):
        return None
    tellers = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and (c.ent_type_ == "ORG" or _speaker_like_noun(c))
               and c.ent_type_ != "PERSON"]
    return tellers[-1] if len(tellers) >= 1 and (tellers[-1].ent_type_ == "ORG" or len(tellers) > 1
                                                  or tellers[-1].lemma_.lower() not in _SPEAKER_NOUNS) else None


def _cited_by(verb: "Token") -> list["Token"]:
    """Who cites a speech verb's speaker: "X said, cited by the Kessel Times" / "quoted by state media"."""
    return [pobj for adv in verb.children
            if adv.dep_ in ("advcl", "acl", "xcomp") and adv.tag_ == "VBN" and adv.lemma_.lower() in ("cite", "quote") and adv.i > verb.i
            for agent in adv.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj"]


def _origin(root: "Token") -> bool:
    """A place named as where people come from ("came from Pellan (1,900 people), the US and Canada
    (800 people)"): a "from" before it in its list, with no verb between (however the list is parsed)."""
    doc = root.doc
    for k in range(root.i - 1, max(-1, root.i - 30), -1):
        t = doc[k]
        if t.lower_ == "from":
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_sent_start or t.text in (";", ":"):
            return False
    return False


_HARM_WORDS_RE = re.compile(r"(?i)\b(?:killed|wounded|injured|missing|dead|displaced|evacuated|captured|arrested|"
                            r"rescued|affected|hurt)\b")


def _without_states(measure: str) -> str:
    """The measure's words without what happened to those counted ("soldiers killed" -> "soldiers")."""
    return _HARM_WORDS_RE.sub(" ", measure)


def _place_key(name: str) -> str:
    return re.sub(r"^(?:the)\s+", "", name.strip().lower())


# "Reports indicate / suggest that ...": unnamed hearsay with a verb of hinting is no source ("reports said"
# still relays what was said)
_HINT_VERBS = {"indicate", "suggest", "show", "point", "signal", "imply", "hint"}
_UNNAMED_HEARSAY = {"reports", "report", "rumours", "rumors", "rumour", "rumor", "indications", "signs"}

_NOT_SOURCES = {"statement", "statements", "figure", "figures", "data", "unit", "units", "update", "updates",
                "statistics", "statistic", "numbers", "records", "details", "detail", "information",
                "number", "numbers", "toll", "tally", "estimate", "estimates", "count", "it", "this", "that"}


def estimate_noun(tok: "Token") -> "Token | None":
    """The noun "estimate" a figure is given by: "an estimate of 500,000", "estimates of about 1,000",
    "police estimate: 45,000" (the figure after a colon)."""
    doc = tok.doc
    num = tok if tok.like_num or tok.pos_ == "NUM" else next((c for c in tok.children if c.dep_ == "nummod"), tok)
    for cand in (tok, num):
        if cand.dep_ == "pobj" and cand.head.lower_ == "of" and cand.head.head.lemma_.lower() == "estimate":
            return cand.head.head
    left = min(tok.left_edge.i, num.left_edge.i)
    if left >= 2 and doc[left - 1].text == ":" and doc[left - 2].lemma_.lower() == "estimate":
        return doc[left - 2]
    return None


def _names_someone(ref: SourceRef) -> bool:
    """A source is an entity or a described group, never "statement", "unit", a number or a date."""
    words = (ref.name or ref.text or "").strip().lower()
    if not words or not any(ch.isalpha() for ch in words):
        return False
    content = [w for w in words.split() if w not in ("the", "a", "an", "this", "that", "its", "their", "new", "latest",
                                                      "previous", "earlier", "official", "final", "provisional",
                                                      "preliminary", "death", "casualty")]
    if content and all(w in _NOT_SOURCES for w in content):
        return False  # "the statement", "the unit" (but "Ministry figures" is the ministry's)
    if content and re.fullmatch(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands",
                                content[0]) and not (content[-1].rstrip("s") in _SPEAKER_NOUNS or content[-1] in _SPEAKER_NOUNS) \
            and content[:2] != ["one", "of"]:  # ("one of the survivors told": one person speaks)
        return False  # "310 others declared stranded": a counted group, not who speaks ("two officials said" is)
    return not re.fullmatch(r"(?:the |a |an )?(?:\d[\d,.]*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)", words)


# what a figure can be "reported" as ("225 people reported missing")
_SAID_STATES = {"missing", "dead", "killed", "injured", "wounded", "captured", "displaced", "trapped", "alive", "safe",
                "hurt", "detained", "arrested", "kidnapped", "abducted", "sick", "ill"}


def _closing_outlet(sent: "Span", last_cue: int) -> SourceRef | None:
    """The outlet of a closing "..., 11Alive reports." / "..., WXII 12 reports." that the tagger read
    as a noun: one to three capitalised (or digit-led) words between a comma and the sentence's
    last word "reports"/"writes"."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or words[-1].lower_ not in ("reports", "writes") or words[-1].pos_ == "VERB":
        return None
    end = words[-1]
    k = end.i - 1
    run: list["Token"] = []
    doc = sent.doc
    while k > last_cue and doc[k].text != "," and len(run) < 4:
        run.insert(0, doc[k])
        k -= 1
    if not run or len(run) > 3 or k <= last_cue or doc[k].text != ",":
        return None
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in run) or not any(ch.isupper() for t in run for ch in t.text):
        return None
    a, b = run[0].idx, run[-1].idx + len(run[-1].text)
    name = doc.text[a:b]
    return SourceRef(entity=None, name=name, text=name, start=a, end=b)


_NOTICE_NOUNS = {"note", "notice", "release", "communique", "communiqué", "letter", "post", "circular"}


def _according_to(according: "Token") -> list["Token"]:
    """The objects of "according to X" (only its "to": "according to X, particularly in Y" names X);
    of "according to estimates from X" / "figures by X", X: who made them."""
    out = [pobj for to in according.children if to.lower_ == "to" for pobj in to.children if pobj.dep_ == "pobj"]
    if not out:
        # "according the X" (the "to" left out): the parser hangs X on "according" itself
        out = [pobj for pobj in according.children if pobj.dep_ == "pobj" and pobj.i > according.i]
    for k, pobj in enumerate(out):
        if pobj.lemma_.lower() in _DOCUMENT_NOUNS | _NOTICE_NOUNS and pobj.pos_ == "NOUN":
            maker = [g for prep in pobj.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of")
                     for g in prep.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or _speaker_like_noun(g))]
            # "according to a press note issued by the Foreign Ministry": who issued it
            maker += [g for acl in pobj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                      and acl.lemma_.lower() in ("issue", "release", "publish", "send", "circulate", "post", "put")
                      for agent in acl.children if agent.dep_ == "agent"
                      for g in agent.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or _speaker_like_noun(g))]
            if maker:
                out[k] = maker[0]
    # "according to my information", "according to our data": the speaker's own, so the speaker speaks
    return [pobj for pobj in out if not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in pobj.children)]


def _inner_first(chain: list[tuple[SourceRef | None, str, int]], tok: "Token", doc: "Doc") -> list[tuple[SourceRef | None, str, int]]:
    """Put a leading "X said ..." before a trailing "..., Y reported." that the parse nested inside it.

    "It said 70 people were killed, the agency reported": the agency relays what "it" said,
    whatever the parse made of the two verbs; a trailing attribution wraps the sentence.
    """
    if len(chain) < 2:
        return chain

    def trailing(entry: tuple[SourceRef | None, str, int]) -> bool:
        ref, _lemma, idx = entry
        return idx > tok.i and ref is not None and ref.start is not None and ref.start > tok.idx

    def leading(entry: tuple[SourceRef | None, str, int]) -> bool:
        ref, _lemma, idx = entry
        return idx < tok.i and doc[idx].lower_ != "according" and ref is not None and ref.start is not None and ref.start < tok.idx

    if trailing(chain[0]):
        for k in range(1, len(chain)):
            if leading(chain[k]):
                return [chain[k], *chain[:k], *chain[k + 1 :]]
    return chain


def _cited(verb: "Token") -> "Token | None":
    """The object of "citing X" / "quoting X" attached to a reporting verb or its reported clause."""
    places = [verb] + [c for c in verb.children if c.dep_ == "ccomp"]
    for head in places:
        for child in head.children:
            if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("advcl", "xcomp", "conj", "acl") \
                    and child.tag_ == "VBG":
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        return obj
    return None



# subordinate clauses of time and cause: what the main clause's speaker does not report
_EVENT_MARKS = {"after", "before", "when", "since", "because", "while", "although", "though", "until", "once", "whereas"}


def _event_mark(clause: "Token") -> bool:
    """A clause of time or cause: "after ...", "while ...", and "as" with an action ("As Britain
    deployed 3,300 troops, Reid said": not "as reported by", "as the ministry said")."""
    return any(c.dep_ == "mark" and (c.lower_ in _EVENT_MARKS or c.lower_ == "as" and clause.lemma_.lower() in _ACT_VERBS)
               for c in clause.children)


# actions an "as" clause of time tells (not speech, not a rise of the toll the speaker gives)
_ACT_VERBS = frozenset({"deploy", "send", "launch", "arrive", "withdraw", "move", "attack", "begin", "start", "visit",
                        "prepare", "enter", "invade", "strike", "fight", "push", "advance", "retreat", "pull"})


def _in_event_clause(tok: "Token", cue: "Token") -> bool:
    """The figure lies in a clause of time or cause ("after it emerged that hundreds ...") that the
    speech verb does not report."""
    for anc in [tok, *tok.ancestors]:
        if anc.i == cue.i:
            return False
        if anc.dep_ == "advcl" and _event_mark(anc) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in ("DATE", "TIME") for c in anc.children):
            # (not "the toll from the floods since March 3 has climbed to 43": a date the parser made the
            # subject of a "since" clause is no clause of time, the figure is what is reported)
            return cue.i not in {t.i for t in anc.subtree} and not _reported_above(anc)
    return False


def _reported_above(clause: "Token") -> bool:
    """The clause hangs inside what a speech verb reports ("said the toll rose after 12 more bodies
    were found": a ccomp between them), not beside its speaker's act ("warned ..., after it emerged")."""
    node = clause
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "ccomp":
            return True
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _SAY_VERBS \
                and not any(c.dep_ == "auxpass" for c in head.children):  # ("cases have been confirmed, while ...": no one's act)
            return False
        node = head
    return False


def _declares_a_thing(verb: "Token", tok: "Token") -> bool:
    """Whether a speech verb's object is a thing it declares or announces, so that a clause the parse hangs
    beside that object is not what it says ("declared three days of mourning after the quake killed 300",
    "announced a curfew as floods left 40 dead"); "told reporters that ..." and "confirmed the deaths of
    40" still give a figure."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i), None)
    if clause is None or any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in clause.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    return obj is not None and obj.pos_ == "NOUN" and not _speaker_like_noun(obj) \
        and obj.lemma_.lower() not in _DOCUMENT_NOUNS and obj.lemma_.lower() not in _FIGURE_NOUNS \
        and not any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in obj.subtree)


def _hearsay(sent: "Span") -> bool:
    """"At least 12 are now said to have died": a passive "said/reported/believed to" with no one
    named: the sentence speaks for unnamed others, not for the source of the sentence before."""
    return any(t.tag_ == "VBN" and t.lemma_.lower() in ("say", "report", "rumor", "rumour", "allege", "claim")
               and any(c.dep_ == "auxpass" for c in t.children)
               and not any(c.dep_ == "agent" for c in t.children)
               and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in t.children)
               for t in sent)


def _makes_public(verb: "Token") -> bool:
    """"made public the names of six", "made the figures public": who publishes them gives them;
    "the government only speaks of 200" / "talks of 200 dead": who speaks of a figure gives it."""
    if verb.lemma_.lower() in ("speak", "talk"):
        return any(c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > verb.i
                   and any(g.dep_ == "pobj" and (g.like_num or any(n.like_num for n in g.subtree)) for g in c.children)
                   for c in verb.children)
    if verb.lemma_.lower() != "make":
        return False
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    return any(c.lower_ == "public" and c.i > verb.i for c in near)


def _claims_lives(verb: "Token") -> bool:
    """"the quake has claimed 2,700 lives": a toll taken, not a claim made."""
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("life", "death", "victim", "casualty") for c in verb.children)


def _cited_by_subject(subj: "Token | None") -> "Token | None":
    """"the Ruvia news agency quoting the ruling council has said ...": whom the speaker quotes."""
    if subj is None:
        return None
    for child in subj.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("cite", "quote") and child.tag_ == "VBG":
            obj = next((o for o in child.children if o.dep_ == "dobj"), None)
            # (whoever is quoted speaks: "quoting the ruling junta"; not "citing data")
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lemma_.lower() not in _DOCUMENT_NOUNS:
                return obj
    return None


_OWN_DOCUMENTS_RE = re.compile(r"(?i)^according\s+to\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+){0,2}?"
                               r"(?:statement|data|figures|update|bulletin|release|tally|count|communiqu)")


def _according_in_order(chain: list[tuple[SourceRef | None, str, int]], tok: "Token",
                        doc: "Doc") -> list[tuple[SourceRef | None, str, int]]:
    """Order a closing "according to X" against the speaker before it: "Y said that ... 2,700 lives,
    according to a Meridian report" (Y speaks, Meridian relays); "TV reported that 694 died,
    according to a statement from the government" (the government's statement, relayed by TV)."""
    acc = [k for k, (ref, _l, idx) in enumerate(chain) if ref is not None and doc[idx].lower_ == "according"]
    if len(acc) != 1:
        return chain
    k = acc[0]
    idx = chain[k][2]
    if idx < tok.i:
        return chain
    said = [j for j, (ref, _l, i) in enumerate(chain) if j != k and ref is not None and doc[i].lower_ != "according"
            and i < tok.i and doc[i].pos_ in ("VERB", "AUX")]
    if not said:
        return chain
    entry = chain[k]
    rest = chain[:k] + chain[k + 1 :]
    if _OWN_DOCUMENTS_RE.match(doc[idx : idx + 8].text):
        return [entry] + rest  # the statement's maker gives the figure; the speaker relays it
    first = min(said, key=lambda j: j)
    pos = rest.index(chain[first]) + 1
    return rest[:pos] + [entry] + rest[pos:]


def _speaker_like_noun(tok: "Token") -> bool:
    """A cited noun that can speak (not "citing a threat", "citing data")."""
    return tok.lemma_.lower() not in _DOCUMENT_NOUNS and (
        tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN" or _speaker_like(tok)
        or tok.lemma_.lower() in ("team", "office", "ministry", "agency", "council", "committee", "service", "department"))


def _forecasts_other(cue: "Token", tok: "Token") -> bool:
    """A forecasting verb whose own object is something other than the figure ("has predicted more
    rains", "forecast heavy showers"): it speaks of that, not of the toll beside it."""
    if cue.lemma_.lower() not in _PROJECT_VERBS or cue.i < tok.i:
        return False
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return bool(objs) and all(tok.i not in {t.i for t in o.subtree} and not any(t.like_num for t in o.subtree) for o in objs)


def _sibling_clause(cue: "Token", tok: "Token") -> bool:
    """A speech verb coordinated after the figure's own clause, with no reported clause of its own,
    speaks of something else ("458 are listed as missing and the government expects to find more")."""
    return cue.dep_ == "conj" and cue.i > tok.i and cue.head in list(tok.ancestors) \
        and not any(c.dep_ in ("ccomp", "dobj") for c in cue.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) \
        and any(c.dep_ == "cc" and tok.i < c.i < cue.i for c in cue.head.children)  # ("..., officials reported": a closing speaker)


def _speaker_participle(verb: "Token") -> bool:
    """A speech verb tagged as a participle right after the noun it hangs on, when that noun can speak and
    nothing makes it passive ("a police spokesperson reported on Monday", no "by", no "was")."""
    head = verb.head
    return verb.dep_ == "acl" and head.i == verb.i - 1 and head.pos_ in ("NOUN", "PROPN") and _speaker_like_noun(head) \
        and not any(c.dep_ in ("agent", "auxpass") or c.lower_ == "by" for c in verb.children)


def _contrasted(cue: "Token", tok: "Token") -> bool:
    """A speech verb in a "but" clause beside the figure's: "the toll reaches 11,300, but local
    officials suggest it could be higher" — the officials do not give the 11,300."""
    if cue.dep_ != "conj":
        return False
    # the "but" must open the speaker's own clause ("..., but officials suggest"); a "but" that opens a clause
    # of its own before a closing "..., rescuers stated." joins those two, and the speaker closes them all
    after = cue.doc[cue.i + 1 : cue.sent.end]
    if any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children) and len(after) <= 5 \
            and not any(t.pos_ in ("VERB", "AUX") for t in after):
        return False  # the speaker closes the sentence after what it says: "..., but many are missing, rescuers stated."
    left = min(t.i for t in cue.subtree)
    doc = cue.doc
    if not any(c.dep_ == "cc" and c.lower_ == "but" and c.i < left
               and all(t.is_punct or t.is_space for t in doc[c.i + 1 : left]) for c in cue.head.children):
        return False
    inside = {t.i for t in cue.subtree}
    return tok.i not in inside and cue.head.left_edge.i <= tok.i <= cue.head.right_edge.i


def _dedupe(refs: tuple[SourceRef, ...]) -> tuple[SourceRef, ...]:
    out: list[SourceRef] = []
    for r in refs:
        if not any((o.name or o.text) == (r.name or r.text) for o in out):
            out.append(r)
    return tuple(out)

