"""Build Documents with hand-made actor mentions, for tests and for trying patterns by hand.

`make_doc("...", {"لاوروف": ("RUSGOV", "Sergey Lavrov", "PER")})` finds every occurrence of each
surface form (longest first) and adds an ActorMention; sentences come from the real splitter.
"""
from __future__ import annotations

from ..analyze.sentences import split_sentences
from ..document import ActorMention, Document


def make_doc(text: str, actors: dict[str, tuple], *, title: str | None = None) -> Document:
    doc = Document(raw=text.encode("utf-8"))
    parts = []
    full = text
    if title:
        full = title + "\n\n" + text
        parts.append(("title", 0, len(title)))
    parts.append(("body", len(full) - len(text), len(full)))
    doc.text, doc.parts = full, parts
    doc.sentences = split_sentences(full)
    taken: list[tuple[int, int]] = []
    mentions = []
    for surface in sorted(actors, key=len, reverse=True):
        code, canonical, typ = (tuple(actors[surface]) + (None, None, None))[:3]
        start = 0
        while (i := full.find(surface, start)) >= 0:
            j = i + len(surface)
            start = j
            if any(a < j and i < b for a, b in taken):
                continue
            taken.append((i, j))
            country = code[:3] if code and not code.startswith(("IGO", "NGO")) else None
            role = code[3:6] if code and len(code) >= 6 else None
            mentions.append(ActorMention(surface, i, j, code, canonical, typ, role, country))
    doc.actors = sorted(mentions, key=lambda m: m.start)
    return doc
