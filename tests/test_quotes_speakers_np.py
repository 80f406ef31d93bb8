"""The speaker's noun phrase ends before a time span ("ساعتی بعد", "ظرف دو روز"), which a clause
opening with such a span still skips."""
from __future__ import annotations

import rasad


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = rasad.process("عنوان خبر درباره لبنان و اسرائیل در روز شنبه\n\n" + text)
    return [(q.speaker_text, q.text) for q in doc.quotes]


def test_time_span_after_the_subject_is_not_part_of_the_speaker():
    body = ("به گزارش خبرگزاری مهر، یک جنگنده اسرائیلی بامداد سه‌شنبه ساختمانی را در شهر صور بمباران کرد.\n\n"
            "ارتش اسرائیل ساعتی بعد با انتشار بیانیه‌ای اعلام کرد: «دو تن از کشته‌شدگان از فرماندهان یک واحد موشکی بوده‌اند.»\n\n"
            "انتهای پیام/\n")
    (speaker, quote), = [s for s in _speakers(body) if "فرماندهان" in (s[1] or "")]
    assert speaker == "ارتش اسرائیل"


def test_a_clause_opening_with_a_time_span_still_finds_its_speaker():
    body = ("به گزارش خبرگزاری مهر، وزیر دفاع اسرائیل روز جمعه ایران را تهدید کرد.\n\n"
            "ساعاتی بعد، امیر علی رضایی، فرمانده نیروی زمینی ارتش، هشدار داد که هرگونه ماجراجویی "
            "با «پاسخی سخت و پشیمان‌کننده» مواجه خواهد شد.\n\nانتهای پیام/\n")
    speakers = [s for s, q in _speakers(body) if "پشیمان" in (q or "")]
    assert speakers and all(s and "رضایی" in s for s in speakers)


def test_second_speech_verb_after_a_complement_is_the_first_speaker_again():
    body = ("به گزارش خبرگزاری مهر، بازار ارز تهران روز دوشنبه با نوسان شدیدی روبه‌رو شد.\n\n"
            "وزیر اقتصاد در جمع خبرنگاران ابراز امیدواری کرد که بازار سرمایه ظرف یک ماه آینده به روال "
            "عادی بازمی‌گردد و تأکید کرد که «منابع ارزی دولت برای تأمین کالاهای اساسی کافی است».\n\nانتهای پیام/\n")
    speakers = [s for s, q in _speakers(body) if "منابع" in (q or "")]
    assert speakers == ["وزیر اقتصاد"]


def test_the_object_after_the_last_comma_is_not_the_speaker():
    body = ("به گزارش خبرگزاری مهر، دیوان دادگستری بین‌المللی روز پنجشنبه رأی خود را صادر کرد.\n\n"
            "در مقابل، رئیس‌جمهور گویان، از داوران دادگاه برای «دفاع از مرزهای شناخته‌شده» تشکر کرد.\n\nانتهای پیام/\n")
    speakers = [s for s, q in _speakers(body) if "مرزهای" in (q or "")]
    assert speakers == ["رئیس‌جمهور گویان"]


def test_a_clause_that_is_only_the_speech_verb_takes_the_speaker_before_it():
    body = ("به گزارش خبرگزاری فارس، دیدار دو تیم با تساوی یک بر یک به پایان رسید.\n\n"
            "سرمربی تراکتور اما از تصمیم کمک‌داور انتقاد داشت و تصریح کرد: «پنالتی ما را هیچ‌کس ندید و این عادلانه نیست.»\n\n"
            "انتهای پیام/\n")
    speakers = [s for s, q in _speakers(body) if "پنالتی" in (q or "")]
    assert speakers == ["سرمربی تراکتور"]


def test_speech_verb_after_a_comma_closing_a_manner_phrase():
    body = ("به گزارش ایسنا، معاون وزیر بهداشت روز دوشنبه درباره آنفلوانزا سخن گفت.\n\n"
            "شهناز خسروی با بیان اینکه واکسن به اندازه کافی در استان‌ها توزیع شده است، تصریح کرد: «سالمندان و "
            "بیماران خاص هنوز واکسینه نشده‌اند.»\n\nانتهای پیام/\n")
    speakers = [s for s, q in _speakers(body) if "سالمندان" in (q or "")]
    assert speakers and all("خسروی" in s for s in speakers)
