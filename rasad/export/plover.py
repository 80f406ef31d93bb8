"""`plover`: events as PLOVER JSON records, one per line (JSONL, as the PLOVER manual recommends).

Fields follow the manual's "PLOVER JSON" table (reference/event-coding.md 2.4): id, has_event,
date, actor, recipient, event, event_text, quad_code, event_scale, mode, context, link, text,
text_info, cite_info, coder, coded_date, coded_time; plus `cameo` (the source code) for traceability.
Events whose CAMEO root has no PLOVER type (01 statements, PLOVER drops them) are skipped; a
negated event is written with has_event false.
"""
from __future__ import annotations

import json
from typing import Any

from .codes import PLOVER_QUAD, plover_score, plover_type

NON_STATE = {"IGOUNO": "UNO", "IGOEUR": "EUR"}


def entity(code: str | None, surface: str | None, name: str | None) -> dict[str, Any]:
    """A PLOVER entity object from a CAMEO actor code (3-char country/IGO code + sector)."""
    code = (code or "").upper()
    if code.startswith(("IGO", "NGO", "IMG", "MNC")):
        country = NON_STATE.get(code[:6], code[:3])
        sector = code[6:9] if country != code[:3] else code[3:6]
    else:
        country, sector = code[:3], code[3:6]
    return {"code": country or None, "sector": sector or None, "entity_text": surface, "entity_name": name,
            "cameo_code": code or None}


def plover_record(ev: dict[str, Any], names: dict[tuple[str, str], str], coder: str) -> dict[str, Any] | None:
    plover = ev.get("plover") or {}
    etype = plover.get("event_type") or plover_type(ev["cameo"])
    if not etype:
        return None
    mode = plover.get("mode")
    day = (ev.get("published") or ev.get("ingested_at") or "")[:10] or None
    text = ev.get("article_text") or ""
    aid = ev["article_id"]
    actor = [entity(ev["source"], ev["source_text"], names.get((aid, ev["source"] or "")))] if ev["source"] or ev["source_text"] else []
    recipient = [entity(ev["target"], ev["target_text"], names.get((aid, ev["target"] or "")))] if ev["target"] or ev["target_text"] else []
    coded = ev.get("ingested_at") or ""
    return {
        "id": f"{aid}-{ev['idx']}", "has_event": not ev["negated"], "date": day,
        "actor": actor, "recipient": recipient, "event": [etype],
        "event_text": [text[ev["start"]:ev["end"]]], "quad_code": PLOVER_QUAD.get(etype),
        "event_scale": plover_score(etype, mode), "mode": [mode] if mode else [], "context": [],
        "link": ev.get("url"), "text": ev.get("sentence"),
        "text_info": {"sequence": ev["idx"], "start": ev["start"], "end": ev["end"]},
        "cite_info": {"corpus": "rasad", "citation": ev.get("title"), "url": ev.get("url"), "title": ev.get("title"),
                      "language": "fa", "publication": ev.get("agency"), "coder": coder,
                      "codebook": "CAMEO 1.1b3 mapped to PLOVER 0.8"},
        "coder": coder, "coded_date": coded[:10] or None, "coded_time": coded[11:19] or None,
        "cameo": ev["cameo"],
    }


def write(store, out) -> int:
    from .. import __version__
    coder = f"rasad {__version__}"
    n = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> int:
        names = store.entity_names(sorted({ev["article_id"] for ev in chunk}))
        k = 0
        for ev in chunk:
            rec = plover_record(ev, names, coder)
            if rec is not None:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                k += 1
        chunk.clear()
        return k

    for ev in store.iter_events():
        chunk.append(ev)
        if len(chunk) >= 500:
            n += flush()
    return n + flush()
