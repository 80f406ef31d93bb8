"""Page layouts: the Iranian agencies' CMS family, BBC Persian, Radio Farda, Iran International, Euronews."""
from __future__ import annotations

import json
from urllib.parse import quote

from common import G_MONTHS, J_MONTHS, fa, iso_full, to_jal, weekday
from render_html import CLS, SITE, Esc, comments, figure, footer_html, head, nav, paras, related, url_of
from render_text import jdate_text

END = {"tasnim": "انتهای پیام/", "isna": "انتهای پیام", "fars": "انتهای پیام/", "ilna": "انتهای پیام/", "yjc": "انتهای پیام/"}


def agency_page(art: dict, charset: str = "utf-8") -> str:
    o = art.get("opts", {})
    e = Esc(o.get("zwnj_entity", False))
    a = art["agency"]
    c_art, c_kick, c_title, c_lead, c_date, c_body, c_rel, c_tags = CLS[a]
    name, host, _ = SITE[a]
    sec = art.get("section_page") or art.get("section")
    crumbs = [("خانه", "/")] + [(x, f"/service/{i}") for i, x in enumerate(o.get("crumb_parents", []))]
    if sec:
        crumbs.append((sec, "/service/sec"))
    bc = ' <span class="sep">»</span> '.join(f'<a href="{u}">{e(t)}</a>' for t, u in crumbs)
    date = f'<div class="{c_date}"><span class="fa fa-clock"></span> {e(jdate_text(art, o.get("date_style", "dash")))}</div>' if art.get("jdate") else ""
    today = ""
    if o.get("today"):
        ty = o["today"]
        today = f'<div class="today-date">{e("امروز: " + weekday(ty) + " " + fa(ty[2]) + " " + J_MONTHS[ty[1]-1] + " " + fa(ty[0]))}</div>'
    ticker = ""
    if o.get("ticker"):
        ticker = '<div class="ticker"><strong>' + e("آخرین اخبار") + "</strong><ul>" + "".join(
            f'<li><a href="/news/{i}">{e(t)}</a></li>' for i, t in enumerate(o["ticker"])) + "</ul></div>"
    inserts = {}
    if o.get("readmore"):
        idx, txt = o["readmore"]
        inserts[idx] = f'<div class="readmore"><span>{e("بیشتر بخوانید:")}</span> <a href="/news/77">{e(txt)}</a></div>'
    if o.get("caption"):
        inserts[o.get("caption_at", 1)] = figure(e, o["caption"], host) + inserts.get(o.get("caption_at", 1), "")
    body = paras(e, art["body"], inserts)
    if o.get("end", a in END):
        body += f"\n<p>{e(END.get(a, 'انتهای پیام/'))}</p>"
    if o.get("end_text"):
        body += f"\n<p>{e(o['end_text'])}</p>"
    tags = "".join(f'<a href="/tag/{quote(t)}">{e(t)}</a> ' for t in o.get("tags", []))
    lead = f'<p class="{c_lead}">{e(art["lead"])}</p>' if art.get("lead") else ""
    kicker = f'<div class="{c_kick}">{e(o["kicker"])}</div>' if o.get("kicker") else ""
    code = f'<div class="news-code">{e("کد خبر:")} <span>{e(fa(o.get("code", "1")))}</span></div>'
    share = ('<div class="share"><span>' + e("اشتراک‌گذاری") + '</span> <a class="tg" href="https://t.me/share/url?url=' +
             url_of(art) + '">' + e("تلگرام") + '</a> <a class="wa" href="#">' + e("واتس‌اپ") + '</a> <a class="x" href="#">X</a> <a href="#" class="print">' + e("چاپ") + "</a></div>")
    top = [kicker, f'<h1 class="{c_title}">{e(art["title"])}</h1>']
    if o.get("date_after_lead"):
        top += [lead, date]
    else:
        top = [date] + top + [lead]
    popular = related(e, o.get("popular", []), "most-viewed", "پربازدیدترین‌ها")
    parts = [
        "<!DOCTYPE html>", '<html lang="fa" dir="rtl">', head(art, e, charset), f'<body class="news-page {a}">',
        f'<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="{e.attr(name)}"></a>{today}{nav(e)}'
        f'<form class="search" action="/search"><input name="q" placeholder="{e.attr("جستجو")}"></form></header>',
        ticker, '<main class="container">', f'<div class="breadcrumb">{bc}</div>', f'<article class="{c_art}">', *top,
        f'<div class="{c_body}">\n{body}\n</div>', f'<div class="{c_tags}"><span>{e("برچسب‌ها:")}</span> {tags}</div>', share, code,
        "</article>", related(e, o.get("related", []), c_rel), comments(e, o.get("comments", [])), "</main>",
        f'<aside class="sidebar">{popular}</aside>', footer_html(e, art), "</body>", "</html>"]
    return "\n".join(p for p in parts if p) + "\n"


