"""Store: SQLite (default) and PostgreSQL through SQLAlchemy. PLACEHOLDER (skeleton)."""
