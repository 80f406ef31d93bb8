"""Arguments (session 7, second argument pass): a dual national of Iran and another country
("شهروند دارای تابعیت ایران و کانادا") is coded with the other country. Sentences written for
these tests; exact (source, code, target)."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {"یک شهروند": ("IRNCVL", None, None), "پلیس امنیت": ("IRNCOP", None, "ORG"),
          "ایران": ("IRN", "Iran", "GPE"), "کانادا": ("CAN", "Canada", "GPE")}


def _events(text: str) -> list[tuple]:
    return coded(text, ACTORS)


def test_dual_national_is_of_the_other_country():
    text = "یک شهروند دارای تابعیت ایران و کانادا روز سه‌شنبه از سوی پلیس امنیت در شیراز بازداشت شد."
    assert _events(text) == [("IRNCOP", "173", "CANCVL", "بازداشت شد")]


def test_a_plain_citizen_stays_irans():
    text = "یک شهروند روز سه‌شنبه از سوی پلیس امنیت در شیراز بازداشت شد."
    assert _events(text) == [("IRNCOP", "173", "IRNCVL", "بازداشت شد")]
