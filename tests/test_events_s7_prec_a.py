"""Precision pass, seventh session (issue 4): predicates that fired on sentences holding no act of
their code. A claim about what the author's own attacks hit is no accusation; a refusal made "در
اعتراض به ..." is a protest action, no rejection; a bare "کشت" inside a noun phrase is cultivation.
Each test keeps a true act of the same rule. Sentences written for these tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {
    "ارتش ترکیه": ("TURMIL", None, "ORG"),
    "پ.ک.ک": ("TURREB", None, "ORG"),
    "ارتش سوریه": ("SYRMIL", None, "ORG"),
    "رانندگان اتوبوس": ("IRNLAB", None, "PER"),
    "دولت": ("IRNGOV", None, "ORG"),
    "وزارت خارجه کوبا": ("CUBGOV", None, "ORG"),
    "واشنگتن": ("USAGOV", None, "LOC"),
    "گروه مسلح": ("NGAREB", None, "ORG"),
}


def _events(text: str) -> list[tuple]:
    return [(src, code, span) for src, code, _, span in coded(text, ACTORS)]  # targets: not this pass


def test_claim_about_own_attacks_is_no_accusation():
    assert _events("ارتش ترکیه پس از انتشار تصاویر ویرانی‌ها مدعی شد که حملات پهپادی هفته پیش فقط سنگرهای پ.ک.ک را هدف گرفته است.") == []


def test_claim_that_only_military_sites_were_hit_is_no_accusation():
    assert _events("ارتش سوریه مدعی شد که تنها انبارهای سلاح پ.ک.ک هدف قرار گرفته است.") == []


def test_claim_naming_the_attacker_stays_an_accusation():
    assert _events("ارتش سوریه مدعی شد که پ.ک.ک یک پاسگاه مرزی را هدف گرفته است.") == [
        ("SYRMIL", "112", "مدعی شد"), ("TURREB", "190", "هدف گرفته است")]


def test_refusal_in_protest_is_no_rejection():
    assert _events("رانندگان اتوبوس در اعتراض به کاهش دستمزدها برای دومین روز از کار در خطوط شهری "
                   "خودداری کردند.") == []


def test_refusal_without_protest_stays():
    assert _events("دولت از پرداخت غرامت به رانندگان اتوبوس خودداری کرد.") == [
        ("IRNGOV", "120", "از پرداخت غرامت به رانندگان اتوبوس خودداری کرد")]


def test_cultivation_is_no_killing():
    assert _events("رانندگان اتوبوس به کاهش سهمیه آب کشت بهاره اعتراض کردند.") == [
        ("IRNLAB", "114", "اعتراض کردند")]


def test_killing_verb_at_clause_end_stays():
    assert [e[1] for e in _events("گروه مسلح سه روستایی را کشت.")] == ["180"]
