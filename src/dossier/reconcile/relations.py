"""Relations between articles: copies, syndicated wire stories, citations, same event.

Four kinds of ``Relation`` are found, each pointing from the later / derived article to the
earlier / original one:

``near_duplicate``
    The same text (exact after normalisation: content hash) or nearly the same text
    (MinHash of word 5-grams, 128 permutations, ``MinHashLSH`` at
    ``settings.near_duplicate_threshold``; every LSH candidate is verified with the exact
    Jaccard of the two shingle sets, which is the ``score``; the LSH bands are weighted towards
    recall since candidates are verified). Exact copies are grouped by hash
    first and only one copy per group enters the LSH index, so nothing is compared pairwise:
    the work grows with the number of articles plus the number of LSH candidates. Each article
    is linked to the *earliest* article it nearly duplicates (a forest, at most n-1 links).
``syndicated``
    The article carries a wire service's credit (a dateline "(AP) —", a partner-feed marker
    "The-CNN-Wire" / "CNN Newsource", a copyright line "© 2024 Cable News Network", a byline
    "By ..., Associated Press", a sign-off "(Reporting by ...; Editing by ...)"; see
    ``relations_tables.WIRE_SERVICES``) and was carried by someone else (``Article.publisher``
    / ``outlet`` / the URL / a "<Name> is committed to ..." or copyright line of the page).
    ``outlet`` is the wire (whose journalism), ``to`` the wire's own article when the corpus
    holds it (same outlet, similar text), else None. A feed marker alone is enough (it only
    appears on partner copies); a dateline credit with no known publisher gives a lower score.
``cites``
    The article relays another outlet's reporting: "CNN reports", "cited by CNN", "as first
    reported by ...", "according to the Daily Example", a headline "CNN: ..." (score 0.85-0.9
    per cue, combined), or interviews: "told Reuters", "in an interview with ..." (0.6). Outlets
    are the known ones of ``relations_tables.OUTLETS`` or any capitalised name with a media word
    ("Daily Example", "Springfield Gazette"). The article's own outlet (``outlet``,
    ``publisher``, the wire it carries, a "Headline | Outlet" title suffix, the URL) never
    counts. When the own outlet is unknown, an outlet named *only* as an interviewer ("X told
    Euromaidan Press") may be the article's own: such a relation is kept with score 0.3 and
    says so. ``to`` is an article of the cited outlet in the corpus whose text contains what
    the citing sentences say (two shared quoted 5-word phrases, or 70 % of their content words
    other than the cue's) and is not later; otherwise None, so an outlet cited about another
    aspect of the story is not linked to the wrong article.
``same_event``
    Two independent reports of the same news: they quote the same words (shared 5-word
    shingles inside quotation marks: at least two, and at least 10 % of the smaller article's
    quoted shingles, since officials repeat stock phrases), share a figure or many names, and
    can have appeared within two days of each other. Without exact dates on both, the bar is
    higher (three shared shingles, a shared figure and 30 % shared capitalised names). Copies
    and two carriers of the same wire are excluded; quoted phrases found in more than
    ``MAX_QUOTE_POSTING`` articles are not used (they are common property, and skipping them
    bounds the work). Deliberately conservative.

Scale: one pass over the articles for fingerprints, credits, citations and quoted phrases;
LSH indexes and inverted indexes for the cross-article steps; no all-pairs comparison.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import re
import zlib
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

import numpy as np

from ..model import Article, Relation
from ..outlets import MEDIA_WORDS, OUTLETS, WIRE_SERVICES, WireService, canonical_outlet, wire_by_name
from ..settings import Settings
from .text import FUNCTION_WORDS, figures

NUM_PERM = 128
SHINGLE = 5  # words per shingle
MIN_WORDS_NEAR = 20  # shorter texts take part in exact matching only
SHINGLE_CACHE = 50_000  # shingle sets kept while verifying LSH candidates (~2 KB each)
MAX_QUOTE_POSTING = 64  # same_event: quoted phrases shared by more articles are not used
MAX_CITE_POOL = 300  # articles of a cited outlet compared with a citation (closest in date)
_WORD = re.compile(r"\w+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


# --- fingerprints -------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """Normalised words: case-folded runs of letters/digits (punctuation and spacing ignored)."""
    return _WORD.findall(text.casefold())


def shingle_hashes(words: Sequence[str], k: int = SHINGLE) -> np.ndarray:
    """Return the sorted unique 32-bit hashes of the word ``k``-grams of ``words``.

    Args:
        words: normalised words.
        k: words per shingle (a text shorter than ``k`` words is one shingle).

    Returns:
        A sorted ``uint32`` array (empty for no words). Deterministic across runs.
    """
    if not words:
        return np.empty(0, dtype=np.uint32)
    wh = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    k = min(k, len(words))
    n = len(words) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    mult = np.uint64(1_000_003)
    for j in range(k):
        h = (h * mult + wh[j : j + n]) & _MASK64
    h = (h ^ (h >> np.uint64(29))) & np.uint64(0xFFFFFFFF)
    return np.unique(h.astype(np.uint32))


# MinHash and its LSH index, as datasketch (2.x) makes them with ``MinHash(num_perm=128, seed=1,
# scheme="affine32", hashfunc=identity).update_batch(hashes)`` and ``MinHashLSH(threshold, weights)``:
# the same hash values, bands, candidates and candidate order (``test_relations_minhash`` checks
# them against datasketch). Written here because importing datasketch imports scipy.integrate
# (0.4 s of a new process's start on a quiet machine, ~2 s on a loaded one) and its index spends
# most of its time checking and byte-swapping each band.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_EMPTY_HASH = np.uint32((1 << 32) - 1)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations for seed 1: odd multipliers ``a`` and offsets ``b``."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


class MinHash:
    """A 128-permutation MinHash (affine32 scheme): ``hashvalues``, one minimum per permutation."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other: MinHash) -> float:
        """The estimated Jaccard similarity: the share of equal minima."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / float(len(self.hashvalues))


def minhash_of(hashes: np.ndarray) -> MinHash:
    """Return the 128-permutation MinHash of pre-hashed shingles.

    Args:
        hashes: 32-bit shingle hashes (see ``shingle_hashes``).

    Returns:
        A ``MinHash`` (affine32 scheme, shared permutations; the values datasketch gives).
    """
    if not hashes.size:
        return MinHash(np.full(NUM_PERM, _EMPTY_HASH, dtype=np.uint32))
    a, b = _permutations()
    s1, m1, s2, m2, s3 = _FMIX32
    hv = np.asarray(hashes, dtype=np.uint32).reshape(-1, 1)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return MinHash(np.minimum(np.full(NUM_PERM, _EMPTY_HASH, dtype=np.uint32), (hv * a + b).min(axis=0)))


# (threshold, weights) -> (bands, rows): datasketch's ``_optimal_param`` for the indexes made here
_LSH_PARAMS = {(0.8, (0.1, 0.9)): (14, 9), (0.5, (0.2, 0.8)): (30, 4), (0.2, (0.1, 0.9)): (64, 2)}


class MinHashLSH:
    """datasketch's ``MinHashLSH`` (dict storage) for our MinHashes: bands of ``r`` minima, a key is a
    candidate of a query when one band is equal. The same sets in the same order as datasketch's
    (each bucket a set filled in insertion order, the candidates one set filled band by band)."""

    def __init__(self, threshold: float, num_perm: int = NUM_PERM, weights: tuple[float, float] = (0.5, 0.5)) -> None:
        params = _LSH_PARAMS.get((threshold, weights))
        if params is None:  # another threshold (a setting): datasketch's own choice
            from datasketch.lsh import _optimal_param

            params = _optimal_param(threshold, num_perm, *weights)
        self.b: int = int(params[0])
        self.r: int = int(params[1])
        self.tables: list[dict[bytes, set[int]]] = [{} for _ in range(self.b)]

    def _bands(self, minhash: MinHash | None) -> list[bytes]:
        if minhash is None:  # callers index only texts long enough to have one
            raise TypeError("no MinHash")
        hv, r = minhash.hashvalues, self.r
        return [hv[i * r : (i + 1) * r].tobytes() for i in range(self.b)]

    def insert(self, key: int, minhash: MinHash | None) -> None:
        """Index ``key`` under each band of ``minhash``."""
        for table, band in zip(self.tables, self._bands(minhash)):
            found = table.get(band)
            if found is None:
                table[band] = {key}
            else:
                found.add(key)

    @contextlib.contextmanager
    def insertion_session(self) -> Iterator[MinHashLSH]:
        """datasketch's batch insertion (here the same as ``insert``)."""
        yield self

    def query(self, minhash: MinHash | None) -> list[int]:
        """The keys that share a band with ``minhash``."""
        candidates: set[int] = set()
        for table, band in zip(self.tables, self._bands(minhash)):
            for key in table.get(band, ()):
                candidates.add(key)
        return list(candidates)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


