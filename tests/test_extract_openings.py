"""Where a text dump's story opens, and which site a copyright line names."""
from __future__ import annotations

import pytest

from rasad.extract.attribution import agency_from_copyright
from rasad.extract.lines import starts_body
from rasad.extract.textdump import extract_text


@pytest.mark.parametrize("line, opens", [
    ("به گزارش خبرگزاری فارس، وزیر نفت امروز گفت ...", True),
    ("تهران - ایرنا - به گزارش خبرنگار سیاسی ایرنا، ...", True),
    ("بنا به گزارش رویترز، ارتش اعلام کرد ...", True),
    # "به گزارش" as a complement inside a lead sentence: not the story's opening
    ("وزیر خارجه در واکنش به گزارش تازه آژانس، این نهاد را به جانبداری متهم کرد.", False),
    ("سخنگوی دولت با اشاره به گزارش دیوان محاسبات گفت که ...", False),
])
def test_story_opening_cue_must_start_the_line(line, opens):
    assert starts_body(line) is opens


def test_lead_holding_the_words_به_گزارش_stays_the_lead():
    dump = "\n\n".join([
        "کاظمی: آژانس اطلاعات را به دشمن داده است",
        "کاظمی: آژانس اطلاعات را به دشمن داده است",
        "معاون وزیر در واکنش به گزارش تازه آژانس، این نهاد را به افشای اطلاعات متهم کرد.",
        "به گزارش خبرگزاری فارس، رضا کاظمی معاون وزیر امروز در جمع خبرنگاران آژانس را متهم کرد.",
        "وی افزود که ایران به این رفتار پاسخ خواهد داد و همکاری را بازبینی می‌کند.",
        "انتهای پیام/",
    ])
    out = extract_text(dump)
    assert out["lead"].startswith("معاون وزیر در واکنش به گزارش تازه آژانس")
    assert out["body"][0].startswith("به گزارش خبرگزاری فارس")
    assert out["agency"] == "fars"


def test_copyright_line_names_the_site():
    assert agency_from_copyright(["موضوعات مرتبط", "© ۲۰۲۶ بی‌بی‌سی. بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست."]) == "bbcpersian"
    assert agency_from_copyright(["کلیه حقوق این سایت متعلق به خبرگزاری تسنیم است"]) == "tasnim"
    assert agency_from_copyright(["به گزارش بی‌بی‌سی، ارتش ..."]) is None   # not a copyright line


def test_kicker_over_single_headline_is_not_the_title():
    dump = "\n\n".join([
        "امنیت مرزها",
        "سفر وزیر کشور به بغداد؛ عراق ۱۲ متهم را به ایران تحویل داد",
        "۴ آذر ۱۴۰۵، ۲۱:۰۵",
        "وزیر کشور در سفر به بغداد با مقامات عراقی درباره توافق امنیتی دو کشور رایزنی کرد.",
        "به گزارش ایرنا، وزیر کشور که روز سه‌شنبه وارد بغداد شد با مشاور امنیت ملی عراق دیدار کرد.",
        "انتهای پیام/",
    ])
    out = extract_text(dump)
    assert out["title"] == "سفر وزیر کشور به بغداد؛ عراق ۱۲ متهم را به ایران تحویل داد"
    assert out["lead"].startswith("وزیر کشور در سفر به بغداد")


def test_short_title_without_kicker_stays():
    dump = "\n\n".join([
        "انفجار در کابل",
        "یک انفجار امروز در غرب کابل دست‌کم پنج کشته برجای گذاشت.",
        "به گزارش ایسنا، پلیس کابل اعلام کرد که انفجار در نزدیکی یک مدرسه رخ داد.",
        "انتهای پیام/",
    ])
    assert extract_text(dump)["title"] == "انفجار در کابل"


def test_short_sentence_before_a_late_attribution_is_story():
    dump = "\n\n".join([
        "اسلواکی بسته تحریمی اتحادیه اروپا را متوقف کرد",
        "۲۳/۱۱/۲۰۲۶ - ۱۷:۳۰",
        "بسته جدید تحریم‌های اتحادیه اروپا روز دوشنبه به دلیل مخالفت اسلواکی تصویب نشد.",
        "نخست‌وزیر اسلواکی درخواست کمیسیون اروپا برای کنار گذاشتن مخالفت با این بسته را نپذیرفت.",
        "وی موضع کمیسیون را غیرمسئولانه خواند.",
        "به گزارش یورونیوز، این بسته شامل ممنوعیت واردات گاز مایع روسیه است.",
        "اشتراک‌گذاری این مطلب",
    ])
    out = extract_text(dump)
    assert "وی موضع کمیسیون را غیرمسئولانه خواند." in out["body"]
    assert out["body"].index("وی موضع کمیسیون را غیرمسئولانه خواند.") == 1
