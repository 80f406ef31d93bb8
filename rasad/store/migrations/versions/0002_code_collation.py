"""PostgreSQL: actor-code columns in the "C" collation, so prefix filters (LIKE 'RUS%') use their indexes.

SQLite needs no change (its default BINARY collation plus `PRAGMA case_sensitive_like` does it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = (("events", "source"), ("events", "target"), ("entities", "code"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR(32) COLLATE "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR(32) COLLATE "default"')
