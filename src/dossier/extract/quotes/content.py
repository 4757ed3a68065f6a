"""The content clause: what a cue reports.

For a speech verb it is the clause complement ("Blinken said [the US believed that ...]"),
running on to the end of the sentence unless a semicolon, a dash or another speech verb starts
something else; for "according to X" the side of the sentence that carries the clause; for a
stance verb its object and the phrase completing it ("criticized [the plan as reckless]"); for
a verb of asking or promising the action ("urged X [to leave]", "called for [a ceasefire]");
for a naming verb the object and its predicate ("called [the plan a ploy]"); for a passive
report its subject ("[the leak] was reported by ..."); for a possessed speech noun its
"that" clause ("Park's claim [that ...]"). The small parse predicates that recognise these
shapes live here too, since cues and speakers read them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import TextIndex, after_dateline
from .words import ACTION_CUES, CUE_LEMMAS, INTENTION_CUES, DQ_CLOSE, DQ_OPEN, EVIDENCE_CUES, OBJECT_CUES, OBJECT_PREPS, OBJECT_SPEECH, SPEECH_NOUNS, TOPIC_CUES

if TYPE_CHECKING:
    from spacy.tokens import Token


def content_clause(index: TextIndex, cue: "Token", s_start: int, s_end: int) -> tuple[int, int] | None:
    """Character span of the clause a cue reports, within its segment.

    Args:
        index: the article's text index (for what lies inside quote marks).
        cue: the cue token.
        s_start: start of the cue's segment.
        s_end: end of the cue's segment.

    Returns:
        (start, end) of the content in the text, or None when the cue reports no content.
    """
    tokens: list[Token]
    object_cue = False
    if is_according(cue):
        head = cue.head
        excluded = {t.i for t in cue.subtree}
        tokens = [t for t in head.subtree if t.i not in excluded]
        # keep the side of "according to X" with the clause
        before = [t for t in tokens if t.i < cue.i]
        after = [t for t in tokens if t.i > cue.i]
        # ("The toll rose to 4,352, according to police, amid warnings ...": a whole clause before the
        # credit is what it credits; what trails after it is the writer's)
        finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ in ("ROOT", "ccomp", "conj") for t in before)
        closing = cue.i > 0 and cue.doc[cue.i - 1].text == ","
        tokens = before if len(before) >= len(after) or finite and closing else after
    elif passive_report(cue) is not None and not any(c.dep_ == "ccomp" for c in cue.children):
        tokens = list(passive_report(cue)[0].subtree)  # type: ignore[index]
        object_cue = True
    elif speech_noun_clause(cue) is not None:
        tokens = list((speech_noun_clause(cue) or cue).subtree)
    else:
        comps = [c for c in cue.children if c.dep_ == "ccomp"]
        if not comps and cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in ("quote", "cite"):
            # "The device had been planted by the rebels, Colonel X was quoted as saying": the clause hangs on "quoted"
            comps = [c for c in cue.head.head.children if c.dep_ == "ccomp"]
        if comps:
            tokens = list(comps[0].subtree)
            if len(comps) > 1:
                tokens = [t for c in comps for t in c.subtree]
            # "According to Varn News, the troops were ambushed, Colonel X said": the outlet relays what X said
            relay = {w.i for t in tokens if is_according(t) and t.i < cue.i for w in t.subtree}
            if relay:
                tokens = [t for t in tokens if t.i not in relay]
            # "X said the troops of the brigade, led by Y, came under fire": the clause's subject parsed onto the cue
            stray = [c for c in cue.children if c.dep_ == "nsubj" and cue.i < c.i < comps[0].i]
            if stray and any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
                last = max(t.i for t in stray[0].subtree)
                gap = [t for t in cue.doc[last + 1 : comps[0].left_edge.i] if t.is_punct]
                tokens = list(stray[0].subtree) + gap + tokens
        elif cue.lemma_.lower() in ("call", "describe", "label", "brand") and naming_content(cue) is not None:
            tokens = naming_content(cue) or []
        elif cue.lemma_.lower() in ACTION_CUES and action_content(cue) is not None:
            tokens = action_content(cue) or []
        elif cue.lemma_.lower() in OBJECT_CUES | OBJECT_SPEECH | EVIDENCE_CUES and object_content(cue) is not None:
            tokens = object_content(cue) or []
            object_cue = True
        elif cue.lemma_.lower() == "say" and _clause_parsed_as_object(cue) is not None:
            tokens = _clause_parsed_as_object(cue) or []
        elif cue.pos_ == "VERB" and _clause_after_phrase(cue) is not None:
            tokens = _clause_after_phrase(cue) or []
        elif cue.dep_ in ("parataxis",) or (cue.dep_ == "ccomp" and cue.i > cue.head.i and cue.head.pos_ in ("VERB", "AUX")):
            excluded = {t.i for t in cue.subtree}
            tokens = [t for t in cue.head.subtree if t.i not in excluded]
            if cue.dep_ == "ccomp":
                return None  # a complement of another verb, not an inverted report
        elif _inverted_report(cue, after_dateline(index.text, s_start, s_end)) is not None:
            tokens = _inverted_report(cue, after_dateline(index.text, s_start, s_end)) or []
        else:
            return None
    lo = after_dateline(index.text, s_start, s_end)
    # (a dateline is never what was said; a word glued to it, "(BBN)-The", is)
    tokens = [t for t in tokens if lo <= t.idx < s_end or t.idx < lo < t.idx + len(t.text) and t.text[lo - t.idx :].isalpha()]
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
    if run[0].i > cue.i and not is_according(cue) and not object_cue:
        # "X said that A, but B": a reported clause runs on to the end of the sentence,
        # unless a semicolon, a dash or another speech verb starts something else
        k = run[-1].i + 1
        doc = cue.doc
        extra: list[Token] = []
        while k < len(doc) and doc[k].idx < s_end:
            t = doc[k]
            if t.text in (";", "—", "–", "--") or (
                t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" and not index.in_quote(t)
            ):
                extra = []  # something else starts: keep the clause as parsed
                break
            extra.append(t)
            k += 1
        run = run + extra
    while run and (run[0].is_punct or run[0].is_space) and run[0].text not in DQ_OPEN + '"':
        run = run[1:]
    while run and (run[-1].is_punct or run[-1].is_space) and run[-1].text not in DQ_CLOSE + '"':
        run = run[:-1]
    if len(run) < (1 if object_cue else 3):
        return None
    if lo > s_start and run[0].i < cue.i and run[0].idx > lo:
        # "Kano | Thirteen soldiers were killed ...": a word the parse hung on the dateline opens the clause
        gap = [t for t in cue.doc[run[0].i - 3 : run[0].i] if t.idx >= lo]
        if gap and len(gap) == run[0].i - gap[0].i and gap[0].idx == lo \
                and all(t.pos_ in ("NUM", "DET", "ADJ") or t.like_num or t.ent_type_ == "CARDINAL" for t in gap):
            run = gap + run
    return max(run[0].idx, lo), run[-1].idx + len(run[-1].text)


#: Plural things that report findings ("records show", "data suggest"), unlike plural people.
EVIDENCE_NOUNS = frozenset("record data figure statistic result finding document poll survey study report email file number".split())


#: What a caption says shows something: a picture, not a record that reports it.
PICTURE_NOUNS = frozenset("view image photo photograph picture footage video screenshot still".split())


def evidence_subject(cue: "Token") -> bool:
    """Whether a cue's subject is a thing (a poll, a study, records), not a person or pronoun."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON":
        return False
    if subj.lemma_.lower() in PICTURE_NOUNS and not any(c.dep_ in ("ccomp", "parataxis") for c in cue.children):
        return False  # "An aerial view shows flooded fields": a caption tells what a picture shows
    # people who find things ("rescuers found six bodies") report nothing by it
    return not (subj.pos_ == "NOUN" and subj.tag_ in ("NNS",) and subj.lemma_.lower() not in EVIDENCE_NOUNS)


