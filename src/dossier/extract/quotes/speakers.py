"""Speakers: who a cue's subject is, resolved to a name the article gives.

``subject_of`` finds the speaker token of a cue: its ``nsubj``; the head noun of a participle;
the object of "according to"; the agent of a passive report; the owner of a speech noun; the
subject of the governing verb for "..., adding that"; the name after an inverted cue ("…,” said
engineer Priya Nair). ``Speakers`` then resolves that phrase, once per article: a PERSON name is
expanded to its fullest form in the article ("Blinken" -> "Antony Blinken"); "he"/"she" take the
most recent person who spoke or was the main subject (passing over one the article marks as the
other gender); a definite role noun ("the top US diplomat", "Ukraine's president") is matched
against the roles the article states for people ("Secretary of State Antony Blinken", "Vedant
Patel, principal deputy spokesperson") through a small lexicon of role synonyms, and against the
roles in ``local_entities`` when given; an organisation, country or outlet keeps its own name.
Indefinite or plural sources ("one official") keep ``name=None``; a public body a place names ("the
Wajima municipal government", "the Tessel district authorities") keeps those words as its name, and
"the agency" stands for the public body named last ("... Intelligence Service").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model import LocalEntity, SourceRef
from .content import is_according, noun_source, passive_report
from .spans import TextIndex
from .words import (
    COUNTRY_ALIASES,
    CUE_LEMMAS,
    DQ_CLOSE,
    FEMALE_WORDS,
    GENERIC_ROLES,
    INDEFINITE,
    MALE_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUN_REACH,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    RANK_HOLDERS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Person:
    """A person the article names, with the roles it gives them."""

    name: str
    positions: list[int] = field(default_factory=list)
    roles: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)  # (role keys, countries)
    gender: str | None = None  # "m" | "f", only from the article's own words (Mr., spokeswoman, ...)


class Speakers:
    """The people one article names, and the resolution of speaker phrases to names.

    Built once per article; it learns as the stage goes (a person who speaks is the most
    recent referent of "he"/"she"; a name read from a subject phrase joins the people known).
    """

    def __init__(self, index: TextIndex, local_entities: Sequence[LocalEntity]) -> None:
        self.index = index
        self.doc = index.doc
        self.text = index.text
        self.person_spans = find_person_spans(self.doc)
        self.persons = collect_persons(self.doc, local_entities, self.text)
        self.events: list[tuple[int, str]] = subject_events(self.doc, self.persons)
        self.statements: list[tuple[int, str]] = []  # (position, who) of "X said in a statement"

    def in_quote(self, tok: "Token") -> bool:
        """Whether a token lies inside quote marks."""
        return self.index.in_quote(tok)

    def stated(self, cue: "Token", speaker: SourceRef | None) -> None:
        """Record who issued a statement ("the ministry said in a statement"), for "the statement said"."""
        if speaker is None or not speaker.name:
            return
        for c in cue.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() == "statement" for o in c.children
            ):
                self.statements.append((cue.idx, speaker.name))
                return

    def spoke(self, position: int, speaker: SourceRef | None) -> None:
        """Record that a named person spoke at ``position`` (the referent of a later "he"/"she")."""
        if speaker is not None and speaker.name and self.is_person_name(speaker.name):
            self.events.append((position, speaker.name))

    def speaker_ref(self, head: "Token", cue: "Token", lo: int = 0, hi: int = 10**12) -> SourceRef | None:
        """The SourceRef of a subject token: words used, and a name where the article gives one."""
        if self.in_quote(head):
            return None
        low = head.lower_
        if head.pos_ == "PRON" or low in PRONOUNS_PERSON or low in PRONOUNS_OTHER:
            if low in ("who", "that", "which") and head.head.dep_ == "relcl":
                antecedent = head.head.head
                document = _document_before(antecedent) if low != "who" else None
                if document is not None:
                    # "issued a statement on the incident that said ...": the statement says it, and
                    # whoever issued it speaks
                    maker = _maker_of_object(document)
                    return self.speaker_ref(maker if maker is not None else document, cue, lo, hi)
                return self.speaker_ref(antecedent, cue, lo, hi)
            name = self.resolve_pronoun(head.idx, low) if low in PRONOUNS_PERSON else None
            if low == "it" and cue.pos_ in ("VERB", "AUX"):
                name = self.organisation_before(cue)
                if name is None and re.search(r"\b[Tt]he statement\b", self.text[max(0, head.idx - 250) : head.idx]):
                    # 'The statement added, "..." It mentioned, "..."': the statement just quoted, whoever issued it
                    earlier = [who for pos, who in self.statements if head.idx - PRONOUN_REACH < pos < head.idx]
                    name = earlier[-1] if earlier else None
            return SourceRef(entity=None, name=name, text=head.text, start=head.idx, end=head.idx + len(head.text))
        tokens = [t for t in _np_tokens(head) if lo <= t.idx < hi] or [head]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        words = self.text[start:end]
        name = self.title_before_name(tokens)
        if name is None:
            name = self.name_in(head, tokens)
        if name is None:
            # "A spokesman for the Pentagon, Maj. Gen. Pat Roe, told": the person in apposition
            appos = next((c for c in reversed(list(head.subtree)) if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                          and c.i < cue.i and c.head.i in {head.i, *(g.i for g in head.subtree if g.dep_ == "pobj")}), None)
            ent = next((e for e in self.doc.ents if appos is not None and e.start <= appos.i < e.end), None)
            if ent is not None and ent.label_ == "PERSON":
                name = strip_name(ent.text)
        if name is None:
            # "The head of the mission and special envoy for Varn, Ilo-Mar Dessa, condemned": the
            # roles' holder named last, between commas, right before the verb (the parse hung the
            # name on a word inside the roles)
            closing = _name_closing_subject(head, cue)
            if closing is not None:
                name = self.fullest_person(closing) or closing
                self.remember_person(name, head.idx)
        if name is None:
            name = _self_identified(head)  # "an official who identified himself as Dr Roe"
            if name is not None:
                self.remember_person(name, head.idx)
        if name is None:
            name = self.resolve_nominal(head, tokens)
        if name is None:
            name = self.resolve_organisation(head, tokens)
        if name is None and tokens[0].lower_ == "the" and len(tokens) <= 3 and head.pos_ == "NOUN" and head.tag_ == "NN":
            name = self.described_before(head)
        if name is None and head.lower_ == "statement":
            # "the army statement", "a ministry statement": the body it names, as the article named it
            body = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in ORG_WORDS), None)
            if body is not None:
                name = self.body_named_before(body)
        if name is None and head.lower_ == "statement" and tokens[0].lower_ in ("the", "that", "its"):
            # "the statement said": whoever issued the statement just reported
            earlier = [who for pos, who in self.statements if head.idx - PRONOUN_REACH < pos < head.idx]
            name = earlier[-1] if earlier else None
        return SourceRef(entity=None, name=name, text=words, start=start, end=end)

    def title_before_name(self, tokens: list["Token"]) -> str | None:
        """"the Inspector General of Police said" after "Inspector General of Police Jo Roe": the
        title the article wrote before one person's name, used again alone."""
        if len(tokens) < 3 or tokens[0].lower_ != "the" or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and")
                                                                  for t in tokens[1:]):
            return None
        if any(t.ent_type_ == "PERSON" for t in tokens):
            return None
        title = self.text[tokens[1].idx : tokens[-1].idx + len(tokens[-1].text)]
        found = set()
        for m in re.finditer(re.escape(title) + r"\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})", self.text[: tokens[0].idx]):
            person = self.fullest_person(m.group(1), strict=True)
            if person is not None:
                found.add(person)
        return found.pop() if len(found) == 1 else None

    def name_in(self, head: "Token", tokens: list["Token"]) -> str | None:
        """A person or organisation name inside the subject phrase (or its apposition)."""
        ids = {t.i for t in tokens}
        # the apposition's own words, not a place or body named inside it ("Karlo, the administrator
        # of Bu Ma village, told": "Bu Ma" is no name of the speaker's)
        appos = [t for c in head.children if c.dep_ == "appos" for t in c.subtree
                 if not _through_prep(t, c)]
        appos_ids = {t.i for t in appos}
        person_ents = [
            e
            for e in self.person_spans
            if (e.start <= head.i < e.end) or e.root.i in appos_ids or (e.root.head == head and e.root.dep_ in ("compound", "appos"))
        ]
        if person_ents:
            ent = max(person_ents, key=lambda e: len(e))
            return self.fullest_person(strip_name(ent.text))
        # a role described, then the person's name in apposition, whatever the tagger labelled it:
        # "The mayor of Castellan, Ivo Tarrant, said", "The Commander-in-Chief of ..., Jan Roe, stated"
        if (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in ROLE_WORDS) and head.lower_ not in ORG_WORDS:
            for c in head.children:
                # (", Waidi Shaibu, a lieutenant general," parsed as a conjunct: no "and" before it)
                if (c.dep_ == "appos" or c.dep_ == "conj" and not any(g.dep_ == "cc" for g in head.children)
                        and head.doc[min(t.i for t in c.subtree) - 1].text == ",") and c.i > head.i and c.pos_ == "PROPN":
                    run = [t for t in c.subtree if t.i <= c.i]
                    run = [t for t in run if t.text[:1].isupper() and t.pos_ == "PROPN"]
                    # (a given name the tagger took for a place is still a given name: "Korir Sing'Oei")
                    # (one given name after a word for a person: "Varo's wife, Lina, said")
                    few = 1 if head.lower_ in PERSON_NOUNS and c.dep_ == "appos" else 2
                    if run and run[-1].i == c.i and few <= len(run) <= 4 and looks_like_person(run) \
                            and run[-1].ent_type_ not in ("GPE", "NORP", "LOC") \
                            and not any(e.label_ in ("GPE", "NORP", "LOC") and e.start <= run[0].i and run[-1].i < e.end
                                        for e in self.doc.ents):
                        joined = self.text[run[0].idx : run[-1].idx + len(run[-1].text)]
                        named = self.fullest_person(joined) or joined
                        self.remember_person(named, run[0].idx)
                        return named
        if head.pos_ == "PROPN" and self.fullest_person(head.text, strict=True):
            return self.fullest_person(head.text)
        # a name the article already gave a person ("Zelenskyy" tagged as an organisation)
        if head.text[:1].isupper() and self.fullest_person(head.text, strict=True):
            return self.fullest_person(head.text)
        # a trailing proper-name run after a role word ("the ministry spokesperson Lin Jian")
        run = [t for t in tokens if t.i <= head.i]
        names: list[Token] = []
        for t in reversed(run):
            if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and t.lower_ not in ROLE_WORDS and t.ent_type_ not in ("GPE", "NORP"):
                names.insert(0, t)
            else:
                break
        if names and head.pos_ in ("PROPN", "NOUN") and looks_like_person(names):
            has_role = any(t.lower_ in ROLE_WORDS for t in run)
            if has_role or len(names) >= 2:
                joined = self.text[names[0].idx : names[-1].idx + len(names[-1].text)]
                full = self.fullest_person(joined)
                if full is not None:
                    self.remember_person(full, names[0].idx)
                    title = [t for t in run if t.i < names[0].i]
                    keys = role_keys(" ".join(t.text for t in title)) if title else frozenset()
                    person = next((p for p in self.persons if p.name.split()[-1].lower() == full.split()[-1].lower()), None)
                    if keys and person is not None and not person.roles and len(names) >= 2:
                        # "Mayor Tibor Hass of Tesh said": a titled name the tagger missed; the title is
                        # the person's role ("the mayor said" later)
                        person.roles.append((keys, countries_in(title)))
                return full
        # an organisation, country or outlet as a whole ("CNN", "the Pentagon")
        if head.ent_type_ in ("ORG", "GPE", "NORP"):
            for e in self.doc.ents:
                if e.start <= head.i < e.end and e.label_ in ("ORG", "GPE", "NORP") and any(c.isupper() for c in e.text):
                    return strip_name(e.text, person=False)
        # a body named by its place ("The Wajima municipal government said", "the Brask city council")
        if head.pos_ == "NOUN" and head.lower_ in _BODY_HEADS and tokens[0].lower_ in ("the",) \
                and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children):
            mods = [t for t in tokens[1:] if t.i < head.i]
            if mods and all(t.dep_ in ("compound", "amod", "nmod", "poss", "case") for t in mods) \
                    and mods[0].pos_ == "PROPN" and mods[0].text[:1].isupper() \
                    and all(t.ent_type_ != "PERSON" for t in mods):
                return self.text[mods[0].idx : head.idx + len(head.text)].replace("'s ", " ")
        # a bare surname the tagger left unlabelled ('"...," Modi said'): the cue's subject
        if head.pos_ == "PROPN" and not head.ent_type_ and len(tokens) == 1 and head.dep_ == "nsubj" \
                and head.head.lemma_.lower() in CUE_LEMMAS and head.text[:1].isupper() and head.text[1:].islower() \
                and head.lower_ not in ROLE_WORDS and head.lower_ not in ORG_WORDS and looks_like_person([head]):
            self.remember_person(head.text, head.idx)
            return head.text
        # an organisation named in apposition ("The UN refugee agency, UNHCR, said")
        if head.pos_ == "NOUN" and head.lower_ in ORG_WORDS:
            for c in head.children:
                if c.dep_ in ("appos", "npadvmod") and c.i > head.i:
                    for e in self.doc.ents:
                        if e.start <= c.i < e.end and e.label_ == "ORG" and any(ch.isupper() for ch in e.text):
                            return strip_name(e.text, person=False)
        return None

    def fullest_person(self, name: str, *, strict: bool = False) -> str | None:
        """The fullest form of a person's name in the article ("Blinken" -> "Antony Blinken").

        A name matches a person whose name contains all its words; the surname match wins
        over another word ("Cho" -> "Cho Tae-yong" only when no other person fits better).
        """
        words = [w.lower() for w in re.split(r"[\s-]+", name) if w]
        if not words:
            return None if strict else name
        if len(words) == 1:
            variant = self.spelling_variant(words[0])
            if variant is not None:
                return variant
        matches: list[tuple[int, int, str]] = []
        for p in self.persons:
            parts = [w.lower() for w in re.split(r"[\s-]+", p.name) if w]
            if all(w in parts for w in words):
                matches.append((0 if parts[-1] == words[-1] else 1, -len(p.name), p.name))
        if not matches:
            return None if strict else name
        if len(words) == 1:
            # "Yang" for "Yang Xusheng", "Colonel Zipporah" for "Zipporah Kioko": a name used alone that
            # opens one fuller name, the person the tagger also saw alone being that same one
            opening = {m[2] for m in matches if len(m[2].split()) > 1 and m[2].split()[0].lower() == words[0]}
            alone = [m for m in matches if len(m[2].split()) == 1]
            if len(opening) == 1 and alone and all(len(m[2].split()) == 1 or m[2] in opening for m in matches):
                return opening.pop()
        matches.sort()
        best = [m for m in matches if m[0] == matches[0][0]]
        if len({m[2] for m in best}) > 1 and len(words) == 1:
            longest = best[0][2]
            if not all(m[2] in longest for m in best):
                return None if strict else name  # two different people share the word
        return best[0][2]

    def spelling_variant(self, word: str) -> str | None:
        """The one fuller name whose surname is ``word`` spelt another way ("Hassan" for "Hamad Hasan",
        "Zelensky" for "Volodymyr Zelenskyy"): one letter doubled, dropped or changed, same first two
        letters, five letters or more; never when a person's surname is ``word`` itself."""
        w = _fold(word)
        if len(w) < 5:
            return None
        found = set()
        for p in self.persons:
            parts = p.name.split()
            last = _fold(parts[-1]) if parts else ""
            if len(parts) >= 2 and w in (_fold(x) for x in parts[:-1]):
                return None  # a given name of someone ("Hassan" of "Hassan Roe")
            if last == w:
                if len(parts) >= 2:
                    return None  # the name is spelt this way too
                continue  # (a one-word person of this spelling: the same person, seen by the tagger alone)
            if len(parts) >= 2 and last[:2] == w[:2] and _one_edit(last, w):
                found.add(p.name)
        return found.pop() if len(found) == 1 else None

    def remember_person(self, name: str, position: int) -> None:
        """Add a name read from a subject phrase to the people the article knows."""
        key = name.split()[-1].lower()
        for p in self.persons:
            if p.name.split()[-1].lower() == key:
                if len(name) > len(p.name):
                    p.name = name
                p.positions.append(position)
                return
        self.persons.append(Person(name=name, positions=[position]))

    def resolve_pronoun(self, position: int, pronoun: str = "he") -> str | None:
        """The most recent person who spoke or was the main subject before ``position``.

        A person the article marks as the other gender ("Ms. Ruiz" for "he") is passed over.
        """
        want = "f" if pronoun.lower() in ("she", "her") else "m"
        gender = {p.name: p.gender for p in self.persons}
        earlier = [
            (pos, name)
            for pos, name in self.events
            if position - PRONOUN_REACH < pos < position and gender.get(name) in (None, want)
        ]
        if not earlier:
            return None
        name = max(earlier, key=lambda e: e[0])[1]
        return self.fullest_person(name) or name  # ("Hassan" of "Minister Hamad Hasan")

    def resolve_nominal(self, head: "Token", tokens: list["Token"]) -> str | None:
        """Match a definite role phrase ("the top US diplomat") to a person with that role."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        first = tokens[0].lower_
        if first in INDEFINITE or any(t.dep_ == "nummod" for t in tokens):
            return None
        phrase = " ".join(t.lower_ for t in tokens)
        keys = role_keys(phrase)
        if not keys:
            if head.lower_ == "official" and first in ("the", "that"):
                # "The official said": the last person with a stated role who spoke
                with_role = {p.name for p in self.persons if p.roles}
                spoke = [
                    (pos, name) for pos, name in self.events if name in with_role and head.idx - PRONOUN_REACH < pos < head.idx
                ]
                if not spoke:
                    return None
                last = max(spoke)
                # "A city official said ... The official said": an unnamed official brought in since
                # then is the one meant, not the named person before
                if any(t.lower_ in ("official", "officer") and last[0] < t.idx < head.idx
                       and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
                       for t in self.doc):
                    return None
                return last[1]
            return None
        position = head.idx
        if keys <= GENERIC_ROLES:
            # "the minister", "the agency director": only when one person named before holds it
            # ("the general": the one army chief named, whatever rank the article gave)
            wanted = keys.union(*(RANK_HOLDERS.get(k, frozenset()) for k in keys))
            holders = {person.name for person in self.persons if any(wanted & r_keys for r_keys, _ in person.roles)}
            earlier = {
                person.name
                for person in self.persons
                if person.name in holders and any(p < position for p in person.positions)
            }
            # the one holder named before; a headline or lead may name the role before the person
            pool = earlier or holders
            return pool.pop() if len(pool) == 1 else None
        countries = countries_in(tokens)
        candidates: list[tuple[int, int, str]] = []
        for person in self.persons:
            for r_keys, r_countries in person.roles:
                if not (keys & r_keys):
                    continue
                if countries and r_countries and not (countries & r_countries):
                    continue
                shared = keys & r_keys
                if shared <= GENERIC_ROLES and not (countries and r_countries):
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

    def organisation_before(self, cue: "Token") -> str | None:
        """The organisation "it" stands for: the subject of the sentences just before, when an
        organisation ("The UN agency ... It said ...")."""
        cited = self.according_before(cue)
        if cited is not None:
            return cited
        antecedent = self.thing_before(cue)
        if antecedent is None:
            return None
        for e in self.doc.ents:
            if e.start <= antecedent.i < e.end and e.label_ == "ORG":
                return strip_name(e.text, person=False)
        if antecedent.ent_type_ == "PERSON":
            return None
        named = self.name_in(antecedent, [antecedent])
        if named is None and antecedent.lower_ in ORG_WORDS:
            # "The health ministry ... it said": the body by the words that named it
            tokens = _np_tokens(antecedent)
            named = self.resolve_organisation(antecedent, tokens) or " ".join(
                t.text for t in tokens if t.dep_ in ("compound", "amod") or t.i == antecedent.i) or None
        return named

    def according_before(self, cue: "Token") -> str | None:
        """"..., according to the X Directorate of Intelligence. '...', it said on Telegram.": the body
        the sentence right before credits (it speaks on), rather than that sentence's subject."""
        sent = cue.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        if "\n\n" in self.text[prev.end_char : sent.start_char]:
            return None  # (only within a paragraph or the one right after)
        found: str | None = None
        for t in prev:
            if t.lower_ != "according":
                continue
            for to in t.children:
                for pobj in to.children:
                    if to.lower_ != "to" or pobj.dep_ != "pobj":
                        continue
                    ent = next((e for e in self.doc.ents if e.start <= pobj.i < e.end and e.label_ == "ORG"), None)
                    if ent is None:
                        continue
                    end = ent.end
                    # "Main Directorate of Intelligence": a name the tagger cut before its "of" part
                    while end + 1 < prev.end and self.doc[end].lower_ == "of" and self.doc[end + 1].pos_ == "PROPN":
                        end += 2
                        while end < prev.end and self.doc[end].pos_ == "PROPN":
                            end += 1
                    found = strip_name(self.doc[ent.start : end].text, person=False)
        return found

    def resolve_organisation(self, head: "Token", tokens: list["Token"]) -> str | None:
        """A definite organisation noun ("the ministry", "its army") as the body named before.

        The most recent organisation whose name ends with the same word ("the Defence
        Ministry" for "the ministry"), within the reach of a pronoun.
        """
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lower_ not in ORG_WORDS:
            return None
        # ("the 15-member council", "the 27-nation bloc": a size is no part of the name)
        sized = re.fullmatch(r"(?:the|its|their) \d+ ?- ?(?:member|nation|country|state|strong) \w+", " ".join(t.lower_ for t in tokens))
        if tokens[0].lower_ not in ("the", "its", "their") or len(tokens) > 3 and not sized:
            return None
        best = self._last_org_before(head, {head.lower_})
        if best is None and head.lower_ in _ANY_BODY:
            # "the agency" for the "National Intelligence Service" named just before: any public body
            best = self._last_org_before(head, _BODY_ENDINGS)
        return strip_name(best.text, person=False) if best is not None else None

    def described_before(self, head: "Token") -> str | None:
        """The name "the <noun>" stands for: the last one before it that the article described as
        "a ... <noun>" ("Halden Lodge, a mountain hostel, ... the hostel said") or whose name opens
        with the noun ("Camp Orrin ... the camp said")."""
        best: tuple[int, str] | None = None
        lemma = head.lemma_.lower()
        for t in self.doc[: head.i]:
            if t.idx < head.idx - PRONOUN_REACH:
                continue
            if t.lemma_.lower() == lemma and t.dep_ == "appos" and t.head.i < t.i and t.head.pos_ == "PROPN" \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                ent = next((e for e in self.doc.ents if e.start <= t.head.i < e.end), None)
                if ent is None or ent.label_ in ("DATE", "TIME", "CARDINAL", "NORP"):
                    continue
                found = self.fullest_person(strip_name(ent.text)) if ent.label_ == "PERSON" else None
                best = (t.i, found or strip_name(ent.text, person=False))
        for ent in self.doc.ents:
            if ent.start < head.i and ent.start_char >= head.idx - PRONOUN_REACH and len(ent) > 1 \
                    and ent.label_ in ("ORG", "FAC") and ent[0].lower_ == head.lower_ and ent[0].text[:1].isupper() \
                    and (best is None or ent.start > best[0]):
                best = (ent.start, strip_name(ent.text, person=False))
        return best[1] if best is not None else None

    def _last_org_before(self, word: "Token", endings: Collection[str]) -> Span | None:
        """The last capitalised organisation named within reach before ``word`` whose last word is one of ``endings``."""
        best = None
        for ent in self.doc.ents:
            if ent.start >= word.i or ent.start_char < word.idx - PRONOUN_REACH:
                continue
            if ent.label_ == "ORG" and ent[-1].lower_ in endings and any(c.isupper() for c in ent.text):
                best = ent
        return best

    def body_named_before(self, word: "Token") -> str | None:
        """The last organisation named before ``word`` whose name ends with it ("the Nigerian Army" for "army")."""
        best = self._last_org_before(word, {word.lower_})
        return strip_name(best.text, person=False) if best is not None else None

    def is_person_name(self, name: str) -> bool:
        """Whether ``name`` is the name of a person the article names."""
        return any(p.name == name for p in self.persons)

    def thing_before(self, cue: "Token") -> "Token | None":
        """What "it" most likely stands for: the last singular non-person subject in the two
        sentences before the cue ("The lawsuit ... It says ..."), else None. Short lines without a
        verb of their own (links, teasers a page left between the paragraphs) are not counted."""
        sent = cue.sent
        lo = sent.start
        counted = 0
        while counted < 2 and lo > 0:
            prev = self.doc[lo - 1].sent
            lo = prev.start
            if not (len(prev) <= 16 and not prev.text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'"))):
                counted += 1  # (a line that ends without a full stop is a link, a teaser or a bullet)
        end = cue.i
        if cue.i >= 2 and self.doc[cue.i - 1].lower_ == "it" and (self.doc[cue.i - 2].text == "," or self.doc[cue.i - 2].is_quote):
            end = sent.start  # "Xiao was in stable condition ..., it said": the report's own subject is what it said
        subjects = [t for t in reversed(self.doc[lo:end])
                    if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP")
                    and not self.in_quote(t)]  # ('"The agency is saddened ...," it said': the quote's subject says nothing)
        # a main clause's subject or a reporter's before one inside what they report ("The refugee office
        # said it was investigating reports that Rohingya ... had been killed": the office)
        main = [t for t in subjects if t.head.dep_ == "ROOT" or t.head.lemma_.lower() in CUE_LEMMAS]
        for t in main[:1] or subjects[:1]:
            return None if t.ent_type_ == "PERSON" else t
        return None


# words that stand for any public body named before ("the agency" for a "... Service"), and the
# last words of the body names they stand for (not news outlets: "Yonhap news agency" is not "the agency")
_ANY_BODY = frozenset({"agency"})
# the head nouns of public bodies a place names ("the Wajima municipal government")
_BODY_HEADS = frozenset({"government", "council", "administration", "authority", "authorities", "ministry",
                         "prefecture", "office", "department", "police", "agency", "municipality"})
_BODY_ENDINGS = frozenset({"service", "agency", "organization", "organisation", "administration", "bureau",
                           "office", "programme", "program", "fund", "commission", "ministry", "department",
                           "authority", "centre", "center", "institute", "directorate"})


def _name_closing_subject(head: "Token", cue: "Token") -> str | None:
    """The name of the person a role subject closes on: "<roles>, Name Name, <adverbs> <cue>"."""
    if head.lower_ not in ROLE_WORDS and head.lower_ not in PERSON_NOUNS or head.lower_ in ORG_WORDS \
            or not head.i < cue.i or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = head.doc
    k = head.head.i - 1  # (the subject's own verb: "..., condemned the attack and called it ...")
    while k > head.i and doc[k].pos_ in ("ADV", "AUX", "PART") and doc[k].text != ",":
        k -= 1  # "..., Ilo-Mar Dessa, strongly condemned", "has said"
    if doc[k].text != ",":
        return None
    j = k - 1
    run: list[Token] = []
    while j > head.i and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or doc[j].text == "-" and run):
        run.insert(0, doc[j])
        j -= 1
    if doc[j].text != "," or not run or run[0].text == "-":
        return None
    subtree = {t.i for t in head.subtree}
    words = [t for t in run if t.text != "-"]
    if not all(t.i in subtree for t in run) or not 2 <= len(words) <= 4 or not looks_like_person(words) \
            or any(t.ent_type_ in ("GPE", "NORP", "LOC", "DATE") for t in words):
        return None
    return doc.text[run[0].idx : run[-1].idx + len(run[-1].text)]


