"""Render a clean article as a full HTML page in the layout habits of each agency's site.

Not copies of any real page: the structure (nav, breadcrumb, kicker, lead, body, related box,
tags, share, comments, footer, scripts, og:* and JSON-LD) follows what such pages carry.
"""
from __future__ import annotations

import html
import json

from common import G_MONTHS, J_MONTHS, ZWNJ, fa, iso_full, to_greg
from render_text import SUFFIX, jdate_text

NAV = ["سیاسی", "بین‌الملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "استان‌ها", "عکس", "فیلم"]
SITE = {
    "tasnim": ("خبرگزاری تسنیم", "www.tasnimnews.com", "/fa/news/1405/{m:02d}/{d:02d}/{code}/"),
    "irna": ("ایرنا", "www.irna.ir", "/news/{code}/"),
    "isna": ("ایسنا", "www.isna.ir", "/news/{code}/"),
    "mehr": ("خبرگزاری مهر", "www.mehrnews.com", "/news/{code}/"),
    "fars": ("خبرگزاری فارس", "www.farsnews.ir", "/news/{code}"),
    "ilna": ("ایلنا", "www.ilna.ir", "/fa/tiny/news-{code}"),
    "yjc": ("باشگاه خبرنگاران جوان", "www.yjc.ir", "/fa/news/{code}/"),
    "khabaronline": ("خبرآنلاین", "www.khabaronline.ir", "/news/{code}/"),
    "hamshahri": ("همشهری آنلاین", "www.hamshahrionline.ir", "/news/{code}/"),
    "entekhab": ("انتخاب", "www.entekhab.ir", "/fa/news/{code}/"),
    "bbcpersian": ("BBC News فارسی", "www.bbc.com", "/persian/articles/c{code}o"),
    "radiofarda": ("رادیو فردا", "www.radiofarda.com", "/a/{code}.html"),
    "iranintl": ("ایران اینترنشنال", "www.iranintl.com", "/{code}"),
    "euronews-fa": ("یورونیوز فارسی", "parsi.euronews.com", "/2026/11/{d:02d}/story-{code}"),
}

# per-agency class names: (article, kicker, title, lead, date, body, related, tags)
CLS = {
    "tasnim": ("single-news", "rutitr", "title", "lead", "time", "story", "related-news", "smart-keyword"),
    "irna": ("item-body", "kicker", "title", "introtext", "item-date", "item-text", "related-items", "tags"),
    "isna": ("full-news", "uptitle", "first-title", "summary", "meta-news", "item-text", "news-related", "tags"),
    "mehr": ("item-content", "item-kicker", "item-title", "summary introtext", "item-date", "item-text", "related", "tags"),
    "fars": ("news-box", "subtitle", "title", "lead", "publish-time", "nt-body", "related-news", "tag-box"),
    "ilna": ("news_body", "news_uptitle", "news_title", "news_lead", "news_pdate", "news_body_text", "related_news", "tags_box"),
    "yjc": ("news_body", "news_rutitr", "title", "news_lead", "news_pdate_c", "body", "related", "tags_title"),
    "khabaronline": ("item-summary", "kicker", "title", "lead", "item-date", "item-text", "related-news", "tags"),
    "hamshahri": ("news-content", "rutitr", "title", "lead", "date", "body", "related", "tags"),
    "entekhab": ("news_content", "rotitr", "title", "subtitle", "news_nav news_pdate_c", "body", "related_news", "tags"),
}


class Esc:
    """HTML-escapes text; optionally writes ZWNJ as the `&zwnj;` entity, as some CMSs do."""

    def __init__(self, entity: bool = False):
        self.entity = entity

    def __call__(self, s: str) -> str:
        out = html.escape(s, quote=False)
        return out.replace(ZWNJ, "&zwnj;") if self.entity else out

    def attr(self, s: str) -> str:
        return html.escape(s, quote=True)


def url_of(art: dict) -> str:
    name, host, pat = SITE[art["agency"]]
    j = art.get("jdate") or (0, art.get("gdate", (0, 0, 0))[1], art.get("gdate", (0, 0, 0))[2])
    code = art.get("opts", {}).get("code", "1234567")
    return "https://" + host + pat.format(m=j[1], d=j[2], code=code)


def head(art: dict, e: Esc, charset: str = "utf-8", extra: str = "") -> str:
    o = art.get("opts", {})
    name, host, _ = SITE[art["agency"]]
    desc = art.get("lead") or art["body"][0][:160]
    meta = [f'<meta charset="{charset}">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{e(art['title'] + SUFFIX[art['agency']])}</title>",
            f'<meta name="description" content="{e.attr(desc)}">']
    if o.get("og", True):
        meta += [f'<meta property="og:site_name" content="{e.attr(name)}">', '<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{e.attr(art["title"])}">',
                 f'<meta property="og:description" content="{e.attr(desc)}">',
                 f'<meta property="og:url" content="{url_of(art)}">',
                 f'<meta property="og:image" content="https://{host}/files/photo/{o.get("code", "1")}.jpg">',
                 '<meta property="og:locale" content="fa_IR">']
    if o.get("pubmeta"):
        meta.append(f'<meta property="article:published_time" content="{iso_full(art)}">')
        if art.get("section"):
            meta.append(f'<meta property="article:section" content="{e.attr(art["section"])}">')
    meta += [f'<link rel="canonical" href="{url_of(art)}">', f'<link rel="stylesheet" href="https://{host}/static/css/main.min.css?v=4.12">',
             '<link rel="icon" href="/favicon.ico">',
             "<style>.hide{display:none}body{font-family:IRANSans,Tahoma,sans-serif;direction:rtl}</style>"]
    if o.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": o.get("ldtype", "NewsArticle"), "headline": art["title"],
              "description": desc, "datePublished": iso_full(art), "dateModified": iso_full(art),
              "mainEntityOfPage": url_of(art), "inLanguage": "fa",
              "publisher": {"@type": "Organization", "name": name, "logo": {"@type": "ImageObject", "url": f"https://{host}/logo.png"}},
              "image": [f"https://{host}/files/photo/{o.get('code', '1')}.jpg"]}
        if art.get("section") and o.get("ldsection", True):
            ld["articleSection"] = art["section"]
        meta.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    meta.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-X1Y2Z3');</script>")
    return "<head>\n" + "\n".join(meta) + extra + "\n</head>"


