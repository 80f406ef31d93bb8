"""Segment a page's lines into title, lead, body and the rest (header and footer lines).

Used for text dumps (lines of the dump) and for HTML (blocks of the main content). Shape of a
dump: [header lines] title [title again, maybe with " - تسنیم"] [rutitr/date] [lead] body...
[end marker] [footer: section links, sponsors, tags, news code, dates, copyright].
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .fold import key, soft
from .lexicon import agency_names
from .lines import (crumb_items, end_marker, own_attribution, is_date_line, is_drop, is_footer, is_nav_row, is_sentence, letters, starts_body,
                    tail_trim)

_TITLE_SEP = re.compile(r"\s[\-–—|:»]{1,2}\s|\s{0,3}\|\s{0,3}")
_SUFFIX_WORDS = ("خبرگزاری", "اخبار", "نیوز", "آنلاین", "news", "online", "پایگاه", "فارسی", "جهان", "ایران")
LEAD_MIN_LETTERS = 40


@dataclass
class Segments:
    title: str | None = None
    lead: str | None = None
    body: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    end_found: bool = False


def strip_title_suffix(line: str) -> str:
    """"عنوان - تسنیم" / "عنوان | ایسنا" / "عنوان - خبرگزاری مهر | اخبار ایران و جهان" -> "عنوان"."""
    parts = _TITLE_SEP.split(line)
    if len(parts) < 2:
        return line.strip()
    _, strong, every = agency_names()
    keep = len(parts)
    while keep > 1:
        tail = soft(parts[keep - 1]).strip()
        low = tail.lower()
        if every.search(tail) or (len(tail.split()) <= 5 and any(w in low for w in _SUFFIX_WORDS)):
            keep -= 1
        else:
            break
    if keep == len(parts):
        return line.strip()
    # cut at the separator before the first dropped part
    pos, count = 0, 0
    for m in _TITLE_SEP.finditer(line):
        count += 1
        if count == keep:
            pos = m.start()
            break
    return line[:pos].strip() if pos else line.strip()


def _same_title(a: str, b: str) -> bool:
    ka, kb = key(strip_title_suffix(a)), key(strip_title_suffix(b))
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((key(a), key(b)), key=len)
    return len(short) >= 12 and long_.startswith(short) and len(long_) - len(short) <= 60


def is_site_name(line: str) -> bool:
    """A header line that is only the site's name ("همشهری آنلاین", "خبرگزاری مهر | اخبار ایران")."""
    if letters(line) > 40:
        return False
    rest = key(strip_title_suffix(line))
    if not rest:
        return True
    _, _, every = agency_names()
    return key(every.sub("", soft(line))) in ("", "خبرگزاری", "پایگاهخبری", "اخبار", "فارسی")


#: how far down a dump a repeated headline is looked for: a site menu of one word per line
#: (صفحه نخست / سیاسی / اقتصادی / ...) can push the headline well past the first lines
REPEAT_LIMIT = 30


def find_title(lines: list[str], limit: int = 8) -> tuple[int, int]:
    """(index of the title line, index of the last line of its repeats); (-1, -1) when none."""
    for i in range(min(len(lines), REPEAT_LIMIT)):
        if letters(lines[i]) < 4 or is_footer(lines[i]) and not lines[i].count(" ") > 4 or is_site_name(lines[i]) \
                or is_nav_row(lines[i]) or lines[i].rstrip().endswith("."):   # a headline has no full stop
            continue
        # the <title> copy and the <h1> copy may have the menu row, a breadcrumb and a kicker between them
        same = [j for j in range(i + 1, min(len(lines), i + 6)) if _same_title(lines[i], lines[j])]
        if same:
            return i, same[-1]
    menu = [_in_menu(lines, i) for i in range(min(len(lines), REPEAT_LIMIT))]
    n = min(len(lines), limit + sum(menu))
    for i in range(n):
        line = lines[i]
        if i < len(menu) and menu[i]:
            continue
        if _title_like(line):
            if i + 1 < len(lines) and _kicker_before(line, lines[i + 1]):
                return i + 1, i + 1
            return i, i
    return -1, -1


def _short(line: str) -> bool:
    """One or two words, or two joined by "و" ("فرهنگ و ادب", "علم و فناوری"): a menu item's size."""
    words = line.split()
    return (len(words) <= 2 or len(words) == 3 and words[1] == "و") and not is_sentence(line)


def _in_menu(lines: list[str], i: int) -> bool:
    """A line of one or two words in a run of such lines (a site's menu), or a breadcrumb
    ("صفحه نخست » بین‌الملل"): never the headline."""
    line = lines[i]
    if "»" in line and letters(line) < 40 or is_nav_row(line) or crumb_items(line):
        return True
    if not _short(line):
        return False
    return (i > 0 and _short(lines[i - 1])) or (i + 1 < len(lines) and _short(lines[i + 1]))


