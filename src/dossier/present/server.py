"""The web app: a small, read-only Starlette app over a built dossier (``dossier serve DIR``).

Pages: ``/`` is the report rendered live (with filters by source, outlet, track and
date as query parameters), ``/search?q=`` full-text search over article text, titles and
quotes, ``/ask?q=`` a question answered with every source's figure, ``/docs`` the API
reference (rendered from ``/openapi.json``, no CDN).
JSON API: ``/api/articles``, ``/api/articles/{id}``, ``/api/claims``, ``/api/quotes``,
``/api/tracks``, ``/api/events``, ``/api/search``, ``/api/ask``.

The app reads ``DIR/dossier.json`` (reloaded when the file changes, e.g. after a rebuild),
checked for its schema and shape first: a missing or damaged dossier is a 503 with a
message, never a traceback. The dossier, its normalised form and the process-wide caches
``ask`` relies on (gazetteer, alias tables) are built once, under a lock, however many
requests arrive at the same time; pages are rendered once per version of the file.
Search reads the SQLite FTS5 index built with the dossier (``search.sqlite``; bm25 ranking,
snippets in context, the hits' article labels by primary key); DuckDB's full-text extension is
not shipped in the wheel and would need a download. Questions (``/ask``, ``/api/ask``) are
answered from the same index when it belongs to the dossier's build: the story asked about is
found by its words and only its part of the dossier is read (``stories.answer_from_index``). Only GET is served; every response
carries a Content-Security-Policy header that loads nothing from anywhere (HTML pages:
the same policy their ``<meta>`` tag states, plus ``frame-ancestors 'none'``). A URL
longer than ``MAX_URL`` is answered 414.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import __version__
from .ask import Answer, answer_question, format_answer
from ..errors import StoreError
from ..store import SEARCH_INDEX, article_labels, open_index_of_output, open_search_index
from ..model import to_dict
from .report import render_story_index, render_template, static_text
from .stories import answer_from_index, answer_in_story, story_body
from .views import anchor, article_date, build_context, filter_dossier, normalise_dossier, parse_day, ref_name

MAX_LIMIT = 10_000
MAX_URL = 8_192  # longest path + query answered; longer is 414
MEMO_SIZE = 512  # answers and search results kept per version of the dossier
log = logging.getLogger(__name__)


class _DossierFile:
    """Reads ``dossier.json`` and re-reads it when it changes; builds shared caches once.

    ``get`` loads, checks and normalises the file under one lock, so that many concurrent
    first requests wait for a single load instead of each building their own copy. On
    each new version it also warms the process-wide caches of ``ask`` (one question
    answered), which are otherwise filled by whichever threads get there first.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self._lock = threading.Lock()
        self._render_lock = threading.Lock()
        self._stamp: tuple[float, int, int] | None = None
        self._data: dict[str, Any] | None = None
        self._page: str | None = None  # the unfiltered report page of this version
        self._memo: OrderedDict[tuple[str, ...], Any] = OrderedDict()  # answers of this version, most recent last
        self._pending: dict[tuple[str, ...], threading.Lock] = {}
        self._index: tuple[tuple[float, int, int] | None, sqlite3.Connection | None] | None = None

    def story_index(self) -> sqlite3.Connection | None:
        """The index built with the current dossier, with its story tables (None: answer from the dossier).

        Opened once per version of the file (``store.open_index_of_output``: the index of the
        same build); questions read one story's part from it instead of the whole dossier.
        """
        self.get()
        with self._lock:
            if self._index is None or self._index[0] != self._stamp:
                if self._index is not None and self._index[1] is not None:
                    self._index[1].close()
                self._index = (self._stamp, open_index_of_output(self.out_dir))
            return self._index[1]

    def page(self) -> str:
        """Return the unfiltered live report page, rendered once per version of the file."""
        data = self.get()
        with self._render_lock:
            if self._page is None or self._data is not data:
                stories = [s for s in data.get("stories") or [] if isinstance(s, Mapping)]
                # several stories: the index only (each row opens /?story=ID), never every story on one page
                self._page = (render_story_index(data, live=True) if len(stories) > 1
                              else render_template("report.html.j2", build_context(data, live=True)))
            return self._page

    def get(self) -> dict[str, Any]:
        """Return the current dossier dict (checked and normalised).

        Raises:
            StoreError: the file is missing, unreadable or not a dossier of this schema.
        """
        from ..store import read_dossier

        path = self.out_dir / "dossier.json" if self.out_dir.is_dir() else self.out_dir
        try:
            st = path.stat()  # follows OUT/dossier.json -> .current/...: a rebuild changes the inode
        except OSError as exc:
            raise StoreError(f"No dossier at {path}: run `dossier build INPUT_DIR --out {self.out_dir}` first.") from exc
        stamp = (st.st_mtime, st.st_size, st.st_ino)
        data = self._data
        if data is not None and stamp == self._stamp:
            return data
        with self._lock:
            if self._data is None or stamp != self._stamp:
                fresh = normalise_dossier(read_dossier(path))
                _warm_caches(fresh)
                self._data = fresh
                self._stamp = stamp
                with self._render_lock:
                    self._page = None
                self._memo.clear()
            return self._data

    def memo(self, key: tuple[str, ...], compute: Callable[[dict[str, Any]], Any]) -> Any:
        """Return ``compute(dossier)`` for ``key``, computed once per version of the file.

        Concurrent requests for the same key wait for one computation (single flight);
        the ``MEMO_SIZE`` most recently used results are kept.
        """
        data = self.get()
        full = (str(id(data)), *key)
        with self._lock:
            if full in self._memo:
                self._memo.move_to_end(full)
                return self._memo[full]
            pending = self._pending.setdefault(full, threading.Lock())
        with pending:
            with self._lock:
                if full in self._memo:
                    return self._memo[full]
            value = compute(data)
            with self._lock:
                self._memo[full] = value
                while len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
                self._pending.pop(full, None)
            return value


