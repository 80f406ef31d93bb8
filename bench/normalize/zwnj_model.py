"""Train rasad/normalize/model.py's weights on PerDT TRAIN, cross-fitted.

    python bench/normalize/zwnj_model.py [--folds 5] [--holdout 0] [--out rasad/normalize/data/zwnj_model.tsv.gz]

PerDT train is cut into contiguous folds. For each fold, the lexicon is rebuilt without it
(zwnj_xval.rebuild: the other folds + the other sources), so the fold's words and pairs have the
counts unseen text would have. Then:
- "spaced": every pair of neighbouring pieces in the fold's gold (split at spaces and ZWNJs) that
  the rules leave open (zwnj._merge_rules returns ASK) is an example, labelled by how often the
  fold writes it with a ZWNJ (positive) or a space (negative);
- "joined": every word of the fold whose letters the lexicon does not know is taken through
  words._split_oov with _compound replaced by a recorder; each seam it would ask the model about is
  an example, positive where the fold's spelling has a ZWNJ there.
Logistic regression (numpy, full batch, L2), rare piece identities dropped. --holdout N keeps
the last N train lines out (for zwnj_xval.py --model). Dev and test are never read.
"""
from __future__ import annotations

import argparse
import gzip
import io
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from zwnj_xval import PERDT, rebuild  # noqa: E402

from rasad.normalize import build_lexicon as B  # noqa: E402
from rasad.normalize import lexicon as L, model, words as words_mod, zwnj  # noqa: E402

ZWNJ = "\u200c"
L2 = 1.0
MIN_ID = 3  # a piece identity feature is kept when it occurs in this many example types
HEADER = ("# rasad ZWNJ model: kind<TAB>feature<TAB>weight (logistic regression, model.py)\n"
          "# Trained on UD Persian PerDT train (CC BY-SA 4.0), cross-fitted, with the lexicon of\n"
          "# build_lexicon.py's sources; by bench/normalize/zwnj_model.py. Test splits were not used.\n")


def fold_examples(lex, lines: list[str]):
    """(spaced, joined) example dicts {(a, b): [pos, neg]} for one held-out fold."""
    words, _ = B.count(lines)
    spaced: dict = defaultdict(lambda: [0, 0])
    for line in lines:
        for run in B.RUN_RX.findall(B.normalize_chars(line)):
            pieces, labs = [], []
            for tok in run.split(" "):
                for j, p in enumerate(tok.split(ZWNJ)):
                    if pieces:
                        labs.append(j > 0)
                    pieces.append(p)
            for (a, b), z in zip(zip(pieces, pieces[1:]), labs):
                if a and b and zwnj._merge_rules(lex, a, b) is zwnj.ASK:
                    spaced[(a, b)][0 if z else 1] += 1
    forms: dict = defaultdict(list)  # letters -> [(the letter positions before a ZWNJ, count)]
    for f, n in words.items():
        forms[f.replace(ZWNJ, "")].append((_cuts(f), n))
    joined: dict = defaultdict(lambda: [0, 0])
    seen: list = []
    orig = words_mod._compound
    words_mod._compound = lambda lx, w, t=True: seen.append(w)  # returns None: the cascade goes on
    try:
        for key, fs in forms.items():
            if key in lex.best or len(key) < 3 or len(key) > words_mod.MAX_WORD:
                continue
            seen.clear()
            words_mod._split_oov(lex, key, 0)
            for s in set(seen):
                if not key.startswith(s):
                    continue
                for i in words_mod._seams(lex, s):
                    for cuts, n in fs:
                        joined[(s[:i], s[i:])][0 if i in cuts else 1] += n
    finally:
        words_mod._compound = orig
    return spaced, joined


def _cuts(form: str) -> set[int]:
    """Letter positions before which the form has a ZWNJ."""
    out, k = set(), 0
    for ch in form:
        if ch == ZWNJ:
            out.add(k)
        else:
            k += 1
    return out


def fit(examples: list, l2: float = L2, iters: int = 400) -> dict[str, float]:
    """Weighted logistic regression over [(features, pos, neg)] with Adam, full batch."""
    ids = Counter(k for f, _, _ in examples for k in f if k.startswith(("a:", "b:")))
    names: dict[str, int] = {}
    rows, cols, vals, y, wt = [], [], [], [], []
    r = 0
    for f, pos, neg in examples:
        for lab, n in ((1.0, pos), (0.0, neg)):
            if not n:
                continue
            for k, v in f.items():
                if k.startswith(("a:", "b:")) and ids[k] < MIN_ID:
                    continue
                rows.append(r)
                cols.append(names.setdefault(k, len(names)))
                vals.append(v)
            y.append(lab)
            wt.append(float(n))
            r += 1
    rows_a, cols_a, vals_a = np.array(rows), np.array(cols), np.array(vals)
    y_a, wt_a = np.array(y), np.array(wt)
    w = np.zeros(len(names))
    m, v2 = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    total = wt_a.sum()
    for t in range(1, iters + 1):
        z = np.bincount(rows_a, weights=vals_a * w[cols_a], minlength=r)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y_a) * wt_a
        g = np.bincount(cols_a, weights=vals_a * err[rows_a], minlength=len(w)) / total + l2 * w / total
        m = b1 * m + (1 - b1) * g
        v2 = b2 * v2 + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v2 / (1 - b2 ** t)) + 1e-8)
    loss = -np.sum(wt_a * (y_a * np.log(p + 1e-12) + (1 - y_a) * np.log(1 - p + 1e-12))) / total
    print(f"  {r} rows, {len(names)} features, weighted log-loss {loss:.4f}", flush=True)
    return {k: float(w[i]) for k, i in names.items() if abs(w[i]) > 1e-4}


def train(root: Path, lines: list[str], folds: int) -> dict[str, dict[str, float]]:
    ex: dict[str, list] = {"spaced": [], "joined": []}
    size = math.ceil(len(lines) / folds)
    for k in range(folds):
        held, rest = lines[k * size:(k + 1) * size], lines[: k * size] + lines[(k + 1) * size:]
        lex = rebuild(root, rest)
        L.use(lex)
        zwnj.clear_caches()
        spaced, joined = fold_examples(lex, held)
        for kind, d in (("spaced", spaced), ("joined", joined)):
            for (a, b), (pos, neg) in d.items():
                ex[kind].append((model.features(lex, a, b), pos, neg))
        print(f"fold {k}: {len(spaced)} spaced pairs, {len(joined)} seams", flush=True)
    L.use(None)
    zwnj.clear_caches()
    return {kind: fit(rows) for kind, rows in ex.items()}


def save(weights: dict[str, dict[str, float]], out: Path) -> None:
    raw = gzip.GzipFile(filename="", fileobj=open(out, "wb"), mode="wb", compresslevel=9, mtime=0)
    with io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for kind in sorted(weights):
            for name in sorted(weights[kind]):
                fh.write(f"{kind}\t{name}\t{weights[kind][name]:.4f}\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--holdout", type=int, default=0)
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=str(model.MODEL_FILE))
    args = ap.parse_args()
    root = Path(args.data)
    lines = (root / PERDT).read_text(encoding="utf-8").splitlines()
    if args.holdout:
        lines = lines[: -args.holdout]
    save(train(root, lines, args.folds), Path(args.out))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
