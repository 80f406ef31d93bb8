"""The record, the CLI and the public API keep the CONTRACT (docs/contract.md)."""
from __future__ import annotations

import json
import subprocess
import sys

import rasad
from rasad.errors import ERROR_CODES

RECORD_KEYS = ["rasad", "id", "source", "agency", "title", "lead", "body", "section", "published",
               "attributed_sources", "text", "entities", "quotes", "events", "warnings"]

PAGE = ("بیانیه وزارت خارجه درباره نشست ژنو\n\nبیانیه وزارت خارجه درباره نشست ژنو\n\n"
        "به گزارش خبرگزاری ایرنا، سخنگوی وزارت امور خارجه امروز در نشست خبری گفت که ایران در نشست ژنو شرکت می‌کند.\n\n"
        "وزیر امور خارجه ایران روز دوشنبه در ژنو با دبیرکل سازمان ملل متحد دیدار کرد.\n\n"
        "انتهای پیام/\n")


def test_public_api_is_small_and_stable():
    assert sorted(rasad.__all__) == sorted(
        ["Document", "Entity", "ErrorInfo", "Event", "Quote", "Source", "__version__", "normalize", "process"])


def test_record_has_every_contract_field_and_spans_match_text():
    rec = rasad.process(PAGE.encode()).to_dict()
    assert list(rec) == RECORD_KEYS
    assert rec["rasad"] == 1 and len(rec["id"]) == 64
    assert rec["source"]["kind"] == "text"
    for layer in ("entities", "quotes"):
        for span in rec[layer]:
            assert rec["text"][span["start"]:span["end"]] == span["text"]
    for event in rec["events"]:  # the evidence lies inside the sentence the event names
        assert rec["text"][event["start"]:event["end"]] in event["sentence"]
        assert event["root"] == event["cameo"][:2]
    assert rec["entities"] and rec["events"], "the page names actors and an act: layers must not be empty"


def test_empty_input_gives_error_record_not_exception():
    rec = rasad.process(b"").to_dict()
    assert rec["error"]["code"] == "empty_input"
    assert rec["error"]["code"] in ERROR_CODES


def test_cli_process_exit_codes(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(PAGE, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    out = subprocess.run([sys.executable, "-m", "rasad.cli", "process", str(tmp_path)],
                         capture_output=True, text=True)
    assert out.returncode == 3
    lines = [json.loads(l) for l in out.stdout.splitlines()]
    assert len(lines) == 2
    assert "error" not in lines[0] and lines[1]["error"]["code"] == "empty_input"
    assert "empty_input" in out.stderr
