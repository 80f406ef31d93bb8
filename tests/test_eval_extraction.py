"""rasad/eval/extraction.py compares fields as the conventions mean them."""
from __future__ import annotations

import pytest

from rasad.eval.extraction import body_pr, same


@pytest.mark.parametrize("field,gold,got,expected", [
    ("published", "2026-11-27T16:45+01:00", "2026-11-27T16:45", True),
    ("published", "2026-11-29T10:30+03:30", "2026-11-29T07:00+00:00", True),
    ("published", "2026-11-29T10:30+03:30", "2026-11-29", False),
    ("published", "2026-11-29", "2026-11-28", False),
    ("title", "دیدار رئیس\u200cجمهور با نخست\u200cوزیر", "دیدار رئیس جمهور با نخست وزیر", True),
    ("title", "سرویس\u200cهای امنیتی", "سرویسهای امنیتی", False),
    ("agency", "irna", None, False),
])
def test_same_follows_the_conventions(field, gold, got, expected):
    assert same(field, gold, got) is expected


def test_body_letters_ignore_spacing_but_count_extra_text():
    p, r = body_pr(["سلام دنیا"], ["سلام\u200cدنیا", "تبلیغات"])
    assert r == 1.0 and p == pytest.approx(8 / 15)
