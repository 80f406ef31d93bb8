"""Quotes and their speakers. PLACEHOLDER (skeleton): the events issue fills this in."""
from __future__ import annotations

from ..document import Document


def quotes_stage(doc: Document) -> Document:
    doc.quotes = []
    return doc
