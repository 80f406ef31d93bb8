"""Where a person's name ends: after a title, and after a role that names its country.

Fixtures written for these tests (invented sentences)."""
from rasad.pipeline import process


def _people(text: str) -> list[str]:
    doc = process(text.encode("utf-8"))
    return [doc.text[e.start:e.end] for e in doc.entities if e.type == "PER"]


def test_month_after_titled_name_is_not_part_of_it():
    page = "به گزارش خبرگزاری ایسنا، خانم مریم رستمی آبان‌ماه گذشته پس از انتشار یک گزارش بازداشت شد."
    assert _people(page) == ["مریم رستمی"]


def test_ordinary_word_after_titled_surname_ends_the_name():
    page = ("به گزارش خبرگزاری ایسنا، سخنگوی قوه قضاییه گفت که پرونده آقای کاظمی هیچ ارتباطی با "
            "فعالیت‌های صنفی او ندارد.")
    assert _people(page) == ["کاظمی"]


def test_known_names_still_follow_a_title():
    page = "به گزارش خبرگزاری مهر، سردار علی‌رضا تنگسیری فرمانده نیروی دریایی سپاه امروز از بندر جاسک بازدید کرد."
    assert "علی‌رضا تنگسیری" in _people(page)


def test_verbal_noun_after_a_role_is_no_name():
    page = ("به گزارش خبرگزاری مهر، سفر هیئت تجاری اردن به بصره بنا به تصمیم نخست‌وزیر عراق لغو گردید "
            "و به ماه آینده موکول شد.")
    assert _people(page) == []
