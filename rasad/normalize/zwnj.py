"""ZWNJ restoration: put half-spaces back into joined words ("میکنند") and spaced ones ("می کنند").

Two steps over each run of Persian words separated by single spaces:
1. each word written without ZWNJ gets the corpus's most frequent spelling of its letters; an
   unknown word is split only by evidence: a verb prefix می/نمی before a verb body seen in the
   corpus, an inflectional suffix (ها, های, تر, ترین, ‌اند after a silent ه, ...) after a known
   word, or two pieces that the corpus mostly writes around a ZWNJ;
2. two neighbouring words are joined with a ZWNJ when the corpus writes that pair with a ZWNJ
   more often than with a space, or, for unseen pairs, when their pieces are mostly bound
   (می before, ها/ترین after).
Words that already carry a ZWNJ are trusted. Nothing is ever split after a non-joining letter.
"""
from __future__ import annotations

import math
import re

from .chars import LETTERS, MARKS, NON_JOINING, ZWNJ
from .lexicon import GAR, KEEP_JOINED, PERSON_ENDINGS, Lexicon, lexicon

RUN_RX = re.compile(f"[{LETTERS}{ZWNJ}]+(?: [{LETTERS}{ZWNJ}]+)*")
MAX_WORD = 40  # longer "words" are junk; leave them as they are (and keep the cost linear)
PLURAL = ("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها")
DEGREE = ("ترین", "تری", "تر")
AFTER_HE = ("ایم", "اید", "اند", "ای", "ام", "ات", "اش")  # only after a silent ه
MIN_BASE = 2
# Tuned on the dev splits (bench/normalize/zwnj_bench.py --split dev).
SPLIT_MIN = 0.5  # compound split: p(left piece is bound) * p(right piece is bound)
MERGE_MIN = 2.0  # unseen spaced pair: log-odds that the two pieces are bound


def joins(piece: str) -> bool:
    """Whether a ZWNJ may follow `piece` (its last letter joins to the left)."""
    i = len(piece) - 1
    while i >= 0 and piece[i] in MARKS:
        i -= 1
    return i >= 0 and piece[i] not in NON_JOINING


def _known(lex: Lexicon, w: str, floor: int = 1) -> bool:
    return lex.W.get(w, 0) + lex.L.get(w, 0) >= floor or w in lex.best


def _verb_body(lex: Lexicon, rest: str) -> bool:
    if rest in lex.VB:
        return True
    for e in PERSON_ENDINGS:
        if rest.endswith(e) and len(rest) - len(e) >= 2 and rest[: -len(e)] in lex.stems:
            return True
    return False


def _split_oov(lex: Lexicon, w: str, depth: int = 0) -> str | None:
    """A ZWNJ spelling for a word the corpus never saw, or None."""
    for pre in ("نمی", "می"):
        if w.startswith(pre) and len(w) > len(pre) + 1:
            rest = w[len(pre):]
            if _verb_body(lex, rest):
                return pre + ZWNJ + rest
            if depth == 0:  # می + body + suffix: میکردهاند
                sub = _suffix(lex, rest, depth + 1)
                if sub and _verb_body(lex, sub.split(ZWNJ)[0]):
                    return pre + ZWNJ + sub
    sub = _suffix(lex, w, depth)
    if sub:
        return sub
    return _compound(lex, w)


def _suffix(lex: Lexicon, w: str, depth: int) -> str | None:
    for group in (PLURAL, DEGREE, AFTER_HE):
        for suf in group:
            if not w.endswith(suf) or len(w) - len(suf) < MIN_BASE:
                continue
            base = w[: -len(suf)]
            if group is AFTER_HE and not base.endswith("ه"):
                continue
            if not joins(base):
                return None  # کشورها: written joined
            if _known(lex, base, 2 if group is not PLURAL else 1):
                return restore_word(base, depth + 1) + ZWNJ + suf
            if depth < 1:
                inner = _split_oov(lex, base, depth + 1)
                if inner:
                    return inner + ZWNJ + suf
    return None


def _bound(n_bound: int, n_free: int) -> float:
    return (n_bound + 0.1) / (n_bound + n_free + 1.0)


def _compound(lex: Lexicon, w: str) -> str | None:
    best, where = SPLIT_MIN, 0
    for i in range(MIN_BASE, len(w) - 1):
        a, b = w[:i], w[i:]
        la, rb = lex.L.get(a, 0), lex.R.get(b, 0)
        if not la or not rb or not joins(a) or b in GAR:
            continue
        score = _bound(la, lex.W.get(a, 0)) * _bound(rb, lex.W.get(b, 0))
        if score > best:
            best, where = score, i
    return w[:where] + ZWNJ + w[where:] if where else None


_CACHE: dict[str, str] = {}


def restore_word(w: str, depth: int = 0) -> str:
    """The spelling of one word (no spaces) with its ZWNJs."""
    if ZWNJ in w or len(w) < 3 or len(w) > MAX_WORD:
        return w
    hit = _CACHE.get(w)
    if hit is not None:
        return hit
    lex = lexicon()
    out = lex.best.get(w)
    if out is None:
        out = _split_oov(lex, w, depth) or w
    if ZWNJ in out:
        out = _drop_gar(out)
    if depth == 0:
        if len(_CACHE) > 200_000:
            _CACHE.clear()
        _CACHE[w] = out
    return out


def _drop_gar(form: str) -> str:
    head, _, last = form.rpartition(ZWNJ)
    return head + last if last in GAR else form


def _merge(lex: Lexicon, left: str, right: str) -> str | None:
    """The separator between two neighbouring words: ZWNJ, "" (join) or None (keep the space)."""
    a = left.rsplit(ZWNJ, 1)[-1]
    b = right.split(ZWNJ, 1)[0]
    if a + b in KEEP_JOINED:
        return ""
    if not joins(a):
        return "" if b in PLURAL and lex.W.get(a, 0) else None
    z, s = lex.Z.get((a, b), 0), lex.S.get((a, b), 0)
    if z or s:
        return ZWNJ if z > s and b not in GAR else None
    wa, wb = lex.W.get(a, 0), lex.W.get(b, 0)
    score = math.log((lex.L.get(a, 0) + 0.5) / (wa + 0.5)) + math.log((lex.R.get(b, 0) + 0.5) / (wb + 0.5))
    return ZWNJ if score > MERGE_MIN and b not in GAR else None


def restore_run(run: str) -> str:
    """Restore a run of Persian words separated by single spaces."""
    words = [restore_word(w) for w in run.split(" ")]
    if len(words) == 1:
        return words[0]
    lex = lexicon()
    out = [words[0]]
    for w in words[1:]:
        sep = _merge(lex, out[-1], w)
        if sep is None:
            out.append(w)
        else:
            out[-1] = out[-1] + sep + w
    return " ".join(out)


def _repl(mo: re.Match) -> str:
    return restore_run(mo.group())


def restore(text: str) -> str:
    return RUN_RX.sub(_repl, text)


def restore_with_map(text: str) -> tuple[str, list[int]]:
    from .mapping import sub_with_map

    return sub_with_map(RUN_RX, _repl, text)
