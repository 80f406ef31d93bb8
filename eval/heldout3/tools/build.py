"""Render the held-out test set 3 (pages + gold) from the clean sources and check the gold.

The articles live in tools/src_*.py as clean text ("_" stands for ZWNJ) with their annotation.
This script writes NAME.txt / NAME.html (with the scraper degradations the source asks for) and
NAME.gold.json (always the clean, normalized form), and fails loudly if any check fails:
valid JSON, CAMEO codes exist, root = first two digits, every span present in the normalized text,
ZWNJ orthography of the gold.  Usage: python eval/heldout3/tools/build.py
"""
from __future__ import annotations

import datetime as dt
import html
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
CAMEO_TSV = HERE.parents[2] / "rasad" / "events" / "data" / "cameo.tsv"
ZW = "\u200c"
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
NON_JOINERS = set("ادذرزژوآأ")

SITES = {
    "tasnim": ("خبرگزاری تسنیم", "tasnimnews.com", "انتهای پیام/"),
    "irna": ("ایرنا", "irna.ir", None),
    "isna": ("ایسنا", "isna.ir", "انتهای پیام"),
    "mehr": ("خبرگزاری مهر", "mehrnews.com", None),
    "fars": ("خبرگزاری فارس", "farsnews.ir", "انتهای پیام/"),
    "bbcpersian": ("BBC News فارسی", "bbc.com/persian", None),
    "radiofarda": ("رادیو فردا", "radiofarda.com", None),
    "iranintl": ("ایران اینترنشنال", "iranintl.com", None),
    "hamshahri": ("همشهری آنلاین", "hamshahrionline.ir", None),
    "khabaronline": ("خبرآنلاین", "khabaronline.ir", None),
    "yjc": ("باشگاه خبرنگاران جوان", "yjc.ir", "انتهای پیام/"),
    "euronews-fa": ("یورونیوز فارسی", "parsi.euronews.com", None),
    "entekhab": ("پایگاه خبری تحلیلی انتخاب", "entekhab.ir", None),
    "ilna": ("ایلنا", "ilna.ir", "انتهای پیام/"),
}
IRANIAN = {"tasnim", "irna", "isna", "mehr", "fars", "hamshahri", "khabaronline", "yjc", "entekhab", "ilna"}
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
GREG_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]

# CAMEO -> PLOVER (event_type, mode); longest prefix wins.  01x statements: no PLOVER type.
PLOVER = [
    ("01", None, None), ("020", "REQUEST", None), ("021", "REQUEST", "assist"), ("022", "REQUEST", None),
    ("023", "REQUEST", "assist"), ("024", "REQUEST", "change"), ("025", "REQUEST", "yield"),
    ("026", "REQUEST", "meet"), ("027", "REQUEST", "meet"), ("028", "REQUEST", "meet"),
    ("03", "AGREE", None), ("040", "CONSULT", None), ("041", "CONSULT", "phone"), ("042", "CONSULT", "visit"),
    ("043", "CONSULT", "visit"), ("044", "CONSULT", "third-party"), ("045", "CONSULT", None),
    ("046", "CONSULT", None), ("05", "SUPPORT", None), ("057", "AGREE", None), ("06", "COOPERATE", None),
    ("07", "AID", None), ("08", "CONCEDE", None), ("084", "RETREAT", "release"), ("085", "CONCEDE", None),
    ("086", "RETREAT", "access"), ("087", "RETREAT", None), ("0871", "RETREAT", "ceasefire"),
    ("0874", "RETREAT", "withdraw"),
    ("09", "ACCUSE", "investigate"), ("10", "REQUEST", None), ("101", "REQUEST", "assist"),
    ("103", "REQUEST", "assist"), ("104", "REQUEST", "change"), ("105", "REQUEST", "yield"),
    ("106", "REQUEST", "meet"), ("11", "ACCUSE", "disapprove"), ("112", "ACCUSE", "allege"),
    ("115", "ACCUSE", "allege"), ("116", "SANCTION", "convict"),
    ("12", "REJECT", None), ("121", "REJECT", "assist"), ("122", "REJECT", "assist"), ("123", "REJECT", "change"),
    ("124", "REJECT", "yield"), ("125", "REJECT", "meet"),
    ("13", "THREATEN", None), ("131", "THREATEN", "restrict"), ("1313", "THREATEN", "relations"),
    ("137", "THREATEN", "violence"), ("138", "THREATEN", "violence"),
    ("14", "PROTEST", None), ("141", "PROTEST", "demo"), ("142", "PROTEST", "hunger"), ("143", "PROTEST", "strike"),
    ("144", "PROTEST", "obstruct"), ("145", "PROTEST", "riot"), ("15", "MOBILIZE", None),
    ("152", "MOBILIZE", "troops"), ("153", "MOBILIZE", "police"), ("154", "MOBILIZE", "troops"),
    ("16", "SANCTION", None), ("161", "SANCTION", "discontinue"), ("164", "SANCTION", "discontinue"),
    ("166", "SANCTION", "expel"),
    ("17", "COERCE", None), ("171", "COERCE", "seize"), ("172", "COERCE", "restrict"), ("1723", "COERCE", "curfew"),
    ("1724", "COERCE", "martial-law"), ("173", "COERCE", "arrest"), ("174", "COERCE", "deport"),
    ("18", "ASSAULT", None), ("181", "ASSAULT", "abduct"), ("182", "ASSAULT", "beat"), ("183", "ASSAULT", "explosives"),
    ("185", "ASSAULT", "targeted"), ("186", "ASSAULT", "targeted"), ("19", "ASSAULT", None), ("191", "COERCE", "restrict"),
    ("193", "ASSAULT", "firearms"), ("194", "ASSAULT", "heavy-weapons"), ("195", "ASSAULT", "aerial"),
    ("20", "ASSAULT", "unconventional"),
]

