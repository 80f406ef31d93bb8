"""Condolence and solidarity addressees are the victim, never the one a condemnation aims at
(issue 4, argument pass): "در پیامی به دولت و ملت پاکستان تسلیت گفت و این اقدام را محکوم کرد",
"ضمن تسلیت به ملت و دولت لبنان، بی‌عملی ... را نکوهش کرد". Original sentences in agency style;
exact (source, cameo, target, target_text, evidence)."""
from __future__ import annotations

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {"سخنگوی وزارت امور خارجه کشورمان": ("IRNGOV", None, "ORG"), "پاکستان": ("PAK", "Pakistan", "GPE"),
          "ملت پاکستان": ("PAKCVL", None, None), "لبنان": ("LBN", "Lebanon", "GPE"),
          "دولت لبنان": ("LBNGOV", None, None)}


def _events(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, ACTORS))
    return sorted(((e.source, e.cameo, e.target, e.target_text, doc.text[e.start:e.end]) for e in doc.events),
                  key=str)


def _condemnations(text: str) -> list[tuple]:
    return [e for e in _events(text) if e[1].startswith("11")]


def test_the_consoled_country_is_not_the_single_counterpart_of_a_condemnation():
    text = ("سخنگوی وزارت امور خارجه کشورمان روز جمعه طی پیامی به دولت و ملت پاکستان تسلیت گفت و این اقدام "
            "تروریستی را شدیداً محکوم کرد.")
    got = _condemnations(text)
    assert got and all(e[2] is None for e in got)


def test_a_condolence_phrase_is_not_the_object_np_of_a_criticism():
    text = ("سخنگوی وزارت امور خارجه کشورمان ضمن تسلیت به ملت و دولت لبنان، بی‌عملی نهادهای بین‌المللی "
            "را در قبال این حملات نکوهش کرد.")
    got = _condemnations(text)
    assert got and all(e[2] is None or not e[2].startswith("LBN") for e in got)


def test_a_cooperative_act_keeps_its_own_addressee():
    from rasad.events.targets import courtesy_addressees  # noqa: F401 (the rule exists)
    text = "سخنگوی وزارت امور خارجه کشورمان امروز در پیامی به دولت و ملت پاکستان تسلیت گفت."
    assert [e[:3] for e in _events(text)] == [("IRNGOV", "018", "PAKGOV")]


def test_this_attack_is_the_bombing_not_the_complaint_about_it():
    # "از این حمله شکایت کرد" refers back to an attack: the complainant is not its author
    actors = {"جنگنده‌های رژیم صهیونیستی": ("ISRMIL", None, None), "دمشق": ("SYRGOV", "Damascus", "GPE"),
              "دولت سوریه": ("SYRGOV", None, None), "شورای امنیت": ("IGOUNO", None, "ORG"),
              "سخنگوی وزارت امور خارجه ایران": ("IRNGOV", None, None)}
    text = ("جنگنده‌های رژیم صهیونیستی شامگاه دوشنبه مواضعی در حومه دمشق را بمباران کردند؛ دولت سوریه روز "
            "بعد از این حمله به شورای امنیت شکایت کرد. سخنگوی وزارت امور خارجه ایران روز سه‌شنبه این حمله را "
            "به شدت محکوم کرد.")
    doc = events_stage(make_doc(text, actors))
    got = [(e.source, e.target) for e in doc.events if e.cameo.startswith("11") and e.source == "IRNGOV"]
    assert got == [("IRNGOV", "ISRGOV")]


def test_the_place_a_bombing_hit_is_not_the_one_criticised():
    # "بمباران حومه درعا را تقبیح نمود": Daraa is where the bombs fell; the bomber is criticised
    actors = {"جنگنده‌های رژیم صهیونیستی": ("ISRMIL", None, None), "درعا": ("SYRGOV", "Daraa", "GPE"),
              "وزارت خارجه قطر": ("QATGOV", None, "ORG"), "سوریه": ("SYR", "Syria", "GPE")}
    text = ("جنگنده‌های رژیم صهیونیستی شامگاه دوشنبه مواضعی در حومه درعا را بمباران کردند. وزارت خارجه قطر "
            "روز سه‌شنبه ضمن اعلام همبستگی با ملت سوریه، بمباران حومه درعا را تقبیح نمود.")
    doc = events_stage(make_doc(text, actors))
    got = [(e.source, e.target) for e in doc.events if e.source == "QATGOV"]
    assert got == [("QATGOV", "ISRGOV")]
