"""Tests of the static report (report.py, views.py): structure, charts, escaping.

The hand-built dossier below is fiction (the town of Varnel, a flood in Ostrava Vale);
``fictional_dossier`` is also used by test_ask, test_export, test_server and test_browser.
"""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from dossier.model import dossier_to_dict

PAYLOAD_TEXT = (
    'A council aide wrote <script>alert("hi")</script> then <img src=x onerror="alert(1)"> '
    'appeared beside <a href="javascript:alert(2)">this link</a>. At least 40 have now died in Varnel.'
)


def _art(aid: str, text: str, *, title: str, outlet: str, date: str | None, url: str | None = None) -> dict[str, Any]:
    return {
        "id": aid,
        "source": f"{aid}.txt",
        "title": title,
        "outlet": outlet,
        "publisher": None,
        "authors": [],
        "published": {"date": date, "basis": "explicit" if date else "unknown", "earliest": None, "latest": None},
        "language": "en",
        "text": text,
        "removed": [],
        "url": url,
    }


def _claim(cid: str, art: dict[str, Any], words: str, *, value: float | None, qualifier: str, source: str | None,
           as_of: str | None, track: str | None, measure: str, location: str | None,
           low: float | None = None, high: float | None = None) -> dict[str, Any]:
    text = art["text"]
    start = text.index(words)
    s0 = text.rfind(". ", 0, start)
    s0 = 0 if s0 == -1 else s0 + 2
    s1 = text.find(".", start + len(words))
    s1 = len(text) if s1 == -1 else s1 + 1
    return {
        "id": cid, "article": art["id"], "start": start, "end": start + len(words), "sentence": text[s0:s1],
        "value": value, "low": low, "high": high, "qualifier": qualifier, "measure": measure, "location": location,
        "as_of": as_of, "modality": "reported",
        "source": None if source is None else {"entity": None, "name": source, "text": source},
        "via": [], "track": track, "text": words, "unit": None, "sentence_start": s0, "sentence_end": s1,
    }


