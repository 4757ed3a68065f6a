"""Claims: the modality of a figure — denied, expected, projected, confirmed, estimated, reported."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import doc_text
from ..quantities import Quantity
from .sentences import Sentences
from .source import _Attribution, estimate_noun
from .words import _CONFIRM_VERBS, _DENY_VERBS, _ESTIMATE_VERBS, _PROJECT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


# verbs of a belief about a figure ("are believed to have died", "is thought to", "X estimates")
_BELIEF_LEMMAS = frozenset({"believe", "think", "estimate", "fear", "presume"})
# verbs of an intention whose "to" clause is still to come ("plans to deploy", "decided to send")
_INTENT_LEMMAS = frozenset({"plan", "decide", "intend", "pledge", "promise", "vow", "agree", "aim", "prepare", "offer"})
# states the counted are in now ("could be missing", "may still be trapped"): a hedge, not a projection
_PRESENT_STATES = frozenset({"missing", "trapped", "stranded", "buried", "dead", "homeless", "unaccounted",
                             "displaced", "stationed", "present", "hiding", "sheltering", "alive", "held"})


_CONFIRMED_AFTER_RE = re.compile(r"^(?:\s+(?:people|persons|more|others))?\s+(?:were\s+|have\s+been\s+)?confirmed\s+(?:dead|killed)\b")
# the words right after a figure say it is believed ("30 more feared buried", "25 others presumed dead")
_BELIEVED_AFTER_RE = re.compile(r"^(?:\s+[a-z]+)?(?:\s+(?:more|others|people|persons))?\s+(?:feared|believed|thought|presumed)\s+"
                                r"(?:to\b|dead|killed|buried|trapped|missing|lost|drowned|located|dying)", re.IGNORECASE)
_GIVEN_LEMMAS = frozenset({"announce", "report", "say", "give", "confirm", "publish", "release", "record"})
_PLAN_NOUNS = frozenset({"plan", "proposal", "request", "option", "intention", "bid", "offer", "order"})


# adverbs that hedge a statement of what happened ("likely suffered", "probably sustained")
_HEDGE_ADVERBS = frozenset({"likely", "probably", "possibly", "presumably"})


def _done(v: "Token") -> bool:
    """A verb of what has already happened: a past tense, or a perfect ("had suffered", "having fled")."""
    return v.tag_ == "VBD" or v.tag_ == "VBN" and any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.lower_ == "having")
                                                      or c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in v.children)


def _hedged_past(tok: "Token", ctx: Sentences) -> bool:
    """The verb that governs the figure's clause says what happened with a hedge ("likely suffered
    between 40,000 and 55,000 wounded and approximately 12,000 killed"): up the figure's ancestors to
    the first verb with a subject of its own."""
    for anc in tok.ancestors:
        if not ctx.same_segment(anc, tok):
            break
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS for c in anc.children) and _done(anc):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in anc.children):
            return False
    return False


def _estimated_noun(tok: "Token") -> bool:
    """"an estimated range of between 66,000 and 80,000", "an estimated total of 400": the figure is
    what an estimated noun is of."""
    num = next((c for c in tok.children if c.dep_ == "nummod"), tok)
    return any(cand.dep_ == "pobj" and cand.head.lower_ == "of" and cand.head.head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and (c.lower_ == "estimated" or c.lemma_.lower() == "estimate")
        for c in cand.head.head.children) for cand in (tok, num))


def _due(c: "Token") -> bool:
    """"is due to arrive" (a schedule), not "due to the conflict" (a cause)."""
    doc = c.doc
    if any(g.dep_ == "xcomp" for g in c.children):
        return True
    return c.i + 2 < len(doc) and doc[c.i + 1].lower_ == "to" and doc[c.i + 2].tag_ == "VB"


def _case_class(c: "Token") -> bool:
    """"20 confirmed cases, as well as 32 likely and 29 suspected": "likely" names a class of cases
    counted (a figure is its subject or coordinated with it), not an expectation."""
    return c.dep_ == "conj" or any(g.like_num or g.dep_ == "nummod" for g in c.children)


# what a claim is called when it is denied ("the information that ... is false", "reports ... are baseless")
_FALSE_WORDS = frozenset({"false", "untrue", "baseless", "groundless", "fake", "unfounded", "incorrect", "fabricated",
                          "disinformation", "lie", "lies", "fabrication", "propaganda", "nonsense", "fiction"})
_CLAIM_NOUNS = frozenset({"information", "report", "claim", "allegation", "news", "rumour", "rumor", "statement", "assertion"})


# a claim called false by someone else later in its own sentence: "but <speaker> said it was fake news",
# "but <speaker> dismissed the claim as baseless", "but <speaker> denied it"
_FALSE_ALT = "|".join(sorted(_FALSE_WORDS))
_BUT_CALLED_FALSE_RE = re.compile(
    r"\bbut\s+(?:[\w'’.-]+\s+){0,6}?(?:(?:said|says|insisted|stated)\s+(?:that\s+)?(?:it|this|that|they|the\s+\w+)\s+"
    r"(?:was|were|is|are)\s+(?:all\s+)?|(?:called|dismissed|described)\s+(?:it|this|that|them|the\s+\w+)\s+(?:as\s+)?)"
    r"[\"“']?(?:a\s+|an\s+|simply\s+|pure\s+|complete\s+)?[\"“']?(?:" + _FALSE_ALT + r")\b"
    r"|\bbut\s+(?:[\w'’.-]+\s+){0,6}?denied\s+(?:it|this|that|the\s+(?:claim|report|figure|toll)s?)\b",
    re.IGNORECASE)


def _called_false(chain: list["Token"]) -> bool:
    """A figure in what a claim says, the claim called false: "the information disseminated by the
    other side that its forces killed three servicemen is false" — denied."""
    cur = chain[-1]
    for _ in range(4):
        if cur.dep_ in ("acl", "ccomp", "relcl", "appos") and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in _CLAIM_NOUNS:
            noun = cur.head
            pred = noun.head
            return noun.dep_ in ("nsubj", "nsubjpass") and pred.lemma_.lower() == "be" and any(
                c.dep_ in ("acomp", "attr") and c.lower_ in _FALSE_WORDS for c in pred.children)
        if cur.head is cur:
            break
        cur = cur.head
    return False