def _warm_caches(data: dict[str, Any]) -> None:
    """Fill the process-wide caches ``ask`` uses (gazetteer, aliases) once, before any request uses them."""
    try:
        # a country, a city and a bare measure: loads the gazetteer, the alias and demonym tables
        # one story's part is enough (the caches do not depend on the dossier), and cheap at any size
        stories = [s for s in data.get("stories") or [] if isinstance(s, Mapping)]
        part = story_body(data, str(stories[0].get("id"))) if len(stories) > 1 else data
        for q in ("How many people died in France?", "How many troops are in Paris?", "How many people?"):
            answer_question(q, part)
    except Exception:  # noqa: BLE001 - warming is an optimisation; a real request reports its own error
        log.debug("warming the ask caches failed", exc_info=True)


# --- search ------------------------------------------------------------------------------


_INDEXES: dict[int, tuple[Mapping[str, Any], sqlite3.Connection]] = {}  # id(dossier dict) -> its index
_INDEX_LOCK = threading.Lock()


def _index_for(d: Mapping[str, Any], path: Path | None) -> sqlite3.Connection:
    """The full-text index of a dossier dict: the one built with it (``path``) when it is current,
    else built in memory once for this dict."""
    from ..store import open_search_index, write_search_index

    with _INDEX_LOCK:
        cached = _INDEXES.get(id(d))
        if cached is not None and cached[0] is d:
            return cached[1]
    conn = open_search_index(path, d) if path is not None else None
    if conn is None:
        conn = write_search_index(d, ":memory:")
    with _INDEX_LOCK:
        for key in list(_INDEXES)[:-1]:  # keep the last two versions
            _INDEXES.pop(key)[1].close()
        _INDEXES[id(d)] = (d, conn)
    return conn


