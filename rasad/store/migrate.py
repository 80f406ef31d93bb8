"""Open an engine for a URL and bring its schema to the newest Alembic revision.

Why programmatic: users never run `alembic`; `open_store` migrates on open, inside one
transaction holding a lock, so two processes opening a new database at once do not race.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

from ..errors import ConfigError

from . import DEFAULT_URL  # noqa: E402  (one definition)
MIGRATIONS = Path(__file__).parent / "migrations"
_PG_LOCK_KEY = 0x7261736164  # "rasad"


def resolve_url(url: str | None) -> str:
    """The SQLAlchemy URL for a user's --db value: None -> $RASAD_DB -> sqlite:///rasad.db."""
    url = url or os.environ.get("RASAD_DB") or DEFAULT_URL
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url[len(plain):]
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"not a database URL: {url!r} (use sqlite:///FILE or postgresql://...)") from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite:///FILE or postgresql://...")
    return url


def _sqlite_pragmas(engine: Engine) -> None:
    """WAL, foreign keys, a busy timeout; and explicit BEGIN so transactions are real (DDL included)."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 30000")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable against process crashes
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA case_sensitive_like = ON")  # LIKE 'RUS%' on codes uses their indexes
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))


def make_engine(url: str) -> Engine:
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        db = make_url(url).database
        if db and db != ":memory:":
            parent = Path(db).expanduser().resolve().parent
            if not parent.is_dir():
                raise ConfigError(f"folder of the database does not exist: {parent}")
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _sqlite_pragmas(engine)
        return engine
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise ConfigError("PostgreSQL needs the psycopg driver: pip install 'rasad[postgres]'") from exc
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def upgrade(engine: Engine) -> None:
    """Migrate to head under a lock (PostgreSQL advisory lock; SQLite BEGIN IMMEDIATE)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    conn = engine.connect()
    try:
        if engine.dialect.name == "sqlite":
            conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        conn.close()