@dataclass
class _Fp:
    """Fingerprint of one article's text."""

    n_words: int
    digest: str
    minhash: MinHash | None


def _fingerprint(text: str) -> _Fp:
    words = _words(text)
    digest = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
    mh = minhash_of(shingle_hashes(words)) if len(words) >= MIN_WORDS_NEAR else None
    return _Fp(len(words), digest, mh)


# --- ordering: which article is the earlier / original one --------------------------------


def _day(article: Article) -> str | None:
    """The article's publication day when known as one day (explicit or inferred), else None."""
    value = article.published.date
    return value[:10] if value else None


def _window(article: Article) -> tuple[date | None, date | None]:
    """The earliest and latest day the article can have been published (None: open)."""
    p = article.published
    if p.date:
        d = _to_date(p.date)
        return d, d
    return _to_date(p.earliest), _to_date(p.latest)


def _windows_within(a: Article, b: Article, days: int) -> bool:
    """Whether the two articles can have been published at most ``days`` apart."""
    (alo, ahi), (blo, bhi) = _window(a), _window(b)
    if alo and bhi and (alo - bhi).days > days:
        return False
    if blo and ahi and (blo - ahi).days > days:
        return False
    return True


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _day_distance(a: Article, b: Article) -> int:
    """Days between two articles' publication days (large when either is unknown)."""
    da, db = _to_date(_day(a)), _to_date(_day(b))
    return abs((da - db).days) if da and db else 10**6


def _rank_keys(articles: Sequence[Article], carried: Sequence[bool]) -> list[tuple[int, str, int]]:
    """Sort key per article: originals before carried copies, earlier dates first, input order."""
    return [(1 if carried[i] else 0, _day(a) or "~", i) for i, a in enumerate(articles)]


# --- 1. exact and near-duplicate copies --------------------------------------------------


def _shingle_sets(articles: Sequence[Article], *, unique: bool = False) -> Callable[[int], np.ndarray]:
    """An article's word-shingle hashes by index, the last ``SHINGLE_CACHE`` kept (an LRU): the
    sets of the candidates being verified are asked for again and again."""
    cache: OrderedDict[int, np.ndarray] = OrderedDict()

    def shingles(i: int) -> np.ndarray:
        if i in cache:
            cache.move_to_end(i)
            return cache[i]
        if len(cache) >= SHINGLE_CACHE:
            cache.popitem(last=False)
        hashes = shingle_hashes(_words(articles[i].text))
        cache[i] = np.unique(hashes) if unique else hashes
        return cache[i]

    return shingles