def search_dossier(
    d: Mapping[str, Any], q: str, *, limit: int = 100, per_article: int = 5, index: Path | None = None
) -> list[dict[str, Any]]:
    """Search the articles (sentences and titles) and quotes: ranked hits, each with its match in context.

    Uses the SQLite FTS5 index written at build time (``search.sqlite`` beside the dossier, see
    ``dossier.store.write_search_index``); when it is missing or stale, the same index is built
    in memory once per version of the dossier. Every word must occur (``"quoted phrases"`` as
    phrases); case, accents and word endings are folded; hits are ranked by bm25.

    Args:
        d: the dossier dict.
        q: the query.
        limit: the most hits returned.
        per_article: the most sentence hits per article.
        index: the index file built with the dossier, if any.

    Returns:
        Hits, best first, with ``kind`` (article|title|quote), ``article``, ``start``/``end`` offsets
        into the article text (of the match; for quotes: the quote's span), ``link``, ``label``,
        ``speaker``, ``score`` and the snippet ``before``/``match``/``after`` (spaces kept).
    """
    from ..store import search_index

    if not q.strip():
        return []

    def label(a: Mapping[str, Any]) -> str:
        title = a.get("title") or a.get("source") or a.get("id")
        outlet = a.get("outlet") or a.get("publisher")
        when = article_date(a)
        return " · ".join(str(x) for x in (outlet, title, when) if x)

    conn = _index_for(d, index)
    raw = search_index(conn, q.strip(), limit=max(limit * 3, 50))
    # the hits' articles by the index's primary key (an index written before that table: the dossier's list)
    try:
        by_id: Mapping[str, Mapping[str, Any]] = article_labels(conn, {str(h["article"]) for h in raw})
    except sqlite3.Error:
        by_id = {str(a.get("id")): a for a in d.get("articles") or [] if isinstance(a, dict)}
    hits: list[dict[str, Any]] = []
    per: dict[str, int] = {}
    for h in raw:
        aid = str(h["article"])
        if h["kind"] == "article":
            per[aid] = per.get(aid, 0) + 1
            if per[aid] > per_article:
                continue
        a = by_id.get(aid) or {}
        link = anchor(aid, h["start"], h["end"]) if h["start"] is not None else anchor(aid)
        hits.append(
            {
                "kind": h["kind"], "article": aid, "quote": h["quote"], "start": h["start"], "end": h["end"],
                "link": link, "label": label(a), "speaker": h["speaker"], "score": round(h["score"], 4),
                "before": h["before"], "match": h["match"], "after": h["after"],
            }
        )
        if len(hits) >= limit:
            break
    return hits


# --- OpenAPI -----------------------------------------------------------------------------


def _param(name: str, description: str, *, kind: str = "string", fmt: str | None = None, where: str = "query",
           required: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": kind}
    if fmt:
        schema["format"] = fmt
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema}


_DATE_PARAMS = [
    _param("since", "Only items dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).", fmt="date"),
    _param("until", "Only items dated on or before this day.", fmt="date"),
]
_PAGE_PARAMS = [
    _param("limit", f"The most items returned (default 1000, at most {MAX_LIMIT}).", kind="integer"),
    _param("offset", "Items skipped before the first returned (default 0).", kind="integer"),
]


