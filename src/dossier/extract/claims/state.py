"""Claims: what happened to the counted — the figure's state, read from its predicate.

"60 soldiers were killed", "killed or wounded at least 45", "2,300 casualties", "312 people
have been found dead", "another 1,040 injured", "captured three soldiers", "8,500 troops
were sent", "the death toll rose to 3,400": the state is read from, in order, the counted
noun's own modifiers ("people killed", "displaced families"), the predicate the figure is an
argument of (the object or passive subject of a verb that happens to it, the subject of an
intransitive one, "remained missing", "found dead"), the total the figure is the value of
("the toll rose to", "cases topped"), the counted noun itself ("casualties", "deaths",
"votes"), and, for troops with nothing happening to them, ``present`` (a force's size).

States: present, killed, wounded, casualties (killed or wounded), missing, captured,
released, displaced, evacuated, arrested, rescued, cases, hospitalized, vaccinated, affected,
destroyed, damaged, votes, withdrawn. A force's size and its losses are never one state. A part
("including 20 children") shares what happened to the whole; a crowd ("10,000 gathered") is present.

The measure names what happened in the text's own word (``measure_with_state``: "people
injured", "officers hurt", "troops sent", "villagers sheltering"; "killed" for every death word;
"injured" for people and "wounded" for forces when the text names none); a rise, fall or level
is named by what moved (``index_measure``: "S&P 500 fall"); an amount by what it is
(``amount_measure``: "cost of damage").
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .words import _NO_PASSIVE_VERBS, _PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# verbs whose object (or passive subject) the state happens to
_PATIENT_VERBS: dict[str, str] = {
    "kill": "killed", "slay": "killed", "execute": "killed", "murder": "killed", "massacre": "killed",
    "shoot": "casualties",
    "wound": "wounded", "injure": "wounded", "hurt": "wounded", "maim": "wounded",
    "capture": "captured", "abduct": "captured", "kidnap": "captured", "seize": "captured",
    "release": "released", "free": "released", "exchange": "released", "repatriate": "released", "return": "released",
    "displace": "displaced", "uproot": "displaced", "force": "displaced",
    "evacuate": "evacuated", "relocate": "evacuated",
    "inundate": "damaged", "submerge": "damaged", "house": "displaced", "accommodate": "displaced", "rehouse": "displaced",
    "arrest": "arrested", "detain": "arrested", "jail": "arrested", "imprison": "arrested",
    "rescue": "rescued", "save": "rescued", "trap": "missing",
    "infect": "cases", "sicken": "cases", "poison": "wounded", "diagnose": "cases", "confirm_case": "cases",
    "hospitalize": "wounded", "hospitalise": "wounded", "admit": "wounded", "treat": "wounded",
    "occupy": "captured", "take_over": "captured", "charge": "charged",
    "vaccinate": "vaccinated", "inoculate": "vaccinated", "immunize": "vaccinated", "immunise": "vaccinated",
    "affect": "affected", "strand": "affected",
    "destroy": "destroyed", "flatten": "destroyed", "gut": "destroyed", "demolish": "destroyed", "raze": "destroyed", "level": "destroyed",
    "damage": "damaged",
    "send": "present", "deploy": "present", "station": "present", "dispatch": "present", "base": "present",
    "post": "present", "position": "present", "mobilize": "present", "mobilise": "present", "amass": "present",
    "mass": "present", "train": "present", "transfer": "present", "ship": "present", "commit": "present",
    "withdraw": "withdrawn", "recall": "withdrawn",
    "lose": "killed", "number": "present", "martyr": "killed",
    # a force's word for killing its enemies ("all six members of the group were eliminated")
    "eliminate": "killed", "neutralise": "killed", "neutralize": "killed", "liquidate": "killed",
    # burns are wounds ("five sailors had been severely burned"; houses burned are not counted here)
    "burn": "wounded",
}
# verbs whose state holds only for people ("lost 1,200 troops", not "lost 3,000 jobs")
_PEOPLE_ONLY = {"lose", "eliminate", "neutralise", "neutralize", "liquidate", "burn"}
# verbs whose subject undergoes what their object names ("suffered injuries", "sustained damage")
_SUFFER_VERBS = {"suffer", "sustain", "receive", "get", "incur", "have", "take", "bear"}
_HARM_NOUNS = {"injury": "wounded", "wound": "wounded", "burn": "wounded", "fracture": "wounded", "martyrdom": "killed",
               "damage": "damaged", "destruction": "destroyed"}
# states that only people have ("captured two dozen settlements" is no count of captives)
_PEOPLE_STATES = {"killed", "wounded", "casualties", "missing", "released", "displaced", "evacuated",
                  "arrested", "rescued", "vaccinated", "withdrawn", "charged"}
# where the held are ("over 12 are in captivity", "remain in custody")
_HELD_NOUNS = {"captivity": "captured", "custody": "arrested", "detention": "arrested"}
# where the hurt are ("in serious condition", "in hospital")
_CONDITION_NOUNS = {"condition", "hospital", "icu"}
# where the displaced go ("taken shelter", "flooded into camps")
_SHELTER_NOUNS = {"shelter", "refuge", "camp", "tent", "sanctuary", "asylum"}
# verbs of a rise or fall: their "by X", object or "X lower" is a change, their "to X"/"at X" a level
_CHANGE_VERBS = {"rise", "fall", "drop", "gain", "lose", "climb", "jump", "slide", "slip", "tumble", "plunge", "sink",
                 "decline", "increase", "decrease", "add", "shed", "surge", "soar", "dip", "plummet", "rally", "advance",
                 "retreat", "ease", "fell", "end", "close", "finish", "open", "trade", "stand", "leave", "hit", "reach"}
_CHANGE_WORDS = {"up", "down", "lower", "higher", "rise", "fall", "drop", "gain", "loss", "decrease", "increase",
                 "decline", "jump", "plunge", "slide"}
# a force that moves is still a force: "3,000 troops relocated to Kursk" is its size there
_FORCE_MOVES = {"evacuated", "displaced", "withdrawn"}
_FORCE_MOVE_VERBS = {"relocate", "move", "transfer", "redeploy", "shift", "rotate", "send"}
# verbs whose subject the state happens to ("1,200 people died", "9,800 fled")
_SUBJECT_VERBS: dict[str, str] = {
    "die": "killed", "perish": "killed", "drown": "killed", "succumb": "killed",
    "flee": "displaced", "escape": "displaced", "shelter": "displaced",
    "arrive": "present", "serve": "present", "number": "present", "deploy": "present", "fight": "present",
    "disappear": "missing", "vanish": "missing",
    "surrender": "captured",  # "150 soldiers surrendered": in the other side's hands
    "vote": "votes",
    "contract": "cases", "catch": "cases",
    "collapse": "destroyed",
    "withdraw": "withdrawn", "leave": "withdrawn",
    "survive": "rescued",
    # a crowd: its size, in the words of what it does ("10,000 gathered", "people marching")
    "gather": "present", "march": "present", "demonstrate": "present", "protest": "present", "rally": "present",
    "assemble": "present", "attend": "present", "riot": "present",
}
# subject verbs with no passive: a participle of one after the counted is what they did ("villagers perished")
# adjectives and participles as modifiers or complements ("people missing", "found dead")
_STATE_ADJ: dict[str, str] = {
    "dead": "killed", "killed": "killed", "deceased": "killed", "slain": "killed",
    "injured": "wounded", "wounded": "wounded", "hurt": "wounded",
    "missing": "missing", "unaccounted": "missing", "trapped": "missing", "buried": "missing",
    "displaced": "displaced", "homeless": "displaced", "sheltering": "displaced",
    "evacuated": "evacuated",
    "infected": "cases", "ill": "cases", "sick": "cases", "positive": "cases",
    "hospitalized": "wounded", "hospitalised": "wounded",
    "captured": "captured", "detained": "arrested", "arrested": "arrested",
    "rescued": "rescued", "alive": "rescued",
    "vaccinated": "vaccinated", "affected": "affected", "stranded": "affected",
    "destroyed": "destroyed", "damaged": "damaged", "uninhabitable": "damaged", "unsafe": "damaged", "gutted": "destroyed", "occupied": "captured",
    "stationed": "present", "deployed": "present",
}
# nouns that say it themselves ("2,300 casualties", "the death toll", "cases")
_STATE_NOUNS: dict[str, str] = {
    "casualty": "casualties", "loss": "casualties",
    "death": "killed", "fatality": "killed", "body": "killed", "dead": "killed", "corpse": "killed", "victim": "killed",
    "toll": "killed", "killing": "killed",
    "injury": "wounded", "injured": "wounded", "wounded": "wounded",
    "case": "cases", "infection": "cases",
    "hospitalization": "wounded", "hospitalisation": "wounded", "turnout": "turnout", "life": "killed",
    "vaccination": "vaccinated", "dose": "vaccinated",
    "refugee": "displaced", "evacuee": "evacuated", "displacement": "displaced",
    "hostage": "captured", "captive": "captured", "pow": "captured",
    "prisoner": "captured", "detainee": "arrested", "arrest": "arrested",
    "survivor": "rescued",
    "vote": "votes", "ballot": "votes", "seat": "seats",
    "missing": "missing", "martyr": "killed",
}
# nouns of what happened to those they are "of" ("the deaths of 3,000 civilians", "injuries to 40 people",
# "the displacement of 9 million people"): the figure after them shares it
_EVENT_NOUNS: dict[str, str] = {
    "death": "killed", "killing": "killed", "murder": "killed", "execution": "killed", "massacre": "killed",
    "slaughter": "killed", "injury": "wounded", "wounding": "wounded", "displacement": "displaced",
    "evacuation": "evacuated", "arrest": "arrested", "detention": "arrested", "abduction": "captured",
    "kidnapping": "captured", "disappearance": "missing", "rescue": "rescued", "hospitalization": "wounded",
    "hospitalisation": "wounded",
    "loss": "casualties",  # "losses of around 4,700 soldiers" (not "the loss of 300 jobs": no people, no state)
}
# animals a disaster kills ("736,000 animals have been killed"): killed, though no people
_ANIMAL_NOUNS = {"animal", "livestock", "cattle", "cow", "sheep", "goat", "camel", "poultry", "chicken", "bird",
                 "horse", "pig", "buffalo", "donkey", "ox", "yak"}
# verbs of trying or managing: their subject undergoes what the verb after them says
_TRY_VERBS = {"manage", "try", "attempt", "struggle", "seek", "rush", "scramble"}
# what is left of the dead
_REMAINS = {"body", "corpse", "remains", "coffin"}
# bodies that are no corpses ("two governing bodies", "UN bodies")
_BODY_OF_KIND = {"governing", "government", "regulatory", "public", "international", "local", "advisory", "professional",
                 "statutory", "student", "legislative", "celestial", "water", "electoral", "state", "federal", "oversight",
                 "sporting", "sports", "religious", "civic", "administrative", "decision", "policy"}
# who a force is made of: with nothing happening to them, the figure is the force's size
_FORCE_NOUNS = {"troop", "soldier", "force", "personnel", "marine", "sailor", "peacekeeper", "reservist",
                "conscript", "mercenary", "servicemember", "contingent", "fighter", "paratrooper", "commando",
                "guard", "militant", "recruit", "deployment", "army", "brigade", "battalion", "division", "unit",
                "contractor"}
# words that name a total: its value is a figure, its words say what is counted
_TOTAL_NOUNS = {"number", "total", "toll", "tally", "count", "figure", "estimate", "sum"}
# verbs that give a total its value ("the toll rose to", "cases topped", "put the toll at")
_VALUE_VERBS = {"rise", "climb", "reach", "hit", "pass", "top", "surpass", "exceed", "stand", "increase", "jump",
                "grow", "soar", "mount", "swell", "fall", "drop", "decline", "be", "put", "raise", "bring", "push",
                "take", "near", "approach", "cross", "double", "triple", "edge", "revise", "lift", "number", "total",
                "estimate", "place", "peg"}
# the word a state adds to a measure ("people" -> "people killed"); none when the noun says it
_STATE_WORD = {"killed": "killed", "wounded": "wounded", "missing": "missing", "captured": "captured",
               "released": "released", "displaced": "displaced", "evacuated": "evacuated", "arrested": "arrested",
               "rescued": "rescued", "cases": "infected", "hospitalized": "hospitalized",
               "vaccinated": "vaccinated", "affected": "affected", "destroyed": "destroyed", "damaged": "damaged",
               "withdrawn": "withdrawn", "casualties": "killed or wounded"}


_HEADLINE_STATES = {"killed": "killed", "wounded": "wounded", "injured": "wounded", "captured": "captured",
                    "detained": "arrested", "arrested": "arrested", "kidnapped": "captured", "abducted": "captured",
                    "rescued": "rescued", "evacuated": "evacuated", "displaced": "displaced"}
_MARK_NOUNS = {"mark", "milestone", "threshold", "barrier"}
_FATE_NOUNS = {"safety", "whereabouts", "fate", "status"}
_UNKNOWN_WORDS = {"unconfirmed", "unknown", "unclear", "uncertain", "unaccounted", "unverified"}


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def _prep_objects(tok: "Token", preps: tuple[str, ...]) -> set[str]:
    """Lemmas of the objects of ``tok``'s prepositions among ``preps`` ("with serious injuries" -> injury)."""
    return {_lemma(g) for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"}


# where the displaced are put up, named by a word that alone names other places ("relief centres")
_SHELTER_COMPOUNDS = {"relief", "evacuation", "evacuee", "refugee", "displacement", "transit"}


def _shelter_objects(tok: "Token", preps: tuple[str, ...]) -> bool:
    """Whether one of ``tok``'s prepositions among ``preps`` leads to a shelter: "in 240 camps",
    "to temporary shelters", "in 2,787 relief centres" (a centre only with the word of relief)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if _lemma(g) in _SHELTER_NOUNS or _lemma(g) in ("centre", "center", "home", "school") and any(
                    m.dep_ in ("compound", "amod") and m.lower_ in _SHELTER_COMPOUNDS for m in g.children):
                return True
    return False


def _combine(states: list[str]) -> str | None:
    """One state for coordinated predicates: "killed or wounded" is casualties."""
    uniq = list(dict.fromkeys(states))
    if not uniq:
        return None
    if "killed" in uniq and "wounded" in uniq:
        return "casualties"
    return uniq[0]


def _figure_before(verb: "Token", conj: "Token") -> bool:
    """A number between the first verb and its conjunct, right before the conjunct's auxiliaries."""
    doc = verb.doc
    k = conj.i - 1
    while k > verb.i and doc[k].pos_ in ("AUX", "PART", "ADV"):
        k -= 1
    return k > verb.i and (doc[k].like_num or doc[k].pos_ == "NUM" or any(ch.isdigit() for ch in doc[k].text))


_HELD_ATTRS = {"prisoners", "prisoner"}
_GRAVE_NOUNS = {"grave", "cemetery", "graveyard", "tomb", "funeral", "ceremony", "plot"}
# who petition ("have lodged complaints", "submitted requests"), and the papers one acquires
_PETITION_VERBS = {"lodge", "submit", "file", "petition", "complain", "request", "appeal"}
_STATUS_VERBS = {"acquire", "obtain", "receive", "get", "gain", "take", "hold"}
_STATUS_NOUNS = {"citizenship", "nationality", "passport", "residency", "visa", "permit"}
_KIN_OF = {"family", "relative", "parent", "kin", "widow", "spouse"}


def _no_state_said(noun: "Token", number: "Token | None") -> bool:
    """A count of people the sentence says nothing of where they are or what befell them: the relatives
    of the counted act ("families of 60 Orlanis have filed requests"), the counted petition ("over 300
    relatives have lodged complaints") or acquire papers ("140 have taken Tessian citizenship")."""
    for t in (noun, number):
        if t is not None and t.dep_ == "pobj" and t.head.lower_ == "of" and _lemma(t.head.head) in _KIN_OF:
            return True
    subj = noun if noun.dep_ in ("nsubj", "nsubjpass") else None
    if subj is None:
        return False
    verb = subj.head
    # "are known to have acquired": the verb of knowing hands the subject on to its clause
    while verb.lemma_.lower() in ("know", "believe", "say", "report", "think") and any(c.dep_ == "xcomp" for c in verb.children):
        verb = next(c for c in verb.children if c.dep_ == "xcomp")
    if _lemma(verb) in _PETITION_VERBS and _lemma(noun) not in _FORCE_NOUNS:
        return True
    return _lemma(verb) in _STATUS_VERBS and any(c.dep_ == "dobj" and _lemma(c) in _STATUS_NOUNS for c in verb.children)


def _grave_objects(verb: "Token") -> bool:
    """"buried in mass graves", "at the town cemetery" (the word itself: the lemmatizer makes "graves" "graf")."""
    return any(g.lower_.rstrip("s") in _GRAVE_NOUNS or _lemma(g) in _GRAVE_NOUNS for c in verb.children
               if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj")


def _along_with_verb(noun: "Token") -> "Token | None":
    """The verb of the clause whose subject the noun is joined to by "along with" / "together with"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0 or noun.doc[prep.i - 1].lower_ not in ("along", "together"):
        return None
    subj = prep.head
    if subj.lower_ in ("along", "together"):
        subj = subj.head
    if subj.dep_ in ("nsubj", "nsubjpass") and subj.head.pos_ in ("VERB", "AUX"):
        return subj.head
    return subj if subj.pos_ == "VERB" else None


def _in_hands_of(verb: "Token") -> bool:
    """"are in the hands of the rebels", "fell into the hands of the army": held by someone."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "into") and any(
        o.dep_ == "pobj" and o.lower_ == "hands" and any(g.dep_ == "prep" and g.lower_ == "of" for g in o.children)
        for o in p.children) for p in verb.children)


