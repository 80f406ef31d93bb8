"""Build and check eval/heldout9: render pages (with degradations) and gold from the clean corpus.

    python eval/heldout9/tools/build.py

The corpus lives in src_a.py / src_b.py / src_c.py ("_" stands for ZWNJ there).
"""
import csv, html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(OUT))
sys.path.insert(0, HERE)

from common import ARTICLES, GLOBAL_ENT, SITES  # noqa: E402
import src_a, src_b, src_c  # noqa: F401,E402

ZW = "\u200c"
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
AR_DIG = "٠١٢٣٤٥٦٧٨٩"
WEEKDAY = {0: "دوشنبه", 1: "سه‌شنبه", 2: "چهارشنبه", 3: "پنجشنبه", 4: "جمعه", 5: "شنبه", 6: "یکشنبه"}


def z(s):
    return None if s is None else s.replace("_", ZW)


def fa(n):
    return "".join(FA_DIG[int(c)] if c.isdigit() else c for c in str(n))


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
            s = "".join(str(FA_DIG.index(c)) if c in FA_DIG else c for c in s)
        elif k == "arabicdigits":
            s = "".join(AR_DIG[FA_DIG.index(c)] if c in FA_DIG else c for c in s)
    return s


# ---------------------------------------------------------------- dates
def jalali(iso):
    import datetime
    d = datetime.date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))
    if d.month == 11 and d.day >= 22:
        jd, jm = d.day - 21, "آذر"
    elif d.month == 11:
        jd, jm = d.day + 9, "آبان"
    else:
        raise ValueError(iso)
    return d, jd, jm


def date_line(a, style):
    iso = a["published"]
    d, jd, jm = jalali(iso)
    t = iso[11:16] if len(iso) > 10 else None
    if style == 0:
        s = f"{fa(jd)} {jm} {fa(1405)}" + (f" - {fa(t)}" if t else "")
    elif style == 1:
        s = f"{WEEKDAY[d.weekday()]} {fa(jd)} {jm} {fa(1405)} ساعت {fa(t)}" if t else f"{WEEKDAY[d.weekday()]} {fa(jd)} {jm} {fa(1405)}"
    elif style == 2:
        s = f"{fa(1405)}/{fa('09' if jm == 'آذر' else '08')}/{fa('%02d' % jd)}" + (f" {fa(t)}" if t else "")
    elif style == 3:
        s = f"{fa(d.day)} نوامبر {fa(2026)}" + (f" - {fa(t)} GMT" if t else "")
    else:
        s = f"تاریخ انتشار: {fa(jd)} {jm} {fa(1405)}" + (f" | {fa(t)}" if t else "")
    return s


# ---------------------------------------------------------------- rendering
def render_txt(a, i):
    s = SITES[a["agency"]]
    L = []
    menu = s["menu"]
    ms = i % 3
    if ms == 0:
        L += menu
    elif ms == 1:
        L.append(" ".join(menu))
    else:
        L.append(" | ".join(menu))
    L.append("امروز: " + ("یکشنبه ۸ آذر ۱۴۰۵" if i % 2 else "۸ آذر ۱۴۰۵"))
    if a["section"]:
        L.append("خانه > " + (s.get("crumb") + " > " if s.get("crumb") else "") + a["section"])
    title = a["title"]
    if i % 2 == 0:
        L.append(title + " - " + s["name"])
    if a.get("kicker"):
        L.append(a["kicker"])
    L.append(title)
    dl = date_line(a, a.get("dstyle", i % 5)) if a["published"] else None
    date_top = (i % 4) != 3
    if dl and date_top:
        L.append(dl)
    if a["lead"]:
        L.append(a["lead"])
    L += a["body"]
    if s.get("end"):
        L.append(s["end"])
    if dl and not date_top:
        L.append(dl)
    if a.get("tags"):
        L.append("برچسب‌ها: " + "، ".join(a["tags"]))
    L.append("اخبار مرتبط")
    L += a.get("related", [])
    L.append(s["foot"])
    sep = "\n\n" if i % 2 == 0 else "\n"
    return sep.join(L) + "\n"


