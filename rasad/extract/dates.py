"""Publication dates: Jalali or Gregorian, any digits, month names or numbers -> ISO Gregorian.

"۸ آذر ۱۴۰۵" -> "2026-11-29"; "۱۴۰۵/۰۹/۰۸ - ۱۲:۳۰" -> "2026-11-29T12:30+03:30" (Iran has kept
+03:30 all year since 2022); "۲۹ نوامبر ۲۰۲۶" -> "2026-11-29"; ISO meta values keep their own
offset. Calendar conversion is jdatetime's, not ours. Text is matched after `fold.soft`, so Persian,
Arabic-Indic and Latin digits and Arabic ي/ك all work; every pattern is linear (bounded counts).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import zoneinfo

import jdatetime

from .fold import line_cache, soft

IRAN_OFFSET = "+03:30"

J_MONTHS = {"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
            "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}
G_MONTHS = {"ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5,
            "ژوئن": 6, "جون": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8, "سپتامبر": 9,
            "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
            "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
            "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
            "oct": 10, "nov": 11, "dec": 12}

_MONTH_ALT = "|".join(sorted((re.escape(soft(m)) for m in list(J_MONTHS) + list(G_MONTHS)), key=len, reverse=True))
_TIME = r"(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
_SEP = r"[\s\-–—/|،,]{0,6}(?:ساعت\s{0,3})?"
_NUMERIC = re.compile(r"(?<!\d)(?P<y>1[34]\d\d|19\d\d|20\d\d)\s{0,3}[/\-.]\s{0,3}(?P<m>\d{1,2})\s{0,3}[/\-.]\s{0,3}(?P<d>\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s{0,3}[/\-.]\s{0,3}(?P<m>\d{1,2})\s{0,3}[/\-.]\s{0,3}(?P<y>1[34]\d\d|20\d\d)(?!\d)")
_NAMED = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s{0,3}(?:ام\s)?\s{0,3}(?P<mon>" + _MONTH_ALT + r")(?:\s{0,3}ماه)?(?![^\W\d_])[\s,،]{0,3}(?P<y>1[34]\d\d|20\d\d|19\d\d)(?!\d)",
                    re.IGNORECASE)
_TIME_AFTER = re.compile(_SEP + _TIME)
_TIME_BEFORE = re.compile(_TIME + r"(?:\s{0,3}(?:ساعت))?[\s\-–—/|،,]{0,6}$")
#: a zone printed after the time: "GMT+1", "GMT+۳:۳۰", "UTC", "(به وقت گرینویچ)"
_ZONE = re.compile(r"\s{0,3}[(\[]?\s{0,2}(?:GMT|UTC|به وقت گرینویچ|گرینویچ)"
                   r"(?:\s{0,2}(?P<sign>[+\-−])\s{0,2}(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?(?!\w)", re.IGNORECASE)
#: a place's clock printed after the time ("۱۹:۳۰ به وقت بروکسل"): its IANA zone, so that summer time
#: is the zone database's business, not ours
_PLACE_ZONES = {"تهران": "Asia/Tehran", "ایران": "Asia/Tehran", "کابل": "Asia/Kabul", "لندن": "Europe/London",
                "بروکسل": "Europe/Brussels", "پاریس": "Europe/Paris", "لیون": "Europe/Paris",
                "برلین": "Europe/Berlin", "پراگ": "Europe/Prague", "اروپای مرکزی": "Europe/Brussels",
                "مسکو": "Europe/Moscow", "واشنگتن": "America/New_York", "نیویورک": "America/New_York",
                "شرق آمریکا": "America/New_York", "دبی": "Asia/Dubai", "استانبول": "Europe/Istanbul",
                "آنکارا": "Europe/Istanbul", "دوشنبه": "Asia/Dushanbe", "تورنتو": "America/Toronto"}
_PLACE_ZONE = re.compile(r"\s{0,3}[(\[]?\s{0,2}به\s{1,2}وقت\s{1,2}(?P<place>"
                         + "|".join(sorted(_PLACE_ZONES, key=len, reverse=True)) + r")(?![^\W\d_])")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?")


@lru_cache(maxsize=4096)
def _greg(y: int, m: int, d: int) -> dt.date | None:
    """Gregorian date of a Jalali (1200-1500) or Gregorian (1900-2100) y/m/d; cached, since
    jdatetime consults the locale on every call."""
    try:
        if 1200 <= y <= 1500:
            return jdatetime.date(y, m, d).togregorian()
        if 1900 <= y <= 2100:
            return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None
    return None


def _fmt(date: dt.date, h: int | None, mi: int | None, s: int | None, offset: str | None) -> str:
    out = date.isoformat()
    if h is None or h > 23:
        return out
    out += f"T{h:02d}:{mi:02d}"
    if s:
        out += f":{s:02d}"
    return out + (offset or "")


def parse_iso(value: str) -> str | None:
    """A machine timestamp (meta, JSON-LD, <time datetime>) -> contract form; midnight = date only."""
    m = _ISO.match(soft(value or ""))
    if not m:
        return None
    y, mo, d, h, mi, s, tz = m.groups()
    date = _greg(int(y), int(mo), int(d))
    if date is None:
        return None
    if h is None or (h == "00" and mi == "00" and (s or "00") == "00"):
        return date.isoformat()
    if tz == "Z":
        tz = "+00:00"
    elif tz and ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    return _fmt(date, int(h), int(mi), int(s or 0), tz)


def find_date(text: str, *, window: int = 24) -> tuple[str, int, int] | None:
    """The first date (with its time when next to it) in `text`: (iso, start, end) or None."""
    s = soft(text)
    best = None
    for rx, named in ((_NAMED, True), (_NUMERIC, False), (_NUMERIC_DMY, False)):
        for m in rx.finditer(s):
            if named:
                mon = m.group("mon").lower()
                mo = J_MONTHS.get(mon) or G_MONTHS.get(mon)
                y = int(m.group("y"))
                if mon in J_MONTHS and y >= 1900:   # "مه 2026" is May, not Mehr
                    mo = G_MONTHS.get(mon)
                if mon in G_MONTHS and mon not in J_MONTHS and y < 1900:
                    continue
                if mo is None:
                    continue
            else:
                y, mo = int(m.group("y")), int(m.group("m"))
            date = _greg(y, mo, int(m.group("d")))
            if date is None:
                continue
            if best is None or m.start() < best[1]:
                best = (date, m.start(), m.end(), y)
            break
    if best is None:
        return None
    date, start, end, y = best
    offset = IRAN_OFFSET if y < 1900 else None
    t = _TIME_AFTER.match(s, end, min(len(s), end + window))
    if t:
        z = _ZONE.match(s, t.end(), min(len(s), t.end() + 40))
        if z:
            offset = _zone_offset(z)
        else:
            z = _PLACE_ZONE.match(s, t.end(), min(len(s), t.end() + 40))
            if z:
                # "+01:00" for 19:30 "به وقت بروکسل" on a winter day, "+02:00" on a summer one
                offset = _zone_at(_PLACE_ZONES[z["place"]], date, int(t.group("h")), int(t.group("mi"))) or offset
        return _fmt(date, int(t.group("h")), int(t.group("mi")), int(t.group("s") or 0), offset), start, \
            z.end() if z else t.end()
    tb = _TIME_BEFORE.search(s, max(0, start - window), start)
    if tb:
        return _fmt(date, int(tb.group("h")), int(tb.group("mi")), int(tb.group("s") or 0), offset), tb.start(), end
    return date.isoformat(), start, end


def _zone_at(name: str, date: dt.date, h: int, mi: int) -> str | None:
    """The UTC offset ("+01:00") of IANA zone `name` at that local date and time."""
    if h > 23:
        return None
    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):   # a machine without zone data: no offset
        return None
    delta = dt.datetime(date.year, date.month, date.day, h, mi, tzinfo=zone).utcoffset()
    if delta is None:
        return None
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def in_zone(iso: str | None, zone: str | None) -> str | None:
    """`iso` with the offset of `zone` added when it has a time but no offset: a site's bare
    "۱۹:۴۵" is its own clock's. Dates alone and times with an offset are returned as they are."""
    if not iso or not zone:
        return iso
    m = _ISO.match(iso)
    if not m or m[4] is None or m[7] is not None:   # a date alone, or a time that has its offset
        return iso
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:   # "2026-02-30": not a day; left as it is
        return iso
    offset = _zone_at(zone, day, int(m[4]), int(m[5]))
    return iso + offset if offset else iso


