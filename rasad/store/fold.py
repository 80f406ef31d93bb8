"""Search folding for Persian: one canonical term per word, whatever the spelling variant.

Why: Persian is written with Arabic or Persian letters (ي/ی, ك/ک), three digit sets, optional
diacritics, and a ZWNJ that writers type as ZWNJ, as a space, or not at all ("سرویس‌های",
"سرویس های", "سرویسهای"). Search must treat all of these as the same word.

How: the text is split into *groups* (a word with its ZWNJ-joined parts, plus any detached
affix such as «ها»/«های»/«می» separated by a space). Each group has a *joined* term (all parts
concatenated) and its *parts*. The index holds the joined terms, in order, then the parts; a
query uses the joined term of each of its groups, so every spelling variant of the query meets
every spelling variant of the text. The same functions fold the index and the query, so they cannot disagree.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

# letters, digits and the marks/joiners that live inside Persian words (no nested quantifiers)
_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d])+")
_JOINERS = re.compile(r"[\u200c\u200d]+")

_CHARS = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ڪ": "ک", "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و",
}
_CHARS.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits
_CHARS.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_TABLE = str.maketrans(_CHARS)

#: detached affixes joined to their neighbour when written with a space
SUFFIXES = frozenset({"ها", "های", "هایی", "هایش", "هایشان", "هایمان", "هایتان", "هایم", "هایت",
                      "تر", "ترین", "ترها"})
PREFIXES = frozenset({"می", "نمی", "بی"})


def fold_part(part: str) -> str:
    """Fold one joiner-free piece of a word: letters and digits unified, marks and tatweel gone."""
    part = unicodedata.normalize("NFKC", part).translate(_TABLE).lower()
    return "".join(ch for ch in part if ch != "\u0640" and not unicodedata.category(ch).startswith("M"))


@dataclass(frozen=True, slots=True)
class Group:
    """One searchable word of a text: where it is, its joined term and its parts."""

    start: int
    end: int
    joined: str
    parts: tuple[str, ...]


@lru_cache(maxsize=100_000)
def fold_token(token: str) -> tuple[str, ...]:
    """The folded parts of one word as written (cached: news vocabulary is heavily repeated)."""
    return tuple(p for p in (fold_part(x) for x in _JOINERS.split(token)) if p)


def _iter_merged(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, parts) per word, detached affixes merged into their neighbour; lazy, so a
    snippet can stop reading a long text once it has its window."""
    cur: list | None = None
    pending_prefix = False
    for m in _WORD.finditer(text):
        parts = fold_token(m.group())
        if not parts:
            continue
        start, end = m.span()
        single = parts[0] if len(parts) == 1 else None
        if cur is not None and (pending_prefix or single in SUFFIXES) and text[cur[1]:start].isspace():
            cur[1] = end
            cur[2] = cur[2] + parts
        else:
            if cur is not None:
                yield cur[0], cur[1], cur[2]
            cur = [start, end, parts]
        pending_prefix = single in PREFIXES
    if cur is not None:
        yield cur[0], cur[1], cur[2]


def _merged(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    return list(_iter_merged(text))


def groups(text: str) -> list[Group]:
    """The searchable words of `text`, detached affixes merged into their word."""
    return [Group(s, e, "".join(p), p) for s, e, p in _merged(text)]


def index_terms(text: str | None) -> str:
    """The space-separated terms to index for `text`: every word's joined term, in text order,
    then the parts of the words that have several. Joined terms come first and contiguous so that
    a quoted phrase (`query.parse`) matches them as adjacent terms however the text spelled its
    ZWNJs; the parts only serve single-word queries ("سرویس" finds "سرویس‌های")."""
    if not text:
        return ""
    joined: list[str] = []
    parts_after: list[str] = []
    for _, _, parts in _merged(text):
        joined.append("".join(parts))
        if len(parts) > 1:
            parts_after.extend(parts)
    return " ".join(joined + parts_after)


def snippet_html(text: str, terms: list[str], *, width: int = 240) -> str:
    """An HTML-escaped excerpt of `text` around the first match, each matching word in <mark>."""
    wanted = set(terms)
    hits: list[tuple[int, int]] = []
    start, end = 0, min(len(text), width)
    for g_start, g_end, parts in _iter_merged(text):
        if hits and g_start >= end:
            break
        if "".join(parts) in wanted or wanted.intersection(parts):
            if not hits:
                start = max(0, g_start - width // 3)
                if start:
                    space = text.find(" ", start, g_start)
                    start = space + 1 if space >= 0 else start
                end = min(len(text), max(start + width, g_end))
            hits.append((g_start, g_end))
    if end < len(text):
        space = text.rfind(" ", hits[0][1] if hits else start, end)
        end = space if space > start else end
    pieces, pos = [], start
    for g_start, g_end in hits:
        if g_end > end:
            break
        pieces.append(html.escape(text[pos:g_start]))
        pieces.append("<mark>" + html.escape(text[g_start:g_end]) + "</mark>")
        pos = g_end
    pieces.append(html.escape(text[pos:end]))
    body = "".join(pieces).replace("\n", " ")
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
