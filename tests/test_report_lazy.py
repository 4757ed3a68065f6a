"""The report of a dossier of several stories: the story index first, each story deferred in a JSON block.

Fictional text only (``tests.test_report.fictional_dossier`` with its script payloads, plus more
that tries to end a script block, open an HTML comment or end a JavaScript line).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dossier.present.report import render_report
from tests.test_report import _Collector, fictional_dossier

BREAKOUT = " Next </script>oops<script>window.__pwned = 'deferred'</script> plus <!-- a comment <script> with a line\u2028end\u2029."


def two_stories() -> dict[str, Any]:
    """The payload dossier cut into two stories (Varnel's first two reports; the third with its payloads)."""
    d = fictional_dossier(payload=True)
    d["articles"][2]["text"] += BREAKOUT
    d["articles"][2]["title"] += " </script><!--"
    ids = [a["id"] for a in d["articles"]]
    d["stories"] = [
        {"id": "s-one", "title": "Floods reach Varnel", "earliest": "2031-03-03", "latest": "2031-03-05",
         "articles": ids[:2], "tracks": ["t-homes"], "events": ["ev1"]},
        {"id": "s-two", "title": "Count </script><!-- <b>climbs</b>", "earliest": "2031-03-08", "latest": "2031-03-08",
         "articles": ids[2:], "tracks": ["t-deaths"], "events": []},
    ]
    for t in d["tracks"]:
        t["story"] = "s-one" if t["id"] == "t-homes" else "s-two"
    d["events"][0]["story"] = "s-one"
    return d


def _blocks(page: str) -> dict[str, str]:
    return dict(re.findall(r'<script type="text/x-dossier-story" id="(story-\d+)">(.*?)</script>', page, flags=re.S))


def _index_of(block: str) -> dict[str, Any]:
    m = re.search(r'data-story-index="([^"]*)"', block)
    assert m
    return dict(json.loads(html.unescape(m.group(1))))


def test_index_page_with_a_deferred_block_per_story() -> None:
    page = render_report(two_stories())
    head = page[: page.index('<script type="text/x-dossier-story" id="story-0">')]
    # the index: one small row per story, linking to its block
    assert head.count('<tr data-story="') == 2
    assert 'href="#story-0"' in head and 'href="#story-1"' in head
    assert "Count &lt;/script&gt;&lt;!-- &lt;b&gt;climbs&lt;/b&gt;" in head
    # no story's content is in the index; every story is in its block
    assert 'id="claims-table"' not in head and "Ostrava Vale" in head  # the main figure of the first story only
    blocks = _blocks(page)
    assert sorted(blocks) == ["story-0", "story-1"]
    # script elements: the empty article index, the page script, one block per story (never run) — nothing else
    assert page.count("<script") == 4 and page.count("</script>") == 4


def test_blocks_hold_each_story_and_nothing_can_break_out() -> None:
    page = render_report(two_stories())
    blocks = _blocks(page)
    for raw in blocks.values():
        # nothing in a block can end it early or open a comment (the payloads are in it, escaped)
        assert "</script" not in raw.lower() and "<!--" not in raw
        assert 'id="claims-table"' in raw
    one, two = blocks["story-0"], blocks["story-1"]
    assert set(_index_of(one)) == {"art-aaa111", "art-bbb222"} and set(_index_of(two)) == {"art-ccc333"}
    assert _index_of(two)["art-ccc333"]["title"].endswith("</script><!--")  # JSON in an escaped attribute
    assert 'data-claim="c4"' in one and 'data-claim="c6"' not in one
    assert 'data-claim="c6"' in two and 'data-claim="c4"' not in two
    # the payload is text in the story's HTML, escaped by the template
    assert "&lt;/script&gt;oops&lt;script&gt;window.__pwned = &#39;deferred&#39;&lt;/script&gt;" in two
    assert "&lt;!-- a comment" in two
    parsed = _Collector()
    parsed.feed(two)
    assert not {t for t, _ in parsed.tags} & {"script", "img", "iframe"}
    assert not [k for _, attrs in parsed.tags for k in attrs if k.startswith("on")]  # no handler attribute
    assert "\u2028" in two  # the text itself is kept


def test_markup_that_could_end_a_block_is_written_as_text() -> None:
    from dossier.present import report

    d = two_stories()
    # a template change or a view that let raw markup through: the block still cannot be left
    part = next(p for _s, p, _w in report.story_slices(d))
    block = report.story_block(part)
    assert "</script" not in block.lower() and "<!--" not in block
    assert report._BREAKOUT.sub("&lt;", "a </SCRIPT> b <!-- c") == "a &lt;/SCRIPT> b &lt;!-- c"


def test_a_dossier_of_one_story_is_still_one_page() -> None:
    d = fictional_dossier()
    d["stories"] = [{"id": "s", "title": "Floods", "earliest": None, "latest": None,
                     "articles": [a["id"] for a in d["articles"]], "tracks": ["t-deaths", "t-homes"], "events": []}]
    page = render_report(d)
    assert 'id="story-0"' not in page and 'id="claims-table"' in page


@pytest.mark.browser
def test_browser_opens_a_story_from_its_block(tmp_path: Path) -> None:
    from tests.test_browser import CHROMIUM, LAUNCH_ARGS

    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium here (`make chromium` or `apt-get install -y chromium` adds it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the [test] extra)")
    path = tmp_path / "report.html"
    path.write_text(render_report(two_stories()), encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            dialogs: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", lambda dlg: (dialogs.append(dlg.message), dlg.dismiss()))
            page.goto(path.as_uri())
            page.wait_for_selector("html[data-ready='1']")
            assert page.locator("table.index tbody tr").count() == 2
            assert page.locator("#claims-table").count() == 0  # nothing of a story before it is opened
            page.click('a[href="#story-1"]')
            page.wait_for_selector("html[data-story-open='1']")
            assert page.is_hidden("#stories") and page.is_visible("#story-view")
            assert page.locator("#claims-table tbody tr").count() == 3  # c3, c6 and the homes figure c5 of its article
            # the claims filter and the article view work in the opened story
            page.fill("#f-text", "Officials")
            assert page.locator("#claims-table tbody tr:not([hidden])").count() == 1
            page.evaluate("location.hash = '#art-ccc333:0-20'")
            page.wait_for_selector("#viewer:not([hidden]) #highlight")
            assert "</script>oops<script>window.__pwned = 'deferred'</script>" in page.text_content("#viewer-text")
            assert "\u2028" in page.text_content("#viewer-text")
            assert page.text_content("#viewer-title").endswith("</script><!--")
            # nothing ran, nothing loaded, no handler attribute came in
            assert page.evaluate("window.__pwned === undefined") and dialogs == [] and errors == []
            assert page.locator("img, iframe").count() == 0
            assert page.locator("[onerror], [onload], [onclick], [onmouseover]").count() == 0
            assert page.locator("script").count() == 4
            # back to the index, then the other story
            page.click('a[href="#stories"]')
            page.wait_for_selector("#stories:not([hidden])")
            page.click('a[href="#story-0"]')
            page.wait_for_selector("html[data-story-open='0']")
            assert page.locator("#claims-table tbody tr").count() == 3  # c1, c2, c4: its two articles' figures
            assert errors == [] and dialogs == []
        finally:
            browser.close()


def test_map_outlines_kept_in_a_folder_are_the_same(tmp_path: Path) -> None:
    from dossier.present import geo

    geo.keep_outlines_in(tmp_path)
    try:
        geo.countries.cache_clear()
        read = geo.countries()
        assert read and len(list(tmp_path.glob("outlines-*.pickle"))) == 1
        geo.countries.cache_clear()
        assert geo.countries() == read
    finally:
        geo.keep_outlines_in(None)
        geo.countries.cache_clear()


def test_report_is_the_same_in_every_process(tmp_path: Path) -> None:
    """Story blocks are kept between builds and processes: a page must not depend on the order
    of a set of strings (hash order differs per process). Sources told apart only by case are
    sorted by their text."""
    import os
    import subprocess
    import sys

    d = two_stories()
    first = d["claims"][0]
    twin = {**first, "id": first["id"] + "-twin", "source": {**(first.get("source") or {}), "name": "analysts", "text": "analysts"}}
    d["claims"] = [{**first, "source": {**(first.get("source") or {}), "name": "Analysts", "text": "Analysts"}}, twin, *d["claims"][1:]]
    src = tmp_path / "d.json"
    src.write_text(json.dumps(d), encoding="utf-8")
    code = ("import json, sys\nfrom dossier.present import report\n"
            "body = json.load(open(sys.argv[1]))\nsys.stdout.write(report.render_report(body))")
    pages = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        pages.append(subprocess.run([sys.executable, "-c", code, str(src)], env=env, capture_output=True, text=True, check=True).stdout)
    assert pages[0] and pages[0] == pages[1] == pages[2]