def bbc_page(art: dict) -> str:
    o = art.get("opts", {})
    e = Esc()
    y, m, d = art["gdate"]
    gtxt = f"{fa(d)} {G_MONTHS[m-1]} {fa(y)}"
    first, rest = art["body"][0], art["body"][1:]
    body = [f'<div dir="rtl" class="bbc-19j92fr ebmt73l0"><p dir="rtl" class="bbc-hhl7in e17g058b0"><b>{e(first)}</b></p></div>']
    for i, p in enumerate(rest, 1):
        if o.get("caption") and i == o.get("caption_at", 1):
            body.append(f'<figure class="bbc-1qn0xuy"><img src="https://ichef.bbci.co.uk/ace/ws/640/x.jpg" alt="">'
                        f'<p class="bbc-1gpzyhw"><span class="bbc-m04vo2">{e("توضیح تصویر،")}</span>{e(o["caption"])}</p></figure>')
        if o.get("readmore") and i == o["readmore"][0]:
            body.append(f'<div class="bbc-1l5elmx"><p><a href="/persian/articles/c1"><b>{e("بیشتر بخوانید:")} {e(o["readmore"][1])}</b></a></p></div>')
        body.append(f'<div dir="rtl" class="bbc-19j92fr ebmt73l0"><p dir="rtl" class="bbc-hhl7in e17g058b0">{e(p)}</p></div>')
    rel = "".join(f'<li class="bbc-x"><a href="/persian/articles/c{i}">{e(t)}</a></li>' for i, t in enumerate(o.get("related", [])))
    topics = "".join(f'<li><a href="/persian/topics/t{i}">{e(t)}</a></li>' for i, t in enumerate(o.get("tags", [])))
    navl = ["صفحه اصلی", "ایران", "افغانستان", "جهان", "اقتصاد", "ویدیو", "پادکست"]
    h = head(art, e)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="fa" dir="rtl" class="no-js">', h, "<body>", '<div id="root">',
        f'<header role="banner"><a href="#content" class="bbc-skip">{e("پرش به محتوا")}</a>'
        f'<a href="/persian" aria-label="BBC News, فارسی">BBC News, فارسی</a>{nav(e, navl)}</header>',
        '<main role="main" class="bbc-fa0wmp">', '<article>',
        f'<h1 id="content" tabindex="-1" class="bbc-14gqcmb e1p3vdyi0">{e(art["title"])}</h1>',
        f'<ul class="bbc-1wb4t4"><li><time datetime="{y}-{m:02d}-{d:02d}" class="bbc-1dafq0j">{e(gtxt)}</time></li></ul>',
        *body, "</article>",
        f'<section aria-labelledby="related-topics"><h2 id="related-topics">{e("موضوعات مرتبط")}</h2><ul>{topics}</ul></section>',
        f'<section aria-labelledby="related-content-heading"><h2 id="related-content-heading">{e("مطالب مرتبط")}</h2><ul>{rel}</ul></section>',
        f'<section aria-labelledby="most-read"><h2 id="most-read">{e("پربیننده‌ترین")}</h2><ol>'
        + "".join(f"<li><a href='/persian/articles/m{i}'>{e(t)}</a></li>" for i, t in enumerate(o.get("popular", []))) + "</ol></section>",
        "</main>",
        f'<footer role="contentinfo"><p>{e("© ۲۰۲۶ بی‌بی‌سی. بی‌بی‌سی مسئول محتوای سایت‌های دیگر نیست.")}</p>'
        f'<a href="/persian/institutional">{e("درباره ما")}</a></footer>', "</div>",
        '<script>window.SIMORGH_DATA={"pageData":{"metadata":{"type":"article"}}}</script>', "</body>", "</html>"]) + "\n"


