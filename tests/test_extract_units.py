"""Units of extraction: dates, agency/section/cited media, title suffixes, end markers, footers."""
from __future__ import annotations

import re

import pytest

from rasad.extract.attribution import agency_from_url, attribution, cited_sources
from rasad.extract.dates import parse_date, parse_iso, reconcile
from rasad.extract.fold import key, soft
from rasad.extract.lines import end_marker, is_footer, letters, starts_body
from rasad.extract.segment import segment_lines, strip_title_suffix


@pytest.mark.parametrize("text, iso", [
    ("۸ آذر ۱۴۰۵", "2026-11-29"),
    ("1405/09/08", "2026-11-29"),
    ("۲۹ نوامبر ۲۰۲۶", "2026-11-29"),
    ("۱۴۰۵/۰۹/۰۸ - ۱۲:۳۰", "2026-11-29T12:30+03:30"),
    ("شنبه ۸ آذر ۱۴۰۵، ۱۲:۳۰", "2026-11-29T12:30+03:30"),
    ("۱۲:۳۰ - ۱۴۰۵/۰۹/۰۸", "2026-11-29T12:30+03:30"),
    ("٨ آذر ١٤٠٥ / ١٢:٣٠", "2026-11-29T12:30+03:30"),
    ("تاریخ انتشار: ۸ آذرماه ۱۴۰۵ ساعت ۱۰:۱۵", "2026-11-29T10:15+03:30"),
    ("۰۸-۰۹-۱۴۰۵ ۱۸:۲۲", "2026-11-29T18:22+03:30"),
    ("۵ مه ۲۰۲۶", "2026-05-05"),
    ("۱ فروردین ۱۴۰۵", "2026-03-21"),
])
def test_dates_jalali_and_gregorian_any_digits(text, iso):
    assert parse_date(text) == iso


def test_dates_reject_impossible_and_empty():
    assert parse_date("۳۲ آذر ۱۴۰۵") is None
    assert parse_date("بدون تاریخ") is None
    assert parse_iso("2026-11-29T00:00:00+03:30") == "2026-11-29"
    assert parse_iso("2026-11-29T09:00:00Z") == "2026-11-29T09:00+00:00"


def test_shown_time_takes_zone_from_machine_timestamp():
    assert reconcile("2026-11-27T20:30", "2026-11-27T17:00+00:00") == "2026-11-27T20:30+03:30"
    assert reconcile("2026-11-29", "2026-11-29T06:35+00:00") == "2026-11-29T06:35+00:00"
    assert reconcile("2026-11-29", "2026-11-22T12:00+03:30") == "2026-11-22T12:00+03:30"
    assert reconcile(None, "2026-11-22") == "2026-11-22"


@pytest.mark.parametrize("line, agency, section", [
    ("به گزارش گروه بین‌الملل خبرگزاری تسنیم به نقل از خبرگزاری «نووستی»، پوتین گفت", "tasnim", "بین‌الملل"),
    ("به گزارش گروه بینالملل خبرگزاري تسنيم، پوتين گفت", "tasnim", "بین‌الملل"),
    ("به گزارش خبرنگار اقتصادی مهر، قیمت نفت بالا رفت", "mehr", "اقتصادی"),
    ("به  گزارش گروه حقوقی و قضایی خبرگزاری فارس ، سخنگو گفت", "fars", "حقوقی و قضایی"),
    ("به گزارش ایسنا، وزیر گفت", "isna", None),
    ("به گزارش رویترز، وزیر گفت", None, None),
    ("به گزارش باشگاه خبرنگاران جوان، وزیر گفت", "yjc", None),
])
def test_attribution_names_agency_and_desk(line, agency, section):
    assert attribution(line) == (agency, section)


def test_cited_media_are_canonical_and_exclude_own_agency():
    text = ("به گزارش گروه بین‌الملل خبرگزاری تسنیم به نقل از خبرگزاری «نووستی»، پوتین گفت. "
            "رویترز نیز گزارش داد که مذاکرات ادامه دارد. خبرنگار الجزیره در محل حاضر بود.")
    assert cited_sources(text, "tasnim") == ["RIA Novosti", "Reuters"]
    assert cited_sources("به نقل از خبرگزاري فرانسه و به گزارش آسوشيتدپرس", None) == ["AFP", "AP"]
    assert cited_sources("به گزارش بی‌بی‌سی، ...", "bbcpersian") == []