def _near_duplicates(
    articles: Sequence[Article], fps: Sequence[_Fp], rank: Sequence[tuple[int, str, int]], threshold: float
) -> list[tuple[int, int, float, str]]:
    """Return (later index, earlier index, score, evidence) for exact and near copies."""
    out: list[tuple[int, int, float, str]] = []
    groups: dict[str, list[int]] = defaultdict(list)
    for i, fp in enumerate(fps):
        if fp.n_words:
            groups[fp.digest].append(i)
    reps: list[int] = []
    for members in groups.values():
        members.sort(key=lambda i: rank[i])
        reps.append(members[0])
        for i in members[1:]:
            out.append((i, members[0], 1.0, "exact copy (same words after normalisation)"))
    lsh_members = [i for i in reps if fps[i].minhash is not None]
    if len(lsh_members) < 2:
        return out
    # weights favour recall: every candidate is verified exactly, so a false candidate costs one
    # set intersection, a missed one a copy (98 % recall of pairs >= 0.8 against 80 % with the
    # default balanced weights, on perturbed BBC copies)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=(0.1, 0.9))
    with lsh.insertion_session() as session:
        for i in lsh_members:
            session.insert(i, fps[i].minhash)
    shingles = _shingle_sets(articles)

    for i in sorted(lsh_members, key=lambda i: rank[i]):
        cands = [j for j in lsh.query(fps[i].minhash) if j != i and rank[j] < rank[i]]
        for j in sorted(cands, key=lambda j: rank[j]):
            score = jaccard(shingles(i), shingles(j))
            if score >= threshold:
                out.append((i, j, round(score, 4), f"{score:.2f} of word {SHINGLE}-grams shared"))
                break
    return out


# most of the shorter text's word 5-grams inside the longer one: a derivative, not a new report
DERIVATIVE_CONTAINMENT = 0.6
# LSH threshold for derivative candidates: a text wholly inside one four times its length has a
# Jaccard of 0.25; candidates are verified with the exact containment
_DERIVATIVE_LSH = 0.2


def _derivatives(
    articles: Sequence[Article], fps: Sequence[_Fp], rank: Sequence[tuple[int, str, int]], copy_of: dict[int, int]
) -> list[tuple[int, int, float, str]]:
    """(later index, earlier index, containment, evidence) for texts mostly inside another.

    Copies found before (``copy_of``) take no part. The containment is that of the shorter
    text's 5-gram set in the longer one's; each article is linked to at most one earlier article.
    """
    members = [i for i, fp in enumerate(fps) if fp.minhash is not None and i not in copy_of]
    if len(members) < 2:
        return []
    lsh = MinHashLSH(threshold=_DERIVATIVE_LSH, num_perm=NUM_PERM, weights=(0.1, 0.9))
    with lsh.insertion_session() as session:
        for i in members:
            session.insert(i, fps[i].minhash)
    shingles = _shingle_sets(articles, unique=True)

    out: list[tuple[int, int, float, str]] = []
    for i in sorted(members, key=lambda i: rank[i]):
        best: tuple[float, int] | None = None
        for j in lsh.query(fps[i].minhash):
            if j == i or rank[j] > rank[i]:
                continue
            a, b = shingles(i), shingles(j)
            small = min(len(a), len(b))
            if not small:
                continue
            inside = len(np.intersect1d(a, b, assume_unique=True)) / small
            if inside >= DERIVATIVE_CONTAINMENT and (best is None or inside > best[0]):
                best = (inside, j)
        if best is not None:
            inside, j = best
            shorter = "its" if fps[i].n_words <= fps[j].n_words else "the earlier text's"
            out.append((i, j, round(inside, 4), f"{inside:.2f} of {shorter} word {SHINGLE}-grams in the other"))
    return out


# --- 2. wire credits and syndication ------------------------------------------------------


@dataclass(frozen=True)
class WireCredit:
    """A wire service credited by an article, with how strongly and in which words."""

    wire: str
    score: float
    evidence: tuple[str, ...]
    feed: bool  # a partner-feed marker (only ever on someone else's copy)


