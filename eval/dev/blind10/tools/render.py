"""Page templates for blind10: text dumps and HTML pages in each agency's manner."""
import html as H

FA = "۰۱۲۳۴۵۶۷۸۹"


def fa(s):
    return str(s).translate(str.maketrans("0123456789", FA))


AG = {
    "tasnim": ("خبرگزاری تسنیم", "tasnimnews.com", "انتهای پیام/", "صفحه نخست | سیاسی | بین‌الملل | اقتصادی | ورزشی | فرهنگی"),
    "mehr": ("خبرگزاری مهر", "mehrnews.com", "", "سیاست\nجامعه\nبین‌الملل\nاقتصاد\nورزش\nفرهنگ"),
    "irna": ("ایرنا", "irna.ir", "", "خانه سیاسی اقتصادی جهان جامعه ورزشی عکس"),
    "isna": ("خبرگزاری ایسنا", "isna.ir", "انتهای پیام", "صفحه اول | سیاسی | بین‌الملل | اقتصادی | علمی | ورزشی"),
    "fars": ("خبرگزاری فارس", "farsnews.ir", "انتهای پیام/", "خانه\nسیاست\nجهان\nاقتصاد\nورزش"),
    "bbcpersian": ("بی‌بی‌سی فارسی", "bbc.com/persian", "", "صفحه اصلی | ایران | جهان | اقتصاد | ورزش | ویدیو"),
    "radiofarda": ("رادیو فردا", "radiofarda.com", "", "ایران\nجهان\nاقتصاد\nفرهنگ\nچندرسانه‌ای"),
    "iranintl": ("ایران اینترنشنال", "iranintl.com", "", "ایران | جهان | اقتصاد | ورزش | دیدگاه"),
    "hamshahri": ("همشهری آنلاین", "hamshahrionline.ir", "", "شهری | سیاسی | جهان | اقتصاد | ورزش"),
    "entekhab": ("پایگاه خبری انتخاب", "entekhab.ir", "", "سیاسی اقتصادی بین‌الملل ورزشی اجتماعی"),
    "khabaronline": ("خبرآنلاین", "khabaronline.ir", "", "سیاست | اقتصاد | جهان | ورزش | فرهنگ"),
    "yjc": ("باشگاه خبرنگاران جوان", "yjc.ir", "انتهای پیام/", "سیاسی\nبین‌الملل\nاقتصادی\nورزشی\nاستان‌ها"),
    "ilna": ("ایلنا", "ilna.ir", "انتهای پیام/", "کارگری | سیاسی | بین‌الملل | اقتصادی | فرهنگی"),
    "euronews-fa": ("یورونیوز فارسی", "parsi.euronews.com", "", "اخبار | جهان | ایران | اروپا | فرهنگ"),
    "asriran": ("عصر ایران", "asriran.com", "", "سیاسی | بین‌الملل | اقتصادی | ورزشی"),
    "tabnak": ("تابناک", "tabnak.ir", "", "سیاسی\nبین‌الملل\nاقتصادی\nورزشی\nاجتماعی"),
}
FOREIGN = {"bbcpersian", "radiofarda", "iranintl", "euronews-fa"}
MONTHS = {11: "نوامبر", 12: "دسامبر"}
WEEKDAY = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]


def parts(pub):
    import datetime
    d = datetime.date(int(pub[:4]), int(pub[5:7]), int(pub[8:10]))
    azar = (d - datetime.date(2026, 11, 22)).days + 1
    tm = pub[11:16] if len(pub) > 10 else None
    return d, azar, tm


def dateline(a, style):
    pub = a.get("published")
    if not pub:
        return ""
    d, azar, tm = parts(pub)
    wd = WEEKDAY[d.weekday()].replace("_", "\u200c")
    if style == 0:
        s = f"{fa(azar)} آذر ۱۴۰۵ - {fa(tm)}" if tm else f"{fa(azar)} آذر ۱۴۰۵"
    elif style == 1:
        s = f"تاریخ انتشار: {wd} {fa(azar)} آذر ۱۴۰۵ ساعت {fa(tm)}" if tm else f"{wd} {fa(azar)} آذر ۱۴۰۵"
    elif style == 2:
        s = f"1405/09/{azar:02d} {tm or ''}".strip()
    elif style == 3:
        zone = "گرینویچ" if pub.endswith("+00:00") else "به وقت بروکسل"
        s = f"{fa(d.day)} {MONTHS[d.month]} ۲۰۲۶" + (f" - {fa(tm)} {zone}" if tm else "")
    else:
        s = f"کد خبر: {fa(a['code'])} | {fa(azar)} آذر ۱۴۰۵ | {fa(tm)}" if tm else f"{fa(azar)} آذر ۱۴۰۵"
    return s


def dg(s, a):
    from build import degrade
    return degrade(s, a.get("degrade", []))


