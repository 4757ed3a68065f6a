"""Stories: cluster a folder's articles into the developing real-world events they report.

A folder may hold several unrelated stories (a deployment and an earthquake), or several of the
same kind (two earthquakes in two countries). Every later cross-article stage (tracks, timeline,
summary, contradictions, independent sources) runs within one story, so a figure of one story is
never compared with a figure of another.

How articles are grouped:

1. Each article becomes a TF-IDF vector of its words. Words that tell one event from another of
   the same kind weigh more: names (capitalised words inside a sentence), numbers and years;
   the title and lead count twice (they say what the article is about). Document frequencies are
   smoothed with a prior of ``_PRIOR_DOCS`` unseen documents, so that a small folder of one story
   does not zero the weight of the words all its articles share.
2. Candidate pairs come only from terms that at most ``_MAX_DF`` articles share (an inverted
   index, computed as a sparse product), so the work grows linearly with the folder, not with
   the number of pairs.
3. Two articles whose titles and leads name countries, none in common, or that were published
   over two years apart, count a quarter of their similarity (two quakes in two countries, or in
   one region years apart, told in the same words).
4. Copies and wire stories (``syndicated``/``near_duplicate`` relations) start in one group.
5. Groups merge by average linkage over the sparse similarity graph (the average cosine over
   all pairs of their articles, absent pairs counting zero) while it is at least
   ``settings.story_threshold``; an article that joins no group is a story of its own.
6. Inside each group of four or more, the same again with weights read inside the group
   (``settings.story_split_threshold``): two events of one kind fall apart. Sub-groups with
   explicit dates within 62 days of each other that are nearly as alike across as within are
   joined again: the phases of one developing story (a deployment, its losses, its prisoners).

Each story gets a short title (the title, or else the first sentence, of its most central
article), its date span (the articles' publication dates) and its articles. Story ids depend on
the smallest article id of the story, so the same input gives the same ids.
"""

from __future__ import annotations

import dataclasses
import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date as _date
from typing import Any, TypeVar

from ..model import Article, Relation, Story, stable_id
from ..settings import Settings
from ..unionfind import UnionFind

# a term shared by more articles than this does not propose candidate pairs (it still weighs in
# the vectors' norms): the blocking step that keeps the similarity graph linear in articles
_MAX_DF = 200
# pseudo-documents that hold none of the folder's words, added to every document frequency
_PRIOR_DOCS = 30
# lowest cosine kept as an edge of the similarity graph
_MIN_EDGE = 0.02
_NAME_WEIGHT = 2.0
_NUMBER_WEIGHT = 1.5
_LEAD_CHARS = 400
# rows of the similarity product computed at once (bounds its memory, whatever the folder's size)
_BLOCK_ROWS = 1024

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|\d[\d,.]*\d|\d")
# a word right after one of these (spaces between) starts a sentence or a heading
_SENTENCE_CHARS = frozenset('.!?:"\u201c\u201d\n\u2013\u2014')

