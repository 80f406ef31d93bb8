"""Present 'می‌کشد' (mend, issue 4): it pulls (کشیدن) only after a noun of کشیدن in its clause ('طول
می‌کشد'، 'به آتش می‌کشد'، 'از ... دست می‌کشد'); otherwise it kills (190), in a quote too. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import coded

ACTORS = {
    "ارتش میانمار": ("MMRMIL", None, "ORG"), "میانمار": ("MMR", None, "GPE"), "تایلند": ("THA", None, "GPE"),
    "شورشیان کارن": ("MMRREB", None, "ORG"), "بنگلادش": ("BGD", None, "GPE"),
}


@pytest.mark.parametrize("text,expected", [
    ("ارتش میانمار غیرنظامیان را در بنگلادش می‌کشد.",
     [("MMRMIL", "190", "BGDCVL", "می‌کشد")]),
    ("شورشیان کارن گفتند: «ارتش میانمار هر روز غیرنظامیان را در بنگلادش می‌کشد.»",
     [("MMRMIL", "190", "BGDCVL", "می‌کشد")]),
    # a noun of کشیدن earlier in the clause: no killing
    ("گفت‌وگوهای میانمار و بنگلادش درباره آوارگان چند ماه طول می‌کشد.", []),
    ("ارتش میانمار کلبه‌های روستاییان کارن را به آتش می‌کشد.",
     [("MMRMIL", "1712", "MMRCVL", "به آتش می‌کشد")]),
])
def test_present_kesh_kills_unless_a_pull_noun_precedes(text, expected):
    assert coded(text, ACTORS) == expected
