"""Precision pass, seventh session (issue 4), part b: the "است" of a perfect ("آماده کرده است") is its
auxiliary, never the copula of "آماده است" (readiness); an invitation "X را ... دعوت کرد" is an offer
to meet (036), while "از X دعوت کرد که ..." calls on X (an appeal, 02x). Sentences written for these
tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {
    "آنتونیو کوستا": ("PRTGOV", None, "PER"),
    "پدرو سانچز": ("ESPGOV", None, "PER"),
    "رهبران سندیکاها": ("ESPLAB", None, "ORG"),
    "رهبران اتحادیه‌ها": ("PRTLAB", None, "ORG"),
    "دبیرکل سازمان ملل": ("IGOUNO", None, "PER"),
    "هند": ("IND", None, "LOC"),
    "پاکستان": ("PAK", None, "LOC"),
    "کمیسیون اروپا": ("IGOEUR", None, "ORG"),
    "بروکسل": ("IGOEUR", None, "LOC"),
    "ژاپن": ("JPN", None, "LOC"),
}


def _events(text: str) -> list[tuple]:
    return coded(text, ACTORS)


def test_prepared_list_is_no_readiness():
    assert _events("کمیسیون اروپا اعلام کرد که فهرستی از کالاهای ژاپنی را برای وضع تعرفه آماده کرده است.") == []


def test_readiness_copula_stays():
    assert [e[1][:2] for e in _events("کمیسیون اروپا اعلام کرد که بروکسل آماده است با ژاپن گفت‌وگو کند.")] == ["03"]


def test_invitation_to_talks_is_intent_to_meet():
    assert _events("پدرو سانچز، نخست‌وزیر اسپانیا، رهبران سندیکاها را برای رایزنی بر سر مالیات سوخت "
                   "به مادرید دعوت کرد.") == [("ESPGOV", "036", "ESPLAB", "دعوت کرد")]


def test_calling_on_parties_is_an_appeal():
    assert _events("دبیرکل سازمان ملل از هند و پاکستان دعوت کرد که خویشتنداری کنند.") == [
        ("IGOUNO", "0256", "INDGOV", "از هند و پاکستان دعوت کرد"),
        ("IGOUNO", "0256", "PAKGOV", "از هند و پاکستان دعوت کرد")]