# function words and the vocabulary of news writing itself (it says nothing about the event)
_STOP = frozenset(
    """
    a about above after again against all almost also although always am among an and another any are
    around as at be became because become been before being below between both but by can cannot could
    did do does doing done down during each either else even ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is it its itself just last
    least less many may me might more most much must my myself near neither never next no nor not now of
    off on once one only or other others our ours ourselves out over own per perhaps rather same several
    shall she should since so some still such than that the their theirs them themselves then there these
    they this those though through thus to too toward towards under until up upon us very was we were
    what when where whether which while who whom whose why will with within without would yet you your
    yours yourself says said say saying told tell tells according report reports reported reporting
    news new newspaper statement added asked called including people year years week weeks day days month
    months time times today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    morning evening night afternoon am pm mr mrs ms dr just like get got make made well back way going
    first second third two three four five six seven eight nine ten hundred thousand million billion
    percent per cent cnn ap reuters afp bbc update updated read click share comments advertisement
    """.split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


Bag = dict[str, float]


def _terms(text: str, weight: float = 1.0, out: Bag | None = None) -> Bag:
    """Weighted term counts of one text: names, numbers and content words (lower-cased).

    Args:
        text: the text.
        weight: what one occurrence counts.
        out: a bag to add to (a new one when None).

    Returns:
        The bag: term -> weighted count.
    """
    out = defaultdict(float) if out is None else out
    prev_end = 0
    prev_name: str | None = None
    for m in _WORD.finditer(text):
        word = m.group(0)
        low = word.lower().replace("\u2019", "'")
        if low.endswith("'s"):
            low = low[:-2]
        gap = text[prev_end : m.start()]
        before = gap.rstrip(" \t") or (" " if prev_end else "")
        sentence_start = prev_end == 0 or before[-1:] in _SENTENCE_CHARS or "\n" in gap
        prev_end = m.end()
        if word[0].isdigit():
            digits = low.replace(",", "")
            prev_name = None
            if len(digits.strip(".")) < 2 and not digits.isdigit():
                continue
            out["#" + digits.rstrip(".")] += _NUMBER_WEIGHT * weight
            continue
        if low in _STOP or len(low) < 3:
            prev_name = None
            continue
        if low in _MONTHS:
            prev_name = None
            out[low] += 0.5 * weight
            continue
        is_name = word[0].isupper() and not sentence_start and not word.isupper() or (word.isupper() and len(word) > 1)
        if is_name:
            out[low] += _NAME_WEIGHT * weight
            if prev_name is not None and gap.strip() == "":
                out[f"{prev_name}_{low}"] += _NAME_WEIGHT * weight
            prev_name = low
        else:
            out[low] += weight
            prev_name = None
    return out


def article_terms(article: Article) -> Bag:
    """Return the weighted terms of one article (title and lead count twice).

    Args:
        article: a cleaned article.

    Returns:
        Term -> weighted count.
    """
    terms = _terms(article.text)
    _terms(article.title or "", 2.0, terms)
    _terms(article.text[:_LEAD_CHARS], 1.0, terms)
    if article.dateline:
        _terms(article.dateline, 1.0, terms)
    return terms


def _document_frequencies(bags: Iterable[Bag]) -> Counter[str]:
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    return df


def _unit_vector(bag: Bag, df: Counter[str], n: int) -> dict[str, float]:
    """One article's unit TF-IDF vector (sublinear tf, idf over ``n`` documents), shared terms only."""
    v = {w: (1.0 + math.log(c)) * math.log(n / df[w]) if c >= 1 else c * math.log(n / df[w]) for w, c in bag.items()}
    # a term only this article holds links nothing, but it stays in the norm: an article
    # about many things is less similar to each of them
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {w: x / norm for w, x in v.items() if df[w] > 1}


def _vectors(bags: Sequence[Bag], prior: int = _PRIOR_DOCS) -> tuple[list[dict[str, float]], Counter[str]]:
    """Unit TF-IDF vectors (sublinear tf, idf smoothed with ``prior`` empty documents)."""
    df = _document_frequencies(bags)
    n = len(bags) + prior
    return [_unit_vector(bag, df, n) for bag in bags], df


class EdgeList(Mapping[tuple[int, int], float]):
    """A similarity graph held as three arrays (first, second, cosine) in the order it was found.

    Reads as the ``(i, j) -> cosine`` dict of the same edges in the same order (``items()``
    gives the same pairs and floats), at about a tenth of a dict's memory: a large folder's
    graph holds a million edges.
    """

    def __init__(self, first: Any, second: Any, sims: Any) -> None:
        self.first, self.second, self.sims = first, second, sims
        self._index: dict[tuple[int, int], float] | None = None

    def __len__(self) -> int:
        return len(self.sims)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.first.tolist(), self.second.tolist())

    def items(self) -> Iterator[tuple[tuple[int, int], float]]:  # type: ignore[override]
        return zip(zip(self.first.tolist(), self.second.tolist()), self.sims.tolist())

    def __getitem__(self, key: tuple[int, int]) -> float:
        if self._index is None:
            self._index = dict(self.items())
        return self._index[key]


