"""Validate the held-out gold: python eval/heldout/check.py  (exit 1 on any problem).

Checks: valid JSON; page beside each gold; normalized orthography (Persian ی/ک, no Latin digits
in Persian text, no ZWNJ after non-joining letters, no doubled ZWNJ); real CAMEO event codes with
root = first two digits; PLOVER type consistent with the root; every entity, quote, event
sentence and source/target text occurs in the article text (title, lead, body joined by blank lines).
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ZWNJ = "\u200c"
# CAMEO 1.1b3 event codes (codebook), roots 01-20.
CAMEO = set("""
010 011 012 013 014 015 016 017 018 019
020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242 0243 0244 025 0251 0252 0253 0254 0255 0256 026 027 028
030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 035 0351 0352 0353 0354 0355 0356 036 037 038 039
040 041 042 043 044 045 046
050 051 052 053 054 055 056 057
060 061 062 063 064
070 071 072 073 074 075
080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874
090 091 092 093 094
100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051 1052 1053 1054 1055 1056 106 107 108
110 111 112 1121 1122 1123 1124 1125 113 114 115 116
120 121 1211 1212 1213 1214 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 1242 1243 1244 1245 1246 125 126 127 128 129
130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 1381 1382 1383 1384 1385 139
140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 144 1441 1442 1443 1444 145 1451 1452 1453 1454
150 151 152 153 154 155
160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663
170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 176
180 181 182 1821 1822 1823 183 1831 1832 1833 1834 184 185 186
190 191 192 193 194 195 1951 1952 196
200 201 202 203 204 2041 2042
""".split())
PLOVER = {"01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
          "07": "AID", "08": ("CONCEDE", "RETREAT"), "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
          "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
          "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
TYPES = {"PER", "ORG", "GPE", "LOC"}
AGENCIES = set("tasnim irna isna mehr fars bbcpersian radiofarda iranintl hamshahri entekhab khabaronline yjc ilna euronews-fa".split())
ACTOR = re.compile(r"^(?:[A-Z]{3})+$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2})?$")


def orthography(s: str) -> list[str]:
    bad = []
    if re.search("[يك]", s):
        bad.append("Arabic ي/ك")
    if re.search(r"[\u0600-\u06FF][^\n]{0,3}[0-9]|[0-9][^\n]{0,3}[\u0600-\u06FF]", s):
        bad.append("Latin digit in Persian text")
    if re.search(f"[اآدذرزژو]{ZWNJ}", s):
        bad.append("ZWNJ after non-joining letter")
    if re.search(f"{ZWNJ}{ZWNJ}|{ZWNJ} | {ZWNJ}|^{ZWNJ}|{ZWNJ}$", s, re.M):
        bad.append("stray ZWNJ")
    if re.search(r"(?<![\u200c\s])(ها|های|هایی)(?=\s)", s) and False:
        bad.append("")
    if "_" in s:
        bad.append("underscore placeholder left")
    return bad


def check(gpath: pathlib.Path) -> list[str]:
    errs = []
    try:
        g = json.loads(gpath.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"invalid JSON: {e}"]
    stem = gpath.name[: -len(".gold.json")]
    if not any((gpath.parent / f"{stem}{ext}").exists() for ext in (".txt", ".html")):
        errs.append("no page beside gold")
    if g.get("agency") not in AGENCIES:
        errs.append(f"agency {g.get('agency')!r}")
    if g.get("published") is not None and not ISO.match(g["published"]):
        errs.append(f"published {g['published']!r}")
    parts = [g["title"]] + ([g["lead"]] if g.get("lead") else []) + g["body"]
    text = "\n\n".join(parts)
    for p in parts + [g.get("section") or ""]:
        errs += [f"{b}: {p[:40]}" for b in orthography(p)]
    for e in g.get("entities", []):
        if e["type"] not in TYPES:
            errs.append(f"entity type {e}")
        if e["text"] not in text:
            errs.append(f"entity not in text: {e['text']}")
        if e.get("code") and not ACTOR.match(e["code"]):
            errs.append(f"entity code {e['code']}")
    for q in g.get("quotes", []):
        if q["text"] not in text:
            errs.append(f"quote not in text: {q['text'][:40]}")
        if q.get("speaker_text") and q["speaker_text"] not in text:
            errs.append(f"speaker_text not in text: {q['speaker_text']}")
        if not isinstance(q.get("direct"), bool):
            errs.append("quote direct not bool")
    for ev in g.get("events", []):
        c = ev["cameo"]
        if c not in CAMEO:
            errs.append(f"not a CAMEO code: {c}")
        if ev["root"] != c[:2]:
            errs.append(f"root {ev['root']} != {c[:2]}")
        want = PLOVER.get(c[:2])
        got = ev["plover"]["event_type"] if ev.get("plover") else None
        if (got not in want) if isinstance(want, tuple) else (got != want):
            errs.append(f"plover {got} for {c}")
        if ev["sentence"] not in text:
            errs.append(f"sentence not in text: {ev['sentence'][:40]}")
        for k in ("source_text", "target_text"):
            if ev.get(k) and ev[k] not in ev["sentence"] and ev[k] not in text:
                errs.append(f"{k} not in text: {ev[k]}")
        for k in ("source", "target"):
            if ev.get(k) and not ACTOR.match(ev[k]):
                errs.append(f"{k} code {ev[k]}")
        if not isinstance(ev.get("negated"), bool):
            errs.append("negated not bool")
    return errs


def main() -> int:
    golds = sorted(HERE.glob("*.gold.json"))
    bad = 0
    for gp in golds:
        for e in check(gp):
            print(f"{gp.name}: {e}")
            bad += 1
    print(f"{len(golds)} gold files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