def _verb_state(verb: "Token", role: str) -> list[str]:
    """States a verb (with its coordinated verbs and complements) gives its ``role`` argument.

    ``role`` is "patient" (object or passive subject) or "agent" (active subject).
    """
    out: list[str] = []
    # coordinated verbs share the argument only when they have no subject or object of their own
    # ("killed or wounded 45"; not "killing four people, injuring dozens")
    # (a passive participle takes no object: "have been killed or wounded fighting ..." shares the subject)
    passive_head = any(c.dep_ == "auxpass" for c in verb.children)
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")
                      and not any(g.dep_ in ("nsubj", "nsubjpass") or g.dep_ == "dobj" and not (
                          passive_head and c.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in c.children))
                          # ("have died or suffered injuries": an object that only names the harm)
                          and not (_lemma(c) in _SUFFER_VERBS and _lemma(g) in _HARM_NOUNS and not any(
                              n.like_num for n in g.subtree))
                          for g in c.children)
                      # "... died and another four-thousand-100 have been injured": a figure right before the
                      # coordinated verb's auxiliaries is its own subject, however the parser hung it
                      and not _figure_before(verb, c)]
    # "killed or wounded at least 45 soldiers": the object hangs on the last verb, the first shares it
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and any(c.dep_ == "cc" and c.lower_ in ("or", "and") for c in verb.head.children) \
            and not any(g.dep_ in ("dobj", "nsubjpass") for g in verb.head.children) \
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in verb.children):
        verbs.append(verb.head)
    for v in verbs:
        low = _lemma(v)
        objects = {_lemma(c) for c in v.children if c.dep_ == "dobj"}
        if low == "pass" and any(c.dep_ == "prt" and c.lower_ == "away" for c in v.children):
            out.append("killed")  # "six who have already passed away" (whatever the parser makes of "have passed")
            continue
        for c in v.children:  # "found dead", "remained missing", "left 50 wounded", "believed trapped"
            if c.lower_ == "alive" and _PATIENT_VERBS.get(low) not in (None, "rescued"):
                continue  # "two soldiers were captured alive": captured (alive says how, not that they were saved)
            # ("have been found injured": the participle right after the verb, parsed as a clause of its own)
            bare_after = c.dep_ == "advcl" and c.i == v.i + 1 and (c.tag_ == "VBN" or (c.pos_ == "ADJ" or c.lower_ == "missing") and low in ("go", "remain", "stay", "be")) \
                and not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children)  # ("went missing" with "missing" a clause)
            if (c.dep_ in ("acomp", "oprd", "attr", "ccomp", "xcomp") or bare_after) and (c.lower_ in _STATE_ADJ or _lemma(c) in _STATE_ADJ) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):  # "five were killed, 250 injured": another clause
                out.append(_STATE_ADJ.get(c.lower_) or _STATE_ADJ[_lemma(c)])
                # "were dead or wounded": the complement's own alternative (no figure of its own)
                out += [_STATE_ADJ[g.lower_] for g in c.children if g.dep_ == "conj" and g.lower_ in _STATE_ADJ
                        and any(o.dep_ == "cc" and o.lower_ == "or" for o in c.children)
                        and not any(n.like_num or n.dep_ == "nummod" for n in g.children)]
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
        # "250 others injured": a bare participle (no "have") is passive even where parsed active
        elliptic = v.tag_ == "VBN" and not any(c.dep_ == "aux" and _lemma(c) == "have" for c in v.children) \
            and (not objects or role == "agent")
        if role == "patient" or passive or elliptic:
            if low in ("sweep", "wash", "carry", "blow") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in v.children):
                out.append("destroyed")  # "swept away 40 homes", "were washed away"
            elif low in ("move", "take", "bring", "transfer", "send", "shift", "relocate") \
                    and _shelter_objects(v, ("to", "into")):
                out.append("evacuated")  # "had been moved to temporary shelters", "shifted to 209 camps"
            elif low in ("lodge", "shelter", "house", "accommodate", "put", "place", "keep", "settle", "pack", "cram", "crowd", "squeeze") \
                    and _shelter_objects(v, ("in", "into", "at", "inside")):
                out.append("displaced")  # "59,000 people have been lodged in 240 camps", "are sheltered in relief camps"
            elif low == "take" and _prep_objects(v, ("into",)) & {"custody", "detention"}:
                out.append("arrested")  # "were taken into custody"
            elif low in ("take", "hold", "keep") and (any(_lemma(c) in ("prisoner", "captive", "hostage", "pow")
                                                         and c.dep_ in ("oprd", "attr", "dobj", "xcomp", "npadvmod", "advmod", "advcl", "acomp")
                                                         for c in v.children)
                                                     or _prep_objects(v, ("as",)) & {"prisoner", "captive", "hostage", "pow"}):
                # "being held as prisoners of war"
                out.append("captured")  # "two soldiers were taken prisoner", "held hostage"
            elif low == "hold" and role == "patient" and any(c.dep_ == "agent" for c in v.children) \
                    and any(c.dep_ == "auxpass" for c in v.children):
                out.append("captured")  # "50 are being held by the rebels": in their hands
            elif low in ("pull", "dig", "drag", "lift", "free", "extract", "recover") and (
                    _prep_objects(v, ("from", "out", "of")) & _RUIN_NOUNS
                    or any(c.lower_ == "alive" for c in v.children) or _from_ruined(v)):
                out.append("rescued")  # "50 people had been pulled from the rubble", "pulled out alive"
            elif low in ("claim", "take", "cost") and "life" in objects:
                out.append("killed")  # "a quake that claimed 1,900 lives", "took 300 lives"
            elif low in _PATIENT_VERBS:
                out.append(_PATIENT_VERBS[low])
            elif low == "flood" and (any(c.dep_ == "auxpass" for c in v.children) or v.tag_ == "VBN" and v.dep_ in ("acl", "amod")
                                     or any(c.dep_ == "dobj" for c in v.children)) and not _prep_objects(v, ("into", "to", "in")):
                out.append("damaged")  # "20,000 homes were flooded" (not "14,000 people flooded into camps": they fled)
            elif low in ("record", "list", "register", "class", "classify", "declare", "confirm", "report", "count"):
                # "173,000 buildings have been recorded as collapsed or severely damaged", "declared dead"
                for c in v.children:
                    marked = any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)  # "as collapsed" parsed a clause
                    words = [c] + [g for g in c.subtree if g.dep_ in ("pobj", "pcomp", "conj", "amod", "acomp")] \
                        if c.lower_ == "as" or (marked and c.dep_ == "advcl") else [c] if c.dep_ in ("oprd", "acomp", "xcomp") else []
                    for w in words:
                        said = _STATE_ADJ.get(w.lower_) or ("destroyed" if w.lower_ == "collapsed" else None)
                        if said is not None and said not in out:
                            out.append(said)
            elif v.lower_ in _STATE_ADJ:
                out.append(_STATE_ADJ[v.lower_])
        if role == "agent" and low == "take" and "life" in objects and any(
                g.dep_ == "poss" for o in v.children if o.dep_ == "dobj" for g in o.children):
            out.append("killed")  # "30 of the troops had taken their own lives"
        elif role == "agent" and v.lower_ in ("missing", "trapped", "unaccounted", "stranded", "homeless", "dead"):
            out.append(_STATE_ADJ[v.lower_])  # "27 were still missing" (parsed as a verb)
        elif role == "agent" and v.lower_ in _STATE_ADJ and not objects and not any(c.dep_ == "aux" for c in v.children):
            out.append(_STATE_ADJ[v.lower_])  # "ten people are killed and about 50 hurt"
        elif objects & {"accommodation", "housing", "shelter", "treatment", "care"} and low in ("need", "give", "receive", "seek", "get"):
            out.append("wounded" if objects & {"treatment", "care"} else "displaced")  # "were given treatment", "needed accommodation"
        elif role == "agent" and not passive and low in _SUFFER_VERBS and (objects | _prep_objects(v, ("from", "with"))) & set(_HARM_NOUNS):
            out += [_HARM_NOUNS[o] for o in sorted((objects | _prep_objects(v, ("from", "with"))) & set(_HARM_NOUNS))]  # "suffered injuries"
        elif (role == "agent" and not passive and low in ("be", "remain", "stay", "go") or low == "leave" and passive) \
                and _prep_objects(v, ("without",)):
            out.append("affected")  # "were still without electricity", "remained without power", "were left without water"
        elif role == "agent" and not passive and low in ("be", "remain", "stay") and _prep_objects(v, ("in",)) & set(_HELD_NOUNS):
            out += [_HELD_NOUNS[o] for o in sorted(_prep_objects(v, ("in",)) & set(_HELD_NOUNS))]  # "12 are in captivity"
        elif role == "agent" and not passive and low in ("be", "remain") and any(
                c.dep_ == "attr" and c.lower_ in _HELD_ATTRS and any(g.lower_ == "of" for g in c.children) for c in v.children):
            out.append("captured")  # "six are prisoners of war", "four Orlanese are Prisoners of War (POW)"
        elif role == "agent" and not passive and low in ("be", "remain", "stay", "fall") and _in_hands_of(v):
            out.append("captured")  # "four are in the hands of the rebels", "fell into the hands of the army"
        elif role == "agent" and not passive and low in ("be", "remain", "stay", "lie") and _prep_objects(v, ("in",)) & _CONDITION_NOUNS:
            out.append("wounded")  # "721 of whom are in serious condition", "remain in hospital"
        elif role == "agent" and not passive and low in ("be", "remain", "stay") \
                and (_prep_objects(v, ("in", "at", "inside")) & _SHELTER_NOUNS or _shelter_objects(v, ("in", "at", "inside"))):
            out.append("displaced")  # "about 28,000 were still at evacuation shelters"
        elif role == "agent" and not passive:
            if objects & _SHELTER_NOUNS and low in ("take", "seek", "find", "flee", "get"):
                out.append("displaced")  # "had taken shelter", "sought refuge"
            elif objects & {"life"} and low in ("lose", "give", "sacrifice"):
                out.append("killed")  # "lost their lives"
            elif objects & {"ballot", "vote"} and low in ("cast", "give"):
                out.append("votes")
            elif objects & {"border", "frontier"} and low == "cross":
                out.append("displaced")  # "1.6 million people have crossed the border"
            elif low in _TRY_VERBS and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in v.children):
                # "8,000 civilians managed to escape": what the attempted verb says
                out += [x for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB" for x in _verb_state(c, "agent")]
            elif low in _SUBJECT_VERBS:
                out.append(_SUBJECT_VERBS[low])
            elif _shelter_objects(v, ("into", "in", "to")) and low in ("flood", "pour", "crowd", "stream", "move", "go", "head", "flock",
                                                                       "live", "sleep", "stay", "shift", "relocate",
                                                                       "pack", "cram", "squeeze", "huddle", "throng"):
                out.append("displaced")  # "flooded into camps", "sleeping in shelters"
    return out


_RUIN_NOUNS = {"rubble", "debris", "wreckage", "ruin", "ruins", "mud", "water", "building", "sea", "river", "sand", "snow", "mine",
               "landslide", "avalanche", "floodwater", "floodwaters", "wreck"}
_RUINED_WORDS = {"collapsed", "flattened", "destroyed", "toppled", "crushed", "wrecked", "razed", "levelled", "leveled",
                 "damaged", "burning", "burned", "burnt", "sunken", "capsized", "submerged", "buried"}


def _from_ruined(verb: "Token") -> bool:
    """"three people were pulled from a flattened mall": out of a place the disaster wrecked."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "out", "of") and any(
        g.dep_ == "pobj" and any(m.dep_ in ("amod", "compound") and m.lower_ in _RUINED_WORDS for m in g.children)
        for g in c.children) for c in verb.children)


def _modifier_state(noun: "Token", passive_only: bool) -> list[str]:
    """States the counted noun's modifiers give: "people killed", "injured people" (passive-like),
    and with ``passive_only`` False also "Palestinians seeking shelter", "who fled" (agent clauses)."""
    out: list[str] = []
    clause: list[str] = []  # what a clause says happened to them ("who were captured")
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "acl", "relcl", "nmod") or c.i == noun.i:
            continue
        if c.dep_ == "amod" and c.i > noun.i and any(t.like_num for t in noun.doc[noun.i + 1 : c.i]):
            continue  # "two deaths and 26 injured": a word after another figure is that figure's
        if c.dep_ in ("relcl", "acl") and any(g.dep_ in ("nsubj", "nsubjpass") and g.i != noun.i
                                              and (g.like_num or any(n.dep_ == "nummod" for n in g.children)) for g in c.children):
            continue  # "80 passengers were on board, of whom 20 died": the clause is its own figure's
        if c.dep_ == "amod" and c.i < noun.i and c.lower_ in ("missing", "dead", "injured", "wounded", "displaced", "stranded"):
            out.append(_STATE_ADJ[c.lower_])  # "57 missing persons" (the tagger may read "missing" as a verb)
        elif c.pos_ in ("VERB", "AUX") and c.dep_ in ("acl", "relcl", "amod"):
            if _lemma(c) == "base" and any(g.dep_ == "prep" and g.lower_ in ("on", "upon") for g in c.children):
                continue  # "deaths based on the destroyed districts": a ground, not a placement
            patient = c.tag_ == "VBN" or any(g.dep_ == "auxpass" for g in c.children)
            if patient and _lemma(c) in _NO_PASSIVE_VERBS and not any(g.dep_ in ("auxpass", "agent") for g in c.children):
                patient = False  # "25 villagers perished in X" read as a participle: a verb with no passive is their own
            got = _verb_state(c, "patient") if patient else _verb_state(c, "agent") if not passive_only else []
            if not got and c.tag_ in ("VBN", "VBD") and _lemma(c) in _BELIEVE_VERBS and any(g.dep_ == "xcomp" for g in c.children):
                got = _believed_state(c, c)[1]  # "6,000 buildings confirmed to have collapsed", "people feared to have drowned"
            if "destroyed" in got and _lemma(c) in ("sweep", "wash", "carry") and _is_people(noun):
                got = ["missing" if g == "destroyed" else g for g in got]  # "people swept away": missing, not destroyed
            out += got
            if c.dep_ == "relcl" or (c.dep_ == "acl" and c.i > noun.i):
                clause += got
        elif c.lower_ in _STATE_ADJ:
            out.append(_STATE_ADJ[c.lower_])
        elif _lemma(c) in _STATE_NOUNS and c.dep_ == "compound":
            out.append(_STATE_NOUNS[_lemma(c)])  # "death toll", "casualty figures"
    if clause and not set(clause) <= {"present"} and set(out) - set(clause) and "casualties" not in (_combine(out), _combine(clause)):
        return clause  # "two wounded soldiers who were captured": the event, not the description
    return out


#: nouns that count people as members of a group named after them ("members of the armed forces")
_MEMBER_NOUNS = {"member", "personnel", "servicemember", "service member", "employee", "resident", "citizen", "staff"}


def _noun_state(noun: "Token", depth: int = 0) -> list[str]:
    """States the counted noun's own words give: modifiers, then the noun itself."""
    out = _modifier_state(noun, passive_only=False)
    low = _lemma(noun)
    if out and not (set(out) <= {"present"} and (low in _STATE_NOUNS or noun.lower_ in _STATE_ADJ)):
        return out  # "troops sent"; but "deaths reported in the city" are still deaths
    if low == "loss" and _prep_objects(noun, ("of",)) & {"life", "lives"}:
        return ["killed"]  # "the loss of lives includes an officer and two soldiers": the dead
    if low in ("casualty", "loss") and any(c.dep_ == "amod" and c.lower_ in ("fatal", "mortal", "deadly") for c in noun.children):
        return ["killed"]  # "two fatal casualties": the dead among the casualties
    if low in _STATE_NOUNS:
        return [_STATE_NOUNS[low]]
    harm = _prep_objects(noun, ("with",)) & set(_HARM_NOUNS)
    if not harm:  # "with broken bones and head injuries": a harm coordinated after another noun
        harm = {_lemma(k) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj" for k in g.conjuncts} & set(_HARM_NOUNS)
    if harm:
        return [_HARM_NOUNS[h] for h in sorted(harm)]  # "50 people with serious injuries"
    if _is_people(noun) and _with_ruined_home(noun):
        return ["affected"]  # "91,000 people with destroyed or damaged homes": people hit, not killed
    if _prep_objects(noun, ("in",)) & _CONDITION_NOUNS:
        return ["wounded"]  # "about 1,400 in serious condition", "12 in hospital"
    # "the injured", "the number of injured": a participle used as a noun (often tagged a verb)
    if noun.lower_ in _STATE_ADJ and (noun.pos_ in ("NOUN", "ADJ")
                                      or noun.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "attr")
                                      and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "agent") for c in noun.children)):
        return [_STATE_ADJ[noun.lower_]]
    if out:
        return out
    # "4,300 members of the Varnian armed forces killed in the war": the parser hangs the participle on the
    # group the counted people belong to; what happened to the group's members is said of them
    if low in _MEMBER_NOUNS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    got = [g for c in pobj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > pobj.i
                           for g in _verb_state(c, "patient")] if pobj.dep_ == "pobj" and _is_people(pobj) else []
                    if got and set(got) <= _PEOPLE_STATES - {"present"}:
                        return got
    # "the number of people killed", "the total of cases": what the total is of
    if low in _TOTAL_NOUNS and depth < 2:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _noun_state(pobj, depth + 1)
    return []


