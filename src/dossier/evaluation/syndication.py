"""``dossier eval syndication``: wire-copy detection against PolNeAR's ``wire`` column.

PolNeAR (Newell et al., LREC 2018) ships, for its dev and test compartments, the plain text of
each article and a metadata table whose ``wire`` column names the wire service the publisher
took the article from (AP, AFP, UPI, Reuters; dev 6 and test 9 of 84 articles each). The other
articles are the publishers' own journalism (NYT, Washington Post, Politico, USA Today, ...),
many of which cite wire services in the body ("Reuters reported") — the negatives a detector
must not call wire copies.

What can be checked: each article becomes an ``Article`` with its text, its title and date,
and the ``publisher`` from the metadata (Breitbart, HuffPost, ...; ``outlet`` left unknown, as
for an article we scraped). The relations stage then has to find, from the text alone, that
the article is someone else's journalism (a ``syndicated`` relation) and whose (its
``outlet``). The figures are detection precision/recall/F1 (is it a wire copy) and the share
of correctly detected copies credited to the right service. What cannot be checked here:
the ``to`` link (the wire's own articles are not in the corpus) and carriers other than
Breitbart and HuffPost. The dataset asks that test texts not be read by hand: the test figure
is computed once and its mistakes are counted, not listed.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from ..model import Article, PublishedDate
from ..reconcile.relations import detect_relations
from ..outlets import canonical_outlet
from ..settings import Settings

PUBLISHERS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "wash-post": "The Washington Post",
    "politico": "Politico",
    "usa-today": "USA Today",
    "west-journal": "Western Journalism",
}


def _gold_wire(value: str) -> str | None:
    if value in ("", "None", "NA"):
        return None
    return canonical_outlet(value)


def read_polnear(data_dir: Path, compartment: str) -> list[tuple[Article, str | None]]:
    """Read one PolNeAR compartment as (article, gold wire) pairs.

    Args:
        data_dir: the ``polnear`` folder (holding ``data/metadata.tsv``).
        compartment: ``dev`` or ``test``.

    Returns:
        Articles whose text is present, each with the canonical gold wire name or None.
    """
    data = data_dir / "data"
    out: list[tuple[Article, str | None]] = []
    with (data / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["compartment"] != compartment:
                continue
            path = data / compartment / "text" / f"{row['filename']}.txt"
            if not path.exists():
                continue
            day = row.get("publication_date") or None
            article = Article(
                id=row["filename"],
                source=path.name,
                text=path.read_text(encoding="utf-8", errors="replace"),
                title=row.get("title") or None,
                publisher=PUBLISHERS.get(row["publisher"], row["publisher"]),
                published=PublishedDate(date=day, basis="explicit" if day else "unknown", earliest=day, latest=day),
            )
            out.append((article, _gold_wire(row.get("wire", ""))))
    return out


def _score(items: list[tuple[Article, str | None]], settings: Settings, show: bool) -> dict[str, Any]:
    articles = [a for a, _ in items]
    rels = detect_relations(articles, settings=settings)
    predicted = {r.from_: r.outlet for r in rels if r.kind == "syndicated"}
    tp = fp = fn = right_wire = 0
    mistakes: list[str] = []
    for article, gold in items:
        pred = predicted.get(article.id)
        if pred and gold:
            tp += 1
            right_wire += pred == gold
            if pred != gold:
                mistakes.append(f"{article.id}: {pred} for {gold}")
        elif pred:
            fp += 1
            mistakes.append(f"{article.id}: {pred}, not a wire copy")
        elif gold:
            fn += 1
            mistakes.append(f"{article.id}: missed {gold}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out: dict[str, Any] = {
        "articles": len(items),
        "wire_copies": tp + fn,
        "detected": tp + fp,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "wire_name_accuracy": round(right_wire / tp, 4) if tp else 0.0,
        "mistakes": len(mistakes),
    }
    if show:
        out["mistake_list"] = "; ".join(mistakes)
    return out


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Score syndication detection on PolNeAR dev and test.

    Args:
        data_dir: the ``polnear`` folder.
        limit: use only the first N articles of each compartment.

    Returns:
        Figures per compartment (``dev_*``, ``test_*``) and for both together (``all_*``).
    """
    settings = Settings(progress="never")
    figures: dict[str, Any] = {}
    both: list[tuple[Article, str | None]] = []
    for compartment in ("dev", "test"):
        items = read_polnear(data_dir, compartment)[:limit]
        both.extend(items)
        for key, value in _score(items, settings, show=compartment == "dev").items():
            figures[f"{compartment}_{key}"] = value
    for key, value in _score(both, settings, show=False).items():
        figures[f"all_{key}"] = value
    return figures
