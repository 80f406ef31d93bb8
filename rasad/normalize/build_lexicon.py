"""Build rasad/normalize/data/ from the TRAIN splits of PerDT and Seraji, the Shekasteh dev set and
the ZWNJ spellings of FarsTail.

Run by hand (never at import):  python -m rasad.normalize.build_lexicon [SHARED_DATA_DIR]

Outputs (sorted, gzip, header comments):
- words.tsv.gz  form<TAB>count: every Persian word form (ZWNJ kept) after character normalization.
- pairs.tsv.gz  left<TAB>right<TAB>count: how often two pieces stand side by side with a SPACE,
  kept only for pairs that also occur joined (with or without ZWNJ), so the ZWNJ stage can weigh
  "a‌b" against "a b".
Test splits are never read; dev splits are only used for tuning (bench/normalize).
"""
from __future__ import annotations

import csv
import gzip
import io
import re
import sys
from collections import Counter
from pathlib import Path

from .chars import LETTERS, NON_JOINING, ZWNJ, normalize_chars

DATA = Path(__file__).parent / "data"
# PerDT counts twice: its ZWNJ use is the closest to the conventions (Seraji writes plurals joined).
WEIGHTS = {"ud_persian_perdt/fa_perdt-train.txt": 2}
SOURCES = [
    ("ud_persian_perdt/fa_perdt-train.txt", "PerDT train (UD_Persian-PerDT, CC BY-SA 4.0)"),
    ("ud_persian_seraji/fa_seraji-train.txt", "Seraji train (UD_Persian-Seraji, CC BY-SA 4.0)"),
    ("shekasteh/dev.tsv#3", "Shekasteh dev, standard column (MIT)"),
    ("farstail/farstail_unique_sentences.txt", "FarsTail, ZWNJ spellings only (Apache-2.0)"),
]
NEW_ONLY = True
# Sources that write plurals joined (Seraji: «بیماریهای»): see respell_plurals.
PLURALS_JOINED = {"ud_persian_seraji/fa_seraji-train.txt"}
PLURAL = ("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها")
# Noisy sources (FarsTail writes «کانون های», «بزرگ ترین»): only their ZWNJ spellings count, as
# evidence that a compound or inflection is written with a ZWNJ; their spaces and joined forms don't.
ZWNJ_ONLY = {"farstail/farstail_unique_sentences.txt"}
RUN_RX = re.compile(f"[{LETTERS}{ZWNJ}]+(?: [{LETTERS}{ZWNJ}]+)*")
HEADER = (
    "# rasad ZWNJ lexicon: {what}\n"
    "# Derived from: {sources}.\n"
    "# Licence: CC BY-SA 4.0 (derived from the UD Persian PerDT and Seraji treebanks; see NOTICE).\n"
    "# Built by rasad/normalize/build_lexicon.py; test splits were not used.\n"
)


def read_lines(root: Path, zwnj_only: bool = False, plurals_joined: bool = False) -> list[str]:
    lines: list[str] = []
    for rel, _ in SOURCES:
        if (rel in ZWNJ_ONLY) == zwnj_only and (rel in PLURALS_JOINED) == plurals_joined:
            lines.extend(_read_source(root, rel) * WEIGHTS.get(rel, 1))
    return lines


def respell_plurals(words: Counter, reference: Counter) -> Counter:
    """Seraji writes plurals joined (بیماریهای); the conventions write ‌ها. Its joined plurals of a
    word the other sources know are counted as ‌ها forms, unless those sources themselves write
    the joined form at least as often (تنها)."""
    out: Counter = Counter()
    for w, n in words.items():
        out[_respell(w, reference)] += n
    return out


def _respell(w: str, ref: Counter) -> str:
    if ZWNJ in w:
        return w
    for suf in PLURAL:
        base = w[: -len(suf)]
        if w.endswith(suf) and len(base) >= 2 and base[-1] not in NON_JOINING and ref[base] >= 3:
            zw = base + ZWNJ + suf
            return zw if ref[zw] >= ref[w] else w
    return w


def _read_source(root: Path, rel: str) -> list[str]:
    """The lines of one source: a text file, or column N of a TSV ("path#N")."""
    path, _, col = rel.partition("#")
    with open(root / path, encoding="utf-8") as fh:
        if not col:
            return fh.read().splitlines()
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row[int(col) - 1] for row in rows if len(row) >= int(col)]


def count(lines: list[str]) -> tuple[Counter, Counter]:
    words: Counter = Counter()
    spaced: Counter = Counter()
    for line in lines:
        for run in RUN_RX.findall(normalize_chars(line)):
            toks = run.split(" ")
            words.update(toks)
            for a, b in zip(toks, toks[1:]):
                spaced[(a.rsplit(ZWNJ, 1)[-1], b.split(ZWNJ, 1)[0])] += 1
    return words, spaced


def _zwnj_ok(w: str) -> bool:
    """A ZWNJ spelling worth counting: every ZWNJ between two letters, none after a non-joining one."""
    pieces = w.split(ZWNJ)
    return all(pieces) and all(p[-1] not in NON_JOINING for p in pieces[:-1])


def joined_pairs(words: Counter) -> set[tuple[str, str]]:
    """Piece pairs that occur inside one word: across a ZWNJ, or as a plain concatenation."""
    pairs = set()
    for w in words:
        pieces = w.split(ZWNJ)
        pairs.update(zip(pieces, pieces[1:]))
    return pairs


def _gz(path: Path) -> io.TextIOWrapper:
    """A reproducible gzip text writer (no timestamp in the header)."""
    raw = gzip.GzipFile(filename="", fileobj=open(path, "wb"), mode="wb", compresslevel=9, mtime=0)
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


def write(root: Path) -> None:
    words, spaced = count(read_lines(root))
    seraji, seraji_spaced = count(read_lines(root, plurals_joined=True))
    words.update(respell_plurals(seraji, words))
    spaced.update({p: n // 2 for p, n in seraji_spaced.items()})
    extra, _ = count(read_lines(root, zwnj_only=True))
    known = {w.replace(ZWNJ, "") for w in words}
    for w, n in extra.items():
        if ZWNJ in w and (NEW_ONLY is False or w.replace(ZWNJ, "") not in known) and _zwnj_ok(w):
            words[w] += n
    zpairs = joined_pairs(words)
    vocab = set(words)
    keep = {p: c for p, c in spaced.items() if p in zpairs or (p[0] + p[1]) in vocab}
    src = "; ".join(s for _, s in SOURCES)
    DATA.mkdir(exist_ok=True)
    with _gz(DATA / "words.tsv.gz") as fh:
        fh.write(HEADER.format(what="word forms and counts (form<TAB>count)", sources=src))
        for w in sorted(words):
            fh.write(f"{w}\t{words[w]}\n")
    with _gz(DATA / "pairs.tsv.gz") as fh:
        fh.write(HEADER.format(what="space-separated piece pairs (left<TAB>right<TAB>count)", sources=src))
        for (a, b) in sorted(keep):
            fh.write(f"{a}\t{b}\t{keep[(a, b)]}\n")
    print(f"{len(words)} forms, {len(keep)} spaced pairs")


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"))
