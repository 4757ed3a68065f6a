"""Views: turn a dossier.json dict into the context that the report and the web app render.

Everything people see is built here once, from the dict that ``dossier_to_dict`` returns
(or a parsed ``dossier.json``), so the static report, the live server and the exports
read the same shape other tools read. The dict may be partly empty (a stage that found
nothing): every view renders whatever is there.

Charts, the relation graph and the map are inline SVG strings built in Python. Every
string that comes from an article is escaped here (``_esc``) before it enters SVG;
the Jinja templates autoescape everything else. Links are only ``#...`` anchors of the
form ``#<article dom id>:<start>-<end>`` (optionally ``:<focus start>-<focus end>``),
which the report's script turns into a highlighted span in the article view, or
``http(s)`` URLs (``safe_url``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from markupsafe import Markup

from ..extract.places import country_name
from .stories import story_index, unit_suffix

from ..extract.dates import value_bounds

# Okabe-Ito (colour-blind safe) first, then tab10 extras
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#8C564B",
    "#7F7F7F",
    "#BCBD22",
    "#9467BD",
    "#17BECF",
)

QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "about": "about",
    "nearly": "nearly",
    "at_least": "at least",
    "over": "more than",
    "at_most": "at most",
    "under": "fewer than",
    "up_to": "up to",
    "range": "",
}
UPWARD = frozenset({"at_least", "over"})
DOWNWARD = frozenset({"at_most", "under", "up_to"})
APPROX = frozenset({"about", "nearly"})

UNATTRIBUTED = "unattributed"


# --- small safe helpers ------------------------------------------------------------------


def _esc(value: object) -> str:
    """Escape any value for HTML/SVG text or a double-quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def dom_id(article_id: object) -> str:
    """Return an HTML-id-safe version of an article id (letters, digits, ``-`` and ``_``).

    Args:
        article_id: the article's id from dossier.json.

    Returns:
        The id with every other character replaced by ``_`` (``a-`` prefix if empty).
    """
    s = re.sub(r"[^A-Za-z0-9_-]", "_", str(article_id or ""))
    return s if s and s[0].isalpha() else f"a-{s}"


def anchor(article_id: object, start: object = None, end: object = None, focus: tuple[Any, Any] | None = None) -> str:
    """Return the ``#...`` link to a span of an article, as the report's script reads it.

    Args:
        article_id: the article id.
        start: first character offset of the span (None: the whole article).
        end: end offset of the span.
        focus: an optional inner span (e.g. the quantity inside its sentence).

    Returns:
        ``#<dom id>:<start>-<end>[:<fs>-<fe>]`` or ``#<dom id>``.
    """
    base = f"#{dom_id(article_id)}"
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        base += f":{start}-{end}"
        if focus and isinstance(focus[0], int) and isinstance(focus[1], int) and start <= focus[0] <= focus[1] <= end:
            base += f":{focus[0]}-{focus[1]}"
    return base


def safe_url(url: object) -> str | None:
    """Return ``url`` if it is an http(s) URL without control characters, else None.

    Args:
        url: a URL read from an article's metadata (untrusted).

    Returns:
        The URL (to be attribute-escaped by the caller) or None.
    """
    if not isinstance(url, str):
        return None
    u = url.strip()
    if re.match(r"^https?://[^\s\x00-\x1f\x7f<>\"']+$", u, flags=re.IGNORECASE):
        return u
    return None


def safe_json(value: Any) -> Markup:
    """Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    Args:
        value: JSON-ready data (may contain untrusted strings).

    Returns:
        JSON text with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return Markup(text)


def format_number(value: object) -> str:
    """Format a figure for people: ``8000`` -> ``8,000``; ``2.5`` stays ``2.5``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if math.isnan(value) or math.isinf(value):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_figure(claim: Mapping[str, Any]) -> str:
    """Return a claim's figure in words: ``about 3,000``, ``11,000–12,000``, ``at least 10``.

    Args:
        claim: a claim dict.

    Returns:
        The qualifier and value (or range), with the unit when it is not a count.
    """
    q = str(claim.get("qualifier") or "exact")
    low, high, value = claim.get("low"), claim.get("high"), claim.get("value")
    if q == "range" or (low is not None and high is not None and value is None):
        body = f"{format_number(low)}–{format_number(high)}"
    else:
        shown = value if value is not None else (high if q in DOWNWARD else low)
        body = format_number(shown)
        words = QUALIFIER_WORDS.get(q, q.replace("_", " "))
        if words:
            body = f"{words} {body}"
    return f"{body.strip()}{unit_suffix(claim.get('unit'))}"



def ref_name(ref: object) -> str | None:
    """Return the display name of a ``{"entity", "name", "text"}`` reference (None if empty)."""
    if isinstance(ref, Mapping):
        for key in ("name", "text"):
            v = ref.get(key)
            if isinstance(v, str) and v.strip():
                return v.strip()
    elif isinstance(ref, str) and ref.strip():
        return ref.strip()
    return None


# --- dates -------------------------------------------------------------------------------


