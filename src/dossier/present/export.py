"""Exports: claims, quotes and events as CSV, and the story as a Markdown brief with citations.

Both read the dossier.json dict. CSV cells that come from articles and start with a
spreadsheet formula character (``= + - @``, tab, carriage return) are prefixed with a
single quote so that opening the file in a spreadsheet runs nothing. The Markdown brief
escapes Markdown and HTML in article text and cites every item by a numbered source.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .views import (
    UNATTRIBUTED,
    _claim_bounds,
    article_date,
    claim_date,
    date_label,
    date_point,
    event_when,
    format_figure,
    format_number,
    iso_bounds,
    normalise_dossier,
    ref_name,
    resolve_date,
    safe_url,
    span_label,
    story_span,
)

CLAIM_COLUMNS = (
    "id", "track", "measure", "state", "location", "figure", "value", "low", "high", "qualifier", "unit", "as_of",
    "as_of_earliest", "as_of_latest", "date_used", "date_earliest", "date_latest", "date_basis", "modality",
    "source", "source_entity", "source_text", "via", "text", "article", "outlet", "title", "published",
    "published_earliest", "published_latest", "start", "end", "sentence",
)
QUOTE_COLUMNS = (
    "id", "speaker", "speaker_entity", "speaker_text", "kind", "cue", "date", "date_earliest", "date_latest",
    "date_basis", "text", "article", "outlet", "title", "published", "published_earliest", "published_latest",
    "start", "end",
)
EVENT_COLUMNS = ("id", "date", "earliest", "latest", "kind", "summary", "evidence_count", "articles", "first_sentence")
NUMERIC = frozenset({"value", "low", "high", "start", "end", "evidence_count"})
# what a figure is in when the text gives no unit: a count of the things the measure names
COUNT_UNIT = "count"


def _number(value: object) -> object:
    """A number for a CSV cell: whole numbers as integers (``11000``, never ``11000.0``)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _cell(key: str, value: object) -> object:
    """A CSV cell: numbers as they are (whole numbers as integers); text made inert for spreadsheets."""
    if value is None:
        return ""
    if key in NUMERIC and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number(value)
    text = str(value).replace("\r\n", "\n")
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def _csv(columns: Sequence[str], rows: Sequence[Mapping[str, Any]], *, line_end: str = "\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=line_end)
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(c, r.get(c)) for c in columns])
    return buf.getvalue()


def _arts(d: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(a.get("id")): a for a in d.get("articles") or [] if isinstance(a, dict)}


def _ref_field(ref: object, key: str) -> object:
    return ref.get(key) if isinstance(ref, Mapping) else None


def _published(art: Mapping[str, Any]) -> dict[str, Any]:
    lo, hi = iso_bounds(art.get("published") or {})
    return {"published": article_date(art), "published_earliest": lo, "published_latest": hi}


