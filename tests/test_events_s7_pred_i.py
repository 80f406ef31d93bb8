"""Predicates, seventh session, last pass (issue 4): a strike announced under a condition ("در صورت
تصویب بودجه، اعتصاب دیگری برگزار خواهد کرد") is a threat of protest (133). Sentences written for
these tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {"اتحادیه کارگران کنیا": ("KENLAB", None, "ORG")}


def _events(text: str):
    return coded(text, ACTORS)


def test_conditional_strike_is_a_threat_of_protest():
    assert _events("اتحادیه کارگران کنیا اعلام کرد که در صورت تصویب بودجه، اعتصاب دیگری را در ماه آینده "
                   "برگزار خواهد کرد.") == [
        ("KENLAB", "133", "KENGOV", "اعتصاب دیگری را در ماه آینده برگزار خواهد کرد")]


def test_unconditional_strike_plan_is_no_threat():
    assert _events("اتحادیه کارگران کنیا اعلام کرد که اعتصاب دیگری را در ماه آینده برگزار خواهد کرد.") == []
