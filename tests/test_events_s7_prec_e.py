"""Precision pass, seventh session (issue 4), part e: a shipment of oil or spare parts is trade (061),
not aid (070); a present "X را تهدید می‌کند" says what endangers X (no threat act), while "تهدید کرد"
stays a threat. Sentences written for these tests."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc
from events_helpers import coded

ACTORS = {
    "شرکت ملی نفت ایران": ("IRNBUS", None, "ORG"),
    "کوبا": ("CUB", None, "LOC"),
    "وزیر خارجه ترکیه": ("TURGOV", None, "PER"),
    "یونان": ("GRCGOV", None, "LOC"),
}


def _events(text: str) -> list[tuple]:
    return [(src, code, span) for src, code, _, span in coded(text, ACTORS)]  # targets: not this pass


def test_oil_shipment_is_trade():
    assert _events("شرکت ملی نفت ایران دومین محموله قطعات یدکی پالایشگاه را به کوبا ارسال کرد.") == [
        ("IRNBUS", "061", "ارسال کرد")]


def test_present_danger_is_no_threat():
    assert _events("وزیر خارجه ترکیه گفت که ادامه این تنش‌ها امنیت دریای اژه را تهدید می‌کند.") == []


def test_past_threat_stays():
    assert [e[1][:2] for e in _events("وزیر خارجه ترکیه یونان را به پاسخ نظامی تهدید کرد.")] == ["13"]


ACTORS_OPEC = {"عربستان سعودی": ("SAUGOV", None, "LOC"), "روسیه": ("RUSGOV", None, "LOC")}


def test_output_agreement_is_economic_cooperation():
    doc = events_stage(make_doc("عربستان سعودی و روسیه روز سه‌شنبه در جلسه وزیران انرژی خود بر کاهش دوباره "
                                "تولید تا پایان زمستان توافق کردند.", ACTORS_OPEC))
    assert [(e.source, e.cameo, e.target) for e in doc.events] == [("SAUGOV", "061", "RUSGOV")]


def test_other_agreement_stays_intent():
    doc = events_stage(make_doc("عربستان سعودی و روسیه بر گسترش همکاری‌های فرهنگی توافق کردند.", ACTORS_OPEC))
    assert [e.cameo[:2] for e in doc.events] == ["03"]
