"""Folding for dictionary matching: one key per spelling family, with a map back to the text.

Persian news spells the same name many ways: ی/ي/ى, ک/ك, ئ/ی, آ/ا, with or without ZWNJ, with a
space or joined ("رئیس جمهور", "رئیس‌جمهور", "رئیسجمهور", "بین المللی"). Folding maps every
variant letter to one letter and drops ZWNJ, spaces, diacritics and tatweel, so one automaton key
matches all of them. `fold_with_map` keeps, for each folded character, its index in the original
text, so a match in folded text becomes a span of `doc.text`.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import ne

#: characters that vanish when folding (joiners, spaces, diacritics, tatweel, hamza)
_DROP = "\u200c\u200d\u200e\u200f\u00a0 \t\u0640\u0621\u0654\u0655\u0670" + "".join(
    chr(c) for c in range(0x064B, 0x0653))
#: one-to-one letter variants
_MAP = {"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ە": "ه", "أ": "ا", "إ": "ا",
        "ٱ": "ا", "آ": "ا", "ؤ": "و", "‍": ""}
_SENTINEL = "\x00"
_TABLE = str.maketrans({**{c: _SENTINEL for c in _DROP}, **{k: (v or _SENTINEL) for k, v in _MAP.items()}})
_KEY_TABLE = str.maketrans({**{c: None for c in _DROP}, **{k: (v or None) for k, v in _MAP.items()}})
#: the same tables as (char, replacement) pairs: on Persian text str.translate looks every character
#: up in a dict, while str.replace scans in C; ~30 replaces (only of characters present) are ~10x
#: faster on a page. No replacement is itself a source character, so the order does not matter.
_PAIRS = tuple((chr(k), v if isinstance(v, str) else chr(v)) for k, v in _TABLE.items())
_KEY_PAIRS = tuple((chr(k), "" if v is None else v if isinstance(v, str) else chr(v))
                   for k, v in _KEY_TABLE.items()) + (("\n", ""),)
assert not {c for c, _ in _PAIRS} & {r for _, r in _PAIRS}


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for c, r in pairs:
        if c in text:
            text = text.replace(c, r)
    return text


def fold(text: str) -> str:
    """The folded key of a dictionary form (no offsets needed).

    Short strings (mention texts, role phrases) come back many times per page: memoized.
    """
    if len(text) <= 64:
        return _fold_short(text)
    return _replace_all(text, _KEY_PAIRS)


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _replace_all(text, _KEY_PAIRS)


#: the last whole-text fold: the gazetteer and the NER both fold the same page text (the
#: cache is one tuple, swapped atomically)
_LAST: tuple[str, str] = ("", "")


def _translated(text: str) -> str:
    last = _LAST
    if last[0] == text:
        return last[1]
    one = _replace_all(text, _PAIRS)
    if len(text) > 120:
        globals()["_LAST"] = (text, one)
    return one


def fold_one_to_one(text: str) -> str:
    """Folded letters, same length as `text`; dropped characters become NUL (for slicing)."""
    return _translated(text).replace("\n", _SENTINEL)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its index in `text` (linear time)."""
    one = _translated(text)
    index = list(compress(range(len(one)), map(ne, one, repeat(_SENTINEL, len(one)))))  # C loops, not Python
    return one.replace(_SENTINEL, ""), index


def fold_with_runs(text: str) -> tuple[str, list[int]]:
    """Folded text and the folded offset where each run of kept characters starts.

    Same information as `fold_with_map`, without a Python-visible step per character: folded offset
    p lies in run r = bisect_right(runs, p) - 1, and r dropped characters precede it, so its index
    in `text` is p + r (`unfold_index`). Only the few matched offsets are ever mapped back.
    """
    parts = _translated(text).split(_SENTINEL)
    return "".join(parts), list(accumulate(map(len, parts[:-1]), initial=0))


def unfold_index(runs: list[int], p: int) -> int:
    """Index in the original text of folded offset p (see `fold_with_runs`)."""
    return p + bisect_right(runs, p) - 1


def is_word_char(ch: str) -> bool:
    """True for letters and digits: a match may not start or end next to one."""
    return ch.isalnum()
