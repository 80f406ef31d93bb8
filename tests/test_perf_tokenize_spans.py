"""tokens.tokenize_spans (one split of the whole text) gives each sentence exactly what
tokenize_keys gives it alone: offsets, keys, merged "می", dotted abbreviations, spans that cut a word."""
from __future__ import annotations

import random

from rasad.analyze.sentences import split_sentences
from rasad.events.tokens import tokenize_keys, tokenize_spans

TEXT = ("وزیر امور خارجه ایران روز دوشنبه گفت: «ما خواستار توقف فوری حملات هستیم.» "
        "سخنگوی پ.ک.ک در بیانیه‌ای اعلام کرد که این گروه مذاکره نمی کند، و آن را محکوم می کنیم.\n\n"
        "به گزارش ایسنا، نیروهای آ.س.ه دیروز ۱۲ نفر را بازداشت کردند؛ آنها آزاد شده‌اند!")


def _same(text: str, spans: list[tuple[int, int]]) -> None:
    got = tokenize_spans(text, spans)
    assert len(got) == len(spans)
    for (a, b), g in zip(spans, got):
        assert g == tokenize_keys(text, a, b), (a, b)


def test_sentences_of_a_page():
    spans = split_sentences(TEXT)
    assert len(spans) == 3
    _same(TEXT, spans)
    toks = tokenize_spans(TEXT, spans)[1][0]
    assert "نمیکند" in [t.key for t in toks]  # the detached "نمی" is merged with its verb
    assert "پ.ک.ک" in [t.text for t in toks]  # the abbreviation stays one token


def test_spans_that_cut_words_and_empty_spans():
    n = len(TEXT)
    _same(TEXT, [(0, 0), (3, 9), (5, 5), (n - 4, n), (0, n), (10, 11)])
    _same("", [(0, 0)])
    _same("   ", [(0, 3), (1, 2)])


def test_random_spans_over_noisy_text():
    rnd = random.Random(11)
    alphabet = ["ایران", "می", "نمی", "کند", "\u200c", " ", "،", ".", "«", "»", "آ.ب.ج", "x.y", "۱۲", "\n"]
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        spans = split_sentences(text)
        extra = [tuple(sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))) for _ in range(3)]
        _same(text, spans + extra)
