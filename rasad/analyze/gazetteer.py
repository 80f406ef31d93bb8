"""The actor dictionary (rasad/analyze/data/*.tsv) and its Aho–Corasick matcher.

The TSV files are the reviewable source of truth (format: docs/actors.md). They are read once per
process into `Entry` records, and every Persian form is folded (see fold.py) into one key of a
pyahocorasick automaton. `find(text)` folds the text once, runs the automaton once, keeps matches
that start and end on word boundaries of the original text and returns the longest
non-overlapping ones, left to right: linear in the text length.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from .fold import fold, fold_with_runs

DATA = Path(__file__).parent / "data"

#: which file wins when two files hold the same folded form (lower = stronger)
_PRIORITY = {"person": 0, "igo": 1, "media": 2, "group": 3, "country": 4, "metonym": 4, "place": 5,
             "adjective": 6, "role": 7}


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary item a form points to.

    kind: country | adjective | place | metonym | igo | media | group | person | role.
    etype: the entity type (PER/ORG/GPE/LOC) when a mention of it is a named entity, else None.
    code: the CAMEO actor code of a mention (for a role: the role alone, e.g. "GOV").
    """

    kind: str
    canonical: str | None
    code: str | None
    etype: str | None
    country: str | None = None
    role: str | None = None
    entity_code: str | None = None  # code shown on the Entity when it differs (capitals: RUS, not RUSGOV)
    spans: str = ""                 # persons: "GOV:2018-2024,ELI:2024-" date-ranged roles
    needs_tail: bool = False        # roles: an actor only with a country/adjective after it ("جنگنده")


@dataclass(slots=True, unsafe_hash=True)
class Match:
    """Treated as immutable (`_find_short` hands out cached ones); not `frozen=True`, whose
    `__init__` goes through `object.__setattr__` and costs three times as much per match."""

    start: int
    end: int
    entry: Entry


def rows(name: str) -> list[list[str]]:
    """Data rows of one TSV (comments and the header line skipped)."""
    out: list[list[str]] = []
    path = DATA / name
    if not path.exists():
        return out
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = line.split("\t")
        out.append([c.strip() for c in cells])
    return out


def _forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def load_entries() -> list[tuple[str, Entry]]:
    """(Persian form, Entry) for every form in every data file."""
    out: list[tuple[str, Entry]] = []
    for r in rows("countries.tsv"):  # iso3 english persian adjectives
        iso, en = r[0], r[1]
        for f in _forms(_cell(r, 2)):
            out.append((f, Entry("country", en, iso, "GPE", iso)))
        for f in _forms(_cell(r, 3)):
            e = Entry("adjective", en, iso, None, iso)
            out += [(f, e), (f + "ها", e)]
    # places.tsv: capitals, world cities, regions; places_local.tsv: towns, counties and landmarks
    # of the countries Persian news covers day to day (same columns)
    for r in rows("places.tsv") + rows("places_local.tsv"):  # persian english type country actor_code
        fa, en, typ, iso, code = r[0], r[1], r[2], _cell(r, 3) or None, _cell(r, 4) or None
        kind = "metonym" if typ == "ORG" else "place"
        role = code[3:] if code and iso and code.startswith(iso) and len(code) > 3 else None
        for f in _forms(fa):
            out.append((f, Entry(kind, en, code or iso, typ, iso, role, entity_code=iso if kind == "place" else code)))
    for r in rows("igos.tsv"):  # code english persian [entity: "no" for groupings that are no named body]
        for f in _forms(_cell(r, 2)):
            e = Entry("igo", r[1], r[0], None if _cell(r, 3) == "no" else "ORG")
            out += [(f, e)] + ([(f + "ی", e)] if f[-1] in "او" else [])  # ezafe: "برنامه جهانی غذای"
    for r in rows("media.tsv"):  # english persian country code
        iso = _cell(r, 2) or None
        for f in _forms(_cell(r, 1)):
            out.append((f, Entry("media", r[0], _cell(r, 3) or None, "ORG", iso, "MED")))
    for r in rows("groups.tsv"):  # code english persian country
        iso = _cell(r, 3) or None
        for f in _forms(_cell(r, 2)):
            out.append((f, Entry("group", r[1], r[0], "ORG", iso)))
    for r in rows("people.tsv"):  # english persian country roles
        iso, spans = r[2], _cell(r, 3)
        role = current_role(spans, None)
        code = iso + role if iso and role else iso
        if iso[:3] in ("IGO", "NGO"):  # an official of an international organization
            iso, role = None, None
        for f in _forms(r[1]):
            out.append((f, Entry("person", r[0], code, "PER", iso, role, spans=spans)))
    for r in rows("roles.tsv"):  # persian role country entity_type canonical
        iso = _cell(r, 2) or None
        e = Entry("role", _cell(r, 4) or None, r[1], _cell(r, 3) or None, iso, r[1],
                  needs_tail=_cell(r, 5) == "tail")
        out.append((r[0], e))
        if r[0][-1] in "او":  # ezafe: سخنگو → سخنگوی, نیروها → نیروهای
            out.append((r[0] + "ی", e))
    return out


