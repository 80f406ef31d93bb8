"""Precision pass, seventh session (issue 4), part c: "با X موافقت کردند" is coded as the act agreed
to, as the blind annotators code it (0 of 7 positive "موافقت کرد" were 030 in the dev sets): a
ceasefire (0871), aid (07x, refined), lifted sanctions (085); refusing stays a refusal. Sentences
written for these tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {
    "ارمنستان": ("ARM", None, "LOC"),
    "جمهوری آذربایجان": ("AZE", None, "LOC"),
    "وزیران دفاع اتحادیه اروپا": ("IGOEUR", None, "ORG"),
    "مولداوی": ("MDA", None, "LOC"),
    "ایروان": ("ARMGOV", None, "LOC"),
}


def _events(text: str) -> list[tuple]:
    return [(src, code, span) for src, code, _, span in coded(text, ACTORS)]  # targets: not this pass


def test_agreeing_to_a_ceasefire_is_the_ceasefire():
    assert _events("ارمنستان و جمهوری آذربایجان روز یکشنبه با آتش‌بس فوری در مرز موافقت کردند.") == [
        ("ARMGOV", "0871", "آتش‌بس فوری در مرز موافقت کردند")]


def test_agreeing_to_military_aid_is_the_aid():
    assert _events("وزیران دفاع اتحادیه اروپا با اعطای دو میلیارد یورو کمک نظامی به مولداوی موافقت کردند.") == [
        ("IGOEUR", "072", "کمک نظامی به مولداوی موافقت کردند")]


def test_agreeing_to_lift_sanctions_eases_them():
    assert [e[1] for e in _events("وزیران دفاع اتحادیه اروپا با لغو تحریم‌های بانکی مولداوی موافقت کردند.")] == ["085"]


def test_refusing_a_ceasefire_stays_a_refusal():
    assert [e[1] for e in _events("ارمنستان اعلام کرد که ایروان با آتش‌بس پیش از عقب‌نشینی نیروها موافقت "
                                  "نخواهد کرد.")] == ["1246"]
