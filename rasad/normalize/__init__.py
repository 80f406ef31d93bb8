"""Normalize Persian text: letters, digits, spacing and ZWNJ, with a map back to the input.

PLACEHOLDER (skeleton): the normalization issue replaces the internals; the public functions
`normalize(text) -> str` and `normalize_with_map(text) -> (str, list[int])` stay.
`normalize_with_map` returns the new text and, for each of its characters, the index of the
input character it came from (inserted characters map to the next input character).
"""
from __future__ import annotations

_TABLE = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ـ": None, "\u200f": None, "\u200e": None,
                        "\u200d": None, "\u00a0": " "})


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    src: list[int] = []
    for i, ch in enumerate(text):
        rep = ch.translate(_TABLE)
        for c in rep:
            out.append(c)
            src.append(i)
    return "".join(out), src


def normalize(text: str) -> str:
    """Normalized Persian text (line breaks kept)."""
    return normalize_with_map(text)[0]
