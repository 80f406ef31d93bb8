"""The ZWNJ lexicon shipped in rasad/normalize/data/, loaded lazily once per process.

Counts come from the train splits of PerDT and Seraji (and Shekasteh's standard column); see
build_lexicon.py. From the word forms we derive, for every string that occurs as a piece of a
word (the parts between ZWNJs):
  W[p] how often p is a whole word, L[p] how often it is a piece followed by a ZWNJ,
  R[p] how often it follows a ZWNJ; Z[(a, b)] how often "a‌b" occurs inside a word;
  J[p] how often it ends a word glued to a well-known word before it (کتابخانه: J[خانه]);
  S[(a, b)] (shipped) how often "a b" occurs with a space; best[key] the most frequent spelling of
  the letters `key` (a word with its ZWNJs removed); VB the verb bodies seen after می‌/نمی‌.
"""
from __future__ import annotations

import functools
import gzip
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ZWNJ = "\u200c"
DATA = Path(__file__).parent / "data"
PERSON_ENDINGS = ("یم", "ید", "ند", "م", "ی", "د")

# Conventions (coding-conventions.md, "Normalized text"): written joined whatever the corpus says.
KEEP_JOINED = frozenset("""
بیشتر بیشترین کمتر کمترین همچنین همچنان دبیرکل وزارتخانه آنچه آنکه چنانچه چنانکه اینکه بلکه
آنها اینها همانها همینها آنهایی اینهایی
میدانی
""".split())  # the second line: both spellings accepted (آنها/آن‌ها): kept as written; the last:
# a noun or adjective that is also a می-verb, whose news reading wins ("بررسی‌های میدانی", "field",
# far more common in news than "می‌دانی", "you know")
# -گر / -گری are written joined (میانجیگری).
GAR = frozenset(("گر", "گری", "گران", "گرها", "گرهای", "گرانه", "گرایی"))


@dataclass
class Lexicon:
    words: dict[str, int]
    best: dict[str, str] = field(default_factory=dict)
    W: Counter = field(default_factory=Counter)
    L: Counter = field(default_factory=Counter)
    R: Counter = field(default_factory=Counter)
    Z: Counter = field(default_factory=Counter)
    J: Counter = field(default_factory=Counter)
    S: dict[tuple[str, str], int] = field(default_factory=dict)
    VB: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)


def _read(name: str):
    with gzip.open(DATA / name, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def derive(words: dict[str, int], spaced: dict[tuple[str, str], int]) -> Lexicon:
    lex = Lexicon(words=words, S=spaced)
    by_key: dict[str, tuple[int, str]] = {}
    for form, n in words.items():
        key = form.replace(ZWNJ, "")
        old = by_key.get(key)
        # ties go to the joined spelling (leave the text as it is)
        if old is None or n > old[0] or (n == old[0] and ZWNJ not in form):
            by_key[key] = (n, form)
        pieces = form.split(ZWNJ)
        if len(pieces) == 1:
            lex.W[form] += n
            continue
        for k, (a, b) in enumerate(zip(pieces, pieces[1:])):
            lex.L[a] += n
            if not (k == 0 and a in ("می", "نمی")):  # R: a compound's right piece, not a verb body
                lex.R[b] += n
            lex.Z[(a, b)] += n
        if pieces[0] in ("می", "نمی") and len(pieces) == 2:
            lex.VB.add(pieces[1])
    lex.best = {k: (k if k in KEEP_JOINED else f) for k, (_, f) in by_key.items()}
    common = {w for w, n in lex.W.items() if n >= 5}
    j: Counter = Counter()
    for form in lex.W:  # J: b glued after a well-known word (کتابخانه: J[خانه])
        n = lex.W[form]
        for i in range(2, len(form) - 1):
            if form[:i] in common:
                j[form[i:]] += n
    lex.J = j
    for body in lex.VB:
        lex.stems.add(body)
        for e in PERSON_ENDINGS:
            if body.endswith(e) and len(body) - len(e) >= 2:
                lex.stems.add(body[: -len(e)])
    return lex


_IN_USE: list[Lexicon] = []  # use(): a lexicon that replaces the shipped one (benches)


def lexicon() -> Lexicon:
    """The lexicon in use: the shipped counts, loaded once per process on first use (import of
    rasad stays cheap), unless a bench installed another with `use`."""
    return _IN_USE[0] if _IN_USE else _shipped()


def use(lex: Lexicon | None) -> None:
    """Benches: make `lexicon()` return `lex` (None: the shipped counts again). Callers clear the
    caches that depend on it (zwnj.clear_caches)."""
    _IN_USE[:] = [lex] if lex is not None else []


@functools.cache
def _shipped() -> Lexicon:
    words = {w: int(n) for w, n in _read("words.tsv.gz")}
    spaced = {(a, b): int(n) for a, b, n in _read("pairs.tsv.gz")}
    return derive(words, spaced)
