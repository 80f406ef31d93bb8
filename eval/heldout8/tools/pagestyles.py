"""Page templates for eval/heldout8 (text dumps and HTML pages), per agency."""
import html as _h
import json

ZW = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
MONTHS_J = {9: "آذر"}
WEEKDAYS = {22: "شنبه", 23: "یکشنبه", 24: "دوشنبه", 25: "سه‌شنبه", 26: "چهارشنبه", 27: "پنجشنبه", 28: "جمعه",
            29: "شنبه"}
G_WEEK = {21: "شنبه", 22: "یکشنبه", 23: "دوشنبه", 24: "سه‌شنبه", 25: "چهارشنبه", 26: "پنجشنبه", 27: "جمعه",
          28: "شنبه", 29: "یکشنبه"}


def fa(s):
    return str(s).translate(str.maketrans("0123456789", FA))


def parts(published):
    d = published[:10]
    y, m, day = map(int, d.split("-"))
    t = published[11:16] if len(published) > 10 else None
    return y, m, day, t


def jalali(published):
    y, m, day, t = parts(published)
    assert (y, m) == (2026, 11) and day >= 22
    return 1405, 9, day - 21, t


def dateline(a):
    st = a.get("datestyle", "j1")
    y, m, d, t = parts(a["published"])
    if st.startswith("j"):
        jy, jm, jd, _ = jalali(a["published"])
        if st == "j1":
            return fa(f"{jd} آذر {jy} - {t}")
        if st == "j2":
            return f"{jy}/{jm:02d}/{jd:02d} - {t}"
        if st == "j3":
            return fa(f"{G_WEEK[d]} {jd} آذر {jy} ساعت {t}")
        if st == "j4":
            return fa(f"تاریخ انتشار: {t} - {jd} آذر {jy}")
        if st == "j5":
            return fa(f"کد خبر: {a.get('code', '84112233')} | {jd} آذرماه {jy} | {t}")
    if st == "g1":
        return fa(f"{d} نوامبر {y} - {t} GMT") if t else fa(f"{d} نوامبر {y}")
    if st == "g2":
        return fa(f"به‌روزشده: {d:02d}/{m}/{y} - {t} GMT+۱") if t else fa(f"{d} نوامبر {y}")
    if st == "g3":
        return fa(f"{G_WEEK[d]} {d} نوامبر {y}")
    raise ValueError(st)