def fictional_dossier(*, payload: bool = False) -> dict[str, Any]:
    """A small fictional dossier dict: 3 articles, 6 claims in 2 tracks, quotes, events, places."""
    t1 = ("Flood waters rose over the quays of Varnel on Monday. In Varnel at least 12 people died, according to "
          "emergency services. Mayor Ilse Brand told reporters: \u201cWe have never seen water like this.\u201d")
    t2 = ("By Wednesday about 30 people had died in Varnel, the regional governor said. "
          "Rescuers reported that up to 500 homes were flooded across Ostrava Vale.")
    t3 = ("Officials now say 41 people have died in Varnel. The Red Cross estimates that between 400 and 600 homes "
          "were flooded across Ostrava Vale. " + ("" if not payload else PAYLOAD_TEXT))
    a1 = _art("art-aaa111", t1, title="Floods hit Varnel", outlet="Vale Courier", date="2031-03-03", url="https://example.org/a1")
    a2 = _art("art-bbb222", t2, title="Death toll rises in Varnel", outlet="North Wire", date="2031-03-05",
              url="javascript:alert(3)")
    a3 = _art("art-ccc333", t3, title="Varnel toll at 41" + (' <b onmouseover="alert(4)">x</b>' if payload else ""),
              outlet="Vale Courier", date="2031-03-08")
    claims = [
        _claim("c1", a1, "at least 12", value=12, qualifier="at_least", source="Emergency services", as_of="2031-03-03",
               track="t-deaths", measure="people killed", location="Varnel"),
        _claim("c2", a2, "about 30", value=30, qualifier="about", source="the regional governor", as_of="2031-03-05",
               track="t-deaths", measure="people killed", location="Varnel"),
        _claim("c3", a3, "41", value=41, qualifier="exact", source="Officials", as_of=None,
               track="t-deaths", measure="people killed", location="Varnel"),
        _claim("c4", a2, "up to 500", value=500, qualifier="up_to", source="Rescuers", as_of="2031-03-05",
               track="t-homes", measure="homes flooded", location="Ostrava Vale"),
        _claim("c5", a3, "between 400 and 600", value=None, low=400, high=600, qualifier="range",
               source="The Red Cross", as_of="2031-03-08", track="t-homes", measure="homes flooded", location="Ostrava Vale"),
    ]
    if payload:
        claims.append(_claim("c6", a3, "At least 40", value=40, qualifier="at_least",
                             source='<script>alert("s")</script>', as_of="2031-03-08", track="t-deaths",
                             measure="people killed", location="Varnel"))
    q_start = t1.index("\u201c")
    quotes = [{
        "id": "q1", "article": a1["id"], "start": q_start + 1, "end": t1.index("\u201d"), "text": t1[q_start + 1:t1.index("\u201d")],
        "kind": "direct", "speaker": {"entity": "e-brand", "name": "Ilse Brand", "text": "Mayor Ilse Brand"}, "cue": "said",
        "date": "2031-03-03",
    }]
    if payload:
        ps = t3.index("<script>")
        quotes.append({"id": "q2", "article": a3["id"], "start": ps, "end": ps + 30, "text": t3[ps:ps + 30], "kind": "direct",
                       "speaker": {"entity": None, "name": "<img src=x onerror=alert(5)>", "text": "x"}, "cue": "said", "date": None})
    tracks = [
        {"id": "t-deaths", "measure": "people killed", "location": "Varnel", "claims": ["c1", "c2", "c3"] + (["c6"] if payload else []),
         "low": 12, "high": 41, "latest": "c3", "independent_sources": 3, "conflict": False, "trend": "rising"},
        {"id": "t-homes", "measure": "homes flooded", "location": "Ostrava Vale", "claims": ["c4", "c5"], "low": 400, "high": 600,
         "latest": "c5", "independent_sources": 2, "conflict": False, "trend": "stable"},
    ]
    entities = [
        {"id": "e-brand", "name": "Ilse Brand", "type": "PERSON", "aliases": ["Brand"], "roles": ["Mayor"],
         "mentions": [{"article": a1["id"], "start": t1.index("Ilse"), "end": t1.index("Ilse") + 10}]},
        {"id": "e-varnel", "name": "Varnel", "type": "GPE", "aliases": [], "roles": [],
         "mentions": [{"article": a1["id"], "start": t1.index("Varnel"), "end": t1.index("Varnel") + 6}],
         "place": {"country": "ZZ", "latitude": 48.1, "longitude": 17.2, "kind": "city", "geonameid": None}},
        {"id": "e-ostrava", "name": "Ostrava Vale", "type": "LOC", "aliases": [], "roles": [],
         "mentions": [{"article": a2["id"], "start": t2.index("Ostrava"), "end": t2.index("Ostrava") + 12}],
         "place": {"country": "ZZ", "latitude": 49.0, "longitude": 18.0, "kind": "region", "geonameid": None}},
    ]
    ev_s = t1.index("Flood")
    events = [{"id": "ev1", "date": "2031-03-03", "earliest": None, "latest": None, "summary": "Flood waters rise in Varnel",
               "evidence": [{"article": a1["id"], "start": ev_s, "end": t1.index(".") + 1, "sentence": t1[ev_s:t1.index(".") + 1]}]}]
    relations = [{"kind": "cites", "from": a3["id"], "to": a1["id"], "outlet": "Vale Courier", "score": 0.9},
                 {"kind": "cites", "from": a2["id"], "to": None, "outlet": "Radio Vale", "score": 1.0}]
    summary = [{"text": claims[2]["sentence"], "article": a3["id"], "start": claims[2]["sentence_start"], "end": claims[2]["sentence_end"]}]
    return {
        "schema_version": "1", "articles": [a1, a2, a3], "entities": entities, "quotes": quotes, "claims": claims,
        "tracks": tracks, "time_expressions": [], "events": events, "relations": relations, "rejections": [], "summary": summary,
    }


