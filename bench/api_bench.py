"""API throughput under load on loopback: wrk (Debian `apt-get install wrk`) or a bounded Python loop.

    python bench/api_bench.py [--articles 5000] [--seconds 10] [--connections 32] [--threads 2]

Builds a temp SQLite store of generated Persian articles (hand-built Documents with entities and
events, no pipeline, so the numbers are the API's and the store's), starts `rasad serve` in its
own process on a free port, loads each endpoint for --seconds and prints a Markdown table
(requests/s, latency p50/p99, errors). Any non-2xx response or socket error counts as an error;
the run exits 1 if there is one. Results: docs/api.md.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ACTORS = [("ایران", "IRNGOV"), ("روسیه", "RUSGOV"), ("اوکراین", "UKRGOV"), ("عمان", "OMNGOV"),
          ("آمریکا", "USAGOV"), ("چین", "CHNGOV"), ("سازمان ملل", "IGOUNO"), ("ارتش روسیه", "RUSMIL")]
VERBS = [("دیدار کرد", "042"), ("انتقاد کرد", "111"), ("را تهدید کرد", "138"), ("کمک فرستاد", "070"),
         ("مذاکرات را ادامه داد", "046"), ("را محکوم کرد", "122"), ("حمله کرد", "190")]
WORDS = "مذاکرات هسته‌ای تحریم اقتصاد انرژی امنیت منطقه نفت گاز مرز سفر نشست بیانیه همکاری".split()
#: filler vocabulary (skewed towards the first words below) so a query matches some articles, not all of them
FILLER = [a + b for a in "بر در هم پر سر کم نو دل گل جا".split() for b in "ان ار ست ند یم گاه کار ور ش اد".split()] * 3
FILLER = [w + suffix for w, suffix in zip(FILLER, ["", "ها", "ی"] * 100)]


def make_docs(n: int, seed: int = 7):
    from rasad.document import Document, Entity, Event, Source
    rng = random.Random(seed)
    agencies = ["irna", "isna", "tasnim", "mehr", "fars", "bbcpersian"]
    for i in range(n):
        (s_name, s_code), (t_name, t_code) = rng.sample(ACTORS, 2)
        verb, cameo = rng.choice(VERBS)
        title = f"{s_name} و {t_name}: {' '.join(rng.sample(WORDS, 4))} ({i})"
        sentence = f"{s_name} با {t_name} {verb}"
        filler = [FILLER[int(len(FILLER) * rng.random() ** 2.5)] for _ in range(60)]
        body = f"به گزارش خبرگزاری، {sentence} و درباره {' و '.join(rng.sample(WORDS, 2))} گفت‌وگو شد. " + " ".join(filler) + "."
        text = f"{title}\n\n{body}"
        doc = Document(raw=text.encode(), source=Source(kind="text"))
        doc.title, doc.lead, doc.body, doc.text = title, body, [body], text
        doc.agency = rng.choice(agencies)
        doc.published = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
        start = text.index(sentence, len(title))
        doc.entities = [Entity(s_name, "GPE", None, s_code, start, start + len(s_name))]
        doc.events = [Event(s_code, s_name, t_code, t_name, cameo, cameo[:2], None, False, sentence,
                            start, start + len(sentence))]
        yield doc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=2).read()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def run_wrk(url: str, seconds: int, conns: int, threads: int) -> dict:
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(conns), "-d", f"{seconds}s", "--timeout", "30s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    def lat(label):
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        scale = {"us": 0.001, "ms": 1, "s": 1000}
        return float(m.group(1)) * scale[m.group(2)] if m else float("nan")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    sock = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out)) if "Socket errors" in out else 0
    return {"rps": rps, "p50": lat("50"), "p99": lat("99"), "requests": total, "errors": non2xx + sock}


def run_python(url: str, seconds: int, conns: int) -> dict:
    """Fallback load loop: `conns` keep-alive clients in threads (the GIL makes it a lower bound)."""
    import http.client
    from urllib.parse import urlsplit
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    lats: list[float] = []
    errors = [0]
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    def client():
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine = []
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                r.read()
                ok = 200 <= r.status < 300
            except OSError:
                ok = False
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            mine.append((time.perf_counter() - t0) * 1000)
            if not ok:
                with lock:
                    errors[0] += 1
        with lock:
            lats.extend(mine)
    threads = [threading.Thread(target=client) for _ in range(conns)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lats.sort()
    q = lambda p: lats[min(len(lats) - 1, int(p * len(lats)))] if lats else float("nan")
    return {"rps": len(lats) / (time.monotonic() - t0), "p50": q(0.5), "p99": q(0.99), "requests": len(lats), "errors": errors[0]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--workers", type=int, default=1, help="rasad serve --workers")
    ap.add_argument("--python-load", action="store_true", help="use the Python loop even when wrk is installed")
    args = ap.parse_args()

    from rasad.store import open_store
    tmp = Path(tempfile.mkdtemp(prefix="rasad-api-bench-"))
    db = f"sqlite:///{tmp}/bench.db"
    t0 = time.perf_counter()
    store = open_store(db)
    store.ingest(make_docs(args.articles), batch_size=500)
    some_id = store.list_articles(limit=1)[1][0]["id"]
    store.close()
    print(f"built {args.articles} articles in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "rasad.cli", "serve", "--db", db, "--port", str(port),
                               "--workers", str(args.workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "RASAD_API_TOKEN": ""})
    use_wrk = shutil.which("wrk") is not None and not args.python_load
    endpoints = [
        ("/api/stats", "/api/stats"),
        ("/api/articles?limit=20", "/api/articles?limit=20"),
        ("/api/articles?agency=irna&actor=RUS", "/api/articles?agency=irna&actor=RUS"),
        ("/api/articles/{id}", f"/api/articles/{some_id}"),
        ("/api/search?q=مذاکرات هسته‌ای", "/api/search?q=" + quote("مذاکرات هسته‌ای")),
        ("/api/events?actor=IRN", "/api/events?actor=IRN"),
        ("/api/events/aggregate?by=week", "/api/events/aggregate?by=week"),
        ("/api/events/aggregate?by=pair", "/api/events/aggregate?by=pair"),
        ("/api/actors/RUSGOV", "/api/actors/RUSGOV"),
        ("/ (UI search page)", "/?q=" + quote("تحریم")),
        ("/articles/{id} (UI)", f"/articles/{some_id}"),
    ]
    rows, failed = [], 0
    try:
        wait_up(base)
        for label, path in endpoints:
            urllib.request.urlopen(base + path, timeout=30).read()  # warm
            r = (run_wrk(base + path, args.seconds, args.connections, args.threads) if use_wrk
                 else run_python(base + path, args.seconds, args.connections))
            failed += r["errors"]
            rows.append((label, r))
            print(f"{label}: {r['rps']:.0f} req/s", file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    tool = (f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s --timeout 30s --latency" if use_wrk
            else f"python load loop, {args.connections} clients, {args.seconds}s")
    print(f"\n{args.articles} articles, SQLite, {args.workers} uvicorn process(es); load: {tool}; {os.cpu_count()} CPUs\n")
    print("| endpoint | requests/s | p50 ms | p99 ms | requests | errors |\n|---|---:|---:|---:|---:|---:|")
    for label, r in rows:
        print(f"| `{label}` | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['requests']} | {r['errors']} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
