"""Shared helpers for the dev-set generator: dates, digits and the page degradations.

The dev set is written clean (normalized Persian, the gold) and then degraded the way scrapers
and old sites degrade real pages, so the gold never depends on the degraded form.
"""
from __future__ import annotations

import datetime as dt

import jdatetime

ZWNJ = "\u200c"
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
J_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
G_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
WEEKDAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]  # Monday first


def fa(s) -> str:
    """Latin digits -> Persian digits."""
    return str(s).translate(str.maketrans("0123456789", FA_DIGITS))


def to_greg(j: tuple[int, int, int]) -> dt.date:
    return jdatetime.date(*j).togregorian()


def to_jal(g: tuple[int, int, int]) -> tuple[int, int, int]:
    d = jdatetime.date.fromgregorian(date=dt.date(*g))
    return d.year, d.month, d.day


def weekday(j: tuple[int, int, int]) -> str:
    return WEEKDAYS[to_greg(j).weekday()]


def gold_published(art: dict) -> str | None:
    """ISO Gregorian date, with the time (and the zone the page gives) when the page shows one."""
    if art.get("jdate"):
        g = to_greg(art["jdate"])
        tz = "+03:30"
    elif art.get("gdate"):
        g = dt.date(*art["gdate"])
        tz = art.get("tz", "+00:00")
    else:
        return None
    if art.get("time") and art.get("time_on_page", True):
        return f"{g.isoformat()}T{art['time']}{tz}"
    return g.isoformat()


def iso_full(art: dict) -> str:
    """The machine-readable timestamp for meta tags / JSON-LD."""
    if art.get("jdate"):
        g = to_greg(art["jdate"])
        tz = "+03:30"
    else:
        g = dt.date(*art["gdate"])
        tz = art.get("tz", "+00:00")
    t = art.get("time") or "00:00"
    return f"{g.isoformat()}T{t}:00{tz}"


def drop_zwnj(s: str) -> str:
    return s.replace(ZWNJ, "")


def zwnj_space(s: str) -> str:
    return s.replace(ZWNJ, " ")


def arabic_yk(s: str) -> str:
    return s.replace("ی", "ي").replace("ک", "ك")


def latin_digits(s: str) -> str:
    return s.translate(str.maketrans(FA_DIGITS, "0123456789"))


def arabic_digits(s: str) -> str:
    return s.translate(str.maketrans(FA_DIGITS, AR_DIGITS))


def messy_spacing(s: str) -> str:
    """Scraper whitespace: a doubled space after each line's first word, space before every other comma."""
    out = []
    for line in s.split("\n"):
        line = line.replace(" ", "  ", 1)
        parts = line.split("، ")
        line = "".join(p + ("، " if i % 2 else " ، ") for i, p in enumerate(parts[:-1])) + parts[-1]
        out.append(line)
    return "\n".join(out)


def crlf(s: str) -> str:
    return s.replace("\n", "\r\n")


DEGRADE = {
    "messy": messy_spacing,
    "crlf": crlf,
    "nozwnj": drop_zwnj,
    "zwnjspace": zwnj_space,
    "arabic": arabic_yk,
    "latin": latin_digits,
    "arabicdigits": arabic_digits,
}


def degrade(text: str, steps: list[str]) -> str:
    for s in steps:
        text = DEGRADE[s](text)
    return text
