"""Build and validate the annotated analysis dev set from its sources (`src/*.ann`).

Run: `python eval/dev/analysis/build.py` (writes NAME.txt + NAME.gold.json beside this file and
exits non-zero on any validation error). Articles and annotations are original text written for
rasad (see README.md here); the .ann files are the master copy, the .txt/.gold.json are built.

.ann format, one article per block starting `=== NAME`; one field per line, `KEY: value`:
  agency:  slug                      marker: end marker line ("انتهای پیام/", "" for none)
  degrade: zwnj | arabic | both      (the page file loses ZWNJ / gets Arabic ي ك; gold stays clean)
  T: title   L: lead   B: body paragraph (repeatable)   F: footer line (repeatable)
  P: line printed on the page before the title (section/date lines; repeatable)
  E: text|TYPE|canonical|code        every occurrence of `text` is counted (longest forms first,
                                     word-bounded, flat); TYPE X claims a span without emitting
  A: text|alt1;alt2                  extra accepted forms for that entity text
  Q: D or R|speaker|speaker_text|quote text (exact substring of the normalized text)
  V: source|source_text|target|target_text|cameo|neg(0/1)|anchor substring of the sentence
     (`-` = null)
  N: note on a coding decision
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent

_SUB = {
    "01": "010 011 012 013 014 015 016 017 018 019",
    "02": "020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242 0243 0244 "
          "025 0251 0252 0253 0254 0255 0256 026 027 028",
    "03": "030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 "
          "035 0351 0352 0353 0354 0355 0356 036 037 038 039",
    "04": "040 041 042 043 044 045 046",
    "05": "050 051 052 053 054 055 056 057",
    "06": "060 061 062 063 064",
    "07": "070 071 072 073 074 075",
    "08": "080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085 086 0861 "
          "0862 0863 087 0871 0872 0873 0874",
    "09": "090 091 092 093 094",
    "10": "100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 "
          "1051 1052 1053 1054 1055 1056 106 107 108",
    "11": "110 111 112 1121 1122 1123 1124 1125 113 114 115 116",
    "12": "120 121 1211 1212 1213 1214 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 "
          "1242 1243 1244 1245 1246 125 126 127 128 129",
    "13": "130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 1381 1382 1383 "
          "1384 1385 139",
    "14": "140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441 "
          "1442 1443 1444 145 1451 1452 1453 1454",
    "15": "150 151 152 153 154 155",
    "16": "160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663",
    "17": "170 171 1711 1712 172 1721 1722 1723 1724 173 174 175",
    "18": "180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186",
    "19": "190 191 192 193 194 195 196",
    "20": "200 201 202 203 204 2041 2042",
}
CAMEO = {c for v in _SUB.values() for c in v.split()}

PLOVER_ROOT = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
               "09": "ACCUSE", "02": "REQUEST", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
               "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
               "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
PLOVER_MODE = {"041": "phone", "042": "visit", "043": "visit", "044": "third-party",
               "084": "release", "0841": "release", "0871": "ceasefire", "0862": "access",
               "021": "assist", "0211": "assist", "0212": "assist", "0213": "assist",
               "0214": "assist", "023": "assist", "0231": "assist", "0232": "assist",
               "0233": "assist", "0234": "assist", "024": "change", "025": "yield",
               "0253": "yield", "0256": "yield", "026": "meet", "1055": "yield", "1056": "yield",
               "1053": "yield", "09": "investigate", "090": "investigate", "091": "investigate",
               "092": "investigate", "094": "investigate", "111": "disapprove",
               "112": "allege", "114": "disapprove", "116": "disapprove", "125": "meet",
               "138": "violence", "1312": "restrict", "141": "demo", "142": "hunger",
               "143": "strike", "150": "weapons", "154": "troops", "161": "relations",
               "163": "discontinue", "166": "expel", "171": "seize", "1711": "seize",
               "173": "arrest", "174": "deport", "175": "repression", "181": "abduct",
               "183": "explosives", "186": "targeted", "193": "firearms", "194": "heavy-weapons",
               "195": "aerial", "200": "unconventional", "201": "unconventional",
               "202": "unconventional", "2041": "unconventional"}
TYPES = {"PER", "ORG", "GPE", "LOC"}
ACTOR = re.compile(r"^(?:[A-Z]{3})+$")
LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ffA-Za-z0-9\u06f0-\u06f9\u200c]")
BOUNDARY = re.compile(r"[.!؟?]»?(?=\s|$)|\n")


def plover(cameo: str) -> dict | None:
    root = cameo[:2]
    if root in ("01",):
        return None
    if root == "08":
        etype = "CONCEDE" if cameo[:3] in ("080", "081", "082", "083") else "RETREAT"
    else:
        etype = PLOVER_ROOT[root]
    return {"event_type": etype, "mode": PLOVER_MODE.get(cameo, PLOVER_MODE.get(cameo[:3]))}


def parse(src: str) -> list[dict]:
    arts, cur = [], None
    for ln, line in enumerate(src.splitlines(), 1):
        if line.startswith("=== "):
            cur = {"name": line[4:].strip(), "B": [], "F": [], "P": [], "E": [], "A": [], "Q": [],
                   "V": [], "N": [], "marker": "انتهای پیام/", "degrade": "", "line": ln}
            arts.append(cur)
            continue
        if not line.strip() or line.startswith("#"):
            continue
        k, _, v = line.partition(":")
        k, v = k.strip(), v.strip()
        if cur is None:
            raise SystemExit(f"line {ln}: field outside an article")
        if k in ("B", "F", "P", "E", "A", "Q", "V", "N"):
            cur[k].append(v)
        elif k in ("agency", "marker", "degrade", "T", "L"):
            cur[k] = v
        else:
            raise SystemExit(f"line {ln}: unknown key {k!r}")
    return arts


def norm_text(a: dict) -> str:
    parts = [a["T"]] + ([a["L"]] if a.get("L") else []) + a["B"]
    return "\n\n".join(parts)


def page_text(a: dict) -> str:
    lines = a["P"] + [a["T"], a["T"]] + ([a["L"]] if a.get("L") else []) + a["B"]
    out = "\n\n".join(lines)
    if a["marker"]:
        out += "\n\n" + a["marker"]
    if a["F"]:
        out += "\n\n" + "\n".join(a["F"])
    out += "\n"
    if "zwnj" in a["degrade"] or a["degrade"] == "both":
        out = out.replace("\u200c", "")
    if "arabic" in a["degrade"] or a["degrade"] == "both":
        out = out.replace("ی", "ي").replace("ک", "ك")
    return out


def find_all(text: str, form: str):
    start = 0
    while True:
        i = text.find(form, start)
        if i < 0:
            return
        j = i + len(form)
        if (i == 0 or not LETTER.match(text[i - 1])) and (j == len(text) or not LETTER.match(text[j])):
            yield i, j
        start = i + 1


def entities(a: dict, text: str, errs: list) -> list[dict]:
    forms, alts = [], {}
    for e in a["A"]:
        t, _, rest = e.partition("|")
        alts[t.strip()] = [x.strip() for x in rest.split(";") if x.strip()]
    for e in a["E"]:
        f = [x.strip() for x in e.split("|")]
        f += [""] * (4 - len(f))
        if f[1] not in TYPES and f[1] != "X":
            errs.append(f"bad entity type {e!r}")
        if f[3] and not ACTOR.match(f[3]):
            errs.append(f"bad actor code {e!r}")
        forms.append(f)
    taken = [False] * len(text)
    out = []
    for f in sorted(forms, key=lambda f: -len(f[0])):
        hits = 0
        for i, j in find_all(text, f[0]):
            if any(taken[i:j]):
                continue
            hits += 1
            for k in range(i, j):
                taken[k] = True
            if f[1] != "X":
                ent = {"text": f[0], "type": f[1], "canonical": f[2] or None, "code": f[3] or None,
                       "start": i, "end": j}
                if f[0] in alts:
                    ent["alt"] = alts[f[0]]
                out.append(ent)
        if not hits and f[1] != "X":
            errs.append(f"entity never found: {f[0]!r}")
    return sorted(out, key=lambda e: e["start"])


def sentence_of(text: str, anchor: str, errs: list) -> str:
    i = text.find(anchor)
    if i < 0:
        errs.append(f"event anchor not found: {anchor!r}")
        return anchor
    if text.find(anchor, i + 1) >= 0:
        errs.append(f"event anchor not unique: {anchor!r}")
    s = 0
    for m in BOUNDARY.finditer(text, 0, i):
        s = m.end()
    m = BOUNDARY.search(text, i + len(anchor))
    e = m.end() if m else len(text)
    return text[s:e].strip()


def build(a: dict) -> tuple[str, dict, list[str]]:
    errs: list[str] = []
    for k in ("agency", "T"):
        if not a.get(k):
            errs.append(f"missing {k}")
    text = norm_text(a)
    gold: dict = {"agency": a.get("agency"), "title": a.get("T"),
                  "entities": entities(a, text, errs), "quotes": [], "events": []}
    for q in a["Q"]:
        f = [x.strip() for x in q.split("|")]
        if len(f) != 4 or f[0] not in ("D", "R"):
            errs.append(f"bad quote line {q!r}")
            continue
        if f[3] not in text:
            errs.append(f"quote text not in article: {f[3][:40]!r}")
        if f[2] != "-" and f[2] not in text:
            errs.append(f"speaker_text not in article: {f[2]!r}")
        gold["quotes"].append({"text": f[3], "speaker": None if f[1] == "-" else f[1],
                               "speaker_text": None if f[2] == "-" else f[2], "direct": f[0] == "D"})
    for v in a["V"]:
        f = [x.strip() for x in v.split("|")]
        if len(f) != 7:
            errs.append(f"bad event line {v!r}")
            continue
        src, stext, tgt, ttext, cameo, neg, anchor = [None if x == "-" else x for x in f]
        if cameo not in CAMEO:
            errs.append(f"not a CAMEO code: {cameo!r}")
            continue
        for c in (src, tgt):
            if c and not ACTOR.match(c):
                errs.append(f"bad actor code {c!r}")
        for t in (stext, ttext):
            if t and t not in text:
                errs.append(f"actor text not in article: {t!r}")
        sent = sentence_of(text, anchor or "", errs)
        gold["events"].append({"source": src, "source_text": stext, "target": tgt,
                               "target_text": ttext, "cameo": cameo, "root": cameo[:2],
                               "negated": neg == "1", "plover": plover(cameo), "sentence": sent})
    if a["N"]:
        gold["notes"] = a["N"]
    return page_text(a), gold, errs


def main(argv: list[str]) -> int:
    bad = 0
    names = Counter()
    for src in sorted((HERE / "src").glob("*.ann")):
        for a in parse(src.read_text(encoding="utf-8")):
            names[a["name"]] += 1
            page, gold, errs = build(a)
            if errs:
                bad += 1
                print(f"{src.name}:{a['line']} {a['name']}:", *errs, sep="\n  ")
            (HERE / f"{a['name']}.txt").write_text(page, encoding="utf-8")
            (HERE / f"{a['name']}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    dup = [n for n, c in names.items() if c > 1]
    if dup:
        print("duplicate names:", dup)
        bad += 1
    print(f"{sum(names.values())} articles, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
