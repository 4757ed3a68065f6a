"""Claims: the figure — which quantities are claims, and what each one counts (its measure).

A quantity is a claim when it states a count, share or sum about the world: dates, ages,
temperatures, durations, restatements ("equivalent to two brigades") and small definite
numbers that refer back ("the two leaders") are left out. The measure is the counted noun
phrase, or for a bare figure the "number/total/toll of X" of its clause, the noun a share or
sum is of, or the measure of the nearest earlier counted figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..quantities import Quantity, counted_noun, number_token
from .sentences import _speaker_like
from .state import _FORCE_NOUNS, _STATE_NOUNS, _shelter_objects, group_state, listed_state, total_of, valued_noun
from .words import _DET_RE, _DOCUMENT_NOUNS, _DROP_KINDS, _PEOPLE_NOUNS, _RESTATE_RE, _TOTAL_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# nouns that, hyphenated to a number in front of another noun, describe that thing
_PROPERTY_NOUNS = {"story", "storey", "floor", "page", "point", "bed", "room", "lane", "seat", "bedroom", "minute", "hour",
                   "day", "week", "month", "year", "mile", "kilometre", "kilometer", "acre", "inch", "foot"}


#: a line that is only a page's counter of its own items ("190 Articles", "12 comments", "3.4K shares")
_COUNTER_LINE_RE = re.compile(r"[\d.,]+[kKmM]?\s+(?:articles?|comments?|shares?|views?|replies|reply|likes?|followers?|"
                              r"subscribers?|reactions?|stories|posts?|results?|photos?|videos?|min(?:ute)?s? read)", re.IGNORECASE)


_MONEY_BEFORE_RE = re.compile(r"(?:[$€£¥₹]\s?[\d.,]+(?:\s*(?:million|billion|trillion|thousand|bn|m|k))?|[\d.,]+(?:\s*(?:million|billion|trillion|thousand))?"
                              r"\s*(?:yuan|dollars?|euros?|pounds?|rupees?|yen|rubles?|roubles?|francs?|pesos?|crowns?|shillings?|naira|"
                              r"rand|liras?|dinars?|riyals?|dirhams?|won|baht|ringgit|rupiah|hryvnias?|[A-Z]{3}))\s*\(\s*$")
_LENGTH_BEFORE_RE = re.compile(r"\d[\d,.]*\s*-?\s*(?:km|kilomet\w*|miles?|met(?:re|er)s?|m|feet|foot|ft|inch(?:es)?|cm|centimet\w*|mm|"
                               r"millimet\w*|yards?)(?:-[a-z]+)?\s*\(\s*$")
_UNIT_NAME_AFTER_RE = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,3}?(?:Commando|Brigade|Battalion|Regiment|Division|Squadron|Corps|Rifles|Fleet|Wing|"
                                 r"Battle Group|Air Assault|Para|Infantry)\b")
_PRICE_LINE_RE = re.compile(r"[₹$€£¥]\s?[\d.,]+\s*(?:/\s*(?:month|mo|year|yr|week)|(?:per|a)\s+(?:month|year|week))?", re.IGNORECASE)
_ENUMERATOR_RE = re.compile(r"[.)]\s+\S")
_SCALE_AFTER_RE = re.compile(r"(?i)^(?:\s*-?\s*magnitude\b|\s*-?\s*on the richter\b|\s*(?:\w+\s+){0,1}on the (?:[\w-]+\s+){0,3}scale\b"
                             r"|\s*[,—–-]\s*the (?:highest|lowest|maximum|strongest|top) (?:level|reading|intensity)\b)")
_QUAKE_AFTER_RE = re.compile(r"(?i)\s*-?\s*(?:earthquake|quake|temblor|tremor|aftershock)\b(?!s)")
_SCALE_BEFORE_RE = re.compile(r"(?i)(?:\bmagnitude(?:\s+of)?|\bintensity(?:\s+of)?|\b(?:upper|lower))\s*-?\s*$")


def _is_claim_candidate(q: Quantity, doc: "Doc", text: str) -> bool:
    if q.kind in _DROP_KINDS or q.unit in ("degree", "fahrenheit", "celsius"):
        return False
    if q.kind == "measure" and q.unit and q.unit.startswith(("year", "month")):
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    if _RESTATE_RE.search(text[line_start : q.start]):
        return False
    # "190 Articles", "12 Comments" alone on a line: a page's counter, not a figure of the news
    line_end = text.find("\n", q.end)
    if _COUNTER_LINE_RE.fullmatch(text[line_start : line_end if line_end >= 0 else len(text)].strip()):
        return False
    # "837 million yuan ($100 million)", "60-metre-high (100 feet)": a conversion in parentheses restates
    # the amount or measure before it
    if text[q.end : q.end + 3].lstrip().startswith(")") and (
            q.kind == "money" and _MONEY_BEFORE_RE.search(text[max(0, q.start - 60) : q.start])
            or q.kind == "measure" and _LENGTH_BEFORE_RE.search(text[max(0, q.start - 60) : q.start])):
        return False
    # "from the 40 Commando Royal Marines", "part of 3 Rifles Battle Group": a military unit's name
    if q.kind in ("number", "count") and re.fullmatch(r"\d{1,3}", q.text.strip()) and _UNIT_NAME_AFTER_RE.match(text[q.end : q.end + 60]):
        return False
    # "₹900", "$4.99/month" alone on a line: a price tag of the page (a subscription offer), not news
    if _PRICE_LINE_RE.fullmatch(text[line_start : line_end if line_end >= 0 else len(text)].strip()):
        return False
    # "  1. Jane Roe – Velka": the number of an item in a numbered list
    if not text[line_start : q.start].strip() and _ENUMERATOR_RE.match(text[q.end : q.end + 4]) and q.text[:1].isdigit():
        return False
    # "measured 6.8 on the Richter scale", "a 7 magnitude earthquake", "registering upper 5 on the
    # intensity scale": a reading of a scale, not a count
    if q.kind in ("number", "count", "fraction") and (
            _SCALE_AFTER_RE.match(text[q.end : q.end + 60]) or _SCALE_BEFORE_RE.search(text[max(0, q.start - 24) : q.start])):
        return False
    # "Mexico's 7.1 earthquake", "yesterday's 6.4 quake": a decimal before one quake is its magnitude
    # (not "two earthquakes", "7 aftershocks": a count)
    if q.kind in ("number", "count") and q.value is not None and q.value < 10 and re.fullmatch(r"\d\.\d{1,2}", q.text.strip()) \
            and _QUAKE_AFTER_RE.match(text[q.end : q.end + 30]):
        return False
    tok = number_token(q, doc)
    if tok is None:
        return False
    # "one of the reasons": a partitive one is not a figure
    if q.value is not None and q.value <= 1 and q.kind in ("number", "count"):
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and not _one_of_harmed(tok):
            return False
    noun = counted_noun(q, doc)  # read once: every test below asks about it
    # "one month", "one more session": a lone "one" is a figure only when it counts people
    if q.value == 1 and q.kind in ("number", "count") and not q.text[:1].isdigit():
        if noun is None or noun.lemma_.lower() not in _PEOPLE_NOUNS:
            return False
    # "a six-story building", "a 12-point plan", "a 40-page report": a property of another thing
    if noun is not None and noun.lemma_.lower() in _PROPERTY_NOUNS and noun.i > 0 and doc[noun.i - 1].text == "-" \
            and noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        return False
    # "three times as many": a multiplier, not a count
    if noun is not None and noun.lemma_.lower() == "time":
        return False
    # "the two leaders", "their three children": a small definite number refers back, it claims nothing
    if q.value is not None and q.value < 10 and not q.text[:1].isdigit() and tok.i > 0 \
            and doc[tok.i - 1].lower_ in ("the", "these", "those", "its", "their", "his", "her", "our", "both", "all") \
            and not (doc[tok.i - 1].lower_ == "all" and _all_harmed(tok)) \
            and not (doc[tok.i - 1].lower_ in ("the", "these", "those") and _harm_word_on_noun(tok)):
        return False
    # "X and Y are two independent states": a count used as a predicate is a description
    if noun is not None and noun.dep_ == "attr" and q.value is not None and q.value < 10 \
            and not any(c.dep_ == "expl" for c in noun.head.children):  # ("there were only five deaths" counts)
        return False
    return True


_ALL_HARM_WORDS = frozenset({"dead", "killed", "died", "die", "kill", "injured", "wounded", "missing", "perished",
                             "drowned", "captured", "rescued", "eliminated"})


_HARM_ADJS = frozenset({"wounded", "injured", "dead", "killed", "missing", "captured", "kidnapped", "abducted"})


def _harm_word_on_noun(tok: "Token") -> bool:
    """"the two wounded soldiers", "the three injured climbers": the harm said between the number and its
    noun counts the harmed (a figure of the news), however it was named before."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in _HARM_ADJS and tok.head.i > nxt.i and nxt.head.i == tok.head.i \
        and tok.head.pos_ == "NOUN"