def apposed_person(doc: "Doc", seg_start: int, subj: "Token", verb: "Token") -> "Token":
    """The person a sentence opens with, when the parse took a word of the apposition after the
    name for the verb's subject: "Marie Roe, the Red Cross's Varnia secretary-general, told ...".
    """
    if subj.ent_type_ == "PERSON" or verb.i == 0 or doc[verb.i - 1].text != "," or not seg_start <= subj.i < verb.i:
        return subj
    # where the sentence starts (the parser may have cut it at a bracket inside the apposition)
    start = subj.i
    while start > 0 and doc[start - 1].text not in (".", "!", "?", "”", '"') and "\n" not in doc[start - 1].whitespace_ \
            and not doc[start - 1].is_space \
            and subj.i - start < 60:
        start -= 1
    first = next((e for e in doc.ents if e.start >= start), None)
    if first is None or first.label_ != "PERSON" or first.start != start or first.end >= len(doc) \
            or doc[first.end].text != "," or not first.end < subj.i:
        return subj
    # everything between the name and the verb is one apposition: no other verb in it
    if any(t.pos_ == "VERB" for t in doc[first.end : verb.i]):
        return subj
    return first.root


#: words an "according to" names that are no source: "the deaths according to region", "according to plan"
_NOT_ACCORDING = frozenset("region regions province provinces area areas plan plans schedule law laws rule rules "
                           "tradition age gender type category district districts".split())


