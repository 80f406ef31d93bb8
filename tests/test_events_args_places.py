"""Actor stage: places whose name alone does not fix their country (issue 4, argument pass).
"ایلات" (Eilat) is Israel's port, not the attacker's country; "صلاح‌الدین" is a province of Iraq
and a district of Tripoli, so it follows the story's country unless the article names Iraq.
Original sentences in agency style."""
from __future__ import annotations

import pytest

from rasad.analyze.actors import analyze


def _codes(text: str, agency: str = "tasnim") -> dict[str, str | None]:
    actors, _ = analyze(text, "2026-11-01", agency)
    return {text[a.start:a.end]: a.code for a in actors}


@pytest.mark.parametrize("text, surface, code", [
    ("سخنگوی ارتش یمن روز یکشنبه اعلام کرد که یک نفتکش که به سوی بندر ایلات در حرکت بود، "
     "با پهپاد هدف قرار گرفت. مقامات اسرائیل هنوز واکنشی نشان نداده‌اند.", "ایلات", "ISR"),
    ("در لیبی، درگیری‌ها میان گروه‌های مسلح در منطقه صلاح‌الدین طرابلس از بامداد دوشنبه ادامه دارد.",
     "صلاح\u200cالدین", "LBY"),
    ("ارتش عراق روز شنبه در استان صلاح‌الدین عملیاتی علیه بقایای داعش آغاز کرد.",
     "استان صلاح\u200cالدین", "IRQ"),
    ("درگیری در صلاح‌الدین ادامه دارد.", "صلاح\u200cالدین", "IRQ"),  # no country named: the dictionary's
])
def test_place_country(text, surface, code):
    assert _codes(text).get(surface) == code


def test_tribes_are_not_eilat():
    # "ایلات و عشایر" (tribes) in an article that names no Israel/Yemen is no place
    codes = _codes("رئیس سازمان امور ایلات و عشایر کشور از توزیع علوفه در استان فارس خبر داد.")
    assert "ایلات" not in codes and all(c != "ISR" for c in codes.values())


def test_bare_roles_follow_their_sentence_not_the_agency():
    # Iran is the most-mentioned country (background), but the protest is in Nairobi
    codes = _codes("به گزارش تسنیم به نقل از خبرگزاری فرانسه، نیروهای امنیتی روز شنبه با گاز اشک‌آور "
                   "معترضان را در نایروبی متفرق کردند. ایران پیش‌تر گفته بود که ایران و ملت ایران از این "
                   "اعتراض‌ها حمایت نمی‌کنند.")
    assert codes["نیروهای امنیتی"] == "KENCOP" and codes["معترضان"] == "KENOPP"


def test_travelling_official_keeps_home_country():
    codes = _codes("معاون وزیر کشور صبح امروز در سفر به کراچی با مقام‌های محلی دیدار کرد. ایران و ایران.")
    assert codes["معاون وزیر"] == "IRNGOV" and codes["مقام\u200cهای"] == "IRNGOV"
