"""Scores for the article fields: title, lead, body (letters P/R), agency, section, date, sources."""
from __future__ import annotations

from collections import Counter
from typing import Any


def _letters(text: str) -> Counter:
    """Multiset of letters (no spaces, no ZWNJ, no punctuation): robust to re-wrapping."""
    return Counter(ch for ch in text if ch.isalnum())


def body_pr(gold: list[str], got: list[str]) -> tuple[float, float]:
    g, s = _letters(" ".join(gold)), _letters(" ".join(got))
    common = sum((g & s).values())
    p = common / max(1, sum(s.values())) if s else (1.0 if not g else 0.0)
    r = common / max(1, sum(g.values())) if g else 1.0
    return p, r


def _acc(pairs, field) -> float | None:
    rel = [p for p in pairs if field in p.gold and "error" not in p.record]
    rel_all = [p for p in pairs if field in p.gold]
    if not rel_all:
        return None
    ok = sum(1 for p in rel if p.record.get(field) == p.gold[field])
    return ok / len(rel_all)


def score(pairs) -> dict[str, Any]:
    out: dict[str, Any] = {}
    body_pairs = [p for p in pairs if "body" in p.gold]
    if body_pairs:
        ps, rs = [], []
        for p in body_pairs:
            pr = body_pr(p.gold["body"], p.record.get("body") or [])
            ps.append(pr[0]); rs.append(pr[1])
        P, R = sum(ps) / len(ps), sum(rs) / len(rs)
        out["body"] = {"precision": round(P, 4), "recall": round(R, 4), "f1": round(2 * P * R / (P + R) if P + R else 0.0, 4), "n": len(body_pairs)}
    for field in ("title", "lead", "agency", "section", "published"):
        acc = _acc(pairs, field)
        if acc is not None:
            out[field] = {"accuracy": round(acc, 4), "n": sum(1 for p in pairs if field in p.gold)}
    return out