def _title_like(line: str) -> bool:
    return letters(line) >= 8 and len(line) <= 250 and not is_date_line(line) and not is_footer(line) \
        and not starts_body(line) and not is_site_name(line) and not is_nav_row(line) and not crumb_items(line)


def _kicker_before(line: str, nxt: str) -> bool:
    """A kicker (روتیتر: a short phrase, no sentence) over a longer headline that is not a
    sentence either: the headline is the title ("امنیت مرزها" / "سفر وزیر کشور به بغداد؛ ...",
    "در اعتراض به تعویق دستمزدها" / "کارگران پیمانی ... دست از کار کشیدند"). The shorter the
    kicker, the less longer the headline must be: two or three words under a headline twice as
    long, up to six words under one half as long again."""
    words = line.count(" ") + 1
    if words > 6 or is_sentence(line) or not _title_like(nxt) or is_sentence(nxt):
        return False
    return letters(nxt) >= (2 if words <= 3 else 1.5) * letters(line)


def pick_title(cands: list[str]) -> str:
    """Of the copies of the title, the one without a site suffix (the <h1>)."""
    stripped = [strip_title_suffix(c) for c in cands]
    return min(stripped, key=len)


def _story_follows(lines: list[str], start: int) -> bool:
    """Do the next two lines read as story (long sentences, no footer line between)?"""
    nxt = lines[start:start + 2]
    return len(nxt) == 2 and all(letters(l) >= LEAD_MIN_LETTERS and is_sentence(l) and not is_footer(l)
                                 for l in nxt)


def segment_lines(lines: list[str], *, title: str | None = None, lead: str | None = None) -> Segments:
    """Split `lines` (stripped, non-empty) into Segments. `title`/`lead` come from HTML metadata."""
    seg = Segments(title=title, lead=lead)
    i = 0
    if title is None:
        t0, t1 = find_title(lines)
        if t0 >= 0:
            copies = [lines[t0]] + [l for l in lines[t0 + 1:t1 + 1] if _same_title(lines[t0], l)]
            seg.title = pick_title(copies)
            seg.header = lines[:t0] + [l for l in lines[t0 + 1:t1 + 1] if not _same_title(lines[t0], l)]
            i = t1 + 1
    else:
        tk = key(strip_title_suffix(title))
        while i < len(lines) and i < 6 and key(strip_title_suffix(lines[i])) == tk:
            i += 1
    # between title and body start: rutitr, date, lead
    start = None
    for j in range(i, min(len(lines), i + 8)):
        if starts_body(lines[j]):
            start = j
            break
    if start is not None and start > i and not own_attribution(lines[start]):
        start = None   # "به گزارش رویترز" on a site without leads: the lines before it are body
    if start is not None:
        pre = lines[i:start]
        longs = [l for l in pre if letters(l) >= LEAD_MIN_LETTERS and not is_date_line(l) and not is_footer(l)
                 and not is_nav_row(l)]
        if seg.lead is None and longs:
            seg.lead = longs[0]
        # after the first long paragraph, short sentences are story too ("وی موضع X را ... خواند.")
        first = pre.index(longs[0]) if longs else len(pre)
        story = [l for l in pre[first + 1:] if l in longs or (is_sentence(l) and not is_date_line(l)
                                                               and not is_footer(l) and letters(l) >= 12)]
        extra = [l for l in longs[:1] + story if key(l) != key(seg.lead or "")]
        seg.header += [l for l in pre if l not in longs and l not in story]
        body_lines = extra + lines[start:]
    else:
        j = i
        while j < len(lines) and (letters(lines[j]) < LEAD_MIN_LETTERS or is_date_line(lines[j])) \
                and not is_sentence(lines[j]) and j < i + 4:
            j += 1
        if j >= len(lines) or end_marker(lines[j]) is not None:
            j = i
        seg.header += lines[i:j]
        body_lines = lines[j:]
    if seg.lead is not None:
        lk = key(seg.lead)
        body_lines = [l for l in body_lines if key(l) != lk]
    body, k = [], 0
    for k, line in enumerate(body_lines):
        before = end_marker(line)
        if before is not None:
            if before:
                body.append(before)
            seg.end_found = True
            seg.footer = body_lines[k:]
            break
        if len(body) <= 1 and is_date_line(line) and _story_follows(body_lines, k + 1):
            # a date between the summary and the story (HTML headers): header, not footer
            seg.header.append(line)
            if body and seg.lead is None and letters(body[0]) >= LEAD_MIN_LETTERS:
                seg.lead = body.pop()
            continue
        if is_footer(line) and (body or letters(line) < 30):
            seg.footer = body_lines[k:]
            break
        if is_drop(line):
            continue
        body.append(line)
    if not seg.end_found:
        body = tail_trim(body)
    seg.body = body
    return seg
