"""Evaluate entity extraction and cross-document merging on MEANTIME (English, Wikinews).

MEANTIME annotates entity mentions and links them to corpus-level instances across the 30
articles of each of its 4 topic corpora (``../shared/data/meantime``). We take the *named*
mentions (``syntactic_type="NAM"``) of people, organisations and locations (PER/ORG/LOC;
products and financial entities are not what dossier tracks), rebuild each article's text from
its tokens, run ``extract_local_entities`` per article and ``build_entities`` per corpus, and
report:

* ``mention_recall``: share of gold named mentions overlapped by one of our mentions;
* ``b3_precision/recall/f1``: B-cubed clustering scores over the matched gold mentions (gold
  cluster = the instance, ours = the entity id), across documents;
* ``pair_*``: precision/recall/F1 of the *cross-document* mention pairs (two mentions in
  different articles put in the same entity);
* the same figures for a baseline that clusters by exact normalised mention text, for context.

Usage: ``python -m dossier.evaluation.entities [DATA_DIR] [--limit N]`` (``N`` documents per
corpus), or ``evaluate(data_dir, limit=N)``.
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..extract.entities import build_entities, extract_local_entities
from ..model import Article, LocalEntity
from ..extract.nlp import load_model
from ..extract.places import norm_name
from ..settings import Settings

_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "'s", "’s", "'", "%", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


@dataclass(frozen=True)
class _Gold:
    doc: str
    start: int
    end: int
    instance: str
    type: str
    text: str


def _read_doc(path: Path) -> tuple[str, str, list[_Gold]]:
    """Rebuild one article's text and its gold named mentions (character offsets)."""
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.stem
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sentence = None
    prev_tok = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence")
        if prev_sentence is not None:
            if sentence != prev_sentence:
                sep = "\n"
            elif word in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sentence, prev_tok = sentence, word
    text = "".join(parts)
    markables = root.find("Markables")
    relations = root.find("Relations")
    instances: dict[str, tuple[str, str]] = {}
    spans: dict[str, tuple[int, int]] = {}
    if markables is not None:
        for ent in markables.iter("ENTITY"):
            instances[ent.get("m_id", "")] = (ent.get("instance_id", ""), ent.get("ent_type", ""))
        for em in markables.iter("ENTITY_MENTION"):
            if em.get("syntactic_type") != "NAM":
                continue
            anchors = [offsets[a.get("t_id", "")] for a in em.iter("token_anchor") if a.get("t_id", "") in offsets]
            if anchors:
                spans[em.get("m_id", "")] = (min(s for s, _ in anchors), max(e for _, e in anchors))
    gold: list[_Gold] = []
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None or target.get("m_id") not in instances:
                continue
            inst, typ = instances[target.get("m_id", "")]
            if typ not in _TYPES or not inst:
                continue
            for src in rel.iter("source"):
                sp = spans.get(src.get("m_id", ""))
                if sp:
                    gold.append(_Gold(doc_id, sp[0], sp[1], inst, _TYPES[typ], text[sp[0] : sp[1]]))
    return doc_id, text, gold


