"""Arguments (session 7, second argument pass): a dictionary person of a family-name-first country
("شی جین‌پینگ") later named by the family name alone before a speech verb ("شی گفت") is the same
person; the ordinary word "شی" (a thing) stays no actor. Sentences written for these tests."""
from __future__ import annotations

from rasad.analyze.actors import analyze


def _people(text: str) -> list[tuple[str, str, int]]:
    actors, _ = analyze(text, agency="irna")
    return [(a.text, a.code, a.start) for a in actors if a.type == "PER"]


def test_xi_alone_before_a_speech_verb_is_xi_jinping():
    text = ("شی جین‌پینگ روز سه‌شنبه در پکن با نخست‌وزیر پاکستان دیدار کرد. "
            "شی افزود همکاری دو کشور ادامه می‌یابد.")
    people = _people(text)
    assert people[0][:2] == ("شی جین\u200cپینگ", "CHNGOV")
    start = text.index("شی افزود")
    assert ("شی", "CHNGOV", start) in people


def test_the_word_shey_is_no_person():
    text = "شی جین‌پینگ روز سه‌شنبه سخنرانی کرد. هر شی در این انبار بازرسی شد."
    assert [p for p in _people(text) if p[0] == "شی"] == []


def test_no_xi_without_the_full_name():
    assert [p for p in _people("شی گفت که این طرح اجرا می‌شود.") if p[0] == "شی"] == []
