"""The story index: what a folder of several stories opens on, and one story's part of a dossier.

``story_index`` gives a row per story (title, date span, article count, its main figures with
their spread and a sparkline per main track); ``story_body`` cuts a dossier dict down to one
story, so that the report and the web app show one story per page. Values come from the dossier
dict (untrusted text is escaped by the templates; the sparkline SVG escapes its own text).
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..reconcile.tracks import counts_people

if TYPE_CHECKING:  # ask imports views, which imports this module: import ask when answering
    from .ask import Answer

MAIN_TRACKS = 3


def _num(v: object) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v)


_PERCENT_UNITS = frozenset({"%", "percent", "percentage", "per cent"})


def unit_suffix(unit: object) -> str:
    """What follows a figure in a unit: "%" for rates, " <unit>" otherwise, "" for counts."""
    if not unit or not isinstance(unit, str) or unit in {"people", "persons", "count"}:
        return ""
    return "%" if unit.lower() in _PERCENT_UNITS else f" {unit}"


def _fmt(v: float | None) -> str:
    if v is None:
        return "?"
    return f"{v:,.0f}" if abs(v) >= 10 or v == int(v) else f"{v:,.1f}"


def sparkline(values: list[float], *, width: int = 96, height: int = 22, label: str = "") -> str:
    """A small SVG line of a track's figures in their order (no axes; hover shows the label).

    Args:
        values: the figures, oldest first.
        width: SVG width.
        height: SVG height.
        label: text for the tooltip (escaped here).

    Returns:
        The SVG markup (empty when there are no figures).
    """
    if not values:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    n = len(values)
    pts = []
    for i, v in enumerate(values):
        x = 3 + (i / (n - 1) if n > 1 else 0.5) * (width - 6)
        y = height - 3 - (v - lo) / span * (height - 6) if hi > lo else height / 2
        pts.append(f"{x:.1f},{y:.1f}")
    dots = "".join(f'<circle cx="{p.split(",")[0]}" cy="{p.split(",")[1]}" r="1.8"/>' for p in pts)
    return (
        f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{html.escape(label)}" xmlns="http://www.w3.org/2000/svg"><title>{html.escape(label)}</title>'
        f'<polyline fill="none" stroke="currentColor" stroke-width="1.4" points="{" ".join(pts)}"/>{dots}</svg>'
    )


def story_index(d: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per story of a dossier dict, largest story first.

    Args:
        d: the dossier.json dict.

    Returns:
        Rows with ``id``, ``title``, ``earliest``, ``latest``, ``articles`` (count), ``events``
        (count) and ``figures``: for up to ``MAIN_TRACKS`` main tracks, ``measure``, ``location``,
        ``spread`` ("120 – 230") and ``spark`` (SVG markup). Empty for a dossier without stories.
    """
    stories = [s for s in d.get("stories") or [] if isinstance(s, Mapping)]
    tracks = {str(t.get("id")): t for t in d.get("tracks") or [] if isinstance(t, Mapping)}
    claims = {str(c.get("id")): c for c in d.get("claims") or [] if isinstance(c, Mapping)}
    rows = []
    for s in stories:
        own = [tracks[t] for t in s.get("tracks") or [] if t in tracks]
        # the main figures: counts of people (the dead, the wounded, troops ...) before sizes and
        # things (a quake's magnitude, the number of states hit), then the best sourced
        own.sort(
            key=lambda t: (
                not counts_people(next((c.get("measure_key") for cid in t.get("claims") or [] if (c := claims.get(cid))), None)),
                -(int(t.get("independent_sources") or 0)),
                -len(t.get("claims") or []),
                str(t.get("id")),
            )
        )
        figures = []
        for t in own[:MAIN_TRACKS]:
            values = [v for cid in t.get("claims") or [] if (v := _num((claims.get(cid) or {}).get("value"))) is not None]
            low, high = _num(t.get("low")), _num(t.get("high"))
            spread = _fmt(low) if low == high else f"{_fmt(low)} \u2013 {_fmt(high)}"
            units = {(claims.get(cid) or {}).get("unit") for cid in t.get("claims") or []}
            if len(units) == 1 and low is not None:
                spread += unit_suffix(next(iter(units)))
            label = f"{t.get('measure') or ''}: {spread}"
            figures.append(
                {
                    "measure": str(t.get("measure") or ""),
                    "location": str(t.get("location") or ""),
                    "spread": spread,
                    "sources": t.get("independent_sources"),
                    "spark": sparkline(values, label=label),
                }
            )
        rows.append(
            {
                "id": str(s.get("id") or ""),
                "title": str(s.get("title") or "Untitled story"),
                "earliest": s.get("earliest"),
                "latest": s.get("latest"),
                "articles": len(s.get("articles") or []),
                "events": len(s.get("events") or []),
                "figures": figures,
            }
        )
    return rows


