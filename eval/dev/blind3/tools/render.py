"""Render one clean article as its agency's text dump or HTML page (shapes invented for this set)."""
from __future__ import annotations

import datetime as dt
import html

from build import GMONTHS, JMONTHS, WEEKDAYS, fa, jalali, zw

SITES = {
    "tasnim": ("خبرگزاری تسنیم", "tasnimnews.com", "به گزارش گروه"),
    "irna": ("ایرنا", "irna.ir", ""),
    "isna": ("ایسنا", "isna.ir", ""),
    "mehr": ("خبرگزاری مهر", "mehrnews.com", ""),
    "fars": ("خبرگزاری فارس", "farsnews.ir", ""),
    "bbcpersian": ("BBC News فارسی", "bbc.com/persian", ""),
    "radiofarda": ("رادیو فردا", "radiofarda.com", ""),
    "iranintl": ("ایران اینترنشنال", "iranintl.com", ""),
    "hamshahri": ("همشهری آنلاین", "hamshahrionline.ir", ""),
    "khabaronline": ("خبرآنلاین", "khabaronline.ir", ""),
    "yjc": ("باشگاه خبرنگاران جوان", "yjc.ir", ""),
    "euronews-fa": ("یورونیوز فارسی", "parsi.euronews.com", ""),
    "entekhab": ("پایگاه خبری تحلیلی انتخاب", "entekhab.ir", ""),
    "ilna": ("خبرگزاری ایلنا", "ilna.ir", ""),
}