def render_html(a, i):
    s = SITES[a["agency"]]
    title, lead = a["title"], a["lead"]
    iso = a["published"]
    meta_time = iso if len(iso) > 10 else iso
    h = ["<!DOCTYPE html>", '<html lang="fa" dir="rtl">', "<head>", '<meta charset="utf-8">',
         f"<title>{title} - {s['name']}</title>",
         f'<meta property="og:title" content="{title}">',
         f'<meta property="og:site_name" content="{s["name"]}">',
         f'<meta property="og:url" content="https://{s["host"]}/news/{a["name"]}">',
         f'<meta property="og:type" content="article">']
    if lead:
        h.append(f'<meta property="og:description" content="{lead}">')
    h.append(f'<meta property="article:published_time" content="{meta_time}">')
    if a["section"]:
        h.append(f'<meta property="article:section" content="{a["section"]}">')
    if i % 2 == 0:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": meta_time, "publisher": {"@type": "Organization", "name": s["name"]}}
        if a["section"]:
            ld["articleSection"] = a["section"]
        h.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    h += ["</head>", "<body>", '<header><nav class="menu"><ul>']
    h += [f'<li><a href="/section/{k}">{m}</a></li>' for k, m in enumerate(s["menu"])]
    h += ["</ul></nav>", '<div class="today">امروز: یکشنبه ۸ آذر ۱۴۰۵</div>', "</header>", "<main>"]
    if a["section"]:
        h.append('<ol class="breadcrumb"><li><a href="/">خانه</a></li>'
                 + (f'<li><a href="/s">{s["crumb"]}</a></li>' if s.get("crumb") else "")
                 + f'<li>{a["section"]}</li></ol>')
    h.append('<article class="news">')
    if a.get("kicker"):
        h.append(f'<div class="kicker">{a["kicker"]}</div>')
    h.append(f"<h1>{title}</h1>")
    h.append(f'<time datetime="{meta_time}">{date_line(a, a.get("dstyle", i % 5))}</time>')
    if lead:
        h.append(f'<p class="lead">{lead}</p>')
    h.append('<div class="body">')
    for k, p in enumerate(a["body"]):
        h.append(f"<p>{p}</p>")
        if k == 0:
            h.append(f'<figure><img src="/img/{a["name"]}.jpg" alt=""><figcaption>{a.get("caption", "عکس تزئینی است")}</figcaption></figure>')
        if k == 1 and len(a["body"]) > 2:
            rel = a.get("related", ["گزارش‌های دیگر"])
            h.append(f'<div class="more"><strong>بیشتر بخوانید:</strong> <a href="/x">{rel[0]}</a></div>')
    if s.get("end"):
        h.append(f"<p>{s['end']}</p>")
    h.append("</div>")
    if a.get("tags"):
        h.append('<div class="tags">' + "".join(f'<a href="/tag/{k}">{t}</a>' for k, t in enumerate(a["tags"])) + "</div>")
    h.append('<div class="share">اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس | کپی لینک</div>')
    h.append("</article>")
    h.append('<aside class="related"><h3>اخبار مرتبط</h3><ul>'
             + "".join(f'<li><a href="/r{k}">{r}</a></li>' for k, r in enumerate(a.get("related", []))) + "</ul></aside>")
    h += ["</main>", f"<footer>{s['foot']}</footer>", "</body>", "</html>"]
    return "\n".join(h) + "\n"


# ---------------------------------------------------------------- gold
SENT_RE = re.compile(r"(?<=[.!؟?])\s+|\n+")


def sentences(text):
    out, pos = [], 0
    for m in SENT_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


LETTER = re.compile(r"[\w\u200c]")


