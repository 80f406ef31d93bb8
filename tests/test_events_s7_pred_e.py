"""Predicates, seventh session, fifth pass (issue 4): joint military operations ("عملیات مشترکی را
به اجرا گذاشتند": 062), readiness "برای هر سناریویی" is no intent, and an official protest "ابراز/ابلاغ"
("اعتراض رسمی خود را ... ابراز کرد": 114). Sentences written for these tests."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "دولت اردن": ("JORGOV", None, "ORG"), "قطر": ("QAT", None, "GPE"), "دولت مالی": ("MLIGOV", None, "ORG"),
    "ارتش مراکش": ("MARMIL", None, "ORG"),
}


def _events(text: str):
    doc = events_stage(make_doc(text, ACTORS))
    return [(e.source, e.cameo, e.target, doc.text[e.start:e.end], e.negated) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    ("دولت مالی و ارتش مراکش عملیات مشترکی را در مناطق مرزی به اجرا گذاشتند.",
     [("MLIGOV", "062", "MARMIL", "عملیات مشترکی را در مناطق مرزی به اجرا گذاشتند", False)]),
    # ready "for any scenario" states no intent; ready for cooperation with X does
    ("دولت اردن گفت که امان برای هر سناریویی آماده است.", []),
    ("دولت اردن گفت که امان برای همکاری با قطر آماده است.", [("JORGOV", "030", "QATGOV", "آماده است", False)]),
    ("دولت اردن با احضار سفیر قطر، اعتراض رسمی خود را به این اقدامات ابراز کرد.",
     [("JORGOV", "114", None, "اعتراض رسمی خود را به این اقدامات ابراز کرد", False)]),
])
def test_s7_predicates_e(text, expected):
    assert _events(text) == expected