def date_range(value: object) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a TIMEX3-style date covers.

    Args:
        value: ``2024-10-31``, ``2024-10``, ``2024-W45``, ``2024``, an ISO datetime, or a dict
            with ``earliest``/``latest`` (``date`` used first if present).

    Returns:
        ``(first, last)``, or None when the value has no known year or is an open window
        ("on or after 2023-12-01" is no span that can be drawn or counted).
    """
    if isinstance(value, Mapping):
        if value.get("date"):
            return date_range(value.get("date"))
        a, b = date_range(value.get("earliest")), date_range(value.get("latest"))
        return (a[0], b[1]) if a and b else None
    if not isinstance(value, str):
        return None
    return value_bounds(value.strip())


def date_point(value: object) -> dt.date | None:
    """Return the middle day of ``date_range(value)`` (None when unknown)."""
    r = date_range(value)
    if r is None:
        return None
    return r[0] + (r[1] - r[0]) / 2


def _casefold_then_text(name: str) -> tuple[str, str]:
    """Sort key: case-blind, then by the text itself ("Analysts" before "analysts" whatever the
    order of the set they come from: a page is the same in every process)."""
    return (name.casefold(), name)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second",
                   "DE": "decade", "CE": "century", "Q": "quarter"}
_T_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHSQ])")
_T_UNKNOWN_YEAR = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?")
_T_WEEKDAY = re.compile(r"XXXX-WXX(?:-(\d))?")


def _day_words(d: dt.date, *, year: bool = True) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def _span_words(first: dt.date, last: dt.date) -> str:
    """A calendar span in words: ``24 Oct 2024``, ``Oct 2024``, ``2024``, ``4–10 Nov 2024``."""
    if first == last:
        return _day_words(first)
    whole_month = first.day == 1 and (last + dt.timedelta(days=1)).day == 1
    if whole_month and first.year == last.year and first.month == last.month:
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if whole_month and first.month == 1 and last.month == 12 and first.year == last.year:
        return str(first.year)
    if whole_month:
        end_year = f" {last.year}" if last.year != first.year else ""
        return f"{_MONTHS[first.month - 1]}{' ' + str(first.year) if end_year else ''}–{_MONTHS[last.month - 1]} {last.year}"
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{_day_words(first, year=False)} – {_day_words(last)}"
    return f"{_day_words(first)} – {_day_words(last)}"


def _value_words(value: str) -> str:
    """One TIMEX3 value in words (see ``human_date``)."""
    v = value.strip()
    if not v:
        return ""
    if v in _REFS:
        return _REFS[v]
    time_part = ""
    if "T" in v and not v.startswith("P"):
        v, _, t = v.partition("T")
        m_t = re.match(r"(\d\d):(\d\d)", t)
        time_part = f", {m_t.group(1)}:{m_t.group(2)}" if m_t else ""
    m_d = _T_DURATION.fullmatch(v)
    if m_d:
        n, unit = m_d.group(2), m_d.group(3)
        word = "minute" if unit == "M" and m_d.group(1) else _DURATION_UNITS.get(unit, unit)
        if n == "X":
            return f"{word}s"
        num = float(n)
        shown = format_number(num)
        return f"{shown} {word}" + ("" if num == 1 else "s")
    m_u = _T_UNKNOWN_YEAR.fullmatch(v)
    if m_u:
        month = int(m_u.group(1))
        if 1 <= month <= 12:
            if m_u.group(2):
                return f"{int(m_u.group(2))} {_MONTHS[month - 1]} (year not stated)"
            return f"{_MONTHS_LONG[month - 1]} (year not stated)"
    m_w = _T_WEEKDAY.fullmatch(v)
    if m_w:
        if m_w.group(1) and 1 <= int(m_w.group(1)) <= 7:
            return f"a {_WEEKDAYS[int(m_w.group(1)) - 1]} (date not stated)"
        return "a week (date not stated)"
    m_season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m_season:
        return f"{_SEASONS[m_season.group(2)]} {m_season.group(1)}"
    m_q = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m_q:
        return f"Q{m_q.group(2)} {m_q.group(1)}"
    m_h = re.fullmatch(r"(\d{4})-H([12])", v)
    if m_h:
        return f"{'first' if m_h.group(2) == '1' else 'second'} half of {m_h.group(1)}"
    if re.fullmatch(r"\d{3}", v):
        return f"the {v}0s"
    if re.fullmatch(r"\d{2}", v):
        n = int(v) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    r = value_bounds(v)
    if r is not None:
        if re.fullmatch(r"\d{4}-W\d\d-WE", v):
            return f"the weekend of {_span_words(*r)}"
        return _span_words(*r) + time_part
    if re.search(r"X", v):
        return "date not stated"
    return v


def human_date(value: object) -> str:
    """Return any TIMEX3 value or date window as people read it; never a raw TIMEX code.

    The one formatter of dates for people: the report, the web app, the CSV and Markdown
    exports and ``ask`` all call it (through ``date_label``).

    Args:
        value: a TIMEX3 value (``2024-10-24`` -> "24 Oct 2024", ``2024-10`` -> "Oct 2024",
            ``2024-W45`` -> "4–10 Nov 2024", ``XXXX-11-03`` -> "3 Nov (year not stated)",
            ``XXXX-WXX-4`` -> "a Thursday (date not stated)", ``P3D`` -> "3 days",
            ``PRESENT_REF`` -> "now"), or a window dict with ``date``/``earliest``/``latest``
            (``{"earliest": "2023-12-01"}`` -> "after 1 Dec 2023"; both ends -> "between 24 Oct
            and 13 Nov 2024", or "Oct 2024" when the window is that month).

    Returns:
        The words, or ``""`` for no date.
    """
    if isinstance(value, Mapping):
        if value.get("date"):
            return human_date(value.get("date"))
        e, l_ = value.get("earliest"), value.get("latest")
        e = e if isinstance(e, str) and e.strip() else None
        l_ = l_ if isinstance(l_, str) and l_.strip() else None
        if e and l_:
            a, b = value_bounds(e.strip()), value_bounds(l_.strip())
            if a and b and a[0] <= b[1]:
                words = _span_words(a[0], b[1])
                whole_months = a[0].day == 1 and (b[1] + dt.timedelta(days=1)).day == 1
                if "–" not in words or whole_months:
                    return words
                if a[0].year == b[1].year:
                    return f"between {_day_words(a[0], year=False)} and {_day_words(b[1])}"
                return f"between {_day_words(a[0])} and {_day_words(b[1])}"
            if e == l_:
                return _value_words(e)
            return f"between {_value_words(e)} and {_value_words(l_)}"
        if e:
            return f"after {_value_words(e)}"
        if l_:
            return f"by {_value_words(l_)}"
        return ""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return _day_words(value)
    return _value_words(str(value))


def iso_bounds(value: object) -> tuple[str | None, str | None]:
    """Return the first and last ISO day a date value or window covers, for machines (CSV, SQL).

    Args:
        value: a TIMEX3 value or a window dict (``date``/``earliest``/``latest``).

    Returns:
        ``(earliest, latest)`` as ``YYYY-MM-DD`` strings; an end is None when it is open or unknown.
    """
    if isinstance(value, Mapping):
        if value.get("date"):
            return iso_bounds(value.get("date"))
        a = date_range(value.get("earliest")) if value.get("earliest") else None
        b = date_range(value.get("latest")) if value.get("latest") else None
        return (a[0].isoformat() if a else None, b[1].isoformat() if b else None)
    r = date_range(value)
    return (r[0].isoformat(), r[1].isoformat()) if r else (None, None)


def resolve_date(value: object, anchor: object) -> object:
    """Place a date whose year or week the text left out ("Thursday", "Nov. 3") on the calendar.

    A weekday is the last such day on or before the anchor (news reports the past); a day or
    month without a year takes the anchor's year, or the year before when that would put it
    more than a month after the anchor.

    Args:
        value: a TIMEX3 value (``XXXX-WXX-4``, ``XXXX-11-03``, ``XXXX-10``) or any other value.
        anchor: the date it is relative to (the article's publication), any date value.

    Returns:
        The resolved ISO value, or ``value`` unchanged when it needs no resolving or the
        anchor is not known to the day.
    """
    if not isinstance(value, str):
        return value
    r = date_range(anchor)
    if r is None or r[0] != r[1]:
        return value
    day = r[0]
    m_w = _T_WEEKDAY.fullmatch(value.strip())
    if m_w and m_w.group(1) and 1 <= int(m_w.group(1)) <= 7:
        back = (day.isoweekday() - int(m_w.group(1))) % 7
        return (day - dt.timedelta(days=back)).isoformat()
    m_u = _T_UNKNOWN_YEAR.fullmatch(value.strip())
    if m_u and 1 <= int(m_u.group(1)) <= 12:
        month = int(m_u.group(1))
        for year in (day.year, day.year - 1):
            try:
                first = dt.date(year, month, int(m_u.group(2) or 1))
            except ValueError:
                return value
            if first <= day + dt.timedelta(days=31):
                return first.isoformat() if m_u.group(2) else f"{year}-{month:02d}"
    return value


def event_when(event: Mapping[str, Any]) -> object:
    """Return an event's date as a value ``human_date`` reads: its window (``earliest``/``latest``)
    where that is narrower than its ``date`` ("between 1 and 20 Oct 2024" for early to mid-October),
    else the date.

    Args:
        event: an event dict.

    Returns:
        A TIMEX3 value, a window dict, or None.
    """
    window = {"earliest": event.get("earliest"), "latest": event.get("latest")}
    w, d = date_range(window), date_range(event.get("date"))
    if w and (d is None or (w[1] - w[0]) < (d[1] - d[0])):
        return window
    return event.get("date") or (window if event.get("earliest") or event.get("latest") else None)


def date_label(value: object) -> str:
    """Return a date value as people read it (``human_date``; ``''`` for none)."""
    return human_date(value)


def story_span(articles: Iterable[Mapping[str, Any]]) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day of a story from its dated evidence.

    Only publication dates known to within ``MAX_PLOT_SPAN`` count: an article known only to
    be from "2024" or "after December 2023" says nothing about when the story ran.

    Args:
        articles: article dicts.

    Returns:
        ``(first, last)`` or None when no article has a usable date.
    """
    spans = [r for r in (date_range(a.get("published")) for a in articles) if r and r[1] - r[0] <= MAX_PLOT_SPAN]
    if not spans:
        return None
    return min(r[0] for r in spans), max(r[1] for r in spans)


def span_label(span: tuple[dt.date, dt.date] | None) -> str:
    """Return a story span in words ("24 Oct – 13 Nov 2024"), or ``''``."""
    return _span_words(*span) if span else ""


# --- indexes -----------------------------------------------------------------------------


def _list(d: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    v = d.get(key)
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def _int(v: object) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def sentence_span(claim: Mapping[str, Any], article: Mapping[str, Any] | None) -> tuple[int, int] | None:
    """Return the offsets of a claim's (or quote's) sentence in its article, where findable.

    Args:
        claim: a claim or quote dict (``sentence_start``/``sentence_end`` or ``sentence``).
        article: its article dict (for finding the sentence text), or None.

    Returns:
        ``(start, end)`` or None.
    """
    s, e = _int(claim.get("sentence_start")), _int(claim.get("sentence_end"))
    if s is not None and e is not None and s <= e:
        return (s, e)
    sent = claim.get("sentence")
    text = article.get("text") if article else None
    if isinstance(sent, str) and sent and isinstance(text, str):
        start = _int(claim.get("start"))
        # the occurrence nearest the item's own offsets
        best: int | None = None
        pos = text.find(sent)
        while pos != -1:
            if start is None or pos <= start <= pos + len(sent):
                best = pos
                break
            best = pos if best is None else best
            pos = text.find(sent, pos + 1)
        if best is not None:
            return (best, best + len(sent))
    return None


def item_link(item: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str:
    """Return the ``#...`` link to an item's sentence with the item's own words in focus.

    Args:
        item: a claim, quote or evidence dict with ``article``, ``start``, ``end``.
        articles: article id -> article dict.

    Returns:
        An anchor for the report's article view.
    """
    aid = item.get("article")
    start, end = _int(item.get("start")), _int(item.get("end"))
    sent = sentence_span(item, articles.get(str(aid)))
    if sent and start is not None and end is not None and sent[0] <= start <= end <= sent[1]:
        return anchor(aid, sent[0], sent[1], (start, end))
    if sent and (start is None or end is None):
        return anchor(aid, sent[0], sent[1])
    return anchor(aid, start, end)


def article_date(article: Mapping[str, Any]) -> str:
    """Return the article's publication date label (explicit date or its window)."""
    return date_label(article.get("published") or {})


def article_label(article: Mapping[str, Any] | None) -> str:
    """Return ``Outlet: Title`` (or the source path) for citing an article."""
    if not article:
        return "unknown article"
    title = article.get("title") or article.get("source") or article.get("id") or "article"
    outlet = article.get("outlet") or article.get("publisher")
    return f"{outlet}: {title}" if outlet else str(title)


class Colours:
    """Gives each source name a stable colour (same colour in every chart)."""

    def __init__(self, names: Iterable[str]) -> None:
        counts = Counter(names)
        ordered = sorted(counts, key=lambda n: (n == UNATTRIBUTED, -counts[n], n.casefold()))
        self._map = {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(ordered)}

    def __call__(self, name: str) -> str:
        """Return the colour of ``name`` (grey for unknown names)."""
        return self._map.get(name, "#999999")

    def for_chart(self, names: Iterable[str]) -> "Colours":
        """Return colours for one chart: each source keeps its colour unless another source in the
        same chart already has it (the palette wraps when a story has many sources)."""
        chart = Colours(())
        used: set[str] = set()
        ordered = sorted(set(names), key=lambda n: (list(self._map).index(n) if n in self._map else len(self._map), n))
        for n in ordered:
            col = self(n)
            if col in used:
                col = next((c for c in PALETTE if c not in used), col)
            used.add(col)
            chart._map[n] = col
        return chart


# --- input hygiene -----------------------------------------------------------------------

_STR, _INT, _NUM, _LIST, _DICT, _BOOL, _DATE = "str", "int", "num", "list", "dict", "bool", "date"
_COMMON: dict[str, str] = {
    "id": _STR, "article": _STR, "start": _INT, "end": _INT, "text": _STR, "sentence": _STR,
    "sentence_start": _INT, "sentence_end": _INT, "kind": _STR,
}
FIELD_TYPES: dict[str, dict[str, str]] = {
    "articles": {"source": _STR, "title": _STR, "outlet": _STR, "publisher": _STR, "authors": _LIST, "published": _DICT,
                 "language": _STR, "removed": _LIST, "url": _STR, "dateline": _STR, "wire": _STR},
    "claims": {"value": _NUM, "low": _NUM, "high": _NUM, "qualifier": _STR, "measure": _STR, "location": _STR,
               "as_of": _DATE, "modality": _STR, "source": _DICT, "via": _LIST, "track": _STR, "unit": _STR},
    "tracks": {"measure": _STR, "location": _STR, "claims": _LIST, "low": _NUM, "high": _NUM, "latest": _STR,
               "independent_sources": _INT, "conflict": _BOOL, "trend": _STR, "conflicts": _LIST, "by_source": _LIST},
    "quotes": {"speaker": _DICT, "cue": _STR, "date": _DATE},
    "entities": {"name": _STR, "type": _STR, "aliases": _LIST, "roles": _LIST, "mentions": _LIST, "place": _DICT},
    "events": {"date": _DATE, "earliest": _DATE, "latest": _DATE, "summary": _STR, "evidence": _LIST},
    "relations": {"from": _STR, "to": _STR, "outlet": _STR, "score": _NUM},
    "summary": {},
    "rejections": {"source": _STR, "stage": _STR, "reason": _STR},
    "time_expressions": {"value": _STR, "anchor": _STR},
}


def _coerce(kind: str, v: object) -> object:
    if kind == _LIST:
        return list(v) if isinstance(v, (list, tuple)) else []
    if kind == _DICT:
        return v if isinstance(v, dict) else None
    if kind == _INT:
        return v if isinstance(v, int) and not isinstance(v, bool) else None
    if kind == _NUM:
        ok = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
        return v if ok else None
    if kind == _BOOL:
        return bool(v) if isinstance(v, (bool, int)) else False
    if kind == _DATE:
        return v if isinstance(v, (str, dict)) else None
    # text
    if v is None or isinstance(v, (dict, list, tuple, bool)):
        return None
    return v if isinstance(v, str) else str(v)


def normalise_dossier(d: Mapping[str, Any]) -> dict[str, Any]:
    """Return a copy of a dossier dict in which every known field has the type the contract gives.

    A value of the wrong type (a number where a list belongs, a list where text belongs)
    becomes an empty value, so that one odd record can never break the report, the app,
    ask or the exports. Unknown fields are kept as they are. Records that are not
    objects are dropped.

    Args:
        d: a dossier.json dict (possibly hand-edited or from an older or newer schema).

    Returns:
        A new dict with the same keys.
    """
    out: dict[str, Any] = dict(d) if isinstance(d, Mapping) else {}
    for table, types in FIELD_TYPES.items():
        rows = out.get(table)
        if not isinstance(rows, list):
            out[table] = []
            continue
        clean = []
        for r in rows:
            if not isinstance(r, dict):
                continue
            r2 = dict(r)
            for key, kind in {**_COMMON, **types}.items():
                if key in r2:
                    r2[key] = _coerce(kind, r2[key])
            clean.append(r2)
        out[table] = clean
    return out


# --- filtering (web app and API) ---------------------------------------------------------


def _overlaps(value: object, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    r = date_range(value)
    if r is None:
        return False
    if since is not None and r[1] < since:
        return False
    if until is not None and r[0] > until:
        return False
    return True


def parse_day(value: str | None) -> dt.date | None:
    """Parse a filter date (``2024-10-31``, ``2024-10``, ``2024``); None when empty or unreadable."""
    if not value:
        return None
    r = date_range(value.strip())
    return r[0] if r else None


def claim_date(claim: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> tuple[object, str]:
    """Return the date a claim holds at and its basis: ``as_of``, else the article's publication.

    Args:
        claim: a claim dict.
        articles: article id -> article dict.

    Returns:
        ``(value, basis)`` with basis ``"as_of"``, ``"published"`` or ``"unknown"``.
    """
    as_of = claim.get("as_of")
    if _plottable(as_of):
        return as_of, "as_of"
    art = articles.get(str(claim.get("article")))
    pub = (art or {}).get("published")
    if _plottable(pub):
        return pub, "published"
    return None, "unknown"


# a date known only within a wider window than this is drawn in the "undated" lane, not at the
# window's middle, where it would read as a precise (and wrong) date
MAX_PLOT_SPAN = dt.timedelta(days=45)


def _plottable(value: object) -> bool:
    r = date_range(value)
    return r is not None and r[1] - r[0] <= MAX_PLOT_SPAN


def filter_dossier(
    d: Mapping[str, Any],
    *,
    source: str | None = None,
    outlet: str | None = None,
    track: str | None = None,
    since: str | None = None,
    until: str | None = None,
    speaker: str | None = None,
    q: str | None = None,
) -> dict[str, Any]:
    """Return a copy of the dossier dict keeping only the items that match every filter.

    Articles are all kept (items link into them); claims, quotes, events and tracks are
    filtered. Text filters are case-insensitive substrings.

    Args:
        d: the dossier dict.
        source: claim source name (or the words used) contains this.
        outlet: the item's article outlet or publisher contains this.
        track: claim/track id equals this.
        since: items dated on or after this day (claims by as_of, else publication).
        until: items dated on or before this day.
        speaker: quote speaker contains this.
        q: quote text contains this.

    Returns:
        A new dict (the input is not changed).
    """
    arts = {str(a.get("id")): a for a in _list(d, "articles")}
    d_since, d_until = parse_day(since), parse_day(until)

    def has(text: object, needle: str | None) -> bool:
        return not needle or (isinstance(text, str) and needle.casefold() in text.casefold())

    def art_outlet_ok(aid: object) -> bool:
        if not outlet:
            return True
        a = arts.get(str(aid)) or {}
        return has(a.get("outlet"), outlet) or has(a.get("publisher"), outlet)

    claims = []
    for c in _list(d, "claims"):
        src: Mapping[str, Any] = c["source"] if isinstance(c.get("source"), Mapping) else {}
        if source and not (has(ref_name(src), source) or has(src.get("text"), source)):
            continue
        if track and c.get("track") != track:
            continue
        if not art_outlet_ok(c.get("article")):
            continue
        if not _overlaps(claim_date(c, arts)[0], d_since, d_until):
            continue
        claims.append(c)
    quotes = []
    for qd in _list(d, "quotes"):
        if speaker and not has(ref_name(qd.get("speaker")), speaker):
            continue
        if source and not has(ref_name(qd.get("speaker")), source):
            continue
        if q and not has(qd.get("text"), q):
            continue
        if not art_outlet_ok(qd.get("article")):
            continue
        when = qd.get("date") or (arts.get(str(qd.get("article"))) or {}).get("published")
        if not _overlaps(when, d_since, d_until):
            continue
        quotes.append(qd)
    events = [e for e in _list(d, "events") if _overlaps(e.get("date") or e, d_since, d_until)]
    if outlet:
        events = [e for e in events if any(art_outlet_ok(ev.get("article")) for ev in e.get("evidence") or [])]
    kept_claims = {c.get("id") for c in claims}
    tracks = []
    for t in _list(d, "tracks"):
        if track and t.get("id") != track:
            continue
        if (source or outlet or since or until) and not any(cid in kept_claims for cid in t.get("claims") or []):
            continue
        tracks.append(t)
    out = dict(d)
    out.update(claims=claims, quotes=quotes, events=events, tracks=tracks)
    return out


# --- charts ------------------------------------------------------------------------------


def _nice_step(span: float, ticks: int = 5) -> float:
    if span <= 0:
        return 1.0
    raw = span / ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return float(m * mag)
    return float(10 * mag)


def _claim_bounds(c: Mapping[str, Any]) -> tuple[float | None, float | None, float | None]:
    """Return (low, point, high) of a claim's figure, any may be None."""

    def num(x: object) -> float | None:
        return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) else None

    low, value, high = num(c.get("low")), num(c.get("value")), num(c.get("high"))
    if value is None and low is not None and high is not None:
        value = (low + high) / 2
    if value is None:
        value = low if low is not None else high
    return low, value, high


def _date_ticks(d0: dt.date, d1: dt.date, width: float, *, min_px: float = 64) -> list[tuple[dt.date, str]]:
    """Readable date ticks between two days: days, weeks (Mondays), months or years by the span.

    A label never comes closer than ``min_px`` pixels to the last one; the year is written on
    the first tick and where it changes.
    """
    span = max(1, (d1 - d0).days)
    per_day = width / span
    candidates: list[dt.date] = []
    if per_day * 1 >= min_px:
        step = 1
    elif per_day * 2 >= min_px:
        step = 2
    elif per_day * 7 >= min_px:
        step = 7
    elif per_day * 14 >= min_px:
        step = 14
    else:
        step = 0
    if step in (1, 2):
        d = d0
        while d <= d1:
            candidates.append(d)
            d += dt.timedelta(days=step)
    elif step in (7, 14):
        d = d0 + dt.timedelta(days=(7 - d0.weekday()) % 7)
        while d <= d1:
            candidates.append(d)
            d += dt.timedelta(days=step)
    else:
        months = 1 if per_day * 30 >= min_px else 3 if per_day * 91 >= min_px else 12
        y, m = d0.year, d0.month
        while True:
            first = dt.date(y, m, 1)
            if first > d1:
                break
            if first >= d0 and (m - 1) % months == 0:
                candidates.append(first)
            m += 1
            if m > 12:
                y, m = y + 1, 1
    out: list[tuple[dt.date, str]] = []
    last_x = -1e9
    last_year: int | None = None
    for d in candidates:
        x = (d - d0).days * per_day
        if x - last_x < min_px:
            continue
        if step == 0:
            label = str(d.year) if d.month == 1 or last_year is None and months == 12 else _MONTHS[d.month - 1]
            if last_year != d.year and d.month != 1 and months != 12:
                label += f" {d.year}"
        else:
            label = _day_words(d, year=last_year != d.year)
        out.append((d, label))
        last_x, last_year = x, d.year
    return out


def figure_window(
    claim: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]
) -> tuple[dt.date | None, dt.date | None, str]:
    """The days a figure holds over, as a reader can place it: its as-of date, else its article's.

    Args:
        claim: a claim dict.
        articles: article id -> article dict.

    Returns:
        ``(first, last, basis)``: basis ``"as_of"`` or ``"published"``; an end is None where the
        window is open ("published on or after 1 October"); ``(None, None, "unknown")`` when
        nothing dates the figure.
    """
    r = date_range(claim.get("as_of"))
    if r is not None:
        return r[0], r[1], "as_of"
    art = articles.get(str(claim.get("article"))) or {}
    pub = art.get("published")
    r = date_range(pub)
    if r is not None:
        return r[0], r[1], "published"
    if isinstance(pub, Mapping):
        lo, hi = date_range(pub.get("earliest")), date_range(pub.get("latest"))
        if lo or hi:
            return (lo[0] if lo else None), (hi[1] if hi else None), "published"
    return None, None, "unknown"


FORECASTS = frozenset({"projected", "expected"})


def track_chart(
    track: Mapping[str, Any],
    claims: Sequence[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    colours: Colours,
    *,
    party_of: Mapping[str, str] | None = None,
    domain: tuple[dt.date, dt.date] | None = None,
    width: int = 960,
    height: int = 340,
) -> Markup:
    """Draw one track: each figure against the days it holds, one colour per claimant party.

    A figure dated to a day is a dot; one known only within a window (a month, an undated
    article's publication window) is a dot on a band that spans the window, clipped to the
    story (a clipped end gets an arrow). Qualifiers: "at least"/"more than" an arrow up, "up
    to"/"at most" an arrow down, a range a bar from low to high, ``~`` for "about"/"nearly";
    a hollow marker is dated by its article's publication, a dashed one is a forecast. Figures
    with no date at all sit in an "undated" lane at the right. Axes carry titles, and date
    ticks are days, weeks or months as the span allows. Each point links to its sentence.

    Args:
        track: the track dict (for its id and measure).
        claims: the track's claim dicts.
        articles: article id -> article dict.
        colours: party name -> colour.
        party_of: claim id -> party name (the claim's source where missing).
        domain: the days the x axis spans (the story's span); the track's own days extend it.
        width: SVG width in pixels.
        height: SVG height in pixels.

    Returns:
        The SVG element as markup (every text escaped).
    """
    parties = party_of or {}
    pts = []
    for c in claims:
        low, value, high = _claim_bounds(c)
        if value is None:
            continue
        first, last, basis = figure_window(c, articles)
        pts.append((c, low, value, high, first, last, basis))
    tid = _esc(track.get("id"))
    if not pts:
        return Markup(f'<p class="muted" data-track="{tid}">No figures to plot.</p>')
    ml, mr, mt, mb = 78, 24, 14, 58
    undated = any(p[4] is None and p[5] is None for p in pts)
    lane = 80 if undated else 0
    pw, ph = width - ml - mr - lane, height - mt - mb
    # the x domain: the story's span, widened to every day a figure is pinned to (windows of
    # a week or less); wider windows are clipped to it
    days: list[dt.date] = []
    for p in pts:
        if p[4] is not None and p[5] is not None and (p[5] - p[4]).days <= 7:
            days += [p[4], p[5]]
    if domain is not None:
        days += [domain[0], domain[1]]
    if not days:
        days = [d for p in pts for d in (p[4], p[5]) if d is not None]
    if days:
        d0, d1 = min(days), max(days)
        if (d1 - d0).days < 6:
            mid = d0 + (d1 - d0) / 2
            d0, d1 = mid - dt.timedelta(days=3), mid + dt.timedelta(days=3)
        pad = max(1, (d1 - d0).days // 25)
        d0, d1 = d0 - dt.timedelta(days=pad), d1 + dt.timedelta(days=pad)
    else:
        d0 = d1 = dt.date(2000, 1, 1)
    tops = [max(x for x in (p[1], p[2], p[3]) if x is not None) for p in pts]
    bottoms = [min(x for x in (p[1], p[2], p[3]) if x is not None) for p in pts]
    vmax = max(tops)
    vmin = min(0.0, min(bottoms))
    step = _nice_step((vmax - vmin) * 1.15 or 1)
    ytop = math.ceil((vmax * 1.15) / step) * step if vmax > 0 else step
    ybot = math.floor(vmin / step) * step
    span_days = (d1 - d0).days or 1

    def x_of(day: dt.date | None) -> float:
        if day is None:
            return ml + pw + lane / 2
        return ml + (min(max(day, d0), d1) - d0).days / span_days * pw

    def y_of(v: float) -> float:
        return mt + ph - (v - ybot) / ((ytop - ybot) or 1) * ph

    measure = str(track.get("measure") or "figure")
    out: list[str] = [
        f'<svg class="chart" data-track="{tid}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="figures of {_esc(measure)} by claimant over time" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    v = ybot
    while v <= ytop + step / 2:
        y = y_of(v)
        out.append(f'<line class="grid" x1="{ml}" x2="{ml + pw}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{ml - 6}" y="{y + 4:.1f}" text-anchor="end">{_esc(format_number(v))}</text>')
        v += step
    for tick, label in _date_ticks(d0, d1, pw):
        x = x_of(tick)
        out.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{mt}" y2="{mt + ph}"/>')
        out.append(f'<text class="tick" x="{x:.1f}" y="{mt + ph + 16}" text-anchor="middle">{_esc(label)}</text>')
    if undated:
        xu = ml + pw + lane / 2
        out.append(f'<line class="axis" x1="{ml + pw + 6}" x2="{ml + pw + 6}" y1="{mt}" y2="{mt + ph}"/>')
        out.append(f'<text class="tick" x="{xu:.1f}" y="{mt + ph + 16}" text-anchor="middle">no date</text>')
    out.append(f'<line class="axis" x1="{ml}" x2="{ml + pw}" y1="{mt + ph}" y2="{mt + ph}"/>')
    out.append(f'<line class="axis" x1="{ml}" x2="{ml}" y1="{mt}" y2="{mt + ph}"/>')
    out.append(
        f'<text class="axtitle" x="{ml + pw / 2:.1f}" y="{height - 8}" text-anchor="middle">'
        "date the figure holds (hollow: the article’s publication date; band: only a window is known)</text>"
    )
    out.append(
        f'<text class="axtitle" transform="translate(14 {mt + ph / 2:.1f}) rotate(-90)" text-anchor="middle">'
        f"{_esc(measure)}</text>"
    )
    taken: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)

    def free(x: float, y: float) -> bool:
        cx, cy = int(x // 16), int(y // 16)
        return all(
            math.hypot(x - tx, y - ty) >= 14
            for gx in (cx - 1, cx, cx + 1)
            for gy in (cy - 1, cy, cy + 1)
            for tx, ty in taken.get((gx, gy), ())
        )

    def mid_x(p: tuple[Any, ...]) -> float:
        first, last = p[4], p[5]
        if first is None and last is None:
            return x_of(None)
        a = x_of(first) if first is not None else ml
        b = x_of(last) if last is not None else ml + pw
        return (a + b) / 2

    placed = []
    for p in sorted(pts, key=lambda p: (mid_x(p), parties.get(str(p[0].get("id"))) or "", p[2])):
        x0, y = mid_x(p), y_of(p[2])
        x = x0
        for k in range(0, 40 if len(pts) <= 400 else 1):
            x = x0 + ((k + 1) // 2) * 14 * (1 if k % 2 else -1)
            if free(x, y):
                break
        taken[(int(x // 16), int(y // 16))].append((x, y))
        placed.append((p, x))
    for (c, low, value, high, first, last, basis), x in placed:
        name = parties.get(str(c.get("id"))) or ref_name(c.get("source")) or UNATTRIBUTED
        speaker = ref_name(c.get("source")) or UNATTRIBUTED
        col = colours(name)
        q = str(c.get("qualifier") or "exact")
        forecast = str(c.get("modality") or "") in FORECASTS
        y = y_of(value)
        link = item_link(c, articles)
        art = articles.get(str(c.get("article")))
        if basis == "as_of":
            when = date_label(c.get("as_of"))
        elif basis == "published":
            when = "published " + (
                article_date(art or {})
                or (f"on or after {_day_words(first)}" if first else f"on or before {_day_words(last)}" if last else "")
            )
        else:
            when = "no date"
        who = name if speaker == name else f"{speaker} ({name})"
        tip = (
            f"{format_figure(c)}{' (forecast)' if forecast else ''} — {who} — {when} — {article_label(art)}\n"
            f"{c.get('sentence') or ''}"
        )
        hollow = basis != "as_of"
        fill = "#ffffff" if hollow else col
        dash = ' stroke-dasharray="3 2"' if forecast else ""
        forecast_attr = ' data-forecast="1"' if forecast else ""
        g = [
            f'<a class="pt" href="{_esc(link)}" data-claim="{_esc(c.get("id"))}" data-source="{_esc(speaker)}" '
            f'data-party="{_esc(name)}" data-qualifier="{_esc(q)}"{forecast_attr}>'
            f"<title>{_esc(tip)}</title>"
        ]
        if (first is not None or last is not None) and not (first is not None and last is not None and first == last):
            a = x_of(first) if first is not None else ml
            b = x_of(last) if last is not None else ml + pw
            if b - a > 6:
                g.append(f'<line class="window" x1="{a:.1f}" x2="{b:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{col}"/>')
                if first is None or first < d0:
                    g.append(f'<path class="clip" d="M{a + 6:.1f},{y - 4:.1f} L{a:.1f},{y:.1f} L{a + 6:.1f},{y + 4:.1f}" stroke="{col}"/>')
                else:
                    g.append(f'<line class="wcap" x1="{a:.1f}" x2="{a:.1f}" y1="{y - 4:.1f}" y2="{y + 4:.1f}" stroke="{col}"/>')
                if last is None or last > d1:
                    g.append(f'<path class="clip" d="M{b - 6:.1f},{y - 4:.1f} L{b:.1f},{y:.1f} L{b - 6:.1f},{y + 4:.1f}" stroke="{col}"/>')
                else:
                    g.append(f'<line class="wcap" x1="{b:.1f}" x2="{b:.1f}" y1="{y - 4:.1f}" y2="{y + 4:.1f}" stroke="{col}"/>')
        if q == "range" and low is not None and high is not None:
            y1, y2 = y_of(high), y_of(low)
            g.append(f'<line class="bar" x1="{x:.1f}" x2="{x:.1f}" y1="{y1:.1f}" y2="{y2:.1f}" stroke="{col}"/>')
            for yy in (y1, y2):
                g.append(f'<line class="cap" x1="{x - 5:.1f}" x2="{x + 5:.1f}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="{col}"/>')
        elif q in UPWARD or q in DOWNWARD:
            sign = -1 if q in UPWARD else 1
            tip_y = y + sign * 20
            g.append(f'<line class="bar" x1="{x:.1f}" x2="{x:.1f}" y1="{y:.1f}" y2="{tip_y:.1f}" stroke="{col}"{dash}/>')
            g.append(
                f'<path class="arrow" d="M{x - 5:.1f},{tip_y - sign * 6:.1f} L{x:.1f},{tip_y:.1f} '
                f'L{x + 5:.1f},{tip_y - sign * 6:.1f}" stroke="{col}"/>'
            )
        g.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="{col}"{dash}/>')
        if q in APPROX:
            g.append(f'<text class="approx" x="{x + 7:.1f}" y="{y - 6:.1f}" fill="{col}">~</text>')
        g.append(f'<circle class="hit" cx="{x:.1f}" cy="{y:.1f}" r="8"/>')
        g.append("</a>")
        out.append("".join(g))
    out.append("</svg>")
    return Markup("".join(out))


# --- timeline strip ----------------------------------------------------------------------


def timeline_strip(
    events: Sequence[Mapping[str, Any]],
    *,
    domain: tuple[dt.date, dt.date] | None = None,
    width: int = 960,
    height: int = 100,
) -> Markup:
    """Draw the dated events on one time axis: a dot per day, a bar per longer period.

    The axis spans the story (``domain``: the days its dated articles cover, a little padded),
    not every date the coverage mentions, so that the story is not one clump at the end of a
    two-year axis; events wholly before or after it are counted at the edges ("3 earlier").

    Args:
        events: event rows with ``first``/``last`` (ISO days), ``summary``, ``date`` and ``link``.
        domain: the story's first and last day (None: the events' own span).
        width: SVG width.
        height: SVG height.

    Returns:
        The SVG element (empty markup when no event is dated).
    """
    dated = [e for e in events if e.get("first") and e.get("last")]
    if not dated:
        return Markup("")
    firsts = [dt.date.fromisoformat(e["first"]) for e in dated]
    lasts = [dt.date.fromisoformat(e["last"]) for e in dated]
    if domain is not None:
        d0, d1 = domain
    else:
        d0, d1 = min(firsts), max(lasts)
    if (d1 - d0).days < 6:
        mid = d0 + (d1 - d0) / 2
        d0, d1 = mid - dt.timedelta(days=3), mid + dt.timedelta(days=3)
    pad = max(1, (d1 - d0).days // 20)
    d0, d1 = d0 - dt.timedelta(days=pad), d1 + dt.timedelta(days=pad)
    ml, mr = 70, 70
    span = (d1 - d0).days or 1

    def x_of(day: dt.date) -> float:
        return ml + (min(max(day, d0), d1) - d0).days / span * (width - ml - mr)

    base = height - 30
    out = [
        f'<svg class="strip" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-label="events on a time axis" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{ml}" x2="{width - mr}" y1="{base}" y2="{base}"/>',
    ]
    for tick, label in _date_ticks(d0, d1, width - ml - mr):
        x = x_of(tick)
        out.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{base}" y2="{base + 4}"/>')
        out.append(f'<text class="tick" x="{x:.1f}" y="{base + 16}" text-anchor="middle">{_esc(label)}</text>')
    before = sum(1 for b in lasts if b < d0)
    after = sum(1 for a in firsts if a > d1)
    if before:
        out.append(f'<text class="tick edge" x="4" y="{base - 8}">◂ {before} earlier</text>')
    if after:
        out.append(f'<text class="tick edge" x="{width - 4}" y="{base - 8}" text-anchor="end">{after} later ▸</text>')
    lanes: list[float] = []  # right end of the last mark in each lane
    for e in sorted(dated, key=lambda e: (e["first"], e["last"])):
        first, last = dt.date.fromisoformat(e["first"]), dt.date.fromisoformat(e["last"])
        if last < d0 or first > d1:
            continue
        a, b = x_of(first), x_of(last)
        lane = next((i for i, end in enumerate(lanes) if a > end + 8), None)
        if lane is None:
            lane = len(lanes)
            lanes.append(b)
        lanes[lane] = max(b, a)
        y = base - 10 - (lane % 5) * 11
        tip = f'{e.get("date")}: {e.get("summary")}'
        mark = (
            f'<line class="span" x1="{a:.1f}" x2="{max(b, a + 1):.1f}" y1="{y}" y2="{y}"/>'
            if b - a > 4
            else f'<circle class="ev" cx="{a:.1f}" cy="{y}" r="4.5"/>'
        )
        if e.get("link"):
            out.append(f'<a class="evlink" href="{_esc(e["link"])}"><title>{_esc(tip)}</title>{mark}</a>')
        else:
            out.append(f"<g><title>{_esc(tip)}</title>{mark}</g>")
    out.append("</svg>")
    return Markup("".join(out))


# --- relation graph ----------------------------------------------------------------------

RELATION_STYLE: dict[str, tuple[str, str]] = {
    "syndicated": ("#D55E00", ""),
    "near_duplicate": ("#CC79A7", "6 3"),
    "cites": ("#0072B2", "2 3"),
    "same_event": ("#bbbbbb", "1 4"),
}


def relation_graph(
    relations: Sequence[Mapping[str, Any]], articles: Sequence[Mapping[str, Any]], *, size: int = 460, max_nodes: int = 60
) -> Markup:
    """Draw which article copies or cites which: articles on a circle, arrows between them.

    Relations pointing outside the corpus (``to`` is null, an ``outlet`` is named) get a
    node for that outlet. ``same_event`` links are drawn faintly.

    Args:
        relations: relation dicts (``kind``, ``from``, ``to``, ``outlet``, ``score``).
        articles: article dicts.
        size: SVG width and height.
        max_nodes: the most nodes drawn (articles in relations first).

    Returns:
        The SVG element (or a note when there are no relations).
    """
    arts = {str(a.get("id")): a for a in articles}
    nodes: list[str] = []
    labels: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    for r in relations:
        kind = str(r.get("kind") or "")
        frm = str(r.get("from") or "")
        to = r.get("to")
        if not frm:
            continue
        tgt = str(to) if to else f"outlet:{r.get('outlet') or 'unknown'}"
        for n in (frm, tgt):
            if n not in labels:
                labels[n] = str(n.split(":", 1)[1]) if n.startswith("outlet:") else article_label(arts.get(n) or {"source": n})
                nodes.append(n)
        edges.append((frm, tgt, kind))
    if not edges:
        return Markup('<p class="muted">No copies, wire stories or citations between articles were found.</p>')
    nodes = nodes[:max_nodes]
    idx = {n: i for i, n in enumerate(nodes)}
    width = size + 480
    cx, cy = width / 2, size / 2
    rad = size / 2 - 50
    pos = {
        n: (cx + rad * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2), cy + rad * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2))
        for n, i in idx.items()
    }
    out = [
        f'<svg class="graph" viewBox="0 0 {width} {size}" width="{width}" height="{size}" role="img" '
        'aria-label="which article copies or cites which" xmlns="http://www.w3.org/2000/svg"><defs>'
    ]
    for kind, (col, _) in RELATION_STYLE.items():
        out.append(
            f'<marker id="arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{col}"/></marker>'
        )
    out.append("</defs>")
    for frm, tgt, kind in edges:
        if frm not in pos or tgt not in pos or frm == tgt:
            continue
        col, dash = RELATION_STYLE.get(kind, ("#888888", ""))
        (x1, y1), (x2, y2) = pos[frm], pos[tgt]
        dist = math.hypot(x2 - x1, y2 - y1) or 1
        ux, uy = (x2 - x1) / dist, (y2 - y1) / dist
        sx, sy, ex, ey = x1 + ux * 9, y1 + uy * 9, x2 - ux * 11, y2 - uy * 11
        arrow = f' marker-end="url(#arrow-{kind})"' if kind in RELATION_STYLE else ""
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(
            f'<line class="edge" data-kind="{_esc(kind)}" x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" '
            f'stroke="{col}"{dash_attr}{arrow}><title>{_esc(labels.get(frm))} {_esc(kind.replace("_", " "))} '
            f"{_esc(labels.get(tgt))}</title></line>"
        )
    for n, (x, y) in pos.items():
        external = n.startswith("outlet:")
        label = labels[n]
        short = label if len(label) <= 34 else label[:33] + "…"
        anchor_attr = "start" if x >= cx else "end"
        lx = x + (12 if x >= cx else -12)
        node = (
            f'<circle class="node{" ext" if external else ""}" cx="{x:.1f}" cy="{y:.1f}" r="8"/>'
            f'<text class="nlabel" x="{lx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor_attr}">{_esc(short)}</text>'
        )
        if external:
            out.append(f"<g><title>{_esc(label)} (not in the corpus)</title>{node}</g>")
        else:
            tip = article_label(arts.get(n))
            out.append(f'<a class="gnode" href="{_esc(anchor(n))}"><title>{_esc(tip)}</title>{node}</a>')
    out.append("</svg>")
    return Markup("".join(out))


# --- map ---------------------------------------------------------------------------------


# places too large to draw as a point (a continent's centre is nowhere in particular)
_NOT_POINTS = frozenset({"continent", "ocean", "sea", "world"})


def place_points(entities: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Return the places of the dossier that have coordinates, most mentioned first.

    Args:
        entities: entity dicts (``place`` with ``latitude``/``longitude``).

    Returns:
        Dicts with ``name``, ``lat``, ``lon``, ``mentions``, ``country``, ``link``.
    """
    out: list[dict[str, Any]] = []
    for e in entities:
        place = e.get("place")
        if not isinstance(place, Mapping):
            continue
        lat, lon = place.get("latitude"), place.get("longitude")
        if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        if place.get("kind") in _NOT_POINTS:
            continue  # "Asia", "Europe": an area no dot can stand for
        mentions = [m for m in e.get("mentions") or [] if isinstance(m, Mapping)]
        link = anchor(mentions[0].get("article"), mentions[0].get("start"), mentions[0].get("end")) if mentions else ""
        out.append(
            {
                "name": str(e.get("name") or ""),
                "lat": float(lat),
                "lon": float(lon),
                "mentions": len(mentions),
                "country": place.get("country"),
                "kind": place.get("kind"),
                "link": link,
            }
        )
    out.sort(key=lambda p: (-p["mentions"], p["name"]))
    return out


def country_mentions(entities: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Return the countries the coverage names, by ISO2 code, with their mentions added up.

    "Russia" and "Russian" are one country; its name is the most mentioned of its entities'.

    Args:
        entities: entity dicts (``place`` with ``kind`` ``"country"`` and ``country``).

    Returns:
        ISO2 -> ``{"name", "mentions", "link"}``.
    """
    out: dict[str, dict[str, Any]] = {}
    for e in entities:
        place = e.get("place")
        if not isinstance(place, Mapping) or place.get("kind") != "country":
            continue
        iso = str(place.get("country") or "").upper()
        if len(iso) != 2:
            continue
        mentions = [m for m in e.get("mentions") or [] if isinstance(m, Mapping)]
        row = out.setdefault(iso, {"name": "", "mentions": 0, "link": "", "best": -1})
        row["mentions"] += len(mentions)
        if len(mentions) > row["best"]:
            row["best"] = len(mentions)
            row["name"] = str(e.get("name") or iso)
            row["link"] = anchor(mentions[0].get("article"), mentions[0].get("start"), mentions[0].get("end")) if mentions else ""
    for row in out.values():
        row.pop("best", None)
    return out


def place_map(
    points: Sequence[Mapping[str, Any]],
    *,
    countries: Mapping[str, Mapping[str, Any]] | None = None,
    width: int = 760,
    height: int = 420,
) -> Markup:
    """Draw the places on a map: country outlines, the countries named shaded, towns as dots.

    The outlines come from a dataset shipped in a Python wheel (``dossier.present.geo``), thinned
    to the pixels they are drawn on, so the page stays one small offline file; without it the
    map is a lon/lat graticule. The view is the box around the places named, in an
    equirectangular projection corrected for latitude.

    Args:
        points: from ``place_points``.
        countries: from ``country_mentions`` (shaded, labelled on their largest landmass).
        width: SVG width.
        height: SVG height (the most; a flat box gets a lower map).

    Returns:
        The SVG element, or a note when no place has coordinates.
    """
    from . import geo  # the outlines are read only when a map is drawn

    if not points:
        return Markup('<p class="muted">No places with coordinates.</p>')
    lats = [p["lat"] for p in points]
    lons = [p["lon"] for p in points]
    la0, la1, lo0, lo1 = min(lats), max(lats), min(lons), max(lons)
    span = max(la1 - la0, lo1 - lo0, 8.0)
    padding = span * 0.12
    la0, la1 = max(-85.0, la0 - padding), min(85.0, la1 + padding)
    lo0, lo1 = max(-180.0, lo0 - padding), min(180.0, lo1 + padding)
    kx = math.cos(math.radians((la0 + la1) / 2)) or 1e-6
    m = 24
    scale = min((width - 2 * m) / ((lo1 - lo0) * kx or 1), (height - 2 * m) / ((la1 - la0) or 1))
    height = int(min(height, (la1 - la0) * scale + 2 * m))
    width = int(min(width, (lo1 - lo0) * kx * scale + 2 * m))

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return m + (lon - lo0) * kx * scale, height - m - (lat - la0) * scale

    out = [
        f'<svg class="map" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-label="places named in the coverage" xmlns="http://www.w3.org/2000/svg">',
        f'<rect class="sea" x="0" y="0" width="{width}" height="{height}"/>',
    ]
    named: dict[str, Mapping[str, Any]] = dict(countries or {})
    for p in points:
        if p.get("kind") == "country" and str(p.get("country") or "").upper() not in named:
            named[str(p.get("country") or "").upper()] = p
    drawn: set[str] = set()
    shapes = geo.outlines((lo0, la0, lo1, la1), xy, elementwise=True)  # xy: arithmetic only
    for iso2, name, d in shapes:
        hit = named.get(iso2) if iso2 else None
        if hit is not None:
            drawn.add(iso2)
            tip = f'{hit["name"]} — named {hit["mentions"]} time(s)'
            body = f'<path class="land named" d="{d}"/>'
            if hit.get("link"):
                out.append(f'<a class="pl" href="{_esc(hit["link"])}"><title>{_esc(tip)}</title>{body}</a>')
            else:
                out.append(f"<g><title>{_esc(tip)}</title>{body}</g>")
        else:
            out.append(f'<path class="land" d="{d}"><title>{_esc(name)}</title></path>')
    if not shapes:  # no outline dataset installed: a graticule instead
        step = _nice_step(max(la1 - la0, lo1 - lo0), 10)
        g = math.ceil(lo0 / step) * step
        while g <= lo1:
            x0, y0 = xy(la0, g)
            x1, y1 = xy(la1, g)
            out.append(f'<line class="grat" x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}"/>')
            g += step
        g = math.ceil(la0 / step) * step
        while g <= la1:
            x0, y0 = xy(g, lo0)
            x1, y1 = xy(g, lo1)
            out.append(f'<line class="grat" x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}"/>')
            g += step
    biggest = max(p["mentions"] for p in points) or 1
    boxes: list[tuple[float, float, float, float]] = []
    for p in points:  # most mentioned first: their labels win where labels would overlap
        x, y = xy(p["lat"], p["lon"])
        country = p.get("kind") == "country" and str(p.get("country") or "").upper() in drawn
        r = 0.0 if country else 3 + 5 * math.sqrt(p["mentions"] / biggest)
        tip = f'{p["name"]} ({p["lat"]:.2f}, {p["lon"]:.2f}) — {p["mentions"]} mention(s)'
        lx = x + r + 3 if r else x - 3.3 * len(p["name"])
        box = (lx - 1, y - 9, lx + 6.6 * len(p["name"]) + 1, y + 4)
        free = all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in boxes)
        body = f'<circle class="place" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>' if r else ""
        if free:
            boxes.append(box)
            body += f'<text class="plabel{" country" if country else ""}" x="{lx:.1f}" y="{y + 4:.1f}">{_esc(p["name"])}</text>'
        if not body:
            continue
        if p["link"]:
            out.append(f'<a class="pl" href="{_esc(p["link"])}"><title>{_esc(tip)}</title>{body}</a>')
        else:
            out.append(f"<g><title>{_esc(tip)}</title>{body}</g>")
    for iso2 in sorted(drawn, key=lambda k: (-int(named[k].get("mentions") or 0), k)):  # ties by code, not by hash order
        spot = geo.label_point(iso2, (lo0, la0, lo1, la1))
        if spot is None:
            continue
        x, y = xy(spot[1], spot[0])
        label = country_name(iso2) or str(named[iso2].get("name") or iso2)
        lx = x - 3.3 * len(label)
        box = (lx - 1, y - 9, lx + 6.6 * len(label) + 1, y + 4)
        if all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in boxes):
            boxes.append(box)
            out.append(f'<text class="plabel country" x="{lx:.1f}" y="{y + 4:.1f}">{_esc(label)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


# --- the context -------------------------------------------------------------------------


def _story_title(d: Mapping[str, Any], articles: Sequence[Mapping[str, Any]]) -> str:
    tracks = _list(d, "tracks")
    if tracks:
        best = max(tracks, key=lambda t: len(t.get("claims") or []))
        if best.get("measure"):
            return f"Dossier: {best['measure']}" + (f" — {best['location']}" if best.get("location") else "")
    titled = [a for a in articles if a.get("title")]
    if titled:
        return f"Dossier: {titled[0]['title']}"
    return "Dossier"


# the most cards a story's glance shows before "more figures"
GLANCE_CARDS = 6


def _strip_domain(span: tuple[dt.date, dt.date] | None, events: Sequence[Mapping[str, Any]]) -> tuple[dt.date, dt.date] | None:
    """The days the timeline strip shows: the story's span, reaching back (or on) to the events
    dated within a month that lie at most 45 days outside it (the run-up the coverage tells)."""
    if span is None:
        return None
    d0, d1 = span
    for e in events:
        if not e.get("first") or not e.get("last"):
            continue
        a, b = dt.date.fromisoformat(str(e["first"])), dt.date.fromisoformat(str(e["last"]))
        if (b - a).days > 31:
            continue
        if a < d0 and (span[0] - a).days <= 45:
            d0 = a
        if b > d1 and (b - span[1]).days <= 45:
            d1 = b
    return d0, d1


def _quote_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def dedupe_quotes(group: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep each thing a speaker said once: the same words (or words inside a longer quote of theirs)
    reported by several articles become one quote with the other articles listed under ``also``.

    Args:
        group: one speaker's quote rows, in the order to keep (the first of equals wins).

    Returns:
        The rows left, each with ``also``: ``[{"article", "link"}]`` of the repeats folded into it.
    """
    kept: list[dict[str, Any]] = []
    keys: list[str] = []
    for q in sorted(group, key=lambda qv: -len(qv["text"])):
        k = _quote_key(str(q["text"]))
        if not k:
            continue
        home = next((i for i, other in enumerate(keys) if k == other or (len(k) >= 8 and f" {k} " in f" {other} ")), None)
        if home is None:
            kept.append({**q, "also": []})
            keys.append(k)
        elif q["article"] != kept[home]["article"] and all(a["article"] != q["article"] for a in kept[home]["also"]):
            kept[home]["also"].append({"article": q["article"], "link": q["link"]})
    order = {id(q): i for i, q in enumerate(group)}
    first_of = {k2["id"]: k2 for k2 in kept}
    return sorted(first_of.values(), key=lambda qv: order.get(id(next((g for g in group if g["id"] == qv["id"]), qv)), 0))


def build_context(d: Mapping[str, Any], *, live: bool = False, filters: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Build everything the report page shows from a dossier dict.

    Args:
        d: the dossier.json dict (possibly with empty sections).
        live: True when the web app renders the page (adds search and filter forms).
        filters: the filters applied (shown back in the web app's form).

    Returns:
        A dict for the ``report.html.j2`` template: ``overview``, ``tracks`` (each with its
        chart), ``claims`` rows, ``quotes_by_speaker``, ``entities``, ``events``, ``graph``,
        ``map``, ``summary``, ``articles`` and ``index`` (safe JSON for the script).
    """
    d = normalise_dossier(d)
    articles = _list(d, "articles")
    arts = {str(a.get("id")): a for a in articles}
    claims = _list(d, "claims")
    tracks = _list(d, "tracks")
    quotes = _list(d, "quotes")
    entities = _list(d, "entities")
    events = _list(d, "events")
    relations = _list(d, "relations")
    summary = _list(d, "summary")

    source_names = [ref_name(c.get("source")) or UNATTRIBUTED for c in claims]
    # one colour per party a claimant speaks for (its government, its agency), from the tracks
    party_of: dict[str, str] = {}
    for t in tracks:
        for pair in t.get("parties") or []:
            if isinstance(pair, (list, tuple)) and len(pair) == 2:
                party_of[str(pair[0])] = str(pair[1])
    for c in claims:
        party_of.setdefault(str(c.get("id")), ref_name(c.get("source")) or UNATTRIBUTED)
    colours = Colours(party_of[str(c.get("id"))] for c in claims)

    # overview
    outlets = sorted({str(a.get("outlet") or a.get("publisher")) for a in articles if a.get("outlet") or a.get("publisher")})
    days = [r for r in (date_range(a.get("published")) for a in articles) if r]
    span = story_span(articles)
    copies = {str(r.get("from")) for r in relations if r.get("kind") in ("syndicated", "near_duplicate") and r.get("to")}
    independent = [a for a in articles if str(a.get("id")) not in copies]
    claim_sources = sorted({n for n in source_names if n != UNATTRIBUTED}, key=_casefold_then_text)
    overview = {
        "articles": len(articles),
        "outlets": outlets,
        "first": span[0].isoformat() if span else None,
        "last": span[1].isoformat() if span else None,
        "span": span_label(span),
        "undated": len(articles) - len([r for r in days if r[1] - r[0] <= MAX_PLOT_SPAN]),
        "independent_articles": len(independent),
        "claim_sources": claim_sources,
        "claims": len(claims),
        "quotes": len(quotes),
        "entities": len(entities),
        "tracks": len(tracks),
        "events": len(events),
        "rejections": _list(d, "rejections"),
    }

    # claims table rows
    track_label: dict[str, str] = {}
    track_measure = {str(t.get("id")): str(t.get("measure") or "") for t in tracks}
    for t in tracks:
        label = str(t.get("measure") or t.get("id"))
        if t.get("location"):
            label += f" — {t['location']}"
        track_label[str(t.get("id"))] = label
    rows = []
    for c in claims:
        art = arts.get(str(c.get("article"))) or {}
        when, basis = claim_date(c, arts)
        point = date_point(when)
        _, val, _ = _claim_bounds(c)
        rows.append(
            {
                "id": c.get("id"),
                "figure": format_figure(c),
                "value": val if val is not None else "",
                "text": c.get("text") or "",
                "qualifier": c.get("qualifier") or "",
                "measure": c.get("measure") or "",
                "measure_words": "",
                "location": c.get("location") or "",
                "as_of": date_label(c.get("as_of")),
                "date": point.isoformat() if point else "",
                "date_shown": date_label(when),
                "date_basis": basis,
                "modality": c.get("modality") or "",
                "source": ref_name(c.get("source")) or UNATTRIBUTED,
                "party": party_of.get(str(c.get("id"))) or UNATTRIBUTED,
                "source_text": (c.get("source") or {}).get("text") if isinstance(c.get("source"), Mapping) else "",
                "via": ", ".join(n for n in (ref_name(v) for v in c.get("via") or []) if n),
                "outlet": art.get("outlet") or art.get("publisher") or "",
                "article": article_label(art),
                "track": c.get("track") or "",
                "track_label": track_label.get(str(c.get("track")), ""),
                "sentence": c.get("sentence") or "",
                "link": item_link(c, arts),
                "colour": colours(party_of.get(str(c.get("id"))) or UNATTRIBUTED),
            }
        )
        # one name per track for what is counted; the article's own words stay on hover
        if c.get("track") and track_measure.get(str(c.get("track"))):
            rows[-1]["measure_words"] = rows[-1]["measure"]
            rows[-1]["measure"] = track_measure[str(c.get("track"))]
    rows.sort(key=lambda r: (r["track_label"] or "~", r["date"] or "9999", r["source"]))

    # tracks with charts
    claims_by_id = {str(c.get("id")): c for c in claims}
    rows_by_track: dict[str, list[dict[str, Any]]] = defaultdict(list)
    claims_by_track: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        rows_by_track[str(r["track"])].append(r)
    for c in claims:
        claims_by_track[str(c.get("track"))].append(c)
    from .glance import track_card  # glance builds on this module's helpers

    track_views: list[dict[str, Any]] = []
    for i, t in enumerate(sorted(tracks, key=lambda t: -len(t.get("claims") or [])), start=1):
        tcl = [claims_by_id[cid] for cid in (t.get("claims") or []) if cid in claims_by_id]
        if not tcl:
            tcl = claims_by_track.get(str(t.get("id")), [])
        names = sorted({party_of.get(str(c.get("id"))) or UNATTRIBUTED for c in tcl}, key=_casefold_then_text)
        chart_colours = colours.for_chart(names)
        latest = claims_by_id.get(str(t.get("latest"))) if t.get("latest") else None
        card = track_card(t, tcl, arts, chart_colours, party_of, anchor=f"#track-{i}")
        units = {c.get("unit") for c in tcl}
        in_unit = unit_suffix(next(iter(units))) if len(units) == 1 else ""
        track_views.append(
            {
                "id": t.get("id"),
                "dom": f"track-{i}",
                "story": t.get("story"),
                "measure": t.get("measure") or "",
                "location": t.get("location") or "",
                "low": f"{format_number(t.get('low'))}{in_unit}" if t.get("low") is not None else format_number(None),
                "high": f"{format_number(t.get('high'))}{in_unit}" if t.get("high") is not None else format_number(None),
                "independent_sources": t.get("independent_sources"),
                "conflict": bool(t.get("conflict")),
                "trend": t.get("trend"),
                "latest": format_figure(latest) if latest else "",
                "latest_source": ref_name(latest.get("source")) if latest else None,
                "n": len(tcl),
                "single": len(tcl) == 1,
                "card": card,
                "chart": track_chart(t, tcl, arts, chart_colours, party_of=party_of, domain=span) if len(tcl) > 1 else Markup(""),
                "legend": [
                    {"name": p["name"], "colour": p["colour"], "members": p["members"], "title": p["title"]}
                    for p in card["parties"]
                ],
                "rows": rows_by_track.get(str(t.get("id")), []),
            }
        )

    # the story at a glance: per story, its tracks as cards (main figures first)
    story_rows = [s for s in _list(d, "stories") if s.get("tracks")]
    groups: list[tuple[str, object, list[dict[str, Any]]]] = []
    if story_rows and len(story_rows) > 1:
        for srow in story_rows:
            ids = {str(x) for x in srow.get("tracks") or []}
            groups.append((str(srow.get("title") or ""), srow.get("id"), [tv["card"] for tv in track_views if str(tv["id"]) in ids]))
    elif track_views:
        groups.append(("", story_rows[0].get("id") if story_rows else "", [tv["card"] for tv in track_views]))
    glance = []
    for title, sid, cards in groups:
        if not cards:
            continue
        # the main figures first: disputed and many-figure tracks; the rest one click away
        ranked = sorted(cards, key=lambda c: (-(c["n"] > 1), -bool(c["conflict"]), -c["n_parties"], -c["n"]))
        main_cards = [c for c in ranked if c["n"] > 1][:GLANCE_CARDS] or ranked[:GLANCE_CARDS]
        if len(main_cards) < 3:
            main_cards = ranked[: max(len(main_cards), min(3, len(ranked)))]
        chosen = {id(c) for c in main_cards}
        glance.append({"title": title, "id": sid, "cards": main_cards, "more": [c for c in ranked if id(c) not in chosen]})

    # quotes by speaker
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for qd in quotes:
        art = arts.get(str(qd.get("article"))) or {}
        speaker = ref_name(qd.get("speaker")) or UNATTRIBUTED
        by_speaker[speaker].append(
            {
                "id": qd.get("id"),
                "text": qd.get("text") or "",
                "kind": qd.get("kind") or "",
                "cue": qd.get("cue") or "",
                "date": date_label(resolve_date(qd.get("date"), (art.get("published") or {}))) or article_date(art),
                "speaker_text": (qd.get("speaker") or {}).get("text") if isinstance(qd.get("speaker"), Mapping) else "",
                "article": article_label(art),
                "link": item_link(qd, arts),
            }
        )
    quotes_by_speaker: list[dict[str, Any]] = []
    for speaker_name, group in sorted(by_speaker.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, -len(kv[1]), kv[0].casefold())):
        group.sort(key=lambda qv: (str(qv["date"] or "~"), -len(qv["text"])))
        quotes_by_speaker.append({"speaker": speaker_name, "quotes": dedupe_quotes(group)})

    # entities with roles
    entity_rows: list[dict[str, Any]] = []
    for e in entities:
        mentions = [m for m in e.get("mentions") or [] if isinstance(m, Mapping)]
        first = mentions[0] if mentions else None
        entity_rows.append(
            {
                "id": e.get("id"),
                "name": e.get("name") or "",
                "type": e.get("type") or "",
                "aliases": [str(a) for a in e.get("aliases") or [] if a != e.get("name")],
                "roles": [str(r) for r in e.get("roles") or []],
                "mentions": len(mentions),
                "articles": len({m.get("article") for m in mentions}),
                "link": anchor(first.get("article"), first.get("start"), first.get("end")) if first else "",
            }
        )
    entity_rows.sort(key=lambda r: (-r["mentions"], r["name"].casefold()))

    # timeline
    event_rows = []
    for ev in events:
        evidence = []
        for x in ev.get("evidence") or []:
            if isinstance(x, Mapping):
                evidence.append(
                    {"sentence": x.get("sentence") or "", "article": article_label(arts.get(str(x.get("article")))), "link": item_link(x, arts)}
                )
        when = event_when(ev)
        point = date_point(when)
        rng = date_range(when)
        event_rows.append(
            {
                "first": rng[0].isoformat() if rng else None,
                "last": rng[1].isoformat() if rng else None,
                "link": evidence[0]["link"] if evidence else "",
                "id": ev.get("id"),
                "date": date_label(when) or "undated",
                "sort": point.isoformat() if point else "9999",
                "summary": ev.get("summary") or "",
                "kind": ev.get("kind") or "",
                "evidence": evidence,
            }
        )
    event_rows.sort(key=lambda r: (r["sort"], r["summary"]))

    # summary with citations
    cited: dict[str, int] = {}
    summary_rows = []
    for s in summary:
        aid = str(s.get("article"))
        n = cited.setdefault(aid, len(cited) + 1)
        summary_rows.append({"text": s.get("text") or "", "n": n, "link": item_link(s, arts), "article": article_label(arts.get(aid))})

    # articles (the article view reads its text from here)
    article_rows: list[dict[str, Any]] = []
    for a in sorted(articles, key=lambda a: (date_point(a.get("published")) or dt.date.max, str(a.get("id")))):
        article_rows.append(
            {
                "id": a.get("id"),
                "dom": dom_id(a.get("id")),
                "title": a.get("title") or a.get("source") or a.get("id"),
                "outlet": a.get("outlet") or "",
                "publisher": a.get("publisher") or "",
                "authors": [str(x) for x in a.get("authors") or []],
                "date": article_date(a),
                "basis": (a.get("published") or {}).get("basis") if isinstance(a.get("published"), Mapping) else "",
                "source": a.get("source") or "",
                "url": safe_url(a.get("url")),
                "text": a.get("text") or "",
                "copy_of": [str(r.get("to")) for r in relations if r.get("from") == a.get("id") and r.get("kind") in ("syndicated", "near_duplicate") and r.get("to")],
            }
        )
    index = {r["dom"]: {"title": str(r["title"]), "meta": " · ".join(x for x in (r["outlet"], r["date"]) if x)} for r in article_rows}

    places = place_points(entities)
    return {
        "title": _story_title(d, articles),
        "stories": story_index(d),  # the story index (shown when the folder holds several)
        "live": live,
        "filters": {k: (filters or {}).get(k) for k in ("source", "outlet", "track", "since", "until", "q")},
        "overview": overview,
        "tracks": track_views,
        "glance": glance,
        "claims": rows,
        "claim_sources": sorted({r["source"] for r in rows}, key=_casefold_then_text),
        "claim_outlets": sorted({r["outlet"] for r in rows if r["outlet"]}, key=_casefold_then_text),
        "claim_tracks": [{"id": k, "label": v} for k, v in track_label.items()],
        "quotes_by_speaker": quotes_by_speaker,
        "entities": entity_rows,
        "events": event_rows,
        "timeline_strip": timeline_strip(event_rows, domain=_strip_domain(span, event_rows)),
        "graph": relation_graph(relations, articles),
        "relations": [
            {
                "kind": r.get("kind") or "",
                "from": article_label(arts.get(str(r.get("from")))),
                "from_link": anchor(r.get("from")),
                "to": article_label(arts.get(str(r.get("to")))) if r.get("to") else (r.get("outlet") or "outside the corpus"),
                "to_link": anchor(r.get("to")) if r.get("to") else "",
                "score": r.get("score"),
            }
            for r in relations
        ],
        "places": places,
        "map": place_map(places, countries=country_mentions(entities)),
        "summary": summary_rows,
        "articles": article_rows,
        "index": safe_json(index),
        "schema_version": d.get("schema_version"),
    }
