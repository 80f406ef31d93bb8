# Non-article pages (home page, section index, tag page): gold {"error": "not_article"}.
# Original text written for rasad's dev set. "_" = ZWNJ in the Persian strings (converted by Z).
import html as _h


def Z(s):
    return _h.escape(s.replace("_", "\u200c"), quote=False)


_HEADS = [
 ("گفت_وگوی تلفنی عراقچی و وزیر خارجه عمان درباره روند مذاکرات", "وزیران امور خارجه ایران و عمان درباره آخرین وضعیت گفت_وگوهای غیرمستقیم تهران و واشنگتن رایزنی کردند.", "۱۱:۴۵"),
 ("استقبال رسمی پزشکیان از نخست_وزیر عراق", "نخست_وزیر عراق صبح امروز در رأس یک هیئت بلندپایه وارد تهران شد.", "۱۰:۳۰"),
 ("عراقچی و وانگ یی در پکن دیدار کردند", "وزیران خارجه ایران و چین بر اجرای برنامه همکاری ۲۵ ساله تاکید کردند.", "۱۴:۵۰"),
 ("هشدار سازمان هواشناسی درباره آلودگی هوای کلان_شهرها", "پایداری هوا تا پایان هفته در تهران، اصفهان و اراک ادامه دارد.", "۰۹:۱۰"),
 ("قیمت طلا و سکه امروز ۸ آذر ۱۴۰۵", "قیمت سکه تمام_بهار آزادی در بازار امروز با افزایش همراه بود.", "۰۸:۵۵"),
 ("برگزاری رزمایش دریایی مشترک ایران و روسیه در خزر", "ناوهای دو کشور در رزمایش امنیت دریایی شرکت می_کنند.", "۰۸:۲۰"),
 ("پیروزی استقلال مقابل سپاهان در هفته دوازدهم لیگ برتر", "استقلال با یک گل سپاهان را در ورزشگاه آزادی شکست داد.", "۲۲:۱۰"),
 ("تجمع بازنشستگان تأمین اجتماعی مقابل مجلس", "بازنشستگان خواستار اجرای کامل قانون همسان_سازی حقوق شدند.", "۱۲:۰۰"),
 ("واکنش بقائی به بیانیه تروئیکای اروپایی", "سخنگوی وزارت خارجه بیانیه سه کشور اروپایی را تکرار ادعاهای بی_اساس خواند.", "۱۳:۴۰"),
 ("آغاز ثبت_نام آزمون سراسری ۱۴۰۶", "داوطلبان تا ۲۰ آذر فرصت دارند در آزمون سراسری ثبت_نام کنند.", "۱۰:۰۰"),
 ("حمله پهپادی ترکیه به شمال عراق", "وزارت خارجه عراق سفیر ترکیه در بغداد را احضار کرد.", "۱۱:۲۵"),
 ("گفت_وگوی تلفنی پزشکیان و پوتین", "رؤسای جمهور ایران و روسیه بر تسریع اجرای توافق راهبردی تاکید کردند.", "۲۲:۱۵"),
]


def _page(title, site, body, og_type="website"):
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{Z(title)}</title>\n<meta property="og:site_name" content="{Z(site)}">\n'
            f'<meta property="og:type" content="{og_type}">\n<meta property="og:title" content="{Z(title)}">\n'
            '<link rel="stylesheet" href="/static/css/main.min.css">\n'
            '<script>window.dataLayer=window.dataLayer||[];</script>\n</head>\n' + body + '\n</html>\n')


def _nav(items):
    return '<nav class="main-menu"><ul>' + "".join(f'<li><a href="/service/{i}">{Z(x)}</a></li>' for i, x in enumerate(items)) + "</ul></nav>"


def _items(heads, cls, with_lead=True, date_fmt="{t}"):
    out = []
    for i, (t, l, tm) in enumerate(heads):
        lead = f'<p class="lead">{Z(l)}</p>' if with_lead else ""
        out.append(f'<li class="{cls}"><figure><img src="/files/thumb/{i}.jpg" alt=""></figure><div class="desc">'
                   f'<h3><a href="/news/{8601300 + i}/">{Z(t)}</a></h3>{lead}<time>{Z(date_fmt.format(t=tm))}</time></div></li>')
    return "<ul>" + "\n".join(out) + "</ul>"


