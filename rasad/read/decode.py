"""Decode stage: sniff the kind (text dump or HTML) and decode bytes to str.

Rejects what is not a page: empty input, binary data, undecodable bytes. Windows-1256 (old
Persian sites) is detected and decoded.
"""
from __future__ import annotations

import re

from ..document import Document
from .files import MAX_PAGE_BYTES

_HTML_HINT = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|p|title|h1|article)\b", re.I)
_BINARY_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) - {27}


def sniff_kind(raw: bytes) -> str:
    head = raw[:4096].lstrip()
    return "html" if _HTML_HINT.search(head) else "text"


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        # UTF-16 text has NULs too: let the decoder try a BOM first.
        return not sample.startswith((b"\xff\xfe", b"\xfe\xff"))
    bad = sum(1 for b in sample if b in _BINARY_CONTROL)
    return bad > max(8, len(sample) // 100)


def decode_bytes(raw: bytes, hint: str | None = None) -> tuple[str, str] | None:
    """Return (text, encoding) or None when no supported encoding fits."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    candidates = [hint] if hint else []
    candidates += ["utf-8", "cp1256"]
    for enc in candidates:
        try:
            return raw.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def decode_stage(doc: Document) -> Document:
    raw = doc.raw
    if len(raw) > MAX_PAGE_BYTES:
        return doc.fail("too_large", f"{len(raw)} bytes is over the limit of {MAX_PAGE_BYTES}")
    if not raw.strip():
        return doc.fail("empty_input", "the input is empty")
    if _looks_binary(raw):
        return doc.fail("not_text", "the input looks like binary data, not a text or HTML page")
    decoded = decode_bytes(raw, doc.encoding)
    if decoded is None:
        return doc.fail("decode_error", "the bytes are not valid UTF-8, UTF-16 or Windows-1256")
    text, doc.encoding = decoded
    kind = doc.source.kind if doc.source.kind in ("text", "html") else sniff_kind(raw)
    if doc.source.kind != "warc":
        doc.source.kind = kind
    if kind == "html" or doc.source.kind == "warc":
        doc.html = text
    else:
        doc.page_text = text
    return doc