class _Collector(HTMLParser):
    """Collects tags, attributes and script bodies of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parse(page: str) -> _Collector:
    c = _Collector()
    c.feed(page)
    return c


def test_report_has_every_section_and_a_chart_per_track() -> None:
    from dossier.present.report import render_report

    page = render_report(fictional_dossier())
    for section in ("overview", "summary", "tracks", "timeline", "claims", "quotes", "entities", "relations", "map", "articles"):
        assert f'id="{section}"' in page
    assert page.count('<svg class="chart"') == 2
    # every claim is a clickable point linking to its sentence with the figure in focus
    links = re.findall(r'<a class="pt" href="([^"]+)" data-claim="([^"]+)"', page)
    assert {cid for _, cid in links} == {"c1", "c2", "c3", "c4", "c5"}
    d = fictional_dossier()
    c1 = d["claims"][0]
    span = "{sentence_start}-{sentence_end}:{start}-{end}".format(**c1)
    assert f'href="#art-aaa111:{span}"' in page
    # qualifiers drawn: arrow for at least / up to, bar with caps for the range, ~ for about
    assert page.count('class="arrow"') == 2
    assert page.count('class="cap"') == 2
    assert '<text class="approx"' in page
    # no network: no external resource at all
    tags = _parse(page).tags
    for tag, attrs in tags:
        for key in ("src",):
            assert key not in attrs, (tag, attrs)
        if tag == "link":
            pytest.fail(f"external link element {attrs}")
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_report_claim_dated_by_publication_when_no_as_of() -> None:
    from dossier.present.views import build_context

    ctx = build_context(fictional_dossier())
    row = next(r for r in ctx["claims"] if r["id"] == "c3")
    assert row["date_basis"] == "published" and row["date"] == "2031-03-08"
    assert ctx["overview"]["first"] == "2031-03-03" and ctx["overview"]["last"] == "2031-03-08"
    assert ctx["overview"]["outlets"] == ["North Wire", "Vale Courier"]
    assert [q["speaker"] for q in ctx["quotes_by_speaker"]] == ["Ilse Brand"]
    assert ctx["entities"][0]["roles"] == ["Mayor"] or any(e["roles"] == ["Mayor"] for e in ctx["entities"])
    assert len(ctx["places"]) == 2 and '<svg class="map"' in ctx["map"]
    assert '<svg class="graph"' in ctx["graph"] and "Radio Vale" in ctx["graph"]


def test_report_escapes_untrusted_text_everywhere() -> None:
    from dossier.present.report import render_report

    page = render_report(fictional_dossier(payload=True))
    parsed = _parse(page)
    # the only scripts are the JSON index and our own script; no injected elements or handlers
    assert len(parsed.scripts) == 2
    for tag, attrs in parsed.tags:
        for key, value in attrs.items():
            assert not key.startswith("on"), (tag, key, value)
            if key in ("href", "src", "action", "formaction"):
                assert value is not None and (value.startswith("#") or value.startswith("https://") or value.startswith("/")), value
        assert tag != "img"
    assert "javascript:" not in " ".join(str(v) for _, a in parsed.tags for v in a.values())
    # the payload is visible as text
    assert "&lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt;" in page
    # the embedded JSON cannot close its script element
    index = parsed.scripts[0]
    assert "</" not in index and "<" not in index
    assert json.loads(index)["art-ccc333"]["title"].endswith('<b onmouseover="alert(4)">x</b>')


def test_report_csp_allows_only_its_own_script() -> None:
    from dossier.present.report import render_report, script_hash, static_text

    page = render_report(fictional_dossier())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    assert "default-src 'none'" in csp.group(1)
    assert script_hash(static_text("report.js")) in csp.group(1)
    assert "unsafe-inline'; img" not in csp.group(1).split("script-src")[1][:20]


def test_report_renders_an_empty_dossier() -> None:
    from dossier.present.report import render_report

    page = render_report({"schema_version": "1"})
    assert "No claim tracks yet." in page and "No articles." in page


def test_report_of_partial_records_does_not_crash() -> None:
    from dossier.present.report import render_report

    d = fictional_dossier()
    d = copy.deepcopy(d)
    d["claims"].append({"id": "odd", "article": "missing", "value": "n/a", "source": "text not a dict", "as_of": "XXXX-11-03"})
    d["claims"].append({"id": "odd2", "article": "art-aaa111", "value": 5, "as_of": {"earliest": "2031-03", "latest": "2031-04"}})
    d["articles"].append({"id": "??weird id", "text": "x", "published": None})
    page = render_report(d)
    assert 'data-claim="odd"' in page  # in the claims table (no figure to plot)
    assert '<a class="pt" href="#art-aaa111' in page
    assert 'id="a-__weird_id"' in page  # an id made safe for HTML


def test_format_figure_words() -> None:
    from dossier.present.views import format_figure

    assert format_figure({"value": 3000, "qualifier": "about"}) == "about 3,000"
    assert format_figure({"value": None, "low": 11000, "high": 12000, "qualifier": "range"}) == "11,000–12,000"
    assert format_figure({"value": 8000, "qualifier": "up_to"}) == "up to 8,000"
    assert format_figure({"value": 2.5, "qualifier": "exact", "unit": "%"}) == "2.5%"


def test_safe_url_and_anchor() -> None:
    from dossier.present.views import anchor, dom_id, safe_url

    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url('https://x.org/"onmouseover=1') is None
    assert dom_id('art-1"><script>') == "art-1___script_"
    assert anchor("art-1", 5, 9, (6, 8)) == "#art-1:5-9:6-8"
    assert anchor("art-1", 5, 9, (1, 8)) == "#art-1:5-9"


@pytest.mark.shared
def test_report_of_the_seeds(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    from dossier.present.report import render_report
    from dossier.present.views import build_context

    d = dossier_to_dict(seed_dossier)
    ctx = build_context(d)
    assert ctx["overview"]["articles"] == 5
    page = render_report(d)
    assert page.count('<article class="art"') == 5
    # every article's text is in the page (escaped), so the article view can show it
    for art in d["articles"]:
        assert f'id="text-{art["id"]}"' in page
    # a chart per track of several figures; a track of one figure is a card, not an empty chart
    charted = [t for t in d["tracks"] if len(t["claims"]) > 1]
    assert page.count('<svg class="chart"') == len(charted)
    assert page.count('<div class="gcard solo">') == len(d["tracks"]) - len(charted)
    claims = {c["id"]: c for c in d["claims"]}
    drawable = {cid for t in charted for cid in t["claims"]
                if claims[cid].get("value") is not None or claims[cid].get("low") is not None}
    points = set(re.findall(r'<a class="pt" href="[^"]+" data-claim="([^"]+)"', page))
    assert points == drawable
    # every point links to its claim's sentence in its article
    for cid in drawable:
        c = claims[cid]
        art = next(a for a in d["articles"] if a["id"] == c["article"])
        target = r'#([^":]+):(\d+)-(\d+)(?::\d+-\d+)?'  # article id, sentence span, optional figure span
        m = re.search(r'<a class="pt" href="' + target + r'" data-claim="' + re.escape(cid) + '"', page)
        assert m is not None and m.group(1) == art["id"]
        assert " ".join(art["text"][int(m.group(2)):int(m.group(3))].split()) == " ".join(c["sentence"].split())


def test_records_with_wrong_field_types_never_break_the_views(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A hand-edited or foreign dossier.json: each field in turn gets a value of the wrong type."""
    from dossier.present.ask import answer_question
    from dossier.present.export import export_csv, export_markdown
    from dossier.present.report import render_report
    from dossier.present.server import search_dossier

    base = fictional_dossier(payload=True)
    weird: list[Any] = [None, 7, ["y"], {"a": 1}]
    for table in ("articles", "claims", "tracks", "quotes", "entities", "events", "relations", "summary"):
        fields = sorted(set().union(*[r.keys() for r in base[table]]))
        for f in fields:
            for w in weird:
                d = copy.deepcopy(base)
                for r in d[table]:
                    r[f] = w
                render_report(d)
                export_markdown(d)
                export_csv(d, tmp_path)
                answer_question("How many people died in Varnel?", d)
                search_dossier(d, "Varnel")
    # not a list, not records
    render_report({"articles": "nope", "claims": [1, "x", None], "tracks": {"a": 1}})