def nav(e: Esc, items=NAV) -> str:
    lis = "".join(f'<li><a href="/fa/service/{i}">{e(x)}</a></li>' for i, x in enumerate(items, 1))
    return f'<nav class="main-menu"><ul>{lis}</ul></nav>'


def related(e: Esc, items: list[str], cls: str, heading="اخبار مرتبط") -> str:
    if not items:
        return ""
    lis = "".join(f'<li><a href="/news/{900+i}">{e(x)}</a></li>' for i, x in enumerate(items))
    return f'<section class="{cls}"><h3>{e(heading)}</h3><ul>{lis}</ul></section>'


def paras(e: Esc, body: list[str], inserts: dict[int, str] | None = None, pcls: str = "") -> str:
    inserts = inserts or {}
    cls = f' class="{pcls}"' if pcls else ""
    out = []
    for i, p in enumerate(body):
        if i in inserts:
            out.append(inserts[i])
        out.append(f"<p{cls}>{e(p)}</p>")
    return "\n".join(out)


def figure(e: Esc, caption: str, host: str) -> str:
    return (f'<figure class="photo"><img src="https://{host}/files/photo/a1.jpg" alt="{e.attr(caption)}">'
            f"<figcaption>{e(caption)}</figcaption></figure>")


def comments(e: Esc, items: list[tuple[str, str]]) -> str:
    if not items:
        return ""
    cs = "".join(f'<div class="comment"><span class="comment-name">{e(n)}</span><p class="comment-text">{e(t)}</p>'
                 f'<span class="comment-date">{e(fa("1405/09/08"))}</span></div>' for n, t in items)
    return (f'<section id="comments" class="comments"><h3>{e("نظرات")}</h3>{cs}<form class="comment-form">'
            f'<textarea name="body" placeholder="{e.attr("نظر خود را بنویسید")}"></textarea><button>{e("ارسال")}</button></form></section>')


def footer_html(e: Esc, art: dict) -> str:
    name, host, _ = SITE[art["agency"]]
    links = ["درباره ما", "تماس با ما", "آرشیو", "آگهی", "RSS", "حریم خصوصی"]
    lis = "".join(f'<li><a href="/page/{i}">{e(x)}</a></li>' for i, x in enumerate(links))
    return (f'<footer class="site-footer"><ul>{lis}</ul><p class="copyright">{e("تمامی حقوق برای " + name + " محفوظ است. ©")} {e(fa(2026))}</p></footer>\n'
            f'<script src="https://{host}/static/js/bundle.min.js" async></script>\n'
            "<script>(function(){var s=document.createElement('script');s.src='//stat.example-analytics.ir/c.js';document.body.appendChild(s)})();</script>")