def _out_of(tok: "Token") -> bool:
    """A figure in an "out of N" phrase: the whole a share or a guess is taken from."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out"


def _inverted_past(cond: "Token") -> bool:
    """"Had it done so", "Had the council acted", "Were they here": a condition put by a past "had"/"were"
    before its own subject (a counterfactual about what is, the figure it frames is stated)."""
    aux = [c for c in cond.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were") and c.i < cond.i]
    subj = [c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(aux) and bool(subj) and aux[0].i < subj[0].i and aux[0].i == cond.left_edge.i


def _beside_cue(tok: "Token", cue_i: int | None) -> bool:
    """The figure hangs beside what a warning or forecast says, not in it: in a clause of time or manner
    of the speech verb ("..., officials warned as the scale became clear, with 90 still missing")."""
    if cue_i is None:
        return False
    for anc in [tok, *tok.ancestors]:
        if anc.i == cue_i:
            return False
        if anc.head.i == cue_i and anc.i > cue_i and (anc.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("as", "while", "when", "after", "since") for m in anc.children)
                or anc.dep_ == "prep" and anc.lower_ == "with"):
            return True
        if anc.dep_ == "prep" and anc.lower_ == "with" and anc.i > cue_i and any(
                c.dep_ in ("advmod", "amod", "acomp") and c.lower_ == "still" for t in anc.subtree for c in t.children):
            return True  # "with 90 still missing": how things stand, beside what is forecast
    return False


def modality(q: Quantity, tok: "Token", attribution: _Attribution, ctx: Sentences) -> str:
    # "may rise far above the 4,000 the ministry gave": the figure's own clause says it was given
    given = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _GIVEN_LEMMAS
                  and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)), None)
    if given is not None:
        return "confirmed" if given.lemma_.lower() in _CONFIRM_VERBS else "reported"
    verb = ctx.clause_verb(tok)
    # "in addition to the 12,000 soldiers already deployed there": a figure in a phrase with its
    # own past participle is not what the clause's "will" looks ahead to
    own = None
    if tok.dep_ == "pobj":
        own = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and any(
            a.lower_ in ("already", "previously", "earlier") or (a.dep_ == "prep" and a.lower_ == "since")
            for a in c.children)), None)
    # (read from the words when the parser hung the participle elsewhere: "the 7,500 soldiers already
    # stationed there" parsed as a verb coordinated with the clause's "will send")
    doc = tok.doc
    if own is None and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("already", "previously", "earlier") \
            and doc[tok.i + 2].tag_ in ("VBN", "VBD"):
        own = doc[tok.i + 2]
    # "the 7,500 soldiers already in the region", "the troops already there": where they already are
    if own is None and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "already" \
            and (doc[tok.i + 2].lower_ in ("in", "at", "on", "inside", "across", "within", "there", "here")):
        own = doc[tok.i + 1]
    if own is not None:
        verb = own
    seg = ctx.segment(tok)
    if attribution.cue_token is not None and not (seg.start <= attribution.cue_token < seg.end):
        # an attribution carried from another sentence gives the source, not that sentence's verb
        attribution = _Attribution(attribution.source, attribution.via, "say", None)
    chain = [verb]
    cur = verb
    for _ in range(4):  # "are expected to enter", "could be deployed"
        if own is None and cur.dep_ in ("xcomp", "conj") and cur.head is not cur and ctx.same_segment(cur.head, verb):
            cur = cur.head
            chain.append(cur)
        else:
            break
    # a negated predicate ("40% do not have broadband") still states the figure: only a
    # denial by the source ("denied that 200 soldiers...") makes it denied
    if attribution.cue in _DENY_VERBS or _called_false(chain):
        return "denied"
    if _BUT_CALLED_FALSE_RE.search(doc_text(tok.doc)[tok.idx : tok.sent.end_char]):
        return "denied"  # "... announced that 14 guards were killed, but the army said it was fake news"
    if _out_of(tok):
        return "confirmed" if attribution.cue in _CONFIRM_VERBS else "reported"
    modals = {c.lower_ for v in chain for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"}
    # "wouldn't have 355 damaged shops if ...": a counterfactual states the figure
    # (but "could die by 2029 if the drought persists": a present-tense condition looks ahead)
    if any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children if m.dep_ == "mark")
           and not (c.tag_ in ("VBZ", "VBP") and not any(a.dep_ == "aux" and a.lower_ == "have" for a in v.children))
           for v in chain for c in v.children) \
            or any(c.dep_ == "advcl" and c.i < verb.i for c in verb.children if c.lower_ in ("had", "were")) \
            or any(c.dep_ == "advcl" and c.i < verb.i and _inverted_past(c) for v in chain for c in v.children):
        modals -= {"would", "could", "might"}
    # "may have perished", "could have killed": a guess about what already happened is an estimate
    # (not the base the guess is taken from: "may have killed up to 36, out of 81 suspected cases")
    perfect = bool(modals & {"may", "might", "could", "would", "must"}) and any(
        c.dep_ == "aux" and c.lower_ == "have" for v in chain for c in v.children) and not _out_of(tok)
    if perfect:
        modals -= {"may", "might", "could", "would", "must"}
    lemmas = {v.lemma_.lower() for v in chain}
    # "had likely suffered around 9,000 casualties", "had probably sustained": a hedge on what has
    # already happened is an estimate, not an expectation
    if not modals and _hedged_past(tok, ctx):
        return "estimated"
    # "the outlets estimated the true figure likely surpasses 100,000": an estimate of how things stand now
    if not modals and attribution.cue in ("estimate", "assess", "reckon", "calculate") and verb.tag_ in ("VBZ", "VBP", "VBD"):
        return "estimated"
    if lemmas & {"expect", "anticipate"} or attribution.cue in ("expect", "anticipate") or any(
        (c.lemma_.lower() in ("likely", "poised") and not _case_class(c) or (c.lemma_.lower() == "due" and _due(c))
         or (c.lower_ == "set" and c.dep_ in ("acomp", "xcomp", "oprd")))
        and c.dep_ not in ("dobj", "nsubj", "pobj")
        for v in chain for c in v.children
    ) or any(v.pos_ == "ADJ" and v.lemma_.lower() in ("likely", "poised") and v.dep_ in ("acomp", "xcomp") for v in chain[1:]):
        # ("the toll is likely to rise above 1,000": the parse hangs the figure's verb on "likely" itself)
        return "expected"
    # "there could be closer to 12,000 troops": a hedge about what is there now is an estimate
    hedged_now = bool(modals) and modals <= {"could", "might", "may"} and verb.lemma_.lower() == "be" \
        and any(c.dep_ == "expl" for c in verb.children)
    # "as many as 120 people could be missing", "could still be trapped": a hedge about a present state
    # (be + a state word, not an action to come: "could be deployed"), unless the clause looks ahead
    # ("could be over 500 by Friday")
    hedged_now = hedged_now or (
        bool(modals) and modals <= {"could", "might", "may"}
        and (verb.lower_ in _PRESENT_STATES and any(c.lower_ == "be" for c in verb.children if c.dep_ in ("aux", "auxpass"))
             or verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _PRESENT_STATES for c in verb.children))
        and not any(t.lower_ in ("by", "soon", "eventually", "later", "next", "rise", "climb", "grow", "increase")
                    for t in verb.subtree))
    # "more than 200 could be serving abroad", "may be living in camps": a hedge about what goes on now
    # (be + an ongoing action), unless the clause looks ahead ("could be sending 500 more next month")
    hedged_now = hedged_now or (
        bool(modals) and modals <= {"could", "might", "may"} and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ == "be" for c in verb.children)
        and not any(t.lower_ in ("by", "soon", "eventually", "later", "next", "tomorrow", "coming", "future")
                    or t.lemma_.lower() in ("rise", "climb", "grow", "increase", "reach")
                    for t in verb.subtree))
    if hedged_now:
        return "estimated"
    # "warned of a crisis, with two million having fled": a warning that tells what has happened is no projection
    warned = attribution.cue in _PROJECT_VERBS and not (attribution.cue == "warn" and not modals and _done(verb)) \
        and not _beside_cue(tok, attribution.cue_token)
    # "deaths are projected to reach 5,000", "is forecast to hit 2,000": a passive forecast of the figure
    forecast = any(v.lemma_.lower() in ("project", "forecast", "predict") and v.tag_ == "VBN"
                   and any(c.dep_ == "auxpass" for c in v.children) for v in chain[1:])
    if modals & {"could", "might", "may", "would", "will", "'ll", "shall"} or warned or forecast \
            or lemmas & {"reach", "project", "forecast", "predict"} and modals:
        return "projected"
    # "plans to deploy 3,800 builders", "decided to send 800 engineers": the figure's action is still to come
    if any(v.lemma_.lower() in _INTENT_LEMMAS and any(c.dep_ == "xcomp" and c in chain for c in v.children)
           for v in chain[1:]) and not any(c.dep_ == "neg" for v in chain for c in v.children):
        return "projected"
    # "plans to send up to 10,000 more troops", "a request to deploy 3,000": the noun's action is still to come
    if any(any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and (
            v.dep_ == "acl" and v.head.lemma_.lower() in _PLAN_NOUNS
            or v.dep_ == "advcl" and any(o.dep_ == "dobj" and o.lemma_.lower() in _PLAN_NOUNS for o in v.head.children))
           for v in chain):
        return "projected"
    # "if we recover them dead, that is 105 deaths", "if 300 more troops were sent": a figure inside a
    # condition (the verb, or a verb it is coordinated with, under "if"/"unless") is a case put, not a count
    cond = verb
    for _ in range(4):
        if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in cond.children) \
                and not any(m.dep_ == "advmod" and m.lower_ in ("as", "even") for m in cond.children):
            return "projected"
        if cond.dep_ != "conj" or cond.head is cond or not ctx.same_segment(cond.head, verb):
            break
        cond = cond.head
    # "if we recover them dead, that is 125 deaths": a present-tense outcome of a present-tense condition
    # (not a counterfactual "would have 355 ... if ...", dealt with above)
    if verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP", "VB") and c.i < verb.i
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            and not any(m.dep_ == "advmod" and m.lower_ in ("as", "even") for m in c.children)
            for c in verb.children):
        return "projected"
    if attribution.cue in _CONFIRM_VERBS:
        return "confirmed"
    # "with the confirmation of four more deaths", "after the confirmation of 12 cases": the noun confirms its figure
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "confirmation":
        return "confirmed"
    # "148 people have been confirmed dead", "30 deaths were confirmed": the count is confirmed
    # (the figure's own verb: "... confirmed dead and 27 were still missing" confirms only the first)
    if tok.dep_ in ("nsubjpass", "nsubj") and tok.head.lemma_.lower() in _CONFIRM_VERBS \
            and any(c.dep_ == "auxpass" for c in tok.head.children):
        return "confirmed"
    # "a total of 64 people were confirmed dead": the total's verb confirms its figure
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("total", "number") \
            and tok.head.head.dep_ in ("nsubjpass", "nsubj") and tok.head.head.head.lemma_.lower() in _CONFIRM_VERBS \
            and any(c.dep_ == "auxpass" for c in tok.head.head.head.children):
        return "confirmed"
    # "with eight more bodies believed located", "hundreds feared dead": a belief said of the counted
    # (also on the counted noun the figure is a number of, the participle tagged as a past: "30 Orsk
    # citizens thought to have died")
    counted = [tok] + ([tok.head] if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") else [])
    if any(c.dep_ in ("acl", "amod") and (c.tag_ == "VBN" or c.dep_ == "acl" and c.tag_ == "VBD")
           and c.lemma_.lower() in _BELIEF_LEMMAS and c.i > tok.i for n in counted for c in n.children) \
            or _BELIEVED_AFTER_RE.match(doc_text(tok.doc)[q.end : q.end + 60]):
        return "estimated"
    # "the confirmed death toll is 13", "the confirmed toll stands at 40": the total it is the value of
    # (not "... stands at 16 with eight more bodies ...": a figure beside the total)
    if verb.lemma_.lower() in ("be", "stand", "rise", "reach", "climb") and (
            tok.dep_ in ("attr", "dobj") or tok.dep_ == "pobj" and tok.head.lower_ != "with"):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in ("toll", "tally", "number", "count", "total") \
                and any(c.lower_ == "confirmed" and c.dep_ == "amod" for c in subj.children):
            return "confirmed"
    # "87 people confirmed killed", "63 confirmed deaths": the counted noun's own word confirms it
    if any(c.lower_ == "confirmed" and (c.dep_ == "amod" and c.i < tok.i or c.dep_ == "acl" and c.i > tok.i)
           for c in tok.children) and tok.lemma_.lower() not in ("case", "infection"):
        return "confirmed"
    # "an estimated 1,500", "were believed trapped", "is thought to", "X estimates"
    words = q.text.lower()
    before = doc_text(tok.doc)[max(0, q.start - 14) : q.start].lower()
    if re.search(r"\ban estimated\s*$|\bestimated\s*$", before):
        words = "estimated " + words  # "an estimated 10,000-12,000 troops" (the range's text starts at the figure)
    # (a coordinated clause with its own subject has its own verb: "Six are presumed dead and 14 others
    # remain missing" presumes nothing of the 14)
    own_clause = next((k for k, v in enumerate(chain) if v.dep_ == "conj"
                       and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), None)
    belief_chain = chain if own_clause is None else chain[: own_clause + 1]
    passive_belief = any(v.lemma_.lower() in _BELIEF_LEMMAS
                         and any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) for v in belief_chain)
    if not passive_belief and tok.dep_ in ("nsubjpass", "nsubj"):
        head = tok.head
        passive_belief = head.lemma_.lower() in _BELIEF_LEMMAS \
            and any(c.dep_ == "auxpass" for c in head.children)
        # "2,000 soldiers deployed there are believed to have been killed" (the belief parsed as a conjunct)
        passive_belief = passive_belief or any(
            c.dep_ == "conj" and c.lemma_.lower() in _BELIEF_LEMMAS
            and any(a.dep_ == "auxpass" for a in c.children) and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
            for c in head.children)
    if not passive_belief and tok.dep_ in ("nsubjpass", "nsubj"):
        # the same, when the parse hung the belief elsewhere: the first passive belief verb of the clause
        for t in tok.doc[tok.i + 1 : min(len(tok.doc), tok.i + 16)]:
            if t.text in (",", ";", ":", ".", "!", "?") or t.lower_ in ("and", "or", "but") or t.is_space \
                    or not ctx.same_segment(t, tok):
                break  # (the clause only: not "Hundreds are feared trapped" in the next sentence)
            if t.lemma_.lower() in _BELIEF_LEMMAS and any(a.dep_ == "auxpass" for a in t.children):
                passive_belief = True
                break
    # "according to western estimates", "earlier estimates mentioned 3,000": an estimate by its source's own word
    source_words = set(re.findall(r"[a-z]+", ((attribution.source.text or "") if attribution.source else "").lower()))
    doc = tok.doc
    if attribution.cue_token is not None and doc[attribution.cue_token].lower_ == "according":
        source_words |= {g.lemma_.lower() for to in doc[attribution.cue_token].children if to.lower_ == "to"
                         for g in to.children if g.dep_ == "pobj"}  # "according to intelligence estimates"
    source_words |= {c.lemma_.lower() for v in chain for c in v.children if c.dep_ == "nsubj"}  # "estimates mentioned"
    # "officials put the toll at 5,500": an official count, not a guess ("estimated" says so itself)
    estimate_cue = attribution.cue in _ESTIMATE_VERBS and attribution.cue != "put"
    if estimate_noun(tok) is not None or _estimated_noun(tok):
        return "estimated"  # "the organisers' estimate of 400,000", "police estimate: 45,000"
    # "the median of the estimate range is 73,000", "the estimated toll is 300": what the figure is the value of is an estimate
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(t.lemma_.lower() == "estimate" or t.lower_ == "estimated" for t in c.subtree)
            for c in tok.head.children):
        return "estimated"
    # "..., estimating that nearly half were killed": the clause is an estimate whoever the parse says speaks
    node = verb
    for _ in range(4):
        if node.dep_ not in ("ccomp", "conj") or node.head is node or not ctx.same_segment(node.head, verb):
            break
        node = node.head
        if node.lemma_.lower() in ("estimate", "reckon") and node.pos_ == "VERB":
            estimate_cue = True
            break
        if node.lemma_.lower() in _BELIEF_LEMMAS and any(c.dep_ == "auxpass" for c in node.children) \
                and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in node.children):
            passive_belief = True  # "It is believed that around 200 are serving": a belief, not a count
            break
    if estimate_cue or "estimated" in words or passive_belief or perfect or source_words & {"estimate", "estimates"}:
        return "estimated"
    # "There are estimates that up to 40,000 homes have been destroyed": the clause an estimate says
    if any(v.dep_ in ("acl", "ccomp") and v.head.pos_ == "NOUN" and v.head.lemma_.lower() == "estimate" for v in chain):
        return "estimated"
    # "..., with 4,300 homeless and 11 confirmed dead": the words right after the figure confirm it
    if _CONFIRMED_AFTER_RE.match(doc_text(tok.doc)[q.end : q.end + 40]):
        return "confirmed"
    return "reported"