def _all_harmed(tok: "Token") -> bool:
    """"leaving all six attackers dead", "all 12 crew were killed": "all N" gives how many the harm
    struck (a figure of the news), not a group named before."""
    sent = tok.sent
    if any(t.lower_ in _ALL_HARM_WORDS for t in doc_window(sent, tok.i, 8)):
        return True
    # "all six members of the group's armed formation were eliminated": the verb the counted noun is
    # the subject or object of, however far its modifiers push it
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX") \
        and (verb.lower_ in _ALL_HARM_WORDS or verb.lemma_.lower() in _ALL_HARM_WORDS)


def _one_of_harmed(tok: "Token") -> bool:
    """"one of its soldiers had been killed": one of a group of people struck by the harm is a count of one
    (not "one of the reasons", "one of the injured was discharged")."""
    people = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and p.lemma_.lower() in _PEOPLE_NOUNS]
    verb = tok.head
    return bool(people) and tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") \
        and (verb.lower_ in _ALL_HARM_WORDS or verb.lemma_.lower() in _ALL_HARM_WORDS
             or any(c.dep_ == "acomp" and c.lower_ in _ALL_HARM_WORDS for c in verb.children))


def doc_window(sent: "Span", i: int, width: int) -> "Span":
    """The words of the sentence from token i to ``width`` tokens after it."""
    return sent.doc[i : min(sent.end, i + width)]


