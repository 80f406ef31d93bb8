"""Events over many annotated sets at once: per set F1 / P / R, matched / gold, predicted; entities
and quotes F1; and the micro TOTAL over all sets (matched and predicted summed).

Run by hand: `python bench/events_totals.py [ROOT]` (default eval/dev: every sub-folder with
*.gold.json files). It runs `rasad eval SET --json` per set, so its numbers are the scorer's own.
Never point it at a blind set folder while tuning (eval/heldout*: aggregates only, see their README).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("eval/dev")
    sets = [d for d in sorted(root.iterdir()) if d.is_dir() and any(d.glob("*.gold.json"))]
    matched = gold = predicted = 0
    for d in sets:
        out = subprocess.run([sys.executable, "-m", "rasad.cli", "eval", str(d), "--json"],
                             capture_output=True, text=True).stdout
        r = json.loads(out)
        if "events" not in r:
            continue
        e = r["events"]
        m, n = e["matched"], e["n"]
        pred = round(m / e["precision"]) if e["precision"] else 0
        matched, gold, predicted = matched + m, gold + n, predicted + pred
        print(f"{d.name:10s} F1 {e['f1']:.3f} P {e['precision']:.3f} R {e['recall']:.3f} "
              f"matched {m:4d}/{n:4d} pred {pred:4d} | entities {r['entities']['f1']:.3f} "
              f"quotes {r['quotes']['f1']:.3f}")
    p = matched / predicted if predicted else 0.0
    rec = matched / gold if gold else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    print(f"TOTAL      F1 {f1:.3f} P {p:.3f} R {rec:.3f} matched {matched}/{gold} pred {predicted}")


if __name__ == "__main__":
    main()
