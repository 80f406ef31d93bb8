"""Sanity entity F1 of rasad's actors stage on PEYMA / Arman / ParsTwiNER test files (research use).

Typed surface match: a predicted entity counts when its token span and type equal a gold one.
Tag sets differ: PEYMA (PER, ORG, LOC), Arman (pers, org, loc, fac, pro, event), ParsTwiNER
(PER, ORG, LOC, EVE, POG, NAT); only PER/ORG/LOC are scored, and our GPE and LOC both map to LOC.
Sentences are scored one by one (no article context), so this under-rates rasad on news articles.

    python bench/entities_eval.py peyma /work/shared/data/ner_peyma/peyma_test.txt
    python bench/entities_eval.py arman /work/shared/data/ner_arman/test_fold1.txt
"""
from __future__ import annotations

import sys
from collections import Counter

from rasad.analyze.actors import analyze

_MAP = {"PER": "PER", "PERS": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}


def read(path: str, kind: str):
    sent: list[tuple[str, str]] = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if kind == "peyma":
            tok, _, tag = line.rpartition("|")
        elif kind == "arman":
            tok, _, tag = line.rpartition(" ")
        else:
            tok, _, tag = line.rpartition("\t")
        sent.append((tok, tag.replace("_", "-")))
    if sent:
        yield sent


def gold_spans(sent):
    """(start, end, type) character spans of gold entities in the space-joined sentence."""
    spans, pos, cur = [], 0, None
    for tok, tag in sent:
        start, end = pos, pos + len(tok)
        pos = end + 1
        typ = tag[2:].upper() if len(tag) > 2 else None
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != typ)):
            if cur:
                spans.append(cur)
            cur = [start, end, typ]
        elif tag.startswith("I-") and cur is not None:
            cur[1] = end
        else:
            if cur:
                spans.append(cur)
            cur = None
    if cur:
        spans.append(cur)
    return {(s, e, _MAP[t]) for s, e, t in spans if t in _MAP}


def main(kind: str, path: str) -> None:
    tp = fp = fn = 0
    by = Counter()
    misses, wrong = Counter(), Counter()
    for sent in read(path, kind):
        text = " ".join(t for t, _ in sent)
        gold = gold_spans(sent)
        pred = {(e.start, e.end, _MAP[e.type]) for e in analyze(text)[1] if e.type in _MAP}
        for s in pred & gold:
            by[s[2], "tp"] += 1
        for s in pred - gold:
            by[s[2], "fp"] += 1
            wrong[text[s[0]:s[1]] + "/" + s[2]] += 1
        for s in gold - pred:
            by[s[2], "fn"] += 1
            misses[text[s[0]:s[1]] + "/" + s[2]] += 1
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{kind} {path}: P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    for t in ("PER", "ORG", "LOC"):
        a, b, c = by[t, "tp"], by[t, "fp"], by[t, "fn"]
        pp = a / (a + b) if a + b else 0.0
        rr = a / (a + c) if a + c else 0.0
        print(f"  {t}: P={pp:.3f} R={rr:.3f} F1={(2 * pp * rr / (pp + rr) if pp + rr else 0):.3f}")
    if "-v" in sys.argv:
        print("top false positives:", wrong.most_common(40))
        print("top misses:", misses.most_common(60))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