def similarity_graph(
    bags: Sequence[Bag], *, min_edge: float = _MIN_EDGE, prior: int = _PRIOR_DOCS
) -> Mapping[tuple[int, int], float]:
    """Cosine similarities of the article pairs that share a rare term.

    Args:
        bags: weighted term counts per article.
        min_edge: similarities below this are dropped.
        prior: pseudo-documents added to the document frequencies.

    Returns:
        ``(i, j) -> cosine`` for ``i < j``.
    """
    try:
        import numpy as np
        from scipy import sparse
    except ImportError:  # pragma: no cover - scipy is a dependency; plain Python as a fallback
        vecs, df = _vectors(bags, prior)
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, v in enumerate(vecs):
            for w, x in v.items():
                if df[w] <= _MAX_DF:
                    postings[w].append((i, x))
        sums: dict[tuple[int, int], float] = defaultdict(float)
        for plist in postings.values():
            for a in range(len(plist)):
                i, x = plist[a]
                for j, y in plist[a + 1 :]:
                    sums[(min(i, j), max(i, j))] += x * y
        return {k: s for k, s in sums.items() if s >= min_edge}
    df = _document_frequencies(bags)
    # the terms that propose pairs: shared (df > 1, the vectors hold no other) and rare
    cols = {w: k for k, w in enumerate(sorted(w for w, d in df.items() if 1 < d <= _MAX_DF))}
    if not cols:
        return {}
    # the article x term matrix built from compact arrays, one article's vector at a time (no
    # per-entry Python objects kept, no list of the corpus's vectors); the matrix sorts each
    # row's columns, so the order the entries come in does not matter
    n_docs = len(bags) + prior
    rows, colx, data = array("i"), array("i"), array("d")
    # ``_unit_vector`` of each bag with each term's idf computed once (the same floats, in the
    # same order: the same norm), the matrix's terms taken as it is made
    idf = {w: math.log(n_docs / d) for w, d in df.items()}
    log, sqrt = math.log, math.sqrt
    for i, bag in enumerate(bags):
        vec = [(w, (1.0 + log(c)) * idf[w] if c >= 1 else c * idf[w]) for w, c in bag.items()]
        norm = sqrt(sum(x * x for _, x in vec)) or 1.0
        for w, x in vec:
            k = cols.get(w)
            if k is not None:  # a column's term is shared (df > 1), as _unit_vector keeps
                rows.append(i)
                colx.append(k)
                data.append(x / norm)
    del df, idf
    mat = sparse.csr_matrix(
        (np.frombuffer(data, dtype=np.float64), (np.frombuffer(rows, dtype=np.int32), np.frombuffer(colx, dtype=np.int32))),
        shape=(len(bags), len(cols)),
    )
    del rows, colx, data
    right = mat.T.tocsr()
    firsts, seconds, sims = [], [], []
    # the product a block of rows at a time, weak pairs dropped at once: the unfiltered
    # product of the whole folder is never held (same pairs, values and order as whole)
    for lo in range(0, len(bags), _BLOCK_ROWS):
        prod = (mat[lo : lo + _BLOCK_ROWS] @ right).tocoo()
        keep = (prod.col > prod.row + lo) & (prod.data >= min_edge)
        firsts.append((prod.row[keep] + lo).astype(np.int64))
        seconds.append(prod.col[keep].astype(np.int64))
        sims.append(prod.data[keep].astype(np.float64))
    if not sims:
        return {}
    return EdgeList(np.concatenate(firsts), np.concatenate(seconds), np.concatenate(sims))


