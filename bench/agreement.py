"""Inter-annotator agreement on events, and rasad against each annotator, on the same pages.

Run by hand: `python bench/agreement.py [eval/agreement/blind4 ...]`. Each folder under
`eval/agreement/` holds a second annotator's events for pages of `eval/dev/<name>/` (same file
names, `{"events": [...]}` only), coded by the conventions without seeing the first gold, rasad's
code or its output. The scorer is `rasad eval`'s own (`rasad.eval.analysis.score_events`), with
one annotator's events standing in for predictions: F1 is symmetric, so "B vs A" is the agreement.

Why: issue 4 asks events F1 >= 0.75 on unseen pages; how far two careful humans agree under the
same conventions says how much of rasad's gap is rasad and how much is the task.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

from rasad.eval.analysis import score_events
from rasad.pipeline import process

ROOT = Path(__file__).resolve().parent.parent
KEYS = ("precision", "recall", "f1", "root_f1", "strict_f1", "n")


def _page(folder: Path, name: str) -> Path:
    return next(p for p in sorted(folder.glob(name + ".*")) if not p.name.endswith(".json"))


def compare(second: Path) -> dict[str, dict]:
    """Scores of B vs A, rasad vs A and rasad vs B over the pages `second` annotates."""
    first = ROOT / "eval" / "dev" / second.name
    ab, ra, rb = [], [], []
    for gold_b in sorted(second.glob("*.gold.json")):
        name = gold_b.name[: -len(".gold.json")]
        a = json.loads((first / gold_b.name).read_text(encoding="utf-8"))["events"]
        b = json.loads(gold_b.read_text(encoding="utf-8"))["events"]
        record = process(_page(first, name).read_bytes()).to_dict()
        ab.append(SimpleNamespace(gold={"events": a}, record={"events": b}))
        ra.append(SimpleNamespace(gold={"events": a}, record=record))
        rb.append(SimpleNamespace(gold={"events": b}, record=record))
    return {name: {k: score_events(p)[k] for k in KEYS}
            for name, p in (("annotator B vs A", ab), ("rasad vs A", ra), ("rasad vs B", rb))}


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or sorted(p for p in (ROOT / "eval" / "agreement").iterdir() if p.is_dir())
    print("| pages of | pair | events P | R | F1 country+root | root F1 | strict F1 | events in the reference |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for folder in folders:
        n_pages = len(list(folder.glob("*.gold.json")))
        for pair, s in compare(folder).items():
            print(f"| {folder.name} ({n_pages}) | {pair} | {s['precision']:.3f} | {s['recall']:.3f} | **{s['f1']:.3f}** "
                  f"| {s['root_f1']:.3f} | {s['strict_f1']:.3f} | {s['n']} |")


if __name__ == "__main__":
    main()
