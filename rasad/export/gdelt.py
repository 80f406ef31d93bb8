"""`events-tsv`: events as GDELT 2.0 event-table rows (61 tab-separated columns).

Mapping (docs/store.md has the full table): one row per non-negated event; GLOBALEVENTID is a
stable 60-bit integer from the article id and the event's index; dates come from `published`
(else the ingest date); Actor1 = source, Actor2 = target, split into country / known group /
type codes; EventCode, EventBaseCode, EventRootCode, QuadClass and GoldsteinScale from CAMEO;
IsRootEvent is 1 when the evidence lies in the title or lead; NumMentions/NumSources/NumArticles
are 1 (one article); AvgTone and every geography column are empty (rasad does not compute them).
"""
from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Iterable, Iterator

from .codes import goldstein, quad_class, split_actor

COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
assert len(COLUMNS) == 61


def event_id(article_id: str, idx: int) -> int:
    """A stable positive integer id (fits GDELT's BIGINT) for event `idx` of an article."""
    return int(hashlib.sha256(f"{article_id}:{idx}".encode()).hexdigest()[:15], 16)


def _clean(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def event_day(ev: dict[str, Any]) -> date:
    for value in (ev.get("published"), ev.get("ingested_at")):
        if value and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                pass
    return date(1970, 1, 1)


def _actor(prefix: str, code: str | None, name: str | None) -> dict[str, str]:
    parts = split_actor(code)
    row = {f"{prefix}Code": code or "", f"{prefix}Name": (name or "").upper(),
           f"{prefix}EthnicCode": "", f"{prefix}Religion1Code": "", f"{prefix}Religion2Code": ""}
    row.update({f"{prefix}{k}": v for k, v in parts.items()})
    return row


def is_root_event(ev: dict[str, Any]) -> bool:
    """GDELT: the event is in the lead. Here: its evidence starts within the title and lead."""
    text = ev.get("article_text") or ""
    lead = ev.get("lead")
    title = ev.get("title")
    if lead and (pos := text.find(lead)) >= 0:
        limit = pos + len(lead)
    elif title and text.startswith(title):
        limit = len(title)
    else:
        limit = 0
    return ev["start"] < limit


def gdelt_row(ev: dict[str, Any], names: dict[tuple[str, str], str]) -> list[str]:
    day = event_day(ev)
    added = (ev.get("ingested_at") or "").replace("-", "").replace(":", "").replace("T", "")[:14]
    row: dict[str, Any] = {
        "GLOBALEVENTID": event_id(ev["article_id"], ev["idx"]),
        "SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
        "FractionDate": f"{day.year + (day.timetuple().tm_yday / 365):.4f}",
        **_actor("Actor1", ev["source"], names.get((ev["article_id"], ev["source"] or "")) or ev["source_text"]),
        **_actor("Actor2", ev["target"], names.get((ev["article_id"], ev["target"] or "")) or ev["target_text"]),
        "IsRootEvent": int(is_root_event(ev)), "EventCode": ev["cameo"], "EventBaseCode": ev["cameo"][:3],
        "EventRootCode": ev["root"], "QuadClass": quad_class(ev["root"]), "GoldsteinScale": goldstein(ev["cameo"]),
        "NumMentions": 1, "NumSources": 1, "NumArticles": 1,
        "Actor1Geo_Type": 0, "Actor2Geo_Type": 0, "ActionGeo_Type": 0,
        "DATEADDED": added, "SOURCEURL": ev.get("url") or ev.get("path") or "",
    }
    return [_clean(row.get(c)) for c in COLUMNS]


def iter_rows(store) -> Iterator[list[str]]:
    """GDELT rows of every non-negated event, looking actor names up per chunk of events."""
    chunk: list[dict[str, Any]] = []
    for ev in store.iter_events(include_negated=False):
        chunk.append(ev)
        if len(chunk) >= 500:
            yield from _rows(store, chunk)
            chunk = []
    yield from _rows(store, chunk)


def _rows(store, chunk: Iterable[dict[str, Any]]) -> Iterator[list[str]]:
    chunk = list(chunk)
    names = store.entity_names(sorted({ev["article_id"] for ev in chunk}))
    for ev in chunk:
        yield gdelt_row(ev, names)


def write(store, out, *, header: bool = True) -> int:
    n = 0
    if header:
        out.write("\t".join(COLUMNS) + "\n")
    for row in iter_rows(store):
        out.write("\t".join(row) + "\n")
        n += 1
    return n