def total_of(tok: "Token") -> "Token | None":
    """The total a figure is the value of: "the toll rose to [3,400]", "cases topped [10,000]"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ not in ("VERB", "AUX"):
        # "taking the total killed in action to 20": the "to" hung on the clause's last noun
        for anc in head.ancestors:
            if anc.pos_ == "VERB" and _lemma(anc) in ("take", "bring", "push", "raise", "increase", "lift"):
                total = next((c for c in anc.children if c.dep_ == "dobj" and _lemma(c) in _TOTAL_NOUNS and c.i < tok.i), None)
                if total is not None:
                    return total
                break
    if tok.dep_ == "pobj" and head.lower_ in ("to", "at", "past", "above", "over", "beyond", "of", "toward", "towards") \
            and (head.dep_ == "prep" or head.dep_ == "advmod" and head.lower_ in ("past", "above", "beyond")):
        verb = head.head
        if head.lower_ == "to" and verb.lower_ in ("close", "closer", "near", "nearer") and verb.dep_ == "acomp":
            verb = verb.head  # "the number of troops killed or wounded is close to 50,000"
        if head.lower_ == "to" and verb.lower_ in ("up", "down") and verb.dep_ in ("advmod", "prt") \
                and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "has gone up to 1,409": the "to" hung on the particle, whichever number it is
    elif tok.dep_ in ("dobj", "attr", "npadvmod", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        verb = tok.head
        # "has gone up to 905" with "up to" read as the number's qualifier: the "to" of the verb all the same
        if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 1].head.i == tok.i \
                and tok.doc[tok.i - 2].lower_ in ("up", "down") and tok.doc[tok.i - 2].head.i == verb.i:
            head = tok.doc[tok.i - 1]
    else:
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and head.lower_ == "to":
        whole = verb.head
        # "bringing the death toll of troops serving there since 2001 to 211": the toll, not the troops
        if whole.dep_ == "pobj" and whole.head.lower_ == "of" and _lemma(whole.head.head) in _TOTAL_NOUNS:
            return whole.head.head
        return whole  # "bringing the force stationed there to 14,000"
    if verb.dep_ == "acl" and head.lower_ == "at" and _lemma(verb.head) in _TOTAL_NOUNS \
            and verb.head.head.pos_ in ("VERB", "AUX") and _lemma(verb.head.head) in _VALUE_VERBS:
        return verb.head  # "put the number of soldiers killed at 85": "at 85" hangs on the participle
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in _VALUE_VERBS:
        # "rose to nearly 2,100": the verb may also be reached through a conj; "deaths went past 500"
        if not (verb.pos_ in ("VERB", "AUX") and (head.lower_ in ("to", "toward", "towards")
                                                  or _lemma(verb) == "go" and head.lower_ in ("past", "above", "beyond"))):
            return None
    # "put the toll at 45": the object; else the subject
    for c in verb.children:
        if c.dep_ == "dobj" and c.i != tok.i and head.lower_ == "at":
            return c
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a dateline parsed as a second subject ("ORLENBURG – The number of ... rose to 63")
    subjects.sort(key=lambda c: (_lemma(c) not in _TOTAL_NOUNS | set(_STATE_NOUNS), c.ent_type_ in ("GPE", "ORG", "LOC")))
    if subjects:
        return subjects[0]
    for c in verb.children:
        if c.dep_ == "dobj" and c.i != tok.i:  # "raising the toll to 99", "bringing to 10 the number of"
            return c
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        for c in verb.head.children:  # "expected to rise to", "taking the toll to"
            if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
                return c
    return None


def _change_or_level(fig: "Token") -> str | None:
    """A rise or fall ("fell 2.99 percent", "down 2.62%", "by 118 points") or where a value
    stands ("closed at 11,188.23", "to 2138.14", "a value of 9936.94 points")."""
    head = fig.head
    if fig.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        gov = head.head
        if head.lower_ == "to" and gov.lower_ in ("up", "down") and gov.dep_ in ("advmod", "prt") \
                and gov.head.pos_ in ("VERB", "AUX"):
            gov = gov.head  # "has gone up to 1,409": the verb says whether it is a rise, not the particle
        if head.lower_ == "by" and (_lemma(gov) in _CHANGE_VERBS or gov.lower_ in _CHANGE_WORDS):
            return "change"
        if head.lower_ in ("to", "at") and (_lemma(gov) in _CHANGE_VERBS or gov.lower_ in _CHANGE_WORDS):
            return "level"
        if head.lower_ == "of" and _lemma(gov) in ("value", "level", "close", "high", "low", "record"):
            return "level"
    if fig.dep_ in ("npadvmod", "dobj", "advmod", "attr") and (_lemma(head) in _CHANGE_VERBS - {"leave", "hit", "reach", "stand", "end", "close", "finish", "open", "trade"}
                                                              or head.lower_ in _CHANGE_WORDS):
        return "change"
    if fig.dep_ in ("compound", "amod", "nummod", "nmod") and _lemma(head) in _CHANGE_WORDS:
        return "change"  # "a 2.99 percent decrease"
    return None


def _percent_state(fig: "Token") -> str | None:
    """A share of voters or of the vote: turnout or votes."""
    for prep in fig.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                low = _lemma(pobj)
                if low in ("voter", "electorate"):
                    return "turnout"
                if low in ("vote", "ballot"):
                    return "votes"
                if low == "seat":
                    return "seats"
    total = total_of(fig)
    if total is not None:
        low = _lemma(total)
        if low == "turnout" or low == "participation":
            return "turnout"
        if low in ("vote", "ballot", "share"):
            return "votes"
    # "1.8 million votes, or 31.2 percent": the share restates the votes
    if fig.dep_ in ("conj", "appos") and _lemma(fig.head) in ("vote", "ballot"):
        return "votes"
    if not any(_lemma(t) in _ELECTION_WORDS for t in fig.doc):
        return None
    # in an election: "the ruling party leads with 48.2%, followed by the bloc with 21.4%; the
    # Farmers' Party – 9.1%": a party's or a candidate's share is of the vote
    if fig.dep_ == "appos" and _is_contender(fig.head):
        return "votes"
    if fig.dep_ == "pobj" and fig.head.lower_ == "with" and fig.head.head.pos_ == "VERB" \
            and _lemma(fig.head.head) in _RESULT_VERBS:
        verb = fig.head.head
        who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        who += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if any(_is_contender(w) for w in who):
            return "votes"
    return None


# words that make a text an election's ("leads with 48%" is a share of the vote there)
_ELECTION_WORDS = {"election", "vote", "ballot", "poll", "referendum", "runoff", "electorate", "voter", "candidate"}
# verbs a contender's share follows ("leads with", "followed by X with", "finished with")
_RESULT_VERBS = {"lead", "follow", "win", "finish", "trail", "come", "place", "poll", "end", "take", "secure", "garner"}
_CONTENDER_NOUNS = {"party", "bloc", "alliance", "coalition", "candidate", "front", "movement", "list", "incumbent",
                    "challenger", "opposition"}


def _is_contender(tok: "Token") -> bool:
    """A party, bloc or candidate: by its noun, or a name (a person or an organisation)."""
    return _lemma(tok) in _CONTENDER_NOUNS or tok.ent_type_ in ("ORG", "PERSON", "NORP") or tok.pos_ == "PROPN"


def _believed_state(verb: "Token", default: "Token") -> tuple["Token", list[str]]:
    """What "are believed/thought/reported/feared to have been killed / to have died" says happened."""
    for xc in verb.children:
        if xc.dep_ == "xcomp" and xc.pos_ == "VERB":
            found = _verb_state(xc, "patient" if any(c.dep_ == "auxpass" for c in xc.children) else "agent")
            if found:
                return xc, found
    return default, []


def _main_verb_after_participle(verb: "Token", sent: "Span") -> "Token | None":
    """The clause's own predicate when the figure was parsed as the subject of a bare participle.

    "40 villagers sheltering in a school were evacuated": the parser may make "sheltering" the
    figure's verb and "were evacuated" a subjectless sibling; the participle only modifies the noun.
    """
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.dep_ in ("csubj", "csubjpass") and verb.head.pos_ == "VERB":
        return verb.head  # "... sheltering in a school were killed": the participle parsed as the clause's subject
    for sib in verb.head.children:
        if sib.i > verb.i and sib.i < sent.end and sib.pos_ == "VERB" and sib.dep_ in ("ccomp", "conj", "xcomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sib.children) \
                and (any(c.dep_ in ("aux", "auxpass") for c in sib.children) or sib.tag_ in ("VBD", "VBZ", "VBP")):
            return sib  # (a finite verb alone as well: "35 people sheltering in a clinic died / lost their lives")
    return None


def _shared_with_as_well_as(noun: "Token", sent: "Span") -> tuple[list[str], "Token | None"]:
    """The state of the verb a figure is added to by "as well as" ("buildings were damaged, as well as seven bridges").

    The parser hangs the added noun on the verb (or on "as"); it shares the role of the verb's
    object or passive subject.
    """
    start = noun.left_edge.i
    if start - 3 < sent.start or [t.lower_ for t in noun.doc[start - 3:start]] != ["as", "well", "as"]:
        return [], None
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and sent.start <= verb.head.i < sent.end:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return [], None
    patient = any(c.dep_ in ("nsubjpass", "auxpass", "dobj") for c in verb.children)
    return _verb_state(verb, "patient" if patient else "agent"), verb


def _object_of_verb_before(noun: "Token", sent: "Span") -> tuple[list[str], "Token | None"]:
    """The state of an active verb just before the figure's phrase that has no object of its own.

    "a strike that killed about 40 villagers sheltering in a school brought ...": parsed as the
    subject of "sheltering" or "brought", the figure is still the object of "killed" — the main
    predicate of its clause wins over a participle modifying the noun.
    """
    if noun.left_edge.i <= sent.start:
        return [], None
    prev = noun.doc[noun.left_edge.i - 1]
    if prev.pos_ == "VERB" and prev.tag_ in ("VBD", "VBZ", "VBP", "VBG") and _lemma(prev) in _PATIENT_VERBS \
            and not any(c.dep_ in ("auxpass", "dobj", "nsubjpass") for c in prev.children) \
            and (_lemma(prev) not in _PEOPLE_ONLY or _lemma(noun) in _PEOPLE_NOUNS | _FORCE_NOUNS):
        return [_PATIENT_VERBS[_lemma(prev)]], prev
    return [], None


_RUINED = ("destroyed", "damaged", "flooded", "collapsed", "wrecked")


def _with_ruined_home(tok: "Token") -> bool:
    """Whether ``tok`` has "with destroyed or damaged homes" below it."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "with" and pobj.dep_ == "pobj" and _lemma(pobj) in ("home", "house", "dwelling", "shelter")
        and any(a.dep_ == "amod" and (a.lower_ in _RUINED or any(b.dep_ == "conj" and b.lower_ in _RUINED for b in a.children))
                for a in pobj.children)
        for prep in tok.children for pobj in prep.children)


