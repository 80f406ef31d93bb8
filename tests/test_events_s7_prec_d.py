"""Precision pass, seventh session (issue 4), part d: what an accusation or claim says someone does in
the present ("X را متهم کرد که از ... خودداری می‌کند") is an allegation, no act of X (a claimed past
attack stays); a pattern's gap never reaches back over "V و" into the clause before ("X را به حمایت
از تروریسم متهم کرد و اعلام کرد ..." holds no declaration of support). Sentences written for these
tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {
    "وزارت خارجه کلمبیا": ("COLGOV", None, "ORG"),
    "کاراکاس": ("VENGOV", None, "LOC"),
    "ونزوئلا": ("VEN", None, "LOC"),
    "ارتش ونزوئلا": ("VENMIL", None, "ORG"),
}


def _events(text: str) -> list[tuple]:
    return [(src, code, span) for src, code, _, span in coded(text, ACTORS)]  # targets: not this pass


def test_alleged_present_conduct_is_no_act():
    assert [e[1] for e in _events("وزارت خارجه کلمبیا کاراکاس را متهم کرد که از گروه‌های قاچاق مواد مخدر "
                                  "حمایت می‌کند.")] == ["1121"]


def test_alleged_refusal_is_no_refusal():
    assert [e[1] for e in _events("وزارت خارجه کلمبیا کاراکاس را متهم کرد که عمداً از پذیرش مهاجران "
                                  "اخراج‌شده خودداری می‌کند.")] == ["112"]


def test_claimed_past_attack_stays():
    assert [e[1][:2] for e in _events("وزارت خارجه کلمبیا مدعی شد که ارتش ونزوئلا شب گذشته یک پاسگاه مرزی "
                                      "را بمباران کرده است.")] == ["11", "19"]


def test_gap_does_not_cross_a_coordinated_verb():
    assert _events("وزارت خارجه کلمبیا کاراکاس را به حمایت از باندهای قاچاق متهم کرد و همزمان اعلام کرد "
                   "سفیرش را فراخوانده است.") == [("COLGOV", "1121", "متهم کرد"), ("COLGOV", "161", "فراخوانده است")]


def test_declared_support_stays():
    assert _events("وزارت خارجه کلمبیا حمایت خود را از کاراکاس اعلام کرد.") == [
        ("COLGOV", "051", "حمایت خود را از کاراکاس اعلام کرد")]
