"""Coverage pass of the actor dictionary (late 2026): officials of many more countries and IGOs,
capitals, outlets, role words for bodies Iran does not have, members of an IGO, dyads.

All sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from rasad.analyze.actors import analyze


def actors(text, published="2026-05-01", agency="tasnim"):
    return [(a.text, a.code) for a in analyze(text, published, agency)[0]]


def entities(text, published="2026-05-01", agency="tasnim"):
    return [(e.text, e.type, e.code) for e in analyze(text, published, agency)[1]]


@pytest.mark.parametrize("text,name,code", [
    ("آلبرتو فرناندز در بوئنوس آیرس سخنرانی کرد", "آلبرتو فرناندز", "ARGGOV"),
    ("عزیز اخنوش نخست‌وزیر مراکش گفت", "عزیز اخنوش", "MARGOV"),
    ("پیترو پارولین در واتیکان گفت", "پیترو پارولین", "VATGOV"),
    ("ماتئو پیانتدوزی افزود", "ماتئو پیانتدوزی", "ITAGOV"),
    ("مارگاریتا روبلس اعلام کرد", "مارگاریتا روبلس", "ESPMIL"),
    ("الحسن واتارا گفت", "الحسن واتارا", "CIVGOV"),
    ("حمزه عبدی بری تأکید کرد", "حمزه عبدی بری", "SOMGOV"),
    ("محمد البخیتی هشدار داد", "محمد البخیتی", "YEMREB"),
    ("مراد قره‌ییلان گفت", "مراد قره‌ییلان", "TURREB"),
    ("لای چینگ‌ته در تایپه گفت", "لای چینگ‌ته", "TWNGOV"),
    ("آنیس کالامار گفت", "آنیس کالامار", "NGOAMN"),
])
def test_new_officials(text, name, code):
    assert (name, code) in actors(text)
    assert (name, "PER", code) in entities(text)


def test_date_ranged_roles_of_new_officials():
    # Nikos Dendias: foreign minister until 2023, then defence minister
    assert actors("نیکوس دندیاس گفت", "2022-03-01") == [("نیکوس دندیاس", "GRCGOV")]
    assert actors("نیکوس دندیاس گفت", "2025-03-01") == [("نیکوس دندیاس", "GRCMIL")]


def test_surnames_that_are_words_stay_out():
    # "برنز" (bronze), "کامرون" (Cameroon), "جانسون" (two officials) are no surname entries
    assert actors("مدال برنز را گرفت") == []
    assert actors("دیوید کامرون و کامرون") == [("دیوید کامرون", "GBRGOV"), ("کامرون", "CMR")]


@pytest.mark.parametrize("text,expected", [
    ("ابراهیم تراوره در واگادوگو گفت", [("ابراهیم تراوره", "BFAMIL"), ("واگادوگو", "BFAGOV")]),
    ("نیامی و باماکو بیانیه دادند", [("نیامی", "NERGOV"), ("باماکو", "MLIGOV")]),
    ("تایپه اعلام کرد", [("تایپه", "TWNGOV")]),
    ("آفریکام اعلام کرد", [("آفریکام", "USAMIL")]),
    ("اکوواس هشدار داد", [("اکوواس", "IGOWAS")]),
])
def test_capitals_metonyms_and_igos(text, expected):
    assert actors(text) == expected


def test_direction_plus_region_is_the_region():
    assert entities("کشورهای جنوب شرق آسیا") == [("آسیا", "LOC", None)]


def test_outlets():
    # outlets are named by their short name (the conventions accept it)
    assert entities("به گزارش خبرگزاری پرس تراست هند") == [("پرس تراست هند", "ORG", "INDMED")]
    assert entities("روزنامه لوموند نوشت") == [("لوموند", "ORG", "FRAMED")]


@pytest.mark.parametrize("text,expected", [
    ("امیر قطر گفت", [("امیر قطر", "QATGOV")]),
    ("سلطان عمان گفت", [("سلطان عمان", "OMNGOV")]),
    ("فرهنگیان تجمع کردند", [("فرهنگیان", "IRNEDU")]),
    ("کسبه بازار اعتصاب کردند", [("کسبه", "IRNBUS")]),
    ("مجلس عوام رای داد", [("مجلس عوام", "GBRLEG")]),
    ("تفنگداران دریایی آمریکا پیاده شدند", [("تفنگداران دریایی آمریکا", "USAMIL")]),
    ("کماندوهای اسرائیلی وارد شدند", [("کماندوهای اسرائیلی", "ISRMIL")]),
    ("مشاور امنیت ملی آمریکا گفت", [("مشاور امنیت ملی آمریکا", "USAGOV")]),
    ("روزنامه‌های آمریکایی نوشتند", [("روزنامه‌های آمریکایی", "USAMED")]),
    ("وزارت امنیت داخلی اعلام کرد", [("وزارت امنیت داخلی", "USAGOV")]),
    ("رؤسای جمهور ایران و ترکیه دیدار کردند", [("رؤسای جمهور ایران", "IRNGOV"), ("ترکیه", "TURGOV")]),
    ("نخست‌وزیران روسیه و چین دیدار کردند", [("نخست‌وزیران روسیه", "RUSGOV"), ("چین", "CHNGOV")]),
    ("ارتش آزادی‌بخش خلق چین رزمایش کرد", [("ارتش آزادی‌بخش خلق چین", "CHNMIL")]),
])
def test_role_words(text, expected):
    assert actors(text) == expected


def test_tail_roles_alone_are_no_actors():
    assert actors("امیر گفت") == []
    assert actors("روزنامه‌ها را خواند") == []


def test_bodies_iran_does_not_have():
    # a bare "کنگره"/"مجلس نمایندگان" is never Iran's, even in an Iranian outlet
    assert actors("نمایندگان کنگره رای دادند") == [("نمایندگان کنگره", "USALEG")]
    assert actors("سنا رای داد") == [("سنا", "USALEG")]
    text = "دولت عراق گفت مجلس نمایندگان طرح را تصویب کرد"
    assert actors(text) == [("دولت عراق", "IRQGOV"), ("مجلس نمایندگان", "IRQLEG")]
    assert actors("مجلس طرح را تصویب کرد") == [("مجلس", "IRNLEG")]


def test_police_and_guards_with_their_country_are_organizations():
    assert entities("پلیس بلژیک اعلام کرد") == [("پلیس بلژیک", "ORG", "BELCOP")]
    assert entities("گارد ساحلی ژاپن گفت") == [("گارد ساحلی ژاپن", "ORG", "JPNCOP")]
    assert entities("پلیس اعلام کرد") == []


def test_members_of_an_igo():
    text = "وزیران خارجه ۱۲ کشور عضو اتحادیه اروپا در نامه‌ای خواستار تحریم‌های تازه شدند"
    assert actors(text)[0] == ("وزیران خارجه ۱۲ کشور عضو اتحادیه اروپا", "IGOEUR")
    assert actors("وزرای دفاع کشورهای عضو ناتو گفتند") == [("وزرای دفاع کشورهای عضو ناتو", "IGOWSTNAT")]


def test_both_sides_are_no_single_country():
    assert actors("وزیر خارجه ترکیه وارد تهران شد و وزیران دو کشور سند امضا کردند") == [
        ("وزیر خارجه ترکیه", "TURGOV"), ("تهران", "IRNGOV")]


def test_offsets_are_spans_of_text():
    text = "نمایندگان ۱۵ کشور عضو شورای امنیت و امیر کویت و فرستاده آمریکا گفتند"
    for a in analyze(text)[0]:
        assert text[a.start:a.end] == a.text


@pytest.mark.parametrize("text,expected", [
    # a governing group after a country shares the plural role: the Taliban's forces are AFGMIL
    ("نیروهای پاکستان و طالبان درگیر شدند", [("نیروهای پاکستان", "PAKMIL"), ("طالبان", "AFGMIL")]),
    # a military government is a government
    ("دولت نظامی بورکینافاسو اعلام کرد", [("دولت نظامی بورکینافاسو", "BFAGOV")]),
    ("کلیسای کاتولیک کلمبیا میانجیگری کرد", [("کلیسای کاتولیک کلمبیا", "COLREL")]),
    ("دو تن از نمایندگان فراکسیون وفاداری به مقاومت گفتند",
     [("نمایندگان فراکسیون وفاداری به مقاومت", "LBNLEG")]),
    ("مواضع گروهک‌های تجزیه‌طلب بمباران شد", [("گروهک‌های تجزیه‌طلب", "IRNREB")]),
    ("سازمان گزارشگران بدون مرز و کمیته حمایت از روزنامه‌نگاران خواستار آزادی او شدند",
     [("سازمان گزارشگران بدون مرز", "NGORSF"), ("کمیته حمایت از روزنامه‌نگاران", "NGOCPJ")]),
])
def test_more_role_words_and_groups(text, expected):
    assert actors(text) == expected


def test_commands_have_an_english_name_for_speakers():
    got = [(a.text, a.code, a.canonical) for a in analyze("فرماندهی مرکزی ارتش آمریکا اعلام کرد")[0]]
    assert got == [("فرماندهی مرکزی ارتش آمریکا", "USAMIL", "US Central Command")]


def test_places_facilities_and_outlets_of_the_region():
    text = "به نقل از شفق‌نیوز، حکومت اقلیم کردستان در کویه اعلام کرد که زندان اوین و سلطنت عمان"
    assert entities(text) == [("شفق‌نیوز", "ORG", "IRQMED"), ("حکومت اقلیم کردستان", "ORG", "IRQGOV"),
                              ("کویه", "GPE", "IRQ"), ("زندان اوین", "LOC", "IRN"), ("سلطنت عمان", "GPE", "OMN")]
    assert actors("جنبش انصارالله و دولت نجات ملی یمن") == [("جنبش انصارالله", "YEMREB"), ("دولت نجات ملی یمن", "YEMREB")]


def test_mali_only_where_the_article_names_the_country():
    text = "ارتش مالی در باماکو مستقر شد و کمک‌های مالی قطع شد. بورکینافاسو، مالی و نیجر بیانیه دادند."
    assert [(e.text, e.code) for e in analyze(text)[1]] == [
        ("ارتش مالی", "MLIMIL"), ("باماکو", "MLI"), ("بورکینافاسو", "BFA"), ("مالی", "MLI"), ("نیجر", "NER")]
    # without a cue, "در مالی" / "کمک‌های مالی" are ordinary words
    assert entities("کمک‌های مالی دولت در مالی و اقتصاد") == []


def test_more_entities_named_as_the_blind_annotators_do():
    assert entities("کشتی‌ها به جزایر سنکاکو رسیدند") == [("سنکاکو", "LOC", None)]
    assert entities("ژنرال مین آنگ هلاینگ و آنگ سان سوچی") == [
        ("مین آنگ هلاینگ", "PER", "MMRMIL"), ("آنگ سان سوچی", "PER", "MMROPP")]
    assert entities("پارلمان طرح را تصویب کرد") == []  # a bare foreign parliament is no named body


def test_regional_igo_codes_follow_the_cameo_codebook():
    assert actors("اتحادیه آفریقا و اکوواس بیانیه دادند") == [("اتحادیه آفریقا", "IGOAFU"), ("اکوواس", "IGOWAS")]
