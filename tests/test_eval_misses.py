"""`rasad eval --misses`: the error listing uses the scorer's own matching."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rasad.cli import app
from rasad.eval import Pair
from rasad.eval.analysis import misses


def ev(src, cameo, tgt, sentence="", neg=False):
    return {"source": src, "target": tgt, "cameo": cameo, "root": cameo[:2], "negated": neg,
            "sentence": sentence}


def test_event_misses_list_only_unmatched_on_each_side():
    gold = {"events": [ev("IRNGOV", "042", "IRQGOV", "عراقچی به بغداد سفر کرد."),
                       ev("TURGOV", "111", "ISRGOV", "ترکیه این حمله را محکوم کرد.")]}
    record = {"events": [ev("IRNGOV", "043", "IRQGOV"),      # same root 04: matched loosely
                         ev("TURGOV", "111", None)]}          # target missing: a miss and an addition
    missed, added = misses(Pair("p", Path("p.txt"), gold, record), "events")
    assert missed == ["TURGOV -111-> ISRGOV  «ترکیه این حمله را محکوم کرد.»"]
    assert len(added) == 1 and added[0].startswith("TURGOV -111-> ∅")


def test_entity_and_quote_misses():
    gold = {"entities": [{"text": "خبرگزاری رویترز", "type": "ORG"}, {"text": "مسکو", "type": "GPE"}],
            "quotes": [{"text": "ما آماده گفت‌وگو هستیم", "speaker": "Sergey Lavrov"}]}
    record = {"entities": [{"text": "رویترز", "type": "ORG"}, {"text": "کی‌یف", "type": "GPE"}],
              "quotes": [{"text": "ما آماده گفت‌وگو هستیم", "speaker": "Vladimir Putin"}]}
    p = Pair("p", Path("p.txt"), gold, record)
    assert misses(p, "entities") == (["مسکو GPE"], ["کییف GPE"])
    missed, added = misses(p, "quotes")
    assert missed == ["speaker Sergey Lavrov != Vladimir Putin  «ما آماده گفت‌وگو هستیم»"] and added == []


def test_cli_misses_prints_pages(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("سفر عراقچی به بغداد\n\nبه گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز به بغداد سفر کرد.\n",
                    encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"events": [{"source": "CHNGOV", "cameo": "010", "target": null}]}',
                                          encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", str(tmp_path), "--misses", "events"])
    assert res.exit_code == 0, res.output
    assert "a.txt" in res.output and "- events: CHNGOV -010-> ∅" in res.output


def test_cited_media_names_compare_loosely():
    from rasad.eval.extraction import source_key
    assert source_key("Anadolu Agency") == source_key("Anadolu")
    assert source_key("Alsumaria") == source_key("Al Sumaria")
    assert source_key("The Guardian") == source_key("Guardian")
    assert source_key("Reuters") != source_key("RT")
