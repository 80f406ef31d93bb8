"""`rasad ingest`, `rasad search`, `rasad export` end to end, and a real kill -9 in the middle of an ingest."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from rasad.store import open_store
from test_store_fixtures import pg_url, store_url, write_pages  # noqa: F401

def rasad(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("RASAD_DB", None)
    if env_db:
        env["RASAD_DB"] = env_db
    return subprocess.run([sys.executable, "-m", "rasad.cli", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_ingest_search_and_rerun(store_url, tmp_path):
    pages = tmp_path / "pages"
    write_pages(pages, 3)
    (pages / "empty.txt").write_bytes(b"")
    out = rasad("ingest", str(pages), "--db", store_url)
    assert out.returncode == 3, out.stderr            # one page rejected
    assert "pages 4, stored 3, duplicates 0, rejected 1" in out.stderr
    assert "rejected empty_input: 1" in out.stderr
    assert out.stdout == ""
    (pages / "empty.txt").unlink()
    again = rasad("ingest", str(pages), env_db=store_url)   # --db from $RASAD_DB
    assert again.returncode == 0, again.stderr
    assert "pages 3, stored 0, duplicates 3, rejected 0" in again.stderr
    found = rasad("search", "سرویس های امنیتی", "--db", store_url, "--limit", "2")
    assert found.returncode == 0, found.stderr
    assert "3 articles" in found.stdout and "title" in found.stdout and "snippet" in found.stdout
    none = rasad("search", 'NEAR( "', "--db", store_url)
    assert none.returncode == 0 and "0 articles" in none.stdout


def test_usage_errors_exit_2(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert rasad("search", "x", "--db", db, "--from", "yesterday").returncode == 2
    assert rasad("search", "x", "--db", "mysql://u@h/d").returncode == 2
    assert rasad("search", "x", "--db", f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}").returncode == 2
    assert rasad("export", "--format", "xml", "-o", str(tmp_path / "o"), "--db", db).returncode == 2
    assert rasad("ingest", str(tmp_path / "missing"), "--db", db).returncode == 3  # an unreadable input


def _count(url: str) -> int:
    with open_store(url) as s:
        return s.stats()["articles"]


@pytest.mark.slow
def test_kill_9_mid_ingest_loses_nothing_and_doubles_nothing(store_url, tmp_path):
    n = 800
    pages = tmp_path / "pages"
    write_pages(pages, n)
    env = {k: v for k, v in os.environ.items() if k != "RASAD_DB"}
    proc = subprocess.Popen([sys.executable, "-m", "rasad.cli", "ingest", str(pages), "--db", store_url,
                             "--batch-size", "7", "--no-progress"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    before = 0
    while time.monotonic() < deadline and proc.poll() is None:
        before = _count(store_url)
        if before >= 20:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with open_store(store_url) as s, s.engine.connect() as conn:
        committed = set(conn.execute(text("SELECT id FROM articles")).scalars())
        indexed = conn.execute(text("SELECT count(*) FROM search_index")).scalar_one()
        # nothing half-stored: every article has its index row and exactly its recorded children
        assert indexed == len(committed)
        mismatched = conn.execute(text(
            "SELECT count(*) FROM articles a WHERE a.n_events != (SELECT count(*) FROM events e WHERE e.article_id = a.id) "
            "OR a.n_entities != (SELECT count(*) FROM entities n WHERE n.article_id = a.id)")).scalar_one()
        assert mismatched == 0
    assert 20 <= len(committed) < n and len(committed) % 7 == 0  # whole batches only
    rerun = rasad("ingest", str(pages), "--db", store_url, "--no-progress")
    assert rerun.returncode == 0, rerun.stderr
    assert f"pages {n}, stored {n - len(committed)}, duplicates {len(committed)}" in rerun.stderr
    with open_store(store_url) as s, s.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM articles")).scalars())
        assert len(ids) == len(set(ids)) == n and committed <= set(ids)
        assert conn.execute(text("SELECT count(*) FROM search_index")).scalar_one() == n
        assert s.search("نشست ژنو")[0] == n