def _context_measure(q: Quantity, doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """What a bare figure counts, from "the number of X could reach 10,000" or "X of the 10,000"."""
    # "Of the total death toll, 1,124 were children": what the figure is, said after it
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" and (tok.like_num or tok.pos_ == "NUM"):
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > tok.i
                     and not any(g.dep_ == "nummod" for g in c.children)), None)
        if attr is not None and sent.start <= attr.i < sent.end:
            return _noun_phrase(doc, attr)
    # "54 of those who died were under 18", "Of those killed, 12 were ...": a part of a group named by
    # what happened to it counts those people
    if tok.like_num or tok.pos_ == "NUM":
        grouped = group_state(tok, sent)
        if grouped is not None:
            return f"people {grouped[1]}"
    # "around 600 of those being fatalities", "300 of them being children": what the part is
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pron in prep.children:
                if pron.dep_ == "pobj" and pron.pos_ == "PRON":
                    for acl in pron.children:
                        if acl.dep_ == "acl" and acl.lemma_.lower() == "be":
                            attr = next((c for c in acl.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
                            if attr is not None and sent.start <= attr.i < sent.end:
                                return _noun_phrase(doc, attr)
    # "10 of its peacekeepers killed", "12 of their soldiers": a part of a group of people named by
    # its owner counts those people (not "two of the five patrols": a part of a counted whole)
    # (also when the parser hung the "of" on a weekday before the number: "said on Wednesday 10 of its")
    after = [doc[tok.i + 1]] if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of" else []
    for prep in list(tok.children) + after:
        if prep.dep_ == "prep" and prep.lower_ == "of" and (tok.like_num or tok.pos_ == "NUM") and prep.i == tok.i + 1:
            for people in prep.children:
                if people.dep_ == "pobj" and people.pos_ == "NOUN" and people.lemma_.lower() in _PEOPLE_NOUNS \
                        and not any(c.dep_ == "nummod" or c.like_num for c in people.children) \
                        and any(c.dep_ in ("poss", "det") and c.lower_ in ("its", "their", "our", "the", "his", "her")
                                for c in people.children):
                    return re.sub(r"(?i)^(?:its|their|our|his|her)\s+", "", _noun_phrase(doc, people))
    # the clause's subject: "the number/total/toll of X"
    head = tok
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    candidates = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and sent.start <= c.i < sent.end] + [
        t for t in sent if t.lemma_.lower() in _TOTAL_NOUNS and t.i < tok.i and t.pos_ == "NOUN"
    ]
    for noun in candidates:
        if noun.lemma_.lower() in _TOTAL_NOUNS:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    # (not the figure itself: "the organisers' estimate of 400,000"; "a crowd count of
                    # half a million" counts the crowd)
                    # ("the number of injured" with "injured" read as a clause: pcomp)
                    pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp") and c.i != tok.i and not c.like_num]
                    if not pobj and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children):
                        return _noun_phrase(doc, noun)
                    # "the death toll of the shelling": a toll of an event counts its dead, not the event
                    if pobj and not (noun.lemma_.lower() in ("toll", "tally") and pobj[0].lemma_.lower() not in _PEOPLE_NOUNS
                                     and pobj[0].ent_type_ not in ("NORP",) and not pobj[0].lower_.endswith(("ians", "ans", "ese"))
                                     and not _harmed(pobj[0])):
                        phrase = _noun_phrase(doc, pobj[0])
                        said = next((c.lower_ for c in pobj[0].children if c.dep_ == "acl" and c.lower_ in _HARM_PARTICIPLES), None)
                        if said is not None and said not in phrase.lower().split():
                            phrase = f"{phrase} {said}"  # "the tally of Nepalis killed in the war"
                        return phrase
            if noun.lemma_.lower() in ("toll", "tally", "strength"):
                return _noun_phrase(doc, noun)  # "the death toll rose to 112"
            # "the number killed by the quake had risen to 76", "the total wounded stands at 40": a total
            # of those a participle names counts those people
            said = next((c.lower_ for c in noun.children if c.dep_ in ("acl", "amod") and c.lower_ in _HARM_PARTICIPLES), None)
            if said is not None:
                return f"people {said.replace('dead', 'killed')}"
            # "the count in the capital has gone up to 1,149", "whose figure now stands at 2,517": a bare
            # total whose level the clause gives counts what the figures before it counted
            if noun.lemma_.lower() in ("count", "figure", "number", "total") and noun.dep_ in ("nsubj", "nsubjpass") \
                    and noun.head.i == head.i and head.lemma_.lower() in _LEVEL_VERBS and not noun.like_num:
                whose = next((c for c in noun.children if c.lower_ == "whose"), None)
                if whose is not None and whose.i > 0:
                    # "the count of the dead, whose figure now stands at N": what the antecedent counts (the
                    # word before "whose", however the parser hung the clause)
                    ante = doc[whose.i - 1]
                    while ante.i > sent.start and ante.is_punct:
                        ante = doc[ante.i - 1]
                    ofs = [p for c in ante.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                           if p.dep_ in ("pobj", "pcomp") and not p.like_num]
                    if ante.lemma_.lower() in _TOTAL_NOUNS:
                        return _noun_phrase(doc, ofs[0] if ofs else ante)  # ("the death toll, whose figure ...")
                    if ante.pos_ in ("NOUN", "ADJ") and ante.lemma_.lower() not in _TOTAL_NOUNS or ante.lower_ in _HARM_PARTICIPLES:
                        return _noun_phrase(doc, ante)
                return _noun_phrase(doc, noun)
            if any(c.dep_ == "compound" and c.lemma_.lower() in ("death", "casualty", "injury", "fatality", "victim")
                   for c in noun.children):
                return _noun_phrase(doc, noun)  # "the death count climbed past 75", "the casualty figure"
    return None


