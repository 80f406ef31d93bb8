"""Events: clause-level CAMEO / PLOVER coding of Persian predicates.

`events_stage(doc)` sets `doc.events`. Verb patterns, topic refinements, the CAMEO code table and
the CAMEO→PLOVER map are data files in rasad/events/data/ (format: docs/events.md). The title is
never coded; each real-world act is kept once, from the body when the body states it (the lead
only otherwise).

Modules, in the order a sentence goes through them: clauses.py (tokens, mentions, clause
boundaries, subjects) → coder.py (which verb pattern matches) → sentence.py (code, source, target;
with dates.py, context.py, subjects.py, actors.py, targets.py, anaphora.py, fallbacks.py) → phrases.py (visits,
calls, "باید" appeals, conditional threats) → dedup.py (each act once).
"""
from __future__ import annotations

from ..document import Document, Event
from .clauses import analyzed
from .dedup import dedup
from .learned import refine_targets
from .mentions import Mention
from .phrases import adverbial_acts, drop_hearsay
from .sentence import code_sentence


__all__ = ["events_stage", "code_document"]


HEADLINE_WORDS = 30
SENTENCE_ENDS = (".", "!", "?", "؟", "»", ")", "…", ":", "\"")


def _headline(doc: Document, pos: int, seen: dict[int, bool]) -> bool:
    """A short paragraph with no final punctuation is a headline (a title the page repeats, a kicker
    taken for the title), never coded: leads and body sentences end with a full stop. `seen`: the
    answer by part start, for the next sentence of the same part."""
    for name, a, b in doc.parts:
        if a <= pos < b:
            if a in seen:
                return seen[a]
            text = doc.text[a:b].strip()
            r = bool(text) and not text.endswith(SENTENCE_ENDS) and len(text.split()) <= HEADLINE_WORDS
            seen[a] = r
            return r
    return False


def events_stage(doc: Document) -> Document:
    doc.events = code_document(doc)
    return doc


def code_document(doc: Document) -> list[Event]:
    ments, sents = analyzed(doc)
    state = {"last": None}  # last source mention, for zero subjects across sentences
    first_seen: dict[str, int] = {}
    for m in ments:  # "دو طرف" put the party the article names first first (conventions)
        if m.country:
            first_seen.setdefault(m.country, m.start)
    state["first_seen"] = first_seen
    state["dyad"] = first_pair(ments)  # "دو وزیر ... رایزنی کردند" before any two-sided act is coded
    state["state_pair"] = state["dyad"] if state["dyad"] and all(not (m.code or "").startswith(("IGO", "NGO"))
                                                                 for m in state["dyad"]) else None
    cands: list[tuple[int, Event, str | None]] = []
    home = main_country_of(ments)
    heads: dict[int, bool] = {}  # part start → is it a headline (asked once per part, not per sentence)
    for s in sents:
        part = doc.part_at(s.start)
        if part == "title" or _headline(doc, s.start, heads):
            continue
        rank = 0 if part == "body" else 1
        coded = code_sentence(s, state, home)
        coded += adverbial_acts(s, state, coded)  # "ضمن محکوم کردن این حمله، ...": with the sentence's anaphors
        coded = drop_hearsay(s, coded)  # "X می‌گویند ...": nothing it reports is coded
        for ev, src in coded:
            cands.append((rank, ev, src.canonical if src is not None else None))
    return refine_targets(doc, dedup(cands))  # learned: fill a missing target (docs/events.md)


#: roles that are not parties to an act the article reports (the agency, a newspaper)
NOT_PARTIES = {"MED"}


def first_pair(ments: list[Mention]) -> tuple[Mention, Mention] | None:
    """The article's first two countries, by the first actor of each (not media): the parties
    "دو طرف"/"دو وزیر" stand for until an act between two parties is coded."""
    pair: list[Mention] = []
    for m in ments:
        if not m.country or not m.code or (m.code[3:6] in NOT_PARTIES) or m.pronoun:
            continue
        if pair and pair[0].country == m.country:
            continue
        pair.append(m)
        if len(pair) == 2:
            return pair[0], pair[1]
    return None


def main_country_of(ments: list[Mention]) -> str | None:
    counts: dict[str, int] = {}
    for m in ments:
        if m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
    return max(counts, key=counts.get) if counts else None
