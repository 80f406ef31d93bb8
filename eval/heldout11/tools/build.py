"""Render eval/heldout11: pages + gold from the clean articles in src_a/b/c.py, then check them.

    python eval/heldout11/tools/build.py

In the sources "_" stands for ZWNJ. Gold is always the clean normalized text; pages may be degraded.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(OUT))
sys.path.insert(0, HERE)

import importlib  # noqa: E402

SRCS = []
for _m in ("src_a", "src_b", "src_c"):
    if os.path.exists(os.path.join(HERE, _m + ".py")):
        SRCS.append(importlib.import_module(_m))

ZW = "\u200c"
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
WEEK = ["دوشنبه", "سه_شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # Mon..Sun
GMONTH = "نوامبر"


def z(s):
    return s.replace("_", ZW) if isinstance(s, str) else s


def fa(n, width=0):
    s = str(n).rjust(width, "0") if width else str(n)
    return "".join(FA_DIG[int(c)] if c.isdigit() else c for c in s)


def load_cameo():
    codes = {}
    for line in open(os.path.join(ROOT, "rasad/events/data/cameo.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c, name = line.rstrip("\n").split("\t", 1)
        codes[c] = name
    plover = {}
    for line in open(os.path.join(ROOT, "rasad/events/data/cameo_plover.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p, t, m = line.rstrip("\n").split("\t")
        plover[p] = None if t == "-" else {"event_type": t, "mode": None if m == "-" else m}
    return codes, plover


CODES, PLOVER = load_cameo()


def plover_of(code):
    best = None
    for p in PLOVER:
        if code.startswith(p) and (best is None or len(p) > len(best)):
            best = p
    return PLOVER[best] if best else None


# ---------------------------------------------------------------- dates
def jalali(day):
    """Gregorian November 2026 day -> (jalali month name, day)."""
    if day >= 22:
        return "آذر", day - 21, 9
    return "آبان", day + 9, 8


def weekday(day):  # 2026-11-29 is a Sunday
    return WEEK[(day - 29 + 6) % 7]


def published(a):
    d, hh, mm = a["date"]
    zone = a.get("zone", "+03:30")
    if a.get("date_only"):
        return "2026-11-%02d" % d
    return "2026-11-%02dT%02d:%02d%s" % (d, hh, mm, zone)


def iso_meta(a):
    d, hh, mm = a["date"]
    return "2026-11-%02dT%02d:%02d:00%s" % (d, hh, mm, a.get("zone", "+03:30"))


def date_line(a, style):
    d, hh, mm = a["date"]
    mon, jd, jm = jalali(d)
    t = fa(hh, 2) + ":" + fa(mm, 2)
    if style == "j1":
        return "%s %s %s ۱۴۰۵ - %s" % (z(weekday(d)), fa(jd), mon, t)
    if style == "j2":
        return "۱۴۰۵/%s/%s - %s" % (fa(jm, 2), fa(jd, 2), t)
    if style == "j3":
        return "تاریخ انتشار: %s %s ۱۴۰۵ ساعت %s" % (fa(jd), mon, t)
    if style == "j4":
        return "کد خبر: %s | %s %s ۱۴۰۵، %s" % (fa(a.get("code", 2841733)), fa(jd), mon, t)
    if style == "g1":
        return "%s %s ۲۰۲۶ - %s" % (fa(d), GMONTH, fa(hh, 2) + ":" + fa(mm, 2) + " گرینویچ")
    if style == "g2":
        return "%s/۱۱/۲۰۲۶ - %s GMT%s" % (fa(d, 2), t, a.get("zone", "+00:00")[:3].replace("+0", "+"))
    if style == "gd":
        return "%s %s ۲۰۲۶" % (fa(d), GMONTH)
    raise ValueError(style)


# ---------------------------------------------------------------- agencies
AG = {
    "tasnim": dict(site="خبرگزاری تسنیم", end="انتهای پیام/", menu=["صفحه نخست", "سیاسی", "بین_الملل", "اقتصادی", "ورزشی", "فرهنگی", "استان_ها", "عکس", "فیلم"], dom="tasnimnews.com"),
    "irna": dict(site="ایرنا", end=None, menu=["سیاست", "اقتصاد", "جامعه", "جهان", "فرهنگ", "ورزش", "علم", "استان_ها"], dom="irna.ir"),
    "isna": dict(site="ایسنا", end="انتهای پیام", menu=["سیاست", "اقتصاد", "بین_الملل", "علمی", "ورزش", "اجتماعی", "فرهنگ و هنر"], dom="isna.ir"),
    "mehr": dict(site="خبرگزاری مهر", end=None, menu=["سیاست", "جهان", "اقتصاد", "جامعه", "فرهنگ", "ورزش", "دانش", "استان_ها"], dom="mehrnews.com"),
    "fars": dict(site="خبرگزاری فارس", end="انتهای پیام/", menu=["سیاسی", "اقتصادی", "بین_الملل", "ورزشی", "اجتماعی", "فرهنگی"], dom="farsnews.ir"),
    "bbcpersian": dict(site="BBC News فارسی", end=None, menu=["صفحه اول", "ایران", "جهان", "اقتصاد", "دانش", "ورزش", "ویدیو"], dom="bbc.com/persian"),
    "radiofarda": dict(site="رادیو فردا", end=None, menu=["ایران", "جهان", "اقتصاد", "حقوق بشر", "ویدیو", "پادکست"], dom="radiofarda.com"),
    "iranintl": dict(site="ایران اینترنشنال", end=None, menu=["ایران", "جهان", "اقتصاد", "ورزش", "فرهنگ", "پخش زنده"], dom="iranintl.com"),
    "hamshahri": dict(site="همشهری آنلاین", end=None, menu=["تهران", "سیاست", "اقتصاد", "جهان", "ورزش", "دانش", "سرگرمی"], dom="hamshahrionline.ir"),
    "entekhab": dict(site="پایگاه خبری تحلیلی انتخاب", end=None, menu=["سیاسی", "اقتصادی", "بین_الملل", "اجتماعی", "ورزشی", "فرهنگی"], dom="entekhab.ir"),
    "khabaronline": dict(site="خبرآنلاین", end=None, menu=["سیاسی", "اقتصادی", "جهان", "ورزش", "فرهنگ", "جامعه", "تاریخ"], dom="khabaronline.ir"),
    "yjc": dict(site="باشگاه خبرنگاران جوان", end="انتهای پیام/", menu=["سیاسی", "اقتصادی", "بین_الملل", "ورزشی", "حوادث", "فضای مجازی"], dom="yjc.ir"),
    "ilna": dict(site="ایلنا", end="انتهای پیام/", menu=["کارگری", "سیاسی", "اقتصادی", "بین_الملل", "اجتماعی", "فرهنگی"], dom="ilna.ir"),
    "euronews-fa": dict(site="یورونیوز فارسی", end=None, menu=["جهان", "ایران", "اروپا", "اقتصاد", "فرهنگ", "سفر", "ورزش"], dom="parsi.euronews.com"),
    "tabnak": dict(site="تابناک", end=None, menu=["سیاسی", "اقتصادی", "اجتماعی", "بین_الملل", "ورزشی", "فرهنگی", "پربازدیدها"], dom="tabnak.ir"),
}


def render_txt(a):
    g = AG[a["agency"]]
    o = a.get("opt", {})
    L = []
    ms = o.get("menu", "lines")
    menu = [z(m) for m in g["menu"]]
    if ms == "lines":
        L += menu
    elif ms == "space":
        L.append("  ".join(menu))
    else:
        L.append(" | ".join(menu))
    if o.get("today"):
        L.append("امروز: " + date_line(dict(a, date=(29, 9, 0)), "j1").split(" - ")[0])
    if a.get("section"):
        L.append(" > ".join(["خانه"] + [z(x) for x in o.get("crumbs", [])] + [z(a["section"])]))
    if o.get("double_title", True):
        L.append(z(a["title"]) + " - " + g["site"])
    if a.get("kicker"):
        L.append(z(a["kicker"]))
    L.append(z(a["title"]))
    ds = o.get("date", "j1")
    if not o.get("date_bottom") and not o.get("no_date"):
        L.append(date_line(a, ds))
    if a.get("lead"):
        L.append(z(a["lead"]))
    if o.get("blank", True):
        L.append("")
    for p in a["body"]:
        L.append(z(p))
        if o.get("blank", True):
            L.append("")
    if g["end"]:
        L.append(g["end"])
    if a["agency"] == "irna":
        L.append("۳۳۱۳**%s" % fa(a.get("code", 1877)))
    if o.get("date_bottom"):
        L.append(date_line(a, ds))
    if a.get("tags"):
        L.append("برچسب_ها: ".replace("_", ZW) + "، ".join(z(t) for t in a["tags"]))
    L.append("اخبار مرتبط")
    for r in a.get("related", []):
        L.append(z(r))
    L.append("نظر شما")
    L.append("تمامی حقوق این سایت متعلق به %s است" % g["site"])
    if o.get("sponsor"):
        L.append(z(o["sponsor"]))
    return "\n".join(L) + "\n"


def render_html(a):
    g = AG[a["agency"]]
    o = a.get("opt", {})
    t = z(a["title"])
    sec = z(a["section"]) if a.get("section") else None
    H = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
         '<title>%s | %s</title>' % (t, g["site"])]
    H.append('<meta property="og:site_name" content="%s">' % g["site"])
    H.append('<meta property="og:title" content="%s">' % t)
    H.append('<meta property="og:type" content="article">')
    H.append('<meta property="og:url" content="https://www.%s/news/%s">' % (g["dom"], a["name"]))
    if a.get("lead"):
        H.append('<meta name="description" content="%s">' % z(a["lead"]))
    H.append('<meta property="article:published_time" content="%s">' % iso_meta(a))
    if sec:
        H.append('<meta property="article:section" content="%s">' % sec)
    if o.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": o["jsonld"], "headline": t,
              "datePublished": iso_meta(a), "publisher": {"@type": "Organization", "name": g["site"]}}
        if sec:
            ld["articleSection"] = sec
        H.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    H += ['</head>', '<body>', '<header class="site-header"><a class="logo" href="/">%s</a>' % g["site"],
          '<nav class="main-menu"><ul>' + "".join('<li><a href="/">%s</a></li>' % z(m) for m in g["menu"]) + '</ul></nav>',
          '<div class="today">%s</div>' % date_line(dict(a, date=(29, 8, 15)), "j1").split(" - ")[0], '</header>',
          '<main>']
    if sec:
        H.append('<ol class="breadcrumb"><li><a href="/">خانه</a></li><li><a href="/">%s</a></li></ol>' % sec)
    H.append('<article class="news">')
    if a.get("kicker"):
        H.append('<div class="kicker">%s</div>' % z(a["kicker"]))
    H.append('<h1 class="title">%s</h1>' % t)
    H.append('<div class="meta"><time datetime="%s">%s</time></div>' % (iso_meta(a), date_line(a, o.get("date", "j1"))))
    if a.get("lead"):
        H.append('<p class="lead">%s</p>' % z(a["lead"]))
    H.append('<figure><img src="/img/%s.jpg" alt=""><figcaption>%s</figcaption></figure>' % (a["name"], z(a.get("caption", "عکس تزئینی است"))))
    H.append('<div class="body">')
    for i, p in enumerate(a["body"]):
        H.append('<p>%s</p>' % z(p))
        if i == 1 and a.get("more"):
            H.append('<div class="more"><strong>بیشتر بخوانید:</strong><a href="/">%s</a></div>' % z(a["more"]))
    if g["end"]:
        H.append('<p class="end">%s</p>' % g["end"])
    if a["agency"] == "irna":
        H.append('<p>۳۳۱۳**%s</p>' % fa(a.get("code", 1877)))
    H.append('</div>')
    if a.get("tags"):
        H.append('<div class="tags"><span>برچسب_ها:</span>'.replace("_", ZW) + "".join('<a href="/">%s</a>' % z(x) for x in a["tags"]) + '</div>')
    H.append('<div class="share">اشتراک گذاری: تلگرام | واتساپ | ایکس | کپی لینک</div>')
    H.append('</article>')
    if a.get("related"):
        H.append('<section class="related"><h3>اخبار مرتبط</h3><ul>' + "".join('<li><a href="/">%s</a></li>' % z(r) for r in a["related"]) + '</ul></section>')
    H.append('<section class="comments"><h3>دیدگاه_ها</h3><div class="comment">%s</div></section>'.replace("_", ZW) % z(a.get("comment", "ممنون از اطلاع_رسانی.")))
    H += ['</main>', '<footer>کلیه حقوق برای %s محفوظ است. ۱۴۰۵</footer>' % g["site"], '</body>', '</html>']
    return "\n".join(H) + "\n"


def degrade(s, kinds):
    for k in kinds or ():
        if k == "nozwnj":
            s = s.replace(ZW, "")
        elif k == "zwspace":
            s = s.replace(ZW, " ")
        elif k == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif k == "arabdig":
            s = "".join("٠١٢٣٤٥٦٧٨٩"[FA_DIG.index(c)] if c in FA_DIG else c for c in s)
        elif k == "latin":
            s = "".join(str(FA_DIG.index(c)) if c in FA_DIG else c for c in s)
    return s


# ---------------------------------------------------------------- gold
def key(s):
    s = s.replace("ي", "ی").replace("ك", "ک")
    s = "".join(str(FA_DIG.index(c)) if c in FA_DIG else c for c in s)
    s = "".join(str("٠١٢٣٤٥٦٧٨٩".index(c)) if c in "٠١٢٣٤٥٦٧٨٩" else c for c in s)
    return re.sub(r"[\s\u200c\u064b-\u065f«»،.:؛؟!()\"\-]", "", s)


SENT = re.compile(r"[^.!؟?\n]+(?:[.!؟?]+»?|$)")


def sentences(text):
    out = []
    for m in SENT.finditer(text):
        s = m.group(0).strip()
        if s:
            out.append(s)
    return out


def count_entities(text, ents):
    forms = sorted({e[0] for e in ents}, key=len, reverse=True)
    taken = [False] * len(text)
    found = {}
    for f in forms:
        for m in re.finditer(re.escape(f), text):
            s, e = m.start(), m.end()
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == ZW):
                continue
            if e < len(text) and (text[e].isalnum() or text[e] == ZW):
                continue
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            found.setdefault(f, []).append(s)
    return found


def build(a, errors):
    name = a["name"]
    text_parts = [z(a["title"])] + ([z(a["lead"])] if a.get("lead") else []) + [z(p) for p in a["body"]]
    text = "\n\n".join(text_parts)
    sents = sentences(text)
    gold = {"agency": a["agency"], "title": z(a["title"]), "lead": z(a.get("lead")),
            "body": [z(p) for p in a["body"]], "section": z(a.get("section")),
            "published": published(a), "attributed_sources": a.get("sources", []), "text": text}
    ents = [tuple(z(x) for x in e) for e in a["ents"]]
    found = count_entities(text, ents)
    elist = []
    for f in ents:
        if f[0] not in found:
            errors.append("%s: entity not in text: %s" % (name, f[0]))
            continue
        for pos in found[f[0]]:
            elist.append((pos, {"text": f[0], "type": f[1], "canonical": f[2] or None, "code": f[3] or None,
                                "start": pos, "end": pos + len(f[0])}))
    gold["entities"] = [e for _, e in sorted(elist, key=lambda x: x[0])]
    ql = []
    for q in a["quotes"]:
        qt, sp, spt, direct = z(q[0]), q[1], z(q[2]), q[3]
        if qt not in text:
            errors.append("%s: quote not in text: %s" % (name, qt))
        if spt and spt not in text:
            errors.append("%s: speaker_text not in text: %s" % (name, spt))
        qs = text.find(qt)
        ql.append({"text": qt, "speaker": sp, "speaker_text": spt, "direct": direct,
                   "start": qs, "end": qs + len(qt)})
    gold["quotes"] = ql
    ev = []
    for e in a["events"]:
        src, st, tgt, tt, code, neg, frag = e
        st, tt, frag = z(st), z(tt), z(frag)
        if code not in CODES:
            errors.append("%s: bad CAMEO %s" % (name, code))
        if text.count(frag) != 1:
            errors.append("%s: fragment occurs %d times in text: %s" % (name, text.count(frag), frag))
        hits = [s for s in sents if frag in s]
        if len(hits) != 1:
            errors.append("%s: fragment matches %d sentences: %s" % (name, len(hits), frag))
            continue
        sent = hits[0]
        ss = text.find(sent)
        for x in (st, tt):
            if x and x not in text:
                errors.append("%s: actor text not in text: %s" % (name, x))
        ev.append({"source": src, "source_text": st, "target": tgt, "target_text": tt, "cameo": code,
                   "root": code[:2], "negated": neg, "plover": plover_of(code), "sentence": sent,
                   "start": ss, "end": ss + len(sent)})
    gold["events"] = ev
    if a.get("notes"):
        gold["notes"] = a["notes"]
    # orthography of the gold
    for piece in text_parts + [q["text"] for q in ql]:
        if re.search("[ادذرزژو]" + ZW, piece):
            errors.append("%s: ZWNJ after non-joining letter: %s" % (name, piece[:40]))
        if re.search(r"(^|\s)(می|نمی) ", piece) or re.search(r" (ها|های|هایی|ترین)(\s|$)", piece):
            errors.append("%s: detached affix: %s" % (name, re.search(r"\S+ (می|ها|های|ترین)\S*|(می|نمی) \S+", piece).group(0) if re.search(r"\S+ (می|ها|های|ترین)\S*|(می|نمی) \S+", piece) else piece[:30]))
        if re.search("[يك0-9٠-٩]", piece):
            errors.append("%s: non-Persian letter/digit: %s" % (name, piece[:40]))
    return gold, text


def stats(out):
    from collections import Counter
    ent, roots, q = Counter(), Counter(), Counter()
    neg = nulltgt = 0
    for f in sorted(os.listdir(out)):
        if not f.endswith(".gold.json"):
            continue
        g = json.load(open(os.path.join(out, f), encoding="utf-8"))
        ent.update(e["type"] for e in g["entities"])
        q.update("direct" if x["direct"] else "reported" for x in g["quotes"])
        roots.update(e["root"] for e in g["events"])
        neg += sum(e["negated"] for e in g["events"])
        nulltgt += sum(e["target"] is None for e in g["events"])
    print("entities", sum(ent.values()), dict(ent.most_common()))
    print("quotes", sum(q.values()), dict(q))
    print("events", sum(roots.values()), "negated", neg, "null target", nulltgt)
    print("roots", " ".join("%s:%d" % (r, roots[r]) for r in sorted(roots)))


def main():
    arts = [a for m in SRCS for a in m.ARTICLES]
    errors = []
    names = set()
    for a in arts:
        if a["name"] in names:
            errors.append("duplicate " + a["name"])
        names.add(a["name"])
        gold, text = build(a, errors)
        page = render_txt(a) if a["kind"] == "txt" else render_html(a)
        page = degrade(page, a.get("degrade"))
        pk = key(page)
        for p in [gold["title"]] + ([gold["lead"]] if gold["lead"] else []) + gold["body"]:
            if key(p) not in pk:
                errors.append("%s: gold text not on page: %s" % (a["name"], p[:40]))
        ext = ".txt" if a["kind"] == "txt" else ".html"
        with open(os.path.join(OUT, a["name"] + ext), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(OUT, a["name"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    stats(OUT)
    for e in errors:
        print("ERROR", e)
    print("%d pages, %d errors" % (len(arts), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
