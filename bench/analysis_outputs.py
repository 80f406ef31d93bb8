"""Dump every page's entities, quotes and events as canonical JSON (one line per page).

Run by hand before and after a performance change: `python bench/analysis_outputs.py > before.jsonl`,
change, `python bench/analysis_outputs.py > after.jsonl`, `cmp before.jsonl after.jsonl`. A speed-up
must leave the analysis byte-identical. Pages: the dev sets and the bundled samples (never the
held-out sets). `--dirs A B ...` overrides the folders.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from rasad.pipeline import process

DIRS = ("eval/dev/analysis", "eval/dev/blind2", "eval/dev/blind3", "eval/dev/extract", "rasad/samples")


def pages(dirs: tuple[str, ...] | list[str]) -> list[Path]:
    out: list[Path] = []
    for d in dirs:
        out += sorted(p for p in Path(d).iterdir() if p.suffix in (".txt", ".html") and p.is_file())
    return out


def record(path: Path) -> str:
    doc = process(path.read_bytes(), path=str(path))
    rec = doc.to_dict()
    keep = {k: rec.get(k) for k in ("error", "entities", "quotes", "events")}
    return json.dumps({"page": str(path), **keep}, ensure_ascii=False, sort_keys=True)


def main() -> None:
    dirs = sys.argv[sys.argv.index("--dirs") + 1:] if "--dirs" in sys.argv else DIRS
    for p in pages(dirs):
        print(record(p))


if __name__ == "__main__":
    main()
