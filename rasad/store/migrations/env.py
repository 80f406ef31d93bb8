"""Alembic environment: always runs on the connection `rasad.store.migrate` hands over.

No logging setup and no ini file: the store owns the connection and the transaction, so a
migration commits together with the advisory lock (PostgreSQL) or write lock (SQLite) it holds.
"""
from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the CLI `alembic` is not how rasad migrates
    raise RuntimeError("rasad migrations run through rasad.store.open_store(), not the alembic command")

context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
