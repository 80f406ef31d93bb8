"""Dumps whose site menu (one word per line) comes before the headline, breadcrumbs that name the
story's section, and dates whose zone the page prints: shapes that blind annotators' pages had and
rasad got wrong (the whole page rejected as not_article, the menu's first section taken)."""
from rasad.extract.dates import parse_date, reconcile
from rasad.pipeline import process

MENU = "صفحه نخست\nسیاسی\nاقتصادی\nبینالملل\nورزشی\nفرهنگی\nاجتماعی\n\n"
STORY = (
    "جنگ تجاری\n"
    "سئول واردات فولاد از سه کشور را محدود کرد\n\n"
    "سئول واردات فولاد از سه کشور را محدود کرد\n\n"
    "{date}\n\n"
    "دولت کره جنوبی برای حمایت از کارخانه‌های داخلی سهمیه تازه‌ای برای واردات فولاد تعیین کرد.\n\n"
    "به گزارش {desk}، وزارت صنعت کره جنوبی روز جمعه اعلام کرد که از ماه آینده واردات فولاد "
    "از سه کشور آسیایی به نیمی از سطح پارسال محدود می‌شود.\n\n"
    "این وزارتخانه افزود که تصمیم تازه پس از شکایت چند کارخانه بزرگ داخلی گرفته شده است و تا پایان "
    "سال آینده اجرا خواهد شد.\n\n"
    "انتهای پیام/\n\nاخبار مرتبط\nدرباره ما\nتماس با ما\n"
)


def _page(crumb: str = "", date: str = "جمعه ۶ آذر ۱۴۰۵ - ۱۴:۴۵", desk: str = "خبرگزاری تسنیم") -> bytes:
    return (MENU + crumb + STORY.format(date=date, desk=desk)).encode("utf-8")


def test_headline_after_a_one_word_menu_is_found():
    doc = process(_page())
    assert doc.error is None
    assert doc.title == "سئول واردات فولاد از سه کشور را محدود کرد"
    assert doc.body[0].startswith("به گزارش")


def test_menu_items_are_not_the_section():
    assert process(_page()).section is None


def test_breadcrumb_names_the_section():
    assert process(_page("صفحه نخست » اقتصاد بینالملل\n\n")).section == "اقتصاد بین‌الملل"


def test_breadcrumb_beats_the_reporters_desk():
    doc = process(_page("خانه » مجلس\n\n", desk="خبرنگار اقتصادی تسنیم"))
    assert doc.section == "مجلس"


def test_group_in_the_opening_names_the_section():
    doc = process(_page(desk="گروه اقتصادی خبرگزاری تسنیم"))
    assert doc.section == "اقتصادی"


def test_printed_zone_after_the_time():
    assert parse_date("۲۷/۱۱/۲۰۲۶ - ۱۶:۴۵ GMT+۱") == "2026-11-27T16:45+01:00"
    assert parse_date("۲۷ نوامبر ۲۰۲۶ ۰۹:۳۰ (GMT)") == "2026-11-27T09:30+00:00"
    assert parse_date("۸ آذر ۱۴۰۵ - ۱۰:۳۰") == "2026-11-29T10:30+03:30"
    assert process(_page(date="۲۷/۱۱/۲۰۲۶ - ۱۶:۴۵ GMT+۱")).published == "2026-11-27T16:45+01:00"


def test_stated_machine_zone_beats_an_assumed_one():
    # the page shows a Jalali date with the clock of its stated zone (+00:00): Tehran's zone was
    # only assumed for the shown date
    assert reconcile("2026-11-29T09:30+03:30", "2026-11-29T09:30+00:00") == "2026-11-29T09:30+00:00"
    # the same instant written in two zones: the page's own (shown) form stays
    assert reconcile("2026-11-29T13:00+03:30", "2026-11-29T09:30+00:00") == "2026-11-29T13:00+03:30"
