"""Dedup, seventh session (issue 4): a lead that restates the body's act is dropped even when it names
the other party loosely (a topic, a place) or another use-of-force code. Sentences written for these
tests."""
from __future__ import annotations

from events_helpers import lead_body

ACTORS = {
    "ترکیه": ("TUR", None, "GPE"), "یونان": ("GRC", None, "GPE"), "قبرس": ("CYP", None, "GPE"),
    "وزارت خارجه ترکیه": ("TURGOV", None, "ORG"), "ارتش اسرائیل": ("ISRMIL", None, "ORG"),
    "اسرائیل": ("ISR", None, "GPE"), "غزه": ("PSE", None, "GPE"),
}


def test_lead_naming_a_topic_as_the_other_party_is_the_body_act():
    assert lead_body("ترکیه در واکنش به گفته‌های رئیس‌جمهور یونان درباره قبرس، سفیر قبرس را احضار کرد.",
                     "وزارت خارجه ترکیه بعدازظهر دوشنبه سفیر یونان را احضار کرد.", ACTORS) \
        == [("TURGOV", "114", "GRCGOV", "احضار کرد")]


def test_lead_summing_up_a_strike_with_another_force_code_is_dropped():
    got = lead_body("ارتش اسرائیل مناطقی در غزه را گلوله‌باران کرد.",
                    "ارتش اسرائیل روز شنبه با جنگنده مناطقی در غزه را بمباران کرد.", ACTORS)
    assert [(s, c[:2], t) for s, c, t, _ in got] == [("ISRMIL", "19", "PSE")]
