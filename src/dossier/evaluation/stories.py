"""``dossier eval stories``: story clustering on ECB+ (all documents of a split clustered at once).

Each ECB+ topic holds documents about two different real events of one kind (two earthquakes,
two polygamist-leader arrests): the ``ecb`` documents report one, the ``ecbplus`` documents the
other. The gold story of a document is its event (topic + ecb/ecbplus). All documents of the
chosen split are clustered together by ``dossier.reconcile.stories.cluster_articles`` — not topic
by topic — so the clustering must keep topics apart and split each topic in two.

Splits (Cybulska setup, see the data's SOURCE.md): dev = 2, 5, 12, 18, 21, 23, 34, 35;
train = the rest of 1-35; test = 36-45. Thresholds are chosen on train/dev.

Scores: B³ (Bagga & Baldwin 1998) and pairwise precision/recall/F1 over document pairs; the
same figures for the topic-only baseline (gold topics as the clustering: a perfect topic
clustering that never splits a topic) show what telling two events of one kind apart is worth.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from ..model import Article, Event, stable_id
from ..reconcile.stories import cluster_articles
from ..settings import Settings
from .events import EcbDocument, b_cubed, read_topics

DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
TEST_TOPICS = tuple(range(36, 46))
TRAIN_TOPICS = tuple(t for t in range(1, 36) if t not in DEV_TOPICS and t not in (15, 17))
SPLITS = {"train": TRAIN_TOPICS, "dev": DEV_TOPICS, "test": TEST_TOPICS}


def gold_story(doc: EcbDocument) -> str:
    """The gold story of an ECB+ document: its topic and which of the topic's two events."""
    return f"{doc.topic}-{'ecbplus' if doc.name.endswith('ecbplus') else 'ecb'}"


def to_article(doc: EcbDocument) -> Article:
    """An ``Article`` from an ECB+ document (tokens joined by spaces, one sentence a line).

    In ``ecbplus`` documents sentence 0 is the source address: it becomes the ``url``, not text.
    """
    sentences = dict(doc.sentences)
    url = None
    if doc.name.endswith("ecbplus") and 0 in sentences:
        url = "".join(sentences.pop(0))
    text = "\n".join(" ".join(sentences[s]) for s in sorted(sentences))
    return Article(id=stable_id("art", doc.name), source=doc.name, text=text, url=url)


def pairwise(key: Sequence[frozenset[str]], response: Sequence[frozenset[str]]) -> tuple[float, float, float]:
    """Pairwise recall, precision and F1: the document pairs put together, against the gold pairs.

    Args:
        key: gold clusters.
        response: system clusters.

    Returns:
        (recall, precision, F1).
    """

    def pairs(clusters: Sequence[frozenset[str]]) -> set[tuple[str, str]]:
        return {p for c in clusters for p in combinations(sorted(c), 2)}

    gold, system = pairs(key), pairs(response)
    both = len(gold & system)
    r = both / len(gold) if gold else 0.0
    p = both / len(system) if system else 0.0
    return r, p, (0.0 if p + r == 0 else 2 * p * r / (p + r))


def _scores(prefix: str, key: Sequence[frozenset[str]], response: Sequence[frozenset[str]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, fn in (("b3", b_cubed), ("pair", pairwise)):
        r, p, f = fn(key, response)
        out[f"{prefix}{name}_recall"] = round(100 * r, 2)
        out[f"{prefix}{name}_precision"] = round(100 * p, 2)
        out[f"{prefix}{name}_f1"] = round(100 * f, 2)
    return out


def evaluate(
    data_dir: Path, *, split: str = "test", threshold: float | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Cluster every document of one ECB+ split into stories and score against the events.

    Args:
        data_dir: the shared data folder (holding ``ecbplus/``) or the ``ecbplus`` folder.
        split: ``train``, ``dev`` or ``test``.
        threshold: the story merge threshold (default: the build's ``story_threshold``).
        limit: use only the first ``limit`` documents (for quick tests).

    Returns:
        Counts, B³ and pairwise recall/precision/F1 (in %), and the topic-only baseline's F1s.
    """
    if split not in SPLITS:
        raise ValueError(f"Unknown split {split!r}; choose one of: {', '.join(SPLITS)}.")
    docs = read_topics(Path(data_dir), SPLITS[split])
    if limit:
        docs = docs[:limit]
    defaults = Settings()
    chosen = defaults.story_threshold if threshold is None else threshold
    articles = [to_article(d) for d in docs]
    clusters, _ = cluster_articles(articles, threshold=chosen, split_threshold=defaults.story_split_threshold)
    response = [frozenset(docs[i].name for i in c) for c in clusters]
    gold: dict[str, set[str]] = defaultdict(set)
    topics: dict[int, set[str]] = defaultdict(set)
    for d in docs:
        gold[gold_story(d)].add(d.name)
        topics[d.topic].add(d.name)
    key = [frozenset(v) for _, v in sorted(gold.items())]
    base = _scores("topic_baseline_", key, [frozenset(v) for _, v in sorted(topics.items())])
    return {
        "dataset": f"ECB+ {split} topics " + ",".join(str(t) for t in sorted({d.topic for d in docs})),
        "threshold": chosen,
        "split_threshold": defaults.story_split_threshold,
        "documents": len(docs),
        "gold_stories": len(key),
        "system_stories": len(response),
        **_scores("", key, response),
        "topic_baseline_b3_f1": base["topic_baseline_b3_f1"],
        "topic_baseline_pair_f1": base["topic_baseline_pair_f1"],
    }


def event_text_problems(summary: str, nlp: Any) -> list[str]:
    """What makes an event text unreadable: fewer than four words, no finite verb.

    Args:
        summary: the event's text.
        nlp: a spaCy pipeline (parses the text on its own, independent of how it was made).

    Returns:
        ``"short"`` and/or ``"no verb"``; empty when the text reads as a clause.
    """
    problems = []
    if len(summary.split()) < 4:
        problems.append("short")
    doc = nlp(summary)
    if not any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG" for t in doc):
        problems.append("no verb")
    return problems


def ecb_articles(data_dir: Path, *, split: str = "test", limit: int | None = None) -> list[Article]:
    """The ECB+ documents of a split as ``Article`` records (to build a dossier of them).

    Args:
        data_dir: the shared data folder (holding ``ecbplus/``).
        split: ``train``, ``dev`` or ``test``.
        limit: only the first ``limit`` documents.

    Returns:
        The articles, in document order.
    """
    docs = read_topics(Path(data_dir), SPLITS[split])
    return [to_article(d) for d in (docs[:limit] if limit else docs)]


def timeline_readability(events: Sequence[Event], nlp: Any) -> dict[str, Any]:
    """Check every event text of a built dossier (e.g. of ``ecb_articles``) and count kinds.

    Args:
        events: the dossier's events.
        nlp: a spaCy pipeline to parse each text on its own.

    Returns:
        Events, how many texts are short or lack a verb, the kinds counted, and up to five
        problem texts.
    """
    short = verbless = 0
    bad: list[str] = []
    kinds: dict[str, int] = defaultdict(int)
    for ev in events:
        problems = event_text_problems(ev.summary, nlp)
        short += "short" in problems
        verbless += "no verb" in problems
        if problems and len(bad) < 5:
            bad.append(ev.summary)
        kinds[ev.kind or "none"] += 1
    return {
        "events": len(events),
        "short": short,
        "no_verb": verbless,
        "kinds": dict(sorted(kinds.items())),
        "problems": bad,
    }