def passive_report(cue: "Token") -> "tuple[Token, Token] | None":
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


def speech_noun_clause(tok: "Token") -> "Token | None":
    """The "that" clause of a speech noun with its source ("his claim [that ...]", "claims by
    Orlen [that ...]", "a warning from the agency [that ...]"), else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_NOUNS:
        return None
    if noun_source(tok) is None:
        return None
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "appos") and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            return c
    return None


def noun_source(tok: "Token") -> "Token | None":
    """Who a speech noun belongs to: its possessor, or the object of "by"/"from" after it.

    Args:
        tok: a noun token.

    Returns:
        The source token, or None.
    """
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i == tok.i + 1:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def is_according(tok: "Token") -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def naming_content(cue: "Token") -> "list[Token] | None":
    """What a source calls something: "called [the plan a ploy]", "described [it as ominous]"."""
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objs:
        return None
    preds = [c for c in cue.children if c.i > objs[0].i and (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as"))]
    if not preds:
        return None
    first = min(t.i for t in objs[0].subtree)
    last = max(t.i for t in preds[0].subtree)
    return list(cue.doc[first : last + 1])  # with what stands between: "her vote [in favor of X] a mistake"


def object_content(cue: "Token") -> "list[Token] | None":
    """What a stance verb is about: its object and the phrase that completes it.

    "criticized [the plan as reckless]", "accused [the firm of fraud]", "pointed to [the
    report]", "pointed out [that ...]". Only in the active voice with a subject.
    """
    if cue.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return None
    if cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children):
        return None
    if cue.lemma_.lower() in TOPIC_CUES:
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
        if c.i > last and c.dep_ in ("prep", "advcl", "oprd") and (c.lower_ in OBJECT_PREPS or c.dep_ != "prep"):
            if c.dep_ == "advcl" and c.tag_ not in ("VBG",):
                continue
            out.extend(c.subtree)
            break
    return out


def action_content(cue: "Token") -> "list[Token] | None":
    """The action a cue asks for or promises: "urged X [to leave]", "called for [a ceasefire]"."""
    if cue.lemma_.lower() in INTENTION_CUES and any(
            c.dep_ == "dobj" and all(c.i < x.i for x in cue.children if x.dep_ == "xcomp") for c in cue.children):
        return None  # "aims a rifle to scare off ...", "sought shelter to wait out ...": an act, its purpose
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


def _inverted_report(cue: "Token", lo: int) -> "list[Token] | None":
    """"TOWN: The toll rose to 172, officials said": the clause before "<comma> subject cue" that
    the parse hung elsewhere (a dateline opening the sentence confuses it); only a clause with a
    finite verb of its own, from the sentence's start."""
    if cue.pos_ != "VERB" or not (cue.dep_ == "ROOT" or cue.dep_ == "conj" and cue.head.i < cue.i):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None:
        return None
    first = min(t.i for t in subj.subtree)
    doc = cue.doc
    if first == 0 or doc[first - 1].text != ",":
        return None
    if any(t.i > cue.i and not (t.is_punct or t.is_space) for t in cue.subtree) and cue.dep_ == "conj":
        return None  # "A happened, and X said B": a report of its own
    # ("According to AP, the troops were ambushed, Colonel X said": the outlet relays; its words are no content)
    according = {w.i for t in doc[cue.sent.start : first] if is_according(t) for w in t.subtree}
    before = [t for t in doc[cue.sent.start : first - 1] if t.idx >= lo and t.i not in according]
    while before and before[0].text == ",":
        before = before[1:]
    if not before or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before):
        return None
    return before


