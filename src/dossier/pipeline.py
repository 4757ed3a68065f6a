"""The build: runs the stages in order. The only module that knows the order.

Per-article work (clean, parse, time expressions, entities, quotes, claims) is done by
``analyze_batch``, a top-level picklable function over a list of articles, so that the
same code runs locally or on a Dask cluster (see ``scale.py``). Cross-article work
(entity merging, relations, tracks, timeline, summary) runs once, in this process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import logging
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from .extract import claims as claims_stage
from .extract.claims.place import place_in_story
from .extract.claims.when import date_in_story
from .ingest import clean as clean_stage
from .extract import dates as dates_stage
from .extract import entities as entities_stage
from .ingest import read as ingest_stage
from .extract import quotes as quotes_stage
from .reconcile import relations as relations_stage
from .reconcile import stories as stories_stage
from .reconcile import summary as summary_stage
from .reconcile import timeline as timeline_stage
from .reconcile import tracks as tracks_stage
from .model import (
    Article,
    ArticleAnalysis,
    Dossier,
    Entity,
    Event,
    EventMention,
    LocalEntity,
    NumericClaim,
    Quote,
    RawArticle,
    Rejection,
    Relation,
    Story,
    SummarySentence,
    TimeExpression,
    Track,
    stable_id,
)
from .extract.nlp import load_model, parse_texts, parsed_ahead, split_pieces
from .errors import DossierError
from .settings import Settings

if TYPE_CHECKING:
    from .cache import AnalysisCache

log = logging.getLogger(__name__)
# each stage's seconds, logged at DEBUG by ``timed`` (``bench/bench_add.py`` prints them)
timing_log = logging.getLogger("dossier.timing")
T = TypeVar("T")


@contextlib.contextmanager
def timed(stage: str) -> Iterator[None]:
    """Log a stage's wall-clock and CPU seconds (all threads) to ``dossier.timing`` (DEBUG)."""
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        timing_log.debug("%s %.3f (cpu %.3f)", stage, time.perf_counter() - t0, time.process_time() - c0)


def _guarded(stage: str, source: str, rejections: list[Rejection], default: T, fn: Callable[[], T]) -> T:
    """Run one stage on one article; an exception becomes a Rejection, not a crashed build."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - one bad article must never stop the build
        log.warning("%s: stage %s failed: %s", source, stage, exc)
        rejections.append(
            Rejection(
                source=source,
                stage=stage,
                reason=f"{type(exc).__name__}: {exc}. The article is kept; this stage's results "
                "for it are missing. Please report this with the file.",
            )
        )
        return default


def _clean_one(raw: RawArticle, settings: Settings) -> tuple[tuple[Article, ...], tuple[Rejection, ...]]:
    """Clean one raw article: ``(the article or nothing, its rejections in order)``."""
    rejections: list[Rejection] = []
    result = _guarded("clean", raw.source, rejections, None, lambda: clean_stage.clean_article(raw, settings=settings))
    if isinstance(result, Rejection):
        log.warning("%s: rejected at %s: %s", result.source, result.stage, result.reason)
        rejections.append(result)
    elif result is not None:
        return (result,), tuple(rejections)
    return (), tuple(rejections)


def clean_batch(
    raws: Sequence[RawArticle], *, settings: Settings, cache: AnalysisCache | None = None
) -> tuple[list[Article], list[Rejection]]:
    """Clean raw articles; return the articles and the rejections.

    Args:
        raws: the raw articles, in input order.
        settings: build settings.
        cache: an analysis cache; raw articles cleaned by an earlier build are not cleaned again.

    Returns:
        ``(articles, rejections)``, both in input order.
    """
    results: list[tuple[tuple[Article, ...], tuple[Rejection, ...]]]
    if cache is None:
        results = [_clean_one(raw, settings) for raw in raws]
    else:
        from .cache import record_key

        keys = [record_key("clean", raw, settings) for raw in raws]
        found = cache.get_many(keys)
        new = {k: _clean_one(raw, settings) for k, raw in zip(keys, raws) if k not in found}
        cache.put_many(new)
        results = [found[k] if k in found else new[k] for k in keys]
    articles = [a for arts, _ in results for a in arts]
    rejections = [r for _, rejs in results for r in rejs]
    return articles, rejections


# Longest stretch of one article the per-article stages see at once. Longer articles are
# analysed in paragraph-aligned segments whose results are shifted back into the article's
# offsets and merged (see ``_merge_segments``): some stages compare every token with every
# entity of their text, so a bounded segment keeps a long file's cost linear in its length.
SEGMENT_CHARS = 30_000


def _segments(article: Article, settings: Settings) -> list[tuple[int, Article]]:
    """Split an article into ``(offset, segment article)`` pairs (one pair for ordinary articles)."""
    text = article.text[: settings.max_chars]
    if len(text) <= SEGMENT_CHARS:
        return [(0, article if len(text) == len(article.text) else dataclasses.replace(article, text=text))]
    out: list[tuple[int, Article]] = []
    offset = 0
    for piece in split_pieces(text, SEGMENT_CHARS):
        out.append((offset, dataclasses.replace(article, text=piece)))
        offset += len(piece)
    return out


def analyze_batch(articles: Sequence[Article], *, settings: Settings) -> list[ArticleAnalysis]:
    """Parse a batch of cleaned articles with spaCy and run every per-article stage.

    Args:
        articles: cleaned articles.
        settings: build settings.

    Returns:
        One ``ArticleAnalysis`` per article, in order.
    """
    load_model()  # fails early, with its message, when no model is installed
    segmented = [_segments(a, settings) for a in articles]
    flat = [seg for segs in segmented for _, seg in segs]
    docs = parse_texts((a.text for a in flat), batch_size=settings.batch_size, n_process=max(1, settings.n_process))
    out: list[ArticleAnalysis] = []
    # titles (read by the claims' place scope) parsed in one batch, not one nlp() call each
    with parsed_ahead((a.title[:500] for a in articles if a.title and a.title.strip()), batch_size=settings.batch_size):
        for article, segs in zip(articles, segmented):
            parts: list[tuple[int, int, ArticleAnalysis]] = []
            for offset, seg in segs:
                doc = next(docs)
                parts.append((offset, len(doc), analyze_article(seg, doc, settings=settings)))
            out.append(parts[0][2] if len(parts) == 1 else _merge_segments(article, parts))
    return out


_CHAR_FIELDS = re.compile(r"^(start|end|\w+_start|\w+_end)$")
_TOKEN_FIELDS = {"trigger_i", "subtree"}


def _shift(value: Any, chars: int, tokens: int, ids: dict[str, str]) -> Any:
    """Move a record found in a segment to the whole article: offsets shifted, ids renamed."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if f.name in _TOKEN_FIELDS:
                changes[f.name] = tuple(t + tokens for t in v) if isinstance(v, tuple) else v + tokens
            elif isinstance(v, int) and not isinstance(v, bool) and _CHAR_FIELDS.match(f.name):
                changes[f.name] = v + chars
            elif isinstance(v, str) and v in ids:
                changes[f.name] = ids[v]
            elif isinstance(v, tuple) or (dataclasses.is_dataclass(v) and not isinstance(v, type)):
                changes[f.name] = _shift(v, chars, tokens, ids)
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        if len(value) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in value):
            return (value[0] + chars, value[1] + chars)  # a (start, end) pair
        return tuple(_shift(v, chars, tokens, ids) for v in value)
    return value


