"""Predicates, seventh session, fifth pass (issue 4): joint military operations ("عملیات مشترکی را
به اجرا گذاشتند": 062), readiness "برای هر سناریویی" is no intent, and an official protest "ابراز/ابلاغ"
("اعتراض رسمی خود را ... ابراز کرد": 114). Sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import coded

ACTORS = {
    "دولت اردن": ("JORGOV", None, "ORG"), "قطر": ("QAT", None, "GPE"), "دولت مالی": ("MLIGOV", None, "ORG"),
    "ارتش مراکش": ("MARMIL", None, "ORG"),
}


def _events(text: str):
    return coded(text, ACTORS, negated=True)


@pytest.mark.parametrize("text,expected", [
    ("دولت مالی و ارتش مراکش عملیات مشترکی را در بیابان‌های شمال تمبوکتو به اجرا گذاشتند.",
     [("MLIGOV", "062", "MARMIL", "عملیات مشترکی را در بیابان‌های شمال تمبوکتو به اجرا گذاشتند", False)]),
    # ready "for any scenario" states no intent; ready for cooperation with X does
    ("دولت اردن گفت که ارتش برای هر سناریویی در مرز شرقی آماده است.", []),
    ("دولت اردن گفت که امان برای همکاری با قطر در مهار آتش‌سوزی‌ها آماده است.", [("JORGOV", "030", "QATGOV", "آماده است", False)]),
    ("دولت اردن در نامه‌ای به دبیرکل، اعتراض رسمی خود را به توقیف کامیون‌هایش ابراز کرد.",
     [("JORGOV", "114", None, "اعتراض رسمی خود را به توقیف کامیون‌هایش ابراز کرد", False)]),
])
def test_s7_predicates_e(text, expected):
    assert _events(text) == expected
