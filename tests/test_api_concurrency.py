"""The app under concurrent requests on a real socket: FastAPI's thread pool shares one store."""
from __future__ import annotations

import http.client
import socket
import threading
import time
from urllib.parse import quote

import pytest

from test_api_fixtures import fill_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn
    from rasad.api import create_app
    url = f"sqlite:///{tmp_path_factory.mktemp('conc')}/conc.db"
    ids = [d.id for d in fill_store(url)]
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(url, token=""), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield port, ids
    srv.should_exit = True
    thread.join(timeout=10)


def test_parallel_clients_get_no_errors(server):
    port, ids = server
    paths = ["/api/stats", "/api/articles?limit=2", f"/api/articles/{ids[0]}", "/api/search?q=" + quote("مسقط"),
             "/api/events?actor=RUS", "/api/events/aggregate?by=pair", "/api/actors/RUSGOV", "/",
             f"/articles/{ids[1]}", "/events"]
    failures: list[str] = []
    bodies: dict[str, set[int]] = {}
    lock = threading.Lock()

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for i in range(30):
            path = paths[(n + i) % len(paths)]
            conn.request("GET", path)
            r = conn.getresponse()
            body = r.read()
            with lock:
                if r.status != 200:
                    failures.append(f"{path}: {r.status}")
                bodies.setdefault(path, set()).add(len(body))
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    # the same read always gives the same answer, whatever thread served it
    assert all(len(sizes) == 1 for path, sizes in bodies.items() if path.startswith("/api")), bodies
