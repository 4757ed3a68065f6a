"""Claims: the place a figure is about (``PlaceScope.claim_place``), and how it was found.

In order, the first that gives a place:

1. the figure's own constructions: prepositions on the counted noun and its verbs ("sent to
   eastern Russia", "in Russia's Kursk region", "..., including 11,000 North Koreans, in
   Kursk"), through the event that happened ("killed in a strike in X", "the toll from the
   floods in X") and the building it happened in ("the school in the town of X" -> X);
2. a stock index's market ("the FTSE 100 fell" -> United Kingdom; "It fell" after one);
3. a locative place elsewhere in the sentence, unless it is another figure's (it hangs on that
   figure, comes right after it as in a list, or sits in a coordinated clause with its own
   figure), the place of another event ("since the shooting in X", "was felt in X", "...,
   adding that ... in X"), where a speaker sits ("a UN spokesman in Geneva said", "told a news
   conference in X"), one of a list of places, or the dateline's words;
4. "across the country" / "nationwide" -> the article's country;
5. a place the sentence names otherwise (the article's own place, the country that owns the
   speaking body: "the government of X said");
6. inherited: the one place the sentence before stated for its figures (same country), the
   place the article gave a building named again ("the school where ..."), else the article's
   scope (title, dateline unless it is only where the story was filed, lead, the place the
   body keeps coming back to), made more specific (the one city of the country the opening
   locates things in) or kept wide (a nationwide story, several cities or regions).

Names the entity tagger misses count when a construction makes them places ("the southern city
of X", "the X refugee camp", "the X neighbourhood of Y": the smaller of the two; "the mayor of X",
"X's mayor"; "in X Oblast").

Of two places of a figure, one inside the other ("stationed in Varnia ... killed in fighting in its
Brask region"), the inner one. A place named only in a war's name ("the Tessia war") or fought
against ("a war against Tessia") is a side, not a place; a capital acted on ("to help Brask") is
its country; "killed outside of Brask" is elsewhere in Brask's country; a place that records a
figure ("with Brask province reporting 17 deaths") is the figure's. Once the story is known
(``place_in_story``), a page that names no place takes the story's one country.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ...model import NumericClaim, Place
from ..nlp import DocMemo
from ..quantities import _SMALL, _TENS
from ..places import DIRECTIONS, capital_of, country_name, is_primary_name, lookup_alias, lookup_demonym, mission_country, norm_name, population, resolve_place
from .sentences import Sentences
from .words import _LOC_PREPS, _PEOPLE_NOUNS, _PLACE_NOUNS, _SAY_VERBS, _SPEAKER_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...model import SourceRef


def _is_place(tok: "Token") -> bool:
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if tok.lemma_.lower() in _PLACE_NOUNS and any(c.pos_ == "PROPN" for c in tok.lefts):
        return True
    if tok.pos_ == "PROPN" and tok.head.lemma_.lower() in _PLACE_NOUNS:
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE", "CARDINAL", "TIME", "MONEY") \
            and (tok.ent_type_ or tok.text[:1].isupper()):
        return True  # (an untagged word in lower case, "deaths from dengue", names no place)
    return False


def _bracket_gloss(doc: "Doc", tok: "Token") -> bool:
    """True when ``tok`` opens an aside in brackets right after a place's name ("in Brask county
    (Tessel in the old province of Kham)"): another name or a wider place for the one just named,
    not where the figure is."""
    at = tok.left_edge.i
    if doc[at].text != "(":
        at -= 1
    if at < 1 or doc[at].text != "(":
        return False
    before = doc[at - 1]
    return before.pos_ in ("PROPN", "NOUN") and (before.ent_type_ in _PLACE_LABELS or before.pos_ == "PROPN"
                                                  or before.lemma_.lower() in _PLACE_NOUNS | _SETTLEMENT_NOUNS)


def _in_bracket_gloss(doc: "Doc", sent: "Span", i: int) -> bool:
    """True when the token at ``i`` is inside brackets opened right after a place's name ("Brask
    county (Tessel in the old province of Kham)")."""
    for j in range(i - 1, sent.start, -1):
        if doc[j].text == ")":
            return False
        if doc[j].text == "(":
            before = doc[j - 1]
            return before.pos_ in ("PROPN", "NOUN") and (
                before.ent_type_ in _PLACE_LABELS or before.pos_ == "PROPN"
                or before.lemma_.lower() in _PLACE_NOUNS | _SETTLEMENT_NOUNS)
    return False


def _glossed_place(doc: "Doc", sent: "Span", i: int) -> str | None:
    """The place named right before the brackets the token at ``i`` is in, else None."""
    for j in range(i - 1, sent.start, -1):
        if doc[j].text == "(":
            before = doc[j - 1]
            for name, k in places_in(doc, sent.start, j):
                if k == before.i or doc[k].head.i == before.i and before.lemma_.lower() in _PLACE_NOUNS | _SETTLEMENT_NOUNS:
                    if before.pos_ == "NOUN" and k < before.i:
                        return doc[_name_span(doc, doc[k])[0] : before.i + 1].text
                    return name
            return None
    return None


def _name_glossed_by(doc: "Doc", pobj: "Token", sent: "Span") -> str | None:
    """The name of a town or region when the prepositional phrase of ``pobj`` is an aside set off by
    commas right after it ("Brask, in the Tessel region, recorded ...", "Brask, near the city of
    Tessel, was hardest hit"): the aside only says where that place is, whatever the parser hung it
    on; the named place is the one the sentence is about. None otherwise."""
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.lower_ not in ("in", "near", "outside") or prep.i < sent.start + 2 \
            or doc[prep.i - 1].text != "," or prep.right_edge.i + 1 >= sent.end or doc[prep.right_edge.i + 1].text != ",":
        return None
    last = doc[prep.i - 2]
    if last.pos_ != "PROPN" or last.i - 1 >= sent.start and doc[last.i - 1].lower_ in _LOC_PREPS | {"of", ","}:
        return None  # ("killed in Brask, in Tessel, and in Orla": a list of places, each its own)
    a, b = _name_span(doc, last)
    if b != last.i + 1:
        return None
    name = doc[a:b].text
    if not name[:1].isupper() or last.ent_type_ in ("ORG", "NORP", "DATE", "TIME"):
        return None
    known = resolve_place(name) if is_primary_name(name) or last.ent_type_ in _PLACE_LABELS else None
    if known is None or known.kind not in ("city", "region", "state"):
        return None
    return name


def _place_phrase(doc: "Doc", pobj: "Token", sent: "Span") -> str | None:
    """The place named by a prepositional object ("Russia's Kursk region", "eastern Russia")."""
    if not sent.start <= pobj.i < sent.end or not any(ch.isalpha() for ch in pobj.text):
        return None  # (". 17 and 18" parsed as an object: no word, no place)
    if pobj.pos_ == "PROPN" and pobj.text.islower() and not any(t.text[:1].isupper() for t in pobj.lefts):
        return None  # "most in a 2-day spain" (a typo): a place's name is written with a capital
    if pobj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _STORM_WORDS for c in pobj.lefts):
        return None  # "died in Hurricane Orla": a storm's name
    if pobj.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in pobj.lefts) \
            and norm_name(pobj.text) in _cause_names(doc) and resolve_place(pobj.text) is None:
        return None  # "deaths blamed on Orla" on a page that writes "Orla-related deaths": the storm's name
    if (glossed := _name_glossed_by(doc, pobj, sent)) is not None:
        return glossed  # "Brask, in the Tessel suburbs, suffered the most deaths": the town the aside places
    if _extent_end(doc, pobj.i):
        return None  # "an area spanning 300 miles from Brask to Tessel": the ends of its breadth
    if _war_side(pobj):
        return None  # "fighting between Varnia and Tessia": the sides, not where it is
    if _operation_or_body_site(pobj):
        # "killed in Operation Claw Hold in northern Varnia", "an attack on an African Union base in
        # Tessia": an operation's name, or a site named only by the body that holds it, is no place;
        # the place it is in is (else none)
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in _IN_PREPS:
                for inner_obj in prep.children:
                    if inner_obj.dep_ == "pobj" and (inner := _place_phrase(doc, inner_obj, sent)):
                        return inner
        return None
    if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in ("nation", "country") \
            and not any(c.dep_ == "appos" for c in pobj.children):
        return None  # "in the North Africa nation": a description of a country named elsewhere
    if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _SETTLEMENT_NOUNS | {"capital", "port"}:
        # "in the Varnian capital, Brask": the town's own name, not its description
        has_name = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in pobj.lefts)
        for app in pobj.rights:
            if has_name and _bracket_gloss(doc, app):
                continue  # "in Brask district (Tessel in the old province of Kham)": another name in an aside
            if app.dep_ == "appos" and app.pos_ == "PROPN" and sent.start <= app.i < sent.end \
                    and app.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE", "TIME"):
                a, b = _name_span(doc, app)
                return doc[a:b].text
        area = _named_area_before(doc, pobj) or _named_city_before(doc, pobj)
        if area:
            return area
        if pobj.lemma_.lower() in ("town", "village", "city") and not any(c.dep_ == "det" and c.lower_ == "the"
                                                                          for c in pobj.children):
            # "killed 300 in Brask town" with Brask a region: a town of that region, not one named Brask
            for c in pobj.lefts:
                if c.dep_ == "compound" and c.pos_ == "PROPN" and (known := resolve_place(_name_text(doc, c))) is not None \
                        and known.kind in ("region", "state") and resolve_place(f"{_name_text(doc, c)} {pobj.text}") is None:
                    return _name_text(doc, c)
    head = pobj.lemma_.lower()
    if pobj.pos_ == "NOUN" and head in _DEPLOY_NOUNS:
        # "the second death in Varnia's deployment to Tessia": the country that sends a mission is
        # no place of it; the mission's own destination is, when the phrase names one
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "into", "inside"):
                for inner_obj in prep.children:
                    inner = _place_phrase(doc, inner_obj, sent) if inner_obj.dep_ == "pobj" else None
                    if inner:
                        return inner
        return None
    if head in _EVENT_NOUNS or head in _BUILDING_NOUNS or pobj.ent_type_ == "FAC" and pobj.pos_ != "PROPN":
        # "in a strike in the Zeitoun neighbourhood", "the Fakhora school in the town of Jabaliya": the
        # place the event or the building is in; a building is no place of its own
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in _IN_PREPS:
                for inner_obj in prep.children:
                    if inner_obj.dep_ == "pobj":
                        inner = _place_phrase(doc, inner_obj, sent)
                        if inner:
                            return inner
        if head in _EVENT_NOUNS:
            # "in the 2006 Varnia war": the place the event is named after, nothing else
            for c in pobj.lefts:
                if c.dep_ == "compound" and c.pos_ == "PROPN" and (c.ent_type_ in _PLACE_LABELS or (
                        is_primary_name(c.text) and resolve_place(c.text) is not None)):
                    return _name_text(doc, c)
                if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in _PLACE_LABELS \
                        and (known := resolve_place(_name_text(doc, c))) is not None and known.kind == "country":
                    return _name_text(doc, c)  # "the toll in Varnia's worst floods for a generation"
            return None
        if head in _BUILDING_NOUNS or pobj.ent_type_ == "FAC":
            # "the Jabaliya school": a town's name on the building
            for c in pobj.lefts:
                if c.dep_ == "poss" and c.pos_ == "PROPN" and (c.ent_type_ in _PLACE_LABELS or resolve_place(c.text)):
                    return _name_text(doc, c)  # "Brask's main courthouse"
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "ORG" and not _not_a_place_name(c):
                    known = resolve_place(c.text)
                    if known is not None and known.kind in ("city", "region", "state", "country"):
                        return _name_text(doc, c)
            return None
    if _in_org_name(doc, pobj) or pobj.ent_type_ in _PLACE_LABELS and _is_continent(pobj.text):
        return None
    if pobj.lemma_.lower() in ("part", "parts", "portion", "section") and pobj.pos_ == "NOUN":
        # "in the parts of northwestern Varnia that ...": the place they are parts of
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for inner_obj in prep.children:
                    inner = _place_phrase(doc, inner_obj, sent) if inner_obj.dep_ == "pobj" else None
                    if inner:
                        return inner
    if pobj.pos_ == "NOUN" and head in _SITE_NOUNS | {"headquarters", "barracks"}:
        # "at the Brask position", "the Brask base" (the tagger calls the town a person): a town the
        # gazetteer knows, named on the site, is where the site is
        for c in pobj.lefts:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP") \
                    and (is_primary_name(_name_text(doc, c)) or c.ent_type_ in ("GPE", "LOC", "PERSON")) \
                    and (known := resolve_place(_name_text(doc, c))) is not None and known.kind in ("city", "region"):
                return _name_text(doc, c)
    if pobj.pos_ == "NOUN" and head not in _PLACE_NOUNS | _SETTLEMENT_NOUNS and not _is_place(pobj):
        # "outside Brask's main courthouse", "Varnia's sole political party": the place that owns it
        for poss in pobj.children:
            if poss.dep_ == "poss" and poss.pos_ == "PROPN" and (poss.ent_type_ in _PLACE_LABELS or resolve_place(poss.text)):
                return _name_text(doc, poss)
    if pobj.text[:1].isupper() and pobj.lower_ in _WATER_NAMES:
        # "in the Gulf of Aden", "the Sea of Azov", "the Strait of Hormuz": one name whole, not the town
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                name = next((c for c in prep.children if c.dep_ == "pobj" and c.text[:1].isupper()), None)
                if name is not None:
                    a, b = _name_span(doc, name)
                    return f"{pobj.text} of {doc[a:b].text}"
    # "the coastal district of Tessel", "the southern city of Khan Younis": the name itself
    if pobj.lemma_.lower() in _PLACE_NOUNS and not any(c.pos_ == "PROPN" for c in pobj.lefts):
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in prep.children:
                    listed = [name] + [c for c in name.conjuncts if c.pos_ == "PROPN"] if name.dep_ == "pobj" else []
                    if len(listed) > 1 and pobj.tag_ == "NNS":
                        # "in the two prefectures of Brask and Tessel": their country, not the first
                        listed_known = [resolve_place(_name_text(doc, t)) for t in listed]
                        lands = {k.country for k in listed_known if k is not None}
                        if len(lands) == 1 and all(k is not None for k in listed_known) and country_name(next(iter(lands))):
                            land = lands.pop()
                            # "Brask officials said bodies were found in the towns of X, Y and Z": the one
                            # region of that country the sentence names holds its towns
                            in_sent = places_in(doc, sent.start, sent.end) + [
                                (_name_text(doc, t), t.i) for t in sent if t.pos_ == "PROPN" and t.head.pos_ != "PROPN"
                                and t.ent_type_ in ("", "PERSON", "ORG") and is_primary_name(_name_text(doc, t))]
                            regions = {norm_name(n): n for n, i in in_sent
                                       if i not in {t.i for t in listed} and (k := resolve_place(n)) is not None
                                       and k.kind in ("region", "state") and k.country == land
                                       and all(k2 is not None and k2.kind == "city" for k2 in listed_known)}
                            if len(regions) == 1:
                                return next(iter(regions.values()))
                            return country_name(land)
                    if name.dep_ == "pobj" and _operation_or_body_site(name):
                        inner = _place_phrase(doc, name, sent)  # "the region of the Claw Hold Operation in X"
                        if inner:
                            return inner
                    elif name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_type_ not in ("PERSON", "ORG", "NORP") \
                            or name.dep_ == "pobj" and name.ent_type_ in ("GPE", "LOC", "FAC"):
                        inner = _place_phrase(doc, name, sent)
                        if inner:
                            return inner
                    elif name.dep_ == "pobj" and name.pos_ == "PROPN":
                        return doc[name.left_edge.i if name.left_edge.i > prep.i else name.i : name.i + 1].text
    named = _settlement_name(doc, pobj)
    if named:
        return named
    sub = [t for t in doc[max(pobj.left_edge.i, sent.start) : pobj.i + 1]]
    if not any(_is_place(t) for t in sub + [pobj]):
        counted = _counted_in_known_place(doc, pobj)
        if counted:
            return counted
        if pobj.pos_ == "PROPN" and pobj.ent_type_ == "ORG" and pobj.head.lower_ in _LOCATIVE | {"to"} \
                and _name_span(doc, pobj) == (pobj.i, pobj.i + 1) and pobj.ent_iob_ == "B" \
                and not (pobj.i + 1 < len(doc) and doc[pobj.i + 1].ent_iob_ == "I") \
                and is_primary_name(pobj.text) and (known_land := resolve_place(pobj.text)) is not None \
                and known_land.kind == "country":
            return pobj.text  # "deployed 1,000 soldiers to Tessia" with the country alone tagged an organisation
        if pobj.pos_ == "PROPN" and pobj.ent_type_ != "ORG" and (
                pobj.head.lower_ in _LOCATIVE or pobj.head.lower_ == "of" and pobj.head.head.lemma_.lower() in ("part", "region")):
            # ("in the northern part of Mali" with Mali tagged as a person: the country)
            # "In Brask alone, 1,600 died" (the tagger calls Brask a person): a name the page gives an
            # area noun elsewhere ("Brask province") is that area
            a, b = _name_span(doc, pobj)
            written = doc[a:b].text
            areas = "|".join(sorted(_NAMED_AREA_WORDS | _REGION_OF_NOUNS | {"region"}))
            if written[:1].isupper() and re.search(rf"\b{re.escape(written)} (?:{areas})\b", doc.text, re.I):
                return written
            # "unaccounted for in Himalayan Nepal" (tagged as a person's name): a country's own name
            # after a locative word is the country
            known = resolve_place(pobj.text) if is_primary_name(pobj.text) else None
            if known is not None and known.kind == "country" and pobj.text[:1].isupper() and not pobj.text.isupper():
                return pobj.text
        return None
    if pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in ("border", "front", "frontlines"):
        # "near the Varnian border": a people's adjective makes no place of a border
        if not any(_is_place(t) for t in sub):
            return None
        if pobj.pos_ == "NOUN" and not any(_is_place(t) and t.ent_type_ != "NORP" for t in sub if t.i != pobj.i):
            return None
    if pobj.lemma_.lower() == "scale" and pobj.pos_ == "NOUN":
        return None  # "6.9 on the Richter scale": a measure, no place
    if pobj.text.upper() in _TIME_ZONES:
        return None  # "struck at 1917 GMT": a clock time, not a place
    if pobj.head.dep_ == "prep" and (pobj.head.head.ent_type_ == "TIME" or ":" in pobj.head.head.text
                                     and pobj.head.head.text.replace(":", "").isdigit()):
        return None  # "at 12:52 p.m. (05:52 in Lisbon)": a clock elsewhere, not a place of the story
    left = max(pobj.left_edge.i, sent.start)
    while left < pobj.i and (doc[left].dep_ in ("det", "predet") or doc[left].is_punct or doc[left].lower_ in _NEAR_WORDS
                             # "in the district's Ramidanda": the place, not the noun that owns it
                             or doc[left].pos_ == "NOUN" and doc[left].dep_ == "poss" and doc[left].text.islower()
                             or doc[left].dep_ == "case" and left > 0 and doc[left - 1].pos_ == "NOUN"
                             and doc[left - 1].text.islower()):
        left += 1  # "two in neighbouring Tessia": the place is "Tessia"
    while left < pobj.i and doc[left].pos_ == "ADJ" and doc[left].text.isalpha() and doc[left].text.islower() \
            and doc[left].ent_type_ == "" and not re.fullmatch(DIRECTIONS, doc[left].lower_) \
            and doc[left + 1].text[:1].isupper():
        left += 1  # "in South Sudan's troubled Jonglei state", "restive Brask": a description, not the name
    if left + 2 <= pobj.i and doc[left].ent_type_ == "NORP" and doc[left + 1].text.islower() \
            and doc[left + 1].lemma_.lower() in _SETTLEMENT_NOUNS | {"capital", "port"} and doc[left + 2].text[:1].isupper():
        left += 2  # "near Varnian capital Brask": the town's name, not its description
    owner_case = next((t.i for t in doc[left:pobj.i] if t.dep_ == "case" and t.head.pos_ == "PROPN"), None)
    if owner_case is not None:
        described = owner_case + 1
        while described < pobj.i and doc[described].pos_ == "ADJ" and doc[described].text.islower():
            described += 1
        if described > owner_case + 1 and doc[described].pos_ == "PROPN":
            # "Varnia's mountainous Brask County": the county, which the owner and the adjective only
            # describe ("Varnia's Brask region" stays as written)
            left = described
    while left - 2 >= sent.start and doc[left - 1].text in ("-", "‑") and not doc[left - 2].whitespace_ \
            and not doc[left - 1].whitespace_ and doc[left - 2].text[:1].isupper():
        left -= 2  # "the Baden-Wurttemberg region": a hyphenated name whole
    right = pobj.i + 1
    # "Kursk Oblast", "Kursk region": keep flat name parts to the right
    while right < sent.end and doc[right].head.i == pobj.i and doc[right].dep_ in ("compound", "flat", "appos") \
            and doc[right].pos_ == "PROPN":
        right += 1
    if right + 1 < sent.end and doc[right].lower_ == "of" and doc[left:right].text[:1].isupper():
        # "the Democratic Republic of the Congo": a name with "of" in it whole, when the whole is a
        # place the gazetteer knows and its first part alone is not
        of_obj = next((c for c in doc[right].children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if of_obj is not None and of_obj.i < sent.end and resolve_place(doc[left:right].text) is None:
            longer = doc[left:of_obj.i + 1].text
            if resolve_place(longer) is not None or resolve_place(re.sub(r"\bof the\b", "of", longer)) is not None:
                right = of_obj.i + 1
    phrase = doc[left:right].text.strip()
    if _near_a_country(doc, pobj, phrase):
        return None
    split = _run_together(doc, left, right)
    if split is not None:
        return split
    if _title_cased(sent) and not any(t.ent_type_ in _PLACE_LABELS for t in doc[left:right]) \
            and resolve_place(phrase) is None and not any(t.lemma_.lower() in _PLACE_NOUNS for t in doc[left:right]):
        return None  # "67 Missing In Floods And Landslides": a headline's capitals make no place
    return _plain_direction(phrase) or None


def _near_a_country(doc: "Doc", pobj: "Token", phrase: str) -> bool:
    """True for a country named after "near" ("bases in the north-west, near Varnia and Tessia"): a
    place close to a country's border lies outside it (a town "near Brask" stays the place)."""
    cur = pobj
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "pobj" or cur.head.lower_ not in ("near", "close"):
        return False
    known = resolve_place(phrase)
    return known is not None and known.kind == "country"


def _run_together(doc: "Doc", left: int, right: int) -> str | None:
    """The first of two place names a scraped page ran together without a comma ("in Brask northern
    Varnia" for "in Brask, northern Varnia"): the inner one, when the gazetteer knows neither the
    whole nor but the two apart, the second holding the first."""
    phrase = doc[left:right].text
    if resolve_place(phrase) is not None:
        return None
    for k in range(left + 1, right - 1):
        if not re.fullmatch(DIRECTIONS, doc[k].lower_) or not doc[k].text.islower():
            continue
        inner, outer = resolve_place(doc[left:k].text), resolve_place(doc[k + 1 : right].text)
        if inner is not None and outer is not None and outer.kind == "country" and inner.kind != "country" \
                and inner.country == outer.country and doc[left].text[:1].isupper():
            return doc[left:k].text
    return None


_WATER_NAMES = {"gulf", "sea", "bay", "strait", "straits", "lake"}
# a mission a country sends abroad: its owner sends it, its destination is where it is
_DEPLOY_NOUNS = {"deployment", "intervention", "expedition", "rotation", "redeployment"}
_SITE_NOUNS = {"base", "camp", "zone", "garrison", "compound", "outpost", "post", "position", "area"}
_MISSION_WORDS = {"operation", "mission", "peacekeeping", "coalition", "force", "forces", "army", "military"}


def _operation_or_body_site(pobj: "Token") -> bool:
    """Whether a prepositional object names an operation ("Operation Claw Hold", "the Claw Hold
    operation zone") or a site only by the body or mission that holds it ("an African Union base",
    "the UN mission's camp"), with no place's name in it."""
    words = [t for t in pobj.subtree if t.i < pobj.i and t.dep_ in ("compound", "nmod", "amod", "poss")] + [pobj]
    named_op = any(t.lower_ in ("operation", "op") and t.text[:1].isupper() for t in words)
    if named_op:
        words = [t for t in words if t.dep_ != "poss"]  # "Varnia's Operation Claw Hold zone": the country that runs it
    if any(t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "EVENT", "NORP", "FAC", "")
           for t in words):
        return False
    names = [t for t in words if t.pos_ == "PROPN"]
    mission = named_op or any(t.lower_ in _MISSION_WORDS and t.pos_ == "NOUN" for t in words if t.i != pobj.i)
    if not mission and any(t.ent_type_ in ("", "FAC") and resolve_place(t.text) is not None for t in names):
        return False  # "the Kessel camp": a place's name the tagger left untagged
    if any(t.lower_ in ("operation", "op") and t.text[:1].isupper() for t in words) and pobj.pos_ == "PROPN":
        return True  # "Operation Claw Hold"
    if pobj.pos_ == "PROPN" and pobj.ent_type_ == "EVENT" and resolve_place(pobj.text) is None:
        return True
    return pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _SITE_NOUNS and bool(
        [t for t in words if t.i != pobj.i and (t.ent_type_ in ("ORG", "EVENT") or t.lower_ in _MISSION_WORDS)])


_WAR_SIDE_NOUNS = {"war", "conflict", "invasion", "offensive", "campaign", "fighting", "clash", "clashes", "hostility",
                   "hostilities", "battle", "fight"}


def _war_side(tok: "Token") -> bool:
    """True for a party named after "between", "with" or "against" on a war or fighting ("fighting
    between Varnia and Tessia", "amid war with Tessia"): a side, no place."""
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    return cur.dep_ == "pobj" and cur.head.lower_ in ("between", "with", "against") \
        and cur.head.head.lemma_.lower() in _WAR_SIDE_NOUNS


# area nouns a page refers back to with "the" ("in the prefecture": the prefecture it named before)
_AREA_NOUNS = {"prefecture", "province", "county", "district", "governorate", "oblast", "department", "state", "region"}


def _named_area_before(doc: "Doc", pobj: "Token") -> str | None:
    """The area a bare "the prefecture" refers back to: the last one of that kind the page named
    ("the Noto area of Ishikawa Prefecture ... 64 people were confirmed dead in the prefecture")."""
    noun = pobj.lemma_.lower()
    if noun not in _AREA_NOUNS or pobj.tag_ != "NN" or pobj.head.lower_ not in ("in", "across", "throughout", "within") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in pobj.children) \
            or any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in pobj.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children):
        return None
    for t in reversed(doc[max(0, pobj.i - 400) : pobj.i]):
        if t.lemma_.lower() != noun or t.text[:1].islower():
            continue  # only a name written with its noun ("Ishikawa Prefecture", "Shan State")
        comp = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"]
        if comp:
            a = _name_span(doc, comp[0])[0]
            return doc[a : t.i + 1].text
    return None


def _named_city_before(doc: "Doc", pobj: "Token") -> str | None:
    """The town a bare "the city" or "his city" refers back to: the last city the page named just
    before ("40 km northwest of the city of Herat ... people fled buildings in the city", "Brask
    Mayor ... said 5,000 people were evacuated from his city")."""
    if pobj.lemma_.lower() not in ("city", "town") or pobj.tag_ != "NN" \
            or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "his", "her") for c in pobj.children) \
            or any(c.dep_ in ("amod", "compound", "nmod", "nummod", "appos") for c in pobj.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children):
        return None
    # ("Brask, a city in the north, ...": a name a "city" apposition describes, whatever the tagger calls it)
    described = [(_name_text(doc, t), t.i) for t in doc[max(0, pobj.i - 120) : pobj.i] if t.pos_ == "PROPN"
                 and any(c.dep_ == "appos" and c.lemma_.lower() in ("city", "town") for c in t.children)]
    for name, i in sorted([*places_in(doc, max(0, pobj.i - 120), pobj.i), *described], key=lambda p: p[1], reverse=True):
        known = resolve_place(name)
        if known is not None and known.kind == "city":
            return name
        if known is not None and known.kind in ("country", "region", "state"):
            return None  # a wider place named since: "the city" may be another
    return None


# the words that put a count in its place in a list by place ("33 in Brask, 19 inside Tessel, 7 across Orla")
_COUNT_IN = ("in", "at", "inside", "across", "throughout", "within")


def _counted_in_known_place(doc: "Doc", pobj: "Token") -> str | None:
    """A name the tagger calls a person or a body that is a region or a town the gazetteer knows,
    right after a count and "in" ("caused 1,293 deaths in Al Tessa, 452 in Brask"): the place of
    that count. Only a count's own phrase: a name after "in" elsewhere may well be a person's."""
    prep = pobj.head
    if pobj.pos_ != "PROPN" or pobj.dep_ != "pobj" or prep.lower_ not in _COUNT_IN \
            or pobj.ent_type_ in ("DATE", "TIME", "NORP", "MONEY", "CARDINAL"):
        return None
    owner = prep.head
    counted = owner.like_num or owner.pos_ == "NUM" or any(c.dep_ == "nummod" or c.like_num for c in owner.children) \
        or owner.lemma_.lower() in _TOLL_NOUNS | {"injury", "dead", "victim"}
    before = doc[prep.i - 1] if prep.i > 0 else prep
    # "left 212 dead throughout Brask" hung on the verb: the words right before the preposition are the count
    counted = counted or before.like_num or before.lower_ in ("dead", "injured", "wounded", "hurt", "missing") \
        and any(c.dep_ == "nummod" or c.like_num for c in before.children)
    if not counted:
        return None
    a, b = _name_span(doc, pobj)
    name = doc[a:b].text
    known = resolve_place(name)
    if known is None or known.kind not in ("region", "state", "city", "country") or not is_primary_name(name):
        return None
    row = lookup_alias(name)
    if row is not None and row.type in ("ORG", "PERSON"):
        return None
    return name


# time zones after a clock time ("at 1917 GMT"), never a place
_TIME_ZONES = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "EEST",
               "IST", "JST", "KST", "AEST", "AEDT", "WIB", "PHT", "SGT", "HKT", "MSK"}
# words that say a place lies next to another, no part of its name ("neighbouring Tessia", "nearby Orlen")
_NEAR_WORDS = {"nearby", "neighboring", "neighbouring", "adjacent", "adjoining"}


def _credit_in_brackets(doc: "Doc", start: int, end: int) -> bool:
    """True when a name sits in brackets that open the page or a paragraph ("(The Orlen Courier) – ..."):
    the outlet's credit before the story, not a place it states."""
    k = start - 1
    while k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].text != "(" or end >= len(doc) or doc[end].text != ")":
        return False
    return k == 0 or doc[k - 1].is_space or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text


