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
                                  "خانه سیاست اقتصاد جهان ورزش", "صفحه نخست • سیاسی • اقتصادی • ورزشی • عکس",
                                  "صفحه اصلی سیاسی اقتصادی اجتماعی بین‌الملل ورزشی"])  # a two-word item
def test_menu_rows_are_navigation(line):
    assert is_nav_row(line)


@pytest.mark.parametrize("line", [
    "حمله پهپادی به پایگاه عین‌الاسد؛ کتائب حزب‌الله مسئولیت را نپذیرفت",
    "خانه » بین‌الملل » غرب آسیا",                 # a breadcrumb names the story's section
    "خانه | بین‌الملل | غرب آسیا | عراق",          # four items, one of them not a menu word
    "ایران | آمریکا | مذاکرات ژنو",
    "سیاست خارجی ایران و جهان عرب در سال جدید",
    "صفحه اصلی پایگاه اینترنتی وزارت نیرو از دسترس خارج شد",
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


def test_breadcrumb_without_home_and_menu_with_site_name_and_arrows():
    """"کارگری > اعتراضات صنفی" is a breadcrumb (never the title); a menu row may open with the
    site's name and use ">" between items."""
    title = "اعتصاب کارگران پیمانی پارس جنوبی به روز سوم رسید"
    page = ("همشهری آنلاین > صفحه نخست > شهری > سیاسی > اقتصادی > جهان > ورزشی\nکارگری > اعتراضات صنفی\n"
            f"{title}\n۸ آذر ۱۴۰۵ - ۰۹:۱۵\n\n"
            "صدها نفر از کارگران پیمانی فازهای پالایشگاهی پارس جنوبی از روز شنبه دست از کار کشیده‌اند و خواستار پرداخت دستمزدها شده‌اند.\n\n"
            + BODY.replace("عصر ایران", "همشهری آنلاین"))
    doc = rasad.process(page)
    assert doc.title == title and doc.section == "اعتراضات صنفی" and doc.agency == "hamshahri"
    assert doc.lead.startswith("صدها نفر از کارگران")


def test_site_name_as_first_menu_item_names_the_agency_and_is_no_citation():
    page = ("رادیو فردا | ایران | جهان | اقتصاد | حقوق بشر | پادکست\nایران / حقوق بشر\n"
            "دادگاه انقلاب یک روزنامه‌نگار اقتصادی را به پنج سال زندان محکوم کرد\n۲۶ نوامبر ۲۰۲۶ - ۱۴:۱۰ GMT\n\n"
            "شعبه ۲۶ دادگاه انقلاب تهران یک روزنامه‌نگار حوزه اقتصاد را به اتهام تبلیغ علیه نظام به پنج سال زندان محکوم کرد.\n\n"
            "وکیل این روزنامه‌نگار روز چهارشنبه به رادیو فردا گفت که حکم صادره قابل تجدیدنظر است و به آن اعتراض خواهد کرد.\n\n"
            "کمیته حمایت از روزنامه‌نگاران پیش از این خواستار آزادی همه روزنامه‌نگاران زندانی در ایران شده بود.\n")
    doc = rasad.process(page)
    assert doc.agency == "radiofarda" and doc.section == "حقوق بشر"
    assert "Radio Farda" not in doc.attributed_sources


def test_front_page_crumb_and_persian_site_names():
    from rasad.extract.lines import crumb_items
    from rasad.extract.segment import is_site_name
    assert crumb_items("صفحه اول » بين‌الملل") == ["صفحه اول", "بين‌الملل"]
    assert is_site_name("euronews. فارسی") and is_site_name("بی‌بی‌سی فارسی")


def test_four_level_breadcrumb_of_section_words_is_still_a_breadcrumb():
    from rasad.extract.lines import crumb_items
    assert not is_nav_row("صفحه نخست | بین‌الملل | آسیا | افغانستان")
    assert crumb_items("صفحه نخست | بین‌الملل | آسیا | افغانستان")[-1] == "افغانستان"


def test_html_breadcrumb_ending_with_the_headline_gives_the_section_before_it():
    title = "طالبان محدودیت تازه‌ای بر سفر زنان اعمال کرد"
    page = f"""<html lang="fa"><head><meta charset="utf-8"><title>{title} - خبرگزاری مهر</title>
<meta property="og:site_name" content="خبرگزاری مهر"></head><body>
<ul class="breadcrumb"><li><a href="/">صفحه نخست</a></li><li><a href="/w">بین‌الملل</a></li>
<li><a href="/w/af">افغانستان</a></li><li>{title}</li></ul>
<h1>{title}</h1><div class="item-text">
<p>به گزارش خبرگزاری مهر، وزارت امر به معروف طالبان روز شنبه اعلام کرد که زنان بدون همراه مرد نمی‌توانند بیش از هفتاد کیلومتر سفر کنند.</p>
<p>سازمان ملل متحد این تصمیم را محکوم کرد و از مقام‌های طالبان خواست محدودیت‌های اعمال‌شده بر زنان را لغو کنند.</p>
<p>هیئت معاونت سازمان ملل در افغانستان گفت که این محدودیت دسترسی زنان به خدمات درمانی را دشوارتر می‌کند.</p>
</div></body></html>"""
    assert rasad.process(page).section == "افغانستان"


def test_cited_kurdish_network_in_its_short_spelling():
    page = ("بازگشایی گذرگاه مرزی حاج عمران\n\n" + "به گزارش یورونیوز، گذرگاه مرزی حاج عمران پس از دو هفته "
            "تعطیلی روز یکشنبه بازگشایی شد.\n\nشبکه روداو نوشت که صف کامیون‌ها در دو سوی مرز به چند کیلومتر "
            "رسیده است و رانندگان از کمبود امکانات گله دارند.\n\n")
    rec = rasad.process(page.encode("utf-8")).to_dict()
    assert "Rudaw" in rec["attributed_sources"]


def test_home_breadcrumb_beats_a_short_row_of_sections_above_it():
    page = ("عصر ایران\nسیاسی | جامعه | فرهنگی | ورزشی\nدوشنبه ۱۲ بهمن ۱۴۰۵\nصفحه نخست > جامعه\n"
            "توقف مذاکرات صلح در شمال کشور - عصر ایران\nتوقف مذاکرات صلح در شمال کشور\n\n" + BODY)
    rec = rasad.process(page.encode("utf-8")).to_dict()
    assert rec["section"] == "جامعه"
