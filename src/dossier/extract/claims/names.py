"""Claims: names for the people and bodies that give figures, and the speakers of quotes.

``Names.ref_for`` turns the noun that gives a figure into a ``SourceRef``: the words used
(with offsets) and the fullest name the article gives (from its local entities or its own
PERSON mentions, so "Patel" becomes "Vedant Patel"); pronouns and "the agency" are resolved
to an earlier source. ``speaker_at`` says who speaks a quotation containing an offset.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import LocalEntity, Quote, SourceRef
from .sentences import Sentences, _speaker_like
from .words import _BODY_NOUNS, _DET_RE, _DOCUMENT_NOUNS, _FIRST_PERSON, _ISSUE_VERBS, _SAY_VERBS, _SPEAKER_NOUNS, _THIRD_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# a participle opening a sentence that the tagger took into the name after it ("Quoting Jo Roe, ...")
_LEAD_VERB_RE = re.compile(r"(?:Quoting|Citing|According to|Per)\s+(?=[A-Z])")

# bodies whose data are theirs ("army data") and outlets whose reports are theirs ("the state television report")
_OWNING_BODIES = {"army", "military", "police", "ministry", "government", "navy", "agency", "council", "office", "department"}
# broadcasters and the press named by their kind ("the state television report"); print outlets: _OUTLET_NOUNS below
_OUTLET_WORDS = frozenset({"television", "tv", "radio", "broadcaster", "newspaper", "channel", "media"})


def _acronym(tok: "Token") -> bool:
    """A body's short name: "MoD", "NDMA", "UN" (two capitals or more, a name's part of speech)."""
    return tok.pos_ == "PROPN" and sum(ch.isupper() for ch in tok.text) >= 2 and tok.text.isalpha() and len(tok.text) <= 8

class Names:
    """Who the words of one article name; ``sources`` are the sources given so far, in order."""

    def __init__(self, sents: Sentences, local_entities: tuple[LocalEntity, ...], quotes: tuple[Quote, ...]) -> None:
        self.sents = sents
        self.doc = sents.doc
        self.text = sents.text
        self.local = local_entities
        self.quotes = tuple(q for q in quotes if q.speaker is not None)
        self.quote_spans = _quote_spans(self.text)
        self.persons = [_with_untyped_surname(e) for e in sents.doc.ents if e.label_ == "PERSON"]
        self.sources: list[SourceRef] = []

    def fullest_name(self, words: str, start: int, label: str | None, head: int | None = None,
                     roles: bool = True) -> str | None:
        """The fullest name the article gives to ``words`` ("Patel" -> "Vedant Patel").

        A local entity names the phrase only when one of its mentions covers the phrase's
        head word (``head``, a character offset), or its name or an alias equals the words
        or contains them ("Patel" in "Vedant Patel"); "US" in "US officials" does not.
        """
        parts = {w for w in re.findall(r"[\w'-]+", words) if w[:1].isupper()}
        best: str | None = None
        low = words.lower()
        for le in self.local:
            names = [n.lower() for n in (le.name, *le.aliases) if n]
            covers = head is not None and any(m.start <= head < m.end for m in le.mentions)
            contained = le.type == "PERSON" and any(low in n and len(low) >= 3 for n in names)
            if covers or contained or any(n == low for n in names):
                if best is None or len(le.name) > len(best):
                    best = le.name
        if best:
            # "Min Aung" when the article writes "Min Aung Hlaing" (the tagger cut the surname off)
            longer = [p.text for p in self.persons if p.text.startswith(best + " ")]
            return max(longer, key=len) if longer else best
        # a role the article gives a person: "the US secretary of state" -> that person
        if label is None and len(low) >= 6 and roles:
            for le in self.local:
                if le.type == "PERSON" and any(r.title and len(r.title) >= 5 and r.title.lower() in low for r in le.roles):
                    return le.name
        if label == "PERSON" or (parts and label is None):
            for ent in self.persons:
                ent_parts = set(re.findall(r"[\w'-]+", ent.text))
                if head is not None and start <= ent.start_char < start + len(words) and not ent.start_char <= head < ent.end_char:
                    continue  # "the high court of the Orsk region": a name inside the phrase that is not its head
                if parts and parts & ent_parts and len(ent.text) >= len(words) and ent.start_char <= start + len(words) + 2000:
                    if best is None or len(ent.text) > len(best):
                        best = ent.text
        return best

    def ref_for(self, noun: "Token") -> SourceRef | None:
        """A SourceRef for the noun phrase headed by ``noun`` (pronouns resolved where possible)."""
        ref = self._ref_for(noun)
        lead = _LEAD_VERB_RE.match(ref.name or "") if ref is not None else None
        if ref is not None and lead is not None and len(ref.name or "") > lead.end():
            # "Quoting Jo Roe, the agency said": the tagger's name took the opening verb (and so may the
            # entity a pronoun resolves to)
            return SourceRef(entity=ref.entity, name=(ref.name or "")[lead.end() :], text=ref.text, start=ref.start, end=ref.end)
        return ref

    def _ref_for(self, noun: "Token") -> SourceRef | None:
        doc = self.doc
        low = noun.lower_
        # "said Canadian Brig.-Gen. David Fraser": the tokenizer ends a sentence after the rank's
        # abbreviation; the person named after it is who speaks
        if noun.pos_ == "PROPN" and _RANK_RE.search(noun.text) and noun.i + 2 < len(doc) and doc[noun.i + 1].text == "." \
                and doc[noun.i + 2].ent_type_ == "PERSON" and doc[noun.i + 2].ent_iob_ == "B":
            end_i = noun.i + 2
            while end_i + 1 < len(doc) and doc[end_i + 1].ent_iob_ == "I" and doc[end_i + 1].ent_type_ == "PERSON":
                end_i += 1
            return SourceRef(entity=None, name=doc[noun.i + 2 : end_i + 1].text, text=doc[noun.i + 2 : end_i + 1].text,
                             start=doc[noun.i + 2].idx, end=doc[end_i].idx + len(doc[end_i]))
        if low in _FIRST_PERSON | _THIRD_PRONOUNS and noun.pos_ == "PRON":
            return self._resolve_pronoun(noun)
        if noun.pos_ == "PRON" and not (noun.text.isupper() and len(noun.text) > 2):  # "WHO says": the organisation
            return None
        # "according to reporting by X", "figures from X", "a statement by X": X gives the figure
        if noun.lemma_.lower() in _DOCUMENT_NOUNS or noun.lower_ in _DOCUMENT_NOUNS \
                or noun.lemma_.lower() == "toll":  # "the toll announced by X" ("data": lemma "datum")
            for acl in noun.children:  # "figures released by the ministry", "a report published by"
                if acl.dep_ == "acl" and acl.tag_ == "VBN":
                    for agent in acl.children:
                        # (also "figures received from the ministry", "data obtained from the agency")
                        if agent.dep_ == "agent" or agent.dep_ == "prep" and agent.lower_ == "from":
                            pobj = [c for c in agent.children if c.dep_ == "pobj"]
                            if pobj and (agent.dep_ == "agent" or pobj[0].pos_ == "PROPN" or _speaker_like(pobj[0])):
                                return self.ref_for(pobj[0])
            for child in noun.children:
                if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of"):
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    if pobj and (pobj[0].pos_ == "PROPN" or _speaker_like(pobj[0])):
                        return self.ref_for(pobj[0])
                # "a report his ministry issued", "figures the army released": whoever issued it
                if child.dep_ == "relcl" and child.lemma_.lower() in _ISSUE_VERBS:
                    subj = [c for c in child.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and _speaker_like(c)]
                    if subj:
                        return self.ref_for(subj[0])
            # "a ministry statement", "the ministry's figures", "police figures": the body that gives them
            owner = [c for c in noun.children if c.dep_ in ("compound", "poss", "amod") and c.i < noun.i
                     and (c.dep_ != "amod" or _acronym(c))  # ("MoD figures": the tagger's adjective)
                     # "intelligence data" is no one's (the tagger's lemma); "army data", "UN data" are the body's
                     and (noun.lemma_.lower() != "datum" or c.lemma_.lower() in _OWNING_BODIES or c.ent_type_ == "ORG"
                          or _acronym(c))
                     and (c.lemma_.lower() in _BODY_NOUNS or c.lemma_.lower() in _OUTLET_WORDS or c.ent_type_ in ("ORG", "PERSON")
                          or _acronym(c)) and c.pos_ != "PRON"]
            if owner and owner[-1].lemma_.lower() in _OUTLET_WORDS:
                # "the state television report": the outlet is the words before the document's noun
                first = next((t for t in doc[noun.left_edge.i : noun.i] if t.dep_ not in ("det", "punct")), owner[-1])
                span_text = doc.text[first.idx : owner[-1].idx + len(owner[-1].text)]
                return SourceRef(entity=None, name=span_text, text=span_text, start=first.idx, end=owner[-1].idx + len(owner[-1].text))
            if owner:
                ref = self.ref_for(owner[-1])
                # "Norlandic intelligence reports": the adjective of the document names whose intelligence
                # (an invented country's adjective the tagger reads as a name: "Narfuin intelligence estimates")
                adj = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < owner[-1].i
                       and (c.ent_type_ in ("NORP", "GPE", "PERSON") or c.pos_ == "PROPN")]
                if ref is not None and ref.entity is None and ref.start is not None and adj and adj[0].left_edge.idx < ref.start:
                    span_text = doc.text[adj[0].left_edge.idx : ref.end]
                    return SourceRef(entity=None, name=span_text, text=span_text, start=adj[0].left_edge.idx, end=ref.end)
                return ref
            # "The statement mentioned that ...": the statement of the body that spoke last
            if noun.lemma_.lower() == "statement" and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "that")
                                                          for c in noun.children):
                last = next((r for r in reversed(self.sources) if r is not None and r.name and (r.start or 0) < noun.idx
                             and noun.idx - (r.start or 0) < 1500), None)
                if last is not None:
                    return SourceRef(entity=None, name=last.name, text=noun.text, start=noun.idx, end=noun.idx + len(noun))
        seg = self.sents.segment(noun)
        left = noun.i
        for child in sorted(noun.lefts, key=lambda c: -c.i):
            if child.dep_ in ("compound", "amod", "nmod", "poss", "case", "nummod", "det", "predet", "quantmod") \
                    and child.i <= left - 1 and child.i >= noun.left_edge.i:
                left = min(left, child.left_edge.i)
        left = max(left, seg.start)
        # "LIMA, May 2 (Wire) -Varnia's army": a dateline's dash is never inside a name
        for k in range(noun.i - 1, left - 1, -1):
            if doc[k].text in ("—", "–", "--", "-") and (doc[k].whitespace_ or doc[k - 1].whitespace_ if k else True):
                left = k + 1
                break
        right = noun.i + 1
        while right < seg.end and doc[right].head.i == noun.i and doc[right].dep_ in ("compound", "flat"):
            right += 1
        # "secretary of state", "Ministry of Defence"
        if right < seg.end and (doc[right].lower_ == "of" or doc[right].lower_ == "for" and noun.text[:1].isupper()
                                or doc[right].pos_ == "ADP" and doc[right].text[:1].isupper() and noun.text[:1].isupper()) \
                and doc[right].head.i == noun.i:  # "International Organisation for Migration", "Doctors Without Borders"
            pobj = [c for c in doc[right].children if c.dep_ == "pobj" and (doc[right].lower_ == "of" or c.text[:1].isupper())]
            # "the head of the Brask civil defence agency": an office of a body is named with the body whole
            reach = 7 if noun.lemma_.lower() in _SPEAKER_NOUNS and pobj and (pobj[0].lemma_.lower() in _BODY_NOUNS
                                                                              or pobj[0].ent_type_ == "ORG") else 3
            if pobj and pobj[0].right_edge.i - right <= reach and pobj[0].right_edge.i < seg.end \
                    and not any(t.like_num for t in doc[right : pobj[0].right_edge.i + 1]):
                right = pobj[0].right_edge.i + 1
        # "Doctors Without Borders": a name the tagger knows runs past the noun's own words
        for ent in doc.ents:
            if ent.label_ in ("ORG", "PERSON") and ent.start <= noun.i < ent.end and ent.end > right and ent.end <= seg.end \
                    and ent.start >= left and not any(t.like_num for t in ent):
                right = ent.end
                while right - 1 > noun.i and doc[right - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "PART"):
                    right -= 1  # a tagger's name that runs into "on" ("the ministry on | Sunday") stops before it
                break
        # "President Volodymyr Zelenskyy": the person's name inside a longer phrase
        span = doc[left:right]
        text = span.text
        start, end = span.start_char, span.end_char
        label = None
        for ent in doc.ents:
            if ent.start <= noun.i < ent.end:
                label = ent.label_
                break
        # (not a name inside a phrase on the head: "the high court of the Orsk region")
        # (the person the head word is part of first: "Velmar's Defence Minister Ana Loris" is Loris, not a
        # possessor the tagger also read as a person)
        person = next((e for e in self.persons if e.start >= left and e.end <= right and e.start <= noun.i < e.end), None) \
            or next((e for e in self.persons if e.start >= left and e.end <= right
                     and not _inside_modifier(e.root, noun) and not _owner_of_body(e.root, noun)), None)
        if person is None:
            # "The mayor of Brask, Ivo Tarrant, said": the apposition names the speaker
            holders = [noun]
            for prep in noun.children:  # "the head of Qeshm's free-trade zone, Ali Rezapour,"
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    holders += [c for c in prep.children if c.dep_ == "pobj"]
            for child in (c for h in holders for c in h.children):
                if child.dep_ == "appos" and child.pos_ == "PROPN" and (child.ent_type_ == "PERSON" or child.head.i == noun.i):
                    person = next((e for e in self.persons if e.start <= child.i < e.end), None)
                    if person is None:
                        lead = child.left_edge.i
                        while lead > noun.i + 1 and doc[lead - 1].like_num and not doc[lead - 1].whitespace_:
                            lead -= 1  # "broadcaster 2M": the name's digits the tokenizer cut off
                        person = doc[lead : child.i + 1]
                    break
        clean = _DET_RE.sub("", text)
        clean = _DET_RE.sub("", clean)
        if clean.lower().startswith("of ") and re.match(r"(?:one|two|three|some|several)\s+of\s", text, re.I):
            clean = text  # "One of the survivors told ...": the partitive is who speaks, not "of the survivors"
        name: str | None
        if person is not None:
            name = self.fullest_name(person.text, person.start_char, "PERSON", person.root.idx) or person.text
        else:
            # "said a spokesman for the agency": an indefinite role brings in someone new, not the
            # person the article gave that role before
            name = self.fullest_name(clean, start, label if label in ("PERSON", "ORG", "GPE", "NORP") else None, noun.idx,
                                     roles=not re.match(r"(?:an?|another)\s", text, re.I))
            if name is None:
                name = self._resolve_definite(text, noun) or clean
            elif label != "PERSON" and len(clean) > len(name) and clean.endswith(" " + name):
                # "the country's National Flood Reduction and Management Council": the tagger's name cut
                # at the "and"; the phrase's own capitalised words name the body in full
                whole = re.sub(r"^.*?[’']s\s+", "", clean)
                words = whole.split()
                if len(whole) > len(name) and words[0][:1].isupper() \
                        and all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in words):
                    name = whole
        if low in ("official", "officials", "source", "sources") and not clean:
            return None
        # the quotes stage may already know who these words are ("the US secretary of defence")
        for qt in self.quotes:
            sp = qt.speaker
            if sp is not None and sp.name and sp.start is not None and sp.end is not None \
                    and sp.start <= noun.idx < sp.end:
                cut = name is not None and name.endswith(" " + sp.name) and " and " in name and all(
                    w[:1].isupper() or w in ("and", "of", "for", "&") for w in name[: -len(sp.name)].split())
                if not cut:  # (not a body's name the tagger cut at its "and": keep the whole)
                    name = sp.name
                break
        if name and start is not None:
            # "broadcaster 2M", "Channel 9X": the tokenizer cut a name's leading digits off as a number
            glued = re.search(r"(?<![\w.,])\d+" + re.escape(name) + r"\b", text)
            if glued is not None and name[:1].isupper():
                name = glued.group(0)
        if name and name[:1] in "-—–" and name[1:2].isupper():
            name = name[1:]  # "-Lorn's military" of a dateline's dash glued to the name
        if name and name[:1] in "([" and not any(ch in name[1:] for ch in ")]"):
            name = name[1:].strip() or name  # "(VDA" of "Authority (VDA)"
        if name:
            outlet = _OUTLET_KIND_RE.match(name)
            if outlet is not None and all(w[:1].isupper() or w[:1].isdigit() for w in outlet.group(1).split()):
                name = outlet.group(1)  # "Associated Press news" -> "Associated Press"
        return SourceRef(entity=None, name=name, text=text, start=start, end=end)

    def _resolve_pronoun(self, noun: "Token") -> SourceRef | None:
        low = noun.lower_
        if low in _FIRST_PERSON:
            speaker = self.speaker_at(noun.idx)
            return speaker
        if low in ("he", "she", "him", "her"):
            person = next((ent for ent in reversed(self.persons) if ent.end_char <= noun.idx), None)
            # "the high-ranking military officer said ... He said 22 soldiers were wounded": one unnamed
            # person who spoke after the last name the article gave is who "he" is
            role = next((r for r in reversed(self.sources) if r is not None and r.name and r.start is not None
                         and r.start < noun.idx and noun.idx - r.start < 1500
                         and r.name.split()[-1] in _ONE_PERSON_ROLES), None)
            if role is not None and role.name and (person is None or person.end_char <= (role.start or 0)):
                return SourceRef(entity=None, name=role.name, text=noun.text, start=noun.idx, end=noun.idx + len(noun))
            if person is not None:
                name = self.fullest_name(person.text, person.start_char, "PERSON") or person.text
                return SourceRef(entity=None, name=name, text=noun.text, start=noun.idx, end=noun.idx + len(noun))
            return None
        # it/they inside what a body says: that body ("The UN said that it had confirmed 30 dead")
        for anc in noun.head.ancestors:
            if not self.sents.same_segment(anc, noun):
                break
            if anc.pos_ == "VERB" and anc.lemma_.lower() in _SAY_VERBS:
                subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                if subj is not None and (subj.i == noun.i or subj.pos_ == "PRON"):
                    continue  # a pronoun's verb ("X told EFE that they only know of 10 deaths, they expect"): look above
                if subj is not None and subj.pos_ != "PRON":
                    ref = self.ref_for(subj)
                    if ref is not None:
                        return SourceRef(entity=None, name=ref.name, text=noun.text, start=noun.idx, end=noun.idx + len(noun))
                break
        # it/they: the last source named in the article, or the body the sentence before names as
        # its source when that comes later ("..., according to X. '...,' it said on Telegram.")
        # ("it" and "they" are no one person: "Mayor X said ... They said 19 died" is not the mayor)
        last = next((s for s in reversed(self.sources) if s is not None
                     and not (low in ("it", "they", "them") and self._one_person(s))), None)
        before = self._source_of_sentence_before(noun) if low in ("it", "they") else None
        if before is not None and self._one_person(before):
            before = None
        if before is not None and (last is None or (last.start or 0) < (before.start or 0)):
            last = before
        if last is not None:
            return SourceRef(entity=None, name=last.name, text=noun.text, start=noun.idx, end=noun.idx + len(noun))
        return None

    def _one_person(self, ref: SourceRef) -> bool:
        """A source that is one person the article names ("Tomas Ure", not "the Ure family", "officials")."""
        name = (ref.name or "").strip()
        return bool(name) and any(ent.text == name or name in ent.text or ent.text.endswith(" " + name.split()[-1])
                                  and len(name.split()) == 1 for ent in self.persons)

    def _source_of_sentence_before(self, noun: "Token") -> SourceRef | None:
        """The body the sentence just before gives as its source ("according to X", "X said"), if
        any (news often gives each sentence its own paragraph)."""
        n = self.sents.seg_of[noun.i]
        if n == 0:
            return None
        a, b = self.sents.segments[n - 1]
        # the subject of its speech verb first ("X confirmed the number according to figures from Y.
        # They also said ...": X), else whom it gives "according to"
        speakers = [c for t in self.doc[a:b] if t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS
                    for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if not speakers:
            speakers = [p for t in self.doc[a:b] if t.lower_ == "according"
                        for to in t.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"]
        if not speakers:
            # "two of the victims were identified ... by the ministry for migrant workers. It said ...":
            # the body that did what the sentence before tells
            # (the parse may hang "by" on the noun before it: "identified as seafarers by the ministry")
            speakers = [p for t in self.doc[a:b] if t.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in t.children)
                        for ag in t.subtree if ag.lower_ == "by" and ag.dep_ in ("agent", "prep")
                        for p in ag.children if p.dep_ == "pobj"]
        if not speakers:
            return None
        cand = speakers[-1]
        if cand.ent_type_ == "PERSON" or not (cand.pos_ == "PROPN" or _speaker_like(cand)):
            return None
        ref = self.ref_for(cand)
        return ref if ref is not None and ref.name else None

    def _outlet_before(self, noun: "Token") -> str | None:
        """"This is reported by Forbes, X reports. According to the newspaper, ...": the outlet last
        named as the agent of a passive report verb ("reported by X", "published by X") within the
        1,500 characters before."""
        for i in range(noun.i - 1, -1, -1):  # the nearest first
            t = self.doc[i]
            if noun.idx - t.idx > 1500:
                break
            if t.pos_ != "VERB" or t.lemma_.lower() not in ("report", "write", "publish"):
                continue
            agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents and agents[0].pos_ == "PROPN":
                return self.fullest_name(agents[0].text, agents[0].idx, "ORG", agents[0].idx) or agents[0].text
        return None

    def _resolve_definite(self, text: str, noun: "Token") -> str | None:
        """'the agency' -> the last earlier source whose words end in the same head noun."""
        if not text.lower().startswith(("the ", "this ")) or noun.pos_ != "NOUN":
            return None
        head = noun.lemma_.lower()
        # a plural ("the prefectural and city governments") is not one body named before ("the X government")
        plural = noun.tag_ == "NNS" and noun.lower_ != head
        for s in reversed(self.sources):
            if s is not None and s.text and head in s.text.lower() and (s.start or 0) < noun.idx \
                    and (not plural or noun.lower_ in s.text.lower()):
                return s.name
        if head in _OUTLET_NOUNS and len(list(noun.lefts)) == 1:
            outlet = self._outlet_before(noun)
            if outlet is not None:
                return outlet
        if head in _ANY_BODY and len(list(noun.lefts)) == 1:
            # "The agency stated ..." after "according to the National Intelligence Service": the
            # public body named last (not a news agency: its name does not end in a body word)
            best = None
            for ent in self.doc.ents:
                if ent.label_ == "ORG" and ent.end <= noun.i and ent[-1].lower_ in _BODY_ENDINGS \
                        and any(c.isupper() for c in ent.text) and noun.idx - ent.start_char < 2500:
                    best = ent
            if best is not None:
                return self.fullest_name(_DET_RE.sub("", best.text), best.start_char, "ORG", best.root.idx) \
                    or _DET_RE.sub("", best.text)
        return None

    # -- quotes -------------------------------------------------------------------------------

    def speaker_at(self, offset: int) -> SourceRef | None:
        """The speaker of the quote that contains ``offset``, from the quotes stage or the parse."""
        for q in self.quotes:
            if q.start <= offset < q.end and q.speaker is not None and q.kind in ("direct", "partial"):
                return q.speaker
        for qs, qe in self.quote_spans:
            if qs <= offset < qe:
                return self._speaker_of_span(qs, qe)
        return None

    def _speaker_of_span(self, qs: int, qe: int) -> SourceRef | None:
        """Find who says a quotation: a speech verb outside the marks in its sentence(s)."""
        doc = self.doc
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            return None
        segs = {self.sents.seg_of[span[0].i], self.sents.seg_of[span[-1].i]}
        candidates = []
        for n in sorted(segs):
            a, b = self.sents.segments[n]
            for t in doc[a:b]:
                if (t.idx < qs or t.idx >= qe) and t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS:
                    candidates.append(t)
        # the sentence right after a quote that ends a sentence ("...” he said.")
        last_seg = self.sents.seg_of[span[-1].i]
        if not candidates and last_seg + 1 < len(self.sents.segments):
            a, b = self.sents.segments[last_seg + 1]
            if "\n" not in self.text[doc[a - 1].idx : doc[a].idx] if a > 0 else True:
                for t in doc[a:b]:
                    if t.pos_ == "VERB" and t.lemma_.lower() in _SAY_VERBS and t.i - a < 6:
                        candidates.append(t)
        for verb in candidates:
            subj = self.sents.subject(verb)
            if subj is not None and subj.lower_ not in _FIRST_PERSON:
                return self.ref_for(subj)
        return None



# the last word of an unnamed source that is one person ("a senior military official"), whom "he" or
# "she" can stand for
_ONE_PERSON_ROLES = frozenset({"official", "officer", "spokesman", "spokeswoman", "spokesperson", "commander",
                               "minister", "diplomat", "witness", "resident", "doctor", "source", "aide", "adviser",
                               "advisor", "lawmaker", "senator", "governor", "mayor", "chief", "general", "colonel"})

# "the agency" stands for any public body named before it; the last words of such bodies' names
_ANY_BODY = frozenset({"agency"})
# a military or civil rank's abbreviation ("Brig.-Gen", "Lt", "Col", "Capt"): the name comes after it
_RANK_RE = re.compile(r"(?:^|[.-])(?:Gen|Brig|Col|Lt|Capt|Maj|Sgt|Adm|Cpl|Pte|Cmdr|Cdr|Gov|Sen|Rep|Insp|Supt|Lieut)$")
# nouns that stand for a news outlet named before ("according to the newspaper")
_OUTLET_NOUNS = frozenset({"newspaper", "paper", "publication", "magazine", "outlet", "daily", "weekly", "tabloid"})
_BODY_ENDINGS = frozenset({"service", "agency", "organization", "organisation", "administration", "bureau",
                           "office", "programme", "program", "fund", "commission", "ministry", "department",
                           "authority", "centre", "center", "institute", "directorate"})


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans between typographic or straight quotation marks (one paragraph at most)."""
    spans = []
    for m in re.finditer(r"[“\"]([^“”\"\n]{3,}?)[”\"]", text):
        spans.append((m.start(), m.end()))
    # an opening mark whose quote runs to the end of the paragraph
    for m in re.finditer(r"“[^”\n]{3,}(?=\n|$)", text):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    return spans


