#!/usr/bin/env python3
"""Render the pages and gold files of eval/dev/blind11 from tools/src_*.py, check them, print statistics.

Source convention: "_" stands for ZWNJ in every Persian string of the src files.
Events: (source, source_text, target, target_text, cameo, negated, fragment); the fragment picks
the one sentence of `text` that carries the event. Quotes: (speaker, speaker_text, fragment, direct);
a direct quote is the «...» holding the fragment, a reported one runs from the fragment to the end
of its sentence. Entities: (surface, type, canonical, code); every boundary-delimited occurrence of
each surface form is counted, flat (an occurrence inside a longer listed form is not counted again).
"""
import sys, os, re, json, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
REPO = os.path.abspath(os.path.join(OUT, "..", "..", ".."))
import src_a, src_b, src_c  # noqa: E402

ZW = "\u200c"
PDIG = "۰۱۲۳۴۵۶۷۸۹"
ADIG = "٠١٢٣٤٥٦٧٨٩"

def load_cameo():
    codes = {}
    for line in open(os.path.join(REPO, "rasad/events/data/cameo.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c, name = line.rstrip("\n").split("\t")[:2]
        codes[c] = name
    plover = {}
    for line in open(os.path.join(REPO, "rasad/events/data/cameo_plover.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p, t, m = line.rstrip("\n").split("\t")[:3]
        plover[p] = (t, m)
    return codes, plover

CAMEO, PLOVER = load_cameo()

def plover_of(code):
    for n in range(len(code), 0, -1):
        if code[:n] in PLOVER:
            t, m = PLOVER[code[:n]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None

def z(s):
    return None if s is None else s.replace("_", ZW)

def degrade(s, how):
    for h in how:
        if h == "nozwnj":
            s = s.replace(ZW, "")
        elif h == "space":
            s = s.replace(ZW, " ")
        elif h == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif h == "latin":
            s = s.translate(str.maketrans(PDIG, "0123456789"))
        elif h == "arind":
            s = s.translate(str.maketrans(PDIG, ADIG))
    return s

SITES = {
    "tasnim": ("خبرگزاری تسنیم", "tasnimnews.com", "انتهای پیام/"),
    "mehr": ("خبرگزاری مهر", "mehrnews.com", None),
    "irna": ("ایرنا", "irna.ir", "code"),
    "isna": ("ایسنا", "isna.ir", "انتهای پیام"),
    "fars": ("خبرگزاری فارس", "farsnews.ir", "انتهای پیام/"),
    "bbcpersian": ("بی‌بی‌سی فارسی", "bbc.com/persian", None),
    "radiofarda": ("رادیو فردا", "radiofarda.com", None),
    "iranintl": ("ایران اینترنشنال", "iranintl.com", None),
    "hamshahri": ("همشهری آنلاین", "hamshahrionline.ir", None),
    "entekhab": ("پایگاه خبری تحلیلی انتخاب", "entekhab.ir", None),
    "khabaronline": ("خبرآنلاین", "khabaronline.ir", None),
    "yjc": ("باشگاه خبرنگاران جوان", "yjc.ir", "انتهای پیام/"),
    "ilna": ("ایلنا", "ilna.ir", "انتهای پیام/"),
    "euronews-fa": ("یورونیوز فارسی", "parsi.euronews.com", None),
    "asriran": ("عصر ایران", "asriran.com", None),
}
RELATED = ["پیش_بینی وضعیت بازار مسکن در زمستان", "نشست خبری سخنگوی دولت؛ از یارانه تا بنزین",
    "برگزاری آزمون استخدامی آموزش و پرورش در دی_ماه", "گزارش تصویری از نمایشگاه صنایع دستی",
    "رکورد تازه صادرات غیرنفتی در هشت ماه نخست سال", "جزئیات طرح جدید مجلس درباره مالیات خودرو",
    "بازگشایی جاده چالوس پس از بارش برف", "واکنش_ها به تغییر ساعت کاری ادارات",
    "آغاز ثبت_نام کاروان_های زیارتی اربعین", "افزایش پروازهای خارجی فرودگاه امام",
    "ادامه ورود زائران به مرز مهران", "برنامه جدید حمل_ونقل عمومی پایتخت"]
MENU = ["خانه", "سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "ورزشی", "فرهنگی", "عکس", "ویدئو"]

def fa_digits(s):
    return s.translate(str.maketrans("0123456789", PDIG))

def render_txt(a, site, dom, end):
    L = []
    lay = a.get("layout", 0)
    if lay % 3 == 0:
        L += MENU
    elif lay % 3 == 1:
        L.append(" ".join(MENU))
    else:
        L.append(" | ".join(MENU))
    L.append("امروز: یکشنبه ۸ آذر ۱۴۰۵")
    L.append("خانه > " + ("" if not a.get("section_parent") else a["section_parent"] + " > ") + a["section_line"])
    if lay % 2 == 0:
        L.append(a["title"] + " - " + site)
    if a.get("kicker"):
        L.append(a["kicker"])
    L.append(a["title"])
    if not a.get("date_after"):
        L.append(a["date_line"])
    if a["lead"]:
        L.append(a["lead"])
    L += a["body"]
    if end == "code":
        L.append("۲۷۸۱**۱۴۰۲")
    elif end:
        L.append(end)
    if a.get("date_after"):
        L.append(a["date_line"])
    L.append("برچسب‌ها: " + " ، ".join(a.get("tags", ["اخبار"])))
    L.append("اخبار مرتبط")
    L += a.get("related", ["گزارش تصویری از نشست خبری امروز"])
    L.append("ارسال نظر | چاپ | اشتراک‌گذاری")
    L.append("تمامی حقوق این سایت متعلق به " + site + " است.")
    if a.get("sponsor"):
        L.append(a["sponsor"])
    sep = "\r\n" if lay == 4 else "\n"
    return (sep * (1 if lay in (1, 3) else 2)).join(L) + sep

def render_html(a, site, dom, end):
    lay = a.get("layout", 0)
    url = "https://www.%s/news/%s" % (dom, a["name"])
    h = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
         '<title>%s - %s</title>' % (a["title"], site),
         '<meta property="og:title" content="%s">' % a["title"],
         '<meta property="og:site_name" content="%s">' % site,
         '<meta property="og:url" content="%s">' % url,
         '<meta property="og:type" content="article">']
    if a["lead"]:
        h.append('<meta property="og:description" content="%s">' % a["lead"])
    h.append('<meta property="article:published_time" content="%s">' % a["published_meta"])
    if lay % 2 == 0:
        h.append('<meta property="article:section" content="%s">' % a["section_line"])
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": a["published_meta"], "articleSection": a["section_line"],
              "publisher": {"@type": "Organization", "name": site}}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    h += ['</head>', '<body>', '<header><nav class="main-menu"><ul>']
    h += ['<li><a href="/%d">%s</a></li>' % (i, m) for i, m in enumerate(MENU)]
    h += ['</ul></nav><div class="today">یکشنبه ۸ آذر ۱۴۰۵</div></header>',
          '<div class="breadcrumb"><a href="/">خانه</a> &raquo; <a href="/s">%s</a></div>' % a["section_line"],
          '<main><article>']
    if a.get("kicker"):
        h.append('<div class="kicker">%s</div>' % a["kicker"])
    h.append('<h1 class="title">%s</h1>' % a["title"])
    h.append('<div class="date">%s</div>' % a["date_line"])
    if a["lead"]:
        h.append('<p class="lead">%s</p>' % a["lead"])
    h.append('<div class="article-body">')
    for i, p in enumerate(a["body"]):
        h.append('<p>%s</p>' % p)
        if i == 1 and a.get("caption"):
            h.append('<figure><img src="/img/1.jpg"><figcaption>%s</figcaption></figure>' % a["caption"])
        if i == 2 and a.get("more"):
            h.append('<div class="more"><b>بیشتر بخوانید:</b> <a href="/x">%s</a></div>' % a["more"])
    if end == "code":
        h.append('<p>۲۷۸۱**۱۴۰۲</p>')
    elif end:
        h.append('<p class="end">%s</p>' % end)
    h.append('</div>')
    h.append('<div class="tags">' + "".join('<a href="/tag">%s</a>' % t for t in a.get("tags", ["اخبار"])) + '</div>')
    h.append('<div class="share">اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس</div>')
    h += ['</article>', '<aside class="related"><h3>اخبار مرتبط</h3><ul>']
    h += ['<li><a href="/r">%s</a></li>' % r for r in a.get("related", ["گزارش تصویری از نشست خبری امروز"])]
    h += ['</ul></aside></main>', '<footer>تمامی حقوق برای %s محفوظ است. ۱۴۰۵</footer>' % site, '</body>', '</html>']
    return "\n".join(h) + "\n"

def split_sentences(text):
    """[(start, end)] of sentences: paragraph breaks and . ! ؟ ? followed by space (outside «»)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        ps, para = m.start(), m.group()
        depth, s = 0, 0
        for i, ch in enumerate(para):
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth = max(0, depth - 1)
            elif ch in ".!؟?" and depth == 0 and (i + 1 == len(para) or para[i + 1] == " "):
                seg = para[s:i + 1]
                lead_ws = len(seg) - len(seg.lstrip())
                if seg.strip():
                    out.append((ps + s + lead_ws, ps + i + 1))
                s = i + 1
        seg = para[s:]
        if seg.strip():
            lead_ws = len(seg) - len(seg.lstrip())
            out.append((ps + s + lead_ws, ps + s + len(seg.rstrip())))
    return out

LETTER = re.compile(r"\w")

def occurrences(text, form):
    res, i = [], text.find(form)
    while i >= 0:
        j = i + len(form)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not LETTER.match(before) and not LETTER.match(after) and before != ZW and after != ZW:
            res.append((i, j))
        i = text.find(form, i + 1)
    return res

NONJOIN = set("اآأإدذرزژوؤة")

def ortho_errors(s):
    errs = []
    for i, ch in enumerate(s):
        if ch == ZW and (i == 0 or s[i - 1] in NONJOIN or s[i - 1] == " "):
            errs.append("ZWNJ after non-joining/space at %d: %r" % (i, s[max(0, i - 8):i + 8]))
    if re.search("[يك]", s):
        errs.append("Arabic ي/ك")
    if re.search("[0-9٠-٩]", s):
        errs.append("non-Persian digit: %r" % re.findall(r".{0,8}[0-9٠-٩].{0,8}", s)[:2])
    if re.search(r"(^|\s)ن?می\s", s):
        errs.append("detached می: %r" % re.findall(r".{0,10}(?:^|\s)ن?می\s.{0,10}", s)[:2])
    if re.search(r"\sها(ی|یی)?(\s|[.،])", s):
        errs.append("detached ها")
    if re.search(r"\sترین?(\s|[.،])", s):
        errs.append("detached تر/ترین")
    if re.search(r"[\u064b-\u065f]", s.replace("\u064b", "")):
        errs.append("diacritics")
    if "_" in s:
        errs.append("underscore left")
    if "  " in s or " ،" in s or " ." in s:
        errs.append("spacing: %r" % re.findall(r".{0,8}(?:  | ،| \.).{0,8}", s)[:2])
    return errs

def build(a, problems):
    name = a["name"]
    P = lambda msg: problems.append("%s: %s" % (name, msg))
    site, dom, end = SITES[a["agency"]]
    art = dict(a)
    for k in ("title", "lead", "kicker", "caption", "more", "date_line", "section_line", "section_parent", "sponsor"):
        if k in art:
            art[k] = z(art[k])
    art["body"] = [z(p) for p in a["body"]]
    art["tags"] = [z(t) for t in a.get("tags", ["اخبار"])]
    k = sum(map(ord, name)) % len(RELATED)
    art["related"] = [z(t) for t in a.get("related", [RELATED[k], RELATED[(k + 5) % len(RELATED)], RELATED[(k + 9) % len(RELATED)]])]
    title, lead, body = art["title"], art["lead"], art["body"]
    text = "\n\n".join([x for x in [title, lead] if x] + body)
    for part in [title, lead or ""] + body + [z(a["section"]) or ""]:
        for e in ortho_errors(part):
            P("orthography: " + e)
    how = a.get("degrade", [])
    page = (render_txt if a["kind"] == "txt" else render_html)(art, site, dom, end)
    page = degrade(page, how)
    for part in [title, lead] + body:
        if part and degrade(part, how) not in page:
            P("not on page: %r" % part[:40])
    sents = split_sentences(text)
    # entities
    forms = [(z(t), ty, can, code) for (t, ty, can, code) in a["entities"]]
    spans = []
    for f, ty, can, code in sorted(forms, key=lambda x: -len(x[0])):
        occ = occurrences(text, f)
        if not occ:
            P("entity not in text: %r" % f)
        for s, e in occ:
            if any(s < e2 and s2 < e for (s2, e2, *_r) in spans):
                continue
            spans.append((s, e, f, ty, can, code))
    spans.sort()
    ents = [{"text": f, "type": ty, "canonical": can, "code": code, "start": s, "end": e}
            for (s, e, f, ty, can, code) in spans]
    for en in ents:
        if en["type"] not in ("PER", "ORG", "GPE", "LOC"):
            P("bad type %r" % en)
    # quotes
    quotes = []
    for spk, spk_text, frag, direct in a.get("quotes", []):
        frag, spk_text = z(frag), z(spk_text)
        i = text.find(frag)
        if i < 0 or text.find(frag, i + 1) >= 0:
            P("quote fragment not unique/absent: %r" % frag)
            continue
        if direct:
            s = text.rfind("«", 0, i + 1) + 1
            e = text.find("»", i)
            if s <= 0 or e < 0:
                P("no «» around %r" % frag)
                continue
        else:
            s = i
            sent = [x for x in sents if x[0] <= i < x[1]][0]
            e = sent[1]
            while text[e - 1] in ".!؟?":
                e -= 1
        if spk_text and spk_text not in text:
            P("speaker_text not in text: %r" % spk_text)
        quotes.append({"speaker": spk, "speaker_text": spk_text, "text": text[s:e], "direct": direct, "start": s, "end": e})
    # events
    events = []
    for src, src_t, tgt, tgt_t, code, neg, frag in a.get("events", []):
        src_t, tgt_t, frag = z(src_t), z(tgt_t), z(frag)
        if code not in CAMEO:
            P("unknown CAMEO %s" % code)
        hits = [x for x in sents if frag in text[x[0]:x[1]]]
        if len(hits) != 1:
            P("event fragment in %d sentences: %r" % (len(hits), frag))
            continue
        s, e = hits[0]
        sent = text[s:e]
        for t in (src_t, tgt_t):
            if t and t not in text:
                P("actor text not in text: %r" % t)
        for c in (src, tgt):
            if c is not None and not re.fullmatch(r"(IGO[A-Z]{3,9}|NGO[A-Z]{3}|[A-Z]{3}([A-Z]{3})?)", c):
                P("odd actor code %r" % c)
        if tgt is None and tgt_t is None and a.get("strict_null", True):
            pass
        events.append({"source": src, "source_text": src_t, "target": tgt, "target_text": tgt_t,
                       "cameo": code, "root": code[:2], "plover": plover_of(code), "negated": neg,
                       "sentence": sent, "start": s, "end": e})
    assert text[events[0]["start"]:events[0]["end"]] == events[0]["sentence"] if events else True
    gold = {"title": title, "lead": lead, "body": body, "agency": a["agency"], "section": z(a["section"]),
            "published": a["published"], "attributed_sources": a.get("sources", []), "text": text,
            "entities": ents, "quotes": quotes, "events": events, "notes": z(a.get("notes", ""))}
    ext = ".txt" if a["kind"] == "txt" else ".html"
    with open(os.path.join(OUT, name + ext), "w", encoding="utf-8", newline="") as f:
        f.write(page)
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold

def main():
    arts = src_a.ARTICLES + src_b.ARTICLES + src_c.ARTICLES
    problems = []
    names = [a["name"] for a in arts]
    if len(set(names)) != len(names):
        problems.append("duplicate names")
    golds = [(a, build(a, problems)) for a in arts]
    for p in problems:
        print("PROBLEM", p)
    ag = collections.Counter(a["agency"] for a in arts)
    kinds = collections.Counter(a["kind"] for a in arts)
    et = collections.Counter(e["type"] for _, g in golds for e in g["entities"])
    q = [x for _, g in golds for x in g["quotes"]]
    ev = [x for _, g in golds for x in g["events"]]
    roots = collections.Counter(e["root"] for e in ev)
    print("pages %d (%s); agencies %d: %s" % (len(arts), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
          len(ag), " ".join("%s:%d" % kv for kv in sorted(ag.items()))))
    print("degraded: " + ", ".join("%s(%s)" % (a["name"], "+".join(a["degrade"])) for a in arts if a.get("degrade")))
    print("entities %d: %s" % (sum(et.values()), " ".join("%s %d" % kv for kv in et.most_common())))
    print("quotes %d: %d direct, %d reported" % (len(q), sum(x["direct"] for x in q), sum(not x["direct"] for x in q)))
    print("events %d; negated %d; null target %d; pages without events: %s" % (
        len(ev), sum(e["negated"] for e in ev), sum(e["target"] is None for e in ev),
        ", ".join(a["name"] for a, g in golds if not g["events"])))
    print("events per root: " + " ".join("%s:%d" % (r, roots.get(r, 0)) for r in ["%02d" % i for i in range(1, 21)]))
    missing = [r for r in ["%02d" % i for i in range(1, 21)] if not roots.get(r)]
    if missing:
        print("MISSING roots:", missing)
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
