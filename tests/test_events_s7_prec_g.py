"""Precision pass, seventh session (issue 4), part g: a trip named as the object of another verb ("سفر
X به Y را «...» خواند"، "اجازه سفر به Y را بدهند") is a nominal mention, no visit (042); "در سفر به Y
... دیدار کرد" stays a visit. Sentences written for these tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {"وزارت خارجه لیتوانی": ("LTUGOV", None, "ORG"), "مینسک": ("BLRGOV", None, "LOC"),
          "نخست‌وزیر مجارستان": ("HUNGOV", None, "PER"), "رئیس‌جمهور بلاروس": ("BLRGOV", None, "PER"),
          "گزارشگر سازمان ملل": ("IGOUNO", None, "PER"), "بلاروس": ("BLR", None, "LOC")}


def _events(text: str) -> list[tuple]:
    return [(src, code, tgt) for src, code, tgt, _ in coded(text, ACTORS)]


def test_criticised_trip_is_no_visit():
    assert all(e[1] != "042" for e in _events(
        "وزارت خارجه لیتوانی سفر نخست‌وزیر مجارستان به مینسک را «اشتباهی راهبردی» خواند و از آن انتقاد کرد."))


def test_requested_trip_is_no_visit():
    assert all(e[1] != "042" for e in _events(
        "گزارشگر سازمان ملل از مقام‌های بلاروس خواست به او اجازه سفر به مینسک را بدهند."))


def test_visit_in_a_phrase_stays():
    assert ("HUNGOV", "042", "BLRGOV") in _events(
        "نخست‌وزیر مجارستان در سفر دوروزه خود به مینسک، رئیس‌جمهور بلاروس را ملاقات کرد.")