def _alias_alternation(names: Sequence[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _credit_prefilter() -> re.Pattern[str]:
    """Words without which no credit pattern can match a line (a cheap first test)."""
    names = [n for w in WIRE_SERVICES for n in (w.name, *w.aliases)]
    return re.compile(
        _alias_alternation(names)
        + r"|(?i:©|\(c\)|copyright|reporting by|writing by|newsource|cable news|-wire\b)|\)\s*(?:[—–]|-{1,2})"
    )


@functools.lru_cache(maxsize=1)
def _credit_words() -> tuple[str, ...]:
    """Plain substrings of which a line matching ``_credit_prefilter`` holds one (the service names,
    none holding another; the case-insensitive words lower-cased; the closing parenthesis)."""
    names = sorted({n for w in WIRE_SERVICES for n in (w.name, *w.aliases)}, key=len)
    kept: list[str] = []
    for n in names:
        if not any(k in n for k in kept):
            kept.append(n)
    return tuple(kept)


_CREDIT_WORDS_LOWER = ("\u00a9", "(c)", "copyright", "reporting by", "writing by", "newsource", "cable news", "-wire", ")")
# characters that case-insensitive matching takes for an ASCII letter although ``str.lower`` does not make them one
_FOLDS_TO_ASCII = re.compile("[\u0131\u017f\u0130\u212a]")


def _may_credit(line: str) -> bool:
    """False only when ``_credit_prefilter`` cannot match the line (a cheaper test of its words first)."""
    if not _FOLDS_TO_ASCII.search(line) and not any(n in line for n in _credit_words()):
        low = line.lower()
        if not any(w in low for w in _CREDIT_WORDS_LOWER):
            return False
    return _credit_prefilter().search(line) is not None


@functools.lru_cache(maxsize=1)
def _credit_patterns() -> tuple[list[tuple[re.Pattern[str], str, float, bool]], dict[str, str]]:
    """Compiled credit patterns: (regex, wire name or '' for alias group, score, feed)."""
    alias_to_wire: dict[str, str] = {}
    for wire in WIRE_SERVICES:
        for alias in (wire.name, *wire.aliases):
            alias_to_wire.setdefault(alias, wire.name)
    alt = _alias_alternation(list(alias_to_wire))
    pats: list[tuple[re.Pattern[str], str, float, bool]] = []
    for wire in WIRE_SERVICES:
        for p in wire.feed:
            pats.append((re.compile(p, re.IGNORECASE), wire.name, 0.95, True))
        for p in wire.copyright:
            pats.append((re.compile(p, re.IGNORECASE), wire.name, 0.9, False))
        for p in wire.signoff:
            pats.append((re.compile(p), wire.name, 0.7, False))
    # dateline: "WASHINGTON (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "(CNN) —"
    pats.append((re.compile(r"^(?:[^\n()]{0,80}?\s)?\(\s*(?P<alias>" + alt + r")\s*\)\s*(?:[—–]|-{1,2})"), "", 0.85, False))
    # byline: "By Jane Doe, Associated Press" / "By Jane Doe | Reuters"
    pats.append((re.compile(r"^By\s+[^\n]{2,120}?\s*[,|/]\s*(?:The\s+)?(?P<alias>" + alt + r")\s*$"), "", 0.8, False))
    # end credit of the last paragraph: "... he said. — AFP"
    pats.append((re.compile(r"\s(?:[—–]|--)\s*(?P<alias>" + alt + r")\s*$"), "", 0.7, False))
    # the same forms for a service not in the table ("The-Meridian-Wire", "(Meridian) —")
    name = r"[A-Z][A-Za-z&'.-]*(?:\s[A-Z][A-Za-z&'.-]*){0,2}"
    pats.append((re.compile(r"^The-(?P<generic>[A-Z][A-Za-z]+)-Wire$"), "", 0.9, True))
    pats.append((re.compile(r"^(?P<generic>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\sNewsource$"), "", 0.9, True))
    # an unknown name counts only as a real dateline: at the start of the paragraph, after
    # nothing or a place in capitals ("BRASK, Varnia, March 5 (Meridian) —"), so that an
    # acronym defined in a sentence ("the Monetary Policy Committee (MPC) -") is not taken
    place = r"[A-Z]{2}[A-Z .'-]*(?:,[^()\n]{1,40}?)?\s"
    pats.append(
        (re.compile(r"^(?:" + place + r")?\((?P<generic>" + name + r")\)\s*(?:[—–]|-{1,2})\s"), "", 0.75, False)
    )
    return pats, alias_to_wire


# words seen in parentheses before a dash that are not a news service
_NOT_A_SERVICE = frozenset(
    """Updated Update Photo Photos Video Videos Watch Listen Audio Opinion Analysis Editorial Exclusive
    Breaking Live Sponsored Advertisement Ad Graphic Map File Archive Podcast Review Correction""".split()
)


def wire_credit(article: Article) -> WireCredit | None:
    """Find the wire service an article credits, from its text and its removed lines.

    Args:
        article: a cleaned article (its ``removed`` lines are read too, since credits such as
            "The-CNN-Wire" or a copyright line are usually taken out as clutter).

    Returns:
        The strongest credited wire, or None. ``Article.wire`` set by the cleaner counts as
        a credit of score 0.8.
    """
    pats, alias_to_wire = _credit_patterns()
    lines = [ln.strip() for ln in article.text.splitlines()]
    lines += [ln.strip() for r in article.removed for ln in r.text.splitlines()]
    found: dict[str, list[tuple[float, str, bool]]] = defaultdict(list)
    if article.wire:
        wire = wire_by_name(article.wire)
        found[wire.name if wire else (canonical_outlet(article.wire) or article.wire)].append(
            (0.8, f"wire: {article.wire}", False)
        )
    for line in lines:
        if not line or len(line) > 2000 or not _may_credit(line):
            continue
        for rx, wire_name, score, feed in pats:
            m = rx.search(line)
            if not m:
                continue
            groups = m.groupdict()
            if groups.get("generic"):
                written = groups["generic"]
                if written in alias_to_wire or written.split()[0] in _NOT_A_SERVICE:
                    continue  # known services are matched by their own patterns
                name = canonical_outlet(written) or ""
            else:
                name = wire_name or alias_to_wire.get(groups.get("alias") or "", "")
            if name:
                found[name].append((score, m.group(0).strip()[:80], feed))
    if not found:
        return None
    best: WireCredit | None = None
    for name, hits in found.items():
        score = 1.0 - math.prod(1.0 - s for s, _, _ in hits)
        evidence = tuple(dict.fromkeys(e for _, e, _ in hits))
        credit = WireCredit(name, round(score, 4), evidence, any(f for _, _, f in hits))
        if best is None or credit.score > best.score:
            best = credit
    return best


_COMMITTED = re.compile(r"^(?P<name>[A-Z0-9][\w&'.-]*(?:\s+[\w&'.-]+){0,5}?)\s+is committed to\b")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?:by\s+)?(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,5})",
)


_SITE_POLICY = re.compile(r"\b(?:forum|conversation|comments?|community|journalism|readers|accuracy|privacy)\b", re.IGNORECASE)
_PICTURE_CREDIT = re.compile(r"\b(?:Images|Photos?|Getty|Shutterstock|Alamy|EPA|Pool|Video)\b")


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    host = host.lower()
    return host[4:] if host.startswith("www.") else host or None