def _b3(gold: dict[int, str], system: dict[int, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the same set of items."""
    g_members: dict[str, set[int]] = defaultdict(set)
    s_members: dict[str, set[int]] = defaultdict(set)
    for i, c in gold.items():
        g_members[c].add(i)
    for i, c in system.items():
        s_members[c].add(i)
    if not gold:
        return 0.0, 0.0, 0.0
    p = r = 0.0
    for i in gold:
        g, s = g_members[gold[i]], s_members[system[i]]
        inter = len(g & s)
        p += inter / len(s)
        r += inter / len(g)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _cross_pairs(items: Sequence[_Gold], clusters: dict[int, str]) -> set[tuple[int, int]]:
    by: dict[str, list[int]] = defaultdict(list)
    for i, c in clusters.items():
        by[c].append(i)
    pairs = set()
    for members in by.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = members[x], members[y]
                if items[a].doc != items[b].doc:
                    pairs.add((min(a, b), max(a, b)))
    return pairs


def _scores(items: Sequence[_Gold], gold: dict[int, str], system: dict[int, str]) -> dict[str, float]:
    bp, br, bf = _b3(gold, system)
    gp, sp = _cross_pairs(items, gold), _cross_pairs(items, system)
    tp = len(gp & sp)
    pp = tp / len(sp) if sp else 0.0
    pr = tp / len(gp) if gp else 0.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    return {
        "b3_precision": round(bp, 4),
        "b3_recall": round(br, 4),
        "b3_f1": round(bf, 4),
        "pair_precision": round(pp, 4),
        "pair_recall": round(pr, 4),
        "pair_f1": round(pf, 4),
    }


def _corpora(data_dir: Path) -> list[Path]:
    root = data_dir / "meantime" if (data_dir / "meantime").exists() else data_dir
    base = root / "meantime_newsreader_english_oct15" / "intra_cross-doc_annotation"
    if not base.exists():
        base = root
    return sorted(p for p in base.iterdir() if p.is_dir() and p.name.startswith("corpus_"))


def evaluate(data_dir: Path, *, limit: int | None = None, corpora: Iterable[str] | None = None) -> dict[str, Any]:
    """Score named-entity mentions and their cross-document merging on MEANTIME.

    Args:
        data_dir: ``../shared/data`` (or its ``meantime`` folder).
        limit: documents per corpus (None: all 30).
        corpora: corpus folder names to use (None: all four).

    Returns:
        Figures: gold/matched mention counts, ``mention_recall``, B-cubed and cross-document
        pair scores for dossier and for the exact-string baseline.
    """
    settings = Settings(progress="never")
    nlp = load_model()
    wanted = set(corpora) if corpora else None
    items: list[_Gold] = []
    gold_c: dict[int, str] = {}
    sys_c: dict[int, str] = {}
    base_c: dict[int, str] = {}
    n_docs = 0
    for corpus in _corpora(Path(data_dir)):
        if wanted is not None and corpus.name not in wanted:
            continue
        files = sorted(corpus.glob("*.xml"))[: limit or None]
        docs = [_read_doc(f) for f in files]
        n_docs += len(docs)
        articles = [Article(id=d, source=d, text=t) for d, t, _ in docs]
        local: list[LocalEntity] = []
        for art, parsed in zip(articles, nlp.pipe([a.text for a in articles])):
            local.extend(extract_local_entities(art, parsed, settings=settings))
        entities, _ = build_entities(articles, local, settings=settings)
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for e in entities:
            for m in e.mentions:
                spans[m.article].append((m.start, m.end, e.id))
        for _, _, gold in docs:
            for g in gold:
                idx = len(items)
                items.append(g)
                gold_c[idx] = corpus.name + "|" + g.instance
                base_c[idx] = corpus.name + "|" + norm_name(g.text)
                best = max(
                    ((min(e, g.end) - max(s, g.start), eid) for s, e, eid in spans.get(g.doc, ())),
                    default=(0, ""),
                )
                sys_c[idx] = best[1] if best[0] > 0 else f"unmatched-{idx}"
    matched = [i for i, c in sys_c.items() if not c.startswith("unmatched-")]
    out: dict[str, Any] = {
        "documents": n_docs,
        "gold_named_mentions": len(items),
        "matched_mentions": len(matched),
        "mention_recall": round(len(matched) / len(items), 4) if items else 0.0,
    }
    on = {i: gold_c[i] for i in matched}
    out.update(_scores(items, on, {i: sys_c[i] for i in matched}))
    base = _scores(items, on, {i: base_c[i] for i in matched})
    out.update({f"baseline_exact_{k}": v for k, v in base.items()})
    return out


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", nargs="?", default="../shared/data")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(Path(args.data_dir), limit=args.limit), indent=2))


if __name__ == "__main__":
    main()
