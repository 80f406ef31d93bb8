"""Arguments (session 7, second argument pass): one list of Iranian outlets, and offices a group
names. Sentences written for these tests; exact (mention, code) lists."""
from __future__ import annotations

import pytest

from rasad.events.clauses import analyzed
from rasad.events.mentions import iranian_outlet
from rasad.events.testing import make_doc

ACTORS = {"سخنگوی وزارت امور خارجه": ("GOV", None, None), "پاکستان": ("PAK", "Pakistan", "GPE"),
          "سخنگوی وزارت امور مهاجرین طالبان": ("AFGGOV", None, None)}
TEXT = ("سخنگوی وزارت امور خارجه اخراج مهاجران از پاکستان را محکوم کرد. "
        "سخنگوی وزارت امور مهاجرین طالبان نیز این اقدام را غیرانسانی خواند.")


def _codes(agency: str) -> list[tuple[str, str]]:
    doc = make_doc(TEXT, ACTORS)
    doc.agency = agency
    ments, _ = analyzed(doc)
    return [(m.text, m.code) for m in ments if m.text.startswith("سخنگوی")]


@pytest.mark.parametrize("agency", ["tasnim", "tabnak", "asriran", "donya-e-eqtesad"])
def test_untitled_office_in_any_iranian_outlet_is_irans(agency):
    assert iranian_outlet(agency)
    assert _codes(agency) == [("سخنگوی وزارت امور خارجه", "IRNGOV"),
                              ("سخنگوی وزارت امور مهاجرین طالبان", "AFGGOV")]


def test_foreign_outlet_is_not_iranian():
    assert not iranian_outlet("bbcpersian") and not iranian_outlet(None)
    assert ("سخنگوی وزارت امور مهاجرین طالبان", "AFGGOV") in _codes("bbcpersian")
