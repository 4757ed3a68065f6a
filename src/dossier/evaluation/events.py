"""``dossier eval events``: cross-document event coreference on ECB+ (test topics 36-45).

Setup (as Barhom et al. 2019 and Cybulska & Vossen 2015): gold event mentions (``ACTION_*`` and
``NEG_ACTION_*`` markables) restricted to the validated sentences of
``ECBplus_coreference_sentences.csv``; gold clusters from ``CROSS_DOC_COREF`` chains (the
``note`` instance id), then ``INTRA_DOC_COREF`` chains, every other mention a singleton.
The system clusters the mentions of each topic with ``dossier.extract.events.cluster_mentions`` — the
same merging the timeline uses: trigger lemma (spaCy, on the gold tokenisation) or lexicon
kind, plus argument overlap (the head lemmas of the gold participant, place and time mentions
of the sentence) — optionally inside document clusters (``doc_clusters=True``: documents
grouped by TF-IDF cosine similarity, the "predicted topics" step of Barhom et al.; here within
each gold topic).

Scores: MUC, B³, CEAF-e (phi4, optimal alignment) and CoNLL F1 = their mean, implemented here
(``muc``, ``b_cubed``, ``ceaf_e``) and checked in the tests on the worked examples of
Pradhan et al. 2014. Published anchor: 79.5 CoNLL F1 (Barhom et al. 2019, joint model).
"""

from __future__ import annotations

import csv
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..extract.events import EVENT_LEXICON, MentionFeatures, cluster_mentions
from ..unionfind import UnionFind

TEST_TOPICS = tuple(range(36, 46))
PUBLISHED_CONLL_F1 = 79.5  # Barhom et al. 2019, joint entity+event model, event CD coreference
_ENTITY_PREFIXES = ("HUMAN", "NON_HUMAN", "LOC", "TIME")
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "his", "her", "its",
    "their", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "who", "which",
    "be", "have", "do", "'s", "-pron-", "one", "who", "him", "them", "us", "me", "our", "my", "your",
}

Cluster = frozenset[str]