def story_body(d: Mapping[str, Any], story: str) -> dict[str, Any]:
    """The part of a dossier dict that belongs to one story (its articles and what they hold).

    Args:
        d: the dossier.json dict.
        story: a story id.

    Returns:
        A dossier dict with only that story's articles, claims, quotes, time expressions,
        tracks, events, summary sentences, relations between its articles and entities
        mentioned in them (with only their mentions in them); ``stories`` holds the one story. Unknown id: a dossier with nothing.
    """
    own = next((s for s in d.get("stories") or [] if isinstance(s, Mapping) and s.get("id") == story), None)
    ids = set(own.get("articles") or []) if own else set()
    out = dict(d)

    def of_articles(key: str, field: str = "article") -> list[Any]:
        return [x for x in d.get(key) or [] if isinstance(x, Mapping) and x.get(field) in ids]

    out["articles"] = of_articles("articles", "id")
    for key in ("claims", "quotes", "time_expressions", "summary"):
        out[key] = of_articles(key)
    out["tracks"] = [t for t in d.get("tracks") or [] if isinstance(t, Mapping) and t.get("story") == story]
    out["events"] = [e for e in d.get("events") or [] if isinstance(e, Mapping) and e.get("story") == story]
    out["relations"] = [
        r for r in d.get("relations") or [] if isinstance(r, Mapping) and r.get("from") in ids and (r.get("to") is None or r.get("to") in ids)
    ]
    # each entity with its mentions in the story's articles (its page counts and links those)
    out["entities"] = []
    for e in d.get("entities") or []:
        if isinstance(e, Mapping):
            mentions = e.get("mentions") or []
            inside = [m for m in mentions if isinstance(m, Mapping) and m.get("article") in ids]
            if inside:
                out["entities"].append(e if len(inside) == len(mentions) else {**e, "mentions": inside})
    out["stories"] = [own] if own else []
    return out


_WORD = re.compile(r"[a-z][a-z'-]{2,}")
#: words a question may use for what a story's titles and tracks call otherwise ("the X quake" of an
#: "earthquake" story): each question word also looks for these
_WORD_VARIANTS: dict[str, tuple[str, ...]] = {
    "quake": ("earthquake",), "earthquake": ("quake",), "tremor": ("earthquake", "quake"),
    "blaze": ("fire", "wildfire"), "wildfire": ("fire", "blaze"), "fire": ("wildfire", "blaze"),
    "flood": ("floods", "flooding"), "floods": ("flood", "flooding"), "flooding": ("flood", "floods"),
    "landslide": ("landslides", "mudslide"), "landslides": ("landslide", "mudslide"), "mudslide": ("landslide", "landslides"),
    "troops": ("soldiers",), "soldiers": ("troops",), "storm": ("storms",), "storms": ("storm",),
}


def question_words(question: str) -> dict[str, str]:
    """The words of a question that can name its story, each with the variants a story may use
    instead: ``{word or variant: the question's word}`` (a story shares a question word once,
    whichever of its forms it uses)."""
    from .ask import STOPWORDS

    words = {w for w in _WORD.findall(question.lower()) if w not in STOPWORDS}
    out = {v: w for w in sorted(words) for v in _WORD_VARIANTS.get(w, ())}
    out.update({w: w for w in words})
    return out


def _story_words(d: Mapping[str, Any], story: Mapping[str, Any]) -> set[str]:
    """The words that name a story: titles, places, measures, and the names its articles mention."""
    ids = set(story.get("articles") or [])
    texts = [str(story.get("title") or "")]
    for a in d.get("articles") or []:
        if isinstance(a, Mapping) and a.get("id") in ids:
            texts.append(str(a.get("title") or ""))
            texts.append(str(a.get("dateline") or ""))
    own = set(story.get("tracks") or [])
    for t in d.get("tracks") or []:
        if isinstance(t, Mapping) and t.get("id") in own:
            texts.append(f"{t.get('measure') or ''} {t.get('location') or ''}")
    for e in d.get("entities") or []:
        if isinstance(e, Mapping) and any(isinstance(m, Mapping) and m.get("article") in ids for m in e.get("mentions") or []):
            texts.append(str(e.get("name") or ""))
    return {w for t in texts for w in _WORD.findall(t.lower())}


