"""The web UI in a real browser: Playwright driving Debian's Chromium (never `playwright install`).

The app runs under uvicorn in a background thread on a free loopback port, over a temp SQLite
store holding the hand-built Persian pages of test_api_fixtures (one with a <script> title).
Each page's screenshot is saved to tests/screenshots/ for a human to review the RTL layout.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).parent / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

if not os.path.exists(CHROMIUM):
    pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package (pip install playwright)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn
    from rasad.api import create_app
    from test_api_fixtures import fill_store
    url = f"sqlite:///{tmp_path_factory.mktemp('browser')}/browser.db"
    ids = {d.agency: d.id for d in fill_store(url)}
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(url, token=""), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="fa-IR")
    pg = context.new_page()
    pg.dialogs, pg.errors = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


def shot(pg, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_search_article_actor_flow(server, page):
    base, ids = server
    page.goto(base + "/")
    assert page.locator("html").get_attribute("dir") == "rtl" and page.locator("html").get_attribute("lang") == "fa"
    page.fill("#q", "سرویسهای امنیتی")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=*")
    result = page.locator("ol.results a", has_text="لاوروف")
    assert result.count() == 1 and page.locator(".snippet mark").count() >= 1
    shot(page, "1-search")

    result.click()
    page.wait_for_url(f"**/articles/{ids['tasnim']}")
    assert page.locator("h1.title").inner_text() == "لاوروف: مسکو آماده گفت‌وگو با کی‌یف است"
    events = page.locator(".text mark.hl-ev")
    assert events.count() >= 2 and events.first.is_visible()
    assert page.locator("#events li.event").count() == 2
    assert "انتقاد و مخالفت" in page.locator("#events").inner_text()
    # RTL: the article text starts at the right edge of its box
    box = page.locator(".text p").first.bounding_box()
    card = page.locator("article.card").bounding_box()
    assert abs((card["x"] + card["width"]) - (box["x"] + box["width"])) < 40
    shot(page, "2-article")

    page.locator("#events a.actor[href='/actors/RUSGOV']").first.click()
    page.wait_for_url("**/actors/RUSGOV")
    page.wait_for_selector("#chart-timeline[data-rendered='1'] svg")
    assert page.locator("#chart-timeline svg path").count() > 3   # bars were drawn
    page.wait_for_selector("#chart-network[data-rendered='1'] svg")
    assert "UKRGOV" in page.locator("ol.partners").inner_text()
    shot(page, "3-actor")
    assert page.errors == [] and page.dialogs == []


def test_events_dashboard_renders_charts(server, page):
    base, _ = server
    page.goto(base + "/events")
    page.wait_for_selector("#chart-timeline[data-rendered='1'] svg")
    page.wait_for_selector("#chart-network[data-rendered='1'] svg")
    page.wait_for_timeout(1200)  # let the force layout settle before the screenshot
    svg_text = page.locator("#chart-network svg").inner_html()
    assert "RUSGOV" in svg_text and "UKRGOV" in svg_text
    assert page.locator("ol.events li.event").count() == 6
    shot(page, "4-events")
    assert page.errors == [] and page.dialogs == []


def test_script_in_title_shows_text_and_runs_nothing(server, page):
    base, ids = server
    page.goto(base + "/?q=آزمایشی")
    assert "<script>alert(1)</script>" in page.locator("ol.results").inner_text()
    page.goto(base + f"/articles/{ids['mehr']}")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.locator("h1.title").inner_text() == "<script>alert(1)</script> خبر آزمایشی"
    assert "<img src=x onerror=alert(2)>" in page.locator(".text").inner_text()
    assert page.locator(".text img, .text script").count() == 0
    assert page.title().startswith("<script>alert(1)</script>")
    shot(page, "5-script-title")
    page.goto(base + "/actors/IRNGOV")
    page.wait_for_selector("#chart-timeline[data-rendered='1'] svg")
    page.goto(base + "/events")
    page.wait_for_selector("#chart-timeline[data-rendered='1'] svg")
    assert page.dialogs == [], f"a page ran script from an article: {page.dialogs}"
    assert page.errors == []


def test_openapi_docs_render_offline(server, page):
    base, _ = server
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert "/api/articles" in page.locator(".swagger-ui").inner_text()
    assert all(u.startswith(base) or u.startswith("data:") for u in requested), requested
    shot(page, "6-api-docs")
