"""Helpers shared by the event-rule tests: run the events stage on a sentence (or on a lead and a
body) with a fixed actor table and read back each event as a plain tuple, its span cut from the
text, so that a test asserts the exact list of events (an extra wrong event fails it)."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc


def coded(text: str, actors: dict, *, negated: bool = False, sort: bool = False) -> list[tuple]:
    """(source, cameo, target, span[, negated]) of every event coded in `text`, in document order
    (or sorted, for tests whose events come in no meaningful order)."""
    doc = events_stage(make_doc(text, actors))
    out = [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) + ((e.negated,) if negated else ())
           for e in doc.events]
    return sorted(out, key=str) if sort else out


def lead_body(lead: str, body: str, actors: dict) -> list[tuple]:
    """(source, cameo, target, span) of the events of a page with a lead and one body paragraph, so
    that the dedup between a lead and the body it sums up is exercised."""
    text = lead + "\n\n" + body
    doc = make_doc(text, actors)
    doc.parts = [("lead", 0, len(lead)), ("body", len(lead) + 2, len(text))]
    doc = events_stage(doc)
    return [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events]
