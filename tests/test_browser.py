"""Browser tests: headless Chromium (Debian's /usr/bin/chromium) drives the report and the web app.

They check what people see: the charts are drawn, clicking a point opens the article view
with the sentence highlighted, search leads to the highlighted words, and article text
carrying ``<script>``, ``onerror=`` and ``javascript:`` payloads stays inert. Screenshots
go to ``test-artifacts/``. Needs ``apt-get install chromium`` and the ``playwright``
Python package (never ``playwright install``: the system Chromium is used).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dossier.model import Article, PublishedDate, dossier_to_dict
from tests.test_report import fictional_dossier

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# fictional articles whose text tries to run script in every way we know of
XSS_TEXTS = (
    (
        "Seven dock hands were injured in Velsing harbour on Monday when a gantry toppled over, port staff reported. "
        '<script>window.__pwned = "tag"; alert("tag")</script> '
        "Roughly 150 stevedores left the quays as engineers examined "
        'each remaining gantry. <img src=x onerror="window.__pwned=\'pic\'; alert(\'pic\')"> Shop steward Ilka Dorn '
        'told us: "<svg onload=alert(\'vec\')>Twice we raised it." '
        '<a href="javascript:window.__pwned=\'anchor\'">continue</a> Loading resumed on Wednesday.'
    ),
    (
        "Another account from Velsing put the injured at as many as 22 after the gantry came down. "
        '"><iframe src="javascript:alert(\'box\')"></iframe> Nine were still in the clinic, staff said. '
        "</textarea></script><script>alert('escape')</script> Findings of the review are due in June, "
        "according to the quay supervisor, who said the stevedores' guild had been asked for its view."
    ),
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            "no /usr/bin/chromium (get it via `apt-get install -y chromium`, as the Makefile does); "
            "driven by the playwright Python package alone, with no `playwright install` step"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the [test] extra)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 950})
    p = ctx.new_page()
    p.dialogs = []  # type: ignore[attr-defined]
    p.errors = []  # type: ignore[attr-defined]
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    p.on("pageerror", lambda e: p.errors.append(str(e)))  # type: ignore[attr-defined]
    yield p
    ctx.close()


class _Server:
    """uvicorn serving ``make_app(out_dir)`` in a thread on 127.0.0.1 and a free port."""

    def __init__(self, out_dir: Path) -> None:
        import uvicorn

        from dossier.present.server import make_app

        self.port = _free_port()
        config = uvicorn.Config(make_app(out_dir), host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _write_out(tmp: Path, d: dict[str, Any]) -> Path:
    from dossier.present.report import render_report

    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "dossier.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    (tmp / "report.html").write_text(render_report(d), encoding="utf-8")
    return tmp


def _shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    assert path.stat().st_size > 5000
    return path


def _click_point_and_check(page: Any, claim: dict[str, Any]) -> None:
    page.click(f'a.pt[data-claim="{claim["id"]}"] circle.hit')
    page.wait_for_selector("#viewer:not([hidden]) #highlight")
    assert page.text_content("#highlight") == claim["sentence"]
    assert page.text_content("#highlight strong.focus") == claim["text"]
    assert page.is_visible("#highlight")
    assert page.get_attribute(f'a.pt[data-claim="{claim["id"]}"]', "class") == "pt active"


def test_report_file_chart_click_highlights_sentence(page: Any, tmp_path: Path) -> None:
    d = fictional_dossier()
    out = _write_out(tmp_path / "out", d)
    page.goto((out / "report.html").as_uri())
    page.wait_for_selector("html[data-ready='1']")
    assert page.locator("svg.chart").count() == 2
    assert page.locator("svg.chart a.pt").count() == len(d["claims"])
    _shot(page, "report-file-top.png")
    claim = next(c for c in d["claims"] if c["id"] == "c2")
    page.locator("svg.chart").first.scroll_into_view_if_needed()
    _click_point_and_check(page, claim)
    _shot(page, "report-file-point-clicked.png")
    # the claims table filters and sorts
    page.select_option("#f-track", "t-homes")
    assert page.locator("#claims-table tbody tr:not([hidden])").count() == 2
    page.fill("#f-text", "Red Cross")
    assert page.locator("#claims-table tbody tr:not([hidden])").count() == 1
    assert page.text_content("#f-count") == "1 of 5 claims"
    page.select_option("#f-track", "")
    page.fill("#f-text", "")
    page.click("#claims-table th:first-child")
    first = page.locator("#claims-table tbody tr").first.get_attribute("data-claim")
    assert first == "c1"  # 12 is the smallest figure
    assert page.dialogs == [] and page.errors == []


def test_served_app_search_and_highlight(page: Any, tmp_path: Path) -> None:
    d = fictional_dossier()
    out = _write_out(tmp_path / "out", d)
    with _Server(out) as url:
        page.goto(url + "/")
        page.wait_for_selector("html[data-ready='1']")
        assert page.locator("svg.chart").count() == 2
        claim = next(c for c in d["claims"] if c["id"] == "c5")
        _click_point_and_check(page, claim)
        _shot(page, "served-point-clicked.png")
        # server-side filter form
        page.goto(url + "/?track=t-deaths")
        assert page.locator("svg.chart").count() == 1
        # search, then follow a hit to its highlighted words
        page.fill("input[name=q]", "homes were flooded")
        page.click("form[action='/search'] button")
        page.wait_for_selector("ol.results li")
        _shot(page, "served-search.png")
        page.locator("ol.results li a").first.click()
        page.wait_for_selector("#viewer:not([hidden]) #highlight")
        assert page.text_content("#highlight").lower() == "homes were flooded"
        # ask, then follow a citation to its highlighted sentence
        page.goto(url + "/")
        page.fill("form[action='/ask'] input[name=q]", "How many homes were flooded in Ostrava Vale?")
        page.click("form[action='/ask'] button")
        page.wait_for_selector("tr.figure")
        assert page.locator("tr.figure").count() == 2
        _shot(page, "served-ask.png")
        page.locator("tr.figure a").first.click()
        page.wait_for_selector("#viewer:not([hidden]) #highlight")
        assert "homes were flooded" in page.text_content("#highlight")
        # API docs page, self-contained
        page.goto(url + "/docs")
        assert page.locator("section.endpoint").count() >= 8
        _shot(page, "served-docs.png")
    assert page.dialogs == [] and page.errors == []


def _xss_dossier() -> dict[str, Any]:
    """The payload articles run through the real pipeline, plus the hand-made payload dossier's records."""
    from dossier.pipeline import build_from_articles
    from dossier.settings import Settings

    arts = [
        Article(
            id=f"art-xss{i}",
            source=f"xss{i}.html",
            text=text,
            title=f'Gantry topples <img src=x onerror=alert("t{i}")>',
            outlet='Harbour <script>alert("outlet")</script> News',
            published=PublishedDate(date=f"2031-05-0{i + 1}", basis="explicit"),
            url="javascript:alert('url')",
            authors=("<b onclick=alert(1)>Staff</b>",),
        )
        for i, text in enumerate(XSS_TEXTS)
    ]
    built = dossier_to_dict(build_from_articles(arts, settings=Settings(progress="never")))
    extra = fictional_dossier(payload=True)
    for key in ("articles", "claims", "quotes", "tracks", "entities", "events", "relations", "summary"):
        built[key] = list(built.get(key) or []) + list(extra.get(key) or [])
    return built