def rferl_page(art: dict) -> str:
    o = art.get("opts", {})
    e = Esc()
    y, m, d = art["gdate"]
    jy, jm, jd = to_jal(art["gdate"])
    shown = f"{fa(jd)} {J_MONTHS[jm-1]} {fa(jy)} - {fa(d)} {G_MONTHS[m-1]} {fa(y)}"
    inserts = {}
    if o.get("readmore"):
        inserts[o["readmore"][0]] = (f'<div class="wsw__embed"><div class="media-block"><a href="/a/3341.html" class="img-wrap"></a>'
                                     f'<h4 class="media-block__title">{e(o["readmore"][1])}</h4></div></div>')
    body = paras(e, art["body"], inserts)
    sec = art.get("section")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="fa" dir="rtl">', head(art, e), '<body class="pg-article">',
        f'<div class="hdr-20"><a class="logo" href="/">{e("رادیو فردا")}</a>{nav(e, ["ایران", "جهان", "اقتصاد", "حقوق بشر", "ویدیو", "برنامه‌ها"])}</div>',
        '<div id="content">', '<div class="container">',
        f'<div class="category"><a href="/z/20002">{e(sec)}</a></div>' if sec else "",
        f'<h1 class="title pg-title">{e(art["title"])}</h1>',
        f'<div class="published"><span class="date"><time pubdate="pubdate" datetime="{iso_full(art)}">{e(shown)}</time></span></div>',
        f'<div class="intro m-t-md"><p>{e(art["lead"])}</p></div>' if art.get("lead") else "",
        '<div class="body-container"><div class="wsw" id="article-content">', body, "</div></div>",
        f'<div class="share--box"><span>{e("همرسانی")}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">{e("تلگرام")}</a></div>',
        related(e, o.get("related", []), "media-block-wrap", "مطالب مرتبط"),
        comments(e, o.get("comments", [])), "</div></div>",
        f'<footer class="ftr"><p>{e("© ۲۰۲۶ آر.اف.ای/آر.ال. تمام حقوق محفوظ است.")}</p></footer>',
        '<script src="/Content/responsive/RFE/fa-IR/RFE.js"></script>', "</body>", "</html>"]) + "\n"


def iranintl_page(art: dict) -> str:
    o = art.get("opts", {})
    e = Esc()
    y, m, d = art["gdate"]
    shown = f"{fa(d)} {G_MONTHS[m-1]} {fa(y)}، " + fa(art.get("time") or "")
    body = "\n".join(f"<p>{e(p)}</p>" for p in art["body"])
    nd = {"props": {"pageProps": {"article": {"id": o.get("code"), "title": art["title"], "summary": art.get("lead"),
                                              "publishedAt": iso_full(art), "category": art.get("section"),
                                              "content": [{"type": "paragraph", "text": p} for p in art["body"]]}}},
          "page": "/[id]", "buildId": "x8Tq2"}
    rel = "".join(f'<a class="ArticleCard_root" href="/2026{i}"><h3>{e(t)}</h3></a>' for i, t in enumerate(o.get("related", [])))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="fa" dir="rtl">', head(art, e), "<body>", '<div id="__next">',
        f'<header class="Header_root">{nav(e, ["ایران", "جهان", "اقتصاد", "ورزش", "فرهنگ", "ویدیو", "پخش زنده"])}</header>',
        '<main class="ArticleLayout_root"><article class="ArticleLayout_article">',
        f'<a class="ArticleLayout_category" href="/iran">{e(art["section"])}</a>' if art.get("section") else "",
        f'<h1 class="ArticleLayout_title">{e(art["title"])}</h1>',
        f'<p class="ArticleLayout_summary">{e(art["lead"])}</p>' if art.get("lead") else "",
        f'<div class="ArticleLayout_meta"><time datetime="{iso_full(art)}">{e(shown)}</time></div>',
        f'<figure class="ArticleLayout_image"><img src="/images/{o.get("code")}.jpg" alt=""><figcaption>{e(o.get("caption", ""))}</figcaption></figure>' if o.get("caption") else "",
        f'<div class="ArticleLayout_body">{body}</div>', "</article>",
        f'<section class="RelatedArticles_root"><h2>{e("اخبار مرتبط")}</h2>{rel}</section>', "</main>",
        f'<footer class="Footer_root"><p>{e("© ۲۰۲۶ ایران اینترنشنال")}</p></footer>', "</div>",
        '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(nd, ensure_ascii=False) + "</script>",
        "</body>", "</html>"]) + "\n"


