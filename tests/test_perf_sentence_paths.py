"""The sentence-analysis shortcuts of the performance pass give exactly what the plain code gave.

clauses.clause_start / subject_in / eligible_subject remember their answers per sentence (the
coders ask the same questions again); targets.topic_order replaces a sort with a key function;
actors._skip_space is one regex match; subjects.subject_before_object finds "را" with list.index;
phrases.drop_hearsay, find_dyad and adverbial_acts skip sentences without their cue word; the NER
tokens take their offsets from one split(). Each is pinned here against the code it replaced, on
Persian sentences written for the purpose, on the bundled sample pages and on random strings.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from rasad.analyze.actors import _skip_space
from rasad.analyze.ner_tokens import WORD, Tokens
from rasad.analyze.fold import fold_one_to_one
from rasad.events import clauses, subjects
from rasad.events.clauses import MAX_CLAUSE, analyzed, clause_start, eligible_subject, subject_in
from rasad.events.phrases import HEARSAY, drop_hearsay
from rasad.events.subjects import subject_before_object
from rasad.events.targets import topic_order
from rasad.pipeline import process

SENTENCES = [
    "وزیر امور خارجه ایران روز دوشنبه در دیدار با همتای ترکیه‌ای خود، که به تهران سفر کرده بود، گفت که دو طرف "
    "همکاری را گسترش می‌دهند.",
    "به گزارش ایسنا، سخنگوی وزارت خارجه روسیه حمله به کنسولگری را «اقدامی تروریستی» خواند و آن را محکوم کرد.",
    "در پاسخ به این حمله، ارتش اسرائیل مواضع حزب‌الله را در جنوب لبنان هدف قرار داد.",
    "منابع محلی می‌گویند نیروهای امنیتی ده‌ها معترض را بازداشت کردند.",
    "قطر ضمن محکوم کردن این حمله از دو طرف خواست که خویشتن‌داری کنند.",
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


def _plain_subject_in(s, lo, hi):
    lo = max(lo, s.body_from, hi - MAX_CLAUSE)
    for i, m in s.first.items():
        if i >= hi:
            break
        if i >= lo and clauses._eligible_subject(s, m):
            return m
    return None


def _plain_clause_start(s, i):
    """clause_start as it was: a step per token from i-1 leftwards."""
    keys = s.keys
    j = i - 1
    floor = max(s.body_from, i - MAX_CLAUSE)
    while j >= floor:
        t = keys[j]
        if t in clauses._STOPS:
            if t == "،" or t == ",":
                if clauses._ends_verb(s, j - 1):
                    k = clauses._relative_start(s, j - 1)
                    if k is not None:
                        j = k - 1
                        continue
                    return j + 1
            elif t == "»":
                k = j - 1
                while k >= s.body_from and keys[k] != "«":
                    k -= 1
                if k > s.body_from and keys[k - 1] != ":":
                    j = k - 1
                    continue
                return j + 1
            elif t == "و":
                if clauses._ends_verb(s, j - 1):
                    return j + 1
            else:
                return j + 1
        j -= 1
    return floor


def test_memoized_clause_reads_are_the_plain_ones(sents):
    for s in sents:
        n = len(s.toks)
        for _ in range(2):  # the second pass reads the memo
            for i in range(n + 1):
                assert clause_start(s, i) == _plain_clause_start(s, i)
            for m in s.first.values():
                assert eligible_subject(s, m) == clauses._eligible_subject(s, m)
            for lo in range(0, n + 1, 3):
                for hi in range(lo, n + 1, 2):
                    assert subject_in(s, lo, hi) is _plain_subject_in(s, lo, hi)


def _plain_subject_before_object(s, cs, hi):
    ra = next((i for i in range(max(cs, s.body_from), hi) if s.keys[i] == "را"), hi)
    m = subject_in(s, cs, ra)
    if m is not None and ra < hi and subjects._placed_object(s, m, ra):
        return subject_in(s, s.span[id(m)][1] + 1, ra)
    return m


def test_subject_before_object_finds_the_first_ra(sents):
    for s in sents:
        n = len(s.toks)
        for cs in range(0, n, 4):
            for hi in range(cs, n + 1, 3):
                assert subject_before_object(s, cs, hi) is _plain_subject_before_object(s, cs, hi)


def test_topic_order_is_the_sorted_order():
    for cs in range(0, 8):
        for verb in range(0, 14):
            for topic in range(cs, max(verb, cs) + 1):
                assert list(topic_order(cs, verb, topic)) == sorted(range(cs, verb), key=lambda k: (k > topic, -k))


def test_drop_hearsay_keeps_what_it_kept(sents):
    for s in sents:
        coded = [(type("E", (), {"start": t.start})(), None) for t in s.toks]
        at = next((i for i, k in enumerate(s.keys) if k in HEARSAY), None)
        want = coded if at is None else [(ev, src) for ev, src in coded if ev.start < s.toks[at].end]
        assert drop_hearsay(s, coded) == want


def _plain_skip_space(text, i):
    while i < len(text) and text[i] in " \u200c":
        i += 1
    return i


def test_skip_space_is_the_loop():
    rnd = random.Random(7)
    for _ in range(400):
        text = "".join(rnd.choice("ab \u200c،") for _ in range(rnd.randint(0, 12)))
        for i in range(len(text) + 3):
            assert _skip_space(text, i) == _plain_skip_space(text, i)


def test_ner_tokens_offsets_and_folded_forms():
    rnd = random.Random(5)
    texts = SENTENCES + ["".join(rnd.choice("ایرانوزیکبمسهت۱۲3a_ \u200c\u064e،.«»-\n") for _ in range(rnd.randint(0, 60)))
                         for _ in range(300)]
    for text in texts:
        tk = Tokens(text)
        spans = [m.span() for m in WORD.finditer(text)]
        one = fold_one_to_one(text)
        assert tk.spans == spans
        assert tk._starts == [a for a, _ in spans] and tk._ends == [b for _, b in spans]
        assert tk.folded == [one[a:b].replace("\x00", "") for a, b in spans]
