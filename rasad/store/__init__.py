"""Store: SQLite (default, WAL) and PostgreSQL through SQLAlchemy 2 Core, migrated by Alembic on open.

`open_store(url)` is the one entry point (interface: docs/team/store-api.md; design: docs/store.md).
Imports are lazy: `rasad.cli` registers the store's commands for every command, and SQLAlchemy
should load only when a store is opened.
"""
from __future__ import annotations

DEFAULT_URL = "sqlite:///rasad.db"


def open_store(url: str | None = None):
    """Open (and migrate) the store at `url`: None -> $RASAD_DB -> sqlite:///rasad.db.

    `postgresql://...` selects PostgreSQL (driver psycopg 3, `pip install rasad[postgres]`).
    """
    from .core import Store
    return Store(url)


def __getattr__(name: str):
    if name == "IngestSummary":
        from .ingest import IngestSummary
        return IngestSummary
    if name == "resolve_url":
        from .migrate import resolve_url
        return resolve_url
    if name == "Store":
        from .core import Store
        return Store
    raise AttributeError(name)


__all__ = ["open_store", "IngestSummary", "DEFAULT_URL", "resolve_url", "Store"]
