"""Targets of events (session 7): who a call for release addresses. Sentences written for these
tests; exact codes and spans."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "پلیس بلاروس": ("BLRCOP", None, None), "سازمان عفو بین‌الملل": ("NGOAMN", None, "ORG"),
    "روزنامه‌نگار": ("BLRMED", None, None),
}


def _events(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, ACTORS))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events), key=str)


def test_call_for_release_addresses_the_captors_state():
    # "خواستار آزادی X شد" names no addressee: those who arrested them (their state) are asked
    text = ("پلیس بلاروس روز جمعه سه فعال مدنی را در مینسک بازداشت کرد. "
            "سازمان عفو بین‌الملل ساعاتی بعد خواستار آزادی فوری این فعالان شد.")
    evs = _events(text)
    assert ("NGOAMN", "0253", "BLRGOV", "خواستار آزادی فوری این فعالان شد") in evs


def test_call_for_release_with_no_arrest_reported_stays_untargeted():
    text = "سازمان عفو بین‌الملل روز جمعه خواستار آزادی فوری سه فعال مدنی شد."
    evs = _events(text)
    assert [e for e in evs if e[1] == "0253"] == [("NGOAMN", "0253", None, "خواستار آزادی فوری سه فعال مدنی شد")]