def openapi_spec() -> dict[str, Any]:
    """Return the OpenAPI 3.1 document of the JSON API.

    Returns:
        The OpenAPI dict served at ``/openapi.json`` and rendered at ``/docs``.
    """

    def op(op_id: str, summary: str, params: list[dict[str, Any]], example: str, description: str = "",
           extra: dict[str, Any] | None = None) -> dict[str, Any]:
        responses: dict[str, Any] = {"200": {"description": "OK (JSON)", "content": {"application/json": {"schema": {"type": "object"}}}}}
        responses.update(extra or {})
        return {"get": {"operationId": op_id, "summary": summary, "description": description, "parameters": params,
                        "responses": responses, "x-example": example}}

    bad = {"400": {"description": "a parameter could not be read (the message says which)"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "dossier API",
            "version": __version__,
            "description": "Read-only access to a built dossier: articles, claims, quotes, tracks, events, search and questions. "
            "Items carry provenance: article id and start/end offsets into the article's text.",
        },
        "paths": {
            "/api/articles": op("listArticles", "Articles (metadata; add text=1 for the text).",
                                [_param("outlet", "Outlet or publisher contains this (case-insensitive)."), *_DATE_PARAMS,
                                 _param("text", "1 to include each article's text.", kind="integer"), *_PAGE_PARAMS],
                                "/api/articles?outlet=cnn", extra=bad),
            "/api/articles/{id}": op("getArticle", "One article with its text.",
                                     [_param("id", "The article id.", where="path", required=True)], "/api/articles/art-0123456789ab",
                                     extra={"404": {"description": "no article with that id"}}),
            "/api/claims": op("listClaims", "Numeric claims, filtered.",
                              [_param("source", "Claim source contains this."), _param("track", "Track id."),
                               _param("outlet", "Article outlet contains this."), *_DATE_PARAMS, *_PAGE_PARAMS],
                              "/api/claims?track=trk-…&since=2024-10-01",
                              "Dates: a claim's as-of date, else its article's publication date.", extra=bad),
            "/api/quotes": op("listQuotes", "Quotes, filtered.",
                              [_param("speaker", "Speaker name contains this."), _param("q", "Quote text contains this."),
                               _param("outlet", "Article outlet contains this."), *_DATE_PARAMS, *_PAGE_PARAMS],
                              "/api/quotes?speaker=blinken", extra=bad),
            "/api/tracks": op("listTracks", "Claim tracks: the same measure and place across sources and time.",
                              [_param("track", "Only this track id.")], "/api/tracks"),
            "/api/events": op("listEvents", "Timeline events with evidence.", [*_DATE_PARAMS], "/api/events?since=2024-11-01", extra=bad),
            "/api/search": op("search", "Full-text search over article text, titles and quotes (case-insensitive).",
                              [_param("q", "Words or a \"quoted phrase\".", required=True),
                               _param("limit", "The most hits (default 100).", kind="integer")],
                              "/api/search?q=Kursk", extra=bad),
            "/api/ask": op("ask", "Answer a how-many question from the tracks and claims, with citations.",
                           [_param("q", "The question.", required=True)], "/api/ask?q=How many troops are in the region?", extra=bad),
        },
    }


# --- app ---------------------------------------------------------------------------------


class _BadRequest(Exception):
    pass


def _int_param(request: Request, name: str, default: int, maximum: int) -> int:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(str(raw))
    except ValueError as exc:
        raise _BadRequest(f"{name}={raw!r} is not a whole number.") from exc
    if value < 0:
        raise _BadRequest(f"{name} must be 0 or more, not {value}.")
    return min(value, maximum)


def _date_params(request: Request) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in ("since", "until"):
        raw = request.query_params.get(name) or None
        if raw is not None and parse_day(raw) is None:
            raise _BadRequest(f"{name}={raw!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY.")
        out[name] = raw
    return out


def _page(items: list[Any], request: Request) -> dict[str, Any]:
    limit = _int_param(request, "limit", 1000, MAX_LIMIT)
    offset = _int_param(request, "offset", 0, 10**9)
    return {"total": len(items), "offset": offset, "limit": limit, "items": items[offset : offset + limit]}


_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', re.IGNORECASE)


def _html(html: str, status_code: int = 200) -> HTMLResponse:
    """An HTML response whose Content-Security-Policy header states the page's own policy."""
    response = HTMLResponse(html, status_code=status_code)
    m = _META_CSP.search(html[:4096])
    if m:
        response.headers["Content-Security-Policy"] = m.group(1).strip().rstrip(";") + "; frame-ancestors 'none'"
    return response


