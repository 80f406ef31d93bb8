"""The extraction data files, loaded once per process (lazily, so a pipeline pickles cheaply).

- `data/phrases.tsv`: end markers, footer starts and in-body drop lines (kind, match, phrase)
- `data/sponsors.txt`: sponsor names listed in footers
- `data/sections.txt`: section names in their usual spelling
- `data/media.tsv`: cited media, canonical English name <TAB> spelling
- `agencies/*.toml`: one file per agency (names, domains, end markers, CSS selectors)
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .fold import key, phrase_pattern

HERE = Path(__file__).parent


def _lines(path: Path) -> list[str]:
    return [l.rstrip("\n") for l in path.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]


@dataclass(frozen=True)
class Phrases:
    """Folded keys by kind and match type: {("footer", "prefix"): (key, ...), ...}."""

    by_kind: dict[tuple[str, str], tuple[str, ...]]
    sponsors: frozenset[str]
    colon: frozenset[str] = frozenset()   # keys of phrases written with ":" ("عکس:")
    #: per kind: (exact set, prefixes as one tuple, colon prefixes, suffixes, contained): the tests
    #: run in C (str.startswith with a tuple) instead of a Python loop over ~100 phrases per line
    fast: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for kind in {k for k, _ in self.by_kind}:
            get = lambda mode: self.by_kind.get((kind, mode), ())  # noqa: E731
            self.fast[kind] = (frozenset(get("exact")),
                               tuple(p for p in get("prefix") if p not in self.colon),
                               tuple(p for p in get("prefix") if p in self.colon),
                               tuple(get("suffix")), tuple(get("contains")))

    def match(self, kind: str, k: str, line: str = "") -> bool:
        """Does the folded line key `k` match a phrase of `kind`?

        A phrase written with a colon ("عکس:") matches only a line that has a colon right after
        it, so "عکس:" drops a caption but not "عکس‌العمل ...".
        """
        if not k or kind not in self.fast:
            return False
        exact, prefixes, colon_prefixes, suffixes, contained = self.fast[kind]
        if k in exact or k.startswith(prefixes) or k.endswith(suffixes):
            return True
        for p in colon_prefixes:
            if k.startswith(p) and (":" in line[:len(p) + 8] or "：" in line[:len(p) + 8]):
                return True
        return any(p in k for p in contained)


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    by: dict[tuple[str, str], list[str]] = {}
    colon = set()
    rows = _lines(HERE / "data" / "phrases.tsv")
    for row in rows[1:]:
        kind, mode, phrase = row.split("\t")
        k = key(phrase)
        if k:
            by.setdefault((kind, mode), []).append(k)
            if phrase.rstrip().endswith(":"):
                colon.add(k)
    for ag in agencies().values():
        for m in ag.end_markers:
            by.setdefault(("end", "exact"), []).append(key(m))
        for b in ag.boilerplate:
            by.setdefault(("drop", "exact"), []).append(key(b))
    sponsors = frozenset(key(s) for s in _lines(HERE / "data" / "sponsors.txt"))
    # a phrase listed both with and without a colon keeps the bare (unconditional) form
    bare = {key(r.split("\t")[2]) for r in rows[1:] if not r.rstrip().endswith(":")}
    return Phrases({k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in by.items()}, sponsors,
                   frozenset(colon - bare))


@lru_cache(maxsize=1)
def sections() -> dict[str, str]:
    """Folded key -> preferred spelling (the one with the most ZWNJ wins)."""
    out: dict[str, str] = {}
    for s in _lines(HERE / "data" / "sections.txt"):
        k = key(s)
        if k not in out or s.count("\u200c") > out[k].count("\u200c"):
            out[k] = s
    return out


@lru_cache(maxsize=1)
def menu_keys() -> frozenset[str]:
    """Folded keys of navigation items: menu.txt plus every section name (a menu lists sections)."""
    return frozenset(key(s) for s in _lines(HERE / "data" / "menu.txt")) | frozenset(sections())


@dataclass(frozen=True)
class Agency:
    slug: str
    name: str
    english: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    weak_aliases: tuple[str, ...]
    end_markers: tuple[str, ...]
    boilerplate: tuple[str, ...]
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: names that identify the site only in its own copyright line ("© ۲۰۲۶ بی‌بی‌سی" on a
    #: Persian page is BBC Persian; "به گزارش بی‌بی‌سی" in another agency's story is not)
    copyright_names: tuple[str, ...] = ()
    #: the site tops every story with a summary and never opens with "به گزارش ...": in a text
    #: dump, where no markup marks the summary, the first paragraph is the lead
    first_paragraph_lead: bool = False
    #: the IANA zone of the site's clock: a time printed with no zone ("۲۶ نوامبر ۲۰۲۶ - ۱۹:۴۵" on
    #: Euronews) is read in it
    timezone: str | None = None
    #: the site tops its stories with a summary and opens the story with "به گزارش ...": a lone
    #: paragraph right before that opening is the lead even when the opening cites another medium
    #: ("به گزارش خبرگزاری فرانسه، ..."); false for sites that write no leads (BBC Persian)
    lead_before_report: bool = True


@lru_cache(maxsize=1)
def agencies() -> dict[str, Agency]:
    out = {}
    for path in sorted((HERE / "agencies").glob("*.toml")):
        d = tomllib.loads(path.read_text(encoding="utf-8"))
        out[d["slug"]] = Agency(
            d["slug"], d["name"], d["english"], tuple(d.get("domains", ())), tuple(d.get("aliases", ())),
            tuple(d.get("weak_aliases", ())), tuple(d.get("end_markers", ())), tuple(d.get("boilerplate", ())),
            {k: tuple(v) for k, v in d.get("selectors", {}).items()}, tuple(d.get("copyright_names", ())),
            bool(d.get("first_paragraph_lead", False)), d.get("timezone"), bool(d.get("lead_before_report", True)))
    return out


@lru_cache(maxsize=1)
def _media_rows() -> tuple[tuple[str, ...], ...]:
    """media.tsv's rows (canonical, spelling[, close]), header dropped; read once."""
    return tuple(tuple(row.split("\t")) for row in _lines(HERE / "data" / "media.tsv")[1:])


