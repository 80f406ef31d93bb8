"""Normalize stage: normalize each extracted field and join them into `Document.text`.

`text` = title, lead, body paragraphs joined by "\\n\\n" (absent parts skipped), as the CONTRACT
says; `parts` records where each one sits, so later stages know a span's paragraph.
"""
from __future__ import annotations

from ..document import Document
from . import normalize_fields


def normalize_stage(doc: Document) -> Document:
    """Title, lead, section and body are normalized with one writer style read from all of them
    (`normalize_fields`): they come from one page, one site, one scraper."""
    fields = [doc.title or "", doc.lead or "", doc.section or "", *doc.body]
    title, lead, section, *body = (" ".join(f.split()) for f in normalize_fields(fields))
    doc.title = title or None
    doc.lead = lead or None
    doc.body = [p for p in body if p]
    doc.section = section or None
    pieces: list[tuple[str, str]] = []
    if doc.title:
        pieces.append(("title", doc.title))
    if doc.lead:
        pieces.append(("lead", doc.lead))
    pieces += [("body", p) for p in doc.body]
    parts, pos, chunks = [], 0, []
    for name, piece in pieces:
        if chunks:
            pos += 2
        parts.append((name, pos, pos + len(piece)))
        chunks.append(piece)
        pos += len(piece)
    doc.text = "\n\n".join(chunks)
    doc.parts = parts
    return doc
