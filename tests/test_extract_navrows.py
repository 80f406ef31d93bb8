"""Text dumps whose site menu is one line, kickers of several words, more agencies, and dumps of
sites whose first paragraph is the lead. Pages written for these tests in the shapes of real
agencies' dumps."""
from __future__ import annotations

import pytest

import rasad
from rasad.extract.lines import is_nav_row

MENU_SPACES = "خانه  سیاست  اقتصاد  جهان  ورزش  دانش  چندرسانه‌ای  آرشیو"
MENU_BARS = "اخبار | تحلیل | گزارش | گفت‌وگو | یادداشت | پادکست | تماس با ما"

BODY = ("به گزارش عصر ایران، وزیر امور خارجه روز دوشنبه در نشستی با سفیران کشورهای همسایه گفت که "
        "گسترش همکاری‌های ترانزیتی اولویت دولت است و کریدور شمال به جنوب تا پایان سال تکمیل می‌شود.\n\n"
        "وی افزود که رایزنی با جمهوری آذربایجان و روسیه درباره تعرفه‌های ریلی ادامه دارد و نشست بعدی "
        "کارشناسان سه کشور ماه آینده در باکو برگزار خواهد شد.\n\n"
        "سخنگوی وزارت راه و شهرسازی نیز اعلام کرد که ظرفیت بندر آستارا در شش ماه گذشته دو برابر شده است.\n\n")


@pytest.mark.parametrize("line", [MENU_SPACES, MENU_BARS, "صفحه اصلی | سیاسی | اقتصادی | اجتماعی | بین‌الملل | ورزشی",
                                  "خانه سیاست اقتصاد جهان ورزش", "صفحه نخست • سیاسی • اقتصادی • ورزشی • عکس"])
def test_menu_rows_are_navigation(line):
    assert is_nav_row(line)


@pytest.mark.parametrize("line", [
    "حمله پهپادی به پایگاه عین‌الاسد؛ کتائب حزب‌الله مسئولیت را نپذیرفت",
    "خانه » بین‌الملل » غرب آسیا",                 # a breadcrumb names the story's section
    "خانه | بین‌الملل | غرب آسیا | عراق",          # four items, one of them not a menu word
    "ایران | آمریکا | مذاکرات ژنو",
    "سیاست خارجی ایران و جهان عرب در سال جدید",
])
def test_headlines_and_breadcrumbs_are_not_navigation(line):
    assert not is_nav_row(line)


def test_one_line_menu_and_a_long_kicker_are_not_the_title():
    page = (f"{MENU_SPACES}\n\nخانه » سیاست » سیاست خارجی\nدر نشست با سفیران کشورهای همسایه\n"
            "وزیر خارجه: کریدور شمال به جنوب تا پایان سال تکمیل می‌شود\n۴ آذر ۱۴۰۵ - ۱۰:۳۵\n\n"
            "وزیر امور خارجه از تکمیل کریدور شمال به جنوب تا پایان سال خبر داد و گفت رایزنی با همسایگان ادامه دارد.\n\n"
            + BODY + "برچسب ها: کریدور - ترانزیت\n")
    doc = rasad.process(page)
    assert doc.error is None
    assert doc.title == "وزیر خارجه: کریدور شمال به جنوب تا پایان سال تکمیل می‌شود"
    assert doc.section == "سیاست خارجی"
    assert doc.agency == "asriran"                      # "به گزارش عصر ایران"
    assert doc.lead.startswith("وزیر امور خارجه از تکمیل کریدور")
    assert doc.body[0].startswith("به گزارش عصر ایران")
    assert "Asr Iran" not in doc.attributed_sources      # its own name is no citation


def test_title_repeated_around_menu_breadcrumb_and_kicker():
    title = "عراقچی در باکو: همکاری‌های ترانزیتی ایران و آذربایجان وارد مرحله تازه شد"
    page = (f"{title}\n{MENU_BARS}\n\nخانه » سیاسی » سیاست خارجی\nسفر وزیر امور خارجه به جمهوری آذربایجان\n"
            f"{title}\n۶ آذر ۱۴۰۵ - ۱۱:۴۰\n\n"
            "وزیر امور خارجه کشورمان در باکو با همتای آذربایجانی خود درباره مسیرهای ترانزیتی رایزنی کرد.\n\n"
            + BODY.replace("عصر ایران", "خبرگزاری تسنیم") + "انتهای پیام/\n")
    doc = rasad.process(page)
    assert doc.title == title
    assert doc.lead.startswith("وزیر امور خارجه کشورمان در باکو")
    assert doc.section == "سیاست خارجی" and doc.agency == "tasnim"


def test_a_sentence_is_never_taken_for_a_repeated_headline():
    """A body line that a tag repeats ("تحریک طالبان پاکستان ...") is no headline."""
    page = ("۲ آذر ۱۴۰۵، ۱۳:۱۵\n\nانفجار انتحاری در شمال غرب پاکستان ۱۴ کشته بر جای گذاشت\n\n"
            + BODY.replace("عصر ایران", "خبرگزاری مهر")
            + "تحریک طالبان پاکستان از سال ۲۰۲۱ حملات خود را در مناطق مرزی افزایش داده است.\n"
            "کد خبر ۶۶۹۹۴۵۷\nبرچسب‌ها\nپاکستان\nتروریسم\nتحریک طالبان پاکستان\n")
    doc = rasad.process(page)
    assert doc.error is None and doc.title == "انفجار انتحاری در شمال غرب پاکستان ۱۴ کشته بر جای گذاشت"


@pytest.mark.parametrize("slug,opening", [
    ("donya-e-eqtesad", "به گزارش دنیای اقتصاد"), ("eghtesadnews", "به گزارش اقتصاد نیوز"),
    ("iribnews", "به گزارش خبرگزاری صدا و سیما"), ("tabnak", "به گزارش تابناک"),
])
def test_more_agencies_are_recognized(slug, opening):
    page = "تمدید مهلت ثبت‌نام کالابرگ تا پایان آذر اعلام شد\n\n" + BODY.replace("به گزارش عصر ایران", opening)
    assert rasad.process(page).agency == slug


def test_first_paragraph_is_the_lead_on_sites_that_always_open_with_a_summary():
    page = ("ایران اینترنشنال\n\nدیوان عالی حکم اعدام یک معترض را تایید کرد\n۲۸ نوامبر ۲۰۲۶\n\n"
            "دیوان عالی کشور حکم اعدام یکی از بازداشت‌شدگان اعتراضات سال گذشته را تایید کرده است.\n\n"
            "وکیل این زندانی روز شنبه به ایران اینترنشنال گفت که موکلش در تمام مراحل دادگاه اتهام را رد کرده است.\n\n"
            "عفو بین‌الملل در بیانیه‌ای خواستار لغو فوری این حکم و برگزاری دادگاهی عادلانه با حضور وکیل منتخب شد.\n")
    doc = rasad.process(page)
    assert doc.agency == "iranintl"
    assert doc.lead.startswith("دیوان عالی کشور حکم اعدام")
    assert doc.body[0].startswith("وکیل این زندانی")