def _merge_segments(article: Article, parts: Sequence[tuple[int, int, ArticleAnalysis]]) -> ArticleAnalysis:
    """Join the analyses of an article's segments into one, in the article's own offsets.

    Ids of quotes and claims found after the first segment are renamed (deterministically)
    so that equal segment offsets never give equal ids; local entities with the same key
    are merged (mentions, roles and aliases joined).
    """
    from .model import stable_id

    merged: dict[str, list[Any]] = {k: [] for k in ("sentences", "time_expressions", "quotes", "claims", "rejections",
                                                   "event_mentions")}
    entities: dict[str, LocalEntity] = {}
    tokens = 0
    for k, (offset, n_tokens, an) in enumerate(parts):
        ids: dict[str, str] = {}
        if k:
            for rid in [q.id for q in an.quotes] + [c.id for c in an.claims]:
                ids[rid] = stable_id(rid.split("-", 1)[0], rid, "segment", k)
        for field in merged:
            items = getattr(an, field)
            merged[field].extend(items if field == "rejections" else _shift(tuple(items), offset, tokens, ids))
        for le in _shift(an.local_entities, offset, tokens, ids):
            old = entities.get(le.key)
            if old is None:
                entities[le.key] = le
            else:
                entities[le.key] = dataclasses.replace(
                    old,
                    mentions=old.mentions + le.mentions,
                    roles=old.roles + tuple(r for r in le.roles if r not in old.roles),
                    aliases=old.aliases + tuple(a for a in le.aliases if a not in old.aliases),
                )
        tokens += n_tokens
    seen_rej: set[tuple[str, str]] = set()
    rejections = []
    for r in merged["rejections"]:
        if (r.stage, r.reason) not in seen_rej:
            seen_rej.add((r.stage, r.reason))
            rejections.append(r)
    return ArticleAnalysis(
        article=article.id,
        sentences=tuple(merged["sentences"]),
        time_expressions=tuple(merged["time_expressions"]),
        local_entities=tuple(entities.values()),
        quotes=tuple(merged["quotes"]),
        claims=tuple(merged["claims"]),
        rejections=tuple(rejections),
        event_mentions=tuple(merged["event_mentions"]),
    )


def analyze_article(article: Article, doc: Any, *, settings: Settings) -> ArticleAnalysis:
    """Run the per-article stages on one parsed article."""
    rej: list[Rejection] = []
    src = article.source
    # sentences: kept as offsets so that cross-article stages need no spaCy objects
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
    # time expressions, normalised against the article's own date
    times: tuple[TimeExpression, ...] = _guarded("dates", src, rej, (), lambda: dates_stage.extract_time_expressions(article, doc, settings=settings))
    # entities as this article knows them (names, mentions, roles)
    local: tuple[LocalEntity, ...] = _guarded("entities", src, rej, (), lambda: entities_stage.extract_local_entities(article, doc, settings=settings))
    # quotes with speakers resolved within the article
    quotes: tuple[Quote, ...] = _guarded(
        "quotes",
        src,
        rej,
        (),
        lambda: quotes_stage.extract_quotes(article, doc, time_expressions=times, local_entities=local, settings=settings),
    )
    # numeric claims with their source and relay chain
    claims: tuple[NumericClaim, ...] = _guarded(
        "claims",
        src,
        rej,
        (),
        lambda: claims_stage.extract_claims(
            article, doc, time_expressions=times, local_entities=local, quotes=quotes, settings=settings
        ),
    )
    # event words that the time expressions attach to, for the timeline (read from this parse)
    mentions: tuple[EventMention, ...] = _guarded(
        "timeline", src, rej, (), lambda: timeline_stage.detect_event_mentions(article, doc, times, settings=settings)
    )
    return ArticleAnalysis(
        article=article.id,
        sentences=sentences,
        time_expressions=tuple(times),
        local_entities=tuple(local),
        quotes=tuple(quotes),
        claims=tuple(claims),
        rejections=tuple(rej),
        event_mentions=tuple(mentions),
    )


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _show_progress(settings: Settings, total: int) -> bool:
    if settings.progress == "never":
        return False
    if settings.progress == "always":
        return True
    return total > 5 and sys.stderr.isatty()


