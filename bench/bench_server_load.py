"""Load on `dossier serve`: 50 concurrent cold requests, then 50 concurrent clients warm.

Starts the real server (``python -m dossier serve``) on a free loopback port over a built
dossier (``--dossier OUT``; default: the seeds, built into a temporary folder, else the
bundled examples), then:

1. cold: 50 clients send their first ``/api/ask`` at the same moment (the server has loaded
   nothing yet): latency p50/p95/max and the server's memory (RSS) before and after;
2. warm: 50 clients each send ``--rounds`` requests (``/api/ask`` with a few questions,
   ``/api/claims``, ``/api/search``): requests per second and latency p50/p95;
3. one oversized URL (1 MB): the status code (414 expected).

Loopback only, bounded loops. Run: PYTHONPATH=src python bench/bench_server_load.py
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["How many people died in Ukraine?", "How many troops are in Russia?", "How many homes were damaged in France?",
             "How many people were evacuated?", "How many were wounded?"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    r.read()
    return r.status, time.perf_counter() - t0


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def _dossier(arg: str | None, tmp: Path) -> Path:
    if arg:
        return Path(arg)
    seeds = ROOT.parent / "shared" / "seeds"
    src = seeds if seeds.is_dir() else ROOT / "examples"
    out = tmp / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "dossier", "build", str(src), "--out", str(out), "--quiet"], check=True, env=env)
    return out


def main() -> None:
    """Start the server, run the cold and warm rounds and print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", default=None, help="A built dossier folder (default: build the seeds).")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=20, help="Requests per client in the warm phase.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = _dossier(args.dossier, Path(tmp))
        port = _free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        server = subprocess.Popen([sys.executable, "-m", "dossier", "serve", str(out), "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL)  # fmt: skip
        try:
            for _ in range(600):
                try:
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                    _get(c, "/openapi.json")  # loads no dossier: the server stays cold
                    c.close()
                    break
                except OSError:
                    time.sleep(0.1)
            rss0 = _rss_mb(server.pid)
            # 1. cold
            barrier = threading.Barrier(args.clients)
            cold: list[float] = []
            statuses: list[int] = []

            def cold_client(i: int) -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
                barrier.wait()
                st, secs = _get(conn, "/api/ask?q=" + quote(QUESTIONS[i % len(QUESTIONS)]))
                cold.append(secs)
                statuses.append(st)
                conn.close()

            threads = [threading.Thread(target=cold_client, args=(i,)) for i in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            rss1 = _rss_mb(server.pid)
            # 2. warm
            warm: list[float] = []
            barrier = threading.Barrier(args.clients)
            paths = ["/api/ask?q=" + quote(q) for q in QUESTIONS] + ["/api/claims?limit=50", "/api/search?q=said"]

            def warm_client(i: int) -> None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
                barrier.wait()
                for k in range(args.rounds):
                    st, secs = _get(conn, paths[(i + k) % len(paths)])
                    warm.append(secs)
                    statuses.append(st)
                conn.close()

            threads = [threading.Thread(target=warm_client, args=(i,)) for i in range(args.clients)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
            rss2 = _rss_mb(server.pid)
            # 3. an oversized URL
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            try:
                big, _ = _get(conn, "/api/search?q=" + "a" * 1_000_000)
            except OSError as exc:
                big = -1
                print(f"oversized URL: connection error {exc}")
            conn.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    bad = [s for s in statuses if s != 200]
    print(f"dossier: {out}  clients: {args.clients}")
    print(f"cold  first /api/ask x{len(cold)}: p50 {statistics.median(cold):.3f} s  p95 {_pct(cold, 95):.3f} s  "
          f"max {max(cold):.3f} s")  # fmt: skip
    print(f"memory (RSS): idle {rss0:.0f} MB -> after cold {rss1:.0f} MB -> after warm {rss2:.0f} MB")
    print(f"warm  {len(warm)} requests in {wall:.2f} s: {len(warm) / wall:.0f} req/s  p50 {statistics.median(warm) * 1000:.0f} ms  "
          f"p95 {_pct(warm, 95) * 1000:.0f} ms")  # fmt: skip
    print(f"oversized URL (1 MB): HTTP {big}")
    print(f"non-200 answers: {len(bad)}")


if __name__ == "__main__":
    main()
