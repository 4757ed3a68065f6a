"""Entities: people, organisations and places, merged within and across articles, with roles.

Per article (``extract_local_entities``):

* spaCy NER mentions of type PERSON, ORG, GPE, LOC, NORP and FAC, cleaned: a leading "the",
  a courtesy title ("Mr"), a possessive "'s", brackets and trailing punctuation are cut off;
  title words that the model swallowed into a span are split off ("Defense Lloyd Austin" ->
  "Lloyd Austin", "Jamestown Foundation Research Fellow" -> "Jamestown Foundation"); a
  hyphenated given name the model cut ("Park Sun" + "-won") is completed; spans that are only
  part of a title ("State" in "Secretary of State") are dropped.
* types are corrected with general evidence: demonyms are NORP, names the gazetteer knows are
  places, a word that is the surname of a person named in the article is that person, a
  two/three-word "organisation" that carries a person's title or recurs by its last word is a
  person.
* mentions are clustered: surname-only mentions join the one full name they fit (uses of the
  surname the tagger missed are added); acronyms join the name they abbreviate (introduced as
  "X (ACR)" / "X, or ACR", or matching its initials); country and organisation short forms
  join through the alias table (``data/entity_aliases.tsv``); a country-qualified organisation
  ("U.S. State Department") joins the bare one and a short form its full name ("Ford" ~ "Ford
  Motor Company") when unambiguous.
* roles and affiliations are read from titles before a name ("Secretary of State Antony
  Blinken", "the ministry spokesperson Lin Jian") and appositions after it ("John Kirby, the
  White House ... Coordinator ..."), using a general lexicon of title words; a role is dated
  with the article's publication date when that date is explicit.

Across articles (``build_entities``): local entities merge by normalised name (ASCII, lower
case, no spaces/hyphens), by the alias table, by a tight fuzzy match of the same type (for
people the surname and the first name must both match; legal suffixes such as "Inc." are
ignored for organisations; two places the gazetteer tells apart never merge), and
surname-only entities join the one full name of the story they fit. Capitals and demonyms
point to their country entity through ``country_of``; places get gazetteer facts
(``places.resolve_place``).

``EntityLinker.link`` maps a ``SourceRef`` from quotes/claims to the canonical entity: by the
mention its words are about, by name or alias, by surname within the article, or by a role the
story gives one person of the article ("the US secretary of state").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from unidecode import unidecode

from ..model import Article, Entity, LocalEntity, Mention, Role, SourceRef, stable_id
from ..unionfind import UnionFind
from .places import capital_of, is_primary_name, population, lookup_alias, lookup_demonym, norm_name, resolve_place
from ..settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

#: Head words of titles and roles (lower case). General, not tied to any story.
TITLE_WORDS = frozenset(
    """
    president vice-president president-elect premier minister secretary secretary-general
    undersecretary under-secretary spokesperson spokesman spokeswoman spokespeople director
    director-general adviser advisor coordinator general leader representative ambassador envoy
    chief commander commander-in-chief governor mayor chairman chairwoman chair chairperson
    head official officer deputy chancellor king queen prince princess emir sultan monarch
    senator congressman congresswoman congressmember lawmaker legislator mp parliamentarian
    speaker diplomat negotiator attorney attorney-general prosecutor judge justice magistrate
    sheriff constable commissioner inspector superintendent councillor councilman councilwoman
    colonel lieutenant captain admiral marshal sergeant brigadier major-general lieutenant-general
    analyst fellow researcher scientist professor expert economist correspondent reporter editor
    journalist founder co-founder ceo cfo executive manager aide delegate member master
    pope bishop archbishop cardinal cleric imam rabbi patriarch ayatollah
    strongman dictator ruler regent candidate nominee administrator
    """.split()
)
#: Words that qualify a title ("principal deputy spokesperson", "former defense secretary").
TITLE_MODIFIERS = frozenset(
    """
    former acting interim incoming outgoing principal senior junior top deputy assistant associate
    chief supreme first second vice executive special foreign defense defence state national
    federal regional local military intelligence press public security communications
    """.split()
)
#: Departments named in titles ("Secretary of Defense", "Minister of Foreign Affairs").
PORTFOLIO_WORDS = frozenset(
    """
    defense defence state foreign affairs interior justice health finance treasury commerce trade
    energy education agriculture labor labour transport transportation homeland security home
    environment culture economy economic unification veterans war navy army air force
    communications information strategic intelligence
    """.split()
)
#: Words that make a name an organisation rather than a person.
ORG_WORDS = frozenset(
    """
    ministry department office agency service services council committee commission party
    foundation institute institution university college school center centre bureau authority
    administration government army navy corps command forces force guard police court parliament
    assembly congress senate house union association federation organization organisation
    company corporation corp inc ltd group bank fund network news press times post journal
    agency board cabinet staff alliance coalition front movement league
    """.split()
)
#: Courtesy titles dropped from a person's name ("Mr Blair" -> "Blair").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "mr.", "mrs.", "ms.", "dr.", "prof."})
_LEFT_STOP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_LOCATIVE_PREPS = frozenset({"in", "to", "from", "into", "at", "across", "near", "toward", "towards", "of", "inside"})
_ACRONYM_INTRO = re.compile(
    r"""^\s*(?:,\s*(?:or|also\s+known\s+as|known\s+as|abbreviated)\s+|\(\s*)(?:the\s+)?["“']?([A-Z][A-Za-z.&-]{1,11}?)["”']?(?=[\s,.;:)]|$)"""
)
_CITY_RETYPE_POPULATION = 100_000  # a "PERSON" that is a city this big is taken as the city
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _type_group(label: str) -> str:
    return "PLACE" if label in _PLACE_TYPES else label


# --- per article --------------------------------------------------------------------------


@dataclass
class _Mention:
    start: int  # character offsets of the cleaned mention in article.text
    end: int
    name: str  # display name (brackets removed)
    label: str
    tok_start: int
    tok_end: int  # exclusive


@dataclass
class _Cluster:
    label: str
    mentions: list[_Mention] = field(default_factory=list)
    alias_canonical: str | None = None  # canonical name from the alias table


def _tok_ok_in_name(tok: "Token") -> bool:
    return not (tok.is_punct or tok.is_space) or tok.text in ("-", "&", ".")


def _clean_span(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Trim determiners, brackets, possessives and punctuation off a token range."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space
                           # "Quoting Jo Roe, the Times reported": the model took the opening verb into the name
                           or doc[start].lower_ in ("quoting", "citing") and end - start > 1 and doc[start + 1].text[:1].isupper()):
        start += 1
    while end > start and (
        doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct or doc[end - 1].is_space
        # a span the model cut inside a name: "the National Intelligence Service of [South Korea]"
        or doc[end - 1].text in ("of", "for", "and", "the", "in", "on", "at", "to", "de")
        # "The Associated Press news [agency]": a lowercase "news" the model took in says what kind of outlet
        or (doc[end - 1].text == "news" and end - start > 1)
    ):
        end -= 1
    return start, end


def _looks_like_person(tokens: Iterable["Token"]) -> bool:
    """2-4 capitalised alphabetic words, none of them an organisation/title word or a known alias."""
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 4:
        return False
    for t in words:
        low = t.lower_
        if low in ORG_WORDS or low in TITLE_WORDS or low in PORTFOLIO_WORDS or low == "of":
            return False
        if not (t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha()):
            return False
        if t.is_upper and len(t.text) > 1:
            return False
        if lookup_alias(t.text) is not None or lookup_demonym(t.text) is not None:
            return False
        place = resolve_place(t.text)
        if place is not None and place.kind in ("country", "continent", "state"):
            return False
    text = " ".join(t.text for t in words)
    return lookup_alias(text) is None and lookup_demonym(text) is None and resolve_place(text) is None


def _raw_mentions(doc: "Doc", text: str) -> list[_Mention]:
    """NER spans of the kept types, cleaned and with swallowed titles split off."""
    out: list[_Mention] = []
    for ent in doc.ents:
        label = ent.label_
        if label not in KEPT_LABELS:
            continue
        s, e = _clean_span(doc, ent.start, ent.end)
        while s < e - 1 and doc[s].lower_ in HONORIFICS:
            s += 1
            if s < e and doc[s].text == ".":
                s += 1
        if s >= e:
            continue
        # a title swallowed at the front: "Defense Lloyd Austin" (after "Secretary of")
        prev = doc[s - 1] if s > 0 else None
        lead = s
        while lead < e - 1 and (
            doc[lead].lower_ in TITLE_WORDS or doc[lead].lower_ in PORTFOLIO_WORDS or doc[lead].lower_ == "of"
        ):
            lead += 1
        if lead > s and (
            doc[s].lower_ in TITLE_WORDS or (prev is not None and (prev.lower_ == "of" or prev.lower_ in TITLE_WORDS))
        ):
            if _looks_like_person(doc[lead:e]):
                s, label = lead, "PERSON"
            elif label == "PERSON":
                s = lead
        # a title swallowed at the end of an organisation: "Jamestown Foundation Research Fellow"
        if label in ("ORG", "GPE", "NORP"):
            titles = [i for i in range(s + 1, e) if doc[i].lower_ in TITLE_WORDS and doc[i].is_title]
            if titles:
                first = titles[0]
                org_ends = [i for i in range(s, first) if doc[i].lower_ in ORG_WORDS]
                cut = org_ends[-1] + 1 if org_ends else first
                if label != "ORG" and not org_ends:
                    cut = first
                s, e = _clean_span(doc, s, cut)
                if s >= e:
                    continue
        # a hyphenated given name cut short: "Park Sun" + "-won"
        start_c, end_c = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if label == "PERSON":
            m = re.match(r"-[A-Za-z]+\b", text[end_c : end_c + 20])
            if m:
                end_c += m.end()
                while e < len(doc) and doc[e].idx < end_c:
                    e += 1
        name = re.sub(r"[\[\]{}()]", "", text[start_c:end_c])
        name = re.sub(r"\s+", " ", name).strip()
        if not name or not any(ch.isalpha() for ch in name):
            continue
        out.append(_Mention(start_c, end_c, name, label, s, e))
    return out


def _surname_index(mentions: Sequence[_Mention], doc: "Doc") -> dict[str, set[str]]:
    """Map the first and last word of every multi-word PERSON name to the names it belongs to."""
    idx: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label != "PERSON":
            continue
        words = m.name.split()
        if len(words) >= 2:
            idx["L:" + words[-1]].add(norm_name(m.name))
            idx["F:" + words[0]].add(norm_name(m.name))
    return idx


def _fix_types(mentions: list[_Mention], doc: "Doc") -> list[_Mention]:
    """Correct NER labels with evidence from the article and the gazetteer."""
    surnames = _surname_index(mentions, doc)
    standalone = Counter(m.name for m in mentions if len(m.name.split()) == 1)
    for m in mentions:
        words = m.name.split()
        single = len(words) == 1
        prev = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
        is_surname = single and bool(surnames.get("L:" + m.name)) and not m.name.isupper()
        if is_surname and m.label != "PERSON" and prev not in _LOCATIVE_PREPS:
            m.label = "PERSON"
            continue
        if m.label == "PERSON" and single and (surnames.get("L:" + m.name) or surnames.get("F:" + m.name)):
            continue
        alias = lookup_alias(m.name)
        if alias is not None and m.label != "PERSON":
            m.label = alias.type
            continue
        if lookup_demonym(m.name) is not None and m.label in ("GPE", "NORP", "PERSON", "LOC"):
            if alias is None:
                m.label = "NORP"
                continue
        if m.label == "PERSON":
            place = resolve_place(m.name)
            # a subdivision's one-word name is often a person's too ("Kerry", "Herrera"): no retyping
            if place is not None and (place.kind not in ("city", "region") or place.kind == "region" and not single
                                      or (single and place.kind == "city" and (population(place) or 0) >= _CITY_RETYPE_POPULATION)):
                m.label = "GPE" if place.kind != "continent" else "LOC"
                continue
        if m.label == "ORG" and not m.name.isupper():
            # "the toll in Ishikawa", "Marrakech" tagged as an organisation: a region or country the
            # gazetteer knows is a place; a city only where the sentence puts something in it
            place = resolve_place(m.name)
            if place is not None and place.kind != "continent" and (place.kind != "city" or prev in _LOCATIVE_PREPS - {"of"}):
                m.label = "GPE"
                continue
        if m.label in ("ORG", "GPE") and 2 <= len(words) <= 3 and _looks_like_person(doc[m.tok_start : m.tok_end]):
            # a person-like name that recurs by its last word, or carries a person's title
            titled = _title_before(doc, m.tok_start) is not None or bool(_titles_after(doc, m.tok_end))
            if standalone.get(words[-1], 0) >= 1 or titled:
                m.label = "PERSON"
    # single words that are now known surnames of a person named as ORG/GPE before the fix
    surnames = _surname_index(mentions, doc)
    for m in mentions:
        if len(m.name.split()) == 1 and m.label != "PERSON" and surnames.get("L:" + m.name) and not m.name.isupper():
            prev = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
            if prev not in _LOCATIVE_PREPS:
                m.label = "PERSON"
    return mentions


def _add_surname_mentions(mentions: list[_Mention], doc: "Doc", text: str) -> list[_Mention]:
    """Add the uses of a person's surname alone that the NER model missed ("Vorontsov added").

    Only surnames of exactly one full name in the article, written in title case, not part of
    a longer capitalised name and not already inside a mention.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.name.split()
        if m.label == "PERSON" and len(words) >= 2:
            owners[words[-1]].add(norm_name(m.name))
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[_Mention] = []
    for surname, names in owners.items():
        if len(names) != 1 or len(surname) < 3 or not surname[:1].isupper() or surname.isupper():
            continue
        if not re.fullmatch(r"[^\W\d_][\w'’-]*", surname):
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            s, e = hit.start(), hit.end()
            if any(ts < e and s < te for ts, te in taken):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or span.start_char != s:
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            prv = doc[span.start - 1] if span.start > 0 else None
            if (nxt is not None and nxt.text[:1].isupper() and not nxt.is_punct and not nxt.is_sent_start) or (
                prv is not None and prv.text[:1].isupper() and not prv.is_punct and not span[0].is_sent_start
            ):
                continue  # part of a longer name
            end = span.start_char + len(surname)
            added.append(_Mention(s, end, surname, "PERSON", span.start, span.end))
    return mentions + added


_REGION_WORDS = frozenset(
    "oblast region province prefecture governorate krai kray district county state territory canton voivodeship".split()
)
_GAZETTEER_MIN_POPULATION = 100_000  # an untagged city name is taken only if this big (or placed by context)


_OTHER_ENTS = frozenset({"", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def _gazetteer_candidate(t: "Token") -> bool:
    """A capitalised proper noun the NER model left untagged or tagged as a kind we do not keep."""
    return (
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and not t.is_upper
        and t.ent_type_ in _OTHER_ENTS
        and t.text.replace("-", "").isalpha()
    )


def _add_gazetteer_places(mentions: list[_Mention], doc: "Doc", text: str) -> list[_Mention]:
    """Add place names the NER model missed ("in Kursk", "Russia's Kursk region").

    A run of capitalised proper-noun tokens outside every entity is a place when the gazetteer
    knows it and the context says so: a locative preposition or a possessive before it, or a
    region word after it ("Kursk region", kind "region"); a bare country name needs no context.
    """
    taken = [(m.start, m.end) for m in mentions]
    added: list[_Mention] = []
    i = 0
    n = len(doc)
    while i < n:
        t = doc[i]
        if not _gazetteer_candidate(t):
            i += 1
            continue
        j = i
        while j < n and j - i < 4 and _gazetteer_candidate(doc[j]):
            j += 1
        end_tok = j
        region = j < n and doc[j].lower_ in _REGION_WORDS and doc[j].ent_type_ in _OTHER_ENTS
        if region:
            end_tok = j + 1
        start_c, end_c = doc[i].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        span_text = text[start_c:end_c]
        prev = doc[i - 1] if i > 0 else None
        # "in Kursk", or "Russia's Kursk region" (a possessive after a place)
        possessive = (
            prev is not None
            and prev.text in ("'s", "’s")
            and i >= 2
            and (doc[i - 2].ent_type_ in ("GPE", "LOC") or resolve_place(doc[i - 2].text) is not None)
        )
        locative = prev is not None and (prev.lower_ in _LOCATIVE_PREPS or possessive)
        place = resolve_place(span_text) if is_primary_name(span_text) else None
        ok = False
        if place is not None and not any(s < end_c and start_c < e for s, e in taken):
            if place.kind == "country" and lookup_demonym(span_text) is None:
                ok = True
            elif region and place.kind == "region":
                ok = True
            elif locative and place.kind in ("city", "state", "region"):
                ok = place.kind != "city" or (population(place) or 0) >= 15_000
            elif place.kind == "city" and not doc[i].is_sent_start:
                ok = (population(place) or 0) >= _GAZETTEER_MIN_POPULATION and locative
        if ok:
            added.append(_Mention(start_c, end_c, re.sub(r"\s+", " ", span_text), "GPE", i, end_tok))
            taken.append((start_c, end_c))
        i = max(end_tok, i + 1)
    return mentions + added


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", unidecode(name)) if w[0].isupper())


def _is_acronym_of(acr: str, name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", acr)
    if len(letters) < 2 or not letters.isupper():
        return False
    ini = _initials(name)
    if len(ini) < 2 or letters[0] != ini[0]:
        return False
    it = iter(ini)
    return all(ch in it for ch in letters) and len(letters) >= len(ini) - 1


def _n_words(name: str) -> int:
    return len([w for w in re.split(r"[\s-]+", name) if w])


@functools.lru_cache(maxsize=1 << 16)
def _person_parts(name: str) -> tuple[str, ...]:
    # remembered: entity merging and linking ask for the same names' parts tens of thousands of times
    return tuple(norm_name(w) for w in re.split(r"\s+", name) if norm_name(w))


def _same_person_variant(a: str, b: str) -> bool:
    """Two multi-word person names that are spelling variants (surname and first name both match)."""
    pa, pb = _person_parts(a), _person_parts(b)
    if len(pa) < 2 or len(pb) < 2:
        return False
    if norm_name(a) == norm_name(b):
        return True
    if fuzz.ratio(pa[-1], pb[-1]) < 85 or fuzz.ratio(pa[0], pb[0]) < 85:
        return False
    return fuzz.ratio(norm_name(a), norm_name(b)) >= 90


def _geo_key(name: str) -> str | None:
    """A key shared by names the gazetteer resolves to the same place of the same kind."""
    place = resolve_place(name)
    if place is None or place.geonameid is None or place.kind == "country":
        return None  # countries already meet through the alias table and their names
    return f"GEO:{place.geonameid}:{place.kind}"


def _cluster_key(m: _Mention) -> str:
    if m.label in _PLACE_TYPES:
        geo = _geo_key(m.name)
        if geo is not None:
            return geo
    if m.label == "NORP":
        row = lookup_demonym(m.name)
        if row is not None:
            return "NORP:" + row.canonical
    if m.label != "PERSON":
        row = lookup_alias(m.name)
        if row is not None:
            return "ALIAS:" + row.canonical
    return _type_group(m.label) + ":" + norm_name(m.name)


def _add_acronym_mentions(text: str, mentions: list[_Mention], doc: "Doc") -> list[tuple[int, int]]:
    """Find "X (ACR)" / "X, or ACR" introductions; add untagged uses of ACR as mentions.

    Returns:
        Pairs (index of the full-name mention, index of an acronym mention) to join.
    """
    pairs: list[tuple[int, int]] = []
    taken = [(m.start, m.end) for m in mentions]
    for i, m in enumerate(list(mentions)):
        if m.label in ("PERSON", "NORP") or len(m.name.split()) < 2:
            continue
        after = text[m.end : m.end + 40]
        match = _ACRONYM_INTRO.match(after)
        if not match or not _is_acronym_of(match.group(1), m.name):
            continue
        acr = match.group(1).rstrip(".")
        for am in re.finditer(rf"(?<![\w]){re.escape(acr)}(?![\w])", text):
            span = (am.start(), am.end())
            j = next((k for k, (s, e) in enumerate(taken) if s <= span[0] and span[1] <= e), None)
            if j is None and any(s < span[1] and span[0] < e for s, e in taken):
                continue  # part of another name
            if j is None:
                tok = doc.char_span(span[0], span[1], alignment_mode="expand")
                if tok is None:
                    continue
                mentions.append(_Mention(span[0], span[1], acr, m.label, tok.start, tok.end))
                taken.append(span)
                j = len(mentions) - 1
            if mentions[j].label == "PERSON":
                continue
            pairs.append((i, j))
    return pairs


def _cluster(mentions: list[_Mention], text: str, doc: "Doc") -> list[_Cluster]:
    pairs = _add_acronym_mentions(text, mentions, doc)
    n = len(mentions)
    uf: UnionFind[int] = UnionFind(range(n))
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        k = _cluster_key(m)
        if k in by_key:
            uf.union(by_key[k], i)
        else:
            by_key[k] = i
    for a, b in pairs:
        uf.union(a, b)
    # person variants and surname-only mentions
    full = [i for i, m in enumerate(mentions) if m.label == "PERSON" and len(m.name.split()) >= 2]
    for x in range(len(full)):
        for y in range(x + 1, len(full)):
            if _same_person_variant(mentions[full[x]].name, mentions[full[y]].name):
                uf.union(full[x], full[y])
    for i, m in enumerate(mentions):
        if m.label != "PERSON" or len(m.name.split()) != 1:
            continue
        word = norm_name(m.name)
        by_last = {uf.find(j) for j in full if _person_parts(mentions[j].name)[-1] == word}
        by_first = {uf.find(j) for j in full if _person_parts(mentions[j].name)[0] == word}
        cands = by_last or by_first
        if len(cands) == 1 and (not m.name.isupper() or len(m.name) <= 1):
            uf.union(next(iter(cands)), i)
    # implicit acronyms: an all-caps mention whose letters are the initials of one name
    for i, m in enumerate(mentions):
        if not (m.name.replace(".", "").isupper() and 2 <= len(m.name.replace(".", "")) <= 8) or m.label == "PERSON":
            continue
        if lookup_alias(m.name) is not None:
            continue
        cands = {
            uf.find(j)
            for j, o in enumerate(mentions)
            if j != i and o.label not in ("PERSON", "NORP") and len(o.name.split()) >= 2 and _is_acronym_of(m.name, o.name)
        }
        if len(cands) == 1:
            uf.union(next(iter(cands)), i)
    # a country-qualified organisation joins the bare one: "U.S. State Department" ~ "State Department"
    orgs = [(i, m.name) for i, m in enumerate(mentions) if m.label == "ORG"]
    for a, b in _qualified_pairs(orgs) + _prefix_pairs(orgs):
        uf.union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    clusters: list[_Cluster] = []
    for idx in groups.values():
        ms = sorted((mentions[i] for i in idx), key=lambda m: m.start)
        labels = Counter(m.label for m in ms)
        alias = next((lookup_alias(m.name) for m in ms if m.label != "PERSON" and lookup_alias(m.name)), None)
        if "PERSON" in labels and labels["PERSON"] * 2 >= len(ms):
            label = "PERSON"
        elif alias is not None:
            label = alias.type
        else:
            label = labels.most_common(1)[0][0]
        c = _Cluster(label=label, mentions=ms)
        if alias is not None and label != "PERSON":
            c.alias_canonical = alias.canonical
        clusters.append(c)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _split_qualifier(name: str) -> tuple[str | None, str]:
    """Split a leading country qualifier off an organisation name.

    Returns:
        (the qualifier's canonical country, the bare name), or (None, name) when there is none.
    """
    words = name.split()
    for cut in range(min(3, len(words) - 2), 0, -1):
        prefix, rest = " ".join(words[:cut]), " ".join(words[cut:])
        row = lookup_alias(prefix) or lookup_demonym(prefix)
        if row is not None and row.iso2:
            return row.canonical, rest
        place = resolve_place(prefix)
        if place is not None and place.kind == "country":
            return place.country, rest
    return None, name


def _qualified_pairs(items: Sequence[tuple[int, str]]) -> list[tuple[int, int]]:
    """Pairs of organisation names that are one body, with and without a country qualifier.

    "U.S. State Department" joins "State Department" when no other country's "State
    Department" is named; two differently qualified names never join each other.
    """
    groups: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    for i, name in items:
        qual, bare = _split_qualifier(name)
        if len(bare.split()) >= 2:
            groups[norm_name(bare)].append((i, qual))
    pairs: list[tuple[int, int]] = []
    for members in groups.values():
        quals = {q for _, q in members if q is not None}
        if len(members) > 1 and len(quals) <= 1 and any(q is None for _, q in members):
            first = members[0][0]
            pairs.extend((first, i) for i, _ in members[1:])
    return pairs


#: Words that may follow an organisation's short name in its full name ("Ford Motor Company").
_ORG_SUFFIX_OK = frozenset(
    """
    group inc inc. ltd ltd. llc plc co co. corp corp. corporation company companies holdings sa spa ag gmbh nv bv
    airlines airways motor motors international party technologies systems computer computers
    """.split()
)


def _prefix_pairs(items: Sequence[tuple[int, str]]) -> list[tuple[int, int]]:
    """Pairs of organisation names where one is the other's short form ("Northrop" ~ "Northrop Grumman").

    The short form must be the first words of exactly one longer name of the set, must not
    itself be a country/place/alias, and the rest of the longer name must not name a sub-body
    ("Senate" is not "Senate Armed Services Committee").
    """
    keyed = [(i, name, name.split()) for i, name in items if name.split()]
    longer_by_prefix: dict[str, set[str]] = defaultdict(set)
    members: dict[str, list[int]] = defaultdict(list)
    for i, name, words in keyed:
        members[norm_name(name)].append(i)
        for k in range(1, len(words)):
            rest = [w.lower().strip(".,") for w in words[k:]]
            if any(w in ORG_WORDS and w not in _ORG_SUFFIX_OK for w in rest):
                continue
            longer_by_prefix[norm_name(" ".join(words[:k]))].add(norm_name(name))
    first_name: dict[str, str] = {}
    for _, name, _ in keyed:
        first_name.setdefault(norm_name(name), name)
    pairs: list[tuple[int, int]] = []
    for short, longs in longer_by_prefix.items():
        if short not in members or len(longs) != 1 or len(short) < 3:
            continue
        sample = first_name[short]  # the first name of the set with this key (one dict, not a scan per key)
        if lookup_alias(sample) or lookup_demonym(sample) or sample.lower() == sample \
                or (known := resolve_place(sample)) is not None and not (known.kind == "region" and " " not in sample):
            continue
        long_key = next(iter(longs))
        pairs.append((members[short][0], members[long_key][0]))
    return pairs


def _best_name(cluster: _Cluster) -> str:
    if cluster.alias_canonical:
        return cluster.alias_canonical
    counts = Counter(m.name for m in cluster.mentions)
    if cluster.label == "PERSON":
        return max(counts, key=lambda n: (_n_words(n), counts[n], len(n)))
    if cluster.label == "NORP":
        # prefer the singular form: "North Korean" over "North Koreans"
        return max(counts, key=lambda n: (not n.endswith("s"), counts[n], len(n)))
    # the fullest name (most words; acronyms count as short), then the most frequent
    return max(counts, key=lambda n: (len(n.split()) if not n.replace(".", "").isupper() else 0, counts[n], len(n)))


def _newline_between(doc: "Doc", left: "Token", right: "Token") -> bool:
    # adjacent tokens: the text between them is the left token's trailing whitespace
    return "\n" in left.whitespace_ or left.is_space or right.is_space


def _title_before(doc: "Doc", tok_start: int) -> tuple[int, int] | None:
    """Token range of a title right before a name ("Secretary of State", "ministry spokesperson")."""
    i = tok_start - 1
    seq: list[int] = []
    while i >= 0:
        t = doc[i]
        if _newline_between(doc, t, doc[i + 1]) or doc[i + 1].is_sent_start:
            break
        low = t.lower_
        if low in ("the", "a", "an") or t.ent_type_ in _LEFT_STOP_ENTS:
            break
        if t.is_punct and t.text not in ("-",):
            break
        if t.text in ("’s", "'s"):
            seq.append(i)
            i -= 1
            continue
        capital = t.text[:1].isupper()
        known = low in TITLE_WORDS or low in TITLE_MODIFIERS or low in PORTFOLIO_WORDS or low in ORG_WORDS or low == "of"
        # a lower-case modifier inside the title's noun phrase ("constitutional affairs committee")
        modifier = (
            t.dep_ in ("amod", "compound")
            and t.pos_ in ("ADJ", "NOUN", "PROPN")
            and t.text.replace("-", "").isalpha()
            and seq
            and t.i < t.head.i <= seq[0]
            and t.ent_type_ not in _LEFT_STOP_ENTS
        )
        known = known or bool(modifier)
        if not (capital or known):
            break
        if capital and not known and t.pos_ in ("VERB", "AUX", "PRON", "ADV", "SCONJ", "CCONJ", "DET", "ADP"):
            break
        if t.ent_type_ == "PERSON":
            break
        seq.append(i)
        i -= 1
    if not seq:
        return None
    seq.sort()
    start, end = seq[0], seq[-1] + 1
    # "the government of Chancellor X": the words before "of" are not part of the title
    ofs = [k for k in range(start, end) if doc[k].lower_ == "of"]
    if ofs and not any(doc[k].lower_ in TITLE_WORDS for k in range(start, ofs[0])):
        start = ofs[0] + 1
    while start < end and (doc[start].lower_ == "of" or doc[start].text in ("’s", "'s", "-")):
        start += 1
    if start >= end:
        return None
    words = [doc[k].lower_ for k in range(start, end)]
    if not any(w in TITLE_WORDS for w in words):
        return None
    # the title must end in a title word, or be "<title> of <department>"
    last_title = max(k for k in range(start, end) if doc[k].lower_ in TITLE_WORDS)
    tail = [doc[k] for k in range(last_title + 1, end)]
    if tail and not (tail[0].lower_ == "of" and len(tail) >= 2 and all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in tail[1:])):
        return None
    return start, end


def _titles_after(doc: "Doc", tok_end: int) -> list[tuple[int, int]]:
    """Token ranges of an apposition after a name: "X, the White House ... Coordinator, ..."."""
    if tok_end >= len(doc) or doc[tok_end].text != ",":
        return []
    i = tok_end + 1
    while i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    seq: list[int] = []
    while i < len(doc) and len(seq) < 20:
        t = doc[i]
        if seq and _newline_between(doc, doc[i - 1], t):
            break
        if t.is_punct and t.text not in ("-", "&", "’s", "'s"):
            break
        if t.lower_ in ("who", "which", "that", "said", "says", "told", "stated"):
            break
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in TITLE_WORDS:
            break
        if t.ent_type_ == "PERSON" or t.ent_type_ in _LEFT_STOP_ENTS:
            break
        seq.append(i)
        i += 1
    if not seq:
        return []
    # split coordinated roles: "Senior Fellow and former army officer and diplomat"
    parts: list[list[int]] = [[]]
    for k in seq:
        if doc[k].lower_ == "and" and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(k)
    merged: list[list[int]] = []
    for p in parts:
        if not p:
            continue
        has_title = any(doc[k].lower_ in TITLE_WORDS for k in p)
        if merged and not has_title:
            merged[-1].extend(p)
        else:
            merged.append(p)
    out = []
    for p in merged:
        while p and (doc[p[0]].lower_ in ("the", "a", "an") or doc[p[0]].pos_ == "ADV"):
            p = p[1:]
        while p and (doc[p[-1]].pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ", "PRON") or doc[p[-1]].lower_ in ("of", "to")):
            p = p[:-1]
        # the role's head (the last word before a preposition) must be a title word:
        # "spokesperson for the State Department", not "a friend of the party leader"
        cut = next((j for j, k in enumerate(p) if j > 0 and doc[k].pos_ == "ADP"), len(p))
        head = doc[p[cut - 1]].lower_ if p and cut > 0 else ""
        if p and head in TITLE_WORDS and doc[p[0]].pos_ not in ("VERB", "ADP"):
            out.append((p[0], p[-1] + 1))
    if merged and not any(doc[k].lower_ in TITLE_WORDS for k in merged[0]):
        return []  # the apposition does not start with a role (a list of names, a clause)
    return out


def _drop_title_parts(mentions: list[_Mention], doc: "Doc") -> list[_Mention]:
    """Drop NER spans that are only part of a person's title ("State" in "Secretary of State").

    Also drops all-lower-case spans, which the model tags by mistake ("state").
    """
    title_spans: list[tuple[int, int]] = []
    for m in mentions:
        if m.label != "PERSON":
            continue
        ranges = [r for r in [_title_before(doc, m.tok_start)] if r] + _titles_after(doc, m.tok_end)
        title_spans.extend(ranges)
    out = []
    for m in mentions:
        if m.name == m.name.lower():
            continue
        if m.label != "PERSON" and any(s <= m.tok_start and m.tok_end <= e for s, e in title_spans):
            words = [w.lower() for w in m.name.split()]
            if words[-1] in PORTFOLIO_WORDS and not any(w in ORG_WORDS for w in words) and lookup_alias(m.name) is None:
                continue
        out.append(m)
    return out


def _roles(cluster: _Cluster, doc: "Doc", article: Article) -> tuple[Role, ...]:
    date = article.published.date if article.published.basis == "explicit" else None
    seen: set[tuple[int, int]] = set()
    roles: list[Role] = []
    for m in cluster.mentions:
        ranges = []
        before = _title_before(doc, m.tok_start)
        if before:
            ranges.append(before)
        ranges.extend(_titles_after(doc, m.tok_end))
        for s, e in ranges:
            cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            if (cs, ce) in seen:
                continue
            seen.add((cs, ce))
            roles.append(Role(title=article.text[cs:ce], article=article.id, start=cs, end=ce, date=date))
    return tuple(roles)


_COMPASS_NAMES = ("North", "South")


def _the_north_or_south(mentions: list[_Mention], doc: "Doc") -> list[_Mention]:
    """"the North" / "the South" for the one country of the article named so ("North Korea" and
    "the North"; "South Sudan" and "the South"): the country, when the article names exactly one."""
    countries: dict[str, set[str]] = {w: set() for w in _COMPASS_NAMES}
    for m in mentions:
        words = m.name.split()
        row = lookup_alias(m.name) if len(words) > 1 and words[0] in countries else None
        if row is not None and row.type == "GPE" and row.iso2:
            countries[words[0]].add(row.canonical)
    for m in mentions:
        if m.name in countries and len(countries[m.name]) == 1 and m.tok_start > 0 \
                and doc[m.tok_start - 1].lower_ == "the":
            m.name, m.label = next(iter(countries[m.name])), "GPE"
    return mentions


def extract_local_entities(article: Article, doc: "Doc", *, settings: Settings) -> tuple[LocalEntity, ...]:
    """Return the entities one article mentions, with their names, mentions and roles.

    Args:
        article: the cleaned article (offsets point into ``article.text``).
        doc: the spaCy parse of ``article.text`` (possibly cut at ``settings.max_chars``).
        settings: build settings.

    Returns:
        One ``LocalEntity`` per person/organisation/place/group the article names, in order of
        first mention; ``key`` is ``"<article id>:<n>"``.
    """
    text = doc.text
    if not text or text != article.text[: len(text)]:
        return ()
    mentions = _the_north_or_south(_drop_title_parts(
        _add_gazetteer_places(_add_surname_mentions(_fix_types(_raw_mentions(doc, text), doc), doc, text), doc, text), doc
    ), doc)
    clusters = _cluster(mentions, text, doc)
    out: list[LocalEntity] = []
    for n, c in enumerate(clusters):
        name = _best_name(c)
        forms = list(dict.fromkeys(m.name for m in c.mentions))
        aliases = tuple(f for f in forms if f != name)
        roles = _roles(c, doc, article) if c.label == "PERSON" else ()
        out.append(
            LocalEntity(
                key=f"{article.id}:{n}",
                article=article.id,
                name=name,
                type=c.label,
                mentions=tuple(Mention(article.id, m.start, m.end, article.text[m.start : m.end]) for m in c.mentions),
                roles=roles,
                aliases=aliases,
            )
        )
    return tuple(out)


# --- across articles ----------------------------------------------------------------------


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "to", "at", "in", "and", "'s", "’s", "s", "its", "his", "her", "their"})


def _is_proper_name(name: str | None) -> bool:
    """Whether a reference's ``name`` is a proper name ("Antony Blinken"), not a description."""
    words = [w for w in re.split(r"\s+", (name or "").strip()) if w]
    if not words:
        return False
    caps = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    if any(w.lower().strip(".,") in TITLE_WORDS for w in words) and len(caps) < len(words):
        return False
    return len(caps) >= max(1, len(words) - 1) and words[-1][:1].isupper()


def _qualifiers(text: str) -> frozenset[str]:
    """Countries named in a role or description as qualifiers ("Ukraine's", "Russian", "US")."""
    out = set()
    for w in re.findall(r"[A-Za-z][A-Za-z.-]*", unidecode(re.sub(r"['’]s\b", "", text))):
        row = lookup_alias(w) or lookup_demonym(w)
        if row is not None and row.iso2:
            out.add(row.canonical)
    return frozenset(out)


def _content_words(text: str) -> frozenset[str]:
    """Lower-case words of a role or description without function words and country qualifiers."""
    words = re.findall(r"[a-z][a-z.-]*", unidecode(re.sub(r"['’]s\b", "", text)).lower())
    out = set()
    for w in words:
        w = w.strip(".'’")
        if not w or w in _FUNCTION_WORDS or lookup_alias(w) is not None or lookup_demonym(w) is not None:
            continue
        out.add(w)
    return frozenset(out)


def _role_key(title: str) -> str:
    t = unidecode(title).lower()
    t = re.sub(r"['’]s\b", "", t)
    t = t.replace(".", "")
    return re.sub(r"\s+", " ", t).strip()


def _norm_role_title(title: str) -> str:
    t = re.sub(r"\s*['’]s\b", "", title)
    return re.sub(r"\s+", " ", t).strip()


def _distinct(entities: Iterable[Entity]) -> list[Entity]:
    """``list(dict.fromkeys(entities))`` by id: merged entities are one per id, and hashing an
    entity hashes every one of its mentions (thousands for a name a corpus repeats)."""
    return list({e.id: e for e in entities}.values())


class EntityLinker:
    """Maps a per-article reference (article id + words/name) to a canonical entity."""

    def __init__(self, entities: Sequence[Entity] = ()) -> None:
        """Index the entities by mention span, by name/alias and by surname per article.

        Args:
            entities: the story's canonical entities.
        """
        self.entities = tuple(entities)
        self._by_id = {e.id: e for e in self.entities}
        self._spans: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)
        self._names: dict[str, list[Entity]] = defaultdict(list)
        self._in_article: dict[str, set[str]] = defaultdict(set)
        self._roles_in: dict[str, list[tuple[Entity, frozenset[str], frozenset[str]]]] = defaultdict(list)
        words_of: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for e in self.entities:
            if e.type == "PERSON":
                # each article's role titles, as the set of the titles of its role details would
                # be made (the same insertions in the same order: the same set, walked alike)
                titles_in: dict[str, set[str]] = {}
                for r in e.role_details:
                    got = titles_in.get(r.article)
                    if got is None:
                        got = titles_in[r.article] = set()
                    got.add(r.title)
                for art in {m.article for m in e.mentions}:
                    for title in titles_in.get(art) or set(e.roles):
                        words = words_of.get(title)
                        if words is None:
                            words = words_of[title] = (_content_words(title), _qualifiers(title))
                        self._roles_in[art].append((e, words[0], words[1]))
            for m in e.mentions:
                self._spans[m.article].append((m.start, m.end, e))
                self._in_article[m.article].add(e.id)
            for n in {e.name, *e.aliases}:
                key = norm_name(n)
                if key and e not in self._names[key]:
                    self._names[key].append(e)
        # per article: spans sorted by start, for a bisect instead of a scan per reference
        # (a long article has thousands of mentions and thousands of references)
        self._sorted: dict[str, tuple[list[int], list[tuple[int, int, int, Entity]], int]] = {}
        for art, spans in self._spans.items():
            order = sorted((s, e, i, ent) for i, (s, e, ent) in enumerate(spans))
            longest = max((e - s for s, e, _, _ in order), default=0)
            self._sorted[art] = ([s for s, _, _, _ in order], order, longest)

    def _overlapping(self, article: str, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mention spans of an article that may overlap ``start..end``, in index order."""
        got = self._sorted.get(article)
        if got is None:
            return []
        starts, order, longest = got
        lo = bisect.bisect_left(starts, start - longest)
        hi = bisect.bisect_left(starts, end)
        return [(s, e, ent) for s, e, _, ent in sorted(order[lo:hi], key=lambda x: x[2])]

    @staticmethod
    def _matches(ent: Entity, name: str) -> bool:
        """Whether a given name can be this entity (same name/alias, or its surname)."""
        key = norm_name(name)
        forms = {norm_name(n) for n in (ent.name, *ent.aliases)}
        if key in forms:
            return True
        row = lookup_alias(name)
        if row is not None and norm_name(row.canonical) in forms:
            return True
        parts = _person_parts(name)
        return bool(parts) and any(p and parts[-1] in (p[-1], p[0]) for p in (_person_parts(n) for n in (ent.name, *ent.aliases)))

    def _pick(self, cands: Iterable[Entity], article: str) -> Entity | None:
        cands = _distinct(cands)
        if not cands:
            return None
        here = [e for e in cands if e.id in self._in_article.get(article, ())]
        pool = here or cands
        if len(pool) == 1:
            return pool[0]
        persons = [e for e in pool if e.type == "PERSON"]
        if len(persons) == 1:
            return persons[0]
        return None

    def _by_span(self, ref: SourceRef, article: str) -> Entity | None:
        """The entity named inside the reference's words, if the words are about it.

        A person named at the start or end of the words ("Matt Brazil, a ... fellow",
        "Secretary of State Antony Blinken") is the referent, unless a preposition comes right
        before the name ("an aide to Zelensky"); another entity is the referent only when its
        mention covers the last word or most of the words ("the US", not "a US official").
        """
        if ref.start is None or ref.end is None or ref.end <= ref.start:
            return None
        text = ref.text if len(ref.text or "") == ref.end - ref.start else None
        hits: list[tuple[int, Entity]] = []
        for s, e, ent in self._overlapping(article, ref.start, ref.end):
            overlap = min(e, ref.end) - max(s, ref.start)
            if overlap <= 0:
                continue
            before = text[: max(0, s - ref.start)] if text is not None else ""
            after = text[max(0, e - ref.start) :] if text is not None else ""
            after_clean = re.sub(r"^(?:['’]s)?[\s,.;:!?\"“”'’)]*", "", after)
            covers_end = e >= ref.end or not after_clean
            mostly = overlap >= 0.6 * (ref.end - ref.start)
            prep = re.search(
                r"\b(?:to|for|of|at|from|with|by|in|on|about|against|like|than)\s+(?:(?:the|a|an)\s+)?$", before, re.I
            )
            # "the health ministry in Hamas-run Gaza": a place after a preposition and its modifiers
            # is where the body is, not who it is
            prep_far = re.search(r"\b(?:in|at|from|near)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$", before, re.I)
            if ent.type == "PERSON":
                at_start = s <= ref.start or not re.sub(r"^[\s\"“”'‘]*", "", before)
                good = at_start or ((covers_end or after_clean.startswith((",", "("))) and not prep and not prep_far)
            else:
                good = (covers_end and not prep and not prep_far) or mostly
            if good:
                hits.append((overlap, ent))
        if not hits:
            return None
        if ref.name:
            key = norm_name(ref.name)
            named = [ent for _, ent in hits if key in {norm_name(n) for n in (ent.name, *ent.aliases)}]
            if named:
                return named[0]
        persons = [(o, ent) for o, ent in hits if ent.type == "PERSON"]
        pool = persons or hits
        return max(pool, key=lambda h: h[0])[1]

    def _by_name_of(self, ref: SourceRef, article: str) -> Entity | None:
        return self._by_name(ref.name, article)

    def _by_surname_of(self, ref: SourceRef, article: str) -> Entity | None:
        return self._by_surname(ref.name, article)

    def _by_role(self, text: str | None, article: str) -> Entity | None:
        """The one person of the article whose role the words describe ("the US secretary of state")."""
        words = _content_words(text or "")
        if not words or not words & TITLE_WORDS:
            return None
        quals = _qualifiers(text or "")
        found = []
        for ent, role_words, role_quals in self._roles_in.get(article, ()):
            if not role_words & TITLE_WORDS or (quals and role_quals and not quals & role_quals):
                continue
            if words <= role_words or (role_words <= words and words & TITLE_WORDS <= role_words):
                found.append(ent)
        found = _distinct(found)
        return found[0] if len(found) == 1 else None

    def _by_name(self, name: str | None, article: str) -> Entity | None:
        if not name:
            return None
        key = norm_name(name)
        found = self._pick(self._names.get(key, ()), article)
        if found is not None:
            return found
        row = lookup_alias(name)
        if row is not None:
            return self._pick(self._names.get(norm_name(row.canonical), ()), article)
        return None

    def _by_surname(self, name: str | None, article: str) -> Entity | None:
        if not name:
            return None
        words = [w for w in re.split(r"\s+", name.strip()) if w]
        if not words or not words[-1][:1].isupper():
            return None
        last = norm_name(words[-1])
        cands = []
        for eid in self._in_article.get(article, ()):
            e = self._by_id[eid]
            if e.type != "PERSON":
                continue
            names = [_person_parts(n) for n in (e.name, *e.aliases)]
            if any(parts and last in (parts[-1], parts[0]) for parts in names):
                cands.append(e)
        return cands[0] if len(cands) == 1 else None

    def link(self, ref: SourceRef | None, article: str) -> SourceRef | None:
        """Return ``ref`` with ``entity`` and canonical ``name`` filled where known.

        Args:
            ref: a reference made by quotes/claims (``text`` the words used, ``name`` a name the
                article gives, ``start``/``end`` the words' offsets), or None.
            article: the id of the article the reference is in.

        Returns:
            The same reference with ``entity`` (canonical id) and ``name`` (canonical name) set
            when it matches an entity by mention span, by name/alias, or by surname within the
            article; otherwise unchanged. ``text`` is never dropped.
        """
        if ref is None:
            return None
        short = ref.text if ref.text and len(ref.text.split()) <= 3 else None
        ent = None
        proper = _is_proper_name(ref.name)
        if proper:
            # an entity named exactly as the reference names the speaker wins over one whose mention
            # only overlaps its words ("Lt Gen Jones" read as "Gen Jones" for "Rhys Jones")
            exact = self._by_name_of(ref, article)
            if exact is not None and norm_name(exact.name) == norm_name(ref.name or ""):
                ent = exact
            for find in (self._by_span, self._by_name_of, self._by_surname_of):
                if ent is not None:
                    break
                found = find(ref, article)
                if found is not None and self._matches(found, ref.name or ""):
                    ent = found
                    break
        ent = (
            ent
            or self._by_span(ref, article)
            or self._by_name(ref.text, article)
            or self._by_surname(short, article)
            or self._by_role(ref.text, article)
            or (self._by_role(ref.name, article) if ref.name and not proper else None)
        )
        if ent is None or (proper and ref.name and not self._matches(ent, ref.name)):
            return ref  # never override a name the article gave with a different entity
        if proper and ref.name and ent.type == "PERSON" and _shorter_form(ent.name, ref.name):
            # never cut the name the article gave down to a shorter form ("Iliyasu" for "Aminu Iliyasu")
            return dataclasses.replace(ref, entity=ent.id)
        return dataclasses.replace(ref, entity=ent.id, name=ent.name)


def _shorter_form(short: str, full: str) -> bool:
    """Whether ``short`` is the surname alone of ``full`` (a name of two or three words)."""
    s, f = _person_parts(short), _person_parts(full)
    return len(s) == 1 and 2 <= len(f) <= 3 and s[-1] == f[-1]


_LEGAL_SUFFIX_RE = re.compile(
    r"(?:,?\s+(?:inc|incorporated|ltd|limited|llc|plc|co|corp|corporation|company|group|holdings|sa|spa|s\.p\.a|ag|gmbh|nv|bv)\.?)+$",
    re.IGNORECASE,
)


_BODY_OF_RE = re.compile(
    r"^(?:the\s+)?(?P<lead>(?:[\w'’.-]+\s+){0,3}?)(?P<kind>Ministry|Department|Office|Bureau|Agency|Directorate)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?P<obj>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})$"
)


def _body_of_key(name: str) -> str | None:
    """ "Ministry of the Interior" -> "Interior Ministry" (None when the name is not of that form).

    News names one body both ways ("the Moroccan Ministry of Interior", "the Moroccan Interior
    Ministry"; "Department of Defense", "Defense Department"): the "X Ministry" form is the key.
    """
    m = _BODY_OF_RE.match(name.strip())
    if m is None:
        return None
    return f"{m.group('lead')}{m.group('obj')} {m.group('kind')}"


@functools.lru_cache(maxsize=1 << 16)
def _org_core(name: str) -> str:
    """An organisation's name without legal-form suffixes ("Ford Motor Company" -> "Ford Motor")."""
    core = _LEGAL_SUFFIX_RE.sub("", name.strip())
    return core if core.strip() else name


def _different_places(a: str, b: str) -> bool:
    """Whether the gazetteer resolves two names to two different places."""
    pa, pb = resolve_place(a), resolve_place(b)
    return pa is not None and pb is not None and (pa.geonameid, pa.country) != (pb.geonameid, pb.country)


def _merge_group(local: Sequence[LocalEntity]) -> tuple[str, str]:
    """Type and canonical name of a group of local entities that are one entity."""
    type_votes: Counter[str] = Counter()
    for le in local:
        type_votes[le.type] += max(1, len(le.mentions))
    typ = type_votes.most_common(1)[0][0]
    if typ != "PERSON":
        for le in local:
            row = lookup_alias(le.name)
            if row is not None:
                return row.type, row.canonical
    names: Counter[str] = Counter()
    for le in local:
        names[le.name] += max(1, len(le.mentions))
    if typ == "PERSON":
        name = max(names, key=lambda n: (min(_n_words(n), 4), names[n], len(n)))
    elif typ == "NORP":
        name = max(names, key=lambda n: (not n.endswith("s"), names[n], len(n)))
    else:
        name = max(names, key=lambda n: (names[n], len(n.split()), len(n)))
    return typ, name


def build_entities(
    articles: Sequence[Article], local_entities: Sequence[LocalEntity], *, settings: Settings
) -> tuple[tuple[Entity, ...], EntityLinker]:
    """Merge per-article entities into story-wide entities and return a linker for references.

    Args:
        articles: the story's articles (for publication dates of roles).
        local_entities: every article's ``LocalEntity`` records.
        settings: build settings.

    Returns:
        The canonical entities (sorted by mention count, then name) and an ``EntityLinker``.
    """
    les = list(local_entities)
    n = len(les)
    uf: UnionFind[int] = UnionFind(range(n))
    # 1. exact keys: alias-table canonical, or type group + normalised name/alias
    by_key: dict[str, int] = {}
    for i, le in enumerate(les):
        keys: set[str] = set()
        group = _type_group(le.type)
        for name in (le.name, *le.aliases):
            row = lookup_alias(name) if le.type != "PERSON" else None
            if row is not None:
                keys.add("ALIAS:" + row.canonical)
            elif le.type == "NORP" and lookup_demonym(name) is not None:
                keys.add("NORP:" + lookup_demonym(name).canonical)  # type: ignore[union-attr]
            elif le.type != "PERSON" or len(name.split()) >= 2 or name == le.name:
                keys.add(group + ":" + norm_name(name))
            if group == "ORG" and (reordered := _body_of_key(name)) is not None:
                keys.add("ORG:" + norm_name(reordered))  # "Ministry of the Interior" = "Interior Ministry"
            if group == "PLACE":
                geo = _geo_key(name)
                if geo is not None:
                    keys.add(geo)
            if group == "ORG" and _org_core(name) != name and len(norm_name(_org_core(name))) >= 3:
                keys.add("ORG:" + norm_name(_org_core(name)))
        # a multi-word name given as ORG/GPE in one article and PERSON in another
        # the same name tagged as organisation in one article and place (or person) in another;
        # one-word names only between organisations and places ("Washington" the government)
        if not any(k.startswith("ALIAS:") for k in keys):
            if len(le.name.split()) >= 2 and group in ("PERSON", "ORG", "PLACE"):
                keys.add("NAME:" + norm_name(le.name))
            elif group in ("ORG", "PLACE"):
                keys.add("NAME1:" + norm_name(le.name))
        for k in keys:
            if k in by_key:
                uf.union(by_key[k], i)
            else:
                by_key[k] = i
    # NAME: keys only join a PERSON group with groups the PERSON type outvotes later; that is
    # acceptable for 2+ word names (organisations and people rarely share a full name).
    org_names = [(i, le.name) for i, le in enumerate(les) if le.type == "ORG"]
    for p, q in _qualified_pairs(org_names) + _prefix_pairs(org_names):
        uf.union(p, q)
    # 2. fuzzy spelling variants of the same type (people: first name and surname must match)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, le in enumerate(les):
        key = norm_name(le.name)
        if len(key) < 4:
            continue
        if le.type == "PERSON":
            parts = _person_parts(le.name)
            if len(parts) < 2:
                continue
            blocks["PERSON:" + parts[-1][:3]].append(i)
        else:
            blocks[_type_group(le.type) + ":" + key[:3]].append(i)
    for full_block in blocks.values():
        # one entity per distinct name: the decision below reads only the two names (and the
        # block's type group), and entities of one name already share a key of step 1, so
        # comparing each pair of distinct names gives the same groups as every pair of entities
        # (a name that recurs in many articles no longer makes the block quadratic in them)
        first_of: dict[str, int] = {}
        for i in full_block:
            first_of.setdefault(les[i].name, i)
        block = list(first_of.values())
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                a, b = les[block[x]], les[block[y]]
                if uf.find(block[x]) == uf.find(block[y]):
                    continue
                if a.type == "PERSON":
                    same = _same_person_variant(a.name, b.name)
                elif _type_group(a.type) == "PLACE" and _different_places(a.name, b.name):
                    same = False
                else:
                    ka, kb = norm_name(_org_core(a.name)), norm_name(_org_core(b.name))
                    same = (
                        min(len(ka), len(kb)) >= 6
                        and re.sub(r"\D", "", ka) == re.sub(r"\D", "", kb)
                        and fuzz.ratio(ka, kb) >= 92
                    )
                if same:
                    uf.union(block[x], block[y])
    # 3. surname-only people join the one full name of the story they fit
    full_by_last: dict[str, set[int]] = defaultdict(set)
    full_by_first: dict[str, set[int]] = defaultdict(set)
    for i, le in enumerate(les):
        parts = _person_parts(le.name)
        if le.type == "PERSON" and len(parts) >= 2:
            full_by_last[parts[-1]].add(uf.find(i))
            full_by_first[parts[0]].add(uf.find(i))
    for i, le in enumerate(les):
        parts = _person_parts(le.name)
        if le.type != "PERSON" or len(parts) != 1 or (le.name.isupper() and len(le.name) > 1):
            continue
        cands = {uf.find(j) for j in full_by_last.get(parts[0], ())} or {uf.find(j) for j in full_by_first.get(parts[0], ())}
        if len(cands) == 1:
            uf.union(next(iter(cands)), i)
        elif not cands:
            # one word the model called a person here and an organisation/place elsewhere
            row = lookup_alias(le.name)
            others = [by_key.get(k) for k in ("ORG:" + parts[0], "PLACE:" + parts[0], "NORP:" + parts[0])]
            if row is not None:
                others.append(by_key.get("ALIAS:" + row.canonical))
            for j in others:
                if j is not None:
                    uf.union(j, i)
                    break
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)

    entities: list[Entity] = []
    for idx in groups.values():
        members = [les[i] for i in idx]
        typ, name = _merge_group(members)
        mentions = sorted({m for le in members for m in le.mentions}, key=lambda m: (m.article, m.start, m.end))
        forms: Counter[str] = Counter()
        for le in members:
            for f in (le.name, *le.aliases):
                forms[f] += 1
        aliases = tuple(sorted((f for f in forms if f != name), key=lambda f: (-forms[f], f)))
        role_details = tuple(sorted({r for le in members for r in le.roles}, key=lambda r: (r.article, r.start)))
        roles: dict[str, str] = {}
        for r in role_details:
            roles.setdefault(_role_key(r.title), _norm_role_title(r.title))
        place = None
        if typ in _PLACE_TYPES:
            place = resolve_place(name)
            if place is None:
                place = next((p for p in (resolve_place(a) for a in aliases) if p is not None), None)
        elif typ == "NORP":
            row = next((r for r in (lookup_demonym(n) for n in (name, *aliases)) if r is not None and r.iso2), None)
            place = resolve_place(row.canonical) if row is not None else None
        entities.append(
            Entity(
                id=stable_id("ent", typ, norm_name(name)),
                name=name,
                type=typ,
                aliases=aliases,
                roles=tuple(roles.values()),
                mentions=tuple(mentions),
                role_details=role_details,
                place=place,
            )
        )
    # ids must be unique: entities that end up with the same id are the same entity
    by_id: dict[str, Entity] = {}
    for e in entities:
        if e.id in by_id:
            o = by_id[e.id]
            ms = tuple(sorted(set(o.mentions) | set(e.mentions), key=lambda m: (m.article, m.start, m.end)))
            rd = tuple(sorted(set(o.role_details) | set(e.role_details), key=lambda r: (r.article, r.start)))
            by_id[e.id] = dataclasses.replace(
                o,
                mentions=ms,
                role_details=rd,
                roles=tuple(dict.fromkeys((*o.roles, *e.roles))),
                aliases=tuple(dict.fromkeys((*o.aliases, *e.aliases))),
            )
        else:
            by_id[e.id] = e
    # capitals and demonyms point to their country entity
    countries = {
        e.place.country: e.id for e in by_id.values() if e.place is not None and e.place.kind == "country" and e.type == "GPE"
    }
    final: list[Entity] = []
    for e in by_id.values():
        country_of = None
        if e.type == "GPE" and e.place is not None:
            iso = capital_of(e.place)
            if iso:
                country_of = countries.get(iso)
        elif e.type == "NORP" and e.place is not None and e.place.country:
            country_of = countries.get(e.place.country)
        final.append(dataclasses.replace(e, country_of=country_of) if country_of else e)
    final.sort(key=lambda e: (-len(e.mentions), e.name, e.id))
    return tuple(final), EntityLinker(final)
