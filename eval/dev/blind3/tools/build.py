"""Render the held-out set 2 pages and their gold files, and check the gold.

Each article lives as clean text plus its annotation in tools/articles_*.py ("_" stands for ZWNJ).
This script renders every article as the agency's text dump or HTML page (degraded where the
article asks: ZWNJ lost, ZWNJ as a space, Arabic ي/ك), writes NAME.gold.json with the clean
normalized text, and fails loudly when a check does not hold:
valid JSON, CAMEO codes in rasad/events/data/cameo.tsv, root = first two digits, every gold string
present in the normalized text (event actors inside the event sentence), ZWNJ orthography.

    python eval/dev/blind3/tools/build.py          # render + check
    python eval/dev/blind3/tools/build.py --check  # check only, write nothing
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
REPO = OUT.parent.parent.parent
sys.path.insert(0, str(HERE))

ZW = "\u200c"
PDIG = "۰۱۲۳۴۵۶۷۸۹"


def zw(s):
    """Source text writes ZWNJ as "_"."""
    return None if s is None else s.replace("_", ZW)


def fa(n, width=0):
    s = str(n).rjust(width, "0")
    return "".join(PDIG[int(c)] if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- dates
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GMONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]


def jalali(d: dt.date):
    """Jalali date for 1405 (1 Farvardin 1405 = 2026-03-21); enough for this set."""
    n = (d - dt.date(2026, 3, 21)).days
    assert 0 <= n < 365, d
    lens = [31] * 6 + [30] * 5 + [29]
    m = 0
    while n >= lens[m]:
        n -= lens[m]
        m += 1
    return 1405, m + 1, n + 1


# ---------------------------------------------------------------- CAMEO / PLOVER
def load_cameo():
    codes = {}
    for line in (REPO / "rasad/events/data/cameo.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        c, name = line.split("\t")[:2]
        codes[c] = name
    return codes


PLOVER_MODE = {
    "041": "phone", "042": "visit", "043": "visit", "044": "third-party",
    "084": "release", "0841": "release", "0842": "release", "086": "access", "087": "ceasefire",
    "0871": "ceasefire", "0873": "disarm", "0874": "withdraw",
    "090": "investigate", "091": "investigate", "092": "investigate", "093": "investigate", "094": "investigate",
    "110": "disapprove", "111": "disapprove", "113": "disapprove", "114": "disapprove",
    "112": "allege", "1121": "allege", "1122": "allege", "1123": "allege", "1124": "allege", "1125": "allege",
    "1312": "restrict", "132": "restrict", "1313": "relations", "137": "violence", "138": "violence",
    "1381": "violence", "1382": "territory", "1383": "violence", "1384": "violence", "1385": "violence",
    "141": "demo", "142": "hunger", "143": "strike", "144": "obstruct", "145": "riot",
    "151": "police", "153": "police", "152": "troops", "154": "troops",
    "161": "withdraw", "162": "discontinue", "164": "discontinue", "165": "discontinue", "166": "expel",
    "171": "seize", "1711": "seize", "1712": "destroy", "172": "restrict", "1721": "restrict",
    "1723": "curfew", "1724": "martial-law", "173": "arrest", "174": "deport",
    "181": "abduct", "182": "beat", "1821": "sexual", "1822": "torture", "1823": "beat",
    "183": "explosives", "1831": "suicide-attack", "1832": "explosives", "1833": "explosives",
    "185": "targeted", "186": "targeted", "193": "firearms", "194": "heavy-weapons", "195": "aerial",
    "200": "unconventional", "204": "unconventional",
}


def plover(code, mode_override=None):
    """CAMEO -> PLOVER by the reference table; 01x has no PLOVER type, 02x appeals are REQUEST."""
    r = code[:2]
    if r == "01":
        return None
    if r in ("02", "10"):
        t = "REQUEST"
        k = code[1:3] if r == "02" else code[2:3]
        mode = None
        if r == "02":
            mode = {"1": "assist", "2": "assist", "3": "assist", "4": "change", "5": "yield",
                    "6": "meet", "7": "meet", "8": "meet"}.get(code[2])
        else:
            mode = {"1": "assist", "2": "assist", "3": "assist", "4": "change", "5": "yield",
                    "6": "meet", "7": "meet", "8": "meet"}.get(code[2])
    elif r == "12":
        t = "REJECT"
        mode = {"1": "assist", "2": "assist", "3": "change", "4": "yield", "5": "meet"}.get(code[2])
    elif code == "116":
        t, mode = "SANCTION", "convict"  # a court's verdict is PLOVER's SANCTION/convict, not an accusation
    elif r == "05":
        t = "AGREE" if code == "057" else "SUPPORT"
        mode = None
    elif r == "08":
        t = "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
        mode = PLOVER_MODE.get(code)
    else:
        t = {"03": "AGREE", "04": "CONSULT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
             "11": "ACCUSE", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
             "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}[r]
        mode = PLOVER_MODE.get(code)
    if mode_override:
        mode = mode_override
    return {"event_type": t, "mode": mode}


# ---------------------------------------------------------------- text helpers
TERM = ".!?؟"


def sentences(par):
    """Split one paragraph into sentences; terminators inside «...» do not end a sentence."""
    out, start, depth, i = [], 0, 0, 0
    while i < len(par):
        c = par[i]
        if c == "«":
            depth += 1
        elif c == "»":
            depth = max(0, depth - 1)
            if depth == 0 and i > 0 and par[i - 1] in TERM and (i + 1 == len(par) or par[i + 1] == " "):
                out.append(par[start:i + 1].strip())
                start = i + 1
        elif c in TERM and depth == 0 and (i + 1 == len(par) or par[i + 1] == " "):
            out.append(par[start:i + 1].strip())
            start = i + 1
        i += 1
    if par[start:].strip():
        out.append(par[start:].strip())
    return out


WORDCH = re.compile(r"[\w\u200c]")


def find_all(text, s):
    """Occurrences of s as whole words (no letter or ZWNJ glued on either side)."""
    res, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        if (i == 0 or not WORDCH.match(text[i - 1])) and (j == len(text) or not WORDCH.match(text[j])):
            res.append(i)
        i = text.find(s, i + 1)
    return res


NONJOIN = "اآأدذرزژوؤۀة"
BAD_SPACED = ["گفت وگو", "گفت و گو", "بین المللی", "بین الملل", "حمل ونقل", "پیش تر", "دست کم", "اسلام آباد",
              "کی یف", "بیش‌تر", "هم‌چنین", "دبیر کل", "دبیر‌کل", "وزارت‌خانه", "میانجی‌گری", "بی‌شتر"]
SPACED_AFFIX = re.compile(r"(?:^|[\s«(])(?:ن?می) [\u0600-\u06FF]|[\u0600-\u06FF] (?:ها|های|هایی|تر|ترین|اند)(?=[\s.،؛:»)]|$)")


def orthography(text, where):
    errs = []
    for k, c in enumerate(text):
        if c == ZW:
            prev = text[k - 1] if k else ""
            nxt = text[k + 1] if k + 1 < len(text) else ""
            if prev in NONJOIN or not prev.strip() or not nxt.strip() or nxt == ZW:
                errs.append(f"{where}: bad ZWNJ at …{text[max(0, k - 12):k + 12]}…")
    if re.search("[يكىۀ\u0654\u0640٠-٩0-9]", text):
        errs.append(f"{where}: Arabic letter, hamza/ۀ, tatweel or non-Persian digit: {re.findall('.{0,8}[يكىۀ٠-٩0-9].{0,8}', text)[:3]}")
    for b in BAD_SPACED:
        if b in text:
            errs.append(f"{where}: spelling {b!r}")
    for m in SPACED_AFFIX.finditer(text):
        errs.append(f"{where}: spaced affix …{text[max(0, m.start() - 10):m.end() + 10]}…")
    if "  " in text or " ،" in text or " ." in text:
        errs.append(f"{where}: spacing")
    return errs


# ---------------------------------------------------------------- article -> gold
def gold_of(a, cameo):
    title, lead = zw(a["title"]), zw(a.get("lead"))
    body = [zw(p) for p in a["body"]]
    parts = [title] + ([lead] if lead else []) + body
    text = "\n\n".join(parts)
    errs = orthography(text, a["name"])
    sents = [s for p in parts for s in sentences(p)]
    ents = []
    lex = sorted(((zw(t), ty, can, code) for t, ty, can, code in a["ents"]), key=lambda e: -len(e[0]))
    taken = []
    for t, ty, can, code in lex:
        hits = find_all(text, t)
        if not hits:
            errs.append(f"{a['name']}: entity not in text: {t}")
        for h in hits:
            if any(s < h + len(t) and h < e for s, e in taken):
                continue
            taken.append((h, h + len(t)))
            ents.append((h, {"text": t, "type": ty, "canonical": can, "code": code}))
        if ty not in ("PER", "ORG", "GPE", "LOC"):
            errs.append(f"{a['name']}: bad type {ty}")
    ents = [e for _, e in sorted(ents, key=lambda x: x[0])]
    quotes = []
    for spk, spk_text, qt, direct in a.get("quotes", []):
        qt, spk_text = zw(qt), zw(spk_text)
        if qt not in text:
            errs.append(f"{a['name']}: quote not in text: {qt[:40]}")
        if spk_text and spk_text not in text:
            errs.append(f"{a['name']}: speaker_text not in text: {spk_text}")
        if direct and f"«{qt}»" not in text:
            errs.append(f"{a['name']}: direct quote not inside «»: {qt[:40]}")
        quotes.append({"text": qt, "speaker": spk, "speaker_text": spk_text, "direct": direct})
    events = []
    for ev in a.get("events", []):
        src, src_t, tgt, tgt_t, code, neg, snip = ev[:7]
        mode = ev[7] if len(ev) > 7 else None
        src_t, tgt_t, snip = zw(src_t), zw(tgt_t), zw(snip)
        hit = [s for s in sents if snip in s]
        if len(hit) != 1:
            errs.append(f"{a['name']}: event snippet matches {len(hit)} sentences: {snip}")
            continue
        sent = hit[0]
        if sent == title:
            errs.append(f"{a['name']}: event coded on the title: {snip}")
        if code not in cameo:
            errs.append(f"{a['name']}: unknown CAMEO {code}")
        for role, t in (("source_text", src_t), ("target_text", tgt_t)):
            if t and t not in sent:
                errs.append(f"{a['name']}: {role} {t!r} not in its sentence")
        events.append({"source": src, "source_text": src_t, "target": tgt, "target_text": tgt_t,
                       "cameo": code, "root": code[:2], "negated": neg, "plover": plover(code, mode),
                       "sentence": sent})
    g = {"title": title, "lead": lead, "body": body, "agency": a["agency"], "section": zw(a.get("section")),
         "published": a["published"], "attributed_sources": a.get("sources", []),
         "entities": ents, "quotes": quotes, "events": events, "notes": [zw(n) for n in a.get("notes", [])]}
    json.loads(json.dumps(g, ensure_ascii=False))
    return g, errs


# ---------------------------------------------------------------- degradation
def degrade(s, how):
    if how == "nozwnj":
        return s.replace(ZW, "")
    if how == "space":
        return s.replace(ZW, " ")
    if how == "arabic":
        return s.replace("ی", "ي").replace("ک", "ك")
    return s


# ---------------------------------------------------------------- main
def main():
    check_only = "--check" in sys.argv
    cameo = load_cameo()
    from articles import ARTICLES
    from render import render
    all_errs, seen = [], set()
    stats = {"articles": 0, "entities": 0, "quotes": 0, "events": 0, "roots": set()}
    for a in ARTICLES:
        if a["name"] in seen:
            all_errs.append(f"duplicate {a['name']}")
        seen.add(a["name"])
        g, errs = gold_of(a, cameo)
        all_errs += errs
        page, ext = render(a, g)
        page = degrade(page, a.get("degrade"))
        stats["articles"] += 1
        stats["entities"] += len(g["entities"])
        stats["quotes"] += len(g["quotes"])
        stats["events"] += len(g["events"])
        stats["roots"].update(e["root"] for e in g["events"])
        if not check_only:
            (OUT / f"{a['name']}.{ext}").write_text(page, encoding="utf-8")
            (OUT / f"{a['name']}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
    for e in all_errs:
        print("ERROR", e)
    stats["roots"] = sorted(stats["roots"])
    print(json.dumps({**stats, "n_roots": len(stats["roots"])}, ensure_ascii=False))
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