def closing_person(verb: "Token", lo: int = 0) -> "Token | None":
    """The speaker of a closing attribution the parser left without subject.

    "..., more than 200,000 people are homeless, Jane Roe, the agency's representative, said."
    "According to Ruvia, Ivo Brenn, the council's secretary, announced that ...": a person named in
    one of the two comma-cut chunks right before the verb (the name, then perhaps its title).

    Args:
        verb: a speech verb with no subject of its own.
        lo: the first token index of its sentence.

    Returns:
        The last token of the person's name, or None.
    """
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    end = verb.i - 1
    for _ in range(2):
        start = end - 1
        while start > lo and doc[start].text != "," and end - start <= 12:
            start -= 1
        if doc[start].text != "," or start + 1 >= end:
            return None
        chunk = doc[start + 1 : end]
        people = [t for t in chunk if t.ent_type_ == "PERSON"]
        if people and people[0].i == chunk.start + (chunk[0].pos_ == "DET"):
            return people[-1]  # the chunk opens with the name
        end = start
    return None


def _self_identified(head: "Token") -> str | None:
    """The name a described speaker gives: "an official who identified himself as Dr Roe", "a resident
    who gave her name as Mara Tolv", "a nurse who asked to be identified only as Lena"."""
    for rel in head.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in ("identify", "give", "name", "ask", "introduce"):
            continue
        for t in rel.subtree:
            # "identified himself as X", "gave only her first name, X"
            if (t.lower_ == "as" or t.lower_ == "," and t.i > 0 and t.doc[t.i - 1].lemma_.lower() == "name") \
                    and t.i + 1 < len(t.doc):
                words = []
                for w in t.doc[t.i + 1 : t.i + 5]:
                    if w.pos_ == "PROPN" or (w.text[:1].isupper() and w.is_alpha):
                        words.append(w.text)
                    else:
                        break
                if words:
                    return " ".join(words)
    return None