def _carrier(article: Article, wire: WireService | None, wire_name: str) -> tuple[str | None, bool]:
    """Return (the publisher that carried the article if not the wire, whether it is the wire's own page)."""
    if canonical_outlet(article.outlet) == wire_name and canonical_outlet(article.publisher) in (None, wire_name):
        return None, True  # the wire's own article: no other publisher
    for cand in (article.publisher, article.outlet):
        canon = canonical_outlet(cand)
        if canon and canon != wire_name:
            return canon, False
    host = _domain(article.url)
    if host:
        if wire is not None and any(host == d or host.endswith("." + d) for d in wire.domains):
            return None, True
        return host, False
    lines = [ln.strip() for ln in article.text.splitlines()[-80:]]
    lines += [ln.strip() for r in article.removed for ln in r.text.splitlines()]
    for line in lines:
        for rx in (_COMMITTED, _COPYRIGHT):
            m = rx.search(line)
            if not m:
                continue
            if rx is _COMMITTED and not _SITE_POLICY.search(line):
                continue  # "The government is committed to ..." is not a page's own statement
            name = m.group("name").strip(" .,")
            if _PICTURE_CREDIT.search(name):
                continue
            canon = canonical_outlet(name)
            if canon and canon != wire_name and len(name) > 2 and not any(
                re.search(p, line, re.IGNORECASE) for p in (wire.copyright if wire else ())
            ):
                return canon, False
    return None, False


@dataclass(frozen=True)
class _Syndication:
    wire: str
    carrier: str | None
    score: float
    evidence: str


def _syndication(article: Article, credit: WireCredit | None) -> _Syndication | None:
    """Decide whether an article is a wire story carried by another publisher."""
    if credit is None:
        return None
    wire = wire_by_name(credit.wire)
    carrier, own_page = _carrier(article, wire, credit.wire)
    if own_page:
        return None
    evidence = "; ".join(credit.evidence)
    if carrier is not None:
        return _Syndication(credit.wire, carrier, credit.score, f"{evidence} (carried by {carrier})")
    if credit.feed:
        return _Syndication(credit.wire, None, credit.score, evidence)
    return _Syndication(credit.wire, None, round(credit.score * 0.7, 4), f"{evidence} (publisher unknown)")


# --- 3. citations of another outlet's reporting ------------------------------------------

_STOP = FUNCTION_WORDS


def _cite_patterns(corpus_names: Sequence[str] = ()) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = [n for canon, aliases in OUTLETS.items() for n in (canon, *aliases)] + list(corpus_names)
    known = _alias_alternation([re.sub(r"^(?:The|the)\s+", "", n) for n in names])
    media = "|".join(MEDIA_WORDS)
    cap = r"[A-Z][\w&'.-]*"
    tail = r"(?!(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Minister)\b)[A-Z][\w&'-]*"
    generic = rf"(?:{cap}\s+){{0,3}}(?:{media})(?:\s+{tail}){{0,2}}"
    outlet = rf"(?:[Tt]he\s+)?(?P<o>(?:{known})(?![\w-])|{generic}(?![\w-]))"
    interview = (
        r"\b(?:told|tells|telling|speaking to|speaking with|said to|in an interview with|interviewed by|"
        r"in comments to|in a statement to)\s+" + outlet
    )
    relayed = (
        r"\b(?:according to|cited by|quoted by|reported by|first reported by|as reported by|reporting by|"
        r"reporting from|h/t|via|per|(?:a |an |the )?(?:report|story|article|investigation|interview)s?\s+(?:by|in|from|published by)|"
        r"reports? (?:by|in|from))\s+(?:(?:a|an|the)\s+(?:report|story|article)\s+(?:by|in|from)\s+)?" + outlet
    )
    verb = (
        r"(?<![\w-])" + outlet + r"(?:['’]s)?\s+(?:has\s+|had\s+|have\s+|first\s+|also\s+|previously\s+|earlier\s+|later\s+)?"
        r"(?:" + _REPORT_VERBS + r")$"
    )
    return re.compile(interview), re.compile(relayed), re.compile(verb)


_REPORT_VERBS = (
    r"reports|reported|reporting|wrote|writes|revealed|reveals|published|broke|learned|learnt|obtained|"
    r"cited|quoted|said in a report|found"
)
_REPORT_VERB = re.compile(r"\b(?:" + _REPORT_VERBS + r")\b")


@dataclass(frozen=True)
class CorpusOutlets:
    """Outlet names of one corpus and the citation patterns that recognise them.

    Built once per ``detect_relations`` call (``corpus_outlets``), so that "Meridian reported"
    is read as a citation when Meridian is an outlet of the corpus, without a media word.
    """

    names: frozenset[str]
    patterns: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]


def corpus_outlets(names: Sequence[str] = ()) -> CorpusOutlets:
    """Compile the citation patterns for the tables' outlets plus ``names``.

    Args:
        names: canonical outlet names of the corpus (outlets, publishers, credited wires).

    Returns:
        A ``CorpusOutlets`` to pass to ``citations``.
    """
    extra = sorted({n for n in names if n})
    return CorpusOutlets(frozenset(extra), _cite_patterns(extra))


@functools.lru_cache(maxsize=1)
def _table_outlets() -> CorpusOutlets:
    return corpus_outlets(())


def _cue_matches(text: str, outlets: CorpusOutlets) -> list[tuple[float, str, int, int]]:
    """(score, outlet as written, start, end) of every citation cue in ``text``.

    The "<Outlet> reported" form is searched only in a short window before each reporting
    verb, so that the long outlet alternation is not tried at every position of the text.
    """
    interview, relayed, verb = outlets.patterns
    out: list[tuple[float, str, int, int]] = []
    for rx, score in ((relayed, 0.85), (interview, _INTERVIEW)):
        for m in rx.finditer(text):
            out.append((score, m.group("o"), m.start(), m.end()))
    for v in _REPORT_VERB.finditer(text):
        lo = max(0, v.start() - 120)
        window = text[lo : v.end()]
        hit = verb.search(window)
        if hit:
            out.append((0.85, hit.group("o"), lo + hit.start(), lo + hit.end()))
    return out