AG = {
    "tasnim": dict(site="خبرگزاری تسنیم", dom="www.tasnimnews.com", menu="صفحه اصلی | سیاسی | بین‌الملل | اقتصادی | ورزشی | فرهنگی | استان‌ها", end="انتهای پیام/", crumb="خانه > {s}"),
    "mehr": dict(site="خبرگزاری مهر", dom="www.mehrnews.com", menu="صفحه نخست\nسیاست\nبین‌الملل\nاقتصاد\nجامعه\nورزش\nفرهنگ و هنر", end="", crumb="مهر > {s}"),
    "irna": dict(site="ایرنا", dom="www.irna.ir", menu="ایرنا | اخبار | سیاسی | اقتصادی | جهان | عکس | ویدئو", end="", crumb="صفحه نخست > {s}"),
    "isna": dict(site="ایسنا", dom="www.isna.ir", menu="خبرگزاری دانشجویان ایران\nسیاسی  اقتصادی  اجتماعی  بین‌الملل  علمی  ورزشی", end="انتهای پیام", crumb="ایسنا / {s}"),
    "fars": dict(site="خبرگزاری فارس", dom="www.farsnews.ir", menu="فارس | سیاست | اقتصاد | جامعه | بین‌الملل | ورزش | فرهنگ", end="انتهای پیام/", crumb="خانه > {s}"),
    "bbcpersian": dict(site="BBC News فارسی", dom="www.bbc.com/persian", menu="خانه  ایران  افغانستان  جهان  اقتصاد  ورزش  ویدیو", end="", crumb=""),
    "radiofarda": dict(site="رادیو فردا", dom="www.radiofarda.com", menu="رادیو فردا\nایران\nجهان\nاقتصاد\nچندرسانه‌ای\nپخش زنده", end="", crumb="جهان > {s}"),
    "iranintl": dict(site="ایران اینترنشنال", dom="www.iranintl.com", menu="ایران اینترنشنال | ایران | جهان | اقتصاد | پخش زنده", end="", crumb="خانه / {s}"),
    "hamshahri": dict(site="همشهری آنلاین", dom="www.hamshahrionline.ir", menu="همشهری آنلاین | تهران | سیاسی | اقتصادی | جهان | ورزش | سلامت", end="", crumb="همشهری آنلاین > {s}"),
    "entekhab": dict(site="پایگاه خبری تحلیلی انتخاب", dom="www.entekhab.ir", menu="انتخاب | سیاسی | اقتصادی | بین‌الملل | اجتماعی | ورزشی", end="", crumb="انتخاب / {s}"),
    "khabaronline": dict(site="خبرآنلاین", dom="www.khabaronline.ir", menu="خبرآنلاین\nسیاست\nجهان\nاقتصاد\nجامعه\nورزش", end="", crumb="صفحه اصلی > {s}"),
    "yjc": dict(site="باشگاه خبرنگاران جوان", dom="www.yjc.ir", menu="باشگاه خبرنگاران جوان | سیاسی | اقتصادی | بین‌الملل | ورزشی | استان‌ها", end="انتهای پیام/", crumb="صفحه اصلی » {s}"),
    "ilna": dict(site="ایلنا", dom="www.ilna.ir", menu="ایلنا | کارگری | سیاسی | اقتصادی | بین‌الملل | اجتماعی", end="", crumb="ایلنا > {s}"),
    "euronews-fa": dict(site="یورونیوز فارسی", dom="parsi.euronews.com", menu="یورونیوز | اروپا | جهان | اقتصاد | فرهنگ | سفر", end="", crumb="یورونیوز > {s}"),
    "asriran": dict(site="عصر ایران", dom="www.asriran.com", menu="عصر ایران | سیاسی | بین‌الملل | اقتصادی | اجتماعی | دانستنی‌ها", end="", crumb="عصر ایران > {s}"),
    "shargh": dict(site="روزنامه شرق", dom="www.sharghdaily.com", menu="شرق | سیاست | جهان | اقتصاد | جامعه | فرهنگ و هنر", end="", crumb="روزنامه شرق / {s}"),
}

FOOTERS = [
    "کلیه حقوق این سایت محفوظ است. استفاده از مطالب با ذکر منبع بلامانع است.",
    "تمامی حقوق مادی و معنوی این پایگاه محفوظ است.",
    "نقل مطالب با ذکر منبع آزاد است | تماس با ما | درباره ما | آرشیو",
]
SPONSOR = ["خرید اقساطی لوازم خانگی با شرایط ویژه", "آموزش زبان آنلاین؛ ثبت‌نام ترم جدید", "بلیط هواپیما ارزان کیش و مشهد"]


def render_txt(a, g):
    c = AG[a["agency"]]
    i = sum(map(ord, a["name"])) % 3
    lines = [c["menu"], ""]
    if a.get("today"):
        lines.append(a["today"])
    if c["crumb"] and g["section"]:
        lines.append(c["crumb"].format(s=g["section"]))
    lines.append("")
    if a.get("kicker"):
        lines.append(a["kicker"].replace("_", ZW))
    if i != 1:
        lines.append(f"{g['title']} - {c['site']}")
    lines.append(g["title"])
    if a.get("date_top", True) and g["published"]:
        lines.append(dateline(a))
    lines.append("")
    if g["lead"]:
        lines += [g["lead"], ""]
    for p in g["body"]:
        lines += [p, ""]
    if a["agency"] == "irna":
        lines += ["۷۲۳۳/ ۲۰۸۳", ""]
    if c["end"]:
        lines += [c["end"], ""]
    if not a.get("date_top", True) and g["published"]:
        lines += [dateline(a), ""]
    if a.get("tags"):
        lines.append("برچسب‌ها: " + "، ".join(t.replace("_", ZW) for t in a["tags"]))
    if a.get("related"):
        lines += ["", "اخبار مرتبط"] + [r.replace("_", ZW) for r in a["related"]]
    lines += ["", SPONSOR[i], FOOTERS[i]]
    return "\n".join(lines) + "\n"