def _assert_inert(page: Any) -> None:
    assert page.evaluate("window.__pwned === undefined")
    assert page.dialogs == [], page.dialogs
    assert page.locator("img, iframe").count() == 0
    assert page.locator("[onerror], [onload], [onclick], [onmouseover]").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    # only our own two script elements (the JSON index and the page script)
    assert page.locator("script").count() == 2


def test_untrusted_text_is_inert_in_report_and_app(page: Any, tmp_path: Path) -> None:
    d = _xss_dossier()
    out = _write_out(tmp_path / "xss", d)
    page.goto((out / "report.html").as_uri())
    page.wait_for_selector("html[data-ready='1']")
    _assert_inert(page)
    # open each payload article in the article view: the payload shows as text
    page.evaluate("location.hash = '#art-xss0:0-20'")
    page.wait_for_selector("#viewer:not([hidden]) #highlight")
    assert "<script>window.__pwned" in page.text_content("#viewer-text")
    assert page.text_content("#viewer-title").startswith("Gantry topples <img")
    page.evaluate("location.hash = '#art-ccc333'")
    page.wait_for_timeout(100)
    # click every point and link in the page that stays on it
    for pt in page.locator("a.pt circle.hit").all():
        pt.click()
    _assert_inert(page)
    _shot(page, "xss-report.png")
    with _Server(out) as url:
        page.goto(url + "/")
        page.wait_for_selector("html[data-ready='1']")
        _assert_inert(page)
        page.goto(url + "/search?q=" + "%3Cscript%3E")
        assert page.locator("ol.results li").count() >= 1
        assert page.evaluate("window.__pwned === undefined") and page.dialogs == []
        assert page.locator("script").count() == 0
        _shot(page, "xss-search.png")
    assert page.errors == []


