"""Quotes: direct «...» and reported speech (verb + که), speakers through pronouns and titles."""
from __future__ import annotations

import pytest

from rasad.analyze.quotes import quotes_stage
from rasad.events.testing import make_doc

ACTORS = {
    "سرگئی لاوروف": ("RUSGOV", "Sergey Lavrov", "PER"), "لاوروف": ("RUSGOV", "Sergey Lavrov", "PER"),
    "وزیر امور خارجه روسیه": ("RUSGOV", None, None), "وزیر خارجه روسیه": ("RUSGOV", None, None),
    "وزارت دفاع روسیه": ("RUSMIL", "Ministry of Defence of Russia", "ORG"),
    "اسماعیل بقائی": ("IRNGOV", "Esmaeil Baghaei", "PER"), "ایسنا": (None, None, "ORG"),
    "رویترز": (None, None, "ORG"), "ایران": ("IRN", None, "GPE"), "آمریکا": ("USA", None, "GPE"),
}


def _quotes(text: str):
    doc = quotes_stage(make_doc(text, ACTORS))
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
    return [(q.speaker, q.speaker_text, q.direct, q.text) for q in doc.quotes]


def test_direct_quote_after_colon():
    assert _quotes("لاوروف گفت: «ما خواستار همکاری بیشتر با همه کشورها هستیم.»") == [
        ("Sergey Lavrov", "لاوروف", True, "ما خواستار همکاری بیشتر با همه کشورها هستیم")]


def test_reported_speech_runs_to_sentence_end():
    assert _quotes("وزارت دفاع روسیه اعلام کرد که دو پهپاد را سرنگون کرده است.") == [
        ("Ministry of Defence of Russia", "وزارت دفاع روسیه", False, "دو پهپاد را سرنگون کرده است")]


@pytest.mark.parametrize("verb", ["تأکید کرد", "تاکید کرده بود", "تصریح کرد", "هشدار داد", "خاطرنشان کرد",
                                  "یادآور شد", "اظهار داشت", "ادامه داد", "عنوان کرد", "مدعی شد", "افزود",
                                  "می‌گوید", "اعلام کرده است"])
def test_every_speech_verb(verb):
    got = _quotes(f"لاوروف {verb} که غرب مسئول بحران است.")
    assert got == [("Sergey Lavrov", "لاوروف", False, "غرب مسئول بحران است")]


def test_pronoun_and_title_resolve_to_person():
    text = ("سرگئی لاوروف وزیر امور خارجه روسیه روز دوشنبه با همتای خود دیدار کرد. "
            "وی گفت که روابط دو کشور رو به گسترش است. "
            "وزیر خارجه روسیه افزود که مذاکرات ادامه خواهد داشت.")
    got = _quotes(text)
    assert [(g[0], g[1]) for g in got] == [("Sergey Lavrov", "وی"), ("Sergey Lavrov", "وزیر خارجه روسیه")]


@pytest.mark.parametrize("text", [
    "لاوروف از آمریکا خواست که تحریم‌ها را لغو کند.",
    "لاوروف خواستار شد که تحریم‌ها لغو شود.",
    "به گفته لاوروف، مذاکرات ادامه دارد.",
    "کارشناسان می‌گویند مذاکرات ادامه دارد.",
    "رویترز گزارش داد که مذاکرات ادامه دارد.",
    "لاوروف پس از دیدار با بقائی گفت‌وگو کرد.",
])
def test_not_quotes(text):
    assert _quotes(text) == []


def test_nested_attribution_speaker_is_the_spokesperson():
    got = _quotes("به گزارش ایسنا به نقل از رویترز، اسماعیل بقائی گفت که ایران آماده مذاکره است.")
    assert got == [("Esmaeil Baghaei", "اسماعیل بقائی", False, "ایران آماده مذاکره است")]


def test_anonymous_speaker():
    got = _quotes("یک کارگر گفت: «ما سه ماه است حقوق نگرفته‌ایم.»")
    assert got == [("unnamed worker", "یک کارگر", True, "ما سه ماه است حقوق نگرفته‌ایم")]


def test_short_guillemets_are_not_quotes():
    assert _quotes("به گزارش خبرگزاری «نووستی»، لاوروف به تهران رفت.") == []


def test_adversarial_long_line_is_fast():
    text = "«" * 2000 + " گفت که " * 2000 + "»" * 2000
    quotes_stage(make_doc(text, {}))


def test_short_quote_named_by_verb_after_it():
    got = _quotes("اسماعیل بقائی این اتهامات را «بی‌پایه» خواند.")
    assert got == [("Esmaeil Baghaei", "اسماعیل بقائی", True, "بی‌پایه")]


def test_speaker_noun_phrase_without_actor():
    got = _quotes("دبیر جشنواره گفت که بیش از نیمی از آثار برای نخستین بار اجرا می‌شود.")
    assert got == [("دبیر جشنواره", "دبیر جشنواره", False, "بیش از نیمی از آثار برای نخستین بار اجرا می‌شود")]


def test_coordinated_clause_shares_the_speaker():
    got = _quotes("وزارت دفاع روسیه این گزارش را تکذیب کرد و مدعی شد که پهپادها سرنگون شده‌اند.")
    assert [(g[0], g[3]) for g in got] == [("Ministry of Defence of Russia", "پهپادها سرنگون شده‌اند")]
