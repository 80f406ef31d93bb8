"""Arguments (session 7, second argument pass): media people's own acts. A media-role source keeps
the acts journalists do themselves (protest 14, appeal 02, demand 10, disapprove 11) and still
does not "do" what it reports. Sentences written for these tests; exact (source, code, target)."""
from __future__ import annotations

from events_helpers import coded

ACTORS = {"روزنامه‌نگاران اصفهان": ("IRNMED", None, None), "رویترز": ("GBRMED", "Reuters", "ORG"),
          "قوه قضاییه": ("IRNJUD", None, "ORG"), "انجمن صنفی روزنامه‌نگاران": ("IRNMED", None, "ORG"),
          "غزه": ("PSE", "Gaza", "GPE")}


def _events(text: str) -> list[tuple]:
    return coded(text, ACTORS, sort=True)


def test_journalists_protest_is_their_own_act():
    text = "روزنامه‌نگاران اصفهان روز دوشنبه در اعتراض به بازداشت همکارشان در برابر قوه قضاییه تجمع کردند."
    assert _events(text) == [("IRNMED", "141", "IRNGOV", "تجمع کردند")]


def test_a_journalists_union_appeals():
    text = "انجمن صنفی روزنامه‌نگاران از قوه قضاییه خواست همکار بازداشت‌شده را آزاد کند."
    assert _events(text) == [("IRNMED", "0253", "IRNJUD", "از قوه قضاییه خواست")]


def test_an_agency_does_not_do_force():
    assert _events("رویترز به غزه حمله کرد.") == []