def euronews_page(art: dict) -> str:
    o = art.get("opts", {})
    e = Esc()
    y, m, d = art["gdate"]
    shown = fa(f"{d:02d}/{m:02d}/{y} - {art.get('time', '')}") + " GMT+" + fa(art.get("tz", "+01:00")[2])
    inserts = {}
    if o.get("readmore"):
        inserts[o["readmore"][0]] = (f'<div class="widget widget--type-related"><div class="widget__title">{e("بیشتر بخوانید")}</div>'
                                     f'<ul><li><a href="/2026/11/20/x">{e(o["readmore"][1])}</a></li></ul></div>')
    body = paras(e, art["body"], inserts)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="fa" dir="rtl">', head(art, e), '<body class="t-article">',
        f'<header class="c-header">{nav(e, ["خبرها", "ایران", "جهان", "اروپا", "اقتصاد", "فرهنگ", "ویدیو"])}</header>',
        '<main class="o-site-wrapper"><article class="c-article">',
        f'<div class="c-article-breadcrumb"><a href="/news/world">{e(art["section"])}</a></div>' if art.get("section") else "",
        f'<h1 class="c-article-title">{e(art["title"])}</h1>',
        f'<div class="c-article-byline"><span class="c-article-contributors">{e(o.get("byline", "یورونیوز"))}</span>'
        f'<time class="c-article-date" datetime="{iso_full(art)}">{e(shown)}</time></div>',
        f'<p class="c-article-summary">{e(art["lead"])}</p>' if art.get("lead") else "",
        f'<div class="c-article-content js-article-content">\n{body}\n</div>',
        f'<div class="c-article-share"><span>{e("اشتراک‌گذاری")}</span><a href="#">Facebook</a><a href="#">X</a></div>',
        f'<div class="c-article-tags">' + "".join(f'<a href="/tag/{quote(t)}">{e(t)}</a>' for t in o.get("tags", [])) + "</div>",
        "</article>", related(e, o.get("related", []), "c-most-viewed", "خبرهای مرتبط"), "</main>",
        f'<footer class="c-footer"><p>{e("حقوق نشر © ۲۰۲۶ یورونیوز")}</p></footer>',
        '<script src="https://static.euronews.com/js/main.js"></script>', "</body>", "</html>"]) + "\n"


def render(art: dict) -> bytes:
    a = art["agency"]
    if a == "bbcpersian":
        return bbc_page(art).encode("utf-8")
    if a == "radiofarda":
        return rferl_page(art).encode("utf-8")
    if a == "iranintl":
        return iranintl_page(art).encode("utf-8")
    if a == "euronews-fa":
        return euronews_page(art).encode("utf-8")
    if art.get("opts", {}).get("cp1256"):
        from common import arabic_yk, latin_digits
        art = dict(art)  # the old site writes Arabic yeh/kaf and Latin digits
        return latin_digits(arabic_yk(agency_page(art, "windows-1256"))).encode("cp1256")
    return agency_page(art).encode("utf-8")