# --- metrics -------------------------------------------------------------------------------


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _index(clusters: Iterable[Iterable[str]]) -> dict[str, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links recovered.

    Args:
        key: gold clusters (sets of mention ids).
        response: system clusters.

    Returns:
        (recall, precision, F1).
    """

    def score(a: Sequence[Cluster], b: Sequence[Cluster]) -> float:
        idx = _index(b)
        num = den = 0
        for c in a:
            parts = {idx.get(m, ("single", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return r, p, _f1(p, r)


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float, float]:
    """B³ (Bagga & Baldwin 1998): per-mention overlap of key and response clusters.

    Args:
        key: gold clusters.
        response: system clusters.

    Returns:
        (recall, precision, F1).
    """

    def score(a: Sequence[Cluster], b: Sequence[Cluster]) -> float:
        idx = _index(b)
        total = sum(len(c) for c in a)
        acc = 0.0
        for c in a:
            counts = Counter(idx.get(m) for m in c if m in idx)
            acc += sum(n * n for n in counts.values()) / len(c)
        return acc / total if total else 0.0

    r, p = score(key, response), score(response, key)
    return r, p, _f1(p, r)


def _hungarian_max(weights: list[list[float]]) -> float:
    """The maximum total weight of a one-to-one assignment (rows to columns), O(n³)."""
    n_rows = len(weights)
    n_cols = len(weights[0]) if weights else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return 0.0
    top = max((w for row in weights for w in row), default=0.0)
    cost = [[top - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)] for i in range(n)]
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], math.inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    total = 0.0
    for j in range(1, n + 1):
        i = p[j]
        if i and i <= n_rows and j <= n_cols:
            total += weights[i - 1][j - 1]
    return total


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005) with phi4 similarity and an optimal one-to-one alignment.

    The alignment is solved per connected component of overlapping clusters (clusters that share
    no mention have similarity 0), so large test sets stay fast.

    Args:
        key: gold clusters.
        response: system clusters.

    Returns:
        (recall, precision, F1).
    """
    if not key or not response:
        return 0.0, 0.0, 0.0
    resp_of = _index(response)
    # connected components over key clusters linked through shared response clusters
    uf: UnionFind[int] = UnionFind(range(len(key)))
    find = uf.find
    first_key_of_resp: dict[int, int] = {}
    for ki, c in enumerate(key):
        for m in c:
            ri = resp_of.get(m)
            if ri is None:
                continue
            if ri in first_key_of_resp:
                uf.union(ki, first_key_of_resp[ri])
            else:
                first_key_of_resp[ri] = ki
    comps: dict[int, list[int]] = defaultdict(list)
    for ki in range(len(key)):
        comps[find(ki)].append(ki)
    total = 0.0
    for kis in comps.values():
        ris = sorted({resp_of[m] for ki in kis for m in key[ki] if m in resp_of})
        if not ris:
            continue
        w = [[2 * len(key[ki] & response[ri]) / (len(key[ki]) + len(response[ri])) for ri in ris] for ki in kis]
        total += _hungarian_max(w)
    r, p = total / len(key), total / len(response)
    return r, p, _f1(p, r)


def conll_scores(key: Sequence[Cluster], response: Sequence[Cluster]) -> dict[str, float]:
    """MUC, B³, CEAF-e (R, P, F1 each, in %) and CoNLL F1 = the mean of the three F1s.

    Args:
        key: gold clusters.
        response: system clusters.

    Returns:
        A flat dict of figures rounded to 2 decimals.
    """
    out: dict[str, float] = {}
    f1s = []
    for name, fn in (("muc", muc), ("b3", b_cubed), ("ceaf_e", ceaf_e)):
        r, p, f = fn(key, response)
        out[f"{name}_recall"], out[f"{name}_precision"], out[f"{name}_f1"] = (round(100 * x, 2) for x in (r, p, f))
        f1s.append(f)
    out["conll_f1"] = round(100 * sum(f1s) / 3, 2)
    return out


# --- reading ECB+ --------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldMention:
    """One gold event mention of ECB+."""

    id: str  # "<doc>#<m_id>"
    topic: int
    doc: str
    sentence: int
    tokens: tuple[int, ...]  # token numbers within the sentence
    text: str
    gold: str  # gold cluster id


@dataclass(frozen=True)
class EcbDocument:
    """One ECB+ document: its tokens by sentence, gold event mentions and argument spans."""

    name: str
    topic: int
    sentences: dict[int, list[str]]
    mentions: tuple[GoldMention, ...]
    arguments: dict[int, list[tuple[int, ...]]]  # sentence -> entity mention token numbers


def _valid_sentences(root: Path) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    with open(root / "ECBplus_coreference_sentences.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def _read_doc(path: Path, topic: int, valid: set[int]) -> EcbDocument:
    tree = ET.parse(path)
    root = tree.getroot()
    name = path.stem  # e.g. 36_1ecb
    tokens: dict[str, tuple[int, int, str]] = {}
    sentences: dict[int, list[str]] = defaultdict(list)
    for t in root.iter("token"):
        s, n = int(t.get("sentence", "0")), int(t.get("number", "0"))
        tokens[t.get("t_id", "")] = (s, n, t.text or "")
        sentences[s].append(t.text or "")
    chains: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations:
            if rel.tag == "CROSS_DOC_COREF":
                chain = rel.get("note") or f"CD_{rel.get('r_id')}"
            elif rel.tag == "INTRA_DOC_COREF":
                chain = f"WD_{name}_{rel.get('r_id')}"
            else:
                continue
            for src in rel.findall("source"):
                chains.setdefault(src.get("m_id", ""), chain)
    mentions: list[GoldMention] = []
    arguments: dict[int, list[tuple[int, ...]]] = defaultdict(list)
    markables = root.find("Markables")
    for mk in markables if markables is not None else ():
        anchors = [tokens[a.get("t_id", "")] for a in mk.findall("token_anchor") if a.get("t_id", "") in tokens]
        if not anchors:
            continue
        sent = anchors[0][0]
        if sent not in valid:
            continue
        numbers = tuple(a[1] for a in anchors)
        if mk.tag.startswith("ACTION") or mk.tag.startswith("NEG_ACTION"):
            mid = mk.get("m_id", "")
            mentions.append(
                GoldMention(
                    id=f"{name}#{mid}",
                    topic=topic,
                    doc=name,
                    sentence=sent,
                    tokens=numbers,
                    text=" ".join(a[2] for a in anchors),
                    gold=chains.get(mid, f"SINGLETON_{name}_{mid}"),
                )
            )
        elif mk.tag.startswith(_ENTITY_PREFIXES):
            arguments[sent].append(numbers)
    return EcbDocument(name, topic, dict(sentences), tuple(mentions), dict(arguments))


def read_topics(data_dir: Path, topics: Sequence[int] = TEST_TOPICS) -> list[EcbDocument]:
    """Read the ECB+ documents of the given topics (validated sentences only).

    Args:
        data_dir: the shared data folder (holding ``ecbplus/``) or the ``ecbplus`` folder itself.
        topics: topic numbers.

    Returns:
        The documents, sorted by name.
    """
    root = Path(data_dir)
    for cand in (root / "ecbplus" / "ECB+_LREC2014", root / "ECB+_LREC2014", root):
        if (cand / "ECBplus_coreference_sentences.csv").exists():
            root = cand
            break
    valid = _valid_sentences(root)
    docs = []
    for topic in topics:
        for path in sorted((root / "ECB+" / str(topic)).glob("*.xml")):
            docs.append(_read_doc(path, topic, valid.get(path.stem, set())))
    return docs


# --- features and clustering ---------------------------------------------------------------


def _lemmatise(docs: Sequence[EcbDocument]) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """(doc, sentence) -> [(lemma, pos)] on the gold tokenisation, for sentences with mentions."""
    from spacy.tokens import Doc

    from ..extract.nlp import load_model

    nlp = load_model(disable=("ner",))
    keys: list[tuple[str, int]] = []
    inputs = []
    for d in docs:
        for s in sorted({m.sentence for m in d.mentions}):
            words = [w if w.strip() else "_" for w in d.sentences.get(s, [])]
            if not words:
                continue
            keys.append((d.name, s))
            inputs.append(Doc(nlp.vocab, words=words))
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for key, doc in zip(keys, nlp.pipe(inputs, batch_size=64)):
        out[key] = [(t.lemma_.lower(), t.pos_) for t in doc]
    return out


def _head_lemma(tokens: Sequence[int], lemmas: list[tuple[str, str]]) -> str:
    """The trigger lemma: the last verb/noun/adjective of the mention (multi-word: "take over")."""
    picks = [lemmas[i] for i in tokens if i < len(lemmas)]
    for lemma, pos in reversed(picks):
        if pos in {"VERB", "NOUN", "PROPN", "ADJ"}:
            return lemma
    return picks[-1][0] if picks else ""


def _doc_groups(docs: Sequence[EcbDocument], threshold: float) -> dict[str, str]:
    """Group the documents of each topic by TF-IDF cosine (average linkage); doc -> group id."""
    out: dict[str, str] = {}
    by_topic: dict[int, list[EcbDocument]] = defaultdict(list)
    for d in docs:
        by_topic[d.topic].append(d)
    word = re.compile(r"[a-z][a-z'-]+")
    for topic, group in by_topic.items():
        bags = []
        for d in group:
            words = [w for s in sorted(d.sentences) for w in word.findall(" ".join(d.sentences[s]).lower())]
            bags.append(Counter(w for w in words if w not in _STOP))
        df = Counter(w for b in bags for w in b)
        n = len(bags)
        vecs = []
        for bag in bags:
            v = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) for w, c in bag.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            vecs.append({w: x / norm for w, x in v.items()})
        sim = [[sum(x * vecs[j].get(w, 0.0) for w, x in vecs[i].items()) for j in range(n)] for i in range(n)]
        clusters = [[i] for i in range(n)]
        while len(clusters) > 1:
            best = None
            for a in range(len(clusters)):
                for b in range(a + 1, len(clusters)):
                    s = sum(sim[i][j] for i in clusters[a] for j in clusters[b]) / (len(clusters[a]) * len(clusters[b]))
                    if best is None or s > best[0]:
                        best = (s, a, b)
            assert best is not None
            if best[0] < threshold:
                break
            _, a, b = best
            clusters[a] = clusters[a] + clusters.pop(b)
        for k, c in enumerate(clusters):
            for i in c:
                out[group[i].name] = f"{topic}-{k}"
    return out


def system_clusters(
    docs: Sequence[EcbDocument],
    *,
    method: str = "merge",
    threshold: float = 0.5,
    doc_clusters: bool = True,
    doc_threshold: float = 0.07,
) -> list[Cluster]:
    """Cluster the gold mentions of each topic.

    Args:
        docs: documents from ``read_topics``.
        method: ``"merge"`` (``cluster_mentions``: lemma or lexicon kind + arguments) or
            ``"lemma"`` (the head-lemma baseline: same lemma, same cluster).
        threshold: the merge threshold of ``cluster_mentions``.
        doc_clusters: cluster documents first (TF-IDF) and never merge across document clusters.
        doc_threshold: average cosine similarity at which document clusters merge.

    Returns:
        The system clusters (sets of mention ids).
    """
    lemmas = _lemmatise(docs)
    groups = _doc_groups(docs, doc_threshold) if doc_clusters else {}
    by_topic: dict[int, list[MentionFeatures]] = defaultdict(list)
    for d in docs:
        for m in d.mentions:
            lem = lemmas.get((d.name, m.sentence), [])
            head = _head_lemma(m.tokens, lem) or m.text.lower()
            args = set()
            for span in d.arguments.get(m.sentence, []):
                words = [lem[i][0] for i in span if i < len(lem) and lem[i][0] not in _STOP and lem[i][1] != "PUNCT"]
                args.update(words)
            by_topic[d.topic].append(
                MentionFeatures(
                    key=m.id,
                    doc=d.name,
                    lemma=head,
                    kind=EVENT_LEXICON.get(head),
                    arguments=frozenset(args),
                    group=groups.get(d.name),
                )
            )
    out: list[Cluster] = []
    for topic in sorted(by_topic):
        ms = by_topic[topic]
        if method == "lemma":
            bucket: dict[tuple[str | None, str], set[str]] = defaultdict(set)
            for mf in ms:
                bucket[(mf.group, mf.lemma)].add(mf.key)
            out.extend(frozenset(v) for v in bucket.values())
        else:
            for idx in cluster_mentions(ms, threshold=threshold):
                out.append(frozenset(ms[i].key for i in idx))
    return out


def gold_clusters(docs: Sequence[EcbDocument]) -> list[Cluster]:
    """The gold clusters of the documents' event mentions.

    Args:
        docs: documents from ``read_topics``.

    Returns:
        Sets of mention ids, one per gold chain (singletons included).
    """
    chains: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for m in d.mentions:
            chains[m.gold].add(m.id)
    return [frozenset(v) for _, v in sorted(chains.items())]


def evaluate(
    data_dir: Path,
    *,
    topics: Sequence[int] = TEST_TOPICS,
    method: str = "merge",
    threshold: float = 0.5,
    doc_clusters: bool = True,
    doc_threshold: float = 0.07,
    limit: int | None = None,
) -> dict[str, Any]:
    """Score cross-document event coreference on ECB+ test topics with gold mentions.

    Args:
        data_dir: the shared data folder (holding ``ecbplus/``).
        topics: topic numbers (default: the test topics 36-45).
        method: ``"merge"`` (our event merging) or ``"lemma"`` (head-lemma baseline).
        threshold: merge threshold for ``cluster_mentions``.
        doc_clusters: cluster documents within each topic before merging mentions.
        doc_threshold: TF-IDF cosine threshold for document clusters.
        limit: use only the first ``limit`` documents (in topic order; for quick tests).

    Returns:
        Counts, MUC/B³/CEAF-e recall/precision/F1, CoNLL F1, the head-lemma baseline's CoNLL F1
        (within gold topics, no document clusters) and the published anchor.
    """
    docs = read_topics(Path(data_dir), list(topics))
    if limit:
        docs = docs[:limit]
    key = gold_clusters(docs)
    response = system_clusters(
        docs, method=method, threshold=threshold, doc_clusters=doc_clusters, doc_threshold=doc_threshold
    )
    scores = conll_scores(key, response)
    baseline = conll_scores(key, system_clusters(docs, method="lemma", doc_clusters=False))
    return {
        "dataset": "ECB+ test topics " + ",".join(str(t) for t in sorted({d.topic for d in docs})),
        "method": method,
        "doc_clusters": doc_clusters,
        "documents": len(docs),
        "mentions": sum(len(c) for c in key),
        "gold_clusters": len(key),
        "system_clusters": len(response),
        **scores,
        "lemma_baseline_conll_f1": baseline["conll_f1"],
        "published_conll_f1": PUBLISHED_CONLL_F1,
    }


def main() -> None:  # pragma: no cover - a thin command-line entry
    """Print the figures (``python -m dossier.evaluation.events [DATA_DIR]``)."""
    import json
    import sys

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[4] / "shared" / "data"
    for method, dc in (("lemma", False), ("lemma", True), ("merge", False), ("merge", True)):
        print(json.dumps(evaluate(data, method=method, doc_clusters=dc)))


if __name__ == "__main__":  # pragma: no cover
    main()
