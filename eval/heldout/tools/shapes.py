"""Page shapes per agency (footers, end markers, menus). Text is invented; "_" = ZWNJ."""

SPONSORS = ["تبلیغات", "همراه اول", "رایتل", "ایرانسل", "بیمه پاسارگاد"]


def text_shape(agency: str, **kw) -> dict:
    base = {
        "tasnim": {"footer_before": ["انتهای پیام/", "پربیننده_ترین اخبار بین_الملل",
                                     "اخبار روز بین_الملل", "آخرین خبرهای روز", *SPONSORS[:3]],
                   "code": "کد خبر: 3416027", "date_bottom": True,
                   "footer_after": ["© کلیه حقوق محفوظ است"]},
        "isna": {"footer_before": ["انتهای پیام", "اخبار مرتبط", "برچسب_ها: سازمان ملل - سودان",
                                   "ارسال به دوستان", "نسخه چاپی"],
                 "code": "کد خبر: 1405091008213", "date_bottom": True,
                 "date_label": "تاریخ انتشار: ", "footer_after": ["پربازدیدترین", "ایسنا ۲۵ ساله شد"]},
        "fars": {"footer_before": ["انتهای پیام/", "منبع: فارس", "کلیدواژه: لبنان", "اشتراک_گذاری",
                                   "کپی شد"],
                 "code": "کد خبر: 14050909000517", "footer_after": ["پربازدیدترین اخبار", *SPONSORS[1:3]]},
        "hamshahri": {"header": ["همشهری آنلاین", "صفحه نخست"],
                      "footer_before": ["کلیدواژه_ها: برف، جاده چالوس، هواشناسی", "نظر شما",
                                        "مطالب مرتبط"],
                      "footer_after": ["© همه حقوق برای همشهری آنلاین محفوظ است"]},
        "khabaronline": {"footer_before": ["برچسب_ها", "ترکیه", "عراق", "ارسال نظر",
                                           "نظرات کاربران", "پربحث_ترین"],
                         "code": "کد خبر 2043518",
                         "footer_after": ["تمامی حقوق برای خبرآنلاین محفوظ است"]},
        "mehr": {"footer_before": ["برچسب_ها", "اخبار مرتبط", "پربیننده_ترین"],
                 "code": "کد خبر 6682140", "date_bottom": True, "footer_after": SPONSORS[1:4]},
        "irna": {"footer_before": ["اخبار مرتبط", "برچسب_ها", "پربازدید"],
                 "code": "کد خبر: 86213457", "date_bottom": True, "footer_after": ["ایرنا پلاس"]},
        "yjc": {"footer_before": ["انتهای پیام/", "اخبار پیشنهادی", "برچسب_ها"],
                "code": "کد خبر: ۹۱۲۴۴۰۷", "date_bottom": True, "footer_after": SPONSORS[:2]},
        "ilna": {"footer_before": ["انتهای پیام/", "اخبار مرتبط", "برچسب_ها: کارگران"],
                 "code": "کد خبر : 1713482", "date_bottom": True, "footer_after": ["ایلنا - خبرگزاری کار ایران"]},
        "entekhab": {"footer_before": ["منبع: انتخاب", "اشتراک_گذاری", "نظرات", "پربازدیدترین"],
                     "code": "کد مطلب: 912806", "date_bottom": True, "footer_after": []},
    }[agency]
    base = dict(base)
    base.update(kw)
    return base


NAV = {
    "irna": ["صفحه اصلی", "سیاست", "اقتصاد", "جامعه", "بین_الملل", "ورزش", "فرهنگ", "عکس", "فیلم"],
    "mehr": ["صفحه نخست", "سیاست", "جامعه", "اقتصاد", "بین_الملل", "استان_ها", "چندرسانه_ای"],
    "bbcpersian": ["خانه", "ایران", "جهان", "اقتصاد", "ورزش", "ویدیو", "برنامه_ها"],
    "radiofarda": ["خانه", "ایران", "جهان", "اقتصاد", "حقوق بشر", "ویدیو", "پادکست"],
    "yjc": ["صفحه نخست", "سیاسی", "اجتماعی", "اقتصادی", "بین_الملل", "ورزشی", "استان_ها"],
    "iranintl": ["خانه", "ایران", "جهان", "اقتصاد", "جامعه", "ویدیو", "پخش زنده"],
    "euronews-fa": ["خبرهای روز", "جهان", "اروپا", "ایران", "کسب و کار", "ویدیو"],
    "tasnim": ["صفحه نخست", "سیاسی", "بین_الملل", "اقتصادی", "اجتماعی", "ورزشی", "رسانه"],
    "isna": ["صفحه اصلی", "سیاسی", "بین_الملل", "اقتصادی", "علمی", "ورزشی"],
    "hamshahri": ["صفحه نخست", "شهری", "ایران", "جهان", "اقتصاد", "ورزش"],
    "entekhab": ["صفحه اصلی", "سیاسی", "اقتصادی", "بین_الملل", "اجتماعی"],
    "ilna": ["صفحه اصلی", "کارگری", "سیاسی", "اقتصادی", "بین_الملل"],
    "khabaronline": ["صفحه اصلی", "سیاسی", "اقتصادی", "جهان", "جامعه"],
    "fars": ["صفحه نخست", "سیاسی", "بین_الملل", "اقتصادی", "اجتماعی"],
}

SITES = {"irna": "خبرگزاری جمهوری اسلامی | ایرنا", "mehr": "خبرگزاری مهر", "bbcpersian": "BBC News فارسی",
         "radiofarda": "رادیو فردا", "yjc": "باشگاه خبرنگاران جوان", "iranintl": "ایران اینترنشنال",
         "euronews-fa": "یورونیوز فارسی", "tasnim": "خبرگزاری تسنیم", "isna": "ایسنا",
         "hamshahri": "همشهری آنلاین", "entekhab": "پایگاه خبری تحلیلی انتخاب", "ilna": "ایلنا",
         "khabaronline": "خبرآنلاین", "fars": "خبرگزاری فارس"}

DOMAINS = {"irna": "www.irna.ir", "mehr": "www.mehrnews.com", "bbcpersian": "www.bbc.com/persian",
           "radiofarda": "www.radiofarda.com", "yjc": "www.yjc.ir", "iranintl": "www.iranintl.com",
           "euronews-fa": "parsi.euronews.com", "tasnim": "www.tasnimnews.com", "isna": "www.isna.ir",
           "hamshahri": "www.hamshahrionline.ir", "entekhab": "www.entekhab.ir", "ilna": "www.ilna.ir",
           "khabaronline": "www.khabaronline.ir", "fars": "www.farsnews.ir"}


def html_shape(agency: str, n: int, **kw) -> dict:
    base = {"site": SITES[agency], "nav": NAV[agency], "url": f"https://{DOMAINS[agency]}/news/{n}",
            "related": ["واکنش_ها به تحولات منطقه ادامه دارد", "گزارش تصویری از نشست خبری امروز",
                        "نگاهی به مهم_ترین رویدادهای هفته"],
            "tags": ["سیاست خارجی", "منطقه"],
            "footer": f"تمامی حقوق این سایت متعلق به {SITES[agency]} است. نقل مطالب با ذکر منبع آزاد است."}
    base.update(kw)
    return base
