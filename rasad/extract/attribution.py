"""Who published the page, which desk, and which media it cites.

- `attribution(text)`: parse the opening "به گزارش [گروه X] [خبرگزاری Y]، ... به نقل از Z" into
  (agency slug, section, cited canonical names).
- `agency_from_*`: the URL's domain, `og:site_name`, a title suffix, or the page's own words.
- `cited_sources(text, own)`: media the story cites ("به نقل از ...", "به گزارش ...", "... نوشت")
  other than its own agency, as canonical English names from data/media.tsv.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from urllib.parse import urlsplit

from .fold import fold_words, key, soft
from .lexicon import agencies, agency_names, close_cue_media, media_keys, sections

_ATTR = re.compile(r"به\s{0,3}گزارش(?P<clause>[^،,.:؛\n]{1,160})")
_DESK = re.compile(r"(?:گروه|سرویس|حوزه|دبیرخانه)\s(?P<desk>[^،,.:؛\n]{2,60}?)\s{0,3}(?=(?:خبرگزاری|پایگاه|روزنامه|سایت|باشگاه|شبکه|خبرگزاری|ایرنا|ایسنا|ایلنا|تسنیم|مهر|فارس|خبرآنلاین|همشهری|انتخاب|یورونیوز|رادیو|به\s{0,3}نقل|$))")
_REPORTER = re.compile(r"خبرنگار\s(?P<desk>[^\W\d_]{2,20}(?:\s{0,3}[^\W\d_]{2,20})?)")
_CUE_BEFORE = re.compile(r"(?:نقل\s{0,3}از|گزارش|به\s{0,3}گفته|نوشته|منبع|منابع|اعلام)[^.!?؟\n]{0,45}$")
#: a name that is also a word or a person's name ("محمدو سانا، وزیر ...", "میزان تورم"; marked
#: `close` in media.tsv) counts only right after "به نقل از" / "به گزارش"
_KINDS = r"(?:خبرگزاری|روزنامه|شبکه|پایگاه|سایت|هفته\s?نامه)(?:\s{1,3}[^\W\d_]{2,14}ی)?"   # "خبرگزاری اسپانیایی"
_CLOSE_CUE = re.compile(r"(?:نقل\s{0,3}از|گزارش|به\s{0,3}گفته|به\s{0,3}نوشته)\s{0,3}(?:" + _KINDS + r"\s{0,3})?$")
#: ... or right after the word for its kind of medium, with a cue after it ("روزنامه الوطن نوشت")
_KIND_BEFORE = re.compile(_KINDS + r"\s{0,3}$")
_CUE_BEFORE_TALK = re.compile(r"(?:گفت\s{0,3}و\s{0,3}گو|مصاحبه)\s{0,3}با\s{0,3}(?:شبکه|روزنامه|خبرگزاری|رادیو|تلویزیون|پایگاه|سایت)?[^.!?؟\n]{0,12}$")
_CUE_AFTER = re.compile(r"^[^.!?؟\n]{0,80}?(?:گزارش|نوشت|اعلام\s{0,3}کرد|خبر\s{0,3}داد|مدعی\s{0,3}شد|فاش\s{0,3}کرد|ادعا\s{0,3}کرد|افزود|به\s{0,3}نقل\s{0,3}از|توصیف\s{0,3}کرد|تایید\s{0,3}کرد|تأیید\s{0,3}کرد|منتشر\s{0,3}کرد|گفت|مدعی|مدعی\s{0,3}است|اشاره\s{0,3}کرد)")


def canon_section(desk: str | None) -> str | None:
    """The page's section name in its usual spelling ("بینالملل" -> "بین‌الملل"); unknown ones as given."""
    if not desk:
        return None
    desk = desk.strip(" «»\"'()-–:")
    if not desk:
        return None
    return sections().get(key(desk), desk)


def _agency_in(text: str, weak: bool) -> str | None:
    if len(text) <= 2000:   # site names, titles, footers: the same few strings on every page of a site
        return _agency_in_cached(text, weak)
    return _agency_in_uncached(text, weak)


def _agency_in_uncached(text: str, weak: bool) -> str | None:
    by_group, strong_rx, every_rx = agency_names()
    m = (every_rx if weak else strong_rx).search(soft(text))
    return by_group[m.lastgroup] if m else None


_agency_in_cached = lru_cache(maxsize=1024)(_agency_in_uncached)


def attribution(text: str) -> tuple[str | None, str | None]:
    """(agency slug, section) from the first "به گزارش ..." clause of `text`."""
    agency, group, reporter = attribution_parts(text)
    return agency, group or reporter


def attribution_parts(text: str) -> tuple[str | None, str | None, str | None]:
    """(agency slug, "گروه X" section, "خبرنگار X" desk) of the first "به گزارش ..." clause.

    "به گزارش گروه بین‌الملل ..." names the page's section; "به گزارش خبرنگار سیاسی ..." only the
    reporter's desk, which a breadcrumb or `article:section` overrides."""
    s = soft(text[:3000])
    m = _ATTR.search(s)
    if not m:
        return None, None, None
    clause = m.group("clause")
    cited = clause.split("نقل از")[0]
    agency = _agency_in(cited, weak=True)
    desk = None
    d = _DESK.search(cited)
    if d:
        desk = text[m.start("clause") + d.start("desk"): m.start("clause") + d.end("desk")]
    else:
        r = _REPORTER.search(cited)
        if r:
            cand = text[m.start("clause") + r.start("desk"): m.start("clause") + r.end("desk")]
            for n in (2, 1):
                words = cand.split()[:n]
                if key(" ".join(words)) in sections():
                    return agency, None, canon_section(" ".join(words))
    return agency, canon_section(desk), None