def find_entities(text, forms):
    """forms: {surface: (type, canonical, code)} -> flat, maximal occurrences."""
    cands = []
    for f, (t, can, code) in forms.items():
        for m in re.finditer(re.escape(f), text):
            s, e = m.start(), m.end()
            if s > 0 and LETTER.match(text[s - 1]):
                continue
            if e < len(text) and LETTER.match(text[e]):
                continue
            cands.append((s, e, f, t, can, code))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out, last = [], -1
    for c in cands:
        if c[0] < last:
            continue
        out.append(c)
        last = c[1]
    return out


ERRORS = []


def err(a, msg):
    ERRORS.append(f"{a['name']}: {msg}")


def build_gold(a):
    text = "\n\n".join(x for x in [a["title"], a["lead"]] + a["body"] if x)
    forms = {}
    for f in a.get("ents", []):
        if isinstance(f, tuple):
            forms[z(f[0])] = f[1:]
        else:
            forms[z(f)] = GLOBAL_ENT[f]
    for f, v in GLOBAL_ENT.items():
        if a.get("auto", True) and z(f) in text and z(f) not in forms and f not in a.get("noent", []):
            forms[z(f)] = v
    ents = []
    for s, e, f, t, can, code in find_entities(text, forms):
        ents.append({"text": f, "type": t, "canonical": can, "code": code, "start": s, "end": e})
    for f in forms:
        if f not in text:
            err(a, f"entity form not in text: {f}")
    quotes = []
    for sp, spt, qt, direct in a.get("quotes", []):
        qt, spt = z(qt), z(spt)
        k = text.find(qt)
        if k < 0 or text.count(qt) != 1:
            err(a, f"quote not found once: {qt[:40]}")
            continue
        if spt and spt not in text:
            err(a, f"speaker_text not in text: {spt}")
        quotes.append({"text": qt, "speaker": sp, "speaker_text": spt, "direct": direct, "start": k, "end": k + len(qt)})
    for m in re.finditer("«([^»]*)»", text):
        if not any(q["direct"] and q["text"].strip("،. ") in m.group(1) for q in quotes):
            err(a, "«» without a direct quote: " + m.group(1)[:30])
    sents = sentences(text)
    events = []
    for ev in a.get("events", []):
        src, st, tgt, tt, code, neg, frag = ev
        st, tt, frag = z(st), z(tt), z(frag)
        if code not in CAMEO:
            err(a, f"unknown CAMEO {code}")
        if text.count(frag) != 1:
            err(a, f"event fragment not found once ({text.count(frag)}): {frag[:40]}")
            continue
        k = text.find(frag)
        ss = [(s, e) for s, e in sents if s <= k and k + len(frag) <= e]
        if len(ss) != 1:
            err(a, f"event fragment crosses sentences: {frag[:40]}")
            continue
        s, e = ss[0]
        for x in (st, tt):
            if x and x not in text:
                err(a, f"actor text not in text: {x}")
        events.append({"source": src, "source_text": st, "target": tgt, "target_text": tt, "cameo": code,
                       "root": code[:2], "plover": plover_of(code), "negated": neg, "sentence": text[s:e],
                       "start": s, "end": e})
    gold = {"title": a["title"], "lead": a["lead"], "body": a["body"], "agency": a["agency"],
            "section": a["section"], "published": a["published"], "attributed_sources": a.get("sources", []),
            "text": text, "entities": ents, "quotes": quotes, "events": events, "notes": a.get("notes", "")}
    return gold


