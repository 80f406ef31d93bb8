"""Throughput of the core pipeline alone vs with analysis (actors + quotes + events).

Run by hand: `python bench/events_bench.py [DIR] [--glob PATTERN] [--rounds N] [--stages] [--records]`
(default DIR eval/dev/analysis, PATTERN `*.txt`). Prints pages per second for both and the share of time the analysis stages
take; the target (issue 4) is analysis-on throughput >= half of core-only throughput.

The two modes run interleaved, one round of each in turn, and each is scored by its median round:
on a shared machine a burst of load then slows both alike instead of skewing the ratio. Time is
this process's CPU time (other processes on a busy machine do not count); `--wall` uses the wall
clock instead; `--records` also writes each page's record as JSON, as `rasad process` does.
`--stages` adds the time of each stage (ms/page, median round, stages one by one).

Which pages matter: the ratio depends on how much of a page is not the article. The dev set's
text dumps are compact (menu, headline, body, footer: ~0.6 ms of core work per page), while real
web pages carry 30-60 KB of markup around the same article (~3 ms of core work), so the same
analysis is a smaller share of the work on them. Measure both:
`python bench/events_bench.py` (compact dumps) and
`python bench/events_bench.py /work/shared/data/html_voa_dari/pages --glob '*.html'` (35 real,
complete VOA Dari article pages as archived, public domain; see that folder's SOURCE.md).
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from rasad.document import Document, Source
from rasad.pipeline import get_pipeline, process


def _stage_times(pages: list[bytes], rounds: int, clock) -> dict[str, float]:
    """Median ms/page of each stage of the analysis pipeline."""
    stages = get_pipeline(analyze=True).stages
    per_round: dict[str, list[float]] = {s.name: [] for s in stages}
    for _ in range(rounds):
        spent = dict.fromkeys(per_round, 0.0)
        for raw in pages:
            doc = Document(raw=raw, source=Source())
            for stage in stages:
                t = clock()
                doc = stage.fn(doc)
                spent[stage.name] += clock() - t
        for name, secs in spent.items():
            per_round[name].append(secs * 1e3 / len(pages))
    return {name: statistics.median(v) for name, v in per_round.items()}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else Path("eval/dev/analysis")
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
    pattern = sys.argv[sys.argv.index("--glob") + 1] if "--glob" in sys.argv else "*.txt"
    pages = [p.read_bytes() for p in sorted(folder.glob(pattern))]
    if not pages:
        sys.exit(f"no {pattern} pages under {folder}")
    for analyze in (False, True):  # warm up: lexicons and automata load once per process
        get_pipeline(analyze=analyze)
        process(pages[0], analyze=analyze)
    clock = time.perf_counter if "--wall" in sys.argv else time.process_time
    records = "--records" in sys.argv
    secs: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(rounds):
        for analyze in (False, True):
            t = clock()
            for raw in pages:
                doc = process(raw, analyze=analyze)
                if records:  # what `rasad process` does with each page: its record as a JSON line
                    json.dumps(doc.to_dict(), ensure_ascii=False)
            secs[analyze].append(clock() - t)
    rates = {a: len(pages) / statistics.median(v) for a, v in secs.items()}
    what = "wall clock" if clock is time.perf_counter else "CPU time"
    print(f"pages: {len(pages)} x {rounds} rounds (interleaved; median round; {what})")
    print(f"core only:      {rates[False]:8.1f} pages/s")
    print(f"with analysis:  {rates[True]:8.1f} pages/s  ({rates[True] / rates[False]:.0%} of core)")
    if "--stages" in sys.argv:
        for name, ms in _stage_times(pages, rounds, clock).items():
            print(f"  {name:24s} {ms:6.3f} ms/page")


if __name__ == "__main__":
    main()
