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
_KEY_TABLE = str.maketrans({**_SOFT, **{c: None for c in _DROP}, "آ": "ا"})


_WORDS_TABLE = str.maketrans({**_SOFT, "آ": "ا", **{c: None for c in
                               "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"}})


def fold_words(s: str) -> str:
    """`soft` plus what `key` does inside words (no tatweel or harakat, آ→ا, lower case); spaces and
    punctuation stay, so each word of the result is its own `key`."""
    return s.translate(_WORDS_TABLE).lower()


def soft(s: str) -> str:
    """Length-preserving fold (offsets stay valid)."""
    return s.translate(_SOFT_TABLE)


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
    return s.translate(_KEY_TABLE).lower()


def phrase_pattern(phrase: str) -> str:
    """Regex source for `phrase` matched against `soft(text)`.

    Every space or ZWNJ in the phrase may be a space, a ZWNJ (folded to space) or nothing in the
    page; ی/ک match their Arabic forms (the text is folded). Linear: single optional spaces only.
    """
    words = soft(phrase).split()
    return r"[\s«»\"'(]{0,3}".join(re.escape(w) for w in words)


def is_arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" and ch.isalpha()