# verbs that give the level a total stands at or has moved to ("stands at", "has gone up to", "reached")
_LEVEL_VERBS = {"stand", "rise", "go", "climb", "reach", "hit", "jump", "grow", "increase", "mount", "soar", "surge",
                "top", "pass", "exceed", "surpass", "swell", "edge", "inch", "creep", "remain"}
_HARM_PARTICIPLES = {"killed", "wounded", "injured", "missing", "captured", "dead", "detained", "displaced", "evacuated"}


def _harmed(noun: "Token") -> bool:
    """"the tally of Nepalis killed": a group said to have been killed, wounded, ... counts people."""
    return any(c.dep_ in ("acl", "amod") and c.lower_ in _HARM_PARTICIPLES for c in noun.children)


def _unit_measure(q: Quantity, doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """What a share or sum is of: "40% of voters", "unemployment fell to 4.1%", "a $2bn package"."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    last = span[-1]
    # "40% of voters"
    if last.i + 2 < sent.end and doc[last.i + 1].lower_ == "of":
        of = doc[last.i + 1]
        pobj = [c for c in of.children if c.dep_ == "pobj"]
        if pobj and pobj[0].pos_ in ("NOUN", "PROPN"):
            return _noun_phrase(doc, pobj[0])
    # "a $2bn aid package": the noun the figure modifies
    root = span.root
    if root.head.i > last.i and root.head.pos_ in ("NOUN",) and root.dep_ in ("compound", "nmod", "amod", "nummod"):
        phrase = doc[last.i + 1 : root.head.i + 1].text.strip(" -")
        return phrase or None
    # "Unemployment fell to 4.1%": the subject of the clause (for shares only: the subject of
    # "a gamer won $26,500" is not what the money is)
    if q.kind != "percent":
        return None
    verb = root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and sent.start <= child.i < sent.end:
            if not _speaker_like(child) and child.lemma_.lower() not in _DOCUMENT_NOUNS and not child.ent_type_:
                return _noun_phrase(doc, child)
    return None


# verbs and adjectives whose bare subject is people ("1,200 had been evacuated", "300 were missing")
_PEOPLE_VERBS = {"die", "perish", "drown", "flee", "escape", "displace", "kill", "injure", "wound", "hurt", "evacuate",
                 "rescue", "arrest", "detain", "hospitalize", "hospitalise", "infect", "trap", "strand", "bury",
                 "disappear", "vanish", "abduct", "kidnap", "maim", "shelter", "sicken", "starve",
                 "rally", "march", "gather", "protest", "demonstrate", "assemble",  # a crowd: "150,000 rallied"
                 # who come, go or sign up ("9,000 have arrived", "over 600 have enlisted", "40 defected")
                 "arrive", "enlist", "volunteer", "defect", "desert", "emigrate", "immigrate", "migrate"}
_PEOPLE_ADJS = {"missing", "dead", "injured", "wounded", "homeless", "displaced", "trapped", "hospitalized", "hospitalised",
                "unaccounted", "stranded", "ill", "sick", "infected", "detained"}


def _predicate_measure(tok: "Token", sent: "Span") -> str | None:
    """People, for a bare figure whose predicate only people undergo: "1,200 had been evacuated",
    "300 were still missing", "of the 5.5 million who were displaced", "1.4 million fled"."""
    def people_predicate(verb: "Token") -> bool:
        if (verb.lemma_.lower() in _PEOPLE_VERBS or verb.lower_ in _PEOPLE_ADJS) and verb.pos_ in ("VERB", "AUX", "ADJ"):
            return True
        if _stays(verb):
            return True  # "about 28,000 were still at evacuation shelters", "40 remain in hospital"
        if verb.lemma_.lower() in ("take", "hold", "keep") and any(
                t.lower_ in ("prisoner", "prisoners", "captive", "captives", "hostage", "hostages") for t in verb.subtree) \
                or verb.lemma_.lower() == "hold" and any(c.dep_ == "agent" for c in verb.children):
            return True  # "9 were taken as prisoners of war", "50 are being held by the rebels"
        if verb.lemma_.lower() in ("lose", "give", "sacrifice") and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
            return True  # "at least 726 have lost their lives"
        # ("were left homeless", "are believed dead", "were found dead": the state after a verb of leaving or knowing)
        return verb.lemma_.lower() in ("be", "remain", "go", "lie", "leave", "believe", "fear", "presume", "think",
                                       "report", "confirm", "declare", "find") and any(
            c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in _PEOPLE_ADJS for c in verb.children)

    if not sent.start <= tok.i < sent.end:
        return None
    doc = tok.doc
    if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")":
        return None  # "Sorrin (26)": an item of a list, counted as the list's first item was
    for child in tok.children:
        if child.dep_ in ("relcl", "acl") and people_predicate(child):
            return "people"
    cur = tok
    if cur.dep_ == "quantmod" and cur.head.like_num and cur.head.i > cur.i:
        cur = cur.head  # "300 to 400 are believed dead": the range's last number carries the clause
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ in ("total", "number"):
        cur = cur.head.head  # "a total of 2.5 million fled"
    if cur.dep_ in ("nsubj", "nsubjpass") and people_predicate(cur.head):
        return "people"
    if stays_somewhere(tok, sent):
        return "people"  # "Around 24,000 were at shelters" with "Around" read as a preposition
    if listed_state(tok, sent) is not None:
        return "people"  # "3,633 are listed killed"
    # "the flood killed 12": the object of a verb only people undergo
    if cur.dep_ == "dobj" and cur.head.lemma_.lower() in _PEOPLE_OBJECT_VERBS:
        return "people"
    return None


# where only people stay: a bare figure "at shelters", "in hospital" counts people
_STAY_NOUNS = {"shelter", "camp", "hospital", "tent", "refuge", "hotel", "icu", "custody", "detention", "captivity"}
def _stays(verb: "Token") -> bool:
    """"were at shelters", "remain in hospital": a verb of being somewhere only people stay."""
    return verb.lemma_.lower() in ("be", "remain", "stay", "live") and (any(
        p.dep_ == "prep" and p.lower_ in ("in", "at", "inside") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _STAY_NOUNS for o in p.children) for p in verb.children)
        or _shelter_objects(verb, ("in", "at", "inside")))  # "in evacuation centres"


def stays_somewhere(tok: "Token", sent: "Span") -> bool:
    """True when the figure is the subject of such a verb ("About 28,000 were still at shelters"), also when
    the parser took the figure's "around"/"over" for a preposition ("Around 24,000 were at shelters")."""
    if tok.dep_ == "pobj" and tok.head.i == tok.i - 1 and tok.head.lower_ in _BOUND_PREPS and tok.head.dep_ == "prep" \
            and tok.head.head.i > tok.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.head.head.children):
        return sent.start <= tok.i < sent.end and _stays(tok.head.head)
    return sent.start <= tok.i < sent.end and tok.dep_ == "nsubj" and _stays(tok.head)


