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
_CONTROL_BYTES = bytes(sorted(_BINARY_CONTROL))


def sniff_kind(raw: bytes) -> str:
    head = raw[:4096].lstrip()
    return "html" if _HTML_HINT.search(head) else "text"


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        # UTF-16 text has NULs too: let the decoder try a BOM first.
        return not sample.startswith((b"\xff\xfe", b"\xfe\xff"))
    bad = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bad > max(8, len(sample) // 100)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,30})""", re.I)
_UTF8_ARABIC = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")
_ALIASES = {"windows-1256": "cp1256", "1256": "cp1256", "arabic": "cp1256", "iso-8859-6": "iso-8859-6",
            "utf8": "utf-8", "x-user-defined": None}


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in <meta charset> / http-equiv (first 4 KB), normalized."""
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    return _ALIASES.get(name, name)


def _damaged_utf8(raw: bytes) -> bool:
    """Mostly UTF-8 Persian with some broken bytes (not a legacy encoding): reject, don't guess."""
    high = sum(1 for b in raw[:65536] if b >= 0x80)
    pairs = len(_UTF8_ARABIC.findall(raw[:65536]))
    return high > 0 and 2 * pairs / high > 0.6


def decode_bytes(raw: bytes, hint: str | None = None) -> tuple[str, str] | None:
    """Return (text, encoding) or None when no supported encoding fits.

    Order: BOM; UTF-8 (strict); the encoding the HTTP header or <meta> declares; Windows-1256
    (old Persian sites). Bytes that are mostly UTF-8 but broken are not re-read as Windows-1256
    (that would turn an invalid file into mojibake): they give None (decode_error).
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _damaged_utf8(raw):
        return None
    hint = _ALIASES.get((hint or "").lower(), hint)
    for enc in [hint, declared_charset(raw), "cp1256"]:
        if not enc or enc in ("utf-8",):
            continue
        try:
            return raw.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return None


#: the last page decoded from UTF-8 bytes as they are: (text, raw). The HTML parser takes UTF-8
#: bytes, so extraction hands it `raw` instead of re-encoding `text` (~0.1-0.2 ms on a real page)
#: when the Document still holds these very objects (identity, so a stale or foreign pair is never
#: used: another thread's page only costs the re-encoding).
_verbatim: tuple[str, bytes] | None = None


def utf8_source(doc: Document) -> bytes | None:
    """`doc.raw` when `doc.html` is exactly its UTF-8 decoding, else None."""
    pair = _verbatim
    if pair is not None and pair[0] is doc.html and pair[1] is doc.raw:
        return doc.raw
    return None


def decode_stage(doc: Document) -> Document:
    global _verbatim
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
        _verbatim = (text, raw) if doc.encoding == "utf-8" and not raw.startswith(b"\xef\xbb\xbf") else None
    else:
        doc.page_text = text
    return doc
