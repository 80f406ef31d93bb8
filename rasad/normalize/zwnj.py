"""ZWNJ restoration: put half-spaces back into joined words ("میکنند") and spaced ones ("می کنند").

Two steps over each run of Persian words separated by single spaces:
1. each word written without ZWNJ is restored on its own (words.py: the corpus's spelling of a
   known word; an unknown word split only by evidence);
2. two neighbouring words are joined (this module) by rules (می/نمی, inflections, بی, pairs the
   corpus knows well: PAIR_RATIO) or, for pairs it has seen rarely or never, by the model
   (model.py); the answer is cached per pair of touching pieces.
Words that already carry a ZWNJ are trusted. Nothing is ever split after a non-joining letter.
The runs themselves, the writer model and the next-word decisions are in context.py; the tables
of endings and prefixes in affixes.py.
"""
from __future__ import annotations

import math
import re

from .affixes import (AFTER_HE, AFTER_YE, BI_FREE, BOUND, MI, PLURAL, POSSESSIVE, PREVERB_MI,
                      convention_pair, gar, joins)
from .chars import LETTERS, ZWNJ
from . import model
from .lexicon import Lexicon
from .words import clear_word_caches, derived

__all__ = ["RUN_RX", "EXTRA_CACHES", "cached_answer", "clear_caches", "touching"]

#: a word of up to three letters glued to a number is a name or a code ("ام۲۳" M23, "اف۳۵" F-35,
#: "سی۱۳۰"), never an ending of the word before ("شورشی ام۲۳" is not «شورشی‌ام»): it ends the run
_WORD = f"(?:[{LETTERS}{ZWNJ}]{{4,}}+|[{LETTERS}{ZWNJ}]{{1,3}}+(?![{LETTERS}{ZWNJ}0-9۰-۹٠-٩]))"
RUN_RX = re.compile(f"{_WORD}(?: {_WORD})*")
# Tuned on the dev splits (bench/normalize/zwnj_errors.py) and checked on a held-out tail of train
# (bench/normalize/zwnj_xval.py).
PAIR_RATIO = 2.0  # a seen pair is joined when "a‌b" is this many times more frequent than "a b"
PAIR_MIN = 1  # ... when the corpus has the pair (with a ZWNJ or a space) this often
SUFFIX_MIN = 1.5  # unseen "word + suffix" pair: log-odds that the suffix is bound
# The model (model.py) and when it is asked; thresholds chosen on dev, checked on the train tail.
SPACED_T = 0.0  # model log-odds above which a spaced pair takes a ZWNJ (context.STYLE_T per style)
SCORE_FLOOR = -1.0  # no style's threshold is lower (context.STYLE_T): a score below it is a space
SEEN_MAX = 30  # a pair seen this often is decided by its counts (PAIR_RATIO), not the model
SURE_Z = 5  # ... and one seen this often with a ZWNJ and never with a space
RARE_PAIR = 10  # an unseen pair of words this rare, the left never a first piece, stays apart
ASK_MIN = 3  # an unseen pair goes to the model if a piece is seen this often beside a ZWNJ
EXTRA_CACHES: list[dict] = []  # other modules' caches that depend on the lexicon (context.py)


_PAIR_CACHE: dict[tuple[str, str], object] = {}
# The cached answer for a pair of touching pieces (a separator, or a float score), or the default:
# context.py's fast path (None: a space) reads it without a function call per pair.
cached_answer = _PAIR_CACHE.get


def touching(left: str, right: str) -> tuple[str, str]:
    """The pieces that meet across the space between two words: left's last, right's first."""
    return (left.rsplit(ZWNJ, 1)[-1] if ZWNJ in left else left,
            right.split(ZWNJ, 1)[0] if ZWNJ in right else right)


def _merge(lex: Lexicon, left: str, right: str, t: float | None = None) -> str | None:
    """The separator between two neighbouring words: ZWNJ, "" (join) or None (keep the space).
    t: the model threshold (None: SPACED_T); the writer's style sets it (context.py). Only the
    touching pieces matter, so the rules' answer or the model's score is cached per pair of pieces."""
    key = touching(left, right)
    hit = _PAIR_CACHE.get(key, _MISS)
    if hit is _MISS:
        if len(_PAIR_CACHE) > 200_000:
            _PAIR_CACHE.clear()
        hit = _merge_score(lex, *key)
        if hit.__class__ is float and hit <= SCORE_FLOOR:
            hit = None  # below every style's threshold: a space (and the fast path in context.py)
        _PAIR_CACHE[key] = hit
    if hit.__class__ is float:
        return ZWNJ if hit > (SPACED_T if t is None else t) else None
    return hit