def test_report_of_the_example_corpus(example_dossier) -> None:  # type: ignore[no-untyped-def]
    """The bundled fictional corpus (examples/), through the real pipeline: every section filled."""
    from dossier.present.report import render_report
    from dossier.present.views import build_context

    d = dossier_to_dict(example_dossier)
    ctx = build_context(d)
    assert ctx["overview"]["articles"] == len(d["articles"]) > 0
    assert len(ctx["tracks"]) == len(d["tracks"])
    # each thing a speaker said is shown once; repeats in other articles are listed beside it
    shown = sum(len(g["quotes"]) for g in ctx["quotes_by_speaker"])
    folded = sum(len(q["also"]) for g in ctx["quotes_by_speaker"] for q in g["quotes"])
    assert 0 < shown and shown + folded <= len(d["quotes"])
    assert len(ctx["events"]) == len(d["events"])
    page = render_report(d)
    assert page.count('<article class="art"') == len(d["articles"])
    assert page.count('<svg class="chart"') == len([t for t in d["tracks"] if len(t["claims"]) > 1])
    assert page.count("<tr data-claim=") == len(d["claims"])


def test_sources_in_one_chart_never_share_a_colour() -> None:
    from dossier.present.views import PALETTE, Colours

    many = Colours([f"source {i}" for i in range(len(PALETTE) + 5)])
    # the palette wraps: some other source has the colour of "source 0"
    twin = next(f"source {i}" for i in range(1, len(PALETTE) + 5) if many(f"source {i}") == many("source 0"))
    other = next(f"source {i}" for i in range(1, len(PALETTE) + 5) if many(f"source {i}") != many("source 0"))
    names = ["source 0", twin, other]
    chart = many.for_chart(names)
    assert len({chart(n) for n in names}) == 3
    assert chart("source 0") == many("source 0")  # the most frequent source keeps its colour


