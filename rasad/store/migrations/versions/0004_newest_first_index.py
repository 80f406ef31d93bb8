"""An index in the order listings use (newest first, then id), so the first page needs no sort.

PostgreSQL's default btree order puts NULLs first when read backwards, so `ORDER BY published
DESC NULLS LAST` could not use `ix_articles_published` (274 ms on 100,000 articles).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_articles_newest ON articles (published DESC NULLS LAST, id)")
    else:
        op.execute("CREATE INDEX ix_articles_newest ON articles (published DESC, id)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_articles_newest")
