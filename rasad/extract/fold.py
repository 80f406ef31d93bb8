"""Folding for matching: compare page text with phrase lists without normalizing the page first.

Extraction runs on the raw page (the normalize stage runs later), but pages lose every ZWNJ, write
Arabic ي/ك, or use Arabic-Indic / Latin digits. Two helpers make matching robust to that:

- `soft(s)`: a *length-preserving* fold (one char in, one char out), so a match's offsets in the
  folded string are offsets in the original: ي/ى→ی, ك→ک, ة→ه, أ/إ/ٱ→ا, ZWNJ/NBSP/tabs→space,
  Persian and Arabic-Indic digits→Latin. Use it with regexes built by `phrase_pattern`.
- `key(s)`: a *lossy* key for equality and containment of short lines: `soft` plus every space,
  ZWNJ, tatweel, diacritic and punctuation dropped, Latin lowercased.

Neither changes the page: the text kept in the record is always the original, ZWNJ included.
"""
from __future__ import annotations

import re
from functools import lru_cache

ZWNJ = "\u200c"

_SOFT = {
    "ي": "ی", "ى": "ی", "ئ": "ئ", "ك": "ک", "ة": "ه", "ۀ": "ه",
    "أ": "ا", "إ": "ا", "ٱ": "ا",
    ZWNJ: " ", "\u00a0": " ", "\t": " ", "\u200f": " ", "\u200e": " ", "\u200d": " ", "\u200b": " ",
    "\u202a": " ", "\u202b": " ", "\u202c": " ", "\u202d": " ", "\u202e": " ", "\ufeff": " ",
}
for _i, _c in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _SOFT[_c] = str(_i)
for _i, _c in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _SOFT[_c] = str(_i)
_SOFT_TABLE = str.maketrans(_SOFT)

# key(): drop what varies between copies of the same words (spacing, ZWNJ, tatweel, harakat, punctuation)
_DROP = " \u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670" \
        ".,:;!?'\"«»()[]{}<>/\\|-_–—…*#@%&+=~`^؟،؛٫٬•·\u200c\u00a0\u200f\u200e\u200d\u200b\ufeff\t\r\n"
_KEY_MAP = {**_SOFT, **{c: "" for c in _DROP}, "آ": "ا"}
_KEY_TABLE = str.maketrans({k: (v or None) for k, v in _KEY_MAP.items()})
_WORDS_MAP = {**_SOFT, "آ": "ا", **{c: "" for c in
                                    "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"}}
_WORDS_TABLE = str.maketrans({k: (v or None) for k, v in _WORDS_MAP.items()})


def _replace_order(mapping: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The (char, replacement) pairs of `mapping` in an order where one `str.replace` per pair gives
    what one `str.translate` pass gives: a char that is another's replacement goes first, so what a
    later pair writes is never rewritten again."""
    todo = {k: v for k, v in mapping.items() if k != v}
    done: list[tuple[str, str]] = []
    while todo:
        ready = [k for k, v in todo.items() if not any(c in todo and c != k for c in v)]
        if not ready:
            raise ValueError("cyclic fold table")
        for k in ready:
            done.append((k, todo.pop(k)))
    return tuple(done)


_USUAL = [*range(0x250), *range(0x600, 0x700), *range(0x2000, 0x2070), 0xFEFF]


class _Fold:
    """One fold table, run the fastest way for the string's length.

    `str.translate` with a dict costs ~70 ns per character on Persian text (a failed dict lookup
    per unmapped character); one `str.replace` per table character that occurs costs a scan each
    but is ~10x cheaper on paragraphs. Short strings (lines, words) keep `translate`.
    Both give the same string (tests/test_extract_units.py checks it on random text).
    """

    __slots__ = ("table", "pairs", "short")

    def __init__(self, mapping: dict[str, str], table: dict[int, str | None]):
        # identity entries for the usual characters: translate then finds every character it
        # looks up (a failed lookup raises and clears a KeyError: the cost of the plain table)
        self.table = {**{c: c for c in _USUAL}, **table}
        self.pairs = _replace_order(mapping)
        self.short = 3 * len(self.pairs) // 4   # measured: below this length translate is cheaper

    def __call__(self, s: str) -> str:
        if len(s) < self.short:
            return s.translate(self.table)
        for c, r in self.pairs:
            if c in s:
                s = s.replace(c, r)
        return s


_soft = _Fold(_SOFT, _SOFT_TABLE)
_key = _Fold(_KEY_MAP, _KEY_TABLE)
_words = _Fold(_WORDS_MAP, _WORDS_TABLE)


def fold_words(s: str) -> str:
    """`soft` plus what `key` does inside words (no tatweel or harakat, آ→ا, lower case); spaces and
    punctuation stay, so each word of the result is its own `key`."""
    return _words(s).lower()


def soft(s: str) -> str:
    """Length-preserving fold (offsets stay valid)."""
    return _soft(s)


def line_cache(fn):
    """Memoize a per-line function for short lines only (a page checks each line many times;
    caching long lines would let memory grow with the input)."""
    cached = lru_cache(maxsize=4096)(fn)

    def wrapper(s: str):
        return cached(s) if len(s) <= 600 else fn(s)
    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


@line_cache
def key(s: str) -> str:
    """Lossy comparison key: no spaces, ZWNJ, punctuation or diacritics; Persian letters; Latin digits."""
    return _key(s).lower()


def phrase_pattern(phrase: str) -> str:
    """Regex source for `phrase` matched against `soft(text)`.

    Every space or ZWNJ in the phrase may be a space, a ZWNJ (folded to space) or nothing in the
    page; ی/ک match their Arabic forms (the text is folded). Linear: single optional spaces only.
    """
    words = soft(phrase).split()
    return r"[\s«»\"'(]{0,3}".join(re.escape(w) for w in words)


def is_arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" and ch.isalpha()