@lru_cache(maxsize=1)
def media_keys() -> tuple[dict[str, str], frozenset[str], int]:
    """(folded spelling -> canonical name, every prefix of a folded spelling, most words in one)."""
    names: dict[str, str] = {}
    for row in _media_rows():
        names[row[1]] = row[0]
    for ag in agencies().values():     # agencies are media too (a page may cite another agency)
        for a in ag.aliases:
            names.setdefault(a, ag.english)
    table = {key(a): c for a, c in names.items() if key(a)}
    prefixes = frozenset(k[:i] for k in table for i in range(1, len(k) + 1))
    longest = max(len(a.split()) for a in names) + 2
    return table, prefixes, longest


@lru_cache(maxsize=1)
def close_cue_media() -> frozenset[str]:
    """Folded spellings marked `close` in media.tsv's third column: words that are also common
    words or names (میزان "amount", سانا), cited only right after "به نقل از" / "به گزارش"."""
    return frozenset(key(row[1]) for row in _media_rows() if len(row) > 2 and row[2].strip() == "close")


@lru_cache(maxsize=1)
def agency_names() -> tuple[dict[str, str], "re.Pattern[str]", "re.Pattern[str]"]:
    """Agency spellings: (group -> slug, strong-alias regex, strong+weak regex), over `soft` text."""
    by_group: dict[str, str] = {}
    strong, every = [], []
    i = 0
    for ag in agencies().values():
        for alias, weak in [(a, False) for a in ag.aliases] + [(a, True) for a in ag.weak_aliases]:
            g = f"a{i}"
            i += 1
            by_group[g] = ag.slug
            pat = f"(?P<{g}>{phrase_pattern(alias)})"
            every.append((len(alias), pat))
            if not weak:
                strong.append((len(alias), pat))
    mk = lambda xs: re.compile(r"(?<![^\W\d_])(?:" + "|".join(p for _, p in sorted(xs, reverse=True)) + r")(?![^\W\d_])",  # noqa: E731
                               re.IGNORECASE)
    return by_group, mk(strong), mk(every)