def analyze_all(
    articles: Sequence[Article],
    *,
    settings: Settings,
    cache: AnalysisCache | None = None,
    keys: Sequence[str] | None = None,
) -> list[ArticleAnalysis]:
    """Run ``analyze_batch`` over all articles, locally or on Dask, with an optional progress bar.

    Args:
        articles: cleaned articles (ids unique).
        settings: build settings.
        cache: an analysis cache: an article whose record (text, id, metadata) an earlier
            build analysed with the same analysis version is not analysed again.
        keys: the articles' cache keys when known (``record_key("analysis", article, settings)``).

    Returns:
        One ``ArticleAnalysis`` per article, in order.
    """
    if cache is None:
        return _analyze_all(articles, settings=settings)
    from .cache import record_key

    if keys is None:
        keys = [record_key("analysis", a, settings) for a in articles]
    found = cache.get_many(keys)
    todo = [i for i, k in enumerate(keys) if k not in found]
    # the analyses found are long-lived: parsing the new articles (and loading spaCy for them)
    # makes many objects, and each full collection would walk every analysis found again
    with long_lived():
        fresh = _analyze_all([articles[i] for i in todo], settings=settings)
    new = {keys[i]: an for i, an in zip(todo, fresh)}
    cache.put_many(new)
    return [found[k] if k in found else new[k] for k in keys]


def _analyze_into_cache(articles: Sequence[Article], *, settings: Settings, cache: AnalysisCache, keys: Sequence[str]) -> None:
    """``analyze_all`` that keeps nothing: each batch's analyses go into the cache as they are made.

    For large builds (``STREAM_ABOVE``): the analyses are read back from the cache by whoever
    needs them (``_StoredPerArticle``, ``_StoredAnalyses``), so the corpus's analyses are never
    held at once. (An entry the cache holds but cannot read stops the build with a message;
    ``--no-cache`` builds afresh.)
    """
    held = cache.present(keys)
    todo = [i for i, k in enumerate(keys) if k not in held]
    position = 0

    def put(done: list[ArticleAnalysis]) -> None:
        nonlocal position
        cache.put_many({keys[i]: an for i, an in zip(todo[position : position + len(done)], done)})
        position += len(done)

    _analyze_all([articles[i] for i in todo], settings=settings, sink=put)


def _analyze_all(
    articles: Sequence[Article], *, settings: Settings, sink: Callable[[list[ArticleAnalysis]], None] | None = None
) -> list[ArticleAnalysis]:
    """The analyses of the articles, in order; with ``sink``, each batch is handed to it instead and nothing is returned."""
    if not articles:
        return []
    if settings.runner == "dask":
        from .scale import analyze_on_dask

        every = analyze_on_dask(articles, settings=settings)
        if sink is not None:
            sink(every)
            return []
        return every
    analyses: list[ArticleAnalysis] = []
    bar = None
    if _show_progress(settings, len(articles)):
        from tqdm import tqdm

        bar = tqdm(total=len(articles), unit="article", desc="analysing", file=sys.stderr)
    if settings.n_process > 1 and len(articles) > max(1, settings.batch_size):
        results: Iterator[list[ArticleAnalysis]] = _analyze_in_processes(articles, settings)
    else:
        results = (analyze_batch(batch, settings=settings) for batch in _batches(list(articles), max(1, settings.batch_size)))
    for done in results:
        if sink is not None:
            sink(done)
        else:
            analyses.extend(done)
        if bar is not None:
            bar.update(len(done))
    if bar is not None:
        bar.close()
    return analyses


def _analyze_chunk(chunk: tuple[Sequence[Article], Settings]) -> list[ArticleAnalysis]:
    """One worker's share: parse and analyse a chunk of articles in this process (picklable)."""
    articles, settings = chunk
    return analyze_batch(articles, settings=settings)


