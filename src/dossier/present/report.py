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
import os
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..model import Dossier
from ..store import body_dict, record_dict, story_slices, story_slices_of
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


def render_report(dossier_dict: dict[str, Any]) -> str:
    """Render the self-contained report page of a dossier.

    A dossier of one story is one page with everything. A dossier of several stories is one
    file that opens on the story index: each story's page is rendered here as well, but kept
    as the text of a ``<script type="text/x-dossier-story" id="story-N">`` element (text that the
    HTML parser skips without building anything, and the page script parses only when the
    story is opened), so that the index shows at once however many stories the file holds
    (``render_story_index``).

    Args:
        dossier_dict: the dossier.json dict (``dossier.model.dossier_to_dict(dossier)``).

    Returns:
        The complete HTML document (works offline from a file:// URL).
    """
    stories = [s for s in dossier_dict.get("stories") or [] if isinstance(s, Mapping)]
    if len(stories) > 1:
        return render_story_index(dossier_dict)
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


def render_story_index(dossier_dict: dict[str, Any], *, live: bool = False) -> str:
    """The report of a dossier of several stories: the story index, each story deferred (``story_block``).

    Args:
        dossier_dict: the dossier.json dict.
        live: the web app's page: rows link to ``/?story=ID`` (one story per page, rendered by
            the server), no story is embedded, and the search and ask forms are shown.

    Returns:
        The HTML document: the index rows (title, dates, article count, main figures) and, for
        the file, one deferred block per story, in the order of ``stories``.
    """
    rows = story_index(dossier_dict)
    blocks = [] if live else [Markup(story_block(part)) for _s, part, _w in story_slices(dossier_dict)]
    articles = [a for a in dossier_dict.get("articles") or [] if isinstance(a, Mapping)]
    ctx = {"title": "Dossier", "stories": rows, "blocks": blocks, "n_articles": len(articles), "live": live,
           "schema_version": dossier_dict.get("schema_version")}
    return render_template("report_index.html.j2", ctx)


def write_dossier_report(dossier: Dossier, path: Path) -> None:
    """Write the report of a built dossier to ``path`` piece by piece (UTF-8, synced to disk).

    The same bytes as ``render_report(body_dict(dossier))``; for a dossier of several stories the
    page is written as it is rendered, one story's block at a time, from that story's records
    alone (``store.story_slices_of``): neither the dossier dict nor the page is ever held whole,
    so the memory of writing it does not grow with the corpus.

    Args:
        dossier: the built dossier.
        path: the file to write.
    """
    with open(path, "w", encoding="utf-8") as fh:
        if len(dossier.stories) <= 1:
            fh.write(render_report(body_dict(dossier)))
        else:
            in_tracks = {cid for t in dossier.tracks for cid in t.claims}
            index_body = {
                "stories": [record_dict(s) for s in dossier.stories],
                "tracks": [record_dict(t) for t in dossier.tracks],
                "claims": [record_dict(c) for c in dossier.claims if c.id in in_tracks],
            }
            ctx = {
                "title": "Dossier",
                "stories": story_index(index_body),
                "blocks": (Markup(story_block(part)) for _s, part, _w in story_slices_of(dossier)),
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
