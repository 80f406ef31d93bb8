"""The analysis fast paths give exactly what the plain versions give.

ner_tokens.WORD is possessive (no backtracking records), gazetteer._find sorts its candidates as
plain tuples (the test keeps the key-sorted version as a reference), actors.main_country counts in a plain dict and tokens.Tok is a NamedTuple built by a
C-level map; these tests pin each against the version it replaced, on Persian text written for the
purpose, on random strings and on the bundled sample pages.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from rasad.analyze import actors, gazetteer
from rasad.analyze.ner_tokens import WORD, Tokens
from rasad.events.tokens import Tok, tokenize
from rasad.pipeline import process

_GREEDY = re.compile(r"[^\W\d_][^\W_]*(?:\u200c[^\W_]*)*")
_SAMPLES = Path(__file__).resolve().parents[1] / "rasad" / "samples"

TEXTS = [
    "وزیر امور خارجه ایران روز دوشنبه در دیدار با همتای ترکیه‌ای خود گفت: «ما خواستار آتش‌بس فوری هستیم».",
    "به گزارش ایسنا، سخنگوی وزارت خارجه روسیه ۱۲ام مهر ۱۴۰۳ از سفر به اسلام آباد و اسلام‌آباد خبر داد.",
    "نیروهای ارتش اسرائیل و سپاه پاسداران انقلاب اسلامی؛ نیروی دریایی سپاه پاسداران انقلاب اسلامی_ای‌ها",
    "دبیرکل سازمان ملل متحد و برنامه جهانی غذای سازمان ملل در ‌‌ایران‌هراسی ‌ها U.S.A. 3D-ایران",
]


def _sample_texts() -> list[str]:
    out = []
    for p in sorted(_SAMPLES.iterdir()):
        if p.suffix in (".txt", ".html"):
            out.append(process(p.read_bytes(), path=str(p), analyze=False).text or "")
    return out


def _random_texts(n: int = 300) -> list[str]:
    rnd = random.Random(4)
    alphabet = "ایرانوزیکبمسهت۱۲3a_ \u200c\u064e،.«»-\n"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(n)]


def test_possessive_ner_tokens_are_the_greedy_ones():
    for text in TEXTS + _sample_texts() + _random_texts():
        assert [m.span() for m in WORD.finditer(text)] == [m.span() for m in _GREEDY.finditer(text)]
        assert Tokens(text).spans == [m.span() for m in _GREEDY.finditer(text)]


def _reference_find(text: str) -> list[tuple[int, int, object]]:
    """gazetteer._find as it was: candidates sorted by a key function, then the same greedy pass."""
    import bisect
    folded, runs = gazetteer.fold_with_runs(text)
    if not folded:
        return []
    n = len(text)
    cands = []
    for fend, (length, entry, spaced) in gazetteer.automaton().iter(folded):
        fstart = fend - length + 1
        start = fstart + bisect.bisect_right(runs, fstart) - 1
        end = fend + bisect.bisect_right(runs, fend)
        if start > 0 and text[start - 1].isalnum():
            continue
        while end < n and text[end] in gazetteer._DROPPED:
            end += 1
        if end < n and (text[end].isalnum() or (text[end] == "\u200c" and not gazetteer._free_after(text, end))):
            continue
        if not spaced and end - start > length and " " in text[start:end] \
                and not gazetteer._suffix_split(text[start:end]):
            continue
        cands.append((start, end, entry))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[list] = []
    last_end = -1
    for start, end, entry in cands:
        if start >= last_end:
            out.append([start, end, entry])
            last_end = end
        elif out and end - start > out[-1][1] - out[-1][0] and start > out[-1][0] \
                and (len(out) < 2 or out[-2][1] <= start):
            prev = out[-1]
            shorter = next(((e, en) for s0, e, en in cands if s0 == prev[0] and e <= start), None)
            if shorter is not None:
                out[-1] = [prev[0], shorter[0], shorter[1]]
                out.append([start, end, entry])
            else:
                out[-1] = [start, end, entry]
            last_end = end
    return [tuple(o) for o in out]


def test_find_is_the_key_sorted_version():
    for text in TEXTS + _sample_texts():
        assert [(m.start, m.end, m.entry) for m in gazetteer._find(text)] == _reference_find(text)
    # "نیروی دریایی سپاه" + "سپاه پاسداران ...": the longer later match wins, the first shrinks
    assert [TEXTS[2][m.start:m.end] for m in gazetteer._find(TEXTS[2])][-2:] == \
        ["نیروی دریایی", "سپاه پاسداران انقلاب اسلامی"]


def _reference_main_country(matches, skip=None):
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, m in enumerate(matches):
        iso = m.entry.country
        if iso and iso != skip and m.entry.kind in ("country", "adjective", "place", "metonym", "person"):
            counts[iso] += 1
            first.setdefault(iso, i)
    if not counts:
        return "IRN"
    return max(counts, key=lambda k: (counts[k], -first[k]))


def test_main_country_is_the_counter_version():
    texts = TEXTS + _sample_texts() + ["ترکیه و روسیه و ترکیه و روسیه", "روسیه و ترکیه و ترکیه و روسیه", "سلام"]
    for text in texts:
        matches = gazetteer.find(text)
        for skip in (None, "IRN", "TUR"):
            assert actors.main_country(matches, skip) == _reference_main_country(matches, skip)
    assert actors.main_country(gazetteer.find(texts[-3])) == "TUR"  # a tie: the first named wins
    assert actors.main_country(gazetteer.find(texts[-2])) == "RUS"


def test_tok_reads_like_the_dataclass_it_replaced():
    text = "سخنگوی دولت (آ.س.ه) گفت: «می کوشیم»."
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert toks[0] == Tok("سخنگوی", 0, 6, "سخنگوی")
    merged = next(t for t in toks if t.key == "میکوشیم")
    assert (merged.text, merged.key) == ("می کوشیم", "میکوشیم")
