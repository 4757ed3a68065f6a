"""Claims: the sentence a figure is read in — line-cut sentences, clause verbs and subjects.

Every other claim reader works within a ``Sentences``: spaCy's sentences cut at line breaks
(a headline or a dateline is its own sentence), the verb of a figure's clause, and the
subject of a speech verb (inversions such as "..., said the ministry" included).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import _BODY_NOUNS, _DOCUMENT_NOUNS, _NO_PASSIVE_VERBS, _SAY_VERBS, _SPEAKER_NOUNS, _WEAK_VERBS

from ..quotes.speakers import apposed_person, closing_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..quantities import Quantity


# qualifiers ending in "of" that the parser makes the head of the figure they qualify ("Upwards of 24,000 were
# ..." read with "upwards" as the subject and the number as the object of its "of"; "a minimum of", "in excess of")
_OF_QUALIFIERS = (("upwards",), ("upward",), ("a", "minimum"), ("a", "maximum"), ("in", "excess"))


def rehang_of_qualifiers(doc: "Doc") -> None:
    """Give a figure the place in the parse its qualifier took: in "upwards of N (people) <verb>" the number
    (or the noun it counts) becomes the argument the qualifier was and the qualifier hangs on the number, as the
    parser does with "more than N"; every later reader then sees the same tree for each wording."""
    for first in doc:
        for words in _OF_QUALIFIERS:
            k = len(words)
            if first.i + k + 1 >= len(doc) or any(doc[first.i + j].lower_ != w for j, w in enumerate(words)) \
                    or doc[first.i + k].lower_ != "of":
                continue
            phrase = doc[first.i : first.i + k + 1]
            of, num = doc[first.i + k], doc[first.i + k + 1]
            if not num.like_num or first.sent != num.sent:
                continue
            if num.dep_ == "pobj" and num.head.i == of.i:
                target = num
            elif num.dep_ == "nummod" and num.head.dep_ == "pobj" and num.head.head.i in (of.i, first.i):
                target = num.head  # (also "killed in excess of 20 people" with the people as the object of "in")
            else:
                continue
            inside = {t.i for t in phrase} | {target.i, num.i}
            tops = [t for t in phrase if t.head.i not in inside or t.head.i == t.i]
            if len(tops) != 1 or tops[0].dep_ == "ROOT":
                continue
            top = tops[0]
            head, dep = top.head, top.dep_
            if dep == "pobj" and head.pos_ == "ADP":
                dep = "pobj"  # "the blast killed in excess of 20": keep the preposition's object as it was
            elif head.pos_ in ("VERB", "AUX") and head.i > top.i and dep in ("advmod", "npadvmod", "nsubj", "nsubjpass", "prep") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != top.i for c in head.children):
                dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in head.children) else "nsubj"
            elif head.pos_ in ("VERB", "AUX") and head.i < top.i and dep in ("prep", "advmod", "npadvmod", "dobj"):
                dep = "dobj"  # "killed a minimum of 15 people": the verb's object
            target.head = head
            target.dep_ = dep
            top.head = num
            top.dep_ = "advmod"
            break


def rehang_said_subjects(doc: "Doc") -> None:
    """Make a figure right after a speech verb the subject of the clause it opens: "Authorities stated 240 were
    still missing" parsed with the number as what they stated and "were missing" left with no subject (as the
    parser reads it after "said"); every later reader then sees the same tree for each speech verb."""
    for num in doc:
        if not num.like_num or num.dep_ != "dobj" or num.i + 1 >= len(doc):
            continue
        verb = num.head
        if verb.i != num.i - 1 or verb.lemma_.lower() not in _SAY_VERBS or verb.pos_ != "VERB":
            continue
        nxt = doc[num.i + 1]
        if nxt.pos_ != "AUX" and not (nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ", "VBP")):
            continue
        clause = nxt if nxt.pos_ == "VERB" else nxt.head
        if clause.i <= num.i or clause.head.i != verb.i or clause.dep_ not in ("ccomp", "conj", "xcomp") \
                or clause.sent != num.sent or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        num.head = clause
        num.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"




def rehang_intransitive_participles(doc: "Doc") -> None:
    """ "25 villagers perished in X, officials said" parsed with "perished" as a participle on "villagers" and
    "villagers" as a second subject of "said": the verb (which has no passive) becomes what was said and the
    noun its subject, as the parser reads "died" there."""
    for verb in doc:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in _NO_PASSIVE_VERBS:
            continue
        noun = verb.head
        say = noun.head
        if noun.dep_ != "nsubj" or verb.i != noun.i + 1 or say.lemma_.lower() not in _SAY_VERBS or say.i < verb.i \
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        if not any(c.dep_ == "nsubj" and c.i > verb.i for c in say.children):
            continue
        verb.head = say
        verb.dep_ = "ccomp"
        noun.head = verb
        noun.dep_ = "nsubj"


def rehang_cut_off_numbers(doc: "Doc") -> None:
    """ "... has announced. Fifteen Tanzanian peacekeepers were killed" parsed with the sentence-opening number
    word as a sentence of its own: the number becomes the count of the noun right after it ("Fifteen
    peacekeepers"), or the subject of the verb right after it ("Fifteen were killed"), as the parser reads
    "15 peacekeepers were killed"; the sentence is whole again."""
    for num in doc:
        if not (num.like_num and num.pos_ == "NUM" and num.dep_ == "ROOT" and num.i + 1 < len(doc)) \
                or num.sent.start != num.i or num.sent.end != num.i + 1 or "\n" in num.whitespace_ \
                or not num.text[:1].isalpha() and not num.text[:1].isdigit():
            continue
        nxt = doc[num.i + 1]
        if nxt.is_punct or nxt.is_space or nxt.sent.start != nxt.i:
            continue
        k = nxt.i
        while k < min(len(doc), nxt.i + 4) and doc[k].pos_ in ("ADJ", "PROPN") and doc[k].dep_ in ("amod", "compound", "nmod") \
                and doc[k].head.i > k:
            k += 1
        noun = doc[k] if k < len(doc) else None
        if noun is not None and noun.pos_ == "NOUN" and noun.tag_ in ("NNS", "NNPS") and noun.sent.start == nxt.i \
                and not any(c.dep_ == "nummod" for c in noun.children):
            num.head = noun
            num.dep_ = "nummod"
        elif nxt.pos_ in ("AUX", "VERB") and nxt.tag_ in ("VBD", "VBP", "VBZ", "MD"):
            verb = nxt if nxt.pos_ == "VERB" or nxt.head.i == nxt.i else nxt.head
            if verb.sent.start != nxt.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                continue
            num.head = verb
            num.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


class Sentences:
    """The line-cut sentences of one article's parse."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.text = doc.text
        self.segments, self.seg_of = _segments(doc)

    def segment(self, tok: "Token") -> "Span":
        """The sentence of ``tok`` cut at line breaks (a headline is its own sentence)."""
        s, e = self.segments[self.seg_of[tok.i]]
        return self.doc[s:e]

    def subject(self, verb: "Token") -> "Token | None":
        """The subject of a speech verb within its line-cut sentence (inversions included).

        For weak cue verbs ("show", "record", "expect"...) the subject must be a person, a
        body or a speaker noun, otherwise there is no attribution ("Sales showed ...").
        """
        subj = self.subject_any(verb)
        if subj is not None and verb.lemma_.lower() in _WEAK_VERBS and not _speaker_like(subj) \
                and not _closing_it(subj, verb):
            return None
        return subj

    def subject_any(self, verb: "Token") -> "Token | None":
        seg = self.segment(verb)
        subj = _subject(verb, (seg.start, seg.end))
        if subj is not None and self.same_segment(subj, verb):
            return apposed_person(self.doc, seg.start, subj, verb)
        if subj is None:
            return None
        # the parse linked the verb's subject across a line break: take the noun right before it
        doc = self.doc
        k = verb.i - 1
        while k >= 0 and self.same_segment(doc[k], verb) and doc[k].pos_ in ("AUX", "ADV", "PART"):
            k -= 1
        if k >= 0 and self.same_segment(doc[k], verb) and doc[k].pos_ in ("PROPN", "NOUN", "PRON"):
            return doc[k]
        return None

    def same_segment(self, a: "Token", b: "Token") -> bool:
        """True when two tokens are in the same line-cut sentence."""
        return self.seg_of[a.i] == self.seg_of[b.i]

    # -- names -----------------------------------------------------------------------------

    def sentence_bounds(self, sent: "Span", q: Quantity) -> tuple[int, int]:
        """The sentence's offsets, cut at line breaks (headlines and datelines are their own line)."""
        s, e = sent.start_char, sent.end_char
        s, e = min(s, q.start), max(e, q.end)
        line_start = self.text.rfind("\n", s, q.start)
        if line_start >= 0:
            s = line_start + 1
        line_end = self.text.find("\n", q.end, e)
        if line_end >= 0:
            e = line_end
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e


    def clause_verb(self, tok: "Token") -> "Token":
        """The verb of the clause ``tok`` is in (or the top of its line-cut sentence)."""
        cur = tok
        for _ in range(8):
            if (cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep") or cur.head is cur or not self.same_segment(cur.head, tok):
                return cur
            cur = cur.head
        return cur


def _segments(doc: "Doc") -> tuple[list[tuple[int, int]], list[int]]:
    """spaCy sentences split at line breaks: [(start token, end token)], and each token's segment."""
    segs: list[tuple[int, int]] = []
    seg_of = [0] * len(doc)
    for sent in doc.sents:
        start = sent.start
        for t in sent:
            breaks = "\n" in t.text or (t.i > start and "\n" in doc[t.i - 1].whitespace_)
            if breaks and t.i > start:
                segs.append((start, t.i))
                start = t.i
        segs.append((start, sent.end))
    cleaned: list[tuple[int, int]] = []
    for s, e in segs:
        # drop whitespace-only tokens at the edges
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        if e > s:
            cleaned.append((s, e))
    for n, (s, e) in enumerate(cleaned):
        for i in range(s, e):
            seg_of[i] = n
    # whitespace tokens between segments belong to the one before
    last = 0
    for i in range(len(doc)):
        if any(s <= i < e for s, e in cleaned[seg_of[i] : seg_of[i] + 1]):
            last = seg_of[i]
        else:
            seg_of[i] = last
    return cleaned, seg_of



def _glued_to_name(t: "Token") -> bool:
    """A hyphen standing for a dash, glued to the capitalised word after it ("(Wire) -Lorn's army")."""
    return t.text == "-" and not t.whitespace_ and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper() \
        and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _closing_it(subj: "Token", verb: "Token") -> bool:
    """"..., it added." / "..., it noted.": a closing cue whose "it" is the body that spoke (not
    "it showed 40 cases": such a cue has no object and comes after a comma)."""
    return subj.lower_ == "it" and verb.lemma_.lower() in ("add", "note", "mention", "comment", "observe") \
        and subj.i == verb.i - 1 and subj.i > 0 and subj.doc[subj.i - 1].text == "," \
        and not any(c.dep_ in ("dobj", "attr") for c in verb.children)


def _speaker_like(tok: "Token") -> bool:
    """A subject that can give a figure: a person, a body, a speaker noun, or a pronoun."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that"):
        return True
    low = tok.lemma_.lower()
    if low in _SPEAKER_NOUNS or low in _BODY_NOUNS or tok.lower_ in _BODY_NOUNS:
        return True
    # "Hlaing added ...": a surname the tagger left untyped, of a person the article names in full
    doc = tok.doc
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and len(tok.text) > 2 and any(
        ent.label_ == "PERSON" and (tok.text in ent.text.split() or ent.end < len(doc) and doc[ent.end].text == tok.text
                                    and doc[ent.end].pos_ == "PROPN") for ent in doc.ents)


def _subject(verb: "Token", bounds: tuple[int, int] | None = None) -> "Token | None":
    # "About 8,000 soldiers at the border, says US": the parse takes the figure as subject
    lo, hi = bounds if bounds is not None else (0, len(verb.doc))
    # "Western sources, however, estimate the number ...": a subject of its own before the verb, no figure
    own_before = any(c.dep_ == "nsubj" and c.i < verb.i and not c.like_num and c.pos_ != "NUM"
                     and not any(g.dep_ == "nummod" for g in c.children) for c in verb.children)
    if not own_before and not any(c.dep_ in ("ccomp", "xcomp") and lo <= c.i < hi for c in verb.children):
        inverted = _inverted_subject(verb)
        if inverted is not None:
            return inverted
    doc = verb.doc
    subjects = [c for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and not (c.dep_ == "nsubjpass" and verb.lemma_ in _SAY_VERBS)]
    # "Bangkok, March 29: the military said": a word before a colon (a dateline, a label) is no subject
    subjects = [c for c in subjects if not (c.i < verb.i and any(t.text == ":" for t in doc[c.i : verb.i]))]
    # "DORSK, May 2 - The blast killed 20 people, police said": a dateline's place before the dash is no
    # subject, even the only one the parser found (whoever closes the sentence speaks)
    # (the noun after the dash the parser hung on the place as its apposition speaks: "SANAA, Yemen – Ruvia's army said")
    kept: list["Token | None"] = [next((a for a in c.subtree if a.dep_ == "appos" and a.i > c.i and a.i < verb.i
                      and any(t.text in ("—", "–", "--", "-") for t in doc[c.i : a.left_edge.i])
                      and a.ent_type_ not in ("GPE", "LOC") and _speaker_like(a)), None) if (
        c.i < verb.i and c.left_edge.i <= lo + 1 and (c.text.isupper() and len(c.text) > 2 or c.ent_type_ == "GPE")
        and any(t.text in ("—", "–", "--", "-") and t.i > c.i and (t.whitespace_ or _glued_to_name(t))
                for t in doc[c.i : verb.i])) else c for c in subjects]
    subjects = [c for c in kept if c is not None]
    # "PALU (AP) — the agency says": of two subjects, not the dateline's word before the dash
    if len(subjects) > 1:
        # (also a dash glued to the next word: "NORVIK (Wire) -Lorn's military said")
        subjects = [c for c in subjects if not (c.i < verb.i and any(
            t.text in ("—", "–", "--") or _glued_to_name(t) or len(t.text) > 1 and t.text[0] in "—–-" and t.text[1:2].isupper()
            for t in doc[c.i : verb.i]))] or subjects
        # "ORSK, Mar 4 (VNA) Velmar's minister said": the dateline's place (the line's first word, then a
        # comma and a date) is no subject, dash or not
        subjects = [c for c in subjects if not (c.i < verb.i and c.left_edge.i <= lo + 1 and c.i + 2 < hi
                                                and doc[c.i + 1].text == "," and doc[c.i + 2].ent_type_ == "DATE")] or subjects
    # "Israeli daily newspaper Yedioth Ahronoth also reported": the parser split a descriptor and the
    # name right after it into two subjects; the name is who speaks
    if len(subjects) > 1 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN" \
            and subjects[0].i + 1 == subjects[1].left_edge.i:
        return subjects[1]
    # "A statement issued yesterday by spokesman X said ...": the parser cut the issuer off the
    # document's "by" and made it a second subject; the issuer is who speaks
    if len(subjects) > 1 and subjects[0].lemma_.lower() in _DOCUMENT_NOUNS and subjects[1].i > subjects[0].i \
            and all(t.dep_ == "compound" for t in doc[subjects[1].left_edge.i : subjects[1].i]) \
            and doc[subjects[1].left_edge.i - 1].lower_ == "by":
        return subjects[1]
    if subjects:
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.i < verb.i and not any(c.dep_ in ("det", "nummod") for c in verb.head.children) \
            and any(c.dep_ == "ccomp" for c in verb.children):
        # "Lutova estimated in December that ...": a name the parser took for a common noun, its
        # verb a participle on it; a verb with a clause of its own says what the noun says
        return verb.head
    if verb.lemma_.lower() in _SAY_VERBS:
        return closing_person(verb, lo) or _name_right_before(verb, lo)
    return None


def _name_right_before(verb: "Token", lo: int) -> "Token | None":
    """A body or person named right before a speech verb the parse left without a subject
    ("..., Ministry of Defense (MoD) said that ...": the parse hung the name on the clause before)."""
    doc = verb.doc
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or not any(c.dep_ == "ccomp" for c in verb.children) and not (
                # "With X, the ministry on Monday put the toll at 40": a verb that sets a figure, its object the count
                verb.lemma_.lower() in ("put", "raise", "revise", "lower", "set", "give", "update")
                and any(c.dep_ == "dobj" for c in verb.children)):
        return None
    k = verb.i - 1
    # "the ministry on Monday put ...": a day between the name and its verb
    if k > lo and doc[k].ent_type_ in ("DATE", "TIME"):
        while k > lo and doc[k].ent_type_ in ("DATE", "TIME"):
            k -= 1
        if doc[k].pos_ == "ADP" and doc[k].lower_ in ("on", "in", "at", "late", "early"):
            k -= 1
    if k > lo and doc[k].text == ")":  # a short parenthesis after the name: "(MoD)"
        j = k - 1
        while j > lo and doc[j].text != "(" and k - j < 5:
            j -= 1
        if doc[j].text != "(":
            return None
        k = j - 1
    if k < lo:
        return None
    if doc[k].pos_ == "NOUN":
        # "..., officials and press reports said": the speakers closing the sentence, hung on the clause before
        head = doc[k].head if doc[k].dep_ == "conj" and doc[k].head.i < k else doc[k]
        if not (head.pos_ == "NOUN" and head.tag_ == "NNS" and _speaker_like(head)):
            return None
        start = head.left_edge.i
        if start > lo and doc[start - 1].text not in (",", ";"):
            return None
        return head
    if doc[k].pos_ != "PROPN" or doc[k].ent_type_ not in ("ORG", "PERSON"):
        return None
    start = k
    while start > lo and doc[start].ent_iob_ == "I":
        start -= 1
    # the name starts the clause: the sentence's start, or after a comma or a conjunction
    if start > lo and doc[start - 1].text not in (",", ";", "and", "but", "while"):
        return None
    return doc[k]


def _inverted_subject(verb: "Token") -> "Token | None":
    """The subject after the verb: "..., says US", "..., said the ministry"."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None
    last = None
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
        if t.is_space:
            break
        if t.pos_ == "DET" and last is None:
            continue
        if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "ADJ" and last is None):
            last = t
            if "\n" in t.whitespace_ or (t.i + 1 < len(doc) and doc[t.i + 1].is_space):
                break
            continue
        break
    if last is not None and last.pos_ in ("PROPN", "NOUN"):
        return last
    return None

