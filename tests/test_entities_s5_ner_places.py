"""Places added to data/places.tsv, context media (تابناک) and name boundaries (ner.py)."""
from rasad.analyze.actors import analyze


def _ents(text):
    return [(text[e.start:e.end], e.type) for e in analyze(text)[1]]


def _codes(text):
    return {text[e.start:e.end]: e.code for e in analyze(text)[1]}


def test_new_world_places():
    text = ("درگیری‌ها در کیووی شمالی و منطقه شاخ آفریقا ادامه دارد و ارتش در نزدیکی ساگاینگ و "
            "مواضعی در قندیل را هدف گرفت؛ کشتی‌ها در کارائیب گشت می‌زنند.")
    ents = _ents(text)
    for item in [("کیووی شمالی", "GPE"), ("شاخ آفریقا", "LOC"), ("ساگاینگ", "GPE"), ("قندیل", "LOC"),
                 ("کارائیب", "LOC")]:
        assert item in ents, item
    assert ("آفریقا", "LOC") not in ents
    codes = _codes(text)
    assert codes["کیووی شمالی"].startswith("COD") and codes["ساگاینگ"].startswith("MMR")


def test_tabnak_after_report_cue():
    text = "به گزارش تابناک، وزیر نیرو از افتتاح سد جدید خبر داد. چهره‌ای تابناک در تاریخ دارد."
    ents = _ents(text)
    assert ents.count(("تابناک", "ORG")) == 1
    assert text[[e for e in analyze(text)[1] if e.text == "تابناک"][0].start - 9:].startswith("به گزارش")


def test_title_is_never_a_given_name():
    text = "امیر سرتیپ عبدالرحیم موسوی روز سه‌شنبه از پادگان بازدید کرد."
    ents = _ents(text)
    assert ("امیر سرتیپ", "PER") not in ents
    assert ("عبدالرحیم موسوی", "PER") in ents


def test_name_after_title_stops_at_month_word():
    text = "آقای فرهمندپور ماه گذشته به پنج سال زندان محکوم شد."
    assert ("فرهمندپور", "PER") in _ents(text)


def test_ship_named_after_person_is_no_person():
    text = "ناو هواپیمابر هری ترومن همراه دو ناوشکن وارد آب‌های منطقه شد."
    assert not any(t == "PER" for _, t in _ents(text))


def test_idiom_after_given_name_is_no_person():
    text = "دو کشور بر حسن همجواری و حسن نیت تاکید کردند."
    assert not any(t == "PER" for _, t in _ents(text))


def test_border_town_with_ordinary_word_name():
    text = "صدها زائر از مرز مهران به کشور بازگشتند و کامیون‌ها در گذرگاه مرزی چمن ماندند."
    ents = analyze(text)[1]
    got = {(text[e.start:e.end], e.type, e.code) for e in ents}
    assert ("مهران", "GPE", "IRN") in got and ("چمن", "GPE", "PAK") in got
    assert not any(text[e.start:e.end].startswith("گذرگاه") for e in ents)


def test_crossing_is_named_by_its_town_and_grass_is_no_place():
    text = "گذرگاه چمن پس از درگیری بسته شد. کودکان روی چمن پارک بازی می‌کردند."
    got = [(text[e.start:e.end], e.type) for e in analyze(text)[1]]
    assert got.count(("چمن", "GPE")) == 1
