"""Render the blind12 pages and gold files from the clean articles, check them, print statistics.

    python eval/dev/blind12/tools/build.py

Articles live in src_a.py, src_b.py, src_c.py ("_" stands for ZWNJ there).
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
OUT = TOOLS.parent
REPO = OUT.parents[2]
sys.path.insert(0, str(TOOLS))

import src_a  # noqa: E402
import src_b  # noqa: E402
import src_c  # noqa: E402

ZW = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"
LAT = "0123456789"

CAMEO = {}
for line in (REPO / "rasad/events/data/cameo.tsv").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#"):
        c, name = line.split("\t", 1)
        CAMEO[c] = name
PLOVER = {}
for line in (REPO / "rasad/events/data/cameo_plover.tsv").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#"):
        p, t, m = line.split("\t")
        PLOVER[p] = (t, m)


def plover(code):
    for n in range(len(code), 0, -1):
        if code[:n] in PLOVER:
            t, m = PLOVER[code[:n]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


AG = {
    "tasnim": dict(name="خبرگزاری تسنیم", suffix=" - خبرگزاری تسنیم | Tasnim", domain="www.tasnimnews.com",
                   menu=["خانه", "سیاسی", "اقتصادی", "اجتماعی", "بین_الملل", "استان_ها", "ورزشی", "فرهنگی"],
                   end="انتهای پیام/"),
    "mehr": dict(name="خبرگزاری مهر", suffix=" - خبرگزاری مهر | اخبار ایران و جهان | Mehr News Agency",
                 domain="www.mehrnews.com",
                 menu=["صفحه نخست", "سیاست", "جامعه", "اقتصاد", "بین_الملل", "استان_ها", "فرهنگ و هنر"], end=None),
    "irna": dict(name="ایرنا", suffix=" - ایرنا", domain="www.irna.ir",
                 menu=["صفحه اصلی", "سیاست", "اقتصاد", "جامعه", "جهان", "استان_ها", "چندرسانه_ای"], end="۶۰۹۴**۲۰۶۹"),
    "isna": dict(name="خبرگزاری دانشجویان ایران | ایسنا", suffix=" - ایسنا", domain="www.isna.ir",
                 menu=["سیاسی", "دانشگاه", "اقتصادی", "اجتماعی", "بین_الملل", "ورزشی", "ایسنا+"], end="انتهای پیام"),
    "fars": dict(name="خبرگزاری فارس", suffix=" | خبرگزاری فارس", domain="www.farsnews.ir",
                 menu=["خانه", "سیاسی", "اقتصادی", "اجتماعی", "بین_الملل", "ورزش", "فرهنگ"], end="انتهای پیام/"),
    "hamshahri": dict(name="همشهری آنلاین", suffix=" | همشهری آنلاین", domain="www.hamshahrionline.ir",
                      menu=["صفحه اول", "تهران", "سیاسی", "اقتصادی", "فرهنگی", "ورزشی", "دانش"], end=None),
    "khabaronline": dict(name="خبرآنلاین", suffix=" - خبرآنلاین", domain="www.khabaronline.ir",
                         menu=["سیاسی", "اقتصادی", "اجتماعی", "جهان", "فرهنگی", "ورزشی", "تکنولوژی"], end=None),
    "yjc": dict(name="باشگاه خبرنگاران جوان", suffix=" | خبرگزاری باشگاه خبرنگاران", domain="www.yjc.ir",
                menu=["صفحه نخست", "سیاسی", "اجتماعی", "حوادث", "ورزش", "اقتصادی", "استانها"], end="انتهای پیام/"),
    "ilna": dict(name="ایلنا", suffix=" - ایلنا", domain="www.ilna.ir",
                 menu=["کارگری", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "بین_الملل"], end="انتهای پیام/"),
    "entekhab": dict(name="پایگاه خبری تحلیلی انتخاب", suffix=" - انتخاب", domain="www.entekhab.ir",
                     menu=["سیاسی", "اقتصادی", "اجتماعی", "بین_الملل", "ورزشی", "فرهنگی"], end=None),
    "asriran": dict(name="عصر ایران", suffix=" - عصر ایران", domain="www.asriran.com",
                    menu=["سیاسی", "اقتصادی", "اجتماعی", "جهان", "ورزشی", "فرهنگی", "خواندنی"], end=None),
    "donya-e-eqtesad": dict(name="دنیای اقتصاد", suffix=" - دنیای اقتصاد", domain="donya-e-eqtesad.com",
                            menu=["بازارها", "کلان", "صنعت", "بورس", "طلا و ارز", "مسکن"], end=None),
    "shargh": dict(name="روزنامه شرق", suffix=" | روزنامه شرق", domain="www.sharghdaily.com",
                   menu=["سیاست", "اقتصاد", "جامعه", "فرهنگ", "جهان", "اندیشه"], end=None),
    "radiofarda": dict(name="رادیو فردا", suffix=" - رادیو فردا", domain="www.radiofarda.com",
                       menu=["ایران", "جهان", "اقتصاد", "حقوق بشر", "ویدیو", "پادکست"], end=None),
    "iranintl": dict(name="ایران اینترنشنال", suffix=" | ایران اینترنشنال", domain="www.iranintl.com",
                     menu=["ایران", "جهان", "اقتصاد", "ورزش", "ویدیو", "دیدگاه"], end=None),
}

MONTH_FA = {11: "نوامبر", 12: "دسامبر"}
WEEKDAY = {22: "یکشنبه", 23: "دوشنبه", 24: "سه_شنبه", 25: "چهارشنبه", 26: "پنجشنبه", 27: "جمعه", 28: "شنبه",
           29: "یکشنبه"}


def fa(s):
    return "".join(FA[int(c)] if c in LAT else c for c in str(s))


def z(s):
    return s.replace("_", ZW) if isinstance(s, str) else s


def degrade(s, how):
    if not how:
        return s
    if "arabic" in how:
        s = s.replace("ی", "ي").replace("ک", "ك")
    if "nozwnj" in how:
        s = s.replace(ZW, "")
    if how == "zwnjspace":
        s = s.replace(ZW, " ")
    if how == "latin":
        s = "".join(LAT[FA.index(c)] if c in FA else c for c in s)
    if how == "arabicdigits":
        s = "".join(AR[FA.index(c)] if c in FA else c for c in s)
    return s


def date_line(a, style):
    iso = a["published"]
    d = int(iso[8:10])
    hm = iso[11:16] if len(iso) > 10 else None
    jd = d - 21
    if style == "jalali":
        return fa(f"{jd} آذر ۱۴۰۵") + (fa(f" - {hm}") if hm else "")
    if style == "jalali_week":
        return z(WEEKDAY[d]) + fa(f" {jd} آذر ۱۴۰۵") + (fa(f" ساعت {hm}") if hm else "")
    if style == "slash":
        return f"1405/09/{jd:02d}" + (f" - {hm}" if hm else "")
    if style == "greg":
        return fa(f"{d} نوامبر ۲۰۲۶") + (fa(f" - {hm} GMT") if hm else "")
    raise ValueError(style)


SENT_END = re.compile(r"(?<=[.!؟?])\s+|\n+")


def sentences(text):
    spans, pos = [], 0
    for m in SENT_END.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if e > s]


ERR = []


def err(name, msg):
    ERR.append(f"{name}: {msg}")


def bounded(text, form):
    return re.finditer(r"(?<![\w\u200c])" + re.escape(form) + r"(?![\w\u200c])", text)


def build_article(a):
    name = a["name"]
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    parts = [title] + ([lead] if lead else []) + body
    text = "\n\n".join(parts)
    sents = sentences(text)
    ents, taken = [], []
    forms = sorted({(z(e[0]), e[1], e[2], e[3]) for e in a["entities"]}, key=lambda e: -len(e[0]))
    for form, typ, canon, code in forms:
        n = 0
        for m in bounded(text, form):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            ents.append({"text": form, "type": typ, "canonical": canon, "code": code,
                         "start": m.start(), "end": m.end()})
            n += 1
        if not n:
            err(name, f"entity not in text: {form}")
        if typ not in ("PER", "ORG", "GPE", "LOC"):
            err(name, f"bad type {typ}")
    ents.sort(key=lambda e: e["start"])
    quotes = []
    for speaker, stext, qtext, direct in a.get("quotes", []):
        qtext, stext = z(qtext), z(stext)
        i = text.find(qtext)
        if i < 0:
            err(name, f"quote not in text: {qtext[:40]}")
            continue
        if stext and stext not in text:
            err(name, f"speaker_text not in text: {stext}")
        quotes.append({"text": qtext, "speaker": speaker, "speaker_text": stext, "direct": direct,
                       "start": i, "end": i + len(qtext)})
    events = []
    for src, stext, tgt, ttext, code, neg, frag in a.get("events", []):
        stext, ttext, frag = z(stext), z(ttext), z(frag)
        if code not in CAMEO:
            err(name, f"unknown CAMEO {code}")
        for t in (stext, ttext):
            if t and t not in text:
                err(name, f"actor text not in text: {t}")
        if text.count(frag) != 1:
            err(name, f"fragment found {text.count(frag)} times: {frag}")
            continue
        i = text.find(frag)
        ss = [(s, e) for s, e in sents if s <= i and i + len(frag) <= e]
        if len(ss) != 1:
            err(name, f"fragment not inside one sentence: {frag}")
            continue
        s, e = ss[0]
        events.append({"source": src, "source_text": stext, "target": tgt, "target_text": ttext,
                       "cameo": code, "root": code[:2], "plover": plover(code), "negated": neg,
                       "sentence": text[s:e], "start": s, "end": e})
    gold = {
        "title": title, "lead": lead, "body": body, "agency": a["agency"], "section": z(a["section"]),
        "published": a["published"], "attributed_sources": a.get("sources", []), "text": text,
        "entities": ents, "quotes": quotes, "events": events, "notes": z(a.get("notes", "")),
    }
    return gold


# ---------------------------------------------------------------- rendering

def render_txt(a, g):
    ag = AG[a["agency"]]
    lay = a.get("layout", {})
    L = []
    menu = [z(m) for m in ag["menu"]]
    ms = lay.get("menu", "lines")
    if ms == "lines":
        L += menu
    elif ms == "one":
        L.append("  ".join(menu))
    else:
        L.append(" | ".join(menu))
    L.append(z("امروز: یکشنبه ۸ آذر ۱۴۰۵"))
    crumbs = ["خانه"] + [z(c) for c in a["crumbs"]]
    L.append(" > ".join(crumbs))
    if lay.get("suffix", True):
        L.append(g["title"] + z(ag["suffix"]))
    if a.get("kicker"):
        L.append(z(a["kicker"]))
    L.append(g["title"])
    dl = date_line(a, lay.get("date", "jalali"))
    top = lay.get("datepos", "top") == "top"
    if top:
        L.append(("تاریخ انتشار: " if lay.get("datelabel") else "") + dl)
    if g["lead"]:
        L.append(g["lead"])
    L += g["body"]
    if ag["end"]:
        L.append(z(ag["end"]))
    if not top:
        L.append(dl)
    if a.get("tags"):
        L.append("برچسب_ها: ".replace("_", ZW) + "، ".join(z(t) for t in a["tags"]))
    L.append(z("اخبار مرتبط"))
    L += [z(r) for r in a.get("related", [])]
    L.append(z("اشتراک گذاری: تلگرام | واتساپ | ایکس | لینک کوتاه"))
    L.append(z(f"تمامی حقوق این سایت متعلق به {ag['name']} است."))
    sep = "\n" if lay.get("compact") else "\n\n"
    return degrade(sep.join(L) + "\n", a.get("degrade"))


def render_html(a, g):
    ag = AG[a["agency"]]
    e = html.escape
    url = f"https://{ag['domain']}/news/{a['id']}/"
    full_title = g["title"] + z(ag["suffix"])
    iso = a["published"]
    meta_time = iso[:16] + ":00" + iso[16:] if len(iso) > 10 else iso
    H = ["<!DOCTYPE html>", '<html lang="fa" dir="rtl">', "<head>", '<meta charset="utf-8">',
         f"<title>{e(full_title)}</title>",
         f'<meta property="og:title" content="{e(g["title"])}">',
         f'<meta property="og:site_name" content="{e(z(ag["name"]))}">',
         f'<meta property="og:url" content="{url}">', '<meta property="og:type" content="article">']
    if g["lead"]:
        H.append(f'<meta property="og:description" content="{e(g["lead"])}">')
    if a.get("meta_time", True):
        H.append(f'<meta property="article:published_time" content="{meta_time}">')
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": g["title"],
              "datePublished": meta_time, "articleSection": g["section"],
              "publisher": {"@type": "Organization", "name": z(ag["name"])}, "mainEntityOfPage": url}
        H.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    H += ["</head>", "<body>", '<header class="site-header">', f'<a class="logo" href="/">{e(z(ag["name"]))}</a>',
          '<nav class="main-menu"><ul>']
    H += [f'<li><a href="/{i}">{e(z(m))}</a></li>' for i, m in enumerate(ag["menu"])]
    H += ["</ul></nav>", f'<div class="today">{e(z("یکشنبه ۸ آذر ۱۴۰۵"))}</div>', "</header>", "<main>",
          '<article class="news">', '<ol class="breadcrumb">']
    H += [f'<li><a href="/">{e("خانه")}</a></li>'] + [f'<li><a href="#">{e(z(c))}</a></li>' for c in a["crumbs"]]
    H.append("</ol>")
    if a.get("kicker"):
        H.append(f'<div class="kicker">{e(z(a["kicker"]))}</div>')
    H.append(f'<h1 class="title">{e(g["title"])}</h1>')
    lay = a.get("layout", {})
    H.append(f'<time class="date" datetime="{meta_time}">{e(date_line(a, lay.get("date", "jalali")))}</time>')
    if g["lead"]:
        H.append(f'<p class="lead summary">{e(g["lead"])}</p>')
    H.append('<div class="body">')
    for i, p in enumerate(g["body"]):
        H.append(f"<p>{e(p)}</p>")
        if i == 0:
            H.append(f'<figure><img src="/img/{a["id"]}.jpg" alt=""><figcaption>{e(z(a.get("caption", "عکس تزئینی است")))}</figcaption></figure>')
        if i == 1 and a.get("related"):
            H.append(f'<div class="see-also"><strong>{e(z("بیشتر بخوانید:"))}</strong> <a href="#">{e(z(a["related"][0]))}</a></div>')
    if ag["end"]:
        H.append(f'<p class="end">{e(z(ag["end"]))}</p>')
    H.append("</div>")
    if a.get("tags"):
        H.append('<ul class="tags">' + "".join(f'<li><a href="#">{e(z(t))}</a></li>' for t in a["tags"]) + "</ul>")
    H.append(f'<div class="share">{e(z("اشتراک گذاری"))} <a href="#">تلگرام</a> <a href="#">واتساپ</a> <a href="#">X</a></div>')
    H.append("</article>")
    H.append(f'<section class="related"><h3>{e(z("اخبار مرتبط"))}</h3><ul>')
    H += [f'<li><a href="#">{e(z(r))}</a></li>' for r in a.get("related", [])]
    H += ["</ul></section>", "</main>", f'<footer>{e(z("کلیه حقوق برای " + ag["name"] + " محفوظ است."))}</footer>',
          "</body>", "</html>"]
    return degrade("\n".join(H) + "\n", a.get("degrade"))


# ---------------------------------------------------------------- checks

NONJOIN = "اآأإدذرزژو"


def check_ortho(name, s, where):
    if re.search(f"[{NONJOIN}]{ZW}", s):
        err(name, f"{where}: ZWNJ after non-joining letter: {re.search(f'.{{0,8}}[{NONJOIN}]{ZW}.{{0,8}}', s).group()}")
    for pat, what in [(r"(?<![\w\u200c])(ن?می) ", "detached می"), (r" (ها|های|هایی|ترین|تری)(?![\w\u200c])", "detached suffix"),
                      (r"[يك]", "Arabic ي/ك"), (r"[0-9٠-٩]", "non-Persian digit"), (r"  ", "double space"),
                      (ZW + ZW, "double ZWNJ"), (r"[\u0640\u064c-\u065f]", "tatweel/diacritic")]:
        m = re.search(pat, s)
        if m:
            err(name, f"{where}: {what}: {s[max(0, m.start() - 10):m.end() + 10]!r}")
    if "_" in s:
        err(name, f"{where}: stray _")


def main():
    arts = src_a.ARTICLES + src_b.ARTICLES + src_c.ARTICLES
    names = [a["name"] for a in arts]
    assert len(names) == len(set(names)), "duplicate names"
    for old in OUT.glob("*.gold.json"):
        old.unlink()
    for old in list(OUT.glob("*.txt")) + list(OUT.glob("*.html")):
        old.unlink()
    st = dict(ent=Counter(), qd=Counter(), roots=Counter(), neg=0, nullt=0, ev=0, kinds=Counter(), ag=Counter())
    for a in arts:
        name = a["name"]
        g = build_article(a)
        page = render_txt(a, g) if a["kind"] == "txt" else render_html(a, g)
        (OUT / f"{name}.{a['kind']}").write_text(page, encoding="utf-8")
        (OUT / f"{name}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        # checks
        for where, s in [("title", g["title"]), ("lead", g["lead"] or "")] + [(f"body{i}", p) for i, p in enumerate(g["body"])]:
            check_ortho(name, s, where)
            probe = degrade(s, a.get("degrade"))
            if a["kind"] == "html":
                probe = html.escape(probe)
            if probe not in page:
                err(name, f"{where} not on page")
        if a["agency"] not in AG:
            err(name, "unknown agency")
        # stats
        st["kinds"][a["kind"]] += 1
        st["ag"][a["agency"]] += 1
        for en in g["entities"]:
            st["ent"][en["type"]] += 1
        for q in g["quotes"]:
            st["qd"]["direct" if q["direct"] else "reported"] += 1
        for ev in g["events"]:
            st["ev"] += 1
            st["roots"][ev["root"]] += 1
            st["neg"] += ev["negated"]
            st["nullt"] += ev["target"] is None
    print(f"pages {len(arts)}: {dict(st['kinds'])}; agencies {dict(st['ag'])}")
    print(f"entities {sum(st['ent'].values())}: {dict(st['ent'].most_common())}")
    print(f"quotes {sum(st['qd'].values())}: {dict(st['qd'])}")
    print(f"events {st['ev']}; negated {st['neg']}; null target {st['nullt']}")
    print("roots " + " ".join(f"{r}:{st['roots'][r]}" for r in sorted(st["roots"])))
    missing = [f"{i:02d}" for i in range(1, 21) if st["roots"][f"{i:02d}"] == 0]
    if missing:
        print("MISSING ROOTS", missing)
    for e_ in ERR:
        print("ERROR", e_)
    print("OK" if not ERR else f"{len(ERR)} errors")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