def current_role(spans: str, year: int | None) -> str | None:
    """The role of a date-ranged "GOV:2018-2024,ELI:2024-" at `year` (None: the latest)."""
    parts = []
    for item in spans.split(","):
        if ":" not in item:
            continue
        role, _, years = item.partition(":")
        lo, _, hi = years.partition("-")
        parts.append((role.strip(), int(lo) if lo.strip().isdigit() else 0,
                      int(hi) if hi.strip().isdigit() else 9999))
    if not parts:
        return None
    if year is not None:
        for role, lo, hi in reversed(parts):
            if lo <= year <= hi:
                return role
    return max(parts, key=lambda p: (p[2], p[1]))[0]


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """The automaton over folded forms, built once per process."""
    best: dict[str, Entry] = {}
    spaced: set[str] = set()  # keys with a form written as two words ("اسلام آباد")
    for form, entry in load_entries():
        key = fold(form)
        if len(key) < 2:
            continue
        if any(c in form for c in " \u200c"):
            spaced.add(key)
        old = best.get(key)
        if old is None or _PRIORITY[entry.kind] < _PRIORITY[old.kind]:
            best[key] = entry
    auto = ahocorasick.Automaton()
    for key, entry in best.items():
        auto.add_word(key, (len(key), entry, key in spaced))
    auto.make_automaton()
    return auto


_DROPPED = "\u0621\u0654\u0655\u0670" + "".join(chr(c) for c in range(0x064B, 0x0653))
_SUFFIXES = {"ها", "های", "هایی", "ای", "ی", "ترین", "تر"}


_ZWNJ_SUFFIXES = {"ها", "های", "هایی", "ای", "ی", "اش", "شان", "مان", "تان", "ام", "اند", "ترین", "تر"}


def _free_after(text: str, end: int) -> bool:
    """After a ZWNJ at `end`: only a suffix follows (or nothing word-like)."""
    k = end + 1
    while k < len(text) and (text[k].isalpha()):
        k += 1
    return k == end + 1 or text[end + 1:k] in _ZWNJ_SUFFIXES


def _suffix_split(surface: str) -> bool:
    """"پهپاد های" on a page that writes ZWNJ as a space: the pieces after the first are suffixes."""
    parts = surface.split(" ")
    return len(parts) > 1 and all(p.strip("\u200c") in _SUFFIXES for p in parts[1:] if p)


def find(text: str) -> list[Match]:
    """Longest non-overlapping dictionary matches on word boundaries, in text order.

    Short strings (phrases other modules check, "does this title name a country?") are cached.
    """
    if len(text) <= 120:
        return list(_find_short(text))
    return _find(text)


@lru_cache(maxsize=8192)
def _find_short(text: str) -> tuple[Match, ...]:
    return tuple(_find(text))


def _find(text: str) -> list[Match]:
    folded, runs = fold_with_runs(text)  # offsets map back per match, not per character
    if not folded:
        return []
    n = len(text)
    dropped = _DROPPED
    cands: list[tuple[int, int, int, Entry]] = []  # (start, -end, found-at, entry)
    append = cands.append
    bisect_right = bisect.bisect_right
    for fend, (length, entry, spaced) in automaton().iter(folded):
        fstart = fend - length + 1
        start = fstart + bisect_right(runs, fstart) - 1  # unfold_index, inlined (hot loop)
        if start > 0 and text[start - 1].isalnum():  # is_word_char, inlined (hot loop)
            continue  # (tested before the end is mapped back: half the candidates stop here)
        end = fend + bisect_right(runs, fend)
        while end < n and text[end] in dropped:  # "النجباء": a final hamza/diacritic folds away
            end += 1
        if end < n and (text[end].isalnum() or (text[end] == "\u200c" and not _free_after(text, end))):
            continue  # "ایران‌هراسی" is one word; "ایران‌ها" / "آمریکایی‌ها" end on a suffix
        if not spaced and end - start > length and " " in text[start:end] and not _suffix_split(text[start:end]):
            continue  # a one-word form must not match across words ("فرد و" is not "فردو")
        append((start, -end, len(cands), entry))
    # by start, longest first, then found first: plain tuple order, no key function per item
    # (the index keeps the sort stable and never lets it compare two entries)
    cands.sort()
    out: list[Match] = []
    last_end = -1
    # greedy left-to-right, but a longer match starting inside the previous one may replace it;
    # the previous one then shrinks to its longest form that ends before it ("نیروی دریایی" +
    # "سپاه پاسداران انقلاب اسلامی", not "نیروی دریایی سپاه" + an orphan "پاسداران ...")
    for start, end, _, entry in cands:
        end = -end
        if start >= last_end:
            out.append(Match(start, end, entry))
            last_end = end
        elif out and end - start > out[-1].end - out[-1].start and start > out[-1].start \
                and (len(out) < 2 or out[-2].end <= start):
            prev = out[-1]
            k = bisect.bisect_left(cands, prev.start, key=lambda c: c[0])  # same start, longest first
            shorter = next(((-e, en) for s0, e, _, en in cands[k:] if s0 == prev.start and -e <= start), None) \
                if k < len(cands) else None
            if shorter is not None:
                out[-1] = Match(prev.start, shorter[0], shorter[1])
                out.append(Match(start, end, entry))
            else:
                out[-1] = Match(start, end, entry)
            last_end = end
        elif out and end > last_end and start > out[-1].start and entry.kind == "role" \
                and out[-1].entry.kind == "role" and entry.etype == "ORG" and out[-1].entry.etype == "ORG":
            # "نیروی زمینی سپاه" + "سپاه پاسداران": one body, its name runs to the longer form's end
            # (bodies only: "معاون وزیر" + "وزیر کشور" are two offices)
            out[-1] = Match(out[-1].start, end, out[-1].entry)
            last_end = end
    return out


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("countries.tsv") if len(r) > 1}


def country_name(iso: str | None) -> str | None:
    """English name of an ISO3 code ("IRN" → "Iran"), None if unknown."""
    return _country_names().get(iso or "")
