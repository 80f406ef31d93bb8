"""Predicate recall, session 5 (issue 4): constructions the blind dev sets showed missing, each
written here with names, places and wording of its own, with exact codes, actors and evidence
offsets; the everyday uses of the same words stay uncoded."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "وزیر خارجه اسپانیا": ("ESPGOV", None, None), "رئیس‌جمهور قزاقستان": ("KAZGOV", None, None),
    "امیر قطر": ("QATGOV", None, None), "پادشاه اردن": ("JORGOV", None, None),
    "رئیس‌جمهور مصر": ("EGYGOV", None, None), "خبرگزاری ایسنا": ("IRNMED", None, "ORG"),
    "وزیر کار": ("IRNGOV", None, None),
}


def _events(text: str, actors: dict | None = None):
    doc = events_stage(make_doc(text, actors or ACTORS))
    return [(e.source, e.cameo, e.target, doc.text[e.start:e.end], e.negated) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # calls to two parties, plural "تماس‌های": one call each
    ("رئیس‌جمهور قزاقستان در تماس‌های تلفنی جداگانه با امیر قطر و پادشاه اردن درباره تحولات منطقه سخن گفت.",
     [("KAZGOV", "041", "QATGOV", "تماس‌های تلفنی جداگانه با امیر قطر", False),
      ("KAZGOV", "041", "JORGOV", "تماس‌های تلفنی جداگانه با امیر قطر و پادشاه اردن", False)]),
    # the counterpart named by a nationality adjective
    ("وزیر خارجه اسپانیا در تماس تلفنی با همتای مصری خود درباره غزه سخن گفت.",
     [("ESPGOV", "041", "EGYGOV", "تماس تلفنی با همتای مصری خود", False)]),
    # talking to a news agency is an interview, not a call
    ("وزیر کار در تماس با خبرگزاری ایسنا از افزایش دستمزدها سخن گفت.", []),
])
def test_phone_calls(text, expected):
    assert _events(text) == expected


CHAR_ACTORS = dict(ACTORS, **{"سخنگوی دولت شیلی": ("CHLGOV", None, None), "پرو": ("PER", None, "GPE"),
                              "وزارت خارجه پرو": ("PERGOV", None, None)})


@pytest.mark.parametrize("text,expected", [
    # the characterisation is the complement between "را" and the verb: a negative one is criticism
    ("سخنگوی دولت شیلی این تصمیم پرو را «حمله‌ای آشکار به حقوق مهاجران» خواند.",
     [("CHLGOV", "111", "PERGOV", "خواند", False)]),
    ("سخنگوی دولت شیلی تحریم‌های پرو را «ظالمانه و مبتنی بر ادعاهای واهی» خواند.",
     [("CHLGOV", "111", "PERGOV", "خواند", False)]),
    # calling an accusation (the object) or calling it a claim (the complement's head) is not criticism
    ("سخنگوی دولت شیلی اتهامات پرو را «بی‌اساس» خواند.", []),
    ("سخنگوی دولت شیلی سخنان وزارت خارجه پرو را «ادعاهایی بی‌پایه» خواند.", []),
    # a neutral complement with a negative word elsewhere in the clause is no criticism
    ("سخنگوی دولت شیلی پیشنهاد پرو را «سازنده» خواند و گفت مهاجرت غیرقانونی کاهش یافته است.", []),
])
def test_characterisation(text, expected):
    assert _events(text, CHAR_ACTORS) == expected
