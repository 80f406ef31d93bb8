"""Review fixes to the events coder (third session): rules that reached outside their context.
Original sentences in agency style; exact (source, cameo, target, evidence)."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {"آمریکا": ("USA", "United States", "GPE"), "ایران": ("IRN", "Iran", "GPE"),
          "سفیر ایران": ("IRNGOV", None, None)}


def _events(text: str, actors=ACTORS) -> list[tuple]:
    doc = events_stage(make_doc(text, actors))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events), key=str)


def test_gap_over_a_long_quote_does_not_reach_the_sentence_start():
    """A gap that meets "»" with no short quote before it stops there: the pattern word is not looked
    for at the sentence's first tokens ("اعتراض" at token 2, twenty tokens and a comma away)."""
    text = ("سفیر ایران اعتراض خود را ابراز کرد، و سپس به همراه هیئتی متن کامل بیانیه «این اقدام آمریکا"
            " غیرقانونی بوده و با همه موازین بین‌المللی مغایر است» را به آمریکا منتقل کرد.")
    assert not [e for e in _events(text) if e[1] == "114"]


def test_short_quote_opening_with_the_pattern_word_still_matches():
    text = "سفیر ایران «نگرانی جدی» خود را به آمریکا منتقل کرد."
    assert _events(text) == [("IRNGOV", "114", "USAGOV", "«نگرانی جدی» خود را به آمریکا منتقل کرد")]


def test_count_of_victims_ignores_digits_int_cannot_read():
    """"²" and "①" are digits to str.isdigit but not to int(): a page with one must not crash the coder."""
    text = "نیروهای آمریکا در حمله‌ای ²۰ غیرنظامی و ① نفر را در ایران کشتند."
    assert all(e[1] != "202" for e in _events(text))
