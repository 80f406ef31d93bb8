"""Predicates, seventh session, seventh pass (issue 4): curfews, with "منع آمد و شد" (the noun pair
"آمد و شد" is no verb), restrict the people of the source's own country (target CVL when none is
named), unless the sentence places it in another country. Sentences written for these tests."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {"دولت مالی": ("MLIGOV", None, "ORG")}


@pytest.mark.parametrize("text,evidence", [
    ("دولت مالی در واکنش، منع آمد و شد شبانه را در منطقه کایس برقرار کرد.",
     "منع آمد و شد شبانه را در منطقه کایس برقرار کرد"),
    ("دولت مالی برای سه روز در این شهر منع تردد اعلام کرد.", "منع تردد اعلام کرد"),
])
def test_curfew_on_own_people(text, evidence):
    doc = events_stage(make_doc(text, ACTORS))
    assert [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events] == [
        ("MLIGOV", "1723", "MLICVL", evidence)]


def test_curfew_placed_in_another_country_keeps_no_target():
    doc = events_stage(make_doc("ارتش اسرائیل در غزه منع تردد اعلام کرد.", {"ارتش اسرائیل": ("ISRMIL", None, "ORG")}))
    assert [(e.source, e.cameo, e.target) for e in doc.events] == [("ISRMIL", "1723", None)]
