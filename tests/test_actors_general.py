"""General failure classes of actors: default countries of untitled offices, noise, groups (Persian)."""
from __future__ import annotations

from rasad.analyze.actors import analyze


def acts(text):
    return [(a.text, a.code) for a in analyze(text, "2026-06-01")[0]]


def ents(text):
    return [(e.text, e.type, e.code) for e in analyze(text, "2026-06-01")[1]]


def test_untitled_iranian_offices_are_iran_in_a_foreign_story():
    text = ("سخنگوی وزارت امور خارجه درباره تحریم‌های تازه آمریکا گفت آمریکا و متحدانش در منطقه "
            "شکست خورده‌اند و آمریکا باید پاسخگو باشد.")
    assert acts(text)[0] == ("سخنگوی وزارت امور خارجه", "IRNGOV")
    assert ents(text)[0] == ("وزارت امور خارجه", "ORG", "IRNGOV")


def test_government_parliament_judiciary_without_country():
    text = "سخنگوی دولت گفت مجلس و قوه قضاییه با طرح فرانسه و پیشنهاد فرانسه مخالف‌اند."
    got = dict(acts(text))
    assert got["سخنگوی دولت"] == "IRNGOV"
    assert got["مجلس"] == "IRNLEG"
    assert got["قوه قضاییه"] == "IRNJUD"


def test_office_named_with_a_country_earlier_keeps_it():
    text = "وزیر امور خارجه ترکیه وارد بغداد شد. وزیر امور خارجه در این سفر گفت."
    assert acts(text)[-1] == ("وزیر امور خارجه", "TURGOV")
    text = "وزارت خارجه آلمان بیانیه داد. وزارت خارجه همچنین اعلام کرد."
    assert acts(text)[-1] == ("وزارت خارجه", "DEUGOV")


def test_our_country_is_iran():
    text = "وزیر خارجه کشورمان در سفر به مسقط با همتای عمانی و مقامات انگلیس و انگلیس دیدار کرد."
    assert acts(text)[0] == ("وزیر خارجه کشورمان", "IRNGOV")
    assert all(e[0] != "کشورمان" for e in ents(text))