# qualifiers the parser may read as a preposition with the figure its object
_BOUND_PREPS = {"around", "about", "over", "under", "near", "above", "below", "within", "past"}


_PEOPLE_OBJECT_VERBS = {"kill", "injure", "wound", "evacuate", "rescue", "displace", "arrest", "detain", "hospitalize",
                        "hospitalise", "infect", "abduct", "kidnap", "strand", "trap", "maim"}


def _names_people(measure: str) -> bool:
    """A measure that counts people ("Palestinians wounded", "persons", "civilians killed")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", measure)]
    return any(w in _PEOPLE_NOUNS or w.rstrip("s") in _PEOPLE_NOUNS or w.endswith(("ians", "ans", "ese", "ers")) for w in words)


def _measure_from_earlier(q: Quantity, measured: list[tuple[Quantity, str]], text: str = "") -> str | None:
    """The measure of the nearest earlier counted figure within the paragraph before."""
    if q.value is not None and q.value != int(q.value) and abs(q.value) < 1000 and q.kind in ("number", "count") \
            and not re.search(r"(?i)\b(?:thousand|million|billion|lakh|crore)\b", q.text):
        # "measured a magnitude of 7.7", "measuring 7.6": a fraction counts no people
        near = text[max(0, q.start - 120) : q.end + 40]
        carried = any(q.start - prev.end < 400 for prev, _ in measured[-1:])
        return "magnitude" if carried and re.search(r"(?i)magnitude|measur|richter|quake|tremor", near) else None
    for prev, measure in reversed(measured):
        if q.start - prev.end < 400:
            return measure
        break
    return None


def _noun_phrase(doc: "Doc", noun: "Token") -> str:
    """The noun with its left modifiers (no determiners), as written."""
    left = noun.i
    for child in sorted(noun.lefts, key=lambda c: -c.i):
        if child.dep_ in ("compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod") and child.i == left - 1:
            left = child.left_edge.i if child.left_edge.i < child.i and child.left_edge.i >= noun.left_edge.i else child.i
        elif child.dep_ in ("det", "predet") or child.is_punct:
            break
    span = doc[left : noun.i + 1]
    return _DET_RE.sub("", span.text).strip()



def _same_measure(a: str, b: str) -> bool:
    wa = {w.lower().rstrip("s") for w in re.findall(r"\w+", a)}
    wb = {w.lower().rstrip("s") for w in re.findall(r"\w+", b)}
    return bool(wa & wb)



# what a crowd's size is given as ("estimated the crowd at 500,000", "put attendance at 20,000")
_CROWD_NOUNS = {"crowd", "attendance", "turnout", "throng", "gathering"}


_STATE_TOTALS = {"missing": "people missing", "injured": "people injured", "wounded": "people wounded",
                 "dead": "people killed", "displaced": "people displaced", "evacuated": "people evacuated",
                 "homeless": "people homeless", "hospitalized": "people hospitalized", "hospitalised": "people hospitalised"}


def _total_measure(doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """What a bare figure counts when it is the value of a total: "cases topped 10,000", "the
    force stationed there to 14,000"; or the noun a range is coordinated with ("between 4,000
    and 5,500 homes")."""
    total = total_of(tok)
    if total is not None and sent.start <= total.i < sent.end and total.pos_ == "NOUN":
        low = total.lemma_.lower()
        if low in _STATE_NOUNS or low in _FORCE_NOUNS or low in _CROWD_NOUNS:
            return _noun_phrase(doc, total)  # "estimated the crowd at 500,000"
        if low in ("number", "toll", "tally", "count", "total", "figure"):
            # "put the number of missing at 18": the people in the state the total names
            for prep in total.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ in ("pobj", "pcomp") and obj.lower_ in _STATE_TOTALS:
                            return _STATE_TOTALS[obj.lower_]
    valued = valued_noun(tok, sent)
    if valued is not None:
        return _noun_phrase(doc, valued)  # "estimated casualties at between 1,000 and 1,500"
    # "with losses exceeding 4,000", "casualties topping 900": the noun the participle measures
    node = tok
    for _ in range(2):
        node = node.head
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.lemma_.lower() in _OVER_VERBS | {"reach", "total", "number"} \
                and node.head.pos_ == "NOUN" and sent.start <= node.head.i < sent.end and node.i < tok.i:
            return _noun_phrase(doc, node.head)
    # "out of a total deployment of 15,000", "a force of 9,000": the force the figure sizes
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lemma_.lower() in _FORCE_NOUNS and sent.start <= tok.head.head.i < sent.end:
        return _noun_phrase(doc, tok.head.head)
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN" and sent.start <= child.i < sent.end \
                and any(c.dep_ == "nummod" and c.like_num for c in child.children):
            return _noun_phrase(doc, child)
    return None