MENU = ["صفحه نخست", "سیاسی", "بین‌الملل", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی", "عکس", "ویدئو"]


def when(a):
    w = a["when"]
    d = dt.date.fromisoformat(w[:10])
    t = w[11:] if len(w) > 10 else None
    return d, t


def jdate(a, style):
    d, t = when(a)
    y, m, dd = jalali(d)
    if style == "slash":
        s = f"{fa(y)}/{fa(m, 2)}/{fa(dd, 2)}"
        return s + (f" - {fa(t)}" if t else "")
    if style == "week":
        s = f"{WEEKDAYS[d.weekday()]} {fa(dd)} {JMONTHS[m - 1]} {fa(y)}"
        return s + (f" ساعت {fa(t)}" if t else "")
    s = f"{fa(dd)} {JMONTHS[m - 1]} {fa(y)}"
    return s + (f"، {fa(t)}" if t else "") if style == "comma" else s + (f" - {fa(t)}" if t else "")


def gdate(a):
    d, t = when(a)
    return f"{fa(d.day)} {GMONTHS[d.month - 1]} {fa(d.year)}" + (f" - {fa(t)}" if t else "")


def footer_lines(a):
    rel = [zw(r) for r in a.get("related", [])]
    tags = [zw(t) for t in a.get("tags", [])]
    return rel, tags


def render_txt(a, g):
    ag = a["agency"]
    site = SITES[ag][0]
    rel, tags = footer_lines(a)
    L = []
    if a.get("kicker"):
        L.append(zw(a["kicker"]))
    L.append(g["title"])
    if a.get("twice"):
        L += ["", g["title"]]
    style = {"mehr": "comma", "hamshahri": "dash", "ilna": "slash", "entekhab": "week", "yjc": "slash",
             "khabaronline": "dash"}.get(ag)
    if style and a.get("date_top", True):
        L.append(jdate(a, style))
    if g["lead"]:
        L += ["", g["lead"]]
    for p in g["body"]:
        L += ["", p]
    L.append("")
    end = {"tasnim": "انتهای پیام/", "fars": "انتهای پیام/", "yjc": "انتهای پیام/", "ilna": "انتهای پیام/",
           "isna": "انتهای پیام", "irna": a.get("code_line", "۲۲۰۴۸**۱۷۱۰"), "mehr": f"کد خبر {fa(6650000 + len(g['body']) * 371)}",
           "hamshahri": f"کد خبر {fa(941000 + len(g['title']))}", "khabaronline": f"کد خبر {fa(2071000 + len(g['title']))}",
           "entekhab": f"کد خبر: {fa(852000 + len(g['title']))}"}[ag]
    L.append(end)
    if rel:
        L += ["", {"tasnim": "پربیننده‌ترین اخبار", "fars": "خبرهای مرتبط", "isna": "اخبار مرتبط"}.get(ag, "اخبار مرتبط")]
        L += rel
    if tags:
        L += ["", "برچسب‌ها:"] + tags
    L += ["", "اشتراک گذاری", "تلگرام", "واتساپ", "کپی لینک"]
    if ag in ("tasnim", "fars", "isna", "irna") and not a.get("cut"):
        L.append(jdate(a, "slash"))
    if ag in ("tasnim", "yjc"):
        L += ["", "تبلیغات", "بیمه دی", "سفرهای نوروزی", "لاستیک بارز", "کاله"]
    if not a.get("cut"):
        L += ["", f"تمامی حقوق این سایت متعلق به {site} است."]
    else:
        L = L[: a["cut"]] if isinstance(a["cut"], int) else L
    return "\n".join(L) + "\n"


def render_html(a, g):
    ag = a["agency"]
    site, host, _ = SITES[ag]
    d, t = when(a)
    zone = a["zone"]
    iso = f"{d.isoformat()}T{t}:00{zone}" if t else d.isoformat()
    e = html.escape
    title = g["title"]
    rel, tags = footer_lines(a)
    head = [
        '<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
        f'<title>{e(title)} - {e(site)}</title>',
        f'<meta property="og:title" content="{e(title)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:url" content="https://www.{host}/news/{a["name"]}">',
        f'<meta property="og:site_name" content="{e(site)}">',
    ]
    if g["lead"]:
        head.append(f'<meta property="og:description" content="{e(g["lead"])}">')
    if t or a.get("meta_date"):
        head.append(f'<meta property="article:published_time" content="{iso}">')
    if g["section"]:
        head.append(f'<meta property="article:section" content="{e(g["section"])}">')
    head += ['<link rel="stylesheet" href="/static/site.css">', '</head>', '<body>']
    menu = "".join(f'<li><a href="/{i}">{e(m)}</a></li>' for i, m in enumerate(MENU))
    body = [f'<header class="site-header"><a class="logo" href="/">{e(site)}</a><nav><ul>{menu}</ul></nav>',
            f'<div class="today">{e(jdate({"when": "2026-11-29"}, "week"))}</div></header>', '<main>']
    if g["section"]:
        body.append(f'<ol class="breadcrumb"><li><a href="/">خانه</a></li><li><a href="/s">{e(g["section"])}</a></li></ol>')
    body.append('<article class="news">')
    if a.get("kicker"):
        body.append(f'<p class="kicker">{e(zw(a["kicker"]))}</p>')
    body.append(f'<h1 class="headline">{e(title)}</h1>')
    if ag in ("bbcpersian", "euronews-fa", "iranintl", "radiofarda"):
        vis = gdate({"when": a["when"][:10]})  # foreign sites: visible date only, time in metadata
    else:
        vis = jdate(a, "dash")
    body.append(f'<time datetime="{iso}">{e(vis)}</time>')
    if g["lead"]:
        cls = {"radiofarda": "intro", "euronews-fa": "c-article-summary"}.get(ag, "lead")
        body.append(f'<p class="{cls}">{e(g["lead"])}</p>')
    body.append('<div class="article-body">')
    for i, p in enumerate(g["body"]):
        body.append(f'<p>{e(p)}</p>')
        if i == 1 and a.get("caption"):
            body.append(f'<figure><img src="/img/{a["name"]}.jpg" alt=""><figcaption>{e(zw(a["caption"]))}</figcaption></figure>')
        if i == 2 and a.get("more"):
            body.append(f'<div class="read-more"><strong>بیشتر بخوانید:</strong> <a href="/x">{e(zw(a["more"]))}</a></div>')
    if ag == "irna":
        body.append(f'<p>{e(a.get("code_line", "۲۲۰۴۸**۱۷۱۰"))}</p>')
    body.append('</div>')
    if tags:
        body.append('<div class="tags">' + "".join(f'<a href="/tag">{e(x)}</a>' for x in tags) + '</div>')
    body.append('<div class="share">اشتراک‌گذاری: <a>تلگرام</a> <a>ایکس</a> <a>فیسبوک</a></div>')
    body.append('</article>')
    if rel:
        body.append('<aside class="related"><h3>خبرهای مرتبط</h3><ul>' + "".join(f'<li><a href="/r">{e(r)}</a></li>' for r in rel) + '</ul></aside>')
    body += ['</main>', f'<footer><p>© {fa(2026)} {e(site)} - همه حقوق محفوظ است.</p></footer>', '</body>', '</html>']
    return "\n".join(head + body) + "\n"


def render(a, g):
    if a["kind"] == "html":
        return render_html(a, g), "html"
    return render_txt(a, g), "txt"
