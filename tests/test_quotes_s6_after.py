"""A direct quote that opens its sentence, with the speaker in the clause after it:
"«...»، X در ادامه گفت." / "«...»؛ این را X به خبرنگاران گفت." Sentences written for these tests."""
from __future__ import annotations

from rasad.pipeline import process

HEAD = ("خانه\n\nسیاسی\n\nنشست خبری هفتگی سخنگوی دولت در تهران\n\n"
        "به گزارش خبرگزاری مهر، نشست خبری هفتگی سخنگوی دولت صبح امروز در تهران برگزار شد.\n\n")


def _direct(sentence: str):
    doc = process((HEAD + sentence + "\n\nانتهای پیام/").encode())
    return [(q.speaker_text, q.text) for q in doc.quotes if q.direct], doc


def test_speaker_after_a_comma():
    got, _ = _direct("«دولت برای مهار تورم برنامه‌ای سه‌ساله دارد»، فاطمه مهاجرانی در ادامه افزود.")
    assert got == [("فاطمه مهاجرانی", "دولت برای مهار تورم برنامه‌ای سه‌ساله دارد")]


def test_speaker_in_an_in_ra_clause_after():
    got, doc = _direct("«هیچ مذاکره‌ای زیر سایه تهدید انجام نمی‌شود»؛ این را عباس عراقچی پس از دیدار به خبرنگاران گفت.")
    assert got == [("عباس عراقچی", "هیچ مذاکره‌ای زیر سایه تهدید انجام نمی‌شود")]
    q = next(q for q in doc.quotes if q.direct)
    assert doc.text[q.start:q.end] == q.text


def test_speaker_of_a_sentence_pointing_back_with_a_verb_of_saying():
    got, _ = _direct("«صبر مردم منطقه حدی دارد و این حد نزدیک است»؛ نعیم قاسم، دبیرکل حزب‌الله، "
                     "این جمله را در سخنرانی تلویزیونی بر زبان آورد.")
    assert got == [("نعیم قاسم", "صبر مردم منطقه حدی دارد و این حد نزدیک است")]


def test_no_quote_when_the_clause_after_is_not_speech():
    got, _ = _direct("«بازار سهام امروز سه درصد افت کرد»، شاخص کل در پایان معاملات به دو میلیون واحد رسید.")
    assert got == []
    got, _ = _direct("«آمریکا باید تحریم‌ها را فوراً لغو کند»؛ عراقچی این را نپذیرفت و رد کرد.")
    assert got == []


def test_time_of_day_is_not_part_of_the_speaker():
    doc = process((HEAD + "فرماندار بندرعباس بعدازظهر دیروز در نشست شورای اداری اعلام کرد که لایروبی اسکله "
                   "تا پایان ماه تمام می‌شود.\n\nانتهای پیام/").encode())
    assert [q.speaker_text for q in doc.quotes] == ["فرماندار بندرعباس"]
