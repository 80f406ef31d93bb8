"""Predicates, seventh session, sixth pass (issue 4): inviting the two sides to talks is mediation
(045, one event per side), and "مذاکرات" (the plural drops the final ه) counts for talks "not on the
agenda". Sentences written for these tests."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "قطر": ("QAT", None, "GPE"), "سودان": ("SDN", None, "GPE"), "چاد": ("TCD", None, "GPE"),
    "وزارت خارجه مصر": ("EGYGOV", None, "ORG"),
}


def _events(text: str):
    doc = events_stage(make_doc(text, ACTORS))
    return [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events]


def test_inviting_the_two_sides_to_talks_is_mediation():
    text = ("هیئت‌های سودان و چاد روز شنبه در دوحه با یکدیگر دیدار کردند. "
            "قطر نیز هیئت‌های دو کشور را برای دور تازه مذاکرات به دوحه دعوت کرده است.")
    evidence = "دو کشور را برای دور تازه مذاکرات به دوحه دعوت کرده است"
    assert _events(text) == [("SDNGOV", "040", "TCDGOV", "دیدار کردند"),
                             ("QATGOV", "045", "SDNGOV", evidence), ("QATGOV", "045", "TCDGOV", evidence)]


def test_plural_talks_not_on_the_agenda():
    assert _events("وزارت خارجه مصر اعلام کرد که مذاکرات مستقیم با قطر در دستور کار قاهره نیست.") == [
        ("EGYGOV", "125", "QATGOV", "مذاکرات مستقیم با قطر در دستور کار قاهره نیست")]
