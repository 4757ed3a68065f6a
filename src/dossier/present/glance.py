"""The story at a glance: the main figures of each story as cards, in words a reader can check.

Each card tells one track: what is counted and where, the figures from first to last, how many
independent parties gave them and who, whether they *disagree* (incompatible figures at the same
time, or an article saying so) apart from how the figure *changed over time*, the forecasts apart
from the counts, and the date of the latest figure. Every number is a link to the sentence it
comes from. Article text is untrusted: every value is escaped here (``markupsafe.escape``) and the
card's HTML is assembled from escaped parts only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from .views import (
    FORECASTS,
    UNATTRIBUTED,
    Colours,
    _claim_bounds,
    _day_words,
    figure_window,
    format_figure,
    format_number,
    item_link,
    ref_name,
)


def _link(claim: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]], text: str | None = None) -> Markup:
    """The figure as a link to its sentence."""
    return Markup('<a class="fig" href="{}" data-claim="{}">{}</a>').format(
        item_link(claim, articles), str(claim.get("id") or ""), text or format_figure(claim)
    )


def _when(claim: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str:
    """A short date for a figure: its day, else the window it is known in, else ''."""
    first, last, basis = figure_window(claim, articles)
    if first is not None and last is not None:
        if first == last:
            return _day_words(first, year=False)
        if (last - first).days <= 31:
            return f"{_day_words(first, year=False)}–{_day_words(last, year=False)}"
        return "undated"
    if first is not None:
        return f"undated, after {_day_words(first, year=False)}"
    if last is not None:
        return f"undated, before {_day_words(last, year=False)}"
    return "undated"


def _day(claim: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> dt.date | None:
    """The day a figure is pinned to (a window of at most a week, by its end), else None."""
    first, last, _ = figure_window(claim, articles)
    if first is not None and last is not None and (last - first).days <= 7:
        return last
    return None


def track_card(
    track: Mapping[str, Any],
    claims: Sequence[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    colours: Colours,
    party_of: Mapping[str, str],
    *,
    anchor: str = "",
) -> dict[str, Any]:
    """One track told in words: figures, parties, disagreement, evolution, forecasts, latest.

    Args:
        track: the track dict (``conflicts``, ``disputes``, ``parties``, ``latest``, ``trend``).
        claims: its claim dicts, in the track's order.
        articles: article id -> article dict.
        colours: party name -> colour.
        party_of: claim id -> party name.
        anchor: the ``#`` link to the track's chart.

    Returns:
        A dict for the template: ``title``, ``headline``, ``parties`` (name, colour, members),
        ``disagree``, ``disputes``, ``evolution``, ``forecasts``, ``latest``, ``conflict``,
        ``anchor``; the text values are ``Markup`` built from escaped parts.
    """
    by_id = {str(c.get("id")): c for c in claims}

    def party(c: Mapping[str, Any]) -> str:
        return party_of.get(str(c.get("id"))) or ref_name(c.get("source")) or UNATTRIBUTED

    counts = [c for c in claims if str(c.get("modality") or "") not in FORECASTS and str(c.get("modality") or "") != "denied"]
    forecasts = [c for c in claims if str(c.get("modality") or "") in FORECASTS]
    shown = counts or list(claims)
    measure = str(track.get("measure") or "figures")
    title = measure + (f" in {track['location']}" if track.get("location") else "")

    # headline: the lowest and highest count, in the direction the figures moved
    valued: list[tuple[Mapping[str, Any], float]] = [
        (c, v) for c in shown if (v := _claim_bounds(c)[1]) is not None
    ]
    headline = Markup("")
    if valued:
        lo_c = min(valued, key=lambda cv: cv[1])[0]
        hi_c = max(valued, key=lambda cv: cv[1])[0]
        if lo_c is hi_c or _claim_bounds(lo_c)[1] == _claim_bounds(hi_c)[1]:
            headline = _link(lo_c, articles)
        elif track.get("trend") == "falling":
            headline = Markup("{} → {}").format(_link(hi_c, articles), _link(lo_c, articles))
        elif track.get("trend") == "rising":
            headline = Markup("{} → {}").format(_link(lo_c, articles), _link(hi_c, articles))
        else:
            headline = Markup("{} – {}").format(_link(lo_c, articles), _link(hi_c, articles))

    # parties, with the people and bodies that speak for each (shown on hover)
    members: dict[str, list[str]] = {}
    for c in claims:
        names = members.setdefault(party(c), [])
        who = ref_name(c.get("source")) or UNATTRIBUTED
        if who not in names:
            names.append(who)
    parties = [
        {"name": p, "colour": colours(p), "members": [n for n in names if n != p], "title": ", ".join(names)}
        for p, names in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold()))
        if any(party(c) == p for c in shown)
    ]

    # disagreement: the pair of incompatible figures with the widest gap, and the articles that say so
    disagree = Markup("")
    found = [
        (by_id.get(str(p[0])), by_id.get(str(p[1])))
        for p in track.get("conflicts") or []
        if isinstance(p, (list, tuple)) and len(p) == 2
    ]
    pairs = [(a, b) for a, b in found if a is not None and b is not None]
    if pairs:
        def gap(pair: tuple[Mapping[str, Any], Mapping[str, Any]]) -> float:
            va, vb = _claim_bounds(pair[0])[1] or 0.0, _claim_bounds(pair[1])[1] or 0.0
            return abs(va - vb) / max(abs(va), abs(vb), 1.0)

        pos = {str(c.get("id")): k for k, c in enumerate(claims)}

        def recency(pair: tuple[Mapping[str, Any], Mapping[str, Any]]) -> tuple[int, int, float]:
            ka, kb = pos.get(str(pair[0].get("id")), 0), pos.get(str(pair[1].get("id")), 0)
            return (max(ka, kb), min(ka, kb), gap(pair))

        # the most recent disagreement (the track is in date order), the widest where they tie
        a, b = max(pairs, key=recency)
        if (_claim_bounds(a)[1] or 0) < (_claim_bounds(b)[1] or 0):
            a, b = b, a
        same_time = _when(a, articles) == _when(b, articles) and _day(a, articles) is not None
        disagree = Markup("{} says {}, {} {} ({}{})").format(
            party(a),
            _link(a, articles),
            party(b),
            _link(b, articles),
            "same day" if same_time else "figures for the same period",
            Markup("; {} more pair(s)").format(len(pairs) - 1) if len(pairs) > 1 else "",
        )
    disputes = []
    for e in track.get("disputes") or []:
        if isinstance(e, Mapping):
            disputes.append({"sentence": str(e.get("sentence") or ""), "link": item_link(e, articles)})

    # evolution: the first and the last count pinned to a day
    evolution = Markup("")
    pinned = sorted(((d, c) for c in shown if (d := _day(c, articles)) is not None), key=lambda dc: dc[0])
    if len(pinned) >= 2 and pinned[0][0] != pinned[-1][0]:
        (d_first, c_first), (d_last, c_last) = pinned[0], pinned[-1]
        verb = {"rising": "rose", "falling": "fell", "stable": "held", "mixed": "moved"}.get(str(track.get("trend") or ""), "went")
        evolution = Markup("{} from {} ({}, {}) to {} ({}, {})").format(
            verb,
            _link(c_first, articles),
            party(c_first),
            _day_words(d_first, year=False),
            _link(c_last, articles),
            party(c_last),
            _day_words(d_last, year=False),
        )

    forecast_items = [
        Markup("{} ({}{})").format(_link(c, articles), party(c), f", {_when(c, articles)}" if _day(c, articles) else "")
        for c in forecasts
    ]
    latest = by_id.get(str(track.get("latest"))) if track.get("latest") else None
    latest_day = _day(latest, articles) if latest else None
    n_parties = len(parties)
    return {
        "id": track.get("id"),
        "anchor": anchor,
        "title": title,
        "headline": headline,
        "n": len(claims),
        "n_parties": n_parties,
        "independent": track.get("independent_sources"),
        "parties": parties,
        "conflict": bool(track.get("conflict")),
        "disagree": disagree,
        "disputes": disputes,
        "evolution": evolution,
        "forecasts": forecast_items,
        "latest": (
            Markup("{} ({}, {})").format(_link(latest, articles), party(latest), _day_words(latest_day))
            if latest is not None and latest_day is not None
            else (Markup("{} ({})").format(_link(latest, articles), party(latest)) if latest is not None else Markup(""))
        ),
        "single": len(claims) == 1,
        "value": format_number(_claim_bounds(claims[0])[1]) if claims else "",
    }