def _cited_as_saying(verb: "Token") -> "Token | None":
    """Y of "X cited/quoted Y as saying" for the verb "cited"/"quoted"."""
    if verb.lemma_.lower() not in ("cite", "quote"):
        return None
    if not any(c.lower_ == "as" and any(g.lower_ in ("saying", "telling", "stating") for g in c.children)
               for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    # "quoted the head of the zone, Ali Roe, as saying": the name between commas before "as" speaks
    doc = verb.doc
    as_i = next((t.i for t in doc[obj.i : min(len(doc), obj.i + 25)] if t.lower_ == "as"), None)
    if as_i is not None and doc[as_i - 1].text == ",":
        ents = [e for e in doc.ents if e.label_ == "PERSON" and obj.i < e.start and e.end == as_i - 1
                and doc[e.start - 1].text == ","]
        if ents:
            return ents[0].root
    return obj


_MADE_NOUNS = {"toll", "tally", "figure", "count", "update", "statement", "report", "bulletin", "notice", "release", "note"}
_MAKING_VERBS = {"report", "release", "give", "issue", "publish", "announce", "post", "provide", "send", "circulate"}
#: phrasal verbs of making a document public ("a statement put out by the army"): the verb with its particle
_MAKING_PHRASAL = {("put", "out"), ("send", "out"), ("hand", "out")}


def _making(verb: "Token") -> bool:
    """A verb of issuing a document: "issued", "released", "put out"."""
    lemma = verb.lemma_.lower()
    return lemma in _MAKING_VERBS or any(
        c.dep_ == "prt" and (lemma, c.lower_) in _MAKING_PHRASAL for c in verb.children)


def _document_before(antecedent: "Token") -> "Token | None":
    """A statement or report a relative "that said" is about, when the parse hung the clause on
    a thing named after it: "a statement on the incident that said ..." (an incident says nothing)."""
    if antecedent.lemma_.lower() in _MADE_NOUNS or antecedent.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
            or antecedent.pos_ != "NOUN" or antecedent.dep_ != "pobj":
        return None
    doc = antecedent.doc
    for t in reversed(doc[max(antecedent.sent.start, antecedent.i - 6) : antecedent.i]):
        if t.lemma_.lower() in _MADE_NOUNS and t.pos_ == "NOUN" and t.lemma_.lower() not in ("toll", "tally", "figure", "count"):
            return t
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";"):
            break
    return None


