"""The entity/quote/event scorer of `rasad eval` (rasad/eval/analysis.py), on hand-built pairs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.eval import Pair, find_pairs
from rasad.eval.analysis import (actor_country, key, quote_overlap, score, score_entities,
                                 score_events, score_quotes)

DEV = Path(__file__).resolve().parent.parent / "eval" / "dev" / "analysis"


def pair(gold: dict, record: dict, name: str = "p") -> Pair:
    return Pair(name, Path(name + ".txt"), gold, record)


def ent(text, typ):
    return {"text": text, "type": typ}


def ev(src, cameo, tgt, neg=False):
    return {"source": src, "target": tgt, "cameo": cameo, "root": cameo[:2], "negated": neg}


# ---------------------------------------------------------------- keys

def test_key_is_spacing_and_script_insensitive():
    assert key("رئیس\u200cجمهور") == key("رئیس جمهور") == key("رئيس جمهور")
    assert key("«كرملين»") == key("کرملین")
    assert key(None) == ""


def test_actor_country():
    assert actor_country("IRNGOV") == "IRN"
    assert actor_country("IGOUNOIAE") == "IGOUNO"
    assert actor_country("ngoamn") == "NGOAMN"
    assert actor_country(None) is None


# ---------------------------------------------------------------- entities

def test_entities_multiset_typed_and_untyped():
    gold = {"entities": [ent("روسیه", "GPE"), ent("روسیه", "GPE"), ent("سرگئی لاوروف", "PER"),
                         ent("سازمان ملل", "ORG")]}
    rec = {"entities": [ent("روسیه", "GPE"), ent("سرگئی لاوروف", "PER"), ent("سازمان ملل", "GPE"),
                        ent("مسکو", "GPE")]}
    s = score_entities([pair(gold, rec)])
    # typed: روسیه x1 + لاوروف = 2 of 4 predicted, 2 of 4 gold
    assert (s["precision"], s["recall"], s["f1"]) == (0.5, 0.5, 0.5)
    # untyped: + سازمان ملل = 3 of 4
    assert (s["untyped_precision"], s["untyped_recall"]) == (0.75, 0.75)
    assert s["n"] == 4


def test_entities_media_short_name_and_alt_are_accepted():
    gold = {"entities": [ent("خبرگزاری رویترز", "ORG"),
                         {"text": "جمهوری اسلامی ایران", "type": "GPE", "alt": ["ایران"]}]}
    rec = {"entities": [ent("رویترز", "ORG"), ent("ایران", "GPE")]}
    s = score_entities([pair(gold, rec)])
    assert s["f1"] == 1.0


def test_entities_zwnj_variants_match():
    gold = {"entities": [ent("کی\u200cیف", "GPE")]}
    rec = {"entities": [ent("کی یف", "GPE")]}
    assert score_entities([pair(gold, rec)])["f1"] == 1.0


# ---------------------------------------------------------------- quotes

def test_quote_overlap_thresholds():
    g = "مسکو آماده است دور تازه‌ای از مذاکرات مستقیم با کی‌یف برگزار کند"
    assert quote_overlap(g, g) == 1.0
    # prediction that runs on into the next sentence: containment of gold in pred
    assert quote_overlap(g, g + " او افزود که شرایط ما تغییر نکرده و پاسخ کی‌یف را منتظریم و باز هم") >= 0.5
    assert quote_overlap(g, "شرایط ما تغییر نکرده است") == 0.0


def test_quotes_precision_recall_speaker():
    gold = {"quotes": [
        {"text": "ما خواستار همکاری فعال بین المللی هستیم", "speaker": "Sergey Lavrov",
         "speaker_text": "لاوروف", "direct": True},
        {"text": "مسکو آماده مذاکره با کی‌یف است", "speaker": "Dmitry Peskov",
         "speaker_text": "سخنگوی کرملین", "direct": False},
        {"text": "ایران از نقش سازنده عمان قدردانی می‌کند", "speaker": "Abbas Araghchi",
         "speaker_text": "عراقچی", "direct": True},
    ]}
    rec = {"quotes": [
        {"text": "«ما خواستار همکاری فعال بین المللی هستیم»", "speaker": "sergey lavrov",
         "speaker_text": "وی", "direct": True},
        {"text": "مسکو آماده مذاکره با کی‌یف است", "speaker": None,
         "speaker_text": "سخنگوی  کرملین", "direct": True},
        {"text": "هوا سرد است", "speaker": "X", "speaker_text": None, "direct": False},
        {"text": "ایران از نقش سازنده عمان قدردانی می‌کند", "speaker": "Badr Albusaidi",
         "speaker_text": "البوسعیدی", "direct": True},
    ]}
    s = score_quotes([pair(gold, rec)])
    assert (s["precision"], s["recall"]) == (0.75, 1.0)
    assert s["f1"] == round(2 * 0.75 / 1.75, 4)
    assert s["matched"] == 3
    assert s["speaker_accuracy"] == round(2 / 3, 4)   # canonical (case-insensitive), speaker_text
    assert s["direct_accuracy"] == round(2 / 3, 4)


# ---------------------------------------------------------------- events

def test_events_loose_strict_root_negation():
    gold = {"events": [ev("RUSGOV", "036", "UKRGOV"), ev("UKRGOV", "125", "RUSGOV"),
                       ev("ISRMIL", "195", "LBN"), ev("IRNGOV", "042", "OMNGOV", neg=True)]}
    rec = {"events": [ev("RUSGOV", "036", "UKRGOV"),        # strict hit
                      ev("UKR", "1246", "RUSGOV"),           # loose hit, code differs
                      ev("ISRGOV", "190", "LBN"),            # loose hit (ISR, 19, LBN)
                      ev("IRNGOV", "042", "OMNGOV"),         # loose + strict hit, negation wrong
                      ev("IRNGOV", "111", "ISRGOV")]}        # false positive
    s = score_events([pair(gold, rec)])
    assert (s["precision"], s["recall"]) == (0.8, 1.0)
    assert (s["strict_precision"], s["strict_recall"]) == (0.4, 0.5)
    assert (s["root_precision"], s["root_recall"]) == (0.8, 1.0)
    assert s["negation_accuracy"] == 0.75
    assert s["code_accuracy"] == 0.5
    assert s["matched"] == 4 and s["n"] == 4


def test_events_null_target_must_match_null():
    gold = {"events": [ev("IRNLAB", "143", None)]}
    assert score_events([pair(gold, {"events": [ev("IRNLAB", "143", "IRNGOV")]})])["f1"] == 0.0
    assert score_events([pair(gold, {"events": [ev("IRNLAB", "143", None)]})])["f1"] == 1.0


def test_no_event_page_scores_false_positives():
    gold = {"events": []}
    s = score_events([pair(gold, {"events": [ev("IRNGOV", "010", None)]})])
    assert (s["precision"], s["recall"], s["n"]) == (0.0, 0.0, 0)
    s = score_events([pair(gold, {"events": []})])
    assert (s["precision"], s["recall"], s["f1"]) == (1.0, 1.0, 1.0)


def test_micro_average_over_pages_and_error_records():
    g1 = {"events": [ev("RUSGOV", "036", "UKRGOV"), ev("UKRGOV", "125", "RUSGOV")]}
    g2 = {"events": [ev("ISRMIL", "195", "LBN")]}
    r1 = {"events": [ev("RUSGOV", "036", "UKRGOV")]}
    r2 = {"error": {"code": "not_article", "message": "x"}}
    s = score_events([pair(g1, r1, "a"), pair(g2, r2, "b")])
    assert (s["precision"], s["recall"]) == (1.0, round(1 / 3, 4))


def test_score_only_pages_with_the_key():
    extraction_only = pair({"title": "x"}, {"entities": [ent("ایران", "GPE")]}, "x")
    annotated = pair({"entities": [ent("ایران", "GPE")], "events": []},
                     {"entities": [ent("ایران", "GPE")], "events": []}, "y")
    s = score([extraction_only, annotated])
    assert set(s) == {"entities", "events"}
    assert s["entities"]["pages"] == 1 and s["entities"]["f1"] == 1.0
    assert score([extraction_only]) == {}


# ---------------------------------------------------------------- the dev set itself

def test_dev_set_gold_is_self_consistent():
    pairs = find_pairs(DEV)
    assert len(pairs) >= 15
    for page, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for k in ("agency", "title", "entities", "quotes", "events"):
            assert k in gold, (gold_path.name, k)
        for e in gold["events"]:
            assert e["root"] == e["cameo"][:2]
        # gold scored against itself is perfect
        s = score([pair(gold, gold)])
        for fam in ("entities", "quotes", "events"):
            assert s[fam]["f1"] == 1.0, (gold_path.name, fam)


@pytest.mark.parametrize("name", ["tasnim-01", "isna-01"])
def test_dev_set_known_pages(name):
    gold = json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))
    codes = {(e["source"], e["cameo"], e["target"]) for e in gold["events"]}
    if name == "tasnim-01":
        assert ("IRNGOV", "042", "OMNGOV") in codes
    else:
        assert ("UKRGOV", "125", "RUSGOV") in codes
        assert all(e["source"] != "GBRMED" for e in gold["events"])  # nested attribution


def test_dev_set_built_files_match_sources():
    """The committed .txt/.gold.json are exactly what build.py makes from src/*.ann, error-free."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("analysis_build", DEV / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    n = 0
    for src in sorted((DEV / "src").glob("*.ann")):
        for art in build.parse(src.read_text(encoding="utf-8")):
            page, gold, errs = build.build(art)
            assert errs == [], (art["name"], errs)
            assert (DEV / f"{art['name']}.txt").read_text(encoding="utf-8") == page
            assert json.loads((DEV / f"{art['name']}.gold.json").read_text(encoding="utf-8")) == gold
            n += 1
    assert n >= 60
