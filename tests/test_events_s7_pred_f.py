"""Predicates, seventh session, sixth pass (issue 4): inviting the two sides to talks is mediation
(045, one event per side), and "مذاکرات" (the plural drops the final ه) counts for talks "not on the
agenda". Sentences written for these tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {
    "قطر": ("QAT", None, "GPE"), "سودان": ("SDN", None, "GPE"), "چاد": ("TCD", None, "GPE"),
    "وزارت خارجه مصر": ("EGYGOV", None, "ORG"),
}


def _events(text: str):
    return coded(text, ACTORS)


def test_inviting_the_two_sides_to_talks_is_mediation():
    text = ("هیئت‌های سودان و چاد سه‌شنبه شب در حاشیه نشست اتحادیه آفریقا با یکدیگر دیدار کردند. "
            "قطر هم نمایندگان دو کشور را هفته آینده برای گفت‌وگو درباره آوارگان به لوسیل دعوت کرده است.")
    evidence = "دو کشور را هفته آینده برای گفت‌وگو درباره آوارگان به لوسیل دعوت کرده است"
    assert _events(text) == [("SDNGOV", "040", "TCDGOV", "دیدار کردند"),
                             ("QATGOV", "045", "SDNGOV", evidence), ("QATGOV", "045", "TCDGOV", evidence)]


def test_plural_talks_not_on_the_agenda():
    assert _events("وزارت خارجه مصر تصریح کرد که مذاکرات دوجانبه با قطر فعلاً در دستور کار قاهره نیست.") == [
        ("EGYGOV", "125", "QATGOV", "مذاکرات دوجانبه با قطر فعلاً در دستور کار قاهره نیست")]
