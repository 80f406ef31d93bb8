"""Display helpers for the Persian pages: Persian digits, Jalali dates, safe JSON data blocks."""
from __future__ import annotations

import json
import re

from markupsafe import Markup

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
           "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def fa_digits(value) -> str:
    """Numbers in Persian digits; thousands separated with the Persian separator."""
    if isinstance(value, int):
        value = f"{value:,}".replace(",", "٬")
    return str(value if value is not None else "").translate(_FA_DIGITS)


def jalali(published: str | None) -> str:
    """'2026-11-29' or '2026-11-29T10:30+03:30' -> '۸ آذر ۱۴۰۵' (the date part; '' when unknown)."""
    if not published or len(published) < 10:
        return ""
    try:
        import jdatetime
        from datetime import date
        g = date.fromisoformat(published[:10])
        j = jdatetime.date.fromgregorian(date=g)
    except (ValueError, ImportError):
        return ""
    return fa_digits(f"{j.day} {_MONTHS[j.month - 1]} {j.year}")


def json_block(data) -> Markup:
    """JSON safe to place inside <script type="application/json">: no '<', '>' or '&' survive
    literally, so a '</script>' in a page title cannot end the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


_MARK = re.compile(r"(</?mark>)")


def snippet(html: str | None) -> Markup:
    """The store's snippet_html, trusted for nothing but <mark>/</mark>: any other '<' or '>'
    is escaped, so a store bug cannot turn page text into markup."""
    parts = _MARK.split(html or "")
    return Markup("".join(p if _MARK.fullmatch(p) else p.replace("<", "&lt;").replace(">", "&gt;") for p in parts))


def http_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None: a page's own URL must not become a javascript: link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
