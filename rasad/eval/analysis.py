"""Scores for entities, quotes and events (`rasad eval`, issue 4 part 5).

Each family is scored only on pages whose gold file holds its key (`entities`, `quotes`,
`events`), so extraction-only gold files in the same folder are ignored here. A page rasad
rejected (record with `error`) counts as a page with no predictions. All figures are
micro-averaged over the pages: counts are summed, then precision/recall/F1 computed once.

Surface strings are compared through `key()`: Arabic ي/ك → Persian ی/ک, and ZWNJ, spaces,
tatweel, diacritics, guillemets and punctuation dropped, so "رئیس‌جمهور" = "رئیس جمهور"
(the conventions accept both spellings) and a re-spaced span still matches.

Metric definitions (docs/accuracy.md has the long form):
- entities: multiset match of (key(text), type) per page; a gold entity may also be matched by
  one of its alternatives (`alt` list in gold, plus the short name of a medium: "خبرگزاری رویترز"
  → "رویترز"). `untyped_*` ignores the type.
- quotes: a predicted and a gold quote match when their token sets have Jaccard ≥ 0.5, or the
  shorter (≥ 4 tokens) lies ≥ 90 % inside the longer; one-to-one, best overlap first, per page.
  Among matched quotes, `speaker_accuracy`: canonical speakers equal case-insensitively, or the
  predicted speaker_text equals the gold speaker_text (by key); `direct_accuracy` likewise.
- events: loose = (country(source), root, country(target)) per page as multisets, where
  country() is the first 3 characters of a code, or 6 for IGO/NGO/IMG/MNC codes (`IGOUNO`),
  and null stays null; strict = (source, cameo, target) in full; root = the multiset of roots.
  Among loose matches: `negation_accuracy` and `code_accuracy` (same full CAMEO code).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any, Iterable

JACCARD_MIN = 0.5
CONTAIN_MIN = 0.9
CONTAIN_MIN_TOKENS = 4
MEDIA_PREFIXES = ("خبرگزاری ", "روزنامه ", "شبکه ", "پایگاه خبری ", "تلویزیون ", "رادیو ")
NON_STATE_ROOTS = ("IGO", "NGO", "IMG", "MNC")

_DROP = re.compile(r"[\s\u200c\u200d\u0640\u064b-\u065f\u0670«»\"'“”‘’()\[\]{}.,،؛;:!?؟\-–—/]")
_TOKEN = re.compile(r"[^\s«»\"'“”()\[\]{}.,،؛;:!?؟\-–—/]+")
_MAP = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "ؤ": "و"})


def key(text: str | None) -> str:
    """Comparison key for a surface string: script- and spacing-insensitive."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_MAP)
    return _DROP.sub("", text).lower()


def tokens(text: str | None) -> set[str]:
    """Token set for quote overlap (ZWNJ joins inside a token and is then dropped)."""
    if not text:
        return set()
    text = unicodedata.normalize("NFC", text).translate(_MAP)
    return {key(t) for t in _TOKEN.findall(text.replace("\u200c", "")) if key(t)}