# verbs that put a figure under or over what they say: "passed 2,000", "topped 10,000", "neared 900"
_OVER_VERBS = {"pass", "top", "surpass", "exceed", "cross", "break", "overtake", "outstrip", "eclipse", "breach"}
_NEAR_VERBS = {"near", "approach"}


def verb_qualifier(q: Quantity, doc: "Doc", number: "Token | None") -> str:
    """The qualifier a verb gives an exact figure ("has passed 2,000" -> over, "neared 900" ->
    nearly); the quantity's own qualifier otherwise ("more than", "almost", "as high as")."""
    if q.qualifier == "up_to" and number is not None and _rose_up_to(q, doc):
        return "exact"  # "the toll inched up to 227": "up" goes with the verb, the toll is 227
    if q.qualifier != "exact" or number is None:
        return q.qualifier
    tok = number
    # the figure may be the counted noun's number: "topped 10,000 cases"
    if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN":
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("dobj", "attr", "npadvmod") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lemma in _OVER_VERBS:
            if _given_elsewhere(number) or tok is not number and (_given_elsewhere(tok) or _definite_other(tok)):
                return q.qualifier  # "surpassed the 184 suffered in Iraq": that figure is exact
            return "over"
        if lemma in _NEAR_VERBS:
            return "nearly"
    if tok.dep_ == "pobj" and head.lower_ in ("past", "above", "beyond") and head.head.pos_ == "VERB":
        if _given_elsewhere(tok):
            return q.qualifier  # "may rise far above the 4,000 the ministry gave": that figure is exact
        return "over"
    # "edged toward 900", "crept towards 400", "inched closer to 1,000": a level not reached yet
    if tok.dep_ == "pobj" and head.lower_ in ("toward", "towards") and head.head.pos_ in ("VERB", "AUX") \
            and head.head.lemma_.lower() in _TOWARD_VERBS and not _given_elsewhere(tok) \
            and (tok is number or tok.lemma_.lower() in _STATE_NOUNS):  # (not "moved toward 12 villages": a place)
        return "nearly"
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in ("closer", "nearer") \
            and head.head.head.pos_ in ("VERB", "AUX") and not _given_elsewhere(tok):
        return "nearly"
    return q.qualifier