def esc(s):
    return _h.escape(s, quote=False)


def render_html(a, g):
    c = AG[a["agency"]]
    i = sum(map(ord, a["name"])) % 3
    title = g["title"]
    y, m, d, t = parts(a["published"])
    iso = a["published"][:16] + ":00" + a["published"][16:] if t else a["published"]
    url = f"https://{c['dom']}/news/{a.get('code', '4123456')}/"
    head = [
        '<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
        f'<title>{esc(title)} - {esc(c["site"])}</title>',
        f'<meta property="og:title" content="{_h.escape(title)}">',
        f'<meta property="og:site_name" content="{_h.escape(c["site"])}">',
        f'<meta property="og:url" content="{url}">',
        '<meta property="og:type" content="article">',
    ]
    if g["lead"]:
        head.append(f'<meta property="og:description" content="{_h.escape(g["lead"])}">')
    head.append(f'<meta property="article:published_time" content="{iso}">')
    if g["section"] and a.get("meta_section", True):
        head.append(f'<meta property="article:section" content="{_h.escape(g["section"])}">')
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": iso, "publisher": {"@type": "Organization", "name": c["site"]}}
        if g["section"]:
            ld["articleSection"] = g["section"]
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    head += ['</head>', '<body>']
    nav = "".join(f'<li><a href="/{k}">{esc(x.strip())}</a></li>' for k, x in enumerate(c["menu"].replace("\n", "|").split("|")) if x.strip())
    b = head + [f'<header><nav><ul>{nav}</ul></nav></header>']
    if a.get("today"):
        b.append(f'<div class="today">{esc(a["today"])}</div>')
    if g["section"] and c["crumb"]:
        b.append(f'<div class="breadcrumb"><a href="/">خانه</a> » <a href="/section">{esc(g["section"])}</a></div>')
    b.append('<main><article>')
    if a.get("kicker"):
        b.append(f'<div class="kicker">{esc(a["kicker"].replace("_", ZW))}</div>')
    b.append(f'<h1 class="title">{esc(title)}</h1>')
    b.append(f'<div class="date"><time datetime="{iso}">{esc(dateline(a))}</time></div>')
    if g["lead"]:
        b.append(f'<p class="lead">{esc(g["lead"])}</p>')
    b.append('<div class="article-body">')
    for k, p in enumerate(g["body"]):
        b.append(f'<p>{esc(p)}</p>')
        if k == 0 and a.get("caption"):
            b.append(f'<figure><img src="/img/{k}.jpg" alt=""><figcaption>{esc(a["caption"].replace("_", ZW))}</figcaption></figure>')
        if k == 1 and a.get("more"):
            b.append(f'<div class="more"><span>بیشتر بخوانید:</span> <a href="/x">{esc(a["more"].replace("_", ZW))}</a></div>')
    if c["end"]:
        b.append(f'<p class="end">{c["end"]}</p>')
    b.append('</div>')
    if a.get("tags"):
        b.append('<div class="tags">' + "".join(f'<a href="/tag">{esc(t.replace("_", ZW))}</a>' for t in a["tags"]) + '</div>')
    b.append('<div class="share">اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس | چاپ</div>')
    b.append('</article>')
    if a.get("related"):
        b.append('<aside class="related"><h3>اخبار مرتبط</h3><ul>' + "".join(f'<li><a href="/r">{esc(r.replace("_", ZW))}</a></li>' for r in a["related"]) + '</ul></aside>')
    b.append('</main>')
    b.append(f'<footer><p>{esc(FOOTERS[i])}</p><p>{esc(SPONSOR[i])}</p></footer>')
    b += ['</body>', '</html>']
    return "\n".join(b) + "\n"
