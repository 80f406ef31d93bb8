"""`csv` and `parquet`: flat tables of articles or events (one row each), same columns in both.

Articles keep the record's scalar fields plus counts and the entity codes ("; "-joined in CSV, a
list in Parquet); events carry their article's id, date, agency and URL so a table stands alone.
"""
from __future__ import annotations

import csv
from typing import Any, Iterator

from .codes import goldstein, quad_class

ARTICLE_COLUMNS = ["id", "agency", "title", "lead", "section", "published", "url", "path", "kind",
                   "warc_record_id", "n_entities", "n_quotes", "n_events", "actor_codes", "text"]
EVENT_COLUMNS = ["article_id", "idx", "published", "agency", "source", "source_text", "target", "target_text",
                 "cameo", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "negated",
                 "sentence", "start", "end", "title", "url"]
INT_COLUMNS = {"n_entities", "n_quotes", "n_events", "idx", "quad_class", "start", "end"}


def article_rows(store) -> Iterator[dict[str, Any]]:
    for rec in store.iter_records():
        src = rec.get("source") or {}
        codes = sorted({e["code"] for e in rec.get("entities") or [] if e.get("code")}
                       | {c for ev in rec.get("events") or [] for c in (ev.get("source"), ev.get("target")) if c})
        yield {"id": rec["id"], "agency": rec.get("agency"), "title": rec.get("title"), "lead": rec.get("lead"),
               "section": rec.get("section"), "published": rec.get("published"), "url": src.get("url"),
               "path": src.get("path"), "kind": src.get("kind"), "warc_record_id": src.get("warc_record_id"),
               "n_entities": len(rec.get("entities") or []), "n_quotes": len(rec.get("quotes") or []),
               "n_events": len(rec.get("events") or []), "actor_codes": codes, "text": rec.get("text")}


def event_rows(store) -> Iterator[dict[str, Any]]:
    for ev in store.iter_events():
        plover = ev.get("plover") or {}
        yield {"article_id": ev["article_id"], "idx": ev["idx"], "published": ev["published"], "agency": ev["agency"],
               "source": ev["source"], "source_text": ev["source_text"], "target": ev["target"],
               "target_text": ev["target_text"], "cameo": ev["cameo"], "root": ev["root"],
               "quad_class": quad_class(ev["root"]), "goldstein": goldstein(ev["cameo"]),
               "plover_type": plover.get("event_type"), "plover_mode": plover.get("mode"), "negated": ev["negated"],
               "sentence": ev["sentence"], "start": ev["start"], "end": ev["end"], "title": ev["title"],
               "url": ev.get("url")}


def rows_and_columns(store, table: str):
    return (article_rows(store), ARTICLE_COLUMNS) if table == "articles" else (event_rows(store), EVENT_COLUMNS)


def write_csv(store, out, table: str = "articles") -> int:
    rows, columns = rows_and_columns(store, table)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        if "actor_codes" in row:
            row = {**row, "actor_codes": "; ".join(row["actor_codes"])}
        writer.writerow(row)
        n += 1
    return n


def _schema(columns: list[str]):
    import pyarrow as pa
    fields = []
    for c in columns:
        if c in INT_COLUMNS:
            fields.append(pa.field(c, pa.int64()))
        elif c == "goldstein":
            fields.append(pa.field(c, pa.float64()))
        elif c == "negated":
            fields.append(pa.field(c, pa.bool_()))
        elif c == "actor_codes":
            fields.append(pa.field(c, pa.list_(pa.string())))
        else:
            fields.append(pa.field(c, pa.string()))
    return pa.schema(fields)


def write_parquet(store, path: str, table: str = "articles", chunk: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows, columns = rows_and_columns(store, table)
    schema = _schema(columns)
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= chunk:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
