"""The FastAPI application: JSON API under /api, the Persian web UI at /, OpenAPI at /docs.

`create_app()` opens the store once; handlers share it. The UI needs no network: ECharts and
Swagger UI are served from rasad/ui/static, and a Content-Security-Policy allows scripts from
this origin only, so even a page that slipped an HTML tag past escaping could not run code.
"""
from __future__ import annotations

import os
from contextlib import asynccontextmanager

import jinja2
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..ui import STATIC, TEMPLATES, cameo
from . import fmt, ingest, routes_api, routes_ui
from .errors import install_handlers

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

DESCRIPTION = """Persian news, stored and coded: articles, search, CAMEO events and actors.

Errors always have the shape `{"error": {"code": str, "message": str}}`.
The API is read-only unless the server was started with `RASAD_API_TOKEN`, which enables
`POST /api/ingest` for requests with `Authorization: Bearer <token>`."""


class SecurityHeaders:
    """Adds nosniff everywhere and the CSP on UI pages (plain ASGI: no per-request task overhead)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        ui = not scope["path"].startswith(("/docs", "/api", "/openapi"))

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                if ui:
                    headers.append((b"content-security-policy", CSP.encode()))
                    headers.append((b"referrer-policy", b"same-origin"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(fa=fmt.fa_digits, jalali=fmt.jalali, json_block=fmt.json_block, snippet=fmt.snippet, http_url=fmt.http_url,
                       root_fa=cameo.name_fa, root_en=cameo.name_en, code_en=cameo.code_en, root_of=cameo.root_of)
    env.globals.update(version=__version__, roots=cameo.roots())
    return Jinja2Templates(env=env)


def create_app(store_url: str | None = None, token: str | None = None, *, store=None) -> FastAPI:
    """The app over the store at `store_url` (None: $RASAD_DB, else sqlite:///rasad.db).

    token: enables POST /api/ingest (default: $RASAD_API_TOKEN; unset or empty: read-only).
    store: an already open store to use instead of opening one (tests, embedding); not closed here.
    """
    owned = store is None
    if store is None:
        from ..store import open_store
        store = open_store(store_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owned:
            app.state.store.close()

    app = FastAPI(title="rasad", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.token = token if token is not None else (os.environ.get("RASAD_API_TOKEN") or None)
    app.state.templates = _templates()
    install_handlers(app)
    app.include_router(routes_api.router, tags=["read"])
    app.include_router(ingest.router, tags=["write"])
    app.include_router(routes_ui.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title="rasad API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """The app for `uvicorn --factory` (used by `rasad serve --workers N`): $RASAD_DB, $RASAD_API_TOKEN."""
    return create_app()