_INTERVIEW = 0.6  # score of an interview cue ("told X"): X's reporting, relayed or not


@dataclass(frozen=True)
class Citation:
    """Another outlet whose reporting an article relays."""

    outlet: str
    score: float
    evidence: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # the citing sentences, offsets into article.text


def _is_outlet_name(name: str, corpus_names: frozenset[str] = frozenset()) -> bool:
    canon = canonical_outlet(name)
    if canon in OUTLETS or wire_by_name(name) is not None or canon in corpus_names:
        return True
    tokens = name.split()
    return len(tokens) >= 2 and any(t in MEDIA_WORDS for t in tokens)


def _title_of(article: Article) -> str | None:
    if article.title:
        return article.title
    for line in article.text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) < 200 and not line.endswith(".") else None
    return None


_TITLE_PREFIX = re.compile(r"^\s*(?P<o>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s*:\s+\S")
_TITLE_SUFFIX = re.compile(r"\s(?:\||[-–—])\s+(?P<o>[A-Z][\w&'. -]{1,60})\s*$")


def own_outlets(article: Article, credit: WireCredit | None = None) -> frozenset[str]:
    """The outlets an article speaks as: its outlet, publisher, credited wire, title suffix, domain.

    Args:
        article: a cleaned article.
        credit: its wire credit, if known.

    Returns:
        Canonical outlet names; a citation of any of them is a self-reference.
    """
    own: set[str] = set()
    for name in (article.outlet, article.publisher, credit.wire if credit else None):
        canon = canonical_outlet(name)
        if canon:
            own.add(canon)
    title = _title_of(article)
    if title:
        m = _TITLE_SUFFIX.search(title)
        if m and _is_outlet_name(m.group("o").strip()):
            own.add(canonical_outlet(m.group("o")) or m.group("o"))
    host = _domain(article.url)
    if host:
        for wire in WIRE_SERVICES:
            if any(host == d or host.endswith("." + d) for d in wire.domains):
                own.add(wire.name)
    return frozenset(own)


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    s = 0 if left < 0 else left + 1
    while s < start and text[s].isspace():
        s += 1
    m = _SENTENCE_STOP.search(text, end)
    e = m.end() if m else len(text)
    return s, e


def citations(
    article: Article, credit: WireCredit | None = None, outlets: CorpusOutlets | None = None
) -> list[Citation]:
    """Find the other outlets whose reporting an article relays.

    Args:
        article: a cleaned article.
        credit: its wire credit (a wire copy citing its own wire is not a citation).
        outlets: the corpus's outlet names and patterns (``corpus_outlets``), so that its
            outlets are recognised without a media word ("Meridian reported"); default: the
            tables' outlets only.

    Returns:
        One ``Citation`` per cited outlet, strongest first.
    """
    known = outlets if outlets is not None else _table_outlets()
    own = own_outlets(article, credit)
    hits: dict[str, list[tuple[float, str, tuple[int, int]]]] = defaultdict(list)
    title = _title_of(article)
    if title:
        m = _TITLE_PREFIX.match(title)
        if m and _is_outlet_name(m.group("o"), known.names):
            canon = canonical_outlet(m.group("o")) or m.group("o")
            if canon not in own:
                pos = article.text.find(title)
                span = (pos, pos + len(title)) if pos >= 0 else (0, 0)
                hits[canon].append((0.9, f"headline “{m.group('o')}: …”", span))
    text = article.text
    for score, written, start, end in _cue_matches(text, known):
        name = written.strip().rstrip(".")
        if not _is_outlet_name(name, known.names):
            continue
        canon = canonical_outlet(name) or name
        if canon in own:
            continue
        hits[canon].append((score, text[start:end].strip(), _sentence_around(text, start, end)))
    out = []
    for canon, found in hits.items():
        score = 1.0 - math.prod(1.0 - s for s, _, _ in found)
        evidence = tuple(dict.fromkeys(e for _, e, _ in found))[:5]
        if not own and all(s == _INTERVIEW for s, _, _ in found):
            # "told X" in an article whose own outlet is unknown may be X's own interview
            score = 0.3
            evidence += ("interview only, and the article's own outlet is unknown: may be its own interview",)
        spans = tuple(dict.fromkeys(sp for _, _, sp in found if sp[1] > sp[0]))
        out.append(Citation(canon, round(score, 4), evidence, spans))
    out.sort(key=lambda c: (-c.score, c.outlet))
    return out


_QUOTE = re.compile(r"[“\"]([^”\"\n]{12,800})[”\"]")


def _content_words(text: str) -> set[str]:
    return {w for w in _words(text) if (len(w) > 3 or w.isdigit()) and w not in _STOP}


def _quote_shingles(text: str, k: int = 5) -> set[int]:
    out: set[int] = set()
    for m in _QUOTE.finditer(text):
        words = _words(m.group(1))
        for i in range(len(words) - k + 1):
            out.add(zlib.crc32(" ".join(words[i : i + k]).encode("utf-8")))
    return out


@dataclass
class _TextFeatures:
    words: set[str]
    quotes: set[int]


def _text_features(text: str) -> _TextFeatures:
    return _TextFeatures(_content_words(text), _quote_shingles(text))