def average_linkage(
    n: int,
    edges: Mapping[tuple[int, int], float],
    threshold: float,
    groups: Iterable[Iterable[int]] = (),
    days: Sequence[int | None] = (),
    max_gap: int | None = None,
    reach: Sequence[tuple[int, int] | None] = (),
) -> list[list[int]]:
    """Agglomerative clustering by average linkage over a sparse similarity graph.

    Args:
        n: number of items.
        edges: ``(i, j) -> similarity``; absent pairs count as 0.
        threshold: clusters merge while their average pairwise similarity is at least this.
        groups: items that start in one cluster (copies of one article).
        days: each item's day (an ordinal), or None when undated.
        max_gap: with ``days``, two clusters whose dated items lie more than this many days apart
            (the gap between their spans) never merge: an undated item similar to both can't
            bridge two events years apart.
        reach: with ``days``, each dated item's span of the days it states (its own day among
            them; None when undated): a cluster's span covers them, so a page of 2023 that recalls
            the deployment's start in July 2021 links up with the pages of 2021 (a story followed
            over years); it only ever narrows the gap between two clusters.

    Returns:
        Clusters as sorted lists of item indexes, ordered by their smallest item.
    """
    uf: UnionFind[int] = UnionFind(range(n))
    for g in groups:
        g = list(g)
        for x in g[1:]:
            uf.union(g[0], x)
    root_of = uf.components()
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[root_of[i]].append(i)
    cid = {i: root_of[i] for i in range(n)}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), s in edges.items():
        a, b = cid[i], cid[j]
        if a == b:
            continue
        sums[a][b] = sums[a].get(b, 0.0) + s
        sums[b][a] = sums[b].get(a, 0.0) + s
    size = {c: len(m) for c, m in members.items()}
    heap: list[tuple[float, int, int]] = []
    for a, nb in sums.items():
        for b, s in nb.items():
            if a < b:
                avg = s / (size[a] * size[b])
                if avg >= threshold:
                    heap.append((-avg, a, b))
    heapq.heapify(heap)
    alive = set(members)
    span: dict[int, tuple[int, int]] = {}
    if days and max_gap is not None:
        for c, m in members.items():
            dated = [d for d in (days[i] for i in m) if d is not None]
            if reach:
                dated += [x for i in m if days[i] is not None for x in (reach[i] or ())]
            if dated:
                span[c] = (min(dated), max(dated))
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in alive or b not in alive:
            continue
        current = sums[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + neg) > 1e-12:
            continue  # stale entry: sizes or sums changed since it was pushed
        if max_gap is not None and a in span and b in span:
            (lo_a, hi_a), (lo_b, hi_b) = span[a], span[b]
            if max(lo_b - hi_a, lo_a - hi_b) > max_gap:
                continue  # two events years apart
        # merge the smaller into the larger (ties: into the smaller id) to keep ids stable
        keep, gone = (a, b) if (size[a], -a) >= (size[b], -b) else (b, a)
        members[keep].extend(members.pop(gone))
        size[keep] += size.pop(gone)
        alive.discard(gone)
        if gone in span:
            lo, hi = span.pop(gone)
            if keep in span:
                lo, hi = min(lo, span[keep][0]), max(hi, span[keep][1])
            span[keep] = (lo, hi)
        for c, s in sums.pop(gone, {}).items():
            if c == keep:
                continue
            sums[c].pop(gone, None)
            sums[keep][c] = sums[keep].get(c, 0.0) + s
            sums[c][keep] = sums[keep][c]
        sums[keep].pop(gone, None)
        for c, s in sums[keep].items():
            avg = s / (size[keep] * size[c])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(keep, c), max(keep, c)))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


_COPY_KINDS = {"syndicated", "near_duplicate"}


# the second pass, inside one group: fewer pseudo-documents, so that the words the whole group
# shares (the kind of event, its protagonist) weigh little and what tells its events apart
# (the other names, places, dates and numbers) weighs more; groups smaller than this are kept
_SPLIT_PRIOR = 10
_SPLIT_MIN = 4


# phases of one developing story: sub-groups whose explicit publication dates come within this
# many days of each other, and whose articles are nearly as alike across as within, are one story
_PHASE_GAP_DAYS = 62
# cross-similarity over within-similarity (the first pass's cosines) at which two sub-groups are
# phases of one story; on ECB+ (train, dev, test), 13 of 14 splits of two real events of one kind
# between groups of 5 or more articles stay under it
_PHASE_LIKENESS = 0.55


def _explicit_days(members: Iterable[Article]) -> list[int]:
    out = []
    for a in members:
        if a.published.basis == "explicit" and a.published.date:
            try:
                out.append(_date.fromisoformat(a.published.date[:10]).toordinal())
            except ValueError:
                continue
    return out


