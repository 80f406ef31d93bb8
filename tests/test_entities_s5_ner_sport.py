"""Sports pages: clubs and leagues (data/clubs.tsv) and stadiums named after ordinary words."""
from rasad.analyze.actors import analyze


def _ents(text):
    return [(text[e.start:e.end], e.type) for e in analyze(text)[1]]


SPORT = ("در هفته دهم لیگ برتر فوتبال، استقلال در ورزشگاه آزادی میزبان ملوان بود و سرمربی استقلال "
         "پس از بازی از بازیکنان جوان تیمش تشکر کرد. ")


def test_clubs_on_a_sport_page():
    ents = _ents(SPORT)
    assert ("استقلال", "ORG") in ents and ("ملوان", "ORG") in ents
    assert ents.count(("استقلال", "ORG")) == 2
    assert ("ورزشگاه آزادی", "LOC") in ents


def test_club_words_elsewhere_are_no_entities():
    text = "نمایندگان مجلس بر استقلال قوه قضاییه تاکید کردند و تراکتور جدید به کشاورزان تحویل شد."
    assert all(t != "ORG" or s not in ("استقلال", "تراکتور") for s, t in _ents(text))


def test_league_swallows_its_continent():
    text = ("تیم فوتبال سپاهان در مرحله گروهی لیگ نخبگان آسیا به مصاف النصر رفت؛ سرمربی سپاهان "
            "گفت بازیکنان برای این دیدار آماده‌اند.")
    ents = _ents(text)
    assert ("لیگ نخبگان آسیا", "ORG") in ents
    assert ("آسیا", "LOC") not in ents
    assert ("سپاهان", "ORG") in ents and ("النصر", "ORG") in ents


def test_stadium_name_stops_before_predicate_and_at_city():
    text = ("سرمربی تیم فوتبال فولاد گفت بازیکنان ما حریف را در ورزشگاه آزادی شکست دادند. "
            "دیدار بعدی در ورزشگاه نقش جهان اصفهان برگزار می‌شود.")
    ents = _ents(text)
    assert ("ورزشگاه آزادی", "LOC") in ents
    assert ("ورزشگاه نقش جهان", "LOC") in ents
    assert ("اصفهان", "GPE") in ents
    assert not any(s.startswith("ورزشگاه آزادی ش") for s, _ in ents)


def test_everyday_halves_and_players_make_no_sport_page():
    text = ("تولید فولاد در نیمه اول سال افزایش یافت و در نیمه دوم سال ساخت تراکتور رشد کرد؛ وزیر صنعت "
            "گفت ایران بازیکن اصلی بازار منطقه است و استقلال اقتصادی را دنبال می‌کند.")
    assert not [s for s, t in _ents(text) if t == "ORG"]


def test_describing_word_after_stadium_is_no_name():
    text = "سرمربی تیم فوتبال گفت ورزشگاه محل بازی در لیگ برتر آماده نیست و ورزشگاه بزرگ شهر تعطیل است."
    assert not [s for s, t in _ents(text) if s.startswith("ورزشگاه")]
