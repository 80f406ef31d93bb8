"""The fast paths of the shared sentence analysis give exactly what the plain versions give.

tokens.tokenize (one re.split, offsets by running sums, a loop only for a detached "می"), tokens.verb_at_keys (one dict
probe per form length) and clauses.build_sentence (mentions placed by bisect) were rewritten for
speed; these tests pin their behaviour against small reference implementations, on Persian
sentences written for the purpose and on random strings.
"""
from __future__ import annotations

import random
import re

from rasad.events.clauses import build_sentence
from rasad.events.mentions import Mention
from rasad.events.tokens import PUNCT, Tok, ZWNJ, tokenize, tokenize_keys, verb_at, verb_at_keys, verb_table

_ABBR_RE = re.compile(r"(?:[^\W\d_]\.){2,}[^\W\d_]?|[^\s،,.؛;:!?؟«»\"()\[\]]+|[،,.؛;:!?؟«»\"()\[\]]")
_PLAIN_RE = re.compile(r"[^\s،,.؛;:!?؟«»\"()\[\]]+|[،,.؛;:!?؟«»\"()\[\]]")
_HAS = re.compile(r"[^\W\d_]\.[^\W\d_]\.")


def _reference_tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The per-token loop tokenize replaced."""
    end = len(text) if end is None else end
    merged: list[Tok] = []
    prefix = False
    rx = _ABBR_RE if _HAS.search(text, start, end) else _PLAIN_RE
    for mt in rx.finditer(text, start, end):
        w, a = mt.group(), mt.start()
        k = w.replace(ZWNJ, "")
        if prefix and k not in PUNCT:
            p = merged.pop()
            merged.append(Tok(text[p.start:a + len(w)], p.start, a + len(w), p.key + k))
            prefix = False
            continue
        merged.append(Tok(w, a, a + len(w), k))
        prefix = k in ("می", "نمی")
    return merged


SENTENCES = [
    "وزیر امور خارجه ایران روز دوشنبه در دیدار با همتای ترکیه‌ای خود گفت: «ما خواستار آتش‌بس فوری هستیم».",
    "به گزارش ایسنا، پ.ک.ک مسئولیت این حمله را بر عهده گرفت.",
    "نیروهای امنیتی می کوشند معترضان را متفرق کنند و نمی خواهند درگیری رخ دهد.",
    "سخنگوی دولت (آ.س.ه) اعلام کرد که «هیچ توافقی» امضا نشده است؛ جلسه بعدی ۱۲ مهر برگزار می‌شود.",
    "می",
    "",
    "نمی . می، می «می» کند",
]


def test_tokenize_matches_the_reference_on_written_sentences():
    for text in SENTENCES:
        assert tokenize(text) == _reference_tokenize(text)
        for start in range(0, len(text), 7):
            assert tokenize(text, start, len(text) - 3) == _reference_tokenize(text, start, len(text) - 3)


def test_tokenize_offsets_abbreviations_and_detached_mi():
    text = SENTENCES[1]
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert "پ.ک.ک" in [t.text for t in toks]
    toks = tokenize(SENTENCES[2])
    assert [t.key for t in toks if t.key.startswith(("می", "نمی"))] == ["میکوشند", "نمیخواهند"]
    merged = next(t for t in toks if t.key == "میکوشند")
    assert SENTENCES[2][merged.start:merged.end] == "می کوشند"


def test_tokenize_keys_lists_agree_with_tokens():
    for text in SENTENCES:
        toks, keys, starts, ends = tokenize_keys(text)
        assert keys == [t.key for t in toks]
        assert starts == [t.start for t in toks] and ends == [t.end for t in toks]


def test_tokenize_matches_the_reference_on_random_strings():
    rng = random.Random(7)
    pieces = list("اب.۱1_ a²‌،«»()") + ["می ", "نمی ", "می‌", " پ.ک.ک ", "ک.ا."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        a = rng.randint(0, len(text))
        b = rng.choice([None, rng.randint(a, len(text))])
        assert tokenize(text, a, b) == _reference_tokenize(text, a, b)


def test_verb_at_keys_is_verb_at():
    for words in verb_table():
        toks = [Tok(w, 0, 0, w) for w in words]
        for cut in range(1, len(words) + 1):
            assert verb_at_keys(list(words[:cut]), 0) == verb_at(toks[:cut], 0)
    toks = tokenize(SENTENCES[0] + " " + SENTENCES[2])
    keys = [t.key for t in toks]
    assert [verb_at_keys(keys, i) for i in range(len(keys))] == [verb_at(toks, i) for i in range(len(toks))]


def _reference_place(text: str, toks: list[Tok], ments: list[Mention]) -> dict[tuple[int, int], tuple[int, int]]:
    """Token range of each mention by the linear walk build_sentence used (before _inside_word)."""
    out, ti = {}, 0
    for m in ments:
        while ti < len(toks) and toks[ti].end <= m.start:
            ti += 1
        a = b = ti
        while b + 1 < len(toks) and toks[b + 1].start < m.end:
            b += 1
        if a < len(toks):
            out[(m.start, m.end)] = (a, b)
    return out


def test_build_sentence_places_mentions_like_the_linear_walk():
    text = SENTENCES[0]
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    rng = random.Random(3)
    for _ in range(300):
        spans = sorted(rng.sample(words, 3))
        ments = [Mention(text[a:b], a, b, None, None, None, False) for a, b in spans]
        s = build_sentence(text, 0, len(text), ments)
        ref = _reference_place(text, tokenize(text), ments)
        for m in ments:
            if id(m) in s.span:
                assert s.span[id(m)] == ref[(m.start, m.end)]
                assert s.first[s.span[id(m)][0]] is m
    s = build_sentence(text, 0, len(text), [])
    assert s.keyset == frozenset(t.key for t in s.toks)
    assert sorted(s.verbs) == [i for i in range(len(s.toks)) if verb_at(s.toks, i) is not None]