def _left_in_state(obj: "Token", sent: "Span") -> str | None:
    """The state "leave" puts its object in, said after the object's phrase: "leaving 42 workers
    en route to a hotel still missing" (the parser hangs "missing" elsewhere); "leaving 91,000 people
    with destroyed or damaged homes": people hit (affected)."""
    if obj.dep_ == "dobj" and _is_people(obj) and _with_ruined_home(obj.head):
        return "affected"
    # "left more than 60 workers with serious injuries" (the "with" hung on "left", whatever the noun):
    # the harm it names is what the counted were left with
    objs = [g for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    objs += [k for g in objs for k in g.conjuncts]  # "with broken bones and head injuries"
    harm = {_HARM_NOUNS[_lemma(g)] for g in objs if _lemma(g) in _HARM_NOUNS} if obj.dep_ == "dobj" else set()
    if len(harm) == 1:
        return harm.pop()
    for t in obj.doc[obj.right_edge.i + 1 : sent.end]:
        if t.is_punct or t.pos_ in ("CCONJ", "SCONJ") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None
        if t.lower_ in _STATE_ADJ and _STATE_ADJ[t.lower_] in _PEOPLE_STATES:
            return _STATE_ADJ[t.lower_]
    return None


def _cumulative_loss(fig: "Token", sent: "Span") -> bool:
    """A force's losses counted over a war ("lost a total of 641,200 troops", tens of thousands or
    more): killed, wounded, captured and missing together, not its dead ("has so far lost seven
    soldiers" are its dead)."""
    if {t.lower_ for t in sent} & {"total", "overall", "altogether"}:
        return True
    try:
        return float(fig.text.replace(",", "")) >= 10_000
    except ValueError:
        return False


def _event_noun(prep: "Token") -> "Token | None":
    """The noun of what happened that a preposition hangs on ("the deaths [of]", "injuries [to]"), also
    when the parser hung the preposition on the verb ("recorded ... injuries [to] 3,120 people")."""
    cands = [prep.head] + ([prep.doc[prep.i - 1]] if prep.i > 0 else [])
    for noun in cands:
        if noun.pos_ == "NOUN" and _lemma(noun) in _EVENT_NOUNS and (prep.lower_ == "of" or _lemma(noun) == "injury"):
            return noun
    return None


def _part_of(noun: "Token", sent: "Span") -> tuple[list[str], "Token | None"]:
    """The state of the group a figure is part of: "killed 40 people, including 12 children",
    "40 people, among them 12 children, were killed" — the part shares what happened to the whole."""
    whole: "Token | None" = None
    # "including 1,200 children, 850 women and 140 elderly people": each part of the list is a part
    hops = 0
    while noun.dep_ == "conj" and noun.head.i != noun.i and hops < 8 and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun, hops = noun.head, hops + 1
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among") and noun.head.dep_ == "prep":
        whole = noun.head.head
    elif noun.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ == "among" for c in noun.children):
        whole = noun.head
    elif noun.dep_ in ("attr", "nsubj") and noun.head.pos_ in ("AUX", "VERB") and _lemma(noun.head) == "be":
        # "Among the dead are 214 children": the group the clause opens with
        verbs = [noun.head] + ([noun.head.head] if noun.head.dep_ == "conj" else [])  # "..., and 1,000 were women"
        among = [g for v in verbs for c in v.children if c.dep_ == "prep" and c.i < noun.i
                 and (c.lower_ == "among" or c.lower_ == "of" and c.i == c.sent.start)  # "Of the total death toll, 1,124 were children"
                 for g in c.children if g.dep_ == "pobj"]
        whole = among[0] if among else None
    if whole is not None and whole.pos_ in ("VERB", "AUX") and noun.head.i > sent.start:
        # "has risen to over 9,400, including 3,100 children": the parser hung the list on the verb;
        # the whole is the figure right before it
        k = noun.head.i - 1
        while k > sent.start and noun.doc[k].is_punct:
            k -= 1
        prev = noun.doc[k]
        if prev.pos_ == "NUM" or any(c.dep_ == "nummod" for c in prev.children):
            whole = prev
    if whole is None or not (sent.start <= whole.i < sent.end) or whole.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return [], None
    num = next((c for c in whole.children if c.dep_ == "nummod"), None)
    state, word = read_state(whole, num, None, sent)
    if whole.pos_ == "NUM" and state in (None, "present", "level", "change"):
        # "the death toll ... has risen to over 9,400, including 3,100 children": what the total counts
        totals = [t for t in noun.doc[sent.start : whole.i] if t.pos_ == "NOUN" and _lemma(t) in _TOTAL_NOUNS]
        said = _noun_state(totals[-1]) if totals else []
        state, word = (_combine(said), totals[-1]) if said else (state, word)
    if state is None or state == "present":
        return [], None
    return [state], word


def _partitive_cut_off(number: "Token | None", sent: "Span") -> tuple[str, "Token"] | None:
    """"on Wednesday 10 of its peacekeepers were killed" parsed with the number on the weekday: the
    state of the passive verb right after the group the number is a part of."""
    if number is None or number.i + 3 >= sent.end or number.doc[number.i + 1].lower_ != "of" \
            or number.doc[number.i + 1].head.i == number.i or number.head.lower_ not in _WEEKDAY_WORDS:
        return None
    doc = number.doc
    people = next((c for c in doc[number.i + 1].children if c.dep_ == "pobj"), None)
    if people is None:
        return None
    k = people.i + 1
    while k < sent.end and doc[k].pos_ == "AUX":
        k += 1
    if k < sent.end and k > people.i + 1 and doc[k].lower_ in _STATE_ADJ:
        return _STATE_ADJ[doc[k].lower_], doc[k]
    # the same group as the subject of an active verb: "... 10 of its peacekeepers died / perished / fled",
    # "... lost their lives"
    if k == people.i + 1 and k < sent.end and doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        low = _lemma(doc[k])
        if low == "lose" and k + 2 < sent.end and doc[k + 2].lower_ in ("life", "lives"):
            return "killed", doc[k]
        if low in _SUBJECT_VERBS and _SUBJECT_VERBS[low] != "present":
            return _SUBJECT_VERBS[low], doc[k]
    return None


# verbs of knowing that pass on what their clause says ("confirmed to have collapsed", "feared to have died")
_BELIEVE_VERBS = {"confirm", "believe", "fear", "think", "know", "report", "say", "presume", "estimate", "suspect"}
# a group named by what happened to it, which a figure is part of: "54 of those who perished were
# children", "Of those killed, 12 were foreign nationals", "among the people evacuated, 300 ..."
_GROUP_HARM = (r"(lost\s+their\s+lives|died|perished|drowned|killed|slain|dead|injured|wounded|hurt|missing|"
               r"unaccounted\s+for|rescued|evacuated|displaced|captured|taken\s+(?:prisoner|captive|hostage)|"
               r"detained|arrested|hospitali[sz]ed)\b")
_GROUP_RE = (r"(?:those|the\s+(?:people|persons|victims|ones|residents|villagers|civilians|soldiers|troops|passengers))\s+"
             r"(?:(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:been\s+|were\s+|are\s+|was\s+|is\s+|remain\s+|remained\s+)?)?"
             r"(?:reported\s+|confirmed\s+|officially\s+|still\s+|later\s+|so\s+far\s+)?"
             r"(?:(?:listed|registered|counted|recorded|reported)\s+as\s+)?" + _GROUP_HARM)
_OF_GROUP_AFTER_RE = re.compile(r"\s+(?:of|among)\s+" + _GROUP_RE, re.IGNORECASE)
_OF_GROUP_BEFORE_RE = re.compile(r"(?:^\W*|[,;:]\s+|\bthat\s+|\b(?:said|reported|stated|added)\s+)(?:of|among)\s+" + _GROUP_RE
                                 + r"(?:[^,;.]{0,60},\s*|\s+(?:were|are|was|is)\s+)"
                                 r"(?:(?:at\s+least|about|around|roughly|some|nearly|almost|more\s+than|over|only|just|an\s+estimated)\s+)?$",
                                 re.IGNORECASE)
_GROUP_STATES = {"lost their lives": "killed", "died": "killed", "perished": "killed", "drowned": "killed",
                 "killed": "killed", "slain": "killed", "dead": "killed", "injured": "wounded", "wounded": "wounded",
                 "hurt": "wounded", "missing": "missing", "unaccounted for": "missing", "rescued": "rescued",
                 "evacuated": "evacuated", "displaced": "displaced", "captured": "captured", "detained": "arrested",
                 "arrested": "arrested", "hospitalised": "wounded", "hospitalized": "wounded"}


# both fates in one count ("the dead and missing", "killed or missing", "missing or dead")
_DEAD_MISSING_RE = re.compile(r"\b(?:dead|killed|deaths?|died|fatalities)\s+(?:and/or|and|or)\s+(?:the\s+)?(?:missing|unaccounted\s+for|disappeared)\b"
                              r"|\b(?:missing|unaccounted\s+for)\s+(?:and/or|and|or)\s+(?:the\s+)?(?:dead|killed)\b", re.IGNORECASE)


def _dead_and_missing(number: "Token", sent: "Span") -> bool:
    """True when the words right around the figure (no other figure, no sentence break between) count the
    dead and the missing together."""
    text = sent.doc.text
    end = number.idx + len(number.text)
    for m in _DEAD_MISSING_RE.finditer(text, max(sent.start_char, number.idx - 70), min(sent.end_char, end + 50)):
        gap = text[m.end() : number.idx] if m.end() <= number.idx else text[end : m.start()]
        if not re.search(r"\d|[;:.]|\b(?:while|but|whereas)\b", gap):
            return True
    return False


def _own_end(noun: "Token", number: "Token | None", sent: "Span") -> tuple[str, "Token"] | None:
    """A part of a named group ("Five of the injured", "12 of those rescued") that is the subject of a verb
    of dying ("later died", "succumbed") or of being found dead or alive: that end, and its verb."""
    part = next((t for t in (noun, number) if t is not None and t.dep_ in ("nsubj", "nsubjpass")), None)
    if part is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in part.children):
        return None
    verb = part.head
    if not (sent.start <= verb.i < sent.end) or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    low = _lemma(verb)
    if low in ("die", "perish", "succumb", "drown"):
        return "killed", verb
    if low in ("find", "pull", "bring", "rescue") and any(c.lower_ in ("alive", "safe") for c in verb.children):
        return "rescued", verb
    if low == "find" and any(c.lower_ == "dead" for c in verb.children):
        return "killed", verb
    return None


def group_state(number: "Token | None", sent: "Span") -> tuple[str, str] | None:
    """What happened to the group a figure is a part of, read from the words: "54 of those who
    perished", "Of those killed, 12 were ...". Returns (state, the group's word normalised:
    "killed", "injured", "missing", ...) or None."""
    if number is None or not (sent.start <= number.i < sent.end):
        return None
    text = sent.doc.text
    after = _OF_GROUP_AFTER_RE.match(text, number.idx + len(number.text), sent.end_char)
    # (on the sentence's own words: "^" is its start, "Of those killed, 145 were ...")
    found = after or _OF_GROUP_BEFORE_RE.search(text[sent.start_char : number.idx])
    if found is None:
        return None
    said = re.sub(r"\s+", " ", found.group(1).lower())
    if said.startswith("taken "):
        return "captured", "captured"
    state = _GROUP_STATES[said]
    word = {"killed": "killed", "wounded": "injured", "missing": "missing"}.get(state, said)
    return state, word


# "3,633 are listed killed", "40 were officially registered as missing": a list says what happened to them
_LISTED_RE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been|remain|remains|remained)\s+"
                        r"(?:now\s+|still\s+|officially\s+|formally\s+)?(?:listed|registered|recorded|counted|classified|declared)\s+"
                        r"(?:as\s+)?(killed|dead|deceased|missing|injured|wounded|displaced|evacuated|captured|homeless)\b", re.IGNORECASE)