ERRORS: list[str] = []


def err(name: str, msg: str) -> None:
    ERRORS.append(f"{name}: {msg}")


def z(s):
    """'_' in the sources stands for ZWNJ."""
    if s is None:
        return None
    return s.replace("_", ZW)


def plover(code: str, mode_override):
    best = max((p for p in PLOVER if code.startswith(p[0])), key=lambda p: len(p[0]))
    if best[1] is None:
        return None
    return {"event_type": best[1], "mode": mode_override if mode_override is not None else best[2]}


def cameo_codes() -> set[str]:
    codes = set()
    for line in CAMEO_TSV.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t")[0])
    return codes


def sentences(text: str):
    """(start, end) of every sentence: split at . ! ? ؟ outside «» and at paragraph breaks."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        para, base, depth, start = m.group(0), m.start(), 0, 0
        for i, ch in enumerate(para):
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth = max(0, depth - 1)
            elif ch in ".!؟?" and depth == 0 and (i + 1 == len(para) or para[i + 1] == " "):
                out.append((base + start, base + i + 1))
                start = i + 2
        if start < len(para):
            out.append((base + start, base + len(para)))
    return out


def jalali(d: dt.date):
    """Only the autumn of 2026 is needed: 1 Aban 1405 = 23 Oct, 1 Azar 1405 = 22 Nov, 1 Dey = 22 Dec."""
    if dt.date(2026, 10, 23) <= d < dt.date(2026, 11, 22):
        return 1405, 8, (d - dt.date(2026, 10, 23)).days + 1
    if dt.date(2026, 11, 22) <= d < dt.date(2026, 12, 22):
        return 1405, 9, (d - dt.date(2026, 11, 22)).days + 1
    raise ValueError(d)


JMONTHS = {8: "آبان", 9: "آذر"}


def date_line(a, style: int) -> str:
    pub = a["published"]
    d = dt.date.fromisoformat(pub[:10])
    hm = pub[11:16] if len(pub) > 10 else None
    if a["agency"] in IRANIAN:
        y, m, day = jalali(d)
        if style == 0:
            s = f"{day} {JMONTHS[m]} {y}" + (f" - {hm}" if hm else "")
        elif style == 1:
            s = f"{y}/{m:02d}/{day:02d}" + (f" - {hm}" if hm else "")
        else:
            s = f"{WEEKDAYS[d.weekday()]} {day} {JMONTHS[m]} {y}" + (f" ساعت {hm}" if hm else "")
        return s.translate(FA_DIGITS)
    s = f"{d.day} {GREG_MONTHS[d.month - 1]} {d.year}" + (f" - {hm} به وقت گرینویچ" if hm else "")
    return s.translate(FA_DIGITS)


def degrade(s: str, how: str | None) -> str:
    if how == "nozwnj":
        return s.replace(ZW, "")
    if how == "space":
        return s.replace(ZW, " ")
    if how == "arabic":
        return s.replace("ی", "ي").replace("ک", "ك")
    if how == "arabic-nozwnj":
        return s.replace(ZW, "").replace("ی", "ي").replace("ک", "ك")
    return s


def render_txt(a, title, lead, body) -> str:
    site, _dom, marker = SITES[a["agency"]]
    lines = [title]
    if a.get("title_twice", True):
        lines += ["", title]
    if a.get("kicker"):
        lines = [z(a["kicker"]), ""] + lines
    if a.get("date_top"):
        lines += ["", date_line(a, a.get("date_style", 0))]
    if lead:
        lines += ["", lead]
    for p in body:
        lines += ["", p]
    if marker:
        lines += ["", marker]
    if a.get("code_line"):
        lines += ["", a["code_line"]]
    lines += [""] + [z(x) for x in a.get("footer", [])]
    if not a.get("date_top"):
        lines += ["", date_line(a, a.get("date_style", 0))]
    lines += [f"© کلیه حقوق این سایت متعلق به {site} است."]
    return "\n".join(lines) + "\n"


def render_html(a, title, lead, body) -> str:
    site, dom, marker = SITES[a["agency"]]
    e = html.escape
    related = "".join(f'<li><a href="https://{dom}/news/{i}">{e(z(x))}</a></li>'
                      for i, x in enumerate(a.get("footer", []), 1000))
    paras = "\n".join(f"<p>{e(p)}</p>" for p in body)
    if marker:
        paras += f"\n<p>{e(marker)}</p>"
    if a.get("code_line"):
        paras += f"\n<p>{e(a['code_line'])}</p>"
    lead_html = f'<p class="lead summary">{e(lead)}</p>' if lead else ""
    sect = e(degrade(z(a["section"]), a.get("degrade"))) if a.get("section") else ""
    sect_meta = f'<meta property="article:section" content="{sect}">' if sect else ""
    return f"""<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(title)} - {e(site)}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://{dom}/news/{a['name']}">
