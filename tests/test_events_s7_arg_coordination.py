"""Arguments of events (session 7): compound parties. Sentences written for these tests; exact
codes and spans."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "کره شمالی": ("PRK", "North Korea", "GPE"), "سئول": ("KORGOV", "Seoul", "GPE"),
    "توکیو": ("JPNGOV", "Tokyo", "GPE"), "شورای امنیت": ("IGOUNO", None, "ORG"),
}


def _events(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, ACTORS))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events), key=str)


def test_shared_compound_subject_acts_in_the_second_clause_too():
    # "X و Y ... تشکیل دادند و این آزمایش را محکوم کردند": both capitals condemn, not only the first named
    text = ("کره شمالی بامداد جمعه یک موشک بالستیک شلیک کرد. سئول و توکیو ساعتی بعد جلسه‌های اضطراری "
            "تشکیل دادند و این آزمایش را محکوم کردند.")
    evs = [e for e in _events(text) if e[1] == "111"]
    assert ("KORGOV", "111", "PRKGOV", "محکوم کردند") in evs
    assert ("JPNGOV", "111", "PRKGOV", "محکوم کردند") in evs
