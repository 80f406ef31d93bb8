"""Extract: from a decoded page to title, lead, body, agency, section, date and cited media.

PLACEHOLDER (skeleton): the extraction issue replaces this module's internals; the stage's
signature `extract_stage(doc) -> doc` stays.
"""
from __future__ import annotations

from ..document import Document

END_MARKERS = ("انتهای پیام",)


def _from_lines(lines: list[str]) -> tuple[str | None, list[str]]:
    lines = [l.strip() for l in lines if l.strip()]
    if not lines:
        return None, []
    title = lines[0]
    rest = lines[1:]
    if rest and rest[0] == title:
        rest = rest[1:]
    body = []
    for line in rest:
        if any(line.startswith(m) for m in END_MARKERS):
            break
        body.append(line)
    return title, body


def extract_stage(doc: Document) -> Document:
    if doc.html is not None:
        from selectolax.lexbor import LexborHTMLParser
        tree = LexborHTMLParser(doc.html)
        h1 = tree.css_first("h1")
        title = h1.text(strip=True) if h1 else None
        paras = [p.text(strip=True) for p in tree.css("p") if p.text(strip=True)]
        doc.title, doc.body = title, paras
    else:
        doc.title, doc.body = _from_lines((doc.page_text or "").splitlines())
    if doc.body and not doc.body[0].startswith("به گزارش"):
        doc.lead, doc.body = doc.body[0], doc.body[1:]
    if not doc.body and not doc.lead:
        return doc.fail("not_article", "no article text found on the page")
    return doc