def _title_cased(sent: "Span") -> bool:
    """Whether a line is written in title case (most of its words capitalised), as headlines are."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(1 for t in words if t.text[0].isupper()) * 4 >= len(words) * 3


# verbs by which a place records its own figures ("Brask province reported 17 deaths")
_TALLY_VERBS = {"report", "record", "register", "suffer", "see", "count", "tally", "log", "account"}
# events fought between sides: a place in their name is a side's ("the Tessia war")
_WAR_NOUNS = {"war", "conflict", "invasion", "offensive", "campaign"}
_IN_PREPS = {"in", "at", "near", "inside", "on", "outside", "across", "throughout"}
# nouns of an event that happens somewhere ("killed in a strike in X", "the toll from the floods in X")
_EVENT_NOUNS = {"attack", "strike", "airstrike", "raid", "bombing", "shelling", "explosion", "blast", "fighting",
                "clash", "quake", "earthquake", "tremor", "aftershock", "fire", "wildfire", "blaze", "flood", "flooding",
                "violence", "riot", "rioting", "protest", "demonstration", "storm", "cyclone", "hurricane",
                "typhoon", "landslide", "mudslide", "crash", "collapse", "offensive", "operation", "incident", "shooting",
                "ambush", "battle", "assault", "unrest", "outbreak", "epidemic", "disaster", "tsunami", "eruption",
                "war", "conflict", "siege", "bombardment", "massacre", "campaign", "intervention", "deployment"}


def _settlement_name(doc: "Doc", noun: "Token") -> str | None:
    """The name of "the Kestel neighbourhood of Mosul", "the Mosul district of Kestel" (the name
    the gazetteer does not know as a city or country is the neighbourhood's; with both or neither
    known, the one after "of"), "the Tessel refugee camp" (the name with its noun)."""
    if noun.lemma_.lower() not in _SETTLEMENT_NOUNS or noun.pos_ != "NOUN":
        return None
    comp = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not _not_a_place_name(c)]
    of_obj = [n for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for n in prep.children if n.dep_ == "pobj" and n.pos_ == "PROPN" and not _not_a_place_name(n)]
    if not comp:
        return None
    a = _name_span(doc, comp[0])[0]
    before = doc[a : comp[-1].i + 1].text
    if not of_obj:
        # a name the tagger knows is read with the rest of the phrase ("Varnia's Brask region")
        return None if any(c.ent_type_ in _PLACE_LABELS for c in comp) else doc[a : noun.i + 1].text
    after = _name_text(doc, of_obj[0])

    def size(name: str) -> int | None:
        # one word must be a main name ("Hamas" is no alternate spelling of a town here)
        place = resolve_place(name) if " " in name or is_primary_name(name) else None
        if place is None or place.kind not in ("city", "country", "state"):
            return None
        return population(place) or 0 if place.kind == "city" else 10**10

    big_before, big_after = size(before), size(after)
    if big_after is None:
        return after
    # the bigger place holds the smaller one ("the Mosul district of Kestel" = "the Kestel district of Mosul")
    return before if big_before is None or big_before < big_after else after


def _name_text(doc: "Doc", root: "Token") -> str:
    a, b = _name_span(doc, root)
    return doc[a:b].text


_OWNED_PART = re.compile(rf"^(.+?)['’]s\s+({DIRECTIONS})\s+(?:area|areas|part|parts|region|regions)$", re.IGNORECASE)


def _plain_direction(phrase: str) -> str:
    """"Iran's southern area" -> "southern Iran": a part of a place as a journalist names it."""
    m = _OWNED_PART.match(phrase)
    return f"{m.group(2)} {m.group(1)}" if m else phrase


def _whole_of_parts(tok: "Token") -> bool:
    """Whether the figure is the whole a sentence splits ("Of the 72 deaths, 39 were in Brask"): the
    places of the sentence are its parts'."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.head.head.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") and (c.like_num or any(n.like_num for n in c.children))
                for c in tok.head.head.children)


def _counted_subject(verb: "Token") -> bool:
    """Whether a clause's subject is a count ("3,124 people were injured", "26 others had been rescued")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.like_num or any(n.like_num and n.dep_ == "nummod" for n in c.children))
               for c in verb.children)


def _shared_place(doc: "Doc", verb: "Token", tok: "Token", sent: "Span", ctx: Sentences) -> str | None:
    """The place that closes a coordinated count of the same sentence ("1,411 were killed and 3,124 were
    injured in the province of Orla"): a trailing place is both counts' when the figure's own clause
    names none."""
    if not _counted_subject(verb):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or conj.i <= tok.i or not ctx.same_segment(conj, tok) \
                or not _counted_subject(conj):
            continue
        lo = max(verb.left_edge.i, sent.start)
        known = {i for _, i in places_in(doc, lo, conj.left_edge.i)}  # (a town the gazetteer knows, however tagged)
        if any(t.dep_ == "pobj" and t.head.lower_ in _COUNT_IN and (_place_phrase(doc, t, sent) or t.i in known)
               for t in doc[lo : conj.left_edge.i]):
            return None  # "2,000 marched in Brask and 1,000 more rallied in Tessel": the first clause's own place
        for child in conj.children:
            if child.dep_ == "prep" and child.lower_ in _LOC_PREPS and child.i > conj.i:
                for pobj in child.children:
                    phrase = _place_phrase(doc, pobj, sent) if pobj.dep_ == "pobj" else None
                    if phrase:
                        return phrase
            if child.dep_ == "prep" and child.lower_ == "as" and child.i > conj.i:
                # "10 died and 25 were hurt as a result of an attack in Brask": the event's place
                for result in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() == "result"):
                    for of in (c for c in result.children if c.dep_ == "prep" and c.lower_ == "of"):
                        for event in (c for c in of.children if c.dep_ == "pobj" and c.lemma_.lower() in _EVENT_NOUNS):
                            phrase = _place_phrase(doc, event, sent)
                            if phrase:
                                return phrase
    return None


def _elliptic_part_before(doc: "Doc", tok: "Token", prep: "Token") -> bool:
    """True when a bare number coordinated after the figure stands right before ``prep`` ("2,316
    deaths and 1,440 in Tessia", "stood at 1,762 and at least 1,293 in Tessia"): the place phrase
    is that number's, which the parser hung on the first."""
    if prep.i <= tok.i:
        return False
    before = doc[prep.i - 1]
    return before.like_num and before.i > tok.i + 1 and before.dep_ == "conj" \
        and any(doc[j].lower_ == "and" for j in range(tok.i + 1, before.i))


def _bracketed_count_place(doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """"deaths were from Brask (nine), Orla (eight) and Tessel (one)": a count in brackets after a place's
    name is that place's; only a name the tagger or the gazetteer knows as a place (a party's seats,
    "Labour (201)", are no place's)."""
    i = tok.i
    if not (sent.start < i - 1 and i + 1 < sent.end and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
        return None
    j = i - 2
    while j >= sent.start and doc[j].pos_ == "PROPN" and i - 2 - j < 4:
        j -= 1
    if j == i - 2:
        return None
    name = doc[j + 1 : i - 1].text
    if all(t.ent_type_ in ("GPE", "LOC") for t in doc[j + 1 : i - 1]):
        return name
    known = resolve_place(name)
    return name if known is not None and known.kind in ("region", "state", "city") else None


def _whole_of_breakdown(tok: "Token") -> bool:
    """Whether a figure is the whole a sentence breaks down by place in brackets after it ("The 37 deaths were
    from Brask (nine), Orla (eight) ..."): the places are its parts'."""
    doc = tok.doc
    sent = tok.sent
    if tok.i > sent.start and doc[tok.i - 1].text == "(":
        return False
    items = sum(1 for t in doc[tok.i + 1 : sent.end - 2]
                if t.text == "(" and doc[t.i + 1].like_num and doc[t.i + 2].text == ")" and doc[t.i - 1].pos_ == "PROPN")
    return items >= 2


def _with_count_place(doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """"The state of Orla was hit hardest, with 28 deaths": a count after "with" on a clause whose subject is a
    place is that place's (when the count names no place of its own)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.head.pos_ not in ("VERB", "AUX") \
            or tok.head.head.dep_ in ("relcl", "acl"):
        return None  # ("the worst rioting Varnia has seen, with 70 injured": the place of a relative clause)
    if any(c.dep_ == "prep" and c.lower_ in _IN_PREPS and any(
            o.dep_ == "pobj" and _place_phrase(doc, o, sent) for o in c.children) for c in tok.subtree) \
            or _THE_COUNTRY.search(doc[tok.i : tok.right_edge.i + 1].text):
        return None  # "with 70 people injured in Brask", "... in cities across the country": the count's own place
    for subj in tok.head.head.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and sent.start <= subj.i < subj.head.i:
            if subj.ent_type_ in ("GPE", "LOC") or subj.lemma_.lower() in _SETTLEMENT_NOUNS | _REGION_OF_NOUNS:
                return _place_phrase(doc, subj, sent)
    return None


def _bracketed_after(doc: "Doc", name: "Token", sent: "Span") -> bool:
    """Whether a name is followed by a count in brackets ("Brask (nine)"): an item of a breakdown."""
    j = name.i + 1
    while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].head.i == name.i:
        j += 1
    return j + 2 < sent.end and doc[j].text == "(" and doc[j + 1].like_num and doc[j + 2].text == ")"


def _only_in_parts(tok: "Token", place: str, sent: "Span") -> bool:
    """Whether a place is named only inside the "including ..." phrase of a figure ("confirmed 25 deaths,
    including 16 in Brask"): the parts' place, not the whole's."""
    doc = tok.doc
    parts = [c for c in tok.subtree if c.i > tok.i and c.lower_ == "including" and c.dep_ == "prep" and c.i < sent.end]
    if not parts:
        return False
    # the phrase ends at the comma that closes its list ("including 11,000 X, in Brask": Brask is
    # the whole clause's again, whatever the parser hung it on)
    ends = [next((t.i for t in doc[p.i + 2 : p.right_edge.i + 1] if t.text == "," and t.head.i != p.i
                  and not (t.i + 1 < len(doc) and doc[t.i + 1].like_num)), p.right_edge.i + 1) for p in parts]
    inside = " ".join(doc[p.left_edge.i : end].text for p, end in zip(parts, ends))
    rest = doc[sent.start : parts[0].left_edge.i].text + " " + doc[ends[-1] : sent.end].text
    return place in inside and place not in rest


def _including_whole(tok: "Token") -> "Token | None":
    """The count a part hangs on with "including" ("reached 87, including 30 children" -> 87)."""
    cur = tok
    for _ in range(2):
        if cur.dep_ == "pobj" and cur.head.lower_ in ("including", "includes") and cur.head.head.i != cur.i:
            whole = cur.head.head
            return whole if whole.like_num or any(c.like_num for c in whole.children) else None
        if not tok.like_num:
            break
        cur = cur.head
    return None


def _dateline_word(doc: "Doc", t: "Token") -> bool:
    """True for a name opening a line and followed by a dash, a colon or a wire's bracket ("SEOUL —
    North Korean troops have suffered ..."): where the story was filed, which the parser may take
    for the subject of the sentence."""
    a, b = _name_span(doc, t)
    if a > 0 and "\n" not in doc[a - 1].text + doc[a - 1].whitespace_:
        return False
    if b < len(doc) and doc[b].text == ",":  # "ORLENBURG, Varnia —"
        b += 1
        while b < len(doc) and doc[b].pos_ == "PROPN":
            b += 1
    return b < len(doc) and doc[b].text in ("—", "–", "-", "--", ":", "(")


def _objects_of(prep: "Token") -> list["Token"]:
    """A preposition's objects, and those of a preposition coordinated with it ("in and around the
    city of Brask": the city is the object of both)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        objs = [o for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" for o in c.children if o.dep_ == "pobj"]
    return objs or list(prep.children)


def _glossed_by_aside(doc: "Doc", sent: "Span", place: str) -> str | None:
    """The town a comma-set aside of the sentence places, when ``place`` is what the aside names."""
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "near", "outside"):
            continue
        for pobj in prep.children:
            glossed = _name_glossed_by(doc, pobj, sent) if pobj.dep_ == "pobj" else None
            if glossed is not None and norm_name(glossed) != norm_name(place) \
                    and place in doc[prep.i : prep.right_edge.i + 1].text:
                return glossed
    return None


# a place's kind, called back with "the" ("the city lost 1,000 residents"), and the gazetteer's kinds it names
_KIND_CALLED_BACK = {"city": ("city",), "town": ("city",), "province": ("region", "state"), "region": ("region", "state"),
                     "state": ("state", "region"), "district": ("region",), "county": ("region",)}
def _kinds_called_back(doc: "Doc", start: int, end: int) -> set[str]:
    """The kinds of place a sentence calls back with "the" and no name ("The city lost 1,000")."""
    return {t.lemma_.lower() for t in doc[start:end] if t.pos_ == "NOUN" and t.lemma_.lower() in _KIND_CALLED_BACK
            and t.dep_ in ("nsubj", "nsubjpass", "pobj", "poss")
            and any(x.dep_ == "det" and x.lower_ == "the" for x in t.children)
            and not any(x.dep_ in ("compound", "amod", "appos", "prep") for x in t.children)}


_AREA_CALLED_BACK = {"region", "province", "state", "county", "district", "area", "territory", "city", "town",
                     "municipality", "prefecture"}


def _own_area_called_back(doc: "Doc", prep: "Token", sent: "Span") -> str | None:
    """The place named earlier in the sentence when the figure's phrase calls it back ("officials in
    Brask and Tessel announced three deaths in their regions", "... in its province")."""
    for pobj in prep.children:
        if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _AREA_CALLED_BACK \
                and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in pobj.children) \
                and not any(c.dep_ == "prep" for c in pobj.children):
            named = [name for name, i in places_in(doc, sent.start, prep.i) if not _actor(doc, i)]
            if pobj.tag_ == "NNS" and len(named) > 1:
                return " and ".join(dict.fromkeys(named))  # "in their regions": each of the places named
            return _earlier_place(doc, sent, prep.i) or (named[-1] if named else None)
    return None


def location(doc: "Doc", tok: "Token", sent: "Span", ctx: Sentences, others: tuple[int, ...] = ()) -> str | None:
    """The place a figure is about, from PPs on the counted noun, then on its governing verbs.

    ``others`` are the token indexes of the article's other figures: a place after the figure in
    its clause is not taken when it is another figure's ("288 candidates ..., 46 in Akhal").
    """
    if _whole_of_parts(tok) or _whole_of_breakdown(tok):
        return None
    bracketed = _bracketed_count_place(doc, tok, sent)
    if bracketed:
        return bracketed
    hit = _with_count_place(doc, tok, sent)
    if hit:
        return hit
    nxt = tok.i + 1
    while nxt < sent.end and doc[nxt].lower_ == "each":
        nxt += 1
    if nxt < sent.end and doc[nxt].lower_ in _COUNT_IN and doc[nxt].head.i != tok.i and tok.like_num:
        # "39 were in Brask, 22 in Tessel, five in Orla": the list's own place right after each number
        for pobj in doc[nxt].children:
            phrase = _place_phrase(doc, pobj, sent) if pobj.dep_ == "pobj" else None
            if phrase:
                return phrase
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    if any(c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout") and any(
            g.dep_ == "pobj" and g.lower_ in ("country", "nation") and any(d.lower_ in ("the", "this") for d in g.children)
            for g in c.children) for c in (noun, *noun.children) if c.dep_ == "prep"):
        return None  # "which has some 800 troops in the country and a base in Brask": the country, not the base's town
    num = tok if tok.like_num else next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), tok)
    after = num.i + 1
    if after + 1 < sent.end and doc[after].lower_ in _COUNT_IN and num.like_num and doc[after + 1].pos_ == "PROPN" \
            and not any(c.dep_ == "pobj" for c in doc[after].children):
        # "... and 19 inside Brask" parsed with no object on the preposition (even with the name as
        # the counted noun): read the words, a known place right after the count and its preposition
        # is the count's place
        a, b = _name_span(doc, doc[after + 1])
        name = doc[a:b].text if a == after + 1 and b <= sent.end else ""
        known = resolve_place(name) if name else None
        if known is not None and known.kind in ("region", "state", "city", "country") and is_primary_name(name):
            return name
    seen: set[int] = set()
    cur = tok
    steps = 0
    came_from: int | None = None
    from_conj = False
    while steps < 6:
        steps += 1
        for child in cur.children:
            if child.i == came_from or child.i in seen:
                continue
            if from_conj and child.i < (came_from or 0):
                continue  # "a demonstration in Brask and another 1,000 ...": the first item's place
            if child.dep_ in ("prep", "dative") and child.lower_ == "from" \
                    and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in cur.children):
                continue  # "spreading from Brask to a dozen other cities": where it came from
            if child.dep_ == "prep" and child.lower_ == "from" and cur.pos_ == "NOUN" \
                    and cur.lemma_.lower() in _PEOPLE_OF_STATE | _SENT_NOUNS | {"peacekeeper", "national", "citizen"}:
                origin = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                          and (known := resolve_place(_name_text(doc, c))) is not None and known.kind == "country"]
                if origin:
                    continue  # "15 peacekeepers from Varnia were killed": where they come from, not where they died
            if child.dep_ == "prep" and child.lower_ == "from" and ctx.same_segment(child, tok):
                units = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                         and c.lemma_.lower() in _FORCE_NOUNS | _UNIT_NOUNS]
                if units:
                    # "soldiers from Varnia's Kessel force in Tessia": the force's country sends them,
                    # the force's own place is where they are
                    for prep in units[0].children:
                        if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "at"):
                            for pobj in prep.children:
                                phrase = _place_phrase(doc, pobj, sent) if pobj.dep_ == "pobj" else None
                                if phrase:
                                    return phrase
                    continue
            if child.dep_ in ("prep", "dative") and child.lower_ in _LOC_PREPS and ctx.same_segment(child, tok) \
                    and _elliptic_part_before(doc, tok, child):
                continue  # "saw Varnia record 2,316 deaths and 1,440 in Tessia": the bare second number's place
            if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "into") and cur.lemma_.lower() in _EVACUATE_VERBS:
                continue  # "two of the wounded were flown to Brask for treatment": where they were taken
            if child.dep_ in ("prep", "dative") and child.lower_ in _IN_PREPS and ctx.same_segment(child, tok) \
                    and (back := _own_area_called_back(doc, child, sent)) is not None:
                return back  # "officials in Brask announced three deaths in their region": the place named before
            if child.dep_ in ("prep", "dative") and (child.lower_ in _LOC_PREPS or child.lower_ in ("during", "amid", "amidst", "over")
                                                     # "during a raid on Brask", "amid the Tessia war": the event's place
                                                     and any(c.dep_ == "pobj" and c.lemma_.lower() in _EVENT_NOUNS | {"course"}
                                                             for c in child.children)) \
                    and ctx.same_segment(child, tok):
                for pobj in _objects_of(child):
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "course":
                        # "over the course of the Tessia war": the event it is the course of
                        pobj = next((e for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                                     for e in of.children if e.dep_ == "pobj"), pobj)
                    if pobj.dep_ == "pobj" and _bracketed_after(doc, pobj, sent):
                        return None  # "the 37 deaths were from Brask (nine), Orla (eight)": the whole of a breakdown
                    if pobj.dep_ == "pobj":
                        phrase = _place_phrase(doc, pobj, sent)
                        if phrase:
                            return phrase
            if cur.pos_ == "VERB" and ctx.same_segment(child, tok) and (
                    child.dep_ == "dobj" and cur.lemma_.lower() in ("leave", "flee", "abandon", "evacuate", "desert", "quit")
                    or child.dep_ == "prep" and child.lower_ == "out"):
                # "had left his city", "had fled Brask", "moved out of his city": the place they left
                objs = [child] if child.dep_ == "dobj" else \
                    [o for of in child.children if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]
                phrase = next((p for o in objs if (p := _place_phrase(doc, o, sent))), None)
                if phrase:
                    return phrase
            if child.dep_ in ("advcl", "xcomp", "dobj") and child.lower_ in ("fighting", "serving", "battling") \
                    and cur.lemma_.lower() in _HARM_VERBS and ctx.same_segment(child, tok):
                # "five have died fighting in the Tessia war": where they fought
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at"):
                        phrase = next((p for o in prep.children if o.dep_ == "pobj" and (p := _place_phrase(doc, o, sent))), None)
                        if phrase:
                            return phrase
            if child.lower_ == "outside" and cur.pos_ in ("VERB", "AUX") and ctx.same_segment(child, tok):
                # "170 were killed outside of Brask": elsewhere in the country of the town named
                for of in child.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        for obj in of.children:
                            where = resolve_place(_name_text(doc, obj)) if obj.dep_ == "pobj" and obj.pos_ == "PROPN" else None
                            if where is not None and where.kind in ("city", "region") and country_name(where.country):
                                return country_name(where.country)
            if child.dep_ == "advmod" and child.lower_ in ("there", "here") and cur.pos_ in ("VERB", "AUX"):
                earlier = _earlier_place(doc, sent, child.i)
                if earlier:
                    return earlier
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ == "relcl" and ctx.same_segment(cur.head, tok) \
                and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in _SETTLEMENT_NOUNS | {"province", "district", "county"} \
                and cur.head.dep_ == "pobj" and cur.head.head.lower_ in _IN_PREPS \
                and cur.lemma_.lower() in ("soar", "rise", "reach", "climb", "jump", "surge", "stand", "grow", "increase") \
                and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in cur.children):
            # "deaths were recorded in the Brask district, which has soared to 2,838": the place the
            # clause's number goes with
            phrase = _place_phrase(doc, cur.head, sent)
            if phrase:
                return phrase
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ == "relcl" and ctx.same_segment(cur.head, tok) \
                and any(c.dep_ == "advmod" and c.lower_ == "where" for c in cur.children):
            # "communities like Brask, where at least 62 people died": the place the clause is about
            ant = cur.head
            listed = ant.pos_ == "PROPN" and ant.dep_ == "conj" and ant.text[:1].isupper() \
                and (ant.head.ent_type_ in _PLACE_LABELS or ant.head.lemma_.lower() in _PLACE_NOUNS | _SETTLEMENT_NOUNS)
            if listed:
                # "the quake struck Brask district, where 92 were killed, and neighbouring Tessel, where 48
                # died": a name listed with a place is a place, whatever the tagger calls it
                return _name_text(doc, ant)
            if ant.pos_ == "PROPN" and (ant.ent_type_ in _PLACE_LABELS or resolve_place(_name_text(doc, ant)) is not None) \
                    or ant.lemma_.lower() in _PLACE_NOUNS | _SETTLEMENT_NOUNS:
                # (a known town the tagger calls a person is a place when a "where" clause is about it)
                phrase = _place_phrase(doc, ant, sent) or (
                    _name_text(doc, ant) if ant.pos_ == "PROPN" and resolve_place(_name_text(doc, ant)) else None)
                if phrase:
                    return phrase
        seen.add(cur.i)
        if cur is tok:
            # no place phrase on the noun itself: a country that owns it, before the verbs' phrases
            owner = _country_owner(tok)
            if owner:
                return owner
        if cur.pos_ == "VERB" and cur.lemma_.lower() in _STRIKE_VERBS and came_from is not None \
                and doc[came_from].dep_ == "agent" and ctx.same_segment(cur, tok):
            # "Brask province was hit by a quake which killed 1,000 people": the place the event struck
            for subj in cur.children:
                if subj.dep_ == "nsubjpass" and (subj.ent_type_ in ("GPE", "LOC") or subj.pos_ == "PROPN"
                                                 and resolve_place(_name_text(doc, subj)) is not None):
                    phrase = _place_phrase(doc, subj, sent) if sent.start <= subj.i < sent.end else None
                    if phrase:
                        return phrase
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp"):
            # "are in the Orsk region and are expected to cross" -> coordinated clauses
            shared = _shared_place(doc, cur, tok, sent, ctx)
            if shared:
                return shared
            break
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_EVENT_MARKS | {"as"} for c in cur.children):
            break  # "the aftershock shook the island in the Gulf as the toll rose to 10": another event's place
        if cur.dep_ == "pcomp" and cur.head.lower_ in _OTHER_EVENT_MARKS:
            break  # "appealed to Varnia's ministry after 80 were killed": the appeal's place is not the deaths'
        if cur.head is cur or not ctx.same_segment(cur.head, tok):
            verb = _orphan_verb(doc, tok, sent, ctx) if cur is tok else None
            if verb is None:
                break
            # "... in a post to X.\nTwo soldiers were hurt at the Brask base": the parser hung the
            # line's subject on the line before; its own line's verb is the one it goes with
            came_from, from_conj, cur = cur.i, False, verb
            continue
        came_from = cur.i
        from_conj = cur.dep_ == "conj"
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in _TALLY_VERBS and came_from is not None \
                and (doc[came_from].dep_ in ("dobj", "attr") or cur.lemma_.lower() == "account" and doc[came_from].lower_ == "for"):
            # ("with Brask accounting for 33,446": the place that makes up that part)
            # "with Brask province reporting 17 deaths": the place that records the figure is its place
            for subj in cur.children:
                if subj.dep_ == "nsubj" and sent.start <= subj.i < sent.end and not _dateline_word(doc, subj) and (
                        subj.ent_type_ in ("GPE", "LOC") or subj.lemma_.lower() in _SETTLEMENT_NOUNS | _PLACE_NOUNS
                        # "DRC has reported 12,569 cases": a country's short name the tagger calls a body
                        or subj.pos_ == "PROPN" and (known := resolve_place(subj.text)) is not None
                        and known.kind == "country" and lookup_alias(subj.text) is not None
                        # a name the page tags as a place elsewhere ("in Brask, Tessel ... with Brask accounting for")
                        or subj.pos_ == "PROPN" and resolve_place(subj.text) is not None
                        and any(t.i < subj.i and t.text == subj.text and t.dep_ in ("pobj", "conj") for t in sent)
                        # "Central Visayas recorded 50 fatalities": a region the gazetteer knows, whatever the tagger calls it
                        or subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON"
                        and (known := resolve_place(_name_text(doc, subj))) is not None
                        and known.kind in ("region", "state") and " " in _name_text(doc, subj)
                        # "while Rukum West recorded 38": a name the page tags as a place elsewhere
                        or subj.pos_ == "PROPN" and (" " in _name_text(doc, subj) or subj.ent_type_ != "PERSON")
                        and norm_name(_name_text(doc, subj)) in {norm_name(n) for n, _ in places_in(doc, 0, len(doc))}):
                    words = [t for t in doc[subj.left_edge.i : subj.i + 1] if t.pos_ != "DET"]
                    if words and words[0].pos_ == "PROPN" and not _not_a_place_name(words[0]):
                        return doc[words[0].i : subj.i + 1].text
        if cur.lemma_ in _SAY_VERBS and cur.pos_ == "VERB" and came_from is not None \
                and doc[came_from].dep_ == "nsubjpass" and ctx.same_segment(cur, tok):
            continue  # "202 people had been confirmed dead there", "40 deaths were reported in Brask": the
            # figure is what is reported, and the verb's own phrases place it
        if cur.lemma_ in _SAY_VERBS and cur.pos_ == "VERB" and not (cur.lemma_ == "claim" and _harms(cur)):
            # ("one raid claimed the lives of 27": a harm, no speech: its clause's place phrases go on)
            revised = [c for c in cur.children if c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_NOUNS | _COUNT_NOUNS]
            if not (cur.lemma_.lower() in _REVISE_VERBS and revised):
                break
            # "raised the death toll in Varnia's worst floods to 205": the toll's own place phrase
            for prep in revised[0].children:
                if prep.dep_ == "prep" and prep.lower_ in _LOC_PREPS and ctx.same_segment(prep, tok):
                    for pobj in prep.children:
                        phrase = _place_phrase(doc, pobj, sent) if pobj.dep_ == "pobj" else None
                        if phrase:
                            return phrase
    # a place phrase elsewhere in the same clause, after the figure ("..., including 11,000 North Koreans, in Kursk")
    verb = ctx.clause_verb(tok)
    for t in doc[tok.i + 1 : sent.end]:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "inside", "within") and ctx.clause_verb(t).i == verb.i:
            if others and _other_figures_place(doc, t.i, tok, others, sent) or _elliptic_part_before(doc, tok, t.head) \
                    or _in_aim(doc, t.i, tok):
                continue
            phrase = _place_phrase(doc, t, sent)
            if phrase:
                return phrase
    return _served_army_country(doc, tok, sent, ctx)


# men a country sends abroad besides its troops ("a contingent of 800 Kenyan police")
_SENT_NOUNS = {"police", "policeman", "officer", "peacekeeper", "contingent", "trooper", "marine", "sailor"}
# things a disaster destroys, counted apart from its people
_THING_NOUNS = {"village", "house", "home", "building", "school", "hospital", "road", "bridge", "vehicle", "car",
                "shop", "structure", "dwelling", "hectare", "acre", "tent", "livestock", "cattle", "household"}
# what a disaster does to the place it strikes ("Brask was hit by a quake that killed 90")
_STRIKE_VERBS = {"hit", "strike", "devastate", "batter", "rock", "jolt", "shake", "ravage", "pound", "lash", "flatten"}
# a unit or mission a counted person belongs to ("soldiers from Varnia's Kessel mission in Tessia")
# the forms of those verbs in a title ("Storms lash Brask", "Quake struck Brask")
_TITLE_STRIKE_FORMS = frozenset({f for v in _STRIKE_VERBS | {"sweep", "slam", "swamp", "inundate", "engulf", "hammer", "wallop",
                                                                 "drench", "soak", "wreck", "lash", "buffet"}
                                 for f in (v, v + "s", v + "es", v + "ed", v + "d")}
                                | {"struck", "swept", "shook", "hits", "battered", "pounded", "lashed", "rocked"})
_UNIT_NOUNS = {"contingent", "battalion", "brigade", "mission", "unit", "regiment", "division", "operation"}
# an armed force a counted person serves in ("discharged from the Varnian army")
_FORCE_NOUNS = {"army", "military", "force", "ranks", "navy", "troops"}
_SERVE_VERBS = {"recruit", "enlist", "hire", "conscript", "contract", "employ", "draft", "deploy", "lure", "dupe", "trick"}
# verbs whose subject takes people into its own forces (not "deploy" or "send": those go elsewhere)
_RECRUIT_VERBS = {"recruit", "enlist", "hire", "conscript", "draft"}


def _served_army_country(doc: "Doc", tok: "Token", sent: "Span", ctx: Sentences) -> str | None:
    """The country whose army the counted people serve in when no place is stated: "85 Tessians
    were discharged from the Varnian military", "eight Tessians died while serving with the Varnian
    army", "50 Tessians recruited by the Varnian army" -> Varnia (where they are). An army that
    kills or attacks ("killed by Varnian forces") is a side, no place: only "in", "into", "from",
    "with", "within", the object of "join", or "by" after a verb of recruiting."""
    verb = ctx.clause_verb(tok)
    # whose people are counted ("85 Tessian nationals", "85 Tessians"): their own country is no answer
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    counted_land = {row.iso2 for t in (noun, *noun.lefts) if (row := lookup_demonym(t.text)) is not None}
    # the figure's own path up to its clause's verb ("a total of 85 Tessians", "85" under "Tessians")
    path = {verb.i, tok.i}
    for anc in tok.ancestors:
        path.add(anc.i)
        if anc.i == verb.i:
            break
    if verb.lemma_.lower() in _RECRUIT_VERBS:
        # "Varnia has recruited nearly 15,000 Tessians": the country that recruits them is where they are
        for subj in verb.children:
            if subj.dep_ == "nsubj" and subj.pos_ == "PROPN" and subj.ent_type_ in ("GPE", "ORG", ""):
                a, b = _name_span(doc, subj)
                known = resolve_place(doc[a:b].text)
                if known is not None and known.kind == "country" and known.country and not (
                        lookup_demonym(doc[a:b].text) is not None):
                    return country_name(known.country) if lookup_alias(doc[a:b].text) is None \
                        else lookup_alias(doc[a:b].text).canonical  # type: ignore[union-attr]
    for force in doc[sent.start : sent.end]:
        if force.lemma_.lower() not in _FORCE_NOUNS or force.pos_ not in ("NOUN", "PROPN"):
            continue
        mods = [c for c in force.lefts if c.dep_ in ("amod", "compound", "nmod")]
        land = next((row for c in mods if (row := lookup_demonym(c.text)) is not None and row.type == "GPE"), None)
        if land is None or land.iso2 in counted_land or any(c.lower_ == "ethnic" for c in force.lefts):
            continue  # ("ethnic Tessian forces" are no army of Tessia's)
        link = force.head
        if link.lower_ == "with" and link.head.lemma_.lower() in _WAR_SIDE_NOUNS | _EVENT_NOUNS:
            continue  # "killed during its conflict with Tessian forces": the other side, not where
        ok = force.dep_ == "pobj" and link.lower_ in ("in", "into", "from", "with", "within") \
            or force.dep_ == "pobj" and link.lower_ == "by" and link.head.lemma_.lower() in _SERVE_VERBS \
            or force.dep_ == "dobj" and link.lemma_.lower() == "join"
        if not ok:
            continue
        # the force's phrase hangs on the figure's clause, or on a clause under it ("while serving with")
        cur = force
        for _ in range(10):
            if cur.i in path:
                return land.canonical
            if cur.head is cur or not sent.start <= cur.head.i < sent.end:
                break
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("advcl", "acl", "relcl", "xcomp", "pcomp", "conj"):
                break
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("acl", "relcl") and cur.head.i not in path \
                    and cur.head.pos_ == "NOUN" and not noun.left_edge.i <= cur.head.i <= noun.right_edge.i \
                    and not (cur.head.dep_ == "pobj" and cur.head.head.lower_ == "from"):  # ("fighters from N countries serving in")
                break  # "200 families seek the return of relatives serving in the Varnian army": the
                # clause describes the relatives, not the counted families
            cur = cur.head
    return None


