"""POST /api/ingest: process pages sent over HTTP and store them. Off unless a token is set.

Closed by default because a public read-only server must not let anyone fill its database; with
RASAD_API_TOKEN (or create_app(token=...)) set, a request needs `Authorization: Bearer <token>`.
Bodies: raw page bytes (any content type but JSON; `?url=` names it), or JSON
{"pages": [{"content": str, "url": str|null}, ...]}.
"""
from __future__ import annotations

import hmac
import json
from dataclasses import asdict, is_dataclass

from fastapi import APIRouter, Request

from .errors import ApiError

router = APIRouter(prefix="/api")

MAX_BODY = 32 * 1024 * 1024
MAX_PAGES = 1000


def check_token(request: Request) -> None:
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "read_only", "this server is read-only: start it with RASAD_API_TOKEN set to enable POST /api/ingest")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong token: send 'Authorization: Bearer <RASAD_API_TOKEN>'",
                       headers={"WWW-Authenticate": "Bearer"})


def parse_pages(body: bytes, content_type: str, url: str | None) -> list[tuple[bytes, str | None]]:
    """(raw bytes, url) per page; ApiError(422) for a malformed JSON body."""
    if not body:
        raise ApiError(422, "invalid_body", "empty body: send a page, or JSON {\"pages\": [{\"content\": ..., \"url\": ...}]}")
    if "json" not in content_type.lower():
        return [(body, url)]
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(422, "invalid_body", f"body is not valid JSON: {exc}") from None
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, list) or not pages:
        raise ApiError(422, "invalid_body", "expected JSON {\"pages\": [{\"content\": str, \"url\": str|null}, ...]} with at least one page")
    if len(pages) > MAX_PAGES:
        raise ApiError(413, "too_large", f"at most {MAX_PAGES} pages per request")
    out = []
    for i, p in enumerate(pages):
        if not isinstance(p, dict) or not isinstance(p.get("content"), str):
            raise ApiError(422, "invalid_body", f"pages[{i}].content: expected a string")
        if p.get("url") is not None and not isinstance(p["url"], str):
            raise ApiError(422, "invalid_body", f"pages[{i}].url: expected a string or null")
        out.append((p["content"].encode("utf-8"), p.get("url")))
    return out


def _summary(summary) -> dict:
    if is_dataclass(summary):
        return asdict(summary)
    if isinstance(summary, dict):
        return dict(summary)
    return {k: getattr(summary, k) for k in ("pages", "stored", "duplicates", "rejected")}


@router.post("/ingest", status_code=200, summary="Process and store pages (needs RASAD_API_TOKEN)",
             responses={401: {"description": "missing or wrong token"}, 403: {"description": "read-only server"},
                        413: {"description": "body too large"}, 422: {"description": "malformed body"}})
async def ingest(request: Request) -> dict:
    check_token(request)
    size = int(request.headers.get("content-length") or 0)
    if size > MAX_BODY:
        raise ApiError(413, "too_large", f"body larger than {MAX_BODY // (1024 * 1024)} MiB")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise ApiError(413, "too_large", f"body larger than {MAX_BODY // (1024 * 1024)} MiB")
    pages = parse_pages(body, request.headers.get("content-type", ""), request.query_params.get("url"))
    from starlette.concurrency import run_in_threadpool
    return await run_in_threadpool(_process_and_store, request.app.state.store, pages)


def _process_and_store(store, pages: list[tuple[bytes, str | None]]) -> dict:
    """The store runs the pipeline itself, and only on pages it does not hold yet (ids are the
    sha256 of the bytes), so re-sending a page costs a lookup, not a processing run."""
    from ..document import Document, Source
    docs = [Document(raw=raw, source=Source(url=url)) for raw, url in pages]
    result = _summary(store.ingest(docs))
    result["ids"] = [d.id for d in docs]
    return result
