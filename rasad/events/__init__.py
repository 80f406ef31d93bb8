"""Events: clause-level CAMEO / PLOVER coding of Persian predicates.

PLACEHOLDER (skeleton): the events issue fills this in; `events_stage(doc) -> doc` stays.
"""
from __future__ import annotations

from ..document import Document


def events_stage(doc: Document) -> Document:
    doc.events = []
    return doc
