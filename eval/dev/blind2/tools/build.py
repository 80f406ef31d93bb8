"""Build eval/dev/blind2: render the text-dump pages and gold files from the article sources.

The articles live in articles_*.py beside this script as clean, normalized text ("_" stands for
ZWNJ) plus their annotation.  This script renders each article as an agency-shaped text dump
(some degraded the way scrapers degrade pages), writes NAME.gold.json, and checks the gold:
valid JSON, CAMEO codes known, root = first two digits, every span verbatim in the normalized
text, ZWNJ orthography.  Run:  python eval/dev/blind2/tools/build.py   (exit 1 on any error)
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ROOT = OUT.parents[2]
CAMEO_TSV = ROOT / "rasad" / "events" / "data" / "cameo.tsv"
ZWNJ = "\u200c"
PERSIAN_LETTER = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c]")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
NON_JOINING = "اآأدذرزژوؤة"

# PLOVER event type (and mode where the code names one) for each CAMEO code used.
# 01x statements: PLOVER drops them -> null.  02x appeals -> REQUEST (as 10x), see README.
def plover(code: str):
    r = code[:2]
    if r == "01":
        return None
    mode = None
    if r == "02":
        t = "REQUEST"
        if code[:3] in ("021", "023"):
            mode = "assist"
        elif code[:3] == "024":
            mode = "change"
        elif code[:3] == "025":
            mode = "yield"
        elif code[:3] in ("026", "027", "028"):
            mode = "meet"
    elif r == "03":
        t = "AGREE"
    elif r == "04":
        t = "CONSULT"
        mode = {"041": "phone", "042": "visit", "043": "visit", "044": "third-party"}.get(code[:3])
    elif r == "05":
        t = "SUPPORT"
    elif r == "06":
        t = "COOPERATE"
    elif r == "07":
        t = "AID"
    elif r == "08":
        if code[:3] in ("080", "081", "082", "083"):
            t = "CONCEDE"
        else:
            t = "RETREAT"
            mode = {"084": "release", "085": "release", "086": "disarm", "087": "withdraw"}.get(code[:3])
            if code == "0872":
                mode = "ceasefire"
    elif r == "09":
        t, mode = "ACCUSE", "investigate"
    elif r == "10":
        t = "REQUEST"
        mode = {"101": "assist", "103": "assist", "104": "change", "105": "yield", "106": "meet"}.get(code[:3])
    elif r == "11":
        t = "ACCUSE"
        mode = {"111": "disapprove", "112": "allege"}.get(code[:3])
    elif r == "12":
        t = "REJECT"
        mode = {"121": "assist", "122": "assist", "123": "change", "124": "yield", "125": "meet"}.get(code[:3])
    elif r == "13":
        t = "THREATEN"
        mode = {"138": "violence", "1313": "relations", "1312": "restrict"}.get(code[:3]) or \
            {"1313": "relations", "1312": "restrict"}.get(code)
    elif r == "14":
        t = "PROTEST"
        mode = {"141": "demo", "143": "strike", "145": "riot"}.get(code[:3])
    elif r == "15":
        t = "MOBILIZE"
        mode = {"152": "troops", "154": "troops", "153": "police"}.get(code[:3])
    elif r == "16":
        t = "SANCTION"
        mode = {"166": "expel"}.get(code[:3])
    elif r == "17":
        t = "COERCE"
        mode = {"171": "seize", "173": "arrest", "174": "deport", "172": "restrict"}.get(code[:3])
        if code == "1723":
            mode = "curfew"
    elif r in ("18", "19", "20"):
        t = "ASSAULT"
        mode = {"181": "abduct", "183": "explosives", "185": "targeted", "186": "targeted",
                "193": "firearms", "194": "heavy-weapons", "195": "aerial", "20": "unconventional"}.get(code[:3])
    else:
        raise ValueError(code)
    return {"event_type": t, "mode": mode}


def load_cameo() -> set[str]:
    codes = set()
    for line in CAMEO_TSV.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t")[0])
    return codes


def z(s):
    """Source notation -> real text: "_" is ZWNJ."""
    if s is None:
        return None
    return s.replace("_", ZWNJ)


# ---------------------------------------------------------------- text helpers
def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos: ends at . ! ? ؟ before whitespace (not inside «»), or a newline."""
    depth = 0
    ends = []
    for i, ch in enumerate(text):
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif ch == "\n":
            ends.append(i)
            depth = 0
        elif ch in ".!?؟" and depth == 0 and (i + 1 == len(text) or text[i + 1] in " \n"):
            ends.append(i + 1)
    start = 0
    for e in ends:
        if e <= pos:
            start = e
    end = len(text)
    for e in ends:
        if e > pos:
            end = e
            break
    while start < end and text[start] in " \n":
        start += 1
    return start, end


