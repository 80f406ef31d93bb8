"""Search folding for Persian: one canonical term per word, whatever the spelling variant.

Why: Persian is written with Arabic or Persian letters (ي/ی, ك/ک), three digit sets, optional
diacritics, and a ZWNJ that writers type as ZWNJ, as a space, or not at all ("سرویس‌های",
"سرویس های", "سرویسهای"). Search must treat all of these as the same word.

How: the text is split into *groups* (a word with its ZWNJ-joined parts, plus any detached
affix such as «ها»/«های»/«می» separated by a space). Each group has a *joined* term (all parts
concatenated) and its *parts*. The index holds the joined term and every part; a query uses the
joined term of each of its groups, so every spelling variant of the query meets every spelling
variant of the text. The same functions fold the index and the query, so they cannot disagree.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

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


def _tokens(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    out = []
    for m in _WORD.finditer(text):
        parts = tuple(p for p in (fold_part(x) for x in _JOINERS.split(m.group())) if p)
        if parts:
            out.append((m.start(), m.end(), parts))
    return out


def groups(text: str) -> list[Group]:
    """The searchable words of `text`, detached affixes merged into their word."""
    merged: list[list] = []
    pending_prefix = False
    prev_end = -1
    for start, end, parts in _tokens(text):
        gap_is_space = prev_end >= 0 and text[prev_end:start].isspace()
        single = parts[0] if len(parts) == 1 else None
        if merged and gap_is_space and (pending_prefix or single in SUFFIXES):
            merged[-1][1] = end
            merged[-1][2] = merged[-1][2] + parts
        else:
            merged.append([start, end, parts])
        pending_prefix = single in PREFIXES
        prev_end = end
    return [Group(s, e, "".join(p), p) for s, e, p in merged]


def index_terms(text: str | None) -> str:
    """The space-separated terms to index for `text`: every joined term and, when split, its parts."""
    if not text:
        return ""
    terms: list[str] = []
    for g in groups(text):
        terms.append(g.joined)
        if len(g.parts) > 1:
            terms.extend(g.parts)
    return " ".join(terms)


def query_terms(query: str) -> list[str]:
    """The terms a query must all match (deduplicated, in order). FTS syntax in the query is inert."""
    seen: dict[str, None] = {}
    for g in groups(query or ""):
        seen.setdefault(g.joined, None)
    return list(seen)


def snippet_html(text: str, terms: list[str], *, width: int = 240) -> str:
    """An HTML-escaped excerpt of `text` around the first match, each matching word in <mark>."""
    wanted = set(terms)
    hits = [g for g in groups(text) if g.joined in wanted or wanted.intersection(g.parts)]
    start = 0
    if hits:
        start = max(0, hits[0].start - width // 3)
        if start:
            space = text.find(" ", start, hits[0].start)
            start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", max(start, hits[0].end if hits else start), end)
        end = space if space > start else end
    pieces, pos = [], start
    for g in hits:
        if g.start < start or g.end > end:
            continue
        pieces.append(html.escape(text[pos:g.start]))
        pieces.append("<mark>" + html.escape(text[g.start:g.end]) + "</mark>")
        pos = g.end
    pieces.append(html.escape(text[pos:end]))
    body = "".join(pieces).replace("\n", " ")
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
