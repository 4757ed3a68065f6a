"""``dossier eval quotes``: quote attribution scored on PolNeAR (source, cue and content spans).

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attribution relations in US political
news (2016): each relation has a cue (the reporting verb), a source (the speaker, unless the
relation has none) and a content span. Our quotes are grouped by cue into attributions: the
quotes that share a cue form one relation whose content is the union of their spans, and
whose source is the speaker's words (``SourceRef.start``/``end``).

Scoring follows the definitions of BBC R&D's Citron evaluation (reported on PARC 3.0):

- *cue exact*: a predicted relation is a true positive when its cue equals a gold cue; a gold
  relation is missed when no predicted cue equals it.
- *source exact* / *content exact*: the cues overlap **and** the source (content) spans are
  equal.
- *overlap* metrics: token overlap summed over all predicted x gold pairs, divided by the
  predicted tokens (precision) and by the gold tokens (recall).

Spans are compared as sets of word tokens (``\\w+``), so quote marks and a trailing full stop
don't decide a match (PolNeAR content spans include the marks; ours don't). A span with no
word at all (the ":" of a transcript line, the dash of "“…” ― Jane Doe") counts by its
non-space characters. Only the first annotator's file of an article is used.

Conventions mapped in the evaluation only (the product keeps its own, documented in
``dossier.extract.quotes``):

- *source span*: PolNeAR marks the speaker's whole noun phrase with its own appositions,
  relative clauses and restrictive participles ("Don Fowler, who helmed the DNC,", "a poll
  released last week"), but not the relative clauses or appositions of nested nouns, nor a
  participle adjunct set off by commas ("Trump, speaking to veterans,") nor a relative clause
  that is itself a report. Our ``SourceRef.text`` keeps the short form; ``_full_np`` widens
  it that way, to the right only.
- *relative pronoun*: for "..., who said ..." PolNeAR's source is "who"; our speaker is the
  antecedent (its name is what a reader needs), so the evaluation reports the pronoun.
- *cue span*: gold cues include the particle or preposition that opens the content
  ("pointed out", "called for"), and so does our cue. Gold cues include a following date or
  "in an interview" about half the time (dev: "said Friday" 7 times vs "said" before a date
  8 times; "said in ..." 23 vs 21), so predicted cues are *not* widened over adjuncts: no
  convention would match more than half. The README asks that the test split be used once for
final numbers: tune on ``dev``.

Note: PolNeAR also annotates attributed *beliefs and intentions* ("Trump wants ...", "the
campaign plans ..."), opinions expressed as nouns and adjectives ("his support of", "critical
of", "questions about") and source-less attributions; a quote extractor reaches only part
of these, so recall is bounded well below the annotators' agreement.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Article, Quote
from ..settings import Settings

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Relation:
    """One attribution relation as character spans: cue, source and content (each may be several)."""

    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]


def find_polnear(data_dir: Path) -> Path:
    """Return the PolNeAR folder: ``data_dir`` itself or ``data_dir/polnear``.

    Args:
        data_dir: the shared data folder, or the PolNeAR folder.

    Returns:
        The folder that holds ``data/<split>/text``.

    Raises:
        FileNotFoundError: neither location holds PolNeAR.
    """
    for cand in (Path(data_dir), Path(data_dir) / "polnear"):
        if (cand / "data").is_dir():
            return cand
    raise FileNotFoundError(
        f"PolNeAR not found under {data_dir}: expected {data_dir}/polnear/data/<split>/text "
        "(see ../shared/data/polnear/SOURCE.md)."
    )


def parse_ann(text: str) -> list[Relation]:
    """Parse a brat ``.ann`` file of PolNeAR into relations.

    Args:
        text: the file's content.

    Returns:
        One ``Relation`` per ``E`` line (Attribution or Attribution-no-source).
    """
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            frags = []
            for frag in offsets.split(";"):
                a, _, b = frag.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    frags.append((int(a), int(b)))
            spans[parts[0]] = (kind, tuple(frags))
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append([(arg.split(":", 1)[0], arg.split(":", 1)[1]) for arg in parts[1].split() if ":" in arg])
    relations = []
    for args in events:
        cue: list[tuple[int, int]] = []
        source: list[tuple[int, int]] = []
        content: list[tuple[int, int]] = []
        for role, ref in args:
            if ref not in spans:
                continue
            pieces = spans[ref][1]
            if role == "Cue":
                cue.extend(pieces)
            elif role == "Source":
                source.extend(pieces)
            elif role.startswith("Content"):
                content.extend(pieces)
        if cue:
            relations.append(Relation(tuple(cue), tuple(source), tuple(content)))
    return relations


def relations_from_quotes(quotes: Sequence[Quote], doc: Any = None) -> list[Relation]:
    """Group quotes by cue into relations (content = the quotes' spans; source = the speaker's words).

    Args:
        quotes: one article's quotes.
        doc: the article's spaCy parse; when given, a source is widened to its whole noun
            phrase with appositions ("Brian Fallon, the campaign's press secretary,"), which
            is how PolNeAR marks sources (our ``SourceRef.text`` keeps the short form).

    Returns:
        One ``Relation`` per distinct cue; quotes without a cue are left out.
    """
    groups: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        if q.cue_start is None or q.cue_end is None:
            continue
        groups.setdefault((q.cue_start, q.cue_end), []).append(q)
    out = []
    for cue, qs in sorted(groups.items()):
        content = _merge([(q.start, q.end) for q in qs])
        source: tuple[tuple[int, int], ...] = ()
        sp = next((q.speaker for q in qs if q.speaker is not None and q.speaker.start is not None), None)
        rel = _relative_subject(doc, cue) if doc is not None else None
        if rel is not None:
            source = (rel,)
        elif sp is not None and sp.start is not None and sp.end is not None:
            source = (_full_np(doc, sp.start, sp.end, cue) if doc is not None else (sp.start, sp.end),)
        out.append(Relation((cue,), source, tuple(content)))
    return out


def _relative_subject(doc: Any, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The relative pronoun a cue has for subject ("Fowler, who said ..."), as PolNeAR marks it.

    Our speaker is the antecedent ("Fowler"); PolNeAR's source is the pronoun itself.
    """
    verb = next((t for t in doc if cue[0] <= t.idx < cue[1] and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
    if verb is None:
        return None
    node = verb
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                return subj.idx, subj.idx + len(subj.text)
            return None
        if node.dep_ in ("xcomp", "conj") and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        return None
    return None


def _full_np(doc: Any, start: int, end: int, cue: tuple[int, int]) -> tuple[int, int]:
    """The whole noun phrase (with appositions and relative clauses) around a speaker's words."""
    toks = [t for t in doc if start <= t.idx < end]
    if not toks:
        return start, end
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head == t), toks[0])
    # PolNeAR's source is the speaker's noun phrase with its own appositions and relative
    # clauses ("Don Fowler, who helmed the DNC,") and restrictive participles ("a poll
    # released last week"), but without the relative clauses and appositions of nested nouns
    # ("the UFT, which represents ..."), without participle adjuncts set off by a comma
    # ("Trump, speaking to ...,") and without a relative clause that is itself a report
    # ("Mr. Kamin, who emphasized that ...").
    from ..extract.quotes import CUE_LEMMAS

    drop: set[int] = set()
    for t in head.subtree:
        for c in t.children:
            nested = t is not head and t.dep_ != "appos"
            comma = c.i > 0 and c.doc[c.i - 1].text == ","
            if (
                (nested and c.dep_ in ("relcl", "appos"))
                or (c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN") and comma)
                or (c.dep_ == "relcl" and c.lemma_.lower() in CUE_LEMMAS)
            ):
                drop.update(x.i for x in c.subtree)
    sub = [
        t
        for t in head.subtree
        if t.i not in drop and not (cue[0] <= t.idx < cue[1]) and t.sent == head.sent and "\n" not in t.text
    ]
    if not sub:
        return start, end
    # the contiguous run around the head
    sub.sort(key=lambda t: t.i)
    k = sub.index(head) if head in sub else 0
    a = b = k
    while a > 0 and sub[a - 1].i == sub[a].i - 1 and "\n" not in sub[a - 1].whitespace_:
        a -= 1
    while b + 1 < len(sub) and sub[b + 1].i == sub[b].i + 1 and "\n" not in sub[b].whitespace_:
        b += 1
    # only to the right: the speaker's words already start where the noun phrase does (widening
    # left would swallow a dateline or a fronted phrase: "BRUSSELS - European leaders")
    lo, hi = start, max(end, sub[b].idx + len(sub[b].text))
    span = doc.text[lo:hi]
    if span.count("(") > span.count(")"):
        close = doc.text.find(")", hi, hi + 40)
        if close >= 0 and "\n" not in doc.text[hi:close]:
            hi = close + 1  # "Alliance to Reclaim Our Schools (AROS)"
    return lo, hi


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _tokens(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Word-token start offsets covered by the spans.

    A span with no word at all (a punctuation cue: the ":" of "PENCE: ...", the dash of
    "“…” ― Jane Doe") counts by its non-space characters, so it can match only itself.
    """
    out: set[int] = set()
    for a, b in spans:
        words = [m.start() for m in _WORD.finditer(text, a, b)]
        out.update(words or (k for k in range(a, b) if not text[k].isspace()))
    return frozenset(out)


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    overlap: int = 0
    pred_len: int = 0
    gold_len: int = 0

    def exact(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = (self.tp_gold) / (self.tp_gold + self.fn) if (self.tp_gold + self.fn) else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    tp_gold: int = 0

    def overlap_scores(self) -> dict[str, float]:
        p = self.overlap / self.pred_len if self.pred_len else 0.0
        r = self.overlap / self.gold_len if self.gold_len else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_article(text: str, predicted: Sequence[Relation], gold: Sequence[Relation], counts: dict[str, _Counts]) -> None:
    """Add one article's cue/source/content/quote counts to ``counts`` (Citron's definitions).

    Args:
        text: the article text (for word tokens).
        predicted: our relations.
        gold: the annotated relations.
        counts: running counts per part: "cue", "source", "content", "quote".
    """
    pt = [(_tokens(text, r.cue), _tokens(text, r.source), _tokens(text, r.content)) for r in predicted]
    gt = [(_tokens(text, r.cue), _tokens(text, r.source), _tokens(text, r.content)) for r in gold]

    def match(part: str, p: tuple[frozenset[int], ...], g: tuple[frozenset[int], ...]) -> bool:
        if part == "cue":
            return p[0] == g[0]
        if not (p[0] & g[0]):
            return False
        if part == "source":
            return p[1] == g[1]
        if part == "content":
            return p[2] == g[2]
        return p[0] == g[0] and p[1] == g[1] and p[2] == g[2]

    for part in ("cue", "source", "content", "quote"):
        c = counts[part]
        for p in pt:
            if any(match(part, p, g) for g in gt):
                c.tp += 1
            else:
                c.fp += 1
        for g in gt:
            if any(match(part, p, g) for p in pt):
                c.tp_gold += 1
            else:
                c.fn += 1
    for k, part in enumerate(("cue", "source", "content")):
        c = counts[part]
        c.pred_len += sum(len(p[k]) for p in pt)
        c.gold_len += sum(len(g[k]) for g in gt)
        c.overlap += sum(len(p[k] & g[k]) for p in pt for g in gt)
    q = counts["quote"]
    q.pred_len += sum(len(p[0]) + len(p[1]) + len(p[2]) for p in pt)
    q.gold_len += sum(len(g[0]) + len(g[1]) + len(g[2]) for g in gt)
    q.overlap += sum(len(p[0] & g[0]) + len(p[1] & g[1]) + len(p[2] & g[2]) for p in pt for g in gt)


def load_split(root: Path, split: str, limit: int | None = None) -> list[tuple[str, str, list[Relation]]]:
    """Read (name, text, gold relations) for the articles of one split, sorted by file name.

    Args:
        root: the PolNeAR folder.
        split: "dev" or "test".
        limit: read only the first ``limit`` articles.

    Returns:
        A list of (file stem, text, relations).
    """
    text_dir = root / "data" / split / "text"
    ann_dir = root / "data" / split / "attributions"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"No PolNeAR split {split!r} at {text_dir}; splits present: dev, test.")
    out = []
    for path in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        out.append((path.stem, text, parse_ann(anns[0].read_text(encoding="utf-8"))))
        if limit is not None and len(out) >= limit:
            break
    return out


def evaluate(data_dir: Path, *, split: str = "test", limit: int | None = None) -> dict[str, Any]:
    """Score quote extraction on PolNeAR: cue, source, content and whole-quote P/R/F1.

    Args:
        data_dir: the shared data folder (or the PolNeAR folder itself).
        split: "dev" (for tuning) or "test" (for the reported figure).
        limit: score only the first ``limit`` articles of the split (sorted by name).

    Returns:
        A dict: ``dataset``, ``split``, ``articles``, ``gold_relations``, ``predicted_relations``,
        ``seconds``, and for each of cue/source/content/quote the exact and overlap
        precision, recall and F1 (keys like ``source_exact_f1``, ``content_overlap_f1``).
    """
    from ..extract.nlp import load_model
    from ..extract.quotes import extract_quotes

    root = find_polnear(Path(data_dir))
    items = load_split(root, split, limit)
    nlp = load_model()
    settings = Settings(progress="never")
    counts = {part: _Counts() for part in ("cue", "source", "content", "quote")}
    n_gold = n_pred = 0
    t0 = time.perf_counter()
    texts = [text for _, text, _ in items]
    for (name, text, gold), doc in zip(items, nlp.pipe(texts, batch_size=8)):
        article = Article(id=name, source=name, text=text)
        quotes = extract_quotes(article, doc, time_expressions=(), local_entities=(), settings=settings)
        predicted = relations_from_quotes(quotes, doc)
        n_gold += len(gold)
        n_pred += len(predicted)
        score_article(text, predicted, gold, counts)
    result: dict[str, Any] = {
        "dataset": "PolNeAR v1.0.0",
        "split": split,
        "articles": len(items),
        "gold_relations": n_gold,
        "predicted_relations": n_pred,
        "seconds": round(time.perf_counter() - t0, 1),
        "reference": "Citron on PARC 3.0 test: source exact F1 0.820, cue exact F1 0.823, "
        "content exact F1 0.593 (overlap 0.833)",
    }
    for part, c in counts.items():
        for metric, value in c.exact().items():
            result[f"{part}_exact_{metric}"] = value
        for metric, value in c.overlap_scores().items():
            result[f"{part}_overlap_{metric}"] = value
    return result


def main() -> None:  # pragma: no cover - a convenience for `python -m`
    """Print the figures for the split given on the command line (default: dev)."""
    import json
    import sys

    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[4] / "shared" / "data"
    print(json.dumps(evaluate(data, split=split), indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
