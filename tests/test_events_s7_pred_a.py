"""Predicates, seventh session (issue 4): "no comment yet" with "تاکنون", acts dated relative to an
older act ("... بازداشت کرده بود و دو هفته بعد آزاد کرد"), support for "any initiative", long
announcements of expulsions, "پاسخ ... داده خواهد شد" threats, talks "not on the agenda", and pattern
gaps that step over a relative clause closed by a comma. Sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import coded

ACTORS = {
    "وزارت خارجه مصر": ("EGYGOV", None, "ORG"), "دولت اردن": ("JORGOV", None, "ORG"),
    "قطر": ("QAT", None, "GPE"), "سودان": ("SDN", None, "GPE"), "پلیس کنیا": ("KENCOP", None, "ORG"),
    "وزارت خارجه کنیا": ("KENGOV", None, "ORG"), "دولت سومالی": ("SOMGOV", None, "ORG"),
    "ارتش مراکش": ("MARMIL", None, "ORG"), "الجزایر": ("DZA", None, "GPE"), "صلیب سرخ": ("NGOCRC", None, "ORG"),
}


def _events(text: str):
    return coded(text, ACTORS, negated=True)


@pytest.mark.parametrize("text,expected", [
    # "تاکنون" with a negated verb is a present "not yet" (no comment, 011), not a tally of past acts
    ("وزارت خارجه مصر تاکنون به ادعاهای روزنامه‌های لندن واکنشی نشان نداده است.",
     [("EGYGOV", "011", None, "واکنشی نشان نداده است", False)]),
    ("دولت اردن تا کنون در این باره اظهارنظری نکرده است.",
     [("JORGOV", "011", None, "اظهارنظری نکرده است", False)]),
    # a positive perfect with "تاکنون" still sums up past acts: not coded
    ("دولت اردن تاکنون بیش از بیست بسته کمک برای سودان تصویب کرده است.", []),
    # an act "دو هفته بعد" an older dated one is as old as it: background
    ("پلیس کنیا این فعال را اسفندماه گذشته بازداشت کرده بود و دو هفته بعد با قرار وثیقه آزاد کرد.", []),
    # a time of its own ("روز شنبه") keeps both coded
    ("پلیس کنیا این فعال را روز شنبه بازداشت کرد و دو روز بعد با قرار وثیقه آزاد کرد.",
     [("KENCOP", "173", "KENCVL", "بازداشت کرد", False), ("KENCOP", "0841", None, "آزاد کرد", False)]),
    # backing "any initiative" supports no one; backing an actor's act does
    ("دولت اردن از هر ابتکاری که آب آشامیدنی روستاهای دره اردن را تأمین کند، حمایت خواهد کرد.", []),
    ("وزارت خارجه مصر از هرگونه اقدام قطر برای آزادی گروگان‌ها حمایت می‌کند.",
     [("EGYGOV", "051", "QATGOV", "حمایت می‌کند", False)]),
    # announced expulsions with a long object ("از اخراج ... خبر داد")
    ("پلیس کنیا از اخراج بیش از دو هزار مهاجر فاقد مدرک از شهرهای مرزی در هفته جاری خبر داد.",
     [("KENCOP", "174", None, "از اخراج بیش از دو هزار مهاجر فاقد مدرک از شهرهای مرزی در هفته جاری خبر داد",
       False)]),
    # "پاسخ ... در زمان مناسب (خود) داده خواهد شد": a threat of force by the speaker; an answer to a letter is not
    ("دولت سومالی هشدار داد که پاسخ بمباران بندر کیسمایو در زمان مناسب خود داده خواهد شد.",
     [("SOMGOV", "138", None, "پاسخ بمباران بندر کیسمایو در زمان مناسب خود داده خواهد شد", False)]),
    ("دولت سومالی هشدار داد که پاسخ نامه وزیر کشاورزی هفته آینده داده خواهد شد.", []),
    # talks "not on the agenda" are a refusal to negotiate (125); on the agenda, no act
    ("وزارت خارجه مصر اعلام کرد که مذاکره مستقیم با قطر در دستور کار قاهره نیست.",
     [("EGYGOV", "125", "QATGOV", "مذاکره مستقیم با قطر در دستور کار قاهره نیست", False)]),
    ("وزارت خارجه مصر اعلام کرد که مذاکره با قطر در دستور کار قرار دارد.", []),
    # a gap steps over a relative clause closed by a comma
    ("ارتش مراکش نُه اسیر الجزایر را که از زمستان در اردوگاهی نزدیک وجده بودند، در بندر نادور تحویل صلیب سرخ داد.",
     [("MARMIL", "0841", "DZAGOV",
       "اسیر الجزایر را که از زمستان در اردوگاهی نزدیک وجده بودند، در بندر نادور تحویل صلیب سرخ داد", False)]),
])
def test_s7_predicates(text, expected):
    assert _events(text) == expected


def test_relative_gap_never_crosses_a_complement_clause():
    # "گفت که" opens a complement, not a relative clause: the gap stops there
    assert _events("ارتش مراکش گفت که نُه اسیر الجزایر، در بندر نادور تحویل صلیب سرخ شد.") == []
