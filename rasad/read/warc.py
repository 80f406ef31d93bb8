"""WARC / WARC.gz input with FastWARC: one Document per HTML response, constant memory.

Records are streamed (FastWARC reads gzip members one by one); each response block is read up to
the page size limit and the rest skipped, so memory does not grow with the file. The HTTP head is
parsed here (status, Content-Type, charset, Content-Encoding) so that a record cut short is caught:
a block shorter than its `Content-Length`, a record without one, or a stream error ends the file
with one `malformed_warc` error record after the good pages.
"""
from __future__ import annotations

import gzip
import zlib
from typing import Iterator

from ..document import Document, Source

_HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")


def looks_like_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def parse_http_head(block: bytes) -> tuple[int | None, dict[str, str], bytes]:
    """(status, lower-cased headers, payload) of an HTTP response block; status None if no head."""
    sep = block.find(b"\r\n\r\n")
    sep_len = 4
    if sep < 0:
        sep = block.find(b"\n\n")
        sep_len = 2
    if sep < 0 or not block.startswith(b"HTTP/"):
        return None, {}, block
    head = block[:sep].decode("latin-1").splitlines()
    status = None
    parts = head[0].split()
    if len(parts) >= 2 and parts[1].isdigit():
        status = int(parts[1])
    headers: dict[str, str] = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, block[sep + sep_len:]


def _decode_content(payload: bytes, encoding: str, limit: int) -> bytes | None:
    """Undo a gzip/deflate Content-Encoding (bounded); None if it cannot be undone."""
    try:
        if encoding in ("gzip", "x-gzip"):
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            d = zlib.decompressobj()
        else:
            return payload
        return d.decompress(payload, limit + 1)
    except (zlib.error, gzip.BadGzipFile):
        return None


def _charset(ctype: str) -> str | None:
    if "charset=" not in ctype:
        return None
    return ctype.split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None


#: first read of a record: the HTTP head is in it, so images, scripts and redirects are skipped
#: without reading their bodies into memory (most crawls hold more of them than pages)
_HEAD_BYTES = 16384


def _skip(status: int | None, headers: dict[str, str]) -> bool:
    """Not a page: no HTTP head, a non-HTML Content-Type, or a redirect."""
    if status is None:
        return True
    ctype = headers.get("content-type", "").lower()
    return bool(ctype and not ctype.startswith(_HTML_TYPES)) or 300 <= status < 400


def iter_warc(path: str) -> Iterator[Document]:
    """One Document per HTML response record of the WARC at `path` (gzip or not)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from .files import MAX_PAGE_BYTES
    n = 0
    problem = None
    try:
        records = ArchiveIterator(path, record_types=WarcRecordType.response, parse_http=False,
                                  fsspec_args=False)
        for record in records:
            declared = record.headers.get("Content-Length")
            url = record.headers.get("WARC-Target-URI")
            rid = record.headers.get("WARC-Record-ID")
            if declared is None or not declared.strip().isdigit():
                problem = f"record {rid or '?'} has no Content-Length (cut short?)"
                break
            block = record.reader.read(_HEAD_BYTES)
            # decide on the first chunk only when it is the whole block or holds the end of the head
            # (then parse_http_head sees the same head as on the whole block)
            skip = (len(block) < _HEAD_BYTES or b"\r\n\r\n" in block) and _skip(*parse_http_head(block)[:2])
            if skip:            # not a page: count the rest of the body without copying it
                got = len(block) + (record.reader.consume(-1) or 0)
            else:
                if len(block) == _HEAD_BYTES:
                    block += record.reader.read(MAX_PAGE_BYTES + 65536 - _HEAD_BYTES)
                got = len(block)
                if got > MAX_PAGE_BYTES:
                    got += record.reader.consume(-1) or 0
            if got < int(declared):
                problem = f"record {rid or '?'} is cut short ({got} of {declared} bytes)"
                break
            if skip:
                continue
            status, headers, payload = parse_http_head(block)
            if _skip(status, headers):
                continue
            ctype = headers.get("content-type", "").lower()
            n += 1
            src = Source(path=path, url=url, kind="warc", warc_record_id=rid)
            if len(block) > MAX_PAGE_BYTES:
                doc = Document(raw=payload[:MAX_PAGE_BYTES], source=src)
                yield doc.fail("too_large", f"response body is over {MAX_PAGE_BYTES} bytes")
                continue
            enc = headers.get("content-encoding", "").lower()
            if enc and enc != "identity":
                decoded = _decode_content(payload, enc, MAX_PAGE_BYTES)
                if decoded is None:
                    doc = Document(raw=payload, source=src)
                    yield doc.fail("decode_error", f"cannot undo Content-Encoding {enc}")
                    continue
                payload = decoded
            doc = Document(raw=payload, source=src)
            doc.encoding = _charset(ctype)
            yield doc
    except Exception as exc:  # FastWARC raises OSError (and others) on corrupt streams
        problem = f"{type(exc).__name__}: {exc}"
    if problem:
        doc = Document(raw=f"{path}#{n}".encode("utf-8", "surrogateescape"), source=Source(path=path, kind="warc"))
        yield doc.fail("malformed_warc", f"WARC stopped after {n} pages: {problem}")
