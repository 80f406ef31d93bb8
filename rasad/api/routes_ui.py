"""The HTML pages: search (/), article, actor, events dashboard. Jinja2, autoescaped.

Bad parameters are shown on the page itself (in Persian, status 422) instead of the API's JSON,
because a person typed them. Charts get their data in <script type="application/json"> blocks.
"""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from . import charts, params
from .errors import ApiError, html_error_page
from .highlight import highlight, record_spans
from ..ui import cameo

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 10


def _render(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    base = {"roots": cameo.roots(), "nav": name}
    return request.app.state.templates.TemplateResponse(request, name, {**base, **context}, status_code=status)


def _pages(total: int, page: int, size: int, query: dict) -> dict:
    """Pagination links that keep the current filters."""
    last = max(1, -(-total // size))
    def href(p: int) -> str:
        return "?" + urlencode({**query, "page": p})
    window = [p for p in range(max(1, page - 3), min(last, page + 3) + 1)]
    return {"page": page, "last": last, "prev": href(page - 1) if page > 1 else None,
            "next": href(page + 1) if page < last else None, "links": [(p, href(p)) for p in window]}


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: str | None = None, agency: str | None = None,
                date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                actor: str | None = None, root: str | None = None, page: int = Query(1, ge=1, le=10_000)):
    store = request.app.state.store
    form = {"q": q or "", "agency": agency or "", "from": date_from or "", "to": date_to or "",
            "actor": actor or "", "root": root or ""}
    ctx = {"form": form, "agencies": sorted((k, v) for k, v in (store.stats().get("agencies") or {}).items() if k),
           "error": None,
           "items": [], "total": 0, "pages": None, "api_url": None}
    try:
        text = params.query(q, required=False)
        f = params.filters(agency_=agency, date_from=date_from, date_to=date_to, actor_=actor, root_=root)
    except ApiError as exc:
        ctx["error"] = exc.message
        return _render(request, "search.html", ctx, status=422)
    offset = (page - 1) * PAGE_SIZE
    if text:
        total, items = store.search(text, **f.store_kwargs(), limit=PAGE_SIZE, offset=offset)
    else:
        total, items = store.list_articles(**f.store_kwargs(), limit=PAGE_SIZE, offset=offset)
    query = {k: v for k, v in {"q": text, **f.as_query()}.items() if v}
    api = ("/api/search?" if text else "/api/articles?") + urlencode({**query, "limit": PAGE_SIZE, "offset": offset})
    ctx.update(items=items, total=total, searched=bool(text), pages=_pages(total, page, PAGE_SIZE, query), api_url=api)
    return _render(request, "search.html", ctx)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    try:
        aid = params.article_id(article_id)
    except ApiError:
        return html_error_page(request, 404, "شناسه خبر نادرست است.")
    record = request.app.state.store.get_article(aid)
    if record is None:
        return html_error_page(request, 404, "خبری با این شناسه پیدا نشد.")
    spans = record_spans(record, root_name=cameo.name_fa)
    body = highlight(record.get("text") or "", spans, skip_first_if=record.get("title"))
    entities: dict[tuple, dict] = {}
    for i, e in enumerate(record.get("entities") or []):
        key = (e.get("text"), e.get("type"), e.get("code"), e.get("canonical"))
        entities.setdefault(key, {**e, "count": 0, "first": i})["count"] += 1
    return _render(request, "article.html", {"a": record, "body": body, "entities": list(entities.values())})


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: str):
    try:
        c = params.actor(code, "code")
    except ApiError as exc:
        return html_error_page(request, 404, exc.message)
    store = request.app.state.store
    found = store.actor(c) if c else None
    if found is None:
        return html_error_page(request, 404, f"برای کد {c} رویداد یا نامی ثبت نشده است.")
    total, events = store.events(actor=c, limit=20)
    pairs = store.actor_pairs(actor=c, limit=40)
    return _render(request, "actor.html", {
        "actor": found, "events": events, "n_shown": len(events), "total_events": total,
        "timeline": charts.timeline(found.get("timeline") or []),
        "network": charts.network(pairs, focus=c)})


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, actor: str | None = None, root: str | None = None,
                date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                by: str = "week", page: int = Query(1, ge=1, le=10_000)):
    store = request.app.state.store
    form = {"actor": actor or "", "root": root or "", "from": date_from or "", "to": date_to or "",
            "by": "day" if by == "day" else "week"}
    ctx = {"form": form, "error": None, "stats": store.stats()}
    try:
        f = params.filters(date_from=date_from, date_to=date_to, actor_=actor, root_=root)
    except ApiError as exc:
        ctx.update(error=exc.message, events=[], total=0, pages=None,
                   timeline=charts.timeline([]), network=charts.network([]))
        return _render(request, "events.html", ctx, status=422)
    kw = f.store_kwargs(with_agency=False)
    total, events = store.events(**kw, limit=PAGE_SIZE * 2, offset=(page - 1) * PAGE_SIZE * 2)
    ctx.update(timeline=charts.timeline(store.event_counts(by=form["by"], **kw)),
               network=charts.network(store.actor_pairs(**kw, limit=80)),
               events=events, total=total,
               pages=_pages(total, page, PAGE_SIZE * 2, {k: v for k, v in {**f.as_query(), "by": form["by"]}.items() if v}))
    return _render(request, "events.html", ctx)