# verbs of a total moving toward a level ("edged toward 900"; not "sent 300 troops toward the border")
_TOWARD_VERBS = {"edge", "inch", "creep", "move", "climb", "head", "rise", "crawl", "march", "tick", "trend", "push",
                 "drift", "go", "mount", "race", "surge", "shoot"}
# nouns of a round level a total passes ("passed the 1,000 mark"): passing it makes the total over it
_LEVEL_MARKS = {"mark", "milestone", "threshold", "barrier", "level", "line", "point", "figure", "benchmark"}


def _definite_other(noun: "Token") -> bool:
    """"has overtaken the 136 combat deaths in Iraq": a definite counted noun after a verb of passing is
    another total, compared with, and exact (not "passed the 1,000 mark": a round level)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _LEVEL_MARKS and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "his", "her", "those", "these") and c.i < noun.i
        for c in noun.children)


def _given_elsewhere(tok: "Token") -> bool:
    """"the 4,010 the ministry announced", "the 184 suffered in Iraq": a definite figure with a clause
    of its own is a figure given elsewhere, compared with, not a bound of this one."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" for c in tok.children)



# verbs whose particle "up" runs into "to N": "rose up to", "inched up to", "moved up to"
_UP_VERBS = {"rise", "climb", "inch", "creep", "move", "go", "jump", "shoot", "tick", "edge", "push", "bring",
             "revise", "raise", "ratchet", "mount", "soar", "surge", "spike"}