def find_unique(text: str, frag: str, what: str) -> int:
    i = text.find(frag)
    if i < 0:
        raise ValueError(f"{what}: not in text: {frag!r}")
    if text.find(frag, i + 1) >= 0:
        raise ValueError(f"{what}: not unique: {frag!r}")
    return i


def is_boundary(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not PERSIAN_LETTER.match(text[i])


def entity_mentions(text: str, specs):
    """Every occurrence of every declared surface form, maximal spans only, in text order."""
    found = []
    for surface, typ, canon, code in specs:
        s = z(surface)
        i = text.find(s)
        n = 0
        while i >= 0:
            if is_boundary(text, i - 1) and is_boundary(text, i + len(s)):
                found.append((i, i + len(s), s, typ, canon, code))
                n += 1
            i = text.find(s, i + 1)
        if n == 0:
            raise ValueError(f"entity not found: {s!r}")
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept = []
    for f in found:
        if any(k[0] <= f[0] and f[1] <= k[1] and (k[1] - k[0]) > (f[1] - f[0]) for k in found):
            continue
        if any(k[0] == f[0] and k[1] == f[1] for k in kept):
            raise ValueError(f"entity declared twice: {f[2]!r}")
        kept.append(f)
    return [{"text": s, "type": t, "canonical": c, "code": cd} for (_, _, s, t, c, cd) in kept]


def quote_text(text: str, q) -> str:
    """q.text ending in '…' runs to the closing » (direct) or the end of the sentence (reported)."""
    frag = z(q["text"])
    if not frag.endswith("…"):
        find_unique(text, frag, "quote")
        return frag
    frag = frag[:-1]
    i = find_unique(text, frag, "quote")
    if q["direct"]:
        j = text.index("»", i)
        depth = text.count("«", i, j)
        while depth:
            j = text.index("»", j + 1)
            depth -= 1
        return text[i:j]
    _, e = sentence_bounds(text, i)
    out = text[i:e]
    return out.rstrip(".!؟?").rstrip()


# ---------------------------------------------------------------- orthography check
BAD_PATTERNS = [
    (r"(?<![\w\u200c])(ن?می) (?=[\u0600-\u06ff])", "می/نمی without ZWNJ"),
    (r"[\u0600-\u06ff] (ها|های|هایی|ترین)(?![\u0600-\u06ff\u200c])", "ها/های/ترین separated"),
    (r"\bبین ?الملل", "بین‌الملل"), (r"گفت ?و ?گو", "گفت‌وگو"), (r"پیش ?تر(?![\u0600-\u06ff])", "پیش‌تر"),
    (r"دست ?کم", "دست‌کم"), (r"اسلام ?آباد", "اسلام‌آباد"), (r"کی ?یف", "کی‌یف"),
    (r"[يكۀ]", "Arabic ي/ك or ۀ"), (r"\u0640", "tatweel"), (r"  ", "double space"), (r" [،.:؛]", "space before punctuation"),
]
LATIN_DIGIT_IN_FA = re.compile(r"[\u0600-\u06ff][ ]?[0-9]|[0-9][ ]?[\u0600-\u06ff]")


def check_orthography(text: str, name: str) -> list[str]:
    errs = []
    for i, ch in enumerate(text):
        if ch == ZWNJ:
            if i == 0 or text[i - 1] in NON_JOINING or not PERSIAN_LETTER.match(text[i - 1]) \
                    or i + 1 >= len(text) or not PERSIAN_LETTER.match(text[i + 1]):
                errs.append(f"{name}: bad ZWNJ at {i}: {text[max(0, i - 10):i + 10]!r}")
    for pat, what in BAD_PATTERNS:
        for m in re.finditer(pat, text):
            errs.append(f"{name}: {what}: {text[max(0, m.start() - 12):m.end() + 12]!r}")
    for m in LATIN_DIGIT_IN_FA.finditer(text):
        errs.append(f"{name}: Latin digit in Persian text: {text[max(0, m.start() - 12):m.end() + 12]!r}")
    return errs


# ---------------------------------------------------------------- pages
def degrade(s: str, how: str | None) -> str:
    if how == "nozwnj":
        return s.replace(ZWNJ, "")
    if how == "space":
        return s.replace(ZWNJ, " ")
    if how == "arabic":
        return s.replace("ی", "ي").replace("ک", "ك")
    if how == "arabic+nozwnj":
        return s.replace(ZWNJ, "").replace("ی", "ي").replace("ک", "ك")
    return s


def render_page(a) -> str:
    from pages import render  # agency page shapes
    return render(a)


def build_article(a, cameo_codes) -> tuple[str, dict, list[str]]:
    errs = []
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    text = "\n\n".join([title] + ([lead] if lead else []) + body)
    name = a["name"]
    errs += check_orthography(text, name)
    ents = entity_mentions(text, a["entities"])
    quotes = []
    for q in a["quotes"]:
        qt = quote_text(text, q)
        st = z(q["speaker_text"])
        if st is not None and st not in text:
            errs.append(f"{name}: speaker_text not in text: {st!r}")
        quotes.append({"text": qt, "speaker": q["speaker"], "speaker_text": st, "direct": q["direct"]})
    events = []
    for e in a["events"]:
        frag = z(e["at"])
        i = find_unique(text, frag, f"{name} event")
        s0, s1 = sentence_bounds(text, i)
        if s0 < len(title) + 1:
            errs.append(f"{name}: event coded in the title: {frag!r}")
        sent = text[s0:s1]
        for k in ("source_text", "target_text"):
            v = z(e.get(k))
            if v is not None and v not in sent:
                errs.append(f"{name}: {k} not in the event's sentence: {v!r}")
        code = e["cameo"]
        if code not in cameo_codes:
            errs.append(f"{name}: unknown CAMEO code {code}")
        events.append({
            "source": e["source"], "source_text": z(e.get("source_text")),
            "target": e.get("target"), "target_text": z(e.get("target_text")),
            "cameo": code, "root": code[:2], "negated": bool(e.get("negated", False)),
            "plover": plover(code), "sentence": sent,
        })
    gold = {"title": title, "agency": a["agency"], "entities": ents, "quotes": quotes,
            "events": events, "notes": [z(n) for n in a.get("notes", [])]}
    # self-checks on the produced gold
    for item in ents:
        if item["text"] not in text:
            errs.append(f"{name}: entity span missing {item['text']!r}")
        if item["type"] not in ("PER", "ORG", "GPE", "LOC"):
            errs.append(f"{name}: bad type {item['type']}")
    for ev in events:
        if ev["root"] != ev["cameo"][:2] or ev["sentence"] not in text:
            errs.append(f"{name}: bad event {ev}")
    return text, gold, errs


def load_articles():
    sys.path.insert(0, str(HERE))
    arts = []
    for f in sorted(HERE.glob("articles_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts += mod.ARTICLES
    return arts


def main() -> int:
    cameo_codes = load_cameo()
    arts = load_articles()
    errs, names = [], set()
    stats = {"articles": 0, "entities": 0, "quotes": 0, "events": 0, "roots": set()}
    for a in arts:
        if a["name"] in names:
            errs.append(f"duplicate name {a['name']}")
        names.add(a["name"])
        try:
            text, gold, e = build_article(a, cameo_codes)
        except ValueError as ex:
            errs.append(f"{a['name']}: {ex}")
            continue
        errs += e
        page = render_page(a)
        norm_page = degrade(page, None)
        # every gold string must be recoverable from the page once the degradation is undone
        how = a.get("degrade")
        for s in [gold["title"]] + [z(p) for p in a["body"]]:
            if degrade(s, how) not in page:
                errs.append(f"{a['name']}: page lacks {s[:30]!r}")
        js = json.dumps(gold, ensure_ascii=False, indent=1)
        json.loads(js)
        (OUT / f"{a['name']}.txt").write_text(norm_page, encoding="utf-8")
        (OUT / f"{a['name']}.gold.json").write_text(js + "\n", encoding="utf-8")
        stats["articles"] += 1
        stats["entities"] += len(gold["entities"])
        stats["quotes"] += len(gold["quotes"])
        stats["events"] += len(gold["events"])
        stats["roots"] |= {ev["root"] for ev in gold["events"]}
    for e in errs:
        print("ERROR", e)
    print(f"articles {stats['articles']}  entities {stats['entities']}  quotes {stats['quotes']}  "
          f"events {stats['events']}  roots {len(stats['roots'])}: {' '.join(sorted(stats['roots']))}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
