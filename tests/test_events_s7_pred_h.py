"""Dedup, seventh session (issue 4): a lead that restates the body's act is dropped even when it names
the other party loosely (a topic, a place) or another use-of-force code. Sentences written for these
tests."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "چین": ("CHN", None, "GPE"), "ژاپن": ("JPN", None, "GPE"), "تایوان": ("TWN", None, "GPE"),
    "وزارت خارجه چین": ("CHNGOV", None, "ORG"), "ارتش اسرائیل": ("ISRMIL", None, "ORG"),
    "اسرائیل": ("ISR", None, "GPE"), "غزه": ("PSE", None, "GPE"),
}


def _lead_body(lead: str, body: str):
    text = lead + "\n\n" + body
    doc = make_doc(text, ACTORS)
    doc.parts = [("lead", 0, len(lead)), ("body", len(lead) + 2, len(text))]
    doc = events_stage(doc)
    return [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events]


def test_lead_naming_a_topic_as_the_other_party_is_the_body_act():
    assert _lead_body("چین در اعتراض به اظهارات نخست‌وزیر ژاپن درباره تایوان، سفیر تایوان را احضار کرد.",
                      "وزارت خارجه چین روز چهارشنبه سفیر ژاپن را احضار کرد.") \
        == [("CHNGOV", "114", "JPNGOV", "احضار کرد")]


def test_lead_summing_up_a_strike_with_another_force_code_is_dropped():
    got = _lead_body("ارتش اسرائیل مناطقی در غزه را گلوله‌باران کرد.",
                     "ارتش اسرائیل روز شنبه با جنگنده مناطقی در غزه را بمباران کرد.")
    assert [(s, c[:2], t) for s, c, t, _ in got] == [("ISRMIL", "19", "PSE")]
