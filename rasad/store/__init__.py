"""Store: SQLite (default, WAL) and PostgreSQL through SQLAlchemy 2 Core, migrated by Alembic on open.

`open_store(url)` is the one entry point (interface: docs/team/store-api.md; design: docs/store.md).
"""
from __future__ import annotations

from .ingest import IngestSummary
from .migrate import DEFAULT_URL, resolve_url


def open_store(url: str | None = None):
    """Open (and migrate) the store at `url`: None -> $RASAD_DB -> sqlite:///rasad.db.

    `postgresql://...` selects PostgreSQL (driver psycopg 3, `pip install rasad[postgres]`).
    """
    from .core import Store
    return Store(url)


__all__ = ["open_store", "IngestSummary", "DEFAULT_URL", "resolve_url"]