def _zone_offset(z: re.Match) -> str:
    """"+01:00" from a matched "GMT+1"; "+00:00" for a bare "GMT"/"UTC"."""
    if not z.group("zh"):
        return "+00:00"
    sign = "-" if z.group("sign") in "-−" else "+"
    return f"{sign}{int(z.group('zh')):02d}:{int(z.group('zm') or 0):02d}"


@line_cache
def parse_date(text: str) -> str | None:
    """ISO form of the first date in `text`, or None."""
    found = find_date(text)
    return found[0] if found else None


def _split(iso: str) -> tuple[dt.datetime | None, dt.date]:
    """(aware-or-naive datetime when there is a time, date)."""
    if "T" not in iso:
        return None, dt.date.fromisoformat(iso[:10])
    try:
        d = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None, dt.date.fromisoformat(iso[:10])
    return d, d.date()


def _offset_str(delta: dt.timedelta) -> str:
    mins = int(delta.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"


def reconcile(visible: str | None, machine: str | None) -> str | None:
    """One `published` from the date the page shows and the machine one (meta, JSON-LD, <time>).

    The shown date wins when it agrees with the machine date (it carries the page's own time and
    zone); a shown time without a zone takes the zone implied by the machine timestamp; a machine
    time fills in when the page shows a date only; when the two disagree on the day, the machine
    date wins (the shown one may come from a side box).
    """
    if not machine:
        return visible
    if not visible:
        return machine
    vdt, vd = _split(visible)
    mdt, md = _split(machine)
    if mdt is None:
        return visible if vd == md else machine
    local_md = mdt.date()
    if vdt is None:
        return machine if vd == local_md else machine
    if vdt.tzinfo is None:
        if mdt.tzinfo is not None:
            diff = vdt - mdt.replace(tzinfo=None) + mdt.utcoffset()
            if abs(diff) <= dt.timedelta(hours=14) and diff.total_seconds() % 900 == 0:
                return visible + _offset_str(diff)
        if vd == local_md:
            return visible
        return machine
    if vdt != mdt and vdt.replace(tzinfo=None) == mdt.replace(tzinfo=None):
        return machine   # same clock, zones differ: the shown date's zone was assumed, the machine's is stated
    if vdt == mdt or vd == local_md:
        return visible
    return machine
