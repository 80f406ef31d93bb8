"""The Store: one database (SQLite or PostgreSQL), migrated on open; writes live here, reads in `reads.py`."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from ..document import Document
from ..errors import StoreError
from . import schema as t
from .ingest import IngestSummary, article_rows, batches, needs_processing, now_iso, rejected_row
from .migrate import make_engine, resolve_url, upgrade
from .reads import Reads
from .search import for_dialect

log = logging.getLogger("rasad.store")


def _upgrade_with_retry(engine, attempts: int = 6) -> None:
    """Migrate; retry when SQLite reports "database is locked" while another process creates the
    file or switches it to WAL (SQLite does not always call the busy handler for that)."""
    import time
    for attempt in range(attempts):
        try:
            upgrade(engine)
            return
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            engine.dispose()
            time.sleep(0.2 * (attempt + 1))


class Store(Reads):
    """Articles, their entities/quotes/events, rejected pages and a Persian-aware search index."""

    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        self.dialect = self.engine.dialect.name
        self.fts = for_dialect(self.dialect)
        try:
            _upgrade_with_retry(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open {self.engine.url.render_as_string(hide_password=True)}: {exc}") from exc

    # -- connections ---------------------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(str(exc).splitlines()[0]) from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction; on SQLite it takes the write lock up front (no upgrade deadlocks)."""
        conn = self.engine.connect()
        if self.dialect == "sqlite":
            conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        try:
            with conn.begin():
                yield conn
        finally:
            conn.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ingest --------------------------------------------------------------------------------
    def _existing(self, conn: Connection, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        stmt = select(t.articles.c.id).where(t.articles.c.id.in_(bindparam("ids", expanding=True)))
        return set(conn.execute(stmt, {"ids": ids}).scalars())

    def ingest(self, docs: Iterable[Document], *, batch_size: int = 200, progress: bool = False,
               pipeline: Callable[[Document], Document] | None = None) -> IngestSummary:
        """Store pages; pages not yet processed run through `pipeline` (default: the full pipeline).

        Pages whose id is already stored are counted as duplicates and not processed again. A
        page rejected earlier is processed again (the pipeline may have improved) and stays in
        `rejected` only while it still fails.
        """
        summary = IngestSummary()
        pipe = pipeline
        with _Progress(progress) as bar:
            for batch in batches(docs, max(1, batch_size)):
                with self._read() as conn:
                    known = self._existing(conn, list({d.id for d in batch}))
                todo: dict[str, Document] = {}
                for doc in batch:
                    summary.pages += 1
                    if doc.id in known or doc.id in todo:
                        summary.duplicates += 1
                    else:
                        if needs_processing(doc):
                            if pipe is None:
                                from ..pipeline import get_pipeline
                                pipe = get_pipeline()
                            doc = pipe(doc)
                        todo[doc.id] = doc
                    bar.update(summary)
                self._store_batch(list(todo.values()), summary)
                bar.update(summary)
        return summary

    def _store_batch(self, docs: list[Document], summary: IngestSummary) -> None:
        for attempt in range(3):
            try:
                stored, dups, rejected = self._write_batch(docs)
                break
            except IntegrityError:  # a concurrent ingest stored some of these ids first: re-check and retry
                if attempt == 2:
                    raise
            except OperationalError as exc:
                raise StoreError(str(exc).splitlines()[0]) from exc
        summary.stored += stored
        summary.duplicates += dups
        for code in rejected:
            summary.rejected[code] = summary.rejected.get(code, 0) + 1

    def _write_batch(self, docs: list[Document]) -> tuple[int, int, list[str]]:
        at = now_iso()
        with self._write() as conn:
            known = self._existing(conn, [d.id for d in docs])
            good = [d for d in docs if d.error is None and d.id not in known]
            bad = [d for d in docs if d.error is not None]
            rows: dict[str, list[dict]] = {"articles": [], "entities": [], "quotes": [], "events": [], "search": []}
            for doc in good:
                for table, part in article_rows(doc, at).items():
                    rows[table].extend(part)
            if self.dialect == "sqlite" and rows["articles"]:  # FTS5 rowids; the write lock is held
                seq = conn.execute(text("SELECT coalesce(max(seq), 0) FROM articles")).scalar_one()
                for article, search in zip(rows["articles"], rows["search"]):
                    seq += 1
                    article["seq"] = search["seq"] = seq
            if rows["articles"]:
                conn.execute(insert(t.articles), rows["articles"])
                for table in t.CHILD_TABLES:
                    if rows[table.name]:
                        conn.execute(insert(table), rows[table.name])
                conn.execute(text(self.fts.insert_sql), rows["search"])
            settled = [d.id for d in good] + [d.id for d in bad]
            if settled:
                conn.execute(t.rejected.delete().where(t.rejected.c.id.in_(bindparam("ids", expanding=True))),
                             {"ids": settled})
            if bad:
                conn.execute(insert(t.rejected), [rejected_row(d, at) for d in bad])
        dups = sum(1 for d in docs if d.error is None and d.id in known)
        return len(good), dups, [d.error.code for d in bad]


class _Progress:
    """A Rich progress line on stderr (pages seen, stored, duplicates, rejected); silent when off."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bar = None

    def __enter__(self) -> "_Progress":
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=False)
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=None)
        return self

    def update(self, s: IngestSummary) -> None:
        if self.bar is not None:
            self.bar.update(self.task, description=(
                f"pages {s.pages}  stored {s.stored}  duplicates {s.duplicates}  rejected {s.n_rejected}"))

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