def _maker_of_object(document: "Token") -> "Token | None":
    """Who issued a document that is the object of issuing: "the military issued a statement"."""
    verb = document.head
    if document.dep_ != "dobj" or not _making(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def maker_of_document(subj: "Token") -> "Token | None":
    """Who made the document or figure that "says": "The toll reported by the ministry earlier
    stated that ...", "a statement issued by the army said ...": the ministry, the army (not "The
    update, reported by the Observer, said": set off by commas, the agent relays it)."""
    if subj.lemma_.lower() not in _MADE_NOUNS:
        return None
    for acl in subj.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and _making(acl) \
                and not (acl.i > 0 and acl.doc[acl.i - 1].text == ","):
            for agent in acl.children:
                if agent.dep_ == "agent":
                    maker = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if maker is not None and (maker.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or maker.pos_ in ("PROPN", "NOUN")):
                        return maker
    return None


def subject_of(cue: "Token") -> "Token | None":
    """The speaker token of a cue: its subject, or the subject of the verb it hangs from."""
    if is_according(cue):
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is not None:
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) or next(
                (c for c in to.children if c.dep_ == "pcomp"), None
            )  # "according to show insiders" parsed as a verb
            if obj is not None and obj.lemma_.lower() in _NOT_ACCORDING and not obj.ent_type_:
                return None
            return obj
        return None
    cited = _cited_as_saying(cue)
    if cited is None and cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        cited = _cited_as_saying(cue.head.head)
    if cited is not None:
        return cited  # "the agency cited the ministry as saying": the ministry speaks
    if cue.pos_ == "NOUN":
        return noun_source(cue)
    passive = passive_report(cue)
    if passive is not None:
        return passive[1]
    node = cue
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj", "xcomp", "acl"):
        # "..., saying ..." / "..., adding that ...": the speaker of the report it extends
        # (the reporting verb before it, not a verb of what it reports: "He explained that the council
        # had insisted on it, noting that ...": he notes, not the council; but "Roe called for ...,
        # noting that ..., Doe said": Roe notes, Doe relays)
        reporting = [anc for anc in cue.ancestors if anc.lemma_.lower() in CUE_LEMMAS and anc.pos_ in ("VERB", "AUX")]
        if reporting:
            node = next((anc for anc in reporting if not reported_within(anc) and anc.i < cue.i), reporting[0])
    if cue.dep_ == "conj" and cue.head.lemma_.lower() not in CUE_LEMMAS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        # 'X said, "A proved B," and said C': the parse hung the second "said" on the quote's verb;
        # the speaker is the one of the speech verb above
        for anc in cue.ancestors:
            if anc.lemma_.lower() in CUE_LEMMAS and anc.pos_ in ("VERB", "AUX") and anc.i < cue.i \
                    and any(c.dep_ == "nsubj" and c.i < anc.i for c in anc.children):
                node = anc
                break
    prev = cue.nbor(-1) if cue.i > 0 else None
    if prev is not None and prev.text == "," and cue.i > 1:
        prev = cue.doc[cue.i - 2]  # “…”, said X: the comma after the mark
        if not (prev.text in DQ_CLOSE + '"' or prev.is_quote):
            prev = None  # "..., citing a threat": a comma, but no quote before the cue
    if prev is not None and (prev.text in DQ_CLOSE + '",' or prev.is_quote):
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
    if node is cue and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        coordinated = _name_coordinated_before(cue)
        if coordinated is not None:
            return coordinated  # "The death was the first since May and Hurley said ...": not "The death"
    for _ in range(4):
        # the subject nearest the verb: a quote parsed as a second subject lies further away
        # ("X said the troops of the brigade came under fire": a second subject after the verb is the
        # reported clause's, parsed onto the verb; the one before it speaks)
        subj = min((c for c in node.children if c.dep_ == "nsubj" and not c.is_punct),  # "Authority [AFAD] said"
                   key=lambda c: (c.i > node.i and any(o.dep_ == "nsubj" and o.i < node.i for o in node.children),
                                  abs(c.i - cue.i)), default=None)
        if subj is not None and subj.i < node.i and subj.ent_type_ not in ("PERSON", "ORG") and subj.pos_ != "PROPN":
            # "there are 10,000 troops inside X, and Pat Roe, the spokesman, said that ...": the parse
            # coordinated the two clauses' subjects; the person named right before the verb speaks
            named = [c for c in subj.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" and subj.i < c.i < node.i]
            if named:
                subj = named[-1]
        if subj is not None and subj.i < node.i:
            subj = maker_of_document(subj) or subj  # "The toll reported by the ministry stated that ..."
        if subj is not None and subj.i < node.i:
            subj = apposed_person(node.doc, node.sent.start, subj, node)  # "Jane Roe, the (VRCS) director, told"
        if subj is None:
            # "X was quoted as saying", "X was reported as saying" (not "3,629 people were reported dead":
            # what is reported, by no one named)
            subj = next((c for c in sorted(node.children, key=lambda c: -c.i) if c.dep_ == "nsubjpass" and (
                node.lemma_ == "quote" or node.lemma_ == "report" and any(
                    g.lower_ in ("saying", "telling", "stating") for a in node.children if a.lower_ == "as" for g in a.children)
                # "a man is heard saying in a video", "a soldier can be seen telling": the one heard speaks
                or node.lemma_.lower() in ("hear", "see", "film", "record") and node.tag_ == "VBN" and any(
                    g.dep_ == "xcomp" and g.tag_ == "VBG" and g.lemma_.lower() in CUE_LEMMAS for g in node.children))),
                None)
        if subj is not None:
            return subj
        if node is cue and cue.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in cue.children):
            break  # "The rebels fled and the troops were asked to fire": the asked are no speakers, nor the rebels
        if node.dep_ in ("advcl", "xcomp", "conj") and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.pos_ == "ADP" and node.head.head.pos_ in ("VERB", "AUX"):
            node = node.head.head  # "was quoted as saying"
            continue
        if node.dep_ in ("acl", "pcomp") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        break
    closing = closing_person(cue, cue.sent.start)
    if closing is not None:
        return closing
    if cue.dep_ == "ROOT" and cue.i > 0:
        before = cue.doc[cue.i - 1]
        if before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and before.dep_ in ("pobj", "compound", "npadvmod"):
            return before  # "In a meeting with the Post Trump said ...": a name the parse hung elsewhere
    return None


