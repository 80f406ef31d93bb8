"""A small logistic model for the ZWNJ decisions the corpus counts cannot settle on their own.

Two weight vectors over the same features of two pieces a, b (`features`):
- "spaced": two neighbouring words "a b" that the rules hand over (a pair the corpus writes with
  a ZWNJ at least once, or never writes at all): a‌b or a b?
- "joined": a split point inside an unknown word "ab": a‌b or not?
Features are the pieces' corpus counts (as free words, before/after a ZWNJ, glued to a known word),
the pair's counts, the letters at the seam, lengths, and the identity of frequent pieces (heads
such as ساز, گونه, آمیز learn their own weight). Trained by bench/normalize/zwnj_model.py on PerDT
**train** only, cross-fitted (each fold scored with a lexicon built without it, so the counts look
as they do for unseen text); the thresholds were chosen on the dev split. Pure Python at run time:
a dictionary lookup per feature, and the callers cache per pair of pieces.
"""
from __future__ import annotations

import functools
import gzip
import math
import operator
from pathlib import Path

from .lexicon import Lexicon

ZWNJ = "\u200c"
DATA = Path(__file__).parent / "data"
MODEL_FILE = DATA / "zwnj_model.tsv.gz"


def _silent_he(a: str) -> bool:
    """affixes.silent_he, but from 2 letters (که, به count): the shipped weights were trained with
    this feature, so it stays as it is until the model is retrained."""
    return len(a) >= 2 and a[-1] == "ه" and a[-2] not in "اوآ"


NUMERIC = ("bias", "wa", "la", "wb", "rb", "jb", "z", "s", "wab", "lo_a", "lo_b", "head", "zs", "he",
           "a0", "b0", "indef", "a_i")


def numeric(lex: Lexicon, a: str, b: str) -> tuple[float, ...]:
    """The counted features of the seam between pieces a and b (in NUMERIC's order)."""
    wa, la = lex.W.get(a, 0), lex.L.get(a, 0)
    wb, rb, jb = lex.W.get(b, 0), lex.R.get(b, 0), lex.J.get(b, 0)
    z, s = lex.Z.get((a, b), 0), lex.S.get((a, b), 0)
    log1p = math.log1p
    return (1.0, log1p(wa), log1p(la), log1p(wb), log1p(rb), log1p(jb), log1p(z), log1p(s),
            log1p(lex.W.get(a + b, 0)), math.log((la + 0.5) / (wa + 0.5)),
            math.log((rb + 0.5) / (wb + 0.5)), rb / (rb + jb + 1.0),
            math.log((z + 0.5) / (s + 0.5)) if z + s else 0.0, float(_silent_he(a)),
            float(wa + la == 0), float(wb + rb == 0),
            log1p(lex.W.get(b[:-1], 0)) if b.endswith("ی") and len(b) > 2 else 0.0,  # ریزی = ریز + ی
            log1p(lex.W.get(a[:-1], 0)) if a.endswith("ی") and len(a) > 2 else 0.0)


def categorical(a: str, b: str) -> tuple[str, ...]:
    """The seam's letters and lengths, and the pieces themselves (frequent heads learn a weight)."""
    return ("lena:" + str(min(len(a), 6)), "lenb:" + str(min(len(b), 6)), "aend:" + a[-1],
            "bstart:" + b[0], "bend:" + b[-2:], "a:" + a, "b:" + b)


def features(lex: Lexicon, a: str, b: str) -> dict[str, float]:
    """All features of the seam between pieces a and b (no ZWNJ in either), for training."""
    f = dict(zip(NUMERIC, numeric(lex, a, b)))
    f.update((k, 1.0) for k in categorical(a, b))
    return f


@functools.cache
def weights() -> dict[str, dict[str, float]]:
    """The shipped weights (see `load`), read once per process."""
    return load(MODEL_FILE)


def load(path: Path) -> dict[str, dict[str, float]]:
    """{"spaced": {feature: weight}, "joined": {...}} from a weights file written by
    bench/normalize/zwnj_model.py; empty when there is none."""
    out: dict[str, dict[str, float]] = {"spaced": {}, "joined": {}}
    if not path.exists():
        return out
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            kind, name, w = line.rstrip("\n").split("\t")
            out[kind][name] = float(w)
    return out


def score(lex: Lexicon, kind: str, a: str, b: str) -> float:
    """The model's log-odds that a ZWNJ belongs between a and b (= the weighted `features`)."""
    w = weights()[kind]
    total = sum(map(operator.mul, numeric(lex, a, b), _numeric_weights(kind)))
    return total + sum(map(w.get, categorical(a, b), _ZEROS))


_ZEROS = (0.0,) * 8


@functools.cache
def _numeric_weights(kind: str) -> tuple[float, ...]:
    w = weights()[kind]
    return tuple(w.get(k, 0.0) for k in NUMERIC)
