"""rasad's ZWNJ errors on a DEV split, by class and by word: what to fix next.

    python bench/normalize/zwnj_errors.py [--split dev] [--corpus perdt,seraji] [--top 50]
           [--mode joined,spaced,gold] [--conventions]

Runs rasad in-process over the same inputs as zwnj_bench.py ("joined", "spaced", "gold"), scores
them the same way and prints, per input set, the F1/unchanged numbers, then the error classes
(missed or spurious ZWNJ, split by what the pieces are: می-verb, plural, degree, clitic after ه,
compound) and the top word-level errors "gold → output" with counts.
Only for dev: never run it on test (the test splits are for the final numbers only).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from zwnj_bench import CORPORA, NJ_ZWNJ, ZWNJ, Score, align, mixed  # noqa: E402

from rasad.normalize import normalize  # noqa: E402

PLURAL = ("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان")
CLITIC = ("ای", "ام", "ات", "اش", "ایم", "اید", "اند")


def render(content: str, labs: list, s: int, e: int) -> str:
    out = []
    for k in range(s, e):
        if k > s:
            out.append({"z": ZWNJ, "s": " ", "": "", None: "?"}[labs[k]])
        out.append(content[k])
    return "".join(out)


def kind(left: str, right: str) -> str:
    if left in ("می", "نمی") or left.endswith(("می", "نمی")) and len(left) <= 5:
        return "mi-verb"
    if right in PLURAL:
        return "plural"
    if right in ("تر", "ترین", "تری"):
        return "degree"
    if right in CLITIC:
        return "clitic"
    return "compound"


def analyse(gold: str, pred: str, classes: Counter, words: Counter) -> None:
    g, gl, gwords, aligned, _ = align(gold, pred)
    for s, e in gwords:
        bad = [k for k in range(s + 1, e) if aligned[k] != gl[k]]
        if e < len(g) and aligned[e] != gl[e]:
            bad.append(e)
        if not bad:
            continue
        # the span of the error: the gold word plus a neighbour if a space was lost
        e2 = e + 1
        while e2 < len(g) and gl[e2] != "s":
            e2 += 1
        end = e2 if e in bad else e
        words[(render(g, gl, s, end), render(g, aligned, s, end))] += 1
        for k in bad:
            a0 = k - 1
            while a0 > s and gl[a0] == "" and aligned[a0] in ("", None):
                a0 -= 1
            b1 = k + 1
            while b1 < len(g) and gl[b1] == "" and aligned[b1] in ("", None):
                b1 += 1
            left, right = g[a0:k], g[k:b1]
            what = {("z", ""): "missed ZWNJ (joined)", ("z", "s"): "missed ZWNJ (space)",
                    ("", "z"): "spurious ZWNJ", ("s", "z"): "space → ZWNJ", ("s", ""): "space lost",
                    ("", "s"): "spurious space", ("z", None): "unaligned"}.get((gl[k], aligned[k]), f"{gl[k]}→{aligned[k]}")
            classes[f"{what}: {kind(left, right)}"] += 1


def print_errors(classes: Counter, words: Counter, top: int) -> None:
    """The error classes with counts, then the `top` most frequent (gold → rasad) words."""
    for k, n in classes.most_common():
        print(f"  {n:5d}  {k}")
    for (gw, pw), n in words.most_common(top):
        print(f"  {n:4d}  {gw}  →  {pw}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--corpus", default="perdt,seraji")
    ap.add_argument("--mode", default="joined,spaced,gold", help="any of joined,spaced,mixed,gold")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--conventions", action="store_true")
    args = ap.parse_args()
    for c in args.corpus.split(","):
        gold = Path(args.data, CORPORA[c].format(split=args.split)).read_text(encoding="utf-8").splitlines()
        if args.conventions:
            gold = [NJ_ZWNJ.sub("", s) for s in gold]
        for mode in args.mode.split(","):
            make = {"joined": lambda s: s.replace(ZWNJ, ""), "spaced": lambda s: s.replace(ZWNJ, " "),
                    "mixed": mixed, "gold": lambda s: s}[mode]
            sc, classes, words = Score(), Counter(), Counter()
            for line in gold:
                out = normalize(make(line))
                sc.add(line, out)
                analyse(line, out, classes, words)
            r = sc.row()
            print(f"\n=== {c}/{mode}: P {r['P']:.3f} R {r['R']:.3f} F1 {r['F1']:.4f} "
                  f"word acc {r['word_acc']:.3f} unchanged {r['unchanged']:.4f}  (tp {sc.tp} fp {sc.fp} fn {sc.fn})")
            print_errors(classes, words, args.top)


if __name__ == "__main__":
    main()
