"""Pages per second of the actors stage against the core pipeline (read → extract → normalize).

    python bench/actors_bench.py [DIR]   (default: eval/dev/analysis, every *.txt page)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from rasad.analyze.actors import analyze
from rasad.pipeline import process


def main(folder: str = "eval/dev/analysis", rounds: int = 5) -> None:
    pages = [p.read_bytes() for p in sorted(Path(folder).glob("*.txt"))]
    docs = [process(p, analyze=False) for p in pages]
    analyze("گرم")  # build the automaton once
    t = time.perf_counter()
    for _ in range(rounds):
        for p in pages:
            process(p, analyze=False)
    core = (time.perf_counter() - t) / rounds
    t = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            analyze(d.text, d.published)
    act = (time.perf_counter() - t) / rounds
    print(f"{len(pages)} pages: core {len(pages) / core:.0f} pages/s, actors stage {len(pages) / act:.0f} pages/s, "
          f"actors time = {act / core:.2f} x core time")


if __name__ == "__main__":
    main(*(sys.argv[1:2]))
