"""Event building blocks shared by the timeline and the ECB+ evaluation.

* TIMEX3 values to date windows (``date_window``): ``2024-10-31`` -> that day,
  ``2024-10`` -> the month, ``2024-W45`` -> the ISO week, ``2024`` -> the year (the calendar
  arithmetic is ``dates.value_bounds``); values with an unknown year (``XXXX-11-03``) or no
  calendar meaning (``PRESENT_REF``, durations) give None.
* The event-verb lexicon (``EVENT_LEXICON``): trigger lemma -> event kind (deployment,
  movement, statement, confirmation, combat, treaty, launch, sanction, attack, death, ...).
* Mention clustering (``cluster_mentions``): agglomerative merging of event mentions that share
  a trigger lemma (or lexicon kind), whose date windows overlap and whose arguments (participants,
  places, keywords) overlap. The same function merges timeline events across articles and
  clusters ECB+ gold mentions for ``dossier eval events``.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .dates import value_bounds

# --- dates -------------------------------------------------------------------------------


def date_window(value: str | None) -> tuple[str, str] | None:
    """Turn a TIMEX3 date value into an ISO (earliest, latest) window.

    The calendar arithmetic is ``dates.value_bounds`` (the one owner of TIMEX3 spans); this
    keeps the values that start with a four-digit year (no decades or centuries).

    Args:
        value: a TIMEX3 value such as ``2024-10-31``, ``2024-10``, ``2024-W45``, ``2024-W45-WE``,
            ``2024-Q3``, ``2024-H1``, ``2024-SU``, ``2024``.

    Returns:
        ``(earliest, latest)`` ISO dates, or None when the value has no calendar window
        (unknown year ``XXXX-..``, ``PRESENT_REF``, durations, decades, None).
    """
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    bounds = value_bounds(value)
    return None if bounds is None else (bounds[0].isoformat(), bounds[1].isoformat())


def iso_day(value: str | None, *, end: bool = False) -> str | None:
    """The first (or last, with ``end``) ISO day of a date value such as ``2024-10-31T09:00``, ``2024-10``.

    Args:
        value: an ISO date, date-time, month or year.
        end: return the last day instead of the first.

    Returns:
        ``YYYY-MM-DD`` or None when the value is not a calendar date.
    """
    if not value:
        return None
    w = date_window(value) or date_window(value[:10]) or date_window(value[:7]) or date_window(value[:4])
    return None if w is None else w[1 if end else 0]


def window_of(value: str | None, earliest: str | None = None, latest: str | None = None) -> tuple[str, str] | None:
    """Return the window of a time expression, preferring explicit ``earliest``/``latest``.

    Args:
        value: the TIMEX3 value.
        earliest: an explicit earliest ISO date (fuzzy spans such as "early to mid-October").
        latest: an explicit latest ISO date.

    Returns:
        ``(earliest, latest)`` or None.
    """
    base = date_window(value)
    lo = (date_window(earliest) or (None, None))[0] if earliest else None
    hi = (date_window(latest) or (None, None))[1] if latest else None
    if lo and hi:
        return (lo, hi) if lo <= hi else (hi, lo)
    if base is None:
        return None
    return (lo or base[0], hi or base[1])


def days_between(a: str, b: str) -> int:
    """Signed number of days from ISO date ``a`` to ISO date ``b``.

    Args:
        a: an ISO date (``YYYY-MM-DD``).
        b: another ISO date.

    Returns:
        ``b - a`` in days.
    """
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def windows_overlap(a: tuple[str, str] | None, b: tuple[str, str] | None, slack_days: int = 0) -> bool:
    """True when two date windows overlap (after widening each by ``slack_days``); None never overlaps.

    Args:
        a: an ``(earliest, latest)`` window or None.
        b: another window or None.
        slack_days: days of tolerance between the windows.

    Returns:
        Whether the windows overlap.
    """
    if a is None or b is None:
        return False
    return days_between(b[1], a[0]) <= slack_days and days_between(a[1], b[0]) <= slack_days


def window_value(window: tuple[str, str]) -> str | None:
    """The most specific TIMEX3 value covering a window: the day, else the month, else the year.

    Args:
        window: ``(earliest, latest)`` ISO dates.

    Returns:
        ``2024-10-31`` for a one-day window, ``2024-10`` when both ends share the month, ``2024``
        when they share the year, else None.
    """
    lo, hi = window
    if lo == hi:
        return lo
    if lo[:7] == hi[:7]:
        return lo[:7]
    if lo[:4] == hi[:4]:
        return lo[:4]
    return None


# --- lexicon -----------------------------------------------------------------------------

# trigger lemma -> event kind. Verbs and event nouns of news about conflicts, diplomacy and
# disasters; general on purpose (no story-specific words).
EVENT_LEXICON: dict[str, str] = {
    # deployments and movements
    **dict.fromkeys(
        ["deploy", "deployment", "send", "dispatch", "station", "redeploy", "mobilize", "mobilise", "mobilization"],
        "deployment",
    ),
    **dict.fromkeys(
        ["move", "relocate", "transfer", "travel", "arrive", "enter", "cross", "withdraw", "retreat",
         "evacuate", "transport", "ship", "fly", "march", "advance", "return", "flee"],
        "movement",
    ),
    # statements and confirmations
    **dict.fromkeys(
        ["confirm", "acknowledge", "verify", "admit"],
        "confirmation",
    ),
    **dict.fromkeys(
        ["say", "state", "announce", "tell", "warn", "claim", "report", "declare", "assess", "estimate",
         "reveal", "disclose", "deny", "brief", "testify", "note", "stress", "add", "speak", "warning",
         "statement", "announcement", "remark", "remarks"],
        "statement",
    ),
    **dict.fromkeys(
        ["press conference", "briefing", "conference", "summit", "meeting", "meet", "visit", "talk", "talks", "interview"],
        "meeting",
    ),
    # fighting
    **dict.fromkeys(
        ["fight", "combat", "battle", "engage", "clash", "incursion", "invade", "invasion", "offensive",
         "capture", "seize", "recapture", "reclaim", "occupy", "besiege", "shell", "storm"],
        "combat",
    ),
    **dict.fromkeys(
        ["attack", "strike", "bomb", "bombing", "shoot", "shooting", "raid", "explode", "explosion",
         "blast", "assault", "airstrike", "ambush", "fire"],
        "attack",
    ),
    **dict.fromkeys(["kill", "die", "death", "dead", "murder", "execute", "massacre"], "death"),
    **dict.fromkeys(["wound", "injure", "injury", "hurt"], "injury"),
    # agreements and measures
    **dict.fromkeys(["sign", "treaty", "agreement", "pact", "ratify", "accord", "agree", "ally"], "treaty"),
    **dict.fromkeys(["sanction", "sanctions", "embargo", "ban", "impose", "freeze"], "sanction"),
    **dict.fromkeys(["launch", "test-fire", "missile"], "launch"),
    **dict.fromkeys(["arrest", "detain", "charge", "convict", "sentence", "indict", "release", "free"], "legal"),
    **dict.fromkeys(["elect", "appoint", "nominate", "resign", "hire"], "appointment"),
    **dict.fromkeys(
        ["earthquake", "quake", "flood", "wildfire", "collapse", "crash", "sink", "erupt", "fail", "failure",
         "breach", "burst", "derail", "capsize"],
        "disaster",
    ),
    **dict.fromkeys(["train", "training"], "training"),
}

# Light verbs: the event is their object ("launched an incursion" is an incursion).
LIGHT_VERBS = frozenset(
    {"launch", "begin", "start", "carry", "conduct", "stage", "mount", "hold", "make", "complete", "undertake",
     "continue", "resume", "open", "give", "deliver", "have", "issue", "fire", "test-fire"}
)


def event_kind(lemma: str) -> str | None:
    """The lexicon kind of a trigger lemma (or of its derivational stem), or None.

    Args:
        lemma: a lower-case lemma ("signing", "deploy").

    Returns:
        The event kind ("treaty", "deployment", ...) or None.
    """
    return EVENT_LEXICON.get(lemma) or EVENT_LEXICON.get(trigger_stem(lemma))


# --- clustering --------------------------------------------------------------------------


@dataclass
class MentionFeatures:
    """What the clusterer knows about one event mention (ECB+ gold mention or timeline candidate).

    Attributes:
        key: an identifier of the mention.
        doc: the document it comes from.
        lemma: the trigger lemma.
        kind: the lexicon kind of the trigger (or None).
        window: the mention's date window, if known.
        arguments: normalised participant/place/time words.
        group: an optional partition (a document cluster); mentions in different groups never merge.
    """

    key: str
    doc: str
    lemma: str
    kind: str | None = None
    window: tuple[str, str] | None = None
    arguments: frozenset[str] = field(default_factory=frozenset)
    group: str | None = None


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_SUFFIXES = (
    ("ations", "ate"), ("ation", "ate"), ("ings", ""), ("ing", ""), ("ments", ""), ("ment", ""),
    ("ions", ""), ("ion", ""), ("als", ""), ("al", ""),
)


def trigger_stem(lemma: str) -> str:
    """A crude derivational stem so that verb and event noun meet ("deployment" ~ "deploy").

    Args:
        lemma: a trigger lemma.

    Returns:
        The lemma without a nominalising suffix (-ation, -ing, -ment, -ion, -al) when at least
        four letters remain.
    """
    for suffix, repl in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            return lemma[: -len(suffix)] + repl
    return lemma


def pair_score(a: MentionFeatures, b: MentionFeatures) -> float:
    """How likely two mentions refer to the same event (0..1), from trigger, arguments and time.

    Same trigger lemma starts at 0.6, the same derivational stem at 0.55, the same lexicon kind
    with unrelated lemmas at 0.15, else 0; argument overlap (Jaccard) adds up to 0.4;
    overlapping date windows add 0.2 and disjoint ones cancel the pair (different dates are
    different events).

    Args:
        a: one mention.
        b: another mention.

    Returns:
        A score in [0, 1].
    """
    if a.group is not None and b.group is not None and a.group != b.group:
        return 0.0
    if a.window is not None and b.window is not None and not windows_overlap(a.window, b.window):
        return 0.0
    if a.lemma == b.lemma:
        score = 0.6
    elif trigger_stem(a.lemma) == trigger_stem(b.lemma):
        score = 0.55
    elif a.kind is not None and a.kind == b.kind:
        score = 0.15
    else:
        return 0.0
    score += 0.4 * _jaccard(a.arguments, b.arguments)
    if a.window is not None and b.window is not None:
        score += 0.2
    return min(score, 1.0)


def _candidate_pairs(mentions: Sequence[MentionFeatures]) -> set[tuple[int, int]]:
    """Pairs worth scoring: same trigger stem or same kind, and (when both are dated) overlapping windows.

    Within a bucket, dated mentions are swept in window order so that only overlapping windows
    pair up (near-linear on long timelines); undated mentions pair with everything in the bucket.
    """
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(mentions):
        buckets.setdefault(("lemma", trigger_stem(m.lemma)), []).append(i)
        if m.kind:
            buckets.setdefault(("kind", m.kind), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for idx in buckets.values():
        dated = sorted((i for i in idx if mentions[i].window is not None), key=lambda i: mentions[i].window or ("", ""))
        undated = [i for i in idx if mentions[i].window is None]
        for x, i in enumerate(dated):
            end = (mentions[i].window or ("", ""))[1]
            for j in dated[x + 1 :]:
                if (mentions[j].window or ("", ""))[0] > end:
                    break
                pairs.add((min(i, j), max(i, j)))
        for x, i in enumerate(undated):
            for j in undated[x + 1 :] + dated:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def cluster_mentions(
    mentions: Sequence[MentionFeatures],
    *,
    threshold: float = 0.5,
    score: Callable[[MentionFeatures, MentionFeatures], float] = pair_score,
) -> list[list[int]]:
    """Cluster mentions by average-linkage agglomeration over ``score``.

    Only pairs sharing a trigger stem or kind are scored; the merge loop keeps running cluster
    sums in a heap, so it costs O(E log E) for E scored pairs.

    Args:
        mentions: the mentions to cluster.
        threshold: the lowest average pair score at which two clusters merge.
        score: the pair scoring function.

    Returns:
        Clusters as lists of indexes into ``mentions`` (each sorted; clusters ordered by first index).
    """
    n = len(mentions)
    if n < 2:
        return [[i] for i in range(n)]
    # adjacency: cluster -> neighbour cluster -> summed pair score (clusters named by their smallest index)
    adj: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for i, j in _candidate_pairs(mentions):
        sc = score(mentions[i], mentions[j])
        if sc > 0:
            adj[i][j] = adj[i].get(j, 0.0) + sc
            adj[j][i] = adj[j].get(i, 0.0) + sc
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    heap: list[tuple[float, int, int]] = []
    for i, nb in adj.items():
        for j, total in nb.items():
            if i < j and total >= threshold:
                heapq.heappush(heap, (-total, i, j))
    while heap:
        neg, ci, cj = heapq.heappop(heap)
        if ci not in members or cj not in members:
            continue
        avg = adj[ci].get(cj, 0.0) / (len(members[ci]) * len(members[cj]))
        if abs(-neg - avg) > 1e-12:
            continue  # stale entry: the pair changed since it was pushed
        if avg < threshold:
            continue
        # merge cj into ci (keep the smaller name)
        keep, gone = (ci, cj) if ci < cj else (cj, ci)
        members[keep] = sorted(members[keep] + members.pop(gone))
        for k, total in adj.pop(gone).items():
            if k == keep:
                continue
            adj[keep][k] = adj[keep].get(k, 0.0) + total
            adj[k][keep] = adj[k].get(keep, 0.0) + total
            del adj[k][gone]
        adj[keep].pop(gone, None)
        for k, total in adj[keep].items():
            a = total / (len(members[keep]) * len(members[k]))
            if a >= threshold:
                heapq.heappush(heap, (-a, min(keep, k), max(keep, k)))
    return sorted(members.values(), key=lambda ms: ms[0])
