"""Render the blind10 pages and gold files from tools/src_*.py and check them.

    python eval/dev/blind10/tools/build.py

"_" stands for ZWNJ in the sources. Events: (source, source_text, target, target_text, cameo,
negated, fragment); the fragment picks the one sentence of `text` that states the act.
Quotes: (speaker, speaker_text, fragment, direct); a direct quote runs from the fragment to the
closing », a reported one to the end of its sentence (final punctuation excluded).
"""
import sys
sys.dont_write_bytecode = True
import collections, glob, html, importlib.util, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(OUT, "..", "..", ".."))
ZW = "\u200c"
FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"


def load_tsv(name):
    rows = []
    with open(os.path.join(ROOT, "rasad", "events", "data", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


CAMEO = {r[0]: r[1] for r in load_tsv("cameo.tsv")}
PLOVER = {r[0]: (r[1], r[2]) for r in load_tsv("cameo_plover.tsv")}


def plover(code):
    for n in range(len(code), 1, -1):
        if code[:n] in PLOVER:
            t, m = PLOVER[code[:n]]
            if t == "-":
                return None
            return {"event_type": t, "mode": None if m == "-" else m}
    return None


def z(s):
    return s.replace("_", ZW) if isinstance(s, str) else s


def degrade(s, kinds):
    for k in kinds:
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


SENT_RE = re.compile(r"(?<=[.!?؟])\s+")


def sentences(text):
    out = []
    pos = 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        pos = start + len(para)
        i = 0
        for m in SENT_RE.finditer(para):
            out.append((start + i, start + m.start()))
            i = m.end()
        out.append((start + i, start + len(para)))
    return [(a, b, text[a:b]) for a, b in out if b > a]


LETTER = re.compile(r"[\w\u200c]")


def occurrences(text, form):
    res = []
    i = text.find(form)
    while i >= 0:
        j = i + len(form)
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        if not LETTER.match(before) and not LETTER.match(after):
            res.append((i, j))
        i = text.find(form, i + 1)
    return res


ERRORS = []


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


def ortho(name, label, s):
    if re.search("[اددذرزژو]" + ZW, s):
        err(name, f"{label}: ZWNJ after a non-joining letter: {s[:60]}")
    if re.search(r"(^|\s)(ن?می)\s", s):
        err(name, f"{label}: detached می: {s[:60]}")
    if re.search(r"\s(ها|های|هایی|ترین|تر)(\s|$|[.،])", s):
        err(name, f"{label}: detached suffix: {s[:80]}")
    if re.search("[يك0-9٠-٩]", s):
        err(name, f"{label}: Arabic letter or non-Persian digit: {s[:60]}")
    if "_" in s:
        err(name, f"{label}: stray underscore")


def build_article(a, render):
    name = a["name"]
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    parts = [title] + ([lead] if lead else []) + body
    text = "\n\n".join(parts)
    for p in parts:
        ortho(name, "text", p)
    sents = sentences(text)
    gold = {
        "title": title, "lead": lead, "body": body, "agency": a["agency"],
        "section": z(a.get("section")), "published": a.get("published"),
        "attributed_sources": a.get("sources", []), "text": text,
    }
    # entities
    forms = sorted({z(e[0]): e for e in a.get("entities", [])}.values(), key=lambda e: -len(z(e[0])))
    taken = []
    ents = []
    for e in forms:
        f = z(e[0])
        occ = occurrences(text, f)
        if not occ:
            err(name, f"entity not in text: {f}")
        for (s, t) in occ:
            if any(s >= x and t <= y for x, y in taken):
                continue
            taken.append((s, t))
            ents.append({"text": f, "type": e[1], "canonical": e[2] if len(e) > 2 else None,
                         "code": e[3] if len(e) > 3 else None, "start": s, "end": t})
            if len(e) > 4:
                ents[-1]["alt"] = [z(x) for x in e[4]]
    ents.sort(key=lambda x: x["start"])
    # quotes
    quotes = []
    for q in a.get("quotes", []):
        spk, spk_t, frag, direct = q
        frag = z(frag)
        n = text.count(frag)
        if n != 1:
            err(name, f"quote fragment found {n} times: {frag}")
            continue
        s = text.index(frag)
        if direct:
            e = text.index("»", s)
        else:
            e = next(b for (x, b, _) in sents if x <= s < b)
            while text[e - 1] in ".!؟?":
                e -= 1
        if spk_t and z(spk_t) not in text:
            err(name, f"speaker_text not in text: {spk_t}")
        quotes.append({"speaker": spk, "speaker_text": z(spk_t), "text": text[s:e], "direct": direct,
                       "start": s, "end": e})
    # events
    events = []
    for ev in a.get("events", []):
        src, st, tgt, tt, code, neg, frag = ev
        st, tt, frag = z(st), z(tt), z(frag)
        if code not in CAMEO:
            err(name, f"unknown CAMEO code {code}")
        hits = [x for x in sents if frag in x[2]]
        if len(hits) != 1:
            err(name, f"event fragment in {len(hits)} sentences: {frag}")
            continue
        s, e, sent = hits[0]
        if s < len(title) + 1:
            err(name, f"event coded from the title: {frag}")
        if text[s:e] != sent:
            err(name, "offset mismatch")
        for label, x in (("source_text", st), ("target_text", tt)):
            if x is not None and x not in text:
                err(name, f"{label} not in text: {x}")
        if x is not None and tt is not None and tt not in sent and tgt is not None:
            pass
        for c in (src, tgt):
            if c is not None and not re.fullmatch(r"[A-Z]{3,12}", c):
                err(name, f"bad actor code {c}")
        events.append({"source": src, "source_text": st, "target": tgt, "target_text": tt,
                       "cameo": code, "root": code[:2], "plover": plover(code), "negated": neg,
                       "sentence": sent, "start": s, "end": e})
    gold.update({"entities": ents, "quotes": quotes, "events": events, "notes": z(a.get("notes", ""))})
    page = render(a, title, lead, body)
    ext = "html" if a["kind"] == "html" else "txt"
    # page check
    kinds = a.get("degrade", [])
    raw = html.unescape(page) if ext == "html" else page
    for p in parts:
        if degrade(p, kinds) not in raw:
            err(name, f"not on page: {p[:50]}")
    with open(os.path.join(OUT, f"{name}.{ext}"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(OUT, f"{name}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def main():
    sys.path.insert(0, HERE)
    import render
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    names = [a["name"] for a in arts]
    if len(set(names)) != len(names):
        err("set", "duplicate names")
    golds = [(a, build_article(a, render.render)) for a in arts]
    ag = collections.Counter(a["agency"] for a in arts)
    kinds = collections.Counter(a["kind"] for a in arts)
    et = collections.Counter(e["type"] for _, g in golds for e in g["entities"])
    qs = [q for _, g in golds for q in g["quotes"]]
    evs = [e for _, g in golds for e in g["events"]]
    roots = collections.Counter(e["root"] for e in evs)
    print(f"pages {len(arts)}: {dict(kinds)}; agencies {len(ag)}: {dict(sorted(ag.items()))}")
    print(f"degraded {sum(1 for a in arts if a.get('degrade'))}: " +
          ", ".join(f"{a['name']}={'+'.join(a['degrade'])}" for a in arts if a.get("degrade")))
    print(f"entities {sum(et.values())}: {dict(et.most_common())}")
    print(f"quotes {len(qs)}: direct {sum(q['direct'] for q in qs)}, reported {sum(not q['direct'] for q in qs)}")
    print(f"events {len(evs)}: negated {sum(e['negated'] for e in evs)}, null target {sum(e['target'] is None for e in evs)}, "
          f"pages without events {sum(1 for _, g in golds if not g['events'])}")
    print("roots " + " ".join(f"{r}:{roots[r]}" for r in sorted(roots)))
    missing = [f"{i:02d}" for i in range(1, 21) if f"{i:02d}" not in roots]
    if missing:
        err("set", f"roots missing: {missing}")
    if ERRORS:
        print("\n".join(ERRORS))
        print(f"{len(ERRORS)} ERRORS")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
