"""Render the held-out articles (tools/articles_*.py) into pages and gold files.

Written blind (see ../README.md). An article is a dict; "_" in its Persian text stands for ZWNJ.
The gold is the clean text; the page is the clean text rendered in an agency's shape and then
degraded (ZWNJ lost or spaced, Arabic ي/ك, Latin digits in date lines, footer cut).
"""
from __future__ import annotations

import html
import json
import re

import jdatetime

ZWNJ = "\u200c"
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JMONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
           "بهمن", "اسفند"]
GMONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
           "نوامبر", "دسامبر"]
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه_شنبه", "چهارشنبه", "پنجشنبه", "جمعه"]

PLOVER = {"01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
          "06": "COOPERATE", "07": "AID", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE",
          "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
          "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}


def z(s: str | None) -> str | None:
    return None if s is None else s.replace("_", ZWNJ)


def plover(cameo: str, mode: str | None) -> dict | None:
    root = cameo[:2]
    if root == "08":
        typ = "CONCEDE" if cameo[:3] in ("080", "081", "082", "083") else "RETREAT"
    else:
        typ = PLOVER[root]
    return None if typ is None else {"event_type": typ, "mode": mode}


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ؟ ? (outside «») and at line breaks."""
    spans, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        if ch == "\n" or (depth == 0 and ch in ".!؟?" and (i + 1 == len(text) or text[i + 1] in " \n")):
            end = i if ch == "\n" else i + 1
            if text[start:end].strip():
                spans.append((start, end))
            start = i + 1
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


def sentence_of(text: str, anchor: str) -> str:
    i = text.find(anchor)
    if i < 0 or text.find(anchor, i + 1) >= 0:
        raise ValueError(f"anchor not unique/absent: {anchor!r}")
    for s, e in sentences(text):
        if s <= i < e:
            return text[s:e]
    raise ValueError(anchor)


def published(a: dict) -> str | None:
    d = a.get("date")
    if d is None or a.get("no_date"):
        return None
    if d[0] == "j":
        g = jdatetime.date(d[1], d[2], d[3]).togregorian()
        day = g.isoformat()
        return day if len(d) < 6 else f"{day}T{d[4]:02d}:{d[5]:02d}+03:30"
    _, y, m, dd, *rest = d
    day = f"{y:04d}-{m:02d}-{dd:02d}"
    return day if not rest else f"{day}T{rest[0]:02d}:{rest[1]:02d}{rest[2]}"


LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FFA-Za-z]")


def mentions(text: str, ents: list) -> list[dict]:
    """One gold entity per mention (the record's entities are mentions with offsets): every
    occurrence of each annotated surface form, at word boundaries, not inside a longer one."""
    found = []
    for t, ty, c, code in sorted(ents, key=lambda e: -len(z(e[0]))):
        form = z(t)
        for m in re.finditer(re.escape(form), text):
            s, e = m.span()
            if (s and LETTER.match(text[s - 1])) or (e < len(text) and LETTER.match(text[e])):
                continue
            if any(s < fe and fs < e for fs, fe, _ in found):
                continue
            found.append((s, e, {"text": form, "type": ty, "canonical": c, "code": code}))
        if not any(f[2]["text"] == form for f in found):
            raise ValueError(f"entity never found as a word: {form!r}")
    return [d for _, _, d in sorted(found, key=lambda f: f[0])]


def gold(a: dict) -> dict:
    title, lead, body = z(a["title"]), z(a.get("lead")), [z(p) for p in a["body"]]
    text = "\n\n".join([title] + ([lead] if lead else []) + body)
    g = {"title": title, "lead": lead, "body": body, "agency": a["agency"],
         "section": z(a.get("section")), "published": published(a),
         "attributed_sources": a.get("sources", [])}
    if a.get("extract_only"):
        return g
    g["entities"] = mentions(text, a.get("ents", []))
    g["quotes"] = [{"text": z(t), "speaker": sp, "speaker_text": z(st), "direct": d}
                   for t, sp, st, d in a.get("quotes", [])]
    evs = []
    for e in a.get("events", []):
        src, stext, tgt, ttext, cameo, anchor = e[:6]
        opt = e[6] if len(e) > 6 else {}
        evs.append({"source": src, "source_text": z(stext), "target": tgt, "target_text": z(ttext),
                    "cameo": cameo, "root": cameo[:2], "negated": opt.get("neg", False),
                    "plover": plover(cameo, opt.get("mode")),
                    "sentence": sentence_of(text, z(anchor))})
    g["events"] = evs
    return g


# ---------------------------------------------------------------- dates as pages show them

def jdate_str(d, fmt: str) -> str:
    y, m, dd = d[1], d[2], d[3]
    hm = f"{d[4]:02d}:{d[5]:02d}" if len(d) > 5 else ""
    wd = WEEKDAYS[jdatetime.date(y, m, dd).weekday()]
    if fmt == "full":
        s = f"{dd} {JMONTHS[m - 1]} {y}" + (f" - {hm}" if hm else "")
        return s.translate(FA_DIGITS)
    if fmt == "slash_latin":
        return f"{y}/{m:02d}/{dd:02d}" + (f" {hm}" if hm else "")
    if fmt == "slash_fa":
        return (f"{y}/{m:02d}/{dd:02d}" + (f" - {hm}" if hm else "")).translate(FA_DIGITS)
    if fmt == "weekday":
        return z(f"{wd} {dd} {JMONTHS[m - 1]} {y}" + (f" ساعت {hm}" if hm else "")).translate(FA_DIGITS)
    raise ValueError(fmt)


def gdate_str(d, fmt: str) -> str:
    _, y, m, dd, *rest = d
    hm = f"{rest[0]:02d}:{rest[1]:02d}" if rest else ""
    if fmt == "month":
        return f"{dd} {GMONTHS[m - 1]} {y}".translate(FA_DIGITS)
    if fmt == "euronews":
        return f"{dd:02d}/{m:02d}/{y} - {hm} GMT+1".translate(FA_DIGITS)
    if fmt == "month_time":
        return f"{dd} {GMONTHS[m - 1]} {y} - {hm}".translate(FA_DIGITS)
    raise ValueError(fmt)


def date_str(a: dict) -> str:
    d, fmt = a["date"], a.get("date_fmt", "full")
    return jdate_str(d, fmt) if d[0] == "j" else gdate_str(d, fmt)


def iso_meta(a: dict) -> str:
    """Machine date for metadata (with seconds)."""
    p = published(a)
    if p is None:
        return ""
    if "T" in p:
        return p[:16] + ":00" + p[16:]
    return p


# ---------------------------------------------------------------- degradations

def degrade(s: str, a: dict) -> str:
    for d in a.get("deg", []):
        if d == "noz":
            s = s.replace(ZWNJ, "")
        elif d == "space":
            s = s.replace(ZWNJ, " ")
        elif d == "arabic":
            s = s.replace("ی", "ي").replace("ک", "ك")
        elif d == "entity":
            s = s.replace(ZWNJ, "&zwnj;")
    return s


# ---------------------------------------------------------------- text dumps

def render_text(a: dict) -> str:
    t = a["text_shape"]
    title, lead = z(a["title"]), z(a.get("lead"))
    lines: list[str] = []
    lines += [z(x) for x in t.get("header", [])]
    lines.append(title + t.get("title_suffix", ""))
    if t.get("title_twice"):
        lines.append(title)
    if t.get("date_top"):
        lines.append(date_str(a))
    if t.get("kicker"):
        lines.append(z(t["kicker"]))
    if lead:
        lines.append(lead)
    lines += [z(p) for p in a["body"]]
    lines += [z(x) for x in t.get("footer_before", [])]
    if t.get("code"):
        lines.append(z(t["code"]).translate(FA_DIGITS) if t.get("fa_code") else z(t["code"]))
    if t.get("date_bottom"):
        lines.append(z(t.get("date_label", "")) + date_str(a))
    lines += [z(x) for x in t.get("footer_after", [])]
    sep = "\n" if t.get("compact") else "\n\n"
    out = sep.join(lines)
    if t.get("cut"):
        out = out[: out.index(z(t["cut"]))] + z(t["cut"])[: len(t["cut"]) // 2]
    out = degrade(out, a)
    if t.get("crlf"):
        out = out.replace("\n", "\r\n")
    return out + ("" if t.get("cut") else "\n")


# ---------------------------------------------------------------- HTML pages

def esc(s: str) -> str:
    return html.escape(s, quote=True)


def render_html(a: dict) -> str:
    h = a["html_shape"]
    title, lead = z(a["title"]), z(a.get("lead"))
    body = [z(p) for p in a["body"]]
    site = z(h["site"])
    head = [f'<meta charset="utf-8">', f"<title>{esc(title)} - {esc(site)}</title>"]
    if h.get("og"):
        head += [f'<meta property="og:site_name" content="{esc(site)}">',
                 f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{esc(h["url"])}">']
        if lead:
            head.append(f'<meta property="og:description" content="{esc(lead)}">')
        if iso_meta(a):
            head.append(f'<meta property="article:published_time" content="{iso_meta(a)}">')
        if a.get("section") and h.get("meta_section"):
            head.append(f'<meta property="article:section" content="{esc(z(a["section"]))}">')
    if h.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": h.get("ld_type", "NewsArticle"),
              "headline": title, "datePublished": iso_meta(a),
              "publisher": {"@type": "Organization", "name": site}}
        if a.get("section"):
            ld["articleSection"] = z(a["section"])
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    head.append('<link rel="stylesheet" href="/static/css/main.min.css">')
    nav = "".join(f'<li><a href="/{i}">{esc(z(x))}</a></li>' for i, x in enumerate(h["nav"]))
    crumbs = "".join(f'<li class="breadcrumb-item"><a href="/c/{i}">{esc(z(x))}</a></li>'
                     for i, x in enumerate(h.get("crumbs", [])))
    rel = "".join(f'<li><a href="/news/{9000 + i}">{esc(z(x))}</a></li>' for i, x in enumerate(h["related"]))
    tags = "".join(f'<a class="tag" href="/tag/{i}">{esc(z(x))}</a>' for i, x in enumerate(h.get("tags", [])))
    paras = []
    for i, p in enumerate(body):
        paras.append(f"<p>{esc(p)}</p>")
        for after, extra in h.get("inserts", []):
            if after == i:
                paras.append(z(extra))
    paras += [z(x) for x in h.get("body_tail", [])]
    date_html = ""
    if a.get("date") and not a.get("no_date"):
        dt = iso_meta(a) if h.get("time_attr") else ""
        attr = f' datetime="{dt}"' if dt else ""
        date_html = f'<time class="{h.get("date_class", "news-date")}"{attr}>{esc(date_str(a))}</time>'
    today = f'<div class="today">{esc(z(h["today"]))}</div>' if h.get("today") else ""
    lead_html = f'<{h.get("lead_tag", "p")} class="{h.get("lead_class", "lead")}">{esc(lead)}</{h.get("lead_tag", "p")}>' if lead else ""
    kicker = f'<div class="kicker">{esc(z(h["kicker"]))}</div>' if h.get("kicker") else ""
    out = f"""<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
{chr(10).join(head)}
</head>
<body>
<header class="site-header">{today}<a class="logo" href="/">{esc(site)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<main>
<ol class="breadcrumb">{crumbs}</ol>
<article class="{h.get("article_class", "news-item")}">
{kicker}<h1 class="title">{esc(title)}</h1>
{date_html if h.get("date_pos", "top") == "top" else ""}
{lead_html}
<div class="{h.get("body_class", "body")}">
{chr(10).join(paras)}
</div>
{date_html if h.get("date_pos") == "bottom" else ""}
<div class="tags">{tags}</div>
<div class="share"><a href="#">{esc(z("اشتراک_گذاری"))}</a> <a href="#">{esc(z("چاپ"))}</a> <a href="#">تلگرام</a> <a href="#">واتساپ</a></div>
</article>
<aside class="related"><h3>{esc(z(h.get("related_title", "اخبار مرتبط")))}</h3><ul>{rel}</ul></aside>
</main>
<footer class="site-footer"><p>{esc(z(h["footer"]))}</p></footer>
<script src="/static/js/app.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());</script>
</body>
</html>
"""
    return degrade(out, a)