@pytest.mark.shared
def test_seed_report_troop_chart(page: Any, seed_dossier: Any, tmp_path: Path) -> None:
    d = dossier_to_dict(seed_dossier)
    out = _write_out(tmp_path / "seeds", d)
    page.goto((out / "report.html").as_uri())
    page.wait_for_selector("html[data-ready='1']")
    _shot(page, "seeds-report-top.png")
    assert page.locator("article.art").count() == 5
    assert d["tracks"], "the seeds build no tracks"
    troop = [t for t in d["tracks"] if "troop" in str(t.get("measure") or "").lower() or "soldier" in str(t.get("measure") or "").lower()]
    assert troop, "no track of troops in the seeds"
    claims = {c["id"]: c for c in d["claims"]}
    best = max(troop, key=lambda t: len(t["claims"]))
    chart = page.locator(f'svg.chart[data-track="{best["id"]}"]')
    assert chart.count() == 1
    plotted = chart.locator("a.pt")
    drawable = [claims[c] for c in best["claims"] if claims[c].get("value") is not None or claims[c].get("low") is not None]
    assert plotted.count() == len(drawable)
    # every figure is drawn by source (one colour per source name)
    sources = {p.get_attribute("data-source") for p in plotted.all()}
    assert len(sources) >= 2
    chart.scroll_into_view_if_needed()
    first = drawable[0]
    page.click(f'a.pt[data-claim="{first["id"]}"] circle.hit')
    page.wait_for_selector("#viewer:not([hidden]) #highlight")
    assert " ".join(page.text_content("#highlight").split()) == " ".join(first["sentence"].split())
    _shot(page, "seeds-troop-point-clicked.png")
    assert page.dialogs == [] and page.errors == []



# --- issue 12: the story at a glance and charts a journalist would publish ---------------------

VIEWPORTS = {"desktop": {"width": 1400, "height": 900}, "phone": {"width": 390, "height": 844}}
SECTIONS = ("glance", "tracks", "timeline", "claims", "quotes", "map")