JOINED_AFTER = ("هایی", "های", "ها", "ترین", "تر")  # joined after ا د ذ ر ز ژ و
HEAD_MIN = 5  # ... to a head the corpus has this often after a ZWNJ


def _inflected_head(lex: Lexicon, b: str) -> str | None:
    """b = a compound head ending in a non-joining letter + an ending written joined to it:
    «کاسب کارها», «دهشت بارترین», «میهمان نوازند» are scored as کاسب|کار, دهشت|بار, میهمان|نواز."""
    if not b.endswith(JOINED_AFTER) or lex.R.get(b, 0) >= ASK_MIN:
        return None
    for e in JOINED_AFTER:
        head = b[: -len(e)]
        if b.endswith(e) and len(head) >= 2 and not joins(head) and lex.R.get(head, 0) >= HEAD_MIN:
            return head
    return None


def _merge_score(lex: Lexicon, a: str, b: str):
    if not lex.Z.get((a, b)):
        head = _inflected_head(lex, b)
        if head is not None:
            return _merge_score(lex, a, head)
    sep = _merge_rules(lex, a, b)
    if sep is not ASK:
        return sep
    if not (lex.Z.get((a, b)) or lex.L.get(a, 0) >= ASK_MIN or lex.R.get(b, 0) >= ASK_MIN):
        return None  # neither piece (almost) ever written beside a ZWNJ: a phrase
    return model.score(lex, "spaced", a, b)


_MISS = object()


def clear_caches() -> None:
    """Forget cached answers (after the lexicon or a threshold changed: benches and tuning)."""
    clear_word_caches()
    _PAIR_CACHE.clear()
    for cache in EXTRA_CACHES:
        cache.clear()


ASK = object()  # _merge_rules: the rules leave this pair to the model


def _merge_rules(lex: Lexicon, a: str, b: str):
    """The separator the rules fix (ZWNJ, "" or None), or ASK when only counts can tell."""
    if b in MI:
        return None  # a verb prefix binds to its right (حق‌کشی نمی کردیم), never to its left
    if a in PREVERB_MI:
        return ZWNJ  # برمی گشت -> برمی‌گشت
    if not joins(a):
        if (b in PLURAL or b in ("تر", "ترین")) and len(a) >= 2 and lex.W.get(a, 0):
            return ""  # کشور ها -> کشورها (not «و های»: a one-letter word is no base)
        return None
    if b in POSSESSIVE and a in PLURAL:
        return ""  # تشویق های شان -> تشویق‌هایشان
    if convention_pair(a, b):
        return ZWNJ  # دست کم -> دست‌کم, یک روزه -> یک‌روزه, کوتاه برد -> کوتاه‌برد
    z, s = lex.Z.get((a, b), 0), lex.S.get((a, b), 0)
    if z + s >= PAIR_MIN:
        if z == 0 or gar(a, b):
            return None
        if b in BOUND or z + s >= SEEN_MAX or (z >= SURE_Z and not s):  # the corpus knows the pair
            return ZWNJ if z > PAIR_RATIO * s else None
        return ASK
    if a == "بی" and len(b) >= 3 and b not in BI_FREE and (lex.W.get(b, 0) or derived(lex, b)):
        return ZWNJ  # unseen: بی توجه -> بی‌توجه (the corpus writes «بی» alone only before these)
    if b in BOUND:  # an inflection: the right piece alone decides
        if b in AFTER_HE and not (a.endswith("ه") or (a.endswith("ی") and b in AFTER_YE)):
            return None
        right = math.log((lex.R.get(b, 0) + 0.5) / (lex.W.get(b, 0) + 0.5))
        return ZWNJ if right > SUFFIX_MIN and not gar(a, b) else None
    if lex.L.get(a, 0) <= 2 and lex.W.get(a, 0) + lex.W.get(b, 0) <= RARE_PAIR:
        return None  # two rare words, the left never seen as a compound's first piece: چوپان سوری
    return ASK
