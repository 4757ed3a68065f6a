"""Benchmark: how long the report, the web app's search, ask and the exports take on a big dossier.

The dossier is synthetic fiction (N articles, several claims each, in a handful of tracks),
built as a dossier.json dict, so the figure measures the views only, not the pipeline.

Usage: .venv/bin/python bench/bench_report.py [N_ARTICLES]   (default 2000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dossier.present.ask import answer_question
from dossier.present.export import export_csv, export_markdown
from dossier.present.report import render_report
from dossier.present.server import search_dossier
from dossier.present.views import build_context

TOWNS = ("Varnel", "Ostrava Vale", "Kellin", "Port Elling", "Dunmore")
SOURCES = ("the Red Cross", "the governor", "police", "the mayor", "rescuers", "the health ministry")


def synthetic_dossier(n: int) -> dict[str, Any]:
    """A fictional dossier with ``n`` articles, 4 claims each, about floods in five towns."""
    articles, claims, quotes = [], [], []
    tracks: dict[str, dict[str, Any]] = {}
    for i in range(n):
        day = 1 + i % 28
        town = TOWNS[i % len(TOWNS)]
        parts = []
        for k in range(4):
            src = SOURCES[(i + k) % len(SOURCES)]
            value = 10 + (i * 7 + k * 13) % 400
            parts.append(f"On day {day} {src} said at least {value} people died in {town}.")
        parts.append(f'The mayor said: "We need help in {town} now." ' + "Water kept rising. " * 20)
        text = " ".join(parts)
        aid = f"art-{i:06d}"
        articles.append({"id": aid, "source": f"{i}.txt", "title": f"Floods in {town}, report {i}", "outlet": f"Outlet {i % 40}",
                         "publisher": None, "authors": [], "published": {"date": f"2031-03-{day:02d}", "basis": "explicit",
                                                                          "earliest": None, "latest": None},
                         "language": "en", "text": text, "removed": []})
        pos = 0
        for k in range(4):
            sent_end = text.index(".", pos) + 1
            sentence = text[pos:sent_end]
            s = text.index("at least", pos)
            e = text.index(" people", s)
            tid = f"t-{town}"
            cid = f"c-{i}-{k}"
            claims.append({"id": cid, "article": aid, "start": s, "end": e, "sentence": sentence, "value": float(text[s + 9:e]),
                           "low": None, "high": None, "qualifier": "at_least", "measure": "people killed", "location": town,
                           "as_of": f"2031-03-{day:02d}", "modality": "reported",
                           "source": {"entity": None, "name": SOURCES[(i + k) % len(SOURCES)], "text": SOURCES[(i + k) % len(SOURCES)]},
                           "via": [], "track": tid, "text": text[s:e], "sentence_start": pos, "sentence_end": sent_end})
            t = tracks.setdefault(tid, {"id": tid, "measure": "people killed", "location": town, "claims": [], "low": None,
                                        "high": None, "latest": None, "independent_sources": 6, "conflict": True})
            t["claims"].append(cid)
            pos = sent_end + 1
        qs = text.index('"') + 1
        quotes.append({"id": f"q-{i}", "article": aid, "start": qs, "end": text.index('"', qs), "text": text[qs:text.index('"', qs)],
                       "kind": "direct", "speaker": {"entity": None, "name": "the mayor", "text": "The mayor"}, "cue": "said", "date": None})
    return {"schema_version": "1", "articles": articles, "claims": claims, "tracks": list(tracks.values()), "quotes": quotes,
            "entities": [], "events": [], "relations": [], "rejections": [], "summary": [], "time_expressions": []}


def _time(label: str, fn: Any) -> Any:
    t0 = time.perf_counter()
    out = fn()
    print(f"{label:<34} {time.perf_counter() - t0:8.3f} s")
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    d = _time(f"synthesise {n} articles", lambda: synthetic_dossier(n))
    print(f"  {len(d['claims'])} claims, {len(d['tracks'])} tracks, {len(d['quotes'])} quotes")
    _time("build_context", lambda: build_context(d))
    page = _time("render_report", lambda: render_report(d))
    print(f"  report size: {len(page.encode('utf-8')) / 1e6:.1f} MB")
    _time("search 'need help in Varnel'", lambda: search_dossier(d, "need help in Varnel"))
    _time("answer_question", lambda: answer_question("How many people died in Varnel?", d))
    with tempfile.TemporaryDirectory() as tmp:
        _time("export_csv", lambda: export_csv(d, Path(tmp)))
    _time("export_markdown", lambda: export_markdown(d))


if __name__ == "__main__":
    main()