class _SecurityHeaders(BaseHTTPMiddleware):
    """Adds headers that keep the app's pages from loading or leaking anything."""

    async def dispatch(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for k, v in _SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response


class _UrlLimit:
    """ASGI middleware: a URL (path + query) longer than ``MAX_URL`` is answered 414 at once."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            size = len(scope.get("raw_path") or scope.get("path", "").encode()) + len(scope.get("query_string") or b"")
            if size > MAX_URL:
                response = JSONResponse(
                    {"error": f"The URL is {size} bytes long; the most this server reads is {MAX_URL}. Shorten the query."},
                    status_code=414,
                    headers=_SECURITY_HEADERS,
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def make_app(out_dir: Path, *, preload: bool = False) -> Starlette:
    """Build the read-only web app over a built dossier folder.

    Args:
        out_dir: the folder ``dossier build`` wrote (holding ``dossier.json``), or the file.
        preload: load the dossier and warm the shared caches now (``dossier serve`` does,
            before it listens, so that the first requests find everything ready).

    Returns:
        A Starlette application (serve it with uvicorn; the CLI binds 127.0.0.1).

    Raises:
        StoreError: with ``preload``, the dossier is missing or damaged.
    """
    source = _DossierFile(Path(out_dir))
    if preload:
        source.get()
    css = Markup(static_text("report.css"))

    def guarded(fn: Callable[[Request], Response]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                return await run_in_threadpool(fn, request)
            except _BadRequest as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            except StoreError as exc:
                return JSONResponse({"error": str(exc)}, status_code=503, headers={"Retry-After": "5"})
            except Exception as exc:  # noqa: BLE001 - no traceback reaches a user
                log.exception("%s failed", request.url.path)
                return JSONResponse(
                    {"error": f"Internal error ({type(exc).__name__}); the server log has the details."}, status_code=500
                )

        return endpoint

    def page(request: Request) -> Response:
        dates = _date_params(request)
        filters = {k: request.query_params.get(k) or None for k in ("source", "outlet", "track")}
        filters.update(dates)
        story = request.query_params.get("story") or None
        if not any(filters.values()) and story is None:
            return _html(source.page())
        # one story per page: ?story=ID (the index on the full page links here)
        body = story_body(source.get(), story) if story else source.get()
        shown = filter_dossier(body, **filters)
        ctx = build_context(shown, live=True, filters={k: v for k, v in filters.items() if v})
        return _html(render_template("report.html.j2", ctx))

    def search_page(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()
        hits = search_dossier(source.get(), q, limit=201, index=source.out_dir / SEARCH_INDEX) if q else []
        html = render_template("search.html.j2", {"q": q, "hits": hits[:200], "truncated": len(hits) > 200, "css": css})
        return _html(html)

    def answer_with_index(q: str, d: dict[str, Any]) -> Answer:
        # the index built with the dossier: only the story asked about is read from it
        stories = source.story_index()
        if stories is not None:
            found = answer_from_index(q, stories)
            if found is not None:
                return found
        # else from the dossier; the index ranks what is close to an unanswered question
        index = open_search_index(source.out_dir / SEARCH_INDEX, d)
        try:
            return answer_in_story(q, d, index=index)
        finally:
            if index is not None:
                index.close()

    def ask_page(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()
        answer = source.memo(("ask-page", q), lambda d: answer_with_index(q, d)) if q else None
        return _html(render_template("ask.html.j2", {"q": q, "answer": answer, "css": css}))

    def docs(request: Request) -> Response:
        return _html(render_template("docs.html.j2", {"spec": openapi_spec(), "css": css}))

    def openapi(request: Request) -> Response:
        return JSONResponse(openapi_spec())

    def api_articles(request: Request) -> Response:
        d = source.get()
        dates = _date_params(request)
        since, until = parse_day(dates["since"]), parse_day(dates["until"])
        outlet = (request.query_params.get("outlet") or "").casefold()
        with_text = request.query_params.get("text") in ("1", "true", "yes")
        from .views import date_range

        items = []
        for a in d.get("articles") or []:
            if outlet and outlet not in f"{a.get('outlet') or ''}\n{a.get('publisher') or ''}".casefold():
                continue
            if since or until:
                r = date_range(a.get("published"))
                if r is None or (since and r[1] < since) or (until and r[0] > until):
                    continue
            item = {k: v for k, v in a.items() if with_text or k not in ("text", "removed")}
            items.append(item)
        return JSONResponse(_page(items, request))

    def api_article(request: Request) -> Response:
        aid = request.path_params["id"]
        for a in source.get().get("articles") or []:
            if str(a.get("id")) == aid:
                return JSONResponse(a)
        return JSONResponse({"error": f"No article with id {aid!r}; list them at /api/articles."}, status_code=404)

    def api_claims(request: Request) -> Response:
        dates = _date_params(request)
        qp = request.query_params
        d = filter_dossier(source.get(), source=qp.get("source") or None, track=qp.get("track") or None,
                           outlet=qp.get("outlet") or None, **dates)
        return JSONResponse(_page(d["claims"], request))

    def api_quotes(request: Request) -> Response:
        dates = _date_params(request)
        qp = request.query_params
        d = filter_dossier(source.get(), speaker=qp.get("speaker") or None, q=qp.get("q") or None,
                           outlet=qp.get("outlet") or None, **dates)
        return JSONResponse(_page(d["quotes"], request))

    def api_tracks(request: Request) -> Response:
        track = request.query_params.get("track")
        items = [t for t in source.get().get("tracks") or [] if not track or t.get("id") == track]
        return JSONResponse({"total": len(items), "items": items})

    def api_events(request: Request) -> Response:
        dates = _date_params(request)
        d = filter_dossier(source.get(), **dates)
        return JSONResponse({"total": len(d["events"]), "items": d["events"]})

    def api_search(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()
        if not q:
            raise _BadRequest("q is required: the words or \"phrase\" to search for.")
        limit = _int_param(request, "limit", 100, 1000)
        hits = source.memo(
            ("search", q, str(limit)), lambda d: search_dossier(d, q, limit=limit, index=source.out_dir / SEARCH_INDEX)
        )
        return JSONResponse({"q": q, "total": len(hits), "items": hits})

    def api_ask(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()
        if not q:
            raise _BadRequest("q is required: the question to answer, e.g. q=How many people died?")
        def compute(d: dict[str, Any]) -> bytes:
            found = answer_with_index(q, d)
            body = to_dict(found)
            body["formatted"] = format_answer(found)
            return bytes(JSONResponse(body).body)  # the rendered bytes: a repeat costs no serialisation

        return Response(source.memo(("ask", q), compute), media_type="application/json")

    def report_alias(request: Request) -> Response:
        return RedirectResponse("/", status_code=307)

    routes = [
        Route("/", guarded(page), methods=["GET", "HEAD"]),
        Route("/report.html", report_alias, methods=["GET", "HEAD"]),
        Route("/search", guarded(search_page), methods=["GET", "HEAD"]),
        Route("/ask", guarded(ask_page), methods=["GET", "HEAD"]),
        Route("/docs", guarded(docs), methods=["GET", "HEAD"]),
        Route("/openapi.json", guarded(openapi), methods=["GET", "HEAD"]),
        Route("/api/articles", guarded(api_articles), methods=["GET", "HEAD"]),
        Route("/api/articles/{id}", guarded(api_article), methods=["GET", "HEAD"]),
        Route("/api/claims", guarded(api_claims), methods=["GET", "HEAD"]),
        Route("/api/quotes", guarded(api_quotes), methods=["GET", "HEAD"]),
        Route("/api/tracks", guarded(api_tracks), methods=["GET", "HEAD"]),
        Route("/api/events", guarded(api_events), methods=["GET", "HEAD"]),
        Route("/api/search", guarded(api_search), methods=["GET", "HEAD"]),
        Route("/api/ask", guarded(api_ask), methods=["GET", "HEAD"]),
    ]
    return Starlette(routes=routes, middleware=[Middleware(_UrlLimit), Middleware(_SecurityHeaders)])
