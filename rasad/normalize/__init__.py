"""Normalize Persian text: letters, digits, spacing and ZWNJ, with a map back to the input.

`normalize(text) -> str` and `normalize_with_map(text) -> (str, list[int])` are the public API
(CONTRACT: `rasad normalize`, `rasad.normalize()`). Three stages, each linear in the input:
  1. chars.TABLE: a one-to-one-or-none `str.translate` (letters, Arabic digits, marks, spaces);
  2. chars.fix: one regex with a local callback (Latin digits in Persian text, ezafe marks,
     ZWNJ cleanup, space runs, punctuation spacing; URLs, e-mails and Latin tokens are skipped);
  3. context.restore: ZWNJ restoration over runs of Persian words, per word and pair (zwnj.py,
     lexicon in data/, loaded lazily) and by context (the writer, the next word).
`normalize_with_map` replays the same callbacks and composes their maps: for each output char, the
index of the input char it came from (an inserted char points at its right-hand neighbour).
Line breaks are kept. Policies and measurements: docs/normalization.md.
"""
from __future__ import annotations

from . import chars, context
from .mapping import compose


def normalize(text: str) -> str:
    """Normalized Persian text (line breaks kept)."""
    if not text:
        return text
    return context.restore(chars.fix(text.translate(chars.TABLE)))


def normalize_fields(fields: list[str]) -> list[str]:
    """Normalize the fields of one page (title, lead, paragraphs) with ONE writer style, read from
    all of them: a page comes from one site and one scraper, so a heading or a short paragraph with
    no sign either way ("رئیس جمهور" alone) is spelled like the rest of its page, not guessed
    alone. Empty fields stay empty."""
    pre = [chars.fix(f.translate(chars.TABLE)) if f else f for f in fields]
    style = context.writer_style("\n".join(f for f in pre if f))
    return [context.restore(f, style) if f else f for f in pre]


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalized text and, for each of its chars, the index of the input char it came from."""
    if not text:
        return text, []
    t1, m1 = chars.translate_with_map(text)
    t2, m2 = chars.fix_with_map(t1)
    t3, m3 = context.restore_with_map(t2)
    return t3, compose(compose(m1, m2), m3)


__all__ = ["normalize", "normalize_fields", "normalize_with_map"]
