"""articles.seq, and on SQLite a contentless FTS5 index keyed by it.

Why: with an `article_id UNINDEXED` column FTS5 had to read each match's stored content row to
learn its article, which made ranking a common word four times slower. A contentless table keyed
by an integer (`articles.seq`, assigned in the write transaction) stores only the index. The
folded terms of existing rows are copied over from the old table. PostgreSQL keeps its tsvector
table (keyed by article id); `seq` stays NULL there.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE articles ADD COLUMN seq INTEGER")
    if op.get_bind().dialect.name == "postgresql":
        return
    op.execute("UPDATE articles SET seq = rowid")
    op.execute("CREATE UNIQUE INDEX ix_articles_seq ON articles (seq)")
    op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, extra, content = '', "
               "tokenize = 'unicode61 remove_diacritics 0')")
    op.execute("INSERT INTO search_fts (rowid, title, body, extra) "
               "SELECT a.seq, s.title, s.body, s.extra FROM search_index s JOIN articles a ON a.id = s.article_id")
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_fts RENAME TO search_index")


def downgrade() -> None:  # pragma: no cover - the old index cannot be rebuilt without re-folding texts
    raise NotImplementedError("0003 cannot be downgraded; re-ingest into a fresh database instead")
