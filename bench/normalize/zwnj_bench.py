"""ZWNJ restoration benchmark: rasad side by side with hazm, shekar, parsivar, rishe (and negar).

    python bench/normalize/zwnj_bench.py --split test [--tools rasad,hazm,shekar,parsivar,rishe]
           [--venvs /tmp] [--data /work/shared/data] [--out docs/normalization-bench-test.md]

Gold: the PerDT and Seraji sentences of the split (held out: the lexicon uses train only).
Inputs: "joined" = gold with every ZWNJ deleted; "spaced" = every ZWNJ replaced by a space;
"gold" = the gold text itself (for the share of words left unchanged).
Metric: both texts are folded (marks dropped, ی/ک/ه/digit variants unified) and aligned on their
non-space characters; at every boundary between two characters the label is ZWNJ, space or none.
P/R/F1 count the ZWNJ labels; "word acc" is the share of gold words carrying a ZWNJ that come out
exactly (all inner boundaries and both edges right); "unchanged" is the share of all gold words
reproduced exactly when the gold text itself is the input.
Each peer runs in its own virtual environment (VENVS/venv_<tool>/bin/python, see setup_peers.sh)
through peer_runner.py; rasad runs under the current interpreter.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
ZWNJ = "\u200c"
FOLD = {ord(c): None for c in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0655\u0670\u0640\u200d\u200e\u200f"}
FOLD.update({ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("ۀ"): "ه", ord("ة"): "ه", ord("…"): "."})
FOLD.update({0x06F0 + d: str(d) for d in range(10)})
FOLD.update({0x0660 + d: str(d) for d in range(10)})
FOLD.update({ord(c): " " for c in "\u00a0\u202f\u2009\t"})
# The conventions never write a ZWNJ after a non-joining letter (Seraji's «ضد‌انقلاب»); --conventions
# scores against gold with those ZWNJs dropped, so that deliberate differences are not counted.
NJ_ZWNJ = re.compile("(?<=[اآأإدذرزژوؤ])\u200c")
CORPORA = {"perdt": "ud_persian_perdt/fa_perdt-{split}.txt", "seraji": "ud_persian_seraji/fa_seraji-{split}.txt"}


def labels(text: str) -> tuple[str, list[str], list[tuple[int, int]]]:
    """Content chars, the label before each content char ('z', 's' or ''), and word spans."""
    text = text.translate(FOLD)
    content: list[str] = []
    labs: list[str] = []
    gap = ""
    for ch in text:
        if ch == ZWNJ or ch.isspace():
            gap += ch
            continue
        labs.append("s" if any(c.isspace() for c in gap) or not content else ("z" if ZWNJ in gap else ""))
        content.append(ch)
        gap = ""
    words, start = [], 0
    for k in range(1, len(content) + 1):
        if k == len(content) or labs[k] == "s":
            words.append((start, k))
            start = k
    return "".join(content), labs, words


def align(gold: str, pred: str):
    """Gold letters and boundary labels, and the predicted label at each gold boundary.

    Returns (letters, gold labels, gold word spans, aligned predicted labels (None where the
    letters differ), predicted ZWNJs facing no aligned gold boundary: false positives)."""
    g, gl, gwords = labels(gold)
    p, pl, _ = labels(pred)
    if g == p:
        return g, gl, gwords, list(pl), 0
    aligned: list[str | None] = [None] * len(g)
    sm = difflib.SequenceMatcher(None, g, p, autojunk=False)
    blocks = sm.get_matching_blocks()
    for i, j, n in blocks:
        for k in range(1, n):
            aligned[i + k] = pl[j + k]
        if n and (i == 0) == (j == 0):
            aligned[i] = pl[j] if i else gl[0]
    matched = {j + k for i, j, n in blocks for k in range(1, n)}
    return g, gl, gwords, aligned, sum(1 for j, lab in enumerate(pl) if lab == "z" and j not in matched)


def mixed(line: str) -> str:
    """Each ZWNJ of the line deleted or replaced by a space, by a coin seeded with the line: text
    that mixes both corruptions (a page whose writer is not consistent)."""
    rnd = random.Random(line)
    return "".join((" " if rnd.random() < 0.5 else "") if ch == ZWNJ else ch for ch in line)


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.zw_words = self.zw_ok = 0
        self.words = self.words_ok = 0

    def add(self, gold: str, pred: str) -> None:
        g, gl, gwords, aligned, unaligned_z = align(gold, pred)
        self.fp += unaligned_z
        for k, lab in enumerate(gl):
            a = aligned[k]
            if lab == "z":
                self.tp += a == "z"
                self.fn += a != "z"
            elif a == "z":
                self.fp += 1
        for s, e in gwords:
            ok = all(aligned[k] == gl[k] for k in range(s + 1, e))
            ok = ok and (s == 0 or aligned[s] == gl[s]) and (e == len(g) or aligned[e] == gl[e])
            self.words += 1
            self.words_ok += ok
            if "z" in gl[s + 1:e]:
                self.zw_words += 1
                self.zw_ok += ok

    def row(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"P": p, "R": r, "F1": f, "word_acc": self.zw_ok / max(self.zw_words, 1),
                "unchanged": self.words_ok / max(self.words, 1)}


def run_tool(tool: str, sets: dict, venvs: str) -> dict:
    py = sys.executable if tool == "rasad" else os.path.join(venvs, f"venv_{tool}", "bin", "python")
    if not os.path.exists(py):
        return {"error": f"no interpreter at {py}"}
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.json"), os.path.join(tmp, "out.json")
        json.dump({"sets": sets}, open(src, "w", encoding="utf-8"), ensure_ascii=False)
        env = dict(os.environ)
        if tool == "rasad":
            env["PYTHONPATH"] = str(HERE.parent.parent) + os.pathsep + env.get("PYTHONPATH", "")
        proc = subprocess.run([py, str(HERE / "peer_runner.py"), tool, src, dst], env=env,
                              capture_output=True, text=True, timeout=3600, cwd=tmp)
        if proc.returncode:
            return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
        return json.load(open(dst, encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--tools", default="rasad,hazm,shekar,parsivar,rishe,negar")
    ap.add_argument("--venvs", default="/tmp")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default="")
    ap.add_argument("--conventions", action="store_true",
                    help="score against gold with ZWNJs after non-joining letters removed")
    args = ap.parse_args()
    golds = {c: Path(args.data, p.format(split=args.split)).read_text(encoding="utf-8").splitlines()
             for c, p in CORPORA.items()}
    if args.conventions:
        golds = {c: [NJ_ZWNJ.sub("", g) for g in lines] for c, lines in golds.items()}
    sets = {}
    for c, lines in golds.items():
        sets[f"{c}/joined"] = [s.replace(ZWNJ, "") for s in lines]
        sets[f"{c}/spaced"] = [s.replace(ZWNJ, " ") for s in lines]
        sets[f"{c}/gold"] = list(lines)
    rows = []
    for tool in args.tools.split(","):
        res = run_tool(tool, sets, args.venvs)
        if "error" in res:
            rows.append(f"| {tool} | not run: {res['error'][:120]} |")
            print(rows[-1], flush=True)
            continue
        cells = []
        for c, lines in golds.items():
            for mode in ("joined", "spaced"):
                sc = Score()
                for g, o in zip(lines, res["outputs"][f"{c}/{mode}"]):
                    sc.add(g, o)
                r = sc.row()
                cells.append(f"{r['P']:.3f} / {r['R']:.3f} / **{r['F1']:.3f}** / {r['word_acc']:.3f}")
            sc = Score()
            for g, o in zip(lines, res["outputs"][f"{c}/gold"]):
                sc.add(g, o)
            cells.append(f"{sc.row()['unchanged']:.4f}")
        speed = res["chars"] / res["seconds"] if res["seconds"] else 0
        rows.append(f"| {tool} {res['version']} | " + " | ".join(cells)
                    + f" | {speed:,.0f} | {res['load_seconds']:.2f} | {res['maxrss_mb']:.0f} | {res['errors']} |")
        print(rows[-1], flush=True)
    head = ("| tool | PerDT joined P/R/F1/word acc | PerDT spaced | PerDT unchanged | Seraji joined | "
            "Seraji spaced | Seraji unchanged | chars/s | load s | peak RSS MB | errors |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|")
    table = head + "\n" + "\n".join(rows)
    print("\n" + table)
    if args.out:
        note = " (gold: conventions-adjusted)" if args.conventions else ""
        Path(args.out).write_text(f"split: {args.split}{note}\n\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
