"""Organisation spans: military bases are sites, a trade after "شرکت" is no name, and a unit's
dictionary name runs over the longer form of its parent ("نیروی زمینی سپاه" + "سپاه پاسداران")."""
from rasad.analyze.actors import analyze


def _ents(text):
    return [(text[e.start:e.end], e.type) for e in analyze(text)[1]]


def test_generic_base_is_no_entity_named_base_is_a_site():
    text = "پهپادها یک پایگاه نظامی در نزدیکی مرز را هدف گرفتند و پایگاه الظفره نیز آسیب دید."
    ents = _ents(text)
    assert not any(s.startswith("پایگاه نظامی") for s, _ in ents)
    assert ("پایگاه الظفره", "LOC") in ents
    assert not any(t == "ORG" and s.startswith("پایگاه") for s, t in ents)


def test_trade_after_company_is_no_name():
    text = "کارگران شرکت پیمانکار و یک شرکت هواپیمایی خصوصی مقابل فرمانداری تجمع کردند."
    assert not any(s.startswith("شرکت") for s, _ in _ents(text))


def test_named_company_is_kept():
    text = "شرکت ملی گاز ایران از افزایش صادرات خبر داد."
    assert ("شرکت ملی گاز ایران", "ORG") in _ents(text)


def test_unit_name_runs_over_parent_long_form():
    text = "فرمانده نیروی زمینی سپاه پاسداران از رزمایش در مرزهای غربی خبر داد."
    analysis = analyze(text)
    assert ("نیروی زمینی سپاه پاسداران", "ORG") in [(text[e.start:e.end], e.type) for e in analysis[1]]
    assert not any(text[e.start:e.end] == "پاسداران" for e in analysis[1])
    assert any(a.code == "IRNMIL" and a.text.endswith("سپاه پاسداران") for a in analysis[0])


def test_group_named_after_jamaat_head_stops_before_adverb():
    text = "جماعت انصار الدین همچنان بر بخش‌هایی از شمال کشور تسلط دارد."
    assert ("جماعت انصار الدین", "ORG") in _ents(text)


def test_party_name_stops_before_predicative():
    text = "حزب نوسازی ملی مدعی شد که در انتخابات تقلب شده است."
    ents = _ents(text)
    assert ("حزب نوسازی ملی", "ORG") in ents
    assert not any("مدعی" in s for s, _ in ents)


def test_court_named_by_its_seat():
    text = "وکلای دو کشور در دیوان لاهه حاضر شدند."
    ents = _ents(text)
    assert ("دیوان لاهه", "ORG") in ents and ("لاهه", "GPE") not in ents


def test_radio_station_keeps_its_head():
    text = "به گزارش رادیو آسیای آزاد، نیروهای دولتی روستا را محاصره کردند و رادیو فرانسه نیز خبر را تایید کرد."
    ents = _ents(text)
    assert ("رادیو آسیای آزاد", "ORG") in ents and ("رادیو فرانسه", "ORG") in ents
    assert ("فرانسه", "GPE") not in ents
