"""Actors and named entities. PLACEHOLDER (skeleton): the events issue fills this in.

`actors_stage` sets `doc.actors` (every ActorMention: named or role-only, with CAMEO codes) and
`doc.entities` (the named ones: PER/ORG/GPE/LOC, as the record shows them).
"""
from __future__ import annotations

from ..document import Document


def actors_stage(doc: Document) -> Document:
    doc.actors = []
    doc.entities = []
    return doc