_HELP_VERBS = frozenset({"support", "help", "assist", "aid", "back", "reinforce", "bolster", "defend"})


def _sent_to_help(tok: "Token", ctx: Sentences) -> str | None:
    """The country that men sent abroad were sent to help, by name ("deployed to support Varnia's
    war effort", "sent to help Varnia"), when the sending clause states no place of its own."""
    verb = ctx.clause_verb(tok)
    if verb.lemma_.lower() not in _DISPATCH_VERBS | {"deploy", "dispatch", "send"}:
        return None
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "in", "at", "near", "inside") for c in verb.children):
        return None  # "deployed to Brask to help Varnia": where they were sent
    for aim in verb.children:
        if aim.dep_ not in ("advcl", "xcomp") or aim.lemma_.lower() not in _HELP_VERBS \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
            continue
        for obj in aim.children:
            if obj.dep_ != "dobj":
                continue
            owner = obj if obj.pos_ == "PROPN" else next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None:
                name = _name_text(tok.doc, owner)
                known = resolve_place(name)
                if known is not None and known.kind == "country":
                    return name
    return None


_HOLD_BY_VERBS = frozenset({"capture", "hold", "take", "detain", "seize", "catch"})


def _force_country(force: "Token") -> str | None:
    """The country a force noun is of, by its demonym ("the Tessian army", "North Varnian forces")."""
    for mod in force.lefts:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.text[:1].isupper():
            for a in (mod.left_edge.i, mod.i):
                row = lookup_demonym(force.doc[a : mod.i + 1].text)
                if row is not None and row.type == "GPE" and row.iso2:
                    return row.canonical
    return None


def _captor_country(sent: "Span") -> str | None:
    """The country of the forces a sentence says hold the counted people ("in the hands of Tessian
    forces", "captured by the Tessian army", "prisoners of Tessian troops"), else None."""
    for force in sent:
        if force.lemma_.lower() not in _FORCE_NOUNS | {"forces", "troop", "soldier"} or force.dep_ != "pobj":
            continue
        link = force.head
        held = link.lower_ == "of" and link.head.lemma_.lower() in ("hand", "prisoner", "captive", "custody") \
            or link.lower_ == "by" and link.head.lemma_.lower() in _HOLD_BY_VERBS
        if held and (land := _force_country(force)) is not None:
            return land
    return None


def _army_size_country(tok: "Token") -> str | None:
    """The country whose whole armed forces the figure sizes ("the Tessian armed forces, numbering
    1.2 million", "Tessia's army of 900,000"), else None: an army's size is its country's, not the
    place where part of it is deployed."""
    num = tok
    for _ in range(3):
        if num.dep_ in ("compound", "quantmod", "nummod") and num.head.pos_ == "NUM":
            num = num.head
        else:
            break
    force = None
    if num.dep_ == "dobj" and num.head.lemma_.lower() == "number" and num.head.dep_ in ("acl", "relcl"):
        force = num.head.head  # "the forces, numbering 1.2 million"
    elif num.dep_ == "pobj" and num.head.lower_ == "of" and num.head.head.lemma_.lower() in ("army", "military", "force", "forces"):
        force = num.head.head  # "an army of 900,000"
    if force is None or force.lemma_.lower() not in ("army", "military", "force", "forces", "navy"):
        return None
    land = _force_country(force)
    if land is None:
        owner = next((c for c in force.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        where = resolve_place(owner.text) if owner is not None else None
        land = owner.text if owner is not None and where is not None and where.kind == "country" else None
    return land


_MOSTLY_WORDS = frozenset({"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly"})


def _mostly_part(doc: "Doc", i: int) -> bool:
    """Whether the place at ``i`` is where most of a figure is, not all of it ("mostly in Brask",
    "mainly in Brask and Tessel", "most of them in Brask")."""
    t = doc[i]
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head  # ("mostly in Brask and Tessel": the list's first)
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if any(c.lower_ in _MOSTLY_WORDS for c in prep.children):
        return True
    before = doc[max(prep.i - 3, 0) : prep.i]
    words = [w.lower_ for w in before if not w.is_punct]
    return bool(words) and (words[-1] in _MOSTLY_WORDS or words[-2:] == ["of", "them"] and "most" in words)


def _orphan_verb(doc: "Doc", tok: "Token", sent: "Span", ctx: Sentences) -> "Token | None":
    """The verb right after a counted noun that the parser hung on another line-cut sentence
    (a subject taken for the object of the line before): the verb of the noun's own line, itself
    hung outside it; None when the noun's head is in its own line or no such verb follows."""
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 5)]:
        if t.dep_ in ("aux", "auxpass", "neg", "advmod"):
            continue
        if t.pos_ == "VERB" and (t.head is t or not ctx.same_segment(t.head, tok)):
            return t
        break
    return None


_COMPASS = re.compile(r"(?:north|south)(?:-?(?:east|west))?|east|west")


# a number word's value ("three" -> 3): the quantities' own table ("_COUNT_WORDS" below is another job's)
_NUMBER_VALUES = {**_SMALL, **_TENS}


def _num_value(t: "Token") -> int | None:
    """A number token's value ("25", "1,200", "three"), else None."""
    text = t.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _NUMBER_VALUES.get(text)


def _counted_kind(t: "Token") -> str | None:
    """What a number counts, coarsely: "force" for a force's men ("three troops", "three service
    members"), the noun's lemma for anything else, None for a bare number ("five dead")."""
    noun = t.head if t.dep_ in ("nummod", "quantmod") and t.head.pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    return "force" if lemma in _PEOPLE_OF_STATE | _TROOP_NOUNS | _SENT_NOUNS | {"peacekeeper", "helmet"} else lemma


def _harm_near(t: "Token", ctx: Sentences) -> str | None:
    """"killed" or "wounded" for the harm a number's own words tell ("three were killed", "25
    injured", "left 25 more injured"): the words right after it, else its clause's verb; else None."""
    def harm(w: "Token") -> str | None:
        words = {w.lemma_.lower(), w.lower_}
        return "killed" if words & {"kill", "killed", "die", "died", "dead"} \
            else "wounded" if words & {"wound", "wounded", "injure", "injured", "hurt"} else None
    for w in t.doc[t.i + 1 : min(len(t.doc), t.i + 4)]:
        if w.is_punct or w.lower_ in ("and", "but", "while"):
            break
        if (found := harm(w)) is not None:
            return found
    return harm(ctx.clause_verb(t))


def _force_since(doc: "Doc", tok: "Token", sent: "Span", ctx: Sentences) -> bool:
    """Whether the figure counts a force's men over a stretch of time ("30 peacekeepers have been
    hurt since October", "since the mission began"): a count over months, not one attack's."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    if noun.lemma_.lower() not in _TROOP_NOUNS | _SENT_NOUNS | {"peacekeeper", "helmet", "member", "officer"}:
        return False
    verb = ctx.clause_verb(tok)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            return True  # "since October", "since the start of the mission"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True  # "since the deployment began"
    return False


def _part_of_the_country(doc: "Doc", tok: "Token", sent: "Span", ctx: Sentences) -> bool:
    """Whether the figure's own clause puts it in a part of "the country" ("at a camp in the centre
    of the country", "in the north of the country")."""
    verb = ctx.clause_verb(tok)
    for t in doc[tok.i + 1 : sent.end]:
        if t.dep_ == "pobj" and t.lower_ in ("country", "nation") and t.head.lower_ == "of" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                and (_COMPASS.fullmatch(t.head.head.lower_) or t.head.head.lower_ in ("centre", "center", "heart", "rest")) \
                and ctx.clause_verb(t).i == verb.i:
            return True
    return False


def _bare_direction(doc: "Doc", tok: "Token", sent: "Span", ctx: Sentences, own_only: bool = False) -> str | None:
    """The compass point a figure's own clause puts it in without naming a place ("another 400 at
    two bases in the northwest"; not "the north of X", which the place phrase reads), else None. ``own_only``: only in
    the figure's own phrase (a place stated for the figure gives way only to that)."""
    verb = ctx.clause_verb(tok)
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    own = {t.i for t in noun.subtree}
    for t in doc[tok.i + 1 : sent.end]:
        if t.like_num and (t.dep_ == "conj" or t.dep_ == "nummod" and t.head.dep_ == "conj"):
            return None  # "around 1,000 in Brask and 400 at bases in the west": the next figure's part
        if t.dep_ == "pobj" and t.head.lower_ == "in" and _COMPASS.fullmatch(t.lower_) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                and (t.i in own or not own_only and ctx.clause_verb(t).i == verb.i) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
                and not any(_extent_end(doc, j) for j in range(max(sent.start, t.i - 10), t.i)):
            # ("300 miles from Brask in the north to Tessel in the south": the sides of an area's ends)
            return t.lower_
    return None


def _mission_named(doc: "Doc", start: int, end: int) -> tuple[str, str] | None:
    """The first mission named in ``doc[start:end]`` after a country ("UNIFIL", "the African Union
    Mission in Somalia"), with that country; None when there is none."""
    for ent in doc.ents:
        if start <= ent.start < end and ent.label_ in ("ORG", "GPE", "PRODUCT", "") \
                and (land := mission_country(ent.text)) is not None:
            return ent.text, land
    for t in doc[start:end]:
        if t.pos_ == "PROPN" and t.text.isupper() and len(t.text) > 3 and not t.ent_type_ \
                and (land := mission_country(t.text)) is not None:
            return t.text, land
    return None


def _country_owner(tok: "Token") -> str | None:
    """The country that owns the figure's noun: "Varnia's $2 billion budget", "the Varnian
    government's $700 million bail-out" -> the country as written ("Varnia", "US")."""
    for poss in tok.children:
        if poss.dep_ != "poss":
            continue
        for cand in (poss, *(c for c in poss.children if c.dep_ == "compound")):
            if cand.pos_ != "PROPN" or cand.ent_type_ in ("PERSON", "NORP"):
                continue
            place = resolve_place(cand.text)
            if place is not None and place.kind == "country":
                return cand.text
    return None


def _earlier_place(doc: "Doc", sent: "Span", before: int) -> str | None:
    for t in reversed(list(doc[sent.start : before])):
        if t.dep_ == "pobj" and t.head.lower_ in _LOC_PREPS:
            phrase = _place_phrase(doc, t, sent)
            if phrase:
                return phrase
    # "Brask, a town in the north, was worst hit, and 3,500 were evacuated there": the place the clause before was about
    hit = [name for name, i in places_in(doc, sent.start, before) if doc[i].dep_ == "nsubjpass"]
    return hit[-1] if hit else None



# --- places named anywhere in a sentence, and the scope an article sets ----------------------------

_PLACE_LABELS = ("GPE", "LOC", "FAC")


# lower-case words inside place names ("Rio Grande do Sul", "Castilla y Leon", "Pinar del Rio")
_NAME_LINKS = frozenset({"do", "da", "de", "del", "dos", "das", "di", "y"})


def _known_name_end(doc: "Doc", start: int, end: int) -> int:
    """The end of the longer name the gazetteer knows when a tagged name stops at a link word
    ("Rio Grande" + "do Sul" -> "Rio Grande do Sul"); else ``end``."""
    if end + 1 < len(doc) and doc[end].lower_ in _NAME_LINKS and doc[end].text.islower() and doc[end + 1].text[:1].isupper():
        for stop in range(min(end + 3, len(doc)), end + 1, -1):
            if all(t.text[:1].isupper() for t in doc[end + 1 : stop]) and is_primary_name(doc[start:stop].text):
                return stop
    if end + 2 < len(doc) and doc[end].text == "of" and doc[end + 1].lower_ == "the" and doc[end + 2].text[:1].isupper() \
            and resolve_place(doc[start:end].text.removeprefix("the ")) is None:
        # "the Democratic Republic of the Congo" tagged only up to "Republic": the known name whole
        for stop in range(min(end + 4, len(doc)), end + 2, -1):
            if all(t.text[:1].isupper() for t in doc[end + 2 : stop]) \
                    and is_primary_name(doc[start:stop].text.removeprefix("the ")):
                return stop
    return end


def _ent_place(ent: "Span") -> str | None:
    """An entity's words as a place name (no leading article or possessive)."""
    doc = ent.doc
    stop = _known_name_end(doc, ent.start, ent.end)
    if stop == ent.end and stop + 1 < len(doc) and doc[stop].text in ("-", "‑") and not doc[stop - 1].whitespace_ \
            and not doc[stop].whitespace_ and doc[stop + 1].text[:1].isupper() \
            and is_primary_name(doc[ent.start : stop + 2].text):
        stop += 2  # "Emilia-Romagna" tagged only up to its hyphen: the known name whole
    words = (doc[ent.start : stop].text if stop > ent.end else ent.text).strip()
    if words.lower().startswith("the "):
        words = words[4:]
    if words.endswith(("'s", "’s")):
        words = words[:-2]
    words = words.strip(" ,.;:")
    parts = words.split()
    if len(parts) > 1 and parts[-1].lower() in _EVENT_NOUNS | {"floods", "landslides", "earthquakes", "fires", "wildfire",
                                                                "wildfires", "quakes", "storms", "attacks"}:
        words = " ".join(parts[:-1])  # "the Oga Peninsula Earthquake": the place the event is named after
    if len(words) < 2 or not any(ch.isalpha() for ch in words):
        return None
    if re.match(r"^Operation\s+[A-Z]", words):
        return None  # "Operation Moshtarak": a military operation's name, no place
    return words


# nouns of a settlement or an area that a name can stand with ("the town of X", "the X camp")
_SETTLEMENT_NOUNS = {"city", "town", "village", "camp", "neighborhood", "neighbourhood", "district", "suburb",
                     "region", "province", "island", "municipality", "county", "quarter", "borough", "township",
                     "prefecture", "governorate", "oblast", "hamlet", "settlement", "commune", "enclave", "regency"}
# states of a toll a country's own body gives for its own people
_TOLL_STATES = frozenset({"killed", "wounded", "missing", "casualties", "injured", "dead", "displaced", "affected"})
# what a country suffers when its forces lose people abroad ("Tessia has lost 600 soldiers")
_LOSS_STATES = frozenset({"killed", "wounded", "missing", "casualties", "captured"})
_LOSS_VERBS = frozenset({"suffer", "lose", "sustain", "incur"})
_DISPATCH_VERBS = frozenset({"send", "deploy", "dispatch", "station", "transfer"})
_TROOP_NOUNS = frozenset({"troop", "soldier", "force", "fighter", "serviceman", "personnel", "contingent", "unit"})
# a local government and its level ("the Brask prefectural government")
_LOCAL_BODIES = {"government", "authority", "authorities", "office", "administration", "police", "council"}
_LOCAL_LEVELS = {"prefectural", "provincial", "regional", "municipal", "county", "district", "state", "city"}
# words that end an area's own name ("Buncombe County", "Al Haouz Province")
_NAMED_AREA_WORDS = {"county", "province", "prefecture", "governorate", "oblast", "district", "parish"}
# nouns of a first-level region named after "of" ("the southern state of X", "the territory of X")
_REGION_OF_NOUNS = {"state", "territory", "department", "canton", "emirate"}


def _tagged_people_but_a_place(tok: "Token", name: str) -> bool:
    """A name the tagger calls a people (NORP) that is no demonym but a place the gazetteer knows
    ("the state of Rio Grande do Sul", tagged NORP by the small model)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "NORP" and lookup_demonym(name) is None \
        and resolve_place(name) is not None


# a building is no place of a figure: its town is ("the Fakhora school in the town of Jabaliya")
_BUILDING_NOUNS = {"school", "hospital", "clinic", "mosque", "church", "synagogue", "temple", "building", "house",
                   "home", "market", "office", "station", "embassy", "prison", "jail", "hotel", "university",
                   "college", "stadium", "compound", "factory", "plant", "mall", "shop", "store", "headquarters",
                   "airport", "centre", "center", "shelter", "academy", "barracks", "restaurant", "cafe", "club",
                   "theatre", "theater", "museum", "palace", "parliament", "court", "ministry", "apartment", "tower",
                   "courthouse", "hall", "terminal", "warehouse"}


# who holds an office of a place or lives in it: "the mayor of X", "the people of X"
_OF_PLACE_HEADS = {"mayor", "governor", "residents", "resident", "people", "authority", "official", "police",
                   "council", "municipality", "inhabitant", "citizen", "prefect", "administrator"}
_KNOWN_CITY = 100_000  # a city the gazetteer knows, big enough not to be read into a person's or firm's name


def _name_span(doc: "Doc", root: "Token") -> tuple[int, int]:
    """The token range of a proper name around its root (its flat left and right parts)."""
    left = root.i
    while left - 1 >= 0 and doc[left - 1].head.i == root.i and doc[left - 1].dep_ in ("compound", "flat") \
            and doc[left - 1].pos_ == "PROPN":
        left -= 1
    while left - 2 >= 0 and doc[left - 1].text in ("-", "‑") and not doc[left - 2].whitespace_ \
            and not doc[left - 1].whitespace_ and doc[left - 2].text[:1].isupper():
        left -= 2  # "Baden-Wurttemberg": a hyphenated name whole
    right = root.i + 1
    while right < len(doc) and doc[right].head.i == root.i and doc[right].dep_ in ("compound", "flat", "appos") \
            and doc[right].pos_ == "PROPN" and not doc[right - 1].is_punct:
        right += 1
    return left, _known_name_end(doc, left, right)


def _not_a_place_name(tok: "Token") -> bool:
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL", "MONEY"):
        return True
    row = lookup_alias(tok.text)
    return row is not None and row.type == "ORG"  # "the UN camp"


def _settlement_names(doc: "Doc") -> frozenset[str]:
    """The names the page gives a settlement noun ("the city of X", "X city"), normalised (kept
    for the page being read)."""
    return _SETTLEMENTS.get(doc, lambda: _read_settlement_names(doc))


def _read_settlement_names(doc: "Doc") -> frozenset[str]:
    names: set[str] = set()
    for noun in doc:
        if noun.lemma_.lower() not in ("city", "town", "village", "port", "capital") or noun.pos_ != "NOUN":
            continue
        for c in noun.lefts:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                names.add(norm_name(c.text))
        for prep in noun.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                names.update(norm_name(_name_text(doc, n)) for n in prep.children if n.dep_ == "pobj" and n.pos_ == "PROPN")
    return frozenset(names)


_SETTLEMENTS: DocMemo[frozenset[str]] = DocMemo(keep=1)


def _cause_names(doc: "Doc") -> frozenset[str]:
    """Names the page uses for what caused the harm, a storm or an outbreak, normalised (kept for the
    page being read): written "Orla-related", counted "from Orla", a "the Orla death toll", "Orla's
    devastation", or sweeping through a region ("Orla swept through the coast")."""
    return _CAUSES.get(doc, lambda: _read_cause_names(doc))


def _read_cause_names(doc: "Doc") -> frozenset[str]:
    names: set[str] = set()
    for t in doc:
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        head = t.head
        cause = (t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "\u2011") and not t.whitespace_
                 and doc[t.i + 2].lower_ == "related")
        cause = cause or (t.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in _TOLL_NOUNS)
        cause = cause or (t.dep_ in ("compound", "nmod") and head.lemma_.lower() in ("toll", "aftermath", "landfall"))
        cause = cause or (t.dep_ == "poss" and head.lemma_.lower() in _CAUSE_TRACES)
        cause = cause or (t.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in _SWEEP_VERBS
                          and any(c.dep_ == "prep" and c.lower_ in ("through", "across", "over") for c in head.children))
        if cause:
            names.add(norm_name(t.text))
    return frozenset(names)


# what a storm leaves behind it ("Orla's devastation", "Orla's remnants")
_CAUSE_TRACES = {"devastation", "wrath", "aftermath", "fury", "remnant", "destruction", "rampage", "onslaught"}
_CAUSES: DocMemo[frozenset[str]] = DocMemo(keep=1)


def _name_alone(doc: "Doc", name: "Token") -> bool:
    """Whether a name stands alone, no other name word next to it ("Mali", not "Chad Smith")."""
    return not (name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN") \
        and not (name.i > 0 and doc[name.i - 1].pos_ == "PROPN")


# what a storm does to the land it crosses, besides striking it ("wildfires swept Brask")
_SWEEP_VERBS = {"sweep", "slam", "swamp", "inundate", "engulf", "hammer", "lash", "wreck", "buffet", "drench", "scorch"}
# the weather and the fires that strike a place, besides the events ("gales battered Tessel")
_WEATHER_NOUNS = {"gale", "wind", "rain", "downpour", "wildfire", "bushfire", "forest", "wave", "snow", "snowstorm",
                  "blizzard", "tornado", "twister", "heatwave", "drought", "hail", "hailstorm", "tide", "surge", "monsoon"}


def _constructed_places(doc: "Doc", start: int, end: int) -> list[tuple[str, int]]:
    """Names a place construction makes places whatever the entity tagger says: "the southern city
    of Khan Younis", "the Jabaliya camp", "Bureij refugee camp", "the Zeitoun neighborhood of Gaza
    City" (each with the token index of the name's root)."""
    out: list[tuple[str, int]] = []
    for name in doc[start:end]:
        # "in Athens and Thessaloniki" with the second name tagged as an organisation: a known city
        # or country after a locative preposition
        prep = name.head.head if name.dep_ == "conj" and name.head.dep_ == "pobj" else name.head
        if name.pos_ == "PROPN" and name.dep_ in ("pobj", "conj") and prep.lower_ in _LOCATIVE \
                and name.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC", "DATE", "TIME") and not _not_a_place_name(name):
            a, b = _name_span(doc, name)
            known = resolve_place(doc[a:b].text)
            if known is not None and not is_primary_name(doc[a:b].text) \
                    and (known.kind != "city" or norm_name(doc[a:b].text) not in _settlement_names(doc)):
                # an alternate spelling only for a town the page also calls one ("the coastal city of
                # Darna" ... "in Darna"); "Hamas" is no spelling of a town here
                known = None
            # "in Kursk Oblast" (a region named after its known city, whatever the tagger calls it)
            if known is not None and (known.kind in ("country", "region") or known.kind == "city"
                                      and (population(known) or 0) >= _KNOWN_CITY):
                out.append((doc[a:b].text, name.i))
        elif name.pos_ == "PROPN" and name.dep_ == "pobj" and prep.lower_ in _LOCATIVE and name.ent_type_ == "PERSON" \
                and _name_alone(doc, name) and is_primary_name(name.text) \
                and (known := resolve_place(name.text)) is not None and known.kind == "country":
            out.append((name.text, name.i))  # "in an ambush in northern Mali" (Mali tagged as a person)
        # "deployed to Varnia's Brask province" (the tagger calls it all an organisation): a region
        # the gazetteer knows, named on an area noun in a phrase of place
        area = name.head
        if name.pos_ == "PROPN" and name.dep_ == "compound" and area.lemma_.lower() in _AREA_NOUNS \
                and area.dep_ == "pobj" and (area.head.lower_ in _LOCATIVE or area.head.lower_ in ("to", "into")
                                             and area.head.head.lemma_.lower() in _DEPLOY_VERBS) \
                and name.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "NORP"):
            a, b = _name_span(doc, name)
            while a < b and doc[a].dep_ in ("poss", "case") or a < b and doc[a].tag_ == "POS":
                a += 1
            known = resolve_place(doc[a:b].text) if start <= a < b else None
            if known is not None and known.kind in ("region", "state") and is_primary_name(doc[a:b].text):
                out.append((doc[a:b].text, name.i))
        # "Gales battered Tessel", "Wildfires swept Brask": what a storm, a fire or a quake struck is a
        # place, whatever the tagger calls an unknown name
        if name.dep_ == "dobj" and name.head.lemma_.lower() in _STRIKE_VERBS | _SWEEP_VERBS \
                and (name.pos_ == "PROPN" or name.text[:1].isupper() and name.pos_ in ("NOUN", "ADJ")) \
                and name.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "ORG", "DATE", "TIME", "CARDINAL") \
                and not any(c.dep_ == "det" for c in name.children) \
                and any(c.dep_ == "nsubj" and (c.lemma_.lower() in _EVENT_NOUNS | _WEATHER_NOUNS
                                               or c.lower_.rstrip("s") in _EVENT_NOUNS | _WEATHER_NOUNS) for c in name.head.children) \
                and ((row := lookup_alias(name.text)) is None or row.type not in ("ORG", "PERSON")):
            a, b = _name_span(doc, name)
            if start <= a and b <= end and doc[a].text[:1].isupper():
                out.append((doc[a:b].text, name.i))
        # "martyred in the Upper Karabakh war": a war named after a region (no country: a country's
        # name on a war names a side) is fought there, whatever the tagger calls the name
        if name.pos_ == "PROPN" and name.dep_ == "compound" and name.head.lemma_.lower() in _WAR_NOUNS \
                and name.head.dep_ == "pobj" and name.head.head.lower_ in _LOCATIVE | {"during"} \
                and name.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME", "NORP"):
            a, b = _name_span(doc, name)
            known = resolve_place(doc[a:b].text) if start <= a else None
            if known is not None and known.kind == "region" and is_primary_name(doc[a:b].text):
                out.append((doc[a:b].text, name.i))
        # "the Ishikawa prefectural government", "the Brask provincial authorities": the area a local
        # government is of
        if name.pos_ == "PROPN" and name.dep_ in ("nmod", "compound") and name.head.lemma_.lower() in _LOCAL_BODIES \
                and any(c.dep_ == "amod" and c.lower_ in _LOCAL_LEVELS for c in name.head.children) \
                and name.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME") and name.i + 1 < len(doc) \
                and not doc[name.i + 1].pos_ == "PROPN":
            a, b = _name_span(doc, name)
            if start <= a and (known := resolve_place(doc[a:b].text)) is not None and known.kind in ("region", "state", "city"):
                out.append((doc[a:b].text, name.i))
        # "Brask, a town in the north": a name a settlement noun stands beside is a place, whatever the tagger says
        if name.pos_ == "PROPN" and name.dep_ not in ("compound", "appos") and name.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME") \
                and any(c.dep_ == "appos" and c.i > name.i and c.lemma_.lower() in ("city", "town", "village", "port", "hamlet")
                        and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children) for c in name.children):
            a, b = _name_span(doc, name)
            if start <= a and b <= end and not _not_a_place_name(doc[a]):
                out.append((doc[a:b].text, name.i))
        # "in the Varnian capital, Brask", "the coastal town, Tessel": the name set beside a settlement noun
        # after a comma is the settlement, whatever the tagger calls it
        if name.i >= 2 and name.text[:1].isupper() and name.is_alpha and doc[name.i - 1].text == "," \
                and doc[name.i - 2].pos_ == "NOUN" and doc[name.i - 2].lemma_.lower() in _SETTLEMENT_NOUNS | {"capital", "port"} \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in doc[name.i - 2].children) \
                and name.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME") and lookup_demonym(name.text) is None:
            k = name.i
            while k < end and k - name.i < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if start <= name.i and k <= end and (k == len(doc) or doc[k].text in (",", ".", ";")) \
                    and ((row := lookup_alias(doc[name.i:k].text)) is None or row.type not in ("ORG", "PERSON")):
                out.append((doc[name.i:k].text, name.i))
        # "the mayor of Darna", "health authorities of Darna": who holds an office of a place, or
        # lives there, names a place (a town the gazetteer knows, in any of its spellings)
        office = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else name.head if name.dep_ == "poss" else None
        if name.pos_ == "PROPN" and office is not None and office.lemma_.lower() in _OF_PLACE_HEADS \
                and name.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC", "DATE", "TIME") and not _not_a_place_name(name):
            a, b = _name_span(doc, name)
            known = resolve_place(doc[a:b].text)
            if known is not None and known.kind in ("country", "city", "region", "state"):
                out.append((doc[a:b].text, name.i))
    for noun in doc[start:end]:
        if noun.pos_ == "PROPN" and noun.lower_ in _NAMED_AREA_WORDS and noun.text[:1].isupper():
            # "the Buncombe County Sheriff's Office": the county in a body's name is a place (its
            # officials count its dead), whatever the tagger calls the whole name
            a = noun.i
            while a - 1 >= start and a - noun.i > -3 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].text[:1].isupper() \
                    and doc[a - 1].ent_type_ not in ("PERSON", "DATE", "NORP") and doc[a - 1].lower_ not in _NAMED_AREA_WORDS:
                a -= 1
            if a < noun.i:
                out.append((doc[a : noun.i + 1].text, noun.i - 1))
            continue
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SETTLEMENT_NOUNS | _REGION_OF_NOUNS:
            continue
        # "the X camp", "X refugee camp": the name before the noun
        comp = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not comp:
            # ("the Tessel refugee camp" with the name hung on "refugee" or as a modifier: read the words,
            # a name right before the noun and at most two plain words of it)
            j = noun.i - 1
            while j > noun.i - 3 and j >= start and doc[j].pos_ == "NOUN" and doc[j].text.islower():
                j -= 1
            if j >= start and noun.i - 3 <= j and j < doc[j].head.i <= noun.i and doc[j].dep_ in ("compound", "nmod", "amod") \
                    and (doc[j].pos_ == "PROPN" or doc[j].text[:1].isupper() and not doc[j].is_sent_start
                         and doc[j].ent_type_ not in ("NORP", "DATE", "TIME") and lookup_demonym(doc[j].text) is None):
                comp = [doc[j]]
        # ("the Upper Brask town of Tessel": a name before the noun and one after "of" -- the first is
        # the area the town is in, the town is the name after "of")
        named_of = noun.lemma_.lower() in ("town", "village", "city", "hamlet") and any(p.dep_ == "prep" and p.lower_ == "of" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in p.children)
                       for p in noun.rights)
        if noun.lemma_.lower() in _SETTLEMENT_NOUNS and comp and not named_of \
                and not any(_not_a_place_name(c) for c in comp if c.pos_ == "PROPN"):  # (a capitalised word read as an adjective)
            a = _name_span(doc, comp[0])[0]
            whole = doc[a : noun.i + 1].text
            region = resolve_place(doc[a : noun.i].text) if noun.lemma_.lower() in ("town", "village", "city") \
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) else None
            if start <= a and region is not None and region.kind in ("region", "state") and resolve_place(whole) is None:
                out.append((doc[a : noun.i].text, comp[-1].i))  # "in Brask town" with Brask a region: a town of Brask
            elif start <= a:
                out.append((whole, comp[-1].i))
        # "the city of X", "the southern state of X": the name after "of"
        for prep in noun.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in prep.children:
                    if name.dep_ != "pobj":
                        continue
                    a, b = _name_span(doc, name)
                    b = _known_name_end(doc, a, b)
                    if _not_a_place_name(name) and not _tagged_people_but_a_place(name, doc[a:b].text):
                        continue
                    if _operation_or_body_site(name):
                        continue  # "the region of the Claw Hold Operation": an operation's name
                    if noun.lemma_.lower() in _REGION_OF_NOUNS and resolve_place(doc[a:b].text) is None:
                        continue  # "the state of emergency"; only a state the gazetteer knows
                    if b <= end:
                        out.append((doc[a:b].text, name.i))
                if not any(c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN") for c in prep.children) and prep.i + 1 < end \
                        and noun.lemma_.lower() in _SETTLEMENT_NOUNS:
                    # "the small town of Varno overflowed": a name the parser tore from its "of"
                    # (tagged as a word of the next clause); the capitalised words after "of"
                    a = b = prep.i + 1
                    while b < end and b - a < 4 and doc[b].is_alpha and doc[b].text[:1].isupper() \
                            and doc[b].ent_type_ not in ("PERSON", "DATE", "TIME", "NORP"):
                        b += 1
                    if b > a and ((row := lookup_alias(doc[a].text)) is None or row.type != "ORG"):
                        out.append((doc[a:b].text, a))
    return out


# the words a storm's name stands with
_STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm", "tropical"}
# what a cause is named on ("the death toll from Orla", "deaths from Orla")
_TOLL_NOUNS = {"toll", "death", "casualty", "fatality", "damage", "loss"}


# verbs that revise a count ("raised the toll to 205") and the counts they revise
_REVISE_VERBS = {"raise", "lower", "revise", "update", "put"}
_COUNT_NOUNS = {"number", "count", "tally", "figure", "estimate"}


def places_in(doc: "Doc", start: int, end: int) -> list[tuple[str, int]]:
    """``_places_in``, remembered per range for the last few docs read (the claims of one page ask
    for the same sentences and the whole page many times over)."""
    memo = _PLACES_MEMO.get(doc, dict)  # the page, its title, the page before
    found = memo.get((start, end))
    if found is None:
        # ("the governor of the province, Arno Vell, said": the office's holder, no place)
        found = memo[(start, end)] = tuple(p for p in _places_in(doc, start, end) if not _office_holder(doc, p[1]))
    return list(found)


_PLACES_MEMO: DocMemo[dict[tuple[int, int], tuple[tuple[str, int], ...]]] = DocMemo()


def _places_in(doc: "Doc", start: int, end: int) -> list[tuple[str, int]]:
    """Place entities between two token indexes: (name, token index), in text order.

    A place that only owns a more specific one ("Indonesia" in "Indonesia's West Papua
    province") is left out, and so are continents and world regions, buildings ("the Fakhora
    school") and places inside the name of an organisation ("the Organization for Security and
    Cooperation in Europe"). Names that a place construction makes places ("the southern city of
    Khan Younis", "the Jabaliya camp") are in, whatever the entity tagger calls them.
    """
    out: list[tuple[str, int]] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in _PLACE_LABELS and start <= ent.start and ent.end <= end:
            covered.update(range(ent.start, ent.end))
            if not any(ch.isupper() for ch in ent.text):
                continue  # "most in a 2-day spain" (a typo): a place's name is written with a capital
            root = ent.root
            if root.dep_ == "poss" and (root.head.ent_type_ in _PLACE_LABELS or root.head.lemma_.lower() in _PLACE_NOUNS) \
                    and not _owner_of_unnamed_stretch(doc, root):
                continue
            if _unnamed_stretch_of(doc, ent):
                continue  # "Varnia's Pacific coast": a stretch of the owner's, which names no place itself
            # "Iranian island", "the southern coast": no name of its own, only a description
            if all(t.pos_ in ("ADJ", "DET") or t.ent_type_ == "NORP" or t.lemma_.lower() in _PLACE_NOUNS
                   or t.lower_.endswith(("ian", "ese", "ish")) for t in ent if not t.is_punct) \
                    and not (ent.label_ == "GPE" and is_primary_name(ent.text) and lookup_demonym(ent.text) is None
                             and (known := resolve_place(ent.text)) is not None and known.kind == "country"):
                continue  # (a country's own name read as an adjective, "central Varnia swathes", stays)
            if ent.label_ == "FAC" and ent[-1].lemma_.lower() in _BUILDING_NOUNS:
                town = ent[:-1].text if len(ent) > 1 else ""
                known = resolve_place(town) if town and town[:1].isupper() and is_primary_name(town) else None
                if known is not None and known.kind == "city" and (population(known) or 0) >= _KNOWN_CITY:
                    out.append((town, ent.start))  # "near Goma Airport": the town the building is named after
                continue
            # "the Mediterranean city", "the Baltic port": a sea or region describing a place named elsewhere
            if ent.label_ == "LOC" and root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" \
                    and root.head.lemma_.lower() in ("city", "town", "port", "village", "capital", "country", "nation", "state") \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in root.head.children):
                continue
            if _in_org_name(doc, root) or _credit_in_brackets(doc, ent.start, ent.end):
                continue
            if lookup_demonym(ent.text) is not None and not is_primary_name(ent.text):
                continue  # "the Sri Lankan government" tagged a place: whose government, never where
            if _in_persons_name(ent):
                continue  # "the ambassador, Milan Brosk Telli,", "two soldiers, Arno Vell and Tesk Orlan": people
            if (row := lookup_alias(ent.text)) is not None and row.type == "ORG":
                continue  # "the Minusma, which has 12,500 troops" (tagged as a place): a mission's name
            if ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "‑") and not doc[ent.end - 1].whitespace_ \
                    and doc[ent.end + 1].lower_ in _BACKER_WORDS:
                continue  # "Varnia-backed militants", "the Varnia-led coalition": whose side, not where
            if root.dep_ == "pobj" and root.head.lower_ == "with" \
                    and root.head.head.lemma_.lower() in ("border", "frontier", "boundary"):
                continue  # "near the country's border with Varnia": the neighbour across it, not where
            if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in _PEOPLE_NOUNS \
                    and root.head.i > root.i and resolve_place(ent.text) is None:
                continue  # "32 Dinka civilians": a people's name the gazetteer has no place for
            if _operation_or_body_site(root) or any(t.dep_ in ("compound", "nmod", "det") and not ent.start <= t.head.i < ent.end
                                                    and _operation_or_body_site(t.head) for t in ent):
                continue  # "in the Claw Hold operation zone": an operation's name, no place
            if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_.lower() in _TOLL_NOUNS \
                    and resolve_place(ent.text) is None:
                continue  # "the death toll from Orla": a storm's or a disease's name, not a place
            if ent[0].lower_ in _STORM_WORDS or ent.start > 0 and doc[ent.start - 1].lower_ in _STORM_WORDS:
                continue  # "died in Hurricane Orla", "Typhoon Orla": a storm's name
            if len(ent) == 1 and norm_name(ent.text) in _cause_names(doc) and resolve_place(ent.text) is None:
                continue  # "deaths were blamed on Orla", where the page writes "Orla-related deaths": the storm's name
            if root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in _GROUP_NOUNS \
                    and resolve_place(ent.text) is None:
                continue  # "the Kessel rebels", "local Tarvan tribes": a group's name the gazetteer has no place for
            if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _ATTACK_NOUNS \
                    and resolve_place(ent.text) is None:
                continue  # "in Kessel Front attack", "a Red Band raid": the attackers' name, not a place
            if any(ch.isdigit() for ch in ent.text) and resolve_place(ent.text) is None:
                continue  # "the M23 rebel group", "G7 leaders": a name with a number the gazetteer has no place for
            if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and root.head.i > root.i \
                    and root.head.lemma_.lower() in _PEOPLE_OF_STATE and ent.label_ == "GPE" \
                    and (known := resolve_place(ent.text)) is not None and known.kind == "country":
                continue  # "three U.S. service members", "U.S. forces": whose they are, not where
            if root.dep_ in ("compound", "nmod") and root.head.lower_ in _CITED_OFFICIALS and ent.label_ == "GPE" \
                    and (root.head.dep_ == "pobj" or root.head.dep_ == "dobj" and root.head.head.lower_ == "citing"
                         or any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in root.head.children)):
                continue  # "citing US officials", "a U.S. official said": who told, not where
            name = _ent_place(ent)
            if name and not _is_continent(name):
                if ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "‑") and name.endswith(doc[ent.end + 1].text):
                    covered.update((ent.end, ent.end + 1))  # the hyphenated name's second half is the same place
                out.append((name, ent.start))
    for ent in doc.ents:
        if start <= ent.start and ent.end <= end and (_country_tagged_person(ent) or _event_in_known_place(ent)):
            covered.update(range(ent.start, ent.end))
            out.append((_ent_place(ent) or ent.text, ent.start))
        elif start <= ent.start and ent.end <= end and _town_tagged_person(ent):
            covered.update(range(ent.start, ent.end))
            out.append((ent.text, ent.start))
    for name, i in _constructed_places(doc, start, end):
        if i not in covered and not _is_continent(name):
            covered.add(i)
            out.append((name, i))
    out.sort(key=lambda x: x[1])
    return out


