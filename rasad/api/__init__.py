"""JSON API and web UI (FastAPI): `create_app(store_url=None, token=None)`; see docs/api.md, docs/ui.md."""
from __future__ import annotations


def create_app(store_url: str | None = None, token: str | None = None, **kw):
    """Build the app (imported lazily so `import rasad.api` stays cheap for the CLI)."""
    from .app import create_app as _create
    return _create(store_url, token, **kw)


__all__ = ["create_app"]