def prf(tp: int, n_pred: int, n_gold: int, prefix: str = "") -> dict[str, float]:
    """Precision, recall, F1; an empty side scores 1.0 only when the other side is empty too."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {prefix + "precision": round(p, 4), prefix + "recall": round(r, 4), prefix + "f1": round(f, 4)}


def _predicted(pair, field: str) -> list[dict[str, Any]]:
    record = pair.record or {}
    if "error" in record:
        return []
    return [x for x in record.get(field) or [] if isinstance(x, dict)]


# ----------------------------------------------------------------------------------- entities

def entity_alternatives(ent: dict[str, Any]) -> list[str]:
    """Keys a gold entity may be matched by besides its own text (media short names, `alt`)."""
    alts = list(ent.get("alt") or [])
    text = ent.get("text") or ""
    for pre in MEDIA_PREFIXES:
        if text.startswith(pre) and len(text) > len(pre):
            alts.append(text[len(pre):])
    return [key(a) for a in alts if key(a)]


def match_entities(gold: list[dict], pred: list[dict], typed: bool) -> int:
    """Matched count: exact (text, type) first, then alternatives, each item used once."""
    return len(gold) - len(_entity_leftovers(gold, pred, typed)[0])


def _entity_leftovers(gold: list[dict], pred: list[dict], typed: bool) -> tuple[list[dict], Counter]:
    """(gold entities left unmatched, predicted keys left unmatched) after the matching above."""
    def k(e, text=None):
        t = key(text if text is not None else e.get("text"))
        return (t, e.get("type")) if typed else (t,)
    pred_left = Counter(k(e) for e in pred)
    unmatched = []
    for g in gold:
        kk = k(g)
        if pred_left[kk] > 0:
            pred_left[kk] -= 1
        else:
            unmatched.append(g)
    missed = []
    for g in unmatched:
        for alt in entity_alternatives(g):
            kk = (alt, g.get("type")) if typed else (alt,)
            if pred_left[kk] > 0:
                pred_left[kk] -= 1
                break
        else:
            missed.append(g)
    return missed, pred_left


def score_entities(pairs: list) -> dict[str, Any]:
    tp = tpu = npred = ngold = 0
    for pair in pairs:
        gold = [e for e in pair.gold["entities"] if isinstance(e, dict)]
        pred = _predicted(pair, "entities")
        tp += match_entities(gold, pred, typed=True)
        tpu += match_entities(gold, pred, typed=False)
        npred += len(pred)
        ngold += len(gold)
    out: dict[str, Any] = prf(tp, npred, ngold)
    out.update(prf(tpu, npred, ngold, "untyped_"))
    out["n"] = ngold
    return out


# ------------------------------------------------------------------------------------- quotes

def quote_overlap(a: str | None, b: str | None) -> float:
    """Overlap score in [0, 1]: Jaccard, or 1.0-ish containment; 0 when below the thresholds."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    inter = len(ta & tb)
    jac = inter / len(ta | tb)
    if jac >= JACCARD_MIN:
        return jac
    small = min(len(ta), len(tb))
    if small >= CONTAIN_MIN_TOKENS and inter / small >= CONTAIN_MIN:
        return max(jac, JACCARD_MIN)
    return 0.0


def align(gold: list, pred: list, sim) -> list[tuple[int, int]]:
    """One-to-one alignment, highest similarity first (ties: document order)."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = sim(g, p)
            if s > 0:
                cands.append((-s, i, j))
    cands.sort()
    used_g, used_p, out = set(), set(), []
    for _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def same_speaker(gold: dict, pred: dict) -> bool:
    gs, ps = gold.get("speaker"), pred.get("speaker")
    if gs and ps and gs.strip().lower() == ps.strip().lower():
        return True
    gt, pt = key(gold.get("speaker_text")), key(pred.get("speaker_text"))
    return bool(gt) and gt == pt


def score_quotes(pairs: list) -> dict[str, Any]:
    tp = npred = ngold = spk = direct = 0
    for pair in pairs:
        gold = [q for q in pair.gold["quotes"] if isinstance(q, dict)]
        pred = _predicted(pair, "quotes")
        matches = align(gold, pred, lambda g, p: quote_overlap(g.get("text"), p.get("text")))
        tp += len(matches)
        spk += sum(1 for i, j in matches if same_speaker(gold[i], pred[j]))
        direct += sum(1 for i, j in matches if bool(gold[i].get("direct")) == bool(pred[j].get("direct")))
        npred += len(pred)
        ngold += len(gold)
    out: dict[str, Any] = prf(tp, npred, ngold)
    out["speaker_accuracy"] = round(spk / tp, 4) if tp else 0.0
    out["direct_accuracy"] = round(direct / tp, 4) if tp else 0.0
    out["matched"] = tp
    out["n"] = ngold
    return out


# ------------------------------------------------------------------------------------- events

def actor_country(code: str | None) -> str | None:
    """Country part of a CAMEO actor code: ISO3, or the 6-letter IGO/NGO root; None stays None."""
    if not code:
        return None
    code = code.strip().upper()
    if code[:3] in NON_STATE_ROOTS:
        return code[:6]
    return code[:3]


def event_root(ev: dict[str, Any]) -> str:
    root = ev.get("root") or (ev.get("cameo") or "")[:2]
    return str(root).zfill(2)[:2]


def loose_key(ev: dict[str, Any]) -> tuple:
    return (actor_country(ev.get("source")), event_root(ev), actor_country(ev.get("target")))


def strict_key(ev: dict[str, Any]) -> tuple:
    def full(c):
        return c.strip().upper() if c else None
    return (full(ev.get("source")), str(ev.get("cameo") or ""), full(ev.get("target")))


def multiset_tp(gold: Iterable, pred: Iterable) -> int:
    return sum((Counter(gold) & Counter(pred)).values())


def match_loose(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold, pred) with equal loose keys, preferring equal full codes and negation."""
    def sim(g, p):
        if loose_key(g) != loose_key(p):
            return 0
        return 1 + (strict_key(g) == strict_key(p)) + 0.5 * (bool(g.get("negated")) == bool(p.get("negated")))
    return align(gold, pred, sim)