<meta property="article:published_time" content="{a['published']}">
{sect_meta}
</head>
<body>
<header><nav><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/politics">سیاسی</a></li><li><a href="/world">بین‌الملل</a></li><li><a href="/economy">اقتصادی</a></li><li><a href="/sport">ورزشی</a></li></ul></nav></header>
<main>
{('<div class="breadcrumb"><a href="/">خانه</a> » <span>' + sect + '</span></div>') if sect else ''}
<article class="news-item">
<h1 class="title">{e(title)}</h1>
<time>{e(date_line(a, 0))}</time>
{lead_html}
<div class="body">
{paras}
</div>
</article>
<aside class="related"><h3>اخبار مرتبط</h3><ul>{related}</ul></aside>
</main>
<footer><p>تمامی حقوق برای {e(site)} محفوظ است.</p><a href="/rss">RSS</a> | <a href="/about">درباره ما</a></footer>
</body>
</html>
"""


def orthography(name: str, label: str, s: str) -> None:
    if re.search("[يكة٠-٩]", s.replace("ة", "")) or re.search("[يك]", s):
        err(name, f"{label}: Arabic letters/digits: {s[:40]}")
    for m in re.finditer(ZW, s):
        prev = s[m.start() - 1] if m.start() else " "
        nxt = s[m.end()] if m.end() < len(s) else " "
        if prev in NON_JOINERS or prev == " " or nxt == " " or nxt == ZW:
            err(name, f"{label}: bad ZWNJ near {s[max(0, m.start() - 8):m.end() + 8]!r}")
    for m in re.finditer(r"(?<![\w\u200c])(ن?می) (?=\w)", s):
        err(name, f"{label}: detached می near {s[m.start():m.start() + 15]!r}")
    for m in re.finditer(r"(\w*[بپتثجچحخسشصضطظعغفقکگلمنهی])(ها|های|هایی|ترین)(?![\w\u200c])", s):
        if m.group(0) not in {"تنها", "آنها", "اینها", "بهترین", "بیشترین", "کمترین", "مهمترین", "گاها", "ابها", "نهایی"}:
            err(name, f"{label}: missing ZWNJ in {m.group(0)!r}")
    for w in ["بین المللی", "گفت و گو", "دست کم", "پیش تر", "اسلام آباد", "کی یف", "میانجی گری"]:
        if w in s:
            err(name, f"{label}: write {w!r} with ZWNJ / joined")
    if re.search(r"\d", s.translate(str.maketrans("", "", "۰۱۲۳۴۵۶۷۸۹"))):
        err(name, f"{label}: Latin digits")


def section_of(a, body):
    """HTML pages carry article:section; a text dump names its section only as 'گروه X' in the body."""
    sec = z(a.get("section"))
    if not sec or a["kind"] == "html":
        return sec
    return sec if any(("گروه " + sec) in p for p in body) else None


def build_one(a, codes: set[str]) -> None:
    name = a["name"]
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    text = "\n\n".join([title] + ([lead] if lead else []) + body)
    for label, s in [("title", title), ("lead", lead or "")] + [(f"body{i}", p) for i, p in enumerate(body)]:
        orthography(name, label, s)
    sents = sentences(text)

    def sentence_of(anchor: str) -> str | None:
        hits = [m.start() for m in re.finditer(re.escape(anchor), text)]
        if len(hits) != 1:
            err(name, f"sentence anchor {anchor!r} found {len(hits)} times")
            return None
        for s, e in sents:
            if s <= hits[0] < e:
                if hits[0] + len(anchor) > e:
                    err(name, f"anchor {anchor!r} crosses a sentence end")
                return text[s:e]
        return None

    # entities: every occurrence of each listed surface form, maximal spans only, in text order
    spans = []
    for ent in a["entities"]:
        t, typ, canon, code = ent
        t = z(t)
        if typ not in {"PER", "ORG", "GPE", "LOC"}:
            err(name, f"entity type {typ}")
        found = False
        for m in re.finditer(r"(?<![\w\u200c])" + re.escape(t) + r"(?![\w\u200c])", text):
            spans.append((m.start(), m.end(), t, typ, canon, code))
            found = True
        if not found:
            err(name, f"entity {t!r} not in text")
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    ents, last_end = [], -1
    for s, e, t, typ, canon, code in spans:
        if s < last_end:
            continue  # inside a longer listed span
        last_end = e
        ents.append({"text": t, "type": typ, "canonical": canon, "code": code})

    quotes = []
    for q in a.get("quotes", []):
        qt, spk, spk_text, direct = q
        qt, spk_text = z(qt), z(spk_text)
        if qt not in text:
            err(name, f"quote not in text: {qt[:40]!r}")
        if spk_text and spk_text not in text:
            err(name, f"speaker_text not in text: {spk_text!r}")
        quotes.append({"text": qt, "speaker": spk, "speaker_text": spk_text, "direct": direct})

    events = []
    for ev in a.get("events", []):
        src, src_t, tgt, tgt_t, cameo, neg, anchor = ev[:7]
        mode = ev[7] if len(ev) > 7 else None
        src_t, tgt_t, anchor = z(src_t), z(tgt_t), z(anchor)
        if cameo not in codes:
            err(name, f"CAMEO code {cameo} unknown")
        sent = sentence_of(anchor)
        for lab, span in (("source_text", src_t), ("target_text", tgt_t)):
            if span and span not in text:
                err(name, f"{lab} {span!r} not in text")
            elif span and sent and span not in sent:
                print(f"  note {name}: {lab} {span!r} outside the event sentence", file=sys.stderr)
        events.append({"source": src, "source_text": src_t, "target": tgt, "target_text": tgt_t,
                       "cameo": cameo, "root": cameo[:2], "negated": neg,
                       "plover": plover(cameo, mode), "sentence": sent})

    gold = {
        "title": title, "lead": lead, "body": body, "agency": a["agency"],
        "section": section_of(a, body), "published": a["published"],
        "attributed_sources": a.get("attributed_sources", []),
        "entities": ents, "quotes": quotes, "events": events, "notes": a.get("notes", []),
    }
    how = a.get("degrade")
    dtitle, dlead, dbody = degrade(title, how), degrade(lead, how) if lead else None, [degrade(p, how) for p in body]
    if a["kind"] == "txt":
        page = render_txt(a, dtitle, dlead, dbody)
        if how:
            page = degrade(page, how)
        (OUT / f"{name}.txt").write_text(page, encoding="utf-8")
    else:
        page = render_html(a, dtitle, dlead, dbody)
        if how:
            page = degrade(page, how)
        (OUT / f"{name}.html").write_text(page, encoding="utf-8")
    s = json.dumps(gold, ensure_ascii=False, indent=1)
    json.loads(s)
    (OUT / f"{name}.gold.json").write_text(s + "\n", encoding="utf-8")


def main() -> int:
    codes = cameo_codes()
    sys.path.insert(0, str(HERE))
    arts = []
    for f in sorted(HERE.glob("src_*.py")):
        arts += importlib.import_module(f.stem).ARTICLES
    names = [a["name"] for a in arts]
    if len(names) != len(set(names)):
        ERRORS.append("duplicate names")
    for a in arts:
        build_one(a, codes)
    n_ent = n_q = n_ev = 0
    roots = set()
    for a in arts:
        g = json.loads((OUT / f"{a['name']}.gold.json").read_text(encoding="utf-8"))
        n_ent += len(g["entities"]); n_q += len(g["quotes"]); n_ev += len(g["events"])
        roots |= {e["root"] for e in g["events"]}
    print(f"{len(arts)} articles, {n_ent} entities, {n_q} quotes, {n_ev} events, {len(roots)} roots: {sorted(roots)}")
    for e in ERRORS:
        print("ERROR", e)
    return 1 if ERRORS else 0


if __name__ == "__main__":
    raise SystemExit(main())
