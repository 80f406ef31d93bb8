"""Filters shared by every read query, as parameterized SQL fragments (never string-built values).

`actor` is a prefix on CAMEO codes ("RUS" matches "RUSGOV"); `root` a CAMEO root ("4" -> "04");
dates are ISO YYYY-MM-DD compared against the first ten characters of `published`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CODE = re.compile(r"[A-Za-z0-9]{1,32}")


def check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    value = str(value)
    if not _DATE.fullmatch(value):
        raise InputError(f"{name} must be a date YYYY-MM-DD, not {value!r}")
    return value


def check_root(value: str | int | None) -> str | None:
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not value.isdigit() or not 1 <= int(value) <= 20:
        raise InputError(f"root must be a CAMEO root 01..20, not {value!r}")
    return f"{int(value):02d}"


def check_code(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _CODE.fullmatch(str(value)):
        raise InputError(f"{name} must be a CAMEO code (letters and digits), not {value!r}")
    return str(value).upper()


def like_prefix(code: str) -> str:
    """LIKE pattern for a code prefix. Codes are checked to be letters and digits, so no escaping
    is needed, and a plain `col LIKE 'RUS%'` can use the column's index (SQLite with
    case_sensitive_like, PostgreSQL with the "C" collation of migration 0002)."""
    assert _CODE.fullmatch(code), code
    return code + "%"


@dataclass
class Where:
    """A growing list of SQL conditions and their bound parameters."""

    conds: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def add(self, cond: str, **params: Any) -> None:
        self.conds.append(cond)
        self.params.update(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.conds)) if self.conds else ""


def article_where(*, agency=None, date_from=None, date_to=None, actor=None, root=None, alias: str = "a") -> Where:
    """Conditions on an `articles` row aliased `alias`."""
    w = Where()
    if agency:
        w.add(f"{alias}.agency = :agency", agency=str(agency))
    if (d := check_date(date_from, "date_from")):
        w.add(f"{alias}.pub_date >= :date_from", date_from=d)
    if (d := check_date(date_to, "date_to")):
        w.add(f"{alias}.pub_date <= :date_to", date_to=d)
    if (code := check_code(actor, "actor")):
        w.add(f"({alias}.id IN (SELECT article_id FROM events WHERE source LIKE :actor_like) OR "
              f"{alias}.id IN (SELECT article_id FROM events WHERE target LIKE :actor_like) OR "
              f"{alias}.id IN (SELECT article_id FROM entities WHERE code LIKE :actor_like))",
              actor_like=like_prefix(code))
    if (r := check_root(root)):
        w.add(f"{alias}.id IN (SELECT article_id FROM events WHERE root = :root)", root=r)
    return w


def event_where(*, actor=None, source=None, target=None, root=None, code=None, date_from=None, date_to=None,
                article_id=None, alias: str = "e") -> Where:
    """Conditions on an `events` row aliased `alias`."""
    w = Where()
    if (c := check_code(actor, "actor")):
        w.add(f"({alias}.source LIKE :actor_like OR {alias}.target LIKE :actor_like)",
              actor_like=like_prefix(c))
    if (c := check_code(source, "source")):
        w.add(f"{alias}.source LIKE :source_like", source_like=like_prefix(c))
    if (c := check_code(target, "target")):
        w.add(f"{alias}.target LIKE :target_like", target_like=like_prefix(c))
    if (r := check_root(root)):
        w.add(f"{alias}.root = :root", root=r)
    if code:
        if not str(code).isdigit():
            raise InputError(f"code must be a CAMEO event code (digits), not {code!r}")
        w.add(f"{alias}.cameo = :code", code=str(code))
    if (d := check_date(date_from, "date_from")):
        w.add(f"{alias}.pub_date >= :date_from", date_from=d)
    if (d := check_date(date_to, "date_to")):
        w.add(f"{alias}.pub_date <= :date_to", date_to=d)
    if article_id:
        w.add(f"{alias}.article_id = :article_id", article_id=str(article_id))
    return w
