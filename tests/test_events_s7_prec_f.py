"""Precision pass, seventh session (issue 4), part f: sanctions as the subject of "کاهش/متوقف ..."
("این تحریم‌ها درآمدهای ... را کاهش خواهد داد") say what the sanctions do, nobody eases them; the
sanctions as the object ("تحریم‌های ... را تعلیق کرد", also after "اعلام کرد که") stay an easing
(085). Sentences written for these tests."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {"کمیسیون اروپا": ("IGOEUR", None, "ORG"), "ایران": ("IRN", None, "LOC"),
          "ونزوئلا": ("VEN", None, "LOC"), "آمریکا": ("USAGOV", None, "LOC"),
          "کاخ سفید": ("USAGOV", None, "ORG")}


def _events(text: str) -> list[tuple]:
    return [(src, code, span) for src, code, _, span in coded(text, ACTORS)]  # targets: not this pass


def test_sanctions_as_subject_are_no_easing():
    assert _events("کمیسیون اروپا اعلام کرد که این تحریم‌ها صادرات گاز ایران را به‌شدت کاهش خواهد داد.") == []


def test_suspended_sanctions_stay_an_easing():
    assert _events("کاخ سفید روز جمعه گفت که تحریم‌های بانکی ونزوئلا را تا پایان سال تعلیق کرده است.") == [
        ("USAGOV", "085", "تحریم‌های بانکی ونزوئلا را تا پایان سال تعلیق کرده است")]


def test_bare_plural_object_stays_an_easing():
    assert [e[1] for e in _events("آمریکا اعلام کرد که تحریم‌ها را برای شش ماه تعلیق کرده است.")] == ["085"]
