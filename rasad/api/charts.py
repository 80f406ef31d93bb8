"""Shapes the store's aggregates into the JSON the ECharts code in ui/static/app.js draws."""
from __future__ import annotations

from ..ui import cameo


def timeline(counts: list[dict]) -> dict:
    """[{"period","root","count"}] -> periods on the x axis and one stacked series per root."""
    periods = sorted({c["period"] for c in counts})
    at = {p: i for i, p in enumerate(periods)}
    by_root: dict[str, list[int]] = {}
    for c in counts:
        by_root.setdefault(c["root"], [0] * len(periods))[at[c["period"]]] += int(c["count"])
    names = cameo.roots()
    series = []
    for root in sorted(by_root):
        r = names.get(root)
        series.append({"root": root, "name": f"{root} {r.fa}" if r else root, "en": r.en if r else "",
                       "color": r.color if r else "#888888", "data": by_root[root]})
    return {"periods": periods, "series": series}


def network(pairs: list[dict], *, focus: str | None = None) -> dict:
    """[{"source","target","count"}] -> nodes (sized by events) and directed links (source acts on target)."""
    weight: dict[str, int] = {}
    links = []
    for p in pairs:
        s, t, n = p.get("source"), p.get("target"), int(p.get("count") or 0)
        if not s or not t:
            continue
        weight[s] = weight.get(s, 0) + n
        weight[t] = weight.get(t, 0) + n
        links.append({"source": s, "target": t, "value": n})
    nodes = [{"id": code, "name": code, "value": w, "focus": bool(focus) and code.startswith(focus)}
             for code, w in sorted(weight.items())]
    return {"nodes": nodes, "links": links}
