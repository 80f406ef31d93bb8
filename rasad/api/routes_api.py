"""The JSON API under /api. Read-only; POST /api/ingest exists only behind a token (ingest.py).

Handlers are plain `def`, so FastAPI runs them on its thread pool and a slow query never blocks
the event loop; the store (one per app) is responsible for thread-safe connections.
"""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request

from . import params
from .errors import ApiError
from ..ui import cameo

router = APIRouter(prefix="/api")

Limit = Query(20, ge=1, le=params.MAX_LIMIT, description="page size (1-200)")
Offset = Query(0, ge=0, le=1_000_000, description="items to skip")
ERRORS = {404: {"description": "not found: {\"error\": {\"code\": \"not_found\", \"message\": ...}}"},
          422: {"description": "bad parameter: {\"error\": {\"code\": \"invalid_parameter\", \"message\": ...}}"}}


def store(request: Request):
    return request.app.state.store


def page(total: int, items: list) -> dict:
    return {"total": total, "items": items}


@router.get("/articles", responses=ERRORS, summary="List articles, newest first")
def list_articles(request: Request,
                  agency: str | None = Query(None, description="agency slug, e.g. irna"),
                  date_from: str | None = Query(None, alias="from", description="YYYY-MM-DD, inclusive"),
                  date_to: str | None = Query(None, alias="to", description="YYYY-MM-DD, inclusive"),
                  actor: str | None = Query(None, description="CAMEO actor code or prefix: IRN, RUSGOV"),
                  root: str | None = Query(None, description="CAMEO root 01-20"),
                  limit: int = Limit, offset: int = Offset) -> dict:
    f = params.filters(agency_=agency, date_from=date_from, date_to=date_to, actor_=actor, root_=root)
    total, items = store(request).list_articles(**f.store_kwargs(), limit=limit, offset=offset)
    return page(total, items)


@router.get("/articles/{article_id}", responses=ERRORS, summary="One article: the full record")
def get_article(request: Request, article_id: str) -> dict:
    aid = params.article_id(article_id)
    record = store(request).get_article(aid)
    if record is None:
        raise ApiError(404, "not_found", f"no article with id {aid}")
    return record


@router.get("/search", responses=ERRORS, summary="Persian full-text search, best first")
def search(request: Request,
           q: str | None = Query(None, description="the query, in Persian; ZWNJ/space and Arabic/Persian letter variants match"),
           agency: str | None = Query(None), date_from: str | None = Query(None, alias="from"),
           date_to: str | None = Query(None, alias="to"), actor: str | None = Query(None),
           root: str | None = Query(None), limit: int = Limit, offset: int = Offset) -> dict:
    text = params.query(q)
    f = params.filters(agency_=agency, date_from=date_from, date_to=date_to, actor_=actor, root_=root)
    total, items = store(request).search(text, **f.store_kwargs(), limit=limit, offset=offset)
    return page(total, items)


@router.get("/events", responses=ERRORS, summary="Coded events, newest first")
def list_events(request: Request,
                actor: str | None = Query(None, description="source or target code starts with this"),
                source: str | None = Query(None), target: str | None = Query(None),
                root: str | None = Query(None), code: str | None = Query(None, description="CAMEO event code"),
                date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                limit: int = Query(50, ge=1, le=params.MAX_LIMIT), offset: int = Offset) -> dict:
    f = params.filters(date_from=date_from, date_to=date_to, actor_=actor, root_=root)
    total, items = store(request).events(
        **f.store_kwargs(with_agency=False), source=params.actor(source, "source"),
        target=params.actor(target, "target"), code=params.cameo(code), limit=limit, offset=offset)
    return page(total, items)


@router.get("/events/aggregate", responses=ERRORS, summary="Event counts per day/week and root, or per actor pair")
def aggregate(request: Request, by: Literal["day", "week", "pair"] = Query("week"),
              actor: str | None = Query(None), root: str | None = Query(None),
              date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
              limit: int = Query(100, ge=1, le=1000, description="pairs only: how many")) -> dict:
    f = params.filters(date_from=date_from, date_to=date_to, actor_=actor, root_=root)
    kw = f.store_kwargs(with_agency=False)
    if by == "pair":
        items = store(request).actor_pairs(**kw, limit=limit)
    else:
        items = store(request).event_counts(by=by, **kw)
    return {"by": by, "items": items}


@router.get("/actors/{code}", responses=ERRORS, summary="An actor: names, counts, weekly timeline, partners")
def get_actor(request: Request, code: str) -> dict:
    c = params.actor(code, "code")
    found = store(request).actor(c) if c else None
    if found is None:
        raise ApiError(404, "not_found", f"no events or entities with actor code {c}")
    return found


@router.get("/stats", summary="Counts of what is stored")
def stats(request: Request) -> dict:
    return store(request).stats()


@router.get("/cameo/roots", summary="The 20 CAMEO roots with Persian and English names")
def cameo_roots() -> dict:
    return {"items": [r.to_dict() for r in cameo.roots().values()]}
