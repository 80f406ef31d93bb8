"""Line features shared by the text-dump segmenter and the HTML path.

A "line" is one paragraph-sized block: a line of a text dump, or a block of an HTML page. The
features decide where the body starts (an attribution such as "به گزارش ..."), where it ends (an
end marker, a footer phrase, a sponsor list, a date line, a news-code line) and which lines inside
it are not story (captions, "بیشتر بخوانید"). Phrases come from data files, matched on folded keys,
so pages without ZWNJ or with Arabic ي/ك match the same.
"""
from __future__ import annotations

import re

from .dates import find_date
from .fold import key, line_cache, soft
from .lexicon import menu_keys, phrases, sections

#: body starts here: "به گزارش ...", "به نقل از ...", or an agency dateline "تهران - ایرنا -"
_CUE = re.compile(r"^(?P<pre>.{0,60}?)(?:به\s{0,3}گزارش|به\s{0,3}نقل\s{0,3}از|به\s{0,3}نوشته)(?![^\W\d_])", re.S)
#: what may stand before the cue: nothing, a dateline or agency tag closed by a separator
#: ("تهران - ایرنا - به گزارش"), or "بنا"; a sentence word before it ("در واکنش به گزارش تازه ...")
#: makes the cue a complement, and the line a lead, not the story's opening
_CUE_PRE_END = tuple("-–—/:|)]،,")
_DATELINE = re.compile(r"^[^.!?؟\n]{0,40}?[\-–—/]\s{0,3}(?:ایرنا|ایسنا|ایلنا|مهر|فارس|تسنیم|ایکنا|باشگاه\s{0,3}خبرنگاران\s{0,3}جوان|خبرآنلاین)\s{0,3}[\-–—/]")
_PAREN_AGENCY = re.compile(r"^\s{0,3}[(\[](?:ایسنا|ایرنا|ایلنا|تسنیم|مهر|فارس)[)\]]")
_INLINE_END = re.compile(r"[\s/]{0,3}(?:انتهای\s{0,3}پیام|پایان\s{0,3}خبر|پایان\s{0,3}پیام)\s{0,3}/?\s*$")
#: a breadcrumb's first item ("صفحه نخست » ...") and link texts that name no section, as keys
HOME_KEYS = frozenset(key(x) for x in ("خانه", "صفحه نخست", "صفحه اصلی", "صفحه اول", "اخبار", "Home", "»", ">"))
_SENT_END = tuple(".!?؟»\"”)…:؛")
_NON_LETTERS = re.compile(r"[\W\d_]")


#: the usual non-letters of Persian text: deleted with str.replace before counting (fast), then
#: `isalpha` confirms the rest are all letters; anything unusual left falls back to the regex
_COMMON_NON_LETTERS = tuple(" \u200c\n\r\t.,:;!?'\"()[]-–—/«»؟،؛٪%0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩\u00a0\u200f\u200e"
                            "\u200d\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670")
assert all(_NON_LETTERS.fullmatch(c) for c in _COMMON_NON_LETTERS)


#: separators of a navigation row's items: a bar, a bullet, or two spaces or more
_ROW_SEP = re.compile(r"\s*[|•·]\s*|\s>\s|\s{2,}")


def row_items(line: str) -> list[str]:
    """The items of a row split at bars, bullets, " > " or runs of spaces."""
    return [p.strip() for p in _ROW_SEP.split(line) if p.strip()]


@line_cache
def is_nav_row(line: str) -> bool:
    """A site's navigation row on one line ("خانه  سیاست  اقتصاد  جهان  آرشیو", "اخبار | تحلیل |
    پادکست | تماس با ما", "همشهری آنلاین > صفحه نخست > شهری > سیاسی > ..."): five items or more,
    most of them menu words. Such a line is never a
    headline, a kicker or a section, though it reads like one to a line-by-line test."""
    if len(line) > 200 or "»" in line or "›" in line:   # a breadcrumb, not the menu
        return False
    items = row_items(line)
    if len(items) < 5:   # single spaces only: the words are the items, nearly all must be menu words
        words = line.split()
        return len(items) == 1 and len(words) >= 5 and _menu_words(words) >= 0.8 * len(words)
    # up to four items may be a breadcrumb ("خانه | بین‌الملل | آسیا | افغانستان": sections.txt
    # lists countries too), so a menu row has five items or more, half of them menu words
    return all(i.count(" ") <= 2 for i in items) and sum(key(i) in menu_keys() for i in items) >= 0.5 * len(items)


def _menu_words(words: list[str]) -> int:
    """How many of `words` belong to menu items, two-word items first ("صفحه اصلی سیاسی اقتصادی":
    "صفحه" and "اصلی" are no menu words alone)."""
    keys, i, count = menu_keys(), 0, 0
    while i < len(words):
        if i + 1 < len(words) and key(words[i] + words[i + 1]) in keys:
            count, i = count + 2, i + 2
        else:
            count, i = count + (key(words[i]) in keys), i + 1
    return count


_CRUMB_SEP = re.compile(r"\s[»>›/|]\s|\s?[»›]\s?")


