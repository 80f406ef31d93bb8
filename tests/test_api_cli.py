"""`rasad demo` and `rasad serve` as a user runs them: exit codes, idempotent demo, a live server."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

RASAD = [sys.executable, "-m", "rasad.cli"]


def run(*args, env=None):
    return subprocess.run([*RASAD, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_demo_ingests_samples_idempotently(tmp_path):
    db = f"sqlite:///{tmp_path}/demo.db"
    first = run("demo", "--db", db, "--no-serve", "--port", "8123")
    assert first.returncode == 0, first.stderr
    assert "http://127.0.0.1:8123/" in first.stdout
    second = run("demo", "--no-serve", env={"RASAD_DB": db})
    assert second.returncode == 0, second.stderr
    assert "stored 0" in second.stderr
    from rasad.store import open_store
    store = open_store(db)
    try:
        n = store.stats()["articles"]
    finally:
        store.close()
    from rasad.api.cli import _is_page, samples_folder
    with samples_folder() as folder:
        shipped = [p for p in folder.rglob("*") if p.is_file() and _is_page(p)] if folder else []
    assert 0 < n <= len(shipped)


def test_bad_database_url_is_a_usage_error(tmp_path):
    out = run("serve", "--db", "mysql://nowhere/x")
    assert out.returncode == 2 and "unsupported database" in out.stderr and out.stdout == ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_api_and_ui(tmp_path):
    db = f"sqlite:///{tmp_path}/serve.db"
    port = _free_port()
    proc = subprocess.Popen([*RASAD, "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "RASAD_API_TOKEN": ""})
    try:
        body = None
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as r:
                    body = json.loads(r.read())
                    break
            except OSError:
                time.sleep(0.05)
        assert body is not None and body["articles"] == 0
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            assert '<html dir="rtl" lang="fa">' in r.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
