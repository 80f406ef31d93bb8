#!/usr/bin/env python3
"""Render the heldout7 pages and gold files from tools/src_*.py and check them.

In the sources "_" stands for ZWNJ. Each article is a dict (see src_a.py). Run:
    python eval/dev/heldout7/tools/build.py
"""
import collections, html, json, re, sys, importlib.util
sys.dont_write_bytecode = True  # kit.py is imported by the sources; keep the folder clean
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ROOT = OUT.parent.parent.parent  # eval/dev/heldout7 -> repo root
ZW = "\u200c"
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
AR_DIG = "٠١٢٣٤٥٦٧٨٩"
ERRORS = []


def err(page, msg):
    ERRORS.append(f"{page}: {msg}")


def z(s):
    return s.replace("_", ZW) if isinstance(s, str) else s


def load_cameo():
    codes = {}
    for line in (ROOT / "rasad/events/data/cameo.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        c, n = line.split("\t", 1)
        codes[c] = n
    plover = {}
    for line in (ROOT / "rasad/events/data/cameo_plover.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        p, t, m = line.split("\t")
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


# ---------- degradation ----------
def degrade(s, how):
    if not how:
        return s
    for h in how.split("+"):
        if h == "nozwnj":
            s = s.replace(ZW, "")
        elif h == "zwspace":
            s = s.replace(ZW, " ")
        elif h == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif h == "latin":
            s = s.translate(str.maketrans(FA_DIG, "0123456789"))
        elif h == "arabicdig":
            s = s.translate(str.maketrans(FA_DIG, AR_DIG))
        else:
            raise ValueError(h)
    return s


# ---------- sentences ----------
SENT_END = re.compile(r"(?<=[.!?؟])\s+(?=[^»])|\n+")


def sentences(text):
    out, pos = [], 0
    for m in SENT_END.finditer(text):
        seg = text[pos:m.start()]
        if seg.strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def boundary_ok(text, s, e):
    def letter(ch):
        return ch.isalnum() or ch == ZW
    return (s == 0 or not letter(text[s - 1])) and (e == len(text) or not letter(text[e]))


def find_entities(page, text, ents):
    forms = sorted(ents, key=lambda t: -len(z(t[0])))
    taken = [False] * len(text)
    found = []
    for (form, typ, canon, code, *alt) in forms:
        f = z(form)
        n = 0
        for m in re.finditer(re.escape(f), text):
            s, e = m.start(), m.end()
            if not boundary_ok(text, s, e) or any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            item = {"text": f, "type": typ, "canonical": canon, "code": code, "start": s, "end": e}
            if alt:
                item["alt"] = [z(a) for a in alt[0]]
            found.append(item)
            n += 1
        if n == 0:
            err(page, f"entity not found: {f}")
        if typ not in ("PER", "ORG", "GPE", "LOC"):
            err(page, f"bad type {typ}")
    found.sort(key=lambda d: d["start"])
    return found


def check_orth(page, s):
    for i, ch in enumerate(s):
        if ch == ZW:
            if i == 0 or s[i - 1] in "ادذرزژو" or s[i - 1] == " " or i + 1 == len(s) or s[i + 1] == " ":
                err(page, f"bad ZWNJ near: {s[max(0, i - 10):i + 10]!r}")
        if ch in "يك" or ch in AR_DIG:
            err(page, f"non-Persian letter/digit near: {s[max(0, i - 10):i + 10]!r}")
    if re.search(r"(^|\s)(می|نمی) ", s) or re.search(r" (ها|های|هایی|ترین) ", s):
        err(page, f"detached affix in: {s[:40]}")
    if re.search(r"[\u0600-\u06ff]\s*[0-9]|[0-9]\s*[\u0600-\u06ff]", s):
        err(page, f"Latin digit in Persian text: {s[:60]}")


# ---------- rendering ----------
def fmt_date(a):
    return a["date_line"]


def render_txt(a, g, v):
    d = a["degrade"]
    L = []
    L += a["menu"]
    if a.get("today"):
        L.append(a["today"])
    if a.get("crumb"):
        L.append(a["crumb"])
    if a.get("kicker"):
        L.append(a["kicker"])
    if a.get("title_twice"):
        L.append(g["title"] + a.get("suffix", ""))
    L.append(g["title"])
    if a.get("date_line") and not a.get("date_after"):
        L.append(a["date_line"])
    if g.get("lead"):
        L.append(g["lead"])
    L += g["body"]
    if a.get("end"):
        L.append(a["end"])
    if a.get("date_line") and a.get("date_after"):
        L.append(a["date_line"])
    L += a.get("tail", [])
    sep = "\n" if a.get("compact") else "\n\n"
    return degrade(sep.join(L) + "\n", d)


def render_html(a, g, v):
    d = a["degrade"]
    e = html.escape
    t = g["title"]
    H = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
         f'<title>{e(t + a.get("suffix", ""))}</title>',
         f'<meta property="og:title" content="{e(t)}">',
         f'<meta property="og:site_name" content="{e(a["site"])}">',
         f'<meta property="og:url" content="{e(a["url"])}">',
         '<meta property="og:type" content="article">']
    if g.get("lead"):
        H.append(f'<meta property="og:description" content="{e(g["lead"])}">')
    if a.get("meta_time"):
        H.append(f'<meta property="article:published_time" content="{a["meta_time"]}">')
    if a.get("meta_section") and g.get("section"):
        H.append(f'<meta property="article:section" content="{e(g["section"])}">')
    if a.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": a["jsonld"], "headline": t,
              "datePublished": a["meta_time"] or "", "publisher": {"@type": "Organization", "name": a["site"]}}
        if g.get("section"):
            ld["articleSection"] = g["section"]
        H.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    H += ['</head>', '<body>', '<header class="site-header"><nav><ul>']
    H += [f'<li><a href="/{i}">{e(m)}</a></li>' for i, m in enumerate(a["menu"])]
    H.append('</ul></nav>')
    if a.get("today"):
        H.append(f'<div class="today">{e(a["today"])}</div>')
    H.append('</header>')
    if a.get("crumb_items"):
        H.append('<ol class="breadcrumb">' + "".join(f'<li>{e(c)}</li>' for c in a["crumb_items"]) + '</ol>')
    H.append('<article class="news">')
    if a.get("kicker"):
        H.append(f'<div class="rutitr">{e(a["kicker"])}</div>')
    H.append(f'<h1 class="title">{e(t)}</h1>')
    if a.get("date_line"):
        H.append(f'<div class="date">{e(a["date_line"])}</div>')
    if g.get("lead"):
        H.append(f'<p class="lead">{e(g["lead"])}</p>')
    H.append('<div class="body">')
    for i, p in enumerate(g["body"]):
        H.append(f'<p>{e(p)}</p>')
        if i == 0 and a.get("caption"):
            H.append(f'<figure><img src="/img/{a["name"]}.jpg" alt=""><figcaption>{e(a["caption"])}</figcaption></figure>')
    if a.get("end"):
        H.append(f'<p class="end">{e(a["end"])}</p>')
    H.append('</div>')
    if a.get("tags"):
        H.append('<div class="tags">' + "".join(f'<a href="/tag/{i}">{e(x)}</a>' for i, x in enumerate(a["tags"])) + '</div>')
    H.append('</article>')
    if a.get("related"):
        H.append('<aside class="related"><h3>' + e(a.get("related_head", "اخبار مرتبط")) + '</h3><ul>' +
                 "".join(f'<li><a href="/n/{i}">{e(x)}</a></li>' for i, x in enumerate(a["related"])) + '</ul></aside>')
    H.append('<footer>' + e(a.get("footer", "")) + '</footer>')
    H += ['</body>', '</html>']
    return degrade("\n".join(H) + "\n", d)


