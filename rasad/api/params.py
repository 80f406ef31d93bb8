"""Validation of query parameters, shared by the JSON API and the HTML pages.

Each checker returns the cleaned value or raises ApiError(422) with a message naming the
parameter and what it expects, so a typo in a URL is answered with how to fix it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import ApiError

_AGENCY = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
_ACTOR = re.compile(r"[A-Z0-9]{3,18}")
_CODE = re.compile(r"[0-9]{2,4}")
_ID = re.compile(r"[0-9a-f]{64}")
MAX_LIMIT = 200
MAX_QUERY = 500


def bad(param: str, message: str) -> ApiError:
    return ApiError(422, "invalid_parameter", f"{param}: {message}")


def agency(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    value = value.strip().lower()
    if not _AGENCY.fullmatch(value):
        raise bad("agency", f"expected an agency slug such as 'irna' or 'bbcpersian', got {value[:60]!r}")
    return value


def actor(value: str | None, param: str = "actor") -> str | None:
    if value is None or value.strip() == "":
        return None
    value = value.strip().upper()
    if not _ACTOR.fullmatch(value):
        raise bad(param, f"expected a CAMEO actor code such as 'IRN' or 'RUSGOV' (3-18 letters/digits), got {value[:60]!r}")
    return value


def root(value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    value = value.strip()
    if value.isdigit() and len(value) <= 2:
        value = value.zfill(2)
        if 1 <= int(value) <= 20:
            return value
    raise bad("root", f"expected a CAMEO root from 01 to 20, got {value[:20]!r}")


def cameo(value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    value = value.strip()
    if not _CODE.fullmatch(value) or not 1 <= int(value[:2]) <= 20:
        raise bad("code", f"expected a CAMEO event code such as '042' or '0214', got {value[:20]!r}")
    return value


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/", "01234567890123456789-")


def day(value: str | None, param: str) -> str | None:
    """A Gregorian YYYY-MM-DD. A Jalali date (years 1300-1499, as Persian readers write them;
    Persian digits and '/' accepted) is converted, so ?from=1405-09-08 means 2026-11-29."""
    if value is None or value.strip() == "":
        return None
    text = value.strip().translate(_DIGITS)
    try:
        if len(text) != 10:
            raise ValueError
        year, month, dd = (int(x) for x in text.split("-"))
        if 1300 <= year < 1500:
            import jdatetime
            return jdatetime.date(year, month, dd).togregorian().isoformat()
        return date(year, month, dd).isoformat()
    except ValueError:
        raise bad(param, f"expected a date as YYYY-MM-DD (Gregorian, or Jalali such as 1405-09-08), got {value[:30]!r}") from None


def article_id(value: str) -> str:
    value = value.strip().lower()
    if not _ID.fullmatch(value):
        raise bad("id", "expected an article id: 64 hexadecimal characters (the sha256 of the page)")
    return value


def query(value: str | None, *, required: bool = True) -> str | None:
    value = (value or "").strip()
    if not value:
        if required:
            raise bad("q", "give a search query, e.g. ?q=مذاکرات")
        return None
    if len(value) > MAX_QUERY:
        raise bad("q", f"at most {MAX_QUERY} characters")
    return value


@dataclass(frozen=True, slots=True)
class Filters:
    """The filters articles, search and events share; field names are the store's keywords."""

    agency: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    root: str | None = None

    def store_kwargs(self, *, with_agency: bool = True) -> dict:
        kw = {"date_from": self.date_from, "date_to": self.date_to, "actor": self.actor, "root": self.root}
        if with_agency:
            kw["agency"] = self.agency
        return kw

    def as_query(self) -> dict[str, str]:
        """The filters as URL parameters (names as the API spells them), empty ones left out."""
        pairs = {"agency": self.agency, "from": self.date_from, "to": self.date_to, "actor": self.actor, "root": self.root}
        return {k: v for k, v in pairs.items() if v}


def filters(*, agency_: str | None = None, date_from: str | None = None, date_to: str | None = None,
            actor_: str | None = None, root_: str | None = None) -> Filters:
    f = Filters(agency(agency_), day(date_from, "from"), day(date_to, "to"), actor(actor_), root(root_))
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise bad("from", f"the start date {f.date_from} is after the end date {f.date_to}")
    return f