def test_glance_cards_tell_disagreement_evolution_and_forecasts_apart() -> None:
    """Fictional: parties colour the figures, the conflicting pair and the sentence that says the
    figures disagree are told in words (escaped), forecasts stay out of the counts, a one-figure
    track is a card, and every number on a card links to its sentence."""
    from dossier.present.report import render_report
    from dossier.present.views import build_context

    d = fictional_dossier(payload=True)
    a3 = d["articles"][2]
    forecast = _claim("c7", a3, "Officials now say", value=90, qualifier="up_to", source="Officials", as_of="2031-03-08",
                      track="t-deaths", measure="people killed", location="Varnel")
    forecast["modality"] = "projected"
    d["claims"].append(forecast)
    deaths = d["tracks"][0]
    deaths["claims"].append("c7")
    deaths["conflict"] = True
    deaths["conflicts"] = [["c2", "c3"]]
    deaths["parties"] = [["c1", "Varnel city"], ["c2", "Varnia"], ["c3", "Varnia"], ["c6", "Varnia"], ["c7", "Varnia"]]
    c3 = next(c for c in d["claims"] if c["id"] == "c3")
    deaths["disputes"] = [{"article": c3["article"], "start": c3["sentence_start"], "end": c3["sentence_end"],
                           "sentence": c3["sentence"] + ' <img src=x onerror="alert(9)">'}]
    d["tracks"].append({"id": "t-one", "measure": "bridges closed", "location": "Varnel", "claims": ["c4"],
                        "low": 500, "high": 500, "latest": "c4", "independent_sources": 1, "conflict": False})
    ctx = build_context(d)
    (story,) = ctx["glance"]
    cards = {c["id"]: c for c in story["cards"] + story["more"]}
    card = cards["t-deaths"]
    assert [p["name"] for p in card["parties"]] == ["Varnia", "Varnel city"]
    assert "Emergency services" not in [p["name"] for p in card["parties"]]
    assert "Varnia says" in str(card["disagree"]) and "c2" in str(card["disagree"]) and "c3" in str(card["disagree"])
    assert [f for f in card["forecasts"] if "c7" in str(f)] and "c7" not in str(card["headline"])
    assert "c7" not in str(card["evolution"]) and "rose from" in str(card["evolution"])
    assert cards["t-one"]["single"]
    page = render_report(d)
    assert 'onerror="alert(9)"' not in page and "&lt;img src=x onerror=" in page
    assert page.count('<svg class="chart"') == 2 and page.count('<div class="gcard solo">') == 1
    # every number on a card links to a sentence of its article
    for href, cid in re.findall(r'<a class="fig" href="(#[^"]+)" data-claim="([^"]+)"', page):
        claim = next(c for c in d["claims"] if c["id"] == cid)
        assert href.startswith(f"#{claim['article']}:")
    # the same colour for a party in the chart and on the card
    dots = re.findall(r'data-party="Varnia"[^>]*>.*?<circle class="dot"[^>]*stroke="(#[0-9A-Fa-f]{6})"', page, re.S)
    assert dots and len(set(dots)) == 1 and set(dots) == {p["colour"] for p in card["parties"] if p["name"] == "Varnia"}


def test_figures_in_a_unit_read_with_it() -> None:
    from dossier.present.views import format_figure

    assert format_figure({"value": 88.4, "qualifier": "exact", "unit": "percentage"}) == "88.4%"
    assert format_figure({"value": 3.5, "qualifier": "over", "unit": "%"}) == "more than 3.5%"
    assert format_figure({"value": 700e9, "qualifier": "exact", "unit": "dollar"}) == "700,000,000,000 dollar"
    assert format_figure({"value": 3000, "qualifier": "about", "unit": None}) == "about 3,000"


def test_a_story_row_shows_counts_of_people_before_sizes_and_things() -> None:
    from dossier.present.stories import story_index

    d = {
        "stories": [{"id": "s1", "title": "Quake in Velmaria", "articles": ["a1"], "tracks": ["t-mag", "t-dead"]}],
        "tracks": [
            {"id": "t-mag", "measure": "magnitude", "claims": ["c1", "c2", "c3"], "low": 6.8, "high": 7.0,
             "independent_sources": 3},
            {"id": "t-dead", "measure": "people killed", "claims": ["c4"], "low": 120, "high": 120,
             "independent_sources": 1},
        ],
        "claims": [
            {"id": "c1", "value": 6.8, "measure_key": "|magnitude"},
            {"id": "c2", "value": 7.0, "measure_key": "|magnitude"},
            {"id": "c3", "value": 7.0, "measure_key": "|magnitude"},
            {"id": "c4", "value": 120, "measure_key": "|killed"},
        ],
    }
    figures = story_index(d)[0]["figures"]
    assert [f["measure"] for f in figures] == ["people killed", "magnitude"]