def rejoin_phases(
    subs: Sequence[list[int]], articles: Sequence[Article], edges: Mapping[tuple[int, int], float]
) -> list[list[int]]:
    """Join again the sub-groups of one group that are phases of one developing story.

    The second clustering pass splits a group where its articles' words fall apart. For two
    events of one kind (two earthquakes, two fights of one boxer) that is right; for one story
    told over months (a deployment, then its losses, then its prisoners) the words shift too, but
    the coverage is continuous. Two sub-groups join again when both hold articles with explicit
    publication dates, their date spans come within ``_PHASE_GAP_DAYS`` days of each other, and
    their articles are, on the first pass's similarities, nearly as alike across the two as
    within each (``_PHASE_LIKENESS``). A sub-group whose pages state no date joins a dated one on
    the likeness alone (pages that only lack a date line are no evidence of another event: the
    first pass put them with the dated ones); two undated sub-groups are never joined: words
    alone keep them apart, as before.

    Args:
        subs: the sub-groups (lists of indexes into ``articles``) of one first-pass group.
        articles: all articles.
        edges: the first pass's ``(i, j) -> cosine`` edges among these sub-groups' articles (others
            are passed over).

    Returns:
        The sub-groups after joining (each sorted by index).
    """
    if len(subs) < 2:
        return [list(s) for s in subs]
    days = [_explicit_days(articles[i] for i in s) for s in subs]
    if not any(days):
        return [list(s) for s in subs]
    # a dated page's span reaches the days it states (a page of 2023 recalling July 2021)
    days = [d + [x for i in s if _explicit_day(articles[i]) is not None for x in stated_days(articles[i])] if d else d
            for d, s in zip(days, subs)]
    # summed similarity within and between sub-groups, one pass over the edges (absent pairs count 0)
    sub_of = {i: k for k, sub in enumerate(subs) for i in sub}
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for (i, j), sim in edges.items():
        a, b = sub_of.get(i), sub_of.get(j)
        if a is not None and b is not None:
            sums[(min(a, b), max(a, b))] += sim
    sizes = [len(sub) for sub in subs]
    within = [sums[(k, k)] / (n * (n - 1) / 2) if n > 1 else None for k, n in enumerate(sizes)]
    uf: UnionFind[int] = UnionFind(range(len(subs)))
    for x in range(len(subs)):
        for y in range(x + 1, len(subs)):
            if not days[x] and not days[y]:
                continue
            if days[x] and days[y]:
                gap = max(min(days[y]) - max(days[x]), min(days[x]) - max(days[y]), 0)
                if gap > _PHASE_GAP_DAYS:
                    continue
            inside = [w for w in (within[x], within[y]) if w is not None]
            cross = sums[(x, y)] / (sizes[x] * sizes[y])
            if not inside or cross < _PHASE_LIKENESS * (sum(inside) / len(inside)):
                continue
            uf.union(x, y)
    root = uf.components()
    joined: dict[int, list[int]] = defaultdict(list)
    for k, s in enumerate(subs):
        joined[root[k]].extend(s)
    return [sorted(v) for v in joined.values()]


# a pair of articles whose titles and leads name countries, none in common, reports on two places:
# its similarity counts this much (two earthquakes, two elections in two countries)
_OTHER_COUNTRIES = 0.25
# two articles published over two years apart report on two events unless much else ties them
_YEARS_APART_DAYS = 730
_YEARS_APART = 0.25
_BODY_WORDS = frozenset(
    "survey agency service department ministry council committee organization organisation centre center "
    "institute office bank fund programme program administration authority commission agency news".split()
)
_US_STATE_COUNTRIES = frozenset({"Georgia"})
_NAME_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*){0,3}")


def lead_countries(article: Article) -> frozenset[str]:
    """The countries an article's title and lead name (by name, short form or people: "Moroccan").

    Only the alias table's countries and demonyms: cities and regions are left out, since a
    lead's city may share its name with a place abroad.
    """
    from ..extract.places import lookup_alias, lookup_demonym

    head = f"{article.title or ''}\n{article.dateline or ''}\n{article.text[:_LEAD_CHARS]}"
    out: set[str] = set()
    for m in _NAME_RUN.finditer(head):
        words = m.group(0).replace("\u2019", "'").split()
        if len(words) > 1 and words[-1].rstrip(".,").lower() in _BODY_WORDS:
            continue  # "the US Geological Survey", "the Jordan News Agency": a body, not the place reported on
        # every run of words inside the capitalised run, longest first ("North Korean", "Korean")
        for size in range(len(words), 0, -1):
            for k in range(len(words) - size + 1):
                name = " ".join(words[k : k + size]).rstrip(".,'").removesuffix("'s")
                if name in _US_STATE_COUNTRIES:
                    continue  # "Georgia" in a lead is as often the US state
                row = lookup_alias(name)
                if row is not None and row.iso2 and row.type == "GPE":
                    out.add(row.iso2)
                    continue
                row = lookup_demonym(name)
                if row is not None and row.iso2:
                    out.add(row.iso2)
    return frozenset(out)


