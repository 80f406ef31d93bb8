"""Predicates, seventh session, second pass (issue 4): criticism by "X را «...» دانست/خواند" or by a
manner phrase aimed at the addressee of the appeal that follows it, "شدید" (severe) never a verb, an
author's account that its strikes hit "only" some targets is no new attack, a month on a pluperfect
dates an act out of the news cycle, long "از بازداشت ... خبر داد". Sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import coded

ACTORS = {
    "دولت اردن": ("JORGOV", None, "ORG"), "قطر": ("QAT", None, "GPE"), "پلیس کنیا": ("KENCOP", None, "ORG"),
    "وزارت خارجه کنیا": ("KENGOV", None, "ORG"), "دولت سومالی": ("SOMGOV", None, "ORG"),
    "ارتش مراکش": ("MARMIL", None, "ORG"), "الجزایر": ("DZA", None, "GPE"),
}


def _events(text: str):
    return coded(text, ACTORS, negated=True)


@pytest.mark.parametrize("text,expected", [
    # "این اقدام را «...» دانست و از Y خواست": the criticism is aimed at Y
    ("دولت اردن ورود شناورهای جنگی به خلیج عقبه را نقض آشکار حاکمیت خود دانست و از قطر خواست شناورهایش را بی‌درنگ خارج کند.",
     [("JORGOV", "111", "QATGOV", "نقض آشکار حاکمیت خود دانست", False),
      ("JORGOV", "020", "QATGOV", "از قطر خواست", False)]),
    # ... not when the source appeals to its own body
    ("دولت اردن ورود شناورهای جنگی به خلیج عقبه را نقض آشکار حاکمیت خود دانست و از دولت اردن خواست به دیوان لاهه شکایت کند.",
     [("JORGOV", "020", None, "از دولت اردن خواست", False)]),
    # "با انتقاد از این تصمیم، از Y خواست": the criticism is aimed at Y
    ("وزارت خارجه کنیا با انتقاد از بستن پروازهای باری، از دولت سومالی خواست که فرودگاه بیدوا را بازگشایی کند.",
     [("KENGOV", "111", "SOMGOV", "انتقاد", False), ("KENGOV", "020", "SOMGOV", "از دولت سومالی خواست", False)]),
    # condemning a crime aims at its author, not at whom the source then asks to act ("شدید" is no verb)
    ("وزارت خارجه کنیا با محکوم کردن شدید کشتار چوپانان مرزی، از دولت سومالی خواست که قاتلان را به دادگاه بسپارد.",
     [("KENGOV", "020", "SOMGOV", "از دولت سومالی خواست", False)]),
    # an author's account that its strikes hit "only" some targets is no new attack
    ("ارتش مراکش مدعی شد که حملات پهپادی سه‌شنبه تنها انبارهای سوخت شورشیان را هدف گرفته است.", []),
    ("ارتش مراکش گفت که انبارهای سوخت شورشیان در الجزایر را هدف گرفته است.",
     [("MARMIL", "190", "DZA", "هدف گرفته است", False)]),
    # a month with no day on a pluperfect is background; "روز شنبه" is in the news cycle
    ("این فعال که در شهریورماه به دست پلیس کنیا بازداشت شده بود، روز شنبه به دادگاه رفت.", []),
    ("پلیس کنیا اعلام کرد که این فعال روز شنبه در نایروبی بازداشت شده بود.",
     [("KENCOP", "173", "KENCVL", "بازداشت شده بود", False)]),
    # announced arrests with a long object
    ("پلیس کنیا از بازداشت هفت قاچاقچی عاج و دو راننده کامیون در بازرسی شبانه جاده مومباسا خبر داد.",
     [("KENCOP", "173", None,
       "از بازداشت هفت قاچاقچی عاج و دو راننده کامیون در بازرسی شبانه جاده مومباسا خبر داد", False)]),
])
def test_s7_predicates_b(text, expected):
    assert _events(text) == expected


def test_month_as_a_first_name_dates_nothing():
    # "آذر" opening a person's name is no date: the appeal in the pluperfect stays coded
    got = _events("آذر رحیمی، نماینده مجلس، روز گذشته از دولت اردن خواسته بود که به این پرونده رسیدگی کند.")
    assert got == [(None, "020", "JORGOV", "از دولت اردن خواسته بود", False)]