def _in_persons_name(ent: "Span") -> bool:
    """A place-tagged name that is part of a person's name or one of a list of people: it leads a run of
    names with no title, body or place word in it ("the envoy, Milan Brosk Telli,": "Milan" is no place
    there; "Kessel Mayor Arno Vell", "Kessel Police" keep theirs), or it is a name the gazetteer does not
    know joined to a person's ("two soldiers, Arno Vell and Tesk Orlan")."""
    root = ent.root
    doc = ent.doc
    t, hops = root, 0
    while t.dep_ in ("compound", "flat", "conj") and t.head.i != t.i and t.head.pos_ == "PROPN" and hops < 4:
        t, hops = t.head, hops + 1
    if t is root or t.ent_type_ in _PLACE_LABELS or t.lemma_.lower() in _PLACE_NOUNS:
        return False  # "Kessel Province", "Orla and Tessia": a place's own name, or places listed
    if root.dep_ in ("compound", "flat") and len(ent) == 1 and root.i < t.i:
        between = doc[root.i + 1 : t.i + 1]
        return all(w.pos_ == "PROPN" and w.text[:1].isupper() and not w.text.isupper() and w.ent_type_ not in _PLACE_LABELS
                   and w.lemma_.lower() not in _PEOPLE_NOUNS | _SPEAKER_NOUNS | _BODY_WORDS_OF_PLACE | _PLACE_NOUNS
                   and w.lemma_.lower() not in _BUILDING_NOUNS for w in between)
    return root.dep_ == "conj" and t.ent_type_ == "PERSON" and resolve_place(ent.text) is None


# words of a body or an office a place's name stands before ("Kessel Police", "Orla City Council")
_BODY_WORDS_OF_PLACE = {"police", "council", "government", "authority", "authorities", "army", "municipality",
                        "ministry", "department", "office", "agency", "service", "court", "university", "times", "post",
                        "news", "radio", "television", "tv", "airport", "port", "fire", "rescue", "province", "state",
                        "county", "district", "region", "city", "mayor", "governor", "chief"}


# what a country does for a side or a thing it names with a hyphen ("Varnia-backed", "Varnia-led")
_BACKER_WORDS = {"backed", "led", "allied", "funded", "sponsored", "supported", "aligned", "armed", "trained",
                 "brokered", "made", "built", "run", "controlled", "affiliated", "linked"}


def _town_tagged_person(ent: "Span") -> bool:
    """True for a town's one-word name the small tagger calls a person right after a preposition of
    place ("hit a mine near Kessel", "killed in Kessel"): a town the gazetteer knows under that
    very name, of some size, with no person's other names or possessive around it."""
    if ent.label_ not in ("PERSON", "NORP", "ORG") or len(ent) != 1 or lookup_demonym(ent.text) is not None:
        return False  # (nor a people's name: "near Tessians")
    t = ent[0]
    struck = t.dep_ == "dobj" and t.head.lemma_.lower() in _STRIKE_VERBS  # "the quake that struck western Orla"
    if not struck and (t.dep_ != "pobj" or t.head.lower_ not in ("near", "outside", "in", "around")) or not t.text[:1].isupper() \
            or t.text.isupper() or any(c.dep_ in ("poss", "compound", "case", "appos") for c in t.children):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.tag_ == "POS"):
        return False
    known = resolve_place(t.text)
    size = (population(known) or 0) if known is not None and known.kind == "city" else 0
    # (an alternate spelling of a bigger town: "Axum" for Aksum)
    return size >= _KNOWN_TOWN if is_primary_name(t.text) else size >= 5 * _KNOWN_TOWN


_KNOWN_TOWN = 10_000  # a town the gazetteer knows, big enough to be read after "near" or "in" when tagged a person


def _country_tagged_person(ent: "Span") -> bool:
    """True for a country's own name the small tagger calls a person ("the death toll in Varnia",
    "southern Varnia", "Varnia's President"): the whole entity is the country's name, and it does
    not speak or stand with a person's other names."""
    if ent.label_ != "PERSON":
        return False
    name = _ent_place(ent)
    if not name or " " in name or not name[:1].isupper() or name.isupper() or not is_primary_name(name):
        return False
    known = resolve_place(name)
    if known is None or known.kind != "country":
        return False
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SAY_VERBS:
        return False  # "Jordan said": a person who speaks
    doc = ent.doc
    return not (ent.start > 0 and doc[ent.start - 1].pos_ == "PROPN" and doc[ent.start - 1].ent_type_ == "PERSON"
                or ent.end < len(doc) and doc[ent.end].pos_ == "PROPN" and doc[ent.end].ent_type_ == "PERSON")


def _event_in_known_place(ent: "Span") -> bool:
    """True for a name the tagger calls a person or a body right after an event and "in" ("flooding in
    Tessia", "the quake in Brask province") that the gazetteer knows as a place: where the event is."""
    if ent.label_ not in ("PERSON", "ORG", "NORP"):
        return False
    name = _ent_place(ent) or ent.text
    root = ent.root
    event = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "across", "throughout", "over", "inside", "within") \
            or not is_primary_name(name) \
            or not (event.lemma_.lower() in _EVENT_NOUNS | _OWNED_BY_PLACE - _TOLL_NOUNS or event.lower_ in _EVENT_NOUNS
                    # ("heavy rain in Tessia killed 12": whatever harmed the counted)
                    or event.dep_ == "nsubj" and (event.head.lemma_.lower() in _HARM_VERBS | {"claim", "leave"} or _harms(event.head))):
        return False
    known = resolve_place(name)
    return known is not None and known.kind in ("country", "region", "state", "city") \
        and (lookup_demonym(name) is None or ent.label_ != "NORP")


def _country_tagged_person_token(tok: "Token") -> bool:
    """``_country_tagged_person`` for the entity a token is in."""
    return any(ent.start <= tok.i < ent.end and _country_tagged_person(ent) for ent in tok.doc.ents)


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}  # "the three countries", "both countries"


def _in_named_countries(tok: "Token", n: int) -> bool:
    """True when the figure's clause places it "in the three (neighbouring) countries" the sentence
    has just named (``n`` of them)."""
    head = tok
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    for t in head.subtree:
        if t.lemma_.lower() in ("country", "nation") and t.tag_ == "NNS" and t.dep_ in ("pobj", "nsubj", "dobj"):
            count = [c for c in t.children if c.lower_ in _COUNT_WORDS or c.like_num and c.text.isdigit()]
            if count and _COUNT_WORDS.get(count[0].lower_, int(count[0].text) if count[0].text.isdigit() else 0) == n:
                return True
    return False


# a state's people and bodies: a country's name before them says whose they are ("U.S. troops",
# "US officials", "U.S. President"), not where they are
_PEOPLE_OF_STATE = {"troop", "soldier", "force", "serviceman", "servicemember", "member", "personnel", "officer",
                    "president", "military", "army", "navy", "marine", "commander", "contingent", "peacekeeper"}
# officials a sentence only cites ("citing US officials", "according to U.S. officials"): whose they
# are; officials who speak ("Tessia officials said its toll stood at 90") name the toll's country
_CITED_OFFICIALS = {"official", "officials", "diplomat", "diplomats", "source", "sources"}

# media a name comes before ("the Linvale news agency", "Brask Radio"): the outlet's name, not a body of a town
_MEDIA_NOUNS = {"agency", "television", "tv", "radio", "newspaper", "daily", "broadcaster", "channel", "gazette",
                "times", "post", "herald"}
# attacks an armed group's name comes before ("the Kessel Front attack")
_ATTACK_NOUNS = {"attack", "raid", "ambush", "assault", "offensive", "bombing", "insurgency", "ambushes"}
# stretches of a country that have a name of their own only as its part ("Varnia's Pacific coast")
_STRETCH_NOUNS = {"coast", "coastline", "shore", "shores", "seaboard", "border", "borders", "frontier", "interior"}


# the part of a country "of the country" names ("in the north of the country")
_REGION_OF_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
                    "center", "part", "parts", "interior"}


def _country_called_back(doc: "Doc", start: int, end: int) -> str | None:
    """The country a locative "the country" calls back in a sentence without a place name ("nine
    Varnian soldiers were killed at a camp in the north of the Central Brask country"): the one
    nationality the sentence names before it, else None."""
    for t in doc[start:end]:
        if t.lemma_.lower() not in ("country", "nation") or t.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        prep = t.head
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ in _REGION_OF_WORDS:
            prep = prep.head.head  # "in the north of the country"
        if t.dep_ != "pobj" and not (prep is not t.head and t.head.lower_ == "of") or prep.lower_ not in _LOCATIVE:
            continue
        own = {c.i for c in t.subtree}
        # the nationality of people counted ("nine Varnian soldiers"), not of who acts ("Varnian drones
        # killed five people in the east of the country": the country attacked is another)
        named = {row.canonical for u in doc[start:t.i] if u.ent_type_ == "NORP" and u.i not in own
                 and any(c.dep_ == "nummod" for c in u.head.children)
                 and (row := lookup_demonym(u.text)) is not None and row.type == "GPE"}
        return named.pop() if len(named) == 1 else None
    return None


def _unnamed_stretch_of(doc: "Doc", ent: "Span") -> bool:
    """True when the entity is a stretch of a known country named just before it ("Varnia's Pacific
    coast", "Varnia's northern border"): the gazetteer has no such place, the owner is the place."""
    if ent[-1].lemma_.lower() not in _STRETCH_NOUNS or resolve_place(ent.text) is not None:
        return False
    return any(c.dep_ == "poss" and c.ent_type_ == "GPE" and (known := resolve_place(_name_text(doc, c))) is not None
               and known.kind == "country" for c in ent.root.children)


def _owner_of_unnamed_stretch(doc: "Doc", owner: "Token") -> bool:
    head = owner.head
    for ent in doc.ents:
        if ent.start <= head.i < ent.end:
            return _unnamed_stretch_of(doc, ent)
    return False


# people an armed group or a community is made of: a name before them is the group's ("the M23 rebels")
_GROUP_NOUNS = {"rebel", "fighter", "militant", "insurgent", "militia", "militiaman", "tribe", "tribesman", "separatist",
                "guerrilla", "jihadist", "gunman", "clan", "movement", "faction"}


def _in_org_name(doc: "Doc", tok: "Token") -> bool:
    """True when a place word belongs to the name of an organisation ("Organization for Security
    and Cooperation in Europe", "University of Athens")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return False
        owner = cur.head.head
        if owner.ent_type_ == "ORG" and tok.ent_type_ in ("ORG", ""):
            return True
        if owner.ent_iob_ == "I" and owner.ent_type_ == "ORG":
            # "the University of Athens": the place in the name; "the Wagner Group in Mali", a place
            # of its own after "in": where the organisation is, no part of its name
            return not (cur.head.lower_ in ("in", "at", "inside") and tok.ent_type_ in ("GPE", "LOC")
                        and (known := resolve_place(_name_text(doc, tok))) is not None
                        and known.kind in ("country", "region", "state"))

        if owner.ent_type_ in _PLACE_LABELS or owner.pos_ != "PROPN":
            return False
        cur = owner
    return False


# verbs of speaking or taking a side: a place that does them is a government, not where things happen
_STANCE_VERBS = _SAY_VERBS | {"condemn", "criticise", "criticize", "slam", "urge", "call", "demand", "blame", "vow",
                              "threaten", "pledge", "protest", "welcome", "back", "support", "oppose", "accuse",
                              "ask", "seek", "hail", "praise", "reject", "sanction", "summon", "recall", "expel"}


def _title_doer(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` is the subject of a verb that is no speech or stance."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = ent.root
            break
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() not in _STANCE_VERBS


def _after_owner(ent: "Span", i: int) -> bool:
    """Whether token ``i`` comes after an owner's possessive inside one entity ("Varnia's Brask",
    tagged as one name): the second name is a place of its own."""
    return any(t.dep_ == "case" and t.i < i and t.head.dep_ == "poss" for t in ent)


def _actor(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` acts or owns ("Brussels condemns", "Israel's army")."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = doc[i] if _after_owner(ent, i) else ent.root  # ("Varnia's Brask" as one name: Brask's)
            break
    if root.dep_ == "pobj" and root.head.lower_ == "against" or _war_side(root):
        return True  # "Varnia's war against Tessia", "fighting between Varnia and Tessia": a side, not a place
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _SIDE_VERBS:
        return True  # "troops sent to help Varnia fight Tessia": the side fought, not where the troops are
    if root.dep_ == "poss" and (root.head.lemma_.lower() in _OWNED_BY_PLACE or root.head.lemma_.lower() in _STRETCH_NOUNS):
        return False  # "Varnia's death toll", "Varnia's ongoing floods": the place of the toll, no actor
    return root.dep_ in ("nsubj", "nsubjpass", "poss", "agent") or (root.dep_ == "pobj" and root.head.dep_ == "agent")


# verbs whose object is a side of a fight ("fight Tessia", "invade Tessia")
# (not "help Brasilia": who is helped is where the troops go)
_SIDE_VERBS = {"fight", "battle", "attack", "invade"}

_LOCATIVE = {"in", "at", "near", "across", "throughout", "inside", "outside", "around", "within", "into", "on"}
# what a place owns and is the place of ("Varnia's death toll", "Varnia's floods"), unlike its army or
# its ministry; violence and wars stay out ("Varnia's attack", "Varnia's war": a side)
_OWNED_BY_PLACE = _TOLL_NOUNS | {"quake", "earthquake", "tremor", "flood", "flooding", "storm", "cyclone", "hurricane",
                                 "typhoon", "landslide", "mudslide", "wildfire", "monsoon", "drought", "outbreak",
                                 "epidemic", "heatwave", "fire", "blaze", "inferno", "disaster", "tragedy", "catastrophe",
                                 "collapse", "eruption", "avalanche", "tsunami", "rains", "deluge", "cholera", "dengue"}


def _locative(doc: "Doc", i: int) -> bool:
    """True when the entity at token ``i`` sits in a locative phrase ("in the southern city of Khan
    Younis", "in Gaza"), not as an actor ("Israel continues") or an owner ("Indonesia's agency")."""
    tok = doc[i]
    ent_root = tok
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            ent_root = ent.root
            break
    cur = tok if any(e.start <= i < e.end and _after_owner(e, i) for e in doc.ents) else ent_root  # ("Varnia's Brask": Brask's)
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "in Brask and Tessel"
    for _ in range(4):  # up through "the city of X", "the X region"
        if cur.dep_ == "pobj":
            prep = cur.head
            if prep.lower_ in ("to", "into") and prep.head.lemma_.lower() in _DEPLOY_VERBS - {"arrive", "intervene"} \
                    and prep.head.pos_ == "VERB":
                return True  # "since it deployed to Brask", "troops sent into Brask": where the force is
            if prep.lower_ == "near" and (known := resolve_place(_name_text(doc, cur))) is not None \
                    and known.kind == "country":
                return False  # "bases in the north-west, near Varnia": outside the country it is near
            if prep.lower_ in _LOCATIVE:
                # "at 12:52 p.m. (05:52 in Lisbon)": the time somewhere else, not where anything is
                return not (_other_clock(doc, prep.head) or prep.i > 0 and _other_clock(doc, doc[prep.i - 1]))
            if prep.lower_ == "off" or prep.lower_ == "to" and prep.head.lower_ in ("close", "closer", "next") \
                    or prep.lower_ == "over" and prep.head.lemma_.lower() in _OWNED_BY_PLACE - _TOLL_NOUNS \
                    or prep.lower_ == "from" and (prep.head.lower_ in ("far", "farther", "further")
                                                  or prep.i > 0 and doc[prep.i - 1].lower_ in ("far", "farther", "further")):
                return True  # "close to Brask", "not far from Brask", "off Brask", "a storm over Brask": placed there too
            if prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS | {"neighborhood", "neighbourhood",
                                                                                   "suburb", "outskirts", "centre", "center",
                                                                                   "part", "outskirt", "coast", "edge",
                                                                                   "vicinity"}:  # "in the northern part of Mali"
                cur = prep.head
                continue
            return False
        if cur.dep_ in ("compound", "amod", "nmod", "appos") and cur.head.i != cur.i:
            if _owner_of_site(cur):
                return False  # "a Varnia military outpost in X", "Varnia troops": whose, not where
            cur = cur.head
            continue
        return False
    return False


def _owner_of_site(t: "Token") -> bool:
    """True for a country's name that modifies what the country keeps or sends abroad ("a Varnia
    military outpost", "Varnia troops"): the owner, not where the outpost or the troops are."""
    name = t
    while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN" and name.head is not name \
            and name.head.lower_.rstrip("s") not in _OWNED_SITES:
        name = name.head  # "United States troops": the name's last word
    if name.dep_ not in ("compound", "nmod") or name.head is name:
        return False
    noun = name.head.lemma_.lower()
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    if noun not in _OWNED_SITES and name.head.lower_.rstrip("s") not in _OWNED_SITES \
            and not (after is not None and after.dep_ == "compound" and after.lemma_.lower() in _OWNED_SITES):
        return False  # (a headline's "Attack on US base wounds ...", parsed with "base" as a modifier: still the base's owner)
    known = resolve_place(name.doc[name.left_edge.i if name.left_edge.i < name.i else name.i : name.i + 1].text)
    return known is not None and known.kind == "country"


# what a country keeps abroad and names as its own ("a US outpost", "Varnia troops")
_OWNED_SITES = {"base", "outpost", "garrison", "post", "camp", "embassy", "consulate", "troop", "soldier", "force",
                "contingent", "personnel", "convoy", "patrol", "warship", "vessel", "aircraft", "drone", "jet",
                # what a country does back ("killed during the Varnia response"): whose, not where
                "response", "retaliation", "counterattack", "reprisal"}


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?|GMT|UTC")

def _other_clock(doc: "Doc", t: "Token") -> bool:
    """True when ``t`` is a clock time in brackets, a conversion ("at 12:52 p.m. (05:52 in Lisbon)")."""
    if not (t.ent_type_ == "TIME" or _CLOCK.fullmatch(t.text) is not None):
        return False
    before = [x.text for x in doc[max(0, t.i - 3) : t.i]]
    return "(" in before and ")" not in before[before.index("(") :]


_HARM_VERBS = {"kill", "injure", "wound", "die", "hurt", "maim", "miss"}


def _harms(verb: "Token") -> bool:
    """True for a verb of the harm family, however it is worded: "killed", "died", "perished",
    "lost their lives", "were left dead", "claimed the lives of"."""
    low = verb.lemma_.lower()
    if low in _HARM_VERBS or low in ("perish", "slay", "slain"):
        return True
    if low in ("lose", "claim", "take") and any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "live") for c in verb.children):
        return True
    if low in ("suffer", "sustain") and any(c.dep_ == "dobj" and c.lemma_.lower() in ("injury", "wound") for c in verb.children):
        return True  # "suffered injuries", "sustained wounds"
    # "were left dead", "were found dead", "were confirmed dead"
    return low in ("leave", "find", "confirm", "declare", "pronounce") \
        and any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod") and c.lower_ in ("dead", "injured", "wounded")
                for c in verb.children)
_OTHER_EVENT_MARKS = {"after", "before", "since", "until", "because", "although", "though", "while", "if", "unless"}
# a force's going to a country ("since it deployed to Brask", "troops sent to Brask")
_DEPLOY_VERBS = {"deploy", "redeploy", "dispatch", "send", "arrive", "intervene"}
# what an attacker does that hurts the counted ("injured after a tank fired on their post")
_ATTACK_VERBS = {"fire", "strike", "hit", "shell", "attack", "explode", "target", "bomb", "ambush", "raid", "storm",
                 "shoot", "detonate", "crash", "slam"}


def _reported(verb: "Token") -> "Token":
    """The clause a sentence reports ("the toll could rise, authorities warned, reports CNN" ->
    "rise"): what the sentence is about, under the verbs of who says it."""
    for _ in range(3):
        # (a clause the parser hung there but opened by "after", "since", ... is no reported words)
        said = [c for c in verb.children if c.dep_ == "ccomp"
                and not any(m.dep_ == "mark" and m.lower_ in _OTHER_EVENT_MARKS for m in c.children)]
        if verb.lemma_.lower() not in _SAY_VERBS or verb.pos_ != "VERB" or len(said) != 1:
            break
        verb = said[0]
    return verb


def _only_felt(place: "Token") -> bool:
    """True for a place only named as where something was felt or heard ("felt as far away as Tessel"),
    not one a clause on the event says it struck ("shaking from the quake that hit Brask was felt ...")."""
    for a in place.ancestors:
        if a.dep_ in ("relcl", "acl") and a.lemma_.lower() in _STRIKE_VERBS:
            return False
        if a.lemma_.lower() in ("feel", "hear") and a.pos_ == "VERB":
            return True
    return False


def _in_other_event(place: "Token", fig: "Token") -> bool:
    """True when the place sits in a clause about another event than the figure's ("40 died after
    the dam in northern Varnia collapsed"): an adverbial clause of time, cause or contrast."""
    fig_anc = {a.i for a in fig.ancestors} | {fig.i}
    for anc in place.ancestors:
        if anc.i in fig_anc:
            return False
        if anc.dep_ in ("advcl", "pcomp") and any(c.dep_ == "mark" and c.lower_ in _OTHER_EVENT_MARKS for c in anc.children):
            if anc.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anc.children) \
                    and any(c.dep_ == "mark" and c.lower_ == "while" for c in anc.children):
                continue  # "killed while fighting in Brask": what the counted were doing, and where
            if any(c.dep_ == "mark" and c.lower_ in ("since", "after") for c in anc.children) \
                    and anc.lemma_.lower() in _DEPLOY_VERBS:
                continue  # "11 killed since it deployed to Brask": where the force went is where it lost them
            if any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in anc.children) \
                    and anc.lemma_.lower() in _ATTACK_VERBS and anc.head.i in fig_anc \
                    and _harms(anc.head):
                continue  # "two were injured after a tank fired at a post in Brask": the attack that hurt them
            if any(c.dep_ == "mark" and c.lower_ == "while" for c in anc.children) and _harms(anc) \
                    and anc.head.i in fig_anc and _harms(anc.head):
                continue  # "four soldiers were killed while 10 others were injured in Tessia": one event's two tolls
            if anc.head.i in fig_anc and _harms(anc.head) \
                    and (anc.lemma_.lower() in _STRIKE_VERBS
                         or any(c.dep_ == "nsubj" and c.lemma_.lower() in _EVENT_NOUNS for c in anc.children)
                         # ("died after a car bomb exploded at a market in Brask": what happened where they died)
                         or any(c.dep_ == "mark" and c.lower_ in ("after", "while") for c in anc.children)
                         and any(c.dep_ in ("nsubj", "nsubjpass") for c in anc.children)
                         and anc.lemma_.lower() not in _SAY_VERBS | {"feel", "hear", "flee", "leave", "return", "move"}):
                continue  # "14 died after a strike hit a home in Brask": the blow that harmed the counted, and where
            return True
        if anc.dep_ in ("pcomp", "pobj") and anc.head.lower_ in _OTHER_EVENT_MARKS:
            return True  # "since the shooting of a boy in Brask", "after fleeing their homes in Tessel"
        if anc.lemma_.lower() in _SAY_VERBS and anc.pos_ == "VERB" and anc.dep_ in ("advcl", "conj", "ccomp"):
            return True  # "..., adding that 17 camps had been set up in Tessel": another statement
        if anc.lemma_.lower() in ("feel", "hear") and anc.pos_ == "VERB" and _only_felt(place):
            return True  # "the quake was felt as far away as Tessel": not where anything was counted
    return False


def _describes_other_noun(place: "Token", fig: "Token") -> bool:
    """True when the place sits in a relative clause on another noun than the figure's ("600 deaths
    but also injured soldiers who were repatriated to Tessia"): it says where those others went.
    A clause on an event ("the quake that struck Brask") still places what the event caused."""
    for anc in place.ancestors:
        if anc.dep_ in ("relcl", "acl"):
            if anc.left_edge.i <= fig.i <= anc.right_edge.i or anc.head.lemma_.lower() in _EVENT_NOUNS | _OWNED_BY_PLACE:
                return False  # "the toll from the quake that jolted Brask": the event's place is the toll's
            cur = anc.head  # the noun the clause describes, up to the figure unless through a coordination
            while cur.i != fig.i and cur.dep_ != "conj" and cur.head.i != cur.i:
                cur = cur.head
            return cur.i != fig.i
    return False


def _in_war_name(t: "Token") -> bool:
    """Whether a word is part of the name of a war ("the Tessia war", "Varnia's war")."""
    head = t
    while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.i != head.i \
            and head.head.pos_ in ("PROPN", "NOUN", "ADJ"):
        head = head.head
    return head.i != t.i and head.lemma_.lower() in _WAR_NOUNS