def test_agency_from_url_domain():
    assert agency_from_url("https://www.tasnimnews.com/fa/news/1405/09/08/1") == "tasnim"
    assert agency_from_url("https://parsi.euronews.com/2026/11/29/x") == "euronews-fa"
    assert agency_from_url("https://www.bbc.com/news/world") is None
    assert agency_from_url("not a url") is None


def test_title_suffixes_are_stripped():
    assert strip_title_suffix("عنوان خبر مهم - تسنیم") == "عنوان خبر مهم"
    assert strip_title_suffix("عنوان خبر مهم | ایسنا") == "عنوان خبر مهم"
    assert strip_title_suffix("عنوان خبر - خبرگزاری مهر | اخبار ایران و جهان | Mehr News Agency") == "عنوان خبر"
    assert strip_title_suffix("قالیباف: بودجه باید مقاوم باشد") == "قالیباف: بودجه باید مقاوم باشد"


@pytest.mark.parametrize("line, before", [
    ("انتهای پیام/", ""), ("/انتهای پیام", ""), ("انتهاي پيام", ""), ("پایان خبر", ""),
    ("۲۱۲/", ""), ("۲۱۲۱/ ۱۸۵۵", ""), ("ک.م/ ۲۰۱", ""),
    ("وزیر گفت که مذاکرات ادامه دارد. انتهای پیام/", "وزیر گفت که مذاکرات ادامه دارد."),
    ("وزیر گفت که مذاکرات ادامه دارد.", None), ("۸ آذر ۱۴۰۵", None),
])
def test_end_markers(line, before):
    assert end_marker(line) == before


def test_footer_lines_and_body_openers():
    for line in ("پربیننده‌ترین اخبار بین الملل", "پربینندهترین اخبار بین الملل", "کد خبر: ۱۲۳۴", "همراه اول",
                 "برچسب‌ها", "کلیه حقوق این سایت متعلق به خبرگزاری تسنیم است.", "۱۴۰۵/۰۹/۰۸ - ۱۲:۳۰"):
        assert is_footer(line), line
    assert not is_footer("آخرین اخبار نشان می‌دهد که مذاکرات میان دو کشور در هفته آینده در ژنو ادامه خواهد یافت.")
    assert starts_body("به گزارش ایسنا، وزیر گفت")
    assert starts_body("تهران- ایرنا- وزیر گفت")
    assert not starts_body("وزیر امور خارجه در نشست خبری امروز در پاسخ به پرسش خبرنگاران گفت که به گزارش ما توجه کنند")


def test_dump_cut_mid_footer_and_dump_without_marker():
    lines = ["عنوان خبر درباره نشست ژنو", "عنوان خبر درباره نشست ژنو - تسنیم",
             "به گزارش گروه سیاسی خبرگزاری تسنیم، نشست ژنو امروز برگزار شد و دو طرف گفت‌وگو کردند.",
             "وزیر گفت: «گفت‌وگوها ادامه دارد.»", "پربیننده‌ترین اخبار سیاسی", "اخبار روز"]
    seg = segment_lines(lines)
    assert seg.title == "عنوان خبر درباره نشست ژنو"
    assert seg.body == lines[2:4] and not seg.end_found
    seg = segment_lines(lines[:4] + ["آرشیو ویژه", "فلای تو دی", "شهر خبر"])
    assert seg.body == lines[2:4]


def test_fold_keeps_offsets_and_keys_ignore_zwnj_and_arabic_letters():
    s = "می‌گويد ك ۱۲"
    assert len(soft(s)) == len(s) and soft(s) == "می گوید ک 12"
    assert key("پربیننده‌ترین") == key("پربینندهترين") == key("پربیننده ترین")


def test_fast_folds_equal_one_translate_pass():
    """soft/key/fold_words replace char by char on long strings: same result as str.translate."""
    import random

    from rasad.extract import fold
    rnd = random.Random(11)
    alphabet = ("abcXYZ _-.,:؛،«»()/|!?؟0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يىكةۀأإٱآئیکهاپچژگ\u200c\u200d\u200e"
                "\u200f\u200b\u202a\u202b\u202c\u202d\u202e\ufeff\u00a0\t\r\n\u0640\u064b\u064e\u0651\u0670²Éİ")
    for n in [0, 1, 5, 20, 40, 80, 200, 1000] * 40:
        s = "".join(rnd.choice(alphabet) for _ in range(n))
        assert soft(s) == s.translate(fold._SOFT_TABLE)
        assert key.__wrapped__(s) == s.translate(fold._KEY_TABLE).lower()
        assert fold.fold_words(s) == s.translate(fold._WORDS_TABLE).lower()
        assert letters.__wrapped__(s * 3) == len(re.findall(r"[^\W\d_]", s * 3))


