"""Report test fixtures that reproduce sentences of the annotated dev pages.

Why: the eval pages under eval/dev/ measure rasad on text it was not written
against; a test fixture that copies one of their sentences ties the rules to
the measured pages (and the tests stop testing a construction in general).
Tests must use text written for them.

What it does: every Persian string literal of >= MIN_WORDS words in
tests/*.py (found with `ast`, so implicit concatenation is one literal) is
compared with every eval/dev/**/*.gold.json `text` field and every dev page
file (.txt, .html with tags dropped).  A literal is reported when it shares a
run of >= MIN_WORDS consecutive words with one of them, after light
normalisation (ZWNJ -> space, Arabic yeh/kaf -> Persian, punctuation dropped).

eval/heldout* and eval/agreement are never read (they are not under eval/dev,
and any path naming them is skipped as a second guard).

Run by hand:  python bench/check_fixture_overlap.py [--words 8] [--fixtures]
Exit status 1 when something overlaps, 0 otherwise.
"""

from __future__ import annotations

import argparse
import ast
import html
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_WORDS = 8
_PERSIAN = re.compile(r"[\u0600-\u06FF]")
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]*>")
_SCRIPT = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.S | re.I)
_FORBIDDEN = ("heldout", "agreement")
_TRANS = str.maketrans({"\u200c": " ", "\u064a": "\u06cc", "\u0643": "\u06a9"})


def words(text: str) -> list[str]:
    """Light normalisation then word split; punctuation and spacing vanish."""
    return _WORD.findall(text.translate(_TRANS))


def ngrams(ws: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def longest_run(a: list[str], b: list[str]) -> list[str]:
    """Longest common run of consecutive words (plain DP; texts are small)."""
    best, end = 0, 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, end = cur[j], i
        prev = cur
    return a[end - best:end]


def _allowed(path: Path) -> bool:
    rel = path.relative_to(ROOT).as_posix()
    return not any(part in rel for part in _FORBIDDEN)


def _gold_texts(obj, out: list[str]) -> None:
    if isinstance(obj, dict):
        for key, val in obj.items():
            if key == "text" and isinstance(val, str):
                out.append(val)
            else:
                _gold_texts(val, out)
    elif isinstance(obj, list):
        for val in obj:
            _gold_texts(val, out)


def eval_sources() -> list[tuple[str, list[str]]]:
    """(label, words) for each gold `text` field and each dev page file."""
    sources: list[tuple[str, list[str]]] = []
    dev = ROOT / "eval" / "dev"
    for path in sorted(dev.rglob("*")):
        if not path.is_file() or not _allowed(path):
            continue
        rel = path.relative_to(ROOT).as_posix()
        if path.name.endswith(".gold.json"):
            texts: list[str] = []
            _gold_texts(json.loads(path.read_text(encoding="utf-8")), texts)
            for t in texts:
                sources.append((f"{rel}#text", words(t)))
        elif path.suffix in (".txt", ".html"):
            raw = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix == ".html":
                raw = html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", raw)))
            sources.append((rel, words(raw)))
    return sources


@dataclass
class Literal:
    where: str
    text: str
    words: list[str]


def test_literals(min_words: int, fixtures: bool) -> list[Literal]:
    found: list[Literal] = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                ws = words(node.value)
                if _PERSIAN.search(node.value) and len(ws) >= min_words:
                    found.append(Literal(f"{rel}:{node.lineno}", node.value, ws))
    if fixtures:
        for path in sorted((ROOT / "tests" / "fixtures").rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".html", ".json"):
                raw = path.read_text(encoding="utf-8", errors="replace")
                if path.suffix == ".html":
                    raw = html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", raw)))
                rel = path.relative_to(ROOT).as_posix()
                found.append(Literal(rel, raw, words(raw)))
    return found


def overlaps(min_words: int, fixtures: bool) -> list[tuple[Literal, str, list[str]]]:
    sources = eval_sources()
    index: dict[tuple[str, ...], set[int]] = {}
    for k, (_, ws) in enumerate(sources):
        for g in ngrams(ws, min_words):
            index.setdefault(g, set()).add(k)
    hits = []
    for lit in test_literals(min_words, fixtures):
        ks: set[int] = set()
        for g in ngrams(lit.words, min_words):
            ks |= index.get(g, set())
        # one line per (literal, eval page): keep the longest run of the page
        per_page: dict[str, list[str]] = {}
        for k in sorted(ks):
            label, ws = sources[k]
            page = label.split("#")[0]
            run = longest_run(lit.words, ws)
            if len(run) > len(per_page.get(page, [])):
                per_page[page] = run
        for page, run in sorted(per_page.items()):
            hits.append((lit, page, run))
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=MIN_WORDS)
    ap.add_argument("--fixtures", action="store_true",
                    help="also scan tests/fixtures/** page files")
    args = ap.parse_args(argv)
    hits = overlaps(args.words, args.fixtures)
    literals = {lit.where for lit, _, _ in hits}
    for lit, page, run in hits:
        print(f"{lit.where}\t{page}\t{len(run)} words\t{' '.join(run)}")
    files = {w.split(':')[0] for w in literals}
    print(f"# {len(literals)} literal(s) in {len(files)} file(s) overlap eval/dev "
          f"(>= {args.words} consecutive words); {len(hits)} literal/page pair(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
