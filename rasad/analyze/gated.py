"""Country names that are ordinary words ("مالی": financial / Mali), found only in context.

The dictionary leaves such forms out (docs/actors.md); `with_gated` adds a country match for them
when the article names the country unambiguously elsewhere (a cue: its capital, "کشور مالی") AND
the word right before is a preposition or a state noun ("در مالی", "ارتش مالی") or a list of
countries runs into it ("بورکینافاسو، مالی و نیجر"). Rules: data/gated.tsv. Linear in the text.

Sports clubs are such names too ("استقلال" independence, "فولاد" steel): `club_spans` finds the
forms of data/clubs.tsv only on a page about sport (SPORT_CUES); the NER makes them ORG entities.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .fold import fold
from .gazetteer import Entry, Match, rows


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, Entry, tuple[str, ...], frozenset[str], re.Pattern], ...]:
    out = []
    for r in rows("gated.tsv"):
        if len(r) < 5:
            continue
        form, en, iso = r[0], r[1], r[2]
        cues = tuple(c for c in r[3].split("|") if c)
        before = frozenset(fold(b) for b in r[4].split("|") if b)
        pattern = re.compile(r"(?<![\w\u200c])" + re.escape(form) + r"(?![\w\u200c])")
        out.append((form, Entry("country", en, iso, "GPE", iso), cues, before, pattern))
    return tuple(out)


def _after_cue(prev: str, before: frozenset[str]) -> bool:
    words = prev.split()[-3:]
    return any(fold("".join(words[-k:])) in before for k in range(1, len(words) + 1))


def with_gated(text: str, matches: list[Match]) -> list[Match]:
    """`matches` plus the gated country names the context allows, in text order, no overlaps."""
    added: list[Match] = []
    country_ends: set[int] | None = None  # ends of country matches, found or added: built once, if needed
    for form, entry, cues, before, pattern in _rules():
        if form not in text or not any(c in text for c in cues):
            continue
        if country_ends is None:
            country_ends = {m.end for m in matches if m.entry.kind == "country"}
        for hit in pattern.finditer(text):
            s, e = hit.span()
            if any(m.start < e and s < m.end for m in matches):
                continue  # inside a longer dictionary match ("جمهوری مالی")
            base = max(0, s - 40)
            prev = text[base:s].rstrip(" \u200c")
            listed = False
            if prev.endswith("،") or prev.endswith(" و"):  # "بورکینافاسو، مالی" / "نیجر و مالی"
                sep = prev[:-1].rstrip(" \u200c")
                listed = base + len(sep) in country_ends
            if listed or _after_cue(prev, before):
                added.append(Match(s, e, entry))
                country_ends.add(e)
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: (m.start, -(m.end - m.start)))


# --------------------------------------------------------------------------------- sports clubs
#: words that make a page one about sport; a club form counts only where two or more occur. Only
#: words of sport itself: "نیمه اول (سال)" and "بازیکن (اصلی منطقه)" are everyday news phrases
SPORT_CUES = ("فوتبال", "لیگ برتر", "لیگ قهرمانان", "لیگ نخبگان", "سرمربی", "دربی", "ورزشگاه", "دروازه‌بان",
              "دروازه بان", "پنالتی", "والیبال", "بسکتبال", "فوتسال", "جام حذفی", "جدول رده‌بندی")


@lru_cache(maxsize=1)
def _clubs() -> tuple[re.Pattern, dict[str, Entry]] | None:
    entries = {fold(r[0]): Entry("club", r[1], None, "ORG") for r in rows("clubs.tsv") if len(r) >= 2}
    forms = sorted({r[0] for r in rows("clubs.tsv") if len(r) >= 2}, key=len, reverse=True)
    if not forms:
        return None
    alt = "|".join(re.escape(f) for f in forms)  # one alternation, longest form first: linear scan
    return re.compile(r"(?<![\w\u200c])(?:" + alt + r")(?![\w\u200c])"), entries


def club_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English name) of each club or league form on a page about sport, in text order
    (the NER adds them as ORG entities, ner._club_entities)."""
    table = _clubs()
    if table is None or sum(c in text for c in SPORT_CUES) < 2:
        return []
    pattern, entries = table
    return [(h.start(), h.end(), entries[fold(h.group())].canonical or "") for h in pattern.finditer(text)]