def listed_state(number: "Token | None", sent: "Span") -> str | None:
    """The state a figure's people are listed in ("3,633 are listed killed"), or None."""
    if number is None or not (sent.start <= number.i < sent.end):
        return None
    found = _LISTED_RE.match(sent.doc.text, number.idx + len(number.text), sent.end_char)
    return _STATE_ADJ.get(found.group(1).lower()) if found else None


_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


# qualifiers the parser may read as prepositions ("over 15 are in captivity")
_QUANT_PREPS = {"over", "around", "about", "under", "nearly", "almost", "some", "roughly", "approximately"}
_AT_QUALIFIERS = {"around", "about", "nearly", "almost", "roughly", "some", "approximately", "over", "more", "than",
                  "at", "least", "most", "up", "to", "between", "close", "just", "under", "fewer", "less", "an", "estimated"}


def valued_noun(number: "Token | None", sent: "Span") -> "Token | None":
    """The state noun a figure after "at" values: "X estimates deaths at around 25,000", "put
    casualties, including the wounded, at nearly 95,000" (a comma-set aside between them skipped)."""
    if number is None:
        return None
    doc = number.doc
    k = number.i - 1
    while k > sent.start and doc[k].lower_ in _AT_QUALIFIERS and doc[k].lower_ != "at":
        k -= 1
    if k <= sent.start or doc[k].lower_ != "at":
        return None
    k -= 1
    if doc[k].text == ",":  # ", including the wounded," between the noun and "at"
        j = k - 1
        while j > max(sent.start, k - 10) and doc[j].text != ",":
            j -= 1
        if doc[j].text != ",":
            return None
        k = j - 1
    noun = doc[k]
    if noun.pos_ == "NOUN" and _lemma(noun) in _STATE_NOUNS and _lemma(noun) not in ("toll", "case", "vote", "seat") \
            and _STATE_NOUNS[_lemma(noun)] in _PEOPLE_STATES:
        return noun
    return None


