"""Render the blind14 pages and gold from tools/src_*.py, check them, print statistics.

    python eval/dev/blind14/tools/build.py
"""
import datetime, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(OUT, "..", "..", ".."))
sys.path.insert(0, HERE)
import src_a, src_b, src_c  # noqa: E402

ZW = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"
WEEK = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
MONTHS_G = {11: "نوامبر"}


def fa(s):
    return str(s).translate(str.maketrans("0123456789", FA))


def z(s):
    return None if s is None else s.replace("_", ZW)


def load_cameo():
    codes = {}
    for line in open(os.path.join(ROOT, "rasad/events/data/cameo.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c, n = line.rstrip("\n").split("\t")[:2]
        codes[c] = n
    plover = {}
    for line in open(os.path.join(ROOT, "rasad/events/data/cameo_plover.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p, t, m = line.rstrip("\n").split("\t")[:3]
        plover[p] = (t, m)
    return codes, plover


CAMEO, PLOVER = load_cameo()


def plover_of(code):
    for k in range(len(code), 1, -1):
        if code[:k] in PLOVER:
            t, m = PLOVER[code[:k]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


# ---------------------------------------------------------------- degradations
def degrade(s, kind):
    if not kind:
        return s
    for k in kind.split("+"):
        if k == "nozwnj":
            s = s.replace(ZW, "")
        elif k == "zwnjspace":
            s = s.replace(ZW, " ")
        elif k == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif k == "latin":
            s = s.translate(str.maketrans(FA, "0123456789"))
        elif k == "arabicdigits":
            s = s.translate(str.maketrans(FA, AR))
    return s


# ---------------------------------------------------------------- dates
def parse_pub(p):
    if len(p) == 10:
        return datetime.datetime.strptime(p, "%Y-%m-%d"), ""
    d = datetime.datetime.strptime(p[:16], "%Y-%m-%dT%H:%M")
    return d, p[16:]


def jalali(d):
    # late November 2026 only: 1 Azar 1405 = 2026-11-22
    day = (d.date() - datetime.date(2026, 11, 22)).days + 1
    assert 1 <= day <= 30
    return day


def date_text(a, style):
    d, tz = parse_pub(a["published"])
    j = jalali(d)
    hm = "%02d:%02d" % (d.hour, d.minute)
    wd = WEEK[d.weekday()]
    if style == "j1":
        return fa("%d آذر ۱۴۰۵ - %s" % (j, hm))
    if style == "j2":
        return "1405/09/%02d %s" % (j, hm)
    if style == "j3":
        return fa("%s %d آذر ۱۴۰۵ ساعت %s" % (wd, j, hm))
    if style == "j4":
        return fa("تاریخ انتشار: %s، %d آذر ۱۴۰۵ | %s" % (wd, j, hm))
    if style == "gd":
        return fa("%d نوامبر ۲۰۲۶" % d.day)
    if style == "g1":
        return fa("%d نوامبر ۲۰۲۶ - %s" % (d.day, hm))
    if style == "g2":
        return fa("%02d/11/2026 - %s GMT%s" % (d.day, hm, "+1" if tz == "+01:00" else ""))
    if style == "g3":
        return fa("به‌روزشده: %s %d نوامبر ۲۰۲۶، ساعت %s به وقت گرینویچ" % (wd, d.day, hm))
    raise ValueError(style)


TODAY = "یکشنبه ۸ آذر ۱۴۰۵"

SITE = {
    "tasnim": ("خبرگزاری تسنیم", "انتهای پیام/", "https://www.tasnimnews.com"),
    "irna": ("ایرنا", None, "https://www.irna.ir"),
    "isna": ("ایسنا", "انتهای پیام", "https://www.isna.ir"),
    "mehr": ("خبرگزاری مهر", None, "https://www.mehrnews.com"),
    "fars": ("خبرگزاری فارس", "انتهای پیام/", "https://www.farsnews.ir"),
    "bbcpersian": ("BBC News فارسی", None, "https://www.bbc.com/persian"),
    "radiofarda": ("رادیو فردا", None, "https://www.radiofarda.com"),
    "iranintl": ("ایران اینترنشنال", None, "https://www.iranintl.com"),
    "hamshahri": ("همشهری آنلاین", None, "https://www.hamshahrionline.ir"),
    "entekhab": ("پایگاه خبری تحلیلی انتخاب", None, "https://www.entekhab.ir"),
    "khabaronline": ("خبرآنلاین", None, "https://www.khabaronline.ir"),
    "yjc": ("باشگاه خبرنگاران جوان", "انتهای پیام/", "https://www.yjc.ir"),
    "ilna": ("ایلنا", "انتهای پیام/", "https://www.ilna.ir"),
    "euronews-fa": ("یورونیوز فارسی", None, "https://parsi.euronews.com"),
    "tabnak": ("تابناک", None, "https://www.tabnak.ir"),
}
MENU = ["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "ورزشی", "فرهنگی", "عکس", "ویدئو", "چندرسانه‌ای"]


def end_marker(a):
    if a["agency"] == "irna":
        return "۸۴۱۲**۲۲۰۱"
    if a.get("end") is not None:
        return a["end"]
    return SITE[a["agency"]][1]


# ---------------------------------------------------------------- text dumps
def render_txt(a, no):
    site, _, url = SITE[a["agency"]]
    st = a.get("style", {})
    sep = "\n" if st.get("compact") else "\n\n"
    L = []
    m = st.get("menu", ["lines", "oneline", "pipe"][no % 3])
    if m == "lines":
        L.append("\n".join(MENU[:7]))
    elif m == "oneline":
        L.append(" ".join(MENU[:8]))
    else:
        L.append(" | ".join(MENU[:6]))
    L.append(fa("امروز: %s" % TODAY) if no % 2 == 0 else fa("امروز ۲۹ نوامبر ۲۰۲۶"))
    L.append("خانه > " + " > ".join(a["crumbs"]))
    if st.get("suffix", no % 2 == 0):
        L.append("%s - %s" % (a["title"], site))
    if a.get("kicker"):
        L.append(a["kicker"])
    L.append(a["title"])
    dt = date_text(a, st.get("date", "j1"))
    datepos = st.get("datepos", "top")
    if datepos == "top":
        L.append(dt)
    if st.get("code"):
        L.append(st["code"])
    if a["lead"]:
        L.append(a["lead"])
    L.extend(a["body"])
    em = end_marker(a)
    if em:
        L.append(em)
    if datepos == "bottom":
        L.append(dt)
    L.append("برچسب‌ها: " + " - ".join(a.get("tags", ["بین‌الملل"])))
    L.append("اخبار مرتبط")
    L.extend("- " + r for r in a.get("related", []))
    L.append("اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس | کپی لینک")
    if no % 4 == 1:
        L.append("محتوای حمایت‌شده: خرید اقساطی لوازم خانگی با بهترین شرایط")
    L.append("تمامی حقوق برای %s محفوظ است." % site)
    return sep.join(L) + "\n"


# ---------------------------------------------------------------- HTML
def render_html(a, no):
    site, _, url = SITE[a["agency"]]
    st = a.get("style", {})
    d, tz = parse_pub(a["published"])
    iso = d.strftime("%Y-%m-%dT%H:%M:00") + tz
    link = "%s/news/%d/" % (url, 1040000 + no * 37)
    H = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
         '<title>%s - %s</title>' % (a["title"], site),
         '<meta property="og:site_name" content="%s">' % site,
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % a["title"],
         '<meta property="og:url" content="%s">' % link]
    if a["lead"]:
        H.append('<meta property="og:description" content="%s">' % a["lead"])
    if not st.get("nometa"):
        H.append('<meta property="article:published_time" content="%s">' % iso)
        H.append('<meta property="article:section" content="%s">' % a["crumbs"][-1])
    if st.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": iso, "articleSection": a["crumbs"][-1],
              "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": link}
        if a["lead"]:
            ld["description"] = a["lead"]
        H.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    H += ['</head>', '<body>', '<header class="site-header">', '<div class="logo"><a href="/">%s</a></div>' % site,
          '<div class="today">%s</div>' % fa(TODAY), '<nav class="main-menu"><ul>']
    H += ['<li><a href="/service/%d">%s</a></li>' % (i, m) for i, m in enumerate(MENU)]
    H += ['</ul></nav>', '</header>', '<main>', '<ol class="breadcrumb">', '<li><a href="/">خانه</a></li>']
    H += ['<li><a href="/s/%d">%s</a></li>' % (i, c) for i, c in enumerate(a["crumbs"])]
    H += ['</ol>', '<article class="news">']
    if a.get("kicker"):
        H.append('<div class="rutitr">%s</div>' % a["kicker"])
    H.append('<h1 class="title">%s</h1>' % a["title"])
    H.append('<div class="date"><time datetime="%s">%s</time></div>' % (iso, date_text(a, st.get("date", "j1"))))
    if a["lead"]:
        H.append(('<p class="lead summary">%s</p>' if no % 2 else '<div class="introtext"><strong>%s</strong></div>') % a["lead"])
    H.append('<div class="item-body">' if no % 2 else '<section class="story-body" itemprop="articleBody">')
    for i, p in enumerate(a["body"]):
        H.append('<p>%s</p>' % p)
        if i == 0:
            H.append('<figure class="photo"><img src="/img/%d.jpg" alt=""><figcaption>%s</figcaption></figure>'
                     % (no, a.get("caption") or "عکس تزئینی است"))
        if i == 1 and len(a["body"]) > 2:
            H.append('<div class="read-more"><strong>بیشتر بخوانید</strong><ul><li><a href="/news/1">%s</a></li></ul></div>'
                     % (a.get("readmore") or "گزارش تکمیلی درباره همین موضوع"))
    em = end_marker(a)
    if em:
        H.append(('<p class="end">%s</p>' if no % 2 else '<div class="news-end"><span>%s</span></div>') % em)
    H.append('</div>' if no % 2 else '</section>')
    H.append('<div class="tags"><span>برچسب‌ها</span>%s</div>' % "".join('<a href="/tag/%d">%s</a>' % (i, t) for i, t in enumerate(a.get("tags", ["بین‌الملل"]))))
    H.append('<div class="share">اشتراک‌گذاری: <a>تلگرام</a> <a>ایکس</a> <a>واتس‌اپ</a> <a>چاپ خبر</a></div>')
    H.append('</article>')
    H.append('<aside class="related"><h3>اخبار مرتبط</h3><ul>%s</ul></aside>' % "".join('<li><a href="/n/%d">%s</a></li>' % (i, r) for i, r in enumerate(a.get("related", []))))
    H += ['</main>', '<footer>کلیه حقوق این سایت متعلق به %s است. | درباره ما | تماس با ما</footer>' % site, '</body>', '</html>']
    return "\n".join(H) + "\n"


# ---------------------------------------------------------------- gold
SENT_END = re.compile(r"[.!؟?](?=\s|$)|\n")


def sentences(text):
    out, s = [], 0
    for m in SENT_END.finditer(text):
        e = m.end() if m.group() != "\n" else m.start()
        if text[s:e].strip():
            ls = len(text[s:e]) - len(text[s:e].lstrip())
            out.append((s + ls, e))
        s = m.end()
    if text[s:].strip():
        ls = len(text[s:]) - len(text[s:].lstrip())
        out.append((s + ls, len(text)))
    return out


def is_letter(ch):
    return ch.isalpha() or ch == ZW


def find_all(text, s):
    i, res = 0, []
    while True:
        i = text.find(s, i)
        if i < 0:
            return res
        e = i + len(s)
        if (i == 0 or not is_letter(text[i - 1])) and (e == len(text) or not is_letter(text[e])):
            res.append((i, e))
        i += 1


ERR = []


def err(name, msg):
    ERR.append("%s: %s" % (name, msg))


def ortho(name, s):
    if re.search("[اآدذرزژو]" + ZW, s):
        err(name, "ZWNJ after non-joining letter: %r" % s[:60])
    if re.search(r"(^|\s)ن?می\s", s):
        err(name, "detached می: %r" % s[:60])
    if re.search(r"\s(ها|های|هایی|ترین)(\s|$)", s):
        err(name, "detached suffix: %r" % s[:60])
    if re.search("[يك0-9٠-٩]", s):
        err(name, "Arabic letters or non-Persian digits: %r" % s[:60])
    if "  " in s or " ،" in s or "_" in s:
        err(name, "spacing: %r" % s[:60])


def build(a, no):
    name = a["name"]
    for k in ("title", "lead", "kicker", "caption", "readmore"):
        a[k] = z(a.get(k))
    a["body"] = [z(p) for p in a["body"]]
    a["crumbs"] = [z(c) for c in a["crumbs"]]
    a["tags"] = [z(t) for t in a.get("tags", ["بین_الملل"])]
    a["related"] = [z(t) for t in a.get("related", [])]
    parts = [a["title"]] + ([a["lead"]] if a["lead"] else []) + a["body"]
    text = "\n\n".join(parts)
    for p in parts:
        ortho(name, p)
    page = render_html(a, no) if a["fmt"] == "html" else render_txt(a, no)
    page = degrade(page, a.get("degrade"))
    for p in parts:
        if degrade(p, a.get("degrade")) not in page:
            err(name, "paragraph not on page: %r" % p[:50])
    # entities
    ents = []
    forms = [(z(t), ty, can, code) for t, ty, can, code in a.get("ents", [])]
    spans = []
    for t, ty, can, code in sorted(forms, key=lambda f: -len(f[0])):
        occ = find_all(text, t)
        if not occ:
            err(name, "entity not in text: %s" % t)
        for s, e in occ:
            if any(s >= S and e <= E for S, E, _ in spans):
                continue
            spans.append((s, e, (t, ty, can, code)))
    for s, e, (t, ty, can, code) in sorted(spans):
        ents.append({"text": t, "type": ty, "canonical": can, "code": code, "start": s, "end": e})
    sents = sentences(text)
    quotes = []
    for qt, spk, spt, direct in a.get("quotes", []):
        qt, spt = z(qt), z(spt)
        i = text.find(qt)
        if i < 0 or text.count(qt) != 1:
            err(name, "quote not found once: %r" % qt[:50])
            continue
        if spt and spt not in text:
            err(name, "speaker_text not in text: %s" % spt)
        quotes.append({"text": qt, "speaker": spk, "speaker_text": spt, "direct": direct, "start": i, "end": i + len(qt)})
    events = []
    for src, st, tgt, tt, code, neg, frag in a.get("events", []):
        st, tt, frag = z(st), z(tt), z(frag)
        if code not in CAMEO:
            err(name, "bad CAMEO code %s" % code)
        for s in (st, tt):
            if s and s not in text:
                err(name, "actor text not in text: %s" % s)
        if text.count(frag) != 1:
            err(name, "event fragment not found once: %r" % frag[:50])
            continue
        i = text.find(frag)
        sent = [(s, e) for s, e in sents if s <= i and i + len(frag) <= e]
        if len(sent) != 1:
            err(name, "event fragment crosses sentences: %r" % frag[:50])
            continue
        s, e = sent[0]
        events.append({"source": src, "source_text": st, "target": tgt, "target_text": tt, "cameo": code,
                       "root": code[:2], "negated": neg, "plover": plover_of(code), "sentence": text[s:e],
                       "start": s, "end": e})
    gold = {"title": a["title"], "lead": a["lead"], "body": a["body"], "agency": a["agency"],
            "section": z(a.get("section")) or a["crumbs"][-1], "published": a["published"],
            "attributed_sources": a.get("sources", []), "text": text, "entities": ents,
            "quotes": quotes, "events": events, "notes": a.get("notes", "")}
    ext = ".html" if a["fmt"] == "html" else ".txt"
    with open(os.path.join(OUT, name + ext), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def main():
    arts = src_a.ARTICLES + src_b.ARTICLES + src_c.ARTICLES
    golds = [build(a, no) for no, a in enumerate(arts)]
    names = [a["name"] for a in arts]
    assert len(set(names)) == len(names)
    ent = Counter(e["type"] for g in golds for e in g["entities"])
    q = Counter("direct" if x["direct"] else "reported" for g in golds for x in g["quotes"])
    ev = [e for g in golds for e in g["events"]]
    roots = Counter(e["root"] for e in ev)
    print("pages %d (%d txt, %d html); no-event pages %d" % (len(arts), sum(a["fmt"] == "txt" for a in arts),
          sum(a["fmt"] == "html" for a in arts), sum(not g["events"] for g in golds)))
    print("agencies", dict(Counter(a["agency"] for a in arts)))
    print("degraded", {a["name"]: a["degrade"] for a in arts if a.get("degrade")})
    print("entities %d %s" % (sum(ent.values()), dict(ent.most_common())))
    print("quotes %d %s" % (sum(q.values()), dict(q)))
    print("events %d; negated %d; null target %d; null source %d" % (len(ev), sum(e["negated"] for e in ev),
          sum(e["target"] is None for e in ev), sum(e["source"] is None for e in ev)))
    print("roots " + " ".join("%s:%d" % (r, roots[r]) for r in sorted(roots)))
    missing = ["%02d" % i for i in range(1, 21) if "%02d" % i not in roots]
    if missing:
        print("MISSING ROOTS", missing)
    if ERR:
        print("\n".join(ERR))
        print("%d ERRORS" % len(ERR))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