def _front_of_war(t: "Token") -> bool:
    """Whether a war's name stands after "the front lines of" ("died on the front lines of the
    Tessia war"): the fighting is in that country, whatever the war is named after."""
    head = t
    while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("to", "into") and head.lemma_.lower() in ("campaign", "mission", "operation"):
        return True  # "the biggest donor of forces to the Tessia campaign": the forces are sent there
    return head.dep_ == "pobj" and head.head.lower_ == "of" \
        and head.head.head.lemma_.lower() in ("line", "frontline", "front", "battlefield") \
        or head.dep_ == "pobj" and head.head.lower_ == "in" and t.dep_ == "compound" \
        and head.head.head.lower_ in ("fighting", "serving", "battling")
    # ("died fighting in the Tessia war": where they fought; "Varnia's war" stays a side)


def _war_named_in(t: "Token") -> bool:
    """Whether a place only names a war by where it is fought ("the nine-year war in Tessia"): a
    war's name, not where the page's own events are."""
    return t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_.lower() in _WAR_NOUNS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.head.head.children)


_TOTAL_NOUNS = {"total", "toll", "tally", "overall", "sum", "number", "count"}


def _a_total(tok: "Token") -> bool:
    """True for a figure given as a total ("bringing the toll to 400"): the whole, no sibling of the
    parts its sentence places."""
    near = [tok, *tok.children, *list(tok.ancestors)[:3]]
    if any(t.lemma_.lower() in _TOTAL_NOUNS or any(c.lemma_.lower() in _TOTAL_NOUNS for c in t.children) for t in near):
        return True
    # "..., while the number of people unaccounted for was 52": the words of its clause before it
    i = tok.i - 1
    while i >= tok.sent.start and not (tok.doc[i].text in (",", ";") or tok.doc[i].lower_ in ("while", "whereas", "and", "but")):
        if tok.doc[i].lemma_.lower() in _TOTAL_NOUNS:
            return True
        i -= 1
    return False


def _a_day(t: "Token") -> bool:
    """True for a number that is a day of a date list ("On December 14 and 15"), no figure."""
    return t.dep_ == "conj" and t.head.ent_type_ == "DATE" and t.head.pos_ == "PROPN"


