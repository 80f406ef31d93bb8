"""The tables, as SQLAlchemy Core objects for queries. Migrations (migrations/versions) create them.

Why Core and not ORM: the store moves batches of flat rows and runs a handful of aggregate
queries; Core keeps the SQL visible and identical on SQLite and PostgreSQL.

Dates are ISO strings: `published` as the record has it, `pub_date` its first ten characters
(YYYY-MM-DD), so date filters and day counts are plain string comparisons on both backends.
The full-text index is backend-specific (an FTS5 table on SQLite, a tsvector table on
PostgreSQL), named `search_index` on both and reached through `search_sqlite`/`search_pg`.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Integer, MetaData, String, Table, Text

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),          # sha256 hex of the raw page bytes
    Column("agency", String(64), index=True),
    Column("title", Text),
    Column("lead", Text),
    Column("section", Text),
    Column("published", String(40)),
    Column("pub_date", String(10), index=True),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),              # the CONTRACT record, JSON
    Column("source_path", Text),
    Column("source_url", Text),
    Column("source_kind", String(16)),
    Column("warc_record_id", Text),
    Column("n_entities", Integer, nullable=False),
    Column("n_quotes", Integer, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("ingested_at", String(32), nullable=False),   # UTC, ISO 8601
    Column("seq", Integer, unique=True),                 # SQLite: rowid of the FTS5 index (migration 0003)
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(8)),
    Column("canonical", Text),
    Column("code", String(32), index=True),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("speaker", Text),
    Column("speaker_text", Text),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("source", String(32), index=True),
    Column("source_text", Text),
    Column("target", String(32), index=True),
    Column("target_text", Text),
    Column("cameo", String(8), nullable=False, index=True),
    Column("root", String(2), nullable=False, index=True),
    Column("plover_type", String(32)),
    Column("plover", Text),                              # the record's plover object, JSON
    Column("negated", Boolean, nullable=False),
    Column("sentence", Text),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("published", String(40)),
    Column("pub_date", String(10), index=True),
)

rejected = Table(
    "rejected", metadata,
    Column("id", String(64), primary_key=True),
    Column("path", Text),
    Column("url", Text),
    Column("kind", String(16)),
    Column("warc_record_id", Text),
    Column("code", String(32), nullable=False, index=True),
    Column("message", Text, nullable=False),
    Column("record", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

CHILD_TABLES = (entities, quotes, events)
