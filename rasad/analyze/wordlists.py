"""Word lists the context rules read (data/names_*.txt, common_words.txt, nationality adjectives).

Loaded once per process. Given names: ParsTwiNER (MIT) plus the hand-written seed list; family
names: ParsTwiNER; common words: UD Persian PerDT + Seraji (CC BY-SA 4.0); see build_wordlists.py.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .fold import fold

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    def read(name: str) -> frozenset[str]:
        path = DATA / name
        if not path.exists():
            return frozenset()
        return frozenset(l.strip() for l in path.read_text(encoding="utf-8").splitlines()
                         if l.strip() and not l.startswith("#"))
    given = read("names_given.txt") | read("names_seed.txt")
    return given, read("names_family.txt"), read("common_words.txt")


@lru_cache(maxsize=1)
def seed_names() -> frozenset[str]:
    path = DATA / "names_seed.txt"
    return frozenset(l.strip() for l in path.read_text(encoding="utf-8").splitlines()
                     if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """Nationality adjectives and "مستقر/مرتبط": "شرکت اسرائیلی" is no company name."""
    from .gazetteer import load_entries
    adjs = {fold(f) for f, e in load_entries() if e.kind == "adjective"}
    return frozenset(adjs | {fold(w) for w in ("مستقر", "مرتبط", "وابسته", "خارجی", "داخلی", "دولتی", "خصوصی")})
