"""The JSON API through FastAPI's TestClient over a real SQLite store: statuses, content types,
exact keys, filters, pagination, and one error shape everywhere."""
from __future__ import annotations

import os
import uuid

import pytest
from fastapi.testclient import TestClient

from rasad.api import create_app
from test_api_fixtures import fill_store

JSON = "application/json"
ARTICLE_KEYS = {"id", "title", "agency", "section", "published", "lead", "n_events"}
RECORD_KEYS = {"rasad", "id", "source", "agency", "title", "lead", "body", "section", "published",
               "attributed_sources", "text", "entities", "quotes", "events", "warnings"}
EVENT_KEYS = {"source", "source_text", "target", "target_text", "cameo", "root", "plover", "negated",
              "sentence", "start", "end", "article_id", "published", "title"}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path_factory):
    """The same API tests over both backends; PostgreSQL is skipped with the reason when none runs."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api')}/api.db"
        yield url, {d.agency: d.id for d in fill_store(url)}
        return
    from test_store_fixtures import _pg_admin
    admin, user, reason = _pg_admin()
    if admin is None:
        pytest.skip(reason)
    name = f"rasad_api_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"postgresql://{user}@{os.environ.get('RASAD_TEST_PG_HOST', '127.0.0.1')}:" \
              f"{os.environ.get('RASAD_TEST_PG_PORT', '5432')}/{name}"
        yield url, {d.agency: d.id for d in fill_store(url)}
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db[0], token="")) as c:
        yield c


def get(client, path, status=200):
    r = client.get(path)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(JSON)
    return r.json()


def test_articles_newest_first_with_exact_keys(client):
    body = get(client, "/api/articles")
    assert set(body) == {"total", "items"} and body["total"] == 4
    assert all(set(it) == ARTICLE_KEYS for it in body["items"])
    assert [it["agency"] for it in body["items"]] == ["mehr", "isna", "irna", "tasnim"]


@pytest.mark.parametrize("query, agencies", [
    ("agency=irna", ["irna"]),
    ("actor=UKR", ["isna", "tasnim"]),
    ("actor=rusgov", ["mehr", "tasnim"]),
    ("root=19", ["isna"]),
    ("root=4", ["irna"]),
    ("from=2026-11-25&to=2026-11-26", ["isna", "irna"]),
])
def test_article_filters(client, query, agencies):
    body = get(client, f"/api/articles?{query}")
    assert [it["agency"] for it in body["items"]] == agencies and body["total"] == len(agencies)


def test_article_pagination_keeps_total(client):
    first = get(client, "/api/articles?limit=2")
    second = get(client, "/api/articles?limit=2&offset=2")
    assert first["total"] == second["total"] == 4
    ids = [it["id"] for it in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 4


def test_one_article_is_the_full_record(client, db):
    body = get(client, f"/api/articles/{db[1]['tasnim']}")
    assert RECORD_KEYS <= set(body) and "ingested_at" in body
    for ev in body["events"]:
        assert body["text"][ev["start"]:ev["end"]] == ev["sentence"]
    assert body["attributed_sources"] == ["Reuters"]


def test_search_is_persian_aware_and_has_snippets(client, db):
    for q in ("سرویس‌های امنیتی", "سرویسهای امنیتی", "سرویس های امنیتی"):
        body = get(client, f"/api/search?q={q}")
        assert body["total"] == 1 and body["items"][0]["id"] == db[1]["tasnim"]
        assert set(body["items"][0]) == ARTICLE_KEYS | {"snippet_html", "score"}
        assert "<mark>" in body["items"][0]["snippet_html"]
    assert get(client, "/api/search?q=مسقط&agency=tasnim")["total"] == 0


def test_search_snippet_escapes_page_markup(client):
    body = get(client, "/api/search?q=آزمودن")
    assert body["total"] == 1
    assert "<img" not in body["items"][0]["snippet_html"]


@pytest.mark.parametrize("query, n", [("", 6), ("actor=RUS", 5), ("source=RUSGOV", 2), ("target=UKR", 3),
                                      ("root=12", 1), ("code=042", 1), ("from=2026-11-26", 3)])
def test_events_filters(client, query, n):
    body = get(client, f"/api/events?{query}")
    assert body["total"] == n and len(body["items"]) == n
    assert all(set(it) == EVENT_KEYS for it in body["items"])


def test_aggregates(client):
    week = get(client, "/api/events/aggregate?by=week")
    assert set(week) == {"by", "items"} and week["by"] == "week"
    assert {(i["period"], i["root"]) for i in week["items"]} >= {("2026-11-16", "03"), ("2026-11-23", "19")}
    assert sum(i["count"] for i in week["items"]) == 6
    day = get(client, "/api/events/aggregate?by=day&root=19")
    assert day["items"] == [{"period": "2026-11-26", "root": "19", "count": 1}]
    pairs = get(client, "/api/events/aggregate?by=pair")["items"]
    assert pairs[0] == {"source": "RUSGOV", "target": "UKRGOV", "count": 2}


def test_actor_and_stats(client):
    actor = get(client, "/api/actors/RUSGOV")
    assert set(actor) == {"code", "names", "n_events", "n_articles", "timeline", "partners"}
    assert actor["partners"][0] == {"code": "UKRGOV", "count": 2} and "سرگئی لاوروف" in actor["names"]
    stats = get(client, "/api/stats")
    assert {"articles", "events", "entities", "quotes", "agencies", "roots", "first", "last"} <= set(stats)
    assert stats["articles"] == 4 and stats["agencies"] == {"irna": 1, "isna": 1, "mehr": 1, "tasnim": 1}
    roots = get(client, "/api/cameo/roots")["items"]
    assert [r["root"] for r in roots] == [f"{i:02d}" for i in range(1, 21)]


@pytest.mark.parametrize("path, status, code, needle", [
    ("/api/articles/" + "0" * 64, 404, "not_found", "no article with id"),
    ("/api/articles/not-an-id", 422, "invalid_parameter", "64 hexadecimal"),
    ("/api/articles?limit=0", 422, "invalid_parameter", "limit:"),
    ("/api/articles?limit=5000", 422, "invalid_parameter", "limit:"),
    ("/api/articles?offset=-1", 422, "invalid_parameter", "offset:"),
    ("/api/articles?from=2026-13-01", 422, "invalid_parameter", "from: expected a date as YYYY-MM-DD"),
    ("/api/articles?from=2026-11-30&to=2026-11-01", 422, "invalid_parameter", "after the end date"),
    ("/api/articles?root=21", 422, "invalid_parameter", "root: expected a CAMEO root"),
    ("/api/articles?actor=<x>", 422, "invalid_parameter", "actor: expected a CAMEO actor code"),
    ("/api/articles?agency=IRNA!", 422, "invalid_parameter", "agency:"),
    ("/api/search", 422, "invalid_parameter", "q: give a search query"),
    ("/api/search?q=%20", 422, "invalid_parameter", "q: give a search query"),
    ("/api/events?code=99", 422, "invalid_parameter", "code: expected a CAMEO event code"),
    ("/api/events/aggregate?by=month", 422, "invalid_parameter", "by:"),
    ("/api/actors/ZZZ", 404, "not_found", "ZZZ"),
    ("/api/nowhere", 404, "not_found", "/api/nowhere"),
])
def test_errors_have_one_shape(client, path, status, code, needle):
    body = get(client, path, status)
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and needle in body["error"]["message"]


def test_wrong_method_is_a_json_error(client):
    r = client.delete("/api/articles")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


def test_openapi_and_offline_docs(client):
    spec = get(client, "/openapi.json")
    assert {"/api/articles", "/api/articles/{article_id}", "/api/search", "/api/events",
            "/api/events/aggregate", "/api/actors/{code}", "/api/stats", "/api/ingest"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_jalali_dates_are_accepted(client):
    jalali = get(client, "/api/articles?from=1405-09-04&to=۱۴۰۵/۰۹/۰۵")  # 2026-11-25 .. 2026-11-26
    assert [it["agency"] for it in jalali["items"]] == ["isna", "irna"]