def _fold(word: str) -> str:
    """A word lowered, its apostrophes made one."""
    return word.lower().replace("’", "'").replace("‘", "'")


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter apart (added, dropped or changed)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _name_coordinated_before(cue: "Token") -> "Token | None":
    """The name right before a subjectless speech verb that the parse coordinated with a word of the
    clause before: "The death was the first since October and Hurley said it was ..." ("Hurley" a
    conjunct of "October", "said" hung on "was" without a subject)."""
    doc = cue.doc
    j = cue.i - 1
    if j < 1 or cue.pos_ != "VERB":
        return None
    last = doc[j]
    if last.pos_ != "PROPN" or not last.text[:1].isupper() or last.dep_ != "conj" \
            or last.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "CARDINAL"):
        return None
    k = j
    while k > 0 and j - k < 3 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    if k == 0 or doc[k - 1].lower_ not in ("and", "but"):
        return None
    return last


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
        if t.text in DQ_CLOSE or (t.is_quote and t.text != "'"):
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


#: what a body speaks through ("the ministry in a statement said", "the army on its website said")
_SAID_IN_NOUNS = {"statement", "notice", "update", "release", "report", "bulletin", "note", "post", "message", "letter",
                  "interview", "briefing", "tweet", "website", "broadcast", "communique", "communiqué", "video", "speech"}


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
        elif c.dep_ == "prep" and c.i > head.i and c.lower_ in ("in", "on", "through", "via") and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in _SAID_IN_NOUNS or g.ent_type_ in ("DATE", "TIME"))
                for g in c.children):
            drop.update(t.i for t in c.subtree)  # "The ministry in a written notice said": where it said it, not who
    for d in head.subtree:
        # ", who asked not to be named ...": a relative clause set off by a comma deeper in the phrase
        if d.dep_ == "relcl" and d.i not in drop:
            first = min(t.i for t in d.subtree)
            if first > 0 and head.doc[first - 1].text == ",":
                drop.update(t.i for t in d.subtree)
                drop.add(first - 1)
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


