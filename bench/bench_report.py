"""Benchmark: how long the report, the web app's search, ask and the exports take on a big dossier.

The dossier is synthetic fiction (N articles, several claims each, one story per five articles
of a town, a track per story), built as a dossier.json dict, so the figure measures the views
only, not the pipeline.

The report of several stories opens on the story index, each story deferred in a JSON block
(``report.render_report``); the old report (every story on one page, ``report.html.j2`` over the
whole dossier) is rendered in the same run as the baseline. For both: render time, file size,
the bytes the browser reads before the index can show (for the new one: up to its first story
block), and, when Debian's /usr/bin/chromium and playwright are installed, the time headless
Chromium takes from navigation to the page script having run (``data-ready``: the index is
shown and usable) and to the ``load`` event (the whole file parsed), and to open one story.

Usage: .venv/bin/python bench/bench_report.py [N_ARTICLES] [--no-old] [--no-browser]   (default 2000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dossier.present.ask import answer_question
from dossier.present.export import export_csv, export_markdown
from dossier.present.report import render_report, render_template
from dossier.present.server import search_dossier
from dossier.present.stories import story_body
from dossier.present.views import build_context

TOWNS = ("Varnel", "Ostrava Vale", "Kellin", "Port Elling", "Dunmore")
SOURCES = ("the Red Cross", "the governor", "police", "the mayor", "rescuers", "the health ministry")


def synthetic_dossier(n: int) -> dict[str, Any]:
    """A fictional dossier with ``n`` articles, 4 claims each, about floods in five towns."""
    articles, claims, quotes = [], [], []
    tracks: dict[str, dict[str, Any]] = {}
    stories: dict[str, dict[str, Any]] = {}
    for i in range(n):
        day = 1 + i % 28
        town = TOWNS[i % len(TOWNS)]
        sid = f"st-{town}-{i // (5 * len(TOWNS))}"  # five articles of one town make a story
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
                         "language": "en", "text": text, "removed": [], "story": sid})
        st = stories.setdefault(sid, {"id": sid, "title": f"Floods in {town}, part {i // (5 * len(TOWNS))}", "earliest": None,
                                      "latest": None, "articles": [], "tracks": [], "events": []})
        st["articles"].append(aid)
        st["earliest"] = min(st["earliest"] or "9999", f"2031-03-{day:02d}")
        st["latest"] = max(st["latest"] or "0000", f"2031-03-{day:02d}")
        pos = 0
        for k in range(4):
            sent_end = text.index(".", pos) + 1
            sentence = text[pos:sent_end]
            s = text.index("at least", pos)
            e = text.index(" people", s)
            tid = f"t-{sid}"
            cid = f"c-{i}-{k}"
            claims.append({"id": cid, "article": aid, "start": s, "end": e, "sentence": sentence, "value": float(text[s + 9:e]),
                           "low": None, "high": None, "qualifier": "at_least", "measure": "people killed", "location": town,
                           "as_of": f"2031-03-{day:02d}", "modality": "reported",
                           "source": {"entity": None, "name": SOURCES[(i + k) % len(SOURCES)], "text": SOURCES[(i + k) % len(SOURCES)]},
                           "via": [], "track": tid, "text": text[s:e], "sentence_start": pos, "sentence_end": sent_end,
                           "story": sid})
            if tid not in tracks:
                st["tracks"].append(tid)
            t = tracks.setdefault(tid, {"id": tid, "measure": "people killed", "location": town, "claims": [], "low": None,
                                        "high": None, "latest": None, "independent_sources": 6, "conflict": True, "story": sid})
            t["claims"].append(cid)
            v = float(text[s + 9:e])
            t["low"] = v if t["low"] is None else min(t["low"], v)
            t["high"] = v if t["high"] is None else max(t["high"], v)
            pos = sent_end + 1
        qs = text.index('"') + 1
        quotes.append({"id": f"q-{i}", "article": aid, "start": qs, "end": text.index('"', qs), "text": text[qs:text.index('"', qs)],
                       "kind": "direct", "speaker": {"entity": None, "name": "the mayor", "text": "The mayor"}, "cue": "said", "date": None})
    return {"schema_version": "1", "articles": articles, "claims": claims, "tracks": list(tracks.values()), "quotes": quotes,
            "entities": [], "events": [], "relations": [], "rejections": [], "summary": [], "time_expressions": [],
            "stories": list(stories.values())}


def _time(label: str, fn: Any) -> Any:
    t0 = time.perf_counter()
    out = fn()
    print(f"{label:<34} {time.perf_counter() - t0:8.3f} s")
    return out


def _browser_times(path: Path, *, story: bool) -> dict[str, float] | None:
    """Headless Chromium over the file: ms to the page script's ``data-ready``, to ``load``, to open story 0."""
    if not Path("/usr/bin/chromium").exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    out: dict[str, float] = {}
    with sync_playwright() as pw:
        for attempt in range(2):  # a fresh browser each time; the second: the file in the OS cache, as when opened again
            b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            try:
                page = b.new_page()
                page.goto(path.as_uri(), wait_until="commit", timeout=600_000)
                page.wait_for_selector("html[data-ready='1']", timeout=600_000)
                ready = float(page.get_attribute("html", "data-ready-ms") or "nan")
                page.wait_for_load_state("load", timeout=600_000)
                timing = page.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                                       " return [n.startTime, n.domContentLoadedEventEnd, n.loadEventEnd]; })()")
                out[f"ready{attempt}"] = ready - timing[0]
                out[f"load{attempt}"] = timing[2] - timing[0]
                if story and attempt == 1:
                    t0 = page.evaluate("performance.now()")
                    page.evaluate("location.hash = '#story-0'")
                    page.wait_for_selector("html[data-story-open='0']", timeout=60_000)
                    out["open"] = page.evaluate("performance.now()") - t0
            finally:
                b.close()
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 2000
    d = _time(f"synthesise {n} articles", lambda: synthetic_dossier(n))
    print(f"  {len(d['claims'])} claims, {len(d['tracks'])} tracks, {len(d['quotes'])} quotes, {len(d['stories'])} stories")
    page = _time("render_report (index + deferred stories)", lambda: render_report(d))
    size = len(page.encode("utf-8"))
    first_block = page.find('<script type="text/x-dossier-story" id="story-0">')
    index_bytes = len(page[:first_block].encode("utf-8")) if first_block >= 0 else size
    print(f"  report size: {size / 1e6:.1f} MB; the index (up to the first story block): {index_bytes / 1e6:.2f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        new_path = Path(tmp) / "report.html"
        new_path.write_text(page, encoding="utf-8")
        del page
        old_path = Path(tmp) / "old.html"
        if "--no-old" not in sys.argv:
            old = _time("old report (one page, every story)", lambda: render_template("report.html.j2", build_context(d)))
            old_path.write_text(old, encoding="utf-8")
            print(f"  old report size: {len(old.encode('utf-8')) / 1e6:.1f} MB")
            del old
        if "--no-browser" not in sys.argv:
            new_t = _browser_times(new_path, story=True)
            if new_t is None:
                print("  (no /usr/bin/chromium or playwright: browser times skipped; `make chromium` installs it)")
            else:
                print(f"  chromium, new: index ready {new_t['ready0']:.0f} ms (again {new_t['ready1']:.0f} ms), "
                      f"load event {new_t['load0']:.0f} ms (again {new_t['load1']:.0f} ms), open a story {new_t['open']:.0f} ms")
                old_t = _browser_times(old_path, story=False) if old_path.exists() else None
                if old_t is not None:
                    print(f"  chromium, old: page ready {old_t['ready0']:.0f} ms (again {old_t['ready1']:.0f} ms), "
                          f"load event {old_t['load0']:.0f} ms (again {old_t['load1']:.0f} ms)")
                    print(f"  index ready, old / new: {old_t['ready1'] / new_t['ready1']:.1f}x")
    _time("search 'need help in Varnel'", lambda: search_dossier(d, "need help in Varnel"))
    part = story_body(d, d["stories"][0]["id"])  # ask answers within one story (bench_answers.py times the whole path)
    _time("answer_question (one story)", lambda: answer_question("How many people died in Varnel?", part))
    with tempfile.TemporaryDirectory() as tmp:
        _time("export_csv", lambda: export_csv(d, Path(tmp)))
    _time("export_markdown", lambda: export_markdown(d))


if __name__ == "__main__":
    main()
