"""Print `rasad eval` scores as a Rich table."""
from __future__ import annotations

from typing import Any


def print_scores(scores: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table
    table = Table(title=f"rasad eval — {scores.get('pages', 0)} pages")
    table.add_column("field")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    for field, value in scores.items():
        if not isinstance(value, dict):
            continue
        n = str(value.get("n", ""))
        for metric, v in value.items():
            if metric == "n" or isinstance(v, (dict, list)):
                continue
            table.add_row(field, metric, f"{v:.3f}" if isinstance(v, float) else str(v), n)
    Console().print(table)


def print_misses(pairs, fields: list[str]) -> None:
    """Per page, the gold items rasad missed (-) and the ones it added (+), for error analysis."""
    from .analysis import misses
    for pair in pairs:
        lines = []
        for field in fields:
            if not isinstance(pair.gold.get(field), list):
                continue
            missed, added = misses(pair, field)
            lines += [f"  - {field}: {m}" for m in missed] + [f"  + {field}: {a}" for a in added]
        if lines:
            print(pair.name)
            print("\n".join(lines))