def render(a, title, lead, body):
    if a["kind"] == "html":
        return render_html(a, title, lead, body)
    return render_txt(a, title, lead, body)


def render_txt(a, title, lead, body):
    name, site, marker, menu = AG[a["agency"]]
    v = a.get("variant", 0)
    L = []
    L.append(name)
    L.append(menu)
    L.append("امروز: یکشنبه ۸ آذر ۱۴۰۵")
    if a.get("section"):
        L.append("خانه > " + a["section"].replace("_", "\u200c"))
    if a.get("kicker"):
        L.append(a["kicker"].replace("_", "\u200c"))
    if v in (0, 2):
        L.append(f"{title} - {name}")
    L.append(title)
    ds = a.get("datestyle", 3 if a["agency"] in FOREIGN else 0)
    if v != 2:
        L.append(dateline(a, ds))
    if lead:
        L.append(lead)
    L.extend(body)
    if marker:
        L.append(marker)
    if a["agency"] == "irna":
        L.append(f"{fa(a.get('code', 85123456))}")
    if v == 2:
        L.append(dateline(a, ds))
    if a.get("tags"):
        L.append("برچسب‌ها: " + "، ".join(t.replace("_", "\u200c") for t in a["tags"]))
    L.append("اخبار مرتبط")
    for r in a.get("related", []):
        L.append("• " + r.replace("_", "\u200c"))
    L.append("ارسال نظر | اشتراک‌گذاری | چاپ")
    L.append(f"تمامی حقوق برای {name} محفوظ است. © ۲۰۲۶")
    L.append("حامی رسانه‌ای: بیمه پارسیان")
    sep = "\n\n" if v == 1 else "\n"
    out = sep.join(x for x in L if x) + "\n"
    return dg(out, a)


def render_html(a, title, lead, body):
    name, site, marker, menu = AG[a["agency"]]
    e = H.escape
    sec = (a.get("section") or "").replace("_", "\u200c")
    pub = a.get("published")
    url = f"https://www.{site}/news/{a.get('code', 8800000)}"
    head = [f'<meta charset="utf-8">', f"<title>{e(title)} - {e(name)}</title>",
            f'<meta property="og:title" content="{e(title)}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:site_name" content="{e(name)}">']
    if lead:
        head.append(f'<meta property="og:description" content="{e(lead)}">')
    p = None
    if pub:
        p = pub[:16] + ":00" + pub[16:] if len(pub) > 10 else pub
        head.append(f'<meta property="article:published_time" content="{p}">')
    if sec:
        head.append(f'<meta property="article:section" content="{e(sec)}">')
    if a.get("jsonld"):
        import json
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": p,
              "articleSection": sec or None, "publisher": {"@type": "Organization", "name": name}}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    nav = "".join(f'<li><a href="/{i}">{e(m)}</a></li>' for i, m in enumerate(menu.replace("|", "\n").split()) if m.strip())
    B = [f'<header><div class="logo">{e(name)}</div><ul class="menu">{nav}</ul>',
         '<div class="today">یکشنبه ۸ آذر ۱۴۰۵</div></header>', "<main><article>"]
    if sec:
        B.append(f'<nav class="breadcrumb"><a href="/">خانه</a> » <a href="/s">{e(sec)}</a></nav>')
    if a.get("kicker"):
        B.append(f'<div class="kicker">{e(a["kicker"].replace("_", chr(0x200c)))}</div>')
    B.append(f"<h1>{e(title)}</h1>")
    ds = a.get("datestyle", 3 if a["agency"] in FOREIGN else 1)
    if pub:
        B.append(f'<time class="date">{e(dateline(a, ds))}</time>')
    if lead:
        B.append(f'<p class="lead">{e(lead)}</p>')
    B.append('<div class="body">')
    for i, p in enumerate(body):
        B.append(f"<p>{e(p)}</p>")
        if i == 0 and a.get("caption"):
            B.append(f'<figure><img src="/img/1.jpg"><figcaption>{e(a["caption"].replace("_", chr(0x200c)))}</figcaption></figure>')
    if marker:
        B.append(f"<p>{e(marker)}</p>")
    B.append("</div>")
    if a.get("tags"):
        B.append('<div class="tags">' + "".join(f'<a href="/tag">{e(t.replace("_", chr(0x200c)))}</a>' for t in a["tags"]) + "</div>")
    B.append('<div class="share">اشتراک‌گذاری: تلگرام | واتساپ | ایکس</div></article>')
    if a.get("related"):
        B.append('<aside class="related"><h3>اخبار مرتبط</h3><ul>' +
                 "".join(f"<li><a href='/n'>{e(r.replace('_', chr(0x200c)))}</a></li>" for r in a["related"]) + "</ul></aside>")
    B.append(f'</main><footer>کلیه حقوق این سایت متعلق به {e(name)} است. ۱۴۰۵</footer>')
    out = "<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n" + "\n".join(B) + "\n</body>\n</html>\n"
    return dg(out, a)
