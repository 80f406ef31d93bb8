"""Text dumps: a scraper's plain-text copy of a page -> title, lead, body and metadata."""
from __future__ import annotations

import re

from .attribution import agency_from_copyright, agency_from_name, agency_in_text, attribution_parts, canon_section
from .dates import parse_date
from .fold import key, soft
from .lexicon import agencies, sections
from .lines import HOME_KEYS, crumb_items, is_date_line, is_nav_row, is_sentence, letters, row_items, starts_body
from .segment import LEAD_MIN_LETTERS, Segments, is_site_name, segment_lines

_CODE = re.compile(r"(?:کد\s{0,3}خبر|شناسه\s{0,3}خبر|کد\s{0,3}مطلب)\s{0,3}[:：]?\s{0,3}(?P<code>\d{3,12})")
_TAGS = re.compile(r"^(?:برچسب\s{0,3}ها|برچسب|کلید\s{0,3}واژه\s{0,3}ها|کلیدواژه\s{0,3}ها|تگ\s{0,3}ها|موضوعات)\s{0,3}[:：]?\s{0,3}(?P<rest>.*)$")
_SECTION_LINK = re.compile(r"^(?:پربیننده\s{0,3}ترین\s{0,3}اخبار|اخبار\s{0,3}روز|آخرین\s{0,3}اخبار|پربازدیدترین\s{0,3}اخبار)\s(?P<sec>[^\W\d_][^\n]{1,30})$")


_ALNUM = re.compile(r"[^\W_]")


def split_lines(text: str) -> list[str]:
    """Stripped lines that hold at least one letter or digit."""
    return [l.strip() for l in text.splitlines() if _ALNUM.search(l)]


def footer_meta(lines: list[str]) -> dict:
    """Tags, news code and a section named by footer links."""
    meta: dict = {}
    for n, line in enumerate(lines):
        s = soft(line)
        m = _CODE.search(s)
        if m and "news_code" not in meta:
            meta["news_code"] = m.group("code")
        t = _TAGS.match(s)
        if t and "tags" not in meta:
            rest = line[len(line) - len(t.group("rest")):] if t.group("rest") else ""
            tags = [x.strip() for x in re.split(r"[،,؛;#]", rest) if x.strip()]
            if not tags:
                for nxt in lines[n + 1:n + 12]:
                    if letters(nxt) > 40 or _CODE.search(soft(nxt)) or is_date_line(nxt):
                        break
                    tags.append(nxt.lstrip("#").strip())
            if tags:
                meta["tags"] = tags
        sl = _SECTION_LINK.match(s)
        if sl and "footer_section" not in meta:
            meta["footer_section"] = line[sl.start("sec"):].strip()
    return meta


def _menu_item(lines: list[str], n: int) -> bool:
    """A section name in a run of section names is the site menu, not the story's section."""
    near = lines[max(0, n - 1):n] + lines[n + 1:n + 2]
    return any(key(l) in sections() for l in near)


def header_meta(lines: list[str]) -> dict:
    meta: dict = {}
    for n, line in enumerate(lines):
        if is_date_line(line):
            continue
        parts = crumb_items(line)
        if parts:
            # a crumb that opens with the home page beats an earlier short row of sections (a
            # four-item menu "سیاسی | بین‌الملل | اقتصادی | ورزشی" reads like a crumb too)
            if "breadcrumb_section" not in meta or (key(parts[0]) in HOME_KEYS and not meta.get("_home_crumb")):
                meta["breadcrumb_section"] = parts[-1]
                meta["_home_crumb"] = key(parts[0]) in HOME_KEYS
            continue
        if key(line) in sections():
            if "header_section" not in meta and not _menu_item(lines, n):
                meta["header_section"] = line
        elif letters(line) >= 4 and "rutitr" not in meta and len(line) < 120 and not is_nav_row(line):
            meta["rutitr"] = line
    meta.pop("_home_crumb", None)
    return meta


_TODAY = ("امروز", "today")


