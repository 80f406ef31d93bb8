"""Review mends of sixth-session predicates: each case is a misfire the review found, in a sentence
written for these tests, next to the act the rule is for (which must still be coded)."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "وزیر خارجه کویت": ("KWTGOV", None, None), "وزیر خارجه عراق": ("IRQGOV", None, None),
    "ایران": ("IRN", None, "GPE"), "عربستان": ("SAU", None, "GPE"), "عراق": ("IRQ", None, "GPE"),
    "دولت قطر": ("QATGOV", None, "ORG"), "سازمان عفو بین‌الملل": ("NGOAMN", None, "ORG"),
    "روسیه": ("RUS", None, "GPE"), "حزب دموکرات آمریکا": ("USAPTY", None, "ORG"),
    "پاکستان": ("PAK", None, "GPE"), "پلیس": ("PAKCOP", None, "ORG"), "ارتش اسرائیل": ("ISRMIL", None, "ORG"),
    "استانداری تهران": ("IRNGOV", None, "ORG"), "اتحادیه کارگران": ("FRALAB", None, "ORG"),
    "ارتش سوریه": ("SYRMIL", None, "ORG"), "داعش": ("IMGMUSISI", None, "ORG"), "ارتش ترکیه": ("TURMIL", None, "ORG"),
    "نیروهای مسلح ترکیه": ("TURMIL", None, "ORG"), "گروه تروریستی داعش": ("IMGMUSISI", None, "ORG"),
    "وزیر صمت": ("IRNGOV", None, None),
}


def _events(sentence):
    doc = events_stage(make_doc(sentence, ACTORS))
    return [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events]


# P1: only the negative "غیرقابل ..." complements are a criticism; "غیرقابل‌انکار" is praise
@pytest.mark.parametrize("sentence,expected", [
    ("وزیر خارجه کویت سهم ایران در امنیت منطقه را غیرقابل‌انکار دانست.", []),
    ("وزیر خارجه کویت پشتیبانی عربستان از این طرح را غیرقابل جایگزین توصیف کرد.", []),
    ("وزیر خارجه کویت اقدام ایران را غیرقابل قبول دانست.", [("KWTGOV", "111", "IRNGOV", "دانست")]),
    ("وزیر خارجه کویت سخنان وزیر خارجه عراق را غیرقابل توجیه خواند.", [("KWTGOV", "111", "IRQGOV", "خواند")]),
])
def test_mendp_complements(sentence, expected):
    assert _events(sentence) == expected


# P2: a pardon needs a convict after "عفو"; Amnesty International's request or a tax amnesty is no release
@pytest.mark.parametrize("sentence,expected", [
    ("دولت قطر با تقاضای سازمان عفو بین‌الملل برای سفر به زندان‌ها موافقت کرد.",
     [("QATGOV", "030", "NGOAMN", "عفو بین‌الملل برای سفر به زندان‌ها موافقت کرد")]),
    ("دولت قطر با طرح عفو مالیاتی شرکت‌ها موافقت کرد.", [("QATGOV", "030", None, "موافقت کرد")]),
    ("دولت قطر با عفو ۳۰ زندانی موافقت کرد.", [("QATGOV", "0841", None, "عفو ۳۰ زندانی موافقت کرد")]),
])
def test_mendp_pardon(sentence, expected):
    assert _events(sentence) == expected


# P3: the year of a past election dates the act (background): it is no label like a budget's year
@pytest.mark.parametrize("sentence,expected", [
    ("روسیه در جریان انتخابات سال ۲۰۱۶ به سرورهای حزب دموکرات آمریکا حمله کرد.", []),
])
def test_mendp_election_year(sentence, expected):
    assert _events(sentence) == expected


# P4: "منهدم شد" is the army's strike only on targets of a named enemy ("متعلق به X")
@pytest.mark.parametrize("sentence,expected", [
    ("در انفجار یک بمب در شهر لاهور پاکستان یک مقر پلیس منهدم شد.", []),
    ("ارتش اسرائیل اعلام کرد که ۱۲ هدف متعلق به ایران منهدم شد.", [("ISRMIL", "190", "IRN", "منهدم شد")]),
])
def test_mendp_destroyed(sentence, expected):
    assert _events(sentence) == expected


# P5: a closure is a strike only "با (فراخوان) اعتصاب"; a strike among the reasons is not
@pytest.mark.parametrize("sentence,expected", [
    ("استانداری تهران به علت آلودگی هوا و اعتصاب کامیون‌داران، مدارس را تعطیل کرد.", []),
    ("اتحادیه کارگران با فراخوان اعتصاب سراسری، مدارس و قطارها را تعطیل کرد.", [("FRALAB", "143", None, "تعطیل کرد")]),
])
def test_mendp_strike_closure(sentence, expected):
    assert _events(sentence) == expected


# P6: armed men driven out of villages are a battle's outcome, not an expulsion; an armed subject blocks nothing
@pytest.mark.parametrize("sentence,expected", [
    ("ارتش سوریه نیروهای داعش را از روستاهای اطراف حمص بیرون راند.", []),
    ("ارتش سوریه افراد مسلح را از روستاهای اطراف حمص بیرون راند.", []),
    ("ارتش ترکیه صدها پناهجو را از روستاهای مرزی بیرون راند.", [("TURMIL", "201", None, "بیرون راند")]),
    ("نیروهای مسلح ترکیه صدها پناهجو را از روستاهای مرزی بیرون راندند.", [("TURMIL", "201", None, "بیرون راندند")]),
    ("گروه تروریستی داعش صدها خانواده را از روستاهای اطراف موصل بیرون راند.",
     [("IMGMUSISI", "201", None, "بیرون راند")]),
])
def test_mendp_driven_out(sentence, expected):
    assert _events(sentence) == expected


# P7: "ادامه دارد/می‌یابد" is a state; "ادامه خواهد داشت/یافت" an intent to keep trading
@pytest.mark.parametrize("sentence,expected", [
    ("وزیر صمت گفت که تجارت ایران با عراق همچنان ادامه دارد.", []),
    ("وزیر صمت گفت که تجارت ایران با عراق همچنان ادامه می‌یابد.", []),
    ("وزیر صمت گفت که تجارت ایران با عراق ادامه خواهد داشت.",
     [("IRNGOV", "0311", "IRQGOV", "تجارت ایران با عراق ادامه خواهد داشت")]),
    ("وزیر صمت گفت که تجارت ایران با عراق ادامه خواهد یافت.",
     [("IRNGOV", "0311", "IRQGOV", "تجارت ایران با عراق ادامه خواهد یافت")]),
])
def test_mendp_continues(sentence, expected):
    assert _events(sentence) == expected