def agency_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
    except ValueError:
        return None
    path = parts.path.lower()
    first = path.split("/", 2)[1] if path.count("/") >= 1 else ""
    return _agency_for_host((parts.hostname or "").lower(), first)


@lru_cache(maxsize=4096)
def _agency_for_host(host: str, first_segment: str) -> str | None:
    """Agency of a host (and a first path segment, for agencies that live under a path).
    Cached: a crawl has few hosts and many pages, and each page asks up to four times."""
    for ag in agencies().values():
        for d in ag.domains:
            dom, _, sub = d.partition("/")
            if host == dom or host.endswith("." + dom):
                if not sub or first_segment.startswith(sub):
                    return ag.slug
    return None


def agency_from_name(name: str | None) -> str | None:
    """og:site_name, a title suffix, a copyright line: any spelling of an agency, weak ones too."""
    if not name:
        return None
    return _agency_in(name, weak=True)


_COPYRIGHT = ("©", "حقوق", "copyright", "Copyright")


def agency_from_copyright(lines: list[str]) -> str | None:
    """The site named by a copyright line ("© ۲۰۲۶ بی‌بی‌سی ..."), by any spelling or by the
    agency's `copyright_names`."""
    for line in lines:
        if not any(c in line for c in _COPYRIGHT):
            continue
        found = agency_from_name(line)
        if found:
            return found
        k = key(line)
        for ag in agencies().values():
            if any(key(n) in k for n in ag.copyright_names):
                return ag.slug
    return None


def agency_in_text(text: str) -> str | None:
    """A strong spelling ("خبرگزاری تسنیم", "ایرنا") anywhere in `text`."""
    return _agency_in(text, weak=False)


_WORD = re.compile(r"[^\W_]+")
#: punctuation that separates words: turned into spaces so that str.split() finds the words
_PUNCT = tuple(".,:;!?'\"()[]{}<>/\\|-–—…*#@%&+=~`^«»؟،؛٪_")
assert not any(c.isalnum() for c in _PUNCT)


def _words(s: str) -> list[str]:
    """`_WORD.findall(s)` in C speed: punctuation to spaces, split, and the regex only for the rare
    token with another non-word character in it (a findall makes one object per word: ~0.4 µs)."""
    for c in _PUNCT:
        if c in s:
            s = s.replace(c, " ")
    toks = s.split()
    if all(map(str.isalnum, toks)):
        return toks
    out: list[str] = []
    for t in toks:
        if t.isalnum():
            out.append(t)
        else:
            out.extend(_WORD.findall(t))
    return out


def _find_word(s: str, word: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the first whole `word` in `s` at or after `pos` (neighbours not letters or
    digits), like the regex (?<![^\\W_])word(?![^\\W_]) but with str.find's fast scan."""
    n = len(word)
    while True:
        k = s.find(word, pos)
        if k < 0:
            return None
        e = k + n
        if (k == 0 or not s[k - 1].isalnum()) and (e == len(s) or not s[e].isalnum()):
            return k, e
        pos = k + 1


def cited_sources(text: str, own: str | None) -> list[str]:
    """Canonical names of media the story cites, in order of first mention, own agency excluded.

    Words are matched against the media table by folded key, one to four words at a time (so
    "نیویورک تایمز", "نیویورک‌تایمز" and "نیویورکتایمز" are one name); a name counts when a cue
    ("به نقل از", "به گزارش", "... نوشت") stands next to it. Linear in the text.
    """
    table, prefixes, longest = media_keys()
    own_names = set()
    if own and own in agencies():
        own_names.add(agencies()[own].english)
        if own == "bbcpersian":
            own_names.add("BBC")
    s = fold_words(text)
    words = _words(s)
    out: list[str] = []
    i, n, cursor = 0, len(words), 0
    # a name starts at a word that begins one (picked in C: ~1 word in 8, mostly و/این/با) and that
    # is a whole name or begins one with the next word; only there is the walk below run
    for first in compress(range(n), map(prefixes.__contains__, words)):
        if first < i:
            continue
        w = words[first]
        if w not in table and (first + 1 >= n or w + words[first + 1] not in prefixes):
            continue
        i = first
        hit, j, acc = None, i, ""
        while j < n and j < i + longest:
            acc += words[j]
            if acc not in prefixes:
                break
            if acc in table:
                hit = (table[acc], j)
            j += 1
        if hit is None:
            i += 1
            continue
        name, last = hit
        m = _find_word(s, words[i], cursor)
        start = m[0] if m else cursor
        end = start
        for w in words[i:last + 1]:
            m = _find_word(s, w, end)
            end = m[1] if m else end
        cursor = end
        if name not in own_names and name not in out:
            before = s[max(0, start - 60): start]
            after = s[end: end + 90]
            if "".join(words[i:last + 1]) in close_cue_media():
                cited = bool(_CLOSE_CUE.search(before) or _KIND_BEFORE.search(before) and _CUE_AFTER.match(after))
            else:
                cited = bool(_CUE_BEFORE.search(before) or _CUE_BEFORE_TALK.search(before) or _CUE_AFTER.match(after))
            if cited:
                out.append(name)
        i = last + 1
    return out
