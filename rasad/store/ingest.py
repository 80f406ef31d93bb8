"""Ingest: pages -> rows, one transaction per batch, idempotent and kill-safe.

Why this shape: the page id is the sha256 of its raw bytes, known before any processing, so a
batch first asks the database which ids it already holds and runs the (expensive) pipeline only
on new pages. Each batch's articles, their children and their index rows commit together: a
kill -9 loses at most the batch in flight and never leaves an article without its children.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from ..document import Document
from .search import index_fields

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class IngestSummary:
    """What one ingest did; `rejected` maps error code -> number of pages."""

    pages: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: dict[str, int] = field(default_factory=dict)

    @property
    def n_rejected(self) -> int:
        return sum(self.rejected.values())


def batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def needs_processing(doc: Document) -> bool:
    """A Document straight from `iter_documents` (no stage ran, no text, no error) still needs the pipeline."""
    return doc.error is None and not doc.stages and not doc.text


def pub_date(published: str | None) -> str | None:
    return published[:10] if published and _DAY.match(published) else None


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def article_rows(doc: Document, ingested_at: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of one stored article, per table (articles, entities, quotes, events, search)."""
    rec = doc.to_dict()
    src = rec["source"]
    day = pub_date(rec.get("published"))
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [{
            "id": doc.id, "agency": rec.get("agency"), "title": rec.get("title"), "lead": rec.get("lead"),
            "section": rec.get("section"), "published": rec.get("published"), "pub_date": day,
            "text": rec.get("text") or "", "record": json.dumps(rec, ensure_ascii=False),
            "source_path": src.get("path"), "source_url": src.get("url"), "source_kind": src.get("kind"),
            "warc_record_id": src.get("warc_record_id"), "n_entities": len(rec["entities"]),
            "n_quotes": len(rec["quotes"]), "n_events": len(rec["events"]), "ingested_at": ingested_at,
            "seq": None}],
        "entities": [{"article_id": doc.id, "idx": i, "text": e["text"], "type": e["type"], "canonical": e["canonical"],
                      "code": e["code"], "start_offset": e["start"], "end_offset": e["end"]}
                     for i, e in enumerate(rec["entities"])],
        "quotes": [{"article_id": doc.id, "idx": i, "speaker": q["speaker"], "speaker_text": q["speaker_text"],
                    "text": q["text"], "direct": bool(q["direct"]), "start_offset": q["start"], "end_offset": q["end"]}
                   for i, q in enumerate(rec["quotes"])],
        "events": [{"article_id": doc.id, "idx": i, "source": e["source"], "source_text": e["source_text"],
                    "target": e["target"], "target_text": e["target_text"], "cameo": e["cameo"], "root": e["root"],
                    "plover_type": (e["plover"] or {}).get("event_type") if isinstance(e["plover"], dict) else None,
                    "plover": json.dumps(e["plover"], ensure_ascii=False) if e["plover"] is not None else None,
                    "negated": bool(e["negated"]), "sentence": e["sentence"], "start_offset": e["start"],
                    "end_offset": e["end"], "published": rec.get("published"), "pub_date": day}
                   for i, e in enumerate(rec["events"])],
        "search": [{"article_id": doc.id, **index_fields(rec)}],
    }
    return rows


def rejected_row(doc: Document, ingested_at: str) -> dict[str, Any]:
    rec = doc.to_dict()
    return {"id": doc.id, "path": doc.source.path, "url": doc.source.url, "kind": doc.source.kind,
            "warc_record_id": doc.source.warc_record_id, "code": doc.error.code, "message": doc.error.message,
            "record": json.dumps(rec, ensure_ascii=False), "ingested_at": ingested_at}
