"""Targets of events (session 7): who a call for release addresses. Sentences written for these
tests; exact codes and spans."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "پلیس بلاروس": ("BLRCOP", None, None), "سازمان عفو بین‌الملل": ("NGOAMN", None, "ORG"),
    "روزنامه‌نگار": ("BLRMED", None, None),
}


def _events(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, ACTORS))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events), key=str)


def test_call_for_release_addresses_the_captors_state():
    # "خواستار آزادی X شد" names no addressee: those who arrested them (their state) are asked
    text = ("پلیس بلاروس روز جمعه سه فعال مدنی را در مینسک بازداشت کرد. "
            "سازمان عفو بین‌الملل ساعاتی بعد خواستار آزادی فوری این فعالان شد.")
    evs = _events(text)
    assert ("NGOAMN", "0253", "BLRGOV", "خواستار آزادی فوری این فعالان شد") in evs


def test_call_for_release_with_no_arrest_reported_stays_untargeted():
    text = "سازمان عفو بین‌الملل روز جمعه خواستار آزادی فوری سه فعال مدنی شد."
    evs = _events(text)
    assert [e for e in evs if e[1] == "0253"] == [("NGOAMN", "0253", None, "خواستار آزادی فوری سه فعال مدنی شد")]


NEAR_ACTORS = {"ارتش چین": ("CHNMIL", None, "ORG"), "تایوان": ("TWN", "Taiwan", "GPE"),
               "دولت سودان": ("SDNGOV", None, None), "دارفور": ("SDN", "Darfur", "GPE"),
               "چاد": ("TCD", "Chad", "GPE"), "ارتش روسیه": ("RUSMIL", None, "ORG"),
               "لتونی": ("LVA", "Latvia", "GPE"), "استونی": ("EST", "Estonia", "GPE")}


def _near(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, NEAR_ACTORS))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events
                   if e.root == "15"), key=str)


def test_exercise_in_the_waters_north_and_east_of_a_country_aims_at_it():
    text = "ارتش چین روز شنبه رزمایشی بزرگ در آب‌های جنوب و غرب تایوان آغاز کرد."
    assert _near(text) == [("CHNMIL", "150", "TWN", "رزمایشی بزرگ در آب\u200cهای جنوب و غرب تایوان آغاز کرد")]


def test_troops_sent_to_the_border_area_with_a_neighbour_aim_at_the_neighbour():
    # the own province named first ("دارفور") is skipped: the country across the border is the one
    text = "دولت سودان هزاران نیرو را به مناطق مرزی دارفور با چاد اعزام کرد."
    evs = _near(text)
    assert [e[2] for e in evs] == ["TCD"]


def test_a_show_of_force_near_two_coordinated_countries_aims_at_both():
    text = "ارتش روسیه رزمایشی در نزدیکی مرز لتونی و استونی آغاز کرد."
    assert [e[2] for e in _near(text)] == ["EST", "LVA"]


ANAPHOR_ACTORS = {"کره شمالی": ("PRK", "North Korea", "GPE"), "نخست‌وزیر ژاپن": ("JPNGOV", None, None),
                  "وزارت خارجه فرانسه": ("FRAGOV", None, "ORG"), "سخنگوی وزارت خارجه ایران": ("IRNGOV", None, None),
                  "ایران": ("IRN", "Iran", "GPE")}


def _verbal(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, ANAPHOR_ACTORS))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events
                   if e.root == "11"), key=str)


def test_this_launch_called_a_threat_targets_who_launched():
    text = ("کره شمالی بامداد دوشنبه یک موشک بالستیک به سمت دریای ژاپن پرتاب کرد. "
            "نخست‌وزیر ژاپن این پرتاب را «تحریکی آشکار» خواند.")
    assert ("JPNGOV", "111", "PRKGOV", "خواند") in _verbal(text)


def test_this_statement_called_interference_targets_its_author():
    text = ("وزارت خارجه فرانسه روز جمعه از بازداشت دو شهروند خود در ایران انتقاد کرد. "
            "سخنگوی وزارت خارجه ایران این بیانیه را «دخالت در امور داخلی» خواند.")
    assert ("IRNGOV", "111", "FRAGOV", "خواند") in _verbal(text)
