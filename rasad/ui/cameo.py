"""CAMEO root names (Persian and English) and a colour per root, read once from data/cameo_roots.tsv.

Charts colour roots by quad class (cooperation in greens/blues, conflict in oranges/reds), so a
reader sees at a glance whether an actor's week was talk or fighting.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import HERE

#: shades per quad class, darkest for the strongest root of the class
_PALETTE = {
    "1": ["#1b7837", "#3a9a4f", "#5aae61", "#7fbf7b", "#a6dba0"],
    "2": ["#2166ac", "#4393c3", "#74add1", "#92c5de"],
    "3": ["#fdae61", "#f4a040", "#e08214", "#c66a0a", "#a55a00"],
    "4": ["#f46d43", "#e34a33", "#d73027", "#b2182b", "#8c0a20", "#67001f"],
}


@dataclass(frozen=True, slots=True)
class Root:
    root: str
    quad: int
    en: str
    fa: str
    color: str

    def to_dict(self) -> dict:
        return {"root": self.root, "quad": self.quad, "en": self.en, "fa": self.fa, "color": self.color}


@lru_cache(maxsize=1)
def roots() -> dict[str, Root]:
    """root code ("04") -> Root, in root order."""
    rows: list[tuple[str, str, str, str]] = []
    for line in (HERE / "data" / "cameo_roots.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("root\t"):
            continue
        root, quad, en, fa = line.split("\t")
        rows.append((root, quad, en, fa))
    out: dict[str, Root] = {}
    used = {q: 0 for q in _PALETTE}
    for root, quad, en, fa in rows:
        shades = _PALETTE[quad]
        out[root] = Root(root, int(quad), en, fa, shades[used[quad] % len(shades)])
        used[quad] += 1
    return out


def root_of(code: str | None) -> str | None:
    """The two-digit root of a CAMEO event code ("0214" -> "02"), None when it is not one."""
    if not code or len(code) < 2 or not code[:2].isdigit():
        return None
    return code[:2] if code[:2] in roots() else None


def name_fa(code: str | None) -> str:
    r = roots().get(root_of(code) or "")
    return r.fa if r else ""


def name_en(code: str | None) -> str:
    r = roots().get(root_of(code) or "")
    return r.en if r else ""


def code_en(code: str | None) -> str:
    """The codebook's English name of the full event code ("042" -> "Make a visit"), read from the
    event coder's table (rasad/events/data/cameo.tsv); the root's name when the code is not there."""
    try:
        from ..events.patterns import cameo_names
        name = cameo_names().get(code or "")
    except (ImportError, OSError, AttributeError):  # the coder's tables are optional for the UI
        name = None
    return name or name_en(code)
