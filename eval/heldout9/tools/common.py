"""Shared tables for the heldout9 corpus ("_" = ZWNJ)."""
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


M = ["سیاسی", "بین_الملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "عکس", "فیلم"]
SITES = {
    "tasnim": dict(name="خبرگزاری تسنیم", host="www.tasnimnews.com", menu=["صفحه اصلی", "سیاسی", "بین_الملل", "اقتصادی", "ورزشی", "استان_ها", "چندرسانه_ای"], crumb=None, end="انتهای پیام/", foot="کلیه حقوق این سایت متعلق به خبرگزاری تسنیم است."),
    "irna": dict(name="ایرنا", host="www.irna.ir", menu=["سیاست", "اقتصاد", "جامعه", "جهان", "فرهنگ", "ورزش", "استان_ها"], crumb=None, end="۲۳۱۷**۱۴۰۵", foot="© خبرگزاری جمهوری اسلامی (ایرنا)، ۱۴۰۵"),
    "isna": dict(name="ایسنا", host="www.isna.ir", menu=["سیاسی", "اقتصادی", "اجتماعی", "علمی", "فرهنگی", "ورزشی", "بین_الملل"], crumb=None, end="انتهای پیام", foot="کپی_برداری با ذکر منبع بلامانع است | ایسنا"),
    "mehr": dict(name="خبرگزاری مهر", host="www.mehrnews.com", menu=M, crumb=None, end=None, foot="تمامی حقوق برای خبرگزاری مهر محفوظ است."),
    "fars": dict(name="خبرگزاری فارس", host="www.farsnews.ir", menu=["خانه", "سیاسی", "اقتصادی", "بین_الملل", "دفاعی", "جامعه", "ورزش"], crumb=None, end="انتهای پیام/", foot="خبرگزاری فارس | همه حقوق محفوظ است"),
    "bbcpersian": dict(name="BBC News فارسی", host="www.bbc.com/persian", menu=["خانه", "ایران", "جهان", "اقتصاد", "ورزش", "ویدیو"], crumb=None, end=None, foot="© ۲۰۲۶ بی_بی_سی. بی_بی_سی مسئول محتوای سایت_های دیگر نیست."),
    "radiofarda": dict(name="رادیو فردا", host="www.radiofarda.com", menu=["ایران", "جهان", "اقتصاد", "ویدیو", "پادکست", "برنامه_ها"], crumb=None, end=None, foot="همه حقوق محفوظ است | رادیو فردا ۲۰۲۶"),
    "iranintl": dict(name="ایران اینترنشنال", host="www.iranintl.com", menu=["ایران", "جهان", "اقتصاد", "ورزش", "پخش زنده"], crumb=None, end=None, foot="© ایران اینترنشنال ۲۰۲۶"),
    "hamshahri": dict(name="همشهری آنلاین", host="www.hamshahrionline.ir", menu=["تهران", "سیاسی", "اقتصادی", "جهان", "ورزشی", "فرهنگی", "سلامت"], crumb=None, end=None, foot="همشهری آنلاین - کلیه حقوق محفوظ است."),
    "entekhab": dict(name="پایگاه خبری تحلیلی انتخاب", host="www.entekhab.ir", menu=["سیاسی", "اقتصادی", "بین_الملل", "اجتماعی", "ورزشی", "فرهنگی"], crumb=None, end=None, foot="انتخاب | نقل مطالب با ذکر منبع آزاد است"),
    "khabaronline": dict(name="خبرآنلاین", host="www.khabaronline.ir", menu=["سیاسی", "اقتصادی", "جهان", "فرهنگی", "ورزشی", "جامعه"], crumb=None, end=None, foot="تمامی حقوق این سایت متعلق به خبرآنلاین است."),
    "yjc": dict(name="باشگاه خبرنگاران جوان", host="www.yjc.ir", menu=["سیاسی", "اقتصادی", "اجتماعی", "بین_الملل", "ورزشی", "فرهنگی", "استان_ها"], crumb=None, end="انتهای پیام/", foot="باشگاه خبرنگاران جوان - کپی_برداری با ذکر منبع"),
    "ilna": dict(name="ایلنا", host="www.ilna.ir", menu=["کارگری", "سیاسی", "اقتصادی", "اجتماعی", "بین_الملل", "فرهنگی"], crumb=None, end="انتهای پیام/", foot="خبرگزاری کار ایران (ایلنا) - تمامی حقوق محفوظ است"),
    "euronews-fa": dict(name="یورونیوز فارسی", host="parsi.euronews.com", menu=["جهان", "اروپا", "ایران", "اقتصاد", "فرهنگ", "ویدیو"], crumb=None, end=None, foot="یورونیوز فارسی © ۲۰۲۶"),
    "asriran": dict(name="عصر ایران", host="www.asriran.com", menu=["سیاسی", "اقتصادی", "بین_الملل", "اجتماعی", "ورزشی", "سرگرمی"], crumb=None, end=None, foot="کلیه حقوق برای عصر ایران محفوظ است"),
}

G, O, P, L = "GPE", "ORG", "PER", "LOC"
GLOBAL_ENT = {
    "ایران": (G, "Iran", "IRN"), "جمهوری اسلامی ایران": (G, "Iran", "IRN"), "تهران": (G, "Tehran", "IRN"),
    "عراق": (G, "Iraq", "IRQ"), "بغداد": (G, "Baghdad", "IRQ"), "سوریه": (G, "Syria", "SYR"), "دمشق": (G, "Damascus", "SYR"),
    "لبنان": (G, "Lebanon", "LBN"), "بیروت": (G, "Beirut", "LBN"), "ترکیه": (G, "Turkey", "TUR"), "آنکارا": (G, "Ankara", "TUR"),
    "افغانستان": (G, "Afghanistan", "AFG"), "کابل": (G, "Kabul", "AFG"), "پاکستان": (G, "Pakistan", "PAK"), "اسلام_آباد": (G, "Islamabad", "PAK"),
    "عربستان سعودی": (G, "Saudi Arabia", "SAU"), "عربستان": (G, "Saudi Arabia", "SAU"), "ریاض": (G, "Riyadh", "SAU"),
    "قطر": (G, "Qatar", "QAT"), "دوحه": (G, "Doha", "QAT"), "عمان": (G, "Oman", "OMN"), "مسقط": (G, "Muscat", "OMN"),
    "امارات متحده عربی": (G, "United Arab Emirates", "ARE"), "امارات": (G, "United Arab Emirates", "ARE"),
    "آمریکا": (G, "United States", "USA"), "ایالات متحده": (G, "United States", "USA"), "واشنگتن": (G, "Washington", "USA"),
    "روسیه": (G, "Russia", "RUS"), "مسکو": (G, "Moscow", "RUS"), "چین": (G, "China", "CHN"), "پکن": (G, "Beijing", "CHN"),
    "اوکراین": (G, "Ukraine", "UKR"), "کی_یف": (G, "Kyiv", "UKR"), "فرانسه": (G, "France", "FRA"), "پاریس": (G, "Paris", "FRA"),
    "آلمان": (G, "Germany", "DEU"), "برلین": (G, "Berlin", "DEU"), "انگلیس": (G, "United Kingdom", "GBR"), "بریتانیا": (G, "United Kingdom", "GBR"), "لندن": (G, "London", "GBR"),
    "مصر": (G, "Egypt", "EGY"), "قاهره": (G, "Cairo", "EGY"), "اسرائیل": (G, "Israel", "ISR"), "رژیم صهیونیستی": (G, "Israel", "ISR"),
    "غزه": (G, "Gaza", "PSE"), "نوار غزه": (L, "Gaza Strip", "PSE"), "فلسطین": (G, "Palestine", "PSE"), "یمن": (G, "Yemen", "YEM"),
    "آذربایجان": (G, "Azerbaijan", "AZE"), "جمهوری آذربایجان": (G, "Azerbaijan", "AZE"), "باکو": (G, "Baku", "AZE"),
    "ارمنستان": (G, "Armenia", "ARM"), "ایروان": (G, "Yerevan", "ARM"), "گرجستان": (G, "Georgia", "GEO"), "تفلیس": (G, "Tbilisi", "GEO"),
    "قزاقستان": (G, "Kazakhstan", "KAZ"), "هند": (G, "India", "IND"), "سودان": (G, "Sudan", "SDN"), "وین": (G, "Vienna", "AUT"),
    "ژنو": (G, "Geneva", "CHE"), "بروکسل": (G, "Brussels", "BEL"), "مجارستان": (G, "Hungary", "HUN"), "اردن": (G, "Jordan", "JOR"),
    "سازمان ملل متحد": (O, "United Nations", "IGOUNO"), "سازمان ملل": (O, "United Nations", "IGOUNO"),
    "شورای امنیت": (O, "UN Security Council", "IGOUNO"), "شورای امنیت سازمان ملل": (O, "UN Security Council", "IGOUNO"),
    "آژانس بین_المللی انرژی اتمی": (O, "IAEA", "IGOUNOIAE"), "اتحادیه اروپا": (O, "European Union", "IGOEUR"),
    "ناتو": (O, "NATO", "IGOWSTNAT"), "اوپک": (O, "OPEC", "IGOOPC"), "سازمان تجارت جهانی": (O, "WTO", "IGOWTO"),
    "مجلس شورای اسلامی": (O, "Islamic Consultative Assembly", "IRNLEG"), "وزارت امور خارجه": (O, "Ministry of Foreign Affairs", None),
    "حزب_الله": (O, "Hezbollah", "LBNREB"), "حماس": (O, "Hamas", "PSEREB"), "طالبان": (O, "Taliban", "AFGGOV"),
    "رویترز": (O, "Reuters", None), "خبرگزاری رویترز": (O, "Reuters", None), "خبرگزاری فرانسه": (O, "AFP", None),
    "آسوشیتدپرس": (O, "Associated Press", None), "الجزیره": (O, "Al Jazeera", None), "خبرگزاری تاس": (O, "TASS", None),
    "ایرنا": (O, "IRNA", None), "تسنیم": (O, "Tasnim", None), "خبرگزاری تسنیم": (O, "Tasnim", None), "ایسنا": (O, "ISNA", None),
    "خبرگزاری مهر": (O, "Mehr", None), "خبرگزاری فارس": (O, "Fars", None), "ایلنا": (O, "ILNA", None),
    "باشگاه خبرنگاران جوان": (O, "YJC", None), "عصر ایران": (O, "Asr Iran", None),
    "خلیج فارس": (L, "Persian Gulf", None), "دریای سرخ": (L, "Red Sea", None), "تنگه هرمز": (L, "Strait of Hormuz", None),
    "عباس عراقچی": (P, "Abbas Araghchi", "IRNGOV"), "عراقچی": (P, "Abbas Araghchi", "IRNGOV"),
    "مسعود پزشکیان": (P, "Masoud Pezeshkian", "IRNGOV"), "پزشکیان": (P, "Masoud Pezeshkian", "IRNGOV"),
    "اسماعیل بقائی": (P, "Esmaeil Baghaei", "IRNGOV"), "بقائی": (P, "Esmaeil Baghaei", "IRNGOV"),
    "رافائل گروسی": (P, "Rafael Grossi", "IGOUNOIAE"), "گروسی": (P, "Rafael Grossi", "IGOUNOIAE"),
    "آنتونیو گوترش": (P, "Antonio Guterres", "IGOUNO"), "گوترش": (P, "Antonio Guterres", "IGOUNO"),
    "ولادیمیر پوتین": (P, "Vladimir Putin", "RUSGOV"), "پوتین": (P, "Vladimir Putin", "RUSGOV"),
    "رجب طیب اردوغان": (P, "Recep Tayyip Erdogan", "TURGOV"), "اردوغان": (P, "Recep Tayyip Erdogan", "TURGOV"),
    "محمد باقر قالیباف": (P, "Mohammad Bagher Ghalibaf", "IRNLEG"), "قالیباف": (P, "Mohammad Bagher Ghalibaf", "IRNLEG"),
}