def _through_prep(tok: "Token", top: "Token") -> bool:
    """Whether ``tok`` hangs from ``top`` through a preposition or a possessive ("of X", "X's")."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("pobj", "poss", "prep", "pcomp"):
            return True
        node = node.head
    return False


#: initials written before a surname ("H.V.", "S.A.M.", "D."): not an acronym
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")


def looks_like_person(names: Sequence["Token"]) -> bool:
    """A run of 1-4 capitalised words that is not an acronym or an organisation's name."""
    if not 1 <= len(names) <= 4:
        return False
    for t in names:
        if t.lower_ in ORG_WORDS or (t.text.isupper() and len(t.text) > 1 and not _INITIALS.fullmatch(t.text)) \
                or t.lower_ in COUNTRY_ALIASES:
            return False
    if all(_INITIALS.fullmatch(t.text) for t in names):
        return False
    return True


def strip_name(name: str, *, person: bool = True) -> str:
    """A name without "the", a possessive, edge punctuation and (for a person) leading titles.

    Args:
        name: the words of the name as written.
        person: strip titles and role words in front ("Commissioner Rui Santos" -> "Rui
            Santos"); False for organisations, whose first word may look like a role
            ("Defence Ministry").

    Returns:
        The bare name.
    """
    name = re.sub(r"^(the|The)\s+", "", name.strip())
    name = re.sub(r"[’']s$", "", name)
    name = name.strip(" ,")
    if name.endswith(".") and "." not in name[:-1]:
        name = name[:-1]
    words = name.split()
    while person and len(words) > 1 and (words[0].lower().strip(".") in ROLE_WORDS
                                         or len(words) > 2 and words[0].lower() in ORG_WORDS):
        words = words[1:]  # "Commissioner Rui Santos" -> "Rui Santos"; "(Inspector General of) Police Jo Roe" -> "Jo Roe"
    while person and len(words) > 1 and words[-1] in _HEADLINE_TAILS:
        words = words[:-1]  # "Deputy Secretary Wolfowitz Interview with ...": a headline's word the tagger took in
    return " ".join(words)


#: Title-case headline words the tagger takes into a name before them ("Roe Interview", "Roe Says")
_HEADLINE_TAILS = frozenset(
    "Interview Interviews Says Said Tells Told Warns Visits Dies Speaks Statement Remarks Briefing Transcript Press".split()
)


def role_keys(phrase: str) -> frozenset[str]:
    """The canonical roles a phrase names ("the top US diplomat" -> {"foreign_minister"}).

    Args:
        phrase: the words of a role or a subject phrase.

    Returns:
        The role keys of ``ROLE_SYNONYMS`` it contains.
    """
    phrase = " " + re.sub(r"[^\w\s-]", " ", phrase.lower()) + " "
    phrase = re.sub(r"(?<=\w)\s*-\s*(?=\w)", " ", phrase)  # "Secretary - General" of joined tokens: "secretary general"
    phrase = re.sub(r"\s+", " ", phrase).replace(" of the ", " of ")  # "chief of the defence force"
    keys = set()
    for key, names in ROLE_SYNONYMS.items():
        for n in names:
            if f" {n} " in phrase:
                keys.add(key)
                break
    # "vice president" is not "president", "secretary general" is not a secretary of state
    if "vice_president" in keys:
        keys.discard("president")
    if "general" in keys and re.search(r" (secretary|attorney|surgeon|inspector|consul|solicitor|governor|postmaster)[ -]general ", phrase):
        keys.discard("general")  # an office, not a military rank
    if keys - GENERIC_ROLES:
        keys -= {"minister"} if ({"foreign_minister", "defense_minister", "prime_minister"} & keys) else set()
    return frozenset(keys)


def _country_key(word: str) -> str:
    w = re.sub(r"[’']s$", "", word.lower()).strip(". ")
    if w in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[w]
    return " ".join(part[:4] for part in w.split())


def countries_in(tokens: Iterable["Token"]) -> frozenset[str]:
    out = set()
    for t in tokens:
        if t.ent_type_ in ("GPE", "NORP") or t.lower_ in COUNTRY_ALIASES:
            if t.lower_ in ("’s", "'s"):
                continue
            out.add(_country_key(t.text))
    return frozenset(out)


def collect_persons(doc: "Doc", local: Sequence[LocalEntity], text: str) -> list[Person]:
    """People the article names, with the roles stated beside their names."""
    by_key: dict[str, Person] = {}

    def person_for(name: str) -> Person:
        parts = name.split()
        key = parts[-1].lower() if parts else name.lower()
        p = by_key.get(key)
        if p is None:
            p = Person(name=name)
            by_key[key] = p
        elif len(name) > len(p.name) and p.name.split()[-1].lower() == key:
            p.name = name
        return p

    for ent in find_person_spans(doc):
        name = strip_name(ent.text)
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
            keys = role_keys(r.title)
            if keys:
                toks = [t for t in doc if r.start <= t.idx < r.end]
                p.roles.append((keys, countries_in(toks) or _countries_from_text(r.title)))
    return list(by_key.values())


def _gender_near(doc: "Doc", ent: "Span") -> str | None:
    """"m"/"f" when the words right around a name say so ("Mr. Lee", "Ana Ruiz, a spokeswoman")."""
    window = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 3) : ent.end]]
    for t in doc[ent.end : min(ent.sent.end, ent.end + 6)]:
        if t.lower_ in ("whose", "who", "whom", "which", "that"):
            break  # "Mira Roe, whose brother was killed": a relative, not what she is
        window.append(t.lower_)
    if any(w in FEMALE_WORDS for w in window):
        return "f"
    if any(w in MALE_WORDS for w in window):
        return "m"
    return None


#: Tags of words the tagger sometimes takes into a PERSON name that are never part of one.
_NOT_NAME_TAGS = frozenset({"VBG", "VBD", "VBN", "VBZ", "VBP", "DT", "IN", "RB", "PRP", "PRP$", "CC", "WP"})


# words of a body's name: never part of a person's ("representative Red Cross Society")
_BODY_WORDS = frozenset({"ministry", "agency", "party", "office", "department", "council", "committee", "commission",
                         "organization", "organisation", "association", "union", "company", "corporation", "bank",
                         "university", "institute", "service", "group", "army", "police", "forces", "front", "fund",
                         "programme", "program", "news", "times", "post", "society", "cross", "crescent", "nations"})


