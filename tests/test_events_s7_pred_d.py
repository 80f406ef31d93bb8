"""Predicates, seventh session, fourth pass (issue 4): threats of continued protest ("تجمع‌ها ادامه
خواهد یافت"، "به اعتراضات خود ادامه خواهد داد"), of sanctions ("با تحریم‌ها روبه‌رو خواهند شد") and
of legal action ("با عاملان برخورد قضایی خواهد شد"; not its negation), commitments ("به تعهدات خود
پایبند است"), acts in a relative clause on the object in the pluperfect (background), and "می‌کشد"
read as کشیدن. Sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import coded

ACTORS = {
    "وزارت خارجه مصر": ("EGYGOV", None, "ORG"), "دولت اردن": ("JORGOV", None, "ORG"),
    "قطر": ("QAT", None, "GPE"), "پلیس کنیا": ("KENCOP", None, "ORG"), "دولت سومالی": ("SOMGOV", None, "ORG"),
    "اتحادیه کارگران کنیا": ("KENLAB", None, "ORG"), "ارتش مراکش": ("MARMIL", None, "ORG"),
}


def _events(text: str):
    return coded(text, ACTORS, negated=True)


@pytest.mark.parametrize("text,expected", [
    ("پلیس کنیا اعلام کرد که تجمع‌ها تا تحقق مطالبات ادامه خواهد یافت.",
     [("KENCOP", "133", None, "تجمع‌ها تا تحقق مطالبات ادامه خواهد یافت", False)]),
    ("اتحادیه کارگران کنیا اعلام کرد که به اعتراضات خود ادامه خواهد داد.",
     [("KENLAB", "133", "KENGOV", "به اعتراضات خود ادامه خواهد داد", False)]),
    ("وزارت خارجه مصر اعلام کرد که بانک‌هایی که به قطر وام بدهند با تحریم‌های سنگین روبه‌رو خواهند شد.",
     [("EGYGOV", "1312", None, "تحریم‌های سنگین روبه‌رو خواهند شد", False)]),
    ("پلیس کنیا هشدار داد که با عاملان این ناآرامی‌ها برخورد قضایی خواهد شد.",
     [("KENCOP", "130", None, "با عاملان این ناآرامی‌ها برخورد قضایی خواهد شد", False)]),
    # "با هیچ X برخورد نخواهد شد" reassures: no threat
    ("پلیس کنیا اعلام کرد که با هیچ دانشجویی به خاطر شرکت در راهپیمایی دیروز برخورد قضایی نخواهد شد.", []),
    ("دولت اردن تأکید کرد که همچنان به تعهدات خود در توافق آب با قطر پایبند است.",
     [("JORGOV", "030", None, "پایبند است", False)]),
    # the pluperfect arrest in the object's relative clause is background; the release is the news
    ("دولت سومالی چهارده زندانی قطر را که هنگام ماهیگیری در آب‌های بربره بازداشت شده بودند، آزاد کرد.",
     [("SOMGOV", "0841", "QATGOV", "آزاد کرد", False)]),
    # "می‌کشد" is "pulls" ("انتظار ... را می‌کشد"، "به آتش می‌کشد"), not "kills"
    ("این رمان روایت پیرمردی است که سال‌ها انتظار رسیدن نامه‌ای از برادرش را می‌کشد.", []),
    ("ارتش مراکش مزارع زیتون دامنه کوه را به آتش می‌کشد.",
     [("MARMIL", "1712", "MARCVL", "به آتش می‌کشد", False)]),
])
def test_s7_predicates_d(text, expected):
    assert _events(text) == expected
