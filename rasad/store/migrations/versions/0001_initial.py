"""Initial schema: articles with entities, quotes, events; rejected pages; the search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer, nullable=False),
        *columns,
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
    )
    op.create_index(f"ix_{name}_article_id", name, ["article_id"])


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("agency", sa.String(64)),
        sa.Column("title", sa.Text),
        sa.Column("lead", sa.Text),
        sa.Column("section", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("pub_date", sa.String(10)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("source_url", sa.Text),
        sa.Column("source_kind", sa.String(16)),
        sa.Column("warc_record_id", sa.Text),
        sa.Column("n_entities", sa.Integer, nullable=False),
        sa.Column("n_quotes", sa.Integer, nullable=False),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_articles_agency", "articles", ["agency"])
    op.create_index("ix_articles_pub_date", "articles", ["pub_date"])
    op.create_index("ix_articles_published", "articles", ["published"])
    _child("entities",
           sa.Column("text", sa.Text, nullable=False), sa.Column("type", sa.String(8)),
           sa.Column("canonical", sa.Text), sa.Column("code", sa.String(32)))
    op.create_index("ix_entities_code", "entities", ["code"])
    _child("quotes",
           sa.Column("speaker", sa.Text), sa.Column("speaker_text", sa.Text),
           sa.Column("text", sa.Text, nullable=False), sa.Column("direct", sa.Boolean, nullable=False))
    _child("events",
           sa.Column("source", sa.String(32)), sa.Column("source_text", sa.Text),
           sa.Column("target", sa.String(32)), sa.Column("target_text", sa.Text),
           sa.Column("cameo", sa.String(8), nullable=False), sa.Column("root", sa.String(2), nullable=False),
           sa.Column("plover_type", sa.String(32)), sa.Column("plover", sa.Text),
           sa.Column("negated", sa.Boolean, nullable=False), sa.Column("sentence", sa.Text),
           sa.Column("published", sa.String(40)), sa.Column("pub_date", sa.String(10)))
    for col in ("source", "target", "cameo", "root", "pub_date"):
        op.create_index(f"ix_events_{col}", "events", [col])
    op.create_table(
        "rejected",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text), sa.Column("url", sa.Text), sa.Column("kind", sa.String(16)),
        sa.Column("warc_record_id", sa.Text),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_rejected_code", "rejected", ["code"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TABLE search_index (article_id VARCHAR(64) PRIMARY KEY "
                   "REFERENCES articles(id) ON DELETE CASCADE, tsv tsvector NOT NULL)")
        op.execute("CREATE INDEX ix_search_index_tsv ON search_index USING GIN (tsv)")
    else:
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5("
                   "article_id UNINDEXED, title, body, extra, tokenize = 'unicode61 remove_diacritics 0')")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    for name in ("rejected", "events", "quotes", "entities", "articles"):
        op.drop_table(name)
