"""Rebuild the search index with each field's joined terms contiguous, for phrase search.

Why: the index used to hold each split word's parts right after its joined term
("سرویسهای سرویس های امنیتی"), so a quoted phrase ("سرویس‌های امنیتی") could not match its words
as adjacent. `fold.index_terms` now writes the joined terms in order and the parts after them;
this migration re-folds every stored record (`articles.record`) into the new layout. Search
results of plain word queries are unchanged; only phrases need it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
import json

from alembic import op
from sqlalchemy import text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 500


def _rows(conn, key: str, name: str):
    """The index rows of every stored article (`name` holds the key), in batches of _BATCH."""
    from rasad.store.search import index_fields  # the folding the application uses today

    last = None
    while True:
        cond = "" if last is None else f"WHERE {key} > :last "
        batch = conn.execute(text(f"SELECT {key} AS k, record FROM articles {cond}ORDER BY {key} LIMIT {_BATCH}"),
                             {"last": last}).all()
        if not batch:
            return
        yield [{name: r.k, **index_fields(json.loads(r.record))} for r in batch]
        last = batch[-1].k


def upgrade() -> None:
    from rasad.store.search import PostgresSearch, SqliteSearch

    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.execute(text("DELETE FROM search_index"))
        fts, key, name = PostgresSearch, "id", "article_id"
    else:  # a contentless FTS5 table is emptied by its 'delete-all' command, not by DELETE
        conn.execute(text("INSERT INTO search_index (search_index) VALUES ('delete-all')"))
        fts, key, name = SqliteSearch, "seq", "seq"
    for rows in _rows(conn, key, name):
        conn.execute(text(fts.insert_sql), rows)


def downgrade() -> None:  # pragma: no cover - the old layout still answers word queries
    pass
