"""Arguments (session 7, second argument pass): "آزاد" and "احضار" are light-verb nouns that may
share a later verb in a coordinated clause ("آزاد و به ... بازگردانده شدند"). Sentences written
for these tests; exact (source, code, target)."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.sentence import ELIDABLE
from rasad.events.testing import make_doc
from rasad.events.tokens import key

ACTORS = {"دو ملوان هندی": ("INDCVL", None, None), "پلیس نیجریه": ("NGACOP", None, "ORG"),
          "هند": ("IND", "India", "GPE")}


def test_released_and_returned_is_a_release():
    text = "دو ملوان هندی پس از سه ماه از سوی پلیس نیجریه آزاد و به هند بازگردانده شدند."
    doc = events_stage(make_doc(text, ACTORS))
    assert [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events] == [
        ("NGACOP", "0841", "INDCVL", "آزاد و به هند بازگردانده شدند")]


def test_summoned_may_be_elided():
    assert key("احضار") in ELIDABLE and key("آزاد") in ELIDABLE