# ---------------------------------------------------------------- checks
def check_orth(a, gold):
    parts = [gold["title"], gold["lead"] or "", gold["section"] or ""] + gold["body"]
    for p in parts:
        if re.search("[ادذرزژو]" + ZW, p):
            err(a, "ZWNJ after non-joining letter: " + p[max(0, re.search("[ادذرزژو]" + ZW, p).start() - 10):][:30])
        if re.search(r"(^|\s)(می|نمی) (?=\S)", p):
            m = re.search(r"(^|\s)(می|نمی) \S+", p)
            err(a, "detached می: " + m.group(0))
        if re.search(r"\s(ها|های|هایی|ترین|تر)(\s|$|[.،])", p):
            err(a, "detached suffix: " + re.search(r"\S+\s(ها|های|هایی|ترین|تر)(\s|$|[.،])", p).group(0))
        if re.search("[يك]", p):
            err(a, "Arabic letter")
        if re.search("[0-9٠-٩]", p):
            err(a, "non-Persian digit: " + re.search(".{0,10}[0-9٠-٩].{0,10}", p).group(0))
        if "  " in p:
            err(a, "double space")
        if "_" in p:
            err(a, "underscore")
        if re.search(r"\s[،.؛:]", p):
            err(a, "space before punctuation: " + re.search(r".{0,10}\s[،.؛:]", p).group(0))


def check_page(a, page, gold):
    plain = html.unescape(page)
    for p in [gold["title"], gold["lead"]] + gold["body"]:
        if p and degrade(p, a.get("deg")) not in plain:
            err(a, "not on page: " + p[:40])


def main():
    for s in SITES.values():
        for k, v in list(s.items()):
            if isinstance(v, str):
                s[k] = z(v)
            elif isinstance(v, list):
                s[k] = [z(x) for x in v]
    names = Counter(a["name"] for a in ARTICLES)
    for n, c in names.items():
        if c > 1:
            ERRORS.append(f"duplicate {n}")
    stats = {"ent": Counter(), "qd": 0, "qr": 0, "roots": Counter(), "neg": 0, "nullt": 0, "ev": 0,
             "kinds": Counter(), "agencies": Counter()}
    for i, a in enumerate(ARTICLES):
        for k in ("title", "lead", "section", "kicker"):
            a[k] = z(a.get(k))
        a["body"] = [z(p) for p in a["body"]]
        a["related"] = [z(r) for r in a.get("related", [])]
        a["tags"] = [z(t) for t in a.get("tags", [])]
        a["caption"] = z(a.get("caption"))
        gold = build_gold(a)
        check_orth(a, gold)
        page = render_txt(a, i) if a["kind"] == "txt" else render_html(a, i)
        page = degrade(page, a.get("deg"))
        check_page(a, page, gold)
        with open(os.path.join(OUT, f"{a['name']}.{a['kind']}"), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(OUT, f"{a['name']}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        for e in gold["entities"]:
            stats["ent"][e["type"]] += 1
        for q in gold["quotes"]:
            stats["qd" if q["direct"] else "qr"] += 1
        for e in gold["events"]:
            stats["roots"][e["root"]] += 1
            stats["ev"] += 1
            stats["neg"] += e["negated"]
            stats["nullt"] += e["target"] is None
        stats["kinds"][a["kind"]] += 1
        stats["agencies"][a["agency"]] += 1
    print("pages:", len(ARTICLES), dict(stats["kinds"]), "agencies:", len(stats["agencies"]), dict(stats["agencies"]))
    print("no-event pages:", [a["name"] for a in ARTICLES if not a.get("events")])
    print("degraded:", {a["name"]: a["deg"] for a in ARTICLES if a.get("deg")})
    print("entities:", sum(stats["ent"].values()), dict(stats["ent"]))
    print("quotes:", stats["qd"] + stats["qr"], "direct", stats["qd"], "reported", stats["qr"])
    print("events:", stats["ev"], "negated", stats["neg"], "null target", stats["nullt"])
    print("roots:", " ".join(f"{r}:{stats['roots'][r]}" for r in sorted(stats["roots"])),
          "missing:", [f"{k:02d}" for k in range(1, 21) if f"{k:02d}" not in stats["roots"]])
    if ERRORS:
        print("\nERRORS:")
        for e in ERRORS:
            print(" ", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