# a date stated in the text ("22 July 2013", "July 22, 2013", "Aug 04, 2014", "2014-08-04", "May 2017")
_FULL_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[A-Z][a-z]{2,8})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<n3>[01]\d)-(?P<d3>[0-3]\d)"
    r"|(?P<m4>[A-Z][a-z]{2,8})\.?\s+(?P<y4>(?:19|20)\d\d))\b"
)
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# two articles all of whose stated dates lie this many days or more apart report on two events
# unless much else ties them (two floods of one monsoon season a year apart); a story followed
# for months has pages whose dates come closer (a page recalls the deployment's month), and
# its neighbours in time link it up
_OTHER_SEASON_DAYS = 300
_OTHER_SEASON = 0.25


def stated_days(article: Article) -> frozenset[int]:
    """The days (ordinals) of the dates an article states (a month alone counts as its 15th),
    with its explicit publication date."""
    return _stated_dates(article)[0]


def _stated_dates(article: Article) -> tuple[frozenset[int], bool]:
    """``stated_days`` and whether one of them is a day (a month alone, "in October 2019", may
    be a past event the page recalls: it brings pages closer, it never dates one)."""
    out: set[int] = set()
    precise = False
    for m in _FULL_DATE.finditer(f"{article.title or ''}\n{article.text}"):
        if m.group("y3"):
            year, month, day = int(m.group("y3")), int(m.group("n3")), int(m.group("d3"))
        else:
            name = (m.group("m1") or m.group("m2") or m.group("m4") or "")[:3].lower()
            if name not in _MONTH_STARTS:
                continue
            year = int(m.group("y1") or m.group("y2") or m.group("y4"))
            month = _MONTH_STARTS.index(name) + 1
            day = int(m.group("d1") or m.group("d2") or 15)
        try:
            out.add(_date(year, month, day).toordinal())
        except ValueError:
            continue
        precise = precise or not m.group("m4")
    explicit = _explicit_day(article)
    if explicit is not None:
        out.add(explicit)
        precise = True
    return frozenset(out), precise


def stated_years(article: Article) -> frozenset[int]:
    """The years of the dates an article states (see ``stated_days``)."""
    return frozenset(_date.fromordinal(d).year for d in stated_days(article))


