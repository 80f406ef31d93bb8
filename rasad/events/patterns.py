"""Load the event data files (verbs.tsv, topics.tsv, cameo.tsv, cameo_plover.tsv) once per process.

The file formats are documented in docs/events.md; this module only parses them and
precompiles what matching needs: patterns indexed by the lemma of their verb slot.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .tokens import STEMS, key

DATA = Path(__file__).parent / "data"
GAP = 8  # how many tokens a "..." may skip
#: CAMEO roots of force (18 assault, 19 fight, 20 unconventional mass violence)
FORCE_ROOTS = ("18", "19", "20")
#: verbal cooperation: statements, appeals, intents, consultation, diplomatic cooperation
VERBAL_COOP = frozenset({"01", "02", "03", "04", "05"})
#: formal-register light verbs that stand for the plain one in every pattern: "محکوم نمود" = "محکوم
#: کرد", "بازداشت گردیدند" = "بازداشت شدند" (agency editors use both; verbs.tsv lists the plain one)
REGISTER = {"کرد": ("نمود",), "شد": ("گردید",)}


@dataclass(frozen=True, slots=True)
class Elem:
    """One pattern element: a literal (alternatives), an optional literal, or a gap."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()  # alternatives written with a trailing "*"
    optional: bool = False
    gap: int = 0  # a gap: how many tokens it may skip

    def matches(self, k: str) -> bool:
        return k in self.words or (bool(self.prefixes) and k.startswith(self.prefixes))


@dataclass(slots=True)
class Pattern:
    cameo: str | None           # None: only the negated form is an event
    elems: list[Elem]           # literals / gaps before the verb, left to right
    lemmas: frozenset[str]      # the verb slot
    targets: list[str]          # frame words ("از", "را", "subj", ...), in order of preference
    source: str                 # "subj" or a default role for passives ("COP")
    ctx: list[str]              # any of these (ZWNJ-free) must occur in the clause
    neg: str | None             # code when the verb is negated (refusal), else the act negated
    line: int
    text: str
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def specificity(self) -> tuple[int, int]:
        return (1 if self.ctx else 0, sum(1 for e in self.elems if not e.gap and not e.optional))


def _rows(name: str):
    for n, line in enumerate((DATA / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        yield n, [c.strip() for c in line.split("\t")]


def _alts(cell: str) -> list[str]:
    return [] if cell in ("", "-") else [key(a.strip()) for a in cell.split("|") if a.strip()]


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """data/<name>.txt: one word a line, '#' comments; a list several verbs.tsv lines share."""
    return tuple(line.strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


def _ctx_alts(cell: str) -> list[str]:
    """A ctx cell's words; "@name" stands for every word of data/<name>.txt ("@negative_complements")."""
    out = []
    for a in _alts(cell):
        out += [key(w) for w in word_list(a[1:])] if a.startswith("@") else [a]
    return out


def parse_pattern(text: str) -> tuple[list[Elem], frozenset[str]]:
    parts = text.split()
    if not parts or not parts[-1].startswith("V:"):
        raise ValueError(f"pattern must end with a V:stem slot: {text!r}")
    lemmas = frozenset(parts[-1][2:].split("|"))
    for lem in lemmas:
        if lem not in STEMS and lem != "است":
            raise ValueError(f"unknown verb stem {lem!r} in {text!r} (add it to tokens.STEMS)")
    elems = []
    for p in parts[:-1]:
        if p.startswith("..."):
            elems.append(Elem(gap=int(p[3:] or GAP)))
        else:
            opt = p.endswith("?")
            alts = _alts(p.rstrip("?"))
            elems.append(Elem(frozenset(a for a in alts if not a.endswith("*")),
                              tuple(a[:-1] for a in alts if a.endswith("*")), optional=opt))
    return elems, lemmas


@lru_cache(maxsize=1)
def patterns() -> dict[str, list[Pattern]]:
    """verbs.tsv, indexed by verb lemma, most specific pattern first."""
    by_lemma: dict[str, list[Pattern]] = {}
    for n, cols in _rows("verbs.tsv"):
        cols += ["-"] * (8 - len(cols))
        cameo, pat, target, source, ctx, neg, flags = cols[:7]
        elems, lemmas = parse_pattern(pat)
        p = Pattern(cameo=None if cameo == "-" else cameo, elems=elems, lemmas=lemmas,
                    targets=[] if target == "-" else target.replace(",", "|").split("|"), source=source or "subj",
                    ctx=[c.rstrip("*") for c in _ctx_alts(ctx)], neg=None if neg == "-" else neg, line=n, text=pat,
                    flags=frozenset([] if flags == "-" else flags.split(",")))
        for lem in lemmas.union(*(REGISTER.get(lem, ()) for lem in lemmas)):
            by_lemma.setdefault(lem, []).append(p)
    for lst in by_lemma.values():
        lst.sort(key=lambda p: (-p.specificity[0], -p.specificity[1], p.line))
    return by_lemma


@lru_cache(maxsize=1)
def patterns_by_word() -> dict[str, tuple[dict[str, list[Pattern]], list[Pattern]]]:
    """lemma → ({word just before the verb: patterns}, patterns that need no fixed word there).

    Lets match_at try only the patterns whose last literal is the token before the verb.
    """
    out: dict[str, tuple[dict[str, list[Pattern]], list[Pattern]]] = {}
    for lemma, lst in patterns().items():
        by_word: dict[str, list[Pattern]] = {}
        loose: list[Pattern] = []
        for p in lst:
            last = p.elems[-1] if p.elems else None
            if last is None or last.gap or last.optional or last.prefixes:
                loose.append(p)
            else:
                for w in last.words:
                    by_word.setdefault(w, []).append(p)
        out[lemma] = (by_word, loose)
    return out


@lru_cache(maxsize=1)
def topics() -> dict[str, list[tuple[list[str], str]]]:
    """topics.tsv: base code → [(keywords, refined code)], in file order (first match wins)."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for _, cols in _rows("topics.tsv"):
        base, code, words = cols[0], cols[1], cols[2]
        out.setdefault(base, []).append((_alts(words), code))
    return out


@lru_cache(maxsize=1)
def cameo_names() -> dict[str, str]:
    return {cols[0]: cols[1] for _, cols in _rows("cameo.tsv")}


@lru_cache(maxsize=1)
def plover_map() -> dict[str, tuple[str, str | None]]:
    """cameo_plover.tsv: CAMEO code prefix → (PLOVER event type, mode or None)."""
    out = {}
    for _, cols in _rows("cameo_plover.tsv"):
        cols += ["-"] * (3 - len(cols))
        out[cols[0]] = (cols[1], None if cols[2] in ("", "-") else cols[2])
    return out


def plover_for(code: str) -> dict | None:
    """The PLOVER type/mode of a CAMEO code: longest matching prefix in cameo_plover.tsv."""
    m = plover_map()
    for n in range(len(code), 1, -1):
        hit = m.get(code[:n])
        if hit:
            if hit[0] == "-":
                return None
            return {"event_type": hit[0], "mode": hit[1]}
    return None
