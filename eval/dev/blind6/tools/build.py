"""Render eval/dev/blind6: pages (NAME.txt / NAME.html) and gold (NAME.gold.json).

    python eval/dev/blind6/tools/build.py

Articles live in src_a.py, src_b.py, src_c.py ("_" stands for ZWNJ there). The gold is the clean,
normalized text; degradations (no ZWNJ, ZWNJ as space, Arabic ي/ك, Latin digits) touch the page only.
Entity occurrences are counted here: every boundary-delimited occurrence of each listed surface form
in title + lead + body, flat (a form inside a longer listed entity is not counted again).
"""
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(OUT, "..", "..", ".."))
sys.path.insert(0, HERE)

ZW = "\u200c"
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"


def C(s):
    return None if s is None else s.replace("_", ZW)


def fa(n):
    return "".join(FA_DIG[int(c)] if c.isdigit() else c for c in str(n))


def load_codes():
    codes = set()
    with open(os.path.join(ROOT, "rasad", "events", "data", "cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t")[0].strip())
    plov = {}
    with open(os.path.join(ROOT, "rasad", "events", "data", "cameo_plover.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            p, t, m = line.rstrip("\n").split("\t")
            plov[p] = (t, m)
    return codes, plov


CODES, PLOVER = load_codes()


def plover(code):
    for n in range(len(code), 1, -1):
        if code[:n] in PLOVER:
            t, m = PLOVER[code[:n]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


# ---------------------------------------------------------------- agencies
AG = {
    "tasnim": dict(fa="خبرگزاری تسنیم", dom="www.tasnimnews.com", end="انتهای پیام/", zone="+03:30", jal=True),
    "irna": dict(fa="ایرنا", dom="www.irna.ir", end="۳۲۸۴**۱۱۵۶", zone="+03:30", jal=True),
    "mehr": dict(fa="خبرگزاری مهر", dom="www.mehrnews.com", end=None, zone="+03:30", jal=True),
    "fars": dict(fa="خبرگزاری فارس", dom="www.farsnews.ir", end="انتهای پیام/ح", zone="+03:30", jal=True),
    "isna": dict(fa="ایسنا", dom="www.isna.ir", end="انتهای پیام", zone="+03:30", jal=True),
    "bbcpersian": dict(fa="BBC News فارسی", dom="www.bbc.com", end=None, zone="+00:00", jal=False),
    "radiofarda": dict(fa="رادیو فردا", dom="www.radiofarda.com", end=None, zone="+00:00", jal=False),
    "iranintl": dict(fa="ایران اینترنشنال", dom="www.iranintl.com", end=None, zone="+00:00", jal=False),
    "khabaronline": dict(fa="خبرآنلاین", dom="www.khabaronline.ir", end=None, zone="+03:30", jal=True),
    "entekhab": dict(fa="پایگاه خبری تحلیلی انتخاب", dom="www.entekhab.ir", end=None, zone="+03:30", jal=True),
    "euronews-fa": dict(fa="یورونیوز فارسی", dom="parsi.euronews.com", end=None, zone="+01:00", jal=False),
    "hamshahri": dict(fa="همشهری آنلاین", dom="www.hamshahrionline.ir", end=None, zone="+03:30", jal=True),
    "yjc": dict(fa="باشگاه خبرنگاران جوان", dom="www.yjc.ir", end="انتهای پیام/", zone="+03:30", jal=True),
    "ilna": dict(fa="ایلنا", dom="www.ilna.ir", end="انتهای پیام/", zone="+03:30", jal=True),
    "donya-e-eqtesad": dict(fa="روزنامه دنیای اقتصاد", dom="donya-e-eqtesad.com", end=None, zone="+03:30", jal=True),
    "eghtesadnews": dict(fa="اقتصاد نیوز", dom="www.eghtesadnews.com", end=None, zone="+03:30", jal=True),
    "asriran": dict(fa="عصر ایران", dom="www.asriran.com", end=None, zone="+03:30", jal=True),
    "iribnews": dict(fa="خبرگزاری صداوسیما", dom="www.iribnews.ir", end="انتهای پیام/", zone="+03:30", jal=True),
}

MENU = [
    "صفحه اصلی | سیاسی | اقتصادی | اجتماعی | بین_الملل | ورزشی | فرهنگی | عکس | فیلم",
    "خانه  سیاست  اقتصاد  جهان  ورزش  دانش  چندرسانه_ای  آرشیو",
    "اخبار | تحلیل | گزارش | گفت_وگو | یادداشت | پادکست | تماس با ما",
]
FOOTER = [
    "درباره ما | تماس با ما | آگهی_ها | حریم خصوصی | خبرنامه",
    "کلیه حقوق این سایت محفوظ است. استفاده از مطالب با ذکر منبع آزاد است.",
    "تبلیغات: خرید اقساطی لوازم خانگی با کمترین پیش_پرداخت - کلیک کنید",
    "پربازدیدترین_ها | پربحث_ترین_ها | آخرین اخبار",
]
RELATED = [
    "نشست هفتگی سخنگوی دولت برگزار شد",
    "پیش_بینی وضعیت هوای تهران در هفته آینده",
    "آخرین وضعیت بازار طلا و سکه امروز",
    "برگزاری نمایشگاه کتاب استانی در مشهد",
    "کاهش ساعت کاری ادارات در چند استان",
    "نتایج هفته دوازدهم لیگ برتر فوتبال",
]
WEEKDAY = {23: "دوشنبه", 24: "سه_شنبه", 25: "چهارشنبه", 26: "پنجشنبه", 27: "جمعه", 28: "شنبه", 29: "یکشنبه"}


def date_display(a):
    iso = a["published"]
    y, mo, d = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    t = iso[11:16] if "T" in iso else None
    ag = AG[a["agency"]]
    style = a.get("date_style", 0)
    if ag["jal"]:
        jd = d - 21  # 1 Azar 1405 = 22 Nov 2026
        if style == 1:
            s = "1405/09/%02d" % jd + (" - " + t if t else "")
            return s
        if style == 2:
            return C(WEEKDAY[d]) + " " + fa(jd) + " آذر " + fa(1405) + (" ساعت " + fa(t) if t else "")
        return fa(jd) + " آذر " + fa(1405) + (" - " + fa(t) if t else "")
    s = fa(d) + " نوامبر " + fa(y)
    if t:
        s += " - " + fa(t) + " به وقت " + ("گرینویچ" if ag["zone"] == "+00:00" else "اروپای مرکزی")
    return s


def iso_full(a):
    p = a["published"]
    if "T" not in p:
        return p
    return p[:16] + ":00" + p[16:]


# ---------------------------------------------------------------- degradations
AR = str.maketrans({"ی": "ي", "ک": "ك"})
LAT = str.maketrans({FA_DIG[i]: str(i) for i in range(10)})


def degrade(s, kinds):
    for k in kinds or ():
        if k == "nozwnj":
            s = s.replace(ZW, "")
        elif k == "zwnjspace":
            s = s.replace(ZW, " ")
        elif k == "arabic":
            s = s.translate(AR)
        elif k == "latin":
            s = s.translate(LAT)
        else:
            raise ValueError(k)
    return s


# ---------------------------------------------------------------- rendering
def render_txt(a):
    ag = AG[a["agency"]]
    i = a["_i"]
    L = []
    if a.get("title_twice"):
        L.append(C(a["title"]) + " - " + ag["fa"])
    L.append(C(MENU[i % 3]))
    L.append("")
    if a.get("section"):
        L.append("خانه » " + C(a.get("crumb", "اخبار")) + " » " + C(a["section"]))
    if a.get("kicker"):
        L.append(C(a["kicker"]))
    L.append(C(a["title"]))
    dl = date_display(a)
    if a.get("date_pos", "top") == "top":
        L.append("تاریخ انتشار: " + dl if i % 2 else dl)
    L.append("")
    if a.get("lead"):
        L.append(C(a["lead"]))
        L.append("")
    for p in a["body"]:
        L.append(C(p))
        L.append("")
    if ag["end"]:
        L.append(ag["end"])
    if a.get("date_pos") == "bottom":
        L.append(dl)
    L.append("")
    L.append(C("برچسب_ها: ") + " - ".join(C(t) for t in a.get("tags", [])))
    L.append(C("اخبار مرتبط:"))
    for r in (RELATED[i % 6], RELATED[(i + 2) % 6]):
        L.append("• " + C(r))
    L.append("")
    L.append(C(FOOTER[i % 4]))
    L.append(C(FOOTER[(i + 1) % 4]))
    return "\n".join(L) + "\n"


def esc(s):
    return html.escape(s, quote=True)


def render_html(a):
    ag = AG[a["agency"]]
    i = a["_i"]
    title, lead = C(a["title"]), C(a.get("lead"))
    sec = C(a.get("section")) if a.get("section") else None
    iso = iso_full(a)
    url = "https://%s/news/%d/" % (ag["dom"], 3918200 + i * 37)
    H = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
         "<title>%s - %s</title>" % (esc(title), esc(ag["fa"])),
         '<meta property="og:type" content="article">',
         '<meta property="og:title" content="%s">' % esc(title),
         '<meta property="og:url" content="%s">' % url,
         '<meta property="og:site_name" content="%s">' % esc(ag["fa"])]
    if lead:
        H.append('<meta property="og:description" content="%s">' % esc(lead))
    H.append('<meta property="article:published_time" content="%s">' % iso)
    if sec:
        H.append('<meta property="article:section" content="%s">' % esc(sec))
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": a["jsonld"], "headline": title,
              "datePublished": iso, "url": url,
              "publisher": {"@type": "Organization", "name": ag["fa"]}}
        if sec:
            ld["articleSection"] = sec
        if lead:
            ld["description"] = lead
        H.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    H += ['<link rel="stylesheet" href="/static/main.css">', '</head>', '<body>', '<header class="site-header">',
          '<a class="logo" href="/">%s</a>' % esc(ag["fa"]), '<nav><ul>']
    for k, m in enumerate(re.split(r"\s*\|\s*|\s{2,}", C(MENU[i % 3]))):
        H.append('<li><a href="/section/%d">%s</a></li>' % (k + 1, esc(m)))
    H += ['</ul></nav>', '<div class="today">%s</div>' % esc(C("امروز: یکشنبه ۸ آذر ۱۴۰۵")), '</header>', '<main>']
    if sec:
        H.append('<div class="breadcrumb"><a href="/">خانه</a> <span>/</span> <a href="/section/%d">%s</a></div>' % (i, esc(sec)))
    H.append('<article class="news">')
    if a.get("kicker"):
        H.append('<div class="kicker">%s</div>' % esc(C(a["kicker"])))
    H.append('<h1 class="title">%s</h1>' % esc(title))
    H.append('<time datetime="%s">%s</time>' % (iso, esc(date_display(a))))
    if lead:
        H.append('<p class="lead">%s</p>' % esc(lead))
    cap = C(a.get("caption", "تصویر آرشیوی از محل رویداد"))
    fig = '<figure><img src="/img/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, esc(cap))
    H.append('<div class="body">')
    for k, p in enumerate(a["body"]):
        H.append('<p>%s</p>' % esc(C(p)))
        if k == 0:
            H.append(fig)
        if k == 1 and len(a["body"]) > 3 and i % 2 == 0:
            H.append('<div class="more"><strong>%s</strong> <a href="/news/%d">%s</a></div>' % (
                esc(C("بیشتر بخوانید:")), i, esc(C(RELATED[(i + 1) % 6]))))
    if ag["end"]:
        H.append('<p>%s</p>' % esc(ag["end"]))
    H.append('</div>')
    H.append('<div class="tags">%s %s</div>' % (esc(C("برچسب_ها:")), " ".join(
        '<a href="/tag/%d">%s</a>' % (j, esc(C(t))) for j, t in enumerate(a.get("tags", [])))))
    H.append('<div class="share">%s <a href="#">تلگرام</a> <a href="#">واتس_اپ</a> <a href="#">ایکس</a> <a href="#">چاپ</a></div>'.replace("_", ZW) % esc(C("اشتراک_گذاری:")))
    H.append('</article>')
    H.append('<aside class="related"><h3>%s</h3><ul>' % esc(C("اخبار مرتبط")))
    for r in (RELATED[i % 6], RELATED[(i + 3) % 6]):
        H.append('<li><a href="/news/%d">%s</a></li>' % (i * 7, esc(C(r))))
    H.append('</ul></aside>')
    H.append('<section class="comments"><h3>نظرات</h3>')
    H.append('<div class="comment"><b>%s</b><p>%s</p></div>' % (esc("کاربر مهمان"), esc(C(a.get("comment", "امیدوارم این وضعیت هر چه زودتر به نتیجه برسد.")))))
    H.append('</section></main>')
    H.append('<footer>%s<br>%s</footer>' % (esc(C(FOOTER[i % 4])), esc(C(FOOTER[(i + 1) % 4]))))
    H += ['</body>', '</html>']
    return "\n".join(H) + "\n"


# ---------------------------------------------------------------- gold
BAD_ORTHO = [
    (re.compile("[ادذرزژو]" + ZW), "ZWNJ after non-joining letter"),
    (re.compile("(^|[\\s])(می|نمی) "), "detached می"),
    (re.compile(" (ها|های|هایی|ترین|تر)([\\s.،]|$)"), "detached suffix"),
    (re.compile("[يك]"), "Arabic ي/ك"),
    (re.compile("[0-9٠-٩]"), "non-Persian digit"),
]
LETTER = re.compile(r"[\w" + ZW + "]")


def sentences(text):
    """Sentence spans of the text (paragraphs split on . ! ؟ outside «»)."""
    spans = []
    pos = 0
    for para in text.split("\n\n"):
        start = pos
        depth = 0
        s = start
        for k, ch in enumerate(para):
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth = max(0, depth - 1)
                if depth == 0 and k > 0 and para[k - 1] in ".!؟" and (k + 1 == len(para) or para[k + 1] == " "):
                    spans.append((s, start + k + 1))
                    s = start + k + 2
            elif ch in ".!؟" and depth == 0:
                nxt = para[k + 1] if k + 1 < len(para) else " "
                if nxt == " " or k + 1 == len(para):
                    spans.append((s, start + k + 1))
                    s = start + k + 2
        if s < start + len(para):
            spans.append((s, start + len(para)))
        pos += len(para) + 2
    return [(a, b) for a, b in spans if text[a:b].strip()]


def find_all(text, form):
    out = []
    k = text.find(form)
    while k >= 0:
        e = k + len(form)
        if (k == 0 or not LETTER.match(text[k - 1])) and (e == len(text) or not LETTER.match(text[e])):
            out.append((k, e))
        k = text.find(form, k + 1)
    return out


def gold(a, errs):
    name = a["name"]
    title, lead = C(a["title"]), C(a.get("lead"))
    body = [C(p) for p in a["body"]]
    parts = [title] + ([lead] if lead else []) + body
    text = "\n\n".join(parts)
    for p in parts:
        for rx, msg in BAD_ORTHO:
            m = rx.search(p)
            if m:
                errs.append("%s: %s: ...%s..." % (name, msg, p[max(0, m.start() - 15):m.end() + 15]))
    # entities
    taken = [False] * len(text)
    ents = []
    forms = sorted(a["ents"], key=lambda e: -len(C(e[0])))
    for e in forms:
        form, typ = C(e[0]), e[1]
        canon = e[2] if len(e) > 2 else None
        code = e[3] if len(e) > 3 else None
        assert typ in ("PER", "ORG", "GPE", "LOC"), (name, e)
        n = 0
        for s, t in find_all(text, form):
            if any(taken[s:t]):
                continue
            for j in range(s, t):
                taken[j] = True
            ents.append({"text": form, "type": typ, "canonical": canon, "code": code, "start": s, "end": t})
            n += 1
        if n == 0:
            errs.append("%s: entity not found: %s" % (name, form))
    ents.sort(key=lambda x: x["start"])
    # quotes
    quotes = []
    for q in a["quotes"]:
        speaker, stext, qt, direct = q
        qt = C(qt)
        k = text.find(qt)
        if k < 0:
            errs.append("%s: quote not found: %s" % (name, qt[:40]))
            continue
        if stext and C(stext) not in text:
            errs.append("%s: speaker_text not found: %s" % (name, stext))
        quotes.append({"speaker": speaker, "speaker_text": C(stext), "text": qt, "direct": direct,
                       "start": k, "end": k + len(qt)})
    # events
    sents = sentences(text)
    events = []
    used = Counter()
    for ev in a["events"]:
        evid, src, stext, tgt, ttext, code = ev[:6]
        neg = ev[6] if len(ev) > 6 else False
        evid = C(evid)
        hits = [m.start() for m in re.finditer(re.escape(evid), text)]
        if len(hits) != 1:
            errs.append("%s: event evidence found %d times: %s" % (name, len(hits), evid[:40]))
            continue
        k = hits[0]
        ss = [(s, t) for s, t in sents if s <= k < t]
        s, t = ss[0]
        sent = text[s:t]
        if k + len(evid) > t:
            errs.append("%s: evidence crosses sentence: %s" % (name, evid[:40]))
        if code not in CODES:
            errs.append("%s: bad CAMEO %s" % (name, code))
        for x in (stext, ttext):
            if x and C(x) not in text:
                errs.append("%s: actor text not found: %s" % (name, x))
        used[(s, t)] += 1
        events.append({"source": src, "source_text": C(stext), "target": tgt, "target_text": C(ttext),
                       "cameo": code, "root": code[:2], "plover": plover(code), "negated": bool(neg),
                       "sentence": sent, "start": s, "end": t})
    g = {"agency": a["agency"], "title": title, "lead": lead, "body": body,
         "section": C(a.get("section")) if a.get("section") else None,
         "published": a["published"], "attributed_sources": a.get("sources", []),
         "text": text, "entities": ents, "quotes": quotes, "events": events}
    if a.get("notes"):
        g["notes"] = C(a["notes"])
    return g


def all_articles():
    import src_a, src_b, src_c
    arts = src_a.ARTICLES + src_b.ARTICLES + src_c.ARTICLES
    for i, a in enumerate(arts):
        a["_i"] = i
    return arts


def stats(golds):
    ent = Counter()
    q = Counter()
    roots = Counter()
    codes = {}
    nneg = nnull = 0
    for g in golds:
        for e in g["entities"]:
            ent[e["type"]] += 1
        for x in g["quotes"]:
            q["direct" if x["direct"] else "reported"] += 1
        for e in g["events"]:
            roots[e["root"]] += 1
            codes.setdefault(e["root"], Counter())[e["cameo"]] += 1
            nneg += e["negated"]
            nnull += e["target"] is None
    return ent, q, roots, codes, nneg, nnull


def main():
    arts = all_articles()
    names = [a["name"] for a in arts]
    assert len(names) == len(set(names)), "duplicate names"
    errs = []
    golds = []
    for a in arts:
        g = gold(a, errs)
        golds.append(g)
        ext = a["kind"]
        page = render_txt(a) if ext == "txt" else render_html(a)
        page = degrade(page, a.get("degrade"))
        with open(os.path.join(OUT, a["name"] + "." + ext), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(OUT, a["name"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    ent, q, roots, codes, nneg, nnull = stats(golds)
    print("pages", len(arts), "txt", sum(a["kind"] == "txt" for a in arts),
          "html", sum(a["kind"] == "html" for a in arts))
    print("agencies", Counter(a["agency"] for a in arts))
    print("degraded", sum(bool(a.get("degrade")) for a in arts))
    print("entities", sum(ent.values()), dict(ent))
    print("quotes", sum(q.values()), dict(q))
    print("events", sum(roots.values()), "negated", nneg, "null target", nnull)
    rows = []
    for r in sorted(codes):
        c = codes[r]
        rows.append("| %s | %d | %d | %s |" % (r, roots[r], len(c), ", ".join(
            k + ("×%d" % v if v > 1 else "") for k, v in sorted(c.items()))))
    table = "| root | events | codes | detail |\n| --- | --- | --- | --- |\n" + "\n".join(rows)
    print(table)
    readme = os.path.join(OUT, "README.md")
    if os.path.exists(readme):
        s = open(readme, encoding="utf-8").read()
        if "<!-- stats:start -->" in s:
            pre, rest = s.split("<!-- stats:start -->", 1)
            post = rest.split("<!-- stats:end -->", 1)[1]
            s = pre + "<!-- stats:start -->\n" + table + "\n<!-- stats:end -->" + post
            open(readme, "w", encoding="utf-8").write(s)
    missing = sorted(set("%02d" % i for i in range(1, 21)) - set(roots))
    if missing:
        print("roots missing:", missing)
    for e in errs:
        print("ERR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
