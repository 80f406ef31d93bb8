"""Build eval/heldout4: render pages (NAME.txt / NAME.html) and gold (NAME.gold.json) from tools/src_*.py.

Written independently of rasad's code. "_" in source strings stands for ZWNJ.
Checks: valid JSON, CAMEO codes exist, roots, strings present in the normalized text, each event
sentence exactly once, orthography of the gold.
"""
import datetime
import html
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
REPO = OUT.parent.parent
ZW = "\u200c"
PD = "۰۱۲۳۴۵۶۷۸۹"

CAMEO = {}
for line in (REPO / "rasad/events/data/cameo.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    c, name = line.split("\t")[:2]
    CAMEO[c] = name
PLOVER = {}
for line in (REPO / "rasad/events/data/cameo_plover.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    p, t, m = line.split("\t")[:3]
    PLOVER[p] = (t, m)


def plover(code):
    best = None
    for p in PLOVER:
        if code.startswith(p) and (best is None or len(p) > len(best)):
            best = p
    if best is None:
        return None
    t, m = PLOVER[best]
    if t == "-":
        return None
    return {"event_type": t, "mode": None if m == "-" else m}


def z(s):
    return None if s is None else s.replace("_", ZW)


def fa_digits(s):
    return "".join(PD[int(ch)] if ch.isdigit() and ch.isascii() else ch for ch in str(s))


# ---------------------------------------------------------------- degradations
def degrade(s, kinds):
    for k in kinds:
        if k == "nozwnj":
            s = s.replace(ZW, "")
        elif k == "space":
            s = s.replace(ZW, " ")
        elif k == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif k == "latin":
            s = "".join(str(PD.index(c)) if c in PD else c for c in s)
        elif k == "arabicdigits":
            s = "".join("٠١٢٣٤٥٦٧٨٩"[PD.index(c)] if c in PD else c for c in s)
    return s


# ---------------------------------------------------------------- dates
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
WEEKDAYS = {0: "دوشنبه", 1: "سه‌شنبه", 2: "چهارشنبه", 3: "پنجشنبه", 4: "جمعه", 5: "شنبه", 6: "یکشنبه"}
GMONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]


def jalali(d):
    """Only for Oct 23 2026 .. Dec 21 2026 (Aban, Azar 1405)."""
    a = (d - datetime.date(2026, 10, 23)).days
    if 0 <= a < 30:
        return 1405, 8, a + 1
    b = (d - datetime.date(2026, 11, 22)).days
    assert 0 <= b < 30, d
    return 1405, 9, b + 1


# ---------------------------------------------------------------- text helpers
class _L:
    @staticmethod
    def match(ch):
        return ch.isalpha() or ch == ZW


LETTER = _L()


def sentence_spans(text):
    """Sentences: split at . ؟ ! (outside «») followed by whitespace/end, and at line breaks."""
    spans = []
    pos = 0
    for para in text.split("\n"):
        start = pos
        depth = 0
        i = 0
        while i < len(para):
            ch = para[i]
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth = max(0, depth - 1)
            elif ch in ".؟!?" and depth == 0 and (i + 1 == len(para) or para[i + 1] in " \t"):
                spans.append((start, pos + i + 1))
                j = i + 1
                while j < len(para) and para[j] == " ":
                    j += 1
                start = pos + j
                i = j
                continue
            i += 1
        if start < pos + len(para):
            spans.append((start, pos + len(para)))
        pos += len(para) + 1
    return spans


def expand_sentence(text, snip, where):
    n = text.count(snip)
    if n != 1:
        raise SystemExit(f"{where}: snippet occurs {n} times: {snip!r}")
    i = text.index(snip)
    for a, b in sentence_spans(text):
        if a <= i < b:
            if i + len(snip) > b:
                raise SystemExit(f"{where}: snippet crosses a sentence end: {snip!r}")
            return text[a:b], (a, b)
    raise SystemExit(f"{where}: no sentence for {snip!r}")


def quote_text(text, snip, direct, where):
    n = text.count(snip)
    if n != 1:
        raise SystemExit(f"{where}: quote snippet occurs {n} times: {snip!r}")
    i = text.index(snip)
    if direct:
        a = text.rfind("«", 0, i)
        b = text.find("»", i)
        assert a >= 0 and b > 0 and "»" not in text[a:i], (where, snip)
        return text[a + 1:b].strip()
    sent, (a, b) = expand_sentence(text, snip, where)
    q = text[i:b].rstrip()
    if q.endswith((".", "؟", "!")):
        q = q[:-1].rstrip()
    return q


def entity_occurrences(text, ents, where):
    """Count boundary-delimited occurrences, flat: longer forms first, overlaps skipped."""
    covered = [False] * len(text)
    out = []
    counts = {}
    for e in sorted(ents, key=lambda e: -len(z(e[0]))):
        form = z(e[0])
        n = 0
        for m in re.finditer(re.escape(form), text):
            a, b = m.span()
            if a > 0 and LETTER.match(text[a - 1]):
                continue
            if b < len(text) and LETTER.match(text[b]):
                continue
            if any(covered[a:b]):
                continue
            for k in range(a, b):
                covered[k] = True
            n += 1
            out.append((a, e))
        if n == 0:
            raise SystemExit(f"{where}: entity not found: {form!r}")
        if len(e) > 4 and e[4] is not None and e[4] != n:
            raise SystemExit(f"{where}: entity {form!r} found {n} times, expected {e[4]}")
        counts[form] = n
    out.sort(key=lambda x: x[0])
    return [{"text": z(e[0]), "type": e[1], "canonical": e[2], "code": e[3]} for _, e in out]


ALLOWED_MI = {"میلیون", "میلیارد", "میان", "میانجیگری", "میانجی", "میدان", "میزان", "میراث", "میلادی", "میز",
              "میهن", "میل", "میثاق", "میانه", "میانی", "میرحسین", "میخائیل", "میکائیل", "می", "میزبانی", "میزبان",
              "میلیاردها", "میلیون‌ها", "میدانی", "میوه", "میلیاردی", "میلیونی", "میشل", "میرزا", "میرزویان", "میدری", "میناب", "میرزایی",
              "میشیگان", "میانمار", "میلر", "میامی", "میتسوتاکی", "میرجانی", "میانگین", "میشائیل", "میرسلیم",
              "میزبانان", "میلیتاریسم", "میلی", "میرپور", "میراشمی", "نمیز"}


def check_orthography(s, where):
    errs = []
    if re.search("[يكة]", s.replace("ة", "")):
        errs.append("arabic ye/kaf")
    if re.search(r"[0-9٠-٩]", s):
        errs.append("non-Persian digits")
    if re.search("[اآدذرزژو]" + ZW, s):
        errs.append("ZWNJ after non-joining letter: " + re.search("\\S*[اآدذرزژو]" + ZW + "\\S*", s).group(0))
    if re.search(ZW + r"(\s|$)", s) or re.search(r"(^|\s)" + ZW, s):
        errs.append("stray ZWNJ")
    for m in re.finditer(r"(?:^|(?<=[\s«(]))(ن?می) (?=[\u0600-\u06FF])", s):
        errs.append("detached می: " + s[m.start():m.start() + 20])
    for m in re.finditer(r"(?<=\S) (ها|های|هایی|ترین|تر|ای|اند)(?=[\s،.؛:»]|$)", s):
        ctx = s[max(0, m.start() - 15):m.end() + 5]
        if m.group(1) in ("ای", "تر", "اند"):
            continue  # too many legitimate words; only ha/tarin are checked strictly
        errs.append("detached suffix: " + ctx)
    for m in re.finditer(r"(?:^|(?<=[\s«(]))(ن?می[^\s\u200c،.؛:»)]+)", s):
        w = m.group(1)
        if w not in ALLOWED_MI and not w.startswith(("میلیون", "میلیارد", "میان", "میدان", "میزان", "میراث", "میزبان")):
            errs.append("joined می: " + w)
    if "  " in s or " ،" in s or " ." in s:
        errs.append("spacing")
    if errs:
        raise SystemExit(f"{where}: orthography: {errs}")


# ---------------------------------------------------------------- agencies
AG = {
    "tasnim": dict(site="خبرگزاری تسنیم", dom="www.tasnimnews.com", end="انتهای پیام/", tz="+03:30",
                   menu=["صفحه نخست", "سیاسی", "بین الملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "استانها", "چندرسانه ای"],
                   footer=["پربیننده‌ترین اخبار", "اخبار روز", "آخرین خبرهای روز", "تبلیغات", "همراه اول", "رایتل", "شهر خبر"]),
    "irna": dict(site="ایرنا", dom="www.irna.ir", end=None, tz="+03:30",
                 menu=["ایرنا", "سیاست", "اقتصاد", "جامعه", "جهان", "فرهنگ", "ورزش", "استانها", "عکس", "فیلم"],
                 footer=["کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی است", "درباره ما", "تماس با ما", "آرشیو"]),
    "isna": dict(site="ایسنا", dom="www.isna.ir", end="انتهای پیام", tz="+03:30",
                 menu=["ایسنا", "دانشگاه", "سیاست", "اقتصاد", "جامعه", "فرهنگ و هنر", "بین الملل", "ورزش", "علم", "استانها"],
                 footer=["اخبار مرتبط", "پربازدیدترین‌ها", "داغ‌ترین‌ها", "خبرگزاری دانشجویان ایران", "RSS", "تماس با ما"]),
    "mehr": dict(site="خبرگزاری مهر", dom="www.mehrnews.com", end=None, tz="+03:30",
                 menu=["خبرگزاری مهر", "سیاست", "جهان", "اقتصاد", "جامعه", "فرهنگ", "ورزش", "استانها", "عکس"],
                 footer=["کد خبر", "لینک کوتاه", "برچسب‌ها", "نظرات", "درباره ما", "کلیه حقوق مادی و معنوی محفوظ است"]),
    "fars": dict(site="خبرگزاری فارس", dom="www.farsnews.ir", end="انتهای پیام/", tz="+03:30",
                 menu=["فارس", "سیاسی", "اقتصادی", "بین الملل", "اجتماعی", "فرهنگی", "ورزشی", "استانها", "فارس من"],
                 footer=["خبرهای پیشنهادی", "پربازدیدترین", "فارس پلاس", "تبلیغات", "ارتباط با ما"]),
    "bbcpersian": dict(site="BBC News فارسی", dom="www.bbc.com", end=None, tz="+00:00",
                       menu=["بی‌بی‌سی فارسی", "ایران", "جهان", "اقتصاد", "ورزش", "ویدیو", "پادکست", "بیشتر"],
                       footer=["خبرهای مهم", "پربیننده‌ترین", "چرا می‌توانید به بی‌بی‌سی اعتماد کنید", "شرایط استفاده", "© 2026 بی‌بی‌سی"]),
    "radiofarda": dict(site="رادیو فردا", dom="www.radiofarda.com", end=None, tz="+00:00",
                       menu=["رادیو فردا", "ایران", "جهان", "اقتصاد", "دیدگاه", "ویدیو", "پخش زنده"],
                       footer=["مطالب مرتبط", "پربیننده‌ترین", "دنبال کنید", "رادیو فردا، رادیوی آزادی", "درباره ما"]),
    "iranintl": dict(site="ایران اینترنشنال", dom="www.iranintl.com", end=None, tz="+00:00",
                     menu=["ایران اینترنشنال", "ایران", "جهان", "اقتصاد", "ورزش", "ویدیو", "پخش زنده"],
                     footer=["بیشتر بخوانید", "پربازدیدها", "تماس با ما", "حریم خصوصی"]),
    "hamshahri": dict(site="همشهری آنلاین", dom="www.hamshahrionline.ir", end=None, tz="+03:30",
                      menu=["همشهری آنلاین", "سیاست", "جهان", "اقتصاد", "شهر", "ورزش", "فرهنگ", "سلامت"],
                      footer=["مطالب مرتبط", "برچسب‌ها", "نظر شما", "همشهری آنلاین، پایگاه خبری روزنامه همشهری"]),
    "entekhab": dict(site="پایگاه خبری تحلیلی انتخاب", dom="www.entekhab.ir", end=None, tz="+03:30",
                     menu=["انتخاب", "سیاسی", "اقتصادی", "اجتماعی", "بین الملل", "فرهنگی", "ورزشی", "عکس"],
                     footer=["اخبار مرتبط", "نظرات بینندگان", "ارسال نظر", "کلیه حقوق برای انتخاب محفوظ است"]),
    "khabaronline": dict(site="خبرآنلاین", dom="www.khabaronline.ir", end=None, tz="+03:30",
                         menu=["خبرآنلاین", "سیاسی", "اقتصادی", "جهان", "اجتماعی", "فرهنگی", "ورزشی", "ویدیو"],
                         footer=["کد خبر", "برچسب‌ها", "خبرهای مرتبط", "پربحث‌ترین‌ها", "درباره ما"]),
    "yjc": dict(site="باشگاه خبرنگاران جوان", dom="www.yjc.ir", end="انتهای پیام/", tz="+03:30",
                menu=["باشگاه خبرنگاران جوان", "سیاسی", "اقتصادی", "بین الملل", "اجتماعی", "ورزشی", "فضای مجازی"],
                footer=["اخبار پیشنهادی", "آخرین اخبار", "تبلیغات", "قوانین و مقررات"]),
    "ilna": dict(site="ایلنا", dom="www.ilna.ir", end="انتهای پیام/", tz="+03:30",
                 menu=["ایلنا", "کارگری", "سیاسی", "اقتصادی", "اجتماعی", "بین الملل", "فرهنگی", "ورزشی"],
                 footer=["خبرهای مرتبط", "پربازدیدترین‌ها", "خبرگزاری کار ایران", "تماس با ما"]),
    "euronews-fa": dict(site="یورونیوز فارسی", dom="parsi.euronews.com", end=None, tz="+01:00",
                        menu=["یورونیوز", "اخبار", "اروپا", "ایران", "جهان", "اقتصاد", "فرهنگ", "ویدیو"],
                        footer=["بیشتر در این باره", "خبرهای بیشتر", "یورونیوز در شبکه‌های اجتماعی", "© Euronews 2026"]),
}


def dt_parts(pub):
    d = datetime.date.fromisoformat(pub[:10])
    t = pub[11:16] if len(pub) > 10 else None
    return d, t


def date_line(a, style):
    d, t = dt_parts(a["published"])
    y, m, dd = jalali(d)
    if style == "jalali":
        s = f"{dd} {JMONTHS[m - 1]} {y}" + (f" - {t}" if t else "")
    elif style == "jalali_num":
        s = f"{y}/{m:02d}/{dd:02d}" + (f" {t}" if t else "")
    elif style == "jalali_wd":
        s = f"{WEEKDAYS[d.weekday()]} {dd} {JMONTHS[m - 1]} {y}" + (f" ساعت {t}" if t else "")
    elif style == "greg":
        s = f"{d.day} {GMONTHS[d.month - 1]} {d.year}" + (f" - {t}" if t else "")
    elif style == "greg_gmt":
        s = f"{d.day:02d}/{d.month:02d}/{d.year} - {t} GMT{a['published'][16:19].replace('+0', '+')}"
    else:
        raise ValueError(style)
    return fa_digits(s)


# ---------------------------------------------------------------- renderers
def render_txt(a):
    ag = AG[a["agency"]]
    dg = a.get("degrade", [])
    D = lambda s: degrade(z(s), dg)
    lines = []
    lines += ag["menu"][: a.get("menu_n", 6)]
    lines.append("")
    if a.get("crumb"):
        lines.append(z(a["crumb"]))
    if a.get("kicker"):
        lines.append(D(a["kicker"]))
    lines.append(D(a["title"]))
    if a.get("title_twice", True):
        lines.append("")
        lines.append(D(a["title"]) + (a.get("suffix") or ""))
    lines.append("")
    if a.get("date_style") and a.get("date_pos", "top") == "top":
        lines.append(degrade(date_line(a, a["date_style"]), dg))
        lines.append("")
    if a.get("lead"):
        lines.append(D(a["lead"]))
        lines.append("")
    for p in a["body"]:
        lines.append(D(p))
        lines.append("")
    if a.get("irna_code"):
        lines.append(a["irna_code"])
        lines.append("")
    if ag["end"]:
        lines.append(ag["end"])
        lines.append("")
    if a.get("date_style") and a.get("date_pos") == "bottom":
        lines.append(degrade(date_line(a, a["date_style"]), dg))
    if a.get("tags"):
        lines.append("برچسب‌ها: " + "، ".join(z(t) for t in a["tags"]))
    lines += a.get("related_txt", [])
    lines += ag["footer"]
    sep = "\r\n" if a.get("crlf") else "\n"
    return sep.join(lines) + sep


def render_html(a):
    ag = AG[a["agency"]]
    dg = a.get("degrade", [])
    zwent = a.get("zwnj_entity", False)

    def D(s):
        s = html.escape(degrade(z(s), dg), quote=False)
        if zwent:
            s = s.replace(ZW, "&zwnj;")
        return s

    title = D(a["title"])
    pub = a["published"]
    d, t = dt_parts(pub)
    iso = f"{pub[:10]}T{t}:00{pub[16:]}" if t else pub[:10]
    sec = z(a.get("section")) if a.get("section") else None
    h = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', "<head>", '<meta charset="utf-8">',
         f"<title>{title} - {ag['site']}</title>",
         '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if a.get("og", True):
        h.append(f'<meta property="og:title" content="{title}">')
        h.append('<meta property="og:type" content="article">')
        h.append(f'<meta property="og:site_name" content="{ag["site"]}">')
        h.append(f'<meta property="og:url" content="https://{ag["dom"]}/news/{a["nid"]}/">')
        if a.get("lead"):
            h.append(f'<meta property="og:description" content="{D(a["lead"])}">')
    if a.get("meta_time", True) and t:
        h.append(f'<meta property="article:published_time" content="{iso}">')
    if sec and a.get("meta_section", True):
        h.append(f'<meta property="article:section" content="{html.escape(sec)}">')
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": a.get("jsonld_type", "NewsArticle"),
              "headline": degrade(z(a["title"]), dg), "datePublished": iso,
              "publisher": {"@type": "Organization", "name": ag["site"]}}
        if sec:
            ld["articleSection"] = sec
        if a.get("lead"):
            ld["description"] = degrade(z(a["lead"]), dg)
        h.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    h.append('<link rel="stylesheet" href="/static/css/main.min.css">')
    h.append("<script>window.dataLayer=window.dataLayer||[];</script>")
    h.append("</head>")
    h.append('<body class="page-news">')
    h.append('<header class="site-header"><a class="logo" href="/">' + ag["site"] + "</a>")
    h.append('<nav class="main-menu"><ul>' + "".join(f'<li><a href="/section/{i}">{m}</a></li>' for i, m in enumerate(ag["menu"])) + "</ul></nav>")
    today = date_line({"published": "2026-11-29"}, "jalali_wd") if ag["tz"] == "+03:30" else fa_digits("29 نوامبر 2026")
    h.append(f'<div class="today">امروز: {today}</div></header>')
    h.append('<main class="container"><article class="news-item">')
    if sec and a.get("crumb_html", True):
        h.append(f'<ol class="breadcrumb"><li><a href="/">خانه</a></li><li><a href="/section/x">{html.escape(sec)}</a></li></ol>')
    if a.get("kicker"):
        h.append(f'<div class="rutitr">{D(a["kicker"])}</div>')
    h.append(f'<h1 class="title">{title}</h1>')
    if a.get("date_style"):
        h.append(f'<div class="news-date"><time datetime="{iso}">{degrade(date_line(a, a["date_style"]), dg)}</time></div>')
    if a.get("lead"):
        h.append(f'<p class="lead summary">{D(a["lead"])}</p>')
    h.append('<figure class="main-photo"><img src="/img/photo.jpg" alt="">')
    if a.get("caption"):
        h.append(f'<figcaption>{D(a["caption"])}</figcaption>')
    h.append("</figure>")
    h.append('<div class="item-text body" itemprop="articleBody">')
    for i, p in enumerate(a["body"]):
        h.append(f"<p>{D(p)}</p>")
        if a.get("more_box") and i == 1:
            h.append('<div class="more-news"><strong>بیشتر بخوانید:</strong> <a href="/news/1">' + D(a["more_box"]) + "</a></div>")
    if a.get("irna_code"):
        h.append(f"<p>{a['irna_code']}</p>")
    if ag["end"]:
        h.append(f'<p class="end">{ag["end"]}</p>')
    h.append("</div>")
    if a.get("tags"):
        h.append('<div class="tags"><span>برچسب‌ها:</span>' + "".join(f'<a href="/tag/{i}">{D(x)}</a>' for i, x in enumerate(a["tags"])) + "</div>")
    h.append('<div class="share">اشتراک‌گذاری: <a href="#">تلگرام</a> <a href="#">واتس‌اپ</a> <a href="#">ایکس</a> <a href="javascript:print()">چاپ</a></div>')
    h.append("</article>")
    if a.get("related"):
        h.append('<aside class="related"><h3>اخبار مرتبط</h3><ul>' + "".join(f'<li><a href="/news/{i}">{D(x)}</a></li>' for i, x in enumerate(a["related"])) + "</ul></aside>")
    if a.get("comments"):
        h.append('<section class="comments"><h3>نظرات</h3>' + "".join(f'<div class="comment"><span class="author">{D(n)}</span><p>{D(c)}</p></div>' for n, c in a["comments"]) + "</section>")
    h.append("</main>")
    h.append('<footer class="site-footer"><ul>' + "".join(f"<li>{f}</li>" for f in ag["footer"]) + "</ul></footer>")
    h.append("</body></html>")
    return "\n".join(h) + "\n"


# ---------------------------------------------------------------- gold
def build_gold(a):
    where = a["name"]
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    for s in [title, lead] + body:
        if s:
            check_orthography(s, where)
    text = "\n\n".join([x for x in [title, lead] if x] + body)
    ents = entity_occurrences(text, a["entities"], where)
    quotes = []
    for q in a["quotes"]:
        snip, spk, spk_text, direct = q
        qt = quote_text(text, z(snip), direct, where)
        if z(spk_text) and z(spk_text) not in text:
            raise SystemExit(f"{where}: speaker_text not in text: {spk_text}")
        quotes.append({"text": qt, "speaker": spk, "speaker_text": z(spk_text), "direct": direct})
    events = []
    seen = set()
    for e in a["events"]:
        src, src_text, tgt, tgt_text, code, neg, snip = e
        if code not in CAMEO:
            raise SystemExit(f"{where}: unknown CAMEO {code}")
        sent, span = expand_sentence(text, z(snip), where)
        if text.count(sent) != 1:
            raise SystemExit(f"{where}: sentence occurs {text.count(sent)} times")
        for st in (src_text, tgt_text):
            if st is not None and z(st) not in sent:
                raise SystemExit(f"{where}: actor text {st!r} not in sentence {sent!r}")
        key = (src, tgt, code, sent)
        if key in seen:
            raise SystemExit(f"{where}: duplicate event {key}")
        seen.add(key)
        events.append({"source": src, "source_text": z(src_text), "target": tgt, "target_text": z(tgt_text),
                       "cameo": code, "root": code[:2], "negated": neg, "plover": plover(code), "sentence": sent})
    gold = {"title": title, "lead": lead, "body": body, "agency": a["agency"], "section": z(a.get("section")),
            "published": a["published"], "attributed_sources": a.get("sources", []),
            "entities": ents, "quotes": quotes, "events": events, "notes": z(a.get("notes", ""))}
    return gold


def main():
    arts = []
    sys.path.insert(0, str(HERE))
    for f in sorted(HERE.glob("src_*.py")):
        mod = importlib.import_module(f.stem)
        arts += mod.ARTICLES
    names = set()
    stats = {"pages": 0, "txt": 0, "html": 0, "degraded": 0, "entities": 0, "quotes": 0, "events": 0}
    roots = {}
    for a in arts:
        assert a["name"] not in names, a["name"]
        names.add(a["name"])
        assert a["agency"] in AG
        gold = build_gold(a)
        page = render_txt(a) if a["kind"] == "txt" else render_html(a)
        ext = ".txt" if a["kind"] == "txt" else ".html"
        enc = a.get("encoding", "utf-8")
        (OUT / (a["name"] + ext)).write_bytes(page.encode(enc))
        s = json.dumps(gold, ensure_ascii=False, indent=1)
        json.loads(s)
        (OUT / (a["name"] + ".gold.json")).write_text(s + "\n", encoding="utf-8")
        stats["pages"] += 1
        stats[a["kind"] if a["kind"] == "txt" else "html"] += 1
        stats["degraded"] += bool(a.get("degrade") or a.get("zwnj_entity"))
        stats["entities"] += len(gold["entities"])
        stats["quotes"] += len(gold["quotes"])
        stats["events"] += len(gold["events"])
        for e in gold["events"]:
            roots[e["root"]] = roots.get(e["root"], 0) + 1
        # every gold title/lead word should be on the page (after degradation) as a sanity check
    print(json.dumps(stats, ensure_ascii=False))
    print("roots", len(roots), dict(sorted(roots.items())))


if __name__ == "__main__":
    main()