def _with_untyped_surname(ent: "Span") -> "Span":
    """A person's name with the capitalised name word right after it that the tagger left out
    ("Min Aung" + "Hlaing"): one word at most, never another entity's."""
    doc = ent.doc
    end = ent.end
    if end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end].text[:1].isupper() \
            and doc[end].text.isalpha() and not doc[end - 1].whitespace_ == "":
        return doc[ent.start : end + 1]
    return ent


# an outlet named with what kind of outlet it is, the kind cut off
# (only a dangling "news", the kind of outlet cut off: "Associated Press news" -> "Associated Press";
# "Tobin news agency" keeps its name)
_OUTLET_KIND_RE = re.compile(r"^(?:the\s+)?(.+?)\s+news$", re.IGNORECASE)


# bodies that speak as themselves even when a name owns or names them ("Kessin's spy service", "the Orla ministry"),
# whether the tagger takes the owner for a person or a place
_OWNED_BODIES = {"ministry", "agency", "service", "army", "military", "police", "council", "commission", "committee",
                 "intelligence", "command", "forces", "force", "navy", "guard", "department", "authority", "authorities"}


def _owner_of_body(tok: "Token", head: "Token") -> bool:
    """The name is the owner ("X's") of the speaking body ``head``: the body speaks, not the name."""
    owner_of = tok.head if tok.head.dep_ != "compound" or tok.head.head.i != head.i else head  # ("X spy service")
    return tok.dep_ in ("poss", "compound") and owner_of.i == head.i and head.lemma_.lower() in _OWNED_BODIES \
        and head.i - tok.i <= 3


def _inside_modifier(tok: "Token", head: "Token") -> bool:
    """The token hangs on ``head`` through a preposition ("court" <- "of" <- "region" <- "Orsk")."""
    node = tok
    for _ in range(8):
        if node.i == head.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.head.i == head.i:
            return True
        node = node.head
    return False
