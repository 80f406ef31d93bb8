"""Arguments (session 7, second argument pass): "با میانجیگری X". A release or an exchange the
parties do is their act alone (no 045); a sentence about the mediation of an exchange told before
("این تبادل با میانجیگری X انجام شد") is X's mediation with both parties; an agreement reached
through a mediator keeps the 045. Sentences written for these tests; exact (source, code, target)."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {"ارمنستان": ("ARM", "Armenia", "GPE"), "آذربایجان": ("AZE", "Azerbaijan", "GPE"),
          "قزاقستان": ("KAZ", "Kazakhstan", "GPE")}
EXCHANGE = "ارمنستان و آذربایجان روز پنجشنبه ۴۰ اسیر جنگی را مبادله کردند."


def _events(text: str) -> list[tuple]:
    return coded(text, ACTORS)


def test_exchange_through_a_mediator_is_the_parties_act():
    text = "ارمنستان و آذربایجان روز پنجشنبه با میانجیگری قزاقستان ۴۰ اسیر جنگی را مبادله کردند."
    assert _events(text) == [("ARMGOV", "0841", "AZEGOV", "اسیر جنگی را مبادله کردند")]


def test_this_exchange_was_done_through_a_mediator():
    text = EXCHANGE + " این تبادل با میانجیگری قزاقستان انجام شد."
    assert _events(text) == [("ARMGOV", "0841", "AZEGOV", "اسیر جنگی را مبادله کردند"),
                             ("KAZGOV", "045", "ARMGOV", "با میانجیگری"), ("KAZGOV", "045", "AZEGOV", "با میانجیگری")]


def test_this_as_object_of_a_preposition_is_not_the_subject():
    text = EXCHANGE + " گفت‌وگوها درباره این تبادل با میانجیگری قزاقستان انجام شد."
    assert [e for e in _events(text) if e[1] == "045"] == []


def test_agreement_through_a_mediator_keeps_the_mediation():
    text = "ارمنستان و آذربایجان با میانجیگری قزاقستان بر سر آتش‌بس توافق کردند."
    assert sorted(_events(text)) == [("ARMGOV", "0871", "AZEGOV", "آتش\u200cبس توافق کردند"),
                                     ("KAZGOV", "045", "ARMGOV", "با میانجیگری"),
                                     ("KAZGOV", "045", "AZEGOV", "با میانجیگری")]