def build_one(a, stats):
    name = a["name"]
    g = {}
    title, lead, body = z(a["title"]), z(a.get("lead")), [z(p) for p in a["body"]]
    a = {k: ([z(x) for x in v] if isinstance(v, list) and k in ("menu", "tail", "tags", "related", "crumb_items") else z(v))
         for k, v in a.items()}
    g["title"], g["lead"], g["body"] = title, lead, body
    g["agency"] = a["agency"]
    g["section"] = a.get("section")
    g["published"] = a.get("published")
    g["attributed_sources"] = a.get("sources", [])
    text = "\n\n".join([x for x in [title, lead] if x] + body)
    g["text"] = text
    for s in [title, lead or ""] + body + [g["section"] or ""]:
        check_orth(name, s)
    g["entities"] = find_entities(name, text, a.get("ents", []))
    quotes = []
    for (spk, spk_text, qt, direct) in a.get("quotes", []):
        qt, spk_text = z(qt), z(spk_text)
        s = text.find(qt)
        if s < 0:
            err(name, f"quote not found: {qt[:40]}")
            continue
        if spk_text and spk_text not in text:
            err(name, f"speaker_text not found: {spk_text}")
        if direct and not (text[s - 1] == "«" and text[s + len(qt)] == "»"):
            err(name, f"direct quote not inside «»: {qt[:30]}")
        quotes.append({"speaker": spk, "speaker_text": spk_text, "text": qt, "direct": direct,
                       "start": s, "end": s + len(qt)})
    g["quotes"] = quotes
    sents = sentences(text)
    events = []
    for ev in a.get("events", []):
        src, src_t, tgt, tgt_t, code, neg, frag = ev
        src_t, tgt_t, frag = z(src_t), z(tgt_t), z(frag)
        if code not in CAMEO:
            err(name, f"unknown CAMEO {code}")
        hits = [(s, e) for (s, e) in sents if frag in text[s:e]]
        if len(hits) != 1:
            err(name, f"event fragment in {len(hits)} sentences: {frag[:40]}")
            continue
        s, e = hits[0]
        sent = text[s:e]
        if src_t and src_t not in text:
            err(name, f"source_text not found: {src_t}")
        if tgt_t and tgt_t not in text:
            err(name, f"target_text not found: {tgt_t}")
        for actor in (src, tgt):
            if actor is not None and not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", actor):
                err(name, f"bad actor code {actor}")
        if s < len(title):
            err(name, "event coded from the title")
        events.append({"source": src, "source_text": src_t, "target": tgt, "target_text": tgt_t,
                       "cameo": code, "root": code[:2], "plover": plover_of(code), "negated": neg,
                       "sentence": sent, "start": s, "end": e})
    g["events"] = events
    g["notes"] = a.get("notes", "")
    page = render_html(a, g, None) if a["kind"] == "html" else render_txt(a, g, None)
    # every gold article string must be on the page modulo its degradation
    d = a["degrade"]
    for s in [title, lead] + body:
        if not s:
            continue
        want = degrade(html.escape(s, quote=False) if a["kind"] == "html" else s, d)
        if want not in page:
            err(name, f"not on page: {s[:40]}")
    if a.get("section") and a["kind"] == "txt" and degrade(a["section"], d) not in page:
        err(name, "section not on page")
    (OUT / f"{name}.{a['kind']}").write_text(page, encoding="utf-8")
    (OUT / f"{name}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stats["pages"] += 1
    stats["kind_" + a["kind"]] += 1
    stats["agency:" + a["agency"]] += 1
    if d:
        stats["degraded"] += 1
    for x in g["entities"]:
        stats["ent"] += 1
        stats["ent_" + x["type"]] += 1
    for q in quotes:
        stats["quotes"] += 1
        stats["q_direct" if q["direct"] else "q_reported"] += 1
    for ev in events:
        stats["events"] += 1
        stats["root_" + ev["root"]] += 1
        stats["negated"] += ev["negated"]
        stats["null_target"] += ev["target"] is None
    if not events:
        stats["no_event_pages"] += 1


def main():
    arts = []
    for f in sorted(HERE.glob("src_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        arts += m.ARTICLES
    names = [a["name"] for a in arts]
    if len(set(names)) != len(names):
        err("all", "duplicate names")
    for p in OUT.glob("*.gold.json"):
        p.unlink()
    for p in list(OUT.glob("*.txt")) + list(OUT.glob("*.html")):
        p.unlink()
    stats = collections.Counter()
    for a in arts:
        build_one(a, stats)
    print(f"pages {stats['pages']} (txt {stats['kind_txt']}, html {stats['kind_html']}), degraded {stats['degraded']}, "
          f"no-event pages {stats['no_event_pages']}")
    print("agencies:", " ".join(f"{k[7:]} {v}" for k, v in sorted(stats.items()) if k.startswith("agency:")))
    print(f"entities {stats['ent']}: " + " ".join(f"{t} {stats['ent_' + t]}" for t in ("GPE", "ORG", "PER", "LOC")))
    print(f"quotes {stats['quotes']}: direct {stats['q_direct']}, reported {stats['q_reported']}")
    print(f"events {stats['events']}; negated {stats['negated']}; null target {stats['null_target']}")
    print("per root: " + " ".join(f"{r:02d}:{stats[f'root_{r:02d}']}" for r in range(1, 21)))
    missing = [f"{r:02d}" for r in range(1, 21) if not stats[f"root_{r:02d}"]]
    if missing:
        print("roots missing:", missing)
    if ERRORS:
        print("\n".join(ERRORS))
        print(f"{len(ERRORS)} errors")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
