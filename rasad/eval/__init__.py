"""`rasad eval DIR`: score rasad against annotated pages.

Gold format: beside each page `NAME.txt` / `NAME.html` (any reader-supported input) lies
`NAME.gold.json`, an object holding any subset of the record's fields as they should come out:
`title`, `lead`, `body`, `agency`, `section`, `published`, `attributed_sources`, `entities`,
`quotes`, `events` (see docs/eval.md). Only the fields a gold file holds are scored, so an
extraction-only gold file and a fully annotated one can sit in the same folder.

Each family of fields has its own scorer module (`extraction.py`, `analysis.py`); this module
finds the pairs, runs the pipeline once per page, and merges the scores.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".warc", ".warc.gz", ".txt.gz", ".html.gz")


@dataclass(slots=True)
class Pair:
    name: str
    page: Path
    gold: dict[str, Any]
    record: dict[str, Any]


def find_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(page, gold) for every `*.gold.json` under `folder` that has its page beside it."""
    out = []
    for gold in sorted(folder.rglob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        data = json.loads(gold.read_text(encoding="utf-8"))
        if data.get("page"):
            page = gold.parent / data["page"]
            out.append((page, gold))
            continue
        for suf in PAGE_SUFFIXES:
            page = gold.parent / (stem + suf)
            if page.exists():
                out.append((page, gold))
                break
    return out


def collect(folder: str | Path) -> list[Pair]:
    """Run the pipeline once over every annotated page under `folder`: (gold, record) pairs."""
    from ..pipeline import process
    pairs: list[Pair] = []
    for page, gold_path in find_pairs(Path(folder)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = process(page.read_bytes(), path=str(page), kind=gold.get("kind"))
        pairs.append(Pair(page.name, page, gold, doc.to_dict()))
    return pairs


def run(folder: str | Path, pairs: list[Pair] | None = None) -> dict[str, Any]:
    """Process every annotated page under `folder` and return the scores, one dict per family."""
    from . import extraction, analysis
    if pairs is None:
        pairs = collect(folder)
    scores: dict[str, Any] = {"pages": len(pairs)}
    scores.update(_error_score(pairs))
    scores.update(extraction.score(pairs))
    scores.update(analysis.score(pairs))
    return scores


def _error_code(record: dict[str, Any]) -> str | None:
    err = record.get("error")
    return err.get("code") if isinstance(err, dict) else err


def _error_score(pairs: list[Pair]) -> dict[str, Any]:
    """Gold `"error": "<code>"` (e.g. `not_article`): the page must be rejected with that code."""
    rel = [p for p in pairs if "error" in p.gold]
    if not rel:
        return {}
    ok = sum(1 for p in rel if _error_code(p.record) == p.gold["error"])
    return {"error": {"accuracy": round(ok / len(rel), 4), "n": len(rel)}}
