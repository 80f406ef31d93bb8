"""The HTML pages: right-to-left Persian, escaped page content, highlights, links and chart data."""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from rasad.api import create_app
from test_api_fixtures import SCRIPT_TITLE, fill_store


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('ui')}/ui.db"
    docs = {d.agency: d.id for d in fill_store(url)}
    with TestClient(create_app(url, token="")) as c:
        yield c, docs


def page(client, path, status=200):
    r = client.get(path)
    assert r.status_code == status, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert '<html dir="rtl" lang="fa">' in r.text
    return r


def json_blocks(html: str) -> dict:
    blocks = re.findall(r'<script type="application/json" id="([^"]+)">(.*?)</script>', html, re.S)
    return {name: json.loads(body) for name, body in blocks}


def test_script_in_title_is_shown_as_text_and_never_markup(site):
    client, ids = site
    r = page(client, f"/articles/{ids['mehr']}")
    html = r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; خبر آزمایشی" in html
    for raw in ("<script>alert", "<img src=x", "</script><script>", "<b>بخش</b>", 'href="javascript:'):
        assert raw not in html
    assert re.findall(r"<script[^>]*>", html) == []  # the article page has no scripts at all
    assert "script-src 'self'" in r.headers["content-security-policy"]
    for path in ("/", "/?q=آزمایشی", "/events", "/actors/IRNGOV"):
        body = page(client, path).text
        assert "<script>alert" not in body and "&lt;script&gt;alert(1)" in body, path
        for name, data in json_blocks(body).items():
            assert isinstance(data, dict)


def test_json_blocks_cannot_close_their_script(site):
    client, _ = site
    html = page(client, "/events").text
    for body in re.findall(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S):
        assert "<" not in body


def test_article_page_highlights_and_lists(site):
    client, ids = site
    html = page(client, f"/articles/{ids['tasnim']}").text
    assert html.count("hl-ev") >= 3 and "hl-ent" in html and "hl-quote" in html
    assert '<span class="anchor" id="event-1"></span>' in html and 'href="#event-1"' in html
    assert 'href="/actors/RUSGOV"' in html and 'href="/actors/UKRGOV"' in html
    assert "انتقاد و مخالفت" in html and "Criticize or denounce" in html and ">111</code>" in html
    assert "سرگئی لاوروف" in html and "مستقیم" in html
    assert "Reuters" in html and "۲۸ آبان ۱۴۰۵" in html and "بین‌الملل" in html
    # the text is the record's text, whole, once marks are removed
    text = client.get(f"/api/articles/{ids['tasnim']}").json()["text"]
    body = re.search(r'<div class="text">(.*?)</div>', html, re.S).group(1)
    plain = re.sub(r"<[^>]+>", "", body.replace("</p>\n<p>", "\n\n"))
    assert plain == text.split("\n\n", 1)[1]


def test_search_page_finds_persian_and_keeps_filters(site):
    client, ids = site
    html = page(client, "/?q=سرویسهای+امنیتی").text
    assert f'href="/articles/{ids["tasnim"]}"' in html and "<mark>" in html and "۱ نتیجه" in html
    html = page(client, "/?agency=irna").text
    assert f'href="/articles/{ids["irna"]}"' in html and f'href="/articles/{ids["tasnim"]}"' not in html
    assert '<option value="irna" selected>' in html


def test_search_page_paginates(site):
    client, _ = site
    from rasad.api import routes_ui
    old, routes_ui.PAGE_SIZE = routes_ui.PAGE_SIZE, 2
    try:
        html = page(client, "/?page=2").text
    finally:
        routes_ui.PAGE_SIZE = old
    assert 'rel="prev"' in html and "?page=1" in html and html.count('class="card result"') == 2


def test_bad_filters_are_explained_on_the_page(site):
    client, _ = site
    html = page(client, "/?from=2026-02-30", 422).text
    assert "from: expected a date as YYYY-MM-DD" in html and 'role="alert"' in html
    assert "root: expected" in page(client, "/events?root=77", 422).text


def test_actor_page_has_timeline_and_partners(site):
    client, _ = site
    html = page(client, "/actors/RUSGOV").text
    data = json_blocks(html)
    assert data["data-timeline"]["periods"] == ["2026-11-16", "2026-11-23"]
    assert {s["root"] for s in data["data-timeline"]["series"]} == {"03", "06", "11"}
    assert {n["id"] for n in data["data-network"]["nodes"]} >= {"RUSGOV", "UKRGOV"}
    assert 'href="/actors/UKRGOV"' in html and "/static/vendor/echarts.min.js" in html
    assert "سرگئی لاوروف" in html


def test_events_dashboard(site):
    client, _ = site
    html = page(client, "/events").text
    data = json_blocks(html)
    assert sum(sum(s["data"]) for s in data["data-timeline"]["series"]) == 6
    assert {"source": "RUSGOV", "target": "UKRGOV", "value": 2} in data["data-network"]["links"]
    assert "۶ رویداد" in html
    filtered = json_blocks(page(client, "/events?root=19&by=day").text)
    assert filtered["data-timeline"]["periods"] == ["2026-11-26"]


def test_unknown_pages_are_persian_404s(site):
    client, _ = site
    assert "پیدا نشد" in page(client, "/articles/" + "a" * 64, 404).text
    assert "پیدا نشد" in page(client, "/actors/QQQ", 404).text
    assert "پیدا نشد" in page(client, "/no/such/page", 404).text


def test_static_assets_are_served_locally(site):
    client, _ = site
    for path in ("/static/style.css", "/static/app.js", "/static/vendor/echarts.min.js", "/static/favicon.svg"):
        assert client.get(path).status_code == 200, path
    css = client.get("/static/style.css").text
    assert '"Vazirmatn", "Noto Naskh Arabic"' in css and "Tahoma" in css and "@import" not in css and "url(http" not in css


def test_title_constant_is_what_the_fixture_uses():
    assert SCRIPT_TITLE.startswith("<script>")


def test_actor_prefix_page_groups_roles(site):
    client, _ = site
    html = page(client, "/actors/RUSGOV").text
    assert 'href="/actors/RUS"' in html
    data = json_blocks(page(client, "/actors/RUS").text)
    focus = {n["id"] for n in data["data-network"]["nodes"] if n["focus"]}
    assert focus == {"RUSGOV", "RUSMIL"}


def test_search_page_links_the_same_query_in_the_api(site):
    client, ids = site
    html = page(client, "/?q=مسقط&agency=irna").text
    href = re.search(r'href="(/api/search\?[^"]+)"', html).group(1).replace("&amp;", "&")
    body = client.get(href).json()
    assert body["total"] == 1 and body["items"][0]["id"] == ids["irna"]
