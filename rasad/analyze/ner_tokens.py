"""The token layer of ner.py: word tokens of a text with offsets and folded forms, and the
offset → token helpers the context rules use (kept apart from the rules, which read only these)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .fold import fold_one_to_one

#: a word (= [^\W\d_](?:[^\W_]|\u200c)*), unrolled, and possessive (*+): a token is a maximal run, so
#: the regex never backtracks and need not record how (~10 % cheaper than the greedy form); the one
#: word pattern of rasad.analyze (compose_rules and spans split words with it too)
WORD = re.compile(r"[^\W\d_][^\W_]*+(?:\u200c[^\W_]*+)*+")
_SPAN = re.Match.span
_TRUE = [True]


class Tokens:
    """Tokens of the text with offsets, folded forms and the gap to the next token."""

    def __init__(self, text: str):
        self.text = text
        self.spans = list(map(_SPAN, WORD.finditer(text)))
        # starts/ends once, reused by mark/next_token and the offset → token maps
        self._starts = [s for s, _ in self.spans]
        self._ends = [e for _, e in self.spans]
        one = fold_one_to_one(text)  # one translate for the whole text, then slices
        self.folded = [one[s:e].replace("\x00", "") for s, e in self.spans]

    def joined(self, i: int) -> bool:
        """Only a space/ZWNJ between token i and i+1 (no punctuation, no line break)."""
        if i + 1 >= len(self.spans):
            return False
        gap = self.text[self.spans[i][1]:self.spans[i + 1][0]]
        return len(gap) <= 2 and not gap.strip(" \u200c")


def mark(tk: Tokens, taken: list[bool], spans) -> None:
    """Set `taken` on every token that overlaps one of `spans` (tokens are sorted and do not
    overlap, so those that overlap [s, e) are one slice: two bisects, no scan)."""
    starts, ends = tk._starts, tk._ends
    for s, e in spans:
        k = bisect_right(starts, s) - 1
        if k < 0:  # max(k, 0), without the builtin call
            k = 0
        if k < len(ends) and ends[k] <= s:
            k += 1
        k1 = bisect_left(starts, e)
        if k1 > k:
            taken[k:k1] = _TRUE * (k1 - k)


def next_token(tk: Tokens, pos: int) -> int | None:
    """The token right after `pos` when only spaces, ZWNJ or an opening quote lie between."""
    starts = tk._starts
    k = bisect_left(starts, pos)
    if k < len(starts):
        gap = tk.text[pos:starts[k]]
        if gap.strip(" \u200c\"«“") == "" and len(gap) <= 3:
            return k
    return None


def prev_end(text: str, pos: int) -> int:
    """Where the previous word ends: `pos` moved left over spaces, closing quotes and commas."""
    k = pos
    while k > 0 and text[k - 1] in " \u200c\"»”،,":
        k -= 1
    return k