def read_state(noun: "Token", number: "Token | None", measure: str | None, sent: "Span",
               kind: str = "count") -> tuple[str | None, "Token | None"]:
    """The state of a figure, and the token that says it.

    Args:
        noun: the counted noun (or the number token when nothing is counted).
        number: the figure's number token.
        measure: the figure's measure so far (its words are a last resort).
        sent: the figure's line-cut sentence.
        kind: the quantity's kind (count, number, percent, money, ...).

    Returns:
        (state or None, the word that gave it or None)
    """
    if kind == "money":
        return "amount", None
    along = _along_with_verb(noun) or (_along_with_verb(number) if number is not None else None)
    if along is not None:
        # "Arno Vell, along with 10 other Orlanis, was killed": the group beside the subject shares its predicate
        said = _verb_state(along, "patient" if any(c.dep_ in ("auxpass", "nsubjpass") for c in along.children) else "agent")
        if said and not set(said) <= {"present"}:
            return _combine(said), along
    if noun.ent_type_ == "NORP" and noun.dep_ == "amod" and noun.head.i == noun.i + 1 and noun.head.pos_ == "VERB" \
            and noun.head.dep_ in ("nsubj", "nsubjpass") and sent.start <= noun.head.head.i < sent.end:
        # "ten Orlanese serving in the army have been killed" (the people's name read as the participle's
        # adjective, the participle as the subject): what the clause's verb says of them
        said = _verb_state(noun.head.head, "patient" if noun.head.dep_ == "nsubjpass" else "agent")
        if said and not set(said) <= {"present"}:
            return _combine(said), noun.head.head
    if number is not None and noun.i == number.i and number.dep_ == "quantmod" and number.head.like_num \
            and number.i < number.head.i <= number.i + 3 and sent.start <= number.head.i < sent.end:
        noun = number = number.head  # "300 to 400 are believed dead": the range's last number carries the clause
    # "estimates deaths at around 25,000 and total casualties, including the wounded, at nearly 95,000":
    # the noun right before "at" is what the figure puts a number on, however the parse hung the figure
    valued = valued_noun(number, sent)
    if valued is not None:
        return _STATE_NOUNS[_lemma(valued)], valued
    # "there may be as many as 20 more under the rubble": "more" hangs on the word that
    # says what happened to them (the parse leaves the figure on "more")
    more = number.head if number is not None and number.dep_ in ("npadvmod", "nummod", "quantmod") else None
    if more is not None and more.lower_ in ("more", "others") and more.head.lower_ in _STATE_ADJ \
            and more.head.dep_ in ("acomp", "oprd", "xcomp", "amod") and sent.start <= more.head.i < sent.end:
        return _STATE_ADJ[more.head.lower_], more.head
    # "estimate the tally of losses at least 4,200 troops", "put the number of dead at 300": a total of a
    # harm right before the figure says what it counts, whatever the parser hung the figure's noun on
    if number is not None and sent.start_char <= number.idx:
        before = sent.doc.text[sent.start_char : number.idx]
        tally = _TALLY_OF_RE.search(before) or _HARM_AT_RE.search(before)
        if tally is not None:
            return _TALLY_OF_STATES[re.sub(r"\s+", " ", tally.group(1).lower())], None
        if _CAMP_TOTAL_RE.search(before):
            return "displaced", None  # "the count of those in relief camps at 61,200": the displaced
    # "said on Wednesday 10 of its peacekeepers were killed": the parser hung the number on the weekday
    # and left the passive verb after the group without a subject; the verb right after the group says
    # what happened to the part counted
    found_after = _partitive_cut_off(number, sent)
    if found_after is not None:
        return found_after
    # "Five of the injured later died", "two of the missing were found alive": what then happened to the part
    # outranks the group it was taken from
    later = _own_end(noun, number, sent)
    if later is not None:
        return later
    # "At least 150 of the village's 1,800 residents were killed", "many of the area's population of 30,000 were
    # left homeless": the whole a part is taken from, or a population, is a size, not the harmed
    for head in (noun, number):
        if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" and sent.start <= head.head.head.i < sent.end \
                and (head.head.head.like_num and head.head.head.i < head.i and (number is None or head.head.head.i != number.i)
                     or _lemma(head.head.head) in ("population", "populace")) \
                and set(_noun_state(noun)) <= {"present"} \
                and not (head.i + 1 < sent.end and head.doc[head.i + 1].lower_ in _STATE_ADJ):  # ("30 of the 80 wounded")
            return "present", None
    # "54 of those who perished were children", "Of those killed, 12 were ...": the part shares the group's fate
    grouped = group_state(number, sent)
    if grouped is not None:
        return grouped[0], None
    # "the safety of 211 people remains unconfirmed", "the whereabouts of 40 are unknown": missing
    for head in (noun, number):
        if head is None or head.dep_ != "pobj" or head.head.lower_ != "of" \
                or head.head.head.lemma_.lower() not in _FATE_NOUNS:
            continue
        owner = head.head.head
        verb = owner.head
        fate_words = {c.lower_ for c in verb.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp")} | {verb.lower_}
        denied = any(c.dep_ == "neg" for c in verb.children)
        if fate_words & _UNKNOWN_WORDS or denied and fate_words & {"confirmed", "known", "established", "clear"}:
            return "missing", owner
        if fate_words & {"confirmed", "known", "established"}:
            return "present", owner  # "the whereabouts of 121 were confirmed": found, no longer missing
    # a headline "Six Nepalis killed fighting for Norland": the participle the tagger read as an active
    # verb with its subject says what happened to them (a headline line drops "were")
    verb0 = noun.head
    if noun.dep_ == "nsubj" and verb0.lower_ in _HEADLINE_STATES and verb0.i > noun.i \
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb0.children) \
            and not any(c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or c.lemma_.lower() in _PEOPLE_WORDS
                                               or any(g.dep_ == "nummod" for g in c.children)) for c in verb0.children):
        doc1 = noun.doc
        line_end = doc1.text.find("\n", verb0.idx)
        line = doc1.text[doc1.text.rfind("\n", 0, verb0.idx) + 1 : line_end if line_end >= 0 else len(doc1.text)].rstrip()
        if line and line[-1] not in ".!?\"”'’:" and len(line) < 160:
            return _HEADLINE_STATES[verb0.lower_], verb0
    # "one soldier, who has been made hostage", "two sailors held captive": captured, whatever the
    # clause around says of them ("efforts to release one soldier, who ...")
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in ("make", "take", "hold", "keep") \
                and any(c.lower_ in ("hostage", "hostages", "captive", "captives", "prisoner", "prisoners")
                        and c.dep_ in ("oprd", "attr", "dobj", "acomp", "xcomp", "npadvmod", "advmod") for c in clause.children):
            return "captured", clause
    # "took 23 peacekeepers hostage", "held 40 workers captive": the parse made the people a compound of the word
    if noun.dep_ == "compound" and _lemma(noun.head) in ("hostage", "captive", "prisoner") and noun.head.dep_ in ("dobj", "oprd") \
            and _lemma(noun.head.head) in ("take", "hold", "keep") and _is_people(noun):
        return "captured", noun.head.head
    # "13 suffered injuries", "five sustained burns": the parse read "suffered" as the noun's adjective
    if _lemma(noun) in _HARM_NOUNS and number is not None and noun.i > number.i and any(
            c.dep_ == "amod" and _lemma(c) in _SUFFER_VERBS and c.i == number.i + 1 for c in noun.children):
        return _HARM_NOUNS[_lemma(noun)], noun
    # "the toll passed the 1,000 mark", "a day after the 300 milestone was reached": the mark of a total
    if _lemma(noun) in _MARK_NOUNS and number is not None and number.i < noun.i:
        total = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _TOTAL_NOUNS), None) \
            if noun.dep_ == "dobj" else None
        if total is None:
            total = next((t for t in reversed(noun.doc[sent.start : noun.i]) if _lemma(t) in _TOTAL_NOUNS and t.pos_ == "NOUN"), None)
        said = [x for x in _noun_state(total) if x != "present"] if total is not None else []
        if said:
            return _combine(said), total
    if _lemma(noun) == "case":
        # "89 active cases of missing persons", "cases of active search for the missing": what the
        # cases are of, when it says what happened to people (not "cases of cholera")
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                of_state = [t for t in prep.subtree if t.lower_ in _STATE_ADJ and _STATE_ADJ[t.lower_] in _PEOPLE_STATES]
                if of_state:
                    return _STATE_ADJ[of_state[0].lower_], of_state[0]
        # (the parse may hang "for missing" elsewhere: the words right after "cases of")
        doc0 = noun.doc
        if noun.i + 1 < len(doc0) and doc0[noun.i + 1].lower_ == "of":
            for t in doc0[noun.i + 2 : min(len(doc0), noun.i + 8)]:
                if t.is_punct or t.pos_ in ("VERB", "AUX") and t.lower_ not in _STATE_ADJ:
                    break
                if t.lower_ in _STATE_ADJ and _STATE_ADJ[t.lower_] in _PEOPLE_STATES:
                    return _STATE_ADJ[t.lower_], t
    # "Vellmark (63 fatalities), Sorrin (26), and Pallat (23)": a bare item of a list in parentheses
    # counts what the list's first item named
    doc = noun.doc
    fig_tok = number if number is not None else noun
    if 1 < fig_tok.i < len(doc) - 1 and doc[fig_tok.i - 1].text == "(" and doc[fig_tok.i + 1].text == ")" \
            and doc[fig_tok.i - 2].pos_ == "PROPN":
        for k in range(fig_tok.i - 3, max(sent.start, fig_tok.i - 40) - 1, -1):
            if doc[k].text == "(" and k + 2 < fig_tok.i and doc[k + 1].like_num and doc[k + 2].pos_ == "NOUN":
                return read_state(doc[k + 2], doc[k + 1], None, sent, kind)
    # "Twenty-six of the dead", "40 of the injured": the group they are part of says what happened
    for head in (noun, number):
        if head is None:
            continue
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                group = [g for g in prep.children if g.dep_ == "pobj" and g.lower_ in _STATE_ADJ
                         and any(d.lower_ == "the" for d in g.children)]
                if group and _STATE_ADJ[group[0].lower_] in _PEOPLE_STATES:
                    return _STATE_ADJ[group[0].lower_], group[0]
    fig = noun
    # "the 2.99 percent": the unit token is what the sentence governs
    if kind in ("percent", "measure", "fraction") and number is not None and number.head.i != number.i \
            and number.dep_ in ("nummod", "compound", "quantmod") and sent.start <= number.head.i < sent.end:
        fig = number.head
    if kind in ("percent", "measure", "fraction"):
        found_share = _percent_state(fig) if kind == "percent" else None
        if found_share is not None:
            return found_share, None
        move = _change_or_level(fig)
        if move is not None:
            return move, None
    # "2,300 killed or wounded": the counted word is itself what happened
    if noun.lower_ in _STATE_ADJ and noun.pos_ in ("VERB", "ADJ") and (number is None or noun.i != number.i):
        either = any(c.dep_ == "cc" and c.lower_ == "or" for c in noun.children)  # "killed or wounded", not "dead and 16 injured"
        # "more than 150 killed and wounded": a conjunct with no figure of its own shares this one
        said = [_STATE_ADJ[noun.lower_]] + [_STATE_ADJ[c.lower_] for c in noun.children
                                            if c.dep_ == "conj" and c.lower_ in _STATE_ADJ and (either or (
                                                c.i == noun.i + 2 and noun.doc[noun.i + 1].lower_ == "and"
                                                and not any(g.dep_ == "nummod" or g.like_num for g in c.children)))]
        return _combine(said), noun
    # what happened, in order: the noun's participles ("others injured"), the predicate the
    # figure is an argument of, the noun's other words ("Palestinians seeking shelter", "casualties")
    found: list[str] = _modifier_state(noun, passive_only=True)
    if not found and noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in ("total", "number", "tally"):
        found = _modifier_state(noun.head.head, passive_only=True)  # "a total of 960 people injured" (hung on "total")
    word: "Token | None" = None
    # "2,000 soldiers deployed to Kursk are believed to have been killed": a participle that only
    # places the counted yields to what the sentence's own predicate says happened to them
    # "some 4,000 of the 12,000 troops sent there had been killed": the whole's participle is not the part's predicate
    partitive = number is not None and number.i != noun.i and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.i == number.i
    # "killed or wounded at least 30 soldiers who had been deployed there": the verb the figure is
    # the object of says what happened, not the clause that places them
    placed_by_participle = found if found and set(found) <= {"present"} and (
        noun.dep_ in ("nsubj", "nsubjpass") or partitive
        or noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and bool(_verb_state(noun.head, "patient"))) else []
    if placed_by_participle:
        found = []
    if not found and noun.dep_ in ("nsubj", "nsubjpass"):
        # ("lost over 9,000 servicemen, and more than 300 weapons were destroyed": the parse made the
        # servicemen the subject of "destroyed"; the verb right before them has no object of its own)
        found, word = _object_of_verb_before(noun, sent)
    if not found:
        found, word = _shared_with_as_well_as(noun, sent)
    if not found:
        arg = noun
        # "2,014 people have been found dead", "captured three soldiers", "45 wounded"
        for cand in ([arg] + ([number] if number is not None and number.i != arg.i else [])):
            # "a total of 4,493 people have died": the total's role is the people's
            if cand.dep_ == "pobj" and cand.head.lower_ == "of" and _lemma(cand.head.head) in ("total", "number", "tally") \
                    and cand.head.head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
                cand = cand.head.head
            dep = cand.dep_
            head = cand.head
            if dep in ("npadvmod", "dobj", "appos") and head.pos_ == "VERB" and head.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("since", "after", "when", "as", "while") for m in head.children):
                fronted_main = head.head
                if fronted_main.pos_ in ("VERB", "AUX") and fronted_main.i > cand.i and sent.start <= fronted_main.i < sent.end \
                        and any(t.text == "," for t in cand.doc[head.i + 1 : cand.left_edge.i]) \
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in fronted_main.children):
                    # "Since the war began, over 3,300 officers ... have been killed": the parse hung the
                    # figure on the fronted clause's verb; it is the subject of the main verb after it
                    passive_main = any(c.dep_ == "auxpass" for c in fronted_main.children)
                    dep, head = ("nsubjpass" if passive_main else "nsubj"), fronted_main
            if dep == "pobj" and head.lower_ in _QUANT_PREPS and head.i == cand.i - 1 and head.dep_ == "prep" \
                    and head.head.pos_ in ("VERB", "AUX") and head.head.i > cand.i \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children):
                # "and over 15 are in captivity": the parse read the qualifier as a preposition of the verb
                # after the figure; the figure is that verb's subject
                dep, head = "nsubj", head.head
            hops = 0
            nxt = cand.doc[cand.i + 1] if cand.i + 1 < len(cand.doc) else None
            if dep == "conj" and nxt is not None and nxt.pos_ in ("AUX", "VERB") and nxt.i < sent.end:
                # "104 people had been confirmed dead and 27 were still missing": 27 has its own verb
                verb = nxt if nxt.pos_ == "VERB" or nxt.head.i == nxt.i else nxt.head
                found = _verb_state(verb, "agent") or _verb_state(nxt, "agent")
                if found:
                    word = verb
                    break
            while dep in ("conj", "appos") and hops < 8 and head.head.i != head.i:  # "damaged 42 buildings, 2 roads, ..."
                dep, head = head.dep_, head.head
                hops += 1
            if head.i == cand.i or not (sent.start <= head.i < sent.end):
                continue
            if dep == "dobj" and _lemma(head) == "leave" and _left_in_state(cand, sent) is not None:
                found = [_left_in_state(cand, sent) or ""]  # "leaving 38 hotel workers ... still missing"
            elif dep in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX", "ADJ"):
                found = _verb_state(head, "patient")
                if not found and dep == "dobj" and _lemma(head) in ("include", "comprise"):
                    # "Those killed include five Romanians", "the dead included 12 children": what the group went through
                    whole = next((c for c in head.children if c.dep_ == "nsubj"), None)
                    found = [x for x in _noun_state(whole) if x != "present"] if whole is not None else []
                if not found and dep == "nsubjpass":
                    head, found = _believed_state(head, head)
            elif dep == "nsubj" and head.pos_ in ("VERB", "AUX", "ADJ"):
                if head.pos_ == "AUX" and head.dep_ == "auxpass" and head.head.tag_ == "VBN" and sent.start <= head.head.i < sent.end:
                    # "799 people are severely injured": the subject hung on the auxiliary of a passive
                    found = _verb_state(head.head, "patient")
                    if found:
                        word = head.head
                        break
                main = _main_verb_after_participle(head, sent)
                if main is not None:  # "40 villagers sheltering in a school were evacuated"
                    head = main
                    found = _verb_state(main, "patient" if any(c.dep_ == "auxpass" for c in main.children) else "agent")
                    if not found:
                        head, found = _believed_state(main, head)
                else:
                    found = _verb_state(head, "agent")
                    if not found and head.tag_ in ("VBN", "VBD") and _lemma(head) in _BELIEVE_VERBS \
                            and any(c.dep_ == "xcomp" for c in head.children):
                        # "with 6,000 buildings confirmed to have collapsed": the subject of a bare participle of knowing
                        head, found = _believed_state(head, head)
                    if "present" in found and head.tag_ in ("VBD", "VBN"):
                        # "2,000 soldiers deployed there are believed to have been killed": a bare
                        # participle the parser made the clause's verb; the predicate is its auxiliated sibling
                        # (or, when the parse went further astray, the first passive verb of the
                        # same clause: no comma or conjunction between)
                        ahead = []
                        for t in noun.doc[head.i + 1 : min(sent.end, head.i + 14)]:
                            if t.text in (",", ";", ":", "—", "–") or t.dep_ == "cc" or t.lower_ in ("and", "or", "but"):
                                break
                            if t.pos_ == "VERB" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
                                ahead.append(t)
                                break
                        for sib in [*head.children, *ahead]:
                            if (sib.dep_ == "conj" or sib in ahead) and sib.pos_ == "VERB" and sib.i < sent.end \
                                    and not any(c.dep_ in ("nsubj", "expl", "cc") for c in sib.children) \
                                    and (sib in ahead or not any(c.dep_ == "nsubjpass" for c in sib.children)) \
                                    and not any(c.dep_ == "cc" and c.i < sib.i for c in head.children) \
                                    and any(c.dep_ == "auxpass" for c in sib.children):
                                main_found = _verb_state(sib, "patient")
                                main_head = sib
                                if not main_found:
                                    main_head, main_found = _believed_state(sib, sib)
                                if main_found and not set(main_found) <= {"present"}:
                                    head, found = main_head, main_found
                                break
            elif dep == "pobj" and head.lower_ == "of" and _lemma(head.head) == "life" and head.head.dep_ == "dobj" \
                    and _lemma(head.head.head) in ("claim", "take", "cost"):
                found = ["killed"]  # "the fighting has claimed the lives of 75 civilians"
            elif dep == "pobj" and head.lower_ in ("of", "to") and _event_noun(head) is not None:
                found = [_EVENT_NOUNS[_lemma(_event_noun(head) or head)]]  # "the deaths of 2,917 civilians", "injuries to 40 people"
            elif dep == "pobj" and head.lower_ in ("of", "to", "into", "on") and head.head.pos_ == "VERB":
                gov = head.head
                if head.lower_ == "of":
                    found = _verb_state(gov, "patient")  # "the killing of 40 civilians"
                elif head.lower_ == "to" and _lemma(gov) == "set" and any(_lemma(c) == "fire" for c in gov.children):
                    found = ["damaged"]  # "setting fire to three banks"
            elif dep == "pobj" and head.lower_ in ("to", "in", "of") and _lemma(head.head) in ("damage", "destruction", "devastation"):
                found = ["damaged"]  # "damage to 50 schools", "destruction in seven villages"
            if found and _lemma(head) in _PEOPLE_ONLY and _lemma(noun) not in _PEOPLE_NOUNS | _FORCE_NOUNS | _PEOPLE_WORDS \
                    and not (_is_people(noun) and any(_lemma(c) == "life" for c in head.children)):  # ("108 servicemen lost their lives")
                found = []
            if found:
                word = head
                break
    if placed_by_participle and (not found or set(found) <= {"present"}):
        found, word = placed_by_participle, None
    if not found and noun.dep_ not in ("dobj", "nsubjpass"):
        found, word = _object_of_verb_before(noun, sent)
    if not found:
        found = _noun_state(noun)
        if found == ["killed"] and _lemma(noun) == "life" and _lemma(noun.head) in ("save", "spare"):
            found = ["rescued"]
    if not found:
        found, part_word = _part_of(noun, sent)
        word = part_word or word
    if not found and noun.dep_ == "appos" and _lemma(noun.head) in _TOTAL_NOUNS:
        found = _noun_state(noun.head)  # "estimate the losses at least 6,000 people"
    if (not found or set(found) <= {"present"}) and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and (_lemma(noun.head.head) in _REMAINS or noun.head.head.lower_ in ("remains", "corpses")):
        found = ["killed"]  # "the bodies of 3,958 people have been recovered"
    if not found:
        total = total_of(number if number is not None else noun) or (total_of(noun) if number is not None else None)
        if total is not None and sent.start <= total.i < sent.end:
            found = _noun_state(total)
            if not found and _lemma(total) in _FORCE_NOUNS:
                found = ["present"]  # "the force numbers 10,000", "bringing the force to 14,000"
    if not found:
        found, pred = _predicate_right_after(noun, number, sent)
        word = pred or word
    if not found:
        found = _total_before_subjectless_verb(number if number is not None else noun, sent)
    if not found and measure:
        for w in measure.lower().split():
            w2 = w[:-3] + "y" if w.endswith("ies") else w.rstrip("s")
            if _said_state(w):
                found = [_said_state(w) or ""]
            elif w2 in _STATE_NOUNS or w in _STATE_NOUNS:
                found = [_STATE_NOUNS.get(w2) or _STATE_NOUNS[w]]
            elif w.endswith("sses") and w[:-2] in _STATE_NOUNS:
                found = [_STATE_NOUNS[w[:-2]]]  # "losses" (not "losse")
            if found:
                break
    if not found and kind in ("count", "number"):
        move = _change_or_level(number if number is not None else noun)
        if move is not None and _lemma(noun) not in _PEOPLE_NOUNS | _FORCE_NOUNS | _PEOPLE_WORDS:
            return move, None
    state = _combine(found)
    if state == "wounded" and noun.dep_ in ("nsubj", "nsubjpass") and _lemma(noun.head) in ("die", "succumb", "perish") \
            and sent.start <= noun.head.i < sent.end:
        state = "killed"  # "17 troops who were critically injured succumbed to their injuries": they died
    if state == "wounded" and word is not None and any(
            c.dep_ == "conj" and _lemma(c) in ("die", "succumb", "perish") and sent.start <= c.i < sent.end
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in word.children):
        state = "killed"  # "two others were wounded and later died in hospital": the wounded who died are dead
    if state == "rescued" and _lemma(noun) in _REMAINS:
        state = "killed"  # "38 bodies were pulled from the rubble": the dead recovered, nobody saved
    if state == "killed" and word is not None and _lemma(word) == "lose" and _cumulative_loss(number or noun, sent) \
            and not any(_lemma(c) == "life" for c in word.children):  # "a total of 1,400 have lost their lives": dead
        state = "casualties"  # "Ostland has lost a total of 641,200 troops since ...": a war's losses, not its dead
    if state in (None, "present", "missing") and word is not None and _lemma(noun) in _BUILT_THINGS \
            and _lemma(word) in ("bury", "engulf", "swallow", "sweep", "wash", "flatten"):
        state = "destroyed"  # "the slide buried more than 150 houses", "homes were swept away": lost, not people missing
    if state == "missing" and _lemma(noun) in _REMAINS:
        state = "killed"  # "3,000 bodies were buried": the dead, not people buried alive
    if state == "missing" and word is not None and _lemma(word) == "bury" and _grave_objects(word) \
            and not any(c.lower_ == "alive" for c in word.children):
        state = "killed"  # "more than a thousand have been buried in mass graves": the dead laid to rest
    if state in _FORCE_MOVES and _lemma(noun) in _FORCE_NOUNS and word is not None and _lemma(word) in _FORCE_MOVE_VERBS:
        state = "present"
    if state == "rescued" and _lemma(noun) in _FORCE_NOUNS and (word is not None and word.lower_ == "alive"
                                                               or _STILL_ALIVE_RE.match(sent.doc.text[noun.idx + len(noun.text) : sent.end_char])):
        # "3,221 mercenaries are still alive", "640 troops remain alive", "470 soldiers have survived" (however
        # the parser hung "alive"): a fighting force still there, not people saved
        state = "present"
    stay = number.head.head if number is not None and number.dep_ == "pobj" and number.head.i == number.i - 1 \
        and number.head.lower_ in ("around", "about", "over", "under", "near", "above") else None
    if state in (None, "present") and stay is not None and number is not None and stay.i > number.i and _lemma(stay) in ("be", "remain", "stay", "live") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in stay.children) \
            and (_prep_objects(stay, ("in", "at", "inside")) & _SHELTER_NOUNS or _shelter_objects(stay, ("in", "at", "inside"))):
        state = "displaced"  # "Around 24,000 were still at shelters" with "Around" read as a preposition
    if state in (None, "present") and _is_people_or_homes(noun) \
            and _WITHOUT_RE.match(sent.doc.text[noun.idx + len(noun.text) : sent.end_char]):
        state = "affected"  # "12,000 customers remain without power" read from the words, whatever the parse
    if state in ("destroyed", "damaged", None, "present", "casualties") and word is not None and _is_people(noun) \
            and _lemma(noun) not in _HOME_WORDS and (_lemma(word) == "destroy" or _lemma(word) == "gun" and any(
                c.lower_ == "down" and c.dep_ in ("prt", "advmod", "prep") for c in word.children)):
        state = "killed"  # a force's word for its kills ("the navy destroyed 31 raiders"), "three were gunned down"
    if state in (None, "present") and _is_people(noun):
        rest = sent.doc.text[noun.idx + len(noun.text) : sent.end_char]
        among = _AMONG_THE_HARMED_RE.match(rest)
        if among:
            state = _AMONG_STATES.get(among.group(1).lower(), "killed")  # "80 children were among those who died"
        elif number is not None and _TOLL_LEVEL_RE.search(sent.doc.text[sent.start_char : number.idx]):
            state = "killed"  # "the toll of civilians has remained at 61": the toll's level
    if state in (None, "present") and number is not None:
        state = listed_state(number, sent) or state  # "3,633 are listed killed"
    if state in (None, "present") and (_lemma(noun) in _REMAINS - {"coffin"} or noun.lower_ in ("corpse", "corpses")) \
            and noun.pos_ == "NOUN" and not any(  # (the lemmatizer makes "corpses" "corps")
            c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or _lemma(c) in _BODY_OF_KIND or c.lower_ in _BODY_OF_KIND)
            for c in noun.children):
        state = "killed"  # "located another eight corpses", "12 bodies lay in the square": the dead
    if state in _PEOPLE_STATES and not _is_people(noun) and not (state == "killed" and _lemma(noun) in _ANIMAL_NOUNS):
        state = None
    if state in ("damaged", "destroyed") and _lemma(noun) in _PEOPLE_NOUNS | _PEOPLE_WORDS | _FORCE_NOUNS:
        state = None  # "people felt unsafe": only things are damaged
    if state in (None, "present") and kind in ("count", "number") and _no_state_said(noun, number):
        return None, None  # "families of 60 Orlanis have filed requests": nothing is said of where they are
    if state is None and kind in ("count", "number"):
        state = "present"  # nothing happens to them: they are there (troops, camps, candidates)
    if state in (None, "present", "killed", "missing") and number is not None and _dead_and_missing(number, sent):
        state = "dead_or_missing"  # "the number of dead and missing reached 1,560": both fates in one count
    mover = word if word is not None else noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    if state == "present" and mover is not None and _lemma(mover) in ("rotate", "pull", "move") and _lemma(noun) in _FORCE_NOUNS \
            and any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in mover.children):
        state = "withdrawn"  # "1,200 soldiers were rotated out of the region": a force leaving, not one there
    return state, word


