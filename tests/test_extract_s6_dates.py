"""The story's date, not the site's clock; times read in the zone the page or the site gives.

Pages are written for these tests in the shapes of agencies' text dumps."""
from __future__ import annotations

from rasad.extract.dates import in_zone, parse_date
from rasad.pipeline import process

BODY = ("به گزارش خبرگزاری مهر، وزیر نیرو امروز در نشستی با نمایندگان استان‌های شرقی از آغاز "
        "ساخت سه سد کوچک در حوضه هیرمند خبر داد و گفت که کار تا پایان سال آینده تمام می‌شود.")


def _page(*header: str, footer: tuple[str, ...] = ()) -> bytes:
    lines = ["خانه", "سیاسی", "اقتصادی", "بین‌الملل", *header,
             "آغاز ساخت سه سد کوچک در حوضه هیرمند", BODY, "انتهای پیام/", *footer]
    return "\n\n".join(lines).encode()


def test_bare_clock_line_above_the_breadcrumb_is_not_the_story_date():
    page = _page("یکشنبه ۸ آذر ۱۴۰۵", "خانه > اقتصادی", "جمعه ۶ آذر ۱۴۰۵ - ۲۱:۱۵")
    assert process(page, analyze=False).published == "2026-11-27T21:15+03:30"


def test_date_without_time_before_a_timed_date_is_the_clock():
    page = _page("یکشنبه ۸ آذر ۱۴۰۵", "۶ آذر ۱۴۰۵ - ۲۱:۱۵")
    assert process(page, analyze=False).published == "2026-11-27T21:15+03:30"


def test_clock_above_breadcrumb_loses_to_a_date_after_the_body():
    page = _page("یکشنبه ۸ آذر ۱۴۰۵", "خانه > اقتصادی", footer=("تاریخ انتشار: ۵ آذر ۱۴۰۵ - ۰۹:۴۰",))
    assert process(page, analyze=False).published == "2026-11-26T09:40+03:30"


def test_lone_date_is_kept():
    page = _page("خانه > اقتصادی", "۶ آذر ۱۴۰۵")
    assert process(page, analyze=False).published == "2026-11-27"


def test_clock_is_the_last_resort():
    page = _page("یکشنبه ۸ آذر ۱۴۰۵", "خانه > اقتصادی")
    assert process(page, analyze=False).published == "2026-11-29"


def test_place_clock_after_the_time_gives_its_offset_with_summer_time():
    assert parse_date("۲۳ نوامبر ۲۰۲۶ - ۱۹:۳۰ به وقت بروکسل") == "2026-11-23T19:30+01:00"
    assert parse_date("۲۳ ژوئیه ۲۰۲۶ - ۱۹:۳۰ به وقت اروپای مرکزی") == "2026-07-23T19:30+02:00"
    assert parse_date("۲۹ نوامبر ۲۰۲۶ ساعت ۱۰:۰۰ به وقت واشنگتن") == "2026-11-29T10:00-05:00"
    assert parse_date("۸ آذر ۱۴۰۵ - ۱۰:۰۰ به وقت کابل") == "2026-11-29T10:00+04:30"


def test_site_zone_reads_a_bare_time():
    assert in_zone("2026-11-26T19:45", "Europe/Paris") == "2026-11-26T19:45+01:00"
    assert in_zone("2026-11-26T19:45+00:00", "Europe/Paris") == "2026-11-26T19:45+00:00"
    assert in_zone("2026-11-26", "Europe/Paris") == "2026-11-26"
    assert in_zone("2026-11-26T19:45", None) == "2026-11-26T19:45"
    assert in_zone("2026-02-30T10:00", "Asia/Tehran") == "2026-02-30T10:00"   # no such day: unchanged


def test_euronews_dump_with_a_bare_gregorian_time():
    lines = ["یورونیوز فارسی", "خانه > اروپا", "نشست وزیران کشاورزی اتحادیه اروپا بدون توافق پایان یافت",
             "۲۶ نوامبر ۲۰۲۶ - ۱۹:۴۵",
             "وزیران کشاورزی کشورهای عضو اتحادیه اروپا پس از دو روز گفت‌وگو در بروکسل نتوانستند بر سر "
             "سهمیه صید ماهی در دریای شمال به توافق برسند.",
             "به گفته دیپلمات‌ها، فرانسه و هلند با کاهش سهمیه‌ها مخالفت کردند و نشست بعدی به ماه آینده "
             "موکول شد.", "© ۲۰۲۶ یورونیوز"]
    doc = process("\n\n".join(lines).encode(), analyze=False)
    assert doc.agency == "euronews-fa"
    assert doc.published == "2026-11-26T19:45+01:00"