def answer_in_story(question: str, d: Mapping[str, Any], *, index: Any = None) -> Answer:
    """Answer a question within the story it is about, and say which story that is.

    The story is the one whose names (titles, places, measures, entities) share the most words
    with the question; when none does, the first story (largest first) that has an answer.
    A dossier of one story is answered as a whole, as before.

    Args:
        question: e.g. "How many people died in the Kestria earthquake?".
        d: the dossier.json dict.
        index: the open full-text index built with the dossier, if any (see ``answer_question``).

    Returns:
        The ``Answer`` of ``answer_question`` on that story's part of the dossier, its text
        starting with the story's title.
    """
    from .ask import answer_question

    stories = [s for s in d.get("stories") or [] if isinstance(s, Mapping)]
    if len(stories) <= 1:
        return answer_question(question, dict(d), index=index)
    words = question_words(question)
    scored = sorted(
        ((len({words[w] for w in _story_words(d, s) if w in words}), -len(s.get("articles") or []), str(s.get("id")))
         for s in stories),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    by_id = {str(s.get("id")): s for s in stories}
    order = [sid for _, _, sid in scored] if scored[0][0] > 0 else [str(s.get("id")) for s in stories]
    first: Answer | None = None
    for sid in order if scored[0][0] == 0 else order[:1]:
        answer = answer_question(question, story_body(d, sid), index=index)
        title = str(by_id[sid].get("title") or "Untitled story")
        answer = dataclasses.replace(answer, text=f"In the story \u201c{title}\u201d: {answer.text}")
        if first is None:
            first = answer
        if answer.found:
            return answer
    assert first is not None
    return first


def answer_from_index(question: str, index: Any) -> Answer | None:
    """``answer_in_story`` from the index built with the dossier, loading only the story asked about.

    The story is chosen as ``answer_in_story`` chooses it, from the index's ``story_words``
    table (a lookup of the question's words, never a scan of the dossier); only that story's
    part (``store.load_story_part``) is read and answered. When no story shares a word with
    the question, stories are tried in the dossier's order until one has an answer, each
    loaded in turn, as ``answer_in_story`` does.

    Args:
        question: the question as asked.
        index: an open ``search.sqlite`` (``store.open_index_of_output``) with the story tables.

    Returns:
        The same ``Answer`` as ``answer_in_story`` on the whole dossier, or None when the index
        has no story tables (then answer from the dossier).
    """
    from ..store import has_story_tables, load_story_part, story_candidates, story_count, story_order
    from .ask import answer_question

    if not has_story_tables(index):
        return None
    if story_count(index) <= 1:
        whole = load_story_part(index, -1)
        return answer_question(question, whole[2], index=index) if whole is not None else None
    words = question_words(question)
    hits = story_candidates(index, words)
    if hits:
        best = min(hits, key=lambda h: (-h[0], -h[1], h[3]))
        order = [best[2]]
    else:
        order = story_order(index)
    first: int | None = None
    for pos in order:
        loaded = load_story_part(index, pos)
        if loaded is None:
            continue
        _sid, title, part = loaded
        # trying stories in turn: what is close is listed only for the answer given, the first story's
        answer = answer_question(question, part, index=index, with_close=bool(hits))
        if first is None:
            first = pos
        if answer.found or hits:
            return dataclasses.replace(answer, text=f"In the story \u201c{title or 'Untitled story'}\u201d: {answer.text}")
    if first is None:
        return None
    loaded = load_story_part(index, first)
    assert loaded is not None
    answer = answer_question(question, loaded[2], index=index)
    return dataclasses.replace(answer, text=f"In the story \u201c{loaded[1] or 'Untitled story'}\u201d: {answer.text}")


def ask_output(question: str, out_dir: Path) -> Answer:
    """Answer a question about a built dossier folder (``dossier ask``).

    From the index built with the dossier when it is current (``answer_from_index``: only the
    story asked about is read); else from the whole ``dossier.json`` (``answer_in_story``).

    Raises:
        StoreError: no dossier can be read there.
    """
    from ..store import SEARCH_INDEX, open_index_of_output, open_search_index, read_dossier

    conn = open_index_of_output(out_dir)
    if conn is not None:
        try:
            answer = answer_from_index(question, conn)
        finally:
            conn.close()
        if answer is not None:
            return answer
    body = read_dossier(out_dir)
    index = open_search_index(Path(out_dir) / SEARCH_INDEX, body)
    try:
        return answer_in_story(question, body, index=index)
    finally:
        if index is not None:
            index.close()
