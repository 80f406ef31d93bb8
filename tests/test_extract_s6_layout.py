"""Text-dump layouts: a menu item of two words joined by "و", and a lead above a story that
opens by citing another medium. Pages written for these tests."""
from __future__ import annotations

from rasad.pipeline import process

LEAD = "انفجار یک مین در مسیر گشت ارتش نیجر در نزدیکی مرز مالی دست‌کم هفت کشته بر جا گذاشت."
STORY = ("به گزارش خبرگزاری فرانسه، این انفجار صبح شنبه در جاده‌ای خاکی رخ داد و مسئولیت آن را "
         "تاکنون هیچ گروهی بر عهده نگرفته است.")
MORE = "ارتش نیجر اعلام کرد که عملیات پاک‌سازی منطقه را آغاز کرده و چند مظنون را بازداشت کرده است."
TITLE = "انفجار مین در مرز نیجر و مالی؛ هفت نظامی کشته شدند"


def _dump(site_suffix: str, menu: list[str]) -> bytes:
    lines = [*menu, "یکشنبه ۸ آذر ۱۴۰۵", "خانه » بین‌الملل", f"{TITLE} - {site_suffix}", TITLE,
             "۷ آذر ۱۴۰۵ - ۱۸:۱۰", LEAD, STORY, MORE, "اخبار مرتبط", "بازدید وزیر دفاع از مرزهای شرقی",
             f"کلیه حقوق این سایت متعلق به {site_suffix} است."]
    return "\n\n".join(lines).encode()


MENU = ["خانه", "سیاست", "اقتصاد", "بین‌الملل", "فرهنگ و هنر", "علم و فناوری", "ورزش"]


def test_menu_item_of_two_words_joined_by_va_is_not_the_headline():
    lines = [*MENU, "یکشنبه ۸ آذر ۱۴۰۵", "خانه » بین‌الملل", TITLE, "۷ آذر ۱۴۰۵ - ۱۸:۱۰", LEAD, STORY, MORE]
    doc = process("\n\n".join(lines).encode(), analyze=False)
    assert doc.title == TITLE


def test_lead_above_a_story_citing_another_medium_on_a_site_with_leads():
    doc = process(_dump("باشگاه خبرنگاران جوان", MENU), analyze=False)
    assert doc.agency == "yjc"
    assert doc.lead == LEAD
    assert doc.body[0] == STORY
    assert doc.published == "2026-11-28T18:10+03:30"


def test_site_without_leads_keeps_the_first_paragraph_in_the_body():
    doc = process(_dump("بی‌بی‌سی فارسی", MENU), analyze=False)
    assert doc.agency == "bbcpersian"
    assert doc.lead is None
    assert doc.body[:2] == [LEAD, STORY]
