"""Render the blind7 pages and gold files from src_a/b/c.py and check them.

    python eval/dev/blind7/tools/build.py

In the sources "_" stands for ZWNJ. Entities are listed once per surface form; the build emits one
gold item per boundary-delimited occurrence in the article text (flat: an occurrence inside a longer
listed form is not counted). Event "sentence" keys are expanded to the full sentence holding them.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(OUT, "..", "..", ".."))
sys.path.insert(0, HERE)

ZW = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
import unicodedata


class _Letter:
    @staticmethod
    def match(ch):
        return ch == ZW or unicodedata.category(ch)[0] in "LNM"


LETTER = _Letter()


def load_cameo():
    codes = {}
    with open(os.path.join(ROOT, "rasad/events/data/cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c, name = line.rstrip("\n").split("\t")[:2]
            codes[c] = name
    plover = {}
    with open(os.path.join(ROOT, "rasad/events/data/cameo_plover.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            p, t, m = line.rstrip("\n").split("\t")[:3]
            plover[p] = (t, m)
    return codes, plover


CODES, PLOVER = load_cameo()


def plover_of(code):
    for n in range(len(code), 1, -1):
        if code[:n] in PLOVER:
            t, m = PLOVER[code[:n]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


def clean(s):
    return s.replace("_", ZW) if s is not None else None


def degrade(s, kind):
    if not kind:
        return s
    for k in kind.split("+"):
        if k == "nozwnj":
            s = s.replace(ZW, "")
        elif k == "space":
            s = s.replace(ZW, " ")
        elif k == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif k == "latin":
            s = s.translate(str.maketrans(FA, "0123456789"))
    return s


def fa(n, width=0):
    s = str(n).zfill(width)
    return s.translate(str.maketrans("0123456789", FA))


WEEK = ["دوشنبه", "سه_شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]


def jalali(d):
    # only November 2026 is needed: 22 Nov = 1 Azar 1405
    assert d.year == 2026 and d.month == 11
    if d.day >= 22:
        return d.day - 21, "آذر", 9
    return d.day + 9, "آبان", 8


def date_line(style, pub):
    d = dt.datetime.fromisoformat(pub) if "T" in pub else dt.datetime.fromisoformat(pub + "T00:00")
    jd, jm, jmn = jalali(d)
    hm = f"{fa(d.hour, 2)}:{fa(d.minute, 2)}"
    wd = clean(WEEK[d.weekday()])
    if style == "j1":
        return f"{fa(jd)} {jm} ۱۴۰۵ - {hm}"
    if style == "j2":
        return f"تاریخ انتشار: {wd} {fa(jd)} {jm} ۱۴۰۵ ساعت {hm}"
    if style == "j3":
        return f"1405/{jmn:02d}/{jd:02d} - {d.hour:02d}:{d.minute:02d}"
    if style == "j4":
        return f"کد خبر: {fa(4000000 + d.day * 1371)} | {wd} {fa(jd)} {jm} {fa(1405)} - {hm}"
    if style == "g1":
        return f"{fa(d.day)} نوامبر ۲۰۲۶"
    if style == "g2":
        return f"{fa(d.day)} نوامبر ۲۰۲۶ - {hm} GMT"
    if style == "g3":
        return f"{fa(d.day, 2)}/۱۱/۲۰۲۶ - {hm} GMT+۱"
    raise ValueError(style)


SITES = {
    "tasnim": dict(name="خبرگزاری تسنیم", host="www.tasnimnews.com", end="انتهای پیام/", date="j1",
                   menu="صفحه اصلی | سیاسی | بین_الملل | اقتصادی | ورزشی | استان_ها | عکس | فیلم",
                   footer="کلیه حقوق این سایت متعلق به خبرگزاری تسنیم است."),
    "irna": dict(name="ایرنا", host="www.irna.ir", end=None, date="j4",
                 menu="ایرنا\nخانه\nسیاست\nاقتصاد\nجامعه\nجهان\nورزش\nچندرسانه_ای",
                 footer="© ۱۴۰۵ خبرگزاری جمهوری اسلامی ایران (ایرنا)"),
    "isna": dict(name="ایسنا", host="www.isna.ir", end="انتهای پیام", date="j2",
                 menu="ایسنا - خبرگزاری دانشجویان ایران\nسیاسی  اقتصادی  اجتماعی  بین_الملل  علمی  ورزشی",
                 footer="استفاده از مطالب ایسنا با ذکر منبع بلامانع است."),
    "mehr": dict(name="خبرگزاری مهر", host="www.mehrnews.com", end=None, date="j4",
                 menu="مهر | سیاست | جهان | اقتصاد | جامعه | فرهنگ | ورزش | استان_ها",
                 footer="تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری مهر است."),
    "fars": dict(name="خبرگزاری فارس", host="www.farsnews.ir", end="انتهای پیام/", date="j3",
                 menu="فارس من | اخبار روز | سیاسی | اقتصادی | بین_الملل | ورزش | فرهنگی",
                 footer="تمامی حقوق برای خبرگزاری فارس محفوظ است."),
    "bbcpersian": dict(name="BBC News فارسی", host="www.bbc.com/persian", end=None, date="g1",
                       menu="بی_بی_سی فارسی\nخبرها\nایران\nجهان\nاقتصاد\nورزش\nویدیو",
                       footer="© ۲۰۲۶ بی_بی_سی. بی_بی_سی مسئول محتوای سایت_های دیگر نیست."),
    "radiofarda": dict(name="رادیو فردا", host="www.radiofarda.com", end=None, date="g2",
                       menu="رادیو فردا | ایران | جهان | اقتصاد | حقوق بشر | پادکست",
                       footer="© ۲۰۲۶ آر_اف_ای/آر_ال. کلیه حقوق محفوظ است."),
    "iranintl": dict(name="ایران اینترنشنال", host="www.iranintl.com", end=None, date="g2",
                     menu="ایران اینترنشنال\nپخش زنده • ایران • جهان • اقتصاد • ورزش • گزارش ویژه",
                     footer="ایران اینترنشنال | همه حقوق محفوظ است"),
    "hamshahri": dict(name="همشهری آنلاین", host="www.hamshahrionline.ir", end=None, date="j2",
                      menu="همشهری آنلاین > صفحه نخست > شهری > سیاسی > اقتصادی > جهان > ورزشی",
                      footer="کلیه حقوق مادی و معنوی این پایگاه متعلق به مؤسسه همشهری است."),
    "entekhab": dict(name="پایگاه خبری انتخاب", host="www.entekhab.ir", end=None, date="j1",
                     menu="انتخاب | صفحه اول | سیاسی | اقتصادی | اجتماعی | بین_الملل | ورزشی | خواندنی",
                     footer="کپی_برداری با ذکر منبع آزاد است | پایگاه خبری تحلیلی انتخاب"),
    "khabaronline": dict(name="خبرآنلاین", host="www.khabaronline.ir", end=None, date="j4",
                         menu="خبرآنلاین\nسیاسی\nاقتصادی\nجهان\nورزش\nفناوری\nسلامت",
                         footer="© ۱۴۰۵ خبرآنلاین - همه حقوق محفوظ است."),
    "yjc": dict(name="باشگاه خبرنگاران جوان", host="www.yjc.ir", end="انتهای پیام/", date="j2",
                menu="باشگاه خبرنگاران جوان | سیاسی | اقتصادی | اجتماعی | بین_الملل | ورزشی | علمی",
                footer="انتشار مطالب با ذکر منبع (باشگاه خبرنگاران جوان) بلامانع است."),
    "ilna": dict(name="ایلنا", host="www.ilna.ir", end="انتهای پیام/", date="j1",
                 menu="ایلنا | کارگری | سیاسی | اقتصادی | اجتماعی | بین_الملل | فرهنگی",
                 footer="خبرگزاری کار ایران - ایلنا | تمامی حقوق محفوظ است."),
    "euronews-fa": dict(name="یورونیوز فارسی", host="parsi.euronews.com", end=None, date="g3",
                        menu="euronews. فارسی\nخبر | اروپا | جهان | اقتصاد | ورزش | فرهنگ",
                        footer="© یورونیوز ۲۰۲۶ | حریم خصوصی | شرایط استفاده"),
}

TODAY = "امروز: یکشنبه ۸ آذر ۱۴۰۵"


def render_txt(a, s):
    lines = [clean(s["menu"])]
    if a.get("today"):
        lines.append(TODAY)
    if a["crumbs"]:
        sep = a.get("crumbsep", " > ")
        lines.append(sep.join(clean(c) for c in a["crumbs"]))
    if a.get("kicker"):
        lines.append(clean(a["kicker"]))
    t = clean(a["title"])
    lines.append(t)
    dl = date_line(a.get("datestyle", s["date"]), a["published"]) if a.get("published") else None
    if a.get("title2"):
        lines.append(t + " - " + clean(s["name"]))
    pos = a.get("datepos", "top")
    if dl and pos == "top":
        lines.append(dl)
    if a.get("lead"):
        lines.append(clean(a["lead"]))
    lines.append("")
    for p in a["body"]:
        lines.append(clean(p))
        if a.get("blank", True):
            lines.append("")
    end = a.get("end", s["end"])
    if a["agency"] == "irna":
        end = "۳۲۱۴/ ۲۰۹۵"
    if end:
        lines.append(clean(end))
    if dl and pos == "bottom" and not a.get("cut"):
        lines.append(dl)
    if a.get("tags"):
        lines.append(clean("برچسب_ها: ") + "، ".join(clean(x) for x in a["tags"]))
    if a.get("related"):
        lines.append(clean("اخبار مرتبط:"))
        lines.extend("- " + clean(x) for x in a["related"])
    if not a.get("cut"):
        lines.append(clean("تبلیغات: بلیط هواپیما ارزان با تخفیف ویژه آذرماه"))
        lines.append(clean(s["footer"]))
    return "\n".join(lines) + "\n"


def esc(x):
    assert not re.search(r'[<>&"]', x), x
    return x


def render_html(a, s):
    t = esc(clean(a["title"]))
    host = s["host"]
    url = f"https://{host}/news/{abs(hash(a['name'])) % 900000 + 100000}/"
    url = f"https://{host}/news/{sum(map(ord, a['name'])) * 97}/{a['name']}"
    pub = a.get("published")
    head = [f'<meta charset="utf-8">', f"<title>{t} - {clean(s['name'])}</title>"]
    meta = a.get("meta", "og")
    if "og" in meta:
        head += [f'<meta property="og:title" content="{t}">',
                 f'<meta property="og:site_name" content="{clean(s["name"])}">',
                 f'<meta property="og:url" content="{url}">', '<meta property="og:type" content="article">']
        if a.get("lead"):
            head.append(f'<meta property="og:description" content="{esc(clean(a["lead"]))}">')
        if pub:
            head.append(f'<meta property="article:published_time" content="{pub}">')
        if a.get("section"):
            head.append(f'<meta property="article:section" content="{clean(a["section"])}">')
    if "ld" in meta:
        ld = {"@context": "https://schema.org", "@type": a.get("ldtype", "NewsArticle"), "headline": clean(a["title"]),
              "datePublished": pub, "publisher": {"@type": "Organization", "name": clean(s["name"])}}
        if a.get("section"):
            ld["articleSection"] = clean(a["section"])
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    nav = "".join(f'<li><a href="/section/{i}">{x}</a></li>' for i, x in enumerate(clean(s["menu"]).replace("|", "\n").split("\n")) if x.strip())
    out = ["<!DOCTYPE html>", '<html lang="fa" dir="rtl">', "<head>", *head, "</head>", "<body>",
           f'<header class="site-header"><div class="logo">{clean(s["name"])}</div><nav class="main-menu"><ul>{nav}</ul></nav>',
           f'<div class="today">{TODAY}</div></header>' if a.get("today", True) else "</header>"]
    if a["crumbs"]:
        out.append('<nav class="breadcrumb">' + " » ".join(f'<a href="/c/{i}">{clean(c)}</a>' for i, c in enumerate(a["crumbs"])) + "</nav>")
    out.append('<main><article class="news">')
    if a.get("kicker"):
        out.append(f'<div class="rutitr">{clean(a["kicker"])}</div>')
    out.append(f"<h1 class=\"title\">{t}</h1>")
    if pub and a.get("showdate", True):
        out.append(f'<div class="date"><time datetime="{pub}">{date_line(a.get("datestyle", s["date"]), pub)}</time></div>')
    if a.get("lead"):
        out.append(f'<p class="lead summary">{clean(a["lead"])}</p>')
    out.append('<div class="item-body">')
    for i, p in enumerate(a["body"]):
        out.append(f"<p>{clean(p)}</p>")
        if i == 0 and a.get("caption"):
            out.append(f'<figure><img src="/img/{a["name"]}.jpg" alt=""><figcaption>{clean(a["caption"])}</figcaption></figure>')
        if i == 1 and a.get("more"):
            out.append('<div class="read-more"><strong>بیشتر بخوانید</strong><ul>' + "".join(f'<li><a href="/n/{j}">{clean(x)}</a></li>' for j, x in enumerate(a["more"])) + "</ul></div>")
    end = a.get("end", s["end"])
    if a["agency"] == "irna":
        end = "۶۱۸۵/ ۲۱۳۰"
    if end:
        out.append(f"<p>{clean(end)}</p>")
    out.append("</div>")
    if a.get("tags"):
        out.append('<div class="tags"><span>برچسب_ها</span>'.replace("_", ZW) + "".join(f'<a href="/tag/{j}">{clean(x)}</a>' for j, x in enumerate(a["tags"])) + "</div>")
    out.append('<div class="share">اشتراک_گذاری: تلگرام | واتس_اپ | ایکس | کپی لینک | چاپ</div>'.replace("_", ZW))
    out.append("</article>")
    if a.get("related"):
        out.append('<aside class="related"><h3>اخبار مرتبط</h3><ul>' + "".join(f'<li><a href="/r/{j}">{clean(x)}</a></li>' for j, x in enumerate(a["related"])) + "</ul></aside>")
    if a.get("comments"):
        out.append('<section class="comments"><h3>نظرات</h3>' + "".join(f'<div class="comment"><b>کاربر {fa(j + 1)}</b><p>{clean(x)}</p></div>' for j, x in enumerate(a["comments"])) + "</section>")
    out.append(f'</main><footer><p>{clean(s["footer"])}</p></footer>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


SENT_END = re.compile(r"(?<=[.!؟])\s+")


def sentences(text):
    out = []
    for para in text.split("\n\n"):
        for s in SENT_END.split(para):
            if s.strip():
                out.append(s.strip())
    return out


def occurrences(text, form):
    res = []
    i = text.find(form)
    while i >= 0:
        j = i + len(form)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not LETTER.match(before) and not LETTER.match(after):
            res.append((i, j))
        i = text.find(form, i + 1)
    return res


ORTHO = [
    (re.compile("[اآدذرزژو]" + ZW), "ZWNJ after non-joining letter"),
    (re.compile(r"(^|[\s«(])(می|نمی) "), "detached می"),
    (re.compile(r" (ها|های|هایی|ترین|تر) "), "detached suffix"),
    (re.compile("[يك]"), "Arabic ي/ك"),
    (re.compile(r"[\u0600-\u06FF][\s]*[0-9]|[0-9][\s]*[\u0600-\u06FF]"), "Latin digit in Persian text"),
    (re.compile("[٠-٩]"), "Arabic-Indic digit"),
]


def check_ortho(name, field, s, errs):
    for rx, msg in ORTHO:
        m = rx.search(s)
        if m:
            errs.append(f"{name}: {field}: {msg}: …{s[max(0, m.start() - 15):m.end() + 15]}…")


def build_article(a, errs):
    name = a["name"]
    s = SITES[a["agency"]]
    title, lead = clean(a["title"]), clean(a.get("lead"))
    body = [clean(p) for p in a["body"]]
    text = "\n\n".join([x for x in [title, lead] if x] + body)
    for fld, val in [("title", title), ("lead", lead or "")] + [("body", p) for p in body]:
        check_ortho(name, fld, val, errs)
    section = clean(a["crumbs"][-1]) if a["crumbs"] else None
    if a["kind"] == "html":
        section = clean(a.get("section")) or section
    a["section"] = a.get("section") or (a["crumbs"][-1] if a["crumbs"] else None)
    page = render_txt(a, s) if a["kind"] == "txt" else render_html(a, s)
    page = degrade(page, a.get("degrade"))
    gold = {"title": title, "lead": lead, "body": body, "agency": a["agency"], "section": section,
            "published": None if a.get("cut") and a.get("datepos") == "bottom" else a.get("published"),
            "attributed_sources": a.get("sources", [])}
    # entities
    forms = []
    for line in a["ents"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [x.strip() for x in line.split("|")]
        while len(parts) < 4:
            parts.append("")
        f, ty, can, code = parts[:4]
        assert ty in ("PER", "ORG", "GPE", "LOC"), (name, line)
        forms.append((clean(f), ty, can or None, code or None))
    spans = []
    for f, ty, can, code in forms:
        occ = occurrences(text, f)
        if not occ:
            errs.append(f"{name}: entity not in text: {f}")
        for (i, j) in occ:
            spans.append((i, j, f, ty, can, code))
    flat = []
    for sp in spans:
        if any(o is not sp and o[0] <= sp[0] and sp[1] <= o[1] and (o[1] - o[0]) > (sp[1] - sp[0]) for o in spans):
            continue
        flat.append(sp)
    flat.sort()
    gold["entities"] = [{"text": f, "type": ty, "canonical": can, "code": code, "start": i, "end": j}
                        for i, j, f, ty, can, code in flat]
    # quotes
    gold["quotes"] = []
    for q in a.get("quotes", []):
        spk, spt, d, qt = q
        qt, spt = clean(qt), clean(spt)
        i = text.find(qt)
        if i < 0:
            errs.append(f"{name}: quote not in text: {qt[:40]}")
        if spt and spt not in text:
            errs.append(f"{name}: speaker_text not in text: {spt}")
        gold["quotes"].append({"text": qt, "speaker": spk, "speaker_text": spt, "direct": d == "d",
                               "start": i, "end": i + len(qt)})
    # events
    sents = sentences(text)
    gold["events"] = []
    for line in a["events"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [x.strip() for x in line.split("|")]
        assert len(parts) == 7, (name, line)
        src, st, tgt, tt, code, neg, key = parts
        key = clean(key)
        if code not in CODES:
            errs.append(f"{name}: bad CAMEO {code}")
        hits = [x for x in sents if key in x]
        if len(hits) != 1:
            errs.append(f"{name}: event key matches {len(hits)} sentences: {key}")
            continue
        sent = hits[0]
        st, tt = clean(st) or None, clean(tt) or None
        for x in (st, tt):
            if x and x not in text:
                errs.append(f"{name}: actor text not in text: {x}")
        i = text.find(sent)
        gold["events"].append({"source": src or None, "source_text": st, "target": tgt or None, "target_text": tt,
                               "cameo": code, "root": code[:2], "negated": neg == "1", "plover": plover_of(code),
                               "sentence": sent, "start": i, "end": i + len(sent)})
    gold["notes"] = clean(a.get("notes", ""))
    # every gold string on the page (as the page degrades it)
    strings = [title] + ([lead] if lead else []) + body + [e["text"] for e in gold["entities"]] + \
              [q["text"] for q in gold["quotes"]] + [e["sentence"] for e in gold["events"]]
    if section:
        strings.append(section)
    for x in strings:
        if degrade(x, a.get("degrade")) not in page:
            errs.append(f"{name}: gold string not on page: {x[:50]}")
    return page, gold


def main():
    import src_a, src_b, src_c
    arts = src_a.ARTICLES + src_b.ARTICLES + src_c.ARTICLES
    errs = []
    names = set()
    for a in arts:
        assert a["name"] not in names, a["name"]
        names.add(a["name"])
        page, gold = build_article(a, errs)
        ext = ".txt" if a["kind"] == "txt" else ".html"
        with open(os.path.join(OUT, a["name"] + ext), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(OUT, a["name"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for e in errs:
        print("ERROR", e)
    print(f"{len(arts)} pages, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
