"""Render the pages and gold of eval/dev/blind13 from src_*.py, check them, print statistics.

    python eval/dev/blind13/tools/build.py
"""
import collections, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(OUT, "..", "..", ".."))
sys.path.insert(0, HERE)
import src_a, src_b, src_c  # noqa: E402

ZW = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load_cameo():
    codes = {}
    for line in open(os.path.join(ROOT, "rasad/events/data/cameo.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c, name = line.rstrip("\n").split("\t")[:2]
        codes[c] = name
    plover = {}
    for line in open(os.path.join(ROOT, "rasad/events/data/cameo_plover.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p, t, m = line.rstrip("\n").split("\t")[:3]
        plover[p] = (t, m)
    return codes, plover


CAMEO, PLOVER = load_cameo()


def plover_of(code):
    for n in range(len(code), 1, -1):
        if code[:n] in PLOVER:
            t, m = PLOVER[code[:n]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


def z(s):
    return None if s is None else s.replace("_", ZW)


# ---------------------------------------------------------------- degradations
def degrade(s, how):
    if not how:
        return s
    if how in ("nozwnj", "arabic_nozwnj"):
        s = s.replace(ZW, "")
    if how == "zwnjspace":
        s = s.replace(ZW, " ")
    if how in ("arabic", "arabic_nozwnj"):
        s = s.replace("ی", "ي").replace("ک", "ك")
    if how == "latin":
        s = s.translate(str.maketrans(FA, "0123456789"))
    if how == "arabicindic":
        s = s.translate(str.maketrans(FA, AR))
    return s


# ---------------------------------------------------------------- sites
SITES = {
    "tasnim": ("خبرگزاری تسنیم", " - خبرگزاری تسنیم | Tasnim", "www.tasnimnews.com", "انتهای پیام/",
               ["صفحه اصلی", "سیاسی", "بین_الملل", "اقتصادی", "ورزشی", "فرهنگی", "استان_ها", "عکس", "فیلم"]),
    "irna": ("خبرگزاری جمهوری اسلامی", " - ایرنا", "www.irna.ir", "۳۲۸۱۵۷۴",
             ["سیاست", "جهان", "اقتصاد", "جامعه", "فرهنگ", "ورزش", "استان_ها", "ایرنا پلاس"]),
    "isna": ("خبرگزاری دانشجویان ایران", " - ایسنا", "www.isna.ir", "انتهای پیام",
             ["سیاسی", "بین_الملل", "اقتصادی", "علمی", "فرهنگی", "ورزشی", "دانشگاه", "عکس"]),
    "mehr": ("خبرگزاری مهر", " - خبرگزاری مهر | اخبار ایران و جهان | Mehr News Agency", "www.mehrnews.com", None,
             ["سیاست", "بین_الملل", "اقتصاد", "جامعه", "فرهنگ و هنر", "ورزش", "استان_ها", "چندرسانه_ای"]),
    "fars": ("خبرگزاری فارس", " - خبرگزاری فارس", "www.farsnews.ir", "انتهای پیام/",
             ["سیاسی", "اقتصادی", "بین_الملل", "اجتماعی", "فرهنگی", "ورزشی", "استان_ها"]),
    "bbcpersian": ("بی_بی_سی فارسی", " - BBC News فارسی", "www.bbc.com/persian", None,
                   ["خانه", "ایران", "افغانستان", "جهان", "اقتصاد", "ویدیو", "برنامه_ها"]),
    "radiofarda": ("رادیو فردا", " - رادیو فردا", "www.radiofarda.com", None,
                   ["ایران", "جهان", "اقتصاد", "حقوق بشر", "ویدیو", "پادکست", "رادیو زنده"]),
    "iranintl": ("ایران اینترنشنال", " | ایران اینترنشنال", "www.iranintl.com", None,
                 ["ایران", "جهان", "اقتصاد", "ورزش", "ویدیو", "گزارش ویژه", "پخش زنده"]),
    "hamshahri": ("همشهری آنلاین", " - همشهری آنلاین", "www.hamshahrionline.ir", None,
                  ["سیاسی", "جهان", "اقتصاد", "شهری", "ورزش", "فرهنگ", "همشهری پلاس"]),
    "entekhab": ("پایگاه خبری انتخاب", " - انتخاب", "www.entekhab.ir", None,
                 ["صفحه نخست", "سیاسی", "بین_الملل", "اقتصادی", "اجتماعی", "ورزشی", "فناوری"]),
    "khabaronline": ("خبرآنلاین", " - خبرآنلاین", "www.khabaronline.ir", None,
                     ["سیاسی", "جهان", "اقتصاد", "اجتماعی", "فرهنگ", "ورزش", "ویدیو"]),
    "yjc": ("باشگاه خبرنگاران جوان", " - باشگاه خبرنگاران جوان | آخرین اخبار ایران و جهان | YJC", "www.yjc.ir",
            "انتهای پیام/", ["صفحه اصلی", "سیاسی", "بین_الملل", "اقتصادی", "ورزشی", "اجتماعی", "استان_ها"]),
    "ilna": ("خبرگزاری ایلنا", " - ایلنا", "www.ilna.ir", "انتهای پیام/",
             ["کارگری", "سیاسی", "بین_الملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"]),
    "euronews-fa": ("یورونیوز فارسی", " | یورونیوز", "parsi.euronews.com", None,
                    ["اخبار جهان", "اروپا", "ایران", "اقتصاد", "فرهنگ", "سفر", "ویدیو"]),
    "asriran": ("عصر ایران", " - عصر ایران", "www.asriran.com", None,
                ["صفحه اصلی", "سیاسی", "بین الملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"]),
}


def para_sents(text):
    """(start, end) of each sentence of text: paragraphs split at blank lines, sentences after . ! ؟ (+ ») and space."""
    spans = []
    pos = 0
    for para in text.split("\n\n"):
        s = 0
        for m in re.finditer(r"[.!؟]»?(?=\s)", para):
            e = m.end()
            spans.append((pos + s, pos + e))
            s = e
            while s < len(para) and para[s] == " ":
                s += 1
        if s < len(para):
            spans.append((pos + s, pos + len(para)))
        pos += len(para) + 2
    return spans


def boundary_occ(text, form):
    out = []
    for m in re.finditer(re.escape(form), text):
        a, b = m.start(), m.end()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if (before.isalpha() or before == ZW) or (after.isalpha() or after == ZW):
            continue
        out.append((a, b))
    return out


# ---------------------------------------------------------------- rendering
def render_txt(a, i):
    name, suffix, domain, endm, menu = SITES[a["agency"]]
    menu = [z(x) for x in menu]
    L = []
    st = i % 3
    if st == 0:
        L += menu
    elif st == 1:
        L.append("  ".join(menu))
    else:
        L.append(" | ".join(menu))
    L.append(z(a.get("today", "امروز: یکشنبه ۸ آذر ۱۴۰۵")))
    L.append(" > ".join(["خانه"] + [z(x) for x in a["crumbs"]]))
    title = z(a["title"])
    if i % 2 == 0:
        L.append(title + suffix)
    if a.get("kicker"):
        L.append(z(a["kicker"]))
    L.append(title)
    if a["datepos"] == "top":
        L.append(z(a["dateline"]))
    if a.get("code_top"):
        L.append(z(a["code_top"]))
    if a.get("lead"):
        L.append(z(a["lead"]))
    L += [z(p) for p in a["body"]]
    if endm:
        L.append(endm)
    if a["datepos"] == "bottom":
        L.append(z(a["dateline"]))
    L.append("برچسب_ها: ".replace("_", ZW) + "، ".join(z(t) for t in a["tags"]))
    L.append(z("اخبار مرتبط"))
    L += [z(r) for r in a["related"]]
    L.append(z("اشتراک گذاری: تلگرام | واتس_اپ | ایکس | کپی لینک"))
    if i % 4 == 1:
        L.append(z("آگهی: خرید اقساطی لوازم خانگی با کمترین پیش_پرداخت"))
    L.append("© " + z("کلیه حقوق این سایت متعلق به ") + name + " است. " + domain)
    sep = "\n\n" if a.get("compact") is not True else "\n"
    return sep.join(L) + "\n"


def render_html(a, i):
    name, suffix, domain, endm, menu = SITES[a["agency"]]
    e = html.escape
    title = z(a["title"])
    lead = z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    crumbs = ["خانه"] + [z(x) for x in a["crumbs"]]
    url = "https://%s/news/%d/%s" % (domain, 2145000 + i * 37, a["name"])
    meta = [
        '<meta charset="utf-8">',
        "<title>%s</title>" % e(title + suffix),
        '<meta property="og:title" content="%s">' % e(title),
        '<meta property="og:site_name" content="%s">' % e(name),
        '<meta property="og:url" content="%s">' % url,
        '<meta property="og:type" content="article">',
    ]
    if lead:
        meta.append('<meta property="og:description" content="%s">' % e(lead))
    if a.get("meta_time", True):
        meta.append('<meta property="article:published_time" content="%s">' % a["iso_full"])
        meta.append('<meta property="article:section" content="%s">' % e(crumbs[-1]))
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": a["iso_full"], "articleSection": crumbs[-1],
              "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
        meta.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    nav = "".join('<li><a href="/service/%d">%s</a></li>' % (k, e(z(m))) for k, m in enumerate(menu))
    bc = " <span>/</span> ".join('<a href="/">%s</a>' % e(c) for c in crumbs)
    parts = []
    for k, p in enumerate(body):
        parts.append("<p>%s</p>" % e(p))
        if k == 0 and len(body) > 1:
            parts.append('<figure class="photo"><img src="/img/%s.jpg" alt=""><figcaption>%s</figcaption></figure>'
                         % (a["name"], e(z(a["caption"]))))
        if k == 1 and len(body) > 2:
            parts.append('<div class="read-more"><strong>%s</strong><a href="/news/1">%s</a></div>'
                         % (e(z("بیشتر بخوانید:")), e(z(a["related"][0]))))
    if endm:
        parts.append('<p class="end">%s</p>' % e(endm))
    kicker = '<div class="kicker">%s</div>' % e(z(a["kicker"])) if a.get("kicker") else ""
    leadh = '<p class="lead">%s</p>' % e(lead) if lead else ""
    tags = "".join('<a href="/tag/%d">%s</a>' % (k, e(z(t))) for k, t in enumerate(a["tags"]))
    rel = "".join('<li><a href="/news/%d">%s</a></li>' % (k + 9, e(z(r))) for k, r in enumerate(a["related"]))
    date_html = '<time class="date">%s</time>' % e(z(a["dateline"]))
    out = """<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
%s
</head>
<body>
<header><div class="logo">%s</div><div class="today">%s</div><nav><ul>%s</ul></nav></header>
<main>
<div class="breadcrumb">%s</div>
<article>
%s
<h1>%s</h1>
%s
%s
<div class="article-body">
%s
</div>
%s
<div class="tags">%s</div>
<div class="share">%s</div>
</article>
<aside class="related"><h3>%s</h3><ul>%s</ul></aside>
</main>
<footer><p>%s</p><p>%s</p></footer>
</body>
</html>
""" % ("\n".join(meta), e(name), e(z(a.get("today", "یکشنبه ۸ آذر ۱۴۰۵"))), nav, bc, kicker, e(title),
       date_html if a["datepos"] == "top" else "", leadh, "\n".join(parts),
       date_html if a["datepos"] == "bottom" else "", tags,
       e(z("اشتراک گذاری در: تلگرام - واتس_اپ - ایکس - لینک کوتاه")),
       e(z("اخبار مرتبط")), rel,
       e("© " + z("تمامی حقوق مادی و معنوی این سایت متعلق به ") + name + " است."),
       e(domain))
    return out


# ---------------------------------------------------------------- gold + checks
def ortho(s, where):
    if re.search("[اآدذرزژو]" + ZW, s):
        err("%s: ZWNJ after non-joining letter: %r" % (where, s[:60]))
    if re.search(r"(?<![\w\u200c])ن?می\s", s):
        err("%s: detached می: %r" % (where, s[:60]))
    if re.search(r"\s(ها|های|هایی|تر|ترین)(?![\w\u200c])", s):
        err("%s: detached suffix: %r" % (where, s[:60]))
    if re.search("[يك0-9٠-٩]", s):
        err("%s: Arabic letter or non-Persian digit: %r" % (where, s[:60]))
    if "  " in s or " ،" in s or re.search(ZW + "{2}|" + ZW + r"\s|\s" + ZW, s):
        err("%s: spacing: %r" % (where, s[:60]))
    if "_" in s:
        err("%s: underscore left: %r" % (where, s[:60]))


def build(a, i):
    name = a["name"]
    title, lead, body = z(a["title"]), z(a.get("lead")), [z(p) for p in a["body"]]
    text = "\n\n".join([x for x in [title, lead] if x] + body)
    for part, s in [("title", title), ("lead", lead)] + [("body", p) for p in body]:
        if s:
            ortho(s, name + " " + part)
    sents = para_sents(text)
    # entities: every boundary-delimited occurrence, flat (longest forms first)
    ents = []
    taken = []
    forms = sorted(a["ents"], key=lambda x: -len(z(x[0])))
    for form, typ, canon, code in forms:
        f = z(form)
        occ = [(s, e) for s, e in boundary_occ(text, f) if not any(s < te and ts < e for ts, te in taken)]
        if not occ:
            err("%s: entity not in text: %s" % (name, f))
        for s, e in occ:
            taken.append((s, e))
            ents.append({"text": f, "type": typ, "canonical": canon, "code": code, "start": s, "end": e})
    ents.sort(key=lambda x: x["start"])
    quotes = []
    for spk, spk_text, direct, qt in a["quotes"]:
        q = z(qt)
        k = text.find(q)
        if k < 0 or text.count(q) != 1:
            err("%s: quote not found once: %s" % (name, q[:40]))
            continue
        if spk_text and z(spk_text) not in text:
            err("%s: speaker text not in text: %s" % (name, spk_text))
        quotes.append({"speaker": spk, "speaker_text": z(spk_text), "text": q, "direct": direct,
                       "start": k, "end": k + len(q)})
    events = []
    for src, st, tgt, tt, code, neg, frag in a["events"]:
        f = z(frag)
        if code not in CAMEO:
            err("%s: unknown CAMEO %s" % (name, code))
        if text.count(f) != 1:
            err("%s: event fragment found %d times: %s" % (name, text.count(f), f))
            continue
        k = text.find(f)
        ss = [(s, e) for s, e in sents if s <= k and k + len(f) <= e]
        if len(ss) != 1:
            err("%s: event fragment not inside one sentence: %s" % (name, f))
            continue
        s, e = ss[0]
        for actor in (st, tt):
            if actor and z(actor) not in text[s:e] and z(actor) not in text:
                err("%s: actor text not in text: %s" % (name, actor))
        events.append({"source": src, "source_text": z(st), "target": tgt, "target_text": z(tt),
                       "cameo": code, "root": code[:2], "negated": neg, "plover": plover_of(code),
                       "sentence": text[s:e], "start": s, "end": e})
    gold = {"title": title, "lead": lead, "body": body, "agency": a["agency"], "section": z(a["crumbs"][-1]),
            "published": a["published"], "attributed_sources": a["sources"], "text": text,
            "entities": ents, "quotes": quotes, "events": events, "notes": z(a.get("notes", ""))}
    page = render_txt(a, i) if a["kind"] == "txt" else render_html(a, i)
    page = degrade(page, a.get("degrade"))
    for part, s in [("title", title), ("lead", lead)] + [("body", p) for p in body]:
        if s:
            d = degrade(html.escape(s, quote=False) if a["kind"] == "html" else s, a.get("degrade"))
            if d not in page:
                err("%s: %s not on page" % (name, part))
    with open(os.path.join(OUT, name + "." + a["kind"]), "w", encoding="utf-8") as fh:
        fh.write(page)
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return gold


def main():
    arts = src_a.ARTICLES + src_b.ARTICLES + src_c.ARTICLES
    golds = [build(a, i) for i, a in enumerate(arts)]
    names = [a["name"] for a in arts]
    if len(set(names)) != len(names):
        err("duplicate names")
    et = collections.Counter(e["type"] for g in golds for e in g["entities"])
    qd = collections.Counter(q["direct"] for g in golds for q in g["quotes"])
    roots = collections.Counter(e["root"] for g in golds for e in g["events"])
    nev = sum(len(g["events"]) for g in golds)
    print("pages", len(golds), "txt", sum(a["kind"] == "txt" for a in arts), "html", sum(a["kind"] == "html" for a in arts))
    print("agencies", dict(collections.Counter(a["agency"] for a in arts)))
    print("pages without events", [g for g, x in zip(names, golds) if not x["events"]])
    print("entities", sum(et.values()), dict(et))
    print("quotes", sum(qd.values()), "direct", qd[True], "reported", qd[False])
    print("events", nev, "negated", sum(e["negated"] for g in golds for e in g["events"]),
          "null target", sum(e["target"] is None for g in golds for e in g["events"]),
          "null source", sum(e["source"] is None for g in golds for e in g["events"]))
    print("roots", " ".join("%s:%d" % (r, roots[r]) for r in sorted(roots)), "missing",
          [r for r in ["%02d" % k for k in range(1, 21)] if r not in roots])
    print("degraded", {a["name"]: a["degrade"] for a in arts if a.get("degrade")})
    if ERRORS:
        print("\n".join("ERROR " + x for x in ERRORS))
        sys.exit(1)
    print("checks OK")


if __name__ == "__main__":
    main()