def _match_cited(
    article: Article, cit: Citation, candidates: Sequence[tuple[Article, _TextFeatures]]
) -> tuple[Article | None, float]:
    """Pick the candidate article that holds what the citing sentences relay, if any."""
    cited = " ".join(article.text[s:e] for s, e in cit.spans)
    words = _content_words(cited) - _content_words(" ".join(cit.evidence))  # not the cue's own words
    quotes = _quote_shingles(cited)
    if not words:
        return None, 0.0
    mine_latest = _window(article)[1]
    best: tuple[Article | None, float] = (None, 0.0)
    for cand, feats in candidates:
        theirs_earliest = _window(cand)[0]
        if mine_latest and theirs_earliest and (theirs_earliest - mine_latest).days > 1:
            continue  # an article cannot relay one published later
        containment = len(words & feats.words) / len(words)
        shared_quotes = len(quotes & feats.quotes) if quotes else 0
        ok = shared_quotes >= 2 or containment >= 0.7
        score = max(containment, min(1.0, 0.6 + 0.1 * shared_quotes)) if ok else 0.0
        if score > best[1]:
            best = (cand, score)
    return best


# --- 4. independent reports of the same event --------------------------------------------

_CAPWORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


@dataclass
class _EventFeatures:
    quotes: set[int]
    numbers: set[str]
    names: set[str]


def _event_features(text: str) -> _EventFeatures:
    names = {w.casefold() for w in _CAPWORD.findall(text)} - _STOP
    return _EventFeatures(_quote_shingles(text), figures(text), names)


def _same_events(
    articles: Sequence[Article],
    rank: Sequence[tuple[int, str, int]],
    excluded: set[frozenset[int]],
    credits: Sequence[WireCredit | None],
    features: Sequence[_EventFeatures] | None = None,
) -> list[tuple[int, int, float, str]]:
    feats = list(features) if features is not None else [_event_features(a.text) for a in articles]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for q in f.quotes:
            postings[q].append(i)
    cap = MAX_QUOTE_POSTING  # a phrase quoted by more articles is too common to tell events apart
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if len(members) < 2 or len(members) > cap:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                shared[(members[x], members[y])] += 1
    out = []
    for (i, j), q in sorted(shared.items()):
        if q < 2 or frozenset((i, j)) in excluded:
            continue
        ci, cj = credits[i], credits[j]
        if ci is not None and cj is not None and ci.wire == cj.wire:
            continue  # two carriers of the same wire journalism are not independent reports
        if not _windows_within(articles[i], articles[j], 2):
            continue
        nums = feats[i].numbers & feats[j].numbers
        union = feats[i].names | feats[j].names
        names = len(feats[i].names & feats[j].names) / len(union) if union else 0.0
        overlap = q / max(1, min(len(feats[i].quotes), len(feats[j].quotes)))
        dated = _day(articles[i]) is not None and _day(articles[j]) is not None
        if overlap < 0.1:
            continue  # officials repeat stock phrases; a few shared words are not the same event
        if dated:
            if not (nums or names >= 0.2):
                continue
        elif q < 3 or not nums or names < 0.3:
            continue
        score = round(min(0.95, 0.3 + 0.1 * min(q, 4) + 0.1 * min(len(nums), 2) + 0.2 * names), 4)
        late, early = (i, j) if rank[i] > rank[j] else (j, i)
        evidence = f"{q} shared quoted 5-word phrases; shared figures: {', '.join(sorted(nums)[:5]) or 'none'}"
        out.append((late, early, score, evidence))
    return out


def near_duplicate_pairs(articles: Sequence[Article], *, settings: Settings) -> list[tuple[str, str, float]]:
    """Exact and near-duplicate copies only (the first step of ``detect_relations``).

    Args:
        articles: cleaned articles.
        settings: build settings (``near_duplicate_threshold``).

    Returns:
        (later article id, earlier article id, verified Jaccard) for each copy found.
    """
    arts = list(articles)
    rank = _rank_keys(arts, [False] * len(arts))
    fps = [_fingerprint(a.text) for a in arts]
    found = _near_duplicates(arts, fps, rank, settings.near_duplicate_threshold)
    return [(arts[i].id, arts[j].id, score) for i, j, score, _ in found]


# --- entry point --------------------------------------------------------------------------


def article_signals(article: Article) -> tuple[WireCredit | None, _Syndication | None, _Fp]:
    """What ``detect_relations`` reads from one article alone: its wire credit, whether it is
    carried wire copy, and its text's fingerprint (a function of the article only, so a build
    may keep it)."""
    credit = wire_credit(article)
    return credit, _syndication(article, credit), _fingerprint(article.text)


def event_features(article: Article) -> _EventFeatures:
    """What the same-event step reads from one article alone (a function of the article only,
    so a build may keep it)."""
    return _event_features(article.text)