# the counted named among the harmed, after their noun ("... and 97 women were among those who lost their lives")
_AMONG_THE_HARMED_RE = re.compile(r"(?:\s+and\s+(?:\w+\s+){1,3}?)?\s*(?:,\s*)?(?:were|are|was|is)\s+(?:also\s+)?among\s+"
                                  r"(?:those|the\s+people|the\s+victims|the\s+ones|the)\s+(?:who\s+(?:have\s+|had\s+)?)?"
                                  r"(lost\s+their\s+lives|died|perished|were\s+killed|killed|dead|injured|wounded|hurt|missing)\b",
                                  re.IGNORECASE)
_AMONG_STATES = {"injured": "wounded", "wounded": "wounded", "hurt": "wounded", "missing": "missing"}
# a toll's level named just before the figure ("the death toll of civilians has remained at", "the toll reached")
_TOLL_LEVEL_RE = re.compile(r"\b(?:death\s+)?toll\b(?:\s+of\s+[\w-]+){0,2}\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|so\s+far\s+)?"
                            r"(?:remained|remains|stayed|stays|stood|stands|reached|reaches|rose|rises|climbed|climbs|hit)\s+"
                            r"(?:at\s+|to\s+)?(?:at least\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$",
                            re.IGNORECASE)
# a force said to be still living, read from the words after its noun
_STILL_ALIVE_RE = re.compile(r"[^,.;:]{0,30}?\b(?:(?:are|were|is|was|remains?|remained|stays?|stayed)\s+(?:still\s+|now\s+|only\s+)?alive"
                             r"|(?:have|has|had)\s+(?:\w+\s+)?survived|survived)\b", re.IGNORECASE)
_TALLY_OF_STATES = {"losses": "casualties", "casualties": "casualties", "dead": "killed", "deaths": "killed",
                    "fatalities": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded", "missing": "missing",
                    "unaccounted for": "missing", "displaced": "displaced", "homeless": "displaced", "evacuated": "evacuated",
                    "rescued": "rescued"}
_TALLY_OF_RE = re.compile(r"\b(?:tally|number|count|toll|total|estimate|figure)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+\s+|(?:reports|cases|lists?)\s+of\s+(?:the\s+)?[\w-]+\s+)?"
                          r"(?:(?:who|that)\s+(?:are|were|remain|remained|have\s+been|had\s+been)\s+(?:still\s+)?)?"
                          r"(losses|casualties|dead|deaths|fatalities|killed|wounded|injured|missing|unaccounted\s+for|displaced|"
                          r"homeless|evacuated|rescued)\s+"
                          r"(?:(?:at|to|as|is|was|of|stands at|stood at|reached|rose to|climbed to|"
                          r"(?:has\s+|had\s+|have\s+)?(?:now\s+|so\s+far\s+)?(?:remains?|remained|stays?|stayed|stands?|stood|"
                          r"risen|rose|rises|climbed|climbs|dropped|drops|fell|falls|fallen|reached|reaches|increased|jumped|grew|grown)"
                          r"(?:\s+(?:at|to))?)\s+)?"
                          r"(?:at least|at most|about|around|roughly|some|nearly|almost|more than|over|up to|as many as|an estimated)?\s*$",
                          re.IGNORECASE)
# a total of the people in camps or shelters ("the count of evacuees in relief camps at", "the count of
# those at evacuation centres rose to")
_CAMP_TOTAL_RE = re.compile(r"\b(?:tally|number|count|total|figure)\s+of\s+(?:[\w-]+\s+){0,2}?(?:(?:who\s+are\s+|staying\s+|sheltering\s+|living\s+)?"
                            r"(?:in|at|inside))\s+(?:the\s+|government\s+|state\s+)?(?:[\w-]+\s+)?(?:camps?|shelters?|"
                            r"(?:evacuation|relief|transit)\s+(?:cent(?:er|re)s?|sites?|points?))\b[^,;.]{0,30}?\s+"
                            r"(?:at|to|is|was|stands\s+at|stood\s+at|rose\s+to|has\s+risen\s+to|reached|has\s+reached)\s+"
                            r"(?:(?:about|around|nearly|almost|over|more\s+than|some|at\s+least|roughly)\s+)?$", re.IGNORECASE)
# what a household or its people are left without after a storm or a strike ("remained without power")
_WITHOUT_RE = re.compile(r"\s+(?:(?:are|were|is|was|remains?|remained|stays?|stayed|went|go|have been|had been|are being)\s+)?"
                         r"(?:still\s+|now\s+)?(?:left\s+)?without\s+(?:any\s+|running\s+|mains\s+|clean\s+|drinking\s+)?"
                         r"(?:power|electricity|water|heating|heat|gas|internet|phone|mobile|food|shelter|supplies)\b", re.IGNORECASE)
# what is built and can be buried or washed away whole (not the families or households living there)
_BUILT_THINGS = frozenset({"home", "house", "building", "dwelling", "property", "hut", "shop", "structure", "shelter", "school"})
_HOME_WORDS = {"home", "house", "household", "customer", "family", "property", "business", "building", "subscriber",
               "consumer", "connection", "premise", "premises", "user", "account", "meter", "dwelling"}


def _is_people_or_homes(noun: "Token") -> bool:
    """People, or the homes and customers a utility counts."""
    return _is_people(noun) or _lemma(noun) in _HOME_WORDS


# "estimate Ostrian losses at 4,200 troops", "put the casualties at 900": a harm valued at the figure
_HARM_AT_RE = re.compile(r"\b(?:estimat\w*|put|puts|putting|plac(?:e|es|ed|ing)|assess\w*|reckon\w*|gave|give[sn]?)\s+"
                         r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'-]+\s+){0,2}?"
                         r"(losses|casualties|dead|deaths|fatalities|wounded|injured)\s+at\s+"
                         r"(?:at least|at most|about|around|roughly|some|nearly|almost|more than|over|up to|as many as)?\s*$",
                         re.IGNORECASE)
_BARE_TOTALS = {"toll", "tally", "figure", "count", "number", "total"}
_WHERE_PREPS = {"in", "at", "across", "inside", "within", "throughout"}


def bare_total(noun: "Token", number: "Token | None", sent: "Span") -> str | None:
    """The word of a total that says nothing of what it counts: "the toll" (not "the death toll"),
    "the tally could climb to 20,000", "estimated the toll at around 3,000".

    Such a total counts what the figure before it counted ("up to 4,000 killed or wounded ... The
    agency estimated the toll at 3,000"); the caller carries that figure's state over.

    Returns:
        The total's lemma, or None when the figure is no bare total.
    """
    total: "Token | None" = noun if _lemma(noun) in _BARE_TOTALS and noun.pos_ == "NOUN" else None
    if total is None and number is not None:
        total = total_of(number)
        if total is None and number.dep_ == "pobj" and number.head.lower_ == "at" and number.head.head.pos_ == "VERB":
            # "estimated the toll at around 3,000", "put the figure at"
            total = next((c for c in number.head.head.children if c.dep_ == "dobj"), None)
        if total is not None and not (sent.start <= total.i < sent.end and _lemma(total) in _BARE_TOTALS):
            total = None
    if total is None:
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "prep", "acl", "relcl") and c.lower_ not in ("previous", "latest", "new", "overall", "final", "official")
           and not (c.dep_ == "prep" and c.lower_ in _WHERE_PREPS)  # "the count in the capital": where, not what
           for c in total.children):
        return None  # "the death toll", "the number of injured", "the official toll of the quake"
    return _lemma(total)


def _predicate_right_after(noun: "Token", number: "Token | None", sent: "Span") -> tuple[list[str], "Token | None"]:
    """The state of a verb that follows the figure's phrase directly, whatever the parse made of it.

    "... have died fighting for Orlen and another four-thousand-100 have been injured", "and 27
    were still missing": a figure right before its own auxiliaries is that verb's subject even
    where the parser hung it on a noun before it.
    """
    doc = noun.doc
    end = max(noun.i, number.i if number is not None else noun.i)
    while end + 1 < sent.end and (doc[end + 1].like_num or doc[end + 1].text in ("-", "–")
                                  or any(ch.isdigit() for ch in doc[end + 1].text)
                                  or doc[end + 1].lower_ in ("others", "more", "people")):
        end += 1
    if noun.i == end and noun.tag_ == "NNS" and _is_people(noun):
        # "Two other men Jo Palani and Kai Ojha were also killed": the names of the counted, unpunctuated
        j = end + 1
        while j < sent.end and j - end <= 12 and (doc[j].is_alpha and doc[j].text[:1].isupper() or doc[j].lower_ in ("and", ",")):
            j += 1
        names = [t for t in doc[end + 1 : j] if t.text[:1].isupper()]
        if len(names) >= 2 and doc[end + 1].text[:1].isupper() and doc[j - 1].text[:1].isupper():
            end = j - 1
    k = end + 1
    aux = 0
    while k < sent.end and (doc[k].pos_ in ("AUX", "PART") or doc[k].lower_ in ("also", "still", "reportedly", "now", "already")) \
            and doc[k].lower_ not in ("to",):
        aux += doc[k].pos_ == "AUX"
        k += 1
    if not aux and k < sent.end and doc[k].tag_ == "VBN" and doc[k].lower_ in _STATE_ADJ \
            and _STATE_ADJ[doc[k].lower_] in _PEOPLE_STATES and _is_people(noun) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in doc[k].children):
        # "suffered between 180,000 and 240,000 personnel wounded": the participle right after the
        # counted, hung by the parse on the main verb, still says what happened to them
        return [_STATE_ADJ[doc[k].lower_]], doc[k]
    if not aux or k >= sent.end:
        return [], None
    verb = doc[k]
    if verb.pos_ == "VERB" and verb.tag_ in ("VBN", "VBD"):
        passive = any(doc[j].lower_ in ("been", "be", "being", "was", "were", "is", "are") for j in range(end + 1, k))
        return _verb_state(verb, "patient" if passive else "agent"), verb
    if verb.lower_ in _STATE_ADJ:
        return [_STATE_ADJ[verb.lower_]], verb  # "and 27 are still missing"
    return [], None


def _total_before_subjectless_verb(fig: "Token", sent: "Span") -> list[str]:
    """The state of a total that a value verb without a subject of its own gives the figure.

    "the number of soldiers killed or wounded in the war has exceeded 4,000": the parser may make
    "killed" the clause's verb and leave "exceeded" without a subject; the total before it still
    says what is counted (its participles, its "of" noun, its compounds: "death toll").
    """
    verb = fig.head
    if fig.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in _VALUE_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    doc = fig.doc
    total = None
    for k in range(verb.i - 1, sent.start - 1, -1):
        t = doc[k]
        if t.like_num or t.text in (";", ":") or (t.text == "," and total is None and k < verb.i - 1 and doc[k - 1].like_num):
            return []
        if _lemma(t) in _TOTAL_NOUNS and t.pos_ == "NOUN":
            total = t
            break
    if total is None:
        return []
    states: list[str] = [_STATE_NOUNS[_lemma(c)] for c in total.children if c.dep_ == "compound" and _lemma(c) in _STATE_NOUNS]
    for t in doc[total.i + 1 : verb.i]:
        if t.lower_ in _STATE_ADJ and t.pos_ in ("VERB", "ADJ", "NOUN"):
            states.append(_STATE_ADJ[t.lower_])
        elif _lemma(t) in _STATE_NOUNS and t.pos_ == "NOUN" and t.head.lower_ == "of":
            states.append(_STATE_NOUNS[_lemma(t)])
    return states


_PEOPLE_WORDS = {"people", "person", "child", "children", "man", "men", "woman", "women", "family", "household",
                 # men at arms whose word ends like no other people noun ("two gendarmes", "three jawans")
                 "gendarme", "gendarmes", "jawan", "jawans", "constable", "trooper", "cadet",
                 "military",  # "four other Ostrelian military were wounded": servicemen counted
                 "crew", "pilgrim", "tourist", "villager", "civilian", "youth", "adult", "infant", "baby", "citizen",
                 "national", "staff", "inmate", "hostage", "captive", "victim", "body", "corpse", "corpses", "case", "life", "individual",
                 "casualty", "death", "fatality", "dead", "injured", "wounded", "missing", "displaced", "evacuee",
                 "refugee", "survivor", "detainee", "prisoner", "patient", "migrant", "resident", "student", "martyr",
                 "professional", "personnel", "medic", "paramedic", "nurse", "elderly", "local", "hiker", "kid",
                 "police", "policeman", "policemen", "policewoman", "militia", "militiaman", "militiamen",
                 # the armed on the other side, and crews at sea ("30 rebels were slain", "three seafarers killed")
                 "rebel", "insurgent", "jihadist", "jihadi", "gunman", "gunmen", "combatant", "guerrilla", "extremist",
                 "terrorist", "separatist", "seafarer", "mariner", "commander", "leader", "operative",
                 # kin and those close to a speaker ("three of my grandchildren were killed", "two cousins")
                 "grandchild", "grandchildren", "grandson", "granddaughter", "grandparent", "cousin", "sibling",
                 "brother", "sister", "son", "daughter", "parent", "nephew", "niece", "uncle", "aunt", "relative",
                 "neighbour", "neighbor", "friend", "colleague", "classmate", "relatives"}