def claim_rows(d: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return one flat row per claim (columns ``CLAIM_COLUMNS``), sorted by track and date.

    Dates are in words for people (``as_of``, ``date_used``, ``published``) and as ISO
    first/last days for machines (``*_earliest``/``*_latest``). ``low``/``high`` hold the
    figure's bounds (both the value for an exact figure; one open end for "at least");
    ``unit`` is ``count`` when the figure counts the things its measure names.

    Args:
        d: the dossier dict.

    Returns:
        Row dicts.
    """
    arts = _arts(d)
    rows: list[dict[str, Any]] = []
    for c in d.get("claims") or []:
        if not isinstance(c, dict):
            continue
        art = arts.get(str(c.get("article"))) or {}
        when, basis = claim_date(c, arts)
        if basis == "unknown":
            resolved = resolve_date(c.get("as_of"), art.get("published") or {})
            if iso_bounds(resolved) != (None, None):
                when, basis = resolved, "as_of"
            elif date_label(art.get("published") or {}):
                # known only within a wide window: still the best date there is, said as a window
                when, basis = art.get("published"), "published"
        low, value, high = _claim_bounds(c)
        q = str(c.get("qualifier") or "exact")
        if q in ("exact", "about", "nearly") and value is not None:
            low = value if low is None else low
            high = value if high is None else high
        elif q in ("at_least", "over") and low is None:
            low = value
        elif q in ("at_most", "under", "up_to") and high is None:
            high = value
        as_lo, as_hi = iso_bounds(c.get("as_of"))
        d_lo, d_hi = iso_bounds(when)
        rows.append(
            {
                "id": c.get("id"), "track": c.get("track"), "measure": c.get("measure"), "state": c.get("state"),
                "location": c.get("location"), "figure": format_figure(c),
                "value": c.get("value") if c.get("value") is not None else value, "low": low, "high": high,
                "qualifier": q, "unit": c.get("unit") or COUNT_UNIT,
                "as_of": date_label(c.get("as_of")), "as_of_earliest": as_lo, "as_of_latest": as_hi,
                "date_used": date_label(when), "date_earliest": d_lo, "date_latest": d_hi, "date_basis": basis,
                "modality": c.get("modality"),
                "source": ref_name(c.get("source")), "source_entity": _ref_field(c.get("source"), "entity"),
                "source_text": _ref_field(c.get("source"), "text"),
                "via": "; ".join(n for n in (ref_name(v) for v in c.get("via") or []) if n),
                "text": c.get("text"), "article": c.get("article"), "outlet": art.get("outlet") or art.get("publisher"),
                "title": art.get("title"), **_published(art), "start": c.get("start"), "end": c.get("end"),
                "sentence": c.get("sentence"),
                "_sort": (str(c.get("track") or "~"), str(date_point(when) or "9999")),
            }
        )
    rows.sort(key=lambda r: r.pop("_sort"))
    return rows


def quote_date(quote: Mapping[str, Any], article: Mapping[str, Any]) -> tuple[object, str]:
    """Return the date of a quote and its basis.

    The date the article gives the statement (placed on the calendar against the
    publication date when the text said only "Thursday"), else the article's publication.

    Args:
        quote: a quote dict.
        article: its article dict.

    Returns:
        ``(value, basis)`` with basis ``"stated"``, ``"published"`` or ``"unknown"``.
    """
    pub = article.get("published") or {}
    stated = quote.get("date")
    if isinstance(stated, str) and stated.strip():
        resolved = resolve_date(stated, pub)
        if iso_bounds(resolved) != (None, None):
            return resolved, "stated"
    if date_label(pub):
        return pub, "published"
    return None, "unknown"


def quote_rows(d: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return one flat row per quote (columns ``QUOTE_COLUMNS``), each dated where the dossier knows when."""
    arts = _arts(d)
    rows: list[dict[str, Any]] = []
    for q in d.get("quotes") or []:
        if not isinstance(q, dict):
            continue
        art = arts.get(str(q.get("article"))) or {}
        when, basis = quote_date(q, art)
        lo, hi = iso_bounds(when)
        rows.append(
            {
                "id": q.get("id"), "speaker": ref_name(q.get("speaker")), "speaker_entity": _ref_field(q.get("speaker"), "entity"),
                "speaker_text": _ref_field(q.get("speaker"), "text"), "kind": q.get("kind"), "cue": q.get("cue"),
                "date": date_label(when), "date_earliest": lo, "date_latest": hi, "date_basis": basis,
                "text": q.get("text"), "article": q.get("article"),
                "outlet": art.get("outlet") or art.get("publisher"), "title": art.get("title"), **_published(art),
                "start": q.get("start"), "end": q.get("end"),
            }
        )
    return rows


def event_rows(d: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return one flat row per event (columns ``EVENT_COLUMNS``), in date order.

    ``date`` is in words; ``earliest``/``latest`` are the ISO first and last days.
    """
    rows: list[dict[str, Any]] = []
    for e in d.get("events") or []:
        if not isinstance(e, dict):
            continue
        ev = [x for x in e.get("evidence") or [] if isinstance(x, dict)]
        when = event_when(e)
        point = date_point(when)
        lo, hi = iso_bounds(when)
        rows.append(
            {
                "id": e.get("id"), "date": date_label(when),
                "earliest": lo, "latest": hi,
                "kind": e.get("kind"), "summary": e.get("summary"), "evidence_count": len(ev),
                "articles": "; ".join(dict.fromkeys(str(x.get("article")) for x in ev)),
                "first_sentence": ev[0].get("sentence") if ev else None,
                "_sort": str(point or "9999"),
            }
        )
    rows.sort(key=lambda r: r.pop("_sort"))
    return rows


def export_csv(dossier_dict: dict[str, Any], out_dir: Path, *, excel: bool = False) -> list[Path]:
    """Write ``claims.csv``, ``quotes.csv`` and ``events.csv`` (UTF-8, header row) to ``out_dir``.

    Args:
        dossier_dict: the dossier.json dict.
        out_dir: the folder to write into (created if missing).
        excel: write for spreadsheets: a UTF-8 byte-order mark (so that Excel reads accents
            and dashes right) and CRLF line ends.

    Returns:
        The three paths written.
    """
    dossier_dict = normalise_dossier(dossier_dict)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, cols, rows in (
        ("claims.csv", CLAIM_COLUMNS, claim_rows(dossier_dict)),
        ("quotes.csv", QUOTE_COLUMNS, quote_rows(dossier_dict)),
        ("events.csv", EVENT_COLUMNS, event_rows(dossier_dict)),
    ):
        path = out / name
        if excel:
            # quoted cells keep their own line breaks; only the record ends become CRLF
            path.write_bytes(_csv(cols, rows, line_end="\r\n").encode("utf-8-sig"))
        else:
            path.write_bytes(_csv(cols, rows).encode("utf-8"))
        paths.append(path)
    return paths


# --- Markdown ----------------------------------------------------------------------------

_MD_SPECIAL = "\\`*_[]<>|#!~"


def md_escape(text: object) -> str:
    """Escape Markdown and HTML in untrusted text, on one line.

    Args:
        text: any value (article text, a name).

    Returns:
        Text where every Markdown/HTML special character is backslash-escaped.
    """
    s = " ".join(str(text or "").split())
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in s)


class _Sources:
    """Numbers the articles cited in the brief, in order of first citation."""

    def __init__(self, arts: Mapping[str, Mapping[str, Any]]) -> None:
        self.arts = arts
        self.numbers: dict[str, int] = {}

    def cite(self, article: object) -> str:
        aid = str(article)
        if aid not in self.numbers:
            self.numbers[aid] = len(self.numbers) + 1
        return f"[{self.numbers[aid]}]"

    def listing(self) -> list[str]:
        lines = []
        for aid, n in self.numbers.items():
            a = self.arts.get(aid) or {}
            who = md_escape(a.get("outlet") or a.get("publisher") or "unknown outlet")
            title = md_escape(a.get("title") or a.get("source") or aid)
            when = article_date(a)
            url = safe_url(a.get("url"))
            where = f" <{url}>" if url else f" (file {md_escape(a.get('source') or aid)})"
            lines.append(f"{n}. {who}: {title}" + (f", {when}" if when else "") + where)
        return lines


def export_markdown(dossier_dict: dict[str, Any]) -> str:
    """Write a Markdown brief: summary, each track with every source's figure, timeline, key quotes.

    Every statement cites its article by number; the numbered sources close the brief.

    Args:
        dossier_dict: the dossier.json dict.

    Returns:
        The Markdown text.
    """
    d = normalise_dossier(dossier_dict)
    arts = _arts(d)
    src = _Sources(arts)
    articles = list(arts.values())
    outlets = sorted({str(a.get("outlet") or a.get("publisher")) for a in articles if a.get("outlet") or a.get("publisher")})
    days = story_span(articles)
    tracks = [t for t in d.get("tracks") or [] if isinstance(t, dict)]
    claims = {str(c.get("id")): c for c in d.get("claims") or [] if isinstance(c, dict)}
    lead = max(tracks, key=lambda t: len(t.get("claims") or []), default=None)
    lead_title = f"{lead.get('measure')}" + (f" — {lead.get('location')}" if lead.get("location") else "") if lead and lead.get("measure") else None
    title = lead_title or next((a.get("title") for a in articles if a.get("title")), None) or "Story"
    out = [f"# Brief: {md_escape(title)}", ""]
    span = f", {span_label(days)}" if days else ""
    out.append(f"_Built by dossier from {len(articles)} article(s) from {len(outlets)} outlet(s){span}. "
               "Numbers in brackets cite the sources listed at the end._")
    out.append("")

    out += ["## Summary", ""]
    summary = [s for s in d.get("summary") or [] if isinstance(s, dict)]
    if summary:
        out.append(" ".join(f"{md_escape(s.get('text'))} {src.cite(s.get('article'))}" for s in summary))
    else:
        out.append("_No summary was produced._")
    out.append("")

    out += ["## Figures", ""]
    if not tracks:
        out += ["_No claim tracks._", ""]
    for t in sorted(tracks, key=lambda t: -len(t.get("claims") or [])):
        head = md_escape(t.get("measure") or t.get("id")) + (f" — {md_escape(t.get('location'))}" if t.get("location") else "")
        out.append(f"### {head}")
        facts = []
        if t.get("low") is not None and t.get("high") is not None:
            facts.append(f"from {format_number(t.get('low'))} to {format_number(t.get('high'))}")
        if t.get("independent_sources") is not None:
            facts.append(f"{t.get('independent_sources')} independent source(s)")
        if t.get("conflict"):
            facts.append("**sources disagree**")
        if facts:
            out += ["", "; ".join(facts) + ".", ""]
        out += ["| As of | Source | Figure | Cited |", "|---|---|---|---|"]
        members = [claims[c] for c in t.get("claims") or [] if c in claims]
        members.sort(key=lambda c: str(date_point(claim_date(c, arts)[0]) or "9999"))
        for c in members:
            when, basis = claim_date(c, arts)
            shown = date_label(when) + (" (published)" if basis == "published" else "") if when else "undated"
            out.append(
                f"| {md_escape(shown)} | {md_escape(ref_name(c.get('source')) or UNATTRIBUTED)} | "
                f"{md_escape(format_figure(c))} | {src.cite(c.get('article'))} |"
            )
        out.append("")

    out += ["## Timeline", ""]
    events = [e for e in d.get("events") or [] if isinstance(e, dict)]
    events.sort(key=lambda e: str(date_point(event_when(e)) or "9999"))
    for e in events:
        cites = "".join(dict.fromkeys(src.cite(x.get("article")) for x in e.get("evidence") or [] if isinstance(x, dict)))
        when = date_label(event_when(e)) or "undated"
        out.append(f"- **{md_escape(when)}** — {md_escape(e.get('summary'))} {cites}".rstrip())
    if not events:
        out.append("_No dated events._")
    out.append("")

    out += ["## Key quotes", ""]
    quotes = [q for q in d.get("quotes") or [] if isinstance(q, dict) and ref_name(q.get("speaker"))]
    counts = Counter(ref_name(q.get("speaker")) for q in quotes)
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        by_speaker[str(ref_name(q.get("speaker")))].append(q)
    shown_quotes = 0
    for speaker, _n in counts.most_common(10):
        qs = sorted(by_speaker[str(speaker)], key=lambda q: (q.get("kind") != "direct", -len(str(q.get("text") or ""))))
        q = qs[0]
        a = arts.get(str(q.get("article"))) or {}
        when = date_label(quote_date(q, a)[0])
        out.append(f"> “{md_escape(q.get('text'))}” — {md_escape(speaker)}" + (f", {md_escape(when)}" if when else "")
                   + f" {src.cite(q.get('article'))}")
        out.append("")
        shown_quotes += 1
    if not shown_quotes:
        out += ["_No attributed quotes._", ""]

    out += ["## Sources", ""]
    out += src.listing() or ["_None cited._"]
    out.append("")
    return "\n".join(out)