def _clause_after_phrase(cue: "Token") -> "list[Token] | None":
    """A "that" clause the parse hung on the phrase after the verb: "said in televised remarks
    [that more than 70 people had been killed]" ("killed" taken for a modifier of "remarks")."""
    doc = cue.doc
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or prep.lower_ not in ("in", "during", "on", "at", "to", "after"):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        that = next((t for t in doc[obj.i + 1 : min(len(doc), obj.i + 4)] if t.lower_ == "that"), None)
        if that is None or any(t.is_punct for t in doc[obj.i + 1 : that.i]):
            continue
        rest = [t for t in cue.sent if t.i > that.i]
        # (to another report of the speaker's: "tweeted at dawn that X was a con and encouraged ...")
        stop = next((t.i for t in rest if t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" and t.i > 0
                     and doc[t.i - 1].lower_ in ("and", "but")), None)
        if stop is not None:
            rest = [t for t in rest if t.i < stop - 1]
        # a clause with its own subject ("a briefing that lasted an hour" is no report)
        if rest and rest[0].pos_ not in ("VERB", "AUX") and any(t.dep_ in ("nsubj", "nsubjpass") for t in rest) \
                and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "auxpass" for t in rest):
            return rest
    return None


def _clause_parsed_as_object(cue: "Token") -> "list[Token] | None":
    """A reported clause the parse took for an object: "said [many of the examples ... failed]".

    Only for "say", when an object follows the verb at once and a finite verb follows later
    in the sentence: the rest of the sentence is what was said.
    """
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.i in (cue.i + 1, cue.i + 2)]
    if not objs:
        return None
    rest = [t for t in cue.sent if t.i > cue.i]
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest if t.i > objs[0].i):
        return None
    return rest
