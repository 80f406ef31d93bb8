"""Condolence and solidarity addressees are the victim, never the one a condemnation aims at
(issue 4, argument pass): "در پیامی به دولت و ملت عراق تسلیت گفت و این اقدام را محکوم کرد",
"ضمن تسلیت به ملت و دولت لبنان، سکوت ... را نکوهش کرد". Original sentences in agency style;
exact (source, cameo, target, target_text, evidence)."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {"سخنگوی وزارت امور خارجه کشورمان": ("IRNGOV", None, "ORG"), "عراق": ("IRQ", "Iraq", "GPE"),
          "ملت عراق": ("IRQCVL", None, None), "لبنان": ("LBN", "Lebanon", "GPE"),
          "دولت لبنان": ("LBNGOV", None, None)}


def _events(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, ACTORS))
    return sorted(((e.source, e.cameo, e.target, e.target_text, doc.text[e.start:e.end]) for e in doc.events),
                  key=str)


def _condemnations(text: str) -> list[tuple]:
    return [e for e in _events(text) if e[1].startswith("11")]


def test_the_consoled_country_is_not_the_single_counterpart_of_a_condemnation():
    text = ("سخنگوی وزارت امور خارجه کشورمان در پیامی به دولت و ملت عراق تسلیت گفت و این اقدام تروریستی "
            "را محکوم کرد.")
    got = _condemnations(text)
    assert got and all(e[2] is None for e in got)


def test_a_condolence_phrase_is_not_the_object_np_of_a_criticism():
    text = ("سخنگوی وزارت امور خارجه کشورمان نیز در پیامی ضمن تسلیت به ملت و دولت لبنان، سکوت مجامع "
            "بین‌المللی را در برابر این تجاوزات نکوهش کرد.")
    got = _condemnations(text)
    assert got and all(e[2] is None or not e[2].startswith("LBN") for e in got)


def test_a_cooperative_act_keeps_its_own_addressee():
    from rasad.events.targets import courtesy_addressees  # noqa: F401 (the rule exists)
    text = "سخنگوی وزارت امور خارجه کشورمان در پیامی به دولت و ملت عراق تسلیت گفت."
    assert [e[:3] for e in _events(text)] == [("IRNGOV", "018", "IRQGOV")]
