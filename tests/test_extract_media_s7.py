"""Cited media added in the seventh session: outlets of Latin America, South Asia and Africa that
Persian agencies quote, and a longer name that must win over the one inside it ("هندوستان تایمز"
is the Hindustan Times, not The Times)."""
from rasad.extract.attribution import cited_sources


def test_longer_outlet_name_wins_over_the_one_inside_it():
    text = "ایسنا به نقل از هندوستان تایمز نوشت که دهلی نو هیئتی به کابل فرستاد."
    assert cited_sources(text, "isna") == ["Hindustan Times"]


def test_latin_american_and_african_outlets():
    text = ("شبکه تله‌سور روز دوشنبه گزارش داد که کاراکاس سفیر خود را فراخواند. "
            "خبرگزاری رسمی سودان نیز گزارش داد که مذاکرات ادامه دارد.")
    assert cited_sources(text, "tasnim") == ["teleSUR", "SUNA"]


def test_telesur_without_its_half_space():
    text = "مهر به نقل از تلهسور نوشت که ارتش ونزوئلا رزمایش برگزار کرد."
    assert cited_sources(text, "mehr") == ["teleSUR"]
