"""Render eval/heldout8 pages and gold files from tools/src_*.py, check them, print statistics.

In the sources "_" stands for ZWNJ.  Run: python eval/heldout8/tools/build.py
"""
import sys
sys.dont_write_bytecode = True
import collections, glob, html, importlib.util, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(OUT))
ZW = "\u200c"
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
AR_DIG = "٠١٢٣٤٥٦٧٨٩"
NONJOIN = set("اآأدذرزژوؤ")
ERRORS = []


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


def load_cameo():
    codes = {}
    with open(os.path.join(ROOT, "rasad/events/data/cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c, n = line.rstrip("\n").split("\t")[:2]
            codes[c] = n
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
    for k in range(len(code), 0, -1):
        if code[:k] in PLOVER:
            t, m = PLOVER[code[:k]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


def z(s):
    return None if s is None else s.replace("_", ZW)


# ---------------------------------------------------------------- degradations
def degrade(s, kinds):
    for k in kinds:
        if k == "nozwnj":
            s = s.replace(ZW, "")
        elif k == "zwspace":
            s = s.replace(ZW, " ")
        elif k == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif k == "latin":
            s = s.translate(str.maketrans(FA_DIG, "0123456789"))
        elif k == "arabdig":
            s = s.translate(str.maketrans(FA_DIG, AR_DIG))
    return s


# ---------------------------------------------------------------- sentences
SENT_END = re.compile(r"[.!؟?](?:»)?(?=\s|$)")


def sentences(text):
    out = []
    pos = 0
    for para in text.split("\n\n"):
        start = pos
        i = 0
        while i < len(para):
            m = SENT_END.search(para, i)
            if not m:
                seg_end = len(para)
            else:
                seg_end = m.end()
            seg = para[i:seg_end]
            lead = len(seg) - len(seg.lstrip())
            s, e = start + i + lead, start + seg_end
            if text[s:e].strip():
                out.append((s, e))
            i = seg_end
        pos += len(para) + 2
    return out


def boundary_ok(text, s, e):
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    isw = lambda ch: ch.isalnum() or ch == ZW or ch == "_"
    return not isw(before) and not isw(after)


def find_all(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


# ---------------------------------------------------------------- orthography
def ortho(name, label, s):
    if s is None:
        return
    for ch in "يكة":
        if ch == "ة":
            continue
        if ch in s:
            err(name, f"{label}: Arabic letter {ch}")
    if re.search(r"[0-9٠-٩]", re.sub(r"[A-Za-z0-9 .:+\-/]*[A-Za-z][A-Za-z0-9 .:+\-/]*", "", s)):
        err(name, f"{label}: non-Persian digit in {s[:60]}")
    for i, ch in enumerate(s):
        if ch == ZW and i > 0 and s[i - 1] in NONJOIN:
            err(name, f"{label}: ZWNJ after non-joining letter near {s[max(0,i-10):i+10]}")
    if re.search(r"(^|\s)(می|نمی)\s", s):
        err(name, f"{label}: detached می near {s[:40]}")
    if re.search(r"\s(ها|های|هایی|ترین)(\s|$)", s):
        err(name, f"{label}: detached suffix")
    if "  " in s or " ،" in s or " ." in s:
        err(name, f"{label}: spacing")


# ---------------------------------------------------------------- page templates
from pagestyles import render_txt, render_html  # noqa: E402


def build_article(a):
    name = a["name"]
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    parts = [title] + ([lead] if lead else []) + body
    text = "\n\n".join(parts)
    for lab, s in [("title", title), ("lead", lead)] + [(f"body{i}", p) for i, p in enumerate(body)]:
        ortho(name, lab, s)
        if s and "\n" in s:
            err(name, f"{lab}: newline")
    sents = sentences(text)
    gold = {
        "title": title, "lead": lead, "body": body, "agency": a["agency"],
        "section": z(a.get("section")), "published": a.get("published"),
        "attributed_sources": a.get("sources", []), "text": text,
    }
    # entities
    ents = []
    occupied = [False] * len(text)
    forms = sorted(a.get("ents", []), key=lambda e: -len(z(e[0])))
    for f in forms:
        surf = z(f[0])
        typ, canon, code = f[1], f[2], (f[3] if len(f) > 3 else None)
        if typ not in ("PER", "ORG", "GPE", "LOC"):
            err(name, f"entity type {typ}")
        n = 0
        for s in find_all(text, surf):
            e = s + len(surf)
            if not boundary_ok(text, s, e) or any(occupied[s:e]):
                continue
            for k in range(s, e):
                occupied[k] = True
            ents.append({"text": surf, "type": typ, "canonical": canon, "code": code, "start": s, "end": e})
            n += 1
        if n == 0:
            err(name, f"entity not in text: {surf}")
    ents.sort(key=lambda x: x["start"])
    gold["entities"] = ents
    # quotes
    quotes = []
    for q in a.get("quotes", []):
        speaker, stext, direct, qt = q[0], z(q[1]), q[2], z(q[3])
        pos = find_all(text, qt)
        if len(pos) != 1:
            err(name, f"quote found {len(pos)}x: {qt[:40]}")
            continue
        if stext and stext not in text:
            err(name, f"speaker_text not in text: {stext}")
        if direct:
            if text[pos[0] - 1] != "«" or text[pos[0] + len(qt)] != "»":
                err(name, f"direct quote not inside «»: {qt[:40]}")
        quotes.append({"speaker": speaker, "speaker_text": stext, "text": qt, "direct": direct,
                       "start": pos[0], "end": pos[0] + len(qt)})
    # every «» is a quote
    for m in re.finditer(r"«([^»]*)»", text):
        if not any(q["start"] == m.start(1) and q["direct"] for q in quotes):
            err(name, f"«» not listed as direct quote: {m.group(1)[:40]}")
    gold["quotes"] = quotes
    # events
    events = []
    title_end = len(title)
    for ev in a.get("events", []):
        src, stext, tgt, ttext, code, neg, frag = ev
        stext, ttext, frag = z(stext), z(ttext), z(frag)
        if code not in CAMEO:
            err(name, f"unknown CAMEO code {code}")
        hits = [(s, e) for (s, e) in sents if frag in text[s:e]]
        if len(hits) != 1:
            err(name, f"event fragment in {len(hits)} sentences: {frag}")
            continue
        s, e = hits[0]
        if s < title_end:
            err(name, f"event coded in title: {frag}")
        for lab, t in (("source_text", stext), ("target_text", ttext)):
            if t and t not in text:
                err(name, f"{lab} not in text: {t}")
        for lab, c in (("source", src), ("target", tgt)):
            if c is not None and not re.fullmatch(r"[A-Z]{3}([A-Z]{3}){0,2}", c):
                err(name, f"bad actor code {c}")
        events.append({"source": src, "source_text": stext, "target": tgt, "target_text": ttext,
                       "cameo": code, "root": code[:2], "plover": plover_of(code), "negated": bool(neg),
                       "sentence": text[s:e], "start": s, "end": e})
    gold["events"] = events
    gold["notes"] = z(a.get("notes", ""))
    return gold


def main():
    sys.path.insert(0, HERE)
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    for old in glob.glob(os.path.join(OUT, "*.txt")) + glob.glob(os.path.join(OUT, "*.html")) + glob.glob(os.path.join(OUT, "*.gold.json")):
        os.remove(old)
    names = set()
    stats = collections.Counter()
    roots = collections.Counter()
    etypes = collections.Counter()
    agencies = collections.Counter()
    for a in arts:
        name = a["name"]
        if name in names:
            err(name, "duplicate name")
        names.add(name)
        gold = build_article(a)
        deg = a.get("degrade", [])
        if a["kind"] == "txt":
            page = render_txt(a, gold)
            fn = name + ".txt"
        else:
            page = render_html(a, gold)
            fn = name + ".html"
        page = degrade(page, deg)
        # presence checks
        hay = page if a["kind"] == "txt" else html.unescape(page)
        for lab, s in [("title", gold["title"]), ("lead", gold["lead"])] + [(f"body{i}", p) for i, p in enumerate(gold["body"])]:
            if s and degrade(s, deg) not in hay:
                err(name, f"{lab} not on page")
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        stats["pages"] += 1
        stats[a["kind"]] += 1
        stats["degraded"] += bool(deg)
        agencies[a["agency"]] += 1
        stats["entities"] += len(gold["entities"])
        for e in gold["entities"]:
            etypes[e["type"]] += 1
        stats["quotes"] += len(gold["quotes"])
        stats["direct"] += sum(q["direct"] for q in gold["quotes"])
        stats["events"] += len(gold["events"])
        stats["negated"] += sum(e["negated"] for e in gold["events"])
        stats["null_target"] += sum(e["target"] is None for e in gold["events"])
        stats["no_event_pages"] += not gold["events"]
        for e in gold["events"]:
            roots[e["root"]] += 1
    print("pages %(pages)d (txt %(txt)d, html %(html)d), degraded %(degraded)d, pages without events %(no_event_pages)d" % stats)
    print("agencies (%d):" % len(agencies), " ".join(f"{k} {v}" for k, v in sorted(agencies.items())))
    print("entities %d:" % stats["entities"], " ".join(f"{k} {v}" for k, v in etypes.most_common()))
    print("quotes %d: %d direct, %d reported" % (stats["quotes"], stats["direct"], stats["quotes"] - stats["direct"]))
    print("events %d; %d negated; %d with a null target" % (stats["events"], stats["negated"], stats["null_target"]))
    print("events per root:", " ".join(f"{r}:{roots[r]}" for r in sorted(roots)))
    missing = [f"{i:02d}" for i in range(1, 21) if f"{i:02d}" not in roots]
    if missing:
        print("roots missing:", " ".join(missing))
    if ERRORS:
        print(f"\n{len(ERRORS)} ERRORS:")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