def score_events(pairs: list) -> dict[str, Any]:
    tp = tps = tpr = npred = ngold = neg_ok = code_ok = 0
    for pair in pairs:
        gold = [e for e in pair.gold["events"] if isinstance(e, dict)]
        pred = _predicted(pair, "events")
        matches = match_loose(gold, pred)
        tp += len(matches)
        neg_ok += sum(1 for i, j in matches if bool(gold[i].get("negated")) == bool(pred[j].get("negated")))
        code_ok += sum(1 for i, j in matches if str(gold[i].get("cameo")) == str(pred[j].get("cameo")))
        tps += multiset_tp(map(strict_key, gold), map(strict_key, pred))
        tpr += multiset_tp(map(event_root, gold), map(event_root, pred))
        npred += len(pred)
        ngold += len(gold)
    out: dict[str, Any] = prf(tp, npred, ngold)
    out.update(prf(tps, npred, ngold, "strict_"))
    out.update(prf(tpr, npred, ngold, "root_"))
    out["negation_accuracy"] = round(neg_ok / tp, 4) if tp else 0.0
    out["code_accuracy"] = round(code_ok / tp, 4) if tp else 0.0
    out["matched"] = tp
    out["n"] = ngold
    return out


def score(pairs) -> dict[str, Any]:
    """Scores per family, for the pages whose gold holds that family's key."""
    pairs = list(pairs)
    out: dict[str, Any] = {}
    for field, fn in (("entities", score_entities), ("quotes", score_quotes), ("events", score_events)):
        rel = [p for p in pairs if isinstance(p.gold.get(field), list)]
        if rel:
            res = fn(rel)
            res["pages"] = len(rel)
            out[field] = res
    return out


# ------------------------------------------------------------------------------------- misses

def _event_line(ev: dict[str, Any]) -> str:
    neg = " NEG" if ev.get("negated") else ""
    tgt = ev.get("target") or (f"∅({ev.get('target_text')})" if ev.get("target_text") else "∅")
    trig = ev.get("trigger") or ev.get("text") or ""
    return f"{ev.get('source') or '∅'} -{ev.get('cameo')}{neg}-> {tgt}  «{(ev.get('sentence') or trig)[:90]}»"


def misses(pair, field: str) -> tuple[list[str], list[str]]:
    """(gold items not matched, predicted items not matched) of one page, as readable lines.

    Uses the same matching as the scores, so what is listed here is exactly what costs recall
    (first list) and precision (second list)."""
    gold = [x for x in pair.gold.get(field) or [] if isinstance(x, dict)]
    pred = _predicted(pair, field)
    if field == "events":
        m = match_loose(gold, pred)
        gi, pj = {i for i, _ in m}, {j for _, j in m}
        return ([_event_line(g) for i, g in enumerate(gold) if i not in gi],
                [_event_line(p) for j, p in enumerate(pred) if j not in pj])
    if field == "quotes":
        m = align(gold, pred, lambda g, p: quote_overlap(g.get("text"), p.get("text")))
        gi, pj = {i for i, _ in m}, {j for _, j in m}
        bad = [f"speaker {gold[i].get('speaker')} != {pred[j].get('speaker')}  «{(gold[i].get('text') or '')[:60]}»"
               for i, j in m if not same_speaker(gold[i], pred[j])]
        line = lambda q: f"{q.get('speaker')}: «{(q.get('text') or '')[:80]}»"  # noqa: E731
        return ([line(g) for i, g in enumerate(gold) if i not in gi] + bad,
                [line(p) for j, p in enumerate(pred) if j not in pj])
    if field == "entities":
        missed, left = _entity_leftovers(gold, pred, typed=True)
        return ([f"{g.get('text')} {g.get('type')}" for g in missed],
                [f"{t} {ty}" for (t, ty), n in left.items() for _ in range(n)])
    return [], []
