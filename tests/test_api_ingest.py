"""POST /api/ingest: closed without a token (403), 401 on a missing or wrong token, idempotent."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasad.api import create_app

PAGE = ("مذاکرات ایران و عمان در مسقط ادامه یافت\n\n"
        "به گزارش خبرگزاری ایرنا، وزیر امور خارجه ایران امروز در مسقط با همتای عمانی خود دیدار کرد "
        "و دو طرف درباره روابط دوجانبه و تحولات منطقه گفت‌وگو کردند.\n\nانتهای پیام/\n")


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path}/ingest.db"


def test_read_only_without_token(url, monkeypatch):
    monkeypatch.delenv("RASAD_API_TOKEN", raising=False)
    with TestClient(create_app(url)) as c:
        r = c.post("/api/ingest", content=PAGE.encode(), headers={"Authorization": "Bearer x"})
    assert r.status_code == 403
    assert r.json() == {"error": {"code": "read_only", "message": r.json()["error"]["message"]}}
    assert "RASAD_API_TOKEN" in r.json()["error"]["message"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic c2VjcmV0", "Bearer "])
def test_missing_or_wrong_token(url, header):
    headers = {"Authorization": header} if header is not None else {}
    with TestClient(create_app(url, token="secret")) as c:
        r = c.post("/api/ingest", content=PAGE.encode(), headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json()["error"]["code"] == "unauthorized"


def test_token_from_environment(url, monkeypatch):
    monkeypatch.setenv("RASAD_API_TOKEN", "envtoken")
    with TestClient(create_app(url)) as c:
        assert c.post("/api/ingest", content=PAGE.encode(), headers={"Authorization": "Bearer envtoken"}).status_code == 200


def test_raw_and_json_bodies_are_stored_once(url):
    auth = {"Authorization": "Bearer secret"}
    with TestClient(create_app(url, token="secret")) as c:
        r = c.post("/api/ingest?url=https://www.irna.ir/news/1", content=PAGE.encode(),
                   headers={**auth, "Content-Type": "text/plain; charset=utf-8"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert set(body) == {"pages", "stored", "duplicates", "rejected", "ids"}
        assert (body["pages"], body["stored"], body["duplicates"]) == (1, 1, 0)
        again = c.post("/api/ingest", json={"pages": [{"content": PAGE, "url": None},
                                                      {"content": "", "url": "https://x.ir/2"}]}, headers=auth).json()
        assert (again["pages"], again["stored"], again["duplicates"]) == (2, 0, 1)
        assert again["rejected"] == {"empty_input": 1}
        assert again["ids"][0] == body["ids"][0]
        stored = c.get(f"/api/articles/{body['ids'][0]}").json()
        assert stored["source"]["url"] == "https://www.irna.ir/news/1"
        assert c.get("/api/articles").json()["total"] == 1


@pytest.mark.parametrize("content, ctype, needle", [
    (b"", "text/plain", "empty body"),
    (b"{not json", "application/json", "not valid JSON"),
    (b'{"pages": []}', "application/json", "at least one page"),
    (b'{"pages": [{"content": 3}]}', "application/json", "pages[0].content"),
])
def test_malformed_bodies(url, content, ctype, needle):
    with TestClient(create_app(url, token="secret")) as c:
        r = c.post("/api/ingest", content=content, headers={"Authorization": "Bearer secret", "Content-Type": ctype})
    assert r.status_code == 422 and needle in r.json()["error"]["message"]
