"""Predicates, seventh session, seventh pass (issue 4): curfews, with "منع آمد و شد" (the noun pair
"آمد و شد" is no verb), restrict the people of the source's own country (target CVL when none is
named), unless the sentence places it in another country. Sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import coded

ACTORS = {"دولت مالی": ("MLIGOV", None, "ORG")}


@pytest.mark.parametrize("text,evidence", [
    ("دولت مالی پس از درگیری‌های قومی، منع آمد و شد شامگاهی را در شهر موپتی برقرار کرد.",
     "منع آمد و شد شامگاهی را در شهر موپتی برقرار کرد"),
    ("دولت مالی تا پایان هفته در مرکز پایتخت منع تردد اعلام کرد.", "منع تردد اعلام کرد"),
])
def test_curfew_on_own_people(text, evidence):
    assert coded(text, ACTORS) == [("MLIGOV", "1723", "MLICVL", evidence)]


def test_curfew_placed_in_another_country_keeps_no_target():
    got = coded("ارتش اسرائیل در غزه منع تردد اعلام کرد.", {"ارتش اسرائیل": ("ISRMIL", None, "ORG")})
    assert [(s, c, t) for s, c, t, _ in got] == [("ISRMIL", "1723", None)]