_NAV = ["سیاسی", "بین_الملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "استان_ها", "عکس", "فیلم"]

TASNIM_HOME = _page("خبرگزاری تسنیم | Tasnim | اخبار ایران و جهان", "خبرگزاری تسنیم", (
    '<body class="home">\n<header><a class="logo" href="/"><img src="/logo.svg" alt="' + Z("خبرگزاری تسنیم") + '"></a>'
    f'<div class="today-date">{Z("امروز: یکشنبه ۸ آذر ۱۴۰۵")}</div>' + _nav(_NAV) + '</header>\n<main>\n'
    f'<section class="top-news"><article class="main-news"><div class="rutitr">{Z("در سفر وزیر خارجه به چین")}</div>'
    f'<h2><a href="/fa/news/1405/09/08/3322001/">{Z(_HEADS[2][0])}</a></h2>'
    f'<p class="lead">{Z("وزیران امور خارجه ایران و چین در دیدار پکن بر اجرای برنامه همکاری ۲۵ ساله و مخالفت با تحریم_های یکجانبه تاکید کردند و درباره وضعیت افغانستان، امنیت خلیج فارس و ابتکار امنیت جهانی چین رایزنی کردند.")}</p></article>\n'
    f'<div class="top-list">{_items(_HEADS[:6], "item")}</div></section>\n'
    f'<section class="box"><h2>{Z("بین_الملل")}</h2>{_items(_HEADS[8:12], "item", False)}</section>\n'
    f'<section class="box"><h2>{Z("پربیننده_ترین_ها")}</h2>{_items(_HEADS[3:9], "item", False)}</section>\n'
    f'<section class="box"><h2>{Z("ورزشی")}</h2>{_items(_HEADS[6:7], "item")}</section>\n</main>\n'
    f'<footer><p>{Z("تمامی حقوق برای خبرگزاری تسنیم محفوظ است.")}</p></footer>\n<script src="/js/app.js"></script>\n</body>'))

IRNA_SECTION = _page("سیاست خارجی - ایرنا", "ایرنا", (
    '<body class="service">\n<header>' + _nav(["سیاست", "اقتصاد", "جامعه", "جهان", "فرهنگ", "ورزش", "استان_ها"]) + '</header>\n'
    f'<main><div class="breadcrumb"><a href="/">{Z("خانه")}</a> » <a href="/service/politic">{Z("سیاست")}</a> » <span>{Z("سیاست خارجی")}</span></div>\n'
    f'<h1 class="service-title">{Z("سیاست خارجی")}</h1>\n'
    f'<section class="service-list">{_items(_HEADS[:3] + _HEADS[8:12] + _HEADS[:2], "news", True, "۸ آذر ۱۴۰۵، {t}")}</section>\n'
    '<div class="pagination"><a href="?page=1" class="active">۱</a> <a href="?page=2">۲</a> <a href="?page=3">۳</a> '
    f'<a href="?page=2">{Z("صفحه بعد")}</a></div>\n</main>\n'
    f'<footer><p>{Z("© ۲۰۲۶ خبرگزاری جمهوری اسلامی ایران")}</p></footer>\n</body>'))

MEHR_TAG = _page("عباس عراقچی - اخبار عباس عراقچی | خبرگزاری مهر", "خبرگزاری مهر", (
    '<body class="tag">\n<header>' + _nav(["سیاست", "بین_الملل", "اقتصاد", "جامعه", "فرهنگ", "ورزش", "استان_ها"]) + '</header>\n'
    f'<main><h1 class="tag-title">{Z("برچسب: عباس عراقچی")}</h1>\n'
    f'<p class="tag-desc">{Z("آخرین اخبار، گزارش_ها و تصاویر درباره عباس عراقچی، وزیر امور خارجه جمهوری اسلامی ایران.")}</p>\n'
    f'<section class="list">{_items([_HEADS[0], _HEADS[2], _HEADS[8], _HEADS[1]], "news", True, "۸ آذر ۱۴۰۵، {t}")}</section>\n'
    f'<div class="more"><a href="?pi=2">{Z("اخبار بیشتر")}</a></div>\n</main>\n'
    f'<footer><p>{Z("کلیه حقوق این سایت متعلق به خبرگزاری مهر است")}</p></footer>\n</body>'))

ARTICLES = [
    dict(name="tasnim-home", agency="tasnim", form="raw", html=TASNIM_HOME),
    dict(name="irna-section", agency="irna", form="raw", html=IRNA_SECTION),
    dict(name="mehr-tag", agency="mehr", form="raw", html=MEHR_TAG),
]
