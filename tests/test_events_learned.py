"""The learned target ranker (rasad/events/learned.py): candidates and their features, the
two-stage fill decision, and the shipped weights file. Sentences written for these tests."""
from __future__ import annotations

from rasad.document import Event
from rasad.events import learned
from rasad.events.clauses import analyzed
from rasad.events.testing import make_doc

TEXT = ("سفیر شیلی هفته گذشته وارد اروپا شد. "
        "وزیر خارجه مجارستان روز دوشنبه در گفت‌وگو با خبرنگاران در بوداپست از سیاست‌های پرتغال "
        "انتقاد کرد. او فردا به اتریش می‌رود.")
ACTORS = {"وزیر خارجه مجارستان": ("HUNGOV", None, "PER"), "بوداپست": ("HUNGOV", "Budapest", "GPE"),
          "پرتغال": ("PRT", "Portugal", "GPE"), "سفیر شیلی": ("CHLGOV", None, "PER"),
          "اتریش": ("AUT", "Austria", "GPE")}


def _doc_and_event(target=None, target_text=None):
    doc = make_doc(TEXT, ACTORS)
    verb = doc.text.index("انتقاد کرد")
    a = doc.text.index("وزیر خارجه")
    sentence = doc.text[a:doc.text.index(".", a) + 1]
    ev = Event("HUNGOV", "وزیر خارجه مجارستان", target, target_text, "111", "11", None, False, sentence,
               verb, verb + len("انتقاد کرد"))
    return doc, ev


def _clear():
    learned.load_weights.cache_clear()
    learned._split.cache_clear()


def _weights(tmp_path, fill="0.0", extra=""):
    p = tmp_path / "w.tsv"
    p.write_text("# test weights\n" f"policy:fill\t{fill}\n"
                 "null:null\t-1.0\nwhich:prep=از\t2.0\nwhich:sent\t1.0\n" + extra, encoding="utf-8")
    _clear()
    return str(p)


def test_candidates_are_the_countries_named_near_the_act():
    doc, ev = _doc_and_event()
    ments, sents = analyzed(doc)
    cands = learned.candidates(doc, ments, sents, ev, [ev])
    by = {c.country: c for c in cands}
    assert cands[0].country is None and cands[0].feats["null"] == 1.0
    assert set(by) == {None, "PRT", "HUN", "CHL"}
    prt = by["PRT"]
    assert prt.mention.text == "پرتغال" and doc.text[prt.mention.start:prt.mention.end] == "پرتغال"
    # "از سیاست‌های پرتغال": the nearest mention follows "سیاست‌های", not a preposition; it is before the verb
    assert prt.feats["sent"] == 1.0 and "after" not in prt.feats and "prep=از" not in prt.feats
    assert prt.code == "PRTGOV"  # a bare country addressed by a verbal act is its government
    # the source's own mention is never a candidate; Budapest (same country) is, marked as the source's
    assert by["HUN"].mention.text == "بوداپست" and by["HUN"].feats["is_src"] == 1.0
    assert by["HUN"].feats["prep=در"] == 1.0
    # named in the sentence before: a candidate outside the event's sentence; the next one: none
    assert by["CHL"].feats["prev"] == 1.0 and by["CHL"].feats["out_sent"] == 1.0 and "sent" not in by["CHL"].feats
    assert "AUT" not in by


def test_fill_takes_the_models_pick_where_the_rules_gave_none(tmp_path):
    doc, ev = _doc_and_event()
    path = _weights(tmp_path, extra="which:prep=در\t3.0\nwhich:is_src\t-5.0\n")
    out = learned.refine_targets(doc, [ev], path)
    assert out[0].target == "PRTGOV" and out[0].target_text == "پرتغال"


def test_a_target_equal_to_the_source_is_never_filled(tmp_path):
    doc, ev = _doc_and_event()
    # Budapest would win, but its code equals the source's: the rules would drop it, so does the model
    path = _weights(tmp_path, extra="which:prep=در\t9.0\n")
    assert learned.refine_targets(doc, [ev], path)[0].target is None


def test_policy_off_or_large_margin_keeps_the_rules(tmp_path):
    doc, ev = _doc_and_event()
    assert learned.refine_targets(doc, [ev], _weights(tmp_path, fill="off"))[0].target is None
    assert learned.refine_targets(doc, [ev], _weights(tmp_path, fill="0.99"))[0].target is None


def test_a_target_the_rules_gave_is_kept(tmp_path):
    doc, ev = _doc_and_event("CHLGOV", "سفیر شیلی")
    out = learned.refine_targets(doc, [ev], _weights(tmp_path, extra="which:prep=در\t3.0\n"))
    assert (out[0].target, out[0].target_text) == ("CHLGOV", "سفیر شیلی")


def test_two_stage_probabilities_sum_to_one():
    cands = [learned.Cand(None, None, {"null": 1.0}), learned.Cand("PRT", None, {"sent": 1.0}),
             learned.Cand("CHL", None, {})]
    p = learned.fill_probabilities(cands, {"null": 0.5}, {"sent": 1.0})
    assert abs(sum(p) - 1.0) < 1e-9 and p[1] > p[2]
    assert abs(p[0] - 1 / (1 + 2.718281828459045 ** -0.5)) < 1e-6


def test_shipped_weights_file_is_sorted_and_prefixed():
    _clear()
    w, pol = learned.load_weights()
    assert w and pol.get("fill")
    assert all(k.startswith(("null:", "which:")) for k in w)
    lines = [ln for ln in learned.WEIGHTS.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith(("#", "policy:"))]
    assert lines == sorted(lines)


PLEDGE = "وزیر خارجه نروژ در سفر به اسلو گفت که کشورش آماده است در بازسازی بنادر اکوادور مشارکت کند."
PLEDGE_ACTORS = {"وزیر خارجه نروژ": ("NORGOV", None, "PER"), "اسلو": ("NORGOV", "Oslo", "GPE"),
                 "اکوادور": ("ECU", "Ecuador", "GPE")}


def test_code_document_ends_with_the_learned_fill(tmp_path, monkeypatch):
    from rasad.events import code_document
    # no model: the rules' pledge has no target
    monkeypatch.setattr(learned, "WEIGHTS", tmp_path / "absent.tsv")
    _clear()
    evs = code_document(make_doc(PLEDGE, PLEDGE_ACTORS))
    assert [(e.source, e.cameo, e.target) for e in evs] == [("NORGOV", "030", None)]
    # a model that prefers a country of the sentence over none fills it, with the mention's span text
    monkeypatch.setattr(learned, "WEIGHTS", learned.Path(_weights(tmp_path, extra="which:is_src\t-5.0\n")))
    _clear()
    evs = code_document(make_doc(PLEDGE, PLEDGE_ACTORS))
    assert [(e.source, e.cameo, e.target, e.target_text) for e in evs] == [("NORGOV", "030", "ECUGOV", "اکوادور")]
    _clear()
