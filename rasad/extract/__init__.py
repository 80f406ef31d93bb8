"""Extract: from a decoded page to title, lead, body, agency, section, date and cited media.

Text dumps go through `textdump.extract_text`, HTML through `html.extract_html`; both work on the
raw page (ZWNJ and all: nothing is dropped or rewritten), matching phrases on folded keys
(`fold.py`). The normalize stage runs after this one. Pages that are not Persian, or not articles
(home pages, section indexes, tag pages), are rejected with `not_persian` / `not_article`.
"""
from __future__ import annotations

from ..document import Document
from .attribution import agency_from_url, cited_sources
from .dates import in_zone
from .lexicon import agencies
from .lang import persian_verdict
from .lines import has_letters, letters

#: a body with fewer letters than this is not an article (a stub, an index page)
MIN_BODY_LETTERS = 60


def extract_stage(doc: Document) -> Document:
    if doc.html is not None:
        from .html import extract_html
        from ..read.decode import utf8_source
        fields = extract_html(doc.html, url=doc.source.url, raw=utf8_source(doc))
        kind = "html"
        if fields.get("too_deep"):
            return doc.fail("too_large", fields["too_deep"])
    else:
        from .textdump import extract_text
        fields = extract_text(doc.page_text or "")
        kind = "text"
    body = [p for p in fields["body"] if p.strip()]
    sample = " ".join([fields.get("title") or "", fields.get("lead") or ""] + body)[:6000]
    verdict = persian_verdict(sample if has_letters(sample, 40) else fields.get("page_text", sample))
    if verdict:
        return doc.fail("not_persian", verdict)
    if fields.get("not_article"):
        return doc.fail("not_article", fields["not_article"])
    if sum(letters(p) for p in body) + letters(fields.get("lead") or "") < MIN_BODY_LETTERS:
        return doc.fail("not_article", f"no article text found on the {kind} page")
    doc.title = fields.get("title")
    doc.lead = fields.get("lead")
    doc.body = body
    doc.agency = agency_from_url(doc.source.url) or fields.get("agency")
    doc.section = fields.get("section")
    site = agencies().get(doc.agency) if doc.agency else None
    doc.published = in_zone(fields.get("published"), site.timezone if site else None)
    doc.attributed_sources = cited_sources("\n".join(([doc.lead] if doc.lead else []) + body), doc.agency)
    doc.meta.update(fields.get("meta") or {})
    return doc
