"""Statistics of the analysis dev set, as Markdown (pasted into docs/accuracy.md).

Run: `python eval/dev/analysis/stats.py` (set statistics), `python eval/dev/analysis/stats.py --eval`
(also runs `rasad eval` on the set and prints its entity/quote/event scores as a Markdown table).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
PRONOUNS = {"وی", "او"}


def main() -> None:
    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted(HERE.glob("*.gold.json"))}
    pages = {n: (HERE / f"{n}.txt").read_text(encoding="utf-8") for n in golds}
    ev = [e for g in golds.values() for e in g["events"]]
    qs = [q for g in golds.values() for q in g["quotes"]]
    ents = [e for g in golds.values() for e in g["entities"]]
    roots = Counter(e["root"] for e in ev)
    codes = Counter(e["cameo"] for e in ev)
    arts_per_root = Counter(r for g in golds.values() for r in {e["root"] for e in g["events"]})
    countries = Counter()
    for e in ev:
        for c in (e["source"], e["target"]):
            if c:
                countries[c[:6] if c[:3] in ("IGO", "NGO") else c[:3]] += 1
    print(f"- articles: {len(golds)} from {len(Counter(g['agency'] for g in golds.values()))} agencies "
          f"({', '.join(f'{a} {n}' for a, n in sorted(Counter(g['agency'] for g in golds.values()).items()))})")
    print(f"- entities: {len(ents)} ({', '.join(f'{t} {n}' for t, n in sorted(Counter(e['type'] for e in ents).items()))})")
    print(f"- quotes: {len(qs)} (direct {sum(q['direct'] for q in qs)}, reported {sum(not q['direct'] for q in qs)}; "
          f"speaker given by pronoun وی/او: {sum(q['speaker_text'] in PRONOUNS for q in qs)})")
    print(f"- events: {len(ev)} in {sum(1 for g in golds.values() if g['events'])} articles; "
          f"articles with no event: {sum(1 for g in golds.values() if not g['events'])}")
    print(f"- negated events: {sum(e['negated'] for e in ev)}; refusals (12x): {roots['12']}; "
          f"null source: {sum(e['source'] is None for e in ev)}; null target: {sum(e['target'] is None for e in ev)}")
    print(f"- nested attribution (\"به نقل از\"): {sum('به نقل از' in p for p in pages.values())} articles; "
          f"pages without ZWNJ: {sum(1 for p in pages.values() if chr(0x200c) not in p)}; "
          f"pages with Arabic ي/ك: {sum(1 for p in pages.values() if 'ي' in p)}")
    print(f"- actor countries/IGOs in events: {len(countries)} ({', '.join(sorted(countries))})")
    print()
    print("| root | events | articles | codes |")
    print("| --- | ---: | ---: | --- |")
    for r in sorted(roots):
        cs = ", ".join(f"{c}×{n}" if n > 1 else c for c, n in sorted(codes.items()) if c[:2] == r)
        print(f"| {r} | {roots[r]} | {arts_per_root[r]} | {cs} |")


def eval_table() -> None:
    from rasad.eval import run
    scores = run(HERE)
    print()
    print("| family | metric | value |")
    print("| --- | --- | ---: |")
    for fam in ("entities", "quotes", "events"):
        for metric, v in scores.get(fam, {}).items():
            print(f"| {fam} | {metric} | {v:.3f} |" if isinstance(v, float) else f"| {fam} | {metric} | {v} |")


if __name__ == "__main__":
    main()
    if "--eval" in sys.argv[1:]:
        eval_table()