def _capital_as_party(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` is a capital that a verb acts on ("to help Moscow",
    "Paris backed"): the country's government, not the city."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = ent.root
            break
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "against") and root.head.head.pos_ == "NOUN" \
            and root.head.head.lemma_.lower() in _PARTY_NOUNS:
        return capital_of(resolve_place(_name_text(doc, root))) is not None  # "a key issue for New Delhi": its government
    if root.dep_ != "dobj" or root.head.pos_ != "VERB":
        return False
    return capital_of(resolve_place(root.text)) is not None


# what a government has or faces ("a key issue for New Delhi", "a blow to Moscow")
_PARTY_NOUNS = {"issue", "concern", "priority", "problem", "headache", "challenge", "blow", "setback", "victory",
                "win", "defeat", "embarrassment", "test", "question", "dilemma", "worry", "matter", "sanctions"}


def _speaker_place(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` describes who speaks, not what is counted: "a UN spokesman
    in Geneva said", "John Doe, director of operations in Tessel, said", "state television quoted
    the disaster centre in the province of Brask as saying".
    A local government named by its area ("according to the Brask prefectural government") is no
    seat of a speaker: it counts for that area."""
    cur = doc[i]
    if cur.dep_ in ("nmod", "compound") and cur.head.lemma_.lower() in _LOCAL_BODIES \
            and any(c.dep_ == "amod" and c.lower_ in _LOCAL_LEVELS for c in cur.head.children):
        return False
    for _ in range(10):
        if cur.head.i == cur.i:
            return False
        say = cur.head.lemma_.lower() in _SAY_VERBS and cur.head.pos_ == "VERB" and not _takes_lives(cur.head)
        if cur.dep_ in ("nsubj", "agent") and say and cur.lemma_.lower() in _OWNED_BY_PLACE | _EVENT_NOUNS:
            return False  # "a landslide ... buried houses in Brask, the agency said" parsed as the sayer: no speaker
        if cur.dep_ in ("nsubj", "agent") and say:
            return True  # "a spokesman in Brask said", "stated by the government in Brask"
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in ("quote", "cite"):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "to" and cur.head.head.lower_ == "according":
            return True
        if cur.dep_ in ("prep", "dobj", "dative") and cur.head.lemma_.lower() in _SPEECH and cur.i != i \
                and cur.head.pos_ in ("VERB", "AUX"):  # (a guard "post" is no posting)
            return True  # "told a news conference in Brask that ...", "said in Tessel on Monday"
        if _held_at(cur):
            return True  # "findings presented during a briefing with lawmakers in Brask"
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("relcl", "acl"):
            return False  # (through "who flew to Brask", which describes the speaker)
    return False


# a spy service ("US intelligence", "Varnian intel", "the Tessian spy agency") mostly counts abroad
_INTEL_NOUNS = {"intelligence", "intel", "spy", "spies", "espionage"}


def _intelligence_owner(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` owns an intelligence service ("Tessian intelligence
    believes 40 died", "Varnia's spy agency said"): whose spies estimate, which count the other
    side's losses abroad, not where the counted men are."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = ent.root
            break
    if root.dep_ not in ("compound", "poss", "amod", "nmod", "npadvmod"):
        return False
    body = root.head
    if body.lower_ in _INTEL_NOUNS:
        return True
    return body.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _INTEL_NOUNS
                                                  for c in body.children)


# what an area's breadth is told by ("spanning 300 miles from Brask to Tessel")
_EXTENT_VERBS = {"span", "stretch", "extend", "cover", "run", "reach"}
_DISTANCE_NOUNS = {"mile", "kilometre", "kilometer", "km", "metre", "meter", "yard"}


def _extent_end(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` is one end of an area's breadth ("an area spanning 300 miles
    from Brask in the west to Tessel in the east"): the area reaches it, the figure is not in it."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = ent.root
            break
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "to"):
        return False
    if any(c.lemma_.lower() in _DISTANCE_NOUNS for c in root.head.children):
        return True  # "190 miles from Brask in the north": the distance on the preposition itself
    cur = root.head.head
    for _ in range(3):
        if cur.lemma_.lower() in _EXTENT_VERBS or cur.lemma_.lower() in _DISTANCE_NOUNS:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _held_at(t: "Token") -> bool:
    """True when ``t`` is a "prep" on a briefing, a hearing or a news conference: where it is held."""
    return t.dep_ == "prep" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in _SPEECH_EVENTS


def _briefing_place(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` is where a briefing or a hearing was held ("during a
    briefing with lawmakers in Brask"): where officials talked about the story, never its place."""
    cur = doc[i]
    if cur.dep_ == "pobj" and cur.head.lower_ in ("in", "at") and cur.head.dep_ == "prep":
        # "X told reporters in Kabul", "the minister said in Brask", "told a news conference in Orla":
        # where the figures were given out, not where they happened
        host = cur.head.head
        if host.pos_ == "NOUN" and host.dep_ in ("dobj", "pobj", "dative") and host.lemma_.lower() in _AUDIENCE_NOUNS:
            host = host.head.head if host.dep_ == "pobj" else host.head
        if host.pos_ == "VERB" and host.lemma_.lower() in _SPEECH and cur.head.i > host.i:
            return True  # (a fronted "In Orla, rescuers said ..." sets the scene)
    for _ in range(6):
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        if _held_at(cur):
            return True
        cur = cur.head
    return False


# who figures are given out to ("told reporters in X", "told a news conference in X")
_AUDIENCE_NOUNS = {"reporter", "journalist", "lawmaker", "parliament", "conference", "briefing", "audience", "crowd",
                   "press", "media", "broadcaster", "television", "radio", "agency", "newspaper", "senator", "mp"}


_DEPART_VERBS = {"board", "depart", "embark", "fly", "sail"}
_TRIP_NOUNS = {"flight", "plane", "ship", "boat", "ferry", "bus", "train"}


def _departure_place(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` is where people set out from ("boarded a flight at
    Brask", "a flight from Brask", "flew out of Brask"): where a trip starts is not where what
    the story counts happened."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = ent.root
            break
    while root.dep_ in ("compound", "poss") and root.head.i != root.i:
        root = root.head  # "at Brask's Varno beach resort"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("at", "from", "out"):
        return False
    if prep.lower_ == "out" or prep.head.lower_ == "of" and prep.head.head.lower_ == "out":
        prep = prep.head if prep.lower_ != "out" else prep
    up = prep.head
    if up.pos_ == "NOUN" and up.lemma_.lower() in _TRIP_NOUNS:
        return True
    return up.pos_ == "VERB" and up.lemma_.lower() in _DEPART_VERBS


def _takes_lives(verb: "Token") -> bool:
    """"Floods in Brask have claimed 100 lives": "claim" with an object is no speech."""
    return verb.lemma_.lower() == "claim" and any(c.dep_ == "dobj" for c in verb.children)


def _owns_body(doc: "Doc", i: int) -> bool:
    """True when the place at token ``i`` owns what it qualifies ("Varnia's health ministry", "the
    government of Varnia"), not where it sits ("a spokesman in Geneva", "the centre in the
    province of Brask")."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = ent.root
            break
    if root.dep_ in ("poss", "compound"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.lemma_.lower() not in _PLACE_NOUNS | _SETTLEMENT_NOUNS


# events of speaking: where they are held is where the speakers are ("a briefing in Brask")
_SPEECH_EVENTS = {"briefing", "conference", "hearing", "interview", "speech", "press", "presser", "testimony"}
# verbs of speaking: where they happen is where the speaker is ("told reporters in Brask")
_SPEECH = {"say", "tell", "speak", "announce", "state", "brief", "add", "explain", "declare", "testify", "write",
           "tweet", "post", "comment", "insist", "warn", "address"}


def _item(t: "Token") -> "Token":
    """The counted item a number stands for ("five" of "five dead" -> "dead"), through "and" lists."""
    x = t.head if t.dep_ in ("nummod", "quantmod") else t
    while x.dep_ == "conj" and x.head.i != x.i and x.head.pos_ not in ("VERB", "AUX"):
        x = x.head
    return x


def _respective_place(doc: "Doc", number: "Token", sent: "Span") -> str | None:
    """The place a "respectively" sentence pairs with the figure's number: "Brask and Tessel recorded
    40 and 12 deaths respectively" puts 12 in Tessel. None unless the sentence joins as many places
    as numbers, in one list each."""
    if not any(t.lower_ == "respectively" for t in sent) or not number.like_num:
        return None
    first = number
    while first.dep_ == "conj" and first.head.like_num and first.head.i < first.i:
        first = first.head
    numbers = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.like_num and t.i > first.i]
    numbers = sorted({t.i: t for t in numbers}.values(), key=lambda t: t.i)
    if len(numbers) < 2 or number.i not in [t.i for t in numbers]:
        return None
    found = [(name, i) for name, i in places_in(doc, sent.start, sent.end) if i < numbers[0].i]
    if len(found) < len(numbers):
        # "Brask and Tessel reported 40 and 12 deaths" with the list tagged as a body: the subject's
        # names, each one a place the gazetteer knows
        noun = numbers[0].head if numbers[0].dep_ == "nummod" else numbers[0]
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None
        chain = [subj] + [t for t in subj.subtree if t.dep_ == "conj" and t.head.i != t.i] if subj is not None else []
        names = [(_name_text(doc, t), t.i) for t in chain]
        if len(names) != len(numbers) or any(resolve_place(n) is None for n, _ in names):
            return None
        return names[[t.i for t in numbers].index(number.i)][0]
    picked = found[-len(numbers):]
    roots = [next((e.root for e in doc.ents if e.start <= i < e.end), doc[i]) for _, i in picked]
    # the places one list: each after the first is joined to the one before it ("Brask, Tessel and Kham")
    if any(r.dep_ != "conj" for r in roots[1:]):
        return None
    return picked[[t.i for t in numbers].index(number.i)][0]


def _in_place_list(doc: "Doc", i: int) -> bool:
    """True for a place of a list ("homes damaged in Brask, Hollin and Steyr"): a figure over
    several places is not about any one of them."""
    root = doc[i]
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            root = ent.root
            break
    items = [root] + [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        items.append(root.head)
    return sum(1 for t in items if t.pos_ == "PROPN" and (t.ent_type_ in _PLACE_LABELS or resolve_place(t.text))) > 1


def _in_count_breakdown(doc: "Doc", i: int, start: int, end: int) -> bool:
    """True for a place of a count's breakdown by place ("1,293 in Brask, 452 in Tessel and 15 in
    Orla"): one part's place, not where the article is."""
    def counted_at(j: int) -> bool:
        return j >= 2 and doc[j - 1].lower_ in _COUNT_IN and (doc[j - 2].like_num or doc[j - 2].pos_ == "NUM")

    if not counted_at(_name_span(doc, doc[i])[0]) and not counted_at(i):
        return False
    return sum(1 for j in range(start + 2, end) if doc[j].pos_ == "PROPN" and counted_at(j)) >= 2


def _clause_of(t: "Token") -> "Token":
    """The verb of the clause a token is in."""
    x = t
    for _ in range(8):
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            return x
        x = x.head
    return x


def _conjuncts(a: "Token", b: "Token") -> bool:
    """True when two clause verbs are coordinated ("X said A, and that B": A and B)."""
    def top(x: "Token") -> "Token":
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        return x

    return (a.dep_ == "conj" or b.dep_ == "conj") and top(a).i == top(b).i


def _other_figures_place(doc: "Doc", i: int, tok: "Token", others: tuple[int, ...], sent: "Span") -> bool:
    """True when the place at token ``i`` is another figure's: it hangs on that figure ("288
    candidates ..., with 37 registered in Ashgabat, 46 in Akhal region"), or it comes right after
    another figure, as a list gives each figure its place ("1,000 marched in Brask and another 1,000
    in Tessel"). Figures in one "and" list share a place ("left at least five dead and 16 injured")."""
    mine = _item(tok)
    own = {tok.i, mine.i, tok.head.i if tok.dep_ in ("nummod", "quantmod", "compound") else tok.i}
    # the figure's own parts and conversions ("50,000 troops, including 11,000 North Koreans, in
    # Kursk", "200 million euros ($265 million)") are no other figures
    inside = {t.i for t in mine.subtree} | {t.i for t in tok.subtree}
    near = [o for o in others if sent.start <= o < sent.end and o not in own and o not in inside]
    mine_verb = _clause_of(tok)
    place_verb = _clause_of(doc[i])
    parallel = place_verb.i != mine_verb.i and _conjuncts(place_verb, mine_verb)
    if parallel and place_verb.i > mine_verb.i and place_verb.dep_ == "conj" \
            and not any(c.dep_ in ("aux", "auxpass") for c in place_verb.children):
        # "300 have been killed and 2,700 wounded in Brask": the clause that leaves out its auxiliary
        # goes on with the first one's event, and its trailing place is the place of both
        parallel = False
    for o in near:
        other = doc[o].head if doc[o].dep_ in ("nummod", "quantmod", "compound") else doc[o]
        if o > tok.i and other.dep_ == "conj" and other.head.i == mine_verb.i and i > o:
            continue  # "100 were killed and another 1,000 wounded in fighting in Brask": one place for both
        if other.i != mine.i and any(t.i == i for t in other.subtree) and i not in inside:
            return True
        if parallel and _clause_of(doc[o]).i == place_verb.i:
            return True  # "homes were damaged in Brask, and that 2,400 residents were sleeping in shelters"

    if i < tok.i:
        before = [o for o in near if o < i]
        if before:
            o = max(before)
            places_between = any(o < j < i for _, j in places_in(doc, o, i))
            if not places_between and _item(doc[o]).i != mine.i:
                return True
    return False


def _outermost_free(doc: "Doc", found: list[tuple[str, int]]) -> list[str]:
    """The places of a list that no other place of it is in ("the Brask camp in northern Varnia" ->
    Brask camp; Varnia is where the camp is)."""
    anchors: list[set[int]] = []
    for _, i in found:
        root = doc[i]
        for ent in doc.ents:
            if ent.start <= i < ent.end:
                root = ent.root
                break
        anchor = {i, root.i}
        if root.dep_ == "compound":
            anchor.add(root.head.i)
        anchors.append(anchor)
    out: list[str] = []
    for k, (name, i) in enumerate(found):
        root = doc[i]
        for ent in doc.ents:
            if ent.start <= i < ent.end:
                root = ent.root
                break
        holder = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
        if holder is not None and any(holder.i in anchor for m, anchor in enumerate(anchors) if m != k):
            continue  # a container of another place
        if norm_name(name) not in (norm_name(o) for o in out):
            out.append(name)
    return out


_AIM_VERBS = {"aim", "seek", "intend", "design", "mean", "plan"}
# what an operation sets out to do to a place ("to secure Brask", "to tighten the grip on Brask")
_CONTROL_VERBS = {"secure", "tighten", "retake", "recapture", "regain", "reclaim", "extend", "consolidate", "restore",
                   "shore", "strengthen", "reassert", "establish", "expand", "wrest", "cement", "bolster"}


def _in_aim(doc: "Doc", i: int, tok: "Token") -> bool:
    """True for a place inside a clause of what something was aimed at ("an operation aimed at
    shoring up control in southern Brask"): a goal, not where the figure's events were."""
    mine = {t.i for t in tok.ancestors} | {tok.i}
    # ("meant to tighten the hold on Brask" however parsed; "to secure Brask": a bare goal of control)
    return any(a.lemma_.lower() in _AIM_VERBS and (a.dep_ in ("advcl", "acl", "relcl", "pcomp")
                                                  or a.dep_ == "conj" and a.tag_ in ("VBN", "VBD")) and a.i not in mine
               or a.lemma_.lower() in _CONTROL_VERBS and a.dep_ in ("advcl", "acl", "xcomp") and a.i not in mine
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
               for a in doc[i].ancestors)


_RUNNING_VERBS = {"bring", "take", "push", "raise", "lift", "swell"}
# verbs a count rises or stands by ("the toll has risen to 14")
_RISE_VERBS = {"rise", "climb", "reach", "jump", "soar", "surge", "increase", "grow", "stand", "hit", "top", "mount"}
# the nouns of a running total ("taking the number of troops killed there to 238")
_RUNNING_NOUNS = {"toll", "tally", "number", "count", "total", "figure", "sum"}


def _running_toll(tok: "Token") -> bool:
    """True for a figure a toll is brought to ("bringing the death toll of its troops to 211"): a
    running total."""
    for a in (tok, *tok.ancestors):
        if a.lemma_.lower() in _RUNNING_NOUNS and a.dep_ == "dobj" and a.head.lemma_.lower() in _RUNNING_VERBS:
            return True
        if a.lemma_.lower() in _RUNNING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in _RUNNING_NOUNS
                                                      for c in a.children):
            return True
    return False


def _running_toll_noun(tok: "Token") -> "Token | None":
    """The toll noun a figure brings a toll to ("bringing the death toll from the floods to 84"), else None."""
    prev = tok
    for a in tok.ancestors:
        if a.lemma_.lower() in _RUNNING_VERBS and a.pos_ == "VERB":
            if not (prev.dep_ in ("prep", "dative") and prev.lower_ == "to"):
                return None  # the figure is not what the toll is brought to
            return next((c for c in a.children if c.dep_ == "dobj" and c.lemma_.lower() in _RUNNING_NOUNS),
                        None)
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() not in _RUNNING_VERBS:
            return None
        prev = a
    return None


def _across_world_region(toll: "Token") -> str | None:
    """The continent or world region a toll is summed across ("the number of victims across southern
    Africa"), else None."""
    for t in toll.subtree:
        if t.dep_ == "prep" and t.lower_ in ("across", "throughout"):
            for obj in t.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    words = toll.doc[obj.left_edge.i : obj.i + 1].text
                    words = re.sub(r"^the\s+", "", words, flags=re.I)
                    if _is_continent(words) or _is_continent(obj.text):
                        return words
    return None


def _toll_placed(toll: "Token") -> bool:
    """Whether a toll says whose it is: a place in its own phrase ("the toll in Brask", "the toll
    from the floods in Brask"), "there", or an owner ("the district's toll", "its toll")."""
    for t in toll.subtree:
        if t.i != toll.i and (t.ent_type_ in _PLACE_LABELS or t.lower_ in ("there", "here") or t.dep_ == "poss"
                              and t.lemma_.lower() not in _EVENT_NOUNS | _OWNED_BY_PLACE):  # ("the storm's toll": no owner place)
            return True
    return any(c.lower_ in ("there", "here") for c in toll.head.children)


_SEAT_NOUNS = {"government", "regime", "administration", "authorities", "junta", "leadership", "parliament"}


def _seat_of_government(doc: "Doc", i: int) -> bool:
    """True for a capital that only says where a government sits ("to topple the government in
    Brask"), not where the story's events are."""
    tok = doc[i]
    for _ in range(3):
        if tok.dep_ in ("det", "compound") and tok.head.i != tok.i:
            tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "of"):
        return False
    held = tok.head.head
    # "the government in Brask", or "topple the government in Brask" with the place on the verb
    return held.lemma_.lower() in _SEAT_NOUNS or tok.head.lower_ == "in" and held.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _SEAT_NOUNS for c in held.children)


_ORIGIN_PEOPLE = {"troop", "soldier", "serviceman", "servicemember", "member", "personnel", "officer", "marine",
                  "peacekeeper", "national", "citizen", "worker", "volunteer", "sailor", "airman", "policeman"}


def _people_origin(doc: "Doc", i: int) -> bool:
    """True for a country that says where people come from ("15 peacekeepers from Varnia were killed",
    "service members from the Republic of Tessia"): their origin, not the place of what befell them."""
    tok = doc[i]
    for _ in range(3):  # "the United States": from "the" or "United" up to the name's head
        if tok.dep_ in ("det", "compound") and tok.head.i != tok.i:
            tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("from", "in", "at") or prep.dep_ != "prep":
        return False
    people = prep.head
    if people.ent_type_ == "PERSON" and people.pos_ == "PROPN":
        # "Sergeant Tom Brask (38) from the Army College in Tessel": a named man's home or unit, not
        # where what the figure counts befell him
        return True
    if prep.lower_ != "from":
        return False
    if people.lemma_.lower() in ("come", "hail", "originate") and people.pos_ == "VERB":
        return True  # "the dead and injured come from Varnia": where they are from
    if people.pos_ != "NOUN" or people.lemma_.lower() not in _ORIGIN_PEOPLE:
        return False
    known = resolve_place(_name_text(doc, tok))
    return known is not None and known.kind == "country"


_EVACUATE_VERBS = {"fly", "airlift", "evacuate", "rush", "transfer", "transport", "medevac", "repatriate", "ferry"}


def _evacuated_to(doc: "Doc", i: int) -> bool:
    """True for the place the wounded or the dead were flown or taken to ("flown to Brask for
    treatment", "repatriated to Tessia"): not where what the figure counts befell them."""
    tok = doc[i]
    while tok.dep_ in ("compound", "det") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into") and tok.head.head.lemma_.lower() in _EVACUATE_VERBS


_HOLD_VERBS = {"have", "contribute", "provide", "field", "send", "deploy", "station", "keep", "maintain", "commit"}
_HELD_PEOPLE = _ORIGIN_PEOPLE | {"troop", "man", "contingent", "force", "battalion", "peacekeeper", "unit"}


def _holds_troops(doc: "Doc", i: int) -> bool:
    """True for a country that has, sends or contributes men ("Tessia, which has 6,200 men", "Tessia
    contributes 900 troops"): whose men they are, not where they are."""
    tok = doc[i]
    while tok.dep_ in ("compound", "det") and tok.head.i != tok.i:
        tok = tok.head
    verbs = [c for c in tok.children if c.dep_ == "relcl"] + ([tok.head] if tok.dep_ == "nsubj" else [])
    return any(v.lemma_.lower() in _HOLD_VERBS and any(o.dep_ == "dobj" and o.lemma_.lower() in _HELD_PEOPLE
                                                          for o in v.children) for v in verbs)


def _toll_phrase_place(doc: "Doc", tok: "Token", sent: "Span") -> str | None:
    """The place inside a running toll's own phrase when the figure is what the toll is brought to
    ("a soldier was killed in Brask, bringing to 44 the number of Tessian troops killed in Varnia";
    "bringing the toll of troops killed in Varnia to 44"): the whole toll's place, not the latest
    death's."""
    num = tok if tok.like_num else next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), tok)
    prep = num.head if num.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "to":
        return None
    tolls = [c for c in prep.head.children if c.dep_ == "dobj" and c.i != num.i]
    rise = prep.head
    if rise.lemma_.lower() in _RISE_VERBS and rise.dep_ == "ccomp" and rise.head.i < rise.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in rise.children):
        # "announced the death toll of its troops in Varnia (VR) has risen to 14": the parser made the
        # toll the object of the verb of saying and left the rise with no subject; the toll is its subject
        tolls = [c for c in rise.head.children if c.dep_ == "dobj" and c.i < rise.i
                 and c.lemma_.lower() in _TOLL_NOUNS | _COUNT_NOUNS | {"number"}]
    elif rise.lemma_.lower() not in _RUNNING_VERBS:
        return None
    for toll in tolls:
        for t in toll.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "across") and sent.start <= t.i < sent.end \
                    and (t.ent_type_ in _PLACE_LABELS or t.pos_ == "PROPN"):
                phrase = _place_phrase(doc, t, sent)
                if phrase:
                    return phrase
    return None


_LATEST_WORDS = {"latest", "last", "newest", "recent"}


def _is_latest(t: "Token") -> bool:
    """"the latest of whom", "the latest soldier", "the most recent death": the last one counted."""
    return t.lower_ in _LATEST_WORDS and t.pos_ in ("ADJ", "NOUN") or any(
        c.dep_ == "amod" and c.lower_ in _LATEST_WORDS for c in t.children)


def _latest_ones_place(doc: "Doc", i: int, tok: "Token") -> bool:
    """True when the place is where the latest of a running toll befell ("the toll has reached 340,
    the latest of whom died in Brask", "with the latest soldier killed in Brask"): the last one's
    place, not the whole toll's (the figure itself being no part of that clause)."""
    mine = {a.i for a in tok.ancestors} | {tok.i}
    for anc in doc[i].ancestors:
        if anc.i in mine:
            return False
        if anc.pos_ in ("VERB", "AUX"):
            owners = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            if anc.dep_ == "acl":
                owners.append(anc.head)
            if any(_is_latest(o) for o in owners) and tok.i not in {t.i for o in owners for t in o.subtree}:
                return True
    return False


_OFFICE_NOUNS = frozenset({"minister", "governor", "mayor", "leader", "head", "chief", "president", "premier",
                           "spokesman", "spokeswoman", "spokesperson", "commander", "director", "secretary", "official"})
_AREA_OF_OFFICE = frozenset({"region", "province", "state", "city", "town", "country", "district", "county", "area",
                             "administration", "government", "territory", "municipality"})


def _office_holder(doc: "Doc", i: int) -> bool:
    """Whether the name at ``i`` is a person's, set after an office of an area by a comma ("the
    prime minister of the region, Arno Vell,", "the mayor of the city, Tesk Orlan,")."""
    a, b = _name_span(doc, doc[i])
    if a < 4 or doc[a - 1].text != "," or not any(t.ent_type_ == "PERSON" for t in doc[a:b]) \
            and resolve_place(doc[a:b].text) is not None:
        return False  # (a name the gazetteer knows is a place unless the tagger calls it a person)
    area = doc[a - 2]
    if area.lemma_.lower() not in _AREA_OF_OFFICE:
        return False
    j = area.i - 1
    while j > 0 and doc[j].pos_ in ("DET", "ADJ"):
        j -= 1
    if doc[j].lower_ != "of":
        return False
    return any(t.lemma_.lower() in _OFFICE_NOUNS for t in doc[max(j - 3, 0) : j])


def nearest_place(doc: "Doc", sent: "Span", tok: "Token", others: tuple[int, ...] = (),
                  skip: frozenset[int] = frozenset()) -> str | None:
    """The place of a locative phrase anywhere in the sentence nearest to the figure, unless it is
    another figure's: "Two people were killed when a shell hit a school in Khan Younis", not "288
    candidates ..., 46 in Akhal region"."""
    best: tuple[int, str] | None = None
    fits: list[tuple[str, int]] = []
    for name, i in places_in(doc, sent.start, sent.end):
        if i in skip or not _locative(doc, i) or _speaker_place(doc, i) or _in_place_list(doc, i) or _people_origin(doc, i) \
                or _extent_end(doc, i):
            continue
        if _latest_ones_place(doc, i, tok):
            continue  # "the toll reached 340, the latest of whom died in Brask": the latest one's place
        if _with_circumstance(doc, i, tok):
            continue  # "the toll passed 300, with authorities in Tessia taking days to assess": who, not where
        if _in_aim(doc, i, tok):
            continue
        if _other_figures_place(doc, i, tok, others, sent):
            continue
        if doc[i].dep_ == "pobj" and _elliptic_part_before(doc, tok, doc[i].head):
            continue  # "its toll stood at 1,762 and 1,293 in Tessia": the second number's place
        if _in_other_event(doc[i], tok):
            continue
        if any(t.text == ";" for t in doc[min(i, tok.i) : max(i, tok.i)]):
            continue  # "stood at 225 on Friday; two more died in Brask": another clause's place
        fits.append((name, i))
    # "soldiers stationed in Varnia were killed in fighting in its Brask region": the place inside
    # the other is the more specific one, wherever it stands ("in Brask regency, Tessel province":
    # the regency, which the province after the comma only locates)
    fits = [(name, i) for name, i in fits if not _address_container(doc, i, fits)] or fits
    # "in Brask county (Tessel in the old province of Kham)": the aside glosses the place named
    # before it; the figure's place is that one
    fits = [(name, i) for name, i in fits if not _in_bracket_gloss(doc, sent, i)
            or not any(not _in_bracket_gloss(doc, sent, j) for _, j in fits)] or fits
    if fits and all(_in_bracket_gloss(doc, sent, i) for _, i in fits):
        # "the quake hit Brask county (Tessel in the old province of Kham)": the place the aside glosses
        glossed = _glossed_place(doc, sent, fits[0][1])
        if glossed is not None:
            return glossed
    for name, i in _most_specific(fits):
        dist = abs(i - tok.i)
        if best is None or dist < best[0]:
            best = (dist, name)
    return best[1] if best else None


def _with_circumstance(doc: "Doc", i: int, tok: "Token") -> bool:
    """True for a place on the doer of a "with" clause that only adds a circumstance ("..., with
    authorities in Tessia taking several days to assess the damage"), not one that counts or dies
    ("with Brask reporting 17 deaths", "with 20 dying in Brask")."""
    cur = doc[i]
    while cur.dep_ in ("compound", "pobj", "prep", "conj") and cur.head.i != cur.i:
        cur = cur.head
    verb = cur.head
    if cur.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "pcomp" or verb.head.lower_ != "with" \
            or tok.i in {t.i for t in verb.subtree}:
        return False
    return verb.lemma_.lower() not in _TALLY_VERBS | {"die", "kill", "claim", "injure", "wound"} and not _takes_lives(verb)


def _address_container(doc: "Doc", i: int, fits: list[tuple[str, int]]) -> bool:
    """True for a larger area written after a comma to locate the place before it ("Brask regency,
    Tessel province"; "Brask, Tessel state"), not an item of a list ("in Brask, Tessel and Orla")."""
    if i < 2 or doc[i - 1].text != "," or any(t.dep_ == "conj" or t.lower_ in ("and", "or") for t in doc[i : i + 4]
                                              if t.i < len(doc)):
        return False
    before = doc[i - 2]
    if not any(j < i and (j == before.i or doc[j].head.i == before.i or before.head.i == j) for _, j in fits):
        return False
    last = doc[i]
    while last.i + 1 < len(doc) and last.i + 1 < i + 4 and doc[last.i + 1].pos_ in ("PROPN", "NOUN") \
            and doc[last.i + 1].text[:1].isupper() or last.i + 1 < len(doc) and doc[last.i + 1].lower_ in _NAMED_AREA_WORDS | {
                "region", "state"}:
        last = doc[last.i + 1]
    if last.lower_ in _NAMED_AREA_WORDS | {"region", "state"}:
        return True
    known = resolve_place(doc[i : last.i + 1].text)
    return known is not None and known.kind in ("region", "state", "country")


def _plain_name(place: str) -> str:
    """A place's name without a bracket left open ("Republic of Varnia (Africa") or a formal "Republic
    of" before a country's short name the gazetteer knows as the same country."""
    place = place.rstrip(" -–—:") or place  # "South Korea -" read off a dateline run into the text
    if "(" in place and ")" not in place[place.index("(") :]:
        place = place[: place.index("(")].strip(" ,") or place
    short = re.match(r"^(?:the\s+)?Republic\s+of\s+(?:the\s+)?(.+)$", place)
    if short:
        whole, part = resolve_place(place), resolve_place(short.group(1))
        if part is not None and part.kind == "country" and (whole is None or whole.country == part.country):
            return short.group(1)
    return place


def _describes_named_settlement(tok: "Token") -> bool:
    """True for a country's name that only describes a settlement named after "of" ("the eastern
    Varnia city of Brask")."""
    head = tok.head
    return tok.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in _SETTLEMENT_NOUNS | {"capital", "port"} \
        and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
                for c in head.children)


# a photo credit that closes a caption ("... on Tuesday. AP", "(Photo: Jane Doe/Reuters)"), not an
# agency a sentence names ("... told Reuters.")
_CREDIT_END = re.compile(r"(?:[.!?”\"]\s+(?:AP|AFP|Reuters|EPA|Xinhua|Getty Images|AP Photo|File photo)|"
                         r"\([^()]*\b(?:[Pp]hoto|Getty|AP|AFP|Reuters|EPA|[Gg]rab|[Ff]ile)\b[^()]*\))\.?$")


def _in_caption(doc: "Doc", start: int) -> bool:
    """True when the sentence at token ``start`` is in a paragraph that ends with a photo credit: a
    caption the page left at the top ("A crane moves rubble at Tessly in Brask on Tuesday. AP"),
    which places a picture, not the story."""
    at = doc[start].idx
    text = doc.text
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    para = text[begin : end if end >= 0 else len(text)].strip()
    return len(para) < 600 and _CREDIT_END.search(para) is not None


def _headline_line(doc: "Doc", a: int, b: int) -> bool:
    """True when the sentence ``doc[a:b]`` is a line of its own shaped like a headline, not a sentence
    of the story: a short line in capitals or sentence case, with no figure and no closing punctuation
    ("Regional ministers meet in Kigali over border row"), as a news ticker or a related story's link
    leaves in a page's text."""
    if b <= a:
        return False
    text = doc.text
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    line = text[begin : stop if stop >= 0 else len(text)].strip()
    if line != text[start:end].strip():
        return False  # the sentence is not the whole line
    words = line.split()
    return 3 <= len(words) <= 14 and line[:1].isupper() and not any(c.isdigit() for c in line) \
        and line[-1] not in ".!?:;\"'\u201d\u2019)" and "," not in line


def _named_elsewhere(doc: "Doc", name: str, a: int, b: int, title_doc: "Doc | None") -> bool:
    """Whether the place ``name`` is named in the text outside ``doc[a:b]`` or in the title."""
    key = norm_name(name)
    if any(norm_name(n) == key for n, i in places_in(doc, 0, len(doc)) if not a <= i < b):
        return True
    return title_doc is not None and any(norm_name(n) == key for n, _ in places_in(title_doc, 0, len(title_doc)))


def _placed_in_other(doc: "Doc", i: int, found: list[tuple[str, int]]) -> bool:
    """True when a locative phrase of another place of ``found`` hangs on the place at ``i``
    ("Brask province in southern Varnia")."""
    span = next(((e.start, e.end) for e in doc.ents if e.start <= i < e.end), (i, i + 1))
    heads = set(range(*span)) | {doc[i].head.i} if doc[i].dep_ == "compound" else set(range(*span))
    for _, j in found:
        root = doc[j]
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "of") and root.head.head.i in heads and j != i:
            return True
    return False


def _most_specific(found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The places of a list less a country that another of them is in ("in Varnia ... in the Brask
    region" -> the Brask region): a figure is about the most specific place it is given."""
    kinds = [(name, i, resolve_place(name)) for name, i in found]
    inner = {p.country for _, _, p in kinds if p is not None and p.kind in ("city", "region", "state") and p.country}
    return [(name, i) for name, i, p in kinds if p is None or p.kind != "country" or p.country not in inner]


_WORLD_REGIONS = frozenset({
    "middle east", "near east", "far east", "world", "west", "east", "north africa", "west africa", "east africa",
    "southern africa", "central africa", "sub-saharan africa", "horn of africa", "south asia", "southeast asia",
    "south-east asia", "central asia", "east asia", "latin america", "central america", "the americas", "scandinavia",
    "western africa", "eastern africa", "northern africa", "sahel", "the sahel", "maghreb", "the maghreb", "balkans",
    "the balkans", "caucasus", "the caucasus", "south caucasus", "levant", "the levant", "persian gulf", "the gulf",
    "gulf region", "arabian peninsula",
})


def _is_continent(name: str) -> bool:
    """Continents and world regions are no scope for a figure ("Europe", "the Middle East")."""
    place = resolve_place(name)
    if place is not None and place.kind == "continent":
        return True
    # (world regions that span several countries: "the North Africa nation" is a description)
    return re.sub(r"^the\s+", "", name.lower()) in _WORLD_REGIONS


def _dateline_place(dateline: str | None) -> str | None:
    """The place of a dateline, the widest part ("BRASK, Varnia" -> "Varnia", "LIMA" -> "Lima")."""
    if not dateline:
        return None
    # "KABUL (Pajhwok):": the outlet's credit in brackets is no part of the place
    dateline = re.sub(r"\s*\([^()]*\)", "", dateline)
    first = dateline.split(",")[-1].strip(" -–—:")  # "Seoul, South Korea -": no dash of the dateline's
    if not first or not any(ch.isalpha() for ch in first):
        return None
    # "AT-KABUL": an outlet's initials glued to the city's name by a dash, when the name alone is a
    # place and the whole is not
    glued = re.match(r"^([A-Z]{1,4})\s*[-–—]\s*([A-Z][A-Za-z .'-]+)$", first)
    if glued and resolve_place(glued.group(2).title()) is not None and resolve_place(first.title()) is None:
        first = glued.group(2)
    last = first.split()[-1].lower()
    if last in _BODY_WORDS and resolve_place(first) is None:
        return None  # "Rwanda Defence Force (RDF) Army Chief ...": a body's name the cleaner took for a dateline
    return first.title() if first.isupper() else first


_BODY_WORDS = {"force", "forces", "army", "ministry", "agency", "office", "police", "command", "council", "commission",
               "department", "service", "services", "guard", "corps", "mission", "government", "authority", "news"}


_OPENING = 5  # the sentences that set an article's own place
# words that say a story's events are all over its country
_NATIONWIDE = re.compile(r"\b(?:(?:across|throughout|all over|around) (?:the|this) (?:whole |entire )?(?:country|nation)|"
                         r"nationwide|countrywide|(?:dozen|several|many|other) (?:other )?(?:cities|towns)|"
                         # "operations launched in various parts of the country"
                         r"(?:various|several|many|different|all|other) parts of (?:the|this) (?:country|nation))\b", re.I)
# a figure stated for the whole country ("in cities across the country", "booths in the country")
# the other country of a story of two ("in the neighbouring country")
_NEIGHBOUR = re.compile(r"\b(?:in|across|throughout) the neighbou?ring (?:country|nation)\b", re.I)
_THE_COUNTRY = re.compile(r"\b(?:(?:across|throughout|all over|around|in) (?:the|this) (?:whole |entire )?(?:country|nation)|"
                          r"nationwide|countrywide|(?:various|several|many|different|all|other) parts of (?:the|this) (?:country|nation)|"
                          # "killed in six US states", "across four provinces": several of its first divisions
                          r"(?:in|across|throughout) (?:the |at least |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|several|many|dozens of) (?:[A-Za-z.]+ )?(?:states|provinces|prefectures))\b", re.I)


_LINE_DATELINE = re.compile(r"(?:^|\n)[ \t]*((?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})(?:/(?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))*):[ \t]+(?=[A-Z0-9\"“])")
_CITY_COLON = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?=[A-Z])")
# "Paris (AFP) –", "KABUL (Pajhwok):": a city and an outlet's name in brackets opening a line
_CITY_CREDIT = re.compile(r"(?:^|\n)\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?) \((?:[A-Z][A-Za-z]*\.?\s?){1,3}\)\s*[-–—:]")


def _country_runs_names(doc: "Doc | None", where: "Callable[[str], Place | None]") -> list[str]:
    """The country names a title tags as no place ("Varnia Update: ..."), read off its words."""
    if doc is None or any(ent.label_ in _PLACE_LABELS for ent in doc.ents):
        return []
    return [n for n, _ in _country_runs(doc, where)] or [
        t.text for t in doc if t.text[:1].isupper() and t.is_alpha and is_primary_name(t.text)
        and (p := where(t.text)) is not None and p.kind == "country"]


def _country_runs(doc: "Doc", where: "Callable[[str], Place | None]") -> list[tuple[str, int]]:
    """A country's name of several words the tagger took for a person's or left untagged, whole
    ("Papua New Guinea landslide: ..."): not one of its words read as another country ("Guinea")."""
    i = 0
    while i < len(doc):
        for j in range(min(len(doc), i + 4), i + 1, -1):
            run = doc[i:j]
            if all(t.text[:1].isupper() and t.is_alpha for t in run) and run[0].ent_type_ in ("", "PERSON") \
                    and all(t.ent_type_ == run[0].ent_type_ for t in run) \
                    and is_primary_name(run.text) and (p := where(run.text)) is not None and p.kind == "country":
                return [(run.text, i)]
        i += 1
    return []


def _across_border(doc: "Doc", i: int) -> bool:
    """True for the country across a border that only says where a place lies ("a campsite in
    northwestern Varnia near the border with Tessia")."""
    root = doc[i]
    return root.dep_ == "pobj" and root.head.lower_ in ("with", "of") \
        and root.head.head.lemma_.lower() in ("border", "frontier", "boundary")


def _joined_countries(doc: "Doc", name: str, where: "Callable[[str], Place | None]") -> tuple[str, list[str]] | None:
    """The joint name and country codes of the countries a place's name is named together with
    ("in Greece, Turkey and Bulgaria" -> "Greece, Turkey and Bulgaria"); [] when it stands alone, is
    a side of a war, or a number stands between them (two figures, one for each)."""
    first = where(name)
    if first is None or first.kind != "country" or not first.country:
        return None
    for t in doc:
        if norm_name(t.text) != norm_name(name) or _war_side(t) or _in_war_name(t):
            continue
        joined = [t] + [c for c in t.conjuncts if (c.ent_type_ in _PLACE_LABELS or _country_tagged_person_token(c))
                        and (p := where(c.text)) is not None and p.kind == "country" and p.country
                        and p.country != first.country]
        if len(joined) < 2 or any(doc[j].like_num for j in range(min(x.i for x in joined), max(x.i for x in joined))):
            continue
        joined.sort(key=lambda x: x.i)
        names = [x.text for x in joined]
        text = f"{names[0]} and {names[1]}" if len(names) == 2 else ", ".join(names[:-1]) + f" and {names[-1]}"
        codes = [p.country for x in joined if (p := where(x.text)) is not None and p.country]
        return text, codes
    return None


# a story's own place called back by a description ("the country", "the Himalayan nation", "the
# quake-hit region", "the disaster area")
_THE_LAND = re.compile(r"\b[Tt]he (?:[A-Z][\w-]+ |[a-z]+-(?:hit|struck|stricken|ravaged|affected|battered|rocked|hammered|devastated|lashed|pounded|torn) |impoverished |island |"
                       r"affected |stricken |disaster |devastated ){0,3}(?:country|nation|island)\b|"
                       r"\b[Tt]he (?:[a-z]+-(?:hit|struck|stricken|ravaged|affected|battered|rocked|hammered|devastated|lashed|pounded|torn)|affected|stricken|disaster|devastated) "
                       r"(?:region|area|zone|province|state)\b|"
                       r"\b(?:across|throughout) (?:the|this) (?:whole |entire )?"
                       r"(?:prefecture|province|state|region|county|district|island)\b")
_ACROSS_LEVEL = re.compile(r"\b(?:across|throughout) (?:the|this) (?:whole |entire )?"
                           r"(prefecture|province|state|region|county|district|island)\b")


def _level_named_before(text: str, level: str) -> str | None:
    """The last area of that level a page named before ("Ishikawa prefecture", "the province of
    Brask"), by its name, else None."""
    found = [(m.start(), m.group(1)) for m in re.finditer(rf"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) {level}\b", text)]
    found += [(m.start(), m.group(1)) for m in re.finditer(rf"\b{level} of ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text)]
    return max(found)[1] if found else None


# a sentence that places a part of a count ("Most of the deaths were in Brask")
_PART_OF = re.compile(r"\b(?:[Mm]ost|[Mm]any|[Ss]ome|[Hh]alf|[Tt]he majority|[Tt]he bulk) of (?:the|them|those|these)\b")


# disasters that strike a wide area: a story of one counts its toll for the country it struck
_WIDE_DISASTERS = frozenset({"earthquake", "quake", "tremor", "flood", "floods", "flooding", "storm", "hurricane", "cyclone",
                             "typhoon", "tsunami", "monsoon", "drought", "heatwave", "blizzard"})
# losses among citizens serving in a foreign army, and their serving there
_ABROAD_STATES = frozenset({"killed", "dead", "wounded", "injured", "missing", "casualties", "captured", "present"})
_SERVE_ABROAD_VERBS = frozenset({"serve", "fight", "join", "enlist", "recruit", "hire", "conscript", "draft", "die", "work"})
_KIN_NOUNS = frozenset({"relative", "family", "parent", "mother", "father", "wife", "husband", "widow", "child", "son",
                        "daughter", "brother", "sister", "kin", "relatives"})
_WIDE_TOLL_STATES = frozenset({"killed", "dead", "wounded", "injured", "missing", "casualties"})


# a place that holds most of a figure, not all of it ("2,000 died, mostly in Brask and two provinces")
_MOSTLY_IN = re.compile(r"\b(?:" + "|".join(sorted(_MOSTLY_WORDS)) + r"|most of them|the majority of them)"
                        r",? (?:in|at|near|around|across)\b", re.I)


class PlaceScope:
    """Where an article is: its title's place, its lead's, its dateline's, and places by sentence."""

    def __init__(self, doc: "Doc", sents: Sentences, title: str | None, dateline: str | None, title_doc: "Doc | None") -> None:
        self.doc = doc
        self.sents = sents
        self.title_doc = title_doc
        # the countries the article names (title included): a name of places in several countries
        # is read as the one in these ("Valencia" in a story that names Spain)
        self.near: frozenset[str] = frozenset(
            p.country for ent in (*doc.ents, *(title_doc.ents if title_doc is not None else ()))
            if ent.label_ in _PLACE_LABELS and (p := resolve_place(ent.text)) is not None and p.kind == "country"
            and p.country)
        self.title: str | None = None
        self._title_near = False
        if title_doc is not None:
            # "... casualties in Ukraine war": a war's name names a side, not where the story is
            found = [(n, i) for n, i in places_in(title_doc, 0, len(title_doc)) if not _in_war_name(title_doc[i])
                     # (a war named after a region, not a country, is fought there: "the Karabakh war")
                     or (p := resolve_place(n)) is not None and p.kind == "region"]
            # "the eastern Varnia city of Brask": the town the country's name only describes
            found = [(n, i) for n, i in found if not _describes_named_settlement(title_doc[i])] or found
            if not found:
                # "Nepal flood and landslides: toll rises": a country's name the tagger left untagged
                # ("Varnia: an ambush claims 50 lives": a kicker naming the country, whatever the tagger says)
                found = _country_runs(title_doc, self._where) or [(t.text, t.i) for t in title_doc if t.text[:1].isupper()
                         and (not t.ent_type_ or t.i == 0 and len(title_doc) > 1 and title_doc[1].text == ":"
                              # "after Mali Ambush Leaves 80 Dead": a country naming an event, whatever the tag
                              or t.dep_ == "compound" and t.head.lemma_.lower() in _EVENT_NOUNS | _OWNED_BY_PLACE
                              and not _in_war_name(t)
                              # "Varnia Earthquake Update: Toll Jumps to 1,600": the event the name is
                              # on, itself a modifier of the title's head noun
                              or t.dep_ == "compound" and t.i + 1 < len(title_doc) and title_doc[t.i + 1].dep_ == "compound"
                              and title_doc[t.i + 1].head.i == t.head.i
                              and title_doc[t.i + 1].lemma_.lower() in _EVENT_NOUNS and not _in_war_name(t))
                         and is_primary_name(t.text) and (p := self._where(t.text)) is not None and p.kind == "country"][:1]
            if not found:
                # "Storms lash Brask", "Quake rocks Brask": the place a title's disaster strikes, a place the
                # gazetteer knows whatever the tagger calls it (titles parse badly: read the words)
                for t in title_doc[1:]:
                    if title_doc[t.i - 1].lower_ not in _TITLE_STRIKE_FORMS or not t.text[:1].isupper():
                        continue
                    end = t.i + 1
                    while end < len(title_doc) and end < t.i + 3 and title_doc[end].text[:1].isupper():
                        end += 1
                    names = [title_doc[t.i : e].text for e in range(end, t.i, -1)]
                    name = next((n for n in names if self._where(n) is not None), None)
                    if name:
                        found = [(name, t.i)]
                        break
            if found:
                # "Varnia: leader honours troops killed in Tessia": the place things happen in first
                self.title = next((name for name, i in found if not _actor(title_doc, i) and _locative(title_doc, i)
                                   and not any(a.lemma_.lower() in ("feel", "hear") for a in title_doc[i].ancestors)),
                                  # ("Three Varnia Troops Killed ...": whose troops, not where)
                                  next((name for name, i in found if not _actor(title_doc, i)
                                        and not _owner_of_site(title_doc[i])), None))
                if self.title is None:
                    # "Turkmenistan votes for a new parliament": a place that does what the story is
                    # about, not one that speaks or takes a side ("Brussels condemns ...")
                    self.title = next((name for name, i in found if _title_doer(title_doc, i)), None)
                # "soldiers killed in attack outside Brask": a town the events were near, not in
                self._title_near = any(name == self.title and title_doc[i].dep_ == "pobj"
                                       and title_doc[i].head.lower_ in ("outside", "near") for name, i in found)
        if self.title is None and title:
            # "Dow falls 340 points": a title about a stock index is about its market
            markets = {country for _, country in _index_mentions(title, 0, len(title))}
            if len(markets) == 1:
                self.title = markets.pop()
        if not dateline:
            # "Manila: Philippine authorities announced ...": a city's name and a colon opening the
            # text is a dateline the cleaner, knowing no places, leaves in mixed case
            opening = _CITY_COLON.match(doc.text)
            known = resolve_place(opening.group(1)) if opening else None
            if opening is not None and known is not None and known.kind == "city":
                dateline = opening.group(1)
            else:
                # "Paris (AFP) –" on a line of its own near the top: a city and a wire's credit in
                # brackets are where the story was filed, whatever the cleaner left
                credited = _CITY_CREDIT.search(doc.text[:400])
                city = credited.group(1) if credited else ""
                city = city.title() if city.isupper() else city
                known = resolve_place(city) if city else None
                if known is not None and known.kind == "city":
                    dateline = city
        self.dateline = _dateline_place(dateline)
        # the dateline's words at the head of the text ("ORLENBURG, Varnia – At least 12 ...") are
        # where the story was filed, not a place the sentence states
        self.dateline_tokens: frozenset[int] = frozenset()
        if dateline:
            at = doc.text.lower().find(dateline.lower(), 0, 2000)
            if at >= 0 and (at == 0 or doc.text[at - 1] == "\n"):
                span = doc.char_span(at, at + len(dateline), alignment_mode="expand")
                if span is not None:
                    self.dateline_tokens = frozenset(range(span.start, span.end))
        # "United Nations/New Delhi: Two peacekeepers were killed ...": a filing line left at the head
        # of a paragraph near the top (the cleaner took the page's first line for the title) is where
        # the story was filed, not a place the sentence states
        extra: set[int] = set()
        for m in _LINE_DATELINE.finditer(doc.text, 0, 1500):
            names = [n.strip() for n in m.group(1).split("/")]
            if any((p := resolve_place(n)) is not None and p.kind == "city" for n in names) \
                    and all(resolve_place(n) is not None or n.lower() in ("united nations", "un") for n in names):
                span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
                if span is not None:
                    extra.update(range(span.start, span.end))
        self.dateline_tokens = self.dateline_tokens | frozenset(extra)
        self.lead: str | None = None
        self._home_lead = False  # the lead located its events in the country of the men it counts
        # the first of the opening sentences that locates something; where a speaker sits ("the UN
        # spokesman in Geneva said") only when none does
        for speakers in (False, True):
            for a, b in [(a, b) for a, b in sents.segments[:12] if not _in_caption(doc, a)][:3]:
                root = _reported(doc[a:b].root)
                # the dateline's own words ("SEOUL —") are where the story was filed, not a place the lead locates
                found = [(name, i) for name, i in places_in(doc, a, b) if i not in self.dateline_tokens and not _actor(doc, i)
                         and not _in_other_event(doc[i], root) and speakers == _speaker_place(doc, i)
                         and not _people_origin(doc, i)  # "peacekeepers from Tessia": whose men, not where
                         and not _intelligence_owner(doc, i)  # "Tessian intelligence believes": whose spies
                         and not _extent_end(doc, i)  # "spanning 300 miles from Brask to Tessel": the area's ends
                         and not _owner_of_site(doc[i])  # "an attack on a Tessia outpost": whose outpost
                         and not _latest_ones_place(doc, i, root)
                         and not _briefing_place(doc, i) and not _departure_place(doc, i)
                         # "the tremors were also felt in Tessia": where it was felt, not where it struck
                         and not _only_felt(doc[i])]
                # "the quake hit Brask county (Tessel in the old province of Kham)": an aside that
                # glosses the place just named is not where the lead's events are
                span = doc[a:b]
                found = [(n, i) for n, i in found if not _in_bracket_gloss(doc, span, i)
                         or not any(not _in_bracket_gloss(doc, span, j) for _, j in found)] or found
                if found and _headline_line(doc, a, b):
                    # "Regional ministers meet in Kigali over border row": a ticker's or a related
                    # story's headline left in the page's text; a place it alone names is not the story's
                    found = [(n, i) for n, i in found if _named_elsewhere(doc, n, a, b, title_doc)]
                if not found and not speakers and (back := _country_called_back(doc, a, b)) is not None:
                    # "Varnian soldiers were killed at a camp in the north of the country": the lead's
                    # "the country" calls back the one nationality it named before
                    self.lead, self._home_lead = back, True
                    break
                if found:
                    # "the quake that devastated Brask province in southern Varnia": the province the
                    # country's phrase places is the more specific place, located through it
                    located = [name for name, i in _most_specific([(n, i) for n, i in found if _locative(doc, i)
                                                                   or _placed_in_other(doc, i, found)])]
                    self.lead = located[0] if located else _most_specific(found)[0][0]
                    # "villages in Sindh and Balochistan": several regions of one country, none the
                    # scope alone; the country is (a city with its region is one place: "Manokwari,
                    # the capital of West Papua")
                    distinct = {norm_name(n): n for n in (located or [n for n, _ in found])}
                    if len(distinct) > 1:
                        resolved = [resolve_place(n, self.near) for n in distinct.values()]
                        codes = {p.country for p in resolved if p is not None}
                        if all(p is not None and p.kind in ("region", "state") for p in resolved) and len(codes) == 1:
                            self.lead = country_name(codes.pop()) or self.lead
                    break
            if self.lead:
                break
        # the place the article keeps coming back to "in": the most frequent locative place
        counts: dict[str, int] = {}
        headlines = [(a, b) for a, b in sents.segments if _headline_line(doc, a, b)]
        for name, i in places_in(doc, 0, len(doc)):
            if any(a <= i < b for a, b in headlines) and not _named_elsewhere(
                    doc, name, *next((a, b) for a, b in headlines if a <= i < b), title_doc):
                continue  # a place only a headline left in the page's text names
            if _locative(doc, i) and not _is_continent(name) and not _briefing_place(doc, i) \
                    and not _departure_place(doc, i) and not _war_named_in(doc[i]) \
                    and not _latest_ones_place(doc, i, doc[i].sent.root) and not _extent_end(doc, i):
                counts[name] = counts.get(name, 0) + 1
        self.broader: str | None = None  # the title's or lead's country when a city in it is the scope
        self._given: dict[int, set[str]] = {}  # sentence -> the places stated for its figures
        self._given_things: dict[int, list[bool]] = {}  # sentence -> whether each such figure counts things
        self._scope: tuple[str, str] | None = None
        self._scope_done = False
        self._located: frozenset[str] | None = None
        self._troops: frozenset[str] | None = None
        self._abroad: tuple[str, str] | None = None  # (home, army): a page of citizens serving in a foreign army
        self._abroad_done = False
        self._wide: bool | None = None  # the story is of a wide-area disaster (a quake, floods, a storm)
        self._sections: list[tuple[int, str]] | None = None  # headings of a page cut into sections by place
        # "the school in the Tessel camp": where the article puts a building, for a later "the school"
        self.buildings: dict[str, tuple[int, str]] = {}
        for t in doc:
            lemma = t.lemma_.lower()
            if lemma in _BUILDING_NOUNS and lemma not in self.buildings and t.pos_ == "NOUN":
                for prep in t.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near", "inside"):
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                where = _place_phrase(doc, obj, doc[t.sent.start : t.sent.end])
                                if where:
                                    self.buildings.setdefault(lemma, (t.i, where))
        self.main: str | None = max(counts, key=lambda k: counts[k]) if counts else None  # first of the ties
        if self.main is not None:
            # the article's events in several cities of one country it names: the country
            main = self._where(self.main)
            if main is not None and main.kind == "city" and main.country:
                cities = {norm_name(n) for n in counts
                          if (p := self._where(n)) is not None and p.kind == "city" and p.country == main.country}
                named = next((n for n, _ in places_in(doc, 0, len(doc))
                              if (p := self._where(n)) is not None and p.kind == "country" and p.country == main.country),
                             None)
                if len(cities) > 1 and named is not None:
                    self.main = named
        self.country = self._own_country()
        # "floods in Greece, Turkey and Bulgaria": a story of several countries named together in its
        # title or lead; their joint name is its scope, and each of them is one of its countries
        self.joint: frozenset[str] = frozenset()
        self.joint_name: str | None = None
        for which, where_doc in (("title", title_doc), ("lead", doc)):
            name = getattr(self, which)
            joined = _joined_countries(where_doc, name, self._where) if where_doc is not None and name else None
            if joined is not None:
                setattr(self, which, joined[0])
                self.joint, self.joint_name = frozenset(joined[1]), joined[0]
                break

    def _where(self, name: str) -> "Place | None":
        """``resolve_place`` with the countries the article names."""
        return resolve_place(name, self.near)

    def article_scope(self) -> tuple[str, str] | None:
        """The article's own place and where it comes from ("title", "dateline", "body", "lead")."""
        if not self._scope_done:
            self._scope = self._find_scope()
            self._scope_done = True
        return self._scope

    def _find_scope(self) -> tuple[str, str] | None:
        table = {"title": self.title, "dateline": self.dateline, "lead": self.lead, "body": self.main}
        for where, place in table.items():
            if where == "title" and place and self._title_near and self.lead and norm_name(self.lead) != norm_name(place):
                continue  # "... killed outside Brask" and a lead that locates them: the lead's place
            if where == "dateline" and place and self.lead is None:
                state = self._state_in_lead(place)
                if state is not None:
                    # "MOSCOW -- Russia has decided to release all foreign recruits": the lead is about
                    # the country that acts, not the city it was filed from
                    return state, f"dateline ({place}), its country in the lead"
                filed = self._where(place)
                country = country_name(filed.country) if filed is not None and filed.kind == "city" else None
                if country and any(_NATIONWIDE.search(self.doc[a:b].text) for a, b in self.sents.segments[:2]):
                    # "KABUL: 70 militants were killed in operations in various parts of the country":
                    # the lead places its events all over the dateline's country, not in the city
                    return country, f"dateline ({place}), the country in the lead"
            if where == "dateline" and place and not self._dateline_is_scope(place):
                continue
            if where in ("lead", "body") and place and (land := self._capital_against_rest(place)) is not None:
                # "17 died in Dhaka and two outside the capital": the capital is one part of the
                # country's count, the country is the article's place
                return land, f"{where} ({place}), counted against the rest of its country"
            if place:
                inner = self._city_within(place)
                if inner:
                    self.broader = place
                    return inner, f"{where} ({place}), lead"
                return place, where
        # no place in the title, dateline, lead or body: the country a mission the page opens with is named after
        title_mission = _mission_named(self.title_doc, 0, len(self.title_doc)) if self.title_doc is not None else None
        segs = self.sents.segments[:3]
        mission = title_mission or next((m for a, b in segs if (m := _mission_named(self.doc, a, b)) is not None), None)
        if mission is not None:
            return mission[1], f"mission ({mission[0]})"
        # nor a mission: the one nationality of the page's own soldiers or army ("Three Varnian
        # soldiers were killed ...", "the Varnian army has lost"), not of men sent abroad
        # ("Varnian peacekeepers") nor of the attackers ("a Tessian drone")
        lands: dict[str, str] = {}
        spans = ([(self.title_doc, 0, len(self.title_doc))] if self.title_doc is not None else []) \
            + [(self.doc, a, b) for a, b in self.sents.segments[:3]]
        for doc, a, b in spans:
            for t in doc[a:b]:
                row = lookup_demonym(t.text) if t.dep_ in ("amod", "compound", "nmod") and t.text[:1].isupper() else None
                if row is None or row.type != "GPE" or not row.iso2:
                    continue
                noun = t.head
                head = noun.lemma_.lower()
                counted = any(c.dep_ == "nummod" for c in noun.children)  # "three Varnian soldiers"
                losing = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _LOSS_VERBS  # "the Varnian army has lost"
                if head in {"soldier", "troop", "army", "military", "serviceman", "civilian", "citizen"} \
                        and (counted or losing):
                    lands[row.iso2] = row.canonical
        if len(lands) == 1:
            land = next(iter(lands.values()))
            return land, f"nationality of the page's own men ({land})"
        return None

    def _capital_against_rest(self, name: str) -> str | None:
        """The country of a capital the article counts against the rest of its country ("in Dhaka
        and outside the capital", "outside Dhaka"), else None."""
        land = capital_of(self._where(name))
        if land is None:
            return None
        against = rf"\boutside (?:of )?(?:the (?:capital|city)\b|{re.escape(name)}\b)|\b(?:the )?rest of the country\b"
        return country_name(land) if re.search(against, self.doc.text, re.I) else None

    def _dateline_is_scope(self, dateline: str) -> bool:
        """Whether the dateline's place is where the story is, not only where it was filed from:
        no when the gazetteer does not know it as a place ("UNITED NATIONS (Xinhua) --") or when the
        lead locates the events in another country ("WASHINGTON (AP) -- 15 died in Cox's Bazar")."""
        filed = self._where(dateline)
        if filed is None:
            row = lookup_alias(dateline)
            return row is None or row.type == "GPE"  # a town the gazetteer does not know is still a place
        if filed.kind == "continent":
            return False
        lead = self._where(self.lead) if self.lead else None
        if self.lead is None and filed.country and self._lead_elsewhere(filed.country, dateline):
            return False
        if self.lead is not None and lead is None and norm_name(self.lead) != norm_name(dateline):
            return False  # "KATHMANDU: In the quake that struck Brask district, ...": a place the gazetteer lacks
        if lead is None or not lead.country or not filed.country:
            return True
        if lead.country != filed.country:
            return False
        # the same country: the lead's own place, when it is another, is where the events are
        # ("ISLAMABAD -- Floods across Pakistan have killed ..."; "SAO PAULO -- ... in Rio Grande
        # do Sul"); the dateline is where the story was filed
        return norm_name(self.lead) == norm_name(dateline) or (lead.geonameid is not None and lead.geonameid == filed.geonameid)

    def _state_in_lead(self, dateline: str) -> str | None:
        """The dateline's country as the opening sentence names it, when it names it as a country
        and not the dateline's city."""
        filed = self._where(dateline)
        if filed is None or filed.kind != "city" or not filed.country or not self.sents.segments:
            return None
        a, b = self.sents.segments[0]
        names = [(name, self._where(name)) for name, i in places_in(self.doc, a, b) if i not in self.dateline_tokens]
        if any(p is not None and p.kind != "country" and p.country == filed.country for _, p in names):
            return None
        return next((name for name, p in names if p is not None and p.kind == "country" and p.country == filed.country),
                    None)

    def _lead_elsewhere(self, country: str, dateline: str) -> bool:
        """Whether the lead, locating nothing, is about other places than the dateline: it names places
        of another country (the sides of a war: "SEOUL -- 2,000 soldiers sent to help Varnia fight
        Tessia were killed, the spy agency said") or another place of the dateline's country ("the
        quake that struck Brask"), and never the dateline's place itself; where a speaker sits or who
        owns the speaking body ("Seoul's spy agency said") does not count."""
        doc = self.doc
        if not self.sents.segments:
            return False
        a, b = self.sents.segments[0]
        other = False
        for name, i in places_in(doc, a, b):
            if i in self.dateline_tokens:
                continue
            place = self._where(name)
            if place is None or not place.country:
                continue
            if place.country == country:
                if _speaker_place(doc, i) or place.kind == "country":
                    continue
                if norm_name(name) == norm_name(dateline):
                    return False
                # "KATHMANDU: In the quake that struck Jajarkot, the toll reached 157": the events' own place
            other = True
        return other

    def _city_within(self, country: str) -> str | None:
        """The first city of that country the opening sentences locate something in ("Quake kills 10
        in Varnia" + "on the island of Brask" -> Brask), or its one region: the article's own, more
        specific place.
        None when the story is the country's: the opening locates things in several of its cities
        or regions, or says the events are nationwide ("across the country", "other cities")."""
        outer = self._where(country)
        if outer is None or outer.kind != "country" or not outer.country:
            return None
        cities: list[str] = []
        regions: list[str] = []
        inner: set[str] = set()
        for a, b in self.sents.segments[:_OPENING]:
            if _NATIONWIDE.search(self.doc[a:b].text):
                return None
            root = self.doc[a:b].root
            for name, i in places_in(self.doc, a, b):
                if _actor(self.doc, i) or not _locative(self.doc, i) or _in_other_event(self.doc[i], root) \
                        or _in_count_breakdown(self.doc, i, a, b) or _seat_of_government(self.doc, i) \
                        or _in_aim(self.doc, i, root):
                    continue
                place = self._where(name)
                if _speaker_place(self.doc, i) and capital_of(place) is not None:
                    continue  # "stated by the government in the capital": the seat of who speaks
                if place is None or place.country != outer.country or place.kind not in ("city", "region"):
                    continue
                inner.add(norm_name(name))
                if place.kind == "city" and name.lower() not in (c.lower() for c in cities):
                    cities.append(name)
                elif place.kind == "region" and not regions:
                    regions.append(name)
        # several cities of the country: the article is about the country ("polls in A, B and C");
        # its one region and no other place ("floods swamped Varnia's Brask state"): the region
        if len(inner) == 1 and (cities or regions):
            return (cities or regions)[0]
        return None

    def country_of_scope(self) -> str | None:
        """The country the article is in, as the article writes it ("Greece"), else its gazetteer name."""
        scope = self.article_scope()
        if scope is None:
            return None
        names = [scope[0]] + ([self.broader] if self.broader else [])
        for name in names:
            place = self._where(name)
            if place is None or not place.country:
                continue
            if place.kind == "country":
                return name
            for written, _ in places_in(self.doc, 0, len(self.doc)):
                other = self._where(written)
                if other is not None and other.kind == "country" and other.country == place.country:
                    return written
            return country_name(place.country)
        if self.country:
            # a scope the gazetteer does not know ("Brask County"): the country the article is in
            for written, _ in places_in(self.doc, 0, len(self.doc)):
                other = self._where(written)
                if other is not None and other.kind == "country" and other.country == self.country and "." not in written:
                    return written
            return country_name(self.country)
        return None

    def _neighbour_named_before(self, sent: "Span") -> str | None:
        """The last country named before the sentence other than the article's own country."""
        scope = self.article_scope()
        own = self._where(scope[0]) if scope else None
        if own is None or not own.country:
            return None
        for name, _ in reversed(places_in(self.doc, 0, sent.start)):
            where = self._where(name)
            if where is not None and where.kind == "country" and where.country and where.country != own.country:
                return name
        return None

    def _speaker_country_toll(self, tok: "Token", number: "Token | None", source: "SourceRef | None") -> str | None:
        """The country of the body that gives "the country's" toll ("Varnia's health ministry said the
        country's death toll rose to 40"), else None."""
        if source is None or source.start is None or source.end is None:
            return None
        doc = self.doc
        nouns = [tok, tok.head]
        if number is not None and number.dep_ == "pobj":
            verb = number.head.head
            nouns += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(n.lemma_.lower() in _TOLL_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("country", "nation")
                                                           for c in n.children) for n in nouns):
            return None
        for name, i in places_in(doc, 0, len(doc)):
            if source.start <= doc[i].idx < source.end:
                where = self._where(name)
                return name if where is not None and where.kind == "country" else None
        return None

    def claim_place(self, tok: "Token", sent: "Span", *, state: str | None, others: tuple[int, ...],
                    source: "SourceRef | None", number: "Token | None" = None) -> tuple[str | None, str | None, str | None]:
        """The place of one figure: (location, location_basis, location_from).

        Args:
            tok: the figure's counted noun (or number) token.
            sent: its line-cut sentence.
            state: the figure's normalised state (a stock index's change or level is its market's).
            others: token indexes of the article's other figures (a place nearer to another
                figure is that figure's).
            source: who gives the figure (the place of the body that counts, as a last resort).

        Returns:
            The place as written, ``stated`` or ``inherited``, and where it came from.
        """
        doc = self.doc
        size = _army_size_country(number if number is not None else tok)
        if size is not None:
            # "the Tessian armed forces, numbering 1.2 million" on a page about a unit sent abroad:
            # the size of a country's whole army is the country's
            return size, "stated", f"the size of a country's armed forces: {size}"
        helped = _sent_to_help(tok, self.sents) if state in ("present", "deployed") else None
        if helped is not None and (where := self._where(helped)) is not None and where.kind == "country":
            # "12,000 Tessian troops were deployed to support Varnia's war": men sent to help a country
            # are in it (the page's battle at one village is no place of the whole deployment)
            return helped, "stated", f"sent to help a country: {helped}"
        home = self._speaker_country_toll(tok, number, source)
        if home is not None:
            # "Varnia's disaster agency said the country's toll rose to 40, ... including deaths in
            # neighbouring Tessia": the country's own toll is the speaking body's country
            return home, "stated", f"the country's toll, by its own body: {home}"
        respective = _respective_place(doc, number, sent) if number is not None else None
        if respective is not None:
            # "Brask and Tessel recorded 40 and 12 deaths respectively": each figure is its own place's
            return respective, "stated", f"respectively: {respective}"
        outside = self._outside_town(tok, sent)
        if outside is not None:
            # "4 were killed in Brask and 9 others died in strikes outside the city": the rest of the
            # town's country, not the town
            return outside, "stated", f"outside a town: {outside}"
        # the figure's own number ("12" of "at least 12 members") is no other figure
        others = tuple(o for o in others if o != tok.i and doc[o].head.i != tok.i and not _a_day(doc[o]))
        toll_place = _toll_phrase_place(doc, tok, sent)
        place = toll_place or location(doc, tok, sent, self.sents, others)
        if place is not None and _only_in_parts(tok, place, sent):
            place = None  # "40 killed, including 12 in Brask": Brask is the part's, not the whole's
        whole = _including_whole(tok) if place is None else None
        if whole is not None and (_including_whole(whole) is not None
                                  or nearest_place(doc, sent, tok, others, self.dateline_tokens) is not None):
            whole = None  # the part's own place in the sentence comes first
        if whole is not None:
            # "the toll there reached 87, including 30 children": a part with no place of its own is where its whole is
            return self.claim_place(whole, sent, state=state, others=others, source=source)
        outer = self._where(place) if place and not toll_place else None
        if outer is not None and outer.kind == "country":
            # "the Varnia flood death toll in Brask": a town the sentence locates the figure in, inside
            # the country its own phrase names, is the more specific place
            inner_name = nearest_place(doc, sent, tok, others, self.dateline_tokens)
            inner = self._where(inner_name) if inner_name else None
            if inner is not None and inner.kind in ("city", "region", "state") and inner.country == outer.country:
                place = inner_name
        location_basis: str | None = "stated" if place else None
        location_from: str | None = None
        market = _market(doc, tok, state, text=self.sents.text)
        if market is not None:
            # a stock index's figure is about its market, whatever else the sentence names
            # stated when the sentence names the market's country ("the primary UK index"), not
            # only the index ("the Dow")
            place, location_basis = market[0], "stated" if market[1] and _names_country(sent, market[0]) else "inherited"
            location_from = f"index: {market[0]}"
        if place is None and not _whole_of_parts(tok) and not _whole_of_breakdown(tok):
            place = nearest_place(doc, sent, tok, others, self.dateline_tokens)
            if place is not None and _only_in_parts(tok, place, sent):
                place = None  # "25 deaths ..., including 16 in Brask": Brask is the part's, not the whole's
            wide = _THE_COUNTRY.search(sent.text)
            if place is not None and wide is not None and sent.start_char + wide.end() <= tok.idx \
                    and sent.text.find(place, wide.end()) > tok.idx - sent.start_char:
                # "Across the two provinces, 139,000 people are sheltering, ... relief efforts in Brask":
                # the provinces' country, not a place named later for something else
                place = None
            if place is None:
                # "Police said Brask, in the north of the country, recorded the most victims, with 14
                # missing": the town an aside before the figure places, the sentence naming no other
                place = next((g for prep in doc[sent.start : tok.i] if prep.dep_ == "prep"
                              for pobj in prep.children if pobj.dep_ == "pobj"
                              and (g := _name_glossed_by(doc, pobj, sent)) is not None), None)
            location_basis = "stated" if place else None
            scope = self.article_scope() if place else None
            if scope is not None and place is not None and norm_name(place) == norm_name(scope[0]):
                # the article's own place again: no evidence of a narrower scope (tracks)
                location_from = f"article place, named in the sentence: {place}"
            else:
                location_from = f"sentence: {place}" if place else None
        if place is None and _NEIGHBOUR.search(sent.text):
            # "most of those killed in the neighbouring country": the last other country named before
            place = self._neighbour_named_before(sent)
            location_basis = "stated" if place else None
            location_from = f"the neighbouring country: {place}" if place else None
        if place is None and _THE_COUNTRY.search(sent.text):
            # "at least 70 people injured in cities across the country": the article's country
            place = self.country_of_scope()
            location_basis = "stated" if place else None
            location_from = f"the country: {place}" if place else None
        if place is None:
            inherited = self.article_scope()
            named = None if _whole_of_breakdown(tok) else self.named_in(sent, tok, others, inherited[0] if inherited else None)
            if named is not None and _only_in_parts(tok, named, sent):
                named = None
            if named is not None:
                place, location_basis = named, "stated"
                # the article's own place, which this sentence also names, or another place it names
                same = inherited is not None and named == inherited[0]
                location_from = f"article place, named in the sentence: {named}" if same else f"sentence: {named}"
                inherited = None
            owner = None
            if place is None and source is not None and source.start is not None and source.end is not None:
                # "Kestria's health ministry said": with nothing else, the place of the body that counts;
                # "according to Brask's mayor": a town's own officials count the town's dead
                owner = next((name for name, i in places_in(doc, 0, len(doc)) if source.start <= doc[i].idx < source.end
                              and not _intelligence_owner(doc, i)), None)
                if owner is None:
                    # "a Brask health department official": a known town's name on the body, untagged
                    span = doc.char_span(source.start, source.end, alignment_mode="expand")
                    owner = next((t.text for t in span or () if t.pos_ == "PROPN" and t.dep_ == "compound"
                                  and t.ent_type_ != "PERSON" and t.head.lemma_.lower() not in _MEDIA_NOUNS and lookup_demonym(t.text) is None and is_primary_name(t.text)
                                  and (p := self._where(t.text)) is not None and p.kind == "city"), None)
                if owner is not None and norm_name(source.text) == norm_name(owner) \
                        and (land := country_name(capital_of(self._where(owner)))) is not None:
                    owner = land  # "statements from Lima put the toll at 23": the capital stands for its government
                if owner is not None and inherited is not None:
                    where = self._where(owner)
                    area = owner.split()[-1].lower() in _NAMED_AREA_WORDS  # "the Buncombe County Sheriff's Office"
                    # "according to Tessia's health ministry" in a story of a disaster in Varnia and Tessia:
                    # a country's own body counts its own dead, when the story locates events in it
                    scope_place = self._where(inherited[0])
                    own_toll = where is not None and where.kind == "country" and state in _TOLL_STATES \
                        and where.country in self._located_countries() \
                        and not self._killed_by_own(tok, where.country) \
                        and (scope_place is None or scope_place.country != where.country)  # the story's own country stays its scope
                    if not area and not own_toll and (where is None or where.kind not in ("city", "region")
                                                      or not self._in_story_country(owner)):
                        owner = None
            mission = _mission_named(doc, sent.start, sent.end) if owner is None else None
            if mission is not None and inherited is not None:
                own = self._where(inherited[0])
                if own is not None and own.country and own.country == (self._where(mission[1]) or own).country:
                    mission = None  # the article's own place is in the mission's country: as specific or more
            if owner is None and mission is not None:
                # "UNIFIL said two peacekeepers were hurt": a mission named after its country is there
                place, location_basis, location_from = mission[1], "stated", f"mission: {mission[0]} ({mission[1]})"
            elif owner is not None:
                # the article's own town named again on the body only repeats where the story is
                again = inherited is not None and norm_name(owner) == norm_name(inherited[0])
                place, location_basis, location_from = owner, "inherited" if again else "stated", f"source: {owner}"
            elif inherited is not None:
                place, location_basis = inherited[0], "inherited"
                location_from = f"{inherited[1]}: {inherited[0]}"
                n = self.sents.seg_of[tok.i]
                if self.broader is not None and norm_name(place) != norm_name(self.broader) and any(
                        norm_name(p) == norm_name(self.broader) for m, given in self._given.items() if m < n for p in given):
                    # "Floods in Varnia have claimed 100 lives" before "the capital Brask" was named: the
                    # story counts for the whole country, and so do its later figures with no place
                    place, location_from = self.broader, f"the country earlier figures were stated for: {self.broader}"
                earlier = self._carried(tok)
                if earlier is not None and _a_total(tok) and not places_in(doc, sent.start, sent.end) \
                        and not _kinds_called_back(doc, sent.start, sent.end) and self._wider(place, earlier):
                    earlier = None  # "The toll rose to 47": the story's toll again, not the district of the sentence before
                sibling = self._given.get(n, set())
                if len(sibling) > 1:
                    earlier = None  # "81 in Brask, 79 in Tessel, totaling 166": the whole of its own sentence's parts
                if not sibling and not _whole_of_breakdown(tok) and not _a_total(tok):
                    # "plans to send another 6,000 soldiers, with 1,000 already in Varnia": the one
                    # place the sentence locates a later figure in
                    located = [(name, i) for name, i in places_in(doc, sent.start, sent.end) if _locative(doc, i)
                               and not _speaker_place(doc, i) and i not in self.dateline_tokens
                               and not _latest_ones_place(doc, i, tok) and not _in_aim(doc, i, tok)
                               and not _in_other_event(doc[i], tok) and any(o > tok.i for o in others)]
                    if len({norm_name(name) for name, _ in located}) == 1 and located[0][1] > tok.i \
                            and not _only_in_parts(tok, located[0][0], sent):
                        sibling = {located[0][0]}
                if len(sibling) == 1 and not _whole_of_breakdown(tok) and not _a_total(tok):
                    # "85 recruits have been discharged and another 20 are awaiting release": the one
                    # place stated for the sentence's other figures, before the article's own
                    earlier = next(iter(sibling))
                if earlier is not None and earlier != place and self._country_itself(sent, earlier):
                    earlier = None  # "the highest toll the country recorded": the country's, not the town's before
                    level = _ACROSS_LEVEL.search(sent.text)
                    named = _level_named_before(doc.text[: sent.start_char], level.group(1)) if level else None
                    if named is not None and norm_name(named) != norm_name(place):
                        # "across the prefecture": the prefecture the page named ("Ishikawa prefecture")
                        place, location_from = named, f"the {level.group(1) if level else ''} named before: {named}"
                heading = self._section_place(tok) if earlier is None else None
                if heading is not None and norm_name(heading) != norm_name(place):
                    # "Bulgaria" on a line of its own, then "... raising the overall death toll to four":
                    # the section's place, on a page cut into sections by place
                    place, location_from = heading, f"section: {heading}"
                if earlier is not None and earlier != place:
                    came = "the sentence's other figure" if len(sibling) == 1 and earlier in sibling else "earlier sentence"
                    place, location_from = earlier, f"{came}: {earlier}"
                else:
                    building = self._building_place(sent)
                    if building is not None and self._in_story_country(building[1]):
                        place, location_from = building[1], f"the {building[0]}: {building[1]}"
        if place is not None and location_basis == "stated" and (glossed := _glossed_by_aside(doc, sent, place)) is not None:
            # "Brask, in the Tessel region, suffered the heaviest losses, with 25 killed", however the
            # parser hung the aside: the town it places, not the region it names
            place, location_from = glossed, f"the town an aside places: {glossed}"
        if place is not None and location_basis == "stated" and self._war_name_only(sent, place):
            # "casualties among foreign troops in the Tessia war": a war is named after a side, and
            # the story's own place in another country says where these counted are
            scope = self.article_scope()
            own = self._where(scope[0]) if scope else None
            war_side = self._where(place)
            if scope is not None and own is not None and war_side is not None and own.country and war_side.country \
                    and own.country != war_side.country:
                place, location_basis, location_from = scope[0], "inherited", f"{scope[1]}: {scope[0]} (not the war's name)"
        if place is not None and location_basis == "stated" and state in _LOSS_STATES \
                and (abroad := self._forces_abroad(tok, place)) is not None:
            # "Tessia has suffered 4,700 casualties" in a story of Tessian troops sent to fight in
            # Brask: the country that loses its soldiers, not where they fell
            place, location_basis, location_from = abroad, "inherited", f"where its forces are: {abroad}"
        if place is not None and market is None:
            joint = self._joint_countries(tok, sent, place, others)
            if joint is not None:
                place, location_basis, location_from = joint, "stated", f"countries named together: {joint}"
        if place is not None and location_basis == "stated" and market is None and state is not None:
            self._given.setdefault(self.sents.seg_of[tok.i], set()).add(place)
            self._given_things.setdefault(self.sents.seg_of[tok.i], []).append(tok.lemma_.lower() in _THING_NOUNS)
        if place is not None and location_basis == "inherited" and (abroad := self._sent_abroad(tok, place)) is not None:
            # "A contingent of 800 Varnian police is leading the mission" on a page filed from the
            # Varnian capital: the country's own men are where they were sent, not at home
            place, location_from = abroad, f"where its men were sent: {abroad}"
        if place is not None and location_basis == "inherited" and state in _LOSS_STATES | {"deployed"} \
                and (sent_to := self._dispatched_to(place)) is not None:
            # "Varnia's losses in Tessia's war mount" + "Varnia has deployed 15,000 soldiers, of whom 6,000
            # were killed": the page's own country sends its men abroad; they are where it sent them
            place, location_from = sent_to, f"where the country sent its forces: {sent_to}"
        if place is not None and state in _ABROAD_STATES and (army := self._foreign_army_of(tok, sent, place, location_basis, state)) is not None:
            # "the death toll of Varnians fighting in the Tessian army rose to 40" on a page filed from
            # Varnia's capital: the country's men who serve in a foreign army are where it fights, not home
            place, location_basis, location_from = army, "inherited", f"where its citizens serve in a foreign army: {army}"
        if place is not None and location_basis is not None \
                and (compass := _bare_direction(doc, tok, sent, self.sents, own_only=location_basis == "stated")) \
                and not re.match(rf"(?:{DIRECTIONS})\b", place, re.I):
            # "1,000 troops in Brask, with another 400 at bases in the north-west": a part of the
            # country the sentence names by its direction alone, not the town of the other figure
            where = self._where(place)
            land = country_name(where.country) if where is not None and where.country else None
            if land is not None and (location_basis == "inherited" or where is not None and where.kind in ("city", "country")):
                place, location_from = f"{compass} {land}", f"a part of the country: {compass} {land}"
        if location_basis in (None, "inherited") and (told := self._same_figure_place(tok, sent, state, others)) is not None \
                and (place is None or norm_name(told) != norm_name(place)):
            # "killed three troops and left 25 injured" in a lead that names no place it knows, then
            # "three ... were killed and 25 injured ... at a base in Brask": the same toll, placed there
            place, location_basis, location_from = told, "inherited", f"the same figure stated later: {told}"
        if place is not None and location_basis == "inherited" and _force_since(doc, tok, sent, self.sents) \
                and ((where := self._where(place)) is None or where.kind in ("city", "region", "state")) \
                and (land := country_name(where.country) if where is not None and where.country
                     else self.country_of_scope()) is not None \
                and (where := self._where(land)) is not None and where.kind == "country" \
                and self._in_story_country(place):
            # "At least 30 peacekeepers have been hurt since October" after a lead on a post near a
            # town: the force's losses over months are the country's, not the latest attack's town
            place, location_from = land, f"a force's losses over time: {land}"
        if place is not None and location_basis == "inherited" and _part_of_the_country(doc, tok, sent, self.sents):
            # "... lost 20 soldiers at a camp in the centre of the country" on a page placed in a town:
            # the country, not the town where the page's other events were
            where = self._where(place)
            if where is not None and where.kind in ("city", "region", "state") and where.country \
                    and (land := country_name(where.country)) is not None:
                place, location_from = land, f"a part of the country: {land}"
        if place is not None and location_basis == "inherited" and state in _WIDE_TOLL_STATES \
                and not (location_from or "").startswith(("earlier sentence", "the sentence's other figure")) \
                and (land := self._disaster_country(tok, sent, place)) is not None:
            # "The floods killed 3,000 people" in a story whose lead is on the worst-hit town: a
            # quake's or a flood's toll with no place of its own is the whole country's count
            place, location_from = land, f"a disaster's toll across the country: {land}"
        if place is not None and (most_land := self._whole_of_most(place, sent, location_basis)) is not None:
            # "41 died, mostly in Brask and two nearby towns": the town holds most of the figure, not all
            # of it; the figure, the sentence's others and a later one that takes the place are the country's
            place, location_from = most_land, f"the country of a place that holds most of it: {most_land}"
        if place is not None and place.isupper() and len(place) > 3 and place.isalpha():
            place = place.title()  # read off a headline in capitals ("... IN RUSSIA"): a place's name as written
        if place is not None:
            place = _plain_name(place)
        if (toll := _running_toll_noun(tok)) is not None and (region := _across_world_region(toll)) is not None:
            # "pushing the number of victims across southern Africa to 400": the region's sum
            place, location_basis, location_from = region, "stated", f"a toll across a region: {region}"
        elif place is not None and (toll := _running_toll_noun(tok)) is not None and not _toll_placed(toll):
            # "recovered three bodies in the village of Brask, bringing the death toll from the floods to
            # 84": the story's toll, not the village where the latest deaths were found
            scope = self.article_scope()
            toll_land = self.broader or (scope[0] if scope is not None else None)  # (the country a city scope is in)
            if scope is not None and toll_land is not None and norm_name(toll_land) != norm_name(place) \
                    and " and " not in place \
                    and self._in_story_country(place) and self._wider(toll_land, place):
                place, location_basis, location_from = toll_land, "inherited", f"{scope[1]}: {toll_land} (a running toll)"
        if place is not None and _running_toll(tok):
            # "killed in southern Varnia, bringing the toll of its troops since 2001 to 211": the
            # running toll is the country's, not the part where the latest death was
            part = re.match(rf"^(?:{DIRECTIONS})\s+(.+)$", place, re.I)
            known = self._where(part.group(1)) if part else None
            if part is not None and known is not None and known.kind == "country":
                place = part.group(1)
        return place, location_basis, location_from

    def _disaster_country(self, tok: "Token", sent: "Span", place: str) -> str | None:
        """The country a wide-area disaster struck, for a toll whose sentence names no place, when the
        article's inherited ``place`` is only a part of that country (its worst-hit town, a province,
        a mountain range) and the article names the country itself; else None.

        A quake, flood or storm hits a country's region, not one town: its toll ("the quake killed
        2,000", "the death toll rose to 2,000", "5,000 are still missing") is counted for the whole
        country, and a story that opens on the worst-hit town still reports the country's count.
        A point event (a bombing, a fire) keeps its town."""
        doc = self.doc
        if not self._wide_disaster() and not any(t.lemma_.lower() in _WIDE_DISASTERS and t.pos_ in ("NOUN", "PROPN")
                                                 or t.lower_ == "disaster" and any(c.lower_ == "natural" for c in t.lefts)
                                                 for t in sent):
            return None
        scope = self.article_scope()
        own = self._where(scope[0]) if scope else None
        land = self.country_of_scope() or self._dominant_country()
        if land is None or scope is None:
            return None
        country = self._where(land)
        if country is None or country.kind != "country" or not country.country:
            return None
        where = self._where(place)
        if where is not None and (where.kind == "country" or where.country and where.country != country.country):
            return None
        if where is None and norm_name(place) != norm_name(scope[0]):
            return None  # a place the gazetteer lacks is a part of the country only as the article's own place
        if not self._struck_country(country.country):
            # "Varnia's Brask province was hit by a quake", "the island of Brask off Varnia's coast":
            # the page places the disaster in a part, the country only owns it
            return None
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in {*_KIND_CALLED_BACK, "village"} and t.dep_ != "compound"
               and any(x.dep_ == "det" and x.lower_ in ("the", "this", "that") for x in t.children) for t in sent):
            return None  # "... missing in the coastal city": the town named before, called back
        for name, i in places_in(doc, sent.start, sent.end):
            p = self._where(name)
            if i not in self.dateline_tokens and (p is None or p.kind != "country"):
                return None  # the sentence names a part: the existing readings place the figure
        if _whole_of_breakdown(tok) or _only_in_parts(tok, place, sent):
            return None
        if any(t.lower_ in ("there", "here") and t.dep_ == "advmod" for t in sent) or self._framed_before(tok) is not None:
            return None  # "In Brask, roofs were torn off. Officials counted 46 deaths (there)": the scene set before
        n = self.sents.seg_of[tok.i]
        if n > 0:
            a, b = self.sents.segments[n - 1]
            if "\n" not in doc.text[doc[b - 1].idx : sent.start_char] and doc[a].lower_ == "in" \
                    and any(i <= a + 4 for _, i in places_in(doc, a, b)):
                return None  # (the sentence before, in the same paragraph, opens on a place: "In Brask, ...")
        return land

    def _served_abroad(self) -> tuple[str, str] | None:
        """(home country code, army's country as written) when the page tells of one country's citizens
        serving in another country's army ("Varnians recruited into the Tessian army", "Varnian
        nationals fighting for Tessia"), one such army only; else None."""
        if self._abroad_done:
            return self._abroad
        self._abroad_done = True
        found: dict[str, tuple[str, str]] = {}
        for doc in (d for d in (self.title_doc, self.doc) if d is not None):
            for force in doc:
                army = None
                if force.lemma_.lower() in _FORCE_NOUNS | {"forces"} and force.pos_ in ("NOUN", "PROPN"):
                    army = next((row for c in force.lefts if c.dep_ in ("amod", "compound", "nmod")
                                 and (row := lookup_demonym(c.text)) is not None and row.type == "GPE" and row.iso2), None)
                    army_name = army.canonical if army is not None else None
                elif force.pos_ == "PROPN" and force.dep_ == "pobj" and force.head.lower_ == "for":
                    where = self._where(force.text)  # "fighting for Tessia"
                    army_name = force.text if where is not None and where.kind == "country" else None
                    army = lookup_alias(force.text) if army_name else None
                else:
                    continue
                if army_name is None:
                    continue
                known = self._where(army_name)
                code = army.iso2 if army is not None and army.iso2 else known.country if known is not None else None
                link = force.head
                if force.dep_ == "pobj" and link.lower_ in ("in", "into", "for", "with", "by"):
                    verb = link.head
                elif force.dep_ == "dobj":
                    verb = link
                else:
                    continue
                if verb.lemma_.lower() not in _SERVE_ABROAD_VERBS:
                    continue
                people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if verb.dep_ in ("acl", "relcl"):
                    people.append(verb.head)
                # ("dozens of Varnians who joined ...": the people the quantity is of)
                people += [o for m in list(people) for of in m.children if of.dep_ == "prep" and of.lower_ == "of"
                           for o in of.children if o.dep_ == "pobj"]
                for man in people:
                    homes = [row for t in (man, *man.lefts) if (row := lookup_demonym(t.text)) is not None
                             and row.type == "GPE" and row.iso2 and row.iso2 != code]
                    if homes and homes[0].iso2:
                        found.setdefault(army_name, (homes[0].iso2, army_name))
        armies = {v[1] for v in found.values()}
        home_codes = {v[0] for v in found.values()}
        if len(armies) == 1 and len(home_codes) == 1:
            self._abroad = next(iter(found.values()))
        return self._abroad

    def _foreign_army_of(self, tok: "Token", sent: "Span", place: str, basis: str | None, state: str | None) -> str | None:
        """The foreign army's country for a loss among a country's citizens who serve in it, when the
        figure's place is only their home (inherited from the page, or their nationality or a war's
        name read as a place); else None."""
        abroad = self._served_abroad()
        if abroad is None:
            return None
        noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
        if noun.lemma_.lower() in _KIN_NOUNS or any(c.lemma_.lower() in _KIN_NOUNS for c in noun.children if c.dep_ == "compound"):
            return None  # "150 relatives of the men protested": their families are at home
        if state == "present" and self.sents.clause_verb(tok).lemma_.lower() not in _SERVE_ABROAD_VERBS \
                and _captor_country(sent) is None:
            return None  # only "200 Varnians are serving in ...", not any count of people at home
        home, army = abroad
        where = self._where(place)
        if where is None or where.country != home:
            return None
        if basis == "stated":
            low = place.lower()
            hits = [t for t in sent if t.text.lower() == low or t.text.lower() in low.split()]
            # "deaths of Varnian nationals", "suspected deaths of Varnia nationals": whose, not where
            if not hits or not all(t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in _ORIGIN_PEOPLE
                                   for t in hits):
                return None
        for name, i in places_in(self.doc, sent.start, sent.end):
            p = self._where(name)
            if p is not None and p.country == home and _locative(self.doc, i) and not _speaker_place(self.doc, i) \
                    and not (self.doc[i].dep_ in ("compound", "amod") and self.doc[i].head.lemma_.lower() in _ORIGIN_PEOPLE):
                return None  # "... were flown back to Brask": a place at home the sentence itself states
        captor = _captor_country(sent)
        if captor is not None and state in ("captured", "present", "missing") and norm_name(captor) != norm_name(army):
            return captor  # "four more are in the hands of Tessian forces": held where their captors are
        return army

    def _struck_country(self, code: str) -> bool:
        """Whether the page names the country itself as where the disaster struck: "the quake in
        Varnia", "the Varnia floods", "floods swept eastern Varnia", "a storm rips over Varnia" (not
        "Varnia's Brask province was hit", nor "Brask in the east of Varnia")."""
        # (the text, not only the title: "Floods hit Varnia" over a report on one town keeps the town)
        for doc in (self.doc,):
            # (a country's one-word name the tagger left untagged, too: "BREAKING: Varnia quake toll ...")
            names = places_in(doc, 0, len(doc)) + [(t.text, t.i) for t in doc if t.pos_ == "PROPN" and t.is_alpha
                                                   and t.text[:1].isupper() and not t.ent_type_]
            for name, i in names:
                p = self._where(name)
                if p is None or p.kind != "country" or p.country != code:
                    continue
                t = doc[i]
                while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i < i + 4:
                    t = t.head  # (the name's last word)
                if t.dep_ == "compound" and t.head.lemma_.lower() in _WIDE_DISASTERS:
                    return True  # "the Varnia earthquake"
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "throughout", "over", "on") \
                        and t.head.head.lemma_.lower() in _WIDE_DISASTERS:
                    return True  # "floods in Varnia"
                verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("over", "across", "through", "into") else t.head
                if t.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB":
                    doers = [c for c in verb.children if c.dep_ == "nsubj"]
                    if verb.dep_ == "relcl" and any(d.lower_ in ("that", "which") for d in doers):
                        doers.append(verb.head)  # "floods that swept eastern Varnia"
                    if any(d.lemma_.lower() in _WIDE_DISASTERS or d.pos_ == "PROPN" and any(
                            c.lemma_.lower() in _WIDE_DISASTERS for c in d.lefts) for x in doers for d in (x, *x.conjuncts)):
                        return True  # "a quake hit Varnia", "Storm Kora rips over Varnia"
        return False

    def _whole_of_most(self, place: str, sent: "Span", basis: str | None) -> str | None:
        """The country of ``place`` when the page names that place only as where most of a figure is
        ("died, mostly in Brask"): in the sentence for a stated place, in the whole page for an
        inherited one; else None."""
        where = self._where(place)
        if where is None or where.kind == "country" or not where.country or basis is None:
            return None
        doc = self.doc
        span = (sent.start, sent.end) if basis == "stated" else (0, len(doc))
        hits = [i for name, i in places_in(doc, *span) if norm_name(name) == norm_name(place)]
        if not hits or not all(_mostly_part(doc, i) for i in hits):
            return None
        land = country_name(where.country)
        named = next((n for n, _ in places_in(doc, 0, len(doc)) if (p := self._where(n)) is not None
                      and p.kind == "country" and p.country == where.country), None)
        return named or land

    def _dominant_country(self) -> str | None:
        """The country the page names more often than all other countries together, as written."""
        counts: dict[str, int] = {}
        first: dict[str, str] = {}
        docs = [d for d in (self.title_doc, self.doc) if d is not None]
        for name in [n for d in docs for n, _ in places_in(d, 0, len(d))] + _country_runs_names(self.title_doc, self._where):
            p = self._where(name)
            if p is not None and p.kind == "country" and p.country:
                counts[p.country] = counts.get(p.country, 0) + 1
                first.setdefault(p.country, name)
        if not counts:
            return None
        top = max(counts, key=lambda k: counts[k])
        return first[top] if 2 * counts[top] > sum(counts.values()) else None

    def _wide_disaster(self) -> bool:
        """Whether the title or the opening sentences name a disaster that strikes a wide area (a
        quake, floods, a storm) as the story's event."""
        if self._wide is None:
            spans = [(self.title_doc, 0, len(self.title_doc))] if self.title_doc is not None else []
            spans += [(self.doc, a, b) for a, b in self.sents.segments[:_OPENING]]
            self._wide = any(t.lemma_.lower() in _WIDE_DISASTERS and t.pos_ in ("NOUN", "PROPN")
                             for d, a, b in spans for t in d[a:b])
        return self._wide

    def _outside_town(self, tok: "Token", sent: "Span") -> str | None:
        """The country of a town the figure's clause puts it outside of ("died in strikes outside the
        city", "outside Brask", "outside of the capital"), else None."""
        doc = self.doc
        verb = self.sents.clause_verb(tok)
        for prep in sent:
            if prep.lower_ != "outside" or prep.pos_ != "ADP" or self.sents.clause_verb(prep).i != verb.i:
                continue
            mine = {a.i for a in tok.ancestors} | {tok.i}
            h, steps = prep.head, 0
            while h.i not in mine and steps < 4 and h.head is not h and not (h.like_num or any(
                    c.dep_ == "nummod" for c in h.children)):
                h, steps = h.head, steps + 1
            if h.i not in mine:
                continue  # "10 in Brask and the remaining two from outside the capital": the other figure's
            objs = [c for c in prep.children if c.dep_ == "pobj"] or [
                o for of in prep.children if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]
            for obj in objs:
                if obj.pos_ == "PROPN":
                    town = _name_text(doc, obj)
                elif obj.lemma_.lower() in ("city", "capital", "town") and any(c.lower_ == "the" for c in obj.children) \
                        and not any(c.dep_ in ("prep", "appos", "compound", "amod") for c in obj.children):
                    scope = self.article_scope()
                    called = _earlier_place(doc, sent, prep.i) or self.recent(tok) or (scope[0] if scope else None)
                    if called is None:
                        continue
                    town = called
                    if obj.lemma_.lower() == "capital":
                        seat = self._where(town)
                        state = country_name(seat.country) if seat is not None and seat.country else None
                        return state if state and capital_of(seat) is not None else None
                else:
                    continue
                where = self._where(town)
                if where is not None and where.kind == "city" and where.country and (land := country_name(where.country)):
                    return land
        return None

    def _same_figure_place(self, tok: "Token", sent: "Span", state: str | None, others: tuple[int, ...]) -> str | None:
        """The one place another sentence states for the same toll (same number, same harm: killed or
        wounded), when the figure's own sentence states none; else None."""
        doc = self.doc
        num = tok if tok.like_num else next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
        value = _num_value(num) if num is not None else None
        kind = (_harm_near(num, self.sents) if num is not None else None) \
            or {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded"}.get(state or "")
        if kind is None or value is None or num is None:
            return None
        found: set[str] = set()
        who = _counted_kind(num)
        for o in others:
            if sent.start <= o < sent.end or _num_value(doc[o]) != value or _harm_near(doc[o], self.sents) != kind \
                    or _counted_kind(doc[o]) != who:
                continue  # ("five soldiers died" and "the shelling left five dead": two tolls)
            a, b = self.sents.segments[self.sents.seg_of[o]]
            other = doc[a:b]
            where = location(doc, doc[o], other, self.sents, others) \
                or nearest_place(doc, other, doc[o], others, self.dateline_tokens)
            if where is not None:
                found.add(where)
        return found.pop() if len(found) == 1 else None

    def _wider(self, scope: str, place: str) -> bool:
        """Whether the article's place is wider than ``place``: a country or region holding it, or a
        place the gazetteer does not know while it knows the scope (a village in the story's land)."""
        outer, inner = self._where(scope), self._where(place)
        if outer is None:
            return False
        if inner is None:
            return outer.kind in ("country", "region", "state")
        rank = {"country": 3, "region": 2, "state": 2, "city": 1}
        return rank.get(outer.kind or "", 0) > rank.get(inner.kind or "", 0) \
            and (outer.kind != "country" or inner.country == outer.country)

    def _section_place(self, tok: "Token") -> str | None:
        """The place of the section a figure is in, on a page cut into sections each headed by a
        place's name alone on its line ("Greece" ... "Turkey" ... "Bulgaria"); None on other pages."""
        if self._sections is None:
            doc, heads = self.doc, []
            for n, (a, b) in enumerate(self.sents.segments):
                words = doc[a:b].text.strip()
                if not words or len(words) > 40 or any(ch in words for ch in ".,:;!?") \
                        or not (b >= len(doc) or "\n" in doc[b - 1].whitespace_ or doc[b].is_space):
                    continue
                found = places_in(doc, a, b)
                if len(found) == 1 and norm_name(found[0][0]) == norm_name(words):
                    heads.append((n, found[0][0]))
            self._sections = heads if len(heads) >= 2 else []
        n = self.sents.seg_of[tok.i]
        return next((name for m, name in reversed(self._sections) if m < n), None)

    def _country_itself(self, sent: "Span", earlier: str) -> bool:
        """Whether a sentence that names no place speaks of the story's own land by a description
        ("the highest toll the country recorded", "the toll in the quake-hit region"), so that a
        town or district the sentence before located figures in is not carried over the article's
        own place."""
        if not _THE_LAND.search(sent.text) or places_in(self.doc, sent.start, sent.end):
            return False
        inner = self._where(earlier)
        return inner is None or inner.kind != "country"  # (a country before is the one "the country" calls back)

    def _forces_abroad(self, tok: "Token", place: str) -> str | None:
        """The article's place when ``place`` is a country that suffers or loses the figure's people
        as the subject of its clause ("Tessia has lost 600 soldiers") while the article tells of that
        country's troops in another country ("Tessian troops ... in Varnia's Brask region"); else None.
        A country that suffers a disaster's deaths at home is its own place: the article must name the
        country's forces and place its story in another country."""
        where = self._where(place)
        scope = self.article_scope()
        if where is None or where.kind != "country" or not where.country or scope is None:
            return None
        home = self._where(scope[0])
        if home is None or not home.country or home.country == where.country:
            return None
        verb = self.sents.clause_verb(tok)
        if verb.lemma_.lower() not in _LOSS_VERBS:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(norm_name(_name_text(self.doc, c)) == norm_name(place)
                   or (p := self._where(_name_text(self.doc, c))) is not None and p.country == where.country
                   for c in subjects):
            return None
        return scope[0] if where.country in self._troop_countries() else None

    def _troop_countries(self) -> frozenset[str]:
        """The countries whose forces the article (title included) names: "Tessian troops", "Tessia
        has sent 11,000 soldiers" (read once per article)."""
        if self._troops is None:
            codes: set[str] = set()
            for doc in (d for d in (self.doc, self.title_doc) if d is not None):
                for t in doc:
                    if t.lemma_.lower() not in _TROOP_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
                        continue
                    codes.update(row.iso2 for m in t.lefts if m.dep_ in ("amod", "compound", "nmod")
                                 and (row := lookup_demonym(m.text)) is not None and row.iso2)
                    if t.dep_ == "dobj" and t.head.lemma_.lower() in _DISPATCH_VERBS:
                        codes.update(p.country for c in t.head.children if c.dep_ == "nsubj"
                                     and (p := self._where(_name_text(doc, c))) is not None
                                     and p.kind == "country" and p.country)
            self._troops = frozenset(codes)
        return self._troops

    def _joint_countries(self, tok: "Token", sent: "Span", place: str, others: tuple[int, ...]) -> str | None:
        """"Varnia and Tessia" for a figure of both countries at once: the sentence names its country
        joined with another one ("the quake that struck Varnia and Tessia killed 15,000"), or it is
        the total of figures the sentence gives for two countries ("9,000 in Varnia and 3,000 in
        Tessia, bringing the total to 12,000"). None for a figure of one of them."""
        own = self._where(place)
        if own is None or own.kind != "country" or not own.country:
            return None
        low = norm_name(place)
        for t in sent:
            if norm_name(t.text) != low or t.ent_type_ not in _PLACE_LABELS or _war_side(t) or _in_war_name(t):
                continue
            joined = [t]
            for other in t.conjuncts:
                where = self._where(other.text) if other.ent_type_ in _PLACE_LABELS or _country_tagged_person_token(other) \
                    else None
                if where is not None and where.kind == "country" and where.country and where.country != own.country \
                        and not any(self.doc[j].like_num for j in range(min(t.i, other.i), max(t.i, other.i))):
                    joined.append(other)
            if len(joined) < 2:
                continue
            joined.sort(key=lambda x: x.i)
            first = joined[0]
            if any(sent.start <= o < sent.end and abs(o - first.i) < abs(tok.i - first.i) for o in others) \
                    and not _in_named_countries(tok, len(joined)):
                continue  # "Varnia's toll rose to 1,100, bringing the total in Varnia and Tessia to 1,700"
            # ("... rose to 14 after rescue teams in the three countries recovered seven more bodies": all three's)
            names = [x.text for x in joined]
            return f"{names[0]} and {names[1]}" if len(names) == 2 else ", ".join(names[:-1]) + f" and {names[-1]}"
        if _a_total(tok):
            given = self._given.get(self.sents.seg_of[tok.i], set())
            codes = {p.country: name for name in given if (p := self._where(name)) is not None and p.kind == "country"}
            if len(codes) == 2 and own.country in codes:
                names = sorted(codes.values(), key=lambda n: self.doc.text.find(n, sent.start_char))
                return " and ".join(names)
        return None

    def _war_name_only(self, sent: "Span", place: str) -> bool:
        """Whether the sentence names ``place`` only in the name of a war ("the Tessia war", "the
        Varnia-Tessia war", "Varnia's war")."""
        low = place.lower()
        hits = [t for t in sent if t.text.lower() == low or t.text.lower() in low.split()]
        return bool(hits) and all(_in_war_name(t) and not _front_of_war(t) for t in hits)

    def _killed_by_own(self, tok: "Token", country: str | None) -> bool:
        """Whether the country's own men do what the figure counts ("Tessian soldiers killed 46 of
        the attackers"): the dead are the enemy's, not the country's own toll."""
        verb = self.sents.clause_verb(tok)
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "soldiers captured two and killed 46": the subject of the first verb
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for t in (subj, *subj.children):
                row = lookup_demonym(t.text) if t.dep_ in ("nsubj", "amod", "compound", "nmod") else None
                if row is not None and row.iso2 == country:
                    return True
        return False

    def _sent_abroad(self, tok: "Token", place: str) -> str | None:
        """The place the page locates events in outside a country whose troops or police the figure
        counts ("800 Kenyan police"), when the inherited ``place`` is in that very country; else None."""
        if tok.lemma_.lower() not in _TROOP_NOUNS | _SENT_NOUNS or self._home_lead and norm_name(place) == norm_name(self.lead or ""):
            return None
        homes = {row.iso2 for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                 and (row := lookup_demonym(c.text)) is not None and row.iso2}
        where = self._where(place)
        if len(homes) != 1 or where is None or where.country not in homes:
            return None
        counts: dict[str, int] = {}
        first: dict[str, str] = {}
        for name, i in places_in(self.doc, 0, len(self.doc)):
            other = self._where(name) if _locative(self.doc, i) and not _actor(self.doc, i) else None
            if other is not None and other.country and other.country not in homes and other.kind != "continent":
                counts[other.country] = counts.get(other.country, 0) + 1
                first.setdefault(other.country, name)
        if not counts:
            return None
        return first[max(counts, key=lambda k: counts[k])]

    def _dispatched_to(self, place: str) -> str | None:
        """Where the article says the country ``place`` sent or deployed people ("Varnia has sent
        1,000 engineers to Tessia", "troops Brask deployed to Tessia's Orla region"), when that is
        one other country; else None."""
        where = self._where(place)
        if where is None or where.kind != "country" or not where.country:
            return None
        troops = where.country in self._troop_countries()
        found: dict[str, str] = {}
        for doc in (d for d in (self.title_doc, self.doc) if d is not None):
            for verb in doc:
                if verb.lemma_.lower() not in _DISPATCH_VERBS or verb.pos_ != "VERB":
                    continue
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                sender = self._where(_name_text(doc, subj)) if subj is not None and subj.pos_ == "PROPN" else None
                if sender is None or sender.country != where.country or sender.kind not in ("country", "city") \
                        or sender.kind == "city" and capital_of(sender) is None:
                    continue  # ("Brask has sent" with Brask the country's capital: its government)
                sent_men = [o for d in verb.children if d.dep_ == "dobj" for o in (d, *d.conjuncts)]
                if not troops and not any(o.lemma_.lower() in _TROOP_NOUNS | _SENT_NOUNS for o in sent_men):
                    continue  # (a country that sends rescuers abroad from a disaster at home keeps its own dead)
                for prep in verb.children:
                    if prep.dep_ != "prep" or prep.lower_ not in ("to", "into"):
                        continue
                    for obj in prep.children:
                        phrase = _place_phrase(doc, obj, doc[obj.sent.start : obj.sent.end]) if obj.dep_ == "pobj" else None
                        dest = self._where(phrase) if phrase else None
                        if phrase and dest is not None and dest.country and dest.country != where.country:
                            found.setdefault(dest.country, phrase)
        return next(iter(found.values())) if len(found) == 1 else None

    def _located_countries(self) -> frozenset[str]:
        """The countries the article locates events in ("deaths in Varnia and Tessia")."""
        if self._located is None:
            codes: set[str] = set()
            for name, i in places_in(self.doc, 0, len(self.doc)):
                place = self._where(name) if _locative(self.doc, i) and not _actor(self.doc, i) else None
                if place is not None and place.country:
                    codes.add(place.country)
            self._located = frozenset(codes)
        return self._located

    def _carried(self, tok: "Token") -> str | None:
        """The place stated for the figures of the sentence before, which a sentence naming none
        goes on about ("12 were killed in a strike in Brask." + "Nine others were missing.")."""
        n = self.sents.seg_of[tok.i]
        given = self._given.get(n - 1, set())
        if not given and n > 0 and (framed := self._framed_before(tok)) is not None:
            return framed
        if len(given) != 1 or n == 0:
            return None  # none, or a list of places ("37 in Brask, 46 in Tessel")
        if all(self._given_things.get(n - 1, [False])) and tok.lemma_.lower() not in _THING_NOUNS:
            return None  # "13 villages were destroyed in Brask district" + "9,200 people were injured": the
            # worst-hit part's houses, not where the whole toll of people is
        a, b = self.sents.segments[n - 1]
        event = self._event_called_back(tok)
        if event is not None and not any(t.lemma_.lower() == event for t in self.doc[a:b]):
            # "At least five soldiers were also killed in the attack" after "celebrations in Dodoma were
            # cancelled": the story's attack, told of before, not the place of the sentence before; the
            # place stated for the figures of the sentence that told of it, else none
            for m in range(n - 2, -1, -1):
                c, d = self.sents.segments[m]
                if any(t.lemma_.lower() == event for t in self.doc[c:d]):
                    told = self._given.get(m, set())
                    return next(iter(told)) if len(told) == 1 else None
            return None
        if _PART_OF.search(self.doc[a:b].text) or _MOSTLY_IN.search(self.doc[a:b].text):
            return None  # "Most of the deaths were in Brask county", "2,000 died, mostly in Brask": a
            # part's place, not the next figure's
        located = [(name, i) for name, i in places_in(self.doc, a, b) if not _actor(self.doc, i)
                   and not _across_border(self.doc, i)]
        if len(_outermost_free(self.doc, located)) > 1:
            return None  # a sentence about several places ("felt in Brask and in Tessel"); who acts
            # ("Varnia has lost 400 soldiers in Tessia") is no place of it
        place = next(iter(given))
        if self._in_story_country(place):
            return place
        # another country's place ("At least 10 were also killed in Tessel, in neighbouring Tessia."):
        # a sentence of the same paragraph that goes on with "also" and names no place is still there
        c, d = self.sents.segments[n]
        if "\n" not in self.doc.text[self.doc[b - 1].idx : self.doc[c].idx] \
                and any(t.lower_ == "also" and t.dep_ == "advmod" for t in self.doc[c:d]) \
                and not places_in(self.doc, c, d):
            return place
        return None

    def _framed_before(self, tok: "Token") -> str | None:
        """The place the sentence before, in the same paragraph and with no figure placed, sets the
        scene in with an opening "In Brask," ("In the town of Brask, water rose three metres. Twelve
        people died."), or the one place it names when this sentence calls it back with "there";
        None when this sentence names a place of its own."""
        doc = self.doc
        n = self.sents.seg_of[tok.i]
        a, b = self.sents.segments[n - 1]
        c, d = self.sents.segments[n]
        if "\n" in doc.text[doc[b - 1].idx : doc[c].idx] or places_in(doc, c, d):
            return None
        first = doc[a]
        if first.lower_ == "in" and first.dep_ == "prep" and not _a_total(tok):  # ("The toll rose to 1,200": the story's)
            end = first.right_edge.i + 1
            obj = next((o for o in first.children if o.dep_ == "pobj"), None)
            if obj is not None and end < b and doc[end].text == ",":
                phrase = _place_phrase(doc, obj, doc[a:b])
                if phrase:
                    return phrase
        if any(t.lower_ == "there" and t.dep_ == "advmod" for t in doc[c:d]):
            named = {norm_name(name): name for name, i in places_in(doc, a, b) if _locative(doc, i) and not _actor(doc, i)}
            if len(named) == 1:
                return next(iter(named.values()))
        # "Brask was among the worst hit. The city lost 1,000 residents": the one town (or region)
        # the sentence before named, called back by its kind
        kinds = _kinds_called_back(doc, c, d)
        if len(kinds) == 1:
            want = _KIND_CALLED_BACK[kinds.pop()]
            names = [name for name, _ in places_in(doc, a, b)] + [
                _name_text(doc, t) for t in doc[a:b] if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "pobj")
                and t.ent_type_ in ("", "GPE", "LOC", "PERSON") and is_primary_name(_name_text(doc, t))]
            named = {norm_name(name): name for name in names if (p := self._where(name)) is not None and p.kind in want}
            if len(named) == 1:
                return next(iter(named.values()))
        return None

    def _event_called_back(self, tok: "Token") -> str | None:
        """The event noun a figure's sentence calls back with "the" and no place of its own ("were also
        killed in the attack"), when the article told of that event before; else None."""
        n = self.sents.seg_of[tok.i]
        a, b = self.sents.segments[n]
        for t in self.doc[a:b]:
            lemma = t.lemma_.lower()
            if lemma not in _EVENT_NOUNS or t.pos_ != "NOUN" \
                    or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) \
                    or any(c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or c.ent_type_) for c in t.children) \
                    or any(c.dep_ == "prep" for c in t.children):
                continue
            if any(u.lemma_.lower() == lemma for u in self.doc[: self.sents.segments[n - 1][0]]) if n > 0 else False:
                return lemma
        return None

    def _building_place(self, sent: "Span") -> tuple[str, str] | None:
        """Where the article put a building this sentence names again with "the" ("the school where
        350 people were sheltering" after "shells struck the school in the Tessel camp")."""
        for t in sent:
            known = self.buildings.get(t.lemma_.lower())
            if known is not None and known[0] < t.i and t.pos_ == "NOUN" \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                return t.lemma_.lower(), known[1]
        return None

    def _own_country(self) -> str | None:
        """The country code of the article's own place: its title's, dateline's or lead's, else of
        the first place the opening sentences name ("Varnia's Brask province"), else of the place
        the article keeps coming back to."""
        for name in (self.title, self.dateline, self.lead):
            if name is not None and name == self.dateline and self.lead and (filed := self._where(name)) is not None \
                    and filed.country and (lands := {p.country for part in re.split(r",|\band\b", self.lead)
                                                     if (p := self._where(part.strip())) is not None and p.country}) \
                    and filed.country not in lands:
                continue  # "WASHINGTON -- ... a base in eastern Varnia": where it was filed, not the story's country
            place = self._where(name) if name else None
            if place is not None and place.country:
                return place.country
        for a, b in self.sents.segments[:3]:
            headline = _headline_line(self.doc, a, b)
            for ent in self.doc[a:b].ents:
                if ent.label_ == "GPE" and not (headline and not _named_elsewhere(self.doc, ent.text, a, b, self.title_doc)):
                    place = self._where(ent.text)
                    if place is not None and place.country:
                        return place.country
        place = self._where(self.main) if self.main else None
        return place.country if place is not None else None

    def _in_story_country(self, name: str) -> bool:
        """False for a place the gazetteer puts in another country than the article's own (or than
        one of the countries a story of several names together)."""
        place = self._where(name)
        if place is None or not place.country or not self.country:
            return True
        return place.country == self.country or place.country in self.joint

    def recent(self, tok: "Token", back: int = 2) -> str | None:
        """The last place named in the few sentences before ``tok``'s."""
        n = self.sents.seg_of[tok.i]
        for m in range(n - 1, max(-1, n - 1 - back), -1):
            a, b = self.sents.segments[m]
            found = places_in(self.doc, a, b)
            if found and _headline_line(self.doc, a, b):
                found = [(n, i) for n, i in found if _named_elsewhere(self.doc, n, a, b, self.title_doc)]
            if found:
                return found[-1][0]
        return None

    def named_in(self, sent: "Span", tok: "Token", others: tuple[int, ...], scope: str | None) -> str | None:
        """A place the sentence names outside a locative phrase: the article's own place when the
        sentence names it ("the worst rioting Greece has seen"), else a place that is not an actor
        and has no other figure nearer ("earthquakes rocked Manokwari, ..., killing four")."""
        # where the speaker sits is not named for the figure ("the UN's director in Tessel said"); the
        # country that owns the speaking body is ("the government of Varnia said")
        found = [(name, i) for name, i in places_in(self.doc, sent.start, sent.end) if i not in self.dateline_tokens
                 and (not _speaker_place(self.doc, i) or _owns_body(self.doc, i)) and not _latest_ones_place(self.doc, i, tok)
                 and not _intelligence_owner(self.doc, i) and not _extent_end(self.doc, i)]
        owns = [scope, self.broader if scope else None]
        if scope is not None and scope == self.joint_name:
            # one of the countries a story of several names is that country, not all of them
            owns = [m.strip() for m in re.split(r",|\band\b", scope) if m.strip()]
        for own in owns:
            if not own:
                continue
            low = own.lower()
            for name, i in found:
                if (name.lower() == low or low in name.lower().split(" ") or name.lower() in low.split(" ")) \
                        and not _capital_as_party(self.doc, i):
                    if _other_figures_place(self.doc, i, tok, others, sent) and any(
                            j != i and not _actor(self.doc, j) and not _other_figures_place(self.doc, j, tok, others, sent)
                            for _, j in found):
                        continue  # "the 8,000 troops in Brask are most of the 10,000 sent to Varnia"
                    return own
        best: tuple[int, str] | None = None
        for name, i in found:
            if _actor(self.doc, i) or _in_place_list(self.doc, i) or _people_origin(self.doc, i) or _in_aim(self.doc, i, tok):
                continue
            if _holds_troops(self.doc, i) or _owner_of_site(self.doc[i]):
                continue  # "the second-largest contingent, after Tessia, which has 6,200 men": whose men, not where
            if _evacuated_to(self.doc, i):
                continue  # "14 were wounded and flown to Brask for treatment": where they were taken, not hurt
            if _other_figures_place(self.doc, i, tok, others, sent) or _in_other_event(self.doc[i], tok) \
                    or _with_circumstance(self.doc, i, tok):
                continue
            if _describes_other_noun(self.doc[i], tok):
                continue  # "600 deaths but also injured soldiers who were sent back to Tessia": the others' place
            # a place named outside a locative phrase, with another figure between: that figure's
            mine = _item(tok)
            if any(min(i, tok.i) < o < max(i, tok.i) and _item(self.doc[o]).i != mine.i for o in others
                   if o != tok.i and self.doc[o].head.i != tok.i):
                continue
            far = 0
            if _capital_as_party(self.doc, i):
                # "sent 10,000 soldiers to help Moscow": the capital stands for its country's government
                name = country_name(capital_of(self._where(name))) or name
                far = len(self.doc)  # (a party, after any place the events are in: "an issue for Delhi since
                #                      five were killed on the front lines of the Tessia war")
            if best is None or abs(i - tok.i) + far < best[0]:
                best = (abs(i - tok.i) + far, name)
        return best[1] if best else None


# --- stock indexes: an index's figure is about its market's country ------------------------------

# (pattern, country) -- most specific names first ("FTSE MIB" before "FTSE")
_INDEXES: tuple[tuple[str, str], ...] = (
    (r"FTSE\s+MIB", "Italy"),
    (r"FTSE(?:\s+100|\s+250)?|Footsie", "United Kingdom"),
    (r"Dow(?:\s+Jones)?(?:\s+Industrial\s+Average)?|S\s*&\s*P(?:\s+500)?|Standard\s*&\s*Poor's\s+500|Nasdaq|NYSE|Wall\s+Street",
     "United States"),
    (r"Nikkei(?:\s+225)?|Topix", "Japan"),
    (r"DAX|Xetra\s+Dax", "Germany"),
    (r"CAC(?:[\s-]+40)?", "France"),
    (r"Hang\s+Seng", "Hong Kong"),
    (r"Shanghai\s+Composite|CSI\s+300|Shenzhen\s+Composite", "China"),
    (r"Kospi", "South Korea"),
    (r"Sensex|Nifty(?:\s+50)?", "India"),
    (r"S&P/ASX\s+200|ASX(?:\s+200)?|All\s+Ordinaries", "Australia"),
    (r"S&P/TSX|TSX", "Canada"),
    (r"IBEX(?:\s+35)?", "Spain"),
    (r"Bovespa|Ibovespa", "Brazil"),
    (r"Merval", "Argentina"),
    (r"AEX", "Netherlands"),
    (r"SMI", "Switzerland"),
    (r"RTS|MICEX|MOEX", "Russia"),
    (r"Taiex", "Taiwan"),
    (r"Straits\s+Times\s+Index", "Singapore"),
)
_INDEX_RE = re.compile("|".join(f"(?P<i{n}>\\b(?:{p})(?![\\w-]))" for n, (p, _) in enumerate(_INDEXES)), re.IGNORECASE)
# short all-capital names only count written in capitals ("the Dax" is fine, "dax" in a word is not)
_CAPS_ONLY = {"DAX", "CAC", "AEX", "SMI", "RTS", "TSX", "ASX", "NYSE", "FTSE", "IBEX", "MOEX", "MICEX"}


def _index_mentions(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for m in _INDEX_RE.finditer(text, start, end):
        word = m.group(0)
        head = re.split(r"[\s/-]", word)[0]
        if head.upper() in _CAPS_ONLY and not head[0].isupper():
            continue
        n = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        out.append((m.start(), _INDEXES[n][1]))
    return out


def market_place(doc: "Doc", tok: "Token", state: str | None) -> str | None:
    """The country of the stock index a figure is about ("the FTSE 100 fell 2.4%" -> United Kingdom).

    The nearest index named before the figure in its sentence; for a rise, fall or level with no
    index before it and no place in its sentence ("It ended up 1.2%"), the last index of the
    sentence before. A sentence whose subject is "it" goes on about that index even when it names
    another one after the figure ("It dropped 10%, while the affiliated X index dropped ...").

    Args:
        doc: the article's parse.
        tok: the figure's number (or counted noun) token.
        state: the figure's normalised state ("change", "level", ...), or None.

    Returns:
        The market's country, or None when no index is named.
    """
    found = _market(doc, tok, state)
    return found[0] if found else None


def _names_country(sent: "Span", country: str) -> bool:
    """True when a sentence names a country or its people ("UK", "Japanese")."""
    want = resolve_place(country)
    if want is None or not want.country:
        return False
    for t in sent:
        if t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN":
            got = resolve_place(t.text)
            if got is not None and got.kind == "country" and got.country == want.country:
                return True
    return False


def _market(doc: "Doc", tok: "Token", state: str | None, *, text: str | None = None) -> tuple[str, bool] | None:
    """``market_place`` and whether the index is named in the figure's own sentence (``text``: the
    doc's text when the caller has it; spaCy rebuilds ``doc.text`` from every token on each call)."""
    text = doc.text if text is None else text
    sent = tok.sent
    before = _index_mentions(text, sent.start_char, tok.idx)
    if before:
        return before[-1][1], True
    if state not in ("change", "level"):
        return None
    goes_on = sent[0].lower_ in ("it", "its") and any(t.dep_ in ("nsubj", "nsubjpass") for t in sent[:1])
    if _index_mentions(text, tok.idx, sent.end_char) and not goes_on:
        return None
    if places_in(doc, sent.start, sent.end) or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    found = _index_mentions(text, prev.start_char, prev.end_char)
    return (found[-1][1], False) if found else None


def place_in_story(claims: Sequence[NumericClaim]) -> list[NumericClaim]:
    """Give the figures of a page that names no place at all the story's country.

    A page may never name where its story happens ("100 dead, 67 missing in floods and landslides
    across the country"): its figures are about the one country the story's other figures are
    placed in, when at least four in five of the placed figures of the story are in that country.

    Args:
        claims: the story's claims (run once the story is known).

    Returns:
        The claims in the same order; those without a place on a page without any placed figure
        get the story's country (``inherited``).
    """
    placed_pages = {c.article for c in claims if c.location}
    countries: dict[str, int] = {}
    placed = 0
    for c in claims:
        where = resolve_place(c.location) if c.location else None
        if where is not None and where.country:
            placed += 1
            countries[where.country] = countries.get(where.country, 0) + 1
    if not countries:
        return list(claims)
    code, n = max(countries.items(), key=lambda kv: kv[1])
    name = country_name(code)
    if name is None or n < 2 or n * 5 < placed * 4:
        return list(claims)
    return [dataclasses.replace(c, location=name, location_basis="inherited", location_from=f"the story's country: {name}")
            if not c.location and c.article not in placed_pages else c for c in claims]