def _seasons_apart(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether every date of ``a`` lies ``_OTHER_SEASON_DAYS`` or more from every date of ``b``."""
    if not a or not b:
        return False
    return _min_gap(a, b) >= _OTHER_SEASON_DAYS


def _min_gap(a: frozenset[int], b: frozenset[int]) -> int:
    xs, ys = sorted(a), sorted(b)
    i = j = 0
    best = abs(xs[0] - ys[0])
    while i < len(xs) and j < len(ys):
        best = min(best, abs(xs[i] - ys[j]))
        if xs[i] < ys[j]:
            i += 1
        else:
            j += 1
    return best


def _explicit_day(article: Article) -> int | None:
    days = _explicit_days((article,))
    return days[0] if days else None


def _reach(day: int | None, stated: frozenset[int]) -> tuple[int, int] | None:
    """A dated page's span of the days it states, its own day among them (None when undated)."""
    if day is None:
        return None
    allx = stated | {day}
    return min(allx), max(allx)


def _damp_unlike_pairs(
    edges: Mapping[tuple[int, int], float],
    countries: Sequence[frozenset[str]],
    days: Sequence[int | None] = (),
    years: Sequence[tuple[frozenset[int], bool]] = (),
) -> Mapping[tuple[int, int], float]:
    """Edges between articles whose leads name only other countries count ``_OTHER_COUNTRIES``;
    edges between articles published more than ``_YEARS_APART_DAYS`` apart count
    ``_YEARS_APART`` (two quakes in one region years apart; a story followed for a year or
    more keeps its close neighbours in time, which link it up); edges between articles all of whose
    stated dates (``years``: each article's ``_stated_dates``, one of them a day) lie ``_OTHER_SEASON_DAYS`` or more
    apart count ``_OTHER_SEASON`` (two floods of one country a year apart; a story followed for
    months has pages in between and pages that recall its start)."""

    def factor_of(i: int, j: int) -> float:
        f = _OTHER_COUNTRIES if countries[i] and countries[j] and not countries[i] & countries[j] else 1.0
        if days:
            di, dj = days[i], days[j]
            if di is not None and dj is not None and abs(di - dj) > _YEARS_APART_DAYS:
                f *= _YEARS_APART
        if years and years[i][1] and years[j][1] and _seasons_apart(years[i][0], years[j][0]):
            f *= _OTHER_SEASON
        return f

    factor = [factor_of(i, j) for (i, j) in edges]
    if all(f == 1.0 for f in factor):
        return edges
    if isinstance(edges, EdgeList):
        import numpy as np

        return EdgeList(edges.first, edges.second, edges.sims * np.asarray(factor, dtype=np.float64))
    return {k: v * f for (k, v), f in zip(edges.items(), factor)}


T = TypeVar("T")


def _items(values: Sequence[T], indexes: Sequence[int]) -> Sequence[T]:
    """``[values[i] for i in indexes]``; values kept in a cache (``pipeline._StoredPerArticle``)
    are read in one go (``take``), not one look-up each."""
    take = getattr(values, "take", None)
    return take(indexes) if take is not None else [values[i] for i in indexes]


def cluster_articles(
    articles: Sequence[Article],
    *,
    relations: Sequence[Relation] = (),
    threshold: float,
    split_threshold: float | None = None,
    bags: Sequence[Bag] | None = None,
    countries: Sequence[frozenset[str]] | None = None,
) -> tuple[list[list[int]], Mapping[tuple[int, int], float]]:
    """Group articles into stories; return lists of article indexes and the similarity graph.

    Two passes: groups by average linkage over the folder's TF-IDF; then, inside each group of
    at least ``_SPLIT_MIN`` articles, the same with weights read inside the group, which
    splits two events of one kind (two fights of one boxer, two earthquakes) apart.

    Args:
        articles: cleaned articles.
        relations: relations between them; copies start in their original's group.
        threshold: the average-linkage cosine at which groups merge (first pass).
        split_threshold: the same inside each group (second pass); None: no second pass.
        bags: ``article_terms`` of each article when already known (kept by an earlier build).
        countries: ``lead_countries`` of each article when already known (the same).

    Returns:
        Clusters of indexes into ``articles``, each sorted, ordered by their first index; and
        the first pass's ``(i, j) -> cosine`` graph.
    """
    if not articles:
        return [], {}
    index = {a.id: i for i, a in enumerate(articles)}
    if bags is None:
        bags = [article_terms(a) for a in articles]
    countries = list(countries) if countries is not None else [lead_countries(a) for a in articles]
    days = [_explicit_day(a) for a in articles]
    years = [_stated_dates(a) for a in articles]
    edges = _damp_unlike_pairs(similarity_graph(bags), countries, days, years)
    copies = [
        (index[r.from_], index[r.to])
        for r in relations
        if r.kind in _COPY_KINDS and r.to is not None and r.from_ in index and r.to in index
    ]
    reach = [_reach(d, y[0]) for d, y in zip(days, years)]
    coarse = average_linkage(len(articles), edges, threshold, copies, days, _YEARS_APART_DAYS, reach)
    if split_threshold is None:
        return coarse, edges
    # the first pass's edges inside each group of the second pass (one pass over the graph; the
    # phases of a story are rejoined on them)
    group_of = {i: k for k, group in enumerate(coarse) if len(group) >= _SPLIT_MIN for i in group}
    inner: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for (i, j), sim in edges.items():
        k = group_of.get(i)
        if k is not None and group_of.get(j) == k:
            inner[k][(i, j)] = sim
    out: list[list[int]] = []
    for k_group, group in enumerate(coarse):
        if len(group) < _SPLIT_MIN:
            out.append(group)
            continue
        pos = {g: k for k, g in enumerate(group)}
        local = _damp_unlike_pairs(
            similarity_graph(_items(bags, group), prior=_SPLIT_PRIOR),
            [countries[g] for g in group],
            [days[g] for g in group],
            [years[g] for g in group],
        )
        lcopies = [(pos[i], pos[j]) for i, j in copies if i in pos and j in pos]
        subs = [[group[k] for k in sub] for sub in average_linkage(
            len(group), local, split_threshold, lcopies, [days[g] for g in group], _YEARS_APART_DAYS,
            [reach[g] for g in group])]
        out.extend(rejoin_phases(subs, articles, inner[k_group]))
    return sorted((sorted(c) for c in out), key=lambda c: c[0]), edges


def _first_sentence(text: str, max_words: int = 14) -> str:
    line = next((ln.strip() for ln in text.splitlines() if len(ln.split()) >= 4), text.strip())
    m = re.match(r"(.+?[.!?])(\s|$)", line)
    sentence = m.group(1) if m else line
    words = sentence.split()
    if len(words) > max_words:
        sentence = " ".join(words[:max_words]).rstrip(",;:") + " \u2026"
    return sentence


def _centrality(n: int, edges: Mapping[tuple[int, int], float]) -> list[float]:
    """Each article's summed similarity to the others (the graph is sparse: one pass)."""
    out = [0.0] * n
    for (i, j), sim in edges.items():
        out[i] += sim
        out[j] += sim
    return out


def _title(members: Sequence[Article], central: Sequence[float], idx: Sequence[int]) -> str | None:
    """The title (or first sentence) of the story's most central article.

    Centrality is summed over the whole graph (mostly within the story: the graph's edges
    between stories are few and weak).
    """
    if not members:
        return None
    order = sorted(range(len(members)), key=lambda k: (-central[idx[k]], members[k].id))
    titled = [k for k in order if (members[k].title or "").strip()]
    if len(members) > 1:
        # a title that says nothing the story's other articles say is a page's, not the story's
        # (a site's tagline taken for a headline): the next most central title that does
        words = [_content_words(f"{m.title or ''} {m.text[:_LEAD_CHARS]}") for m in members]
        about = [k for k in titled
                 if _content_words(members[k].title or "") & set().union(*(w for j, w in enumerate(words) if j != k))]
        titled = about + [k for k in titled if k not in about]
    if titled:
        return (members[titled[0]].title or "").strip()
    text = members[order[0]].text
    return _first_sentence(text) if text.strip() else None


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 3 and w.lower() not in _STOP and not w[0].isdigit()}


