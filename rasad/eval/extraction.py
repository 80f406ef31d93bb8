"""Scores for the article fields: title, lead, body (letters P/R, ZWNJ kept), agency, section,
date and cited media (set P/R).

- body: precision and recall of the multiset of letters (robust to re-wrapping and spacing), as a
  macro average over pages, overall and per input kind (text dumps vs HTML/WARC); `zwnj_kept` is
  the share of the gold body's ZWNJ that come out (min(got, gold) / gold, summed over the pages
  whose input has ZWNJ at all): a pipeline that deletes every ZWNJ scores 0 even when its letters
  are right.
- lead: exact match (None == None counts), plus letter P/R over pages that have a gold lead.
- attributed_sources: micro precision and recall over the sets of canonical names, compared by a
  loose key (case, spacing, hyphens, a leading "The" and a trailing "News Agency"/"Agency"/"News"
  ignored), because the conventions fix no English spelling: "Anadolu Agency" = "Anadolu",
  "Alsumaria" = "Al Sumaria".
- title, agency, section, published: exact-match accuracy; a rejected page counts as wrong.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

ZWNJ = "\u200c"


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
    ok = sum(1 for p in rel if same(field, p.gold[field], p.record.get(field)))
    return ok / len(rel_all)


#: Pairs the conventions accept in either spelling (space or ZWNJ): compared folded.
EITHER_SPELLING = ("آن ها", "این ها", "رئیس جمهور", "رئیس جمهوری", "نخست وزیر", "به جای", "به عنوان",
                   "به ویژه", "به طور", "به منظور", "دهلی نو")


def _fold_spelling(text: str) -> str:
    for pair in EITHER_SPELLING:
        text = text.replace(pair.replace(" ", ZWNJ), pair)
    return text


def _instant(value: str):
    """A published value as a comparable datetime (aware when it has a zone), or None."""
    from datetime import datetime
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def same(field: str, gold: Any, got: Any) -> bool:
    """Equality as the conventions mean it: either-spelling pairs fold; dates compare as instants
    (a time without a zone matches the same wall-clock time with one)."""
    if gold == got:
        return True
    if gold is None or got is None:
        return False
    if field in ("title", "lead", "section"):
        return _fold_spelling(gold) == _fold_spelling(got)
    if field == "published":
        g, s = _instant(gold), _instant(got)
        if g is None or s is None or (len(gold) == 10) != (len(got) == 10):
            return False
        if (g.tzinfo is None) != (s.tzinfo is None):
            return g.replace(tzinfo=None) == s.replace(tzinfo=None)
        return g == s
    return False


def _kind(pair) -> str:
    name = str(getattr(pair, "page", "")).lower()
    return "text" if name.endswith((".txt", ".txt.gz")) else "html"


def _page_has_zwnj(pair) -> bool:
    """Only pages that have ZWNJ can keep them (a page that lost them is the normalizer's job)."""
    try:
        raw = pair.page.read_bytes()
    except (OSError, AttributeError):
        return True
    return b"\xe2\x80\x8c" in raw or (b"\x9d" in raw and b"charset=windows-1256" in raw[:4096].lower())


def _body_scores(body_pairs) -> dict[str, Any]:
    ps, rs = [], []
    zg = zk = 0
    for p in body_pairs:
        got = p.record.get("body") or []
        count_zwnj = _page_has_zwnj(p)
        pr = body_pr(p.gold["body"], got)
        ps.append(pr[0])
        rs.append(pr[1])
        if count_zwnj:
            gz = sum(x.count(ZWNJ) for x in p.gold["body"])
            zg += gz
            zk += min(gz, sum(x.count(ZWNJ) for x in got))
    P, R = sum(ps) / len(ps), sum(rs) / len(rs)
    out = {"precision": round(P, 4), "recall": round(R, 4),
           "f1": round(2 * P * R / (P + R) if P + R else 0.0, 4), "n": len(body_pairs)}
    if zg:
        out["zwnj_kept"] = round(zk / zg, 4)
    return out


_SOURCE_TAILS = ("newsagency", "agency", "news", "tv")


def source_key(name: str) -> str:
    """Loose key of a medium's English name: "The Anadolu Agency" and "anadolu" are one key."""
    k = "".join(ch for ch in name.lower() if ch.isalnum())
    if k.startswith("the") and len(k) > 6:
        k = k[3:]
    for tail in _SOURCE_TAILS:
        if k.endswith(tail) and len(k) > len(tail) + 2:
            k = k[: -len(tail)]
            break
    return k


def _sources(pairs) -> dict[str, Any] | None:
    rel = [p for p in pairs if "attributed_sources" in p.gold]
    if not rel:
        return None
    tp = fp = fn = 0
    for p in rel:
        gold = {source_key(x) for x in p.gold["attributed_sources"] or []}
        got = {source_key(x) for x in p.record.get("attributed_sources") or []} if "error" not in p.record else set()
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
    P = tp / (tp + fp) if tp + fp else 1.0
    R = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(P, 4), "recall": round(R, 4),
            "f1": round(2 * P * R / (P + R) if P + R else 0.0, 4), "n": len(rel)}


def _lead(pairs) -> dict[str, Any] | None:
    rel = [p for p in pairs if "lead" in p.gold]
    if not rel:
        return None
    acc = _acc(pairs, "lead") or 0.0
    with_lead = [p for p in rel if p.gold["lead"]]
    out: dict[str, Any] = {"accuracy": round(acc, 4), "n": len(rel)}
    if with_lead:
        prs = [body_pr([p.gold["lead"]], [p.record.get("lead") or ""]) for p in with_lead]
        out["precision"] = round(sum(x[0] for x in prs) / len(prs), 4)
        out["recall"] = round(sum(x[1] for x in prs) / len(prs), 4)
    return out


def score(pairs) -> dict[str, Any]:
    out: dict[str, Any] = {}
    body_pairs = [p for p in pairs if "body" in p.gold]
    if body_pairs:
        out["body"] = _body_scores(body_pairs)
        for kind in ("text", "html"):
            sub = [p for p in body_pairs if _kind(p) == kind]
            if sub and len(sub) < len(body_pairs):
                out[f"body ({kind})"] = _body_scores(sub)
    for field in ("title", "agency", "section", "published"):
        acc = _acc(pairs, field)
        if acc is not None:
            out[field] = {"accuracy": round(acc, 4), "n": sum(1 for p in pairs if field in p.gold)}
    lead = _lead(pairs)
    if lead:
        out["lead"] = lead
    src = _sources(pairs)
    if src:
        out["attributed_sources"] = src
    return out
