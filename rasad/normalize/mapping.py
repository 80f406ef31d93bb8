"""Offset maps for rewrites: each stage is a regex substitution; this module replays it with a map.

A map is a list with one entry per output character: the index of the input character it came from.
Stages are composed with `compose`, so the final map points into the raw input. Inserted characters
(a ZWNJ or a space that had no counterpart) point at their right-hand neighbour in the input.
"""
from __future__ import annotations

from typing import Callable, Pattern

SEPARATORS = frozenset(" \u200c")


def align(src: str, start: int, end: int, rep: str) -> list[int]:
    """Map each char of `rep` (the replacement of src[start:end]) to an index in src.

    Greedy and linear (bounded look-ahead): equal chars map one to one; a separator (space/ZWNJ)
    in `rep` that faces a separator in the source replaces it; other separators of `rep` are
    insertions and point at the next source char; source chars skipped over were deleted.
    """
    if len(rep) == end - start:
        return list(range(start, end))
    out: list[int] = []
    i, n, last = start, end, max(end - 1, start)
    for ch in rep:
        if i < n and (src[i] == ch or (ch in SEPARATORS and src[i] in SEPARATORS)):
            out.append(i)
            i += 1
        elif ch in SEPARATORS:
            out.append(min(i, last))
        else:
            j = i
            while j < n and j < i + 8 and src[j] != ch:
                j += 1
            if j < n and src[j] == ch:
                out.append(j)
                i = j + 1
            else:
                out.append(min(i, last))
                i += 1
    return out


def sub_with_map(rx: Pattern[str], repl: Callable, text: str) -> tuple[str, list[int]]:
    """`rx.sub(repl, text)` plus the map from each output char to its source index."""
    out: list[str] = []
    m: list[int] = []
    pos = 0
    for mo in rx.finditer(text):
        s, e = mo.span()
        if s > pos:
            out.append(text[pos:s])
            m.extend(range(pos, s))
        r = repl(mo)
        out.append(r)
        m.extend(align(text, s, e, r))
        pos = e
    if pos == 0:
        return text, list(range(len(text)))
    if pos < len(text):
        out.append(text[pos:])
        m.extend(range(pos, len(text)))
    return "".join(out), m


def compose(outer: list[int], inner: list[int]) -> list[int]:
    """Map of stage B applied after stage A: outer = A's map (to raw), inner = B's map (to A's text)."""
    if not inner:
        return []
    return [outer[k] for k in inner]
