#!/usr/bin/env python3
"""Render blind9 pages + gold from tools/src_*.py and check them.  "_" in sources = ZWNJ."""
import json, re, sys, importlib.util
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ROOT = OUT.parents[2]
ZW = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def load_cameo():
    codes = {}
    for line in open(ROOT / "rasad/events/data/cameo.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c, n = line.rstrip("\n").split("\t", 1)
        codes[c] = n
    pl = {}
    for line in open(ROOT / "rasad/events/data/cameo_plover.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p, t, m = line.rstrip("\n").split("\t")
        pl[p] = (t, m)
    return codes, pl


CAMEO, PLOVER = load_cameo()


def plover(code):
    for k in range(len(code), 1, -1):
        if code[:k] in PLOVER:
            t, m = PLOVER[code[:k]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


def clean(s):
    return None if s is None else s.replace("_", ZW)


def degrade(s, kinds):
    for k in kinds:
        if k == "nozwnj":
            s = s.replace(ZW, "")
        elif k == "space":
            s = s.replace(ZW, " ")
        elif k == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif k == "latin":
            s = s.translate(str.maketrans(FA, "0123456789"))
        elif k == "arabicindic":
            s = s.translate(str.maketrans(FA, AR))
    return s


def sentences(text):
    """(start, end) of sentences: split at paragraph breaks and after . ! ؟ ? outside «»."""
    spans, start, depth, i = [], 0, 0, 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        if text.startswith("\n\n", i):
            if text[start:i].strip():
                spans.append((start, i))
            i += 2
            start = i
            depth = 0
            continue
        if ch in ".!؟?" and depth == 0 and (i + 1 == n or text[i + 1] in " \n"):
            spans.append((start, i + 1))
            i += 1
            while i < n and text[i] == " ":
                i += 1
            start = i
            continue
        i += 1
    if text[start:].strip():
        spans.append((start, n))
    return spans


def isword(c):
    return c.isalpha() or c == ZW


def find_all(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        a, b = i, i + len(s)
        if (a == 0 or not isword(text[a - 1])) and (b == len(text) or not isword(text[b])):
            out.append((a, b))
        i = text.find(s, i + 1)
    return out


BAD_ORTHO = [
    (re.compile("[ادذرزژو]" + ZW), "ZWNJ after a non-joining letter"),
    (re.compile(r"(^|\s)(می|نمی) "), "detached می"),
    (re.compile(r" (ها|های|هایی|ترین)(\s|$)"), "detached suffix"),
    (re.compile("[يك0-9٠-٩]"), "Arabic letter or non-Persian digit"),
    (re.compile(ZW + r"[\s]|\s" + ZW + "|" + ZW + ZW), "stray ZWNJ"),
]


def build_article(a):
    name = a["name"]
    title, lead = clean(a["title"]), clean(a.get("lead"))
    body = [clean(p) for p in a["body"]]
    text = "\n\n".join([x for x in [title, lead] if x] + body)
    for pat, msg in BAD_ORTHO:
        m = pat.search(text)
        if m:
            err(name, f"orthography: {msg} near {text[max(0, m.start()-15):m.end()+15]!r}")
    # entities
    ents = []
    forms = sorted({(clean(e[0]), e[1], e[2], e[3]) for e in a.get("entities", [])}, key=lambda e: -len(e[0]))
    covered = []
    for surf, typ, canon, code in forms:
        occ = find_all(text, surf)
        if not occ:
            err(name, f"entity not in text: {surf}")
        for s, e in occ:
            if any(s >= cs and e <= ce for cs, ce in covered):
                continue
            if any(s < ce and e > cs for cs, ce in covered):
                err(name, f"entity overlaps another: {surf}")
                continue
            covered.append((s, e))
            ents.append({"text": surf, "type": typ, "canonical": canon, "code": code, "start": s, "end": e})
        if typ not in ("PER", "ORG", "GPE", "LOC"):
            err(name, f"bad type {typ}")
    ents.sort(key=lambda e: e["start"])
    # quotes
    quotes = []
    for spk, spk_text, qt, direct in a.get("quotes", []):
        qt, spk_text = clean(qt), clean(spk_text)
        i = text.find(qt)
        if i < 0:
            err(name, f"quote not in text: {qt[:40]}")
            continue
        if spk_text and spk_text not in text:
            err(name, f"speaker_text not in text: {spk_text}")
        if direct and not (text[i - 1:i] == "«" and text[i + len(qt):i + len(qt) + 1] == "»"):
            err(name, f"direct quote not inside «»: {qt[:40]}")
        quotes.append({"speaker": spk, "speaker_text": spk_text, "text": qt, "direct": direct,
                       "start": i, "end": i + len(qt)})
    # events
    sents = sentences(text)
    events = []
    for src, st, tgt, tt, code, neg, frag in a.get("events", []):
        st, tt, frag = clean(st), clean(tt), clean(frag)
        if code not in CAMEO:
            err(name, f"unknown CAMEO {code}")
        hits = [(s, e) for s, e in sents if frag in text[s:e]]
        if len(hits) != 1:
            err(name, f"fragment in {len(hits)} sentences: {frag}")
            continue
        s, e = hits[0]
        for x in (st, tt):
            if x and x not in text:
                err(name, f"actor text not in text: {x}")
        for x in (src, tgt):
            if x is not None and not re.fullmatch(r"[A-Z]{3,12}", x):
                err(name, f"bad actor code {x}")
        events.append({"source": src, "source_text": st, "target": tgt, "target_text": tt,
                       "cameo": code, "root": code[:2], "plover": plover(code), "negated": neg,
                       "sentence": text[s:e], "start": s, "end": e})
    gold = {"title": title, "lead": lead, "body": body, "agency": a["agency"],
            "section": clean(a.get("section")), "published": a.get("published"),
            "attributed_sources": a.get("sources", []), "text": text,
            "entities": ents, "quotes": quotes, "events": events,
            "notes": [clean(n) for n in a.get("notes", [])]}
    return gold


def jalali(iso):
    d = int(iso[8:10])
    m, dd = ("آذر", d - 21) if d >= 22 else ("آبان", d + 9)
    return dd, m


def fa(n):
    return str(n).translate(str.maketrans("0123456789", FA))


def datestr(a):
    p = a.get("published")
    if not p:
        return None
    style = a.get("datestyle", "jalali")
    hh = p[11:16] if len(p) > 10 else None
    dd, m = jalali(p)
    if style == "jalali":
        return f"{fa(dd)} {m} ۱۴۰۵" + (f" - {fa(hh)}" if hh else "")
    if style == "jalali-slash":
        mm = 9 if m == "آذر" else 8
        return f"۱۴۰۵/{fa('%02d' % mm)}/{fa('%02d' % dd)}" + (f" {fa(hh)}" if hh else "")
    if style == "jalali-week":
        return f"{a['weekday']} {fa(dd)} {m} ۱۴۰۵، ساعت {fa(hh)}"
    if style == "greg":
        return f"{fa(int(p[8:10]))} نوامبر ۲۰۲۶" + (f" - {fa(hh)} گرینویچ" if hh else "")
    if style == "greg-cet":
        return f"{fa(p[8:10])}/۱۱/۲۰۲۶ - {fa(hh)} GMT+۱"
    raise ValueError(style)


def render_txt(a, g, site):
    L = []
    L += site["menu"]
    L.append("")
    if site.get("today"):
        L.append(site["today"])
    if g["section"]:
        L.append("خانه > " + (site.get("crumb_mid", "") + g["section"]))
    if a.get("title_twice", True):
        L.append(g["title"] + site["suffix"])
    if a.get("kicker"):
        L.append(clean(a["kicker"]))
    L.append(g["title"])
    ds = datestr(a)
    if ds and not a.get("date_bottom"):
        L.append(site.get("datelabel", "") + ds)
    L.append("")
    if g["lead"]:
        L += [g["lead"], ""]
    for p in g["body"]:
        L += [p, ""]
    if site.get("end"):
        L.append(site["end"])
    if ds and a.get("date_bottom"):
        L.append(site.get("datelabel", "") + ds)
    L.append("برچسب‌ها: " + "، ".join(clean(t) for t in a.get("tags", [])))
    L.append("")
    L.append(site.get("related", "اخبار مرتبط"))
    L += ["- " + clean(r) for r in a.get("related", [])]
    L.append("")
    L += site["footer"]
    return "\n".join(L) + "\n"


def render_html(a, g, site):
    ds = datestr(a)
    p = a.get("published")
    h = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
         f'<title>{g["title"]}{site["suffix"]}</title>',
         f'<meta property="og:title" content="{g["title"]}">',
         f'<meta property="og:site_name" content="{site["name"]}">',
         f'<meta property="og:type" content="article">']
    if g["lead"]:
        h.append(f'<meta property="og:description" content="{g["lead"]}">')
    if p:
        h.append(f'<meta property="article:published_time" content="{p}">')
    if g["section"]:
        h.append(f'<meta property="article:section" content="{g["section"]}">')
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": g["title"],
              "datePublished": p, "articleSection": g["section"],
              "publisher": {"@type": "Organization", "name": site["name"]}}
        h.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    h += ['</head>', '<body>', '<header><nav><ul>']
    h += [f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(site["menu"])]
    h.append('</ul></nav>')
    if site.get("today"):
        h.append(f'<div class="today">{site["today"]}</div>')
    h.append('</header>')
    if g["section"]:
        h.append(f'<ol class="breadcrumb"><li><a href="/">خانه</a></li><li><a href="/s">{g["section"]}</a></li></ol>')
    h.append('<article>')
    if a.get("kicker"):
        h.append(f'<div class="kicker">{clean(a["kicker"])}</div>')
    h.append(f'<h1 class="title">{g["title"]}</h1>')
    if ds:
        h.append(f'<time datetime="{p}">{ds}</time>')
    if g["lead"]:
        h.append(f'<p class="lead">{g["lead"]}</p>')
    h.append('<div class="body">')
    for i, para in enumerate(g["body"]):
        h.append(f'<p>{para}</p>')
        if i == 1 and a.get("caption"):
            h.append(f'<figure><img src="/i/1.jpg"><figcaption>{clean(a["caption"])}</figcaption></figure>')
    if site.get("end"):
        h.append(f'<p class="end">{site["end"]}</p>')
    h.append('</div>')
    h.append('<div class="tags">' + "".join(f'<a href="/tag">{clean(t)}</a>' for t in a.get("tags", [])) + '</div>')
    h.append('<div class="share">اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس | چاپ</div>')
    h.append('</article>')
    h.append(f'<aside class="related"><h3>{site.get("related", "اخبار مرتبط")}</h3><ul>')
    h += [f'<li><a href="/r">{clean(r)}</a></li>' for r in a.get("related", [])]
    h.append('</ul></aside>')
    h.append('<footer>' + " ".join(f'<p>{f}</p>' for f in site["footer"]) + '</footer>')
    h += ['</body>', '</html>']
    return "\n".join(h) + "\n"


def main():
    from sites import SITES
    arts = []
    for f in sorted(HERE.glob("src_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts += mod.ARTICLES
    names = [a["name"] for a in arts]
    if len(set(names)) != len(names):
        err("set", "duplicate names")
    for old in list(OUT.glob("*.txt")) + list(OUT.glob("*.html")) + list(OUT.glob("*.gold.json")):
        old.unlink()
    stats = Counter()
    roots, etypes, agencies, degr = Counter(), Counter(), Counter(), []
    for a in arts:
        site = dict(SITES[a["agency"]])
        site["menu"] = [clean(m) for m in site["menu"]]
        site["footer"] = [clean(m) for m in site["footer"]]
        for k in ("suffix", "end", "today", "related", "name", "datelabel", "crumb_mid"):
            if site.get(k):
                site[k] = clean(site[k])
        g = build_article(a)
        page = (render_txt if a["kind"] == "txt" else render_html)(a, g, site)
        page = degrade(page, a.get("degrade", []))
        for part in [g["title"]] + ([g["lead"]] if g["lead"] else []) + g["body"]:
            if degrade(part, a.get("degrade", [])) not in page:
                err(a["name"], f"not on page: {part[:40]}")
        (OUT / f"{a['name']}.{a['kind']}").write_text(page, encoding="utf-8")
        (OUT / f"{a['name']}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        stats["pages"] += 1
        stats[a["kind"]] += 1
        agencies[a["agency"]] += 1
        stats["entities"] += len(g["entities"])
        etypes.update(e["type"] for e in g["entities"])
        stats["quotes"] += len(g["quotes"])
        stats["direct"] += sum(q["direct"] for q in g["quotes"])
        stats["events"] += len(g["events"])
        stats["negated"] += sum(e["negated"] for e in g["events"])
        stats["null_target"] += sum(e["target"] is None for e in g["events"])
        roots.update(e["root"] for e in g["events"])
        if not g["events"]:
            stats["no_event_pages"] += 1
        if a.get("degrade"):
            degr.append(f"{a['name']}({'+'.join(a['degrade'])})")
    print(f"pages {stats['pages']} (txt {stats['txt']}, html {stats['html']}); agencies {len(agencies)}: "
          + " ".join(f"{k} {v}" for k, v in sorted(agencies.items())))
    print(f"entities {stats['entities']}: " + " ".join(f"{k} {v}" for k, v in etypes.most_common()))
    print(f"quotes {stats['quotes']} ({stats['direct']} direct, {stats['quotes'] - stats['direct']} reported)")
    print(f"events {stats['events']} ({stats['negated']} negated, {stats['null_target']} null target); "
          f"pages without events {stats['no_event_pages']}")
    print("events per root: " + " ".join(f"{r}:{roots[r]}" for r in sorted(roots)))
    missing = [f"{i:02d}" for i in range(1, 21) if f"{i:02d}" not in roots]
    if missing:
        print("roots missing:", " ".join(missing))
    print(f"degraded {len(degr)}: " + ", ".join(degr))
    if errors:
        print(f"\n{len(errors)} ERRORS", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