@line_cache
def crumb_items(line: str) -> list[str] | None:
    """The items of a breadcrumb line ("صفحه نخست » سیاست خارجی", "سیاسی > مجلس"): it opens with
    the home page or a section name and is no menu row; None for any other line."""
    if letters(line) > 60 or not _CRUMB_SEP.search(line) or is_nav_row(line):
        return None
    parts = [p.strip() for p in _CRUMB_SEP.split(line) if p.strip()]
    if len(parts) < 2 or not (key(parts[0]) in HOME_KEYS or key(parts[0]) in sections()):
        return None
    return parts


@line_cache
def letters(s: str) -> int:
    """How many letters `s` has (no digits, spaces, punctuation): what `[^\\W\\d_]` matches.

    A regex findall costs ~50 ns per character (one match object per space); on paragraphs,
    deleting the usual non-letters with str.replace and checking `isalpha` is 2-3x faster.
    """
    if len(s) < 100:
        return len(s) - len(_NON_LETTERS.findall(s))
    for c in _COMMON_NON_LETTERS:
        if c in s:
            s = s.replace(c, "")
    if s.isalpha():     # letters only: isalpha is exactly "\w, not a digit, not _" for these
        return len(s)
    return len(s) - len(_NON_LETTERS.findall(s))


def has_letters(s: str, n: int) -> bool:
    """letters(s) >= n, counting a prefix first (long texts usually reach n early)."""
    return letters(s[:4 * n]) >= n or (len(s) > 4 * n and letters(s) >= n)


@line_cache
def starts_body(line: str) -> bool:
    """Does the line open the story (attribution cue or agency dateline)?"""
    s = soft(line[:160])
    m = _CUE.match(s)
    if m:
        pre = m.group("pre").strip()
        if not pre or pre.endswith(_CUE_PRE_END) or pre == "بنا":
            return True
    return bool(_DATELINE.match(s) or _PAREN_AGENCY.match(s))


@line_cache
def own_attribution(line: str) -> bool:
    """Does the opening name the publishing agency or its desk ("به گزارش گروه X خبرگزاری Y")?

    Only then is a paragraph before it the agency's lead; "به گزارش رویترز" on a site without
    leads (BBC Persian, Radio Farda) opens a paragraph that follows other body paragraphs.
    """
    from .attribution import attribution
    s = soft(line[:160])
    if _DATELINE.match(s) or _PAREN_AGENCY.match(s):
        return True
    agency, section = attribution(line[:300])
    return agency is not None or section is not None


def is_sentence(line: str) -> bool:
    return line.rstrip().endswith(_SENT_END)


def is_code_line(line: str) -> bool:
    """Reporter/desk codes that end a story: "۲۱۲/", "ک.م/ ۲۰۱", "۴۵۲۱/۶۰۲۲", "**"."""
    s = line.strip()
    if not s or len(s) > 24:
        return False
    if set(s) <= set("*-_=~.•· "):
        return len(s) >= 2
    return ("/" in s or any(c.isdigit() for c in s)) and letters(s) <= 4 and ":" not in s


@line_cache
def is_date_line(line: str) -> bool:
    """A line that is mostly a date/time ("۸ آذر ۱۴۰۵ - ۱۲:۳۰", "تاریخ انتشار: ...")."""
    if len(line) > 70:
        return False
    found = find_date(line)
    if not found:
        return False
    _, a, b = found
    rest = letters(line[:a] + line[b:])
    return rest <= 18


@line_cache
def end_marker(line: str) -> str | None:
    """None if the line carries no end marker; else the text before the marker ('' for a bare one)."""
    k = key(line)
    ph = phrases()
    if ph.match("end", k) and (ph.by_kind.get(("end", "exact")) and k in ph.by_kind[("end", "exact")]):
        return ""
    if is_code_line(line) and not is_date_line(line):
        return ""
    m = _INLINE_END.search(soft(line[-40:]))
    if m:
        cut = len(line) - 40 + m.start() if len(line) > 40 else m.start()
        return line[:max(0, cut)].rstrip()
    return None


@line_cache
def is_footer(line: str) -> bool:
    """A line where the footer (or a side box) starts: section links, tags, news code, share, copyright."""
    if len(line) > 160:
        return False
    k = key(line)
    ph = phrases()
    if k in ph.sponsors:
        return True
    if ph.match("footer", k, line):
        # a long sentence that merely starts like a footer ("آخرین اخبار نشان می‌دهد ...") is body
        return len(line) <= 70 or not is_sentence(line) or "حقوق" in line or "©" in line
    return is_date_line(line)


@line_cache
def is_drop(line: str) -> bool:
    """A line inside the body that is not story: captions, 'read also', photo credits."""
    if len(line) > 200:
        return False
    return phrases().match("drop", key(line), line)


def tail_trim(body: list[str]) -> list[str]:
    """Drop trailing lines that look like link lists or sponsors (short, no sentence end)."""
    end = len(body)
    while end > 1 and not is_sentence(body[end - 1]) and letters(body[end - 1]) < 90:
        end -= 1
    return body[:end]
