"""Predicates, seventh session, third pass (issue 4): refusals stated in the future ("لغو نخواهد شد"،
"بازگشایی نخواهد شد"، "پذیرفته نخواهد شد"، "وارد هیچ گفت‌وگویی نخواهد شد"، "پای میز مذاکره نمی‌نشینیم"،
"تسلیم فشارها نخواهد شد"), a future act is never dated to the past by "پیش از ...", "هیچ X" inside a
phrase is no missing subject, a veto by "مخالفت" with an adoption, "X باید بداند" is no appeal, "بسته‌ای" is no verb, and a sanctions package "که X را هدف قرار می‌دهد"
targets X.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import coded

ACTORS = {
    "وزارت خارجه مصر": ("EGYGOV", None, "ORG"), "دولت اردن": ("JORGOV", None, "ORG"),
    "قطر": ("QAT", None, "GPE"), "سودان": ("SDN", None, "GPE"), "دولت سومالی": ("SOMGOV", None, "ORG"),
}


def _events(text: str):
    return coded(text, ACTORS, negated=True)


@pytest.mark.parametrize("text,expected", [
    # "پیش از حصول توافق" is a condition of a future act, not a past date
    ("وزارت خارجه مصر اعلام کرد که قاهره پیش از حصول توافق نهایی با آتش‌بس موافقت نخواهد کرد.",
     [("EGYGOV", "1246", None, "موافقت نخواهد کرد", False)]),
    # "با قطر یا هیچ طرف دیگری": "هیچ" inside a phrase, the refusal stands
    ("وزارت خارجه مصر تصریح کرد که قاهره درباره سد و آبراه‌ها با قطر یا هیچ دولت ثالثی مذاکره نخواهد کرد.",
     [("EGYGOV", "125", "QATGOV", "مذاکره نخواهد کرد", False)]),
    ("وزارت خارجه مصر گفت که قاهره تا بازگشت ملوانان ربوده‌شده‌اش وارد هیچ گفت‌وگویی نخواهد شد.",
     [("EGYGOV", "125", None, "وارد هیچ گفت‌وگویی نخواهد شد", False)]),
    ("دولت اردن گفت: «تا زمانی که شرایط تغییر نکند، پای میز مذاکره نمی‌نشینیم.»",
     [("JORGOV", "125", None, "پای میز مذاکره نمی‌نشینیم", False)]),
    ("دولت اردن تأکید کرد که تسلیم فشارهای قطر نخواهد شد.",
     [("JORGOV", "124", None, "تسلیم فشارهای قطر نخواهد شد", False)]),
    # passive refusals: the speaker refuses (refined by topics)
    ("دولت سومالی اعلام کرد که این تصمیم لغو نخواهد شد.",
     [("SOMGOV", "124", None, "لغو نخواهد شد", False)]),
    ("دولت سومالی اعلام کرد که گذرگاه مرزی تا پایان تحقیقات بازگشایی نخواهد شد.",
     [("SOMGOV", "124", None, "بازگشایی نخواهد شد", False)]),
    ("دولت سومالی اعلام کرد که درخواست آزادی زندانیان پذیرفته نخواهد شد.",
     [("SOMGOV", "1243", None, "پذیرفته نخواهد شد", False)]),
    # a past "لغو نشد" is no announced refusal
    ("دولت سومالی اعلام کرد که این تصمیم لغو نشد.", []),
    # opposing an adoption that failed is a veto (129)
    ("وزیران خارجه اروپا نتوانستند بسته کمک به سودان را تصویب کنند، زیرا دولت اردن با آن مخالفت کرد.",
     [("JORGOV", "129", None, "مخالفت کرد", False)]),
    # "باید بداند" states a warning or a message; "باید ... خارج کند" asks an act
    ("دولت اردن گفت: «قطر باید بداند که صبر ما حدی دارد.»", []),
    ("دولت اردن گفت: «قطر باید نیروهایش را خارج کند.»", [("JORGOV", "020", "QATGOV", "قطر باید", False)]),
    # "بسته‌ای" is a package (indefinite noun), never "you have closed" (191)
    ("دولت اردن بسته‌ای ۴۰ میلیون دلاری برای بازسازی بیمارستان‌های سودان اختصاص داد.",
     [("JORGOV", "070", "SDN", "اختصاص داد", False)]),
    # a sanctions package adopted "که X را هدف قرار می‌دهد" targets X
    ("دولت اردن روز سه‌شنبه بسته‌ای از تحریم‌های مالی را تصویب کرد که شش شرکت کشتیرانی قطر را هدف قرار می‌دهد.",
     [("JORGOV", "163", "QAT", "تحریم‌های مالی را تصویب کرد", False)]),
])
def test_s7_predicates_c(text, expected):
    assert _events(text) == expected
