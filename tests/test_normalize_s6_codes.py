"""A short word glued to a number is a name or a code (ام۲۳, اف۳۵), never an ending of the word
before it; longer words glued to numbers are still restored."""
from __future__ import annotations

from rasad.normalize import normalize, normalize_with_map


def test_m23_is_not_a_copula_ending():
    assert normalize("گروه شورشی ام۲۳ شهر را گرفت") == "گروه شورشی ام۲۳ شهر را گرفت"
    assert normalize("نیروهای ام۲۳ عقب نشستند") == "نیروهای ام۲۳ عقب نشستند"


def test_codes_keep_their_neighbours_restored():
    assert normalize("جنگنده های اف۳۵ پرواز میکنند") == "جنگنده‌های اف۳۵ پرواز می‌کنند"
    assert normalize("در سالهای۱۳۹۰ میگفتند") == "در سال‌های۱۳۹۰ می‌گفتند"


def test_map_agrees():
    text = "گروه شورشی ام۲۳ و جنگنده های اف۳۵"
    out, m = normalize_with_map(text)
    assert out == normalize(text) and len(m) == len(out)