def outlets_key(outlets: CorpusOutlets) -> str:
    """A short digest of the corpus's outlet names: ``citations`` of an article is a function of
    the article and of these names (the patterns are made from them), so a build may keep each
    article's citations under its own key and this one."""
    return hashlib.sha1("\x1f".join(sorted(outlets.names)).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_citations(outlets: CorpusOutlets) -> Callable[[Article], list[Citation]]:
    """``citations`` of one article against the corpus's outlets (its credit read from it)."""
    return lambda article: citations(article, wire_credit(article), outlets)


# each article's value of a per-article function, kept between builds: (kind, function) ->
# the values in article order (``pipeline._cached_per_article``); None: computed here
PerArticle = Callable[[str, Callable[[Article], Any]], "Sequence[Any] | None"]


def detect_relations(
    articles: Sequence[Article],
    *,
    settings: Settings,
    signals: Sequence[tuple[WireCredit | None, _Syndication | None, _Fp]] | None = None,
    per_article: PerArticle | None = None,
) -> tuple[Relation, ...]:
    """Return the relations found between the articles.

    Args:
        articles: cleaned articles (ids unique).
        settings: build settings (``near_duplicate_threshold``).
        signals: each article's ``article_signals`` when already known (the same result, faster).
        per_article: where each article's citations (under ``"cites-" + outlets_key``) and
            ``event_features`` (under ``"evfeat"``) are kept between builds (the same result, faster).

    Returns:
        ``Relation`` records, each from the later / derived article to the earlier / original
        one (``to`` None when the original is not in the corpus), sorted by kind, from, to.
    """
    arts = list(articles)
    if not arts:
        return ()
    # walked once: kept signals may be read back from a cache as they are walked
    signals = [article_signals(a) for a in arts] if signals is None else list(signals)
    credits = [sig[0] for sig in signals]
    synd = [sig[1] for sig in signals]
    rank = _rank_keys(arts, [s is not None for s in synd])
    fps = [sig[2] for sig in signals]
    relations: list[Relation] = []
    related: set[frozenset[int]] = set()
    copy_of: dict[int, int] = {}

    def own_outlet(i: int) -> str | None:
        found = synd[i]
        if found is not None:
            return found.wire
        return canonical_outlet(arts[i].outlet) or canonical_outlet(arts[i].publisher)

    # 1. copies
    for late, early, score, evidence in _near_duplicates(arts, fps, rank, settings.near_duplicate_threshold):
        relations.append(Relation("near_duplicate", arts[late].id, arts[early].id, own_outlet(early), score, evidence))
        related.add(frozenset((late, early)))
        copy_of[late] = early

    # 1b. derivatives: most of one text inside a longer one (a wire story a publisher extended or
    # rewrote around its quotes, an excerpt). Where one of the two credits a wire and the other
    # credits none, the other carries that wire's words: it is the wire's syndicated copy
    for late, early, score, evidence in _derivatives(arts, fps, rank, copy_of):
        related.add(frozenset((late, early)))
        credit_late, credit_early = credits[late], credits[early]
        if (credit_late is None) != (credit_early is None):
            carrier, source = (late, early) if credit_late is None else (early, late)
            wire = (credit_early or credit_late).wire  # type: ignore[union-attr]
            own = synd[source] is None  # the credited article is the wire's own page
            relations.append(
                Relation("syndicated", arts[carrier].id, arts[source].id if own else None, wire, score,
                         f"{evidence}, credited to {wire}")
            )
            continue
        relations.append(Relation("near_duplicate", arts[late].id, arts[early].id, own_outlet(early), score, evidence))

    # 2. syndicated wire copies; `to` = the wire's own article when the corpus holds it, found
    # through an LSH index of the wires' own articles (estimated Jaccard >= 0.5)
    wires = {x.wire for x in synd if x is not None}
    originals = [
        i for i, a in enumerate(arts) if synd[i] is None and canonical_outlet(a.outlet) in wires and fps[i].minhash is not None
    ]
    orig_lsh: MinHashLSH | None = None
    if originals:
        orig_lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM, weights=(0.2, 0.8))
        for j in originals:
            orig_lsh.insert(j, fps[j].minhash)
    for i, found in enumerate(synd):
        if found is None:
            continue
        target: int | None = None
        best = 0.5
        mh = fps[i].minhash
        if orig_lsh is not None and mh is not None:
            for j in sorted(orig_lsh.query(mh)):
                other = fps[j].minhash
                if j == i or other is None or canonical_outlet(arts[j].outlet) != found.wire:
                    continue
                est = mh.jaccard(other)
                if est > best:
                    target, best = j, est
        if target is None and i in copy_of and own_outlet(copy_of[i]) == found.wire and synd[copy_of[i]] is None:
            target = copy_of[i]
        relations.append(
            Relation(
                "syndicated", arts[i].id, arts[target].id if target is not None else None, found.wire, found.score, found.evidence
            )
        )
        if target is not None:
            related.add(frozenset((i, target)))

    # 3. citations of another outlet's reporting; `to` looked for among that outlet's articles
    # closest in date (at most MAX_CITE_POOL), their word sets computed once
    journalism: dict[str, list[int]] = defaultdict(list)
    for i in range(len(arts)):
        name = own_outlet(i)
        if name:
            journalism[name].append(i)
    feats: dict[int, _TextFeatures] = {}

    def features(j: int) -> _TextFeatures:
        if j not in feats:
            feats[j] = _text_features(arts[j].text)
        return feats[j]

    known = corpus_outlets(sorted(set(journalism) | {o for a in arts if (o := canonical_outlet(a.publisher))}))
    kept = per_article(f"cites-{outlets_key(known)}", article_citations(known)) if per_article is not None else None
    cited = list(kept) if kept is not None else None  # read back once (a stored sequence reads by chunks)
    for i, a in enumerate(arts):
        for cit in (cited[i] if cited is not None else citations(a, credits[i], known)):
            pool_idx = [j for j in journalism.get(cit.outlet, []) if j != i]
            if len(pool_idx) > MAX_CITE_POOL:
                pool_idx.sort(key=lambda j: _day_distance(a, arts[j]))
                pool_idx = pool_idx[:MAX_CITE_POOL]
            pool = [(arts[j], features(j)) for j in pool_idx]
            target_article, _ = _match_cited(a, cit, pool) if pool else (None, 0.0)
            relations.append(
                Relation(
                    "cites", a.id, target_article.id if target_article else None, cit.outlet, cit.score, "; ".join(cit.evidence)
                )
            )

    # 4. independent reports of the same event
    events = per_article("evfeat", event_features) if per_article is not None else None
    for late, early, score, evidence in _same_events(arts, rank, related, credits, events):
        relations.append(Relation("same_event", arts[late].id, arts[early].id, None, score, evidence))

    relations.sort(key=lambda r: (r.kind, r.from_, r.to or "", r.outlet or ""))
    return tuple(relations)
