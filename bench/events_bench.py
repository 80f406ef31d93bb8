"""Throughput of the core pipeline alone vs with analysis (actors + quotes + events).

Run by hand: `python bench/events_bench.py [DIR] [--rounds N]` (default DIR eval/dev/analysis).
Prints pages per second for both and the share of time the analysis stages take; the target
(issue 4) is analysis-on throughput >= half of core-only throughput.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from rasad.pipeline import get_pipeline, process


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else Path("eval/dev/analysis")
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
    pages = [p.read_bytes() for p in sorted(folder.glob("*.txt"))]
    if not pages:
        sys.exit(f"no .txt pages under {folder}")
    for analyze in (False, True):  # warm up: lexicons and automata load once per process
        get_pipeline(analyze=analyze)
        process(pages[0], analyze=analyze)
    rates = {}
    for analyze in (False, True):
        t = time.perf_counter()
        for _ in range(rounds):
            for raw in pages:
                process(raw, analyze=analyze)
        rates[analyze] = rounds * len(pages) / (time.perf_counter() - t)
    print(f"pages: {len(pages)} x {rounds} rounds")
    print(f"core only:      {rates[False]:8.1f} pages/s")
    print(f"with analysis:  {rates[True]:8.1f} pages/s  ({rates[True] / rates[False]:.0%} of core)")


if __name__ == "__main__":
    main()
