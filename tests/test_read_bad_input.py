"""Bad input never raises and never stops a batch: each page gets an error record, exit status 3."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import rasad
from rasad.read import iter_documents
from rasad.read.decode import decode_bytes, declared_charset

FIX = Path(__file__).parent / "fixtures" / "extract"
GOOD = (FIX / "tasnim_dump.txt").read_bytes()


def code(raw: bytes, **kw) -> str | None:
    err = rasad.process(raw, analyze=False, **kw).error
    return err.code if err else None


@pytest.mark.parametrize("raw, expected", [
    (b"", "empty_input"),
    (b"   \n\t\n", "empty_input"),
    (bytes(range(256)) * 40, "not_text"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, "not_text"),
    (GOOD[:200] + b"\xff\xfe\xfa" + GOOD[200:], "decode_error"),
    ((FIX / "english_page.html").read_bytes(), "not_persian"),
    ((FIX / "russian_dump.txt").read_bytes(), "not_persian"),
    ((FIX / "home_page.html").read_bytes(), "not_article"),
    ("<html><body><p>سلام</p></body></html>".encode(), "not_article"),
], ids=["empty", "blank", "binary", "png", "bad-utf8", "english", "russian", "home", "stub"])
def test_bad_pages_get_their_error_code(raw, expected):
    assert code(raw) == expected


def test_arabic_page_is_not_persian():
    para = "قال وزير الخارجية في مؤتمر صحفي اليوم إن المحادثات مستمرة وإن الحكومة ملتزمة بالاتفاقية الموقعة. "
    page = f"<html><body><h1>المحادثات مستمرة</h1><article>{'<p>' + para * 3 + '</p>'}<p>{para * 2}</p></article></body></html>"
    assert code(page.encode()) == "not_persian"


def test_windows_1256_page_is_detected_and_decoded():
    raw = (FIX / "khabaronline_page_cp1256.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert declared_charset(raw) == "cp1256"
    doc = rasad.process(raw, analyze=False)
    assert doc.error is None and doc.agency == "khabaronline" and doc.encoding == "cp1256"
    # without a <meta charset>: UTF-8 fails, Windows-1256 is tried
    text, enc = decode_bytes("گزارش پژوهش دنيا".encode("cp1256"))
    assert enc == "cp1256" and text == "گزارش پژوهش دنيا"


BODY = "<p>به گزارش ایسنا، وزیر امور خارجه امروز در نشست خبری درباره مذاکرات ژنو سخن گفت و افزود که گفت‌وگوها ادامه دارد.</p>"


@pytest.mark.parametrize("depth", [10_000, 200_000])
def test_html_nested_very_deep_is_refused_not_parsed(depth):
    """The parser is quadratic in depth: deep pages are refused before parsing (too_large)."""
    page = "<html><head><title>مذاکرات ژنو</title></head><body>" + "<div>" * depth + BODY + "</div>" * depth
    assert code(page.encode()) == "too_large"
    unclosed = "<html><body>" + "<div><span>" * (depth // 2) + "متن"
    assert code(unclosed.encode()) == "too_large"


def test_html_nested_a_thousand_deep_is_read():
    page = "<html><head><title>مذاکرات ژنو ادامه دارد</title></head><body>" + "<div>" * 1000 + BODY + "</div>" * 1000
    doc = rasad.process(page.encode(), analyze=False)
    assert doc.error is None and doc.body and "گفت‌وگوها" in doc.body[0]


def test_fifty_megabyte_page_is_too_large(tmp_path):
    big = tmp_path / "big.html"
    with open(big, "wb") as fh:
        fh.write(b"<html><body>")
        chunk = ("<p>" + "متن " * 1000 + "</p>").encode() * 16
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    docs = list(iter_documents([str(big)]))
    assert len(docs) == 1 and docs[0].error.code == "too_large"
    gz = tmp_path / "big.html.gz"
    with gzip.open(gz, "wb", compresslevel=1) as fh:
        fh.write(big.read_bytes())
    docs = list(iter_documents([str(gz)]))
    assert len(docs) == 1 and docs[0].error.code == "too_large"


def test_long_adversarial_page_finishes():
    line = ("به گزارش " * 20_000) + "\n" + ("«" * 50_000) + "\n" + ("۱۴۰۵/" * 20_000)
    page = "عنوان خبر درباره نشست ژنو\n" + line + "\nانتهای پیام/\n"
    doc = rasad.process(page.encode(), analyze=False)
    assert doc.error is None or doc.error.code in ("not_article", "not_persian")


def test_batch_goes_on_and_exits_3(tmp_path):
    (tmp_path / "a_good.txt").write_bytes(GOOD)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "d_english.html").write_bytes((FIX / "english_page.html").read_bytes())
    (tmp_path / "e_good.html").write_bytes((FIX / "irna_page.html").read_bytes())
    out = subprocess.run([sys.executable, "-m", "rasad.cli", "process", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 3
    recs = [json.loads(l) for l in out.stdout.splitlines()]
    assert [r.get("error", {}).get("code") for r in recs] == [None, "empty_input", "not_text", "not_persian", None]
    assert recs[0]["agency"] == "tasnim" and recs[4]["agency"] == "irna"


def test_parser_gets_raw_bytes_only_when_they_are_the_decoded_page():
    """Extraction hands lexbor the UTF-8 bytes instead of re-encoding; never a stale or other pair."""
    from rasad.document import Document, Source
    from rasad.read.decode import decode_stage, utf8_source
    page = "<html><body><p>سلام دنیا</p></body></html>".encode("utf-8")
    doc = decode_stage(Document(raw=page, source=Source(kind="html")))
    assert utf8_source(doc) is doc.raw
    doc.html = doc.html + " "                      # changed after decoding: not the same page
    assert utf8_source(doc) is None
    bom = decode_stage(Document(raw=b"\xef\xbb\xbf" + page, source=Source(kind="html")))
    assert bom.html is not None and utf8_source(bom) is None
    legacy = decode_stage(Document(raw="<html><body><p>سلام دنيا</p></body></html>".encode("cp1256"),
                                   source=Source(kind="html")))
    assert legacy.encoding == "cp1256" and utf8_source(legacy) is None
    assert utf8_source(doc) is None and utf8_source(Document(raw=page)) is None
