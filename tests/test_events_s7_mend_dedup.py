"""Dedup mend (issue 4): a lead is dropped for a body act with another target only when the lead named
its target loosely (after 'درباره' / 'در واکنش به'); a target through 'را' or a place of a strike is
another act. Sentences written for these tests."""
from __future__ import annotations

from events_helpers import lead_body

ACTORS = {
    "ایران": ("IRN", None, "GPE"), "ترکیه": ("TUR", None, "GPE"), "عراق": ("IRQ", None, "GPE"),
    "وزارت خارجه ایران": ("IRNGOV", None, "ORG"), "ارتش اسرائیل": ("ISRMIL", None, "ORG"),
    "اسرائیل": ("ISR", None, "GPE"), "لبنان": ("LBN", None, "GPE"), "سوریه": ("SYR", None, "GPE"),
    "یونان": ("GRC", None, "GPE"), "قبرس": ("CYP", None, "GPE"),
    "وزارت خارجه ترکیه": ("TURGOV", None, "ORG"),
}


def test_two_summonses_of_two_envoys_are_both_kept():
    assert lead_body("ایران سفیر ترکیه را احضار کرد.",
                     "وزارت خارجه ایران روز شنبه سفیر عراق را احضار کرد.", ACTORS) \
        == [("IRNGOV", "114", "TURGOV", "احضار کرد"), ("IRNGOV", "114", "IRQGOV", "احضار کرد")]


def test_strikes_in_two_countries_are_both_kept():
    got = lead_body("ارتش اسرائیل مواضعی در لبنان را بمباران کرد.",
                    "ارتش اسرائیل روز یکشنبه مواضعی در سوریه را بمباران کرد.", ACTORS)
    assert [(s, c[:2], t) for s, c, t, _ in got] == [("ISRMIL", "19", "LBN"), ("ISRMIL", "19", "SYR")]


def test_lead_naming_a_topic_is_still_the_body_act():
    assert lead_body("ترکیه در واکنش به سخنان وزیر خارجه یونان درباره قبرس، سفیر قبرس را احضار کرد.",
                     "وزارت خارجه ترکیه صبح سه‌شنبه سفیر یونان را احضار کرد.", ACTORS) \
        == [("TURGOV", "114", "GRCGOV", "احضار کرد")]