def story_span(members: Iterable[Article]) -> tuple[str | None, str | None]:
    """The date span of a story: its articles' explicit publication dates, else their windows.

    Args:
        members: the story's articles.

    Returns:
        (earliest, latest) ISO dates, or None where no article is dated.
    """
    members = list(members)
    explicit = [a.published.date for a in members if a.published.date and a.published.basis == "explicit"]
    if explicit:
        return min(explicit), max(explicit)
    lo = [d for a in members for d in (a.published.date or a.published.earliest,) if d]
    hi = [d for a in members for d in (a.published.date or a.published.latest,) if d]
    return (min(lo) if lo else None, max(hi) if hi else None)


def story_id(article_ids: Iterable[str]) -> str:
    """Return the stable id of the story holding these articles (from its smallest article id)."""
    return stable_id("s", min(article_ids))


def build_stories(
    articles: Sequence[Article],
    *,
    relations: Sequence[Relation] = (),
    settings: Settings,
    bags: Sequence[Bag] | None = None,
    countries: Sequence[frozenset[str]] | None = None,
) -> tuple[tuple[Article, ...], tuple[Story, ...]]:
    """Cluster articles into stories; return the articles with ``story`` set, and the stories.

    Args:
        articles: cleaned articles (any order).
        relations: copies, wire stories and citations (``detect_relations``), computed before.
        settings: build settings (``story_threshold``).
        bags: each article's ``article_terms`` when already known (the same result, faster).
        countries: each article's ``lead_countries`` when already known (the same).

    Returns:
        The articles in their input order, each with ``story`` set, and the stories, largest
        first (ties: by id). Tracks and events are filled in later by the pipeline.
    """
    if not articles:
        return (), ()
    clusters, edges = cluster_articles(
        articles,
        relations=relations,
        threshold=settings.story_threshold,
        split_threshold=settings.story_split_threshold,
        bags=bags,
        countries=countries,
    )
    stories: list[Story] = []
    story_of: dict[str, str] = {}
    central = _centrality(len(articles), edges)
    for idx in clusters:
        members = [articles[i] for i in idx]
        sid = story_id(a.id for a in members)
        earliest, latest = story_span(members)
        stories.append(
            Story(
                id=sid,
                title=_title(members, central, idx),
                earliest=earliest,
                latest=latest,
                articles=tuple(a.id for a in members),
            )
        )
        for a in members:
            story_of[a.id] = sid
    stories.sort(key=lambda s: (-len(s.articles), s.id))
    out = tuple(dataclasses.replace(a, story=story_of[a.id]) for a in articles)
    return out, tuple(stories)
