"""Normalize stage: normalize each extracted field and join them into `Document.text`.

`text` = title, lead, body paragraphs joined by "\\n\\n" (absent parts skipped), as the CONTRACT
says; `parts` records where each one sits, so later stages know a span's paragraph.
"""
from __future__ import annotations

from ..document import Document
from . import normalize


def normalize_stage(doc: Document) -> Document:
    norm = lambda s: " ".join(normalize(s).split()) if s else s  # noqa: E731 - one line per field
    doc.title = norm(doc.title) or None
    doc.lead = norm(doc.lead) or None
    doc.body = [p for p in (norm(p) for p in doc.body) if p]
    doc.section = norm(doc.section) or None
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
