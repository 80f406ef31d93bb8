"""Speakers of reported speech in four clause shapes. Sentences written for these tests."""
from rasad.pipeline import process


def _speakers(text: str) -> list[tuple[str, str]]:
    doc = process(("به گزارش خبرگزاری ایسنا، " + text).encode("utf-8"))
    return [(q.speaker, q.speaker_text) for q in doc.quotes]


def test_but_clause_keeps_the_subject_of_the_sentence():
    got = _speakers("علی‌اف گفت که این یادداشت تفاهم به سود دو کشور است. ماریا زاخارووا در نشست هفتگی با "
                    "خبرنگاران تمدید آتش‌بس را مثبت خواند، اما تأکید کرد که روسیه پایگاه ناتو در قفقاز را تحمل نمی‌کند.")
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
    got = _speakers("مدیرعامل شرکت پیمانکار روز سه‌شنبه هرگونه تهدید کارگران را نادرست دانست و گفت که حقوق "
                    "معوق کارگران تا پایان ماه پرداخت خواهد شد.")
    assert got[0][1] == "مدیرعامل شرکت پیمانکار"


def test_outlet_named_before_its_apposition_speaks():
    got = _speakers("دادگاه رأی پرونده را صادر کرد. میزان، خبرگزاری قوه قضاییه، روز دوشنبه مدعی شد که متهم "
                    "اسناد طبقه‌بندی‌شده را به بیرون فرستاده است.")
    assert got[0][1] == "میزان"


def test_coordinated_speech_verb_after_a_body_that_contains_a_group_word():
    got = _speakers("شورای هماهنگی تشکل‌های معلمان روز پنجشنبه با انتشار نامه‌ای کاهش بودجه آموزش را نقد کرد "
                    "و هشدار داد که اعتصاب سراسری در راه است.")
    assert got[0][1] == "شورای هماهنگی تشکل‌های معلمان"


def test_time_adverb_and_comma_before_a_body_with_va_in_its_name():
    got = _speakers("ساعاتی بعد، سازمان اطلاعات و امنیت استان دیالی اعلام کرد که دو مظنون دستگیر شده‌اند.")
    assert got[0][1] == "سازمان اطلاعات و امنیت استان دیالی"


def test_speech_verb_after_a_relative_clause_keeps_the_main_subject():
    got = _speakers("زلنسکی از متحدان خواست کمک کنند. دیمیتری پسکوف، سخنگوی کرملین، روز جمعه طرحی را که از سوی "
                    "مجارستان ارائه شده بود رد کرد و افزود که روسیه فقط یک توافق فراگیر را می‌پذیرد.")
    assert got[-1][0] == "Dmitry Peskov"


def test_speech_verb_after_a_comma_closing_a_relative_clause():
    got = _speakers("لوکاس گفت که این قانون لازم است. اسماعیل بقائی، سخنگوی وزارت خارجه، در واکنش، ضمن محکومیت "
                    "این بیانیه که آن را «نمایشی» خواند، تصریح کرد که پارلمان اروپا صلاحیت ندارد.")
    assert got[-1][0] == "Esmaeil Baghaei"


def test_a_body_named_with_its_seat():
    got = _speakers("دولت لیبی مستقر در طرابلس هم اعلام کرد که گروه‌های مسلح را مسئول می‌داند.")
    assert got[0][1] == "دولت لیبی مستقر در طرابلس"


def test_whole_phrase_never_runs_into_the_object_and_the_verb():
    got = _speakers("شورای هماهنگی تشکل‌های پرستاران بیانیه‌ای صادر کرد و گفت که اعتراض‌ها ادامه دارد.")
    assert "صادر" not in got[0][1] and "بیانیه" not in got[0][1]
