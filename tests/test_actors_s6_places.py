"""Local gazetteer (`rasad/analyze/data/places_local.tsv`): county seats, towns, dams, rivers, passes
and districts of Iran and its neighbours, and the ordinary words left out of it on purpose.

All sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from rasad.analyze import gazetteer
from rasad.analyze.actors import analyze
from rasad.analyze.fold import fold


def entities(text, published="2026-11-20", agency="irna"):
    return [(e.text, e.type, e.code) for e in analyze(text, published, agency)[1]]


def spans(text):
    return [(text[e.start:e.end], e.type) for e in analyze(text, "2026-11-20", "irna")[1]]


@pytest.mark.parametrize("text,name,typ,code", [
    ("سیلاب بامداد امروز به روستاهای اطراف شادگان خسارت زد.", "شادگان", "GPE", "IRN"),
    ("فرماندار کهنوج از بازگشایی راه‌های روستایی خبر داد.", "کهنوج", "GPE", "IRN"),
    ("گردشگران زیادی در تعطیلات به سرعین و نمین سفر کردند.", "سرعین", "GPE", "IRN"),
    ("گردشگران زیادی در تعطیلات به سرعین و نمین سفر کردند.", "نمین", "GPE", "IRN"),
    ("زلزله‌ای به بزرگی ۴ ریشتر رودبار جنوب را لرزاند.", "رودبار جنوب", "GPE", "IRN"),
    ("محموله نفت از بندر جیهان به اروپا رسید.", "بندر جیهان", "GPE", "TUR"),
    ("کشتی مسافربری در بندر انزلی پهلو گرفت.", "بندر انزلی", "GPE", "IRN"),
    ("تردد در گردنه حیران به دلیل بارش برف ممنوع شد.", "گردنه حیران", "LOC", "IRN"),
    ("حجم آب سد کرخه به کمترین میزان رسید.", "سد کرخه", "LOC", "IRN"),
    ("سطح آب رود کارون پایین آمد.", "رود کارون", "LOC", "IRN"),
    ("نیروهای طالبان وارد دره پنجشیر شدند.", "دره پنجشیر", "LOC", "AFG"),
    ("کامیون‌ها از مرز اسلام‌قلعه عبور کردند.", "اسلام‌قلعه", "LOC", "AFG"),
    ("درگیری در ولسوالی برمل ادامه دارد.", "ولسوالی برمل", "LOC", "AFG"),
    ("حمله پهپادی به کریات شمونه گزارش شد.", "کریات شمونه", "GPE", "ISR"),
    ("انفجاری در بنو در ایالت خیبر پختونخوا رخ داد.", "بنو", "GPE", "PAK"),
])
def test_local_place_found(text, name, typ, code):
    assert (name, typ, code) in entities(text)


def test_town_span_offsets():
    text = "فرماندار جالق گفت که آب شرب شادگان و کهنوج تأمین شد."
    found = spans(text)
    assert ("جالق", "GPE") in found
    assert ("شادگان", "GPE") in found
    assert ("کهنوج", "GPE") in found


@pytest.mark.parametrize("text,word", [
    ("او با امید به آینده در بهار سال آینده بازمی‌گردد.", "بهار"),      # بهار (Hamadan county): spring
    ("این فیلم صحنه‌های زیبایی دارد و در صحنه اول بازیگران می‌رقصند.", "صحنه"),  # صحنه (Kermanshah): scene
    ("هنگام ورود به سالن، نور چراغ‌ها کم شد.", "هنگام"),                   # جزیره هنگام: "when"
    ("او در بافت فرسوده شهر خانه‌ای خرید.", "بافت"),                      # بافت (Kerman): texture
    ("کامالا هریس در این مراسم سخنرانی کرد.", "هریس"),                    # هریس (East Azerbaijan): Harris
    ("شکی نیست که این طرح به سرانجام می‌رسد.", "شکی"),                    # Shaki (Azerbaijan): "doubt"
    ("راننده ترمز کرد و خودرو متوقف شد.", "ترمز"),                        # Termez: "brake"
    ("در میانه راه، خودرو دچار نقص فنی شد.", "میانه"),                     # Mianeh: "middle"
    ("وی گفت که نظام بر اساس سیرت پیامبر رفتار می‌کند.", "سیرت"),          # Siirt: "conduct"
])
def test_ordinary_word_not_a_place(text, word):
    assert not [e for e in entities(text) if e[0] == word and e[1] in ("GPE", "LOC")]


def test_local_file_has_no_forms_of_places_tsv():
    """places_local.tsv adds forms; it never repeats one of places.tsv (that would be dead data)."""
    base = {fold(f) for r in gazetteer.rows("places.tsv") for f in r[0].split("|")}
    local = [fold(f) for r in gazetteer.rows("places_local.tsv") for f in r[0].split("|")]
    assert local and not set(local) & base
    assert len(local) == len(set(local))


def test_local_file_sorted_with_valid_types():
    rows = gazetteer.rows("places_local.tsv")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert {r[2] for r in rows} <= {"GPE", "LOC"}