def _rose_up_to(q: Quantity, doc: "Doc") -> bool:
    """True when the "up to" in front of the figure is a verb's particle and "to" ("the toll
    inched up to 227", "was revised up to 40"), not a ceiling ("up to 11,000 troops")."""
    up = next((t for t in doc if t.idx >= q.start - 12 and t.idx < q.end and t.lower_ == "up"), None)
    if up is None or up.i == 0:
        return False
    prev = doc[up.i - 1]
    while prev.i > 0 and prev.pos_ == "ADV" and prev.lower_ not in ("up",):
        prev = doc[prev.i - 1]  # "rose sharply up to"
    return prev.pos_ in ("VERB", "AUX") and prev.lemma_.lower() in _UP_VERBS


def clean_measure(measure: str | None) -> str | None:
    """A measure without a figure in front ("5,500 homes" of "between 4,000 and 5,500 homes")."""
    if not measure:
        return measure
    out = re.sub(r"^(?:[\d.,]+\s+)+", "", measure).strip()
    return out or measure


_ANAPHORIC = {"others", "other", "more", "another"}


def resolve_anaphoric(measure: str | None, earlier: str | None) -> str | None:
    """"250 others injured", "nine other people": the others are of the kind counted before them
    (its noun without what happened to it), else people."""
    if not measure:
        return measure
    words = measure.split()
    if words[0].lower() not in _ANAPHORIC:
        return measure
    rest = [w for w in words[1:] if w.lower() not in _ANAPHORIC]
    if rest and rest[0].lower() not in ("killed", "wounded", "missing", "injured", "dead"):
        return " ".join(rest)  # "other people missing" -> "people missing"
    base = (earlier or "people").split()
    noun = base[0] if base else "people"
    return " ".join([noun, *rest]) if rest else noun
