"""Render eval/heldout5: pages (NAME.txt / NAME.html) and gold (NAME.gold.json).

The clean articles and their annotation live in src_a.py, src_b.py, src_c.py ("_" = ZWNJ).
Run: python eval/heldout5/tools/build.py
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
REPO = OUT.parent.parent
sys.path.insert(0, str(HERE))

import src_a  # noqa: E402
import src_b  # noqa: E402
import src_c  # noqa: E402

ARTS = src_a.ARTS + src_b.ARTS + src_c.ARTS
Z = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
WD = {22: "یکشنبه", 23: "دوشنبه", 24: "سه_شنبه", 25: "چهارشنبه", 26: "پنجشنبه", 27: "جمعه",
      28: "شنبه", 29: "یکشنبه"}
GMON = "نوامبر"


def z(s):
    return s.replace("_", Z) if isinstance(s, str) else s


def fa(s):
    return "".join(FA[int(c)] if c.isdigit() and c.isascii() else c for c in str(s))


def load_tsv(name):
    rows = {}
    for line in (REPO / "rasad/events/data" / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        rows[parts[0]] = parts[1:]
    return rows


CAMEO = load_tsv("cameo.tsv")
PLOVER = load_tsv("cameo_plover.tsv")


def plover(code):
    for n in range(len(code), 0, -1):
        if code[:n] in PLOVER:
            et, mode = PLOVER[code[:n]][0], PLOVER[code[:n]][1]
            if et == "-":
                return None
            return {"event_type": et, "mode": None if mode == "-" else mode}
    return None


# ---------------------------------------------------------------- dates
def parse_pub(p):
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?", p)
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    hm = (m[4], m[5]) if m[4] else None
    assert (y, mo) == (2026, 11) and 22 <= d <= 29, p
    return d, hm


def jalali(p, style):
    d, hm = parse_pub(p)
    jd = d - 21
    t = f"{hm[0]}:{hm[1]}" if hm else ""
    if style == 0:
        s = f"{fa(jd)} آذر {fa(1405)}" + (f" - {fa(t)}" if t else "")
    elif style == 1:
        s = f"1405/09/{jd:02d}" + (f" {t}" if t else "")
    elif style == 2:
        s = f"{WD[d]} {fa(jd)} آذر {fa(1405)}" + (f" ساعت {fa(t)}" if t else "")
    else:
        s = f"تاریخ انتشار: {fa(jd)} آذر {fa(1405)}" + (f"، {fa(t)}" if t else "")
    return z(s)


def greg(p, style):
    d, hm = parse_pub(p)
    t = f"{hm[0]}:{hm[1]}" if hm else ""
    zone = p[16:] if hm else ""
    if style == 0:
        s = f"{fa(d)} {GMON} {fa(2026)}" + (f" - {fa(t)}" if t else "")
    else:
        off = {"+00:00": "GMT", "+01:00": "GMT+۱", "+03:30": "GMT+۳:۳۰"}.get(zone, "")
        s = f"{fa(d)}/{fa(11)}/{fa(2026)}" + (f" - {fa(t)} {off}" if t else "")
    return s


# ---------------------------------------------------------------- sites
SITES = {
    "tasnim": dict(name="خبرگزاری تسنیم", menu=["صفحه اول | سیاسی | اقتصادی | بین_الملل | ورزشی | فرهنگی | استان_ها", "تسنیم _ اخبار ایران و جهان"], end="انتهای پیام/", jal=0, foot=["درباره ما | تماس با ما | آرشیو | RSS", "کلیه حقوق این سایت متعلق به خبرگزاری تسنیم است."]),
    "irna": dict(name="ایرنا", menu=["خبرگزاری جمهوری اسلامی", "سیاست | اقتصاد | جامعه | بین_الملل | فرهنگ | ورزش | عکس"], end=None, jal=2, foot=["پیوندها: دولت | مجلس | قوه قضاییه", "© تمامی حقوق برای خبرگزاری جمهوری اسلامی محفوظ است."]),
    "mehr": dict(name="خبرگزاری مهر", menu=["مهر | صفحه اصلی | سیاست | جامعه | اقتصاد | دنیا | ورزش | فرهنگ و ادب"], end=None, jal=0, foot=["آگهی: بلیت ارزان پرواز_های داخلی را از ما بخرید", "کلیه حقوق برای خبرگزاری مهر محفوظ است."]),
    "fars": dict(name="خبرگزاری فارس", menu=["فارس من | سیاسی | اقتصادی | اجتماعی | بین_الملل | ورزش | استان_ها"], end="انتهای پیام/", jal=1, foot=["تبلیغات | قوانین و مقررات | تماس با ما", "استفاده از مطالب با ذکر منبع آزاد است."]),
    "isna": dict(name="ایسنا", menu=["خبرگزاری دانشجویان ایران", "علمی و دانشگاهی | سیاسی | اقتصادی | بین_الملل | ورزشی | استان_ها"], end="انتهای پیام", jal=2, foot=["ایسنا در شبکه_های اجتماعی", "حامی رسانه_ای: همراه اول"]),
    "bbcpersian": dict(name="بی_بی_سی فارسی", menu=["BBC News فارسی", "خانه | ایران | جهان | اقتصاد | ورزش | ویدیو"], end=None, greg=0, foot=["چرا می_توانید به بی_بی_سی اعتماد کنید", "© ۲۰۲۶ بی_بی_سی. بی_بی_سی مسئول محتوای سایت_های دیگر نیست."]),
    "radiofarda": dict(name="رادیو فردا", menu=["رادیو فردا", "ایران | جهان | اقتصاد | فرهنگ | ویدیو | پادکست"], end=None, greg=1, foot=["درباره ما | حریم خصوصی | تماس", "رادیو فردا © ۲۰۲۶"]),
    "iranintl": dict(name="ایران اینترنشنال", menu=["ایران اینترنشنال | اخبار | ایران | جهان | اقتصاد | ویدیو | زنده"], end=None, greg=0, foot=["دانلود اپلیکیشن ایران اینترنشنال", "همه حقوق محفوظ است © ۲۰۲۶"]),
    "khabaronline": dict(name="خبرآنلاین", menu=["خبرآنلاین | سیاسی | اقتصادی | جهان | اجتماعی | ورزشی | فرهنگی"], end=None, jal=3, foot=["پربازدیدترین_ها | پربحث_ترین_ها", "کلیه حقوق برای خبرآنلاین محفوظ است."]),
    "entekhab": dict(name="پایگاه خبری انتخاب", menu=["انتخاب | سیاسی | بین_الملل | اقتصادی | اجتماعی | فرهنگی | ورزش"], end=None, jal=1, foot=["آگهی: خرید اقساطی لوازم خانگی", "پایگاه خبری تحلیلی انتخاب"]),
    "euronews-fa": dict(name="یورونیوز فارسی", menu=["euronews فارسی", "اخبار | اروپا | جهان | اقتصاد | فرهنگ | سبک زندگی"], end=None, greg=1, foot=["یورونیوز را در شبکه_های اجتماعی دنبال کنید", "Copyright © euronews 2026"]),
    "hamshahri": dict(name="همشهری آنلاین", menu=["همشهری آنلاین | تهران | ایران | جهان | اقتصاد | ورزش | فرهنگ"], end=None, jal=2, foot=["اشتراک روزنامه همشهری", "حق نشر برای همشهری آنلاین محفوظ است."]),
    "yjc": dict(name="باشگاه خبرنگاران جوان", menu=["باشگاه خبرنگاران جوان | اخبار | ورزش | بین_الملل | علم و فناوری | فرهنگ و هنر"], end="انتهای پیام/", jal=0, foot=["آگهی: بسته_های اینترنت همراه", "تمامی حقوق برای باشگاه خبرنگاران جوان محفوظ است."]),
    "ilna": dict(name="ایلنا", menu=["خبرگزاری کار ایران", "کارگری | سیاسی | اقتصادی | اجتماعی | بین_الملل"], end="انتهای پیام/", jal=1, foot=["ایلنا: صدای کارگران", "نقل مطالب با ذکر منبع آزاد است."]),
    "donya-e-eqtesad": dict(name="دنیای اقتصاد", menu=["دنیای اقتصاد | بورس | بانک و بیمه | انرژی | بین_الملل | نفت"], end=None, jal=3, foot=["اشتراک نسخه چاپی دنیای اقتصاد", "کلیه حقوق متعلق به دنیای اقتصاد است."]),
    "shargh": dict(name="روزنامه شرق", menu=["شرق | سیاسی | اجتماعی | اقتصادی | اندیشه | فرهنگ"], end=None, jal=2, foot=["روزنامه شرق را مشترک شوید", "تمامی حقوق محفوظ است."]),
    "aftab": dict(name="آفتاب_نیوز", menu=["آفتاب | سیاسی | جهان | اقتصادی | اجتماعی | ورزشی"], end=None, jal=0, foot=["حامی: بیمه آسیا", "آفتاب_نیوز © ۱۴۰۵"]),
}
ZONE_NAME = {"+03:30": "", "+00:00": "", "+01:00": ""}


def date_show(a):
    s = SITES[a["agency"]]
    if a.get("published") is None:
        return None
    if "greg" in s:
        return greg(a["published"], s["greg"])
    return jalali(a["published"], s["jal"])


def degrade(s, how):
    for h in (how or "").split("+"):
        if h == "nozwnj":
            s = s.replace(Z, "")
        elif h == "zwnjspace":
            s = s.replace(Z, " ")
        elif h == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif h == "latin":
            s = "".join(str(FA.index(c)) if c in FA else c for c in s)
    return s


def render_txt(a):
    s = SITES[a["agency"]]
    L = [z(x) for x in s["menu"]]
    if a.get("section"):
        L.append(z(f"خانه > {a.get('crumb', a['section'])}"))
    ds = date_show(a)
    if a.get("date_pos", "top") == "top" and ds:
        L.append(ds)
    if a.get("kicker"):
        L.append(z(a["kicker"]))
    L.append(z(a["title"]))
    if a.get("title_twice"):
        L.append(z(a["title"]) + " - " + z(s["name"]))
    if a.get("lead"):
        L.append(z(a["lead"]))
    for p in a["body"]:
        L.append(z(p))
    if s.get("end"):
        L.append(z(s["end"]))
    if a.get("date_pos") == "bottom" and ds:
        L.append(ds)
    if a.get("tags"):
        L.append(z("برچسب_ها: " + "، ".join(a["tags"])))
    for r in a.get("related", []):
        L.append(z("مطالب مرتبط: " + r))
    L += [z(x) for x in s["foot"]]
    sep = "\n" if a.get("compact") else "\n\n"
    return degrade(sep.join(L), a.get("degrade")) + "\n"


def render_html(a):
    s = SITES[a["agency"]]
    e = lambda x: html.escape(z(x), quote=True)  # noqa: E731
    site = e(s["name"])
    pub = a.get("published")
    iso = None
    if pub:
        iso = pub if len(pub) > 10 else pub + "T00:00:00+03:30"
        if len(pub) > 10:
            iso = pub[:16] + ":00" + pub[16:]
    head = [f'<meta charset="utf-8">', f"<title>{e(a['title'])} - {site}</title>",
            f'<meta property="og:title" content="{e(a["title"])}">',
            f'<meta property="og:site_name" content="{site}">', '<meta property="og:type" content="article">']
    if a.get("lead"):
        head.append(f'<meta property="og:description" content="{e(a["lead"])}">')
    if iso:
        head.append(f'<meta property="article:published_time" content="{iso}">')
    if a.get("section"):
        head.append(f'<meta property="article:section" content="{e(a["section"])}">')
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": a["jsonld"], "headline": z(a["title"]),
              "datePublished": iso, "articleSection": z(a.get("section") or ""),
              "publisher": {"@type": "Organization", "name": z(s["name"])}}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    nav = "".join(f'<li><a href="/s/{i}">{html.escape(x.strip())}</a></li>'
                  for i, x in enumerate(z(s["menu"][-1]).split("|")))
    B = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', "<head>", *head, "</head>", "<body>",
         f'<header><div class="logo">{site}</div><nav><ul>{nav}</ul></nav>'
         f'<div class="today">{e("امروز: یکشنبه ۸ آذر ۱۴۰۵")}</div></header>', "<main>"]
    if a.get("section"):
        B.append(f'<div class="breadcrumb"><a href="/">{e("صفحه نخست")}</a> » '
                 f'<a href="/section">{e(a.get("crumb", a["section"]))}</a></div>')
    B.append('<article class="news">')
    if a.get("kicker"):
        B.append(f'<div class="kicker">{e(a["kicker"])}</div>')
    B.append(f"<h1>{e(a['title'])}</h1>")
    ds = date_show(a)
    if ds:
        B.append(f'<div class="date"><time datetime="{iso}">{e(ds)}</time></div>')
    if a.get("lead"):
        B.append(f'<p class="lead">{e(a["lead"])}</p>')
    if a.get("caption"):
        B.append(f'<figure><img src="/img/{a["name"]}.jpg" alt=""><figcaption>{e(a["caption"])}</figcaption></figure>')
    B.append('<div class="article-body">')
    for i, p in enumerate(a["body"]):
        B.append(f"<p>{e(p)}</p>")
        if i == 1 and a.get("related"):
            B.append(f'<div class="read-more"><b>{e("بیشتر بخوانید:")}</b> <a href="/n/1">{e(a["related"][0])}</a></div>')
    if s.get("end"):
        B.append(f"<p>{e(s['end'])}</p>")
    B.append("</div>")
    if a.get("tags"):
        B.append('<div class="tags">' + "".join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(a["tags"])) + "</div>")
    B.append(f'<div class="share">{e("اشتراک_گذاری: تلگرام | واتساپ | ایکس | لینک کوتاه")}</div>')
    B.append("</article>")
    if a.get("related"):
        B.append(f'<aside class="related"><h3>{e("اخبار مرتبط")}</h3><ul>' +
                 "".join(f'<li><a href="/n/{i}">{e(r)}</a></li>' for i, r in enumerate(a["related"])) + "</ul></aside>")
    B.append(f'<section class="comments"><h3>{e("نظرات")}</h3><div class="comment"><span>{e("کاربر مهمان")}</span>'
             f'<p>{e(a.get("comment", "خبر خوبی بود، ممنون از پوشش شما."))}</p></div></section>')
    B.append("</main>")
    B.append("<footer>" + "".join(f"<p>{e(x)}</p>" for x in s["foot"]) + "</footer>")
    B.append("</body></html>")
    return degrade("\n".join(B), a.get("degrade")) + "\n"


# ---------------------------------------------------------------- gold
BAD = [(re.compile("[اددذرزژو]" + Z), "ZWNJ after non-joining letter"), (re.compile("[يك]"), "Arabic ي/ك"),
       (re.compile(r"[0-9٠-٩]"), "non-Persian digit"), (re.compile(r"(^|\s)می\s"), "detached می"),
       (re.compile(r"\sها(ی|یی)?(\s|$)"), "detached ها"), (re.compile(r"\sترین(\s|$)"), "detached ترین"),
       (re.compile(Z + r"\s|\s" + Z + "|" + Z + Z), "ZWNJ next to space"), (re.compile("_"), "underscore")]


def check_orth(name, s):
    for rx, msg in BAD:
        m = rx.search(s)
        if m:
            raise SystemExit(f"{name}: {msg}: ...{s[max(0, m.start() - 20):m.end() + 20]}...")


def find_all(text, form):
    rx = re.compile(r"(?<![\w" + Z + "])" + re.escape(form) + r"(?![\w" + Z + "])")
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def split_sentences(text):
    """(start, end) of each sentence: ends at . ! ? ؟ (or a » closing one) outside «», or at a paragraph."""
    out, start, depth, n = [], 0, 0, len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "«":
            depth += 1
        elif c == "»":
            depth = max(0, depth - 1)
        nxt = text[i + 1] if i + 1 < n else "\n"
        end = False
        if c == "\n" and nxt == "\n":
            if i > start:
                out.append((start, i))
            i += 2
            start = i
            depth = 0
            continue
        if depth == 0 and c in ".!?؟" and nxt in " \n":
            end = True
        if depth == 0 and c == "»" and text[i - 1] in ".!?؟" and nxt in " \n":
            end = True
        if end:
            out.append((start, i + 1))
            start = i + 1
            while start < n and text[start] == " ":
                start += 1
            i = start
            continue
        i += 1
    if start < n:
        out.append((start, n))
    return out


def build_gold(a):
    n = a["name"]
    title, lead, body = z(a["title"]), z(a.get("lead")), [z(p) for p in a["body"]]
    parts = [title] + ([lead] if lead else []) + body
    text = "\n\n".join(parts)
    for p in parts:
        check_orth(n, p)
    g = {"title": title, "lead": lead, "body": body, "agency": a["agency"], "section": z(a.get("section")),
         "published": a.get("published"), "attributed_sources": a.get("sources", [])}
    # entities: every boundary-delimited occurrence, flat and maximal
    cands = []
    for form, typ in a["ents"]:
        form = z(form)
        occ = find_all(text, form)
        if not occ:
            raise SystemExit(f"{n}: entity not in text: {form}")
        cands += [(s, e, form, typ) for s, e in occ]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, ents = [], []
    for s, e, form, typ in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        ents.append({"text": form, "type": typ, "start": s, "end": e})
    ents.sort(key=lambda x: x["start"])
    g["entities"] = ents
    sents = split_sentences(text)
    qs = []
    for spk, spk_text, snip, direct in a.get("quotes", []):
        snip = z(snip)
        if text.count(snip) != 1:
            raise SystemExit(f"{n}: quote snippet found {text.count(snip)} times: {snip}")
        k = text.find(snip)
        if direct:
            i = text.rfind("«", 0, k + 1) + 1
            j = text.find("»", k)
            if text.rfind("»", 0, k) > i - 1 or i <= 0:
                raise SystemExit(f"{n}: direct snippet not inside «»: {snip}")
        else:
            assert snip.endswith("که"), snip
            i = k + len(snip) + 1
            j = next(e for s0, e in sents if s0 <= k < e)
            while text[j - 1] in ".!?؟ ":
                j -= 1
        qt = text[i:j]
        if spk_text and z(spk_text) not in text:
            raise SystemExit(f"{n}: speaker_text not in text: {spk_text}")
        qs.append({"speaker": spk, "speaker_text": z(spk_text), "text": qt, "direct": direct,
                   "start": i, "end": j})
    g["quotes"] = qs
    evs = []
    for ev in a.get("events", []):
        src, st, tgt, tt, code, neg, snip = ev
        snip = z(snip)
        if code not in CAMEO:
            raise SystemExit(f"{n}: unknown CAMEO code {code}")
        cnt = text.count(snip)
        if cnt != 1:
            raise SystemExit(f"{n}: event snippet found {cnt} times: {snip}")
        k = text.find(snip)
        i, j = next((s0, e) for s0, e in sents if s0 <= k < e)
        sent = text[i:j]
        if snip not in sent:
            raise SystemExit(f"{n}: event snippet crosses sentences: {snip}")
        for t in (st, tt):
            if t and z(t) not in sent:
                raise SystemExit(f"{n}: actor text not in sentence: {t} / {sent}")
        evs.append({"source": src, "source_text": z(st), "target": tgt, "target_text": z(tt), "cameo": code,
                    "root": code[:2], "plover": plover(code), "negated": neg, "sentence": sent,
                    "start": i, "end": j})
    g["events"] = evs
    if a.get("notes"):
        g["notes"] = z(a["notes"])
    return g, text


def check_page(a, g, page):
    """Every gold string (degraded as the page is) is present on the page."""
    flat = html.unescape(page)
    if a.get("compact") is None:
        flat = flat.replace("\n\n", "\n")
    for s in [g["title"], g["lead"]] + g["body"] + [g["section"]]:
        if s and degrade(s, a.get("degrade")) not in flat:
            raise SystemExit(f"{a['name']}: gold string not on page: {s[:60]}")


def main():
    names = Counter(a["name"] for a in ARTS)
    dup = [k for k, v in names.items() if v > 1]
    assert not dup, dup
    for old in OUT.glob("*.gold.json"):
        old.unlink()
    for old in list(OUT.glob("*.txt")) + list(OUT.glob("*.html")):
        old.unlink()
    stats = Counter()
    roots, codes, rpages = Counter(), {}, {}
    etypes = Counter()
    for a in ARTS:
        g, text = build_gold(a)
        page = render_html(a) if a["kind"] == "html" else render_txt(a)
        check_page(a, g, page)
        (OUT / f"{a['name']}.{a['kind']}").write_text(page, encoding="utf-8")
        (OUT / f"{a['name']}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        stats["pages"] += 1
        stats[a["kind"]] += 1
        stats["entities"] += len(g["entities"])
        stats["quotes"] += len(g["quotes"])
        stats["direct"] += sum(q["direct"] for q in g["quotes"])
        stats["events"] += len(g["events"])
        stats["negated"] += sum(e["negated"] for e in g["events"])
        stats["null_target"] += sum(e["target"] is None for e in g["events"])
        for e in g["entities"]:
            etypes[e["type"]] += 1
        for e in g["events"]:
            roots[e["root"]] += 1
            codes.setdefault(e["root"], Counter())[e["cameo"]] += 1
            rpages.setdefault(e["root"], set()).add(a["name"])
    ag = Counter(a["agency"] for a in ARTS)
    lines = ["| root | events | pages | codes |", "| --- | --- | --- | --- |"]
    for r in sorted(roots):
        lines.append(f"| {r} | {roots[r]} | {len(rpages[r])} | " +
                     ", ".join(f"{c}×{k}" if k > 1 else c for c, k in sorted(codes[r].items())) + " |")
    summary = (f"{stats['pages']} pages ({stats['html']} HTML, {stats['txt']} text dumps), "
               f"{stats['entities']} entities (" + ", ".join(f"{t} {k}" for t, k in etypes.most_common()) + "), "
               f"{stats['quotes']} quotes ({stats['direct']} direct, {stats['quotes'] - stats['direct']} reported), "
               f"{stats['events']} events ({stats['negated']} negated, {stats['null_target']} with a null target), "
               f"agencies: " + ", ".join(f"{k} {v}" for k, v in sorted(ag.items())))
    block = "<!-- stats:begin -->\n" + summary + "\n\n" + "\n".join(lines) + "\n<!-- stats:end -->"
    print(block)
    readme = OUT / "README.md"
    if readme.exists():
        t = readme.read_text(encoding="utf-8")
        if "<!-- stats:begin -->" in t:
            t = re.sub(r"<!-- stats:begin -->.*?<!-- stats:end -->", lambda m: block, t, flags=re.S)
            readme.write_text(t, encoding="utf-8")
    missing = [f"{i:02d}" for i in range(1, 21) if f"{i:02d}" not in roots]
    if missing:
        raise SystemExit(f"roots missing: {missing}")

if __name__ == "__main__":
    main()
