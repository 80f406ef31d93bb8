"""Targets of events (session 7): who a call for release addresses, shows of force near a country,
and "this X called Y" aimed at X's author. Sentences written for these tests; each test asserts the
whole list of events it looks at (source, code, target, span), so an extra wrong event fails it."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {
    "پلیس بلاروس": ("BLRCOP", None, None), "سازمان عفو بین‌الملل": ("NGOAMN", None, "ORG"),
    "روزنامه‌نگار": ("BLRMED", None, None),
}


def test_call_for_release_addresses_the_captors_state():
    # "خواستار آزادی X شد" names no addressee: those who arrested them (their state) are asked
    text = ("پلیس بلاروس بامداد چهارشنبه چهار وبلاگ‌نویس را در گرودنو بازداشت کرد. "
            "سازمان عفو بین‌الملل عصر همان روز خواستار آزادی بی‌قیدوشرط این وبلاگ‌نویسان شد.")
    assert coded(text, ACTORS, sort=True) == [
        ("BLRCOP", "173", "BLRCVL", "بازداشت کرد"),
        ("NGOAMN", "0253", "BLRGOV", "خواستار آزادی بی‌قیدوشرط این وبلاگ‌نویسان شد")]


def test_call_for_release_with_no_arrest_reported_stays_untargeted():
    text = "سازمان عفو بین‌الملل پنج‌شنبه شب خواستار آزادی بی‌قیدوشرط چهار وبلاگ‌نویس شد."
    assert coded(text, ACTORS) == [("NGOAMN", "0253", None, "خواستار آزادی بی‌قیدوشرط چهار وبلاگ‌نویس شد")]


NEAR_ACTORS = {"ارتش چین": ("CHNMIL", None, "ORG"), "تایوان": ("TWN", "Taiwan", "GPE"),
               "دولت سودان": ("SDNGOV", None, None), "دارفور": ("SDN", "Darfur", "GPE"),
               "چاد": ("TCD", "Chad", "GPE"), "ارتش روسیه": ("RUSMIL", None, "ORG"),
               "لتونی": ("LVA", "Latvia", "GPE"), "استونی": ("EST", "Estonia", "GPE")}


def test_exercise_in_the_waters_south_and_west_of_a_country_aims_at_it():
    text = "ارتش چین روز شنبه رزمایشی بزرگ در آب‌های جنوب و غرب تایوان آغاز کرد."
    assert coded(text, NEAR_ACTORS) == [
        ("CHNMIL", "150", "TWN", "رزمایشی بزرگ در آب\u200cهای جنوب و غرب تایوان آغاز کرد")]


def test_troops_sent_to_the_border_area_with_a_neighbour_aim_at_the_neighbour():
    # the own province named first ("دارفور") is skipped: the country across the border is the one
    text = "دولت سودان هزاران نیرو را به مناطق مرزی دارفور با چاد اعزام کرد."
    assert coded(text, NEAR_ACTORS) == [("SDNGOV", "154", "TCD", "اعزام کرد")]


def test_a_show_of_force_near_two_coordinated_countries_aims_at_both():
    text = "ارتش روسیه رزمایشی در نزدیکی مرز لتونی و استونی آغاز کرد."
    span = "رزمایشی در نزدیکی مرز لتونی و استونی آغاز کرد"
    assert coded(text, NEAR_ACTORS, sort=True) == [("RUSMIL", "150", "EST", span), ("RUSMIL", "150", "LVA", span)]


ANAPHOR_ACTORS = {"کره شمالی": ("PRK", "North Korea", "GPE"), "نخست‌وزیر ژاپن": ("JPNGOV", None, None),
                  "وزارت خارجه فرانسه": ("FRAGOV", None, "ORG"), "سخنگوی وزارت خارجه ایران": ("IRNGOV", None, None),
                  "ایران": ("IRN", "Iran", "GPE")}


def _verbal(text: str) -> list[tuple]:
    """The criticisms (root 11) of `text`, sorted."""
    return [e for e in coded(text, ANAPHOR_ACTORS, sort=True) if e[1].startswith("11")]


def test_this_launch_called_a_threat_targets_who_launched():
    text = ("کره شمالی صبح پنج‌شنبه سه موشک کوتاه‌برد به سوی دریای شرق پرتاب کرد. "
            "نخست‌وزیر ژاپن ساعتی بعد این پرتاب را «تحریکی خطرناک» خواند.")
    assert _verbal(text) == [("JPNGOV", "111", "PRKGOV", "خواند")]


def test_this_statement_called_interference_targets_its_author():
    text = ("وزارت خارجه فرانسه روز سه‌شنبه از حکم زندان یک گردشگر فرانسوی در ایران انتقاد کرد. "
            "سخنگوی وزارت خارجه ایران این بیانیه را «مداخله در کار دستگاه قضایی» خواند.")
    assert _verbal(text) == [("FRAGOV", "111", "IRNGOV", "انتقاد کرد"), ("IRNGOV", "111", "FRAGOV", "خواند")]
