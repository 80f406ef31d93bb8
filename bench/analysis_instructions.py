"""CPU instructions per page of the analysis stages, counted by callgrind (a deterministic measure).

Run by hand: `python bench/analysis_instructions.py [DIR] [--only MODULE:FUNCTION]` (needs valgrind;
~1 minute). On the shared machine other jobs move timings by ±10 %, so a change of a few percent
cannot be seen with `events_bench.py`; the instruction count moves by ±0.5 % at most (memory layout).
The pages (default eval/dev/analysis) go through the core stages first, uncounted; then every
analysis stage runs inside `itertools.dropwhile`, and callgrind counts only inside `dropwhile_next`
(`--toggle-collect`). `--only rasad.events.clauses:build_sentence` counts that function alone.
PYTHONHASHSEED is fixed, so set orders are the same run to run.
"""
from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from itertools import dropwhile
from pathlib import Path


def _measure(argv: list[str]) -> None:
    out = f"/tmp/analysis_instructions.{os.getpid()}.callgrind"
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=dropwhile_next",
           f"--callgrind-out-file={out}", os.path.realpath(sys.executable), __file__, "--inside", *argv]
    env = dict(os.environ, PYTHONHASHSEED="0")
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    os.unlink(out)
    total = int(re.search(r"Collected : (\d+)", res.stderr).group(1))
    pages = int(re.search(r"pages (\d+)", res.stdout).group(1))
    print(f"{total / pages / 1e6:.3f} M instructions/page ({pages} pages; {' '.join(argv) or 'all analysis stages'})")


def _inside(argv: list[str]) -> None:
    from rasad.document import Document, Source
    from rasad.pipeline import get_pipeline, process
    import rasad.pipeline as pipeline
    folder = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("eval/dev/analysis")
    pages = [p.read_bytes() for p in sorted(folder.glob("*.txt"))]
    for raw in pages:  # warm up: lexicons, automata and caches load outside the count
        process(raw)

    def counted(f):
        def run(*a, **k):  # f runs inside dropwhile's predicate call, where callgrind counts
            box: list = []
            next(dropwhile(lambda _: box.append(f(*a, **k)), (0,)))
            return box[0]
        return run

    if "--only" in argv:
        mod, name = argv[argv.index("--only") + 1].split(":")
        orig = getattr(importlib.import_module(mod), name)
        for m in list(sys.modules.values()):  # every module that imported it by name
            if getattr(m, "__name__", "").startswith("rasad") and getattr(m, name, None) is orig:
                setattr(m, name, counted(orig))
        pipeline._DEFAULT.clear()
    stages = get_pipeline(analyze=True).stages
    core, analysis = stages[:3], stages[3:]
    for raw in pages:
        doc = Document(raw=raw, source=Source())
        for s in core:
            doc = s.fn(doc)
        for s in analysis:
            doc = s.fn(doc) if "--only" in argv else counted(s.fn)(doc)
    print(f"pages {len(pages)}")


if __name__ == "__main__":
    if "--inside" in sys.argv:
        _inside(sys.argv[sys.argv.index("--inside") + 1:])
    else:
        _measure(sys.argv[1:])