@pytest.mark.shared
def test_seed_report_at_a_glance_and_every_view(browser: Any, seed_dossier: Any, tmp_path: Path) -> None:
    """The seeds as a new reader sees them, at 1400x900 and on a phone (390x844): the glance
    cards tell the disagreement apart from the change over time and the forecasts, every figure
    is one click from its sentence, claimants are a few parties, one-figure tracks are cards,
    the map has outlines, quotes are not repeated and the claims table fills the screen."""
    d = dossier_to_dict(seed_dossier)
    out = _write_out(tmp_path / "seeds", d)
    claims = {c["id"]: c for c in d["claims"]}
    for label, viewport in VIEWPORTS.items():
        ctx = browser.new_context(viewport=viewport)
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "report.html").as_uri())
        page.wait_for_selector("html[data-ready='1']")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"seeds-{label}-top.png"))
        for section in SECTIONS:
            loc = page.locator(f"#{section}")
            loc.scroll_into_view_if_needed()
            path = ARTIFACTS / f"seeds-{label}-{section}.png"
            loc.screenshot(path=str(path))
            assert path.stat().st_size > 3000
        # the glance: the troop track in Russia disagrees, says so in words, keeps forecasts apart
        cards = page.locator("#glance .gcard")
        assert cards.count() == len(d["tracks"])
        russia = next(t for t in d["tracks"] if t["location"] == "Russia" and t["conflict"])
        card = page.locator(f'#glance .gcard[data-track="{russia["id"]}"]')
        text = " ".join(card.inner_text().split())
        assert "sources disagree" in text and "They disagree:" in text
        assert "South Korea" in text and "United States" in text
        assert "higher than US and UK assessments" in text  # the article that says so
        assert "Change over time:" in text and "Forecasts, not counts:" in text
        forecast_ids = {c for c in russia["claims"] if claims[c]["modality"] in ("projected", "expected")}
        linked = [a.get_attribute("data-claim") for a in card.locator(".gline.forecast a.fig").all()]
        assert linked and set(linked) <= forecast_ids
        # the claimants: a handful of parties, one colour each, people on hover
        parties = card.locator(".party")
        assert 2 <= parties.count() <= 4
        assert "Kirby" in (card.locator(".party", has_text="United States").get_attribute("title") or "")
        # one click from a number to its sentence
        fig = card.locator(".gline.disagree a.fig").first
        cid = fig.get_attribute("data-claim")
        fig.click()
        page.wait_for_selector("#viewer:not([hidden]) #highlight")
        assert " ".join(page.text_content("#highlight").split()) == " ".join(claims[cid]["sentence"].split())
        page.click("#viewer-close")
        # charts: one colour per party; axis titles; one-figure tracks are cards, not charts
        chart = page.locator(f'svg.chart[data-track="{russia["id"]}"]')
        assert chart.count() == 1
        colours = {p.get_attribute("stroke") for p in chart.locator("a.pt circle.dot").all()}
        assert len(colours) == len({p.get_attribute("data-party") for p in chart.locator("a.pt").all()}) <= 4
        assert chart.locator("text.axtitle").count() == 2
        ticks = [t.text_content() for t in chart.locator("text.tick").all()]
        assert len(ticks) == len(set(ticks))  # no repeated date labels
        singles = [t for t in d["tracks"] if len(t["claims"]) == 1]
        for t in singles:
            box = page.locator(f'.track[data-track="{t["id"]}"]')
            assert box.locator("svg.chart").count() == 0
            figs = {a.get_attribute("data-claim") for a in box.locator(".gcard.solo a.fig").all()}
            assert figs == set(t["claims"])
        # the map has country outlines and no continent as a point
        assert page.locator("svg.map path.land").count() > 10
        assert page.locator("svg.map path.land.named").count() >= 3
        assert "Asia" not in [t.text_content() for t in page.locator("svg.map text.plabel").all()]
        # the timeline strip spans the story, not two years
        strip_ticks = [t.text_content() or "" for t in page.locator("svg.strip text.tick").all()]
        assert not any("2022" in t for t in strip_ticks)
        # quotes: nothing said twice under one speaker
        for group in page.locator("#quotes details.speaker").all():
            said = [" ".join(q.split()) for q in group.locator(".quote").all_text_contents()]
            words = [s.split("”")[0] for s in said]
            assert len(words) == len(set(words))
        # the claims table fills the screen and keeps its header in view
        page.locator("#claims .scroll").scroll_into_view_if_needed()
        height = page.evaluate("document.querySelector('#claims .scroll').getBoundingClientRect().height")
        assert height >= 0.6 * viewport["height"] or page.locator("#claims-table tbody tr").count() < 8
        assert page.evaluate("getComputedStyle(document.querySelector('#claims-table th')).position") == "sticky"
        assert errors == []
        ctx.close()
