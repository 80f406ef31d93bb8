"""A medium whose name is also a common word counts only beside a cue or its kind of medium."""
from __future__ import annotations

from rasad.extract.attribution import cited_sources


def test_close_name_after_be_neveshte_and_its_kind():
    text = "به نوشته روزنامه الوطن، دولت سوریه مهلت خروج نیروهای مسلح از شهرک را دو هفته تمدید کرد."
    assert cited_sources(text, "irna") == ["Al-Watan"]


def test_close_name_after_its_kind_with_a_cue_after():
    text = "روزنامه الوطن روز شنبه نوشت که مذاکرات دمشق و قسد به بن‌بست رسیده است."
    assert cited_sources(text, "irna") == ["Al-Watan"]


def test_close_name_as_a_plain_word_is_no_citation():
    text = "شعار حب الوطن من الایمان بر دیوار مدرسه نوشته شده بود و دانش‌آموزان آن را خواندند."
    assert cited_sources(text, "irna") == []


def test_close_name_after_its_kind_and_a_nationality():
    text = "به نقل از خبرگزاری اسپانیایی افه، نامزد چپ‌گرا پیروزی خود را در دور دوم جشن گرفت."
    assert cited_sources(text, "khabaronline") == ["EFE"]


def test_one_name_per_medium():
    text = ("به گزارش واس، ریاض نشست وزیران خارجه را میزبانی می‌کند. روزنامه اسرائیل هیوم نیز "
            "به نقل از یک مقام امنیتی نوشت که رزمایش ادامه دارد.")
    assert cited_sources(text, "tabnak") == ["Saudi Press Agency", "Israel Hayom"]