def find_person_spans(doc: "Doc") -> list["Span"]:
    """PERSON names: the tagger's, extended left over given names it left out ("Lloyd Austin"),
    plus other places where a known surname is used but not tagged."""

    def extend(start: int, end: int, floor: int) -> int:
        while (
            start > floor
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].lower_ not in ROLE_WORDS
            and doc[start - 1].lower_ not in COUNTRY_ALIASES
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
        while start < ent.end - 1 and (
            doc[start].tag_ in _NOT_NAME_TAGS
            or (doc[start].is_sent_start and ent.end - start >= 3 and doc[start].lower_.endswith("ing"))
        ):
            start += 1  # "Quoting Rafal Ostrander": a verb opening the sentence is no given name
        end = ent.end
        if end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end].text[:1].isupper() \
                and doc[end].text.isalpha() and doc[end - 1].whitespace_ == " " and doc[end].lower_ not in ROLE_WORDS:
            end += 1  # "Min Aung" + "Hlaing": a surname the tagger left out
        while end - 1 > start and ("\n" in doc[end - 2].whitespace_ or "\n" in doc[end - 1].text):
            end -= 1  # never across a line break ("Jorun Vey / UPDATE")
        out.append(doc[start:end])
        covered.update(range(start, end))
    # "UNHCR representative Ilsevaar Duroque-Mbeki": a name right after a role noun is a person's, whatever
    # label the tagger gave it (an unfamiliar name is often read as an organisation)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP", "GPE") or ent.start == 0 or any(i in covered for i in range(ent.start, ent.end)):
            continue
        role = doc[ent.start - 1]
        words = [t for t in ent if t.text != "-"]
        if role.pos_ == "NOUN" and role.lower_ in ROLE_WORDS and role.text.islower() and 2 <= len(words) <= 4 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in words) \
                and not any(t.lower_ in _BODY_WORDS for t in words) and "\n" not in ent.text:
            out.append(doc[ent.start : ent.end])
            covered.update(range(ent.start, ent.end))
    # "Lina Varo Dessa, 17, was cooking when ...": a name with an age in apposition is a person's,
    # whatever label the tagger gave it (an unfamiliar surname is often read as a place)
    for tok in doc[2:]:
        if not (tok.like_num and tok.text.isdigit() and 0 < int(tok.text) < 110 and doc[tok.i - 1].text == ","
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","):
            continue
        end = tok.i - 1
        start = end
        while start > tok.sent.start and end - start < 4 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in ROLE_WORDS \
                and doc[start - 1].lower_ not in COUNTRY_ALIASES and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if end - start < 2 or any(i in covered for i in range(start, end)) \
                or any(t.lower_ in _BODY_WORDS or t.text.isupper() for t in doc[start:end]):
            continue
        out.append(doc[start:end])
        covered.update(range(start, end))
    # "Tamer Kessan, head of the relief agency's delegation, gave the numbers": a name the tagger left
    # unlabelled (or called a body) in apposition with a role is a person's
    for tok in doc[2:]:
        if tok.text != "," or tok.i + 2 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        role = doc[tok.i + 2] if nxt.lower_ in ("a", "an", "the") else nxt
        if role.lower_ not in ROLE_WORDS or not role.text.islower() or role.i + 1 >= len(doc) \
                or doc[role.i + 1].lower_ not in ("of", "for", "at", "with", "to", ","):
            continue
        end = tok.i
        start = end
        while start > tok.sent.start and end - start < 4 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and not doc[start - 1].text.isupper() \
                and doc[start - 1].ent_type_ in ("", "ORG") and doc[start - 1].lower_ not in ROLE_WORDS \
                and doc[start - 1].lower_ not in COUNTRY_ALIASES and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if end - start < 2 or any(i in covered for i in range(start, end)) \
                or any(t.lower_ in _BODY_WORDS for t in doc[start:end]) \
                or start > tok.sent.start and doc[start - 1].pos_ == "PROPN":
            continue
        out.append(doc[start:end])
        covered.update(range(start, end))
    surnames = {s[-1].text for s in out if s[-1].text[:1].isupper() and len(s[-1].text) > 2}
    for tok in doc:
        if tok.i in covered or tok.text not in surnames or tok.pos_ != "PROPN":
            continue
        if tok.ent_type_ in ("GPE", "LOC", "NORP"):
            continue  # "Santosh Nepal" is a person, "in Nepal" the country: a place word alone is the place
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
        if w.lower().strip(".") in COUNTRY_ALIASES or w.lower() in COUNTRY_ALIASES:
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
    keys = role_keys(" ".join(t.text for t in before))
    countries = countries_in(before)
    if not keys:
        # after: ", the White House ... coordinator," / ", principal deputy spokesperson for ..."
        k = ent.end
        if k < len(doc) and doc[k].text == ",":
            after: list[Token] = []
            k += 1
            while k < min(sent.end, ent.end + 16) and doc[k].text not in (",", ";", "(", "—", "–", ".") and doc[k].pos_ not in ("VERB", "AUX"):
                after.append(doc[k])
                k += 1
            keys = role_keys(" ".join(t.text for t in after))
            countries = countries_in(after)
    if not keys:
        # "the US secretary of defence, Lloyd Austin": role phrase then a comma, then the name
        j = ent.start - 1
        if j >= sent.start and doc[j].text == ",":
            before = []
            j -= 1
            while j >= sent.start and len(before) < 8 and doc[j].text not in (",", ";", ":", "(") and doc[j].pos_ not in ("VERB", "AUX"):
                before.insert(0, doc[j])
                j -= 1
            keys = role_keys(" ".join(t.text for t in before))
            countries = countries_in(before)
    if not keys:
        return None
    return keys, countries


def reported_within(cue: "Token") -> bool:
    """Whether a cue lies inside what another cue reports ("he believed [Putin wanted ...]").

    Its subject is someone the speaker talks about, not a speaker "he" may later stand for.

    Args:
        cue: a verb token.

    Returns:
        True when an ancestor cue reports the clause that holds it.
    """
    node = cue
    while node.head is not node and node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in CUE_LEMMAS:
            return True
        node = node.head
    return False


def subject_events(doc: "Doc", persons: Sequence[Person]) -> list[tuple[int, str]]:
    """Where a named person is the subject of a main clause (for "he" and "she")."""
    names = {p.name.split()[-1].lower(): p.name for p in persons if p.name.split()}

    spans = [e for e in doc.ents if e.label_ == "PERSON"] + [
        s for s in find_person_spans(doc) if not any(e.label_ == "PERSON" and e.start <= s.start < e.end for e in doc.ents)]
    out: list[tuple[int, str]] = []
    for tok in doc:
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.dep_ == "ROOT":
            pass  # "This was confirmed by Defence Minister Ilse Varga": the agent is the subject
        elif tok.dep_ != "nsubj":
            continue
        else:
            verb = tok.head
            left = tok.left_edge.i
            inverted = left > 0 and doc[left - 1].dep_ == "ROOT" and doc[left - 1].lemma_ == "be" \
                and any(c.dep_ == "prep" and c.i < left - 1 for c in doc[left - 1].children)
            # ("Among the mourners was Hana Roe, whose son ...": the name the sentence is about)
            if verb.dep_ not in ("ROOT",) and verb.lemma_.lower() not in CUE_LEMMAS and not inverted:
                continue
            if reported_within(verb):
                continue
        ents = [e for e in spans if e.start <= tok.i < e.end]
        if not ents:
            # "The head of the armed forces, Ivo Roe, stated": the apposition may hang on a noun inside the subject
            appos = [c for c in tok.subtree if c.dep_ == "appos" and c.i < tok.head.i
                     and (c.head.i == tok.i or c.head.dep_ == "pobj")]
            ents = [e for e in spans if any(e.start <= a.i < e.end for a in appos)]
        if not ents:
            continue
        last = strip_name(ents[0].text).split()
        if last and last[-1].lower() in names:
            out.append((tok.idx, names[last[-1].lower()]))
    return out