def _balanced_chunks(articles: Sequence[Article], workers: int, size: int) -> list[Sequence[Article]]:
    """Consecutive chunks of about ``size`` articles, as many as a multiple of ``workers``, of about equal text.

    Fixed-size chunks leave one worker idle at the end (100 articles in chunks of 32: 64 for
    one worker, 36 for the other); equal shares of text keep both busy to the end.
    """
    n = len(articles)
    count = max(1, -(-n // max(1, size)))
    count = min(n, -(-count // workers) * workers)
    lengths = [min(len(a.text), SEGMENT_CHARS * 4) + 200 for a in articles]
    total = sum(lengths)
    chunks: list[Sequence[Article]] = []
    start = 0
    done = 0
    for k in range(1, count + 1):
        goal = total * k / count
        end = start
        while end < n and (done + lengths[end] / 2 <= goal or end == start):
            done += lengths[end]
            end += 1
        if k == count:
            end = n
        if end > start:
            chunks.append(articles[start:end])
        start = end
    return chunks


def _analyze_in_processes(articles: Sequence[Article], settings: Settings) -> Iterator[list[ArticleAnalysis]]:
    """Run parse *and* extractors in ``n_process`` forked workers, chunk by chunk, in input order.

    Each worker runs the whole per-article analysis (not only spaCy), so the parent only
    collects small result records: no parsed ``Doc`` crosses a process boundary and the
    extractors run in parallel too. The model is loaded before the fork and shared.
    """
    import multiprocessing

    load_model()
    one = dataclasses.replace(settings, n_process=1)
    chunks = [(part, one) for part in _balanced_chunks(articles, settings.n_process, max(1, settings.batch_size) * 2)]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(settings.n_process) as pool:
        yield from pool.imap(_analyze_chunk, chunks)


def _dedupe_ids(articles: list[Article]) -> list[Article]:
    """Two inputs can share a source name (JSONL ids); make their ids unique and stable."""
    seen: dict[str, int] = {}
    out = []
    for a in articles:
        n = seen.get(a.id, 0)
        seen[a.id] = n + 1
        out.append(a if n == 0 else dataclasses.replace(a, id=f"{a.id}-{n}"))
    return out


def build_dossier(input_dir: Path, *, settings: Settings, cache: AnalysisCache | None = None) -> Dossier:
    """Build the dossier of every article under ``input_dir``.

    Args:
        input_dir: folder of .txt, .html/.htm and .jsonl files (read recursively).
        settings: build settings.
        cache: an analysis cache (``cache.AnalysisCache``): articles cleaned and analysed by
            an earlier build are taken from it; the result is the same as without it.

    Returns:
        The complete ``Dossier``.
    """
    if cache is not None:
        return _build_cached(Path(input_dir), settings=settings, cache=cache)
    # 1. ingest: read files; unusable ones become rejections
    raws, rejections = ingest_stage.read_inputs(Path(input_dir), settings=settings)
    rejections_all = list(rejections)
    # 2. clean and read metadata, per article
    articles, rej = clean_batch(raws, settings=settings, cache=cache)
    rejections_all.extend(rej)
    return build_from_articles(_dedupe_ids(articles), settings=settings, rejections=rejections_all, cache=cache)


@dataclasses.dataclass(frozen=True)
class InputFile:
    """One input file as a build read it: enough to build again without reading it.

    Kept in the analysis cache's manifest (``AnalysisCache.get_manifest``): its read result,
    the cleaned articles and their analyses are cache entries found by these keys.
    """

    source: str  # the file's path relative to the input folder
    read_key: str  # the cache key of its read result ("" when it was not read)
    rejections: tuple[Rejection, ...]  # what reading it rejected or noted, in order
    clean_keys: tuple[str, ...]  # the cache keys of its raw articles' cleaning, in order


@dataclasses.dataclass(frozen=True)
class Manifest:
    """What the last build read, in its order: the input files and the keys of their results."""

    walk_rejections: tuple[Rejection, ...]
    files: tuple[InputFile, ...]
    # "<clean key> <final article id>" -> the analysis key of that article
    analysis_keys: dict[str, str]
    version: str = ""  # ``cache.analysis_version`` of the build


def _read_input(path: Path, source: str, *, settings: Settings, cache: AnalysisCache) -> tuple[InputFile, dict[str, Any]]:
    """Read and clean one file (cached); return its manifest entry and its cleaning results by key."""
    from .cache import record_key

    raws, rejections, read_key = ingest_stage.read_file(path, source, settings=settings, cache=cache)
    keys = [record_key("clean", raw, settings) for raw in raws]
    found = cache.get_many(keys) if keys else {}
    new = {k: _clean_one(raw, settings) for k, raw in zip(keys, raws) if k not in found}
    if new:
        cache.put_many(new)
    return InputFile(source, read_key, tuple(rejections), tuple(keys)), {**found, **new}


def _build_cached(input_dir: Path, *, settings: Settings, cache: AnalysisCache) -> Dossier:
    """``build_dossier`` with an analysis cache: file by file, then from the manifest."""
    files, walk_rejections = ingest_stage.list_inputs(input_dir)
    entries: list[InputFile] = []
    cleaned: dict[str, Any] = {}
    for path in files:
        entry, results = _read_input(path, path.relative_to(input_dir).as_posix(), settings=settings, cache=cache)
        entries.append(entry)
        cleaned.update(results)
    old = cache.get_manifest()
    manifest = Manifest(tuple(walk_rejections), tuple(entries), old.analysis_keys if isinstance(old, Manifest) else {})
    dossier = build_from_manifest(manifest, settings=settings, cache=cache, cleaned=cleaned)
    if dossier is None:  # pragma: no cover - every cleaning result was just computed or found
        raise RuntimeError("the analysis cache lost entries during the build")
    return dossier


def add_files(files: Sequence[tuple[Path, str]], *, settings: Settings, cache: AnalysisCache) -> Dossier | None:
    """The dossier of the last build's inputs plus ``files``, without reading the input folder again.

    Args:
        files: ``(path, source name)`` pairs: the source name is the file's path relative to
            the build's input folder (a file already there is read again and replaces it).
        settings: the last build's settings.
        cache: the output's analysis cache, holding the last build's manifest.

    Returns:
        The dossier a full build of the folder with the files would give, or None when the
        cache holds no manifest (or lost entries): then build again.
    """
    from .cache import analysis_version

    old = cache.get_manifest()
    if not isinstance(old, Manifest) or old.version != analysis_version(settings):
        return None
    by_source = {f.source: f for f in old.files}
    cleaned: dict[str, Any] = {}
    for path, source in files:
        entry, results = _read_input(path, source, settings=settings, cache=cache)
        by_source[source] = entry
        cleaned.update(results)
    ordered = sorted(by_source.values(), key=lambda f: ingest_stage.walk_order(f.source))
    return build_from_manifest(
        Manifest(old.walk_rejections, tuple(ordered), old.analysis_keys), settings=settings, cache=cache, cleaned=cleaned
    )


def build_from_manifest(
    manifest: Manifest, *, settings: Settings, cache: AnalysisCache, cleaned: dict[str, Any] | None = None
) -> Dossier | None:
    """Build from what the files of a manifest were read and cleaned into (in the cache).

    Rejections come in the order a build without a cache gives: walking the folder, then
    each file's reading, then cleaning, then analysis.

    Args:
        manifest: the input files, in reading order, with their cache keys.
        settings: build settings.
        cache: the analysis cache; the manifest of this build is saved in it.
        cleaned: cleaning results already at hand, by key.

    Returns:
        The dossier, or None when a cleaning result is missing from the cache.
    """
    from .cache import analysis_version, record_key

    cleaned = dict(cleaned or {})
    wanted = [k for f in manifest.files for k in f.clean_keys if k not in cleaned]
    with timed("cleaned from cache"):
        cleaned.update(cache.get_many(wanted))
    cache.keep(f.read_key for f in manifest.files if f.read_key)
    if any(k not in cleaned for k in wanted):
        return None
    rejections: list[Rejection] = list(manifest.walk_rejections)
    for f in manifest.files:
        rejections.extend(f.rejections)
    articles: list[Article] = []
    clean_of: list[str] = []
    for f in manifest.files:
        for k in f.clean_keys:
            arts, rejs = cleaned[k]
            rejections.extend(rejs)
            articles.extend(arts)
            clean_of.extend([k] * len(arts))
    del cleaned
    articles = _dedupe_ids(articles)
    keys: list[str] = []
    known: dict[str, str] = {}
    for a, ck in zip(articles, clean_of):
        name = f"{ck} {a.id}"
        key = manifest.analysis_keys.get(name) or record_key("analysis", a, settings)
        known[name] = key
        keys.append(key)
    cache.put_manifest(dataclasses.replace(manifest, analysis_keys=known, version=analysis_version(settings)))
    return build_from_articles(articles, settings=settings, rejections=rejections, cache=cache, keys=keys)


def build_from_articles(
    articles: Sequence[Article],
    *,
    settings: Settings,
    rejections: Sequence[Rejection] = (),
    cache: AnalysisCache | None = None,
    keys: Sequence[str] | None = None,
) -> Dossier:
    """Run language analysis and every later stage over already-cleaned articles.

    Args:
        articles: cleaned articles (ids unique).
        settings: build settings.
        rejections: rejections made before (ingest, cleaning), kept first.
        cache: an analysis cache; only articles it does not hold are analysed, and the
            timeline, tracks and summary of a story whose inputs did not change are reused.
        keys: the articles' analysis keys when known.

    Returns:
        The complete ``Dossier``.
    """
    from .cache import record_key

    rejections_all = list(rejections)
    if cache is not None and keys is None:
        keys = [record_key("analysis", a, settings) for a in articles]
    # 3. language analysis and the per-article stages (local or Dask; cached analyses reused)
    # a large build keeps its analyses in the cache, not in memory (read back where needed)
    stream = cache is not None and keys is not None and len(articles) > STREAM_ABOVE
    analyses: Sequence[ArticleAnalysis]
    if stream and cache is not None and keys is not None:
        _analyze_into_cache(articles, settings=settings, cache=cache, keys=keys)
        analyses = _StoredPerArticle(cache, list(keys))
    else:
        with timed("analysis"):
            analyses = analyze_all(articles, settings=settings, cache=cache, keys=keys)
    with long_lived():
        return _cross_article(articles, analyses, rejections_all, settings=settings, cache=cache, keys=keys, stream=stream)


def _cross_article(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    rejections_all: list[Rejection],
    *,
    settings: Settings,
    cache: AnalysisCache | None,
    keys: Sequence[str] | None,
    stream: bool,
) -> Dossier:
    """The stages after the per-article analysis (``build_from_articles``); with ``stream`` the
    analyses are read back from the cache where needed (see ``STREAM_ABOVE``)."""
    times: list[TimeExpression] = []
    all_local: list[LocalEntity] = []
    # the quotes and claims as found, kept from this one pass (the dossier holds them, linked,
    # anyway): analyses read back from the cache (``stream``) are read once here, not twice
    found_quotes: list[Quote] = []
    found_claims: list[NumericClaim] = []
    with timed("analyses read"):
        for an in analyses:
            rejections_all.extend(an.rejections)
            times.extend(an.time_expressions)
            all_local.extend(an.local_entities)
            found_quotes.extend(an.quotes)
            found_claims.extend(an.claims)
    time_expressions = tuple(times)
    del times
    # 4. entities merged across articles; references linked to them
    with timed("entities"):
        entities, linker = entities_stage.build_entities(articles, all_local, settings=settings)
    del all_local
    quotes: list[Quote] = []
    claims: list[NumericClaim] = []
    with timed("link"):
        # a reference the linker leaves as it is keeps its record (the same value, no copy made)
        for q in found_quotes:
            speaker = linker.link(q.speaker, q.article)
            quotes.append(q if speaker is q.speaker else dataclasses.replace(q, speaker=speaker))
        del found_quotes
        for c in found_claims:
            via = tuple(r for r in (linker.link(v, c.article) for v in c.via) if r is not None)
            source = linker.link(c.source, c.article)
            same = source is c.source and len(via) == len(c.via) and all(a is b for a, b in zip(via, c.via))
            claims.append(c if same else dataclasses.replace(c, source=source, via=via))
        del found_claims
    analysis_of: Sequence[ArticleAnalysis] | Mapping[str, ArticleAnalysis] = analyses
    if stream and cache is not None and keys is not None:
        # memory flat in the corpus: every analysis is in the cache now; each story reads its
        # own back when it is reconciled, so the whole corpus's analyses are never held at once
        analysis_of = _StoredAnalyses(cache, dict(zip((a.id for a in articles), keys)))
    del analyses
    # 5. relations between articles: copies, wire stories, citations
    with timed("relations"):
        signals = _cached_per_article("signals", relations_stage.article_signals, articles, keys, cache, lazy=stream)
        relations = relations_stage.detect_relations(
            articles,
            settings=settings,
            signals=signals,
            per_article=(lambda kind, fn: _cached_per_article(kind, fn, articles, keys, cache, lazy=stream))
            if cache is not None and keys is not None
            else None,
        )
        del signals
    # 6. stories: articles about the same developing event; copies join their original's story
    with timed("stories"):
        bags = _cached_per_article("terms", stories_stage.article_terms, articles, keys, cache, lazy=stream)
        countries = _cached_per_article("lead", stories_stage.lead_countries, articles, keys, cache, lazy=stream)
        articles_s, stories = stories_stage.build_stories(
            articles, relations=relations, settings=settings, bags=bags, countries=countries
        )
        del bags, countries
    # 7-9. timeline, tracks and summary, each within one story (no figure of one story is ever
    # compared with a figure of another)
    with timed("reconcile"):
        articles_t, claims_t, tracks, events, summary, stories = reconcile_stories(
            articles_s,
            analysis_of,
            claims,
            stories,
            relations=relations,
            entities=entities,
            settings=settings,
            cache=cache,
            keys=dict(zip((a.id for a in articles), keys)) if keys is not None else None,
        )
    return Dossier(
        articles=tuple(articles_t),
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims_t),
        tracks=tuple(tracks),
        time_expressions=time_expressions,
        events=tuple(events),
        relations=tuple(relations),
        rejections=tuple(rejections_all),
        summary=tuple(summary),
        stories=tuple(stories),
    )


def _read_back(cache: AnalysisCache, keys: Sequence[str]) -> list[Any]:
    """The values this build put in the cache under ``keys``, in order; a value that cannot be
    read back stops the build with what to do (a damaged cache)."""
    found = cache.get_many(keys)
    if len(found) < len(set(keys)):  # pragma: no cover - every value was put in the cache by this build
        raise DossierError(
            f"{len(set(keys)) - len(found)} entries of the analysis cache could not be read back during the "
            "build (a damaged cache?); build again with --no-cache."
        )
    return [found[k] for k in keys]


class _StoredAnalyses(Mapping[str, ArticleAnalysis]):
    """The per-article analyses of a build, read back from the analysis cache when asked for.

    Stands for the list of analyses once every one of them is in the cache: each story's
    reconciliation reads its own articles' analyses (``of``), so the memory of the build does
    not hold the whole corpus's analyses at once. The same records as the list (the cache
    holds exactly what the analysis returned).
    """

    def __init__(self, cache: AnalysisCache, key_of: Mapping[str, str]) -> None:
        self.cache = cache
        self.key_of = key_of

    def of(self, ids: Sequence[str]) -> list[ArticleAnalysis]:
        """The analyses of these articles (those the build analysed), in order."""
        return _read_back(self.cache, [self.key_of[aid] for aid in ids if aid in self.key_of])

    def __getitem__(self, aid: str) -> ArticleAnalysis:
        if aid not in self.key_of:
            raise KeyError(aid)
        return self.of([aid])[0]

    def __contains__(self, aid: object) -> bool:
        return aid in self.key_of

    def __iter__(self) -> Iterator[str]:
        return iter(self.key_of)

    def __len__(self) -> int:
        return len(self.key_of)


def _cached_per_article(
    kind: str,
    fn: Callable[[Article], T],
    articles: Sequence[Article],
    keys: Sequence[str] | None,
    cache: AnalysisCache | None,
    *,
    lazy: bool = False,
) -> Sequence[T] | None:
    """``fn`` of each article, kept in the cache under ``kind`` + its analysis key (a function of
    the article alone, like the analysis); None without a cache (the stage computes it).

    With ``lazy`` (large builds), computed and stored a few hundred articles at a time and
    returned as a sequence that reads them back from the cache as it is walked: the whole
    corpus's values are never held at once.
    """
    if cache is None or keys is None:
        return None
    wanted = [f"{kind}:{k}" for k in keys]
    if not lazy:
        found = cache.get_many(wanted)
        new = {k: fn(a) for k, a in zip(wanted, articles) if k not in found}
        if new:
            cache.put_many(new)
        return [found[k] if k in found else new[k] for k in wanted]
    for lo in range(0, len(wanted), _STORED_CHUNK):
        chunk = wanted[lo : lo + _STORED_CHUNK]
        held = cache.present(chunk)  # values held are not read here: the sequence reads them when walked
        new = {k: fn(a) for k, a in zip(chunk, articles[lo : lo + _STORED_CHUNK]) if k not in held}
        if new:
            cache.put_many(new)
    return _StoredPerArticle(cache, wanted)


_STORED_CHUNK = 256
# builds of more articles than this keep their per-article results (analyses, relation signals,
# term bags) in the analysis cache and read them back where needed, so that memory does not grow
# with the corpus; smaller builds hold them (reading them back costs time: ``dossier add`` to a
# few thousand articles stays fast)
STREAM_ABOVE = 2000


class _StoredPerArticle(Sequence[T]):
    """Per-article values kept in the analysis cache, read back chunk by chunk when walked."""

    def __init__(self, cache: AnalysisCache, keys: Sequence[str]) -> None:
        self.cache = cache
        self.keys = keys

    def __len__(self) -> int:
        return len(self.keys)

    def _get(self, keys: Sequence[str]) -> list[T]:
        return _read_back(self.cache, keys)

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return self._get(self.keys[i])
        return self._get([self.keys[i]])[0]

    def __iter__(self) -> Iterator[T]:
        for lo in range(0, len(self.keys), _STORED_CHUNK):
            yield from self._get(self.keys[lo : lo + _STORED_CHUNK])

    def take(self, indexes: Sequence[int]) -> list[T]:
        """``[self[i] for i in indexes]`` read in one go (a look-up per item cost a query each)."""
        return self._get([self.keys[i] for i in indexes])


def reconcile_stories(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis] | Mapping[str, ArticleAnalysis],
    claims: Sequence[NumericClaim],
    stories: Sequence[Story],
    *,
    relations: Sequence[Relation],
    entities: Sequence[Entity],
    settings: Settings,
    cache: AnalysisCache | None = None,
    keys: Mapping[str, str] | None = None,
) -> tuple[list[Article], list[NumericClaim], list[Track], list[Event], list[SummarySentence], tuple[Story, ...]]:
    """Run the timeline, the tracks and the summary once per story, and tag what they make.

    Each story sees only its own articles, analyses, claims and the relations between its own
    articles, so tracks, contradictions, independent-source counts, events and summary
    sentences never mix stories. The work per story is what it was for the whole folder, so
    the build stays linear in articles when stories are small.

    Args:
        articles: the articles, each with ``story`` set (``stories.build_stories``).
        analyses: the per-article analyses.
        claims: every claim (sources linked).
        stories: the stories (articles filled; tracks and events empty).
        relations: every relation between articles.
        entities: merged entities.
        settings: build settings.
        cache: an analysis cache: a story whose inputs (its id, its articles and their
            analyses, its claims as linked, its relations, its entities) are those of a
            story of an earlier build gets that build's timeline, tracks and summary back.
        keys: article id -> analysis key (what the cache knows each article and analysis by);
            needed with ``cache``.

    Returns:
        Articles (in input order, undated ones given a window), claims (in input order, with
        ``track`` and ``story``), tracks, events, summary sentences (all tagged with their
        story) and the stories with their tracks, events and date spans filled.
    """
    # the records built so far (analyses, entities) are long-lived: keep the collector from
    # re-walking them for every story (a full collection per story made many small stories slow)
    with long_lived():
        return _reconcile_stories(
            articles, analyses, claims, stories, relations=relations, entities=entities, settings=settings,
            cache=cache if keys is not None else None, keys=keys or {},
        )


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Every object made so far is kept out of the cyclic collector's walks until the block ends.

    The records of a build (analyses, entities, the dossier) are many, long-lived and free of
    cycles: without this each full collection walks all of them again (on 2,225 articles the
    collector took a fifth of ``dossier add``). They are still freed by reference counting.
    Nested blocks leave the freeze to the outermost one.
    """
    # the depth of our own blocks first: ``gc.get_freeze_count`` walks every frozen object (tens
    # of milliseconds once a large build's records are frozen), so it is asked only outermost
    outer = _FREEZE_DEPTH[0] > 0 or gc.get_freeze_count() > 0
    _FREEZE_DEPTH[0] += 1
    gc.freeze()
    try:
        yield
    finally:
        _FREEZE_DEPTH[0] -= 1
        if not outer:
            gc.unfreeze()


# how many ``long_lived`` blocks are open (one process-wide count, as the collector's freeze is)
_FREEZE_DEPTH = [0]


def _reconcile_story(
    story: Story,
    members: Sequence[Article],
    analysis_of: Mapping[str, ArticleAnalysis],
    claims: Sequence[NumericClaim],
    rels: Sequence[Relation],
    entities: Sequence[Entity],
    *,
    settings: Settings,
) -> tuple[tuple[Article, ...], tuple[Event, ...], tuple[NumericClaim, ...], tuple[Track, ...], tuple[SummarySentence, ...]]:
    """The timeline, tracks and summary of one story, from its own inputs only."""
    if isinstance(analysis_of, _StoredAnalyses):
        member_analyses = analysis_of.of([a.id for a in members])
    else:
        member_analyses = [analysis_of[a.id] for a in members if a.id in analysis_of]
    # timeline of events; undated articles get a window from the rest of the story
    arts_t, evs = timeline_stage.build_timeline(members, member_analyses, entities=entities, relations=rels, settings=settings)
    # the figures of undated pages dated from their story ("December 18" of a story of 2024)
    claims = date_in_story(claims, arts_t)
    # the figures of a page that names no place, the story's one country
    claims = place_in_story(claims)
    # claim tracks across sources and time (claims of undated articles ordered by those windows)
    cl_t, trs = tracks_stage.build_tracks(
        claims, articles=arts_t, relations=rels, entities=entities, settings=settings, story=story.id
    )
    # extractive summary with citations
    summ = summary_stage.summarize_story(arts_t, member_analyses, relations=rels, tracks=trs, settings=settings)
    return tuple(arts_t), tuple(evs), tuple(cl_t), tuple(trs), tuple(summ)


_ENTITY_KEY_FIELDS = tuple(f.name for f in dataclasses.fields(Entity) if f.name != "mentions")


class _StoryFingerprint:
    """The cache key of one story's reconciliation: a digest of everything it reads.

    A story's timeline, tracks and summary are a function of its id, its articles (record and
    analysis: the analysis key covers both), its claims as linked to the merged entities,
    the relations between its articles, and the merged entities its articles mention (their
    names, type, aliases, roles and place: the stages read no mentions), with the settings
    and code of the analysis version. Equal digests, equal results.
    """

    def __init__(self, settings: Settings, keys: Mapping[str, str]) -> None:
        from .cache import analysis_version

        self.version = analysis_version(settings)
        self.keys = keys
        self.entity_digest: dict[int, bytes] = {}

    def _entity(self, e: Entity) -> bytes:
        d = self.entity_digest.get(id(e))
        if d is None:
            # its fields but the mentions, without copying the record
            d = hashlib.sha1(repr(tuple(getattr(e, f) for f in _ENTITY_KEY_FIELDS)).encode("utf-8", "surrogatepass")).digest()
            self.entity_digest[id(e)] = d
        return d

    def key(
        self,
        story: Story,
        members: Sequence[Article],
        claims: Sequence[NumericClaim],
        rels: Sequence[Relation],
        entities: Sequence[Entity],
    ) -> str:
        h = hashlib.sha256(f"{self.version}\x1e{story.id}".encode())
        for a in members:
            h.update(f"\x1ea{a.id}\x1f{self.keys.get(a.id, '?' + repr(a))}".encode("utf-8", "surrogatepass"))
        for c in claims:
            h.update(f"\x1ec{c.article}\x1f{c.id}\x1f{c.source!r}\x1f{c.via!r}".encode("utf-8", "surrogatepass"))
        for r in rels:
            h.update(f"\x1er{r!r}".encode("utf-8", "surrogatepass"))
        for e in entities:
            h.update(b"\x1ee")
            h.update(self._entity(e))
        return f"story:{h.hexdigest()}"


def _reconcile_stories(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis] | Mapping[str, ArticleAnalysis],
    claims: Sequence[NumericClaim],
    stories: Sequence[Story],
    *,
    relations: Sequence[Relation],
    entities: Sequence[Entity],
    settings: Settings,
    cache: AnalysisCache | None,
    keys: Mapping[str, str],
) -> tuple[list[Article], list[NumericClaim], list[Track], list[Event], list[SummarySentence], tuple[Story, ...]]:
    story_of = {a.id: a.story or "" for a in articles}
    articles_by: dict[str, list[Article]] = {}
    for a in articles:
        articles_by.setdefault(a.story or "", []).append(a)
    analysis_of = analyses if isinstance(analyses, Mapping) else {an.article: an for an in analyses}
    claims_by: dict[str, list[NumericClaim]] = {}
    for c in claims:
        claims_by.setdefault(story_of.get(c.article, ""), []).append(c)
    relations_by: dict[str, list[Relation]] = {}
    for r in relations:
        home = story_of.get(r.from_, "")
        if r.to is None or story_of.get(r.to) == home:
            relations_by.setdefault(home, []).append(r)
    # each story sees only the entities its articles mention (the per-story stages index the
    # entities they are given: the whole list for every story would make the build quadratic)
    entities_of: dict[str, list[Entity]] = {}
    for e in entities:
        for sid in {story_of.get(m.article, "") for m in e.mentions}:
            entities_of.setdefault(sid, []).append(e)
    new_article: dict[str, Article] = {}
    new_claim: dict[str, NumericClaim] = {}
    tracks: list[Track] = []
    events: list[Event] = []
    summary: list[SummarySentence] = []
    filled: list[Story] = []
    seen_events: set[str] = set()
    fingerprint = _StoryFingerprint(settings, keys) if cache is not None else None
    story_keys: dict[str, str] = {}
    if cache is not None and fingerprint is not None:
        for story in stories:
            story_keys[story.id] = fingerprint.key(
                story,
                articles_by.get(story.id, []),
                claims_by.get(story.id, []),
                relations_by.get(story.id, []),
                entities_of.get(story.id, []),
            )
        known = cache.get_many(story_keys.values())
    else:
        known = {}
    fresh: dict[str, Any] = {}
    for story in stories:
        key = story_keys.get(story.id, "")
        if key in known:
            arts_t, evs, cl_t, trs, summ = known[key]
        else:
            arts_t, evs, cl_t, trs, summ = _reconcile_story(
                story,
                articles_by.get(story.id, []),
                analysis_of,
                claims_by.get(story.id, []),
                relations_by.get(story.id, []),
                entities_of.get(story.id, []),
                settings=settings,
            )
            if key:
                fresh[key] = (arts_t, evs, cl_t, trs, summ)
        story_events: list[Event] = []
        for ev in evs:
            eid = ev.id if ev.id not in seen_events else stable_id("ev", story.id, ev.id)
            seen_events.add(eid)
            story_events.append(dataclasses.replace(ev, id=eid, story=story.id))
        for a in arts_t:
            new_article[a.id] = a
        for c in cl_t:
            new_claim[c.id] = c
        tracks.extend(trs)
        events.extend(story_events)
        summary.extend(dataclasses.replace(s, story=story.id) for s in summ)
        earliest, latest = stories_stage.story_span(arts_t)
        filled.append(
            dataclasses.replace(
                story,
                earliest=earliest,
                latest=latest,
                tracks=tuple(t.id for t in trs),
                events=tuple(e.id for e in story_events),
            )
        )
    if cache is not None and fresh:
        cache.put_many(fresh)
    out_articles = [new_article.get(a.id, a) for a in articles]
    # (the copy for a claim no story returned is made only for those: ``dict.get``'s default was
    # made for every claim)
    out_claims = [new_claim[c.id] if c.id in new_claim else dataclasses.replace(c, story=story_of.get(c.article)) for c in claims]
    return out_articles, out_claims, tracks, events, summary, tuple(filled)
