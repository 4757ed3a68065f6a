"""The web app under bad dossiers, long URLs and concurrent cold requests.

A damaged or foreign dossier.json is a 503 with a message (never a traceback); a URL over
``MAX_URL`` is a 414; every response carries a Content-Security-Policy header; concurrent
first requests share one load of the dossier. Speed under load is measured in
``bench/bench_server_load.py``, not here.
"""

from __future__ import annotations

import json
import threading
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from dossier.present.server import MAX_URL, _DossierFile, make_app
from dossier.store import write_outputs
from dossier.model import Dossier
from tests.test_report import fictional_dossier


def _out(tmp: Path, content: str) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "dossier.json").write_text(content, encoding="utf-8")
    return tmp


@pytest.mark.parametrize("content", ["[]", "null", "12", "[" * 20_000 + "]" * 20_000, '{"schema_version": "0"}', "{oops"])
@pytest.mark.parametrize("path", ["/", "/api/ask?q=How+many+homes", "/api/claims", "/search?q=x", "/ask?q=How+many"])
def test_damaged_dossier_is_503_with_a_message(tmp_path: Path, content: str, path: str) -> None:
    client = TestClient(make_app(_out(tmp_path / "out", content)), raise_server_exceptions=False)
    r = client.get(path)
    assert r.status_code == 503
    body = r.json()
    assert "dossier build" in body["error"] and "Traceback" not in r.text


def test_missing_dossier_is_503(tmp_path: Path) -> None:
    client = TestClient(make_app(tmp_path / "nothing"), raise_server_exceptions=False)
    r = client.get("/api/tracks")
    assert r.status_code == 503 and "No dossier" in r.json()["error"]


def test_csp_is_an_http_header_on_every_response(tmp_path: Path) -> None:
    client = TestClient(make_app(_out(tmp_path / "out", json.dumps(fictional_dossier(payload=True)))))
    for path in ("/", "/search?q=homes", "/ask?q=How+many+homes", "/docs", "/api/claims", "/openapi.json"):
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp, path
    page = client.get("/")
    meta = page.text.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
    assert page.headers["content-security-policy"].startswith(meta.strip().rstrip(";"))


def test_oversized_url_is_414(tmp_path: Path) -> None:
    client = TestClient(make_app(_out(tmp_path / "out", json.dumps(fictional_dossier(payload=True)))))
    r = client.get("/api/search?q=" + "a" * (MAX_URL + 10))
    assert r.status_code == 414 and str(MAX_URL) in r.json()["error"]
    assert client.get("/api/search?q=" + "a" * 1000).status_code == 200


def test_concurrent_cold_requests_share_one_load(tmp_path: Path) -> None:
    out = write_outputs(Dossier(), tmp_path / "out")
    source = _DossierFile(out)
    got: list[object] = []
    barrier = threading.Barrier(20)

    def first_request() -> None:
        barrier.wait()
        got.append(source.get())

    threads = [threading.Thread(target=first_request) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 20 and all(g is got[0] for g in got)  # one object: built once, not once per thread


def test_rebuild_is_picked_up(tmp_path: Path) -> None:
    out = write_outputs(Dossier(), tmp_path / "out")
    client = TestClient(make_app(out))
    assert client.get("/api/articles").json()["total"] == 0
    body = fictional_dossier(payload=True)
    n = len(body["articles"])
    import dossier.model as m

    # a rebuild swaps a new generation in behind OUT/dossier.json; the app follows the link
    arts = tuple(m.Article(id=a["id"], source=a["source"], text=a["text"]) for a in body["articles"])
    write_outputs(Dossier(articles=arts), out)
    assert client.get("/api/articles").json()["total"] == n