def _dated(lines: list[str]) -> list[tuple[int, str, str]]:
    """(index, line, iso date) of each short line that carries a date."""
    out = []
    for i, line in enumerate(lines):
        if is_date_line(line) or len(line) < 80:
            d = parse_date(line)
            if d:
                out.append((i, line, d))
    return out


def _is_clock(i: int, line: str, iso: str, last_crumb: int, dated: list[tuple[int, str, str]]) -> bool:
    """A header date that is the site's clock, not the story's: "امروز: ...", or a date above the
    breadcrumb (`last_crumb`: "یکشنبه ۸ آذر ۱۴۰۵" / "خانه > سیاسی" / ... / "۶ آذر ۱۴۰۵ - ۲۱:۱۵"), or a
    date without a time followed further down the header by one with a time."""
    if i < last_crumb or soft(line).lstrip().lower().startswith(_TODAY):
        return True
    return "T" not in iso and any(j > i and "T" in d for j, _, d in dated)


def published_from(seg: Segments) -> str | None:
    """The story's date from header/footer lines. The site's clock (the day of the crawl, not of
    the story: see `_is_clock`) only as a last resort."""
    head = _dated(seg.header)
    last_crumb = max((j for j, line in enumerate(seg.header) if crumb_items(line)), default=-1)
    clocks, story = [], []
    for i, line, d in head:
        (clocks if _is_clock(i, line, d, last_crumb, head) else story).append(d)
    if story:
        return story[0]
    footer = _dated(seg.footer)
    return footer[0][2] if footer else (clocks[0] if clocks else None)


def extract_text(text: str) -> dict:
    """Fields of a text dump, before normalization."""
    lines = split_lines(text)
    seg = segment_lines(lines)
    head, foot = header_meta(seg.header), footer_meta(seg.footer)
    opening = " ".join(seg.body[:2])
    agency, section, reporter_desk = attribution_parts(opening)
    if agency is None:
        first = seg.body[0] if seg.body else ""
        agency = agency_in_text(first[:80])
    if agency is None:
        for line in lines[:3]:
            if line != seg.title and agency_from_name(line[len(seg.title or ""):] if seg.title and line.startswith(seg.title) else ""):
                agency = agency_from_name(line[len(seg.title or ""):])
                break
    if agency is None:   # the site's name alone on a line above the headline ("ایران اینترنشنال"),
        # or as the first item of its menu row ("رادیو فردا | ایران | جهان | اقتصاد")
        names = [l if is_site_name(l) else row_items(l)[0] for l in seg.header[:6] if is_site_name(l) or is_nav_row(l)]
        agency = next((a for a in map(agency_from_name, names) if a), None)
    if agency is None:
        agency = agency_in_text("\n".join(seg.footer[-15:])) or agency_from_copyright(seg.footer[-15:])
    # a breadcrumb, then "به گزارش گروه X", name the page's section; "به گزارش خبرنگار سیاسی" only
    # the reporter's desk, used when the page names no section
    section = (canon_section(head.get("breadcrumb_section")) or section or canon_section(head.get("header_section"))
               or reporter_desk) or canon_section(foot.get("footer_section"))
    lead, body = seg.lead, seg.body
    if lead is None and agency and agencies()[agency].first_paragraph_lead and len(body) >= 2 \
            and letters(body[0]) >= LEAD_MIN_LETTERS:
        lead, body = body[0], body[1:]
    elif lead is None and agency and agencies()[agency].lead_before_report and len(body) >= 2 \
            and letters(body[0]) >= LEAD_MIN_LETTERS and is_sentence(body[0]) and not starts_body(body[0]) \
            and starts_body(body[1]):
        lead, body = body[0], body[1:]
    meta = {k: v for k, v in {**head, **foot}.items() if k in ("rutitr", "tags", "news_code")}
    return {"title": seg.title, "lead": lead, "body": body, "agency": agency, "section": section,
            "published": published_from(seg), "meta": meta, "end_found": seg.end_found}
