"""Story summary: a short extractive summary with a citation for every sentence.

The summary is 5 to 8 sentences taken verbatim from the articles, each pointing to its article
and offsets. The method, in order:

1. **Candidates.** Copies are left out (the later side of a ``near_duplicate`` relation, and a
   ``syndicated`` copy whose original is in the corpus), so a story carried by ten sites
   counts once. From each remaining article, up to ``PER_ARTICLE`` of its first sentences
   (news puts the essentials first) that look like reporting: 8 to 70 words, ending like a
   sentence, not a question, no page furniture ("subscribe", "click", "©", ...). A sentence
   whose words were already taken from another article is skipped.
2. **Centrality (LexRank).** Each sentence is a TF-IDF vector of its content words (hashed into
   ``DIM`` dimensions, plain numpy); sentences are linked by cosine similarity, links between
   different articles counting fully and links within one article at ``SAME_ARTICLE``, so what
   several sources report is central; PageRank over that graph (damping 0.85).
3. **Preferences.** Centrality is multiplied by small factors for what a dossier reader needs:
   a figure (a numeric claim, more when the claim belongs to a track with two or more
   independent sources), a date (a resolved time expression), a lead position; a sentence that
   is a bare quote (opens with a quotation mark) is slightly disfavoured.
4. **Selection (MMR).** Greedy maximal marginal relevance (lambda 0.7): each next sentence
   maximises relevance minus similarity to what is already chosen (plus a penalty when every
   figure it states is already in the summary: a developing story is told by its changing
   figures); a sentence with cosine >= 0.5 to a chosen one is never taken, and no article
   gives more than three sentences.
5. **Order.** The chosen sentences are ordered by their article's publication date (the
   middle of its window when only a window of at most a month is known; others last), then by position in the article, so the summary reads as the story unfolded.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from datetime import date

import numpy as np
from scipy import sparse

from ..ingest.metadata import parse_dateline
from ..model import Article, ArticleAnalysis, Relation, SummarySentence, Track
from .text import FUNCTION_WORDS, article_sentences
from .text import figures as text_figures  # a local ``figures`` list is built below
from ..settings import Settings

DIM = 4096  # hashed feature dimensions
PER_ARTICLE = 25  # first eligible sentences considered per article
MAX_CANDIDATES = 2500  # sentences ranked at most (lead sentences of the most-linked articles first)
SAME_ARTICLE = 0.3  # weight of similarity links within one article
MMR_LAMBDA = 0.7
REDUNDANT = 0.5  # cosine above which a sentence repeats a chosen one
MAX_PER_ARTICLE = 3
FIGURE_REDUNDANCY = 0.3  # added to the redundancy of a sentence whose figures are all already given
MAX_WINDOW_DAYS = 31  # an inferred publication window wider than this does not place a sentence

_WORD = re.compile(r"[^\W_]+")
_FURNITURE = re.compile(
    r"\b(?:subscribe|newsletter|click|cookies?|sign up|log in|advertisement|all rights reserved|"
    r"read also|read more|related stories|share this|follow us|donate|patron|comments?|"
    r"community guidelines|privacy policy|terms of use|skip to)\b|©|https?://|www\.",
    re.IGNORECASE,
)
# a word of each of ``_FURNITURE``'s alternatives: a sentence without any (lower-cased) cannot
# match it, unless it holds a letter that case-insensitive matching takes for an ASCII one
_FURNITURE_WORDS = ("subscribe", "newsletter", "click", "cookie", "sign up", "log in", "advertisement", "all rights reserved",
                    "read also", "read more", "related stories", "share this", "follow us", "donate", "patron", "comment",
                    "community guidelines", "privacy policy", "terms of use", "skip to", "\u00a9", "http", "www.")
_FOLDS_TO_ASCII = re.compile("[\u0131\u017f\u0130\u212a]")
_STOP = FUNCTION_WORDS | frozenset("all any one two it's up out new last first year years".split())


def _furniture(sentence: str) -> bool:
    """``_FURNITURE.search(sentence)``, the regex run only when one of its words is there."""
    if not _FOLDS_TO_ASCII.search(sentence):
        low = sentence.lower()
        if not any(w in low for w in _FURNITURE_WORDS):
            return False
    return _FURNITURE.search(sentence) is not None


def _tokens(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.casefold()):
        if len(w) < 3 or w in _STOP:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]  # crude plural folding: troops ~ troop
        out.append(w)
    return out


def _eligible(sentence: str) -> bool:
    words = sentence.split()
    if not 8 <= len(words) <= 70:
        return False
    if sentence[-1] not in ".!\"”’)" or sentence.endswith("?"):
        return False
    if sentence[0] in "-•*–—|" or _furniture(sentence):
        return False
    letters = "".join(filter(str.isalpha, sentence))
    return bool(letters) and sum(map(str.isupper, letters)) / len(letters) < 0.5


def _date_key(article: Article) -> str:
    """Sort key by publication day: the date, else the middle of a narrow window, else last."""
    p = article.published
    if p.date:
        return p.date[:10]
    if p.earliest and p.latest:
        try:
            lo, hi = date.fromisoformat(p.earliest[:10]), date.fromisoformat(p.latest[:10])
        except ValueError:
            return "~"
        if (hi - lo).days <= MAX_WINDOW_DAYS:
            return (lo + (hi - lo) / 2).isoformat()
    return "~"


def _copies(relations: Sequence[Relation]) -> set[str]:
    """Articles whose text is a copy of another article in the corpus."""
    return {r.from_ for r in relations if r.to is not None and r.kind in ("near_duplicate", "syndicated")}


def _vectors(token_lists: Sequence[list[str]]) -> np.ndarray:
    """L2-normalised hashed TF-IDF vectors, one row per sentence."""
    n = len(token_lists)
    index = [np.fromiter((zlib.crc32(t.encode("utf-8")) % DIM for t in toks), dtype=np.int64, count=len(toks)) for toks in token_lists]
    df = np.zeros(DIM, dtype=np.float64)
    for idx in index:
        df[np.unique(idx)] += 1
    idf = np.log((1 + n) / (1 + df)) + 1.0
    mat = np.zeros((n, DIM), dtype=np.float32)
    for i, idx in enumerate(index):
        if idx.size:
            np.add.at(mat[i], idx, 1.0)
    mat *= idf.astype(np.float32)
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: np.ndarray = mat / norms
    return out


def _lexrank(sim: np.ndarray, same_article: np.ndarray) -> np.ndarray:
    """PageRank centrality over the sentence similarity graph."""
    n = sim.shape[0]
    weights = np.where(sim >= 0.1, sim, 0.0) * np.where(same_article, SAME_ARTICLE, 1.0)
    np.fill_diagonal(weights, 0.0)
    rows = weights.sum(axis=1, keepdims=True)
    trans = np.where(rows > 0, weights / np.where(rows > 0, rows, 1.0), 1.0 / n)
    score = np.full(n, 1.0 / n)
    for _ in range(60):
        new = 0.15 / n + 0.85 * (trans.T @ score)
        if np.abs(new - score).sum() < 1e-7:
            score = new
            break
        score = new
    return score


def summarize_story(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    *,
    relations: Sequence[Relation],
    tracks: Sequence[Track],
    settings: Settings,
) -> tuple[SummarySentence, ...]:
    """Return a few sentences that summarise the story, each pointing to its article.

    Args:
        articles: the cleaned articles (with their publication dates).
        analyses: per-article analyses (sentence offsets, claims, time expressions).
        relations: relations between articles (copies are left out of the summary).
        tracks: claim tracks (claims in well-sourced tracks are preferred).
        settings: build settings.

    Returns:
        5 to 8 ``SummarySentence`` records (fewer when the articles have fewer usable
        sentences), ordered by article date, then position; ``text`` equals
        ``article.text[start:end]``.
    """
    by_id = {a.id: a for a in articles}
    analysis_of = {an.article: an for an in analyses}
    copies = _copies(relations)
    corroborated = {cid for t in tracks if t.independent_sources >= 2 for cid in t.claims}
    in_links: dict[str, int] = {}
    for r in relations:
        if r.to:
            in_links[r.to] = in_links.get(r.to, 0) + 1
    usable = [a for a in articles if a.id not in copies and a.text.strip()]
    usable.sort(key=lambda a: (-in_links.get(a.id, 0), _date_key(a), a.id))
    per_article = max(3, min(PER_ARTICLE, MAX_CANDIDATES // max(1, len(usable))))

    cand: list[tuple[str, int, int, int]] = []  # article id, start, end, rank among the article's candidates
    seen: set[str] = set()
    for a in usable:
        an = analysis_of.get(a.id)
        taken = 0
        for s, e in article_sentences(a, an):
            sentence = a.text[s:e]
            line = parse_dateline(sentence) if s == 0 or a.text[s - 1] == "\n" else None
            if line is not None and e - s - line.end >= 40:
                # "Amman, Sep. 10 (Petra) -- The toll ...": the dateline is no part of what is said
                s += line.end + len(sentence[line.end :]) - len(sentence[line.end :].lstrip())
                sentence = a.text[s:e]
            if not _eligible(sentence):
                continue
            key = " ".join(_WORD.findall(sentence.casefold()))
            if key in seen:
                continue
            seen.add(key)
            cand.append((a.id, s, e, taken))
            taken += 1
            if taken >= per_article or len(cand) >= MAX_CANDIDATES:
                break
        if len(cand) >= MAX_CANDIDATES:
            break
    if not cand:
        return ()

    token_lists = [_tokens(by_id[aid].text[s:e]) for aid, s, e, _ in cand]
    vec = _vectors(token_lists)
    # a sparse product: rows hold a few dozen words, and a dense BLAS product of small
    # matrices stalls on thread hand-offs when it runs once per story on a busy machine
    sv = sparse.csr_matrix(vec)
    sim = np.asarray((sv @ sv.T).todense(), dtype=np.float32)
    position = {a.id: n for n, a in enumerate(usable)}
    art_index = np.array([position[aid] for aid, _, _, _ in cand])
    same = art_index[:, None] == art_index[None, :] if len(usable) > 1 else np.ones((len(cand),) * 2, dtype=bool)
    centrality = _lexrank(sim, same)

    relevance = centrality / centrality.max()
    for i, (aid, s, e, pos) in enumerate(cand):
        an = analysis_of.get(aid)
        factor = 1.0
        if an is not None:
            claims = [c for c in an.claims if s <= c.start < e]
            if claims:
                factor *= 1.3
                if any(c.id in corroborated for c in claims):
                    factor *= 1.2
            if any(s <= t.start < e and t.value and t.value[:1].isdigit() for t in an.time_expressions):
                factor *= 1.15
        factor *= 1.0 + 0.5 / (1 + pos)  # lead sentences carry the news
        if by_id[aid].text[s] in "\"“‘'":
            factor *= 0.8  # a bare quote reads poorly out of context
        if len(token_lists[i]) < 5:
            factor *= 0.7
        relevance[i] *= factor

    k = min(8, max(5, 4 + len(usable) // 2))
    figures = [text_figures(by_id[aid].text[s:e]) for aid, s, e, _ in cand]
    chosen_figures: set[str] = set()
    chosen: list[int] = []
    per_art: dict[str, int] = {}
    remaining = set(range(len(cand)))
    while remaining and len(chosen) < k:
        best, best_score = -1, -np.inf
        for i in remaining:
            aid = cand[i][0]
            if per_art.get(aid, 0) >= MAX_PER_ARTICLE:
                continue
            redundancy = float(sim[i, chosen].max()) if chosen else 0.0
            if redundancy >= REDUNDANT:
                continue
            if figures[i] and figures[i] <= chosen_figures:
                redundancy += FIGURE_REDUNDANCY  # no figure the summary does not already give
            score = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy
            if score > best_score or (score == best_score and i < best):
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
        chosen_figures |= figures[best]
        remaining.discard(best)
        per_art[cand[best][0]] = per_art.get(cand[best][0], 0) + 1

    order = {a.id: n for n, a in enumerate(articles)}
    chosen.sort(key=lambda i: (_date_key(by_id[cand[i][0]]), order[cand[i][0]], cand[i][1]))
    out = []
    for i in chosen:
        aid, s, e, _ = cand[i]
        out.append(SummarySentence(text=by_id[aid].text[s:e], article=aid, start=s, end=e))
    return tuple(out)
