"""Tests of the web app (server.py): pages, JSON API, filters, search, OpenAPI, read-only."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # Starlette 1.x prefers the httpx2 package for its test client; httpx (installed) still works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from dossier.model import dossier_to_dict
from dossier.present.server import make_app, openapi_spec, search_dossier
from tests.test_report import fictional_dossier


def _write(tmp: Path, d: dict[str, Any]) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "dossier.json").write_text(json.dumps(d), encoding="utf-8")
    return tmp


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    return TestClient(make_app(_write(tmp_path / "out", fictional_dossier(payload=True))))


def test_report_page_is_served_live_with_filters(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.text.count('<svg class="chart"') == 2
    assert 'action="/search"' in r.text
    assert r.headers["x-content-type-options"] == "nosniff"
    only = client.get("/", params={"track": "t-homes"})
    assert only.text.count('<svg class="chart"') == 1
    assert 'data-claim="c1"' not in only.text and 'data-claim="c4"' in only.text
    since = client.get("/", params={"since": "2031-03-06"})
    assert 'data-claim="c1"' not in since.text and 'data-claim="c5"' in since.text
    assert client.get("/", params={"since": "yesterday"}).status_code == 400


def test_api_claims_filters(client: TestClient) -> None:
    all_ = client.get("/api/claims").json()
    assert all_["total"] == 6
    assert {c["id"] for c in client.get("/api/claims", params={"track": "t-homes"}).json()["items"]} == {"c4", "c5"}
    assert {c["id"] for c in client.get("/api/claims", params={"source": "red cross"}).json()["items"]} == {"c5"}
    assert {c["id"] for c in client.get("/api/claims", params={"outlet": "north wire"}).json()["items"]} == {"c2", "c4"}
    # c3 has no as-of date: it is dated by its article (2031-03-08)
    got = client.get("/api/claims", params={"since": "2031-03-06", "until": "2031-03-31"}).json()["items"]
    assert {c["id"] for c in got} == {"c3", "c5", "c6"}
    page = client.get("/api/claims", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 6 and len(page["items"]) == 2
    r = client.get("/api/claims", params={"limit": "lots"})
    assert r.status_code == 400 and "limit" in r.json()["error"]


def test_api_quotes_tracks_events_articles(client: TestClient) -> None:
    q = client.get("/api/quotes", params={"speaker": "brand"}).json()
    assert [x["id"] for x in q["items"]] == ["q1"]
    assert client.get("/api/quotes", params={"q": "never seen"}).json()["total"] == 1
    assert {t["id"] for t in client.get("/api/tracks").json()["items"]} == {"t-deaths", "t-homes"}
    assert client.get("/api/events", params={"until": "2031-03-02"}).json()["total"] == 0
    assert client.get("/api/events").json()["total"] == 1
    arts = client.get("/api/articles").json()["items"]
    assert len(arts) == 3 and "text" not in arts[0]
    assert "text" in client.get("/api/articles", params={"text": 1}).json()["items"][0]
    assert len(client.get("/api/articles", params={"outlet": "vale courier"}).json()["items"]) == 2
    one = client.get("/api/articles/art-bbb222").json()
    assert one["title"] == "Death toll rises in Varnel"
    assert client.get("/api/articles/nope").status_code == 404


def test_search_finds_words_and_phrases_with_offsets(client: TestClient) -> None:
    d = fictional_dossier(payload=True)
    hits = client.get("/api/search", params={"q": "homes were flooded"}).json()["items"]
    arts = {a["id"]: a for a in d["articles"]}
    assert {h["article"] for h in hits if h["kind"] == "article"} == {"art-bbb222", "art-ccc333"}
    for h in hits:
        if h["kind"] == "article":
            assert arts[h["article"]]["text"][h["start"]:h["end"]].lower() == "homes were flooded"
    # every word, anywhere in the article
    assert {h["article"] for h in search_dossier(d, "Rescuers Ostrava") if h["kind"] == "article"} == {"art-bbb222"}
    # quotes are searched too
    assert any(h["kind"] == "quote" for h in search_dossier(d, "never seen water"))
    assert client.get("/api/search").status_code == 400
    page = client.get("/search", params={"q": "<script>"})
    assert page.status_code == 200 and "<script>alert" not in page.text and "&lt;script&gt;" in page.text
    assert 'href="/#art-ccc333:' in page.text


def test_ask_endpoint(client: TestClient) -> None:
    body = client.get("/api/ask", params={"q": "How many people died in Varnel?"}).json()
    assert body["found"] is True
    assert [f["figure"] for f in body["tracks"][0]["figures"]][:2] == ["at least 12", "about 30"]
    assert {f["figure"] for f in body["tracks"][0]["figures"]} == {"at least 12", "about 30", "41", "at least 40"}
    assert "Emergency services" in body["formatted"]
    assert client.get("/api/ask").status_code == 400


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec == openapi_spec()
    for path in ("/api/articles", "/api/claims", "/api/quotes", "/api/tracks", "/api/events", "/api/search", "/api/ask"):
        assert path in spec["paths"]
    claims_params = {p["name"] for p in spec["paths"]["/api/claims"]["get"]["parameters"]}
    assert {"source", "track", "outlet", "since", "until"} <= claims_params
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/claims" in docs.text and "<script" not in docs.text


def test_read_only(client: TestClient) -> None:
    assert client.post("/api/claims").status_code == 405
    assert client.delete("/api/articles/art-aaa111").status_code == 405


def test_missing_dossier_is_a_clear_error(tmp_path: Path) -> None:
    c = TestClient(make_app(tmp_path))
    r = c.get("/api/claims")
    assert r.status_code == 503 and "dossier build" in r.json()["error"]


def test_reloads_after_a_rebuild(tmp_path: Path) -> None:
    out = _write(tmp_path / "out", fictional_dossier())
    c = TestClient(make_app(out))
    assert c.get("/api/claims").json()["total"] == 5
    d = fictional_dossier(payload=True)
    (out / "dossier.json").write_text(json.dumps(d) + "\n", encoding="utf-8")
    assert c.get("/api/claims").json()["total"] == 6


@pytest.mark.shared
def test_server_over_the_seed_store(seed_dossier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dossier.present.report import render_report
    from dossier.store import write_outputs

    out = write_outputs(seed_dossier, tmp_path / "seeds", render_report=render_report)
    c = TestClient(make_app(out))
    assert c.get("/").status_code == 200
    d = dossier_to_dict(seed_dossier)
    assert c.get("/api/articles").json()["total"] == len(d["articles"]) == 5
    assert c.get("/api/claims").json()["total"] == len(d["claims"])
    hits = c.get("/api/search", params={"q": "Kursk"}).json()["items"]
    assert hits and all(h["article"] for h in hits)


def test_ask_page(client: TestClient) -> None:
    r = client.get("/ask", params={"q": "How many people died in Varnel?"})
    assert r.status_code == 200 and r.text.count('<tr class="figure">') == 4
    assert 'href="/#art-aaa111:' in r.text and "Emergency services" in r.text
    none = client.get("/ask", params={"q": "How many cranes fell in Lima?"})
    assert 'id="answer-none"' in none.text and "people killed in Varnel" in none.text
    # the payload source name is shown as text
    assert "&lt;script&gt;alert(&#34;s&#34;)&lt;/script&gt;" in r.text and "<script>" not in r.text
