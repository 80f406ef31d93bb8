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


def test_breadcrumb_beats_the_group_in_the_opening():
    # the desk that filed the story ("گروه سیاسی") is not the page's section ("قضایی")
    doc = process(_page("خانه » قضایی\n\n", desk="گروه سیاسی خبرگزاری تسنیم"))
    assert doc.section == "قضایی"


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


def test_site_name_line_above_the_headline_gives_the_agency():
    page = ("ایران اینترنشنال\nخانه\nایران\nجهان\n\n" + STORY.format(date="۶ آذر ۱۴۰۵", desk="منابع محلی")
            .replace("انتهای پیام/\n\n", "")).encode("utf-8")
    assert process(page).agency == "iranintl"


def test_cited_media_interview_and_close_cue_names():
    from rasad.extract.attribution import cited_sources
    text = ("وزیر بازرگانی در گفت‌وگو با شبکه سی‌ان‌بی‌سی تصریح کرد که تعرفه‌ها افزایش می‌یابد. "
            "محمدو سانا، وزیر امنیت بورکینافاسو، گفت که ده نفر بازداشت شده‌اند. "
            "به گزارش رویترز، میزان تورم در ماه گذشته بالا رفت.")
    assert cited_sources(text, None) == ["CNBC", "Reuters"]
    assert cited_sources("به نقل از سانا، ارتش سوریه اعلام کرد که مرز باز است.", None) == ["SANA"]
    assert cited_sources("به گزارش خبرگزاری ملی لبنان، دو روستا هدف قرار گرفت.", None) == ["NNA"]


def test_html_lead_marked_by_class_inside_the_article():
    html = ("<html><head><title>بسته کمک اروپا به آوارگان لبنان</title></head><body><nav><a href='/'>خانه</a></nav>"
            "<article><h1>بسته کمک اروپا به آوارگان لبنان</h1>"
            "<p class='lead summary'>اتحادیه اروپا بسته کمک تازه‌ای برای آوارگان جنوب لبنان اعلام کرد و دولت لبنان از کشورهای عربی کمک خواست.</p>"
            "<div class='item-body'><p>کمیسیون اروپا روز شنبه اعلام کرد که پنجاه میلیون یورو برای سرپناه و دارو به آوارگان جنوب لبنان اختصاص می‌دهد.</p>"
            "<p>نخست‌وزیر لبنان در بیروت از این کمک استقبال کرد و گفت که بازسازی روستاهای ویران‌شده به کمک بیشتری نیاز دارد.</p>"
            "</div></article></body></html>").encode("utf-8")
    doc = process(html)
    assert doc.lead.startswith("اتحادیه اروپا بسته کمک")
    assert doc.body[0].startswith("کمیسیون اروپا")
