"""Quote speakers through the whole pipeline of actors: embassies in a city, bodies named "درباره X",
objects marked by "را" that are not speakers, clause-opening adverbs, unknown names with a title."""
from __future__ import annotations

from rasad.analyze.actors import actors_stage
from rasad.analyze.quotes import quotes_stage
from rasad.events.testing import make_doc


def _speakers(text: str):
    doc = make_doc(text, {})
    doc.published = "2026-06-01"
    doc = quotes_stage(actors_stage(doc))
    return [(q.speaker, q.speaker_text) for q in doc.quotes]


def test_embassy_in_a_city_speaks_and_keeps_speaking_over_an_object():
    text = ("سفارت جمهوری اسلامی در لندن این گزارش را «بی‌اساس» خواند و دولت بریتانیا را به همدستی با "
            "«یک جریان رسانه‌ای ضدایرانی» متهم کرد.")
    got = _speakers(text)
    assert got == [("Embassy of Iran in London", "سفارت جمهوری اسلامی در لندن")] * 2


def test_a_mission_named_with_its_subject():
    text = "هیئت تحقیق سازمان ملل درباره لیبی اعلام کرد که شواهد تازه‌ای از شکنجه زندانیان یافته است."
    assert _speakers(text)[0][1] == "هیئت تحقیق سازمان ملل درباره لیبی"
    # a person is never named with "درباره X"
    text = "وزیر خارجه درباره لیبی گفت که راه‌حل سیاسی است."
    assert _speakers(text)[0][1] == "وزیر خارجه"


def test_clause_opening_adverb_is_not_part_of_the_speaker():
    text = "همزمان خانواده این زندانی اعلام کردند که او دست به اعتصاب غذا زده است."
    assert _speakers(text) == [("خانواده این زندانی", "خانواده این زندانی")]


def test_unknown_name_with_a_title_speaks_by_name():
    text = "بهرام قلی‌زاده‌پور رئیس اتحادیه صادرکنندگان فرش گفت که صادرات کاهش یافته است."
    assert _speakers(text)[0][1] == "بهرام قلی‌زاده‌پور"


def test_anonymous_retired_teacher():
    text = "یکی از معلمان بازنشسته گفت که حقوقش کفاف اجاره را نمی‌دهد."
    assert _speakers(text) == [("unnamed retired teacher", "یکی از معلمان بازنشسته")]


def test_title_named_before_the_person_with_a_filler_word():
    text = ("نماینده ایران در سازمان‌های بین‌المللی اعلام کرد که بازرسی ممکن نیست. "
            "دقایقی بعد رضا نجفی نماینده دائم ایران در وین این درخواست را رد کرد.")
    assert _speakers(text)[0] == ("Reza Najafi", "نماینده ایران")


def test_meanwhile_opens_the_clause():
    text = "در همین حال، منابع قطری اعلام کردند که مذاکره‌کنندگان ماه آینده دیدار می‌کنند."
    assert _speakers(text)[0][1] == "منابع قطری"


def test_demonstrative_title_is_the_speaker_not_a_bare_demonstrative():
    assert _speakers("این مقام آمریکایی گفت که تحریم‌ها ادامه دارد.") == [
        ("این مقام آمریکایی", "این مقام آمریکایی")]
    text = "مارکو روبیو وزیر خارجه آمریکا به ایران هشدار داد. این مقام آمریکایی گفت که تحریم‌ها ادامه دارد."
    assert _speakers(text) == [("Marco Rubio", "این مقام آمریکایی")]


def test_official_of_an_igo_speaks_as_the_title_or_the_person():
    assert _speakers("دبیرکل ناتو در نشست خبری گفت که ائتلاف متحد است.") == [("دبیرکل ناتو", "دبیرکل ناتو")]
    text = "مارک روته دبیرکل ناتو گفت که ائتلاف متحد است. دبیرکل ناتو افزود که روسیه تهدید است."
    assert [sp for sp, _ in _speakers(text)] == ["Mark Rutte", "Mark Rutte"]


def test_quoted_names_and_coordinated_clauses():
    assert _speakers("«فرانکو فراتینی» وزیر امور خارجه ایتالیا روز دوشنبه گفت که اروپا متحد است.")[0][1] == \
        "فرانکو فراتینی"
    assert _speakers('"هرمان وان رامپوی" رئیس شورای اروپا گفت که توافق خوب است.')[0][1] == "هرمان وان رامپوی"
    # "... و «...» را رد کرد": the same subject, never "و"
    got = _speakers("وزیر خارجه گفت: «ما تسلیم نمی‌شویم و ادامه می‌دهیم» و «فشار» را رد کرد.")
    assert [t for _, t in got] == ["وزیر خارجه", "وزیر خارجه"]


