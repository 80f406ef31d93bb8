"""Arguments (session 7, second argument pass): a city's own bodies ("شورای شهر", "شهرداری")
named bare are of the country the sentence (else the story) is about, even in an Iranian outlet;
with no foreign country about, Iran's. Sentences written for these tests; exact (text, code)."""
from __future__ import annotations

from rasad.analyze.actors import analyze


def _codes(text: str, agency: str = "tasnim") -> list[tuple[str, str]]:
    actors, _ = analyze(text, agency=agency)
    return [(m.text, m.code) for m in actors]


def test_city_council_in_a_foreign_story_is_the_foreign_countrys():
    text = ("پلیس ترکیه روز دوشنبه ده‌ها معترض را در استانبول بازداشت کرد. "
            "در ترکیه شورای شهر با طرح تازه دولت مخالفت کرد.")
    assert ("شورای شهر", "TURGOV") in _codes(text)


def test_city_council_at_home_stays_irans():
    assert _codes("شورای شهر با افزایش نرخ کرایه تاکسی موافقت کرد.") == [("شورای شهر", "IRNGOV")]
