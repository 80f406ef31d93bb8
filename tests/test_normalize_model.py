"""rasad.normalize: the writer's style and the shipped ZWNJ model (model.py)."""
from __future__ import annotations

import math

import pytest

from rasad.normalize import model, normalize
from rasad.normalize.context import writer_style
from rasad.normalize.lexicon import lexicon

Z = "\u200c"


def z(s: str) -> str:
    return s.replace("|", Z)


@pytest.mark.parametrize("text,style", [
    ("آنها میکنند کتابهای خوبی", "joined"),  # ZWNJs dropped: glued می-verb, plural
    ("نشست بینالمللی برگزار شد", "joined"),  # a word the corpus only writes with a ZWNJ
    ("آنها می کنند کتاب های خوبی", "spaced"),  # stand-alone می and ها
    ("نشست بین المللی برگزار شد", "spaced"),  # a pair the corpus only writes with a ZWNJ
    ("آنها میکنند و کتاب های خوبی", "mixed"),  # both signs
    ("این کتاب خوب است", "plain"),  # no sign either way
    (z("این کتاب|ها خوب است"), "careful"),  # ZWNJs used, none left out
    (z("آنها میکنند و کتاب|ها"), "joined"),  # a ZWNJ, but a glued می-verb: not careful
])
def test_writer_style(text, style):
    assert writer_style(text) == style


@pytest.mark.parametrize("raw,expected", [
    # spaced writer: unseen compounds joined by the model
    ("آنها کتاب فروشی دارند و می روند", z("آنها کتاب|فروشی دارند و می|روند")),
    ("برنامه ریزی می کنند", z("برنامه|ریزی می|کنند")),
    # joined writer: spaces are the writer's own, compounds inside unknown words are split
    ("سرمایهگذاری میکنند", z("سرمایه|گذاری می|کنند")),
    ("خاکخورده میآیند", z("خاک|خورده می|آیند")),
    ("کتابخانه میخرند", z("کتابخانه می|خرند")),  # the corpus writes it joined
    ("مرد بزرگی بود", "مرد بزرگی بود"),  # never a compound of free words + indefinite ی
])
def test_model_decisions(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("a,b", [("کتاب", "فروشی"), ("نکته", "ریزی"), ("چوپان", "سوری"),
                                 ("زمین", "مرکزی"), ("ناشناخته", "واژه")])
def test_score_is_the_weighted_features(a, b):
    """score() (the fast path) equals the weighted sum of features() (what training sees)."""
    lex = lexicon()
    for kind in ("spaced", "joined"):
        w = model.weights()[kind]
        want = sum(v * w.get(k, 0.0) for k, v in model.features(lex, a, b).items())
        assert math.isclose(model.score(lex, kind, a, b), want, abs_tol=1e-9)


def test_model_shipped():
    w = model.weights()
    assert len(w["spaced"]) > 1000 and len(w["joined"]) > 100
    assert "bias" in w["spaced"] and "bias" in w["joined"]


@pytest.mark.parametrize("raw,expected", [
    ("دربارهٔٔ این", "درباره این"),  # a doubled hamza: the ezafe mark goes whole (was not idempotent)
    ("چندلایه", "چندلایه"),  # a number word + head, but no ZWNJ after the non-joining د
    ("سهجانبه", z("سه|جانبه")),
])
def test_idempotence_regressions(raw, expected):
    assert normalize(raw) == expected
    assert normalize(expected) == expected