@pytest.mark.parametrize("line", [
    "ا" * 200_000, "به گزارش " * 30_000, "۱۲:" * 50_000, "«" * 100_000 + "به نقل از", "۸ آذر " * 40_000,
    ("انتهای " + "پیام " * 10) * 5000, " - " * 60_000 + "تسنیم",
], ids=range(7))
def test_long_adversarial_lines_finish(line):
    """Linear patterns only: these lines would hang a backtracking regex."""
    seg = segment_lines(["عنوان خبر درباره نشست ژنو", line, line[:5000]])
    assert seg.title is not None
    parse_date(line)
    attribution(line)
    cited_sources(line[:20000], None)


def test_site_name_header_line_is_not_the_title():
    from rasad import process
    page = ("همشهری آنلاین\n\nدیدار وزیر خارجه ایران با همتای عمانی در مسقط\n\n"
            "وزیر امور خارجه کشورمان امروز در مسقط با همتای عمانی خود دیدار و گفت‌وگو کرد و دو طرف درباره روابط دوجانبه رایزنی کردند.\n\n"
            "به گزارش همشهری آنلاین، وزیر امور خارجه که برای سفری یک‌روزه به مسقط رفته است، با همتای خود دیدار کرد.\n\n"
            "این دیدار در ادامه رایزنی‌های دو کشور درباره امنیت منطقه انجام شد و دو طرف بر ادامه همکاری تاکید کردند.\n")
    rec = process(page, analyze=False).to_dict()
    assert rec["title"] == "دیدار وزیر خارجه ایران با همتای عمانی در مسقط"
    assert rec["agency"] == "hamshahri"


def test_a_sites_today_clock_line_is_not_the_story_date():
    from rasad import process
    page = ("امروز: سه‌شنبه ۱۱ آذر ۱۴۰۵\n\nمذاکرات تجاری ایران و ترکیه در آنکارا ادامه یافت\n\n"
            "به گزارش خبرگزاری تسنیم، هیئت تجاری ایران امروز در آنکارا با مقام‌های ترکیه درباره افزایش حجم مبادلات گفت‌وگو کرد.\n\n"
            "دو طرف درباره گسترش همکاری‌های گمرکی و حمل‌ونقل ریلی میان دو کشور نیز رایزنی کردند و توافق کردند کارگروه مشترک تشکیل شود.\n\n"
            "انتهای پیام/\n\n۹ آذر ۱۴۰۵ - ۱۰:۳۰\n")
    rec = process(page, analyze=False).to_dict()
    assert rec["published"].startswith("2026-11-30")


def test_html_header_clock_is_not_the_story_date():
    from rasad import process
    body = "".join(f"<p>{p}</p>" for p in [
        "به گزارش خبرگزاری مهر، وزیر نفت امروز در نشست خبری از افزایش صادرات گاز به عراق و ترکیه خبر داد و گفت قراردادهای تازه امضا می‌شود.",
        "وی افزود که مذاکرات با طرف‌های خارجی درباره تمدید قراردادها ادامه دارد و نتیجه آن تا پایان ماه اعلام خواهد شد.",
        "این مقام مسئول همچنین درباره وضعیت پالایشگاه‌ها و تامین سوخت زمستانی توضیح داد و از آمادگی کامل شبکه گاز سخن گفت."])
    page = ("<html><head><title>افزایش صادرات گاز</title></head><body>"
            "<header><span class='date'>امروز: ۱۱ آذر ۱۴۰۵</span><nav><a href='/'>خانه</a></nav></header>"
            "<article><h1>افزایش صادرات گاز به عراق و ترکیه</h1><div class='news-date'>۹ آذر ۱۴۰۵ - ۱۰:۳۰</div>"
            f"<div class='body'>{body}</div></article></body></html>")
    rec = process(page, analyze=False).to_dict()
    assert rec["published"].startswith("2026-11-30")
