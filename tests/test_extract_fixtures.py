"""Extraction on hand-written pages in the shapes of 12 agencies (tests/fixtures/extract/).

Each page runs through read + extract only (no normalization), so the raw strings must match the
gold: ZWNJ kept exactly where the page has them. Text dumps are also run degraded the way scraped
dumps come (no ZWNJ, ZWNJ as space, Arabic ي/ك, Latin or Arabic-Indic digits): fields must hold.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.document import Document, Source
from rasad.eval.extraction import body_pr
from rasad.extract import extract_stage
from rasad.extract.fold import key
from rasad.read.decode import decode_stage

FIX = Path(__file__).parent / "fixtures" / "extract"
ZWNJ = "\u200c"
PAGES = sorted(p for p in FIX.iterdir() if p.suffix in (".txt", ".html"))
ARTICLES = [p for p in PAGES if "error" not in json.loads(p.with_suffix(".gold.json").read_text())]
REJECTED = [p for p in PAGES if p not in ARTICLES]

DEGRADE = {
    "nozwnj": lambda s: s.replace(ZWNJ, ""),
    "zwnjspace": lambda s: s.replace(ZWNJ, " "),
    "arabic": lambda s: s.replace("ی", "ي").replace("ک", "ك"),
    "latin": lambda s: s.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")),
    "arabicdigits": lambda s: s.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")),
}


def run(raw: bytes, kind: str | None = None, url: str | None = None) -> Document:
    doc = decode_stage(Document(raw=raw, source=Source(kind=kind, url=url)))
    return doc if doc.error else extract_stage(doc)


def gold_of(page: Path) -> dict:
    return json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))


def test_fixtures_cover_eight_agencies_in_both_shapes():
    agencies = {gold_of(p)["agency"] for p in ARTICLES if gold_of(p)["agency"]}
    assert len(agencies) >= 8
    assert {p.suffix for p in ARTICLES} == {".txt", ".html"}


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: p.name)
def test_fields_match_gold(page):
    gold = gold_of(page)
    doc = run(page.read_bytes())
    assert doc.error is None, doc.error
    assert key(doc.title) == key(gold["title"])
    assert (doc.lead is None) == (gold["lead"] is None)
    if gold["lead"]:
        assert key(doc.lead) == key(gold["lead"])
    p, r = body_pr([key(x) for x in gold["body"]], [key(x) for x in doc.body])
    assert p >= 0.99 and r >= 0.99, (p, r, doc.body)
    assert len(doc.body) == len(gold["body"])
    assert doc.agency == gold["agency"]
    assert doc.section == gold["section"]
    assert doc.published == gold["published"]
    assert doc.attributed_sources == gold["attributed_sources"]


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: p.name)
def test_every_zwnj_of_the_page_is_kept(page):
    """The body keeps exactly the ZWNJ the page has (none dropped, none added by extraction)."""
    gold = gold_of(page)
    doc = run(page.read_bytes())
    raw_text = page.read_bytes().decode("cp1256" if "cp1256" in page.name else "utf-8")
    if ZWNJ not in raw_text:
        assert all(ZWNJ not in p for p in doc.body)
        return
    assert [p.count(ZWNJ) for p in doc.body] == [p.count(ZWNJ) for p in gold["body"]]
    assert doc.body == gold["body"] or [key(p) for p in doc.body] == [key(p) for p in gold["body"]]


DUMPS = [p for p in ARTICLES if p.suffix == ".txt"]


@pytest.mark.parametrize("how", sorted(DEGRADE))
@pytest.mark.parametrize("page", DUMPS, ids=lambda p: p.name)
def test_degraded_dumps_keep_their_fields(page, how):
    gold = gold_of(page)
    text = DEGRADE[how](page.read_text(encoding="utf-8"))
    doc = run(text.encode("utf-8"), kind="text")
    assert doc.error is None
    assert key(doc.title) == key(gold["title"])
    p, r = body_pr([key(x) for x in gold["body"]], [key(x) for x in doc.body])
    assert p >= 0.99 and r >= 0.99
    assert doc.agency == gold["agency"]
    assert key(doc.section or "") == key(gold["section"] or "")
    assert doc.published == gold["published"]
    assert doc.attributed_sources == gold["attributed_sources"]


@pytest.mark.parametrize("page", REJECTED, ids=lambda p: p.name)
def test_non_articles_and_foreign_pages_are_rejected(page):
    doc = run(page.read_bytes())
    assert doc.error is not None and doc.error.code == gold_of(page)["error"]


def test_html_page_reads_tags_news_code_and_rutitr_into_meta():
    doc = run((FIX / "tasnim_page.html").read_bytes())
    assert doc.meta["rutitr"] == "در سفر به مسقط"
    assert doc.meta["tags"] == ["ایران", "عمان"]
    dump = run((FIX / "tasnim_dump.txt").read_bytes())
    assert dump.meta["news_code"] == "3456789"
    assert dump.meta["tags"] == ["سازمان ملل", "غزه"]


def test_url_domain_decides_the_agency():
    html = (FIX / "unknown_site_page.html").read_bytes()
    assert run(html).agency is None
    assert run(html, url="https://www.isna.ir/news/1405090812345/").agency == "isna"
    assert run(html, url="https://www.bbc.com/persian/articles/c0abc").agency == "bbcpersian"
