"""The events fast paths give exactly what the plain versions give.

dates.background skips sentences with no dating cue (`_may_date`, a keyset prefilter) and
coder.refine finds the stemmed keywords of a code with one Aho-Corasick pass; these tests pin both against the plain
versions, on Persian sentences written for the purpose and on every sentence of the bundled sample
pages. A new `background` rule must add its cue words to dates._CUES, or the first test fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from rasad.events import coder, dates
from rasad.events.clauses import analyzed
from rasad.events.patterns import topics
from rasad.pipeline import process

SENTENCES = [
    "پیش‌تر وزیر امور خارجه ایران این حمله را محکوم کرده بود.",
    "وزیر امور خارجه ایران حمله به کنسولگری را محکوم کرد.",
    "بر اساس این پیمان، دو کشور متعهد می‌شوند که همکاری نظامی را گسترش دهند.",
    "روسیه در سال ۲۰۱۴ شبه‌جزیره کریمه را به خاک خود ضمیمه کرد.",
    "دو کشور در ژانویه ۲۰۱۶ توافق هسته‌ای را اجرا کردند.",
    "ترکیه تاکنون نوزده بسته تحریمی علیه سوریه تصویب کرده است.",
    "چین و روسیه سال گذشته رزمایش مشترک دریایی برگزار کردند.",
    "سخنگوی وزارت خارجه گفت که همکاری‌های اقتصادی و تبادل اطلاعات ادامه می‌یابد.",
]

_SAMPLES = Path(__file__).resolve().parents[1] / "rasad" / "samples"


def _sents():
    out = []
    for text in SENTENCES:
        out += analyzed(process(text))[1]
    for p in sorted(_SAMPLES.iterdir()):
        if p.suffix in (".txt", ".html"):
            out += analyzed(process(p.read_bytes(), path=str(p)))[1]
    return [s for s in out if s.toks]


@pytest.fixture(scope="module")
def sents():
    return _sents()


def test_background_prefilter_changes_nothing(sents, monkeypatch):
    ranges = [(s, lo, hi) for s in sents for lo in range(0, len(s.toks), 3)
              for hi in (len(s.toks), min(len(s.toks), lo + 8))]
    fast = [dates.background(s, lo, hi, t) for s, lo, hi in ranges for t in (None, "past", "present")]
    monkeypatch.setattr(dates, "_may_date", lambda keyset: True)
    plain = [dates.background(s, lo, hi, t) for s, lo, hi in ranges for t in (None, "past", "present")]
    assert fast == plain
    assert any(fast) and not all(fast)


def _reference_refine(code, s, lo):
    rows = topics().get(code)
    if not rows and code in coder.NARROW:
        rows = [(w, c) for w, c in topics().get(coder.NARROW[code], []) if c.startswith(code)]
    if not rows:
        return code
    joined = " " + " ".join(coder._stem(k) for k in s.keys[lo:lo + 80]) + " "
    best = None
    for n, (words, sub) in enumerate(rows):
        for w in words:
            i = joined.find(" " + coder._stem_phrase(w))
            if i >= 0 and (best is None or (i, -len(w), n, sub) < best):
                best = (i, -len(w), n, sub)
    return best[3] if best else code


def test_refine_is_the_plain_loop(sents):
    codes = sorted(set(topics()) | set(coder.NARROW))
    refined = 0
    for s in sents:
        for code in codes:
            for lo in (0, len(s.toks) // 2):
                got = coder.refine(code, s, lo)
                assert got == _reference_refine(code, s, lo)
                refined += got != code
    assert refined  # the sentences do name topics