_GLUED_FIGURE_RE = re.compile(r"\d[\d.,]*(?:million|billion|thousand|lakh|crore|mn|bn|k|m)")


def _is_people(noun: "Token") -> bool:
    """True when the counted noun can be people (or the figure stands alone: "312 remained missing")."""
    if noun.like_num or noun.pos_ == "NUM" or _GLUED_FIGURE_RE.fullmatch(noun.lower_):
        return True  # ("1.2million are sheltering": a figure glued to its magnitude, tagged a noun)
    low = _lemma(noun)
    if low in ("dozen", "score", "hundred", "thousand", "million") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True  # "a dozen have been pulled out alive": a figure standing alone, not "dozens of homes"
    if low in _PEOPLE_NOUNS or low in _FORCE_NOUNS or low in _PEOPLE_WORDS or noun.lower_ in _PEOPLE_WORDS \
            or low in _STATE_NOUNS or noun.lower_ in _STATE_ADJ:
        return True
    if noun.ent_type_ in ("NORP", "PERSON") or noun.pos_ == "PROPN":
        return True
    if low.endswith("ment"):
        return False
    if noun.text[:1].isupper() and noun.tag_ in ("NNS", "NNPS") and noun.i > noun.sent.start and noun.text[1:].islower() \
            and noun.lower_.endswith("s"):
        return True  # a capitalised plural inside a sentence is a people's name the tagger did not know ("35 Mirrawins")
    if low.endswith(("man", "men", "woman", "women")) and low not in ("human",):
        return True  # "servicemen", "riflemen", "firemen", "gunmen"
    return low.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee", "eer", "ese", "ish", "ite"))


# participles that the -ed rule gets wrong ("sent", "fled", "kidnapped")
_PARTICIPLES = {
    "send": "sent", "shoot": "shot", "hurt": "hurt", "flee": "fled", "slay": "slain", "die": "died", "free": "freed",
    "kidnap": "kidnapped", "trap": "trapped", "strand": "stranded", "ship": "shipped", "commit": "committed",
    "flatten": "flattened", "level": "levelled", "take": "taken", "bury": "buried", "lose": "lost",
}  # fmt: skip
# verbs whose own word says too little or something else ("left 50 wounded", "lost 12", "forced from")
_NOT_SAID_WORDS = {"lose", "force", "number", "leave", "return", "save", "have", "get", "give", "take", "be", "commit",
                   "train", "base", "post", "position", "mass", "fight", "serve", "arrive", "survive", "catch", "contract"}


_PARTICIPLE_LEMMAS = {v: k for k, v in _PARTICIPLES.items()}


def _said_state(word: str) -> str | None:
    """The state a measure's word says: an adjective or participle ("injured", "housed", "fled")."""
    if word in _STATE_ADJ:
        return _STATE_ADJ[word]
    if not word.endswith(("ed", "t", "n")):
        return None
    for lemma in (_PARTICIPLE_LEMMAS.get(word), word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else None):
        if lemma and lemma not in _NOT_SAID_WORDS:
            said = _PATIENT_VERBS.get(lemma) or _SUBJECT_VERBS.get(lemma)
            if said is not None:
                return said
    return None


def _participle(word: "Token") -> str:
    """The word as the measure says it: the text's own form, a participle for "-ing" and base forms."""
    low = word.lower_
    if word.tag_ in ("VBN", "VBD", "JJ") or word.pos_ == "ADJ" or low in _STATE_ADJ:
        return low  # "missing" parsed as a verb is still "missing"
    if word.tag_ == "VBG" and _lemma(word) in _SUBJECT_VERBS and _lemma(word) not in _PATIENT_VERBS:
        return low  # what the counted do: "people sheltering", "families fleeing"
    lemma = _lemma(word)
    if lemma in _PARTICIPLES:
        return _PARTICIPLES[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def said_state_word(word: "Token | None", state: str | None) -> str | None:
    """The text's own word for what happened ("injured", "hurt", "died", "sent"), when it says just that state.

    Args:
        word: the token ``read_state`` read the state from.
        state: the state it gave.

    Returns:
        The word as a measure would end in it, or None (the word says something else, or nothing).
    """
    if word is None or state is None or state in ("killed", "cases", "votes", "turnout", "seats", "amount", "change", "level"):
        return None  # "killed" says "died", "dead", "perished" plainly
    lemma, low = _lemma(word), word.lower_
    if state == "displaced" and lemma in ("take", "seek", "find") and \
            {_lemma(c) for c in word.children if c.dep_ == "dobj"} & {"shelter", "refuge"}:
        return "sheltering"  # "350 people were taking shelter"
    if lemma in _NOT_SAID_WORDS:
        return None
    said = _STATE_ADJ.get(low) or _PATIENT_VERBS.get(lemma) or _SUBJECT_VERBS.get(lemma)
    if said != state:
        return None
    return _participle(word)


def measure_with_state(measure: str | None, state: str | None, word: "Token | None" = None) -> str | None:
    """The measure naming what happened ("people" + killed -> "people killed").

    Args:
        measure: what is counted.
        state: the figure's state.
        word: the token the state was read from; its own word is used where it says the state
            ("people injured", "people who died" -> "people died", "troops sent").

    Returns:
        The measure, with the state's word added when its words do not already say it.
    """
    if state == "dead_or_missing":
        # "people dead or missing": the counted noun without either fate's word
        kept = [w for w in (measure or "").split() if _said_state(w.lower()) is None
                and w.lower() not in ("and", "or", "dead", "missing", "those", "the", "number", "total", "toll", "count", "of")]
        return " ".join(kept or ["people"]) + " dead or missing"
    said = said_state_word(word, state)
    if not measure and state == "votes":
        return "votes"  # a contender's share with nothing else counted ("leads with 48.2%")
    if not measure or not state or (state not in _STATE_WORD and said is None):
        return measure
    parts = measure.split()
    if len(parts) > 3 and parts[-2].lower() in ("or", "and") and \
            _combine([_said_state(parts[-3].lower()) or "", _said_state(parts[-1].lower()) or ""]) == state:
        return measure  # "soldiers killed or wounded" for casualties
    # a measure carried from an earlier figure keeps its noun, not its state ("people killed" -> 27 missing)
    last = _said_state(parts[-1].lower()) if len(parts) > 1 else None
    if last is not None and last != state:
        measure = " ".join(parts[:-1])
    # a measure carried from an earlier figure whose noun says another fate ("deaths" -> "the injured
    # are approaching 1,000", "death toll" -> "721 of whom are in serious condition"): its people, not its fate
    def _word_state(w: str) -> str | None:
        base = w[:-3] + "y" if w.endswith("ies") else w.rstrip("s")
        return _said_state(w) or _STATE_NOUNS.get(base) or _STATE_NOUNS.get(w)

    fates = {"killed", "wounded", "missing"}  # fates that exclude each other ("hostages released" do not)
    if state in fates:
        kept = [w for w in measure.split() if _word_state(w.lower()) not in fates - {state}]
        if len(kept) < len(measure.split()):
            measure = " ".join(kept) if kept and kept[-1].lower() not in ("the", "of", "a") else "people"
            parts = measure.split()
    words = {w.lower() for w in measure.replace("-", " ").split()}
    for w in words:
        base = w[:-3] + "y" if w.endswith("ies") else w.rstrip("s")
        if _said_state(w) or base in _STATE_NOUNS or w in _STATE_NOUNS or (said is not None and w == said) or w == "lives" \
                or w.endswith("sses") and w[:-2] in _STATE_NOUNS:  # "losses"
            return measure
    if said is None and state == "wounded" and not any(w.rstrip("s") in _FORCE_NOUNS for w in words):
        said = "injured"  # people are injured, soldiers wounded
    return f"{measure} {said or _STATE_WORD[state]}"


_FALL_WORDS = {"fall", "drop", "decline", "lose", "slide", "slip", "tumble", "plunge", "sink", "decrease", "shed", "dip",
               "plummet", "retreat", "ease", "down", "lower", "loss"}
_RISE_WORDS = {"rise", "gain", "climb", "jump", "surge", "soar", "rally", "advance", "increase", "add", "up", "higher"}


def _name_span(tok: "Token") -> str:
    """A proper name with its compounds and numbers ("S&P 500", "Dow Jones", "FTSE 100")."""
    parts = [c for c in tok.children if c.dep_ in ("compound", "nummod", "flat", "nmod", "amod") and c.pos_ in ("PROPN", "NUM", "ADJ")
             and abs(c.i - tok.i) <= 3]
    lo = min([tok.i, *(c.i for c in parts)])
    hi = max([tok.i, *(c.i for c in parts)])
    return tok.doc[lo : hi + 1].text


def index_measure(fig: "Token", sent: "Span", state: str | None) -> str | None:
    """The measure of a rise, fall or level of something named ("S&P 500 fall", "FTSE 100 level").

    The subject of the figure's verb names it — itself, its apposition ("the primary UK index,
    the FTSE 100,"), its possessor ("the Dow's fall left the index at ...") or its proper-noun
    modifier ("the Nasdaq composite index"); a subject without a proper name gives nothing.

    Args:
        fig: the figure's number token.
        sent: its sentence.
        state: the figure's state (only ``change`` and ``level`` get a measure here).

    Returns:
        "<name> fall|rise|change|level", or None.
    """
    if state not in ("change", "level"):
        return None
    verb = next((a for a in fig.ancestors if a.pos_ in ("VERB", "AUX") and sent.start <= a.i < sent.end), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    named: "Token | None" = None
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if appos is not None:
        named = appos
    elif subj.pos_ == "PROPN":
        named = subj
    elif poss is not None:
        named = poss
    elif any(c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") for c in subj.children):
        named = subj
    if named is None:
        return None
    if state == "level":
        word = "level"
    else:
        cues = {_lemma(verb)} | {c.lower_ for c in verb.children if c.dep_ in ("advmod", "acomp", "prt")} | {_lemma(subj)}
        word = "fall" if cues & _FALL_WORDS else "rise" if cues & _RISE_WORDS else "change"
    return f"{_name_span(named)} {word}"


# verbs that give an amount its value: "the cost was estimated at", "damage is $2 million", "totalled"
_AMOUNT_VALUE_VERBS = {"be", "estimate", "put", "total", "reach", "amount", "stand", "value", "come", "top", "exceed", "hit"}
_HARM_WORDS = {"damage", "loss", "losses", "cost", "destruction"}


def _noun_phrase(noun: "Token") -> str:
    """A noun with its compounds and a short "of" phrase ("cost of damage", "property damage")."""
    lo = min([noun.i, *(c.i for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i)])
    hi = noun.i
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and pobj.i - noun.i <= 3:
        hi = pobj.i
    return noun.doc[lo : hi + 1].text


def amount_measure(money: "Token", sent: "Span") -> str | None:
    """What an amount of money is: "200 million euros of damage", "damage estimated at $54 million",
    "the cost of damage was estimated at 200 million euros", "property damage is $2 million".

    Args:
        money: the head token of the amount ("euros", "million").
        sent: its sentence.

    Returns:
        The words naming what the amount is, or None (a spender or payer is never the measure).
    """
    of = next((c for c in money.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and pobj.pos_ == "NOUN":
        return _noun_phrase(pobj)  # "200 million euros of damage"
    head = money.head
    if money.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and _lemma(head) in _AMOUNT_VALUE_VERBS:
        return _noun_phrase(head.head)  # "damage estimated at 54 million dollars"
    if head.pos_ in ("VERB", "AUX") and _lemma(head) in _AMOUNT_VALUE_VERBS and sent.start <= head.i < sent.end:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_:
            return _noun_phrase(subj)  # "the cost of damage was estimated at"
    return None


def respective_state(number: "Token | None", sent: "Span") -> tuple[str, "Token"] | None:
    """"The injured and missing are put at 11 and eight, respectively": the
    k-th of coordinated figures takes the k-th of the coordinated states named before them."""
    if number is None or not any(t.lower_ == "respectively" for t in sent):
        return None
    first = number
    while first.dep_ == "conj" and first.head.pos_ == "NUM" and first.head.i < first.i:
        first = first.head
    figures = [first]
    while True:
        nxt = next((c for c in figures[-1].children if c.dep_ == "conj" and c.pos_ == "NUM"), None)
        if nxt is None:
            break
        figures.append(nxt)
    if len(figures) < 2 or number not in figures:
        return None
    words = [t for t in sent if t.i < first.i and t.lower_ in _STATE_ADJ and _STATE_ADJ[t.lower_] in _PEOPLE_STATES]
    if len(words) != len(figures):
        return None
    k = figures.index(number)
    return _STATE_ADJ[words[k].lower_], words[k]


# "killed or wounded", "injured or killed": one count of both harms, whatever the parser hangs on what
_HARM_OR_RE = re.compile(r"\b(?:killed|dead|died)\s+(?:and/)?or\s+(?:been\s+)?(?:wounded|injured|hurt|maimed)\b"
                         r"|\b(?:wounded|injured|hurt|maimed)\s+(?:and/)?or\s+(?:been\s+)?(?:killed|dead)\b"
                         # "the number of killed and injured troops": one total of both harms
                         r"|\b(?:number|total|tally|count)\s+of\s+(?:the\s+)?(?:(?:killed|dead)\s+and\s+(?:wounded|injured)"
                         r"|(?:wounded|injured)\s+and\s+(?:killed|dead))\b", re.IGNORECASE)
_FIGURE_RE = re.compile(r"\d")


_TOTAL_OF_RE = re.compile(r"\b(?:number|total|toll|tally|count|figure)\s+of\b[^,;]*?$", re.IGNORECASE)


def harm_pair_state(text: str, start: int, end: int, sent_start: int, sent_end: int, total: bool = False) -> bool:
    """True when the figure's own stretch of the sentence (between the figures before and after it) counts
    the killed or wounded together ("the number of troops killed or injured has reached 3,000"); with
    ``total``, only when a "number/total of" names them ("the combined number of X troops killed or wounded
    ... is close to 50,000", whatever the names in it make of the parse)."""
    left = text[sent_start:start]
    m = list(_FIGURE_RE.finditer(left))
    lo = sent_start + (m[-1].end() if m else 0)
    right = text[end:sent_end]
    m2 = _FIGURE_RE.search(right)
    hi = end + (m2.start() if m2 else len(right))
    m3 = _HARM_OR_RE.search(text, lo, hi)
    if m3 is None:
        return False
    return not total or _TOTAL_OF_RE.search(text[lo : m3.start()]) is not None \
        or re.match(r"(?i)(?:number|total|tally|count)\b", m3.group(0)) is not None
