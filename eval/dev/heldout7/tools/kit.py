"""Page furniture of each agency for heldout7 (menus, dates, end markers, footers); "_" = ZWNJ."""

FA = "۰۱۲۳۴۵۶۷۸۹"
WEEK = {26: "پنجشنبه", 27: "جمعه", 28: "شنبه", 29: "یکشنبه"}


def fa(s):
    return str(s).translate(str.maketrans("0123456789", FA))


def jday(day):
    return day - 21  # 22 Nov 2026 = 1 Azar 1405


TODAY = "یکشنبه ۸ آذر ۱۴۰۵"

SITES = {
    "tasnim": ("خبرگزاری تسنیم", "https://www.tasnimnews.com/fa/news/1405/09/", " - خبرگزاری تسنیم", "انتهای پیام/",
               ["صفحه نخست", "سیاسی", "بین_الملل", "اقتصادی", "ورزشی", "فرهنگی", "استان_ها"]),
    "mehr": ("خبرگزاری مهر", "https://www.mehrnews.com/news/", " | خبرگزاری مهر", None,
             ["خانه", "سیاست", "جامعه", "اقتصاد", "بین_الملل", "فرهنگ و ادب", "ورزش"]),
    "irna": ("ایرنا", "https://www.irna.ir/news/", " - ایرنا", "۳۰۸۴**۲۰۱۹",
             ["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "بین_الملل", "ورزشی", "استان_ها", "عکس"]),
    "isna": ("ایسنا", "https://www.isna.ir/news/", " - ایسنا", "انتهای پیام",
             ["صفحه اول", "سیاسی", "علمی و دانشگاهی", "اقتصادی", "بین_الملل", "ورزشی", "فرهنگ و هنر"]),
    "fars": ("خبرگزاری فارس", "https://www.farsnews.ir/news/", " | خبرگزاری فارس", "انتهای پیام/",
             ["خانه", "سیاسی", "اقتصادی", "بین_الملل", "دفاعی", "ورزشی", "فارس پلاس"]),
    "bbcpersian": ("BBC News فارسی", "https://www.bbc.com/persian/articles/", " - BBC News فارسی", None,
                   ["صفحه اول", "ایران", "جهان", "اقتصاد", "ورزش", "ویدیو"]),
    "radiofarda": ("رادیو فردا", "https://www.radiofarda.com/a/", " | رادیو فردا", None,
                   ["ایران", "جهان", "اقتصاد", "حقوق بشر", "چندرسانه_ای", "برنامه_ها"]),
    "iranintl": ("ایران اینترنشنال", "https://www.iranintl.com/", " | ایران اینترنشنال", None,
                 ["خانه", "ایران", "جهان", "اقتصاد", "ویدیو", "پخش زنده"]),
    "hamshahri": ("همشهری آنلاین", "https://www.hamshahrionline.ir/news/", " - همشهری آنلاین", None,
                  ["صفحه نخست", "تهران", "سیاست", "اقتصاد", "ورزش", "جامعه", "دانش"]),
    "entekhab": ("انتخاب", "https://www.entekhab.ir/fa/news/", " - انتخاب", None,
                 ["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "بین_الملل"]),
    "khabaronline": ("خبرآنلاین", "https://www.khabaronline.ir/news/", " - خبرآنلاین", None,
                     ["خانه", "سیاست", "اقتصاد", "جهان", "جامعه", "فرهنگ", "ورزش"]),
    "yjc": ("باشگاه خبرنگاران جوان", "https://www.yjc.ir/fa/news/", " - باشگاه خبرنگاران جوان", "انتهای پیام/",
            ["خانه", "سیاسی", "اقتصادی", "بین_الملل", "ورزش", "اجتماعی", "فضای مجازی"]),
    "ilna": ("ایلنا", "https://www.ilna.ir/", " - ایلنا", "انتهای پیام/",
             ["صفحه نخست", "کارگری", "سیاسی", "اقتصادی", "بین_الملل", "اجتماعی"]),
    "euronews-fa": ("یورونیوز فارسی", "https://parsi.euronews.com/2026/11/", " | یورونیوز", None,
                    ["اخبار", "ایران", "جهان", "اروپا", "اقتصاد", "فرهنگ", "ویدیو"]),
    "asriran": ("عصر ایران", "https://www.asriran.com/fa/news/", " - عصر ایران", None,
                ["صفحه اصلی", "سیاسی", "بین_الملل", "اقتصادی", "اجتماعی", "فرهنگی"]),
    "tabnak": ("تابناک", "https://www.tabnak.ir/fa/news/", " - تابناک", None,
               ["صفحه نخست", "سیاسی", "بین_الملل", "اقتصادی", "اجتماعی", "ورزشی"]),
}

ZONE = {"bbcpersian": "+00:00", "radiofarda": "+00:00", "iranintl": "+00:00", "euronews-fa": "+01:00"}
GREG_MONTH = "نوامبر"


def date_line(agency, day, hm, style):
    j = jday(day)
    if style == "slash":
        return fa(f"1405/09/{j:02d} - {hm}")
    if style == "week":
        return f"{WEEK[day]} {fa(j)} آذر ۱۴۰۵ - {fa(hm)}"
    if style == "isna":
        return f"{WEEK[day]} / {fa(j)} آذر ۱۴۰۵ / {fa(hm)}"
    if style == "greg":
        return f"{fa(day)} {GREG_MONTH} ۲۰۲۶ - {fa(hm)} گرینویچ"
    if style == "gregdate":
        return f"{fa(day)} {GREG_MONTH} ۲۰۲۶"
    if style == "euronews":
        return f"{fa(day)}/۱۱/۲۰۲۶ - {fa(hm)} GMT+۱"
    if style == "time_first":
        return f"{fa(hm)} - {fa(j)} آذر ۱۴۰۵"
    return f"{fa(j)} آذر ۱۴۰۵ - {fa(hm)}"


def page(name, agency, kind, day, hm, section, style="plain", degrade=None, *, crumb=True, title_twice=False,
         kicker=None, date_after=False, jsonld=None, caption=None, compact=False, tags=(), related=(),
         date_only=False, no_date=False):
    site, url, suffix, end, menu = SITES[agency]
    zone = ZONE.get(agency, "+03:30")
    published = f"2026-11-{day}" if date_only else f"2026-11-{day}T{hm}{zone}"
    d = dict(name=name, agency=agency, kind=kind, section=section, published=None if no_date else published,
             degrade=degrade, site=site, url=url + name, suffix=suffix, end=end, menu=list(menu), today=TODAY,
             kicker=kicker, title_twice=title_twice, date_after=date_after, compact=compact,
             tags=list(tags), related=list(related), caption=caption)
    if not no_date:
        d["date_line"] = date_line(agency, day, hm, style)
    if kind == "html":
        d["meta_time"] = None if (date_only or no_date) else f"2026-11-{day}T{hm}:00{zone}"
        d["meta_section"] = bool(section)
        d["jsonld"] = jsonld
        d["crumb_items"] = [menu[0]] + ([section] if section else [])
        d["footer"] = f"کلیه حقوق این سایت متعلق به {site} است. استفاده از مطالب با ذکر منبع آزاد است."
    else:
        if crumb and section:
            d["crumb"] = f"{menu[0]} » {section}" if agency not in ("irna", "fars") else f"{menu[0]} > {section}"
        tail = []
        if tags:
            tail.append("برچسب_ها: " + "، ".join(tags))
        if related:
            tail.append("اخبار مرتبط")
            tail += list(related)
        tail.append("ارسال نظر")
        tail.append(f"© {site} - تمامی حقوق محفوظ است")
        d["tail"] = tail
        if agency == "yjc":
            tail.insert(0, "حامی رسانه_ای: بانک ملی ایران")
    return d
