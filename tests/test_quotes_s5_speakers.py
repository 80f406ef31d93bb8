"""Speakers of reported speech in four clause shapes. Sentences written for these tests."""
from rasad.pipeline import process


def _speakers(text: str) -> list[tuple[str, str]]:
    doc = process(("به گزارش خبرگزاری ایسنا، " + text).encode("utf-8"))
    return [(q.speaker, q.speaker_text) for q in doc.quotes]


def test_but_clause_keeps_the_subject_of_the_sentence():
    got = _speakers("پاشینیان گفت که این سند گام مهمی است. ماریا زاخارووا سخنگوی وزارت خارجه روسیه از این "
                    "توافق استقبال کرد، اما تأکید کرد که مسکو حضور نیروهای خارجی در منطقه را نمی‌پذیرد.")
    assert got[1] == ("Maria Zakharova", "ماریا زاخارووا")


def test_discourse_opener_with_az_is_no_speaker():
    got = _speakers("از سوی دیگر، نیروهای حافظ صلح اتحادیه آفریقا اعلام کردند که دو کاروان دارو به شهر رسیده است.")
    assert got[0][1] == "نیروهای حافظ صلح اتحادیه آفریقا"


def test_addressee_phrase_is_not_part_of_the_speaker():
    got = _speakers("نخست‌وزیر هند خطاب به نمایندگان پارلمان افزود: «ما هیچ فشاری را نمی‌پذیریم.»")
    assert got == [(got[0][0], "نخست‌وزیر هند")]


def test_title_in_apposition_is_not_part_of_an_unknown_name():
    got = _speakers("سرتیپ کامران عزیزی، فرمانده پاسگاه مرزی میرجاوه، تصریح کرد که مهاجمان به آن سوی مرز "
                    "گریخته‌اند.")
    assert got[0][1] == "سرتیپ کامران عزیزی"


def test_coordinated_speech_verb_takes_the_whole_noun_phrase_of_the_clause_before():
    got = _speakers("مدیرعامل شرکت پیمانکار اما در گفت‌وگو با خبرنگاران این ادعا را رد کرد و گفت که حقوق "
                    "معوق کارگران تا پایان ماه پرداخت خواهد شد.")
    assert got[0][1] == "مدیرعامل شرکت پیمانکار"


def test_outlet_named_before_its_apposition_speaks():
    got = _speakers("حکم یک زندانی اجرا شد. میزان، خبرگزاری قوه قضاییه، با تأیید این خبر مدعی شد که وی عضو "
                    "یک گروه مسلح بوده است.")
    assert got[0][1] == "میزان"


def test_coordinated_speech_verb_after_a_body_that_contains_a_group_word():
    got = _speakers("شورای هماهنگی تشکل‌های معلمان در بیانیه‌ای برخورد ماموران را محکوم کرد و هشدار داد که "
                    "تجمع‌ها ادامه خواهد یافت.")
    assert got[0][1] == "شورای هماهنگی تشکل‌های معلمان"


def test_time_adverb_and_comma_before_a_body_with_va_in_its_name():
    got = _speakers("ساعاتی بعد، سازمان اطلاعات و امنیت استان دیالی اعلام کرد که دو مظنون دستگیر شده‌اند.")
    assert got[0][1] == "سازمان اطلاعات و امنیت استان دیالی"


def test_speech_verb_after_a_relative_clause_keeps_the_main_subject():
    got = _speakers("زلنسکی از متحدان خواست کمک کنند. دیمیتری پسکوف، سخنگوی کرملین، در نشست خبری روزانه "
                    "طرحی را که از سوی مجارستان مطرح شده بود رد کرد و گفت که مسکو تنها توافق جامع را می‌پذیرد.")
    assert got[-1][0] == "Dmitry Peskov"


def test_speech_verb_after_a_comma_closing_a_relative_clause():
    got = _speakers("لوکاس گفت که این قانون لازم است. اسماعیل بقائی، سخنگوی وزارت خارجه، در واکنش، ضمن محکومیت "
                    "این بیانیه که آن را «نمایشی» خواند، تصریح کرد که پارلمان اروپا صلاحیت ندارد.")
    assert got[-1][0] == "Esmaeil Baghaei"


def test_a_body_named_with_its_seat():
    got = _speakers("دولت لیبی مستقر در طرابلس هم اعلام کرد که گروه‌های مسلح را مسئول می‌داند.")
    assert got[0][1] == "دولت لیبی مستقر در طرابلس"
