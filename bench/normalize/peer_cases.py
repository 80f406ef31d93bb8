"""Run rasad.normalize on the peers' own test vectors (shared/data/peer-normalizer-cases).

    python bench/normalize/peer_cases.py [--cases PATH] [--show]

Each case is (input, expected) from hazm, shekar, parsivar or rishe tests. Many test one sub-step
or a style rasad does not follow (e.g. «خانۀ»), so every failure is listed for review; the reasons
rasad differs on purpose are in docs/normalization.md.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

from rasad.normalize import normalize


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default="/work/shared/data/peer-normalizer-cases/cases.jsonl")
    ap.add_argument("--show", action="store_true", help="print every failing case")
    args = ap.parse_args()
    total, passed = Counter(), Counter()
    for line in open(args.cases, encoding="utf-8"):
        case = json.loads(line)
        out = normalize(case["input"])
        ok = out == case["expected"]
        total[case["tool"]] += 1
        passed[case["tool"]] += ok
        if not ok and args.show:
            show = lambda s: s.replace("\u200c", "‹zwnj›")  # noqa: E731
            print(f"{case['id']}\t{case['options'].get('call', '')}\t{show(case['input'])!r}\n"
                  f"\texpected {show(case['expected'])!r}\n\trasad    {show(out)!r}")
    for tool in sorted(total):
        print(f"{tool}: {passed[tool]}/{total[tool]}")
    print(f"all: {sum(passed.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