def test_subordinate_openers_speech_nouns_and_demonstrative_titles():
    text = ("در حالی که دو روز به نشست شورای امنیت سازمان ملل باقی مانده، نماینده ایران در سازمان‌های "
            "بین‌المللی گفت که ایران آماده است.")
    assert _speakers(text)[0][1] == "نماینده ایران"
    assert _speakers("پس از دیدار با لاوروف، عراقچی گفت که روابط خوب است.") == [("Abbas Araghchi", "عراقچی")]
    text = ("چانگ دونگ یانگ وزیر اتحاد کره جنوبی گفت که مذاکرات ادامه دارد. این وزیر کره‌ای تاکید کرد: "
            "«ما به گفت‌وگو متعهدیم و عقب نمی‌نشینیم».")
    assert _speakers(text)[1] == ("چانگ دونگ یانگ", "این وزیر کره‌ای")


def test_quotes_framed_after_them_and_inside_reported_speech():
    text = "کوباخیدزه نخست‌وزیر گرجستان مخالفان را به طراحی یک «کودتای خیابانی» با پول خارجی متهم کرد."
    assert _speakers(text) == [("Irakli Kobakhidze", "کوباخیدزه")]
    text = ("دونالد ترامپ در گفت‌وگو با این روزنامه گفت که واشنگتن آماده است «در هر شرایطی و در هر کشوری» با رهبران "
            "ایران مذاکره کند.")
    assert _speakers(text) == [("Donald Trump", "دونالد ترامپ")] * 2
    assert _speakers("یک پژوهشگر مؤسسه ملی اقیانوس‌شناسی امروز گفت که سطح آب خزر پایین می‌رود.")[0][0] == "unnamed researcher"


def test_adverb_alone_before_the_verb_is_no_speaker():
    text = ("به گزارش خبرگزاری میزان، اصغر جهانگیر سخنگوی قوه قضاییه روز سه‌شنبه در جمع خبرنگاران گفت که ده متهم بازداشت شده‌اند.\n\n"
            "سخنگوی دستگاه قضا درباره نام متهمان توضیحی نداد و تنها گفت که رسیدگی به این پرونده ادامه دارد.")
    got = _speakers(text)
    assert got and all(sp != "تنها" for sp, _ in got)
    assert got[-1][1] == "سخنگوی دستگاه قضا"


def test_opening_phrase_closed_by_the_first_comma():
    text = ("به گزارش خبرگزاری تسنیم، ولودیمیر زلنسکی رئیس‌جمهور اوکراین گفت که حملات ادامه دارد.\n\n"
            "در مقابل، دمیتری پسکوف، سخنگوی کرملین، در نشست خبری روزانه تأکید کرد که حملات روسیه فقط زیرساخت‌های نظامی را نشانه گرفته است.")
    assert _speakers(text)[-1] == ("Dmitry Peskov", "دمیتری پسکوف")


def test_plural_of_a_silent_h_noun_is_an_unnamed_person():
    text = ("به گزارش خبرگزاری ایلنا، بازنشستگان فولاد مقابل استانداری اصفهان تجمع کردند.\n\n"
            "یکی از بازنشستگان معترض گفت که حقوق ما حتی کفاف هزینه دارو را نمی‌دهد.")
    assert _speakers(text)[-1][0] == "unnamed retiree"


def test_envoy_named_with_the_seat_of_the_mission():
    text = ("به گزارش رادیو فردا، گزارشگر ویژه سازمان ملل گزارش خود را ارائه کرد.\n\n"
            "نماینده ایران در سازمان ملل در واکنش گفت که تهران این سازوکار را به رسمیت نمی‌شناسد.")
    assert _speakers(text)[-1][1] == "نماینده ایران در سازمان ملل"


def test_a_known_name_is_never_cut_in_two():
    text = "یکی از نمایندگان فراکسیون وفاداری به مقاومت گفت که صبر مقاومت حدی دارد."
    assert _speakers(text)[0][1] == "یکی از نمایندگان فراکسیون وفاداری به مقاومت"


def test_unknown_name_in_apposition_to_its_title():
    text = ("سازمان گزارشگران بدون مرز این بازداشت را محکوم کرد.\n\n"
            "رامین کاوسی، مدیر دفتر آسیای این سازمان، گفت که آزادی مطبوعات در خطر است.")
    assert _speakers(text)[-1][1] == "رامین کاوسی"
